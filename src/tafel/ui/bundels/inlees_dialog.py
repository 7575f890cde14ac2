"""Read a bundle in: its passphrase if it has one, a preview, then what happened.

The preview comes from :meth:`BundelService.voorbeeld`, the same import rolled back, so what
it shows is exactly what "Read in" will do, and nothing is written before that click. Who
sent it comes first: a party this vault does not know, or whose card was never checked with
the controlecode, needs an explicit tick ("I am sure this bundle comes from ..."), because
anyone can write a bundle and sign it with a key of their own.

A bundle that builds on one that has not arrived says so in words and is kept; it reads in
by itself later. Any refusal (damaged, changed, not for this vault, too new, a forged
sender) is one Dutch sentence, and the vault stays as it was.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tafel.errors import BundelSleutelFout, BundelWachtwoordzinNodig, TafelError
from tafel.services.bundel_in import Afzender, Uitkomst
from tafel.services.changes import Origin
from tafel.ui.bundels.export_delen import plain
from tafel.ui.bundels.teksten import (
    categorieen_tekst,
    conflict_tekst,
    conflicten_kop,
    daarna_tekst,
    veranderingen,
    wacht_tekst,
)
from tafel.ui.controller import AppController
from tafel.ui.i18n import fill
from tafel.ui.icons import VERIFIED, WARNING, icon
from tafel.ui.style import set_role
from tafel.ui.widgets.scroll_page import white_scroll

#: More than a bundle may be (the format's limit is 32 MiB): read no further than this.
MAX_FILE_BYTES = 32 * 1024 * 1024 + 1

WIDTH = 760
MAX_HEIGHT = 660
MAX_BODY = 400

#: The most conflicts named one by one; the rest is a count.
MAX_CONFLICTS_SHOWN = 6

_NOTICE = ("background: #fff2df; color: #7a4100; border: 1px solid #f0c48a; "
           "border-radius: 8px; padding: 10px 12px;")
_CALM = ("background: #e3f1f2; color: #14393d; border-radius: 8px; padding: 10px 12px;")


class BundelInleesDialog(QDialog):
    """One bundle file, from passphrase to preview to what happened."""

    #: "Open the case" was chosen: the case's id.
    open_case_requested = Signal(object)
    #: A refusal after the dialog opened (a passphrase bundle that turns out damaged).
    failed = Signal(str)

    def __init__(self, controller: AppController, data: bytes, file_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._data = data
        self.origin = Origin.screen("bundel")
        self.wachtwoordzin: str | None = None
        self.uitkomst: Uitkomst | None = None
        self.ingelezen: Uitkomst | None = None
        self.setWindowTitle(fill(self.tr("Read bundle – %1"), file_name))
        self.resize(self.sizeHint())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages)
        self.pages.addWidget(self._passphrase_page())
        self.pages.addWidget(self._outcome_page())

    # -- the passphrase -------------------------------------------------------------------

    def _passphrase_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        head = self._heading("key", self.tr("This bundle has a passphrase"))
        column.addLayout(head)
        about = QLabel(self.tr(
            "It was made for someone without tafel keys. Type the passphrase you got from the "
            "sender (by phone or in person, not in the same e-mail)."))
        about.setWordWrap(True)
        column.addWidget(about)
        form = QFormLayout()
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        label = QLabel(self.tr("Pass&phrase"))
        label.setBuddy(self.passphrase_edit)
        form.addRow(label, self.passphrase_edit)
        column.addLayout(form)
        self.passphrase_error = QLabel()
        self.passphrase_error.setWordWrap(True)
        set_role(self.passphrase_error, "error")
        self.passphrase_error.hide()
        column.addWidget(self.passphrase_error)
        column.addStretch(1)
        self.unlock_button = QPushButton(self.tr("&Open"))
        set_role(self.unlock_button, "primary")
        self.unlock_button.clicked.connect(self.try_passphrase)
        buttons, self.passphrase_cancel = self._buttons(self.unlock_button)
        self.unlock_button.setDefault(True)
        column.addLayout(buttons)
        return page

    def try_passphrase(self) -> None:
        """Open the bundle with the passphrase typed; a wrong one is said under the field."""
        self.wachtwoordzin = self.passphrase_edit.text()
        try:
            self.preview()
        except BundelSleutelFout as wrong:
            self.passphrase_error.setText(wrong.message)
            self.passphrase_error.show()
            self.passphrase_edit.selectAll()
            self.passphrase_edit.setFocus()
        except TafelError as error:
            self.failed.emit(error.message)
            self.reject()

    # -- the preview and the outcome ----------------------------------------------------------

    def _outcome_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        row = QHBoxLayout()
        self.glyph = QLabel()
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600; color: #14393d;")
        row.addWidget(self.glyph, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.title, 1)
        column.addLayout(row)
        self.sender_role = QLabel()
        self.sender_role.setWordWrap(True)
        set_role(self.sender_role, "subtitle")
        self.sender_role.setContentsMargins(42, 0, 0, 0)
        column.addWidget(self.sender_role)
        state = QHBoxLayout()
        state.setSpacing(6)
        self.sender_glyph = QLabel()
        self.sender_glyph.setFixedSize(QSize(18, 18))
        self.sender_state = QLabel()
        self.sender_state.setWordWrap(True)
        state.addWidget(self.sender_glyph)
        state.addWidget(self.sender_state, 1)
        column.addLayout(state)
        self.warning = QFrame()
        self.warning.setObjectName("bundelWarning")
        self.warning.setStyleSheet("QFrame#bundelWarning { background: #fff2df; border: 1px "
                                   "solid #f0c48a; border-radius: 8px; }")
        warning_column = QVBoxLayout(self.warning)
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #7a4100;")
        self.sure_box = QCheckBox()
        self.sure_box.toggled.connect(self._sure_changed)
        warning_column.addWidget(self.warning_label)
        warning_column.addWidget(self.sure_box)
        column.addWidget(self.warning)
        body = QWidget()
        self._form = QFormLayout(body)
        self._form.setContentsMargins(0, 4, 8, 4)
        self._form.setVerticalSpacing(10)
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._body = body
        self._scroll = white_scroll(body)
        column.addWidget(self._scroll, 1)
        self.read_button = QPushButton(self.tr("&Read in"))
        set_role(self.read_button, "primary")
        self.read_button.clicked.connect(self.read_in)
        self.open_button = QPushButton(self.tr("&Open the case"))
        set_role(self.open_button, "primary")
        self.open_button.clicked.connect(self._open_case)
        buttons, self.cancel_button = self._buttons(self.read_button, self.open_button)
        column.addLayout(buttons)
        return page

    def preview(self) -> Uitkomst | None:
        """Run the dry run and show it; None when the passphrase page is shown instead.

        Raises a :class:`TafelError` (one Dutch sentence) when the bundle is refused.
        """
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            uitkomst = self._controller.services.bundels.voorbeeld(
                self._data, wachtwoordzin=self.wachtwoordzin)
        except BundelWachtwoordzinNodig:
            self.pages.setCurrentIndex(0)
            self.resize(WIDTH, 300)
            self.passphrase_edit.setFocus()
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.uitkomst = uitkomst
        self._show_preview(uitkomst)
        return uitkomst

    def _show_preview(self, u: Uitkomst) -> None:
        self.pages.setCurrentIndex(1)
        self._title("bundle-import", fill(self.tr("Bundle %1 from %2"), u.volgnummer,
                                         u.afzender.naam))
        self._sender(u.afzender)
        needs_tick = bool(u.afzender.waarschuwing) and u.status != "al_ingelezen"
        self.warning.setVisible(needs_tick)
        if needs_tick:
            self.warning_label.setText(u.afzender.waarschuwing)
            self.sure_box.setText(fill(self.tr("&I am sure this bundle comes from %1"),
                                       plain(u.afzender.naam)))
        self._clear()
        self._row(self.tr("Case"), self._case_line(u))
        self._row(self.tr("In it"), categorieen_tekst(u.categorieen) or self.tr(
            "only the case's reference"))
        if u.status == "al_ingelezen":
            self._notice(self.tr("This bundle has been read in here before: nothing changes."),
                         calm=True)
        elif u.status == "wacht":
            self._notice(wacht_tekst(u.ontbreekt))
        else:
            self._row(self.tr("What changes"), bullets(veranderingen(u)))
            self._conflicts(u)
        self.read_button.setVisible(u.status != "al_ingelezen")
        self.read_button.setText(self.tr("&Keep it") if u.status == "wacht"
                                 else self.tr("&Read in"))
        self.open_button.setVisible(u.status == "al_ingelezen" and u.casus_id is not None)
        self.cancel_button.setText(self.tr("&Close") if u.status == "al_ingelezen"
                                   else self.tr("Cancel"))
        self._sure_changed()
        self._fit()
        focus = self.sure_box if needs_tick else (
            self.read_button if not self.read_button.isHidden() else self.cancel_button)
        focus.setFocus()

    def _case_line(self, u: Uitkomst) -> str:
        if u.status == "wacht":
            return u.referentie
        if u.nieuwe_casus:
            return fill(self.tr("%1 — new in this vault"), u.referentie)
        return fill(self.tr("%1 — already in this vault; the bundle is merged into it"),
                    u.referentie)

    def _sender(self, afzender: Afzender) -> None:
        if afzender.geverifieerd:
            text, colour = self.tr("Verified party: you compared the controlecode"), VERIFIED
        elif afzender.bekend:
            text, colour = self.tr("Known party, but the card has not been checked with the "
                                   "controlecode"), WARNING
        else:
            text, colour = self.tr("Unknown party: this vault does not have their card"), WARNING
        glyph = "party-verified" if afzender.geverifieerd else "party-unverified"
        self.sender_glyph.setPixmap(icon(glyph).pixmap(QSize(18, 18)))
        self.sender_state.setText(text)
        self.sender_state.setStyleSheet(f"color: {colour}; font-weight: 600;")
        who = ", ".join(p for p in (afzender.rol, afzender.organisatie) if p)
        self.sender_role.setText(who)
        self.sender_role.setVisible(bool(who))

    def _conflicts(self, u: Uitkomst) -> None:
        if not u.conflicten:
            return
        lines = [conflict_tekst(c) for c in u.conflicten[:MAX_CONFLICTS_SHOWN]]
        if len(u.conflicten) > MAX_CONFLICTS_SHOWN:
            lines.append(self.tr("and %n more", "", len(u.conflicten) - MAX_CONFLICTS_SHOWN))
        label = self._row(self.tr("Open points"),
                          conflicten_kop(len(u.conflicten)) + "\n" + bullets(lines))
        label.setStyleSheet("color: #7a4100;")

    def _sure_changed(self) -> None:
        u = self.uitkomst
        blocked = u is not None and bool(u.afzender.waarschuwing) and not self.sure_box.isChecked()
        self.read_button.setEnabled(not blocked)
        self.read_button.setDefault(not self.read_button.isHidden() and not blocked)

    def read_in(self) -> None:
        """Read the bundle in (one transaction), tell every screen, and say what happened."""
        u = self.uitkomst
        if u is None or not self.read_button.isEnabled():
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done = self._controller.services.bundels.lees_in(
                self._data, wachtwoordzin=self.wachtwoordzin,
                onbekende_afzender=bool(u.afzender.waarschuwing) and self.sure_box.isChecked(),
                origin=self.origin)
        except TafelError as error:
            self.failed.emit(error.message)
            self.reject()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._controller.publish(done.changes)
        self.ingelezen = done.uitkomst
        self._show_result(done.uitkomst)

    def _show_result(self, u: Uitkomst) -> None:
        self.warning.hide()
        self._clear()
        if u.status == "wacht":
            self._title("bundle-waiting", self.tr("Kept: this bundle waits"))
            self._notice(wacht_tekst(u.ontbreekt))
        elif u.status == "al_ingelezen":
            self._title("step-done", self.tr("Already read in"))
            self._notice(self.tr("This bundle has been read in here before: nothing changed."),
                         calm=True)
        else:
            self._title("step-done", fill(self.tr("Read in: %1"), u.referentie))
            self._row(self.tr("What changed"), bullets(veranderingen(u)))
            if u.daarna_toegepast:
                self._row(self.tr("Also"), bullets(daarna_tekst(u)))
            self._conflicts(u)
        self.read_button.hide()
        self.open_button.setVisible(u.casus_id is not None and u.status != "wacht")
        self.open_button.setDefault(not self.open_button.isHidden())
        self.cancel_button.setText(self.tr("&Close"))
        self._fit()
        (self.open_button if not self.open_button.isHidden() else self.cancel_button).setFocus()

    def _open_case(self) -> None:
        u = self.ingelezen or self.uitkomst
        if u is not None and u.casus_id is not None:
            self.open_case_requested.emit(u.casus_id)
        self.accept()

    # -- small parts ----------------------------------------------------------------------

    def _heading(self, glyph_name: str, text: str) -> QHBoxLayout:
        row = QHBoxLayout()
        glyph = QLabel()
        glyph.setPixmap(icon(glyph_name).pixmap(QSize(32, 32)))
        title = QLabel(text)
        title.setStyleSheet("font-size: 16pt; font-weight: 600; color: #14393d;")
        row.addWidget(glyph)
        row.addWidget(title, 1)
        return row

    def _title(self, glyph_name: str, text: str) -> None:
        self.glyph.setPixmap(icon(glyph_name).pixmap(QSize(32, 32)))
        self.title.setText(text)

    def _buttons(self, *primary: QPushButton) -> tuple[QHBoxLayout, QPushButton]:
        row = QHBoxLayout()
        row.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        row.addWidget(cancel)
        for button in primary:
            button.setAutoDefault(False)
            row.addWidget(button)
        return row, cancel

    def _clear(self) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)

    def _row(self, caption: str, text: str) -> QLabel:
        head = QLabel(caption)
        set_role(head, "fieldcaption")
        value = QLabel(text)
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._form.addRow(head, value)
        return value

    def _notice(self, text: str, calm: bool = False) -> None:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet(_CALM if calm else _NOTICE)
        self._form.addRow(label)

    def text(self) -> str:
        """What the page shown says, as plain text (for tests)."""
        if self.pages.currentIndex() == 0:
            page = self.pages.currentWidget()
            assert page is not None
            return "\n".join(w.text() for w in page.findChildren(QLabel) if w.text())
        parts = [self.title.text()]
        if not self.sender_role.isHidden():
            parts.append(self.sender_role.text())
        parts.append(self.sender_state.text())
        if not self.warning.isHidden():
            parts += [self.warning_label.text(), _unmnemonic(self.sure_box.text())]
        role = QFormLayout.ItemRole
        for row in range(self._form.rowCount()):
            texts = []
            for which in (role.LabelRole, role.FieldRole, role.SpanningRole):
                item = self._form.itemAt(row, which)
                widget = item.widget() if item is not None else None
                if isinstance(widget, QLabel):
                    texts.append(widget.text())
            parts.append(": ".join(texts))
        return "\n".join(parts)

    def _fit(self) -> None:
        """As tall as what is shown (up to what a 1366x768 screen holds); longer scrolls.

        Summed row by row: a form of word-wrapped labels just filled has no height yet.
        """
        form = self._form
        role = QFormLayout.ItemRole
        items = [form.itemAt(r, role.LabelRole) for r in range(form.rowCount())]
        captions = [item.widget() for item in items if item is not None]
        caption_width = max((c.sizeHint().width() for c in captions if c is not None),
                            default=0)
        full = WIDTH - 40 - 16  # the dialog's and the list's margins
        height = 8
        for r in range(form.rowCount()):
            field = form.itemAt(r, role.FieldRole) or form.itemAt(r, role.SpanningRole)
            widget = field.widget() if field is not None else None
            if widget is None:
                continue
            spanning = form.itemAt(r, role.SpanningRole) is not None
            width = full if spanning else full - caption_width - form.horizontalSpacing() - 8
            height += widget.heightForWidth(width) if widget.hasHeightForWidth() \
                else widget.sizeHint().height()
            height += form.verticalSpacing()
        self._scroll.setMinimumHeight(min(height + 8, MAX_BODY))
        self._resize_to_fit()
        # once the labels just filled have settled (a turn of the event loop), fit again
        QTimer.singleShot(0, self, self._resize_to_fit)

    def _resize_to_fit(self) -> None:
        page = self.pages.currentWidget()
        for layout in (self._form, page.layout() if page else None, self.layout()):
            if layout is not None:
                layout.invalidate()
                layout.activate()
        self.resize(WIDTH, self.sizeHint().height())

    def sizeHint(self) -> QSize:  # Qt override
        """760 wide; the height fits the page shown (see :meth:`_fit`)."""
        return QSize(WIDTH, min(MAX_HEIGHT, super().sizeHint().height()))


def _unmnemonic(text: str) -> str:
    """A button's text as read: "&&" is an "&", a lone "&" marks the mnemonic."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def lees_bestand(path: Path) -> bytes:
    """The bytes of a bundle file; a file that cannot be read is one Dutch sentence."""
    try:
        with path.open("rb") as stream:
            return stream.read(MAX_FILE_BYTES)
    except OSError:
        raise TafelError(fill(QCoreApplication.translate(
            "BundelInleesDialog", "The file %1 cannot be read."), path.name)) from None


def bullets(lines: Iterable[str]) -> str:
    """Lines as a plain list (a QLabel in plain text)."""
    return "\n".join(f"• {line}" for line in lines)


OpenCase = Callable[[uuid.UUID], None]
