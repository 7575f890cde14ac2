"""The case's conversations: start or continue one, the Big 5 picture, and the history.

The picture is built by Qt-free code (:mod:`tafel.render.big5_picture`), so the printed plan
can show exactly the same one.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from tafel.domain.enums import GesprekSoort, Pijler
from tafel.render.big5_picture import (
    ChartLabels,
    big5_picture,
    big5_points,
    domain_series,
    timeline_picture,
)
from tafel.services.instruments import SkippedFile
from tafel.ui.casus.formatting import fmt_date
from tafel.ui.i18n import fill
from tafel.ui.icons import icon
from tafel.ui.labels import place_label
from tafel.ui.style import set_role
from tafel.ui.widgets.flow_layout import FlowLayout
from tafel.ui.widgets.instrument_notice import InstrumentNotice
from tafel.ui.widgets.picture_view import PictureView
from tafel.ui.widgets.record_list import Record, RecordList
from tafel.ui.widgets.section import Section
from tafel.views.gesprekken import GesprekView, LopendGesprekView


class GesprekkenSection(Section):
    """Buttons to talk, the picture of progress, and every finished conversation."""

    conversation_requested = Signal()
    quick_scan_requested = Signal()
    verslag_requested = Signal(object)  # the newest keukentafelgesprek's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("chart", self.tr("Big 5 and conversations"), parent)
        self.talk_button = QPushButton(icon("intake"), self.tr("&Keukentafelgesprek"))
        self.talk_button.clicked.connect(self.conversation_requested)
        self.quick_button = QPushButton(icon("quick-scan"), self.tr("&Quick scan"))
        self.quick_button.setToolTip(self.tr("Five pillars, one score each: two minutes, "
                                             "at any contact"))
        self.quick_button.clicked.connect(self.quick_scan_requested)
        self.verslag_button = QPushButton(icon("print"), self.tr("Print the &gespreksverslag…"))
        self.verslag_button.setToolTip(self.tr("The report of the last keukentafelgesprek, "
                                               "to print for the household"))
        self.verslag_button.clicked.connect(
            lambda: self.verslag_requested.emit(self._newest) if self._newest else None)
        self._newest: uuid.UUID | None = None
        self.timeline_button = QPushButton(icon("timeline"), self.tr("&Timeline per domain"))
        self.timeline_button.setCheckable(True)
        # a row that wraps: "Verder met het gesprek" made it wider than the pane at 1366x768
        buttons_box = QWidget()
        buttons = FlowLayout(buttons_box)
        buttons.addWidget(self.talk_button)
        buttons.addWidget(self.quick_button)
        buttons.addWidget(self.timeline_button)
        self.body.addWidget(buttons_box)
        self.instrument_notice = InstrumentNotice()
        self.body.addWidget(self.instrument_notice)
        self.lopend_label = QLabel()
        self.lopend_label.setWordWrap(True)
        set_role(self.lopend_label, "muted")
        self.body.addWidget(self.lopend_label)
        self.picture = PictureView()
        self.body.addWidget(self.picture)
        self.timeline = PictureView()
        self.timeline.hide()
        self.timeline_button.toggled.connect(self.timeline.setVisible)
        self.body.addWidget(self.timeline)
        self.history = RecordList()
        self.body.addWidget(self.history)
        under = QHBoxLayout()  # under the history: the row of buttons above is full
        under.addStretch(1)
        under.addWidget(self.verslag_button)
        self.body.addLayout(under)

    def show_history(self, history: list[GesprekView], lopend: LopendGesprekView | None,
                     young_name: str, targets: Mapping[Pijler, float] | None = None) -> None:
        """Show the conversations of one case and the draft in progress, if any.

        ``targets`` are the toekomstplan's target scores per pillar, drawn as "Doel" marks.
        """
        if lopend is not None:
            self.talk_button.setText(self.tr("&Continue the conversation"))
            self.talk_button.setIcon(icon("continue"))
            self.lopend_label.setText(
                fill(self.tr("A keukentafelgesprek is in progress (saved %1); it continues "
                             "where it stopped."), fmt_date(lopend.saved_at.date()))
            )
        else:
            self.talk_button.setText(self.tr("&Keukentafelgesprek"))
            self.talk_button.setIcon(icon("intake"))
            self.lopend_label.setText("")
        self.lopend_label.setVisible(lopend is not None)
        labels = ChartLabels(
            professional=self.tr("Professional"), young=young_name,
            first=self.tr("First conversation"), target=self.tr("Target"),
            no_score=self.tr("no score"),
        )
        self.picture.set_picture(big5_picture(big5_points(history, targets), labels))
        self.picture.setVisible(bool(history))
        self.timeline.set_picture(timeline_picture(domain_series(history), labels))
        talks = [a for a in history if a.soort is GesprekSoort.KEUKENTAFELGESPREK]
        self.timeline_button.setEnabled(bool(talks))
        self._newest = talks[-1].id if talks else None
        self.verslag_button.setEnabled(self._newest is not None)
        records = []
        for item in reversed(history):
            kind = (self.tr("Keukentafelgesprek") if item.soort is GesprekSoort.KEUKENTAFELGESPREK
                    else self.tr("Quick scan"))
            mark = (fill(self.tr("rapportcijfer %1"), str(item.rapportcijfer))
                    if item.rapportcijfer is not None else "")
            records.append(Record(
                f"{fmt_date(item.datum)} · {kind}",
                " · ".join(x for x in (place_label(item.plaats), item.afgenomen_door) if x),
                [mark, item.samenvatting[:160] + ("…" if len(item.samenvatting) > 160 else "")],
            ))
        self.history.set_records(records, self.tr("No conversation yet. Start with a "
                                                  "keukentafelgesprek or a quick scan."))

    def show_instrument_notice(self, skipped: Sequence[SkippedFile]) -> None:
        """Name the instrument files left out (none: no notice)."""
        self.instrument_notice.show_skipped(skipped)

    def clear(self) -> None:
        """Forget the shown case (on lock)."""
        self.instrument_notice.show_skipped([])
        self._newest = None
        self.history.set_records([])
        self.picture.set_picture(big5_picture([]))
        self.timeline.set_picture(timeline_picture([]))

    @staticmethod
    def case_id_of(history: list[GesprekView]) -> uuid.UUID | None:
        """The case the history belongs to (for tests)."""
        return history[0].casus_id if history else None
