"""Shared by the dark-mode tests: switch the theme, read the colours a widget was given."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from views import preferences
from views.theme import contrast_ratio, is_dark

THEMES = ("light", "dark")
GROUNDS = (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase)
_HEX = re.compile(r"#[0-9a-fA-F]{6}\b")


@pytest.fixture
def as_light_again(qapp: QApplication) -> Iterator[None]:
    """The application is shared by every test: it goes back to the system's (light) look."""
    yield
    preferences.apply_theme(qapp, "system")
    assert not is_dark(QGuiApplication.palette())


def switch(qapp: QApplication, theme: str) -> QPalette:
    """The theme, as the settings window applies it; the application's palette after it."""
    preferences.apply_theme(qapp, theme)
    qapp.processEvents()
    palette = QGuiApplication.palette()
    assert is_dark(palette) == (theme == "dark")
    return palette


def styled_colours(root: QWidget) -> list[tuple[str, QColor]]:
    """Every colour written in the style sheets of ``root`` and its children (name, colour)."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        for name in _HEX.findall(widget.styleSheet()):
            found.append((widget.objectName() or type(widget).__name__, QColor(name)))
    return found


def worst_contrast(colour: QColor, palette: QPalette, roles=GROUNDS) -> float:
    """The lowest contrast of ``colour`` against the grounds a text in it may be drawn on."""
    return min(contrast_ratio(colour, palette.color(role)) for role in roles)
