"""The do's-and-don'ts card: its text from resources/, ten to an A4, both sides, readable type."""

from __future__ import annotations

import re
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from summary_builders import TODAY, pdf_fonts, pdf_info, pdf_words, render_png

from app.errors import UserError
from app.handout_card import (
    CARD_HEIGHT,
    CARD_WIDTH,
    MIN_SIZE,
    CardText,
    CardTextError,
    card_pdf,
    card_positions,
    load_card_text,
    parse_card_text,
)
from app.paths import resources_dir

ALEX = {"name": "Alex de Ridder", "phone": "079 346 87 00", "hours": "ma t/m do 9:00-12:00"}
A4_WIDTH = 595.2756


@pytest.fixture(scope="module")
def card() -> bytes:
    return card_pdf(**ALEX, today=TODAY)


def front_texts(text: CardText) -> list[str]:
    return [
        text.title,
        *text.situations,
        text.answer,
        text.dont_title,
        *text.dont,
        text.do_title,
        *text.do,
    ]


def word_boxes(pdf: bytes) -> list[tuple[float, float, float, str]]:
    """(x, top, height, word) of every word, as pdftotext -bbox reads them (in points)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "card.pdf"
        path.write_bytes(pdf)
        out = subprocess.run(
            ["pdftotext", "-bbox", str(path), "-"], capture_output=True, check=True
        ).stdout.decode("utf-8")
    pattern = r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>'
    return [
        (float(x), float(top), float(bottom) - float(top), word)
        for x, top, bottom, word in re.findall(pattern, out)
    ]


def test_card_text_ships_in_resources_and_reads_as_written() -> None:
    text = load_card_text()

    assert (resources_dir() / "card.toml").is_file()
    assert text.title == "Wat doe ik als…"
    assert "een schuldeiser of deurwaarder belt?" in text.situations
    assert "Geen nieuwe betalingsafspraak onder druk." in text.dont
    assert "Open je post." in text.do
    assert text.keep == "Bewaar dit kaartje bij je post."


def test_card_front_holds_every_text_of_the_card_file_on_all_ten_cards(card) -> None:
    words = pdf_words(card, page=1)

    for text in front_texts(load_card_text()):
        assert words.count(text) >= 10, text


def test_card_back_holds_the_caseworkers_name_number_and_hours_on_all_ten(card) -> None:
    words = pdf_words(card, page=2)

    for text in (
        "Mijn hulpverlener",
        "Alex de Ridder",
        "Bel 079 346 87 00",
        "Wanneer: ma t/m do 9:00-12:00",
        "Bewaar dit kaartje bij je post.",
    ):
        assert words.count(text) == 10, text
    assert "Blijf rustig" not in words


def test_card_without_a_contact_person_has_lines_to_write_on() -> None:
    words = pdf_words(card_pdf(name=None, phone=" ", hours=None, today=TODAY), page=2)

    assert words.count("Naam: ____") == 10
    assert words.count("Bel ____") == 10
    assert "Alex" not in words


def test_card_is_two_a4_pages_with_dutch_metadata_and_every_font_embedded(card) -> None:
    info = pdf_info(card)

    assert info["Pages"] == "2"
    assert info["Page size"].startswith("595.276 x 841.89")
    assert info["Title"] == "Kaartje: wat doe ik als een schuldeiser belt?"
    assert b"/Lang (nl)" in card
    assert pdf_fonts(card)
    assert all(embedded for _, embedded in pdf_fonts(card))


def test_card_pages_render(card) -> None:
    for page in (1, 2):
        assert render_png(card, page=page, dpi=40).startswith(b"\x89PNG")


def test_card_type_on_the_cards_is_never_smaller_than_seven_points(card) -> None:
    left = card_positions(back=False)[0][0]
    on_cards = [box for box in word_boxes(card) if box[0] >= left]

    assert len(on_cards) > 200
    assert min(height for _, _, height, _ in on_cards) >= MIN_SIZE - 0.01
    assert MIN_SIZE >= 7


def test_card_sheet_holds_ten_business_cards_within_the_page() -> None:
    fronts = card_positions(back=False)

    assert len(fronts) == 10
    assert len(set(fronts)) == 10
    assert round(CARD_WIDTH / 72 * 25.4, 3) == 85
    assert round(CARD_HEIGHT / 72 * 25.4, 3) == 55
    for x, y in fronts:
        assert x > 0
        assert x + CARD_WIDTH < A4_WIDTH
        assert y > 0
        assert y + CARD_HEIGHT < 841.89


def test_card_backs_are_mirrored_to_line_up_when_flipped_on_the_long_edge() -> None:
    fronts, backs = card_positions(back=False), card_positions(back=True)

    for (front_x, front_y), (back_x, back_y) in zip(fronts, backs, strict=True):
        # Flipping the sheet on its long edge turns x into (page width - x - card width).
        assert back_x == pytest.approx(A4_WIDTH - front_x - CARD_WIDTH)
        assert back_y == front_y


def test_card_text_may_be_changed_by_a_municipality(tmp_path: Path) -> None:
    source = (resources_dir() / "card.toml").read_text(encoding="utf-8")
    own = tmp_path / "card.toml"
    own.write_text(source.replace("Open je post.", "Maak elke dag je post open."), "utf-8")

    text = load_card_text(own)

    assert "Maak elke dag je post open." in text.do
    assert pdf_words(card_pdf(**ALEX, text=text), page=1).count("elke dag je post") == 10


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (('answer = "', 'antwoord = "'), "front.antwoord: onbekende sleutel"),
        (('do_title = "Wel doen"', 'do_title = ""'), "front.do_title: mag niet leeg zijn"),
        (('keep = "Bewaar dit kaartje bij je post."', ""), "back.keep: ontbreekt"),
        (('    "Post niet laten liggen.",\n', "    3,\n"), "front.dont[2]: moet tekst zijn"),
        (("\n[back]", "\n[achter]"), "card.toml: achter: onbekende sleutel"),
        (('title = "Wat doe ik als…"', 'title = "Wat doe'), "geen geldige TOML"),
    ],
)
def test_card_text_errors_name_the_key(change: tuple[str, str], named: str) -> None:
    source = (resources_dir() / "card.toml").read_text(encoding="utf-8")
    broken = source.replace(*change, 1)
    assert broken != source

    with pytest.raises(CardTextError, match=re.escape(named)) as caught:
        parse_card_text(broken)
    assert isinstance(caught.value, UserError)
    assert caught.value.message.startswith("De tekst van het kaartje klopt niet: card.toml")


def test_card_text_with_too_many_lines_is_refused_by_name() -> None:
    source = (resources_dir() / "card.toml").read_text(encoding="utf-8")
    broken = source.replace('    "Open je post.",\n', '    "Open je post.",\n' * 3)

    with pytest.raises(CardTextError, match=r"front\.do: moet 1 tot 4 regels hebben, niet 5"):
        parse_card_text(broken)


def test_card_text_too_long_for_the_card_is_refused_not_printed_tiny() -> None:
    long = replace(
        load_card_text(), dont=("Teken nooit iets aan de deur of aan de telefoon. " * 4,) * 4
    )

    with pytest.raises(CardTextError, match="voorkant van het kaartje is te lang"):
        card_pdf(**ALEX, text=long)


def test_card_missing_file_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(CardTextError, match="niet te lezen"):
        load_card_text(tmp_path / "weg.toml")


def flesch_douma(sentences: list[str]) -> float:
    """Flesch–Douma reading ease of Dutch sentences (60 or more: plain language).

    Syllables are counted as groups of vowels ("ij" as one vowel): close enough for short,
    plain words, which is what the card must have.
    """
    words = [w for s in sentences for w in re.findall(r"[^\W\d_]+", s.lower().replace("ij", "y"))]
    syllables = sum(max(1, len(re.findall(r"[aeiouyéëïöüèó]+", w))) for w in words)
    return 206.84 - 0.77 * 100 * syllables / len(words) - 0.93 * len(words) / len(sentences)


def test_card_text_reads_easily_flesch_douma_at_least_60() -> None:
    text = load_card_text()
    sentences = [f"{text.title.rstrip('…')} {s}" for s in text.situations]
    sentences += re.split(r"(?<=\.) ", text.answer)
    sentences += [*text.dont, *text.do, text.keep]

    assert flesch_douma(sentences) >= 60
    assert (
        flesch_douma(
            [
                "De gemeentelijke schuldhulpverleningsorganisatie beoordeelt uw "
                "aanvraag conform de toepasselijke wettelijke bepalingen."
            ]
        )
        < 60
    )
