"""A calm notice naming the instrument files that were left out, and why, in plain words.

Instrument files in the user's folder that are broken, too large, not files at all, or copies
of an instrument already there are skipped (see :mod:`tafel.services.instruments`). The
conversation still starts on the instruments that did load, so this is a note, not an
error: shown where the consulent starts a keukentafelgesprek, so whoever put the file there
hears about it. The screen may be seen by the family too, so it names only the file and a
reason anyone understands; the technical sentence (which place in the file) is in the
tooltip, for whoever repairs the file.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from tafel.services.instruments import SkippedFile, SkipReason
from tafel.ui.style import set_role

SHOWN_FILES = 5  # more are summed up in one line
TOOLTIP_FILES = 20


def reason_words(reason: SkipReason) -> str:
    """Why a file was left out, without technical words."""
    damaged = QCoreApplication.translate("InstrumentNotice", "the file is damaged or incomplete")
    return {
        SkipReason.NOT_A_FILE: QCoreApplication.translate(
            "InstrumentNotice", "it is not an ordinary file"),
        SkipReason.TOO_LARGE: QCoreApplication.translate(
            "InstrumentNotice", "the file is too large"),
        SkipReason.UNREADABLE: QCoreApplication.translate(
            "InstrumentNotice", "the file cannot be opened"),
        SkipReason.NOT_TEXT: damaged,
        SkipReason.DAMAGED: damaged,
        SkipReason.WRONG_CONTENT: QCoreApplication.translate(
            "InstrumentNotice", "the file does not hold a complete instrument"),
        SkipReason.DUPLICATE: QCoreApplication.translate(
            "InstrumentNotice", "an instrument with the same name and version is already there"),
        SkipReason.TOO_MANY: QCoreApplication.translate(
            "InstrumentNotice", "there are too many instrument files in the folder"),
    }[reason]


class InstrumentNotice(QLabel):
    """Hidden while every instrument file is fine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("instrumentNotice")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # a file name is never read as markup
        set_role(self, "filenotice")
        self.hide()

    def show_skipped(self, skipped: Sequence[SkippedFile]) -> None:
        """Name the files left out, or hide when there are none."""
        if not skipped:
            self.clear()
            self.setToolTip("")
            self.hide()
            return
        lines = [self.tr("Not every instrument file could be used. The conversation uses "
                         "the instruments that are in order; the rest were left out:")]
        lines += [f"• {skip.name}: {reason_words(skip.reason)}"
                  for skip in skipped[:SHOWN_FILES]]
        if len(skipped) > SHOWN_FILES:
            lines.append(self.tr("• and %n other file(s)", "", len(skipped) - SHOWN_FILES))
        self.setText("\n".join(lines))
        details = [skip.message for skip in skipped[:TOOLTIP_FILES]]
        self.setToolTip("\n".join(details + (["…"] if len(skipped) > TOOLTIP_FILES else [])))
        self.show()
