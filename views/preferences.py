"""The person's preferences (theme, text size, language) read from the data folder's settings
and applied to the running QApplication.

Pure functions on a QSettings and the QApplication: the settings window and the start both
call them, so a value means the same thing in both places. A damaged value reads as the
default, never as an error: a settings file is no reason not to start.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from views.theme import dark_palette, is_dark, light_palette

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

    from app.paths import Paths

__all__ = [
    "DEFAULT_LANGUAGE",
    "DEFAULT_THEME",
    "DEFAULT_ZOOM",
    "LANGUAGES",
    "LANGUAGE_KEY",
    "MAX_ZOOM",
    "MIN_ZOOM",
    "THEMES",
    "THEME_KEY",
    "ZOOM_KEY",
    "apply_preferences",
    "apply_theme",
    "apply_zoom",
    "follow_system",
    "install_language",
    "language",
    "save_language",
    "save_theme",
    "save_zoom",
    "settings_at",
    "theme",
    "translation_file",
    "zoom_percent",
]

log = logging.getLogger(__name__)

THEME_KEY = "ui/theme"
THEMES = ("system", "light", "dark")
DEFAULT_THEME = "system"
ZOOM_KEY = "ui/zoom_percent"
MIN_ZOOM, MAX_ZOOM, DEFAULT_ZOOM = 80, 200, 100
LANGUAGE_KEY = "ui/language"
LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
#: resources/translations/procesplaat_<language>.qm, built by make from the .ts files.
TRANSLATION_NAME = "procesplaat"

# Dynamic properties on the QApplication: what was chosen, and what the fallback changed.
_THEME_PROPERTY = "procesplaat_theme"
_STYLE_PROPERTY = "procesplaat_platform_style"
_FALLBACK_PROPERTY = "procesplaat_palette_fallback"
_FOLLOWING_PROPERTY = "procesplaat_following_system"
_TRANSLATOR = "procesplaat_translator"


# --- reading and saving -------------------------------------------------------------------
def settings_at(paths: Paths) -> QSettings:
    """The data folder's settings file (window layout and preferences), not the user's home.

    Several QSettings on one file in one process share their values, so a tab may open its own.
    """
    return QSettings(str(paths.settings), QSettings.Format.IniFormat)


def theme(settings: QSettings) -> str:
    """ "system", "light" or "dark"; anything else saved means "system" (follow the system)."""
    value = str(settings.value(THEME_KEY, DEFAULT_THEME))
    return value if value in THEMES else DEFAULT_THEME


def zoom_percent(settings: QSettings) -> int:
    """The text size in percent of the system font, within 80 to 200; damaged means 100."""
    try:
        value = int(str(settings.value(ZOOM_KEY, DEFAULT_ZOOM)))
    except (TypeError, ValueError):
        return DEFAULT_ZOOM
    return min(max(value, MIN_ZOOM), MAX_ZOOM)


def language(settings: QSettings) -> str:
    """ "nl" or "en"; anything else saved means Dutch, the program's own language."""
    value = str(settings.value(LANGUAGE_KEY, DEFAULT_LANGUAGE))
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def save_theme(settings: QSettings, value: str) -> None:
    settings.setValue(THEME_KEY, value if value in THEMES else DEFAULT_THEME)


def save_zoom(settings: QSettings, percent: int) -> None:
    settings.setValue(ZOOM_KEY, min(max(int(percent), MIN_ZOOM), MAX_ZOOM))


def save_language(settings: QSettings, value: str) -> None:
    settings.setValue(LANGUAGE_KEY, value if value in LANGUAGES else DEFAULT_LANGUAGE)


# --- applying ------------------------------------------------------------------------------
def apply_preferences(qt_app: QApplication, settings: QSettings, *, early: bool = False) -> None:
    """Everything saved, applied at the start: language, theme (following the system), size.

    ``early``: before the main window's first paint (apply_theme says what waits for it).
    """
    install_language(qt_app, language(settings))
    apply_theme(qt_app, theme(settings), early=early)
    percent = zoom_percent(settings)
    if percent != DEFAULT_ZOOM:  # at 100 % the application font is the system's already
        apply_zoom(qt_app, percent)
    follow_system(qt_app)


def _system_is_dark(qt_app: QApplication) -> bool:
    """The system's own choice; where the platform does not say, what its palette shows."""
    scheme = qt_app.styleHints().colorScheme()
    if scheme == QtCore.Qt.ColorScheme.Unknown:
        return is_dark(qt_app.palette())
    return scheme == QtCore.Qt.ColorScheme.Dark


#: Where a platform style commonly cannot draw the dark scheme the system asks for (Windows'
#: own style before Windows 11), so the scheme is asked before the window first shows.
_STYLE_MAY_LAG = sys.platform == "win32"


def apply_theme(qt_app: QApplication, chosen: str, *, early: bool = False) -> None:
    """Light, dark, or the system's; at once, on every open window.

    Qt 6.8+ asks the platform for the scheme (``setColorScheme``). Where the platform style
    cannot draw it (Windows' old style in dark, a Linux desktop without a portal, the offscreen
    platform), the Fusion style with a full palette of our own stands in. "system" undoes that
    stand-in first, so a system that changes later is followed.

    ``early`` (the start, before the first paint) with "system" outside Windows trusts the
    platform's palette without asking the scheme: asking makes PySide build its whole Qt
    namespace (views.roles), some 40 ms before the window shows, and there the platform's
    palette follows its scheme. The start applies the theme again after the first paint.
    """
    chosen = chosen if chosen in THEMES else DEFAULT_THEME
    qt_app.setProperty(_THEME_PROPERTY, chosen)
    if early and chosen == "system" and not _STYLE_MAY_LAG:
        return
    hints = qt_app.styleHints()
    wanted = {"light": QtCore.Qt.ColorScheme.Light, "dark": QtCore.Qt.ColorScheme.Dark}.get(
        chosen, QtCore.Qt.ColorScheme.Unknown
    )
    if hasattr(hints, "setColorScheme"):  # Qt 6.8 and later
        hints.setColorScheme(wanted)
    if qt_app.property(_FALLBACK_PROPERTY):
        original = str(qt_app.property(_STYLE_PROPERTY))
        if qt_app.style().name() != original:
            qt_app.setStyle(original)
        qt_app.setPalette(QPalette())  # no role set: the platform's palette again
        qt_app.setProperty(_FALLBACK_PROPERTY, False)
    dark = chosen == "dark" or (chosen == "system" and _system_is_dark(qt_app))
    if is_dark(qt_app.palette()) != dark:
        # The style is asked only here: its Python wrapper makes all of QStyle's enums, some
        # 10 ms of a start that needs no stand-in.
        if qt_app.property(_STYLE_PROPERTY) is None:
            qt_app.setProperty(_STYLE_PROPERTY, qt_app.style().name())
        if qt_app.style().name().lower() != "fusion":
            qt_app.setStyle("Fusion")
        qt_app.setPalette(dark_palette() if dark else light_palette())
        qt_app.setProperty(_FALLBACK_PROPERTY, True)
        log.info("theme %s drawn with the Fusion palette (the platform style cannot)", chosen)


def follow_system(qt_app: QApplication) -> None:
    """When the system turns light or dark and the person chose "system", the app follows."""
    if qt_app.property(_FOLLOWING_PROPERTY):
        return
    qt_app.setProperty(_FOLLOWING_PROPERTY, True)

    def changed(_scheme: Qt.ColorScheme) -> None:
        if str(qt_app.property(_THEME_PROPERTY) or DEFAULT_THEME) == "system":
            apply_theme(qt_app, "system")

    qt_app.styleHints().colorSchemeChanged.connect(changed)


def apply_zoom(qt_app: QGuiApplication, percent: int) -> None:
    """The app font: the system font's size times ``percent``; open windows follow at once."""
    from PySide6.QtGui import QFont, QFontDatabase  # not at a start at 100 %: some 4 ms

    percent = min(max(int(percent), MIN_ZOOM), MAX_ZOOM)
    base = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * percent / 100)
    elif base.pixelSize() > 0:
        font.setPixelSize(max(1, round(base.pixelSize() * percent / 100)))
    qt_app.setFont(font)


def translation_file(lang: str) -> str:
    """The program's own translation for ``lang``, as make builds it (may not exist)."""
    from app.paths import resources_dir

    return str(resources_dir() / "translations" / f"{TRANSLATION_NAME}_{lang}.qm")


def install_language(qt_app: QApplication, lang: str) -> str:
    """Qt's own words and the program's in ``lang``; returns the language in effect.

    Dutch is the source language: it needs only Qt's Dutch (Annuleren, Ja, Nee). English needs
    the program's translation; where that file is missing the program stays Dutch (logged).
    Dates and numbers stay Dutch-ordered in both (day-month-year, comma decimals for money
    come from models.values either way).
    """
    for old in qt_app.findChildren(QTranslator, _TRANSLATOR):
        qt_app.removeTranslator(old)
        old.deleteLater()
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    if lang != DEFAULT_LANGUAGE:
        own = QTranslator(qt_app)
        own.setObjectName(_TRANSLATOR)
        if own.load(translation_file(lang)):
            qt_app.installTranslator(own)
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Netherlands))
            return lang
        own.deleteLater()
        log.info("no translation for %s: the program stays in Dutch", lang)
        lang = DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    qt_words = QTranslator(qt_app)
    qt_words.setObjectName(_TRANSLATOR)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_words.load(QLocale(QLocale.Language.Dutch), "qtbase", "_", folder):
        qt_app.installTranslator(qt_words)
    else:
        qt_words.deleteLater()
    return lang
