"""The creditor directory: the packaged file, its checks, matching names and completing them."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from models.codes import Category, CreditorKind
from models.creditor_directory import (
    DirectoryEntry,
    complete,
    default_category,
    match_creditor,
    normalize,
    parse_directory,
)
from models.template_reader import TemplateError

PACKAGED = Path(__file__).resolve().parents[2] / "resources" / "creditors.toml"


@pytest.fixture(scope="module")
def directory() -> tuple[DirectoryEntry, ...]:
    return parse_directory(PACKAGED.read_text(encoding="utf-8"))


def _by_key(directory: tuple[DirectoryEntry, ...]) -> dict[str, DirectoryEntry]:
    return {entry.key: entry for entry in directory}


def test_directory_packaged_file_has_at_least_60_creditors(directory) -> None:
    assert len(directory) >= 60


@pytest.mark.parametrize(
    ("key", "kind", "category", "preferential"),
    [
        ("belastingdienst", "tax", "public", True),
        ("toeslagen", "benefits", "public", False),
        ("cjib", "fines", "public", False),
        ("duo", "student_finance", "public", False),
        ("uwv", "benefits", "public", True),
        ("svb", "benefits", "public", False),
        ("cak", "cak", "care", False),
    ],
)
def test_directory_has_the_government_creditors(
    directory, key: str, kind: str, category: str, preferential: bool
) -> None:
    entry = _by_key(directory)[key]
    assert (entry.kind, entry.category, entry.preferential) == (kind, category, preferential)


def test_directory_only_belastingdienst_and_uwv_are_preferential(directory) -> None:
    # domain.md names these two; every other flag is left off on purpose.
    assert {entry.key for entry in directory if entry.preferential} == {"belastingdienst", "uwv"}


@pytest.mark.parametrize(
    ("key", "kind"), [("eigen_gemeente", "municipality"), ("eigen_waterschap", "water_board")]
)
def test_directory_has_placeholders_for_own_municipality_and_water_board(
    directory, key: str, kind: str
) -> None:
    entry = _by_key(directory)[key]
    assert entry.placeholder
    assert (entry.kind, entry.category) == (kind, "public")


def test_directory_uses_every_kind_except_family_and_friends(directory) -> None:
    used = Counter(entry.kind for entry in directory)
    # Family and friends are named the way the client names them: no directory entry.
    assert set(used) == {kind.value for kind in CreditorKind} - {"private"}
    for kind in ("health_insurer", "energy", "water", "landlord", "telecom"):
        assert used[kind] >= 5, kind


def test_directory_category_follows_the_kind(directory) -> None:
    # LBIO is a public body with kind "other": the one deliberate exception.
    exceptions = {"lbio"}
    for entry in directory:
        if entry.key not in exceptions:
            assert entry.category == default_category(entry.kind), entry.key


def test_directory_only_placeholders_are_placeholders(directory) -> None:
    assert {e.key for e in directory if e.placeholder} == {"eigen_gemeente", "eigen_waterschap"}


def test_directory_websites_are_https(directory) -> None:
    assert all(e.website is None or e.website.startswith("https://") for e in directory)


# --- errors name the entry -------------------------------------------------------------------

ENTRY = """
[[creditor]]
key = "cjib"
name = "CJIB"
kind = "fines"
category = "public"
"""


def _entry(**fields: object) -> str:
    lines = ["[[creditor]]"]
    for name, value in fields.items():
        text = str(value).lower() if isinstance(value, bool) else f'"{value}"'
        lines.append(f"{name} = {text}")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            ENTRY + _entry(key="cjib", name="Ander", kind="other", category="other"),
            "creditors.toml: creditor[1] (cjib).key: sleutel 'cjib' komt al voor bij creditor[0]",
        ),
        (
            ENTRY + _entry(key="duo", name="DUO", kind="study", category="public"),
            "creditors.toml: creditor[1] (duo).kind: onbekende soort 'study'",
        ),
        (
            _entry(key="duo", name="DUO", kind="student_finance", category="publiek"),
            "creditors.toml: creditor[0] (duo).category: onbekende categorie 'publiek'",
        ),
        (
            _entry(key="duo", name="  ", kind="student_finance", category="public"),
            "creditors.toml: creditor[0] (duo).name: mag niet leeg zijn",
        ),
        (
            _entry(key="Duo", name="DUO", kind="student_finance", category="public"),
            "creditors.toml: creditor[0].key: ongeldige sleutel 'Duo'",
        ),
        (
            _entry(key="duo", name="DUO", kind="student_finance", category="public", adres="x"),
            "creditors.toml: creditor[0].adres: onbekende sleutel",
        ),
        (
            ENTRY + _entry(key="cjib2", name="C.J.I.B.", kind="fines", category="public"),
            "creditors.toml: creditor[1] (cjib2).name: 'C.J.I.B.' is ook een naam van creditor[0]",
        ),
        (
            _entry(key="duo", name="DUO", kind="student_finance", category="public", website="x"),
            "creditors.toml: creditor[0] (duo).website: moet met https:// beginnen",
        ),
        ("creditor = 3", "creditors.toml: creditor: moet een lijst met tabellen"),
        ("[[creditor]\n", "creditors.toml: geen geldige TOML"),
    ],
)
def test_directory_parse_errors_name_the_entry(text: str, message: str) -> None:
    with pytest.raises(TemplateError) as error:
        parse_directory(text)
    assert str(error.value).startswith(message)


def test_directory_parse_reads_optional_fields() -> None:
    text = ENTRY + (
        '\n[[creditor]]\nkey = "gemeente_x"\nname = "Gemeente (eigen)"\nkind = "municipality"\n'
        'category = "public"\nplaceholder = true\naliases = ["Gemeente"]\n'
        'website = "https://example.org"\n'
    )
    cjib, municipality = parse_directory(text)
    assert cjib == DirectoryEntry("cjib", "CJIB", "fines", "public", False)
    assert municipality.placeholder
    assert municipality.aliases == ("Gemeente",)
    assert municipality.website == "https://example.org"


# --- matching --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "key", "sure"),
    [
        ("BELASTINGDIENST", "belastingdienst", True),
        ("  belastingdienst ", "belastingdienst", True),
        ("Belastingdienst/Toeslagen", "toeslagen", True),
        ("DUO (IB-Groep)", "duo", True),
        ("IB Groep", "duo", True),
        ("Zilveren Kruis Achmea Zorgverzekeringen N.V.", "zilveren_kruis", True),
        ("Zorg & Zekerheid", "zorg_en_zekerheid", True),
        ("UNIVE", "unive", True),
        ("T-Mobile Netherlands B.V.", "odido", True),
        ("bol.com", "bol", True),
        ("Stichting Eigen Haard", "eigen_haard", True),
        ("Vattenfal", "vattenfall", False),
        ("Vatenfall Klantenservice", "vattenfall", False),
        ("Flanderijn Incasso", "flanderijn", False),
        ("Gemeente Zoetermeer", "eigen_gemeente", False),
        ("Hoogheemraadschap van Delfland", "eigen_waterschap", False),
        ("Gemeente", "eigen_gemeente", False),
    ],
)
def test_match_creditor_best_first(directory, name: str, key: str, sure: bool) -> None:
    found = match_creditor(name, directory)
    assert found[0].entry.key == key
    assert found[0].sure is sure
    assert all(not match.sure for match in found[1:])


@pytest.mark.parametrize("name", ["Bakkerij Jansen", "Incasso", "Water", "", "  --  "])
def test_match_creditor_finds_nothing_plausible(directory, name: str) -> None:
    assert match_creditor(name, directory) == []


def test_match_creditor_name_holding_two_creditors_is_not_sure(directory) -> None:
    found = match_creditor("Intrum namens Vodafone", directory)
    assert {match.entry.key for match in found[:2]} == {"intrum", "vodafone"}
    assert not any(match.sure for match in found)


def test_match_creditor_scores_fall_and_respect_the_limit(directory) -> None:
    found = match_creditor("Belastingdienst", directory, limit=1)
    assert len(found) == 1
    assert found[0].score == 1.0
    fuzzy = match_creditor("Vattenfal", directory)
    assert 0 < fuzzy[0].score < 1
    scores = [match.score for match in match_creditor("Belastingdienst", directory)]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("Zilveren Kruis Zorgverzekeringen N.V.", "zilveren kruis zorgverzekeringen"),
        ("DUO (IB-Groep)", "duo ib groep"),
        ("a.s.r.", "asr"),
        ("Univé", "unive"),
        ("Van Arkel Gerechtsdeurwaarders & Incasso", "van arkel gerechtsdeurwaarders en incasso"),
    ],
)
def test_normalize_drops_case_accents_punctuation_and_legal_form(
    text: str, normalized: str
) -> None:
    assert normalize(text) == normalized


# --- completion ------------------------------------------------------------------------------


def test_complete_puts_name_prefixes_first(directory) -> None:
    keys = [entry.key for entry in complete("water", directory)]
    # Names starting with "water" first, in file order; "Brabant Water" (a later word) after.
    assert keys[:3] == ["eigen_waterschap", "waternet", "waterbedrijf_groningen"]
    assert keys.index("brabant_water") > keys.index("waterbedrijf_groningen")


@pytest.mark.parametrize(
    ("typed", "key"),
    [("zilv", "zilveren_kruis"), ("T-Mob", "odido"), ("ib-gr", "duo"), ("UNIVÉ", "unive")],
)
def test_complete_matches_names_and_aliases_ignoring_case_and_accents(
    directory, typed: str, key: str
) -> None:
    assert complete(typed, directory)[0].key == key


def test_complete_contains_anywhere_and_limits(directory) -> None:
    assert "cjib" in [entry.key for entry in complete("ib", directory)]
    assert len(complete("e", directory, limit=3)) == 3
    assert complete("", directory) == []
    assert complete("zzzz", directory) == []


@pytest.mark.parametrize(
    ("kind", "category"),
    [
        ("health_insurer", Category.CARE),
        ("cak", Category.CARE),
        ("energy", Category.UTILITY),
        ("water", Category.UTILITY),
        ("tax", Category.PUBLIC),
        ("water_board", Category.PUBLIC),
        ("telecom", Category.OTHER),
        (None, Category.OTHER),
    ],
)
def test_default_category_per_kind(kind: str | None, category: Category) -> None:
    assert default_category(kind) == category.value
