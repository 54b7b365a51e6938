"""Streaming document encryption: round trips, the original's hash, and refused tampering."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from app.document_crypto import (
    CHUNK_SIZE,
    HEADER_SIZE,
    TAG_SIZE,
    Cancelled,
    decrypt_bytes,
    decrypt_to,
    encrypt_file,
)
from app.errors import UserError

KEY = bytes(range(32))
DAMAGED = "beschadigd of gewijzigd"


def _encrypted(tmp_path: Path, data: bytes) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    source = tmp_path / "origineel.bin"
    source.write_bytes(data)
    target = tmp_path / "store" / "doc.enc"
    encrypt_file(source, target, KEY)
    return target


@pytest.mark.parametrize(
    "size",
    [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 3 * CHUNK_SIZE + 17],
    ids=["empty", "one", "chunk-1", "chunk", "chunk+1", "several"],
)
def test_document_crypto_round_trip_keeps_bytes_and_hash(tmp_path: Path, size: int) -> None:
    data = os.urandom(size)
    source = tmp_path / "origineel.bin"
    source.write_bytes(data)
    target = tmp_path / "store" / "doc.enc"
    sha256, stored_size = encrypt_file(source, target, KEY)
    assert (sha256, stored_size) == (hashlib.sha256(data).hexdigest(), size)
    assert decrypt_bytes(target, KEY) == data
    if size >= 64:  # the original does not show through
        assert data[:64] not in target.read_bytes()


def test_document_crypto_decrypt_to_streams_chunks_and_returns_the_hash(tmp_path: Path) -> None:
    data = os.urandom(2 * CHUNK_SIZE + 5)
    target = _encrypted(tmp_path, data)
    parts: list[bytes] = []
    assert decrypt_to(target, parts.append, KEY) == (hashlib.sha256(data).hexdigest(), len(data))
    assert [len(p) for p in parts] == [CHUNK_SIZE, CHUNK_SIZE, 5]


def test_document_crypto_encryption_is_randomised_per_file(tmp_path: Path) -> None:
    data = b"zelfde inhoud"
    first = _encrypted(tmp_path / "a", data).read_bytes()
    second = _encrypted(tmp_path / "b", data).read_bytes()
    assert first != second


def _flip(data: bytearray, at: int) -> None:
    data[at] ^= 0x01


def _swap_chunks(data: bytearray, _at: int) -> None:
    block = CHUNK_SIZE + TAG_SIZE
    first = data[HEADER_SIZE : HEADER_SIZE + block]
    data[HEADER_SIZE : HEADER_SIZE + block] = data[HEADER_SIZE + block : HEADER_SIZE + 2 * block]
    data[HEADER_SIZE + block : HEADER_SIZE + 2 * block] = first


def _drop_last_chunk(data: bytearray, _at: int) -> None:
    del data[HEADER_SIZE + 2 * (CHUNK_SIZE + TAG_SIZE) :]


def _truncate_inside(data: bytearray, _at: int) -> None:
    del data[-100:]


def _append(data: bytearray, _at: int) -> None:
    data.extend(os.urandom(TAG_SIZE + 10))


@pytest.mark.parametrize(
    ("damage", "at"),
    [
        (_flip, HEADER_SIZE + 10),
        (_flip, HEADER_SIZE + CHUNK_SIZE + TAG_SIZE + 3),
        (_flip, -1),
        (_flip, 7),
        (_swap_chunks, 0),
        (_drop_last_chunk, 0),
        (_truncate_inside, 0),
        (_append, 0),
    ],
    ids=[
        "byte-first-chunk",
        "byte-second-chunk",
        "tag",
        "header",
        "swapped",
        "dropped-end",
        "truncated",
        "appended",
    ],
)
def test_document_crypto_refuses_a_tampered_file(tmp_path: Path, damage: object, at: int) -> None:
    target = _encrypted(tmp_path, os.urandom(2 * CHUNK_SIZE + 300))
    data = bytearray(target.read_bytes())
    damage(data, at)  # type: ignore[operator]
    target.write_bytes(bytes(data))
    with pytest.raises(UserError, match=DAMAGED):
        decrypt_bytes(target, KEY)


def test_document_crypto_refuses_a_wrong_key(tmp_path: Path) -> None:
    target = _encrypted(tmp_path, b"brief van de deurwaarder")
    with pytest.raises(UserError, match=DAMAGED):
        decrypt_bytes(target, bytes(32))


def test_document_crypto_refuses_a_file_that_is_not_a_document(tmp_path: Path) -> None:
    other = tmp_path / "ander.enc"
    other.write_bytes(b"%PDF-1.4 niet versleuteld" * 10)
    with pytest.raises(UserError, match=DAMAGED):
        decrypt_bytes(other, KEY)


def test_document_crypto_reports_a_missing_file_in_dutch(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="ontbreekt"):
        decrypt_bytes(tmp_path / "weg.enc", KEY)


def test_document_crypto_cancel_leaves_nothing_behind(tmp_path: Path) -> None:
    source = tmp_path / "groot.bin"
    source.write_bytes(os.urandom(4 * CHUNK_SIZE))
    store = tmp_path / "store"
    seen: list[tuple[int, int]] = []

    def stop_after_two() -> bool:
        return len(seen) >= 2

    with pytest.raises(Cancelled, match="afgebroken"):
        encrypt_file(
            source,
            store / "doc.enc",
            KEY,
            progress=lambda d, t: seen.append((d, t)),
            cancel=stop_after_two,
        )
    assert seen == [(CHUNK_SIZE, 4 * CHUNK_SIZE), (2 * CHUNK_SIZE, 4 * CHUNK_SIZE)]
    assert os.listdir(store) == []


def test_document_crypto_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = _encrypted(tmp_path, os.urandom(CHUNK_SIZE + 1))
    assert os.listdir(target.parent) == ["doc.enc"]


def test_document_crypto_missing_source_leaves_nothing(tmp_path: Path) -> None:
    store = tmp_path / "store"
    with pytest.raises(FileNotFoundError):
        encrypt_file(tmp_path / "weg.pdf", store / "doc.enc", KEY)
    assert os.listdir(store) == []
