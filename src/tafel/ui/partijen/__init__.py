"""Parties: my own card with its QR code, the known parties, and checking a card together."""
