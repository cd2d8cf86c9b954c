"""What a non-editable install ships: every Python package and every data file the code reads."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_every_package_is_listed():
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "kompare").rglob("__init__.py")
    }
    assert found <= set(PROJECT["packages"]), sorted(found - set(PROJECT["packages"]))


def test_the_engine_data_files_ship():
    patterns = PROJECT["package-data"]["kompare.core"]
    data = ROOT / "kompare" / "core" / "data"
    for f in data.iterdir():
        assert any(f.match(p.split("/", 1)[1]) for p in patterns), f"{f.name} would not be installed"
    # The vocabulary and the link model the engine loads, with the vocabulary's licence notice.
    assert {"bert-uncased-vocab.txt", "link_weights.json", "NOTICE"} <= {f.name for f in data.iterdir()}
