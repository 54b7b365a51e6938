"""A second start on the same data folder brings the first window to the front, or says why not."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from app import instance
from app.paths import Paths

# The local socket (QtNetwork, some 15 ms to import) is only needed to talk to another start:
# a first start listens after its window has painted, a second start imports it to ask.
# tests/views/test_start.py fails when it is imported before the first paint.
if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

log = logging.getLogger(__name__)

RAISE = b"raise\n"
RAISED = b"ok\n"
#: How long a second start waits for the first one to answer.
ANSWER_MS = 3000


def _os_user() -> str:
    # Not app.audit.os_user: that module pulls in the database stack, which a start defers.
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no user name on some locked-down systems
        return ""


def server_name(paths: Paths) -> str:
    """The local socket's name: a hash of the OS user and the folder, so no name or path of a
    person shows in /tmp or in the Windows pipe list, and two users never meet."""
    import hashlib

    digest = hashlib.sha256(f"{_os_user()}\0{paths.data_dir}".encode()).hexdigest()
    return f"procesplaat-{digest[:32]}"


class FirstInstance(QObject):
    """The program that holds the data folder, listening for later starts.

    It listens once its window has painted (``listen_when_painted``): a later start in the
    meantime waits for it (``ask_first_to_raise``), since the folder lock says it is coming.
    Without a window to wait for it listens as soon as the event loop runs.

    Signals:
        raise_requested: a second start asked for this window to come to the front.
    """

    raise_requested = Signal()

    def __init__(self, paths: Paths, lock: instance.InstanceLock) -> None:
        super().__init__()
        self.lock = lock
        self.paths = paths
        self.server: QLocalServer | None = None
        self._waiting_for: QWidget | None = None
        self._released = False
        QTimer.singleShot(0, self, self._listen_unless_waiting)

    @property
    def listening(self) -> bool:
        return self.server is not None and self.server.isListening()

    def listen_when_painted(self, window: QWidget) -> None:
        """Listen right after ``window``'s first paint, not before: the start's first moments
        belong to the window (call it before the event loop runs)."""
        if self.server is not None:
            return
        self._waiting_for = window
        from views.first_paint import after_first_paint

        after_first_paint(window, self.listen)

    def _listen_unless_waiting(self) -> None:
        if self._waiting_for is None:
            self.listen()

    def listen(self) -> None:
        """Start the local server (once); later starts then reach this program."""
        if self.server is not None or self._released:
            return
        from PySide6.QtNetwork import QLocalServer

        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._connected)
        name = server_name(self.paths)  # hashlib and the user's name: not before the paint
        # A socket file left by a crash would refuse listen(); removing it is safe because the
        # folder lock says no other program for this folder runs.
        QLocalServer.removeServer(name)
        if not self.server.listen(name):
            # Later starts then say the folder is in use instead of raising this window.
            log.warning("single instance: cannot listen: %s", self.server.errorString())

    def _connected(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(self._read)

    def _read(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if not isinstance(socket, QLocalSocket) or not socket.canReadLine():
            return
        line = bytes(socket.readLine().data())
        if line == RAISE:
            socket.write(RAISED)
            socket.flush()
        socket.disconnectFromServer()
        socket.deleteLater()
        if line == RAISE:
            self.raise_requested.emit()

    def release(self) -> None:
        """At exit: stop listening and give the folder free."""
        self._released = True
        if self.server is not None:
            from PySide6.QtNetwork import QLocalSocket

            for socket in self.server.findChildren(QLocalSocket):
                socket.abort()
            self.server.close()
        self.lock.release()


#: How often a second start knocks while the first is still starting (not yet listening).
RETRY_MS = 50


def ask_first_to_raise(paths: Paths, timeout_ms: int = ANSWER_MS) -> bool:
    """Ask the program holding the folder to come to the front; True when it answered.

    A first program that is still starting listens only after its window has painted: while
    there is no server yet, the question is asked again until ``timeout_ms`` has passed.
    """
    from PySide6.QtNetwork import QLocalSocket

    deadline = time.monotonic() + timeout_ms / 1000
    socket = QLocalSocket()
    while True:
        socket.connectToServer(server_name(paths))
        if socket.waitForConnected(timeout_ms):
            break
        left_ms = int((deadline - time.monotonic()) * 1000)
        if socket.error() != QLocalSocket.LocalSocketError.ServerNotFoundError or left_ms <= 0:
            return False
        socket.abort()
        time.sleep(min(RETRY_MS, left_ms) / 1000)
    socket.write(RAISE)
    if not socket.waitForBytesWritten(timeout_ms):
        return False
    answered = False
    while socket.waitForReadyRead(timeout_ms):
        if socket.canReadLine():
            answered = bytes(socket.readLine().data()) == RAISED
            break
    socket.abort()
    return answered


def _tr(text: str) -> str:
    return QCoreApplication.translate("single_instance", text)


def folder_in_use_text(paths: Paths) -> str:
    return _tr(
        "Procesplaat is al geopend met de gegevensmap {folder}, maar reageert niet, of een "
        "opdracht op de opdrachtregel werkt er nog mee. Twee programma's tegelijk kunnen de "
        "gegevens beschadigen, daarom start Procesplaat nu niet. Wacht even of sluit het andere "
        "Procesplaat en probeer het opnieuw."
    ).format(folder=paths.data_dir)


def _warn(text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(None, _tr("Procesplaat is al geopend"), text)


def claim_folder(
    paths: Paths,
    *,
    refuse: Callable[[str], None] = _warn,
    timeout_ms: int = ANSWER_MS,
) -> FirstInstance | int:
    """For a GUI start: hold the folder, or hand over to the program that holds it.

    Returns:
        The FirstInstance to keep while the window runs; or an exit code: 0 when the first
        program came to the front (this start ends quietly), 1 when it did not answer and the
        person was told that the folder is in use.

    Raises:
        UserError: the folder cannot be used at all.
    """
    lock = instance.acquire(paths)
    if lock is not None:
        return FirstInstance(paths, lock)
    if ask_first_to_raise(paths, timeout_ms):
        log.info("single instance: the first window was asked to come to the front")
        return 0
    refuse(folder_in_use_text(paths))
    return 1


def bring_to_front(window: QWidget) -> None:
    """Show the window (or the lock screen or dialog over it) on top, restored if minimised."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    modal = QApplication.activeModalWidget()
    if modal is not None and modal is not window:
        modal.raise_()
        modal.activateWindow()
