"""Texts in other languages: compared word by word, every edit seen, no meaning read.

kompare's lists of function words, hedges and dates are English, and so is its paraphrase
encoder. An edited copy in German, French, Spanish, Russian, Chinese or Japanese must still
show each unchanged sentence as an agreement and each edit as a divergence naming the
words, a negation above all (``kompare.core.languages``).
"""

from pathlib import Path

import pytest

from kompare.core import ChangeType, CompareConfig, Document, LinkKind, Side, compare
from kompare.core.encoder import load_encoder
from kompare.core.english import NOT_ENGLISH, reads_english
from kompare.core.ingest import load_document
from kompare.core.quotes import find_quotes
from kompare.core.tokens import tokenize

HERE = Path(__file__).resolve().parents[1] / "fixtures" / "languages"
LANGUAGES = ("de", "fr", "es", "ru", "zh", "ja", "ko")

# Sentence by sentence (0-5) of each copy: None unchanged, else the change types a reader
# expects (any one of them) and a word of the edited side that the change names.
# Japanese negates by a verb's ending, which no word list catches: a changed word, never an
# agreement. Names in Chinese characters are characters put for others.
_WEEKDAY = {ChangeType.DATE}
EXPECTED = {
    # German writes every noun with a capital: a name put for another is a word put for another.
    "de": (_WEEKDAY, None, {ChangeType.NUMBER}, {ChangeType.NEGATION}, {ChangeType.TERM}, None),
    "fr": (_WEEKDAY, None, {ChangeType.NUMBER}, {ChangeType.NEGATION}, {ChangeType.NAME}, None),
    "es": (_WEEKDAY, None, {ChangeType.NUMBER}, {ChangeType.NEGATION}, {ChangeType.NAME}, None),
    "ru": (_WEEKDAY, None, {ChangeType.NUMBER}, {ChangeType.NEGATION}, {ChangeType.NAME}, None),
    "zh": (_WEEKDAY, None, {ChangeType.NUMBER}, {ChangeType.NEGATION}, {ChangeType.TERM, ChangeType.NAME}, None),
    "ja": (_WEEKDAY, None, {ChangeType.NUMBER}, {ChangeType.TERM}, {ChangeType.TERM, ChangeType.NAME}, None),
    "ko": (_WEEKDAY, None, {ChangeType.NUMBER}, {ChangeType.NEGATION}, {ChangeType.TERM, ChangeType.NAME}, None),
}
EDITED_WORDS = {
    "de": ("Donnerstag", "7000", "nicht", "Lee"),
    "fr": ("jeudi", "7000", "pas", "Lee"),
    "es": ("jueves", "7000", "no", "Lee"),
    "ru": ("четверг", "7000", "не", "Ли"),
    "zh": ("周四", "7000", "不", "李"),
    "ja": ("木曜日", "7000", "さなかった", "李"),
    "ko": ("목요일", "7000", "않았다", "이재명"),
}


def _pair(lang):
    return load_document(HERE / f"{lang}_a.txt"), load_document(HERE / f"{lang}_b.txt")


@pytest.fixture(scope="module")
def compared():
    return {lang: compare(*_pair(lang)) for lang in LANGUAGES}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_edited_copy_agrees_where_unchanged_and_types_every_edit(compared, lang):
    c = compared[lang]
    assert len(c.a.sentences) == len(c.b.sentences) == 6
    edited = iter(EDITED_WORDS[lang])
    for sid, expected in enumerate(EXPECTED[lang]):
        (link,) = c.links_of(Side.A, sid)
        assert link.b == (sid,), (lang, sid)
        if expected is None:
            assert link.kind is LinkKind.AGREEMENT, (lang, sid, link.changes)
            continue
        word = next(edited)
        assert link.kind is LinkKind.DIVERGENCE, (lang, sid, c.a.sentence_text(sid))
        typed = [ch for ch in link.changes if ch.type in expected]
        assert typed, (lang, sid, [(ch.type, ch.a, ch.b) for ch in link.changes])
        assert any(word in ch.b for ch in typed), (lang, sid, [(ch.a, ch.b) for ch in typed])


@pytest.mark.parametrize(
    "plain, hedged, hedge",
    [
        ("Nordkorea hat 5000 Container nach Russland geliefert.",
         "Nordkorea hat angeblich 5000 Container nach Russland geliefert.", "angeblich"),
        ("La Corée du Nord a livré 5000 conteneurs à la Russie.",
         "La Corée du Nord aurait livré 5000 conteneurs à la Russie.", "aurait"),
        ("Corea del Norte ha enviado 5000 contenedores a Rusia.",
         "Corea del Norte habría enviado 5000 contenedores a Rusia.", "habría"),
        ("Северная Корея отправила в Россию 5000 контейнеров.",
         "Северная Корея якобы отправила в Россию 5000 контейнеров.", "якобы"),
        ("朝鲜已向俄罗斯运送了5000个集装箱。", "据报道，朝鲜已向俄罗斯运送了5000个集装箱。", "据报道"),
        ("朝鲜已向俄罗斯运送了5000个集装箱。", "朝鲜可能已向俄罗斯运送了5000个集装箱。", "可能"),
    ],
)
def test_a_claim_told_as_reported_or_possible_is_a_hedge(plain, hedged, hedge):
    (link,) = compare(Document(plain), Document(hedged)).links
    assert link.kind is LinkKind.DIVERGENCE
    assert [(ch.type, ch.b) for ch in link.changes] == [(ChangeType.HEDGE, hedge)]


@pytest.mark.parametrize(
    "a, b, day",
    [
        # Greek's days Monday to Thursday are the ordinals "second" to "fifth" in lower case.
        ("Η Βουλή ψήφισε την Τρίτη το νομοσχέδιο για τις συντάξεις.",
         "Η Βουλή ψήφισε την Πέμπτη το νομοσχέδιο για τις συντάξεις.", True),
        ("Η Βουλή ψήφισε για τρίτη φορά το νομοσχέδιο για τις συντάξεις.",
         "Η Βουλή ψήφισε για πέμπτη φορά το νομοσχέδιο για τις συντάξεις.", False),
        # Turkish "pazar" is a market in lower case, Sunday with a capital.
        ("Bakan Pazar günü yeni planı açıkladı.", "Bakan Cuma günü yeni planı açıkladı.", True),
        ("Bakan pazar için yeni planı açıkladı.", "Bakan ihracat için yeni planı açıkladı.", False),
        # Russian "среды" is mostly the environment's ("загрязнение среды", pollution).
        ("Загрязнение среды в регионе выросло за год.", "Загрязнение воды в регионе выросло за год.", False),
        ("Закон приняли в среду в Москве.", "Закон приняли в четверг в Москве.", True),
    ],
)
def test_a_day_of_the_week_is_a_date_and_a_word_spelt_like_one_is_not(a, b, day):
    (link,) = compare(Document(a), Document(b)).links
    assert link.kind is LinkKind.DIVERGENCE
    assert (ChangeType.DATE in {ch.type for ch in link.changes}) is day


def test_a_german_noun_put_for_another_is_no_change_of_name():
    # (A German text long enough to tell: every noun has a capital, no name is read from one.)
    tail = (" Die Abgeordneten des Bundestages stimmten am Montag in Berlin nach einer langen Debatte zu."
            " Die Opposition kritisierte den Plan und forderte eine neue Abstimmung.")
    a = "Die Hilfe für die Ukraine kommt aus dem Haushalt, sagte der Minister." + tail
    b = "Die Hilfe für die Ukraine kommt aus dem Sonderfonds, sagte der Minister." + tail
    link = compare(Document(a), Document(b)).links[0]
    assert [(ch.type, ch.a, ch.b) for ch in link.changes] == [(ChangeType.TERM, "Haushalt", "Sonderfonds")]


@pytest.mark.parametrize(
    "a, b, changed",
    [
        # a decimal comma and a scale word of the language: the whole figure is named
        ("Die Hilfe beträgt 3,5 Milliarden Euro.", "Die Hilfe beträgt 3,6 Milliarden Euro.",
         ("3,5 Milliarden", "3,6 Milliarden")),
        ("Die Hilfe beträgt 3,5 Milliarden Euro.", "Die Hilfe beträgt 3,5 Millionen Euro.",
         ("3,5 Milliarden", "3,5 Millionen")),
        ("Помощь составит 2 млрд долларов.", "Помощь составит 2 млн долларов.", ("2 млрд", "2 млн")),
    ],
)
def test_a_figure_in_another_language_is_read_whole(a, b, changed):
    (link,) = compare(Document(a), Document(b)).links
    assert [(ch.type, ch.a, ch.b) for ch in link.changes] == [(ChangeType.NUMBER, *changed)]


@pytest.mark.parametrize("lang", ("ru", "zh"))
def test_another_story_in_the_same_language_links_nothing(lang):
    story = load_document(HERE / f"{lang}_a.txt")
    other = load_document(HERE / f"{lang}_other.txt")
    assert compare(story, other).links == ()


def test_chinese_characters_are_words_and_runs_of_kana_are_words():
    assert [t.norm for t in tokenize("金正恩签署了5000个")] == ["金", "正", "恩", "签", "署", "了", "5000", "个"]
    # ...but for the few words of several characters kompare knows: negations, hedges, days.
    assert [t.norm for t in tokenize("周三可能没有")] == ["周三", "可能", "没有"]
    # Katakana keeps its voicing marks: "プ" is not "フ".
    assert [t.norm for t in tokenize("プーチン大統領は示さなかった")] == ["プーチン", "大", "統", "領", "は", "示", "さなかった"]


def test_a_chinese_clause_said_twice_is_no_repeat_but_a_lede_said_twice_is():
    from kompare.core.segment import segment

    name = "俄罗斯总统普京与朝鲜领导人金正恩周三签署了全面战略伙伴关系条约"  # 31 characters: some 12 words
    text = f"{name}。韩国政府对此表示担忧。专家说，{name}，这将改变地区局势。"
    assert segment(Document(text)).excluded == ()
    lede = f"{name}，该条约包括一项在遭受侵略时相互援助的条款，韩国政府对此表示严重关切。"
    seg = segment(Document(f"{lede}专家认为局势紧张。{lede}"))
    assert [(x.reason.value, x.start) for x in seg.excluded] == [("repeat", len(lede) + 9)]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_text_here_reads_as_english(lang):
    for doc in _pair(lang):
        assert not reads_english(doc.text, CompareConfig())


def test_quotations_in_another_language_are_found_and_given_to_no_one():
    # English grammar would give each to the last name before it (Scholz, twice wrongly).
    text = ("Bundeskanzler Olaf Scholz sagte am Mittwoch: „Wir werden die Ukraine weiter unterstützen.“ "
            "Die Regierung in Seoul erklärte, sie sei „tief besorgt“. „Das ist ein gefährlicher Schritt“, "
            "sagte ein Sprecher des Außenministeriums.")
    quotes = find_quotes(text)
    assert [text[q.start:q.end] for q in quotes] == [
        "Wir werden die Ukraine weiter unterstützen.", "tief besorgt", "Das ist ein gefährlicher Schritt"]
    assert [q.speaker for q in quotes] == [None, None, None]


def test_a_reworded_japanese_quotation_is_matched_as_a_variant():
    from kompare.core.model import QuoteMatchKind
    from kompare.core.quote_match import match_quotes

    a = "張室長は「ウクライナへの武器供与政策を見直す」と述べた。"
    b = "張室長は「ウクライナへの武器供与政策を再検討する」と述べた。"
    (m,) = match_quotes(a, find_quotes(a), b, find_quotes(b))
    assert m.kind is QuoteMatchKind.VARIANT


def test_a_document_not_in_english_says_so_and_an_english_one_does_not():
    assert NOT_ENGLISH in load_document(HERE / "de_a.txt").notices
    assert NOT_ENGLISH in load_document(HERE / "zh_a.txt").notices
    seed = next((Path(__file__).resolve().parents[2] / "seeds").glob("001_*.txt"))
    assert NOT_ENGLISH not in load_document(seed).notices


def test_telling_a_long_texts_language_reads_its_opening_only():
    import kompare.core.tokens as tokens

    tokens.forget_document_tokens()
    text = "Der Vertrag wurde von den beiden Staatschefs in der Hauptstadt unterzeichnet. " * 2_000
    assert not reads_english(text, CompareConfig())
    assert tokens._kept(text) is None  # (the whole text's words are read when it is compared)


def test_the_paraphrase_encoder_reads_english_only():
    if load_encoder() is None:
        pytest.skip("the paraphrase encoder cannot run here")
    root = Path(__file__).resolve().parents[2] / "seeds"
    english = [load_document(p) for p in sorted(root.glob("00[13]_*.txt"))]
    assert compare(*english).paraphrase
    assert not compare(*_pair("de")).paraphrase
    # One English document is not enough: the other is German.
    assert not compare(english[0], _pair("de")[0]).paraphrase
