"""One program per data folder: a lock file held by the operating system while it runs."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from app.errors import UserError, folder_unusable
from app.paths import Paths
from models.messages import Message, say

#: The lock file's name inside the data folder (it holds no data; the lock is what counts).
LOCK_NAME = "procesplaat.lock"

#: Command-line commands that change the store: they refuse while another program holds it.
#: ``retention`` holds the folder only when it saves the term or destroys dossiers
#: (``app.cli.WRITES_ONLY_WHEN``): listing what is due runs beside the window.
WRITING_COMMANDS = frozenset({"demo", "import", "restore", "retention"})


class FolderInUseError(UserError):
    """Another Procesplaat (the window or a writing command) holds the data folder."""


def lock_path(paths: Paths) -> Path:
    return paths.data_dir / LOCK_NAME


class InstanceLock:
    """The held lock of one data folder; the OS releases it when the process ends, even after a
    crash or SIGKILL, so a lock is never stale."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Give the folder free (idempotent). The file stays: removing it would race another
        process that has just opened it and is about to lock it."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()

    def __del__(self) -> None:
        # A forgotten lock must not leak its descriptor; the OS would free it at exit anyway.
        if getattr(self, "_fd", None) is not None:
            self.release()


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # one byte; locking past the end is allowed
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            # flock, not fcntl's record locks: those are per process, so a second lock in the
            # same process would succeed and closing any descriptor of the file would drop it.
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def acquire(paths: Paths) -> InstanceLock | None:
    """Hold the data folder for this process; None when another process holds it.

    The folder is created when it does not exist yet (a first start).

    Raises:
        UserError: the folder cannot be created or the lock file cannot be opened.
    """
    path = lock_path(paths)
    try:
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        # os.open's descriptors are not inherited by child processes (PEP 446), so a program
        # this one starts cannot keep the folder locked after this one ends.
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise folder_unusable(paths.data_dir, exc) from exc
    try:
        locked = _try_lock(fd)
    except BaseException:
        os.close(fd)
        raise
    if not locked:
        os.close(fd)
        return None
    return InstanceLock(path, fd)


def in_use(paths: Paths) -> bool:
    """Whether another process holds the data folder right now (a snapshot: it may change the
    moment after; a writer should ``hold`` the folder instead)."""
    if not lock_path(paths).exists():
        return False
    lock = acquire(paths)
    if lock is None:
        return True
    lock.release()
    return False


def in_use_message(paths: Paths) -> Message:
    return say(
        "De gegevensmap {data_dir} is in gebruik door een ander Procesplaat "
        "(het venster of een andere opdracht). Sluit dat eerst en probeer het dan opnieuw. "
        "Er is niets veranderd.",
        data_dir=paths.data_dir,
    )


def hold(paths: Paths) -> InstanceLock:
    """Hold the data folder for a command that writes; use it as a context manager.

    Raises:
        FolderInUseError: another process (the window, or a writing command) holds it.
        UserError: the folder cannot be used.
    """
    lock = acquire(paths)
    if lock is None:
        raise FolderInUseError(in_use_message(paths))
    return lock
