"""The case overview."""
