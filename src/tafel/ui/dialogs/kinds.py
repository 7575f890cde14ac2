"""The names under which forms are kept over a lock (see ui/lock_guard.py)."""

NEW_CASE_FORM = "nieuwe_casus"
SIGN_FORM = "handtekening"
