"""Where the printed procesplaat's route goes on paper, in points, from models.timeline.

Nothing is decided here that the screen decides otherwise: the phases, their states, the
events' places and lanes, the mood curve and where her quotes go (``place_labels``) all come
from ``models``. What differs is only what paper needs: sizes in points, colours that print in
greyscale, and no caseworker text at all (an event shows its kind word, never its description).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.print_style import FONT, FONT_BOLD, HEADING_INK, INK, register_fonts
from models.label_layout import place_labels
from models.summary import MONTHS, day_text
from models.timeline import DeadlineMark, PhaseState, Timeline

# Colours of the picture, beside the print style's. Each also has a shape (tick, thick frame,
# dashed outline, triangle, diamond), so nothing is told by colour alone.
CURRENT_FILL = HexColor("#ffe9a8")  # light yellow: a light grey on a black-and-white printer
SETBACK_INK = HexColor("#8e1b1b")  # dark red: near-black in greyscale, 9:1 on white
MILESTONE_INK = HexColor("#1e5b2e")  # dark green
CURVE_INK = HEADING_INK

KIND_WORDS = {"setback": "Tegenslag", "milestone": "Mijlpaal"}
HERE = "Je bent hier"
NEXT = "volgende stap →"
MOOD_CAPTION = "Hoe voelde het? (1 = heel slecht, 5 = heel goed)"
#: The deadlines in the client's words, by kind: a promise ("vóór") or an end (a day).
#: A template's own kinds say their label and the day.
DEADLINE_WORDS = {
    "first_conversation": "Eerste gesprek vóór {day}",
    "first_conversation_crisis": "Eerste gesprek met spoed: vóór {day}",
    "decision": "Besluit of je hulp krijgt: vóór {day}",
    "moratorium_end": "Einde van de adempauze: {day}",
    "arrangement_end": "Einde van de schuldregeling: {day}",
}
LATE = "{words} (te laat)"
_SHORT_MONTHS = tuple(month[:3] for month in MONTHS)

# Sizes in points on an A4 landscape page; an A3 page draws the same picture scaled up.
STAGE_HEIGHT = 15.0
STAGE_SIZE = 7.0
BOX_GAP = 4.0
BOX_PAD = 5.0
NUMBER_SIZE = 10.0
TITLE_SIZE = 8.5
MIN_TITLE_SIZE = 6.0
SMALL_SIZE = 6.5
MARK_SIZE = 7.5
LANE_STEP = 13.0
DEADLINE_STEP = 11.0
MOOD_STEP = 11.0
QUOTE_SIZE = 7.5
QUOTE_HEIGHT = QUOTE_SIZE * 1.2


@dataclass(frozen=True)
class DrawnPhase:
    """A phase box as printed; ``lines`` is its client title wrapped to the box."""

    key: str
    number: int
    state: PhaseState
    is_next: bool
    left: float
    width: float
    lines: tuple[str, ...]
    dates: str
    open_actions: int


@dataclass(frozen=True)
class DrawnMark:
    """A setback or milestone on its lane: its centre and its kind word ("" when no room)."""

    kind: str
    x: float
    y: float
    label: str


@dataclass(frozen=True)
class DrawnText:
    """A line of text at a baseline, with its box (top-down points) for overlap checks."""

    text: str
    left: float
    top: float
    width: float
    height: float
    bold: bool = False
    ink: Color = INK

    @property
    def baseline(self) -> float:
        return self.top + self.height * 0.8


@dataclass(frozen=True)
class DrawnDeadline:
    """A deadline still to meet: a line down from the axis at ``x``, its words beside it."""

    x: float
    words: DrawnText


@dataclass(frozen=True)
class RouteLayout:
    """Everything the route drawing puts on paper, in points from the top left of the page."""

    left: float
    top: float
    width: float
    unit: float
    title_size: float
    box_top: float
    box_height: float
    axis_y: float
    today_x: float | None
    stages: tuple[DrawnText, ...]
    stage_boxes: tuple[tuple[float, float, bool], ...]  # left, width, all past
    phases: tuple[DrawnPhase, ...]
    marks: tuple[DrawnMark, ...]
    deadlines: tuple[DrawnDeadline, ...]
    mood_top: float
    curve: tuple[tuple[float, float, bool], ...]  # x, y, is a setback
    quotes: tuple[DrawnText, ...]
    bottom: float

    def mood_y(self, mood: int) -> float:
        return self.mood_top + (5 - mood) * MOOD_STEP


def width_of(text: str, size: float, *, bold: bool = False) -> float:
    """The width of a line of text in points (the fonts must be registered: see below)."""
    return float(stringWidth(text, FONT_BOLD if bold else FONT, size))


def wrap(text: str, size: float, width: float, *, bold: bool = False) -> list[str]:
    """The text in lines no wider than ``width``; a word too long for a line is hyphenated.

    Like ``width_of`` and ``elide`` it measures with the print style's fonts: the public
    layouts (``route_layout``, ``place_quotes``, ``plan_box``) register them first.
    """
    font = FONT_BOLD if bold else FONT
    lines: list[str] = []
    for line in simpleSplit(text, font, size, width):
        while width_of(line, size, bold=bold) > width and len(line) > 1:
            cut = len(line) - 1
            while cut > 1 and width_of(line[:cut] + "-", size, bold=bold) > width:
                cut -= 1
            lines.append(line[:cut] + "-")
            line = line[cut:]
        lines.append(line)
    return lines


def elide(text: str, size: float, width: float, *, bold: bool = False) -> str:
    """The text cut to ``width`` with "…" at the end; "" when not even one letter fits."""
    if width_of(text, size, bold=bold) <= width:
        return text
    cut = len(text)
    while cut > 0 and width_of(text[:cut].rstrip() + "…", size, bold=bold) > width:
        cut -= 1
    return text[:cut].rstrip() + "…" if cut else ""


def month_span(start: date | None, end: date | None) -> str:
    """A past phase's dates as she says them: "okt 2024 – mei 2026", "mei – jun 2026"."""
    if start is None:
        return ""

    def month(day: date, year: bool = True) -> str:
        name = _SHORT_MONTHS[day.month - 1]
        return f"{name} {day.year}" if year else name

    if end is None or (end.year, end.month) == (start.year, start.month):
        return month(start)
    if end.year == start.year:
        return f"{month(start, year=False)} – {month(end)}"
    return f"{month(start)} – {month(end)}"


def deadline_words(mark: DeadlineMark, today: date) -> str:
    """A deadline still to meet, in plain words: "Eerste gesprek vóór vrijdag 4 december"."""
    day = day_text(mark.due_on, today)
    pattern = DEADLINE_WORDS.get(mark.kind)
    words = pattern.format(day=day) if pattern else f"{mark.label}: {day}"
    return LATE.format(words=words) if mark.overdue else words


def _title_size(timeline: Timeline, inner: float) -> float:
    """One size for every phase title, small enough that each title's longest word fits."""
    size = TITLE_SIZE
    for box in timeline.phases:
        bold = box.state is PhaseState.CURRENT
        for word in box.title.split():
            if width_of(word, TITLE_SIZE, bold=bold) > inner:
                size = min(size, TITLE_SIZE * inner / width_of(word, TITLE_SIZE, bold=bold))
    return max(size, MIN_TITLE_SIZE)


def route_layout(timeline: Timeline, *, left: float, top: float, width: float) -> RouteLayout:
    """Where everything of the route goes in a band ``width`` points wide from (left, top).

    One route unit (a phase) gets ``width / timeline.width`` points, so the whole route always
    fits the page's width; the height follows from the content (lanes, deadlines).
    """
    register_fonts()  # measuring text needs the fonts, also before any page is drawn
    unit = width / max(timeline.width, 1.0)
    inner = unit - BOX_GAP - 2 * BOX_PAD
    size = _title_size(timeline, inner)
    stages = []
    stage_boxes = []
    for band in timeline.stages:
        band_left = left + band.x * unit + BOX_GAP / 2
        band_width = band.width * unit - BOX_GAP
        text = elide(band.name.upper(), STAGE_SIZE, band_width - 6, bold=True)
        stages.append(
            DrawnText(text, band_left, top, band_width, STAGE_HEIGHT, bold=True, ink=HEADING_INK)
        )
        stage_boxes.append((band_left, band_width, band.state is PhaseState.PAST))

    box_top = top + STAGE_HEIGHT + 5
    phases = tuple(
        DrawnPhase(
            key=box.key,
            number=box.number,
            state=box.state,
            is_next=box.is_next,
            left=left + box.x * unit + BOX_GAP / 2,
            width=box.width * unit - BOX_GAP,
            lines=tuple(wrap(box.title, size, inner, bold=box.state is PhaseState.CURRENT)),
            dates=month_span(box.entered_on, box.left_on) if box.state is PhaseState.PAST else "",
            open_actions=box.open_actions,
        )
        for box in timeline.phases
    )
    rows = max((len(p.lines) for p in phases), default=1)
    box_height = 2 * BOX_PAD + NUMBER_SIZE * 1.3 + rows * size * 1.2
    axis_y = box_top + box_height + 16

    marks = _marks(timeline, left, unit, axis_y)
    lanes = max((e.lane + 1 for e in timeline.events if e.kind in KIND_WORDS), default=0)
    y = axis_y + 6 + lanes * LANE_STEP + 4
    deadlines = _deadlines(timeline, left, unit, left + width, y)
    rows_used = len({mark.words.top for mark in deadlines})
    y += rows_used * DEADLINE_STEP + (6 if rows_used else 0)
    mood_top = y + 10 + QUOTE_HEIGHT + 6  # caption, then room for a quote above mood 5
    curve = tuple(
        (left + m.x * unit, mood_top + (5 - (m.mood or 3)) * MOOD_STEP, m.kind == "setback")
        for m in timeline.mood_curve
    )
    quotes = place_quotes(timeline, left=left, unit=unit, right=left + width, mood_top=mood_top)
    return RouteLayout(
        left=left,
        top=top,
        width=width,
        unit=unit,
        title_size=size,
        box_top=box_top,
        box_height=box_height,
        axis_y=axis_y,
        today_x=left + timeline.today_x * unit if timeline.today_x is not None else None,
        stages=tuple(stages),
        stage_boxes=tuple(stage_boxes),
        phases=phases,
        marks=marks,
        deadlines=tuple(deadlines),
        mood_top=mood_top,
        curve=curve,
        quotes=quotes,
        bottom=mood_top + 4 * MOOD_STEP + 4 + QUOTE_HEIGHT + 2,
    )


def _deadlines(
    timeline: Timeline, left: float, unit: float, right: float, top: float
) -> tuple[DrawnDeadline, ...]:
    """The deadlines still to meet (the client's page shows no met ones), each on a row.

    Its words stand right of its line, or left of it when the page ends too soon (the end of
    the arrangement stands before the last phase). A deadline takes the first row where its
    words touch no others and its line crosses no words above it.
    """
    result: list[DrawnDeadline] = []
    rows: list[list[tuple[float, float]]] = []
    for mark in timeline.deadlines:
        if mark.met:
            continue
        x = left + mark.x * unit
        words = deadline_words(mark, timeline.today)
        bold = mark == timeline.next_deadline or mark.overdue
        if x + 3 + width_of(words, MARK_SIZE, bold=bold) <= right or x - left < right - x:
            words = elide(words, MARK_SIZE, right - x - 3, bold=bold)
            start = x + 3
        else:
            words = elide(words, MARK_SIZE, x - 3 - left, bold=bold)
            start = x - 3 - width_of(words, MARK_SIZE, bold=bold)
        span = (start - 6, start + width_of(words, MARK_SIZE, bold=bold) + 6)
        row = 0
        while row < len(rows) and (
            any(a < span[1] and span[0] < b for a, b in rows[row])
            or any(a <= x <= b for above in rows[:row] for a, b in above)
        ):
            row += 1
        if row == len(rows):
            rows.append([])
        rows[row].append(span)
        ink = SETBACK_INK if mark.overdue else INK
        text = DrawnText(words, start, top + row * DEADLINE_STEP, 0.0, DEADLINE_STEP, bold, ink)
        result.append(DrawnDeadline(x, text))
    return tuple(result)


def _marks(timeline: Timeline, left: float, unit: float, axis_y: float) -> tuple[DrawnMark, ...]:
    """Setbacks and milestones on their lanes, each named by its kind only.

    The caseworker's description may hold what is not for the client's eyes, so it is never
    read here. A note is left off paper: a mark that says only "Notitie" tells her nothing and
    invites "what did they write about me?"; her words on a note stay on the mood curve.
    A kind word that would run into the next mark on its lane is left out; the shape remains.
    """
    shown = [e for e in timeline.events if e.kind in KIND_WORDS]
    result = []
    for index, event in enumerate(shown):
        x = left + event.x * unit
        later = [left + e.x * unit for e in shown[index + 1 :] if e.lane == event.lane]
        room = min(later, default=left + timeline.width * unit) - x - 2 * MARK_SIZE
        word = KIND_WORDS[event.kind]
        label = word if width_of(word, MARK_SIZE) <= room else ""
        result.append(DrawnMark(event.kind, x, axis_y + 14 + event.lane * LANE_STEP, label))
    return tuple(result)


def place_quotes(
    timeline: Timeline, *, left: float, unit: float, right: float, mood_top: float
) -> tuple[DrawnText, ...]:
    """Her words along the curve, placed by ``models.label_layout`` exactly as on screen.

    A quote never runs past the page's right edge: its wanted width is cut to the room there.
    """
    register_fonts()
    spoken = [m for m in timeline.mood_curve if m.client_words]
    texts = [f"“{m.client_words}”" for m in spoken]
    gap = 5.0
    anchors = [(left + m.x * unit, mood_top + (5 - (m.mood or 3)) * MOOD_STEP) for m in spoken]
    wanted = [
        max(0.0, min(width_of(text, QUOTE_SIZE), unit * 1.6, right - (x + gap)))
        for text, (x, _) in zip(texts, anchors, strict=True)
    ]
    boxes = place_labels(
        anchors, wanted, QUOTE_HEIGHT, gap=gap, offset=3.0, spacing=5.0, min_width=unit * 0.4
    )
    return tuple(
        DrawnText(elide(texts[b.index], QUOTE_SIZE, b.width), b.left, b.top, b.width, QUOTE_HEIGHT)
        for b in boxes
    )
