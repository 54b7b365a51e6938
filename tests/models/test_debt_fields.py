"""A debt is cleaned in one place: every refusal with a Dutch message at its field."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from models.debt_fields import DebtFieldErrors, clean_debt, clean_enforcement

TODAY = date(2026, 11, 27)


def test_clean_debt_turns_dutch_text_into_typed_values() -> None:
    clean = clean_debt(
        {
            "total": "€ 1.234,56",
            "confirmed_on": "01-10-2026",
            "status": "confirmed",
            "debtor": "joint",
            "category": "public",
            "preferential": "ja",
            "essential": True,
            "reference": "  12-345 ",
        },
        today=TODAY,
    )
    assert clean["total"] == Decimal("1234.56")
    assert clean["confirmed_on"] == date(2026, 10, 1)
    assert clean["preferential"] is True
    assert clean["essential"] is True
    assert clean["reference"] == "12-345"


def test_clean_debt_total_is_the_sum_of_its_parts_when_left_empty() -> None:
    clean = clean_debt(
        {"principal": "100,00", "interest": "0,10", "costs": "40", "total": ""}, today=TODAY
    )
    assert clean["total"] == Decimal("140.10")


@pytest.mark.parametrize(
    ("raw", "field", "words"),
    [
        ({"total": "-5"}, "total", "negatief"),
        ({"total": "99999999"}, "total", "onwaarschijnlijk hoog"),
        ({"total": "veel"}, "total", "geen bedrag"),
        ({"total": "12,345"}, "total", "twee cijfers"),
        ({"total": ""}, "total", "Vul het totaal in"),
        ({"total": "10", "confirmed_on": "01-12-2026"}, "confirmed_on", "toekomst"),
        ({"total": "10", "origin_date": "31-02-2020"}, "origin_date", "bestaat niet"),
        ({"total": "10", "status": "paid"}, "status", "Onbekende status"),
        ({"total": "10", "debtor": "neighbour"}, "debtor", "Onbekende schuldenaar"),
        ({"total": "10", "category": "Zorgg"}, "category", "Onbekende soort"),
        ({"total": "10", "business": "misschien"}, "business", "ja of nee"),
        ({"total": "10", "reference": "x" * 101}, "reference", "te lang"),
        (
            {"total": "100", "principal": "80", "interest": "10", "costs": "5"},
            "total",
            "niet gelijk",
        ),
        ({"total": "100", "principal": "120"}, "total", "meer dan het totaal"),
    ],
)
def test_clean_debt_refuses_with_a_dutch_message_at_the_field(
    raw: dict[str, object], field: str, words: str
) -> None:
    with pytest.raises(DebtFieldErrors) as caught:
        clean_debt(raw, today=TODAY)
    assert field in caught.value.errors
    assert words in caught.value.errors[field]


def test_clean_debt_reports_every_refused_field_at_once() -> None:
    with pytest.raises(DebtFieldErrors) as caught:
        clean_debt({"total": "-1", "status": "x", "confirmed_on": "morgen"}, today=TODAY)
    assert set(caught.value.errors) == {"total", "status", "confirmed_on"}


def test_clean_debt_refuses_a_float_amount() -> None:
    with pytest.raises(DebtFieldErrors) as caught:
        clean_debt({"total": 12.5}, today=TODAY)
    assert "total" in caught.value.errors


def test_clean_enforcement_checks_kind_and_dates() -> None:
    clean = clean_enforcement(
        {"kind": "eviction", "since": "02-11-2026", "until": "01-02-2027"}, today=TODAY
    )
    assert clean == {
        "kind": "eviction",
        "since": date(2026, 11, 2),
        "until": date(2027, 2, 1),
        "note": None,
    }
    with pytest.raises(DebtFieldErrors) as caught:
        clean_enforcement(
            {"kind": "arrest", "since": "02-12-2026", "until": "01-01-2020"}, today=TODAY
        )
    assert set(caught.value.errors) == {"kind", "since"}
    with pytest.raises(DebtFieldErrors) as caught:
        clean_enforcement(
            {"kind": "eviction", "since": "02-11-2026", "until": "01-11-2026"}, today=TODAY
        )
    assert "vóór" in caught.value.errors["until"]
