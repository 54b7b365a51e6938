"""Jayden's demo dossier: young, single, just admitted (phase 4)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from app.demo.builder import Dossier
from app.demo.common import JAYDEN_ID, MUNICIPAL_PHONE, PROCESS, Days, born
from app.demo.creditors import CJIB, CZ, DUO, INTRUM, KLARNA, VODAFONE
from models.codes import ConversationKind, DebtStatus, Gender, MaritalStatus, Owner
from models.tables import Client, Creditor


def build_jayden(today: date, creditors: Mapping[str, Creditor]) -> Dossier:
    d = Days(today)
    caseworker = "Fatima Oulad Ali"
    client = Client(
        id=JAYDEN_ID,
        initials="J.",
        first_names="Jayden",
        last_name="Koster",
        gender=Gender.MALE,
        birth_date=born(today, years=24, days=203),
        bsn="999900110",
        marital_status=MaritalStatus.SINGLE,
        street="Kikkerbeetlaan",
        house_number="112",
        house_number_suffix="b",
        postcode="2719 EP",
        city="Zoetermeer",
        contact_name=caseworker,
        contact_phone=MUNICIPAL_PHONE,
        contact_hours="di en do 13:00-16:00",
        process_key=PROCESS,
    )
    j = Dossier(client, creditors)
    contact = d.work(-19)
    admitted = d.work(-2)
    j.route(
        [
            (
                "problemen",
                d(-420),
                "Gestopt met de opleiding; boetes en achterstanden stapelen zich op "
                "(datum bij benadering).",
                "Ik deed de enveloppen gewoon niet meer open.",
                1,
            ),
            (
                "hulp_zoeken",
                d(-35),
                "Zijn moeder vindt de aanmaningen van het CJIB.",
                "Mijn moeder zei: bel nou gewoon de gemeente.",
                2,
            ),
            (
                "contact_gemeente",
                contact,
                "Aanmelding via de website; adviesgesprek.",
                "Ik dacht dat ze me zouden uitlachen, maar dat deden ze niet.",
                3,
            ),
            (
                "toegelaten",
                admitted,
                "Toelatingsbeschikking verstuurd.",
                "Eindelijk iemand die zegt wat ik moet doen.",
                5,
            ),
        ]
    )
    duo = j.debt(
        DUO,
        principal="1872.00",
        interest="46.80",
        status=DebtStatus.REPORTED,
        origin_date=d(-400),
        note="Achterstand in de aflossing van de studieschuld. De rest van de studieschuld loopt "
        "door bij DUO en valt buiten de regeling.",
    )
    fine = j.debt(
        CJIB,
        principal="280.00",
        costs="289.00",
        status=DebtStatus.CONFIRMED,
        confirmed_on=d(-20),
        origin_date=d(-150),
        reference="7000 0001 2345 6789",
        note="Verkeersboete; na de tweede aanmaning verdubbeld.",
    )
    j.debt(
        CJIB,
        principal="95.00",
        costs="56.50",
        origin_date=d(-90),
        reference="7000 0001 9876 5432",
        note="Boete zwartrijden; eerste aanmaning (+50%).",
    )
    j.debt(
        VODAFONE,
        principal="612.40",
        interest="14.30",
        costs="106.24",
        collector=INTRUM,
        status=DebtStatus.REQUESTED,
        origin_date=d(-360),
        note="Abonnement met toestel; contract na de achterstand ontbonden.",
    )
    j.debt(
        KLARNA,
        principal="389.97",
        costs="15.00",
        origin_date=d(-200),
        note="Achteraf betalen: kleding en een koptelefoon.",
    )
    j.debt(
        CZ,
        principal="296.60",
        essential=True,
        status=DebtStatus.REQUESTED,
        origin_date=d(-75),
        note="Twee maanden premieachterstand.",
    )
    advice = j.conversation(
        contact,
        ConversationKind.ADVICE,
        f"Jayden Koster, {caseworker} (schuldhulpverlener)",
        "Jayden maakt de vragenlijst af en stopt met achteraf betalen. Fatima vraagt DUO de "
        "invordering op te schorten zodra Jayden is toegelaten.",
    )
    j.action(
        "Vragenlijst invullen",
        Owner.CLIENT,
        phase="contact_gemeente",
        due_on=contact + timedelta(days=3),
        done_on=contact + timedelta(days=2),
        conversation=advice,
    )
    j.action(
        "Account bij achteraf betalen opzeggen",
        Owner.CLIENT,
        phase="contact_gemeente",
        due_on=contact + timedelta(days=7),
        done_on=d(-1),
        conversation=advice,
    )
    j.action(
        "Vaste contactpersoon aan de klant doorgeven",
        Owner.CASEWORKER,
        phase="toegelaten",
        due_on=admitted + timedelta(days=2),
        done_on=admitted,
    )
    j.action(
        "DUO vragen de invordering op te schorten",
        Owner.CASEWORKER,
        phase="toegelaten",
        due_on=d(5),
        debt=duo,
    )
    j.action(
        "CJIB om een betalingsregeling vragen",
        Owner.CASEWORKER,
        phase="toegelaten",
        due_on=d(3),
        debt=fine,
        note="Voorkomen dat de boete nog hoger wordt.",
    )
    j.action("BKR-overzicht opvragen", Owner.CLIENT, phase="toegelaten", due_on=d(12))
    j.action(
        "Bankafschriften van de laatste drie maanden verzamelen",
        Owner.CLIENT,
        phase="toegelaten",
        due_on=d(12),
    )
    j.action("Intakegesprek plannen", Owner.CASEWORKER, phase="toegelaten", due_on=d(10))
    j.goal("Van de boetes af", "Geldzaken", contact)
    j.goal("Weer een opleiding afmaken", "Werk en opleiding", contact)
    j.score("Geldzaken", 2, contact, "Boetes lopen op; post lag ongeopend.")
    j.score("Werk en opleiding", 3, contact, "Uitzendwerk in een magazijn; mbo niet afgemaakt.")
    j.score("Woning", 3, contact, "Huurt een kamer.")
    j.score("Sociaal netwerk", 4, contact, "Moeder helpt mee.")
    j.income("salary", "Uitzendbureau, orderpicker (ongeveer 28 uur)", "1380.00")
    j.income("care_allowance", "Dienst Toeslagen (zorgtoeslag)", "123.00")
    j.expense("rent", "Kamerhuur", "545.00", person="client")
    j.expense("health_insurance", "CZ", "148.30", person="client")
    j.expense("telecom", "Sim-only", "35.00", person="client")
    j.expense("groceries", "Boodschappen", "280.00", person="client")
    j.expense("transport", "OV-abonnement", "92.00", person="client")
    j.note(
        "Jayden is gestopt met zijn mbo-opleiding. DUO schort de invordering op zodra hij in de "
        "schuldhulp zit; dat nog melden.",
        caseworker,
        contact,
    )
    j.note(
        "Neem alle brieven mee naar de intake, ook die je nog niet hebt opengemaakt.",
        caseworker,
        admitted,
        client_visible=True,
    )
    return j
