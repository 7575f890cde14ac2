"""Item models: tested without windows."""
