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
from kompare.core import collector
from kompare.core.errors import ShouldCancel
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


def _statuses(c: Comparison, side: Side) -> list[str]:
    """Each sentence's status value, in order (the sentences' list and the summary both need them)."""
    return [c.status(side, s.id).value for s in c.doc(side).sentences]


def _document(c: Comparison, side: Side, statuses: list[str]) -> dict:
    seg = c.doc(side)
    d = seg.document
    links_of = c.links_of
    return {
        **path_fields(d.path),
        "title": d.title,
        "source": d.source,
        "date": d.date,
        "format": d.format,
        "notices": list(d.notices),
        "text": d.text,
        "sentences": [
            {"id": s.id, "start": s.start, "end": s.end, "status": status, "links": [l.id for l in links_of(side, s.id)]}
            for s, status in zip(seg.sentences, statuses)
        ],
        "excluded": [[e.start, e.end] for e in seg.excluded],
        "excluded_reasons": [e.reason.value for e in seg.excluded],
    }


def _summary(c: Comparison, statuses: dict[Side, list[str]]) -> dict:
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
        for status in statuses[side]:
            per_status[status] += 1
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
    statuses = {side: _statuses(c, side) for side in Side}
    return {
        "schema": SCHEMA,
        "kompare": __version__,
        "generated": (generated_at or datetime.now(timezone.utc)).isoformat(timespec="seconds"),
        "settings": {"sensitivity": c.sensitivity, "paraphrase_encoder": c.paraphrase},
        "documents": {side.value: _document(c, side, statuses[side]) for side in Side},
        "links": [
            {
                "id": l.id,
                "a": list(l.a),
                "b": list(l.b),
                "kind": l.kind.value,
                "similarity": l.similarity,
                "confidence": l.confidence,
                "by_reader": l.by_reader,
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
                    "speaker_kind": q.speaker_kind.value,
                    "speaker_body": q.speaker_body,
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
        "near": [{"a": n.a, "b": n.b, "probability": n.probability} for n in c.near],
        "reader": c.reader.to_json(),
        "summary": _summary(c, statuses),
    }


def dumps(c: Comparison, *, generated_at: datetime | None = None) -> str:
    """The JSON text: encodes to valid UTF-8, non-ASCII kept readable.

    Objects are spread over lines down to the lists; each item of a list of objects or
    lists (a sentence, a link, a quotation) is one line. Any other lone surrogate (in a
    title made from a file name, in text read from a JSON file) becomes U+FFFD, one code
    point for one, so no offset moves.

    >>> from kompare.core import Document, compare
    >>> for line in dumps(compare(Document("Kim met Putin."), Document("Kim met Putin."))).splitlines()[17:20]:
    ...     print(line)
       "sentences": [
        {"id": 0, "start": 0, "end": 14, "status": "agreement", "links": [0]}
       ],
    """
    return "".join(_parts(c, generated_at))


def write_json(c: Comparison, path: str | os.PathLike, *, should_cancel: ShouldCancel | None = None) -> None:
    """Write to ``path`` (see :mod:`kompare.outputs`; ``-`` is standard output).

    Raises :class:`kompare.outputs.OutputError`, also when ``path`` is one of the
    compared documents; :class:`Cancelled`, the file unchanged, when ``should_cancel()``
    turns true before it is replaced.
    """
    # Encoded piece by piece: the text of two long documents as one string, then its
    # UTF-8, took a few copies of 100 MB (a string holding one character past U+00FF
    # takes 4 bytes a character).
    data = b"".join(part.encode("utf-8") for part in _parts(c, None)) + b"\n"
    write_output(path, data, what="the JSON", inputs=(c.a.document.path, c.b.document.path),
                 should_cancel=should_cancel)


def _parts(c: Comparison, generated_at: datetime | None) -> list[str]:
    """:func:`to_json_dict` laid out as :func:`dumps` says, in pieces without lone surrogates."""
    parts: list[str] = []
    with collector.paused():  # the JSON of two long texts is millions of small objects (core/collector.py)
        _lay_out(to_json_dict(c, generated_at=generated_at), "", parts)
    return [without_surrogates(p) for p in parts]


#: One JSON value on one line, by the standard library's C encoder (the indenting one is
#: Python code: 1.2 s against 0.2 s for the 24 MB of JSON of two 1.5 MB texts).
_one_line = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode


def _lay_out(value, pad: str, parts: list[str]) -> None:
    """Append ``value`` as JSON to ``parts``: an object a member a line (at ``pad`` plus one
    space), a list of objects or lists an item a line, anything else on one line."""
    inner = pad + " "
    if isinstance(value, dict) and value:
        parts.append("{\n")
        for n, (key, item) in enumerate(value.items()):
            parts.append(f",\n{inner}" if n else inner)
            parts.append(_one_line(key) + ": ")
            _lay_out(item, inner, parts)
        parts.append(f"\n{pad}}}")
    elif isinstance(value, list) and value and isinstance(value[0], (dict, list)):
        parts.append("[\n" + inner)
        parts.append(f",\n{inner}".join(map(_one_line, value)))
        parts.append(f"\n{pad}]")
    else:
        parts.append(_one_line(value))
