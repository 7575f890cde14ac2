"""Who is working: the one place that names the person in the audit log and on paper.

Until the consulent enters their own name (the case-file issue), this is the computer's
login name. Every part of tafel asks here, so replacing it later changes one function.
"""

from __future__ import annotations

import getpass


def current_actor() -> str:
    """The name written as "who" in the audit log for this process."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "onbekend"
