"""The one print style of every PDF: embedded fonts, text styles, greyscale-safe colours, footer."""

from __future__ import annotations

import errno
import io
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, TableStyle

from app.atomic import replace_file
from app.errors import UserError
from app.paths import resources_dir
from models.values import format_date

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
AUTHOR = "Procesplaat"
LANGUAGE = "nl"
CONFIDENTIAL = "Vertrouwelijk"

_FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}
_fonts_lock = threading.Lock()
_build_lock = threading.Lock()

# Colours. Every one is chosen for its grey value as much as for its hue: on a black-and-white
# printer text colours stay dark (contrast 7:1 or more on white) and fills stay light enough
# for black text on them. tests/app/test_print_style.py holds them to that.
INK = HexColor("#000000")
#: Headings and box titles: a dark blue that prints as near-black.
HEADING_INK = HexColor("#17324d")
#: Secondary text (footer, "dit is al gedaan"): dark grey, still 7:1 on white.
MUTED_INK = HexColor("#4a4a4a")
#: Lines and box borders.
RULE = HexColor("#5b6b7b")
#: The fill behind a box title or an emphasised block; prints as a light grey.
TINT = HexColor("#e3ebf3")
#: A lighter fill, for a second kind of box beside the first.
TINT_LIGHT = HexColor("#f2f2f2")
TEXT_COLOURS: tuple[Color, ...] = (INK, HEADING_INK, MUTED_INK)
FILL_COLOURS: tuple[Color, ...] = (TINT, TINT_LIGHT)

MARGIN = 20 * mm
_FOOTER_BASELINE = 10 * mm


class Audience(StrEnum):
    """Who reads a page: the client (large, calm type) or a desk (compact, complete)."""

    CLIENT = "client"
    DESK = "desk"


@dataclass(frozen=True)
class TextStyles:
    """The paragraph styles of one audience; sizes in points."""

    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    strong: ParagraphStyle
    small: ParagraphStyle
    footer_size: float


@dataclass(frozen=True)
class PdfInfo:
    """What a PDF says about itself, and what its footer says on every page.

    Attributes:
        title: The document title (PDF metadata, shown in the viewer's title bar). Keep
            personal data out of it: the title travels with the file.
        subject: One line on what the document is.
        audience: The client or a desk: decides the type sizes and the page numbers.
        printed_on: The date in the footer.
        confidential: Put "Vertrouwelijk" in the footer of every page.
    """

    title: str
    subject: str
    audience: Audience
    printed_on: date
    confidential: bool = False


def font_path(name: str) -> Path:
    """The shipped TTF file of one of the print style's fonts."""
    return resources_dir() / "fonts" / _FONT_FILES[name]


def register_fonts() -> None:
    """Register DejaVu Sans and its bold with ReportLab, once per process.

    Safe to call from several worker threads. ReportLab embeds a TrueType font (as subsets of
    the glyphs used), so € and ë and any name print the same on every machine.
    """
    with _fonts_lock:
        if FONT in pdfmetrics.getRegisteredFontNames():
            return
        for name in _FONT_FILES:
            pdfmetrics.registerFont(TTFont(name, str(font_path(name))))
        # No oblique is shipped: <i> falls back to upright rather than to a Type 1 font.
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
        )


def _style(name: str, size: float, leading: float, **extra: Any) -> ParagraphStyle:
    # bulletFontName too: ReportLab's default is Helvetica, which would not be embedded.
    settings: dict[str, Any] = {"fontName": FONT, "bulletFontName": FONT, "textColor": INK}
    return ParagraphStyle(name, fontSize=size, leading=leading, **(settings | extra))


@cache
def text_styles(audience: Audience) -> TextStyles:
    """The paragraph styles for a client-facing or a desk-facing page.

    Client pages use 14 pt body text with generous leading (B1 readers, reading glasses,
    stress); desk pages 9.5 pt, so that a creditor list fits. The styles are shared: derive
    a variant with ``ParagraphStyle(name, parent=...)``, never change one.
    """
    register_fonts()
    if audience is Audience.CLIENT:
        sizes = {"title": 24.0, "heading": 18.0, "body": 14.0, "small": 11.0, "footer": 9.0}
    else:
        sizes = {"title": 16.0, "heading": 12.0, "body": 9.5, "small": 8.0, "footer": 7.5}
    body = sizes["body"]
    return TextStyles(
        title=_style(
            f"{audience}-title",
            sizes["title"],
            sizes["title"] * 1.25,
            fontName=FONT_BOLD,
            textColor=HEADING_INK,
            spaceAfter=sizes["title"] * 0.4,
        ),
        heading=_style(
            f"{audience}-heading",
            sizes["heading"],
            sizes["heading"] * 1.3,
            fontName=FONT_BOLD,
            textColor=HEADING_INK,
            spaceBefore=sizes["heading"] * 0.8,
            spaceAfter=sizes["heading"] * 0.35,
        ),
        body=_style(f"{audience}-body", body, body * 1.4, spaceAfter=body * 0.3),
        strong=_style(f"{audience}-strong", body, body * 1.4, fontName=FONT_BOLD),
        small=_style(
            f"{audience}-small", sizes["small"], sizes["small"] * 1.4, textColor=MUTED_INK
        ),
        footer_size=sizes["footer"],
    )


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: names like "Jansen & Zn <BV>" are escaped, not parsed."""
    return Paragraph(escape(text), style)


def table_style(audience: Audience, *commands: tuple[Any, ...]) -> TableStyle:
    """A table style in the print style's font, then the caller's commands.

    A table sets a font for every cell, even one holding a paragraph; its default is
    Helvetica, which is not embedded. Every table of the app starts from this style.
    """
    size = text_styles(audience).body.fontSize
    base: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, size),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    return TableStyle([*base, *commands])


def footer_text(info: PdfInfo, page: int, pages: int) -> tuple[str, str, str]:
    """The footer's left, middle and right text of one page.

    Desk pages always say "Pagina x van y", so a missing page is noticed; a one-page client
    handout does not.
    """
    left = f"Gemaakt op {format_date(info.printed_on)}"
    middle = CONFIDENTIAL if info.confidential else ""
    numbered = info.audience is Audience.DESK or pages > 1
    right = f"Pagina {page} van {pages}" if numbered else ""
    return left, middle, right


class _PrintCanvas(Canvas):  # type: ignore[misc]
    """A canvas that holds its pages until the end, to print "Pagina x van y" on each."""

    def __init__(
        self, *args: Any, info: PdfInfo, footer: bool = True, margin: float = MARGIN, **kwargs: Any
    ) -> None:
        kwargs["lang"] = kwargs.get("lang") or LANGUAGE
        # ReportLab starts every page in Helvetica, which is not embedded; start in ours.
        kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT
        super().__init__(*args, **kwargs)
        self._info = info
        self._footer = footer
        self._margin = margin
        self._pages: list[dict[str, Any]] = []
        _set_metadata(self, info)

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            if self._footer:
                _draw_footer(self, self._info, number, total, self._margin)
            super().showPage()
        super().save()


def _set_metadata(canvas: Any, info: PdfInfo) -> None:
    canvas.setTitle(info.title)
    canvas.setAuthor(AUTHOR)
    canvas.setSubject(info.subject)
    canvas.setCreator(AUTHOR)
    canvas.setProducer(AUTHOR)


def _draw_footer(canvas: Any, info: PdfInfo, page: int, pages: int, margin: float) -> None:
    width = canvas._pagesize[0]
    left, middle, right = footer_text(info, page, pages)
    size = text_styles(info.audience).footer_size
    canvas.saveState()
    canvas.setFillColor(MUTED_INK)
    canvas.setFont(FONT, size)
    canvas.drawString(margin, _FOOTER_BASELINE, left)
    if middle:
        canvas.setFont(FONT_BOLD, size)
        canvas.drawCentredString(width / 2, _FOOTER_BASELINE, middle)
        canvas.setFont(FONT, size)
    if right:
        canvas.drawRightString(width - margin, _FOOTER_BASELINE, right)
    canvas.restoreState()


def start_canvas(
    buffer: io.BytesIO,
    info: PdfInfo,
    *,
    pagesize: tuple[float, float] = A4,
    footer: bool = True,
    margin: float = MARGIN,
) -> Canvas:
    """A canvas for pages drawn by hand (the procesplaat, the cut-out card), with metadata.

    Args:
        buffer: Where the PDF is written on ``save()``.
        info: Title, subject and footer of the document.
        pagesize: The page size, for example ``landscape(A4)`` or ``landscape(A3)``.
        footer: Draw the footer (date, "Vertrouwelijk", page numbers) on every page.
        margin: The left and right margin the footer keeps to.

    Returns:
        A canvas with the fonts registered, the language set to Dutch and the metadata filled.
    """
    register_fonts()
    return _PrintCanvas(buffer, pagesize=pagesize, info=info, footer=footer, margin=margin)


def build_pdf(
    story: Sequence[Flowable],
    info: PdfInfo,
    *,
    pagesize: tuple[float, float] = A4,
    margin: float = MARGIN,
) -> bytes:
    """Lay out a story of flowables on pages of the print style.

    Args:
        story: Paragraphs, tables and other flowables, in reading order.
        info: Title, subject, audience and footer of the document.
        pagesize: The page size (A4 portrait unless told).
        margin: The margin on all four sides; the footer sits in the bottom one.

    Returns:
        The PDF's bytes: fonts embedded, metadata filled, catalog language "nl".
    """
    register_fonts()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=info.title,
        author=AUTHOR,
        subject=info.subject,
        creator=AUTHOR,
        producer=AUTHOR,
        lang=LANGUAGE,
        displayDocTitle=True,
    )

    def make_canvas(*args: Any, **kwargs: Any) -> _PrintCanvas:
        return _PrintCanvas(*args, info=info, margin=margin, **kwargs)

    with _build_lock:  # ReportLab keeps module state while it lays out: one PDF at a time
        document.build(list(story), canvasmaker=make_canvas)
    return buffer.getvalue()


def write_document(path: Path, data: bytes) -> None:
    """Write a PDF (or the e-mail draft that carries one) complete or not at all.

    A synced temporary file beside the target takes its name in one rename, so a crash or a
    full disk never leaves half a document where the person expects a whole one.

    Raises:
        UserError: The folder does not exist, may not be written or the disk is full.
    """
    try:
        replace_file(path, data)
    except OSError as exc:
        raise UserError(_write_problem(path, exc)) from exc


def _write_problem(path: Path, exc: OSError) -> str:
    folder = path.parent
    if isinstance(exc, PermissionError):
        return f"U mag niet schrijven in de map {folder}. Kies een andere map."
    if isinstance(exc, FileNotFoundError):
        return f"De map {folder} bestaat niet. Kies een andere map."
    if exc.errno == errno.ENOSPC:
        return "De schijf is vol. Maak ruimte vrij en probeer het opnieuw."
    return f"{path.name} kan niet worden opgeslagen: {exc.strerror or exc}."
