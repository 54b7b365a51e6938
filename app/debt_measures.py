"""Enforcement measures on a debt (dwangbevel, beslag, ontruiming, ...): add, change, delete,
each one audited transaction that returns what its undo needs."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date
from typing import Any

from app import audit
from app.db import Database
from app.debts import DebtErrors, debt_or_refuse, measure_values
from app.errors import NotFoundError, UserError
from models.debt_fields import DebtFieldErrors, clean_enforcement
from models.messages import say
from models.tables import Debt, Enforcement


def _clean_measure(raw: Mapping[str, object], today: date) -> dict[str, Any]:
    try:
        return clean_enforcement(raw, today=today)
    except DebtFieldErrors as exc:
        raise DebtErrors(exc.errors) from exc


def add_measure(
    db: Database, debt_id: uuid.UUID, raw: Mapping[str, object], *, today: date
) -> uuid.UUID:
    """Record an enforcement measure (a dwangbevel, an eviction, ...) on a debt.

    A measure that is a crisis under the client's process template (eviction, disconnection,
    termination of the health insurance) brings the first conversation forward to three
    working days: the procesplaat computes that from the measures, so recording it here is
    enough.
    """
    clean = _clean_measure(raw, today)
    with db.session() as session:
        debt = debt_or_refuse(session, debt_id)
        measure = Enforcement(debt_id=debt_id, **clean)
        session.add(measure)
        audit.record(
            session,
            action="create",
            record_type="enforcement",
            record_id=measure.id,
            client_id=debt.client_id,
            fields=list(clean),
        )
        return measure.id


def update_measure(
    db: Database, measure_id: uuid.UUID, raw: Mapping[str, object], *, today: date
) -> dict[str, Any]:
    """Change a measure; returns its old values (``update_measure`` with them undoes it)."""
    with db.session() as session:
        measure = session.get(Enforcement, measure_id)
        if measure is None:
            raise NotFoundError(say("Deze maatregel bestaat niet (meer)."))
        old = measure_values(measure)
        clean = _clean_measure(
            {k: old[k] for k in ("kind", "since", "until", "note")} | dict(raw), today
        )
        debt = debt_or_refuse(session, measure.debt_id)
        changed = [k for k in clean if clean[k] != old[k]]
        for name in changed:
            setattr(measure, name, clean[name])
        session.add(measure)
        if changed:
            audit.record(
                session,
                action="update",
                record_type="enforcement",
                record_id=measure.id,
                client_id=debt.client_id,
                fields=changed,
            )
        return {name: old[name] for name in changed}


def delete_measure(db: Database, measure_id: uuid.UUID) -> dict[str, Any]:
    """Delete a measure; returns its values for ``restore_measure``."""
    with db.session() as session:
        measure = session.get(Enforcement, measure_id)
        if measure is None:
            raise NotFoundError(say("Deze maatregel bestaat niet (meer)."))
        debt = debt_or_refuse(session, measure.debt_id)
        values = measure_values(measure)
        session.delete(measure)
        audit.record(
            session,
            action="delete",
            record_type="enforcement",
            record_id=measure.id,
            client_id=debt.client_id,
        )
        return values


def restore_measure(db: Database, values: Mapping[str, Any]) -> None:
    """Put back a measure removed by ``delete_measure`` (nothing if its debt is gone)."""
    with db.session() as session:
        if session.get(Enforcement, values["id"]) is not None:
            return
        debt = session.get(Debt, values["debt_id"])
        if debt is None:
            raise UserError(say("De schuld van deze maatregel bestaat niet meer."))
        session.add(Enforcement(**dict(values)))
        audit.record(
            session,
            action="create",
            record_type="enforcement",
            record_id=values["id"],
            client_id=debt.client_id,
            fields=[k for k in values if k not in ("id", "debt_id")],
        )
