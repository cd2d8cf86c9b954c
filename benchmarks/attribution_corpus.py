"""Quotation finding and speaker attribution against the PolNeAR attribution corpus.

Run: .venv/bin/python benchmarks/attribution_corpus.py [CORPUS] [--split dev|train] [-v] [--misses]

``--misses`` (train split only) prints every named-person miss with its context; every run
counts the misses by category: no speaker or a wrong name, and where the Source lies
(before the quotation in its paragraph, in an earlier paragraph, inside it, after it).

CORPUS defaults to ../shared/dev/attributions (beside the project), or $KOMPARE_POLNEAR;
without it the script says so and exits 0.  The corpus is read, never copied.

How the corpus maps to "direct quotations with a named source"
-------------------------------------------------------------
PolNeAR annotates every attribution (brat standoff): a Source span, a Cue span and a
Content span, joined by an ``E`` relation (``Attribution-no-source`` has no Source).
Articles annotated by several annotators are read once, with the first annotation file.

* A **gold quotation** is an attribution whose Content holds a double quotation mark
  ("..." or curly marks).  It is *long* when the quoted words number more than
  kompare's ``SHORT_WORDS`` (3), else *short* (a scare quote or a quoted phrase).
* A quotation kompare finds **is** that gold quotation when it overlaps the Content's
  extent (interrupted quotations have a Content in two parts around the cue).
* **Quote recall**: long gold quotations with at least one found quotation over them.
  **Quote precision**: found quotations that lie over some attribution's Content (any
  attribution, quoted or not), per found kind (long, short).
* The **Source kind** of a gold quotation: *pronoun* (he, she, they, I, we, who, ...),
  *named person* (the Source has a proper name, its head: a run of capitalised words,
  titles such as "Mr." or "Sen." taken off, not possessive, not a modifier of a
  lower-case noun as "Clinton campaign", not after a preposition as "an adviser to both
  Clintons"), *named organisation* (the same, ending in an organisation word such as
  "Times", "News", "Committee", an acronym such as "CNN", or after "the": "the Las Vegas
  Sun"), *description* ("officials", "the campaign", "a New Hampshire Democrat"), or *none*.
* The **speaker is right** for a named Source when kompare's speaker is the Source's
  name or its end ("Mitch McConnell" for "Senate Majority Leader Mitch McConnell"), or the
  fullest form of that name in the article: the nearest longer mention ending with it
  before the quotation (else the first after), or the most frequent one ("Donald Trump"
  for "Mr. Trump"; a middle name may be left out), or, for a first name alone
  ("Hillary shot back"), a fuller name the article writes, or a full name (two words or
  more) that the Source itself writes as a whole, not possessive, after a comma or a role
  ("One of the university's top executives, Michael Sexton," for "Michael Sexton"); a
  lower-case particle stays in the name ("Bill de Blasio").  The speaker of a gold
  quotation is that of the found quotation covering most of it.
* **Named-speaker accuracy** = right / long gold quotations with a named-person Source
  (a gold quotation that is not found counts as wrong).  Pronoun Sources are scored
  apart: the share given a speaker, and the share whose speaker is the nearest named
  Source annotated before it in the article (a proxy for the antecedent, not a gold
  coreference).
* A **description** Source is *given as described* when kompare's speaker is that
  description, or one the article gave the same source before ("a spokesperson for
  Google" for "the spokesperson"): it shares the Source's last word, its source noun,
  singular or plural. Any other speaker (a name, most often) is counted apart.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kompare.core.config import CompareConfig  # noqa: E402
from kompare.core.quotes import find_quotes  # noqa: E402

SHORT_WORDS = CompareConfig().short_quote_words

DEFAULT = ROOT.parent / "shared" / "dev" / "attributions"
FALLBACKS = (Path("/work/shared/dev/attributions"),)

PRONOUNS = frozenset(
    "he she they i we it you who which that his her him them its their whom one this these us"
    .split()
)
#: Words written before a name that are not part of it (the benchmark's own short list).
TITLES = frozenset(
    """mr mrs ms miss dr sen senator rep representative gov governor president vice presidential
    candidate nominee secretary former gen general lt col adm rev sir madam speaker majority minority
    leader chairman chairwoman chair spokesman spokeswoman attorney judge justice mayor""".split()
)
ORG_WORDS = frozenset(
    """times news post journal press network committee campaign party foundation institute
    university association council department office agency commission center centre group
    tribune herald magazine review company corporation inc channel television tv radio
    service court police bureau administration house senate congress poll""".split()
)
DETERMINERS = frozenset("the a an some many several this that these those his her their its our".split())
_WORD = re.compile(r"[^\W_]+(?:[’'.\-][^\W_]+)*\.?(?:[’']s?)?")
_QUOTED = re.compile(r"[“\"]([^“”\"]*)(?:[”\"]|$)")


@dataclass
class Gold:
    start: int
    end: int
    spans: list[tuple[int, int]]
    words: int  # quoted words
    source: str
    source_start: int
    kind: str  # pronoun, person, organisation, description, none
    head: tuple[str, ...] = ()


@dataclass
class Tally:
    counts: Counter = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)


def _spans(field_: str) -> list[tuple[int, int]]:
    out = []
    for part in field_.split(";"):
        s, e = part.split()[-2:]
        out.append((int(s), int(e)))
    return out


def read_ann(path: Path) -> list[tuple[list[tuple[int, int]], list[tuple[int, int]]]]:
    """(content spans, source spans) of each attribution in a brat .ann file."""
    spans: dict[str, list[tuple[int, int]]] = {}
    rels = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            spans[parts[0]] = _spans(parts[1])
        elif line.startswith("E") and len(parts) >= 2:
            args = dict(a.split(":", 1) for a in parts[1].split())
            rels.append(args)
    out = []
    for args in rels:
        if "Content" not in args or args["Content"] not in spans:
            continue
        out.append((spans[args["Content"]], spans.get(args.get("Source", ""), [])))
    return out


def _key(word: str) -> str:
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    return re.sub(r"[.\-'‐‑]", "", w)


_TOKEN = re.compile(_WORD.pattern + r"|[^\w\s]")
#: Lower-case words that may follow a name in a Source ("Trump of New York", "Cruz and").
_AFTER_NAME = frozenset("of and or said says who for at in from on to with".split())


_PREPOSITIONS = frozenset("to of for by with about at from in on close near".split())

#: Capitalised words that describe rather than name ("a New Hampshire Democrat").
DESCRIPTIVE = frozenset(
    """democrat democrats republican republicans gop conservative conservatives liberal liberals
    american americans official officials senator aide aides""".split()
)


#: Lower-case words inside names ("Bill de Blasio", "Michery el Soheil").
_PARTICLES = frozenset("de del della di da du van von der den le la el al bin ibn".split())


def _groups(source: str) -> list[tuple[str, ...]]:
    """Runs of capitalised words in a Source span that may be its head (titles off)."""
    toks = _TOKEN.findall(source) + [""]
    out, group = [], []
    after_preposition = False  # "a longtime adviser to both Clintons" names no Clinton
    for w in toks:
        if w[:1].isalpha() and w[:1].isupper() and not (not group and _key(w) in DETERMINERS):
            group.append(w)
            continue
        if w in _PARTICLES:  # "Bill de Blasio", "de Blasio": a particle inside a name
            group.append(w)
            continue
        if group and after_preposition:
            group = []
        after_preposition = w.lower() in _PREPOSITIONS or (
            after_preposition and w.lower() in DETERMINERS | {"both"}
        )
        if group:
            possessive = group[-1].endswith(("’s", "'s", "s’", "s'"))
            modifier = w[:1].islower() and w.lower() not in _AFTER_NAME  # "Clinton campaign"
            while group and group[-1] in _PARTICLES:
                group = group[:-1]  # "Jean de": no name ends with a particle
            while group and _key(group[0]) in TITLES:
                group = group[1:]
            if group and not possessive and not modifier:
                out.append(tuple(group))
        group = []
    return out


def source_head(source: str) -> tuple[str, ...]:
    """The proper name a Source span names (titles off), or () when it names none: the
    first run that names a person, else the first run."""
    groups = _groups(source)
    for g in groups:
        if _key(g[-1]) not in ORG_WORDS and _key(g[-1]) not in DESCRIPTIVE and _key(g[-1]) not in TITLES:
            return g  # not a role ending a run: "former Pennsylvania Gov. and ... Ed Rendell"
    return groups[0] if groups else ()


def classify_source(source: str) -> tuple[str, tuple[str, ...]]:
    if not source.strip():
        return "none", ()
    if _key(source.strip()) in PRONOUNS:
        return "pronoun", ()
    head = source_head(source)
    if not head or _key(head[-1]) in DESCRIPTIVE:
        return "description", ()
    if re.match(r"(?i)the\s", source.strip()) and source_head(source) == _groups(source)[0]:
        return "organisation", head  # "The Blaze", "the Las Vegas Sun": no person takes "the"
    letters = "".join(c for c in "".join(head) if c.isalpha())
    if _key(head[-1]) in ORG_WORDS or (len(letters) > 1 and letters.isupper()):
        return "organisation", head
    return "person", head


def gold_quotations(text: str, attributions) -> list[Gold]:
    out = []
    for content, source in attributions:
        body = " ".join(text[s:e] for s, e in content)
        if not re.search(r"[“”\"]", body):
            continue
        quoted = " ".join(m.group(1) for m in _QUOTED.finditer(body))
        words = len(re.findall(r"\w+", quoted))
        src = " ".join(text[s:e] for s, e in source)
        kind, head = classify_source(src)
        out.append(Gold(min(s for s, _ in content), max(e for _, e in content), content, words, src,
                        source[0][0] if source else -1, kind, head))
    return out


def _suffix(short: list[str], long_: list[str]) -> bool:
    return 0 < len(short) <= len(long_) and long_[len(long_) - len(short):] == short


#: One capitalised word of a run before a name: no sentence's full stop inside the run.
_RUN_WORD = r"(?:(?:[A-Z][\w’'\-]*|[A-Z]\.|Mr\.|Mrs\.|Ms\.|Dr\.|Sen\.|Rep\.|Gov\.|Gen\.)[ \u00a0]+)"


#: Capitalised words that open sentences, not names.
_OPENERS = frozenset(
    """the a an but and later then when after as so also still yet meanwhile however in on at
    for with by of to from if while said says asked""".split()
)


def fullest_forms(text: str, head: tuple[str, ...], pos: int) -> list[list[str]]:
    """Longer mentions in ``text`` ending with ``head``: nearest before ``pos`` first."""
    name = r"\s+".join(re.escape(w) for w in head)
    found = []
    for m in re.finditer("(" + _RUN_WORD + r"{1,3})" + name + r"(?!\w)", text):
        words = [w for w in m.group(1).split() if _key(w) not in TITLES]
        while words and _key(words[0]) in _OPENERS:
            words = words[1:]  # "Later Mr. Trump": a sentence's first word
        if words and words[-1][-1:] not in ",;:" and all(w[:1].isupper() for w in words):
            found.append((m.start(), [_key(w) for w in words] + [_key(w) for w in head]))
    before = sorted((p for p in found if p[0] < pos), key=lambda p: -p[0])
    after = [p for p in found if p[0] >= pos]
    common = Counter(tuple(w) for _, w in found).most_common(1)
    return [w for _, w in before[:1] + after[:1]] + [list(c[0]) for c in common]


#: Words that may open a capitalised run before a name without being a first name.
NOT_FIRST = frozenset(
    """republican republicans democrat democrats democratic gop u.s us american former new york
    presidential candidate nominee house senate white state federal vermont texas florida ohio
    california""".split()
)


def _within(short: list[str], long_: list[str]) -> bool:
    """``short`` is ``long_`` with some middle words left out, ending alike ("Hillary Clinton"
    in "Hillary Rodham Clinton")."""
    it = iter(long_[-len(long_):])
    return bool(short) and short[-1] == long_[-1] and all(w in it for w in short)


def _named_in_source(source: str, speaker: str) -> bool:
    """The speaker's full name (two words or more) stands in the Source on its own: not
    possessive, not followed by more of a name, in a Source naming one person ("One of the
    university's top executives, Michael Sexton," for "Michael Sexton")."""
    words = speaker.split()
    if len(words) < 2 or re.search(r"\band\b|&", source):
        return False
    pattern = r"(?<![\w’'])" + r"\s+".join(re.escape(w) for w in words) + r"(?![\w’'])(?!\s+[A-Z])"
    for m in re.finditer(pattern, source):
        before = source[: m.start()].split()
        prev = before[-1] if before else ""
        # the whole run, after a comma or a role: not "of the Armenian Patriarchate",
        # not the tail of "Our Principles Pac"
        if not prev or prev.endswith(",") or (
            prev[:1].islower() and prev.lower() not in _PREPOSITIONS | DETERMINERS | {"for", "our"}
        ) or _key(prev) in TITLES:
            return True
    return False


def speaker_right(text: str, g: Gold, speaker: str | None) -> bool:
    if speaker and _named_in_source(g.source, speaker):
        return True
    if not speaker or not g.head:
        return False
    ours = [_key(w) for w in speaker.split()]
    head = [_key(w) for w in g.head]
    if _suffix(ours, head):
        return True
    if len(head) == 1 and ours[:1] == head and len(ours) > 1:
        # a first name as the Source ("Hillary shot back"): its full form in the article
        return re.search(r"\b" + r"\s+".join(re.escape(w) for w in speaker.split()) + r"\b", text) is not None
    if _suffix(head, ours) and not any(w in NOT_FIRST or w in TITLES for w in ours[: -len(head)]):
        return any(_within(ours, f) for f in fullest_forms(text, g.head, g.start))
    return False


def same_description(source: str, speaker: str) -> bool:
    """Does ``speaker`` give the described ``source`` (its last word, singular or plural)?

    >>> same_description("the spokesperson", "A spokesperson for Google"), same_description("officials", "Trump")
    (True, False)
    """
    def last(words: list[str]) -> str:
        return words[-1].rstrip("s") if words else ""

    head = last(re.findall(r"[a-z]+", source.lower()))
    return bool(head) and head in {w.rstrip("s") for w in re.findall(r"[a-z]+", speaker.lower())}


def miss_category(text: str, g: Gold, speaker: str | None) -> str:
    """Why a named-person speaker is missed, from where the Source lies (for --misses)."""
    got = "none" if speaker is None else "wrong"
    if g.source_start < 0:
        where = "no source span"
    elif g.source_start >= g.end:
        where = "source after"
    elif g.source_start > g.start:
        where = "source inside"
    else:
        gap = text[g.source_start:g.start]
        where = "source earlier paragraph" if "\n" in gap else "source before, same paragraph"
    return f"{got} / {where}"


def score_article(text: str, attributions, tally: Tally, name: str, verbose: bool,
                  misses: bool = False) -> None:
    c = tally.counts
    golds = gold_quotations(text, attributions)
    quotes = find_quotes(text)
    extents = sorted((min(s for s, _ in a[0]), max(e for _, e in a[0])) for a in attributions)
    for q in quotes:
        kind = "short" if q.short else "long"
        c[f"found {kind}"] += 1
        if any(s < q.end and q.start < e for s, e in extents):
            c[f"found {kind} real"] += 1
        elif verbose:
            tally.misses.append(f"{name}: not an attribution: {text[q.start:q.end][:70]!r}")
    named_before: list[tuple[int, tuple[str, ...]]] = []
    for g in sorted(golds, key=lambda g: g.start):
        cat = "long" if g.words > SHORT_WORDS else "short"
        over = [(min(q.end, g.end) - max(q.start, g.start), q) for q in quotes
                if q.start < g.end and g.start < q.end]
        c[f"gold {cat}"] += 1
        c[f"gold {cat} found"] += bool(over)
        best = max(over, key=lambda x: x[0])[1] if over else None
        speaker = best.speaker if best else None
        if best is None and verbose and cat == "long":
            tally.misses.append(f"{name}@{g.start}: quotation not found: {text[g.start:g.end][:70]!r}")
        if cat == "long":
            c[f"{g.kind}"] += 1
            c[f"{g.kind} given"] += speaker is not None
            if g.kind == "description" and speaker is not None:
                c["description as described"] += same_description(g.source, speaker)
            if g.kind in ("person", "organisation"):
                ok = speaker_right(text, g, speaker)
                c[f"{g.kind} right"] += ok
                if not ok and g.kind == "person":
                    category = miss_category(text, g, speaker)
                    c[f"miss: {category}"] += 1
                    if misses:
                        lo = max(0, min(g.start, g.source_start if g.source_start >= 0 else g.start) - 150)
                        hi = max(g.end, g.source_start + len(g.source)) + 60
                        tally.misses.append(
                            f"--- {name}@{g.start} [{category}] source {g.source!r} got {speaker!r}\n"
                            + text[lo:hi].replace("\n", " / ")
                        )
                if not ok and verbose and g.kind == "person":
                    tally.misses.append(
                        f"{name}@{g.start}: source {g.source!r} head {' '.join(g.head)!r} got {speaker!r}"
                        f" :: {text[max(0, g.start - 80):g.start + 60]!r}"
                    )
            elif g.kind == "pronoun" and named_before:
                proxy = Gold(g.start, g.end, g.spans, g.words, "", -1, "person", named_before[-1][1])
                c["pronoun proxy"] += 1
                c["pronoun proxy right"] += speaker_right(text, proxy, speaker)
        if g.kind == "person":
            named_before.append((g.start, g.head))


def corpus_dir(arg: str | None) -> Path | None:
    for p in ([Path(arg)] if arg else [Path(os.environ.get("KOMPARE_POLNEAR", DEFAULT)), *FALLBACKS]):
        if (p / "dev" / "text").is_dir():
            return p
    return None


def evaluate(root: Path, split: str = "dev", verbose: bool = False, limit: int | None = None,
             misses: bool = False) -> Tally:
    tally = Tally()
    chosen: dict[str, Path] = {}
    for ann in sorted((root / split / "attributions").glob("*.ann")):
        chosen.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    for n, (stem, ann) in enumerate(sorted(chosen.items())):
        if limit is not None and n >= limit:
            break
        txt = root / split / "text" / f"{stem}.txt"
        if not txt.exists():
            continue
        text = txt.read_text(encoding="utf-8")
        score_article(text, read_ann(ann), tally, stem, verbose, misses)
        tally.counts["articles"] += 1
    return tally


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f} ({a}/{b})" if b else "n/a"


def report(t: Tally) -> None:
    c = t.counts
    print(f"articles: {c['articles']}")
    print(f"quote recall, long quotations:   {_ratio(c['gold long found'], c['gold long'])}")
    print(f"quote recall, short quotations:  {_ratio(c['gold short found'], c['gold short'])}")
    print(f"quote precision, long found:     {_ratio(c['found long real'], c['found long'])}")
    print(f"quote precision, short found:    {_ratio(c['found short real'], c['found short'])}")
    print(f"quote precision, all found:      "
          f"{_ratio(c['found long real'] + c['found short real'], c['found long'] + c['found short'])}")
    print("speaker of long quotations, by Source kind:")
    print(f"  named person:       accuracy {_ratio(c['person right'], c['person'])}; "
          f"given a speaker {_ratio(c['person given'], c['person'])}; "
          f"wrong name {_ratio(c['person given'] - c['person right'], c['person given'])}")
    print(f"  named organisation: accuracy {_ratio(c['organisation right'], c['organisation'])}; "
          f"given a speaker {_ratio(c['organisation given'], c['organisation'])}")
    print(f"  pronoun:            given a speaker {_ratio(c['pronoun given'], c['pronoun'])}; "
          f"same as the previous named Source {_ratio(c['pronoun proxy right'], c['pronoun proxy'])}")
    print(f"  description:        given a speaker {_ratio(c['description given'], c['description'])}; "
          f"given as described {_ratio(c['description as described'], c['description'])}")
    print(f"  no source:          given a speaker {_ratio(c['none given'], c['none'])}")
    print("named-person misses, by category:")
    for key, n in sorted(((k, n) for k, n in c.items() if k.startswith("miss: ")), key=lambda x: -x[1]):
        print(f"  {key[6:]:40} {n}")
    print(f"NAMED-SPEAKER ACCURACY: {_ratio(c['person right'], c['person'])}")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", help="the PolNeAR folder holding dev/ and train/")
    ap.add_argument("--split", default="dev", choices=("dev", "train"))
    ap.add_argument("--limit", type=int, help="only the first N articles")
    ap.add_argument("-v", action="store_true", help="list wrong speakers and false quotations")
    ap.add_argument("--misses", action="store_true",
                    help="print each named-person miss with its context (train split only: dev is "
                         "for checking that a rule generalises, not for designing one)")
    args = ap.parse_args(argv)
    if args.misses and args.split != "train":
        ap.error("--misses reads the train split only")
    root = corpus_dir(args.corpus)
    if root is None:
        print("PolNeAR corpus not found (pass its folder, or set KOMPARE_POLNEAR); skipped.")
        return 0
    t0 = time.perf_counter()
    tally = evaluate(root, args.split, args.v, args.limit, args.misses)
    if args.v or args.misses:
        print(*t.misses if (t := tally) else (), sep="\n")
    print(f"PolNeAR {args.split} split, {root}  ({time.perf_counter() - t0:.1f} s)")
    report(tally)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
