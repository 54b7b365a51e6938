"""Dark mode in the dialogs: every error, warning and "saved" line, every red frame and the
import's bad rows read at 4.5:1 or more on what they are drawn on, in light and in dark, and
a dialog open during a switch follows it."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from builders import add_client
from debt_sheet_builders import csv_file
from PIL import Image
from PySide6.QtGui import QColor, QPalette, QUndoStack
from PySide6.QtWidgets import QLabel, QWidget
from theme_builders import THEMES, as_light_again, styled_colours, switch, worst_contrast

from app import budget, documents
from views.theme import contrast_ratio

TODAY = date(2026, 11, 26)
pytestmark = pytest.mark.usefixtures("as_light_again")
__all__ = ["as_light_again"]  # the fixture, imported for pytest


# --- each dialog in the state that shows its colours ---------------------------------------
def _passphrase(db, tmp_path):
    from views.dialogs import PassphraseDialog

    dialog = PassphraseDialog(new=True)
    dialog.first.setText("kort")
    dialog._check()  # too short: said in red
    return dialog


def _new_client(db, tmp_path):
    from views.dialogs import NewClientDialog

    return NewClientDialog()


def _client_form_refused(db, tmp_path):
    from views.client_form import ClientForm

    form = ClientForm()
    form.show_errors({"last_name": "Vul de achternaam in."})  # red frame, red words
    return form


def _client_form_saved(db, tmp_path):
    from views.client_form import ClientForm

    form = ClientForm()
    form.show_errors({})  # "Opgeslagen." in green
    return form


def _creditor(db, tmp_path):
    from views.creditor_dialog import CreditorDialog

    return CreditorDialog(db)


def _export_wizard(db, tmp_path):
    from views.export_wizard import ExportWizard

    return ExportWizard(db, add_client(db), "Jansen", today=TODAY, folder=tmp_path)


def _action(db, tmp_path):
    from views.action_dialog import ActionDialog

    return ActionDialog(db, add_client(db), today=TODAY)


def _debt(db, tmp_path):
    from views.debt_dialog import DebtDialog

    dialog = DebtDialog([], lambda _raw: {"total": "Geen bedrag.", "elders": "Klopt niet."})
    dialog.submit(keep_open=True)
    return dialog


def _proof(db, tmp_path):
    from views.proof_dialog import ProofDialog

    client_id = add_client(db)
    photo = tmp_path / "nota.png"
    Image.new("RGB", (20, 20), "white").save(photo)
    documents.add_document(db, client_id, photo)
    (document,) = documents.list_documents(db, client_id)
    return ProofDialog(db, client_id, document)


def _conversation(db, tmp_path):
    from views.conversations_page import ConversationDialog

    return ConversationDialog(TODAY)


def _saver(db, tmp_path):
    from views.undo import Saver

    box = QWidget()
    label = QLabel(box)
    box.stack = QUndoStack(box)  # kept alive with the box
    Saver(box.stack, label, lambda: None, lambda: None).say("Niet opgeslagen.", error=True)
    return box


DIALOGS: dict[str, Callable[..., QWidget]] = {
    "passphrase": _passphrase,
    "new_client": _new_client,
    "client_form_refused": _client_form_refused,
    "client_form_saved": _client_form_saved,
    "creditor": _creditor,
    "export_wizard": _export_wizard,
    "action": _action,
    "debt": _debt,
    "proof": _proof,
    "conversation": _conversation,
    "saver": _saver,
}


def _legible(widget: QWidget, palette: QPalette) -> list[str]:
    colours = styled_colours(widget)
    assert colours, "the dialog wrote no colour: the test looked at the wrong state"
    bad = [(name, c.name()) for name, c in colours if worst_contrast(c, palette) < 4.5]
    assert bad == []
    return [c.name() for _name, c in colours]


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_dialog_colours_read_in_light_and_follow_a_switch_to_dark(
    qapp, qtbot, db, tmp_path, name
) -> None:
    widget = DIALOGS[name](db, tmp_path)
    qtbot.addWidget(widget)
    widget.show()
    light = _legible(widget, switch(qapp, "light"))
    dark = _legible(widget, switch(qapp, "dark"))
    assert set(dark).isdisjoint(light)  # the dialog open during the switch took the new inks


@pytest.mark.parametrize("name", ["passphrase", "debt", "client_form_refused"])
def test_dialog_opened_in_dark_mode_starts_in_the_dark_inks(
    qapp, qtbot, db, tmp_path, name
) -> None:
    palette = switch(qapp, "dark")
    widget = DIALOGS[name](db, tmp_path)
    qtbot.addWidget(widget)
    _legible(widget, palette)


# --- the budget's shortage and the import's bad rows ----------------------------------------
@pytest.mark.parametrize("theme", THEMES)
def test_budget_panel_shortage_reads_in_both_themes(qapp, qtbot, db, theme) -> None:
    from views.budget_panel import BudgetPanel

    client_id = add_client(db)
    budget.add_item(db, client_id, "expense", {"kind": "Huur", "amount_per_month": "900"})
    panel = BudgetPanel()
    qtbot.addWidget(panel)
    panel.set_database(db)
    panel.show_client(client_id)
    palette = switch(qapp, theme)
    (ink,) = re.findall(r"color:\s*(#[0-9a-fA-F]{6})", panel.balance.text())
    assert "tekort" in panel.balance.text()
    assert worst_contrast(QColor(ink), palette) >= 4.5


@pytest.mark.parametrize("theme", THEMES)
def test_debt_import_bad_row_and_problems_read_in_both_themes(
    qapp, qtbot, db, tmp_path: Path, theme
) -> None:
    from views.debt_import_dialog import DebtImportDialog

    dialog = DebtImportDialog(db, add_client(db), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    rows = [("Vattenfall", "V-1", "12,00", "01-10-2026"), ("CJIB", "C-2", "10,00", "01-12-2027")]
    dialog.open_file(csv_file(tmp_path, rows, header=("Schuldeiser", "Kenmerk", "Bedrag", "Datum")))
    qtbot.waitUntil(lambda: not dialog._busy, timeout=10_000)
    box = dialog.table.mapping_box(3)
    box.setCurrentIndex(box.findData("confirmed_on"))  # the second date lies in the future
    qtbot.waitUntil(lambda: not dialog._busy, timeout=10_000)
    palette = switch(qapp, theme)
    bad = dialog.table.item(2, 0)  # row 0 holds the choosers; row 2 is CJIB's
    assert bad.toolTip().startswith("Regel 3")
    ground = bad.background().color()
    assert ground != palette.color(QPalette.ColorRole.Base)  # the row stands out
    assert contrast_ratio(bad.foreground().color(), ground) >= 4.5

    box = dialog.table.mapping_box(0)
    box.setCurrentIndex(0)  # no creditor column: a problem, said in red
    qtbot.waitUntil(lambda: not dialog._busy, timeout=10_000)
    problem = dialog.errors.item(0)
    assert problem.text() == "Koppel een kolom aan Schuldeiser."
    assert worst_contrast(problem.foreground().color(), palette) >= 4.5
    other = switch(qapp, "light" if theme == "dark" else "dark")  # a switch with it open
    assert worst_contrast(dialog.errors.item(0).foreground().color(), other) >= 4.5
