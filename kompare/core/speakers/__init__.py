"""Who said a quotation: names, speech cues and attribution, one module each.

Pure text heuristics, no model and no data download: ``lexicon`` (word lists),
``scan`` (words with offsets), ``names`` (person names, fullest forms),
``cues`` (one sentence's speech verbs), ``subjects`` (who utters each),
``attribution`` (the speaker of every quotation of a document).
"""

from kompare.core.speakers.attribution import NO_ATTRIBUTION, Attribution, attribute
from kompare.core.speakers.cues import QuoteBox
from kompare.core.speakers.lexicon import CUE_WORDS, NOT_PERSON, TITLES
from kompare.core.speakers.names import (
    Mention, NameBook, cap_runs, mention_of_run, parse_name, same_speaker, speaker_key,
)
from kompare.core.speakers.scan import Tok, tokens

__all__ = [
    "TITLES", "NOT_PERSON", "CUE_WORDS", "Tok", "tokens", "parse_name", "Mention", "cap_runs",
    "mention_of_run", "NameBook", "speaker_key", "same_speaker", "QuoteBox", "Attribution",
    "NO_ATTRIBUTION", "attribute",
]
