"""Bundles between parties: the age-encrypted, minisign-signed exchange format (Qt-free)."""
