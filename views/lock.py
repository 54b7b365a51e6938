"""The lock: after idle time or on demand, every window's personal data is hidden until unlocked."""

from __future__ import annotations

import getpass
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.errors import UserError
from views.i18n import QT_TRANSLATE_NOOP, message_text
from views.theme import set_ink
from views.worker import run_in_background

if TYPE_CHECKING:
    from app.db import Database
    from app.unlock import UnlockMethod
    from views.main_window import MainWindow

log = logging.getLogger(__name__)

IDLE_KEY = "lock/idle_minutes"
DEFAULT_IDLE_MINUTES = 5
LOCKED_TITLE = QT_TRANSLATE_NOOP("lock", "Procesplaat — vergrendeld")

# Input only: paints, timers and a background task's results must not count as presence.
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name on some locked-down systems
        return "?"


def idle_minutes(settings: QSettings) -> int:
    """The idle minutes before the lock (0: never); a damaged value means the default."""
    value = settings.value(IDLE_KEY, DEFAULT_IDLE_MINUTES)
    try:
        minutes = int(str(value))
    except (TypeError, ValueError):
        return DEFAULT_IDLE_MINUTES
    return max(minutes, 0)


class LockScreen(QWidget):
    """The window in front while locked: whose app it is and how to unlock, nothing else.

    A window of its own, application-modal, so that it takes the keyboard even when a modal
    dialog was open at lock time (that dialog is blocked behind it, its content hidden).
    """

    unlock_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("lock_screen")
        self.setWindowTitle(QCoreApplication.translate("lock", LOCKED_TITLE))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.closable = True
        self.heading = QLabel(self.tr("Procesplaat is vergrendeld"))
        self.heading.setObjectName("lock_heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.user = QLabel(self.tr("Gebruiker: {user}").format(user=_os_user()))
        self.user.setObjectName("lock_user")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("lock_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Wachtwoord van de gegevensmap"))
        self.passphrase.setPlaceholderText(self.tr("Wachtwoord van de gegevensmap"))
        self.passphrase.returnPressed.connect(self._request)
        self.button = QPushButton(self.tr("Ontgrendelen"))
        self.button.setObjectName("lock_unlock")
        self.button.setDefault(True)
        self.button.clicked.connect(self._request)
        self.message = QLabel()
        self.message.setObjectName("lock_message")
        self.message.setWordWrap(True)

        box = QWidget()
        # A fixed width: wrapped lines get the height they need (with only a maximum the box
        # took the heading's width and cut the explanation off).
        box.setFixedWidth(self.fontMetrics().horizontalAdvance("M") * 34)
        inner = QVBoxLayout(box)
        for widget in (self.heading, self.user, self.hint, self.passphrase, self.button):
            inner.addWidget(widget)
        inner.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)  # in a row, not aligned: wrapped lines then get their height
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.setMinimumSize(480, 320)

    def prepare(self, method: UnlockMethod) -> None:
        """Fresh for a new lock: empty field, no old message, the words for this method."""
        self.passphrase.clear()
        self.message.clear()
        self.passphrase.setVisible(method in ("passphrase", "code"))
        if method == "passphrase":
            self.passphrase.setPlaceholderText("")
            self.passphrase.setAccessibleName(self.tr("Wachtwoord van de gegevensmap"))
            self.hint.setText(
                self.tr("Geef het wachtwoord van de gegevensmap om verder te werken.")
            )
        elif method == "code":
            self.passphrase.setPlaceholderText(self.tr("Ontgrendelcode"))
            self.passphrase.setAccessibleName(self.tr("Ontgrendelcode"))
            self.hint.setText(self.tr("Geef uw ontgrendelcode om verder te werken."))
        elif method == "keyring":
            self.hint.setText(
                self.tr(
                    "Klik op Ontgrendelen om verder te werken. Procesplaat controleert de "
                    "sleutel van de gegevens in de sleutelbos van deze gebruiker."
                )
            )
        else:
            self.hint.setText(self.tr("Klik op Ontgrendelen om verder te werken."))
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        self.button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)

    def refuse(self, message: str) -> None:
        self.set_busy(False)
        set_ink(self.message, "error")  # the red of the theme, also after a switch
        self.message.setText(message)
        self.passphrase.clear()
        self.passphrase.setFocus()

    def focus_answer(self) -> None:
        (self.passphrase if self.passphrase.isVisibleTo(self) else self.button).setFocus()

    def _request(self) -> None:
        if self.button.isEnabled():
            self.set_busy(True)
            self.message.setText(self.tr("Controleren…"))
            self.unlock_requested.emit(self.passphrase.text())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.closable:  # closing the lock must not be a way past it
            event.ignore()
            return
        super().closeEvent(event)


class LockGuard(QObject):
    """Watches the keyboard and mouse of the whole application and locks after idle time.

    While locked: the main window's central widget, menu bar and status bar are hidden and its
    title is neutral; other windows (presentation, week) are hidden; a modal dialog cannot be
    hidden without ending its ``exec()`` (Qt treats hiding as cancelling), so its contents are
    hidden and its title made neutral instead, and the lock screen is put in front of it.
    Unlocking gives everything back as it was.

    Signals:
        locked_changed(bool): the lock went on (True) or off (False).
    """

    locked_changed = Signal(bool)

    def __init__(
        self,
        window: QMainWindow,
        settings: QSettings,
        database: Callable[[], Database | None],
        *,
        idle_ms: int | None = None,
    ) -> None:
        """Watch the application's input for the main window ``window``.

        Args:
            window: the main window.
            settings: where ``lock/idle_minutes`` is kept.
            database: the open store, or None before it is open (then a click unlocks).
            idle_ms: overrides the settings' minutes (tests use a short time).
        """
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._database = database
        self._idle_override = idle_ms
        self._locked = False
        self._last_input = time.monotonic()
        self._screen = LockScreen(window)
        self._screen.unlock_requested.connect(self._check)
        # What was hidden, to give back exactly that on unlocking.
        self._hidden: list[QWidget] = []
        self._titles: list[tuple[QWidget, str]] = []
        self._focus: QWidget | None = None
        self._check_timer = QTimer(self)
        self._check_timer.timeout.connect(self._tick)
        app = QApplication.instance()
        assert app is not None, "the lock needs the QApplication"
        app.installEventFilter(self)
        self._restart_timer()

    # --- idle time ---------------------------------------------------------------------
    @property
    def idle_ms(self) -> int:
        """Milliseconds without input before the lock; 0 means never."""
        if self._idle_override is not None:
            return self._idle_override
        return idle_minutes(self._settings) * 60_000

    def set_idle_minutes(self, minutes: int) -> None:
        """Keep a new idle time (0: never) and count from now."""
        self._settings.setValue(IDLE_KEY, max(int(minutes), 0))
        self._idle_override = None
        self._restart_timer()

    def _restart_timer(self) -> None:
        self._last_input = time.monotonic()
        idle = self.idle_ms
        if idle <= 0 or self._locked:
            self._check_timer.stop()
            return
        # Input only stamps a time (cheap, it runs on every mouse move); this timer looks.
        self._check_timer.start(max(20, min(idle // 4, 15_000)))

    def _tick(self) -> None:
        idle = self.idle_ms
        if idle > 0 and (time.monotonic() - self._last_input) * 1000 >= idle:
            self.lock()

    # --- locking -----------------------------------------------------------------------
    def is_locked(self) -> bool:
        return self._locked

    @property
    def screen(self) -> LockScreen:
        return self._screen

    def lock(self) -> None:
        """Hide every window's personal data and show the lock screen (again when locked)."""
        if self._locked:
            self._show_screen()
            return
        self._locked = True
        self._check_timer.stop()
        from app.unlock import unlock_method

        self._screen.prepare(unlock_method(self._database()))
        self._focus = QApplication.focusWidget()
        self._cover_main()
        for widget in QApplication.topLevelWidgets():
            if widget is not self._window and widget.isVisible() and not self._ours(widget):
                self._cover(widget)
        self._show_screen()
        log.info("locked")
        self.locked_changed.emit(True)

    def _cover_main(self) -> None:
        window = self._window
        self._titles.append((window, window.windowTitle()))
        window.setWindowTitle(QCoreApplication.translate("lock", LOCKED_TITLE))
        for part in (window.centralWidget(), window.menuBar(), window.statusBar()):
            if part is not None and not part.isHidden():
                part.hide()
                self._hidden.append(part)

    def _cover(self, widget: QWidget) -> None:
        if widget.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
            widget.close()  # an open menu or tooltip is not given back: it would float alone
        elif widget.isModal():
            self._veil(widget)
        else:
            widget.hide()
            self._hidden.append(widget)

    def _veil(self, dialog: QWidget) -> None:
        """A modal window stays open (hiding would cancel it) with nothing in it."""
        self._titles.append((dialog, dialog.windowTitle()))
        dialog.setWindowTitle(QCoreApplication.translate("lock", LOCKED_TITLE))
        for child in dialog.findChildren(
            QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
        ):
            if not child.isWindow() and not child.isHidden():
                child.hide()
                self._hidden.append(child)

    def _show_screen(self) -> None:
        if not self._locked:  # a deferred call after an unlock
            return
        screen, window = self._screen, self._window
        screen.closable = False
        if window.isVisible() and not window.isMinimized():
            screen.setGeometry(window.geometry())
        # Shown again, not only raised: a modal window that opened after it would otherwise
        # take the keyboard away from the lock screen.
        screen.hide()
        if window.isMinimized():
            screen.showMinimized()
        elif window.isFullScreen():
            screen.showFullScreen()
        elif window.isMaximized():
            screen.showMaximized()
        else:
            screen.showNormal()
        screen.raise_()
        screen.activateWindow()
        screen.focus_answer()

    def _ours(self, widget: QWidget) -> bool:
        """Whether the widget is the lock screen or a popup of one of its fields."""
        current: QWidget | None = widget
        while current is not None:
            if current is self._screen:
                return True
            current = current.parentWidget()
        return False

    # --- unlocking ---------------------------------------------------------------------
    def _check(self, passphrase: str) -> None:
        """The person answered: check off the GUI thread (the passphrase costs about 0.1 s)."""
        from app.unlock import check_unlock

        database = self._database()
        run_in_background(lambda: check_unlock(database, passphrase), self._checked, self._failed)

    def _checked(self, _result: object) -> None:
        if self._locked:
            self.unlock()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self._screen.refuse(message_text(exc))
            return
        log.error("unlock check failed: %s", type(exc).__name__)
        self._screen.refuse(
            self.tr(
                "Het controleren lukte niet. Procesplaat blijft vergrendeld; probeer het opnieuw."
            )
        )

    def unlock(self) -> None:
        """Give back everything the lock hid, as it was. Called after a successful check."""
        if not self._locked:
            return
        self._locked = False
        self._screen.closable = True
        self._screen.hide()
        self._screen.passphrase.clear()
        # A window may have been closed and deleted while locked: give back what is left.
        for widget in self._hidden:
            if isValid(widget):
                widget.show()
        for widget, title in self._titles:
            if isValid(widget):
                widget.setWindowTitle(title)
        self._hidden.clear()
        self._titles.clear()
        if self._focus is not None and isValid(self._focus):
            self._focus.setFocus()
        self._focus = None
        log.info("unlocked")
        self.locked_changed.emit(False)
        self._restart_timer()

    # --- the filter --------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind in _INPUT:
            self._last_input = time.monotonic()
            return False
        if not self._locked:
            return False
        if kind == QEvent.Type.WindowStateChange and watched is self._window:
            # Restored from the taskbar while locked: the lock screen comes along.
            if not self._window.isMinimized():
                QTimer.singleShot(0, self._show_screen)
            return False
        if kind == QEvent.Type.Shortcut:
            # An application-wide shortcut (say, Ctrl+N) must not open anything behind the lock.
            return not (isinstance(watched, QWidget) and self._ours(watched))
        if (
            kind == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched.windowType() != Qt.WindowType.ToolTip
            and watched is not self._window
            and not self._ours(watched)
        ):
            # A window that opens while locked (an error message of background work, ...).
            QTimer.singleShot(0, lambda: self._cover_late(watched))
        return False

    def _cover_late(self, widget: QWidget) -> None:
        if not isValid(widget):  # closed and deleted before this turn of the event loop
            return
        if not self._locked or not widget.isVisible() or widget in self._hidden:
            return
        self._cover(widget)
        self._show_screen()


def install_lock(window: MainWindow) -> LockGuard:
    """The lock for the program's main window (idle minutes from its settings)."""
    return LockGuard(window, window.settings, lambda: window.db if window.has_database() else None)
