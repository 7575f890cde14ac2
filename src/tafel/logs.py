"""tafel's own error log: what went wrong and where, never whose case it was.

An error in the packaged app has no terminal to land in, so tafel writes a small log of its
own in the system's log folder (:func:`tafel.paths.log_dir`): ``tafel.log`` (turning over at
1 MB, five files at most) and ``faulthandler.log`` for a hard crash (a segfault or abort
inside Qt or SQLCipher), both readable by the user only.

Nothing in clear: the log must never hold case data, and a traceback is where case data
leaks without anyone noticing (``str(error)`` of a database error quotes its parameters, a
``ValueError`` may carry a name, a source line may hold a demo name). So the file's formatter
(:class:`SafeFormatter`) is the one place that turns a record into text, and it writes only:

* the time, level, logger, process and thread;
* the message's format string, which is a literal in tafel's code (ruff's ``G`` rules refuse
  f-strings and concatenation in logging calls);
* of its arguments only numbers, booleans, UUIDs, enum members and :class:`Known` text (words
  tafel chose itself, such as a command name); anything else becomes ``<str>``;
* of an exception only its type and, per frame, file, line and function: never its message,
  its notes, the local variables or the source lines. A :class:`~tafel.errors.TafelError` is
  no exception to this: its Dutch sentence can quote a name or a case reference, and the user
  has already seen it.

Only the ``tafel`` loggers reach the file (a library's message cannot be checked this way),
and they reach nothing else: they do not propagate to the root logger.
``--debug`` / ``TAFEL_DEBUG`` lowers the level to DEBUG and shows full tracebacks in the
terminal or on screen, never in the file.

Start-up stays quick: ``logging.handlers`` (which pulls in ``socket`` and ``pickle``) is
imported when the first line is written, not at start.
"""

from __future__ import annotations

import enum
import faulthandler
import logging
import os
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from tafel.paths import log_dir

LOG_FILE = "tafel.log"
FAULT_FILE = "faulthandler.log"
MAX_BYTES = 1_000_000
BACKUPS = 4  # five files at most
ROOT_LOGGER = "tafel"

_SAFE_TYPES: tuple[type, ...] = (bool, int, float, enum.Enum, type(None))
_MAX_FRAMES = 60
_MAX_CHAIN = 8

_root = logging.getLogger(ROOT_LOGGER)
_root.addHandler(logging.NullHandler())  # no "last resort" printing to stderr
_root.propagate = False  # a handler a library puts on the root logger never sees tafel's


class Known(str):
    """Text tafel chose itself (a command name, an action, a class name), safe to log.

    Never wrap text a user typed or the vault returned: the formatter trusts this type.
    """

    __slots__ = ()


def debug_enabled() -> bool:
    """Whether ``--debug`` or ``TAFEL_DEBUG`` asked for details (``main`` sets the variable)."""
    return os.environ.get("TAFEL_DEBUG", "") not in ("", "0")


# -- turning records into text that holds no case data --------------------------------------


def _safe_value(value: object) -> object:
    import uuid  # here, not at start-up (it pulls in ``platform``)

    if isinstance(value, (Known, uuid.UUID, *_SAFE_TYPES)):
        return value
    return f"<{type(value).__name__}>"


def safe_message(record: logging.LogRecord) -> str:
    """The record's message with only safe arguments (see the module docstring)."""
    msg = record.msg if isinstance(record.msg, str) else f"<{type(record.msg).__name__}>"
    args: Any = record.args
    if not args:
        return msg
    if isinstance(args, dict):
        args = {key: _safe_value(value) for key, value in args.items()}
    else:
        args = tuple(_safe_value(value) for value in args)
    try:
        return msg % args
    except (TypeError, ValueError, KeyError):
        return f"{msg} {args!r}"


def _short_path(filename: str) -> str:
    """A code file's path from its place on ``sys.path`` (``tafel/cli/parser.py``)."""
    best = ""
    for entry in sys.path:
        if entry and filename.startswith(entry.rstrip(os.sep) + os.sep) and len(entry) > len(best):
            best = entry.rstrip(os.sep) + os.sep
    return filename[len(best):] if best else Path(filename).name


def _kind(error: BaseException) -> str:
    kind = type(error)
    module = kind.__module__
    return kind.__qualname__ if module == "builtins" else f"{module}.{kind.__qualname__}"


def _frames(tb: TracebackType | None) -> list[str]:
    lines = []
    while tb is not None:
        code = tb.tb_frame.f_code
        lines.append(f'  File "{_short_path(code.co_filename)}", line {tb.tb_lineno}, '
                     f"in {code.co_qualname}")
        tb = tb.tb_next
    if len(lines) > _MAX_FRAMES:
        half = _MAX_FRAMES // 2
        lines = [*lines[:half], f"  ... {len(lines) - _MAX_FRAMES} frames ...", *lines[-half:]]
    return lines


def describe_exception(error: BaseException) -> list[str]:
    """Lines naming the exception, its causes and every frame; no message, no values."""
    chain: list[tuple[BaseException, str]] = []
    seen: set[int] = set()
    current: BaseException | None = error
    link = ""
    while current is not None and id(current) not in seen and len(chain) < _MAX_CHAIN:
        seen.add(id(current))
        chain.append((current, link))
        if current.__cause__ is not None:
            current, link = current.__cause__, "the direct cause of"
        elif current.__context__ is not None and not current.__suppress_context__:
            current, link = current.__context__, "being handled when this was raised"
        else:
            current = None
    lines = []
    for item, how in reversed(chain):  # oldest first, as Python prints a traceback
        lines.append(f"{_kind(item)} (message left out)")
        lines += _frames(item.__traceback__)
        if isinstance(item, BaseExceptionGroup):
            lines += [f"  in the group: {_kind(sub)}" for sub in item.exceptions[:_MAX_CHAIN]]
        if how:
            lines.append(f"which was {how}:")
    return lines


class SafeFormatter(logging.Formatter):
    """Formats a record from safe parts only; never uses ``exc_text`` another handler cached."""

    def format(self, record: logging.LogRecord) -> str:
        """One line per record, then the exception's types and frames, indented."""
        stamp = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(record.created))
        head = (f"{stamp}.{int(record.msecs):03d} {record.levelname} {record.name} "
                f"[{record.process} {record.threadName}] {safe_message(record)}")
        lines = [head]
        if record.exc_info and record.exc_info[1] is not None:
            lines += ["    " + line for line in describe_exception(record.exc_info[1])]
        if record.stack_info:
            lines.append("    (stack left out)")
        return "\n".join(lines)


# -- files that only the user can read -------------------------------------------------------


def _private_opener(path: str, flags: int) -> int:
    """Open for this user only, whatever the umask, and tighten a file made earlier."""
    fd = os.open(path, flags, 0o600)
    if hasattr(os, "fchmod"):
        os.fchmod(fd, 0o600)
    return fd


def _quiet_failure() -> None:
    """A line that cannot be written (disk full) is lost quietly.

    logging's own ``handleError`` would print the record's arguments to stderr, and those
    are exactly what must never be shown; with ``--debug`` only the error's type is.
    """
    if debug_enabled() and sys.stderr is not None:
        kind = type(sys.exc_info()[1]).__name__
        print(f"tafel: could not write to the log ({kind})", file=sys.stderr)


class _LazyFileHandler(logging.Handler):
    """Builds the rotating file handler on the first record, so start-up never pays for it."""

    def __init__(self, path: Path, level: int) -> None:
        super().__init__(level)
        self.path = path
        self._inner: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        """Write through a RotatingFileHandler that opens its files privately."""
        if self._inner is None:
            from logging.handlers import RotatingFileHandler

            class PrivateRotatingFileHandler(RotatingFileHandler):
                def _open(self) -> Any:  # typeshed: TextIOWrapper; this returns the same
                    return open(self.baseFilename, self.mode, encoding=self.encoding,
                                errors=self.errors, opener=_private_opener)

                def handleError(self, record: logging.LogRecord) -> None:
                    _quiet_failure()

            self._inner = PrivateRotatingFileHandler(
                self.path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
            self._inner.setFormatter(self.formatter)
        self._inner.emit(record)

    def handleError(self, record: logging.LogRecord) -> None:
        """Quietly, as the file handler inside does."""
        _quiet_failure()

    def flush(self) -> None:
        """Flush the file, if one was opened."""
        if self._inner is not None:
            self._inner.flush()

    def close(self) -> None:
        """Close the file, if one was opened."""
        if self._inner is not None:
            self._inner.close()
        super().close()


# -- setting it up once ----------------------------------------------------------------------


class _State:
    handler: _LazyFileHandler | None = None
    fault_file: IO[str] | None = None


def _open_fault_file(folder: Path) -> IO[str] | None:
    """``faulthandler.log``, appended to (turned over past :data:`MAX_BYTES`)."""
    path = folder / FAULT_FILE
    try:
        if path.exists() and path.stat().st_size > MAX_BYTES:
            os.replace(path, path.with_name(FAULT_FILE + ".1"))
        return open(path, "a", encoding="utf-8", opener=_private_opener)
    except OSError:
        return None


def setup_logging(debug: bool | None = None) -> Path:
    """Write tafel's log to :func:`log_dir` from now on; return that folder.

    Called once at start by ``tafel.app.main``; calling it again with the same folder does
    nothing, with another folder (tests) moves the log there. A hard crash is written to
    ``faulthandler.log``, unless faulthandler was already turned on (``python -X
    faulthandler``, pytest), which then keeps its own target.
    """
    debug = debug_enabled() if debug is None else debug
    folder = log_dir()
    level = logging.DEBUG if debug else logging.INFO
    logger = logging.getLogger(ROOT_LOGGER)
    logger.setLevel(level)
    if _State.handler is not None and _State.handler.path == folder / LOG_FILE:
        _State.handler.setLevel(level)
        return folder
    stop_logging()
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return folder  # a read-only home: tafel works on, without a log
    handler = _LazyFileHandler(folder / LOG_FILE, level)
    handler.setFormatter(SafeFormatter())
    logger.addHandler(handler)
    _State.handler = handler
    if not faulthandler.is_enabled():
        _State.fault_file = _open_fault_file(folder)
        if _State.fault_file is not None:
            faulthandler.enable(file=_State.fault_file, all_threads=True)
    return folder


def stop_logging() -> None:
    """Close the log file and the faulthandler file (tests; the app just ends)."""
    if _State.handler is not None:
        logging.getLogger(ROOT_LOGGER).removeHandler(_State.handler)
        _State.handler.close()
        _State.handler = None
    if _State.fault_file is not None:
        faulthandler.disable()
        _State.fault_file.close()
        _State.fault_file = None


def flush() -> None:
    """Write out what is buffered (before a process replaces itself, and in tests)."""
    if _State.handler is not None:
        _State.handler.flush()


def log_exception(logger: logging.Logger, what: str, error: BaseException) -> None:
    """Log ``error`` at ERROR as its types and frames; ``what`` is a literal description."""
    logger.error(what, exc_info=(type(error), error, error.__traceback__))
