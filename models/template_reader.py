"""Reading template files (TOML) with precise Dutch errors that name the place of a problem."""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Collection
from enum import StrEnum
from typing import Any, TypeVar

KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")

_E = TypeVar("_E", bound=StrEnum)


class TemplateError(ValueError):
    """A template file that cannot be used, with a Dutch message naming the place.

    The message reads "<source>: <place>: <problem>", e.g.
    "schuldhulp.toml: phases[3].stage: onbekende fase-groep 'intak'". Indexes count from 0,
    as in the TOML array.

    Attributes:
        source: The file (or other origin) the text came from.
        place: The dotted path inside the file, empty for the file as a whole.
        problem: What is wrong, in Dutch.
    """

    def __init__(self, source: str, place: str, problem: str) -> None:
        self.source = source
        self.place = place
        self.problem = problem
        super().__init__(f"{source}: {place}: {problem}" if place else f"{source}: {problem}")


def _describe(value: object) -> str:
    """A Dutch description of a TOML value's type, for error messages."""
    if isinstance(value, bool):
        return f"een ja/nee-waarde ({str(value).lower()})"
    if isinstance(value, int):
        return f"een geheel getal ({value})"
    if isinstance(value, float):
        return f"een kommagetal ({value})"
    if isinstance(value, str):
        return f"tekst ({value!r})"
    if isinstance(value, list):
        return "een lijst"
    if isinstance(value, dict):
        return "een tabel"
    return "een datum of tijd"


class TableReader:
    """Reads one TOML table field by field and reports every problem with its exact place.

    Shared by the process and checklist loaders so that both speak the same way.
    """

    def __init__(self, source: str, place: str, table: object, keys: Collection[str]) -> None:
        self.source = source
        self.place = place
        if not isinstance(table, dict):
            raise self.error("", f"moet een tabel zijn, niet {_describe(table)}")
        self._table: dict[str, Any] = table
        # Unknown keys are checked first: a misspelt key is the cause of the "missing" one.
        for name in table:
            if name not in keys:
                close = difflib.get_close_matches(name, list(keys), n=1, cutoff=0.5)
                hint = f"; bedoelt u '{close[0]}'?" if close else ""
                raise self.error(name, f"onbekende sleutel{hint}")

    def path(self, name: str) -> str:
        """The dotted place of a field of this table."""
        if not name:
            return self.place
        return f"{self.place}.{name}" if self.place else name

    def error(self, name: str, problem: str) -> TemplateError:
        """A TemplateError for a field of this table."""
        return TemplateError(self.source, self.path(name), problem)

    def has(self, name: str) -> bool:
        """Whether the field is present."""
        return name in self._table

    def _get(self, name: str, expected: type, wanted: str) -> Any:
        if name not in self._table:
            raise self.error(name, "ontbreekt")
        value = self._table[name]
        # bool is a subclass of int in Python but never a valid number here.
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise self.error(name, f"moet {wanted} zijn, niet {_describe(value)}")
        return value

    def text(self, name: str, default: str | None = None, *, allow_empty: bool = False) -> str:
        """A string field; missing is an error unless a default is given."""
        if default is not None and name not in self._table:
            return default
        value: str = self._get(name, str, "tekst")
        if not allow_empty and not value.strip():
            raise self.error(name, "mag niet leeg zijn")
        return value

    def key(self, name: str) -> str:
        """A string field that is an identifier: lower case letters, digits and '_'."""
        value = self.text(name)
        if not KEY_PATTERN.match(value):
            raise self.error(
                name, f"ongeldige sleutel {value!r}: gebruik kleine letters, cijfers en '_'"
            )
        return value

    def integer(
        self,
        name: str,
        default: int | None = None,
        *,
        minimum: int | None = None,
        maximum: int | None = None,
    ) -> int:
        """An integer field within optional bounds; missing is an error unless defaulted."""
        if default is not None and name not in self._table:
            return default
        value: int = self._get(name, int, "een geheel getal")
        if minimum is not None and maximum is not None and not minimum <= value <= maximum:
            raise self.error(name, f"moet tussen {minimum} en {maximum} liggen, niet {value}")
        if minimum is not None and value < minimum:
            raise self.error(name, f"moet minstens {minimum} zijn, niet {value}")
        if maximum is not None and value > maximum:
            raise self.error(name, f"mag hoogstens {maximum} zijn, niet {value}")
        return value

    def optional_integer(self, name: str, *, minimum: int | None = None) -> int | None:
        """An integer field that may be left out."""
        if name not in self._table:
            return None
        return self.integer(name, minimum=minimum)

    def boolean(self, name: str, default: bool) -> bool:
        """A true/false field with a default."""
        if name not in self._table:
            return default
        value: bool = self._get(name, bool, "true of false")
        return value

    def choice(self, name: str, choices: type[_E], unknown: str) -> _E:
        """A string field that must be one of an enumeration's codes.

        Args:
            name: The field.
            choices: The enumeration.
            unknown: The Dutch words for an unknown value, e.g. "onbekende eigenaar".
        """
        value = self.text(name)
        try:
            return choices(value)
        except ValueError:
            allowed = ", ".join(member.value for member in choices)
            raise self.error(name, f"{unknown} {value!r} (kies uit: {allowed})") from None

    def text_list(
        self, name: str, *, choices: Collection[str] | None = None, unknown: str = ""
    ) -> tuple[str, ...]:
        """A list of non-empty strings, optionally each one of the given choices.

        Args:
            name: The field.
            choices: The allowed values, if limited.
            unknown: The Dutch words for a value not in choices, e.g. "onbekende maatregel".
        """
        if name not in self._table:
            return ()
        values: list[Any] = self._get(name, list, "een lijst")
        result: list[str] = []
        for index, value in enumerate(values):
            item = f"{name}[{index}]"
            if not isinstance(value, str):
                raise self.error(item, f"moet tekst zijn, niet {_describe(value)}")
            if not value.strip():
                raise self.error(item, "mag niet leeg zijn")
            if choices is not None and value not in choices:
                allowed = ", ".join(sorted(choices))
                raise self.error(item, f"{unknown} {value!r} (kies uit: {allowed})")
            result.append(value)
        return tuple(result)

    def tables(
        self, name: str, keys: Collection[str], *, required: bool = True
    ) -> list[TableReader]:
        """An array of tables ([[name]]), each wrapped in its own reader."""
        if not required and name not in self._table:
            return []
        values: list[Any] = self._get(name, list, "een lijst met tabellen ([[...]])")
        if required and not values:
            raise self.error(name, "mag niet leeg zijn")
        return [
            TableReader(self.source, f"{self.path(name)}[{index}]", value, keys)
            for index, value in enumerate(values)
        ]


def parse_toml(text: str, source: str) -> dict[str, Any]:
    """Parse TOML text, turning a syntax error into a TemplateError."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(source, "", f"geen geldige TOML: {exc}") from None
