"""The Schulden tab driven as a caseworker would: edit in place, refuse, undo, filter, add."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from builders import add_client
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from app import debts
from views.debts_model import COL, DebtTableModel, ObjectRole
from views.main_window import MainWindow

TODAY = date(2026, 11, 26)


def open_debts(qtbot, db, window: MainWindow, **client):
    client_id = add_client(
        db,
        debts=(("Woonstad Rotterdam", "812.40"), ("Eneco", "1418.45"), ("CJIB", "250.00")),
        **client,
    )
    with qtbot.waitSignal(window.model.modelReset, timeout=10000):
        window.reload()
    window.select_client(client_id)
    tab = window.debts_tab
    qtbot.waitUntil(lambda: tab.client_id == client_id and tab.model.rowCount() == 3)
    return client_id, tab


def row_of(tab, creditor: str) -> int:
    for number in range(tab.proxy.rowCount()):
        if tab.proxy.index(number, 0).data(ObjectRole).creditor_name == creditor:
            return number
    raise AssertionError(creditor)


def stored_totals(db, client_id) -> dict[str, Decimal]:
    return {r.creditor_name: r.total for r in debts.list_debts(db, client_id, today=TODAY).rows}


def test_debts_tab_a_total_edited_in_place_is_saved_and_undone(qtbot, db, window) -> None:
    client_id, tab = open_debts(qtbot, db, window)
    index = tab.proxy.index(row_of(tab, "Eneco"), COL["total"])
    assert tab.proxy.setData(index, "1.500,00", Qt.ItemDataRole.EditRole)
    assert stored_totals(db, client_id)["Eneco"] == Decimal("1500.00")
    assert "€\xa02.562,40" in tab.totals.text()  # 812,40 + 1.500,00 + 250,00
    tab.undo_stack.undo()
    assert stored_totals(db, client_id)["Eneco"] == Decimal("1418.45")
    assert "€\xa02.480,85" in tab.totals.text()
    tab.undo_stack.redo()
    assert stored_totals(db, client_id)["Eneco"] == Decimal("1500.00")


def test_debts_tab_a_refused_value_is_said_in_dutch_and_nothing_is_stored(
    qtbot, db, window
) -> None:
    client_id, tab = open_debts(qtbot, db, window)
    before = stored_totals(db, client_id)
    index = tab.proxy.index(row_of(tab, "CJIB"), COL["total"])
    assert not tab.proxy.setData(index, "-250", Qt.ItemDataRole.EditRole)
    assert "negatief" in tab.message.text()
    date_index = tab.proxy.index(row_of(tab, "CJIB"), COL["confirmed_on"])
    assert not tab.proxy.setData(date_index, "01-01-2027", Qt.ItemDataRole.EditRole)
    assert "toekomst" in tab.message.text()
    assert stored_totals(db, client_id) == before
    assert not tab.undo_stack.canUndo()


def test_debts_tab_status_is_chosen_from_dutch_labels_and_filters_follow(qtbot, db, window) -> None:
    client_id, tab = open_debts(qtbot, db, window)
    index = tab.proxy.index(row_of(tab, "CJIB"), COL["status"])
    assert tab.proxy.setData(index, "confirmed", Qt.ItemDataRole.EditRole)
    assert tab.proxy.index(row_of(tab, "CJIB"), COL["status"]).data() == "Bevestigd"
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("confirmed"))
    assert [r.creditor_name for r in tab.proxy.shown_rows()] == ["CJIB"]
    assert "getoonde schulden (van 3)" in tab.totals.text()
    assert "€\xa0250,00" in tab.totals.text()
    tab.status_filter.setCurrentIndex(0)
    assert tab.proxy.rowCount() == 3


def test_debts_tab_flags_are_checkboxes_that_save_at_once(qtbot, db, window) -> None:
    client_id, tab = open_debts(qtbot, db, window)
    index = tab.proxy.index(row_of(tab, "Woonstad Rotterdam"), COL["essential"])
    assert tab.proxy.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    (row,) = [r for r in debts.list_debts(db, client_id, today=TODAY).rows if r.essential]
    assert row.creditor_name == "Woonstad Rotterdam"
    assert (
        "vaste last" in tab.proxy.index(row_of(tab, "Woonstad Rotterdam"), COL["attention"]).data()
    )


def test_debts_tab_a_stale_balance_and_a_measure_stand_out_and_can_be_filtered(
    qtbot, db, window
) -> None:
    client_id, tab = open_debts(qtbot, db, window, enforcement=("eviction", date(2026, 11, 20)))
    index = tab.proxy.index(row_of(tab, "Eneco"), COL["confirmed_on"])
    assert tab.proxy.setData(index, "01-03-2026", Qt.ItemDataRole.EditRole)
    stale = tab.proxy.index(row_of(tab, "Eneco"), COL["confirmed_on"])
    assert stale.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "6 maanden" in stale.data(Qt.ItemDataRole.ToolTipRole)
    tab.stale_filter.setChecked(True)
    assert [r.creditor_name for r in tab.proxy.shown_rows()] == ["Eneco"]
    tab.stale_filter.setChecked(False)
    tab.measures_filter.setChecked(True)
    assert tab.proxy.rowCount() == 3  # the builder puts the eviction on every debt
    attention = tab.proxy.index(0, COL["attention"]).data()
    assert "Ontruiming (crisis)" in attention


def test_debts_tab_new_debt_dialog_saves_and_offers_the_next(
    qtbot, db, window, monkeypatch
) -> None:
    from views.debt_dialog import DebtDialog

    client_id, tab = open_debts(qtbot, db, window)
    dialogs: list[DebtDialog] = []
    monkeypatch.setattr(DebtDialog, "exec", lambda self: dialogs.append(self) or 0)
    tab.new_debt()
    (dialog,) = dialogs
    dialog.creditor.setEditText("DUO")
    dialog.texts["total"].setText("abc")
    assert not dialog.submit(keep_open=True)
    assert dialog.errors["total"].text()
    assert len(debts.list_debts(db, client_id, today=TODAY).rows) == 3
    dialog.texts["total"].setText("2.345,67")
    dialog.texts["confirmed_on"].setText("01-11-2026")
    assert dialog.submit(keep_open=True)
    rows = debts.list_debts(db, client_id, today=TODAY).rows
    duo = next(r for r in rows if r.creditor_name == "DUO")
    assert duo.total == Decimal("2345.67")
    assert duo.category == "public"  # typed as the directory names it: the directory's DUO
    assert duo.creditor_kind == "student_finance"
    assert dialog.creditor.currentText() == ""  # ready for the next debt
    tab.undo_stack.undo()
    assert len(debts.list_debts(db, client_id, today=TODAY).rows) == 3


def test_debts_tab_delete_is_undone_with_ctrl_z(qtbot, db, window) -> None:
    client_id, tab = open_debts(qtbot, db, window)
    tab.table.setCurrentIndex(tab.proxy.index(row_of(tab, "CJIB"), 0))
    tab.delete_debt()
    assert "CJIB" not in stored_totals(db, client_id)
    tab.undo_stack.undo()
    assert stored_totals(db, client_id)["CJIB"] == Decimal("250.00")


def test_debts_model_passes_the_item_model_tester(qtbot, db) -> None:
    client_id = add_client(db, debts=(("A", "1.00"), ("B", "2.00")))
    model = DebtTableModel(editor=lambda row, field, value: None)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows(debts.list_debts(db, client_id, today=TODAY).rows)
    model.set_rows(debts.list_debts(db, client_id, today=TODAY).rows)
    model.set_rows([])
    assert model.rowCount() == 0


def test_debts_tab_exports_the_list_to_excel_off_the_gui_thread(
    qtbot, db, window, tmp_path, monkeypatch
) -> None:
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    client_id, tab = open_debts(qtbot, db, window)
    target = tmp_path / "lijst"  # the extension is added when the person leaves it out
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    tab.export_button.click()
    qtbot.waitUntil(lambda: bool(said), timeout=10000)
    written = tmp_path / "lijst.xlsx"
    assert str(written) in said[0]
    sheet = load_workbook(written).active
    values = [cell for row in sheet.iter_rows(values_only=True) for cell in row]
    assert "CJIB" in values
    assert "Woonstad Rotterdam" in values


def test_debts_tab_an_imported_list_is_one_step_to_undo(
    qtbot, db, window, tmp_path, monkeypatch
) -> None:
    import views.debt_import_dialog as dialogs
    from app.debt_sheet import import_debts, read_debt_sheet

    client_id, tab = open_debts(qtbot, db, window)
    sheet = tmp_path / "lijst.csv"
    sheet.write_text(
        "Schuldeiser;Kenmerk;Totaal\nDUO;A-1;€ 1.234,56\nVattenfall;V-9;99,00\n",
        encoding="utf-8-sig",
    )

    class Accepting(dialogs.DebtImportDialog):
        def exec(self) -> int:  # the person looks, chooses nothing, presses Inlezen
            preview = read_debt_sheet(sheet, today=TODAY)
            self.imported = import_debts(
                db,
                client_id,
                preview,
                mapping=preview.mapping,
                creditor_choices={},
                today=TODAY,
            )
            return 1

    monkeypatch.setattr(dialogs, "DebtImportDialog", Accepting)
    tab.import_sheet()
    assert len(stored_totals(db, client_id)) == 5
    assert "2 schulden ingelezen" in tab.message.text()
    tab.undo_stack.undo()
    assert set(stored_totals(db, client_id)) == {"Woonstad Rotterdam", "Eneco", "CJIB"}
    tab.undo_stack.redo()
    assert stored_totals(db, client_id)["DUO"] == Decimal("1234.56")
