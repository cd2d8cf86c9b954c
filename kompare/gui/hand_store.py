"""Links made by hand, kept between sessions for the same two texts (no widgets).

A reader who set links right by hand and opens the same two documents again finds the
decisions again. They are stored in ``hand_links.json`` beside the settings, under the two
texts' SHA-256 digests, so a text that changed by one character (whose sentences may be
numbered anew) gets none; and with the kompare version that numbered the sentences, since
another version may split them otherwise. The file is written atomically and holds the
pairs of documents decided on most recently only; a damaged file is ignored, never fatal.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone
from pathlib import Path

from kompare import __version__
from kompare.core.model import ReaderLinks
from kompare.outputs import OutputError, write_output

FILE_NAME = "hand_links.json"
#: How many pairs of documents the file remembers (those decided on most recently).
KEPT_PAIRS = 200


def digest(text: str) -> str:
    """The SHA-256 of a text's UTF-8 form (a lone surrogate as '?'), in hex.

    >>> digest("Kim met Putin.")[:12]
    'd6c883c261c9'
    """
    return hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()


class HandStore:
    """Reads and writes the decisions of each pair of texts; never raises on a bad file.

    >>> import shutil, tempfile
    >>> folder = tempfile.mkdtemp()
    >>> store = HandStore(folder)
    >>> store.save("A text.", "B text.", ReaderLinks().add({(0, 1)}))
    >>> store.load("A text.", "B text."), store.load("B text.", "A text.").added
    (ReaderLinks(added=frozenset({(0, 1)}), removed=frozenset()), frozenset({(1, 0)}))
    >>> store.load("A text!", "B text.")
    ReaderLinks(added=frozenset(), removed=frozenset())
    >>> shutil.rmtree(folder)
    """

    def __init__(self, directory: Path | str):
        self.path = Path(directory) / FILE_NAME

    @staticmethod
    def _key(text_a: str, text_b: str) -> tuple[str, bool]:
        """The pair's key, the same whichever text is A, and whether A's digest comes second."""
        da, db = digest(text_a), digest(text_b)
        return (f"{da}:{db}", False) if da <= db else (f"{db}:{da}", True)

    def _read(self) -> dict:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            return {}
        pairs = data.get("pairs") if isinstance(data, dict) else None
        return pairs if isinstance(pairs, dict) else {}

    def load(self, text_a: str, text_b: str) -> ReaderLinks:
        """The decisions stored for these two texts (none when absent, of another version, or unreadable)."""
        key, flipped = self._key(text_a, text_b)
        entry = self._read().get(key)
        if not isinstance(entry, dict) or entry.get("kompare") != __version__:
            return ReaderLinks()
        try:
            reader = ReaderLinks.from_json(entry)
        except (TypeError, ValueError):
            return ReaderLinks()
        return reader.mirrored() if flipped else reader

    def save(self, text_a: str, text_b: str, reader: ReaderLinks) -> str | None:
        """Store the decisions for these two texts (none: forget them); an error message instead of raising."""
        key, flipped = self._key(text_a, text_b)
        reader = reader.mirrored() if flipped else reader
        pairs = self._read()
        pairs.pop(key, None)
        if reader:
            pairs[key] = {
                "kompare": __version__,
                "used": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                **reader.to_json(),
            }
        # (Oldest first, in the order saved: a pair saved again moves to the end, the oldest fall out.)
        kept = dict(list(pairs.items())[-KEPT_PAIRS:])
        data = json.dumps({"pairs": kept}, indent=1).encode("utf-8")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_output(self.path, data, what="the links made by hand")
        except (OSError, OutputError) as exc:
            return f"Could not save the links made by hand to {self.path}: {exc}"
        return None
