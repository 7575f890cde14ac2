"""Full-window pages: first run, unlock and the workspace."""
