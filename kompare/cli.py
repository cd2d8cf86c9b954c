"""The ``kompare`` command: open the app, or write JSON / PDF / HTML without a window."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from kompare import __version__
from kompare import outputs as _outputs  # standard library only: cheap to import

#: The readers' folder (kompare.core.ingest), by path: importing it here would slow start-up.
_INGEST = os.path.join(os.path.dirname(os.path.abspath(__file__)), "core", "ingest") + os.sep

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2
# What a shell reports for a process ended by SIGPIPE: `kompare A B --json - | head`.
EXIT_READER_GONE = 128 + 13

_DESCRIPTION = """\
Put two documents side by side: what they agree on, where they tell the same
thing differently (numbers, dates, names, negations, quotes, speakers, hedges),
and what only one of them says.

With no export option, kompare opens its window (with A and B when given).
With --json, --pdf or --html it writes the comparison and opens no window."""

_EPILOG = """\
examples:
  kompare                                    open the window and choose two files
  kompare a.txt b.html                       compare two documents in the window
  kompare a.txt b.txt --json out.json        write the comparison as JSON (- for stdout)
  kompare a.txt b.txt --pdf report.pdf       write a PDF report (A4; --page-size Letter)

{inputs}
Exit status: 0 done, 2 bad input or unwritable output,
130 / 143 stopped by Ctrl+C / SIGTERM (nothing half-written is left behind)."""


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="kompare",
        description=_DESCRIPTION,
        epilog=_EPILOG.format(inputs=_inputs()),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("a", nargs="?", metavar="A", help="first document (left)")
    p.add_argument("b", nargs="?", metavar="B", help="second document (right)")
    p.add_argument("--json", metavar="OUT", action=_Once,
                   help="write the comparison as JSON to OUT ('-' for standard output)")
    p.add_argument("--pdf", metavar="OUT", action=_Once, help="write a PDF report to OUT ('-' for standard output)")
    p.add_argument("--html", metavar="OUT", action=_Once, help="write an HTML report to OUT ('-' for standard output)")
    p.add_argument("--page-size", choices=("A4", "Letter"), type=_page_size, default="A4",
                   help="paper size of the PDF report (default A4)")
    p.add_argument(
        "--sensitivity",
        type=_fraction,
        default=None,
        metavar="0..1",
        help="how readily passages are linked: higher finds looser paraphrases (default 0.5)",
    )
    p.add_argument("--version", action="version", version=f"kompare {__version__}")
    return p


def _inputs() -> str:
    """What kompare reads, as the help's epilog says it (the formats named in one place)."""
    import textwrap

    from kompare.core.formats import formats_in_words  # (no readers loaded: cheap)

    words = formats_in_words()
    return textwrap.fill(f"Input: {words[:1].lower() + words[1:]} files (text in any common encoding), "
                         "or an http(s):// address. A file whose name starts with '-': write it ./-name.", width=76)


class _Once(argparse.Action):
    """An output option given twice is a mistake (the first would be dropped without a word)."""

    def __call__(self, parser, namespace, values, option_string=None):
        if getattr(namespace, self.dest) is not None:
            parser.error(f"{option_string} is given twice: give each output once")
        setattr(namespace, self.dest, values)


def _page_size(value: str) -> str:
    """'a4', 'LETTER' and the like as the names the report knows."""
    return {"a4": "A4", "letter": "Letter"}.get(value.lower(), value)


def _foreign_suffix(flag: str, out: str) -> str:
    """The ending of ``out`` when it names another output's kind (a PDF named .html), else "".

    >>> _foreign_suffix("--pdf", "report.HTML"), _foreign_suffix("--pdf", "report"), _foreign_suffix("--json", "-")
    ('.HTML', '', '')
    """
    from kompare.report import EXTENSIONS  # (the report's own table of endings, and JSON's)

    suffix = os.path.splitext(out)[1]
    kind = {**EXTENSIONS, ".json": "json"}.get(suffix.lower())
    return suffix if kind is not None and kind != flag[2:] else ""


def _fraction(value: str) -> float:
    try:
        if "_" in value:  # ("0_1" is 1.0 to Python: a slip for 0.1 would set the loosest bar)
            raise ValueError(value)
        f = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if not 0.0 <= f <= 1.0:
        raise argparse.ArgumentTypeError(f"{value} is outside 0..1")
    return f


def _is_terminal(stream) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (ValueError, OSError):  # closed
        return False


def _say(line: str) -> None:
    """A line on standard error; none when it is closed (``2>&-``): ``print`` would then
    write it to standard output, into the JSON or PDF sent there."""
    if sys.stderr is not None:
        print(line, file=sys.stderr)


def _error(message: str) -> int:
    _say(f"kompare: error: {message}")
    return EXIT_USAGE


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # An empty name is still an export (not the window): it is refused below.
    outputs = [(flag, out) for flag, out in (("--json", args.json), ("--pdf", args.pdf), ("--html", args.html))
               if out is not None]
    if not outputs:
        from kompare.gui.app import run

        # Paths or web addresses: the window reads (or fetches) them on its worker thread.
        return run([p for p in (args.a, args.b) if p], sensitivity=args.sensitivity)
    for flag, out in outputs:
        if not out:
            return _error(f"{flag} needs a file name ('-' for standard output)")
    if args.a is None or args.b is None:
        return _error("an export (--json, --pdf, --html) needs two documents: kompare A B --json OUT")
    if args.pdf == "-" and _is_terminal(sys.stdout):
        return _error("a PDF is not shown in a terminal: send it to a file (--pdf report.pdf, "
                      "or --pdf - > report.pdf)")
    with _StopRequest.installed() as stop:
        try:
            return _export(args, outputs, stop)
        except _Stopped as stopped:
            return 128 + stopped.signum
        except KeyboardInterrupt:  # Ctrl+C where no handler of ours could be set
            return 128 + signal.SIGINT


class _Stopped(BaseException):
    """A signal stopped a write: kompare.outputs removed its temporary file on the way out."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


class _StopRequest:
    """SIGINT or SIGTERM during an export: stop cleanly, exit 128 + the signal (130, 143).

    The export stops at its next ``should_cancel`` check: an exception raised from a
    signal handler at an arbitrary point (an import, a Qt call, a ``__del__``) can be
    lost or leave Qt half torn down.  Only a write in progress is interrupted at once
    (a pipe nobody reads could block it for ever): kompare.outputs cleans up after any
    exception; and so is the reading of a document, which has no check of its own (pure
    Python, no file open for writing, no Qt).  A second signal ends kompare at once, as the
    signal would.
    """

    def __init__(self):
        self.signum = 0

    def should_cancel(self) -> bool:
        return self.signum != 0

    @property
    def status(self) -> int:
        return 128 + self.signum

    def __call__(self, signum: int, frame) -> None:
        if self.signum:
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        self.signum = signum
        while frame is not None:
            name = frame.f_code.co_filename
            if name == _outputs.__file__ or name.startswith(_INGEST):
                raise _Stopped(signum)
            frame = frame.f_back

    @classmethod
    @contextmanager
    def installed(cls) -> Iterator[_StopRequest | None]:
        """Handle SIGINT and SIGTERM while the export runs (only the main thread can)."""
        if threading.current_thread() is not threading.main_thread():
            yield None
            return
        stop = cls()
        # A signal ignored from the start (`nohup`, a background job) stays ignored.
        before = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)
                  if signal.getsignal(s) is not signal.SIG_IGN}
        try:
            yield stop
        finally:
            for s, handler in before.items():
                signal.signal(s, handler)


def _export(args: argparse.Namespace, outputs: list[tuple[str, str]], stop: _StopRequest | None) -> int:
    from kompare.core import CompareConfig, InputError, compare
    from kompare.core.ingest import load_source
    from kompare.core.errors import Cancelled
    from kompare.core.worker import prestart_for
    from kompare.outputs import OutputError, ReaderGone, TargetKind, check_output

    # Refuse a bad output before the slow comparison.
    seen: dict[object, str] = {}
    for flag, out in outputs:
        try:
            target = check_output(out, what=_WHAT[flag], inputs=(args.a, args.b))
        except OutputError as exc:
            return _error(str(exc))
        key = target.fd if target.kind is TargetKind.DESCRIPTOR else target.path
        if target.kind is not TargetKind.STREAM and key in seen:
            return _error(f"{seen[key]} and {flag} name the same output {target.shown}: give each its own")
        seen[key] = flag

    should_cancel = stop.should_cancel if stop is not None else None
    config = CompareConfig() if args.sensitivity is None else CompareConfig(sensitivity=args.sensitivity)
    # Two long files: the comparison's helper process starts while they are read.
    prestart_for((args.a, args.b), config)
    try:
        # A file path or an http(s):// address for each side.
        doc_a = load_source(args.a, config=config)
        doc_b = load_source(args.b, config=config)
        comparison = compare(doc_a, doc_b, config=config, should_cancel=should_cancel)
        for doc in (comparison.a.document, comparison.b.document):
            for notice in doc.notices:
                _say(f"kompare: note: {doc.path}: {notice}")
        from kompare.present.wording import same_text_note

        same = same_text_note(comparison)
        if same:
            _say(f"kompare: note: {same}")
        for flag, out in outputs:
            if should_cancel is not None and should_cancel():
                break
            if flag == "--json":
                from kompare.export.json_export import write_json

                write_json(comparison, out)
            else:
                from kompare.report import ReportError, write_report

                try:
                    write_report(comparison, out, fmt=flag[2:], page_size=args.page_size,
                                 should_cancel=should_cancel)
                except ReportError as exc:
                    return _error(str(exc))
            mismatch = _foreign_suffix(flag, out)
            if mismatch:
                _say(f"kompare: note: {out}: {flag[2:].upper()} written under a name that ends in {mismatch}: "
                     "other programs will take it for another kind of file")
    except InputError as exc:
        return _error(str(exc))
    except Cancelled:
        pass  # only a signal cancels: its status is returned below
    except ReaderGone:
        return EXIT_READER_GONE  # the reader left (`| head`): nothing to say
    except OutputError as exc:
        return _error(str(exc))
    return stop.status if stop is not None and stop.signum else EXIT_OK


_WHAT = {"--json": "the JSON", "--pdf": "the report", "--html": "the report"}


if __name__ == "__main__":
    sys.exit(main())
