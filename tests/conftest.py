"""Shared fixtures: the seed articles."""

import os
from pathlib import Path

import pytest
from hypothesis import settings

# CI runs the property tests with a fixed seed, so a red build can be replayed; local runs
# keep exploring new examples (and print how to reproduce a failure).
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("dev", print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

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
