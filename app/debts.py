"""The schuldenlijst's use cases: a client's debts with their measures, and every change to them.

Each change is one transaction with an audit event (field names only) and returns what its
undo needs, so the screen can reverse it exactly: an edit gives back the old values, a
deletion the whole debt with its measures and their own ids.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from operator import itemgetter
from typing import Any

from sqlalchemy import ColumnElement, Select, String, Uuid, bindparam, type_coerce
from sqlalchemy import select as sa_select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from app import audit
from app.clients import get_client
from app.creditors import creditor_by_name, creditor_for_entry, load_directory
from app.db import Database
from app.errors import NotFoundError, UserError
from app.resources import load_process
from models.codes import DebtStatus
from models.crisis import crisis_on
from models.debt_fields import DEBT_FIELDS, DebtFieldErrors, clean_debt
from models.debts import balance_is_stale
from models.messages import joined, say
from models.tables import Client, Creditor, Debt, Enforcement


class DebtErrors(UserError):
    """Fields of a debt or a measure are refused; ``errors`` maps field to a Dutch message."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        super().__init__(joined(errors.values()))
        self.errors = dict(errors)


@dataclass(frozen=True)
class MeasureRow:
    """An enforcement measure on a debt, as the list shows it."""

    id: uuid.UUID
    kind: str
    since: date | None
    until: date | None
    note: str | None
    crisis: bool


@dataclass(frozen=True)
class DebtRow:
    """One debt with its creditor's name and what stands out about it."""

    id: uuid.UUID
    creditor_id: uuid.UUID
    creditor_name: str
    creditor_kind: str | None
    collector_id: uuid.UUID | None
    collector_name: str | None
    debtor: str
    reference: str | None
    customer_number: str | None
    origin_date: date | None
    original_amount: Decimal | None
    principal: Decimal | None
    interest: Decimal | None
    costs: Decimal | None
    total: Decimal
    confirmed_on: date | None
    status: str
    preferential: bool
    business: bool
    category: str | None
    essential: bool
    note: str | None
    measures: tuple[MeasureRow, ...]
    stale: bool

    @property
    def crisis(self) -> bool:
        """A measure on this debt is a crisis (eviction, disconnection, ...)."""
        return any(m.crisis for m in self.measures)


@dataclass(frozen=True)
class DebtList:
    """A client's debts and the day their staleness was judged."""

    client_id: uuid.UUID
    today: date
    rows: tuple[DebtRow, ...]
    crisis_on: date | None


@dataclass(frozen=True)
class CreditorPick:
    """The creditor a person chose for a debt: one already known, one of the directory (a
    placeholder needs its real ``name``), or a new one by ``name``."""

    creditor_id: uuid.UUID | None = None
    directory_key: str | None = None
    name: str = ""


@dataclass(frozen=True)
class CreditorOption:
    """A creditor offered when typing a debt's creditor: a known one or a directory entry."""

    label: str
    creditor_id: uuid.UUID | None
    directory_key: str | None
    kind: str | None
    placeholder: bool = False
    category: str | None = None
    preferential: bool = False


def creditor_options(db: Database) -> list[CreditorOption]:
    """Every creditor already known, then the directory's entries not yet used, by name."""
    with db.session() as session:
        known = session.exec(select(Creditor).order_by(col(Creditor.name))).all()
    used = {c.directory_key for c in known if c.directory_key}
    options = [
        CreditorOption(
            c.name, c.id, c.directory_key, c.kind, category=c.category, preferential=c.preferential
        )
        for c in known
    ]
    options += [
        CreditorOption(e.name, None, e.key, e.kind, e.placeholder, e.category, e.preferential)
        for e in load_directory()
        if e.key not in used or e.placeholder
    ]
    return sorted(options, key=lambda o: (o.label.casefold(), o.creditor_id is None))


def _resolve(session: Session, pick: CreditorPick | uuid.UUID, what: str) -> Creditor:
    """The creditor row a pick means, made in this transaction when it is new."""
    if isinstance(pick, uuid.UUID):
        return _creditor_or_refuse(session, pick, what)
    if pick.creditor_id is not None:
        return _creditor_or_refuse(session, pick.creditor_id, what)
    if pick.directory_key is not None:
        entry = next((e for e in load_directory() if e.key == pick.directory_key), None)
        if entry is None:
            raise DebtErrors({what: say("Deze schuldeiser staat niet (meer) in de lijst.")})
        try:
            return creditor_for_entry(session, entry, name=pick.name.strip() or None)
        except UserError as exc:
            raise DebtErrors({what: exc.message}) from exc
    name = pick.name.strip()
    if not name:
        raise DebtErrors({what: say("Kies of typ de schuldeiser.")})
    if len(name) > 200:
        raise DebtErrors({what: say("De naam is te lang: hoogstens 200 tekens.")})
    return creditor_by_name(session, name)


def debt_or_refuse(session: Session, debt_id: uuid.UUID) -> Debt:
    """The debt, or a Dutch refusal when it is gone."""
    debt = session.get(Debt, debt_id)
    if debt is None:
        raise NotFoundError(say("Deze schuld bestaat niet (meer)."))
    return debt


def _creditor_or_refuse(session: Session, creditor_id: uuid.UUID, what: str) -> Creditor:
    creditor = session.get(Creditor, creditor_id)
    if creditor is None:
        raise DebtErrors({what: say("Deze schuldeiser bestaat niet (meer).")})
    return creditor


class _Ids(dict[str, uuid.UUID]):
    """UUIDs from the ids as stored (32 hex digits), each made once: a dossier's 300 debts
    name some 60 creditors, and making a UUID costs more than looking one up."""

    def __missing__(self, key: str) -> uuid.UUID:
        made = self[key] = uuid.UUID(key)
        return made


def _text(column: Any) -> ColumnElement[str]:
    """An id column as the driver gives it (hex text), without a UUID made per row."""
    return type_coerce(col(column), String)


_AnySelect = Select[*tuple[Any, ...]]


@functools.cache
def _list_statements() -> tuple[_AnySelect, _AnySelect, _AnySelect]:
    """The three queries of ``list_debts`` for the client bound as ``client``, built once:
    building them took a few ms of every dossier opened."""
    client = bindparam("client", type_=Uuid())
    creditor, collector = aliased(Creditor), aliased(Creditor)
    columns: list[Any] = [
        _text(Debt.id),
        _text(Debt.creditor_id),
        _text(Debt.collector_id),
        col(creditor.name),
        col(creditor.kind),
        col(collector.name),
    ]
    columns += [col(getattr(Debt, field)) for field in DEBT_FIELDS]
    own_debt = col(Debt.client_id) == client
    process = sa_select(col(Client.process_key)).where(col(Client.id) == client)
    debts = (
        sa_select(*columns)
        .join(creditor, col(creditor.id) == col(Debt.creditor_id))
        .outerjoin(collector, col(collector.id) == col(Debt.collector_id))
        .where(own_debt)
    )
    measures = (
        sa_select(
            _text(Enforcement.debt_id),
            col(Enforcement.id),
            col(Enforcement.kind),
            col(Enforcement.since),
            col(Enforcement.until),
            col(Enforcement.note),
        )
        .join(Debt, col(Debt.id) == col(Enforcement.debt_id))
        .where(own_debt)
    )
    return process, debts, measures


def list_debts(db: Database, client_id: uuid.UUID, *, today: date) -> DebtList:
    """All debts of a client, by creditor name, with their measures; stale balances marked."""
    # Plain columns through SQLAlchemy Core, not ORM objects or the ORM's result layer, the
    # creditors joined in, ids as text made into UUIDs once each: a dossier of 300 debts
    # opens within a frame budget.
    process, debt_query, measure_query = _list_statements()
    given = {"client": client_id}
    with db.session() as session:
        connection = session.connection()
        process_key = connection.execute(process, given).first()
        if process_key is None:
            raise NotFoundError("Deze klant bestaat niet (meer).")
        template = load_process(process_key[0])
        debts = connection.execute(debt_query, given).all()
        measures: dict[str, list[Any]] = {}
        for measure in connection.execute(measure_query, given).all():
            measures.setdefault(measure[0], []).append(measure[1:])
    ids = _Ids()
    keyed = []
    for debt_key, creditor_key, collector_key, name, kind, collector_name, *values in debts:
        own = sorted(measures.get(debt_key, []), key=lambda m: (m[2] or date.min, m[1]))
        fields = dict(zip(DEBT_FIELDS, values, strict=True))
        row = DebtRow(
            id=ids[debt_key],
            creditor_id=ids[creditor_key],
            creditor_name=name,
            creditor_kind=kind,
            collector_id=ids[collector_key] if collector_key else None,
            collector_name=collector_name if collector_key else None,
            **fields,
            measures=tuple(
                MeasureRow(
                    m_id,
                    m_kind,
                    since,
                    until,
                    note,
                    bool(template.crisis_triggers_for(m_kind, kind)),
                )
                for m_id, m_kind, since, until, note in own
            ),
            stale=balance_is_stale(fields["confirmed_on"], today),
        )
        # The stored hex sorts as str(uuid) does (the dashes stand at the same places).
        keyed.append(((name.casefold(), row.reference or "", debt_key), row))
    keyed.sort(key=itemgetter(0))
    rows = tuple(row for _, row in keyed)
    crisis = crisis_on(
        template,
        [
            (m.kind, row.creditor_kind, m.since)
            for row in rows
            if row.status != DebtStatus.SETTLED.value
            for m in row.measures
        ],
    )
    return DebtList(client_id, today, rows, crisis)


def _refuse_duplicate(
    session: Session,
    client_id: uuid.UUID,
    creditor_id: uuid.UUID,
    reference: str | None,
    debt_id: uuid.UUID | None,
) -> None:
    if not reference:
        return
    same = session.exec(
        select(Debt).where(
            Debt.client_id == client_id,
            Debt.creditor_id == creditor_id,
            Debt.reference == reference,
        )
    ).all()
    if any(other.id != debt_id for other in same):
        raise DebtErrors(
            {
                "reference": say(
                    "Deze schuldeiser heeft al een schuld met kenmerk {reference}.",
                    reference=reference,
                )
            }
        )


def _clean(raw: Mapping[str, object], today: date) -> dict[str, Any]:
    try:
        return clean_debt(raw, today=today)
    except DebtFieldErrors as exc:
        raise DebtErrors(exc.errors) from exc


def debt_values(debt: Debt) -> dict[str, Any]:
    """Every stored field of a debt: what an edit's undo puts back."""
    return {
        "creditor_id": debt.creditor_id,
        "collector_id": debt.collector_id,
        **{field: getattr(debt, field) for field in DEBT_FIELDS},
    }


def add_debt(
    db: Database,
    client_id: uuid.UUID,
    *,
    creditor_id: uuid.UUID | CreditorPick,
    fields: Mapping[str, object],
    today: date,
    collector_id: uuid.UUID | CreditorPick | None = None,
) -> uuid.UUID:
    """Add a debt of a client; ``fields`` as ``clean_debt`` takes them.

    The creditor (and collector) is a known creditor's id or a ``CreditorPick``: a directory
    entry or a new name becomes a creditor row in the same transaction, so a refused debt
    leaves no new creditor behind. Unless ``fields`` says otherwise, the debt takes its
    creditor's preferential standing (when not given) and DDAS category (when empty).

    Raises:
        DebtErrors: a refused field, an unknown creditor, a reference the creditor already has.
    """
    clean = _clean({"status": "reported", "debtor": "client", "total": None, **fields}, today)
    with db.session() as session:
        get_client(session, client_id)
        creditor = _resolve(session, creditor_id, "creditor")
        collector = _resolve(session, collector_id, "collector") if collector_id else None
        session.flush()
        _refuse_duplicate(session, client_id, creditor.id, clean.get("reference"), None)
        if "preferential" not in fields:
            clean["preferential"] = creditor.preferential
        if clean.get("category") is None and creditor.category:
            clean["category"] = creditor.category
        debt = Debt(
            client_id=client_id,
            creditor_id=creditor.id,
            collector_id=collector.id if collector else None,
            **clean,
        )
        session.add(debt)
        audit.record(
            session,
            action="create",
            record_type="debt",
            record_id=debt.id,
            client_id=client_id,
            fields=["creditor_id", *(["collector_id"] if collector else []), *clean],
        )
        return debt.id


def update_debt(
    db: Database, debt_id: uuid.UUID, changes: Mapping[str, object], *, today: date
) -> dict[str, Any]:
    """Change some fields of a debt (also ``creditor_id`` and ``collector_id``).

    The whole debt is checked again with the changes, so a new principal that no longer adds
    up to the total is refused like any other wrong value.

    Returns:
        The changed fields' old values: ``update_debt(db, id, old)`` undoes the change.

    Raises:
        DebtErrors: a refused field; nothing is stored.
    """
    links = {k: v for k, v in changes.items() if k in ("creditor_id", "collector_id")}
    values = {k: v for k, v in changes.items() if k not in links}
    with db.session() as session:
        debt = debt_or_refuse(session, debt_id)
        current = debt_values(debt)
        for name, value in list(links.items()):
            if value is not None:
                assert isinstance(value, uuid.UUID | CreditorPick)
                links[name] = _resolve(session, value, name.removesuffix("_id")).id
            elif name == "creditor_id":
                raise DebtErrors({"creditor": say("Kies de schuldeiser.")})
        session.flush()
        merged = {field: current[field] for field in DEBT_FIELDS} | values
        clean = _clean(merged, today)
        creditor_id = links.get("creditor_id", debt.creditor_id)
        assert isinstance(creditor_id, uuid.UUID)
        _refuse_duplicate(session, debt.client_id, creditor_id, clean.get("reference"), debt.id)
        new = {**clean, **links}
        changed = [k for k in new if new[k] != current[k]]
        for name in changed:
            setattr(debt, name, new[name])
        session.add(debt)
        if changed:
            audit.record(
                session,
                action="update",
                record_type="debt",
                record_id=debt.id,
                client_id=debt.client_id,
                fields=changed,
            )
        return {name: current[name] for name in changed}


def delete_debt(db: Database, debt_id: uuid.UUID) -> dict[str, Any]:
    """Delete a debt with its measures.

    Returns:
        Everything ``restore_debt`` needs to bring it back with the same ids.
    """
    with db.session() as session:
        debt = debt_or_refuse(session, debt_id)
        measures = session.exec(select(Enforcement).where(Enforcement.debt_id == debt_id)).all()
        snapshot = {
            "debt": {"id": debt.id, "client_id": debt.client_id, **debt_values(debt)},
            "measures": [measure_values(m) for m in measures],
        }
        for measure in measures:
            session.delete(measure)
        session.flush()  # the measures first: the database would cascade them otherwise
        session.delete(debt)
        audit.record(
            session,
            action="delete",
            record_type="debt",
            record_id=debt.id,
            client_id=debt.client_id,
        )
        return snapshot


def restore_debt(db: Database, snapshot: Mapping[str, Any]) -> None:
    """Put back a debt removed by ``delete_debt``, with its measures and their own ids."""
    values = snapshot["debt"]
    with db.session() as session:
        if session.get(Debt, values["id"]) is not None:
            return
        get_client(session, values["client_id"])
        for key in ("creditor_id", "collector_id"):
            if values[key] is not None:
                _creditor_or_refuse(session, values[key], key.removesuffix("_id"))
        session.add(Debt(**values))
        session.flush()
        for measure in snapshot["measures"]:
            session.add(Enforcement(**measure))
        audit.record(
            session,
            action="create",
            record_type="debt",
            record_id=values["id"],
            client_id=values["client_id"],
            fields=[k for k in values if k not in ("id", "client_id")],
        )


def measure_values(measure: Enforcement) -> dict[str, Any]:
    return {
        "id": measure.id,
        "debt_id": measure.debt_id,
        "kind": measure.kind,
        "since": measure.since,
        "until": measure.until,
        "note": measure.note,
    }
