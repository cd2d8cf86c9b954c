"""The kompare command: exports without a window, clear errors, exit status 2."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kompare import __version__
from kompare.cli import main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
S001 = str(next(SEEDS.glob("001_*.txt")))
S003 = str(next(SEEDS.glob("003_*.txt")))


def run(*args):
    return subprocess.run([sys.executable, "-m", "kompare", *args], capture_output=True, text=True, timeout=120)


def test_json_to_stdout_opens_no_window():
    r = run(S001, S003, "--json", "-")
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["schema"] == 1 and d["kompare"] == __version__
    assert d["documents"]["a"]["path"] == S001
    assert d["links"], "seeds 001 and 003 share quotes"


def test_json_to_file(tmp_path, capsys):
    out = tmp_path / "c.json"
    assert main([S001, S003, "--json", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["unique"]["a"]


def test_version_and_help():
    assert run("--version").stdout.strip() == f"kompare {__version__}"
    h = run("--help")
    assert h.returncode == 0 and "--json" in h.stdout and "--pdf" in h.stdout


def _bad_inputs(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    png = tmp_path / "photo.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    zipf = tmp_path / "a.zip"
    zipf.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    return {
        "missing": (str(tmp_path / "nope.txt"), "no such file"),
        "folder": (str(tmp_path), "folder"),
        "empty": (str(empty), "empty"),
        "png": (str(png), "PNG"),
        "zip": (str(zipf), "ZIP"),
        "executable": (sys.executable, "executable"),
    }


@pytest.mark.parametrize("case", ["missing", "folder", "empty", "png", "zip", "executable"])
def test_bad_input_is_one_clear_line_and_status_2(tmp_path, case, capsys):
    path, words = _bad_inputs(tmp_path)[case]
    code = main([path, S003, "--json", str(tmp_path / "out.json")])
    err = capsys.readouterr().err
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("kompare: error: ") and path in lines[0]
    assert words.lower() in lines[0].lower()
    assert "Traceback" not in err
    assert not (tmp_path / "out.json").exists()


def test_unwritable_output_is_status_2(tmp_path, capsys):
    code = main([S001, S003, "--json", str(tmp_path / "no" / "such" / "dir" / "c.json")])
    err = capsys.readouterr().err
    assert code == 2 and "does not exist" in err and "Traceback" not in err


def test_export_needs_two_documents(capsys):
    assert main([S001, "--json", "-"]) == 2
    assert "two documents" in capsys.readouterr().err


def test_too_large_file(tmp_path, capsys, monkeypatch):
    big = tmp_path / "big.txt"
    big.write_text("word " * 1000)
    from kompare.core import config

    monkeypatch.setattr(config.CompareConfig, "__init__", _limit_init(config.CompareConfig.__init__, 1000))
    code = main([str(big), S003, "--json", "-"])
    err = capsys.readouterr().err
    assert code == 2 and str(big) in err and "Traceback" not in err


def _limit_init(orig, limit):
    def init(self, **kw):
        kw.setdefault("max_file_bytes", limit)
        orig(self, **kw)

    return init
