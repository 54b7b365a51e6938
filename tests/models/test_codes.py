"""Every code a person can meet on screen has a Dutch label."""

from __future__ import annotations

from enum import StrEnum

import pytest

from models import codes


@pytest.mark.parametrize(
    ("kinds", "labels"),
    [
        (codes.MaritalStatus, codes.MARITAL_STATUS_LABELS),
        (codes.Gender, codes.GENDER_LABELS),
        (codes.AdministrationKind, codes.ADMINISTRATION_LABELS),
        (codes.Relation, codes.RELATION_LABELS),
        (codes.DebtStatus, codes.DEBT_STATUS_LABELS),
        (codes.EnforcementKind, codes.ENFORCEMENT_LABELS),
        (codes.Owner, codes.OWNER_LABELS),
        (codes.DocumentKind, codes.DOCUMENT_KIND_LABELS),
        (codes.CreditorKind, codes.CREDITOR_KIND_LABELS),
        (codes.Category, codes.CATEGORY_LABELS),
        (codes.Debtor, codes.DEBTOR_LABELS),
        (codes.ConversationKind, codes.CONVERSATION_KIND_LABELS),
    ],
)
def test_codes_every_code_has_a_dutch_label(kinds: type[StrEnum], labels: dict[str, str]) -> None:
    assert set(labels) == {kind.value for kind in kinds}
    assert all(text and text[0].isupper() for text in labels.values())


def test_codes_an_unknown_code_is_shown_as_it_came() -> None:
    assert codes.label(codes.DOCUMENT_KIND_LABELS, "x_future_kind") == "x_future_kind"
    assert codes.label(codes.DOCUMENT_KIND_LABELS, "letter") == "Brief"
