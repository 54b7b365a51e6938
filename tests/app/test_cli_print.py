"""The `print` command: a handout written as PDF, with the exit codes of DESIGN.md."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

import pytest
from builders import open_db
from summary_builders import TODAY, pdf_info, pdf_words

from app import cli
from app.cli_print import PrintUsageError, add_print_parser, print_options, run_print
from app.demo import TANYA_ID, install_demo
from app.handouts import OPTIONS, WHAT

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    """Run the command line; exit code, stdout and stderr.

    Through ``app.cli.main`` once app/cli.py registers `print`; until then through the same
    ``run_command`` (database, user errors, exit codes) with a parser that has the command.
    """

    registered = "print" in cli.COMMANDS
    if not registered:
        monkeypatch.setitem(cli.COMMANDS, "print", lambda db, a: run_print(db, a, today=TODAY))

    def go(*argv: str) -> tuple[int, str, str]:
        try:
            if registered:
                code = cli.main(list(argv))
            else:
                parser = argparse.ArgumentParser(prog="procesplaat")
                parser.add_argument("--data-dir")
                add_print_parser(parser.add_subparsers(dest="command"))
                code = cli.run_command(parser.parse_args(argv))
        except SystemExit as exit_:
            code = int(exit_.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    return go


@pytest.fixture
def tanya(data_dir: Path) -> str:
    """The demo dossiers in the test's data folder; Tanya's id prefix."""
    db = open_db(data_dir)
    install_demo(db, today=TODAY)
    db.close()
    return TANYA_ID.hex[:8]


@pytest.mark.parametrize("what", WHAT)
def test_cli_print_writes_each_handout_and_prints_its_path(
    run: Run, tanya: str, tmp_path: Path, what: str
) -> None:
    target = tmp_path / f"{what}.pdf"

    code, out, err = run("print", tanya, "--what", what, "--out", str(target))

    assert (code, err) == (cli.EXIT_OK, "")
    assert out == f"{target}\n"
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_cli_print_overview_is_confidential_and_masks_the_bsn(
    run: Run, tanya: str, tmp_path: Path
) -> None:
    masked, whole = tmp_path / "gemaskeerd.pdf", tmp_path / "heel.pdf"

    run("print", tanya, "--what", "overview", "--out", str(masked))
    run("print", tanya, "--what", "overview", "--out", str(whole), "--show-bsn")

    assert "Vertrouwelijk" in pdf_words(masked.read_bytes(), page=1)
    assert "111222333" not in pdf_words(masked.read_bytes())
    assert "111222333" in pdf_words(whole.read_bytes())


def test_cli_print_procesplaat_on_a3(run: Run, tanya: str, tmp_path: Path) -> None:
    target = tmp_path / "procesplaat.pdf"

    code, _, _ = run("print", tanya, "--what", "procesplaat", "--out", str(target), "--a3")

    assert code == cli.EXIT_OK
    assert "(A3)" in pdf_info(target.read_bytes())["Page size"]


def test_cli_print_unknown_client_is_refused_with_one_line(
    run: Run, tanya: str, tmp_path: Path
) -> None:
    target = tmp_path / "kaart.pdf"

    code, out, err = run("print", "ffffffff", "--what", "card", "--out", str(target))

    assert code == cli.EXIT_REFUSED
    assert out == ""
    assert err.count("\n") == 1
    assert "geen klant" in err
    assert not target.exists()


def test_cli_print_into_a_missing_folder_is_refused_in_dutch(
    run: Run, tanya: str, tmp_path: Path
) -> None:
    target = tmp_path / "weg" / "lijst.pdf"

    code, _, err = run("print", tanya, "--what", "actions", "--out", str(target))

    assert code == cli.EXIT_REFUSED
    assert "bestaat niet" in err
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    ("what", "flag"),
    [("card", "--a3"), ("overview", "--a3"), ("actions", "--amounts"), ("card", "--show-bsn")],
)
def test_cli_print_an_option_of_another_handout_is_wrong_usage(
    run: Run, tanya: str, tmp_path: Path, what: str, flag: str
) -> None:
    target = tmp_path / "uit.pdf"

    code, out, err = run("print", tanya, "--what", what, "--out", str(target), flag)

    assert code == cli.EXIT_USAGE
    assert out == ""
    assert "gebruik:" in err
    assert f"{flag} kan alleen bij --what" in err
    assert not target.exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["print", "abc", "--out", "x.pdf"],
        ["print", "abc", "--what", "card"],
        ["print", "abc", "--what", "poster", "--out", "x.pdf"],
        ["print", "--what", "card", "--out", "x.pdf"],
    ],
)
def test_cli_print_missing_or_unknown_arguments_are_wrong_usage(run: Run, argv: list[str]) -> None:
    code, _, err = run(*argv)

    assert code == cli.EXIT_USAGE
    assert "gebruik:" in err


def namespace(what: str, **flags: bool) -> argparse.Namespace:
    values = {"a3": False, "amounts": False, "show_bsn": False} | flags
    return argparse.Namespace(what=what, **values)


@pytest.mark.parametrize(
    ("args", "options"),
    [
        (namespace("procesplaat"), {"size": "A4", "amounts": False}),
        (namespace("procesplaat", a3=True, amounts=True), {"size": "A3", "amounts": True}),
        (namespace("overview", show_bsn=True), {"show_bsn": True}),
        (namespace("actions"), {}),
        (namespace("card"), {}),
    ],
)
def test_cli_print_flags_become_the_handouts_options(
    args: argparse.Namespace, options: dict[str, object]
) -> None:
    assert print_options(args) == options
    assert set(options) <= OPTIONS[args.what]


def test_cli_print_a_flag_of_another_handout_is_refused_by_name() -> None:
    with pytest.raises(PrintUsageError, match="--a3 kan alleen bij --what procesplaat"):
        print_options(namespace("card", a3=True))
