"""Quotes along the mood curve: each beside its point, none over another."""

from __future__ import annotations

import pytest

from models.label_layout import PlacedLabel, place_labels

LINE = 12.0
OPTIONS = {"gap": 8.0, "offset": 5.0, "spacing": 6.0, "min_width": 40.0}


def overlaps(a: PlacedLabel, b: PlacedLabel) -> bool:
    return (
        a.left < b.left + b.width
        and b.left < a.left + a.width
        and a.top < b.top + LINE
        and b.top < a.top + LINE
    )


def test_a_lone_quote_gets_its_full_width_right_of_its_point() -> None:
    (label,) = place_labels([(100.0, 50.0)], [180.0], LINE, **OPTIONS)
    assert label.left == 108.0
    assert label.width == 180.0
    assert label.top == 50.0 - 5.0 - LINE  # above, as the first of a curve


def test_close_points_on_one_height_alternate_sides_instead_of_overlapping() -> None:
    placed = place_labels([(100.0, 50.0), (140.0, 50.0)], [200.0, 200.0], LINE, **OPTIONS)
    assert [p.above for p in placed] == [True, False]
    assert [p.width for p in placed] == [200.0, 200.0]
    assert not overlaps(*placed)


def test_an_earlier_quote_is_cut_before_the_next_one_on_its_line() -> None:
    """A low point's quote above and a high point's quote below share a line: no overlap."""
    anchors = [(100.0, 60.0), (160.0, 60.0), (220.0, 60.0)]
    placed = place_labels(anchors, [300.0, 300.0, 300.0], LINE, **OPTIONS)
    assert len(placed) == 3
    for index, first in enumerate(placed):
        for second in placed[index + 1 :]:
            assert not overlaps(first, second)
    assert placed[0].width == pytest.approx(220 + 8 - 6 - 108)  # up to the third, same side


def test_a_quote_without_room_is_left_out_rather_than_drawn_over_another() -> None:
    anchors = [(100.0, 50.0), (101.0, 50.0), (102.0, 50.0)]
    placed = place_labels(anchors, [150.0, 150.0, 150.0], LINE, **OPTIONS)
    assert [p.index for p in placed] == [1, 2]


def test_every_quote_stays_separate_on_a_long_crowded_curve() -> None:
    anchors = [(30.0 * n, 40.0 + 20.0 * (n * 7 % 5)) for n in range(40)]
    placed = place_labels(anchors, [90.0 + 10 * (n % 4) for n in range(40)], LINE, **OPTIONS)
    assert placed, "some quotes fit"
    for index, first in enumerate(placed):
        assert first.width >= 40.0
        assert first.left == anchors[first.index][0] + 8.0
        for second in placed[index + 1 :]:
            assert not overlaps(first, second)


def test_anchors_and_widths_must_pair_up() -> None:
    with pytest.raises(ValueError, match="wanted width"):
        place_labels([(0.0, 0.0)], [], LINE, **OPTIONS)
