"""Sentence splitting: abbreviations, quotes, wrapping, headings, repeats."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nltk.tokenize.punkt import PunktLanguageVars

from kompare.core.model import Document, ExclusionReason
from kompare.core.segment import find_repeats, looks_hard_wrapped, segment, sentence_spans


def sentences(text: str) -> list[str]:
    seg = segment(Document(text))
    return [seg.sentence_text(s.id) for s in seg.sentences]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The U.S. and the U.N. agreed. Then they left.", ["The U.S. and the U.N. agreed.", "Then they left."]),
        ("Mr. Kim met Dr. Lee. Gen. Park stayed.", ["Mr. Kim met Dr. Lee.", "Gen. Park stayed."]),
        ("It was signed on Jan. 5 in No. 10 St. James. Done.", ["It was signed on Jan. 5 in No. 10 St. James.", "Done."]),
        ("John F. Kennedy spoke. Crowds cheered.", ["John F. Kennedy spoke.", "Crowds cheered."]),
        # "No." is a number's abbreviation only before one
        ("She said no. The vote failed at No. 10.", ["She said no.", "The vote failed at No. 10."]),
        # other languages: a German day's ordinal, their titles, Cyrillic initials
        ("Am 19. Juni unterzeichneten sie. Er gilt ab dem 1. Juli.", ["Am 19. Juni unterzeichneten sie.",
                                                                     "Er gilt ab dem 1. Juli."]),
        ("El Sr. Sánchez dijo que no. La Sra. Díaz respondió.", ["El Sr. Sánchez dijo que no.",
                                                                "La Sra. Díaz respondió."]),
        ("Президент В. В. Путин подписал договор. Он уехал.", ["Президент В. В. Путин подписал договор.", "Он уехал."]),
        ("He said “it is over.” She left.", ["He said “it is over.”", "She left."]),
        ('He said "it is over." She left.', ['He said "it is over."', "She left."]),
        ("Is it? Yes! Fine.", ["Is it?", "Yes!", "Fine."]),
        ("Headline without a stop\n\nBody text here. More.", ["Headline without a stop", "Body text here.", "More."]),
        ("Title line\nBody sentence one is here. Two.", ["Title line", "Body sentence one is here.", "Two."]),
        ("It ends. THREATS TO SOUTH KOREA Putin’s visit raises risks.",
         ["It ends.", "THREATS TO SOUTH KOREA", "Putin’s visit raises risks."]),
        ("The U.S. and NATO agreed. KCNA said so.", ["The U.S. and NATO agreed.", "KCNA said so."]),
        # Dotted initialisms are abbreviations; a common sentence starter after one ends the sentence.
        ("He picked a new F.B.I. director on Friday. Then he left.",
         ["He picked a new F.B.I. director on Friday.", "Then he left."]),
        ("Lieberman Is a Finalist for F.B.I. Director, Trump Says", ["Lieberman Is a Finalist for F.B.I. Director, Trump Says"]),
        ("He moved to the U.S. The next year he left.", ["He moved to the U.S.", "The next year he left."]),
        ("I cherish the F.B.I. It is special.", ["I cherish the F.B.I.", "It is special."]),
        ("It began at 7 a.m. at the park. Police came.", ["It began at 7 a.m. at the park.", "Police came."]),
        # No sentence starts with a lower-case word, a possessive ending or a closing mark.
        ("“Why now?” asked Sen. Roger Wicker. He left.", ["“Why now?” asked Sen. Roger Wicker.", "He left."]),
        ("Sen. Tim Kaine (D-Va.), who ran, spoke. Sen. Claire McCaskill (D-Mo.) called it a mistake.",
         ["Sen. Tim Kaine (D-Va.), who ran, spoke.", "Sen. Claire McCaskill (D-Mo.) called it a mistake."]),
        ("The F.B.I.’s New York office leads. It said so.", ["The F.B.I.’s New York office leads.", "It said so."]),
        ("AUGUSTA, Me. — Paul LePage said no. He stayed.", ["AUGUSTA, Me. — Paul LePage said no.", "He stayed."]),
        ("Sales rose. eBay fell.", ["Sales rose.", "eBay fell."]),
    ],
)
def test_sentence_table(text, expected):
    assert sentences(text) == expected


def test_offsets_point_into_the_text():
    text = "  First one.\n\n  Second one?  "
    seg = segment(Document(text))
    assert [(s.start, s.end) for s in seg.sentences] == [(2, 12), (16, 27)]


PARAGRAPH = (
    "South Korea is reacting sharply today to a treaty signed on Wednesday by Russian President "
    "Vladimir Putin and North Korea's leader Kim Jong Un. The treaty includes a mutual defense "
    "clause that obliges each side to help the other without delay. Seoul said it would "
    "reconsider the issue of arms support to Ukraine. Analysts expect a long period of tension "
    "on the peninsula, and officials in Washington have urged calm."
)


def _wrap(text: str, width: int) -> str:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n".join(lines)


@pytest.mark.parametrize("width", [60, 72, 80])
def test_hard_wrapped_text_gives_the_same_sentences(width):
    text = "\n\n".join([PARAGRAPH, PARAGRAPH.replace("Seoul", "Tokyo")])
    wrapped = "\n\n".join(_wrap(p, width) for p in text.split("\n\n"))
    assert looks_hard_wrapped(wrapped)
    norm = lambda ss: [" ".join(s.split()) for s in ss]  # noqa: E731
    assert norm(sentences(wrapped)) == norm(sentences(text))


def test_one_paragraph_per_line_is_not_hard_wrapped():
    text = "\n".join([PARAGRAPH] * 8)
    assert not looks_hard_wrapped(text)


def test_repeated_lede_is_compared_once():
    lede = ("Russian leader Vladimir Putin will make his first visit to North Korea in 24 years on "
            "Tuesday, a visit that will likely look to further develop their military cooperation.")
    text = f"{lede} Something else happened later that week in Seoul. {lede} Get your copy. {lede}"
    seg = segment(Document(text))
    repeats = [e for e in seg.excluded if e.reason is ExclusionReason.REPEAT]
    assert len(repeats) == 2
    assert [text[e.start:e.end] for e in repeats] == [lede, lede]
    compared = [seg.sentence_text(s.id) for s in seg.sentences]
    assert compared.count(lede) == 1


BLOCK = ("Putin will make his first visit to North Korea in 24 years on Tuesday, the Kremlin said. "
         "The two leaders are expected to sign a partnership treaty during the summit in Pyongyang. "
         "Seoul has warned that any arms deal would break United Nations sanctions.")


def test_a_caption_run_into_a_block_the_page_says_twice_is_left_out():
    # The scraper glued the caption to the block's first copy; the second copy starts clean.
    caption = "Kim Jong Un greets Vladimir Putin at the airport | Photo: KCNA"
    seg = segment(Document(f"{caption} {BLOCK}\n\nRead the full story.\n\n{BLOCK}"))
    assert seg.sentence_text(0).startswith("Putin will make his first visit")
    assert [(seg.text[e.start : e.end], e.reason) for e in seg.excluded if e.reason is not ExclusionReason.REPEAT] == [
        (caption, ExclusionReason.CAPTION)]
    # Words that are no furniture stay with the sentence they run into (here a claim).
    claim = "Officials in Seoul said on Monday that"
    seg = segment(Document(f"{claim} {BLOCK}\n\nRead the full story.\n\n{BLOCK}"))
    assert seg.sentence_text(0).startswith(claim)
    assert not [e for e in seg.excluded if e.reason is not ExclusionReason.REPEAT]


def test_short_repeated_phrases_are_not_repeats():
    phrase = "the growing North Korea-Russia partnership"
    text = f"Given {phrase}, Seoul will act. Despite {phrase}, Seoul also waits."
    assert find_repeats(text, [], min_words=20) == []


def test_furniture_is_not_compared():
    text = "Advertisement\nThe treaty was signed. It matters."
    doc = Document(text, excluded=(__import__("kompare.core.model", fromlist=["Excluded"]).Excluded(0, 13, ExclusionReason.FURNITURE),))
    seg = segment(doc)
    assert [seg.sentence_text(s.id) for s in seg.sentences] == ["The treaty was signed.", "It matters."]


def test_seed_004_lede_repeated_three_times_is_compared_once(seeds):
    text = seeds("004").read_text(encoding="utf-8")
    seg = segment(Document(text))
    needle = "Russian leader Vladimir Putin will make his first visit to North Korea in 24 years"
    assert text.count(needle) == 3
    compared = [seg.sentence_text(s.id) for s in seg.sentences]
    assert sum(needle in s for s in compared) == 1
    assert sum(1 for e in seg.excluded if e.reason is ExclusionReason.REPEAT) >= 2


# ---------------------------------------------------------------------------------------------
# Hostile input: segmentation never leans on a clock, and stays linear


def test_no_clock_guarded_pattern_is_used(monkeypatch):
    """Every pattern Punkt runs for us is a plain ``re`` one: nltk's timed wrapper never runs."""
    from nltk import redos

    text = 'Mr. Kim met Dr. Lee... (Really.) "Yes!" he said. 3.5 percent? No.\n\nNext para. U.S. troops.'
    expected = sentences(text)
    assert expected == ["Mr. Kim met Dr. Lee...", "(Really.)", '"Yes!" he said.', "3.5 percent?", "No.",
                        "Next para.", "U.S. troops."]

    def refuse(*args, **kwargs):
        raise AssertionError("nltk's clock-guarded regular expression was used")

    for name in ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"):
        monkeypatch.setattr(redos.TimedPattern, name, refuse)
    assert sentences(text) == expected


def test_a_long_run_of_one_word_sentences_is_split_exactly():
    block = "Go. " * 60_000
    spans = list(sentence_spans(block))
    assert len(spans) == 60_000
    assert spans[:2] == [(0, 3), (4, 7)]
    assert spans[-1] == (len(block) - 4, len(block) - 1)


def test_runs_of_end_marks_without_spaces_stay_linear():
    # Punkt looked back to the previous space for every "!" here: 10^10 steps before the fix.
    block = "Wow" + "!" * 100_000 + " Then calm. " + "Ha.)" * 50_000 + " end"
    got = [block[s:e] for s, e in sentence_spans(block)]
    assert got[:2] == ["Wow" + "!" * 100_000, "Then calm."]
    assert "".join(got[2:]).replace(" ", "") == ("Ha.)" * 50_000 + "end")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Mr.", "Kim", "met", "u.s.", "A.", "no", "3.5", ".", "!", "?", "...", ")", "(",
                                 '"', "”", "x.)", "Yes!", "end.", " ", "  ", "\t", "\n", "--", "Go.", "b?!"]),
                max_size=40))
def test_same_spans_as_nltks_own_punkt(parts):
    """Our re-compiled, bounded Punkt splits exactly as nltk's own code with the same parameters and rule."""
    from kompare.core import segment as seg

    class Original(PunktLanguageVars):
        sent_end_chars = seg._NewsLangVars.sent_end_chars
        re_boundary_realignment = seg._NewsLangVars.re_boundary_realignment

    original = seg._InitialismsAreAbbreviations(seg._TOKENIZER._params, lang_vars=Original())
    block = " ".join(parts)
    assert list(seg._TOKENIZER.span_tokenize(block)) == list(original.span_tokenize(block))


def test_joined_pieces_stay_within_the_configured_length():
    from kompare.core.config import CompareConfig

    text = "It is. " + " ".join(f"word{n}." for n in range(2000))
    seg = segment(Document(text), config=CompareConfig(continuation_max_chars=100))
    lengths = [s.end - s.start for s in seg.sentences]
    assert max(lengths) <= 100 and len(lengths) > 60
    assert sentences("It is. a. b. c.") == ["It is. a. b. c."]


def test_empty_sentences_only():
    assert sentences(". " * 100_000) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("北京今天下雨。明天会晴吗？会的！", ["北京今天下雨。", "明天会晴吗？", "会的！"]),
        ("東京は晴れです。大阪は雨です｡", ["東京は晴れです。", "大阪は雨です｡"]),
        ("他说：“我们会来。”然后离开了。", ["他说：“我们会来。”", "然后离开了。"]),
        ("「はい。」と彼は言った。それだけだ。", ["「はい。」と彼は言った。", "それだけだ。"]),
        ("价格是３．５元．很贵！？真的吗?是的。", ["价格是３．５元．", "很贵！？", "真的吗?", "是的。"]),
        ("Korean 문장입니다. 다음 문장.", ["Korean 문장입니다.", "다음 문장."]),
    ],
)
def test_chinese_and_japanese_sentence_ends(text, expected):
    assert sentences(text) == expected


def test_a_chinese_document_is_many_sentences():
    text = "这是一个关于天气的句子，今天北京下雨了。" * 2_000
    seg = segment(Document(text + "最后一句。"))
    assert len(seg.sentences) >= 2  # repeats are excluded, the rest is split
    assert all(seg.sentence_text(s.id).endswith("。") for s in seg.sentences)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from("a b c d".split()), min_size=6, max_size=80), st.integers(1, 6))
def test_first_shingles_over_arrays_are_where_each_run_of_words_first_starts(words, k):
    from kompare.core.segment import _first_shingles

    first_seen: dict = {}
    expected = [first_seen.setdefault(key, i) for i, key in enumerate(zip(*(words[n:] for n in range(k))))]
    assert _first_shingles(words, k).tolist() == expected


def test_first_shingles_of_a_wide_vocabulary():
    # Numbers of runs of a 300,000-word vocabulary outgrow 64 bits when joined: they are
    # made small again first, and the answer stays that of a dictionary of runs.
    import random

    from kompare.core.segment import _first_shingles

    rng = random.Random(4)
    words = [str(rng.randint(0, 300_000)) for _ in range(100_000)]
    words += words[500:700]
    seen: dict[tuple[str, ...], int] = {}
    expected = [seen.setdefault(tuple(words[i : i + 6]), i) for i in range(len(words) - 5)]
    assert _first_shingles(words, 6).tolist() == expected


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["Mr", "GEN", "U.S", "J", "é", "e.g", "5", "3.5", "etc", "Etc", "Korea", "said", "Straße", "(closes",
                     "x-ray", "co-op", "..", "", "xx", "Sept"]),
    st.sampled_from([".", "?", "!"]),
    st.sampled_from([" ", "\n", "  \n\t", "\n\n"]),
    st.text(alphabet="aZéÉßǅкЖ中", min_size=1, max_size=6),
)
def test_contexts_written_alike_get_punkts_verdict_on_the_real_context(before, mark, space, word):
    # The cached verdict is that of the context with the word before it as "xx" (unless it
    # is an abbreviation or a letter) and the following word as one letter of its case:
    # it must be Punkt's verdict on the real context.
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from kompare.core.segment import _TOKENIZER, _context

    text = f"{before}{mark}{space}{word}"
    match = _TOKENIZER._lang_vars.period_context_re().search(text, len(before))
    assert match is not None and match.start() == len(before)
    verdict = PunktSentenceTokenizer.text_contains_sentbreak  # (not the tokenizer's memory of verdicts)
    assert verdict(_TOKENIZER, _context(text, 0, len(before), match)) == verdict(_TOKENIZER, text)


# The fast paths of segment() against the plain algorithm they stand for.
_PIECES = ["Mr.", "Kim", "said", "the", "U.S.", "F.B.I.", "He", "end.", "Why?", "No!", "(R-Ky.)", "“", "”", '"',
           "-", "* ", "1. ", "# ", "THREATS TO KOREA", "x" * 30, "\n", "\n\n", "  ", "\t", "。", "北京", "e.g.", ":"]


def _reference_lines_to_blocks(text, start, end, width):
    """The line-by-line rule: a line runs on into the next when wrapping broke it."""
    import re

    list_or_heading = re.compile(r"^\s*(?:#{1,6}\s|[-*•]\s|\d{1,3}[.)]\s|>\s?)")

    def continues(line, nxt):
        if not width or not line.strip() or not nxt.strip():
            return False
        if list_or_heading.match(nxt) or list_or_heading.match(line) and len(line) < 0.6 * width:
            return False
        return len(line.rstrip()) >= 0.6 * width

    block_start = pos = start
    while True:
        nl = text.find("\n", pos, end)
        if nl < 0:
            break
        nxt_end = text.find("\n", nl + 1, end)
        if not continues(text[pos:nl], text[nl + 1 : end if nxt_end < 0 else nxt_end]):
            if nl > block_start:
                yield block_start, nl
            block_start = nl + 1
        pos = nl + 1
    if end > block_start:
        yield block_start, end


@given(st.lists(st.sampled_from(_PIECES), max_size=60), st.sampled_from([0, 20, 40, 70]), st.integers(0, 5))
@settings(max_examples=300, deadline=None)
def test_paragraph_lines_split_as_the_line_by_line_rule(parts, width, cut):
    from kompare.core.segment import _lines_to_blocks

    text = " ".join(parts)
    start = min(cut, len(text))
    assert list(_lines_to_blocks(text, start, len(text), width)) == list(
        _reference_lines_to_blocks(text, start, len(text), width)
    )


@given(st.lists(st.sampled_from(_PIECES), max_size=80), st.booleans())
@settings(max_examples=300, deadline=None)
def test_blocks_passed_over_give_the_sentences_punkt_gives_them(parts, wrap):
    """A block where nothing can end a sentence is taken whole; sentence_spans on every
    block gives the same sentences."""
    from kompare.core.segment import _blocks, _split_heading, _trim, _wrap_width
    from kompare.core.tokens import WORD_RE

    text = " ".join(parts)
    if wrap:
        text = "\n".join(text[i : i + 50] for i in range(0, len(text), 50))
    seg = segment(Document(text))
    skip = sorted((x.start, x.end) for x in seg.excluded)
    want = []
    for b_start, b_end in _blocks(text, skip, _wrap_width(text)):
        for s, e in sentence_spans(text[b_start:b_end]):
            for s, e in _split_heading(text, b_start + s, b_start + e):
                s, e = _trim(text, s, e)
                if e > s and WORD_RE.search(text, s, e):
                    want.append((s, e))
    assert [(s.start, s.end) for s in seg.sentences] == want


def test_a_headline_a_scraper_glued_to_the_next_words_is_a_sentence_of_its_own(tmp_path):
    from kompare.core.ingest import load_document

    page = tmp_path / "page.txt"
    page.write_text("Analysis How Seoul can respond to new threats from a Putin trip to PyongyangRussia and North "
                    "Korea could bolster military ties at the summit. Putin arrived on Tuesday.\n", encoding="utf-8")
    doc = load_document(page)
    texts = [doc.text[s.start : s.end] for s in segment(doc).sentences]
    assert texts[:2] == ["Analysis How Seoul can respond to new threats from a Putin trip to Pyongyang",
                         "Russia and North Korea could bolster military ties at the summit."]


def test_text_with_no_sentence_end_for_a_megabyte_is_cut_into_readable_passages():
    """A line of words with no mark (a dump, a flattened table) is not one passage of
    100,000 characters: it is cut at clause marks or spaces into passages no longer than
    max_sentence_chars, and every word is in exactly one of them."""
    from kompare.core.config import CompareConfig

    words = [f"word{n}" + ("," if n % 97 == 0 else "") for n in range(15_000)]
    text = " ".join(words)
    seg = segment(Document(text))
    limit = CompareConfig().max_sentence_chars
    pieces = [seg.sentence_text(s.id) for s in seg.sentences]
    assert len(pieces) > len(text) // limit
    assert all(len(p) <= limit for p in pieces)
    assert " ".join(pieces).split() == words
    assert sum(p.endswith(",") for p in pieces) > len(pieces) // 2  # (cut at a clause mark where there is one)
    # An ordinary long sentence stays whole.
    long_one = "The treaty, " + ", ".join(f"with its article {n} on aid" for n in range(60)) + ", takes effect now."
    assert 1500 < len(long_one) <= limit
    assert sentences(long_one) == [long_one]
