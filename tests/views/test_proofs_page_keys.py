"""The documents tab's keys (Undo, Redo, Delete, Enter) work in that tab only, not in the
whole window: Ctrl+Z typed in the client list must not undo the bin of a proof."""

from __future__ import annotations

from builders import add_client
from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut, QUndoCommand
from PySide6.QtTest import QTest

WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


class Recorded(QUndoCommand):
    """A step on the page's undo stack that notes when it is undone."""

    def __init__(self, undone: list[bool]) -> None:
        super().__init__("proef")
        self.undone = undone

    def undo(self) -> None:
        self.undone.append(True)


def _open(qtbot, db, window):
    client_id = add_client(db)
    with qtbot.waitSignal(window.model.modelReset, timeout=10000):
        window.reload()
    window.select_client(client_id)
    page = window.documents_tab.proofs
    qtbot.waitUntil(lambda: page.client_id == client_id)
    return page


def test_proofs_page_keys_are_bound_to_the_page(qtbot, db, window) -> None:
    page = _open(qtbot, db, window)
    shortcuts = page.findChildren(QShortcut)
    assert len(shortcuts) >= 6  # undo, redo twice, enter twice, delete
    assert [s.key().toString() for s in shortcuts if s.context() in WINDOW_WIDE] == []


def test_proofs_page_ctrl_z_in_the_client_list_does_not_undo_a_proof_step(
    qtbot, db, window
) -> None:
    page = _open(qtbot, db, window)
    undone: list[bool] = []
    page.undo_stack.push(Recorded(undone))
    window.tabs.setCurrentWidget(window.documents_tab)  # the page shows beside the list
    window.documents_tab.pages.setCurrentWidget(page)
    window.activateWindow()
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    QTest.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert undone == []  # the client list had the keyboard: the proof step stays
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    QTest.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert undone == [True]  # in the page itself Ctrl+Z does undo
