"""Tanya's debts: the husband's failed business, arrears, and loans from family and friends."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from app.demo.builder import Dossier
from app.demo.common import Days
from app.demo.creditors import (
    BAILIFF,
    BELASTINGDIENST,
    ENECO,
    GEMEENTE,
    HOFLAND,
    INTRUM,
    KPN,
    MEERWONEN,
    PETRA,
    RABOBANK,
    SANDRA,
    TOESLAGEN,
    ZILVEREN_KRUIS,
)
from models.codes import Debtor, DebtStatus, EnforcementKind
from models.tables import Debt


class TanyaDebts(NamedTuple):
    """The debts that Tanya's actions point at."""

    vat: Debt
    rent: Debt
    health: Debt
    loan: Debt
    local_tax: Debt


def add_tanya_debts(t: Dossier, d: Days, *, setback: date) -> TanyaDebts:
    """Adds Tanya's debts and their enforcement; `setback` is the day of the dwangbevel."""
    business_year = d.today.year - 2
    yy = f"{business_year % 100:02d}"
    vat = t.debt(
        BELASTINGDIENST,
        principal="14250.00",
        interest="1112.40",
        costs="186.00",
        debtor=Debtor.PARTNER,
        business=True,
        status=DebtStatus.CONFIRMED,
        confirmed_on=setback,
        origin_date=d(-700),
        original_amount="14250.00",
        reference=f"1234.56.782.F.{yy}.0040",
        note=f"Naheffingsaanslag omzetbelasting {business_year} van het klusbedrijf van Mark.",
    )
    t.enforcement(
        vat,
        EnforcementKind.ENFORCEMENT_ORDER,
        setback,
        note="Dwangbevel betekend. Alex heeft gevraagd de invordering op te schorten.",
    )
    t.debt(
        BELASTINGDIENST,
        principal="6830.00",
        interest="402.15",
        debtor=Debtor.PARTNER,
        business=True,
        origin_date=d(-420),
        reference=f"1234.56.782.H.{yy}.01",
        note=f"Aanslag inkomstenbelasting {business_year}: winst uit onderneming.",
    )
    t.debt(
        TOESLAGEN,
        principal="3412.00",
        debtor=Debtor.JOINT,
        status=DebtStatus.CONFIRMED,
        confirmed_on=d(-205),
        origin_date=d(-205),
        note=f"Terugvordering huurtoeslag en zorgtoeslag over {business_year}.",
    )
    rent = t.debt(
        MEERWONEN,
        principal="3684.00",
        interest="62.30",
        costs="846.17",
        collector=BAILIFF,
        debtor=Debtor.JOINT,
        essential=True,
        status=DebtStatus.CONFIRMED,
        confirmed_on=d(-30),
        origin_date=d(-300),
        customer_number="HC-0417-2291",
        note="Vier maanden huurachterstand; huur wordt sinds de toelating weer betaald.",
    )
    t.enforcement(rent, EnforcementKind.SUMMONS, d.work(-230), note="Dagvaarding kantonrechter.")
    t.enforcement(
        rent, EnforcementKind.JUDGMENT, d.work(-200), note="Vonnis: ontbinding en ontruiming."
    )
    t.enforcement(
        rent,
        EnforcementKind.EVICTION,
        d.work(-155),
        note="Ontruiming aangezegd door de deurwaarder; uitgesteld zolang de afspraak loopt.",
    )
    health = t.debt(
        ZILVEREN_KRUIS,
        principal="1216.80",
        interest="23.10",
        costs="120.00",
        debtor=Debtor.JOINT,
        essential=True,
        status=DebtStatus.REQUESTED,
        origin_date=d(-330),
        note="Vier maanden premieachterstand (twee volwassenen).",
    )
    t.debt(
        ENECO,
        principal="1378.45",
        costs="40.00",
        debtor=Debtor.JOINT,
        essential=True,
        status=DebtStatus.CONFIRMED,
        confirmed_on=d(-30),
        origin_date=d(-260),
        customer_number="200-431-877",
        note="Jaarafrekening en gemiste termijnen. Meterstanden doorgegeven.",
    )
    loan = t.debt(
        RABOBANK,
        principal="17500.00",
        interest="1286.90",
        debtor=Debtor.JOINT,
        business=True,
        status=DebtStatus.CONFIRMED,
        confirmed_on=d(-215),
        origin_date=d(-1500),
        original_amount="25000.00",
        note="Zakelijke lening voor bus en gereedschap; Tanya heeft meegetekend.",
    )
    t.debt(
        HOFLAND,
        principal="2860.00",
        interest="171.60",
        costs="390.00",
        collector=BAILIFF,
        debtor=Debtor.PARTNER,
        business=True,
        status=DebtStatus.DISPUTED,
        confirmed_on=d(-200),
        origin_date=d(-820),
        note="Mark betwist twee facturen: het materiaal is teruggebracht.",
    )
    t.debt(
        KPN,
        principal="486.35",
        interest="18.20",
        costs="97.27",
        collector=INTRUM,
        status=DebtStatus.REQUESTED,
        origin_date=d(-400),
        note="Mobiel abonnement; overgedragen aan het incassobureau.",
    )
    local_tax = t.debt(
        GEMEENTE,
        principal="412.64",
        debtor=Debtor.JOINT,
        status=DebtStatus.CONFIRMED,
        confirmed_on=d(-60),
        origin_date=d(-120),
        note="Gemeentelijke belastingen van dit jaar.",
    )
    t.debt(
        SANDRA,
        principal="3000.00",
        debtor=Debtor.JOINT,
        origin_date=d(-500),
        note="Geleend om de huur te betalen. Tanya schaamt zich hiervoor.",
    )
    t.debt(PETRA, principal="750.00", origin_date=d(-260), note="Geleend voor boodschappen.")
    return TanyaDebts(vat, rent, health, loan, local_tax)
