"""The report's one error type: a message a user can act on."""

from __future__ import annotations


class ReportError(Exception):
    """A report that cannot be written (missing or unwritable folder, bad option...).

    >>> str(ReportError("cannot write the report: folder /nope does not exist"))
    'cannot write the report: folder /nope does not exist'
    """
