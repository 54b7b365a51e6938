"""Entry script of the frozen program: the same `main` as the `procesplaat` console script.

PyInstaller needs a script file; pyproject's [project.scripts] names views.launcher:main.
"""

from __future__ import annotations

import sys

from views.launcher import main

if __name__ == "__main__":
    sys.exit(main())
