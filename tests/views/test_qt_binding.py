"""The Qt binding keeps Python's reference counts right (PySide6 6.12.0 did not)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QFont


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_qt_binding_methods_returning_nothing_keep_none_alive(qapp) -> None:
    """Each setter returns None; a binding that drops a reference each time aborts the app."""
    font = QFont()
    before = sys.getrefcount(None)
    for _ in range(2000):
        font.setBold(True)
        font.setPointSizeF(11.0)
    assert sys.getrefcount(None) - before > -100
