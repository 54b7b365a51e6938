"""Samira's demo dossier: under bewind, referred by her bewindvoerder, facing a cut-off."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from app.demo.builder import Dossier
from app.demo.common import MUNICIPAL_PHONE, PROCESS, SAMIRA_ID, Days, born
from app.demo.creditors import CAK, CJIB, INTRUM, MEERWONEN, TOESLAGEN, VATTENFALL, WEHKAMP
from models.codes import (
    AdministrationKind,
    ConversationKind,
    DebtStatus,
    EnforcementKind,
    EventKind,
    Gender,
    MaritalStatus,
    Owner,
    Relation,
)
from models.tables import Client, Creditor


def build_samira(today: date, creditors: Mapping[str, Creditor]) -> Dossier:
    d = Days(today)
    desk = "Inge Bakker"
    organisation = "Bewindvoering Meerstad B.V."
    administrator = "Jolanda de Wit"
    client = Client(
        id=SAMIRA_ID,
        initials="S.",
        first_names="Samira",
        last_name="El Amrani",
        gender=Gender.FEMALE,
        birth_date=born(today, years=35, days=44),
        bsn="999900559",
        marital_status=MaritalStatus.DIVORCED,
        marital_status_since=d(-730),
        street="Watergentiaanstraat",
        house_number="19",
        postcode="2727 LP",
        city="Zoetermeer",
        administration_kind=AdministrationKind.PROTECTIVE_ADMINISTRATION,
        administrator=administrator,
        administration_organisation=organisation,
        administration_decision_date=d.work(-400),
        contact_name=f"{desk} (bewindvoerdersdesk)",
        contact_phone=MUNICIPAL_PHONE,
        contact_hours="ma, wo en vr 9:00-12:00",
        referred_by=organisation,
        process_key=PROCESS,
    )
    s = Dossier(client, creditors)
    s.member(
        Relation.CHILD,
        "Noor",
        "Bakkali",
        birth_date=born(today, years=8, days=120),
        gender=Gender.FEMALE,
    )
    contact = d.work(-20)
    admitted = d.work(-12)
    collecting = d.work(-10)
    cut_off = d(-2)
    s.route(
        [
            (
                "problemen",
                d(-700),
                "Scheiding; alleen met Noor en het inkomen gehalveerd (datum bij benadering).",
                "Ik wist niet eens meer welke rekeningen er waren.",
                1,
            ),
            (
                "hulp_zoeken",
                d(-430),
                "Beschermingsbewind aangevraagd met hulp van het wijkteam.",
                "Ik kon het niet meer overzien. Iemand moest het van me overnemen.",
                2,
            ),
            (
                "contact_gemeente",
                contact,
                "Aangemeld door de bewindvoerder bij de bewindvoerdersdesk.",
                "Fijn dat ik mijn verhaal niet nog een keer hoefde te vertellen.",
                3,
            ),
            ("toegelaten", admitted, "Toelatingsbeschikking verstuurd.", "Ik kan weer ademen.", 5),
            (
                "gegevens_verzamelen",
                collecting,
                "De bewindvoerder levert de voorlegger aan.",
                "Mijn bewindvoerder heeft bijna alles al. Ik zoek alleen nog een paar brieven.",
                3,
            ),
        ]
    )
    s.event(
        "hulp_zoeken",
        EventKind.MILESTONE,
        d.work(-400),
        text="Beschikking onderbewindstelling van de kantonrechter.",
    )
    s.event(
        "gegevens_verzamelen",
        EventKind.SETBACK,
        cut_off,
        text="Vattenfall kondigt afsluiting van gas en stroom aan",
        words="Ze gaan toch niet echt afsluiten? Ik heb een kind thuis.",
        mood=1,
    )
    energy = s.debt(
        VATTENFALL,
        principal="1642.18",
        costs="40.00",
        essential=True,
        status=DebtStatus.CONFIRMED,
        confirmed_on=d(-15),
        origin_date=d(-240),
        customer_number="VF-88120457",
        note="Achterstand termijnbedragen van voor het bewind.",
    )
    s.enforcement(
        energy,
        EnforcementKind.DISCONNECTION,
        cut_off,
        note="Afsluiting per brief aangekondigd. Crisis: meteen contact opnemen.",
    )
    s.debt(
        MEERWONEN,
        principal="1842.00",
        costs="156.73",
        essential=True,
        status=DebtStatus.CONFIRMED,
        confirmed_on=d(-25),
        origin_date=d(-450),
        note="Twee maanden huurachterstand van voor het bewind; de huur wordt nu betaald.",
    )
    s.debt(
        CAK,
        principal="1512.00",
        status=DebtStatus.REQUESTED,
        origin_date=d(-500),
        note="Bestuursrechtelijke premie.",
    )
    s.debt(
        TOESLAGEN,
        principal="486.00",
        status=DebtStatus.CONFIRMED,
        confirmed_on=d(-220),
        origin_date=d(-380),
        note="Terugvordering zorgtoeslag.",
    )
    s.debt(
        CJIB,
        principal="390.00",
        costs="204.00",
        origin_date=d(-300),
        note="Verkeersboete; eerste aanmaning (+50%).",
    )
    s.debt(
        WEHKAMP,
        principal="742.15",
        interest="39.60",
        costs="111.32",
        collector=INTRUM,
        status=DebtStatus.REQUESTED,
        origin_date=d(-620),
    )
    referral = s.conversation(
        contact,
        ConversationKind.PHONE,
        f"{administrator} (bewindvoerder, {organisation}), {desk} (bewindvoerdersdesk)",
        "De bewindvoerder stuurt de voorlegger met het schuldenoverzicht en de beschikking "
        "onderbewindstelling. Samira hoeft haar verhaal niet opnieuw te vertellen.",
    )
    s.action(
        "Beschikking onderbewindstelling naar alle schuldeisers sturen",
        Owner.ADMINISTRATOR,
        phase="gegevens_verzamelen",
        due_on=collecting + timedelta(days=7),
        done_on=collecting + timedelta(days=1),
        conversation=referral,
    )
    s.action(
        "Meterstanden van gas, stroom en water noteren, met de klantnummers",
        Owner.ADMINISTRATOR,
        phase="gegevens_verzamelen",
        due_on=collecting + timedelta(days=7),
        debt=energy,
    )
    s.action(
        "Vattenfall bellen: afsluiting stoppen",
        Owner.CASEWORKER,
        phase="gegevens_verzamelen",
        due_on=d(1),
        debt=energy,
        note="Crisis: binnen 3 werkdagen.",
    )
    s.action(
        "Schuldenoverzicht met recente saldo's aanleveren",
        Owner.ADMINISTRATOR,
        phase="gegevens_verzamelen",
        due_on=collecting + timedelta(days=14),
        conversation=referral,
    )
    s.action(
        "Brieven die nog thuis liggen aan de bewindvoerder geven",
        Owner.CLIENT,
        phase="gegevens_verzamelen",
        due_on=d(5),
    )
    s.goal("Noor een warm en veilig huis geven", "Woning", contact)
    s.goal("Zelf weer overzicht krijgen over mijn geld", "Geldzaken", contact)
    s.score("Geldzaken", 2, contact, "Onder beschermingsbewind.")
    s.score("Woning", 2, cut_off, "Afsluiting van gas en stroom aangekondigd.")
    s.score("Geestelijke gezondheid", 3, contact, "Veel zorgen; slaapt slecht sinds de scheiding.")
    s.score("Sociaal netwerk", 2, contact, "Weinig mensen om op terug te vallen.")
    s.income("benefit", "Gemeente Zoetermeer (bijstand)", "1389.90")
    s.income("child_benefit", "SVB (kinderbijslag)", "100.60")
    s.income("child_budget", "Dienst Toeslagen (kindgebonden budget)", "420.00")
    s.income("rent_allowance", "Dienst Toeslagen (huurtoeslag)", "398.00")
    s.income("care_allowance", "Dienst Toeslagen (zorgtoeslag)", "123.00")
    s.expense("rent", "Woonstichting Meerwonen", "798.00")
    s.expense("energy", "Vattenfall (termijnbedrag)", "210.00")
    s.expense("water", "Dunea", "24.10")
    s.expense("health_insurance", "Zorgverzekering", "148.30")
    s.expense("telecom", "Internet en telefoon", "40.00")
    s.expense("groceries", "Boodschappen (twee personen)", "420.00")
    s.expense("administration_costs", "Kosten beschermingsbewind", "135.55")
    s.note(
        "Aangemeld via de bewindvoerdersdesk door Jolanda de Wit. Afsluiting aangekondigd: "
        "crisis, vandaag opgepakt.",
        desk,
        cut_off,
    )
    s.note(
        "Wij bellen Vattenfall om de afsluiting te stoppen. Betaal niet zelf, en bel ons als er "
        "een monteur aan de deur komt.",
        desk,
        cut_off,
        client_visible=True,
    )
    return s
