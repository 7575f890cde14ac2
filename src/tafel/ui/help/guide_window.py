"""Help > Handleiding (F1): the Dutch user guide in a window beside the work.

Contents on the left (with a search field that keeps only the chapters holding the word),
the chapter on the right in a QTextBrowser with its screenshots. Not modal: the consulent
can read and click on in the app. F1 opens it at the chapter about the page in front
(:meth:`GuideWindow.show_topic`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tafel.ui.help.guide_pages import Hoofdstuk, guide_dir, hoofdstukken
from tafel.ui.style import set_role

ID_ROLE = Qt.ItemDataRole.UserRole

# Plain, calm typography; colours come from the palette, so dark mode reads as well.
STYLE = """
h1 { font-size: 20pt; font-weight: 600; margin-bottom: 6px; }
h2 { font-size: 14pt; font-weight: 600; margin-top: 18px; }
p, li { line-height: 140%; }
table.keys td { padding: 3px 12px 3px 0; }
.tip { margin: 8px 0; }
kbd { font-family: monospace; font-weight: 600; }
table.shot { border-width: 1px; border-style: solid; border-color: #9aa5ab; margin: 4px 0 14px 0; }
"""


class GuideWindow(QWidget):
    """The guide: contents and search at the left, the chapter at the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("guideWindow")
        self.setWindowTitle(self.tr("tafel – user guide"))
        self.resize(1180, 720)
        self.chapters: list[Hoofdstuk] = hoofdstukken()

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search the guide"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._filter)
        search_label = QLabel(self.tr("&Search"))
        search_label.setBuddy(self.search_edit)
        self.contents = QListWidget()
        self.contents.setObjectName("guideContents")
        self.contents.setWordWrap(True)
        self.contents.setSpacing(2)
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for chapter in self.chapters:
            item = QListWidgetItem(chapter.titel)
            item.setData(ID_ROLE, chapter.id)
            self.contents.addItem(item)
        self.contents.currentItemChanged.connect(self._chapter_chosen)
        self.nothing_found = QLabel(self.tr("No chapter holds this word."))
        self.nothing_found.setWordWrap(True)
        set_role(self.nothing_found, "muted")
        self.nothing_found.hide()
        contents_label = QLabel(self.tr("&Contents"))
        contents_label.setBuddy(self.contents)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(search_label)
        left_layout.addWidget(self.search_edit)
        left_layout.addWidget(contents_label)
        left_layout.addWidget(self.contents, 1)
        left_layout.addWidget(self.nothing_found)

        self.browser = QTextBrowser()
        self.browser.setObjectName("guidePage")
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(guide_dir())])
        self.browser.document().setDefaultStyleSheet(STYLE)
        self.browser.document().setDocumentMargin(16)
        self.browser.sourceChanged.connect(self._page_shown)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 880])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.search_edit.setFocus)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.show_topic(self.chapters[0].id)

    # -- what is shown ------------------------------------------------------------------

    def chapter_id(self) -> str:
        """The id of the chapter on screen."""
        return self.browser.source().fileName().removesuffix(".html")

    def show_topic(self, topic: str) -> None:
        """Show one chapter (an id from ``inhoud.json``); an unknown id shows the first."""
        ids = [chapter.id for chapter in self.chapters]
        row = ids.index(topic) if topic in ids else 0
        self.search_edit.clear()
        self.contents.setCurrentRow(row)
        self._load(ids[row])

    def _load(self, chapter_id: str) -> None:
        url = QUrl.fromLocalFile(str(guide_dir() / f"{chapter_id}.html"))
        if self.browser.source() != url:
            self.browser.setSource(url)

    def _chapter_chosen(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        self._load(str(item.data(ID_ROLE)))
        word = self.search_edit.text().strip()
        if word:  # the first place the word is, selected
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
            self.browser.find(word.split()[0])

    def _page_shown(self, url: QUrl) -> None:
        """A link between chapters was followed: the contents follow too."""
        shown = url.fileName().removesuffix(".html")
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            if item.data(ID_ROLE) == shown and self.contents.currentRow() != row:
                self.contents.blockSignals(True)
                self.contents.setCurrentRow(row)
                self.contents.blockSignals(False)

    def _filter(self, text: str) -> None:
        """Keep only the chapters that hold every word typed."""
        word = text.strip()
        first_visible = None
        for row, chapter in enumerate(self.chapters):
            hidden = bool(word) and not chapter.bevat(word)
            self.contents.item(row).setHidden(hidden)
            if not hidden and first_visible is None:
                first_visible = row
        self.nothing_found.setVisible(first_visible is None)
        current = self.contents.currentItem()
        if first_visible is not None and (current is None or current.isHidden()):
            self.contents.setCurrentRow(first_visible)
        elif current is not None and word:
            self._chapter_chosen(current, None)

    def visible_titles(self) -> list[str]:
        """The titles the contents list shows now."""
        return [self.contents.item(row).text() for row in range(self.contents.count())
                if not self.contents.item(row).isHidden()]
