"""The Extra menu: a dossier's history, the log, retention and the right of access."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from app.demo import TANYA_ID, install_demo
from views.audit_view import AuditWindow
from views.retention_dialog import RetentionDialog
from views.worker import wait_for_background

from .conftest import TODAY


def _open_tanya(qtbot, window) -> None:
    install_demo(window.db, today=TODAY)
    window.reload(TANYA_ID)
    qtbot.waitUntil(lambda: window.current_id == TANYA_ID, timeout=10_000)


def test_history_shows_the_open_dossiers_events(qtbot, window, monkeypatch) -> None:
    _open_tanya(qtbot, window)
    shown: list[QDialog] = []

    def record(dialog: QDialog) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(QDialog, "exec", record)
    assert window.history_action.isEnabled()
    window.history_action.trigger()
    (dialog,) = shown
    from views.audit_view import AuditHistory

    (history,) = dialog.findChildren(AuditHistory)
    assert history.model.rowCount() > 0


def test_log_and_retention_open_on_the_store(qtbot, window, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(AuditWindow, "exec", lambda _d: opened.append("log") or 0)
    monkeypatch.setattr(RetentionDialog, "exec", lambda _d: opened.append("retention") or 0)
    window.audit_action.trigger()
    window.retention_action.trigger()
    assert opened == ["log", "retention"]


def test_access_export_writes_her_folder(qtbot, window, tmp_path, monkeypatch) -> None:
    _open_tanya(qtbot, window)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a: str(tmp_path))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    window.access_action.trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=60_000)
    wait_for_background()
    (folder,) = [p for p in tmp_path.iterdir() if p.name.startswith("inzageverzoek-")]
    assert (folder / "dossier.zip").is_file()
    assert (folder / "geschiedenis.csv").is_file()
