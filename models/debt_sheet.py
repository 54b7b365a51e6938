"""A creditor list read from a spreadsheet: columns mapped to fields, every row cleaned."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, Final

from models.debt_fields import (
    AMOUNT_FIELDS,
    FLAG_FIELDS,
    PART_FIELDS,
    DebtFieldErrors,
    clean_debt,
    clean_enforcement,
)
from models.debt_sheet_read import Cell, SheetError, SheetTable, read_table
from models.debt_sheet_words import (
    CODE_WORDS,
    ENFORCEMENT_WORDS,
    NO_MEASURE,
    TARGET_LABELS,
    TARGETS,
    TOTAL_WORDS,
    YES_WORDS,
    guess_mapping,
    guess_target,
)
from models.messages import say
from models.values import format_date, sum_money

__all__ = [
    "TARGETS",
    "TARGET_LABELS",
    "RowError",
    "SheetError",
    "SheetPreview",
    "SheetRow",
    "SheetTable",
    "build_preview",
    "column_letter",
    "guess_mapping",
    "name_key",
    "read_sheet",
]

MAX_NAME: Final = 200
_DATE_FIELDS: Final = ("origin_date", "confirmed_on")
_DOTTED_DATE: Final = re.compile(r"([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})")
# Excel's CSV export writes a date cell with a time when the cell had one.
_DATE_WITH_TIME: Final = re.compile(r"(\S+)\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?")
_MEASURE_SPLIT: Final = re.compile(r"[,;+\n]| en ")
_DATE_TEXT: Final = r"[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{4}|[0-9]{4}-[0-9]{2}-[0-9]{2}"
_MEASURE_DATE: Final = re.compile(_DATE_TEXT)
_MEASURE_UNTIL: Final = re.compile(rf"\b(?:tot|t/m)\s+({_DATE_TEXT})", re.IGNORECASE)
_TOT_EN_MET: Final = re.compile(r"\btot en met\b", re.IGNORECASE)  # not two measures
_MEASURE_FILLER: Final = re.compile(r"\s*\b(?:sinds|vanaf|per|op|d\.d\.)$", re.IGNORECASE)


@dataclass(frozen=True)
class RowError:
    """Why one row of the list cannot be taken over.

    Attributes:
        row: The row number as Excel shows it.
        field: The target the message is about, or None for the row as a whole.
        column: The column letter (``"C"``) of that target, or ``""``.
        message: Why, in Dutch.
    """

    row: int
    field: str | None
    column: str
    message: str

    def text(self) -> str:
        """One line for the person: ``"Regel 5, kolom C (Totaal): Dit is geen bedrag."``."""
        label = TARGET_LABELS[self.field] if self.field else ""
        if self.column and self.field:
            return say(
                "Regel {row}, kolom {column} ({label}): {message}",
                row=self.row,
                column=self.column,
                label=label,
                message=self.message,
            )
        if self.column:
            return say(
                "Regel {row}, kolom {column}: {message}",
                row=self.row,
                column=self.column,
                message=self.message,
            )
        if self.field:
            return say(
                "Regel {row} ({label}): {message}", row=self.row, label=label, message=self.message
            )
        return say("Regel {row}: {message}", row=self.row, message=self.message)


@dataclass(frozen=True)
class SheetRow:
    """One debt ready to store, as a row of the list gave it.

    Attributes:
        row: The row number as Excel shows it.
        creditor: The creditor's name as written.
        collector: The collector's name as written, or None.
        debt: The debt's fields as ``clean_debt`` returns them, always with ``total``;
            an empty cell leaves its field out.
        enforcement: The enforcement measures as ``clean_enforcement`` returns them.
    """

    row: int
    creditor: str
    collector: str | None
    debt: Mapping[str, Any]
    enforcement: tuple[Mapping[str, Any], ...] = ()


@dataclass(frozen=True)
class SheetPreview:
    """What an import would store, and everything that stands in its way.

    Attributes:
        table: The cells as read.
        mapping: A target (or None: not used) per column of the header.
        rows: The rows that are fine.
        errors: Every refusal of a row, in row order.
        problems: What is wrong with the mapping itself; rows are not read until it is right.
        skipped: Rows left out on purpose, with the reason: the list's own totals line, or a
            row with nothing in the mapped columns.
        total: The sum of the fine rows' totals.
    """

    table: SheetTable
    mapping: tuple[str | None, ...]
    rows: tuple[SheetRow, ...]
    errors: tuple[RowError, ...]
    problems: tuple[str, ...]
    skipped: tuple[tuple[int, str], ...] = ()
    total: Decimal = field(default=Decimal("0.00"))

    @property
    def ok(self) -> bool:
        """Whether every row can be stored: no problem, no error, at least one debt."""
        return not self.problems and not self.errors and bool(self.rows)

    def names(self) -> tuple[str, ...]:
        """The distinct creditor and collector names, as first written, in order of rows."""
        seen: dict[str, str] = {}
        for row in self.rows:
            for name in (row.creditor, row.collector):
                if name and name_key(name) not in seen:
                    seen[name_key(name)] = name
        return tuple(seen.values())


def column_letter(index: int) -> str:
    """Excel's letter of a column: 0 is ``"A"``, 26 is ``"AA"``."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def name_key(text: str) -> str:
    """How two spellings of a name or reference are compared: case and spaces do not count."""
    return " ".join(text.casefold().split())


def read_sheet(data: bytes, *, filename: str = "", today: date) -> SheetPreview:
    """A creditor list's bytes read, its columns guessed and every row cleaned.

    Raises:
        SheetError: The file as a whole cannot be read (see ``read_table``).
    """
    table = read_table(data, filename=filename, is_header=looks_like_header)
    return build_preview(table, guess_mapping(table.header), today=today)


def looks_like_header(texts: Sequence[str]) -> bool:
    """Whether a row names at least two fields: a header, not a title or a debt."""
    return sum(guess_target(text) is not None for text in texts) >= 2


def build_preview(table: SheetTable, mapping: Sequence[str | None], *, today: date) -> SheetPreview:
    """Every row of ``table`` cleaned under ``mapping``, the same way the debt table does.

    Raises:
        ValueError: ``mapping`` has the wrong length or names an unknown target (a bug).
    """
    mapping = tuple(mapping)
    if len(mapping) != len(table.header):
        raise ValueError(f"mapping has {len(mapping)} columns, the table {len(table.header)}")
    unknown = {target for target in mapping if target is not None} - set(TARGETS)
    if unknown:
        raise ValueError(f"unknown targets: {sorted(unknown)}")
    problems = _mapping_problems(mapping)
    if problems:
        return SheetPreview(table, mapping, (), (), problems)
    columns = {target: index for index, target in enumerate(mapping) if target is not None}
    rows: list[SheetRow] = []
    errors: list[RowError] = []
    skipped: list[tuple[int, str]] = []
    first_seen: dict[tuple[str, str], int] = {}
    for number, cells in table.rows:
        values = {target: cells[index] for target, index in columns.items()}
        reason = _skip_reason(values)
        if reason:
            skipped.append((number, reason))
            continue
        row = _clean_row(number, values, columns, today)
        found = row if isinstance(row, list) else []
        if number in table.extra:
            too_many = (
                say(
                    "Deze regel heeft meer cellen dan er kolomkoppen zijn. "
                    "Staat er een komma in een bedrag zonder aanhalingstekens?"
                )
                if table.separator == ","
                else say("Deze regel heeft meer cellen dan er kolomkoppen zijn.")
            )
            found.append(RowError(number, None, "", too_many))
        if found or isinstance(row, list):
            errors.extend(found)
            continue
        duplicate = _duplicate(row, first_seen, columns)
        if duplicate:
            errors.append(duplicate)
            continue
        rows.append(row)
    total = sum_money(row.debt["total"] for row in rows)
    return SheetPreview(table, mapping, tuple(rows), tuple(errors), (), tuple(skipped), total)


def _mapping_problems(mapping: tuple[str | None, ...]) -> tuple[str, ...]:
    problems: list[str] = []
    for target in TARGETS:
        letters = [column_letter(i) for i, t in enumerate(mapping) if t == target]
        if len(letters) > 1:
            problems.append(
                say(
                    "De kolommen {letters} en {letters2} zijn allemaal gekoppeld aan "
                    "{target_labels}. Kies er één.",
                    letters=", ".join(letters[:-1]),
                    letters2=letters[-1],
                    target_labels=TARGET_LABELS[target],
                )
            )
    if "creditor" not in mapping:
        problems.append(say("Koppel een kolom aan Schuldeiser."))
    if "total" not in mapping and not all(part in mapping for part in PART_FIELDS):
        problems.append(say("Koppel een kolom aan Totaal (of aan Hoofdsom, Rente en Kosten)."))
    return tuple(problems)


def _skip_reason(values: Mapping[str, Cell]) -> str | None:
    if all(value is None or value == "" for value in values.values()):
        return "Niets ingevuld in de gekoppelde kolommen."
    words = _text(values.get("creditor")).casefold().replace(":", " ").split()
    # "Totaal", "Totaal preferent": the list's own sums, as the export writes them too.
    if words and words[0] in TOTAL_WORDS:
        return say("Dit is de totaalregel van de lijst, geen schuld.")
    return None


def _clean_row(
    number: int, values: Mapping[str, Cell], columns: Mapping[str, int], today: date
) -> SheetRow | list[RowError]:
    """The row as a debt to store, or every reason it cannot be one."""

    def error(target: str, message: str) -> RowError:
        return RowError(number, target, column_letter(columns[target]), message)

    errors: list[RowError] = []
    creditor = _text(values.get("creditor"))
    collector = _text(values.get("collector"))
    if not creditor:
        errors.append(error("creditor", "Vul de schuldeiser in."))
    for target, name in (("creditor", creditor), ("collector", collector)):
        if len(name) > MAX_NAME:
            errors.append(error(target, f"Dit is te lang: hoogstens {MAX_NAME} tekens."))
    debt: dict[str, Any] = {}
    try:
        debt = clean_debt(_debt_raw(values), today=today)
    except DebtFieldErrors as exc:
        for target, message in exc.errors.items():
            if target in columns:
                errors.append(error(target, message))
            else:  # a total computed from its parts: the parts are where to look
                errors.append(RowError(number, target, "", message))
    measures, messages = _measures(values.get("enforcement"), today)
    errors.extend(error("enforcement", message) for message in messages)
    if errors:
        # Left to right, as the person reads the row; a computed total's message last.
        return sorted(errors, key=lambda e: columns.get(e.field or "", 1 << 30))
    given = {name: value for name, value in debt.items() if value is not None}
    return SheetRow(number, creditor, collector or None, given, measures)


def _duplicate(
    row: SheetRow, first_seen: dict[tuple[str, str], int], columns: Mapping[str, int]
) -> RowError | None:
    reference = row.debt.get("reference")
    if not reference:
        return None
    key = (name_key(row.creditor), name_key(reference))
    if key in first_seen:
        return RowError(
            row.row,
            "reference",
            column_letter(columns["reference"]),
            say(
                "Kenmerk {reference} van {creditor} staat ook op regel {first_seen}.",
                reference=reference,
                creditor=row.creditor,
                first_seen=first_seen[key],
            ),
        )
    first_seen[key] = row.row
    return None


def _debt_raw(values: Mapping[str, Cell]) -> dict[str, object]:
    raw: dict[str, object] = {"total": values.get("total")}
    for target, value in values.items():
        if target in ("creditor", "collector", "enforcement"):
            continue
        if target in AMOUNT_FIELDS or target in FLAG_FIELDS:
            raw[target] = value
        elif target in _DATE_FIELDS:
            raw[target] = _date_cell(value)
        elif target in CODE_WORDS:
            text = _text(value)
            raw[target] = CODE_WORDS[target].get(name_key(text), text)
        else:
            raw[target] = _text(value)
    return raw


def _date_cell(value: Cell) -> Cell:
    if not isinstance(value, str):
        return value
    text = value.strip()
    if match := _DATE_WITH_TIME.fullmatch(text):
        text = match.group(1)
    if match := _DOTTED_DATE.fullmatch(text):
        text = "-".join(match.groups())
    return text


def _measures(value: Cell, today: date) -> tuple[tuple[Mapping[str, Any], ...], list[str]]:
    """The measures a cell names ("Loonbeslag sinds 01-03-2026 tot 01-09-2027, dwangbevel")."""
    text = _text(value)
    if name_key(text) in NO_MEASURE:
        return (), []
    if name_key(text) in YES_WORDS:
        return (), ["Noem de maatregel, bijvoorbeeld Loonbeslag of Dwangbevel."]
    measures: list[Mapping[str, Any]] = []
    messages: list[str] = []
    for part in _MEASURE_SPLIT.split(_TOT_EN_MET.sub("t/m", text)):
        until = _MEASURE_UNTIL.search(part)
        if until:
            part = part[: until.start()] + " " + part[until.end() :]
        since = _MEASURE_DATE.search(part)
        words = " ".join(re.sub(r"[():]", " ", _MEASURE_DATE.sub(" ", part)).split())
        words = _MEASURE_FILLER.sub("", words)
        if not words and not since:
            continue
        kind = ENFORCEMENT_WORDS.get(name_key(words), words)
        raw = {
            "kind": kind,
            "since": _date_cell(since.group(0)) if since else None,
            "until": _date_cell(until.group(1)) if until else None,
        }
        try:
            measures.append(clean_enforcement(raw, today=today))
        except DebtFieldErrors as exc:
            messages.extend(exc.errors.values())
    return tuple(measures), messages


def _text(value: Cell) -> str:
    """A cell as text: numbers as written, dates as dd-mm-jjjj, yes/no in Dutch."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, date):
        return format_date(value)
    return str(value).strip()
