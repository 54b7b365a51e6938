"""Tanya's demo dossier: the persona of the client study, now waiting for others (phase 7)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from app.demo.builder import Dossier
from app.demo.common import MUNICIPAL_PHONE, PROCESS, TANYA_ID, Days, born
from app.demo.tanya_debts import add_tanya_debts
from models.codes import ConversationKind, EventKind, Gender, MaritalStatus, Owner, Relation
from models.tables import Client, Creditor

_TANYA_CASEWORKER = "Alex de Ridder"


def build_tanya(today: date, creditors: Mapping[str, Creditor]) -> Dossier:
    d = Days(today)
    client = Client(
        id=TANYA_ID,
        initials="T.",
        first_names="Tanya",
        last_name="Verhoef",
        gender=Gender.FEMALE,
        birth_date=born(today, years=42, days=131),
        # A well-known test number that passes the elfproef; no real person's.
        bsn="111222333",
        email="tanya.verhoef@example.com",
        # The example IBAN of the IBAN standard's documentation, not a real account.
        iban="NL91ABNA0417164300",
        bank_name="ABN AMRO",
        marital_status=MaritalStatus.MARRIED_COMMUNITY,
        marital_status_since=born(today, years=17, days=75),
        street="Sterrenkroosstraat",
        house_number="41",
        postcode="2724 KX",
        city="Zoetermeer",
        contact_name=_TANYA_CASEWORKER,
        contact_phone=MUNICIPAL_PHONE,
        contact_hours="ma t/m do 9:00-12:00",
        process_key=PROCESS,
    )
    t = Dossier(client, creditors)
    t.member(
        Relation.PARTNER,
        "Mark Johannes",
        "Bruijn",
        prefix="de",
        birth_date=born(today, years=44, days=212),
        gender=Gender.MALE,
        bsn="123456782",
    )
    t.member(
        Relation.CHILD,
        "Sem",
        "Bruijn",
        prefix="de",
        birth_date=born(today, years=14, days=58),
        gender=Gender.MALE,
    )
    t.member(
        Relation.CHILD,
        "Lotte",
        "Bruijn",
        prefix="de",
        birth_date=born(today, years=10, days=290),
        gender=Gender.FEMALE,
    )

    # The route. Phases 1 and 2 happened before anyone at the municipality knew her: their
    # dates are her own estimate.
    contact = d.work(-150)
    admitted = d.work(-147)  # an eviction was announced: the 3-working-day crisis term
    collecting = d.work(-140)
    intake = d.work(-84)
    setback = d.work(-70)  # the dwangbevel strikes while she is in the intake phase
    waiting = d.work(-56)
    t.route(
        [
            (
                "problemen",
                d(-760),
                "Het klusbedrijf van Mark gaat failliet (datum bij benadering).",
                "Kom ik hier ooit vanaf?",
                1,
            ),
            (
                "hulp_zoeken",
                d(-200),
                "Vonnis over de huurachterstand en een terugvordering van Toeslagen "
                "(datum bij benadering).",
                "Help, ik verzuip!",
                1,
            ),
            (
                "contact_gemeente",
                contact,
                "Belt de gemeente: de deurwaarder heeft de ontruiming aangezegd.",
                "Bij het gesprek met de gemeente werd er echt naar me geluisterd. "
                "Wel spannend of ik toegelaten word!",
                3,
            ),
            ("toegelaten", admitted, "Toelatingsbeschikking verstuurd.", "Ik kan weer ademen!", 5),
            (
                "gegevens_verzamelen",
                collecting,
                "Schulden in kaart brengen; saldo-opgaven opgevraagd.",
                "Gelukkig kon ik mijn schuldhulpverlener Alex bellen om te overleggen wat ik "
                "moest doen.",
                3,
            ),
            (
                "intake",
                intake,
                "Intakegesprek met Alex; actielijst en samenvatting per mail.",
                "Ik voelde me echt als mens behandeld bij de gemeente, niet als een nummer.",
                4,
            ),
            (
                "acties_wachten",
                waiting,
                "Stabilisatie: ontbrekende stukken, belastingcheck, wachten op schuldeisers.",
                "Ik ben blij dat de gemeente zo goed haar best voor me doet. Ik zou alleen "
                "willen dat het allemaal een beetje sneller kon.",
                3,
            ),
        ]
    )
    t.event(
        "toegelaten",
        EventKind.MILESTONE,
        admitted,
        text="Ontruiming uitgesteld na overleg met Woonstichting Meerwonen.",
    )
    t.event(
        "intake",
        EventKind.SETBACK,
        setback,
        text="Dwangbevel van de Belastingdienst",
        words="Ze laten me nog steeds niet met rust! Ik zit nu toch in de schuldhulp?",
        mood=1,
    )

    vat, rent, health, loan, local_tax = add_tanya_debts(t, d, setback=setback)

    advice = t.conversation(
        contact,
        ConversationKind.ADVICE,
        f"Tanya Verhoef, {_TANYA_CASEWORKER} (schuldhulpverlener)",
        "Crisis: ontruiming aangezegd. Alex belt vandaag Woonstichting Meerwonen en de "
        "deurwaarder. Tanya maakt de vragenlijst af en neemt alle post mee.",
    )
    talk = t.conversation(
        intake,
        ConversationKind.INTAKE,
        f"Tanya Verhoef, Mark de Bruijn, {_TANYA_CASEWORKER} (schuldhulpverlener)",
        "- Alex vraagt bij alle schuldeisers een saldo-opgave op.\n"
        "- Tanya en Mark betalen eerst huur, energie en zorgverzekering.\n"
        "- Geen nieuwe betalingsafspraken zonder overleg met Alex.\n"
        "- Tanya opent de post en neemt die mee naar het volgende gesprek.\n"
        "- De leningen van Sandra en Petra komen ook op het schuldenoverzicht.\n"
        "- Er is geen einddatum beloofd: de gemeente wacht op de schuldeisers.",
    )

    t.action(
        "Deurwaarder om uitstel vragen",
        Owner.CASEWORKER,
        phase="contact_gemeente",
        due_on=contact + timedelta(days=2),
        done_on=contact,
        debt=rent,
        conversation=advice,
    )
    t.action(
        "BKR-overzicht opvragen",
        Owner.CLIENT,
        phase="gegevens_verzamelen",
        due_on=collecting + timedelta(days=14),
        done_on=collecting + timedelta(days=9),
    )
    t.action(
        "Loonstroken of uitkeringsspecificaties verzamelen",
        Owner.CLIENT,
        phase="gegevens_verzamelen",
        due_on=collecting + timedelta(days=14),
        done_on=collecting + timedelta(days=16),
    )
    t.action(
        "Saldo-opgave opvragen bij alle schuldeisers",
        Owner.CASEWORKER,
        phase="gegevens_verzamelen",
        due_on=collecting + timedelta(days=14),
        done_on=collecting + timedelta(days=12),
    )
    t.action(
        "Actielijst en samenvatting van het gesprek mailen",
        Owner.CASEWORKER,
        phase="intake",
        due_on=intake + timedelta(days=1),
        done_on=intake + timedelta(days=1),
        conversation=talk,
    )
    t.action(
        "Brief of dwangbevel doorsturen of meenemen",
        Owner.CLIENT,
        phase="intake",
        due_on=setback + timedelta(days=2),
        done_on=setback,
        debt=vat,
    )
    t.action(
        "Belastingdienst vragen de invordering op te schorten",
        Owner.CASEWORKER,
        phase="intake",
        due_on=setback + timedelta(days=2),
        done_on=setback + timedelta(days=1),
        debt=vat,
    )
    t.action(
        "Toeslagen controleren: huurtoeslag, zorgtoeslag, kindgebonden budget",
        Owner.CASEWORKER,
        phase="acties_wachten",
        due_on=waiting + timedelta(days=14),
        done_on=waiting + timedelta(days=11),
    )
    t.action(
        "Post openen en meenemen naar het volgende gesprek",
        Owner.CLIENT,
        phase="acties_wachten",
        due_on=d(9),
        conversation=talk,
    )
    # Overdue on purpose: the demo must show what an overdue action looks like.
    t.action(
        "Kwijtschelding gemeentelijke belastingen aanvragen",
        Owner.CASEWORKER,
        phase="acties_wachten",
        due_on=waiting + timedelta(days=14),
        debt=local_tax,
    )
    t.action(
        "UWV-beschikking van Mark inleveren",
        Owner.PARTNER,
        phase="acties_wachten",
        due_on=d(-5),
    )
    t.action(
        "Saldo-opgave van Zilveren Kruis nabellen",
        Owner.CASEWORKER,
        phase="acties_wachten",
        due_on=d(3),
        debt=health,
    )
    t.action(
        "Nieuwe saldo-opgave vragen aan Rabobank (ouder dan 6 maanden)",
        Owner.CASEWORKER,
        phase="acties_wachten",
        due_on=d(7),
        debt=loan,
    )
    t.action(
        "Belastingaangifte laten controleren", Owner.CLIENT, phase="acties_wachten", due_on=d(21)
    )
    t.action(
        "Solliciteren voor meer uren of extra inkomen",
        Owner.CLIENT,
        phase="acties_wachten",
        due_on=d(30),
    )

    t.goal("Rust in mijn hoofd", "Geestelijke gezondheid", intake)
    t.goal("Mijn kinderen een stabiel thuis geven", "Woning", intake)
    t.goal("De post weer openmaken", "Geldzaken", intake)
    t.score("Geldzaken", 2, intake, "Ongeveer € 60.000 schuld; huur en energie gaan weer voor.")
    t.score("Woning", 2, intake, "Ontruiming uitgesteld; huurachterstand bij de deurwaarder.")
    t.score(
        "Geestelijke gezondheid",
        2,
        intake,
        "Stressklachten en slapeloze nachten; gaat af en toe naar een psychotherapeut.",
    )
    t.score("Relaties thuis", 3, intake, "Steunt op Mark; de kinderen merken de spanning.")
    t.score("Werk en opleiding", 4, intake, "Werkt 24 uur als doktersassistente; wil meer uren.")
    t.score("Sociaal netwerk", 3, intake, "Schaamt zich tegenover haar zus en een vriendin.")
    # The second conversation, when stabilisation began: the curve shows what changed.
    t.score(
        "Woning", 3, waiting, "Betalingsregeling huurachterstand loopt; ontruiming van de baan."
    )
    t.score("Geestelijke gezondheid", 3, waiting, "Slaapt beter sinds de post weer open gaat.")
    t.score("Geldzaken", 2, waiting, "Vaste lasten worden weer betaald; schulden nog in kaart.")

    t.income("salary", "Huisartsenpraktijk (24 uur)", "1486.20")
    t.income("benefit", "UWV (WW-uitkering)", "1612.40", person="partner")
    t.income("child_benefit", "SVB (kinderbijslag)", "227.86")
    t.income("child_budget", "Dienst Toeslagen (kindgebonden budget)", "198.00")
    t.income("care_allowance", "Dienst Toeslagen (zorgtoeslag)", "96.00")
    t.expense("rent", "Woonstichting Meerwonen", "921.00")
    t.expense("energy", "Eneco", "189.00")
    t.expense("water", "Dunea", "28.50")
    t.expense("health_insurance", "Zilveren Kruis (twee volwassenen)", "304.20")
    t.expense("telecom", "Internet, tv en twee telefoons", "64.50")
    t.expense("groceries", "Boodschappen (vier personen)", "780.00")
    t.expense("insurance", "Inboedel- en aansprakelijkheidsverzekering", "38.40")
    t.expense("local_taxes", "Gemeente en waterschap", "41.20")
    t.expense("transport", "Benzine en OV", "95.00")
    t.expense("children", "School en sport van Sem en Lotte", "60.00")

    t.note(
        "Mark schaamt zich voor het faillissement en zegt weinig; Tanya regelt de post. Zij wil "
        "haar zus apart terugbetalen: uitgelegd dat alle schuldeisers gelijk behandeld worden.",
        _TANYA_CASEWORKER,
        intake,
    )
    t.note(
        "Het dwangbevel van de Belastingdienst is binnen. We hebben gevraagd de invordering op "
        "te schorten zolang u in de schuldhulp zit. Betaal niet zelf zonder eerst Alex te bellen.",
        _TANYA_CASEWORKER,
        setback + timedelta(days=1),
        client_visible=True,
    )
    t.note(
        "Wat u nu kunt doen: post openen, stukken inleveren, huur en energie op tijd betalen. "
        "De gemeente wacht op antwoord van de schuldeisers; dat kan weken duren.",
        _TANYA_CASEWORKER,
        waiting,
        client_visible=True,
    )
    return t
