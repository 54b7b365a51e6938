"""The trust commands audit and access, and every command's wrong usage, with DESIGN.md's
exit codes (retention: test_cli_retention.py)."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
import zipfile
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from builders import add_client
from cli_builders import LONG_AGO, TODAY, closed, one_dutch_line, run
from document_builders import write
from sqlmodel import col, select

from app import audit
from app.access_export import BUNDLE, HISTORY, README
from app.audit_view import ACTION_LABELS, audit_events
from app.cli import EXIT_OK, EXIT_REFUSED, EXIT_USAGE
from app.cli_trust import ACTION_CODES
from app.clients import close_client, create_client
from app.db import Database
from app.demo import TANYA_ID, install_demo
from app.profile import Profile, save_profile
from models.tables import AuditEvent, Client, Creditor, Debt
from models.values import format_money

CASEWORKER = "Mirjam de Wit"


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.cli._today", lambda: TODAY)


def event_at(db: Database, at: datetime, *, action: str = "update") -> None:
    """An event at a chosen moment (the trail itself cannot be changed afterwards)."""
    with db.session() as session:
        session.add(
            AuditEvent(at=at, os_user="tester", action=action, record_type="debt", client_id=None)
        )


def audit_json(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict[str, object]]:
    code, out, err = run(capsys, "audit", "--json", *argv)
    assert code == EXIT_OK, err
    events = json.loads(out)
    assert isinstance(events, list)
    return events


# -- audit --------------------------------------------------------------------------------


def test_audit_lists_events_newest_first_one_line_each_with_the_caseworker(
    capsys: pytest.CaptureFixture[str], db: Database
) -> None:
    save_profile(db.paths, Profile(name=CASEWORKER, organisation="Gemeente Zaandam"))
    client_id = closed(db, LONG_AGO, "Bakker")
    code, out, err = run(capsys, "audit")
    assert code == EXIT_OK, err
    header, *lines = out.splitlines()
    assert header.split()[:3] == ["Moment", "Wie", "Gebruiker"]
    assert len(lines) == len(audit_events(db)) == 2  # made, closed
    newest = lines[0]
    assert "Dossier gesloten" in newest
    assert CASEWORKER in newest
    assert audit.os_user() in newest
    assert str(client_id)[:8] in newest
    assert newest.endswith("gesloten op, status")
    assert "Toegevoegd" in lines[-1]
    assert err == ""


def test_audit_json_has_one_object_per_event_with_names_of_fields_only(
    capsys: pytest.CaptureFixture[str], db: Database
) -> None:
    save_profile(db.paths, Profile(name=CASEWORKER, organisation=None))
    client_id = closed(db, LONG_AGO, "Bakker")
    events = audit_json(capsys)
    assert set(events[0]) == {
        "id",
        "at",
        "who",
        "os_user",
        "actor",
        "action",
        "action_label",
        "record_type",
        "record_label",
        "record_id",
        "client_id",
        "fields",
    }
    newest = events[0]
    assert newest["action"] == "close"
    assert newest["action_label"] == "Dossier gesloten"
    assert newest["who"] == newest["actor"] == CASEWORKER
    assert newest["client_id"] == newest["record_id"] == str(client_id)
    assert newest["fields"] == ["closed_on", "status"]
    moments = [datetime.fromisoformat(str(e["at"])) for e in events]
    assert moments == sorted(moments, reverse=True)
    assert all(m.tzinfo is not None for m in moments)


def test_audit_of_one_client_by_prefix_shows_only_her_events(
    capsys: pytest.CaptureFixture[str], db: Database
) -> None:
    bakker = closed(db, LONG_AGO, "Bakker")
    other = closed(db, LONG_AGO, "Anders")
    events = audit_json(capsys, str(bakker)[:8])
    assert events
    assert {e["client_id"] for e in events} == {str(bakker)}
    assert len(events) == len(audit_events(db, client_id=bakker))
    assert str(other) not in json.dumps(events)


@pytest.mark.parametrize("spelled", ["close", "Dossier gesloten", "DOSSIER GESLOTEN"])
def test_audit_filters_on_action_by_code_or_dutch_name(
    capsys: pytest.CaptureFixture[str], db: Database, spelled: str
) -> None:
    closed(db, LONG_AGO, "Bakker")
    closed(db, LONG_AGO, "Anders")
    events = audit_json(capsys, "--action", spelled)
    assert [e["action"] for e in events] == ["close", "close"]


def test_audit_filters_on_who_ignoring_case(
    capsys: pytest.CaptureFixture[str], db: Database
) -> None:
    audit.set_actor(db, CASEWORKER)
    mine = closed(db, LONG_AGO, "Bakker")
    audit.set_actor(db, "Joris Jansen")
    closed(db, LONG_AGO, "Anders")
    events = audit_json(capsys, "--who", "mirjam  DE wit")
    assert events
    assert {e["who"] for e in events} == {CASEWORKER}
    assert {e["client_id"] for e in events} == {str(mine)}


def test_audit_refuses_a_person_the_trail_does_not_name(
    capsys: pytest.CaptureFixture[str], db: Database
) -> None:
    audit.set_actor(db, CASEWORKER)
    closed(db, LONG_AGO, "Bakker")
    code, out, err = run(capsys, "audit", "--who", "Piet Puk")
    assert code == EXIT_REFUSED
    assert out == ""
    line = one_dutch_line(err)
    assert "niemand 'Piet Puk'" in line
    assert CASEWORKER in line  # who it does name, to choose from


def test_audit_filters_on_days_inclusive_in_local_time(
    capsys: pytest.CaptureFixture[str], db: Database
) -> None:
    for day in (date(2026, 11, 1), date(2026, 11, 2), date(2026, 11, 3)):
        noon = datetime(day.year, day.month, day.day, 12).astimezone().astimezone(UTC)
        event_at(db, noon)
    days = [
        e["at"][:10]  # type: ignore[index]
        for e in audit_json(capsys, "--since", "2026-11-02", "--until", "2026-11-03")
    ]
    assert days == ["2026-11-03", "2026-11-02"]
    only = audit_json(capsys, "--since", "2026-11-02", "--until", "2026-11-02")
    assert [e["at"][:10] for e in only] == ["2026-11-02"]  # type: ignore[index]
    assert len(audit_json(capsys, "--until", "2026-11-01")) == 1


def test_audit_refuses_since_after_until(capsys: pytest.CaptureFixture[str], db: Database) -> None:
    code, out, err = run(capsys, "audit", "--since", "2026-11-30", "--until", "2026-11-01")
    assert code == EXIT_REFUSED
    assert out == ""
    assert "ligt na --until" in one_dutch_line(err)


def test_audit_limit_shows_the_newest_and_says_there_are_more(
    capsys: pytest.CaptureFixture[str], db: Database
) -> None:
    start = datetime(2026, 11, 1, 9, tzinfo=UTC)
    for minutes in range(5):
        event_at(db, start + timedelta(minutes=minutes))
    code, out, err = run(capsys, "audit", "--limit", "2")
    assert code == EXIT_OK
    assert len(out.splitlines()) == 1 + 2
    assert "nieuwste 2 gebeurtenissen" in err
    assert audit_json(capsys, "--limit", "5")  # exactly all of them: no note
    assert capsys.readouterr().err == ""
    code, _, err = run(capsys, "audit", "--limit", "5")
    assert code == EXIT_OK
    assert err == ""


def test_audit_of_an_empty_trail_says_so(capsys: pytest.CaptureFixture[str], db: Database) -> None:
    code, out, _ = run(capsys, "audit")
    assert code == EXIT_OK
    assert out == "Geen gebeurtenissen gevonden.\n"
    assert audit_json(capsys) == []


def test_audit_shows_no_personal_values_but_the_caseworkers_name(
    capsys: pytest.CaptureFixture[str], db: Database
) -> None:
    save_profile(db.paths, Profile(name=CASEWORKER, organisation="Gemeente Zaandam"))
    install_demo(db, today=date(2026, 11, 26))
    typed = {  # what a caseworker types in herself, recorded under her name
        "first_names": "Fenna",
        "last_name": "Zwaneveld",
        "bsn": "111222333",
        "iban": "NL91ABNA0417164300",
        "street": "Lindengracht",
        "postcode": "1015 KD",
        "city": "Amsterdam",
    }
    fenna = create_client(db, typed, today=date(2026, 11, 26))
    close_client(db, fenna, on=LONG_AGO)
    with db.session() as session:
        clients = session.exec(select(Client)).all()
        creditors = session.exec(select(Creditor.name)).all()
        debts = session.exec(select(col(Debt.total))).all()
    secrets = {c.bsn for c in clients if c.bsn} | {c.iban for c in clients if c.iban}
    secrets |= {part for c in clients for part in (c.first_names, c.last_name) if part}
    secrets |= {c.street for c in clients if c.street} | set(creditors) | set(typed.values())
    large = [amount for amount in debts if amount > Decimal("9.99")]
    secrets |= {f"{amount:.2f}" for amount in large} | {format_money(a) for a in large}
    assert len(secrets) > 20
    _, text, _ = run(capsys, "audit", "--limit", "100000")
    _, as_json, _ = run(capsys, "audit", "--json", "--limit", "100000")
    assert CASEWORKER in text
    assert CASEWORKER in as_json
    for output in (text, as_json):
        leaked = sorted(value for value in secrets if value in output)
        assert leaked == []


def test_audit_of_a_destroyed_dossier_by_its_full_id_shows_the_destruction(
    capsys: pytest.CaptureFixture[str], db: Database
) -> None:
    gone = closed(db, LONG_AGO, "Weg")
    assert run(capsys, "retention", "--destroy", str(gone), "--yes")[0] == EXIT_OK
    events = audit_json(capsys, str(gone))
    assert events[0]["action"] == "destroy"
    assert events[0]["action_label"] == "Vernietigd (bewaartermijn)"
    code, _, err = run(capsys, "audit", str(gone)[:8])  # a prefix finds living clients only
    assert code == EXIT_REFUSED
    assert "geen klant" in one_dutch_line(err)


@pytest.mark.parametrize("reference", ["xyz", str(uuid.uuid4())])
def test_audit_of_an_unknown_client_is_refused(
    capsys: pytest.CaptureFixture[str], db: Database, reference: str
) -> None:
    code, out, err = run(capsys, "audit", reference)
    assert code == EXIT_REFUSED
    assert out == ""
    one_dutch_line(err)


def test_action_codes_of_the_help_are_those_of_the_log() -> None:
    assert tuple(ACTION_LABELS) == ACTION_CODES


# -- access -------------------------------------------------------------------------------


def test_access_writes_the_folder_and_prints_its_path(
    capsys: pytest.CaptureFixture[str], db: Database, tmp_path: Path
) -> None:
    install_demo(db, today=date(2026, 11, 26))
    out_dir = tmp_path / "uit"
    out_dir.mkdir()
    code, out, err = run(capsys, "access", str(TANYA_ID)[:6], "--out", str(out_dir))
    assert code == EXIT_OK, err
    folder = Path(out.strip())
    assert folder.parent == out_dir
    assert folder.name == f"inzageverzoek-{TODAY:%Y-%m-%d}-{str(TANYA_ID)[:8]}"
    assert sorted(p.name for p in folder.iterdir()) == sorted([BUNDLE, HISTORY, README])
    with zipfile.ZipFile(folder / BUNDLE) as bundle:
        assert any(n.endswith("/data/dossier.json") for n in bundle.namelist())
        assert not any(info.flag_bits & 0x1 for info in bundle.infolist())
    newest = audit_events(db, client_id=TANYA_ID)[0]
    assert (newest.action, newest.record_type) == ("export", "access_export")


def test_access_with_a_passphrase_file_encrypts_the_bundle(
    capsys: pytest.CaptureFixture[str], db: Database, tmp_path: Path
) -> None:
    client_id = add_client(db, last_name="Inzage")
    secret = write(tmp_path, "wachtwoord.txt", b"een-lang-wachtwoord\n")
    code, out, err = run(
        capsys, "access", str(client_id), "--out", str(tmp_path), "--passphrase-file", str(secret)
    )
    assert code == EXIT_OK, err
    with zipfile.ZipFile(Path(out.strip()) / BUNDLE) as bundle:
        assert all(info.flag_bits & 0x1 for info in bundle.infolist())
    assert "passphrase" in audit_events(db, client_id=client_id)[0].fields


@pytest.mark.parametrize(
    ("options", "says"),
    [
        (["--out", "{out}/bestaat-niet"], "bestaat niet"),
        (["--out", "{out}", "--passphrase-file", "{out}/geen"], "niet te lezen"),
        (["--out", "{out}", "--passphrase-file", "{empty}"], "is leeg"),
    ],
)
def test_access_refuses_bad_input_in_one_line_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], db: Database, tmp_path: Path, options: list[str], says: str
) -> None:
    client_id = add_client(db, last_name="Inzage")
    target = tmp_path / "uit"
    target.mkdir()
    empty = write(tmp_path, "leeg.txt", b"")
    argv = [o.format(out=target, empty=empty) for o in options]
    code, out, err = run(capsys, "access", str(client_id), *argv)
    assert code == EXIT_REFUSED
    assert out == ""
    assert says in one_dutch_line(err)
    assert list(target.iterdir()) == []
    assert audit_events(db, action="export") == []


def test_access_of_an_unknown_client_is_refused(
    capsys: pytest.CaptureFixture[str], db: Database, tmp_path: Path
) -> None:
    code, out, err = run(capsys, "access", "fff0", "--out", str(tmp_path))
    assert code == EXIT_REFUSED
    assert "geen klant" in one_dutch_line(err)


# -- usage --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["audit", "--since", "2026-13-01"], "geen datum als JJJJ-MM-DD"),
        (["audit", "--until", "26-11-2026"], "geen datum als JJJJ-MM-DD"),
        (["audit", "--action", "vernietig"], "onbekende actie 'vernietig'; kies uit create"),
        (["audit", "--limit", "0"], "moet 1 of meer zijn"),
        (["audit", "--limit", "veel"], "geen geheel getal"),
        (["retention", "--years", "0"], "van 1 tot 30 jaar"),
        (["retention", "--set-years", "31"], "van 1 tot 30 jaar"),
        (
            ["retention", "--years", "3", "--destroy", "abc"],
            "--destroy gaat niet samen met --years",
        ),
        (["retention", "--destroy", "abc", "--set-years", "3"], "gaat niet samen met --destroy"),
    ],
)
def test_wrong_usage_exits_with_2_and_says_why_in_dutch(
    capsys: pytest.CaptureFixture[str], argv: list[str], says: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == EXIT_USAGE
    assert out == ""
    assert "gebruik:" in err
    assert says in err.splitlines()[-1]


def test_building_the_parser_loads_no_database_code() -> None:
    """The help and a usage error come without the database stack's start-up time."""
    probe = (
        "import sys; from app.cli import build_parser; build_parser(); "
        "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'app.db') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.stdout.strip() == "[]"
