"""The ``kompare`` command: open the app, or write JSON / PDF / HTML without a window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from kompare import __version__

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2

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

Input: plain text or Markdown in any common encoding, saved web pages (.html),
WordPress REST API JSON. Exit status: 0 done, 2 bad input or unwritable output."""


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="kompare",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("a", nargs="?", metavar="A", help="first document (left)")
    p.add_argument("b", nargs="?", metavar="B", help="second document (right)")
    p.add_argument("--json", metavar="OUT", help="write the comparison as JSON to OUT ('-' for standard output)")
    p.add_argument("--pdf", metavar="OUT", help="write a PDF report to OUT")
    p.add_argument("--html", metavar="OUT", help="write an HTML report to OUT")
    p.add_argument("--page-size", choices=("A4", "Letter"), default="A4", help="paper size of the PDF report (default A4)")
    p.add_argument(
        "--sensitivity",
        type=_fraction,
        default=None,
        metavar="0..1",
        help="how readily passages are linked: higher finds looser paraphrases (default 0.5)",
    )
    p.add_argument("--version", action="version", version=f"kompare {__version__}")
    return p


def _fraction(value: str) -> float:
    try:
        f = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if not 0.0 <= f <= 1.0:
        raise argparse.ArgumentTypeError(f"{value} is outside 0..1")
    return f


def _error(message: str) -> int:
    print(f"kompare: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    exports = [x for x in (args.json, args.pdf, args.html) if x]
    if not exports:
        from kompare.gui.app import run

        return run([p for p in (args.a, args.b) if p])
    if args.a is None or args.b is None:
        return _error("an export (--json, --pdf, --html) needs two documents: kompare A B --json OUT")
    return _export(args)


def _export(args: argparse.Namespace) -> int:
    from kompare.core import CompareConfig, InputError, compare
    from kompare.core.ingest import load_source
    from kompare.export.atomic import WriteError
    from kompare.export.json_export import write_json

    config = CompareConfig() if args.sensitivity is None else CompareConfig(sensitivity=args.sensitivity)
    try:
        # A file path or an http(s):// address for each side.
        comparison = compare(load_source(args.a, config=config), load_source(args.b, config=config), config=config)
    except InputError as exc:
        return _error(str(exc))
    for doc in (comparison.a.document, comparison.b.document):
        for notice in doc.notices:
            print(f"kompare: note: {doc.path}: {notice}", file=sys.stderr)
    try:
        if args.json:
            write_json(comparison, args.json)
        for fmt, out in (("pdf", args.pdf), ("html", args.html)):
            if out:
                from kompare.report import ReportError, write_report

                try:
                    write_report(comparison, out, fmt=fmt, page_size=args.page_size)
                except ReportError as exc:
                    return _error(str(exc))
    except WriteError as exc:
        return _error(str(exc))
    except BrokenPipeError:
        return EXIT_OK  # `kompare A B --json - | head`: the reader left; nothing is wrong
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
