"""The praatplaat's rules: ZRM domains, score words and colours, current and previous score."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from models import life_domains as zrm


@dataclass
class Row:
    domain: str
    score: int
    scored_on: date | None = None
    note: str | None = None


def state_of(rows: list[Row], domain: str) -> zrm.DomainState:
    return next(s for s in zrm.current_scores(rows) if s.domain == domain)


def test_life_domains_are_the_13_of_the_zrm_in_form_order() -> None:
    assert len(zrm.DOMAINS) == len(set(zrm.DOMAINS)) == 13
    assert zrm.DOMAINS[0] == "Geldzaken"
    assert zrm.DOMAINS[-1] == "Justitie"


def test_life_domains_every_score_has_a_word_meaning_and_colours() -> None:
    for mapping in (zrm.SCORE_LABELS, zrm.SCORE_MEANINGS, zrm.SCORE_COLOURS, zrm.SCORE_INK):
        assert set(mapping) == {1, 2, 3, 4, 5}
    assert zrm.score_label(2) == "2 · niet zelfredzaam"


@pytest.mark.parametrize("score", zrm.SCORES)
def test_life_domains_score_text_is_readable_on_its_colour(score: int) -> None:
    assert zrm.contrast_ratio(zrm.SCORE_INK[score], zrm.SCORE_COLOURS[score]) >= 4.5


def test_life_domains_dark_text_is_readable_on_every_tint() -> None:
    for tint in (*zrm.SCORE_TINTS.values(), zrm.NO_SCORE_TINT):
        assert zrm.contrast_ratio("#1a1a1a", tint) >= 7


def test_life_domains_contrast_ratio_of_black_on_white_is_21() -> None:
    assert zrm.contrast_ratio("#000000", "#ffffff") == pytest.approx(21)


def test_life_domains_current_is_the_newest_and_previous_the_one_before() -> None:
    rows = [
        Row("Geldzaken", 3, date(2026, 11, 26), "beter"),
        Row("Geldzaken", 1, date(2026, 3, 1), "acuut"),
        Row("Geldzaken", 2, date(2026, 9, 3), "intake"),
    ]
    state = state_of(rows, "Geldzaken")
    assert (state.score, state.note, state.scored_on) == (3, "beter", date(2026, 11, 26))
    assert (state.previous, state.previous_on, state.change) == (2, date(2026, 9, 3), 1)


def test_life_domains_a_single_score_has_no_change() -> None:
    state = state_of([Row("Woning", 2, date(2026, 9, 3))], "Woning")
    assert (state.score, state.previous, state.change) == (2, None, None)


def test_life_domains_an_undated_score_counts_as_oldest() -> None:
    rows = [Row("Woning", 4, date(2026, 9, 3)), Row("Woning", 1, None)]
    state = state_of(rows, "Woning")
    assert (state.score, state.previous, state.change) == (4, 1, 3)


def test_life_domains_every_domain_is_listed_in_order_even_without_scores() -> None:
    states = zrm.current_scores([Row("Justitie", 5, date(2026, 1, 1))])
    assert [s.domain for s in states] == list(zrm.DOMAINS)
    assert [s.score for s in states if s.score is not None] == [5]
    assert states[0].label == "nog niet besproken"


def test_life_domains_an_unknown_domain_from_old_data_follows_the_13() -> None:
    states = zrm.current_scores([Row("Vrije tijd", 3, date(2026, 1, 1))])
    assert states[-1].domain == "Vrije tijd"
    assert len(states) == 14


@pytest.mark.parametrize(
    ("change", "text"),
    [(1, "▲ +1"), (2, "▲ +2"), (-1, "▼ −1"), (0, "= gelijk"), (None, "")],
)
def test_life_domains_change_reads_without_colour(change: int | None, text: str) -> None:
    assert zrm.describe_change(change) == text


@pytest.mark.parametrize(("value", "ok"), [(1, True), (5, True), (0, False), (6, False)])
def test_life_domains_is_score_accepts_whole_numbers_1_to_5(value: object, ok: bool) -> None:
    assert zrm.is_score(value) is ok


@pytest.mark.parametrize("value", [True, 2.0, "3", None])
def test_life_domains_is_score_refuses_other_types(value: object) -> None:
    assert not zrm.is_score(value)
