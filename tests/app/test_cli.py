"""The command line: commands, JSON shapes and the exit codes of DESIGN.md."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from builders import add_client, open_db

from app.cli import EXIT_BUG, EXIT_OK, EXIT_REFUSED, EXIT_USAGE, main
from views import launcher


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = launcher.main(list(argv))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_version_prints_the_version(capsys) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == EXIT_OK
    assert out.startswith("procesplaat ")


@pytest.mark.parametrize(
    "argv", [["onzin"], ["show"], ["demo", "--clients", "-3"], ["list", "--xml"]]
)
def test_cli_wrong_usage_exits_with_2(capsys, argv: list[str]) -> None:
    code, _, err = run(capsys, *argv)
    assert code == EXIT_USAGE
    assert "gebruik:" in err


def test_cli_without_a_command_in_the_non_gui_entry_is_usage(capsys) -> None:
    assert main([]) == EXIT_USAGE


def test_cli_show_unknown_client_is_refused_with_one_line(capsys, data_dir: Path) -> None:
    open_db(data_dir).close()
    code, out, err = run(capsys, "show", "abcdef")
    assert code == EXIT_REFUSED
    assert out == ""
    assert err.count("\n") == 1
    assert "geen klant" in err


def test_cli_data_dir_option_chooses_the_folder(capsys, tmp_path: Path) -> None:
    other = tmp_path / "elders"
    db = open_db(other)
    add_client(db, first_names="Els", last_name="Elders")
    db.close()
    code, out, _ = run(capsys, "--data-dir", str(other), "list", "--json")
    assert code == EXIT_OK
    assert [c["name"] for c in json.loads(out)] == ["Els Elders"]


def test_cli_list_json_has_money_as_strings(capsys, data_dir: Path) -> None:
    db = open_db(data_dir)
    add_client(db, debts=(("Woonstad", "1200.50"), ("Eneco", "99.99")))
    db.close()
    code, out, _ = run(capsys, "list", "--json")
    assert code == EXIT_OK
    (client,) = json.loads(out)
    assert client["total_debt"] == "1300.49"
    assert client["phase"] == "contact_gemeente"


def test_cli_demo_adds_tanya_and_is_idempotent(capsys) -> None:
    assert run(capsys, "demo")[0] == EXIT_OK
    assert run(capsys, "demo")[0] == EXIT_OK
    code, out, _ = run(capsys, "list", "--json")
    names = [c["name"] for c in json.loads(out)]
    assert code == EXIT_OK
    assert len([n for n in names if n.startswith("Tanya")]) == 1
    assert len(names) == 4


def test_cli_demo_generates_n_clients(capsys) -> None:
    assert run(capsys, "demo", "--clients", "25")[0] == EXIT_OK
    code, out, _ = run(capsys, "list", "--json")
    assert len(json.loads(out)) == 4 + 25


def test_cli_show_json_is_the_bundle_dossier_shape(capsys) -> None:
    run(capsys, "demo")
    _, out, _ = run(capsys, "list", "--json")
    tanya = next(c for c in json.loads(out) if c["name"].startswith("Tanya"))
    code, out, _ = run(capsys, "show", tanya["id"][:8], "--json")
    assert code == EXIT_OK
    dossier = json.loads(out)
    assert dossier["schema"] == "dossier"
    assert dossier["schema_version"] == 1
    for key in ("exported_at", "exported_by", "client", "journey", "creditors", "debts"):
        assert key in dossier
    assert dossier["client"]["id"] == tanya["id"]
    assert dossier["journey"]["current_phase"] == "acties_wachten"
    creditor_ids = {c["id"] for c in dossier["creditors"]}
    for debt in dossier["debts"]:
        assert isinstance(debt["total"], str)
        assert debt["total"].count(".") == 1
        assert len(debt["total"].split(".")[1]) == 2
        assert debt["creditor_id"] in creditor_ids
    assert any(e["kind"] == "setback" for e in dossier["journey"]["events"])


def test_cli_show_text_masks_the_bsn(capsys) -> None:
    run(capsys, "demo")
    _, out, _ = run(capsys, "list", "--json")
    tanya = next(c for c in json.loads(out) if c["name"].startswith("Tanya"))
    _, full, _ = run(capsys, "show", tanya["id"], "--json")
    bsn = json.loads(full)["client"]["bsn"]
    code, text, _ = run(capsys, "show", tanya["id"])
    assert code == EXIT_OK
    assert bsn not in text
    assert bsn[-3:] in text


def test_cli_without_keyring_or_passphrase_is_refused(capsys, no_keyring) -> None:
    code, _, err = run(capsys, "list")
    assert code == EXIT_REFUSED
    assert "PROCESPLAAT_PASSPHRASE" in err


def test_cli_entry_point_runs_as_a_program(data_dir: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "views.launcher", "bestaatniet"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == EXIT_USAGE
    result = subprocess.run(
        [sys.executable, "-m", "views.launcher", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == EXIT_OK
    assert "procesplaat" in result.stdout


def test_cli_a_bug_exits_with_3_and_logs_no_personal_values(
    capsys, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.cli

    secret = "-".join(["Tanya", "Visser", "111222333"])  # not on the raising line's source

    def broken(db, args) -> int:
        raise ValueError(secret)  # a message that quotes personal data

    monkeypatch.setitem(app.cli.COMMANDS, "list", broken)
    code, _, err = run(capsys, "--data-dir", str(data_dir), "list")
    assert code == EXIT_BUG
    assert "er ging iets mis" in err
    log = data_dir / "logs" / "procesplaat.log"
    assert str(log) in err
    text = log.read_text()
    assert "ValueError" in text
    assert "in broken" in text
    assert secret not in text
    assert "111222333" not in text


def test_cli_an_unwritable_data_folder_is_refused_in_one_line(capsys, tmp_path: Path) -> None:
    blocker = tmp_path / "een-bestand"
    blocker.write_text("geen map")
    code, _, err = run(capsys, "--data-dir", str(blocker / "data"), "list")
    assert code == EXIT_REFUSED
    assert err.count("\n") == 1
    assert "niet bruikbaar" in err
