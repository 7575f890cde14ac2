"""The casus-overleg on screen: the wall (from a WandView only), the mirror, the control view."""
