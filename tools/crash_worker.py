"""The writing process the crash drill kills: bulk writes through the app's use cases.

Run by ``tools.crash_drill`` only::

    python -m tools.crash_worker setup DATA_DIR WORK_DIR
    python -m tools.crash_worker run DATA_DIR WORK_DIR SEED

``setup`` creates the store (passphrase-keyed, never the keyring), a few dossiers with
proofs and one bundle to import, and exits normally. ``run`` writes until it is killed.

After each committed use case the ids it wrote are appended to ``WORK_DIR/ledger.txt`` as
``<kind> <uuid>`` lines and the ledger is synced: an id in the ledger was committed before
the kill, so the drill can demand it after. Before each use case an ``op <name>`` line is
written unsynced, so the drill can tell which use case a kill interrupted.
"""

from __future__ import annotations

import io
import os
import random
import shutil
import sys
import uuid
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TextIO

from app.actions import add_action
from app.bundle_export import ExportedBy, ExportOptions, export_bundle
from app.bundle_import import OnConflict, import_dossier
from app.bundle_read import read_bundle
from app.clients import create_client
from app.db import Database
from app.debt_sheet import NEW, import_debts, read_debt_sheet, suggest_creditors
from app.debts import CreditorPick, add_debt
from app.documents import add_document
from app.paths import resolve_paths
from app.store import open_database

#: The passphrase of the drill's throw-away store (never a real one).
PASSPHRASE = "crash-drill-wachtwoord"
TODAY = date(2026, 11, 27)
BY = ExportedBy("C. Drill", "Procesplaat test", "caseworker")
#: The bundle passphrase of the drill's encrypted exports.
BUNDLE_PASSPHRASE = "crash-drill-bundel"
LEDGER = "ledger.txt"
BUNDLES = "bundles"
SEED_BUNDLE = "seed/seed.zip"
READY = "ready"


def prompt(_new: bool) -> str:
    """The store's passphrase, for ``open_database``."""
    return PASSPHRASE


def open_store(data_dir: Path) -> Database:
    """The drill's store (created on first use), keyed by the drill's passphrase."""
    return open_database(resolve_paths(data_dir), prompt)


def proof_bytes(rng: random.Random, *, pages: int) -> bytes:
    """A valid PDF of some hundred kilobytes: random text does not compress."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pageCompression=0)
    for _ in range(pages):
        for row in range(60):
            page.drawString(40, 800 - 12 * row, f"{rng.getrandbits(400):x}")
        page.showPage()
    page.save()
    return buffer.getvalue()


class Ledger:
    """The side file of committed ids: appended and synced after each commit."""

    def __init__(self, path: Path) -> None:
        self._handle: TextIO = open(path, "a", encoding="utf-8")  # noqa: SIM115 - lives as long as the process

    def begin(self, op: str) -> None:
        self._handle.write(f"op {op}\n")
        self._handle.flush()

    def committed(self, kind: str, ids: Iterable[uuid.UUID]) -> None:
        self._handle.writelines(f"{kind} {value}\n" for value in ids)
        self._handle.flush()
        os.fsync(self._handle.fileno())


class Worker:
    """Chooses and runs use cases at random until killed."""

    def __init__(self, db: Database, work: Path, rng: random.Random, ledger: Ledger) -> None:
        self.db = db
        self.work = work
        self.rng = rng
        self.ledger = ledger
        self.clients: list[uuid.UUID] = []
        # The originals a use case reads; a killed worker leaves its last one behind.
        self.sources = work / "bronnen"
        shutil.rmtree(self.sources, ignore_errors=True)
        self.sources.mkdir(parents=True)

    def new_client(self) -> None:
        self.ledger.begin("client")
        client = create_client(
            self.db, {"last_name": f"Drill{self.rng.randrange(10**6)}"}, today=TODAY
        )
        self.ledger.committed("client", [client])
        self.clients.append(client)
        for _ in range(self.rng.randrange(1, 4)):
            self.ledger.begin("debt")
            debt = add_debt(
                self.db,
                client,
                creditor_id=CreditorPick(name=f"Schuldeiser {self.rng.randrange(50)}"),
                fields={"total": f"{self.rng.randrange(1, 10**6)},{self.rng.randrange(100):02}"},
                today=TODAY,
            )
            self.ledger.committed("debt", [debt])
            self.ledger.begin("action")
            action = add_action(self.db, client, {"title": "Bel de schuldeiser"}, today=TODAY)
            self.ledger.committed("action", [action])

    def debt_sheet(self) -> None:
        """Thirty debts in one transaction: the spreadsheet import."""
        client = self.some_client()
        name = self.sources / f"lijst-{uuid.uuid4()}.csv"
        lines = ["Schuldeiser;Kenmerk;Bedrag"]
        lines += [
            f"Lijst {self.rng.randrange(20)};K-{uuid.uuid4().hex[:10]};{amount},00"
            for amount in (self.rng.randrange(1, 5000) for _ in range(30))
        ]
        name.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
        preview = read_debt_sheet(name, today=TODAY)
        choices = {s.name: s.chosen or NEW for s in suggest_creditors(preview, db=self.db)}
        self.ledger.begin("debt_sheet")
        result = import_debts(
            self.db,
            client,
            preview,
            mapping=preview.mapping,
            creditor_choices=choices,
            today=TODAY,
        )
        self.ledger.committed("debt", result.debt_ids)
        name.unlink()

    def document(self) -> None:
        client = self.some_client()
        source = self.sources / f"bewijs-{uuid.uuid4()}.pdf"
        source.write_bytes(proof_bytes(self.rng, pages=self.rng.randrange(1, 120)))
        self.ledger.begin("document")
        document = add_document(self.db, client, source, kind="claim_statement")
        self.ledger.committed("document", [document])
        source.unlink()

    def bundle_import(self) -> None:
        self.ledger.begin("import")
        with read_bundle([self.work / SEED_BUNDLE]) as bundle:
            client = import_dossier(
                self.db,
                bundle.dossier,
                bundle.open,
                manifest=bundle.manifest,
                bag_info=bundle.bag_info,
                on_conflict=OnConflict.NEW,
                today=TODAY,
            )
        self.ledger.committed("client", [client])
        self.clients.append(client)

    def bundle_export(self) -> None:
        client = self.some_client()
        encrypted = self.rng.random() < 0.3
        parts = self.rng.random() < 0.3
        options = ExportOptions(
            exported_by=BY,
            passphrase=BUNDLE_PASSPHRASE if encrypted else None,
            max_part_bytes=1_000_000 if parts else None,
        )
        tag = ("aes-" if encrypted else "") + uuid.uuid4().hex[:12]
        self.ledger.begin("export")
        export_bundle(self.db, client, self.work / BUNDLES / f"{tag}.zip", options, today=TODAY)

    def some_client(self) -> uuid.UUID:
        if not self.clients:
            self.new_client()
        return self.rng.choice(self.clients)

    def step(self) -> None:
        cases = [self.new_client, self.debt_sheet, self.document]
        cases += [self.bundle_import, self.bundle_export]
        choice = self.rng.choices(cases, weights=[4, 2, 3, 1, 2])[0]
        choice()


def setup(data_dir: Path, work: Path) -> None:
    """The store, two dossiers with proofs, and the bundle the run imports."""
    db = open_store(data_dir)
    try:
        (work / BUNDLES).mkdir(parents=True, exist_ok=True)
        (work / SEED_BUNDLE).parent.mkdir(parents=True, exist_ok=True)
        worker = Worker(db, work, random.Random(0), Ledger(work / LEDGER))
        for _ in range(2):
            worker.new_client()
            for _ in range(2):
                worker.document()
        export_bundle(
            db, worker.clients[0], work / SEED_BUNDLE, ExportOptions(exported_by=BY), today=TODAY
        )
    finally:
        db.close()


def run(data_dir: Path, work: Path, seed: int) -> None:
    """Write until killed (or, without a kill, forever)."""
    db = open_store(data_dir)
    worker = Worker(db, work, random.Random(seed), Ledger(work / LEDGER))
    with db.session() as session:
        from sqlmodel import select

        from models.tables import Client

        worker.clients = list(session.exec(select(Client.id)).all())
    print(READY, flush=True)
    while True:
        worker.step()


def main(argv: list[str]) -> int:
    mode, data_dir, work = argv[0], Path(argv[1]), Path(argv[2])
    if mode == "setup":
        setup(data_dir, work)
    elif mode == "run":
        run(data_dir, work, int(argv[3]))
    else:
        print(f"crash_worker: unknown mode {mode}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
