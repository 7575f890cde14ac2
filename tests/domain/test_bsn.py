"""The BSN elfproef on known valid and invalid numbers, and on any nine digits."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tafel.domain.bsn import is_valid_bsn, normalise_bsn

WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2, -1)


@pytest.mark.parametrize(
    "value", ["111222333", "123456782", "999999990", "999990019", "11122 2333", "1112.22.333"]
)
def test_valid_numbers_pass(value: str) -> None:
    assert is_valid_bsn(value)


@pytest.mark.parametrize(
    "value",
    ["111222334", "123456789", "000000000", "12345678a", "1234567890", "", "abc", "١١١٢٢٢٣٣٣"],
)
def test_invalid_numbers_fail(value: str) -> None:
    assert not is_valid_bsn(value)


def test_eight_digits_get_their_leading_zero_back() -> None:
    assert normalise_bsn("12345672") == "012345672"
    assert is_valid_bsn("12345672") == is_valid_bsn("012345672")


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_matches_the_weighted_sum_rule(digits: str) -> None:
    total = sum(int(d) * w for d, w in zip(digits, WEIGHTS, strict=True))
    expected = total % 11 == 0 and digits != "000000000"
    assert is_valid_bsn(digits) is expected


@given(st.text(alphabet="0123456789", min_size=9, max_size=9), st.integers(0, 8))
def test_one_changed_digit_is_always_caught(digits: str, position: int) -> None:
    if not is_valid_bsn(digits):
        return
    changed = (int(digits[position]) + 1) % 10
    typo = digits[:position] + str(changed) + digits[position + 1 :]
    assert not is_valid_bsn(typo)
