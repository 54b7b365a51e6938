"""The Praatplaat tab: the 13 ZRM life domains in a ring around the client and her own goals.

Every change is saved at once through app.praatplaat and can be undone (Ctrl+Z) while the
client stays open. Keyboard: Tab and the arrow keys go round the domains, 1 to 5 give the
focused domain its score, Enter opens its note (Enter again saves, Escape goes back).
"""

from __future__ import annotations

import sys
import uuid
from collections.abc import Callable
from datetime import date
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QLabel,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from models import life_domains as zrm
from views.i18n import message_text
from views.praatplaat_panels import DetailPanel, GoalDialog, GoalsPanel
from views.praatplaat_tile import DomainTile
from views.undo import SavedChange

if TYPE_CHECKING:
    from app.db import Database

#: Where the tiles sit in a 4 × 5 grid: clockwise from the top left, so Tab and the eye go
#: round the same way. The middle (rows 1–2, columns 1–3) holds the client and her goals.
RING: tuple[tuple[int, int], ...] = (
    *((0, column) for column in range(5)),  # top, left to right
    (1, 4),
    (2, 4),
    *((3, column) for column in range(4, -1, -1)),  # bottom, right to left
    (2, 0),
)
ROWS, COLUMNS = 4, 5
LEGEND_CELL = (1, 0)
PRESENTATION_SCALE = 1.4
PRESENTATION_STYLE = """
#page, #detail { background: #000000; }
#page QLabel, #detail QLabel { color: #ffffff; }
#page QListWidget { background: #000000; color: #ffffff; border: 2px solid #bfbfbf; }
#page QListWidget::indicator { width: 20px; height: 20px; border: 2px solid #ffffff; }
#page QListWidget::indicator:checked { background: #ffd400; }
"""


def _use_cases() -> ModuleType:
    """The praatplaat's use cases, imported on first use: the window paints before SQLAlchemy."""
    from app import praatplaat

    return praatplaat


def _tr(text: str) -> str:
    return QCoreApplication.translate("Praatplaat", text)


class PraatplaatTab(QWidget):
    """The praatplaat of one client; ``changed`` is emitted after every saved change."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, presentation: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("praatplaat")
        self._db: Database | None = None
        self._client_id: uuid.UUID | None = None
        self._today = date.today()
        self._selected = ""  # the domain of the row below the ring, set at the end
        self._note_domain: str | None = None  # the domain whose note the editor holds
        self.presentation = False
        self.undo_stack = QUndoStack(self)
        self.goal_dialog: GoalDialog | None = None

        self.page = QWidget()
        self.page.setObjectName("page")
        self.page.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        grid = QGridLayout(self.page)
        grid.setSpacing(6)
        self.tiles: dict[str, DomainTile] = {}
        for domain, (row, column) in zip(zrm.DOMAINS, RING, strict=True):
            tile = DomainTile(domain)
            tile.score_keyed.connect(self.set_score)
            tile.note_wanted.connect(self._edit_note)
            tile.entered.connect(self._select)
            tile.arrow.connect(self._move)
            grid.addWidget(tile, row, column)
            self.tiles[domain] = tile
        self.legend = QLabel(self._legend_html())
        self.legend.setObjectName("legend")
        grid.addWidget(self.legend, *LEGEND_CELL)
        self.goals = GoalsPanel()
        grid.addWidget(self.goals, 1, 1, 2, 3)
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        for row in range(ROWS):  # the outer tiles get room for their notes too
            grid.setRowStretch(row, 5 if 0 < row < ROWS - 1 else 4)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.page)
        self.detail = DetailPanel()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.detail)
        self._connect()
        self.set_presentation(presentation)
        self._select(zrm.DOMAINS[0])

    def _connect(self) -> None:
        goals, detail = self.goals, self.detail
        goals.goal_list.itemChanged.connect(self._goal_checked)
        # Not itemActivated: some desktops activate on a single click, and a click ticks.
        goals.goal_list.itemDoubleClicked.connect(lambda _item: self.edit_goal())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            edit = QShortcut(QKeySequence(key), goals.goal_list)
            edit.setContext(Qt.ShortcutContext.WidgetShortcut)
            edit.activated.connect(self.edit_goal)
        goals.new_goal.returnPressed.connect(self.add_goal)
        goals.add_button.clicked.connect(self.add_goal)
        goals.reached_button.clicked.connect(self.toggle_reached)
        goals.edit_button.clicked.connect(self.edit_goal)
        goals.delete_button.clicked.connect(self.delete_goal)
        delete = QShortcut(QKeySequence.StandardKey.Delete, goals.goal_list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_goal)
        detail.score_buttons.idClicked.connect(lambda s: self.set_score(self._selected, s))
        detail.note.committed.connect(self._save_note)
        detail.note.cancelled.connect(self._cancel_note)
        detail.undo_button.clicked.connect(self.undo_stack.undo)
        detail.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(detail.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(detail.redo_button.setEnabled)
        for keys, slot in (
            (QKeySequence.StandardKey.Undo, self.undo_stack.undo),
            (QKeySequence.StandardKey.Redo, self.undo_stack.redo),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        # Tab goes round the ring first, then to the chosen domain's row, then to the goals.
        chain: list[QWidget] = [self.tiles[d] for d in zrm.DOMAINS]
        chain += [*detail.score_buttons.buttons(), detail.note]
        chain += [goals.goal_list, goals.new_goal, goals.new_goal_domain, goals.add_button]
        chain += [goals.reached_button, goals.edit_button, goals.delete_button]
        chain += [detail.undo_button, detail.redo_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _legend_html(self) -> str:
        rows = "".join(
            f"<tr><td style='background:{zrm.SCORE_COLOURS[s]}; color:{zrm.SCORE_INK[s]}'>"
            f"&nbsp;<b>{s}</b>&nbsp;</td><td>&nbsp;{zrm.SCORE_LABELS[s]}</td></tr>"
            for s in zrm.SCORES
        )
        return f"<b>{_tr('Cijfers')}</b><table cellspacing=2>{rows}</table>"

    # -- showing ----------------------------------------------------------------------------

    def show_client(
        self,
        db: Database,
        client_id: uuid.UUID,
        today: date,
        snapshot: dict[str, Any] | None = None,
    ) -> None:
        """Show a client's praatplaat; undo starts afresh for another client.

        ``snapshot`` is ``app.praatplaat.praatplaat``'s result when the caller read it already
        (the main window does, off the GUI thread); without it the tab reads it itself.
        """
        if client_id != self._client_id:
            self.undo_stack.clear()
            self._note_domain = None  # an unsaved note belongs to the client shown before
            self.goals.say("")
        self._db, self._client_id, self._today = db, client_id, today
        if snapshot is None:
            self.refresh()
        else:
            self._show_snapshot(snapshot)

    def set_presentation(self, on: bool) -> None:
        """Large type and high contrast for the client's eyes; internal notes hidden."""
        self.presentation = on
        font = QFont()  # an empty font: inherit the application's again
        base = QApplication.font().pointSizeF()
        if on and base > 0:
            font.setPointSizeF(base * PRESENTATION_SCALE)
        self.setFont(font)
        self.goals.restyle_name()
        self.detail.restyle(presentation=on)
        self.setStyleSheet(PRESENTATION_STYLE if on else "")
        for tile in self.tiles.values():
            tile.presentation = on
            tile.set_state(tile.state)
        self.detail.note.setVisible(not on)

    def refresh(self) -> None:
        """Read the client's praatplaat again and show it."""
        if self._db is None or self._client_id is None:
            return
        self._show_snapshot(_use_cases().praatplaat(self._db, self._client_id))

    def _show_snapshot(self, snapshot: dict[str, Any]) -> None:
        self.goals.name_label.setText(snapshot["name"])
        for state in snapshot["domains"]:
            if state.domain in self.tiles:  # a non-ZRM domain from old data has no tile
                self.tiles[state.domain].set_state(state)
        self.goals.show_goals(snapshot["goals"])
        self._show_detail()

    def _select(self, domain: str) -> None:
        """The row below the ring follows the tile that has (or last had) the focus."""
        if domain != self._selected:  # a new goal is about the domain being talked about
            combo = self.goals.new_goal_domain
            combo.setCurrentIndex(max(combo.findData(domain), 0))
        self._selected = domain
        self._show_detail()

    def _show_detail(self) -> None:
        self._note_domain = self._selected
        self.detail.show_state(self.tiles[self._selected].state)

    def _move(self, domain: str, rows: int, columns: int) -> None:
        """Arrow keys go to the next tile in that direction, across the middle if need be."""
        cells = dict(zip(RING, zrm.DOMAINS, strict=True))
        row, column = RING[zrm.DOMAINS.index(domain)]
        while 0 <= row < ROWS and 0 <= column < COLUMNS:
            row, column = row + rows, column + columns
            if (row, column) in cells:
                self.tiles[cells[(row, column)]].setFocus(Qt.FocusReason.OtherFocusReason)
                return

    # -- changing ---------------------------------------------------------------------------

    def run(self, change: Callable[[], Any]) -> bool:
        """Save a change and show the result; a user error is said beside the goals."""
        try:
            change()
        except UserError as exc:
            self.goals.say(message_text(exc), error=True)
            self.refresh()
            return False
        except Exception:  # a bug: the application's handler logs and shows it
            sys.excepthook(*sys.exc_info())
            return False
        self.goals.say("")
        self.refresh()
        self.changed.emit()
        return True

    def _apply(
        self, text: str, do: Callable[[], Any], undo: Callable[[], Any], redo: Callable[[], Any]
    ) -> bool:
        if self._db is None or not self.run(do):
            return False
        self.undo_stack.push(SavedChange(text, lambda: self.run(undo), lambda: self.run(redo)))
        return True

    def set_score(self, domain: str, score: int) -> None:
        """Give a domain a score today; last time's note stays until it is changed."""
        state = self.tiles[domain].state
        if state.score == score and state.scored_on == self._today:
            return  # said already today: nothing to save, nothing to undo
        self._save_score(domain, score, state.note, _tr("Cijfer geven"))

    def _save_score(self, domain: str, score: int, note: str | None, text: str) -> None:
        db, client_id, today = self._db, self._client_id, self._today
        if db is None or client_id is None:
            return
        undo: dict[str, Any] = {}

        def do() -> None:
            undo.update(_use_cases().set_score(db, client_id, domain, score, note, today))

        self._apply(text, do, lambda: _use_cases().undo_score(db, undo), do)

    def _edit_note(self, domain: str) -> None:
        if self.tiles[domain].state.score is None:
            message = _tr("Geef {domain} eerst een cijfer van 1 tot 5.").format(domain=domain)
            self.goals.say(message)
            return
        self.detail.note.setFocus(Qt.FocusReason.OtherFocusReason)
        self.detail.note.moveCursor(self.detail.note.textCursor().MoveOperation.End)

    def _save_note(self) -> None:
        domain, note = self._note_domain, self.detail.note
        if domain is None:
            return
        state = self.tiles[domain].state
        text = note.toPlainText().strip() or None
        back = note.hasFocus()  # Enter, not leaving the field: return to the domain after
        if state.score is not None and text != state.note:
            self._save_score(domain, state.score, text, _tr("Notitie wijzigen"))
        if back:
            self.tiles[domain].setFocus(Qt.FocusReason.OtherFocusReason)

    def _cancel_note(self) -> None:
        if self._note_domain is not None:
            self.detail.note.setPlainText(self.tiles[self._note_domain].state.note or "")
            self.tiles[self._note_domain].setFocus(Qt.FocusReason.OtherFocusReason)

    def add_goal(self) -> None:
        """Add the goal typed under the list, on the domain chosen beside it."""
        db, client_id, on = self._db, self._client_id, self._today
        if db is None or client_id is None:
            return
        text = self.goals.new_goal.text()
        domain = self.goals.new_goal_domain.currentData() or None
        made: dict[str, Any] = {}

        def do() -> None:
            made["id"] = _use_cases().add_goal(db, client_id, text=text, life_domain=domain, on=on)

        def undo() -> None:
            made["values"] = _use_cases().delete_goal(db, made["id"])

        if self._apply(
            _tr("Doel toevoegen"), do, undo, lambda: _use_cases().restore_goal(db, made["values"])
        ):
            self.goals.new_goal.clear()
            self.goals.select_goal(made["id"])

    def _goal_checked(self, item: QListWidgetItem) -> None:
        self.goals.goal_list.setCurrentItem(item)
        goal = self.goals.selected_goal()
        ticked = item.checkState() == Qt.CheckState.Checked
        if goal is not None and ticked != (goal["reached_on"] is not None):
            self.toggle_reached()

    def toggle_reached(self) -> None:
        """Mark the chosen goal reached today, or not reached after all."""
        db, goal = self._db, self.goals.selected_goal()
        if db is None or goal is None:
            return
        goal_id, before = goal["id"], goal["reached_on"]
        after = None if before else self._today
        self._apply(
            _tr("Doel bereikt") if after else _tr("Doel niet bereikt"),
            lambda: _use_cases().set_goal_reached(db, goal_id, after),
            lambda: _use_cases().set_goal_reached(db, goal_id, before),
            lambda: _use_cases().set_goal_reached(db, goal_id, after),
        )
        self.goals.select_goal(goal_id)

    def edit_goal(self) -> None:
        """Change the chosen goal in a small dialog; saved when it closes with OK."""
        goal = self.goals.selected_goal()
        if self._db is None or goal is None:
            return
        self.goal_dialog = GoalDialog(goal, self._today, self)
        self.goal_dialog.accepted.connect(lambda: self._save_goal(goal))
        self.goal_dialog.open()

    def _save_goal(self, goal: dict[str, Any]) -> None:
        db, dialog = self._db, self.goal_dialog
        if db is None or dialog is None:
            return
        new = dialog.changes()
        old = {name: goal[name] for name in new}
        self._apply(
            _tr("Doel wijzigen"),
            lambda: _use_cases().update_goal(db, goal["id"], new),
            lambda: _use_cases().update_goal(db, goal["id"], old),
            lambda: _use_cases().update_goal(db, goal["id"], new),
        )
        self.goals.select_goal(goal["id"])

    def delete_goal(self) -> None:
        """Remove the chosen goal; "Ongedaan maken" (Ctrl+Z) brings it back."""
        db, goal = self._db, self.goals.selected_goal()
        if db is None or goal is None:
            return
        goal_id, values = goal["id"], dict(goal)
        if self._apply(
            _tr("Doel verwijderen"),
            lambda: _use_cases().delete_goal(db, goal_id),
            lambda: _use_cases().restore_goal(db, values),
            lambda: _use_cases().delete_goal(db, goal_id),
        ):
            self.goals.say(_tr("Doel verwijderd. Terughalen kan met “Ongedaan maken”."))
