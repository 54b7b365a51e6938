"""Client use cases: the list with search keys, finding by id prefix, create, edit and close."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import date

from sqlmodel import Session, col, select

from app import audit
from app.client_rows import ClientRow, client_rows
from app.db import Database
from app.errors import NotFoundError, UserError
from app.resources import load_process
from models.codes import ClientStatus, Relation
from models.coltypes import utcnow
from models.forms import CHILD_FIELDS, CLIENT_FIELDS, PERSON_FIELDS, clean_form
from models.identifiers import format_iban
from models.messages import joined, say
from models.people import full_name
from models.process import ProcessTemplate
from models.tables import Client, HouseholdMember, JourneyEvent
from models.values import format_date


class FormErrors(UserError):
    """One or more fields of a form are wrong; ``errors`` maps field name to a Dutch message."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        super().__init__(
            say("Niet alle gegevens kloppen: {problems}", problems=joined(errors.values()))
        )
        self.errors = dict(errors)


def list_client_rows(db: Database, *, today: date) -> list[ClientRow]:
    """Every client with phase, open debt and next deadline (app.client_rows), read through
    the store's connection: the same statements as the first list of a start."""
    with db.session() as session:
        connection = session.connection()
        return client_rows(lambda sql: connection.exec_driver_sql(sql).all(), today=today)


def find_client_id(db: Database, reference: str) -> uuid.UUID:
    """The client whose id is, or starts with, ``reference`` (dashes optional).

    Raises:
        NotFoundError: no client, or more than one, matches.
    """
    wanted = reference.strip().lower().replace("-", "")
    if not wanted or any(c not in "0123456789abcdef" for c in wanted):
        raise NotFoundError(
            say("'{reference}' is geen (begin van een) klant-id.", reference=reference)
        )
    with db.session() as session:
        ids = session.exec(select(Client.id)).all()
    found = [client_id for client_id in ids if client_id.hex.startswith(wanted)]
    if not found:
        raise NotFoundError(say("Er is geen klant met id '{reference}'.", reference=reference))
    if len(found) > 1:
        raise NotFoundError(
            say(
                "'{reference}' past bij {found} klanten; geef meer tekens van het id.",
                reference=reference,
                found=len(found),
            )
        )
    return found[0]


def get_client(session: Session, client_id: uuid.UUID) -> Client:
    client = session.get(Client, client_id)
    if client is None:
        raise NotFoundError(say("Deze klant bestaat niet (meer)."))
    return client


def request_phase(template: ProcessTemplate) -> str:
    """The phase a new client starts in: the request for help, where the deadlines start."""
    rule = template.deadline_rule("first_conversation")
    if rule is not None and rule.anchor_phase:
        return rule.anchor_phase
    return template.route[0].key


def create_client(db: Database, raw: Mapping[str, str], *, today: date) -> uuid.UUID:
    """A new active client from form values; the route starts at the request (phase 3).

    Raises:
        FormErrors: a field is wrong; nothing is written.
    """
    clean, errors = clean_form(raw, CLIENT_FIELDS)
    if "last_name" not in raw:
        errors["last_name"] = say("De achternaam is verplicht.")
    if errors:
        raise FormErrors(errors)
    template = load_process()
    with db.session() as session:
        client = Client(**clean)  # type: ignore[arg-type]
        session.add(client)
        session.flush()
        session.add(
            JourneyEvent(
                client_id=client.id,
                phase=request_phase(template),
                kind="entered",
                occurred_on=today,
                text="Aanmelding",
            )
        )
        audit.record(
            session,
            action="create",
            record_type="client",
            record_id=client.id,
            client_id=client.id,
            fields=clean.keys(),
        )
        return client.id


def _validate_details(
    client_raw: Mapping[str, str],
    partner_raw: Mapping[str, str] | None,
    household: Sequence[Mapping[str, str]],
) -> tuple[dict[str, object], dict[str, object] | None, list[Member]]:
    errors: dict[str, str] = {}
    client_clean, client_errors = clean_form(client_raw, CLIENT_FIELDS)
    errors.update(client_errors)
    partner_clean: dict[str, object] | None = None
    if partner_raw is not None and any(value.strip() for value in partner_raw.values()):
        partner_clean, partner_errors = clean_form(partner_raw, PERSON_FIELDS)
        errors.update({f"partner.{name}": text for name, text in partner_errors.items()})
    members: list[Member] = []
    for index, row in enumerate(household):
        relation = row.get("relation", Relation.CHILD.value)
        if relation not in (Relation.CHILD.value, Relation.OTHER.value):
            errors[f"household[{index}].relation"] = say(
                "Onbekende relatie: {relation}.", relation=relation
            )
        fields = {k: v for k, v in row.items() if k not in ("relation", "id")}
        clean, row_errors = clean_form(fields, CHILD_FIELDS)
        errors.update(
            {
                f"household[{index}].{k}": f"Gezinslid {index + 1}: {v}"
                for k, v in row_errors.items()
            }
        )
        members.append((_member_id(row.get("id", "")), relation, clean))
    if errors:
        raise FormErrors(errors)
    return client_clean, partner_clean, members


#: A household row from the form: its id (None for a new one), relation and clean fields.
Member = tuple[uuid.UUID | None, str, dict[str, object]]


def _member_id(text: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(text) if text else None
    except ValueError:
        return None


def save_client_details(
    db: Database,
    client_id: uuid.UUID,
    client_raw: Mapping[str, str],
    partner_raw: Mapping[str, str] | None = None,
    household: Sequence[Mapping[str, str]] | None = None,
) -> None:
    """Save what the Gegevens tab shows, in one transaction.

    Only the client fields given are touched. ``partner_raw`` None leaves the partner as is; an
    empty form removes the partner. ``household`` None leaves children and others as they are;
    a list replaces them.

    Raises:
        FormErrors: any field is wrong (keys ``last_name``, ``partner.bsn``,
            ``household[1].birth_date``, ...); nothing is written.
    """
    client_clean, partner_clean, members = _validate_details(
        client_raw, partner_raw, household or []
    )
    with db.session() as session:
        client = get_client(session, client_id)
        changed = [name for name, value in client_clean.items() if getattr(client, name) != value]
        for name in changed:
            setattr(client, name, client_clean[name])
        if changed:
            client.updated_at = utcnow()
            audit.record(
                session,
                action="update",
                record_type="client",
                record_id=client.id,
                client_id=client.id,
                fields=changed,
            )
        if partner_raw is not None:
            _apply_partner(session, client_id, partner_clean)
        if household is not None:
            _apply_household(session, client_id, members)


def _apply_partner(session: Session, client_id: uuid.UUID, clean: dict[str, object] | None) -> None:
    partner = session.exec(
        select(HouseholdMember)
        .where(HouseholdMember.client_id == client_id)
        .where(HouseholdMember.relation == Relation.PARTNER.value)
    ).first()
    if clean is None:
        if partner is not None:
            session.delete(partner)
            audit.record(
                session,
                action="delete",
                record_type="household_member",
                record_id=partner.id,
                client_id=client_id,
            )
        return
    if partner is None:
        partner = HouseholdMember(client_id=client_id, relation=Relation.PARTNER.value)
        session.add(partner)
    changed = [name for name, value in clean.items() if getattr(partner, name) != value]
    for name in changed:
        setattr(partner, name, clean[name])
    session.flush()
    if changed:
        audit.record(
            session,
            action="update",
            record_type="household_member",
            record_id=partner.id,
            client_id=client_id,
            fields=changed,
        )


def _apply_household(session: Session, client_id: uuid.UUID, members: list[Member]) -> None:
    """Update the household in place: members keep their ids, and fields the form does not
    show (prefix, BSN, ...) stay as they are unless the name itself was changed."""
    current = {
        member.id: member
        for member in session.exec(
            select(HouseholdMember)
            .where(HouseholdMember.client_id == client_id)
            .where(HouseholdMember.relation != Relation.PARTNER.value)
        ).all()
    }
    changed: set[str] = set()
    kept: set[uuid.UUID] = set()
    for member_id, relation, clean in members:
        name = str(clean.get("first_names") or "")
        born_value = clean.get("birth_date")
        born = born_value if isinstance(born_value, date) else None
        member = current.get(member_id) if member_id else None
        if member is None:
            session.add(
                HouseholdMember(
                    client_id=client_id, relation=relation, first_names=name, birth_date=born
                )
            )
            changed.add("household")
            continue
        kept.add(member.id)
        if full_name(member.first_names, member.prefix, member.last_name) != name:
            member.first_names, member.prefix, member.last_name = name, None, ""
            changed.add("name")
        if member.birth_date != born:
            member.birth_date = born
            changed.add("birth_date")
        if member.relation != relation:
            member.relation = relation
            changed.add("relation")
    for member_id, member in current.items():
        if member_id not in kept:
            session.delete(member)
            changed.add("household")
    if changed:
        audit.record(
            session,
            action="update",
            record_type="household",
            record_id=None,
            client_id=client_id,
            fields=changed,
        )


def client_details(
    db: Database, client_id: uuid.UUID
) -> tuple[dict[str, str], dict[str, str], list[dict[str, str]]]:
    """The Gegevens tab's values as a person reads them: client, partner, other members."""
    with db.session() as session:
        client = get_client(session, client_id)
        members = session.exec(
            select(HouseholdMember)
            .where(HouseholdMember.client_id == client_id)
            .order_by(col(HouseholdMember.birth_date), col(HouseholdMember.id))
        ).all()
        client_values = {name: _as_text(name, getattr(client, name)) for name in CLIENT_FIELDS}
        partner_values: dict[str, str] = {}
        household: list[dict[str, str]] = []
        for member in members:
            if member.relation == Relation.PARTNER.value:
                partner_values = {
                    name: _as_text(name, getattr(member, name)) for name in PERSON_FIELDS
                }
            else:
                household.append(
                    {
                        "id": str(member.id),
                        "first_names": full_name(
                            member.first_names, member.prefix, member.last_name
                        ),
                        "birth_date": _as_text("birth_date", member.birth_date),
                        "relation": member.relation,
                    }
                )
    return client_values, partner_values, household


def _as_text(name: str, value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return format_date(value)
    if name == "iban" and isinstance(value, str):
        return format_iban(value)
    return str(value)


def close_client(db: Database, client_id: uuid.UUID, *, on: date) -> None:
    """Close the dossier on a date (the retention term counts from it)."""
    with db.session() as session:
        client = get_client(session, client_id)
        if client.status == ClientStatus.CLOSED.value:
            raise UserError(say("Dit dossier is al gesloten."))
        client.status = ClientStatus.CLOSED.value
        client.closed_on = on
        client.updated_at = utcnow()
        audit.record(
            session,
            action="close",
            record_type="client",
            record_id=client.id,
            client_id=client.id,
            fields=["status", "closed_on"],
        )


def reopen_client(db: Database, client_id: uuid.UUID) -> None:
    """Open a closed dossier again."""
    with db.session() as session:
        client = get_client(session, client_id)
        client.status = ClientStatus.ACTIVE.value
        client.closed_on = None
        client.updated_at = utcnow()
        audit.record(
            session,
            action="reopen",
            record_type="client",
            record_id=client.id,
            client_id=client.id,
            fields=["status", "closed_on"],
        )
