"""Taking over a creditor list from a spreadsheet: read the file, then import all or nothing."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Final

from sqlalchemy import func, insert
from sqlmodel import Session, col, select

from app import audit
from app.clients import get_client
from app.creditors import creditor_by_name, creditor_for_entry, directory_entry, load_directory
from app.db import Database
from app.debt_sheet_export import debts_xlsx_bytes, export_debts_xlsx
from app.errors import UserError
from models.creditor_directory import Match, match_creditor
from models.debt_fields import DEBT_FIELDS
from models.debt_sheet import (
    SheetError,
    SheetPreview,
    SheetRow,
    build_preview,
    name_key,
    read_sheet,
)
from models.debt_sheet_read import MAX_BYTES
from models.messages import joined, say
from models.tables import Creditor, Debt, Enforcement

__all__ = [
    "NEW",
    "CreditorSuggestion",
    "ImportResult",
    "debts_xlsx_bytes",
    "export_debts_xlsx",
    "import_debts",
    "read_debt_sheet",
    "remap_debt_sheet",
    "suggest_creditors",
]

#: The choice for a name in the file that is none of the directory's creditors.
NEW: Final = "new"
#: How many bad rows a refusal spells out; the dialog shows them all.
_SHOWN: Final = 5
#: What a new debt holds in the fields its row leaves empty: the table's own defaults.
_DEBT_DEFAULTS: Final = {
    name: Debt.model_fields[name].default for name in DEBT_FIELDS if name != "total"
}


@dataclass(frozen=True)
class CreditorSuggestion:
    """A creditor name of the file with what the database and the directory make of it.

    Attributes:
        name: The name as first written in the file.
        matches: Directory entries it may mean, best first (may be empty).
        chosen: What needs no choice: ``NEW`` for a creditor of this name already in the
            database (it is used again), the key of a sure directory match; else None.
        existing: Whether a creditor of this name is already in the database.
    """

    name: str
    matches: tuple[Match, ...]
    chosen: str | None
    existing: bool = False


@dataclass(frozen=True)
class ImportResult:
    """What an import stored.

    Attributes:
        debts: How many debts were added.
        measures: How many enforcement measures were added with them.
        creditors_created: How many creditors were new to the database.
        total: The sum of the added debts' totals.
        debt_ids: The new debts' ids, in the order of the file.
    """

    debts: int
    measures: int
    creditors_created: int
    total: Decimal
    debt_ids: tuple[uuid.UUID, ...]


def read_debt_sheet(path: Path, *, today: date | None = None) -> SheetPreview:
    """Read a creditor list (.xlsx or .csv) for the preview; nothing is stored.

    Raises:
        UserError: The file cannot be read, or it is no creditor list (a Dutch sentence why).
    """
    try:
        if path.stat().st_size > MAX_BYTES:
            raise UserError(
                say(
                    "Dit bestand is te groot voor een schuldenlijst (meer dan {value} MB). "
                    "Kies het goede bestand.",
                    value=MAX_BYTES // (1024 * 1024),
                )
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserError(say("Het bestand {name} bestaat niet (meer).", name=path.name)) from None
    except IsADirectoryError:
        raise UserError(say("{name} is een map, geen bestand.", name=path.name)) from None
    except PermissionError:
        raise UserError(say("U mag het bestand {name} niet lezen.", name=path.name)) from None
    except OSError as exc:
        raise UserError(
            say(
                "Het bestand {name} kan niet gelezen worden ({value}).",
                name=path.name,
                value=exc.strerror or exc,
            )
        ) from None
    try:
        return read_sheet(data, filename=path.name, today=today or date.today())
    except SheetError as exc:
        raise UserError(exc.message) from exc


def remap_debt_sheet(
    preview: SheetPreview, mapping: Sequence[str | None], *, today: date
) -> SheetPreview:
    """The same file read again with the columns mapped as the person chose."""
    return build_preview(preview.table, mapping, today=today)


def suggest_creditors(
    preview: SheetPreview, *, db: Database | None = None
) -> tuple[CreditorSuggestion, ...]:
    """For every creditor and collector name in the fine rows: what it will be taken as.

    With ``db``, a name already given to a creditor in the database needs no choice: that
    creditor is used again, as a debt added by hand would use it.
    """
    known: set[str] = set()
    if db is not None:
        with db.session() as session:
            known = {name_key(name) for name in session.exec(select(Creditor.name)).all()}
    entries = load_directory()
    suggestions = []
    for name in preview.names():
        matches = tuple(match_creditor(name, entries))
        if name_key(name) in known:
            suggestions.append(CreditorSuggestion(name, matches, NEW, existing=True))
            continue
        sure = next((m.entry.key for m in matches if m.sure), None)
        suggestions.append(CreditorSuggestion(name, matches, sure))
    return tuple(suggestions)


def import_debts(
    db: Database,
    client_id: uuid.UUID,
    preview: SheetPreview,
    *,
    mapping: Sequence[str | None],
    creditor_choices: Mapping[str, str],
    today: date,
) -> ImportResult:
    """Store every debt of the list in one transaction, or nothing at all.

    The rows are read again under ``mapping`` (the preview may be stale, or its day past), so
    what is stored is what is checked now.

    Args:
        db: The database.
        client_id: Whose debts these are.
        preview: The list as ``read_debt_sheet`` gave it.
        mapping: A target (or None) per column, as the person left it.
        creditor_choices: Per creditor or collector name of the file, a directory key or
            ``NEW`` (a creditor of that name, found or added). A name the directory knows
            for sure, or a creditor of the database has, needs no choice (see
            ``suggest_creditors``).
        today: The day against which dates in the future are refused.

    Raises:
        UserError: A row is wrong, a name has no choice, a debt is already in the dossier
            (same creditor, same reference), or the database refuses; nothing is stored.
    """
    fresh = build_preview(preview.table, mapping, today=today)
    _refuse_unless_ok(fresh)
    choices = _resolve_choices(db, fresh, creditor_choices)
    with db.session() as session:
        get_client(session, client_id)
        before = _creditor_count(session)
        creditors = {
            key: _creditor(session, name, choices[key])
            for key, name in ((name_key(n), n) for n in fresh.names())
        }
        _refuse_duplicates(session, client_id, fresh, creditors)
        debt_ids: list[uuid.UUID] = []
        debts: list[dict[str, object]] = []
        measures: list[dict[str, object]] = []
        for row in fresh.rows:
            debt_id = uuid.uuid4()
            collector = creditors[name_key(row.collector)] if row.collector else None
            debt_ids.append(debt_id)
            debts.append(
                {
                    "id": debt_id,
                    "client_id": client_id,
                    "creditor_id": creditors[name_key(row.creditor)].id,
                    "collector_id": collector.id if collector else None,
                    **_DEBT_DEFAULTS,
                    **row.debt,
                }
            )
            audit.record(
                session,
                action="create",
                record_type="debt",
                record_id=debt_id,
                client_id=client_id,
                fields=["creditor_id", *(["collector_id"] if collector else []), *row.debt],
            )
            for values in row.enforcement:
                measure_id = uuid.uuid4()
                measures.append({"id": measure_id, "debt_id": debt_id, **values})
                audit.record(
                    session,
                    action="create",
                    record_type="enforcement",
                    record_id=measure_id,
                    client_id=client_id,
                    fields=[k for k, v in values.items() if v is not None],
                )
        # One statement per table: a thousand ORM objects would cost a second on their own.
        session.execute(insert(Debt), debts)
        if measures:
            session.execute(insert(Enforcement), measures)
        audit.record(
            session,
            action="import",
            record_type="debt_sheet",
            record_id=None,
            client_id=client_id,
            fields=[target for target in fresh.mapping if target],
        )
        session.flush()
        created = _creditor_count(session) - before
    return ImportResult(len(debts), len(measures), created, fresh.total, tuple(debt_ids))


def _refuse_unless_ok(preview: SheetPreview) -> None:
    problems = list(preview.problems) + [error.text() for error in preview.errors]
    if problems:
        count = len(problems)
        head = (
            say("Er is niets ingelezen: er klopt één ding niet.")
            if count == 1
            else say("Er is niets ingelezen: er kloppen {count} dingen niet.", count=count)
        )
        more = [say("… en nog {count}.", count=count - _SHOWN)] if count > _SHOWN else []
        raise UserError(joined([head, *problems[:_SHOWN], *more], "\n"))
    if not preview.rows:
        raise UserError(say("Er is niets ingelezen: er staan geen schulden in dit bestand."))


def _resolve_choices(
    db: Database, preview: SheetPreview, given: Mapping[str, str]
) -> dict[str, str]:
    """Per name (as ``name_key``) a directory key or NEW; every name must have one."""
    given_by_key = {name_key(name): choice for name, choice in given.items()}
    chosen: dict[str, str] = {}
    open_names: list[str] = []
    for name in preview.names():
        choice = given_by_key.get(name_key(name))
        if choice is None:
            open_names.append(name)
        elif choice != NEW and directory_entry(choice) is None:
            raise UserError(
                say("Deze schuldeiser staat niet (meer) in de lijst: {choice}.", choice=choice)
            )
        else:
            chosen[name_key(name)] = choice
    if not open_names:
        return chosen
    # Only the names without a choice are matched: matching costs time on a long list.
    open_keys = {name_key(name) for name in open_names}
    rest = replace(preview, rows=tuple(r for r in preview.rows if _names_in(r, open_keys)))
    missing: list[str] = []
    for suggestion in suggest_creditors(rest, db=db):
        if name_key(suggestion.name) in chosen:
            continue
        if suggestion.chosen is None:
            missing.append(suggestion.name)
        else:
            chosen[name_key(suggestion.name)] = suggestion.chosen
    if missing:
        names = ", ".join(f"‘{name}’" for name in missing)
        raise UserError(
            say(
                "Er is niets ingelezen. Kies bij {names} een schuldeiser uit de lijst "
                "of ‘Nieuwe schuldeiser’.",
                names=names,
            )
        )
    return chosen


def _names_in(row: SheetRow, keys: set[str]) -> bool:
    return name_key(row.creditor) in keys or (
        row.collector is not None and name_key(row.collector) in keys
    )


def _creditor(session: Session, name: str, choice: str) -> Creditor:
    if choice == NEW:
        return creditor_by_name(session, name)
    entry = directory_entry(choice)
    assert entry is not None  # checked before the transaction began
    return creditor_for_entry(session, entry, name=name)


def _creditor_count(session: Session) -> int:
    return int(session.exec(select(func.count()).select_from(Creditor)).one())


def _refuse_duplicates(
    session: Session,
    client_id: uuid.UUID,
    preview: SheetPreview,
    creditors: Mapping[str, Creditor],
) -> None:
    """Refuse a row whose creditor already has a debt with its reference in this dossier.

    Two names of the file may also turn out to be one creditor ("CJIB" and "Centraal Justitieel
    Incassobureau"); the same reference under both is then a duplicate too.
    """
    ids = {creditor.id for creditor in creditors.values()}
    stored = session.exec(
        select(Debt.creditor_id, Debt.reference).where(
            Debt.client_id == client_id,
            col(Debt.creditor_id).in_(ids),
            col(Debt.reference).is_not(None),
        )
    ).all()
    seen: dict[tuple[uuid.UUID, str], int | None] = {
        (creditor_id, name_key(reference)): None for creditor_id, reference in stored if reference
    }
    found: list[str] = []
    for row in preview.rows:
        reference = row.debt.get("reference")
        if not reference:
            continue
        creditor = creditors[name_key(row.creditor)]
        key = (creditor.id, name_key(reference))
        if key in seen:
            first = seen[key]
            if first is None:
                found.append(
                    say(
                        "Regel {row}: {creditor}, kenmerk {reference} staat al in het dossier.",
                        row=row.row,
                        creditor=creditor.name,
                        reference=reference,
                    )
                )
            else:
                found.append(
                    say(
                        "Regel {row}: {creditor}, kenmerk {reference} staat ook op regel {first}.",
                        row=row.row,
                        creditor=creditor.name,
                        reference=reference,
                        first=first,
                    )
                )
        else:
            seen[key] = row.row
    if found:
        more = [say("… en nog {count}.", count=len(found) - _SHOWN)] if len(found) > _SHOWN else []
        head = say("Er is niets ingelezen: deze schulden staan er al.")
        raise UserError(joined([head, *found[:_SHOWN], *more], "\n"))
