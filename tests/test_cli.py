"""The kompare command: exports without a window, clear errors, exit status 2."""

import json
import os
import signal
import stat
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
    assert d["schema"] == 2 and d["kompare"] == __version__
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


def test_too_large_file_gives_exact_sizes(tmp_path, capsys, monkeypatch):
    big = tmp_path / "big.txt"
    big.write_text("w" * 1_001)
    from kompare.core import config

    monkeypatch.setattr(config.CompareConfig, "__init__", _limit_init(config.CompareConfig.__init__, 1_000))
    assert main([str(big), S003, "--json", "-"]) == 2
    assert "the file is 1,001 bytes; kompare reads documents up to 1,000 bytes" in capsys.readouterr().err


# -- outputs that must be refused ---------------------------------------------------------


def one_error_line(capsys) -> str:
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kompare: error: "), captured.err
    assert captured.out == ""
    return lines[0]


@pytest.mark.parametrize("flag", ["--json", "--pdf", "--html"])
def test_empty_output_name_is_refused_without_opening_the_window(flag, capsys, monkeypatch):
    import kompare.gui.app

    monkeypatch.setattr(kompare.gui.app, "run", lambda *a: pytest.fail("the window was opened"))
    assert main([S001, S003, flag, ""]) == 2
    assert one_error_line(capsys).endswith(f"{flag} needs a file name ('-' for standard output)")


def test_no_display_is_one_clear_line_not_a_core_dump(capsys, monkeypatch):
    import kompare.gui.app

    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(kompare.gui.app, "make_application", lambda *a: pytest.fail("Qt was started without a display"))
    assert main([S001, S003]) == 2
    line = one_error_line(capsys)
    assert "no display" in line and "--html" in line
    # A display, or a platform Qt needs none for, is enough (see no_display's table).
    for name, value in (("DISPLAY", ":0"), ("WAYLAND_DISPLAY", "wayland-0"), ("QT_QPA_PLATFORM", "offscreen")):
        assert kompare.gui.app.no_display({name: value}) is None


@pytest.mark.parametrize("how", ["same name", "symlink", "hard link", "relative"])
def test_an_input_as_output_is_refused_and_kept(tmp_path, capsys, monkeypatch, how):
    monkeypatch.chdir(tmp_path)
    doc = tmp_path / "a.txt"
    doc.write_bytes(Path(S001).read_bytes())
    out = {"same name": str(doc), "symlink": "sym.txt", "hard link": "hard.txt", "relative": "./a.txt"}[how]
    (tmp_path / "sym.txt").symlink_to("a.txt")
    os.link(doc, tmp_path / "hard.txt")
    assert main([str(doc), S003, "--json", out]) == 2
    assert "is the same file as the input document" in one_error_line(capsys)
    assert doc.read_bytes() == Path(S001).read_bytes()


def test_two_exports_to_one_file_are_refused(tmp_path, capsys):
    out = str(tmp_path / "r.html")
    assert main([S001, S003, "--json", out, "--html", out]) == 2
    assert "--json and --html name the same output" in one_error_line(capsys)
    assert not os.path.exists(out)


def test_an_output_option_given_twice_is_refused(tmp_path, capsys):
    first, second = tmp_path / "r1.json", tmp_path / "r2.json"
    with pytest.raises(SystemExit) as exit_:
        main([S001, S003, "--json", str(first), "--json", str(second)])
    assert exit_.value.code == 2
    assert "--json is given twice" in capsys.readouterr().err
    assert not first.exists() and not second.exists()


def test_page_size_in_any_case_and_a_report_under_another_kind_of_name(tmp_path, capsys):
    out = tmp_path / "report.html"
    assert main([S001, S003, "--pdf", str(out), "--page-size", "letter"]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert "PDF written under a name that ends in .html" in capsys.readouterr().err


def test_the_same_text_as_a_and_b_is_said_in_a_note(tmp_path, capsys):
    copy = tmp_path / "copy.txt"
    copy.write_bytes(Path(S001).read_bytes())
    assert main([S001, str(copy), "--json", str(tmp_path / "c.json")]) == 0
    assert "kompare: note: A and B are the same text" in capsys.readouterr().err
    assert main([S001, S003, "--json", str(tmp_path / "d.json")]) == 0
    assert "same text" not in capsys.readouterr().err


def test_help_names_every_format_kompare_reads():
    from kompare.core.formats import FORMATS

    text = " ".join(run("--help").stdout.split())
    assert all(name.lower() in text.lower() for name, _ in FORMATS)
    assert "./-name" in text


def test_bad_outputs_are_refused_before_comparing(tmp_path, capsys, monkeypatch):
    import kompare.core

    monkeypatch.setattr(kompare.core, "compare_files", lambda *a, **k: pytest.fail("compared anyway"))
    (tmp_path / "ro.json").write_text("old")
    (tmp_path / "ro.json").chmod(0o444)
    for out, words in [(tmp_path, "is a folder"), (tmp_path / "ro.json", "is read-only"),
                       (tmp_path / "no" / "x.json", "does not exist")]:
        assert main([S001, S003, "--json", str(out)]) == 2
        assert words in one_error_line(capsys)
    assert (tmp_path / "ro.json").read_text() == "old"


def test_pipe_nobody_reads_is_refused_not_waited_for(tmp_path, capsys):
    # Only a write can tell (opening a pipe to test it would end its reader's input).
    os.mkfifo(tmp_path / "fifo")
    assert main([S001, S003, "--json", str(tmp_path / "fifo")]) == 2
    assert "is a pipe that no program is reading" in one_error_line(capsys)


def test_device_output_is_written_through(capsys):
    before = os.stat("/dev/null")
    assert main([S001, S003, "--json", "/dev/null"]) == 0
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode) and os.stat("/dev/null").st_ino == before.st_ino


# -- standard output that cannot take it ------------------------------------------------


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs Linux's /dev/full")
def test_json_into_a_full_standard_output():
    with open("/dev/full", "wb") as full:
        r = subprocess.run([sys.executable, "-m", "kompare", S001, S003, "--json", "-"],
                           stdout=full, stderr=subprocess.PIPE, text=True, timeout=120)
    assert r.returncode == 2
    assert r.stderr == "kompare: error: cannot write the JSON to standard output: No space left on device (the disk is full)\n"


def test_json_into_a_closed_standard_output():
    r = subprocess.run([sys.executable, "-m", "kompare", S001, S003, "--json", "-"],
                       stderr=subprocess.PIPE, text=True, timeout=120, preexec_fn=lambda: os.close(1))
    assert r.returncode == 2
    assert r.stderr == "kompare: error: cannot write the JSON to standard output: it is closed\n"


def test_notes_never_reach_standard_output_when_standard_error_is_closed(tmp_path):
    # 002 ends in the middle of its content: a note that, with stderr closed, print() would
    # have written into the JSON on standard output.
    s002 = str(next(SEEDS.glob("002_*.txt")))
    r = subprocess.run([sys.executable, "-m", "kompare", s002, S003, "--json", "-"],
                       stdout=subprocess.PIPE, text=True, timeout=120, preexec_fn=lambda: os.close(2))
    assert r.returncode == 0
    assert json.loads(r.stdout)["schema"] == 2


@pytest.mark.parametrize("value", ["0_1", "0_5", "1_0"])
def test_sensitivity_with_digit_separators_is_refused(value, capsys):
    with pytest.raises(SystemExit):
        main([S001, S003, "--sensitivity", value, "--json", "-"])
    assert f"{value!r} is not a number" in capsys.readouterr().err


def test_a_file_address_is_read_as_its_path(tmp_path):
    out = tmp_path / "c.json"
    assert main(["file://" + S001, S003, "--json", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["documents"]["a"]["text"].startswith("Connect with us")


def test_standard_input_as_a_document_is_refused_by_name(capsys):
    assert main(["-", S003, "--json", "-"]) == 2
    assert capsys.readouterr().err == ("kompare: error: -: kompare does not read standard input: save the text "
                                       "to a file and give its name\n")


def test_a_pdf_is_not_poured_into_a_terminal(monkeypatch, capsys):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert main([S001, S003, "--pdf", "-"]) == 2
    assert "a PDF is not shown in a terminal: send it to a file" in capsys.readouterr().err


def test_reader_that_leaves_early_is_no_error():
    p = subprocess.Popen([sys.executable, "-m", "kompare", S001, S003, "--json", "-"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    p.stdout.close()  # `| head` that has seen enough
    err = p.stderr.read().decode()
    assert p.wait(120) == 141  # what a shell shows for a program ended by SIGPIPE
    assert err == ""


# -- failed and interrupted writes ------------------------------------------------------


def test_a_pdf_past_the_file_size_limit_exits_2_and_keeps_the_old_report(tmp_path):
    resource = pytest.importorskip("resource")
    report = tmp_path / "report.pdf"
    report.write_bytes(b"%PDF-1.4 the good old report\n")

    def small_files():
        resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))

    r = subprocess.run([sys.executable, "-m", "kompare", S001, S003, "--pdf", str(report)],
                       capture_output=True, text=True, timeout=120, preexec_fn=small_files)
    assert r.returncode == 2, r.stderr
    assert r.stderr.startswith(f"kompare: error: cannot write the report {report}: File too large")
    assert r.stderr.endswith("(past the file-size limit of this process, ulimit -f); the old file is unchanged\n") and "Traceback" not in r.stderr
    assert report.read_bytes() == b"%PDF-1.4 the good old report\n"
    assert sorted(os.listdir(tmp_path)) == ["report.pdf"]


# A kompare run that stops in the middle of writing its output (after the data went into
# the temporary file, before the rename) and says so on stderr, so a test can signal it there.
_SLOW_WRITE = """\
import os, sys, time
import kompare.outputs as outputs
real_fsync = os.fsync
def slow_fsync(fd):
    sys.stderr.write("writing\\n"); sys.stderr.flush()
    time.sleep(30)
    real_fsync(fd)
outputs.os.fsync = slow_fsync
from kompare.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("sig,status,flag,name", [
    (signal.SIGTERM, 143, "--json", "out.json"), (signal.SIGINT, 130, "--html", "out.html"),
])
def test_a_signal_mid_write_cleans_up_and_exits_quietly(tmp_path, sig, status, flag, name):
    out = tmp_path / name
    out.write_text("old")
    p = subprocess.Popen([sys.executable, "-c", _SLOW_WRITE, S001, S003, flag, str(out)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert p.stderr.readline() == "writing\n"
        assert any(n.endswith(".part") for n in os.listdir(tmp_path))
        p.send_signal(sig)
        assert p.wait(60) == status
    finally:
        p.kill()
        p.wait()
    assert p.stderr.read() == ""  # no traceback, no message
    assert out.read_text() == "old"
    assert sorted(os.listdir(tmp_path)) == [name]


def test_file_name_that_is_not_utf8(tmp_path):
    doc = os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt")
    with open(doc, "wb") as f:
        f.write(Path(S001).read_bytes())
    out = tmp_path / "out.json"
    r = subprocess.run([sys.executable, "-m", "kompare", doc, S003.encode(), "--json", str(out)],
                       capture_output=True, timeout=120)
    assert r.returncode == 0, r.stderr
    d = json.loads(out.read_bytes().decode("utf-8"))["documents"]["a"]
    assert d["path"].endswith("caf\\xe9.txt") and bytes.fromhex(d["path_bytes"]) == doc


# A kompare run whose comparison takes until it is cancelled: it says "comparing" on
# stderr, then polls should_cancel as the engine does between its steps.
_SLOW_COMPARE = """\
import sys, time
import kompare.core
from kompare.core.errors import Cancelled
def compare(a, b, *, config=None, should_cancel=None):
    sys.stderr.write("comparing\\n"); sys.stderr.flush()
    for _ in range(3000):
        if should_cancel is not None and should_cancel():
            raise Cancelled()
        time.sleep(0.01)
    raise SystemExit("never cancelled")
kompare.core.compare = compare
from kompare.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_signal_while_comparing_stops_at_the_next_check(tmp_path):
    out = tmp_path / "out.pdf"
    p = subprocess.Popen([sys.executable, "-c", _SLOW_COMPARE, S001, S003, "--pdf", str(out)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert p.stderr.readline() == "comparing\n"
        p.send_signal(signal.SIGTERM)
        assert p.wait(60) == 143
    finally:
        p.kill()
        p.wait()
    assert p.stderr.read() == "" and os.listdir(tmp_path) == []


def test_a_signal_while_a_long_document_is_read_stops_the_reading(tmp_path):
    # 200 pages of PDF take about 20 s to lay out: the signal must not wait for them.
    import time

    from tests.core.ingest.pdfmaker import make_pdf

    line = "Russian President Vladimir Putin arrived in Pyongyang on Wednesday for talks with Kim."
    long_pdf = tmp_path / "long.pdf"
    long_pdf.write_bytes(make_pdf([[(72, 720 - 14 * k, line) for k in range(45)]] * 200))
    out = tmp_path / "out.json"
    p = subprocess.Popen([sys.executable, "-m", "kompare", str(long_pdf), S003, "--json", str(out)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        time.sleep(4)  # (start-up, then well into the pages)
        p.send_signal(signal.SIGTERM)
        sent = time.monotonic()
        assert p.wait(60) == 143
        assert time.monotonic() - sent < 5
    finally:
        p.kill()
        p.wait()
    assert p.stderr.read() == "" and not out.exists()
