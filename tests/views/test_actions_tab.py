"""The Acties tab driven as a caseworker would: tick off, change a date, filter, add, undo."""

from __future__ import annotations

from datetime import date

from builders import add_client
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from app import actions, conversations
from views.actions_model import COL, ActionTableModel, ObjectRole
from views.main_window import MainWindow

TODAY = date(2026, 11, 26)


def open_actions(qtbot, db, window: MainWindow):
    client_id = add_client(db)
    for raw in (
        {"title": "BKR-overzicht opvragen", "owner": "caseworker", "due_on": "20-11-2026"},
        {"title": "Post meenemen", "due_on": "03-12-2026"},
        {"title": "Loonstroken zoeken", "owner": "partner"},
    ):
        actions.add_action(db, client_id, raw, today=TODAY)
    with qtbot.waitSignal(window.model.modelReset, timeout=10000):
        window.reload()
    window.select_client(client_id)
    tab = window.actions_tab
    qtbot.waitUntil(lambda: tab.client_id == client_id and tab.model.rowCount() == 3)
    return client_id, tab


def row_of(tab, title: str) -> int:
    for number in range(tab.proxy.rowCount()):
        if tab.proxy.index(number, 0).data(ObjectRole).title == title:
            return number
    raise AssertionError(title)


def stored(db, client_id) -> dict[str, actions.ActionRow]:
    return {r.title: r for r in actions.list_actions(db, client_id, today=TODAY)}


def test_actions_tab_overdue_stands_out_in_words_and_colour(qtbot, db, window) -> None:
    _client, tab = open_actions(qtbot, db, window)
    due = tab.proxy.index(row_of(tab, "BKR-overzicht opvragen"), COL["due_on"])
    assert due.data() == "20-11-2026 (te laat)"
    assert due.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "1 te laat" in tab.pages.tabText(0)
    tab.state_filter.setCurrentIndex(tab.state_filter.findData("overdue"))
    assert tab.proxy.rowCount() == 1


def test_actions_tab_ticking_off_saves_today_and_is_undone(qtbot, db, window) -> None:
    client_id, tab = open_actions(qtbot, db, window)
    index = tab.proxy.index(row_of(tab, "Post meenemen"), COL["done"])
    assert tab.proxy.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert stored(db, client_id)["Post meenemen"].done_on == TODAY
    assert tab.proxy.rowCount() == 2  # the open list no longer shows it
    tab.undo_stack.undo()
    assert stored(db, client_id)["Post meenemen"].done_on is None


def test_actions_tab_a_bad_date_is_refused_in_dutch(qtbot, db, window) -> None:
    client_id, tab = open_actions(qtbot, db, window)
    index = tab.proxy.index(row_of(tab, "Post meenemen"), COL["due_on"])
    assert not tab.proxy.setData(index, "31-02-2027", Qt.ItemDataRole.EditRole)
    assert "bestaat niet" in tab.message.text()
    assert stored(db, client_id)["Post meenemen"].due_on == date(2026, 12, 3)
    assert tab.proxy.setData(index, "05-12-2026", Qt.ItemDataRole.EditRole)
    assert stored(db, client_id)["Post meenemen"].due_on == date(2026, 12, 5)


def test_actions_tab_owner_filter_and_owner_change(qtbot, db, window) -> None:
    client_id, tab = open_actions(qtbot, db, window)
    tab.owner_filter.setCurrentIndex(tab.owner_filter.findData("partner"))
    assert [tab.proxy.index(n, COL["title"]).data() for n in range(tab.proxy.rowCount())] == [
        "Loonstroken zoeken"
    ]
    index = tab.proxy.index(0, COL["owner"])
    assert index.data() == "Partner"
    assert tab.proxy.setData(index, "client", Qt.ItemDataRole.EditRole)
    assert stored(db, client_id)["Loonstroken zoeken"].owner == "client"


def test_actions_tab_new_action_dialog_links_the_current_phase(
    qtbot, db, window, monkeypatch
) -> None:
    from views.action_dialog import ActionDialog

    client_id, tab = open_actions(qtbot, db, window)
    opened: list[ActionDialog] = []
    monkeypatch.setattr(ActionDialog, "exec", lambda self: opened.append(self) or 0)
    tab.new_action()
    (dialog,) = opened
    assert not dialog.submit()  # no title yet
    assert dialog.errors["title"].text()
    dialog.title.setText("Toeslagen nakijken")
    dialog.due.setText("10-12-2026")
    assert dialog.submit()
    made = stored(db, client_id)["Toeslagen nakijken"]
    assert made.phase == "contact_gemeente"
    tab.undo_stack.undo()
    assert "Toeslagen nakijken" not in stored(db, client_id)


def test_actions_tab_a_conversation_is_saved_with_its_actions(qtbot, db, window) -> None:
    client_id, tab = open_actions(qtbot, db, window)
    page = tab.talks
    talk = {"held_on": "26-11-2026", "kind": "adviesgesprek", "agreed": "Post elke week openen"}
    page.save(talk, [{"title": "Post openen", "owner": "client", "due_on": "03-12-2026"}])
    (row,) = conversations.list_conversations(db, client_id)
    assert row.action_count == 1
    assert page.table.rowCount() == 1
    assert page.table.item(0, 1).text() == "Adviesgesprek"
    assert stored(db, client_id)["Post openen"].conversation_id == row.id
    tab.undo_stack.undo()
    assert not conversations.list_conversations(db, client_id)
    assert "Post openen" not in stored(db, client_id)


def test_actions_model_passes_the_item_model_tester(qtbot, db) -> None:
    client_id = add_client(db)
    actions.add_action(db, client_id, {"title": "A"}, today=TODAY)
    model = ActionTableModel(editor=lambda row, field, value: None)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows(actions.list_actions(db, client_id, today=TODAY))
    model.set_rows([])
    assert model.rowCount() == 0


def test_actions_tab_the_summary_is_written_as_pdf_and_e_mail_draft(
    qtbot, db, window, tmp_path, monkeypatch
) -> None:
    import email
    import email.policy

    from PySide6.QtWidgets import QFileDialog, QMessageBox

    client_id, tab = open_actions(qtbot, db, window)
    page = tab.talks
    talk_id = page.save(
        {"held_on": "26-11-2026", "kind": "intake", "agreed": "Post openen"},
        [{"title": "Post meenemen naar het gesprek", "owner": "client", "due_on": "03-12-2026"}],
    )
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "afspraken"), "")
    )
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    page.make_summary(talk_id)
    qtbot.waitUntil(lambda: getattr(page, "last_summary", None) is not None, timeout=20000)
    pdf, eml = page.last_summary
    assert pdf == tmp_path / "afspraken.pdf"
    message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_content() == pdf.read_bytes()  # the draft carries this very PDF
    assert message["X-Unsent"] == "1"
