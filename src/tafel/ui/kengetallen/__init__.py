"""Kengetallen: figures without names about all cases, as charts, and their CSV export."""
