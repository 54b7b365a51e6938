"""Recording who changed what: field names only, never personal values."""

from __future__ import annotations

import contextlib
import functools
import getpass
import threading
import uuid
import weakref
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlmodel import Session

from models.tables import AuditEvent

if TYPE_CHECKING:
    from app.db import Database
    from app.paths import Paths

__all__ = [
    "ACTIONS",
    "acting_as",
    "actor_for",
    "follow_profile",
    "os_user",
    "record",
    "record_now",
    "set_actor",
]

#: The actions an event names. ``destroy`` is a removal at the end of the retention term.
ACTIONS = (
    "create",
    "update",
    "delete",
    "close",
    "reopen",
    "import",
    "export",
    "print",
    "destroy",
)


class _Actor:
    """Who works in one store: a fixed name, or the name in the data folder's profile.

    The profile is read again only when its file changes, so that a name saved in the export
    wizard is the actor of the very next event without a file read per event.
    """

    def __init__(self, *, name: str | None = None, paths: Paths | None = None) -> None:
        self._name = name
        self._paths = paths
        self._stamp: tuple[int, int] | None = None
        self._lock = threading.Lock()

    def name(self) -> str | None:
        if self._paths is None:
            return self._name
        from app.profile import load_profile, profile_path

        try:
            info = profile_path(self._paths).stat()
        except OSError:  # no profile saved: the operating-system user says who it is
            return None
        stamp = (info.st_mtime_ns, info.st_size)
        with self._lock:
            if stamp != self._stamp:
                self._name = load_profile(self._paths).name
                self._stamp = stamp
            return self._name


#: The actor of each open store, by its engine: a session knows its engine, not its store.
_actors: weakref.WeakKeyDictionary[Engine, _Actor] = weakref.WeakKeyDictionary()


@functools.cache  # one process, one user; the lookup may read the password file each time
def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name on some locked-down systems: still record the event
        return "onbekend"


def follow_profile(db: Database) -> None:
    """Make the name in the data folder's profile (``app.profile``) the actor of every event.

    Called once when the store opens. A profile saved later (the export wizard saves it) is
    picked up at the next event. Without a saved profile the actor is left empty: the event
    still names the operating-system user.
    """
    _actors[db.engine] = _Actor(paths=db.paths)


def set_actor(db: Database, name: str | None) -> None:
    """Name the actor of every event in ``db`` from now on, whatever the profile says.

    For a script or a test that works under a name of its own; None records no actor.
    """
    _actors[db.engine] = _Actor(name=" ".join((name or "").split()) or None)


@contextlib.contextmanager
def acting_as(db: Database, name: str) -> Iterator[None]:
    """Name the actor of every event in ``db`` for the duration of the block, then give the
    store back the actor it had (the profile's name, or a ``set_actor`` name).

    For work the caseworker did not do herself, such as the demo dossiers: their events say
    ``demo``, and the caseworker's own events after it say her name again.
    """
    previous = _actors.get(db.engine)
    set_actor(db, name)
    try:
        yield
    finally:
        if previous is None:
            _actors.pop(db.engine, None)
        else:
            _actors[db.engine] = previous


def actor_for(session: Session) -> str | None:
    """The actor of the store the session writes to; None when no one was named."""
    try:
        bind = session.get_bind()
    except Exception:  # an unbound session (a bug elsewhere): the event still gets recorded
        return None
    engine = bind if isinstance(bind, Engine) else bind.engine
    actor = _actors.get(engine)
    return actor.name() if actor is not None else None


def record(
    session: Session,
    *,
    action: str,
    record_type: str,
    record_id: uuid.UUID | None,
    client_id: uuid.UUID | None,
    fields: Iterable[str] = (),
    actor: str | None = None,
) -> None:
    """Add an audit event to the current transaction (it commits or rolls back with it).

    Args:
        session: The use case's transaction.
        action: One of ``ACTIONS``.
        record_type: The kind of record ("client", "debt", "document", ...).
        record_id: The record's id, when it has one.
        client_id: The client whose dossier the record belongs to, when it does.
        fields: The names of the fields written: names only, never their values.
        actor: Who did it; the store's actor (``follow_profile``) when None.
    """
    session.add(
        AuditEvent(
            os_user=os_user(),
            actor=actor if actor is not None else actor_for(session),
            action=action,
            record_type=record_type,
            record_id=record_id,
            client_id=client_id,
            fields=",".join(sorted(fields)) or None,
        )
    )


def record_now(
    db: Database,
    *,
    action: str,
    record_type: str,
    record_id: uuid.UUID | None,
    client_id: uuid.UUID | None,
    fields: Iterable[str] = (),
) -> None:
    """Record an event in a transaction of its own: for an export or a print, written to
    a file outside the database, recorded once the file stands."""
    with db.session() as session:
        record(
            session,
            action=action,
            record_type=record_type,
            record_id=record_id,
            client_id=client_id,
            fields=fields,
        )
