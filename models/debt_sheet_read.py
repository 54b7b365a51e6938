"""Reading a creditor list's bytes (Dutch CSV or XLSX) into a header and rows of typed cells."""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Final

from models.messages import say

#: A creditor list of a household is a few kilobytes; 20 MB is something else.
MAX_BYTES: Final = 20 * 1024 * 1024
#: Data rows; a household with more debts than this does not exist.
MAX_ROWS: Final = 10_000
MAX_COLUMNS: Final = 100
#: Rows read, empty ones included, before a sheet counts as runaway (formatted empty rows).
_MAX_SCANNED: Final = 20 * MAX_ROWS

#: What a spreadsheet cell may hold once read: never a float.
Cell = str | int | Decimal | date | bool | None
HeaderTest = Callable[[Sequence[str]], bool]
#: How many filled rows at the top may be a title, a name or a date above the header.
_HEADER_SEARCH: Final = 10

_XLSX_MAGIC: Final = b"PK\x03\x04"
_OLE_MAGIC: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, or an encrypted .xlsx
_SEPARATORS: Final = (";", "\t", ",")  # in order of preference: Dutch Excel writes ";"
_CONTROL: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class SheetError(ValueError):
    """The file as a whole cannot be read as a creditor list.

    Attributes:
        message: One Dutch sentence for the person (the app turns it into a UserError).
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class SheetTable:
    """The cells of a creditor list, before any column has a meaning.

    Attributes:
        kind: ``"csv"`` or ``"xlsx"``.
        sheet: The worksheet's name (XLSX) or None.
        separator: The CSV separator found, or None.
        encoding: The CSV text encoding found, or None.
        header_row: The header's row number as Excel shows it.
        header: The header's texts, one per column.
        rows: Each non-empty data row as (row number as Excel shows it, cells), every row
            padded or cut to the header's width. Cells beyond the header are in ``extra``.
        extra: Row numbers that hold filled cells to the right of the last header column.
    """

    kind: str
    sheet: str | None
    separator: str | None
    encoding: str | None
    header_row: int
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[Cell, ...]], ...]
    extra: frozenset[int] = frozenset()


def read_table(
    data: bytes, *, filename: str = "", is_header: HeaderTest | None = None
) -> SheetTable:
    """The header and data rows of a CSV or XLSX file, recognised by content, not by name.

    Args:
        data: The file's bytes.
        filename: The file's name, only to word a refusal well (".xls", ".xlsx").
        is_header: Whether a row's texts make a header. The first of the first ten filled
            rows that does is the header, so a title above the list ("Schulden van ...") is
            passed over; without one, or when none does, the first filled row is.

    Raises:
        SheetError: The file is empty, too large, not a spreadsheet, damaged, or has no data
            rows under its header.
    """
    if len(data) > MAX_BYTES:
        raise SheetError(
            say(
                "Dit bestand is te groot voor een schuldenlijst (meer dan {value} MB). "
                "Kies het goede bestand.",
                value=MAX_BYTES // (1024 * 1024),
            )
        )
    if not data.strip():
        raise SheetError(say("Dit bestand is leeg."))
    name = filename.lower()
    if data.startswith(_XLSX_MAGIC):
        return _table("xlsx", *_xlsx_rows(data), None, None, is_header)
    if data.startswith(_OLE_MAGIC):
        raise SheetError(
            say(
                "Dit is een oud Excel-bestand (.xls) of een bestand met een wachtwoord."
                " Open het in Excel en sla het op als .xlsx of .csv zonder wachtwoord."
            )
        )
    if name.endswith((".xlsx", ".xlsm")):
        raise SheetError(say("Dit bestand is geen Excel-bestand (.xlsx) of het is beschadigd."))
    text, encoding = _decode(data)
    separator = _sniff(text)
    rows = _csv_rows(text, separator)
    return _table("csv", None, rows, separator, encoding, is_header)


def _decode(data: bytes) -> tuple[str, str]:
    """Text from bytes: a BOM decides; else UTF-8, else Excel's Dutch Windows code page."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            candidates = [(data[len(bom) :], encoding)]
            break
    else:
        candidates = [(data, "utf-8"), (data, "cp1252")]
    for body, encoding in candidates:
        try:
            text = body.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not _CONTROL.search(text):
            return text, encoding
    raise SheetError(
        say("Dit bestand is geen schuldenlijst: het is geen tekst (CSV) en geen Excel-bestand.")
    )


def _sniff(text: str) -> str:
    """The separator that splits the first lines into the most, and most regular, columns."""
    sample = [line for line in text.splitlines()[:50] if line.strip()][:20]
    if not sample:
        raise SheetError(say("Dit bestand is leeg."))
    best, best_score = _SEPARATORS[0], (0, 0)
    for separator in _SEPARATORS:
        try:
            widths = [len(row) for row in csv.reader(sample, delimiter=separator)]
        except csv.Error:
            continue
        header = widths[0]
        score = (sum(1 for width in widths if width == header > 1), header)
        if score > best_score:
            best, best_score = separator, score
    return best


def _csv_rows(text: str, separator: str) -> Iterator[tuple[int, list[Cell]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    number = 0
    try:
        for number, row in enumerate(reader, start=1):  # noqa: B007 - read after the loop
            yield number, [cell.strip() for cell in row]
    except csv.Error as exc:
        raise SheetError(
            say(
                "Regel {value} van dit CSV-bestand kan niet gelezen worden ({exc}). "
                "Controleer de aanhalingstekens.",
                value=number + 1,
                exc=exc,
            )
        ) from exc


def _xlsx_rows(data: bytes) -> tuple[str, Iterator[tuple[int, list[Cell]]]]:
    # Imported here: openpyxl takes a noticeable moment to import, and a CSV never needs it.
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheet = book.active
        if sheet is None or not hasattr(sheet, "iter_rows"):
            sheet = book.worksheets[0]
        title = str(sheet.title)
    # A damaged or hostile file fails in many ways inside openpyxl and zipfile (BadZipFile,
    # KeyError, openpyxl's own types that vary by version); all mean the same to the person.
    except Exception as exc:
        raise SheetError(
            say("Dit bestand is geen Excel-bestand (.xlsx) of het is beschadigd.")
        ) from exc

    def rows() -> Iterator[tuple[int, list[Cell]]]:
        try:
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                yield number, [xlsx_cell(value) for value in values]
        except SheetError:
            raise
        except Exception as exc:  # damage deep inside a sheet shows only while reading it
            raise SheetError(
                say("Dit Excel-bestand is beschadigd: niet alle rijen kunnen gelezen worden.")
            ) from exc
        finally:
            book.close()

    return title, rows()


def xlsx_cell(value: object) -> Cell:
    """A cell's value as openpyxl gives it, with numbers made exact and dates made dates.

    A number in Excel is a binary float. Excel itself shows at most 15 significant digits,
    so those digits are the number the person typed (0.1 + 0.2 computed by a formula shows,
    and is, 0,3). A whole number becomes an int (a customer number, a year); any other becomes
    a Decimal, which a money field refuses if it has more than two decimals.
    """
    if value is None or isinstance(value, bool | str):
        return value.strip() if isinstance(value, str) else value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return "#GETAL!"
        exact = Decimal(f"{value:.15g}")
        if exact == exact.to_integral_value():
            return int(exact)
        return exact
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, time | timedelta):
        return str(value)
    return str(value)


def _table(
    kind: str,
    sheet: str | None,
    rows: Iterable[tuple[int, Sequence[Cell]]],
    separator: str | None,
    encoding: str | None,
    is_header: HeaderTest | None,
) -> SheetTable:
    filled: list[tuple[int, Sequence[Cell]]] = []
    for scanned, (number, cells) in enumerate(rows, start=1):
        if scanned > _MAX_SCANNED or len(filled) > MAX_ROWS + _HEADER_SEARCH:
            raise _too_many_rows()
        if len(cells) > MAX_COLUMNS and any(_filled(c) for c in cells[MAX_COLUMNS:]):
            raise SheetError(
                say(
                    "Dit bestand heeft meer dan {max_columns} kolommen: dat is geen schuldenlijst.",
                    max_columns=MAX_COLUMNS,
                )
            )
        if any(_filled(cell) for cell in cells):
            filled.append((number, cells))
    if not filled:
        raise SheetError(say("Dit bestand is leeg."))
    texts = [_header_texts(cells) for _number, cells in filled[:_HEADER_SEARCH]]
    start = next((i for i, t in enumerate(texts) if is_header and is_header(t)), 0)
    header_row, header = filled[start][0], texts[start]
    body: list[tuple[int, tuple[Cell, ...]]] = []
    extra: set[int] = set()
    width = len(header)
    for number, cells in filled[start + 1 :]:
        if len(body) >= MAX_ROWS:
            raise _too_many_rows()
        if any(_filled(cell) for cell in cells[width:]):
            extra.add(number)
        body.append((number, tuple(cells[:width]) + (None,) * (width - len(cells))))
    if not body:
        raise SheetError(say("Dit bestand heeft alleen een kopregel en geen schulden eronder."))
    return SheetTable(
        kind, sheet, separator, encoding, header_row, header, tuple(body), frozenset(extra)
    )


def _header_texts(cells: Sequence[Cell]) -> tuple[str, ...]:
    """A row's texts up to its last filled cell, as a header shows them."""
    last = max(i for i, cell in enumerate(cells) if _filled(cell))
    return tuple(_header_text(cell) for cell in cells[: last + 1])


def _too_many_rows() -> SheetError:
    limit = f"{MAX_ROWS:_}".replace("_", ".")  # Dutch thousands separator
    return SheetError(
        say(
            "Dit bestand heeft meer dan {limit} regels: dat is geen schuldenlijst "
            "van één huishouden.",
            limit=limit,
        )
    )


def _filled(cell: Cell) -> bool:
    return cell is not None and cell != ""


def _header_text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, date):
        return cell.strftime("%d-%m-%Y")
    return " ".join(str(cell).split())
