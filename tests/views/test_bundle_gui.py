"""The bundle in the GUI: the export wizard, reading a bundle in, checking one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from builders import open_db
from PySide6.QtWidgets import QMessageBox

from app.bundle_import import Conflict, Difference
from app.demo import TANYA_ID, install_demo
from views import bundle_dialogs, export_wizard
from views.bundle_dialogs import ConflictDialog, ReportDialog
from views.export_wizard import ExportWizard, run_export
from views.worker import wait_for_background

from .conftest import TODAY


@pytest.fixture
def demo_db(db):
    install_demo(db, today=TODAY)
    return db


@pytest.fixture
def said(monkeypatch) -> list[tuple[str, str]]:
    """Every message box the dialogs show, (title, text), instead of showing it."""
    shown: list[tuple[str, str]] = []

    def box(kind: str) -> Any:
        def record(_parent: object, title: str, text: str, *_a: object) -> None:
            shown.append((title, text))

        return record

    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, box(kind))
    monkeypatch.setattr(
        export_wizard,
        "show_written",
        lambda _p, written, encrypted: shown.append(("Geëxporteerd", str(written))),
    )
    return shown


def _wizard(qtbot, db, folder: Path) -> ExportWizard:
    wizard = ExportWizard(db, TANYA_ID, "Jansen", today=TODAY, folder=folder)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_wizard_asks_the_checklist_first_and_shows_what_is_missing(qtbot, demo_db, tmp_path):
    wizard = _wizard(qtbot, demo_db, tmp_path)
    receiver = wizard.receiver
    assert receiver.checklist_key() == "volledig"  # Tanya's own checklist is offered first
    receiver.name.setText("Els de Vries")
    wizard.next()
    page = wizard.completeness
    assert wizard.currentPage() is page
    assert not page.ready
    assert page.anyway.isVisible()
    assert not page.isComplete()  # what is missing must be seen and accepted
    page.anyway.setChecked(True)
    assert page.isComplete()


def test_wizard_refuses_no_name_and_a_short_or_unequal_passphrase(qtbot, demo_db, tmp_path):
    wizard = _wizard(qtbot, demo_db, tmp_path)
    wizard.receiver.name.setText("   ")
    wizard.next()
    assert wizard.currentPage() is wizard.receiver
    assert "naam" in wizard.receiver.problem.text()
    wizard.receiver.name.setText("Els de Vries")
    wizard.next()
    wizard.completeness.anyway.setChecked(True)
    wizard.next()
    page = wizard.file
    page.passphrase.setText("kort")
    page.again.setText("kort")
    assert not page.validatePage()
    assert "minstens" in page.problem.text()
    page.passphrase.setText("een lang wachtwoord")
    page.again.setText("een ander wachtwoord")
    assert not page.validatePage()
    assert "niet gelijk" in page.problem.text()
    page.out.setText(str(tmp_path / "nergens" / "d.zip"))
    page.again.setText("een lang wachtwoord")
    assert not page.validatePage()
    assert "bestaat niet" in page.problem.text()


def test_wizard_export_writes_the_bundle_in_the_background(qtbot, demo_db, tmp_path, said):
    folder = tmp_path / "uit"
    folder.mkdir()
    wizard = _wizard(qtbot, demo_db, folder)
    wizard.receiver.name.setText("Els de Vries")
    wizard.next()
    wizard.completeness.anyway.setChecked(True)
    wizard.next()
    wizard.file.passphrase.setText("een lang wachtwoord")
    wizard.file.again.setText("een lang wachtwoord")
    assert wizard.file.validatePage()
    choice = wizard.choice()
    assert choice.out.name == f"dossier-jansen-{TODAY.isoformat()}.zip"
    assert choice.passphrase == "een lang wachtwoord"
    run_export(wizard, demo_db, TANYA_ID, choice, today=TODAY)
    qtbot.waitUntil(lambda: bool(said), timeout=60_000)
    assert said[0][0] == "Geëxporteerd"
    assert choice.out.exists()
    assert [p.name for p in folder.iterdir()] == [choice.out.name]  # no temporary left


def _export(db, tmp_path: Path, passphrase: str | None = None) -> Path:
    from app.bundle_export import ExportedBy, ExportOptions, export_bundle

    out = tmp_path / "dossier.zip"
    options = ExportOptions(ExportedBy("Els", None, "caseworker"), passphrase=passphrase)
    export_bundle(db, TANYA_ID, out, options, today=TODAY)
    return out


def test_import_into_another_store_opens_the_dossier(qtbot, demo_db, tmp_path, said, monkeypatch):
    bundle = _export(demo_db, tmp_path, passphrase="een lang wachtwoord")
    other = open_db(tmp_path / "elders")
    asked: list[bool] = []

    def passphrase(_parent: object, *, again: bool = False) -> str:
        asked.append(again)
        return "een lang wachtwoord" if again else "fout wachtwoord"

    monkeypatch.setattr(bundle_dialogs, "choose_bundle_files", lambda *_a: [bundle])
    monkeypatch.setattr(bundle_dialogs, "ask_passphrase", passphrase)
    imported: list[object] = []
    try:
        parent = export_wizard.QWidget()
        qtbot.addWidget(parent)
        bundle_dialogs.import_bundles(parent, other, today=TODAY, on_imported=imported.append)
        qtbot.waitUntil(lambda: bool(imported), timeout=60_000)
        wait_for_background()
    finally:
        other.close()
    assert imported == [TANYA_ID]
    assert asked == [False, True]  # a wrong passphrase is asked again, not refused
    assert said[-1] == ("Ingelezen", "Het dossier is ingelezen.")


def test_import_of_an_existing_client_cancelled_changes_nothing(
    qtbot, demo_db, tmp_path, said, monkeypatch
):
    bundle = _export(demo_db, tmp_path)
    monkeypatch.setattr(bundle_dialogs, "choose_bundle_files", lambda *_a: [bundle])
    shown: list[Conflict] = []

    def refuse(dialog: ConflictDialog) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(ConflictDialog, "exec", refuse)
    parent = export_wizard.QWidget()
    qtbot.addWidget(parent)
    bundle_dialogs.import_bundles(parent, demo_db, today=TODAY)
    qtbot.waitUntil(lambda: bool(said), timeout=60_000)
    assert len(shown) == 1
    assert said == [("Niet ingelezen", "Er is niets veranderd.")]


def test_conflict_dialog_shows_the_differences_and_asks_before_replacing(qtbot, monkeypatch):
    conflict = Conflict(
        client_id=TANYA_ID,
        name="Tanya Jansen",
        matched_by="bsn",
        differences=[Difference("Aantal schulden", "7", "9"), Difference("Fase", "3", "5")],
    )
    dialog = ConflictDialog(conflict)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 1).text() == "7"
    assert dialog.table.item(0, 2).text() == "9"
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    dialog.replace_button.click()
    assert dialog.choice is None  # "no" to the warning: nothing chosen
    dialog.new_button.click()
    assert dialog.choice == "new"


def test_verify_shows_a_report_with_what_is_missing(qtbot, demo_db, tmp_path, monkeypatch):
    bundle = _export(demo_db, tmp_path)
    monkeypatch.setattr(bundle_dialogs, "choose_bundle_files", lambda *_a: [bundle])
    monkeypatch.setattr(bundle_dialogs, "_choose_checklist", lambda *_a: "volledig")
    reports: list[ReportDialog] = []
    monkeypatch.setattr(ReportDialog, "exec", lambda dialog: reports.append(dialog) or 0)
    parent = export_wizard.QWidget()
    qtbot.addWidget(parent)
    bundle_dialogs.verify_bundles(parent, demo_db)
    qtbot.waitUntil(lambda: bool(reports), timeout=60_000)
    assert reports[0].verdict.text() == "De bundel is in orde, maar er ontbreekt nog iets."
    assert "Ontbreekt" in reports[0].text.toPlainText()


def test_a_refused_bundle_is_shown_with_its_reason(qtbot, tmp_path, said, monkeypatch, db):
    bogus = tmp_path / "geen.zip"
    bogus.write_bytes(b"geen zip")
    monkeypatch.setattr(bundle_dialogs, "choose_bundle_files", lambda *_a: [bogus])
    parent = export_wizard.QWidget()
    qtbot.addWidget(parent)
    bundle_dialogs.import_bundles(parent, db, today=TODAY)
    qtbot.waitUntil(lambda: bool(said), timeout=30_000)
    assert said[0][0] == "Niet ingelezen"
    assert "zip" in said[0][1].lower()


def test_import_lists_what_was_kept_aside(qtbot, db, tmp_path, monkeypatch):
    import uuid

    from bundle_builders import bag, dossier, zip_bag

    value = dossier()
    value["income"] = [{"id": str(uuid.uuid4()), "kind": "salary", "amount_per_month": None}]
    path = zip_bag(tmp_path / "zonder-bedrag.zip", bag(value))
    monkeypatch.setattr(bundle_dialogs, "choose_bundle_files", lambda *_a: [path])
    reports: list[ReportDialog] = []
    monkeypatch.setattr(ReportDialog, "exec", lambda dialog: reports.append(dialog) or 0)
    parent = export_wizard.QWidget()
    qtbot.addWidget(parent)
    bundle_dialogs.import_bundles(parent, db, today=TODAY)
    qtbot.waitUntil(lambda: bool(reports), timeout=60_000)
    assert reports[0].verdict.text() == "Het dossier is ingelezen. Let op:"
    assert "income[0]" in reports[0].text.toPlainText()
