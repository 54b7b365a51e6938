"""The main window as the view tests drive it, on the fixed day of the tests."""

from __future__ import annotations

from datetime import date

import pytest

from views.application import settings_for
from views.main_window import MainWindow

TODAY = date(2026, 11, 26)


@pytest.fixture
def window(qtbot, db):
    main = MainWindow(db, settings_for(db.paths), today=TODAY)
    main.show()
    yield main
    main.form.dirty = False  # a failed test must not leave a "save changes?" question open
    if main.presentation is not None:
        main.presentation.close()
    main.close()
    main.deleteLater()
