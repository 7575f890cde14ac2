"""Bundles on screen: making one for other parties, reading one in, the ones that wait."""
