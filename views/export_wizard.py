"""Exporting a dossier bundle for the receiving desk, step by step.

First the receiving desk's checklist and who sends, then the completeness report (the person
decides whether the dossier goes with what is missing), then the file: a passphrase and parts
for the mail when wanted. The bundle is written off the GUI thread with progress and a stop
button; a stopped or failed export leaves no file behind.
"""

from __future__ import annotations

import sys
import threading
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.db import Database
from app.errors import UserError
from app.profile import ROLES, clean_profile, load_profile, save_profile
from views.i18n import code_words, message_text
from views.theme import set_ink
from views.worker import run_in_background

MIN_BUNDLE_PASSPHRASE = 10
DEFAULT_PART_MB = 10


def _tr(text: str) -> str:
    """Words of the module's functions, whose parent differs per call (so no tr() context)."""
    return QCoreApplication.translate("ExportWizard", text)


@dataclass(frozen=True)
class ExportChoice:
    """What the person chose in the wizard."""

    checklist_key: str | None
    debt_proofs: bool
    out: Path
    passphrase: str | None
    max_part_mb: int | None


class ReceiverPage(QWizardPage):
    """Which desk receives the dossier (its checklist) and who sends it."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__(wizard)
        self._owner = wizard  # wizard() is None until the page is added
        self.setTitle(self.tr("Naar wie gaat het dossier?"))
        self.setSubTitle(
            self.tr("Kies de checklist van het loket dat het dossier ontvangt, en wie het stuurt.")
        )
        form = QFormLayout(self)
        self.checklist = QComboBox()
        self.checklist.setAccessibleName(self.tr("Checklist van het loket"))
        for key, template in wizard.checklists.items():
            self.checklist.addItem(template.name, key)
        if wizard.chosen_checklist is not None:
            self.checklist.setCurrentIndex(max(0, self.checklist.findData(wizard.chosen_checklist)))
        form.addRow(self.tr("Checklist van het loket"), self.checklist)
        self.debt_proofs = QCheckBox(
            self.tr("Ook alle schuldbewijzen samen in één PDF (schuldbewijzen.pdf)")
        )
        form.addRow("", self.debt_proofs)
        self.checklist.currentIndexChanged.connect(self._checklist_changed)
        self._checklist_changed()
        profile = load_profile(wizard.db.paths)
        self.name = QLineEdit(profile.name or "")
        self.name.setAccessibleName(self.tr("Uw naam"))
        form.addRow(self.tr("Uw naam"), self.name)
        self.organisation = QLineEdit(profile.organisation or "")
        self.organisation.setAccessibleName(self.tr("Organisatie"))
        form.addRow(self.tr("Organisatie"), self.organisation)
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Uw rol"))
        for code, words in ROLES.items():
            self.role.addItem(code_words(words), code)
        self.role.setCurrentIndex(max(0, self.role.findData(profile.role)))
        form.addRow(self.tr("Uw rol"), self.role)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        set_ink(self.problem, "error")
        form.addRow(self.problem)

    def _checklist_changed(self) -> None:
        template = self.owner().checklists.get(self.checklist_key() or "")
        self.debt_proofs.setChecked(bool(template and template.merge_debt_proofs))

    def owner(self) -> ExportWizard:
        return self._owner

    def checklist_key(self) -> str | None:
        data = self.checklist.currentData()
        return str(data) if data else None

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        try:
            profile = clean_profile(
                self.name.text(), self.organisation.text(), str(self.role.currentData())
            )
            save_profile(self.owner().db.paths, profile)
        except UserError as exc:
            self.problem.setText(message_text(exc))
            return False
        self.problem.clear()
        return True


class CompletenessPage(QWizardPage):
    """The completeness report against the receiving checklist comes before the file."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__(wizard)
        from views.completeness_view import CompletenessView

        self.setTitle(self.tr("Is het dossier compleet?"))
        self.setSubTitle(self.tr("Wat het loket vraagt en wat er nog ontbreekt."))
        layout = QVBoxLayout(self)
        self.view = CompletenessView(self)
        layout.addWidget(self.view, 1)
        self.anyway = QCheckBox(self.tr("Ik stuur het dossier toch, met wat er nog ontbreekt"))
        self.anyway.toggled.connect(self.completeChanged)
        layout.addWidget(self.anyway)
        self.ready = False

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        from app.checklist import completeness_of

        wizard = self.wizard()
        assert isinstance(wizard, ExportWizard)
        key = wizard.receiver.checklist_key()
        self.anyway.setChecked(False)
        if key is None:
            self.view.show_nothing()
            self.ready = False
        else:
            report = completeness_of(
                wizard.db, wizard.client_id, today=wizard.today, template_key=key
            )
            self.view.show_report(report, wizard.checklists[key])
            self.ready = report.ready
        self.anyway.setVisible(not self.ready)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return self.ready or self.anyway.isChecked()


class FilePage(QWizardPage):
    """Where the bundle goes, with a passphrase and parts for the mail when wanted."""

    def __init__(self, wizard: ExportWizard, default_out: Path) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Het bestand"))
        self.setSubTitle(
            self.tr(
                "Een wachtwoord beschermt de bundel onderweg; geef het wachtwoord op een andere "
                "manier door (bijvoorbeeld telefonisch), nooit in dezelfde mail."
            )
        )
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.out = QLineEdit(str(default_out))
        self.out.setAccessibleName(self.tr("Bestand"))
        browse = QPushButton(self.tr("Bladeren…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.out, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Bestand"), row)
        self.protect = QCheckBox(self.tr("Beveiligen met een wachtwoord (AES-256, opent in 7-Zip)"))
        self.protect.setChecked(True)
        form.addRow("", self.protect)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Wachtwoord"))
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setAccessibleName(self.tr("Herhaal het wachtwoord"))
        form.addRow(self.tr("Wachtwoord"), self.passphrase)
        form.addRow(self.tr("Herhaal het wachtwoord"), self.again)
        self.protect.toggled.connect(self.passphrase.setEnabled)
        self.protect.toggled.connect(self.again.setEnabled)
        split_row = QHBoxLayout()
        self.split = QCheckBox(self.tr("Splitsen voor de mail, in delen van hoogstens"))
        self.part_mb = QSpinBox()
        self.part_mb.setRange(1, 10_000)
        self.part_mb.setValue(DEFAULT_PART_MB)
        self.part_mb.setSuffix(" MB")
        self.part_mb.setAccessibleName(self.tr("Grootte van een deel"))
        self.part_mb.setEnabled(False)
        self.split.toggled.connect(self.part_mb.setEnabled)
        split_row.addWidget(self.split)
        split_row.addWidget(self.part_mb)
        split_row.addStretch(1)
        form.addRow("", split_row)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        set_ink(self.problem, "error")
        form.addRow(self.problem)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Bundel opslaan"), self.out.text(), self.tr("Zip-bestand (*.zip)")
        )
        if chosen:
            self.out.setText(chosen if chosen.lower().endswith(".zip") else chosen + ".zip")

    def choice(self) -> tuple[Path, str | None, int | None]:
        """The file, passphrase and part size chosen; checked by ``validatePage``."""
        out = Path(self.out.text().strip()).expanduser()
        passphrase = self.passphrase.text() if self.protect.isChecked() else None
        return out, passphrase, self.part_mb.value() if self.split.isChecked() else None

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        out, passphrase, _ = self.choice()
        problem = ""
        if not self.out.text().strip():
            problem = self.tr("Kies waar de bundel komt.")
        elif out.suffix.lower() != ".zip":
            problem = self.tr("De bundel is een zip-bestand: de naam eindigt op .zip.")
        elif not out.parent.is_dir():
            problem = self.tr("De map {folder} bestaat niet.").format(folder=out.parent)
        elif passphrase is not None and len(passphrase) < MIN_BUNDLE_PASSPHRASE:
            problem = self.tr("Kies een wachtwoord van minstens {n} tekens.").format(
                n=MIN_BUNDLE_PASSPHRASE
            )
        elif passphrase is not None and passphrase != self.again.text():
            problem = self.tr("De twee wachtwoorden zijn niet gelijk.")
        elif out.exists():
            answer = QMessageBox.question(
                self,
                self.tr("Bestand bestaat al"),
                self.tr("{name} bestaat al. Vervangen?").format(name=out.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self.problem.setText(problem)
        return not problem


class ExportWizard(QWizard):
    """The three steps before a bundle is written; ``choice()`` after it was accepted."""

    def __init__(
        self,
        db: Database,
        client_id: uuid.UUID,
        last_name: str,
        *,
        today: date,
        folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from app.bundle_export import suggested_name
        from app.checklist import checklist_state, load_checklists, own_checklists_dir

        self.db, self.client_id, self.today = db, client_id, today
        self.setWindowTitle(self.tr("Dossier exporteren voor het loket"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Exporteren"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Volgende"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Vorige"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuleren"))
        self.checklists = load_checklists(own_checklists_dir(db.paths))
        state = checklist_state(db, client_id)
        self.chosen_checklist = state.template.key if state is not None else None
        if folder is None or not folder.is_dir():
            documents = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            folder = Path(documents) if documents else Path.home()
        self.receiver = ReceiverPage(self)
        self.completeness = CompletenessPage(self)
        self.file = FilePage(self, folder / suggested_name(last_name, today))
        for page in (self.receiver, self.completeness, self.file):
            self.addPage(page)
        self.resize(720, 560)

    def choice(self) -> ExportChoice:
        out, passphrase, part_mb = self.file.choice()
        return ExportChoice(
            checklist_key=self.receiver.checklist_key(),
            debt_proofs=self.receiver.debt_proofs.isChecked(),
            out=out,
            passphrase=passphrase,
            max_part_mb=part_mb,
        )


def run_export(
    parent: QWidget,
    db: Database,
    client_id: uuid.UUID,
    choice: ExportChoice,
    *,
    today: date,
    on_done: Any = None,
) -> None:
    """Write the bundle in the background with progress and a stop button; say how it went."""
    from app.bundle_export import ExportedBy, ExportOptions, export_bundle

    profile = load_profile(db.paths)
    options = ExportOptions(
        exported_by=ExportedBy(profile.name, profile.organisation, profile.role),
        checklist_key=choice.checklist_key,
        passphrase=choice.passphrase,
        max_part_bytes=choice.max_part_mb * 1_000_000 if choice.max_part_mb else None,
        debt_proofs_pdf=choice.debt_proofs,
    )
    state: dict[str, Any] = {"done": 0, "total": 1, "cancel": threading.Event()}
    dialog = QProgressDialog(_tr("Dossierbundel maken…"), _tr("Stoppen"), 0, 1000, parent)
    dialog.setWindowTitle(_tr("Exporteren"))
    dialog.setMinimumDuration(300)
    dialog.canceled.connect(state["cancel"].set)
    timer = QTimer(parent)
    timer.timeout.connect(
        lambda: dialog.setValue(min(999, state["done"] * 1000 // max(1, state["total"])))
    )
    timer.start(100)

    def progress(done: int, total: int) -> None:
        state["done"], state["total"] = done, total

    def work() -> list[Path]:
        return export_bundle(
            db,
            client_id,
            choice.out,
            options,
            today=today,
            progress=progress,
            cancel=state["cancel"].is_set,
        )

    def finish() -> None:
        timer.stop()
        dialog.reset()
        dialog.deleteLater()

    def done(written: list[Path]) -> None:
        finish()
        show_written(parent, written, encrypted=choice.passphrase is not None)
        if on_done is not None:
            on_done(written)

    def failed(exc: BaseException) -> None:
        finish()
        if isinstance(exc, UserError):
            QMessageBox.warning(parent, _tr("Niet geëxporteerd"), message_text(exc))
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)

    run_in_background(work, done, failed)


def show_written(parent: QWidget, written: list[Path], *, encrypted: bool) -> None:
    """Say what was written, with a button that opens its folder."""
    names = "\n".join(path.name for path in written)
    text = _tr("De dossierbundel staat klaar in {folder}:\n\n{names}").format(
        folder=written[0].parent, names=names
    )
    if len(written) > 1:
        text += "\n\n" + _tr("Stuur alle {n} delen; het loket heeft ze allemaal nodig.").format(
            n=len(written)
        )
    if encrypted:
        text += "\n\n" + _tr("Geef het wachtwoord op een andere manier door dan de bundel zelf.")
    box = QMessageBox(QMessageBox.Icon.Information, _tr("Geëxporteerd"), text, parent=parent)
    open_folder = box.addButton(_tr("Map openen"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is open_folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(written[0].parent)))


def export_dossier(
    parent: QWidget,
    db: Database,
    client_id: uuid.UUID,
    last_name: str,
    *,
    today: date,
    settings: QSettings | None = None,
) -> None:
    """The wizard, then the export; the folder last used is offered next time."""
    folder = None
    if settings is not None and settings.value("export/folder"):
        folder = Path(str(settings.value("export/folder")))
    wizard = ExportWizard(db, client_id, last_name, today=today, folder=folder, parent=parent)
    if not wizard.exec():
        return
    choice = wizard.choice()
    if settings is not None:
        settings.setValue("export/folder", str(choice.out.parent))
    run_export(parent, db, client_id, choice, today=today)
