"""The checklist page driven as a bewindvoerder would: choose the desk's list, mark, undo."""

from __future__ import annotations

from builders import add_client
from PySide6.QtWidgets import QCheckBox, QComboBox

from app import checklist
from views.main_window import MainWindow


def open_checklist(qtbot, db, window: MainWindow):
    client_id = add_client(db, debts=(("Eneco", "100.00"),))
    with qtbot.waitSignal(window.model.modelReset, timeout=10000):
        window.reload()
    window.select_client(client_id)
    page = window.documents_tab.checklist
    qtbot.waitUntil(lambda: page.client_id == client_id)
    return client_id, page


def test_checklist_page_choosing_a_list_shows_its_items_and_what_is_missing(
    qtbot, db, window
) -> None:
    client_id, page = open_checklist(qtbot, db, window)
    page.template.setCurrentIndex(page.template.findData("kort"))
    page.choose()
    view = checklist.checklist_state(db, client_id)
    assert view is not None
    assert page.table.rowCount() == len(view.items)
    report = checklist.completeness_of(db, client_id, today=page._today)
    assert not report.ready  # nothing supplied yet, and Eneco has no balance statement


def test_checklist_page_marking_not_applicable_is_saved_and_undone(qtbot, db, window) -> None:
    client_id, page = open_checklist(qtbot, db, window)
    page.template.setCurrentIndex(page.template.findData("kort"))
    page.choose()
    first = checklist.checklist_state(db, client_id).items[0].item.key
    box = page.table.cellWidget(0, 3)
    assert isinstance(box, QCheckBox)
    box.setChecked(True)
    assert checklist.checklist_state(db, client_id).items[0].not_applicable
    page.undo_stack.undo()
    (item,) = [i for i in checklist.checklist_state(db, client_id).items if i.item.key == first]
    assert not item.not_applicable
    state = page.table.cellWidget(0, 2)
    assert isinstance(state, QComboBox)
    state.setCurrentIndex(state.findData("supplied"))
    assert checklist.checklist_state(db, client_id).items[0].state == "supplied"
