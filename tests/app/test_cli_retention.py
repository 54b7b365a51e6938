"""The retention command: listing, saving the term and destroying, with DESIGN.md's exit codes."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from builders import add_client
from cli_builders import (
    LATELY,
    LONG_AGO,
    TODAY,
    client_count,
    closed,
    destroy_events,
    one_dutch_line,
    run,
)
from document_builders import pdf_bytes, write
from sqlalchemy import func
from sqlmodel import col, select

from app import instance
from app.audit_view import audit_events
from app.cli import EXIT_OK, EXIT_REFUSED
from app.cli_retention import MAX_YEARS
from app.clients import close_client
from app.db import Database
from app.documents import add_document
from app.paths import resolve_paths
from app.retention import MAX_YEARS as RETENTION_MAX_YEARS
from app.retention import load_term, term_path
from models.tables import Client, Debt, Document


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.cli._today", lambda: TODAY)


def test_the_longest_term_of_the_parser_is_that_of_retention() -> None:
    assert RETENTION_MAX_YEARS == MAX_YEARS


def test_retention_lists_a_dossier_closed_long_ago_only(
    capsys: pytest.CaptureFixture[str], db: Database
) -> None:
    due = closed(db, LONG_AGO, "Oud")
    closed(db, LATELY, "Recent")
    add_client(db, last_name="Open")
    code, out, err = run(capsys, "retention")
    assert code == EXIT_OK, err
    first, *lines = out.splitlines()
    assert first == "Bewaartermijn: 5 jaar na sluiten."
    assert len(lines) == 1
    assert lines[0].startswith(str(due))
    assert "Anna Oud" in lines[0]
    assert "gesloten 15-01-2020" in lines[0]
    assert "te vernietigen sinds 15-01-2025" in lines[0]


def test_retention_json_names_the_term_and_each_due_dossier(
    capsys: pytest.CaptureFixture[str], db: Database
) -> None:
    due = closed(db, LONG_AGO, "Oud")
    code, out, _ = run(capsys, "retention", "--json")
    assert code == EXIT_OK
    assert json.loads(out) == {
        "years": 5,
        "saved_years": 5,
        "today": TODAY.isoformat(),
        "due": [
            {
                "id": str(due),
                "name": "Anna Oud",
                "closed_on": "2020-01-15",
                "due_since": "2025-01-15",
            }
        ],
    }


def test_retention_years_looks_with_another_term_without_saving(
    capsys: pytest.CaptureFixture[str], db: Database
) -> None:
    closed(db, LONG_AGO, "Oud")
    recent = closed(db, LATELY, "Recent")
    code, out, _ = run(capsys, "retention", "--years", "1")
    assert code == EXIT_OK
    assert "alleen bekeken; opgeslagen is 5 jaar" in out
    assert str(recent) in out
    assert not term_path(db.paths).exists()
    assert load_term(db.paths) == 5


def test_retention_set_years_saves_the_term_and_lists_with_it(
    capsys: pytest.CaptureFixture[str], db: Database
) -> None:
    recent = closed(db, LATELY, "Recent")
    code, out, _ = run(capsys, "retention", "--set-years", "1")
    assert code == EXIT_OK
    assert out.splitlines()[0] == "Bewaartermijn opgeslagen: 1 jaar na sluiten."
    assert str(recent) in out
    assert load_term(db.paths) == 1


def test_retention_without_due_dossiers_says_so(
    capsys: pytest.CaptureFixture[str], db: Database
) -> None:
    closed(db, LATELY, "Recent")
    code, out, _ = run(capsys, "retention")
    assert code == EXIT_OK
    assert "Er zijn geen dossiers waarvan de termijn voorbij is." in out


def test_destroy_refuses_a_dossier_in_its_term_and_destroys_nothing(
    capsys: pytest.CaptureFixture[str], db: Database
) -> None:
    due = closed(db, LONG_AGO, "Oud")
    recent = closed(db, LATELY, "Recent")
    before = client_count(db)
    code, out, err = run(capsys, "retention", "--destroy", str(due)[:8], str(recent), "--yes")
    assert code == EXIT_REFUSED
    assert out == ""
    line = one_dutch_line(err)
    assert f"dossier {str(recent)[:8]} loopt nog tot 01-01-2035" in line
    assert "Er is niets vernietigd." in line
    assert client_count(db) == before  # the due one was not destroyed either
    assert destroy_events(db) == 0


def test_destroy_refuses_an_open_dossier_with_one_line_each(
    capsys: pytest.CaptureFixture[str], db: Database
) -> None:
    first = add_client(db, last_name="Open")
    second = add_client(db, last_name="Ook open")
    code, _, err = run(capsys, "retention", "--destroy", str(first), str(second), "--yes")
    assert code == EXIT_REFUSED
    lines = err.splitlines()
    assert len(lines) == 2
    assert all(line.startswith("procesplaat: ") and "niet gesloten" in line for line in lines)
    assert client_count(db) == 2


def test_destroy_without_yes_and_without_a_terminal_destroys_nothing(
    capsys: pytest.CaptureFixture[str], db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    due = closed(db, LONG_AGO, "Oud")
    monkeypatch.setattr(sys, "stdin", io.StringIO("ja\n"))  # piped, not a terminal
    code, out, err = run(capsys, "retention", "--destroy", str(due))
    assert code == EXIT_REFUSED
    assert out == ""
    assert "--yes" in one_dutch_line(err)
    assert client_count(db) == 1


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("answer", "destroyed"), [("ja\n", True), ("nee\n", False), ("", False)])
def test_destroy_on_a_terminal_asks_with_the_names_first(
    capsys: pytest.CaptureFixture[str],
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
    destroyed: bool,
) -> None:
    due = closed(db, LONG_AGO, "Oud")
    monkeypatch.setattr(sys, "stdin", Terminal(answer))
    code, out, err = run(capsys, "retention", "--destroy", str(due))
    assert "Anna Oud" in err  # the question names whom
    assert "Typ 'ja'" in err
    assert code == (EXIT_OK if destroyed else EXIT_REFUSED)
    assert (f"Vernietigd: {due}" in out) is destroyed
    assert client_count(db) == (0 if destroyed else 1)


def test_destroy_with_yes_removes_rows_and_documents_and_is_audited(
    capsys: pytest.CaptureFixture[str], db: Database, tmp_path: Path
) -> None:
    due = add_client(db, last_name="Oud", debts=(("Eneco", "120.00"),))
    close_client(db, due, on=LONG_AGO)
    add_document(db, due, write(tmp_path / "in", "a.pdf", pdf_bytes()), kind="identity")
    with db.session() as session:
        stored = db.paths.documents / session.exec(select(Document.stored_name)).one()
    assert stored.exists()
    kept = closed(db, LATELY, "Blijft")

    code, out, err = run(capsys, "retention", "--destroy", str(due)[:8], "--yes", "--json")

    assert code == EXIT_OK, err
    assert json.loads(out) == {"destroyed": [str(due)], "documents_left": 0}
    assert not stored.exists()
    with db.session() as session:
        assert session.get(Client, due) is None
        assert session.get(Client, kept) is not None
        assert session.exec(select(func.count()).select_from(Document)).one() == 0
        assert (
            session.exec(
                select(func.count()).select_from(Debt).where(col(Debt.client_id) == due)
            ).one()
            == 0
        )
    assert audit_events(db, client_id=due)[0].action == "destroy"
    assert destroy_events(db) == 1


def test_destroy_is_refused_while_the_window_holds_the_folder_but_listing_runs(
    capsys: pytest.CaptureFixture[str], db: Database
) -> None:
    due = closed(db, LONG_AGO, "Oud")
    held = instance.acquire(resolve_paths(db.paths.data_dir))
    assert held is not None
    try:
        code, _, err = run(capsys, "retention", "--destroy", str(due), "--yes")
        assert code == EXIT_REFUSED
        assert "in gebruik" in one_dutch_line(err)
        code, _, err = run(capsys, "retention", "--set-years", "7")
        assert code == EXIT_REFUSED
        assert load_term(db.paths) == 5
        code, out, _ = run(capsys, "retention")
        assert code == EXIT_OK
        assert str(due) in out
    finally:
        held.release()
    assert client_count(db) == 1
