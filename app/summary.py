"""The client's summary of a conversation: read from the dossier, laid out as PDF and e-mail."""

from __future__ import annotations

import contextlib
import re
import uuid
from collections.abc import Sequence
from datetime import date, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table
from sqlmodel import Session, col, select

from app.db import Database
from app.errors import NotFoundError
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
    write_document,
)
from models.codes import ConversationKind, Owner, Relation
from models.messages import say
from models.summary import (
    ADMINISTRATOR_NOTE,
    HEADING_HELPER,
    HEADING_MINE,
    MONTHS,
    NOTHING_HELPER,
    NOTHING_MINE,
    TITLE,
    WEEKDAYS,
    Contact,
    Summary,
    SummaryAction,
    contact_line,
    document_title,
    due_text,
    eml_file_name,
    first_name_of,
    greeting,
    helpers_need_names,
    my_actions,
    next_conversation_line,
    partner_note,
    pdf_file_name,
    plain_text,
    sentence_start,
    split_points,
    subject,
)
from models.tables import Action, Client, Conversation, HouseholdMember

__all__ = [
    "SOON",
    "conversation_summary",
    "eml_file_name",
    "pdf_file_name",
    "summary_eml",
    "summary_pdf",
    "write_summary_eml",
    "write_summary_pdf",
]

#: Open actions due within this time of today are on the summary, whichever talk made them.
SOON = timedelta(weeks=4)

# The kind of conversation as it reads in "de samenvatting van ons ... op vrijdag 27 november".
# Private until models.codes has conversation kind labels of its own.
_KIND_IN_SENTENCE: dict[str, str] = {
    ConversationKind.ADVICE: "adviesgesprek",
    ConversationKind.INTAKE: "intakegesprek",
    ConversationKind.WALK_IN: "gesprek op het inloopspreekuur",
    ConversationKind.PHONE: "telefoongesprek",
    ConversationKind.HOME_VISIT: "gesprek bij jou thuis",
}
_CLIENT_SIDE = {Owner.CLIENT, Owner.PARTNER}
# A little narrower than the print style's 20 mm, so that a usual talk fits on one page.
_MARGIN = 17 * mm
_WIDTH = A4[0] - 2 * _MARGIN
_BOX = "☐"
_TICKED = "☑"
# "vóór vrijdag 4 december 2026" is read as one thing, so it is never broken over two lines.
_DATE_WORDS = re.compile(
    rf"(?:[Vv]óór )?(?:(?:{'|'.join(WEEKDAYS)}) )?"
    rf"[0-9]{{1,2}} (?:{'|'.join(MONTHS)})(?: [0-9]{{4}})?"
)


def conversation_summary(db: Database, conversation_id: uuid.UUID, *, today: date) -> Summary:
    """Read what the client's summary of one conversation says, in one session.

    On it: what was agreed (one point per line of the conversation's text), the actions made
    in the conversation (open or done), and every other open action of the client due within
    four weeks of ``today``. An action's internal note is never read into it.

    Args:
        db: The database.
        conversation_id: The conversation.
        today: The day the summary is made; decides "within four weeks" and the year in dates.

    Returns:
        The summary, its lists sorted by due date.

    Raises:
        NotFoundError: The conversation does not exist (any more).
    """
    with db.session() as session:
        conversation = session.get(Conversation, conversation_id)
        if conversation is None:
            raise NotFoundError(say("Dit gesprek bestaat niet (meer). Er is geen samenvatting."))
        client = session.get(Client, conversation.client_id)
        if client is None:  # the foreign key cascades; only a concurrent delete gets here
            raise NotFoundError(say("Deze klant bestaat niet (meer). Er is geen samenvatting."))
        actions = _summary_actions(session, conversation, today)
        partner = _partner_first_name(session, client.id)
        following = session.exec(
            select(col(Conversation.held_on))
            .where(Conversation.client_id == client.id)
            .where(Conversation.held_on > conversation.held_on)
            .where(Conversation.held_on >= today)
            .order_by(col(Conversation.held_on))
            .limit(1)
        ).first()

    helper_rows = [a for a in actions if a.owner not in _CLIENT_SIDE]
    helper_note = ADMINISTRATOR_NOTE if helpers_need_names(a.owner for a in helper_rows) else None
    return Summary(
        first_name=first_name_of(client.first_names),
        held_on=conversation.held_on,
        kind_label=_KIND_IN_SENTENCE.get(conversation.kind, "gesprek"),
        agreed_points=split_points(conversation.agreed),
        client_actions=tuple(_for_client(a) for a in actions if a.owner == Owner.CLIENT),
        helper_actions=tuple(
            _for_client(a, helper_note if a.owner == Owner.ADMINISTRATOR else None)
            for a in helper_rows
        ),
        partner_actions=tuple(
            _for_client(a, partner_note(partner)) for a in actions if a.owner == Owner.PARTNER
        ),
        next_conversation=following,
        contact=Contact(client.contact_name, client.contact_phone, client.contact_hours),
        made_on=today,
        email=(client.email or "").strip() or None,
    )


def _summary_actions(session: Session, conversation: Conversation, today: date) -> list[Action]:
    """The conversation's own actions, then the client's other open ones due soon; each once."""
    made_in = session.exec(
        select(Action)
        .where(Action.conversation_id == conversation.id)
        .order_by(col(Action.created_at))
    ).all()
    due_soon = session.exec(
        select(Action)
        .where(Action.client_id == conversation.client_id)
        .where(col(Action.done_on).is_(None))
        .where(col(Action.due_on).is_not(None))
        .where(col(Action.due_on) <= today + SOON)
        .order_by(col(Action.created_at))
    ).all()
    seen: set[uuid.UUID] = set()
    result = []
    for action in (*made_in, *due_soon):
        if action.id not in seen:
            seen.add(action.id)
            result.append(action)
    return result


def _partner_first_name(session: Session, client_id: uuid.UUID) -> str | None:
    partner = session.exec(
        select(HouseholdMember.first_names)
        .where(HouseholdMember.client_id == client_id)
        .where(HouseholdMember.relation == Relation.PARTNER)
    ).first()
    return first_name_of(partner)


def _for_client(action: Action, note: str | None = None) -> SummaryAction:
    # action.note is internal: it is deliberately not passed on.
    return SummaryAction(
        title=action.title,
        owner=action.owner,
        due_on=action.due_on,
        note_for_client=note,
        done_on=action.done_on,
    )


# ---------------------------------------------------------------------------------------------
# The PDF


def summary_pdf(summary: Summary) -> bytes:
    """The summary as an A4 PDF in large, calm type; one page for a usual conversation.

    Holds no BSN, no amounts and no internal notes: only what ``summary`` carries.
    """
    styles = text_styles(Audience.CLIENT)
    lead = ParagraphStyle("summary-lead", parent=styles.body, spaceAfter=2 * mm)
    story: list[Flowable] = [para(TITLE, styles.title), _para(greeting(summary), lead)]
    point = ParagraphStyle(
        "summary-point", parent=styles.body, leftIndent=7 * mm, bulletIndent=1.5 * mm
    )
    story += [_para(text, point, bullet="•") for text in summary.agreed_points]
    mine = _action_box(HEADING_MINE, my_actions(summary), NOTHING_MINE, summary.made_on, True)
    helper = _action_box(
        HEADING_HELPER, summary.helper_actions, NOTHING_HELPER, summary.made_on, False
    )
    ending: list[Flowable] = [helper, Spacer(1, 4 * mm)]
    if following := next_conversation_line(summary):
        ending += [_para(following, styles.strong), Spacer(1, 3 * mm)]
    ending.append(_contact_box(summary))
    # When it does not fit on one page, page 1 says what she does and page 2 what her helper
    # does and whom to call: a box is never cut, the phone number never stands alone.
    story += [Spacer(1, 3 * mm), KeepTogether(mine), Spacer(1, 5 * mm), KeepTogether(ending)]
    info = PdfInfo(
        title=document_title(summary),
        subject="Samenvatting van het gesprek: wat doe ik en wat doet mijn hulpverlener",
        audience=Audience.CLIENT,
        printed_on=summary.made_on,
    )
    return build_pdf(story, info, margin=_MARGIN)


def _action_box(
    heading: str, actions: Sequence[SummaryAction], nothing: str, today: date, mine: bool
) -> Table:
    """A framed checklist: the heading on a tinted bar, then a tick box and a date per action.

    "Wat doe ik?" has the darker, heavier frame: it is what she must not miss.
    """
    styles = text_styles(Audience.CLIENT)
    cell = ParagraphStyle("summary-cell", parent=styles.body, spaceAfter=0)
    box = ParagraphStyle("summary-box", parent=cell, fontSize=20, leading=20)
    head = ParagraphStyle("summary-box-head", parent=styles.heading, spaceBefore=0, spaceAfter=0)
    rows: list[list[object]] = [[para(heading, head), ""]]
    for action in actions:
        rows.append(
            [para(_TICKED if action.done_on else _BOX, box), _action_cell(action, today, cell)]
        )
    if not actions:
        rows.append(["", _para(nothing, cell)])
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
            ("TOPPADDING", (0, 0), (-1, -1), 1.6 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
        )
    )
    return table


def _action_cell(action: SummaryAction, today: date, style: ParagraphStyle) -> list[Flowable]:
    """The title, then the date in bold and the note beside it: "Vóór vrijdag 4 december."."""
    when = sentence_start(due_text(action, today))
    parts = []
    if when:
        colour = MUTED_INK if action.done_on else HEADING_INK
        parts.append(f'<font name="{FONT_BOLD}" color="{colour.hexval()}">{_markup(when)}</font>')
    if action.note_for_client:
        parts.append(_markup(action.note_for_client))
    cell = [_para(action.title, style)]
    if parts:
        # Two spaces between date and note: they read as two things, not one sentence.
        cell.append(Paragraph("&nbsp; ".join(parts), style))
    return cell


def _markup(text: str) -> str:
    """Plain text as paragraph markup, with its dates held together on one line."""
    return _DATE_WORDS.sub(lambda m: m.group().replace(" ", "\u00a0"), escape(text))


def _para(text: str, style: ParagraphStyle, *, bullet: str | None = None) -> Paragraph:
    return Paragraph(_markup(text), style, bulletText=bullet)


def _contact_box(summary: Summary) -> Table:
    """Who to call, on a tinted block; the phone number and the hours never break apart."""
    styles = text_styles(Audience.CLIENT)
    contact = summary.contact
    unbroken = Contact(
        contact.name,
        _nbsp(contact.phone),
        _nbsp(contact.hours),
    )
    style = ParagraphStyle("summary-contact", parent=styles.strong, spaceAfter=0)
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


def _nbsp(text: str | None) -> str | None:
    return text.replace(" ", "\u00a0") if text else text


def write_summary_pdf(summary: Summary, path: Path) -> None:
    """Write the summary's PDF to ``path`` atomically.

    Raises:
        UserError: The file cannot be written (folder missing or read-only, disk full).
    """
    write_document(path, summary_pdf(summary))


# ---------------------------------------------------------------------------------------------
# The e-mail draft


def summary_eml(summary: Summary, pdf: bytes, *, to: str | None) -> bytes:
    """An e-mail draft with the summary as text and the PDF attached; nothing is sent.

    ``X-Unsent: 1`` makes Outlook open the file as a new message to send; Thunderbird opens it
    and offers "Bewerken als nieuw bericht". There is no From or Date: the person's own mail
    program fills them in when she sends it.

    Args:
        summary: The summary.
        pdf: The PDF of the same summary (``summary_pdf(summary)``).
        to: The client's e-mail address, or None to leave To empty.

    Returns:
        The message as RFC 5322 bytes with CRLF line ends, ready to save as ``.eml``.
    """
    message = EmailMessage()
    message["X-Unsent"] = "1"
    if to and to.strip():
        # A stored address a header cannot hold (a line break, say) is left out: the
        # caseworker sees an empty To and types it, rather than getting no draft at all.
        with contextlib.suppress(ValueError):
            message["To"] = to.strip()
    message["Subject"] = subject(summary)
    message["Content-Language"] = "nl"
    message.set_content(plain_text(summary))
    message.add_attachment(
        pdf, maintype="application", subtype="pdf", filename=pdf_file_name(summary)
    )
    return message.as_bytes(policy=SMTP)


def write_summary_eml(summary: Summary, pdf: bytes, path: Path, *, to: str | None) -> None:
    """Write the e-mail draft (``summary_eml``) to ``path`` atomically.

    Raises:
        UserError: The file cannot be written (folder missing or read-only, disk full).
    """
    write_document(path, summary_eml(summary, pdf, to=to))


def write_conversation_summary(
    db: Database, talk_id: uuid.UUID, pdf_path: Path, eml_path: Path, *, today: date
) -> None:
    """The summary of a conversation as a PDF and an e-mail draft carrying the very same PDF,
    each written atomically; recorded in the audit trail once both stand (never where).

    Raises:
        NotFoundError: The conversation is gone.
        UserError: A file cannot be written (folder missing or read-only, disk full).
    """
    from app import audit

    made = conversation_summary(db, talk_id, today=today)
    pdf = summary_pdf(made)
    write_document(pdf_path, pdf)
    write_summary_eml(made, pdf, eml_path, to=made.email)
    with db.session() as session:
        conversation = session.get(Conversation, talk_id)
        client_id = conversation.client_id if conversation is not None else None
    audit.record_now(
        db,
        action="print",
        record_type="conversation",
        record_id=talk_id,
        client_id=client_id,
        fields=["summary_pdf", "summary_eml"],
    )
