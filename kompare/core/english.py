"""Whether a text reads as English: kompare's word lists and its paraphrase encoder are English.

A text in another language is still compared word by word (languages.py adds what must not
be missed there), but the encoder, which learned English only, finds closeness where there
is none; it stays off (pipeline), and the document says so (a notice, ingest). In German a
capital marks every noun, not a name (:func:`capitals_mark_names`).
"""

from __future__ import annotations

from functools import lru_cache

from kompare.core.config import CompareConfig
from kompare.core.languages import GERMAN_FUNCTION_WORDS, LATIN_SCRIPT_FUNCTION_WORDS
from kompare.core.tokens import ENGLISH_STOPWORDS, normalize, norms_of

#: Said of a document that does not read as English (:attr:`kompare.core.model.Document.notices`).
NOT_ENGLISH = "not in English: compared word by word (kompare reads paraphrases and speakers in English only)"


def reads_english(text: str, config: CompareConfig) -> bool:
    """Does ``text`` read as English?

    It does not when most of its words are in another script (Cyrillic, Chinese...), or when
    more of them are German, French, Spanish, Italian, Portuguese or Dutch function words
    than English ones ("und", "les", "los" against "the", "of"): in a thousand US news
    articles and Vim's release notes the first are at most 2 % of the words, the second
    at least 22 %; in German, French and Spanish news the first are 23-25 %. A list of
    headlines with neither reads as English. Read: the words of the first
    ``config.english_sample_chars`` characters; a text of fewer than
    ``config.english_min_words`` words is too short to tell, and taken for English.

    >>> cfg = CompareConfig()
    >>> reads_english("The treaty was signed by the two leaders in the capital. " * 4, cfg)
    True
    >>> reads_english("Der Vertrag wurde von den beiden Staatschefs in der Hauptstadt unterzeichnet. " * 4, cfg)
    False
    >>> reads_english("Договор подписали в среду в Пхеньяне. " * 8, cfg), reads_english("Kim met Putin.", cfg)
    (False, True)
    """
    words, ascii_words, english, others, _, _ = _counts(text, config.english_sample_chars)
    if words < config.english_min_words:
        return True
    return 2 * (words - ascii_words) < words and english >= others


#: Function words of the languages in the Latin script that are no English ones, normalised.
_OTHER_FUNCTION_WORDS = frozenset(map(normalize, LATIN_SCRIPT_FUNCTION_WORDS)) - ENGLISH_STOPWORDS


def capitals_mark_names(text: str, config: CompareConfig) -> bool:
    """Does a capital mark a name in ``text``: it is not German, which writes every noun with
    one ("Haushalt" / "Sonderfonds" is a word put for another, not a change of name)? It is
    German when more of its words are German's commonest than English function words or
    those of the other languages of :data:`~kompare.core.languages.LATIN_SCRIPT_FUNCTION_WORDS`.

    >>> cfg = CompareConfig()
    >>> capitals_mark_names("Der Vertrag wurde von den beiden Staatschefs in der Hauptstadt unterzeichnet. " * 4, cfg)
    False
    >>> capitals_mark_names("The treaty was signed by the two leaders in the capital. " * 4, cfg)
    True
    """
    words, _, english, _, german, not_german = _counts(text, config.english_sample_chars)
    if words < config.english_min_words:
        return True
    return german <= english or german <= not_german


@lru_cache(maxsize=4)
def _counts(text: str, sample_chars: int) -> tuple[int, ...]:
    """Of the words of the first ``sample_chars`` characters of ``text``: how many in all, how
    many in ASCII once unaccented, English function words, other languages' in the Latin
    script, German's, and those other languages' but German's (remembered: each comparison
    asks of both texts three times)."""
    norms = norms_of(text, 0, min(len(text), sample_chars), glance=True)
    return (len(norms), sum(map(str.isascii, norms)), *(sum(map(words.__contains__, norms)) for words in (
        ENGLISH_STOPWORDS, _OTHER_FUNCTION_WORDS, _GERMAN, _NOT_GERMAN)))


_GERMAN = frozenset(map(normalize, GERMAN_FUNCTION_WORDS))
_NOT_GERMAN = _OTHER_FUNCTION_WORDS - _GERMAN
