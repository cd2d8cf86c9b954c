"""kompare's comparison engine: pure Python, no Qt.

ingest -> segment -> align -> diff/classify -> :class:`Comparison`.
"""

from kompare.core.config import CompareConfig
from kompare.core.errors import Cancelled, InputError
from kompare.core.model import (
    Change, ChangeType, Comparison, Document, Excluded, ExclusionReason, Link, LinkKind, Op,
    Quote, QuoteMatch, QuoteMatchKind, ReaderLinks, SegmentedDocument, Sentence, Shares, Side, Span, SpeakerKind,
    Status,
)

__all__ = [
    "CompareConfig", "Cancelled", "InputError", "Change", "ChangeType", "Comparison", "Document",
    "Excluded", "ExclusionReason", "Link", "LinkKind", "Op", "Quote", "QuoteMatch",
    "QuoteMatchKind", "ReaderLinks", "SegmentedDocument", "Sentence", "Shares", "Side", "Span", "SpeakerKind", "Status",
    "compare", "compare_files", "load_document",
]


from kompare.core.pipeline import compare, compare_files


def __getattr__(name):
    # Lazy: reading HTML pulls in trafilatura and lxml, which the engine alone does not need.
    if name == "load_document":
        from kompare.core.ingest import load_document

        return load_document
    raise AttributeError(name)
