"""The week view: order shown, overdue marked in colour and words, filter, opening a dossier."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont, QIcon
from PySide6.QtTest import QAbstractItemModelTester

from models.week import ACTIES, ACTION, PROCESPLAAT, SCHULDEN, STALE_BALANCE, Place, WeekItem
from views.week_view import COL_CLIENT, COL_DATE, COL_WHAT, COL_WHEN, OBJECT_ROLE, WeekView

TODAY = date(2026, 11, 27)  # a Friday
ANNA, BOB = uuid.UUID(int=1), uuid.UUID(int=2)
DEBT, TASK = uuid.UUID(int=11), uuid.UUID(int=12)


def item(
    days: int, client: uuid.UUID, name: str, label: str, kind: str, tab: str, record=None
) -> WeekItem:
    return WeekItem(
        due_on=TODAY + timedelta(days=days),
        client_name=name,
        label=label,
        kind=kind,
        overdue=days < 0,
        days=days,
        client_key=client.hex,
        tab=tab,
        record_key=record.hex if record else None,
    )


ITEMS = [
    item(-3, BOB, "Bob Jansen", "Saldo verouderd: Eneco", STALE_BALANCE, SCHULDEN, DEBT),
    item(-1, ANNA, "Anna de Vries", "Eerste gesprek", "first_conversation", PROCESPLAAT),
    item(0, BOB, "Bob Jansen", "Actie: Post openen (klant)", ACTION, ACTIES, TASK),
    item(1, ANNA, "Anna de Vries", "Beschikking", "decision", PROCESPLAAT),
    item(2, ANNA, "Anna de Vries", "Einde moratorium", "moratorium_end", PROCESPLAAT),
]


@pytest.fixture
def view(qtbot) -> WeekView:
    widget = WeekView()
    qtbot.addWidget(widget)
    # Parented to the model: it checks every change for as long as the model lives.
    widget.model.tester = QAbstractItemModelTester(  # type: ignore[attr-defined]
        widget.model, QAbstractItemModelTester.FailureReportingMode.Warning, widget.model
    )
    widget.set_items(ITEMS, TODAY)
    widget.show()
    return widget


def column(view: WeekView, number: int) -> list[str]:
    model = view.model
    return [model.data(model.index(row, number)) for row in range(model.rowCount())]


def test_week_view_shows_items_in_the_order_given(view: WeekView) -> None:
    assert column(view, COL_WHAT) == [i.label for i in ITEMS]
    assert column(view, COL_CLIENT) == [i.client_name for i in ITEMS]
    assert column(view, COL_DATE)[:3] == ["di 24-11-2026", "do 26-11-2026", "vr 27-11-2026"]


def test_week_view_says_how_late_or_how_soon(view: WeekView) -> None:
    assert column(view, COL_WHEN) == [
        "3 dagen te laat",
        "1 dag te laat",
        "vandaag",
        "morgen",
        "over 2 dagen",
    ]


def test_week_view_puts_overdue_rows_first_even_if_given_later(view: WeekView) -> None:
    view.set_items(list(reversed(ITEMS)), TODAY)
    labels = column(view, COL_WHAT)
    assert labels[:2] == ["Eerste gesprek", "Saldo verouderd: Eneco"]


def test_week_view_marks_overdue_rows_in_colour_weight_and_icon(view: WeekView) -> None:
    model = view.model
    late, coming = model.index(0, COL_WHEN), model.index(3, COL_WHEN)
    assert isinstance(model.data(late, Qt.ItemDataRole.ForegroundRole), QBrush)
    assert model.data(coming, Qt.ItemDataRole.ForegroundRole) is None
    late_font = model.data(late, Qt.ItemDataRole.FontRole)
    assert isinstance(late_font, QFont)
    assert late_font.bold()
    assert model.data(coming, Qt.ItemDataRole.FontRole) is None
    icon = model.data(late, Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon)
    assert not icon.isNull()
    assert model.data(coming, Qt.ItemDataRole.DecorationRole) is None
    assert model.data(late, Qt.ItemDataRole.AccessibleTextRole).endswith("te laat")
    assert model.data(late, Qt.ItemDataRole.ToolTipRole).startswith("Te laat:")


def test_week_view_summary_counts_overdue_and_coming(view: WeekView) -> None:
    assert view.summary.text() == "2 te laat · 3 deze week"


def test_week_view_only_overdue_filter(qtbot, view: WeekView) -> None:
    qtbot.keyClick(view.overdue_only, Qt.Key.Key_Space)
    assert view.overdue_only.isChecked()
    assert column(view, COL_WHAT) == ["Saldo verouderd: Eneco", "Eerste gesprek"]
    view.overdue_only.setChecked(False)
    assert len(column(view, COL_WHAT)) == len(ITEMS)


def test_week_view_filter_stays_on_for_new_items(view: WeekView) -> None:
    view.overdue_only.setChecked(True)
    view.set_items(ITEMS[2:], TODAY)
    assert view.model.rowCount() == 0
    assert view.table.isHidden()
    assert view.empty.text() == "Niets te laat."


def test_week_view_enter_opens_the_dossier_at_the_debt(qtbot, view: WeekView) -> None:
    view.table.setCurrentIndex(view.model.index(0, COL_DATE))
    with qtbot.waitSignal(view.open_requested) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [BOB, Place(SCHULDEN, DEBT)]


def test_week_view_enter_on_a_route_deadline_opens_the_procesplaat(qtbot, view: WeekView) -> None:
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    with qtbot.waitSignal(view.open_requested) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Enter)
    assert opened.args == [ANNA, Place(PROCESPLAAT, None)]


def test_week_view_double_click_opens_the_action(qtbot, view: WeekView) -> None:
    where = view.table.visualRect(view.model.index(2, COL_WHAT)).center()
    # A double click follows a press on the same row, as with a real mouse.
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    with qtbot.waitSignal(view.open_requested) as opened:
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert opened.args == [BOB, Place(ACTIES, TASK)]


def test_week_view_first_row_is_current_so_enter_works_at_once(view: WeekView) -> None:
    assert view.current_item() == ITEMS[0]
    assert view.model.data(view.table.currentIndex(), OBJECT_ROLE) == ITEMS[0]


def test_week_view_empty_week_says_so(qtbot) -> None:
    widget = WeekView()
    qtbot.addWidget(widget)
    widget.set_items([], TODAY)
    assert widget.table.isHidden()
    assert widget.empty.text() == "Niets te laat en niets te doen deze week."
    assert widget.summary.text() == "0 te laat · 0 deze week"


def test_week_view_accessible_names(view: WeekView) -> None:
    assert view.table.accessibleName() == "Termijnen en acties, te laat eerst"
    assert view.overdue_only.accessibleName() == "Alleen te laat"
    assert view.summary.accessibleName() == "Samenvatting van de week"


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_week_overdue_red_reads_in_both_themes(qtbot, qapp, theme) -> None:
    from theme_builders import switch, worst_contrast

    from views import preferences

    view = WeekView()
    qtbot.addWidget(view)
    view.set_items(ITEMS, TODAY)
    model = view.table.model()
    try:
        palette = switch(qapp, theme)
        brush = model.data(model.index(0, COL_WHEN), Qt.ItemDataRole.ForegroundRole)
        assert worst_contrast(brush.color(), palette) >= 4.5
    finally:
        preferences.apply_theme(qapp, "system")
