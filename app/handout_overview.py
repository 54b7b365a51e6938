"""The dossier overview for the receiving desk (the bundle's overzicht.pdf): complete, compact."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.budget import Budget, BudgetRow, list_budget
from app.clients import get_client
from app.db import Database
from app.dossier_json import read_dossier
from app.handout_overview_tables import (
    MARGIN,
    NONE,
    action_tables,
    checklist_table,
    day,
    debt_table,
    facts,
    grid,
    heading,
    remark,
    route_table,
    totals_table,
)
from app.handout_overview_tables import _mm as mm_widths
from app.print_style import Audience, PdfInfo, build_pdf, para, text_styles
from app.resources import load_checklist, load_process
from models.budget import PERSON_LABELS, kind_label
from models.checklist import ChecklistTemplate
from models.codes import (
    ADMINISTRATION_LABELS,
    GENDER_LABELS,
    MARITAL_STATUS_LABELS,
    RELATION_LABELS,
    EventKind,
    label,
)
from models.debts import DebtTotals, debt_totals
from models.identifiers import format_iban, mask_bsn
from models.people import age_on, full_name
from models.template_reader import TemplateError
from models.values import InvalidValue, format_money

__all__ = ["TITLE", "mask_or_show_bsn", "overview_pdf", "overview_totals"]

TITLE = "Dossieroverzicht"


def mask_or_show_bsn(bsn: str | None, *, show: bool) -> str:
    """A BSN as the overview prints it: masked ("******333") unless asked; a dash when absent.

    An invalid BSN (from an old import) is masked the same way rather than shown.
    """
    if not bsn:
        return NONE
    if show:
        return bsn
    try:
        return mask_bsn(bsn)
    except InvalidValue:
        return "*" * max(0, len(bsn) - 3) + bsn[-3:]


def overview_totals(dossier: dict[str, Any]) -> DebtTotals:
    """The totals of the dossier's debts, exact: the same rule as the Schulden tab's."""
    return debt_totals(
        (d["status"], d["category"], bool(d["preferential"]), Decimal(d["total"]))
        for d in dossier["debts"]
    )


def overview_pdf(
    db: Database, client_id: uuid.UUID, *, today: date, show_bsn: bool = False
) -> bytes:
    """Everything in the dossier for the receiving desk, as an A4 PDF in compact type.

    Personal data (the BSN masked unless ``show_bsn``), partner and household, administration,
    contact person, income and expenses with the monthly balance, the creditor list with its
    totals, the checklist's state, the actions, the route and the deadlines. Every page says
    "Vertrouwelijk", the print date and "Pagina x van y".

    Raises:
        NotFoundError: The client does not exist (any more).
    """
    dossier = read_dossier(db, client_id, today=today)
    budget = list_budget(db, client_id)
    with db.session() as session:
        client = get_client(session, client_id)
        contact = (client.contact_name, client.contact_phone, client.contact_hours)
        referred_by = client.referred_by
    template = load_process(dossier["journey"]["process"])
    people = dossier["client"]
    styles = text_styles(Audience.DESK)
    name = full_name(people["first_names"], people["prefix"], people["last_name"])
    current = dossier["journey"]["current_phase"]
    phase = template.phase(current).caseworker_title if current else "nog geen fase"
    story: list[Flowable] = [
        para(f"{TITLE}: {name}", styles.title),
        para(f"Klant-id {people['id']} · huidige fase: {phase}", styles.small),
        *heading("Persoonsgegevens"),
        *_people(people, show_bsn),
        Spacer(1, 2 * mm),
        *_household(people["household"], today),
        *heading("Bewind en contactpersoon"),
        _administration(people["administration"], contact, referred_by),
        *heading("Inkomsten en uitgaven per maand"),
        *_budget(budget),
        *heading("Schulden"),
        *_debts(dossier, template, today),
        *heading("Checklist van de balie"),
        *checklist_table(dossier["checklist"], _checklist(dossier["checklist"])),
        *heading("Acties"),
        *action_tables(dossier["actions"], today=today),
        *heading("Route"),
        route_table(template, current, dossier["journey"]["events"]),
        *_events(dossier["journey"]["events"], template),
        *heading("Termijnen"),
        *_deadlines(dossier["deadlines"], today),
    ]
    info = PdfInfo(
        title=TITLE,
        subject="Overzicht van het dossier voor de balie: gegevens, schulden, acties en route",
        audience=Audience.DESK,
        printed_on=today,
        confidential=True,
    )
    return build_pdf(story, info, margin=MARGIN)


def _people(client: dict[str, Any], show_bsn: bool) -> list[Flowable]:
    """Client and partner side by side (the client alone without one), then the client's own."""
    partner = client["partner"]
    people = [client, partner] if partner else [client]

    def row(title: str, read: Callable[[dict[str, Any]], str | None]) -> list[str]:
        return [title, *(read(person) or "" for person in people)]

    address = client["address"]
    house = (address["street"], address["house_number"], address["house_number_suffix"])
    street = " ".join(part for part in house if part)
    place = " ".join(part for part in (address["postcode"], address["city"]) if part)
    marital = label(MARITAL_STATUS_LABELS, client["marital_status"])
    if marital and client["marital_status_since"]:
        marital += f", sinds {day(client['marital_status_since'])}"
    iban = client["iban"]
    with contextlib.suppress(InvalidValue):  # an invalid one from an import: as it is
        iban = format_iban(iban) if iban else None
    personal = [
        *([["", "Klant", "Partner"]] if partner else []),
        row("Naam", lambda p: full_name(p["first_names"], p["prefix"], p["last_name"])),
        row("Voorletters", lambda p: p["initials"]),
        row("Geslacht", lambda p: label(GENDER_LABELS, p["gender"])),
        row("Geboortedatum", lambda p: day(p["birth_date"])),
        row("BSN", lambda p: mask_or_show_bsn(p["bsn"], show=show_bsn)),
        row("Telefoon", lambda p: p["phone"]),
        row("E-mail", lambda p: p["email"]),
    ]
    own = [
        ["Burgerlijke staat", marital],
        ["Adres", ", ".join(part for part in (street, place) if part)],
        ["Bank", ", ".join(part for part in (iban, client["bank_name"]) if part)],
        *([] if partner else [["Partner", "geen"]]),
    ]
    widths = [40, 70, 70] if partner else [40, 140]
    return [facts(personal, mm_widths(widths)), facts(own, mm_widths([40, 140]))]


def _household(members: list[dict[str, Any]], today: date) -> list[Flowable]:
    if not members:
        return [remark("Geen andere leden van het huishouden.")]
    rows = []
    for member in members:
        born = member["birth_date"]
        age = f" ({age_on(date.fromisoformat(born), today)} jaar)" if born else ""
        rows.append([label(RELATION_LABELS, member["relation"]), member["name"], day(born) + age])
    return [grid(["Huishouden", "Naam", "Geboortedatum"], rows, mm_widths([40, 70, 70]))]


def _administration(
    administration: dict[str, Any] | None,
    contact: tuple[str | None, str | None, str | None],
    referred_by: str | None,
) -> Flowable:
    rows: list[list[str]] = []
    if administration is None:
        rows.append(["Bewind", "Geen bewind, mentorschap of curatele"])
    else:
        rows += [
            ["Soort", label(ADMINISTRATION_LABELS, administration["kind"])],
            ["Bewindvoerder", administration["administrator"] or ""],
            ["Organisatie", administration["organisation"] or ""],
            ["Datum beschikking", day(administration["decision_date"])],
        ]
    name, phone, hours = contact
    rows += [
        ["Contactpersoon", name or ""],
        ["Telefoon", phone or ""],
        ["Bereikbaar", hours or ""],
        ["Aangemeld door", referred_by or ""],
    ]
    return facts(rows, mm_widths([40, 140]))


def _budget(budget: Budget) -> list[Flowable]:
    """Income and expenses with their totals, then what is left (or short) each month."""

    def rows(items: tuple[BudgetRow, ...], side: str, total: Decimal) -> list[list[str]]:
        result = [
            [
                PERSON_LABELS.get(r.person, r.person),
                kind_label(side, r.kind),
                r.source or "",
                format_money(r.amount_per_month),
            ]
            for r in items
        ]
        return [*result, ["Totaal", "", "", format_money(total)]]

    widths = mm_widths([28, 52, 70, 30])
    totals = budget.totals
    balance = totals.balance
    words = "Over per maand" if balance >= 0 else "Tekort per maand"
    # Each list kept whole when it fits on a page: a total never stands alone under a header.
    return [
        KeepTogether(
            grid(
                ["Wie", "Inkomsten", "Van", "Per maand"],
                rows(budget.income, "income", totals.income),
                widths,
                right=(3,),
                totals=1,
            )
        ),
        Spacer(1, 2 * mm),
        KeepTogether(
            grid(
                ["Wie", "Uitgaven", "Aan", "Per maand"],
                rows(budget.expenses, "expense", totals.expenses),
                widths,
                right=(3,),
                totals=1,
            )
        ),
        Spacer(1, 2 * mm),
        grid(
            ["Saldo", "Per maand"],
            [[words, format_money(abs(balance))]],
            mm_widths([150, 30]),
            right=(1,),
            totals=1,
        ),
    ]


def _debts(dossier: dict[str, Any], template: Any, today: date) -> list[Flowable]:
    debts = dossier["debts"]
    if not debts:
        return [remark("Geen schulden in het dossier.")]
    names = {c["id"]: c["name"] for c in dossier["creditors"]}
    kinds = {c["id"]: c["kind"] for c in dossier["creditors"]}
    ordered = sorted(
        debts, key=lambda d: (names.get(d["creditor_id"], "").casefold(), d["reference"] or "")
    )

    def is_crisis(kind: str, creditor_id: str) -> bool:
        return bool(template.crisis_triggers_for(kind, kinds.get(creditor_id)))

    return [
        debt_table(ordered, names, is_crisis, today=today),
        Spacer(1, 3 * mm),
        totals_table(overview_totals(dossier)),
    ]


def _checklist(checklist: dict[str, Any] | None) -> ChecklistTemplate | None:
    if checklist is None:
        return None
    try:
        return load_checklist(checklist["template"])
    except TemplateError:  # a checklist this installation does not have: keys are printed
        return None


def _events(events: list[dict[str, Any]], template: Any) -> list[Flowable]:
    """Milestones and setbacks, with what happened."""
    wanted = (EventKind.MILESTONE.value, EventKind.SETBACK.value)
    rows = [
        [
            day(e["on"]),
            "Tegenslag" if e["kind"] == EventKind.SETBACK else "Mijlpaal",
            template.phase(e["phase"]).caseworker_title
            if template.has_phase(e["phase"])
            else e["phase"],
            e["text"] or NONE,
        ]
        for e in events
        if e["kind"] in wanted
    ]
    if not rows:
        return [remark("Geen mijlpalen of tegenslagen.")]
    return [
        Spacer(1, 2 * mm),
        grid(["Datum", "Soort", "Fase", "Wat er gebeurde"], rows, mm_widths([22, 22, 56, 80])),
    ]


def _deadlines(deadlines: list[dict[str, Any]], today: date) -> list[Flowable]:
    if not deadlines:
        return [remark("Nog geen termijnen: de route is nog niet begonnen.")]
    rows = []
    for deadline in deadlines:
        due = date.fromisoformat(deadline["due_on"])
        if deadline["met_on"]:
            state = f"gehaald op {day(deadline['met_on'])}"
        elif due < today:
            state = f"verlopen ({(today - due).days} dagen te laat)"
        else:
            state = f"nog {(due - today).days} dagen"
        rows.append([deadline["note"], day(deadline["due_on"]), state])
    return [KeepTogether([grid(["Termijn", "Uiterlijk", "Stand"], rows, mm_widths([90, 30, 60]))])]
