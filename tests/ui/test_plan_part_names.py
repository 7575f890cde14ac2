"""The screen and the paper call every part of the toekomstplan by the same name.

The editor said "Wat ik zelf doe" and "Welke regel of werkwijze" where the printed plan said
"Zelf doen" and "Welke regel of werkroutine"; the young person reads both. Checked on the
real editor's headings and the real PDF's text.
"""

from __future__ import annotations

import re

from tafel.domain.plan_content import TEXT_KEYS
from tafel.domain.plan_doc import SetText
from tafel.services.plan_copy import page_texts
from tafel.services.plan_print import plan_pdf
from tafel.ui.main_window import MainWindow
from tests.ui.drive import KEVIN, open_plan, unlock


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_every_heading_in_the_editor_is_printed_as_is(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    page = open_plan(qtbot, window, KEVIN)
    services = window.controller.services
    version = page.view.latest
    services.plans.edit(version.id, *[SetText(key, f"Tekst van {key}.") for key in TEXT_KEYS])
    paper = _words(" ".join(page_texts(plan_pdf(services, version.id, record=None)) or []))

    headings = {key: _words(part.heading.text())
                for section in page.sections for key, part in section.parts.items()}
    assert set(headings) == set(TEXT_KEYS)  # every written part has its heading on screen
    missing = {key: heading for key, heading in headings.items() if heading not in paper}
    assert missing == {}
