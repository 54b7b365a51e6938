"""Writing one part of a bundle: a complete bag streamed into a ZIP, synced to disk as it goes."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import shutil
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from app.bundle_plan import (
    BAGIT_TXT,
    TAG_FILES,
    Blob,
    PlannedPart,
    Proof,
    manifest_text,
    size_text,
)
from app.bundle_zip import SizeMismatch, ZipWriter
from app.document_crypto import decrypt_to
from app.errors import UserError
from models.messages import Message, say

__all__ = ["Writeback", "check_room", "sync_folder", "write_part", "write_problem"]


def _damaged(proof: Proof) -> UserError:
    return UserError(
        say(
            "Bewijsstuk nummer {number} in de gegevensmap klopt niet met wat er bij"
            " het opslaan van werd vastgelegd. Zet het terug uit een reservekopie; "
            "er is geen bundel opgeslagen.",
            number=proof.number,
        )
    )


def write_part(
    handle: BinaryIO,
    part: PlannedPart,
    *,
    base: str,
    bag_info: Callable[[int, int], bytes],
    later: Callable[[], list[Blob]] | None,
    when: datetime,
    passphrase: str | None,
    key: bytes,
    tick: Callable[[int], None],
    writeback: Writeback | None = None,
) -> int:
    """One complete bag as a ZIP into ``handle``; returns the archive's size.

    The proofs go first, so that files still being made (``later``) are made meanwhile; the
    tag files go last, as they name the payload. A ZIP's order is free.

    Args:
        handle: The part's temporary file.
        part: What it holds.
        base: The bag's folder.
        bag_info: Makes bag-info.txt from the payload's octets and file count.
        later: Waits for the payload files made beside the writing, if any.
        when: The moment on every entry.
        passphrase: WinZip AES-256 when given.
        key: The document store's key.
        tick: Told the size of each chunk written (progress; it may raise to stop).
        writeback: Told after each proof, to push what was written towards the disk.

    Raises:
        UserError: A stored proof is not the one its row describes (damaged or replaced).
    """
    archive = ZipWriter(handle, when=when, passphrase=passphrase)
    digests: list[tuple[str, str]] = []
    for proof in part.proofs:
        entry = archive.open_stored(f"{base}/data/{proof.path}", proof.size)

        def feed(chunk: bytes, entry: Any = entry) -> None:
            entry.write(chunk)
            tick(len(chunk))

        try:
            digest, _ = decrypt_to(proof.stored, feed, key)
            entry.close()
        except SizeMismatch as exc:
            raise _damaged(proof) from exc
        # The store's GCM tags prove the file is what was encrypted; comparing the hash
        # proves it is the proof this row describes.
        if digest != proof.sha256:
            raise _damaged(proof)
        digests.append((digest, f"data/{proof.path}"))
        if writeback is not None:
            writeback.nudge()
    blobs = part.blobs + (later() if later is not None else [])
    for blob in blobs:
        archive.write_bytes(f"{base}/data/{blob.path}", blob.data, deflate=blob.deflate)
        digests.append((hashlib.sha256(blob.data).hexdigest(), f"data/{blob.path}"))
        tick(len(blob.data))
    info = bag_info(
        sum(len(b.data) for b in blobs) + sum(p.size for p in part.proofs), len(digests)
    )
    manifest = manifest_text(digests)
    tags = []
    for name, data in zip(TAG_FILES, (BAGIT_TXT, info, manifest), strict=True):
        archive.write_bytes(f"{base}/{name}", data, deflate=True)
        tags.append((hashlib.sha256(data).hexdigest(), name))
    archive.write_bytes(f"{base}/tagmanifest-sha256.txt", manifest_text(tags), deflate=True)
    return archive.close()


#: fdatasync where the system has it (Linux); fsync elsewhere (macOS, Windows).
_SYNC_DATA: Callable[[int], None] = getattr(os, "fdatasync", os.fsync)


class Writeback:
    """Syncs a file to disk beside the writing, so that the final sync has little left.

    The bundle must be on disk before it takes its name; syncing all of it at the end
    would leave the disk idle while the proofs are decrypted and the processor idle after.
    """

    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle
        self._pool = ThreadPoolExecutor(max_workers=1)
        self._pending: Future[None] | None = None

    def __enter__(self) -> Writeback:
        return self

    def __exit__(self, *exc: object) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def nudge(self) -> None:
        """Start a sync of what is written so far, unless one is still running."""
        if self._pending is not None:
            if not self._pending.done():
                return
            self._pending.result()  # a disk error surfaces here
        self._handle.flush()
        self._pending = self._pool.submit(_SYNC_DATA, self._handle.fileno())

    def finish(self) -> None:
        """Everything written is on disk.

        Raises:
            OSError: the disk refused (full, failing).
        """
        if self._pending is not None:
            self._pending.result()
        self._handle.flush()
        os.fsync(self._handle.fileno())


def sync_folder(folder: Path) -> None:
    """Make the folder's new names durable (a no-op where folders cannot be synced)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def check_room(folder: Path, needed: int) -> None:
    """Refuse before writing when the disk clearly lacks the room.

    Raises:
        UserError: ``folder``'s disk has less than ``needed`` bytes free.
    """
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return  # the writing itself will tell
    if free < needed:
        raise UserError(
            say(
                "De bundel kon niet worden opgeslagen in {folder}: de schijf is vol "
                "(nodig: {size_text}, vrij: {size_text2}). Er is niets opgeslagen.",
                folder=folder,
                size_text=size_text(needed),
                size_text2=size_text(free),
            )
        )


def write_problem(folder: Path, exc: OSError) -> Message:
    """The Dutch message for an error of the system while writing the bundle into ``folder``."""
    reason: str
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        reason = say("de schijf is vol")
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason = say("u mag daar niet schrijven (de map is alleen-lezen of afgeschermd)")
    else:
        reason = exc.strerror or say("het bestandssysteem gaf een fout")
    return say(
        "De bundel kon niet worden opgeslagen in {folder}: {reason}. Er is niets opgeslagen.",
        folder=folder,
        reason=reason,
    )
