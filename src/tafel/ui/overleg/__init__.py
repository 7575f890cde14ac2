"""The casus-overleg on screen: the wall (presentation), the mirror, the control view."""
