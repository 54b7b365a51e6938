"""Pages of a stored proof drawn as pictures, for looking at it inside the app."""

from __future__ import annotations

import io
import threading
import uuid
import warnings
from dataclasses import dataclass

import pypdfium2 as pdfium
from PIL import Image, ImageOps

from app.db import Database
from app.document_check import HEIC, HEIC_UNREADABLE, PDF, heif_available
from app.documents import get_document, open_document
from app.errors import UserError
from models.messages import say

#: The widest page drawn, in pixels: a zoomed-in page stays within a sane amount of memory.
MAX_WIDTH = 4000
MIN_WIDTH = 16

PROTECTED = say(
    "Deze PDF is beveiligd met een wachtwoord en kan in het programma niet getoond worden. "
    "Open hem met het wachtwoord en bewaar een kopie zonder beveiliging."
)
DAMAGED_PDF = say("Deze PDF is beschadigd en kan niet getoond worden. Vraag een goede kopie op.")
DAMAGED_IMAGE = say("Deze afbeelding is beschadigd en kan niet getoond worden.")
NOT_SHOWN = say("Dit soort bestand kan het programma niet tonen.")

# PDFium is not thread-safe: one page is drawn at a time, whichever thread asks.
_pdfium_lock = threading.Lock()


@dataclass(frozen=True)
class Preview:
    """A proof opened for looking at: its original bytes and how many pages it has.

    Attributes:
        media_type: The proof's media type (a PDF or an image type).
        data: The decrypted original; it lives in memory only.
        page_count: The pages of a PDF, the frames of a (multi-page) image, at least 1.
    """

    media_type: str
    data: bytes
    page_count: int


def _open_pdf(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) in (pdfium.raw.FPDF_ERR_PASSWORD,):
            raise UserError(PROTECTED) from exc
        raise UserError(DAMAGED_PDF) from exc


def _open_image(data: bytes, media_type: str) -> Image.Image:
    if media_type == HEIC and not heif_available():
        raise UserError(HEIC_UNREADABLE)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            return Image.open(io.BytesIO(data))
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombWarning) as exc:
        raise UserError(DAMAGED_IMAGE) from exc


def preview_of(data: bytes, media_type: str) -> Preview:
    """A proof's bytes made ready to show, its pages counted.

    Raises:
        UserError: a PDF protected by a password or damaged, an image that cannot be read,
            or a type the program does not show.
    """
    if media_type == PDF:
        with _pdfium_lock:
            document = _open_pdf(data)
            try:
                count = len(document)
            finally:
                document.close()
        if count < 1:
            raise UserError(DAMAGED_PDF)
        return Preview(media_type, data, count)
    if not media_type.startswith("image/"):
        raise UserError(NOT_SHOWN)
    with _open_image(data, media_type) as image:
        count = max(1, getattr(image, "n_frames", 1))
    return Preview(media_type, data, count)


def load_preview(db: Database, document_id: uuid.UUID) -> Preview:
    """Decrypt a stored proof into memory and count its pages (nothing is written to disk).

    Raises:
        UserError: the proof or its file is gone or damaged, or it cannot be shown (see
            ``preview_of``).
    """
    document = get_document(db, document_id)
    return preview_of(open_document(db, document_id), document.media_type or "")


def _check(preview: Preview, index: int, width: int) -> int:
    if not 0 <= index < preview.page_count:
        raise IndexError(f"page {index} of {preview.page_count}")
    return max(MIN_WIDTH, min(MAX_WIDTH, width))


def _pdf_page(preview: Preview, index: int, width: int) -> Image.Image:
    with _pdfium_lock:
        document = _open_pdf(preview.data)
        try:
            page = document[index]
            try:
                page_width = page.get_width()
                bitmap = page.render(scale=width / page_width if page_width > 0 else 1.0)
                try:
                    image: Image.Image = bitmap.to_pil().convert("RGB")
                    return image
                finally:
                    bitmap.close()
            finally:
                page.close()
        except pdfium.PdfiumError as exc:
            raise UserError(DAMAGED_PDF) from exc
        finally:
            document.close()


def _image_page(preview: Preview, index: int, width: int) -> Image.Image:
    try:
        with _open_image(preview.data, preview.media_type) as image:
            image.seek(index)
            image.load()
            upright = ImageOps.exif_transpose(image.copy())
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        raise UserError(DAMAGED_IMAGE) from exc
    if upright.mode not in ("RGB", "L"):
        upright = upright.convert("RGBA")
        white = Image.new("RGBA", upright.size, (255, 255, 255, 255))
        upright = Image.alpha_composite(white, upright)
    upright = upright.convert("RGB")
    height = max(1, round(upright.height * width / upright.width))
    return upright.resize((width, height), Image.Resampling.LANCZOS)


def render_page(preview: Preview, index: int, width: int) -> Image.Image:
    """Page ``index`` (0-based) drawn ``width`` pixels wide, as an RGB Pillow image.

    A PDF page is drawn by PDFium at that width; an image is shown as it is (upright,
    transparency on white), scaled to that width. The width is kept between
    ``MIN_WIDTH`` and ``MAX_WIDTH``.

    Raises:
        IndexError: no such page.
        UserError: the page cannot be drawn (a damaged file).
    """
    width = _check(preview, index, width)
    if preview.media_type == PDF:
        return _pdf_page(preview, index, width)
    return _image_page(preview, index, width)


def render_page_png(preview: Preview, index: int, width: int) -> bytes:
    """Page ``index`` drawn ``width`` pixels wide, as PNG bytes (see ``render_page``)."""
    buffer = io.BytesIO()
    render_page(preview, index, width).save(buffer, "PNG")
    return buffer.getvalue()
