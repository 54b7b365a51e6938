"""Streaming AES-256-GCM encryption of documents, hashing the original in the same pass."""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import secrets
import struct
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.errors import UserError
from models.messages import say

MAGIC = b"PPDOC"
VERSION = 1
CHUNK_SIZE = 1024 * 1024
TAG_SIZE = 16
NONCE_PREFIX_SIZE = 8
#: magic, version, chunk size, the file's random nonce prefix.
_HEADER = struct.Struct(f">{len(MAGIC)}sBI{NONCE_PREFIX_SIZE}s")
HEADER_SIZE = _HEADER.size
# Each chunk's nonce is the file's prefix and the chunk's index; its associated data binds the
# header, the index and whether it is the last chunk, so that chunks cannot be swapped, moved
# between files, dropped from the end or followed by more.
_INDEX = struct.Struct(">I")
_AAD_TAIL = struct.Struct(">IB")
MAX_CHUNKS = 2**32

#: Called with (bytes done, bytes in total) after each chunk.
Progress = Callable[[int, int], None]
#: Asked after each chunk; True stops the work and leaves nothing behind.
Cancel = Callable[[], bool]

DAMAGED = say(
    "Het versleutelde document is beschadigd of gewijzigd, of hoort bij een"
    " andere gegevensmap, en kan niet geopend worden. Zet het terug uit een"
    " reservekopie."
)


class Cancelled(UserError):
    """The person stopped the work; nothing was stored."""

    def __init__(self) -> None:
        super().__init__(say("Het toevoegen is afgebroken; er is niets opgeslagen."))


def _check_key(key: bytes) -> AESGCM:
    if len(key) != 32:
        raise ValueError("a document key has 32 bytes")
    return AESGCM(key)


def _aad(header: bytes, index: int, final: bool) -> bytes:
    return header + _AAD_TAIL.pack(index, 1 if final else 0)


def _read_full(handle: BinaryIO, view: memoryview) -> int:
    """Fill ``view`` as far as the stream allows (``readinto`` and ``read`` may return short)."""
    readinto = getattr(handle, "readinto", None)
    filled = 0
    while filled < len(view):
        if readinto is not None:
            got = readinto(view[filled:])
        else:  # a plain BinaryIO need not have readinto
            data = handle.read(len(view) - filled)
            got = len(data)
            view[filled : filled + got] = data
        if not got:
            break
        filled += got
    return filled


def encrypt_file(
    source: Path,
    target: Path,
    key: bytes,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> tuple[str, int]:
    """Encrypt ``source`` into ``target`` atomically; the SHA-256 of the original comes along.

    The file is written beside ``target`` under a temporary name, synced and then renamed, so
    that ``target`` either holds the whole encrypted file or does not exist.

    Args:
        source: The original file.
        target: Where the encrypted file goes (must not be needed under that name yet).
        key: The 32-byte document key.
        progress: Told the bytes done and the total after each chunk.
        cancel: Asked after each chunk; True stops and removes the partial file.

    Returns:
        The hex SHA-256 of the original and its size in bytes.

    Raises:
        Cancelled: ``cancel`` returned True.
        OSError: the source cannot be read or the target folder cannot be written.
    """
    aead = _check_key(key)
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(source, "rb") as src:
        total = os.fstat(src.fileno()).st_size
        return _encrypt(src, total, target, aead, progress, cancel)


def encrypt_stream(
    source: BinaryIO,
    target: Path,
    key: bytes,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> tuple[str, int]:
    """Encrypt everything ``source`` yields into ``target`` atomically, as ``encrypt_file``.

    For originals that are not a file of their own, such as an entry of a ZIP being read:
    the stream is read in chunks, never whole, and is not closed here.

    Args:
        source: An open binary stream, read from its current position to its end.
        target: Where the encrypted file goes (must not be needed under that name yet).
        key: The 32-byte document key.
        progress: Told the bytes done and the total after each chunk; the total is the
            stream's size where it is a real file, else the bytes done so far.
        cancel: Asked after each chunk; True stops and removes the partial file.

    Returns:
        The hex SHA-256 of the original and its size in bytes.

    Raises:
        Cancelled: ``cancel`` returned True.
        OSError: the target folder cannot be written (or the stream fails to read).
    """
    aead = _check_key(key)
    try:
        total = os.fstat(source.fileno()).st_size - source.tell()
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        total = 0  # not a file: the total grows with what was read
    return _encrypt(source, total, target, aead, progress, cancel)


def _encrypt(
    src: BinaryIO,
    total: int,
    target: Path,
    aead: AESGCM,
    progress: Progress | None,
    cancel: Cancel | None,
) -> tuple[str, int]:
    """The one encryption loop of ``encrypt_file`` and ``encrypt_stream``."""
    header = _HEADER.pack(MAGIC, VERSION, CHUNK_SIZE, secrets.token_bytes(NONCE_PREFIX_SIZE))
    prefix = header[-NONCE_PREFIX_SIZE:]
    digest = hashlib.sha256()
    # Two input buffers: a chunk is sealed only once the next read shows whether it is last.
    buffers = (bytearray(CHUNK_SIZE), bytearray(CHUNK_SIZE))
    views = (memoryview(buffers[0]), memoryview(buffers[1]))
    out = bytearray(CHUNK_SIZE + TAG_SIZE)
    out_view = memoryview(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as dst:
            dst.write(header)
            current = 0
            length = _read_full(src, views[current])
            index = 0
            done = 0
            while True:
                following = _read_full(src, views[1 - current])
                final = following == 0
                data = views[current][:length]
                digest.update(data)
                sealed = out_view[: length + TAG_SIZE]
                aead.encrypt_into(
                    prefix + _INDEX.pack(index), data, _aad(header, index, final), sealed
                )
                dst.write(sealed)
                done += length
                if progress is not None:
                    progress(done, max(total, done))
                if cancel is not None and cancel():
                    raise Cancelled()
                if final:
                    break
                index += 1
                if index >= MAX_CHUNKS:
                    raise UserError(say("Dit bestand is te groot om te versleutelen."))
                current, length = 1 - current, following
            os.fsync(dst.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    with contextlib.suppress(OSError):  # the rename is durable once the folder is synced
        dir_fd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    return digest.hexdigest(), done


def decrypt_to(source: Path, writer: Callable[[bytes], object], key: bytes) -> tuple[str, int]:
    """Decrypt ``source`` chunk by chunk into ``writer``, verifying every chunk.

    A chunk reaches ``writer`` only once it is verified, but a file damaged further on is
    refused after its good first chunks were written: a caller that must not keep a partial
    result discards what it got when this raises.

    Args:
        source: An encrypted document written by ``encrypt_file``.
        writer: Given each verified chunk of the original, in order.
        key: The 32-byte document key.

    Returns:
        The hex SHA-256 of the original and its size in bytes.

    Raises:
        UserError: the file is missing, damaged, truncated, reordered or the key is wrong.
    """
    aead = _check_key(key)
    digest = hashlib.sha256()
    try:
        handle = open(source, "rb")  # noqa: SIM115 - closed below, after the checks
    except FileNotFoundError as exc:
        raise UserError(
            say(
                "Het bestand van dit document ontbreekt in de gegevensmap. Zet het "
                "terug uit een reservekopie."
            )
        ) from exc
    with handle:
        header = handle.read(HEADER_SIZE)
        if len(header) != HEADER_SIZE:
            raise UserError(DAMAGED)
        magic, version, chunk_size, prefix = _HEADER.unpack(header)
        if magic != MAGIC:
            raise UserError(DAMAGED)
        if version != VERSION:
            raise UserError(
                say(
                    "Dit document is opgeslagen door een nieuwere versie van Procesplaat. "
                    "Installeer die versie om het te openen."
                )
            )
        if not 0 < chunk_size <= 64 * CHUNK_SIZE:
            raise UserError(DAMAGED)
        block = chunk_size + TAG_SIZE
        buffers = (bytearray(block), bytearray(block))
        views = (memoryview(buffers[0]), memoryview(buffers[1]))
        current = 0
        length = _read_full(handle, views[current])
        index = 0
        size = 0
        while True:
            following = _read_full(handle, views[1 - current]) if length == block else 0
            final = following == 0
            if length < TAG_SIZE:
                raise UserError(DAMAGED)
            try:
                plain = aead.decrypt(
                    prefix + _INDEX.pack(index),
                    views[current][:length],
                    _aad(header, index, final),
                )
            except InvalidTag as exc:
                raise UserError(DAMAGED) from exc
            digest.update(plain)
            writer(plain)
            size += len(plain)
            if final:
                return digest.hexdigest(), size
            index += 1
            if index >= MAX_CHUNKS:
                raise UserError(DAMAGED)
            current, length = 1 - current, following


def decrypt_bytes(source: Path, key: bytes) -> bytes:
    """The whole original of an encrypted document, verified.

    Raises:
        UserError: as ``decrypt_to``.
    """
    parts: list[bytes] = []
    decrypt_to(source, parts.append, key)
    return b"".join(parts)
