"""Turning scans and phone photos into compact, legible A4 PDFs."""

from __future__ import annotations

import io
import threading
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from PIL import Image, ImageOps, ImageSequence
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader

from app.document_check import (
    HEIC,
    HEIC_UNREADABLE,
    PDF,
    check_file,
    clean_description,
    heif_available,
    sniff,
)
from app.errors import UserError
from app.print_style import Audience, PdfInfo, start_canvas, write_document
from models.messages import say

#: The resolution of a converted page: a letter's smallest print stays legible at 150 dpi.
DPI = 150
#: JPEG quality of the page images; around 60 keeps text crisp at a fraction of the size.
JPEG_QUALITY = 60
#: How far a pixel's colour may stray from the page's own tint and still count as grey.
_CHROMA_TOLERANCE = 24
#: The share of coloured pixels below which a page is stored in greyscale (a logo may stay).
_COLOURED_SHARE = 0.01
_POINTS_PER_INCH = 72
_DEFAULT_TITLE = "Scan"
_SUBJECT = "Scan of foto, omgezet naar PDF"

_DAMAGED = say(
    "Deze afbeelding is beschadigd of onvolledig en kan niet gelezen "
    "worden. Maak de foto of scan opnieuw."
)
_NOT_AN_IMAGE = say(
    "Dit is al een PDF, geen foto of scan. Voeg de PDF zelf toe in plaats van hem om te zetten."
)
# ReportLab wraps binary streams in ASCII85 unless told not to, which makes every JPEG a
# quarter larger; the setting is global, so switching it is done one conversion at a time.
_a85_lock = threading.Lock()


@dataclass(frozen=True)
class _Page:
    """One page image, JPEG-encoded and ready to place."""

    jpeg: bytes
    width: int
    height: int


def _named(source: Path, message: str) -> UserError:
    """A refusal that names the file, so one bad file among many can be found."""
    name = clean_description(source.name) or "(naamloos)"
    return UserError(say("{name}: {message}", name=name, message=message))


def _frames(source: Path | BinaryIO) -> Iterator[Image.Image]:
    """Every page of an image file, decoded, upright and detached from the file."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        with Image.open(source) as image:
            for frame in ImageSequence.Iterator(image):
                frame.load()
                yield ImageOps.exif_transpose(frame.copy())


def _flatten(image: Image.Image) -> Image.Image:
    """An RGB or greyscale copy, transparency laid on white and deep images scaled to 8 bits."""
    if image.mode in ("I;16", "I;16L", "I;16B", "I;16N", "I"):
        image = image.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    elif image.mode == "F":
        image = image.convert("L")
    if image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("RGB")
    if image.mode in ("1", "L"):
        return image.convert("L")
    return image.convert("RGB")


def _nearly_colourless(image: Image.Image) -> bool:
    """Whether a page is black on (tinted) white: few pixels differ from the paper's own tint.

    A photo under a lamp gives the paper a yellow or blue cast; measuring each pixel's colour
    against the median of the page ignores that cast and finds real colour (a photo, a chart).
    """
    if image.mode == "L":
        return True
    sample = image.copy()
    sample.thumbnail((256, 256))
    _, cb, cr = sample.convert("YCbCr").split()
    cb_values = cb.tobytes()
    cr_values = cr.tobytes()
    cb_mid = sorted(cb_values)[len(cb_values) // 2]
    cr_mid = sorted(cr_values)[len(cr_values) // 2]
    coloured = sum(
        1
        for b, r in zip(cb_values, cr_values, strict=True)
        if abs(b - cb_mid) + abs(r - cr_mid) > _CHROMA_TOLERANCE
    )
    return coloured < _COLOURED_SHARE * len(cb_values)


def page_size_for(width: int, height: int) -> tuple[float, float]:
    """The A4 page, in points, turned to follow an image of this width and height."""
    short, long = sorted((float(A4[0]), float(A4[1])))
    return (long, short) if width > height else (short, long)


def _fit(width: int, height: int) -> tuple[float, float]:
    """The size in points of an image laid on its page as large as it fits, ratio kept."""
    page_width, page_height = page_size_for(width, height)
    scale = min(page_width / width, page_height / height)
    return width * scale, height * scale


def _encode(image: Image.Image) -> _Page:
    """Scale a page image to ``DPI`` at its printed size, choose grey or colour, make a JPEG."""
    image = _flatten(image)
    shown_width, _ = _fit(*image.size)
    target_width = round(shown_width / _POINTS_PER_INCH * DPI)
    if image.width > target_width:
        target_height = max(1, round(image.height * target_width / image.width))
        image = image.resize(
            (target_width, target_height), Image.Resampling.LANCZOS, reducing_gap=3.0
        )
    if _nearly_colourless(image):
        image = image.convert("L")
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True, dpi=(DPI, DPI))
    return _Page(buffer.getvalue(), image.width, image.height)


def _pages_of(source: Path) -> list[_Page]:
    """Every page of one image file, checked and encoded; a named refusal when it cannot be."""
    try:
        media_type, _ = check_file(source)
    except UserError as exc:
        raise _named(source, exc.message) from exc
    if media_type == PDF:
        raise _named(source, _NOT_AN_IMAGE)
    try:
        return [_encode(frame) for frame in _frames(source)]
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise _named(
            source,
            say(
                "Deze afbeelding heeft te veel beeldpunten om veilig te openen. Maak de"
                " foto of scan met een lagere resolutie."
            ),
        ) from exc
    except (OSError, ValueError, SyntaxError, EOFError, IndexError) as exc:
        raise _named(source, _DAMAGED) from exc


def _pdf_of(pages: Sequence[_Page], title: str | None) -> bytes:
    """An A4 PDF with one page per encoded image."""
    info = PdfInfo(
        title=clean_description(title) or _DEFAULT_TITLE,
        subject=_SUBJECT,
        audience=Audience.DESK,
        printed_on=date.today(),
    )
    buffer = io.BytesIO()
    with _a85_lock:
        previous = rl_config.useA85
        rl_config.useA85 = 0
        try:
            canvas = start_canvas(buffer, info, footer=False)
            for page in pages:
                page_width, page_height = page_size_for(page.width, page.height)
                shown_width, shown_height = _fit(page.width, page.height)
                canvas.setPageSize((page_width, page_height))
                canvas.drawImage(
                    ImageReader(io.BytesIO(page.jpeg)),
                    (page_width - shown_width) / 2,
                    (page_height - shown_height) / 2,
                    width=shown_width,
                    height=shown_height,
                )
                canvas.showPage()
            canvas.save()
        finally:
            rl_config.useA85 = previous
    return buffer.getvalue()


def images_to_pdf(sources: Sequence[Path], *, title: str | None = None) -> bytes:
    """Make one A4 PDF of scans and photos: one page per image, or per frame of a TIFF.

    Each page is turned upright (EXIF), laid as large as fits on a portrait or landscape A4
    page, brought to about 150 dpi, stored in greyscale when it is nearly colourless (a
    letter) and compressed as JPEG: a phone photo of a letter becomes a page of well under
    300 KB that still reads.

    Args:
        sources: The image files (JPEG, PNG, TIFF, and HEIC where a reader is installed), in
            the order their pages should have.
        title: The PDF's title; keep personal data out of it, it travels with the file.

    Returns:
        The PDF's bytes.

    Raises:
        UserError: No files given, or one of them is empty, too large, of an unknown type,
            a PDF, damaged, truncated or a HEIC photo without a reader. The message names
            the file; nothing is produced.
    """
    if not sources:
        raise UserError(say("Er zijn geen foto's of scans gekozen om een PDF van te maken."))
    pages = [page for source in sources for page in _pages_of(Path(source))]
    return _pdf_of(pages, title)


def convert_to_pdf_file(sources: Sequence[Path], target: Path, *, title: str | None = None) -> int:
    """Convert scans and photos to one PDF file, written whole or not at all.

    Args:
        sources: The image files, in page order.
        target: Where the PDF goes; an existing file there is replaced only on success.
        title: The PDF's title (see :func:`images_to_pdf`).

    Returns:
        The size of the PDF in bytes.

    Raises:
        UserError: A source cannot be converted (see :func:`images_to_pdf`) or the file
            cannot be written; the target is then left as it was.
    """
    data = images_to_pdf(sources, title=title)
    write_document(target, data)
    return len(data)


def image_data_to_pdf(data: bytes, *, title: str | None = None) -> bytes:
    """Make an A4 PDF of an image held in memory (a stored photo or scan), as
    :func:`images_to_pdf` does for files; the image is not written anywhere.

    Raises:
        UserError: The bytes are no image this program reads, or the image is damaged.
    """
    media_type = sniff(data[:1024])
    if media_type is None or media_type == PDF:
        raise UserError(_DAMAGED)
    if media_type == HEIC and not heif_available():
        raise UserError(HEIC_UNREADABLE)
    try:
        pages = [_encode(frame) for frame in _frames(io.BytesIO(data))]
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise UserError(
            say(
                "Deze afbeelding heeft te veel beeldpunten om veilig te openen. Maak de"
                " foto of scan met een lagere resolutie."
            )
        ) from exc
    except (OSError, ValueError, SyntaxError, EOFError, IndexError) as exc:
        raise UserError(_DAMAGED) from exc
    return _pdf_of(pages, title)
