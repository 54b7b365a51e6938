"""Finds and reads the data files that ship with the program (templates, checklists)."""

from __future__ import annotations

from functools import lru_cache

from app.paths import resources_dir
from models.checklist import ChecklistTemplate, load_checklist_template
from models.process import ProcessTemplate, load_process_template
from models.template_reader import KEY_PATTERN, TemplateError

DEFAULT_PROCESS = "schuldhulp"
PROCESSES = "processes"
CHECKLISTS = "checklists"


def _keys(kind: str) -> list[str]:
    folder = resources_dir() / kind
    return sorted(path.stem for path in folder.glob("*.toml") if KEY_PATTERN.match(path.stem))


def _read(kind: str, key: str, what: str) -> tuple[str, str]:
    """The text of one resource file and its name for messages."""
    source = f"{key}.toml"
    # The key becomes part of a path: only plain keys, so it can never leave the folder.
    if not KEY_PATTERN.match(key) or key not in _keys(kind):
        known = ", ".join(_keys(kind)) or "geen"
        raise TemplateError(source, "", f"{what} {key!r} bestaat niet (wel: {known})")
    # utf-8-sig: a file saved by Windows Notepad may start with a byte order mark.
    text = (resources_dir() / kind / source).read_text(encoding="utf-8-sig")
    return text, source


def _check_key(source: str, key: str, found: str) -> None:
    # Data files point at templates by key, so the key inside must match the file name.
    if found != key:
        raise TemplateError(source, "key", f"moet {key!r} zijn, gelijk aan de bestandsnaam")


def process_keys() -> list[str]:
    """The keys of the process templates that ship with the program, sorted."""
    return _keys(PROCESSES)


def load_process(key: str = DEFAULT_PROCESS) -> ProcessTemplate:
    """Read and check one process template.

    Args:
        key: The template's key, the file name without ".toml".

    Returns:
        The template; the same object on later calls (templates are immutable).

    Raises:
        TemplateError: No such template, or the file breaks a rule.
    """
    # Through a helper so that load_process() and load_process("schuldhulp") share one entry.
    return _load_process(key)


@lru_cache(maxsize=16)
def _load_process(key: str) -> ProcessTemplate:
    text, source = _read(PROCESSES, key, "processjabloon")
    template = load_process_template(text, source)
    _check_key(source, key, template.key)
    return template


def checklist_keys() -> list[str]:
    """The keys of the referral checklists that ship with the program, sorted."""
    return _keys(CHECKLISTS)


@lru_cache(maxsize=16)
def load_checklist(key: str) -> ChecklistTemplate:
    """Read and check one referral checklist.

    Args:
        key: The checklist's key, the file name without ".toml".

    Returns:
        The checklist; the same object on later calls (checklists are immutable).

    Raises:
        TemplateError: No such checklist, or the file breaks a rule.
    """
    text, source = _read(CHECKLISTS, key, "checklist")
    checklist = load_checklist_template(text, source)
    _check_key(source, key, checklist.key)
    return checklist


def clear_caches() -> None:
    """Forget the templates read so far, so that edited files are read again."""
    _load_process.cache_clear()
    load_checklist.cache_clear()
