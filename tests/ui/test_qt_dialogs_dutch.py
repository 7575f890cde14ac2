"""Qt's own dialogs speak Dutch: the file dialog, the print dialog, standard buttons.

Qt's Dutch (qtbase_nl.qm from PySide6) does most of it; tafel's .ts fills what it lacks
(tafel/ui/qt_words.py). Every text a consulent sees in these dialogs is checked against the
English Qt would show without a translation.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QWidget,
)

from tafel.ui.file_dialogs import choose_file_to_save
from tests.ui.drive import in_modal


def texts(dialog: QWidget) -> set[str]:
    """The labels, buttons and group titles of a dialog, shown or not."""
    found = {label.text() for label in dialog.findChildren(QLabel)}
    found |= {button.text() for button in dialog.findChildren(QAbstractButton)}
    found |= {box.title() for box in dialog.findChildren(QGroupBox)}
    return found - {""}


def test_qt_translations_are_loaded(app) -> None:  # type: ignore[no-untyped-def]
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Zoeken in:"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.Save)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    assert cancel is not None and cancel.text() == "Annuleren"
    assert save is not None and save.text() == "Opslaan"


def test_the_file_dialog_speaks_dutch(qtbot, app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, set[str]] = {}

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, QFileDialog)
        seen["labels"] = {dialog.labelText(label) for label in QFileDialog.DialogLabel}
        seen["texts"] = texts(dialog)
        dialog.reject()

    parent = QWidget()  # as in the app: the dialog belongs to a window
    qtbot.addWidget(parent)
    in_modal(QFileDialog, look)
    assert choose_file_to_save(parent, "Toekomstplan opslaan als pdf", str(tmp_path / "plan.pdf"),
                               "Pdf-documenten (*.pdf)", "pdf") is None
    assert seen["labels"] == {"&Zoeken in:", "Bestands&naam:", "Bestands&type:", "Op&slaan",
                              "Annuleren"}
    english = {"&Look in:", "Files of &type:", "File &name:", "&Save", "Cancel"}
    assert not seen["texts"] & english


def test_the_print_dialog_speaks_dutch(qtbot, app) -> None:  # type: ignore[no-untyped-def]
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    shown = texts(dialog)
    assert {"Afdrukken", "Annuleren", "Dubbelzijdig afdrukken", "Binden aan de lange kant",
            "Pagina&selectie:"} <= {t.replace("A&f", "Af") for t in shown}
    english = {"Print", "Cancel", "Double Sided Printing", "Long side binding",
               "Short side binding", "Off", "Page &Set:", "Copies", "Options"}
    assert not shown & english
