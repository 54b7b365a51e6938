"""The procesplaat tab fits a 150 % laptop screen in every language, its buttons wrap rather than
widen the window, route labels the left edge would cut are held there whole, and the small
dialog fixes (retention headers, the print dialog's "u") hold."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QTranslator
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton, QScrollArea, QWidget

from tools.i18n import main as i18n
from tools.layout_check import WIDTH
from views.button_flow import ButtonFlow

ROOT = Path(__file__).resolve().parents[2]


# --- the tab in a 1280 px window at 150 % ---------------------------------------------------
@pytest.fixture(scope="module")
def translations(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("qm")
    assert i18n(["release", str(folder)]) == 0
    assert i18n(["pseudo", str(folder)]) == 0
    return folder


@pytest.mark.parametrize("language", ["nl", "en", "xx"])
def test_procesplaat_tab_fits_1280_pixels_at_150_percent(translations, tmp_path, language):
    """Dutch, English and the stretched pseudo-translation: the tab asks no more than the
    screen has, and nothing on it is cut off (measured alone, in its own process)."""
    args = [sys.executable, "-m", "tests.views.route_fit_probe"]
    if language != "nl":
        args += ["--qm", str(translations / f"procesplaat_{language}.qm")]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="1.5")
    env["HOME"] = str(tmp_path / "home")
    env["PROCESPLAAT_DATA_DIR"] = str(tmp_path / "data")
    result = subprocess.run(
        args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["window"] == WIDTH, found
    assert found["cut_off"] == []
    assert found["next_step_bottom"] < found["buttons_top"]  # the wrapped line pushes down
    if language == "xx":
        assert found["button_rows"] == 2  # too long for one row: it wrapped, not widened


# --- ButtonFlow ---------------------------------------------------------------------------
def _flow(qtbot) -> tuple[QWidget, ButtonFlow, list[QPushButton], list[QPushButton]]:
    holder = QWidget()
    qtbot.addWidget(holder)
    flow = ButtonFlow(holder)
    leading = [QPushButton(text) for text in ("Naar de volgende fase…", "Tegenslag…")]
    trailing = [QPushButton(text) for text in ("Ongedaan maken", "Presentatie (F11)")]
    for button in leading:
        flow.add_leading(button)
    for button in trailing:
        flow.add_trailing(button)
    return holder, flow, leading, trailing


def _lay_out(holder: QWidget, flow: ButtonFlow, width: int) -> None:
    holder.resize(width, flow.heightForWidth(width))
    flow.setGeometry(holder.rect())


def test_button_flow_keeps_one_row_when_it_fits_with_the_right_group_at_the_right(qtbot):
    holder, flow, leading, trailing = _flow(qtbot)
    width = flow.sizeHint().width() + 100
    _lay_out(holder, flow, width)
    assert len({b.geometry().top() for b in leading + trailing}) == 1
    assert leading[0].geometry().left() == 0
    assert trailing[-1].geometry().right() == width - 1
    assert flow.heightForWidth(width) == max(b.sizeHint().height() for b in leading + trailing)


def test_button_flow_moves_the_right_group_to_its_own_line_when_narrow(qtbot):
    holder, flow, leading, trailing = _flow(qtbot)
    one_row = flow.heightForWidth(flow.sizeHint().width())
    width = flow.sizeHint().width() - 40
    _lay_out(holder, flow, width)
    assert leading[0].geometry().top() == leading[1].geometry().top()
    assert trailing[0].geometry().top() > leading[0].geometry().bottom()
    assert flow.heightForWidth(width) > one_row
    for button in leading + trailing:  # nothing squeezed, nothing outside
        assert button.width() >= button.sizeHint().width()
        assert button.geometry().right() < width


def test_button_flow_needs_only_its_widest_button_and_then_stacks_them(qtbot):
    holder, flow, leading, trailing = _flow(qtbot)
    widest = max(b.sizeHint().width() for b in leading + trailing)
    assert flow.minimumSize().width() == widest
    _lay_out(holder, flow, widest)
    assert len({b.geometry().top() for b in leading + trailing}) == 4


# --- labels held at the left edge of the scrolled route --------------------------------------
@pytest.fixture
def scrolled(qtbot):
    """A route with a setback and her words early on, in a view narrower than the route."""
    from app.resources import load_process
    from models.timeline import EventInput, build_timeline
    from views.timeline_canvas import TimelineCanvas

    template = load_process()
    start = date(2026, 1, 5)
    events = [
        EventInput(f"in{n}", phase.key, "entered", start + timedelta(days=20 * n), mood=3)
        for n, phase in enumerate(template.route[:6])
    ]
    events.append(
        EventInput(
            "bad",
            template.route[0].key,
            "setback",
            start + timedelta(days=3),
            text="Deurwaarder kondigt beslag aan op het loon",
            mood=1,
        )
    )
    canvas = TimelineCanvas()
    canvas.set_timeline(build_timeline(template, events, [], today=start + timedelta(days=130)))
    view = QScrollArea()
    qtbot.addWidget(view)
    view.setWidget(canvas)
    view.resize(700, canvas.height() + 40)
    view.show()
    qtbot.waitExposed(view)
    return view, canvas


def _paint(qtbot, view: QScrollArea, left: int) -> None:
    view.horizontalScrollBar().setValue(left)
    qtbot.wait(1)
    view.viewport().grab()  # paints the canvas in the scroll area, as the screen would


def test_a_label_cut_by_the_left_edge_is_drawn_whole_from_the_edge(qtbot, scrolled):
    view, canvas = scrolled
    setback = next(m for m in canvas._marks if m.kind == "setback")
    left = int(setback.label_at.x()) + 25  # a few letters of it scrolled out of view
    _paint(qtbot, view, left)
    assert view.horizontalScrollBar().value() == left
    held = [(rect, text) for rect, text in canvas.pinned if "Deurwaarder" in text]
    assert held, canvas.pinned
    rect, text = held[0]
    assert text.startswith("← Deurwaarder")  # whole from its start, pointing to its place
    assert rect.left() == left  # at the visible edge, its paper covering the cut tail


def test_the_mood_lane_caption_stays_at_the_left_wherever_the_route_is(qtbot, scrolled):
    view, canvas = scrolled
    caption = QCoreApplication.translate(
        "TimelineCanvas", "Hoe voelde het? (1 = heel slecht, 5 = heel goed)"
    )
    for left in (0, 300, view.horizontalScrollBar().maximum()):
        _paint(qtbot, view, left)
        held = [rect for rect, text in canvas.pinned if text == caption]
        if left == 0:
            assert held == []  # in its own place already: drawn there, not again
        else:
            assert len(held) == 1
            assert held[0].left() == left


def test_the_held_labels_are_painted_on_opaque_paper(qtbot, scrolled):
    """Grab what the person sees: the caption's strip at the left edge holds ink on the
    picture's paper colour, the route lines under it do not show through."""
    view, canvas = scrolled
    left = 300
    _paint(qtbot, view, left)
    image = view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    rect = next(r for r, t in canvas.pinned if t.startswith("Hoe voelde"))
    paper = canvas.palette_.background.rgb()
    inked = 0
    for x in range(int(rect.left() - left + 2), int(rect.right() - left - 2), 2):
        colours = {
            image.pixel(QPoint(int(x * ratio), int(y * ratio)))
            for y in range(int(rect.top() + 1), int(rect.bottom()))
        }
        inked += colours != {paper}
    assert inked > 10  # the words are there, not a blank strip


def test_a_stage_begun_left_of_the_view_names_itself_in_the_visible_part(qtbot, scrolled):
    """Scrolled to the middle of a stage's band, its name is not cut at the edge but centred
    in the part still in view: no ink in the band's first columns, ink further in."""
    view, canvas = scrolled
    band = canvas.timeline.stages[0]
    left = int(canvas.x_of(band.x + band.width / 2))  # the band's own centre at the edge
    _paint(qtbot, view, left)
    image = view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    top, bottom = canvas._y(6) + 4, canvas._y(30) - 4
    right = min(canvas.x_of(band.x + band.width), left + view.viewport().width()) - left - 6

    def inked(x: float) -> bool:
        return any(
            QColor(image.pixel(QPoint(int(x * ratio), int(y * ratio)))).lightness() < 128
            for y in range(int(top), int(bottom))
        )

    assert not any(inked(x) for x in range(0, 12))
    assert any(inked(x) for x in range(12, int(right)))


# --- the event kinds and owners in the UI's language -----------------------------------------
def test_event_kinds_are_shown_in_english_with_the_english_translation(qtbot, translations):
    from views.route_style import KIND_WORDS, kind_word

    translator = QTranslator()
    assert translator.load(str(translations / "procesplaat_en.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert kind_word("setback") == "Setback"
        assert kind_word("entered") == "Start of the phase"
        assert kind_word("unknown-kind") == "unknown-kind"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert kind_word("milestone") == KIND_WORDS["milestone"] == "Mijlpaal"


# --- small dialog fixes --------------------------------------------------------------------
@pytest.mark.parametrize("width", [None, 760])
def test_retention_dialog_shows_its_date_headers_whole(qtbot, db, width):
    from views.retention_dialog import COL_CLOSED, COL_DUE, RetentionDialog

    dialog = RetentionDialog(db, today=date(2031, 6, 1))
    qtbot.addWidget(dialog)
    if width:
        dialog.resize(width, dialog.height())
    dialog.show()
    dialog.table.show()  # shown with dossiers; the header is the same without
    qtbot.waitExposed(dialog)
    header: QHeaderView = dialog.table.horizontalHeader()
    metrics = header.fontMetrics()
    for column in (COL_CLOSED, COL_DUE):
        words = dialog.table.horizontalHeaderItem(column).text()
        assert header.sectionSize(column) >= metrics.horizontalAdvance(words) + 8, words
    assert header.sectionViewportPosition(COL_DUE) + header.sectionSize(COL_DUE) <= (
        header.viewport().width()
    )


def test_print_dialog_addresses_the_caseworker_as_u(qtbot):
    from views.print_dialog import PrintDialog

    dialog = PrintDialog()
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Wat wilt u afdrukken?" in texts
    assert any("uw PDF-lezer" in text for text in texts)
    words = {word.strip(".,;:?") for text in texts for word in text.split()}
    assert not words & {"je", "jij", "jouw", "jezelf"}
