"""Bundles on screen: made for a party and read in by it, and the preview before reading in.

The preview writes nothing; a sender without a checked card needs a tick; a passphrase is
asked for; a bundle that waits says so and is listed; a refusal is one Dutch sentence.
Every party has its own real vault (tests/builders.py: laptop, introduce, share_with); the
real window runs on the vault of the party whose screen is tested.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tafel.domain.enums import Gegevenscategorie as C
from tafel.domain.plan_doc import SetText
from tafel.ui.bundels.export_dialog import BundelExportDialog
from tafel.ui.bundels.inlees_dialog import BundelInleesDialog
from tafel.ui.main_window import MainWindow
from tests.builders import Laptop, introduce, laptop, new_case, party_card, send, share_with
from tests.ui.drive import open_case, window_on

ALL = tuple(C)
NO_INKOMEN = tuple(c for c in C if c is not C.INKOMEN)
WAIT = ("Deze bundel bouwt voort op bundel 1 van Fatima Amrani (Wijkteam Weidestad), die hier "
        "nog niet is. tafel bewaart hem en leest hem vanzelf in zodra die binnen is.")


@dataclass
class Parties:
    wijkteam: Laptop
    jeugdhulp: Laptop
    school: Laptop
    case_id: uuid.UUID
    to_jeugdhulp: uuid.UUID  # the parties' ids in the wijkteam's vault
    to_school: uuid.UUID


@pytest.fixture
def parties(tmp_path: Path) -> Iterator[Parties]:
    """The wijkteam shares Noor's case with youth care (everything) and school (no Inkomen)."""
    wijkteam = laptop(tmp_path / "w", "Fatima Amrani", "Wijkteam Weidestad", "consulent")
    jeugdhulp = laptop(tmp_path / "j", "Sanne de Wit", "Jeugdhulp Twente", "hulpverlener")
    school = laptop(tmp_path / "s", "Bas de Vries", "ROC Weidestad", "mentor")
    introduce(wijkteam, jeugdhulp, school)
    case_id = wijkteam.services.casussen.register(new_case()).primary_id
    assert case_id is not None
    share_with(wijkteam, case_id, jeugdhulp, ALL)
    share_with(wijkteam, case_id, school, NO_INKOMEN)
    wijkteam.services.plans.start(case_id)
    _edit(wijkteam, case_id, SetText("perspectief", "Ik wil op mezelf wonen."),
          SetText("inkomen.ik_doel", "Geen schulden meer."))
    yield Parties(wijkteam, jeugdhulp, school, case_id, wijkteam.party(jeugdhulp),
                  wijkteam.party(school))
    for one in (wijkteam, jeugdhulp, school):
        if one.vault.is_unlocked:
            one.vault.lock()


def _edit(one: Laptop, case_id: uuid.UUID, *edits: object) -> None:
    view = one.services.plans.for_case(case_id)
    assert view is not None
    one.services.plans.edit(view.latest.id, *edits)  # type: ignore[arg-type]


def _file(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _export_dialog(qtbot, window: MainWindow) -> BundelExportDialog:  # type: ignore[no-untyped-def]
    """Open the case and press Ctrl+E, as a consulent does."""
    open_case(qtbot, window, "Noor")
    assert window.make_bundle_action.shortcut().toString() == "Ctrl+E"
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.workspace.overview.bundle_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _preview(qtbot, window: MainWindow, path: Path, monkeypatch) -> BundelInleesDialog:  # type: ignore[no-untyped-def]
    """Press Ctrl+I and pick ``path`` in the file dialog."""
    import tafel.ui.file_dialogs as file_dialogs

    monkeypatch.setattr(file_dialogs, "choose_file_to_open", lambda *args: path)
    assert window.read_bundle_action.shortcut().toString() == "Ctrl+I"
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = window.bundel_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


# -- export ---------------------------------------------------------------------------------


def test_a_bundle_made_for_a_party_is_read_in_by_its_vault(  # type: ignore[no-untyped-def]
    qtbot, app, parties: Parties, tmp_path: Path, monkeypatch
) -> None:
    window = window_on(qtbot, parties.wijkteam)
    dialog = _export_dialog(qtbot, window)
    sanne = parties.to_jeugdhulp
    assert list(dialog.parties.boxes)[:2] == sorted(
        dialog.parties.boxes, key=lambda i: dialog.parties.parties[i].naam)[:2]
    assert not dialog.save_button.isEnabled()  # nobody chosen yet
    dialog.parties.boxes[sanne].setChecked(True)
    shown = dialog.recipients.text()
    assert "Sanne de Wit – Jeugdhulp Twente" in shown
    assert "Het toekomstplan, Wonen, Inkomen, Welzijn, School & Werk, Support en " \
        "Persoonsgegevens — toestemming van Noor Bakker, voor: Samen aan het " \
        "toekomstplan werken" in shown
    assert dialog.summary_label.text().startswith("In de bundel: Het toekomstplan, Wonen, Inkomen")
    assert dialog.suggested_name() == "T-2026-0001 aan Jeugdhulp Twente 2026-11-23.tafelbundel"
    target = tmp_path / dialog.suggested_name()
    monkeypatch.setattr(dialog, "choose_file", lambda: target)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    message = window.workspace.overview.bundle_message
    assert message.text().startswith("Bundel 1 van T-2026-0001 is opgeslagen als T-2026-0001 "
                                     "aan Jeugdhulp Twente 2026-11-23.tafelbundel. Erin: Het "
                                     "toekomstplan, Wonen, Inkomen")
    assert "Stuur het bestand zelf naar Sanne de Wit – Jeugdhulp Twente" in message.text()
    outcome = parties.jeugdhulp.services.bundels.lees_in(target.read_bytes()).uitkomst
    assert outcome.status == "toegepast" and outcome.nieuwe_casus
    plan = parties.jeugdhulp.services.plans.for_case(parties.case_id)
    assert plan is not None and plan.latest.content.text("inkomen.ik_doel") == \
        "Geen schulden meer."


def test_two_parties_get_only_what_both_may_have(  # type: ignore[no-untyped-def]
    qtbot, app, parties: Parties, tmp_path: Path, monkeypatch
) -> None:
    window = window_on(qtbot, parties.wijkteam)
    dialog = _export_dialog(qtbot, window)
    for other in (parties.to_jeugdhulp, parties.to_school):
        dialog.parties.boxes[other].setChecked(True)
    shown = dialog.recipients.text()
    assert "Inkomen — blijft hier: geen toestemming" in shown  # school
    assert "Inkomen — mag naar deze partij, maar blijft toch hier" in shown  # youth care
    summary = dialog.summary_label.text()
    assert "De bundel bevat alleen wat ze allemaal mogen hebben" in summary
    assert summary.endswith("Inkomen blijft hier.")
    target = tmp_path / "twee.tafelbundel"
    monkeypatch.setattr(dialog, "choose_file", lambda: target)
    dialog.save()
    for reader in (parties.jeugdhulp, parties.school):
        outcome = reader.services.bundels.lees_in(target.read_bytes()).uitkomst
        assert outcome.status == "toegepast" and C.INKOMEN not in outcome.categorieen
        plan = reader.services.plans.for_case(parties.case_id)
        assert plan is not None and plan.latest.content.text("inkomen.ik_doel") == ""


def test_an_unverified_party_is_chosen_only_when_confirmed(  # type: ignore[no-untyped-def]
    qtbot, app, parties: Parties, monkeypatch
) -> None:
    school = parties.to_school
    parties.wijkteam.services.partijen.verificatie_intrekken(school)
    window = window_on(qtbot, parties.wijkteam)
    dialog = _export_dialog(qtbot, window)
    row = dialog.parties.boxes[school]
    assert "Nog niet geverifieerd" in row.accessibleDescription()
    asked: list[str] = []
    monkeypatch.setattr(dialog, "confirm_unverified", lambda p: asked.append(p.naam) or False)
    row.setChecked(True)
    assert asked == ["Bas de Vries"] and not row.isChecked()
    assert not dialog.save_button.isEnabled()
    monkeypatch.setattr(dialog, "confirm_unverified", lambda p: True)
    row.setChecked(True)
    assert row.isChecked() and dialog.save_button.isEnabled()


def test_nothing_goes_when_nothing_is_allowed(  # type: ignore[no-untyped-def]
    qtbot, app, parties: Parties, tmp_path: Path
) -> None:
    stranger = laptop(tmp_path / "x", "Mo Yilmaz", "Schuldhulp", "schuldhulpverlener")
    introduce(parties.wijkteam, stranger)  # known and verified, but no consent in this case
    mo = parties.wijkteam.party(stranger)
    window = window_on(qtbot, parties.wijkteam)
    dialog = _export_dialog(qtbot, window)
    assert list(dialog.parties.boxes)[-1] == mo  # not in the network: listed last
    dialog.parties.boxes[mo].setChecked(True)
    assert not dialog.save_button.isEnabled()
    assert dialog.summary_label.text().startswith("Er kan niets mee")
    assert "Het toekomstplan, Wonen, Inkomen, Welzijn, School & Werk, Support en " \
        "Persoonsgegevens — blijft hier: geen toestemming" in dialog.recipients.text()
    stranger.vault.lock()


def test_a_passphrase_bundle_checks_the_passphrase_and_the_consent(  # type: ignore[no-untyped-def]
    qtbot, app, parties: Parties, tmp_path: Path, monkeypatch
) -> None:
    services = parties.wijkteam.services
    bare = services.casussen.register(new_case(voornaam="Sem", huishouden="Huishouden Sem"))
    window = window_on(qtbot, parties.wijkteam)
    open_case(qtbot, window, "Sem")
    window.make_bundle()
    dialog = window.workspace.overview.bundle_dialog
    dialog.with_passphrase.setChecked(True)
    assert dialog.pages.currentIndex() == 1 and not dialog.save_button.isEnabled()
    dialog.categories.boxes[C.WONEN].setChecked(True)
    chosen: list[Path] = []
    target = tmp_path / "sem.tafelbundel"
    monkeypatch.setattr(dialog, "choose_file", lambda: chosen.append(target) or target)
    dialog.passphrase_edit.setText("fiets lantaarn gember oktober")
    dialog.repeat_edit.setText("fiets lantaarn gember")
    dialog.save()
    assert dialog.error_label.text() == "De twee wachtwoordzinnen zijn niet gelijk."
    dialog.passphrase_edit.setText("welkom")
    dialog.repeat_edit.setText("welkom")
    dialog.save()
    assert dialog.strength.label.text().startswith("Te zwak.") and chosen == []
    dialog.passphrase_edit.setText("fiets lantaarn gember oktober")
    dialog.repeat_edit.setText("fiets lantaarn gember oktober")
    dialog.save()  # Sem's case has no consent at all: the service says so
    assert dialog.error_label.text() == ("Voor Wonen is er geen geldige toestemming in deze "
                                         "casus; dat gaat niet mee.")
    assert not target.exists() and dialog.isVisible()
    assert bare.primary_id is not None


# -- import ---------------------------------------------------------------------------------


def test_the_preview_shows_sender_categories_and_changes_and_writes_nothing(  # type: ignore[no-untyped-def]
    qtbot, app, parties: Parties, tmp_path: Path, monkeypatch
) -> None:
    path = _file(tmp_path, "van-fatima.tafelbundel",
                 send(parties.wijkteam, parties.case_id, parties.jeugdhulp))
    window = window_on(qtbot, parties.jeugdhulp)
    services = window.controller.services
    before = (services.log.position(), services.casussen.summaries(), services.bundels.wachtend())
    dialog = _preview(qtbot, window, path, monkeypatch)
    text = dialog.text()
    for expected in ("Bundel 1 van Fatima Amrani", "consulent, Wijkteam Weidestad",
                     "Geverifieerde partij: je hebt de controlecode vergeleken",
                     "T-2026-0001 — nieuw in deze kluis",
                     "Het toekomstplan, Wonen, Inkomen, Welzijn, School & Werk, Support en "
                     "Persoonsgegevens", "Nieuw in deze kluis: planversie 1",
                     "Delen van het plan: Perspectief, Wonen, Inkomen"):
        assert expected in text, expected
    assert not dialog.warning.isVisible() and dialog.read_button.isEnabled()
    after = (services.log.position(), services.casussen.summaries(), services.bundels.wachtend())
    assert after == before  # the preview wrote nothing, not even to the log
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert services.plans.for_case(parties.case_id) is None

    dialog = _preview(qtbot, window, path, monkeypatch)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Read in is the default button
    assert dialog.text().startswith("Ingelezen: T-2026-0001")
    assert window.workspace.case_list.model.rowCount() == 1  # the list heard of it
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert window.workspace.overview.case_id == parties.case_id
    plan = services.plans.for_case(parties.case_id)
    assert plan is not None and plan.latest.content.text("perspectief") == \
        "Ik wil op mezelf wonen."
    again = _preview(qtbot, window, path, monkeypatch)
    assert "Deze bundel is hier al eerder ingelezen: er verandert niets." in again.text()
    assert not again.read_button.isVisible()


@pytest.mark.parametrize("how", ["unverified", "unknown"])
def test_a_sender_without_a_checked_card_needs_the_tick(  # type: ignore[no-untyped-def]
    qtbot, app, parties: Parties, tmp_path: Path, monkeypatch, how: str
) -> None:
    reader = parties.jeugdhulp
    if how == "unverified":
        reader.services.partijen.verificatie_intrekken(reader.party(parties.wijkteam))
    else:
        reader = laptop(tmp_path / "y", "Yvonne Vlasblom", "Schuldhulp", "schuldhulp")
        parties.wijkteam.services.partijen.markeer_geverifieerd(
            parties.wijkteam.services.partijen.voeg_toe(
                reader.services.partijen.kaart_bestand()).partij.id)
        share_with(parties.wijkteam, parties.case_id, reader, (C.TOEKOMSTPLAN,))
    path = _file(tmp_path, "b.tafelbundel", send(parties.wijkteam, parties.case_id, reader))
    window = window_on(qtbot, reader)
    dialog = _preview(qtbot, window, path, monkeypatch)
    state = ("Bekende partij, maar de kaart is nog niet gecontroleerd met de controlecode"
             if how == "unverified" else "Onbekende partij: deze kluis heeft hun kaart niet")
    assert state in dialog.text()
    assert dialog.warning.isVisible() and "Fatima Amrani" in dialog.warning_label.text()
    assert not dialog.read_button.isEnabled()
    assert dialog.sure_box.text().replace("&", "") == \
        "Ik weet zeker dat deze bundel van Fatima Amrani komt"
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # nothing happens without the tick
    assert dialog.ingelezen is None
    qtbot.keyClick(dialog.sure_box, Qt.Key.Key_Space)
    assert dialog.read_button.isEnabled()
    qtbot.keyClick(dialog.sure_box, Qt.Key.Key_Return)
    assert dialog.ingelezen is not None and dialog.ingelezen.status == "toegepast"


def test_a_passphrase_bundle_asks_for_its_passphrase(  # type: ignore[no-untyped-def]
    qtbot, app, parties: Parties, tmp_path: Path, monkeypatch
) -> None:
    data = parties.wijkteam.services.bundels.exporteer(
        parties.case_id, wachtwoordzin="fiets lantaarn gember oktober",
        categorieen=[C.TOEKOMSTPLAN, C.WONEN]).data
    path = _file(tmp_path, "met-wachtwoord.tafelbundel", data)
    window = window_on(qtbot, parties.school)
    dialog = _preview(qtbot, window, path, monkeypatch)
    assert dialog.pages.currentIndex() == 0
    assert "Deze bundel heeft een wachtwoordzin" in dialog.text()
    qtbot.keyClicks(dialog.passphrase_edit, "iets anders")
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    assert dialog.passphrase_error.text() == ("Deze wachtwoordzin opent de bundel niet; "
                                              "controleer hem en probeer het opnieuw.")
    dialog.passphrase_edit.clear()
    qtbot.keyClicks(dialog.passphrase_edit, "fiets lantaarn gember oktober")
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == 1
    assert "Het toekomstplan en Wonen" in dialog.text()
    dialog.read_in()
    assert dialog.ingelezen is not None and dialog.ingelezen.status == "toegepast"


def test_a_bundle_that_waits_says_so_is_listed_and_goes_when_the_missing_one_comes(  # type: ignore[no-untyped-def]
    qtbot, app, parties: Parties, tmp_path: Path, monkeypatch
) -> None:
    wijkteam, case_id = parties.wijkteam, parties.case_id
    first = _file(tmp_path, "1.tafelbundel", send(wijkteam, case_id, parties.jeugdhulp))
    _edit(wijkteam, case_id, SetText("vangnet", "Bel oma."))
    second = _file(tmp_path, "2.tafelbundel", send(wijkteam, case_id, parties.jeugdhulp))
    window = window_on(qtbot, parties.jeugdhulp)
    band = window.workspace.bundel_band
    assert not band.isVisible()
    dialog = _preview(qtbot, window, second, monkeypatch)
    assert WAIT in dialog.text()
    assert dialog.read_button.text().replace("&", "") == "Bewaren"
    dialog.read_in()
    assert dialog.text().startswith("Bewaard: deze bundel wacht") and WAIT in dialog.text()
    assert band.isVisible() and band.label.text().startswith("1 bundel wacht op een eerdere")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(band.button, Qt.MouseButton.LeftButton)
    waiting = window.workspace.wachtend_dialog
    assert waiting is not None
    assert re.fullmatch(r"T-2026-0001 · bundel 2 van Fatima Amrani, gemaakt op \d\d-\d\d-\d{4} "
                        r"Wacht op bundel 1 van Fatima Amrani \(Wijkteam Weidestad\)\.",
                        waiting.text())
    waiting.accept()

    dialog = _preview(qtbot, window, first, monkeypatch)
    dialog.read_in()
    assert "Ook ingelezen, want die wachtte hierop: bundel 2 van Fatima Amrani (Wijkteam " \
        "Weidestad)." in dialog.text()
    assert not band.isVisible()
    window.show_waiting_bundles()
    assert window.workspace.wachtend_dialog.text() == ""
    plan = window.controller.services.plans.for_case(case_id)
    assert plan is not None and plan.latest.content.text("vangnet") == "Bel oma."


@pytest.mark.parametrize("damage", ["flipped", "cut", "other_vault", "not_a_bundle", "forged"])
def test_a_refused_bundle_is_one_dutch_sentence_and_changes_nothing(  # type: ignore[no-untyped-def]
    qtbot, app, parties: Parties, tmp_path: Path, damage: str
) -> None:
    data = send(parties.wijkteam, parties.case_id, parties.jeugdhulp)
    if damage == "flipped":
        broken = bytearray(data)
        broken[len(broken) // 2] ^= 0x01
        data = bytes(broken)
    elif damage == "cut":
        data = data[: len(data) - 100]
    elif damage == "other_vault":
        data = send(parties.wijkteam, parties.case_id, parties.school)
    elif damage == "forged":  # the card on record for this vault id has other keys
        parties.jeugdhulp.services.partijen.voeg_toe(party_card(
            "Fatima Amrani", "Wijkteam Weidestad", "consulent",
            kluis_id=parties.wijkteam.kluis_id), vervang_sleutels=True)
    else:
        data = b"%PDF-1.7 geen bundel"
    path = _file(tmp_path, "x.tafelbundel", data)
    window = window_on(qtbot, parties.jeugdhulp)
    services = window.controller.services
    before = services.log.position()
    window.read_bundle_file(path)
    message = window.bundel_melding.text()
    assert message.endswith(".") and "\n" not in message and message.count(". ") <= 1
    assert message.startswith("Deze bundel is" if damage != "not_a_bundle" else "Dit is geen")
    assert getattr(window, "bundel_dialog", None) is None
    assert services.log.position() == before and services.casussen.summaries() == []


def test_a_correction_that_came_in_is_told_in_plain_dutch(app) -> None:  # type: ignore[no-untyped-def]
    from tafel.services.bundel_in import Afzender, Uitkomst
    from tafel.services.plan_merge import MergeOutcome
    from tafel.ui.bundels.teksten import veranderingen

    def said(correcties: int) -> list[str]:
        return veranderingen(Uitkomst(
            bundel_id="b", afzender=Afzender.__new__(Afzender), referentie="T-1",
            volgnummer=2, categorieen=(), plan=MergeOutcome(correcties=correcties)))

    assert any("verbeterd of verwijderd (AVG art. 16 of 17)" in line for line in said(1))
    assert not any("AVG" in line for line in said(0))
