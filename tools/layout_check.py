"""Find text that does not fit: the main window with demo data, its tabs and dialogs, in a language.

    QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=1.5 python -m tools.layout_check --qm F.qm [--shots D]

Meant for the stretched pseudo-translation (``tools.i18n pseudo``): every string ~40 % longer
shows where a translation will be cut off. Prints one line per widget whose text is wider than
the room it gets (labels that wrap are fine), and when the window is wider than the screen one
line for it and one per tab that asks too much; exits 1 when there is any. A check that could
not be done (an exception, also one in a slot, or a dossier that did not load in time) exits 2
with the reason on stderr: never "nothing found" for a window that was not looked at.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any

import keyring

from app.memory_keyring import MemoryKeyring

WIDTH, HEIGHT = 1280, 720  # a 1920x1080 laptop screen at 150 %, in logical pixels
TODAY = date(2026, 11, 26)
LOAD_SECONDS = 30  # the demo dossier loads in the background; longer means something broke


class CheckFailed(Exception):
    """The window could not be looked at, so there is no verdict (exit 2)."""


def _visible(widget: Any, root: Any) -> bool:
    return bool(widget.isVisibleTo(root)) and widget.width() > 0


def _plain(text: str) -> str:
    """Button text as drawn: the mnemonic's & is not shown, && is one &."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _text_width(widget: Any, text: str) -> int:
    from PySide6 import QtGui

    if widget.textFormat() == QtGui.Qt.TextFormat.RichText or QtGui.Qt.mightBeRichText(text):
        document = QtGui.QTextDocument()
        document.setDefaultFont(widget.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        return int(float(document.idealWidth()) + 0.999)
    metrics: QtGui.QFontMetrics = widget.fontMetrics()
    return max(metrics.horizontalAdvance(line) for line in text.split("\n"))


def cut_off(root: Any) -> Iterator[str]:
    """A line for every visible text in ``root`` that is wider than its widget's room."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QCheckBox,
        QGroupBox,
        QLabel,
        QPushButton,
        QRadioButton,
        QTabBar,
        QWidget,
    )

    for widget in [root, *root.findChildren(QWidget)]:
        if not _visible(widget, root):
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel):
            text = widget.text()
            if not text or widget.wordWrap():
                continue
            room = widget.contentsRect().width() - 2 * widget.margin() - max(widget.indent(), 0)
            need = _text_width(widget, text)
        elif isinstance(widget, QCheckBox | QRadioButton):
            if not widget.text():
                continue
            text, room, need = widget.text(), widget.width(), widget.sizeHint().width()
        elif isinstance(widget, QPushButton):
            text = widget.text()
            if not text:
                continue
            icon = widget.iconSize().width() + 4 if not widget.icon().isNull() else 0
            room = widget.width() - 8
            need = widget.fontMetrics().horizontalAdvance(_plain(text)) + icon
        elif isinstance(widget, QAbstractButton):
            continue  # tool buttons show icons or are sized by their text; arrows have none
        elif isinstance(widget, QGroupBox):
            text = widget.title()
            if not text:
                continue
            room = widget.width() - 16
            need = widget.fontMetrics().horizontalAdvance(_plain(text))
        elif isinstance(widget, QTabBar):
            yield from _tabs_cut_off(widget, name)
            continue
        else:
            continue
        if need > room + 1:
            yield f"{type(widget).__name__} {name!r}: {text[:60]!r} needs {need}px, has {room}px"


def _tabs_cut_off(bar: Any, name: str) -> Iterator[str]:
    for index in range(bar.count()):
        text = _plain(bar.tabText(index))
        rect = bar.tabRect(index)
        need = bar.fontMetrics().horizontalAdvance(text)
        if rect.width() < need:
            yield f"tab {text[:40]!r} of {name!r}: needs {need}px, has {rect.width()}px"
        elif rect.right() > bar.width() or rect.left() < 0:
            yield f"tab {text[:40]!r} of {name!r}: only reachable by scrolling the tab bar"


def run(qm: Path | None, shots: Path | None) -> list[str]:
    """Open everything, return what is cut off (prefixed with where)."""
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication, QWidget

    from app.demo.dossiers import install_demo
    from app.paths import resolve_paths
    from app.store import open_database
    from views.application import make_application, settings_for
    from views.main_window import MainWindow
    from views.worker import wait_for_background

    keyring.set_keyring(MemoryKeyring())
    app = make_application()
    if qm is not None:
        translator = QTranslator(app)
        if not translator.load(str(qm)):
            raise CheckFailed(f"{qm}: cannot be loaded")
        app.installTranslator(translator)
    problems: list[str] = []
    # Qt reports an exception raised in a slot or a background job's callback and goes on;
    # a screen half built by it must not pass as "nothing cut off".
    bugs: list[str] = []

    def remember(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        bugs.append("".join(traceback.format_exception(kind, exc, tb)).rstrip())

    previous_hook, sys.excepthook = sys.excepthook, remember

    def settle(rounds: int = 10) -> None:
        for _ in range(rounds):
            app.processEvents()
        if bugs:
            raise CheckFailed(f"an exception while the window was open:\n{bugs[0]}")

    def look(where: str, widget: QWidget) -> None:
        settle()
        problems.extend(f"{where}: {line}" for line in cut_off(widget))
        if shots is not None:
            shots.mkdir(parents=True, exist_ok=True)
            widget.grab().save(str(shots / f"{where.replace('/', '-')}.png"))

    with tempfile.TemporaryDirectory(prefix="procesplaat-layout-") as folder:
        paths = resolve_paths(folder)
        db = open_database(paths)
        client = install_demo(db, today=TODAY)[0][0]
        window = MainWindow(db, settings_for(paths), today=TODAY)
        window.resize(WIDTH, HEIGHT)
        window.show()
        window.reload(client)
        deadline = time.monotonic() + LOAD_SECONDS
        while not (window.current_id == client and window.tabs.isVisible()):
            if time.monotonic() > deadline:  # the dossier loads in the background
                raise CheckFailed(f"the demo dossier did not load within {LOAD_SECONDS} s")
            settle(1)
            time.sleep(0.01)
        settle(40)
        if window.width() > WIDTH:
            problems.append(f"main window: needs {window.width()}px, the screen has {WIDTH}px")
            problems.extend(f"main window: {line}" for line in too_wide_tabs(window, WIDTH))
        for number in range(window.tabs.count()):
            window.tabs.setCurrentIndex(number)
            settle(20)
            look(f"tab{number + 1}", window)
            for holder in ("debts_tab", "actions_tab", "documents_tab"):
                pages = getattr(getattr(window, holder, None), "pages", None)
                if pages is not None and pages.isVisible():
                    for page in range(1, pages.count()):
                        pages.setCurrentIndex(page)
                        look(f"tab{number + 1}/page{page + 1}", window)
                    pages.setCurrentIndex(0)
        for where, make in _dialogs(window, db, client, Path(folder)):
            dialog = make()
            dialog.show()
            look(where, dialog)
            dialog.close()
            dialog.deleteLater()
        window.form.dirty = False
        window.close()
        wait_for_background()
        settle(5)
        db.close()
    QApplication.processEvents()
    sys.excepthook = previous_hook
    if bugs:
        raise CheckFailed(f"an exception while the window closed:\n{bugs[0]}")
    return problems


def too_wide_tabs(window: Any, width: int) -> Iterator[str]:
    """A line for every tab of the main window that alone makes it wider than ``width``.

    What the window asks besides its widest tab (the client list, margins) stays; a tab fits
    when that plus its own minimum width is no wider than the screen.
    """
    tabs = window.tabs
    pages = [tabs.widget(number) for number in range(tabs.count())]
    needs = [page.minimumWidth() or max(page.minimumSizeHint().width(), 0) for page in pages]
    around = window.minimumSizeHint().width() - max(needs, default=0)
    room = width - around
    for number, (page, need) in enumerate(zip(pages, needs, strict=True)):
        if need > room:
            name = _plain(tabs.tabText(number))
            yield (
                f"tab {number + 1} {name[:40]!r} ({type(page).__name__}) needs {need}px,"
                f" has {room}px"
            )


def _dialogs(
    window: Any, db: Any, client: Any, folder: Path
) -> list[tuple[str, Callable[[], Any]]]:
    from app import debts
    from views.action_dialog import ActionDialog
    from views.conversations_page import ConversationDialog
    from views.debt_dialog import DebtDialog
    from views.dialogs import CloseClientDialog, NewClientDialog, PassphraseDialog
    from views.export_wizard import ExportWizard
    from views.print_dialog import PrintDialog

    return [
        ("new-client", lambda: NewClientDialog(window)),
        ("close-client", lambda: CloseClientDialog("Tanya Jansen", window)),
        ("passphrase", lambda: PassphraseDialog(True, window)),
        ("print", lambda: PrintDialog(window)),
        ("debt", lambda: DebtDialog(debts.creditor_options(db), lambda *_: None, window)),
        ("action", lambda: ActionDialog(db, client, today=TODAY, parent=window)),
        ("conversation", lambda: ConversationDialog(TODAY, window)),
        ("export", lambda: ExportWizard(db, client, "Jansen", today=TODAY, folder=folder)),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tools.layout_check", description=__doc__)
    parser.add_argument("--qm", type=Path, help="a .qm file to load (none: Dutch)")
    parser.add_argument("--shots", type=Path, help="save a PNG of every screen looked at")
    args = parser.parse_args(argv)
    try:
        problems = run(args.qm, args.shots)
    except Exception as exc:  # noqa: BLE001 (any failure means: not checked, say why)
        reason = str(exc) if isinstance(exc, CheckFailed) else traceback.format_exc().rstrip()
        print(f"layout_check: not checked: {reason}", file=sys.stderr)
        return 2
    for line in problems:
        print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
