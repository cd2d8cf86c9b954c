"""Shared fixtures: the seed articles."""

import os
from pathlib import Path

import pytest

# Qt must never need a screen in the tests; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture
def seeds():
    """seeds("001") -> the path of that seed article."""

    def find(prefix: str) -> Path:
        (path,) = SEEDS.glob(f"{prefix}_*.txt")
        return path

    return find
