"""The conversation summary: read from the dossier, printed as PDF, drafted as an e-mail."""

from __future__ import annotations

import re
import uuid
from datetime import timedelta
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest
from summary_builders import (
    AGREED,
    BSN,
    INTERNAL_NOTE,
    TALK_ACTIONS,
    TODAY,
    add_action,
    add_client,
    add_conversation,
    add_tanya_talk,
    pdf_fonts,
    pdf_info,
    pdf_words,
    render_png,
    summary_of,
)

from app.errors import NotFoundError
from app.summary import (
    conversation_summary,
    summary_eml,
    summary_pdf,
    write_summary_eml,
    write_summary_pdf,
)
from models.codes import ConversationKind, Owner
from models.summary import SummaryAction, day_text, split_points

# ---------------------------------------------------------------------------------------------
# Reading the dossier


def titles(actions: tuple[SummaryAction, ...]) -> list[str]:
    return [action.title for action in actions]


def test_summary_holds_the_talks_actions_and_other_open_ones_due_within_four_weeks(db) -> None:
    talk = add_tanya_talk(db)

    summary = conversation_summary(db, talk.conversation_id, today=TODAY)

    assert titles(summary.client_actions) == [
        "Formulier inkomsten en uitgaven invullen",
        "Loonstroken van de laatste 3 maanden inleveren",
        "Post openen en meenemen naar het volgende gesprek",
        "Belastingaangifte laten controleren",
    ]
    assert titles(summary.partner_actions) == ["UWV-beschikking inleveren"]
    assert titles(summary.helper_actions) == [
        "Kwijtschelding gemeentelijke belastingen aanvragen",
        "Saldo-opgave opvragen bij alle schuldeisers",
    ]


def test_summary_leaves_out_done_and_far_off_actions_of_other_talks(db) -> None:
    talk = add_tanya_talk(db)

    summary = conversation_summary(db, talk.conversation_id, today=TODAY)
    everything = titles(summary.client_actions + summary.helper_actions)

    assert "BKR-overzicht opvragen" not in everything
    assert "Solliciteren voor meer uren" not in everything


def test_summary_keeps_a_done_action_of_the_talk_itself_as_done(db) -> None:
    client_id = add_client(db)
    talk = add_conversation(db, client_id)
    add_action(
        db,
        client_id,
        "Deurwaarder bellen",
        Owner.CASEWORKER,
        conversation_id=talk,
        due_on=TODAY,
        done_on=TODAY,
    )

    (action,) = conversation_summary(db, talk, today=TODAY).helper_actions

    assert action.done_on == TODAY


def test_summary_lists_an_action_once_when_made_in_the_talk_and_due_soon(db) -> None:
    client_id = add_client(db)
    talk = add_conversation(db, client_id)
    add_action(db, client_id, "Post meenemen", conversation_id=talk, due_on=TODAY)

    summary = conversation_summary(db, talk, today=TODAY)

    assert titles(summary.client_actions) == ["Post meenemen"]


def test_summary_has_greeting_agreed_points_next_talk_contact_and_address(db) -> None:
    talk = add_tanya_talk(db)

    summary = conversation_summary(db, talk.conversation_id, today=TODAY)

    assert summary.first_name == "Tanya"
    assert summary.kind_label == "intakegesprek"
    assert summary.agreed_points == split_points(AGREED)
    assert summary.next_conversation == TODAY + timedelta(days=18)
    assert summary.contact.phone == "079 346 87 00"
    assert summary.email == "tanya.verhoef@example.com"


def test_summary_marks_a_partner_action_with_the_partners_first_name(db) -> None:
    talk = add_tanya_talk(db)

    (action,) = conversation_summary(db, talk.conversation_id, today=TODAY).partner_actions

    assert action.note_for_client == "Dit doet Mark."


def test_summary_marks_a_partner_action_with_je_partner_when_no_partner_is_known(db) -> None:
    client_id = add_client(db)
    talk = add_conversation(db, client_id)
    add_action(db, client_id, "Loonstrook inleveren", Owner.PARTNER, conversation_id=talk)

    (action,) = conversation_summary(db, talk, today=TODAY).partner_actions

    assert action.note_for_client == "Dit doet je partner."


@pytest.mark.parametrize(
    ("owners", "notes"),
    [
        ((Owner.CASEWORKER, Owner.ADMINISTRATOR), [None, "Dit doet je bewindvoerder."]),
        ((Owner.ADMINISTRATOR, Owner.ADMINISTRATOR), [None, None]),
    ],
)
def test_summary_names_the_administrator_only_beside_the_caseworker(
    db, owners: tuple[str, str], notes: list[str | None]
) -> None:
    client_id = add_client(db)
    talk = add_conversation(db, client_id)
    for days, owner in enumerate(owners):
        due = TODAY + timedelta(days=days)
        add_action(db, client_id, f"Taak {days}", owner, conversation_id=talk, due_on=due)

    summary = conversation_summary(db, talk, today=TODAY)

    assert [a.note_for_client for a in summary.helper_actions] == notes


def test_summary_never_carries_an_internal_note(db) -> None:
    talk = add_tanya_talk(db)

    summary = conversation_summary(db, talk.conversation_id, today=TODAY)

    assert INTERNAL_NOTE not in repr(summary)


def test_summary_of_a_home_visit_says_so_in_plain_words(db) -> None:
    client_id = add_client(db)
    talk = add_conversation(db, client_id, kind=ConversationKind.HOME_VISIT)

    assert conversation_summary(db, talk, today=TODAY).kind_label == "gesprek bij jou thuis"


def test_summary_of_an_unknown_conversation_is_a_user_error(db) -> None:
    with pytest.raises(NotFoundError, match="bestaat niet"):
        conversation_summary(db, uuid.uuid4(), today=TODAY)


# ---------------------------------------------------------------------------------------------
# The PDF


@pytest.fixture
def tanya_pdf(db) -> bytes:
    talk = add_tanya_talk(db)
    return summary_pdf(conversation_summary(db, talk.conversation_id, today=TODAY))


def test_summary_pdf_holds_every_action_in_its_owners_box_with_its_date(tanya_pdf) -> None:
    words = pdf_words(tanya_pdf)
    mine, helper = words.split("Wat doet mijn hulpverlener?")

    for title, owner, days in TALK_ACTIONS:
        box = helper if owner == Owner.CASEWORKER else mine
        date_words = f"Vóór {day_text(TODAY + timedelta(days=days), TODAY)}"
        assert re.search(rf"☐ {re.escape(title)} {date_words}", box), title
    assert "Wat doe ik?" in mine
    assert "Vóór vrijdag 4 december Dit doet Mark." in mine
    assert "Zo snel mogelijk (dit was vóór dinsdag 24 november)" in mine


def test_summary_pdf_has_the_greeting_the_points_the_next_talk_and_whom_to_call(
    tanya_pdf,
) -> None:
    words = pdf_words(tanya_pdf)

    assert words.startswith("Wat hebben we afgesproken? Tanya, dit is de samenvatting van ons")
    assert "• Geen nieuwe betalingsafspraken zonder overleg met Alex." in words
    assert "Ons volgende gesprek is op dinsdag 15 december." in words
    assert "Vragen? Bel Alex de Ridder: 079 346 87 00 (ma t/m do 9:00-12:00)." in words


def test_summary_pdf_never_shows_an_internal_note_the_bsn_or_an_amount(tanya_pdf) -> None:
    words = pdf_words(tanya_pdf)

    assert INTERNAL_NOTE not in words
    assert BSN not in words
    assert "Verhoef" not in words
    assert "€" not in words


def test_summary_pdf_embeds_every_font(tanya_pdf) -> None:
    fonts = pdf_fonts(tanya_pdf)

    assert fonts
    assert all(embedded for _, embedded in fonts)


def test_summary_pdf_has_its_title_and_dutch_as_language(tanya_pdf) -> None:
    assert pdf_info(tanya_pdf)["Title"] == "Afspraken van het gesprek op 27 november 2026"
    assert b"/Lang (nl)" in tanya_pdf


def test_summary_pdf_of_a_usual_talk_is_one_page_that_renders(tanya_pdf) -> None:
    assert pdf_info(tanya_pdf)["Pages"] == "1"
    assert render_png(tanya_pdf, dpi=50).startswith(b"\x89PNG")


def test_summary_pdf_of_a_long_talk_keeps_the_helpers_box_with_whom_to_call() -> None:
    many = tuple(
        SummaryAction(f"Taak nummer {n}", Owner.CLIENT, TODAY + timedelta(days=n))
        for n in range(1, 12)
    )
    helper = (SummaryAction("Schuldeisers bellen", Owner.CASEWORKER, None),)
    pdf = summary_pdf(summary_of(client=many, helper=helper))

    last = int(pdf_info(pdf)["Pages"])
    assert last > 1
    assert "Wat doet mijn hulpverlener?" in pdf_words(pdf, page=last)
    assert "Vragen? Bel" in pdf_words(pdf, page=last)


def test_summary_pdf_says_so_when_nobody_has_anything_to_do() -> None:
    words = pdf_words(summary_pdf(summary_of(first_name=None)))

    assert "Wat doe ik? Je hoeft nu niets te doen." in words
    assert "Wat doet mijn hulpverlener? Je hulpverlener heeft nu niets op de lijst." in words


def test_summary_pdf_prints_markup_characters_and_any_name_as_text() -> None:
    action = SummaryAction("Brief van Jansen & Zn <BV> naar Ĳsbrand Çelik", Owner.CLIENT, None)

    words = pdf_words(summary_pdf(summary_of(client=(action,), first_name="Zoë")))

    assert "Brief van Jansen & Zn <BV> naar Ĳsbrand Çelik" in words
    assert words.startswith("Wat hebben we afgesproken? Zoë, dit is")


def test_summary_pdf_is_written_whole(tmp_path: Path) -> None:
    target = tmp_path / "uit" / "afspraken.pdf"
    target.parent.mkdir()

    write_summary_pdf(summary_of(), target)

    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in target.parent.iterdir()] == ["afspraken.pdf"]


# ---------------------------------------------------------------------------------------------
# The e-mail draft


def parse(data: bytes) -> EmailMessage:
    message = BytesParser(policy=policy.default).parsebytes(data)
    assert isinstance(message, EmailMessage)
    return message


def test_summary_eml_is_an_unsent_draft_carrying_the_pdf(db) -> None:
    talk = add_tanya_talk(db)
    summary = conversation_summary(db, talk.conversation_id, today=TODAY)
    pdf = summary_pdf(summary)

    message = parse(summary_eml(summary, pdf, to=summary.email))
    (attachment,) = message.iter_attachments()

    assert message["X-Unsent"] == "1"
    assert message["To"] == "tanya.verhoef@example.com"
    assert message["Subject"] == "Afspraken van ons gesprek op vrijdag 27 november"
    assert message["From"] is None
    assert message.defects == []
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_content() == pdf
    assert attachment.get_filename() == "afspraken-2026-11-27.pdf"


def test_summary_eml_body_lists_every_action_and_no_internal_note(db) -> None:
    talk = add_tanya_talk(db)
    summary = conversation_summary(db, talk.conversation_id, today=TODAY)

    message = parse(summary_eml(summary, b"%PDF", to=None))
    body = message.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    lines = text.splitlines()

    for title, _, _ in TALK_ACTIONS:
        assert f"- {title}" in lines
    assert INTERNAL_NOTE not in text
    assert BSN not in text


def test_summary_eml_file_name_and_headers_hold_no_part_of_her_name() -> None:
    data = summary_eml(summary_of(), b"%PDF", to=None)
    message = parse(data)
    (attachment,) = message.iter_attachments()

    assert "Tanya" not in (attachment.get_filename() or "")
    assert "Tanya" not in message["Subject"]


@pytest.mark.parametrize("to", [None, "", "  ", "tanya@example.com\r\nBcc: iedereen@example.com"])
def test_summary_eml_without_a_usable_address_leaves_to_empty(to: str | None) -> None:
    message = parse(summary_eml(summary_of(), b"%PDF", to=to))

    assert message["To"] is None
    assert message["Bcc"] is None


def test_summary_eml_is_written_whole_and_parses_back(tmp_path: Path) -> None:
    target = tmp_path / "uit" / "afspraken.eml"
    target.parent.mkdir()

    write_summary_eml(summary_of(), b"%PDF-1.4 proef", target, to="tanya@example.com")

    (attachment,) = parse(target.read_bytes()).iter_attachments()
    assert attachment.get_content() == b"%PDF-1.4 proef"
    assert [p.name for p in target.parent.iterdir()] == ["afspraken.eml"]


def test_summary_files_are_written_together_and_recorded_as_a_print(db, tmp_path: Path) -> None:
    from sqlmodel import select

    from app.summary import write_conversation_summary
    from models.tables import AuditEvent

    talk = add_tanya_talk(db)
    pdf, eml = tmp_path / "afspraken.pdf", tmp_path / "afspraken.eml"
    write_conversation_summary(db, talk.conversation_id, pdf, eml, today=TODAY)
    assert pdf.read_bytes().startswith(b"%PDF")
    message = BytesParser(policy=policy.default).parsebytes(eml.read_bytes())
    (attachment,) = message.iter_attachments()
    assert attachment.get_content() == pdf.read_bytes()  # the very same PDF
    with db.session() as session:
        (event,) = session.exec(
            select(AuditEvent).where(AuditEvent.record_type == "conversation")
        ).all()
    assert (event.action, event.record_id) == ("print", talk.conversation_id)
    assert "afspraken" not in str(event.model_dump())
