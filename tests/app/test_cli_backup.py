"""The backup commands: backup, backups and restore, with DESIGN.md's exit codes."""

from __future__ import annotations

import argparse
import io
import json
import sys
from datetime import date
from pathlib import Path

import pytest
from builders import add_client, open_db

from app.cli_backup import EXIT_OK, EXIT_REFUSED, add_backup_parsers, run_backup, run_backups
from app.cli_backup import run_restore as run_restore_command
from app.clients import list_client_rows
from app.errors import UserError
from app.paths import resolve_paths
from app.store import open_database


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """The commands as app/cli.py runs them: a user error is one line and exit code 1."""
    parser = argparse.ArgumentParser(prog="procesplaat")
    parser.add_argument("--data-dir")
    add_backup_parsers(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    try:
        if args.command == "backup":
            db = open_database(resolve_paths(args.data_dir))
            try:
                code = run_backup(db, args)
            finally:
                db.close()
        elif args.command == "backups":
            code = run_backups(args)
        else:
            code = run_restore_command(args)
    except UserError as exc:
        print(f"procesplaat: {exc.message}", file=sys.stderr)
        code = EXIT_REFUSED
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def store(data_dir: Path) -> Path:
    """A data folder with one client, closed."""
    db = open_db(data_dir)
    add_client(db, last_name="Jansen")
    db.close()
    return data_dir


def test_backup_prints_the_path_of_a_new_backup(capsys, store: Path) -> None:
    code, out, err = run(capsys, "backup")
    assert code == EXIT_OK, err
    made = Path(out.strip())
    assert made.parent == store / "backups"
    assert made.name.startswith("handmatig-")
    assert made.read_bytes()[:16] != b"SQLite format 3\x00"


def test_backups_lists_each_backup_with_its_reason(capsys, store: Path) -> None:
    run(capsys, "backup")
    code, out, _ = run(capsys, "backups")
    assert code == EXIT_OK
    # (a copy before a migration may stand beside it: the store's schema can be older)
    (line,) = [line for line in out.splitlines() if "handmatig-" in line]
    assert "met de hand" in line
    assert "0 documenten" in line
    code, out, _ = run(capsys, "backups", "--json")
    (entry,) = [e for e in json.loads(out) if e["reason"] != "voor-migratie"]
    assert entry["reason"] == "handmatig"
    assert entry["size"] > 0


def test_backups_of_an_empty_folder_says_there_are_none(capsys, data_dir: Path) -> None:
    code, out, _ = run(capsys, "backups")
    assert code == EXIT_OK
    assert out.strip() == "Er zijn nog geen back-ups."
    assert not data_dir.exists()  # listing creates nothing and needs no key


def test_restore_by_name_with_yes_puts_the_backup_back(capsys, store: Path) -> None:
    _, out, _ = run(capsys, "backup")
    name = Path(out.strip()).name
    db = open_db(store)
    add_client(db, last_name="Later")
    db.close()
    code, out, err = run(capsys, "restore", name, "--yes")
    assert code == EXIT_OK, err
    assert "is teruggezet" in out
    assert "voor-terugzetten-" in out
    db = open_db(store)
    try:
        rows = list_client_rows(db, today=date(2026, 11, 26))
        assert [r.name for r in rows] == ["Anna Jansen"]
    finally:
        db.close()


def test_restore_without_yes_and_without_a_terminal_refuses(
    capsys, store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, out, _ = run(capsys, "backup")
    monkeypatch.setattr("sys.stdin", io.StringIO("ja\n"))  # not a terminal: no question
    before = (store / "procesplaat.db").read_bytes()
    code, _, err = run(capsys, "restore", out.strip())
    assert code == EXIT_REFUSED
    assert "--yes" in err
    assert (store / "procesplaat.db").read_bytes() == before


def test_restore_asks_on_a_terminal_and_stops_unless_told_ja(
    capsys, store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, out, _ = run(capsys, "backup")

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdin", Terminal("nee\n"))
    code, _, err = run(capsys, "restore", out.strip())
    assert code == EXIT_REFUSED
    monkeypatch.setattr("sys.stdin", Terminal("ja\n"))
    code, printed, err = run(capsys, "restore", out.strip())
    assert code == EXIT_OK, err
    assert "Doorgaan?" in printed


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        ("missing", "bestaat niet"),
        ("flipped", "beschadigd"),
        ("text", "andere gegevensmap"),
    ],
)
def test_restore_refusals_exit_1_with_one_dutch_line(
    capsys, store: Path, tmp_path: Path, damage: str, message: str
) -> None:
    _, out, _ = run(capsys, "backup")
    backup = Path(out.strip())
    if damage == "missing":
        backup = tmp_path / "weg.db"
    elif damage == "flipped":
        data = bytearray(backup.read_bytes())
        data[len(data) // 2 : len(data) // 2 + 64] = bytes(64)
        backup.write_bytes(bytes(data))
    else:
        backup = tmp_path / "notities.db"
        backup.write_bytes(b"dit is geen database " * 300)
    before = (store / "procesplaat.db").read_bytes()
    code, _, err = run(capsys, "restore", str(backup), "--yes")
    assert code == EXIT_REFUSED
    assert message in err
    assert err.count("\n") == 1
    assert (store / "procesplaat.db").read_bytes() == before


def test_restore_into_a_folder_without_a_store_refuses_and_makes_no_key(
    capsys, store: Path, tmp_path: Path
) -> None:
    _, out, _ = run(capsys, "backup")
    empty = tmp_path / "leeg"
    code, _, err = run(capsys, "--data-dir", str(empty), "restore", out.strip(), "--yes")
    assert code == EXIT_REFUSED
    assert "geen gegevensmap" in err
    assert not (empty / "store.json").exists()
