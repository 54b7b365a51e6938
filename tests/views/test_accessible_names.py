"""Every control a screen reader meets has a name: its text, a label beside it, or its own.

A field without a name is read out as "edit text" or "combo box": a caseworker who works with
a screen reader cannot tell the BSN from the postcode. The main window with a full dossier
(each tab, each page of a tab) and the dialogs opened most are walked.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from app.demo import install_demo

TODAY = date(2026, 11, 26)
FIELDS = (QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QAbstractItemView)


def _labelled(field: QWidget, root: QWidget) -> bool:
    """A QLabel names it as buddy, or a form layout puts a label in front of it."""
    if any(label.buddy() is field for label in root.findChildren(QLabel)):
        return True
    parent = field.parentWidget()
    while parent is not None:
        layout = parent.layout()
        if isinstance(layout, QFormLayout) and layout.labelForField(field) is not None:
            return True
        parent = parent.parentWidget()
    return False


def nameless(root: QWidget) -> list[str]:
    """The visible controls of ``root`` a screen reader could not name."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.accessibleName():
            continue
        if isinstance(widget, QHeaderView):  # read out through its table's columns
            continue
        if isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # the editor inside a combo box or spin box: the outer one is named
        if isinstance(widget, QAbstractButton):
            if not widget.text().replace("&", "").strip(" …."):
                found.append(f"button {widget.objectName() or widget.toolTip() or '?'}")
        elif isinstance(widget, FIELDS) and not _labelled(widget, root):
            found.append(
                f"{type(widget).__name__} {widget.objectName()!r} in "
                f"{type(widget.parentWidget()).__name__}"
            )
    return found


def _every_page(root: QWidget):
    """Each tab of each tab widget and each page of each stack, shown in turn."""
    yield
    for tabs in root.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            yield
    for stack in root.findChildren(QStackedWidget):
        if isinstance(stack.parentWidget(), QTabWidget):
            continue
        for index in range(stack.count()):
            stack.setCurrentIndex(index)
            yield


def test_main_window_with_a_full_dossier_names_every_control(qtbot, db, window) -> None:
    tanya = install_demo(db, today=TODAY)[0][0]
    window.resize(1366, 800)
    window.reload(tanya)
    qtbot.waitUntil(lambda: window.current_id == tanya, timeout=20_000)
    problems: set[str] = set()
    met: set[int] = set()
    for _ in _every_page(window):
        qtbot.wait(10)
        problems.update(nameless(window))
        met.update(
            id(w)
            for w in window.findChildren(QWidget)
            if isinstance(w, FIELDS) and w.isVisibleTo(window)
        )
    assert len(met) >= 40  # the walk really went through the tabs and their pages
    assert sorted(problems) == []


def _dialogs(window, db, client):
    from views.action_dialog import ActionDialog
    from views.dialogs import CloseClientDialog, NewClientDialog, PassphraseDialog
    from views.print_dialog import PrintDialog
    from views.settings_dialog import SettingsDialog

    yield NewClientDialog(window)
    yield CloseClientDialog("Tanya Verhoef", window)
    yield PassphraseDialog(True, window)
    yield PrintDialog(window)
    yield SettingsDialog(window.settings, window, paths=db.paths, db=db)
    yield ActionDialog(db, client, today=TODAY, parent=window)


@pytest.mark.parametrize("number", range(6))
def test_dialog_names_every_control(qtbot, db, window, number: int) -> None:
    tanya = install_demo(db, today=TODAY)[0][0]
    dialog: QDialog = list(_dialogs(window, db, tanya))[number]
    qtbot.addWidget(dialog)
    dialog.show()
    assert nameless(dialog) == [], dialog.windowTitle()


def test_nameless_finds_a_field_without_a_name(qtbot) -> None:
    """The check itself: a bare field is found, a named one or one in a form is not."""
    root = QWidget()
    qtbot.addWidget(root)
    form = QFormLayout(root)
    bare, named, in_form = QLineEdit(), QLineEdit(), QLineEdit()
    named.setAccessibleName("Postcode")
    form.addRow(bare)
    form.addRow(named)
    form.addRow("BSN", in_form)
    root.show()
    assert nameless(root) == ["QLineEdit '' in QWidget"]
