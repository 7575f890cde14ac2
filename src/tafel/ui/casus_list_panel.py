"""The case list: search as you type, filter by status and signal, sort by any column."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tafel.domain.enums import CasusStatus
from tafel.domain.signals import SignaalSoort
from tafel.ui.i18n import fill
from tafel.ui.icons import icon
from tafel.ui.labels import signal_label, status_label
from tafel.ui.models.casus_list_model import (
    SIGNAL_LABELS_ROLE,
    CasusListModel,
    Column,
    SignalFilter,
    StatusFilter,
)
from tafel.ui.style import set_role
from tafel.ui.widgets.flow_layout import FlowLayout
from tafel.ui.widgets.signal_chips import SignalChipsDelegate, row_height
from tafel.ui.zoom import scale_columns_with_font


class CasusListPanel(QWidget):
    """Search field, two filters, the table and a count; emits the chosen case."""

    case_selected = Signal(object)  # uuid.UUID

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CasusListModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 6, 12)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            self.tr("Search by name, place, household, network or reference"))
        self.search_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.model.set_search)
        layout.addWidget(self.search_edit)

        # Side by side, each half the list; one above the other where the list is narrow
        # (960x540 at 200%: the overview beside it keeps its room, the filters their words).
        filters = FlowLayout()
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Filter by phase"))
        self.status_filter.addItem(self.tr("All open cases"), StatusFilter.OPEN)
        self.status_filter.addItem(self.tr("All cases"), StatusFilter.ALL)
        for status in CasusStatus:
            self.status_filter.addItem(status_label(status), status.value)
        self.status_filter.currentIndexChanged.connect(
            lambda i: self.model.set_status_filter(self.status_filter.itemData(i))
        )
        self.signal_filter = QComboBox()
        self.signal_filter.setAccessibleName(self.tr("Filter by signal"))
        self.signal_filter.addItem(self.tr("With or without signal"), SignalFilter.ALL)
        self.signal_filter.addItem(self.tr("With a signal"), SignalFilter.ANY)
        self.signal_filter.addItem(self.tr("Age milestone"), SignalFilter.AGE)
        self.signal_filter.addItem(self.tr("Care ends or waits"), SignalFilter.CARE)
        self.signal_filter.addItem(self.tr("Without signal"), SignalFilter.NONE)
        for kind in SignaalSoort:
            self.signal_filter.addItem(signal_label(kind), kind.value)
        self.signal_filter.currentIndexChanged.connect(
            lambda i: self.model.set_signal_filter(self.signal_filter.itemData(i))
        )
        for box in (self.status_filter, self.signal_filter):  # the longest signal does not
            box.setSizeAdjustPolicy(  # set the list's width (at 150% it pushed the overview)
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(12)
            box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            filters.addWidget(box)
        layout.addLayout(filters)

        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; the arrows walk it
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.JONGERE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(34)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((Column.JONGERE, 165), (Column.LEEFTIJD, 84),
                              (Column.HUISHOUDEN, 120), (Column.STATUS, 100),
                              (Column.SIGNALEN, 200), (Column.REGISSEUR, 150),
                              (Column.REFERENTIE, 110)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(Column.SIGNALEN, QHeaderView.ResizeMode.Stretch)
        # On a 1366-pixel laptop the list shows what a consulent scans for, and room for whole
        # signal chips; the household (mostly the surname), the lead and the reference are one
        # right-click on the header away (always in the overview, and the search finds them).
        for column in (Column.HUISHOUDEN, Column.REGISSEUR, Column.REFERENTIE):
            self.table.setColumnHidden(column, True)
        scale_columns_with_font(self.table)  # the widths above are for 11 pt (ui/zoom.py)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._update_count)
        # Signals are chips drawn whole; rows grow so the most pressing one is never cut off.
        self.table.setItemDelegateForColumn(
            Column.SIGNALEN, SignalChipsDelegate(SIGNAL_LABELS_ROLE, self.table))
        self.model.modelReset.connect(self._fit_rows)
        header.sectionResized.connect(
            lambda column, _old, _new: self._fit_rows() if column == Column.SIGNALEN else None)
        layout.addWidget(self.table, 1)

        self.count_label = QLabel()
        set_role(self.count_label, "muted")
        layout.addWidget(self.count_label)

    def select_case(self, case_id: uuid.UUID) -> bool:
        """Make ``case_id`` the current row; False when the filters hide it."""
        row = self.model.row_of(case_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def _current_changed(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        case_id = self.model.case_id_at(current.row()) if current.isValid() else None
        if case_id is not None:
            self.case_selected.emit(case_id)

    def _column_menu(self, position) -> None:  # type: ignore[no-untyped-def]
        """Let the user choose which columns to show (the young person's always stays)."""
        menu = QMenu(self)
        for column in Column:
            if column is Column.JONGERE:
                continue
            action = menu.addAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.toggled.connect(
                lambda shown, c=column: self.table.setColumnHidden(c, not shown)
            )
        menu.exec(self.table.horizontalHeader().mapToGlobal(position))

    def _fit_rows(self) -> None:
        """One row height for all rows: enough for the tallest first chip at this width."""
        height = row_height(self.model.first_signal_labels(),
                            self.table.columnWidth(Column.SIGNALEN),
                            QFontMetrics(self.table.font()))
        if self.table.verticalHeader().defaultSectionSize() != height:
            self.table.verticalHeader().setDefaultSectionSize(height)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        self.count_label.setText(
            fill(self.tr("%1 of %2 cases shown"), str(shown), str(total))
        )
