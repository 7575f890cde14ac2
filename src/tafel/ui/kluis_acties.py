"""The Vault menu's dialogs about the vault as a whole, opened from the main window.

My details, the log, the parties, the kengetallen, the passphrase, making and restoring a
backup: each opens only while the vault is unlocked (restoring makes a new vault, so it
needs none), and a dialog that stays open is kept on the window (``logboek_dialog``,
``partijen_dialog``, ``kengetallen_dialog``) so tests and a lock can reach it. A mixin of
:class:`~tafel.ui.main_window.MainWindow`, kept apart so the window stays one readable page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QWidget

if TYPE_CHECKING:
    from tafel.ui.controller import AppController

translate = QCoreApplication.translate


class KluisActies:
    """What Vault > My details, Log, Parties, Kengetallen, passphrase and backup open."""

    controller: AppController

    def _window(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    def _open_kept(self, attribute: str, make: Callable[[QWidget], QDialog]) -> None:
        """Open a dialog that stays (deleted on close), kept as ``self.<attribute>``."""
        if not self.controller.is_unlocked:
            return
        dialog = make(self._window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        setattr(self, attribute, dialog)
        dialog.open()

    def edit_medewerker(self) -> None:
        """Vault > My details: change your own name, organisation or role."""
        from tafel.ui.dialogs.medewerker_dialog import MedewerkerDialog

        if self.controller.is_unlocked:
            MedewerkerDialog(self.controller, parent=self._window()).exec()

    def show_logboek(self) -> None:
        """Vault > Log: the whole vault's audit log, filtered by period, person and kind."""
        from tafel.ui.logboek.logboek_dialog import LogboekDialog

        self._open_kept("logboek_dialog",
                        lambda parent: LogboekDialog(self.controller, None, parent))

    def show_partijen(self) -> None:
        """Vault > Parties: my card and QR code, the known parties, checking a card."""
        from tafel.ui.partijen.partijen_dialog import PartijenDialog

        self._open_kept("partijen_dialog", lambda parent: PartijenDialog(self.controller, parent))

    def show_kengetallen(self) -> None:
        """Vault > Kengetallen: figures without names about all cases, and their CSV."""
        from tafel.ui.kengetallen.kengetallen_dialog import KengetallenDialog

        self._open_kept("kengetallen_dialog",
                        lambda parent: KengetallenDialog(self.controller, parent))

    def choose_bewaartermijn(self) -> None:
        """Vault > Retention term: the organisation's term; jeugdhulp keeps at least 20 years."""
        from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox

        from tafel.domain.signals import BEWAARJAREN_MAX, BEWAARJAREN_MIN
        from tafel.errors import TafelError

        if not self.controller.is_unlocked:
            return
        services = self.controller.services
        dialog = QInputDialog(self._window())
        dialog.setWindowTitle(translate("MainWindow", "Retention term"))
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setLabelText(translate("MainWindow", "Keep a closed case this many years before "
                                                    "it may be destroyed (jeugdhulp cases: at "
                                                    "least 20, by the Jeugdwet):"))
        dialog.setIntRange(BEWAARJAREN_MIN, BEWAARJAREN_MAX)
        dialog.setIntValue(services.vernietiging.bewaartermijn())
        label = dialog.findChild(QLabel)
        if label is not None:  # the sentence wraps: on one line it was wider than 960x540
            label.setWordWrap(True)
            label.setMinimumWidth(420)  # in two lines, not five
        if not dialog.exec():
            return
        jaren = dialog.intValue()
        try:
            self.controller.publish(services.vernietiging.zet_bewaartermijn(jaren))
        except TafelError as error:
            QMessageBox.warning(self._window(), translate("MainWindow", "Retention term"),
                                error.message)

    def change_passphrase(self) -> None:
        """Vault > Change passphrase."""
        from tafel.ui.dialogs.wachtwoordzin_dialog import WachtwoordzinDialog

        if self.controller.is_unlocked:
            WachtwoordzinDialog(self.controller, self._window()).exec()

    def make_backup(self) -> None:
        """Vault > Make a backup: one encrypted file where the user chooses (a USB stick)."""
        from tafel.ui.backup.backup_dialogs import make_backup

        if self.controller.is_unlocked:
            make_backup(self.controller, self._window())

    def restore_backup(self) -> None:
        """Vault > Restore a backup: into a new vault, checked; then offered to open."""
        from tafel.ui.backup.backup_dialogs import restore_backup

        self.restore_dialog = restore_backup(self.controller, self._window())
