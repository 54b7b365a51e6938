"""Tanya's referral: the full checklist with a few items marked, and four small proofs made
as PDFs on the spot (letters of her creditors, all invented), so that the documents tab and
the completeness view have something to show."""

from __future__ import annotations

import io
import tempfile
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from sqlmodel import col, func, select

from app.checklist import choose_checklist, item_ids, set_item
from app.db import Database
from app.debts import list_debts
from app.demo.common import TANYA_ID
from app.demo.creditors import BELASTINGDIENST, ENECO, MEERWONEN, ZILVEREN_KRUIS
from app.documents import add_document, update_document
from models.codes import ChecklistState, DocumentKind
from models.tables import ChecklistItem, Document
from models.values import format_date, format_money

CHECKLIST = "volledig"

#: The sender's marks: (item, state, n.v.t., note).
_MARKS: tuple[tuple[str, ChecklistState, bool, str | None], ...] = (
    ("identiteitsbewijs", ChecklistState.CHECKED, False, "Paspoort gezien op het gemeentehuis."),
    ("aanvraag_ondertekend", ChecklistState.SUPPLIED, False, None),
    ("toelichting_klant", ChecklistState.IN_PROGRESS, False, "Tanya schrijft het met haar zus."),
    ("persoonsgegevens", ChecklistState.CHECKED, False, None),
    ("gegevens_partner", ChecklistState.SUPPLIED, False, None),
    ("kinderen", ChecklistState.SUPPLIED, False, None),
    ("contactgegevens", ChecklistState.CHECKED, False, None),
    ("zorgverzekering", ChecklistState.SUPPLIED, False, None),
    ("saldo_opgave", ChecklistState.IN_PROGRESS, False, "Nog drie schuldeisers gevraagd."),
    ("arbeidscontract", ChecklistState.OPEN, True, "Tanya en Mark werken niet in loondienst."),
    ("kinderopvangtoeslag", ChecklistState.OPEN, True, None),
    ("autopapieren", ChecklistState.OPEN, True, "De bus is verkocht."),
    ("beschikking_onderbewindstelling", ChecklistState.OPEN, True, "Geen bewind."),
    ("gereserveerd_geld", ChecklistState.OPEN, True, "Geen bewind."),
)


@dataclass(frozen=True)
class _Letter:
    """One invented letter of a creditor, made into a one-page PDF."""

    sender: str
    subject: str
    kind: DocumentKind
    item: str
    lines: tuple[str, ...]
    amounts: tuple[tuple[str, str], ...] = ()


def _pdf(letter: _Letter, on: date) -> bytes:
    """A plain one-page letter: a few kilobytes with the standard fonts."""
    buffer = io.BytesIO()
    page = Canvas(buffer, pagesize=A4, pageCompression=1, invariant=1)
    page.setTitle(letter.subject)
    page.setAuthor(letter.sender)
    width, height = A4
    page.setFont("Helvetica-Bold", 15)
    page.drawString(56, height - 70, letter.sender)
    page.setFont("Helvetica", 9)
    page.drawString(56, height - 86, "Postbus 1000  ·  1000 AA  ·  voorbeeldbrief (demo)")
    page.setFont("Helvetica", 10.5)
    y = height - 150
    for text in ("Mevrouw T. Verhoef", "Sterrenkroosstraat 41", "2724 KX Zoetermeer"):
        page.drawString(56, y, text)
        y -= 14
    y -= 24
    page.drawString(56, y, f"Datum: {format_date(on)}")
    y -= 14
    page.setFont("Helvetica-Bold", 10.5)
    page.drawString(56, y, f"Betreft: {letter.subject}")
    page.setFont("Helvetica", 10.5)
    y -= 30
    for text in letter.lines:
        page.drawString(56, y, text)
        y -= 15
    if letter.amounts:
        y -= 10
        for label, amount in letter.amounts:
            bold = label.startswith("Totaal")
            page.setFont("Helvetica-Bold" if bold else "Helvetica", 10.5)
            page.drawString(72, y, label)
            page.drawRightString(width - 120, y, amount)
            y -= 15
        page.setFont("Helvetica", 10.5)
    page.drawString(56, 90, "Met vriendelijke groet,")
    page.drawString(56, 74, letter.sender)
    page.showPage()
    page.save()
    return buffer.getvalue()


def _money(value: Decimal | None) -> str:
    return format_money(value) if value is not None else ""


def _has_referral(db: Database) -> bool:
    with db.session() as session:
        items = session.exec(
            select(func.count()).where(col(ChecklistItem.client_id) == TANYA_ID)
        ).one()
        documents = session.exec(
            select(func.count()).where(col(Document.client_id) == TANYA_ID)
        ).one()
    return bool(items or documents)


def add_tanya_referral(db: Database, *, today: date) -> int:
    """Choose the full checklist for Tanya, mark a few items and add four invented proofs.

    Idempotent: a Tanya who already has a checklist or a proof is left as she is.

    Returns:
        The number of proofs added.
    """
    if _has_referral(db):
        return 0
    choose_checklist(db, TANYA_ID, CHECKLIST)
    for key, state, not_applicable, note in _MARKS:
        set_item(db, TANYA_ID, key, state=state, not_applicable=not_applicable, note=note or "")
    debts = {row.creditor_name: row for row in list_debts(db, TANYA_ID, today=today).rows}
    rent, energy, tax = debts[MEERWONEN.name], debts[ENECO.name], debts[BELASTINGDIENST.name]
    month_ago = today - timedelta(days=30)
    letters: list[tuple[_Letter, uuid.UUID | None, date]] = [
        (
            _Letter(
                MEERWONEN.name,
                "Overzicht huurachterstand",
                DocumentKind.CLAIM_STATEMENT,
                "saldo_opgave",
                (
                    "Op uw verzoek sturen wij u het overzicht van de huurachterstand.",
                    "De lopende huur wordt sinds de toelating weer op tijd betaald.",
                ),
                (
                    ("Huurachterstand (vier maanden)", _money(rent.principal)),
                    ("Rente", _money(rent.interest)),
                    ("Kosten deurwaarder", _money(rent.costs)),
                    ("Totaal", _money(rent.total)),
                ),
            ),
            rent.id,
            rent.confirmed_on or month_ago,
        ),
        (
            _Letter(
                ENECO.name,
                f"Saldo-opgave klantnummer {energy.customer_number or ''}".strip(),
                DocumentKind.CLAIM_STATEMENT,
                "saldo_opgave",
                (
                    "Hierbij het openstaande saldo van uw energierekening.",
                    "De meterstanden die u doorgaf zijn verwerkt.",
                ),
                (("Jaarafrekening en termijnen", _money(energy.principal)),)
                + (("Kosten", _money(energy.costs)),)
                + (("Totaal", _money(energy.total)),),
            ),
            energy.id,
            energy.confirmed_on or month_ago,
        ),
        (
            _Letter(
                BELASTINGDIENST.name,
                "Dwangbevel naheffingsaanslag omzetbelasting",
                DocumentKind.LETTER,
                "bewijsstukken_schuld",
                (
                    f"Aanslagnummer {tax.reference or ''}",
                    "U heeft de aanslag niet op tijd betaald. Dit dwangbevel kan",
                    "ten uitvoer worden gelegd als u niet binnen twee dagen betaalt.",
                ),
                (("Totaal", _money(tax.total)),),
            ),
            tax.id,
            tax.confirmed_on or month_ago,
        ),
        (
            _Letter(
                ZILVEREN_KRUIS.name,
                "Polisblad zorgverzekering",
                DocumentKind.CONTRACT,
                "zorgverzekering",
                (
                    "Basisverzekering voor twee volwassenen en twee kinderen.",
                    "Eigen risico: het wettelijke bedrag. Geen aanvullende verzekering.",
                ),
            ),
            None,
            today - timedelta(days=20),
        ),
    ]
    ids = item_ids(db, TANYA_ID)
    with tempfile.TemporaryDirectory(prefix="procesplaat-demo-") as folder:
        for number, (letter, debt_id, on) in enumerate(letters, start=1):
            source = Path(folder) / f"bewijsstuk-{number}.pdf"
            source.write_bytes(_pdf(letter, on))
            document_id = add_document(
                db,
                TANYA_ID,
                source,
                kind=letter.kind.value,
                description=f"{letter.sender}: {letter.subject}",
                debt_id=debt_id,
                received_on=min(on, today, date.today()),  # never in the future
            )
            update_document(db, document_id, {"checklist_item_id": ids[letter.item]})
    return len(letters)
