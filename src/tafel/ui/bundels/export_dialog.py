"""Make a bundle of one case for other parties: for whom, what goes and why, then a file.

Two ways: to known parties (their keys; the household's consent decides what goes, per
party, and a bundle for several carries only what all of them may have), or with a
passphrase for someone without tafel keys (the consulent ticks the categories; the service
refuses any that no consent in the case covers, in one Dutch sentence, shown here).

The file is chosen before the bundle is made: making it is recorded in the vault (its
number, what the next one builds on), so a bundle is only made when there is a place to put
it. Nothing goes when nothing is allowed: the screen says so and offers no button.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from tafel.domain.enums import Gegevenscategorie
from tafel.errors import TafelError
from tafel.services.bundel_toestemming import REIZEN, ExportOverzicht
from tafel.services.changes import Origin
from tafel.services.exports import write_export
from tafel.ui.bundels.export_delen import (
    CategorieKeuze,
    OntvangerOverzicht,
    PartijKeuze,
    partij_naam,
)
from tafel.ui.bundels.teksten import categorieen_tekst
from tafel.ui.controller import AppController, passphrase_rules
from tafel.ui.dialogs.passphrase_strength import PassphraseStrength
from tafel.ui.i18n import fill
from tafel.ui.style import error_label, set_role
from tafel.ui.widgets.scroll_page import white_scroll
from tafel.ui.widgets.section import Section
from tafel.ui.window_state import keep_on_screen
from tafel.views.casussen import CasusOverview
from tafel.views.partijen import PartijView

EXTENSIE = ".tafelbundel"
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


class BundelExportDialog(QDialog):
    """Choose recipients (or a passphrase), see what goes, save the bundle as a file."""

    #: A bundle was saved: the one-paragraph confirmation to show.
    saved = Signal(str)

    def __init__(self, controller: AppController, overview: CasusOverview,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.origin = Origin.screen("bundel")
        self.case_id = overview.casus.id
        self.referentie = overview.casus.referentie
        self.overzicht: ExportOverzicht | None = None
        self.confirmation = ""
        services = controller.services
        self.setWindowTitle(fill(self.tr("Make a bundle – %1"), self.referentie))
        self.resize(self.sizeHint())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(10)
        intro = QLabel(self.tr(
            "A bundle is an encrypted file about this case for the others who work on the "
            "plan. Only what the household agreed to share with them goes; the rest stays "
            "here."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        modes = QHBoxLayout()
        self.to_parties = QRadioButton(self.tr("To &known parties"))
        self.with_passphrase = QRadioButton(self.tr("With a &passphrase (for someone without "
                                                    "tafel)"))
        group = QButtonGroup(self)
        for button in (self.to_parties, self.with_passphrase):
            group.addButton(button)
            modes.addWidget(button)
        modes.addStretch(1)
        layout.addLayout(modes)

        self.pages = QStackedWidget()
        in_netwerk = {b.partij_id for b in overview.betrokkenen if b.partij_id is not None}
        self.parties = PartijKeuze(services.partijen.lijst(), in_netwerk,
                                   lambda partij: self.confirm_unverified(partij))
        self.recipients = OntvangerOverzicht(
            {t.id: t.gegeven_door for t in overview.toestemmingen})
        self.pages.addWidget(self._parties_page())
        self.pages.addWidget(self._passphrase_page())
        layout.addWidget(self.pages, 1)

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.error_label = error_label()
        layout.addWidget(self.error_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("&Save bundle…"))
        set_role(self.save_button, "primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

        self.parties.changed.connect(self.update_overview)
        self.categories.changed.connect(self.update_overview)
        self.to_parties.toggled.connect(self._mode_changed)
        self.to_parties.setChecked(True)
        self.update_overview()
        self._first_focus()
        keep_on_screen(self)  # 960x540 at 200%: smaller than its 1060x660

    # -- building -------------------------------------------------------------------------

    def _parties_page(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(14)
        who = Section("network", self.tr("For whom"))
        who.set_note(self.tr("The parties whose card you have. Those in this case's network "
                             "come first."))
        chooser = white_scroll(self.parties)
        chooser.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes through the boxes themselves
        who.body.addWidget(chooser, 1)
        # The checkbox short, its reason in words that wrap below it: one long line set the
        # column's width and squeezed both columns at 960x540.
        self.full_box = QCheckBox(self.tr("Send &everything again"))
        full_note = QLabel(self.tr("When an earlier bundle got lost and the other side waits "
                                   "for it."))
        full_note.setWordWrap(True)
        style = self.full_box.style()
        full_note.setIndent(style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
                            + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing))
        set_role(full_note, "muted")
        who.body.addWidget(self.full_box)
        who.body.addWidget(full_note)
        what = Section("consent", self.tr("What goes, and why"))
        what.body.addWidget(white_scroll(self.recipients), 1)
        row.addWidget(who, 2)
        row.addWidget(what, 3)
        return page

    def _passphrase_page(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(14)
        what = Section("consent", self.tr("What goes"))
        what.set_note(self.tr("Tick what may go. Only what the household agreed to share with "
                              "someone in this case can go."))
        self.categories = CategorieKeuze()
        what.body.addWidget(self.categories, 1)
        key = Section("key", self.tr("Passphrase"))
        key.set_note(self.tr(
            "For someone without tafel keys: they open the bundle with this passphrase. Pass "
            "it on another way than the file: call or tell it, never in the same e-mail."))
        form = QFormLayout()
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        first = QLabel(self.tr("Pass&phrase"))
        first.setBuddy(self.passphrase_edit)
        again = QLabel(self.tr("&Once more"))
        again.setBuddy(self.repeat_edit)
        form.addRow(first, self.passphrase_edit)
        form.addRow(again, self.repeat_edit)
        self.show_box = QCheckBox(self.tr("Show passphrase"))
        self.show_box.toggled.connect(self._show_passphrase)
        suggest = QPushButton(self.tr("Suggest one"))
        suggest.setAutoDefault(False)
        suggest.clicked.connect(self.fill_suggestion)
        options = QHBoxLayout()
        options.addWidget(self.show_box, 1)
        options.addWidget(suggest)
        form.addRow("", options)
        self.strength = PassphraseStrength(self.passphrase_edit, lambda: self.referentie, self)
        form.addRow(self.tr("Strength"), self.strength)
        key.body.addLayout(form)
        key.body.addStretch(1)
        row.addWidget(what, 2)
        row.addWidget(key, 3)
        self.strength.update_strength()
        return page

    def _first_focus(self) -> None:
        boxes = list(self.parties.boxes.values())
        (boxes[0] if boxes else self.to_parties).setFocus()

    # -- showing --------------------------------------------------------------------------

    @property
    def by_passphrase(self) -> bool:
        """Whether the passphrase way is chosen."""
        return self.with_passphrase.isChecked()

    def _mode_changed(self) -> None:
        self.pages.setCurrentIndex(1 if self.by_passphrase else 0)
        self.error_label.hide()
        self.update_overview()

    def update_overview(self) -> None:
        """What goes for the current choice, and whether a bundle can be made at all."""
        self.error_label.hide()
        if self.by_passphrase:
            chosen = self.categories.chosen()
            self._summary(fill(self.tr("In the bundle: %1."), categorieen_tekst(chosen))
                          if chosen else self.tr("Tick what goes in the bundle."),
                          "" if chosen else "muted")
            self.save_button.setEnabled(bool(chosen))
            return
        ids = self.parties.chosen()
        self.overzicht = self._controller.services.bundels.overzicht(self.case_id, ids) \
            if ids else None
        overzicht = self.overzicht
        if overzicht is None:
            self.recipients.show_recipients((), set())
            self._summary(self.tr("Choose who the bundle is for."), "muted")
            self.save_button.setEnabled(False)
            return
        every = set().union(*(o.categorieen for o in overzicht.ontvangers))
        dropped = every - set(overzicht.categorieen)
        namen = {str(p.kluis_id): partij_naam(p) for p in self.parties.parties.values()}
        self.recipients.show_recipients(overzicht.ontvangers, dropped, namen)
        self.save_button.setEnabled(not overzicht.niets)
        if overzicht.niets:
            self._summary(self.tr(
                "Nothing can go: there is no consent for what you chose. Ask the household "
                "first, and record their consent under Consent."), "error")
            return
        goes = categorieen_tekst(c for c in REIZEN if c in overzicht.categorieen)
        if len(overzicht.ontvangers) == 1:
            self._summary(fill(self.tr("In the bundle: %1."), goes), "")
            return
        text = fill(self.tr("You chose %1 parties. The bundle carries only what all of them "
                            "may have: %2."), len(overzicht.ontvangers), goes)
        if dropped:
            text += " " + fill(self.tr("%1 stays here."),
                               categorieen_tekst(c for c in REIZEN if c in dropped))
        self._summary(text, "")

    def _summary(self, text: str, role: str) -> None:
        self.summary_label.setText(text)
        set_role(self.summary_label, role)
        if not role:
            self.summary_label.setStyleSheet("font-weight: 600; color: #14393d;")
        else:
            self.summary_label.setStyleSheet("")

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _show_passphrase(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase_edit.setEchoMode(mode)
        self.repeat_edit.setEchoMode(mode)

    def fill_suggestion(self) -> None:
        """Four random words in both fields, shown, to be passed on by phone."""
        suggestion = passphrase_rules.suggest()
        self.passphrase_edit.setText(suggestion)
        self.repeat_edit.setText(suggestion)
        self.show_box.setChecked(True)
        self.strength.update_strength()

    # -- asking ---------------------------------------------------------------------------

    def confirm_unverified(self, partij: PartijView) -> bool:
        """Ask before an unverified party is chosen (tests replace this)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Card not checked"), fill(self.tr(
            "The card of %1 has not been checked with the controlecode yet. Whoever holds the "
            "key of that card can read this bundle. Choose it only if you are sure the card is "
            "really from %1."), partij.naam), parent=self)
        choose = box.addButton(self.tr("Choose anyway"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Do not choose"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is choose

    def suggested_name(self) -> str:
        """``T-2026-0003 aan Jeugdhulp Twente 2026-11-30.tafelbundel``."""
        today = self._controller.services.context.today().isoformat()
        if self.by_passphrase:
            name = fill(self.tr("%1 with passphrase %2"), self.referentie, today)
        else:
            chosen = [self.parties.parties[i] for i in self.parties.chosen()]
            names = [p.organisatie or p.naam for p in chosen]
            who = names[0] if len(names) == 1 else fill(self.tr("%1 and %2"),
                                                        ", ".join(names[:-1]), names[-1])
            name = fill(self.tr("%1 to %2 %3"), self.referentie, who, today)
        return _UNSAFE.sub("-", name).strip(" .")[:180] + EXTENSIE

    def choose_file(self) -> Path | None:
        """Where to save (tests replace this)."""
        from tafel.ui.file_dialogs import choose_file_to_save

        return choose_file_to_save(self, self.tr("Save bundle"), self.suggested_name(),
                                   self.tr("tafel bundle (*.tafelbundel)"), EXTENSIE[1:])

    # -- saving ---------------------------------------------------------------------------

    def save(self) -> None:
        """Check what can be checked here, ask where, then make and save the bundle."""
        if self.by_passphrase and not self._passphrase_ok():
            return
        if not self.save_button.isEnabled():
            return
        path = self.choose_file()
        if path is not None:
            self.save_to(path)

    def _passphrase_ok(self) -> bool:
        text = self.passphrase_edit.text()
        if text != self.repeat_edit.text():
            self._show_error(self.tr("The two passphrases are not the same."))
            self.repeat_edit.setFocus()
            return False
        strength = passphrase_rules.estimate(text, passphrase_rules.context_for(
            self.referentie))
        if not strength.acceptable:
            self.strength.show_refused(strength.reason)
            self.passphrase_edit.setFocus()
            return False
        return True

    def save_to(self, path: Path) -> bool:
        """Make the bundle and write it to ``path``; one sentence when that is not possible."""
        folder = path.parent if str(path.parent) else Path(".")
        if not os.access(folder, os.W_OK):
            self._show_error(fill(self.tr("tafel cannot write in the folder %1. Choose "
                                          "another place."), str(folder)))
            return False
        bundels = self._controller.services.bundels
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.by_passphrase:
                export = bundels.exporteer(
                    self.case_id, wachtwoordzin=self.passphrase_edit.text(),
                    categorieen=self.categories.chosen(), origin=self.origin)
            else:
                export = bundels.exporteer(self.case_id, partij_ids=self.parties.chosen(),
                                           volledig=self.full_box.isChecked(),
                                           origin=self.origin)
            self._controller.publish(export.changes)
            write_export(path, export.data)
        except TafelError as error:
            self._show_error(error.message)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.confirmation = self._confirmation(path, export.volgnummer,
                                               export.overzicht.categorieen)
        self.saved.emit(self.confirmation)
        self.accept()
        return True

    def _confirmation(self, path: Path, number: int,
                      categorieen: frozenset[Gegevenscategorie]) -> str:
        goes = categorieen_tekst(c for c in REIZEN if c in categorieen)
        text = fill(self.tr("Bundle %1 of %2 is saved as %3."), number, self.referentie,
                    path.name)
        text += " " + fill(self.tr("In it: %1."), goes)
        if self.by_passphrase:
            return text + " " + self.tr("Send the file, and pass the passphrase on another "
                                        "way: call or tell it.")
        chosen = [partij_naam(self.parties.parties[i]) for i in self.parties.chosen()]
        who = chosen[0] if len(chosen) == 1 else fill(self.tr("%1 and %2"),
                                                      ", ".join(chosen[:-1]), chosen[-1])
        return text + " " + fill(self.tr("Send the file to %1 yourself (by e-mail or on a "
                                         "stick): only they can open it."), who)

    def sizeHint(self) -> QSize:  # Qt override
        """Fits a 1366x768 screen with room for the window frame."""
        return QSize(1060, 660)
