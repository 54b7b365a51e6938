"""The `procesplaat` entry point: a command runs without Qt, no command opens the window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from views.main_window import MainWindow


def _window_parser() -> argparse.ArgumentParser:
    """The options of a start without a command: all a window start has to parse.

    The full command line (app.cli) imports every command's module and builds a dozen
    sub-parsers; a person opening the program waits for none of that.
    """
    parser = argparse.ArgumentParser(prog="procesplaat", add_help=False)
    parser.add_argument("--data-dir", metavar="DIR")
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--quit-when-ready", action="store_true")
    return parser


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line of app.cli, plus the GUI's hidden option for the smoke test.

    ``--quit-when-ready`` (with or without ``--demo``) starts the window as always and ends
    once it is ready: 0, or 70 on a bug, 1 after a minute (views.ready). It is for the
    packaging smoke test, not for people, so ``--help`` does not show it.

    Anything the window's options do not cover (a command, --help, --version, a mistake) goes
    to the full parser, which runs it or says what is wrong.
    """
    arguments = list(sys.argv[1:] if argv is None else argv)
    window, rest = _window_parser().parse_known_args(arguments)
    if not rest:
        window.command = None
        return window
    from app.cli import build_parser

    parser = build_parser()
    parser.add_argument("--quit-when-ready", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(arguments)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)
    if args.command is not None:
        from app.cli import run_command

        return run_command(args)
    return start_gui(args)


def start_gui(
    args: argparse.Namespace, on_window: Callable[[MainWindow], object] | None = None
) -> int:
    """The window (views.application.run_gui); ``on_window`` is for the start benchmark."""
    from views.pyside_import import use_pyside

    use_pyside()  # first: every module imported after PySide6 is then imported faster
    from views.application import run_gui

    return run_gui(args, on_window=on_window)


if __name__ == "__main__":
    sys.exit(main())
