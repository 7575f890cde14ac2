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
