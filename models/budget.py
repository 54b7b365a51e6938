"""Monthly income and expenses of the household: what may be stored, and the balance."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Final

from models import values
from models.messages import joined, say
from models.values import InvalidValue

#: Whose amount it is. A household expense (rent, energy) belongs to no one person.
PERSON_LABELS: Final = {"client": "Klant", "partner": "Partner", "household": "Huishouden"}
#: Income kinds as codes (what a bundle carries) with their Dutch words; a person may also
#: type a kind of her own, which is kept as typed.
INCOME_KIND_LABELS: Final = {
    "salary": "Loon",
    "benefit": "Uitkering",
    "pension": "Pensioen",
    "rent_allowance": "Huurtoeslag",
    "care_allowance": "Zorgtoeslag",
    "child_benefit": "Kinderbijslag",
    "child_budget": "Kindgebonden budget",
    "childcare_allowance": "Kinderopvangtoeslag",
    "alimony": "Alimentatie",
    "other": "Overig",
}
EXPENSE_KIND_LABELS: Final = {
    "rent": "Huur of hypotheek",
    "energy": "Energie",
    "water": "Water",
    "health_insurance": "Zorgverzekering",
    "local_taxes": "Gemeentelijke belastingen",
    "water_board_tax": "Waterschapsbelasting",
    "telecom": "Telefoon en internet",
    "insurance": "Verzekeringen",
    "childcare": "Kinderopvang",
    "children": "Kinderen (school, sport, kleding)",
    "transport": "Vervoer",
    "groceries": "Boodschappen",
    "repayment": "Aflossing",
    "other": "Overig",
}
INCOME_KINDS: Final = tuple(INCOME_KIND_LABELS.values())
EXPENSE_KINDS: Final = tuple(EXPENSE_KIND_LABELS.values())


def kind_label(side: str, kind: str) -> str:
    """A kind's Dutch words: the label of a known code, else the kind as it was typed."""
    labels = INCOME_KIND_LABELS if side == "income" else EXPENSE_KIND_LABELS
    return labels.get(kind, kind)


def kind_code(side: str, text: str) -> str:
    """What to store for typed or chosen words: the code when they are a known label."""
    labels = INCOME_KIND_LABELS if side == "income" else EXPENSE_KIND_LABELS
    folded = text.strip().casefold()
    return next((code for code, words in labels.items() if words.casefold() == folded), text)


MAX_PER_MONTH: Final = Decimal("100000.00")
BUDGET_FIELDS: Final = ("person", "kind", "source", "amount_per_month")


class BudgetFieldErrors(ValueError):
    """Fields of an income or expense are refused; ``errors`` maps field to a Dutch message."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        super().__init__(joined(errors.values()))
        self.errors = dict(errors)


def clean_budget_item(raw: Mapping[str, object]) -> dict[str, Any]:
    """An income or expense ready to store: person, kind, source and amount per month.

    Raises:
        BudgetFieldErrors: one Dutch message per refused field.
    """
    errors: dict[str, str] = {}
    clean: dict[str, Any] = {}
    person = str(raw.get("person") or "client").strip()
    if person not in PERSON_LABELS:
        errors["person"] = say(
            "Onbekend: {person}. Kies klant, partner of huishouden.", person=person[:30]
        )
    clean["person"] = person
    kind = str(raw.get("kind") or "").strip()
    if not kind:
        errors["kind"] = say("Vul in wat voor inkomen of uitgave het is.")
    elif len(kind) > 100:
        errors["kind"] = say("Dit is te lang: hoogstens 100 tekens.")
    clean["kind"] = kind
    source = str(raw.get("source") or "").strip()
    if len(source) > 200:
        errors["source"] = say("Dit is te lang: hoogstens 200 tekens.")
    clean["source"] = source or None
    try:
        amount = raw.get("amount_per_month")
        if amount is None or (isinstance(amount, str) and not amount.strip()):
            raise InvalidValue(say("Vul een bedrag per maand in."), field="amount_per_month")
        if not isinstance(amount, str | int | Decimal) or isinstance(amount, bool):
            raise InvalidValue(say("Dit is geen bedrag."), field="amount_per_month")
        money = values.parse_money(amount, field="amount_per_month")
        if money < 0:
            raise InvalidValue(say("Een bedrag per maand kan niet negatief zijn."))
        if money > MAX_PER_MONTH:
            raise InvalidValue(
                say(
                    "Meer dan {max_per_month} per maand is onwaarschijnlijk. Controleer het"
                    " bedrag.",
                    max_per_month=values.format_money(MAX_PER_MONTH),
                )
            )
        clean["amount_per_month"] = money
    except InvalidValue as exc:
        errors["amount_per_month"] = exc.message
    if errors:
        raise BudgetFieldErrors(errors)
    return clean


@dataclass(frozen=True)
class BudgetTotals:
    """Income and expenses per month, per person, and what is left."""

    income: Decimal
    expenses: Decimal
    balance: Decimal
    income_by_person: dict[str, Decimal]
    expenses_by_person: dict[str, Decimal]


def budget_totals(
    income: Iterable[tuple[str, Decimal]], expenses: Iterable[tuple[str, Decimal]]
) -> BudgetTotals:
    """Sums of (person, amount per month) pairs, exact to the cent."""
    ins, outs = list(income), list(expenses)

    def by_person(rows: list[tuple[str, Decimal]]) -> dict[str, Decimal]:
        return {
            person: values.sum_money(a for p, a in rows if p == person)
            for person in PERSON_LABELS
            if any(p == person for p, _ in rows)
        }

    total_in = values.sum_money(a for _, a in ins)
    total_out = values.sum_money(a for _, a in outs)
    return BudgetTotals(total_in, total_out, total_in - total_out, by_person(ins), by_person(outs))
