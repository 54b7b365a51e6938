"""The words of creditor lists: column headers, status and kind labels, enforcement measures."""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum
from typing import Final

from models.codes import (
    CATEGORY_LABELS,
    DEBT_STATUS_LABELS,
    DEBTOR_LABELS,
    ENFORCEMENT_LABELS,
    Category,
    Debtor,
    DebtStatus,
    EnforcementKind,
)
from models.debt_fields import DEBT_FIELDS

#: Every meaning a column can have: the debt's fields, plus who is owed and who collects.
TARGETS: Final = ("creditor", "collector", *DEBT_FIELDS, "enforcement")

#: The Dutch name of each target; the export writes these as its headers, so that an
#: exported list reads back without changing a single column.
TARGET_LABELS: Final[dict[str, str]] = {
    "creditor": "Schuldeiser",
    "collector": "Incassant",
    "debtor": "Schuldenaar",
    "reference": "Kenmerk",
    "customer_number": "Klantnummer",
    "origin_date": "Datum ontstaan",
    "original_amount": "Oorspronkelijk bedrag",
    "principal": "Hoofdsom",
    "interest": "Rente",
    "costs": "Kosten",
    "total": "Totaal",
    "confirmed_on": "Datum saldo",
    "status": "Status",
    "preferential": "Preferent",
    "business": "Zakelijk",
    "category": "Soort schuld",
    "essential": "Essentieel",
    "note": "Opmerking",
    "enforcement": "Maatregelen",
}

# Header words per target, in the order they are tried. A header that equals one of the
# words wins outright; otherwise the first target with a word among the header's words wins.
# Order matters: "Datum saldo" must become the balance date before "saldo" can make it a
# total, "Oorspronkelijk bedrag" the original amount before "bedrag" does, and "Kenmerk
# schuldeiser" a reference before "schuldeiser" makes it the creditor.
_HEADER_WORDS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    (
        "confirmed_on",
        (
            "datum saldo",
            "saldodatum",
            "peildatum",
            "datum saldo-opgave",
            "datum saldo opgave",
            "datum opgave",
            "bevestigd op",
            "datum bevestiging",
            "balance date",
            "confirmed on",
        ),
    ),
    ("origin_date", ("ontstaan", "datum ontstaan", "ontstaansdatum", "ontstaan op", "origin date")),
    (
        "original_amount",
        (
            "oorspronkelijk bedrag",
            "oorspronkelijke vordering",
            "oorspronkelijk",
            "oorspronkelijke",
            "original amount",
        ),
    ),
    (
        "reference",
        (
            "kenmerk",
            "dossiernummer",
            "dossiernr",
            "referentie",
            "vorderingnummer",
            "factuurnummer",
            "reference",
        ),
    ),
    (
        "customer_number",
        (
            "klantnummer",
            "klantnr",
            "relatienummer",
            "debiteurnummer",
            "contractnummer",
            "customer number",
        ),
    ),
    ("principal", ("hoofdsom", "principal")),
    ("interest", ("rente", "interest")),
    ("costs", ("kosten", "incassokosten", "costs")),
    (
        "total",
        (
            "totaal",
            "saldo",
            "openstaand",
            "bedrag",
            "totaalbedrag",
            "restschuld",
            "schuld",
            "schuldbedrag",
            "total",
            "amount",
            "balance",
        ),
    ),
    (
        "collector",
        (
            "incassant",
            "deurwaarder",
            "gerechtsdeurwaarder",
            "incassobureau",
            "incasso",
            "collector",
        ),
    ),
    ("creditor", ("schuldeiser", "crediteur", "schuldeisers", "crediteuren", "creditor")),
    ("status", ("status", "stand")),
    ("preferential", ("preferent", "preferentieel", "preferential")),
    ("business", ("zakelijk", "zakelijke", "business")),
    ("category", ("soort", "categorie", "soort schuld", "type schuld", "category")),
    ("debtor", ("schuldenaar", "debiteur", "op naam van", "debtor")),
    ("essential", ("essentieel", "essentiële", "essential")),
    ("enforcement", ("maatregel", "maatregelen", "beslag", "dwangmaatregel", "enforcement")),
    ("note", ("opmerking", "opmerkingen", "toelichting", "notitie", "bijzonderheden", "note")),
)
_NOT_A_WORD: Final = re.compile(r"[^\w-]+")


def header_words(text: str) -> tuple[str, ...]:
    """A header's words, lower-case, without punctuation or the euro sign."""
    return tuple(_NOT_A_WORD.sub(" ", text.casefold().replace("€", " ")).split())


def _contains(words: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(words[i : i + size] == phrase for i in range(len(words) - size + 1))


def guess_target(header: str) -> str | None:
    """The target a column's header most likely names; None when no word is recognised."""
    words = header_words(header)
    if not words:
        return None
    for target, phrases in _HEADER_WORDS:
        if any(words == header_words(phrase) for phrase in phrases):
            return target
    for target, phrases in _HEADER_WORDS:
        if any(_contains(words, header_words(phrase)) for phrase in phrases):
            return target
    return None


def guess_mapping(header: Sequence[str]) -> tuple[str | None, ...]:
    """A target per column from its header; each target goes to its first column only."""
    taken: set[str] = set()
    mapping: list[str | None] = []
    for text in header:
        target = guess_target(text)
        if target in taken:
            target = None
        if target is not None:
            taken.add(target)
        mapping.append(target)
    return tuple(mapping)


def _lookup(labels: dict[str, str], codes: type[StrEnum], extra: dict[str, str]) -> dict[str, str]:
    table = {code.value.casefold(): code.value for code in codes}
    table |= {text.casefold(): code for code, text in labels.items()}
    table |= {text.casefold(): code for text, code in extra.items()}
    return table


#: Label or code (case-insensitive) to code, per coded field.
CODE_WORDS: Final[dict[str, dict[str, str]]] = {
    "status": _lookup(
        DEBT_STATUS_LABELS,
        DebtStatus,
        {
            "aangemeld": "reported",
            "opgevraagd bij schuldeiser": "requested",
            "saldo bevestigd": "confirmed",
            "in de regeling": "in_arrangement",
            "regeling": "in_arrangement",
            "betaald": "settled",
            "voldaan": "settled",
        },
    ),
    "category": _lookup(
        CATEGORY_LABELS, Category, {"overige": "other", "nutsvoorziening": "utility"}
    ),
    "debtor": _lookup(
        DEBTOR_LABELS,
        Debtor,
        {
            "cliënt": "client",
            "client": "client",
            "beiden": "joint",
            "gezamenlijk": "joint",
            "samen met partner": "joint",
        },
    ),
}

_ENFORCEMENT_EXTRA: Final = {
    "beslag op loon": "wage_garnishment",
    "beslag op inkomen": "wage_garnishment",
    "beslag op uitkering": "wage_garnishment",
    "uitkeringsbeslag": "wage_garnishment",
    "beslag op bankrekening": "bank_garnishment",
    "beslag bankrekening": "bank_garnishment",
    "beslag roerende zaken": "goods_seizure",
    "beslag op inboedel": "goods_seizure",
    "inboedelbeslag": "goods_seizure",
    "verrekening": "benefit_offset",
    "verrekening van toeslagen": "benefit_offset",
    "huisuitzetting": "eviction",
    "uitzetting": "eviction",
    "afsluiting energie": "disconnection",
    "afsluiting water": "disconnection",
    "ontbinding": "contract_dissolution",
    "ontbinding huurovereenkomst": "contract_dissolution",
}
#: Label, code or common wording (case-insensitive) of an enforcement measure to its code.
ENFORCEMENT_WORDS: Final = _lookup(ENFORCEMENT_LABELS, EnforcementKind, _ENFORCEMENT_EXTRA)
#: What a cell in an enforcement column says when there is no measure.
NO_MEASURE: Final = frozenset({"", "-", "nee", "geen", "n.v.t.", "nvt", "no", "none", "0"})
#: What it says when someone ticked "yes" without naming the measure.
YES_WORDS: Final = frozenset({"ja", "j", "x", "yes", "1", "waar", "true", "✓"})
#: The first word of a creditor cell that marks one of the list's own totals lines. Dutch
#: only: "Total" is also the name of a company.
TOTAL_WORDS: Final = frozenset({"totaal", "totalen", "subtotaal", "eindtotaal"})
