"""Planning a bundle before it is written: its parts, their sizes, bag-info.txt and manifests."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from app.bundle_zip import ARCHIVE_BOUND, deflate_bound, entry_bound
from app.errors import UserError
from models.messages import say

__all__ = [
    "BAGIT_TXT",
    "DOSSIER_JSON",
    "MB",
    "TAG_FILES",
    "Blob",
    "Layout",
    "PlannedPart",
    "Proof",
    "bag_base",
    "bag_info_text",
    "dossier_bytes",
    "manifest_text",
    "plan",
    "size_text",
]

MB = 1000 * 1000
DOSSIER_JSON = "dossier.json"
DOSSIER_SCHEMA = "dossier/1"
BAGIT_TXT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
TAG_FILES = ("bagit.txt", "bag-info.txt", "manifest-sha256.txt")
_SHA256_HEX = 64


@dataclass(frozen=True)
class Blob:
    """A payload file made in memory (path relative to data/)."""

    path: str
    data: bytes
    deflate: bool


@dataclass(frozen=True)
class Proof:
    """A stored proof on its way into the bundle."""

    id: uuid.UUID
    number: int
    path: str
    size: int
    sha256: str
    stored: Path


@dataclass
class PlannedPart:
    """What one part holds: the files made in memory, then the stored proofs."""

    blobs: list[Blob] = field(default_factory=list)
    proofs: list[Proof] = field(default_factory=list)

    @property
    def payload(self) -> list[tuple[str, int]]:
        return [(b.path, len(b.data)) for b in self.blobs] + [(p.path, p.size) for p in self.proofs]


def _line(value: str | None) -> str:
    """A bag-info value: one line, no control characters."""
    return " ".join((value or "").split())


def size_text(size: int) -> str:
    """A size for people, in MB with a decimal comma: ``12,3 MB``."""
    return f"{size / MB:.1f} MB".replace(".", ",")


def bag_info_text(
    client_id: uuid.UUID,
    sender: tuple[str | None, str | None],
    today: date,
    oxum: tuple[int, int],
    group: tuple[str, int, int] | None,
) -> bytes:
    """bag-info.txt of one part.

    Args:
        client_id: The client (External-Identifier).
        sender: The exporting person's name and organisation, either may be unknown.
        today: The bagging date.
        oxum: The payload's bytes and number of files.
        group: The bundle's group id, this part's number and the count, when split.
    """
    from app.cli import app_version

    person, organisation = sender
    name = _line(person) or "Onbekend"
    lines = [
        f"Source-Organization: {_line(organisation) or name}",
        f"Contact-Name: {name}",
        f"Bagging-Date: {today.isoformat()}",
        f"External-Identifier: {client_id}",
        f"Payload-Oxum: {oxum[0]}.{oxum[1]}",
        f"Bag-Software-Agent: Procesplaat {app_version()}",
        f"Dossier-Schema: {DOSSIER_SCHEMA}",
    ]
    if group is not None:
        identifier, number, count = group
        lines += [f"Bag-Group-Identifier: {identifier}", f"Bag-Count: {number} of {count}"]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _manifest_line_size(path: str) -> int:
    return _SHA256_HEX + 2 + len(path.encode("utf-8")) + 1


def manifest_text(entries: list[tuple[str, str]]) -> bytes:
    """BagIt manifest lines ``<sha256>  <path>``, as bagit-python and sha256sum write them."""
    return "".join(f"{digest}  {path}\n" for digest, path in entries).encode("utf-8")


@dataclass(frozen=True)
class Layout:
    """The sizes that bound a part, for planning before anything is written."""

    base: str  # the longest base folder name any part can get
    bag_info: int  # the longest bag-info.txt any part can get
    encrypted: bool

    def tags(self, manifest_raw: int) -> int:
        """The most the tag files and the archive's end take, for this payload manifest."""
        tag_lines = sum(_manifest_line_size(name) for name in TAG_FILES)
        return (
            entry_bound(f"{self.base}/bagit.txt", deflate_bound(len(BAGIT_TXT)), **self._enc)
            + entry_bound(f"{self.base}/bag-info.txt", deflate_bound(self.bag_info), **self._enc)
            + entry_bound(
                f"{self.base}/manifest-sha256.txt", deflate_bound(manifest_raw), **self._enc
            )
            + entry_bound(
                f"{self.base}/tagmanifest-sha256.txt", deflate_bound(tag_lines), **self._enc
            )
            + ARCHIVE_BOUND
        )

    def entry(self, path: str, size: int, *, deflate: bool = False) -> int:
        """The most one payload file takes in the archive."""
        stored = deflate_bound(size) if deflate else size
        return entry_bound(f"{self.base}/data/{path}", stored, **self._enc)

    @property
    def _enc(self) -> dict[str, bool]:
        return {"encrypted": self.encrypted}


def plan(
    blobs: list[Blob], proofs: list[Proof], layout: Layout, limit: int | None
) -> list[PlannedPart]:
    """Part 1 holds the blobs; proofs fill the parts greedily in their order.

    Raises:
        UserError: the blobs alone, or a single proof, do not fit in a part of ``limit``.
    """
    first = PlannedPart(blobs=list(blobs))
    if limit is None:
        first.proofs = list(proofs)
        return [first]
    fixed = sum(layout.entry(b.path, len(b.data), deflate=b.deflate) for b in blobs)
    fixed_manifest = sum(_manifest_line_size(f"data/{b.path}") for b in blobs)
    if fixed + layout.tags(fixed_manifest) > limit:
        raise UserError(
            say(
                "Het overzicht, de schuldenlijst en dossier.json passen samen niet in "
                "een deel van {size_text}: ze zijn samen ongeveer {size_text2}. Kies "
                "een grotere maximale grootte per deel.",
                size_text=size_text(limit),
                size_text2=size_text(fixed),
            )
        )
    too_big = [
        p
        for p in proofs
        if layout.entry(p.path, p.size) + layout.tags(_manifest_line_size(f"data/{p.path}")) > limit
    ]
    if too_big:
        named = ", ".join(f"nummer {p.number} ({size_text(p.size)})" for p in too_big)
        raise UserError(
            say(
                "Deze bewijsstukken zijn elk groter dan een deel van {size_text}: "
                "{named}. Kies een grotere maximale grootte per deel, of verklein die "
                "bewijsstukken.",
                size_text=size_text(limit),
                named=named,
            )
        )
    parts = [first]
    used, manifest = fixed, fixed_manifest
    for proof in proofs:
        cost = layout.entry(proof.path, proof.size)
        line = _manifest_line_size(f"data/{proof.path}")
        if used + cost + layout.tags(manifest + line) > limit:
            parts.append(PlannedPart())
            used, manifest = 0, 0
        parts[-1].proofs.append(proof)
        used += cost
        manifest += line
    return parts


def bag_base(client_id: uuid.UUID, number: int, count: int) -> str:
    """The bag's folder: the client's id, never a name; parts apart when unpacked together."""
    return f"dossier-{client_id}" + (f"-deel-{number}-van-{count}" if count > 1 else "")


def dossier_bytes(dossier: dict[str, Any]) -> bytes:
    """dossier.json as written into the bag: UTF-8, indented, one final newline."""
    return (json.dumps(dossier, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
