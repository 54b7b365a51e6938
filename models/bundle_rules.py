"""The value rules of dossier.json that its JSON Schema cannot express, as Dutch problems."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from models.identifiers import is_valid_bsn
from models.messages import say
from models.values import InvalidValue, date_from_json, money_from_json, parse_moment

__all__ = [
    "DOCUMENTS_FOLDER",
    "PayloadFile",
    "document_path_problem",
    "document_problems",
    "dossier_problems",
]

#: The folder under data/ where the proofs are.
DOCUMENTS_FOLDER = "documenten/"

_DATE_SHAPE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_MONEY_SHAPE = re.compile(r"-?[0-9]+\.[0-9]{2}")
_BSN_SHAPE = re.compile(r"[0-9]{9}")

# Where dates, moments and amounts sit: (list section or object path, keys). A path of
# "debts[].enforcement[]" walks every enforcement measure of every debt.
_DATES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("client", ("birth_date", "marital_status_since")),
    ("client.partner", ("birth_date",)),
    ("client.household[]", ("birth_date",)),
    ("client.administration", ("decision_date",)),
    ("journey.events[]", ("on",)),
    ("goals[]", ("set_on", "reached_on")),
    ("debts[]", ("origin_date", "confirmed_on")),
    ("debts[].enforcement[]", ("since", "until")),
    ("actions[]", ("due_on", "done_on")),
    ("documents[]", ("received_on",)),
    ("deadlines[]", ("due_on", "met_on")),
)
_MOMENTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("", ("exported_at",)),
    ("notes[]", ("written_at",)),
)
_MONEY: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("income[]", ("amount_per_month",)),
    ("expenses[]", ("amount_per_month",)),
    ("debts[]", ("original_amount", "principal", "interest", "costs", "total")),
)
_WITH_IDS = (
    "journey.events",
    "goals",
    "income",
    "expenses",
    "creditors",
    "debts",
    "actions",
    "documents",
    "notes",
)


@dataclass(frozen=True)
class PayloadFile:
    """A payload file as the bag holds it.

    Attributes:
        part: The part (1-based) whose bag holds it.
        sha256: Its SHA-256 from the part's manifest, lower-case hex.
        size: Its size in bytes.
    """

    part: int
    sha256: str
    size: int


def _shown(value: object) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _walk(dossier: Mapping[str, Any], path: str) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """Every object at ``path`` with where it is: ``("debts[2].enforcement[0]", {...})``."""
    found: list[tuple[str, Any]] = [("", dossier)]
    for step in path.split(".") if path else []:
        many = step.endswith("[]")
        key = step.removesuffix("[]")
        following: list[tuple[str, Any]] = []
        for where, value in found:
            child = value.get(key) if isinstance(value, Mapping) else None
            at = f"{where}.{key}" if where else key
            if many:
                if isinstance(child, list):
                    following.extend((f"{at}[{i}]", item) for i, item in enumerate(child))
            elif child is not None:
                following.append((at, child))
        found = following
    for where, value in found:
        if isinstance(value, Mapping):
            yield where, value


def _at(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _section(dossier: Mapping[str, Any], path: str) -> list[tuple[str, Mapping[str, Any]]]:
    return list(_walk(dossier, path + "[]"))


def _date_problems(dossier: Mapping[str, Any]) -> Iterator[str]:
    for path, keys in _DATES:
        for where, obj in _walk(dossier, path):
            for key in keys:
                value = obj.get(key)
                # Another shape is the schema's to report; here only days that do not exist.
                if isinstance(value, str) and _DATE_SHAPE.fullmatch(value):
                    try:
                        date_from_json(value)
                    except InvalidValue:
                        yield f'{_at(where, key)}: deze datum bestaat niet ("{value}").'
    for path, keys in _MOMENTS:
        for where, obj in _walk(dossier, path):
            for key in keys:
                value = obj.get(key)
                if isinstance(value, str):
                    try:
                        parse_moment(value)
                    except InvalidValue:
                        yield (
                            f"{_at(where, key)}: geen tijdstip met tijdzone, zoals "
                            f'"2026-11-26T14:03:00+01:00" ("{_shown(value)}").'
                        )


def _amount(obj: Mapping[str, Any], key: str) -> Decimal | None:
    value = obj.get(key)
    if isinstance(value, str) and _MONEY_SHAPE.fullmatch(value):
        try:
            return money_from_json(value)
        except InvalidValue:
            return None
    return None


def _money_problems(dossier: Mapping[str, Any]) -> Iterator[str]:
    for path, keys in _MONEY:
        for where, obj in _walk(dossier, path):
            for key in keys:
                value = obj.get(key)
                if isinstance(value, str) and _MONEY_SHAPE.fullmatch(value):
                    try:
                        money_from_json(value)
                    except InvalidValue as exc:
                        yield f'{_at(where, key)}: {exc.message} ("{_shown(value)}")'
    for where, debt in _section(dossier, "debts"):
        parts = [_amount(debt, key) for key in ("principal", "interest", "costs")]
        total = _amount(debt, "total")
        if total is not None and all(part is not None for part in parts):
            summed = sum((part for part in parts if part is not None), Decimal("0.00"))
            if summed != total:
                yield (
                    say(
                        "{where}.total: het totaal ({total}) is niet hoofdsom + rente + kosten "
                        "({summed}).",
                        where=where,
                        total=total,
                        summed=summed,
                    )
                )


def _bsn_problems(dossier: Mapping[str, Any]) -> Iterator[str]:
    for path in ("client", "client.partner"):
        for where, person in _walk(dossier, path):
            value = person.get("bsn")
            if not isinstance(value, str):
                continue
            if not _BSN_SHAPE.fullmatch(value):
                yield say(
                    "{where}.bsn: een BSN is negen cijfers, zonder spaties of punten.", where=where
                )
            elif not is_valid_bsn(value):
                yield say("{where}.bsn: dit BSN klopt niet (de elfproef faalt).", where=where)


def _ids(dossier: Mapping[str, Any], section: str, problems: list[str]) -> set[str]:
    """The ids of a section; a second use of an id is a problem."""
    seen: set[str] = set()
    for where, obj in _section(dossier, section):
        value = obj.get("id")
        if not isinstance(value, str):
            continue
        key = value.lower()
        if key in seen:
            problems.append(
                say("{where}.id: dit id komt twee keer voor ({value}).", where=where, value=value)
            )
        seen.add(key)
    return seen


def _refs(
    dossier: Mapping[str, Any],
    section: str,
    key: str,
    targets: set[str],
    what: str,
) -> Iterator[str]:
    for where, obj in _section(dossier, section):
        value = obj.get(key)
        values = value if isinstance(value, list) else [value]
        for index, ref in enumerate(values):
            if not isinstance(ref, str) or ref.lower() in targets:
                continue
            at = f"{where}.{key}" + (f"[{index}]" if isinstance(value, list) else "")
            yield say(
                "{at}: verwijst naar {what} niet in de bundel staat ({shown}).",
                at=at,
                what=what,
                shown=_shown(ref),
            )


def document_path_problem(path: str) -> str | None:
    """Why a document's path is not a safe path under ``documenten/``, or None."""
    segments = path.split("/")
    if (
        not path.startswith(DOCUMENTS_FOLDER)
        or "\\" in path
        or any(segment in ("", ".", "..") for segment in segments)
        or any(not ch.isprintable() for ch in path)
        or (len(path) >= 2 and path[1] == ":")
    ):
        return say(
            "geen veilig pad in de map {documents_folder} ({shown}); een bewijsstuk"
            " staat als {documents_folder}0001-soort.pdf.",
            documents_folder=DOCUMENTS_FOLDER,
            shown=_shown(path),
        )
    return None


def _document_problems(dossier: Mapping[str, Any], part_count: int) -> Iterator[str]:
    paths: set[str] = set()
    for where, document in _section(dossier, "documents"):
        path = document.get("path")
        if isinstance(path, str):
            problem = document_path_problem(path)
            if problem:
                yield f"{where}.path: {problem}"
            elif path in paths:
                yield f"{where}.path: twee bewijsstukken hebben hetzelfde pad ({path})."
            paths.add(path)
        part = document.get("part")
        if isinstance(part, int) and not isinstance(part, bool) and not 1 <= part <= part_count:
            if part_count == 1:
                yield say(
                    "{where}.part: deel {part} bestaat niet; de bundel heeft 1 deel.",
                    where=where,
                    part=part,
                )
            else:
                yield say(
                    "{where}.part: deel {part} bestaat niet; de bundel heeft {count} delen.",
                    where=where,
                    part=part,
                    count=part_count,
                )


def dossier_problems(
    dossier: Mapping[str, Any],
    *,
    part_count: int = 1,
) -> list[str]:
    """Every value rule of the spec that dossier.json breaks, one Dutch line each.

    Values of another shape or type are left to the JSON Schema; this checks what it cannot:
    dates that exist, exact amounts (and total = principal + interest + costs when all three
    are given), the BSN's elfproef, unique ids, references that resolve, safe document paths
    under ``documenten/`` and parts within the bundle.

    Phase keys are not checked: the spec lists no such refusal, and a municipality's own
    template may name phases this program's template lacks; the import keeps them.

    Args:
        dossier: The parsed dossier.json.
        part_count: How many parts the bundle has (its Bag-Count).

    Returns:
        The problems, each starting with where they are (``debts[3].total: ...``).
    """
    problems: list[str] = []
    problems.extend(_date_problems(dossier))
    problems.extend(_money_problems(dossier))
    problems.extend(_bsn_problems(dossier))
    ids = {section: _ids(dossier, section, problems) for section in _WITH_IDS}
    creditors, debts, documents = ids["creditors"], ids["debts"], ids["documents"]
    problems.extend(_refs(dossier, "debts", "creditor_id", creditors, "een schuldeiser die"))
    problems.extend(_refs(dossier, "debts", "collector_id", creditors, "een schuldeiser die"))
    problems.extend(_refs(dossier, "debts", "document_ids", documents, "een bewijsstuk dat"))
    problems.extend(_refs(dossier, "actions", "debt_id", debts, "een schuld die"))
    problems.extend(_refs(dossier, "documents", "debt_id", debts, "een schuld die"))
    problems.extend(
        _refs(dossier, "checklist.items", "document_ids", documents, "een bewijsstuk dat")
    )
    problems.extend(_document_problems(dossier, part_count))
    return problems


def document_problems(dossier: Mapping[str, Any], payload: Mapping[str, PayloadFile]) -> list[str]:
    """Where dossier.json's documents disagree with the files the bag holds.

    Args:
        dossier: The parsed dossier.json.
        payload: The bag's payload files by path under data/, from all parts.

    Returns:
        One Dutch line per document that is missing, in another part, or has another
        checksum or size than the bag's file.
    """
    problems: list[str] = []
    for where, document in _section(dossier, "documents"):
        path = document.get("path")
        if not isinstance(path, str) or document_path_problem(path):
            continue
        found = payload.get(path)
        if found is None:
            problems.append(
                say("{where}.path: {path} staat niet in de bundel.", where=where, path=path)
            )
            continue
        part = document.get("part")
        if isinstance(part, int) and not isinstance(part, bool) and part != found.part:
            problems.append(
                say(
                    "{where}.part: {path} staat in deel {part}, niet in deel {part2}.",
                    where=where,
                    path=path,
                    part=found.part,
                    part2=part,
                )
            )
        sha256 = document.get("sha256")
        if isinstance(sha256, str) and sha256.lower() != found.sha256.lower():
            problems.append(
                say(
                    "{where}.sha256: verschilt van de controlesom van {path} in de bag.",
                    where=where,
                    path=path,
                )
            )
        size = document.get("size")
        if isinstance(size, int) and not isinstance(size, bool) and size != found.size:
            problems.append(
                say(
                    "{where}.size: {path} is {size} bytes, niet {size2}.",
                    where=where,
                    path=path,
                    size=found.size,
                    size2=size,
                )
            )
    return problems
