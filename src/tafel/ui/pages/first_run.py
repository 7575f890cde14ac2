"""The first screen of a new installation: make a vault, open one, or try the demo."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QWidget

from tafel.ui.forms.ui_first_run import Ui_FirstRunPage
from tafel.ui.icons import icon
from tafel.ui.recent_vaults import RecentVaultsList
from tafel.ui.style import set_role


class FirstRunPage(QWidget):
    """Three ways in, and the vaults opened before; the main window decides what each does."""

    new_vault_requested = Signal()
    open_vault_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunPage()
        self.ui.setupUi(self)
        self.ui.logoLabel.setPixmap(icon("app").pixmap(QSize(72, 72)))
        set_role(self.ui.titleLabel, "title")
        set_role(self.ui.introLabel, "subtitle")
        set_role(self.ui.demoNoteLabel, "muted")
        set_role(self.ui.newVaultButton, "primary")
        for button, name in (
            (self.ui.newVaultButton, "new-vault"),
            (self.ui.openVaultButton, "open-vault"),
            (self.ui.demoButton, "demo"),
        ):
            button.setIcon(icon(name))
            button.setIconSize(QSize(22, 22))
        self.ui.newVaultButton.clicked.connect(self.new_vault_requested)
        self.ui.openVaultButton.clicked.connect(self.open_vault_requested)
        self.ui.demoButton.clicked.connect(self.demo_requested)
        self.recent = RecentVaultsList()
        self.recent.hide()
        self.ui.cardLayout.insertWidget(self.ui.cardLayout.indexOf(self.ui.demoNoteLabel) + 1,
                                        self.recent)
