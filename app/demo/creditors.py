"""The demo's creditor directory: real and made-up creditors, and their reused rows."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlmodel import Session, col, select

from app.demo.common import record_created
from models.codes import Category, CreditorKind
from models.tables import Creditor


@dataclass(frozen=True)
class CreditorSpec:
    name: str
    kind: CreditorKind
    category: Category
    preferential: bool = False


# Real organisations carry only a name: their addresses, phones and IBANs come from the
# directory in resources/, never from invented demo data.
BELASTINGDIENST = CreditorSpec("Belastingdienst", CreditorKind.TAX, Category.PUBLIC, True)
TOESLAGEN = CreditorSpec("Dienst Toeslagen", CreditorKind.BENEFITS, Category.PUBLIC)
CJIB = CreditorSpec("CJIB", CreditorKind.FINES, Category.PUBLIC)
DUO = CreditorSpec("DUO", CreditorKind.STUDENT_FINANCE, Category.PUBLIC)
UWV = CreditorSpec("UWV", CreditorKind.BENEFITS, Category.PUBLIC, True)
CAK = CreditorSpec("CAK", CreditorKind.CAK, Category.CARE)
GEMEENTE = CreditorSpec("Gemeente Zoetermeer", CreditorKind.MUNICIPALITY, Category.PUBLIC)
DELFLAND = CreditorSpec("Hoogheemraadschap van Delfland", CreditorKind.WATER_BOARD, Category.PUBLIC)
ZILVEREN_KRUIS = CreditorSpec("Zilveren Kruis", CreditorKind.HEALTH_INSURER, Category.CARE)
CZ = CreditorSpec("CZ", CreditorKind.HEALTH_INSURER, Category.CARE)
VGZ = CreditorSpec("VGZ", CreditorKind.HEALTH_INSURER, Category.CARE)
ENECO = CreditorSpec("Eneco", CreditorKind.ENERGY, Category.UTILITY)
VATTENFALL = CreditorSpec("Vattenfall", CreditorKind.ENERGY, Category.UTILITY)
ESSENT = CreditorSpec("Essent", CreditorKind.ENERGY, Category.UTILITY)
DUNEA = CreditorSpec("Dunea", CreditorKind.WATER, Category.UTILITY)
KPN = CreditorSpec("KPN", CreditorKind.TELECOM, Category.OTHER)
VODAFONE = CreditorSpec("Vodafone", CreditorKind.TELECOM, Category.OTHER)
ODIDO = CreditorSpec("Odido", CreditorKind.TELECOM, Category.OTHER)
RABOBANK = CreditorSpec("Rabobank", CreditorKind.BANK, Category.OTHER)
SANTANDER = CreditorSpec("Santander Consumer Finance", CreditorKind.BANK, Category.OTHER)
KLARNA = CreditorSpec("Klarna", CreditorKind.BANK, Category.OTHER)
WEHKAMP = CreditorSpec("Wehkamp", CreditorKind.RETAIL, Category.OTHER)
INTRUM = CreditorSpec("Intrum", CreditorKind.COLLECTION_AGENCY, Category.OTHER)
# Made-up local parties: a landlord, a bailiff and a supplier of the husband's business.
MEERWONEN = CreditorSpec("Woonstichting Meerwonen", CreditorKind.LANDLORD, Category.OTHER)
BAILIFF = CreditorSpec(
    "Gerechtsdeurwaarderskantoor Van Dijk & Kok", CreditorKind.BAILIFF, Category.OTHER
)
HOFLAND = CreditorSpec("Bouwmaterialenhandel Hofland B.V.", CreditorKind.OTHER, Category.OTHER)
# Family and friends are creditors too, named the way the client names them.
SANDRA = CreditorSpec("Zus (Sandra)", CreditorKind.PRIVATE, Category.OTHER)
PETRA = CreditorSpec("Vriendin (Petra)", CreditorKind.PRIVATE, Category.OTHER)

DEMO_CREDITORS = (
    BELASTINGDIENST,
    TOESLAGEN,
    CJIB,
    DUO,
    CAK,
    GEMEENTE,
    DELFLAND,
    ZILVEREN_KRUIS,
    CZ,
    ENECO,
    VATTENFALL,
    KPN,
    VODAFONE,
    RABOBANK,
    SANTANDER,
    KLARNA,
    WEHKAMP,
    INTRUM,
    MEERWONEN,
    BAILIFF,
    HOFLAND,
    SANDRA,
    PETRA,
)


def creditor_rows(session: Session, specs: Iterable[CreditorSpec]) -> dict[str, Creditor]:
    """The directory rows for these names, reusing existing ones, in one query; each one
    added gets its ``create`` event."""
    wanted = {spec.name: spec for spec in specs}
    found: dict[str, Creditor] = {}
    statement = (
        select(Creditor).where(col(Creditor.name).in_(list(wanted))).order_by(col(Creditor.id))
    )
    for creditor in session.exec(statement):
        found.setdefault(creditor.name, creditor)
    added: list[Creditor] = []
    for name, spec in wanted.items():
        if name not in found:
            creditor = Creditor(
                name=spec.name,
                kind=spec.kind,
                category=spec.category,
                preferential=spec.preferential,
            )
            session.add(creditor)
            found[name] = creditor
            added.append(creditor)
    record_created(session, added)  # a creditor added to the directory, as the GUI records
    return found
