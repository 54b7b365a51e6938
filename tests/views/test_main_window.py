"""The main window driven as a caseworker would: create a client, edit her, search."""

from __future__ import annotations

from datetime import date

from builders import add_client
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QToolButton

from app import clients
from views.application import settings_for
from views.dialogs import NewClientDialog
from views.main_window import MainWindow

TODAY = date(2026, 11, 26)


def load(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.model.modelReset, timeout=10000):
        window.reload()


def test_main_window_lists_clients_and_searches_as_you_type(qtbot, db, window) -> None:
    add_client(db, first_names="Tanya", last_name="Visser", postcode="2711 AB")
    add_client(db, first_names="Piet", last_name="de Boer")
    load(qtbot, window)
    assert window.model.rowCount() == 2
    qtbot.keyClicks(window.search, "2711")
    assert window.model.rowCount() == 1
    assert window.count_label.text() == "1 van 2 klanten"


def test_main_window_creates_and_edits_a_client(qtbot, db, window) -> None:
    load(qtbot, window)

    def fill_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewClientDialog)
        dialog.fields["first_names"].setText("Tanya")
        dialog.fields["last_name"].setText("Visser")
        dialog.fields["birth_date"].setText("14-03-1984")
        dialog.accept()

    QTimer.singleShot(0, fill_dialog)
    with qtbot.waitSignal(window.model.modelReset, timeout=10000):
        window.new_action.trigger()
    qtbot.waitUntil(lambda: window.tabs.isVisible() and window.current_id is not None)
    qtbot.waitUntil(lambda: window.form.client.widgets["last_name"].text() == "Visser")
    client_id = window.current_id
    assert window.tabs.currentWidget() is window.form

    bsn = window.form.findChild(QLineEdit, "bsn")
    bsn.setText("123456789")  # fails the elfproef
    window.form.save_button.click()
    error = window.form.findChild(QLabel, "bsn_error")
    assert error.isVisibleTo(window.form)
    assert "elfproef" in error.text()
    assert clients.client_details(db, client_id)[0]["bsn"] == ""

    bsn.setText("111222333")
    window.form.findChild(QLineEdit, "postcode").setText("2711ab")
    window.form.findChild(QLineEdit, "partner.last_name").setText("Visser")
    window.form.findChild(QLineEdit, "partner.first_names").setText("Mark")
    window.form.add_member({"first_names": "Lisa", "birth_date": "12-01-2014"})
    window.activateWindow()
    bsn.setFocus()  # as when she has just typed it
    qtbot.waitUntil(bsn.hasFocus)
    with qtbot.waitSignal(window.model.modelReset, timeout=10000):
        qtbot.keyClick(bsn, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not error.isVisibleTo(window.form)
    saved, partner, household = clients.client_details(db, client_id)
    assert saved["bsn"] == "111222333"
    assert saved["postcode"] == "2711 AB"
    assert partner["first_names"] == "Mark"
    assert [m["first_names"] for m in household] == ["Lisa"]


def test_main_window_new_client_dialog_shows_errors_and_stays_open(qtbot, db, window) -> None:
    load(qtbot, window)
    seen: list[str] = []

    def first_try() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewClientDialog)
        dialog.fields["last_name"].setText("")
        QTimer.singleShot(0, second_try)
        dialog.accept()

    def second_try() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewClientDialog)
        seen.append(dialog.errors["last_name"].text())
        dialog.reject()

    QTimer.singleShot(0, first_try)
    window.new_action.trigger()
    assert seen == ["De achternaam is verplicht."]
    with db.session() as session:
        from sqlmodel import select

        from models.tables import Client

        assert session.exec(select(Client)).all() == []


def test_main_window_remembers_its_geometry(qtbot, db) -> None:
    first = MainWindow(db, settings_for(db.paths), today=TODAY)
    qtbot.addWidget(first)
    first.resize(720, 520)  # inside the offscreen screen of 800 x 600
    first.show()
    first.close()
    second = MainWindow(db, settings_for(db.paths), today=TODAY)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (720, 520)


def _answer_question(button) -> list[str]:
    asked: list[str] = []

    def answer() -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        asked.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, answer)
    return asked


def _open_first(qtbot, window: MainWindow, name: str) -> None:
    window.select_client(next(r.id for r in window.model._visible if r.name == name))
    qtbot.waitUntil(lambda: window.form.client.widgets["first_names"].text() == name.split()[0])


def test_main_window_unsaved_changes_are_not_lost_when_switching(qtbot, db, window) -> None:
    from PySide6.QtWidgets import QMessageBox

    add_client(db, first_names="Tanya", last_name="Visser")
    add_client(db, first_names="Piet", last_name="Boer")
    load(qtbot, window)
    _open_first(qtbot, window, "Tanya Visser")
    city = window.form.findChild(QLineEdit, "city")
    qtbot.keyClicks(city, "Delft")
    assert window.form.dirty

    asked = _answer_question(QMessageBox.StandardButton.Cancel)
    window.select_client(next(r.id for r in window.model._visible if r.name == "Piet Boer"))
    qtbot.waitUntil(lambda: bool(asked))
    qtbot.wait(50)
    assert "gewijzigd" in asked[0]
    assert city.text() == "Delft"
    assert window.model.client_at(window.table.currentIndex().row()).name == "Tanya Visser"

    _answer_question(QMessageBox.StandardButton.Save)
    window.select_client(next(r.id for r in window.model._visible if r.name == "Piet Boer"))
    qtbot.waitUntil(lambda: window.form.client.widgets["first_names"].text() == "Piet")
    tanya = next(r.id for r in window.model._visible if r.name == "Tanya Visser")
    assert clients.client_details(db, tanya)[0]["city"] == "Delft"
    qtbot.wait(200)  # the list reloads after the save: it must stay on Piet
    assert window.form.client.widgets["first_names"].text() == "Piet"


def test_main_window_save_before_a_client_has_loaded_writes_nothing(qtbot, db, window) -> None:
    add_client(db, first_names="Anna", last_name="Aal", bsn="111222333")
    bert = add_client(db, first_names="Bert", last_name="Bos")
    load(qtbot, window)
    _open_first(qtbot, window, "Anna Aal")
    window.open_client(bert)  # Anna's values are still in the form for a moment
    window.form.request_save()
    window.form.save_button.click()
    qtbot.waitUntil(lambda: window.form.client.widgets["first_names"].text() == "Bert")
    saved = clients.client_details(db, bert)[0]
    assert (saved["first_names"], saved["bsn"]) == ("Bert", "")


def test_main_window_refresh_keeps_the_search(qtbot, db, window) -> None:
    add_client(db, first_names="Anna", last_name="Aal")
    add_client(db, first_names="Bert", last_name="Bos")
    load(qtbot, window)
    _open_first(qtbot, window, "Anna Aal")
    qtbot.keyClicks(window.search, "bert")
    load(qtbot, window)
    assert window.search.text() == "bert"
    assert not window.show_closed.isChecked()


def test_main_window_bsn_is_hidden_until_shown_and_hidden_again_for_the_next_client(
    qtbot, db, window
) -> None:
    first = add_client(db, first_names="Tanya", last_name="Visser", bsn="111222333")
    second = add_client(db, first_names="Piet", last_name="de Boer")
    load(qtbot, window)
    window.select_client(first)
    qtbot.waitUntil(lambda: window.form.client.widgets["bsn"].text() == "111222333")
    bsn = window.form.findChild(QLineEdit, "bsn")
    show = window.form.findChild(QToolButton, "bsn_show")
    assert bsn.displayText() != "111222333"  # on a screen turned toward the client
    show.click()
    assert bsn.displayText() == "111222333"
    window.select_client(second)
    qtbot.waitUntil(lambda: window.form.client_id == second)
    assert bsn.echoMode() != QLineEdit.EchoMode.Normal
    assert window.form.findChild(QLineEdit, "partner.bsn").echoMode() != QLineEdit.EchoMode.Normal


def test_main_window_a_route_change_keeps_unsaved_gegevens(qtbot, db, window) -> None:
    client = add_client(db, first_names="Tanya", last_name="Visser")
    load(qtbot, window)
    window.select_client(client)
    qtbot.waitUntil(lambda: window.form.client_id == client and window.form.isEnabled())
    phone = window.form.findChild(QLineEdit, "phone")
    qtbot.keyClicks(phone, "0612345678")
    assert window.form.dirty
    from app import procesplaat

    procesplaat.advance(db, client, on=TODAY)
    window.route_tab.changed.emit()  # as after a step on the procesplaat
    qtbot.waitUntil(lambda: window.route_tab.timeline.current == "toegelaten")
    assert phone.text() == "0612345678"
    assert window.form.dirty
