"""Encrypted backups of the store: made, verified, rotated and listed.

A backup is ``backups/<reason>-<YYYYmmdd-HHMMSS>.db``: an SQLCipher copy made with SQLite's
online backup API, encrypted with the store's own key (SQLCipher refuses to copy into a
plain target), verified before it gets its name. The proofs are files that never change
once written (``app/documents.py``), already encrypted one by one; a backup names the ones
its database refers to in ``<name>.documenten.txt`` and keeps them in one shared folder,
``backups/documenten/``, as hard links (no extra space while the proof is in use) or, on a
file system without links, as one copy each. So a restore brings back the proofs the
restored rows refer to, and a proof destroyed for good leaves the backups through rotation.

Restoring lives in ``app/backup_restore.py``; ``restore_backup`` and ``restore_in_place`` can
still be imported from here (lazily, as that module imports this one).
"""

from __future__ import annotations

import errno
import logging
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3

from app.atomic import replace_file
from app.cipher_file import open_connection
from app.db import known_error_message
from app.errors import UserError
from app.paths import Paths
from models.backup_rotation import (
    BackupName,
    backup_name,
    backups_to_remove,
    is_reason,
    parse_backup_name,
)
from models.messages import say
from models.tables import Document

if TYPE_CHECKING:
    from app.db import Database
    from app.secrets import StoreKey

__all__ = [
    "BackupDamagedError",
    "BackupInfo",
    "backup_before",
    "check_backup",
    "due_backup",
    "list_backups",
    "make_backup",
    "rotate_backups",
]

log = logging.getLogger("procesplaat")

PLAIN_HEADER = b"SQLite format 3\x00"
MANIFEST_SUFFIX = ".documenten.txt"
POOL = "documenten"
#: Stray files (a temporary backup of a crash, a proof no backup names) are removed only
#: after this long: a backup in another process may be writing them right now.
GRACE_SECONDS = 3600
_SIDECARS = ("-wal", "-shm", "-journal")
_CHUNK = 1024 * 1024
# One backup or rotation at a time in this process: a timer's backup and one made by hand
# must not share a name or sweep each other's proofs.
_lock = threading.RLock()


class BackupDamagedError(UserError):
    """A backup cannot be read with this store's key or fails its integrity check."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup as the list shows it.

    Attributes:
        path: The backup's database file.
        made_at: The local moment it was made.
        reason: Why it was made (``dagelijks``, ``voor-import``, ...).
        size: The database file's size in bytes.
        documents: How many proofs it keeps; None for a copy without proofs (the plain
            file copy older versions made before a migration, or a safety copy of a damaged
            database before a restore).
    """

    path: Path
    made_at: datetime
    reason: str
    size: int
    documents: int | None

    @property
    def label(self) -> str:
        """The reason in words for a person (Dutch)."""
        return BackupName(self.made_at, 1, self.path.name, self.reason).label


@dataclass(frozen=True)
class _Checked:
    revision: str | None
    counts: dict[str, int]
    stored_names: list[str]


def _row_counts(connection: Any) -> dict[str, int]:
    tables = [
        str(row[0])
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        name: int(connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
        for name in tables
    }


def _stored_names(connection: Any) -> list[str]:
    """The proofs' file names the document table names; none from a schema without them.

    Read by column name, not through the model: a backup before a migration has the schema
    of an older version.
    """
    table = Document.__tablename__
    columns = {str(row[1]) for row in connection.execute(f'PRAGMA table_info("{table}")')}
    if "stored_name" not in columns:
        return []
    return [str(r[0]) for r in connection.execute(f'SELECT stored_name FROM "{table}"')]


def check_backup(path: Path, key: StoreKey) -> _Checked:
    """Open a backup with the key and check it through: encrypted, intact, what it holds.

    The file is opened for writing (SQLite may need to roll back a journal), so check a
    copy or a file of our own, never the live database.

    Raises:
        BackupDamagedError: not encrypted, another key, or a failed integrity check.
    """
    with open(path, "rb") as handle:
        header = handle.read(16)
    if header == PLAIN_HEADER:
        raise BackupDamagedError(
            say(
                "De back-up {name} is niet versleuteld; Procesplaat gebruikt hem niet.",
                name=path.name,
            )
        )
    try:
        connection = open_connection(path, key)
    except sqlcipher3.DatabaseError as exc:
        raise BackupDamagedError(
            say(
                "De back-up {name} kan niet geopend worden met de sleutel van deze "
                "gegevensmap: hij is beschadigd of hoort bij een andere gegevensmap.",
                name=path.name,
            )
        ) from exc
    try:
        problems = connection.execute("PRAGMA cipher_integrity_check").fetchall()
        result = connection.execute("PRAGMA integrity_check").fetchall()
        if problems or result != [("ok",)]:
            raise BackupDamagedError(say("De back-up {name} is beschadigd.", name=path.name))
        counts = _row_counts(connection)
        revision = None
        if "alembic_version" in counts:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = str(row[0]) if row else None
        names = _stored_names(connection) if Document.__tablename__ in counts else []
    except sqlcipher3.DatabaseError as exc:
        raise BackupDamagedError(say("De back-up {name} is beschadigd.", name=path.name)) from exc
    finally:
        connection.close()
    return _Checked(revision, counts, names)


def _remove_with_sidecars(path: Path) -> None:
    for candidate in (path, *(path.with_name(path.name + s) for s in _SIDECARS)):
        candidate.unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":  # Windows cannot open a folder; its renames are durable enough
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _free_name(folder: Path, reason: str, now: datetime, revision: str | None = None) -> Path:
    moment = now.replace(microsecond=0)
    seq = 1
    while (folder / backup_name(reason, moment, seq, revision)).exists():
        seq += 1
    return folder / backup_name(reason, moment, seq, revision)


def _copy_file(source: Path, target: Path) -> None:
    """Copy in chunks to a temporary name beside ``target``, synced, then renamed."""
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        with open(source, "rb") as src, open(tmp, "wb") as dst:
            while chunk := src.read(_CHUNK):
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _link_or_copy(source: Path, target: Path) -> None:
    """Put ``source`` under ``target``: a hard link where the file system has them."""
    try:
        os.link(source, target)
    except FileExistsError:
        return  # the same proof, kept for an earlier backup: proofs never change
    except FileNotFoundError:
        raise
    except OSError:  # FAT, some network shares: no hard links
        _copy_file(source, target)


def _keep_documents(paths: Paths, stored_names: list[str]) -> list[str]:
    """Link the proofs into the shared folder; the names of those that are there."""
    pool = paths.backups / POOL
    pool.mkdir(parents=True, exist_ok=True)
    kept: list[str] = []
    for name in stored_names:
        if "/" in name or "\\" in name or name.startswith("."):
            continue  # never a path out of the documents folder
        try:
            _link_or_copy(paths.documents / name, pool / name)
        except FileNotFoundError:
            continue  # purged after the snapshot was taken: the backup cannot keep it
        kept.append(name)
    missing = len(stored_names) - len(kept)
    if missing:
        log.warning("backup: %d proofs were not found and are not kept", missing)
    return kept


#: The storage problems a person can act on, in Dutch; the system's own text (often English)
#: for the rare others.
_OS_REASONS = {
    getattr(errno, "EDQUOT", errno.ENOSPC): say("de schijfruimte die u mag gebruiken is op"),
    errno.ENOSPC: say("de schijf is vol"),
    errno.EROFS: say("de map is alleen-lezen"),
    errno.EACCES: say("u mag niet schrijven in de map met back-ups"),
    errno.EPERM: say("u mag niet schrijven in de map met back-ups"),
}


@contextmanager
def _raised_as_user_error(what: str) -> Iterator[None]:
    """Storage problems (disk full, read-only folder, locked) as a Dutch refusal."""
    try:
        yield
    except UserError:
        raise
    except OSError as exc:
        reason = _OS_REASONS.get(exc.errno or 0) or exc.strerror or str(exc)
        raise UserError(
            say("{what}: {reason}. Er is niets veranderd.", what=what, reason=reason)
        ) from exc
    except sqlcipher3.Error as exc:
        message = known_error_message(exc)
        if message is None:
            raise
        raise UserError(say("{what}. {message}", what=what, message=message)) from exc


def _write_backup(
    paths: Paths,
    key: StoreKey,
    source: Any,
    *,
    reason: str,
    now: datetime,
    revision: str | None = None,
) -> Path:
    """Copy ``source`` (an open connection) to a new verified backup; its path.

    Nothing here reads the tables through the models: the rows are counted table by table
    as SQLite lists them, so a database at an older schema (before a migration) is copied
    and verified as well as a current one.
    """
    if not is_reason(reason):
        raise ValueError(f"not a backup reason: {reason!r}")
    folder = paths.backups
    folder.mkdir(parents=True, exist_ok=True)
    final = _free_name(folder, reason, now, revision)
    tmp = folder / f".{final.name}.tmp"
    try:
        target = open_connection(tmp, key)
        try:
            # One read transaction: the rows counted are the rows copied.
            source.execute("BEGIN")
            try:
                expected = _row_counts(source)
                source.backup(target)
            finally:
                source.execute("COMMIT")
            # One file, no -wal beside it: a backup is copied and moved as one piece.
            target.execute("PRAGMA journal_mode = DELETE").fetchone()
        finally:
            target.close()
        checked = check_backup(tmp, key)
        if checked.counts != expected:
            raise BackupDamagedError(say("De back-up bevat niet alle gegevens."))
        kept = _keep_documents(paths, checked.stored_names)
        replace_file(_manifest(final), "".join(f"{n}\n" for n in kept).encode("ascii"))
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, final)
        _sync_folder(folder)
    except BackupDamagedError as exc:
        _remove_with_sidecars(tmp)
        _manifest(final).unlink(missing_ok=True)
        raise BackupDamagedError(
            say(
                "De back-up is mislukt: de controle na het schrijven vond een fout "
                "({message}) Er is geen back-up bijgekomen; probeer het opnieuw.",
                message=exc.message,
            )
        ) from exc
    except BaseException:
        _remove_with_sidecars(tmp)
        _manifest(final).unlink(missing_ok=True)
        raise
    return final


def _manifest(backup: Path) -> Path:
    return backup.with_name(backup.name[: -len(".db")] + MANIFEST_SUFFIX)


def _store_key(db: Database) -> StoreKey:
    key = db.store_key  # the store's own key: backups are encrypted with it
    if key is None or not db.is_sqlite:
        raise UserError(
            say(
                "Back-ups maakt Procesplaat alleen van een eigen versleutelde database;"
                " een gedeelde server maakt zijn eigen back-ups."
            )
        )
    return key


def make_backup(
    db: Database,
    *,
    reason: str,
    now: datetime | None = None,
    rotate: bool = True,
    revision: str | None = None,
) -> Path:
    """Make a verified, encrypted backup of the store now; its path.

    Made with SQLite's online backup API in one read transaction, so the app may go on
    writing meanwhile (WAL). The copy is written under a temporary name, opened again with
    the key, checked (``cipher_integrity_check``, ``integrity_check``, the rows of every
    table counted against the store's) and only then renamed; then rotation runs.

    Args:
        db: The open store.
        reason: Why: ``dagelijks``, ``handmatig``, ``voor-import``, ... (stands in the name).
        now: The moment in the name; the clock's when None.
        rotate: Remove the backups rotation no longer keeps (``rotate_backups``).
        revision: The schema revision to name in the file (``voor-migratie-0005-...``): the
            store's revision before a migration. The backup itself does not depend on the
            schema.

    Raises:
        BackupDamagedError: the check after writing failed; nothing was added.
        UserError: a shared server database, a full disk or a read-only folder.
    """
    key = _store_key(db)
    moment = now or datetime.now()
    with _lock, _raised_as_user_error(say("De back-up kon niet worden gemaakt")):
        pooled = db.engine.raw_connection()
        try:
            path = _write_backup(
                db.paths,
                key,
                pooled.driver_connection,
                reason=reason,
                now=moment,
                revision=revision,
            )
        finally:
            pooled.close()
        if rotate:
            rotate_backups(db.paths, today=moment.date())
    return path


def backup_before(db: Database, reason: str) -> Path | None:
    """A verified backup before a change that cannot be taken back (an import, a restore);
    None on a shared server database, which keeps its own backups.

    Raises:
        BackupDamagedError, UserError: as ``make_backup``; the change must then not go on.
    """
    if not db.is_sqlite:
        return None
    return make_backup(db, reason=reason)


def rotate_backups(paths: Paths, *, today: date, daily: int = 7, weekly: int = 4) -> list[Path]:
    """Remove the backups the rotation rule no longer keeps; the backups removed.

    See ``models.backup_rotation.backups_to_keep``: the newest of each of the last 7 days
    and 4 ISO weeks, backups for an occasion (import, migration, restore, by hand) for 30
    days. Also removed: what a crashed backup left (after an hour), and proofs in the
    shared folder that no remaining backup names.
    """
    folder = paths.backups
    if not folder.is_dir():
        return []
    with _lock:
        names = [p.name for p in folder.iterdir() if p.is_file()]
        removed: list[Path] = []
        for name in backups_to_remove(names, today=today, daily=daily, weekly=weekly):
            path = folder / name
            _remove_with_sidecars(path)
            _manifest(path).unlink(missing_ok=True)
            removed.append(path)
        _sweep(paths)
    if removed:
        log.info("backups: %d removed by rotation", len(removed))
    return removed


def _old(path: Path, now: float) -> bool:
    try:
        stat = path.lstat()
    except FileNotFoundError:
        return False
    # ctime: making a hard link touches it, so a proof just linked counts as new.
    return max(stat.st_mtime, stat.st_ctime) < now - GRACE_SECONDS


def _sweep(paths: Paths) -> None:
    folder = paths.backups
    now = time.time()
    named: set[str] = set()
    for path in folder.iterdir():
        if path.name.endswith(MANIFEST_SUFFIX):
            backup = path.with_name(path.name[: -len(MANIFEST_SUFFIX)] + ".db")
            if backup.exists():
                named.update(path.read_text("ascii", "replace").split())
            elif _old(path, now):
                path.unlink(missing_ok=True)
        elif path.name.startswith(".") and path.name.endswith(".tmp") and _old(path, now):
            _remove_with_sidecars(path)
    pool = folder / POOL
    if pool.is_dir():
        for path in pool.iterdir():
            if path.name not in named and path.is_file() and _old(path, now):
                path.unlink(missing_ok=True)


def list_backups(paths: Paths) -> list[BackupInfo]:
    """The backups in the data folder, newest first."""
    folder = paths.backups
    if not folder.is_dir():
        return []
    found: list[tuple[BackupName, BackupInfo]] = []
    for path in folder.iterdir():
        parsed = parse_backup_name(path.name)
        if parsed is None or not path.is_file():
            continue
        manifest = _manifest(path)
        try:
            size = path.stat().st_size
            documents = (
                len(manifest.read_text("ascii", "replace").split()) if manifest.exists() else None
            )
        except FileNotFoundError:  # removed by a rotation meanwhile
            continue
        info = BackupInfo(path, parsed.made_at, parsed.reason, size, documents)
        found.append((parsed, info))
    return [info for _, info in sorted(found, key=lambda pair: pair[0], reverse=True)]


def due_backup(paths: Paths, *, now: datetime) -> bool:
    """Whether today's backup is still to be made: none of any kind was made today."""
    return not any(b.made_at.date() >= now.date() for b in list_backups(paths))
