"""A client's creditor list written as an Excel workbook: one debt a row, exact totals below."""

from __future__ import annotations

import errno
import io
import uuid
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Final

from app import audit
from app.atomic import replace_file
from app.db import Database
from app.debts import DebtRow, MeasureRow, list_debts
from app.errors import UserError
from models.codes import (
    CATEGORY_LABELS,
    DEBT_STATUS_LABELS,
    DEBTOR_LABELS,
    ENFORCEMENT_LABELS,
    label,
)
from models.debt_sheet_words import TARGET_LABELS
from models.debts import debt_totals
from models.messages import say
from models.values import format_date

SHEET_TITLE: Final = "Schulden"
#: The columns in the order a desk reads them; headers are the import's own words, so an
#: exported list reads back without touching the mapping.
COLUMNS: Final = (
    "creditor",
    "collector",
    "debtor",
    "reference",
    "customer_number",
    "origin_date",
    "original_amount",
    "principal",
    "interest",
    "costs",
    "total",
    "confirmed_on",
    "status",
    "preferential",
    "business",
    "category",
    "essential",
    "enforcement",
    "note",
)
_AMOUNTS: Final = {"original_amount", "principal", "interest", "costs", "total"}
_DATES: Final = {"origin_date", "confirmed_on"}
# The euro sign with the Dutch locale (0x413): Excel shows € 1.234,56 in a Dutch Windows and
# keeps the euro sign elsewhere; the separators follow the reader's own settings.
MONEY_FORMAT: Final = "[$€-413] #,##0.00"
DATE_FORMAT: Final = "dd-mm-yyyy"
_MIN_WIDTH, _MAX_WIDTH = 8, 50


def export_debts_xlsx(
    db: Database, client_id: uuid.UUID, path: Path, *, today: date | None = None
) -> None:
    """Write the client's creditor list to ``path`` as .xlsx, complete or not at all.

    Raises:
        UserError: The folder cannot be written (a Dutch sentence why); no file is left.
    """
    data = debts_xlsx_bytes(db, client_id, today=today)
    try:
        replace_file(path, data)
    except OSError as exc:
        raise UserError(_write_problem(path, exc)) from exc
    audit.record_now(
        db, action="export", record_type="debt_sheet", record_id=None, client_id=client_id
    )


def debts_xlsx_bytes(db: Database, client_id: uuid.UUID, *, today: date | None = None) -> bytes:
    """The client's creditor list as the bytes of an .xlsx file (also the bundle's schulden.xlsx).

    Amounts are written as exact decimal numbers and the totals below the list are computed
    with Decimal, not left to formulas: the sheet shows what the app shows, to the cent.
    """
    debts = list_debts(db, client_id, today=today or date.today())
    return workbook_bytes(debts.rows)


def workbook_bytes(rows: Sequence[DebtRow]) -> bytes:
    """The workbook of these debts: header, one row each, totals, ready for Excel."""
    # Imported here: a start of the program should not pay for openpyxl.
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = SHEET_TITLE
    # No names of people in the file's own properties: they travel unseen with every copy.
    book.properties.creator = "Procesplaat"
    book.properties.lastModifiedBy = "Procesplaat"
    book.properties.title = "Schuldenlijst"
    bold = Font(bold=True)
    sheet.append([TARGET_LABELS[column] for column in COLUMNS])
    for cell in sheet[1]:
        cell.font = bold
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    for row in rows:
        sheet.append([_value(row, column) for column in COLUMNS])
    last = sheet.max_row
    _format_columns(sheet, first=2, last=last)
    total_column = COLUMNS.index("total") + 1
    line = last + 1  # one empty row between the list and its totals
    for text, amount in _total_lines(rows):
        line += 1
        if not text:
            continue
        sheet.cell(line, 1, text).font = bold
        cell = sheet.cell(line, total_column, amount)
        cell.number_format = MONEY_FORMAT
        cell.font = bold
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{last}"
    _set_widths(sheet, get_column_letter)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _value(row: DebtRow, column: str) -> Any:
    if column == "creditor":
        return row.creditor_name
    if column == "collector":
        return row.collector_name
    if column == "enforcement":
        return ", ".join(_measure_text(m) for m in row.measures) or None
    value = getattr(row, column)
    if column == "status":
        return label(DEBT_STATUS_LABELS, value)
    if column == "debtor":
        return label(DEBTOR_LABELS, value)
    if column == "category":
        return label(CATEGORY_LABELS, value) or None
    if isinstance(value, bool):
        return "ja" if value else "nee"
    return value


def _measure_text(measure: MeasureRow) -> str:
    text = label(ENFORCEMENT_LABELS, measure.kind)
    if measure.since:
        text += f" sinds {format_date(measure.since)}"
    if measure.until:
        text += f" tot {format_date(measure.until)}"
    return text


def _total_lines(rows: Sequence[DebtRow]) -> list[tuple[str, Decimal]]:
    """The sums a desk asks for, each below the Totaal column; "" is an empty row."""
    totals = debt_totals((r.status, r.category, r.preferential, r.total) for r in rows)
    lines = [("Totaal", totals.total), ("", Decimal(0))]
    lines += [
        (f"Totaal {label(DEBT_STATUS_LABELS, status).lower()}", amount)
        for status, amount in totals.by_status.items()
    ]
    lines += [
        ("", Decimal(0)),
        ("Totaal preferent", totals.preferential),
        ("Totaal concurrent", totals.concurrent),
    ]
    return lines


def _format_columns(sheet: Any, *, first: int, last: int) -> None:
    for index, column in enumerate(COLUMNS, start=1):
        if column not in _AMOUNTS and column not in _DATES:
            continue
        fmt = MONEY_FORMAT if column in _AMOUNTS else DATE_FORMAT
        for line in range(first, last + 1):
            sheet.cell(line, index).number_format = fmt


def _set_widths(sheet: Any, letter: Any) -> None:
    for index, column in enumerate(COLUMNS, start=1):
        longest = len(TARGET_LABELS[column])
        for (value,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index, values_only=True):
            if value is None:
                continue
            shown = 15 if column in _AMOUNTS else 11 if column in _DATES else len(str(value))
            longest = max(longest, shown)
        sheet.column_dimensions[letter(index)].width = min(_MAX_WIDTH, max(_MIN_WIDTH, longest + 2))


def _write_problem(path: Path, exc: OSError) -> str:
    folder = path.parent
    if isinstance(exc, PermissionError):
        return say("U mag niet schrijven in de map {folder}. Kies een andere map.", folder=folder)
    if isinstance(exc, FileNotFoundError):
        return say("De map {folder} bestaat niet. Kies een andere map.", folder=folder)
    if exc.errno == errno.ENOSPC:
        return say("De schijf is vol. Maak ruimte vrij en probeer het opnieuw.")
    if isinstance(exc, IsADirectoryError):
        return say("{name} is een map. Kies een andere bestandsnaam.", name=path.name)
    return say(
        "Het bestand {name} kan niet worden opgeslagen ({value}). Is het nog open in Excel?",
        name=path.name,
        value=exc.strerror or exc,
    )
