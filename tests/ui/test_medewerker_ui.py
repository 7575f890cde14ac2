"""Who I am, in the app; and a new passphrase from the menu.

The name is asked when a vault is made, asked once for an older vault, changeable from the
menu.

Before, the app wrote the computer's login name into every audit entry and on paper
("Geschreven door root").
"""

from __future__ import annotations

import getpass
import re
from pathlib import Path

from PySide6.QtWidgets import QApplication
from sqlmodel import select

from tafel.domain.models import AuditEvent
from tafel.domain.plan_doc import SetText
from tafel.services.plan_print import plan_pdf
from tafel.settings import Settings
from tafel.ui.controller import AppController
from tafel.ui.dialogs.medewerker_dialog import MedewerkerDialog
from tafel.ui.dialogs.new_vault_dialog import NewVaultDialog
from tafel.ui.dialogs.wachtwoordzin_dialog import WachtwoordzinDialog
from tafel.ui.main_window import MainWindow
from tafel.vault import Vault
from tafel.vault.passphrase import suggest
from tests.builders import CHEAP, PASSPHRASE, TODAY, new_case, pdf_text
from tests.ui.drive import unlock


def _new_vault(qtbot, controller: AppController, folder: Path, name: str) -> NewVaultDialog:  # type: ignore[no-untyped-def]
    dialog = NewVaultDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name_edit, name)
    qtbot.keyClicks(dialog.medewerker.organisation_edit, "Wijkteam Noord")
    qtbot.keyClicks(dialog.medewerker.role_edit, "consulent")
    dialog.path_edit.setText(str(folder / "casussen.tafel"))
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.repeat_edit.setText(PASSPHRASE)
    return dialog


def _entries(controller: AppController) -> list[AuditEvent]:
    with controller.services.context.vault.transaction() as session:
        return list(session.exec(select(AuditEvent)))


def test_a_vault_made_in_the_dialog_never_shows_the_login_name(  # type: ignore[no-untyped-def]
    qtbot, app, tmp_path: Path
) -> None:
    controller = AppController(Settings(), kdf_params=CHEAP, today=lambda: TODAY)
    try:
        dialog = _new_vault(qtbot, controller, tmp_path, "Anna de Vries")
        dialog.accept()
        assert controller.is_unlocked
        services = controller.services
        case_id = services.casussen.register(new_case()).primary_id
        version = services.plans.start(case_id).view.latest.id
        edited = services.plans.edit(version, SetText("wonen.ondersteuning", "Ik bel de bank."))
        text = pdf_text(plan_pdf(services, edited.version_id))
        assert "Geschreven door Anna de Vries (professional)" in text
        user = getpass.getuser()
        assert not re.search(rf"\b{re.escape(user)}\b", text)
        entries = _entries(controller)
        assert {e.wie for e in entries} == {"Anna de Vries"}
        assert not any(user in e.wie for e in entries)
        assert services.medewerker.mijn_gegevens().regel == \
            "Anna de Vries, consulent, Wijkteam Noord"
    finally:
        controller.lock()


def test_an_empty_name_is_one_sentence_and_makes_no_vault(  # type: ignore[no-untyped-def]
    qtbot, app, tmp_path: Path
) -> None:
    controller = AppController(Settings(), kdf_params=CHEAP)
    dialog = _new_vault(qtbot, controller, tmp_path, "   ")
    dialog.accept()
    assert dialog.error_label.text() == "Vul je naam in."
    assert not controller.is_unlocked
    assert list(tmp_path.iterdir()) == []


def test_an_older_vault_asks_once_and_then_every_write_is_hers(  # type: ignore[no-untyped-def]
    qtbot, app, vault_path: Path
) -> None:
    controller = AppController(Settings(last_vault=str(vault_path)), kdf_params=CHEAP,
                               today=lambda: TODAY)
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    try:
        unlock(qtbot, window)
        qtbot.waitUntil(lambda: getattr(window, "medewerker_dialog", None) is not None
                        and window.medewerker_dialog.isVisible())
        dialog = window.medewerker_dialog
        assert dialog.windowTitle() == "Mijn gegevens"
        qtbot.keyClicks(dialog.fields.name_edit, "Driss Ouazzani")
        dialog.accept()
        assert controller.services.context.actor == "Driss Ouazzani"
        controller.services.casussen.register(new_case())
        last = _entries(controller)[-1]
        assert last.wie == "Driss Ouazzani" and last.soort == "casus"
    finally:
        controller.lock()


def test_my_details_from_the_menu_changes_the_name_and_is_logged(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    unlock(qtbot, window)
    assert window.medewerker_action.text() == "&Mijn gegevens…"
    dialog = MedewerkerDialog(window.controller, parent=window)
    qtbot.addWidget(dialog)
    assert dialog.fields.name_edit.text() == "Fatima Amrani"  # the demo's invented consulent
    dialog.fields.name_edit.clear()
    dialog.accept()
    assert dialog.error_label.text() == "Vul je naam in."
    assert window.controller.services.medewerker.mijn_gegevens().naam == "Fatima Amrani"
    qtbot.keyClicks(dialog.fields.name_edit, "Fatima Hamdaoui")
    dialog.accept()
    last = _entries(window.controller)[-1]
    assert (last.wie, last.soort, last.actie, last.details) == (
        "Fatima Hamdaoui", "medewerker", "gewijzigd", "naam")


def test_change_the_passphrase_from_the_menu(  # type: ignore[no-untyped-def]
    qtbot, app, vault_path: Path
) -> None:
    controller = AppController(Settings(last_vault=str(vault_path)), kdf_params=CHEAP)
    controller.unlock(PASSPHRASE)
    try:
        dialog = WachtwoordzinDialog(controller)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.old_edit, "niet de goede zin")
        new = suggest()
        dialog.new_edit.setText(new)
        dialog.repeat_edit.setText(new)
        dialog.accept()
        assert dialog.error_label.text().startswith("Dat is niet je huidige wachtwoordzin.")
        dialog.old_edit.setText(PASSPHRASE)
        dialog.new_edit.setText("wachtwoord")
        dialog.repeat_edit.setText("wachtwoord")
        dialog.accept()
        assert dialog.strength.label.text().startswith("Te zwak. Deze wachtwoordzin staat")
        dialog.new_edit.setText(new)
        dialog.repeat_edit.setText(new)
        dialog.accept()
        assert dialog.result() == WachtwoordzinDialog.DialogCode.Accepted
        assert _entries(controller)[-1].actie == "wachtwoordzin gewijzigd"
    finally:
        controller.lock()
    QApplication.processEvents()
    Vault.open(vault_path, new).lock()
