"""A keyring that keeps its secrets in this process only.

For throwaway data folders that must never reach the person's real keyring: the screenshots
of ``make screenshots`` and ``make guide``, the layout check and the tests.
"""

from __future__ import annotations

from keyring.backend import KeyringBackend

__all__ = ["MemoryKeyring"]


class MemoryKeyring(KeyringBackend):
    """Secrets in a dict, gone when the process ends."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)
