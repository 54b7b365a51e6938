"""Ctrl+P: choose a handout (procesplaat, actielijst, kaartje, overzicht), save it as a PDF off
the GUI thread and open it in the system's PDF viewer to print."""

from __future__ import annotations

import sys
import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.errors import UserError
from views.i18n import QT_TRANSLATE_NOOP, message_text
from views.worker import run_in_background

#: What can be printed, its words, and the file name offered (never her name in it).
HANDOUTS = (
    (
        "procesplaat",
        QT_TRANSLATE_NOOP("PrintDialog", "De procesplaat voor de klant"),
        "procesplaat",
    ),
    ("actions", QT_TRANSLATE_NOOP("PrintDialog", "De actielijst voor de klant"), "actielijst"),
    (
        "card",
        QT_TRANSLATE_NOOP("PrintDialog", "Het kaartje: wat doe ik als… (10 op een A4)"),
        "kaartjes",
    ),
    (
        "overview",
        QT_TRANSLATE_NOOP("PrintDialog", "Het dossieroverzicht voor het loket (vertrouwelijk)"),
        "overzicht",
    ),
)


class PrintDialog(QDialog):
    """What to print and how; the PDF is made after "Maken"."""

    def __init__(self, parent: QWidget | None = None, *, what: str = "procesplaat") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Afdrukken"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Wat wilt u afdrukken?")))
        self.choices: dict[str, QRadioButton] = {}
        for key, words, _name in HANDOUTS:
            button = QRadioButton(self.tr(words))
            button.setChecked(key == what)
            button.toggled.connect(self._update)
            self.choices[key] = button
            layout.addWidget(button)
        self.a3 = QCheckBox(self.tr("Groot: A3 in plaats van A4"))
        self.amounts = QCheckBox(self.tr("Bedragen tonen"))
        self.bsn = QCheckBox(self.tr("BSN helemaal tonen (anders alleen de laatste cijfers)"))
        for box in (self.a3, self.amounts, self.bsn):
            layout.addWidget(box)
        hint = QLabel(
            self.tr(
                "Het PDF-bestand wordt opgeslagen en geopend in uw PDF-lezer; druk het daar af. "
                "Bewaar een overzicht niet op een gedeelde plek."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        make = buttons.addButton(self.tr("Maken…"), QDialogButtonBox.ButtonRole.AcceptRole)
        make.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update()

    def _update(self) -> None:
        what = self.what()
        self.a3.setEnabled(what == "procesplaat")
        self.amounts.setEnabled(what == "procesplaat")
        self.bsn.setEnabled(what == "overview")

    def what(self) -> str:
        return next(key for key, button in self.choices.items() if button.isChecked())

    def options(self) -> dict[str, object]:
        what = self.what()
        if what == "procesplaat":
            return {
                "size": "A3" if self.a3.isChecked() else "A4",
                "amounts": self.amounts.isChecked(),
            }
        if what == "overview":
            return {"show_bsn": self.bsn.isChecked()}
        return {}


def print_handout(
    parent: QWidget, db: Database, client_id: uuid.UUID, *, today: date, what: str = "procesplaat"
) -> None:
    """Ask what, ask where, make the PDF in the background, then open it to print."""
    dialog = PrintDialog(parent, what=what)
    if not dialog.exec():
        return
    chosen, options = dialog.what(), dialog.options()
    stem = next(name for key, _words, name in HANDOUTS if key == chosen)
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    target, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PrintDialog", "PDF opslaan"),
        str(Path(folder) / f"{stem}-{today.isoformat()}.pdf"),
        QCoreApplication.translate("PrintDialog", "PDF-bestand (*.pdf)"),
    )
    if not target:
        return
    path = Path(target)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")

    def make() -> Path:
        from app.handouts import write_handout

        write_handout(db, client_id, chosen, path, today=today, **options)
        return path

    def done(written: Path) -> None:
        parent.setProperty("last_printed", str(written))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))

    def failed(exc: BaseException) -> None:
        if isinstance(exc, UserError):
            QMessageBox.warning(
                parent, QCoreApplication.translate("PrintDialog", "Niet gemaakt"), message_text(exc)
            )
        else:  # a bug: the application's handler logs and shows it
            sys.excepthook(type(exc), exc, exc.__traceback__)

    run_in_background(make, done, failed)
