"""The bundle commands end to end: export, verify and import, with DESIGN.md's exit codes."""

from __future__ import annotations

import json
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
from builders import open_db
from document_builders import pdf_bytes, write

from app.cli import EXIT_OK, EXIT_REFUSED, EXIT_USAGE
from app.documents import add_document
from views import launcher


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = launcher.main(list(argv))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def tanya(capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> str:
    """Tanya's demo dossier with two proofs; her id."""
    run(capsys, "demo")
    _, out, _ = run(capsys, "list", "--json")
    client_id = next(c["id"] for c in json.loads(out) if c["name"].startswith("Tanya"))
    db = open_db(data_dir)
    try:
        for n in range(2):
            source = write(tmp_path / "in", f"brief {n}.pdf", pdf_bytes(text=f"Brief {n}"))
            add_document(db, uuid.UUID(client_id), source, kind="letter")
    finally:
        db.close()
    return client_id


def _secret(tmp_path: Path, text: str = "een lang geheim wachtwoord") -> Path:
    path = tmp_path / "wachtwoord.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return path


def test_export_verify_import_round_trip_on_the_command_line(
    capsys, tanya: str, tmp_path: Path
) -> None:
    out = tmp_path / "uit" / "dossier.zip"
    out.parent.mkdir()
    code, printed, err = run(capsys, "export", tanya[:8], "--out", str(out))
    assert code == EXIT_OK, err
    assert printed.strip() == str(out)
    code, printed, err = run(capsys, "verify", str(out))
    assert code == EXIT_OK, err
    assert "in orde" in printed
    other = tmp_path / "elders"
    code, printed, err = run(capsys, "--data-dir", str(other), "import", str(out))
    assert code == EXIT_OK, err
    assert printed.strip() == tanya
    code, printed, _ = run(capsys, "--data-dir", str(other), "show", tanya, "--json")
    dossier = json.loads(printed)
    assert dossier["client"]["first_names"].startswith("Tanya")
    _, mine, _ = run(capsys, "show", tanya, "--json")
    assert len(dossier["documents"]) == len(json.loads(mine)["documents"]) >= 2


def test_import_of_an_existing_client_asks_for_a_choice(capsys, tanya: str, tmp_path: Path) -> None:
    out = tmp_path / "dossier.zip"
    assert run(capsys, "export", tanya, "--out", str(out))[0] == EXIT_OK
    code, printed, err = run(capsys, "import", str(out))
    assert code == EXIT_REFUSED
    assert "bestaat al" in err
    assert "--on-conflict" in err
    assert run(capsys, "import", str(out), "--on-conflict", "cancel")[0] == EXIT_REFUSED
    code, _, err = run(capsys, "import", str(out), "--on-conflict", "new")
    assert code == EXIT_OK, err
    _, listed, _ = run(capsys, "list", "--json")
    assert len([c for c in json.loads(listed) if c["name"].startswith("Tanya")]) == 2


def test_encrypted_parts_need_the_passphrase_and_all_parts(
    capsys, tanya: str, tmp_path: Path
) -> None:
    out = tmp_path / "dossier.zip"
    secret = _secret(tmp_path)
    code, printed, err = run(
        capsys,
        "export",
        tanya,
        "--out",
        str(out),
        "--passphrase-file",
        str(secret),
        "--max-part-mb",
        "1",
    )
    assert code == EXIT_OK, err
    parts = [Path(line) for line in printed.split()]
    assert all(p.exists() for p in parts)
    code, _, err = run(capsys, "verify", *map(str, parts))
    assert code == EXIT_REFUSED
    assert "wachtwoord" in err.lower()
    code, _, err = run(capsys, "verify", *map(str, parts), "--passphrase-file", str(secret))
    assert code == EXIT_OK, err
    if len(parts) > 1:
        code, _, err = run(capsys, "verify", str(parts[0]), "--passphrase-file", str(secret))
        assert code == EXIT_REFUSED
        assert "ontbreekt" in err


def test_verify_against_a_checklist_fails_when_something_is_missing(
    capsys, tanya: str, tmp_path: Path
) -> None:
    out = tmp_path / "dossier.zip"
    assert run(capsys, "export", tanya, "--out", str(out))[0] == EXIT_OK
    code, _, err = run(capsys, "verify", str(out), "--checklist", "volledig")
    assert code == EXIT_REFUSED
    assert "ontbreekt" in err


def test_verify_of_a_file_that_is_no_zip_is_refused(capsys, tmp_path: Path) -> None:
    bogus = tmp_path / "geen.zip"
    bogus.write_bytes(b"dit is geen zip")
    code, _, err = run(capsys, "verify", str(bogus))
    assert code == EXIT_REFUSED
    assert err.strip()


@pytest.mark.parametrize(("content", "said"), [("", "leeg"), (None, "niet te lezen")])
def test_export_with_a_bad_passphrase_file_writes_nothing(
    capsys, tanya: str, tmp_path: Path, content: str | None, said: str
) -> None:
    secret = tmp_path / "geheim.txt"
    if content is not None:
        secret.write_text(content, encoding="utf-8")
    out = tmp_path / "dossier.zip"
    code, _, err = run(capsys, "export", tanya, "--out", str(out), "--passphrase-file", str(secret))
    assert code == EXIT_REFUSED
    assert said in err
    assert not out.exists()


def test_export_into_a_missing_folder_is_refused(capsys, tanya: str, tmp_path: Path) -> None:
    code, _, err = run(capsys, "export", tanya, "--out", str(tmp_path / "nergens" / "d.zip"))
    assert code == EXIT_REFUSED
    assert "bestaat niet" in err


@pytest.mark.parametrize("size", ["0", "veel", "-2"])
def test_export_part_size_must_be_a_positive_number(capsys, tanya: str, size: str) -> None:
    code, _, err = run(capsys, "export", tanya, "--out", "x.zip", "--max-part-mb", size)
    assert code == EXIT_USAGE
    assert "gebruik:" in err


@pytest.mark.skipif(shutil.which("7zz") is None, reason="7-Zip (Debian 7zip) is not installed")
def test_encrypted_export_opens_in_7zip_with_the_passphrase(
    capsys, tanya: str, tmp_path: Path
) -> None:
    out = tmp_path / "dossier.zip"
    secret = _secret(tmp_path)
    assert run(capsys, "export", tanya, "--out", str(out), "--passphrase-file", str(secret))[0] == 0
    target = tmp_path / "uitgepakt"
    result = subprocess.run(
        ["7zz", "x", f"-p{secret.read_text().strip()}", f"-o{target}", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (bag,) = target.iterdir()
    dossier = json.loads((bag / "data" / "dossier.json").read_text(encoding="utf-8"))
    assert dossier["client"]["id"] == tanya


def test_import_says_what_it_kept_aside(capsys, tmp_path: Path) -> None:
    from bundle_builders import bag, dossier, zip_bag

    value = dossier()
    value["income"] = [{"id": str(uuid.uuid4()), "kind": "salary", "amount_per_month": None}]
    path = zip_bag(tmp_path / "zonder-bedrag.zip", bag(value))
    code, out, err = run(capsys, "import", str(path))
    assert code == EXIT_OK, err
    assert out.strip() == value["client"]["id"]
    (note,) = [line for line in err.splitlines() if line.startswith("let op: ")]
    assert "income[0]" in note


def test_import_makes_a_verified_backup_first(capsys, tanya: str, tmp_path: Path) -> None:
    from app.backup import list_backups
    from app.paths import resolve_paths

    out = tmp_path / "dossier.zip"
    assert run(capsys, "export", tanya, "--out", str(out))[0] == EXIT_OK
    assert run(capsys, "import", str(out), "--on-conflict", "new")[0] == EXIT_OK
    reasons = [b.reason for b in list_backups(resolve_paths())]
    assert "voor-import" in reasons
