"""The Procesplaat tab: the route to look at together, to move on, and to undo."""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from models.codes import OWNER_LABELS
from models.process import ProcessTemplate
from models.timeline import EventMark, Timeline
from models.values import format_date
from views.button_flow import ButtonFlow
from views.dialogs import show_error
from views.route_dialog import MOODS, EventDialog
from views.route_style import kind_word
from views.table_columns import label
from views.theme import error_ink, muted_ink
from views.timeline_canvas import TimelineCanvas
from views.undo import SavedChange

if TYPE_CHECKING:
    from app.db import Database


class ProcesplaatTab(QWidget):
    """The route, the selected phase's details, and the buttons to change the route."""

    #: The route changed in the database: the window reloads the dossier.
    changed = Signal()
    #: The person asks for presentation mode.
    present_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.client_id: uuid.UUID | None = None
        self.template: ProcessTemplate | None = None
        self.timeline: Timeline | None = None
        self.today = date.today()
        self.undo_stack = QUndoStack(self)
        layout = QVBoxLayout(self)
        self.next_step = QLabel()
        self.next_step.setObjectName("next_step")
        self.next_step.setWordWrap(True)
        self.next_step.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.next_step)
        layout.addLayout(self._buttons())
        self.canvas = TimelineCanvas()
        self.canvas.phase_selected.connect(self._show_phase)
        self.canvas.phase_activated.connect(self._focus_events)
        self.canvas.event_activated.connect(self._edit_event_id)
        self.route_scroll = QScrollArea()
        self.route_scroll.setWidget(self.canvas)
        self.route_scroll.setWidgetResizable(False)
        self.route_scroll.setAccessibleName(self.tr("Route"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.route_scroll)
        details = QWidget()
        row = QHBoxLayout(details)
        row.setContentsMargins(0, 0, 0, 0)
        self.phase_info = QLabel()
        self.phase_info.setObjectName("phase_info")
        self.phase_info.setWordWrap(True)
        self.phase_info.setTextFormat(Qt.TextFormat.RichText)
        self.phase_info.setAlignment(Qt.AlignmentFlag.AlignTop)
        info_scroll = QScrollArea()
        info_scroll.setWidget(self.phase_info)
        info_scroll.setWidgetResizable(True)
        row.addWidget(info_scroll, 3)
        events_box = QVBoxLayout()
        events_box.addWidget(QLabel(self.tr("Gebeurtenissen in deze fase")))
        self.event_list = QListWidget()
        self.event_list.setObjectName("phase_events")
        self.event_list.setAccessibleName(self.tr("Gebeurtenissen in deze fase"))
        self.event_list.setWordWrap(True)  # a long description reads whole, no side scrolling
        self.event_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.event_list.itemActivated.connect(lambda _item: self.edit_event())
        events_box.addWidget(self.event_list)
        event_buttons = QHBoxLayout()
        edit = QPushButton(self.tr("Wijzigen…"))
        edit.clicked.connect(self.edit_event)
        delete = QPushButton(self.tr("Verwijderen"))
        delete.clicked.connect(self.delete_event)
        event_buttons.addWidget(edit)
        event_buttons.addWidget(delete)
        events_box.addLayout(event_buttons)
        row.addLayout(events_box, 2)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self._shortcuts()

    def _focus_events(self, _key: str) -> None:
        self.event_list.setFocus()
        if self.event_list.count():
            self.event_list.setCurrentRow(0)

    def _buttons(self) -> ButtonFlow:
        """Changing the route on the left, undo, zoom and presentation on the right; the row
        wraps rather than widening the window (150 % scaling, a longer translation)."""
        row = ButtonFlow()
        self.advance_button = QPushButton(self.tr("Naar de volgende fase…"))
        self.advance_button.setObjectName("advance")
        self.advance_button.setToolTip(self.tr("Ctrl+Shift+V"))
        self.advance_button.clicked.connect(self.advance)
        self.setback_button = QPushButton(self.tr("Tegenslag…"))
        self.setback_button.setToolTip(self.tr("Ctrl+Shift+T"))
        self.setback_button.clicked.connect(lambda: self.add_event("setback"))
        self.milestone_button = QPushButton(self.tr("Mijlpaal…"))
        self.milestone_button.setToolTip(self.tr("Ctrl+Shift+M"))
        self.milestone_button.clicked.connect(lambda: self.add_event("milestone"))
        self.undo_button = QPushButton(self.tr("Ongedaan maken"))
        self.undo_button.setObjectName("undo")
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.undoTextChanged.connect(
            lambda text: self.undo_button.setToolTip(
                self.tr("{what} ongedaan maken (Ctrl+Z)").format(what=text)
            )
        )
        self.redo_button = QPushButton(self.tr("Opnieuw"))
        self.redo_button.setObjectName("redo")
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        zoom_out = QPushButton("−")
        zoom_out.setAccessibleName(self.tr("Kleiner"))
        zoom_out.setToolTip(self.tr("Kleiner (Ctrl+-)"))
        zoom_out.clicked.connect(lambda: self.canvas.set_zoom(self.canvas.zoom / 1.2))
        zoom_in = QPushButton("+")
        zoom_in.setAccessibleName(self.tr("Groter"))
        zoom_in.setToolTip(self.tr("Groter (Ctrl++)"))
        zoom_in.clicked.connect(lambda: self.canvas.set_zoom(self.canvas.zoom * 1.2))
        present = QPushButton(self.tr("Presentatie (F11)"))
        present.setObjectName("present")
        present.clicked.connect(self.present_requested)
        for button in (self.advance_button, self.setback_button, self.milestone_button):
            row.add_leading(button)
        for button in (self.undo_button, self.redo_button, zoom_out, zoom_in, present):
            row.add_trailing(button)
        return row

    def _shortcuts(self) -> None:
        def keys(*names: str | QKeySequence.StandardKey) -> list[QKeySequence]:
            found: list[QKeySequence] = []
            for name in names:
                for sequence in (
                    QKeySequence.keyBindings(name)
                    if isinstance(name, QKeySequence.StandardKey)
                    else [QKeySequence(name)]
                ):
                    if sequence not in found:  # the platform's Redo may include Ctrl+Y already
                        found.append(sequence)
            return found

        bindings: list[tuple[list[QKeySequence], Callable[[], object]]] = [
            (keys(QKeySequence.StandardKey.Undo), self.undo_stack.undo),
            (keys(QKeySequence.StandardKey.Redo, "Ctrl+Y"), self.undo_stack.redo),
            (keys("Ctrl+Shift+V"), self.advance),
            (keys("Ctrl+Shift+T"), lambda: self.add_event("setback")),
            (keys("Ctrl+Shift+M"), lambda: self.add_event("milestone")),
            (keys("Ctrl++", "Ctrl+="), lambda: self.canvas.set_zoom(self.canvas.zoom * 1.2)),
            (keys("Ctrl+-"), lambda: self.canvas.set_zoom(self.canvas.zoom / 1.2)),
        ]
        for sequences, slot in bindings:
            action = QAction(self)
            action.setShortcuts(sequences)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    # --- data in ----------------------------------------------------------------------
    def show_timeline(
        self,
        db: Database,
        client_id: uuid.UUID,
        template: ProcessTemplate,
        timeline: Timeline,
        actions: list[dict[str, Any]],
    ) -> None:
        if client_id != self.client_id:
            self.undo_stack.clear()  # undo belongs to one client's route
        self.db, self.client_id, self.template, self.timeline = db, client_id, template, timeline
        self.today = timeline.today
        self._actions = actions
        self.canvas.set_timeline(timeline)
        if timeline.current and client_id != getattr(self, "_shown_client", None):
            box = timeline.phase(timeline.current)  # "you are here" in view on opening
            centre = int(self.canvas.x_of(box.x + box.width / 2))
            # After the scroll area has taken the canvas's new size.
            QTimer.singleShot(
                0,
                lambda: self.route_scroll.ensureVisible(
                    centre, 0, self.route_scroll.viewport().width() // 2, 0
                ),
            )
        self._shown_client = client_id
        self._show_next_step()
        if self.canvas.selected:
            self._show_phase(self.canvas.selected)
        self.advance_button.setEnabled(timeline.next_phase is not None)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Light or dark changed: the coloured lines are written again in readable colours."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "timeline", None):
            self._show_next_step()
            if self.canvas.selected:
                self._show_phase(self.canvas.selected)

    def _show_next_step(self) -> None:
        assert self.timeline is not None
        assert self.template is not None
        parts: list[str] = []
        if self.timeline.current:
            phase = self.template.phase(self.timeline.current)
            parts.append(
                self.tr("<b>Je bent hier:</b> {n}. {title}").format(
                    n=phase.number, title=html.escape(phase.client_title)
                )
            )
        if self.timeline.next_phase:
            nxt = self.template.phase(self.timeline.next_phase)
            parts.append(
                self.tr("<b>Volgende stap:</b> {n}. {title}").format(
                    n=nxt.number, title=html.escape(nxt.client_title)
                )
            )
        mark = self.timeline.next_deadline
        if mark is not None:
            when = (
                self.tr("{days} dagen te laat").format(days=-mark.days_left)
                if mark.overdue
                else self.tr("nog {days} dagen").format(days=mark.days_left)
            )
            style = f" style='color:{error_ink(self.palette())}'" if mark.overdue else ""
            parts.append(
                f"<span{style}><b>{html.escape(self.tr('Termijn'))}:</b> {html.escape(mark.label)} "
                f"{format_date(mark.due_on)} ({html.escape(when)})</span>"
            )
        self.next_step.setText(" &nbsp;·&nbsp; ".join(parts))

    def _show_phase(self, key: str) -> None:
        if self.template is None or self.timeline is None:
            return
        phase = self.template.phase(key)
        box = self.timeline.phase(key)
        can_do = "".join(f"<li>{html.escape(item)}</li>" for item in phase.client_can_do)
        open_actions = [a for a in self._actions if a.get("phase") == key and not a.get("done_on")]
        todo = "".join(
            f"<li>{html.escape(a['title'])} — {html.escape(label(OWNER_LABELS, a['owner']))}"
            + (f", {format_date(date.fromisoformat(a['due_on']))}" if a.get("due_on") else "")
            + "</li>"
            for a in open_actions
        )
        dates = ""
        if box.entered_on:
            dates = self.tr("Begonnen op {day}").format(day=format_date(box.entered_on))
            if box.left_on:
                dates += self.tr(", klaar op {day}").format(day=format_date(box.left_on))
        self.phase_info.setText(
            f"<h3 style='margin:0'>{phase.number}. {html.escape(phase.client_title)}</h3>"
            f"<p style='color:{muted_ink(self.palette())};margin:0'>"
            f"{html.escape(phase.caseworker_title)}"
            f"{' · ' + html.escape(dates) if dates else ''}</p>"
            f"<p>{html.escape(phase.what_happens)}</p>"
            + (
                f"<p><b>{html.escape(self.tr('Wat kan ik zelf doen?'))}</b></p><ul>{can_do}</ul>"
                if can_do
                else ""
            )
            + (
                f"<p><b>{html.escape(self.tr('Open acties'))}</b></p><ul>{todo}</ul>"
                if todo
                else f"<p>{html.escape(self.tr('Geen open acties in deze fase.'))}</p>"
            )
        )
        self.event_list.clear()
        for mark in self.timeline.events_in(key):
            self.event_list.addItem(self._event_item(mark))

    def _event_item(self, mark: EventMark) -> QListWidgetItem:
        kind = kind_word(mark.kind)
        text = f"{format_date(mark.on)} · {kind}"
        if mark.text:
            text += f": {mark.text}"
        if mark.client_words:
            text += f" — “{mark.client_words}”"
        if mark.mood:
            text += f" ({MOODS[mark.mood]})"
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, mark.id)
        return item

    # --- changes --------------------------------------------------------------------
    def _run(self, work: Callable[[], Any]) -> Any:
        """Run a use case; a refusal is shown in Dutch and the route stays as it was."""
        try:
            return work()
        except UserError as exc:
            show_error(self, exc)
        except Exception as exc:
            show_error(self, exc, str(self.db.paths.logs) if self.db else "")
        return None

    def _after(self) -> None:
        self.changed.emit()

    def _push(self, text: str, undo: Callable[[], object], redo: Callable[[], object]) -> None:
        def safely(work: Callable[[], object]) -> Callable[[], None]:
            def run() -> None:
                self._run(work)
                self._after()

            return run

        self.undo_stack.push(SavedChange(text, safely(undo), safely(redo)))
        self._after()

    def advance(self) -> None:
        if self.db is None or self.client_id is None or self.timeline is None:
            return
        if self.timeline.next_phase is None or self.template is None:
            return
        target = self.template.phase(self.timeline.next_phase)
        dialog = EventDialog(
            self.tr("Naar fase {n}: {title}").format(n=target.number, title=target.client_title),
            day=self.today,
            text_label=self.tr("Notitie (voor uzelf)"),
            parent=self,
        )
        if not dialog.exec():
            return
        values = dialog.values()
        db, client_id = self.db, self.client_id
        from app import procesplaat

        event_id = self._run(
            lambda: procesplaat.advance(
                db,
                client_id,
                on=values["on"],
                note=values["text"],
                words=values["words"],
                mood=values["mood"],
            )
        )
        if event_id is None:
            return
        self.canvas.selected = target.key
        self._push_created(self.tr("Naar fase {n}").format(n=target.number), event_id)
        self.offer_actions(target.key, target.client_title, values["on"])

    def offer_actions(self, phase: str, title: str, entered_on: date) -> None:
        """Offer the phase's usual to-dos; only those the caseworker ticks are added."""
        if self.db is None or self.client_id is None:
            return
        from app import actions
        from views.action_offer_dialog import ActionOfferDialog

        db, client_id, today = self.db, self.client_id, self.today
        offered = self._run(
            lambda: actions.offered_actions(db, client_id, phase, entered_on=entered_on)
        )
        if not offered:
            return
        dialog = ActionOfferDialog(title, offered, self)
        if not dialog.exec() or not (chosen := dialog.chosen()):
            return
        made = self._run(
            lambda: actions.add_actions(db, client_id, chosen, phase=phase, today=today)
        )
        if not made:
            return
        holder: dict[str, Any] = {}

        def undo() -> None:
            holder["values"] = [actions.delete_action(db, a) for a in made]

        def redo() -> None:
            for values in holder["values"]:
                actions.restore_action(db, values)

        self._push(self.tr("Acties toevoegen"), undo, redo)

    def add_event(self, kind: str) -> None:
        if self.db is None or self.client_id is None or self.timeline is None:
            return
        phase = self.canvas.selected or self.timeline.current
        if phase is None:
            return
        title = (
            self.tr("Tegenslag vastleggen") if kind == "setback" else self.tr("Mijlpaal vastleggen")
        )
        dialog = EventDialog(title, day=self.today, parent=self)
        if not dialog.exec():
            return
        values = dialog.values()
        db, client_id = self.db, self.client_id
        from app import procesplaat

        event_id = self._run(
            lambda: procesplaat.add_event(
                db,
                client_id,
                kind=kind,
                phase=phase,
                on=values["on"],
                text=values["text"],
                words=values["words"],
                mood=values["mood"],
            )
        )
        if event_id is not None:
            self._push_created(title, event_id)

    def _push_created(self, text: str, event_id: uuid.UUID) -> None:
        from app import procesplaat

        db = self.db
        assert db is not None
        kept: dict[str, Any] = {}

        def undo() -> None:
            kept.update(procesplaat.delete_event(db, event_id))

        def redo() -> None:
            procesplaat.restore_event(db, kept)

        self._push(text, undo, redo)

    def _selected_event(self) -> str | None:
        item = self.event_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _edit_event_id(self, event_id: str) -> None:
        if self.timeline is None:
            return
        mark = next((m for m in self.timeline.events if m.id == event_id), None)
        if mark is None or self.db is None:
            return
        dialog = EventDialog(
            self.tr("Gebeurtenis wijzigen"),
            day=mark.on,
            text=mark.text,
            words=mark.client_words,
            mood=mark.mood,
            parent=self,
        )
        if not dialog.exec():
            return
        values = dialog.values()
        changes = {
            "occurred_on": values["on"],
            "text": values["text"],
            "client_words": values["words"],
            "mood": values["mood"],
        }
        db, key = self.db, uuid.UUID(event_id)
        from app import procesplaat

        old = self._run(lambda: procesplaat.update_event(db, key, changes))
        if old is None:
            return
        self._push(
            self.tr("Gebeurtenis wijzigen"),
            lambda: procesplaat.update_event(db, key, old),
            lambda: procesplaat.update_event(db, key, changes),
        )

    def edit_event(self) -> None:
        event_id = self._selected_event()
        if event_id:
            self._edit_event_id(event_id)

    def delete_event(self) -> None:
        event_id = self._selected_event()
        if event_id is None or self.db is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Verwijderen"),
            self.tr("Deze gebeurtenis verwijderen? Met Ctrl+Z zet u hem terug."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.remove_event(event_id)

    def remove_event(self, event_id: str) -> None:
        """Delete without asking (the question is the caller's); undo puts it back."""
        from app import procesplaat

        db, key = self.db, uuid.UUID(event_id)
        assert db is not None
        values = self._run(lambda: procesplaat.delete_event(db, key))
        if values is None:
            return
        self._push(
            self.tr("Gebeurtenis verwijderen"),
            lambda: procesplaat.restore_event(db, values),
            lambda: procesplaat.delete_event(db, key),
        )
