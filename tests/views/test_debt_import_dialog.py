"""The "Schuldenlijst inlezen" dialog, driven as a person drives it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from builders import add_client
from debt_sheet_builders import counts, csv_file
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog

from app.debt_sheet import NEW
from app.debts import list_debts
from views.debt_import_dialog import DebtImportDialog

TODAY = date(2026, 11, 27)
HEADER = ("Schuldeiser", "Kenmerk", "Bedrag", "Datum")
ROWS = [
    ("Vattenfall", "V-1", "€ 1.234,56", "01-10-2026"),
    ("Buurman Piet", "", "50", "01-12-2026"),
    ("CJIB", "C-2", "10,00", "30-09-2026"),
]


@pytest.fixture
def client(db):
    return add_client(db)


@pytest.fixture
def dialog(qtbot, db, client):
    widget = DebtImportDialog(db, client, today=TODAY)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def settled(qtbot, dialog: DebtImportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog._busy, timeout=10_000)


def open_csv(qtbot, dialog: DebtImportDialog, tmp_path: Path, rows=ROWS) -> None:
    dialog.open_file(csv_file(tmp_path, rows, header=HEADER))
    settled(qtbot, dialog)


def mapping_box(dialog: DebtImportDialog, column: int) -> QComboBox:
    return dialog.table.mapping_box(column)


def map_column(qtbot, dialog: DebtImportDialog, column: int, target: str | None) -> None:
    box = mapping_box(dialog, column)
    box.setCurrentIndex(box.findData(target) if target else 0)
    settled(qtbot, dialog)
    assert dialog.preview is not None
    assert dialog.preview.mapping[column] == target


def creditor_box(dialog: DebtImportDialog, name: str) -> QComboBox:
    return dialog.creditors.choice_box(name)


def listed(dialog: DebtImportDialog) -> list[str]:
    return [dialog.errors.item(i).text() for i in range(dialog.errors.count())]


def test_debt_import_dialog_maps_shows_the_bad_row_and_imports_after_the_fix(
    qtbot, db, client, dialog, tmp_path: Path
) -> None:
    open_csv(qtbot, dialog, tmp_path)
    assert [mapping_box(dialog, c).currentData() for c in range(4)] == [
        "creditor",
        "reference",
        "total",
        None,
    ]
    assert dialog.summary.text() == (
        "3 schulden, totaal €\u00a01.294,56 — kies nog bij 1 naam een schuldeiser"
    )
    # Buurman Piet is no creditor the directory knows: someone must say what he is.
    assert creditor_box(dialog, "Buurman Piet").currentData() is None
    assert creditor_box(dialog, "Vattenfall").currentData() == "vattenfall"
    assert not dialog.import_button.isEnabled()

    map_column(qtbot, dialog, 3, "confirmed_on")
    assert listed(dialog) == [
        "Regel 3, kolom D (Datum saldo): De datum van de saldo-opgave kan niet in de toekomst "
        "liggen."
    ]
    assert "1 regel klopt niet" in dialog.summary.text()
    bad = dialog.table.item(2, 0)
    assert bad.toolTip().startswith("Regel 3")

    map_column(qtbot, dialog, 3, None)
    assert listed(dialog) == []
    box = creditor_box(dialog, "Buurman Piet")
    box.setCurrentIndex(box.findData(NEW))
    assert dialog.import_button.isEnabled()
    before = counts(db)

    with qtbot.waitSignal(dialog.debts_imported, timeout=10_000) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert imported.args[0].debts == 3
    assert dialog.result() == QDialog.DialogCode.Accepted
    rows = list_debts(db, client, today=TODAY).rows
    assert sorted((r.creditor_name, r.total) for r in rows) == [
        ("Buurman Piet", Decimal("50.00")),
        ("CJIB", Decimal("10.00")),
        ("Vattenfall", Decimal("1234.56")),
    ]
    assert counts(db)[0] == before[0] + 3


def test_debt_import_dialog_says_why_a_file_cannot_be_read(qtbot, dialog, tmp_path: Path) -> None:
    junk = tmp_path / "lijst.xlsx"
    junk.write_bytes(b"\x00\x01 geen excel \xff" * 40)
    dialog.open_file(junk)
    settled(qtbot, dialog)
    assert dialog.message.text() == (
        "Dit bestand is geen Excel-bestand (.xlsx) of het is beschadigd."
    )
    assert dialog.preview is None
    assert not dialog.import_button.isEnabled()


def test_debt_import_dialog_keeps_everything_when_the_import_is_refused(
    qtbot, db, client, dialog, tmp_path: Path
) -> None:
    first = DebtImportDialog(db, client, today=TODAY)
    qtbot.addWidget(first)
    open_csv(qtbot, first, tmp_path, ROWS[:1])
    with qtbot.waitSignal(first.debts_imported, timeout=10_000):
        first.start_import()
    before = counts(db)

    open_csv(qtbot, dialog, tmp_path, ROWS[:1])
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "staan er al" in dialog.message.text(), timeout=10_000)
    assert dialog.message.text() == (
        "Er is niets ingelezen: deze schulden staan er al.\n"
        "Regel 2: Vattenfall, kenmerk V-1 staat al in het dossier."
    )
    assert dialog.isVisible()
    assert counts(db) == before


def test_debt_import_dialog_names_a_mapping_without_creditor(qtbot, dialog, tmp_path: Path) -> None:
    open_csv(qtbot, dialog, tmp_path)
    map_column(qtbot, dialog, 0, None)
    assert listed(dialog) == ["Koppel een kolom aan Schuldeiser."]
    assert "eerst de koppeling" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert mapping_box(dialog, 0).accessibleName() == "Kolom A (Schuldeiser) koppelen aan"
