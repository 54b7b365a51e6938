"""The log speaks Dutch: every field the audit trail can name has a label a caseworker reads."""

from __future__ import annotations

import ast
from pathlib import Path

from sqlmodel import SQLModel

import models.tables  # noqa: F401  (registers every table)
from app.audit_view import FIELD_LABELS
from app.bundle_fields import KNOWN

APP = Path(__file__).resolve().parents[2] / "app"
#: Tables the trail never names field by field: itself, and the import's bookkeeping.
NOT_AUDITED_BY_FIELD = {"auditevent", "bundleimport"}


def test_every_column_of_an_audited_table_has_a_dutch_label() -> None:
    missing = [
        f"{table.name}.{column.name}"
        for table in SQLModel.metadata.sorted_tables
        if table.name not in NOT_AUDITED_BY_FIELD
        for column in table.columns
        if column.name not in FIELD_LABELS
    ]
    assert missing == []


def test_every_section_of_an_imported_dossier_has_a_dutch_label() -> None:
    """An import records the dossier's sections it read; those names reach the log too."""
    sections = {key for key in KNOWN[""] if key not in ("schema", "schema_version")}
    sections -= {"exported_at", "exported_by"}
    assert sorted(sections - FIELD_LABELS.keys()) == []


def _literal_fields() -> set[str]:
    """Every string written literally in a ``fields=[...]`` of the app's audit calls."""
    found: set[str] = set()
    for path in APP.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.keyword) and node.arg == "fields":
                for inner in ast.walk(node.value):
                    if isinstance(inner, ast.List):  # the names, not a join's separator
                        found.update(
                            item.value
                            for item in inner.elts
                            if isinstance(item, ast.Constant) and isinstance(item.value, str)
                        )
    return found


def test_every_field_named_literally_by_an_audit_call_has_a_dutch_label() -> None:
    literal = _literal_fields()
    assert {"bundle", "summary_pdf", "deleted_at"} <= literal  # the scan finds the calls
    assert sorted(literal - FIELD_LABELS.keys()) == []


def test_labels_are_lower_case_words_not_programmer_names() -> None:
    for name, label in FIELD_LABELS.items():
        assert "_" not in label, name
        assert label, name
        assert label == label.strip(), name
