"""Creditor use cases: directory rows, creditors by name, adding, editing, undo and deleting."""

from __future__ import annotations

import uuid

import pytest
from builders import add_client
from creditor_builders import add_creditor_row, add_debt, creditor_audits, creditor_rows

from app import creditors
from app.clients import FormErrors
from app.db import Database
from app.errors import NotFoundError, UserError
from models.creditor_directory import DirectoryEntry

VALID = {
    "name": "Woonstichting De Linie",
    "kind": "landlord",
    "category": "other",
    "preferential": "",
    "kvk": "1234 5678",
    "address": "Dorpsstraat 1",
    "postcode": "2711ab",
    "city": "Zoetermeer",
    "iban": "nl91 abna 0417 1643 00",
    "phone": "079-1234567",
    "email": "Huur@Linie.NL",
}


def entry(key: str) -> DirectoryEntry:
    found = creditors.directory_entry(key)
    assert found is not None
    return found


# --- the directory ---------------------------------------------------------------------------


def test_load_directory_reads_the_packaged_file_once() -> None:
    first = creditors.load_directory()
    assert len(first) >= 60
    assert creditors.load_directory() is first


def test_directory_entry_by_key() -> None:
    assert entry("belastingdienst").name == "Belastingdienst"
    assert creditors.directory_entry("bestaat_niet") is None


# --- creditor_for_entry ----------------------------------------------------------------------


def test_creditor_for_entry_creates_the_row_once(db: Database) -> None:
    with db.session() as session:
        first = creditors.creditor_for_entry(session, entry("belastingdienst"))
        again = creditors.creditor_for_entry(session, entry("belastingdienst"))
    assert first.id == again.id
    (row,) = creditor_rows(db)
    assert (row.name, row.kind, row.category, row.preferential, row.directory_key) == (
        "Belastingdienst",
        "tax",
        "public",
        True,
        "belastingdienst",
    )
    assert (row.iban, row.address) == (None, None)
    assert creditor_audits(db) == [("create", "category,kind,name,preferential")]


def test_creditor_for_entry_links_a_row_of_the_same_name(db: Database) -> None:
    existing = add_creditor_row(db, "VATTENFALL", kind="energy")
    with db.session() as session:
        found = creditors.creditor_for_entry(session, entry("vattenfall"))
    assert found.id == existing
    assert [row.directory_key for row in creditor_rows(db)] == ["vattenfall"]
    assert creditor_audits(db) == [("update", "directory_key")]


def test_creditor_for_entry_placeholder_gives_one_row_per_real_name(db: Database) -> None:
    gemeente = entry("eigen_gemeente")
    with db.session() as session:
        zoetermeer = creditors.creditor_for_entry(session, gemeente, name="Gemeente Zoetermeer")
        delft = creditors.creditor_for_entry(session, gemeente, name="Gemeente Delft")
        again = creditors.creditor_for_entry(session, gemeente, name=" gemeente  zoetermeer ")
    assert zoetermeer.id == again.id != delft.id
    rows = creditor_rows(db)
    assert [row.name for row in rows] == ["Gemeente Delft", "Gemeente Zoetermeer"]
    assert {(row.kind, row.category, row.directory_key) for row in rows} == {
        ("municipality", "public", "eigen_gemeente")
    }


@pytest.mark.parametrize(
    ("key", "name", "message"),
    [
        ("eigen_gemeente", None, "Vul de naam van de gemeente in"),
        ("eigen_gemeente", "  ", "Vul de naam van de gemeente in"),
        ("eigen_gemeente", "Gemeente", "Vul de naam van de gemeente in"),
        ("eigen_waterschap", "Waterschap (eigen waterschap)", "Vul de naam van het waterschap"),
        ("eigen_waterschap", "x" * 201, "De naam is te lang"),
    ],
)
def test_creditor_for_entry_placeholder_needs_a_real_name(
    db: Database, key: str, name: str | None, message: str
) -> None:
    with pytest.raises(UserError, match=message), db.session() as session:
        creditors.creditor_for_entry(session, entry(key), name=name)
    assert creditor_rows(db) == []


# --- creditor_by_name ------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["Zus (Sandra)", "  zus  (SANDRA) "])
def test_creditor_by_name_finds_the_existing_one(db: Database, typed: str) -> None:
    existing = add_creditor_row(db, "Zus (Sandra)", kind="private")
    with db.session() as session:
        assert creditors.creditor_by_name(session, typed).id == existing
    assert len(creditor_rows(db)) == 1


def test_creditor_by_name_folds_accents_beyond_ascii(db: Database) -> None:
    existing = add_creditor_row(db, "Bouwbedrijf Ünal")
    with db.session() as session:
        assert creditors.creditor_by_name(session, "BOUWBEDRIJF ÜNAL").id == existing


def test_creditor_by_name_adds_a_user_creditor_with_the_kinds_category(db: Database) -> None:
    with db.session() as session:
        creditor = creditors.creditor_by_name(session, "Fietsenmaker Piet", kind="retail")
    (row,) = creditor_rows(db)
    assert row.id == creditor.id
    assert (row.name, row.kind, row.category, row.directory_key) == (
        "Fietsenmaker Piet",
        "retail",
        "other",
        None,
    )


def test_creditor_by_name_exact_directory_name_gives_the_directory_row(db: Database) -> None:
    with db.session() as session:
        creditor = creditors.creditor_by_name(session, "Belastingdienst/Toeslagen")
    assert (creditor.name, creditor.directory_key) == ("Dienst Toeslagen", "toeslagen")


def test_creditor_by_name_a_typo_is_not_taken_for_a_directory_name(db: Database) -> None:
    with db.session() as session:
        creditor = creditors.creditor_by_name(session, "Vattenfal")
    assert (creditor.name, creditor.directory_key, creditor.kind) == ("Vattenfal", None, None)


@pytest.mark.parametrize(
    ("name", "kind", "message"),
    [
        ("", None, "De naam van de schuldeiser is verplicht."),
        ("x" * 201, None, "De naam is te lang"),
        ("Piet", "friend", "Onbekende soort schuldeiser: friend."),
    ],
)
def test_creditor_by_name_refuses(db: Database, name: str, kind: str | None, message: str) -> None:
    with pytest.raises(UserError, match=message), db.session() as session:
        creditors.creditor_by_name(session, name, kind=kind)


# --- add, list, details ----------------------------------------------------------------------


def test_add_creditor_cleans_every_field(db: Database) -> None:
    creditor_id = creditors.add_creditor(db, VALID)
    (row,) = creditor_rows(db)
    assert row.id == creditor_id
    assert (row.kvk, row.postcode, row.iban, row.phone, row.email) == (
        "12345678",
        "2711 AB",
        "NL91ABNA0417164300",
        "0791234567",
        "Huur@linie.nl",
    )
    assert row.preferential is False
    # Field names only: no value (the city, the IBAN) reaches the audit trail.
    assert creditor_audits(db) == [
        ("create", "address,category,city,email,iban,kind,kvk,name,phone,postcode,preferential")
    ]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("name", "", "De naam van de schuldeiser is verplicht."),
        ("name", "x" * 201, "De naam is te lang: hoogstens 200 tekens."),
        ("kind", "vriend", "Onbekende soort schuldeiser: vriend."),
        ("category", "nuts", "Onbekende categorie: nuts."),
        ("preferential", "misschien", "Kies ja of nee."),
        ("kvk", "1234", "Een KvK-nummer heeft 8 cijfers."),
        ("postcode", "0123 AB", "Een postcode begint niet met een 0."),
        ("iban", "NL91 ABNA 0417 1643 01", "Dit IBAN klopt niet"),
        ("phone", "12345", "Dit telefoonnummer heeft niet het juiste aantal cijfers"),
        ("email", "huur.linie.nl", "Een e-mailadres heeft één @"),
        ("city", "x" * 201, "Dit is te lang"),
    ],
)
def test_add_creditor_refuses_a_bad_field(
    db: Database, field: str, value: str, message: str
) -> None:
    with pytest.raises(FormErrors) as error:
        creditors.add_creditor(db, {**VALID, field: value})
    assert list(error.value.errors) == [field]
    assert error.value.errors[field].startswith(message)
    assert creditor_rows(db) == []


def test_add_creditor_needs_a_name(db: Database) -> None:
    with pytest.raises(FormErrors) as error:
        creditors.add_creditor(db, {"city": "Delft"})
    assert error.value.errors == {"name": "De naam van de schuldeiser is verplicht."}


def test_add_creditor_refuses_a_name_already_taken(db: Database) -> None:
    add_creditor_row(db, "Woonstichting De Linie")
    with pytest.raises(FormErrors) as error:
        creditors.add_creditor(db, {**VALID, "name": " woonstichting de LINIE "})
    assert error.value.errors["name"] == (
        "Er is al een schuldeiser met de naam woonstichting de LINIE."
    )
    assert len(creditor_rows(db)) == 1


def test_add_creditor_with_a_placeholder_key_keeps_the_real_name(db: Database) -> None:
    raw = {"name": "Gemeente Zoetermeer", "kind": "municipality", "directory_key": "eigen_gemeente"}
    creditors.add_creditor(db, raw)
    (row,) = creditor_rows(db)
    assert (row.name, row.directory_key) == ("Gemeente Zoetermeer", "eigen_gemeente")


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (
            {"name": "Gemeente", "directory_key": "eigen_gemeente"},
            "Vul de naam van de gemeente in, bijvoorbeeld Gemeente Zoetermeer.",
        ),
        (
            {"name": "Iets", "directory_key": "verdwenen"},
            "Deze schuldeiser staat niet (meer) in de lijst: verdwenen.",
        ),
    ],
)
def test_add_creditor_refuses_a_bad_directory_key(
    db: Database, raw: dict[str, str], message: str
) -> None:
    with pytest.raises(FormErrors) as error:
        creditors.add_creditor(db, raw)
    assert error.value.errors == {"name": message}


def test_add_creditor_refuses_a_directory_entry_already_present(db: Database) -> None:
    with db.session() as session:
        creditors.creditor_for_entry(session, entry("cjib"))
    creditors.update_creditor(db, creditor_rows(db)[0].id, {"name": "CJIB Leeuwarden"})
    with pytest.raises(FormErrors) as error:
        creditors.add_creditor(db, {"name": "CJIB", "directory_key": "cjib"})
    assert error.value.errors == {"name": "CJIB staat al bij de schuldeisers, als CJIB Leeuwarden."}


def test_list_creditors_sorted_with_their_debt_count(db: Database) -> None:
    client = add_client(db)
    zus = add_creditor_row(db, "zus (Sandra)", kind="private")
    bank = add_creditor_row(db, "ING", kind="bank")
    intrum = add_creditor_row(db, "Intrum", kind="collection_agency")
    add_debt(db, client, bank, collector_id=intrum)
    add_debt(db, client, bank)
    rows = creditors.list_creditors(db)
    assert [(row["name"], row["debt_count"]) for row in rows] == [
        ("ING", 2),
        ("Intrum", 1),
        ("zus (Sandra)", 0),
    ]
    assert rows[2]["id"] == zus
    assert set(rows[0]) == {"id", "directory_key", "debt_count", *creditors.FIELDS}


def test_creditor_details_as_the_form_shows_them(db: Database) -> None:
    creditor_id = creditors.add_creditor(db, {**VALID, "preferential": "ja"})
    details = creditors.creditor_details(db, creditor_id)
    assert details["iban"] == "NL91 ABNA 0417 1643 00"
    assert details["preferential"] == "1"
    assert details["directory_key"] == ""
    assert details["postcode"] == "2711 AB"
    with pytest.raises(NotFoundError):
        creditors.creditor_details(db, uuid.uuid4())


# --- update and undo -------------------------------------------------------------------------


def test_update_creditor_returns_old_values_that_restore_puts_back(db: Database) -> None:
    creditor_id = creditors.add_creditor(db, VALID)
    old = creditors.update_creditor(
        db, creditor_id, {"name": "De Linie", "city": "Zoetermeer", "iban": ""}
    )
    assert old == {"name": "Woonstichting De Linie", "iban": "NL91ABNA0417164300"}
    (row,) = creditor_rows(db)
    assert (row.name, row.iban, row.kvk) == ("De Linie", None, "12345678")
    creditors.restore_creditor(db, creditor_id, old)
    (row,) = creditor_rows(db)
    assert (row.name, row.iban) == ("Woonstichting De Linie", "NL91ABNA0417164300")
    assert [action for action, _ in creditor_audits(db)] == ["create", "update", "update"]
    assert creditor_audits(db)[1] == ("update", "iban,name")


def test_update_creditor_without_changes_records_nothing(db: Database) -> None:
    creditor_id = creditors.add_creditor(db, VALID)
    assert creditors.update_creditor(db, creditor_id, {"city": " Zoetermeer "}) == {}
    assert len(creditor_audits(db)) == 1


def test_update_creditor_refuses_another_creditors_name_and_bad_fields(db: Database) -> None:
    add_creditor_row(db, "ING")
    creditor_id = creditors.add_creditor(db, VALID)
    with pytest.raises(FormErrors) as error:
        creditors.update_creditor(db, creditor_id, {"name": "ing"})
    assert error.value.errors == {"name": "Er is al een schuldeiser met de naam ing."}
    with pytest.raises(FormErrors) as error:
        creditors.update_creditor(db, creditor_id, {"email": "geen"})
    assert set(error.value.errors) == {"email"}
    assert creditors.update_creditor(db, creditor_id, {"name": VALID["name"].upper()}) == {
        "name": VALID["name"]
    }
    with pytest.raises(NotFoundError):
        creditors.update_creditor(db, uuid.uuid4(), {"city": "Delft"})


def test_restore_creditor_refuses_unknown_fields(db: Database) -> None:
    creditor_id = creditors.add_creditor(db, VALID)
    with pytest.raises(KeyError):
        creditors.restore_creditor(db, creditor_id, {"directory_key": "cjib"})


# --- delete ----------------------------------------------------------------------------------


def test_delete_creditor_without_debts(db: Database) -> None:
    creditor_id = add_creditor_row(db, "Fietsenmaker Piet")
    creditors.delete_creditor(db, creditor_id)
    assert creditor_rows(db) == []
    assert creditor_audits(db) == [("delete", None)]
    with pytest.raises(NotFoundError):
        creditors.delete_creditor(db, creditor_id)


@pytest.mark.parametrize("role", ["creditor", "collector"])
def test_delete_creditor_refused_while_a_debt_names_it(db: Database, role: str) -> None:
    client = add_client(db)
    bank = add_creditor_row(db, "ING")
    intrum = add_creditor_row(db, "Intrum")
    add_debt(db, client, bank, collector_id=intrum)
    target = bank if role == "creditor" else intrum
    name = "ING" if role == "creditor" else "Intrum"
    with pytest.raises(UserError) as error:
        creditors.delete_creditor(db, target)
    assert error.value.message.startswith(
        f"{name} kan niet worden verwijderd: er is nog één schuld met deze schuldeiser"
    )
    assert len(creditor_rows(db)) == 2


def test_delete_creditor_counts_the_debts(db: Database) -> None:
    client = add_client(db)
    bank = add_creditor_row(db, "ING")
    add_debt(db, client, bank)
    add_debt(db, client, bank)
    with pytest.raises(UserError, match="er zijn nog 2 schulden"):
        creditors.delete_creditor(db, bank)
