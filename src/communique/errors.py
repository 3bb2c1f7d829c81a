"""Errors a user can act on: each says what went wrong and how to fix it, in one line."""
from __future__ import annotations


class CommuniqueError(Exception):
    """Base error. `str(err)` is the one line shown to the user."""

    exit_code = 2
    http_status = 500      # what the dashboard's JSON API answers with

    def __init__(self, what: str, why: str, fix: str | None = None):
        self.what, self.why, self.fix = what, why, fix
        super().__init__(self.line())

    def line(self) -> str:
        text = f"{self.what}: {self.why}"
        return f"{text} (fix: {self.fix})" if self.fix else text


class InputError(CommuniqueError):
    """A file, record or parameter the user gave cannot be read."""

    http_status = 400


class NotFoundError(InputError):
    """The user named something the record does not hold (an event id, say)."""

    http_status = 404


class SetupError(CommuniqueError):
    """The installation is incomplete (e.g. the spaCy pipeline is missing)."""

    http_status = 503
