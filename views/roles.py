"""Qt's item data roles and alignments as the plain integers Qt defines for them.

``Qt.ItemDataRole.DisplayRole`` reads better, but the first touch of ``Qt`` makes PySide build
its whole Qt namespace, some 120 enums (about 40 ms), and the client list's modules are
imported before the main window's first paint. Qt fixes these numbers in its API
(Qt::ItemDataRole, Qt::AlignmentFlag); tests/views/test_roles.py holds each equal to Qt's own.
A view hands its model the role as an int, so comparing with these is exact.
"""

from __future__ import annotations

DISPLAY = 0
FONT = 6
TOOLTIP = 3
TEXT_ALIGNMENT = 7
FOREGROUND = 9
USER = 0x0100

ALIGN_RIGHT = 0x0002
ALIGN_VCENTER = 0x0080

#: Qt::Horizontal, as headerData receives it.
HORIZONTAL = 0x1
