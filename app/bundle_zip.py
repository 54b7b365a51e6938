"""A streaming ZIP writer for dossier bundles: stored or deflated entries, WinZip AES-256."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import struct
import zlib
from dataclasses import dataclass
from datetime import datetime
from typing import BinaryIO

from Cryptodome.Cipher import AES
from Cryptodome.Util import Counter

__all__ = [
    "ARCHIVE_BOUND",
    "SizeMismatch",
    "StoredEntry",
    "ZipWriter",
    "deflate_bound",
    "entry_bound",
]

#: Sizes and offsets from this value on need the ZIP64 extension (a module value so that a
#: test can reach the ZIP64 path with small files; the markers written stay 0xFFFFFFFF).
ZIP64_LIMIT = 0xFFFFFFFF
_MARK32 = 0xFFFFFFFF
_MARK16 = 0xFFFF

_LOCAL = struct.Struct("<IHHHHHIIIHH")
_CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")
_EOCD = struct.Struct("<IHHHHIIH")
_EOCD64 = struct.Struct("<IQHHIIQQQQ")
_LOCATOR = struct.Struct("<IIQI")
_EXTRA_HEAD = struct.Struct("<HH")
_AES_EXTRA = struct.Struct("<HHH2sBH")
_CRC_OFFSET = 14  # where the CRC sits in a local header

_STORED = 0
_DEFLATED = 8
_AES_METHOD = 99
_UTF8 = 0x0800
_ENCRYPTED = 0x0001
_VERSION = 20
_VERSION_ZIP64 = 45
_VERSION_AES = 51
_MADE_BY = (3 << 8) | 63  # Unix, so that readers apply the permissions below
_FILE_MODE = 0o100644 << 16

# WinZip AES (AE-2): a salt and a 2-byte password check before the data, a 10-byte HMAC-SHA1
# after it; the CRC is left 0 because the HMAC already authenticates the data.
_AES_SALT = 16
_AES_CHECK = 2
_AES_MAC = 10
_AES_OVERHEAD = _AES_SALT + _AES_CHECK + _AES_MAC
_AES_KEY = 32
_AES_ITERATIONS = 1000
_AES_STRENGTH_256 = 3
_AE2 = 2

_ZIP64_LOCAL = _EXTRA_HEAD.size + 16
_ZIP64_CENTRAL = _EXTRA_HEAD.size + 24

#: What an archive adds beyond its entries, at most: the end records, ZIP64 included.
ARCHIVE_BOUND = _EOCD.size + _EOCD64.size + _LOCATOR.size


class SizeMismatch(ValueError):
    """A streamed entry got more or fewer bytes than announced."""


def deflate_bound(size: int) -> int:
    """The most bytes raw deflate makes of ``size`` bytes (zlib's conservative bound + slack)."""
    return size + ((size + 7) >> 3) + ((size + 63) >> 6) + 5 + 64


def entry_bound(name: str, data_size: int, *, encrypted: bool) -> int:
    """The most bytes an entry takes in an archive: headers, data and its central record.

    Args:
        name: The entry's name.
        data_size: The bytes stored (after compression, before encryption).
        encrypted: Whether the archive uses WinZip AES.
    """
    name_size = len(name.encode("utf-8"))
    # The AES extra field sits in both headers; salt, check and tag around the data.
    aes = 2 * _AES_EXTRA.size + _AES_OVERHEAD if encrypted else 0
    headers = _LOCAL.size + _CENTRAL.size + 2 * name_size + _ZIP64_LOCAL + _ZIP64_CENTRAL
    return headers + data_size + aes


def _dos_time(when: datetime) -> tuple[int, int]:
    year = min(max(when.year, 1980), 2107)
    day = ((year - 1980) << 9) | (when.month << 5) | when.day
    clock = (when.hour << 11) | (when.minute << 5) | (when.second // 2)
    return clock, day


class _Aes:
    """One entry's WinZip AES-256 encryption: its own salt, hence its own keys."""

    def __init__(self, password: bytes) -> None:
        salt = secrets.token_bytes(_AES_SALT)
        derived = hashlib.pbkdf2_hmac(
            "sha1", password, salt, _AES_ITERATIONS, 2 * _AES_KEY + _AES_CHECK
        )
        self.preamble = salt + derived[2 * _AES_KEY :]
        # WinZip's counter is a little-endian 128-bit number starting at 1; 64 bits of it
        # followed by 8 zero bytes is the same for any file below 2**68 bytes.
        counter = Counter.new(64, suffix=bytes(8), initial_value=1, little_endian=True)
        self._cipher = AES.new(derived[:_AES_KEY], AES.MODE_CTR, counter=counter)
        self._mac = hmac.new(derived[_AES_KEY : 2 * _AES_KEY], digestmod=hashlib.sha1)

    def encrypt(self, data: bytes) -> bytes:
        sealed: bytes = self._cipher.encrypt(data)
        self._mac.update(sealed)
        return sealed

    def tag(self) -> bytes:
        return self._mac.digest()[:_AES_MAC]


@dataclass
class _Record:
    """What the central directory needs of a written entry."""

    name: bytes
    method: int
    crc: int
    compressed: int
    size: int
    offset: int
    text: bool


class ZipWriter:
    """Writes a ZIP archive entry by entry into a seekable binary file.

    Stored entries are streamed in chunks and their CRC is patched into the local header
    afterwards; deflated entries are compressed whole (meant for small text files). With a
    passphrase every entry is encrypted with WinZip AES-256 (AE-2). The size an entry takes
    is known before it is written (``entry_bound``), so a caller can plan parts exactly.
    """

    def __init__(self, handle: BinaryIO, *, when: datetime, passphrase: str | None = None) -> None:
        """Start an archive at the handle's current position.

        Args:
            handle: A file opened for binary writing that can seek.
            when: The modification moment given to every entry.
            passphrase: Encrypt every entry with WinZip AES-256 under this passphrase (UTF-8).
        """
        self._handle = handle
        self._start = handle.tell()
        self._password = passphrase.encode("utf-8") if passphrase is not None else None
        self._time, self._date = _dos_time(when)
        self._records: list[_Record] = []
        self._open: StoredEntry | None = None
        self._closed = False

    @property
    def encrypted(self) -> bool:
        """Whether the entries are encrypted."""
        return self._password is not None

    def _position(self) -> int:
        return self._handle.tell() - self._start

    def _local_header(self, name: bytes, method: int, crc: int, compressed: int, size: int) -> int:
        """Write a local header; returns its offset in the archive."""
        offset = self._position()
        zip64 = size >= ZIP64_LIMIT or compressed >= ZIP64_LIMIT
        extra = b""
        if zip64:
            extra += _EXTRA_HEAD.pack(0x0001, 16) + struct.pack("<QQ", size, compressed)
        extra += self._aes_extra(method)
        flags = _UTF8 | (_ENCRYPTED if self.encrypted else 0)
        self._handle.write(
            _LOCAL.pack(
                0x04034B50,
                self._version(zip64),
                flags,
                _AES_METHOD if self.encrypted else method,
                self._time,
                self._date,
                crc,
                _MARK32 if zip64 else compressed,
                _MARK32 if zip64 else size,
                len(name),
                len(extra),
            )
            + name
            + extra
        )
        return offset

    def _version(self, zip64: bool) -> int:
        if self.encrypted:
            return _VERSION_AES
        return _VERSION_ZIP64 if zip64 else _VERSION

    def _aes_extra(self, method: int) -> bytes:
        if not self.encrypted:
            return b""
        return _AES_EXTRA.pack(0x9901, 7, _AE2, b"AE", _AES_STRENGTH_256, method)

    def _check_free(self) -> None:
        if self._closed:
            raise RuntimeError("the archive is closed")
        if self._open is not None:
            raise RuntimeError("an entry is still open")

    def write_bytes(self, name: str, data: bytes, *, deflate: bool) -> None:
        """Add a whole entry from memory, deflated or stored.

        Args:
            name: The entry's path inside the archive (forward slashes).
            data: Its content.
            deflate: Compress it (for text); otherwise it is stored as is.
        """
        self._check_free()
        encoded = name.encode("utf-8")
        method = _DEFLATED if deflate else _STORED
        if deflate:
            packer = zlib.compressobj(6, zlib.DEFLATED, -15)
            body = packer.compress(data) + packer.flush()
        else:
            body = data
        if self._password is not None:
            aes = _Aes(self._password)
            payload = [aes.preamble, aes.encrypt(body)]
            payload.append(aes.tag())
            crc = 0
        else:
            payload = [body]
            crc = zlib.crc32(data)
        compressed = sum(len(piece) for piece in payload)
        offset = self._local_header(encoded, method, crc, compressed, len(data))
        for piece in payload:
            self._handle.write(piece)
        self._records.append(
            _Record(encoded, method, crc, compressed, len(data), offset, text=deflate)
        )

    def open_stored(self, name: str, size: int) -> StoredEntry:
        """Start a stored entry of exactly ``size`` bytes, to be fed in chunks.

        Args:
            name: The entry's path inside the archive.
            size: The bytes that will be written; a different amount raises SizeMismatch.

        Returns:
            The entry: call ``write`` with each chunk, then ``close``.
        """
        self._check_free()
        encoded = name.encode("utf-8")
        aes = _Aes(self._password) if self._password is not None else None
        compressed = size + (_AES_OVERHEAD if aes else 0)
        offset = self._local_header(encoded, _STORED, 0, compressed, size)
        if aes is not None:
            self._handle.write(aes.preamble)
        entry = StoredEntry(self, encoded, size, compressed, offset, aes)
        self._open = entry
        return entry

    def _finish_entry(self, entry: StoredEntry, record: _Record) -> None:
        self._records.append(record)
        self._open = None

    def close(self) -> int:
        """Write the central directory and the end records.

        Returns:
            The archive's size in bytes.
        """
        self._check_free()
        self._closed = True
        start = self._position()
        for record in self._records:
            self._central(record)
        end = self._position()
        count, size = len(self._records), end - start
        zip64 = count >= _MARK16 or start >= ZIP64_LIMIT or size >= ZIP64_LIMIT
        if zip64:
            self._handle.write(
                _EOCD64.pack(
                    0x06064B50,
                    _EOCD64.size - 12,
                    _MADE_BY,
                    _VERSION_ZIP64,
                    0,
                    0,
                    count,
                    count,
                    size,
                    start,
                )
            )
            self._handle.write(_LOCATOR.pack(0x07064B50, 0, end, 1))
        self._handle.write(
            _EOCD.pack(
                0x06054B50,
                0,
                0,
                _MARK16 if zip64 else count,
                _MARK16 if zip64 else count,
                _MARK32 if zip64 else size,
                _MARK32 if zip64 else start,
                0,
            )
        )
        return self._position()

    def _central(self, record: _Record) -> None:
        big = [value >= ZIP64_LIMIT for value in (record.size, record.compressed, record.offset)]
        extra = b""
        if any(big):
            values = [
                value
                for value, over in zip(
                    (record.size, record.compressed, record.offset), big, strict=True
                )
                if over
            ]
            extra = _EXTRA_HEAD.pack(0x0001, 8 * len(values)) + struct.pack(
                f"<{len(values)}Q", *values
            )
        extra += self._aes_extra(record.method)
        flags = _UTF8 | (_ENCRYPTED if self.encrypted else 0)
        self._handle.write(
            _CENTRAL.pack(
                0x02014B50,
                _MADE_BY,
                self._version(any(big)),
                flags,
                _AES_METHOD if self.encrypted else record.method,
                self._time,
                self._date,
                record.crc,
                _MARK32 if big[1] else record.compressed,
                _MARK32 if big[0] else record.size,
                len(record.name),
                len(extra),
                0,
                0,
                1 if record.text else 0,
                _FILE_MODE,
                _MARK32 if big[2] else record.offset,
            )
            + record.name
            + extra
        )


class StoredEntry:
    """A stored entry being streamed into a ZipWriter."""

    def __init__(
        self,
        writer: ZipWriter,
        name: bytes,
        size: int,
        compressed: int,
        offset: int,
        aes: _Aes | None,
    ) -> None:
        self._writer = writer
        self._name = name
        self._size = size
        self._compressed = compressed
        self._offset = offset
        self._aes = aes
        self._crc = 0
        self._written = 0

    def write(self, chunk: bytes) -> None:
        """Add the next chunk of the entry's content.

        Raises:
            SizeMismatch: more bytes than announced.
        """
        self._written += len(chunk)
        if self._written > self._size:
            raise SizeMismatch(f"{self._written} bytes written, {self._size} announced")
        if self._aes is not None:
            chunk = self._aes.encrypt(chunk)
        else:
            self._crc = zlib.crc32(chunk, self._crc)
        self._writer._handle.write(chunk)

    def close(self) -> None:
        """Finish the entry: its CRC into the header (or the AES tag after the data).

        Raises:
            SizeMismatch: fewer bytes than announced.
        """
        if self._written != self._size:
            raise SizeMismatch(f"{self._written} bytes written, {self._size} announced")
        handle = self._writer._handle
        if self._aes is not None:
            handle.write(self._aes.tag())
        else:
            end = handle.tell()
            handle.seek(self._writer._start + self._offset + _CRC_OFFSET)
            handle.write(struct.pack("<I", self._crc))
            handle.seek(end)
        self._writer._finish_entry(
            self,
            _Record(
                self._name,
                _STORED,
                0 if self._aes is not None else self._crc,
                self._compressed,
                self._size,
                self._offset,
                text=False,
            ),
        )
