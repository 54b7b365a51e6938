"""Presentation mode: the procesplaat for the client's eyes, full screen and in large type.

Only what is meant for her: the route with her own words, where she is, her next step, her
own goals and what she will do. No internal notes; amounts only when the caseworker shows
them (key B). F11 or Esc goes back.
"""

from __future__ import annotations

import html
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from models.codes import Owner
from models.process import ProcessTemplate
from models.timeline import Timeline
from models.values import format_date, format_money
from views.route_style import PRESENTATION
from views.timeline_canvas import TimelineCanvas

STYLE = (
    "QWidget#presentation { background: #000000; }"
    "QLabel { color: #ffffff; }"
    "QScrollArea { border: none; background: #000000; }"
)


class PresentationWindow(QWidget):
    """A full-screen window; one key in (F11 in the tab) and one key out (F11 or Esc)."""

    closed = Signal()

    def __init__(
        self,
        name: str,
        template: ProcessTemplate,
        timeline: Timeline,
        dossier: dict[str, Any],
        *,
        total_debt: Decimal | None = None,
    ) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("presentation")
        self.setWindowTitle(self.tr("Procesplaat van {name}").format(name=name))
        self.setStyleSheet(STYLE)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), PRESENTATION.background)
        self.setPalette(palette)
        self.show_amounts = False
        self.total_debt = total_debt
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        self.heading = QLabel()
        self.heading.setObjectName("presentation_heading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.canvas = TimelineCanvas(presentation=True)
        self.canvas.set_timeline(timeline)
        scroll = QScrollArea()
        scroll.setWidget(self.canvas)
        scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(scroll, 5)
        self.route_scroll = scroll
        row = QHBoxLayout()
        self.next_box = self._panel("presentation_next")
        self.goals_box = self._panel("presentation_goals")
        self.todo_box = self._panel("presentation_todo")
        for box in (self.next_box, self.todo_box, self.goals_box):
            row.addWidget(box, 1)
        panels = QWidget()
        panels.setLayout(row)
        panels.setMaximumHeight(260)  # the route keeps most of the screen
        layout.addWidget(panels, 2)
        hint = QLabel(
            self.tr(
                "F11 of Esc: terug · B: bedragen tonen of verbergen · + en −: groter of kleiner"
            )
        )
        hint.setStyleSheet("color: #d0d0d0; font-size: 12pt;")
        layout.addWidget(hint)
        self._fill(name, template, timeline, dossier)
        for keys, slot in (
            (QKeySequence("Esc"), self.close),
            (QKeySequence("F11"), self.close),
            (QKeySequence("B"), self.toggle_amounts),
        ):
            action = QAction(self)
            action.setShortcut(keys)
            action.triggered.connect(slot)
            self.addAction(action)
        self.canvas.setFocus()
        if timeline.current:  # "you are here" in view from the start
            here = timeline.phase(timeline.current)
            centre = int(self.canvas.x_of(here.x + here.width / 2))
            QTimer.singleShot(
                0, lambda: scroll.ensureVisible(centre, 0, scroll.viewport().width() // 2, 0)
            )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        QTimer.singleShot(0, self.fit_route)

    def fit_route(self) -> None:
        """The whole height of the route, mood curve included, in view without scrolling."""
        room = self.route_scroll.viewport().height()
        natural = self.canvas.sizeHint().height() / self.canvas.zoom
        if room > 0 and natural > 0:
            self.canvas.set_zoom(min(1.0, room / natural))

    def _panel(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop)
        label.setStyleSheet(
            "font-size: 15pt; border: 2px solid #bfbfbf; border-radius: 8px; padding: 12px;"
        )
        return label

    def _fill(
        self, name: str, template: ProcessTemplate, timeline: Timeline, dossier: dict[str, Any]
    ) -> None:
        self._name = name
        self._here = ""
        if timeline.current:
            phase = template.phase(timeline.current)
            self._here = self.tr("Je bent hier: stap {n}, {title}").format(
                n=phase.number, title=phase.client_title
            )
        self._update_heading()
        parts = [f"<b>{html.escape(self.tr('Jouw volgende stap'))}</b>"]
        if timeline.next_phase:
            nxt = template.phase(timeline.next_phase)
            parts.append(f"<p>{nxt.number}. {html.escape(nxt.client_title)}</p>")
        if timeline.current:
            can_do = template.phase(timeline.current).client_can_do[:2]
            parts.append("<ul>" + "".join(f"<li>{html.escape(t)}</li>" for t in can_do) + "</ul>")
        self.next_box.setText("".join(parts))
        mine = [
            a
            for a in dossier["actions"]
            if not a.get("done_on") and a["owner"] in (Owner.CLIENT.value, Owner.PARTNER.value)
        ]
        mine.sort(key=lambda a: a.get("due_on") or "9999")
        todo = "".join(
            f"<li>{html.escape(a['title'])}"
            + (
                f" <i>({format_date(date.fromisoformat(a['due_on']))})</i>"
                if a.get("due_on")
                else ""
            )
            + "</li>"
            for a in mine[:3]
        )
        self.todo_box.setText(
            f"<b>{html.escape(self.tr('Wat doe ik?'))}</b>"
            + (f"<ul>{todo}</ul>" if todo else f"<p>{html.escape(self.tr('Nu niets.'))}</p>")
        )
        goals = [g for g in dossier["goals"] if not g.get("reached_on")]
        reached = [g for g in dossier["goals"] if g.get("reached_on")]
        items = "".join(f"<li>{html.escape(g['text'])}</li>" for g in goals)
        items += "".join(f"<li>✓ {html.escape(g['text'])}</li>" for g in reached)
        self.goals_box.setText(
            f"<b>{html.escape(self.tr('Mijn doelen'))}</b>"
            + (
                f"<ul>{items}</ul>"
                if items
                else f"<p>{html.escape(self.tr('Nog geen doelen.'))}</p>"
            )
        )

    def _update_heading(self) -> None:
        amount = ""
        if self.show_amounts and self.total_debt is not None:
            amount = (
                "<br><span style='font-size:18pt'>"
                + html.escape(
                    self.tr("Openstaande schulden: {amount}").format(
                        amount=format_money(self.total_debt)
                    )
                )
                + "</span>"
            )
        self.heading.setText(
            f"<span style='font-size:26pt; font-weight:bold'>{html.escape(self._name)}</span><br>"
            f"<span style='font-size:22pt; color:#ffd400'>{html.escape(self._here)}</span>{amount}"
        )

    def toggle_amounts(self) -> None:
        self.show_amounts = not self.show_amounts
        self._update_heading()

    def visible_text(self) -> str:
        """All text on screen (for checks that nothing internal is shown)."""
        return "\n".join(label.text() for label in self.findChildren(QLabel))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.closed.emit()
        super().closeEvent(event)


class TalkPresentation(QWidget):
    """The praatplaat full screen, in large type and high contrast, notes hidden.

    Scores and goals can still be changed here, together with the client; F11 or Esc goes back.
    """

    closed = Signal()

    def __init__(self, name: str) -> None:
        super().__init__(None, Qt.WindowType.Window)
        from views.praatplaat import PraatplaatTab

        self.setObjectName("presentation")
        self.setWindowTitle(self.tr("Praatplaat van {name}").format(name=name))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tab = PraatplaatTab(self, presentation=True)
        layout.addWidget(self.tab)
        for keys in ("Esc", "F11"):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(self.close)
            self.addAction(action)

    def visible_text(self) -> str:
        return "\n".join(label.text() for label in self.findChildren(QLabel))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.closed.emit()
        super().closeEvent(event)
