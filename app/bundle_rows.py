"""dossier.json to table rows: the exact inverse of ``app.dossier_json.dossier_dict``."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlmodel import SQLModel

from app.errors import UserError
from app.resources import load_process, process_keys
from models.codes import Relation
from models.coltypes import utcnow
from models.journey import current_phase
from models.tables import (
    Action,
    ChecklistItem,
    Client,
    Creditor,
    Debt,
    Document,
    Enforcement,
    ExpenseItem,
    Goal,
    HouseholdMember,
    IncomeItem,
    JourneyEvent,
    LifeDomainScore,
    Note,
)
from models.template_reader import TemplateError
from models.values import (
    InvalidValue,
    check_score,
    date_from_json,
    money_from_json,
    parse_moment,
)

NOTHING_READ = "Er is niets ingelezen."


def _keys(text: str) -> frozenset[str]:
    return frozenset(text.split())


PERSON = (
    "initials",
    "first_names",
    "prefix",
    "last_name",
    "gender",
    "birth_date",
    "bsn",
    "phone",
    "email",
)
#: The keys of each object this program stores; any other key is kept as unknown.
KNOWN: dict[str, frozenset[str]] = {
    "": _keys(
        "schema schema_version exported_at exported_by client journey goals life_domains "
        "income expenses creditors debts actions documents notes checklist deadlines"
    ),
    "client": frozenset(PERSON)
    | _keys(
        "id bank_name iban marital_status marital_status_since address partner household "
        "administration"
    ),
    "address": _keys("street house_number house_number_suffix postcode city"),
    "partner": frozenset(PERSON),
    "household": _keys("relation name birth_date"),
    "administration": _keys("kind administrator organisation decision_date"),
    "journey": _keys("process current_phase events"),
    "events": _keys("id phase kind on text client_words mood"),
    "goals": _keys("id text life_domain set_on reached_on"),
    "life_domains": _keys("domain score note"),
    "income": _keys("id kind source amount_per_month"),
    "expenses": _keys("id kind source amount_per_month"),
    "creditors": _keys("id name kind kvk address postcode city iban phone email"),
    "debts": _keys(
        "id creditor_id collector_id debtor reference customer_number origin_date "
        "original_amount principal interest costs total confirmed_on status preferential "
        "business category essential enforcement document_ids note"
    ),
    "enforcement": _keys("kind since until note"),
    "actions": _keys("id title owner due_on done_on phase debt_id note"),
    "documents": _keys(
        "id kind path sha256 size media_type part received_on description debt_id checklist_item"
    ),
    "notes": _keys("id written_at author text client_visible"),
    "checklist": _keys("template items"),
    "items": _keys("item state not_applicable document_ids note"),
}


class DossierError(UserError):
    """dossier.json breaks a rule this import needs; nothing was read in."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"De bundel is niet in orde ({where}): {problem} {NOTHING_READ}")
        self.where = where


class UnknownProcessError(UserError):
    """The dossier follows a process template this program does not have."""


@dataclass
class PlannedDocument:
    """A document row waiting for its file: where the bundle has it and what it must be."""

    number: int
    path: str
    sha256: str
    size: int
    row: Document


@dataclass
class DossierRows:
    """Every row of one dossier, ready to add, and what stays to be settled in a session.

    ``creditors`` are the bundle's, keyed by their id there: shared across clients, they are
    matched against the directory in the session and the debts pointed at the match.
    """

    client: Client
    rows: list[SQLModel]
    debts: list[Debt]
    creditors: dict[str, Creditor]
    documents: list[PlannedDocument]
    unknown: dict[str, Any] = field(default_factory=dict)
    sections: list[str] = field(default_factory=list)

    def ids_by_table(self) -> dict[Any, list[uuid.UUID]]:
        """The ids of every new row (creditors and the client aside), per table."""
        found: dict[Any, list[uuid.UUID]] = {}
        for row in self.rows:
            found.setdefault(type(row), []).append(row.id)  # type: ignore[attr-defined]
        for planned in self.documents:
            found.setdefault(Document, []).append(planned.row.id)
        return found


class _Ids:
    """The ids of the bundle's objects here: the bundle's own, or fresh ones for a new copy."""

    def __init__(self, *, fresh: bool) -> None:
        self.fresh = fresh
        self.defined: dict[tuple[str, str], uuid.UUID] = {}

    def define(self, kind: str, value: object, where: str) -> uuid.UUID:
        if value is None:
            return uuid.uuid4()
        source = _uuid(value, where)
        key = (kind, str(source))
        if key in self.defined:
            raise DossierError(where, "dit id komt twee keer voor.")
        self.defined[key] = uuid.uuid4() if self.fresh else source
        return self.defined[key]

    def ref(self, kind: str, value: object, where: str) -> uuid.UUID | None:
        if value is None:
            return None
        target = self.defined.get((kind, str(_uuid(value, where))))
        if target is None:
            raise DossierError(where, "dit id verwijst naar iets dat niet in de bundel staat.")
        return target


def _uuid(value: object, where: str) -> uuid.UUID:
    if not isinstance(value, str):
        raise DossierError(where, "een id is tekst (een UUID).")
    try:
        return uuid.UUID(value)
    except ValueError:
        raise DossierError(where, "dit is geen geldig id (UUID).") from None


def _obj(value: object, where: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise DossierError(where, "hier hoort een object.")
    return value


def _list(value: object, where: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise DossierError(where, "hier hoort een lijst.")
    return value


def _text(obj: Mapping[str, Any], key: str, where: str) -> str | None:
    value = obj.get(key)
    if value is None or isinstance(value, str):
        return value
    raise DossierError(f"{where}.{key}", "hier hoort tekst.")


def _required_text(obj: Mapping[str, Any], key: str, where: str) -> str:
    value = _text(obj, key, where)
    if value is None:
        raise DossierError(f"{where}.{key}", "dit veld is verplicht.")
    return value


def _bool(obj: Mapping[str, Any], key: str, where: str) -> bool:
    value = obj.get(key)
    if value is None or isinstance(value, bool):
        return bool(value)
    raise DossierError(f"{where}.{key}", "hier hoort waar of onwaar (true/false).")


def _date(obj: Mapping[str, Any], key: str, where: str) -> date | None:
    value = obj.get(key)
    if value is None:
        return None
    try:
        return date_from_json(value, field=key)
    except InvalidValue as exc:
        raise DossierError(f"{where}.{key}", exc.message) from None


def _money(obj: Mapping[str, Any], key: str, where: str) -> Decimal | None:
    value = obj.get(key)
    if value is None:
        return None
    try:
        return money_from_json(value, field=key)
    except InvalidValue as exc:
        raise DossierError(f"{where}.{key}", exc.message) from None


def _required_money(obj: Mapping[str, Any], key: str, where: str) -> Decimal:
    value = _money(obj, key, where)
    if value is None:
        raise DossierError(f"{where}.{key}", "dit bedrag is verplicht.")
    return value


def _score(obj: Mapping[str, Any], key: str, where: str) -> int | None:
    value = obj.get(key)
    if value is None:
        return None
    return _required_score(obj, where, key)


def _required_score(obj: Mapping[str, Any], where: str, key: str = "score") -> int:
    try:
        return check_score(obj.get(key), key)
    except InvalidValue as exc:
        raise DossierError(f"{where}.{key}", exc.message) from None


def _person(obj: Mapping[str, Any], where: str) -> dict[str, Any]:
    values: dict[str, Any] = {key: _text(obj, key, where) for key in PERSON}
    values["birth_date"] = _date(obj, "birth_date", where)
    values["last_name"] = values["last_name"] or ""
    return values


def _keep_unknown(unknown: dict[str, Any], kind: str, obj: Mapping[str, Any], where: str) -> None:
    for key, value in obj.items():
        if key not in KNOWN[kind]:
            unknown[f"{where}.{key}" if where else key] = value


def check_process(key: object) -> str:
    """The key of a process template this program has.

    Raises:
        UnknownProcessError: another template; its route cannot be shown here.
    """
    if not isinstance(key, str) or key not in process_keys():
        known = ", ".join(process_keys())
        raise UnknownProcessError(
            f"Dit dossier volgt het procesjabloon {str(key)!r}, dat dit programma niet kent "
            f"(wel: {known}). De route van de klant kan hier niet getoond worden. "
            "Voeg dat jabloon eerst toe. " + NOTHING_READ
        )
    try:
        load_process(key)
    except TemplateError as exc:
        raise UnknownProcessError(
            f"Het procesjabloon {key!r} is hier beschadigd: {exc}. {NOTHING_READ}"
        ) from exc
    return key


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
    ids = _Ids(fresh=fresh_ids)
    unknown: dict[str, Any] = {}
    _keep_unknown(unknown, "", dossier, "")
    source = _obj(dossier.get("client"), "client")
    journey = _obj(dossier.get("journey"), "journey")
    process = check_process(journey.get("process"))
    client = _client(source, process, ids, unknown)
    rows: list[SQLModel] = [*_household(source, client.id, unknown)]
    events = _events(journey, client.id, ids, unknown)
    rows += events
    order = {phase.key: index for index, phase in enumerate(load_process(process).phases)}
    given = journey.get("current_phase")
    if given is not None and given != current_phase(events, order):
        unknown["journey.current_phase"] = given  # another program's notion; kept, not shown
    rows += _goals_and_scores(dossier, client.id, ids, unknown)
    rows += _amounts(dossier, client.id, ids, unknown)
    creditors = _creditors(dossier, ids, unknown)
    debts, enforcements = _debts(dossier, client.id, ids, unknown)
    rows += debts
    rows += enforcements
    moment = utcnow()
    rows += _actions(dossier, client.id, ids, moment, unknown)
    items = _checklist(dossier, client.id, unknown)
    rows += items
    documents = _documents(dossier, client.id, ids, items, moment, unknown)
    _link_listed_documents(dossier, ids, documents, items)
    rows += _notes(dossier, client.id, ids, moment, unknown)
    sections = sorted(key for key in KNOWN[""] if dossier.get(key) not in (None, [], {}))
    return DossierRows(client, rows, debts, creditors, documents, unknown, sections)


def _client(source: Mapping[str, Any], process: str, ids: _Ids, unknown: dict[str, Any]) -> Client:
    where = "client"
    _keep_unknown(unknown, "client", source, where)
    if source.get("id") is None:
        raise DossierError("client.id", "dit veld is verplicht.")
    client_id = ids.define("client", source.get("id"), "client.id")
    address = _obj(source.get("address") or {}, "client.address")
    _keep_unknown(unknown, "address", address, "client.address")
    administration = _obj(source.get("administration") or {}, "client.administration")
    _keep_unknown(unknown, "administration", administration, "client.administration")
    return Client(
        id=client_id,
        **_person(source, where),
        bank_name=_text(source, "bank_name", where),
        iban=_text(source, "iban", where),
        marital_status=_text(source, "marital_status", where),
        marital_status_since=_date(source, "marital_status_since", where),
        street=_text(address, "street", "client.address"),
        house_number=_text(address, "house_number", "client.address"),
        house_number_suffix=_text(address, "house_number_suffix", "client.address"),
        postcode=_text(address, "postcode", "client.address"),
        city=_text(address, "city", "client.address"),
        administration_kind=_text(administration, "kind", "client.administration"),
        administrator=_text(administration, "administrator", "client.administration"),
        administration_organisation=_text(administration, "organisation", "client.administration"),
        administration_decision_date=_date(
            administration, "decision_date", "client.administration"
        ),
        process_key=process,
    )


def _household(
    source: Mapping[str, Any], client_id: uuid.UUID, unknown: dict[str, Any]
) -> list[HouseholdMember]:
    members: list[HouseholdMember] = []
    if source.get("partner") is not None:
        partner = _obj(source["partner"], "client.partner")
        _keep_unknown(unknown, "partner", partner, "client.partner")
        members.append(
            HouseholdMember(
                client_id=client_id,
                relation=Relation.PARTNER.value,
                **_person(partner, "client.partner"),
            )
        )
    for index, value in enumerate(_list(source.get("household"), "client.household")):
        where = f"client.household[{index}]"
        member = _obj(value, where)
        _keep_unknown(unknown, "household", member, where)
        relation = _text(member, "relation", where) or Relation.OTHER.value
        if relation == Relation.PARTNER.value:  # the partner has her own key
            unknown[f"{where}.relation"] = relation
            relation = Relation.OTHER.value
        # The bundle carries one name; it goes whole into the last name, so that it reads
        # and is exported again exactly as it came.
        members.append(
            HouseholdMember(
                client_id=client_id,
                relation=relation,
                last_name=_text(member, "name", where) or "",
                birth_date=_date(member, "birth_date", where),
            )
        )
    return members


def _events(
    journey: Mapping[str, Any], client_id: uuid.UUID, ids: _Ids, unknown: dict[str, Any]
) -> list[JourneyEvent]:
    _keep_unknown(unknown, "journey", journey, "journey")
    events = []
    for index, value in enumerate(_list(journey.get("events"), "journey.events")):
        where = f"journey.events[{index}]"
        event = _obj(value, where)
        _keep_unknown(unknown, "events", event, where)
        occurred_on = _date(event, "on", where)
        if occurred_on is None:
            raise DossierError(f"{where}.on", "een gebeurtenis heeft een datum.")
        events.append(
            JourneyEvent(
                id=ids.define("event", event.get("id"), f"{where}.id"),
                client_id=client_id,
                phase=_required_text(event, "phase", where),
                kind=_required_text(event, "kind", where),
                occurred_on=occurred_on,
                text=_text(event, "text", where),
                client_words=_text(event, "client_words", where),
                mood=_score(event, "mood", where),
            )
        )
    return events


def _goals_and_scores(
    dossier: Mapping[str, Any], client_id: uuid.UUID, ids: _Ids, unknown: dict[str, Any]
) -> list[SQLModel]:
    rows: list[SQLModel] = []
    for index, value in enumerate(_list(dossier.get("goals"), "goals")):
        where = f"goals[{index}]"
        goal = _obj(value, where)
        _keep_unknown(unknown, "goals", goal, where)
        rows.append(
            Goal(
                id=ids.define("goal", goal.get("id"), f"{where}.id"),
                client_id=client_id,
                text=_required_text(goal, "text", where),
                life_domain=_text(goal, "life_domain", where),
                set_on=_date(goal, "set_on", where),
                reached_on=_date(goal, "reached_on", where),
            )
        )
    for index, value in enumerate(_list(dossier.get("life_domains"), "life_domains")):
        where = f"life_domains[{index}]"
        score = _obj(value, where)
        _keep_unknown(unknown, "life_domains", score, where)
        # The bundle carries the current score only, without its date.
        rows.append(
            LifeDomainScore(
                client_id=client_id,
                domain=_required_text(score, "domain", where),
                score=_required_score(score, where),
                note=_text(score, "note", where),
            )
        )
    return rows


def _amounts(
    dossier: Mapping[str, Any], client_id: uuid.UUID, ids: _Ids, unknown: dict[str, Any]
) -> list[SQLModel]:
    rows: list[SQLModel] = []
    for key, table in (("income", IncomeItem), ("expenses", ExpenseItem)):
        for index, value in enumerate(_list(dossier.get(key), key)):
            where = f"{key}[{index}]"
            item = _obj(value, where)
            _keep_unknown(unknown, key, item, where)
            rows.append(
                table(
                    id=ids.define(key, item.get("id"), f"{where}.id"),
                    client_id=client_id,
                    kind=_required_text(item, "kind", where),
                    source=_text(item, "source", where),
                    amount_per_month=_required_money(item, "amount_per_month", where),
                )
            )
    return rows


def _creditors(
    dossier: Mapping[str, Any], ids: _Ids, unknown: dict[str, Any]
) -> dict[str, Creditor]:
    creditors: dict[str, Creditor] = {}
    for index, value in enumerate(_list(dossier.get("creditors"), "creditors")):
        where = f"creditors[{index}]"
        creditor = _obj(value, where)
        _keep_unknown(unknown, "creditors", creditor, where)
        # Creditors are shared by all clients: they keep their id, also in a new copy.
        source_id = _uuid(creditor.get("id"), f"{where}.id")
        if ("creditor", str(source_id)) in ids.defined:
            raise DossierError(f"{where}.id", "dit id komt twee keer voor.")
        ids.defined[("creditor", str(source_id))] = source_id
        creditors[str(source_id)] = Creditor(
            id=source_id,
            name=_required_text(creditor, "name", where),
            kind=_text(creditor, "kind", where),
            kvk=_text(creditor, "kvk", where),
            address=_text(creditor, "address", where),
            postcode=_text(creditor, "postcode", where),
            city=_text(creditor, "city", where),
            iban=_text(creditor, "iban", where),
            phone=_text(creditor, "phone", where),
            email=_text(creditor, "email", where),
        )
    return creditors


def _debts(
    dossier: Mapping[str, Any],
    client_id: uuid.UUID,
    ids: _Ids,
    unknown: dict[str, Any],
) -> tuple[list[Debt], list[Enforcement]]:
    debts: list[Debt] = []
    enforcements: list[Enforcement] = []
    for index, value in enumerate(_list(dossier.get("debts"), "debts")):
        where = f"debts[{index}]"
        debt = _obj(value, where)
        _keep_unknown(unknown, "debts", debt, where)
        row = Debt(
            id=ids.define("debt", debt.get("id"), f"{where}.id"),
            client_id=client_id,
            creditor_id=_required_ref(
                ids, "creditor", debt.get("creditor_id"), f"{where}.creditor_id"
            ),
            collector_id=ids.ref("creditor", debt.get("collector_id"), f"{where}.collector_id"),
            debtor=_text(debt, "debtor", where) or "client",
            reference=_text(debt, "reference", where),
            customer_number=_text(debt, "customer_number", where),
            origin_date=_date(debt, "origin_date", where),
            original_amount=_money(debt, "original_amount", where),
            principal=_money(debt, "principal", where),
            interest=_money(debt, "interest", where),
            costs=_money(debt, "costs", where),
            total=_required_money(debt, "total", where),
            confirmed_on=_date(debt, "confirmed_on", where),
            status=_text(debt, "status", where) or "reported",
            preferential=_bool(debt, "preferential", where),
            business=_bool(debt, "business", where),
            category=_text(debt, "category", where),
            essential=_bool(debt, "essential", where),
            note=_text(debt, "note", where),
        )
        debts.append(row)
        for number, measure_value in enumerate(_list(debt.get("enforcement"), where)):
            at = f"{where}.enforcement[{number}]"
            measure = _obj(measure_value, at)
            _keep_unknown(unknown, "enforcement", measure, at)
            enforcements.append(
                Enforcement(
                    debt_id=row.id,
                    kind=_required_text(measure, "kind", at),
                    since=_date(measure, "since", at),
                    until=_date(measure, "until", at),
                    note=_text(measure, "note", at),
                )
            )
    return debts, enforcements


def _actions(
    dossier: Mapping[str, Any],
    client_id: uuid.UUID,
    ids: _Ids,
    moment: datetime,
    unknown: dict[str, Any],
) -> list[Action]:
    actions = []
    for index, value in enumerate(_list(dossier.get("actions"), "actions")):
        where = f"actions[{index}]"
        action = _obj(value, where)
        _keep_unknown(unknown, "actions", action, where)
        actions.append(
            Action(
                id=ids.define("action", action.get("id"), f"{where}.id"),
                client_id=client_id,
                title=_required_text(action, "title", where),
                owner=_text(action, "owner", where) or "client",
                due_on=_date(action, "due_on", where),
                done_on=_date(action, "done_on", where),
                phase=_text(action, "phase", where),
                debt_id=ids.ref("debt", action.get("debt_id"), f"{where}.debt_id"),
                note=_text(action, "note", where),
                # The list is ordered by creation: the bundle's order is kept that way.
                created_at=moment + timedelta(microseconds=index),
            )
        )
    return actions


def _checklist(
    dossier: Mapping[str, Any], client_id: uuid.UUID, unknown: dict[str, Any]
) -> list[ChecklistItem]:
    if dossier.get("checklist") is None:
        return []
    checklist = _obj(dossier["checklist"], "checklist")
    _keep_unknown(unknown, "checklist", checklist, "checklist")
    template = _required_text(checklist, "template", "checklist")
    items = []
    for index, value in enumerate(_list(checklist.get("items"), "checklist.items")):
        where = f"checklist.items[{index}]"
        item = _obj(value, where)
        _keep_unknown(unknown, "items", item, where)
        items.append(
            ChecklistItem(
                client_id=client_id,
                template=template,
                item=_required_text(item, "item", where),
                state=_text(item, "state", where) or "open",
                not_applicable=_bool(item, "not_applicable", where),
                note=_text(item, "note", where),
            )
        )
    return items


def _documents(
    dossier: Mapping[str, Any],
    client_id: uuid.UUID,
    ids: _Ids,
    items: list[ChecklistItem],
    moment: datetime,
    unknown: dict[str, Any],
) -> list[PlannedDocument]:
    item_ids: dict[str, uuid.UUID] = {}
    for item in items:
        item_ids.setdefault(item.item, item.id)
    planned = []
    for index, value in enumerate(_list(dossier.get("documents"), "documents")):
        where = f"documents[{index}]"
        document = _obj(value, where)
        _keep_unknown(unknown, "documents", document, where)
        sha256 = _required_text(document, "sha256", where).lower()
        size = document.get("size")
        if isinstance(size, bool) or not isinstance(size, int) or size < 0:
            raise DossierError(f"{where}.size", "de grootte is een heel getal van bytes.")
        key = _text(document, "checklist_item", where)
        if key is not None and key not in item_ids:
            unknown[f"{where}.checklist_item"] = key  # an item the checklist does not list
        row = Document(
            id=ids.define("document", document.get("id"), f"{where}.id"),
            client_id=client_id,
            kind=_text(document, "kind", where) or "other",
            description=_text(document, "description", where),
            stored_name="",  # named once its file is in the store
            media_type=_text(document, "media_type", where),
            sha256=sha256,
            size=size,
            received_on=_date(document, "received_on", where),
            debt_id=ids.ref("debt", document.get("debt_id"), f"{where}.debt_id"),
            checklist_item_id=item_ids.get(key) if key is not None else None,
            created_at=moment + timedelta(microseconds=index),
        )
        path = _required_text(document, "path", where)
        planned.append(PlannedDocument(index + 1, path, sha256, size, row))
    return planned


def _link_listed_documents(
    dossier: Mapping[str, Any],
    ids: _Ids,
    documents: list[PlannedDocument],
    items: list[ChecklistItem],
) -> None:
    """Links the bundle gives from the other side: a debt's or an item's ``document_ids``.

    A document's own ``debt_id`` and ``checklist_item`` win; a list only fills in a link the
    document leaves open. Every id in a list must name a document of the bundle.
    """
    by_id = {planned.row.id: planned.row for planned in documents}
    for index, value in enumerate(_list(dossier.get("debts"), "debts")):
        where = f"debts[{index}].document_ids"
        debt_id = ids.ref("debt", value.get("id"), f"debts[{index}].id")
        for number, document_id in enumerate(_list(value.get("document_ids"), where)):
            row = by_id[_required_ref(ids, "document", document_id, f"{where}[{number}]")]
            if row.debt_id is None:
                row.debt_id = debt_id
    if dossier.get("checklist") is None:
        return
    listed = _list(dossier["checklist"].get("items"), "checklist.items")
    for index, (value, item) in enumerate(zip(listed, items, strict=True)):
        where = f"checklist.items[{index}].document_ids"
        for number, document_id in enumerate(_list(value.get("document_ids"), where)):
            row = by_id[_required_ref(ids, "document", document_id, f"{where}[{number}]")]
            if row.checklist_item_id is None:
                row.checklist_item_id = item.id


def _required_ref(ids: _Ids, kind: str, value: object, where: str) -> uuid.UUID:
    target = ids.ref(kind, value, where)
    if target is None:
        raise DossierError(where, "hier hoort een id.")
    return target


def _notes(
    dossier: Mapping[str, Any],
    client_id: uuid.UUID,
    ids: _Ids,
    moment: datetime,
    unknown: dict[str, Any],
) -> list[Note]:
    notes = []
    for index, value in enumerate(_list(dossier.get("notes"), "notes")):
        where = f"notes[{index}]"
        note = _obj(value, where)
        _keep_unknown(unknown, "notes", note, where)
        written = note.get("written_at")
        try:
            written_at = parse_moment(written, field="written_at") if written else moment
        except InvalidValue as exc:
            raise DossierError(f"{where}.written_at", exc.message) from None
        notes.append(
            Note(
                id=ids.define("note", note.get("id"), f"{where}.id"),
                client_id=client_id,
                written_at=written_at,
                author=_text(note, "author", where),
                text=_required_text(note, "text", where),
                client_visible=_bool(note, "client_visible", where),
            )
        )
    return notes
