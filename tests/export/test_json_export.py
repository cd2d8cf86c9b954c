"""JSON schema 2: shape, offsets, files, and the contract documented in docs/json-schema.md."""

import json
import os

from kompare import outputs
from kompare.core import Document, compare
from kompare.export.json_export import dumps, to_json_dict, write_json
from kompare.outputs import OutputError

import pytest

A = "Seoul will reconsider arms support to Ukraine. It rained all day in the capital city."
B = "Crowds gathered in the square. Seoul will not reconsider arms support to Ukraine."


def test_schema_shape_and_offsets():
    d = to_json_dict(compare(Document(A, path="a.txt", title="A"), Document(B, path="b.txt")))
    assert d["schema"] == 2 and isinstance(d["kompare"], str)
    for side in "ab":
        doc = d["documents"][side]
        assert set(doc) >= {"path", "title", "source", "date", "text", "sentences", "excluded"}
        for s in doc["sentences"]:
            assert doc["text"][s["start"]:s["end"]].strip() == doc["text"][s["start"]:s["end"]]
    (link,) = d["links"]
    assert link["a"] == [0] and link["b"] == [1]
    assert link["kind"] == "divergence"
    assert link["changes"][0]["type"] == "negation" and link["changes"][0]["b"] == "not"
    ops = {s["op"] for s in link["spans"]}
    assert ops <= {"equal", "replace", "delete", "insert"} and "insert" in ops
    assert d["unique"] == {"a": [1], "b": [0]}
    for side in "ab":
        shares = d["summary"][side]
        assert abs(shares["agreement"] + shares["divergence"] + shares["partial"] + shares["unique"] - 1) < 1e-3
    assert d["documents"]["a"]["sentences"][0] == {
        "id": 0, "start": 0, "end": A.index(".") + 1, "status": "divergence", "links": [0],
    }
    assert d["documents"]["b"]["sentences"][0]["status"] == "unique"
    assert d["summary"]["counts"] == {
        "agreements": 0, "divergences": 1, "partials": 0, "unique_a": 1, "unique_b": 1, "quote_matches": 0,
    }
    assert "quotes" in d and "quote_matches" in d


def test_text_round_trips_exactly():
    text = "Line one “quoted”.\r\nCafé — Korea’s 한국어 text.\n"
    d = json.loads(dumps(compare(Document(text), Document(text))))
    assert d["documents"]["a"]["text"] == text


def test_write_json_to_stdout(capsys):
    write_json(compare(Document(A), Document(B)), "-")
    assert json.loads(capsys.readouterr().out)["schema"] == 2


def test_write_json_is_atomic_and_keeps_a_good_file_on_failure(tmp_path, monkeypatch):
    out = tmp_path / "out.json"
    out.write_text("good")
    def boom(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(outputs.os, "replace", boom)
    with pytest.raises(OutputError, match="No space left"):
        write_json(compare(Document(A), Document(B)), out)
    assert out.read_text() == "good"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(OutputError, match="cannot write the JSON: folder .*nope does not exist"):
        write_json(compare(Document(A), Document(B)), tmp_path / "nope" / "out.json")


def test_a_compared_document_is_never_overwritten(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text(A)
    with pytest.raises(OutputError, match="is the same file as the input document"):
        write_json(compare(Document(A, path=str(doc)), Document(B)), doc)
    assert doc.read_text() == A


def test_file_name_that_is_not_utf8_stays_valid_json(tmp_path):
    name = os.fsdecode(b"caf\xe9 \xff.txt")  # what the OS gives for bytes that are not UTF-8
    out = tmp_path / "out.json"
    write_json(compare(Document(A, path=name, title=name), Document(B)), out)
    raw = out.read_bytes()
    raw.decode("utf-8")  # strict: valid UTF-8
    doc = json.loads(raw)["documents"]["a"]
    assert doc["path"] == "caf\\xe9 \\xff.txt"
    assert bytes.fromhex(doc["path_bytes"]) == b"caf\xe9 \xff.txt" == os.fsencode(name)
    assert doc["title"] == "caf\ufffd \ufffd.txt"
    assert "path_bytes" not in json.loads(raw)["documents"]["b"]


def test_lone_surrogate_in_text_keeps_every_offset():
    text = "Kim met Putin \ud800 in Pyongyang. They signed a treaty."
    d = json.loads(dumps(compare(Document(text), Document(text))).encode("utf-8"))
    got = d["documents"]["a"]["text"]
    assert got == text.replace("\ud800", "\ufffd") and len(got) == len(text)
