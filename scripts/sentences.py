"""Print a document's sentences as kompare segments them, numbered: what a label's prefix names.

Run: .venv/bin/python scripts/sentences.py FILE   (see tests/fixtures/triplet_labels/GUIDE.md)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kompare.core.errors import InputError  # noqa: E402
from kompare.core.ingest import load_document  # noqa: E402
from kompare.core.segment import segment  # noqa: E402


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: sentences.py FILE", file=sys.stderr)
        return 2
    try:
        seg = segment(load_document(argv[0]))
    except InputError as e:
        print(f"sentences.py: {argv[0]}: {e.reason}", file=sys.stderr)
        return 1
    for s in seg.sentences:
        print(f"[{s.id}] {seg.sentence_text(s.id)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
