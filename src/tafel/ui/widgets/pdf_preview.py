"""A document's pages on screen, with Print…, Save as PDF… and Close: no copies left behind.

The pages are the real PDF, rendered in memory with pdfium: what the screen shows is what
the paper gets. The preview records nothing; printing and saving ask the document for its
final bytes (:meth:`PdfPreviewDialog.output`), which records what left the vault first.

Making the PDF and rendering its pages takes a moment, so it runs in a worker thread
(:mod:`tafel.ui.background`): the vault is read on the GUI thread (:meth:`prepare`), the
frozen result is rendered and rasterised in the thread. PDFium and reportlab are not
thread-safe, so :data:`PDF_LOCK` lets one PDF be made or read at a time.

No temporary copies: the PDF lives in memory, printing hands that PDF to the file or print
system chosen in the print dialog (:mod:`tafel.ui.printing`: vector pages, so a copy keeps
its text and ``tafel verify`` can check it), and saving writes a hidden file next to the
chosen one and renames it over, so a half-written PDF is never left where the user looks,
and nothing lands in the system temp dir. The toekomstplan
(:mod:`tafel.ui.plan.print_preview`) and the gespreksverslag use it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtGui import (
    QImage,
    QPageLayout,
    QPageSize,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tafel.domain.records import AuditAction
from tafel.errors import TafelError
from tafel.services.exports import write_export
from tafel.ui.background import Job, explain
from tafel.ui.controller import AppController
from tafel.ui.file_dialogs import choose_file_to_save
from tafel.ui.i18n import fill
from tafel.ui.icons import icon
from tafel.ui.printing import render_page, send, suggest_file
from tafel.ui.style import set_role
from tafel.ui.window_state import keep_on_screen

FIT_WIDTH = 0
WHOLE_PAGE = -1
ZOOMS = (FIT_WIDTH, WHOLE_PAGE, 50, 75, 100, 125, 150, 200)
PAGE_GAP = 18
# PDFium and reportlab are not thread-safe: one PDF is made or read at a time.
PDF_LOCK = threading.Lock()


@dataclass(frozen=True)
class Fit:
    """How large the pages are shown: measured on the GUI thread, used by the worker."""

    zoom: int
    viewport_width: int
    viewport_height: int
    scroll_bar: int
    dpi: float
    ratio: float

    def pixels_per_point(self, width_pt: float, height_pt: float) -> float:
        """Screen pixels per PDF point for a page of this size."""
        fit_width = (self.viewport_width - 2 * PAGE_GAP - self.scroll_bar - 4) / width_pt
        if self.zoom == FIT_WIDTH:
            return max(0.2, fit_width)
        if self.zoom == WHOLE_PAGE:
            fit_height = (self.viewport_height - 2 * PAGE_GAP - 4) / height_pt
            return max(0.2, min(fit_width, fit_height))
        return float(self.zoom) / 100 * self.dpi / 72


@dataclass(frozen=True)
class Pages:
    """A PDF and its pages as images (device pixel ratio set)."""

    pdf: bytes
    images: tuple[QImage, ...]


def make_pages(produce: Callable[[], bytes] | None, pdf: bytes, fit: Fit) -> Pages:
    """Make the PDF with ``produce`` (or take ``pdf``) and rasterise its pages: for a worker.

    ``produce`` touches no vault and no widget (the vault was read before, on the GUI
    thread); QImage, unlike QPixmap, may be made off the GUI thread.
    """
    with PDF_LOCK:
        if produce is not None:
            pdf = produce()
        document = pdfium.PdfDocument(pdf)
        images = []
        try:
            for index in range(len(document)):
                page = document[index]
                try:
                    image = render_page(page, fit.pixels_per_point(*page.get_size()) * fit.ratio)
                finally:
                    page.close()
                image.setDevicePixelRatio(fit.ratio)
                images.append(image)
        finally:
            document.close()
    return Pages(pdf, tuple(images))


class _PagesBusy:
    """The line above the pages says they are being made (after half a second)."""

    def __init__(self, label: QLabel, text: str) -> None:
        self._label, self._text, self._before = label, text, ""

    def start(self) -> None:
        self._before = self._label.text()
        self._label.setText(self._text)

    def stop(self) -> None:
        if self._label.text() == self._text:
            self._label.setText(self._before)


class PdfPreviewDialog(QDialog):
    """Pages of one document, with Print…, Save as PDF… and Close.

    A document says what it is by overriding :meth:`prepare` (read the vault, on the GUI
    thread; return what makes the PDF in the background), :meth:`output` (record and return
    the bytes that leave the vault) and :meth:`default_name`; :meth:`add_options` may put
    its own choices beside the zoom.
    """

    def __init__(self, controller: AppController, title: str, window_title: str,
                 note: str, save_caption: str, parent: QWidget | None = None, *,
                 problem: str = "") -> None:
        super().__init__(parent)
        self._controller = controller
        self.pdf: bytes = b""
        self.images: list[QImage] = []
        self._job: Job[Pages] | None = None
        # What makes the PDF, read from the vault, while the pages are still to be made.
        self._wanted: Callable[[], bytes] | None = None
        self._save_caption = save_caption
        self.setWindowTitle(window_title)
        self.setMinimumSize(760, 560)
        self.resize(1100, 700)
        keep_on_screen(self)  # 960x540 at 200%: the pages scroll

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        top = QHBoxLayout()
        self.title_label = QLabel(title)
        self.title_label.setWordWrap(True)  # two lines where the screen is narrow
        set_role(self.title_label, "section")
        self.pages_label = QLabel("")
        set_role(self.pages_label, "muted")
        top.addWidget(self.title_label)
        top.addSpacing(12)
        top.addWidget(self.pages_label)
        top.addStretch(1)
        self.add_options(top)
        zoom_label = QLabel(self.tr("&Zoom"))
        self.zoom_combo = QComboBox()
        for zoom in ZOOMS:
            names = {FIT_WIDTH: self.tr("Fit width"), WHOLE_PAGE: self.tr("Whole page")}
            self.zoom_combo.addItem(names.get(zoom, f"{zoom} %"), zoom)
        zoom_label.setBuddy(self.zoom_combo)
        self.zoom_combo.currentIndexChanged.connect(self._render_later)
        top.addWidget(zoom_label)
        top.addWidget(self.zoom_combo)
        layout.addLayout(top)

        self.scroll_area = QScrollArea()
        # The pages have fixed sizes: the scroll area follows the pages, not the other way.
        self.scroll_area.setWidgetResizable(False)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll_area.setObjectName("previewScroll")
        self.scroll_area.setStyleSheet("QScrollArea#previewScroll, QWidget#previewPages "
                                  "{ background: #5f6b70; }")
        self.pages_widget = QWidget()
        self.pages_widget.setObjectName("previewPages")
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setSpacing(PAGE_GAP)
        self.pages_layout.setContentsMargins(PAGE_GAP, PAGE_GAP, PAGE_GAP, PAGE_GAP)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll_area.setWidget(self.pages_widget)
        layout.addWidget(self.scroll_area, 1)

        self.error_label = QLabel("")
        self.error_label.setWordWrap(True)
        set_role(self.error_label, "error")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        bottom = QHBoxLayout()
        note_label = QLabel(note)
        note_label.setWordWrap(True)
        set_role(note_label, "muted")
        bottom.addWidget(note_label, 1)
        self.save_button = QPushButton(icon("open-vault"), self.tr("&Save as PDF…"))
        self.save_button.clicked.connect(self.save_dialog)
        self.print_button = QPushButton(self.tr("&Print…"))
        set_role(self.print_button, "primary")
        self.print_button.clicked.connect(self.print_dialog)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        for button in (self.save_button, self.print_button, close):
            bottom.addWidget(button)
        layout.addLayout(bottom)

        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(60)
        self._render_timer.timeout.connect(self.render_pages)
        if problem:
            self._show_error(problem)
            self.print_button.setEnabled(False)
            self.save_button.setEnabled(False)

    # -- what a document provides ----------------------------------------------------------

    def add_options(self, top: QHBoxLayout) -> None:
        """Put the document's own choices in the top row (none by default)."""

    def prepare(self) -> Callable[[], bytes]:
        """Read the vault (GUI thread); return what makes the PDF in a worker thread."""
        raise NotImplementedError

    def output(self, how: AuditAction) -> bytes:
        """Record that the document leaves the vault (printed or saved); its final bytes."""
        raise NotImplementedError

    def default_name(self) -> str:
        """The file name offered when saving."""
        raise NotImplementedError

    # -- the document -------------------------------------------------------------------

    @property
    def ready(self) -> bool:
        """Whether the pages on screen are the newest (nothing waits to be rendered)."""
        return self._wanted is None and (self._job is None or not self._job.running)

    def reload(self) -> None:
        """Make the PDF again (preview: nothing recorded) and show its pages.

        The vault is read here; making and rendering the PDF runs in the background, once
        the dialog is on screen and its size known.
        """
        try:
            self._wanted = self.prepare()
        except TafelError as error:
            self._show_error(error.message)
            return
        if self.isVisible():
            self._render()

    def render_pages(self) -> None:
        """Render every page at the chosen zoom, sharp on high-DPI screens (in the background)."""
        if self.pdf or self._wanted is not None:
            self._render()

    def _render(self) -> None:
        if self._job is not None:
            self._job.cancel()  # an older size or BSN choice: its pages are not shown
        fit = Fit(self.zoom_combo.currentData(), self.scroll_area.viewport().width(),
                  self.scroll_area.viewport().height(),
                  self.scroll_area.verticalScrollBar().sizeHint().width(), self.logicalDpiX(),
                  self.devicePixelRatioF())
        produce, pdf = self._wanted, self.pdf
        self._job = self._controller.background.run(
            lambda: make_pages(produce, pdf, fit), self._show_pages, self._failed,
            busy=_PagesBusy(self.pages_label, self.tr("Making the pages…")))

    def showEvent(self, event: QShowEvent) -> None:
        """The size is known now: render what waits."""
        super().showEvent(event)
        if self._wanted is not None:
            self._render_later()

    def _failed(self, error: BaseException) -> None:
        self._job, self._wanted = None, None
        self._show_error(explain(error))

    def _show_pages(self, pages: Pages) -> None:
        self._job, self._wanted = None, None
        self.pdf = pages.pdf
        self.images = list(pages.images)
        # In this class's context: PySide's self.tr() in a subclass takes the untranslated
        # plural ("4 page(s)" differs from "%n page(s)") for a translation and stops there.
        # (The stubs know tr() only on an instance; PySide also offers it on the class.)
        counted = PdfPreviewDialog.tr("%n page(s)", "", len(self.images))  # type: ignore[arg-type]
        self.pages_label.setText(counted)
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.hide()
                old.setParent(None)
                old.deleteLater()
        for index, image in enumerate(self.images):
            ratio = image.devicePixelRatio()
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setFixedSize(round(image.width() / ratio) + 2, round(image.height() / ratio) + 2)
            label.setStyleSheet("background: white; border: 1px solid #3d4649;")
            label.setAccessibleName(fill(self.tr("Page %1"), str(index + 1)))
            self.pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            label.show()  # now, not when the layout gets to it: adjustSize counts shown pages
        self.pages_layout.activate()
        self.pages_widget.adjustSize()

    def _render_later(self) -> None:
        self._render_timer.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fit width follows the window."""
        super().resizeEvent(event)
        if self.zoom_combo.currentData() in (FIT_WIDTH, WHOLE_PAGE):
            self._render_later()

    # -- print and save -----------------------------------------------------------------

    def print_dialog(self) -> None:
        """The system print dialog, then the PDF to the printer or file chosen there (A4)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setDocName(self.default_name())
        dialog = QPrintDialog(printer, self)
        if self.images:
            dialog.setMinMax(1, len(self.images))
        suggest_file(dialog, self.default_name())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.print_to(printer)
        except TafelError as error:
            self._show_error(error.message)

    def print_to(self, printer: QPrinter) -> int:
        """Record the print, then send the PDF where ``printer`` says; returns the pages sent.

        ``printer`` is the one the print dialog accepted: a file gets the PDF itself, a
        printer gets it through the print system (:mod:`tafel.ui.printing`).
        """
        with PDF_LOCK:
            return self._print_locked(printer)

    def _print_locked(self, printer: QPrinter) -> int:
        data = self.output(AuditAction.AFGEDRUKT)  # recorded once; these bytes go out
        return send(printer, data)

    def save_dialog(self) -> None:
        """Ask where, then save."""
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        path = choose_file_to_save(
            self, self._save_caption, str(Path(folder) / self.default_name()),
            self.tr("PDF documents (*.pdf)"), "pdf")
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            self.save_to(path)
        except TafelError as error:
            QMessageBox.warning(self, self.tr("Not saved"), error.message + "\n\n" + self.tr(
                "Choose another folder, or check that the file is not open in another "
                "program."))

    def save_to(self, path: Path) -> None:
        """Record the save, then write the PDF to ``path`` atomically (same folder only)."""
        with PDF_LOCK:
            data = self.output(AuditAction.OPGESLAGEN_ALS_PDF)
        write_export(Path(path), data)

    # -- housekeeping -------------------------------------------------------------------

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def done(self, result: int) -> None:
        """Let go of the rendered PDF when the dialog closes (and of pages still coming)."""
        self._render_timer.stop()
        if self._job is not None:
            self._job.cancel()
        self._job, self._wanted = None, None
        self.images = []
        super().done(result)
