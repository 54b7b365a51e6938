"""Hostile bundles through `procesplaat import`: refused with exit 1, nothing in the store changed.

Every bundle of the reader's hostile corpus, and the refusals only the import can make, is
given to the command line in a data folder that already holds the demo dossiers. The
database (every row of every table) and the documents folder must be as they were.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from builders import open_db
from bundle_builders import BASE, bag, dossier, zip_bag

from app.cli import EXIT_REFUSED
from app.demo import TANYA_ID
from views import launcher

PASSPHRASE = "een lang geheim wachtwoord"


def sibling(name: str) -> ModuleType:
    """A test module beside this one (tests/app is no package), loaded once."""
    key = f"tests.app.{name}"
    if key not in sys.modules:
        spec = importlib.util.spec_from_file_location(key, Path(__file__).with_name(f"{name}.py"))
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[key] = module
        spec.loader.exec_module(module)
    return sys.modules[key]


#: The reader's corpus: one hostile bundle per refusal of the spec, with its Dutch message.
HOSTILE: dict[str, tuple[Callable[[Path], list[Path]], str]] = sibling("test_bundle_read").HOSTILE
snapshot = sibling("test_bundle_import").snapshot


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = launcher.main(list(argv))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def state(data_dir: Path) -> Any:
    """Every row of every table and the documents folder's files (names and sizes)."""
    db = open_db(data_dir)
    try:
        files = {p.name: p.stat().st_size for p in db.paths.documents.iterdir()}
        return snapshot(db), files
    finally:
        db.close()


@pytest.fixture
def demo(capsys: pytest.CaptureFixture[str], data_dir: Path) -> Any:
    """The demo dossiers in the data folder (PROCESPLAAT_DATA_DIR); the store's state."""
    code, _, err = run(capsys, "demo")
    assert code == 0, err
    before = state(data_dir)
    assert before[0][1]["client"], "the demo should hold clients"
    assert before[1], "the demo should hold stored proofs"
    return before


def refused_import(
    capsys: pytest.CaptureFixture[str], data_dir: Path, paths: list[Path], *options: str
) -> str:
    """Run the import; it must exit 1 and leave the store as it was. Its stderr."""
    before = state(data_dir)
    code, out, err = run(capsys, "import", *map(str, paths), *options)
    assert code == EXIT_REFUSED, (out, err)
    assert out == ""
    assert state(data_dir) == before
    return err


@pytest.mark.parametrize("case", list(HOSTILE), ids=list(HOSTILE))
def test_import_of_a_hostile_bundle_exits_1_with_its_message_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, demo: Any, case: str
) -> None:
    make, message = HOSTILE[case]
    folder = tmp_path / "bundels"
    folder.mkdir()
    paths = make(folder)

    err = refused_import(capsys, data_dir, paths)

    assert message in err
    assert "Traceback" not in err


def _secret(folder: Path, text: str) -> Path:
    path = folder / "wachtwoord.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return path


def test_import_with_the_wrong_passphrase_exits_1_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, demo: Any
) -> None:
    path = zip_bag(tmp_path / "b.zip", bag(), passphrase=PASSPHRASE)
    secret = _secret(tmp_path, "niet dit wachtwoord")

    err = refused_import(capsys, data_dir, [path], "--passphrase-file", str(secret))

    assert "Het wachtwoord klopt niet" in err


def test_import_of_an_encrypted_bundle_without_passphrase_exits_1_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, demo: Any
) -> None:
    path = zip_bag(tmp_path / "b.zip", bag(), passphrase=PASSPHRASE)

    err = refused_import(capsys, data_dir, [path])

    assert "beveiligd met een wachtwoord" in err


def stranger() -> dict[str, Any]:
    """The builder's dossier for someone not in the demo (its BSN is Tanya's)."""
    value = dossier()
    value["client"]["bsn"] = None
    return value


def test_import_of_an_unknown_process_exits_1_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, demo: Any
) -> None:
    value = stranger()
    value["journey"]["process"] = "wsnp_zuid"
    path = zip_bag(tmp_path / "b.zip", bag(value))

    err = refused_import(capsys, data_dir, [path])

    assert "wsnp_zuid" in err


def _tanyas_id_in_a_bundle(tmp_path: Path) -> Path:
    value = stranger()
    value["client"]["id"] = str(TANYA_ID)
    return zip_bag(tmp_path / "b.zip", bag(value))


@pytest.mark.parametrize("choice", [(), ("--on-conflict", "cancel")], ids=["no choice", "cancel"])
def test_import_of_a_client_already_here_without_new_or_replace_changes_nothing(
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    tmp_path: Path,
    demo: Any,
    choice: tuple[str, ...],
) -> None:
    path = _tanyas_id_in_a_bundle(tmp_path)

    err = refused_import(capsys, data_dir, [path], *choice)

    assert ("bestaat al" if not choice else "u koos stoppen") in err


def test_import_of_ids_that_belong_to_another_client_changes_nothing(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, demo: Any
) -> None:
    _, out, _ = run(capsys, "show", str(TANYA_ID), "--json")
    tanya = json.loads(out)
    value = stranger()
    # Another client whose debt reuses the id of one of Tanya's debts here.
    value["debts"][0]["id"] = tanya["debts"][0]["id"]
    value["documents"][0]["debt_id"] = value["debts"][0]["id"]
    value["actions"][0]["debt_id"] = value["debts"][0]["id"]
    path = zip_bag(tmp_path / "b.zip", bag(value))

    err = refused_import(capsys, data_dir, [path])

    assert "al bij een andere klant horen" in err


def test_refused_import_leaves_no_bag_folder_beside_the_bundle(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, demo: Any
) -> None:
    folder = tmp_path / "bundels"
    folder.mkdir()
    paths = HOSTILE["dot dot"][0](folder)
    listing = sorted(p.name for p in folder.rglob("*"))

    refused_import(capsys, data_dir, paths)

    assert sorted(p.name for p in folder.rglob("*")) == listing
    assert not (tmp_path / BASE).exists()
    assert not (tmp_path / "buiten.txt").exists()
