"""The PolNeAR benchmark's mapping, on a hand-made article in the corpus's layout (the
corpus itself is never needed by the tests)."""

from pathlib import Path

import pytest

from tests.benchmark_module import load

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests" / "fixtures" / "attribution_corpus"


@pytest.fixture(scope="module")
def bench():
    return load("attribution_corpus")


@pytest.mark.parametrize(
    "source, kind, head",
    [
        # titles come off the front only: a speaker is right when it ends the head
        ("Senate Majority Leader Mitch McConnell, R-Ky.", "person", ("Senate", "Majority", "Leader", "Mitch", "McConnell")),
        ("Trump's campaign manager, Kellyanne Conway", "person", ("Kellyanne", "Conway")),
        ("Clinton campaign chairman John Podesta", "person", ("John", "Podesta")),
        ("Mr. Trump", "person", ("Trump",)),
        ("The New York Times", "organisation", ("New", "York", "Times")),
        ("CNN", "organisation", ("CNN",)),
        ("the Clinton campaign", "description", ()),
        ("a New Hampshire Democrat", "description", ()),
        ("officials", "description", ()),
        ("he", "pronoun", ()),
        ("", "none", ()),
    ],
)
def test_source_kinds(bench, source, kind, head):
    assert bench.classify_source(source) == (kind, head)


def test_speaker_right_accepts_the_name_its_end_or_its_fullest_form(bench):
    text = "Donald Trump spoke. Eric Trump left. Later Mr. Trump said “we will win this big”."
    gold = bench.Gold(60, 80, [(60, 80)], 4, "Mr. Trump", 43, "person", ("Trump",))
    assert bench.speaker_right(text, gold, "Trump")
    assert bench.speaker_right(text, gold, "Eric Trump")  # the nearest fuller form before
    assert not bench.speaker_right(text, gold, "Republican Donald Trump")
    assert not bench.speaker_right(text, gold, "Hillary Clinton") and not bench.speaker_right(text, gold, None)


def test_sample_article_figures(bench):
    tally = bench.evaluate(SAMPLE, "dev")
    c = tally.counts
    assert c["articles"] == 1
    assert (c["gold long"], c["gold long found"]) == (3, 3)
    # the scare quote “circus” is in no attribution: a false quotation
    assert (c["found long"], c["found long real"], c["found short"], c["found short real"]) == (3, 3, 1, 0)
    assert (c["person"], c["person right"]) == (1, 1)
    assert (c["pronoun"], c["pronoun given"], c["pronoun proxy right"]) == (1, 1, 1)
    assert (c["description"], c["description given"], c["description as described"]) == (1, 1, 1)


def test_missing_corpus_is_skipped_with_a_message(bench, tmp_path, capsys):
    assert bench.main([str(tmp_path)]) == 0
    assert "not found" in capsys.readouterr().out


def test_speaker_right_accepts_a_full_name_the_source_writes_and_particles(bench):
    text = "Mayor Bill de Blasio spoke. “We are ready for this fight,” de Blasio said."
    gold = bench.Gold(29, 56, [(29, 56)], 6, "de Blasio", 59, *bench.classify_source("de Blasio"))
    assert gold.kind == "person" and bench.speaker_right(text, gold, "Bill de Blasio")
    source = "One of the university's top executives, Michael Sexton,"
    gold = bench.Gold(0, 5, [(0, 5)], 6, source, 10, "person", ("One",))
    assert bench.speaker_right("", gold, "Michael Sexton")
    # an organisation inside the Source, a possessive, one of two people: not the speaker
    gold = bench.Gold(0, 5, [(0, 5)], 6, "Aris Shirvanian of the Armenian Patriarchate", 10, "person",
                      ("Aris", "Shirvanian"))
    assert not bench.speaker_right("", gold, "Armenian Patriarchate")
    gold = bench.Gold(0, 5, [(0, 5)], 6, "Donald Trump’s spokeswoman", 10, "description", ())
    assert not bench._named_in_source(gold.source, "Donald Trump")
    assert not bench._named_in_source("Frank Newport and Jim Harter", "Jim Harter")


def test_misses_are_counted_by_category_and_listed_for_train_only(bench, capsys):
    text = "Intro line here.\n“We will win this,” said someone. Later Jane Roe arrived."
    gold = bench.Gold(18, 34, [(18, 34)], 4, "Jane Roe", 60, "person", ("Jane", "Roe"))
    assert bench.miss_category(text, gold, None) == "none / source after"
    gold = bench.Gold(18, 34, [(18, 34)], 4, "Intro", 0, "person", ("Intro",))
    assert bench.miss_category(text, gold, "X") == "wrong / source earlier paragraph"
    with pytest.raises(SystemExit):
        bench.main([str(SAMPLE), "--split", "dev", "--misses"])
    assert "train split only" in capsys.readouterr().err
