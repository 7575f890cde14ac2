"""The BSN (burgerservicenummer) and its elfproef.

A BSN is nine digits whose weighted sum (9, 8, ..., 2, -1) is divisible by 11. Eight-digit
numbers are old BSNs written without their leading zero. The check catches typing errors, not
fraud, which is all it is for here.
"""

from __future__ import annotations

_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2, -1)


def normalise_bsn(value: str) -> str:
    """Strip spaces, dots and dashes, and restore a dropped leading zero."""
    digits = "".join(ch for ch in value if ch not in " .-")
    if len(digits) == 8 and digits.isdigit():
        digits = "0" + digits
    return digits


def is_valid_bsn(value: str) -> bool:
    """True when ``value`` is a nine-digit number that passes the elfproef."""
    digits = normalise_bsn(value)
    if len(digits) != 9 or not digits.isascii() or not digits.isdigit():
        return False
    if digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits, _WEIGHTS, strict=True))
    return total % 11 == 0


#: The block of test BSNs, 9999xxxxx. RvIG (Rijksdienst voor Identiteitsgegevens) publishes the
#: BSNs of the test persons in its test environments ("Test burgerservicenummers en
#: A-nummers"), and they begin with 9999; test guidance for the chain test environment allows
#: "999900006 t/m 999999990", the first and last numbers of this block that pass the elfproef.
#: What was checked (November 2026) is public references to that list, not the list itself,
#: and no rule was found that a real person can never get such a number: so tafel uses the
#: block only where a BSN must be harmless (the demo), never to judge someone's real BSN.
TEST_BSN_PREFIX = "9999"


def is_test_bsn(value: str) -> bool:
    """True for a valid BSN from the test block (9999xxxxx), which belongs to nobody."""
    digits = normalise_bsn(value)
    return is_valid_bsn(digits) and digits.startswith(TEST_BSN_PREFIX)


def masked_bsn(value: str | None) -> str:
    """Only the last three digits: enough to check, too little to misuse on a shared screen."""
    return f"•••••{value[-3:]}" if value else "–"
