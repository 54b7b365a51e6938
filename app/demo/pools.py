"""What generated dossiers are drawn from: names, places, creditors, amounts and budgets."""

from __future__ import annotations

from app.demo.common import PHASES, SETBACK
from app.demo.creditors import (
    BAILIFF,
    BELASTINGDIENST,
    CAK,
    CJIB,
    CZ,
    DELFLAND,
    DUNEA,
    DUO,
    ENECO,
    ESSENT,
    GEMEENTE,
    INTRUM,
    KLARNA,
    KPN,
    MEERWONEN,
    ODIDO,
    RABOBANK,
    SANTANDER,
    TOESLAGEN,
    UWV,
    VATTENFALL,
    VGZ,
    VODAFONE,
    WEHKAMP,
    ZILVEREN_KRUIS,
)
from models.codes import CreditorKind, Debtor, DebtStatus, EnforcementKind, MaritalStatus, Owner

FEMALE_NAMES = (
    "Anna", "Sanne", "Lisa", "Emma", "Fleur", "Anouk", "Esther", "Marieke", "Joyce", "Wendy",
    "Ingrid", "Petra", "Monique", "Fatima", "Samira", "Ayşe", "Elif", "Priya", "Dewi", "Shanti",
    "Naima", "Kim", "Linda", "Sandra", "Yvonne", "Jasmijn", "Noor", "Sophie", "Maria", "Gerda",
)  # fmt: skip
MALE_NAMES = (
    "Jan", "Peter", "Kees", "Ruud", "Mark", "Dennis", "Kevin", "Bram", "Daan", "Sem", "Thijs",
    "Jeroen", "Henk", "Gerrit", "Mohammed", "Youssef", "Emre", "Mehmet", "Rachid", "Anil",
    "Rajesh", "Milan", "Stefan", "Tom", "Niels", "Wim", "Johan", "Ricardo", "Dave", "Ahmed",
)  # fmt: skip
# (prefix, last name): a prefix belongs with its name ("van der Meer", never "ter Jansen").
LAST_NAMES = (
    ("", "Jansen"), ("", "Bakker"), ("", "Visser"), ("", "Smit"), ("", "Meijer"),
    ("", "Mulder"), ("", "Bos"), ("", "Vos"), ("", "Peters"), ("", "Hendriks"),
    ("", "Dekker"), ("", "Brouwer"), ("", "Dijkstra"), ("", "Kok"), ("", "Vermeulen"),
    ("", "Koster"), ("", "Willems"), ("", "Hoekstra"), ("", "Prins"), ("", "Kramer"),
    ("", "Yilmaz"), ("", "Kaya"), ("", "Öztürk"), ("", "El Idrissi"), ("", "Bouzid"),
    ("", "Pinas"), ("", "Sedney"), ("", "Nguyen"), ("", "Kowalski"), ("", "Ramdin"),
    ("de", "Vries"), ("de", "Jong"), ("de", "Boer"), ("de", "Groot"), ("de", "Graaf"),
    ("van", "Dijk"), ("van", "Leeuwen"), ("van", "Beek"), ("van den", "Berg"),
    ("van den", "Broek"), ("van der", "Meer"), ("van der", "Linden"), ("van de", "Ven"),
    ("ter", "Horst"), ("in 't", "Veld"), ("van 't", "Hof"), ("den", "Hartog"),
)  # fmt: skip
# (city, first and last four-digit postcode of the city)
CITIES = (
    ("Amsterdam", 1011, 1109), ("Almere", 1311, 1364), ("Haarlem", 2011, 2037),
    ("Alphen aan den Rijn", 2401, 2409), ("Den Haag", 2491, 2597), ("Zoetermeer", 2711, 2729),
    ("Rotterdam", 3011, 3089), ("Utrecht", 3511, 3585), ("Breda", 4811, 4841),
    ("Tilburg", 5011, 5049), ("Eindhoven", 5611, 5658), ("Maastricht", 6211, 6229),
    ("Nijmegen", 6511, 6546), ("Arnhem", 6811, 6846), ("Apeldoorn", 7311, 7361),
    ("Enschede", 7511, 7548), ("Zwolle", 8011, 8043), ("Leeuwarden", 8911, 8941),
    ("Groningen", 9711, 9747),
)  # fmt: skip
STREETS = (
    "Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg", "Julianastraat", "Beatrixlaan",
    "Lindelaan", "Eikenlaan", "Schoolstraat", "Nieuwstraat", "Wilhelminastraat", "Marktstraat",
    "Kastanjelaan", "Prins Bernhardlaan", "Irisstraat", "Merelstraat", "Rembrandtlaan",
)  # fmt: skip
# Letters of Dutch postcodes: no F, I, O, Q, U or Y, and never SA, SD or SS.
POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
CASEWORKERS = ("Alex de Ridder", "Fatima Oulad Ali", "Marloes Koning", "Inge Bakker", "Tim Kok")

POOL = (
    BELASTINGDIENST, TOESLAGEN, CJIB, DUO, UWV, CAK, GEMEENTE, DELFLAND,
    ZILVEREN_KRUIS, CZ, VGZ, ENECO, VATTENFALL, ESSENT, DUNEA, KPN, VODAFONE, ODIDO,
    RABOBANK, SANTANDER, KLARNA, WEHKAMP, MEERWONEN,
)  # fmt: skip
COLLECTORS = (INTRUM, BAILIFF)
# Typical sizes of a debt per creditor kind, in cents.
AMOUNTS: dict[str, tuple[int, int]] = {
    CreditorKind.TAX: (30_000, 1_500_000),
    CreditorKind.BENEFITS: (10_000, 600_000),
    CreditorKind.FINES: (5_000, 150_000),
    CreditorKind.STUDENT_FINANCE: (50_000, 400_000),
    CreditorKind.CAK: (30_000, 300_000),
    CreditorKind.MUNICIPALITY: (10_000, 120_000),
    CreditorKind.WATER_BOARD: (5_000, 60_000),
    CreditorKind.HEALTH_INSURER: (10_000, 250_000),
    CreditorKind.ENERGY: (10_000, 300_000),
    CreditorKind.WATER: (3_000, 40_000),
    CreditorKind.TELECOM: (3_000, 150_000),
    CreditorKind.BANK: (20_000, 2_500_000),
    CreditorKind.RETAIL: (2_000, 200_000),
    CreditorKind.LANDLORD: (50_000, 600_000),
}
ESSENTIAL_KINDS = frozenset(
    {CreditorKind.LANDLORD, CreditorKind.ENERGY, CreditorKind.WATER, CreditorKind.HEALTH_INSURER}
)
# The enforcement each kind of creditor typically reaches for.
ENFORCEMENT_BY_KIND: dict[str, EnforcementKind] = {
    CreditorKind.TAX: EnforcementKind.ENFORCEMENT_ORDER,
    CreditorKind.BENEFITS: EnforcementKind.BENEFIT_OFFSET,
    CreditorKind.FINES: EnforcementKind.ENFORCEMENT_ORDER,
    CreditorKind.LANDLORD: EnforcementKind.EVICTION,
    CreditorKind.ENERGY: EnforcementKind.DISCONNECTION,
    CreditorKind.WATER: EnforcementKind.DISCONNECTION,
    CreditorKind.HEALTH_INSURER: EnforcementKind.CONTRACT_DISSOLUTION,
}
ROUTE = tuple(phase for phase in PHASES if phase != SETBACK)
# How many generated clients stand in each step of the route: most are mid-way.
ROUTE_WEIGHTS = (2, 3, 8, 8, 14, 10, 16, 10, 20, 6)
COUPLES = (MaritalStatus.MARRIED_COMMUNITY, MaritalStatus.COHABITING)
SINGLES = (MaritalStatus.SINGLE, MaritalStatus.DIVORCED)
COUPLE_DEBTORS = (Debtor.CLIENT, Debtor.CLIENT, Debtor.JOINT, Debtor.PARTNER)
STATUSES = (
    DebtStatus.REPORTED,
    DebtStatus.REQUESTED,
    DebtStatus.CONFIRMED,
    DebtStatus.DISPUTED,
)
ACTIONS = (
    ("BKR-overzicht opvragen", Owner.CLIENT),
    ("Post openen en meenemen", Owner.CLIENT),
    ("Loonstroken of uitkeringsspecificaties verzamelen", Owner.CLIENT),
    ("Saldo-opgave opvragen bij alle schuldeisers", Owner.CASEWORKER),
    ("Kwijtschelding gemeentelijke belastingen aanvragen", Owner.CASEWORKER),
    ("Toeslagen controleren", Owner.CASEWORKER),
    ("Deurwaarder om uitstel vragen", Owner.CASEWORKER),
    ("Meterstanden noteren, met de klantnummers", Owner.CLIENT),
    ("Belastingaangifte laten controleren", Owner.CLIENT),
)
INCOMES = (
    ("salary", "Loon", 90_000, 260_000),
    ("benefit", "UWV (WW-uitkering)", 110_000, 180_000),
    ("benefit", "Gemeente (bijstand)", 110_000, 190_000),
)
PENSION = ("pension", "SVB (AOW)", 140_000, 160_000)
PENSION_AGE = 67
EXPENSES = (
    ("rent", "Huur", 55_000, 110_000),
    ("energy", "Energie", 9_000, 25_000),
    ("health_insurance", "Zorgverzekering", 14_000, 32_000),
    ("groceries", "Boodschappen", 25_000, 90_000),
)


MOODS = {
    "problemen": 1,
    "hulp_zoeken": 1,
    "contact_gemeente": 3,
    "toegelaten": 5,
    "gegevens_verzamelen": 3,
    "intake": 4,
    "acties_wachten": 3,
    "plangroep": 5,
    "schuldregeling": 4,
    "nazorg": 4,
}
SETBACK_TEXTS = ("Dwangbevel", "Beslag op loon", "Brief van de deurwaarder")
