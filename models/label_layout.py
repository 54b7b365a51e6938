"""Where the client's quotes go along the mood curve, so that no two overlap.

Pure geometry, in whatever unit the caller draws in: the screen (Qt pixels) and the printed
procesplaat (ReportLab points) place the same quotes the same way. Each quote sits just right of
its point on the curve, above or below it. Quotes are placed from the right: the last one gets
the width it asks for, and each earlier one gets what is left before the quotes already placed
beside it, on the side (above or below) where it has the most room. A quote with less room than
``min_width`` is left out of the picture (the event list still shows it) rather than cut to a
few letters or drawn over another.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class PlacedLabel:
    """A label's box: its left edge, its top, the width it may use and its side of the point."""

    index: int
    left: float
    top: float
    width: float
    above: bool


@dataclass(frozen=True)
class _Box:
    left: float
    top: float
    right: float
    bottom: float


def place_labels(
    anchors: Sequence[tuple[float, float]],
    wanted: Sequence[float],
    height: float,
    *,
    gap: float,
    offset: float,
    spacing: float,
    min_width: float,
) -> list[PlacedLabel]:
    """Boxes for labels next to ``anchors`` (x, y points, in order of x), none overlapping.

    ``wanted`` is each label's full width, ``height`` a line's height; a box starts ``gap``
    right of its point, its top ``offset`` above (minus the height) or below the point, and
    keeps ``spacing`` from the next box. Returns the placed labels in the anchors' order.
    """
    if len(anchors) != len(wanted):
        raise ValueError("every anchor needs a wanted width")
    placed: list[_Box] = []
    result: list[PlacedLabel] = []
    for index in range(len(anchors) - 1, -1, -1):
        x, y = anchors[index]
        left = x + gap
        best: tuple[float, bool, float] | None = None  # (width, above, top)
        prefer_above = index % 2 == 0  # alternate, as a hand-drawn curve does
        for above in (prefer_above, not prefer_above):
            top = y - offset - height if above else y + offset
            room = wanted[index]
            for box in placed:
                if box.bottom <= top or box.top >= top + height:
                    continue  # not on this line
                if box.right <= left:
                    continue  # wholly to the left (a point further right never is)
                room = min(room, box.left - spacing - left)
            if best is None or room > best[0]:
                best = (room, above, top)
        assert best is not None
        width, above, top = best
        if width < min(min_width, wanted[index]):
            continue
        placed.append(_Box(left, top, left + width, top + height))
        result.append(PlacedLabel(index, left, top, width, above))
    result.reverse()
    return result
