"""Builders for proofs: small valid and broken PDFs and images written in a test's folder."""

from __future__ import annotations

import io
import os
from pathlib import Path

from PIL import Image
from reportlab.pdfgen import canvas


def pdf_bytes(
    *, text: str = "Vorderingsoverzicht", password: str | None = None, pages: int = 1
) -> bytes:
    """An A4 PDF of ``pages`` pages, uncompressed; protected with ``password`` when given."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, encrypt=password, pageCompression=0)
    for number in range(pages):
        for row in range(60):
            page.drawString(72, 780 - 12 * row, f"{text} {number}.{row} " + "x" * 60)
        page.showPage()
    page.save()
    return buffer.getvalue()


def image_bytes(fmt: str = "JPEG", size: tuple[int, int] = (64, 48)) -> bytes:
    """A small photo-like image in ``fmt`` (JPEG, PNG, TIFF)."""
    image = Image.new("RGB", size)
    for x in range(size[0]):
        for y in range(size[1]):
            image.putpixel((x, y), ((x * 4) % 256, (y * 5) % 256, (x * y) % 256))
    buffer = io.BytesIO()
    image.save(buffer, fmt)
    return buffer.getvalue()


def write(folder: Path, name: str, data: bytes) -> Path:
    """``data`` written to ``folder/name``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


def sparse_file(folder: Path, name: str, size: int) -> Path:
    """A file of ``size`` bytes that takes no room on disk (a hole), starting like a PDF."""
    path = write(folder, name, b"%PDF-1.4\n")
    with open(path, "r+b") as handle:
        handle.truncate(size)
    return path


def corrupt_png() -> bytes:
    """A PNG whose image data is scrambled, so that decoding fails."""
    data = bytearray(image_bytes("PNG", (200, 200)))
    start = data.index(b"IDAT") + 8
    for i in range(start, start + 200):
        data[i] ^= 0x5A
    return bytes(data)


def truncated(data: bytes, keep: float = 0.6) -> bytes:
    """The first part of ``data``, as a broken download leaves it."""
    return data[: int(len(data) * keep)]


def stored_files(documents: Path) -> list[str]:
    """The names in the documents folder (none when it was never made)."""
    return sorted(os.listdir(documents)) if documents.exists() else []
