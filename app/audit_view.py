"""Reading the audit trail back: events filtered by dossier, action, person and period."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Final

from sqlalchemy import or_
from sqlmodel import col, select

from app.db import Database
from models.people import full_name
from models.tables import AuditEvent, Client

__all__ = [
    "ACTION_LABELS",
    "FIELD_LABELS",
    "RECORD_LABELS",
    "AuditRow",
    "audit_events",
    "known_people",
]

ACTION_LABELS: Final[dict[str, str]] = {
    "create": "Toegevoegd",
    "update": "Gewijzigd",
    "delete": "Verwijderd",
    "close": "Dossier gesloten",
    "reopen": "Dossier heropend",
    "import": "Ingelezen",
    "export": "Geëxporteerd",
    "print": "Afgedrukt",
    "destroy": "Vernietigd (bewaartermijn)",
}

RECORD_LABELS: Final[dict[str, str]] = {
    "client": "Dossier",
    "note": "Notitie",
    "household": "Huishouden",
    "household_member": "Huisgenoot",
    "journey_event": "Route",
    "goal": "Doel",
    "life_domain_score": "Leefgebied",
    "income": "Inkomsten",
    "expense": "Uitgaven",
    "debt": "Schuld",
    "debt_sheet": "Schuldenlijst",
    "enforcement": "Maatregel",
    "creditor": "Schuldeiser",
    "action": "Actie",
    "conversation": "Gesprek",
    "document": "Document",
    "checklist": "Checklist",
    "checklistitem": "Checklistonderdeel",
    "handout": "Afdruk",
    "bundle": "Dossierbundel",
    "debt_proofs": "Schuldbewijzen",
    "access_export": "Inzageverzoek",
}

#: Dutch names for every field the trail can name: the columns of the tables, the handouts and
#: their options, the parts of an export and the sections of an imported dossier. A test holds
#: it complete, so that the log never shows a programmer's name to a caseworker.
FIELD_LABELS: Final[dict[str, str]] = {
    # people and the dossier
    "status": "status",
    "closed_on": "gesloten op",
    "first_names": "voornamen",
    "initials": "voorletters",
    "prefix": "tussenvoegsel",
    "last_name": "achternaam",
    "birth_date": "geboortedatum",
    "gender": "geslacht",
    "marital_status": "burgerlijke staat",
    "marital_status_since": "burgerlijke staat sinds",
    "bsn": "BSN",
    "iban": "IBAN",
    "bank_name": "bank",
    "phone": "telefoon",
    "email": "e-mail",
    "address": "adres",
    "street": "straat",
    "house_number": "huisnummer",
    "house_number_suffix": "toevoeging",
    "postcode": "postcode",
    "city": "plaats",
    "relation": "relatie",
    "person": "persoon",
    "referred_by": "verwezen door",
    "administration_kind": "soort bewind",
    "administration_organisation": "bewindvoerder (organisatie)",
    "administration_decision_date": "datum beschikking",
    "administrator": "bewindvoerder",
    "contact_name": "contactpersoon",
    "contact_phone": "telefoon contactpersoon",
    "contact_hours": "bereikbaar",
    "process_key": "route",
    "external_identifier": "kenmerk",
    # route, praatplaat, goals
    "phase": "fase",
    "occurred_on": "datum",
    "client_words": "eigen woorden",
    "mood": "stemming",
    "text": "tekst",
    "life_domain": "leefgebied",
    "domain": "leefgebied",
    "score": "score",
    "scored_on": "gescoord op",
    "set_on": "gesteld op",
    "reached_on": "bereikt op",
    # money and debts
    "amount_total": "totaal",
    "amount_open": "openstaand",
    "amount_per_month": "bedrag per maand",
    "principal": "hoofdsom",
    "original_amount": "oorspronkelijk bedrag",
    "interest": "rente",
    "costs": "kosten",
    "total": "totaal",
    "creditor_id": "schuldeiser",
    "collector_id": "incasso",
    "debtor": "schuldenaar",
    "reference": "dossiernummer",
    "customer_number": "klantnummer",
    "origin_date": "ontstaan op",
    "confirmed_on": "bevestigd op",
    "since": "sinds",
    "until": "tot",
    "preferential": "preferent",
    "business": "zakelijk",
    "essential": "vaste last",
    "category": "categorie",
    "directory_key": "schuldeiserslijst",
    "kvk": "KvK-nummer",
    "source": "bron",
    # to-dos and conversations
    "due_on": "uiterlijk",
    "done_on": "gedaan op",
    "owner": "wie",
    "client_visible": "zichtbaar voor klant",
    "debt_id": "schuld",
    "conversation_id": "gesprek",
    "held_on": "gehouden op",
    "participants": "aanwezig",
    "agreed": "afspraken",
    "author": "geschreven door",
    "written_at": "geschreven op",
    # documents and the checklist
    "kind": "soort",
    "description": "omschrijving",
    "received_on": "ontvangen op",
    "media_type": "bestandssoort",
    "size": "grootte",
    "sha256": "controlegetal",
    "stored_name": "bestand",
    "deleted_at": "in prullenbak",
    "checklist_item_id": "checklistonderdeel",
    "template": "checklist",
    "item": "onderdeel",
    "state": "stand",
    "not_applicable": "niet van toepassing",
    # general
    "title": "titel",
    "name": "naam",
    "note": "notitie",
    "id": "kenmerk",
    "client_id": "dossier",
    "created_at": "aangemaakt op",
    "updated_at": "gewijzigd op",
    # handouts and their options
    "procesplaat": "procesplaat",
    "actions": "actielijst",
    "card": "kaartje",
    "overview": "overzicht",
    "summary_pdf": "gespreksverslag als pdf",
    "summary_eml": "gespreksverslag als e-mail",
    "show_bsn": "met BSN",
    "amounts": "met bedragen",
    # exports and imports
    "passphrase": "met wachtwoord",
    "audit_csv": "geschiedenis",
    "bundle": "bundel",
    "parts": "in delen",
    "debt_proofs": "schuldbewijzen",
    "client": "klant",
    "journey": "route",
    "goals": "doelen",
    "life_domains": "leefgebieden",
    "debts": "schulden",
    "creditors": "schuldeisers",
    "documents": "documenten",
    "checklist": "checklist",
    "deadlines": "termijnen",
    "income": "inkomsten",
    "expenses": "uitgaven",
    "notes": "notities",
}


@dataclass(frozen=True)
class AuditRow:
    """One event as a person reads it.

    Attributes:
        id: The event's id.
        at: When, in local time.
        who: The caseworker's name, else the operating-system user.
        os_user: The operating-system user.
        actor: The caseworker's name set in the app; None when none was set.
        action: The action's code (``app.audit.ACTIONS``); ``action_label`` in Dutch.
        record_type: The record's kind; ``record_label`` in Dutch.
        record_id: The record, when it has an id.
        client_id: The dossier, when the record belongs to one.
        client_name: The dossier's name as it stands now; None when the dossier is gone.
        fields: The names of the fields written; ``fields_label`` in Dutch, comma-separated.
    """

    id: uuid.UUID
    at: datetime
    who: str
    os_user: str
    actor: str | None
    action: str
    action_label: str
    record_type: str
    record_label: str
    record_id: uuid.UUID | None
    client_id: uuid.UUID | None
    client_name: str | None
    fields: tuple[str, ...]
    fields_label: str


def _local_start(day: date) -> datetime:
    """The first moment of a day on this computer's clock, in UTC."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


def audit_events(
    db: Database,
    *,
    client_id: uuid.UUID | None = None,
    action: str | None = None,
    actor: str | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int | None = 1000,
) -> list[AuditRow]:
    """The newest events first, filtered; every filter left None lets everything through.

    Args:
        db: The store.
        client_id: Only this dossier's events.
        action: Only this action (a code of ``ACTION_LABELS``).
        actor: Only events by this person: the caseworker's name or the operating-system
            user, as ``AuditRow.who`` shows.
        since: From this day on (local time), inclusive.
        until: Up to and including this day (local time).
        limit: At most this many events; None for all.

    Returns:
        The events, newest first.
    """
    # Only the name's columns of the client: a whole Client row per event costs real time.
    query = select(AuditEvent, Client.first_names, Client.prefix, Client.last_name).outerjoin(
        Client, col(Client.id) == AuditEvent.client_id
    )
    if client_id is not None:
        query = query.where(col(AuditEvent.client_id) == client_id)
    if action is not None:
        query = query.where(col(AuditEvent.action) == action)
    if actor is not None:
        query = query.where(
            or_(
                col(AuditEvent.actor) == actor,
                (col(AuditEvent.actor).is_(None)) & (col(AuditEvent.os_user) == actor),
            )
        )
    if since is not None:
        query = query.where(col(AuditEvent.at) >= _local_start(since))
    if until is not None:
        query = query.where(col(AuditEvent.at) < _local_start(until + timedelta(days=1)))
    query = query.order_by(col(AuditEvent.at).desc(), col(AuditEvent.id))
    if limit is not None:
        query = query.limit(max(limit, 0))
    with db.session() as session:
        return [
            _row(event, None if last is None else full_name(first, prefix, last))
            for event, first, prefix, last in session.exec(query)
        ]


def _row(event: AuditEvent, client_name: str | None) -> AuditRow:
    fields = tuple(event.fields.split(",")) if event.fields else ()
    return AuditRow(
        id=event.id,
        at=event.at.astimezone(),
        who=event.actor or event.os_user,
        os_user=event.os_user,
        actor=event.actor,
        action=event.action,
        action_label=ACTION_LABELS.get(event.action, event.action),
        record_type=event.record_type,
        record_label=RECORD_LABELS.get(event.record_type, event.record_type),
        record_id=event.record_id,
        client_id=event.client_id,
        client_name=client_name,
        fields=fields,
        fields_label=", ".join(FIELD_LABELS.get(name, name) for name in fields),
    )


def known_people(db: Database) -> list[str]:
    """Everyone the trail names as ``who``, sorted: the choices of a filter on the person."""
    with db.session() as session:
        pairs = session.exec(select(AuditEvent.actor, AuditEvent.os_user).distinct()).all()
    return sorted({actor or user for actor, user in pairs}, key=str.casefold)
