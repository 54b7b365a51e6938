"""Verifying a dossier bundle: integrity, schema and rules, parts, and completeness, as a report."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from app.bundle_read import Cancel, Inspection, Progress, inspect
from app.checklist import load_checklists
from app.errors import NotFoundError
from app.resources import process_keys
from models.checklist import ChecklistTemplate
from models.completeness import (
    STATE_LABELS,
    DebtFact,
    DocumentFact,
    ItemMark,
    completeness,
    long_date,
)
from models.messages import say
from models.values import (
    InvalidValue,
    date_from_json,
    format_money,
    money_from_json,
    parse_moment,
    sum_money,
)

__all__ = ["VerifyReport", "verify_bundle"]


@dataclass(frozen=True)
class VerifyReport:
    """What verifying a bundle found, in Dutch lines for a person.

    Attributes:
        problems: Integrity, schema, value-rule and parts problems; empty when the bundle is
            sound (it could be imported).
        missing: What the checklist still lacks (items without proof, debts without a proof,
            balances older than six months or without a date). A sound bundle can still miss
            things: the command line exits 1 for them only when ``--checklist`` is given.
        summary: What the bundle holds: client id, export moment, debts, proofs, parts.
    """

    problems: list[str]
    missing: list[str]
    summary: list[str]

    @property
    def ok(self) -> bool:
        """The bundle is sound: no problems (missing checklist items do not count)."""
        return not self.problems

    @property
    def complete(self) -> bool:
        """Sound and nothing of the checklist missing."""
        return self.ok and not self.missing


def verify_bundle(
    paths: Sequence[Path],
    *,
    passphrase: str | None = None,
    checklist_key: str | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    today: date | None = None,
    checklists_dir: Path | None = None,
) -> VerifyReport:
    """Check a bundle the way an import would, and its completeness, without writing anything.

    Every check of ``read_bundle`` is made and every problem found is reported, not only
    the first. Completeness is measured against ``checklist_key``, or else against the
    checklist the bundle names; it needs a sound dossier.json.

    Args:
        paths: The bundle's ZIP, or all its parts.
        passphrase: For an encrypted bundle.
        checklist_key: The receiving desk's checklist; None for the one in the bundle.
        progress: Told the payload bytes checked and their total.
        cancel: Asked after each chunk; True stops with ReadCancelled.
        today: The day balances are measured against; the clock's when None.
        checklists_dir: A folder with a municipality's own checklists.

    Returns:
        The report.

    Raises:
        BundleRefused: The passphrase is missing or wrong (there is nothing else to report).
        NotFoundError: ``checklist_key`` names no checklist.
        ReadCancelled: ``cancel`` returned True.
    """
    checklists = load_checklists(checklists_dir)
    if checklist_key is not None and checklist_key not in checklists:
        known = ", ".join(checklists)
        raise NotFoundError(
            say(
                "De checklist {checklist_key!r} bestaat niet. Wel: {known}.",
                checklist_key=checklist_key,
                known=known,
            )
        )
    found = inspect(paths, passphrase=passphrase, progress=progress, cancel=cancel)
    try:
        summary = _summary(found)
    finally:
        found.close()
    missing: list[str] = []
    dossier = found.dossier
    if dossier is not None and not found.problems:
        key = checklist_key or _bundle_checklist(dossier)
        template = checklists.get(key) if key else None
        if template is None:
            summary.append(
                say(
                    "Checklist {key!r} van de bundel is hier niet bekend; de volledigheid "
                    "is niet gecontroleerd.",
                    key=key,
                )
                if key
                else say("De bundel noemt geen checklist; de volledigheid is niet gecontroleerd.")
            )
        else:
            missing, line = _missing(dossier, template, today or date.today())
            summary.append(line)
    elif found.problems:
        summary.append(say("De volledigheid is niet gecontroleerd: de bundel is niet in orde."))
    return VerifyReport(problems=list(found.problems), missing=missing, summary=summary)


def _bundle_checklist(dossier: Mapping[str, Any]) -> str | None:
    checklist = dossier.get("checklist")
    key = checklist.get("template") if isinstance(checklist, Mapping) else None
    return key if isinstance(key, str) else None


def _list(dossier: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    value = dossier.get(key)
    return [item for item in value if isinstance(item, Mapping)] if isinstance(value, list) else []


def _summary(found: Inspection) -> list[str]:
    lines: list[str] = []
    count = len(found.parts)
    if found.parts and found.count > 1:
        lines.append(f"Delen: {count} van {found.count}.")
    if any(part.archive.encrypted for part in found.parts):
        lines.append("Beveiligd met een wachtwoord (AES).")
    dossier = found.dossier
    if dossier is None:
        return lines
    client = dossier.get("client")
    if isinstance(client, Mapping) and isinstance(client.get("id"), str):
        lines.append(f"Klant-id: {client['id']}.")
    exported_at = dossier.get("exported_at")
    by = dossier.get("exported_by")
    organisation = by.get("organisation") if isinstance(by, Mapping) else None
    if isinstance(exported_at, str):
        who = f" door {organisation}" if isinstance(organisation, str) and organisation else ""
        lines.append(f"Gemaakt op {_moment_words(exported_at)}{who}.")
    debts = _list(dossier, "debts")
    amounts = []
    for debt in debts:
        with contextlib.suppress(InvalidValue):
            amounts.append(money_from_json(debt.get("total")))
    lines.append(f"Schulden: {len(debts)}, samen {format_money(sum_money(amounts))}.")
    lines.append(f"Bewijsstukken: {len(_list(dossier, 'documents'))}.")
    journey = dossier.get("journey")
    process = journey.get("process") if isinstance(journey, Mapping) else None
    if isinstance(process, str) and process not in process_keys():
        lines.append(
            say(
                "Let op: het proces {process!r} is hier niet bekend; inlezen kan pas "
                "als het er is.",
                process=process,
            )
        )
    return lines


def _moment_words(text: str) -> str:
    """A moment of the bundle in a person's words and local time: "27 november 2026, 08:38"."""
    try:
        moment = parse_moment(text).astimezone()
    except InvalidValue:
        return text
    return f"{long_date(moment.date())}, {moment:%H:%M}"


def _uuid(value: object) -> uuid.UUID | None:
    try:
        return uuid.UUID(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _day(value: object) -> date | None:
    try:
        return date_from_json(value) if value is not None else None
    except InvalidValue:
        return None


def _missing(
    dossier: Mapping[str, Any], template: ChecklistTemplate, today: date
) -> tuple[list[str], str]:
    """The completeness report's lines, and a summary line, from a sound dossier.json."""
    checklist = dossier.get("checklist")
    items = _list(checklist, "items") if isinstance(checklist, Mapping) else []
    marks: dict[str, ItemMark] = {}
    item_of_document: dict[str, str] = {}
    for item in items:
        key = item.get("item")
        if not isinstance(key, str):
            continue
        state = item.get("state")
        marks[key] = ItemMark(
            state=state if isinstance(state, str) and state in STATE_LABELS else "open",
            not_applicable=item.get("not_applicable") is True,
        )
        for document_id in item.get("document_ids") or []:
            if isinstance(document_id, str):
                item_of_document[document_id.lower()] = key
    documents = []
    for document in _list(dossier, "documents"):
        document_id = document.get("id")
        item_key = document.get("checklist_item")
        if not isinstance(item_key, str) and isinstance(document_id, str):
            item_key = item_of_document.get(document_id.lower())
        kind = document.get("kind")
        documents.append(
            DocumentFact(
                kind=kind if isinstance(kind, str) else "other",
                item_key=item_key if isinstance(item_key, str) else None,
                debt_id=_uuid(document.get("debt_id")),
            )
        )
    names = {
        str(creditor.get("id")).lower(): str(creditor.get("name"))
        for creditor in _list(dossier, "creditors")
    }
    debts = []
    for debt in _list(dossier, "debts"):
        debt_id = _uuid(debt.get("id"))
        if debt_id is None:
            continue
        status = debt.get("status")
        debts.append(
            DebtFact(
                id=debt_id,
                creditor_name=names.get(str(debt.get("creditor_id")).lower(), "?"),
                status=status if isinstance(status, str) else "reported",
                confirmed_on=_day(debt.get("confirmed_on")),
            )
        )
    report = completeness(template, marks, documents, debts, today=today)
    lines = [f"{missing.title}: {missing.reason}" for missing in report.missing]
    summary = (
        f"Checklist {template.name}: {report.done} van {report.total} onderdelen klaar "
        f"(gemeten op {long_date(today)})."
    )
    return lines, summary
