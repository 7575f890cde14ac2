"""The plan's list of sections on the left, with how each stands.

Each section is named with its icon; one where something was written is bold; the afspraken
say how many there are and how many are overdue; the signatures how many of the expected
ones are in. A part of the plan that was not shared with this vault says so, greyed, so
nobody goes looking for an empty part to fill in.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from tafel.ui.icons import MUTED, icon
from tafel.ui.plan.editor_afspraken import AfsprakenSection
from tafel.ui.plan.editor_base import PlanSection
from tafel.ui.plan.editor_signatures import SignaturesSection
from tafel.views.plans import PlanVersieView, PlanView, signing_state

NAV_WIDTH = 230
NAV_PADDING = 24  # the QSS padding of a navigation item, left plus right (style.py)


class PlanNav(QListWidget):
    """The sections, in order; :meth:`mark` shows how each stands in a version."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("steps")
        self.setFixedWidth(NAV_WIDTH)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def mark(self, sections: Sequence[PlanSection], view: PlanView, shown: PlanVersieView,
             today: date) -> None:
        """Every section's title, icon and weight for ``shown``."""
        content = shown.content
        for index, section in enumerate(sections):
            item = self.item(index)
            title = section.title_text
            glyph = section.icon_name
            if not section.holds(shown):
                title += "\n" + self.tr("not shared")
                glyph = "not-shared"
            elif isinstance(section, AfsprakenSection) and content.afspraken:
                title += f" · {len(content.afspraken)}"
                late = section.overdue_count(content)
                if late:
                    glyph = "overdue"
                    title += "\n" + self.tr("%n overdue", "", late)
            elif isinstance(section, SignaturesSection):
                signers = view.expected_signers(content, today)
                state = signing_state(signers, shown.signatures)
                done = sum(1 for _p, s in state if s is not None)
                title += f" · {done}/{len(state)}"
            item.setText(title)
            item.setIcon(icon(glyph))
            item.setData(Qt.ItemDataRole.ForegroundRole,
                         None if section.holds(shown) else QBrush(QColor(MUTED)))
            font = item.font()
            font.setBold(section.is_filled(content))
            item.setFont(font)
            self._fit(item)

    def _fit(self, item: QListWidgetItem) -> None:
        """Room for every line of a title: Qt leaves the QSS padding out when it wraps."""
        self.ensurePolished()
        font = QFont(self.font())  # the QSS font size of the list
        font.setBold(item.font().bold())
        item.setFont(font)
        metrics = QFontMetrics(font)
        room = NAV_WIDTH - NAV_PADDING - self.iconSize().width() - 44
        text = metrics.boundingRect(0, 0, room, 1000, Qt.TextFlag.TextWordWrap, item.text())
        height = max(text.height(), self.iconSize().height()) + NAV_PADDING - 4
        item.setSizeHint(QSize(NAV_WIDTH - 4, height))

