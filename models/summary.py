"""The conversation summary for the client: what she does and what her helper does, by when."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from models.codes import Owner

TITLE = "Wat hebben we afgesproken?"
HEADING_MINE = "Wat doe ik?"
HEADING_HELPER = "Wat doet mijn hulpverlener?"
NOTHING_MINE = "Je hoeft nu niets te doen."
NOTHING_HELPER = "Je hulpverlener heeft nu niets op de lijst."
DONE = "Dit is al gedaan."
ADMINISTRATOR_NOTE = "Dit doet je bewindvoerder."

WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
# What a caseworker types before a point: "-", "*", "•", "1.", "2)", "a."; not "12,50".
_BULLET = re.compile(r"^\s*(?:[-*•–—]+|\(?[0-9]{1,2}[.)]|[a-z][.)])\s+")


@dataclass(frozen=True)
class SummaryAction:
    """One action as the client reads it.

    Attributes:
        title: What is to be done, as the caseworker wrote it.
        owner: The owner code (``models.codes.Owner``).
        due_on: By when; None when no date was agreed.
        note_for_client: A short line printed under the title, such as "Dit doet Mark.".
            Never the action's internal note.
        done_on: When it was done; None while it is open.
    """

    title: str
    owner: str
    due_on: date | None
    note_for_client: str | None = None
    done_on: date | None = None


@dataclass(frozen=True)
class Contact:
    """Who the client calls with questions, and when."""

    name: str | None = None
    phone: str | None = None
    hours: str | None = None


@dataclass(frozen=True)
class Summary:
    """Everything the client's summary of one conversation says; lists sorted by due date.

    Attributes:
        first_name: Her first name for the greeting; None when unknown.
        held_on: The day of the conversation.
        kind_label: The kind of conversation in a sentence: "intakegesprek", "huisbezoek".
        agreed_points: What was agreed, one point each.
        client_actions: What she does herself.
        helper_actions: What the caseworker or the administrator does.
        partner_actions: What her partner does.
        next_conversation: The day of the next conversation, if one is planned.
        contact: Who she calls with questions.
        made_on: The day the summary was made; dates in this year are written without one.
        email: Her e-mail address, for the draft's To; None when unknown.
    """

    first_name: str | None
    held_on: date
    kind_label: str
    agreed_points: tuple[str, ...]
    client_actions: tuple[SummaryAction, ...]
    helper_actions: tuple[SummaryAction, ...]
    partner_actions: tuple[SummaryAction, ...]
    next_conversation: date | None
    contact: Contact
    made_on: date
    email: str | None = None

    def __post_init__(self) -> None:
        # Sorted here, once, so that the PDF and the e-mail can never disagree on the order.
        object.__setattr__(self, "agreed_points", tuple(self.agreed_points))
        for name in ("client_actions", "helper_actions", "partner_actions"):
            object.__setattr__(self, name, by_due_date(getattr(self, name)))


def by_due_date(actions: Iterable[SummaryAction]) -> tuple[SummaryAction, ...]:
    """The actions by due date, those without a date last; equal dates keep their order."""
    return tuple(sorted(actions, key=lambda a: (a.due_on is None, a.due_on or date.min)))


def my_actions(summary: Summary) -> tuple[SummaryAction, ...]:
    """What goes under "Wat doe ik?": her own actions and her partner's, by due date."""
    return by_due_date((*summary.client_actions, *summary.partner_actions))


def day_text(day: date, today: date) -> str:
    """A day in plain Dutch: "vrijdag 4 december", with the year only when it is another one."""
    text = f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"
    return text if day.year == today.year else f"{text} {day.year}"


def due_text(action: SummaryAction, today: date) -> str:
    """When an action is due, in words: "vóór vrijdag 4 december"; "" without a date.

    Relative words ("morgen") are never used: she may read the page days later.
    """
    if action.done_on is not None:
        return DONE
    if action.due_on is None:
        return ""
    when = f"vóór {day_text(action.due_on, today)}"
    if action.due_on < today:
        return f"zo snel mogelijk (dit was {when})"
    return when


def sentence_start(text: str) -> str:
    """The text with a capital first letter, as at the start of a line."""
    return text[:1].upper() + text[1:]


def first_name_of(first_names: str | None) -> str | None:
    """The name a person goes by: the first of her first names ("Mark Johannes" -> "Mark")."""
    words = (first_names or "").split()
    return words[0] if words else None


def partner_note(partner_first_name: str | None) -> str:
    """The line under a partner's action: "Dit doet Mark." or "Dit doet je partner."."""
    return f"Dit doet {partner_first_name or 'je partner'}."


def helpers_need_names(owners: Iterable[str]) -> bool:
    """Whether the helper's actions need a line saying who does them.

    Only when both the caseworker and the administrator have actions: when one of them does
    everything, the line would repeat itself under every action.
    """
    present = set(owners)
    return Owner.ADMINISTRATOR in present and len(present) > 1


def split_points(agreed: str | None) -> tuple[str, ...]:
    """What was agreed, one point per line, without the dashes or numbers typed before it."""
    points = (_BULLET.sub("", line).strip() for line in (agreed or "").splitlines())
    return tuple(point for point in points if point)


def greeting(summary: Summary, *, with_name: bool = True) -> str:
    """The sentence under the title: whose conversation, what kind, which day.

    Args:
        summary: The summary.
        with_name: Start with her first name ("Tanya, dit is ..."), when it is known.
    """
    lead = f"{summary.first_name}, dit" if with_name and summary.first_name else "Dit"
    when = day_text(summary.held_on, summary.made_on)
    return f"{lead} is de samenvatting van ons {summary.kind_label} op {when}."


def next_conversation_line(summary: Summary) -> str | None:
    """ "Ons volgende gesprek is op dinsdag 15 december."; None when none is planned."""
    if summary.next_conversation is None:
        return None
    return f"Ons volgende gesprek is op {day_text(summary.next_conversation, summary.made_on)}."


def contact_line(contact: Contact) -> str:
    """Who to call with a question: "Vragen? Bel Alex de Ridder: 079 123 45 67 (ma-do 9-12)."."""
    name, phone, hours = contact.name, contact.phone, contact.hours
    when = f" ({hours})" if hours else ""
    if phone:
        return f"Vragen? Bel {name or 'je hulpverlener'}: {phone}{when}."
    if name:
        return f"Vragen? Vraag het aan {name}."
    return "Vragen? Neem contact op met je hulpverlener."


def subject(summary: Summary) -> str:
    """The e-mail's subject: "Afspraken van ons gesprek op vrijdag 27 november"."""
    return f"Afspraken van ons gesprek op {day_text(summary.held_on, summary.made_on)}"


def document_title(summary: Summary) -> str:
    """The PDF's title (metadata), without her name: "Afspraken van het gesprek op 27 november
    2026"."""
    held = summary.held_on
    return f"Afspraken van het gesprek op {held.day} {MONTHS[held.month - 1]} {held.year}"


def pdf_file_name(summary: Summary) -> str:
    """The PDF's file name, without her name: "afspraken-2026-11-27.pdf"."""
    return f"afspraken-{summary.held_on.isoformat()}.pdf"


def eml_file_name(summary: Summary) -> str:
    """The e-mail draft's file name, without her name: "afspraken-2026-11-27.eml"."""
    return f"afspraken-{summary.held_on.isoformat()}.eml"


def action_detail(action: SummaryAction, today: date) -> str:
    """The line under an action's title: "Vóór vrijdag 4 december. Dit doet Mark."."""
    when = due_text(action, today)
    parts = [sentence_start(when) + ("" if when.endswith(".") else ".")] if when else []
    if action.note_for_client:
        parts.append(action.note_for_client)
    return " ".join(parts)


def _action_lines(actions: Iterable[SummaryAction], today: date) -> list[str]:
    lines = []
    for action in actions:
        lines.append(f"- {action.title}")
        if detail := action_detail(action, today):
            lines.append(f"  {detail}")
    return lines


def plain_text(summary: Summary, *, signature: str | None = None) -> str:
    """The summary as plain text, for the body of the e-mail.

    Args:
        summary: The summary.
        signature: The name under the message; the contact person's when None.

    Returns:
        Short lines in plain Dutch, with the same lists as the PDF.
    """
    lines = [
        f"Beste {summary.first_name}," if summary.first_name else "Hallo,",
        "",
        "Bedankt voor het gesprek. " + greeting(summary, with_name=False),
        "In de bijlage staat hetzelfde als PDF. Die kun je printen.",
        "",
    ]
    if summary.agreed_points:
        lines += [TITLE, *(f"- {point}" for point in summary.agreed_points), ""]
    mine = my_actions(summary)
    lines += [HEADING_MINE, *(_action_lines(mine, summary.made_on) or [NOTHING_MINE]), ""]
    helper = _action_lines(summary.helper_actions, summary.made_on)
    lines += [HEADING_HELPER, *(helper or [NOTHING_HELPER]), ""]
    if following := next_conversation_line(summary):
        lines += [following, ""]
    closing = ["Met vriendelijke groet,", signature or summary.contact.name or ""]
    lines += [contact_line(summary.contact), "", *closing]
    return "\n".join(lines).rstrip() + "\n"
