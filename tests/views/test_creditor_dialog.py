"""The creditor dialog and its completer, driven as a person drives them."""

from __future__ import annotations

import pytest
from creditor_builders import add_creditor_row, creditor_rows
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLineEdit

from app import creditors
from views.creditor_dialog import (
    CHOICE_ROLE,
    CreditorCompleter,
    CreditorDialog,
    creditor_completer,
)

# The completer's list is a popup: the offscreen platform cannot raise it or grab the keyboard
# for it, and says so; real platforms can, so it says nothing about the dialog.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@pytest.fixture
def dialog(qtbot, db):
    widget = CreditorDialog(db)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def entry(key: str):
    found = creditors.directory_entry(key)
    assert found is not None
    return found


def type_name(qtbot, dialog: CreditorDialog, text: str) -> None:
    dialog.activateWindow()
    dialog.name.setFocus()
    qtbot.waitUntil(dialog.name.hasFocus)
    qtbot.keyClicks(dialog.name, text)


def test_creditor_dialog_picking_a_directory_entry_fills_the_fields(qtbot, db, dialog) -> None:
    type_name(qtbot, dialog, "vatten")
    popup = dialog.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.name.text() == "Vattenfall"
    assert dialog.kind.currentData() == "energy"
    assert dialog.category.currentData() == "utility"
    assert not dialog.preferential.isChecked()
    assert dialog.hint.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    (row,) = creditor_rows(db)
    assert (row.name, row.kind, row.category, row.directory_key) == (
        "Vattenfall",
        "energy",
        "utility",
        "vattenfall",
    )


def test_creditor_dialog_a_preferent_entry_ticks_preferent(dialog) -> None:
    dialog.choose_entry(entry("uwv"))
    assert dialog.preferential.isChecked()
    assert (dialog.kind.currentData(), dialog.category.currentData()) == ("benefits", "public")


def test_creditor_dialog_bad_iban_shows_a_dutch_message_and_saves_nothing(
    qtbot, db, dialog
) -> None:
    type_name(qtbot, dialog, "Woonstichting De Linie")
    iban = dialog.fields.widgets["iban"]
    assert isinstance(iban, QLineEdit)
    iban.setFocus()
    qtbot.waitUntil(iban.hasFocus)
    qtbot.keyClicks(iban, "NL91 ABNA 0417 1643 01")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    error = dialog.fields.errors["iban"]
    assert error.isVisible()
    assert error.text().startswith("Dit IBAN klopt niet")
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "verbeter" in dialog.status.text()
    assert iban.hasFocus()
    assert creditor_rows(db) == []


def test_creditor_dialog_placeholder_asks_for_the_real_name(qtbot, db, dialog) -> None:
    dialog.choose_entry(entry("eigen_gemeente"))
    assert dialog.name.text() == "Gemeente "
    assert "Gemeente Zoetermeer" in dialog.hint.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.fields.errors["name"].text().startswith("Vul de naam van de gemeente in")
    assert creditor_rows(db) == []
    dialog.name.setFocus()
    qtbot.waitUntil(dialog.name.hasFocus)
    dialog.name.end(False)
    qtbot.keyClicks(dialog.name, "Zoetermeer")
    assert not dialog.completer.popup().isVisible()  # no creditor is called that
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    (row,) = creditor_rows(db)
    assert (row.name, row.kind, row.directory_key) == (
        "Gemeente Zoetermeer",
        "municipality",
        "eigen_gemeente",
    )


def test_creditor_dialog_typing_another_name_forgets_the_entry(qtbot, db, dialog) -> None:
    dialog.choose_entry(entry("eneco"))
    type_name(qtbot, dialog, " Zakelijk")
    assert dialog.entry is None
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (row,) = creditor_rows(db)
    assert (row.name, row.kind, row.directory_key) == ("Eneco Zakelijk", "energy", None)


def test_creditor_dialog_a_kind_by_hand_suggests_its_category(dialog) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData("water"))
    assert dialog.category.currentData() == "utility"
    dialog.category.setCurrentIndex(dialog.category.findData("other"))
    dialog.kind.setCurrentIndex(dialog.kind.findData("health_insurer"))
    assert dialog.category.currentData() == "other"


def test_creditor_dialog_edits_and_keeps_the_old_values_for_undo(qtbot, db) -> None:
    creditor_id = add_creditor_row(
        db, "Woonstichting De Linie", kind="landlord", iban="NL91ABNA0417164300"
    )
    dialog = CreditorDialog(db, creditor_id=creditor_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.name.text() == "Woonstichting De Linie"
    iban = dialog.fields.widgets["iban"]
    assert isinstance(iban, QLineEdit)
    assert iban.text() == "NL91 ABNA 0417 1643 00"
    dialog.name.setText("De Linie")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.undo == {"name": "Woonstichting De Linie"}
    assert [row.name for row in creditor_rows(db)] == ["De Linie"]


def test_creditor_dialog_refuses_a_name_already_taken(qtbot, db) -> None:
    add_creditor_row(db, "Belastingdienst", kind="tax")
    dialog = CreditorDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.completer.refresh("belasting")
    assert dialog.completer.rows.item(0).data(CHOICE_ROLE) == "Belastingdienst"
    dialog.name.setText("belastingdienst")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.fields.errors["name"].text() == (
        "Er is al een schuldeiser met de naam belastingdienst."
    )
    assert len(creditor_rows(db)) == 1


def test_creditor_dialog_every_control_has_an_accessible_name(dialog) -> None:
    controls = dialog.findChildren(QLineEdit) + dialog.findChildren(QComboBox)
    controls += dialog.findChildren(QCheckBox)
    assert len(controls) >= 11
    assert all(control.accessibleName() for control in controls)


# --- the completer on its own ----------------------------------------------------------------


def labels(completer: CreditorCompleter) -> list[str]:
    return [completer.rows.item(row).text() for row in range(completer.rows.rowCount())]


def test_creditor_completer_known_names_first_then_the_directory(qtbot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    completer = creditor_completer(edit, creditors.load_directory(), ["Vattenfall", "Zus (Sandra)"])
    completer.refresh("vatt")
    # The known "Vattenfall" is offered once, as the known creditor.
    assert labels(completer) == ["Vattenfall"]
    assert completer.rows.item(0).data(CHOICE_ROLE) == "Vattenfall"
    completer.refresh("SAN")
    assert labels(completer)[0] == "Zus (Sandra)"
    assert "Santander Consumer Finance" in labels(completer)


@pytest.mark.parametrize(
    ("typed", "label"),
    [("t-mob", "Odido (T-Mobile)"), ("unive", "Univé"), ("ib-groep", "DUO (DUO/IB-Groep)")],
)
def test_creditor_completer_finds_aliases_and_ignores_accents(
    qtbot, typed: str, label: str
) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    completer = creditor_completer(edit, creditors.load_directory(), [])
    completer.refresh(typed)
    assert labels(completer)[0] == label


def test_creditor_completer_picking_emits_the_entry(qtbot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    completer = creditor_completer(edit, creditors.load_directory(), [])
    completer.refresh("toeslag")
    with qtbot.waitSignal(completer.picked) as picked:
        completer.activated[QModelIndex].emit(completer.rows.index(0, 0))
    assert picked.args[0] == entry("toeslagen")
    assert edit.text() == "Dienst Toeslagen"


def test_creditor_completer_empty_text_offers_nothing(qtbot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    completer = creditor_completer(edit, creditors.load_directory(), ["ING"])
    completer.refresh("  ")
    assert labels(completer) == []
    assert len(labels_after(completer, "e")) == CreditorCompleter.MAX_ROWS


def labels_after(completer: CreditorCompleter, text: str) -> list[str]:
    completer.refresh(text)
    return labels(completer)
