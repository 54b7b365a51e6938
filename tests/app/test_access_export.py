"""Right of access: the bundle, her history as CSV and a read-me, in one complete folder."""

from __future__ import annotations

import csv
import errno
import io
import json
import uuid
import zipfile
from datetime import date
from pathlib import Path

import pytest

from app.access_export import BUNDLE, HISTORY, README, export_for_access
from app.audit_view import audit_events
from app.clients import close_client
from app.db import Database
from app.demo import TANYA_ID, install_demo
from app.errors import NotFoundError, UserError

TODAY = date(2026, 11, 26)


@pytest.fixture
def demo(db: Database) -> None:
    install_demo(db, today=TODAY)


def history_rows(folder: Path) -> list[dict[str, str]]:
    text = (folder / HISTORY).read_bytes().decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text), delimiter=";"))


def test_export_for_access_writes_bundle_history_and_readme(
    db: Database, demo: None, tmp_path: Path
) -> None:
    close_client(db, TANYA_ID, on=TODAY)
    folder = export_for_access(db, TANYA_ID, tmp_path, today=TODAY)
    assert folder.parent == tmp_path
    assert folder.name == f"inzageverzoek-2026-11-26-{str(TANYA_ID)[:8]}"
    assert sorted(p.name for p in folder.iterdir()) == sorted([BUNDLE, HISTORY, README])
    with zipfile.ZipFile(folder / BUNDLE) as bundle:
        names = bundle.namelist()
        dossier_name = next(n for n in names if n.endswith("/data/dossier.json"))
        dossier = json.loads(bundle.read(dossier_name))
    assert dossier["client"]["last_name"]
    assert any(n.endswith("/data/overzicht.pdf") for n in names)
    assert any("/data/documenten/" in n for n in names)
    assert "Inzageverzoek" in (folder / README).read_text(encoding="utf-8")


def test_export_for_access_history_holds_her_events_oldest_first(
    db: Database, demo: None, tmp_path: Path
) -> None:
    close_client(db, TANYA_ID, on=TODAY)
    before = audit_events(db, client_id=TANYA_ID, limit=None)
    rows = history_rows(export_for_access(db, TANYA_ID, tmp_path, today=TODAY))
    assert len(rows) == len(before) >= 1
    assert rows[-1]["actie"] == "Dossier gesloten"
    assert [r["moment"] for r in rows] == sorted(r["moment"] for r in rows)
    assert set(rows[0]) == {"moment", "wie", "gebruiker", "actie", "soort", "record", "velden"}


def test_export_for_access_is_itself_recorded(db: Database, demo: None, tmp_path: Path) -> None:
    export_for_access(db, TANYA_ID, tmp_path, today=TODAY, passphrase="geheim wachtwoord")
    (event,) = audit_events(db, client_id=TANYA_ID, action="export")
    assert (event.record_type, event.fields) == (
        "access_export",
        ("audit_csv", "bundle", "passphrase"),
    )


def test_export_for_access_twice_on_a_day_gets_a_second_folder(
    db: Database, demo: None, tmp_path: Path
) -> None:
    first = export_for_access(db, TANYA_ID, tmp_path, today=TODAY)
    second = export_for_access(db, TANYA_ID, tmp_path, today=TODAY)
    assert second.name == f"{first.name}-2"
    assert (first / BUNDLE).exists()
    assert (second / BUNDLE).exists()


def test_export_for_access_into_a_missing_folder_is_refused(db: Database, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="bestaat niet"):
        export_for_access(db, TANYA_ID, tmp_path / "weg", today=TODAY)


def test_export_for_access_of_an_unknown_client_leaves_nothing(
    db: Database, tmp_path: Path
) -> None:
    out = tmp_path / "uit"
    out.mkdir()
    with pytest.raises(NotFoundError):
        export_for_access(db, uuid.uuid4(), out, today=TODAY)
    assert list(out.iterdir()) == []


def test_export_for_access_on_a_full_disk_leaves_nothing_and_records_nothing(
    db: Database, demo: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "uit"
    out.mkdir()

    def full(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("app.access_export.replace_file", full)
    with pytest.raises(UserError, match="vol"):
        export_for_access(db, TANYA_ID, out, today=TODAY)
    assert list(out.iterdir()) == []
    assert audit_events(db, client_id=TANYA_ID, action="export") == []
