"""A dossier bundle's BagIt side: tag files, manifests, Payload-Oxum and how parts group."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from app.bundle_zipread import Entry, ZipArchive, show_name
from models.messages import say

__all__ = [
    "DOSSIER_SCHEMA",
    "BagPart",
    "check_oxum",
    "number_parts",
    "parse_bag_info",
    "read_tags",
]

DOSSIER_SCHEMA = "dossier/1"
#: Tag files are a few lines.
TAG_LIMIT = 16 * 1024**2
BAGIT_VERSIONS = ("1.0", "0.97")
#: bag-info.txt labels the spec requires.
REQUIRED_INFO = (
    "Source-Organization",
    "Contact-Name",
    "Bagging-Date",
    "External-Identifier",
    "Payload-Oxum",
    "Bag-Software-Agent",
    "Dossier-Schema",
)
_ALGORITHMS = ("sha256", "sha512", "sha384", "sha224", "sha1", "md5")
_HEX = re.compile(r"[0-9a-fA-F]+")
_BAG_COUNT = re.compile(r"([0-9]{1,4})\s+of\s+([0-9]{1,4})")
_OXUM = re.compile(r"([0-9]+)\.([0-9]+)")
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


@dataclass
class BagPart:
    """One part's bag, its tag files read and checked, its payload not yet."""

    archive: ZipArchive
    bag_info: dict[str, list[str]]
    manifests: dict[str, dict[str, str]]  # algorithm -> path under data/ -> digest
    payload: dict[str, Entry]  # path under data/ -> entry
    number: int = 1
    count: int = 1
    group: str | None = None

    @property
    def name(self) -> str:
        return self.archive.path.name


# -- tag files ---------------------------------------------------------------------------------


def _text(archive: ZipArchive, entry: Entry, problems: list[str]) -> str | None:
    try:
        return archive.read(entry, TAG_LIMIT).decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        problems.append(say("{name} is geen UTF-8-tekst.", name=show_name(entry.name)))
        return None


def _tag_lines(text: str) -> list[str]:
    return [line for line in re.split(r"\r\n|\r|\n", text) if line.strip()]


def parse_bag_info(text: str) -> tuple[dict[str, list[str]], list[str]]:
    """bag-info.txt as labels with their values (folded lines joined), and its problems."""
    info: dict[str, list[str]] = {}
    problems: list[str] = []
    last: tuple[str, int] | None = None
    for number, line in enumerate(re.split(r"\r\n|\r|\n", text), start=1):
        if not line.strip():
            continue
        if line[0] in " \t" and last is not None:
            label, index = last
            info[label][index] += " " + line.strip()
            continue
        label, colon, value = line.partition(":")
        if not colon or not label.strip() or label != label.strip():
            problems.append(
                say("bag-info.txt regel {number} is geen 'Label: waarde'.", number=number)
            )
            continue
        values = info.setdefault(label, [])
        values.append(value.strip())
        last = (label, len(values) - 1)
    return info, problems


def _manifest(text: str, name: str, problems: list[str]) -> dict[str, str]:
    """A manifest's lines as path -> digest; paths keep BagIt's percent-encoding undone."""
    listed: dict[str, str] = {}
    for line in _tag_lines(text):
        parts = line.strip().split(maxsplit=1)
        if len(parts) != 2 or not _HEX.fullmatch(parts[0]):
            problems.append(
                say(
                    "{name}: de regel {line!r} is geen 'controlesom pad'.",
                    name=name,
                    line=line[:60],
                )
            )
            continue
        digest, path = parts
        path = path.replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%")
        if path in listed:
            problems.append(
                say("{name}: {path} staat er twee keer in.", name=name, path=show_name(path))
            )
        listed[path] = digest.lower()
    return listed


def _check_bagit(archive: ZipArchive, problems: list[str]) -> None:
    entry = archive.files.get(f"{archive.base}/bagit.txt")
    if entry is None:
        problems.append(say("bagit.txt ontbreekt: dit is geen BagIt-bag."))
        return
    text = _text(archive, entry, problems)
    if text is None:
        return
    info, _ = parse_bag_info(text)
    version = (info.get("BagIt-Version") or [""])[0]
    encoding = (info.get("Tag-File-Character-Encoding") or [""])[0]
    if version not in BAGIT_VERSIONS:
        problems.append(
            say(
                "bagit.txt: BagIt-versie {value!r} wordt niet ondersteund (wel 1.0).",
                value=version or "(geen)",
            )
        )
    if encoding.upper() not in ("UTF-8", "UTF8"):
        problems.append(
            say(
                "bagit.txt: tekencodering {value!r}; hoort UTF-8 te zijn.",
                value=encoding or "(geen)",
            )
        )


def _check_bag_info(info: dict[str, list[str]], problems: list[str]) -> None:
    for label in REQUIRED_INFO:
        if not info.get(label):
            problems.append(say("bag-info.txt mist {label}.", label=label))
    schema = (info.get("Dossier-Schema") or [DOSSIER_SCHEMA])[0]
    if schema != DOSSIER_SCHEMA:
        problems.append(
            say(
                "Deze bundel volgt {schema!r}; dit programma kent alleen "
                "{dossier_schema}. Werk Procesplaat bij.",
                schema=schema,
                dossier_schema=DOSSIER_SCHEMA,
            )
        )
    day = (info.get("Bagging-Date") or [""])[0]
    if day:
        try:
            if not _DAY.fullmatch(day):
                raise ValueError(day)
            date.fromisoformat(day)
        except ValueError:
            problems.append(
                say("bag-info.txt: Bagging-Date {day!r} is geen datum JJJJ-MM-DD.", day=day)
            )


def read_tags(archive: ZipArchive) -> tuple[BagPart | None, list[str]]:
    """The part's tag files read and checked; None when it is not a bag at all."""
    problems: list[str] = []
    base = archive.base
    _check_bagit(archive, problems)
    info: dict[str, list[str]] = {}
    info_entry = archive.files.get(f"{base}/bag-info.txt")
    if info_entry is None:
        problems.append(say("bag-info.txt ontbreekt."))
    else:
        text = _text(archive, info_entry, problems)
        if text is not None:
            info, info_problems = parse_bag_info(text)
            problems.extend(info_problems)
            _check_bag_info(info, problems)
    manifests: dict[str, dict[str, str]] = {}
    for algorithm, name, listed in _manifests(archive, "manifest", problems):
        outside = [path for path in listed if not path.startswith("data/")]
        for path in outside:
            problems.append(
                say(
                    "{name}: {path} ligt niet in data/ van de bag.", name=name, path=show_name(path)
                )
            )
        manifests[algorithm] = {p.removeprefix("data/"): d for p, d in listed.items()}
    if "sha256" not in manifests:
        problems.append(
            say("manifest-sha256.txt ontbreekt: de bestanden zijn niet te controleren.")
        )
        return None, problems
    _check_tag_manifests(archive, problems)
    prefix = f"{base}/data/"
    payload = {
        name.removeprefix(prefix): entry
        for name, entry in archive.files.items()
        if name.startswith(prefix)
    }
    for algorithm, listed in manifests.items():
        for path in listed:
            if path not in payload:
                problems.append(
                    say(
                        "data/{path} staat in manifest-{algorithm}.txt maar ontbreekt.",
                        path=show_name(path),
                        algorithm=algorithm,
                    )
                )
        for path in payload:
            if path not in listed:
                problems.append(
                    say(
                        "data/{path} staat niet in manifest-{algorithm}.txt (een bestand dat er"
                        " niet hoort).",
                        path=show_name(path),
                        algorithm=algorithm,
                    )
                )
    return BagPart(archive, info, manifests, payload), problems


def _manifests(
    archive: ZipArchive, kind: str, problems: list[str]
) -> Iterator[tuple[str, str, dict[str, str]]]:
    """Each ``<kind>-<algorithm>.txt`` the bag has, read: its algorithm, name and lines."""
    for algorithm in _ALGORITHMS:
        name = f"{kind}-{algorithm}.txt"
        entry = archive.files.get(f"{archive.base}/{name}")
        if entry is None:
            continue
        text = _text(archive, entry, problems)
        if text is not None:
            yield algorithm, name, _manifest(text, name, problems)


def _check_tag_manifests(archive: ZipArchive, problems: list[str]) -> None:
    base = archive.base
    for algorithm, name, listed in _manifests(archive, "tagmanifest", problems):
        for path, digest in listed.items():
            tag = archive.files.get(f"{base}/{path}")
            if path.startswith("data/") or path.startswith("tagmanifest-"):
                problems.append(
                    say("{name}: {path} is geen tagbestand.", name=name, path=show_name(path))
                )
            elif tag is None:
                problems.append(say("{name}: {path} ontbreekt.", name=name, path=show_name(path)))
            elif hashlib.new(algorithm, archive.read(tag, TAG_LIMIT)).hexdigest() != digest:
                problems.append(
                    say(
                        "{path} klopt niet met {name} (het bestand is gewijzigd).",
                        path=show_name(path),
                        name=name,
                    )
                )


# -- parts -----------------------------------------------------------------------------------


def number_parts(parts: list[BagPart], problems: list[str]) -> int:
    """Put Bag-Count on each part, check they form one whole bundle; the number of parts."""
    lone = len(parts) == 1
    for part in parts:
        counts = part.bag_info.get("Bag-Count")
        group = part.bag_info.get("Bag-Group-Identifier")
        part.group = group[0] if group else None
        if not counts:
            if not lone:
                problems.append(
                    say("{name} is geen deel van een gesplitste bundel.", name=part.name)
                )
            continue
        match = _BAG_COUNT.fullmatch(counts[0].strip())
        if not match or not 1 <= int(match.group(1)) <= int(match.group(2)):
            problems.append(
                say(
                    "{name}: Bag-Count {counts!r} is niet 'n of N'.",
                    name=part.name,
                    counts=counts[0],
                )
            )
            continue
        part.number, part.count = int(match.group(1)), int(match.group(2))
        if part.count > 1 and part.group is None:
            problems.append(
                say("{name}: een deel van een bundel mist Bag-Group-Identifier.", name=part.name)
            )
    if problems:
        return 1
    first = parts[0]
    count = first.count
    for part in parts[1:]:
        if part.group != first.group or part.count != count:
            problems.append(
                say(
                    "{name} hoort bij een andere bundel dan {name2}; geef de delen van één bundel.",
                    name=part.name,
                    name2=first.name,
                )
            )
    if problems:
        return count
    numbers = sorted(part.number for part in parts)
    for number in sorted(set(numbers)):
        if numbers.count(number) > 1:
            problems.append(
                say(
                    "Deel {number} van {count} is meer dan eens gegeven.",
                    number=number,
                    count=count,
                )
            )
    for number in range(1, count + 1):
        if number not in numbers:
            problems.append(
                say(
                    "Deel {number} van {count} ontbreekt; er is niets ingelezen.",
                    number=number,
                    count=count,
                )
            )
    parts.sort(key=lambda part: part.number)
    return count


def check_oxum(part: BagPart, octets: int, problems: list[str]) -> None:
    """Compare bag-info.txt's Payload-Oxum with the payload's bytes and files as read.

    Args:
        part: The part, its tag files read.
        octets: The bytes of its payload files that could be read.
        problems: Where a mismatch is told.
    """
    oxum = (part.bag_info.get("Payload-Oxum") or [""])[0]
    match = _OXUM.fullmatch(oxum)
    if oxum and not match:
        problems.append(
            say("bag-info.txt: Payload-Oxum {oxum!r} is niet 'bytes.aantal'.", oxum=oxum)
        )
    elif match and (int(match.group(1)), int(match.group(2))) != (octets, len(part.payload)):
        problems.append(
            say(
                "Payload-Oxum klopt niet: bag-info.txt zegt {group} bytes in {group2} "
                "bestanden, de bag heeft {octets} bytes in {payload} bestanden.",
                group=match.group(1),
                group2=match.group(2),
                octets=octets,
                payload=len(part.payload),
            )
        )
