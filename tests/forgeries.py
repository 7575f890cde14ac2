"""Forged copies of a printed toekomstplan, made the ways someone could really make them.

Each one carries a real code from the vault, so a check that only looks for the code would
accept it: the code beside other words, the code only in the metadata, a real print with one
word changed (the same renderer, a changed content object), a real print with a page taken out
or one put in, and one version's text under another version's code.
"""

from __future__ import annotations

import io
import uuid
from dataclasses import replace

import pypdfium2 as pdfium
from reportlab.pdfgen.canvas import Canvas

from tafel.render.plan_pdf import render_plan_pdf
from tafel.services import Services
from tafel.services.plan_print import gather


def canvas_pdf(lines: list[str], *, code_in_text: str | None = None,
               code_in_metadata: str | None = None) -> bytes:
    """A one-page PDF made with reportlab: ``lines``, and the code where asked."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    if code_in_metadata is not None:
        canvas.setKeywords(["toekomstplan", "tafel", code_in_metadata])
        canvas.setSubject(f"tafel-plan:T-2026-0003:v1:{code_in_metadata}")
    y = 780
    for line in lines:
        canvas.drawString(60, y, line)
        y -= 18
    if code_in_text is not None:
        canvas.drawString(60, y - 20, "Controlecode (SHA-256):")
        canvas.setFont("Helvetica", 7)
        canvas.drawString(60, y - 34, code_in_text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def with_text(services: Services, version_id: uuid.UUID, key: str, text: str,
              like: bytes | None = None) -> bytes:
    """The real print of a version, rendered again with one text part changed (same code).

    ``like`` is the genuine paper: a forger copies everything else from it, including the
    small audit-log line, which moves on with every print.
    """
    plan = gather(services, version_id)
    content = replace(plan.content, teksten={**plan.content.teksten, key: text})
    log_line = _log_line_of(like) if like is not None else plan.log_line
    return render_plan_pdf(replace(plan, content=content, log_line=log_line))


def _log_line_of(pdf: bytes) -> str:
    from tafel.services.plan_copy import page_texts

    first = (page_texts(pdf) or [""])[0]
    return next((line.strip() for line in first.splitlines()
                 if line.strip().startswith("Logboek:")), "")


def with_code_of(services: Services, version_id: uuid.UUID, other_hash: str) -> bytes:
    """The real print of a version, but carrying another version's code."""
    return render_plan_pdf(replace(gather(services, version_id), inhoud_hash=other_hash))


def without_page(pdf: bytes, index: int) -> bytes:
    """The same PDF with one page taken out (pdfium, so the other pages stay byte for byte)."""
    document = pdfium.PdfDocument(pdf)
    try:
        document.del_page(index)
        return _saved(document)
    finally:
        document.close()


def with_page_from(pdf: bytes, other: bytes, index: int) -> bytes:
    """The same PDF with the first page of ``other`` put in at ``index``."""
    document = pdfium.PdfDocument(pdf)
    extra = pdfium.PdfDocument(other)
    try:
        document.import_pages(extra, pages=[0], index=index)
        return _saved(document)
    finally:
        extra.close()
        document.close()


def _saved(document: pdfium.PdfDocument) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
