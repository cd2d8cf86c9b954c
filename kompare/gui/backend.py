"""The GUI's doors into the core: loading, comparing, exporting (run on worker threads)."""

from __future__ import annotations

from kompare.core import collector
from kompare.core.config import CompareConfig
from kompare.core.model import Comparison, Document, ReaderLinks
from kompare.gui.marks import Marks


def load_document(source: str, config: CompareConfig | None = None, should_cancel=None) -> Document:
    """Read one file, or fetch one web address; raises InputError with a reason a user can act on."""
    from kompare.core.ingest import load_source

    with collector.paused():  # a long file's lines are tens of thousands of objects
        return load_source(source, config=config or CompareConfig(), should_cancel=should_cancel)


def compare(a: Document, b: Document, *, config: CompareConfig, progress, should_cancel,
            reader: ReaderLinks | None = None) -> Comparison:
    from kompare.core import compare as run

    return run(a, b, config=config, progress=progress, should_cancel=should_cancel, reader=reader)


def prepare(comparison: Comparison) -> Marks:
    """Everything the views need, built off the GUI thread."""
    with collector.paused():  # a long pair's view is a million objects too (core/collector.py)
        return _prepare(comparison)


def _prepare(comparison: Comparison) -> Marks:
    from kompare.gui.quotes_panel import quote_items
    from kompare.gui.scroll_sync import OffsetMapping

    marks = Marks(comparison)
    marks.precompute()
    marks.prepared["offset_mapping"] = OffsetMapping(marks)
    marks.prepared["quote_items"] = quote_items(marks)
    return marks


def write_json(comparison: Comparison, path: str, should_cancel=None) -> None:
    from kompare.export.json_export import write_json as write

    write(comparison, path, should_cancel=should_cancel)


def write_report(comparison: Comparison, path: str, *, fmt: str, page_size: str, progress,
                 should_cancel) -> None:
    from kompare.report import write_report as write

    write(comparison, path, fmt=fmt, page_size=page_size, progress=progress,
          should_cancel=should_cancel)
