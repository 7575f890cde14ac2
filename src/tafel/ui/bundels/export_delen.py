"""The parts of the export screen: choosing parties, and per party what goes and why.

The household's consent decides what leaves the vault, so the screen never only says "3
categories": it names each one that goes with its ground (whose consent, until when, for
what), and each one that stays here. A party whose card was never checked with the
controlecode is shown as such (icon and words, never colour alone); choosing it asks first,
because whoever holds that card's key can read the bundle.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from tafel.domain.enums import Gegevenscategorie
from tafel.services.bundel_toestemming import REIZEN, Grond, OntvangerInhoud
from tafel.ui.bundels.teksten import blijft_tekst, grond_tekst, niet_voor_allen_tekst
from tafel.ui.icons import icon
from tafel.ui.labels import category_label
from tafel.ui.partijen.staat import StaatLabel
from tafel.ui.style import set_role
from tafel.ui.widgets.record_list import clear_grid, muted_note, separator
from tafel.views.partijen import PartijView


def plain(text: str) -> str:
    """``text`` for a button or check box, where a lone "&" would become a mnemonic."""
    return text.replace("&", "&&")


def partij_naam(partij: PartijView) -> str:
    """``Sanne de Wit – Jeugdhulp Twente``."""
    return " – ".join(p for p in (partij.naam, partij.organisatie) if p)


class PartijKeuze(QWidget):
    """The known parties as check boxes, those in this case's network first.

    ``confirm(partij)`` is asked before an unverified party is ticked; ``changed`` fires with
    every tick that stands.
    """

    changed = Signal()

    def __init__(self, parties: Iterable[PartijView], in_netwerk: set[uuid.UUID],
                 confirm: Callable[[PartijView], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._confirm = confirm
        self.boxes: dict[uuid.UUID, QCheckBox] = {}
        self.parties = {p.id: p for p in parties}
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 8, 0)
        column.setSpacing(6)
        linked = [p for p in self.parties.values() if p.id in in_netwerk]
        others = [p for p in self.parties.values() if p.id not in in_netwerk]
        if not self.parties:
            column.addWidget(muted_note(self.tr(
                "You do not know any parties yet. Add the card of someone you work with "
                "under Vault > Parties; then you can make a bundle for them.")))
        if self.parties and not linked:
            column.addWidget(muted_note(self.tr(
                "Nobody in this case's network is linked to one of these parties yet. You link "
                "someone when you edit them in the network.")))
        for heading, group in ((self.tr("In the network of this case"), linked),
                               (self.tr("Other known parties"), others)):
            if not group:
                continue
            title = QLabel(heading)
            set_role(title, "fieldcaption")
            column.addWidget(title)
            for partij in group:
                column.addWidget(self._row(partij))
        column.addStretch(1)

    def _row(self, partij: PartijView) -> QWidget:
        row = QWidget()
        box_layout = QVBoxLayout(row)
        box_layout.setContentsMargins(0, 0, 0, 4)
        box_layout.setSpacing(2)
        box = QCheckBox(plain(partij_naam(partij)))
        box.toggled.connect(lambda on, p=partij: self._toggled(p, on))
        state = StaatLabel(partij)
        state.setContentsMargins(26, 0, 0, 0)
        box.setAccessibleDescription(state.text())
        box_layout.addWidget(box)
        box_layout.addWidget(state)
        self.boxes[partij.id] = box
        return row

    def _toggled(self, partij: PartijView, on: bool) -> None:
        if on and not partij.geverifieerd and not self._confirm(partij):
            box = self.boxes[partij.id]
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
            return
        self.changed.emit()

    def chosen(self) -> list[uuid.UUID]:
        """The ticked parties, in the order shown."""
        return [pid for pid, box in self.boxes.items() if box.isChecked()]


class OntvangerOverzicht(QWidget):
    """Per chosen party: what goes (with its ground) and what stays here."""

    def __init__(self, gegeven_door: dict[uuid.UUID, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._gegeven_door = gegeven_door
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 4, 8, 0)
        self._column.setSpacing(6)
        self.lines: list[str] = []  # what is shown, as text (for tests and screen readers)

    def show_recipients(self, ontvangers: Iterable[OntvangerInhoud],
                        niet_voor_allen: set[Gegevenscategorie],
                        namen: dict[str, str] | None = None) -> None:
        """One block per recipient: what goes (one line per ground), what stays, and why.

        ``niet_voor_allen``: what this party may have but another chosen party may not, so
        it stays here all the same. ``namen``: the heading per vault id (name – organisation).
        """
        clear_grid(self._column)  # type: ignore[arg-type]
        self.lines = []
        for index, ontvanger in enumerate(ontvangers):
            if index:
                self._column.addWidget(separator())
            heading = (namen or {}).get(ontvanger.kluis_id, ontvanger.naam)
            name = QLabel(heading)
            name.setStyleSheet("font-weight: 600; font-size: 12pt; color: #14393d;")
            self._column.addWidget(name)
            self.lines.append(heading)
            groups: dict[tuple[object, bool], list[Grond]] = {}
            for grond in ontvanger.gaat_mee:
                if grond.categorie not in niet_voor_allen:
                    groups.setdefault((grond.toestemming_id, grond.teruggestuurd),
                                      []).append(grond)
            for group in groups.values():
                first = group[0]
                door = self._gegeven_door.get(first.toestemming_id, "") \
                    if first.toestemming_id else ""
                self._line("step-done", grond_tekst(first, door, [g.categorie for g in group]))
            others = [g.categorie for g in ontvanger.gaat_mee if g.categorie in niet_voor_allen]
            if others:
                self._line("outdated", niet_voor_allen_tekst(others))
            if ontvanger.blijft_hier:
                self._line("remove", blijft_tekst(ontvanger.blijft_hier), muted=True)
        if not self.lines:
            self._column.addWidget(muted_note(self.tr(
                "Choose on the left who the bundle is for. Here you then see per party what "
                "goes and what stays here, and why.")))
        self._column.addStretch(1)

    def _line(self, glyph_name: str, text: str, muted: bool = False) -> None:
        line = QWidget()
        row = QHBoxLayout(line)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        glyph = QLabel()
        glyph.setPixmap(icon(glyph_name).pixmap(QSize(18, 18)))
        glyph.setFixedSize(QSize(18, 20))
        glyph.setAlignment(Qt.AlignmentFlag.AlignTop)
        label = QLabel(text)
        label.setWordWrap(True)
        if muted:
            set_role(label, "muted")
        row.addWidget(glyph, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(label, 1)
        self._column.addWidget(line)
        self.lines.append(text)

    def text(self) -> str:
        """Everything shown, one line each."""
        return "\n".join(self.lines)


class CategorieKeuze(QWidget):
    """For a passphrase: which categories go (the service checks each against consent)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 0, 0)
        column.setSpacing(6)
        self.boxes: dict[Gegevenscategorie, QCheckBox] = {}
        for categorie in REIZEN:
            box = QCheckBox(plain(category_label(categorie)))
            box.toggled.connect(self.changed)
            column.addWidget(box)
            self.boxes[categorie] = box
        column.addStretch(1)

    def chosen(self) -> list[Gegevenscategorie]:
        """The ticked categories, in the screen's order."""
        return [c for c, box in self.boxes.items() if box.isChecked()]
