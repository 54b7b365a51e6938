"""How people's names are shown and searched."""

from __future__ import annotations

from datetime import date


def full_name(first_names: str | None, prefix: str | None, last_name: str | None) -> str:
    """'Tanya de Vries': first names, prefix and last name, as a person says it."""
    return " ".join(
        part.strip() for part in (first_names, prefix, last_name) if part and part.strip()
    )


def sort_name(first_names: str | None, prefix: str | None, last_name: str | None) -> str:
    """'Vries, Tanya de': the Dutch order for lists (the prefix does not sort)."""
    rest = " ".join(p.strip() for p in (first_names, prefix) if p and p.strip())
    last = (last_name or "").strip()
    return f"{last}, {rest}" if rest else last


def age_on(birth_date: date, today: date) -> int:
    """Age in whole years on a day."""
    had_birthday = (today.month, today.day) >= (birth_date.month, birth_date.day)
    return today.year - birth_date.year - (0 if had_birthday else 1)
