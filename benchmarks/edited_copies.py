"""Edited copies: every unchanged sentence an agreement, every edit a typed divergence.

Run: .venv/bin/python benchmarks/edited_copies.py [-v] [--triplets DIR] [--per-article N] [--seed S]

Each article (the seeds, and the development triplets when they are beside the project)
is compared with a copy of itself in which a few sentences, never two neighbours, carry
one edit each, made by rule at a place chosen at random (a fixed seed): a count or an
amount changed, a year, weekday or month moved, a "not" put in or taken out, a hedge put
in, a name put for another name of the article, a word of a quotation or of the sentence
put for another word of the article, a sentence deleted; or the same words told otherwise:
a sentence split in two at ", and", two sentences merged into one, two sentences swapped.
Printed, per kind of edit: how many edited sentences link to their copy, as a divergence,
with the change type a reader expects, naming the new words (for the same words told
otherwise: how many are agreements); and how many unchanged sentences are agreements.

The edits are made by rules, not picked by hand, so they reach sentences nobody looked at:
a figure here is a measure of the classifier on text it was not tuned on.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from kompare.core import ChangeType, LinkKind, Side, compare  # noqa: E402
from kompare.core.ingest import load_document  # noqa: E402
from kompare.core.segment import segment  # noqa: E402

from benchutil import SEEDS, TRIPLETS, WEEKDAYS, edited_copy, print_rates  # noqa: E402

MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September", "October",
          "November", "December"]  # (no "May": a modal too)
AUX = r"is|was|are|were|will|would|could|can|should|has|have|had|did|does"
STOP = set("""about above after again against also although among another because been before being
below between both could didn during each every first from further given having here however
into itself just last later least like made make many might more most much must never other
otherwise over same should since some such than that their them then there these they this
those through under until very were what when where which while whose will with within would
years year said says told according people percent""".split())
# Words whose change is a hedge or a negation, not a plain word put for another.
NOT_PLAIN = re.compile(r"^(apparent|report|alleg|likel|possib|probab|perhap|seem|appear|suggest|deny|deni|refus|"
                       r"reject|declin|fail|without|never|none|nothing|neither|nobody|unclear|uncertain)")


@dataclass
class Edit:
    kind: str
    expect: frozenset  # change types that count as right (empty: the sentence must be unique)
    start: int  # where the edited words are, in the original text
    end: int
    new: str  # the words put there
    agree: bool = False  # the same claims told otherwise (split, merged, swapped): agreements expected


def _quoted_spans(sentence: str, s0: int) -> list[tuple[int, int]] | None:
    """The quotations inside a sentence (offsets in the text), or None when its quotation marks do not pair up."""
    if sentence.count("“") != sentence.count("”") or sentence.count('"') % 2:
        return None
    return [(s0 + m.start(), s0 + m.end()) for m in re.finditer(r"“[^“”]+”|\"[^\"]+\"", sentence)]


def _inside(pos: int, spans) -> bool:
    return any(s <= pos < e for s, e in spans)


def _paragraph(text: str, pos: int) -> str:
    return text[text.rfind("\n", 0, pos) + 1 : (text.find("\n", pos) + 1 or len(text) + 1) - 1]


def _names(text: str) -> list[str]:
    """Capitalised words of the article never written in lower case, seen twice, not first in a sentence."""
    caps = Counter(m.group(1) for m in re.finditer(r"(?<=[a-z,] )([A-Z][a-z]{3,})\b", text))
    lower = {w.lower() for w in re.findall(r"\b[a-z]{4,}\b", text)}
    skip = set(WEEKDAYS) | set(MONTHS) | {"May", "The", "This", "That", "Democrats", "Republicans", "Democratic",
                                          "Republican", "House", "Senate", "President", "Congress", "South", "North", "East",
                                          "West"}
    return sorted(w for w, n in caps.items() if n >= 2 and w.lower() not in lower and w not in skip)


def _content_words(text: str) -> list[str]:
    return sorted({w for w in re.findall(r"(?<![\w’'-])[a-z]{5,}(?![\w’'-])", text) if w not in STOP and not NOT_PLAIN.match(w)})


_LOWER_FIRST = frozenset("The A An It He She They This That These Those His Her Their Its We".split())


def _joined(first: str, second: str) -> str:
    """Two sentences as one: 'X said Y. The Z did W.' -> 'X said Y, and the Z did W.'"""
    head, _, rest = second.partition(" ")
    head = head.lower() if head in _LOWER_FIRST else head
    return first[:-1] + ", and " + head + (" " + rest if rest else "")


def _sites(kind: str, text: str, s0: int, s1: int, names, words, rng, nxt=None) -> Edit | None:
    """One edit of ``kind`` inside the sentence text[s0:s1] (or over it and the next one,
    ``nxt``, when that is in the same paragraph), or None where it has no place for one."""
    sent = text[s0:s1]
    if kind in ("merged", "swapped"):
        if nxt is None or "\n" in text[s1 : nxt[0]] or not sent.endswith(".") or not text[nxt[0] : nxt[1]].endswith("."):
            return None
        if re.search("[“”\"‘’]", text[s0 : nxt[1]].replace("’s", "").replace("n’t", "")):
            return None  # (no quotation: its marks would be cut)
        second = text[nxt[0] : nxt[1]]
        new = _joined(sent, second) if kind == "merged" else second + text[s1 : nxt[0]] + sent
        return Edit(kind, frozenset(), s0, nxt[1], new, agree=True)
    if kind == "split":
        found = [m for m in re.finditer(r", (?:and|but) ([a-z]\w*)", sent)
                 if len(sent[: m.start()].split()) >= 6 and len(sent[m.end() :].split()) >= 5
                 and not re.search("[“”\"]", sent)]
        if found:
            m = rng.choice(found)
            return Edit(kind, frozenset(), s0 + m.start(), s0 + m.end(), ". " + m.group(1).capitalize(), agree=True)
        return None
    quoted = _quoted_spans(sent, s0)
    if quoted is None:  # (where a quotation begins or ends is not clear: no edit there)
        return None

    def pick(pattern, *, in_quotes=False, group=0):
        found = [m for m in re.finditer(pattern, sent) if _inside(s0 + m.start(group), quoted) == in_quotes]
        return rng.choice(found) if found else None

    if kind == "amount":
        m = pick(r"\$(\d+)(?=[.,]?\d*\s*(?:million|billion|trillion)?)")
        if m:
            return Edit(kind, frozenset({ChangeType.NUMBER}), s0 + m.start(1), s0 + m.end(1), str(int(m.group(1)) + 1))
    elif kind == "number":
        m = pick(r"(?<![\d.,$/:-])\b([1-9]\d{0,2})\b(?![\d:/]|[.,]\d|-year|th|st|nd|rd)")
        if m and not re.match(r"(19|20)\d\d$", m.group(1)):
            v = int(m.group(1))
            return Edit(kind, frozenset({ChangeType.NUMBER}), s0 + m.start(1), s0 + m.end(1), str(v + 3 if v < 10 else v * 2))
    elif kind == "year":
        m = pick(r"\b(19[6-9]\d|20[0-2]\d)\b(?![\d,.]\d)")
        if m:
            return Edit(kind, frozenset({ChangeType.DATE}), s0 + m.start(1), s0 + m.end(1), str(int(m.group(1)) - 1))
    elif kind == "weekday":
        m = pick(r"\b(" + "|".join(WEEKDAYS) + r")\b")
        if m:
            new = WEEKDAYS[(WEEKDAYS.index(m.group(1)) + 1) % 7]
            return Edit(kind, frozenset({ChangeType.DATE}), s0 + m.start(1), s0 + m.end(1), new)
    elif kind == "month":
        m = pick(r"\b(" + "|".join(MONTHS) + r")\b")
        if m:
            new = MONTHS[(MONTHS.index(m.group(1)) + 2) % len(MONTHS)]
            return Edit(kind, frozenset({ChangeType.DATE}), s0 + m.start(1), s0 + m.end(1), new)
    elif kind == "negation added":
        m = pick(r"\b(?:" + AUX + r")\s+(?!not\b|no\b|never\b|only\b)(?=[a-z]{3,})")
        if m:
            return Edit(kind, frozenset({ChangeType.NEGATION}), s0 + m.end(), s0 + m.end(), "not ")
    elif kind == "negation removed":
        m = pick(r"\b(?:" + AUX + r"|do)\s+(not )")
        if m:
            return Edit(kind, frozenset({ChangeType.NEGATION}), s0 + m.start(1), s0 + m.end(1), "")
    elif kind == "hedge":
        m = pick(r"\b(?:has|have|had|was|were|is|are)\s+(?!not\b)(?=[a-z]+ed\b)")
        if m:
            return Edit(kind, frozenset({ChangeType.HEDGE}), s0 + m.end(), s0 + m.end(), "reportedly ")
    elif kind == "modal":
        m = pick(r"\b(will)\s+(?!not\b)")
        if m:
            return Edit(kind, frozenset({ChangeType.HEDGE}), s0 + m.start(1), s0 + m.end(1), "may")
    elif kind == "name":
        here = [n for n in names if re.search(r"(?<=[a-z,] )" + n + r"\b", sent)]
        if here:
            old = rng.choice(here)
            m = pick(r"(?<=[a-z,] )(" + old + r")\b", group=1)
            others = [n for n in names if old not in n and n not in old and n not in sent]
            if m and others:
                return Edit(kind, frozenset({ChangeType.NAME, ChangeType.SPEAKER}), s0 + m.start(1), s0 + m.end(1),
                            rng.choice(others))
    elif kind in ("quote word", "term"):
        if kind == "term" and re.search("[“”\"]", _paragraph(text, s0)):
            return None  # (a quotation may run on from an earlier sentence)
        m = pick(r"(?<![\w’'-])([a-z]{5,})(?![\w’'-])", in_quotes=kind == "quote word", group=1)
        if m and m.group(1) not in STOP and not NOT_PLAIN.match(m.group(1)):
            others = [w for w in words if w not in sent.lower()]
            if others:
                expect = ChangeType.QUOTE if kind == "quote word" else ChangeType.TERM
                return Edit(kind, frozenset({expect}), s0 + m.start(1), s0 + m.end(1), rng.choice(others))
    elif kind == "deleted":
        return Edit(kind, frozenset(), s0, s1, "")
    return None


_TOLD_OTHERWISE = ("split", "merged", "swapped")
KINDS = ("number", "amount", "year", "weekday", "month", "negation added", "negation removed", "hedge", "modal",
         "name", "quote word", "term", "deleted", "split", "merged", "swapped")


def edit_article(doc, rng, per_article: int):
    """Edits of the article (by sentence id of the original), a sentence at most per edit."""
    seg = segment(doc)
    text = doc.text
    names, words = _names(text), _content_words(text)
    ids = list(range(len(seg.sentences)))
    rng.shuffle(ids)
    edits: dict[int, Edit] = {}
    kinds = list(KINDS)
    rng.shuffle(kinds)
    for sid in ids:
        if len(edits) >= per_article:
            break
        if sid - 1 in edits or sid + 1 in edits:
            continue
        s = seg.sentences[sid]
        free = sid + 1 < len(seg.sentences) and sid + 2 not in edits
        nxt = (seg.sentences[sid + 1].start, seg.sentences[sid + 1].end) if free else None
        for kind in kinds:
            e = _sites(kind, text, s.start, s.end, names, words, rng, nxt)
            if e is not None:
                edits[sid] = e
                if e.end > s.end:  # (two sentences)
                    edits[sid + 1] = e
                kinds.remove(kind)
                kinds.append(kind)  # (the kinds take turns)
                break
    return edits


def edited_pair(path: Path, seed: int, per_article: int):
    """An article, its edited copy and the edits (each article draws its own places: the same whatever else runs)."""
    doc = load_document(path)
    rng = random.Random(f"{seed}:{path.parent.name}/{path.name}")
    edits = edit_article(doc, rng, per_article)
    done = {id(e): e for e in edits.values()}.values()  # (an edit of two sentences is one)
    return doc, edited_copy(doc, [(e.start, e.end, e.new) for e in done]), edits


def score_article(path: Path, seed: int, per_article: int, tally, verbose: bool):
    doc, copy, edits = edited_pair(path, seed, per_article)
    c = compare(doc, copy)
    for s in c.a.sentences:
        e = edits.get(s.id)
        sentence = " ".join(c.a.sentence_text(s.id).split())
        if e is None:
            ok = c.status(Side.A, s.id).value == "agreement"
            tally["unchanged"]["sentences"] += 1
            tally["unchanged"]["agreement"] += ok
            if not ok and verbose:
                print(f"  [unchanged, {c.status(Side.A, s.id).value}] {path.parent.name}/{path.name}: {sentence[:160]}")
            continue
        t = tally[e.kind]
        t["sentences"] += 1
        link = c.link_of(Side.A, s.id)
        if e.agree:
            status = c.status(Side.A, s.id).value
            t["agreement"] += status == "agreement"
            t["linked"] += link is not None
            if status != "agreement" and verbose:
                got = "unique" if link is None else f"{link.kind.value} {link.a}->{link.b} {[(ch.type.value, ch.a, ch.b) for ch in link.changes]}"
                print(f"  [{e.kind}] {path.parent.name}/{path.name}: got {got}\n      {sentence[:200]}")
            continue
        if not e.expect:
            t["unique"] += link is None
            continue
        t["linked"] += link is not None
        divergence = link is not None and link.kind is LinkKind.DIVERGENCE
        t["divergence"] += divergence
        typed = divergence and any(ch.type in e.expect for ch in link.changes)
        t["typed"] += typed
        named = typed and any(ch.type in e.expect and (e.new.strip() in ch.b or (not e.new and ch.a)) for ch in link.changes)
        t["named"] += named
        if not named and verbose:
            old = doc.text[e.start : e.end]
            got = "unique" if link is None else f"{link.kind.value} {[(ch.type.value, ch.a, ch.b) for ch in link.changes]}"
            print(f"  [{e.kind}: {old!r} -> {e.new!r}] {path.parent.name}/{path.name}: got {got}\n      {sentence[:200]}")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", action="store_true", help="list every edit not typed as expected")
    ap.add_argument("--triplets", type=Path, default=TRIPLETS, help="the development news triplets")
    ap.add_argument("--seed", type=int, default=1, help="which draw of places (1)")
    ap.add_argument("--per-article", type=int, default=6, help="edits per article at most (6)")
    args = ap.parse_args(argv)
    verbose, triplets, seed = args.v, args.triplets, args.seed
    paths = sorted(SEEDS.glob("*.txt"))
    if triplets.is_dir():
        paths += sorted(triplets.glob("*/*.txt"))
    else:
        print(f"(no development triplets at {triplets}: the seeds only)")
    tally: dict[str, Counter] = defaultdict(Counter)
    t0 = time.perf_counter()
    for p in paths:
        score_article(p, seed, args.per_article, tally, verbose)
    print(f"{len(paths)} articles, {args.per_article} edits each at most ({time.perf_counter() - t0:.1f} s)")
    print(f"{'edit':18s} {'n':>4s} {'linked':>7s} {'diverg.':>7s} {'typed':>7s} {'named':>7s}")
    print_rates(((kind, tally[kind]) for kind in KINDS if tally.get(kind) and kind not in _TOLD_OTHERWISE + ("deleted",)),
                "sentences", ("linked", "divergence", "typed", "named"), total="all edits")
    for kind in ("deleted", "split", "merged", "swapped"):
        t = tally.get(kind)
        if t and kind == "deleted":
            print(f"{kind:18s} {t['sentences']:4d}  unique {t['unique']}/{t['sentences']}")
        elif t:
            print(f"{kind:18s} {t['sentences']:4d}  linked {t['linked']}/{t['sentences']}, "
                  f"agreement {t['agreement']}/{t['sentences']}")
    u = tally["unchanged"]
    print(f"unchanged sentences shown as agreement: {u['agreement']}/{u['sentences']} ({u['agreement'] / max(u['sentences'], 1):.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
