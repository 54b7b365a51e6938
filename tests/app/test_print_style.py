"""The shared print style: embedded fonts, metadata, footer, colours and atomic writes."""

from __future__ import annotations

import errno
import io
import threading
from datetime import date
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import PageBreak, Table
from summary_builders import pdf_fonts, pdf_info, pdf_text, pdf_words, render_png

from app import print_style
from app.errors import UserError
from app.paths import resources_dir
from app.print_style import (
    FILL_COLOURS,
    FONT,
    FONT_BOLD,
    TEXT_COLOURS,
    Audience,
    PdfInfo,
    build_pdf,
    footer_text,
    para,
    register_fonts,
    start_canvas,
    table_style,
    text_styles,
    write_document,
)

DAY = date(2026, 11, 27)
NAMES = "Ĳsbrand Çelik, Zoë van der Meer-Özdemir, Søren Łukasz: € 1.234,56"


def info(audience: Audience = Audience.CLIENT, *, confidential: bool = False) -> PdfInfo:
    return PdfInfo("Proefdocument ë", "Een proef", audience, DAY, confidential)


def sample_pdf(audience: Audience = Audience.DESK, **kwargs: bool) -> bytes:
    styles = text_styles(audience)
    table = Table([["Çelik & Zn", "€ 5,00"]], style=table_style(audience))
    story = [para("Titel", styles.title), para(NAMES, styles.body), table]
    return build_pdf(story, info(audience, **kwargs))


def test_print_style_fonts_are_registered_once() -> None:
    register_fonts()
    first = pdfmetrics.getFont(FONT)

    register_fonts()

    assert pdfmetrics.getFont(FONT) is first
    assert pdfmetrics.getFont(FONT_BOLD).face.name != first.face.name


def test_print_style_fonts_register_safely_from_worker_threads() -> None:
    errors: list[BaseException] = []

    def run() -> None:
        try:
            register_fonts()
        except BaseException as exc:  # noqa: BLE001 - collected for the assert below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []


def test_print_style_fonts_ship_with_their_licence() -> None:
    folder = resources_dir() / "fonts"
    licence = (folder / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")

    assert sorted(p.name for p in folder.glob("*.ttf")) == ["DejaVuSans-Bold.ttf", "DejaVuSans.ttf"]
    assert "Bitstream Vera Fonts Copyright" in licence
    assert "Arev Fonts Copyright" in licence


def test_print_style_euro_sign_diaeresis_and_any_name_survive_extraction() -> None:
    assert NAMES in pdf_words(sample_pdf())


def test_print_style_every_font_is_embedded_even_in_table_cells() -> None:
    fonts = pdf_fonts(sample_pdf())

    assert {name.split("+")[-1] for name, _ in fonts} == {FONT, FONT_BOLD}
    assert all(embedded for _, embedded in fonts)


def test_print_style_metadata_has_title_author_subject_and_dutch_language() -> None:
    pdf = sample_pdf()
    meta = pdf_info(pdf)

    assert meta["Title"] == "Proefdocument ë"
    assert meta["Author"] == "Procesplaat"
    assert meta["Subject"] == "Een proef"
    assert b"/Lang (nl)" in pdf


def test_print_style_page_renders_to_png() -> None:
    png = render_png(sample_pdf(), dpi=50)

    assert png.startswith(b"\x89PNG\r\n\x1a\n")


def test_print_style_desk_footer_numbers_every_page_and_says_vertrouwelijk() -> None:
    styles = text_styles(Audience.DESK)
    story = [para("Eén", styles.body), PageBreak(), para("Twee", styles.body)]
    pdf = build_pdf(story, info(Audience.DESK, confidential=True))

    for page in (1, 2):
        words = pdf_words(pdf, page=page)
        assert f"Pagina {page} van 2" in words
        assert "Vertrouwelijk" in words
        assert "Gemaakt op 27-11-2026" in words


def test_print_style_client_handout_of_one_page_has_no_page_number() -> None:
    pdf = build_pdf([para("Hallo", text_styles(Audience.CLIENT).body)], info())

    assert "Pagina" not in pdf_text(pdf)
    assert footer_text(info(), 1, 2)[2] == "Pagina 1 van 2"
    assert footer_text(info(Audience.DESK), 1, 1)[2] == "Pagina 1 van 1"


def test_print_style_client_type_is_large_and_desk_type_compact() -> None:
    client, desk = text_styles(Audience.CLIENT), text_styles(Audience.DESK)

    assert client.body.fontSize >= 12
    assert client.body.leading >= 1.3 * client.body.fontSize
    assert client.heading.fontSize > client.body.fontSize
    assert client.title.fontSize > client.heading.fontSize
    assert desk.body.fontSize < client.body.fontSize
    assert {client.body.fontName, client.body.bulletFontName} == {FONT}


def _grey(colour: object) -> float:
    """Relative luminance (WCAG) of a colour: what a black-and-white printer keeps of it."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in colour.rgb())  # type: ignore[attr-defined]
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def test_print_style_colours_still_read_when_printed_in_greyscale() -> None:
    # Text colours keep a 7:1 contrast on white; black text keeps 7:1 on every fill.
    for colour in TEXT_COLOURS:
        assert (1.0 + 0.05) / (_grey(colour) + 0.05) >= 7
    for fill in FILL_COLOURS:
        assert (_grey(fill) + 0.05) / 0.05 >= 7


def test_print_style_para_prints_markup_characters_as_text() -> None:
    pdf = build_pdf([para("Jansen & Zn <BV> a>b", text_styles(Audience.DESK).body)], info())

    assert "Jansen & Zn <BV> a>b" in pdf_words(pdf)


def test_print_style_start_canvas_draws_pages_with_metadata_and_footer() -> None:
    buffer = io.BytesIO()
    canvas = start_canvas(buffer, info(Audience.DESK), pagesize=landscape(A4))
    for word in ("Links", "Rechts"):
        canvas.setFont(FONT, 20)
        canvas.drawString(100, 300, f"{word} Çelik")
        canvas.showPage()
    canvas.save()
    pdf = buffer.getvalue()

    assert pdf_info(pdf)["Title"] == "Proefdocument ë"
    assert pdf_info(pdf)["Pages"] == "2"
    assert b"/Lang (nl)" in pdf
    assert "Rechts Çelik" in pdf_words(pdf, page=2)
    assert "Pagina 2 van 2" in pdf_words(pdf, page=2)
    assert all(embedded for _, embedded in pdf_fonts(pdf))


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "uit"
    folder.mkdir()
    return folder


def test_print_style_write_document_replaces_a_file_whole(out: Path) -> None:
    target = out / "uit.pdf"
    target.write_bytes(b"oud")

    write_document(target, b"%PDF-nieuw")

    assert target.read_bytes() == b"%PDF-nieuw"
    assert [p.name for p in out.iterdir()] == ["uit.pdf"]


def test_print_style_write_document_keeps_the_old_file_when_the_disk_is_full(
    out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = out / "uit.pdf"
    target.write_bytes(b"oud")

    def full(self: Path, other: Path) -> Path:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(print_style.Path, "replace", full)

    with pytest.raises(UserError, match="De schijf is vol"):
        write_document(target, b"%PDF-nieuw")
    assert target.read_bytes() == b"oud"
    assert [p.name for p in out.iterdir()] == ["uit.pdf"]


def test_print_style_write_document_into_a_missing_folder_is_a_user_error(
    tmp_path: Path,
) -> None:
    with pytest.raises(UserError, match="bestaat niet"):
        write_document(tmp_path / "weg" / "uit.pdf", b"%PDF")
