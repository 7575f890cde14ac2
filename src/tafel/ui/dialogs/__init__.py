"""Dialogs, each with one typed entry point."""
