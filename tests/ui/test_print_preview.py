"""The print preview: real pages from the real PDF, saving and printing that freeze the hash."""

from __future__ import annotations

import tempfile
import uuid
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrinter

from tafel.domain.plan_doc import SetText
from tafel.errors import EXIT_MISMATCH, EXIT_OK, TafelError
from tafel.services.exports import write_export
from tafel.services.plan_check import check_pdf
from tafel.services.plan_copy import page_texts
from tafel.services.plan_print import plan_pdf, read_plan_hash
from tafel.ui.controller import AppController
from tafel.ui.plan.print_preview import WHOLE_PAGE, PrintPreviewDialog
from tests.builders import PASSPHRASE
from tests.forgeries import with_text

NADIA_BSN = "999991115"


@pytest.fixture
def system_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system temp folder, made private to this test so we can see whatever lands in it."""
    folder = tmp_path / "systeem-temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    monkeypatch.setenv("TMPDIR", str(folder))  # Qt's QDir.tempPath() reads this
    assert tempfile.gettempdir() == str(folder)
    return folder


@pytest.fixture
def plan_version(controller: AppController) -> tuple[AppController, uuid.UUID, str]:
    """Nadia's plan (she has a BSN) with a perspectief; unlocked controller, version, hash."""
    controller.unlock(PASSPHRASE)
    services = controller.services
    casus_id = next(s.id for s in services.casussen.summaries() if s.jongere.startswith("Nadia"))
    view = services.plans.start(casus_id).view
    result = services.plans.edit(view.latest.id, SetText(
        "perspectief", "Over een half jaar heb ik mijn diploma en woon ik met Amira in Eikenrode."))
    version = result.view.version_by_id(result.version_id)
    assert version is not None
    return controller, version.id, version.inhoud_hash


def open_dialog(qtbot, controller: AppController, version_id: uuid.UUID) -> PrintPreviewDialog:  # type: ignore[no-untyped-def]
    dialog = PrintPreviewDialog(controller, version_id)
    qtbot.addWidget(dialog)
    dialog.resize(1100, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.ready, timeout=30_000)  # pages are made in the background
    return dialog


def pdf_text(data: bytes) -> str:
    document = pdfium.PdfDocument(data)
    try:
        texts = []
        for page in document:
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return "\n".join(texts)
    finally:
        document.close()


def page_count(data: bytes) -> int:
    document = pdfium.PdfDocument(data)
    try:
        return len(document)
    finally:
        document.close()


def test_pages_are_rendered_and_a_preview_records_nothing(qtbot, plan_version, system_temp) -> None:  # type: ignore[no-untyped-def]
    controller, version_id, inhoud_hash = plan_version
    dialog = open_dialog(qtbot, controller, version_id)
    expected = page_count(plan_pdf(controller.services, version_id, record=None))
    assert expected >= 2
    assert len(dialog.images) == expected == dialog.pages_layout.count()
    assert str(expected) in dialog.pages_label.text()
    first = dialog.images[0]
    assert not first.isNull() and first.height() > first.width()  # A4, portrait
    dark = [first.pixelColor(x, y).lightness() < 120
            for x in range(0, first.width(), 7) for y in range(0, first.height(), 7)]
    assert any(dark), "the page shows text"
    assert first.pixelColor(2, 2) == QColor("white")
    # Looking is not printing: nothing frozen, no audit line.
    assert not controller.services.plans.verify(inhoud_hash).found
    assert dialog.default_name() == "toekomstplan-T-2026-0003-v1.pdf"
    assert list(system_temp.iterdir()) == []


def test_zoom_changes_the_page_size(qtbot, plan_version) -> None:  # type: ignore[no-untyped-def]
    controller, version_id, _hash = plan_version
    dialog = open_dialog(qtbot, controller, version_id)
    fit_width = dialog.images[0].width()
    dialog.zoom_combo.setCurrentIndex(dialog.zoom_combo.findData(WHOLE_PAGE))
    qtbot.waitUntil(lambda: dialog.images and dialog.images[0].width() < fit_width)
    shown = dialog.images[0].height() / dialog.images[0].devicePixelRatio()
    assert shown <= dialog.scroll_area.viewport().height()
    dialog.zoom_combo.setCurrentIndex(dialog.zoom_combo.findData(100))
    qtbot.waitUntil(lambda: abs(dialog.images[0].width() / dialog.images[0].devicePixelRatio()
                                - 595 * dialog.logicalDpiX() / 72) < 3)


def test_save_to_writes_the_pdf_and_freezes_its_hash(qtbot, plan_version, tmp_path,  # type: ignore[no-untyped-def]
                                                     system_temp) -> None:
    controller, version_id, inhoud_hash = plan_version
    dialog = open_dialog(qtbot, controller, version_id)
    folder = tmp_path / "Documenten"
    folder.mkdir()
    target = folder / dialog.default_name()
    dialog.save_to(target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    assert read_plan_hash(data) == inhoud_hash
    assert page_count(data) == len(dialog.images)
    verification = controller.services.plans.verify(inhoud_hash)
    assert verification.found and verification.versie == 1
    assert NADIA_BSN not in pdf_text(data).replace(" ", "").replace(".", "")
    # Only the PDF itself: no half-written file beside it, nothing in the system temp folder.
    assert list(folder.iterdir()) == [target]
    assert list(system_temp.iterdir()) == []


def test_show_bsn_renders_again_and_puts_the_bsn_on_paper(qtbot, plan_version, tmp_path) -> None:  # type: ignore[no-untyped-def]
    controller, version_id, _hash = plan_version
    dialog = open_dialog(qtbot, controller, version_id)
    without = dialog.pdf
    assert not dialog.bsn_box.isChecked()
    qtbot.mouseClick(dialog.bsn_box, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ready, timeout=30_000)
    assert dialog.include_bsn and dialog.pdf != without
    assert NADIA_BSN in pdf_text(dialog.pdf).replace(" ", "").replace(".", "")
    target = tmp_path / "met-bsn.pdf"
    dialog.save_to(target)
    assert NADIA_BSN in pdf_text(target.read_bytes()).replace(" ", "").replace(".", "")


def test_printing_paints_every_page_and_freezes_the_hash(qtbot, plan_version, tmp_path,  # type: ignore[no-untyped-def]
                                                         system_temp) -> None:
    controller, version_id, inhoud_hash = plan_version
    dialog = open_dialog(qtbot, controller, version_id)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(100)
    out = tmp_path / "printer.pdf"
    printer.setOutputFileName(str(out))
    assert not controller.services.plans.verify(inhoud_hash).found
    printed = dialog.print_to(printer)
    assert printed == len(dialog.images)
    assert page_count(out.read_bytes()) == printed
    assert controller.services.plans.verify(inhoud_hash).found
    assert list(system_temp.iterdir()) == []


def kept_pages(controller: AppController, inhoud_hash: str) -> list[list[str]]:
    frozen = controller.services.plans.frozen(inhoud_hash)
    assert frozen is not None
    return [list(pages) for pages in frozen.copies]


def test_save_as_pdf_keeps_the_page_texts_so_verify_compares_the_content(  # type: ignore[no-untyped-def]
        qtbot, plan_version, tmp_path) -> None:
    controller, version_id, inhoud_hash = plan_version
    dialog = open_dialog(qtbot, controller, version_id)
    target = tmp_path / dialog.default_name()
    dialog.save_to(target)
    saved = target.read_bytes()
    assert kept_pages(controller, inhoud_hash) == [page_texts(saved)]
    check = check_pdf(controller.services, saved)
    assert check is not None and check.matches and check.exit_code == EXIT_OK
    forged = with_text(controller.services, version_id, "perspectief",
                       "Over een half jaar betaalt de gemeente mijn huur.")
    check = check_pdf(controller.services, forged)
    assert check is not None and check.matches is False and check.exit_code == EXIT_MISMATCH
    assert any("betaalt de gemeente mijn huur" in d for d in check.as_json()["differences"])


def test_printing_keeps_the_page_texts_of_the_pdf_it_printed(qtbot, plan_version,  # type: ignore[no-untyped-def]
                                                            tmp_path) -> None:
    controller, version_id, inhoud_hash = plan_version
    dialog = open_dialog(qtbot, controller, version_id)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(100)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    dialog.print_to(printer)
    assert kept_pages(controller, inhoud_hash) == [page_texts(dialog.pdf)]  # the same bytes
    check = check_pdf(controller.services, dialog.pdf)
    assert check is not None and check.matches


def test_a_failed_save_leaves_no_file(tmp_path: Path) -> None:
    missing = tmp_path / "bestaat-niet" / "plan.pdf"
    with pytest.raises(TafelError):
        write_export(missing, b"%PDF-1.4")
    folder = tmp_path / "map"
    folder.mkdir()
    target = folder / "plan.pdf"
    target.write_bytes(b"oud")
    write_export(target, b"%PDF-nieuw")
    assert target.read_bytes() == b"%PDF-nieuw"
    assert [p.name for p in folder.iterdir()] == ["plan.pdf"]
