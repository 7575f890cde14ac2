"""Parties on screen: my card with its QR code, a card added from a file, checked together.

And a professional in a case's network linked to a party, with its state in icon and words.
"""

from __future__ import annotations

import json
from pathlib import Path

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from tafel.domain.enums import NetwerkSoort
from tafel.domain.partijkaart import lees_kaart
from tafel.ui.casus.betrokkene_dialog import BetrokkeneDialog
from tafel.ui.main_window import MainWindow
from tafel.ui.partijen.partijen_dialog import PartijenDialog
from tafel.ui.widgets.qr_code import QUIET_ZONE
from tests.builders import party_card
from tests.ui.drive import open_case, unlock

SANNE = {"naam": "Sanne de Wit", "organisatie": "Jeugdhulp Twente",
         "rol": "ambulant hulpverlener"}


def _parties(qtbot, window: MainWindow) -> PartijenDialog:  # type: ignore[no-untyped-def]
    """Unlock the demo and open Kluis > Partijen with its shortcut."""
    unlock(qtbot, window)
    assert window.partijen_action.isEnabled()
    assert window.partijen_action.shortcut().toString() == "Ctrl+Shift+P"
    window.partijen_action.trigger()
    dialog = window.partijen_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _card_file(folder: Path, **fields: str) -> Path:
    path = folder / "sanne.tafelkaart"
    path.write_bytes(party_card(**{**SANNE, **fields}))
    return path


def test_the_dialog_shows_my_card_and_a_qr_code_that_holds_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = _parties(qtbot, window)
    card = window.controller.services.partijen.eigen_kaart()
    assert dialog.name_label.text() == "Fatima Amrani"
    assert "Wijkteam Weidestad" in dialog.role_label.text()
    assert card.teken_vingerafdruk in dialog.fingerprints.text()
    assert "Kluis-id: " + card.kluis_id in dialog.fingerprints.text()
    assert "SECRET" not in dialog.fingerprints.text()
    # the QR code holds the card itself: read back, it is my card
    assert lees_kaart(dialog.qr.text_shown.encode()) == card.kaart
    # no QR decoder is installed here, so: the matrix is segno's own encoding of that text ...
    expected = segno.make(card.qr_tekst, error="m", micro=False).matrix
    assert [tuple(bool(v) for v in row) for row in expected] == list(dialog.qr.matrix)
    # ... and the painted image shows exactly that matrix, crisp, inside a white quiet zone
    image = dialog.qr.pixmap().toImage()
    px = dialog.qr.module_px()
    assert px >= 3 and image.width() == (len(expected) + 2 * QUIET_ZONE) * px
    for y, row in enumerate(expected):
        for x, dark in enumerate(row):
            for dx, dy in ((0, 0), (px - 1, px - 1)):  # both corners: no smoothing
                colour = image.pixelColor((x + QUIET_ZONE) * px + dx, (y + QUIET_ZONE) * px + dy)
                assert colour == QColor("black" if dark else "white"), (x, y)
    edge = image.height() - 1
    border = {image.pixelColor(i, j).name() for i in range(QUIET_ZONE * px) for j in (0, edge)}
    assert border == {"#ffffff"}


def test_my_card_is_saved_as_a_file(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _parties(qtbot, window)
    target = tmp_path / "fatima.tafelkaart"
    dialog.save_card_to(target)
    assert json.loads(target.read_text(encoding="utf-8")) == dialog.card.kaart.to_json()
    assert dialog.message_label.text() == f"Je kaart is opgeslagen in {target}."


def test_a_card_from_a_file_is_added_unverified_and_checking_it_verifies_it(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path
) -> None:
    dialog = _parties(qtbot, window)
    assert "Nog geen partijen" in dialog._grid.itemAt(0).widget().text()
    dialog.add_card_file(_card_file(tmp_path))
    assert dialog.message_label.text().startswith("Sanne de Wit is toegevoegd.")
    assert dialog.text() == "Sanne de Wit Nog niet geverifieerd"
    partij = dialog.parties[0]
    state = dialog.state_labels[partij.kluis_id]
    assert not state.glyph.pixmap().isNull()  # an icon beside the words, not colour alone
    qtbot.mouseClick(dialog.check_buttons[partij.kluis_id], Qt.MouseButton.LeftButton)
    check = dialog.controle
    assert check is not None
    code = window.controller.services.partijen.controlecode(partij.id)
    assert [g.text() for g in check.group_labels] == [code[i:i + 5] for i in range(0, 60, 5)]
    assert "Lees de code samen hardop voor" in check.instructions.text()
    assert "echt van Sanne de Wit is" in check.instructions.text()
    qtbot.mouseClick(check.equal_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.text() == "Sanne de Wit Geverifieerd op 23-11-2026")


def test_codes_that_differ_mark_nothing_and_say_what_to_do(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _parties(qtbot, window)
    dialog.add_card_file(_card_file(tmp_path))
    dialog.check(dialog.parties[0])
    check = dialog.controle
    assert check is not None
    qtbot.mouseClick(check.different_button, Qt.MouseButton.LeftButton)
    assert "Gebruik deze kaart niet" in check.result_label.text()
    assert check.equal_button.isHidden() and check.isVisible()
    assert not window.controller.services.partijen.lijst()[0].geverifieerd


def test_new_keys_for_a_known_party_are_taken_only_when_confirmed(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    dialog = _parties(qtbot, window)
    kluis_id = "0f4e2c1a-9b8d-4e7f-a6b5-c4d3e2f1a0b9"
    dialog.add_card_file(_card_file(tmp_path, kluis_id=kluis_id))
    window.controller.services.partijen.markeer_geverifieerd(dialog.parties[0].id)
    asked: list[str] = []
    monkeypatch.setattr(dialog, "confirm_new_keys", lambda m: asked.append(m) or False)
    before = window.controller.services.partijen.lijst()
    dialog.add_card_file(_card_file(tmp_path, kluis_id=kluis_id))
    assert "andere sleutels" in asked[0]
    assert window.controller.services.partijen.lijst() == before
    monkeypatch.setattr(dialog, "confirm_new_keys", lambda m: True)
    dialog.add_card_file(_card_file(tmp_path, kluis_id=kluis_id))
    assert "zijn vervangen" in dialog.message_label.text()
    assert dialog.text() == "Sanne de Wit Nog niet geverifieerd"


def test_a_wrong_file_gets_one_sentence(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _parties(qtbot, window)
    wrong = tmp_path / "foto.tafelkaart"
    wrong.write_bytes(b"\x89PNG\r\n\x1a\n")
    dialog.add_card_file(wrong)
    assert dialog.message_label.text() == "Dit bestand is geen partijkaart van tafel."
    assert dialog.parties == []


def test_a_professional_is_linked_to_a_party_in_the_network(  # type: ignore[no-untyped-def]
    qtbot, window
) -> None:
    unlock(qtbot, window)
    services = window.controller.services
    partij = services.partijen.voeg_toe(party_card(**SANNE)).partij
    open_case(qtbot, window, "Kevin")
    section = window.workspace.overview.network_section
    assert "Partij" not in section.people.text()
    overview = services.casussen.open(window.workspace.overview.case_id)
    pro = next(b for b in overview.betrokkenen if b.soort is NetwerkSoort.PROFESSIONEEL)
    section._edit(pro.id)
    form = section.dialog
    assert isinstance(form, BetrokkeneDialog)
    assert form.party_combo.currentText() == "Niet gekoppeld"
    form.party_combo.setCurrentIndex(form.party_combo.findData(str(partij.id)))
    assert form.party_state.text() == "Nog niet geverifieerd"
    form.accept()
    qtbot.waitUntil(lambda: "Partij Sanne de Wit · Nog niet geverifieerd"
                    in window.workspace.overview.network_section.people.text())
    window.controller.publish(services.partijen.markeer_geverifieerd(partij.id))
    qtbot.waitUntil(lambda: "Partij Sanne de Wit · Geverifieerd op 23-11-2026"
                    in window.workspace.overview.network_section.people.text())
    # opened again, the form shows the link; choosing "not linked" undoes it
    section = window.workspace.overview.network_section
    section._edit(pro.id)
    form = section.dialog
    assert form.party_combo.currentData() == str(partij.id)
    form.party_combo.setCurrentIndex(0)
    form.accept()
    qtbot.waitUntil(lambda: "Partij" not in
                    window.workspace.overview.network_section.people.text())
    assert services.partijen.gekoppeld([pro.id]) == {}


def test_without_my_name_the_dialog_says_to_fill_in_my_details_first(  # type: ignore[no-untyped-def]
    qtbot, app, vault_path: Path
) -> None:
    from tafel.settings import Settings
    from tafel.ui.controller import AppController
    from tests.builders import CHEAP, PASSPHRASE

    controller = AppController(Settings(last_vault=str(vault_path)), kdf_params=CHEAP)
    controller.unlock(PASSPHRASE)
    try:
        dialog = PartijenDialog(controller)
        qtbot.addWidget(dialog)
        assert dialog.card is None and dialog.name_label.text() == "Nog geen kaart"
        assert "Mijn gegevens" in dialog.role_label.text()
        assert not dialog.details_button.isHidden() and dialog.qr.isHidden()
        assert dialog.save_button.isHidden()
    finally:
        controller.lock()
