"""Backups on screen: Kluis > Back-up maken / Back-up terugzetten, and the reminder band."""
