"""`python -m benchmarks --only WORD` runs the benchmarks whose name holds the word."""

from __future__ import annotations

import pytest

from benchmarks.__main__ import BENCHMARKS, chosen


def test_only_start_runs_the_start_benchmark_alone() -> None:
    assert [name for name, _ in chosen(["--only", "start"])] == ["start (issue 10)"]


def test_only_takes_several_words_and_no_words_means_every_benchmark() -> None:
    names = [name for name, _ in chosen(["--only", "bundle", "week"])]
    assert names == ["week (issue 5)", "bundle export (issue 8)", "bundle verify (issue 8)"]
    assert chosen([]) == BENCHMARKS


@pytest.mark.parametrize("argv", [["--only", "nothing-of-that-name"], ["--only"], ["start"]])
def test_only_refuses_what_names_no_benchmark_with_exit_2(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        chosen(argv)
    assert stopped.value.code == 2
    assert capsys.readouterr().err.strip()
