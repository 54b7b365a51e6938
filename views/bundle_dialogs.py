"""Reading a dossier bundle in, and checking one, from the GUI.

Both read the bundle off the GUI thread with progress and a stop button. A refused bundle is
shown with every reason, in Dutch; nothing is written. When the client already exists the
person sees what differs and chooses: a new copy, replace, or cancel.
"""

from __future__ import annotations

import sys
import threading
import uuid
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.errors import UserError
from views.i18n import message_text
from views.worker import run_in_background

FOLDER_KEY = "bundle/folder"


def _tr(text: str) -> str:
    """The module's own words: its functions get various parents, so tr() has no fixed context."""
    return QCoreApplication.translate("bundle_dialogs", text)


class ReportDialog(QDialog):
    """A verification report or a refusal: a verdict and every line under it."""

    def __init__(
        self,
        title: str,
        verdict: str,
        sections: Sequence[tuple[str, Sequence[str]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.verdict = QLabel(verdict)
        self.verdict.setWordWrap(True)
        font = self.verdict.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.verdict.setFont(font)
        layout.addWidget(self.verdict)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Rapport"))
        parts = []
        for heading, lines in sections:
            if not lines:
                continue
            items = "".join(f"<li>{_escape(line)}</li>" for line in lines)
            parts.append(f"<h3>{_escape(heading)}</h3><ul>{items}</ul>")
        self.text.setHtml("".join(parts))
        self.text.setVisible(bool(parts))
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(680, 460 if parts else 160)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ConflictDialog(QDialog):
    """The client already exists: what differs, and the three choices."""

    def __init__(self, conflict: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Deze klant bestaat al"))
        self.choice: str | None = None
        layout = QVBoxLayout(self)
        how = (
            self.tr("met hetzelfde dossiernummer")
            if conflict.matched_by == "id"
            else self.tr("met hetzelfde BSN")
        )
        intro = QLabel(
            self.tr("Er staat al een klant {how} in het programma: {name}.").format(
                how=how, name=conflict.name
            )
            + " "
            + (
                self.tr("Wat in de bundel anders is dan hier:")
                if conflict.differences
                else self.tr("Er is niets anders: het is hetzelfde dossier.")
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(conflict.differences), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Gegeven"), self.tr("Hier"), self.tr("In de bundel")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Verschillen"))
        for row, difference in enumerate(conflict.differences):
            for column, text in enumerate((difference.label, difference.here, difference.there)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        if not conflict.differences:
            self.table.hide()
            layout.addStretch(1)
        explain = QLabel(
            self.tr(
                "Nieuwe kopie: de bundel komt er als een tweede dossier bij. Vervangen: het "
                "dossier hier wordt helemaal vervangen door dat uit de bundel. Annuleren: er "
                "verandert niets."
            )
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        buttons = QDialogButtonBox()
        self.new_button = QPushButton(self.tr("Nieuwe kopie"))
        self.replace_button = QPushButton(self.tr("Vervangen"))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.replace_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.new_button.clicked.connect(lambda: self._choose("new"))
        self.replace_button.clicked.connect(lambda: self._choose("replace"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        cancel.setDefault(True)
        self.resize(720, 420)

    def _choose(self, choice: str) -> None:
        if choice == "replace":
            answer = QMessageBox.question(
                self,
                self.tr("Vervangen"),
                self.tr(
                    "Het dossier hier, met zijn documenten, wordt vervangen door dat uit de "
                    "bundel. Dit kan niet ongedaan worden gemaakt. Doorgaan?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.choice = choice
        self.accept()


class _Progress:
    """A progress dialog with a stop button, fed from a worker thread."""

    def __init__(self, parent: QWidget, text: str, title: str) -> None:
        self.done, self.total = 0, 1
        self.cancel = threading.Event()
        self.dialog = QProgressDialog(text, _tr("Stoppen"), 0, 1000, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setMinimumDuration(300)
        self.dialog.canceled.connect(self.cancel.set)
        self.timer = QTimer(parent)
        self.timer.timeout.connect(
            lambda: self.dialog.setValue(min(999, self.done * 1000 // max(1, self.total)))
        )
        self.timer.start(100)

    def update(self, done: int, total: int) -> None:
        self.done, self.total = done, total

    def finish(self) -> None:
        self.timer.stop()
        self.dialog.reset()
        self.dialog.deleteLater()


def choose_bundle_files(parent: QWidget, title: str, settings: QSettings | None) -> list[Path]:
    """One bundle, or all its parts ("deel 1 van 3", …), chosen in a file dialog."""
    folder = str(settings.value(FOLDER_KEY, "")) if settings is not None else ""
    names, _ = QFileDialog.getOpenFileNames(
        parent, title, folder, _tr("Dossierbundel (*.zip);;Alle bestanden (*)")
    )
    files = [Path(name) for name in names]
    if files and settings is not None:
        settings.setValue(FOLDER_KEY, str(files[0].parent))
    return files


def ask_passphrase(parent: QWidget, *, again: bool = False) -> str | None:
    """The bundle's passphrase; None when the person cancels."""
    text = (
        _tr("Dat wachtwoord klopt niet. Probeer het opnieuw:")
        if again
        else _tr("Deze bundel is beveiligd. Wat is het wachtwoord?")
    )
    passphrase, ok = QInputDialog.getText(
        parent, _tr("Wachtwoord van de bundel"), text, QLineEdit.EchoMode.Password
    )
    return passphrase if ok and passphrase else None


def _with_passphrase(
    parent: QWidget,
    files: list[Path],
    work: Callable[[str | None, Callable[[int, int], None], Callable[[], bool]], Any],
    on_done: Callable[[Any], None],
    *,
    text: str,
    title: str,
) -> None:
    """Run ``work`` in the background, asking the passphrase first (and again when wrong)."""
    from app.bundle_read import needs_passphrase

    def attempt(passphrase: str | None, again: bool) -> None:
        if passphrase is None and needs_passphrase(files):
            passphrase = ask_passphrase(parent, again=again)
            if passphrase is None:
                return
        progress = _Progress(parent, text, title)

        def done(result: Any) -> None:
            progress.finish()
            on_done(result)

        def failed(exc: BaseException) -> None:
            progress.finish()
            if getattr(exc, "wrong_passphrase", False):
                attempt(None, True)
            else:
                show_refusal(parent, exc)

        run_in_background(
            lambda: work(passphrase, progress.update, progress.cancel.is_set), done, failed
        )

    attempt(None, False)


def show_refusal(parent: QWidget, exc: BaseException) -> None:
    """A refused bundle with every reason; a bug goes to the log and says where."""
    if not isinstance(exc, UserError):
        sys.excepthook(type(exc), exc, exc.__traceback__)
        return
    problems = [message_text(p) for p in getattr(exc, "problems", None) or [exc.message]]
    if len(problems) == 1:
        QMessageBox.warning(parent, _tr("Niet ingelezen"), problems[0])
        return
    ReportDialog(
        _tr("Niet ingelezen"),
        _tr("De bundel is niet ingelezen; er is niets veranderd."),
        [(_tr("Waarom niet"), problems)],
        parent,
    ).exec()


def verify_bundles(
    parent: QWidget, db: Database | None, *, settings: QSettings | None = None
) -> None:
    """Bestand > Dossierbundel controleren…: integrity, rules and completeness, as a report."""
    files = choose_bundle_files(parent, _tr("Dossierbundel controleren"), settings)
    if not files:
        return
    chosen = _choose_checklist(parent, db)
    if chosen is None:
        return
    checklist_key = chosen or None

    def work(passphrase: str | None, progress: Any, cancel: Any) -> Any:
        from app.bundle_verify import verify_bundle

        return verify_bundle(
            files,
            passphrase=passphrase,
            checklist_key=checklist_key,
            progress=progress,
            cancel=cancel,
        )

    def done(report: Any) -> None:
        verify_report_dialog(report, parent).exec()

    _with_passphrase(
        parent,
        files,
        work,
        done,
        text=_tr("Bundel controleren…"),
        title=_tr("Controleren"),
    )


def verify_report_dialog(report: Any, parent: QWidget | None = None) -> ReportDialog:
    """A verification report: the verdict, what the bundle holds, its faults, what is missing."""

    if report.problems:
        verdict = _tr("De bundel is niet in orde.")
    elif report.missing:
        verdict = _tr("De bundel is in orde, maar er ontbreekt nog iets.")
    else:
        verdict = _tr("De bundel is in orde en compleet.")
    return ReportDialog(
        _tr("Controle van de bundel"),
        verdict,
        [
            (_tr("Inhoud"), [message_text(line) for line in report.summary]),
            (_tr("Fouten"), [message_text(line) for line in report.problems]),
            (_tr("Ontbreekt"), [message_text(line) for line in report.missing]),
        ],
        parent,
    )


def _choose_checklist(parent: QWidget, db: Database | None) -> str | None:
    """The checklist to check completeness against; "" for the bundle's own, None to stop."""
    from app.checklist import load_checklists, own_checklists_dir

    checklists = load_checklists(own_checklists_dir(db.paths) if db is not None else None)
    dialog = QDialog(parent)
    dialog.setWindowTitle(_tr("Controleren tegen welke checklist?"))
    form = QFormLayout(dialog)
    combo = QComboBox()
    combo.setAccessibleName(_tr("Checklist"))
    combo.addItem(_tr("De checklist in de bundel"), "")
    for key, template in checklists.items():
        combo.addItem(template.name, key)
    form.addRow(_tr("Checklist"), combo)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    if not dialog.exec():
        return None
    return str(combo.currentData())


def import_bundles(
    parent: QWidget,
    db: Database,
    *,
    today: date,
    settings: QSettings | None = None,
    on_imported: Callable[[uuid.UUID], None] | None = None,
) -> None:
    """Bestand > Dossierbundel inlezen…: read, check, settle a conflict, import all or nothing."""
    files = choose_bundle_files(parent, _tr("Dossierbundel inlezen"), settings)
    if not files:
        return

    def work(passphrase: str | None, progress: Any, cancel: Any) -> Any:
        from app.bundle_import import find_conflict
        from app.bundle_read import read_bundle

        bundle = read_bundle(files, passphrase=passphrase, progress=progress, cancel=cancel)
        try:
            return bundle, find_conflict(db, bundle.dossier)
        except BaseException:
            bundle.close()
            raise

    def read(result: Any) -> None:
        bundle, conflict = result
        choice = None
        if conflict is not None:
            dialog = ConflictDialog(conflict, parent)
            if not dialog.exec() or dialog.choice is None:
                bundle.close()
                QMessageBox.information(
                    parent, _tr("Niet ingelezen"), _tr("Er is niets veranderd.")
                )
                return
            choice = dialog.choice
        _import(parent, db, bundle, choice, today=today, on_imported=on_imported)

    _with_passphrase(
        parent,
        files,
        work,
        read,
        text=_tr("Bundel lezen en controleren…"),
        title=_tr("Inlezen"),
    )


def _import(
    parent: QWidget,
    db: Database,
    bundle: Any,
    choice: str | None,
    *,
    today: date,
    on_imported: Callable[[uuid.UUID], None] | None,
) -> None:
    from app.bundle_import import OnConflict, import_dossier

    progress = _Progress(parent, _tr("Dossier inlezen…"), _tr("Inlezen"))

    notes: list[str] = []

    def work() -> uuid.UUID:
        try:
            from app.backup import backup_before

            backup_before(db, "voor-import")  # a way back first; no import without it
            return import_dossier(
                db,
                bundle.dossier,
                bundle.open,
                manifest=bundle.manifest,
                bag_info=bundle.bag_info,
                on_conflict=OnConflict(choice) if choice else None,
                today=today,
                progress=progress.update,
                cancel=progress.cancel.is_set,
                notes=notes,
            )
        finally:
            bundle.close()

    def done(client_id: uuid.UUID) -> None:
        progress.finish()
        if on_imported is not None:
            on_imported(client_id)
        if notes:  # what the bundle held but the dossier cannot show: kept, and said
            ReportDialog(
                _tr("Ingelezen"),
                _tr("Het dossier is ingelezen. Let op:"),
                [(_tr("Bewaard bij de import, niet in het dossier getoond"), notes)],
                parent,
            ).exec()
            return
        QMessageBox.information(parent, _tr("Ingelezen"), _tr("Het dossier is ingelezen."))

    def failed(exc: BaseException) -> None:
        progress.finish()
        show_refusal(parent, exc)

    run_in_background(work, done, failed)
