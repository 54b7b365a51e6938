"""Labels of the procesplaat that stay readable at the left edge while the route scrolls.

Centred on "Je bent hier", the route starts scrolled: a deadline, event or quote that began to
the left would be cut mid-word ("ende situatie"). Such a label is drawn again from the visible
left edge, on the picture's own paper so the lines under it do not show through, with an
arrow saying its place is further left. The mood lane's caption stays at the left always.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QPainter

from views.picture_text import PictureText

#: Room kept between the visible edge and a pinned label, in unscaled pixels.
EDGE = 4.0
#: Shown before a label whose mark lies to the left, out of view.
ARROW = "← "


@dataclass(frozen=True)
class Pin:
    """A label as the picture places it: font, text, baseline start, and how far it may run."""

    font: QFont
    text: str
    at: QPointF  # the baseline start where the picture draws it
    colour: QColor
    limit: float | None = None  # the right end it must not pass (the next label); None: free
    always: bool = False  # a lane's caption: kept at the left even when wholly scrolled past
    arrow: bool = True


def pinned_rect(text: PictureText, pin: Pin, left: float, scale: float) -> QRectF | None:
    """Where ``pin`` is drawn when the view starts at ``left``; None when it needs no pinning
    (wholly in view) or has nothing left to show (wholly scrolled past, or no room)."""
    edge = left + EDGE * scale
    if pin.at.x() >= edge:  # in view: measured no further
        return None
    metrics = text.metrics(pin.font)
    natural_right = pin.at.x() + metrics.horizontalAdvance(pin.text)
    if natural_right <= edge and not pin.always:
        return None
    shown = _shown(text, pin, left, scale)
    if not shown:
        return None
    # The paper covers the cut tail of the label too, so no half word shows beside it.
    width = max(metrics.horizontalAdvance(shown), natural_right - edge)
    top = pin.at.y() - metrics.ascent() - 1
    return QRectF(left, top, edge - left + width + 2, metrics.height() + 2)


def _shown(text: PictureText, pin: Pin, left: float, scale: float) -> str:
    edge = left + EDGE * scale
    words = (ARROW if pin.arrow else "") + pin.text
    metrics = text.metrics(pin.font)
    room = metrics.horizontalAdvance(words) if pin.limit is None else pin.limit - edge
    if room < metrics.averageCharWidth() * 4:
        return ""
    return text.elided(pin.font, words, room + 0.5)


def paint_pins(
    painter: QPainter, text: PictureText, pins: list[Pin], left: float, paper: QColor, scale: float
) -> list[tuple[QRectF, str]]:
    """Draw every label the left edge would cut, on opaque paper, from the edge; what was drawn
    where."""
    drawn: list[tuple[QRectF, str]] = []
    for pin in pins:
        rect = pinned_rect(text, pin, left, scale)
        if rect is None:
            continue
        shown = _shown(text, pin, left, scale)
        painter.fillRect(rect, paper)
        painter.setPen(pin.colour)
        text.use(painter, pin.font)
        text.put(painter, QPointF(left + EDGE * scale, pin.at.y()), shown)
        drawn.append((rect, shown))
    return drawn
