"""Creditor use cases: the directory on disk, finding or adding creditors, editing, deleting."""

from __future__ import annotations

import re
import uuid
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from typing import Any, Final

from sqlmodel import Session, col, select

from app import audit
from app.clients import FormErrors
from app.db import Database
from app.errors import NotFoundError, UserError
from app.paths import resources_dir
from models import identifiers
from models.codes import Category, CreditorKind
from models.creditor_directory import (
    DirectoryEntry,
    default_category,
    match_creditor,
    normalize,
    parse_directory,
)
from models.forms import Cleaner, clean_form
from models.messages import Message, say
from models.tables import Creditor, Debt
from models.values import InvalidValue

DIRECTORY_FILE = "creditors.toml"
MAX_NAME = 200
MAX_TEXT = 200
#: The creditor's own fields a form may edit; ``directory_key`` is set only when adding.
CONTACT_FIELDS = ("kvk", "address", "postcode", "city", "iban", "phone", "email")
FIELDS = ("name", "kind", "category", "preferential", *CONTACT_FIELDS)

_TRUE = {"1", "true", "ja", "yes"}
_FALSE = {"", "0", "false", "nee", "no"}
_KVK_SEPARATORS = re.compile(r"[\s.\-]")


# ---------------------------------------------------------------------------------------------
# The directory


@lru_cache(maxsize=1)
def load_directory() -> tuple[DirectoryEntry, ...]:
    """The directory that ships with the program (resources/creditors.toml), read once.

    Lives here, not in models: models reads no files (DESIGN.md); it parses the text.

    Raises:
        TemplateError: The file breaks a rule; the message names the entry.
    """
    # utf-8-sig: a file edited in Windows Notepad may start with a byte order mark.
    text = (resources_dir() / DIRECTORY_FILE).read_text(encoding="utf-8-sig")
    return parse_directory(text, source=DIRECTORY_FILE)


def directory_entry(key: str) -> DirectoryEntry | None:
    """The directory entry with this key, or None."""
    return next((entry for entry in load_directory() if entry.key == key), None)


# ---------------------------------------------------------------------------------------------
# Validation


def _name(text: str, field: str) -> str:
    name = " ".join(text.split())
    if not name:
        raise InvalidValue(say("De naam van de schuldeiser is verplicht."), field=field)
    if len(name) > MAX_NAME:
        raise InvalidValue(
            say("De naam is te lang: hoogstens {max_name} tekens.", max_name=MAX_NAME), field=field
        )
    return name


def _text(text: str, field: str) -> str | None:
    value = text.strip()
    if len(value) > MAX_TEXT:
        raise InvalidValue(
            say("Dit is te lang: hoogstens {limit} tekens.", limit=MAX_TEXT), field=field
        )
    return value or None


def _code(allowed: type[CreditorKind] | type[Category], what: str) -> Cleaner:
    codes = {member.value for member in allowed}

    def clean(text: str, field: str) -> str | None:
        if not text.strip():
            return None
        if text.strip() not in codes:
            raise InvalidValue(say("Onbekende {what}: {text}.", what=what, text=text), field=field)
        return text.strip()

    return clean


def _flag(text: str, field: str) -> bool:
    value = text.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise InvalidValue(say("Kies ja of nee."), field=field)


def _kvk(text: str, field: str) -> str | None:
    digits = _KVK_SEPARATORS.sub("", text)
    if not digits:
        return None
    if not digits.isascii() or not digits.isdigit() or len(digits) != 8:
        raise InvalidValue(say("Een KvK-nummer heeft 8 cijfers."), field=field)
    return digits


def _optional(parse: Callable[..., str]) -> Cleaner:
    def clean(text: str, field: str) -> str | None:
        return parse(text, field=field) if text.strip() else None

    return clean


CREDITOR_FIELDS: Final[dict[str, Cleaner]] = {
    "name": _name,
    "kind": _code(CreditorKind, "soort schuldeiser"),
    "category": _code(Category, "categorie"),
    "preferential": _flag,
    "kvk": _kvk,
    "address": _text,
    "postcode": _optional(identifiers.normalize_postcode),
    "city": _text,
    "iban": _optional(identifiers.normalize_iban),
    "phone": _optional(identifiers.normalize_phone),
    "email": _optional(identifiers.normalize_email),
}


def _same_name(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _named(session: Session, name: str, *, other_than: uuid.UUID | None = None) -> Creditor | None:
    # Compared in Python: SQLite's lower() folds ASCII only ("UNIVÉ" would not find "Univé").
    rows = session.exec(select(Creditor.id, Creditor.name).order_by(col(Creditor.id))).all()
    for creditor_id, existing in rows:
        if creditor_id != other_than and _same_name(existing, name):
            return session.get(Creditor, creditor_id)
    return None


def _placeholder_problem(entry: DirectoryEntry, name: str | None) -> Message | None:
    """Why a name cannot stand for a placeholder entry (empty, or the placeholder itself)."""
    if name is not None and name.strip() and normalize(name) not in map(normalize, entry.names):
        return None
    if entry.kind == CreditorKind.MUNICIPALITY:
        return say("Vul de naam van de gemeente in, bijvoorbeeld Gemeente Zoetermeer.")
    if entry.kind == CreditorKind.WATER_BOARD:
        return say(
            "Vul de naam van het waterschap in, bijvoorbeeld Hoogheemraadschap van Delfland."
        )
    return say("Vul de naam van de schuldeiser in.")


# ---------------------------------------------------------------------------------------------
# Finding or adding a creditor inside another use case's transaction


def creditor_for_entry(
    session: Session, entry: DirectoryEntry, *, name: str | None = None
) -> Creditor:
    """The creditor row of a directory entry, added when there is none yet.

    Found by ``directory_key``; else an existing row of the same name without a key (the demo's,
    or one typed before) is linked to the entry; else a new row takes kind, category and the
    preferential flag from the entry. For a placeholder the real ``name`` ("Gemeente
    Zoetermeer") is needed and each real name is its own row; for other entries it is ignored.

    Raises:
        UserError: A placeholder without a real name, or a name that is too long.
    """
    real = entry.name
    if entry.placeholder:
        problem = _placeholder_problem(entry, name)
        if problem is not None:
            raise UserError(problem)
        real = _as_user_error(_name, name or "")
    rows = session.exec(
        select(Creditor).where(Creditor.directory_key == entry.key).order_by(col(Creditor.id))
    ).all()
    for row in rows:
        if not entry.placeholder or _same_name(row.name, real):
            return row
    existing = _named(session, real)
    if existing is not None:
        if existing.directory_key is None:
            existing.directory_key = entry.key
            session.add(existing)
            _audit(session, "update", existing.id, ["directory_key"])
        return existing
    creditor = Creditor(
        name=real,
        kind=entry.kind,
        category=entry.category,
        preferential=entry.preferential,
        directory_key=entry.key,
    )
    session.add(creditor)
    session.flush()
    _audit(session, "create", creditor.id, ["name", "kind", "category", "preferential"])
    return creditor


def creditor_by_name(
    session: Session,
    name: str,
    *,
    kind: str | None = None,
    directory: Sequence[DirectoryEntry] | None = None,
) -> Creditor:
    """An existing creditor with this name (case and spacing do not count), else a new one.

    A name that is exactly a directory name or alias ("Belastingdienst/Toeslagen") gives the
    directory's creditor; anything else becomes a creditor of the user's own, with ``kind``
    and that kind's usual category.

    Raises:
        UserError: An empty or too long name, or an unknown kind.
    """
    clean = _as_user_error(_name, name)
    code = _as_user_error(CREDITOR_FIELDS["kind"], kind or "")
    existing = _named(session, clean)
    if existing is not None:
        return existing
    entries = load_directory() if directory is None else directory
    for found in match_creditor(clean, entries, limit=1):
        if found.sure and found.score == 1.0:
            return creditor_for_entry(session, found.entry)
    creditor = Creditor(name=clean, kind=code, category=default_category(code) if code else None)
    session.add(creditor)
    session.flush()
    _audit(session, "create", creditor.id, ["name", "kind", "category"])
    return creditor


def _as_user_error(clean: Cleaner, text: str) -> Any:
    try:
        return clean(text, "")
    except InvalidValue as exc:
        raise UserError(exc.message) from None


def _audit(session: Session, action: str, creditor_id: uuid.UUID, fields: Sequence[str]) -> None:
    audit.record(
        session,
        action=action,
        record_type="creditor",
        record_id=creditor_id,
        client_id=None,
        fields=fields,
    )


# ---------------------------------------------------------------------------------------------
# The creditor list and its editing


def list_creditors(db: Database) -> list[dict[str, Any]]:
    """Every creditor with its fields and ``debt_count`` (debts naming it), sorted by name."""
    with db.session() as session:
        creditors = session.exec(select(Creditor)).all()
        uses: Counter[uuid.UUID] = Counter()
        for creditor_id, collector_id in session.exec(
            select(Debt.creditor_id, Debt.collector_id)
        ).all():
            uses[creditor_id] += 1
            if collector_id is not None and collector_id != creditor_id:
                uses[collector_id] += 1
        rows = [
            {
                "id": creditor.id,
                "directory_key": creditor.directory_key,
                **{field: getattr(creditor, field) for field in FIELDS},
                "debt_count": uses[creditor.id],
            }
            for creditor in creditors
        ]
    return sorted(rows, key=lambda row: (str(row["name"]).casefold(), str(row["id"])))


def creditor_details(db: Database, creditor_id: uuid.UUID) -> dict[str, str]:
    """A creditor's fields as a form shows them: text, the IBAN in groups, the flag as "1"."""
    with db.session() as session:
        creditor = _get(session, creditor_id)
        values = {field: getattr(creditor, field) for field in FIELDS}
        key = creditor.directory_key
    text = {field: "" if value is None else str(value) for field, value in values.items()}
    text["preferential"] = "1" if values["preferential"] else ""
    if values["iban"]:
        text["iban"] = identifiers.format_iban(str(values["iban"]))
    text["directory_key"] = key or ""
    return text


def _get(session: Session, creditor_id: uuid.UUID) -> Creditor:
    creditor = session.get(Creditor, creditor_id)
    if creditor is None:
        raise NotFoundError(say("Deze schuldeiser bestaat niet (meer)."))
    return creditor


def add_creditor(db: Database, raw: Mapping[str, str]) -> uuid.UUID:
    """A new creditor from form values; ``directory_key`` links it to a directory entry.

    Raises:
        FormErrors: A field is wrong or the name is taken (key ``name``); nothing is written.
    """
    values = dict(raw)
    key = values.pop("directory_key", "").strip() or None
    clean, errors = clean_form(values, CREDITOR_FIELDS)
    if "name" not in values:
        errors["name"] = say("De naam van de schuldeiser is verplicht.")
    entry = directory_entry(key) if key else None
    if key and entry is None:
        errors["name"] = say("Deze schuldeiser staat niet (meer) in de lijst: {key}.", key=key)
    if entry is not None and entry.placeholder and "name" not in errors:
        problem = _placeholder_problem(entry, str(clean["name"]))
        if problem is not None:
            errors["name"] = problem
    if errors:
        raise FormErrors(errors)
    name = str(clean["name"])
    with db.session() as session:
        if _named(session, name) is not None:
            raise FormErrors(
                {"name": say("Er is al een schuldeiser met de naam {name}.", name=name)}
            )
        if entry is not None and not entry.placeholder:
            linked = session.exec(select(Creditor).where(Creditor.directory_key == key)).first()
            if linked is not None:
                message = say(
                    "{name} staat al bij de schuldeisers, als {linked}.",
                    name=entry.name,
                    linked=linked.name,
                )
                raise FormErrors({"name": message})
        creditor = Creditor(**clean, directory_key=key)  # type: ignore[arg-type]
        session.add(creditor)
        session.flush()
        _audit(session, "create", creditor.id, [*clean, *(["directory_key"] if key else [])])
        return creditor.id


def update_creditor(db: Database, creditor_id: uuid.UUID, raw: Mapping[str, str]) -> dict[str, Any]:
    """Change the fields given; the others stay as they are.

    Returns:
        The old values of the fields that changed: ``restore_creditor`` puts them back.

    Raises:
        FormErrors: A field is wrong or the name is another creditor's; nothing is written.
        NotFoundError: No such creditor.
    """
    clean, errors = clean_form(raw, CREDITOR_FIELDS)
    if errors:
        raise FormErrors(errors)
    with db.session() as session:
        creditor = _get(session, creditor_id)
        name = clean.get("name")
        if isinstance(name, str) and _named(session, name, other_than=creditor_id) is not None:
            raise FormErrors(
                {"name": say("Er is al een schuldeiser met de naam {name}.", name=name)}
            )
        old = {
            field: getattr(creditor, field)
            for field, value in clean.items()
            if getattr(creditor, field) != value
        }
        _apply(session, creditor, {field: clean[field] for field in old})
        return old


def restore_creditor(db: Database, creditor_id: uuid.UUID, values: Mapping[str, Any]) -> None:
    """Put back the values ``update_creditor`` returned (undo); they are not checked again."""
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise KeyError(f"not creditor fields: {sorted(unknown)}")
    with db.session() as session:
        _apply(session, _get(session, creditor_id), values)


def _apply(session: Session, creditor: Creditor, values: Mapping[str, Any]) -> None:
    if not values:
        return
    for field, value in values.items():
        setattr(creditor, field, value)
    session.add(creditor)
    _audit(session, "update", creditor.id, list(values))


def delete_creditor(db: Database, creditor_id: uuid.UUID) -> None:
    """Remove a creditor that no debt names, as creditor or as collector.

    Raises:
        UserError: Debts still name it; nothing is removed.
        NotFoundError: No such creditor.
    """
    with db.session() as session:
        creditor = _get(session, creditor_id)
        used = session.exec(
            select(Debt.id).where(
                (col(Debt.creditor_id) == creditor_id) | (col(Debt.collector_id) == creditor_id)
            )
        ).all()
        if used:
            if len(used) == 1:
                message = say(
                    "{name} kan niet worden verwijderd: er is nog één schuld met deze "
                    "schuldeiser als schuldeiser of incassant. Kies bij die schuld eerst een "
                    "andere.",
                    name=creditor.name,
                )
            else:
                message = say(
                    "{name} kan niet worden verwijderd: er zijn nog {count} schulden met deze "
                    "schuldeiser als schuldeiser of incassant. Kies bij die schulden eerst een "
                    "andere.",
                    name=creditor.name,
                    count=len(used),
                )
            raise UserError(message)
        session.delete(creditor)
        _audit(session, "delete", creditor.id, [])
