"""A creditor list from a spreadsheet: Dutch CSV and XLSX, nasty cells, whole-file refusals."""

from __future__ import annotations

import io
import random
import zipfile
from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook

from models.debt_sheet import (
    SheetError,
    build_preview,
    column_letter,
    guess_mapping,
    read_sheet,
)
from models.debt_sheet_read import MAX_BYTES, MAX_ROWS, read_table
from models.values import format_money

TODAY = date(2026, 11, 27)
HEADER = ("Schuldeiser", "Kenmerk", "Bedrag", "Datum saldo", "Status")


def csv_bytes(
    *rows: tuple[str, ...],
    sep: str = ";",
    encoding: str = "utf-8",
    bom: bool = False,
    header: tuple[str, ...] = HEADER,
) -> bytes:
    """A CSV file as Excel writes it: CRLF line ends, cells quoted only where needed."""

    def cell(text: str) -> str:
        if sep in text or '"' in text or "\n" in text:
            return '"' + text.replace('"', '""') + '"'
        return text

    lines = [sep.join(cell(c) for c in row) for row in (header, *rows)]
    data = ("\r\n".join(lines) + "\r\n").encode(encoding)
    return (b"\xef\xbb\xbf" if bom else b"") + data


def xlsx_bytes(rows: list[list[object]], *, start_row: int = 1) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Schulden"
    for offset, row in enumerate(rows):
        for column, value in enumerate(row, start=1):
            sheet.cell(row=start_row + offset, column=column, value=value)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# --- reading the file ---------------------------------------------------------------------------


@pytest.mark.parametrize("bom", [False, True])
@pytest.mark.parametrize("sep", [";", ",", "\t"])
@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_read_sheet_reads_dutch_csv_in_every_shape(bom: bool, sep: str, encoding: str) -> None:
    data = csv_bytes(
        ("Vattenfall", "V-1", "€ 1.234,56", "01-10-2026", "Bevestigd"),
        ("Belastingdienst", "B-2", "12,50", "30-09-2026", "gemeld"),
        sep=sep,
        encoding=encoding,
        bom=bom and encoding == "utf-8",
    )
    preview = read_sheet(data, today=TODAY)
    assert preview.table.separator == sep
    assert preview.table.encoding == encoding
    assert preview.errors == ()
    assert [row.creditor for row in preview.rows] == ["Vattenfall", "Belastingdienst"]
    first = preview.rows[0].debt
    assert first["total"] == Decimal("1234.56")
    assert first["confirmed_on"] == date(2026, 10, 1)
    assert first["status"] == "confirmed"
    assert preview.rows[1].debt["status"] == "reported"
    assert preview.total == Decimal("1247.06")


def test_read_sheet_reads_a_utf16_text_export_from_excel() -> None:
    data = b"\xff\xfe" + "Schuldeiser\tBedrag\r\nEneco\t€ 10,00\r\n".encode("utf-16-le")
    preview = read_sheet(data, today=TODAY)
    assert preview.rows[0].creditor == "Eneco"
    assert preview.total == Decimal("10.00")


def test_read_sheet_keeps_a_quoted_newline_in_one_row_and_numbers_rows_as_excel() -> None:
    data = csv_bytes(
        ("Eneco", "E-1", "10,00", "", ""),
        ("", "", "", "", ""),
        ("Ziggo", "Z-1", "abc", "", ""),
        header=("Schuldeiser", "Opmerking", "Bedrag", "Datum saldo", "Status"),
    ).replace(b"E-1", b'"regel een\r\nregel twee"')
    preview = read_sheet(data, today=TODAY)
    assert preview.rows[0].debt["note"] == "regel een\r\nregel twee"
    assert [e.row for e in preview.errors] == [4]


NASTY_AMOUNTS = [
    pytest.param('"1.234,56"', ",", Decimal("1234.56"), None, id="quoted-with-comma-separator"),
    pytest.param("€ 1.234,56", ";", Decimal("1234.56"), None, id="euro-sign-and-dots"),
    pytest.param("1234.56", ";", Decimal("1234.56"), None, id="decimal-point"),
    pytest.param("12,-", ";", Decimal("12.00"), None, id="whole-euros"),
    pytest.param("-12,00", ";", None, "Het totaal kan niet negatief zijn.", id="negative"),
    pytest.param(
        "1.000.000.000",
        ";",
        None,
        "Het totaal is onwaarschijnlijk hoog (meer dan "
        f"{format_money(Decimal('5000000'))}). Controleer het bedrag.",
        id="absurd",
    ),
    pytest.param(
        "abc", ";", None, "Dit is geen bedrag. Schrijf het bijvoorbeeld als 1.234,50.", id="text"
    ),
    pytest.param(
        "12,345", ";", None, "Een bedrag heeft hooguit twee cijfers achter de komma.", id="3-dec"
    ),
    pytest.param("", ";", None, "Vul het totaal in (of hoofdsom, rente en kosten).", id="empty"),
]


@pytest.mark.parametrize(("cell", "sep", "amount", "message"), NASTY_AMOUNTS)
def test_read_sheet_amount_cells(
    cell: str, sep: str, amount: Decimal | None, message: str | None
) -> None:
    raw = f"Schuldeiser{sep}Bedrag\r\nVattenfall{sep}{cell}\r\n".encode()
    preview = read_sheet(raw, today=TODAY)
    if message is None:
        assert preview.rows[0].debt["total"] == amount
        assert preview.errors == ()
    else:
        assert preview.rows == ()
        assert [(e.row, e.field, e.column, e.message) for e in preview.errors] == [
            (2, "total", "B", message)
        ]


NASTY_CELLS = [
    pytest.param(
        "Datum saldo",
        "31-02-2026",
        "Deze datum bestaat niet. Controleer de dag en de maand.",
        id="no-such-day",
    ),
    pytest.param(
        "Datum saldo",
        "28-11-2026",
        "De datum van de saldo-opgave kan niet in de toekomst liggen.",
        id="future-balance-date",
    ),
    pytest.param(
        "Datum saldo",
        "1-10-26",
        "Schrijf het jaar met vier cijfers, bijvoorbeeld 26-11-2026.",
        id="two-digit-year",
    ),
    pytest.param("Status", "Afgeschreven", "Onbekende status: ‘Afgeschreven’.", id="status"),
    pytest.param("Soort", "Huur", "Onbekende soort schuld: ‘Huur’.", id="category"),
    pytest.param("Schuldenaar", "Buurman", "Onbekende schuldenaar: ‘Buurman’.", id="debtor"),
    pytest.param("Preferent", "misschien", "Vul ja of nee in, niet ‘misschien’.", id="flag"),
    pytest.param("Maatregel", "Beslag", "Onbekende maatregel: Beslag.", id="measure"),
    pytest.param(
        "Maatregel", "ja", "Noem de maatregel, bijvoorbeeld Loonbeslag of Dwangbevel.", id="yes"
    ),
    pytest.param(
        "Maatregel",
        "Loonbeslag sinds 01-12-2026",
        "De begindatum kan niet in de toekomst liggen.",
        id="measure-in-future",
    ),
]


@pytest.mark.parametrize(("header", "cell", "message"), NASTY_CELLS)
def test_read_sheet_refuses_a_bad_cell_at_its_row_and_column(
    header: str, cell: str, message: str
) -> None:
    data = f"Schuldeiser;Bedrag;{header}\r\nEneco;10,00;{cell}\r\n".encode()
    preview = read_sheet(data, today=TODAY)
    assert preview.rows == ()
    assert [(e.row, e.column, e.message) for e in preview.errors] == [(2, "C", message)]
    assert preview.ok is False


@pytest.mark.parametrize(
    ("header", "cell", "field", "value"),
    [
        ("Datum saldo", "1.10.2026", "confirmed_on", date(2026, 10, 1)),
        ("Datum saldo", "01-10-2026 00:00", "confirmed_on", date(2026, 10, 1)),
        ("Datum saldo", "2026-10-01", "confirmed_on", date(2026, 10, 1)),
        ("Status", "IN REGELING", "status", "in_arrangement"),
        ("Status", "disputed", "status", "disputed"),
        ("Soort", "zorg", "category", "care"),
        ("Schuldenaar", "Samen", "debtor", "joint"),
        ("Zakelijk", "x", "business", True),
        ("Klantnummer", "007", "customer_number", "007"),
    ],
)
def test_read_sheet_takes_labels_and_dutch_spellings(
    header: str, cell: str, field: str, value: object
) -> None:
    preview = read_sheet(f"Schuldeiser;Bedrag;{header}\nEneco;10;{cell}\n".encode(), today=TODAY)
    assert preview.errors == ()
    assert preview.rows[0].debt[field] == value


@pytest.mark.parametrize(
    ("cell", "measures"),
    [
        (
            "Dwangbevel, loonbeslag sinds 01-03-2026",
            [("enforcement_order", None, None), ("wage_garnishment", date(2026, 3, 1), None)],
        ),
        (
            "Loonbeslag Sinds 01-03-2026 tot 01-09-2027",
            [("wage_garnishment", date(2026, 3, 1), date(2027, 9, 1))],
        ),
        ("Afsluiting tot en met 31-12-2026", [("disconnection", None, date(2026, 12, 31))]),
        ("Bankbeslag (26/11/2026)", [("bank_garnishment", date(2026, 11, 26), None)]),
        (
            "Beslag op roerende zaken en gijzeling",
            [("goods_seizure", None, None), ("detention", None, None)],
        ),
        ("n.v.t.", []),
        ("", []),
    ],
)
def test_read_sheet_reads_enforcement_measures_with_their_dates(
    cell: str, measures: list[tuple[str, date | None, date | None]]
) -> None:
    data = f"Schuldeiser;Bedrag;Beslag\nCJIB;10;{cell}\n"
    preview = read_sheet(data.encode(), today=TODAY)
    assert preview.errors == ()
    found = [(m["kind"], m["since"], m["until"]) for m in preview.rows[0].enforcement]
    assert found == measures


def test_read_sheet_refuses_a_duplicate_reference_of_the_same_creditor() -> None:
    data = csv_bytes(
        ("Vattenfall", "V-1", "10", "", ""),
        ("Eneco", "V-1", "20", "", ""),
        ("vattenfall ", "v-1", "30", "", ""),
    )
    preview = read_sheet(data, today=TODAY)
    assert [row.row for row in preview.rows] == [2, 3]
    assert [e.text() for e in preview.errors] == [
        "Regel 4, kolom B (Kenmerk): Kenmerk v-1 van vattenfall staat ook op regel 2."
    ]


def test_read_sheet_skips_the_lists_own_totals_line_and_empty_rows() -> None:
    data = csv_bytes(
        ("Vattenfall", "V-1", "10,10", "", ""),
        ("", "", "", "", ""),
        ("Eneco", "E-1", "20,20", "", ""),
        ("Totaal:", "", "30,30", "", ""),
        ("Totaal preferent", "", "0,00", "", ""),
    )
    preview = read_sheet(data, today=TODAY)
    assert preview.total == Decimal("30.30")
    assert preview.skipped == (
        (5, "Dit is de totaalregel van de lijst, geen schuld."),
        (6, "Dit is de totaalregel van de lijst, geen schuld."),
    )
    assert preview.ok


def test_read_sheet_names_a_comma_in_an_unquoted_amount() -> None:
    preview = read_sheet(b"Schuldeiser,Bedrag\nEneco,1234,56\n", today=TODAY)
    assert [e.message for e in preview.errors] == [
        "Deze regel heeft meer cellen dan er kolomkoppen zijn. Staat er een komma in een "
        "bedrag zonder aanhalingstekens?"
    ]


RANDOM = random.Random(20261127).randbytes(4096)


def broken_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    return out.getvalue()


NOT_A_LIST = "Dit bestand is geen Excel-bestand (.xlsx) of het is beschadigd."


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        pytest.param(b"", "lijst.csv", "Dit bestand is leeg.", id="empty"),
        pytest.param(b"\r\n \r\n", "lijst.csv", "Dit bestand is leeg.", id="blank-lines"),
        pytest.param(b"\xef\xbb\xbf", "lijst.csv", "Dit bestand is leeg.", id="bom-only"),
        pytest.param(b";;;\r\n;;\r\n", "lijst.csv", "Dit bestand is leeg.", id="separators-only"),
        pytest.param(
            csv_bytes(),
            "lijst.csv",
            "Dit bestand heeft alleen een kopregel en geen schulden eronder.",
            id="header-only",
        ),
        pytest.param(RANDOM, "lijst.xlsx", NOT_A_LIST, id="random-bytes-as-xlsx"),
        pytest.param(b"PK\x03\x04" + RANDOM, "lijst.xlsx", NOT_A_LIST, id="zip-magic-junk"),
        pytest.param(broken_zip(), "lijst.xlsx", NOT_A_LIST, id="zip-without-workbook"),
        pytest.param(
            RANDOM,
            "lijst.csv",
            "Dit bestand is geen schuldenlijst: het is geen tekst (CSV) en geen Excel-bestand.",
            id="random-bytes-as-csv",
        ),
        pytest.param(
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + RANDOM,
            "lijst.xls",
            "Dit is een oud Excel-bestand (.xls) of een bestand met een wachtwoord. Open het in "
            "Excel en sla het op als .xlsx of .csv zonder wachtwoord.",
            id="old-xls",
        ),
        pytest.param(
            b"Schuldeiser;Bedrag\n" + b"a;1\n" * (MAX_BYTES // 4),
            "lijst.csv",
            "Dit bestand is te groot voor een schuldenlijst (meer dan 20 MB). Kies het goede "
            "bestand.",
            id="too-large",
        ),
        pytest.param(
            b"Schuldeiser;Bedrag\n" + b"a;1\n" * (MAX_ROWS + 1),
            "lijst.csv",
            "Dit bestand heeft meer dan 10.000 regels: dat is geen schuldenlijst van één "
            "huishouden.",
            id="too-many-rows",
        ),
        pytest.param(xlsx_bytes([]), "lijst.xlsx", "Dit bestand is leeg.", id="xlsx-without-cells"),
    ],
)
def test_read_sheet_refuses_a_file_that_is_no_creditor_list(
    data: bytes, name: str, message: str
) -> None:
    with pytest.raises(SheetError) as caught:
        read_sheet(data, filename=name, today=TODAY)
    assert caught.value.message == message


# --- XLSX -------------------------------------------------------------------------------------


def test_read_sheet_takes_typed_numbers_and_dates_from_xlsx_at_excel_row_numbers() -> None:
    data = xlsx_bytes(
        [
            ["Schuldeiser", "Klantnummer", "Totaal", "Datum saldo", "Preferent", "Hoofdsom"],
            ["Eneco", 123456789, 1234.56, datetime(2026, 10, 1), True, None],
            [None, None, None, None, None, None],
            ["Ziggo", "K-9", 0.1 + 0.2, date(2026, 9, 30), False, None],
            ["DUO", None, "€ 1.234,56", "01-10-2026", "nee", 2000],
        ],
        start_row=3,
    )
    preview = read_sheet(data, filename="lijst.xlsx", today=TODAY)
    assert preview.table.kind == "xlsx"
    assert preview.table.sheet == "Schulden"
    assert preview.table.header_row == 3
    assert [row.row for row in preview.rows] == [4, 6]
    assert preview.rows[0].debt == {
        "total": Decimal("1234.56"),
        "preferential": True,
        "confirmed_on": date(2026, 10, 1),
        "customer_number": "123456789",
    }
    # 0.1 + 0.2 is 0.30000000000000004 as a float: Excel shows, and means, 0,30.
    assert preview.rows[1].debt["total"] == Decimal("0.30")
    assert preview.rows[1].debt["confirmed_on"] == date(2026, 9, 30)
    assert [(e.row, e.column, e.message) for e in preview.errors] == [
        (
            7,
            "C",
            "Hoofdsom, rente en kosten samen (€\u00a02.000,00) zijn meer dan het totaal "
            "(€\u00a01.234,56).",
        )
    ]


def test_read_sheet_passes_over_a_title_above_the_header() -> None:
    data = xlsx_bytes(
        [
            ["Schuldenoverzicht mevrouw A. Jansen"],
            ["Peildatum", datetime(2026, 10, 1)],
            [],
            ["Nr.", "Schuldeiser", "Saldo"],
            [1, "Eneco", 10],
        ]
    )
    preview = read_sheet(data, filename="lijst.xlsx", today=TODAY)
    assert preview.table.header_row == 4
    assert preview.mapping == (None, "creditor", "total")
    assert [(row.row, row.creditor) for row in preview.rows] == [(5, "Eneco")]


def test_read_sheet_refuses_an_xlsx_number_with_three_decimals() -> None:
    data = xlsx_bytes([["Schuldeiser", "Totaal"], ["Eneco", 10.125], ["Ziggo", 0.1 + 0.2]])
    preview = read_sheet(data, filename="lijst.xlsx", today=TODAY)
    assert [(e.row, e.column, e.message) for e in preview.errors] == [
        (2, "B", "Een bedrag heeft hooguit twee cijfers achter de komma.")
    ]
    assert preview.rows[0].debt["total"] == Decimal("0.30")
    assert all(not isinstance(v, float) for v in preview.rows[0].debt.values())


# --- the mapping ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("Schuldeiser", "creditor"),
        ("Naam crediteur", "creditor"),
        ("Incassobureau / deurwaarder", "collector"),
        ("Kenmerk schuldeiser", "reference"),
        ("Dossiernummer", "reference"),
        ("Klantnr.", "customer_number"),
        ("Datum saldo", "confirmed_on"),
        ("Peildatum", "confirmed_on"),
        ("Openstaand saldo per 1-10-2026", "total"),
        ("Bedrag (€)", "total"),
        ("Oorspronkelijk bedrag", "original_amount"),
        ("Hoofdsom", "principal"),
        ("Incassokosten", "costs"),
        ("Soort schuld", "category"),
        ("Ontstaan", "origin_date"),
        ("Maatregel", "enforcement"),
        ("Opmerkingen", "note"),
        ("Telefoon", None),
        ("", None),
    ],
)
def test_guess_mapping_knows_dutch_and_english_headers(header: str, target: str | None) -> None:
    assert guess_mapping([header]) == (target,)


def test_guess_mapping_gives_each_field_to_its_first_column_only() -> None:
    assert guess_mapping(["Schuldeiser", "Saldo", "Totaal"]) == ("creditor", "total", None)


def test_build_preview_with_a_changed_mapping_reads_the_rows_again() -> None:
    data = csv_bytes(("Vattenfall", "V-1", "10,00", "01-10-2026", "Bevestigd"))
    preview = read_sheet(data, today=TODAY)
    changed = build_preview(preview.table, ("creditor", "note", "total", None, None), today=TODAY)
    assert changed.rows[0].debt == {"total": Decimal("10.00"), "note": "V-1"}


@pytest.mark.parametrize(
    ("mapping", "problems"),
    [
        (
            ("creditor", "total", "total", None, None),
            ("De kolommen B en C zijn allemaal gekoppeld aan Totaal. Kies er één.",),
        ),
        ((None, "reference", "total", None, None), ("Koppel een kolom aan Schuldeiser.",)),
        (
            ("creditor", "reference", "principal", None, None),
            ("Koppel een kolom aan Totaal (of aan Hoofdsom, Rente en Kosten).",),
        ),
    ],
)
def test_build_preview_names_what_is_wrong_with_the_mapping(
    mapping: tuple[str | None, ...], problems: tuple[str, ...]
) -> None:
    table = read_table(csv_bytes(("Vattenfall", "V-1", "10,00", "", "")))
    preview = build_preview(table, mapping, today=TODAY)
    assert preview.problems == problems
    assert preview.rows == ()
    assert not preview.ok


def test_build_preview_computes_the_total_from_its_parts() -> None:
    data = b"Schuldeiser;Hoofdsom;Rente;Kosten\nEneco;100,00;0,10;40\nZiggo;1;;\n"
    preview = read_sheet(data, today=TODAY)
    assert preview.rows[0].debt["total"] == Decimal("140.10")
    assert [(e.row, e.field, e.column) for e in preview.errors] == [(3, "total", "")]


def test_column_letter_counts_like_excel() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == [
        "A",
        "Z",
        "AA",
        "AB",
        "ZZ",
        "AAA",
    ]


@given(cents=st.integers(min_value=0, max_value=500_000_000))
def test_read_sheet_reads_back_every_dutch_amount_exactly(cents: int) -> None:
    amount = Decimal(cents).scaleb(-2)
    data = f"Schuldeiser;Bedrag\nEneco;{format_money(amount)}\n".encode("cp1252")
    assert read_sheet(data, today=TODAY).total == amount
