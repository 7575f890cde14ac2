"""Comparing two versions of a plan side by side, on a real vault."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tafel.domain.plan_content import VersieStatus
from tafel.domain.plan_doc import SetAfspraak, SetTarget, SetText
from tafel.services import Services
from tafel.services.plans import NieuweHandtekening
from tafel.ui.plan.compare_dialog import (
    ADDED,
    REMOVED,
    CompareDialog,
    section_title,
    version_caption,
    word_diff,
)
from tafel.views.plans import PlanView
from tests.builders import TODAY

LINE = [[(0.1, 0.5), (0.9, 0.5)]]


@pytest.fixture
def two_versions(demo_services: Services) -> PlanView:
    """Version 1 signed by everyone, version 2 a concept with changes."""
    services = demo_services
    casus_id = next(s.id for s in services.casussen.summaries() if s.jongere.startswith("Jesse"))
    view = services.plans.start(casus_id).view
    result = services.plans.edit(
        view.latest.id,
        SetText("perspectief", "Over een half jaar woon ik op mezelf in een kamer."),
        SetText("droom", "Ik wil kok worden <b>echt</b> & meer."),
        SetTarget("wonen.huisvesting", 4),
        SetAfspraak(None, {"actie": "Bel de woningcorporatie", "deadline": "2026-12-15"}),
    )
    version = result.view.version_by_id(result.version_id)
    assert version is not None
    for person in result.view.expected_signers(version.content, TODAY):
        services.plans.sign(version.id, NieuweHandtekening(person.sleutel, person.naam, person.rol,
                                                     "Weidestad", TODAY, LINE),
                            version.inhoud_hash)
    afspraak = version.content.afspraken[0].id
    result = services.plans.edit(
        version.id, SetText("perspectief", "Over een half jaar woon ik op mezelf in een studio."),
        SetTarget("wonen.huisvesting", 5), SetAfspraak(afspraak, {"status": "gedaan"}),
    )
    assert result.new_version
    assert [v.status for v in result.view.versions] == [VersieStatus.VERVANGEN,
                                                        VersieStatus.CONCEPT]
    return result.view


def open_dialog(qtbot, view: PlanView, **kwargs) -> CompareDialog:  # type: ignore[no-untyped-def]
    dialog = CompareDialog(view, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_previous_and_newest_side_by_side_with_changes_marked(qtbot, app, two_versions) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, two_versions)
    left, right = dialog.versions()
    assert (left.nummer, right.nummer) == (1, 2)
    assert dialog.left_head.text() == version_caption(left)
    assert "23-11-2026" in dialog.left_head.text()  # signed on
    assert dialog.right_head.text().startswith(version_caption(right)[:9])
    changed = [d.key for d in dialog.diffs if d.changed]
    assert changed == ["perspectief", "pijler:wonen", "afspraken"]
    for key in changed:
        assert section_title(key) in dialog.summary.text()
    text = dialog.browser.toPlainText()
    assert "in een kamer." in text and "in een studio." in text
    assert section_title("droom") in text  # unchanged sections are shown too
    # Values are escaped, never read as HTML.
    assert "Ik wil kok worden <b>echt</b> & meer." in text


def test_only_show_changes_hides_what_stayed_the_same(qtbot, app, two_versions) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, two_versions)
    qtbot.mouseClick(dialog.only_changes, Qt.MouseButton.LeftButton)
    assert dialog.only_changes.isChecked()
    text = dialog.browser.toPlainText()
    assert section_title("perspectief") in text and "studio" in text
    assert section_title("droom") not in text and "kok worden" not in text
    assert section_title("vangnet") not in text


def test_the_same_version_twice_shows_no_changes(qtbot, app, two_versions) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, two_versions, left=2, right=2)
    assert not any(d.changed for d in dialog.diffs)
    dialog.set_versions(1, 2)
    assert any(d.changed for d in dialog.diffs)
    dialog.set_versions(1, 1)
    assert not any(d.changed for d in dialog.diffs)
    dialog.only_changes.setChecked(True)
    assert "studio" not in dialog.browser.toPlainText()


def test_differing_words_are_highlighted_and_escaped() -> None:
    old, new = word_diff("Ik woon in een kamer <3", "Ik woon in een studio <3")
    assert old == f'Ik woon in een <span style="{REMOVED}">kamer</span> &lt;3'
    assert new == f'Ik woon in een <span style="{ADDED}">studio</span> &lt;3'
    same, _ = word_diff("a\nb", "a\nb")
    assert same == "a<br>b"
