"""The case list as a table model, with search, filters and sorting done in the model.

Filtering a plain Python list and resetting the model is faster than a proxy model that asks
Python for every row, and keeps one keystroke on 10,000 cases far below 50 ms.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from tafel.domain.enums import CasusStatus
from tafel.domain.signals import SignaalSoort

if TYPE_CHECKING:
    from tafel.views.casussen import CasusSummary
from tafel.ui.icons import icon
from tafel.ui.labels import signal_label, status_label

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 2
#: The signal column's labels, most pressing first, for the chips delegate.
SIGNAL_LABELS_ROLE = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    """The list's columns, in order."""

    JONGERE = 0
    LEEFTIJD = 1
    HUISHOUDEN = 2
    STATUS = 3
    SIGNALEN = 4
    REGISSEUR = 5
    REFERENTIE = 6


class StatusFilter:
    """Special status filter values besides a single status."""

    OPEN = "open"
    ALL = "all"


class SignalFilter:
    """Special signal filter values besides a single signal kind."""

    ALL = "all"
    ANY = "any"
    AGE = "age"
    CARE = "care"
    NONE = "none"


_SORT_KEYS: dict[Column, Callable[[CasusSummary], object]] = {
    Column.JONGERE: lambda s: s.jongere.casefold(),
    Column.LEEFTIJD: lambda s: (s.leeftijd is None, s.leeftijd or 0),
    Column.HUISHOUDEN: lambda s: s.huishouden.casefold(),
    Column.STATUS: lambda s: list(CasusStatus).index(s.status),
    Column.SIGNALEN: lambda s: -len(s.signalen),
    Column.REGISSEUR: lambda s: s.casusregisseur.casefold(),
    Column.REFERENTIE: lambda s: s.referentie,
}


class CasusListModel(QAbstractTableModel):
    """Case summaries, filtered by search text, status and signal, and sorted."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._all: list[CasusSummary] = []
        # _all through the status and signal filters, in order: what a search looks in
        self._filtered: list[CasusSummary] = []
        self._rows: list[CasusSummary] = []
        self._search: list[str] = []
        self._status: str = StatusFilter.OPEN
        self._signal: str = SignalFilter.ALL
        self._sort_column = Column.JONGERE
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- data in ------------------------------------------------------------------------

    def set_rows(self, rows: list[CasusSummary]) -> None:
        """Replace every row (after unlocking, or after a change)."""
        self._all = list(rows)
        self._sort_all()
        self._refilter()

    def clear(self) -> None:
        """Forget every row (on lock): no case data stays in memory."""
        self.set_rows([])

    def set_search(self, text: str) -> None:
        """Show rows whose search text holds every word.

        That text (see :func:`tafel.services.read_models.casus_summaries`) has the young
        person, household, place, reference, casusregisseur and the names of the household's
        members and of the network.
        """
        words = text.casefold().split()
        narrower = all(any(old in new for new in words) for old in self._search)
        self._search = words
        # Typing on: every row the longer text finds, the shorter one found too (each old
        # word is part of a new one), so look only in the rows shown now.
        self._refilter(search_only=True, within_shown=narrower and bool(words))

    def set_status_filter(self, value: str) -> None:
        """``StatusFilter.OPEN``, ``StatusFilter.ALL`` or one status value."""
        self._status = value
        self._refilter()

    def set_signal_filter(self, value: str) -> None:
        """A :class:`SignalFilter` value or one signal kind."""
        self._signal = value
        self._refilter()

    # -- Qt model API -------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Visible rows."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Fixed columns."""
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.JONGERE: QCoreApplication.translate("CasusListModel", "Young person"),
            Column.LEEFTIJD: QCoreApplication.translate("CasusListModel", "Age"),
            Column.HUISHOUDEN: QCoreApplication.translate("CasusListModel", "Household"),
            Column.STATUS: QCoreApplication.translate("CasusListModel", "Status"),
            Column.SIGNALEN: QCoreApplication.translate("CasusListModel", "Signals"),
            Column.REGISSEUR: QCoreApplication.translate("CasusListModel", "Casusregisseur"),
            Column.REFERENTIE: QCoreApplication.translate("CasusListModel", "Reference"),
        }[Column(section)]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Text, icons, tooltips and the case id per cell."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == CASE_ID_ROLE:
            return summary.id
        if role == SUMMARY_ROLE:
            return summary
        if role == SIGNAL_LABELS_ROLE:
            return [signal_label(s) for s in summary.signalen]
        is_signal_column = column == Column.SIGNALEN
        if role == Qt.ItemDataRole.DecorationRole and is_signal_column and summary.signalen:
            if SignaalSoort.ACUUT in summary.signalen:
                return icon("signal-acute")
            age_only = all(s.is_age for s in summary.signalen)
            return icon("signal-age" if age_only else "signal-care")
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.SIGNALEN:
            return "\n".join(signal_label(s) for s in summary.signalen) or None
        if role == Qt.ItemDataRole.ForegroundRole and summary.status.is_closed:
            return QBrush(QColor("#6b747b"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.LEEFTIJD:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column; the filters keep that order."""
        self._sort_column = Column(column)
        self._sort_order = order
        self._sort_all()
        self._refilter()

    # -- helpers ------------------------------------------------------------------------

    def case_id_at(self, row: int) -> uuid.UUID | None:
        """The case id of a visible row."""
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, case_id: uuid.UUID) -> int:
        """The visible row of a case, or -1."""
        for row, summary in enumerate(self._rows):
            if summary.id == case_id:
                return row
        return -1

    def first_signal_labels(self) -> set[str]:
        """The label of every case's most pressing signal: what decides the row height."""
        return {signal_label(s.signalen[0]) for s in self._all if s.signalen}

    def total_count(self) -> int:
        """All cases, before filtering."""
        return len(self._all)

    def _display(self, summary: CasusSummary, column: Column) -> str:
        if column == Column.JONGERE:
            return summary.jongere
        if column == Column.LEEFTIJD:
            return "" if summary.leeftijd is None else str(summary.leeftijd)
        if column == Column.HUISHOUDEN:
            return summary.huishouden
        if column == Column.STATUS:
            return status_label(summary.status)
        if column == Column.SIGNALEN:
            if not summary.signalen:
                return ""
            first = signal_label(summary.signalen[0])
            extra = len(summary.signalen) - 1
            return f"{first}  +{extra}" if extra else first
        if column == Column.REGISSEUR:
            return summary.casusregisseur
        return summary.referentie

    def _sort_all(self) -> None:
        key = _SORT_KEYS[self._sort_column]
        reverse = self._sort_order == Qt.SortOrder.DescendingOrder
        self._all.sort(key=key, reverse=reverse)  # type: ignore[arg-type]

    def _matches_status(self, summary: CasusSummary) -> bool:
        if self._status == StatusFilter.ALL:
            return True
        if self._status == StatusFilter.OPEN:
            return not summary.status.is_done  # closed or handed over; waakvlam stays
        return summary.status.value == self._status

    def _matches_signal(self, summary: CasusSummary) -> bool:
        wanted = self._signal
        if wanted == SignalFilter.ALL:
            return True
        if wanted == SignalFilter.NONE:
            return not summary.signalen
        if wanted == SignalFilter.ANY:
            return bool(summary.signalen)
        if wanted == SignalFilter.AGE:
            return any(s.is_age for s in summary.signalen)
        if wanted == SignalFilter.CARE:
            return any(s.is_care for s in summary.signalen)
        return SignaalSoort(wanted) in summary.signalen

    def _refilter(self, search_only: bool = False, within_shown: bool = False) -> None:
        """Show the rows that pass every filter, in the sorted order.

        The status and signal filters change by a click, the search by each key: so the
        rows through the first two are kept, and a keystroke only tests words in text.
        """
        if not search_only:
            self._filtered = [s for s in self._all
                              if self._matches_status(s) and self._matches_signal(s)]
        words = self._search
        source = self._rows if within_shown else self._filtered
        if not words:
            rows = list(source)
        elif len(words) == 1:
            word = words[0]
            rows = [s for s in source if word in s.search_text]
        else:
            rows = [s for s in source if all(w in s.search_text for w in words)]
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
