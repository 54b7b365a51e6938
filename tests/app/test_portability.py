"""The schema is not SQLite-only: the migrations and the tables compile for PostgreSQL."""

from __future__ import annotations

import io
from contextlib import redirect_stdout

from alembic import command
from sqlalchemy import create_mock_engine
from sqlmodel import SQLModel

import models.tables  # noqa: F401
from app.db import _alembic_config


def test_portability_migrations_render_for_postgresql() -> None:
    config = _alembic_config()
    config.set_main_option("sqlalchemy.url", "postgresql://")
    out = io.StringIO()
    config.stdout = out
    with redirect_stdout(out):
        command.upgrade(config, "head", sql=True)
    sql = out.getvalue()
    assert "CREATE TABLE client" in sql
    assert "UUID" in sql  # native uuid columns on PostgreSQL
    assert "PRAGMA" not in sql


def test_portability_tables_compile_for_postgresql() -> None:
    statements: list[str] = []

    def collect(sql, *_args, **_kwargs) -> None:
        statements.append(str(sql.compile(dialect=engine.dialect)))

    engine = create_mock_engine("postgresql://", collect)
    SQLModel.metadata.create_all(engine, checkfirst=False)
    debt = next(s for s in statements if "CREATE TABLE debt" in s)
    assert "total BIGINT NOT NULL" in debt  # money is exact integer cents everywhere
