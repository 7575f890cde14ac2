"""Reading small files that anyone (or any program) may have put in tafel's folders.

tafel reads a few small files it did not necessarily write itself: ``settings.json`` and the
instrument files. Any of them may turn out to be a named pipe (opening it for reading waits
for a writer, forever), a device, a folder, a file of gigabytes, or JSON nested so deeply
that Python's parser runs out of stack. The helpers here read such a file without waiting,
without reading more than a set number of bytes, and without recursing: whatever is wrong
becomes an ``OSError`` or a ``ValueError`` the caller turns into a default or one Dutch
sentence.

Qt-free: the command line and the services use it too.
"""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path
from typing import Any

# JSON strings, escapes included; removed before counting brackets, so a "[" in a text
# does not count. The unrolled form is linear and does not backtrack.
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")

# Opening for reading without blocking: a FIFO opens at once instead of waiting for a writer.
# O_NOCTTY keeps a terminal device from becoming ours. Both are 0 where they do not exist.
_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
               | getattr(os, "O_BINARY", 0))


class NotARegularFileError(OSError):
    """The path is a folder, a named pipe, a socket or a device, not an ordinary file."""


class FileTooLargeError(OSError):
    """The file holds more bytes than the caller is willing to read."""


class TooDeeplyNestedError(ValueError):
    """The JSON nests lists and objects deeper than the caller allows."""


def read_regular_file(path: Path, max_bytes: int) -> bytes:
    """The bytes of ``path``, if it is an ordinary file of at most ``max_bytes`` bytes.

    Checked twice: ``stat`` before opening (so a device is never even opened) and ``fstat``
    on the opened file (so a file swapped for a pipe in between is still refused). The read
    stops after ``max_bytes + 1`` bytes, so a file that grows while it is read is refused too.
    """
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise NotARegularFileError(f"not a regular file: {path}")
    fd = os.open(path, _OPEN_FLAGS)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotARegularFileError(f"not a regular file: {path}")
        if info.st_size > max_bytes:
            raise FileTooLargeError(f"larger than {max_bytes} bytes: {path}")
        chunks: list[bytes] = []
        left = max_bytes + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 16))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        if left <= 0:
            raise FileTooLargeError(f"larger than {max_bytes} bytes: {path}")
        return b"".join(chunks)
    finally:
        os.close(fd)


def json_depth(text: str, limit: int) -> int:
    """How deep ``text`` nests lists and objects, counting no further than ``limit + 1``.

    A scan of the text, not a parse, so it cannot run out of stack. For valid JSON the count
    is exact; for broken JSON it may be off, which does not matter: the parser refuses it.
    """
    depth = deepest = 0
    for match in _BRACKET.finditer(_STRING.sub("", text)):
        if match.group() in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > limit:
                    break
        else:
            depth -= 1
    return deepest


def loads_bounded(data: bytes, max_depth: int) -> Any:
    """Strict UTF-8 JSON, refused before parsing when it nests deeper than ``max_depth``.

    Raises ``UnicodeDecodeError``, ``TooDeeplyNestedError`` or ``json.JSONDecodeError`` (all
    ``ValueError``). A ``RecursionError`` from the parser, which the depth check should
    make impossible, becomes a ``TooDeeplyNestedError`` as well.
    """
    text = data.decode("utf-8")
    if json_depth(text, max_depth) > max_depth:
        raise TooDeeplyNestedError(f"nested deeper than {max_depth} levels")
    try:
        return json.loads(text)
    except RecursionError:
        raise TooDeeplyNestedError(f"nested deeper than {max_depth} levels") from None
