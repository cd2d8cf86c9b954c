"""A pure function of a text range, remembered (the figures, days and hedges of a linked sentence)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from kompare.core.tokens import Token


class RangeMemo:
    """A pure function of a text range, remembered: a sentence is in several links.

    Two versions of one text link each sentence to about three others; its figures and
    hedges are read once. Bounded: past ``size`` ranges, or at a text other than the
    last ``texts`` it was asked about (two comparisons' documents), it starts again, so
    it never keeps old documents alive.

    >>> calls = []
    >>> memo = RangeMemo(lambda text, s, e, words: calls.append(s) or [text[s:e]], texts=1)
    >>> memo("abc", 0, 2), memo("abc", 0, 2), calls
    (('ab',), ('ab',), [0])
    >>> memo("xyz", 0, 1), memo("abc", 0, 2), calls
    (('x',), ('ab',), [0, 0, 0])
    >>> memo("".join(["a", "bc"]), 0, 2), calls  # (an equal text, another object: read anew)
    (('ab',), [0, 0, 0, 0])
    """

    def __init__(
        self, compute: Callable[[str, int, int, Sequence[Token] | None], Sequence], size: int = 1 << 15,
        texts: int = 4,
    ):
        self._compute, self._size, self._max_texts = compute, size, texts
        self._known: dict[tuple[int, int, int], tuple[str, tuple]] = {}
        self._texts: list[str] = []  # the texts the remembered ranges are of

    def __call__(self, text: str, start: int, end: int, words: Sequence[Token] | None = None) -> tuple:
        """The value for ``text[start:end]`` (``words``: its words, when the caller has them)."""
        # Keyed by the text's identity, not its value: a key holding the text itself made
        # each look-up by an equal text that is another object (the same file read again)
        # compare the whole text, a megabyte, at every call. Each entry holds its text, so
        # no other object can have that id while the entry lives, even one a comparison on
        # another thread stored after the texts were let go.
        key = (id(text), start, end)
        hit = self._known.get(key)
        if hit is None or hit[0] is not text:
            if not any(text is t for t in self._texts):
                if len(self._texts) >= self._max_texts:
                    self._known.clear()
                    self._texts.clear()
                self._texts.append(text)
            if len(self._known) >= self._size:
                self._known.clear()
            hit = self._known[key] = (text, tuple(self._compute(text, start, end, words)))
        return hit[1]
