"""The main window as the view tests drive it, on the fixed day of the tests."""

from __future__ import annotations

from datetime import date

import pytest

from views.application import settings_for
from views.main_window import MainWindow
from views.worker import wait_for_background

TODAY = date(2026, 11, 26)


@pytest.fixture
def window(qtbot, db):
    main = MainWindow(db, settings_for(db.paths), today=TODAY)
    main.show()
    yield main
    # Work still running in the background (a dossier loading) must end before the store
    # closes: failing on a closed store it would open an error dialog that waits for a click.
    wait_for_background()
    qtbot.wait(1)  # its results are handed over while the window still stands
    main.form.dirty = False  # a failed test must not leave a "save changes?" question open
    if main.presentation is not None:
        main.presentation.close()
    main.close()
    main.deleteLater()


@pytest.fixture(autouse=True)
def bugs_fail_the_test(monkeypatch):
    """A bug shown as the "something went wrong" dialog fails the test instead of waiting for
    a click that never comes (headless, a modal dialog would hang the run)."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, _title, text, *_a: shown.append(text)
    )
    yield
    assert not shown, f"a bug was shown to the person: {shown}"
