"""Signing a version of the toekomstplan at the table, one person after another.

The dialog says exactly what is signed (version, whose plan, the start of its code), lists who
still has to sign first, then everyone else in the case, or someone else by name. A signature
is placed under the text the signer read: the dialog passes the hash it was opened with, so if
the plan changed in the meantime the service refuses and the dialog says so in Dutch, keeping
the drawn strokes.

Who cannot draw on the pad (no mouse, a tremor, only a keyboard) signs by typing: the name
again in the field under the pad and a tick at "this is my signature". It is stored marked as
typed and printed as "Getypt en bevestigd op <datum>" (see :mod:`tafel.render.pdf_signature`).

After a signature the dialog stays open with the next person who still has to sign selected
and a clear pad, so a family and their professionals sign in one go. When nobody is left to
sign, the dialog closes by itself; "Close" stops earlier.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tafel.domain.dates import QT_DATE_FORMAT, short_date
from tafel.errors import TafelError
from tafel.services.changes import Origin
from tafel.services.plans import NieuweHandtekening
from tafel.ui.controller import AppController
from tafel.ui.dialogs.kinds import SIGN_FORM
from tafel.ui.i18n import fill
from tafel.ui.icons import icon
from tafel.ui.plan.plan_labels import person_role_label
from tafel.ui.plan.signature_pad import SignaturePad
from tafel.ui.style import set_role
from tafel.ui.widgets.scroll_page import FormScroll
from tafel.ui.window_state import keep_on_screen
from tafel.views.plans import (
    HandtekeningView,
    PlanPersoon,
    PlanVersieView,
    PlanView,
    others_in_case,
    signing_state,
)

SOMEONE_ELSE = "__someone_else__"
PERSON_ROLE = Qt.ItemDataRole.UserRole


class SignDialog(QDialog):
    """Choose who signs, draw, and sign; then the next person.

    When the vault locks while it is open, who signs and the typed name, role and place are
    kept (encrypted, in the vault) and offered again after the unlock (``kept``); the drawn
    signature is not: signing again is a deliberate act of the person at the table.
    """

    FORM_KIND = SIGN_FORM

    def __init__(self, controller: AppController, view: PlanView, version: PlanVersieView,
                 parent: QWidget | None = None, kept: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.origin = Origin.screen("tekenen")
        self.view = view
        self.version = version
        # The text the signers read: a signature is only accepted under exactly this hash.
        self.expected_hash = version.inhoud_hash
        self.signed_names: list[str] = []
        self.to_sign: list[PlanPersoon] = []
        self._expected: list[PlanPersoon] = []
        self._place = _household_place(controller, view)
        self.setWindowTitle(self.tr("Sign the toekomstplan"))
        self.setMinimumSize(900, 600)
        self.resize(1080, 680)
        keep_on_screen(self)  # 1920x1080 at 150% has 1280x720, at 200% 960x540

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        self.what_label = QLabel(self._what_text())
        self.what_label.setWordWrap(True)
        set_role(self.what_label, "section")
        layout.addWidget(self.what_label)
        note = QLabel(self.tr("Read the plan together first. If the plan changes after "
                              "signing, the signature is marked as outdated; it is never "
                              "deleted."))
        note.setWordWrap(True)
        set_role(note, "muted")
        layout.addWidget(note)

        fields = QWidget()  # scrolls where the screen is too short (960x540 at 200%)
        body = QHBoxLayout(fields)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(20)
        body.addLayout(self._build_signers(), 0)
        body.addLayout(self._build_form(), 1)
        layout.addWidget(FormScroll(fields), 1)

        footer = QHBoxLayout()
        self.done_label = QLabel("")
        self.done_label.setWordWrap(True)
        set_role(self.done_label, "status")
        self.done_label.hide()
        footer.addWidget(self.done_label, 10)
        footer.addStretch(1)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self._close)
        self.sign_button = QPushButton(self.tr("&Sign"))
        set_role(self.sign_button, "primary")
        self.sign_button.setDefault(True)
        self.sign_button.clicked.connect(self.sign)
        footer.addWidget(self.close_button)
        footer.addWidget(self.sign_button)
        layout.addLayout(footer)

        self._fill_signers()
        self._select_next()
        self._update_sign_button()
        self._untouched = self._fields()
        if kept:
            self._restore(kept)
        if version.conflicts:  # the page asks first; a form kept over a lock may come here
            self.error_label.setText(self.tr(
                "Signing waits: in this plan, different things were filled in on some points. "
                "Close this window and choose for each point what it will be first."))
            self.error_label.show()

    # -- kept over a lock ---------------------------------------------------------------

    @property
    def kept_case_id(self) -> uuid.UUID:
        """The case whose plan is being signed."""
        return self.view.case.casus_id

    def _fields(self) -> dict[str, str]:
        item = self.signers.currentItem()
        key = item.data(PERSON_ROLE) if item is not None else None
        return {"wie": key if isinstance(key, str) else "", "naam": self.name_edit.text(),
                "rol": self.role_edit.text(), "plaats": self.place_edit.text()}

    def kept_state(self) -> dict[str, Any] | None:
        """Who signs and what was typed, when a signature was under way; else None."""
        fields = self._fields()
        if self.pad.is_empty() and fields == self._untouched:
            return None
        return {**fields, "versie": str(self.version.id)}

    def _restore(self, kept: dict[str, Any]) -> None:
        if isinstance(kept.get("wie"), str):
            self._select(kept["wie"])
        for edit, name in ((self.name_edit, "naam"), (self.role_edit, "rol"),
                           (self.place_edit, "plaats")):
            if isinstance(kept.get(name), str):
                edit.setText(kept[name])
        set_role(self.error_label, "muted")
        self.error_label.setText(self.tr(
            "tafel locked itself while this signature was being placed. Check the details, "
            "then sign again in the box."))
        self.error_label.show()

    # -- building -----------------------------------------------------------------------

    def _build_signers(self) -> QVBoxLayout:
        column = QVBoxLayout()
        title = QLabel(self.tr("Who signs?"))
        set_role(title, "fieldcaption")
        self.signers = QListWidget()
        self.signers.setObjectName("signers")
        self.signers.setMinimumWidth(300)
        self.signers.setMaximumWidth(360)
        self.signers.setWordWrap(True)
        self.signers.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.signers.setStyleSheet("QListWidget::item { padding: 5px 4px; }")
        self.signers.currentItemChanged.connect(self._signer_chosen)
        title.setBuddy(self.signers)
        column.addWidget(title)
        column.addWidget(self.signers, 1)
        return column

    def _build_form(self) -> QVBoxLayout:
        column = QVBoxLayout()
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(150)
        self.name_edit.setPlaceholderText(self.tr("Full name of the person who signs"))
        self.name_edit.textChanged.connect(self._update_sign_button)
        self.role_edit = QLineEdit()
        self.role_edit.setMaxLength(150)
        self.role_edit.setPlaceholderText(self.tr("For example: young person, mother, coach"))
        self.place_edit = QLineEdit(self._place)
        self.place_edit.setMaxLength(100)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(QT_DATE_FORMAT)
        today = self._controller.today()
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Role"), self.role_edit)
        place_row = QHBoxLayout()
        place_row.addWidget(self.place_edit, 2)
        date_caption = QLabel(self.tr("&Date"))
        date_caption.setBuddy(self.date_edit)
        place_row.addSpacing(12)
        place_row.addWidget(date_caption)
        place_row.addWidget(self.date_edit, 1)
        place_caption = QLabel(self.tr("&Place"))
        place_caption.setBuddy(self.place_edit)
        form.addRow(place_caption, place_row)
        column.addLayout(form)

        row = QHBoxLayout()
        pad_caption = QLabel(self.tr("Signature"))
        set_role(pad_caption, "fieldcaption")
        self.pad_hint = QLabel(self.tr("Sign inside the box with the mouse, a pen or a finger."))
        set_role(self.pad_hint, "muted")
        self.pad_hint.setWordWrap(True)
        self.clear_button = QPushButton(icon("discard"), self.tr("C&lear"))
        self.clear_button.clicked.connect(self.clear)
        row.addWidget(pad_caption)
        row.addSpacing(8)
        row.addWidget(self.pad_hint, 1)
        row.addWidget(self.clear_button)
        column.addSpacing(6)
        column.addLayout(row)
        self.pad = SignaturePad(align_top=True)
        self.pad.setMinimumHeight(190)
        self.pad.changed.connect(self._update_sign_button)
        column.addWidget(self.pad, 1)
        column.addLayout(self._build_typed())
        self.error_label = QLabel("")
        self.error_label.setWordWrap(True)
        set_role(self.error_label, "error")
        self.error_label.hide()
        column.addWidget(self.error_label)
        return column

    def _build_typed(self) -> QVBoxLayout:
        """The keyboard's way to sign: the name typed again, and an explicit confirmation."""
        box = QVBoxLayout()
        row = QHBoxLayout()
        caption = QLabel(self.tr("Or &type your name"))
        set_role(caption, "fieldcaption")
        self.typed_edit = QLineEdit()
        self.typed_edit.setMaxLength(150)
        self.typed_edit.setAccessibleName(self.tr("Sign by typing your name"))
        self.typed_edit.setPlaceholderText(self.tr("The same name as above"))
        caption.setBuddy(self.typed_edit)
        self.typed_edit.textChanged.connect(self._update_sign_button)
        self.confirm_box = QCheckBox(self.tr("I &confirm this typed name is my signature"))
        self.confirm_box.toggled.connect(self._typed_confirmed)
        row.addWidget(caption)
        row.addWidget(self.typed_edit, 1)
        box.addLayout(row)
        box.addWidget(self.confirm_box)
        return box

    def _what_text(self) -> str:
        return fill(self.tr("You are signing version %1 of the toekomstplan of %2 (code %3…)."),
                    self.version.nummer, self.view.case.jongere.naam, self.expected_hash[:12])

    # -- the list of signers ------------------------------------------------------------

    def _fill_signers(self) -> None:
        """Still to sign first, then who already signed, then others, then someone else."""
        current = self.signers.currentItem()
        keep = current.data(PERSON_ROLE) if current is not None else None
        self.signers.blockSignals(True)
        self.signers.clear()
        today = self._controller.today()
        expected = self.view.expected_signers(self.version.content, today)
        self._expected = expected
        state = signing_state(expected, self.version.signatures)
        signed_by = {s.sleutel: s for s in self.version.current_signatures if s.sleutel}
        to_sign = [p for p, sig in state if sig is None]
        done = [(p, sig) for p, sig in state if sig is not None]
        others = others_in_case(self.view.case, expected, today)
        if to_sign:
            self._header(self.tr("Still to sign"))
            for person in to_sign:
                self._person_item(person, None)
        if done:
            self._header(self.tr("Signed this text"))
            for person, signature in done:
                self._person_item(person, signature)
        if others:
            self._header(self.tr("Others in this case"))
            for person in others:
                self._person_item(person, signed_by.get(person.sleutel))
        self._header("")
        extra = QListWidgetItem(icon("new-case"), self.tr("Someone else…"))
        extra.setData(PERSON_ROLE, SOMEONE_ELSE)
        self.signers.addItem(extra)
        self.signers.blockSignals(False)
        if keep is not None:
            self._select(keep)
        self.to_sign = to_sign

    def _header(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        self.signers.addItem(item)

    def _person_item(self, person: PlanPersoon, signature: HandtekeningView | None) -> None:
        kind = person_role_label(person)
        if signature is not None:
            text = fill(self.tr("%1\n%2 · signed %3"), person.naam, kind,
                        short_date(signature.datum))
            item = QListWidgetItem(icon("signed"), text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # shown, not chosen: they have signed
        else:
            name = icon("to-sign") if person in self._expected else icon("person")
            item = QListWidgetItem(name, f"{person.naam}\n{kind}" if kind else person.naam)
            item.setData(PERSON_ROLE, person.sleutel)
        self.signers.addItem(item)

    def _select(self, key: str) -> bool:
        for row in range(self.signers.count()):
            item = self.signers.item(row)
            if item.data(PERSON_ROLE) == key and item.flags() & Qt.ItemFlag.ItemIsSelectable:
                self.signers.setCurrentItem(item)
                return True
        return False

    def _select_next(self) -> None:
        """The first person who still has to sign, or someone else when all have signed."""
        if not (self.to_sign and self._select(self.to_sign[0].sleutel)):
            self._select(SOMEONE_ELSE)

    def select_person(self, sleutel: str) -> bool:
        """Choose a signer by key (``SOMEONE_ELSE`` for a free name); False if not choosable."""
        return self._select(sleutel)

    def _signer_chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        key = item.data(PERSON_ROLE) if item is not None else None
        person = self.view.case.person(key) if isinstance(key, str) else None
        if person is None:
            self.name_edit.clear()
            self.role_edit.clear()
            self.name_edit.setFocus()
        else:
            self.name_edit.setText(person.naam)
            self.role_edit.setText(person_role_label(person))
            self.pad.setFocus()
        self._update_sign_button()

    def chosen_key(self) -> str:
        """The chosen signer's key ("" for someone else)."""
        item = self.signers.currentItem()
        key = item.data(PERSON_ROLE) if item is not None else None
        return key if isinstance(key, str) and key != SOMEONE_ELSE else ""

    # -- signing ------------------------------------------------------------------------

    def clear(self) -> None:
        """Wipe the pad and any error."""
        self.pad.clear()
        self.error_label.hide()
        set_role(self.error_label, "error")

    def typed(self) -> bool:
        """Signing with the keyboard: the name typed again (the same) and confirmed."""
        name = " ".join(self.name_edit.text().split()).casefold()
        again = " ".join(self.typed_edit.text().split()).casefold()
        return self.confirm_box.isChecked() and bool(name) and again == name

    def _typed_confirmed(self, on: bool) -> None:
        """A confirmed typed signature replaces the pad: what was drawn is wiped."""
        if on:
            self.pad.clear()
        self.pad.set_read_only(on)
        self._update_sign_button()

    def can_sign(self) -> bool:
        """A name and something drawn (or typed and confirmed), and no point left to choose."""
        return bool(self.name_edit.text().strip()) \
            and (self.typed() or (not self.confirm_box.isChecked() and not self.pad.is_empty())) \
            and not self.version.conflicts

    def _update_sign_button(self) -> None:
        self.sign_button.setEnabled(self.can_sign())
        if not hasattr(self, "typed_edit"):
            return  # still building
        if not self.confirm_box.isChecked():
            hint = self.tr("Sign inside the box with the mouse, a pen or a finger.")
        elif self.typed():
            hint = self.tr("Signed by typing: the paper says it was typed and confirmed.")
        else:
            hint = self.tr("Type the same name as above in the field under the box.")
        self.pad_hint.setText(hint)

    def sign(self) -> bool:
        """Place the signature; True when it was stored."""
        if not self.can_sign():
            return False
        day = self.date_edit.date()
        typed = self.typed()
        new = NieuweHandtekening(
            sleutel=self.chosen_key(), naam=self.name_edit.text().strip(),
            rol=self.role_edit.text().strip(), plaats=self.place_edit.text().strip(),
            datum=date(day.year(), day.month(), day.day()),
            lijnen=[] if typed else self.pad.strokes(), verhouding=self.pad.verhouding,
            getypt=typed,
        )
        services = self._controller.services
        try:
            changes = services.plans.sign(self.version.id, new, expected_hash=self.expected_hash,
                                         origin=self.origin)
        except TafelError as error:
            self.error_label.setText(error.message)
            self.error_label.show()
            self.done_label.hide()  # "signed by ..., next" would read as if this one worked
            return False
        self.error_label.hide()
        self.signed_names.append(new.naam)
        self._controller.publish(changes)
        self._refresh()
        if not self.to_sign:
            self.accept()
            return True
        self.done_label.setText(fill(self.tr("Signed by %1. Next: %2."), new.naam,
                                     self.to_sign[0].naam))
        self.done_label.show()
        self.pad.clear()
        self.typed_edit.clear()
        self.confirm_box.setChecked(False)
        self._select_next()
        return True

    def _refresh(self) -> None:
        """Read the plan again, so the list shows the new signature."""
        fresh = self._controller.services.plans.for_case(self.view.case.casus_id)
        version = fresh.version_by_id(self.version.id) if fresh is not None else None
        if fresh is not None and version is not None:
            self.view, self.version = fresh, version
        self._fill_signers()

    def _close(self) -> None:
        if self.signed_names:
            self.accept()
        else:
            self.reject()


def _household_place(controller: AppController, view: PlanView) -> str:
    """Where the household lives: the usual place of signing."""
    try:
        return controller.services.casussen.open(view.case.casus_id,
                                                shown=False).huishouden.plaats
    except TafelError:
        return ""
