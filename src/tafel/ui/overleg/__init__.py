"""The casus-overleg on screen: the wall (built from a WandView only), the control view."""
