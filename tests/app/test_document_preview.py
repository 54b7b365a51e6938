"""Looking at a proof inside the app: pages counted and drawn to width, refusals in Dutch."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from builders import add_client
from document_builders import image_bytes, pdf_bytes, write
from PIL import Image, ImageStat

from app.db import Database
from app.document_preview import (
    DAMAGED_IMAGE,
    DAMAGED_PDF,
    MAX_WIDTH,
    NOT_SHOWN,
    PROTECTED,
    load_preview,
    preview_of,
    render_page,
    render_page_png,
)
from app.documents import add_document
from app.errors import UserError

PDF = "application/pdf"


def _tiff_of_two_frames() -> bytes:
    buffer = io.BytesIO()
    first = Image.new("RGB", (100, 50), "white")
    second = Image.new("RGB", (100, 50), "black")
    first.save(buffer, "TIFF", save_all=True, append_images=[second])
    return buffer.getvalue()


def test_preview_counts_pdf_pages_and_draws_one_to_width() -> None:
    preview = preview_of(pdf_bytes(pages=3), PDF)

    page = render_page(preview, 2, 400)

    assert preview.page_count == 3
    assert page.mode == "RGB"
    assert page.width == 400
    assert page.height == pytest.approx(400 * 842 / 595, abs=2)  # A4 kept in proportion
    assert ImageStat.Stat(page.convert("L")).extrema[0][0] < 100  # the text is drawn


def test_preview_png_is_a_png_of_the_page() -> None:
    preview = preview_of(pdf_bytes(), PDF)

    data = render_page_png(preview, 0, 200)

    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert Image.open(io.BytesIO(data)).width == 200


def test_preview_width_is_kept_within_bounds() -> None:
    preview = preview_of(pdf_bytes(), PDF)

    assert render_page(preview, 0, 100_000).width == MAX_WIDTH


def test_preview_refuses_a_page_that_does_not_exist() -> None:
    preview = preview_of(pdf_bytes(pages=2), PDF)

    with pytest.raises(IndexError):
        render_page(preview, 2, 200)


@pytest.mark.parametrize(
    ("data", "media_type", "message"),
    [
        (pdf_bytes(password="geheim"), PDF, PROTECTED),
        (b"%PDF-1.4\n" + b"\x00rommel" * 40 + b"\n%%EOF\n", PDF, DAMAGED_PDF),
        (image_bytes("PNG")[:40], "image/png", DAMAGED_IMAGE),
        (b"gewoon tekst", "text/plain", NOT_SHOWN),
    ],
    ids=["password", "broken pdf", "broken png", "text"],
)
def test_preview_refuses_what_it_cannot_show_in_dutch(
    data: bytes, media_type: str, message: str
) -> None:
    with pytest.raises(UserError) as caught:
        preview_of(data, media_type)

    assert caught.value.message == message


def test_preview_shows_an_image_as_it_is_scaled_to_width() -> None:
    preview = preview_of(image_bytes("JPEG", (64, 48)), "image/jpeg")

    page = render_page(preview, 0, 128)

    assert preview.page_count == 1
    assert page.size == (128, 96)


def test_preview_shows_every_frame_of_a_tiff_as_a_page() -> None:
    preview = preview_of(_tiff_of_two_frames(), "image/tiff")

    first, second = render_page(preview, 0, 50), render_page(preview, 1, 50)

    assert preview.page_count == 2
    assert first.getpixel((25, 12)) == (255, 255, 255)
    assert second.getpixel((25, 12)) == (0, 0, 0)


def test_preview_turns_an_exif_rotated_photo_upright() -> None:
    image = Image.new("RGB", (80, 40), "white")
    exif = Image.Exif()
    exif[0x0112] = 6  # the camera was turned: show it rotated a quarter
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)

    page = render_page(preview_of(buffer.getvalue(), "image/jpeg"), 0, 40)

    assert page.size == (40, 80)


def test_load_preview_decrypts_a_stored_proof_in_memory(db: Database, tmp_path: Path) -> None:
    client_id = add_client(db)
    source = write(tmp_path, "nota.pdf", pdf_bytes(pages=2))
    document_id = add_document(db, client_id, source)
    before = sorted(p.name for p in db.paths.documents.iterdir())

    preview = load_preview(db, document_id)

    assert preview.media_type == PDF
    assert preview.page_count == 2
    assert preview.data == source.read_bytes()
    assert sorted(p.name for p in db.paths.documents.iterdir()) == before  # nothing written


def test_load_preview_says_a_stored_broken_pdf_is_damaged(db: Database, tmp_path: Path) -> None:
    client_id = add_client(db)
    broken = write(tmp_path, "kapot.pdf", b"%PDF-1.4\n" + b"\x00rommel" * 40 + b"\n%%EOF\n")
    document_id = add_document(db, client_id, broken)

    with pytest.raises(UserError, match="beschadigd"):
        load_preview(db, document_id)
