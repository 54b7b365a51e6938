"""The boxes under the printed procesplaat: a heading on a tinted bar, points that fit whole."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color

from app.handout_route_layout import width_of, wrap
from app.print_style import (
    FONT,
    FONT_BOLD,
    HEADING_INK,
    INK,
    MUTED_INK,
    RULE,
    TINT,
    TINT_LIGHT,
    register_fonts,
)

MORE = "En nog {n} meer."
_BODY = 10.5
_LEADING = _BODY * 1.28
_ENTRY_GAP = 3.0
_INDENT = 13.0
_BOX_HEADING = 12.0
_BAR = _BOX_HEADING * 1.9  # the tinted bar with the box's heading
_PAD = 7.0
_BOX_GAP = 8.0


@dataclass(frozen=True)
class Entry:
    """One point in a box: its text, then when (in bold) and who does it, each on a line."""

    text: str
    when: str = ""
    note: str = ""
    bullet: str = "•"
    bold: bool = False


@dataclass(frozen=True)
class Box:
    """A box of points under a heading; ``empty`` is said when it has none."""

    heading: str
    entries: tuple[Entry, ...]
    empty: str
    strong: bool = False
    more: str = MORE
    weight: float = 1.0  # its share of the row's width


@dataclass(frozen=True)
class BoxLine:
    """A line of text in a box, at a distance from the top left of the box's inside."""

    text: str
    left: float
    top: float
    bold: bool = False
    ink: Color = INK


def _entry_lines(entry: Entry, width: float, top: float) -> list[BoxLine]:
    indent = _INDENT if entry.bullet else 0.0
    room = width - indent
    ink = INK if entry.bullet else MUTED_INK  # no bullet: a lead-in ("Dit kun je nu zelf doen:")
    texts = [(t, entry.bold, ink) for t in wrap(entry.text, _BODY, room, bold=entry.bold)]
    texts += [(t, True, HEADING_INK) for t in wrap(entry.when, _BODY, room, bold=True)]
    texts += [(t, False, INK) for t in wrap(entry.note, _BODY, room)]
    lines = [BoxLine(entry.bullet, 0.0, top, entry.bold)] if entry.bullet else []
    for number, (text, bold, colour) in enumerate(texts):
        lines.append(BoxLine(text, indent, top + number * _LEADING, bold, colour))
    return lines


def plan_box(box: Box, width: float, height: float) -> tuple[list[BoxLine], int]:
    """The lines of a box's points that fit inside ``width`` x ``height``, and how many not.

    A point is never cut: when the next one does not fit whole, a last line counts the rest
    ("En nog 2. Die staan op je actielijst.").
    """
    register_fonts()
    entries = list(box.entries) or [Entry(box.empty, bullet="")]
    planned: list[BoxLine] = []
    top = 0.0
    for index, entry in enumerate(entries):
        lines = _entry_lines(entry, width, top)
        rest = len(entries) - index - 1
        more = wrap(box.more.format(n=rest), _BODY, width) if rest else []
        end = top + (len(lines) - (1 if entry.bullet else 0)) * _LEADING
        if end + _ENTRY_GAP + len(more) * _LEADING > height:
            more = wrap(box.more.format(n=rest + 1), _BODY, width)
            planned += [
                BoxLine(text, 0.0, top + n * _LEADING, ink=MUTED_INK) for n, text in enumerate(more)
            ]
            return planned, rest + 1
        planned += lines
        top = end + _ENTRY_GAP
    return planned, 0


def box_widths(boxes: Sequence[Box], width: float, height: float) -> list[float]:
    """Each box's width: by its weight, then shifted between the two action boxes so that
    as few actions as possible are left off (hers count double)."""
    room = width - _BOX_GAP * (len(boxes) - 1)
    best: tuple[int, list[float]] | None = None
    for shift in (0.0, 0.15, -0.15, 0.3, -0.3, 0.45, -0.45):
        weights = [box.weight for box in boxes]
        if len(weights) > 2:
            weights[1], weights[2] = weights[1] + shift, weights[2] - shift
        widths = [room * weight / sum(weights) for weight in weights]
        hidden = sum(
            plan_box(box, each - 2 * _PAD, _inside_height(height))[1] * (2 if box.strong else 1)
            for box, each in zip(boxes, widths, strict=True)
        )
        if best is None or hidden < best[0]:
            best = (hidden, widths)
    assert best is not None
    return best[1]


def _inside_height(height: float) -> float:
    return height - _BAR - 6 - _PAD


def draw_boxes(
    canvas: Any,
    boxes: Sequence[Box],
    *,
    left: float,
    top: float,
    width: float,
    height: float,
    page_height: float,
) -> None:
    """Draw the boxes side by side in the band from (left, top), top-down points."""
    for box, each in zip(boxes, box_widths(boxes, width, height), strict=True):
        _draw_box(canvas, box, left, top, each, height, page_height)
        left += each + _BOX_GAP


def _draw_box(
    canvas: Any, box: Box, left: float, top: float, width: float, height: float, page_height: float
) -> None:
    """A framed box: the heading on a tinted bar, then its points; what does not fit is counted."""
    h, pad, bar = page_height, _PAD, _BAR
    canvas.setStrokeColor(HEADING_INK if box.strong else RULE)
    canvas.setLineWidth(1.8 if box.strong else 0.9)
    canvas.setFillColor(TINT if box.strong else TINT_LIGHT)
    canvas.rect(left, h - top - bar, width, bar, stroke=0, fill=1)
    canvas.roundRect(left, h - top - height, width, height, 5, stroke=1, fill=0)
    canvas.line(left, h - top - bar, left + width, h - top - bar)
    canvas.setFillColor(HEADING_INK)
    fits = _BOX_HEADING * (width - 2 * pad) / width_of(box.heading, _BOX_HEADING, bold=True)
    canvas.setFont(FONT_BOLD, min(_BOX_HEADING, fits))
    canvas.drawString(left + pad, h - top - bar + 7, box.heading)
    inner_top = top + bar + 6
    for line in plan_box(box, width - 2 * pad, _inside_height(height))[0]:
        canvas.setFillColor(line.ink)
        canvas.setFont(FONT_BOLD if line.bold else FONT, _BODY)
        canvas.drawString(left + pad + line.left, h - inner_top - line.top - _BODY, line.text)
