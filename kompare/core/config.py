"""Every tunable threshold of the comparison, in one documented place.

>>> CompareConfig().link_probability
0.55
>>> CompareConfig(sensitivity=0.8).link_threshold() < CompareConfig().link_threshold()
True
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True, kw_only=True)
class CompareConfig:
    """Thresholds for :func:`kompare.core.compare`; the defaults suit news articles."""

    #: 0..1; higher links weaker evidence. 0.5 keeps the thresholds below as written.
    sensitivity: float = 0.5
    #: Probability (from the learned model in evidence.py) a candidate pair needs to link,
    #: at sensitivity 0.5; chosen on the development labels (leave-one-event-out) for
    #: precision over 0.80 (0.83 there), where a second careful reader scores about 0.74.
    link_probability: float = 0.55
    #: How far the sensitivity moves that threshold: sensitivity 0 adds this, 1 takes it off.
    sensitivity_span: float = 0.5
    #: Read meaning with the paraphrase encoder (encoder.py) when it can run: links claims
    #: told in other words. Without it (or when off) the comparison is lexical.
    use_encoder: bool = True
    #: ...but only while both documents together have at most this many sentences: the
    #: encoder reads about 400 news sentences a second on two cores (fewer long ones), so
    #: this bounds it to a few seconds, and long texts reuse words anyway.
    encoder_max_sentences: int = 1000
    #: ...and only while both read as English (english.reads_english): the encoder learned
    #: English only, and on other languages finds closeness where there is none. A text
    #: of fewer words than this is too short to tell (and is taken for English)...
    english_min_words: int = 30
    #: ...and the words of its first this many characters tell (a page of text).
    english_sample_chars: int = 20_000
    #: Each sentence keeps this many best candidates by weighted Dice (both ways); the
    #: others are never scored by the model.
    candidates_per_sentence: int = 5
    #: A term seeds candidate pairs only while it pairs at most this many sentences
    #: (sentences with it in A times those in B): rarer terms seed, common ones only score.
    max_seed_pairs_per_term: int = 400
    #: ...and while all the seeding terms pair at most this many in all: past it (two huge
    #: documents whose sentences share many middling terms by chance, such as 20 MB of
    #: Chinese read a character at a time), only the rarest seed. The Vim pair, 52,000
    #: sentences, pairs some 270,000; two news articles a few thousand.
    max_seed_crossings: int = 3_000_000
    #: Term weights (inverse sentence frequency, squared) are scaled for: a stem bigram
    #: (a phrase also counts as its two words)...
    phrase_weight: float = 0.6
    #: ...a boilerplate word of news ("said", "officials", "according")...
    weak_term_weight: float = 0.25
    #: ...a figure or a number word (a shared number is strong evidence)...
    number_weight: float = 1.5
    #: ...and a word both sentences quote counts this much again. The link model
    #: (data/link_weights.json) was learned with these values: change them only with a
    #: new run of benchmarks/train_linker.py.
    quoted_term_bonus: float = 1.0
    #: A pair's quick score is the larger of its weighted Dice and this share of its
    #: containment (a short sentence held whole in a long one).
    containment_share: float = 0.75
    #: Two neighbouring sentences form one link with a counterpart when each carries at
    #: least this many of its content terms that the other does not (a sentence split in two).
    split_part_terms: int = 2
    #: ...and the neighbour's pair needs only this share of the link threshold.
    split_probability_factor: float = 0.75
    #: A sentence's links to a run of at least this many neighbours of the other side
    #: form one link when each carries at least ``split_run_part_terms`` of its content
    #: terms that no other sentence of the run carries (a quotation printed one line per
    #: clause; only links already made join).
    split_run_sentences: int = 3
    split_run_part_terms: int = 1
    #: A sentence whose words recur at least this many times in its own document is
    #: boilerplate (a changelog's "Solution: Add a test.", a form's "Signature:"). Two such
    #: link only in place, next to a link of other sentences along the same diagonal, or,
    #: for a copy with no such link, to its nearest counterpart by place: not every copy
    #: to every copy (the Vim pair linked each to five). None: each copy links to every
    #: copy it is a candidate with (every one, unless both documents repeat it so often
    #: that the copies would pair more than ``max_seed_pairs_per_term`` times: then the
    #: nearest ``candidates_per_sentence`` by place; see align/seed.py).
    boilerplate_copies: int | None = 3
    #: Two sentences that quote the same words link whatever their score: the same whole
    #: quotation (not a scare quote), or quotations sharing at least this many words in
    #: order (a fragment, or reworded), or a reworded quotation whose shared words are
    #: ``quote_variant_cover`` of the shorter one's ("I will not resign" / "I would not
    #: resign").
    quote_link_words: int = 5
    #: A word put into or left out of one of two quotations that the quotation matcher did
    #: not pair is a changed quotation only between at least this many equal words on each
    #: side (“I feel [very] badly for him”): “believes that if [these allegations are] true”
    #: against “believes, if true, this would disqualify anyone” is two quotations, not one.
    quote_flank_words: int = 2
    #: A reworded run may reach past its quotation into an attribution of at most this many
    #: words, with a verb of saying, that splits the quotation in two: “This American
    #: [carnage,” he declared], “stops right here”.
    quote_attribution_words: int = 4
    #: A sentence of at most this many words with no lower-case letter is a section
    #: heading ("THREATS TO SOUTH KOREA"): a topic, not a claim, so it never links.
    heading_words: int = 8
    #: ...nor does a sentence of fewer content words than this, none of them quoted: a
    #: fragment ("Clinton?", "Right?") names a topic and claims nothing about it. (Unless
    #: copied word for word; a short quotation, "It's very unfair.", still links.)
    claim_min_words: int = 2
    #: A link is partial, not an agreement, when the word diff finds less than this share
    #: of either side's content words on the other side (one passage says more). At half,
    #: a headline whose verb was replaced ("seeks changes in" / "Signs Amended") passed as
    #: the same claim; under this share it needs the encoder's word that the rest means
    #: the same.
    partial_coverage: float = 0.6
    #: ...unless the paraphrase encoder finds the two passages at least this close in
    #: meaning (cosine): the same claim in other words is an agreement...
    paraphrase_cosine: float = 0.8
    #: ...and they still share at least this share of their content words (meaning alone
    #: never turns a link blue).
    paraphrase_min_coverage: float = 0.35
    #: A link is partial, whatever the shares above, when one side states at least this
    #: many content words that have nothing opposite them on the other side (see
    #: :func:`~kompare.core.overlap.ops_one_sided`): in a long sentence, half the words
    #: shared still leaves room for a whole claim more.
    partial_new_words: int = 5
    #: A figure of one or two significant digits within this share of another is that
    #: figure told roughly ("$43 million" and "$43,885,310"); figures told with more digits
    #: must agree to their last digit ("$141 million" is not "$139 million").
    figure_tolerance: float = 0.025
    #: Two figures of one unit in a reworded run differ only if they count one thing: the
    #: plain words within this many words of each (in its clause, up to another figure)
    #: share one. "45.8 percent" of taxes and "10 percent" of income given are two figures.
    figure_context_words: int = 8
    #: A figure, day or hedge counts as a fact of the shared claim only within this many
    #: words of words both passages share (the rest of a long sentence may be about else).
    fact_window: int = 4
    #: Where two passages tell the shared claim in another order, the word diff leaves a
    #: day or figure apart from the words it finds equal ("voted later on Friday to
    #: override" / "voting 348-77 to override Wednesday afternoon"). Such a day or figure
    #: still counts when, on both sides, at most this many words stand between it and one
    #: word both passages say once (a lower-case word, not boilerplate nor a quantity).
    moved_fact_reach: int = 2
    #: Words in a row, said twice word for word in one document, that make a repeat.
    min_repeat_words: int = 20
    #: A piece Punkt cut off that starts with a lower-case word or a closing mark
    #: ("director, told reporters" after "F.B.I."; "), who" after "(D-Va.") continues
    #: the sentence before it, while the two stay within this many characters (a run
    #: of "a. b. c." never grows into one sentence of a megabyte).
    continuation_max_chars: int = 1500
    #: A sentence longer than this (in characters) is cut into passages of at most this
    #: size, each at a clause mark or a space where it can be: text with no sentence end
    #: for a megabyte (a dump of words, a table flattened into one line) is otherwise one
    #: passage, too long to read, to mark or to lay out on a report's page.
    max_sentence_chars: int = 2000
    #: A replaced run longer than this (in words, either side) is a paraphrase: only
    #: numbers and dates stated on both sides are typed in it, not names or negations.
    local_change_words: int = 6
    #: A link's word diff runs difflib on the whole link up to this many words a side;
    #: longer links are first cut at words found once on each side, so difflib (quadratic
    #: at worst) only sees pieces of this size. Links of news sentences stay far below it.
    diff_exact_words: int = 400
    #: ...and while the pairs of equal words it would compare (a word's count in A times
    #: its count in B, summed) stay under this; past it, the most repeated words ("Mr."
    #: 100 times a side) only extend matches. News links stay far below it.
    diff_exact_pairs: int = 3000
    #: Two linked passages sharing at least this share of their words are one text edited:
    #: then any word put for another is a typed change ("term"), not a rewording.
    edited_similarity: float = 0.8
    #: Words told in another order: a run the word diff leaves unshared on one side is
    #: moved when at least this many of its content words, and this share of the content
    #: words of the shorter of the two runs, stand in one unshared run of the other side
    #: ("Hillary Clinton lied ... Flynn lied and they destroyed his life" / "Flynn lied, and
    #: it destroyed his life ... Clinton lied"). The two runs are then compared with each
    #: other for the link's changes, not with what the diff set against them.
    moved_run_words: int = 3
    moved_run_share: float = 0.6
    #: Quotations. Longest double-quoted passage, in characters (a long quoted paragraph
    #: fits; a stray mark never swallows a whole document).
    quote_max_chars: int = 3000
    #: ...and longest passage between straight single marks (which may be apostrophes).
    single_quote_max_chars: int = 300
    #: A quotation of at most this many words is a scare quote ("red line"): it matches
    #: another only word for word or as a part of it, never reworded.
    short_quote_words: int = 3
    #: Two different wordings of one quotation share at least this Dice similarity of
    #: their words...
    quote_variant_dice: float = 0.5
    #: ...or this share of the shorter one's words (when it has four or more)...
    quote_variant_cover: float = 0.75
    #: Alike by Dice only, they also share two telling words (not "now", "country": see
    #: tokens.WEAK_WORDS) or an unbroken run of this many words: two lines of one speech
    #: sharing an idiom ("right here and right now") are two quotations, not one reworded.
    quote_variant_run: int = 5
    #: A word shared by more quotations than this on one side does not pair them ("the").
    quote_max_postings: int = 40
    #: Speakers. Paragraphs before a quotation's own that are read for its speaker.
    speaker_context_paragraphs: int = 3
    #: Sentences a pronoun ("he", "the senator") may look back for the person it stands for.
    pronoun_reach: int = 4
    #: Longest line, in words, that may sign the quotation before it ("— Maria Lopez, 28").
    signature_max_words: int = 16
    #: A word opening more capitalised stretches than this is a label ("Solution:" in a
    #: changelog), not a name: its full form is not looked up.
    name_max_stretches: int = 300
    #: Two documents of at least this many characters together are compared with a helper
    #: process (worker.py) on the machine's other core: it splits one document while this
    #: process splits the other, then compares part of the links. Below this size its
    #: start-up (about half a second of the other core) is not paid back. None: never.
    helper_min_chars: int | None = 400_000
    #: ...and at most this many: past it, the helper's copy of both documents and their
    #: words costs more memory and time than it saves (two generated 10 MB documents took
    #: 25 s and 1.2 GB with it, 20 s and 0.7 GB without).
    helper_max_chars: int = 4_000_000
    #: ...and it compares this share of the links (by their passages' length): a little
    #: less than half, as its links travel back (on Vim's version8.txt / version9.txt its
    #: half ended about 0.1 s after this process's half)...
    helper_link_share: float = 0.45
    #: ...when the links number at least twice this many.
    helper_min_links: int = 500
    #: Size limit for one input file, in bytes (the CLI and the app refuse larger files).
    max_file_bytes: int = 20_000_000
    #: Fetching a web address: seconds allowed for the whole download (connecting,
    #: waiting and reading; a server that trickles bytes is cut off too)...
    fetch_timeout: float = 20.0
    #: ...and redirects followed before giving up (a redirect loop ends here).
    max_redirects: int = 5

    def link_threshold(self) -> float:
        """The link probability threshold at this sensitivity (higher sensitivity, lower bar).

        >>> [round(CompareConfig(sensitivity=s).link_threshold(), 3) for s in (0.0, 0.5, 1.0)]
        [0.8, 0.55, 0.3]
        """
        s = min(1.0, max(0.0, self.sensitivity))
        return min(0.99, max(0.01, self.link_probability + (0.5 - s) * self.sensitivity_span))

    def near_threshold(self) -> float:
        """The probability at which an unlinked sentence's closest counterpart is named (not
        linked): the bar of the most lenient sensitivity, whatever this one is.

        >>> round(CompareConfig().near_threshold(), 3), round(CompareConfig(sensitivity=0.0).near_threshold(), 3)
        (0.3, 0.3)
        """
        return replace(self, sensitivity=1.0).link_threshold()
