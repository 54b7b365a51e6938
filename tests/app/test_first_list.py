"""The first list of a start: read from the encrypted file alone, the store's own rows."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import astuple
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from app import first_list
from app.clients import list_client_rows
from app.db import Database
from app.demo.dossiers import install_demo
from app.errors import WrongKeyError
from app.paths import resolve_paths
from app.secrets import StoreKey

TODAY = date(2026, 11, 26)
ROOT = Path(__file__).resolve().parents[2]


def test_first_list_is_the_store_list_row_for_row(db: Database) -> None:
    install_demo(db, today=TODAY, generated=40)
    assert db.store_key is not None
    rows = first_list.read_first_list(db.paths, db.store_key, today=TODAY)
    assert rows is not None
    expected = list_client_rows(db, today=TODAY)
    assert len(rows) == len(expected) >= 40
    assert [astuple(row) for row in rows] == [astuple(row) for row in expected]


def test_no_database_yet_means_no_first_list(data_dir: Path) -> None:
    paths = resolve_paths(data_dir)
    key = StoreKey(b"k" * 32, "keyring", "ergens")
    assert first_list.read_first_list(paths, key, today=TODAY) is None
    first_list.prove_key(paths, key)  # nothing to prove a key against: no refusal


def test_a_database_to_migrate_waits_for_the_store(db: Database) -> None:
    install_demo(db, today=TODAY)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0006'"))
    assert db.store_key is not None
    assert first_list.read_first_list(db.paths, db.store_key, today=TODAY) is None


def test_a_key_that_does_not_fit_is_refused_with_the_wrong_key_message(db: Database) -> None:
    install_demo(db, today=TODAY)
    wrong = StoreKey(b"x" * 32, "passphrase", "andere-map")
    with pytest.raises(WrongKeyError, match="niet geopend worden"):
        first_list.prove_key(db.paths, wrong)
    assert first_list.read_first_list(db.paths, wrong, today=TODAY) is None
    assert db.store_key is not None
    first_list.prove_key(db.paths, db.store_key)  # the right key passes


def test_a_server_database_has_no_first_list(monkeypatch: pytest.MonkeyPatch) -> None:
    assert first_list.applies()
    monkeypatch.setenv("PROCESPLAAT_DATABASE_URL", "postgresql://ergens/procesplaat")
    assert not first_list.applies()


#: In a fresh process: the first list of a folder, and whether SQLAlchemy, SQLModel or the
#: tables were imported to read it.
PROBE = """
import json, sys
from datetime import date
from app.paths import resolve_paths
from app.secrets import open_key
from app.first_list import read_first_list
paths = resolve_paths(sys.argv[1])
rows = read_first_list(paths, open_key(paths), today=date(2026, 11, 26))
heavy = [m for m in ("sqlalchemy", "sqlmodel", "models.tables", "alembic") if m in sys.modules]
print(json.dumps({"rows": len(rows), "heavy": heavy}))
"""


def test_the_first_list_is_read_without_sqlalchemy(
    data_dir: Path, tmp_path: Path, no_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from builders import open_db

    monkeypatch.setenv("PROCESPLAAT_PASSPHRASE", "een lang genoeg wachtwoord")
    db = open_db(data_dir)
    install_demo(db, today=TODAY)
    db.close()
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(db.paths.data_dir)],
        cwd=ROOT,
        env={
            "PATH": "/usr/bin:/bin",
            "HOME": str(tmp_path / "home"),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            "PROCESPLAAT_PASSPHRASE": "een lang genoeg wachtwoord",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found == {"rows": 4, "heavy": []}
