"""The client list model: Qt's model tester, search and sort."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from app.client_rows import ClientRow, search_text
from views.client_list_model import COL_DEADLINE, COL_DEBT, COL_NAME, OBJECT_ROLE, ClientListModel

TODAY = date(2026, 11, 26)


def row(
    name: str,
    debt: str = "0.00",
    *,
    due: date | None = None,
    status: str = "active",
    bsn: str | None = None,
) -> ClientRow:
    first, last = name.split(" ", 1)
    return ClientRow(
        id=uuid.uuid4(),
        name=name,
        sort_name=f"{last}, {first}",
        bsn=bsn,
        postcode=None,
        birth_date=None,
        phase="intake",
        phase_number=6,
        phase_title="Intake",
        total_debt=Decimal(debt),
        next_deadline=due,
        next_deadline_label="Eerste gesprek",
        status=status,
        search_text=search_text(name, bsn, None, None),
    )


def make_model(qtbot, rows: list[ClientRow]) -> ClientListModel:
    model = ClientListModel()
    # Parented to the model, so the tester lives (and checks every change) as long as it does.
    # Warning mode: qt_log_level_fail turns each finding into a failed test with its message,
    # where Fatal mode would abort the whole test run.
    model.tester = QAbstractItemModelTester(
        model, QAbstractItemModelTester.FailureReportingMode.Warning, model
    )
    model.set_rows(rows, today=TODAY)
    return model


def names(model: ClientListModel) -> list[str]:
    return [model.data(model.index(r, COL_NAME), OBJECT_ROLE).name for r in range(model.rowCount())]


def test_client_list_model_passes_the_model_tester_through_changes(qtbot) -> None:
    model = make_model(qtbot, [row("Tanya Visser", "60000.00"), row("Piet de Boer")])
    model.set_query("tanya")
    model.set_query("")
    model.sort(COL_DEBT, Qt.SortOrder.DescendingOrder)
    model.set_show_closed(True)
    model.set_rows([])
    assert model.rowCount() == 0


def test_client_list_model_search_filters_on_every_word(qtbot) -> None:
    model = make_model(qtbot, [row("Tanya Visser"), row("Tanya de Boer"), row("Piet Visser")])
    model.set_query("tanya viss")
    assert names(model) == ["Tanya Visser"]


def test_client_list_model_typing_and_erasing_give_the_same_result_as_a_fresh_search(
    qtbot,
) -> None:
    people = [row("Tanya Visser"), row("Tanya de Boer"), row("Piet Visser"), row("Ria Vos")]
    typed = make_model(qtbot, people)
    seen: list[list[str]] = []
    text = "ta vis"
    for end in [*range(1, len(text) + 1), *range(len(text) - 1, -1, -1)]:  # type, then erase
        typed.set_query(text[:end])
        fresh = make_model(qtbot, people)
        fresh.set_query(text[:end])
        assert names(typed) == names(fresh), text[:end]
        seen.append(names(typed))
    assert ["Tanya Visser"] in seen
    assert len(names(typed)) == 4  # all erased: everyone is back


def test_client_list_model_search_finds_a_bsn(qtbot) -> None:
    model = make_model(qtbot, [row("Tanya Visser", bsn="111222333"), row("Piet Visser")])
    model.set_query("1112")
    assert names(model) == ["Tanya Visser"]


def test_client_list_model_hides_closed_dossiers_until_asked(qtbot) -> None:
    model = make_model(qtbot, [row("Tanya Visser"), row("Piet Oud", status="closed")])
    assert names(model) == ["Tanya Visser"]
    model.set_show_closed(True)
    assert sorted(names(model)) == ["Piet Oud", "Tanya Visser"]


def test_client_list_model_sorts_by_debt_exactly(qtbot) -> None:
    model = make_model(
        qtbot, [row("A Een", "100.10"), row("B Twee", "100.09"), row("C Drie", "1000.00")]
    )
    model.sort(COL_DEBT, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["C Drie", "A Een", "B Twee"]


def test_client_list_model_sort_keeps_the_selection_on_the_same_client(qtbot) -> None:
    from PySide6.QtCore import QPersistentModelIndex

    model = make_model(qtbot, [row("A Een", "1.00"), row("B Twee", "2.00")])
    held = QPersistentModelIndex(model.index(0, COL_NAME))
    model.sort(COL_DEBT, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(held.row(), COL_NAME), OBJECT_ROLE).name == "A Een"
    assert held.row() == 1


def test_client_list_model_marks_an_overdue_deadline(qtbot) -> None:
    model = make_model(qtbot, [row("A Een", due=date(2026, 11, 20)), row("B Twee", due=TODAY)])
    model.sort(COL_DEADLINE)
    late = model.index(0, COL_DEADLINE)
    on_time = model.index(1, COL_DEADLINE)
    assert model.data(late, Qt.ItemDataRole.DisplayRole) == "20-11-2026"
    assert model.data(late, Qt.ItemDataRole.FontRole).bold()
    assert model.data(on_time, Qt.ItemDataRole.FontRole) is None


def test_client_list_model_shows_money_in_dutch(qtbot) -> None:
    model = make_model(qtbot, [row("A Een", "61234.50")])
    assert model.data(model.index(0, COL_DEBT)) == "€\u00a061.234,50"


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_client_list_overdue_and_closed_read_in_both_themes(qtbot, qapp, theme) -> None:
    """The late deadline's red and a closed dossier's grey stand out and read, light or dark."""
    from theme_builders import switch, worst_contrast

    from views import preferences

    model = make_model(
        qtbot,
        [row("Anna Late", due=date(2026, 11, 1)), row("Bob Dicht", status="closed")],
    )
    model.set_show_closed(True)
    try:
        palette = switch(qapp, theme)
        by_name = {n: r for r, n in enumerate(names(model))}
        fore = Qt.ItemDataRole.ForegroundRole
        late = model.data(model.index(by_name["Anna Late"], COL_DEADLINE), fore).color()
        closed = model.data(model.index(by_name["Bob Dicht"], COL_NAME), fore).color()
        for colour in (late, closed):
            assert worst_contrast(colour, palette) >= 4.5, colour.name()
        assert late != closed
    finally:
        preferences.apply_theme(qapp, "system")
