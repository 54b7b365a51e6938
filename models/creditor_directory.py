"""The built-in creditor directory: reading it, matching names against it, completing names."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from models.codes import Category, CreditorKind
from models.template_reader import TableReader, TemplateError, parse_toml

_FIELDS = ("key", "name", "kind", "category", "preferential", "aliases", "placeholder", "website")


@dataclass(frozen=True)
class DirectoryEntry:
    """One creditor of the directory, as a caseworker knows it.

    Attributes:
        key: Stable identifier; a creditor row keeps it in ``directory_key``.
        name: The name a caseworker knows.
        kind: A creditor ``kind`` code of the bundle spec.
        category: A DDAS category code (care, public, utility, other).
        preferential: Whether its claims are preferent (voorrang) by law.
        aliases: Other spellings and old names, for matching and completion.
        placeholder: A stand-in ("Gemeente (eigen gemeente)") that needs the real name.
        website: The organisation's website, where certain.
    """

    key: str
    name: str
    kind: str
    category: str
    preferential: bool
    aliases: tuple[str, ...] = ()
    placeholder: bool = False
    website: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """The name followed by the aliases."""
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Match:
    """A directory entry that may be meant by a name.

    Attributes:
        entry: The entry.
        score: How alike, 0..1; 1 for the same name after normalising.
        sure: True when the name can be taken as this entry without asking.
    """

    entry: DirectoryEntry
    score: float
    sure: bool


# Legal forms and web suffixes say nothing about which creditor is meant. Words such as
# "incasso" and "gerechtsdeurwaarders" stay: "Flanderijn Incasso" is not "Flanderijn".
_NOISE = frozenset({"bv", "nv", "vof", "cv", "ua", "stichting", "cooperatie", "nl", "com"})
# Words that describe rather than name: extra ones in a long formal name keep a match sure.
_DESCRIPTIVE = frozenset(
    {"zorgverzekeringen", "zorgverzekeraar", "zorgverzekering", "nederland", "groep", "de", "het"}
)
# What an organisation is, not which one: alike words of this kind point at no entry.
_GENERIC = frozenset(
    {
        "gemeente",
        "gemeenten",
        "waterschap",
        "waterschappen",
        "hoogheemraadschap",
        "belasting",
        "belastingen",
        "incasso",
        "incassobureau",
        "gerechtsdeurwaarder",
        "gerechtsdeurwaarders",
        "deurwaarders",
        "energie",
        "water",
        "waterbedrijf",
        "drinkwater",
        "bank",
        "wonen",
        "zorg",
    }
)
_ABBREVIATION = re.compile(r"(?<![a-z0-9])(?:[a-z]\.)+[a-z](?![a-z0-9])\.?")
_NOT_WORD = re.compile(r"[^a-z0-9]+")
_FUZZY_CUTOFF = 0.8
_TOKEN_CUTOFF = 0.85


def normalize(name: str) -> str:
    """A name reduced for comparing: lower case, no accents, punctuation or legal form.

    ``"Zilveren Kruis Zorgverzekeringen N.V."`` becomes ``"zilveren kruis zorgverzekeringen"``,
    ``"DUO (IB-Groep)"`` becomes ``"duo ib groep"`` and ``"a.s.r."`` becomes ``"asr"``.
    """
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(char for char in decomposed if not unicodedata.combining(char))
    text = text.replace("&", " en ")
    # B.V., N.V., a.s.r.: abbreviations written with dots become one word.
    text = _ABBREVIATION.sub(lambda found: found.group(0).replace(".", ""), text)
    words = [word for word in _NOT_WORD.split(text) if word and word not in _NOISE]
    return " ".join(words)


def _compact(normalized: str) -> str:
    return normalized.replace(" ", "")


def default_category(kind: str | None) -> str:
    """The DDAS category a creditor of this kind usually has ("other" when unknown).

    Health insurers and the CAK are care, energy and drinking water are utility ("Nuts"),
    government creditors are public; the rest (telecom too) is other.
    """
    public = {
        CreditorKind.TAX,
        CreditorKind.BENEFITS,
        CreditorKind.FINES,
        CreditorKind.STUDENT_FINANCE,
        CreditorKind.MUNICIPALITY,
        CreditorKind.WATER_BOARD,
    }
    if kind in (CreditorKind.HEALTH_INSURER, CreditorKind.CAK):
        return Category.CARE.value
    if kind in (CreditorKind.ENERGY, CreditorKind.WATER):
        return Category.UTILITY.value
    if kind in public:
        return Category.PUBLIC.value
    return Category.OTHER.value


# ---------------------------------------------------------------------------------------------
# Reading


def parse_directory(text: str, *, source: str = "creditors.toml") -> tuple[DirectoryEntry, ...]:
    """Read and check the directory's TOML text: one ``[[creditor]]`` table per entry.

    Args:
        text: The file's text.
        source: The file's name, for messages.

    Returns:
        The entries in file order.

    Raises:
        TemplateError: A Dutch message naming the entry, e.g.
            "creditors.toml: creditor[3] (cjib).kind: onbekende soort 'fine' (kies uit: ...)".
    """
    data = parse_toml(text, source)
    root = TableReader(source, "", data, {"creditor"})
    entries: list[DirectoryEntry] = []
    seen_keys: dict[str, str] = {}
    seen_names: dict[str, tuple[str, str]] = {}
    # tables() checks the shape; the raw tables are read again with the key in their place.
    for numbered, table in zip(root.tables("creditor", _FIELDS), data["creditor"], strict=True):
        key = numbered.key("key")
        # The key in the place lets a person find the entry without counting tables.
        reader = TableReader(source, f"{numbered.place} ({key})", table, _FIELDS)
        if key in seen_keys:
            raise reader.error("key", f"sleutel {key!r} komt al voor bij {seen_keys[key]}")
        seen_keys[key] = numbered.place
        entry = _read_entry(reader, key)
        for index, name in enumerate(entry.names):
            field = "name" if index == 0 else f"aliases[{index - 1}]"
            if not normalize(name):
                raise reader.error(field, f"{name!r} bevat geen letters of cijfers")
            other = seen_names.get(normalize(name))
            if other is not None and other[0] != key:
                # One spelling for two creditors would make every match on it a guess.
                raise reader.error(field, f"{name!r} is ook een naam van {other[1]}")
            seen_names[normalize(name)] = (key, reader.place)
        entries.append(entry)
    return tuple(entries)


def _read_entry(reader: TableReader, key: str) -> DirectoryEntry:
    website = reader.text("website") if reader.has("website") else None
    if website is not None and not website.startswith("https://"):
        raise reader.error("website", "moet met https:// beginnen")
    return DirectoryEntry(
        key=key,
        name=reader.text("name").strip(),
        kind=reader.choice("kind", CreditorKind, "onbekende soort").value,
        category=reader.choice("category", Category, "onbekende categorie").value,
        preferential=reader.boolean("preferential", False),
        aliases=tuple(alias.strip() for alias in reader.text_list("aliases")),
        placeholder=reader.boolean("placeholder", False),
        website=website,
    )


# ---------------------------------------------------------------------------------------------
# Matching


def match_creditor(name: str, entries: Sequence[DirectoryEntry], *, limit: int = 5) -> list[Match]:
    """The directory entries a name (from a creditor list, a letter) may mean, best first.

    The same name or alias after normalising is a sure match; so is a formal name that holds
    exactly one entry's name plus descriptive words only ("Zilveren Kruis Achmea
    Zorgverzekeringen N.V."). A name holding several entries, a typing error ("Vattenfal") or a
    placeholder ("Gemeente Zoetermeer" → the own municipality) gives matches that are not sure,
    so the person chooses. Nothing plausible gives an empty list.
    """
    wanted = normalize(name)
    if not wanted:
        return []
    words = wanted.split()
    common = _common_words(entries)
    scored: list[tuple[float, bool, DirectoryEntry]] = []
    for entry in entries:
        score, exact, contained_sure = 0.0, False, False
        for alias in entry.names:
            candidate = normalize(alias)
            if candidate == wanted or _compact(candidate) == _compact(wanted):
                score, exact = 1.0, True
                break
            alias_score, alias_sure = _similarity(words, candidate.split(), common)
            score = max(score, alias_score)
            contained_sure = contained_sure or alias_sure
        if score > 0:
            scored.append((score, exact or contained_sure, entry))
    scored.sort(key=lambda item: (-item[0], item[2].name.casefold()))
    exact_keys = [entry.key for score, _, entry in scored if score == 1.0]
    contained = [entry.key for score, sure, entry in scored if sure and score < 1.0]
    # Sure only when nothing else competes: one exact match, else one contained match.
    sure_key = None
    if len(exact_keys) == 1:
        sure_key = exact_keys[0]
    elif not exact_keys and len(contained) == 1:
        sure_key = contained[0]
    return [
        Match(entry, round(score, 3), entry.key == sure_key and not entry.placeholder)
        for score, _, entry in scored[:limit]
    ]


def _common_words(entries: Sequence[DirectoryEntry]) -> frozenset[str]:
    """Words in the names of three or more entries ("gemeente", "energie"): not distinctive."""
    counts: Counter[str] = Counter()
    for entry in entries:
        counts.update({word for alias in entry.names for word in normalize(alias).split()})
    return frozenset(word for word, count in counts.items() if count >= 3)


def _similarity(
    words: list[str], candidate: list[str], common: frozenset[str]
) -> tuple[float, bool]:
    """How alike a name's words are to one name of an entry, and whether that is sure."""
    if not candidate:
        return 0.0, False
    if _contains(words, candidate):
        extra = [word for word in words if word not in candidate]
        sure = all(word in _DESCRIPTIVE for word in extra)
        share = sum(map(len, candidate)) / sum(map(len, words))
        return 0.75 + 0.2 * share, sure
    whole = difflib.SequenceMatcher(None, " ".join(words), " ".join(candidate)).ratio()
    if whole >= _FUZZY_CUTOFF:
        return 0.9 * whole, False
    # One distinctive word alike ("Vatenfall Klantenservice") still points at the entry.
    best = 0.0
    for word in words:
        if len(word) < 4 or word in common or word in _DESCRIPTIVE or word in _GENERIC:
            continue
        for other in candidate:
            if other in common or other in _GENERIC:
                continue
            ratio = difflib.SequenceMatcher(None, word, other).ratio()
            if ratio >= _TOKEN_CUTOFF:
                best = max(best, 0.7 * ratio)
    return best, False


def _contains(words: list[str], candidate: list[str]) -> bool:
    """Whether the candidate's words occur in a row among the name's words."""
    size = len(candidate)
    return any(words[start : start + size] == candidate for start in range(len(words) - size + 1))


# ---------------------------------------------------------------------------------------------
# Completion


def complete(
    text: str, entries: Iterable[DirectoryEntry], *, limit: int | None = None
) -> list[DirectoryEntry]:
    """Entries whose name or an alias contains the typed text, for autocompletion.

    Case, accents and punctuation do not count. Entries whose name starts with the text come
    first, then those where an alias or a later word starts with it, then the rest; each
    group in directory order.
    """
    wanted = normalize(text)
    if not wanted:
        return []
    ranked: list[tuple[int, int, DirectoryEntry]] = []
    for position, entry in enumerate(entries):
        rank = _completion_rank(wanted, entry)
        if rank is not None:
            ranked.append((rank, position, entry))
    ranked.sort(key=lambda item: (item[0], item[1]))
    found = [entry for _, _, entry in ranked]
    return found if limit is None else found[:limit]


def _completion_rank(wanted: str, entry: DirectoryEntry) -> int | None:
    best: int | None = None
    for index, alias in enumerate(entry.names):
        candidate = normalize(alias)
        if candidate.startswith(wanted) or _compact(candidate).startswith(_compact(wanted)):
            rank = 0 if index == 0 else 1
        elif f" {wanted}" in f" {candidate}":
            rank = 1
        elif wanted in candidate:
            rank = 2
        else:
            continue
        best = rank if best is None else min(best, rank)
    return best


__all__ = [
    "DirectoryEntry",
    "Match",
    "TemplateError",
    "complete",
    "default_category",
    "match_creditor",
    "normalize",
    "parse_directory",
]
