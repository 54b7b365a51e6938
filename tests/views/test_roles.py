"""views.roles keeps Qt's own numbers: a model comparing roles with them compares exactly."""

from __future__ import annotations

from PySide6.QtCore import Qt

from views import roles


def test_roles_and_alignments_are_the_numbers_qt_gives_them() -> None:
    assert Qt.ItemDataRole.DisplayRole.value == roles.DISPLAY
    assert Qt.ItemDataRole.FontRole.value == roles.FONT
    assert Qt.ItemDataRole.ToolTipRole.value == roles.TOOLTIP
    assert Qt.ItemDataRole.TextAlignmentRole.value == roles.TEXT_ALIGNMENT
    assert Qt.ItemDataRole.ForegroundRole.value == roles.FOREGROUND
    assert Qt.ItemDataRole.UserRole.value == roles.USER
    assert Qt.AlignmentFlag.AlignRight.value == roles.ALIGN_RIGHT
    assert Qt.AlignmentFlag.AlignVCenter.value == roles.ALIGN_VCENTER
    assert Qt.Orientation.Horizontal.value == roles.HORIZONTAL
