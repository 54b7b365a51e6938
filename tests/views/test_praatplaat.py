"""The Praatplaat tab driven as in a conversation: keyboard scores, notes, goals, undo."""

from __future__ import annotations

import re
import uuid
from datetime import date

import pytest
from builders import add_client
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton
from theme_builders import as_light_again, switch

from app import praatplaat
from app.db import Database
from models.life_domains import DOMAINS
from views.praatplaat import PraatplaatTab
from views.theme import contrast_ratio

__all__ = ["as_light_again"]  # the fixture, imported for pytest

INTAKE = date(2026, 9, 3)
TODAY = date(2026, 11, 26)


@pytest.fixture
def client(db: Database) -> uuid.UUID:
    return add_client(db, first_names="Tanya", last_name="Verhoef")


@pytest.fixture
def tab(qtbot, db, client):
    widget = PraatplaatTab()
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.show_client(db, client, TODAY)
    return widget


def focus(qtbot, widget) -> None:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def current(db: Database, client_id: uuid.UUID, domain: str):
    return next(s for s in praatplaat.praatplaat(db, client_id)["domains"] if s.domain == domain)


def goals(db: Database, client_id: uuid.UUID) -> list[dict]:
    return praatplaat.praatplaat(db, client_id)["goals"]


def test_praatplaat_digit_on_a_focused_domain_saves_its_score(qtbot, db, client, tab) -> None:
    tile = tab.tiles["Geldzaken"]
    focus(qtbot, tile)
    with qtbot.waitSignal(tab.changed):
        qtbot.keyClick(tile, "3")
    assert current(db, client, "Geldzaken").score == 3
    assert tile.accessibleName() == "Geldzaken: 3 · beperkt"
    assert tab.detail.score_buttons.checkedId() == 3


def test_praatplaat_change_since_last_conversation_is_shown(qtbot, db, client, tab) -> None:
    praatplaat.set_score(db, client, "Woning", 2, "Huurachterstand", INTAKE)
    tab.show_client(db, client, TODAY)
    tile = tab.tiles["Woning"]
    focus(qtbot, tile)
    with qtbot.waitSignal(tab.changed):
        qtbot.keyClick(tile, "3")
    assert tile.change_text() == "▲ +1 (was 2)"
    assert "▲ +1" in tile.accessibleDescription()
    assert tab.detail.history.text() == "Vorige keer (03-09-2026): 2 · niet zelfredzaam"
    assert current(db, client, "Woning").note == "Huurachterstand"  # last time's note stays


def test_praatplaat_a_lower_score_shows_a_downward_arrow(qtbot, db, client, tab) -> None:
    praatplaat.set_score(db, client, "Relaties thuis", 3, None, INTAKE)
    praatplaat.set_score(db, client, "Relaties thuis", 2, None, TODAY)
    tab.show_client(db, client, TODAY)
    assert tab.tiles["Relaties thuis"].change_text() == "▼ −1 (was 3)"


def test_praatplaat_score_buttons_score_the_chosen_domain(qtbot, db, client, tab) -> None:
    focus(qtbot, tab.tiles["Zelfzorg"])
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(tab.detail.score_buttons.button(4), Qt.MouseButton.LeftButton)
    assert current(db, client, "Zelfzorg").score == 4


def test_praatplaat_tab_goes_round_the_domains_in_order(qtbot, tab) -> None:
    focus(qtbot, tab.tiles[DOMAINS[0]])
    seen = [DOMAINS[0]]
    for _ in DOMAINS[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget().state.domain)
    assert seen == list(DOMAINS)


@pytest.mark.parametrize(
    ("start", "key", "end"),
    [
        ("Geldzaken", Qt.Key.Key_Right, "Werk en opleiding"),
        ("Geldzaken", Qt.Key.Key_Down, "Justitie"),
        ("Tijdsbesteding", Qt.Key.Key_Down, "Dagelijkse activiteiten"),
        ("Verslaving", Qt.Key.Key_Left, "Zelfzorg"),
    ],
)
def test_praatplaat_arrow_keys_move_round_the_ring(qtbot, tab, start, key, end) -> None:
    focus(qtbot, tab.tiles[start])
    qtbot.keyClick(tab.tiles[start], key)
    assert tab.tiles[end].hasFocus()


def test_praatplaat_enter_edits_the_note_and_enter_saves_it(qtbot, db, client, tab) -> None:
    praatplaat.set_score(db, client, "Geldzaken", 2, "Oud", INTAKE)
    tab.show_client(db, client, TODAY)
    tile = tab.tiles["Geldzaken"]
    focus(qtbot, tile)
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    assert tab.detail.note.hasFocus()
    tab.detail.note.selectAll()
    qtbot.keyClicks(tab.detail.note, "Post wordt geopend")
    with qtbot.waitSignal(tab.changed):
        qtbot.keyClick(tab.detail.note, Qt.Key.Key_Return)
    now = current(db, client, "Geldzaken")
    assert (now.score, now.note, now.scored_on) == (2, "Post wordt geopend", TODAY)
    assert tile.hasFocus()


def test_praatplaat_escape_leaves_the_note_as_it_was(qtbot, db, client, tab) -> None:
    praatplaat.set_score(db, client, "Geldzaken", 2, "Oud", TODAY)
    tab.show_client(db, client, TODAY)
    focus(qtbot, tab.tiles["Geldzaken"])
    qtbot.keyClick(tab.tiles["Geldzaken"], Qt.Key.Key_Return)
    qtbot.keyClicks(tab.detail.note, " en nieuw")
    with qtbot.assertNotEmitted(tab.changed):
        qtbot.keyClick(tab.detail.note, Qt.Key.Key_Escape)
    assert current(db, client, "Geldzaken").note == "Oud"
    assert tab.detail.note.toPlainText() == "Oud"


def test_praatplaat_a_note_needs_a_score_first(qtbot, tab) -> None:
    focus(qtbot, tab.tiles["Verslaving"])
    qtbot.keyClick(tab.tiles["Verslaving"], Qt.Key.Key_Return)
    assert "eerst een cijfer" in tab.goals.message.text()
    assert not tab.detail.note.isEnabled()


def test_praatplaat_add_a_goal_and_mark_it_reached(qtbot, db, client, tab) -> None:
    tab.goals.new_goal_domain.setCurrentIndex(tab.goals.new_goal_domain.findData("Woning"))
    qtbot.keyClicks(tab.goals.new_goal, "Een stabiel thuis")
    with qtbot.waitSignal(tab.changed):
        qtbot.keyClick(tab.goals.new_goal, Qt.Key.Key_Return)
    [goal] = goals(db, client)
    assert (goal["text"], goal["life_domain"], goal["set_on"]) == (
        "Een stabiel thuis",
        "Woning",
        TODAY,
    )
    assert tab.goals.new_goal.text() == ""
    assert tab.goals.selected_goal() == goal
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(tab.goals.reached_button, Qt.MouseButton.LeftButton)
    assert goals(db, client)[0]["reached_on"] == TODAY
    assert tab.goals.goal_list.item(0).checkState() == Qt.CheckState.Checked
    assert "bereikt op 26-11-2026" in tab.goals.goal_list.item(0).text()


def test_praatplaat_ticking_a_goal_marks_it_reached(qtbot, db, client, tab) -> None:
    praatplaat.add_goal(db, client, text="Post openmaken", on=INTAKE)
    tab.show_client(db, client, TODAY)
    with qtbot.waitSignal(tab.changed):
        tab.goals.goal_list.item(0).setCheckState(Qt.CheckState.Checked)
    assert goals(db, client)[0]["reached_on"] == TODAY


def test_praatplaat_an_empty_goal_is_refused_in_plain_words(qtbot, db, client, tab) -> None:
    with qtbot.assertNotEmitted(tab.changed):
        qtbot.mouseClick(tab.goals.add_button, Qt.MouseButton.LeftButton)
    assert tab.goals.message.text() == "Schrijf op wat het doel is."
    assert goals(db, client) == []


def test_praatplaat_a_goal_is_changed_in_its_dialog(qtbot, db, client, tab) -> None:
    goal_id = praatplaat.add_goal(db, client, text="Post", on=INTAKE)
    tab.show_client(db, client, TODAY)
    tab.goals.goal_list.setCurrentRow(0)
    tab.edit_goal()
    dialog = tab.goal_dialog
    assert dialog is not None
    dialog.text.setText("Elke week de post openmaken")
    dialog.domain.setCurrentIndex(dialog.domain.findData("Geldzaken"))
    with qtbot.waitSignal(tab.changed):
        dialog.accept()
    [goal] = goals(db, client)
    assert (goal["id"], goal["text"], goal["life_domain"]) == (
        goal_id,
        "Elke week de post openmaken",
        "Geldzaken",
    )


def test_praatplaat_a_deleted_goal_comes_back_with_undo(qtbot, db, client, tab) -> None:
    praatplaat.add_goal(db, client, text="Post openmaken", on=INTAKE)
    tab.show_client(db, client, TODAY)
    [before] = goals(db, client)
    tab.goals.goal_list.setCurrentRow(0)
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(tab.goals.delete_button, Qt.MouseButton.LeftButton)
    assert goals(db, client) == []
    assert "Ongedaan maken" in tab.goals.message.text()
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(tab.detail.undo_button, Qt.MouseButton.LeftButton)
    assert goals(db, client) == [before]
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(tab.detail.redo_button, Qt.MouseButton.LeftButton)
    assert goals(db, client) == []


def test_praatplaat_ctrl_z_takes_back_a_score(qtbot, db, client, tab) -> None:
    tile = tab.tiles["Geldzaken"]
    focus(qtbot, tile)
    with qtbot.waitSignal(tab.changed):
        qtbot.keyClick(tile, "1")
    with qtbot.waitSignal(tab.changed):
        qtbot.keyClick(tile, "z", Qt.KeyboardModifier.ControlModifier)
    assert current(db, client, "Geldzaken").score is None
    assert tile.state.score is None


def test_praatplaat_another_client_starts_with_a_fresh_undo(qtbot, db, client, tab) -> None:
    focus(qtbot, tab.tiles["Geldzaken"])
    with qtbot.waitSignal(tab.changed):
        qtbot.keyClick(tab.tiles["Geldzaken"], "2")
    other = add_client(db, first_names="Piet", last_name="de Boer")
    tab.show_client(db, other, TODAY)
    assert tab.undo_stack.count() == 0
    assert tab.goals.name_label.text() == "Piet de Boer"
    assert tab.tiles["Geldzaken"].state.score is None


def test_praatplaat_presentation_hides_notes_and_enlarges_type(qtbot, db, client, tab) -> None:
    praatplaat.set_score(db, client, "Geldzaken", 2, "Intern: beslag loopt", TODAY)
    tab.show_client(db, client, TODAY)
    normal = tab.font().pointSizeF()
    tab.set_presentation(True)
    tile = tab.tiles["Geldzaken"]
    assert "beslag" not in tile.accessibleDescription() + tile.toolTip()
    assert tab.detail.note.isHidden()
    assert tab.font().pointSizeF() > normal
    tab.grab()  # paints without a warning in both looks
    tab.set_presentation(False)
    assert "beslag" in tile.accessibleDescription()
    assert tab.font().pointSizeF() == normal


def test_praatplaat_targets_are_touch_sized(qtbot, db, client, tab) -> None:
    praatplaat.add_goal(db, client, text="Post openmaken", on=INTAKE)
    tab.show_client(db, client, TODAY)
    targets = [*tab.tiles.values(), tab.detail.note]
    targets += tab.findChildren(QPushButton) + tab.findChildren(QLineEdit)
    targets += tab.findChildren(QComboBox)
    small = [t.objectName() for t in targets if t.isVisible() and t.height() < 40]
    assert small == []
    assert tab.goals.goal_list.visualItemRect(tab.goals.goal_list.item(0)).height() >= 40


def test_praatplaat_the_same_score_again_today_saves_nothing(qtbot, db, client, tab) -> None:
    praatplaat.set_score(db, client, "Woning", 2, None, TODAY)
    tab.show_client(db, client, TODAY)
    focus(qtbot, tab.tiles["Woning"])
    with qtbot.assertNotEmitted(tab.changed):
        qtbot.keyClick(tab.tiles["Woning"], "2")
    assert tab.undo_stack.count() == 0


def test_praatplaat_enter_on_a_goal_opens_its_dialog(qtbot, db, client, tab) -> None:
    praatplaat.add_goal(db, client, text="Post openmaken", on=INTAKE)
    tab.show_client(db, client, TODAY)
    tab.goals.goal_list.setCurrentRow(0)
    focus(qtbot, tab.goals.goal_list)
    qtbot.keyClick(tab.goals.goal_list, Qt.Key.Key_Return)
    assert tab.goal_dialog is not None
    assert tab.goal_dialog.text.text() == "Post openmaken"
    tab.goal_dialog.reject()


def _checked_frame(tab) -> QColor:
    sheet = tab.detail.score_buttons.button(3).styleSheet()
    return QColor(re.search(r":checked \{ border: 5px solid (#[0-9a-fA-F]{6})", sheet).group(1))


def test_praatplaat_chosen_score_frame_reads_on_a_dark_window_too(
    qapp, tab, as_light_again
) -> None:
    """The chosen score is framed in the window's text colour: black on light, light on dark."""
    for theme in ("light", "dark"):
        palette = switch(qapp, theme)
        window = palette.color(QPalette.ColorRole.Window)
        assert contrast_ratio(_checked_frame(tab), window) >= 4.5, theme
    tab.detail.restyle(presentation=True)
    assert _checked_frame(tab) == QColor("#ffd400")  # yellow on the black presentation
