"""HEIC photos: read through pillow_heif only where it happens to be installed, else a plain
Dutch refusal that says what to do. Both paths are faked, so the test runs on any machine."""

from __future__ import annotations

import io
import struct
import sys
import types
from pathlib import Path

import pytest
from builders import add_client
from document_builders import stored_files, write
from PIL import Image, ImageFile
from pypdf import PdfReader

from app.db import Database
from app.document_check import HEIC, HEIC_UNREADABLE, check_file
from app.document_convert import image_data_to_pdf, images_to_pdf
from app.documents import add_document, list_documents
from app.errors import UserError

_HEADER = 32


def heic_bytes(size: tuple[int, int] = (120, 90)) -> bytes:
    """A file that starts as a HEIC photo does; the fake reader below finds raw RGB after it."""
    width, height = size
    head = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(4)
    pixels = bytes((x * 2) % 256 for x in range(width * height * 3))
    return head + struct.pack(">HH", width, height) + pixels


class _FakeHeif(ImageFile.ImageFile):
    format = "HEIF"
    format_description = "HEIF as the tests fake it"

    def _open(self) -> None:
        assert self.fp is not None
        header = self.fp.read(_HEADER)
        width, height = struct.unpack(">HH", header[28:32])
        self._mode = "RGB"
        self._size = (width, height)
        self.tile = [ImageFile._Tile("raw", (0, 0, width, height), _HEADER, ("RGB", 0, 1))]


@pytest.fixture
def heif_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    """``pillow_heif`` importable, registering an opener as the real one does."""
    Image.init()  # every plugin registered first, so that the copies below hold them all
    monkeypatch.setattr(Image, "ID", list(Image.ID))
    monkeypatch.setattr(Image, "OPEN", dict(Image.OPEN))
    module = types.ModuleType("pillow_heif")

    def register_heif_opener() -> None:
        Image.register_open(_FakeHeif.format, _FakeHeif, lambda prefix: prefix[4:12] == b"ftypheic")

    module.register_heif_opener = register_heif_opener  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "pillow_heif", module)


@pytest.fixture
def no_heif_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    """``import pillow_heif`` fails, as on a machine without it."""
    monkeypatch.setitem(sys.modules, "pillow_heif", None)


@pytest.mark.usefixtures("no_heif_reader")
def test_heic_without_reader_is_refused_with_what_to_do(db: Database, tmp_path: Path) -> None:
    client_id = add_client(db)
    photo = write(tmp_path, "IMG_0001.HEIC", heic_bytes())

    with pytest.raises(UserError) as caught:
        add_document(db, client_id, photo)

    assert caught.value.message == HEIC_UNREADABLE
    assert "naar JPG" in HEIC_UNREADABLE
    assert "Meest compatibel" in HEIC_UNREADABLE
    assert list_documents(db, client_id) == []
    assert stored_files(db.paths.documents) == []


@pytest.mark.usefixtures("no_heif_reader")
def test_heic_without_reader_is_refused_by_the_conversion_naming_the_file(
    tmp_path: Path,
) -> None:
    photo = write(tmp_path, "IMG_0001.HEIC", heic_bytes())

    with pytest.raises(UserError, match=r"^IMG_0001\.HEIC: .*Meest compatibel"):
        images_to_pdf([photo])
    with pytest.raises(UserError, match="naar JPG"):
        image_data_to_pdf(heic_bytes())


@pytest.mark.usefixtures("heif_reader")
def test_heic_with_reader_is_checked_and_stored(db: Database, tmp_path: Path) -> None:
    client_id = add_client(db)
    photo = write(tmp_path, "IMG_0001.HEIC", heic_bytes())

    assert check_file(photo) == (HEIC, photo.stat().st_size)
    add_document(db, client_id, photo)

    (stored,) = list_documents(db, client_id)
    assert stored.media_type == HEIC


@pytest.mark.usefixtures("heif_reader")
def test_heic_with_reader_becomes_an_a4_page(tmp_path: Path) -> None:
    photo = write(tmp_path, "IMG_0001.HEIC", heic_bytes((90, 120)))

    (page,) = PdfReader(io.BytesIO(images_to_pdf([photo]))).pages

    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
