"""Dark mode: the theme's inks read on every ground, and the tables colour with them at paint
time, so a switch between light and dark is followed without reopening anything."""

from __future__ import annotations

from datetime import date

import pytest
from builders import add_client
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from theme_builders import THEMES, as_light_again, styled_colours, switch, worst_contrast

from app import actions, debts
from views.actions_model import COL as ACTION_COL
from views.actions_model import ActionTableModel
from views.debts_model import COL as DEBT_COL
from views.debts_model import DebtTableModel
from views.theme import (
    INKS,
    contrast_ratio,
    dark_palette,
    ink,
    light_palette,
    mark_wrong,
    problem_background,
    set_ink,
)

TODAY = date(2026, 11, 26)
FOREGROUND = 9  # Qt.ItemDataRole.ForegroundRole
pytestmark = pytest.mark.usefixtures("as_light_again")
__all__ = ["as_light_again"]  # the fixture, imported for pytest


# --- the theme itself ---------------------------------------------------------------------
@pytest.mark.parametrize("kind", sorted(INKS))
@pytest.mark.parametrize("palette", [light_palette(), dark_palette()], ids=THEMES)
def test_theme_each_ink_reads_on_window_base_and_alternate_rows(qapp, kind, palette) -> None:
    assert worst_contrast(QColor(ink(kind, palette)), palette) >= 4.5


@pytest.mark.parametrize("palette", [light_palette(), dark_palette()], ids=THEMES)
def test_theme_problem_row_carries_plain_text_and_the_red(qapp, palette) -> None:
    ground = QColor(problem_background(palette))
    assert contrast_ratio(palette.color(QPalette.ColorRole.Text), ground) >= 4.5
    assert contrast_ratio(QColor(ink("error", palette)), ground) >= 4.5


def test_theme_a_labels_ink_follows_a_live_switch(qapp, qtbot) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    label = QLabel("Niet opgeslagen", box)
    box.show()
    set_ink(label, "error", bold=True)
    light = styled_colours(label)
    palette = switch(qapp, "dark")
    ((_name, dark),) = styled_colours(label)
    assert dark != light[0][1]
    assert worst_contrast(dark, palette) >= 4.5
    assert "bold" in label.styleSheet()
    set_ink(label, None)  # back to plain: no colour of its own, in either theme
    switch(qapp, "light")
    assert label.styleSheet() == ""


def test_theme_a_wrong_fields_frame_follows_a_live_switch(qapp, qtbot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    mark_wrong(edit, True)
    palette = switch(qapp, "dark")
    ((_name, frame),) = styled_colours(edit)
    assert worst_contrast(frame, palette) >= 4.5
    mark_wrong(edit, False)
    assert styled_colours(edit) == []


# --- the tables -----------------------------------------------------------------------------
def _brush(model, row: int, column: int) -> QColor:
    brush = model.data(model.index(row, column), FOREGROUND)
    assert isinstance(brush, QBrush), (row, column)
    return brush.color()


@pytest.mark.parametrize("theme", THEMES)
def test_debts_model_measure_and_stale_balance_read_in_both_themes(qapp, db, theme) -> None:
    client_id = add_client(
        db, debts=(("Woonstad Rotterdam", "812.40"),), enforcement=("eviction", date(2026, 11, 2))
    )
    model = DebtTableModel()
    model.set_rows(debts.list_debts(db, client_id, today=TODAY).rows)
    palette = switch(qapp, theme)
    measure = _brush(model, 0, DEBT_COL["attention"])  # an eviction: red
    unconfirmed = _brush(model, 0, DEBT_COL["confirmed_on"])  # no balance statement: orange
    for colour in (measure, unconfirmed):
        assert worst_contrast(colour, palette) >= 4.5, colour.name()
    assert measure != unconfirmed


def test_debts_model_colours_follow_a_switch_without_new_rows(qapp, db) -> None:
    client_id = add_client(db, debts=(("Eneco", "1418.45"),), enforcement=("seizure", TODAY))
    model = DebtTableModel()
    model.set_rows(debts.list_debts(db, client_id, today=TODAY).rows)
    light = _brush(model, 0, DEBT_COL["attention"])
    switch(qapp, "dark")
    assert _brush(model, 0, DEBT_COL["attention"]) != light


@pytest.mark.parametrize("theme", THEMES)
def test_actions_model_overdue_and_done_read_in_both_themes(qapp, db, theme) -> None:
    client_id = add_client(db)
    actions.add_action(
        db, client_id, {"title": "BKR opvragen", "due_on": "20-11-2026"}, today=TODAY
    )
    done = actions.add_action(db, client_id, {"title": "Post meenemen"}, today=TODAY)
    actions.update_action(db, done, {"done_on": "25-11-2026"}, today=TODAY)
    model = ActionTableModel()
    model.set_rows(actions.list_actions(db, client_id, today=TODAY))
    palette = switch(qapp, theme)
    rows = {row.title: number for number, row in enumerate(model.rows())}
    late = _brush(model, rows["BKR opvragen"], ACTION_COL["due_on"])
    grey = _brush(model, rows["Post meenemen"], ACTION_COL["title"])
    assert worst_contrast(late, palette) >= 4.5
    assert worst_contrast(grey, palette) >= 4.5
