"""The store's secret: a random key in the OS keyring, or a key derived from a passphrase."""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import keyring
import keyring.errors

from app.atomic import create_exclusive
from app.errors import KeyUnavailableError, UserError
from app.paths import Paths
from models.messages import say

KEYRING_SERVICE = "Procesplaat"
PASSPHRASE_ENV = "PROCESPLAAT_PASSPHRASE"
MIN_PASSPHRASE_LENGTH = 10

# scrypt at n=2**15 costs about 0.1 s: paid once per start, never per connection, because
# SQLCipher is then given the raw key and skips its own key derivation.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1

KeySource = Literal["keyring", "passphrase"]
#: Asked for a passphrase; the argument says whether a new one is being chosen.
PassphrasePrompt = Callable[[bool], str | None]


@dataclass(frozen=True)
class StoreKey:
    """The 32-byte key of one data folder."""

    raw: bytes = b""
    source: KeySource = "keyring"
    store_id: str = ""

    def __repr__(self) -> str:
        return f"StoreKey(source={self.source!r}, store_id={self.store_id!r})"

    def sqlcipher_key(self) -> str:
        """The raw-key literal for SQLCipher's PRAGMA key (no KDF, so connecting is cheap)."""
        return f"x'{self.raw.hex()}'"

    def derive(self, purpose: str) -> bytes:
        """A separate 32-byte key for another purpose (documents, backups)."""
        return hmac.new(self.raw, purpose.encode(), hashlib.sha256).digest()


def keyring_usable() -> bool:
    """Whether the operating system offers a keyring that keeps secrets safely."""
    try:
        backend = keyring.get_keyring()
    except Exception:
        return False
    priority = getattr(backend, "priority", 0)
    try:
        return float(priority) > 0
    except (TypeError, ValueError):
        return False


def derive_key_from_passphrase(
    passphrase: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P
) -> bytes:
    """The 32-byte key scrypt derives from a passphrase with the folder's salt and cost.

    Public so that the lock screen (``app.unlock``) can check a passphrase against the open
    store without opening the database again. Deliberately slow (about 0.1 s).

    Raises:
        ValueError, MemoryError: an impossible cost (``n`` not a power of two, too big).
    """
    return hashlib.scrypt(
        passphrase.encode("utf-8"),
        salt=salt,
        n=n,
        r=r,
        p=p,
        maxmem=64 * 1024 * 1024,
        dklen=32,
    )


def _passphrase(prompt: PassphrasePrompt | None, *, new: bool) -> str:
    value = os.environ.get(PASSPHRASE_ENV)
    if not value and prompt is not None:
        value = prompt(new)
    if not value:
        raise KeyUnavailableError(
            say(
                "Er is geen sleutelbos van het besturingssysteem beschikbaar. Geef het "
                "wachtwoord van de gegevensmap op (op de opdrachtregel met "
                "{passphrase_env}).",
                passphrase_env=PASSPHRASE_ENV,
            )
        )
    if new and len(value) < MIN_PASSPHRASE_LENGTH:
        raise UserError(
            say(
                "Kies een wachtwoord van minstens {min_passphrase_length} tekens: het "
                "beschermt alle gegevens van uw klanten.",
                min_passphrase_length=MIN_PASSPHRASE_LENGTH,
            )
        )
    return value


def read_key_info(paths: Paths) -> dict[str, object] | None:
    """The data folder's key information (``store.json``): where the key comes from, never
    the key itself; None for a folder that has none yet.

    The keys: ``key_source`` (``keyring`` or ``passphrase``, always present and valid),
    ``store_id`` (the keyring entry's name), ``format`` and, for a passphrase, ``kdf`` (the
    scrypt salt and cost; read it with ``key_from_passphrase``).

    Raises:
        UserError: the file cannot be read as key information (damaged).
    """
    try:
        text = paths.store_info.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    try:
        info = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(
            say(
                "Het bestand {file} is beschadigd: {msg}.",
                file=paths.store_info,
                msg=exc.msg,
            )
        ) from exc
    if not isinstance(info, dict) or info.get("key_source") not in ("keyring", "passphrase"):
        raise UserError(say("Het bestand {file} is beschadigd.", file=paths.store_info))
    return info


def open_key(paths: Paths, prompt: PassphrasePrompt | None = None) -> StoreKey:
    """The key of an existing data folder, or a new one for a new folder.

    Raises:
        KeyUnavailableError: no keyring entry and no passphrase.
        UserError: the folder's key information is damaged or missing.
    """
    info = read_key_info(paths)
    if info is None:
        if paths.database.exists():
            raise UserError(
                say(
                    "De database {database} bestaat, maar {name} ontbreekt: zonder dat "
                    "bestand kan de sleutel niet gevonden worden. Er is niets veranderd.",
                    database=paths.database,
                    name=paths.store_info.name,
                )
            )
        return _create_key(paths, prompt)
    store_id = str(info.get("store_id", ""))
    if info["key_source"] == "keyring":
        try:
            secret = keyring.get_password(KEYRING_SERVICE, store_id)
        except keyring.errors.KeyringError as exc:
            raise KeyUnavailableError(
                say("De sleutelbos van het besturingssysteem is niet bereikbaar: {exc}", exc=exc)
            ) from exc
        if not secret:
            raise KeyUnavailableError(
                say(
                    "De sleutel van deze gegevensmap staat niet in de sleutelbos van dit "
                    "account. Start Procesplaat als de gebruiker die de map heeft gemaakt."
                )
            )
        return StoreKey(bytes.fromhex(secret), "keyring", store_id)
    _kdf_of(paths, info)  # damaged key information is reported before a passphrase is asked
    return key_from_passphrase(paths, info, _passphrase(prompt, new=False))


def _kdf_of(paths: Paths, info: dict[str, object]) -> tuple[bytes, int, int, int]:
    """The salt and scrypt cost in the key information."""
    kdf = info.get("kdf")
    if not isinstance(kdf, dict) or not isinstance(kdf.get("salt"), str):
        raise UserError(say("Het bestand {file} is beschadigd (kdf).", file=paths.store_info))
    try:
        return (
            bytes.fromhex(kdf["salt"]),
            int(kdf.get("n", SCRYPT_N)),
            int(kdf.get("r", SCRYPT_R)),
            int(kdf.get("p", SCRYPT_P)),
        )
    except (TypeError, ValueError) as exc:
        raise UserError(
            say("Het bestand {file} is beschadigd (kdf).", file=paths.store_info)
        ) from exc


def key_from_passphrase(paths: Paths, info: dict[str, object], passphrase: str) -> StoreKey:
    """The key a passphrase gives with the folder's salt and cost (``read_key_info``).

    Whether it is the right key is not known here: the database proves it when it opens,
    the lock screen by comparing it with the open store's key.

    Raises:
        UserError: the key information has no usable ``kdf`` (damaged).
    """
    salt, n, r, p = _kdf_of(paths, info)
    try:
        raw = derive_key_from_passphrase(passphrase, salt, n, r, p)
    except (ValueError, MemoryError) as exc:  # an impossible cost: not a power of two, too big
        raise UserError(
            say("Het bestand {file} is beschadigd (kdf).", file=paths.store_info)
        ) from exc
    return StoreKey(raw, "passphrase", str(info.get("store_id", "")))


def _create_key(paths: Paths, prompt: PassphrasePrompt | None) -> StoreKey:
    store_id = str(uuid.uuid4())
    if keyring_usable():
        raw = secrets.token_bytes(32)
        try:
            keyring.set_password(KEYRING_SERVICE, store_id, raw.hex())
        except keyring.errors.KeyringError:
            pass  # a keyring that refuses to store falls through to the passphrase
        else:
            info: dict[str, object] = {"store_id": store_id, "key_source": "keyring"}
            if _write_info(paths, info):
                return StoreKey(raw, "keyring", store_id)
            _forget(store_id)  # another start created this folder a moment ago: use its key
            return open_key(paths, prompt)
    salt = secrets.token_bytes(16)
    raw = derive_key_from_passphrase(_passphrase(prompt, new=True), salt)
    info = {
        "store_id": store_id,
        "key_source": "passphrase",
        "kdf": {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": salt.hex()},
    }
    if _write_info(paths, info):
        return StoreKey(raw, "passphrase", store_id)
    return open_key(paths, prompt)  # another start created this folder a moment ago


def _write_info(paths: Paths, info: dict[str, object]) -> bool:
    """Create the folder's key information; False when another process was first."""
    info["format"] = 1
    return create_exclusive(paths.store_info, (json.dumps(info, indent=2) + "\n").encode("utf-8"))


def _forget(store_id: str) -> None:
    with contextlib.suppress(keyring.errors.KeyringError):  # a leftover unused key is harmless
        keyring.delete_password(KEYRING_SERVICE, store_id)
