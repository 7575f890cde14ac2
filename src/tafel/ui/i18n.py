"""Install the translations: tafel's own (nl_NL, the default) and Qt's for its dialogs."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from tafel.paths import resource_path

DEFAULT_LOCALE = "nl_NL"


def install_translators(app: QApplication, locale: str = DEFAULT_LOCALE) -> list[QTranslator]:
    """Load tafel's and Qt's translators for ``locale``; returns them so they stay alive."""
    QLocale.setDefault(QLocale(locale))
    installed: list[QTranslator] = []
    tafel = QTranslator(app)
    if tafel.load(str(resource_path("i18n", f"tafel_{locale}.qm"))):
        app.installTranslator(tafel)
        installed.append(tafel)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load(f"qtbase_{locale.split('_')[0]}", qt_dir):
        app.installTranslator(qtbase)
        installed.append(qtbase)
    return installed
