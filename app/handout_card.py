"""The do's-and-don'ts card: ten business cards on an A4, fronts on page 1, backs on page 2."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from app.card_text import CardText, CardTextError, load_card_text, parse_card_text
from app.print_style import (
    FONT,
    FONT_BOLD,
    HEADING_INK,
    INK,
    MUTED_INK,
    RULE,
    TINT,
    Audience,
    PdfInfo,
    para,
    start_canvas,
    table_style,
    text_styles,
)
from models.messages import say

__all__ = [
    "CARD_HEIGHT",
    "CARD_WIDTH",
    "MIN_SIZE",
    "CardText",
    "CardTextError",
    "card_pdf",
    "card_positions",
    "load_card_text",
    "parse_card_text",
]

CARD_WIDTH = 85 * mm
CARD_HEIGHT = 55 * mm
COLUMNS, ROWS = 2, 5
#: The smallest type on a card, in points: below this Tanya cannot read it.
MIN_SIZE = 7.0

# Text keeps this far from a card's edge, so that a cut a little off never touches a letter.
_PADDING = 3.5 * mm
_GUTTER = 3 * mm
_PAGE_WIDTH, _PAGE_HEIGHT = A4
_LEFT = (_PAGE_WIDTH - COLUMNS * CARD_WIDTH) / 2
_BOTTOM = (_PAGE_HEIGHT - ROWS * CARD_HEIGHT) / 2
# Crop marks start a little away from the cards (a cut never shows a stub of them) and stay
# clear of the strip at the paper's edge that most printers cannot reach.
_MARK_GAP = 1.5 * mm
_MARK_LENGTH = 4.5 * mm
_FRONT_BODY = 8.5
_BACK_BODY = 10.5
# Tried from the largest down: the first scale at which a side fits is used. None makes the
# front's body text (its smallest type) smaller than MIN_SIZE.
_SCALES = tuple(s for s in (1.0, 0.95, 0.9, 0.85, 0.8) if _FRONT_BODY * s >= MIN_SIZE)
_MIN_GAP = 1.2 * mm
_MAX_GAP = 3 * mm
_NBSP = "\u00a0"
_BLANK = _NBSP + "_" * 20


def card_positions(*, back: bool) -> list[tuple[float, float]]:
    """The lower-left corner of each of the ten cards on the sheet, card by card.

    The backs are mirrored left to right: printed double-sided with a flip along the long
    edge, card n's back lands behind card n's front.
    """
    places = []
    for index in range(COLUMNS * ROWS):
        row, column = divmod(index, COLUMNS)
        if back:
            column = COLUMNS - 1 - column
        places.append((_LEFT + column * CARD_WIDTH, _BOTTOM + (ROWS - 1 - row) * CARD_HEIGHT))
    return places


def _style(name: str, size: float, *, bold: bool = False, ink: Color = INK) -> ParagraphStyle:
    return ParagraphStyle(
        f"card-{name}",
        parent=text_styles(Audience.CLIENT).body,
        fontName=FONT_BOLD if bold else FONT,
        fontSize=size,
        leading=size * 1.22,
        spaceAfter=0,
        textColor=ink,
        bulletFontSize=size,
        bulletFontName=FONT_BOLD if bold else FONT,
    )


def _bulleted(text: str, bullet: str, size: float) -> Paragraph:
    style = ParagraphStyle(
        f"card-bullet-{size}",
        parent=_style("item", size),
        leftIndent=size * 1.45,
        bulletIndent=0,
    )
    return Paragraph(escape(text), style, bulletText=bullet)


def _band(content: Sequence[Flowable], width: float) -> Table:
    """A block of paragraphs as wide as its column, on a tint: what she must not miss."""
    table = Table([[list(content)]], colWidths=[width])
    table.setStyle(
        table_style(
            Audience.CLIENT,
            ("BACKGROUND", (0, 0), (-1, -1), TINT),
            ("LEFTPADDING", (0, 0), (-1, -1), 1.5 * mm),
            ("RIGHTPADDING", (0, 0), (-1, -1), 1.5 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 0.8 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2 * mm),
        )
    )
    return table


def _front_blocks(text: CardText, scale: float, width: float) -> list[Flowable]:
    """Two columns: what to do when it happens (left), what not and what to do (right).

    Short columns suit the card: every line is a few words, and a short item wastes no room.
    """
    body = _FRONT_BODY * scale
    half = (width - _GUTTER) / 2
    left: list[Flowable] = [para(text.title, _style("title", body * 1.15, bold=True))]
    left += [_bulleted(line, "•", body) for line in text.situations]
    left.append(Spacer(1, body * 0.5))
    left.append(_band([para(text.answer, _style("answer", body, bold=True))], half))
    right: list[Flowable] = [para(text.dont_title, _style("dont", body * 1.05, bold=True))]
    right += [_bulleted(line, "✗", body) for line in text.dont]
    after_list = ParagraphStyle("card-do", parent=_style("do", body * 1.05, bold=True))
    after_list.spaceBefore = body * 0.7  # a little room between the two lists
    right.append(para(text.do_title, after_list))
    right += [_bulleted(line, "✓", body) for line in text.do]
    columns = Table([[left, right]], colWidths=[half + _GUTTER / 2, half + _GUTTER / 2])
    columns.setStyle(
        table_style(
            Audience.CLIENT,
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, -1), _GUTTER / 2),
            ("LEFTPADDING", (1, 0), (1, -1), _GUTTER / 2),
            ("RIGHTPADDING", (1, 0), (1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("LINEAFTER", (0, 0), (0, -1), 0.5, RULE),
        )
    )
    return [columns]


def _back_blocks(
    text: CardText, contact: tuple[str | None, str | None, str | None], scale: float, width: float
) -> list[Flowable]:
    name, phone, hours = (value.strip() if value and value.strip() else None for value in contact)
    body = _BACK_BODY * scale
    return [
        para(text.back_title, _style("back-title", body * 1.1, bold=True, ink=HEADING_INK)),
        para(name or f"Naam:{_BLANK}", _style("name", body * 1.3, bold=True)),
        # The number is what she needs most: the largest type on the card, never broken.
        para(
            f"☎ {text.phone_label} {phone.replace(' ', _NBSP) if phone else _BLANK}",
            _style("phone", body * 1.45, bold=True),
        ),
        para(f"{text.hours_label}: {hours or _BLANK}", _style("hours", body)),
        _band([para(text.keep, _style("keep", body, bold=True))], width),
    ]


def _fit(
    build: Callable[[float], list[Flowable]], side: str, width: float, height: float
) -> list[tuple[Flowable, float]]:
    """The blocks of one side at the largest scale at which they fit, with their heights.

    Raises:
        CardTextError: Even at the smallest readable type the side does not fit.
    """
    for scale in _SCALES:
        blocks = build(scale)
        heights = [block.wrap(width, height)[1] for block in blocks]
        if (
            all(_fits_width(block) for block in blocks)
            and sum(heights) + _MIN_GAP * (len(blocks) - 1) <= height
        ):
            return list(zip(blocks, heights, strict=True))
    raise CardTextError(
        say(
            "De tekst voor de {side} van het kaartje is te lang: ook in de kleinste"
            " letter ({min_size:g} punt) past hij niet. Maak de tekst korter.",
            side=side,
            min_size=MIN_SIZE,
        )
    )


def _fits_width(block: Flowable) -> bool:
    """Whether no word sticks out: ReportLab does not break a word longer than its line."""
    for paragraph in _paragraphs(block):
        room = paragraph.width - paragraph.style.leftIndent - paragraph.style.rightIndent
        if paragraph.minWidth() > room + 0.01:
            return False
    return True


def _paragraphs(block: object) -> list[Paragraph]:
    """The paragraphs in a block, also those inside (nested) table cells; after wrapping."""
    if isinstance(block, Paragraph):
        return [block]
    if isinstance(block, Table):
        return [p for row in block._cellvalues for cell in row for p in _paragraphs(cell)]
    if isinstance(block, list | tuple):
        return [p for item in block for p in _paragraphs(item)]
    return []


def _draw_side(canvas: Canvas, blocks: list[tuple[Flowable, float]], x: float, y: float) -> None:
    """Draw one side's blocks top down inside a card, the spare room spread between them."""
    inner = CARD_HEIGHT - 2 * _PADDING
    spare = inner - sum(height for _, height in blocks)
    gap = min(_MAX_GAP, spare / max(1, len(blocks) - 1))
    top = y + CARD_HEIGHT - _PADDING
    if len(blocks) > 1 and gap == _MAX_GAP:  # room to spare: the last block sits at the bottom
        last, _ = blocks[-1]
        last.drawOn(canvas, x + _PADDING, y + _PADDING)
        blocks = blocks[:-1]
    for block, height in blocks:
        top -= height
        block.drawOn(canvas, x + _PADDING, top)
        top -= gap


def _crop_marks(canvas: Canvas) -> None:
    """Short lines in the margin at every cut, clear of the cards themselves."""
    canvas.saveState()
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.4)
    right, top = _LEFT + COLUMNS * CARD_WIDTH, _BOTTOM + ROWS * CARD_HEIGHT
    for column in range(COLUMNS + 1):
        x = _LEFT + column * CARD_WIDTH
        canvas.line(x, top + _MARK_GAP, x, top + _MARK_GAP + _MARK_LENGTH)
        canvas.line(x, _BOTTOM - _MARK_GAP, x, _BOTTOM - _MARK_GAP - _MARK_LENGTH)
    for row in range(ROWS + 1):
        y = _BOTTOM + row * CARD_HEIGHT
        canvas.line(_LEFT - _MARK_GAP - 3 * _MARK_LENGTH / 2, y, _LEFT - _MARK_GAP, y)
        canvas.line(right + _MARK_GAP, y, right + _MARK_GAP + 3 * _MARK_LENGTH / 2, y)
    canvas.restoreState()


def _guides(canvas: Canvas) -> None:
    """Faint dotted lines along the cards, for cutting with scissors (front only)."""
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.25)
    canvas.setDash(1, 2)
    for x, y in card_positions(back=False):
        canvas.rect(x, y, CARD_WIDTH, CARD_HEIGHT, stroke=1, fill=0)
    canvas.restoreState()


def _margin_note(canvas: Canvas, text: str) -> None:
    """A line for the person printing, upright along the left margin."""
    canvas.saveState()
    canvas.setFillColor(MUTED_INK)
    canvas.setFont(FONT, MIN_SIZE)
    canvas.translate(_LEFT - 12 * mm, _PAGE_HEIGHT / 2)
    canvas.rotate(90)
    canvas.drawCentredString(0, 0, text)
    canvas.restoreState()


FRONT_NOTE = (
    "✂ Voorkanten. Druk af op ware grootte (100%), dubbelzijdig, omslaan langs de lange kant. "
    "Knip langs de streepjes."
)
BACK_NOTE = "Achterkanten. Knip pas als beide kanten geprint zijn."


def card_pdf(
    *,
    name: str | None,
    phone: str | None,
    hours: str | None,
    text: CardText | None = None,
    today: date | None = None,
) -> bytes:
    """Ten do's-and-don'ts cards (85 × 55 mm) on an A4 with crop marks, to print both sides.

    Page 1 holds the fronts (what to do when a creditor calls or a letter comes), page 2 the
    backs (whom to call), mirrored so that they line up when printed double-sided with a flip
    along the long edge. Type is never smaller than ``MIN_SIZE``; fonts are embedded.

    Args:
        name: The caseworker's name; a line to write on when None.
        phone: The caseworker's phone number; a line to write on when None.
        hours: When she can be called; a line to write on when None.
        text: The card's words; ``load_card_text()`` when None.
        today: The print date of the metadata; the system date when None.

    Returns:
        The PDF's bytes.

    Raises:
        CardTextError: The card's text is wrong or does not fit on the card.
    """
    words = text or load_card_text()
    width = CARD_WIDTH - 2 * _PADDING
    height = CARD_HEIGHT - 2 * _PADDING
    front = _fit(lambda scale: _front_blocks(words, scale, width), "voorkant", width, height)
    back = _fit(
        lambda scale: _back_blocks(words, (name, phone, hours), scale, width),
        "achterkant",
        width,
        height,
    )
    buffer = io.BytesIO()
    info = PdfInfo(
        title="Kaartje: wat doe ik als een schuldeiser belt?",
        subject="Tien visitekaartjes met wat je wel en niet doet, en wie je belt",
        audience=Audience.CLIENT,
        printed_on=today or date.today(),
    )
    canvas = start_canvas(buffer, info, footer=False)
    for side, blocks, note in ((False, front, FRONT_NOTE), (True, back, BACK_NOTE)):
        if not side:
            _guides(canvas)
        _crop_marks(canvas)
        _margin_note(canvas, note)
        for x, y in card_positions(back=side):
            _draw_side(canvas, blocks, x, y)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
