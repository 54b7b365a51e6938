"""PySide6 for the window, without its reading of every module imported after it.

On its first import PySide6 replaces ``__import__``: from then on each newly imported module
is read once more as source text (``inspect.getsource``, which also keeps the text in
``linecache``) to learn whether it mentions "PySide6". The answer only matters to modules that
opt in to PySide's ``from __feature__ import snake_case, true_property``; a module without that
line behaves the same either way. This program never opts in, and the reading made a start
import SQLAlchemy, SQLModel, keyring and our own core some 200-300 ms slower.

After ``use_pyside()`` only the program's Qt packages (views, tests, benchmarks, tools, the
main script) are still read; every other module counts as not using PySide, which is what the
reading finds for them anyway (app/ and models/ import no Qt; tests/views/test_pyside_import.py
compares both answers for every module a full start imports).
"""

from __future__ import annotations

import sys
from types import ModuleType

#: Top-level packages whose modules may use PySide6: PySide's own reading decides for them.
QT_PACKAGES = frozenset({"views", "tests", "benchmarks", "tools", "__main__", "PySide6"})

_FEATURE_MODULE = "shibokensupport.feature"


def uses_qt_package(module: ModuleType) -> bool:
    """Whether PySide should read ``module`` to decide: only modules of our Qt packages."""
    return getattr(module, "__name__", "").partition(".")[0] in QT_PACKAGES


def use_pyside() -> None:
    """Import PySide6.QtCore and limit its per-import reading to the program's Qt packages.

    Does nothing more when PySide's internals differ from the version this was written for
    (6.11): the program then only starts a little slower.
    """
    import PySide6.QtCore  # noqa: F401  (installs PySide's import hook)

    feature = sys.modules.get(_FEATURE_MODULE)
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, "limited", False):
        return

    def mod_uses_pyside(module: ModuleType) -> bool:
        return uses_qt_package(module) and bool(original(module))

    mod_uses_pyside.limited = True  # type: ignore[attr-defined]
    mod_uses_pyside.original = original  # type: ignore[attr-defined]
    feature._mod_uses_pyside = mod_uses_pyside  # type: ignore[attr-defined]
