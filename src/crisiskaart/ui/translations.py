"""Loads the editor's Qt translations: Dutch by default, English (the source language) on request."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from crisiskaart.i18n_build import qm_path


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install our translation and Qt's own (standard buttons, dialogs) for ``language``.

    Returns the translators; the caller keeps them alive as long as the application runs.
    """
    QLocale.setDefault(QLocale(QLocale.Language.Dutch if language == "nl" else QLocale.Language.English,
                               QLocale.Country.Netherlands))
    translators: list[QTranslator] = []
    if language == "en":
        return translators  # source strings are English
    ours = QTranslator(app)
    if ours.load(str(qm_path(language))):
        app.installTranslator(ours)
        translators.append(ours)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        translators.append(qt_own)
    return translators


def tr(text: str) -> str:
    """Translate a string used outside a QObject method.

    pyside6-lupdate files a bare ``tr("…")`` call under the empty context, so this looks it up
    there; inside QObject subclasses use ``self.tr`` (context = class name) as usual.
    """
    return QCoreApplication.translate("", text)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally: Qt renders tooltips that look like HTML as HTML."""
    import html

    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>" if text else ""


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation in ``context`` and return it untranslated (texts kept as data,
    translated when shown). PySide6's own version is typed as returning ``object``."""
    return source
