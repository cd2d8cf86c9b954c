"""The report's atomic writes: :mod:`kompare.export.atomic`, raising ReportError."""

from __future__ import annotations

import os
import tempfile  # noqa: F401  (tests patch tempfile.mkstemp through this module)
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kompare.export import atomic as _atomic
from kompare.report.errors import ReportError

def check_target(path: str | os.PathLike) -> Path:
    """The absolute target path, or :class:`ReportError` saying why it cannot be written."""
    return _atomic.check_target(path, what="the report", error=ReportError)


@contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[str]:
    """Yield a temp path next to ``path``; on success move it over ``path``."""
    with _atomic.atomic_path(path, what="the report", error=ReportError) as tmp:
        yield tmp


def write_text_atomic(path: str | os.PathLike, text: str) -> None:
    """Write UTF-8 text atomically."""
    _atomic.write_text_atomic(path, text, what="the report", error=ReportError)
