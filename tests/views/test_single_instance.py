"""A second GUI start on the same data folder: the first comes to the front, or a clear refusal."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import instance
from app.paths import Paths
from views.single_instance import FirstInstance, claim_folder, server_name

ROOT = Path(__file__).resolve().parents[2]

#: A GUI start as far as the folder goes: claim it, then say what happened.
FIRST = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from app.paths import Paths
    from views.single_instance import FirstInstance, claim_folder
    app = QApplication([])
    paths = Paths(Path(sys.argv[1]))
    claimed = claim_folder(paths, refuse=lambda text: print(text), timeout_ms=2000)
    if not isinstance(claimed, FirstInstance):
        sys.exit(claimed)
    claimed.raise_requested.connect(lambda: (print("raised", flush=True), app.quit()))
    print("ready", flush=True)
    QTimer.singleShot(30000, app.quit)
    app.exec()
    """
)


def start(paths: Paths) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", FIRST, str(paths.data_dir)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


@pytest.fixture
def paths(data_dir: Path) -> Paths:
    return Paths(data_dir)


@pytest.fixture
def first_process(paths: Paths) -> Iterator[subprocess.Popen[str]]:
    process = start(paths)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    yield process
    if process.poll() is None:
        process.kill()
    process.wait(timeout=10)


def test_single_instance_second_start_raises_the_first_and_ends_quietly(
    qtbot, paths: Paths, first_process: subprocess.Popen[str]
) -> None:
    refused: list[str] = []
    assert claim_folder(paths, refuse=refused.append) == 0
    assert first_process.stdout is not None
    assert first_process.stdout.readline().strip() == "raised"
    assert refused == []


def test_single_instance_first_in_this_process_is_raised_by_a_second_process(
    qtbot, paths: Paths
) -> None:
    first = claim_folder(paths)
    assert isinstance(first, FirstInstance)
    try:
        with qtbot.waitSignal(first.raise_requested, timeout=15000):
            second = start(paths)
        assert second.wait(timeout=15) == 0
        assert second.stdout is not None
        assert second.stdout.read() == ""  # quietly: no refusal was shown
    finally:
        first.release()


def test_single_instance_holder_that_does_not_answer_is_refused_in_dutch(
    qtbot, paths: Paths
) -> None:
    # A command-line writer holds the folder and has no window to raise.
    with instance.hold(paths):
        refused: list[str] = []
        assert claim_folder(paths, refuse=refused.append, timeout_ms=500) == 1
    assert len(refused) == 1
    assert "Procesplaat is al geopend met de gegevensmap" in refused[0]
    assert "probeer het opnieuw" in refused[0]


def test_single_instance_start_after_a_crashed_first_claims_the_folder(
    qtbot, paths: Paths, first_process: subprocess.Popen[str]
) -> None:
    first_process.send_signal(signal.SIGKILL)
    first_process.wait(timeout=10)
    claimed = claim_folder(paths, refuse=lambda _text: None, timeout_ms=500)
    assert isinstance(claimed, FirstInstance)
    try:
        # The socket the killed program left behind was cleared, so later starts reach us
        # (once the event loop runs: without a window to wait for, at its first turn).
        qtbot.waitUntil(lambda: claimed.listening, timeout=5000)
    finally:
        claimed.release()


def test_single_instance_released_first_lets_the_next_start_claim(qtbot, paths: Paths) -> None:
    first = claim_folder(paths)
    assert isinstance(first, FirstInstance)
    first.release()
    second = start(paths)
    try:
        assert second.stdout is not None
        assert second.stdout.readline().strip() == "ready"
    finally:
        second.kill()
        second.wait(timeout=10)


def test_single_instance_server_name_shows_no_folder_or_user(paths: Paths) -> None:
    name = server_name(paths)
    assert name.startswith("procesplaat-")
    assert paths.data_dir.name not in name
    assert os.sep not in name
    assert server_name(Paths(paths.data_dir / "other")) != name


def test_single_instance_listens_only_after_the_window_has_painted(qtbot, paths: Paths) -> None:
    from PySide6.QtWidgets import QWidget

    first = claim_folder(paths)
    assert isinstance(first, FirstInstance)
    try:
        window = QWidget()
        qtbot.addWidget(window)
        first.listen_when_painted(window)
        qtbot.wait(50)  # the event loop's first turns: no window shown, so no paint
        assert not first.listening
        window.show()
        qtbot.waitUntil(lambda: first.listening, timeout=5000)
    finally:
        first.release()


def test_single_instance_second_start_waits_for_a_first_that_is_still_starting(
    qtbot, paths: Paths
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWidget

    first = claim_folder(paths)
    assert isinstance(first, FirstInstance)
    try:
        window = QWidget()
        qtbot.addWidget(window)
        first.listen_when_painted(window)
        second = start(paths)  # knocks while nobody listens yet
        QTimer.singleShot(1500, window.show)  # the first window paints a moment later
        with qtbot.waitSignal(first.raise_requested, timeout=15000):
            pass
        assert second.wait(timeout=15) == 0
        assert second.stdout is not None
        assert second.stdout.read() == ""  # raised, not refused
    finally:
        first.release()
