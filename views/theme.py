"""Colours that stay legible in light and dark mode: contrast, dark palettes, ink for labels.

Widgets that write a colour into a label (an error in red, a muted line) ask here instead of
hard-coding a colour made for a white window: ``#b00020`` on a dark grey window is unreadable.
Painted pictures with their own paper (the procesplaat) keep their own colours.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from views import roles

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

__all__ = [
    "DESIGN_POINTS",
    "INKS",
    "INK_ROLE",
    "contrast_ratio",
    "dark_palette",
    "error_ink",
    "follow_theme",
    "ink",
    "ink_style",
    "is_dark",
    "light_palette",
    "mark_wrong",
    "muted_ink",
    "ok_ink",
    "problem_background",
    "set_ink",
    "text_scale",
    "warning_ink",
]

#: The point size the painted pictures were designed at; they grow with the app font.
DESIGN_POINTS = 9.0

# Pairs (on a light window, on a dark window); each ≥ 4.5:1 against its window colour.
_ERROR = ("#b00020", "#ff8a80")
_MUTED = ("#5f6368", "#b8bcc2")
_OK = ("#1b5e20", "#81c995")
_WARNING = ("#8a4b00", "#ffb74d")  # an orange-brown: a balance to ask again, not an error
# The tint of a row with a mistake in it; the palette's own Text reads on it at ≥ 4.5:1 (light
# 14.7:1, dark 9.3:1) and so does the error ink (6.2 and 5.0).
_PROBLEM_BACKGROUND = ("#fde7e9", "#5c2b30")

#: The kinds of ink a widget may ask for by name (``set_ink``, ``ink``).
INKS = {"error": _ERROR, "muted": _MUTED, "ok": _OK, "warning": _WARNING}
#: Item data naming the ink kind of a list or table item, for colouring it again after a
#: theme switch (an item keeps the brush it was given).
INK_ROLE = roles.USER + 0x494E  # far from the roles the views use


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """Relative luminance as WCAG 2 defines it (0 black, 1 white)."""
    red, green, blue = (_linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(one: QColor, other: QColor) -> float:
    """WCAG contrast ratio between two colours (1 to 21); body text wants 4.5 or more."""
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def is_dark(palette: QPalette) -> bool:
    """A palette whose window is darker than its text: light text on a dark ground."""
    return luminance(palette.color(QPalette.ColorRole.Window)) < luminance(
        palette.color(QPalette.ColorRole.WindowText)
    )


def _pick(pair: tuple[str, str], palette: QPalette | None) -> str:
    if palette is None:
        palette = QGuiApplication.palette()
    return pair[1] if is_dark(palette) else pair[0]


def error_ink(palette: QPalette | None = None) -> str:
    """The red of an error message, readable on this palette's window (the app's if None)."""
    return _pick(_ERROR, palette)


def muted_ink(palette: QPalette | None = None) -> str:
    """The grey of a secondary line, readable on this palette's window."""
    return _pick(_MUTED, palette)


def ok_ink(palette: QPalette | None = None) -> str:
    """The green of a "saved" message, readable on this palette's window."""
    return _pick(_OK, palette)


def warning_ink(palette: QPalette | None = None) -> str:
    """The orange of a warning (a stale balance), readable on this palette's window and base."""
    return _pick(_WARNING, palette)


def problem_background(palette: QPalette | None = None) -> str:
    """The background of a row with a mistake: a light pink, or a dark wine red in dark mode.

    The palette's Text colour and ``error_ink`` both read on it at 4.5:1 or more.
    """
    return _pick(_PROBLEM_BACKGROUND, palette)


def ink(kind: str, palette: QPalette | None = None) -> str:
    """The ink called ``kind`` ("error", "muted", "ok", "warning") for this palette."""
    return _pick(INKS[kind], palette)


def ink_style(kind: str | None, *, bold: bool = False, palette: QPalette | None = None) -> str:
    """A label's style sheet in the ink ``kind`` (None: the palette's own text colour)."""
    if kind is None:
        return "font-weight: bold;" if bold else ""
    return f"color: {ink(kind, palette)};" + (" font-weight: bold;" if bold else "")


class _ThemeFollower(QObject):
    """Runs a widget's colouring again when the application's palette changes.

    A colour written into a style sheet or an item stays as written: without this, a label
    made red in light mode keeps the dark red after a switch to dark mode. A widget with a
    style sheet no longer hears of palette changes itself (Qt leaves it out), so the follower
    listens to the application. It is the widget's child: it goes, and stops, with it.
    """

    def __init__(self, widget: QObject, apply: Callable[[], object]) -> None:
        super().__init__(widget)
        self._apply = apply
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            # Qt 6 marks this signal obsolete in favour of the ApplicationPaletteChange
            # event, but that event reaches only windows and the application object.
            app.paletteChanged.connect(self._changed)

    @Slot(QPalette)
    def _changed(self, _palette: QPalette) -> None:
        self._apply()


def follow_theme(widget: QObject, apply: Callable[[], object]) -> None:
    """Run ``apply`` now and again after every switch between light and dark.

    ``apply`` must choose its colours from the application's palette (the ink functions
    without a palette do), not from the widget's, which is brought up to date only later
    (and never, for a widget with a style sheet).
    """
    apply()
    _ThemeFollower(widget, apply)


def _keep_style(widget: QWidget, name: str, value: str, style: Callable[[str], str]) -> None:
    """Give ``widget`` the style sheet ``style(value)``, made again after a theme switch."""
    key = f"procesplaat_{name}"
    first = widget.property(key) is None
    widget.setProperty(key, value)

    def apply() -> None:
        wanted = style(str(widget.property(key)))
        if widget.styleSheet() != wanted:
            widget.setStyleSheet(wanted)

    if first:
        follow_theme(widget, apply)
    else:
        apply()


def _ink_value(value: str) -> str:
    name, strong = value.split("|")
    return ink_style(name or None, bold=strong == "1")


def set_ink(widget: QWidget, kind: str | None, *, bold: bool = False) -> None:
    """Write ``widget``'s text in the ink ``kind`` (None: plain), now and after a theme switch.

    For labels that say an error or a success: call it whenever the kind changes; the
    widget then keeps following the theme by itself.
    """
    _keep_style(widget, "ink", f"{kind or ''}|{int(bold)}", _ink_value)


def _frame_value(value: str) -> str:
    if not value:
        return ""
    return f"QLineEdit, QComboBox {{ border: 2px solid {error_ink()}; }}"


def mark_wrong(widget: QWidget, wrong: bool) -> None:
    """A red frame around a field with a mistake in it (or none), in the red of the theme."""
    _keep_style(widget, "wrong", "1" if wrong else "", _frame_value)


def text_scale(points: float) -> float:
    """How much larger than designed a painted picture's type is at the app's font size."""
    if points <= 0:  # a font sized in pixels: the picture keeps its designed size
        return 1.0
    return points / DESIGN_POINTS


def dark_palette() -> QPalette:
    """A complete dark palette for the Fusion style, where the platform style has none."""
    colours = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e8e8e8",
        QPalette.ColorRole.Base: "#1f1f1f",
        QPalette.ColorRole.AlternateBase: "#2a2d31",
        QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#f0f0f0",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Text: "#e8e8e8",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e8e8e8",
        QPalette.ColorRole.BrightText: "#ff8a80",
        QPalette.ColorRole.Light: "#505050",
        QPalette.ColorRole.Midlight: "#404040",
        QPalette.ColorRole.Mid: "#303030",
        QPalette.ColorRole.Dark: "#1a1a1a",
        QPalette.ColorRole.Shadow: "#000000",
        QPalette.ColorRole.Highlight: "#3d7dca",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.LinkVisited: "#c58af9",
    }
    palette = _palette(colours, disabled_ink="#7f7f7f")
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, QColor("#505050"))
    return palette


def light_palette() -> QPalette:
    """A complete light palette, for "Licht" where the system itself is dark."""
    colours = {
        QPalette.ColorRole.Window: "#efefef",
        QPalette.ColorRole.WindowText: "#1a1a1a",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f5f7fa",
        QPalette.ColorRole.ToolTipBase: "#ffffdc",
        QPalette.ColorRole.ToolTipText: "#1a1a1a",
        QPalette.ColorRole.PlaceholderText: "#6b6b6b",
        QPalette.ColorRole.Text: "#1a1a1a",
        QPalette.ColorRole.Button: "#efefef",
        QPalette.ColorRole.ButtonText: "#1a1a1a",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Light: "#ffffff",
        QPalette.ColorRole.Midlight: "#e3e3e3",
        QPalette.ColorRole.Mid: "#b8b8b8",
        QPalette.ColorRole.Dark: "#9f9f9f",
        QPalette.ColorRole.Shadow: "#767676",
        QPalette.ColorRole.Highlight: "#30a2da",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#0b57d0",
        QPalette.ColorRole.LinkVisited: "#7b1fa2",
    }
    return _palette(colours, disabled_ink="#8a8a8a")


def _palette(colours: dict[QPalette.ColorRole, str], *, disabled_ink: str) -> QPalette:
    """A palette of these colours, with greyed text for what is disabled."""
    palette = QPalette()
    for role, name in colours.items():
        palette.setColor(role, QColor(name))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled_ink))
    return palette
