"""Schema 2's contract: many-to-many links, statuses from links, settings, and the invariants
listed in docs/json-schema.md (offsets in bounds, status consistent with links, unique iff
no link, mirror symmetry, a document against itself only agrees)."""

import json
from datetime import datetime, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kompare.cli import main
from kompare.core import CompareConfig, Document, ReaderLinks, compare
from kompare.core.model import (
    Change, ChangeType, Comparison, Link, LinkKind, Op, SegmentedDocument, Sentence, Span, replace,
)
from kompare.export.json_export import dumps

WHEN = datetime(2026, 11, 29, tzinfo=timezone.utc)

# Sentences that share claims in several ways (the same, negated, hedged, a number changed,
# one carrying another plus more), so that generated pairs form every kind of link.
CLAIMS = [
    "Kim met Putin in Pyongyang on Wednesday.",
    "Putin and Kim signed a defence treaty in Pyongyang.",
    "Seoul will not reconsider arms support to Ukraine.",
    "Seoul will reconsider arms support to Ukraine, officials said.",
    "North Korea sent millions of artillery shells to Russia.",
    "North Korea reportedly sent 5 million shells to Russia on Thursday.",
    "The treaty was signed on Wednesday by Putin and Kim, who met in Pyongyang and discussed Ukraine.",
    "“Why would he not do it?” Putin asked.",
    "“Why would he not do that?” Putin asked.",
    "It rained all day in the capital.",
]
WORDS = ["Putin", "Kim", "treaty", "Seoul", "said", "the", "not", "2024", "“", "”", ".", "\n\n", "Mr."]
texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join),
    st.lists(st.sampled_from(CLAIMS), max_size=8).map(" ".join),
)
claims = st.lists(st.sampled_from(CLAIMS), min_size=1, max_size=6).map(" ".join)
# Half the pairs are two tellings of the news above, where every kind of link forms.
pairs = st.one_of(st.tuples(texts, texts), st.tuples(claims, claims))
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Which link kind decides a sentence's status when it is in several (first wins).
PRECEDENCE = ("divergence", "agreement", "partial")


def as_json(c: Comparison) -> dict:
    """What a reader of the file sees (through the real encoder, so it must be valid JSON)."""
    return json.loads(dumps(c, generated_at=WHEN))


def check_schema2(d: dict) -> None:
    """Every invariant docs/json-schema.md promises for one JSON comparison."""
    links = {l["id"]: l for l in d["links"]}
    assert [l["id"] for l in d["links"]] == list(range(len(links)))
    keys = [(l["a"], l["b"]) for l in d["links"]]
    assert keys == sorted(keys), "links are listed in A's order"
    assert len(set(map(str, keys))) == len(keys), "the same link twice"
    for side in "ab":
        other = "b" if side == "a" else "a"
        doc = d["documents"][side]
        n = len(doc["text"])
        sentences = doc["sentences"]
        assert [s["id"] for s in sentences] == list(range(len(sentences)))
        for s in sentences:
            assert 0 <= s["start"] < s["end"] <= n
            # A sentence lists exactly the links that hold it, and its status follows from them.
            assert s["links"] == sorted(l["id"] for l in d["links"] if s["id"] in l[side])
            kinds = {links[i]["kind"] for i in s["links"]}
            expected = next((k for k in PRECEDENCE if k in kinds), "unique")
            assert s["status"] == expected
        for start, end in doc["excluded"]:
            assert 0 <= start <= end <= n
        assert len(doc["excluded_reasons"]) == len(doc["excluded"])
        assert d["unique"][side] == [s["id"] for s in sentences if not s["links"]], "unique iff no link"
        for q in d["quotes"][side]:
            assert 0 <= q["start"] <= q["end"] <= n
            if q["speaker_range"]:
                assert 0 <= q["speaker_range"][0] <= q["speaker_range"][1] <= n
            assert q["speaker_kind"] in ("person", "body", "description")
            assert q["speaker_kind"] == "person" or q["speaker"] is not None, "no one is no kind of speaker"
            assert q["speaker_body"] is (q["speaker_kind"] == "body")
        for l in d["links"]:
            assert l[side] and all(0 <= i < len(sentences) for i in l[side])
            for span in l["spans"]:
                assert 0 <= span[side][0] <= span[side][1] <= n
            for ch in l["changes"]:
                if ch[f"{side}_range"]:
                    assert 0 <= ch[f"{side}_range"][0] <= ch[f"{side}_range"][1] <= n
        for m in d["quote_matches"]:
            assert 0 <= m[side] < len(d["quotes"][side]) and 0 <= m[other] < len(d["quotes"][other])
            for span in m["spans"]:
                assert 0 <= span[side][0] <= span[side][1] <= n
        shares = d["summary"][side]
        total = shares["agreement"] + shares["divergence"] + shares["partial"] + shares["unique"]
        assert abs(total - 1) < 1e-3 or (total == 0 and not sentences)
        per_status = d["summary"]["sentences"][side]
        for status in ("agreement", "divergence", "partial", "unique"):
            assert per_status[status] == sum(1 for s in sentences if s["status"] == status)
            assert (shares[status] > 0) == (per_status[status] > 0)
        assert d["summary"]["counts"][f"unique_{side}"] == len(d["unique"][side]) == per_status["unique"]
    for l in d["links"]:
        assert l["kind"] in PRECEDENCE
        assert (l["kind"] == "divergence") == bool(l["changes"]), "divergence iff a typed change"
        assert 0.0 <= l["similarity"] <= 1.0
        # A link reaches the bar the sensitivity set (a copy or a shared quotation: 1), unless
        # the reader made it by hand: then it holds a pair the reader added.
        pairs = {(i, j) for i in l["a"] for j in l["b"]}
        if l["by_reader"]:
            assert pairs & {tuple(p) for p in d["reader"]["added"]} and 0.0 <= l["confidence"] <= 1.0
        else:
            assert CompareConfig(sensitivity=d["settings"]["sensitivity"]).link_threshold() - 1e-6 <= l["confidence"] <= 1.0
        assert not pairs & {tuple(p) for p in d["reader"]["removed"]}, "a pair the reader removed never links"
        assert {s["op"] for s in l["spans"]} <= {"equal", "replace", "delete", "insert"}
    counts = d["summary"]["counts"]
    for kind in PRECEDENCE:
        assert counts[kind + "s"] == sum(1 for l in d["links"] if l["kind"] == kind)
    assert counts["quote_matches"] == len(d["quote_matches"])
    # Near misses: each holds a unique sentence and joins no two linked ones; listed once, in order.
    near = [(n["a"], n["b"]) for n in d["near"]]
    assert near == sorted(set(near))
    joined = {(i, j) for l in d["links"] for i in l["a"] for j in l["b"]}
    for n in d["near"]:
        assert n["a"] in d["unique"]["a"] or n["b"] in d["unique"]["b"]
        assert (n["a"], n["b"]) not in joined
        assert 0 <= n["a"] < len(d["documents"]["a"]["sentences"]) and 0 <= n["b"] < len(d["documents"]["b"]["sentences"])
        assert d["settings"]["sensitivity"] < 1 and 0.3 <= n["probability"] < 1


def mirror(d: dict) -> dict:
    """A JSON comparison as seen from B's side, computed from the JSON alone.

    Sides swap, inserts become deletes, and links are renumbered in the new A's order.
    """
    swap = {"a": "b", "b": "a"}
    flip_op = {"insert": "delete", "delete": "insert"}

    def spans(ss):
        return [{"op": flip_op.get(s["op"], s["op"]), "a": s["b"], "b": s["a"]} for s in ss]

    flipped = sorted(
        (
            {
                "id": l["id"],
                "a": l["b"],
                "b": l["a"],
                "kind": l["kind"],
                "similarity": l["similarity"],
                "confidence": l["confidence"],
                "by_reader": l["by_reader"],
                "spans": spans(l["spans"]),
                "changes": [
                    {"type": c["type"], "a": c["b"], "b": c["a"], "a_range": c["b_range"], "b_range": c["a_range"]}
                    for c in l["changes"]
                ],
            }
            for l in d["links"]
        ),
        key=lambda l: (l["a"], l["b"]),
    )
    new_id = {l["id"]: n for n, l in enumerate(flipped)}
    links = [{**l, "id": new_id[l["id"]]} for l in flipped]
    documents = {
        side: {
            **d["documents"][swap[side]],
            "sentences": [
                {**s, "links": sorted(new_id[i] for i in s["links"])} for s in d["documents"][swap[side]]["sentences"]
            ],
        }
        for side in "ab"
    }
    counts = d["summary"]["counts"]
    return {
        **d,
        "documents": documents,
        "links": links,
        "unique": {side: d["unique"][swap[side]] for side in "ab"},
        "quotes": {side: d["quotes"][swap[side]] for side in "ab"},
        "quote_matches": [
            {"a": m["b"], "b": m["a"], "kind": m["kind"], "speaker_match": m["speaker_match"], "spans": spans(m["spans"])}
            for m in d["quote_matches"]
        ],
        "near": sorted(({"a": n["b"], "b": n["a"], "probability": n["probability"]} for n in d["near"]),
                       key=lambda n: (n["a"], n["b"])),
        "reader": {key: sorted([j, i] for i, j in pairs) for key, pairs in d["reader"].items()},
        "summary": {
            "a": d["summary"]["b"],
            "b": d["summary"]["a"],
            "counts": {**counts, "unique_a": counts["unique_b"], "unique_b": counts["unique_a"]},
            "sentences": {"a": d["summary"]["sentences"]["b"], "b": d["summary"]["sentences"]["a"]},
        },
    }


# A hand-made comparison: B's sentence 0 is in three links (the claim told three times in
# A), so each status rule shows: agreement over partial, divergence over both.
TEXT_A = "Kim met Putin. Kim met Putin, and they signed a treaty. Kim met Putin on Friday."
TEXT_B = "Kim met Putin on Thursday. It rained."


def _sentences(text: str) -> tuple[Sentence, ...]:
    out, start = [], 0
    for n, part in enumerate(text.split(". ")):
        end = start + len(part) + (0 if part.endswith(".") else 1)
        out.append(Sentence(n, start, end))
        start = end + 1
    return tuple(out)


def many_to_many(links: tuple[Link, ...]) -> Comparison:
    a = SegmentedDocument(Document(TEXT_A, path="a.txt"), _sentences(TEXT_A), ())
    b = SegmentedDocument(Document(TEXT_B, path="b.txt"), _sentences(TEXT_B), ())
    linked_a = {i for l in links for i in l.a}
    linked_b = {j for l in links for j in l.b}
    return Comparison(
        a, b, links,
        tuple(s.id for s in a.sentences if s.id not in linked_a),
        tuple(s.id for s in b.sentences if s.id not in linked_b),
        sensitivity=0.7,
    )


AGREE = Link(0, (0,), (0,), LinkKind.AGREEMENT, 0.75, (Span(Op.EQUAL, (0, 14), (0, 13)),))
PART = Link(1, (1,), (0,), LinkKind.PARTIAL, 0.4)
DIVERGE = Link(2, (2,), (0,), LinkKind.DIVERGENCE, 0.8, (), (Change(ChangeType.DATE, "Friday", "Thursday"),))


def test_a_sentence_in_several_links_lists_them_all_and_the_agreement_decides():
    d = as_json(many_to_many((AGREE, PART)))
    check_schema2(d)
    b0, b1 = d["documents"]["b"]["sentences"]
    assert b0["links"] == [0, 1] and b0["status"] == "agreement"
    assert b1 == {"id": 1, "start": 27, "end": 37, "status": "unique", "links": []}
    assert [s["status"] for s in d["documents"]["a"]["sentences"]] == ["agreement", "partial", "unique"]
    assert d["unique"] == {"a": [2], "b": [1]}
    assert d["summary"]["counts"]["agreements"] == 1 and d["summary"]["counts"]["partials"] == 1
    assert d["summary"]["sentences"]["b"] == {"agreement": 1, "divergence": 0, "partial": 0, "unique": 1}
    assert d["summary"]["a"]["partial"] > 0 and d["summary"]["b"]["partial"] == 0


def test_a_divergence_in_any_link_decides_the_status():
    d = as_json(many_to_many((AGREE, PART, DIVERGE)))
    check_schema2(d)
    assert d["documents"]["b"]["sentences"][0] == {"id": 0, "start": 0, "end": 26, "status": "divergence",
                                                   "links": [0, 1, 2]}
    assert [l["kind"] for l in d["links"]] == ["agreement", "partial", "divergence"]
    assert d["links"][2]["changes"] == [{"type": "date", "a": "Friday", "b": "Thursday", "a_range": None,
                                         "b_range": None}]
    assert d["summary"]["counts"] == {"agreements": 1, "divergences": 1, "partials": 1, "unique_a": 0,
                                      "unique_b": 1, "quote_matches": 0}
    assert d["unique"]["a"] == []


def test_a_partial_link_alone_makes_a_partial_sentence():
    d = as_json(many_to_many((replace(PART, id=0),)))
    check_schema2(d)
    assert d["documents"]["b"]["sentences"][0]["status"] == "partial"
    assert d["summary"]["sentences"]["a"] == {"agreement": 0, "divergence": 0, "partial": 1, "unique": 2}


def test_the_sensitivity_used_is_recorded():
    assert as_json(many_to_many((AGREE,)))["settings"] == {"sensitivity": 0.7, "paraphrase_encoder": False}
    c = compare(Document(CLAIMS[2]), Document(CLAIMS[3]), config=CompareConfig(sensitivity=0.9))
    assert as_json(c)["settings"]["sensitivity"] == 0.9
    assert as_json(compare(Document(CLAIMS[2]), Document(CLAIMS[3])))["settings"]["sensitivity"] == 0.5
    # The encoder runs where it is installed (it is a dependency); the JSON says so.
    from kompare.core.encoder import load_encoder

    ran = as_json(compare(Document(CLAIMS[2]), Document(CLAIMS[3])))["settings"]["paraphrase_encoder"]
    assert ran is (load_encoder() is not None)


def test_the_engine_marks_a_negated_claim_divergent_in_the_json():
    d = as_json(compare(Document(CLAIMS[2] + " " + CLAIMS[9]), Document(CLAIMS[3])))
    check_schema2(d)
    assert [(l["a"], l["b"], l["kind"]) for l in d["links"]] == [([0], [0], "divergence")]
    assert [s["status"] for s in d["documents"]["a"]["sentences"]] == ["divergence", "unique"]


def test_each_speaker_says_what_kind_it_is():
    a = ("“We will reconsider the issue of arms support,” a high-level ROK government official said. "
         "South Korea stated it would “reconsider the issue of arms support to Ukraine”.")
    b = "“We will reconsider the issue of arms support,” Chang Ho-jin said."
    d = as_json(compare(Document(a), Document(b)))
    check_schema2(d)
    assert [(q["speaker"], q["speaker_kind"], q["speaker_body"]) for q in d["quotes"]["a"]] == [
        ("a high-level ROK government official", "description", False), ("South Korea", "body", True)]
    assert [(q["speaker"], q["speaker_kind"]) for q in d["quotes"]["b"]] == [("Chang Ho-jin", "person")]


def test_the_command_line_writes_this_module_s_json(tmp_path, seeds):
    out = tmp_path / "c.json"
    assert main([str(seeds("001")), str(seeds("003")), "--json", str(out), "--sensitivity", "0.6"]) == 0
    d = json.loads(out.read_text(encoding="utf-8"))
    assert d["schema"] == 2 and d["settings"]["sensitivity"] == 0.6
    check_schema2(d)
    assert all({"status", "links"} <= set(s) for s in d["documents"]["a"]["sentences"])


def test_seed_pairs_keep_the_contract(seeds):
    for x, y in (("001", "003"), ("002", "004")):
        a = Document(seeds(x).read_text(encoding="utf-8"), path=x)
        b = Document(seeds(y).read_text(encoding="utf-8"), path=y)
        ab, ba = as_json(compare(a, b)), as_json(compare(b, a))
        check_schema2(ab)
        assert mirror(ab) == ba


@SETTINGS
@given(pairs)
def test_any_comparison_keeps_the_contract(pair):
    a, b = pair
    check_schema2(as_json(compare(Document(a), Document(b))))


@SETTINGS
@given(pairs)
def test_comparing_b_with_a_gives_the_mirrored_json(pair):
    a, b = pair
    ab = as_json(compare(Document(a, path="a"), Document(b, path="b")))
    ba = as_json(compare(Document(b, path="b"), Document(a, path="a")))
    assert mirror(ab) == ba
    assert mirror(ba) == ab


# Sentence pairs a reader links or removes by hand (ids past a document's end are ignored).
reader_pairs = st.frozensets(st.tuples(st.integers(0, 7), st.integers(0, 7)), max_size=4)


@SETTINGS
@given(pairs, reader_pairs, reader_pairs)
def test_a_reader_s_links_and_removals_keep_the_contract_and_the_mirror(pair, added, removed):
    a, b = Document(pair[0], path="a"), Document(pair[1], path="b")
    reader = ReaderLinks().remove(removed).add(added)
    ab = as_json(compare(a, b, reader=reader))
    check_schema2(ab)
    assert mirror(ab) == as_json(compare(b, a, reader=reader.mirrored()))
    # Every pair the reader added that both documents have is linked (by the reader's hand
    # where the engine would not link it: as it does without them).
    sizes = [len(ab["documents"][side]["sentences"]) for side in "ab"]
    joined = {(i, j) for l in ab["links"] for i in l["a"] for j in l["b"]}
    assert {(i, j) for i, j in added if i < sizes[0] and j < sizes[1]} <= joined


@SETTINGS
@given(texts)
def test_a_document_against_itself_gives_only_agreements(a):
    d = as_json(compare(Document(a), Document(a)))
    check_schema2(d)
    assert all(l["kind"] == "agreement" and not l["changes"] and l["confidence"] == 1.0 for l in d["links"])
    assert d["unique"] == {"a": [], "b": []}
    for side in "ab":
        assert all(s["status"] == "agreement" for s in d["documents"][side]["sentences"])
        assert d["summary"][side]["divergence"] == d["summary"][side]["partial"] == d["summary"][side]["unique"] == 0
        if d["documents"][side]["sentences"]:
            assert d["summary"][side]["agreement"] == 1
