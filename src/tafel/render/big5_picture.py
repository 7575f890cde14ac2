"""The Big 5 at a glance, as a picture for the screen and the printed plan.

Per pillar, both voices side by side (the professional's and the young person's own score,
scale 1-5), with the first gesprek and the plan's target score to compare against; and
per domain a small timeline of both voices. Both are built from plain primitives
(:mod:`tafel.render.picture`), so the screen and the PDF draw the same picture.

The two voices are never averaged: the difference is what the conversation is about.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from tafel.brand import BRAND
from tafel.domain.dates import short_date
from tafel.domain.enums import PIJLER_NAMEN, GesprekSoort, Pijler
from tafel.render.picture import (
    ASCENT,
    DESCENT,
    Item,
    Line,
    Marker,
    Picture,
    Polyline,
    Rect,
    Text,
    fit_text,
    text_width,
    wrap_text,
)

if TYPE_CHECKING:
    from tafel.views.gesprekken import GesprekView

PROFESSIONAL = BRAND  # teal
YOUNG = "#c2571a"  # warm orange
TARGET = "#33424a"  # dark slate
INK = "#1d2327"
MUTED = "#5b6770"
GRID = "#e3e8e9"
AXIS = "#9aa6ab"
BAND = "#f4f6f6"
WHITE = "#ffffff"

MARGIN = 10.0
TOP_SCORE = 5


@dataclass(frozen=True)
class ChartLabels:
    """The words drawn in the pictures; the interface passes translated ones."""

    professional: str = "Professional"
    young: str = "Jongere"
    first: str = "Eerste gesprek"
    target: str = "Doel"
    no_score: str = "geen score"
    scale: tuple[str, ...] = ("1", "2", "3", "4", "5")
    empty: str = "Nog geen gesprekken"
    decimal_separator: str = ","


@dataclass(frozen=True)
class PillarPoint:
    """One pillar's scores: now, in the first gesprek, and the plan's target."""

    pillar: Pijler
    name: str
    professional: float | None
    young: float | None
    first_professional: float | None
    first_young: float | None
    target: float | None


@dataclass(frozen=True)
class DomainSeries:
    """One domain's scores over time: (date, professional, young), oldest first."""

    pillar: Pijler
    name: str
    points: tuple[tuple[date, int | None, int | None], ...]


def format_score(value: float, decimal_separator: str = ",") -> str:
    """A score as written in the picture: ``"3"``, or ``"3,5"`` when it is not whole."""
    rounded = round(value, 1)
    if rounded == int(rounded):
        return str(int(rounded))
    return f"{rounded:.1f}".replace(".", decimal_separator)


def big5_points(
    gesprekken: Sequence[GesprekView], targets: Mapping[Pijler, float] | None = None
) -> list[PillarPoint]:
    """The five pillars' points, in Pijler order.

    "Now" is the newest gesprek, "first" the oldest (``gesprekken`` is oldest first; a
    date decides, the list order breaks ties). With fewer than two gesprekken there is
    nothing to compare, so the first scores are ``None``.
    """
    targets = targets or {}
    order = sorted(range(len(gesprekken)), key=lambda i: (gesprekken[i].datum, i))
    newest = gesprekken[order[-1]] if order else None
    oldest = gesprekken[order[0]] if len(order) > 1 else None

    def score(gesprek: GesprekView | None, pillar: Pijler, voice: str) -> float | None:
        return gesprek.pillar_score(pillar, voice) if gesprek is not None else None

    return [
        PillarPoint(
            pillar=pillar,
            name=PIJLER_NAMEN[pillar],
            professional=score(newest, pillar, "professional"),
            young=score(newest, pillar, "young"),
            first_professional=score(oldest, pillar, "professional"),
            first_young=score(oldest, pillar, "young"),
            target=targets.get(pillar),
        )
        for pillar in Pijler
    ]


def domain_series(gesprekken: Sequence[GesprekView]) -> list[DomainSeries]:
    """One series per domain scored in any keukentafelgesprek, by pillar, then as first seen.

    A domain gets a point for each keukentafelgesprek that lists it; a domain that was not
    discussed there gets ``None`` for both voices. Snelle checks score pillars, not domains,
    so they are left out.
    """
    talks = sorted(
        (a for a in gesprekken if a.soort is GesprekSoort.KEUKENTAFELGESPREK),
        key=lambda a: a.datum,
    )
    names: dict[tuple[Pijler, str], str] = {}
    points: dict[tuple[Pijler, str], list[tuple[date, int | None, int | None]]] = {}
    for talk in talks:
        for score in talk.scores:
            key = (score.pillar, score.domain)
            if not names.get(key):
                names[key] = score.name or score.domain
            point: tuple[date, int | None, int | None]
            if score.not_discussed:
                point = (talk.datum, None, None)
            else:
                point = (talk.datum, score.professional, score.young)
            points.setdefault(key, []).append(point)
    rank = {pillar: i for i, pillar in enumerate(Pijler)}
    keys = sorted(points, key=lambda k: rank[k[0]])  # stable: first appearance within pillar
    return [DomainSeries(k[0], names[k], tuple(points[k])) for k in keys]


def _empty_picture(sentence: str, width: float) -> Picture:
    size = 11.0
    height = 40.0
    text = fit_text(sentence, size, width - 2 * MARGIN)
    return Picture(
        width, height, (Text(MARGIN, height / 2 + size * 0.35, text, size, MUTED),), sentence
    )


def _legend(
    entries: Sequence[tuple[str, list[Item]]], left: float, right: float, top: float
) -> tuple[list[Item], float]:
    """Legend entries (symbol items drawn around x=0, y=0, then a label) in wrapping rows.

    Returns the items and the y just below the legend.
    """
    size = 10.0
    row_height = 16.0
    symbol = 14.0
    gap = 16.0
    items: list[Item] = []
    x = left
    row = 0
    for label, symbols in entries:
        width = symbol + text_width(label, size)
        if x > left and x + width > right:
            row += 1
            x = left
        centre_y = top + row * row_height + row_height / 2
        for item in symbols:
            items.append(_moved(item, x + symbol / 2 - 2, centre_y))
        items.append(Text(x + symbol, centre_y + size * 0.35, label, size, INK))
        x += width + gap
    return items, top + (row + 1) * row_height


def _moved(item: Item, dx: float, dy: float) -> Item:
    if isinstance(item, Marker):
        return Marker(item.x + dx, item.y + dy, item.shape, item.size, item.fill, item.stroke,
                      item.stroke_width)
    if isinstance(item, Line):
        return Line(item.x1 + dx, item.y1 + dy, item.x2 + dx, item.y2 + dy, item.color,
                    item.width, item.dash)
    raise TypeError(item)


def _first_marker(x: float, y: float, color: str, size: float = 9.0) -> Marker:
    return Marker(x, y, "circle", size, WHITE, color, 2.0)


def _target_marker(x: float, y: float, size: float = 10.0) -> Marker:
    return Marker(x, y, "diamond", size, TARGET, WHITE, 1.0)


TARGET_DASH = (4.0, 3.0)


def big5_picture(
    points: Sequence[PillarPoint],
    labels: ChartLabels = ChartLabels(),
    width: float = 640,
    height: float = 280,
) -> Picture:
    """The Big 5 as grouped bars: both voices now, the first gesprek and the target.

    Each pillar is a group of two bars (professional teal, young person orange) on a 0-5
    axis, the value written above each bar. The first gesprek's scores are hollow
    circles on each bar's centre line, the target a dashed line with a diamond.
    """
    voices = ("professional", "young")
    if not any(
        getattr(p, f) is not None
        for p in points
        for f in (*voices, "first_professional", "first_young")
    ):
        return _empty_picture(labels.empty, width)

    has_first = any(p.first_professional is not None or p.first_young is not None
                    for p in points)
    has_target = any(p.target is not None for p in points)
    items: list[Item] = []

    # Legend along the top.
    scale_size = 9.0
    scale_width = max(text_width(s, scale_size) for s in labels.scale) if labels.scale else 0
    plot_left = MARGIN + scale_width + 8
    plot_right = width - MARGIN
    entries: list[tuple[str, list[Item]]] = [
        (labels.professional, [Marker(0, 0, "square", 10, PROFESSIONAL)]),
        (labels.young, [Marker(0, 0, "square", 10, YOUNG)]),
    ]
    if has_first:
        entries.append((labels.first, [_first_marker(0, 0, TARGET)]))
    if has_target:
        entries.append((labels.target, [
            Line(-6, 0, 6, 0, TARGET, 1.5, TARGET_DASH), _target_marker(0, 0, 9),
        ]))
    legend, legend_bottom = _legend(entries, plot_left, plot_right, MARGIN - 2)
    items.extend(legend)

    # The plot area: room above for the value labels, below for the pillar names.
    value_size = 10.0
    name_size = 11.0
    plot_top = legend_bottom + value_size + 13
    plot_bottom = height - MARGIN - name_size - 6
    unit = (plot_bottom - plot_top) / TOP_SCORE

    def y_of(score: float) -> float:
        return plot_bottom - max(0.0, min(float(TOP_SCORE), score)) * unit

    for level in range(1, TOP_SCORE + 1):
        y = y_of(level)
        items.append(Line(plot_left, y, plot_right, y, GRID, 0.75))
        if level - 1 < len(labels.scale):
            items.append(Text(plot_left - 6, y + scale_size * 0.35, labels.scale[level - 1],
                              scale_size, MUTED, anchor="end"))
    items.append(Line(plot_left, plot_bottom, plot_right, plot_bottom, AXIS, 1.0))

    count = max(1, len(points))
    group = (plot_right - plot_left) / count
    bar = min(34.0, group * 0.3)
    gap = max(3.0, bar * 0.15)
    colors = {"professional": PROFESSIONAL, "young": YOUNG}
    first_fields = {"professional": "first_professional", "young": "first_young"}
    overlays: list[Item] = []  # drawn after all bars: targets, markers, values
    for index, point in enumerate(points):
        centre = plot_left + group * (index + 0.5)
        centres = {"professional": centre - gap / 2 - bar / 2,
                   "young": centre + gap / 2 + bar / 2}
        # Things that sit on a bar's centre line or across the group, as (top, bottom).
        target_span: tuple[float, float] | None = None
        if point.target is not None:
            ty = y_of(point.target)
            reach = min(bar + gap / 2 + 8, group / 2 - 7)
            overlays.append(Line(centre - reach, ty, centre + reach, ty, TARGET, 1.75,
                                 TARGET_DASH))
            overlays.append(_target_marker(centre + reach, ty))
            target_span = (ty - 2, ty + 2)
        for voice in voices:
            x = centres[voice]
            color = colors[voice]
            value = getattr(point, voice)
            first = getattr(point, first_fields[voice])
            obstacles = [target_span] if target_span else []
            if first is not None:
                fy = y_of(first)
                overlays.append(_first_marker(x, fy, color))
                obstacles.append((fy - 5.5, fy + 5.5))
            if value is None:
                room = bar + gap - 6
                lines = wrap_text(labels.no_score, 8.0, room)
                widest = max((text_width(line, 8.0) for line in lines), default=room)
                size = max(6.0, min(8.0, 8.0 * room / max(widest, 1.0)))
                for n, line in enumerate(reversed(lines)):
                    overlays.append(Text(x, plot_bottom - 5 - n * (size + 1.5), line, size,
                                         MUTED, anchor="middle"))
                continue
            top = y_of(value)
            items.append(Rect(x - bar / 2, top, bar, plot_bottom - top, color, radius=1.5))
            baseline = _dodge(top - 4, value_size, obstacles)
            baseline = max(baseline, legend_bottom + value_size * ASCENT + 2)
            overlays.append(Text(x, baseline, format_score(value, labels.decimal_separator),
                                 value_size, color, bold=True, anchor="middle"))
        name_fit = min(name_size, name_size * group / max(1.0, text_width(
            point.name, name_size, bold=True) + 6))
        items.append(Text(centre, plot_bottom + 6 + name_fit * ASCENT + 2, point.name,
                          name_fit, INK, bold=True, anchor="middle"))
    items.extend(overlays)
    return Picture(width, height, tuple(items), _big5_description(points, labels))


def _dodge(baseline: float, size: float, obstacles: list[tuple[float, float]]) -> float:
    """Move a label's baseline up until its text clears every (top, bottom) span."""
    for _ in range(len(obstacles) + 1):
        top, bottom = baseline - size * ASCENT, baseline + size * DESCENT
        hits = [o for o in obstacles if o[0] < bottom and o[1] > top]
        if not hits:
            break
        baseline = min(o[0] for o in hits) - 2 - size * DESCENT
    return baseline


def _big5_description(points: Sequence[PillarPoint], labels: ChartLabels) -> str:
    def fmt(value: float | None) -> str:
        if value is None:
            return labels.no_score
        return format_score(value, labels.decimal_separator)

    parts = []
    for p in points:
        voices = []
        for label, now, first in ((labels.professional, p.professional, p.first_professional),
                                  (labels.young, p.young, p.first_young)):
            text = f"{label} {fmt(now)}"
            if first is not None:
                text += f" ({labels.first} {fmt(first)})"
            voices.append(text)
        if p.target is not None:
            voices.append(f"{labels.target} {fmt(p.target)}")
        parts.append(f"{p.name}: {', '.join(voices)}.")
    return " ".join(parts)


def timeline_picture(
    series: Sequence[DomainSeries],
    labels: ChartLabels = ChartLabels(),
    width: float = 640,
    row_height: float = 34,
) -> Picture:
    """Per domain a row with a small line chart of both voices over time.

    All rows share one date axis (earliest to latest date, written once at the bottom);
    within a row the scale runs from 1 (bottom) to 5 (top). The professional is a wide teal
    line with circles, the young person a thin orange line with squares drawn on top, so
    where both agree the teal shows around the orange. The newest scores stand in a column
    on the right. A thin line separates the pillars, whose name stands small above their
    first domain.
    """
    dates = sorted({d for s in series for d, _, _ in s.points})
    if not series or not dates:
        return _empty_picture(labels.empty, width)

    items: list[Item] = []
    name_column = min(170.0, width * 0.3)
    date_size = 8.0
    value_size = 9.0
    value_step = 20.0  # distance between the two newest scores in the right column
    half_date = text_width(short_date(dates[-1]), date_size) / 2
    chart_left = name_column + max(14.0, half_date - 6)
    chart_right = width - MARGIN - max(half_date, value_step * 2 + 8)
    entries: list[tuple[str, list[Item]]] = [
        (labels.professional, [Line(-6, 0, 6, 0, PROFESSIONAL, 3.0),
                               Marker(0, 0, "circle", 8, PROFESSIONAL)]),
        (labels.young, [Line(-6, 0, 6, 0, YOUNG, 1.5),
                        Marker(0, 0, "square", 5, YOUNG)]),
    ]
    legend, rows_top = _legend(entries, MARGIN, width - MARGIN, MARGIN - 2)
    items.extend(legend)
    rows_top += 4
    rows_bottom = rows_top + len(series) * row_height
    height = rows_bottom + 6 + date_size + 6 + MARGIN

    span = (dates[-1] - dates[0]).days

    def x_of(day: date) -> float:
        if span == 0:
            return (chart_left + chart_right) / 2
        return chart_left + (day - dates[0]).days / span * (chart_right - chart_left)

    pad = min(6.0, row_height * 0.18)

    def y_of(row_top: float, score: float) -> float:
        clamped = max(1.0, min(float(TOP_SCORE), score))
        return row_top + pad + (TOP_SCORE - clamped) / (TOP_SCORE - 1) * (row_height - 2 * pad)

    # Row bands, date grid lines and the axis first, so the data sits on top.
    for n in range(len(series)):
        row_top = rows_top + n * row_height
        top, bottom = y_of(row_top, TOP_SCORE), y_of(row_top, 1)
        items.append(Rect(chart_left - 5, top - 3, chart_right - chart_left + 10,
                          bottom - top + 6, BAND, radius=2))
        middle = y_of(row_top, (TOP_SCORE + 1) / 2)
        items.append(Line(chart_left - 5, middle, chart_right + 5, middle, GRID, 0.5))
    for day in dates:
        x = x_of(day)
        items.append(Line(x, rows_top, x, rows_bottom, GRID, 0.75))
    items.append(Line(chart_left - 5, rows_bottom, chart_right + 5, rows_bottom, AXIS, 1.0))
    label_order = [dates[0], dates[-1], *dates[1:-1]] if len(dates) > 1 else dates
    placed: list[tuple[float, float]] = []
    for day in label_order:
        x = x_of(day)
        w = text_width(short_date(day), date_size)
        box = (x - w / 2 - 3, x + w / 2 + 3)
        if any(box[0] < b and box[1] > a for a, b in placed):
            continue  # too close to a date already written
        placed.append(box)
        items.append(Line(x, rows_bottom, x, rows_bottom + 3, AXIS, 1.0))
        items.append(Text(x, rows_bottom + 6 + date_size * ASCENT, short_date(day), date_size,
                          MUTED, anchor="middle"))

    name_size = 10.0
    pillar_size = 7.5
    voices = ((PROFESSIONAL, "circle", 8.0, 3.0), (YOUNG, "square", 5.0, 1.5))
    previous: Pijler | None = None
    for n, s in enumerate(series):
        row_top = rows_top + n * row_height
        row_middle = y_of(row_top, (TOP_SCORE + 1) / 2)
        if s.pillar is not previous:
            if previous is not None:
                items.append(Line(MARGIN, row_top, width - MARGIN, row_top, AXIS, 0.75))
            items.append(Text(MARGIN, row_top + 2 + pillar_size * ASCENT,
                              PIJLER_NAMEN[s.pillar].upper(), pillar_size, MUTED, bold=True))
            previous = s.pillar
        name = fit_text(s.name, name_size, name_column - MARGIN - 6)
        items.append(Text(MARGIN, max(row_middle + name_size * 0.35, row_top + 2 + pillar_size
                                      + name_size * ASCENT), name, name_size, INK))
        markers: list[Item] = []
        for index, (color, shape, size, line_width) in enumerate(voices):
            runs: list[list[tuple[float, float]]] = [[]]
            for day, *scores in s.points:
                score = scores[index]
                if score is None:
                    runs.append([])
                else:
                    runs[-1].append((x_of(day), y_of(row_top, score)))
            for run in runs:
                if len(run) > 1:
                    items.append(Polyline(tuple(run), color, line_width))
            markers.extend(Marker(x, y, shape, size, color) for run in runs for x, y in run)
            newest = s.points[-1][1 + index] if s.points else None
            x = width - MARGIN - value_step * (1.5 - index)
            if newest is None:
                items.append(Text(x, row_middle + value_size * 0.35, "–", value_size, MUTED,
                                  anchor="middle"))
            else:
                items.append(Text(x, row_middle + value_size * 0.35, str(newest), value_size,
                                  color, bold=True, anchor="middle"))
        items.extend(markers)
    return Picture(width, height, tuple(items), _timeline_description(series, labels))


def _timeline_description(series: Sequence[DomainSeries], labels: ChartLabels) -> str:
    def fmt(value: int | None) -> str:
        return labels.no_score if value is None else str(value)

    parts = []
    for s in series:
        moments = "; ".join(
            f"{short_date(d)} {labels.professional} {fmt(p)}, {labels.young} {fmt(y)}"
            for d, p, y in s.points
        )
        parts.append(f"{s.name} ({PIJLER_NAMEN[s.pillar]}): {moments}.")
    return " ".join(parts)
