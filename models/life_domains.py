"""The praatplaat's rules: ZRM life domains, score words and colours, current and previous score.

The Zelfredzaamheid-Matrix (ZRM 2016) scores 13 life domains from 1 (acuut) to 5 (volledig
zelfredzaam). A domain's scores over time are its history: the newest is the current score and
the one before it is what was said in the last conversation.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Final, Protocol

#: The 13 domains in the order of the ZRM form.
DOMAINS: Final[tuple[str, ...]] = (
    "Geldzaken",
    "Werk en opleiding",
    "Tijdsbesteding",
    "Relaties thuis",
    "Woning",
    "Geestelijke gezondheid",
    "Lichamelijke gezondheid",
    "Verslaving",
    "Zelfzorg",
    "Dagelijkse activiteiten",
    "Sociaal netwerk",
    "Inzet voor de maatschappij",
    "Justitie",
)

SCORE_MIN: Final = 1
SCORE_MAX: Final = 5
SCORES: Final[tuple[int, ...]] = tuple(range(SCORE_MIN, SCORE_MAX + 1))

#: Short words for the scale, shown beside the number ("2 · niet zelfredzaam").
SCORE_LABELS: Final[dict[int, str]] = {
    1: "acuut",
    2: "niet zelfredzaam",
    3: "beperkt",
    4: "voldoende",
    5: "volledig",
}

#: What a score means, in plain Dutch (B1), for a tooltip or a legend.
SCORE_MEANINGS: Final[dict[int, str]] = {
    1: "Acuut: er moet nu iets gebeuren.",
    2: "Niet zelfredzaam: dit lukt nu niet zonder hulp.",
    3: "Beperkt zelfredzaam: dit lukt met moeite of met wat hulp.",
    4: "Voldoende zelfredzaam: dit lukt meestal zelf.",
    5: "Volledig zelfredzaam: dit gaat goed.",
}

#: A diverging red-yellow-blue scale (ColorBrewer RdYlBu), readable with the common forms of
#: colour blindness; the number and the word carry the meaning in greyscale.
SCORE_COLOURS: Final[dict[int, str]] = {
    1: "#d7191c",
    2: "#fdae61",
    3: "#ffffbf",
    4: "#abd9e9",
    5: "#2166ac",
}
#: Text on a SCORE_COLOURS fill, chosen for a contrast of at least 4.5:1 (WCAG AA).
SCORE_INK: Final[dict[int, str]] = {
    1: "#ffffff",
    2: "#1a1a1a",
    3: "#1a1a1a",
    4: "#1a1a1a",
    5: "#ffffff",
}
#: A light tint of each score colour, for the background of a whole tile under dark text.
SCORE_TINTS: Final[dict[int, str]] = {
    1: "#f7d0cf",
    2: "#fee6cc",
    3: "#fffbe0",
    4: "#e2f2f8",
    5: "#d3e1f0",
}
NO_SCORE_TINT: Final = "#f4f4f4"


class ScoreRow(Protocol):
    """One stored score (models.tables.LifeDomainScore has these fields)."""

    @property
    def domain(self) -> str: ...

    @property
    def score(self) -> int: ...

    @property
    def scored_on(self) -> date | None: ...

    @property
    def note(self) -> str | None: ...


@dataclass(frozen=True)
class DomainState:
    """A domain as the praatplaat shows it: now, last time and the difference."""

    domain: str
    score: int | None = None
    scored_on: date | None = None
    note: str | None = None
    previous: int | None = None
    previous_on: date | None = None

    @property
    def change(self) -> int | None:
        """Current minus previous score; None without two scores to compare."""
        if self.score is None or self.previous is None:
            return None
        return self.score - self.previous

    @property
    def label(self) -> str:
        """``"2 · niet zelfredzaam"``, or ``"nog niet besproken"``."""
        return score_label(self.score) if self.score is not None else "nog niet besproken"


def is_score(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value in SCORES


def score_label(score: int) -> str:
    """The number and its word: ``"2 · niet zelfredzaam"``."""
    return f"{score} · {SCORE_LABELS[score]}"


def describe_change(change: int | None) -> str:
    """The change since last time with an arrow, so it reads without colour: ``"▲ +1"``."""
    if change is None:
        return ""
    if change > 0:
        return f"▲ +{change}"
    if change < 0:
        return f"▼ −{-change}"  # a true minus sign: a hyphen reads as a dash
    return "= gelijk"


def current_scores(rows: Iterable[ScoreRow]) -> list[DomainState]:
    """Every ZRM domain with its current and previous score, in ZRM order.

    The newest row of a domain (by ``scored_on``; an undated row counts as oldest, and of two
    rows on the same day the later one given wins) is current, the one before it previous.
    Domains outside the ZRM list, from older data, follow the 13 so nothing is hidden.
    """
    history: dict[str, list[ScoreRow]] = {}
    for row in rows:
        history.setdefault(row.domain, []).append(row)
    extra = sorted(name for name in history if name not in DOMAINS)
    states = []
    for name in (*DOMAINS, *extra):
        ordered = sorted(history.get(name, []), key=lambda r: r.scored_on or date.min)
        if not ordered:
            states.append(DomainState(name))
            continue
        latest = ordered[-1]
        before = ordered[-2] if len(ordered) > 1 else None
        states.append(
            DomainState(
                domain=name,
                score=latest.score,
                scored_on=latest.scored_on,
                note=latest.note,
                previous=before.score if before else None,
                previous_on=before.scored_on if before else None,
            )
        )
    return states


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    """The WCAG contrast ratio of two ``#rrggbb`` colours (1.0 to 21.0)."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
