"""Atomic file writes: a complete temporary file beside the target, then one link."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def _written_beside(path: Path, data: bytes, *, make_folder: bool = True) -> Path:
    """A complete, synced temporary file next to ``path`` (same folder, same file system)."""
    if make_folder:
        path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def create_exclusive(path: Path, data: bytes) -> bool:
    """Write a new file complete or not at all; False when ``path`` already exists.

    Of two processes creating the same file at once exactly one wins; the other sees the
    winner's complete file. (A hard link cannot replace an existing name, a rename can.)
    """
    tmp = _written_beside(path, data)
    try:
        try:
            os.link(tmp, path)
        except FileExistsError:
            return False
        except OSError:  # a file system without hard links: exclusive create, then write
            try:
                with open(path, "xb") as handle:
                    handle.write(data)
                    handle.flush()
                    os.fsync(handle.fileno())
            except FileExistsError:
                return False
        return True
    finally:
        tmp.unlink(missing_ok=True)


def replace_file(path: Path, data: bytes) -> None:
    """Write ``path`` complete or not at all, replacing what was there.

    A synced temporary file beside it takes its name in one rename. The folder must exist:
    a missing one is the caller's to report (the person chose it).

    Raises:
        OSError: the folder is missing or read-only, the disk is full; nothing is left behind.
    """
    tmp = _written_beside(path, data, make_folder=False)
    try:
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
