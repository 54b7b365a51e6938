"""Builders for backup tests: a fixed moment, raw reads of a backup, a proof, damage."""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path

import sqlcipher3
from document_builders import pdf_bytes, write
from sqlmodel import select

from app.db import Database
from app.documents import add_document
from app.paths import Paths
from app.secrets import StoreKey, open_key
from models.tables import Client

NOW = datetime(2026, 11, 26, 9, 30)


def client_names(db: Database) -> list[str]:
    with db.session() as session:
        return sorted(c.last_name for c in session.exec(select(Client)).all())


def key_of(paths: Paths) -> StoreKey:
    return open_key(paths)


def raw_query(path: Path, key: StoreKey, sql: str) -> list[tuple[object, ...]]:
    connection = sqlcipher3.connect(str(path))
    try:
        connection.execute(f'PRAGMA key = "{key.sqlcipher_key()}"')
        rows = connection.execute(sql).fetchall()
        connection.commit()
        return list(rows)
    finally:
        connection.close()


def add_proof(db: Database, client_id: uuid.UUID, tmp_path: Path, text: str) -> uuid.UUID:
    source = write(tmp_path / "in", f"{text}.pdf", pdf_bytes(text=text))
    return add_document(db, client_id, source, kind="letter")


def flip_bytes(path: Path, at: int, count: int = 64) -> None:
    """Damage ``count`` bytes of ``path`` from ``at`` on."""
    data = bytearray(path.read_bytes())
    for i in range(at, at + count):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))
