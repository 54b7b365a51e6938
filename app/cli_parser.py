"""The command line's parser in Dutch: help, usage and wrong-usage messages.

argparse writes its own words in English ("usage:", "error:", "the following arguments are
required"). The program speaks Dutch everywhere else, so this parser does too: the usage
line, then one line ``procesplaat COMMAND: <reason in Dutch>``, and exit code 2.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any, NoReturn

__all__ = ["DutchParser", "dutch_message"]

EXIT_USAGE = 2

# argparse's messages (Python 3.11 to 3.13) and their Dutch; groups keep the names and values.
_MESSAGES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.DOTALL), dutch)
    for pattern, dutch in (
        (r"the following arguments are required: (.*)", r"dit ontbreekt: \1"),
        (r"unrecognized arguments: (.*)", r"onbekend: \1"),
        (r"one of the arguments (.*) is required", r"een van deze is nodig: \1"),
        (r"ambiguous option: (\S+) could match (.*)", r"\1 kan meer betekenen: \2"),
        (
            r"argument (\S+): invalid choice: (.*?) \(choose from (.*)\)",
            r"\1: \2 bestaat niet (kies uit \3)",
        ),
        (r"argument (\S+): expected one argument", r"\1: hier hoort een waarde bij"),
        (r"argument (\S+): expected at least one argument", r"\1: hier hoort minstens één bij"),
        (r"argument (\S+): expected (\d+) arguments?", r"\1: hier horen er \2 bij"),
        (r"argument (\S+): not allowed with argument (\S+)", r"\1: niet samen met \2"),
        (r"argument (\S+): ignored explicit argument (.*)", r"\1: geen waarde toegestaan (\2)"),
        (r"argument (\S+): invalid \S+ value: (.*)", r"\1: ongeldige waarde \2"),
        # a type function's own (Dutch) reason: only the word "argument" goes
        (r"argument (\S+): (.*)", r"\1: \2"),
    )
)


def dutch_message(message: str) -> str:
    """argparse's reason in Dutch; a message it does not know stays as it is."""
    for pattern, dutch in _MESSAGES:
        match = pattern.fullmatch(message)
        if match:
            return match.expand(dutch)
    return message


def _dutch_usage(text: str) -> str:
    return "gebruik: " + text[len("usage: ") :] if text.startswith("usage: ") else text


class DutchParser(argparse.ArgumentParser):
    """An ArgumentParser whose help, usage and errors are Dutch; subcommands inherit it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["add_help"] = False  # its own -h below, with a Dutch help text
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumenten"
        self._optionals.title = "opties"
        self.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")

    def format_usage(self) -> str:
        return _dutch_usage(super().format_usage())

    def format_help(self) -> str:
        return _dutch_usage(super().format_help())

    def error(self, message: str) -> NoReturn:
        """The usage, then one Dutch line naming the command; exit code 2 (DESIGN.md)."""
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: {dutch_message(message)}\n")
