"""The desk overview's tables: the creditor list with its totals, checklist, actions and route."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Table

from app.print_style import (
    FONT_BOLD,
    INK,
    MUTED_INK,
    RULE,
    TINT,
    TINT_LIGHT,
    Audience,
    para,
    table_style,
    text_styles,
)
from models.checklist import ChecklistTemplate
from models.codes import (
    CATEGORY_LABELS,
    DEBT_STATUS_LABELS,
    DEBTOR_LABELS,
    ENFORCEMENT_LABELS,
    OWNER_LABELS,
    ChecklistState,
    Debtor,
    label,
)
from models.debts import DebtTotals, balance_is_stale
from models.process import ProcessTemplate
from models.values import format_date, format_money, sum_money

MARGIN = 15 * mm
WIDTH = A4[0] - 2 * MARGIN
NONE = "–"

_DESK = text_styles(Audience.DESK)
CELL = ParagraphStyle("overview-cell", parent=_DESK.body, fontSize=8, leading=10, spaceAfter=0)
CELL_BOLD = ParagraphStyle("overview-cell-bold", parent=CELL, fontName=FONT_BOLD)
CELL_SMALL = ParagraphStyle(
    "overview-cell-small", parent=CELL, fontSize=7, leading=8.6, textColor=MUTED_INK
)
#: A word the desk must not miss, such as "verlopen" under a stale balance date.
CELL_FLAG = ParagraphStyle(
    "overview-cell-flag", parent=CELL_SMALL, fontName=FONT_BOLD, textColor=INK
)
_RIGHT = ParagraphStyle("overview-cell-right", parent=CELL, alignment=TA_RIGHT)
_RIGHT_BOLD = ParagraphStyle("overview-cell-right-bold", parent=CELL_BOLD, alignment=TA_RIGHT)

CHECKLIST_STATE_LABELS: dict[str, str] = {
    ChecklistState.OPEN: "Open",
    ChecklistState.IN_PROGRESS: "Bezig",
    ChecklistState.SUPPLIED: "Aangeleverd",
    ChecklistState.CHECKED: "Gecontroleerd",
}


def day(text: str | None) -> str:
    """A dossier date ("2026-11-27") as a desk reads it ("27-11-2026"); a dash when absent."""
    return format_date(date.fromisoformat(text)) if text else NONE


def grid(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    right: Sequence[int] = (),
    totals: int = 0,
) -> Table:
    """A ruled table with a bold header that repeats on every page.

    Args:
        header: The column titles.
        rows: The cells: text (escaped, wrapped) or flowables.
        widths: The column widths; they add up to the page's width.
        right: The columns aligned right (amounts).
        totals: How many rows at the end are totals: bold, with a line above.
    """
    body_rows = len(rows) - totals

    def cell(value: Any, column: int, bold: bool) -> Any:
        if not isinstance(value, str):
            return value
        if column in right:
            return para(value, _RIGHT_BOLD if bold else _RIGHT)
        return para(value, CELL_BOLD if bold else CELL)

    data = [[cell(text, c, True) for c, text in enumerate(header)]]
    data += [
        [cell(value, c, index >= body_rows) for c, value in enumerate(row)]
        for index, row in enumerate(rows)
    ]
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), TINT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.2 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1.2 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 1 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2 * mm),
    ]
    if totals:
        commands += [
            ("LINEABOVE", (0, -totals), (-1, -totals), 0.8, RULE),
            ("BACKGROUND", (0, -totals), (-1, -1), TINT_LIGHT),
        ]
    table = Table(data, colWidths=list(widths), repeatRows=1)
    table.setStyle(table_style(Audience.DESK, *commands))
    return table


def facts(rows: Sequence[Sequence[str]], widths: Sequence[float]) -> Table:
    """Label-and-value rows (a label column in bold, then one or more value columns)."""
    data = [
        [para(row[0], CELL_BOLD), *(para(value or NONE, CELL) for value in row[1:])] for row in rows
    ]
    table = Table(data, colWidths=list(widths))
    table.setStyle(
        table_style(
            Audience.DESK,
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 1.5 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 0.8 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1 * mm),
        )
    )
    return table


def lines(main: str, *small: str | None) -> list[Flowable]:
    """A cell of one line of text and, under it, smaller grey lines (skipped when empty)."""
    return [para(main, CELL), *(para(text, CELL_SMALL) for text in small if text)]


def heading(text: str) -> list[Flowable]:
    """A section heading of the overview, never left alone at the foot of a page.

    A page break only when little room is left, rather than keep-with-next: that would move a
    heading with a long table whole to the next page and leave a page nearly empty.
    """
    return [CondPageBreak(30 * mm), para(text, _DESK.heading)]


def remark(text: str) -> Paragraph:
    """A line of plain text under a heading, such as "Nog geen checklist gekozen."."""
    return para(text, _DESK.body)


# ---------------------------------------------------------------------------------------------
# The creditor list


def debt_table(
    debts: Sequence[dict[str, Any]],
    names: dict[str, str],
    is_crisis: Callable[[str, str], bool],
    *,
    today: date,
) -> Table:
    """The creditor list: one row per debt, stale balance dates marked, measures listed.

    Args:
        debts: The dossier's debts, in the order to print.
        names: Creditor name per creditor id.
        is_crisis: Whether a measure (kind, creditor id) is a crisis under the process.
        today: The day staleness is judged.
    """
    rows = []
    for number, debt in enumerate(debts, start=1):
        confirmed = debt["confirmed_on"]
        stale = confirmed and balance_is_stale(date.fromisoformat(confirmed), today)
        flags = [
            label(CATEGORY_LABELS, debt["category"]),
            "preferent" if debt["preferential"] else "",
            "zakelijk" if debt["business"] else "",
            f"schuld van {label(DEBTOR_LABELS, debt['debtor']).lower()}"
            if debt["debtor"] != Debtor.CLIENT
            else "",
        ]
        measures = [
            para(_measure(m, is_crisis(m["kind"], debt["creditor_id"])), CELL)
            for m in debt["enforcement"]
        ]
        rows.append(
            [
                str(number),
                lines(
                    names.get(debt["creditor_id"], "?"),
                    ", ".join(f for f in flags if f),
                    debt["note"],
                ),
                names.get(debt["collector_id"], NONE) if debt["collector_id"] else NONE,
                lines(debt["reference"] or NONE, _customer(debt["customer_number"])),
                label(DEBT_STATUS_LABELS, debt["status"]),
                [para(day(confirmed), CELL), *([para("verlopen", CELL_FLAG)] if stale else [])],
                format_money(Decimal(debt["total"])),
                measures or NONE,
            ]
        )
    total = sum_money(Decimal(debt["total"]) for debt in debts)
    rows.append(["", f"Totaal ({len(debts)} schulden)", "", "", "", "", format_money(total), ""])
    widths = [8, 35, 23, 22, 21, 20, 24, 27]
    header = ["#", "Schuldeiser", "Incassant", "Kenmerk", "Status", "Saldo op", "Totaal"]
    table = grid([*header, "Maatregelen"], rows, _mm(widths), right=(0, 6), totals=1)
    table.setStyle(table_style(Audience.DESK, ("SPAN", (1, -1), (5, -1))))  # the total's label
    return table


def _customer(number: str | None) -> str | None:
    return f"klantnr. {number}" if number else None


def _measure(measure: dict[str, Any], crisis: bool) -> str:
    text = label(ENFORCEMENT_LABELS, measure["kind"])
    if measure["since"]:
        text += f", sinds {day(measure['since'])}"
    if measure["until"]:
        text += f" t/m {day(measure['until'])}"
    return f"{text} (crisis)" if crisis else text


def totals_table(totals: DebtTotals) -> KeepTogether:
    """The sums a desk asks for: by status, by DDAS category, preferent and concurrent, total."""
    rows: list[list[Any]] = [[para("Per status", CELL_BOLD), ""]]
    rows += [[label(DEBT_STATUS_LABELS, s), format_money(v)] for s, v in totals.by_status.items()]
    rows.append([para("Per soort schuld", CELL_BOLD), ""])
    rows += [
        [label(CATEGORY_LABELS, c) if c else "Nog niet gekozen", format_money(v)]
        for c, v in totals.by_category.items()
    ]
    rows += [
        [para("Preferent en concurrent", CELL_BOLD), ""],
        ["Preferent", format_money(totals.preferential)],
        ["Concurrent", format_money(totals.concurrent)],
        ["Nog open (zonder afgeloste schulden)", format_money(totals.open_total)],
        [f"Totaal ({totals.count} schulden)", format_money(totals.total)],
    ]
    table = grid(["Totalen", "Bedrag"], rows, _mm([70, 30]), right=(1,), totals=1)
    # The group titles in bold, across both columns.
    groups = [i + 1 for i, row in enumerate(rows) if row[1] == "" and i < len(rows) - 1]
    table.setStyle(
        table_style(
            Audience.DESK,
            *(("SPAN", (0, g), (1, g)) for g in groups),
            *(("BACKGROUND", (0, g), (1, g), TINT_LIGHT) for g in groups),
        )
    )
    return KeepTogether([table])


# ---------------------------------------------------------------------------------------------
# Checklist, actions, route


def checklist_table(
    checklist: dict[str, Any] | None, template: ChecklistTemplate | None
) -> list[Flowable]:
    """The referral checklist's state item by item, in the desk's order; or that none is set."""
    if checklist is None:
        return [remark("Nog geen checklist gekozen.")]
    items = list(checklist["items"])
    name = checklist["template"]
    if template is not None:
        name = template.name
        order = {item.key: index for index, item in enumerate(template.items)}
        items.sort(key=lambda item: order.get(item["item"], len(order)))

    def title(key: str) -> str:
        return template.item(key).title if template and template.has_item(key) else key

    rows = [
        [
            lines(title(item["item"]), item["note"]),
            "n.v.t." if item["not_applicable"] else label(CHECKLIST_STATE_LABELS, item["state"]),
            str(len(item["document_ids"])) if item["document_ids"] else NONE,
        ]
        for item in items
    ]
    done = sum(
        1
        for item in items
        if item["not_applicable"]
        or item["state"] in (ChecklistState.SUPPLIED, ChecklistState.CHECKED)
    )
    return [
        remark(f"{name}: {done} van {len(items)} onderdelen aangeleverd of niet van toepassing."),
        grid(["Onderdeel", "Stand", "Stukken"], rows, _mm([120, 40, 20]), right=(2,)),
    ]


def action_tables(actions: Sequence[dict[str, Any]], *, today: date) -> list[Flowable]:
    """Open actions by due date (late ones marked), then the done ones, latest first."""
    open_ = sorted(
        (a for a in actions if not a["done_on"]), key=lambda a: a["due_on"] or "9999-12-31"
    )
    done = sorted((a for a in actions if a["done_on"]), key=lambda a: a["done_on"], reverse=True)
    iso = today.isoformat()
    result: list[Flowable] = []
    if open_:
        rows = [
            [
                [
                    para(day(a["due_on"]), CELL),
                    *([para("te laat", CELL_FLAG)] if a["due_on"] and a["due_on"] < iso else []),
                ],
                label(OWNER_LABELS, a["owner"]),
                lines(a["title"], a["note"]),
            ]
            for a in open_
        ]
        result.append(grid(["Uiterlijk", "Wie", "Open actie"], rows, _mm([24, 26, 130])))
    else:
        result.append(remark("Geen open acties."))
    if done:
        rows = [[day(a["done_on"]), label(OWNER_LABELS, a["owner"]), a["title"]] for a in done]
        result.append(para("", CELL))
        result.append(grid(["Gedaan op", "Wie", "Gedane actie"], rows, _mm([24, 26, 130])))
    return result


def route_table(
    template: ProcessTemplate, current: str | None, events: Sequence[dict[str, Any]]
) -> Table:
    """Each step of the route with the day it was first entered; the current one marked."""
    entered: dict[str, str] = {}
    for event in events:
        if event["kind"] == "entered" and event["phase"] not in entered:
            entered[event["phase"]] = event["on"]
    rows = [
        [
            str(phase.number),
            lines(phase.caseworker_title, "huidige fase" if phase.key == current else None),
            template.stage(phase.stage).name,
            day(entered.get(phase.key)),
        ]
        for phase in template.route
    ]
    table = grid(["#", "Fase", "Fase-groep", "Binnen op"], rows, _mm([8, 92, 50, 30]), right=(0,))
    position = next((i for i, p in enumerate(template.route) if p.key == current), None)
    if position is not None:
        table.setStyle(
            table_style(
                Audience.DESK, ("BACKGROUND", (0, position + 1), (-1, position + 1), TINT_LIGHT)
            )
        )
    return table


def _mm(widths: Sequence[float]) -> list[float]:
    """Column widths given in millimetres of a 180 mm page, scaled to the real width."""
    return [w * WIDTH / sum(widths) for w in widths]
