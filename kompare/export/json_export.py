"""The comparison as JSON, schema 2 (documented in docs/json-schema.md).

Links relate groups of sentences, many to many; each sentence carries its status
(derived from its links, see :meth:`kompare.core.model.Comparison.status`) and the
ids of the links that hold it.

>>> from kompare.core import Document, compare
>>> d = to_json_dict(compare(Document("Kim met Putin in Pyongyang."), Document("Kim met Putin in Pyongyang.")))
>>> d["schema"], d["settings"]["sensitivity"], d["links"][0]["kind"]
(2, 0.5, 'agreement')
>>> d["documents"]["a"]["sentences"]
[{'id': 0, 'start': 0, 'end': 27, 'status': 'agreement', 'links': [0]}]
"""

from __future__ import annotations

import json
import os
from datetime import datetime, timezone

from kompare import __version__
from kompare.core.model import Comparison, LinkKind, Side, Span, Status
from kompare.outputs import without_surrogates, write_output

SCHEMA = 2


def path_fields(path: str) -> dict:
    r"""``path`` as JSON can carry it: readable, plus the exact bytes when it is not UTF-8.

    Bytes that are not UTF-8 (which ``os.fsdecode`` turns into lone surrogates) are
    shown as ``\xNN`` in ``path``; ``path_bytes`` then holds the name's bytes in hex.

    >>> path_fields("café.txt")
    {'path': 'café.txt'}
    >>> path_fields("caf\udce9.txt")
    {'path': 'caf\\xe9.txt', 'path_bytes': '636166e92e747874'}
    """
    if without_surrogates(path) == path:
        return {"path": path}
    try:
        raw = path.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate os.fsdecode would not make: keep it as is
        raw = path.encode("utf-8", "surrogatepass")
    return {"path": raw.decode("utf-8", "backslashreplace"), "path_bytes": raw.hex()}


def _spans(spans: tuple[Span, ...]) -> list[dict]:
    return [{"op": s.op.value, "a": list(s.a), "b": list(s.b)} for s in spans]


def _document(c: Comparison, side: Side) -> dict:
    seg = c.doc(side)
    d = seg.document
    return {
        **path_fields(d.path),
        "title": d.title,
        "source": d.source,
        "date": d.date,
        "format": d.format,
        "notices": list(d.notices),
        "text": d.text,
        "sentences": [
            {
                "id": s.id,
                "start": s.start,
                "end": s.end,
                "status": c.status(side, s.id).value,
                "links": [l.id for l in c.links_of(side, s.id)],
            }
            for s in seg.sentences
        ],
        "excluded": [[e.start, e.end] for e in seg.excluded],
        "excluded_reasons": [e.reason.value for e in seg.excluded],
    }


def _summary(c: Comparison) -> dict:
    shares = {}
    sentences = {}
    for side in Side:
        s = c.shares(side)
        shares[side.value] = {
            "agreement": round(s.agreement, 4),
            "divergence": round(s.divergence, 4),
            "unique": round(s.unique, 4),
            "partial": round(s.partial, 4),
        }
        per_status = {st.value: 0 for st in (Status.AGREEMENT, Status.DIVERGENCE, Status.PARTIAL, Status.UNIQUE)}
        for sentence in c.doc(side).sentences:
            per_status[c.status(side, sentence.id).value] += 1
        sentences[side.value] = per_status
    links_of_kind = {kind: sum(1 for l in c.links if l.kind is kind) for kind in LinkKind}
    return {
        **shares,
        "counts": {
            "agreements": links_of_kind[LinkKind.AGREEMENT],
            "divergences": links_of_kind[LinkKind.DIVERGENCE],
            "partials": links_of_kind[LinkKind.PARTIAL],
            "unique_a": len(c.unique_a),
            "unique_b": len(c.unique_b),
            "quote_matches": len(c.quote_matches),
        },
        "sentences": sentences,
    }


def to_json_dict(c: Comparison, *, generated_at: datetime | None = None) -> dict:
    """Plain dicts and lists, ready for ``json.dumps``."""
    return {
        "schema": SCHEMA,
        "kompare": __version__,
        "generated": (generated_at or datetime.now(timezone.utc)).isoformat(timespec="seconds"),
        # Whether the paraphrase encoder ran is not recorded by the Comparison yet.
        "settings": {"sensitivity": c.sensitivity, "paraphrase_encoder": c.paraphrase},
        "documents": {side.value: _document(c, side) for side in Side},
        "links": [
            {
                "id": l.id,
                "a": list(l.a),
                "b": list(l.b),
                "kind": l.kind.value,
                "similarity": l.similarity,
                "spans": _spans(l.spans),
                "changes": [
                    {
                        "type": ch.type.value,
                        "a": ch.a,
                        "b": ch.b,
                        "a_range": list(ch.a_range) if ch.a_range else None,
                        "b_range": list(ch.b_range) if ch.b_range else None,
                    }
                    for ch in l.changes
                ],
            }
            for l in c.links
        ],
        "unique": {"a": list(c.unique_a), "b": list(c.unique_b)},
        "quotes": {
            side.value: [
                {
                    "id": q.id,
                    "start": q.start,
                    "end": q.end,
                    "speaker": q.speaker,
                    "cue": q.cue,
                    "short": q.short,
                    "speaker_range": list(q.speaker_range) if q.speaker_range else None,
                }
                for q in c.quotes(side)
            ]
            for side in Side
        },
        "quote_matches": [
            {
                "a": m.a,
                "b": m.b,
                "kind": m.kind.value,
                "speaker_match": m.speaker_match,
                "spans": _spans(m.spans),
            }
            for m in c.quote_matches
        ],
        "summary": _summary(c),
    }


def dumps(c: Comparison, *, generated_at: datetime | None = None) -> str:
    """The JSON text: encodes to valid UTF-8, non-ASCII kept readable.

    Any other lone surrogate (in a title made from a file name, in text read from a
    JSON file) becomes U+FFFD, one code point for one, so no offset moves.
    """
    text = json.dumps(to_json_dict(c, generated_at=generated_at), ensure_ascii=False, indent=1)
    return without_surrogates(text)


def write_json(c: Comparison, path: str | os.PathLike) -> None:
    """Write to ``path`` (see :mod:`kompare.outputs`; ``-`` is standard output).

    Raises :class:`kompare.outputs.OutputError`, also when ``path`` is one of the
    compared documents.
    """
    data = (dumps(c) + "\n").encode("utf-8")
    write_output(path, data, what="the JSON", inputs=(c.a.document.path, c.b.document.path))
