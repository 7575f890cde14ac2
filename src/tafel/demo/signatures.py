"""Handwritten-looking signatures for the demo, drawn by a few lines of arithmetic.

A demo plan that is "getekend" should show signatures that look like people scribbled their
name on the pad, not a ruler line. Each letter of the name becomes one cursive loop (taller for
b, d, h, k, l, t, dropping below the line for g, j, p, y), the capital a big opening curl, and
the hand gets lazier towards the end of the name, as real signatures do. The random choices are
seeded from the name, so the same person signs the same way in every demo.
"""

from __future__ import annotations

import hashlib
import math
import random

__all__ = ["PAD_RATIO", "signature_strokes"]

#: Width / height of the pad the demo signatures are drawn on.
PAD_RATIO = 3.0

_ASCENDERS = set("bdfhklt")
_DESCENDERS = set("gjpqy")
_BASELINE = 0.0
_X_HEIGHT = 0.18
_STEPS = 10  # points per letter

Point = tuple[float, float]


def signature_strokes(name: str) -> list[list[Point]]:
    """Strokes (x, y in 0..1, y downwards, on a pad 3 wide and 1 high) for ``name``."""
    rng = random.Random(int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:8], "big"))
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha()] or ["x"]
    slant = rng.uniform(0.25, 0.45)
    strokes: list[list[Point]] = []
    x = 0.0
    for index, word in enumerate(words):
        # The first name is often cut short to an initial and a squiggle.
        letters = word if index == len(words) - 1 or rng.random() < 0.5 else word[:3]
        stroke, x = _word(letters, x, rng, lazy=index == len(words) - 1)
        strokes.append(stroke)
        x += rng.uniform(0.12, 0.22)
    if rng.random() < 0.7:
        strokes.append(_underline(strokes[-1], rng))
    return _fit([[(px - slant * py, py) for px, py in s] for s in strokes])


def _word(letters: str, x: float, rng: random.Random, lazy: bool) -> tuple[list[Point], float]:
    """One connected stroke: a capital curl, then one loop per letter."""
    cap = rng.uniform(0.45, 0.6)
    points = _capital(x, cap, rng)
    x = points[-1][0]
    count = max(len(letters) - 1, 1)
    for i, letter in enumerate(letters[1:].lower()):
        fade = 1.0 - (0.55 * i / count if lazy else 0.2 * i / count)
        advance = rng.uniform(0.11, 0.16) * (0.7 + 0.3 * fade)
        points += _letter(letter, x, advance, fade, rng)
        x += advance
    return points, x


def _capital(x: float, height: float, rng: random.Random) -> list[Point]:
    """Up the stem, a curl over the top and back down to where the small letters start."""
    width = rng.uniform(0.12, 0.22)
    points: list[Point] = []
    for step in range(_STEPS * 2 + 1):
        t = step / (_STEPS * 2)
        angle = math.pi * 1.15 * t
        px = x + width * (0.5 - 0.5 * math.cos(angle)) + 0.04 * math.sin(3 * angle)
        py = _BASELINE - height * math.sin(math.pi * t) ** 0.8
        points.append(_jitter(px, py, rng))
    return points


def _letter(letter: str, x: float, advance: float, fade: float,
            rng: random.Random) -> list[Point]:
    """One cursive cycle, a loop when the pen swings back further than it moves on."""
    height = _X_HEIGHT * rng.uniform(0.8, 1.15) * fade
    below = 0.0
    if letter in _ASCENDERS:
        height *= rng.uniform(2.0, 2.6)
    elif letter in _DESCENDERS:
        below = _X_HEIGHT * rng.uniform(1.4, 2.0) * fade
    swing = advance / (2 * math.pi) * rng.uniform(1.6, 2.8)
    points: list[Point] = []
    for step in range(1, _STEPS + 1):
        t = 2 * math.pi * step / _STEPS
        px = x + advance * step / _STEPS + swing * math.sin(t)
        lift = (1 - math.cos(t)) / 2
        py = _BASELINE - height * lift if not below else _BASELINE + below * lift
        points.append(_jitter(px, py, rng))
    return points


def _underline(last: list[Point], rng: random.Random) -> list[Point]:
    """A swoosh back under the name, as many people end their signature."""
    end_x = last[-1][0]
    start_x = last[0][0] + rng.uniform(-0.1, 0.3)
    depth = _BASELINE + rng.uniform(0.12, 0.2)
    points: list[Point] = []
    for step in range(_STEPS * 2 + 1):
        t = step / (_STEPS * 2)
        px = end_x + 0.08 - (end_x + 0.08 - start_x) * t
        py = depth + 0.05 * math.sin(math.pi * t) - 0.06 * t * t
        points.append(_jitter(px, py, rng))
    return points


def _jitter(x: float, y: float, rng: random.Random) -> Point:
    return x + rng.gauss(0, 0.004), y + rng.gauss(0, 0.004)


def _fit(strokes: list[list[Point]]) -> list[list[Point]]:
    """Scale into the pad with a margin, keeping the shape, and divide x by the pad's width."""
    xs = [x for s in strokes for x, _ in s]
    ys = [y for s in strokes for _, y in s]
    width, height = max(xs) - min(xs) or 1.0, max(ys) - min(ys) or 1.0
    scale = min((PAD_RATIO * 0.86) / width, 0.8 / height)
    left = (PAD_RATIO - width * scale) / 2
    top = (1.0 - height * scale) / 2
    return [
        [(round((left + (x - min(xs)) * scale) / PAD_RATIO, 4),
          round(top + (y - min(ys)) * scale, 4)) for x, y in s]
        for s in strokes
    ]
