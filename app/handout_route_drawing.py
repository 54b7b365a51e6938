"""The printed procesplaat's route painted on a ReportLab canvas, from its layout.

``page_height`` turns the layout's top-down points into ReportLab's bottom-up ones.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import white

from app.handout_route_layout import (
    BOX_PAD,
    CURRENT_FILL,
    CURVE_INK,
    DEADLINE_STEP,
    HERE,
    MARK_SIZE,
    MILESTONE_INK,
    MOOD_CAPTION,
    NEXT,
    NUMBER_SIZE,
    QUOTE_HEIGHT,
    QUOTE_SIZE,
    SETBACK_INK,
    SMALL_SIZE,
    STAGE_HEIGHT,
    STAGE_SIZE,
    DrawnPhase,
    DrawnText,
    RouteLayout,
    width_of,
)
from app.print_style import FONT, FONT_BOLD, INK, MUTED_INK, RULE, TINT
from models.timeline import PhaseState


def draw_route(canvas: Any, layout: RouteLayout, page_height: float) -> None:
    """Draw the route (stages, phases, line, marks, deadlines, mood curve) on the canvas."""
    _Pen(canvas, page_height).route(layout)


class _Pen:
    """A canvas seen top-down, as the layout measures: ``y`` turns a top into ReportLab's y."""

    def __init__(self, canvas: Any, page_height: float) -> None:
        self.c = canvas
        self.h = page_height

    def y(self, top: float) -> float:
        return self.h - top

    def text(self, item: DrawnText, size: float, *, centred: bool = False) -> None:
        self.c.setFillColor(item.ink)
        self.c.setFont(FONT_BOLD if item.bold else FONT, size)
        if centred:
            self.c.drawCentredString(item.left + item.width / 2, self.y(item.baseline), item.text)
        else:
            self.c.drawString(item.left, self.y(item.baseline), item.text)

    def rect(self, left: float, top: float, width: float, height: float, radius: float) -> None:
        self.c.roundRect(left, self.y(top + height), width, height, radius, stroke=1, fill=1)

    def route(self, layout: RouteLayout) -> None:
        c = self.c
        c.saveState()
        for (left, width, past), label in zip(layout.stage_boxes, layout.stages, strict=True):
            c.setStrokeColor(RULE)
            c.setLineWidth(0.8)
            c.setFillColor(TINT if past else white)
            self.rect(left, layout.top, width, STAGE_HEIGHT, 3)
            centred = DrawnText(label.text, left, layout.top + 3.5, width, STAGE_SIZE * 1.2, True)
            self.text(centred, STAGE_SIZE, centred=True)
        for phase in layout.phases:
            self.phase(layout, phase)
        self.axis(layout)
        self.marks(layout)
        for deadline in layout.deadlines:
            words = deadline.words
            c.setStrokeColor(words.ink)
            c.setLineWidth(0.8)
            bottom = self.y(words.top + DEADLINE_STEP * 0.55)
            c.line(deadline.x, self.y(layout.axis_y), deadline.x, bottom)
            self.text(words, MARK_SIZE)
        self.mood(layout)
        c.restoreState()

    def phase(self, layout: RouteLayout, phase: DrawnPhase) -> None:
        c = self.c
        top, height = layout.box_top, layout.box_height
        current = phase.state is PhaseState.CURRENT
        c.setDash()
        if phase.state is PhaseState.PAST:
            c.setStrokeColor(RULE)
            c.setLineWidth(1)
            c.setFillColor(TINT)
        elif current:
            c.setStrokeColor(INK)
            c.setLineWidth(2.6)
            c.setFillColor(CURRENT_FILL)
        else:
            c.setStrokeColor(RULE)
            c.setLineWidth(1)
            c.setDash(3, 2)
            c.setFillColor(white)
        self.rect(phase.left, top, phase.width, height, 5)
        c.setDash()
        inner = phase.left + BOX_PAD
        tick = "✓ " if phase.state is PhaseState.PAST else ""
        self.text(
            DrawnText(f"{tick}{phase.number}", inner, top + BOX_PAD, 0, NUMBER_SIZE * 1.2, True),
            NUMBER_SIZE,
        )
        if phase.open_actions:
            c.setFillColor(INK)
            c.setFont(FONT, SMALL_SIZE)
            c.drawRightString(
                phase.left + phase.width - BOX_PAD,
                self.y(top + BOX_PAD + NUMBER_SIZE * 0.9),
                f"{phase.open_actions} te doen",
            )
        size = layout.title_size
        line_top = top + BOX_PAD + NUMBER_SIZE * 1.3
        for line in phase.lines:
            self.text(DrawnText(line, inner, line_top, 0, size * 1.2, current), size)
            line_top += size * 1.2
        row_top = top + height + 3
        if current:
            self.here(phase, row_top)
        elif phase.is_next:
            item = DrawnText(NEXT, phase.left, row_top, phase.width, 9, ink=MUTED_INK)
            self.text(item, SMALL_SIZE, centred=True)
        elif phase.dates:
            item = DrawnText(phase.dates, phase.left, row_top, phase.width, 9, ink=MUTED_INK)
            self.text(item, SMALL_SIZE, centred=True)

    def here(self, phase: DrawnPhase, top: float) -> None:
        """ "Je bent hier" on a dark badge under the current box, on the dates' row."""
        c = self.c
        width = width_of(HERE, MARK_SIZE, bold=True) + 10
        left = phase.left + (phase.width - width) / 2
        c.setFillColor(INK)
        c.setStrokeColor(INK)
        c.setLineWidth(0.5)
        self.rect(left, top - 1, width, 11, 5.5)
        badge = DrawnText(HERE, left, top + 0.2, width, 10, True, white)
        self.text(badge, MARK_SIZE, centred=True)

    def axis(self, layout: RouteLayout) -> None:
        c = self.c
        y = self.y(layout.axis_y)
        start, end = layout.left, layout.left + layout.width
        done = layout.today_x if layout.today_x is not None else start
        c.setLineCap(1)
        if done > start:
            c.setStrokeColor(INK)
            c.setLineWidth(3)
            c.line(start, y, done, y)
        c.setStrokeColor(RULE)
        c.setLineWidth(1.5)
        c.setDash(4, 3)
        c.line(done, y, end, y)
        c.setDash()
        if layout.today_x is not None:
            c.setFillColor(INK)
            c.circle(done, y, 4, stroke=0, fill=1)

    def marks(self, layout: RouteLayout) -> None:
        c = self.c
        size = 5.0
        for mark in layout.marks:
            y = self.y(mark.y)
            c.setStrokeColor(RULE)
            c.setLineWidth(0.6)
            c.line(mark.x, self.y(layout.axis_y), mark.x, y + size)
            ink = SETBACK_INK if mark.kind == "setback" else MILESTONE_INK
            c.setFillColor(ink)
            path = c.beginPath()
            if mark.kind == "setback":
                path.moveTo(mark.x, y + size)
                path.lineTo(mark.x + size, y - size * 0.8)
                path.lineTo(mark.x - size, y - size * 0.8)
            else:
                path.moveTo(mark.x, y + size)
                path.lineTo(mark.x + size, y)
                path.lineTo(mark.x, y - size)
                path.lineTo(mark.x - size, y)
            path.close()
            c.drawPath(path, stroke=0, fill=1)
            if mark.kind == "setback":
                c.setFillColor(white)
                c.setFont(FONT_BOLD, 5.5)
                c.drawCentredString(mark.x, y - size * 0.6, "!")
            if mark.label:
                c.setFillColor(ink)
                c.setFont(FONT, MARK_SIZE)
                c.drawString(mark.x + size + 3, y - MARK_SIZE * 0.35, mark.label)

    def mood(self, layout: RouteLayout) -> None:
        c = self.c
        right = layout.left + layout.width
        caption_top = layout.mood_top - QUOTE_HEIGHT - 6 - 10
        caption = DrawnText(MOOD_CAPTION, layout.left, caption_top, 0, 9, ink=MUTED_INK)
        self.text(caption, SMALL_SIZE)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        c.setDash(1, 2)
        for mood in (5, 3, 1):
            y = self.y(layout.mood_y(mood))
            c.line(layout.left, y, right, y)
        c.setDash()
        if layout.curve:
            c.setStrokeColor(CURVE_INK)
            c.setLineWidth(1.8)
            c.setLineJoin(1)
            path = c.beginPath()
            first = layout.curve[0]
            path.moveTo(first[0], self.y(first[1]))
            for x, top, _ in layout.curve[1:]:
                path.lineTo(x, self.y(top))
            c.drawPath(path, stroke=1, fill=0)
        c.setFillColor(white)  # a quote stays readable where the curve runs behind it
        for quote in layout.quotes:
            text_width = width_of(quote.text, QUOTE_SIZE)
            c.rect(
                quote.left - 1,
                self.y(quote.top + quote.height),
                text_width + 2,
                quote.height,
                stroke=0,
                fill=1,
            )
        c.setStrokeColor(white)
        c.setLineWidth(1)
        for x, top, setback in layout.curve:
            c.setFillColor(SETBACK_INK if setback else CURVE_INK)
            c.circle(x, self.y(top), 3.2, stroke=1, fill=1)
        for quote in layout.quotes:
            self.text(quote, QUOTE_SIZE)
