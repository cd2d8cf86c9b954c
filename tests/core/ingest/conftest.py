"""Shared helpers for the ingest tests."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
SEEDS = REPO / "seeds"
FIXTURES = REPO / "tests" / "fixtures" / "ingest"


def seed_path(number: int) -> Path:
    """The seed file whose name starts with the three-digit ``number``."""
    (path,) = SEEDS.glob(f"{number:03d}_*.txt")
    return path


@pytest.fixture
def write(tmp_path):
    """Write bytes (or UTF-8 text) to a file in tmp_path and return its path."""

    def _write(name: str, content: bytes | str) -> Path:
        path = tmp_path / name
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    return _write


def excluded_texts(doc, reason=None) -> list[str]:
    """The text of each excluded range (optionally only those with ``reason``)."""
    return [doc.text[e.start : e.end] for e in doc.excluded if reason is None or e.reason is reason]
