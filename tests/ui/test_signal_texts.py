"""The command line names each signal with the same Dutch words as the case list's chips."""

from __future__ import annotations

from tafel.domain.signals import SignaalSoort
from tafel.ui.labels import signal_label
from tafel.views.signaal_teksten import SIGNAAL_TEKSTEN


def test_every_signal_has_the_screens_dutch_words(app) -> None:  # type: ignore[no-untyped-def]
    screen = {kind: signal_label(kind) for kind in SignaalSoort}
    assert screen == SIGNAAL_TEKSTEN
