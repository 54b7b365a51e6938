"""The user guide (docs/handleiding.md) stays whole: every picture it shows is one `make guide`
makes and is committed, every link inside it lands, and the chapters the brief asks for exist.
Nothing is rendered: the checks read the Markdown and the generator's list of names."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tools.guide_html import github_anchor, to_html
from views.guide_shots import GUIDE_IMAGES

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "docs" / "handleiding.md"
PICTURES = ROOT / "docs" / "handleiding"

_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)\)")
_LINK = re.compile(r"(?<!!)\[[^\]]+\]\(([^)\s]+)\)")
_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$", re.MULTILINE)
_FENCE = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)


def _text() -> str:
    return _FENCE.sub("", GUIDE.read_text(encoding="utf-8"))


def anchors(text: str) -> set[str]:
    """Every anchor of the guide; a repeated heading gets -1, -2 as on GitHub."""
    seen: dict[str, int] = {}
    found: set[str] = set()
    for _level, heading in _HEADING.findall(text):
        slug = github_anchor(heading)
        if slug in seen:
            seen[slug] += 1
            slug = f"{slug}-{seen[slug]}"
        else:
            seen[slug] = 0
        found.add(slug)
    return found


def test_github_anchor_follows_githubs_rules() -> None:
    assert github_anchor("1. Eerste start") == "1-eerste-start"
    assert github_anchor('Samen kijken: "Je bent hier"') == "samen-kijken-je-bent-hier"
    assert github_anchor("Wat doe ik als… (kaartje)") == "wat-doe-ik-als-kaartje"


def test_every_picture_the_guide_shows_is_one_the_generator_makes_and_is_committed() -> None:
    shown = [target for _alt, target in _IMAGE.findall(_text())]
    assert shown, "the guide shows no pictures"
    for target in shown:
        assert target.startswith("handleiding/"), f"{target}: pictures live in docs/handleiding/"
        name = target.removeprefix("handleiding/")
        assert name in GUIDE_IMAGES, f"{name} is not made by views/guide_shots.py"
        assert (PICTURES / name).is_file(), f"{name} is not committed; run `make guide`"


def test_every_picture_has_words_for_people_who_cannot_see_it() -> None:
    for alt, target in _IMAGE.findall(_text()):
        assert len(alt.split()) >= 3, f"{target}: the alt text says too little"


def test_the_generator_makes_only_pictures_the_guide_uses() -> None:
    shown = {target.removeprefix("handleiding/") for _alt, target in _IMAGE.findall(_text())}
    unused = [name for name in GUIDE_IMAGES if name not in shown]
    assert not unused, f"made but not in the guide: {unused}"
    assert len(set(GUIDE_IMAGES)) == len(GUIDE_IMAGES)


def test_no_stray_pictures_in_the_guide_folder() -> None:
    stray = sorted(p.name for p in PICTURES.glob("*.png") if p.name not in GUIDE_IMAGES)
    assert not stray, f"pictures no longer made (remove them): {stray}"


def test_the_pictures_stay_small_enough_for_the_repository() -> None:
    total = sum(p.stat().st_size for p in PICTURES.glob("*.png"))
    assert total <= 3_000_000, f"{total} bytes of pictures"


def test_every_internal_link_lands_on_a_heading_or_a_file() -> None:
    text = _text()
    known = anchors(text)
    for target in _LINK.findall(text):
        if re.match(r"[a-z]+:", target):
            continue  # a web address: not checked offline
        path, _hash, anchor = target.partition("#")
        if path:
            assert (GUIDE.parent / path).exists(), f"link to missing file {path}"
            continue
        assert anchor in known, f"#{anchor} is no heading of the guide"


@pytest.mark.parametrize(
    "chapter",
    [
        "Eerste start",
        "Een gesprek met de procesplaat",
        "De schuldenlijst",
        "De actielijst en Mijn week",
        "Documenten en checklist",
        "Exporteren naar de bewindvoerdersdesk",
        "Back-ups en terugzetten",
        "Vergrendelen",
        "Bewaartermijn en inzageverzoek",
        "Sneltoetsen",
        "Problemen oplossen",
    ],
)
def test_the_guide_has_the_chapter(chapter: str) -> None:
    chapters = [h for level, h in _HEADING.findall(_text()) if level == "##"]
    assert any(h.split(". ", 1)[-1] == chapter for h in chapters), chapter


@pytest.mark.parametrize(
    ("chapter", "topics"),
    [
        ("Eerste start", ["gegevensmap", "wachtwoord", "--demo", "organisatie"]),
        ("Een gesprek met de procesplaat", ["Je bent hier", "eigen woorden", "F11", "Ctrl+P"]),
        ("De schuldenlijst", ["Inlezen…", "totalen", "Schuldbewijzen"]),
        ("Documenten en checklist", ["Toevoegen…", "Checklist"]),
        ("Exporteren naar de bewindvoerdersdesk", ["wachtwoord", "Controleren", "Inlezen"]),
        ("Problemen oplossen", ["wachtwoord kwijt", "in gebruik", "schijf is vol", ".log"]),
    ],
)
def test_each_chapter_covers_its_topics(chapter: str, topics: list[str]) -> None:
    text = _text()
    start = re.search(rf"^## \d+\. {re.escape(chapter)}$", text, re.MULTILINE)
    assert start is not None, chapter
    following = re.search(r"^## ", text[start.end() :], re.MULTILINE)
    body = text[start.end() : start.end() + following.start() if following else len(text)]
    for topic in topics:
        assert topic.lower() in body.lower(), f"{chapter}: nothing about {topic}"


def test_the_shortcut_table_names_the_menus_shortcuts() -> None:
    """The shortcuts set in views/window_commands.py all appear in the guide's table."""
    source = (ROOT / "views" / "window_commands.py").read_text(encoding="utf-8")
    set_there = set(re.findall(r'QKeySequence\("([^"]+)"\)', source))
    table = _text().split("## 10. Sneltoetsen", 1)[1].split("\n## ", 1)[0]
    missing = [keys for keys in sorted(set_there) if keys not in table]
    assert not missing, f"shortcuts missing from the guide: {missing}"


def test_the_printable_html_embeds_every_picture_and_keeps_the_links() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    page = to_html(text, GUIDE.parent)
    assert page.count('src="data:image/png;base64,') == len(_IMAGE.findall(_text()))
    ids = set(re.findall(r'<h[1-6] id="([^"]+)"', page))
    assert ids == anchors(_text())
    for anchor in re.findall(r'href="#([^"]+)"', page):
        assert anchor in ids, anchor
    assert "**" not in page, "bold left unconverted"
    assert "](" not in page, "a link or picture left unconverted"
