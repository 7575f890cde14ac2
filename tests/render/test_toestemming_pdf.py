"""The household's overview "Wie mag wat zien en waarom": one page, plain Dutch, read back."""

from __future__ import annotations

import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from tafel.domain.enums import Gegevenscategorie, Grondslag
from tafel.services import Services
from tafel.services.toestemmingen import NieuweToestemming
from tests.builders import TODAY, new_case, pdf_text

C = Gegevenscategorie


def _printed(services: Services, extra: int = 0) -> bytes:
    case_id = services.casussen.register(new_case()).primary_id
    assert case_id is not None
    add = services.toestemmingen.add
    add(case_id, NieuweToestemming("Wijkteam Oost", "samen werken aan wonen en geld",
                                   (C.WONEN, C.INKOMEN), verloopt_op=TODAY + timedelta(400)))
    gone = add(case_id, NieuweToestemming("Huisarts", "terugkoppeling", (C.WELZIJN,)))
    services.toestemmingen.withdraw(gone.primary_id)
    add(case_id, NieuweToestemming("Leerplicht", "verzuim", (C.SCHOOL_WERK,),
                                   grondslag=Grondslag.WETTELIJKE_TAAK))
    for n in range(extra):
        add(case_id, NieuweToestemming(f"Organisatie {n}", "een heel lang doel " * 6,
                                       tuple(C), verloopt_op=TODAY + timedelta(20)))
    return services.toestemmingen.print_overzicht(case_id).pdf


def test_the_overview_says_who_may_see_what_and_why(services: Services) -> None:
    text = pdf_text(_printed(services))
    assert text.startswith("Wie mag wat zien en waarom")
    now, rest = text.split("Dit mag nu", 1)[1].split("Dit mag niet meer", 1)
    assert "Wijkteam Oost" in now and "Wonen, Inkomen" in now
    assert "Gegeven door Noor Bakker" in now
    assert "Leerplicht" in now and "Wettelijke taak" in now
    assert "Huisarts" in rest and "Ingetrokken op" in rest
    assert "Huisarts" not in now
    assert "Vanaf 16 jaar beslis je zelf" in text


def test_many_consents_still_fit_one_page(services: Services) -> None:
    pdf = pdfium.PdfDocument(_printed(services, extra=14))
    try:
        assert len(pdf) == 1
    finally:
        pdf.close()


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed")
def test_the_page_renders_as_an_image(services: Services, tmp_path: Path) -> None:
    source = tmp_path / "overzicht.pdf"
    source.write_bytes(_printed(services))
    subprocess.run(["pdftoppm", "-png", "-r", "50", str(source), str(tmp_path / "p")],
                   check=True)
    assert [p.name for p in tmp_path.glob("p*.png")] == ["p-1.png"]
