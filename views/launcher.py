"""The `procesplaat` entry point: a command runs without Qt, no command opens the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from app.cli import build_parser, run_command


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is not None:
        return run_command(args)
    from views.application import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
