"""The words of the do's-and-don'ts card, read from resources/card.toml (a municipality's own)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.errors import UserError
from app.paths import resources_dir
from models.messages import say
from models.template_reader import TableReader, TemplateError, parse_toml

__all__ = ["CARD_FILE", "CardText", "CardTextError", "load_card_text", "parse_card_text"]

CARD_FILE = "card.toml"
_FRONT_KEYS = ("title", "situations", "answer", "dont_title", "dont", "do_title", "do")
_BACK_KEYS = ("title", "phone_label", "hours_label", "keep")


@dataclass(frozen=True)
class CardText:
    """The words of the card, as ``resources/card.toml`` holds them (see its header)."""

    title: str
    situations: tuple[str, ...]
    answer: str
    dont_title: str
    dont: tuple[str, ...]
    do_title: str
    do: tuple[str, ...]
    back_title: str
    phone_label: str
    hours_label: str
    keep: str


class CardTextError(UserError):
    """The card's text cannot be used: a key is missing or wrong, or a side is too long."""


def parse_card_text(text: str, source: str = CARD_FILE) -> CardText:
    """Read the card's words from TOML text.

    Raises:
        CardTextError: The text is no TOML, or a key is missing, empty, unknown or of the
            wrong kind; the Dutch message names the key ("card.toml: front.dont[1]: ...").
    """
    try:
        data = parse_toml(text, source)
        top = TableReader(source, "", data, ("front", "back"))
        if not top.has("front") or not top.has("back"):
            raise top.error("front" if not top.has("front") else "back", "ontbreekt")
        front, back = (
            TableReader(source, side, data[side], keys)
            for side, keys in (("front", _FRONT_KEYS), ("back", _BACK_KEYS))
        )
        return CardText(
            title=front.text("title"),
            situations=_lines(front, "situations", 2, 4),
            answer=front.text("answer"),
            dont_title=front.text("dont_title"),
            dont=_lines(front, "dont", 1, 4),
            do_title=front.text("do_title"),
            do=_lines(front, "do", 1, 4),
            back_title=back.text("title"),
            phone_label=back.text("phone_label"),
            hours_label=back.text("hours_label"),
            keep=back.text("keep"),
        )
    except TemplateError as exc:
        raise CardTextError(say("De tekst van het kaartje klopt niet: {exc}", exc=exc)) from None


def _lines(reader: TableReader, name: str, least: int, most: int) -> tuple[str, ...]:
    if not reader.has(name):
        raise reader.error(name, "ontbreekt")
    lines = reader.text_list(name)
    if not least <= len(lines) <= most:
        raise reader.error(name, f"moet {least} tot {most} regels hebben, niet {len(lines)}")
    return tuple(line.strip() for line in lines)


def load_card_text(path: Path | None = None) -> CardText:
    """Read the card's words from ``resources/card.toml`` (or another file a municipality made).

    Raises:
        CardTextError: The file is missing or unreadable, or a key is wrong (named).
    """
    path = path or resources_dir() / CARD_FILE
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise CardTextError(
            say("De tekst van het kaartje ({name}) is niet te lezen.", name=path.name)
        ) from exc
    return parse_card_text(text, path.name)
