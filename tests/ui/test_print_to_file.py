"""Printing through the system print dialog: the same PDF tafel writes, so a copy can be checked.

The print dialog is Qt's own here (offscreen, no print system): the test picks "Print to file"
in it as a user does, and ``tafel verify`` must accept the file it wrote. A real printer gets
the PDF through CUPS (``lp``); that command line is checked without running it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLineEdit

from tafel.domain.records import AuditAction
from tafel.errors import EXIT_OK
from tafel.services import audit
from tafel.services.plan_copy import page_texts
from tafel.ui.main_window import MainWindow
from tafel.ui.plan.print_preview import PrintPreviewDialog
from tafel.ui.printing import PrintJob, job_of, lp_command, pages_chosen
from tests.builders import PASSPHRASE
from tests.cli.invoke import tafel
from tests.ui.drive import in_modal, open_plan, unlock


def print_to_file(dialog: QDialog, target: Path, suggested: list[str]) -> None:
    """In Qt's print dialog: printer "Print to file (PDF)", this file name, Print."""
    try:
        printers = dialog.findChild(QComboBox, "printers")
        assert printers is not None
        printers.setCurrentIndex(printers.count() - 1)  # "print to file" is the last entry
        name = dialog.findChild(QLineEdit, "filename")
        assert name is not None and name.isEnabled()
        suggested.append(name.text())
        name.setText(str(target))
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
    except AssertionError:
        dialog.reject()  # its exec() would hold the test
        raise
    ok.click()


def test_a_plan_printed_to_a_file_in_the_print_dialog_passes_tafel_verify(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, demo_path: Path, tmp_path: Path) -> None:
    unlock(qtbot, window)
    page = open_plan(qtbot, window, "Nadia")
    target = tmp_path / "afdruk.pdf"
    previews: list[PrintPreviewDialog] = []
    pages_label: list[str] = []
    suggested: list[str] = []

    def in_preview(preview: QDialog) -> None:
        try:  # whatever happens, the preview closes (its exec() holds the test)
            assert isinstance(preview, PrintPreviewDialog)
            previews.append(preview)
            qtbot.waitUntil(lambda: preview.ready, timeout=30_000)
            pages_label.extend([preview.pages_label.text(), f"{len(preview.images)} pagina's"])
            in_modal(QPrintDialog, lambda dialog: print_to_file(dialog, target, suggested))
            preview.print_button.click()  # the system print dialog, then the print
        finally:
            preview.accept()

    in_modal(PrintPreviewDialog, in_preview)
    page.header.print_button.click()
    assert previews, "the print preview did not open"
    assert pages_label[0] == pages_label[1]  # Dutch, plural
    assert Path(suggested[0]).name == previews[0].default_name()  # not just the home folder
    written = target.read_bytes()
    assert written.startswith(b"%PDF")
    services = window.controller.services
    with services.context.vault.transaction() as session:
        printed = [e for e in audit.events_for_case(session, page.case_id)
                   if e.actie == AuditAction.AFGEDRUKT.value]
    assert len(printed) == 1  # recorded once
    frozen = services.plans.frozen(services.plans.view_of_version(page.shown_id).version_by_id(
        page.shown_id).inhoud_hash)
    assert frozen is not None
    assert [list(p) for p in frozen.copies] == [page_texts(written)]  # the bytes it recorded
    window.controller.lock()  # one process holds a vault at a time

    checked = tafel("verify", "--vault", str(demo_path), str(target), passphrase=PASSPHRASE)
    assert checked.returncode == EXIT_OK, checked.stdout + checked.stderr
    assert "Deze afdruk klopt" in checked.stdout


def test_a_printer_gets_the_pdf_through_cups_with_the_choices_made(app) -> None:  # type: ignore[no-untyped-def]
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    printer.setPrinterName("")
    printer.setCopyCount(2)
    printer.setCollateCopies(True)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    printer.setColorMode(QPrinter.ColorMode.GrayScale)
    printer.setDocName("toekomstplan-T-2026-0001-v2.pdf")
    job = job_of(printer)
    assert job.pages == "2-3" and job.copies == 2 and job.grayscale
    assert lp_command(job, "/usr/bin/lp") == [
        "/usr/bin/lp", "-n", "2", "-o", "collate=true", "-o", "page-ranges=2-3",
        "-o", "sides=one-sided", "-o", "print-color-mode=monochrome",
        "-t", "toekomstplan-T-2026-0001-v2.pdf"]
    # A named printer, one copy, every page: the PDF goes from standard input, as it is.
    assert lp_command(PrintJob(printer="Wijkteam_Oost")) == ["lp", "-d", "Wijkteam_Oost"]
    # Both sides (a printer without a print system here cannot take that choice in Qt).
    assert lp_command(PrintJob(sides="two-sided-long-edge")) == [
        "lp", "-o", "sides=two-sided-long-edge"]
    assert pages_chosen("2-3", 4) == 2 and pages_chosen("", 4) == 4
    assert pages_chosen("1,3-9", 4) == 3
