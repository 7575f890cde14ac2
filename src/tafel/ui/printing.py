"""Sending a PDF tafel made to what the user chose in the system print dialog, as vector pages.

A printed toekomstplan is only worth something when ``tafel verify`` can check it later, and
that needs its text. Painting rendered pages onto a QPrinter gives pictures of text: a "Print
to file" copy made that way had no text and no code in its metadata, and ``tafel verify``
refused it. So the PDF tafel made (and recorded as printed) goes out as it is:

- **to a file** ("Print to file" in Qt's dialog, "Save as PDF" on macOS: the printer has an
  output file name): the very bytes are written there, atomically. A copy to a file is always
  the whole plan; a page range would leave a copy that cannot be checked.
- **to a printer on Linux and macOS**: the PDF goes to CUPS with ``lp``, on its standard
  input (nothing lands in a temp folder), with the copies, page range, duplex and colour mode
  the user chose. CUPS turns the PDF into what the printer speaks, text stays text.
- **elsewhere** (Windows; a system without ``lp``): the pages are rendered and painted, see
  :func:`paint_pages`.

The caller records the print first (:meth:`PdfPreviewDialog.output`) and passes the recorded
bytes in: one print, one audit line, one set of page texts, the same bytes on paper.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF, QStandardPaths
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QLineEdit

from tafel.errors import TafelError
from tafel.services.exports import write_export

# The painted fallback renders each page as an image; above this the image of one A4 page
# gets very large (600 dpi is about 140 MB) while paper shows no difference for text this size.
MAX_PRINT_DPI = 300
# How long ``lp`` may take to hand the PDF to the print system (it spools; it does not print).
LP_SECONDS = 60


def render_page(page: pdfium.PdfPage, scale: float) -> QImage:
    """One page as a QImage at ``scale`` pixels per point (a copy Qt owns)."""
    bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)
    try:
        image = QImage(memoryview(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                       QImage.Format.Format_RGBX8888)
        return image.copy()  # the bitmap's memory goes away when it is closed
    finally:
        bitmap.close()


@dataclass(frozen=True)
class PrintJob:
    """What the user chose in the print dialog, as plain values (no Qt)."""

    printer: str = ""  # empty: the system's default printer
    copies: int = 1
    collate: bool = True
    pages: str = ""  # CUPS page-ranges, e.g. "1-3,5"; empty: every page
    sides: str = ""  # CUPS sides: one-sided, two-sided-long-edge, two-sided-short-edge
    grayscale: bool = False
    title: str = ""


def job_of(printer: QPrinter) -> PrintJob:
    """The choices a QPrinter carries after the user accepted the print dialog."""
    pages = ""
    if printer.printRange() == QPrinter.PrintRange.PageRange:
        ranges = printer.pageRanges()
        if not ranges.isEmpty():
            pages = ranges.toString()
        elif printer.fromPage():
            pages = f"{printer.fromPage()}-{printer.toPage() or printer.fromPage()}"
    sides = {
        QPrinter.DuplexMode.DuplexNone: "one-sided",
        QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
        QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
    }.get(printer.duplex(), "")  # DuplexAuto: the printer's own default
    return PrintJob(printer=printer.printerName(), copies=max(1, printer.copyCount()),
                    collate=printer.collateCopies(), pages=pages, sides=sides,
                    grayscale=printer.colorMode() == QPrinter.ColorMode.GrayScale,
                    title=printer.docName())


def lp_command(job: PrintJob, lp: str = "lp") -> list[str]:
    """The ``lp`` command line that prints a PDF read from standard input as ``job`` says."""
    argv = [lp]
    if job.printer:
        argv += ["-d", job.printer]
    if job.copies > 1:
        argv += ["-n", str(job.copies), "-o", f"collate={'true' if job.collate else 'false'}"]
    if job.pages:
        argv += ["-o", f"page-ranges={job.pages}"]
    if job.sides:
        argv += ["-o", f"sides={job.sides}"]
    if job.grayscale:
        argv += ["-o", "print-color-mode=monochrome"]
    if job.title:
        argv += ["-t", job.title]
    return argv


def pages_chosen(pages: str, total: int) -> int:
    """How many of ``total`` pages a CUPS page range ("1-3,5") names; all when empty."""
    if not pages:
        return total
    chosen: set[int] = set()
    for part in pages.split(","):
        first, _, last = part.strip().partition("-")
        low = int(first)
        high = int(last) if last else low
        chosen.update(n for n in range(low, high + 1) if 1 <= n <= total)
    return len(chosen)


def suggest_file(dialog: QPrintDialog, name: str) -> None:
    """Offer ``name`` in the Documents folder as the file to print to, in Qt's own dialog.

    Qt's print dialog (Linux) suggests a file named after the document only under X11;
    elsewhere (Wayland) it offers the bare home folder. A dialog that suggests a file
    already (or a native one, which has no such field) is left alone.
    """
    field = dialog.findChild(QLineEdit, "filename")
    if field is None or not (field.text() == "" or Path(field.text()).is_dir()):
        return
    folder = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    field.setText(str(Path(folder) / name))


def page_count(pdf: bytes) -> int:
    """The number of pages of ``pdf``."""
    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def send(printer: QPrinter, pdf: bytes) -> int:
    """Print ``pdf`` (already recorded) where the print dialog says; returns the pages sent.

    One file, one print system, or paint: see the module's docstring for which and why.
    """
    output = printer.outputFileName()
    if output:
        write_export(Path(output), pdf)
        return page_count(pdf)
    lp = None if sys.platform == "win32" else shutil.which("lp")
    if lp is not None and printer.outputFormat() == QPrinter.OutputFormat.NativeFormat:
        job = job_of(printer)
        send_to_cups(lp_command(job, lp), pdf)
        return pages_chosen(job.pages, page_count(pdf))
    return paint_pages(printer, pdf)


def send_to_cups(argv: list[str], pdf: bytes) -> None:
    """Hand ``pdf`` to the print system with ``argv`` (an ``lp`` command line)."""
    try:
        done = subprocess.run(argv, input=pdf, capture_output=True, timeout=LP_SECONDS,
                              check=False)
    except (OSError, subprocess.TimeoutExpired):
        raise TafelError("Het afdruksysteem nam de afdruk niet aan; probeer het opnieuw.") \
            from None
    if done.returncode != 0:
        why = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise TafelError("Het afdruksysteem nam de afdruk niet aan"
                         + (f" ({why[-1]})." if why else "."))


def paint_pages(printer: QPrinter, pdf: bytes) -> int:
    """Render the pages and paint them on ``printer``: only where no PDF can be sent as is.

    Windows has no built-in way to hand a PDF to a printer driver (that takes a PDF
    reader, or a driver that speaks PDF), so there the pages go to the driver as images at
    up to 300 dpi: sharp on paper, but without text. A PDF wanted as a file is written as
    it is (:func:`send`), on Windows too, so a copy to check later keeps its text; "Microsoft
    Print to PDF" is a printer driver, and gets these images.
    """
    printer.setFullPage(True)
    document = pdfium.PdfDocument(pdf)
    painter = QPainter()
    printed = 0
    try:
        if not painter.begin(printer):
            raise TafelError("De printer kon niet beginnen met afdrukken.")
        first = printer.fromPage() or 1  # 0: the user chose no page range
        last = min(printer.toPage() or len(document), len(document))
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
        for index in range(first - 1, last):
            if printed:
                printer.newPage()
            page = document[index]
            try:
                image = render_page(page, dpi / 72)
            finally:
                page.close()
            painter.drawImage(target, image)
            printed += 1
    finally:
        if painter.isActive():
            painter.end()
        document.close()
    return printed
