"""Drawing the procesplaat: the layout of models.timeline on a widget, nothing decided here.

Past, current and future differ in more than colour (a tick, a thick frame with "Je bent
hier", a dashed outline), so the picture reads in greyscale and for colour-blind eyes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLineF, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QMoveEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from models.label_layout import place_labels
from models.timeline import DeadlineMark, EventMark, PhaseState, Timeline
from models.values import format_date
from views.picture_text import PictureText
from views.route_pins import EDGE, Pin, paint_pins
from views.route_style import NORMAL, PRESENTATION, Palette, kind_word
from views.theme import text_scale


@dataclass(frozen=True)
class _Mark:
    """An event's mark as drawn: its centre, its kind, and its label and where that goes."""

    centre: QPointF
    kind: str
    label_at: QPointF
    label: str


class TimelineCanvas(QWidget):
    """The route as a picture; click or arrow keys select a phase, + and − zoom."""

    phase_selected = Signal(str)
    phase_activated = Signal(str)
    event_activated = Signal(str)

    BASE_UNIT = 150.0  # pixels per phase at zoom 1 and normal type

    def __init__(self, parent: QWidget | None = None, *, presentation: bool = False) -> None:
        super().__init__(parent)
        self.timeline: Timeline | None = None
        self.selected: str | None = None
        self.zoom = 1.0
        self.presentation = presentation
        self._text_scale = text_scale(self.font().pointSizeF())  # the app's text size
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Procesplaat: de route van de klant"))
        self._row_counts = (0, 0)
        self.text = PictureText(self.font(), self.scale)
        self._quotes: list[tuple[QPointF, str]] = []  # her words on the curve, placed once
        self._marks: list[_Mark] = []
        self._curve: list[tuple[QPointF, bool]] = []  # the mood curve's points; True: setback
        self._stamps: dict[tuple[str, float], QPixmap] = {}  # marks drawn once per picture
        self._left = 0.0  # the first column in view (the route scrolls in a scroll area)
        self._pins: list[Pin] = []  # labels the left edge may cut, gathered while painting
        #: The labels last drawn again at the left edge, and where (for tests and a reader).
        self.pinned: list[tuple[QRectF, str]] = []

    # --- geometry ---------------------------------------------------------------------
    @property
    def scale(self) -> float:
        """Type and shapes grow with the zoom and in presentation mode."""
        return self.zoom * (1.45 if self.presentation else 1.0) * self._text_scale

    @property
    def palette_(self) -> Palette:
        return PRESENTATION if self.presentation else NORMAL

    def unit(self) -> float:
        return self.BASE_UNIT * self.scale

    def _y(self, base: float) -> float:
        return base * self.scale

    def x_of(self, route_x: float) -> float:
        return 16 * self.scale + route_x * self.unit()

    def phase_rect(self, x: float, width: float) -> QRectF:
        gap = 6 * self.scale
        return QRectF(self.x_of(x) + gap / 2, self._y(42), width * self.unit() - gap, self._y(92))

    def axis_y(self) -> float:
        return self._y(158)

    def lane_y(self, lane: int) -> float:
        return self._y(178 + lane * 22)

    def _rows(self) -> tuple[int, int]:
        return self._row_counts

    def _count_rows(self) -> tuple[int, int]:
        """Lanes of events and rows of deadlines in use: the picture is no taller than needed."""
        if self.timeline is None:
            return 0, 0
        lanes = max(
            (e.lane + 1 for e in self.timeline.events if e.kind not in ("entered", "left")),
            default=0,
        )
        stacked: dict[float, int] = {}
        for mark in self.shown_deadlines():
            stacked[mark.x] = stacked.get(mark.x, 0) + 1
        return lanes, max(stacked.values(), default=0)

    def shown_deadlines(self) -> list[DeadlineMark]:
        """All deadlines for the caseworker; for the client only those still to meet."""
        if self.timeline is None:
            return []
        return [m for m in self.timeline.deadlines if not (self.presentation and m.met)]

    def deadline_y(self) -> float:
        lanes, _ = self._rows()
        return self.lane_y(lanes) + self._y(8)

    def mood_top(self) -> float:
        _, rows = self._rows()
        return self.deadline_y() + self._y(18 * rows + 34)

    def mood_y(self, mood: int) -> float:
        return self.mood_top() + (5 - mood) * self._y(20)

    def sizeHint(self) -> QSize:  # noqa: N802
        width = self.timeline.width if self.timeline else 11.0
        return QSize(int(self.x_of(width) + 24 * self.scale), int(self.mood_y(1) + self._y(34)))

    # --- data in ----------------------------------------------------------------------
    def set_timeline(self, timeline: Timeline | None) -> None:
        self.timeline = timeline
        self._row_counts = self._count_rows()
        self._relayout()
        keys = [box.key for box in timeline.phases] if timeline else []
        if self.selected not in keys:
            self.selected = timeline.current if timeline and timeline.current else None
        self.resize(self.sizeHint())
        self.updateGeometry()
        self.update()

    def _relayout(self) -> None:
        """Lay out what every paint then only places: text, marks, quotes, stamps."""
        self.text.reset(self.font(), self.scale)
        self._stamps = {}
        self._marks = self._place_marks()
        self._curve = [
            (QPointF(self.x_of(mark.x), self.mood_y(mark.mood or 3)), mark.kind == "setback")
            for mark in (self.timeline.mood_curve if self.timeline else ())
        ]
        self._quotes = self._place_quotes()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """The app's text size changed (Instellingen, Tekstgrootte): the picture grows along."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "text"):
            self._text_scale = text_scale(self.font().pointSizeF())
            self.set_zoom(self.zoom)

    def set_zoom(self, zoom: float) -> None:
        self.zoom = min(max(zoom, 0.6), 2.5)
        self._relayout()
        self.resize(self.sizeHint())
        self.updateGeometry()
        self.update()

    def select(self, key: str | None) -> None:
        if key == self.selected:
            return
        self.selected = key
        self.update()
        if key:
            self.phase_selected.emit(key)

    # --- input ------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.timeline is None:
            super().keyPressEvent(event)
            return
        keys = [box.key for box in self.timeline.phases]
        position = keys.index(self.selected) if self.selected in keys else -1
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            step = 1 if key == Qt.Key.Key_Right else -1
            self.select(keys[min(max(position + step, 0), len(keys) - 1)])
        elif key == Qt.Key.Key_Home:
            self.select(keys[0])
        elif key == Qt.Key.Key_End:
            self.select(keys[-1])
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_zoom(self.zoom * 1.2)
        elif key == Qt.Key.Key_Minus:
            self.set_zoom(self.zoom / 1.2)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected:
            self.phase_activated.emit(self.selected)
        else:
            super().keyPressEvent(event)

    def event_at(self, point: QPointF) -> EventMark | None:
        if self.timeline is None:
            return None
        radius = 10 * self.scale
        for mark in self.timeline.events:
            centre = QPointF(self.x_of(mark.x), self.lane_y(mark.lane))
            if (centre - point).manhattanLength() <= radius * 1.5:
                return mark
        return None

    def phase_at(self, point: QPointF) -> str | None:
        if self.timeline is None:
            return None
        for box in self.timeline.phases:
            left, right = self.x_of(box.x), self.x_of(box.x + box.width)
            if left <= point.x() < right:
                return box.key
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.setFocus()
        key = self.phase_at(event.position())
        if key:
            self.select(key)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        mark = self.event_at(event.position())
        if mark is not None:
            self.event_activated.emit(mark.id)
            return
        key = self.phase_at(event.position())
        if key:
            self.phase_activated.emit(key)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        mark = self.event_at(event.position())
        if mark is None:
            QToolTip.hideText()
            return
        lines = [f"{format_date(mark.on)} · {kind_word(mark.kind)}"]
        if mark.text and not self.presentation:
            lines.append(mark.text)
        if mark.client_words:
            lines.append(f"“{mark.client_words}”")
        QToolTip.showText(event.globalPosition().toPoint(), "\n".join(lines), self)

    # --- painting ---------------------------------------------------------------------
    def moveEvent(self, event: QMoveEvent) -> None:  # noqa: N802 (Qt override)
        """Scrolled: paint the view whole, as the labels held at the left edge move along
        (Qt would otherwise shift the old pixels, pinned labels and all)."""
        super().moveEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = self.palette_
        painter.fillRect(self.rect(), colours.background)
        if self.timeline is None:
            return
        self._left = float(max(self.visibleRegion().boundingRect().left(), 0))
        self._pins = []
        self._paint_stages(painter, colours)
        self._paint_phases(painter, colours)
        self._paint_axis(painter, colours)
        self._paint_events(painter, colours)
        self._paint_deadlines(painter, colours)
        self._paint_mood(painter, colours)
        self.pinned = paint_pins(
            painter, self.text, self._pins, self._left, colours.background, self.scale
        )
        painter.end()

    def _paint_stages(self, painter: QPainter, colours: Palette) -> None:
        assert self.timeline is not None
        self.text.use(painter, self.text.font_of(8.5, bold=True))
        for band in self.timeline.stages:
            rect = QRectF(
                self.x_of(band.x) + 3, self._y(6), band.width * self.unit() - 6, self._y(24)
            )
            painter.setPen(QPen(colours.frame, 1))
            painter.setBrush(
                colours.past_fill if band.state is PhaseState.PAST else Qt.BrushStyle.NoBrush
            )
            painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(colours.text)
            # A stage begun left of the view names itself in the part still in view.
            rect.setLeft(min(max(rect.left(), self._left + 3), rect.right()))
            text = self.text.elided(self.text.current, band.name.upper(), rect.width() - 8)
            self.text.put(painter, rect, text, Qt.AlignmentFlag.AlignCenter)

    def _paint_phases(self, painter: QPainter, colours: Palette) -> None:
        assert self.timeline is not None
        title_font = self.text.font_of(9.5, bold=False)
        bold_font = self.text.font_of(9.5, bold=True)
        small = self.text.font_of(8)
        for box in self.timeline.phases:
            rect = self.phase_rect(box.x, box.width)
            if box.state is PhaseState.PAST:
                painter.setPen(QPen(colours.frame, 1.2 * self.scale))
                painter.setBrush(colours.past_fill)
            elif box.state is PhaseState.CURRENT:
                painter.setPen(QPen(colours.current_frame, 3.5 * self.scale))
                painter.setBrush(colours.current_fill)
            else:
                pen = QPen(colours.frame, 1.2 * self.scale, Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.setBrush(colours.future_fill)
            painter.drawRoundedRect(rect, 8 * self.scale, 8 * self.scale)
            if box.key == self.selected:
                focus = QPen(colours.curve, 2 * self.scale, Qt.PenStyle.DotLine)
                painter.setPen(focus)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 10, 10)
            inner = rect.adjusted(8 * self.scale, 6 * self.scale, -8 * self.scale, -6 * self.scale)
            fill_is_light = box.state is not PhaseState.CURRENT or not self.presentation
            ink = colours.text if fill_is_light else QColor("#000000")
            painter.setPen(ink)
            self.text.use(painter, bold_font)
            marker = "✓ " if box.state is PhaseState.PAST else ""
            self.text.put(painter, inner, f"{marker}{box.number}")
            if box.open_actions:
                self.text.use(painter, small)
                self.text.put(
                    painter,
                    inner,
                    self.tr("{n} te doen").format(n=box.open_actions),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                )
            self.text.use(painter, bold_font if box.state is PhaseState.CURRENT else title_font)
            title_rect = inner.adjusted(0, 20 * self.scale, 0, 0)
            self.text.put(painter, title_rect, box.title, wrap=True)
            if box.state is PhaseState.CURRENT:
                self._paint_here(painter, rect, colours)
            elif box.is_next:
                self.text.use(painter, small)
                painter.setPen(colours.muted)
                self.text.put(
                    painter,
                    QRectF(rect.left(), rect.bottom() + 2, rect.width(), self._y(16)),
                    self.tr("volgende stap →"),
                    Qt.AlignmentFlag.AlignCenter,
                )
            if box.entered_on and box.state is not PhaseState.CURRENT:
                self.text.use(painter, small)
                painter.setPen(colours.muted)
                dates = format_date(box.entered_on)
                if box.left_on and box.left_on != box.entered_on:
                    dates += " – " + format_date(box.left_on)
                self.text.put(
                    painter,
                    QRectF(rect.left(), self.axis_y() - self._y(20), rect.width(), self._y(16)),
                    dates,
                    Qt.AlignmentFlag.AlignCenter,
                )

    def _paint_here(self, painter: QPainter, rect: QRectF, colours: Palette) -> None:
        label = self.tr("Je bent hier")
        font = self.text.font_of(8.5, bold=True)
        self.text.use(painter, font)
        width = self.text.metrics(font).horizontalAdvance(label) + 16 * self.scale
        badge = QRectF(  # on the dates row, under the box: where she is, on the line
            rect.center().x() - width / 2, self.axis_y() - self._y(21), width, self._y(19)
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours.current_frame)
        painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
        painter.setPen(colours.background)
        self.text.put(painter, badge, label, Qt.AlignmentFlag.AlignCenter)

    def _paint_axis(self, painter: QPainter, colours: Palette) -> None:
        assert self.timeline is not None
        y = self.axis_y()
        end = self.x_of(self.timeline.width)
        done_until = (
            self.x_of(self.timeline.today_x) if self.timeline.today_x is not None else self.x_of(0)
        )
        painter.setPen(
            QPen(colours.text, 4 * self.scale, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        )
        painter.drawLine(QPointF(self.x_of(0), y), QPointF(done_until, y))
        painter.setPen(QPen(colours.frame, 2 * self.scale, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(done_until, y), QPointF(end, y))
        if self.timeline.today_x is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours.current_frame)
            painter.drawEllipse(QPointF(done_until, y), 7 * self.scale, 7 * self.scale)

    def _paint_events(self, painter: QPainter, colours: Palette) -> None:
        if not self._marks:
            return
        axis = self.axis_y()
        painter.setPen(QPen(colours.frame, 1))
        painter.drawLines(
            [QLineF(m.centre.x(), axis, m.centre.x(), m.centre.y()) for m in self._marks]
        )
        ratio = painter.device().devicePixelRatioF()
        font = self.text.font_of(7.5)
        self.text.use(painter, font)
        for number, mark in enumerate(self._marks):
            stamp = self._stamp(mark.kind, ratio)
            half = stamp.deviceIndependentSize() / 2
            painter.drawPixmap(mark.centre - QPointF(half.width(), half.height()), stamp)
            ink = colours.setback if mark.kind == "setback" else colours.text
            painter.setPen(ink)
            self.text.put(painter, mark.label_at, mark.label)
            if not self._cut_by_edge(mark.label_at.x()):
                continue  # in view: nothing to hold at the edge (most labels, most paints)
            after = [  # the next mark in the same lane: a label held at the edge stops there
                m.centre.x() - 10 * self.scale
                for m in self._marks[number + 1 :]
                if m.centre.y() == mark.centre.y() and m.centre.x() > mark.centre.x()
            ]
            self._pins.append(Pin(font, mark.label, mark.label_at, ink, min(after, default=None)))

    def _place_marks(self) -> list[_Mark]:
        """Events other than entering and leaving a phase: where each sits and its label."""
        if self.timeline is None:
            return []
        size = 8 * self.scale
        font = self.text.font_of(7.5)
        ascent = self.text.metrics(font).ascent()
        marks = []
        for mark in self.timeline.events:
            if mark.kind in ("entered", "left"):  # the phase boxes show these
                continue
            centre = QPointF(self.x_of(mark.x), self.lane_y(mark.lane))
            # The caseworker's description may hold what is not for the client's eyes: the
            # presentation names only the kind; her own words stand on the mood curve.
            kind = kind_word(mark.kind)
            label = kind if self.presentation else (mark.text or kind)
            marks.append(
                _Mark(
                    centre,
                    mark.kind,
                    QPointF(centre.x() + size + 4, centre.y() + ascent / 2 - 1),
                    self.text.elided(font, label, self.unit() * 0.9),
                )
            )
        return marks

    def _stamp(self, kind: str, ratio: float) -> QPixmap:
        """A mark's shape drawn once per picture and placed on every paint (a blit is cheap;
        stroking the same small shape forty times a frame is not)."""
        key = (kind, ratio)
        cached = self._stamps.get(key)
        if cached is not None:
            return cached
        colours = self.palette_
        size = 8 * self.scale
        side = 2 * size + 4
        stamp = QPixmap(int(side * ratio + 0.5), int(side * ratio + 0.5))
        stamp.setDevicePixelRatio(ratio)
        stamp.fill(Qt.GlobalColor.transparent)
        painter = QPainter(stamp)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        c = side / 2
        if kind == "setback":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours.setback)
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(c, c - size),
                        QPointF(c + size, c + size * 0.8),
                        QPointF(c - size, c + size * 0.8),
                    ]
                )
            )
            painter.setPen(QColor("#ffffff"))
            painter.setFont(self.text.font_of(7, bold=True))
            painter.drawText(
                QRectF(c - size, c - size * 0.45, 2 * size, 1.3 * size),
                Qt.AlignmentFlag.AlignCenter,
                "!",
            )
        elif kind == "milestone":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours.milestone)
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(c, c - size),
                        QPointF(c + size, c),
                        QPointF(c, c + size),
                        QPointF(c - size, c),
                    ]
                )
            )
        elif kind.startswith("dot-"):
            radius = 5.5 * self.scale
            painter.setPen(QPen(colours.background, 2))
            painter.setBrush(colours.setback if kind == "dot-setback" else colours.curve)
            painter.drawEllipse(QPointF(c, c), radius, radius)
        else:
            painter.setBrush(colours.background)
            painter.setPen(QPen(colours.text, 1.5))
            painter.drawRect(QRectF(c - size * 0.6, c - size * 0.6, size * 1.2, size * 1.2))
        painter.end()
        self._stamps[key] = stamp
        return stamp

    def _paint_deadlines(self, painter: QPainter, colours: Palette) -> None:
        assert self.timeline is not None
        y = self.deadline_y()
        small = self.text.font_of(8)
        bold = self.text.font_of(8, bold=True)
        stacked: dict[float, int] = {}
        rows: dict[float, int] = {}
        for mark in self.shown_deadlines():
            rows[id(mark)] = stacked.get(mark.x, 0)
            stacked[mark.x] = rows[id(mark)] + 1
        for mark in self.shown_deadlines():
            row = rows[id(mark)]
            x = self.x_of(mark.x) + 2
            top = y + row * self._y(18)
            if mark.met:
                painter.setPen(colours.muted)
                self.text.use(painter, small)
                text = self.tr("✓ {label}").format(label=mark.label)
            elif mark.overdue:
                painter.setPen(colours.overdue)
                self.text.use(painter, bold)
                text = self.tr("⚠ {label}: {date}, te laat").format(
                    label=mark.label, date=format_date(mark.due_on)
                )
            else:
                painter.setPen(colours.text)
                self.text.use(painter, bold if mark is self.timeline.next_deadline else small)
                text = self.tr("⏱ {label}: {date}").format(
                    label=mark.label, date=format_date(mark.due_on)
                )
            painter.drawLine(QPointF(x, self.axis_y()), QPointF(x, top - self._y(10)))
            font = self.text.current
            at = QPointF(x + 3, top + self.text.metrics(font).ascent() / 2)
            shown = self.text.elided(font, text, self.unit() * 2.4)
            self.text.put(painter, at, shown)
            if not self._cut_by_edge(at.x()):
                continue
            after = [  # the next deadline on the same row
                self.x_of(other.x) - 2
                for other in self.shown_deadlines()
                if rows[id(other)] == row and other.x > mark.x
            ]
            self._pins.append(Pin(font, shown, at, painter.pen().color(), min(after, default=None)))

    def _cut_by_edge(self, x: float) -> bool:
        """Whether a label starting at ``x`` begins left of the visible edge (route_pins)."""
        return x < self._left + EDGE * self.scale

    def _paint_mood(self, painter: QPainter, colours: Palette) -> None:
        assert self.timeline is not None
        self.text.use(painter, self.text.font_of(7.5))
        painter.setPen(QPen(colours.frame, 0.6, Qt.PenStyle.DotLine))
        for mood in (5, 3, 1):
            y = self.mood_y(mood)
            painter.drawLine(QPointF(self.x_of(0), y), QPointF(self.x_of(self.timeline.width), y))
        painter.setPen(colours.muted)
        caption = QPointF(self.x_of(0), self.mood_top() - self._y(8))
        words = self.tr("Hoe voelde het? (1 = heel slecht, 5 = heel goed)")
        self.text.put(painter, caption, words)
        # The lane's caption stays at the left edge, wherever the route is scrolled to.
        font = self.text.current
        self._pins.append(Pin(font, words, caption, colours.muted, always=True, arrow=False))
        if not self._curve:
            return
        painter.setPen(QPen(colours.curve, 2.5 * self.scale))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline([point for point, _ in self._curve])
        ratio = painter.device().devicePixelRatioF()
        dots = self._stamp("dot-curve", ratio), self._stamp("dot-setback", ratio)
        half = dots[0].deviceIndependentSize() / 2
        corner = QPointF(half.width(), half.height())
        for point, setback in self._curve:
            painter.drawPixmap(point - corner, dots[setback])
        font = self.text.font_of(7.5, italic=True)
        self.text.use(painter, font)
        painter.setPen(colours.text)
        metrics = self.text.metrics(font)
        for where, text in self._quotes:
            self.text.put(painter, where, text)
            if not self._cut_by_edge(where.x()):
                continue
            end = where.x() + metrics.horizontalAdvance(text)  # quotes keep to their own room
            self._pins.append(Pin(font, text, where, colours.text, end))

    def _place_quotes(self) -> list[tuple[QPointF, str]]:
        """Her words along the curve, each beside its point and none over another."""
        if self.timeline is None:
            return []
        font = self.text.font_of(7.5, italic=True)
        metrics = self.text.metrics(font)
        spoken = [mark for mark in self.timeline.mood_curve if mark.client_words]
        texts = [f"“{mark.client_words}”" for mark in spoken]
        boxes = place_labels(
            [(self.x_of(mark.x), self.mood_y(mark.mood or 3)) for mark in spoken],
            [min(metrics.horizontalAdvance(text), self.unit() * 1.6) for text in texts],
            metrics.height(),
            gap=self._y(8),
            offset=self._y(5),
            spacing=self._y(6),
            min_width=self.unit() * 0.4,
        )
        return [
            (
                QPointF(box.left, box.top + metrics.ascent()),
                metrics.elidedText(texts[box.index], Qt.TextElideMode.ElideRight, box.width),
            )
            for box in boxes
        ]
