"""The printed toekomstplan: A4, embedded fonts, the same bytes for the same plan.

In order: the cover with the perspectief; the Big 5 picture; a section per pillar; the
afspraken; the doorbraak with the waardendriehoek and the cost comparison (only when there is
one); the vangnet; the evaluation; a signature block per signer; and on the last page the
plan's hash in words and as a QR code, with a plain sentence on what it is for, so a paper
copy can be checked against the vault. The hash is also in the PDF's metadata, where
:func:`tafel.services.plan_print.read_plan_hash` reads it back; ``tafel verify`` then compares
the text of every page with the text tafel kept when it printed (:mod:`tafel.services.plan_copy`).

The BSN is printed only when asked for, and never goes into the metadata.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from tafel.render.pdf_canvas import numbered_canvas
from tafel.render.pdf_document import a4_document
from tafel.render.pdf_doorbraak import doorbraak
from tafel.render.pdf_model import PlanPrint
from tafel.render.pdf_sections import afspraken, big5, cover, evaluatie, heading, pillars, vangnet
from tafel.render.pdf_signature import signature_grid
from tafel.render.pdf_styles import (
    FONT,
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    PAGE_HEIGHT,
    RULE,
    para,
    styles,
    table_commands,
)

QR_SIZE = 96.0
VERIFICATION_HEIGHT = 170.0
CODE_EXPLAINED = (
    "Deze code hoort bij precies deze tekst van het plan; bij elke andere tekst hoort een "
    "andere code. Met deze code of de QR-code kan de organisatie die dit plan maakte nagaan "
    "of dit papier precies de tekst is die is afgesproken en getekend, en of er al een "
    "nieuwere versie is. Twijfel je? Vraag het de casusregisseur."
)


def render_plan_pdf(plan: PlanPrint) -> bytes:
    """The plan as PDF bytes."""
    buffer = io.BytesIO()
    document = a4_document(
        buffer,
        f"Toekomstplan van {plan.jongere} ({plan.referentie}, versie {plan.nummer})",
        plan.jongere, subject=plan.qr_payload,
        keywords=["toekomstplan", "tafel", plan.inhoud_hash],
    )
    document.build(story(plan), canvasmaker=numbered_canvas(plan.footer, plan.gewijzigd_op,
                                                            plan.log_line))
    return buffer.getvalue()


def story(plan: PlanPrint) -> list[Flowable]:
    """Every flowable of the plan, in reading order."""
    flow: list[Flowable] = []
    flow += cover(plan)
    flow += big5(plan)
    flow += pillars(plan)
    flow += afspraken(plan)
    if plan.content.has_doorbraak():
        flow += doorbraak(plan)
    flow += vangnet(plan)
    flow += evaluatie(plan)
    flow += signatures(plan)
    flow += verification(plan)
    return flow


def signatures(plan: PlanPrint) -> list[Flowable]:
    """A block per signer: drawn when signed, an empty line to sign by hand when not."""
    s = styles()
    # Signatures and the hash share the last page when they fit: the page people sign
    # then carries the code of the text they signed.
    pairs = (len(plan.signers) + 1) // 2
    needed = 90 + pairs * 185 + VERIFICATION_HEIGHT
    flow: list[Flowable] = [CondPageBreak(min(needed, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
                                              - 20)), heading("Handtekeningen")]
    flow.append(Paragraph(
        "Met mijn handtekening zeg ik dat dit mijn plan is (of dat ik het plan steun) en dat "
        "ik doe wat ik heb afgesproken.", s.muted.clone("sign_intro", spaceAfter=10)))
    if not plan.signers:
        flow.append(Paragraph("Er is nog niemand om te tekenen.", s.body))
        return flow
    flow += signature_grid(plan.signers, FRAME_WIDTH)
    if plan.correcties and any(block.signed for block in plan.signers):
        for sentence in plan.correcties:
            flow.append(Paragraph(escape(sentence), s.muted))
        flow.append(Paragraph("Wie hierboven tekende, deed dat vóór die correctie, onder de "
                              "tekst zoals die toen was.", s.muted))
    return flow


def qr_code(payload: str, size: float = QR_SIZE) -> Drawing:
    """The QR code holding ``payload``, ``size`` points square."""
    widget = QrCodeWidget(payload, barLevel="M")
    left, bottom, right, top = widget.getBounds()
    width, height = right - left, top - bottom
    drawing = Drawing(size, size, transform=[size / width, 0, 0, size / height, 0, 0],
                      initialFontName=FONT, initialFontSize=10)
    drawing.add(widget)
    return drawing


def verification(plan: PlanPrint) -> list[Flowable]:
    """The last lines: the hash in full, as a QR code, and what it is for in plain words.

    The words are for the family and whoever gets the paper later, so they say what the code
    does for them, not which command an office runs.
    """
    s = styles()
    text = [
        Paragraph("<b>Is dit de juiste versie?</b>", s.body),
        Paragraph(CODE_EXPLAINED, s.muted),
    ]
    info = Table([[qr_code(plan.qr_payload), text]], colWidths=[QR_SIZE + 14,
                                                                FRAME_WIDTH - QR_SIZE - 14])
    info.setStyle(TableStyle([
        *table_commands(),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, -1), 14),
    ]))
    code = [
        Paragraph("Controlecode (SHA-256):", s.small),
        Paragraph(para(plan.inhoud_hash), s.code),
    ]
    rule = Table([[""]], colWidths=[FRAME_WIDTH], rowHeights=[1])
    rule.setStyle(TableStyle([*table_commands(), ("LINEABOVE", (0, 0), (-1, 0), 0.6, RULE)]))
    return [Spacer(1, 16), KeepTogether([rule, Spacer(1, 10), info, Spacer(1, 8), *code])]
