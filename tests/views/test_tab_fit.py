"""The Schulden tab (creditors, income and expenses) and the Bewijsstukken page give way when the
window is narrow: rows wrap and the two budget lists stack instead of widening the window, and
with room to spare everything stays on one line, side by side, as it always was."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from tools.layout_check import cut_off
from views.budget_panel import BudgetPanel
from views.debts_tab import DebtsTab
from views.proofs_page import ProofsPage
from views.side_by_side import _shares


def _show(qtbot, widget: QWidget, width: int) -> None:
    """``widget`` alone, ``width`` wide and as high as it needs (at least 600 px)."""
    qtbot.addWidget(widget)
    widget.resize(width, max(600, widget.minimumSizeHint().height()))
    widget.show()
    qtbot.waitExposed(widget)
    widget.resize(width, max(600, widget.heightForWidth(width), widget.minimumSizeHint().height()))
    for _ in range(5):
        QApplication.processEvents()


def _lines(widgets: list[QWidget], root: QWidget) -> list[int]:
    """The vertical middles of the lines the visible ``widgets`` stand on (a check box and a
    combo box on one line differ in height, both are centred on it)."""
    middles = sorted(w.mapTo(root, w.rect().center()).y() for w in widgets if w.isVisibleTo(root))
    lines: list[int] = []
    for middle in middles:
        if not lines or middle - lines[-1] > 4:
            lines.append(middle)
    return lines


def _inside(widgets: list[QWidget], root: QWidget) -> bool:
    """Every widget whole (as wide as it asks, or its fixed width) and inside ``root``."""
    return all(
        w.mapTo(root, w.rect().topRight()).x() < root.width()
        and w.width() >= min(w.sizeHint().width(), w.maximumWidth())
        for w in widgets
        if w.isVisibleTo(root)
    )


def _top(widget: QWidget, root: QWidget) -> int:
    return widget.mapTo(root, widget.rect().topLeft()).y()


# --- income and expenses ---------------------------------------------------------------------
def _blocks(panel: BudgetPanel) -> tuple[QWidget, QWidget]:
    income = panel.findChild(QWidget, "budget_income_block")
    expense = panel.findChild(QWidget, "budget_expense_block")
    assert income is not None
    assert expense is not None
    return income, expense


def test_budget_lists_stand_side_by_side_in_equal_columns_when_the_panel_is_wide(qtbot):
    panel = BudgetPanel()
    _show(qtbot, panel, panel.sizeHint().width() + 200)
    income, expense = _blocks(panel)
    assert income.geometry().top() == expense.geometry().top()
    assert expense.geometry().left() > income.geometry().right()
    assert abs(income.width() - expense.width()) <= 1
    assert panel.tables["income"].height() == panel.tables["expense"].height()


def test_budget_lists_stack_rather_than_widen_a_narrow_panel(qtbot):
    panel = BudgetPanel()
    income, expense = _blocks(panel)
    side_by_side = income.minimumSizeHint().width() + expense.minimumSizeHint().width()
    assert panel.minimumSizeHint().width() < side_by_side  # the window need not grow for it
    narrow = panel.minimumSizeHint().width()
    _show(qtbot, panel, narrow)
    assert panel.width() == narrow
    assert expense.geometry().top() > income.geometry().bottom()
    assert income.width() == expense.width() >= expense.minimumSizeHint().width()
    assert panel.tables["income"].height() > 0
    assert panel.tables["expense"].height() > 0
    assert list(cut_off(panel)) == []


def test_budget_balance_line_wraps_so_it_never_sets_the_width(qtbot):
    panel = BudgetPanel()
    panel.balance.setText("Inkomsten € 3.620,46 − uitgaven € 2.521,80 = " * 6)
    assert panel.balance.minimumSizeHint().width() < panel.balance.sizeHint().width()
    assert panel.minimumSizeHint().width() < panel.balance.fontMetrics().horizontalAdvance(
        panel.balance.text()
    )


def test_shares_split_evenly_unless_a_block_needs_more():
    assert _shares(800, [300, 400]) == [400, 400]
    assert _shares(801, [300, 400]) == [400, 401]
    assert _shares(800, [200, 500]) == [300, 500]
    assert sum(_shares(777, [100, 100, 100])) == 777


# --- the creditors' page ------------------------------------------------------------------------
def _debt_rows(tab: DebtsTab) -> tuple[list[QWidget], list[QWidget]]:
    buttons: list[QWidget] = [
        tab.new_button,
        tab.edit_button,
        tab.measures_button,
        tab.creditor_button,
        tab.delete_button,
        tab.undo_button,
        tab.redo_button,
        tab.import_button,
        tab.export_button,
    ]
    filters: list[QWidget] = [
        tab.status_filter,
        tab.kind_filter,
        tab.debtor_filter,
        tab.stale_filter,
        tab.measures_filter,
    ]
    return buttons, filters


def test_debts_rows_keep_one_line_each_when_there_is_room(qtbot):
    tab = DebtsTab()
    buttons, filters = _debt_rows(tab)
    page = tab.pages.widget(0)
    _show(qtbot, tab, page.sizeHint().width() + 40)
    assert len(_lines(buttons, page)) == 1
    assert len(_lines(filters, page)) == 1
    assert _lines(buttons, page)[0] < _lines(filters, page)[0] < _top(tab.table, page)
    export = tab.export_button  # Excel at the right, as it always was
    assert export.mapTo(page, export.rect().topRight()).x() > tab.table.geometry().right() - 20


def test_debts_rows_wrap_rather_than_widen_a_narrow_window(qtbot):
    tab = DebtsTab()
    buttons, filters = _debt_rows(tab)
    page = tab.pages.widget(0)
    one_line = sum(b.sizeHint().width() for b in buttons)
    assert tab.minimumSizeHint().width() < one_line
    _show(qtbot, tab, tab.minimumSizeHint().width())
    assert len(_lines(buttons, page)) > 1
    assert len(_lines(filters, page)) > 1
    # the list moved down for the extra lines
    assert _lines(buttons + filters, page)[-1] < _top(tab.table, page)
    assert _inside(buttons + filters, page)
    assert list(cut_off(tab)) == []


# --- Bewijsstukken --------------------------------------------------------------------------
def _proof_rows(page: ProofsPage) -> tuple[list[QWidget], list[QWidget]]:
    buttons: list[QWidget] = [
        *(b for b in page.findChildren(QPushButton) if b.parent() is page),
        page.bin,
    ]
    options: list[QWidget] = [page.convert, page.merge, page.keep]
    return buttons, options


def test_proofs_rows_keep_one_line_each_when_there_is_room(qtbot):
    page = ProofsPage()
    buttons, options = _proof_rows(page)
    _show(qtbot, page, page.sizeHint().width() + 40)
    assert len(_lines(buttons, page)) == 1
    assert len(_lines(options, page)) == 1


def test_proofs_rows_wrap_rather_than_widen_a_narrow_window(qtbot):
    page = ProofsPage()
    buttons, options = _proof_rows(page)
    one_line = sum(b.sizeHint().width() for b in buttons if not b.isHidden())
    assert page.minimumSizeHint().width() < one_line
    _show(qtbot, page, page.minimumSizeHint().width())
    assert len(_lines(buttons, page)) > 1
    assert len(_lines(options, page)) > 1
    assert _lines(buttons + options, page)[-1] < _top(page.table, page)
    assert _inside(buttons + options, page)
    assert list(cut_off(page)) == []
