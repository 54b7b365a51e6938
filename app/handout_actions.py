"""The client's actielijst on A4: what she does and what her helper does, by when, in large type."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table
from sqlmodel import col, select

from app.actions import ActionRow, list_actions
from app.clients import get_client
from app.db import Database
from app.print_style import (
    FONT_BOLD,
    HEADING_INK,
    MUTED_INK,
    RULE,
    TINT,
    TINT_LIGHT,
    Audience,
    PdfInfo,
    build_pdf,
    para,
    table_style,
    text_styles,
)
from models.codes import Owner, Relation
from models.summary import (
    ADMINISTRATOR_NOTE,
    HEADING_HELPER,
    HEADING_MINE,
    MONTHS,
    NOTHING_HELPER,
    NOTHING_MINE,
    WEEKDAYS,
    Contact,
    SummaryAction,
    contact_line,
    day_text,
    due_text,
    first_name_of,
    helpers_need_names,
    partner_note,
    sentence_start,
)
from models.tables import Conversation, HouseholdMember

__all__ = ["DONE_SHOWN_FOR", "TITLE", "ActionList", "actions_pdf", "read_action_list"]

TITLE = "Mijn actielijst"
#: A done action stays on the list this long after it was done, ticked, at the end of its box:
#: seeing what she already did helps (the seed: "Ik kan weer ademen!"), and older ones are left
#: out so that the page stays about what is still to come.
DONE_SHOWN_FOR = timedelta(weeks=4)

_CLIENT_SIDE = {Owner.CLIENT.value, Owner.PARTNER.value}
_MARGIN = 17 * mm
_WIDTH = A4[0] - 2 * _MARGIN
_BOX = "☐"
_TICKED = "☑"
_DATE_WORDS = re.compile(
    rf"(?:[Vv]óór )?(?:(?:{'|'.join(WEEKDAYS)}) )?"
    rf"[0-9]{{1,2}} (?:{'|'.join(MONTHS)})(?: [0-9]{{4}})?"
)


@dataclass(frozen=True)
class ActionList:
    """What the client's actielijst says: no internal notes, no BSN, no amounts.

    Attributes:
        first_name: Her first name, for the line under the title; None when unknown.
        mine: Her own and her partner's actions: open ones by due date, then recently done.
        helper: The caseworker's and the administrator's, in the same order.
        next_conversation: The day of the next planned conversation, if any.
        contact: Whom she calls with a question.
        made_on: The day the list is made.
    """

    first_name: str | None
    mine: tuple[SummaryAction, ...]
    helper: tuple[SummaryAction, ...]
    next_conversation: date | None
    contact: Contact
    made_on: date


def read_action_list(db: Database, client_id: uuid.UUID, *, today: date) -> ActionList:
    """Read the client's actielijst: every open action, and those done in the last four weeks.

    Raises:
        NotFoundError: The client does not exist (any more).
    """
    rows = list_actions(db, client_id, today=today)
    with db.session() as session:
        client = get_client(session, client_id)
        partner = session.exec(
            select(HouseholdMember.first_names)
            .where(HouseholdMember.client_id == client_id)
            .where(HouseholdMember.relation == Relation.PARTNER.value)
        ).first()
        following = session.exec(
            select(col(Conversation.held_on))
            .where(Conversation.client_id == client_id)
            .where(Conversation.held_on > today)
            .order_by(col(Conversation.held_on))
            .limit(1)
        ).first()
        contact = Contact(client.contact_name, client.contact_phone, client.contact_hours)
        first_name = first_name_of(client.first_names)
    shown = [r for r in rows if r.done_on is None or r.done_on >= today - DONE_SHOWN_FOR]
    helpers = [r for r in shown if r.owner not in _CLIENT_SIDE]
    name_them = helpers_need_names(r.owner for r in helpers)
    partner_line = partner_note(first_name_of(partner))
    return ActionList(
        first_name=first_name,
        mine=_ordered(
            _for_client(r, partner_line if r.owner == Owner.PARTNER else None)
            for r in shown
            if r.owner in _CLIENT_SIDE
        ),
        helper=_ordered(_for_client(r, _helper_note(r.owner, name_them)) for r in helpers),
        next_conversation=following,
        contact=contact,
        made_on=today,
    )


def _helper_note(owner: str, name_them: bool) -> str | None:
    return ADMINISTRATOR_NOTE if name_them and owner == Owner.ADMINISTRATOR else None


def _for_client(row: ActionRow, note: str | None) -> SummaryAction:
    # row.note is the caseworker's internal note: it is deliberately not passed on.
    return SummaryAction(row.title, row.owner, row.due_on, note, row.done_on)


def _ordered(actions: Iterable[SummaryAction]) -> tuple[SummaryAction, ...]:
    """Open ones first by due date (none last), then the done ones, the latest done first."""

    def key(action: SummaryAction) -> tuple[bool, int, str]:
        if action.done_on is not None:
            return True, -action.done_on.toordinal(), action.title.casefold()
        due = action.due_on.toordinal() if action.due_on else date.max.toordinal()
        return False, due, action.title.casefold()

    return tuple(sorted(actions, key=key))


# ---------------------------------------------------------------------------------------------
# The PDF


def actions_pdf(db: Database, client_id: uuid.UUID, *, today: date) -> bytes:
    """The client's actielijst as an A4 PDF in large, calm type (B1 Dutch).

    Two framed lists with a tick box per action: "Wat doe ik?" (her own and her partner's)
    and "Wat doet mijn hulpverlener?", each action with its date in words; then the next
    conversation and whom to call. Holds no internal note, no BSN and no amounts.

    Raises:
        NotFoundError: The client does not exist (any more).
    """
    return action_list_pdf(read_action_list(db, client_id, today=today))


def action_list_pdf(actions: ActionList) -> bytes:
    """Lay out an actielijst that was read already (see ``actions_pdf``)."""
    styles = text_styles(Audience.CLIENT)
    when = day_text(actions.made_on, actions.made_on)
    lead = f"{actions.first_name}, dit" if actions.first_name else "Dit"
    intro = ParagraphStyle("actions-intro", parent=styles.body, spaceAfter=3 * mm)
    story: list[Flowable] = [
        para(TITLE, styles.title),
        para(f"{lead} is je actielijst van {when}. Zet een kruisje als iets klaar is.", intro),
    ]
    mine = _box(HEADING_MINE, actions.mine, NOTHING_MINE, actions.made_on, mine=True)
    helper = _box(HEADING_HELPER, actions.helper, NOTHING_HELPER, actions.made_on, mine=False)
    ending: list[Flowable] = [helper, Spacer(1, 4 * mm)]
    if actions.next_conversation is not None:
        following = day_text(actions.next_conversation, actions.made_on)
        ending += [para(f"Ons volgende gesprek is op {following}.", styles.strong)]
        ending.append(Spacer(1, 3 * mm))
    ending.append(_contact_box(actions.contact))
    # A long list breaks between rows (the heading repeats); the helper's box stays whole
    # with whom to call, so the phone number never stands alone on a page.
    story += [mine, Spacer(1, 5 * mm), KeepTogether(ending)]
    made = actions.made_on
    info = PdfInfo(
        title=f"Actielijst van {made.day} {MONTHS[made.month - 1]} {made.year}",
        subject="Actielijst: wat doe ik en wat doet mijn hulpverlener",
        audience=Audience.CLIENT,
        printed_on=made,
    )
    return build_pdf(story, info, margin=_MARGIN)


def _box(
    heading: str, actions: Sequence[SummaryAction], nothing: str, today: date, *, mine: bool
) -> Table:
    """A framed list: the heading on a tinted bar, then a tick box and a date per action.

    "Wat doe ik?" has the darker, heavier frame: it is what she must not miss.
    """
    styles = text_styles(Audience.CLIENT)
    cell = ParagraphStyle("actions-cell", parent=styles.body, spaceAfter=0)
    done = ParagraphStyle("actions-done", parent=cell, textColor=MUTED_INK)
    box = ParagraphStyle("actions-box", parent=cell, fontSize=20, leading=20)
    head = ParagraphStyle("actions-head", parent=styles.heading, spaceBefore=0, spaceAfter=0)
    rows: list[list[object]] = [[para(heading, head), ""]]
    for action in actions:
        mark = _TICKED if action.done_on else _BOX
        rows.append([para(mark, box), _cell(action, today, done if action.done_on else cell)])
    if not actions:
        rows.append(["", para(nothing, cell)])
    frame, ink = (2.0, HEADING_INK) if mine else (1.0, RULE)
    table = Table(rows, colWidths=[12 * mm, _WIDTH - 12 * mm], repeatRows=1)
    table.setStyle(
        table_style(
            Audience.CLIENT,
            ("SPAN", (0, 0), (1, 0)),
            ("BACKGROUND", (0, 0), (1, 0), TINT if mine else TINT_LIGHT),
            ("BOX", (0, 0), (-1, -1), frame, ink),
            ("LINEBELOW", (0, 0), (1, 0), frame, ink),
            ("LINEBELOW", (0, 1), (1, -2), 0.5, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
            # A little tighter than the summary's rows: a whole list usually fits on one page.
            ("TOPPADDING", (0, 0), (-1, -1), 1.2 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6 * mm),
        )
    )
    return table


def _cell(action: SummaryAction, today: date, style: ParagraphStyle) -> list[Flowable]:
    """The title, then the date in bold and the note beside it: "Vóór vrijdag 4 december."."""
    when = sentence_start(due_text(action, today))
    parts = []
    if when:
        colour = MUTED_INK if action.done_on else HEADING_INK
        parts.append(f'<font name="{FONT_BOLD}" color="{colour.hexval()}">{_held(when)}</font>')
    if action.note_for_client:
        parts.append(escape(action.note_for_client))
    cell: list[Flowable] = [para(action.title, style)]
    if parts:
        cell.append(Paragraph("&nbsp; ".join(parts), style))
    return cell


def _held(text: str) -> str:
    """Text as markup with its dates in words ("vóór vrijdag 4 december") held on one line."""
    return _DATE_WORDS.sub(lambda m: m.group().replace(" ", "&nbsp;"), escape(text))


def _contact_box(contact: Contact) -> Table:
    """Whom to call, on a tinted block; the phone number and the hours never break apart."""
    styles = text_styles(Audience.CLIENT)
    unbroken = Contact(
        contact.name,
        contact.phone.replace(" ", "\u00a0") if contact.phone else None,
        contact.hours.replace(" ", "\u00a0") if contact.hours else None,
    )
    style = ParagraphStyle("actions-contact", parent=styles.strong, spaceAfter=0)
    table = Table([[para(contact_line(unbroken), style)]], colWidths=[_WIDTH])
    table.setStyle(
        table_style(
            Audience.CLIENT,
            ("BACKGROUND", (0, 0), (-1, -1), TINT),
            ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 3 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5 * mm),
        )
    )
    return table
