"""User errors: problems a person can act on, each carrying a Dutch message."""

from __future__ import annotations

from models.messages import say


class UserError(Exception):
    """A problem the person can solve (bad input, wrong passphrase, locked database, ...).

    The message is Dutch and meant for a person; views show it in a dialog, the command line
    prints it and exits with code 1. Everything that is not a UserError is a bug.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class WrongKeyError(UserError):
    """The database cannot be opened with the key or passphrase given."""


class KeyUnavailableError(UserError):
    """No key is at hand: the keyring has none and no passphrase was given."""


class NewerDatabaseError(UserError):
    """The database was written by a newer version of Procesplaat."""


class NotFoundError(UserError):
    """A record named by the person does not exist (or a prefix is ambiguous)."""


def folder_unusable(data_dir: object, exc: OSError) -> UserError:
    """The error for a data folder the program cannot use (read-only, missing, full)."""
    reason = exc.strerror or type(exc).__name__
    return UserError(
        say(
            "De gegevensmap {data_dir} is niet bruikbaar: {reason}.",
            data_dir=data_dir,
            reason=reason,
        )
    )
