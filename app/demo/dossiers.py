"""The four fixed demo dossiers, added idempotently."""

from __future__ import annotations

import uuid
from datetime import date

from sqlmodel import Session

from app import audit
from app.db import Database
from app.demo.common import (
    DEMO_ACTOR,
    DEMO_CLIENT_IDS,
    JAYDEN_ID,
    SAMIRA_ID,
    SMIT_ID,
    TANYA_ID,
    insert_rows,
)
from app.demo.creditors import DEMO_CREDITORS, creditor_rows
from app.demo.jayden import build_jayden
from app.demo.samira import build_samira
from app.demo.smit import build_smit
from app.demo.tanya import build_tanya
from models.tables import Client

_DEMO_BUILDERS = {
    TANYA_ID: build_tanya,
    JAYDEN_ID: build_jayden,
    SMIT_ID: build_smit,
    SAMIRA_ID: build_samira,
}


def add_demo_dossiers(session: Session, *, today: date) -> list[uuid.UUID]:
    """Adds Tanya's dossier and three others, with every date counted back from today.

    Idempotent: a demo client that is already in the database (by its fixed id) is left as
    it is. Creditors are shared with the directory: an existing creditor of the same name is
    reused. The caller commits.

    Returns:
        The ids of the demo clients, whether added now or before.
    """
    missing = [client_id for client_id in DEMO_CLIENT_IDS if session.get(Client, client_id) is None]
    if missing:
        creditors = creditor_rows(session, DEMO_CREDITORS)
        rows = [row for key in missing for row in _DEMO_BUILDERS[key](today, creditors).rows]
        insert_rows(session, rows)
    return list(DEMO_CLIENT_IDS)


def install_demo(db: Database, *, today: date, generated: int = 0) -> tuple[list[uuid.UUID], int]:
    """The demo dossiers (and ``generated`` load-test clients), each set in one transaction,
    every row with the ``create`` event the GUI would record, by the actor ``demo``.

    Tanya's referral follows: the full checklist with a few items marked and four small,
    invented proofs stored encrypted (see ``add_tanya_referral``).

    Returns:
        The demo clients' ids (Tanya first) and how many generated clients were added.
    """
    from app.demo.generated import add_generated_clients
    from app.demo.tanya_proofs import add_tanya_referral

    # Every row gets its create event, as if typed in the GUI, under the actor "demo": the
    # log of a demo dossier starts where the dossier does, and says it was never hers.
    with audit.acting_as(db, DEMO_ACTOR):
        with db.session() as session:
            ids = add_demo_dossiers(session, today=today)
        add_tanya_referral(db, today=today)
        added = 0
        if generated:
            with db.session() as session:
                added = len(add_generated_clients(session, generated, today=today))
    return ids, added
