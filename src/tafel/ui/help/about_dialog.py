"""Help > Over tafel: the version, the licences of what tafel ships, and where things live.

Three tabs. "tafel": the version and what it runs on. "Licenties": every bundled part (Qt
and PySide6 under the LGPLv3, the DejaVu fonts, the OpenTaal word list, each Python library)
with its version and licence, and the full text of the one chosen. "Mappen": the folders
and files tafel uses (data, settings, log and crash reports, the open vault), each in a
read-only field with a copy button, so a consulent can pass them on to the helpdesk.
"""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tafel import __version__
from tafel.logs import FAULT_FILE, LOG_FILE
from tafel.paths import data_dir, log_dir, resource_path
from tafel.settings import settings_path
from tafel.ui.help.licenses import Onderdeel, bundled_parts
from tafel.ui.i18n import fill
from tafel.ui.style import set_role
from tafel.ui.window_state import keep_on_screen


def app_version() -> str:
    """The installed version (the package metadata), else the source's own."""
    from importlib import metadata

    try:
        return metadata.version("tafel")
    except metadata.PackageNotFoundError:
        return __version__


class AboutDialog(QDialog):
    """Version, licences and folders."""

    def __init__(self, vault: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About tafel"))
        self.resize(900, 600)
        keep_on_screen(self)  # 960x540 at 200%
        self.parts: list[Onderdeel] = bundled_parts()
        self.path_fields: dict[str, QLineEdit] = {}
        self.tabs = QTabWidget()
        self.tabs.addTab(self._about_tab(), self.tr("&tafel"))
        self.tabs.addTab(self._licences_tab(), self.tr("&Licences"))
        self.tabs.addTab(self._folders_tab(vault), self.tr("&Folders"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def _about_tab(self) -> QWidget:
        from PySide6 import __version__ as pyside
        from PySide6.QtCore import qVersion

        page = QWidget()
        outer = QHBoxLayout(page)
        logo = QLabel()
        logo.setPixmap(QPixmap(str(resource_path("icons", "tafel-128.png"))))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        outer.addWidget(logo)
        outer.addSpacing(16)
        layout = QVBoxLayout()
        layout.setSpacing(12)
        outer.addLayout(layout, 1)
        title = QLabel(fill(self.tr("tafel %1"), app_version()))
        set_role(title, "title")
        layout.addWidget(title)
        text = QLabel(self.tr(
            "Case files for young people of 16 to 27 and their households: the "
            "keukentafelgesprek across the Big 5, the casus-overleg and the toekomstplan on "
            "paper. Every case file stays in an encrypted vault on this laptop."))
        text.setWordWrap(True)
        layout.addWidget(text)
        runs = QLabel(fill(self.tr("Runs on Python %1, Qt %2 and PySide6 %3 (%4)."),
                           platform.python_version(), qVersion(), pyside,
                           f"{platform.system()} {platform.machine()}"))
        runs.setWordWrap(True)
        runs.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_role(runs, "muted")
        layout.addWidget(runs)
        licence = QLabel(self.tr(
            "tafel uses Qt through PySide6 under the GNU LGPL version 3, the DejaVu fonts and "
            "the OpenTaal word list; the tab Licences lists every part with its licence."))
        licence.setWordWrap(True)
        layout.addWidget(licence)
        guide = QLabel(self.tr("The user guide is under Help > User guide, or press F1."))
        guide.setWordWrap(True)
        set_role(guide, "muted")
        layout.addWidget(guide)
        layout.addStretch(1)
        return page

    def _licences_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(self.tr("The parts tafel ships, with their licences. Choose one to "
                               "read its full licence text."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.licence_table = QTableWidget(len(self.parts), 3)
        self.licence_table.setObjectName("licenceTable")
        self.licence_table.setHorizontalHeaderLabels(
            [self.tr("Part"), self.tr("Version"), self.tr("Licence")])
        for row, part in enumerate(self.parts):
            for column, value in enumerate((part.naam, part.versie, part.licentie)):
                self.licence_table.setItem(row, column, QTableWidgetItem(value))
        self.licence_table.verticalHeader().hide()
        self.licence_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.licence_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.licence_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.licence_table.setTabKeyNavigation(False)
        header = self.licence_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.licence_text = QPlainTextEdit()
        self.licence_text.setObjectName("licenceText")
        self.licence_text.setReadOnly(True)
        self.licence_table.currentCellChanged.connect(self._show_licence)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.licence_table)
        splitter.addWidget(self.licence_text)
        splitter.setSizes([260, 200])
        layout.addWidget(splitter, 1)
        self.licence_table.setCurrentCell(0, 0)
        return page

    def _show_licence(self, row: int, *_: int) -> None:
        if 0 <= row < len(self.parts):
            part = self.parts[row]
            self.licence_text.setPlainText(part.tekst or fill(self.tr(
                "No licence text came with this part; its licence is: %1"), part.licentie))

    def _folders_tab(self, vault: Path | None) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(self.tr(
            "Where tafel keeps its files on this computer. Case data is only in the vault "
            "file, encrypted; the settings and the log never hold case data. Copy a path to "
            "pass it on, for example to the helpdesk."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        logs = log_dir()
        rows = [
            ("vault", self.tr("Vault file"), str(vault) if vault else self.tr("(none chosen)")),
            ("data", self.tr("Data folder (demo vault)"), str(data_dir())),
            ("settings", self.tr("Settings file"), str(settings_path())),
            ("logs", self.tr("Log folder"), str(logs)),
            ("log", self.tr("Log and error reports"), str(logs / LOG_FILE)),
            ("crash", self.tr("Crash report (a hard crash)"), str(logs / FAULT_FILE)),
        ]
        for key, label, value in rows:
            form.addRow(label, self._path_row(key, value))
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _path_row(self, key: str, value: str) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        field = QLineEdit(value)
        field.setReadOnly(True)
        field.setCursorPosition(0)
        self.path_fields[key] = field
        button = QPushButton(self.tr("Copy"))
        button.setAutoDefault(False)
        button.clicked.connect(lambda: QGuiApplication.clipboard().setText(field.text()))
        row.addWidget(field, 1)
        row.addWidget(button)
        return holder
