"""The client's actielijst: every open action with its date in words, nothing internal."""

from __future__ import annotations

import re
import uuid
from datetime import timedelta

import pytest
from summary_builders import (
    BSN,
    INTERNAL_NOTE,
    TALK_ACTIONS,
    TODAY,
    add_action,
    add_client,
    add_tanya_talk,
    pdf_fonts,
    pdf_info,
    pdf_words,
    render_png,
)

from app.errors import NotFoundError
from app.handout_actions import DONE_SHOWN_FOR, actions_pdf, read_action_list
from models.codes import Owner
from models.summary import day_text
from models.tables import JourneyEvent

EVENT_TEXT = "Intern: belde boos op, twijfel aan motivatie"
LONG_DONE = "Intakeformulier ophalen"


@pytest.fixture
def tanya(db) -> uuid.UUID:
    """Tanya's intake actions, one done long ago, and a journey event with an internal text."""
    client_id = add_tanya_talk(db).client_id
    add_action(
        db,
        client_id,
        LONG_DONE,
        due_on=TODAY - timedelta(days=60),
        done_on=TODAY - DONE_SHOWN_FOR - timedelta(days=1),
    )
    add_action(
        db, client_id, "Brief aan de deurwaarder sturen", Owner.CASEWORKER, note=INTERNAL_NOTE
    )
    with db.session() as session:
        session.add(
            JourneyEvent(
                client_id=client_id,
                phase="intake",
                kind="setback",
                occurred_on=TODAY,
                text=EVENT_TEXT,
            )
        )
    return client_id


@pytest.fixture
def tanya_pdf(db, tanya) -> bytes:
    return actions_pdf(db, tanya, today=TODAY)


def boxes(pdf: bytes) -> tuple[str, str]:
    """The words of "Wat doe ik?" and of "Wat doet mijn hulpverlener?" (with what follows)."""
    mine, helper = pdf_words(pdf).split("Wat doet mijn hulpverlener?")
    return mine, helper


def test_actions_pdf_holds_every_open_action_in_its_owners_box_with_its_date(tanya_pdf) -> None:
    mine, helper = boxes(tanya_pdf)

    for title, owner, days in TALK_ACTIONS:
        box = helper if owner == Owner.CASEWORKER else mine
        when = f"Vóór {day_text(TODAY + timedelta(days=days), TODAY)}"
        assert re.search(rf"☐ {re.escape(title)} {when}", box), title
    assert "☐ Belastingaangifte laten controleren Vóór vrijdag 18 december" in mine
    assert "☐ Solliciteren voor meer uren Vóór dinsdag 26 januari 2027" in mine
    assert "☐ Brief aan de deurwaarder sturen" in helper


def test_actions_pdf_says_a_late_action_is_due_as_soon_as_possible(tanya_pdf) -> None:
    mine, _ = boxes(tanya_pdf)

    assert (
        "☐ Formulier inkomsten en uitgaven invullen "
        "Zo snel mogelijk (dit was vóór dinsdag 24 november)"
    ) in mine


def test_actions_pdf_marks_her_partners_actions_with_his_name(tanya_pdf) -> None:
    mine, _ = boxes(tanya_pdf)

    assert "☐ UWV-beschikking inleveren Vóór vrijdag 4 december Dit doet Mark." in mine


def test_actions_pdf_lists_open_actions_by_date_and_recently_done_ones_ticked_last(
    tanya_pdf,
) -> None:
    mine, _ = boxes(tanya_pdf)
    late = mine.index("Formulier inkomsten en uitgaven invullen")
    soon = mine.index("Loonstroken van de laatste 3 maanden inleveren")
    far = mine.index("Solliciteren voor meer uren")
    done = mine.index("☑ BKR-overzicht opvragen Dit is al gedaan.")

    assert late < soon < far < done


def test_actions_pdf_leaves_out_actions_done_more_than_four_weeks_ago(db, tanya) -> None:
    actions = read_action_list(db, tanya, today=TODAY)

    assert LONG_DONE not in [a.title for a in actions.mine]
    assert "BKR-overzicht opvragen" in [a.title for a in actions.mine]
    assert LONG_DONE not in pdf_words(actions_pdf(db, tanya, today=TODAY))


def test_actions_pdf_never_shows_an_internal_note_an_event_text_the_bsn_or_an_amount(
    tanya_pdf,
) -> None:
    words = pdf_words(tanya_pdf)

    assert INTERNAL_NOTE not in words
    assert EVENT_TEXT not in words
    assert BSN not in words
    assert "Verhoef" not in words
    assert "€" not in words


def test_actions_pdf_ends_with_the_next_talk_and_whom_to_call(tanya_pdf) -> None:
    words = pdf_words(tanya_pdf)

    assert words.startswith("Mijn actielijst Tanya, dit is je actielijst van vrijdag 27 november.")
    assert "Ons volgende gesprek is op dinsdag 15 december." in words
    assert words.rstrip().endswith(
        "Vragen? Bel Alex de Ridder: 079 346 87 00 (ma t/m do 9:00-12:00). Gemaakt op 27-11-2026"
    )


def test_actions_pdf_embeds_every_font_and_has_a_title_without_her_name(tanya_pdf) -> None:
    info = pdf_info(tanya_pdf)

    assert all(embedded for _, embedded in pdf_fonts(tanya_pdf))
    assert pdf_fonts(tanya_pdf)
    assert info["Title"] == "Actielijst van 27 november 2026"
    assert b"/Lang (nl)" in tanya_pdf


def test_actions_pdf_of_a_usual_list_is_one_page_that_renders(tanya_pdf) -> None:
    assert pdf_info(tanya_pdf)["Pages"] == "1"
    assert render_png(tanya_pdf, dpi=40).startswith(b"\x89PNG")


def test_actions_pdf_says_so_when_nobody_has_anything_to_do(db) -> None:
    client_id = add_client(db, contact=(None, None, None))

    words = pdf_words(actions_pdf(db, client_id, today=TODAY))

    assert "Wat doe ik? Je hoeft nu niets te doen." in words
    assert "Wat doet mijn hulpverlener? Je hulpverlener heeft nu niets op de lijst." in words
    assert "Vragen? Neem contact op met je hulpverlener." in words


def test_actions_pdf_of_a_long_list_keeps_the_helpers_box_with_whom_to_call(db) -> None:
    client_id = add_client(db)
    for number in range(1, 16):
        add_action(db, client_id, f"Taak nummer {number}", due_on=TODAY + timedelta(days=number))
    add_action(db, client_id, "Schuldeisers bellen", Owner.CASEWORKER)

    pdf = actions_pdf(db, client_id, today=TODAY)
    last = int(pdf_info(pdf)["Pages"])

    assert last > 1
    assert "Wat doet mijn hulpverlener?" in pdf_words(pdf, page=last)
    assert "Vragen? Bel Alex de Ridder" in pdf_words(pdf, page=last)
    assert "Taak nummer 15" in pdf_words(pdf)


def test_actions_pdf_names_the_administrator_only_beside_the_caseworker(db) -> None:
    client_id = add_client(db)
    add_action(db, client_id, "Huur doorbetalen", Owner.ADMINISTRATOR, due_on=TODAY)
    alone = pdf_words(actions_pdf(db, client_id, today=TODAY))
    add_action(db, client_id, "Saldo-opgaven opvragen", Owner.CASEWORKER, due_on=TODAY)
    both = pdf_words(actions_pdf(db, client_id, today=TODAY))

    assert "Dit doet je bewindvoerder." not in alone
    assert "☐ Huur doorbetalen Vóór vrijdag 27 november Dit doet je bewindvoerder." in both


def test_actions_pdf_of_an_unknown_client_is_refused(db) -> None:
    with pytest.raises(NotFoundError):
        actions_pdf(db, uuid.uuid4(), today=TODAY)
