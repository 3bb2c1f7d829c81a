"""Errors a user can act on: each says what went wrong and how to fix it, in one line."""
from __future__ import annotations


class CommuniqueError(Exception):
    """Base error. `str(err)` is the one line shown to the user."""

    exit_code = 2

    def __init__(self, what: str, why: str, fix: str | None = None):
        self.what, self.why, self.fix = what, why, fix
        super().__init__(self.line())

    def line(self) -> str:
        text = f"{self.what}: {self.why}"
        return f"{text} (fix: {self.fix})" if self.fix else text


class InputError(CommuniqueError):
    """A file, record or parameter the user gave cannot be read."""


class SetupError(CommuniqueError):
    """The installation is incomplete (e.g. the spaCy pipeline is missing)."""
