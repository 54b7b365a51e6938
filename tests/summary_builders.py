"""Builders for conversation summaries: a client, a conversation and its actions."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from app.db import Database
from models.codes import ConversationKind, Owner, Relation
from models.summary import Contact, Summary, SummaryAction
from models.tables import Action, Client, Conversation, HouseholdMember

TODAY = date(2026, 11, 27)  # a Friday
BSN = "111222333"
INTERNAL_NOTE = "Intern: twijfel of zij de post echt opent"


def add_client(
    db: Database,
    *,
    first_names: str | None = "Tanya",
    last_name: str = "Verhoef",
    email: str | None = "tanya.verhoef@example.com",
    contact: tuple[str | None, str | None, str | None] = (
        "Alex de Ridder",
        "079 346 87 00",
        "ma t/m do 9:00-12:00",
    ),
    partner: str | None = None,
) -> uuid.UUID:
    """A client with a BSN, an e-mail address, a contact person and perhaps a partner."""
    with db.session() as session:
        client = Client(
            first_names=first_names,
            last_name=last_name,
            bsn=BSN,
            email=email,
            contact_name=contact[0],
            contact_phone=contact[1],
            contact_hours=contact[2],
        )
        session.add(client)
        session.flush()
        if partner is not None:
            session.add(
                HouseholdMember(
                    client_id=client.id,
                    relation=Relation.PARTNER,
                    first_names=partner,
                    last_name="Bruijn",
                )
            )
        return client.id


def add_conversation(
    db: Database,
    client_id: uuid.UUID,
    *,
    held_on: date = TODAY,
    kind: str = ConversationKind.INTAKE,
    agreed: str | None = None,
) -> uuid.UUID:
    """A conversation of the client on a day, with what was agreed."""
    with db.session() as session:
        row = Conversation(client_id=client_id, held_on=held_on, kind=kind, agreed=agreed)
        session.add(row)
        session.flush()
        return row.id


def add_action(
    db: Database,
    client_id: uuid.UUID,
    title: str,
    owner: str = Owner.CLIENT,
    *,
    due_on: date | None = None,
    done_on: date | None = None,
    conversation_id: uuid.UUID | None = None,
    note: str | None = None,
) -> uuid.UUID:
    """One action of the client's, perhaps made in a conversation."""
    with db.session() as session:
        row = Action(
            client_id=client_id,
            title=title,
            owner=owner,
            due_on=due_on,
            done_on=done_on,
            conversation_id=conversation_id,
            note=note,
        )
        session.add(row)
        session.flush()
        return row.id


@dataclass(frozen=True)
class TanyaTalk:
    """The ids of the realistic intake dossier below."""

    client_id: uuid.UUID
    conversation_id: uuid.UUID


AGREED = (
    "- Alex vraagt bij alle schuldeisers een saldo-opgave op.\n"
    "- Tanya en Mark betalen eerst huur, energie en zorgverzekering.\n"
    "- Geen nieuwe betalingsafspraken zonder overleg met Alex.\n"
    "- Tanya opent de post en neemt die mee naar het volgende gesprek."
)

#: (title, owner, days from TODAY) of the actions the intake makes.
TALK_ACTIONS = (
    ("Post openen en meenemen naar het volgende gesprek", Owner.CLIENT, 14),
    ("Loonstroken van de laatste 3 maanden inleveren", Owner.CLIENT, 7),
    ("UWV-beschikking inleveren", Owner.PARTNER, 7),
    ("Saldo-opgave opvragen bij alle schuldeisers", Owner.CASEWORKER, 14),
    ("Kwijtschelding gemeentelijke belastingen aanvragen", Owner.CASEWORKER, 10),
)


def add_tanya_talk(db: Database) -> TanyaTalk:
    """Tanya's intake on TODAY: agreed points, five new actions, two older open ones (one due
    soon, one overdue), one done and one far off (neither on the summary), an internal note
    and a next conversation."""
    client_id = add_client(db, partner="Mark Johannes")
    talk = add_conversation(db, client_id, agreed=AGREED)
    for title, owner, days in TALK_ACTIONS:
        add_action(
            db,
            client_id,
            title,
            owner,
            due_on=TODAY + timedelta(days=days),
            conversation_id=talk,
            note=INTERNAL_NOTE if owner == Owner.CLIENT else None,
        )
    add_action(db, client_id, "Belastingaangifte laten controleren", due_on=TODAY + timedelta(21))
    add_action(
        db, client_id, "Formulier inkomsten en uitgaven invullen", due_on=TODAY - timedelta(3)
    )
    add_action(db, client_id, "BKR-overzicht opvragen", due_on=TODAY - timedelta(20), done_on=TODAY)
    add_action(db, client_id, "Solliciteren voor meer uren", due_on=TODAY + timedelta(60))
    add_conversation(
        db, client_id, held_on=TODAY + timedelta(days=18), kind=ConversationKind.ADVICE
    )
    return TanyaTalk(client_id, talk)


ALEX = Contact("Alex de Ridder", "079 346 87 00", "ma t/m do 9:00-12:00")


def summary_of(
    *,
    client: tuple[SummaryAction, ...] = (),
    helper: tuple[SummaryAction, ...] = (),
    partner: tuple[SummaryAction, ...] = (),
    first_name: str | None = "Tanya",
    agreed: tuple[str, ...] = (),
    next_conversation: date | None = None,
    contact: Contact = ALEX,
) -> Summary:
    """A summary made on TODAY of an intake held on TODAY."""
    return Summary(
        first_name=first_name,
        held_on=TODAY,
        kind_label="intakegesprek",
        agreed_points=agreed,
        client_actions=client,
        helper_actions=helper,
        partner_actions=partner,
        next_conversation=next_conversation,
        contact=contact,
        made_on=TODAY,
    )


# ---------------------------------------------------------------------------------------------
# Reading PDFs back with poppler-utils (installed by packaging/system-deps.sh)


def _poppler(tool: str, *args: str, pdf: bytes) -> subprocess.CompletedProcess[bytes]:
    if shutil.which(tool) is None:
        raise AssertionError(f"{tool} is missing: install poppler-utils (packaging/system-deps.sh)")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "document.pdf"
        path.write_bytes(pdf)
        return subprocess.run(
            [tool, *args, str(path), *([] if tool != "pdftotext" else ["-"])],
            capture_output=True,
            check=True,
            cwd=folder,
        )


def pdf_text(pdf: bytes, *, page: int | None = None) -> str:
    """The PDF's text as pdftotext reads it (reading order), one page or all."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return _poppler("pdftotext", "-enc", "UTF-8", *pages, pdf=pdf).stdout.decode("utf-8")


def pdf_words(pdf: bytes, *, page: int | None = None) -> str:
    """The PDF's text with every run of white space (line ends, no-break spaces) as one space."""
    return " ".join(pdf_text(pdf, page=page).split())


def pdf_fonts(pdf: bytes) -> list[tuple[str, bool]]:
    """Each font of the PDF with whether it is embedded, as pdffonts lists them."""
    lines = _poppler("pdffonts", pdf=pdf).stdout.decode().splitlines()[2:]
    # The columns: name, type (one or two words), encoding, emb, sub, uni, object, generation.
    return [(line.split()[0], line.split()[-5] == "yes") for line in lines if line.strip()]


def pdf_info(pdf: bytes) -> dict[str, str]:
    """The PDF's document information as pdfinfo prints it (Title, Author, Pages, ...)."""
    out = _poppler("pdfinfo", "-enc", "UTF-8", pdf=pdf).stdout.decode("utf-8")
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def render_png(pdf: bytes, *, page: int = 1, dpi: int = 50) -> bytes:
    """One page of the PDF rendered to PNG by pdftoppm."""
    args = ["-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile"]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "document.pdf"
        path.write_bytes(pdf)
        if shutil.which("pdftoppm") is None:
            raise AssertionError("pdftoppm is missing: install poppler-utils")
        subprocess.run(["pdftoppm", *args, str(path), str(Path(folder) / "page")], check=True)
        return (Path(folder) / "page.png").read_bytes()
