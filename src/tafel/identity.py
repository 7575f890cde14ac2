"""Who is working: the consulent's own name, entered in the vault (never the login name).

The name lives inside the encrypted vault (:mod:`tafel.services.medewerker`); this module
only names the stand-in that the log shows for a vault whose consulent has not entered a
name yet (an older vault, before the app asks). The computer's login name is never used:
it says nothing about who is responsible, and often reads ``root`` or ``gebruiker``.
"""

from __future__ import annotations

#: "Who" in the log of a vault without a consulent's name yet.
UNNAMED_ACTOR = "medewerker zonder naam"
