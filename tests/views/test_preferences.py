"""Preferences: read back as saved, damaged values as defaults, and applied to the running app."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QColor, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from views import preferences
from views.route_style import NORMAL
from views.theme import contrast_ratio, error_ink, is_dark, muted_ink, ok_ink
from views.timeline_canvas import TimelineCanvas


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "instellingen.ini"), QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def app_as_it_was(qapp):
    """The application is shared by every test: its look and language are given back."""
    yield
    preferences.apply_theme(qapp, "system")
    preferences.apply_zoom(qapp, 100)
    preferences.install_language(qapp, "nl")


def system_points() -> float:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSizeF()


# --- reading and saving ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("save", "read", "value"),
    [
        (preferences.save_theme, preferences.theme, "dark"),
        (preferences.save_theme, preferences.theme, "light"),
        (preferences.save_zoom, preferences.zoom_percent, 150),
        (preferences.save_language, preferences.language, "en"),
    ],
)
def test_preferences_saved_value_reads_back(settings, save, read, value) -> None:
    save(settings, value)
    settings.sync()
    again = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    assert read(again) == value


@pytest.mark.parametrize(
    ("key", "damaged", "read", "default"),
    [
        (preferences.THEME_KEY, "paars", preferences.theme, "system"),
        (preferences.THEME_KEY, 3, preferences.theme, "system"),
        (preferences.ZOOM_KEY, "groot", preferences.zoom_percent, 100),
        (preferences.ZOOM_KEY, "", preferences.zoom_percent, 100),
        (preferences.LANGUAGE_KEY, "de", preferences.language, "nl"),
    ],
)
def test_preferences_damaged_value_reads_as_default(settings, key, damaged, read, default) -> None:
    settings.setValue(key, damaged)
    assert read(settings) == default


@pytest.mark.parametrize(("saved", "read"), [(10, 80), (999, 200), (-5, 80), (130, 130)])
def test_preferences_zoom_is_kept_within_80_to_200(settings, saved, read) -> None:
    settings.setValue(preferences.ZOOM_KEY, saved)
    assert preferences.zoom_percent(settings) == read


def test_preferences_nothing_saved_means_defaults(settings) -> None:
    assert preferences.theme(settings) == "system"
    assert preferences.zoom_percent(settings) == 100
    assert preferences.language(settings) == "nl"


# --- theme ---------------------------------------------------------------------------------
def test_preferences_dark_theme_makes_the_palette_dark(qapp) -> None:
    preferences.apply_theme(qapp, "dark")
    assert is_dark(qapp.palette())
    assert (
        contrast_ratio(
            qapp.palette().color(QPalette.ColorRole.Window),
            qapp.palette().color(QPalette.ColorRole.WindowText),
        )
        >= 7
    )


def test_preferences_system_theme_after_dark_gives_the_system_palette_back(qapp) -> None:
    preferences.apply_theme(qapp, "system")
    system_dark = is_dark(qapp.palette())
    preferences.apply_theme(qapp, "light" if system_dark else "dark")
    assert is_dark(qapp.palette()) != system_dark
    preferences.apply_theme(qapp, "system")
    assert is_dark(qapp.palette()) == system_dark


def test_preferences_light_theme_is_light(qapp) -> None:
    preferences.apply_theme(qapp, "dark")
    preferences.apply_theme(qapp, "light")
    assert not is_dark(qapp.palette())


def test_preferences_following_the_system_switches_when_the_system_does(qapp, monkeypatch) -> None:
    system = {"dark": False}
    monkeypatch.setattr(preferences, "_system_is_dark", lambda _app: system["dark"])
    preferences.apply_theme(qapp, "system")
    preferences.follow_system(qapp)
    assert not is_dark(qapp.palette())
    system["dark"] = True
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert is_dark(qapp.palette())
    system["dark"] = False
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not is_dark(qapp.palette())


def test_preferences_a_chosen_theme_stays_when_the_system_changes(qapp, monkeypatch) -> None:
    monkeypatch.setattr(preferences, "_system_is_dark", lambda _app: False)
    preferences.follow_system(qapp)
    preferences.apply_theme(qapp, "dark")
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert is_dark(qapp.palette())


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("ink", [error_ink, muted_ink, ok_ink])
def test_preferences_label_inks_are_readable_on_both_themes(qapp, theme, ink) -> None:
    preferences.apply_theme(qapp, theme)
    palette = qapp.palette()
    colour = QColor(ink(palette))
    for ground in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        assert contrast_ratio(colour, palette.color(ground)) >= 4.5, (ink.__name__, ground)


def test_preferences_procesplaat_paper_keeps_its_own_readable_ink_in_dark_mode(qapp) -> None:
    """The picture is a light sheet with its own colours: the dark window does not reach it."""
    preferences.apply_theme(qapp, "dark")
    canvas = TimelineCanvas()
    colours = canvas.palette_
    assert colours.text != qapp.palette().color(QPalette.ColorRole.WindowText)
    assert contrast_ratio(colours.text, colours.background) >= 4.5
    assert contrast_ratio(colours.muted, colours.background) >= 4.5
    assert colours is NORMAL


# --- text size -----------------------------------------------------------------------------
@pytest.mark.parametrize(("percent", "factor"), [(150, 1.5), (80, 0.8), (300, 2.0)])
def test_preferences_zoom_scales_the_system_font(qapp, percent, factor) -> None:
    preferences.apply_zoom(qapp, percent)
    assert QApplication.font().pointSizeF() == pytest.approx(system_points() * factor)


def test_preferences_zoom_grows_the_painted_procesplaat_too(qapp, qtbot) -> None:
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    before = canvas.scale
    preferences.apply_zoom(qapp, 150)
    QCoreApplication.processEvents()
    assert canvas.scale == pytest.approx(before * 1.5)


# --- language ------------------------------------------------------------------------------
def test_preferences_english_without_its_file_stays_dutch_and_says_so_in_the_log(
    qapp, monkeypatch, tmp_path, caplog
) -> None:
    monkeypatch.setattr(preferences, "translation_file", lambda lang: str(tmp_path / "no.qm"))
    with caplog.at_level(logging.INFO, logger="views.preferences"):
        assert preferences.install_language(qapp, "en") == "nl"
    assert "stays in Dutch" in caplog.text


def test_preferences_english_file_translates_the_program(qapp, monkeypatch, tmp_path) -> None:
    source = tmp_path / "procesplaat_en.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="en">'
        "<context><name>SettingsDialog</name><message><source>Instellingen</source>"
        "<translation>Settings</translation></message></context></TS>",
        encoding="utf-8",
    )
    built = tmp_path / "procesplaat_en.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    subprocess.run([str(lrelease), str(source), "-qm", str(built)], check=True, capture_output=True)
    monkeypatch.setattr(preferences, "translation_file", lambda lang: str(built))
    assert preferences.install_language(qapp, "en") == "en"
    assert QCoreApplication.translate("SettingsDialog", "Instellingen") == "Settings"
    preferences.install_language(qapp, "nl")
    assert QCoreApplication.translate("SettingsDialog", "Instellingen") == "Instellingen"


def test_preferences_translation_file_is_named_for_the_translators(qapp) -> None:
    """H4 builds resources/translations/procesplaat_<lang>.qm; both sides use this name."""
    path = Path(preferences.translation_file("en"))
    assert (path.parent.name, path.name) == ("translations", "procesplaat_en.qm")


def test_preferences_lock_screen_refusal_is_readable_in_dark_mode(qapp, qtbot) -> None:
    from views.lock import LockScreen

    preferences.apply_theme(qapp, "dark")
    screen = LockScreen()
    qtbot.addWidget(screen)
    screen.refuse("Dit wachtwoord klopt niet.")
    ink = QColor(screen.message.styleSheet().split(":")[1].strip(" ;"))
    window = screen.palette().color(QPalette.ColorRole.Window)
    assert contrast_ratio(ink, window) >= 4.5
