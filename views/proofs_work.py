"""The Bewijsstukken page's long work: storing many files and merging the debt proofs, each
in the background behind a progress dialog that can stop it."""

from __future__ import annotations

import sys
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from app import documents
from app.db import Database
from app.document_merge import write_debt_proofs
from app.errors import UserError
from views.i18n import message_text
from views.worker import run_in_background


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProofsPage", text)


@dataclass
class Progress:
    """Shared between the worker (which writes) and the GUI's timer (which reads)."""

    total: int = 1
    done: int = 0
    cancel: threading.Event = field(default_factory=threading.Event)

    def report(self, done: int, total: int) -> None:
        self.done, self.total = done, max(total, 1)


def run_with_progress(
    parent: QWidget,
    title: str,
    label: str,
    work: Callable[[Progress], Any],
    done: Callable[[Any], None],
    *,
    total: int = 1,
) -> None:
    """Run ``work`` off the GUI thread behind a progress dialog with a "Stoppen" button.

    ``work`` reports through its ``Progress`` and asks ``progress.cancel``; ``done`` gets its
    result on the GUI thread. A user error ends up in ``done`` as the exception itself; any
    other failure is a bug and goes to the application's handler.
    """
    progress = Progress(total=max(total, 1))
    dialog = QProgressDialog(label, _tr("Stoppen"), 0, 1000, parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(300)
    dialog.canceled.connect(progress.cancel.set)
    timer = QTimer(parent)
    timer.timeout.connect(
        lambda: dialog.setValue(min(999, progress.done * 1000 // max(progress.total, 1)))
    )
    timer.start(100)

    def finish() -> None:
        timer.stop()
        timer.deleteLater()
        dialog.reset()
        dialog.deleteLater()

    def finished(result: Any) -> None:
        finish()
        done(result)

    def failed(exc: BaseException) -> None:
        finish()
        if isinstance(exc, UserError):
            done(exc)
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)

    run_in_background(lambda: work(progress), finished, failed)


_IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".tif", ".tiff", ".heic", ".heif"})


def is_image(path: Path) -> bool:
    """A photo or scan to convert (by its name; the store checks the bytes themselves)."""
    return path.suffix.lower() in _IMAGE_SUFFIXES


def _store_converted(db: Database, group: list[Path], store: Any) -> None:
    """Convert images into one compact A4 PDF and store that, under the first one's name.

    The PDF exists unencrypted only for the moment it is read into the store, in the data
    folder's own documents folder, and is removed whatever happens.
    """
    from app.document_check import clean_description
    from app.document_convert import convert_to_pdf_file

    folder = db.paths.documents
    folder.mkdir(parents=True, exist_ok=True)
    temporary = folder / f".{uuid.uuid4().hex}.convert.pdf"
    try:
        convert_to_pdf_file(group, temporary)
        name = clean_description(Path(group[0].name).stem) or "scan"
        store(temporary, 0, f"{name}.pdf" if len(group) == 1 else f"{name} (+{len(group) - 1}).pdf")
    finally:
        temporary.unlink(missing_ok=True)


@dataclass(frozen=True)
class AddOptions:
    """How new files are stored: photos converted to PDF, merged into one, originals kept."""

    convert: bool
    merge: bool
    keep: bool


def add_files_work(
    db: Database,
    client_id: uuid.UUID,
    paths: list[Path],
    today: date,
    options: AddOptions,
) -> Callable[[Progress], tuple[list[str], list[str]]]:
    """The work of storing ``paths``, file by file: the names added and the refusals."""

    def work(progress: Progress) -> tuple[list[str], list[str]]:
        def store(path: Path, start: int, description: str | None = None) -> None:
            documents.add_document(
                db,
                client_id,
                path,
                description=description,
                received_on=today,
                progress=lambda done, _size: progress.report(start + done, progress.total),
                cancel=progress.cancel.is_set,
            )

        added: list[str] = []
        refused: list[str] = []
        images = [p for p in paths if options.convert and is_image(p)]
        others = [p for p in paths if p not in images]
        groups = [images] if options.merge and images else [[p] for p in images]
        stopped = _tr("gestopt.")
        for group in groups:
            if progress.cancel.is_set():
                refused.append(f"{group[0].name}: {stopped}")
                continue
            try:
                _store_converted(db, group, store)
                added.extend(p.name for p in group)
                if options.keep:
                    for original in group:
                        store(original, 0)
            except UserError as exc:
                refused.append(f"{group[0].name}: {message_text(exc)}")
        before = 0
        for path in others:
            if progress.cancel.is_set():
                refused.append(f"{path.name}: {stopped}")
                continue
            try:
                store(path, before)
                added.append(path.name)
            except UserError as exc:
                refused.append(f"{path.name}: {message_text(exc)}")
            before += path.stat().st_size if path.is_file() else 0
        return added, refused

    return work


def merge_work(
    db: Database, client_id: uuid.UUID, target: Path
) -> Callable[[Progress], int | None]:
    """The work of writing the client's debt proofs merged into ``target``."""

    def work(progress: Progress) -> int | None:
        return write_debt_proofs(
            db, client_id, target, progress=progress.report, cancel=progress.cancel.is_set
        )

    return work
