"""The Procesplaat tab driven as a caseworker would: move on, add a setback, undo, redo."""

from __future__ import annotations

from datetime import date

from builders import add_client
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app import actions, procesplaat
from views.action_offer_dialog import ActionOfferDialog
from views.main_window import MainWindow
from views.presentation import PresentationWindow
from views.route_dialog import EventDialog

TODAY = date(2026, 11, 26)


def open_tanya(qtbot, db, window: MainWindow):
    client = add_client(
        db,
        first_names="Tanya",
        last_name="Visser",
        phases=(("contact_gemeente", date(2026, 10, 1)), ("toegelaten", date(2026, 10, 5))),
    )
    with qtbot.waitSignal(window.model.modelReset, timeout=10000):
        window.reload()
    window.select_client(client)
    tab = window.route_tab
    qtbot.waitUntil(lambda: tab.timeline is not None and tab.client_id == client)
    focus(qtbot, window)
    return client, tab


def focus(qtbot, window: MainWindow) -> None:
    """Keys go where a person's would: to the route (offscreen windows do not get it back)."""
    window.activateWindow()
    window.route_tab.canvas.setFocus()
    qtbot.waitUntil(window.route_tab.canvas.hasFocus)


def answer_dialog(**values: object) -> None:
    """Fill the next EventDialog that opens and press OK."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EventDialog)
        if "text" in values:
            dialog.text.setText(str(values["text"]))
        if "words" in values:
            dialog.words.setText(str(values["words"]))
        if "mood" in values:
            dialog.mood.setCurrentIndex(int(values["mood"]))  # type: ignore[call-overload]
        dialog.accept()

    QTimer.singleShot(0, fill)


def answer_offer(seen: list[str], *, keep: int) -> None:
    """When the phase's actions are offered, keep the first ``keep`` ticked and add them."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ActionOfferDialog):  # the step's own dialog first: wait
            QTimer.singleShot(10, fill)
            return
        seen.extend(action.title for action in dialog.offered)
        for number in range(keep, dialog.list.count()):
            dialog.list.item(number).setCheckState(Qt.CheckState.Unchecked)
        dialog.add_button.click()

    QTimer.singleShot(10, fill)


def test_procesplaat_tab_advances_a_phase_and_undo_redo_move_her_back_and_forth(
    qtbot, db, window
) -> None:
    client, tab = open_tanya(qtbot, db, window)
    assert tab.timeline.current == "toegelaten"
    answer_dialog(text="Stukken gevraagd", mood=4)
    offered: list[str] = []
    answer_offer(offered, keep=1)
    tab.advance_button.click()
    qtbot.waitUntil(lambda: tab.timeline.current == "gegevens_verzamelen")
    assert "Je bent hier" in tab.next_step.text()
    assert "5. Ik verzamel gegevens" in tab.next_step.text()
    (added,) = actions.list_actions(db, client, today=TODAY)  # only the one ticked
    assert (added.title, added.phase) == (offered[0], "gegevens_verzamelen")
    assert len(offered) > 1

    tab.undo_stack.undo()  # the actions first, then the step
    assert not actions.list_actions(db, client, today=TODAY)
    tab.undo_stack.undo()
    qtbot.waitUntil(lambda: tab.timeline.current == "toegelaten")
    tab.undo_stack.redo()
    tab.undo_stack.redo()
    qtbot.waitUntil(lambda: tab.timeline.current == "gegevens_verzamelen")
    (entered,) = [m for m in tab.timeline.events_in("gegevens_verzamelen") if m.kind == "entered"]
    assert (entered.text, entered.mood) == ("Stukken gevraagd", 4)


def test_procesplaat_tab_setback_is_drawn_where_she_is_and_can_be_undone(qtbot, db, window) -> None:
    _, tab = open_tanya(qtbot, db, window)
    answer_dialog(text="Loonbeslag", words="Niet weer!", mood=1)
    qtbot.keyClick(
        tab.canvas,
        Qt.Key.Key_T,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: any(m.kind == "setback" for m in tab.timeline.events))
    (mark,) = [m for m in tab.timeline.events if m.kind == "setback"]
    assert mark.phase == "toegelaten"
    assert tab.timeline.current == "toegelaten"  # a setback is an event, not a step
    assert mark in tab.timeline.mood_curve

    focus(qtbot, window)
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not any(m.kind == "setback" for m in tab.timeline.events))
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(m.id == mark.id for m in tab.timeline.events))


def test_procesplaat_tab_keyboard_selects_phases_and_shows_their_details(qtbot, db, window) -> None:
    _, tab = open_tanya(qtbot, db, window)
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Right)
    assert tab.canvas.selected == "gegevens_verzamelen"
    assert "Ik verzamel gegevens" in tab.phase_info.text()
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Home)
    assert tab.canvas.selected == "problemen"
    before = tab.canvas.width()
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Plus)
    assert tab.canvas.width() > before


def test_procesplaat_tab_a_refused_step_changes_nothing(qtbot, db, window, monkeypatch) -> None:
    _, tab = open_tanya(qtbot, db, window)
    shown: list[str] = []
    monkeypatch.setattr(
        "views.procesplaat.show_error", lambda _parent, exc, *_a: shown.append(exc.message)
    )

    def early() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EventDialog)
        dialog.day.setDate(dialog.day.date().addYears(-1))
        dialog.accept()

    QTimer.singleShot(0, early)
    tab.advance_button.click()
    assert len(shown) == 1
    assert "vóór" in shown[0]
    assert tab.timeline.current == "toegelaten"
    assert not tab.undo_stack.canUndo()


def test_presentation_mode_shows_her_words_but_no_internal_note(qtbot, db, window) -> None:
    client, tab = open_tanya(qtbot, db, window)
    procesplaat.add_event(
        db,
        client,
        kind="milestone",
        phase="toegelaten",
        on=date(2026, 10, 6),
        text="INTERN: dossier besproken met teamleider",
        words="Ik kan weer ademen!",
        mood=5,
    )
    window.open_client(client)
    qtbot.waitUntil(lambda: any(m.kind == "milestone" for m in tab.timeline.events))
    focus(qtbot, window)
    qtbot.keyClick(tab.canvas, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: window.presentation is not None and window.presentation.isVisible())
    shown = window.presentation
    assert isinstance(shown, PresentationWindow)
    text = shown.visible_text()
    assert "Je bent hier" in text
    assert "INTERN" not in text
    assert "€" not in text  # amounts only when the caseworker chooses
    shown.toggle_amounts()
    assert "€" in shown.visible_text()
    drawn = drawn_text(shown)
    assert "Ik kan weer ademen!" in drawn
    assert "INTERN" not in drawn
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.presentation is None)


def drawn_text(presentation: PresentationWindow) -> str:
    """Everything the canvas draws as text, captured from its paint calls."""
    from PySide6.QtGui import QPainter

    seen: list[str] = []
    plain, static = QPainter.drawText, QPainter.drawStaticText

    def capture(self, *args):  # type: ignore[no-untyped-def]
        seen.extend(a for a in args if isinstance(a, str))
        return plain(self, *args)

    def capture_static(self, where, text):  # type: ignore[no-untyped-def]
        seen.append(text.text())
        return static(self, where, text)

    QPainter.drawText = capture  # type: ignore[method-assign]
    QPainter.drawStaticText = capture_static  # type: ignore[method-assign]
    try:
        presentation.canvas.grab()
    finally:
        QPainter.drawText = plain  # type: ignore[method-assign]
        QPainter.drawStaticText = static  # type: ignore[method-assign]
    return "\n".join(seen)


def test_presentation_from_the_praatplaat_shows_it_without_notes(qtbot, db, window) -> None:
    from app import praatplaat
    from views.presentation import TalkPresentation

    client, _ = open_tanya(qtbot, db, window)
    praatplaat.set_score(db, client, "Woning", 2, "INTERN: huurachterstand 3 maanden", TODAY)
    window.tabs.setCurrentWidget(window.talk_tab)
    window.open_client(client)
    qtbot.waitUntil(lambda: window.talk_tab.tiles["Woning"].state.score == 2)
    window.present_action.trigger()
    qtbot.waitUntil(lambda: window.presentation is not None and window.presentation.isVisible())
    shown = window.presentation
    assert isinstance(shown, TalkPresentation)
    assert shown.tab.presentation
    tile = shown.tab.tiles["Woning"]
    assert tile.state.score == 2
    said = [shown.visible_text(), tile.toolTip(), tile.accessibleDescription()]
    assert not any("INTERN" in text for text in said)
    normal = window.talk_tab.tiles["Woning"]
    assert "INTERN" in normal.toolTip()  # the caseworker's own screen does show it
    shown.close()
    qtbot.waitUntil(lambda: window.presentation is None)


def test_her_words_on_the_mood_curve_never_overlap_even_when_events_crowd(qtbot) -> None:
    from datetime import timedelta

    from PySide6.QtCore import QRectF

    from app.resources import load_process
    from models.timeline import EventInput, build_timeline
    from views.timeline_canvas import TimelineCanvas

    template = load_process()
    start = date(2026, 1, 5)
    events = [EventInput("in", template.route[0].key, "entered", start, mood=2)]
    events += [
        EventInput(
            f"e{n}",
            template.route[0].key,
            "note",
            start + timedelta(days=n),
            client_words=f"Dit zijn mijn eigen woorden, keer {n}",
            mood=(n % 5) + 1,
        )
        for n in range(1, 9)
    ]
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.set_timeline(build_timeline(template, events, [], today=start + timedelta(days=20)))
    metrics = canvas.text.metrics(canvas.text.font_of(7.5, italic=True))
    boxes = [
        QRectF(
            where.x(),
            where.y() - metrics.ascent(),
            metrics.horizontalAdvance(text),
            metrics.height(),
        )
        for where, text in canvas._quotes
    ]
    assert len(boxes) >= 2
    for index, box in enumerate(boxes):
        for other in boxes[index + 1 :]:
            assert not box.intersects(other), (box, other)
