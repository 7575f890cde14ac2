"""A field to fill in something else, when neither value written apart is right.

Two people chose 1 and 20 December; perhaps the 15th is what they agree on now. The field
matches the kind of value, as in the plan editor: a date field for a deadline or the
evaluation date, 1 to 5 for a target score, a list for a status, owner or pillar, a line for
a text, the Dutch way of typing an amount. :func:`editor_for` makes it, filled with the value
the plan shows now; :func:`value_of` reads it back as the register's value, or raises
``ValueError`` with one Dutch sentence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from tafel.domain.enums import Pijler
from tafel.domain.plan_content import (
    AfspraakStatus,
    DoorbraakSoort,
    KostenRoute,
    format_number,
    parse_date,
)
from tafel.domain.plan_edits import MAX_SHORT
from tafel.ui.plan.editor_fields import DateField, amount_text, parse_amount, parse_cents
from tafel.ui.plan.plan_labels import (
    afspraak_status_label,
    doorbraak_kind_label,
    person_choice_label,
    pillar_label,
    route_label,
)
from tafel.views.plans import PlanCasus

translate = QCoreApplication.translate

_TEXT_FIELDS = ("actie", "eigenaar_naam", "omschrijving", "eenheid", "periode_eenheid")
_AMOUNT_FIELDS = ("tarief_cent", "aantal", "periode")
_NONE = "__none__"  # a list's "no value" (None cannot be a combo's data)


def editor_for(field: str, current: Any, case: PlanCasus, today: date) -> QWidget | None:
    """A field for a new value of ``field``, showing ``current``; None: nothing to type."""
    kind, _, rest = field.partition("/")
    name = rest.rsplit("/", 1)[-1]
    if kind == "doel":
        spin = QSpinBox()
        spin.setRange(1, 5)
        # (the plan's map keeps numbers as floats: 4.0)
        whole = isinstance(current, (int, float)) and not isinstance(current, bool)
        spin.setValue(int(current) if whole else 3)
        spin.setAccessibleName(translate("ConflictEditors", "New target score, 1 to 5"))
        return spin
    if name in ("deadline", "evaluatie_datum"):
        when = DateField()
        when.set_value(parse_date(current))
        when.setAccessibleName(translate("ConflictEditors", "New date"))
        return when
    if name in _TEXT_FIELDS:
        line = QLineEdit(str(current or ""))
        line.setMaxLength(MAX_SHORT)
        line.setMinimumWidth(360)
        line.setAccessibleName(translate("ConflictEditors", "New text"))
        return line
    if name in _AMOUNT_FIELDS:
        shown = amount_text(int(current or 0)) if name == "tarief_cent" else \
            format_number(float(current or 0))
        amount = QLineEdit(shown)
        amount.setAccessibleName(translate("ConflictEditors", "New amount"))
        return amount
    choices = _choices(kind, name, case, today)
    if choices is None:
        return None
    combo = QComboBox()
    for text, value in choices:
        combo.addItem(text, _NONE if value is None else value)
    index = combo.findData(_NONE if current is None else current)
    combo.setCurrentIndex(max(0, index))
    combo.setAccessibleName(translate("ConflictEditors", "New choice"))
    return combo


def value_of(field: str, editor: QWidget) -> Any:
    """The value typed or chosen in an editor from :func:`editor_for`."""
    name = field.rsplit("/", 1)[-1]
    if isinstance(editor, QSpinBox):
        return editor.value()
    if isinstance(editor, DateField):
        return editor.value()
    if isinstance(editor, QComboBox):
        data = editor.currentData()
        return None if data == _NONE else data
    if isinstance(editor, QLineEdit):
        text = editor.text()
        if name == "tarief_cent":
            cents = parse_cents(text)
            if cents is None:
                raise ValueError(translate("ConflictEditors",
                                           "Type an amount, for example 1.700,00."))
            return cents
        if name in _AMOUNT_FIELDS:
            amount = parse_amount(text)
            if amount is None:
                raise ValueError(translate("ConflictEditors", "Type a number, for example 1,5."))
            return amount
        return " ".join(text.split())
    raise ValueError(translate("ConflictEditors", "This cannot be filled in here."))


def _choices(kind: str, name: str, case: PlanCasus,
             today: date) -> list[tuple[str, Any]] | None:
    """The options of a field chosen from a list; None for a field without one."""
    if name == "status":
        return [(afspraak_status_label(s), s.value) for s in AfspraakStatus]
    if name == "pijler":
        return [(translate("ConflictEditors", "(no pillar)"), None)] + \
            [(pillar_label(p), p.value) for p in Pijler]
    if name == "eigenaar":
        return [(person_choice_label(p), p.sleutel) for p in case.owners_on(today)]
    if name == "route":
        return [(route_label(r), r.value) for r in KostenRoute]
    if kind == "meta" and name == "doorbraak_soort":
        return [(doorbraak_kind_label(k), k.value) for k in DoorbraakSoort] + \
            [(translate("ConflictEditors", "Not chosen yet"), None)]
    if kind == "meta" and name == "uitzondering_nodig":
        return [(translate("ConflictEditors", "Yes"), True),
                (translate("ConflictEditors", "No"), False),
                (translate("ConflictEditors", "Not known yet"), None)]
    return None
