"""Tests for turning scans and photos into A4 PDFs: size, resolution, legibility, refusals."""

from __future__ import annotations

import importlib.util
import io
import random
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageStat

from app.document_convert import convert_to_pdf_file, images_to_pdf
from app.errors import UserError
from app.print_style import FONT, font_path

PORTRAIT = (595, 842)
LANDSCAPE = (842, 595)
#: Where the letter's rule and an empty band lie, in pixels of the 4000 x 3000 photo.
RULE_ROWS = (1500, 1516)
BLANK_ROWS = (2820, 2960)
TEXT_ROWS = (300, 1400)
_TEXT = (
    "Geachte mevrouw Jansen, wij hebben uw betaling van 12 maart 2026 nog niet ontvangen. "
    "Het openstaande bedrag is 1.234,56 euro inclusief incassokosten. Betaal binnen veertien "
    "dagen op rekening NL91 ABNA 0417 1643 00 onder vermelding van factuur 2026-00417."
)


# Builders ---------------------------------------------------------------------------------


def letter_photo(path: Path, size: tuple[int, int] = (4000, 3000)) -> Path:
    """A phone photo of a typed letter: tinted paper, lines of text, a rule, grain, JPEG 95."""
    words = _TEXT.split()
    rng = random.Random(7)
    image = Image.new("RGB", size, (240, 236, 226))
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(font_path(FONT)), 44)
    for top in range(TEXT_ROWS[0], TEXT_ROWS[1], 70):
        line = " ".join(rng.choice(words) for _ in range(24))
        draw.text((250, top), line[:140], fill=(25, 25, 30), font=font)
    draw.rectangle((250, RULE_ROWS[0], 3750, RULE_ROWS[1]), fill=(20, 20, 20))
    for top in range(1600, 2700, 70):
        line = " ".join(rng.choice(words) for _ in range(24))
        draw.text((250, top), line[:140], fill=(25, 25, 30), font=font)
    grain = Image.effect_noise(size, 40).convert("RGB")
    image = Image.blend(image, grain, 0.05).filter(ImageFilter.GaussianBlur(1.0))
    image.save(path, "JPEG", quality=95)
    return path


def picture(path: Path, size: tuple[int, int], fmt: str = "JPEG", **save: object) -> Path:
    """A colourful image (a photo, not a letter) of ``size`` saved as ``fmt``."""
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    for x in range(0, size[0], 10):
        draw.rectangle((x, 0, x + 9, size[1]), fill=((x * 3) % 256, 90, (255 - x) % 256))
    image.save(path, fmt, **save)
    return path


def pdf_pages(pdf: Path) -> list[tuple[int, int]]:
    """The rounded width and height in points of every page, by pdfinfo."""
    out = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "999", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out)
    return [(round(float(w)), round(float(h))) for w, h in sizes]


def pdf_images(pdf: Path) -> list[dict[str, str]]:
    """The rows of ``pdfimages -list``: one dict per image."""
    out = subprocess.run(
        ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    lines = out.splitlines()
    header = lines[0].split()
    return [dict(zip(header, line.split(), strict=False)) for line in lines[2:]]


def rendering(pdf: Path, dpi: int = 100) -> Image.Image:
    """Page 1 of ``pdf`` rendered in greyscale by poppler."""
    out = subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-gray", "-f", "1", "-l", "1", str(pdf)],
        capture_output=True,
        check=True,
    ).stdout
    return Image.open(io.BytesIO(out)).convert("L")


def mean(image: Image.Image) -> float:
    """The mean grey value of an image."""
    return float(ImageStat.Stat(image).mean[0])


# Conversion -------------------------------------------------------------------------------


def test_convert_phone_photo_of_letter_is_small_a4_at_150_dpi_in_grey(tmp_path: Path) -> None:
    source = letter_photo(tmp_path / "brief.jpg")
    target = tmp_path / "brief.pdf"

    size = convert_to_pdf_file([source], target, title="Aanmaning")

    assert size == target.stat().st_size
    assert size <= 300_000
    assert source.stat().st_size > 1_000_000
    assert pdf_pages(target) == [LANDSCAPE]
    [image] = pdf_images(target)
    assert 140 <= int(image["x-ppi"]) <= 160
    assert 140 <= int(image["y-ppi"]) <= 160
    assert image["color"] == "gray"
    assert image["enc"] == "jpeg"


def test_convert_keeps_the_letter_legible(tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    convert_to_pdf_file([letter_photo(tmp_path / "brief.jpg")], target)

    page = rendering(target, dpi=100)
    # The 4000 x 3000 photo fills the landscape page's height: photo rows map linearly.
    scale = page.height / 3000
    left, right = round(300 * scale), round(3700 * scale)

    def band(rows: tuple[int, int], inset: int = 1) -> Image.Image:
        return page.crop((left, round(rows[0] * scale) + inset, right, round(rows[1] * scale)))

    assert mean(band(RULE_ROWS)) < 100
    assert mean(band(BLANK_ROWS)) > 200
    darkest, lightest = band(TEXT_ROWS, inset=0).getextrema()
    assert darkest < 80
    assert lightest > 200


def test_convert_turns_an_exif_rotated_photo_upright(tmp_path: Path) -> None:
    source = tmp_path / "gedraaid.jpg"
    image = Image.new("RGB", (800, 600), "white")
    exif = Image.Exif()
    exif[0x0112] = 6  # the camera was held upright: show the pixels turned a quarter
    image.save(source, "JPEG", exif=exif)
    target = tmp_path / "gedraaid.pdf"

    convert_to_pdf_file([source], target)

    assert pdf_pages(target) == [PORTRAIT]
    [shown] = pdf_images(target)
    assert int(shown["width"]) < int(shown["height"])


def test_convert_makes_a_page_of_every_tiff_frame(tmp_path: Path) -> None:
    source = tmp_path / "scan.tif"
    frames = [Image.new("L", (1240, 1754), shade) for shade in (255, 200, 150)]
    frames[0].save(source, "TIFF", save_all=True, append_images=frames[1:])
    target = tmp_path / "scan.pdf"

    convert_to_pdf_file([source], target)

    assert pdf_pages(target) == [PORTRAIT] * 3


def test_convert_lays_a_transparent_png_on_white(tmp_path: Path) -> None:
    source = tmp_path / "logo.png"
    image = Image.new("RGBA", (600, 800), (0, 0, 0, 0))
    ImageDraw.Draw(image).rectangle((200, 300, 400, 500), fill=(0, 0, 0, 255))
    image.save(source, "PNG")
    target = tmp_path / "logo.pdf"

    convert_to_pdf_file([source], target)

    page = rendering(target, dpi=50)
    assert page.getpixel((5, 5)) > 245
    assert page.getpixel((page.width // 2, page.height // 2)) < 30


def test_convert_keeps_a_colour_photo_in_colour(tmp_path: Path) -> None:
    target = tmp_path / "foto.pdf"

    convert_to_pdf_file([picture(tmp_path / "foto.jpg", (1200, 900))], target)

    [image] = pdf_images(target)
    assert image["color"] == "rgb"


def test_convert_reads_a_16_bit_scan(tmp_path: Path) -> None:
    source = tmp_path / "diep.tif"
    Image.new("I;16", (600, 800), 32768).save(source, "TIFF")
    target = tmp_path / "diep.pdf"

    convert_to_pdf_file([source], target)

    assert 100 < mean(rendering(target, dpi=30)) < 160


def test_convert_merges_several_images_in_their_order(tmp_path: Path) -> None:
    sources = [
        picture(tmp_path / "1.jpg", (900, 600)),
        picture(tmp_path / "2.png", (600, 900), "PNG"),
        picture(tmp_path / "3.tif", (900, 600), "TIFF"),
    ]
    target = tmp_path / "samen.pdf"

    convert_to_pdf_file(sources, target)

    assert pdf_pages(target) == [LANDSCAPE, PORTRAIT, LANDSCAPE]


def test_convert_accepts_a_name_with_odd_characters(tmp_path: Path) -> None:
    source = picture(tmp_path / "brief ë\u202e.jpg", (600, 800))
    target = tmp_path / "uit ë.pdf"

    convert_to_pdf_file([source], target, title="Brief\u202e ë\n")

    assert pdf_pages(target) == [PORTRAIT]
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout
    assert "Title:           Brief ë" in info


def test_images_to_pdf_marks_the_file_as_procesplaat_s(tmp_path: Path) -> None:
    data = images_to_pdf([picture(tmp_path / "a.jpg", (300, 400))], title="Loonstrook")

    assert data.startswith(b"%PDF-")
    assert b"/Producer (Procesplaat)" in data
    assert b"ASCII85Decode" not in data


# Refusals ---------------------------------------------------------------------------------


def _truncated_jpeg(folder: Path) -> Path:
    whole = picture(folder / "heel.jpg", (800, 600)).read_bytes()
    path = folder / "afgebroken.jpg"
    path.write_bytes(whole[: len(whole) // 2])
    return path


def _write(name: str, data: bytes) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return build


BAD_INPUTS = [
    pytest.param(_truncated_jpeg, "beschadigd of onvolledig", id="truncated-jpeg"),
    pytest.param(
        _write("ruis.jpg", random.Random(3).randbytes(5000)), "Dit soort bestand", id="random"
    ),
    pytest.param(_write("leeg.jpg", b""), "leeg", id="empty"),
    pytest.param(_write("brief.txt", b"Geachte heer,\n" * 50), "Dit soort bestand", id="text"),
    pytest.param(
        _write("kapot.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 200), "beschadigd", id="bad-png"
    ),
    pytest.param(
        _write("al.pdf", b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n"), "al een PDF", id="pdf"
    ),
    pytest.param(
        _write("kapot ë\u202e.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 100), "kapot ë", id="odd"
    ),
]


@pytest.mark.parametrize(("build", "message"), BAD_INPUTS)
def test_convert_refuses_bad_input_and_writes_nothing(
    tmp_path: Path, build: Callable[[Path], Path], message: str
) -> None:
    good = picture(tmp_path / "goed.jpg", (600, 800))
    bad = build(tmp_path)
    target = tmp_path / "uit.pdf"

    with pytest.raises(UserError) as caught:
        convert_to_pdf_file([good, bad], target)

    assert message in caught.value.message
    assert "\u202e" not in caught.value.message
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".uit")] == []


def test_convert_refuses_an_empty_list(tmp_path: Path) -> None:
    target = tmp_path / "uit.pdf"

    with pytest.raises(UserError, match="geen foto's of scans"):
        convert_to_pdf_file([], target)

    assert not target.exists()


def test_convert_leaves_an_existing_target_alone_on_refusal(tmp_path: Path) -> None:
    target = tmp_path / "uit.pdf"
    target.write_bytes(b"eerder")

    with pytest.raises(UserError):
        convert_to_pdf_file([tmp_path / "bestaat-niet.jpg"], target)

    assert target.read_bytes() == b"eerder"


@pytest.mark.skipif(
    importlib.util.find_spec("pillow_heif") is not None, reason="a HEIC reader is installed"
)
def test_convert_says_plainly_that_heic_cannot_be_read(tmp_path: Path) -> None:
    source = tmp_path / "IMG_0001.HEIC"
    source.write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64)

    with pytest.raises(UserError, match="HEIC-foto .*kan op deze computer niet gelezen"):
        images_to_pdf([source])
