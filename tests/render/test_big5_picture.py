"""The Big 5 picture: points from gesprekken, bars, markers, timeline, and no Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
import uuid
from datetime import date, datetime
from pathlib import Path

import pytest

from tafel.domain.enums import PIJLER_NAMEN, GesprekPlaats, GesprekSoort, Pijler
from tafel.render.big5_picture import (
    PROFESSIONAL,
    YOUNG,
    ChartLabels,
    PillarPoint,
    big5_picture,
    big5_points,
    domain_series,
    format_score,
    timeline_picture,
)
from tafel.render.picture import Marker, Picture, Polyline, Rect, Text, text_bounds
from tafel.views.gesprekken import DomeinScore, GesprekView, PijlerNotities

RENDER = Path(__file__).resolve().parents[2] / "src" / "tafel" / "render"


def gesprek(
    day: date,
    scores: dict[tuple[Pijler, str], tuple[int | None, int | None] | None],
    soort: GesprekSoort = GesprekSoort.KEUKENTAFELGESPREK,
    pillars: tuple[PijlerNotities, ...] = (),
) -> GesprekView:
    """An gesprek with domain scores; ``None`` as a value means "not discussed"."""
    rows = tuple(
        DomeinScore(pillar, key, key.replace("_", " ").capitalize(),
                    None if value is None else value[0], None if value is None else value[1],
                    value is None, "")
        for (pillar, key), value in scores.items()
    )
    return GesprekView(
        id=uuid.uuid4(), casus_id=uuid.uuid4(), soort=soort, datum=day,
        plaats=GesprekPlaats.KEUKENTAFEL, aanwezig=(), instrument_id="tafel-big5",
        instrument_versie=1, rapportcijfer=None, samenvatting="", bestaande_zorg="",
        volwassene_altijd_daar=None, volwassene_wie="", afgenomen_door="Fatima",
        afgerond_op=datetime(2026, 1, 1), pillars=pillars, scores=rows,
    )


FIRST = gesprek(date(2026, 3, 12), {
    (Pijler.WONEN, "huisvesting"): (1, 2),
    (Pijler.WONEN, "huiselijke_relaties"): (2, 3),
    (Pijler.INKOMEN, "financien"): (2, 3),
    (Pijler.WELZIJN, "geestelijke_gezondheid"): (2, 2),
    (Pijler.SCHOOL_WERK, "werk_opleiding"): (2, 2),
    (Pijler.SUPPORT, "sociaal_netwerk"): None,
})
NOW = gesprek(date(2026, 6, 18), {
    (Pijler.WONEN, "huisvesting"): (3, 4),
    (Pijler.WONEN, "huiselijke_relaties"): (4, 3),
    (Pijler.INKOMEN, "financien"): (4, 4),
    (Pijler.WELZIJN, "geestelijke_gezondheid"): (2, 3),
    (Pijler.SCHOOL_WERK, "werk_opleiding"): (3, None),
    (Pijler.SUPPORT, "sociaal_netwerk"): (3, 2),
})


def bars(picture: Picture, color: str) -> list[Rect]:
    """The bars of one voice, left to right."""
    return sorted((r for r in picture.of_type(Rect) if r.fill == color), key=lambda r: r.x)


def diamonds(picture: Picture) -> list[Marker]:
    """Every diamond marker (target)."""
    return [m for m in picture.of_type(Marker) if m.shape == "diamond"]


def assert_text_inside(picture: Picture) -> None:
    """Every Text item lies within the picture."""
    assert picture.of_type(Text)
    for item in picture.of_type(Text):
        left, top, right, bottom = text_bounds(item)
        assert left >= 0 and right <= picture.width, item
        assert top >= 0 and bottom <= picture.height, item


def point(pillar: Pijler, professional: float | None, young: float | None = None,
          first: tuple[float | None, float | None] = (None, None),
          target: float | None = None) -> PillarPoint:
    return PillarPoint(pillar, PIJLER_NAMEN[pillar], professional, young, first[0], first[1],
                       target)


# --- points -----------------------------------------------------------------------------------

@pytest.mark.parametrize("order", [[FIRST, NOW], [NOW, FIRST]])
def test_newest_is_now_and_oldest_is_first(order: list[GesprekView]) -> None:
    points = big5_points(order, {Pijler.WONEN: 4})
    assert [p.pillar for p in points] == list(Pijler)
    assert [p.name for p in points] == [PIJLER_NAMEN[p] for p in Pijler]
    wonen, inkomen, _, school, support = points
    assert (wonen.professional, wonen.young) == (3.5, 3.5)  # mean of the newest domains
    assert (wonen.first_professional, wonen.first_young) == (1.5, 2.5)
    assert (inkomen.professional, inkomen.first_professional) == (4.0, 2.0)
    assert wonen.target == 4 and inkomen.target is None
    assert school.young is None and school.first_young == 2.0
    assert support.professional == 3.0 and support.first_professional is None  # not discussed


def test_one_gesprek_has_nothing_to_compare() -> None:
    points = big5_points([NOW])
    assert points[0].professional == 3.5
    assert all(p.first_professional is None and p.first_young is None for p in points)


def test_snelle_check_scores_pillars_directly() -> None:
    notes = PijlerNotities(Pijler.INKOMEN, "", "", "", "", "", "", 5, 1)
    check = gesprek(date(2026, 9, 1), {}, GesprekSoort.SNELLE_CHECK, (notes,))
    points = big5_points([FIRST, NOW, check])
    assert (points[1].professional, points[1].young) == (5.0, 1.0)
    assert points[0].professional is None  # the newest did not score Wonen
    assert points[1].first_professional == 2.0


def test_format_score_uses_the_decimal_separator() -> None:
    assert format_score(3.0) == "3"
    assert format_score(3.5) == "3,5"
    assert format_score(3.5, ".") == "3.5"
    assert format_score(3.75) == "3,8"


# --- the bar chart ----------------------------------------------------------------------------

def test_bar_height_is_proportional_to_the_score() -> None:
    picture = big5_picture([
        point(Pijler.WONEN, 4, 3), point(Pijler.INKOMEN, 2, 5), point(Pijler.WELZIJN, 1, 1),
        point(Pijler.SCHOOL_WERK, 5, 2), point(Pijler.SUPPORT, 3, 4),
    ])
    teal = bars(picture, PROFESSIONAL)
    orange = bars(picture, YOUNG)
    assert len(teal) == len(orange) == 5
    assert teal[0].h == pytest.approx(2 * teal[1].h)
    assert teal[3].h == pytest.approx(5 * teal[2].h)
    # All bars stand on the same baseline, and each young bar is right of its teal one.
    assert len({round(r.y + r.h, 6) for r in teal + orange}) == 1
    assert all(o.x > t.x + t.w for t, o in zip(teal, orange, strict=True))


def test_the_value_is_written_above_each_bar() -> None:
    picture = big5_picture([point(Pijler.WONEN, 3.5, 2)] + [
        point(p, None) for p in list(Pijler)[1:]
    ])
    texts = {t.text: t for t in picture.of_type(Text)}
    teal, orange = bars(picture, PROFESSIONAL)[0], bars(picture, YOUNG)[0]
    assert texts["3,5"].y < teal.y and texts["3,5"].x == pytest.approx(teal.x + teal.w / 2)
    assert texts["2"].y < orange.y and texts["2"].color == YOUNG


def test_a_missing_score_draws_no_bar_but_says_so() -> None:
    labels = ChartLabels(no_score="ontbreekt")
    picture = big5_picture([
        point(Pijler.WONEN, 4, None), point(Pijler.INKOMEN, None, 2),
        point(Pijler.WELZIJN, 3, 3), point(Pijler.SCHOOL_WERK, None, None),
        point(Pijler.SUPPORT, 2, 2),
    ], labels)
    assert len(bars(picture, PROFESSIONAL)) == 3
    assert len(bars(picture, YOUNG)) == 3
    assert [t.text for t in picture.of_type(Text)].count("ontbreekt") == 4
    assert "ontbreekt" in picture.description


def test_first_scores_are_hollow_circles_on_the_bar_centre() -> None:
    picture = big5_picture(big5_points([FIRST, NOW]))
    circles = [m for m in picture.of_type(Marker) if m.shape == "circle" and m.fill == "#ffffff"]
    teal_bar = bars(picture, PROFESSIONAL)[0]  # Wonen: now 3.5, first 1.5
    on_bar = [m for m in circles if m.x == pytest.approx(teal_bar.x + teal_bar.w / 2)]
    assert len(on_bar) == 1 and on_bar[0].stroke == PROFESSIONAL
    baseline = teal_bar.y + teal_bar.h
    assert baseline - on_bar[0].y == pytest.approx(teal_bar.h * 1.5 / 3.5)
    assert any(t.text == "Eerste gesprek" for t in picture.of_type(Text))


def test_without_first_or_target_the_legend_leaves_them_out() -> None:
    picture = big5_picture(big5_points([NOW]))
    words = [t.text for t in picture.of_type(Text)]
    assert "Professional" in words and "Jongere" in words
    assert "Eerste gesprek" not in words and "Doel" not in words
    assert not [m for m in picture.of_type(Marker) if m.fill == "#ffffff"]
    assert diamonds(picture) == []


def test_target_shows_a_diamond_only_when_given() -> None:
    without = big5_picture(big5_points([FIRST, NOW]))
    assert diamonds(without) == []
    with_target = big5_picture(big5_points([FIRST, NOW], {Pijler.INKOMEN: 4.5}))
    assert len(diamonds(with_target)) == 2  # one in the chart, one in the legend
    assert "Doel" in [t.text for t in with_target.of_type(Text)]
    chart = max(diamonds(with_target), key=lambda m: m.y)
    teal = bars(with_target, PROFESSIONAL)[1]  # Inkomen, score 4
    baseline = teal.y + teal.h
    assert baseline - chart.y == pytest.approx(teal.h * 4.5 / 4)


@pytest.mark.parametrize(("width", "height"), [(640, 280), (480, 220), (1000, 400)])
def test_every_text_lies_inside_the_picture(width: float, height: float) -> None:
    targets = {p: 5.0 for p in Pijler}
    crowded = [point(p, 5, 5, (5, 4.9), 5) for p in Pijler]
    for points in (big5_points([FIRST, NOW], targets), crowded):
        picture = big5_picture(points, width=width, height=height)
        assert (picture.width, picture.height) == (width, height)
        assert_text_inside(picture)
    assert_text_inside(timeline_picture(domain_series([FIRST, NOW]), width=width))


def test_no_scores_at_all_gives_one_sentence() -> None:
    for picture in (big5_picture(big5_points([])), big5_picture([])):
        assert [t.text for t in picture.of_type(Text)] == ["Nog geen gesprekken"]
        assert picture.of_type(Rect) == []
        assert_text_inside(picture)


def test_the_description_reads_both_voices() -> None:
    picture = big5_picture(big5_points([FIRST, NOW], {Pijler.WONEN: 4}))
    assert picture.description.startswith(
        "Wonen: Professional 3,5 (Eerste gesprek 1,5), Jongere 3,5 (Eerste gesprek 2,5), Doel 4."
    )


# --- the timeline -----------------------------------------------------------------------------

def test_domain_series_by_pillar_then_first_seen() -> None:
    later = gesprek(date(2026, 9, 30), {
        (Pijler.SUPPORT, "maatschappelijke_participatie"): (2, 2),
        (Pijler.WONEN, "huisvesting"): (4, 4),
    })
    check = gesprek(date(2026, 10, 1), {}, GesprekSoort.SNELLE_CHECK)
    series = domain_series([later, FIRST, check, NOW])
    assert [(s.pillar, s.name) for s in series] == [
        (Pijler.WONEN, "Huisvesting"), (Pijler.WONEN, "Huiselijke relaties"),
        (Pijler.INKOMEN, "Financien"), (Pijler.WELZIJN, "Geestelijke gezondheid"),
        (Pijler.SCHOOL_WERK, "Werk opleiding"), (Pijler.SUPPORT, "Sociaal netwerk"),
        (Pijler.SUPPORT, "Maatschappelijke participatie"),
    ]
    assert series[0].points == (
        (date(2026, 3, 12), 1, 2), (date(2026, 6, 18), 3, 4), (date(2026, 9, 30), 4, 4),
    )
    assert series[5].points == ((date(2026, 3, 12), None, None), (date(2026, 6, 18), 3, 2))


def test_timeline_has_one_row_per_domain() -> None:
    series = domain_series([FIRST, NOW])
    picture = timeline_picture(series, row_height=34)
    words = [t.text for t in picture.of_type(Text)]
    for s in series:
        assert words.count(s.name) == 1
    rows = [t for t in picture.of_type(Text) if t.text in {s.name for s in series}]
    assert [t.text for t in sorted(rows, key=lambda t: t.y)] == [s.name for s in series]
    assert picture.height >= len(series) * 34
    assert picture.height < len(series) * 34 + 80
    assert words.count("12-03-2026") == 1 and words.count("18-06-2026") == 1
    assert_text_inside(picture)


def test_timeline_draws_both_voices() -> None:
    picture = timeline_picture(domain_series([FIRST, NOW]))
    lines = {line.color for line in picture.of_type(Polyline)}
    assert lines == {PROFESSIONAL, YOUNG}
    circles = [m for m in picture.of_type(Marker) if m.shape == "circle" and m.fill == PROFESSIONAL]
    squares = [m for m in picture.of_type(Marker) if m.shape == "square" and m.fill == YOUNG]
    # The legend's, then two dates for five domains and one for the not-discussed one.
    assert len(circles) == 1 + 2 * 5 + 1
    assert len(squares) == 1 + 2 * 4 + 1 + 1  # the young person skipped werk_opleiding once
    # Huisvesting went from 1 to 3 (professional) and from 2 to 4 (young person):
    # later is further right, higher is further up, by the same step per point.
    before, after = circles[1], circles[2]
    assert after.x > before.x and after.y < before.y
    assert squares[1].y - squares[2].y == pytest.approx(before.y - after.y)
    assert before.y - squares[1].y == pytest.approx((before.y - after.y) / 2)


def test_a_single_point_shows_just_markers() -> None:
    picture = timeline_picture(domain_series([NOW]))
    assert picture.of_type(Polyline) == []
    assert len([m for m in picture.of_type(Marker) if m.fill == PROFESSIONAL]) == 1 + 6
    assert_text_inside(picture)


def test_empty_timeline_is_one_sentence() -> None:
    picture = timeline_picture([], ChartLabels(empty="Nothing yet"))
    assert [t.text for t in picture.of_type(Text)] == ["Nothing yet"]
    assert picture.height < 60


# --- no Qt ------------------------------------------------------------------------------------

def test_render_modules_import_no_qt() -> None:
    for path in RENDER.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            assert not [n for n in names if n.split(".")[0] in ("PySide6", "shiboken6")], path
    script = (
        "import sys\n"
        "import tafel.render, tafel.render.picture, tafel.render.big5_picture\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
