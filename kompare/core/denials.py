"""Words that deny: "not", "never", and verbs that carry their own "not" ("refused", "withholding").

A negation change turns a claim around; these say which words do, and when a verb of
denial denies the shared claim rather than being a verb of its own.

>>> from kompare.core.tokens import tokenize
>>> governed_denials(tokenize("declined"), tokenize("to testify")), opposed(tokenize("halted"), tokenize("allowed"))
(1, True)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from kompare.core.lexicon import DENIAL_OPPOSITES
from kompare.core.tokens import NEGATIONS, NORM, STEM, Token, stem

# Verbs that carry their own "not": "withholding aid" says "not sending aid"; each with
# the stems of the plain verbs it turns around.
_OPPOSITES = {stem(verb): frozenset(map(stem, plain)) for verb, plain in DENIAL_OPPOSITES.items()}
NEGATIVE_VERBS = frozenset(_OPPOSITES)


def negations(toks: Iterable[Token]) -> int:
    """How many of ``toks`` deny (:func:`denies`), wherever they stand."""
    return sum(map(denies, toks))


def _particles(toks: Iterable[Token]) -> int:
    """How many of ``toks`` negate by a word of their own ("not", "never", "won't"), not by a verb's sense.

    A verb that carries its own "not" ("rejects", "stops") negates only against its own
    claim told plainly ("refused to sign" / "signed"); against another verb ("Congress
    rejects" / "Senate overrides" the veto) it is other words, not a claim turned around.

    >>> from kompare.core.tokens import tokenize
    >>> _particles(tokenize("He did not go and refused to stay.")), _particles(tokenize("It stops here."))
    (1, 0)
    """
    return sum(1 for t in toks if denies(t) and t.stem not in NEGATIVE_VERBS)


def opposed(wa: Sequence[Token], wb: Sequence[Token]) -> bool:
    """Does one run hold a verb of denial and the other a plain verb it turns around ("halted" / "allowed")?

    >>> from kompare.core.tokens import tokenize
    >>> opposed(tokenize("halted"), tokenize("allowed")), opposed(tokenize("rejects"), tokenize("overrides"))
    (True, False)
    """
    for mine, theirs in ((wa, wb), (wb, wa)):
        stems = {t.stem for t in theirs}
        if any(not stems.isdisjoint(_OPPOSITES.get(t.stem, ())) for t in mine):
            return True
    return False


def governed_denials(toks: Sequence[Token], after: Sequence[Token]) -> int:
    """How many of the words ``toks`` (a run of the diff, ``after``: the words after it) deny a claim.

    A "not" does; a verb that carries its own "not" does when it governs a verb ("will
    stop sending aid", "declined to testify"), not when it is a verb of its own: "Congress
    rejects" / "Senate overrides" the veto, "stops right here and stops right now".

    >>> from kompare.core.tokens import tokenize
    >>> w = tokenize("will stop sending aid; refused to go")
    >>> governed_denials(w[1:2], w[2:]), governed_denials(w[1:2], ()), governed_denials(w[4:6], w[6:])
    (1, 0, 1)
    >>> governed_denials(tokenize("rejects"), tokenize("the veto")), governed_denials(tokenize("not"), ())
    (0, 1)
    """
    out = _particles(toks)
    for n, t in enumerate(toks):
        if t.stem in NEGATIVE_VERBS:
            nxt = toks[n + 1] if n + 1 < len(toks) else after[0] if after else None
            out += nxt is not None and (nxt.norm == "to" or nxt.norm.endswith("ing"))
    return out


def denial_count(toks: Sequence[Token]) -> int:
    """How many of ``toks`` deny (:func:`denies`); most passages none, found at C speed.

    >>> from kompare.core.tokens import tokenize
    >>> denial_count(tokenize("He did not go and refused to stay.")), denial_count(tokenize("He went."))
    (2, 0)
    """
    norms = list(map(NORM, toks))
    if (
        NEGATIONS.isdisjoint(norms) and NEGATIVE_VERBS.isdisjoint(map(STEM, toks)) and "without" not in norms
        and "n't " not in " ".join(norms) + " "
    ):
        return 0
    return sum(map(denies, toks))


def denies(t: Token) -> bool:
    """Does the word deny or negate ("not", "no", "won't", "withholding", "without")?"""
    return t.norm in NEGATIONS or t.norm.endswith("n't") or t.stem in NEGATIVE_VERBS or t.norm == "without"
