"""The enumeration codes of the dossier bundle spec, with their Dutch labels for people."""

from __future__ import annotations

from enum import StrEnum


class CreditorKind(StrEnum):
    TAX = "tax"
    BENEFITS = "benefits"
    FINES = "fines"
    STUDENT_FINANCE = "student_finance"
    HEALTH_INSURER = "health_insurer"
    CAK = "cak"
    MUNICIPALITY = "municipality"
    WATER_BOARD = "water_board"
    LANDLORD = "landlord"
    ENERGY = "energy"
    WATER = "water"
    TELECOM = "telecom"
    BANK = "bank"
    RETAIL = "retail"
    PRIVATE = "private"
    COLLECTION_AGENCY = "collection_agency"
    BAILIFF = "bailiff"
    OTHER = "other"


class DebtStatus(StrEnum):
    REPORTED = "reported"
    REQUESTED = "requested"
    CONFIRMED = "confirmed"
    DISPUTED = "disputed"
    IN_ARRANGEMENT = "in_arrangement"
    SETTLED = "settled"


class EnforcementKind(StrEnum):
    SUMMONS = "summons"
    JUDGMENT = "judgment"
    ENFORCEMENT_ORDER = "enforcement_order"
    WAGE_GARNISHMENT = "wage_garnishment"
    BANK_GARNISHMENT = "bank_garnishment"
    GOODS_SEIZURE = "goods_seizure"
    BENEFIT_OFFSET = "benefit_offset"
    DETENTION = "detention"
    EVICTION = "eviction"
    DISCONNECTION = "disconnection"
    CONTRACT_DISSOLUTION = "contract_dissolution"


class DocumentKind(StrEnum):
    IDENTITY = "identity"
    INCOME = "income"
    BANK_STATEMENT = "bank_statement"
    CLAIM_STATEMENT = "claim_statement"
    COURT_DECISION = "court_decision"
    LETTER = "letter"
    CONTRACT = "contract"
    OTHER = "other"


class Debtor(StrEnum):
    CLIENT = "client"
    PARTNER = "partner"
    JOINT = "joint"


class Category(StrEnum):
    CARE = "care"
    PUBLIC = "public"
    UTILITY = "utility"
    OTHER = "other"


class Owner(StrEnum):
    CLIENT = "client"
    CASEWORKER = "caseworker"
    ADMINISTRATOR = "administrator"
    PARTNER = "partner"


class EventKind(StrEnum):
    ENTERED = "entered"
    LEFT = "left"
    MILESTONE = "milestone"
    SETBACK = "setback"
    NOTE = "note"


class MaritalStatus(StrEnum):
    MARRIED_COMMUNITY = "married_community"
    MARRIED_PRENUP = "married_prenup"
    REGISTERED_PARTNER = "registered_partner"
    COHABITING = "cohabiting"
    SINGLE = "single"
    DIVORCED = "divorced"
    WIDOWED = "widowed"


class AdministrationKind(StrEnum):
    PROTECTIVE_ADMINISTRATION = "protective_administration"
    MENTORSHIP = "mentorship"
    GUARDIANSHIP = "guardianship"


class Relation(StrEnum):
    PARTNER = "partner"
    CHILD = "child"
    OTHER = "other"


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


class ChecklistState(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    SUPPLIED = "supplied"
    CHECKED = "checked"


class ClientStatus(StrEnum):
    ACTIVE = "active"
    CLOSED = "closed"


class ConversationKind(StrEnum):
    ADVICE = "adviesgesprek"
    INTAKE = "intake"
    WALK_IN = "open_inloop"
    PHONE = "telefonisch"
    HOME_VISIT = "huisbezoek"


class Role(StrEnum):
    ADMINISTRATOR = "bewindvoerder"
    CASEWORKER = "caseworker"
    OTHER = "other"


MARITAL_STATUS_LABELS: dict[str, str] = {
    MaritalStatus.MARRIED_COMMUNITY: "Gehuwd in gemeenschap van goederen",
    MaritalStatus.MARRIED_PRENUP: "Gehuwd met huwelijkse voorwaarden",
    MaritalStatus.REGISTERED_PARTNER: "Geregistreerd partnerschap",
    MaritalStatus.COHABITING: "Samenwonend",
    MaritalStatus.SINGLE: "Alleenstaand",
    MaritalStatus.DIVORCED: "Gescheiden",
    MaritalStatus.WIDOWED: "Weduwe / weduwnaar",
}

GENDER_LABELS: dict[str, str] = {
    Gender.FEMALE: "Vrouw",
    Gender.MALE: "Man",
    Gender.OTHER: "Anders",
    Gender.UNKNOWN: "Onbekend",
}

ADMINISTRATION_LABELS: dict[str, str] = {
    AdministrationKind.PROTECTIVE_ADMINISTRATION: "Beschermingsbewind",
    AdministrationKind.MENTORSHIP: "Mentorschap",
    AdministrationKind.GUARDIANSHIP: "Curatele",
}

RELATION_LABELS: dict[str, str] = {
    Relation.PARTNER: "Partner",
    Relation.CHILD: "Kind",
    Relation.OTHER: "Ander gezinslid",
}

DEBT_STATUS_LABELS: dict[str, str] = {
    DebtStatus.REPORTED: "Gemeld",
    DebtStatus.REQUESTED: "Opgevraagd",
    DebtStatus.CONFIRMED: "Bevestigd",
    DebtStatus.DISPUTED: "Betwist",
    DebtStatus.IN_ARRANGEMENT: "In regeling",
    DebtStatus.SETTLED: "Afgelost",
}

ENFORCEMENT_LABELS: dict[str, str] = {
    EnforcementKind.SUMMONS: "Dagvaarding",
    EnforcementKind.JUDGMENT: "Vonnis",
    EnforcementKind.ENFORCEMENT_ORDER: "Dwangbevel",
    EnforcementKind.WAGE_GARNISHMENT: "Loonbeslag",
    EnforcementKind.BANK_GARNISHMENT: "Bankbeslag",
    EnforcementKind.GOODS_SEIZURE: "Beslag op roerende zaken",
    EnforcementKind.BENEFIT_OFFSET: "Verrekening toeslagen",
    EnforcementKind.DETENTION: "Gijzeling",
    EnforcementKind.EVICTION: "Ontruiming",
    EnforcementKind.DISCONNECTION: "Afsluiting",
    EnforcementKind.CONTRACT_DISSOLUTION: "Ontbinding overeenkomst",
}

OWNER_LABELS: dict[str, str] = {
    Owner.CLIENT: "Klant",
    Owner.CASEWORKER: "Hulpverlener",
    Owner.ADMINISTRATOR: "Bewindvoerder",
    Owner.PARTNER: "Partner",
}

DOCUMENT_KIND_LABELS: dict[str, str] = {
    DocumentKind.IDENTITY: "Identiteitsbewijs",
    DocumentKind.INCOME: "Inkomen",
    DocumentKind.BANK_STATEMENT: "Bankafschrift",
    DocumentKind.CLAIM_STATEMENT: "Vorderingsoverzicht",
    DocumentKind.COURT_DECISION: "Uitspraak rechtbank",
    DocumentKind.LETTER: "Brief",
    DocumentKind.CONTRACT: "Contract",
    DocumentKind.OTHER: "Overig",
}


def label(labels: dict[str, str], code: str | None) -> str:
    """The Dutch label of a code; an unknown code is shown as it is (the spec says keep it)."""
    if not code:
        return ""
    return labels.get(code, code)


CREDITOR_KIND_LABELS: dict[str, str] = {
    CreditorKind.TAX: "Belastingen",
    CreditorKind.BENEFITS: "Uitkering of toeslag",
    CreditorKind.FINES: "Boetes (CJIB)",
    CreditorKind.STUDENT_FINANCE: "Studiefinanciering",
    CreditorKind.HEALTH_INSURER: "Zorgverzekeraar",
    CreditorKind.CAK: "CAK",
    CreditorKind.MUNICIPALITY: "Gemeente",
    CreditorKind.WATER_BOARD: "Waterschap",
    CreditorKind.LANDLORD: "Verhuurder",
    CreditorKind.ENERGY: "Energie",
    CreditorKind.WATER: "Drinkwater",
    CreditorKind.TELECOM: "Telecom",
    CreditorKind.BANK: "Bank of krediet",
    CreditorKind.RETAIL: "Winkel of webwinkel",
    CreditorKind.PRIVATE: "Familie of vrienden",
    CreditorKind.COLLECTION_AGENCY: "Incassobureau",
    CreditorKind.BAILIFF: "Gerechtsdeurwaarder",
    CreditorKind.OTHER: "Overig",
}

#: The national reporting model's (DDAS) debt kinds, as the desks know them.
CATEGORY_LABELS: dict[str, str] = {
    Category.CARE: "Zorg",
    Category.PUBLIC: "Publiek",
    Category.UTILITY: "Nuts",
    Category.OTHER: "Overig",
}

DEBTOR_LABELS: dict[str, str] = {
    Debtor.CLIENT: "Klant",
    Debtor.PARTNER: "Partner",
    Debtor.JOINT: "Samen",
}

CONVERSATION_KIND_LABELS: dict[str, str] = {
    ConversationKind.ADVICE: "Adviesgesprek",
    ConversationKind.INTAKE: "Intake",
    ConversationKind.WALK_IN: "Open inloop",
    ConversationKind.PHONE: "Telefonisch",
    ConversationKind.HOME_VISIT: "Huisbezoek",
}
