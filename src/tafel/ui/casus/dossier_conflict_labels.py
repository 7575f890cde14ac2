"""Words for the people's details filled in apart: about whom, which detail, each value.

The registers are named ``persoon/<id>/telefoon`` and hold values as the tables do. A
person chooses between values they can read, so a point is titled by whom it is about
("Noor Bakker — telefoonnummer", "Woonbron (Kees Jansen) — rol", "Huishouden — adres"),
a date reads 30-11-2026, a yes or no as ja or nee, a role in Dutch, and a BSN only masked
(the view never holds more). For "Something else…" :func:`editor_for` gives a field of the
detail's kind and :func:`value_of` reads it back, or raises ``ValueError`` with one Dutch
sentence.
"""

from __future__ import annotations

import uuid
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from tafel.domain.dates import short_date
from tafel.domain.dossier_velden import FIELDS, Soort
from tafel.domain.enums import NetwerkSoort, Rol
from tafel.ui.casus.date_line import DateLine
from tafel.ui.i18n import fill
from tafel.ui.labels import network_kind_label, role_label
from tafel.ui.widgets.conflict_choice import filled_in_by, when_text
from tafel.views.casussen import CasusOverview
from tafel.views.dossier import DossierConflictView, DossierWaardeView

translate = QCoreApplication.translate


def _field_labels(young: str) -> dict[str, dict[str, str]]:
    """Each detail in small letters, as it follows the name in a title."""
    return {
        "huishouden": {
            "naam": translate("DossierConflictLabels", "name"),
            "adres": translate("DossierConflictLabels", "address"),
            "plaats": translate("DossierConflictLabels", "place"),
        },
        "persoon": {
            "rol": translate("DossierConflictLabels", "role"),
            "voornaam": translate("DossierConflictLabels", "first name"),
            "achternaam": translate("DossierConflictLabels", "surname"),
            "geboortedatum": translate("DossierConflictLabels", "date of birth"),
            "bsn": translate("DossierConflictLabels", "BSN"),
            "telefoon": translate("DossierConflictLabels", "phone number"),
            "email": translate("DossierConflictLabels", "e-mail address"),
            "gezag": translate("DossierConflictLabels", "parental authority"),
            "einddatum": translate("DossierConflictLabels", "end date"),
        },
        "betrokkene": {
            "soort": translate("DossierConflictLabels", "own network or professional"),
            "naam": translate("DossierConflictLabels", "name"),
            "rol": translate("DossierConflictLabels", "role"),
            "organisatie": translate("DossierConflictLabels", "organisation"),
            "telefoon": translate("DossierConflictLabels", "phone number"),
            "email": translate("DossierConflictLabels", "e-mail address"),
            "uren_per_week": translate("DossierConflictLabels", "hours a week"),
            "betaald_door": translate("DossierConflictLabels", "paid by"),
            "einddatum": translate("DossierConflictLabels", "end date"),
            "altijd_er_voor_mij": fill(translate("DossierConflictLabels", "always there for %1"),
                                       young),
            "startdatum": translate("DossierConflictLabels", "start date"),
        },
    }


class DossierWords:
    """Turns one case's people conflicts into words: titles, values, writers, moments."""

    def __init__(self, overview: CasusOverview, today: date) -> None:
        self.overview = overview
        self.today = today
        self._labels = _field_labels(overview.jongere.voornaam)

    def title(self, point: DossierConflictView) -> str:
        """"Noor Bakker — telefoonnummer": about whom, then which detail."""
        detail = self._labels.get(point.kind, {}).get(point.name, point.name)
        return f"{self.record_name(point.kind, point.record_id)} — {detail}"

    def record_name(self, kind: str, record_id: uuid.UUID) -> str:
        """The household, a member by name, or a network entry as "Organisation (Name)"."""
        o = self.overview
        if kind == "huishouden":
            return translate("DossierConflictLabels", "Household")
        if kind == "persoon":
            person = next((p for p in o.personen if p.id == record_id), None)
            return person.naam if person is not None else \
                translate("DossierConflictLabels", "Someone in the household")
        member = next((b for b in o.betrokkenen if b.id == record_id), None)
        if member is None:
            return translate("DossierConflictLabels", "Someone in the network")
        return f"{member.organisatie} ({member.naam})" if member.organisatie else member.naam

    def order(self, point: DossierConflictView) -> tuple[int, int, int]:
        """Where a point comes: household, members, network, as the case screen lists them.

        Within one person, the details come in the order the forms ask them.
        """
        o = self.overview
        kinds = ("huishouden", "persoon", "betrokkene")
        if point.kind == "persoon":
            members = sorted(o.personen, key=lambda p: (p.rol is not Rol.JONGERE, p.naam))
            ids = [p.id for p in members]
        else:
            ids = [b.id for b in o.betrokkenen]
        place = ids.index(point.record_id) if point.record_id in ids else len(ids)
        fields = list(FIELDS.get(point.kind, {}))
        field = fields.index(point.name) if point.name in fields else len(fields)
        return kinds.index(point.kind) if point.kind in kinds else 3, place, field

    def value(self, point: DossierConflictView, value: Any) -> str:
        """A value as people read it."""
        soort = point.soort
        if soort is Soort.DATUM:
            return short_date(value if isinstance(value, date) else None,
                              translate("DossierConflictLabels", "no date"))
        if soort is Soort.JA_NEE:
            return translate("DossierConflictLabels", "yes") if value else \
                translate("DossierConflictLabels", "no")
        if soort is Soort.UREN:
            if value is None:
                return translate("DossierConflictLabels", "not filled in")
            return fill(translate("DossierConflictLabels", "%1 h a week"), _number(value))
        if soort is Soort.BSN:  # masked in the view already
            return str(value) if value else translate("DossierConflictLabels", "no BSN")
        if soort is Soort.KEUZE:
            return _choice_label(point.name, value)
        text = str(value or "").strip()
        return text or translate("DossierConflictLabels", "(empty)")

    def by(self, written: list[DossierWaardeView]) -> str:
        """"Ingevuld door Bas de Vries · 30 nov, 14:05" for one or more writes of a value."""
        latest = max(written, key=lambda w: w.op)
        return filled_in_by([w.door or translate("DossierConflictLabels", "someone")
                             for w in written], when_text(latest.op, self.today))


def _number(hours: Any) -> str:
    return f"{float(hours):g}".replace(".", ",")


def _choice_label(name: str, value: Any) -> str:
    try:
        if name == "rol":
            return role_label(Rol(value))
        return network_kind_label(NetwerkSoort(value))
    except ValueError:
        return str(value)


def _choices(point: DossierConflictView) -> list[tuple[str, Any]] | None:
    """The options of a detail chosen from a list; None for one that is typed."""
    if point.soort is Soort.JA_NEE:
        return [(translate("DossierConflictLabels", "yes"), True),
                (translate("DossierConflictLabels", "no"), False)]
    if point.soort is Soort.KEUZE:
        options: type[StrEnum] = Rol if point.name == "rol" else NetwerkSoort
        return [(_choice_label(point.name, o.value), o.value) for o in options]
    return None


def editor_for(point: DossierConflictView, current: Any) -> QWidget:
    """A field for a new value of ``point``, showing ``current`` (never a BSN: it is empty)."""
    choices = _choices(point)
    if choices is not None:
        combo = QComboBox()
        for text, value in choices:
            combo.addItem(text, value)
        shown = current.value if isinstance(current, StrEnum) else current
        combo.setCurrentIndex(max(0, combo.findData(shown)))
        combo.setAccessibleName(translate("DossierConflictLabels", "New choice"))
        return combo
    if point.soort is Soort.DATUM:
        day = DateLine()
        day.set_value(current if isinstance(current, date) else None)
        day.setAccessibleName(translate("DossierConflictLabels", "New date"))
        return day
    line = QLineEdit()
    line.setMinimumWidth(320)
    if point.soort is Soort.BSN:
        line.setPlaceholderText(translate("DossierConflictLabels", "9 digits"))
        line.setMaxLength(11)
        line.setAccessibleName(translate("DossierConflictLabels", "New BSN"))
        return line
    if point.soort is Soort.UREN:
        line.setText(_number(current) if current is not None else "")
        line.setAccessibleName(translate("DossierConflictLabels", "New number of hours"))
        return line
    line.setText(str(current or ""))
    line.setMaxLength(FIELDS[point.kind][point.name].max_length)
    line.setAccessibleName(translate("DossierConflictLabels", "New text"))
    return line


def value_of(point: DossierConflictView, editor: QWidget) -> Any:
    """The value typed or chosen in an editor from :func:`editor_for`."""
    if isinstance(editor, QComboBox):
        return editor.currentData()
    if isinstance(editor, DateLine):
        return editor.value()  # BadInput (a ValueError) with a Dutch sentence
    assert isinstance(editor, QLineEdit)
    text = editor.text().strip()
    if point.soort is Soort.BSN:
        if not text:
            raise ValueError(translate("DossierConflictLabels", "Type the BSN: 9 digits."))
        return text
    if point.soort is Soort.UREN:
        if not text:
            return None
        try:
            return float(text.replace(".", "").replace(",", ".") if "," in text else text)
        except ValueError:
            raise ValueError(translate("DossierConflictLabels",
                                       "Type a number of hours, for example 1,5.")) from None
    return text
