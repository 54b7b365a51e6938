"""Unlocking a locked window: the data folder's own secret, checked again without reopening.

A store whose key lives in the OS keyring has no secret of its own to ask: while the person
is logged in, the keyring hands the key over without a question (GNOME, Windows), so a click
would unlock. An unlock code closes that gap: chosen once by the caseworker, kept only as a
slow salted hash in the same keyring, beside the store's key (never in the data folder, so
deleting a file cannot remove it). With one set, the lock asks for it.
"""

from __future__ import annotations

import hmac
import json
import secrets
from typing import TYPE_CHECKING, Literal

import keyring
import keyring.errors

from app.errors import KeyUnavailableError, UserError, WrongKeyError
from app.secrets import (
    KEYRING_SERVICE,
    SCRYPT_N,
    SCRYPT_P,
    SCRYPT_R,
    StoreKey,
    derive_key_from_passphrase,
    key_from_passphrase,
    read_key_info,
)
from models.messages import say

if TYPE_CHECKING:
    from app.db import Database

#: passphrase: the folder's passphrase is typed again. code: the unlock code the caseworker
#: chose (a keyring store), and the key read again. keyring: the key is read again from the
#: OS keyring of the person logged in. confirm: a shared server database has no key of ours.
UnlockMethod = Literal["passphrase", "code", "keyring", "confirm"]

MIN_CODE_LENGTH = 6

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
    try:
        return "code" if _stored_code(db) is not None else "keyring"
    except KeyUnavailableError:
        return "keyring"  # the check reads the keyring again and stays locked if it fails


def has_unlock_code(db: Database) -> bool:
    """Whether the lock of this keyring store asks for an unlock code."""
    return unlock_method(db) == "code"


def set_unlock_code(db: Database, code: str) -> None:
    """Choose the unlock code the lock of a keyring store asks for from now on.

    Only a scrypt hash with its own salt is kept, in the keyring of this OS user. Call it
    only while the caseworker has just proven herself (the store has just opened, or the
    old code was typed), never from the lock screen.

    Raises:
        UserError: too short, or the store has a passphrase (its lock asks for that).
        KeyUnavailableError: the keyring refuses to store it.
    """
    if unlock_method(db) not in ("keyring", "code"):
        raise UserError(
            say("Deze gegevensmap heeft een wachtwoord; de vergrendeling vraagt daarom al.")
        )
    if len(code) < MIN_CODE_LENGTH:
        raise UserError(
            say(
                "Kies een ontgrendelcode van minstens {min_code_length} tekens.",
                min_code_length=MIN_CODE_LENGTH,
            )
        )
    salt = secrets.token_bytes(16)
    stored = {
        "salt": salt.hex(),
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "hash": derive_key_from_passphrase(code, salt).hex(),
    }
    try:
        keyring.set_password(KEYRING_SERVICE, _code_entry(db), json.dumps(stored))
    except keyring.errors.KeyringError as exc:
        raise KeyUnavailableError(
            say("De sleutelbos van het besturingssysteem bewaart de ontgrendelcode niet.")
        ) from exc


def _code_entry(db: Database) -> str:
    info = read_key_info(db.paths)
    return f"{info.get('store_id', '') if info else ''}:ontgrendelcode"


def _stored_code(db: Database) -> dict[str, object] | None:
    try:
        text = keyring.get_password(KEYRING_SERVICE, _code_entry(db))
    except keyring.errors.KeyringError as exc:
        raise KeyUnavailableError(
            say(
                "De sleutelbos van het besturingssysteem is niet bereikbaar; "
                "Procesplaat blijft vergrendeld."
            )
        ) from exc
    if not text:
        return None
    try:
        stored = json.loads(text)
    except json.JSONDecodeError:
        stored = None
    # A damaged entry must not open the lock: it is kept as a code nothing matches.
    return stored if isinstance(stored, dict) else {}


def _code_matches(stored: dict[str, object], code: str) -> bool:
    try:
        salt = bytes.fromhex(str(stored["salt"]))
        expected = bytes.fromhex(str(stored["hash"]))
        cost = (int(str(stored["n"])), int(str(stored["r"])), int(str(stored["p"])))
        given = derive_key_from_passphrase(code, salt, *cost)
    except (KeyError, TypeError, ValueError, MemoryError):
        return False
    return hmac.compare_digest(given, expected)


def check_unlock(db: Database | None, passphrase: str = "") -> None:
    """Check the person's answer on the lock screen; returns when the window may unlock.

    Args:
        db: The open store; None before it is open.
        passphrase: What was typed: the folder's passphrase, or the unlock code.

    Raises:
        WrongKeyError: the passphrase is not the data folder's, or the unlock code is wrong.
        KeyUnavailableError: the keyring of this OS account no longer holds the folder's key.
        UserError: the folder's key information cannot be read.
    """
    method = unlock_method(db)
    if method == "confirm" or db is None:
        return
    expected = db.document_key()
    if method == "passphrase":
        if not passphrase:
            raise WrongKeyError(say("Geef het wachtwoord van de gegevensmap om verder te werken."))
        given = _from_passphrase(db, passphrase)
        if not hmac.compare_digest(given.derive(_PURPOSE), expected):
            raise WrongKeyError(
                say(
                    "Dit wachtwoord klopt niet. Procesplaat blijft vergrendeld; probeer het"
                    " opnieuw."
                )
            )
        return
    if method == "code":
        stored = _stored_code(db)
        if not passphrase or stored is None or not _code_matches(stored, passphrase):
            raise WrongKeyError(
                say(
                    "Deze ontgrendelcode klopt niet. Procesplaat blijft vergrendeld; "
                    "probeer het opnieuw."
                )
            )
    if not hmac.compare_digest(_from_keyring(db).derive(_PURPOSE), expected):
        raise KeyUnavailableError(
            say(
                "De sleutelbos van deze gebruiker heeft een andere sleutel voor deze "
                "gegevensmap. Procesplaat blijft vergrendeld."
            )
        )


def _from_passphrase(db: Database, passphrase: str) -> StoreKey:
    info = read_key_info(db.paths)
    if info is None:
        raise UserError(say("Het bestand {file} ontbreekt.", file=db.paths.store_info))
    return key_from_passphrase(db.paths, info, passphrase)


def _from_keyring(db: Database) -> StoreKey:
    info = read_key_info(db.paths)
    store_id = str(info.get("store_id", "")) if info else ""
    try:
        # Where the OS locks its keyring with the screen, this read asks for the OS password.
        secret = keyring.get_password(KEYRING_SERVICE, store_id)
    except keyring.errors.KeyringError as exc:
        raise KeyUnavailableError(
            say(
                "De sleutelbos van het besturingssysteem is niet bereikbaar; "
                "Procesplaat blijft vergrendeld. Ontgrendel de sleutelbos en probeer "
                "het opnieuw."
            )
        ) from exc
    if not secret:
        raise KeyUnavailableError(
            say(
                "De sleutel van deze gegevensmap staat niet in de sleutelbos van deze "
                "gebruiker. Procesplaat blijft vergrendeld."
            )
        )
    try:
        return StoreKey(bytes.fromhex(secret), "keyring", store_id)
    except ValueError as exc:
        raise KeyUnavailableError(
            say("De sleutel in de sleutelbos is beschadigd. Procesplaat blijft vergrendeld.")
        ) from exc
