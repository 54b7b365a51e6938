"""Saving the creditor list as an Excel file, chosen by the person, written off the GUI thread."""

from __future__ import annotations

import sys
import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.db import Database
from app.errors import UserError
from views.i18n import message_text
from views.worker import run_in_background


def _tr(text: str) -> str:
    return QCoreApplication.translate("DebtExport", text)


def export_debts(parent: QWidget, db: Database, client_id: uuid.UUID, *, today: date) -> None:
    """Ask where, then write the .xlsx; say when it is done or why it could not be.

    The suggested name says what the file is, not whose: a name stays out of file names.
    """
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        _tr("Schuldenlijst opslaan"),
        str(Path(folder) / f"schuldenlijst-{today.isoformat()}.xlsx"),
        _tr("Excel-bestand (*.xlsx)"),
    )
    if not chosen:
        return
    path = Path(chosen)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")

    def write() -> Path:
        from app.debt_sheet_export import export_debts_xlsx

        export_debts_xlsx(db, client_id, path, today=today)
        return path

    def done(written: Path) -> None:
        QMessageBox.information(
            parent,
            _tr("Schuldenlijst opgeslagen"),
            _tr("De schuldenlijst staat in {path}.").format(path=written),
        )

    def failed(exc: BaseException) -> None:
        if isinstance(exc, UserError):
            QMessageBox.warning(parent, _tr("Niet opgeslagen"), message_text(exc))
        else:  # a bug: the application's handler logs and shows it
            sys.excepthook(type(exc), exc, exc.__traceback__)

    run_in_background(write, done, failed)
