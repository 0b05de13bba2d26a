"""Errors Marsad reports to people as one line (the CLI prints them and exits non-zero)."""

from __future__ import annotations


class MarsadError(Exception):
    """An error with a message fit to show as one line."""


class InputError(MarsadError):
    """An input that cannot be read: named, with the reason."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason
