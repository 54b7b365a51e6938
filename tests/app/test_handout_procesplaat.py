"""The printed procesplaat: what it says, what it never says, its pages, fonts and picture."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import uuid
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from summary_builders import (
    INTERNAL_NOTE,
    TODAY,
    add_action,
    add_client,
    pdf_fonts,
    pdf_info,
    pdf_words,
    render_png,
)

from app.db import Database
from app.debts import list_debts
from app.demo import install_demo
from app.dossier_json import read_dossier
from app.errors import UserError
from app.handout_boxes import Box, Entry, plan_box
from app.handout_procesplaat import (
    hide_amounts,
    page_route_layout,
    procesplaat_page,
    procesplaat_pdf,
)
from app.handout_route_layout import deadline_words, month_span, place_quotes, route_layout
from app.praatplaat import add_goal
from app.procesplaat import timeline_of
from app.resources import load_process
from models.codes import Owner
from models.debts import debt_totals
from models.tables import Creditor, Debt, JourneyEvent
from models.timeline import ActionInput, EventInput, Timeline, build_timeline
from models.values import format_money

INTERNAL_EVENT = "Intern: vermoeden van verzwegen inkomsten"
SETBACK_TEXT = "Dwangbevel van de Belastingdienst, beslag dreigt"
MILESTONE_TEXT = "Moratorium aangevraagd bij de rechtbank"
HER_WORDS = "Kom ik hier ooit vanaf?"
GOAL = "Rust in mijn hoofd"
NEXT_TITLE = "Stap 9: Ik word overgedragen naar de plangroep"

#: (phase, entered on, what the caseworker wrote, her words, mood) of the route so far.
ROUTE = (
    ("problemen", date(2025, 3, 1), "Faillissement van het bedrijf", HER_WORDS, 1),
    ("hulp_zoeken", date(2026, 5, 11), INTERNAL_EVENT, "Help, ik verzuip!", 1),
    ("contact_gemeente", date(2026, 6, 30), None, "Er werd naar me geluisterd.", 3),
    ("toegelaten", date(2026, 7, 3), None, "Ik kan weer ademen!", 5),
    ("gegevens_verzamelen", date(2026, 7, 10), None, None, 3),
    ("intake", date(2026, 9, 4), None, "Ik voelde me een mens.", 4),
    ("acties_wachten", date(2026, 10, 2), None, "Het mag sneller.", 3),
)


def add_event(db: Database, client_id: uuid.UUID, **fields: object) -> None:
    with db.session() as session:
        session.add(JourneyEvent(client_id=client_id, **fields))


def add_debt(db: Database, client_id: uuid.UUID, name: str, total: str, status: str) -> None:
    with db.session() as session:
        creditor = Creditor(name=name, kind="other")
        session.add(creditor)
        session.flush()
        session.add(
            Debt(client_id=client_id, creditor_id=creditor.id, total=Decimal(total), status=status)
        )


def add_route_client(db: Database) -> uuid.UUID:
    """Tanya in phase 7 on TODAY: her route with words, a setback and a milestone whose
    descriptions are internal, actions with internal notes, goals, debts and a contact."""
    client_id = add_client(db, partner="Mark Johannes")
    for phase, on, text, words, mood in ROUTE:
        add_event(
            db,
            client_id,
            phase=phase,
            kind="entered",
            occurred_on=on,
            text=text,
            client_words=words,
            mood=mood,
        )
    add_event(
        db,
        client_id,
        phase="intake",
        kind="setback",
        occurred_on=date(2026, 9, 18),
        text=SETBACK_TEXT,
        client_words="Laten ze me nooit met rust?",
        mood=1,
    )
    add_event(
        db, client_id, phase="toegelaten", kind="milestone", occurred_on=date(2026, 7, 4),
        text=MILESTONE_TEXT,
    )  # fmt: skip
    add_action(
        db, client_id, "Post meenemen", Owner.CLIENT, due_on=TODAY + timedelta(9),
        note=INTERNAL_NOTE,
    )  # fmt: skip
    add_action(db, client_id, "UWV-beschikking inleveren", Owner.PARTNER, due_on=TODAY)
    add_action(
        db, client_id, "Saldo-opgave nabellen", Owner.CASEWORKER, due_on=TODAY + timedelta(3),
        note="Intern: schuldeiser reageert nooit",
    )  # fmt: skip
    add_action(db, client_id, "BKR-overzicht opvragen", due_on=TODAY, done_on=TODAY)
    add_goal(db, client_id, text=GOAL, on=date(2026, 9, 4))
    add_debt(db, client_id, "Belastingdienst", "12345.67", "reported")
    add_debt(db, client_id, "Woonstichting", "1000.01", "confirmed")
    add_debt(db, client_id, "Zilveren Kruis", "250.00", "settled")
    return client_id


@pytest.fixture
def tanya(db: Database) -> uuid.UUID:
    return add_route_client(db)


# ---------------------------------------------------------------------------------------------
# What it says


def test_procesplaat_says_where_she_is_and_her_next_step(db, tanya) -> None:
    text = pdf_words(procesplaat_pdf(db, tanya, today=TODAY))

    assert "Tanya" in text
    assert "Je bent hier: stap 7, Ik voer acties uit en wacht" in text
    assert NEXT_TITLE in text
    assert "Ik lever ontbrekende papieren snel in." in text  # what she can do herself


def test_procesplaat_holds_her_words_goals_actions_and_contact(db, tanya) -> None:
    text = pdf_words(procesplaat_pdf(db, tanya, today=TODAY))

    assert f"“{HER_WORDS}”" in text
    assert GOAL in text
    assert "Post meenemen Vóór zondag 6 december" in text
    assert "UWV-beschikking inleveren Vóór vrijdag 27 november Dit doet Mark." in text
    assert "Saldo-opgave nabellen Vóór maandag 30 november" in text
    assert "BKR-overzicht opvragen" not in text  # done
    assert "Vragen? Bel Alex de Ridder: 079 346 87 00 (ma t/m do 9:00-12:00)." in text


def test_procesplaat_names_events_by_their_kind_only(db, tanya) -> None:
    text = pdf_words(procesplaat_pdf(db, tanya, today=TODAY))

    assert "Tegenslag" in text
    assert "Mijlpaal" in text
    for internal in (INTERNAL_EVENT, SETBACK_TEXT, MILESTONE_TEXT, "Faillissement"):
        assert internal not in text


def test_procesplaat_leaves_out_action_notes_and_personal_numbers(db, tanya) -> None:
    text = pdf_words(procesplaat_pdf(db, tanya, today=TODAY, amounts=True))

    assert INTERNAL_NOTE not in text
    assert "schuldeiser reageert nooit" not in text
    assert "Intern" not in text
    assert "111222333" not in text  # her BSN


def test_procesplaat_of_the_demo_shows_no_internal_text(db) -> None:
    tanya = install_demo(db, today=TODAY)[0][0]
    dossier = read_dossier(db, tanya, today=TODAY)
    internal = [e["text"] for e in dossier["journey"]["events"] if e["text"]]
    internal += [a["note"] for a in dossier["actions"] if a["note"]]

    text = pdf_words(procesplaat_pdf(db, tanya, today=TODAY, amounts=True))

    assert internal, "the demo should have internal texts to leave out"
    assert [line for line in internal if " ".join(line.split()) in text] == []
    assert "Je bent hier: stap 7, Ik voer acties uit en wacht" in text


def test_procesplaat_has_no_amount_unless_chosen(db, tanya) -> None:
    add_action(db, tanya, "Elke maand € 25,- sparen", Owner.CLIENT, due_on=TODAY)

    text = pdf_words(procesplaat_pdf(db, tanya, today=TODAY))

    assert "€" not in text
    assert "Elke maand (bedrag) sparen" in text


def test_procesplaat_with_amounts_shows_the_open_total_of_the_debt_table(db, tanya) -> None:
    rows = list_debts(db, tanya, today=TODAY).rows
    totals = debt_totals((r.status, r.category, r.preferential, r.total) for r in rows)

    text = pdf_words(procesplaat_pdf(db, tanya, today=TODAY, amounts=True))

    assert totals.open_total == Decimal("13345.68")
    assert procesplaat_page(db, tanya, today=TODAY, amounts=True).total == totals.open_total
    # pdf_words reads the no-break space in "€ 13.345,68" as a space, as split() does.
    assert f"Je schulden samen: {' '.join(format_money(totals.open_total).split())}" in text


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("Betaal € 25,- aan het CJIB", "Betaal (bedrag) aan het CJIB"),
        ("€25 per maand opzij", "(bedrag) per maand opzij"),
        ("Ik heb 60.000 euro schuld", "Ik heb (bedrag) schuld"),
        ("EUR 12,50 terugvragen", "(bedrag) terugvragen"),
        ("Bel 14 079 voor 3 december", "Bel 14 079 voor 3 december"),
    ],
)
def test_hide_amounts_replaces_every_amount_and_nothing_else(typed, printed) -> None:
    assert hide_amounts(typed) == printed


def test_procesplaat_shows_deadlines_still_to_meet_in_plain_words(db) -> None:
    client_id = add_client(db)
    add_event(db, client_id, phase="contact_gemeente", kind="entered", occurred_on=TODAY)

    text = pdf_words(procesplaat_pdf(db, client_id, today=TODAY))

    # Four weeks end on Christmas Day: the term runs on to the next working day.
    assert "Eerste gesprek vóór maandag 28 december" in text
    assert "Besluit of je hulp krijgt: vóór vrijdag 22 januari 2027" in text


def test_procesplaat_leaves_off_deadlines_already_met(db, tanya) -> None:
    text = pdf_words(procesplaat_pdf(db, tanya, today=TODAY))

    assert "Eerste gesprek" not in text
    assert "Besluit" not in text


def test_deadline_words_say_when_one_is_late() -> None:
    template = load_process("schuldhulp")
    entered = [
        EventInput("a", "contact_gemeente", "entered", date(2026, 9, 1)),
    ]
    timeline = build_timeline(template, entered, [], today=TODAY)
    first = next(d for d in timeline.deadlines if d.kind == "first_conversation")

    assert deadline_words(first, TODAY) == "Eerste gesprek vóór dinsdag 29 september (te laat)"


def test_month_span_says_a_phase_in_months() -> None:
    assert month_span(date(2024, 10, 28), date(2026, 5, 11)) == "okt 2024 – mei 2026"
    assert month_span(date(2026, 5, 11), date(2026, 6, 30)) == "mei – jun 2026"
    assert month_span(date(2026, 7, 3), date(2026, 7, 10)) == "jul 2026"


# ---------------------------------------------------------------------------------------------
# The document


@pytest.mark.parametrize(
    ("size", "points"), [("A4", "841.89 x 595.276"), ("A3", "1190.55 x 841.89")]
)
def test_procesplaat_is_one_landscape_page_of_the_size_chosen(db, tanya, size, points) -> None:
    info = pdf_info(procesplaat_pdf(db, tanya, today=TODAY, size=size))

    assert info["Pages"] == "1"
    assert info["Page size"] == f"{points} pts ({size})"


def test_procesplaat_embeds_every_font_and_says_it_is_dutch(db, tanya) -> None:
    pdf = procesplaat_pdf(db, tanya, today=TODAY, size="A3", amounts=True)
    fonts = pdf_fonts(pdf)

    assert fonts
    assert all(embedded for _, embedded in fonts)
    assert all("DejaVuSans" in name for name, _ in fonts)
    assert b"/Lang (nl)" in pdf
    assert "Tanya" not in pdf_info(pdf)["Title"]  # the title travels with the file


@pytest.mark.parametrize("size", ["A4", "A3"])
def test_procesplaat_page_renders(db, tanya, size) -> None:
    png = render_png(procesplaat_pdf(db, tanya, today=TODAY, size=size), dpi=30)

    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert width > height  # landscape


def test_procesplaat_of_a_client_without_a_route_yet_prints_her_first_step(db) -> None:
    client_id = add_client(db, first_names=None, contact=(None, None, None))

    text = pdf_words(procesplaat_pdf(db, client_id, today=TODAY))

    assert "Verhoef" in text  # no first name known: her last name
    assert "Je eerste stap: stap 1, Ik heb financiële problemen" in text
    assert "Je hoeft nu niets te doen." in text
    assert "Vragen? Neem contact op met je hulpverlener." in text


def test_procesplaat_refuses_another_page_size(db, tanya) -> None:
    with pytest.raises(UserError, match="A4 of A3"):
        procesplaat_pdf(db, tanya, today=TODAY, size="Letter")


def word_boxes(pdf: bytes) -> list[tuple[str, float, float, float]]:
    """Every word with its left, top and height in points, as pdftotext -bbox reads them."""
    assert shutil.which("pdftotext"), "pdftotext is missing: install poppler-utils"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.pdf"
        path.write_bytes(pdf)
        html = subprocess.run(
            ["pdftotext", "-bbox", str(path), "-"], capture_output=True, check=True
        ).stdout.decode("utf-8")
    pattern = r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>'
    return [
        (word, float(x), float(top), float(bottom) - float(top))
        for x, top, bottom, word in re.findall(pattern, html)
    ]


def test_a3_draws_the_same_page_in_larger_type(db, tanya) -> None:
    def heading(size: str) -> tuple[str, float, float, float]:
        pdf = procesplaat_pdf(db, tanya, today=TODAY, size=size)
        return next(w for w in word_boxes(pdf) if w[0] == "Je")

    a4, a3 = heading("A4"), heading("A3")

    assert a3[3] / a4[3] == pytest.approx(2**0.5, rel=0.02)
    assert a3[1] / a4[1] == pytest.approx(2**0.5, rel=0.02)


# ---------------------------------------------------------------------------------------------
# The picture: the same layout as the screen


def test_printed_phases_are_the_timelines_in_the_same_order(db) -> None:
    tanya = install_demo(db, today=TODAY)[0][0]
    dossier = read_dossier(db, tanya, today=TODAY)
    timeline = timeline_of(dossier, load_process(), TODAY)
    layout = page_route_layout(timeline)

    assert [p.key for p in layout.phases] == [box.key for box in timeline.phases]
    assert [p.left for p in layout.phases] == sorted(p.left for p in layout.phases)
    pdf = procesplaat_pdf(db, tanya, today=TODAY)
    printed = [
        int(word.lstrip("✓"))
        for word, x, top, _ in sorted(word_boxes(pdf), key=lambda w: w[1])
        if layout.box_top <= top <= layout.box_top + 15  # the row of the phase numbers
        and word.lstrip("✓").isdigit()
        and any(p.left <= x <= p.left + 20 for p in layout.phases)  # not "7 te doen"
    ]
    assert printed == [box.number for box in timeline.phases]
    assert "7 te doen" in pdf_words(pdf)


def crowded_timeline() -> Timeline:
    """Twelve events with her words, days apart in one phase: quotes that would collide."""
    template = load_process("schuldhulp")
    events = [EventInput("e0", "intake", "entered", date(2026, 9, 1), client_words="Begin", mood=3)]
    events += [
        EventInput(
            f"e{n}",
            "intake",
            "note" if n % 2 else "setback",
            date(2026, 9, 1) + timedelta(days=n),
            text="Intern",
            client_words=f"Dit zijn mijn woorden nummer {n}, en ze zijn lang",
            mood=1 + n % 5,
        )
        for n in range(1, 12)
    ]
    actions = [ActionInput("a", "Iets", "client", "intake")]
    return build_timeline(template, events, actions, today=date(2026, 9, 20))


def test_quotes_on_the_curve_never_overlap_nor_leave_the_page() -> None:
    timeline = crowded_timeline()
    quotes = place_quotes(timeline, left=34, unit=77.4, right=808, mood_top=300)

    assert len(quotes) >= 2
    for number, a in enumerate(quotes):
        assert a.left + a.width <= 808
        for b in quotes[number + 1 :]:
            apart = (
                a.left + a.width <= b.left
                or b.left + b.width <= a.left
                or a.top + a.height <= b.top
                or b.top + b.height <= a.top
            )
            assert apart, (a, b)


def test_route_layout_uses_the_screens_quote_placement() -> None:
    timeline = crowded_timeline()
    layout = route_layout(timeline, left=34, top=140, width=774)

    assert layout.quotes == place_quotes(
        timeline, left=34, unit=layout.unit, right=808, mood_top=layout.mood_top
    )
    assert all("Intern" not in mark.label for mark in layout.marks)
    assert {mark.kind for mark in layout.marks} == {"setback"}  # notes stay off paper


def test_a_box_never_cuts_a_point_and_counts_what_is_left_off() -> None:
    entries = tuple(
        Entry(f"Actie nummer {n} met een wat langere titel", "Vóór 4 december") for n in range(9)
    )
    box = Box("Wat doe ik?", entries, "Niets", more="En nog {n}. Die staan op je actielijst.")

    lines, hidden = plan_box(box, 180, 120)

    assert 0 < hidden < len(entries)
    more = [n for n, line in enumerate(lines) if line.text.startswith("En nog")]
    assert more == [len(lines) - 2]  # two lines at the end: "En nog 7. Die staan op je" ...
    assert lines[more[0]].text.startswith(f"En nog {hidden}.")
    assert all(line.top + 13.5 <= 120 for line in lines)
    shown = [line.text for line in lines if line.text.startswith("Actie nummer")]
    assert len(shown) == len(entries) - hidden
