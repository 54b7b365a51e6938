"""The command line and the window never write the same data folder at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import instance
from app.cli import EXIT_OK, EXIT_REFUSED
from app.paths import resolve_paths
from views import launcher


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = launcher.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_writing_command_is_refused_while_the_folder_is_held(capsys, data_dir: Path) -> None:
    assert run(capsys, "demo")[0] == EXIT_OK
    held = instance.acquire(resolve_paths(data_dir))
    assert held is not None
    try:
        code, out, err = run(capsys, "demo")
        assert code == EXIT_REFUSED
        assert out == ""
        assert err.count("\n") == 1
        code, out, _ = run(capsys, "list")  # reading runs beside the window
        assert code == EXIT_OK
        assert out.strip()
    finally:
        held.release()
    assert run(capsys, "demo")[0] == EXIT_OK  # free again: the command holds it itself
