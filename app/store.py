"""Opening a data folder: its key, its encrypted database and its schema, in that order."""

from __future__ import annotations

import os

from app.db import Database
from app.errors import folder_unusable
from app.paths import DATABASE_URL_ENV, Paths
from app.secrets import PassphrasePrompt, StoreKey, open_key


def open_database(
    paths: Paths, prompt: PassphrasePrompt | None = None, *, key: StoreKey | None = None
) -> Database:
    """Open (or create) the data folder's database and migrate it to the current schema.

    The key is checked before any migration, so a wrong key or passphrase changes nothing.
    ``key``, when the start has already opened it (app.first_list), is used as it is: nobody
    is asked for the passphrase twice.

    Raises:
        UserError: wrong key, no key, newer database, an unusable folder, or a known storage
            problem.
    """
    url = os.environ.get(DATABASE_URL_ENV)
    try:
        # The PostgreSQL path has no key of ours: the server guards its data.
        database = (
            Database(paths, None, url=url)
            if url
            else Database(paths, key if key is not None else open_key(paths, prompt))
        )
    except OSError as exc:  # a read-only, missing or full data folder
        raise folder_unusable(paths.data_dir, exc) from exc
    try:
        database.check_key()
        database.migrate()
    except BaseException:
        database.close()
        raise
    from app import audit

    audit.follow_profile(database)  # the caseworker's name on every event of this store
    return database
