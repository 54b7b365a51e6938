"""Reading a dossier bundle, one ZIP or all its parts: every check of the spec, then the dossier."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from app.bundle_zipread import (
    MAX_TOTAL,
    BundleRefused,
    Entry,
    ZipArchive,
    is_encrypted_zip,
    show_name,
)
from app.document_crypto import Cancelled
from app.resources import load_process, resources_dir
from models.bundle_rules import PayloadFile, document_problems, dossier_problems
from models.template_reader import TemplateError

__all__ = [
    "Bundle",
    "BundleRefused",
    "ReadCancelled",
    "dossier_schema",
    "needs_passphrase",
    "read_bundle",
]

DOSSIER_JSON = "dossier.json"
DOSSIER_SCHEMA = "dossier/1"
SCHEMA_VERSION = 1
#: Tag files are a few lines; dossier.json of the largest dossier a few MB.
TAG_LIMIT = 16 * 1024**2
DOSSIER_LIMIT = 64 * 1024**2
#: Problems of one kind reported before the rest is summed up in one line.
MAX_PROBLEMS = 50
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

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class ReadCancelled(Cancelled):
    """The person stopped reading the bundle; nothing was read in."""

    def __init__(self) -> None:
        super().__init__()
        self.message = "Het lezen van de bundel is afgebroken; er is niets ingelezen."
        self.args = (self.message,)


@dataclass
class _Part:
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
            raise BundleRefused([f"{show_name(path)} staat niet in de bundel."])
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
    parts: list[_Part] = field(default_factory=list)
    dossier: dict[str, Any] | None = None
    count: int = 1
    files: dict[str, tuple[ZipArchive, Entry]] = field(default_factory=dict)
    manifest: dict[str, str] = field(default_factory=dict)
    archives: list[ZipArchive] = field(default_factory=list)

    def close(self) -> None:
        for archive in self.archives:
            archive.close()


@lru_cache(maxsize=1)
def dossier_schema() -> Draft202012Validator:
    """The validator of dossier.json, compiled once from resources/schema/."""
    path = resources_dir() / "schema" / "dossier-1.schema.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def needs_passphrase(paths: Sequence[Path]) -> bool:
    """Whether any of the files is a ZIP with encrypted entries (ask before reading)."""
    return any(is_encrypted_zip(path) for path in paths)


# -- tag files ---------------------------------------------------------------------------------


def _text(archive: ZipArchive, entry: Entry, problems: list[str]) -> str | None:
    try:
        return archive.read(entry, TAG_LIMIT).decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        problems.append(f"{show_name(entry.name)} is geen UTF-8-tekst.")
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
            problems.append(f"bag-info.txt regel {number} is geen 'Label: waarde'.")
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
            problems.append(f"{name}: de regel {line[:60]!r} is geen 'controlesom pad'.")
            continue
        digest, path = parts
        path = path.replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%")
        if path in listed:
            problems.append(f"{name}: {show_name(path)} staat er twee keer in.")
        listed[path] = digest.lower()
    return listed


def _check_bagit(archive: ZipArchive, problems: list[str]) -> None:
    entry = archive.files.get(f"{archive.base}/bagit.txt")
    if entry is None:
        problems.append("bagit.txt ontbreekt: dit is geen BagIt-bag.")
        return
    text = _text(archive, entry, problems)
    if text is None:
        return
    info, _ = parse_bag_info(text)
    version = (info.get("BagIt-Version") or [""])[0]
    encoding = (info.get("Tag-File-Character-Encoding") or [""])[0]
    if version not in BAGIT_VERSIONS:
        problems.append(
            f"bagit.txt: BagIt-versie {version or '(geen)'!r} wordt niet ondersteund (wel 1.0)."
        )
    if encoding.upper() not in ("UTF-8", "UTF8"):
        problems.append(f"bagit.txt: tekencodering {encoding or '(geen)'!r}; hoort UTF-8 te zijn.")


def _check_bag_info(info: dict[str, list[str]], problems: list[str]) -> None:
    for label in REQUIRED_INFO:
        if not info.get(label):
            problems.append(f"bag-info.txt mist {label}.")
    schema = (info.get("Dossier-Schema") or [DOSSIER_SCHEMA])[0]
    if schema != DOSSIER_SCHEMA:
        problems.append(
            f"Deze bundel volgt {schema!r}; dit programma kent alleen {DOSSIER_SCHEMA}. "
            "Werk Procesplaat bij."
        )
    day = (info.get("Bagging-Date") or [""])[0]
    if day:
        try:
            if not _DAY.fullmatch(day):
                raise ValueError(day)
            date.fromisoformat(day)
        except ValueError:
            problems.append(f"bag-info.txt: Bagging-Date {day!r} is geen datum JJJJ-MM-DD.")


def _read_tags(archive: ZipArchive) -> tuple[_Part | None, list[str]]:
    """The part's tag files read and checked; None when it is not a bag at all."""
    problems: list[str] = []
    base = archive.base
    _check_bagit(archive, problems)
    info: dict[str, list[str]] = {}
    info_entry = archive.files.get(f"{base}/bag-info.txt")
    if info_entry is None:
        problems.append("bag-info.txt ontbreekt.")
    else:
        text = _text(archive, info_entry, problems)
        if text is not None:
            info, info_problems = parse_bag_info(text)
            problems.extend(info_problems)
            _check_bag_info(info, problems)
    manifests: dict[str, dict[str, str]] = {}
    for algorithm in _ALGORITHMS:
        entry = archive.files.get(f"{base}/manifest-{algorithm}.txt")
        if entry is None:
            continue
        text = _text(archive, entry, problems)
        if text is None:
            continue
        listed = _manifest(text, f"manifest-{algorithm}.txt", problems)
        outside = [path for path in listed if not path.startswith("data/")]
        for path in outside:
            problems.append(
                f"manifest-{algorithm}.txt: {show_name(path)} ligt niet in data/ van de bag."
            )
        manifests[algorithm] = {p.removeprefix("data/"): d for p, d in listed.items()}
    if "sha256" not in manifests:
        problems.append("manifest-sha256.txt ontbreekt: de bestanden zijn niet te controleren.")
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
                    f"data/{show_name(path)} staat in manifest-{algorithm}.txt maar ontbreekt."
                )
        for path in payload:
            if path not in listed:
                problems.append(
                    f"data/{show_name(path)} staat niet in manifest-{algorithm}.txt "
                    "(een bestand dat er niet hoort)."
                )
    return _Part(archive, info, manifests, payload), problems


def _check_tag_manifests(archive: ZipArchive, problems: list[str]) -> None:
    base = archive.base
    for algorithm in _ALGORITHMS:
        name = f"tagmanifest-{algorithm}.txt"
        entry = archive.files.get(f"{base}/{name}")
        if entry is None:
            continue
        text = _text(archive, entry, problems)
        if text is None:
            continue
        for path, digest in _manifest(text, name, problems).items():
            tag = archive.files.get(f"{base}/{path}")
            if path.startswith("data/") or path.startswith("tagmanifest-"):
                problems.append(f"{name}: {show_name(path)} is geen tagbestand.")
            elif tag is None:
                problems.append(f"{name}: {show_name(path)} ontbreekt.")
            elif hashlib.new(algorithm, archive.read(tag, TAG_LIMIT)).hexdigest() != digest:
                problems.append(
                    f"{show_name(path)} klopt niet met {name} (het bestand is gewijzigd)."
                )


# -- parts -----------------------------------------------------------------------------------


def _number_parts(parts: list[_Part], problems: list[str]) -> int:
    """Put Bag-Count on each part, check they form one whole bundle; the number of parts."""
    lone = len(parts) == 1
    for part in parts:
        counts = part.bag_info.get("Bag-Count")
        group = part.bag_info.get("Bag-Group-Identifier")
        part.group = group[0] if group else None
        if not counts:
            if not lone:
                problems.append(f"{part.name} is geen deel van een gesplitste bundel.")
            continue
        match = _BAG_COUNT.fullmatch(counts[0].strip())
        if not match or not 1 <= int(match.group(1)) <= int(match.group(2)):
            problems.append(f"{part.name}: Bag-Count {counts[0]!r} is niet 'n of N'.")
            continue
        part.number, part.count = int(match.group(1)), int(match.group(2))
        if part.count > 1 and part.group is None:
            problems.append(f"{part.name}: een deel van een bundel mist Bag-Group-Identifier.")
    if problems:
        return 1
    first = parts[0]
    count = first.count
    for part in parts[1:]:
        if part.group != first.group or part.count != count:
            problems.append(
                f"{part.name} hoort bij een andere bundel dan {first.name}; geef de delen "
                "van één bundel."
            )
    if problems:
        return count
    numbers = sorted(part.number for part in parts)
    for number in sorted(set(numbers)):
        if numbers.count(number) > 1:
            problems.append(f"Deel {number} van {count} is meer dan eens gegeven.")
    for number in range(1, count + 1):
        if number not in numbers:
            problems.append(f"Deel {number} van {count} ontbreekt; er is niets ingelezen.")
    parts.sort(key=lambda part: part.number)
    return count


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
    part: _Part, hashing: _Hashing, keep: str | None, problems: list[str]
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
            problems.append(f"{DOSSIER_JSON} is te groot ({entry.size} bytes).")
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
                    f"data/{show_name(path)} klopt niet met manifest-{algorithm}.txt: het "
                    "bestand is beschadigd of gewijzigd."
                )
    oxum = (part.bag_info.get("Payload-Oxum") or [""])[0]
    match = _OXUM.fullmatch(oxum)
    if oxum and not match:
        problems.append(f"bag-info.txt: Payload-Oxum {oxum!r} is niet 'bytes.aantal'.")
    elif match and (int(match.group(1)), int(match.group(2))) != (octets, len(part.payload)):
        problems.append(
            f"Payload-Oxum klopt niet: bag-info.txt zegt {match.group(1)} bytes in "
            f"{match.group(2)} bestanden, de bag heeft {octets} bytes in "
            f"{len(part.payload)} bestanden."
        )
    return kept


# -- dossier.json ------------------------------------------------------------------------------


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"de sleutel {key!r} staat twee keer in hetzelfde object")
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is geen geldig JSON-getal")


def _parse_dossier(raw: bytes, problems: list[str]) -> dict[str, Any] | None:
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        problems.append(f"{DOSSIER_JSON} is geen UTF-8-tekst.")
        return None
    try:
        value = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        problems.append(
            f"{DOSSIER_JSON} is geen geldige JSON (regel {exc.lineno}, kolom {exc.colno})."
        )
        return None
    except (ValueError, RecursionError) as exc:
        why = str(exc) if isinstance(exc, ValueError) else "te diep genest"
        problems.append(f"{DOSSIER_JSON} is geen geldige JSON: {why}.")
        return None
    if not isinstance(value, dict):
        problems.append(f"{DOSSIER_JSON} is geen JSON-object.")
        return None
    if value.get("schema") != "dossier":
        problems.append(f'{DOSSIER_JSON}: schema is niet "dossier"; dit is geen dossier.')
        return None
    version = value.get("schema_version")
    if version != SCHEMA_VERSION or isinstance(version, bool):
        problems.append(
            f"{DOSSIER_JSON} heeft schemaversie {json.dumps(version)}; dit programma kent "
            f"alleen versie {SCHEMA_VERSION}. Werk Procesplaat bij of vraag een bundel van "
            f"versie {SCHEMA_VERSION}."
        )
        return None
    return value


def json_path(path: Sequence[str | int]) -> str:
    """A path into the JSON as the messages write it: ``debts[3].total``."""
    text = ""
    for step in path:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else str(step))
    return text or "(bovenaan)"


_TYPES = {
    "string": "tekst",
    "integer": "een heel getal",
    "number": "een getal",
    "boolean": "true of false",
    "object": "een object",
    "array": "een lijst",
    "null": "null",
}
_KINDS = {
    "money": 'geen bedrag met twee decimalen als tekst, zoals "1234.50"',
    "date": 'geen datum als "JJJJ-MM-DD"',
    "moment": 'geen tijdstip met tijdzone, zoals "2026-11-26T14:03:00+01:00"',
    "uuid": "geen geldig id (UUID)",
    "bsn": "een BSN is negen cijfers",
    "sha256": "geen SHA-256 (64 hexadecimale tekens)",
}


def _shown(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = text if len(text) <= 40 else text[:37] + "..."
    return json.dumps(text, ensure_ascii=False)


def schema_problem(error: ValidationError) -> str:
    """One schema error as a Dutch line naming where it is."""
    where = json_path(list(error.absolute_path))
    kind = error.schema.get("x-kind") if isinstance(error.schema, dict) else None
    if error.validator == "required":
        missing = [k for k in error.validator_value if k not in error.instance]
        return f"{where}: het verplichte veld {', '.join(missing)} ontbreekt."
    if kind in _KINDS and error.validator in ("type", "pattern"):
        return f"{where}: {_KINDS[kind]} ({_shown(error.instance)})."
    if error.validator == "type":
        wanted = error.validator_value
        names = [str(_TYPES.get(t, t)) for t in (wanted if isinstance(wanted, list) else [wanted])]
        return f"{where}: hier hoort {' of '.join(names)} ({_shown(error.instance)})."
    if error.validator in ("minimum", "maximum"):
        return f"{where}: {_shown(error.instance)} ligt buiten de toegestane waarden."
    if error.validator == "minLength":
        return f"{where}: mag niet leeg zijn."
    if error.validator == "const":
        return f"{where}: hoort {json.dumps(error.validator_value)} te zijn."
    return f"{where}: voldoet niet aan het schema ({error.validator})."


def _capped(problems: list[str]) -> list[str]:
    if len(problems) <= MAX_PROBLEMS:
        return problems
    rest = len(problems) - MAX_PROBLEMS
    return [*problems[:MAX_PROBLEMS], f"... en nog {rest} problemen in {DOSSIER_JSON}."]


def _phases(dossier: dict[str, Any]) -> list[str] | None:
    journey = dossier.get("journey")
    process = journey.get("process") if isinstance(journey, dict) else None
    if not isinstance(process, str):
        return None
    try:
        return [phase.key for phase in load_process(process).phases]
    except TemplateError:
        return None  # the import refuses a process it does not have, in its own words


def _check_dossier(dossier: dict[str, Any], count: int) -> list[str]:
    # A value can break two keywords (type and pattern) that say the same to a person.
    found = sorted({schema_problem(e) for e in dossier_schema().iter_errors(dossier)})
    found.extend(dossier_problems(dossier, part_count=count, phases=_phases(dossier)))
    return [f"{DOSSIER_JSON} {problem}" for problem in _capped(found)]


# -- the whole -----------------------------------------------------------------------------


def _open_parts(
    paths: Sequence[Path], passphrase: str | None, found: Inspection
) -> list[ZipArchive]:
    seen: dict[Path, Path] = {}
    archives: list[ZipArchive] = []
    for path in paths:
        key = path.resolve()
        if key in seen:
            found.problems.append(f"{path.name} is twee keer gegeven.")
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
        found.problems.append("Geef de bundel op (alle delen).")
        return found
    try:
        archives = _open_parts(paths, passphrase, found)
        unpacked = sum(e.size for archive in archives for e in archive.files.values())
        if unpacked > MAX_TOTAL:
            found.problems.append(
                f"De delen pakken samen uit tot {unpacked / 1024**3:.1f} GB; meer dan "
                f"{MAX_TOTAL // 1024**3} GB wordt niet gelezen."
            )
            return found
        for archive in archives:
            prefix = f"{archive.where}: " if archive.where else ""
            try:
                part, problems = _read_tags(archive)
            except BundleRefused as refused:
                # A damaged tag file: its own prefix is already on the problem.
                found.problems.extend(refused.problems)
                continue
            found.problems.extend(prefix + problem for problem in problems)
            if part is not None:
                found.parts.append(part)
        if found.problems or not found.parts:
            return found
        found.count = _number_parts(found.parts, found.problems)
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
        prefix = f"{part.archive.where}: " if part.archive.where else ""
        found.problems.extend(prefix + problem for problem in problems)
        for path, entry in part.payload.items():
            digest = part.manifests["sha256"].get(path, "")
            known = payload.get(path)
            if known is not None and known.sha256 != digest:
                found.problems.append(
                    f"data/{show_name(path)} staat in deel {known.part} en in deel "
                    f"{part.number}, met een andere inhoud."
                )
                continue
            if known is None:
                payload[path] = PayloadFile(part.number, digest, entry.size)
                found.files[path] = (part.archive, entry)
                found.manifest[path] = digest
    if DOSSIER_JSON not in found.parts[0].payload:
        where = "deel 1" if found.count > 1 else "de bundel"
        found.problems.append(f"{DOSSIER_JSON} ontbreekt in {where}.")
        return
    if raw is None:
        return
    dossier = _parse_dossier(raw, found.problems)
    if dossier is None:
        return
    found.dossier = dossier
    problems = _check_dossier(dossier, found.count)
    problems.extend(f"{DOSSIER_JSON} {p}" for p in document_problems(dossier, payload))
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
        raise BundleRefused(found.problems or ["De bundel kon niet worden gelezen."])
    return Bundle(
        dossier=found.dossier,
        bag_info=found.parts[0].bag_info,
        manifest=found.manifest,
        parts=[part.archive.path for part in found.parts],
        _files=found.files,
        _archives=found.archives,
    )
