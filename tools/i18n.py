"""The UI's translations: update the .ts from the source, build the .qm files, a pseudo-translation.

    python -m tools.i18n update [--drop-vanished]  # new strings into resources/translations/*.ts
    python -m tools.i18n release [OUTDIR]          # each .ts to a .qm (built by make)
    python -m tools.i18n pseudo [OUTDIR]           # procesplaat_xx.qm: every string ~40 % longer
    python -m tools.i18n check                     # exit 1 naming what is untranslated or broken

Dutch is the source language. The .ts files are Qt Linguist's format, so a translator can open
them in ``pyside6-linguist``; ``update`` keeps every translation already made and marks strings
that left the code as vanished (``check`` refuses those until ``update --drop-vanished``).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):  # run as tools/i18n.py: the project's packages are one folder up
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools.i18n_extract import (
    Message,
    Problem,
    code_labels,
    extract_sources,
    merge,
    message_templates,
)

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCE_LANGUAGE = "nl_NL"
TARGETS = {"en": "en_GB"}  # file suffix -> language of procesplaat_<suffix>.ts
PSEUDO = "xx"
STRETCH = 0.4

# Placeholders a translation must keep: Qt's %1 %L1 %n, Python's {name} {0} {} (not {{ }}).
_PLACEHOLDER = re.compile(r"%L?\d{1,2}|%n|(?<!\{)\{[A-Za-z0-9_.:!<>^+\- ]*\}(?!\})")
# What the pseudo-translation leaves alone: placeholders, tags, entities, mnemonics, patterns.
_PROTECTED = re.compile(
    r"%L?\d{1,2}|%n|\{\{|\}\}|\{[^{}]*\}|<[^<>]*>|&[A-Za-z#0-9]+;|&&|&\w|\*\.[\w*]+|https?://\S+"
)
_ACCENTS = str.maketrans(
    "aeiouyAEIOUYcnsz",
    "àéîõüýÅÉÎÕÜÝçñšž",
)


@dataclass
class Entry:
    """A message as the .ts holds it: the source key and its translation(s)."""

    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    translations: list[str] = field(default_factory=lambda: [""])
    state: str = "unfinished"  # "", unfinished, vanished, obsolete
    locations: list[tuple[str, int]] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def source_files() -> list[Path]:
    """The Python files whose strings the UI shows: views/, and any app/ file that uses Qt."""
    files = sorted((ROOT / "views").rglob("*.py"))
    files += [
        p for p in sorted((ROOT / "app").rglob("*.py")) if "QCoreApplication" in p.read_text()
    ]
    return files


def core_files() -> list[Path]:
    """The Python files of the core, whose messages to a person are marked with ``say``."""
    return sorted((ROOT / "app").rglob("*.py")) + sorted((ROOT / "models").rglob("*.py"))


def collect() -> tuple[dict[tuple[str, str, str], Message], list[Problem]]:
    """Every message of the current source, and the calls that could not be read."""
    messages, problems = extract_sources(source_files(), ROOT)
    core, core_problems = message_templates(core_files(), ROOT)
    return merge(messages + code_labels() + core), problems + core_problems


def read_ts(path: Path) -> tuple[str, list[Entry]]:
    """The target language and the messages of a .ts file."""
    root = ET.parse(path).getroot()
    entries: list[Entry] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else translation.findall("numerusform")
            texts = [f.text or "" for f in forms] if forms else [_text(translation)]
            entry = Entry(
                name,
                message.findtext("source") or "",
                message.findtext("comment") or "",
                message.get("numerus") == "yes",
                texts,
                "" if translation is None else translation.get("type", ""),
                [
                    (loc.get("filename", ""), int(loc.get("line", "0")))
                    for loc in message.iter("location")
                ],
            )
            entries.append(entry)
    return root.get("language", ""), entries


def _text(element: ET.Element | None) -> str:
    return "" if element is None or element.text is None else element.text


def write_ts(path: Path, language: str, entries: list[Entry]) -> None:
    """Write a .ts as lupdate would: contexts and messages sorted, locations relative to it."""
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage=SOURCE_LANGUAGE)
    by_context: dict[str, list[Entry]] = {}
    for entry in entries:
        by_context.setdefault(entry.context, []).append(entry)
    for name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for entry in sorted(by_context[name], key=lambda e: (e.source, e.comment)):
            message = ET.SubElement(context, "message")
            if entry.numerus:
                message.set("numerus", "yes")
            for filename, line in entry.locations:
                ET.SubElement(message, "location", filename=filename, line=str(line))
            ET.SubElement(message, "source").text = entry.source
            if entry.comment:
                ET.SubElement(message, "comment").text = entry.comment
            translation = ET.SubElement(message, "translation")
            if entry.state:
                translation.set("type", entry.state)
            if entry.numerus:
                for form in entry.translations:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = entry.translations[0] if entry.translations else ""
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")
    tmp.replace(path)


def _relative(location: tuple[Path, int], ts_dir: Path) -> tuple[str, int]:
    path, line = location
    return (Path("../..", path).as_posix() if ts_dir == TRANSLATIONS else str(path), line)


def updated(
    messages: dict[tuple[str, str, str], Message], old: list[Entry], *, drop_vanished: bool
) -> list[Entry]:
    """The .ts entries after an update: old translations kept, new strings unfinished."""
    previous = {entry.key: entry for entry in old}
    entries: list[Entry] = []
    for key, message in messages.items():
        entry = previous.pop(key, None) or Entry(*key)
        if entry.state in ("vanished", "obsolete"):
            entry.state = "" if any(entry.translations) else "unfinished"
        if message.numerus and not entry.numerus:
            entry.translations = [entry.translations[0], entry.translations[0]]
            entry.state = "unfinished"
        entry.numerus = message.numerus
        entry.locations = [_relative(loc, TRANSLATIONS) for loc in message.locations]
        entries.append(entry)
    if not drop_vanished:
        for entry in previous.values():
            entry.state = "vanished"
            entry.locations = []
            entries.append(entry)
    return entries


def ts_path(suffix: str) -> Path:
    return TRANSLATIONS / f"procesplaat_{suffix}.ts"


def command_update(args: argparse.Namespace) -> int:
    messages, problems = collect()
    for suffix, language in TARGETS.items():
        path = ts_path(suffix)
        old = read_ts(path)[1] if path.exists() else []
        entries = updated(messages, old, drop_vanished=args.drop_vanished)
        write_ts(path, language, entries)
        todo = sum(1 for e in entries if e.state == "unfinished")
        gone = sum(1 for e in entries if e.state == "vanished")
        print(f"{path.relative_to(ROOT)}: {len(entries)} messages, {todo} to do, {gone} vanished")
    for problem in problems:
        print(f"{problem.path}:{problem.line}: {problem.reason}", file=sys.stderr)
    return 0


def _lrelease(ts: Path, qm: Path) -> None:
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    command = [
        str(tool) if tool.exists() else "pyside6-lrelease",
        "-silent",
        str(ts),
        "-qm",
        str(qm),
    ]
    subprocess.run(command, check=True)


def command_release(args: argparse.Namespace) -> int:
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    for suffix in TARGETS:
        _lrelease(ts_path(suffix), out / f"procesplaat_{suffix}.qm")
    return 0


def stretch(text: str, factor: float = STRETCH) -> str:
    """The pseudo-translation of one text: accented, each line ~``factor`` longer, in brackets.

    What must survive a translation untouched stays as it is, so the app still works with it.
    """
    lines = text.split("\n")
    return "\n".join(_stretch_line(line, factor) for line in lines)


def _stretch_line(line: str, factor: float) -> str:
    if not line.strip():
        return line
    parts: list[str] = []
    visible = 0
    last = 0
    for match in _PROTECTED.finditer(line):
        plain = line[last : match.start()]
        parts.append(plain.translate(_ACCENTS))
        visible += len(plain)
        parts.append(match.group())
        last = match.end()
    tail = line[last:]
    parts.append(tail.translate(_ACCENTS))
    visible += len(tail)
    padding = "~" * max(1, math.ceil(visible * factor) - 2)
    return "[" + "".join(parts) + padding + "]"


def command_pseudo(args: argparse.Namespace) -> int:
    messages, _problems = collect()
    entries = []
    for key, message in messages.items():
        text = stretch(message.source)
        forms = [text, text] if message.numerus else [text]
        entries.append(Entry(*key, message.numerus, forms, ""))
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        ts = Path(folder) / f"procesplaat_{PSEUDO}.ts"
        write_ts(ts, "en_GB", entries)
        _lrelease(ts, out / f"procesplaat_{PSEUDO}.qm")
    return 0


def placeholders(text: str) -> Counter[str]:
    return Counter(_PLACEHOLDER.findall(text))


def offences(entries: list[Entry], messages: dict[tuple[str, str, str], Message]) -> list[str]:
    """What is wrong with a .ts against the source: one line per message."""
    found: list[str] = []
    held = {entry.key for entry in entries}
    for entry in entries:
        where = f"[{entry.context}] {entry.source!r}"
        if entry.state in ("vanished", "obsolete"):
            found.append(f"{where}: {entry.state} (run update --drop-vanished)")
        elif entry.key not in messages:
            found.append(f"{where}: no longer in the source (run update)")
        elif entry.state == "unfinished" or not all(entry.translations):
            found.append(f"{where}: not translated")
        else:
            wanted = placeholders(entry.source)
            for text in entry.translations:
                if placeholders(text) != wanted:
                    found.append(f"{where}: placeholders differ in {text!r}")
    for key in messages:
        if key not in held:
            found.append(f"[{key[0]}] {key[1]!r}: not in the .ts (run update, then translate)")
    return found


def command_check(_args: argparse.Namespace) -> int:
    messages, problems = collect()
    failed = False
    for problem in problems:
        if problem.blocking:
            print(f"{problem.path}:{problem.line}: {problem.reason}")
            failed = True
    for suffix in TARGETS:
        path = ts_path(suffix)
        if not path.exists():
            print(f"{path.relative_to(ROOT)}: missing (run update)")
            failed = True
            continue
        for line in offences(read_ts(path)[1], messages):
            print(f"{path.name}: {line}")
            failed = True
    return 1 if failed else 0


def fill(entries: list[Entry], words: dict[str, dict[str, str]]) -> list[str]:
    """Put translations in: ``words`` maps context -> Dutch source -> translation.

    Returns the keys it found no message for, so a typo in a source is said, not lost.
    """
    by_key = {(e.context, e.source): e for e in entries if not e.numerus}
    unknown: list[str] = []
    for context, pairs in words.items():
        for source, text in pairs.items():
            entry = by_key.get((context, source))
            if entry is None:
                unknown.append(f"[{context}] {source!r}")
                continue
            entry.translations = [text]
            entry.state = ""
    return unknown


def command_fill(args: argparse.Namespace) -> int:
    words = json.loads(Path(args.words).read_text(encoding="utf-8"))
    path = ts_path(args.language)
    language, entries = read_ts(path)
    unknown = fill(entries, words)
    write_ts(path, language, entries)
    for key in unknown:
        print(f"{path.name}: no message {key}", file=sys.stderr)
    return 1 if unknown else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tools.i18n", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    update = commands.add_parser("update", help="bring the .ts files up to date with the source")
    update.add_argument(
        "--drop-vanished", action="store_true", help="forget strings no longer used"
    )
    update.set_defaults(run=command_update)
    for name, run in (("release", command_release), ("pseudo", command_pseudo)):
        sub = commands.add_parser(name, help=f"{name}: build .qm files")
        sub.add_argument("outdir", nargs="?", default=str(TRANSLATIONS))
        sub.set_defaults(run=run)
    commands.add_parser("check", help="fail on untranslated or broken messages").set_defaults(
        run=command_check
    )
    filling = commands.add_parser(
        "fill", help="put translations from a JSON file {context: {source: text}} in a .ts"
    )
    filling.add_argument("words", help="the JSON file")
    filling.add_argument("--language", default="en", help="the .ts to fill (default: en)")
    filling.set_defaults(run=command_fill)
    args = parser.parse_args(argv)
    result: int = args.run(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
