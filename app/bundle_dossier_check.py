"""dossier.json of a bundle: strict JSON parsing, its schema in Dutch lines, its value rules."""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from app.paths import resources_dir
from models.bundle_rules import dossier_problems
from models.messages import say

__all__ = [
    "DOSSIER_JSON",
    "check_dossier",
    "dossier_schema",
    "json_path",
    "parse_dossier",
    "schema_problem",
]

DOSSIER_JSON = "dossier.json"
SCHEMA_VERSION = 1
#: Problems of one kind reported before the rest is summed up in one line.
MAX_PROBLEMS = 50


@lru_cache(maxsize=1)
def dossier_schema() -> Draft202012Validator:
    """The validator of dossier.json, compiled once from resources/schema/."""
    path = resources_dir() / "schema" / "dossier-1.schema.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(say("de sleutel {key!r} staat twee keer in hetzelfde object", key=key))
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise ValueError(say("{name} is geen geldig JSON-getal", name=name))


def parse_dossier(raw: bytes, problems: list[str]) -> dict[str, Any] | None:
    """dossier.json's bytes as a JSON object of schema version 1, or None with the problem told.

    Strict beyond ``json.loads``: a key twice in one object, NaN and Infinity are refused.
    """
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        problems.append(say("dossier.json is geen UTF-8-tekst."))
        return None
    try:
        value = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        problems.append(
            say(
                "dossier.json is geen geldige JSON (regel {lineno}, kolom {colno}).",
                lineno=exc.lineno,
                colno=exc.colno,
            )
        )
        return None
    except (ValueError, RecursionError) as exc:
        why = str(exc) if isinstance(exc, ValueError) else "te diep genest"
        problems.append(say("dossier.json is geen geldige JSON: {why}.", why=why))
        return None
    if not isinstance(value, dict):
        problems.append(say("dossier.json is geen JSON-object."))
        return None
    if value.get("schema") != "dossier":
        problems.append(
            say(
                'dossier.json: schema is niet "dossier"; dit is geen dossier.',
            )
        )
        return None
    version = value.get("schema_version")
    if version != SCHEMA_VERSION or isinstance(version, bool):
        problems.append(
            say(
                "dossier.json heeft schemaversie {version}; dit programma kent alleen "
                "versie {supported}. Werk Procesplaat bij of vraag een bundel van "
                "versie {supported}.",
                version=json.dumps(version),
                supported=SCHEMA_VERSION,
            )
        )
        return None
    return value


def json_path(path: Sequence[str | int]) -> str:
    """A path into the JSON as the messages write it: ``debts[3].total``."""
    text = ""
    for step in path:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else str(step))
    return text or "(bovenaan)"


_TYPES = {
    "string": "tekst",
    "integer": "een heel getal",
    "number": "een getal",
    "boolean": "true of false",
    "object": "een object",
    "array": "een lijst",
    "null": "null",
}
_KINDS = {
    "money": 'geen bedrag met twee decimalen als tekst, zoals "1234.50"',
    "date": 'geen datum als "JJJJ-MM-DD"',
    "moment": 'geen tijdstip met tijdzone, zoals "2026-11-26T14:03:00+01:00"',
    "uuid": "geen geldig id (UUID)",
    "bsn": say("een BSN is negen cijfers"),
    "sha256": "geen SHA-256 (64 hexadecimale tekens)",
}


def _shown(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = text if len(text) <= 40 else text[:37] + "..."
    return json.dumps(text, ensure_ascii=False)


def schema_problem(error: ValidationError) -> str:
    """One schema error as a Dutch line naming where it is."""
    where = json_path(list(error.absolute_path))
    kind = error.schema.get("x-kind") if isinstance(error.schema, dict) else None
    if error.validator == "required":
        missing = [k for k in error.validator_value if k not in error.instance]
        return f"{where}: het verplichte veld {', '.join(missing)} ontbreekt."
    if kind in _KINDS and error.validator in ("type", "pattern"):
        return f"{where}: {_KINDS[kind]} ({_shown(error.instance)})."
    if error.validator == "type":
        wanted = error.validator_value
        names = [str(_TYPES.get(t, t)) for t in (wanted if isinstance(wanted, list) else [wanted])]
        return f"{where}: hier hoort {' of '.join(names)} ({_shown(error.instance)})."
    if error.validator in ("minimum", "maximum"):
        return f"{where}: {_shown(error.instance)} ligt buiten de toegestane waarden."
    if error.validator == "minLength":
        return say("{where}: mag niet leeg zijn.", where=where)
    if error.validator == "const":
        return say(
            "{where}: hoort {expected} te zijn.",
            where=where,
            expected=json.dumps(error.validator_value),
        )
    return say(
        "{where}: voldoet niet aan het schema ({validator}).",
        where=where,
        validator=error.validator,
    )


def _capped(problems: list[str]) -> list[str]:
    if len(problems) <= MAX_PROBLEMS:
        return problems
    rest = len(problems) - MAX_PROBLEMS
    return [
        *problems[:MAX_PROBLEMS],
        say("... en nog {rest} problemen in dossier.json.", rest=rest),
    ]


def check_dossier(dossier: dict[str, Any], count: int) -> list[str]:
    """Every schema error and broken value rule of a parsed dossier, capped, one line each.

    Args:
        dossier: The parsed dossier.json.
        count: How many parts the bundle has (a document's ``part`` must not exceed it).
    """
    # A value can break two keywords (type and pattern) that say the same to a person.
    found = sorted({schema_problem(e) for e in dossier_schema().iter_errors(dossier)})
    found.extend(dossier_problems(dossier, part_count=count))
    return [say("dossier.json {problem}", problem=problem) for problem in _capped(found)]
