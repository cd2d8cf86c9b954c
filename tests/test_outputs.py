"""kompare.outputs: the one writer. Old files survive failures; links, devices, pipes and inputs."""

import errno
import os
import socket
import stat
import threading
import time
from pathlib import Path

import pytest

from kompare import outputs
from kompare.outputs import OutputError, ReaderGone, TargetKind, check_output, write_output

OLD = b"the good old file\n"
NEW = b"new contents " * 1000


def listing(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


def umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# -- regular files --------------------------------------------------------------------------


def test_new_file_has_the_usual_mode_and_nothing_is_left_over(tmp_path):
    path = tmp_path / "out.json"
    write_output(path, NEW)
    assert path.read_bytes() == NEW
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask()
    assert listing(tmp_path) == ["out.json"]


def test_replacing_keeps_the_old_mode(tmp_path):
    path = tmp_path / "out.json"
    path.write_bytes(OLD)
    path.chmod(0o640)
    write_output(path, NEW)
    assert path.read_bytes() == NEW and stat.S_IMODE(path.stat().st_mode) == 0o640


def test_file_and_folder_are_synced_before_and_after_the_rename(tmp_path, monkeypatch):
    synced = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        synced.append("folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file")
        real_fsync(fd)

    def replace(src, dst):
        synced.append("rename")
        real_replace(src, dst)

    monkeypatch.setattr(outputs.os, "fsync", fsync)
    monkeypatch.setattr(outputs.os, "replace", replace)
    write_output(tmp_path / "out.json", NEW)
    assert synced == ["file", "rename", "folder"]


def _fail_on(step):
    """A stand-in for os.<step> that fails the way a full disk does."""

    def fail(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    return fail


@pytest.mark.parametrize("step", ["write", "fsync", "replace"])
def test_a_failure_at_any_step_keeps_the_old_file_and_removes_the_temp_file(tmp_path, monkeypatch, step):
    path = tmp_path / "out.json"
    path.write_bytes(OLD)
    monkeypatch.setattr(outputs.os, step, _fail_on(step))
    with pytest.raises(OutputError) as err:
        write_output(path, NEW, what="the JSON")
    message = str(err.value)
    assert message.startswith(f"cannot write the JSON {path}: No space left on device (the disk is full)")
    assert message.endswith("(the disk is full); the old file is unchanged") and "\n" not in message
    assert path.read_bytes() == OLD
    assert listing(tmp_path) == ["out.json"]


def test_a_cancel_before_the_rename_keeps_the_old_file_and_removes_the_temp_file(tmp_path):
    # The window's Cancel while the data is written: it said "cancelled", so nothing may change.
    from kompare.core.errors import Cancelled

    path = tmp_path / "out.json"
    path.write_bytes(OLD)
    with pytest.raises(Cancelled):
        write_output(path, NEW, should_cancel=lambda: True)
    assert path.read_bytes() == OLD and listing(tmp_path) == ["out.json"]
    write_output(path, NEW, should_cancel=lambda: False)
    assert path.read_bytes() == NEW


def test_a_short_write_is_continued_not_taken_for_success(tmp_path, monkeypatch):
    real_write = os.write
    monkeypatch.setattr(outputs.os, "write", lambda fd, data: real_write(fd, bytes(data[:7])))
    write_output(tmp_path / "out.json", NEW)
    assert (tmp_path / "out.json").read_bytes() == NEW


def test_an_interruption_mid_write_leaves_no_temp_file(tmp_path, monkeypatch):
    path = tmp_path / "out.json"
    path.write_bytes(OLD)

    def interrupted(fd, data):
        raise KeyboardInterrupt

    monkeypatch.setattr(outputs.os, "write", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_output(path, NEW)
    assert path.read_bytes() == OLD and listing(tmp_path) == ["out.json"]


def test_no_temp_file_can_be_made(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(outputs.tempfile, "mkstemp", refuse)
    with pytest.raises(OutputError, match=f"cannot write the file in folder {tmp_path}: Permission denied"):
        write_output(tmp_path / "out.json", NEW)


# -- names that are not files ---------------------------------------------------------------


@pytest.mark.parametrize("name,message", [
    ("", "no file name was given"),
    ("sub/", "'sub/' is not a file name"),
    ("sub", "is a folder; give a file name inside it"),
    ("missing/out.json", "folder {tmp}/missing does not exist"),
    ("plain/out.json", "{tmp}/plain is not a folder"),
])
def test_names_that_cannot_be_written(tmp_path, monkeypatch, name, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    (tmp_path / "plain").write_bytes(OLD)
    with pytest.raises(OutputError) as err:
        write_output(name, NEW)
    assert message.format(tmp=tmp_path) in str(err.value)
    assert listing(tmp_path) == ["plain", "sub"] and listing(tmp_path / "sub") == []


def test_read_only_file_is_refused_even_for_root(tmp_path):
    path = tmp_path / "report.html"
    path.write_bytes(OLD)
    path.chmod(0o444)
    with pytest.raises(OutputError, match="report.html is read-only; make it writable"):
        write_output(path, NEW)
    assert path.read_bytes() == OLD


def test_someone_elses_file_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "theirs.json"
    path.write_bytes(OLD)
    monkeypatch.setattr(outputs.os, "access", lambda *a, **k: False)  # as for a user other than root
    # Our own file that cannot be written is locked (chattr +i, a read-only mount), not someone else's.
    with pytest.raises(OutputError, match="theirs.json is locked against writing"):
        write_output(path, NEW)
    monkeypatch.setattr(outputs.os, "geteuid", lambda: os.stat(path).st_uid + 1, raising=False)
    with pytest.raises(OutputError, match="theirs.json is not yours to write"):
        write_output(path, NEW)
    assert path.read_bytes() == OLD


def test_socket_is_refused(tmp_path):
    path = tmp_path / "s"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(path))
        with pytest.raises(OutputError, match="is a socket, not a file"):
            write_output(path, NEW)
    assert stat.S_ISSOCK(path.stat().st_mode)


def test_block_device_is_refused_without_being_touched():
    disks = [p for p in Path("/dev").iterdir() if p.is_block_device()] if Path("/dev").is_dir() else []
    if not disks:
        pytest.skip("no block device here")
    with pytest.raises(OutputError, match="is a disk device, not a file"):
        check_output(disks[0])


# -- links, devices, pipes, descriptors -----------------------------------------------------


def test_symlink_is_written_through_and_kept(tmp_path):
    real = tmp_path / "real.json"
    real.write_bytes(OLD)
    link = tmp_path / "link.json"
    link.symlink_to("real.json")
    write_output(link, NEW)
    assert link.is_symlink() and os.readlink(link) == "real.json"
    assert real.read_bytes() == NEW
    assert listing(tmp_path) == ["link.json", "real.json"]


def test_dangling_symlink_creates_its_target(tmp_path):
    link = tmp_path / "link.json"
    link.symlink_to("later.json")
    write_output(link, NEW)
    assert link.is_symlink() and (tmp_path / "later.json").read_bytes() == NEW


def test_character_device_is_written_not_replaced():
    before = os.stat("/dev/null")
    assert check_output("/dev/null").kind is TargetKind.STREAM
    write_output("/dev/null", NEW)
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs Linux's /dev/full")
def test_full_device_is_an_error():
    with pytest.raises(OutputError, match="cannot write the file /dev/full: No space left on device"):
        write_output("/dev/full", NEW)


def test_pipe_nobody_reads_is_refused_at_once(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with pytest.raises(OutputError, match="is a pipe that no program is reading"):
        write_output(fifo, NEW)  # would block forever if it waited for a reader


def test_pipe_with_a_reader_gets_the_data(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    got = []
    ready = threading.Event()

    def read():
        fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
        ready.set()
        data = b""
        deadline = time.monotonic() + 10
        # Until the writer comes, a pipe reads as empty: keep reading until all has come.
        while len(data) < len(NEW) and time.monotonic() < deadline:
            try:
                data += os.read(fd, 65536) or b""
            except BlockingIOError:
                time.sleep(0.005)
            else:
                time.sleep(0.001)
        os.close(fd)
        got.append(data)

    reader = threading.Thread(target=read)
    reader.start()
    ready.wait(10)
    write_output(fifo, NEW)
    reader.join(10)
    assert got == [NEW] and stat.S_ISFIFO(fifo.stat().st_mode)


def test_descriptor_names_write_to_the_open_descriptor(tmp_path):
    r, w = os.pipe()
    try:
        write_output(f"/dev/fd/{w}", NEW[:100])
        assert os.read(r, 1000) == NEW[:100]
    finally:
        os.close(r)
        os.close(w)


def test_closed_descriptor_and_gone_reader():
    r, w = os.pipe()
    os.close(w)
    with pytest.raises(OutputError, match=f"cannot write the file to /dev/fd/{w}: it is closed"):
        write_output(f"/dev/fd/{w}", NEW)
    os.close(r)
    r, w = os.pipe()
    os.close(r)
    try:
        with pytest.raises(ReaderGone, match="the program reading it has closed it"):
            write_output(f"/dev/fd/{w}", NEW)
    finally:
        os.close(w)


def test_dash_is_standard_output(capfd):
    write_output("-", b"to stdout\n")
    assert capfd.readouterr().out == "to stdout\n"


# -- outputs that are inputs ----------------------------------------------------------------


def test_an_input_is_never_an_output(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    doc = tmp_path / "a.txt"
    doc.write_bytes(OLD)
    (tmp_path / "sym.txt").symlink_to("a.txt")
    os.link(doc, tmp_path / "hard.txt")
    for out, given in [("a.txt", "a.txt"), (doc, "a.txt"), ("sym.txt", "a.txt"), ("hard.txt", "a.txt"),
                       ("a.txt", "sym.txt"), ("./sub/../a.txt", str(doc))]:
        with pytest.raises(OutputError) as err:
            write_output(out, NEW, inputs=[tmp_path / "b.txt", given])
        assert f"is the same file as the input document {tmp_path / Path(given).name}; choose another name" in str(err.value)
    assert doc.read_bytes() == OLD
    # A copy with the same contents is another file.
    (tmp_path / "copy.txt").write_bytes(OLD)
    write_output("copy.txt", NEW, inputs=["a.txt"])
    assert doc.read_bytes() == OLD


def test_the_writer_does_not_import_the_engine():
    # The command line imports this module at start-up (usage errors, --help): the engine's
    # package (numpy, the link model) took a second to load.
    import subprocess
    import sys

    code = "import sys, kompare.outputs\nassert 'kompare.core' not in sys.modules, 'engine imported'\n"
    subprocess.run([sys.executable, "-c", code], check=True)
