"""Reading a dossier bundle, one ZIP or all its parts: every check of the spec, then the dossier."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO

from app.bundle_bagit import BagPart, check_oxum, number_parts, read_tags
from app.bundle_dossier_check import DOSSIER_JSON, check_dossier, dossier_schema, parse_dossier
from app.bundle_zipread import (
    MAX_TOTAL,
    BundleRefused,
    Entry,
    ZipArchive,
    is_encrypted_zip,
    placed,
    show_name,
)
from app.document_crypto import Cancelled
from models.bundle_rules import PayloadFile, document_problems
from models.messages import say

__all__ = [
    "Bundle",
    "BundleRefused",
    "ReadCancelled",
    "dossier_schema",
    "needs_passphrase",
    "read_bundle",
]

#: dossier.json of the largest dossier is a few MB.
DOSSIER_LIMIT = 64 * 1024**2


Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class ReadCancelled(Cancelled):
    """The person stopped reading the bundle; nothing was read in."""

    def __init__(self) -> None:
        super().__init__()
        self.message = say("Het lezen van de bundel is afgebroken; er is niets ingelezen.")
        self.args = (self.message,)


@dataclass
class Bundle:
    """A bundle that passed every check: its dossier, and its payload files to stream.

    Attributes:
        dossier: The parsed, validated dossier.json.
        bag_info: bag-info.txt of part 1, values per label in their order.
        manifest: Every payload path under data/ (all parts) with its SHA-256, lower-case.
        parts: The ZIP files, part 1 first.
    """

    dossier: dict[str, Any]
    bag_info: dict[str, list[str]]
    manifest: dict[str, str]
    parts: list[Path]
    _files: dict[str, tuple[ZipArchive, Entry]] = field(default_factory=dict, repr=False)
    _archives: list[ZipArchive] = field(default_factory=list, repr=False)

    @contextmanager
    def open(self, path: str) -> Iterator[BinaryIO]:
        """A payload file (path under data/), streamed from its part and decrypted.

        The stream checks the file's CRC or AES MAC and its size as it reaches the end.

        Raises:
            BundleRefused: The bundle has no such file, or it changed since it was checked.
        """
        found = self._files.get(path)
        if found is None:
            raise BundleRefused([say("{path} staat niet in de bundel.", path=show_name(path))])
        archive, entry = found
        stream = archive.open(entry)
        try:
            yield stream
        finally:
            stream.close()

    def close(self) -> None:
        """Close the parts' files; the payload can no longer be read."""
        for archive in self._archives:
            archive.close()

    def __enter__(self) -> Bundle:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


@dataclass
class Inspection:
    """What reading found: the problems, and as much of the bundle as could be read.

    ``verify_bundle`` reports it; ``read_bundle`` refuses on any problem.
    """

    problems: list[str] = field(default_factory=list)
    parts: list[BagPart] = field(default_factory=list)
    dossier: dict[str, Any] | None = None
    count: int = 1
    files: dict[str, tuple[ZipArchive, Entry]] = field(default_factory=dict)
    manifest: dict[str, str] = field(default_factory=dict)
    archives: list[ZipArchive] = field(default_factory=list)

    def close(self) -> None:
        for archive in self.archives:
            archive.close()


def needs_passphrase(paths: Sequence[Path]) -> bool:
    """Whether any of the files is a ZIP with encrypted entries (ask before reading)."""
    return any(is_encrypted_zip(path) for path in paths)


# -- payload ---------------------------------------------------------------------------------


class _Hashing:
    """Streams every payload file once, for every manifest's algorithm, with progress."""

    def __init__(self, total: int, progress: Progress | None, cancel: Cancel | None) -> None:
        self.total = total
        self.done = 0
        self.progress = progress
        self.cancel = cancel

    def digests(self, archive: ZipArchive, entry: Entry, algorithms: list[str]) -> Iterator[bytes]:
        hashers = [hashlib.new(algorithm) for algorithm in algorithms]
        for chunk in archive.chunks(entry):
            for hasher in hashers:
                hasher.update(chunk)
            self.done += len(chunk)
            if self.progress is not None:
                self.progress(self.done, self.total)
            if self.cancel is not None and self.cancel():
                raise ReadCancelled()
            yield chunk
        self.hexdigests = [hasher.hexdigest() for hasher in hashers]


def _check_payload(
    part: BagPart, hashing: _Hashing, keep: str | None, problems: list[str]
) -> bytes | None:
    """Check every payload file of a part against its manifests and the Oxum.

    Returns:
        The bytes of payload file ``keep`` (dossier.json), when asked for and it is there.
    """
    algorithms = sorted(part.manifests)
    kept: bytes | None = None
    # dossier.json first: its problems come before the long wait for the proofs.
    order = sorted(part.payload, key=lambda path: (path != keep, path))
    octets = 0
    for path in order:
        entry = part.payload[path]
        if keep == path and entry.size > DOSSIER_LIMIT:
            problems.append(
                say(
                    "dossier.json is te groot ({size} bytes).",
                    size=entry.size,
                )
            )
            keep = None
        try:
            chunks = hashing.digests(part.archive, entry, algorithms)
            if path == keep:
                kept = b"".join(chunks)
            else:
                for _ in chunks:
                    pass
        except BundleRefused as refused:
            problems.extend(refused.problems)
            continue
        octets += entry.size
        for algorithm, digest in zip(algorithms, hashing.hexdigests, strict=True):
            listed = part.manifests[algorithm].get(path)
            if listed is not None and listed != digest:
                problems.append(
                    say(
                        "data/{path} klopt niet met manifest-{algorithm}.txt: het bestand is "
                        "beschadigd of gewijzigd.",
                        path=show_name(path),
                        algorithm=algorithm,
                    )
                )
    check_oxum(part, octets, problems)
    return kept


# -- the whole -----------------------------------------------------------------------------


def _open_parts(
    paths: Sequence[Path], passphrase: str | None, found: Inspection
) -> list[ZipArchive]:
    seen: dict[Path, Path] = {}
    archives: list[ZipArchive] = []
    for path in paths:
        key = path.resolve()
        if key in seen:
            found.problems.append(say("{name} is twee keer gegeven.", name=path.name))
            continue
        seen[key] = path
        try:
            archive = ZipArchive(
                path, passphrase=passphrase, where=path.name if len(paths) > 1 else ""
            )
        except BundleRefused as refused:
            if refused.wrong_passphrase:
                found.close()
                raise
            found.problems.extend(refused.problems)
            continue
        archives.append(archive)
        found.archives.append(archive)
    return archives


def inspect(
    paths: Sequence[Path],
    *,
    passphrase: str | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Inspection:
    """Read and check a bundle as far as it goes, collecting every problem met.

    The caller closes the inspection. A missing or wrong passphrase and cancelling raise
    (there is nothing to report); every other problem is collected.

    Raises:
        BundleRefused: The passphrase is missing or wrong (``wrong_passphrase`` is set).
        ReadCancelled: ``cancel`` returned True.
    """
    found = Inspection()
    if not paths:
        found.problems.append(say("Geef de bundel op (alle delen)."))
        return found
    try:
        archives = _open_parts(paths, passphrase, found)
        unpacked = sum(e.size for archive in archives for e in archive.files.values())
        if unpacked > MAX_TOTAL:
            found.problems.append(
                say(
                    "De delen pakken samen uit tot {value:.1f} GB; meer dan {value2} GB "
                    "wordt niet gelezen.",
                    value=unpacked / 1024**3,
                    value2=MAX_TOTAL // 1024**3,
                )
            )
            return found
        for archive in archives:
            try:
                part, problems = read_tags(archive)
            except BundleRefused as refused:
                # A damaged tag file: its own prefix is already on the problem.
                found.problems.extend(refused.problems)
                continue
            found.problems.extend(placed(archive.where, problem) for problem in problems)
            if part is not None:
                found.parts.append(part)
        if found.problems or not found.parts:
            return found
        found.count = number_parts(found.parts, found.problems)
        if found.problems:
            return found
        _read_payload(found, progress, cancel)
    except BaseException:
        found.close()
        raise
    return found


def _read_payload(found: Inspection, progress: Progress | None, cancel: Cancel | None) -> None:
    total = sum(entry.size for part in found.parts for entry in part.payload.values())
    hashing = _Hashing(total, progress, cancel)
    payload: dict[str, PayloadFile] = {}
    raw: bytes | None = None
    for part in found.parts:
        problems: list[str] = []
        keep = DOSSIER_JSON if part.number == 1 else None
        kept = _check_payload(part, hashing, keep, problems)
        raw = kept if keep else raw
        found.problems.extend(placed(part.archive.where, problem) for problem in problems)
        for path, entry in part.payload.items():
            digest = part.manifests["sha256"].get(path, "")
            known = payload.get(path)
            if known is not None and known.sha256 != digest:
                found.problems.append(
                    say(
                        "data/{path} staat in deel {part} en in deel {number}, met een andere "
                        "inhoud.",
                        path=show_name(path),
                        part=known.part,
                        number=part.number,
                    )
                )
                continue
            if known is None:
                payload[path] = PayloadFile(part.number, digest, entry.size)
                found.files[path] = (part.archive, entry)
                found.manifest[path] = digest
    if DOSSIER_JSON not in found.parts[0].payload:
        where = "deel 1" if found.count > 1 else "de bundel"
        found.problems.append(say("dossier.json ontbreekt in {where}.", where=where))
        return
    if raw is None:
        return
    dossier = parse_dossier(raw, found.problems)
    if dossier is None:
        return
    found.dossier = dossier
    problems = check_dossier(dossier, found.count)
    problems.extend(f"dossier.json {p}" for p in document_problems(dossier, payload))
    found.problems.extend(problems)


def read_bundle(
    paths: Sequence[Path],
    *,
    passphrase: str | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Bundle:
    """Open a bundle (one ZIP, or all parts of a split one) with everything checked.

    Before it returns: the ZIP structure and entry names, the BagIt bag of every part
    (bagit.txt, bag-info.txt, manifests, tag manifests, Payload-Oxum), every payload file's
    checksum (streamed), that the parts make one whole bundle, and dossier.json against its
    JSON Schema and the spec's value rules. Nothing is written anywhere.

    Args:
        paths: The bundle's ZIP, or all its parts in any order.
        passphrase: For an encrypted bundle (WinZip AES).
        progress: Told the payload bytes checked and their total, after each chunk.
        cancel: Asked after each chunk; True stops with ReadCancelled.

    Returns:
        The bundle, open: close it (or use it as a context manager) when done.

    Raises:
        BundleRefused: Every problem found, one Dutch line each; ``wrong_passphrase`` is set
            when the passphrase is missing or wrong.
        ReadCancelled: ``cancel`` returned True.
    """
    found = inspect(paths, passphrase=passphrase, progress=progress, cancel=cancel)
    if found.problems or found.dossier is None:
        found.close()
        raise BundleRefused(found.problems or [say("De bundel kon niet worden gelezen.")])
    return Bundle(
        dossier=found.dossier,
        bag_info=found.parts[0].bag_info,
        manifest=found.manifest,
        parts=[part.archive.path for part in found.parts],
        _files=found.files,
        _archives=found.archives,
    )
