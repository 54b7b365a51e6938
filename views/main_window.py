"""The main window: the client list with search on the left, the open dossier on the right."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore
from PySide6.QtCore import QByteArray, QSettings, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from views.client_list_model import (
    COL_DEADLINE,
    COL_DEBT,
    COL_NAME,
    COL_PHASE,
    COL_WEEK,
    ClientListModel,
)
from views.window_commands import TAB_NAMES
from views.window_dossier import DossierCommands
from views.worker import run_in_background

__all__ = ["TAB_NAMES", "MainWindow"]

if TYPE_CHECKING:  # imported when the store opens, after the window has painted
    import uuid

    from app.client_rows import ClientRow
    from app.db import Database
    from models.week import Place, WeekItem
    from views.actions_tab import ActionsTab
    from views.client_form import ClientForm
    from views.debts_tab import DebtsTab
    from views.documents_tab import DocumentsTab
    from views.praatplaat import PraatplaatTab
    from views.presentation import PresentationWindow, TalkPresentation
    from views.procesplaat import ProcesplaatTab
    from views.week_view import WeekWindow


class MainWindow(DossierCommands):
    """One window per data folder."""

    clients_loaded = Signal()  # the list holds every client (after each load)

    def __init__(
        self,
        db: Database | None,
        settings: QSettings,
        today: date | None = None,
        *,
        complete: bool = True,
    ) -> None:
        """The window; with ``complete`` False the client table's model, header and sorting
        and the menus' keys wait for ``complete_window`` (the start calls it right after the
        first paint: they would make PySide build its whole Qt namespace first, views.roles)."""
        super().__init__()
        self._db = db
        self.settings = settings
        self._fixed_today = today
        self.current_id: uuid.UUID | None = None
        self._pending_select: uuid.UUID | None = None
        self._first_rows = False  # the list came before the store (show_first_rows)
        self._completed = False
        self.setWindowTitle(self.tr("Procesplaat"))
        self.resize(1280, 800)

        self.model = ClientListModel(self)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(
            self.tr("Zoek op naam, BSN, postcode of geboortedatum (Ctrl+F)")
        )
        self.search.setAccessibleName(self.tr("Zoek een klant"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.show_closed = QCheckBox(self.tr("Gesloten dossiers tonen"))
        self.show_closed.toggled.connect(self.model.set_show_closed)
        self.table = QTableView()
        self.table.setObjectName("clients")
        self.table.setAccessibleName(self.tr("Klanten"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.count_label = QLabel()
        self.count_label.setObjectName("count")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.show_closed)
        left_layout.addLayout(bottom)

        self.heading = QLabel()  # rich text: set by complete_window, shown with a dossier
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.presentation: PresentationWindow | TalkPresentation | None = None
        self._dossier: dict[str, Any] | None = None
        self.week_items: list[WeekItem] = []
        self.week_window: WeekWindow | None = None
        self._pending_place: Place | None = None
        # The dossier's tabs are built when the store opens, after the first paint: until a
        # client is chosen they are hidden, and building them (the Gegevens form alone has
        # some thirty fields) would keep the window from appearing.
        self.route_tab: ProcesplaatTab
        self.talk_tab: PraatplaatTab
        self.debts_tab: DebtsTab
        self.actions_tab: ActionsTab
        self.documents_tab: DocumentsTab
        self.form: ClientForm
        self.empty = QLabel(self.tr("Kies links een klant, of maak een nieuwe klant aan (Ctrl+N)."))
        self.empty.setObjectName("empty")
        # Centred by stretches on all sides rather than setAlignment: the alignment enum would
        # make PySide build its Qt namespace before the first paint (views.roles).
        self.empty_area = QWidget()
        around = QVBoxLayout(self.empty_area)
        around.addStretch(1)
        line = QHBoxLayout()
        line.addStretch(1)
        line.addWidget(self.empty)
        line.addStretch(1)
        around.addLayout(line)
        around.addStretch(1)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 6, 6, 6)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.tabs, 1)
        right_layout.addWidget(self.empty_area, 1)

        self.splitter = QSplitter()
        self.splitter.setObjectName("splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([560, 720])
        self.setCentralWidget(self.splitter)
        self._build_menus()
        self._show_dossier_area(False)
        self.statusBar().showMessage(self.tr("Klanten laden…"))
        self._restore_layout()
        if complete:
            self.complete_window()
        if db is not None:
            self._build_conversation_tabs()

    def complete_window(self) -> None:
        """The client table's model, sorting and column widths (saved ones first), the
        heading's rich text and the menus' keys: what waits, at a start, for the first paint
        (``complete``)."""
        if self._completed:
            return
        self._completed = True
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NAME, QtCore.Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        width = self.table.fontMetrics().horizontalAdvance  # widths follow the system font
        header.resizeSection(COL_PHASE, width("7. Stabilisatie") + 12)
        header.resizeSection(COL_DEBT, width("€ 60.536,33") + 16)
        header.resizeSection(COL_DEADLINE, width("29-11-2027") + 16)
        header.resizeSection(COL_WEEK, width("⚠ 12 te laat") + 16)
        header.setMinimumSectionSize(width("Naam") + 24)
        saved = self.settings.value("window/clients_header")
        if isinstance(saved, QByteArray):
            header.restoreState(saved)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.heading.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.bind_shortcuts()

    # --- menus -------------------------------------------------------------------------

    # --- the store -------------------------------------------------------------------
    @property
    def db(self) -> Database:
        assert self._db is not None, "the store is not open yet"
        return self._db

    def has_database(self) -> bool:
        return self._db is not None

    def set_database(self, db: Database) -> None:
        """The store is open: enable the use cases; the tabs are built once the list is in."""
        self._db = db
        self._update_actions()
        self._start_backups()

    def _start_backups(self) -> None:
        """Today's backup soon after the start, then a check every hour (laptops sleep)."""
        if getattr(self, "_backup_timer", None) is not None:
            return
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(60 * 60 * 1000)
        self._backup_timer.timeout.connect(self.backup_if_due)
        self._backup_timer.start()
        QTimer.singleShot(30_000, self, self.backup_if_due)  # after the start, not during it

    def _build_conversation_tabs(self) -> None:
        """The dossier's tabs, from the procesplaat to Gegevens, in their places (once)."""
        if hasattr(self, "route_tab"):
            return
        from views.client_form import ClientForm
        from views.praatplaat import PraatplaatTab
        from views.procesplaat import ProcesplaatTab

        self.route_tab = ProcesplaatTab()
        self.route_tab.setObjectName("procesplaat")
        self.route_tab.changed.connect(self._route_changed)
        self.route_tab.present_requested.connect(self.present)
        self.talk_tab = PraatplaatTab()
        self.talk_tab.setObjectName("praatplaat")
        self.talk_tab.changed.connect(self.reload)
        from views.debts_tab import DebtsTab

        self.debts_tab = DebtsTab()
        self.debts_tab.setObjectName("schulden")
        self.debts_tab.set_database(self.db)
        self.debts_tab.changed.connect(self._route_changed)
        from views.actions_tab import ActionsTab

        self.actions_tab = ActionsTab()
        self.actions_tab.setObjectName("acties")
        self.actions_tab.set_database(self.db)
        self.actions_tab.changed.connect(self._route_changed)
        from views.documents_tab import DocumentsTab

        self.documents_tab = DocumentsTab()
        self.documents_tab.setObjectName("documenten")
        self.documents_tab.set_database(self.db)
        self.documents_tab.changed.connect(self._route_changed)
        self.form = ClientForm()
        self.form.save_requested.connect(self._save_details)
        tabs = (
            self.route_tab,
            self.talk_tab,
            self.debts_tab,
            self.actions_tab,
            self.documents_tab,
            self.form,
        )
        for widget, name in zip(tabs, TAB_NAMES, strict=True):
            self.tabs.addTab(widget, self.tr(name))

    # --- loading -----------------------------------------------------------------------
    def today(self) -> date:
        return self._fixed_today or date.today()

    def reload(self, select: uuid.UUID | None = None) -> None:
        """Load the client list in the background; keep (or move to) a selection."""
        if self._db is None:
            return
        self._pending_select = select
        today = self.today()
        db = self.db

        def load() -> list[ClientRow]:
            from app.clients import list_client_rows

            return list_client_rows(db, today=today)

        run_in_background(
            load,
            self._rows_loaded,
            self._failed,
        )

    def show_first_rows(self, rows: list[ClientRow]) -> None:
        """The list of a start, read before the store is open (views.store_opening): the
        person sees and searches her clients; a client she chooses opens with the store."""
        self._first_rows = True
        self._show_rows(rows)

    def has_first_rows(self) -> bool:
        """Whether the list came before the store (show_first_rows)."""
        return self._first_rows

    def continue_after_first_list(self) -> None:
        """The store is open after the first list: what follows a list, and the client chosen
        while the store was opening."""
        self.statusBar().clearMessage()
        self._after_the_list()
        row = self.model.client_at(self.table.currentIndex().row())
        if row is not None and self.current_id is None:
            self.open_client(row.id)

    def _show_rows(self, rows: list[ClientRow]) -> None:
        self.complete_window()  # the start does this at its first paint, before any rows
        self.model.set_rows(rows, today=self.today())
        self._update_count()
        self.clients_loaded.emit()

    def _rows_loaded(self, rows: list[ClientRow]) -> None:
        self._show_rows(rows)
        self.statusBar().clearMessage()
        self._after_the_list()

    def _after_the_list(self) -> None:
        # After the list, not before: at the start the person sees her clients first.
        QTimer.singleShot(0, self, self._build_conversation_tabs)
        self._load_week()
        if self._pending_select is not None:
            self.select_client(self._pending_select)  # asked for: made visible if needed
            self._pending_select = None
        elif self.current_id is not None:
            row = self.model.row_of(self.current_id)
            if row >= 0:  # a refresh keeps the person's search and filter as they are
                self.table.selectRow(row)

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        total = self.model.total_count()
        self.count_label.setText(
            self.tr("{shown} van {total} klanten").format(shown=shown, total=total)
        )

    def _failed(self, exc: BaseException) -> None:
        from views.dialogs import show_error

        self.statusBar().clearMessage()
        show_error(self, exc, str(self.db.paths.logs))

    def _search_changed(self, text: str) -> None:
        self.model.set_query(text)
        self._update_count()
        if self.current_id is not None:
            row = self.model.row_of(self.current_id)
            if row >= 0:
                self.table.selectRow(row)

    # --- selection and the dossier area ------------------------------------------------
    def select_client(self, client_id: uuid.UUID) -> None:
        row = self.model.row_of(client_id)
        if row < 0 and not self.show_closed.isChecked():
            self.show_closed.setChecked(True)
            row = self.model.row_of(client_id)
        if row < 0:
            self.search.clear()
            row = self.model.row_of(client_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _row_changed(self, current: Any, _previous: Any) -> None:
        row = self.model.client_at(current.row())
        self._update_actions()
        if row is None or row.id == self.current_id or self._db is None:
            return  # without the store yet: the client opens when it is (first list)
        if not self.confirm_leave():
            self._reselect_current()
            return
        self.open_client(row.id)

    def _reselect_current(self) -> None:
        """Go back to the client whose unsaved changes the person chose to keep."""
        if self.current_id is None:
            return
        number = self.model.row_of(self.current_id)
        if number >= 0:
            QTimer.singleShot(0, lambda: self.table.selectRow(number))

    def confirm_leave(self) -> bool:
        """Ask about unsaved changes in Gegevens; False when the person stays."""
        if self.current_id is None or not self.form.dirty:
            return True
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            self.tr("Niet opgeslagen"),
            self.tr("De gegevens van deze klant zijn gewijzigd. Wilt u de wijzigingen opslaan?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Discard:
            self.form.dirty = False
            return True
        self.form.request_save()
        if self.form.dirty:  # the save was refused: the red fields show why
            self.tabs.setCurrentWidget(self.form)
            return False
        return True

    def _show_dossier_area(self, show: bool) -> None:
        self.heading.setVisible(show)
        self.tabs.setVisible(show)
        self.empty_area.setVisible(not show)

    def open_client(self, client_id: uuid.UUID) -> None:
        self._build_conversation_tabs()  # chosen before they were built after the list
        self.current_id = client_id
        if client_id != self.form.client_id:
            # Until this client's values arrive the form shows another client's: no saving.
            # (Reloading the same client keeps the form enabled and the focus where it is.)
            self.form.setEnabled(False)
        today = self.today()
        db = self.db

        def load() -> tuple[dict[str, Any], Any, dict[str, Any]]:
            from app import clients
            from app.dossier_json import read_dossier
            from app.praatplaat import praatplaat

            return (
                read_dossier(db, client_id, today=today),
                clients.client_details(db, client_id),
                praatplaat(db, client_id),
            )

        run_in_background(load, self._dossier_loaded, self._failed)

    def _dossier_loaded(self, result: tuple[dict[str, Any], Any, dict[str, Any]]) -> None:
        import html

        from app.resources import load_process
        from models.values import format_money

        dossier, details, talk = result
        if dossier["client"]["id"] != str(self.current_id):
            return  # the person has already moved on to another client
        today = self.today()
        template = load_process(dossier["journey"]["process"])
        row = self.model.client_at(self.model.row_of(self.current_id))
        name = row.name if row else dossier["client"]["last_name"]
        phase_key = dossier["journey"]["current_phase"]
        phase = template.phase(phase_key) if phase_key else None
        total = row.total_debt if row else None
        sub = []
        if phase:
            sub.append(
                self.tr("Fase {n}: {title}").format(n=phase.number, title=phase.client_title)
            )
        if total is not None:
            sub.append(self.tr("openstaand {amount}").format(amount=format_money(total)))
        if row and row.status != "active":
            sub.append(self.tr("gesloten"))
        self.heading.setText(
            f"<h2 style='margin:0'>{html.escape(name)}</h2>"
            f"<span>{html.escape(' · '.join(sub))}</span>"
        )
        from app.procesplaat import timeline_of

        self._dossier = dossier
        self._update_actions()
        assert self.current_id is not None
        self.route_tab.show_timeline(
            self.db,
            self.current_id,
            template,
            timeline_of(dossier, template, today),
            dossier["actions"],
        )
        self.talk_tab.show_client(self.db, self.current_id, today, talk)
        self.debts_tab.show_client(self.current_id, today)
        self.actions_tab.show_client(self.current_id, today)
        self.documents_tab.show_client(self.current_id, today, dossier)
        if not (self.form.dirty and self.form.client_id == self.current_id):
            # A change elsewhere in her dossier reloads it; what is being typed in Gegevens stays.
            self.form.load(self.current_id, *details)
        self.form.setEnabled(True)
        self._show_dossier_area(True)
        self._apply_place()

    # --- layout memory -----------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)  # the list's columns: complete_window

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        if self._completed:  # closed before: the saved columns stay as they were
            header = self.table.horizontalHeader().saveState()
            self.settings.setValue("window/clients_header", header)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.confirm_leave():
            event.ignore()
            return
        self.save_layout()
        super().closeEvent(event)

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        QTimer.singleShot(0, self.search.setFocus)
