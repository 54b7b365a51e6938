"""Round trip at ZIP level: export a generated dossier, read and import it, export it again.

The dict-level property (test_bundle_roundtrip.py) proves the rows; this one goes through
everything a desk would: the writer's ZIP (plain or WinZip AES, one file or parts), the
reader's checks, the import into an empty store, and a second export that must carry the
same dossier.json apart from who exported it and when.
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
import uuid
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from builders import open_db
from document_builders import write
from hypothesis import HealthCheck, Phase, given, settings

from app.bundle_export import ExportedBy, ExportOptions, export_bundle
from app.bundle_import import import_dossier
from app.bundle_read import read_bundle
from app.db import Database
from app.documents import add_document
from models.tables import Debt, JourneyEvent


def sibling(name: str) -> ModuleType:
    """A test module beside this one (tests/app is no package), loaded once."""
    key = f"tests.app.{name}"
    if key not in sys.modules:
        spec = importlib.util.spec_from_file_location(key, Path(__file__).with_name(f"{name}.py"))
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[key] = module
        spec.loader.exec_module(module)
    return sys.modules[key]


roundtrip = sibling("test_bundle_roundtrip")
TODAY = roundtrip.TODAY
PASSPHRASE = "correct paard batterij nietje é"
MB = 1000 * 1000
FIRST = (
    ExportedBy("B. Bakker", "Bewind BV", "bewindvoerder"),
    datetime(2026, 11, 26, 9, tzinfo=UTC),
)
AGAIN = (
    ExportedBy("A. de Ridder", "Gemeente Oost", "caseworker"),
    datetime(2026, 11, 27, tzinfo=UTC),
)


def readable(generated: Any) -> Any:
    """The generated dossier as the app itself lets it be: what our reader must accept.

    The app's debt form makes the total the sum of principal, interest and costs when all
    three are given; journey events sit in a phase of the client's process. (An event in a
    phase the process does not know is the contract test's known finding, not this one's.)
    """
    for row in generated.rows:
        if isinstance(row, JourneyEvent) and row.phase not in roundtrip.PHASES:
            row.phase = roundtrip.PHASES[0]
        if isinstance(row, Debt):
            parts = (row.principal, row.interest, row.costs)
            if all(part is not None for part in parts):
                row.total = sum(parts, start=Decimal("0.00"))
    return generated


def add_large_proofs(db: Database, client_id: uuid.UUID, folder: Path) -> None:
    """Two proofs of 0.6 MB each, so that parts of 1 MB really split the bundle."""
    for number in range(2):
        data = b"%PDF-1.4\n" + bytes([number + 1]) * 600_000 + b"\n%%EOF\n"
        add_document(db, client_id, write(folder, f"groot-{number}.pdf", data), kind="letter")


def export(
    db: Database, client_id: uuid.UUID, out: Path, who: tuple[ExportedBy, datetime], **options: Any
) -> list[Path]:
    out.parent.mkdir(parents=True, exist_ok=True)
    by, now = who
    chosen = ExportOptions(exported_by=by, **options)
    return export_bundle(db, client_id, out, chosen, today=TODAY, now=now)


def contents(paths: list[Path], passphrase: str | None) -> tuple[dict[str, Any], dict[str, str]]:
    """A bundle's dossier.json without the export's own keys, and its proofs' checksums."""
    with read_bundle(paths, passphrase=passphrase) as bundle:
        dossier = dict(bundle.dossier)
        proofs = {p: d for p, d in bundle.manifest.items() if p.startswith("documenten/")}
    for key in ("exported_at", "exported_by"):
        dossier.pop(key)
    return dossier, proofs


@pytest.mark.parametrize(
    ("passphrase", "in_parts"),
    [(None, False), (PASSPHRASE, False), (None, True), (PASSPHRASE, True)],
    ids=["plain", "encrypted", "parts", "encrypted parts"],
)
@settings(
    max_examples=3,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    # Each example writes two stores and four bundles: shrinking would take minutes.
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
)
@given(generated=roundtrip.dossiers().map(readable))
def test_zip_roundtrip_import_into_an_empty_store_exports_the_same_dossier_json(
    generated: Any, passphrase: str | None, in_parts: bool
) -> None:
    options: dict[str, Any] = {"passphrase": passphrase}
    if in_parts:
        options["max_part_bytes"] = 1 * MB
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = open_db(folder / "bron")
        target = open_db(folder / "doel")
        try:
            roundtrip.store(source, generated, folder / "originelen")
            if in_parts:
                add_large_proofs(source, generated.client_id, folder / "originelen")
            first = export(source, generated.client_id, folder / "uit" / "d.zip", FIRST, **options)
            with read_bundle(first, passphrase=passphrase) as bundle:
                imported = import_dossier(
                    target,
                    bundle.dossier,
                    bundle.open,
                    manifest=bundle.manifest,
                    bag_info=bundle.bag_info,
                    today=TODAY,
                )
            again = export(target, imported, folder / "weer" / "d.zip", AGAIN, **options)
            assert len(again) == len(first)
            if in_parts:
                assert len(first) > 1
            sent, sent_proofs = contents(first, passphrase)
            received, received_proofs = contents(again, passphrase)
        finally:
            source.close()
            target.close()
    assert imported == generated.client_id
    assert received_proofs == sent_proofs
    assert received == sent
