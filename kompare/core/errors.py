"""Errors the core raises on purpose; anything else is a bug."""

from __future__ import annotations

from collections.abc import Callable


class InputError(Exception):
    """A document that cannot be read, with a message a user can act on.

    >>> str(InputError("a.bin", "this is a binary file (a ZIP archive), not text"))
    'a.bin: this is a binary file (a ZIP archive), not text'
    """

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class Cancelled(Exception):
    """The caller's ``should_cancel`` asked the work (a comparison, a read, a report) to stop."""


#: What long work asks between its steps: stop now? (The window's Cancel sets it.)
ShouldCancel = Callable[[], bool]


def stop_if_cancelled(should_cancel: ShouldCancel | None) -> None:
    """Raise :class:`Cancelled` when ``should_cancel()`` says so (None: never).

    >>> stop_if_cancelled(None); stop_if_cancelled(lambda: False)
    >>> stop_if_cancelled(lambda: True)
    Traceback (most recent call last):
    ...
    kompare.core.errors.Cancelled
    """
    if should_cancel is not None and should_cancel():
        raise Cancelled()
