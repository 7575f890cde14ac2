"""Things tafel writes in one way are written in one place.

Two copies drift: ``add_months`` existed twice with different clamping code, the date formats
and the Dutch month names two and three times, and the brand colour in seven places. Each now
has one home; this test keeps it that way. Generated forms (``ui/forms``, from Qt Designer's
.ui files) are left out: they cannot import a constant.
"""

from __future__ import annotations

import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "tafel"


def _modules_with(pattern: str) -> list[str]:
    found = re.compile(pattern, re.IGNORECASE)
    return sorted(
        str(path.relative_to(SRC))
        for path in SRC.rglob("*.py")
        if "forms" not in path.relative_to(SRC).parts and found.search(path.read_text("utf-8"))
    )


def test_add_months_is_defined_once() -> None:
    assert _modules_with(r"(?m)^def add_months\(") == ["domain/dates.py"]


def test_the_dutch_month_names_are_written_once() -> None:
    assert _modules_with(r"[\"']januari[\"']") == ["domain/dates.py"]


def test_the_date_formats_are_written_once() -> None:
    assert _modules_with(r"%d-%m-%Y") == ["domain/dates.py"]
    assert _modules_with(r"dd-MM-yyyy") == ["domain/dates.py"]


def test_the_brand_colour_is_written_once() -> None:
    assert _modules_with(r"#1f6f78") == ["brand.py"]
