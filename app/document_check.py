"""Checking a file before it becomes a proof: its size, its real type, and that it reads."""

from __future__ import annotations

import importlib
import os
import re
import unicodedata
import warnings
from pathlib import Path

from PIL import Image, ImageSequence

from app.errors import UserError
from models.messages import say

MB = 1000 * 1000
MAX_SIZE = 100 * MB
MAX_DESCRIPTION = 200
#: How much of each end of a file is read to tell its type and find a PDF's trailer.
EDGE = 64 * 1024

PDF = "application/pdf"
JPEG = "image/jpeg"
PNG = "image/png"
TIFF = "image/tiff"
HEIC = "image/heic"
MEDIA_TYPES = (PDF, JPEG, PNG, TIFF, HEIC)

_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}
# The Encrypt entry of a trailer or cross-reference stream: an indirect reference or a
# dictionary. Linearized files carry a trailer at the start, others at the end.
_PDF_ENCRYPT = re.compile(rb"/Encrypt\s*(?:\d+\s+\d+\s+R|<<)")

HEIC_UNREADABLE = say(
    "Een HEIC-foto (van een iPhone) kan op deze computer niet gelezen "
    "worden. Zet de foto op de telefoon om naar JPG, of stuur hem door als "
    "'Meest compatibel' (iPhone: Instellingen > Camera > Formaten > Meest "
    "compatibel), en voeg die foto toe."
)
UNKNOWN_TYPE = say(
    "Dit soort bestand kan niet als bewijsstuk worden toegevoegd. Gebruik "
    "een PDF of een foto of scan (JPG, PNG, TIFF of HEIC)."
)


def _readable(source: Path) -> int:
    """The size of a readable, ordinary file; a Dutch refusal for anything else."""
    try:
        stat = source.stat()
    except FileNotFoundError as exc:
        raise UserError(say("Dit bestand bestaat niet (meer).")) from exc
    except OSError as exc:
        raise UserError(say("Dit bestand kan niet gelezen worden.")) from exc
    if source.is_dir():
        raise UserError(say("Dit is een map, geen bestand. Kies de bestanden in de map."))
    if not source.is_file():
        raise UserError(say("Dit is geen gewoon bestand."))
    if not os.access(source, os.R_OK):
        raise UserError(say("Dit bestand kan niet gelezen worden: u heeft er geen toegang toe."))
    return stat.st_size


def check_size(size: int) -> None:
    """Refuse an empty file and one over the limit."""
    if size == 0:
        raise UserError(say("Dit bestand is leeg."))
    if size > MAX_SIZE:
        raise UserError(
            say(
                "Dit bestand is te groot ({value:.0f} MB); de grens is {value2} MB.",
                value=size / MB,
                value2=MAX_SIZE // MB,
            )
        )


def _edges(source: Path, size: int) -> tuple[bytes, bytes]:
    try:
        with open(source, "rb") as handle:
            head = handle.read(EDGE)
            if size <= EDGE:
                return head, head
            # The two ends may overlap: a marker across the middle is then seen whole.
            handle.seek(size - EDGE)
            tail = handle.read(EDGE)
    except OSError as exc:
        raise UserError(say("Dit bestand kan niet gelezen worden.")) from exc
    return head, tail


def sniff(head: bytes) -> str | None:
    """The media type the first bytes of a file show; None when it is none of ours."""
    if head[:1024].find(b"%PDF-") >= 0:
        return PDF
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return TIFF
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        return HEIC
    return None


def _refuse_unknown(head: bytes) -> UserError:
    if head.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        return UserError(
            say(
                "Een Word- of Excelbestand kan niet als bewijsstuk worden toegevoegd. "
                "Sla het eerst op als PDF."
            )
        )
    return UserError(UNKNOWN_TYPE)


def _check_pdf(head: bytes, tail: bytes) -> None:
    if b"%%EOF" not in tail[-2048:]:
        raise UserError(
            say(
                "Deze PDF is onvolledig of beschadigd (het einde ontbreekt). Vraag het "
                "bestand opnieuw op of sla het opnieuw op."
            )
        )
    if _PDF_ENCRYPT.search(tail) or _PDF_ENCRYPT.search(head):
        raise UserError(
            say(
                "Deze PDF is beveiligd met een wachtwoord. Open hem met het wachtwoord "
                "en sla hem op of druk hem af als PDF zonder beveiliging; voeg die "
                "kopie toe."
            )
        )


def heif_available() -> bool:
    """Whether HEIC photos can be read: only when ``pillow_heif`` happens to be installed.

    It is not a dependency of Procesplaat (its wheels bundle the GPL x265 encoder); where it
    is present, Pillow is taught to open HEIC through it.
    """
    try:
        module = importlib.import_module("pillow_heif")
    except ImportError:
        return False
    module.register_heif_opener()
    return True


def _check_image(source: Path, media_type: str) -> None:
    if media_type == HEIC and not heif_available():
        raise UserError(HEIC_UNREADABLE)
    damaged = UserError(
        say(
            "Deze afbeelding is beschadigd of onvolledig en kan niet gelezen "
            "worden. Maak de foto of scan opnieuw."
        )
    )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(source) as image:
                image.verify()
            # verify() checks the structure only; decoding every frame finds a truncated end.
            with Image.open(source) as image:
                for frame in ImageSequence.Iterator(image):
                    frame.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise UserError(
            say(
                "Deze afbeelding heeft te veel beeldpunten om veilig te openen. Maak de"
                " foto of scan met een lagere resolutie."
            )
        ) from exc
    except (OSError, ValueError, SyntaxError, EOFError, IndexError) as exc:
        raise damaged from exc


def check_file(source: Path) -> tuple[str, int]:
    """Check a file to be added; its media type and size when it may be stored.

    Raises:
        UserError: missing, unreadable, empty, too large, of an unknown type, a PDF that is
            truncated or protected by a password, or an image that cannot be decoded.
    """
    size = _readable(source)
    check_size(size)
    head, tail = _edges(source, size)
    media_type = sniff(head)
    if media_type is None:
        raise _refuse_unknown(head)
    if media_type == PDF:
        _check_pdf(head, tail)
    else:
        _check_image(source, media_type)
    return media_type, size


def clean_description(text: str | None) -> str | None:
    """A description fit to keep: no control or direction characters, one line, not too long.

    A file name may hold a right-to-left override that would disguise it, or new lines.
    """
    if text is None:
        return None
    kept = []
    for char in unicodedata.normalize("NFC", text):
        category = unicodedata.category(char)
        if category in ("Zl", "Zp") or char in "\t\r\n":
            kept.append(" ")
        elif category not in ("Cc", "Cf", "Cs", "Co", "Cn"):
            kept.append(char)
    cleaned = " ".join("".join(kept).split())
    if len(cleaned) > MAX_DESCRIPTION:
        cleaned = cleaned[: MAX_DESCRIPTION - 1].rstrip() + "…"
    return cleaned or None
