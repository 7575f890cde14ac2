"""Kluis > Kengetallen: figures without names about all cases, as charts, and as a CSV file.

The figures are signals for learning, never targets (DOMAIN.md, "Must not": no judging, no
ranking), and the dialog says so above the charts. Rows keep the view's fixed order (the
phases in their order, the Big 5 in theirs); nothing is sorted by size or coloured as good
or bad. A figure the view suppressed is drawn as an empty dashed box with "not shown": the
view never holds its value, so the screen cannot leak it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tafel.domain.dates import short_date
from tafel.errors import TafelError
from tafel.services.changes import Origin
from tafel.ui.controller import AppController
from tafel.ui.i18n import fill
from tafel.ui.icons import ACCENT, icon
from tafel.ui.kengetallen.charts import YOUNG, ChangeBars, CountBars, Staaf, Verandering
from tafel.ui.style import set_role
from tafel.ui.widgets.section import Section
from tafel.ui.window_state import keep_on_screen
from tafel.views.kengetallen import Cel, Kengetallen, Tabel


class KengetallenDialog(QDialog):
    """The four tables as charts, the line about signals, and saving the CSV."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.origin = Origin.screen("kengetallen")
        self.setWindowTitle(self.tr("Kengetallen"))
        self.resize(1240, 720)
        keep_on_screen(self)  # 1920x1080 at 150% has 1280x720
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(10)
        title = QLabel(self.tr("Kengetallen"))
        set_role(title, "title")
        self.date_label = QLabel()
        set_role(self.date_label, "muted")
        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(12)
        head.addWidget(self.date_label, 0, Qt.AlignmentFlag.AlignBottom)
        head.addStretch(1)
        layout.addLayout(head)
        layout.addWidget(self._signal_line())
        self.hidden_words = self.tr("not shown")
        self.fase = CountBars(self.hidden_words)
        self.terug = CountBars(self.hidden_words)
        self.overgang = CountBars(self.hidden_words)
        self.pijlers = ChangeBars(self.hidden_words)
        self.sections: dict[str, Section] = {}
        grid = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # above each other when narrow
        grid.setSpacing(12)
        self._grid = grid
        self._columns: list[QVBoxLayout] = []
        columns: tuple[tuple[tuple[str, str, list[QWidget]], ...], ...] = (
            (("fase", "case", [self.fase]), ("teruggekomen", "reopen", [self.terug])),
            (("verandering", "chart", [self._legend(), self.pijlers]),
             ("overgang_18", "signal-age", [self.overgang])),
        )
        for names in columns:
            column = QVBoxLayout()
            column.setSpacing(12)
            for naam, icon_name, widgets in names:
                column.addWidget(self._section(naam, icon_name, widgets))
            column.addStretch(1)
            grid.addLayout(column, 1)
            self._columns.append(column)
        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self._scroll = scroll
        layout.addWidget(scroll, 1)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        layout.addWidget(self.message_label)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.save_button = QPushButton(self.tr("Save as CSV…"))
        set_role(self.save_button, "primary")
        self.save_button.clicked.connect(self.save_csv)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.figures: Kengetallen | None = None
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        """The charts side by side where they fit, above each other where they do not."""
        super().resizeEvent(event)
        need = sum(column.minimumSize().width() for column in self._columns) + \
            self._grid.spacing() * (len(self._columns) - 1) + \
            self._scroll.verticalScrollBar().sizeHint().width()
        room = self.width() - 2 * 20  # the dialog's margins
        self._grid.setDirection(QBoxLayout.Direction.LeftToRight if need <= room
                                else QBoxLayout.Direction.TopToBottom)

    # -- building -------------------------------------------------------------------------

    def _signal_line(self) -> QWidget:
        frame = QFrame()
        frame.setObjectName("card")
        row = QHBoxLayout(frame)
        row.setContentsMargins(14, 10, 14, 10)
        glyph = QLabel()
        glyph.setPixmap(icon("info").pixmap(QSize(22, 22)))
        row.addWidget(glyph, 0, Qt.AlignmentFlag.AlignTop)
        self.signal_label = QLabel(self.tr(
            "<b>Signals to learn from together, never targets:</b> they judge and compare no "
            "one, and no one is measured by them. No names, BSNs, dates of birth, references "
            "or texts. A figure about fewer than 5 cases is not shown, nor one that would "
            "reveal such a figure."))
        self.signal_label.setWordWrap(True)
        row.addWidget(self.signal_label, 1)
        return frame

    def _section(self, naam: str, icon_name: str, widgets: list[QWidget]) -> Section:
        section = Section(icon_name, "")
        for widget in widgets:
            section.body.addWidget(widget)
        self.sections[naam] = section
        return section

    def _legend(self) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 4)
        for colour, words in ((ACCENT, self.tr("professional's score")),
                              (YOUNG, self.tr("young person's own score"))):
            swatch = QLabel()
            swatch.setFixedSize(14, 14)
            swatch.setStyleSheet(f"background: {colour}; border-radius: 3px;")
            line.addWidget(swatch)
            line.addWidget(QLabel(words))
            line.addSpacing(16)
        line.addStretch(1)
        return row

    # -- filling --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the figures again and draw them."""
        figures = self._controller.services.kengetallen.figuren()
        self.figures = figures
        self.date_label.setText(fill(self.tr("all cases in this vault on %1"),
                                     short_date(figures.peildatum)))
        for table in figures.tabellen:
            section = self.sections[table.naam]
            section.title.setText(table.titel)
            section.set_note(table.uitleg)
        self.fase.set_rows(self._counts(figures.tabel("fase")))
        self.terug.set_rows(self._counts(figures.tabel("teruggekomen")))
        self.overgang.set_rows(self._counts(figures.tabel("overgang_18")))
        change = figures.tabel("verandering")
        rows = []
        for cell in change.cellen:
            if cell.stem != "professional":
                continue
            young = figures.cel("verandering", cell.rij, "jongere")
            rows.append(Verandering(cell.omschrijving, cell.waarde, self._change_text(cell),
                                    self._cases_text(cell), young.waarde,
                                    self._change_text(young), self._cases_text(young)))
        cijfer = figures.cel("verandering", "rapportcijfer", "jongere")
        rows.append(Verandering(self.tr("Rapportcijfer (0-10)"), None, "", "", cijfer.waarde,
                                self._change_text(cijfer), self._cases_text(cijfer),
                                alleen_jongere=True))
        self.pijlers.set_rows(rows)

    def _counts(self, table: Tabel) -> list[Staaf]:
        last = len(table.cellen) - 1
        return [Staaf(c.omschrijving, c.waarde, c.getoond(), table.heeft_totaal and i == last)
                for i, c in enumerate(table.cellen)]

    def _change_text(self, cell: Cel) -> str:
        return cell.getoond().replace(".", ",")

    def _cases_text(self, cell: Cel) -> str:
        if cell.casussen is None:
            return ""
        return fill(self.tr("%1 cases"), cell.casussen)

    # -- saving ---------------------------------------------------------------------------

    def save_csv(self) -> None:
        """Choose where, then save the figures as CSV."""
        from tafel.ui.file_dialogs import choose_file_to_save

        path = choose_file_to_save(self, self.tr("Save kengetallen"), "kengetallen.csv",
                                   self.tr("CSV file (*.csv)"), "csv")
        if path is not None:
            self.save_to(path)

    def save_to(self, path: Path) -> None:
        """Write the CSV to ``path`` (logged); one sentence says where, or what went wrong."""
        try:
            self._controller.services.kengetallen.exporteer(path, origin=self.origin)
        except TafelError as error:
            self._say(error.message, "error")
            return
        self._say(fill(self.tr("The kengetallen are saved in %1."), str(path)))

    def _say(self, text: str, role: str = "") -> None:
        self.message_label.setText(text)
        set_role(self.message_label, role or "muted")
        self.message_label.setVisible(bool(text))
