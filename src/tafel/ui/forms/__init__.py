"""Generated from forms/*.ui; do not edit."""
