"""Install the translations (tafel's own, nl_NL by default, and Qt's) and fill placeholders."""

from __future__ import annotations

import re

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from tafel.paths import resource_path

DEFAULT_LOCALE = "nl_NL"
_PLACEHOLDER = re.compile(r"%([1-9])")


def install_translators(app: QApplication, locale: str = DEFAULT_LOCALE) -> list[QTranslator]:
    """Load Qt's and tafel's translators for ``locale``; returns them so they stay alive.

    Qt's own (qtbase_nl.qm, shipped with PySide6: the file, print and message dialogs) goes
    first, tafel's after it: the translator installed last is asked first, so tafel's .ts
    can fill what Qt's Dutch lacks (:mod:`tafel.ui.qt_words`). A packaged build must keep
    qtbase_nl.qm, or those dialogs speak English.
    """
    QLocale.setDefault(QLocale(locale))
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load(f"qtbase_{locale.split('_')[0]}", qt_dir):
        app.installTranslator(qtbase)
        installed.append(qtbase)
    tafel = QTranslator(app)
    if tafel.load(str(resource_path("i18n", f"tafel_{locale}.qm"))):
        app.installTranslator(tafel)
        installed.append(tafel)
    return installed


def fill(template: str, *values: object) -> str:
    """``template`` with ``%1`` to ``%9`` replaced by ``values``, all in one pass.

    Replacing the placeholders one after the other fills a ``%2`` that the first value itself
    contains (a household named "Huishouden 100%2" would take the next value's place). Here every
    placeholder is read from the translated template only; values are inserted as they are.
    A placeholder without a value stays as written. Qt's ``QString.arg`` is not used: PySide6
    does not offer its one-pass multi-argument form.
    """

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)
