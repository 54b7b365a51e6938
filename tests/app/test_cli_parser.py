"""The command line speaks Dutch when it is used wrongly: usage, one reason, exit code 2."""

from __future__ import annotations

import pytest

from app.cli import main
from app.cli_parser import dutch_message


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["export"], "procesplaat export: dit ontbreekt: CLIENT, --out"),
        (["list", "--bogus"], "procesplaat: onbekend: --bogus"),
        (["frob"], "'frob' bestaat niet (kies uit"),
        (["export", "abc", "--out"], "procesplaat export: --out: hier hoort een waarde bij"),
        (["demo", "--clients", "twee"], "procesplaat demo: --clients:"),
    ],
)
def test_cli_wrong_usage_says_in_dutch_what_is_wrong(capsys, argv: list[str], said: str) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("gebruik: procesplaat")
    assert said in err
    assert "error:" not in err
    assert "usage" not in err


def test_cli_help_is_dutch(capsys) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["export", "--help"])
    assert stopped.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("gebruik: procesplaat export")
    assert "opties:" in out
    assert "toon deze hulp en stop" in out
    assert "show this help" not in out


@pytest.mark.parametrize(
    ("english", "dutch"),
    [
        (
            "argument --on-conflict: invalid choice: 'x' (choose from 'new', 'replace')",
            "--on-conflict: 'x' bestaat niet (kies uit 'new', 'replace')",
        ),
        (
            "argument --years: not allowed with argument --destroy",
            "--years: niet samen met --destroy",
        ),
        ("one of the arguments --a --b is required", "een van deze is nodig: --a --b"),
        ("something argparse may say one day", "something argparse may say one day"),
    ],
)
def test_argparse_messages_become_dutch_and_unknown_ones_stay(english: str, dutch: str) -> None:
    assert dutch_message(english) == dutch
