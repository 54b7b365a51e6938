"""The encrypted database file opened with SQLCipher alone: no SQLAlchemy, no models.

The store (app.db), the backups and the first client list of a start (app.first_list) open
the file the same way: the store's raw key, SQLCipher's own stderr log off, and the key proven
by one read.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3

from models.messages import say

if TYPE_CHECKING:
    from app.secrets import StoreKey

#: The newest revision in migrations/versions; a test keeps it equal to Alembic's head. Kept
#: here so that a start on an up-to-date database imports neither Alembic nor SQLAlchemy to
#: know that.
SCHEMA_HEAD = "0007"

#: What a person is told when the key or passphrase does not open the database.
WRONG_KEY = say(
    "De database kan niet geopend worden met deze sleutel of dit wachtwoord. Er is niets veranderd."
)


def open_connection(path: Path, key: StoreKey) -> Any:
    """An SQLCipher connection to ``path`` with the store's key, the key proven by a read.

    Raises:
        sqlcipher3.DatabaseError: the key does not fit (``is_wrong_key``) or the file is no
            database.
    """
    connection = sqlcipher3.connect(str(path), check_same_thread=False, timeout=10.0)
    try:
        # A wrong key is our message to give; SQLCipher would also log it on stderr.
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f'PRAGMA key = "{key.sqlcipher_key()}"')
        # The first read proves the key: SQLCipher says 'file is not a database' otherwise.
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        connection.close()
        raise
    return connection


def is_wrong_key(exc: BaseException) -> bool:
    """Whether SQLCipher refused the file because the key does not fit."""
    return isinstance(exc, sqlcipher3.DatabaseError) and "not a database" in str(exc)


def schema_revision(connection: Any) -> str | None:
    """The schema revision stamped in the database; None for a database without one."""
    stamped = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if stamped is None:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None
