"""Colours that stay legible in light and dark mode: contrast, dark palettes, ink for labels.

Widgets that write a colour into a label (an error in red, a muted line) ask here instead of
hard-coding a colour made for a white window: ``#b00020`` on a dark grey window is unreadable.
Painted pictures with their own paper (the procesplaat) keep their own colours.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

__all__ = [
    "DESIGN_POINTS",
    "contrast_ratio",
    "dark_palette",
    "error_ink",
    "is_dark",
    "light_palette",
    "muted_ink",
    "ok_ink",
    "text_scale",
]

#: The point size the painted pictures were designed at; they grow with the app font.
DESIGN_POINTS = 9.0

# Pairs (on a light window, on a dark window); each ≥ 4.5:1 against its window colour.
_ERROR = ("#b00020", "#ff8a80")
_MUTED = ("#5f6368", "#b8bcc2")
_OK = ("#1b5e20", "#81c995")


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
        from PySide6.QtGui import QGuiApplication

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


def text_scale(points: float) -> float:
    """How much larger than designed a painted picture's type is at the app's font size."""
    if points <= 0:  # a font sized in pixels: the picture keeps its designed size
        return 1.0
    return points / DESIGN_POINTS


def dark_palette() -> QPalette:
    """A complete dark palette for the Fusion style, where the platform style has none."""
    palette = QPalette()
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
    for role, name in colours.items():
        palette.setColor(role, QColor(name))
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(disabled, role, QColor("#7f7f7f"))
    palette.setColor(disabled, QPalette.ColorRole.Highlight, QColor("#505050"))
    return palette


def light_palette() -> QPalette:
    """A complete light palette, for "Licht" where the system itself is dark."""
    palette = QPalette()
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
    for role, name in colours.items():
        palette.setColor(role, QColor(name))
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(disabled, role, QColor("#8a8a8a"))
    return palette
