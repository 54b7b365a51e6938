"""Form validation gives one Dutch message per wrong field and clean values for the rest."""

from __future__ import annotations

from datetime import date

import pytest

from models.forms import CLIENT_FIELDS, clean_form


def test_clean_form_parses_every_field_kind() -> None:
    clean, errors = clean_form(
        {
            "last_name": " Visser ",
            "birth_date": "14-03-1984",
            "bsn": "111 222 333",
            "postcode": "2711ab",
            "iban": "nl91 abna 0417 1643 00",
            "marital_status": "married_community",
            "city": "",
        },
        CLIENT_FIELDS,
    )
    assert errors == {}
    assert clean == {
        "last_name": "Visser",
        "birth_date": date(1984, 3, 14),
        "bsn": "111222333",
        "postcode": "2711 AB",
        "iban": "NL91ABNA0417164300",
        "marital_status": "married_community",
        "city": None,
    }


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("last_name", "   "),
        ("birth_date", "01-01-2999"),
        ("bsn", "111222334"),
        ("marital_status", "getrouwd"),
        ("email", "tanya@"),
    ],
)
def test_clean_form_reports_the_wrong_field_only(field: str, value: str) -> None:
    clean, errors = clean_form({"city": "Delft", field: value}, CLIENT_FIELDS)
    assert list(errors) == [field]
    assert clean["city"] == "Delft"


def test_clean_form_refuses_an_unknown_field_as_a_bug() -> None:
    with pytest.raises(KeyError):
        clean_form({"shoe_size": "42"}, CLIENT_FIELDS)
