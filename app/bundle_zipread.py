"""Safe, streaming access to the entries of one bundle ZIP: names checked, sizes bounded, AES."""

from __future__ import annotations

import hashlib
import hmac
import io
import struct
import threading
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, cast

from Cryptodome.Cipher import AES
from Cryptodome.Util import Counter

from app.errors import UserError
from models.messages import joined, say

__all__ = [
    "CHUNK",
    "MAX_ENTRIES",
    "MAX_RATIO",
    "MAX_TOTAL",
    "BundleRefused",
    "Entry",
    "ZipArchive",
    "is_encrypted_zip",
    "placed",
]

#: Bytes read, decrypted or inflated at a time: large enough for full hashing speed.
CHUNK = 1 << 20
#: Entries one part may hold; a bundle has a handful plus one per proof.
MAX_ENTRIES = 10_000
#: Unpacked bytes all parts together may hold (4 GiB): far beyond any dossier.
MAX_TOTAL = 4 * 1024**3
#: How much larger than its packed data a big entry may unpack; deflate reaches ~1000x only
#: for degenerate input such as a block of zeros, which is what a zip bomb is made of.
MAX_RATIO = 200
#: Entries below this unpacked size may compress as well as they like (text, blank scans).
RATIO_FLOOR = 16 * 1024**2

_LOCAL = struct.Struct("<4s5H3I2H")
_LOCAL_SIGNATURE = b"PK\x03\x04"
_STORED = 0
_DEFLATED = 8
_AES_METHOD = 99
_AES_EXTRA_ID = 0x9901
_AES_SALT = {1: 8, 2: 12, 3: 16}
_AES_CHECK = 2
_AES_MAC = 10
_AES_ITERATIONS = 1000
_FLAG_ENCRYPTED = 0x0001
_FLAG_UTF8 = 0x0800
_S_IFMT = 0o170000
_S_IFLNK = 0o120000


def placed(where: str, problem: str) -> str:
    """A problem with the part of the bundle it was found in (``klant.zip: ...``), if named."""
    return say("{name}: {message}", name=where, message=problem) if where else problem


class BundleRefused(UserError):
    """The bundle is refused; ``problems`` says why, one Dutch line each.

    Attributes:
        problems: Every problem found, in the order met.
        wrong_passphrase: The passphrase is missing or wrong: asking again may help.
    """

    def __init__(self, problems: Sequence[str], *, wrong_passphrase: bool = False) -> None:
        self.problems = list(problems)
        super().__init__(joined(self.problems, "\n"))
        self.wrong_passphrase = wrong_passphrase


@dataclass(frozen=True)
class Entry:
    """One file in the archive, as the central directory and its local header describe it.

    Attributes:
        name: The full entry name (``<bag>/data/dossier.json``).
        size: The unpacked size the central directory promises.
        packed: The bytes the entry's data takes in the archive (AES parts included).
        method: How the (decrypted) data is compressed: stored or deflated.
        crc: The CRC-32 of the unpacked data.
        check_crc: False for WinZip AE-2, which leaves the CRC 0 and relies on its MAC.
        aes_strength: 1, 2 or 3 (AES-128/192/256) for an encrypted entry, else None.
        data_offset: Where the entry's data starts in the file.
    """

    name: str
    size: int
    packed: int
    method: int
    crc: int
    check_crc: bool
    aes_strength: int | None
    data_offset: int


def show_name(name: str) -> str:
    """An entry name fit for a message: control characters escaped, long names shortened."""
    shown = "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in name)
    return shown if len(shown) <= 80 else shown[:77] + "..."


def _name_problem(name: str) -> str | None:
    """Why an entry name is unsafe to take as a path inside the bag, or None."""
    shown = show_name(name)
    if "\\" in name:
        return say("{shown}: een pad met een backslash (\\) is niet toegestaan.", shown=shown)
    if name.startswith("/"):
        return say("{shown}: een absoluut pad is niet toegestaan.", shown=shown)
    if len(name) >= 2 and name[1] == ":" and name[0].isalpha():
        return say("{shown}: een pad met een stationsletter is niet toegestaan.", shown=shown)
    if any(not ch.isprintable() for ch in name):
        return say("{shown}: een pad met stuurtekens is niet toegestaan.", shown=shown)
    segments = name.rstrip("/").split("/")
    if ".." in segments:
        return say("{shown}: een pad met .. verlaat de bundel en is niet toegestaan.", shown=shown)
    if any(segment in ("", ".") for segment in segments):
        return say("{shown}: een pad met een lege map of . is niet toegestaan.", shown=shown)
    return None


def _extra_fields(extra: bytes) -> dict[int, bytes]:
    fields: dict[int, bytes] = {}
    at = 0
    while at + 4 <= len(extra):
        tag, length = struct.unpack_from("<HH", extra, at)
        fields[tag] = extra[at + 4 : at + 4 + length]
        at += 4 + length
    return fields


def is_encrypted_zip(path: Path) -> bool:
    """Whether a file looks like a ZIP with encrypted entries (False when it is no ZIP)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return any(info.flag_bits & _FLAG_ENCRYPTED for info in archive.infolist())
    except (OSError, zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        return False


class ZipArchive:
    """One bundle ZIP, opened for reading entries by name, never by extracting.

    Opening checks the whole central directory: the number of entries, every name (no
    absolute paths, ``..``, drive letters, backslashes or links), one base folder, the
    compression methods, sizes and ratios (zip bombs), entries that overlap, and the
    passphrase. Entries are then streamed in chunks, decrypted, inflated with a counter that
    stops at the promised size, and their CRC or AES MAC checked at the end.

    Attributes:
        path: The ZIP file.
        where: How messages name this file ("" when there is only one).
        base: The bag's base folder (the single top-level folder).
        files: The file entries by name; directory entries are left out.
    """

    def __init__(self, path: Path, *, passphrase: str | None, where: str = "") -> None:
        self.path = path
        self.where = where
        self._lock = threading.Lock()
        self._password = passphrase.encode("utf-8") if passphrase is not None else None
        try:
            self._handle: BinaryIO = open(path, "rb")  # noqa: SIM115 - kept open by the bundle
        except OSError as exc:
            raise self._refused(
                say(
                    "{name} kan niet worden gelezen ({strerror}).",
                    name=path.name,
                    strerror=exc.strerror,
                )
            ) from exc
        try:
            self.files, self.base = self._directory()
            self.encrypted = any(e.aes_strength is not None for e in self.files.values())
            if self.encrypted:
                self._check_passphrase()
        except BaseException:
            self._handle.close()
            raise

    # -- opening ---------------------------------------------------------------------------

    def _refused(self, *problems: str, wrong_passphrase: bool = False) -> BundleRefused:
        return BundleRefused(
            [placed(self.where, problem) for problem in problems], wrong_passphrase=wrong_passphrase
        )

    def _open_zip(self) -> zipfile.ZipFile:
        head = self._handle.read(4)
        self._handle.seek(0)
        end_record = getattr(zipfile, "_EndRecData", None)
        try:
            # The entry count before zipfile builds an object per entry.
            if end_record is not None:
                end = end_record(self._handle)
                if end is not None and end[4] > MAX_ENTRIES:
                    raise self._refused(
                        say(
                            "De bundel heeft {count} bestanden; meer dan {limit} wordt niet "
                            "gelezen.",
                            count=end[4],
                            limit=MAX_ENTRIES,
                        )
                    )
                self._handle.seek(0)
            return zipfile.ZipFile(self._handle)
        except (
            zipfile.BadZipFile,
            zipfile.LargeZipFile,
            ValueError,
            EOFError,
            OSError,
            NotImplementedError,  # a newer "version needed to extract" than zipfile reads
        ):
            if head == _LOCAL_SIGNATURE:
                problem = say(
                    "De bundel is onvolledig of beschadigd: het ZIP-bestand houdt te vroeg "
                    "op (misschien niet helemaal gedownload). Vraag de bundel opnieuw op."
                )
            else:
                problem = say("Dit is geen dossierbundel: het bestand is geen ZIP-bestand.")
            raise self._refused(problem) from None

    def _directory(self) -> tuple[dict[str, Entry], str]:
        archive = self._open_zip()
        infos = archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise self._refused(f"De bundel heeft meer dan {MAX_ENTRIES} bestanden.")
        problems: list[str] = []
        seen: set[str] = set()
        for info in infos:
            problem = _name_problem(info.filename)
            if problem is None and (info.external_attr >> 16) & _S_IFMT == _S_IFLNK:
                problem = say(
                    "{filename}: een link is niet toegestaan.", filename=show_name(info.filename)
                )
            if problem is None and info.filename in seen:
                problem = say(
                    "{filename} staat twee keer in de ZIP.", filename=show_name(info.filename)
                )
            seen.add(info.filename)
            if problem:
                problems.append(problem)
        if problems:
            raise self._refused(*problems)
        base = self._base([info.filename for info in infos])
        files: dict[str, Entry] = {}
        total = 0
        for info in infos:
            if info.is_dir():
                continue
            entry = self._entry(info)
            total += entry.size
            files[entry.name] = entry
        if total > MAX_TOTAL:
            raise self._refused(
                say(
                    "De bundel pakt uit tot {size:.1f} GB; meer dan {limit} GB wordt niet gelezen "
                    "(mogelijk een zip-bom).",
                    size=total / 1024**3,
                    limit=MAX_TOTAL // 1024**3,
                )
            )
        self._check_overlap(files, getattr(archive, "start_dir", None))
        return files, base

    def _base(self, names: list[str]) -> str:
        tops = sorted({name.split("/", 1)[0] for name in names})
        loose = [name for name in names if "/" not in name]
        if loose:
            shown = ", ".join(show_name(name) for name in loose[:5])
            raise self._refused(
                say(
                    "Bestanden buiten de map van de bundel: {shown}. Een bundel heeft "
                    "precies één map bovenaan, met alles daarin.",
                    shown=shown,
                )
            )
        if len(tops) != 1:
            shown = ", ".join(show_name(top) for top in tops[:5])
            raise self._refused(
                say(
                    "De bundel heeft meer dan één map bovenaan ({shown}); er hoort er precies één.",
                    shown=shown,
                )
            )
        return tops[0]

    def _entry(self, info: zipfile.ZipInfo) -> Entry:
        shown = show_name(info.filename)
        method, strength, check_crc = info.compress_type, None, True
        if info.flag_bits & _FLAG_ENCRYPTED:
            aes = _extra_fields(info.extra).get(_AES_EXTRA_ID)
            if info.compress_type != _AES_METHOD or aes is None or len(aes) < 7:
                raise self._refused(
                    say(
                        "{shown} is versleuteld op een oude, onveilige manier (ZipCrypto); een "
                        "bundel is versleuteld met AES-256. Vraag de afzender de bundel opnieuw"
                        " te maken.",
                        shown=shown,
                    )
                )
            version, _vendor, strength, method = struct.unpack("<H2sBH", aes[:7])
            if strength not in _AES_SALT:
                raise self._refused(f"{shown}: onbekende AES-versleuteling.")
            check_crc = version != 2
        if method not in (_STORED, _DEFLATED):
            raise self._refused(
                say(
                    "{shown} is ingepakt met een methode die dit programma niet kent "
                    "(methode {method}); een bundel gebruikt alleen 'stored' en 'deflate'.",
                    shown=shown,
                    method=method,
                )
            )
        overhead = 0 if strength is None else _AES_SALT[strength] + _AES_CHECK + _AES_MAC
        data = info.compress_size - overhead
        if data < 0 or (method == _STORED and data != info.file_size):
            raise self._refused(
                say("{shown} is beschadigd: de grootte in de ZIP klopt niet.", shown=shown)
            )
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(data, 1):
            raise self._refused(
                say(
                    "{shown} pakt uit tot {file_size} bytes uit {data} bytes: dat is een "
                    "zip-bom. De bundel wordt niet gelezen.",
                    shown=shown,
                    file_size=info.file_size,
                    data=data,
                )
            )
        return Entry(
            name=info.filename,
            size=info.file_size,
            packed=info.compress_size,
            method=method,
            crc=info.CRC,
            check_crc=check_crc,
            aes_strength=strength,
            data_offset=self._data_offset(info),
        )

    def _data_offset(self, info: zipfile.ZipInfo) -> int:
        if info.header_offset < 0:  # bytes missing before the directory (a cut download)
            raise self._refused(
                say(
                    "{filename} is beschadigd (geen kop gevonden).",
                    filename=show_name(info.filename),
                )
            )
        header = self._read_at(info.header_offset, _LOCAL.size)
        if len(header) != _LOCAL.size or header[:4] != _LOCAL_SIGNATURE:
            raise self._refused(
                say(
                    "{filename} is beschadigd (geen kop gevonden).",
                    filename=show_name(info.filename),
                )
            )
        fields = _LOCAL.unpack(header)
        flags, name_length, extra_length = fields[2], fields[9], fields[10]
        raw = self._read_at(info.header_offset + _LOCAL.size, name_length)
        name = raw.decode("utf-8" if flags & _FLAG_UTF8 else "cp437", errors="replace")
        if name != info.orig_filename:
            raise self._refused(
                say(
                    "{filename}: de naam in de kop verschilt van die in de inhoud van de ZIP.",
                    filename=show_name(info.filename),
                )
            )
        return int(info.header_offset + _LOCAL.size + name_length + extra_length)

    def _check_overlap(self, files: dict[str, Entry], end: int | None) -> None:
        """Entries that share bytes make a small archive unpack many times (a zip bomb)."""
        spans = sorted((e.data_offset, e.data_offset + e.packed, e.name) for e in files.values())
        for (_, stop, name), (start, _, _) in zip(spans, spans[1:], strict=False):
            if stop > start:
                raise self._refused(
                    say(
                        "{name} overlapt met een ander bestand in de ZIP (zip-bom).",
                        name=show_name(name),
                    )
                )
        if spans and end is not None and spans[-1][1] > end:
            raise self._refused(f"{show_name(spans[-1][2])} loopt door tot in de inhoudsopgave.")

    def _check_passphrase(self) -> None:
        if self._password is None:
            raise self._refused(
                say(
                    "Deze bundel is beveiligd met een wachtwoord. Geef het wachtwoord op "
                    "dat u apart van de bundel hebt gekregen."
                ),
                wrong_passphrase=True,
            )
        plain = [e.name for e in self.files.values() if e.aes_strength is None]
        if plain:
            shown = ", ".join(show_name(name) for name in plain[:5])
            raise self._refused(
                say(
                    "In deze beveiligde bundel zijn sommige bestanden niet versleuteld "
                    "({shown}); de bundel is mogelijk gewijzigd.",
                    shown=shown,
                )
            )
        first = min(self.files.values(), key=lambda e: e.data_offset, default=None)
        if first is not None:
            self._keys(first)

    def _keys(self, entry: Entry) -> tuple[Any, Any]:
        """The entry's cipher and MAC; refused when the passphrase does not fit."""
        assert entry.aes_strength is not None
        assert self._password is not None
        salt_size = _AES_SALT[entry.aes_strength]
        key_size = salt_size * 2
        preamble = self._read_at(entry.data_offset, salt_size + _AES_CHECK)
        salt, check = preamble[:salt_size], preamble[salt_size:]
        derived = hashlib.pbkdf2_hmac(
            "sha1", self._password, salt, _AES_ITERATIONS, 2 * key_size + _AES_CHECK
        )
        if not hmac.compare_digest(derived[2 * key_size :], check):
            raise self._refused(
                say("Het wachtwoord klopt niet. Controleer het en probeer het opnieuw."),
                wrong_passphrase=True,
            )
        counter = Counter.new(128, initial_value=1, little_endian=True)
        cipher = AES.new(derived[:key_size], AES.MODE_CTR, counter=counter)
        mac = hmac.new(derived[key_size : 2 * key_size], digestmod=hashlib.sha1)
        return cipher, mac

    # -- reading ---------------------------------------------------------------------------

    def _read_at(self, offset: int, size: int) -> bytes:
        with self._lock:
            self._handle.seek(offset)
            return self._handle.read(size)

    def _raw(self, start: int, size: int) -> Iterator[bytes]:
        while size > 0:
            data = self._read_at(start, min(CHUNK, size))
            if not data:
                raise self._refused(
                    say("{name} is korter geworden tijdens het lezen.", name=self.path.name)
                )
            start += len(data)
            size -= len(data)
            yield data

    def _decrypted(self, entry: Entry) -> Iterator[bytes]:
        if entry.aes_strength is None:
            yield from self._raw(entry.data_offset, entry.packed)
            return
        cipher, mac = self._keys(entry)
        head = _AES_SALT[entry.aes_strength] + _AES_CHECK
        body = entry.packed - head - _AES_MAC
        for sealed in self._raw(entry.data_offset + head, body):
            mac.update(sealed)
            yield cipher.decrypt(sealed)
        tag = self._read_at(entry.data_offset + head + body, _AES_MAC)
        if not hmac.compare_digest(mac.digest()[:_AES_MAC], tag):
            raise self._damaged(entry, say("de controle van de versleuteling faalt"))

    def _damaged(self, entry: Entry, why: str) -> BundleRefused:
        return self._refused(f"{show_name(entry.name)} is beschadigd of gewijzigd: {why}.")

    def _bomb(self, entry: Entry) -> BundleRefused:
        return self._refused(
            say(
                "{name} pakt veel groter uit dan de ZIP belooft ({size} bytes): dat is "
                "een zip-bom. Het lezen is gestopt.",
                name=show_name(entry.name),
                size=entry.size,
            )
        )

    def _inflated(self, entry: Entry) -> Iterator[bytes]:
        inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        produced = 0
        for packed in self._decrypted(entry):
            data = packed
            while not inflater.eof:
                try:
                    out = inflater.decompress(data, CHUNK)
                except zlib.error as exc:
                    raise self._damaged(entry, say("de ingepakte gegevens kloppen niet")) from exc
                data = inflater.unconsumed_tail
                if out:
                    produced += len(out)
                    if produced > entry.size:
                        raise self._bomb(entry)
                    yield out
                elif not data:
                    break
        if not inflater.eof:
            raise self._damaged(entry, "de ingepakte gegevens houden te vroeg op")

    def chunks(self, entry: Entry) -> Iterator[bytes]:
        """The entry's unpacked bytes in chunks, every check made by the time it ends.

        Raises:
            BundleRefused: The entry unpacks beyond its promised size (a zip bomb), falls
                short of it, or fails its CRC or AES MAC.
        """
        source = self._inflated(entry) if entry.method == _DEFLATED else self._decrypted(entry)
        crc = 0
        count = 0
        for chunk in source:
            count += len(chunk)
            if count > entry.size:
                raise self._bomb(entry)
            if entry.check_crc:
                crc = zlib.crc32(chunk, crc)
            yield chunk
        if count != entry.size:
            raise self._damaged(entry, say("het is korter dan de ZIP belooft"))
        if entry.check_crc and crc != entry.crc:
            raise self._damaged(entry, "de CRC-controle faalt")

    def read(self, entry: Entry, limit: int) -> bytes:
        """A small entry (a tag file, dossier.json) whole; refused beyond ``limit`` bytes."""
        if entry.size > limit:
            raise self._refused(
                f"{show_name(entry.name)} is te groot ({entry.size} bytes; hoogstens {limit})."
            )
        return b"".join(self.chunks(entry))

    def open(self, entry: Entry) -> BinaryIO:
        """The entry as a read-only binary stream (checked as it is read to the end)."""
        return cast(BinaryIO, io.BufferedReader(_EntryStream(self.chunks(entry)), CHUNK))

    def close(self) -> None:
        """Close the file; entries can no longer be read."""
        self._handle.close()


class _EntryStream(io.RawIOBase):
    """A raw stream over an iterator of chunks."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        super().__init__()
        self._chunks = chunks
        self._pending = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._pending:
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._pending = memoryview(chunk)
        view = memoryview(buffer).cast("B")
        size = min(len(view), len(self._pending))
        view[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size
