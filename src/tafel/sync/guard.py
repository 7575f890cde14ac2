"""Turn whatever a parser of untrusted bytes raises into one Dutch refusal.

pyrage (Rust through pyo3) raises its own exception types and, on a bug, a ``PanicException``
that derives from ``BaseException``; zipfile, zlib and json raise a handful of types each.
A bundle's bytes come from outside, so a reader must never let any of that reach the user as
a traceback. Only the two ways a person or the system stops the program pass through.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from tafel.errors import BundelFout

PASS_THROUGH = (KeyboardInterrupt, SystemExit, GeneratorExit)


@contextmanager
def refused_as(message: str, kind: type[BundelFout] = BundelFout) -> Iterator[None]:
    """Run the block; anything it raises (but a BundelFout or a stop) becomes ``kind(message)``."""
    try:
        yield
    except BundelFout:
        raise
    except PASS_THROUGH:
        raise
    except BaseException as caught:
        raise kind(message) from caught
