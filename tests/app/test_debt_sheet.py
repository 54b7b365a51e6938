"""Importing a creditor list all or nothing, and exporting it to Excel exactly."""

from __future__ import annotations

import io
import os
import re
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from builders import add_client
from debt_sheet_builders import counts, csv_file, debt_row, measure
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlmodel import select

from app import debt_sheet
from app.debt_sheet import NEW, export_debts_xlsx, import_debts, read_debt_sheet
from app.debt_sheet_export import COLUMNS, workbook_bytes
from app.debts import list_debts
from app.errors import UserError
from models.debt_sheet import read_sheet
from models.tables import AuditEvent, Creditor
from models.values import sum_money

TODAY = date(2026, 11, 27)

ROWS = [
    ("Vattenfall", "Flanderijn", "V-1", "€ 1.234,56", "01-10-2026", "Bevestigd", "Loonbeslag"),
    ("CJIB", "", "C-9", "1.000,00", "30-09-2026", "Gemeld", ""),
    ("Gemeente Zoetermeer", "", "", "12,50", "", "", ""),
    ("Buurman Piet", "", "", "50", "", "", ""),
]
CHOICES = {"Gemeente Zoetermeer": "eigen_gemeente", "Buurman Piet": NEW}


def preview_of(tmp_path: Path, rows=ROWS, **kwargs):
    return read_debt_sheet(csv_file(tmp_path, rows, **kwargs), today=TODAY)


def import_rows(db, client, preview, choices=CHOICES):
    return import_debts(
        db, client, preview, mapping=preview.mapping, creditor_choices=choices, today=TODAY
    )


def test_import_debts_stores_every_row_with_its_creditor_collector_and_measure(
    db, tmp_path: Path
) -> None:
    client = add_client(db)
    result = import_rows(db, client, preview_of(tmp_path))
    assert (result.debts, result.measures, result.creditors_created) == (4, 1, 5)
    assert result.total == Decimal("2297.06")
    rows = {row.creditor_name: row for row in list_debts(db, client, today=TODAY).rows}
    assert sorted(rows) == ["Buurman Piet", "CJIB", "Gemeente Zoetermeer", "Vattenfall"]
    vattenfall = rows["Vattenfall"]
    assert vattenfall.collector_name == "Flanderijn"
    assert vattenfall.total == Decimal("1234.56")
    assert vattenfall.status == "confirmed"
    assert [m.kind for m in vattenfall.measures] == ["wage_garnishment"]
    assert rows["CJIB"].preferential is False  # the flag is the debt's own, as the file says
    assert rows["Buurman Piet"].status == "reported"
    with db.session() as session:
        keys = {c.name: c.directory_key for c in session.exec(select(Creditor))}
        actions = [(e.action, e.record_type) for e in session.exec(select(AuditEvent))]
    assert keys["Gemeente Zoetermeer"] == "eigen_gemeente"
    assert keys["Buurman Piet"] is None
    assert actions.count(("create", "debt")) == 4
    assert actions.count(("create", "enforcement")) == 1
    assert actions.count(("import", "debt_sheet")) == 1


def test_import_debts_with_a_bad_row_stores_nothing(db, tmp_path: Path) -> None:
    client = add_client(db)
    bad = [*ROWS, ("Ziggo", "", "Z-1", "abc", "", "", "")]
    before = counts(db)
    with pytest.raises(UserError) as caught:
        import_rows(db, client, preview_of(tmp_path, bad))
    assert caught.value.message == (
        "Er is niets ingelezen: er klopt één ding niet.\n"
        "Regel 6, kolom D (Totaal): Dit is geen bedrag. Schrijf het bijvoorbeeld als 1.234,50."
    )
    assert counts(db) == before


def test_import_debts_rolls_back_creditors_made_before_a_refusal(db, tmp_path: Path) -> None:
    client = add_client(db)
    rows = [*ROWS[:2], ("Gemeente (eigen gemeente)", "", "", "5", "", "", "")]
    before = counts(db)
    with pytest.raises(UserError) as caught:
        import_rows(db, client, preview_of(tmp_path, rows), {rows[2][0]: "eigen_gemeente"})
    assert "Vul de naam van de gemeente in" in caught.value.message
    assert counts(db) == before


def test_import_debts_asks_a_choice_for_every_unsure_name(db, tmp_path: Path) -> None:
    client = add_client(db)
    before = counts(db)
    with pytest.raises(UserError) as caught:
        import_rows(db, client, preview_of(tmp_path), {"Buurman Piet": NEW})
    assert caught.value.message == (
        "Er is niets ingelezen. Kies bij ‘Gemeente Zoetermeer’ een schuldeiser uit de lijst "
        "of ‘Nieuwe schuldeiser’."
    )
    assert counts(db) == before


def test_import_debts_refuses_a_debt_already_in_the_dossier(db, tmp_path: Path) -> None:
    client = add_client(db)
    import_rows(db, client, preview_of(tmp_path))
    before = counts(db)
    again = [("vattenfall", "", "v-1", "1,00", "", "", ""), ("Eneco", "", "E-1", "2", "", "", "")]
    with pytest.raises(UserError) as caught:
        import_rows(db, client, preview_of(tmp_path, again))
    assert caught.value.message == (
        "Er is niets ingelezen: deze schulden staan er al.\n"
        "Regel 2: Vattenfall, kenmerk v-1 staat al in het dossier."
    )
    assert counts(db) == before


def test_import_debts_refuses_one_reference_under_two_names_of_one_creditor(
    db, tmp_path: Path
) -> None:
    client = add_client(db)
    rows = [
        ("CJIB", "", "C-9", "1", "", "", ""),
        ("Centraal Justitieel Incassobureau", "", "C-9", "2", "", "", ""),
    ]
    preview = preview_of(tmp_path, rows)
    assert preview.errors == ()  # two names in the file: only the directory knows they are one
    with pytest.raises(UserError) as caught:
        import_rows(db, client, preview, {})
    assert caught.value.message.endswith("Regel 3: CJIB, kenmerk C-9 staat ook op regel 2.")


def test_import_debts_reads_the_rows_again_under_the_mapping_given(db, tmp_path: Path) -> None:
    client = add_client(db)
    preview = preview_of(tmp_path, ROWS[:1])
    mapping = ("creditor", None, "note", "total", None, None, None)
    result = import_debts(db, client, preview, mapping=mapping, creditor_choices={}, today=TODAY)
    (row,) = list_debts(db, client, today=TODAY).rows
    assert (result.measures, row.note, row.reference, row.status) == (0, "V-1", None, "reported")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "weg.csv", "Het bestand weg.csv bestaat niet (meer)."),
        (lambda p: p, "is een map, geen bestand."),
        (
            lambda p: _written(p / "lijst.xlsx", os.urandom(64) + b"\x00"),
            "Dit bestand is geen Excel-bestand (.xlsx) of het is beschadigd.",
        ),
        (lambda p: _written(p / "leeg.csv", b""), "Dit bestand is leeg."),
    ],
)
def test_read_debt_sheet_gives_a_dutch_sentence_for_a_file_it_cannot_use(
    tmp_path: Path, make, message: str
) -> None:
    with pytest.raises(UserError) as caught:
        read_debt_sheet(make(tmp_path), today=TODAY)
    assert caught.value.message.endswith(message)


def _written(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# --- export -----------------------------------------------------------------------------------


def exported_client(db, tmp_path: Path):
    client = add_client(db)
    import_rows(db, client, preview_of(tmp_path))
    return client


def test_export_then_import_keeps_every_debt_exact(db, tmp_path: Path) -> None:
    source = exported_client(db, tmp_path)
    path = tmp_path / "uit" / "schulden.xlsx"
    path.parent.mkdir()
    export_debts_xlsx(db, source, path, today=TODAY)
    target = add_client(db, last_name="Visser")
    preview = read_debt_sheet(path, today=TODAY)
    assert preview.ok
    assert len(preview.skipped) == 5  # the totals lines below the list
    import_rows(db, target, preview, {})  # every name is a creditor in the database now

    def fields(client):
        return [
            {k: v for k, v in vars(row).items() if k not in ("id", "measures")}
            | {"measures": [(m.kind, m.since, m.until) for m in row.measures]}
            for row in list_debts(db, client, today=TODAY).rows
        ]

    assert fields(target) == fields(source)


def cell_text(data: bytes, coordinate: str) -> str:
    """The value of a cell exactly as the file stores it."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    found = re.search(rf'<c r="{coordinate}"[^>]*>(?:<f>[^<]*</f>)?<v>([^<]*)</v>', xml)
    assert found, coordinate
    return found.group(1)


def test_export_writes_totals_that_equal_the_sum_of_the_rows(db, tmp_path: Path) -> None:
    client = exported_client(db, tmp_path)
    path = tmp_path / "schulden.xlsx"
    export_debts_xlsx(db, client, path, today=TODAY)
    rows = list_debts(db, client, today=TODAY).rows
    data = path.read_bytes()
    sheet = load_workbook(io.BytesIO(data)).active
    total_column = COLUMNS.index("total") + 1
    labels = {sheet.cell(r, 1).value: r for r in range(len(rows) + 2, sheet.max_row + 1)}
    letter = sheet.cell(1, total_column).column_letter

    def written(text: str) -> Decimal:
        return Decimal(cell_text(data, f"{letter}{labels[text]}"))

    assert written("Totaal") == sum_money(r.total for r in rows) == Decimal("2297.06")
    assert written("Totaal bevestigd") == Decimal("1234.56")
    assert written("Totaal gemeld") == Decimal("1062.50")
    assert written("Totaal preferent") + written("Totaal concurrent") == written("Totaal")
    for line, row in enumerate(rows, start=2):
        assert Decimal(cell_text(data, f"{letter}{line}")) == row.total
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:S{len(rows) + 1}"
    assert sheet.cell(2, total_column).number_format == "[$€-413] #,##0.00"
    assert sheet.cell(2, COLUMNS.index("confirmed_on") + 1).number_format == "dd-mm-yyyy"


def test_export_keeps_names_of_people_out_of_the_file_properties(db, tmp_path: Path) -> None:
    client = exported_client(db, tmp_path)
    path = tmp_path / "schulden.xlsx"
    export_debts_xlsx(db, client, path, today=TODAY)
    with zipfile.ZipFile(path) as archive:
        properties = (
            archive.read("docProps/core.xml").decode() + archive.read("docProps/app.xml").decode()
        )
    assert "Procesplaat" in properties
    assert "Jansen" not in properties
    assert "Jansen" not in path.read_bytes().decode("latin-1")


def test_export_to_a_missing_folder_leaves_no_file(db, tmp_path: Path) -> None:
    client = exported_client(db, tmp_path)
    path = tmp_path / "bestaat-niet" / "schulden.xlsx"
    with pytest.raises(UserError) as caught:
        export_debts_xlsx(db, client, path, today=TODAY)
    assert caught.value.message == (f"De map {path.parent} bestaat niet. Kies een andere map.")
    assert not path.parent.exists()


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_export_that_fails_halfway_keeps_the_old_file_and_leaves_no_temporary_one(
    db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    client = exported_client(db, tmp_path)
    path = tmp_path / "schulden.xlsx"
    path.write_bytes(b"de vorige lijst")

    def fail(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    if failing == "fsync":
        monkeypatch.setattr(os, "fsync", fail)
    else:
        monkeypatch.setattr(Path, "replace", fail)
    with pytest.raises(UserError) as caught:
        export_debts_xlsx(db, client, path, today=TODAY)
    assert caught.value.message == "De schijf is vol. Maak ruimte vrij en probeer het opnieuw."
    assert path.read_bytes() == b"de vorige lijst"
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [
        "schulden.xlsx",
        "schuldenlijst.csv",
    ]


# Three parts of at most a third of the largest debt each: their total is a debt too.
amounts = st.integers(min_value=0, max_value=166_666_666).map(lambda c: Decimal(c).scaleb(-2))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(amounts, amounts, amounts, st.sampled_from(["reported", "confirmed"])),
        min_size=1,
        max_size=8,
    )
)
def test_workbook_bytes_read_back_gives_every_amount_to_the_cent(rows) -> None:
    debts = [
        debt_row(
            f"Schuldeiser {n}",
            str(sum_money([p, i, c])),
            principal=p,
            interest=i,
            costs=c,
            status=status,
            confirmed_on=date(2026, 10, 1),
            measures=(measure("wage_garnishment", date(2026, 3, 1), date(2027, 1, 1)),),
        )
        for n, (p, i, c, status) in enumerate(rows)
    ]
    preview = read_sheet(workbook_bytes(debts), filename="schulden.xlsx", today=TODAY)
    assert preview.errors == ()
    assert [
        (r.debt["principal"], r.debt["interest"], r.debt["costs"], r.debt["total"])
        for r in preview.rows
    ] == [(d.principal, d.interest, d.costs, d.total) for d in debts]
    assert preview.total == sum_money(d.total for d in debts)
    assert all(r.enforcement[0]["until"] == date(2027, 1, 1) for r in preview.rows)


def test_suggest_creditors_preselects_only_sure_matches(tmp_path: Path) -> None:
    suggestions = debt_sheet.suggest_creditors(preview_of(tmp_path))
    chosen = {s.name: s.chosen for s in suggestions}
    assert chosen == {
        "Vattenfall": "vattenfall",
        "Flanderijn": "flanderijn",
        "CJIB": "cjib",
        "Gemeente Zoetermeer": None,
        "Buurman Piet": None,
    }
    by_name = {s.name: s for s in suggestions}
    assert by_name["Gemeente Zoetermeer"].matches[0].entry.key == "eigen_gemeente"
    assert by_name["Buurman Piet"].matches == ()


def test_suggest_creditors_uses_a_creditor_of_the_database_again(db, tmp_path: Path) -> None:
    import_rows(db, add_client(db), preview_of(tmp_path))
    suggestions = debt_sheet.suggest_creditors(preview_of(tmp_path), db=db)
    assert {s.name: (s.chosen, s.existing) for s in suggestions}["buurman piet".title()] == (
        NEW,
        True,
    )
    assert all(s.chosen is not None for s in suggestions)
