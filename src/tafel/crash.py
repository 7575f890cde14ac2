"""Uncaught errors never vanish: each is logged (types and places only) and told in Dutch.

``sys.excepthook`` sees an error nobody caught: at the top of the program, and (PySide6 hands
them over and carries on) in every Qt slot and event handler. ``threading.excepthook`` sees
one in a thread, ``sys.unraisablehook`` one that Python could only ignore (in ``__del__``).
:func:`install` points all three here. The user gets one sentence through ``notify`` (the app
shows a message box, see :mod:`tafel.ui.crash_dialog`); the log gets what happened and where,
with no case data (see :mod:`tafel.logs`). With ``--debug`` the full traceback goes to the
terminal and into ``notify`` too.

Qt-free, so the command line can use it as well.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import Any

from tafel.logs import Known, debug_enabled, log_exception
from tafel.paths import log_dir

log = logging.getLogger("tafel.crash")

#: What the command line says about an error it did not expect (one line on stderr).
COMMAND_SENTENCE = ("Er ging iets onverwachts mis; er is niets gewijzigd (wat er misging staat "
                    "in het foutenlogboek van tafel: {folder}).")

#: The same error again and again (a broken paint event) is logged this often, then counted.
REPEATS_LOGGED = 3

Notify = Callable[[str], None]
_repeats: dict[tuple[str, str, int], int] = {}
_notify: list[Notify] = []


def _signature(error: BaseException) -> tuple[str, str, int]:
    """The error's type and the place it was raised, to recognise it when it repeats."""
    tb = error.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is None:
        return type(error).__qualname__, "", 0
    return type(error).__qualname__, tb.tb_frame.f_code.co_filename, tb.tb_lineno


def full_traceback(error: BaseException) -> str:
    """The whole traceback, message included: only for ``--debug``, never for the log."""
    return "".join(traceback.format_exception(error))


def report(error: BaseException, where: str) -> str:
    """Log ``error`` (what: the literal ``where``) and return the debug details, or ``""``.

    With ``--debug`` the full traceback is also written to the terminal.
    """
    signature = _signature(error)
    count = _repeats[signature] = _repeats.get(signature, 0) + 1
    if count <= REPEATS_LOGGED:
        log_exception(log, where, error)
    if count == REPEATS_LOGGED:
        log.error("the same error came %d times; its repeats are no longer logged", count)
    if not debug_enabled():
        return ""
    details = full_traceback(error)
    if sys.stderr is not None:
        sys.stderr.write(details)
        sys.stderr.flush()
    return details


def command_failed(error: BaseException) -> str:
    """Log an unexpected error of a command; the one Dutch line to print for it."""
    report(error, "unexpected error in a command")
    return COMMAND_SENTENCE.format(folder=log_dir())


def _print_sentence(details: str) -> None:
    """Without a window: the sentence on stderr (the traceback, if any, is already there)."""
    if sys.stderr is not None:
        print(COMMAND_SENTENCE.format(folder=log_dir()), file=sys.stderr)


def _tell(details: str) -> None:
    """Tell the user; if the window cannot (it is being torn down), the terminal does."""
    for notify in _notify:
        try:
            notify(details)
        except Exception:
            _print_sentence(details)


def _excepthook(kind: type[BaseException], error: BaseException,
                tb: TracebackType | None) -> None:
    if not isinstance(error, Exception):  # KeyboardInterrupt, SystemExit: as Python does
        sys.__excepthook__(kind, error, tb)
        return
    _tell(report(error, "uncaught error"))


def _threading_hook(args: threading.ExceptHookArgs) -> None:
    error = args.exc_value
    if error is None or not isinstance(error, Exception):
        return  # SystemExit in a thread ends only that thread, silently, as Python does
    log.error("thread %s ended by an error", Known(args.thread.name if args.thread else "?"))
    _tell(report(error, "uncaught error in a thread"))


def _unraisable_hook(unraisable: Any) -> None:
    error = unraisable.exc_value
    if error is None:
        return
    where = unraisable.object  # a function (``__del__``) or an object: name its code only
    name = getattr(where, "__qualname__", None)
    log.warning("error ignored in %s", Known(name if isinstance(name, str) else
                                            f"a {type(where).__qualname__}"))
    report(error, "error Python could only ignore")
    if debug_enabled():
        sys.__unraisablehook__(unraisable)


def install(notify: Notify | None = None) -> None:
    """Route every uncaught error here; ``notify(details)`` tells the user (default: stderr)."""
    _notify[:] = [notify or _print_sentence]
    sys.excepthook = _excepthook
    threading.excepthook = _threading_hook
    sys.unraisablehook = _unraisable_hook
