"""What the main window does with the open dossier and the caseworker's week.

The week across all clients and opening a dossier at a place in it; the route's and the
form's saves; presentation mode. MainWindow (views/main_window.py) builds the widgets these
work on; WindowCommands (views/window_commands.py) holds the menus.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtWidgets import QLabel

from views.window_commands import WindowCommands
from views.worker import run_in_background

if TYPE_CHECKING:
    import uuid

    from models.week import Place, WeekItem
    from views.actions_tab import ActionsTab
    from views.debts_tab import DebtsTab
    from views.praatplaat import PraatplaatTab
    from views.presentation import PresentationWindow, TalkPresentation
    from views.procesplaat import ProcesplaatTab
    from views.week_view import WeekWindow

__all__ = ["DossierCommands"]


class DossierCommands(WindowCommands):
    """The week and the open dossier's use cases; the widgets are the main window's."""

    heading: QLabel
    week_items: list[WeekItem]
    week_window: WeekWindow | None
    presentation: PresentationWindow | TalkPresentation | None
    _pending_place: Place | None
    route_tab: ProcesplaatTab
    talk_tab: PraatplaatTab
    debts_tab: DebtsTab
    actions_tab: ActionsTab

    # Provided by the main window.
    select_client: Callable[[uuid.UUID], None]
    _failed: Callable[[BaseException], None]

    # --- the caseworker's week -----------------------------------------------------------
    def _load_week(self) -> None:
        """The week across all clients, after the list: its counts go into the list."""
        if self._db is None:
            return
        db, today = self.db, self.today()

        def load() -> list[WeekItem]:
            from app.week import week_overview

            return week_overview(db, today=today)

        run_in_background(load, self._week_loaded, self._failed)

    def _week_loaded(self, items: list[WeekItem]) -> None:
        from models.week import count_by_client

        self.week_items = items
        counts = count_by_client(items)
        self.model.set_week_counts({k: (c.overdue, c.this_week) for k, c in counts.items()})
        if self.week_window is not None:
            self.week_window.view.set_items(items, self.today())

    def show_week(self) -> None:
        """Mijn week (Ctrl+Shift+W): what falls due this week across all clients."""
        if self._db is None:
            return
        if self.week_window is None:
            from views.week_view import WeekWindow

            self.week_window = WeekWindow(self)
            self.week_window.view.open_requested.connect(self.open_at)
        self.week_window.view.set_items(self.week_items, self.today())
        self.week_window.show()
        self.week_window.raise_()
        self.week_window.activateWindow()
        self._load_week()  # fresh figures: something may have been done since

    def open_at(self, client_id: uuid.UUID, place: Place) -> None:
        """Open a client's dossier at a place: a tab, and the debt or action there."""
        self._pending_place = place
        if self.current_id == client_id and self._dossier is not None:
            self._apply_place()
        self.select_client(client_id)
        self.activateWindow()

    def _apply_place(self) -> None:
        place, self._pending_place = self._pending_place, None
        if place is None:
            return
        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            if widget is not None and widget.objectName() == place.tab:
                self.tabs.setCurrentIndex(index)
        if place.record_id is None:
            return
        if place.tab == "schulden":
            self.debts_tab.pages.setCurrentIndex(0)
            self.debts_tab.select_debt(place.record_id)
        elif place.tab == "acties":
            self.actions_tab.select_action(place.record_id)

    # --- use cases ---------------------------------------------------------------------
    def _route_changed(self) -> None:
        """The route tab saved a change: the list and the dossier show it."""
        self.reload()
        if self.current_id is not None:
            self.open_client(self.current_id)

    def present(self) -> None:
        """Presentation mode for the conversation: full screen, only what is for the client.

        From the Praatplaat tab it shows the praatplaat, from anywhere else the procesplaat.
        """
        if self.presentation is not None or self.current_id is None or self._dossier is None:
            return
        row = self.model.client_at(self.model.row_of(self.current_id))
        name = row.name if row else ""
        from views.presentation import PresentationWindow, TalkPresentation

        window: PresentationWindow | TalkPresentation
        if self.tabs.currentWidget() is self.talk_tab:
            window = TalkPresentation(name)
            window.tab.show_client(self.db, self.current_id, self.today())
            window.tab.changed.connect(self.reload)
        else:
            tab = self.route_tab
            if tab.timeline is None or tab.template is None:
                return
            window = PresentationWindow(
                name,
                tab.template,
                tab.timeline,
                self._dossier,
                total_debt=row.total_debt if row else None,
            )
        window.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        window.closed.connect(self._presentation_closed)
        self.presentation = window
        window.showFullScreen()

    def _presentation_closed(self) -> None:
        from views.presentation import TalkPresentation

        changed_talk = isinstance(self.presentation, TalkPresentation)
        self.presentation = None
        self.activateWindow()
        if changed_talk and self.current_id is not None:
            self.talk_tab.show_client(self.db, self.current_id, self.today())  # her new scores
        else:
            self.route_tab.canvas.setFocus()

    def _save_details(
        self,
        client_id: uuid.UUID,
        client: dict[str, str],
        partner: dict[str, str],
        household: list[dict[str, str]],
    ) -> None:
        from app import clients

        try:
            clients.save_client_details(self.db, client_id, client, partner, household)
        except clients.FormErrors as exc:
            self.form.show_errors(exc.errors)
            return
        except Exception as exc:
            from views.dialogs import show_error

            show_error(self, exc, str(self.db.paths.logs))
            return
        self.form.show_errors({})
        self.reload()
        if client_id == self.current_id:
            self.open_client(client_id)
