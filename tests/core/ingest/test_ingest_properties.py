"""Properties that must hold for any input."""

from __future__ import annotations


from hypothesis import HealthCheck, given, settings, strategies as st

from kompare.core.errors import InputError
from kompare.core.ingest import document_from_text, load_document
from kompare.core.ingest.jsonscan import scan
from kompare.core.ingest.markup import fragment_paragraphs

from .conftest import seed_path

FURNITURE_WORDS = ["Advertisement", "Read More", "5", "|", "Photo: AFP", "Published", "on", "World",
                   "Leave a Reply", "© 2024 X. All rights reserved.", "Kim meets Putin in Pyongyang"]
lines = st.one_of(st.sampled_from(FURNITURE_WORDS), st.text(max_size=80))
texts = st.lists(lines, max_size=25).map("\n".join)


def check_ranges(doc) -> None:
    previous_end = 0
    for e in doc.excluded:
        assert 0 <= e.start < e.end <= len(doc.text)
        assert e.start >= previous_end  # sorted and disjoint
        previous_end = e.end


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".html", ".json", ".md"]))
def test_arbitrary_bytes_raise_only_input_error(tmp_path, data, suffix):
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    try:
        doc = load_document(path)
    except InputError as error:
        assert error.reason and str(path) in str(error)
    else:
        assert doc.text.strip()
        check_ranges(doc)


@settings(max_examples=300, deadline=None)
@given(text=texts)
def test_excluded_ranges_are_in_bounds_sorted_and_disjoint(text):
    doc = document_from_text(text)
    check_ranges(doc)
    assert doc.text == text.replace("\r\n", "\n").replace("\r", "\n")


@settings(max_examples=200, deadline=None)
@given(prefix=st.sampled_from(["{", "[", '{"content": {"rendered": "']), text=st.text(max_size=200))
def test_json_scanner_never_raises(prefix, text):
    scan(prefix + text)


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("<>/p b&;amp#x'\"-!a\n")), max_size=200))
def test_fragment_paragraphs_never_raise_or_leave_tags(text):
    for paragraph in fragment_paragraphs(text):
        assert paragraph == paragraph.strip() and "\n" not in paragraph


def test_truncated_seed_002_at_every_tenth_byte_never_fails(tmp_path):
    data = seed_path(2).read_bytes()
    for cut in range(1, len(data), 10):
        path = tmp_path / "cut.txt"
        path.write_bytes(data[:cut])
        try:
            check_ranges(load_document(path))
        except InputError:
            pass


def test_one_megabyte_text_loads_whole(tmp_path):
    # How fast is measured in benchmarks/bench_ingest.py; here: nothing is lost or shifted.
    seeds = "".join(seed_path(n).read_text(encoding="utf-8") for n in (0, 1, 3, 4))
    body = (seeds * (1_000_000 // len(seeds) + 1))[:1_000_000]
    path = tmp_path / "big.txt"
    path.write_text(body, encoding="utf-8")
    doc = load_document(path)
    assert doc.text == body
    check_ranges(doc)
