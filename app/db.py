"""The encrypted database: engine, connections, migrations and sorting of SQLite errors."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.pool import QueuePool
from sqlmodel import Session

from app.cipher_file import SCHEMA_HEAD, WRONG_KEY, is_wrong_key, open_connection
from app.errors import NewerDatabaseError, UserError, WrongKeyError
from app.paths import Paths
from app.secrets import StoreKey
from models.messages import Message, say

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest schema revision this program knows."""
    return SCHEMA_HEAD


def alembic_head() -> str | None:
    """The head as Alembic reads it from the migration scripts."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def known_error_message(exc: BaseException) -> Message | None:
    """A Dutch message for the SQLite errors a person can act on; None for bugs.

    Like qutebrowser's misc/sql.py: disk full, read-only, locked and corrupt are the person's
    business; everything else is ours.
    """
    text = str(getattr(exc, "orig", exc)).lower()
    if "database or disk is full" in text or "disk i/o error" in text:
        return say("De schijf is vol of niet beschikbaar. Maak ruimte vrij en probeer het opnieuw.")
    if "readonly" in text or "read-only" in text:
        return say("De gegevensmap is alleen-lezen. Kies een map waarin u mag schrijven.")
    if "database is locked" in text or "database is busy" in text:
        return say(
            "De database is bezet door een ander programma of een tweede Procesplaat. "
            "Sluit dat en probeer het opnieuw."
        )
    if "file is not a database" in text or "malformed" in text:
        return say(
            "De database kan niet gelezen worden: verkeerde sleutel of een beschadigd bestand."
        )
    return None


class MigrationBackupError(UserError):
    """The backup before a migration failed, so the database was left at its old schema."""


class Database:
    """One encrypted SQLite database (or a PostgreSQL URL) with a pool of connections."""

    def __init__(self, paths: Paths, key: StoreKey | None, url: str | None = None) -> None:
        self.paths = paths
        self._key = key
        if url is not None:
            self.engine: Engine = create_engine(url, pool_pre_ping=True, hide_parameters=True)
            return
        if key is None:
            raise ValueError("an SQLite store needs a key")
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        # Each new SQLCipher connection costs real time and starts with a cold page cache, so
        # a small pool keeps them open: three, for the week's two readers (app/week.py) beside
        # the window's own; the most recently used first, whose cache is warmest.
        self.engine = create_engine(
            "sqlite://",
            creator=self._connect,
            poolclass=QueuePool,
            pool_size=3,
            max_overflow=4,
            pool_use_lifo=True,
            module=sqlcipher3,
            # Error messages must never carry personal data into a log.
            hide_parameters=True,
        )
        event.listen(self.engine, "connect", _sqlite_on_connect)

    @property
    def store_key(self) -> StoreKey | None:
        """The store's own key (backups are encrypted with it); None on a shared server."""
        return self._key

    def document_key(self) -> bytes:
        """The key for the documents in this data folder: derived from the store's secret.

        Raises:
            UserError: the store has no key of its own (a shared server database).
        """
        if self._key is None:
            raise UserError(say("Voor documenten is een versleutelde gegevensmap nodig."))
        return self._key.derive("documents")

    def _connect(self) -> Any:
        assert self._key is not None
        try:
            return open_connection(self.paths.database, self._key)
        except sqlcipher3.DatabaseError as exc:
            if is_wrong_key(exc):
                raise WrongKeyError(WRONG_KEY) from exc
            raise

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def check_key(self) -> None:
        """Open one connection, so a wrong key is reported before anything else happens."""
        try:
            with self.engine.connect():
                pass
        except WrongKeyError:
            raise
        except DBAPIError as exc:
            if isinstance(exc.orig, WrongKeyError):
                raise exc.orig from exc
            message = known_error_message(exc)
            if message:
                raise UserError(message) from exc
            raise

    def current_revision(self) -> str | None:
        """The schema revision stamped in the database; None for an empty database."""
        with self.engine.connect() as connection:
            if not inspect(connection).has_table("alembic_version"):
                return None
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
        return str(rows[0][0]) if rows else None

    def migrate(self) -> None:
        """Bring the schema to the head revision, with a verified backup first if it changes.

        The backup (``copy_before_migration``) is made before Alembic is even imported; if it
        fails, nothing is migrated.

        Raises:
            NewerDatabaseError: the database comes from a newer Procesplaat.
            MigrationBackupError: the backup before the migration failed; nothing changed.
        """
        current = self.current_revision()
        head = head_revision()
        if current == head:
            return
        if current is not None and current not in known_revisions():
            raise NewerDatabaseError(
                say(
                    "Deze database is gemaakt met een nieuwere versie van Procesplaat "
                    "(schema {current}). Installeer die versie; er is niets veranderd.",
                    current=current,
                )
            )
        if current is not None and self.is_sqlite:
            self.copy_before_migration(current)
        from alembic import command

        config = _alembic_config()
        with self.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    def copy_before_migration(self, revision: str) -> Path:
        """A verified, encrypted backup of the database before its schema changes; its path.

        Made by ``app.backup.make_backup`` (``voor-migratie-<revision>-<moment>.db``, with
        the proofs it names), so it is checked after writing, listed and restorable like any
        backup, and kept by rotation as an occasion (30 days). Nothing in it depends on the
        models: the database still has the schema ``revision``. Rotation is left to the next
        scheduled backup, so that a start does only what the migration needs.

        Raises:
            MigrationBackupError: the backup could not be made or failed its check (disk
                full, read-only folder, ...); the migration must then not run.
        """
        from app.backup import make_backup
        from models.backup_rotation import BEFORE_MIGRATION

        try:
            return make_backup(self, reason=BEFORE_MIGRATION, revision=revision, rotate=False)
        except UserError as exc:
            raise MigrationBackupError(
                say(
                    "Deze versie van Procesplaat moet de database bijwerken en maakt daarvoor "
                    "eerst een back-up. Die back-up is niet gelukt, dus is de database niet "
                    "bijgewerkt: {reason}",
                    reason=exc.message,
                )
            ) from exc

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One use case, one transaction: committed on success, rolled back on any error."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except OperationalError as exc:
                session.rollback()
                message = known_error_message(exc)
                if message:
                    raise UserError(message) from exc
                raise
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # 64 MB of page cache (the default is 8): the overviews across all clients read some
    # 30 MB, and every page that falls out of the cache must be decrypted again.
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.close()
