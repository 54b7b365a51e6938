"""Putting a backup back in the place of the store's database, checked before it replaces it.

Split from ``app/backup.py`` (making, verifying, rotating and listing backups), whose helpers
it shares: a restore checks the backup with ``check_backup``, keeps the current database with
the same writer a backup uses, and takes the same lock, so that a restore never runs beside
a backup or a rotation in this process.
"""

from __future__ import annotations

import logging
import os
from contextlib import suppress
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from app.backup import (
    _SIDECARS,
    POOL,
    BackupDamagedError,
    _copy_file,
    _free_name,
    _link_or_copy,
    _lock,
    _manifest,
    _raised_as_user_error,
    _remove_with_sidecars,
    _store_key,
    _sync_folder,
    _write_backup,
    check_backup,
)
from app.cipher_file import open_connection
from app.db import known_revisions
from app.errors import NewerDatabaseError, UserError
from app.paths import Paths
from models.backup_rotation import BEFORE_RESTORE
from models.messages import say

if TYPE_CHECKING:
    from app.db import Database
    from app.secrets import StoreKey

__all__ = ["restore_backup", "restore_in_place"]

log = logging.getLogger("procesplaat")


def _safety_copy(paths: Paths, key: StoreKey, now: datetime) -> Path | None:
    """A backup of the current database before a restore replaces it; None without one.

    A database that cannot be copied through SQLite (damaged: often why one restores) is
    copied as it is, file by file, so that nothing is lost that was there.
    """
    if not paths.database.exists():
        return None
    try:
        source = open_connection(paths.database, key)
    except sqlcipher3.DatabaseError:
        source = None
    if source is not None:
        try:
            return _write_backup(paths, key, source, reason=BEFORE_RESTORE, now=now)
        except (BackupDamagedError, sqlcipher3.DatabaseError):
            log.warning("restore: the current database could not be backed up; copied as is")
        finally:
            source.close()
    target = _free_name(paths.backups, BEFORE_RESTORE, now)
    for suffix in ("", "-wal"):
        original = paths.database.with_name(paths.database.name + suffix)
        if original.exists():
            _copy_file(original, target.with_name(target.name + suffix))
    return target


def _bring_back_documents(paths: Paths, backup: Path, stored_names: list[str]) -> None:
    manifest = _manifest(backup)
    if not manifest.exists():
        return
    kept = set(manifest.read_text("ascii", "replace").split())
    paths.documents.mkdir(parents=True, exist_ok=True)
    for name in stored_names:
        if name not in kept or (paths.documents / name).exists():
            continue
        with suppress(FileNotFoundError):  # swept meanwhile: the row will miss its file
            _link_or_copy(paths.backups / POOL / name, paths.documents / name)


def restore_backup(
    paths: Paths, backup: Path, *, key: StoreKey, now: datetime | None = None
) -> Path | None:
    """Put a backup in the place of the current database; the safety copy made first.

    Call this only while the database is closed: no ``Database`` of this data folder may
    be open in this or another process (close the window's store, restore, open it again;
    on the command line ``restore`` runs without opening the store). In order: the backup is
    copied beside the database and checked there (the key, ``integrity_check``, a schema
    this version knows); then the current database is backed up (``voor-terugzetten``);
    then the proofs the backup names come back into the documents folder; then the copy
    takes the database's name in one rename. A failure before that rename changes nothing.
    A backup of an older schema is migrated when the store is opened next.

    Args:
        paths: The data folder.
        backup: The backup's database file.
        key: The store's key; a backup of another data folder does not open with it.
        now: The moment in the safety copy's name; the clock's when None.

    Raises:
        BackupDamagedError: the backup is damaged or belongs to another data folder.
        NewerDatabaseError: the backup comes from a newer Procesplaat.
        UserError: the file does not exist, the disk is full, the folder is read-only.
    """
    if not backup.is_file():
        raise UserError(
            say("De back-up {backup} bestaat niet. Er is niets veranderd.", backup=backup)
        )
    moment = now or datetime.now()
    staged = paths.database.with_name(f".{paths.database.name}.restore.tmp")
    with _lock, _raised_as_user_error(say("De back-up kon niet worden teruggezet")):
        _remove_with_sidecars(staged)
        try:
            paths.data_dir.mkdir(parents=True, exist_ok=True)
            _copy_file(backup, staged)
            wal = backup.with_name(backup.name + "-wal")
            if wal.exists():  # a copy taken as it was carries its journal beside it
                _copy_file(wal, staged.with_name(staged.name + "-wal"))
            checked = check_backup(staged, key)
            _check_revision(checked.revision)
            safety = _safety_copy(paths, key, moment)
            _bring_back_documents(paths, backup, checked.stored_names)
            # The old journal belongs to the old file: left beside the new one, SQLite
            # would replay it into the restored database.
            for suffix in _SIDECARS:
                paths.database.with_name(paths.database.name + suffix).unlink(missing_ok=True)
            os.replace(staged, paths.database)
            _sync_folder(paths.data_dir)
        finally:
            _remove_with_sidecars(staged)
    log.info("backup restored")
    return safety


def _check_revision(revision: str | None) -> None:
    if revision is None:
        raise BackupDamagedError(
            say("Dit bestand is geen database van Procesplaat. Er is niets veranderd.")
        )
    if revision not in known_revisions():
        raise NewerDatabaseError(
            say(
                "Deze back-up is gemaakt met een nieuwere versie van Procesplaat "
                "(schema {revision}). Installeer die versie; er is niets veranderd.",
                revision=revision,
            )
        )


def restore_in_place(db: Database, backup: Path, *, now: datetime | None = None) -> Path | None:
    """Restore a backup under an open store and go on with the same ``Database``.

    For the window: the store's pooled connections are closed, the backup restored
    (``restore_backup``) and its schema brought to this version; each new connection then
    opens the restored file. No connection of ``db`` may be checked out meanwhile (no
    background work), and everything shown must be read again afterwards. A refusal leaves
    the store as it was, and ``db`` goes on working with it.

    Returns:
        The safety copy of the database as it was before.

    Raises:
        UserError: see ``restore_backup``; also a shared server database.
    """
    key = _store_key(db)
    db.close()
    safety = restore_backup(db.paths, backup, key=key, now=now)
    db.migrate()
    return safety
