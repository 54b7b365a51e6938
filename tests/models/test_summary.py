"""The summary's content and wording: order by due date, dates and lines in plain Dutch."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from summary_builders import TODAY, summary_of

from models.codes import Owner
from models.summary import (
    DONE,
    NOTHING_HELPER,
    NOTHING_MINE,
    Contact,
    SummaryAction,
    action_detail,
    by_due_date,
    contact_line,
    day_text,
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
    split_points,
    subject,
)


def act(title: str, days: int | None, owner: str = Owner.CLIENT, **extra: object) -> SummaryAction:
    due = None if days is None else TODAY + timedelta(days=days)
    return SummaryAction(title=title, owner=owner, due_on=due, **extra)  # type: ignore[arg-type]


def test_summary_by_due_date_puts_actions_without_a_date_last() -> None:
    actions = [act("zonder", None), act("later", 9), act("eerst", 2), act("te laat", -3)]

    assert [a.title for a in by_due_date(actions)] == ["te laat", "eerst", "later", "zonder"]


def test_summary_by_due_date_keeps_the_order_of_equal_dates() -> None:
    actions = [act("b", 4), act("a", 4), act("c", None), act("d", None)]

    assert [a.title for a in by_due_date(actions)] == ["b", "a", "c", "d"]


def test_summary_sorts_its_lists_when_made() -> None:
    summary = summary_of(
        client=(act("later", 9), act("eerst", 2)),
        helper=(act("geen datum", None, Owner.CASEWORKER), act("nu", 1, Owner.CASEWORKER)),
    )

    assert [a.title for a in summary.client_actions] == ["eerst", "later"]
    assert [a.title for a in summary.helper_actions] == ["nu", "geen datum"]


def test_summary_my_actions_merge_hers_and_her_partners_by_date() -> None:
    summary = summary_of(
        client=(act("zij later", 9), act("zij eerst", 1)),
        partner=(act("hij", 5, Owner.PARTNER),),
    )

    assert [a.title for a in my_actions(summary)] == ["zij eerst", "hij", "zij later"]


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (date(2026, 12, 4), "vrijdag 4 december"),
        (date(2026, 11, 30), "maandag 30 november"),
        (date(2026, 3, 1), "zondag 1 maart"),
        (date(2027, 1, 8), "vrijdag 8 januari 2027"),
        (date(2025, 8, 6), "woensdag 6 augustus 2025"),
    ],
)
def test_summary_day_text_is_weekday_day_and_month_with_the_year_only_for_another_year(
    day: date, text: str
) -> None:
    assert day_text(day, TODAY) == text


def test_summary_due_text_says_before_which_day() -> None:
    assert due_text(act("x", 7), TODAY) == "vóór vrijdag 4 december"


def test_summary_due_text_never_says_today_or_tomorrow() -> None:
    # She may read the page days later: "morgen" would then be wrong.
    assert due_text(act("x", 0), TODAY) == "vóór vrijdag 27 november"
    assert due_text(act("x", 1), TODAY) == "vóór zaterdag 28 november"


def test_summary_due_text_of_an_overdue_action_asks_for_it_calmly() -> None:
    text = due_text(act("x", -3), TODAY)

    assert text == "zo snel mogelijk (dit was vóór dinsdag 24 november)"


def test_summary_due_text_is_empty_without_a_date() -> None:
    assert due_text(act("x", None), TODAY) == ""


def test_summary_due_text_of_a_done_action_says_it_is_done() -> None:
    assert due_text(act("x", -3, done_on=TODAY), TODAY) == DONE


def test_summary_action_detail_puts_the_note_after_the_date() -> None:
    action = act("UWV-beschikking inleveren", 7, Owner.PARTNER, note_for_client="Dit doet Mark.")

    assert action_detail(action, TODAY) == "Vóór vrijdag 4 december. Dit doet Mark."
    assert action_detail(act("x", None), TODAY) == ""


@pytest.mark.parametrize(
    ("agreed", "points"),
    [
        ("- Eén\n- Twee", ("Eén", "Twee")),
        ("• Eén\n\n  * Twee  \n", ("Eén", "Twee")),
        ("1. Eén\n2) Twee\n(3) Drie", ("Eén", "Twee", "Drie")),
        ("a. Eén\n– Twee\n— Drie", ("Eén", "Twee", "Drie")),
        ("Alles in één zin. Met een tweede zin.", ("Alles in één zin. Met een tweede zin.",)),
        ("12,50 per maand aflossen", ("12,50 per maand aflossen",)),
        ("-5 graden buiten", ("-5 graden buiten",)),
        ("", ()),
        (None, ()),
    ],
)
def test_summary_split_points_one_per_line_without_what_was_typed_before_it(
    agreed: str | None, points: tuple[str, ...]
) -> None:
    assert split_points(agreed) == points


@pytest.mark.parametrize(
    ("first_names", "name"),
    [("Mark Johannes", "Mark"), ("  Tanya ", "Tanya"), ("", None), (None, None)],
)
def test_summary_first_name_of_is_the_first_of_the_first_names(
    first_names: str | None, name: str | None
) -> None:
    assert first_name_of(first_names) == name


def test_summary_partner_note_names_the_partner_or_says_je_partner() -> None:
    assert partner_note("Mark") == "Dit doet Mark."
    assert partner_note(None) == "Dit doet je partner."


@pytest.mark.parametrize(
    ("owners", "needed"),
    [
        ((Owner.CASEWORKER, Owner.ADMINISTRATOR), True),
        ((Owner.ADMINISTRATOR, Owner.ADMINISTRATOR), False),
        ((Owner.CASEWORKER,), False),
        ((), False),
    ],
)
def test_summary_helpers_need_names_only_when_caseworker_and_administrator_both_act(
    owners: tuple[str, ...], needed: bool
) -> None:
    assert helpers_need_names(owners) is needed


def test_summary_greeting_names_her_the_kind_and_the_day() -> None:
    summary = summary_of()

    assert greeting(summary) == (
        "Tanya, dit is de samenvatting van ons intakegesprek op vrijdag 27 november."
    )
    assert greeting(summary, with_name=False).startswith("Dit is de samenvatting")
    assert greeting(summary_of(first_name=None)).startswith("Dit is de samenvatting")


@pytest.mark.parametrize(
    ("contact", "line"),
    [
        (
            Contact("Alex de Ridder", "079 346 87 00", "ma t/m do 9:00-12:00"),
            "Vragen? Bel Alex de Ridder: 079 346 87 00 (ma t/m do 9:00-12:00).",
        ),
        (Contact("Alex", "079 346 87 00", None), "Vragen? Bel Alex: 079 346 87 00."),
        (Contact(None, "079 346 87 00", None), "Vragen? Bel je hulpverlener: 079 346 87 00."),
        (Contact("Alex", None, "ma-do"), "Vragen? Vraag het aan Alex."),
        (Contact(), "Vragen? Neem contact op met je hulpverlener."),
    ],
)
def test_summary_contact_line_says_whom_to_call_and_when(contact: Contact, line: str) -> None:
    assert contact_line(contact) == line


def test_summary_next_conversation_line_only_when_one_is_planned() -> None:
    planned = summary_of(next_conversation=date(2026, 12, 15))

    assert next_conversation_line(planned) == "Ons volgende gesprek is op dinsdag 15 december."
    assert next_conversation_line(summary_of()) is None


def test_summary_file_names_and_title_hold_the_date_not_her_name() -> None:
    summary = summary_of()

    assert pdf_file_name(summary) == "afspraken-2026-11-27.pdf"
    assert eml_file_name(summary) == "afspraken-2026-11-27.eml"
    assert document_title(summary) == "Afspraken van het gesprek op 27 november 2026"
    assert subject(summary) == "Afspraken van ons gesprek op vrijdag 27 november"


def test_summary_plain_text_lists_every_action_under_its_heading_with_its_date() -> None:
    summary = summary_of(
        client=(act("Loonstroken inleveren", 7),),
        partner=(
            act("UWV-beschikking inleveren", 3, Owner.PARTNER, note_for_client="Dit doet Mark."),
        ),
        helper=(act("Saldo-opgave opvragen", 14, Owner.CASEWORKER),),
        agreed=("Geen nieuwe betalingsafspraken.",),
        next_conversation=date(2026, 12, 15),
    )

    text = plain_text(summary)
    mine, helper = text.split("Wat doet mijn hulpverlener?")

    assert text.startswith("Beste Tanya,\n")
    assert "- Geen nieuwe betalingsafspraken." in mine
    assert "- UWV-beschikking inleveren\n  Vóór maandag 30 november. Dit doet Mark.\n" in mine
    assert "- Loonstroken inleveren\n  Vóór vrijdag 4 december.\n" in mine
    assert mine.index("UWV-beschikking") < mine.index("Loonstroken")
    assert "- Saldo-opgave opvragen\n  Vóór vrijdag 11 december.\n" in helper
    assert "Ons volgende gesprek is op dinsdag 15 december." in helper
    assert "Vragen? Bel Alex de Ridder: 079 346 87 00 (ma t/m do 9:00-12:00)." in helper
    assert text.endswith("Met vriendelijke groet,\nAlex de Ridder\n")


def test_summary_plain_text_says_so_when_nobody_has_anything_to_do() -> None:
    text = plain_text(summary_of(first_name=None))

    assert text.startswith("Hallo,\n")
    assert f"Wat doe ik?\n{NOTHING_MINE}\n" in text
    assert f"Wat doet mijn hulpverlener?\n{NOTHING_HELPER}\n" in text
    assert "Wat hebben we afgesproken?" not in text
