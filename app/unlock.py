"""Unlocking a locked window: the data folder's own secret, checked again without reopening."""

from __future__ import annotations

import hmac
from typing import TYPE_CHECKING, Literal

import keyring
import keyring.errors

from app.errors import KeyUnavailableError, UserError, WrongKeyError
from app.secrets import KEYRING_SERVICE, StoreKey, key_from_passphrase, read_key_info

if TYPE_CHECKING:
    from app.db import Database

#: passphrase: the folder's passphrase is typed again. keyring: the key is read again from the
#: OS keyring of the person logged in. confirm: a shared server database has no key of ours.
UnlockMethod = Literal["passphrase", "keyring", "confirm"]

# The documents key stands in for the store key: it is derived from it one way, so equal
# documents keys mean equal store keys, and the store key itself never leaves Database.
_PURPOSE = "documents"


def unlock_method(db: Database | None) -> UnlockMethod:
    """How the person proves it is still them; 'confirm' when no store is open yet."""
    if db is None or not db.is_sqlite:
        return "confirm"
    info = read_key_info(db.paths)
    if info is not None and info.get("key_source") == "passphrase":
        return "passphrase"
    return "keyring"


def check_unlock(db: Database | None, passphrase: str = "") -> None:
    """Check the person's answer on the lock screen; returns when the window may unlock.

    Raises:
        WrongKeyError: the passphrase is not the data folder's.
        KeyUnavailableError: the keyring of this OS account no longer holds the folder's key.
        UserError: the folder's key information cannot be read.
    """
    method = unlock_method(db)
    if method == "confirm" or db is None:
        return
    expected = db.document_key()
    if method == "passphrase":
        if not passphrase:
            raise WrongKeyError("Geef het wachtwoord van de gegevensmap om verder te werken.")
        given = _from_passphrase(db, passphrase)
        if not hmac.compare_digest(given.derive(_PURPOSE), expected):
            raise WrongKeyError(
                "Dit wachtwoord klopt niet. Procesplaat blijft vergrendeld; probeer het opnieuw."
            )
        return
    if not hmac.compare_digest(_from_keyring(db).derive(_PURPOSE), expected):
        raise KeyUnavailableError(
            "De sleutelbos van deze gebruiker heeft een andere sleutel voor deze gegevensmap. "
            "Procesplaat blijft vergrendeld."
        )


def _from_passphrase(db: Database, passphrase: str) -> StoreKey:
    info = read_key_info(db.paths)
    if info is None:
        raise UserError(f"Het bestand {db.paths.store_info} ontbreekt.")
    return key_from_passphrase(db.paths, info, passphrase)


def _from_keyring(db: Database) -> StoreKey:
    info = read_key_info(db.paths)
    store_id = str(info.get("store_id", "")) if info else ""
    try:
        # Where the OS locks its keyring with the screen, this read asks for the OS password.
        secret = keyring.get_password(KEYRING_SERVICE, store_id)
    except keyring.errors.KeyringError as exc:
        raise KeyUnavailableError(
            "De sleutelbos van het besturingssysteem is niet bereikbaar; Procesplaat blijft "
            "vergrendeld. Ontgrendel de sleutelbos en probeer het opnieuw."
        ) from exc
    if not secret:
        raise KeyUnavailableError(
            "De sleutel van deze gegevensmap staat niet in de sleutelbos van deze gebruiker. "
            "Procesplaat blijft vergrendeld."
        )
    try:
        return StoreKey(bytes.fromhex(secret), "keyring", store_id)
    except ValueError as exc:
        raise KeyUnavailableError(
            "De sleutel in de sleutelbos is beschadigd. Procesplaat blijft vergrendeld."
        ) from exc
