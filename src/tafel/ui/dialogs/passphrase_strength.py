"""How strong a new passphrase is, shown while it is typed: a bar and one sentence why.

Shared by the new-vault dialog and the passphrase dialog, so both say the same thing with
the same rules (:mod:`tafel.vault.passphrase`, which :meth:`Vault.create` and
:meth:`Vault.change_passphrase` apply too).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget

from tafel.brand import BRAND
from tafel.ui.controller import passphrase_rules
from tafel.ui.i18n import fill
from tafel.ui.style import set_role

# Typing pauses this long before the estimate runs (it takes up to ~0.1 s on long input).
ESTIMATE_DELAY_MS = 150

_BAR_STYLE = (
    "QProgressBar {{ border: 1px solid #c9d2d4; border-radius: 3px; background: #f3f6f6; }}"
    "QProgressBar::chunk {{ background: {colour}; border-radius: 2px; }}"
)
_WEAK_COLOUR = "#b3261e"
_STRONG_COLOUR = BRAND


class PassphraseStrength(QWidget):
    """The bar and the sentence under a new passphrase field."""

    # The sentence changed (a dialog may need to grow so it is not cut off).
    changed = Signal()

    def __init__(self, edit: QLineEdit, context: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edit = edit
        self._context = context  # the vault's file name: words an attacker knows
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.bar.setAccessibleName(self.tr("Strength of the passphrase"))
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(ESTIMATE_DELAY_MS)
        self._timer.timeout.connect(self.update_strength)
        edit.textChanged.connect(self._timer.start)

    def schedule(self) -> None:
        """Estimate again shortly (the context changed)."""
        self._timer.start()

    def update_strength(self) -> None:
        """Show how strong the passphrase is and, when it is too weak, why."""
        self._timer.stop()
        text = self._edit.text()
        if not text:
            self._show(0, self.tr("Four or five loose words that do not belong together work "
                                  "well."), "muted", _WEAK_COLOUR)
            return
        context = passphrase_rules.context_for(self._context() or "casussen.tafel")
        strength = passphrase_rules.estimate(text, context)
        if strength.acceptable:
            self._show(4, self.tr("Strong enough. Write it down and keep it in a safe place."),
                       "", _STRONG_COLOUR)
        else:
            self._show(min(max(strength.score, 1), 3),
                       fill(self.tr("Too weak. %1"), strength.reason), "error", _WEAK_COLOUR)

    def show_refused(self, reason: str) -> None:
        """A passphrase the vault refused: say why, where the strength is shown."""
        self._show(1, fill(self.tr("Too weak. %1"), reason), "error", _WEAK_COLOUR)

    def _show(self, value: int, message: str, role: str, colour: str) -> None:
        self.bar.setValue(value)
        self.bar.setStyleSheet(_BAR_STYLE.format(colour=colour))
        self.label.setText(message)
        set_role(self.label, role)
        self.changed.emit()


def grow_to_fit(dialog: QWidget) -> None:
    """A longer reason wraps onto more lines: grow so no line is cut off (never shrink)."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    needed = layout.totalHeightForWidth(dialog.width()) if layout.hasHeightForWidth() else -1
    needed = max(needed, dialog.minimumSizeHint().height())
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)
