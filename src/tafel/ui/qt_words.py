"""Qt's own words that Qt's Dutch translation (qtbase_nl.qm) lacks or gets wrong.

The file and print dialogs are Qt's (see :mod:`tafel.ui.file_dialogs`), translated by the
qtbase_nl.qm that PySide6 ships. That translation is older than some of Qt's texts: "&Look
in:" and "Files of &type:" gained a mnemonic and lost their Dutch, the print dialog's
double-sided choices were never translated, and the page setup says "Pagegrootte". Listed
here under Qt's own contexts, ``make i18n`` puts them in tafel's .ts, and tafel's translator
is installed after Qt's (:func:`tafel.ui.i18n.install_translators`), so these win.

Found by asking a logging translator which texts the dialogs looked up and got no Dutch for.
Nothing imports this list at run time; it exists for lupdate (and for the test that checks
the dialogs).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_WORDS = (
    # QFileDialog (tafel's open and save dialogs)
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    # QPrintDialog (Qt's own on Linux)
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Double Sided Printing"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Long side binding"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Short side binding"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Off"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Page &Set:"),
    # QPageSetupDialog (the print dialog's Properties)
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Page size:"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Page &order:"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Pages &per sheet:"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Inches (in)"),
    # Standard buttons (message boxes, button boxes)
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Don't Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close without Saving"),
)
