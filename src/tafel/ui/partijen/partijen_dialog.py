"""Parties: my own card (with its QR code) and the parties whose cards this vault holds.

Reached from Kluis > Partijen (Ctrl+Shift+P). On the left my card: who I am, a QR code of
the card and a button to save it as a ``.tafelkaart`` file, with short fingerprints of my
keys; nothing secret is shown. On the right the known parties, each with its verified state
(icon and words) and "Check", which opens the controlecode (controle_dialog.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tafel.domain.partijkaart import EXTENSIE, MAX_BYTES
from tafel.errors import TafelError
from tafel.services import ChangeSet
from tafel.services.changes import Origin
from tafel.services.exports import write_export
from tafel.services.partijen import SleutelsGewijzigdError
from tafel.ui.controller import AppController
from tafel.ui.i18n import fill
from tafel.ui.icons import icon
from tafel.ui.partijen.controle_dialog import ControleDialog
from tafel.ui.partijen.staat import StaatLabel
from tafel.ui.style import set_role
from tafel.ui.widgets.qr_code import QrCodeLabel
from tafel.ui.widgets.record_list import clear_grid, muted_note, separator
from tafel.ui.widgets.scroll_page import FormScroll
from tafel.ui.widgets.section import Section
from tafel.ui.window_state import keep_on_screen
from tafel.views.partijen import PartijKaartView, PartijView


class PartijenDialog(QDialog):
    """My card and the known parties; ``controle`` holds an open check (tests drive it)."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.origin = Origin.screen("partijen")
        self.card: PartijKaartView | None = None
        self.parties: list[PartijView] = []
        self.check_buttons: dict[str, QPushButton] = {}
        self.state_labels: dict[str, StaatLabel] = {}
        self.controle: ControleDialog | None = None
        self.setWindowTitle(self.tr("Parties"))
        self.resize(1040, 680)
        keep_on_screen(self)  # 1920x1080 at 150% has 1280x720
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(12)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(self._my_card(), 0)
        columns.addWidget(self._known_parties(), 1)
        layout.addLayout(columns, 1)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        layout.addWidget(self.message_label)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        controller.data_changed.connect(self._data_changed)
        self.refresh()

    # -- building -------------------------------------------------------------------------

    def _my_card(self) -> Section:
        section = Section("parties", self.tr("My card"))
        section.setFixedWidth(400)
        self.name_label = QLabel()
        self.name_label.setStyleSheet("font-size: 14pt; font-weight: 600; color: #14393d;")
        self.name_label.setWordWrap(True)
        self.role_label = QLabel()
        self.role_label.setWordWrap(True)
        set_role(self.role_label, "muted")
        self.qr = QrCodeLabel(312)
        self.qr.setAccessibleName(self.tr("QR code of your card"))
        self.qr_hint = QLabel(self.tr(
            "Let the other scan this code, or give them the card as a file. There is nothing "
            "secret on it."))
        self.qr_hint.setWordWrap(True)
        set_role(self.qr_hint, "muted")
        self.save_button = QPushButton(icon("save"), self.tr("Save card as file…"))
        self.save_button.clicked.connect(self.save_card)
        self.fingerprints = QLabel()
        self.fingerprints.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprints.setStyleSheet("color: #5b6770; font-size: 10pt;")
        self.details_button = QPushButton(self.tr("My details…"))
        self.details_button.clicked.connect(self.edit_details)
        self.details_button.hide()
        card = QWidget()  # scrolls where the screen is short (960x540 at 200%)
        body = QVBoxLayout(card)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.name_label)
        body.addWidget(self.role_label)
        body.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        shown: tuple[QWidget, ...] = (self.qr_hint, self.save_button, self.fingerprints,
                                      self.details_button)
        for widget in shown:
            body.addWidget(widget)
        body.addStretch(1)
        section.body.addWidget(FormScroll(card), 1)
        return section

    def _known_parties(self) -> Section:
        section = Section("network", self.tr("Known parties"))
        section.set_note(self.tr(
            "Who you work with on a plan, each on their own laptop. Once you have each "
            "other's card, you can send each other encrypted, signed files. A card that came "
            "by e-mail or on a stick is checked once, together: compare the code face to "
            "face."))
        top = QHBoxLayout()
        self.add_button = QPushButton(icon("import-card", "white"), self.tr("Add card…"))
        set_role(self.add_button, "primary")
        self.add_button.clicked.connect(self.add_card)
        top.addWidget(self.add_button)
        top.addStretch(1)
        section.body.addLayout(top)
        holder = QWidget()
        self._grid = QGridLayout(holder)
        self._grid.setContentsMargins(0, 6, 8, 0)
        self._grid.setHorizontalSpacing(16)
        self._grid.setVerticalSpacing(8)
        self._grid.setColumnStretch(0, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        holder.setStyleSheet("background: white;")
        section.body.addWidget(scroll, 1)
        return section

    # -- showing --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read my card and the parties again (not after a lock: it closes this dialog)."""
        if not self._controller.is_unlocked:
            return
        self._show_card()
        self._show_parties()

    def _show_card(self) -> None:
        try:
            self.card = self._controller.services.partijen.eigen_kaart()
        except TafelError as error:
            self.card = None
            self.name_label.setText(self.tr("No card yet"))
            self.role_label.setText(error.message)
            self.qr.set_text("")
            self.qr.hide()
            for widget in (self.qr_hint, self.save_button, self.fingerprints):
                widget.hide()
            self.details_button.show()
            return
        card = self.card
        self.name_label.setText(card.naam)
        self.role_label.setText(" – ".join(p for p in (card.rol, card.organisatie) if p))
        self.role_label.setVisible(bool(card.rol or card.organisatie))
        self.qr.set_text(card.qr_tekst)
        self.qr.show()
        self.fingerprints.setText("\n".join((
            fill(self.tr("Encryption key: %1"), card.age_vingerafdruk),
            fill(self.tr("Signing key: %1"), card.teken_vingerafdruk),
            fill(self.tr("Vault id: %1"), card.kluis_id))))
        for widget in (self.qr_hint, self.save_button, self.fingerprints):
            widget.show()
        self.details_button.hide()

    def _show_parties(self) -> None:
        self.parties = self._controller.services.partijen.lijst()
        self.check_buttons.clear()
        self.state_labels.clear()
        clear_grid(self._grid)
        if not self.parties:
            self._grid.addWidget(muted_note(self.tr(
                "No parties yet. Add the card of someone you work with: the wijkteam, youth "
                "care, school, debt counselling or the young person.")), 0, 0, 1, 2)
            self._grid.setRowStretch(1, 1)
            return
        row = 0
        for index, partij in enumerate(self.parties):
            if index:
                self._grid.addWidget(separator(), row, 0, 1, 2)
                row += 1
            self._grid.addWidget(self._party_widget(partij), row, 0)
            check = QPushButton(self.tr("Check"))
            check.setAccessibleName(fill(self.tr("Check the card of %1"), partij.naam))
            check.clicked.connect(lambda _=False, p=partij: self.check(p))
            self._grid.addWidget(check, row, 1, Qt.AlignmentFlag.AlignTop)
            self.check_buttons[partij.kluis_id] = check
            row += 1
        self._grid.setRowStretch(row, 1)

    def _party_widget(self, partij: PartijView) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        name = QLabel(partij.naam)
        name.setWordWrap(True)
        name.setStyleSheet("font-weight: 600;")
        column.addWidget(name)
        role = " – ".join(p for p in (partij.rol, partij.organisatie) if p)
        if role:
            column.addWidget(muted_note(role))
        state = StaatLabel(partij)
        column.addWidget(state)
        self.state_labels[partij.kluis_id] = state
        keys = QLabel(fill(self.tr("Keys: %1 · %2"), partij.age_vingerafdruk,
                           partij.teken_vingerafdruk))
        keys.setStyleSheet("color: #7d8a90; font-size: 9pt;")
        keys.setWordWrap(True)  # two lines beside "Check" where the dialog is narrow
        column.addWidget(keys)
        return box

    def text(self) -> str:
        """What the party list shows, as plain text (for tests)."""
        return "\n".join(f"{p.naam} {self.state_labels[p.kluis_id].text()}"
                         for p in self.parties)

    def _data_changed(self, changes: ChangeSet) -> None:
        if changes.touches("partij") or changes.touches("medewerker"):
            self.refresh()

    def _say(self, text: str, role: str = "") -> None:
        self.message_label.setText(text)
        set_role(self.message_label, role or "muted")
        self.message_label.setVisible(bool(text))

    # -- actions --------------------------------------------------------------------------

    def save_card(self) -> None:
        """Choose where, then save my card as a ``.tafelkaart`` file."""
        from tafel.ui.file_dialogs import choose_file_to_save

        if self.card is None:
            return
        suggested = f"{self.card.naam}{EXTENSIE}"
        path = choose_file_to_save(self, self.tr("Save card"), suggested,
                                   self.tr("tafel party card (*.tafelkaart)"), EXTENSIE[1:])
        if path is not None:
            self.save_card_to(path)

    def save_card_to(self, path: Path) -> None:
        """Write my card to ``path``; one sentence says where, or what went wrong."""
        try:
            write_export(path, self._controller.services.partijen.kaart_bestand())
        except TafelError as error:
            self._say(error.message, "error")
            return
        self._say(fill(self.tr("Your card is saved in %1."), str(path)))

    def add_card(self) -> None:
        """Choose a ``.tafelkaart`` file and add it."""
        from tafel.ui.file_dialogs import choose_file_to_open

        path = choose_file_to_open(self, self.tr("Add card"), "",
                                   self.tr("tafel party card (*.tafelkaart)"))
        if path is not None:
            self.add_card_file(path)

    def add_card_file(self, path: Path) -> None:
        """Add the card in ``path``; new keys for a known party are taken only when confirmed."""
        try:
            with path.open("rb") as stream:
                data = stream.read(MAX_BYTES + 1)
        except OSError:
            self._say(fill(self.tr("The file %1 cannot be read."), path.name), "error")
            return
        partijen = self._controller.services.partijen
        try:
            try:
                added = partijen.voeg_toe(data, origin=self.origin)
            except SleutelsGewijzigdError as changed:
                if not self.confirm_new_keys(changed.message):
                    self._say(self.tr("Nothing changed: the card you had stays."))
                    return
                added = partijen.voeg_toe(data, vervang_sleutels=True, origin=self.origin)
        except TafelError as error:
            self._say(error.message, "error")
            return
        self._controller.publish(added.changes)
        self.refresh()
        naam = added.partij.naam
        if added.nieuw:
            self._say(fill(self.tr("%1 has been added. Check the card together: click Check."),
                           naam))
        elif added.sleutels_vervangen:
            self._say(fill(self.tr("The keys of %1 have been replaced. Check the card together "
                                   "again."), naam))
        elif added.changes.is_empty:
            self._say(fill(self.tr("You already had this card of %1; nothing changed."), naam))
        else:
            self._say(fill(self.tr("The details of %1 have been updated."), naam))

    def confirm_new_keys(self, message: str) -> bool:
        """Ask before new keys replace known ones (tests replace this)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Other keys"), message,
                          parent=self)
        replace = box.addButton(self.tr("Replace the keys"),
                                QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep the old card"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is replace

    def check(self, partij: PartijView) -> None:
        """Open the controlecode for ``partij``."""
        dialog = ControleDialog(self._controller, partij, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.controle = dialog
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()

    def edit_details(self) -> None:
        """No name yet: Mijn gegevens first, then the card."""
        from tafel.ui.dialogs.medewerker_dialog import MedewerkerDialog

        MedewerkerDialog(self._controller, parent=self).exec()
        self.refresh()

    def sizeHint(self) -> QSize:  # Qt override
        """Fits a 1366x768 screen with room for the window frame."""
        return QSize(1040, 680)
