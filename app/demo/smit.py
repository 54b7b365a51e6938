"""The Smits' demo dossier: a couple around sixty, in the debt arrangement (phase 10)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from app.demo.builder import Dossier
from app.demo.common import MUNICIPAL_PHONE, PROCESS, SMIT_ID, Days, born
from app.demo.creditors import (
    BELASTINGDIENST,
    CAK,
    DELFLAND,
    INTRUM,
    SANTANDER,
    VATTENFALL,
    WEHKAMP,
)
from models.codes import (
    ConversationKind,
    Debtor,
    DebtStatus,
    EnforcementKind,
    EventKind,
    Gender,
    MaritalStatus,
    Owner,
    Relation,
)
from models.tables import Client, Creditor


def _first_of_next_month(today: date) -> date:
    return (today.replace(day=1) + timedelta(days=32)).replace(day=1)


def build_smit(today: date, creditors: Mapping[str, Creditor]) -> Dossier:
    d = Days(today)
    caseworker = "Marloes Koning"
    client = Client(
        id=SMIT_ID,
        initials="G.A.",
        first_names="Gerard Antonius",
        last_name="Smit",
        gender=Gender.MALE,
        birth_date=born(today, years=61, days=80),
        bsn="999900225",
        marital_status=MaritalStatus.MARRIED_COMMUNITY,
        marital_status_since=born(today, years=37, days=160),
        street="Vlinderbloemhof",
        house_number="3",
        postcode="2712 BN",
        city="Zoetermeer",
        contact_name=f"{caseworker} (PLANgroep)",
        contact_phone=MUNICIPAL_PHONE,
        contact_hours="ma t/m vr 9:00-12:00",
        process_key=PROCESS,
    )
    s = Dossier(client, creditors)
    s.member(
        Relation.PARTNER,
        "Maria Johanna",
        "Bos",
        birth_date=born(today, years=59, days=17),
        gender=Gender.FEMALE,
        bsn="999900444",
    )
    collecting = d.work(-525)
    intake = d.work(-470)
    plan = d.work(-330)
    arrangement = d.work(-180)
    s.route(
        [
            (
                "problemen",
                d(-1500),
                "Gerard wordt arbeidsongeschikt; het inkomen daalt (datum bij benadering).",
                "We hebben het jarenlang stilgehouden, zelfs voor onze kinderen.",
                1,
            ),
            (
                "hulp_zoeken",
                d(-600),
                "Beslag op het loon van Ria.",
                "Toen er beslag kwam op het loon van Ria, ging het echt niet meer.",
                1,
            ),
            (
                "contact_gemeente",
                d.work(-560),
                "Hun dochter maakt de afspraak.",
                "Onze dochter heeft gebeld. Wij durfden niet.",
                2,
            ),
            (
                "toegelaten",
                d.work(-530),
                "Toelatingsbeschikking verstuurd.",
                "Ria moest huilen toen de brief kwam. Van opluchting.",
                5,
            ),
            (
                "gegevens_verzamelen",
                collecting,
                None,
                "Al die papieren. Gelukkig deed Ria de administratie altijd al.",
                3,
            ),
            (
                "intake",
                intake,
                "Intakegesprek; actielijst per mail.",
                "Voor het eerst in jaren hadden we het gevoel dat er een plan kwam.",
                4,
            ),
            (
                "acties_wachten",
                d.work(-440),
                None,
                "Het duurt lang, maar we weten waar we op wachten.",
                3,
            ),
            (
                "plangroep",
                plan,
                "Plan van aanpak; dossier overgedragen aan de PLANgroep.",
                "Er ligt een plan. Voor het eerst zien we het einde.",
                5,
            ),
            (
                "schuldregeling",
                arrangement,
                "Alle schuldeisers akkoord; de schuldregeling van 18 maanden loopt.",
                "Nog een jaar bikkelen. Het is zwaar, maar het einde is in zicht.",
                4,
            ),
        ]
    )
    s.event(
        "gegevens_verzamelen",
        EventKind.SETBACK,
        d(-500),
        text="Incassobureau dreigt met beslag",
        words="Waarom bellen ze nog? We zitten toch in de schuldhulp?",
        mood=1,
    )
    s.event("plangroep", EventKind.MILESTONE, d.work(-190), text="Alle schuldeisers akkoord.")
    in_arrangement = DebtStatus.IN_ARRANGEMENT
    agreed_on = d.work(-200)
    s.debt(
        BELASTINGDIENST,
        principal="3214.00",
        interest="187.40",
        status=in_arrangement,
        confirmed_on=agreed_on,
        origin_date=d(-900),
        note="Aanslag inkomstenbelasting.",
    )
    s.debt(
        CAK,
        principal="2180.00",
        debtor=Debtor.PARTNER,
        status=in_arrangement,
        confirmed_on=agreed_on,
        origin_date=d(-800),
        note="Bestuursrechtelijke premie na zes maanden premieachterstand.",
    )
    consumer_loan = s.debt(
        SANTANDER,
        principal="8940.00",
        interest="712.55",
        costs="218.00",
        debtor=Debtor.JOINT,
        status=in_arrangement,
        confirmed_on=agreed_on,
        origin_date=d(-1800),
        original_amount="12500.00",
        note="Doorlopend krediet voor een auto.",
    )
    s.enforcement(
        consumer_loan,
        EnforcementKind.WAGE_GARNISHMENT,
        d.work(-610),
        until=d.work(-520),
        note="Beslag op het loon van Ria; opgeheven na de toelating.",
    )
    s.debt(
        WEHKAMP,
        principal="1230.40",
        costs="184.56",
        collector=INTRUM,
        debtor=Debtor.JOINT,
        status=in_arrangement,
        confirmed_on=agreed_on,
        origin_date=d(-1100),
    )
    s.debt(
        VATTENFALL,
        principal="920.13",
        debtor=Debtor.JOINT,
        essential=True,
        status=in_arrangement,
        confirmed_on=agreed_on,
        origin_date=d(-700),
    )
    s.debt(
        DELFLAND,
        principal="286.34",
        debtor=Debtor.JOINT,
        status=in_arrangement,
        confirmed_on=agreed_on,
        origin_date=d(-650),
        note="Waterschapsbelasting.",
    )
    call = s.conversation(
        d.work(-40),
        ConversationKind.PHONE,
        f"Maria Bos, {caseworker} (PLANgroep)",
        "Ria werkt vier uur per week meer. Marloes berekent het vrij te laten bedrag opnieuw.",
    )
    s.action(
        "Elke maand het afgesproken bedrag betalen",
        Owner.CLIENT,
        phase="schuldregeling",
        due_on=_first_of_next_month(today),
    )
    s.action(
        "Wijzigingen in inkomen of gezin doorgeven",
        Owner.CLIENT,
        phase="schuldregeling",
        due_on=d(-38),
        done_on=d(-40),
        conversation=call,
    )
    s.action(
        "Vrij te laten bedrag opnieuw berekenen",
        Owner.CASEWORKER,
        phase="schuldregeling",
        due_on=d(-7),
        conversation=call,
    )
    s.action(
        "Loonstroken van de laatste drie maanden sturen",
        Owner.PARTNER,
        phase="schuldregeling",
        due_on=d(10),
    )
    s.action(
        "Jaarlijkse controle van inkomsten en uitgaven",
        Owner.CASEWORKER,
        phase="schuldregeling",
        due_on=d(90),
    )
    s.goal("Zonder schulden met pensioen", "Geldzaken", intake)
    s.goal("De kleinkinderen weer onbezorgd ontvangen", "Sociaal netwerk", intake)
    s.score("Geldzaken", 3, arrangement, "Betaalt elke maand aan de PLANgroep.")
    s.score("Lichamelijke gezondheid", 2, intake, "Gerard heeft rugklachten (WIA).")
    s.score("Relaties thuis", 4, intake, "Gerard en Ria doen het samen.")
    s.income("benefit", "UWV (WIA-uitkering)", "1684.00")
    s.income("salary", "Schoonmaakbedrijf (20 uur)", "1012.40", person="partner")
    s.income("care_allowance", "Dienst Toeslagen (zorgtoeslag)", "74.00")
    s.income("rent_allowance", "Dienst Toeslagen (huurtoeslag)", "211.00")
    s.expense("rent", "Huur", "812.00")
    s.expense("energy", "Vattenfall", "165.00")
    s.expense("water", "Dunea", "31.20")
    s.expense("health_insurance", "Zorgverzekering (twee volwassenen)", "317.80")
    s.expense("telecom", "Internet en telefoon", "45.00")
    s.expense("groceries", "Boodschappen", "520.00")
    s.expense("insurance", "Inboedel en aansprakelijkheid", "29.90")
    s.expense("arrangement_payment", "Afdracht schuldregeling (PLANgroep)", "287.00")
    s.note(
        "Overgedragen aan de PLANgroep; Marloes Koning is de nieuwe contactpersoon. Ria vond het "
        "jammer om het hele verhaal opnieuw te vertellen.",
        caseworker,
        plan,
    )
    s.note(
        "U betaalt elke maand € 287,00 aan de PLANgroep. De regeling loopt 18 maanden.",
        caseworker,
        arrangement,
        client_visible=True,
    )
    return s
