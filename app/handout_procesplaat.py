"""The printed procesplaat for the client: her route, where she is, what comes next, one page."""

from __future__ import annotations

import io
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.units import mm

from app.clients import get_client
from app.db import Database
from app.debts import list_debts
from app.dossier_json import read_dossier
from app.errors import UserError
from app.handout_boxes import Box, Entry, draw_boxes
from app.handout_route_drawing import draw_route
from app.handout_route_layout import RouteLayout, elide, route_layout, width_of, wrap
from app.print_style import (
    FONT,
    FONT_BOLD,
    HEADING_INK,
    INK,
    MUTED_INK,
    TINT,
    Audience,
    PdfInfo,
    start_canvas,
)
from app.procesplaat import timeline_of
from app.resources import load_process
from models.codes import Owner
from models.debts import debt_totals
from models.messages import say
from models.process import ProcessTemplate
from models.summary import (
    ADMINISTRATOR_NOTE,
    HEADING_HELPER,
    HEADING_MINE,
    NOTHING_HELPER,
    NOTHING_MINE,
    Contact,
    SummaryAction,
    by_due_date,
    contact_line,
    due_text,
    first_name_of,
    helpers_need_names,
    partner_note,
    sentence_start,
)
from models.timeline import Timeline
from models.values import format_money

__all__ = [
    "PAGE_SIZES",
    "ProcesplaatPage",
    "hide_amounts",
    "page_route_layout",
    "procesplaat_page",
    "procesplaat_pdf",
    "render",
]

#: The pages the handout is printed on, landscape. A3 is the A4 page enlarged, type and all.
PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": landscape(A4), "A3": landscape(A3)}
_DESIGN_WIDTH, _DESIGN_HEIGHT = landscape(A4)
MARGIN = 12 * mm
_TOP = 11 * mm
_BOTTOM = 16 * mm  # the print style's footer ("Gemaakt op ...") sits below this

SUBTITLE = "jouw route bij de schuldhulp"
HEADING_NEXT = "Jouw volgende stap"
HEADING_GOALS = "Mijn doelen"
NOW_YOU_CAN = "Dit kun je nu zelf doen:"
LAST_STEP = "Dit is de laatste stap van de route."
NO_GOALS = "Je hebt nog geen doelen opgeschreven."
TOTAL_WORDS = "Je schulden samen: {amount}"
MORE_ACTIONS = "En nog {n}. Die staan op je actielijst."
#: Amounts typed into a free text ("€ 25", "25,00 euro"), hidden when amounts are not shown.
_AMOUNT = re.compile(
    r"(?:(?:€|\beur\b)\s*[0-9][0-9.,]*-?|\b[0-9][0-9.,]*\s*(?:euro|eur)\b)", re.IGNORECASE
)
HIDDEN_AMOUNT = "(bedrag)"

_CLIENT_SIDE = (Owner.CLIENT.value, Owner.PARTNER.value)
_HELPER_SIDE = (Owner.CASEWORKER.value, Owner.ADMINISTRATOR.value)


@dataclass(frozen=True)
class ProcesplaatPage:
    """Everything the printed procesplaat says, read from the dossier; nothing internal.

    Attributes:
        first_name: Her first name (her last name when none is known).
        here: "Je bent hier: stap 7, Ik voer acties uit en wacht".
        timeline: The route's layout, the same one the screen draws.
        boxes: "Jouw volgende stap", "Wat doe ik?", "Wat doet mijn hulpverlener?", "Mijn doelen".
        contact: "Vragen? Bel Alex de Ridder: 079 346 87 00 (ma t/m do 9:00-12:00)."
        total: Her open debts together; None unless amounts were chosen.
        today: The day it is printed.
    """

    first_name: str
    here: str
    timeline: Timeline
    boxes: tuple[Box, ...]
    contact: str
    total: Decimal | None
    today: date


def hide_amounts(text: str) -> str:
    """A free text with every amount in it replaced by "(bedrag)"."""
    return _AMOUNT.sub(HIDDEN_AMOUNT, text)


def _here(template: ProcessTemplate, timeline: Timeline) -> str:
    if timeline.current:
        phase = template.phase(timeline.current)
        return f"Je bent hier: stap {phase.number}, {phase.client_title}"
    first = template.route[0]
    return f"Je eerste stap: stap {first.number}, {first.client_title}"


def _next_box(template: ProcessTemplate, timeline: Timeline) -> Box:
    """The next phase's title, then what she can do herself now (as the screen shows it)."""
    entries: list[Entry] = []
    if timeline.next_phase:
        nxt = template.phase(timeline.next_phase)
        entries.append(Entry(f"Stap {nxt.number}: {nxt.client_title}", bullet="→", bold=True))
    else:
        entries.append(Entry(LAST_STEP, bullet="→", bold=True))
    source = timeline.current or timeline.next_phase
    can_do = template.phase(source).client_can_do[:3] if source else ()
    if can_do:
        entries.append(Entry(NOW_YOU_CAN, bullet=""))
        entries += [Entry(text) for text in can_do]
    return Box(HEADING_NEXT, tuple(entries), "", strong=True)


def _action_boxes(
    actions: Sequence[Mapping[str, Any]], partner: str | None, today: date, amounts: bool
) -> tuple[Box, Box]:
    """What she (and her partner) does, and what her helpers do: open actions by due date.

    An action's ``note`` is internal and is never read.
    """
    show = (lambda text: text) if amounts else hide_amounts
    open_ones = [a for a in actions if not a.get("done_on")]

    def summary_action(row: Mapping[str, Any], note: str | None = None) -> SummaryAction:
        due = row.get("due_on")
        return SummaryAction(
            title=show(row["title"]),
            owner=row["owner"],
            due_on=date.fromisoformat(due) if due else None,
            note_for_client=note,
        )

    mine = by_due_date(
        summary_action(a, partner_note(partner) if a["owner"] == Owner.PARTNER.value else None)
        for a in open_ones
        if a["owner"] in _CLIENT_SIDE
    )
    helper_rows = [a for a in open_ones if a["owner"] in _HELPER_SIDE]
    named = helpers_need_names(a["owner"] for a in helper_rows)
    helpers = by_due_date(
        summary_action(
            a, ADMINISTRATOR_NOTE if named and a["owner"] == Owner.ADMINISTRATOR.value else None
        )
        for a in helper_rows
    )

    def entry(action: SummaryAction) -> Entry:
        when = sentence_start(due_text(action, today))
        return Entry(action.title, when, action.note_for_client or "", bullet="☐")

    return (
        Box(HEADING_MINE, tuple(entry(a) for a in mine), NOTHING_MINE, True, MORE_ACTIONS, 1.3),
        Box(HEADING_HELPER, tuple(entry(a) for a in helpers), NOTHING_HELPER, more=MORE_ACTIONS),
    )


def _goals_box(goals: Sequence[Mapping[str, Any]], amounts: bool) -> Box:
    """Her own goals: the open ones first, then those reached, ticked."""
    show = (lambda text: text) if amounts else hide_amounts
    open_ones = [Entry(show(g["text"])) for g in goals if not g.get("reached_on")]
    reached = [Entry(show(g["text"]), bullet="✓") for g in goals if g.get("reached_on")]
    return Box(HEADING_GOALS, (*open_ones, *reached), NO_GOALS, weight=0.8)


def procesplaat_page(
    db: Database, client_id: uuid.UUID, *, today: date, amounts: bool = False
) -> ProcesplaatPage:
    """Read what the printed procesplaat of one client says on ``today``.

    Raises:
        NotFoundError: The client does not exist (any more).
    """
    dossier = read_dossier(db, client_id, today=today)
    template = load_process(dossier["journey"]["process"])
    timeline = timeline_of(dossier, template, today)
    if not amounts:  # her words may name an amount too ("60.000 euro")
        words = tuple(
            replace(e, client_words=hide_amounts(e.client_words)) for e in timeline.events
        )
        timeline = replace(timeline, events=words)
    with db.session() as session:
        client = get_client(session, client_id)
        contact = Contact(client.contact_name, client.contact_phone, client.contact_hours)
    person = dossier["client"]
    partner = first_name_of((person.get("partner") or {}).get("first_names"))
    total = None
    if amounts:
        debts = list_debts(db, client_id, today=today).rows
        total = debt_totals((d.status, d.category, d.preferential, d.total) for d in debts)
    mine, helpers = _action_boxes(dossier["actions"], partner, today, amounts)
    return ProcesplaatPage(
        first_name=first_name_of(person.get("first_names")) or person.get("last_name") or "",
        here=_here(template, timeline),
        timeline=timeline,
        boxes=(_next_box(template, timeline), mine, helpers, _goals_box(dossier["goals"], amounts)),
        contact=contact_line(contact),
        total=total.open_total if total is not None else None,
        today=today,
    )


def procesplaat_pdf(
    db: Database, client_id: uuid.UUID, *, today: date, size: str = "A4", amounts: bool = False
) -> bytes:
    """The client's procesplaat as a one-page landscape PDF, to hand her or hang up.

    The route is drawn from the same layout as the screen (``app.procesplaat.timeline_of``);
    under it her next step, what she does, what her helper does and her own goals, and whom
    to call. No caseworker text: events show their kind, actions never their note.

    Args:
        db: The database.
        client_id: The client.
        today: The day it is printed: decides "Je bent hier", the line up to today and dates.
        size: "A4" or "A3". A3 draws the same page larger (larger type, not more content).
        amounts: Show her open debts together ("Je schulden samen: € ..."). Without it no
            amount is printed anywhere, also not one typed into an action or goal.

    Returns:
        The PDF's bytes: one page, fonts embedded, metadata and language (nl) set.

    Raises:
        UserError: ``size`` is neither A4 nor A3.
        NotFoundError: The client does not exist (any more).
    """
    if size not in PAGE_SIZES:
        raise UserError(say("De procesplaat kan op A4 of A3, niet op {size}.", size=size))
    return render(procesplaat_page(db, client_id, today=today, amounts=amounts), size)


def render(page: ProcesplaatPage, size: str = "A4") -> bytes:
    """Draw a read procesplaat on one landscape page of ``size`` (A4 or A3)."""
    width, height = PAGE_SIZES[size]
    scale = width / _DESIGN_WIDTH
    info = PdfInfo(
        title="Procesplaat: mijn route bij de schuldhulp",
        subject="Waar ik nu ben, wat de volgende stap is en wat ik zelf doe",
        audience=Audience.CLIENT,
        printed_on=page.today,
    )
    buffer = io.BytesIO()
    canvas = start_canvas(buffer, info, pagesize=(width, height), margin=MARGIN * scale)
    canvas.saveState()
    canvas.scale(scale, scale)  # A3: the A4 page, every point larger
    _draw_page(canvas, page)
    canvas.restoreState()
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def page_route_layout(timeline: Timeline) -> RouteLayout:
    """Where the route goes on the page (in A4 points; A3 scales the whole page)."""
    width = _DESIGN_WIDTH - 2 * MARGIN
    return route_layout(timeline, left=MARGIN, top=_TOP + 50, width=width)


def _line(
    canvas: Any, text: str, x: float, baseline: float, size: float, width: float, **how: Any
) -> None:
    """One line of text at ``size`` or smaller, so that it fits ``width``; cut with "…" when
    even two thirds of the size is too wide. ``how``: ``bold``, ``ink``, ``right`` (aligned)."""
    bold, right = how.get("bold", False), how.get("right", False)
    size = max(size * 2 / 3, min(size, size * width / max(width_of(text, size, bold=bold), 1)))
    text = elide(text, size, width, bold=bold)
    canvas.setFillColor(how.get("ink", INK))
    canvas.setFont(FONT_BOLD if bold else FONT, size)
    (canvas.drawRightString if right else canvas.drawString)(x, _DESIGN_HEIGHT - baseline, text)


def _draw_page(canvas: Any, page: ProcesplaatPage) -> None:
    """Her name, "Je bent hier", the route, the four boxes and whom to call, top to bottom."""
    h = _DESIGN_HEIGHT
    left, right = MARGIN, _DESIGN_WIDTH - MARGIN
    width = right - left
    top = _TOP
    name_width = min(width_of(page.first_name, 20, bold=True), width / 3)
    _line(canvas, page.first_name, left, top + 17, 20, name_width, bold=True, ink=HEADING_INK)
    total_width = 0.0
    if page.total is not None:
        total = TOTAL_WORDS.format(amount=format_money(page.total))
        total_width = width_of(total, 13, bold=True)
        _line(canvas, total, right, top + 15, 13, width / 2, bold=True, right=True)
    subtitle_room = width - name_width - 10 - total_width - 20
    _line(canvas, SUBTITLE, left + name_width + 10, top + 17, 13, subtitle_room, ink=MUTED_INK)
    _line(canvas, page.here, left, top + 38, 15, width, bold=True)
    layout = page_route_layout(page.timeline)
    draw_route(canvas, layout, h)
    size, lines = _contact_lines(page.contact, width - 16)
    band = 10 + len(lines) * size * 1.3
    contact_top = h - _BOTTOM - band
    boxes_top = layout.bottom + 8
    draw_boxes(
        canvas,
        page.boxes,
        left=left,
        top=boxes_top,
        width=width,
        height=contact_top - 8 - boxes_top,
        page_height=h,
    )
    canvas.setFillColor(TINT)
    canvas.roundRect(left, h - contact_top - band, width, band, 4, stroke=0, fill=1)
    for number, text in enumerate(lines):
        baseline = contact_top + 5 + size * (1.3 * number + 1.05)
        _line(canvas, text, left + 8, baseline, size, width - 16, bold=True, ink=HEADING_INK)


def _contact_lines(contact: str, width: float) -> tuple[float, list[str]]:
    """Whom to call, on one line in large type or, when long, on two in a little smaller;
    the phone number and the hours are never cut off."""
    for size in (13.0, 11.5):
        lines = wrap(contact, size, width, bold=True)
        if len(lines) == 1:
            return size, lines
    return 11.5, lines
