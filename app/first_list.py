"""The first client list of a start, read before the store's stack is imported.

Importing SQLAlchemy, SQLModel and the tables takes most of a second on a laptop; the client
list needs none of it. With the folder's key the encrypted file is opened by SQLCipher alone
and the list read by the store's own statements (app.client_rows), so the caseworker sees her
clients while the store opens behind them. Only a database at this program's schema is read
this way: one that must be migrated (or made) waits for the store, which backs it up first.
"""

from __future__ import annotations

import logging
import os
from datetime import date
from typing import TYPE_CHECKING

import sqlcipher3

from app.cipher_file import (
    SCHEMA_HEAD,
    WRONG_KEY,
    is_wrong_key,
    open_connection,
    schema_revision,
)
from app.client_rows import ClientRow, client_rows
from app.errors import WrongKeyError
from app.paths import DATABASE_URL_ENV, Paths

if TYPE_CHECKING:
    from app.secrets import StoreKey

log = logging.getLogger(__name__)


def applies() -> bool:
    """Whether the store is this folder's encrypted file (not a server database)."""
    return not os.environ.get(DATABASE_URL_ENV)


def prove_key(paths: Paths, key: StoreKey) -> None:
    """Check that ``key`` opens the folder's database (nothing to check without one).

    Raises:
        WrongKeyError: the key or passphrase does not fit.
    """
    if not paths.database.exists():
        return
    try:
        open_connection(paths.database, key).close()
    except sqlcipher3.DatabaseError as exc:
        if is_wrong_key(exc):
            raise WrongKeyError(WRONG_KEY) from exc
        log.warning("first list: the database did not open (%s)", type(exc).__name__)


def read_first_list(paths: Paths, key: StoreKey, *, today: date) -> list[ClientRow] | None:
    """Every client, read straight from the encrypted file; None when the store must open
    first: no database yet, another schema, or a file SQLite refuses (the store then says why).
    """
    if not paths.database.exists():
        return None
    try:
        connection = open_connection(paths.database, key)
    except sqlcipher3.Error as exc:
        log.warning("first list: the database did not open (%s)", type(exc).__name__)
        return None
    try:
        if schema_revision(connection) != SCHEMA_HEAD:
            return None
        return client_rows(lambda sql: connection.execute(sql).fetchall(), today=today)
    except sqlcipher3.Error as exc:
        log.warning("first list: not read (%s)", type(exc).__name__)
        return None
    finally:
        connection.close()
