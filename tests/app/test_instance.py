"""One program per data folder: the OS-held lock file, across processes and after a crash."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import instance
from app.errors import UserError
from app.paths import Paths

ROOT = Path(__file__).resolve().parents[2]

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from app import instance
    from app.paths import Paths
    lock = instance.acquire(Paths(Path(sys.argv[1])))
    print("held" if lock else "refused", flush=True)
    sys.stdin.readline()
    """
)


@pytest.fixture
def paths(data_dir: Path) -> Paths:
    return Paths(data_dir)


@pytest.fixture
def holder(paths: Paths) -> Iterator[subprocess.Popen[str]]:
    """Another process that holds the data folder until its stdin closes."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(paths.data_dir)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "held"
    yield process
    if process.poll() is None:
        process.kill()
    process.wait(timeout=10)


def test_instance_first_acquire_holds_and_creates_the_folder(paths: Paths) -> None:
    lock = instance.acquire(paths)
    assert lock is not None
    assert lock.held
    assert instance.lock_path(paths).is_file()
    lock.release()
    assert not lock.held


def test_instance_second_acquire_in_the_same_process_is_refused(paths: Paths) -> None:
    with instance.acquire(paths) as first:  # type: ignore[union-attr]
        assert first.held
        assert instance.acquire(paths) is None


def test_instance_released_folder_can_be_acquired_again(paths: Paths) -> None:
    first = instance.acquire(paths)
    assert first is not None
    first.release()
    first.release()  # twice is harmless
    second = instance.acquire(paths)
    assert second is not None
    second.release()


def test_instance_other_process_holding_the_folder_refuses_acquire(
    paths: Paths, holder: subprocess.Popen[str]
) -> None:
    assert instance.acquire(paths) is None
    assert instance.in_use(paths)


def test_instance_hold_refuses_with_a_dutch_message_when_in_use(
    paths: Paths, holder: subprocess.Popen[str]
) -> None:
    with pytest.raises(instance.FolderInUseError, match="is in gebruik door een ander"):
        instance.hold(paths)


def test_instance_lock_is_free_after_the_holder_is_killed(
    paths: Paths, holder: subprocess.Popen[str]
) -> None:
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=10)
    assert not instance.in_use(paths)
    lock = instance.acquire(paths)
    assert lock is not None
    lock.release()


def test_instance_lock_is_free_after_the_holder_exits(
    paths: Paths, holder: subprocess.Popen[str]
) -> None:
    assert holder.stdin is not None
    holder.stdin.close()
    holder.wait(timeout=10)
    assert not instance.in_use(paths)


def test_instance_lock_is_not_inherited_by_a_child_process(paths: Paths) -> None:
    lock = instance.acquire(paths)
    assert lock is not None
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(paths.data_dir)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "refused"
        lock.release()
        # The child still runs: had it inherited the descriptor, the folder would stay locked.
        assert child.poll() is None
        again = instance.acquire(paths)
        assert again is not None
        again.release()
    finally:
        child.kill()
        child.wait(timeout=10)


def test_instance_in_use_of_a_never_used_folder_creates_nothing(paths: Paths) -> None:
    assert not instance.in_use(paths)
    assert not paths.data_dir.exists()


def test_instance_unusable_folder_is_a_user_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    with pytest.raises(UserError, match="is niet bruikbaar"):
        instance.acquire(Paths(blocker / "data"))


def test_instance_writing_commands_are_the_ones_that_change_the_store() -> None:
    assert {"demo", "import", "restore"} <= instance.WRITING_COMMANDS
    assert not {"list", "show", "verify", "export"} & instance.WRITING_COMMANDS
