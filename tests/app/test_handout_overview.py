"""The dossier overview for the receiving desk: complete, totals exact, BSN masked, confidential."""

from __future__ import annotations

import re
import subprocess
import tempfile
import uuid
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from builders import add_client
from sqlmodel import select
from summary_builders import TODAY, add_action, pdf_fonts, pdf_info, pdf_words, render_png

from app.budget import list_budget
from app.debts import list_debts
from app.demo import SAMIRA_ID, TANYA_ID, install_demo
from app.errors import NotFoundError
from app.handout_overview import mask_or_show_bsn, overview_pdf
from models.codes import DEBT_STATUS_LABELS, ChecklistState
from models.debts import debt_totals
from models.tables import ChecklistItem, Debt
from models.values import format_money

TANYA_BSN, MARK_BSN = "111222333", "123456782"
ACTION_NOTE = "Bellen na half tien, dan zijn de kinderen naar school"


def money(amount: Decimal) -> str:
    """An amount as the extracted words show it (the no-break space read as a space)."""
    return format_money(amount).replace("\u00a0", " ")


def layout_rows(pdf: bytes) -> list[str]:
    """The PDF's lines as pdftotext -layout keeps them (a table row on one line), spaces joined.

    Plain reading order may put a footer between a table's last cells; a row keeps together.
    """
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "overzicht.pdf"
        path.write_bytes(pdf)
        out = subprocess.run(
            ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
            capture_output=True,
            check=True,
        ).stdout.decode("utf-8")
    return [" ".join(line.split()) for line in out.splitlines() if line.strip()]


def has_row(pdf: bytes, *cells: str) -> bool:
    """Whether one line of the PDF holds these cells, in this order."""
    pattern = re.compile(".*".join(re.escape(cell) for cell in cells))
    return any(pattern.search(row) for row in layout_rows(pdf))


def has_cells(row: str, *cells: str) -> bool:
    """Whether a row starts with these cells, each whole."""
    return re.match(" ".join(re.escape(cell) for cell in cells) + r"(?!\S)", row) is not None


@pytest.fixture
def demo(db) -> None:
    install_demo(db, today=TODAY)


@pytest.fixture
def tanya_pdf(db, demo) -> bytes:
    add_action(db, TANYA_ID, "Huurspecificatie opvragen", due_on=TODAY, note=ACTION_NOTE)
    return overview_pdf(db, TANYA_ID, today=TODAY)


def test_overview_grand_total_equals_the_debt_tables(db, tanya_pdf) -> None:
    rows = list_debts(db, TANYA_ID, today=TODAY).rows
    totals = debt_totals((r.status, r.category, r.preferential, r.total) for r in rows)
    words = pdf_words(tanya_pdf)

    assert totals.total > 0
    assert words.count(f"Totaal ({len(rows)} schulden) {money(totals.total)}") == 2
    assert has_row(tanya_pdf, "Preferent", money(totals.preferential))
    assert has_row(tanya_pdf, "Concurrent", money(totals.concurrent))


def test_overview_totals_by_status_equal_the_debt_tables(db, tanya_pdf) -> None:
    rows = list_debts(db, TANYA_ID, today=TODAY).rows
    by_status = debt_totals((r.status, r.category, r.preferential, r.total) for r in rows).by_status
    assert len(by_status) > 1
    for status, amount in by_status.items():
        assert has_row(tanya_pdf, DEBT_STATUS_LABELS[status], money(amount)), status


def test_overview_lists_every_debt_with_creditor_reference_and_total(db, tanya_pdf) -> None:
    # A long name or reference wraps inside its narrow cell, also within a word.
    packed = "".join(pdf_words(tanya_pdf).split())

    for row in list_debts(db, TANYA_ID, today=TODAY).rows:
        assert "".join(row.creditor_name.split()) in packed
        assert "".join(money(row.total).split()) in packed
        assert (row.reference or "") in packed


def test_overview_marks_a_stale_balance_and_lists_measures(db) -> None:
    client_id = add_client(
        db, debts=(("Woonstad", "1200.50"),), enforcement=("eviction", date(2026, 10, 1))
    )
    with db.session() as session:
        debt = session.exec(select(Debt).where(Debt.client_id == client_id)).one()
        debt.confirmed_on = TODAY - timedelta(days=200)
        debt.reference = "HUUR-2026-17"

    pdf = overview_pdf(db, client_id, today=TODAY)
    words = pdf_words(pdf)

    assert has_row(pdf, "Woonstad", "HUUR-2026-", f"{(TODAY - timedelta(days=200)):%d-%m-%Y}")
    assert "verlopen" in words
    assert "Ontruiming, sinds 01-10-2026 (crisis)" in words


def test_overview_masks_the_bsn_of_client_and_partner_by_default(tanya_pdf) -> None:
    words = pdf_words(tanya_pdf)

    assert TANYA_BSN not in words
    assert MARK_BSN not in words
    assert has_row(tanya_pdf, "BSN", "******333", "******782")


def test_overview_shows_the_whole_bsn_when_chosen(db, demo) -> None:
    pdf = overview_pdf(db, TANYA_ID, today=TODAY, show_bsn=True)

    assert has_row(pdf, "BSN", TANYA_BSN, MARK_BSN)


@pytest.mark.parametrize(
    ("bsn", "show", "printed"),
    [
        ("111222333", False, "******333"),
        ("111222333", True, "111222333"),
        ("123456789", False, "******789"),  # fails the elfproef: still masked, never shown
        (None, False, "–"),
    ],
)
def test_overview_bsn_is_masked_even_when_it_is_invalid(
    bsn: str | None, show: bool, printed: str
) -> None:
    assert mask_or_show_bsn(bsn, show=show) == printed


def test_overview_says_vertrouwelijk_date_and_page_x_of_y_on_every_page(tanya_pdf) -> None:
    pages = int(pdf_info(tanya_pdf)["Pages"])

    assert pages > 1
    for page in range(1, pages + 1):
        words = pdf_words(tanya_pdf, page=page)
        assert "Vertrouwelijk" in words
        assert f"Pagina {page} van {pages}" in words
        assert "Gemaakt op 27-11-2026" in words


def test_overview_has_personal_data_household_contact_and_budget(db, tanya_pdf) -> None:
    totals = list_budget(db, TANYA_ID).totals

    assert has_row(tanya_pdf, "Naam", "Tanya Verhoef", "Mark Johannes de Bruijn")
    assert has_row(tanya_pdf, "Geboortedatum", "19-07-1984", "29-04-1982")
    assert has_row(tanya_pdf, "Kind", "Sem de Bruijn", "30-09-2012 (14 jaar)")
    assert has_row(tanya_pdf, "Bewind", "Geen bewind, mentorschap of curatele")
    assert has_row(tanya_pdf, "Contactpersoon", "Alex de Ridder")
    assert has_row(tanya_pdf, "Totaal", money(totals.income))
    assert has_row(tanya_pdf, "Totaal", money(totals.expenses))
    assert totals.balance > 0
    assert has_row(tanya_pdf, "Over per maand", money(totals.balance))


def test_overview_shows_the_administration_of_a_client_under_bewind(db, demo) -> None:
    pdf = overview_pdf(db, SAMIRA_ID, today=TODAY)

    assert has_row(pdf, "Soort", "Beschermingsbewind")
    assert has_row(pdf, "Bewindvoerder", "Jolanda de Wit")


def test_overview_without_a_checklist_says_none_is_chosen(db, demo) -> None:
    assert "Checklist van de balie Nog geen checklist gekozen." in pdf_words(
        overview_pdf(db, SAMIRA_ID, today=TODAY)
    )


def test_overview_shows_the_checklists_state_in_the_desks_order(db, demo) -> None:
    with db.session() as session:
        for row in session.exec(select(ChecklistItem).where(ChecklistItem.client_id == TANYA_ID)):
            session.delete(row)  # the demo's full checklist makes way for the short one
        for item, state, not_applicable in (
            ("inkomensspecificatie", ChecklistState.OPEN, False),
            ("identiteitsbewijs", ChecklistState.CHECKED, False),
            ("aanvraag_ondertekend", ChecklistState.SUPPLIED, False),
            ("huurspecificatie", ChecklistState.OPEN, True),
        ):
            session.add(
                ChecklistItem(
                    client_id=TANYA_ID,
                    template="kort",
                    item=item,
                    state=state,
                    not_applicable=not_applicable,
                )
            )

    pdf = overview_pdf(db, TANYA_ID, today=TODAY)
    rows = layout_rows(pdf)
    order = [
        next(
            i
            for i, row in enumerate(rows)
            if re.match(rf"{re.escape(title)} {re.escape(state)}(?!\S)", row)
        )
        for title, state in (
            ("Identiteitsbewijs", "Gecontroleerd"),
            ("Ondertekende aanvraag", "Aangeleverd"),
            ("Inkomensspecificatie", "Open"),
            ("Huurspecificatie", "n.v.t."),
        )
    ]

    assert "3 van 4 onderdelen aangeleverd of niet van toepassing" in pdf_words(pdf)
    assert order == sorted(order)


def test_overview_lists_open_and_done_actions(tanya_pdf) -> None:
    words = pdf_words(tanya_pdf)
    open_part, _, done_part = words.partition("Gedane actie")

    assert "Huurspecificatie opvragen" in open_part
    assert ACTION_NOTE in open_part
    assert "te laat" in open_part
    assert "BKR-overzicht opvragen" in done_part


def test_overview_shows_the_route_the_current_phase_setbacks_and_deadlines(tanya_pdf) -> None:
    rows = layout_rows(tanya_pdf)
    current = next(i for i, row in enumerate(rows) if row.startswith("7 Stabilisatie"))

    assert rows[current] == "7 Stabilisatie Intake en stabilisatie 02-10-2026"
    assert rows[current + 1] == "huidige fase"
    assert "1 Vroegsignalering Nog niet in beeld 28-10-2024" in rows
    assert "9 Plan van aanpak en overdracht PLANgroep Schuldregeling –" in rows
    assert has_row(tanya_pdf, "18-09-2026", "Tegenslag", "Intake", "Dwangbevel van de Belasting")
    assert has_row(tanya_pdf, "Eerste gesprek", "28-07-2026", "gehaald op 03-07-2026")


def test_overview_embeds_every_font_and_has_a_title_without_her_name(tanya_pdf) -> None:
    assert pdf_fonts(tanya_pdf)
    assert all(embedded for _, embedded in pdf_fonts(tanya_pdf))
    assert pdf_info(tanya_pdf)["Title"] == "Dossieroverzicht"
    assert b"/Lang (nl)" in tanya_pdf


def test_overview_first_page_renders(tanya_pdf) -> None:
    assert render_png(tanya_pdf, dpi=40).startswith(b"\x89PNG")


def test_overview_of_an_empty_dossier_says_what_is_missing(db) -> None:
    client_id = add_client(db)

    pdf = overview_pdf(db, client_id, today=TODAY)
    words = pdf_words(pdf)

    assert "Geen schulden in het dossier." in words
    assert "Geen andere leden van het huishouden." in words
    assert "Geen open acties." in words
    assert "Nog geen checklist gekozen." in words
    assert has_row(pdf, "Over per maand", "€ 0,00")


def test_overview_of_many_debts_adds_up_over_several_pages(db) -> None:
    amounts = [f"{n * 37}.{n % 100:02d}" for n in range(1, 121)]
    client_id = add_client(
        db, debts=tuple((f"Schuldeiser {n:03d}", a) for n, a in enumerate(amounts))
    )
    pdf = overview_pdf(db, client_id, today=TODAY)
    total = sum((Decimal(a) for a in amounts), Decimal("0.00"))

    assert int(pdf_info(pdf)["Pages"]) > 3
    assert f"Totaal (120 schulden) {money(total)}" in pdf_words(pdf)


def test_overview_of_an_unknown_client_is_refused(db) -> None:
    with pytest.raises(NotFoundError):
        overview_pdf(db, uuid.uuid4(), today=TODAY)
