"""Who works with this data folder: the name, organisation and role an export and the audit
trail name. Not a client's data; kept as a small JSON file in the data folder."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from app.atomic import replace_file
from app.audit import os_user
from app.errors import UserError
from app.paths import Paths
from models.messages import say

ROLES = {
    "caseworker": "Schuldhulpverlener",
    "bewindvoerder": "Bewindvoerder",
    "other": "Anders",
}
_MAX = 200


@dataclass(frozen=True)
class Profile:
    """The person exporting: ``role`` is one of ``ROLES`` (the bundle's ``exported_by``)."""

    name: str | None
    organisation: str | None
    role: str = "caseworker"

    def as_json(self) -> dict[str, str | None]:
        return asdict(self)


def profile_path(paths: Paths) -> Path:
    return paths.data_dir / "gebruiker.json"


def _text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value[:_MAX] or None


def load_profile(paths: Paths) -> Profile:
    """The saved profile; the operating-system user as name when none was saved.

    A damaged file is read as no profile: it holds nothing that cannot be typed again.
    """
    try:
        raw = json.loads(profile_path(paths).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raw = {}
    if not isinstance(raw, dict):
        raw = {}
    role = raw.get("role")
    return Profile(
        name=_text(raw.get("name")) or os_user(),
        organisation=_text(raw.get("organisation")),
        role=role if role in ROLES else "caseworker",
    )


def clean_profile(name: str, organisation: str, role: str) -> Profile:
    """A profile from what a person typed.

    Raises:
        UserError: no name, or an unknown role.
    """
    clean_name = _text(name)
    if clean_name is None:
        raise UserError(say("Vul uw naam in: de ontvanger moet weten wie het dossier stuurt."))
    if role not in ROLES:
        raise UserError(
            say("Onbekende rol {role!r}; kies uit: {roles}.", role=role, roles=", ".join(ROLES))
        )
    return Profile(name=clean_name, organisation=_text(organisation), role=role)


def save_profile(paths: Paths, profile: Profile) -> None:
    """Write the profile complete or not at all.

    Raises:
        UserError: the data folder cannot be written.
    """
    data = json.dumps(profile.as_json(), ensure_ascii=False, indent=2).encode("utf-8")
    try:
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        replace_file(profile_path(paths), data)
    except OSError as exc:
        raise UserError(
            say("Uw gegevens konden niet worden bewaard: de gegevensmap is vol of alleen-lezen.")
        ) from exc
