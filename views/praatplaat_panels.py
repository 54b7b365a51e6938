"""The praatplaat's panels: her goals in the middle of the ring, the chosen domain below it.

Widgets only: they show what they are given and leave every change to the tab, which saves
it through app.praatplaat. Targets are touch-sized (at least 40 px).
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QGuiApplication, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models import life_domains as zrm
from models.values import format_date
from views.theme import follow_theme, set_ink

TOUCH = 44  # px: a fingertip (WCAG asks 24, touch guidelines 40 to 48)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Praatplaat", text)


def domain_choice(current: str | None = None) -> QComboBox:
    """A choice of the 13 life domains, or none."""
    combo = QComboBox()
    combo.addItem(_tr("Geen leefgebied"), "")
    for name in zrm.DOMAINS:
        combo.addItem(name, name)
    combo.setCurrentIndex(max(combo.findData(current or ""), 0))
    combo.setMinimumHeight(TOUCH)
    return combo


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setMinimumHeight(TOUCH)
    return edit


def touch_button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setMinimumHeight(TOUCH)
    return button


class NoteEdit(QPlainTextEdit):
    """A domain's note: Enter saves, Shift+Enter starts a new line, Escape goes back."""

    committed = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("note")
        self.setTabChangesFocus(True)
        self.setFixedHeight(max(TOUCH, self.fontMetrics().lineSpacing() * 2 + 14))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not shift:
            self.committed.emit()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusOutEvent(event)
        self.committed.emit()  # leaving the field saves it, as everywhere on the praatplaat


class GoalDialog(QDialog):
    """Changing a goal: her words, the life domain, the day it was set and reached."""

    def __init__(self, goal: dict[str, Any], today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Doel wijzigen"))
        form = QFormLayout(self)
        self.text = QLineEdit(goal["text"])
        self.text.setMinimumHeight(TOUCH)
        self.domain = domain_choice(goal["life_domain"])
        self.set_on = _date_edit(goal["set_on"] or today)
        self.reached = QCheckBox(self.tr("Bereikt op"))
        self.reached.setChecked(goal["reached_on"] is not None)
        self.reached_on = _date_edit(goal["reached_on"] or today)
        self.reached_on.setEnabled(self.reached.isChecked())
        self.reached_on.setAccessibleName(self.tr("Bereikt op"))
        self.reached.toggled.connect(self.reached_on.setEnabled)
        for label, widget in (
            (self.tr("Doel"), self.text),
            (self.tr("Leefgebied"), self.domain),
            (self.tr("Gesteld op"), self.set_on),
        ):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        form.addRow(self.reached, self.reached_on)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def changes(self) -> dict[str, Any]:
        return {
            "text": self.text.text(),
            "life_domain": self.domain.currentData() or None,
            "set_on": self.set_on.date().toPython(),
            "reached_on": self.reached_on.date().toPython() if self.reached.isChecked() else None,
        }


class GoalsPanel(QWidget):
    """The client's name and her own goals: a list to tick off, a line to add one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.goals: list[dict[str, Any]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.name_label = QLabel()
        self.name_label.setObjectName("client_name")
        self.name_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.name_label)
        layout.addWidget(QLabel(_tr("<b>Mijn doelen</b> — vink aan wat bereikt is")))
        self.goal_list = QListWidget()
        self.goal_list.setObjectName("goals")
        self.goal_list.setAccessibleName(_tr("Mijn doelen"))
        self.goal_list.currentRowChanged.connect(lambda _row: self.update_buttons())
        middle = QHBoxLayout()  # the buttons beside the list leave it room for more goals
        middle.addWidget(self.goal_list, 1)
        actions = QVBoxLayout()
        middle.addLayout(actions)
        layout.addLayout(middle, 1)
        add_row = QHBoxLayout()
        self.new_goal = QLineEdit()
        self.new_goal.setObjectName("new_goal")
        self.new_goal.setMinimumHeight(TOUCH)
        self.new_goal.setPlaceholderText(_tr("Mijn nieuwe doel"))
        self.new_goal.setAccessibleName(_tr("Nieuw doel"))
        self.new_goal_domain = domain_choice()
        self.new_goal_domain.setObjectName("new_goal_domain")
        self.new_goal_domain.setAccessibleName(_tr("Leefgebied van het nieuwe doel"))
        self.add_button = touch_button(_tr("Toevoegen"), "add_goal")
        add_row.addWidget(self.new_goal, 3)
        add_row.addWidget(self.new_goal_domain, 2)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)
        self.reached_button = touch_button(_tr("Bereikt ✓"), "goal_reached")
        self.edit_button = touch_button(_tr("Wijzigen…"), "edit_goal")
        self.delete_button = touch_button(_tr("Verwijderen"), "delete_goal")
        for button in (self.reached_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.restyle_name()

    def restyle_name(self) -> None:
        """The name stands out above the goals, at any type size (call after a font change)."""
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)

    def say(self, text: str, *, error: bool = False) -> None:
        set_ink(self.message, "error" if error else None, bold=error)  # follows the theme
        self.message.setText(text)

    def show_goals(self, goals: list[dict[str, Any]]) -> None:
        """Fill the list (open goals first), keeping the chosen goal chosen."""
        current = self.selected_goal()
        self.goals = goals
        self.goal_list.blockSignals(True)
        self.goal_list.clear()
        height = max(TOUCH, self.fontMetrics().lineSpacing() * 2 + 10)
        for goal in goals:
            if goal["reached_on"]:
                when = _tr("✓ bereikt op {day}").format(day=format_date(goal["reached_on"]))
            elif goal["set_on"]:
                when = _tr("gesteld op {day}").format(day=format_date(goal["set_on"]))
            else:
                when = ""
            about = " · ".join(part for part in (goal["life_domain"], when) if part)
            item = QListWidgetItem(f"{goal['text']}\n{about}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            reached = Qt.CheckState.Checked if goal["reached_on"] else Qt.CheckState.Unchecked
            item.setCheckState(reached)
            item.setData(Qt.ItemDataRole.UserRole, goal["id"])
            item.setSizeHint(QSize(0, height))
            self.goal_list.addItem(item)
            if current is not None and goal["id"] == current["id"]:
                self.goal_list.setCurrentItem(item)
        self.goal_list.blockSignals(False)
        self.update_buttons()

    def selected_goal(self) -> dict[str, Any] | None:
        row = self.goal_list.currentRow()
        return self.goals[row] if 0 <= row < len(self.goals) else None

    def select_goal(self, goal_id: uuid.UUID) -> None:
        for row, goal in enumerate(self.goals):
            if goal["id"] == goal_id:
                self.goal_list.setCurrentRow(row)

    def update_buttons(self) -> None:
        goal = self.selected_goal()
        for button in (self.reached_button, self.edit_button, self.delete_button):
            button.setEnabled(goal is not None)
        reached = goal is not None and goal["reached_on"] is not None
        self.reached_button.setText(_tr("Toch niet bereikt") if reached else _tr("Bereikt ✓"))


class DetailPanel(QWidget):
    """The chosen domain below the ring: five score buttons, its note, what it was last time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detail")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(8, 4, 8, 6)
        top = QHBoxLayout()
        self.name = QLabel()
        self.name.setObjectName("detail_name")
        self.history = QLabel()
        self.history.setObjectName("history")
        top.addWidget(self.name)
        top.addWidget(self.history, 1)
        rows.addLayout(top)
        layout = QHBoxLayout()
        rows.addLayout(layout)
        self.score_buttons = QButtonGroup(self)
        for score in zrm.SCORES:
            button = QPushButton(str(score))
            button.setObjectName(f"score_{score}")
            button.setCheckable(True)
            button.setFixedSize(TOUCH, TOUCH)
            button.setToolTip(zrm.SCORE_MEANINGS[score])
            button.setAccessibleName(_tr("Cijfer {label}").format(label=zrm.score_label(score)))
            self.score_buttons.addButton(button, score)
            layout.addWidget(button)
        self.note = NoteEdit()
        layout.addWidget(self.note, 100)
        layout.addStretch(1)  # keeps the buttons together when the note is hidden
        self.undo_button = touch_button(_tr("↶ Ongedaan maken"), "undo")
        self.undo_button.setToolTip(_tr("De laatste wijziging terugdraaien (Ctrl+Z)"))
        self.redo_button = touch_button(_tr("↷ Opnieuw"), "redo")
        self.redo_button.setToolTip(_tr("De wijziging toch weer doen (Ctrl+Y)"))
        for button in (self.undo_button, self.redo_button):
            button.setEnabled(False)
            top.addWidget(button)
        self._presentation = False
        follow_theme(self, lambda: self.restyle(presentation=self._presentation))

    def restyle(self, *, presentation: bool) -> None:
        """Score buttons in the tab's type size; the chosen one framed in the window's text
        colour (black on light, white on dark), or yellow in presentation mode."""
        self._presentation = presentation
        text = QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()
        mark = "#ffd400" if presentation else text
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(self.font().pointSizeF() * 1.2)
        for button in self.score_buttons.buttons():
            score = self.score_buttons.id(button)
            button.setFont(font)
            button.setStyleSheet(
                f"QPushButton {{ background: {zrm.SCORE_COLOURS[score]};"
                f" color: {zrm.SCORE_INK[score]}; border: 1px solid #4d4d4d; border-radius: 6px; }}"
                f" QPushButton:focus {{ border: 3px dashed {mark}; }}"
                f" QPushButton:checked {{ border: 5px solid {mark}; }}"
            )

    def show_state(self, state: zrm.DomainState) -> None:
        """Show a domain: its score checked, its note, and what was said last time."""
        self.name.setText(f"<b>{state.domain}</b>")
        if state.previous is not None and state.previous_on is not None:
            said = _tr("Vorige keer ({day}): {label}").format(
                day=format_date(state.previous_on), label=zrm.score_label(state.previous)
            )
        elif state.scored_on is not None:
            said = _tr("Cijfer gegeven op {day}").format(day=format_date(state.scored_on))
        else:
            said = _tr("Nog niet besproken")
        self.history.setText(said)
        self.score_buttons.setExclusive(False)  # lets "no score yet" show no button checked
        for button in self.score_buttons.buttons():
            button.setChecked(self.score_buttons.id(button) == state.score)
        self.score_buttons.setExclusive(True)
        self.note.setPlainText(state.note or "")
        self.note.setEnabled(state.score is not None)
        self.note.setAccessibleName(_tr("Notitie bij {domain}").format(domain=state.domain))
        self.note.setPlaceholderText(
            _tr("Notitie bij {domain} (Enter slaat op)").format(domain=state.domain)
            if state.score
            else _tr("Geef eerst een cijfer van 1 tot 5")
        )
