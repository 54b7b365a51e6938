"""What unlocks a locked window: the folder's passphrase, or its key still in the OS keyring."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from app.db import Database
from app.errors import KeyUnavailableError, UserError, WrongKeyError
from app.paths import resolve_paths
from app.store import open_database
from app.unlock import check_unlock, has_unlock_code, set_unlock_code, unlock_method

if TYPE_CHECKING:
    from conftest import MemoryKeyring

PASSPHRASE = "een goed wachtwoord"


@pytest.fixture
def passphrase_db(
    data_dir: Path, no_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Database]:
    monkeypatch.setenv("PROCESPLAAT_PASSPHRASE", PASSPHRASE)
    database = open_database(resolve_paths(data_dir))
    yield database
    database.close()


def test_unlock_method_of_a_keyring_store_is_the_keyring(db: Database) -> None:
    assert unlock_method(db) == "keyring"


def test_unlock_method_of_a_passphrase_store_is_the_passphrase(passphrase_db: Database) -> None:
    assert unlock_method(passphrase_db) == "passphrase"


def test_unlock_without_an_open_store_is_a_confirmation() -> None:
    assert unlock_method(None) == "confirm"
    check_unlock(None)  # nothing to check against: the click is the answer


def test_unlock_keyring_store_unlocks_while_the_keyring_holds_its_key(db: Database) -> None:
    check_unlock(db)  # returns: the key in the keyring is the open store's


def test_unlock_keyring_without_the_key_is_refused(
    db: Database, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.secrets.clear()
    with pytest.raises(KeyUnavailableError, match="blijft vergrendeld"):
        check_unlock(db)


def test_unlock_keyring_with_another_key_is_refused(
    db: Database, memory_keyring: MemoryKeyring
) -> None:
    for entry in memory_keyring.secrets:
        memory_keyring.secrets[entry] = "00" * 32
    with pytest.raises(KeyUnavailableError, match="andere sleutel"):
        check_unlock(db)


def test_unlock_right_passphrase_unlocks(passphrase_db: Database) -> None:
    check_unlock(passphrase_db, PASSPHRASE)


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        ("een fout wachtwoord", "Dit wachtwoord klopt niet"),
        (PASSPHRASE.upper(), "Dit wachtwoord klopt niet"),
        ("", "Geef het wachtwoord"),
    ],
)
def test_unlock_wrong_passphrase_is_refused_in_dutch(
    passphrase_db: Database, answer: str, message: str
) -> None:
    # PROCESPLAAT_PASSPHRASE is still set: the answer on the screen is what counts.
    with pytest.raises(WrongKeyError, match=message):
        check_unlock(passphrase_db, answer)


def test_unlock_damaged_key_information_is_a_user_error(passphrase_db: Database) -> None:
    info_file = passphrase_db.paths.store_info
    info = json.loads(info_file.read_text())
    info["kdf"]["n"] = 3  # not a power of two: scrypt refuses it
    info_file.write_text(json.dumps(info))
    with pytest.raises(UserError, match="beschadigd"):
        check_unlock(passphrase_db, PASSPHRASE)


# The unlock code of a keyring store ----------------------------------------------------------

CODE = "kantoor-4821"


def test_unlock_code_once_set_is_what_the_keyring_store_asks(db: Database) -> None:
    assert not has_unlock_code(db)
    set_unlock_code(db, CODE)
    assert has_unlock_code(db)
    assert unlock_method(db) == "code"
    check_unlock(db, CODE)


@pytest.mark.parametrize("answer", ["", "kantoor-4822", CODE.upper()])
def test_unlock_code_wrong_or_missing_keeps_the_lock(db: Database, answer: str) -> None:
    set_unlock_code(db, CODE)
    with pytest.raises(WrongKeyError, match="ontgrendelcode klopt niet"):
        check_unlock(db, answer)


def test_unlock_code_is_kept_as_a_salted_hash_in_the_keyring_only(
    db: Database, memory_keyring: MemoryKeyring
) -> None:
    set_unlock_code(db, CODE)
    stored = [v for k, v in memory_keyring.secrets.items() if "ontgrendelcode" in str(k)]
    assert len(stored) == 1
    assert CODE not in stored[0]
    assert CODE.encode() not in b"".join(
        p.read_bytes() for p in db.paths.data_dir.rglob("*") if p.is_file()
    )
    first = json.loads(stored[0])["hash"]
    set_unlock_code(db, CODE)  # a new salt: the same code, another hash
    (again,) = [v for k, v in memory_keyring.secrets.items() if "ontgrendelcode" in str(k)]
    assert json.loads(again)["hash"] != first


def test_unlock_code_right_but_the_keyring_lost_the_key_keeps_the_lock(
    db: Database, memory_keyring: MemoryKeyring
) -> None:
    set_unlock_code(db, CODE)
    for entry in list(memory_keyring.secrets):
        if "ontgrendelcode" not in str(entry):
            memory_keyring.secrets[entry] = "00" * 32
    with pytest.raises(KeyUnavailableError, match="andere sleutel"):
        check_unlock(db, CODE)


def test_unlock_code_damaged_in_the_keyring_opens_nothing(
    db: Database, memory_keyring: MemoryKeyring
) -> None:
    set_unlock_code(db, CODE)
    for entry in list(memory_keyring.secrets):
        if "ontgrendelcode" in str(entry):
            memory_keyring.secrets[entry] = "{kapot"
    assert unlock_method(db) == "code"
    with pytest.raises(WrongKeyError):
        check_unlock(db, CODE)


def test_unlock_code_too_short_is_refused(db: Database) -> None:
    with pytest.raises(UserError, match="minstens"):
        set_unlock_code(db, "12345")
    assert not has_unlock_code(db)


def test_unlock_code_on_a_passphrase_store_is_refused(passphrase_db: Database) -> None:
    with pytest.raises(UserError, match="wachtwoord"):
        set_unlock_code(passphrase_db, CODE)
    assert unlock_method(passphrase_db) == "passphrase"
