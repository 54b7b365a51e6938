"""dossier.json to table rows: the exact inverse of ``app.dossier_json.dossier_dict``."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import SQLModel

from app.bundle_fields import KNOWN, NOTHING_READ, DossierError, Ids, as_object, keep_unknown
from app.bundle_rows_client import (
    action_rows,
    amount_rows,
    client_row,
    event_rows,
    goal_and_score_rows,
    household_rows,
    note_rows,
)
from app.bundle_rows_debts import (
    PlannedDocument,
    checklist_rows,
    creditors_by_id,
    debt_rows,
    link_listed_documents,
    planned_documents,
)
from app.errors import UserError
from app.resources import DEFAULT_PROCESS, load_process, process_keys
from models.coltypes import utcnow
from models.journey import current_phase
from models.messages import say
from models.tables import Client, Creditor, Debt, Document
from models.template_reader import TemplateError

__all__ = [
    "NOTHING_READ",
    "DossierError",
    "DossierRows",
    "PlannedDocument",
    "UnknownProcessError",
    "check_process",
    "dossier_rows",
]


class UnknownProcessError(UserError):
    """The dossier follows a process template this program does not have."""


@dataclass
class DossierRows:
    """Every row of one dossier, ready to add, and what stays to be settled in a session.

    ``creditors`` are the bundle's, keyed by their id there: shared across clients, they are
    matched against the directory in the session and the debts pointed at the match.
    ``notes`` tells the person, one Dutch line each, what was read in otherwise than the
    bundle has it (an object set aside, the default process for a journey without one).
    """

    client: Client
    rows: list[SQLModel]
    debts: list[Debt]
    creditors: dict[str, Creditor]
    documents: list[PlannedDocument]
    unknown: dict[str, Any] = field(default_factory=dict)
    sections: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def ids_by_table(self) -> dict[Any, list[uuid.UUID]]:
        """The ids of every new row (creditors and the client aside), per table."""
        found: dict[Any, list[uuid.UUID]] = {}
        for row in self.rows:
            found.setdefault(type(row), []).append(row.id)  # type: ignore[attr-defined]
        for planned in self.documents:
            found.setdefault(Document, []).append(planned.row.id)
        return found


def check_process(key: object) -> str:
    """The key of a process template this program has.

    Raises:
        UnknownProcessError: another template; its route cannot be shown here.
    """
    if not isinstance(key, str) or key not in process_keys():
        known = ", ".join(process_keys())
        raise UnknownProcessError(
            say(
                "Dit dossier volgt het procesjabloon {key!r}, dat dit programma niet kent "
                "(wel: {known}). De route van de klant kan hier niet getoond worden. "
                "Voeg dat sjabloon eerst toe. Er is niets ingelezen.",
                key=str(key),
                known=known,
            )
        )
    try:
        load_process(key)
    except TemplateError as exc:
        raise UnknownProcessError(
            say(
                "Het procesjabloon {key!r} is hier beschadigd: {exc}. Er is niets ingelezen.",
                key=key,
                exc=exc,
            )
        ) from exc
    return key


def _process_of(journey: Mapping[str, Any], notes: list[str]) -> str:
    """The journey's process template; the program's default when the bundle names none."""
    key = journey.get("process")
    if key is not None:
        return check_process(key)
    notes.append(
        say(
            "route (journey.process): zonder procesjabloon; de route is ingelezen "
            "op het standaardsjabloon {default_process!r} van dit programma.",
            default_process=DEFAULT_PROCESS,
        )
    )
    return check_process(DEFAULT_PROCESS)


def dossier_rows(dossier: Mapping[str, Any], *, fresh_ids: bool) -> DossierRows:
    """Every row of a dossier.json object, checked, with its links resolved.

    Args:
        dossier: The dossier.json object (already checked against the schema by the reader;
            checked again here as far as the rows need it).
        fresh_ids: Give the client and every object of hers a new id (a new copy), keeping
            every reference between them; else keep the bundle's ids.

    Raises:
        DossierError: a value or a reference this import cannot store.
        UnknownProcessError: the journey follows a process template this program lacks.
    """
    ids = Ids(fresh=fresh_ids)
    unknown: dict[str, Any] = {}
    notes: list[str] = []
    keep_unknown(unknown, "", dossier, "")
    source = as_object(dossier.get("client"), "client")
    journey = as_object(dossier.get("journey"), "journey")
    process = _process_of(journey, notes)
    client = client_row(source, process, ids, unknown)
    rows: list[SQLModel] = [*household_rows(source, client.id, unknown)]
    events = event_rows(journey, client.id, ids, unknown, notes)
    rows += events
    order = {phase.key: index for index, phase in enumerate(load_process(process).phases)}
    given = journey.get("current_phase")
    if given is not None and given != current_phase(events, order):
        unknown["journey.current_phase"] = given  # another program's notion; kept, not shown
    rows += goal_and_score_rows(dossier, client.id, ids, unknown, notes)
    rows += amount_rows(dossier, client.id, ids, unknown, notes)
    creditors = creditors_by_id(dossier, ids, unknown)
    debts, enforcements = debt_rows(dossier, client.id, ids, unknown, notes)
    rows += debts
    rows += enforcements
    moment = utcnow()
    rows += action_rows(dossier, client.id, ids, moment, unknown)
    items = checklist_rows(dossier, client.id, unknown, notes)
    rows += items
    documents = planned_documents(dossier, client.id, ids, items, moment, unknown)
    link_listed_documents(dossier, ids, documents, items)
    rows += note_rows(dossier, client.id, ids, moment, unknown, notes)
    sections = sorted(key for key in KNOWN[""] if dossier.get(key) not in (None, [], {}))
    return DossierRows(client, rows, debts, creditors, documents, unknown, sections, notes)
