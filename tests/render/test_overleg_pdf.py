"""The record of a casus-overleg on paper: one page, every field read back, nothing added."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from tafel.domain.dates import dutch_date
from tafel.domain.enums import Gegevenscategorie
from tafel.render.overleg_pdf import IN_DOSSIER, fit, overleg_pdf
from tafel.views.overleg import OverlegVerslag
from tafel.views.wand import WandRegel
from tests.builders import TODAY, pdf_text

C = Gegevenscategorie


def _verslag(**changes: object) -> OverlegVerslag:
    verslag = OverlegVerslag(
        jongere="Noor", casus_referentie="T-2026-0142", datum=TODAY,
        aanwezigen=("Noor (jongere)", "Sandra (moeder)", "Jamal (mentor)"),
        afwezigen=("Kees (vader)",),
        categorieen=frozenset({C.PERSOONSGEGEVENS, C.TOEKOMSTPLAN, C.WONEN}),
        conclusies=("Noor wil eerst haar diploma halen.",
                    "Wonen bij moeder kan tot de zomer."),
        afspraken=(WandRegel("Noor", "Twee kamers bekijken", TODAY + timedelta(days=21)),
                   WandRegel("Sandra", "School bellen over het rooster", None)),
        volgende_evaluatie=TODAY + timedelta(weeks=6), niet_getoond=2,
        opgesteld_door="Fatima de Vries")
    return replace(verslag, **changes)  # type: ignore[arg-type]


def _pages(pdf: bytes) -> int:
    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def test_every_field_of_the_record_is_on_the_page() -> None:
    verslag = _verslag()
    text = pdf_text(overleg_pdf(verslag))
    assert text.startswith("Verslag casus-overleg Noor")
    assert dutch_date(TODAY) in text and "T-2026-0142" in text and "Fatima de Vries" in text
    for name in (*verslag.aanwezigen, *verslag.afwezigen):
        assert name in text
    present, absent = text.split("Wie waren erbij?", 1)[1].split("Wie waren er niet bij?", 1)
    assert "Sandra (moeder)" in present and "Kees (vader)" in absent.split("Wat we")[0]
    for conclusie in verslag.conclusies:
        assert conclusie in text
    assert "Noor Twee kamers bekijken 14 december 2026" in text
    assert "Sandra School bellen over het rooster geen datum" in text
    assert f"opnieuw hoe het gaat op {dutch_date(TODAY + timedelta(weeks=6))}" in text
    assert "nog 2 afspraken gemaakt die hier niet staan" in text
    assert "mocht dit zien: namen, het toekomstplan en wonen" in text
    assert "Op dit papier staat alleen wat iedereen die erbij was mag zien" in text
    assert "pagina 1 van 1" in text
    assert IN_DOSSIER not in text  # nothing was shortened


def test_what_was_not_given_is_not_printed() -> None:
    text = pdf_text(overleg_pdf(_verslag(afwezigen=(), niet_getoond=0, conclusies=(),
                                         afspraken=(), volgende_evaluatie=None,
                                         categorieen=frozenset())))
    assert "er niet bij" not in text
    assert "niet staat" not in text and "niet staan" not in text
    assert "Op dit papier staan geen conclusies: niet iedereen die erbij was" in text
    assert "Er zijn geen nieuwe afspraken gemaakt." in text
    assert "De datum hoor je nog." in text
    assert "mocht dit zien" not in text and "Niet iedereen die erbij was" in text


def test_no_conclusions_for_a_room_that_may_see_something_are_none() -> None:
    text = pdf_text(overleg_pdf(_verslag(conclusies=())))
    assert "Er zijn geen conclusies opgeschreven." in text
    assert "Op dit papier staan geen conclusies" not in text


def test_one_afspraak_left_out_is_said_in_the_singular() -> None:
    text = pdf_text(overleg_pdf(_verslag(niet_getoond=1)))
    assert "Er is nog 1 afspraak gemaakt die hier niet staat" in text


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _template_words() -> set[str]:
    """The page's own words: every variant of the page, for a record of marker words only."""
    marked = _verslag(jongere="zqa", casus_referentie="zqb", opgesteld_door="zqc",
                      aanwezigen=("zqd",), afwezigen=("zqe",), conclusies=("zqf",),
                      afspraken=(WandRegel("zqg", "zqh", None),))
    variants = [marked, replace(marked, niet_getoond=1, volgende_evaluatie=None,
                                conclusies=(), afspraken=()),
                replace(marked, niet_getoond=3, afwezigen=(), categorieen=frozenset(C)),
                replace(marked, categorieen=frozenset(), casus_referentie="",
                        opgesteld_door="")]
    words = set().union(*(_words(pdf_text(overleg_pdf(v))) for v in variants))
    return {w for w in words if not w.startswith("zq") and not w.isdigit()} - _words(
        dutch_date(TODAY) + " " + dutch_date(TODAY + timedelta(weeks=6)))


def _strings(verslag: OverlegVerslag) -> list[str]:
    return [verslag.jongere, verslag.casus_referentie, verslag.opgesteld_door,
            *verslag.aanwezigen, *verslag.afwezigen, *verslag.conclusies,
            *(t for a in verslag.afspraken for t in (a.kop, a.tekst))]


_MARKER = st.text(alphabet="qxzjkv", min_size=3, max_size=8).map(lambda w: f"zq{w}")
_MARKED = st.lists(_MARKER, min_size=1, max_size=4).map(" ".join)
_DAY = st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31))


@settings(max_examples=25, deadline=None)
@given(jongere=_MARKER, aanwezigen=st.lists(_MARKED, min_size=1, max_size=5),
       afwezigen=st.lists(_MARKED, max_size=3), conclusies=st.lists(_MARKED, max_size=4),
       afspraken=st.lists(st.tuples(_MARKER, _MARKED, st.none() | _DAY), max_size=4),
       volgende=st.none() | _DAY, niet_getoond=st.integers(0, 3),
       categorieen=st.frozensets(st.sampled_from(list(C))))
def test_the_page_holds_nothing_but_the_record_and_its_own_words(
        jongere: str, aanwezigen: list[str], afwezigen: list[str], conclusies: list[str],
        afspraken: list[tuple[str, str, date | None]], volgende: date | None,
        niet_getoond: int, categorieen: frozenset[Gegevenscategorie]) -> None:
    verslag = _verslag(
        jongere=jongere, aanwezigen=tuple(aanwezigen), afwezigen=tuple(afwezigen),
        conclusies=tuple(conclusies), afspraken=tuple(WandRegel(*a) for a in afspraken),
        volgende_evaluatie=volgende, niet_getoond=niet_getoond, categorieen=categorieen)
    text = pdf_text(overleg_pdf(verslag))
    dates = [verslag.datum, volgende, *(a[2] for a in afspraken)]
    allowed = _TEMPLATE | _words(" ".join(_strings(verslag)))
    allowed |= _words(" ".join(dutch_date(d) for d in dates if d is not None))
    allowed |= {"1", str(niet_getoond)}  # "pagina 1 van 1", "nog 2 afspraken"
    extra = _words(text) - allowed
    assert not extra, f"on the page but not in the record: {sorted(extra)}"
    for marked in _strings(verslag):
        assert marked in text


_TEMPLATE = _template_words()

_WORD = st.text(alphabet=st.characters(codec="latin-1", categories=("L", "N", "P")),
                min_size=1, max_size=40)
#: Anything from a word to pages of text (a word repeated, so it is cheap to make).
_LONG = st.builds(lambda word, times, tail: " ".join([word] * times) + tail, _WORD,
                  st.integers(1, 400), st.text(max_size=30))


def _many(items: st.SearchStrategy[object], most: int) -> st.SearchStrategy[list[object]]:
    """A list of any length up to ``most``, long ones as likely as short ones."""
    return st.integers(0, most).flatmap(lambda n: st.lists(items, min_size=n, max_size=n))


@settings(max_examples=20, deadline=None)
@given(conclusies=_many(_LONG, 60),
       afspraken=_many(st.tuples(_LONG, _LONG, st.none() | _DAY), 60),
       aanwezigen=_many(_LONG, 40), afwezigen=_many(_LONG, 40),
       jongere=_LONG, referentie=_LONG)
def test_any_record_is_exactly_one_page(
        conclusies: list[str], afspraken: list[tuple[str, str, date | None]],
        aanwezigen: list[str], afwezigen: list[str], jongere: str, referentie: str) -> None:
    verslag = _verslag(conclusies=tuple(conclusies),
                       afspraken=tuple(WandRegel(*a) for a in afspraken),
                       aanwezigen=tuple(aanwezigen), afwezigen=tuple(afwezigen),
                       jongere=jongere, casus_referentie=referentie, opgesteld_door=referentie)
    pdf = overleg_pdf(verslag)
    assert _pages(pdf) == 1
    page = fit(verslag)
    assert page.scale >= 0.8  # type never shrinks below what reads comfortably
    shortened = page.ingekort or page.conclusies_weg or page.afspraken_weg
    event(f"shortened: {bool(shortened)}, scale {page.scale}")
    assert (IN_DOSSIER in pdf_text(pdf)) == bool(shortened)


def test_a_little_too_long_shrinks_the_type_and_cuts_nothing() -> None:
    verslag = _verslag(conclusies=tuple(f"Conclusie {n}: we zien dat het beter gaat met "
                                        "school en dat er rust komt thuis." for n in range(16)))
    page = fit(verslag)
    assert page.scale < 1 and not page.ingekort and not page.conclusies_weg
    text = pdf_text(overleg_pdf(verslag))
    assert "Conclusie 15:" in text and IN_DOSSIER not in text and "…" not in text


def test_far_too_long_is_cut_visibly_and_points_to_the_dossier() -> None:
    long = "Dit is een hele lange conclusie over van alles wat er gezegd is. " * 30
    verslag = _verslag(conclusies=(long,) * 40, afspraken=tuple(
        WandRegel(f"Persoon {n}", "Een afspraak die maar doorgaat. " * 12, TODAY)
        for n in range(40)))
    pdf = overleg_pdf(verslag)
    text = pdf_text(pdf)
    assert _pages(pdf) == 1
    assert "…" in text and IN_DOSSIER in text
    assert re.search(r"… en nog \d+ conclusies\.", text)
    assert re.search(r"… en nog \d+ afspraken\.", text)
    assert "Sandra (moeder)" in text  # who was there is never what makes way first


def test_the_same_record_gives_the_same_bytes() -> None:
    assert overleg_pdf(_verslag()) == overleg_pdf(_verslag())


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed")
def test_the_page_renders_as_one_image(tmp_path: Path) -> None:
    source = tmp_path / "overleg.pdf"
    source.write_bytes(overleg_pdf(_verslag()))
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(source), str(tmp_path / "p")],
                   check=True)
    assert [p.name for p in tmp_path.glob("p*.png")] == ["p-1.png"]
