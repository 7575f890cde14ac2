"""The printed toekomstplan: real plans in a real vault, real PDFs read back with PDFium."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reportlab.pdfgen.canvas import Canvas

from tafel.domain.dates import dutch_date
from tafel.domain.plan_content import format_euro
from tafel.domain.plan_doc import (
    SetAfspraak,
    SetText,
)
from tafel.services import Services
from tafel.services.plan_print import plan_pdf, read_plan_hash
from tests.builders import CASE, PILLAR_GOALS, build_plan, current_hash, pdf_text, young_bsn


def test_the_pdf_holds_the_whole_plan_in_order(demo_services: Services) -> None:
    built = build_plan(demo_services)
    pdf = plan_pdf(demo_services, built.version_id)
    text = pdf_text(pdf)
    inhoud_hash = current_hash(demo_services, built)

    # Cover, in the young person's words, with ë, é and €.
    assert text.startswith("Mijn toekomstplan")
    assert "crème brûlée" in text and "één menu voor € 4,50" in text
    assert f"{CASE}" in text and "versie" in text and "Klaar om te tekenen" in text
    # The five pillars in the Big 5 order, each with its own goal.
    plan_part = text[text.index("Mijn plan per pijler"):]
    positions = [plan_part.index(goal) for _, goal in PILLAR_GOALS]
    assert positions == sorted(positions)
    headings = [plan_part.index(name) for name, _ in PILLAR_GOALS]
    assert headings == sorted(headings)
    assert "Huisvesting 4" in plan_part and "Financiën 3" in plan_part
    assert "Geschreven door Fatima Amrani (professional)" in text
    # The afspraken, with Dutch dates; the overdue one marked, once.
    afspraken = text[text.index("Afspraken"):text.index("Doorbraak")]
    assert "Inschrijven bij de woningcorporatie" in afspraken
    assert "15 november 2026 Nog te doen te laat" in afspraken
    assert "15 december 2026 Bezig" in afspraken
    assert afspraken.count("te laat") == 1
    # The doorbraak, the waardendriehoek with its answers, the costs and their comparison.
    for word in ("Legitimiteit", "Betrokkenheid", "Rendement",
                 "Een gift uit het maatwerkbudget mag.", "Gift (geen beschikking)"):
        assert word in text
    assert "€ 90,00 per nacht × 1 × 180 nachten" in text
    assert format_euro(16_200_00) in text and format_euro(1_700_00) in text
    assert f"dit plan kost {format_euro(14_500_00)} minder" in text
    # Vangnet and evaluation.
    assert "mag ik daar slapen" in text and "Is dit nog van mij om te doen?" in text
    view = demo_services.plans.for_case(built.case_id)
    assert view is not None
    evaluation = view.latest.content.evaluatie_datum
    assert evaluation is not None
    assert f"opnieuw op {dutch_date(evaluation)} (we doen dat elke 3 maanden)" in text
    # Signatures: the signed young person and the professional still to sign, then the hash.
    signing = text[text.index("Handtekeningen"):]
    assert built.jongere in signing and built.professional in signing
    assert "Plaats: Eikenrode" in signing
    assert text.index("Handtekeningen") < text.index(f"Controlecode (SHA-256): {inhoud_hash}")
    # What the code is for, in plain words for whoever holds the paper, not a command.
    assert "tafel verify" not in text and "verify" not in text
    assert ("kan de organisatie die dit plan maakte nagaan of dit papier precies de tekst is "
            "die is afgesproken en getekend") in text
    # Footer on every page, with the page count.
    pages = len(pdfium.PdfDocument(pdf))
    assert pages >= 4
    for number in range(1, pages + 1):
        assert (f"Toekomstplan van {built.jongere} · {CASE} · versie {view.latest.nummer} "
                f"· pagina {number} van {pages}") in text


def test_the_same_plan_gives_the_same_bytes(demo_services: Services,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    built = build_plan(demo_services)
    preview = plan_pdf(demo_services, built.version_id, record=None)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "12345")  # reportlab's own clock stays out
    printed = plan_pdf(demo_services, built.version_id)
    assert preview == printed  # the paper shows the log as it was just before the print
    # Printing added a log entry, so the next copy names a later log position: only that
    # line differs.
    after = plan_pdf(demo_services, built.version_id, record=None)
    assert after == plan_pdf(demo_services, built.version_id, record=None)
    assert after != printed
    old_line, new_line = (re.search(r"Logboek: \d+ regels, kop [0-9a-f]{16}…", pdf_text(pdf))
                          .group(0) for pdf in (printed, after))  # type: ignore[union-attr]
    assert pdf_text(after) == pdf_text(printed).replace(old_line, new_line)
    demo_services.plans.edit(built.version_id, SetText("vangnet", "Anders: bel de coach."))
    assert plan_pdf(demo_services, built.version_id, record=None) != after


def test_fonts_are_embedded_and_no_standard_font_is_used(demo_services: Services,
                                                         tmp_path: Path) -> None:
    pdf = plan_pdf(demo_services, build_plan(demo_services).version_id, record=None)
    fonts = re.findall(rb"/BaseFont /([A-Za-z0-9+\-]+)", pdf)
    assert fonts and all(b"+DejaVuSans" in f for f in fonts), fonts
    assert pdf.count(b"/FontFile2") == len(set(fonts))
    path = tmp_path / "plan.pdf"
    path.write_bytes(pdf)
    if shutil.which("qpdf"):
        check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
    if shutil.which("pdffonts"):
        listed = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True)
        rows = listed.stdout.strip().splitlines()[2:]
        assert rows and all(row.split()[-5] == "yes" for row in rows), listed.stdout


def test_the_cover_says_the_version_number_once(demo_services: Services) -> None:
    built = build_plan(demo_services)
    text = pdf_text(plan_pdf(demo_services, built.version_id, record=None))
    assert "Versie versie" not in text  # it said "Versie versie 1"
    assert "Kenmerk T-2026-0003 Versie 1 Datum van deze versie" in text


def test_the_bsn_is_printed_only_when_asked(demo_services: Services) -> None:
    built = build_plan(demo_services)
    bsn = young_bsn(demo_services, built.case_id)
    plain = plan_pdf(demo_services, built.version_id, record=None)
    assert bsn not in pdf_text(plain) and bsn.encode() not in plain
    with_bsn = plan_pdf(demo_services, built.version_id, include_bsn=True, record=None)
    assert f"BSN {bsn}" in pdf_text(with_bsn)
    metadata = pdfium.PdfDocument(with_bsn).get_metadata_dict()
    assert all(bsn not in value for value in metadata.values())
    assert "Toekomstplan" in metadata["Title"]


def test_printing_freezes_the_text_so_verify_finds_it(demo_services: Services) -> None:
    built = build_plan(demo_services)
    demo_services.plans.edit(built.version_id, SetText("droom", "Een eigen werkplaats."))
    inhoud_hash = current_hash(demo_services, built)
    plan_pdf(demo_services, built.version_id, record=None)
    assert not demo_services.plans.verify(inhoud_hash).found  # a preview freezes nothing
    pdf = plan_pdf(demo_services, built.version_id)
    assert read_plan_hash(pdf) == inhoud_hash
    assert demo_services.plans.verify(inhoud_hash).found


def test_outdated_signatures_are_not_drawn(demo_services: Services) -> None:
    built = build_plan(demo_services)
    assert "Plaats: Eikenrode" in pdf_text(plan_pdf(demo_services, built.version_id,
                                                    record=None))
    demo_services.plans.edit(built.version_id, SetText("vangnet", "Dan bel ik de coach."))
    text = pdf_text(plan_pdf(demo_services, built.version_id, record=None))
    signing = text[text.index("Handtekeningen"):]
    assert "Eikenrode" not in signing
    assert built.jongere in signing  # still expected: an empty block to sign by hand
    assert signing.count("Plaats: ____") >= 2


def test_long_texts_flow_over_pages_without_losing_words(demo_services: Services) -> None:
    built = build_plan(demo_services)
    story = " ".join(f"zin{n} over mijn toekomst en wat ik wil." for n in range(450))
    demo_services.plans.edit(built.version_id, SetText("perspectief", story),
                             SetAfspraak(None, {"actie": "lang " * 90}))
    text = pdf_text(plan_pdf(demo_services, built.version_id, record=None))
    assert "zin0 over" in text and "zin449 over mijn toekomst en wat ik wil." in text
    assert text.count("lang") >= 90


def test_a_plan_without_conversations_says_so(demo_services: Services) -> None:
    from tafel.services.casussen import NieuweCasus

    changes = demo_services.casussen.register(NieuweCasus(
        "Familie Ëlmers", "Zoë", "Ëlmers", date(2006, 4, 1), "Sanne Kalkhoven"))
    view = demo_services.plans.start(changes.primary_id).view
    text = pdf_text(plan_pdf(demo_services, view.latest.id, record=None))
    assert "Zoë Ëlmers" in text and "Concept – nog niet getekend" in text
    assert "nog geen keukentafelgesprek of snelle check" in text
    assert text.count("Nog niet ingevuld.") >= 5
    assert "Doorbraak" not in text  # no doorbraak section when there is none
    assert "Er zijn nog geen afspraken gemaakt." in text


def test_read_plan_hash_rejects_what_is_not_a_tafel_plan(tmp_path: Path) -> None:
    assert read_plan_hash(b"") is None
    assert read_plan_hash(b"%PDF-1.4 rommel") is None
    assert read_plan_hash(bytes(range(256)) * 8) is None
    other = tmp_path / "ander.pdf"
    canvas = Canvas(str(other))
    canvas.drawString(72, 720, "Een brief zonder controlecode.")
    canvas.save()
    assert read_plan_hash(other.read_bytes()) is None
    # Without metadata the hash is still found in the text of the last page.
    code = "ab" * 32
    copy = tmp_path / "kopie.pdf"
    canvas = Canvas(str(copy))
    canvas.drawString(72, 720, f"Controlecode (SHA-256): {code}")
    canvas.save()
    assert read_plan_hash(copy.read_bytes()) == code
