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
