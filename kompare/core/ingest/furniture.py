"""Page furniture: lines that belong to the web page, not to the article.

Copied articles drag along "Advertisement", "Read More", share buttons,
section labels, photo captions, teasers for other stories.  They stay in the
displayed text (the user should see what the file holds) but are listed as
:class:`Excluded` ranges so the comparison ignores them.

Two kinds of evidence are used:

* :data:`LINE_PATTERNS`: regular expressions matched against a *whole*
  line (stripped, case-insensitive), so "Read More" alone is furniture but a
  sentence containing "read more" is not.  Add a pattern to teach it more.
* structural rules: short labels above the headline, the headline repeated,
  a teaser line printed twice in a row, a copyright notice or an unfinished
  fragment at the very end of a line.

>>> text = "World\\nPutin visits Pyongyang for talks\\nAdvertisement\\nKim greeted him at the airport."
>>> [(text[e.start:e.end], e.reason.value) for e in find_furniture(text)]
[('World', 'furniture'), ('Advertisement', 'furniture')]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from kompare.core.ingest.linefilter import line_filter, lines_holding, lowered_lines_holding
from kompare.core.model import Excluded, ExclusionReason

FURNITURE, CAPTION, REPEAT = ExclusionReason.FURNITURE, ExclusionReason.CAPTION, ExclusionReason.REPEAT


@dataclass(frozen=True)
class LinePattern:
    """A whole-line pattern (case-insensitive) and why such a line is left out."""

    regex: str
    note: str
    reason: ExclusionReason = FURNITURE
    #: False when no match is longer than :data:`SHORT_LINE` (most are): a speed-up.
    long: bool = False


_NAME = r"(?-i:[A-Z][\w'’.-]*)"  # a capitalised word, even under IGNORECASE
# People or agencies: "the Associated Press", "Jane Doe in Seoul and John Roe".
_NAMES = rf"(the )?{_NAME}([ ,;]+(and |the |in |by )?{_NAME}){{0,10}}\.?"
# What follows a by-line's names: "By Anna Kovacs, Seoul correspondent".
_ROLES = (r"(senior |chief |political |diplomatic |foreign |staff |special |contributing )*"
          r"(correspondent|reporter|writer|editor|columnist|contributor|producer|bureau chief)s?")
DATE_NOTE = "publication date"
_WEEKDAY = r"(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?"
_MONTH_NAME = r"(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"
_DAY_MONTH_YEAR = (rf"\d{{1,2}}(st|nd|rd|th)? {_MONTH_NAME},? \d{{4}}|{_MONTH_NAME} \d{{1,2}}(st|nd|rd|th)?,? \d{{4}}|"
                   r"\d{4}-\d\d-\d\d|\d{4}/\d\d/\d\d|\d{1,2}[./]\d{1,2}[./]\d{4}")
_CLOCK = r"\d{1,2}[.:h]\d\d( ?[ap]\.?m\.?)?( ?(?-i:[A-Z]{2,5}|GMT[+-]\d{1,2}|UTC[+-]\d{1,2}))?( ?[|/] ?updated:? .{0,40})?"
_SECTIONS = (
    "world|news|latest|asia|asia[- ]pacific|east asia|europe|americas|africa|middle east|"
    "politics|business|economy|markets|tech|technology|science|health|sports?|culture|"
    "opinion|analysis|commentary|editorial|explainer|features?|exclusive|breaking( news)?|"
    "live|premium|korea|north korea|south korea|korean peninsula|china|japan|russia|"
    "us|u\\.s\\.|uk|global|international|national|local|diplomacy|defen[cs]e|security|"
    "world news|lifestyle|entertainment|travel|environment|climate"
)

#: Whole-line patterns, full-matched case-insensitively against each stripped line.
#: ``long=True`` marks patterns that can match lines longer than :data:`SHORT_LINE`.
LINE_PATTERNS: tuple[LinePattern, ...] = (
    LinePattern(r"advertisement|advertising|ads?|sponsored( content)?|paid (post|content)|"
                r"(advertisement\W*)?scroll (down )?to continue( with content)?|"
                r"story continues below( this)? (ad|advertisement)", "advertisement"),
    LinePattern(r"read more|read next|read also|also read|keep reading|continue reading|"
                r"read the full (story|article)|show more|see more|load more|see also|"
                r"more (stories|articles|news)|click here\b.{0,40}|"
                r"(read more|read next|read also|also read|see also|related|more on this|watch|listen) ?: .{1,120}",
                "link to more", long=True),
    LinePattern(r"leave a (reply|comment)|post a comment|add a comment|cancel reply|"
                r"(view|show|hide|read) (all )?comments( \(\d+\))?|"
                r"join the (conversation|discussion)|comments?( \(\d+\))?|\d+ comments?",
                "comments"),
    LinePattern(r"reading time:? ?\d+ ?(min|mins|minutes?)|\d+ ?(min|mins|minute|minutes) read|"
                r"listen( to (this|the) (article|story))?( \d+ ?(min|mins|minutes?))?",
                "reading time"),
    LinePattern(r"why you can trust( \S+){1,2}|about us|contact us|our standards", "site notice"),
    LinePattern(r"connect with us|follow us( on \w+)?|share( this| the)?( article| story| post| page)?"
                r"( on \w+)?|share (via|on) \w+|tweet|e-?mail|print|copy link|link copied|save|"
                r"bookmark|gift( this)? article|facebook|twitter|x|linkedin|whatsapp|telegram|"
                r"reddit|pinterest|flipboard|(\d+|[\d.]+k) (shares?|views?|likes?)", "share buttons"),
    LinePattern(r"published|updated|posted|last updated|on|by|and|"
                r"(published|updated|posted|last updated)( on| at)?:?( [^.!?]{0,40}\d[^.!?]{0,20})",
                "publication line", long=True),
    LinePattern(rf"({_WEEKDAY}\.?,? )?({_DAY_MONTH_YEAR})(,? (at )?{_CLOCK})?|{_CLOCK},? ({_WEEKDAY}\.?,? )?{_DAY_MONTH_YEAR}",
                DATE_NOTE),
    LinePattern(r"from your site articles|related articles around the web|"
                r"related( articles| stories| posts| content| coverage| topics| news| links| reading)?|"
                r"(you )?(may|might) also (like|be interested in)|recommended( for you| stories| articles)?|"
                r"more (from|on) [\w .’'-]{1,40}|most (read|popular|viewed|shared|commented)|"
                r"explore more on (these|this) topics?|topics|more on this story|"
                r"trending( now| stories)?|top stories|editor[’']?s picks|in other news|"
                r"(latest|more) (news|stories|videos)", "related stories", long=True),
    LinePattern(r"subscribe( now| today)?|subscribe (to|for) .{0,60}|sign up( for .{0,60})?|newsletters?|"
                r"get (our|the) .{0,40}newsletter.{0,40}|log ?in|sign ?in|register|"
                r"sign up (to|for) .{0,60}|after newsletter promotion|skip past newsletter promotion|"
                r"privacy notice: .{0,200}|enter your e-?mail( address)?|"
                r"create (an )?account|already a subscriber\??.{0,40}", "subscription prompt", long=True),
    LinePattern(r"(we|this (web)?site|our (web)?site) uses? cookies\b.{0,300}|"
                r"(manage|reject|accept)( all)? (cookies|preferences)|manage (cookie )?preferences|"
                r"cookie (policy|settings|preferences|consent)", "cookie notice", long=True),
    LinePattern(r"(with )?additional reporting (by|from) .{1,150}|"
                rf"(reporting|writing|editing|written|edited|compiled|translated) by {_NAMES}|"
                rf"by {_NAMES}(,? (and )?(the )?(?-i:[A-Z][\w’'.-]*[ ,]+){{0,3}}{_ROLES})?", "credits", long=True),
    LinePattern(r"©.{0,150}|(\(c\)|copyright)\s?(©\s?)?\d{4}\b.{0,150}|"
                r"[^.!?]{0,150}?\ball rights reserved\W{0,3}", "copyright", long=True),
    LinePattern(r"skip to (main )?content|skip navigation|menu|open menu|close|search|home|back to top|"
                r"top|next|previous|prev|next (article|story)|previous (article|story)|"
                r"toggle navigation|accept( all)? cookies|cookie (settings|preferences)",
                "navigation"),
    LinePattern(rf"({_SECTIONS})(\s*[|/›»>]\s*({_SECTIONS}))*", "section label"),
    LinePattern(r"\d{1,6}", "count"),
    LinePattern(r"[\W_]+", "punctuation only"),
    LinePattern(r"!\[[^\]]*\]\([^)]*\)", "image"),
    LinePattern(r"(photo|image|picture|video|graphic|illustration)s?( credit| source)?:\s?.{1,100}|"
                r"image (source|caption),? .{1,300}|(photo )?credit:\s?.{1,100}|"
                r"(getty images|afp|reuters|ap|ap photo|epa|yonhap|xinhua|kcna|shutterstock)"
                r"(\s?/\s?[\w .-]{1,40})?", "photo credit", CAPTION, long=True),
)

# A caption: a line that ends with a photo credit ("... Photo: Bloomberg").
_CAPTION_END = re.compile(
    r"(?:^|[\s|(–—-])(?:photo|photograph|image|picture|illustration|graphic|file photo|"
    r"photo illustration)s?(?: credit)?\s*(?::|by)\s*(?-i:[A-Z])[^.!?\n]{0,80}\)?\s*$"
    r"|(?:^|\s)(?-i:\(?(?:Getty Images|AFP|Reuters|AP Photo|EPA|Yonhap|Xinhua|KCNA)(?:\s?/\s?[\w .-]{1,40})?\)?)\s*$",
    re.IGNORECASE,
)
_CAPTION_MAX = 400
_PATTERN_MAX = 200  # furniture lines are short; longer lines skip the pattern test
SHORT_LINE = 60
_WRAP_MAX = 110  # longer lines mean the text is not hard-wrapped


def _combine(patterns) -> re.Pattern:
    """One alternation (a group per pattern, named by its index) for a single fullmatch per line."""
    return re.compile(
        "|".join(rf"(?P<p{i}>{p.regex})" for i, p in enumerate(LINE_PATTERNS) if p in patterns),
        re.IGNORECASE,
    )


_ALL_PATTERNS = _combine(LINE_PATTERNS)
_LONG_PATTERNS = _combine([p for p in LINE_PATTERNS if p.long])
# Most lines start with a word no pattern starts with: a quick test spares them the full match.
_MAY_MATCH_ALL = line_filter(p.regex for p in LINE_PATTERNS)
_MAY_MATCH_LONG = line_filter(p.regex for p in LINE_PATTERNS if p.long)
_TERMINAL = ".!?;:,\"”’)…"
_COPYRIGHT_TAIL = re.compile(
    r"(?:^|(?<=[.!?”\"’])\s+)((?:©.{0,150}?|(?:\(c\)|copyright)\s?©?\s?\d{4}\b.{0,150}?|"
    r"[^.!?]{0,100}\ball rights reserved\W{0,3})\s*\|?\s*)$",
    re.IGNORECASE,
)
# A date run straight into the word before it, as a scraper glues a by-line to its date
# ("...such cooperation John LeeJune 17, 2024 A collage of ..."): only near the top, where a
# publication line stands (metadata.py reads the date there).
_GLUED_DATE = re.compile(rf"(?<=(?-i:[a-z]))(?=(?-i:[A-Z]))(?:{_MONTH_NAME} \d{{1,2}}(st|nd|rd|th)?,? \d{{4}})", re.IGNORECASE)
_GLUED_DATE_ZONE = 400
_FRAGMENT_TAIL = re.compile(r"(?<=[.!?”\"’])\s+((?-i:[A-Z])[\w’']*(?:\s+[\w’']+){0,2})\s*$")
_FRAGMENT_MIN_LINE = 200
_NOTICE_WORDS = ("©", "copyright", "rights reserved", "(c)")  # (lower case) a notice at a line's end holds one
_BREADCRUMB = re.compile(r"\s[|›»>/]\s")
_QUOTES = (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'))
_HEADLINE_SEARCH = 10  # non-blank lines examined for the headline


@dataclass(slots=True)  # (tens of thousands in a long text: slots make them quicker to build and read)
class _Line:
    start: int  # offset of the first character of the line
    end: int  # offset of its end (before the line break)
    text: str  # stripped content
    after_break: bool = True  # the line before it is blank (or there is none)


def find_furniture(text: str, *, title: str = "") -> tuple[Excluded, ...]:
    """Excluded ranges (sorted, disjoint, within ``text``) for the furniture in ``text``.

    ``title`` (from the file's metadata, if any) identifies the headline;
    otherwise the first headline-like line is taken to be it.

    >>> text = "Kim and Putin sign pact\\nKim and Putin sign pact\\nThe two men met."
    >>> [(e.start, e.end, e.reason.value) for e in find_furniture(text)]
    [(24, 47, 'repeat')]
    >>> find_furniture("You can read more about it on our site.")
    ()
    """
    lines = _lines(text)
    wrapped = is_hard_wrapped(lines)
    found: dict[int, tuple[ExclusionReason, str]] = {}  # line index -> reason, note
    # A line repeated ("Files: src/version.c" in a changelog) is tested once.
    verdicts: dict[str, tuple[ExclusionReason, str] | None] = {}
    # The lines holding words looked for in lower case, found in one pass over the text.
    caption_words, notices, phrases = lowered_lines_holding(text, _CAPTION_WORDS, _NOTICE_WORDS,
                                                            _MAY_MATCH_ALL.phrases)
    caption_lines = set() if wrapped else _caption_lines(text, caption_words)
    # The lines some pattern may match, all at once (the long lines' patterns are among these).
    may_match = _MAY_MATCH_ALL.line_starts(text, phrases)
    for i, line in enumerate(lines):
        if may_match is not None and line.start not in may_match and line.start not in caption_lines:
            continue  # no verdict possible
        try:
            hit = verdicts[line.text]
        except KeyError:
            hit = verdicts[line.text] = _line_verdict(line.text, line.start in caption_lines)
        # In hard-wrapped text a line that continues a sentence is never furniture on its own.
        if hit and (not wrapped or line.after_break or i - 1 in found or lines[i - 1].text[-1] in _TERMINAL):
            found[i] = hit
    headline = _headline_index(lines, found, title)
    norm = _remembering(normalise)  # lines are compared with the headline and their neighbours
    if headline is not None:
        _mark_labels_above(lines, found, headline)
        _mark_headline_repeats(lines, found, headline, norm)
    _mark_teasers(lines, found, norm)
    if not wrapped:
        _mark_lists_under_headers(lines, found)
    _mark_newsletter_blurbs(lines, found)
    excluded = [Excluded(lines[i].start, lines[i].end, reason, note) for i, (reason, note) in found.items()]
    excluded += _line_tails(text, notices, lines, found, wrapped)
    excluded += _glued_dates(text, excluded)
    return tuple(sorted(excluded, key=lambda e: e.start))


def _glued_dates(text: str, excluded: list[Excluded]) -> list[Excluded]:
    """A publication date glued to the word before it near the top of the text, as furniture:
    the sentences around it are then read apart.

    >>> t = "Kim and Putin could meet, but Seoul has answers John LeeJune 17, 2024 Putin will visit."
    >>> [t[e.start:e.end] for e in _glued_dates(t, [])]
    ['June 17, 2024']
    >>> _glued_dates("They met on June 17, 2024 in Pyongyang.", [])
    []
    """
    out = []
    for m in _GLUED_DATE.finditer(text, 0, _GLUED_DATE_ZONE):
        if not any(e.start <= m.start() < e.end for e in excluded):
            out.append(Excluded(m.start(), m.end(), FURNITURE, DATE_NOTE))
    return out


def looks_like_headline(line: str) -> bool:
    """Short, at least three words, and no closing full stop.

    >>> looks_like_headline("South Korea hits back against Putin-Xi defense pact")
    True
    >>> looks_like_headline("Putin arrived on Wednesday.")
    False
    """
    words = line.split()
    return 3 <= len(words) <= 30 and len(line) <= 220 and line.rstrip()[-1:] not in ".;:,"


def is_furniture_line(line: str) -> bool:
    """True when a line on its own would be furniture (whole-line patterns or a caption).

    >>> is_furniture_line("Reading Time:3 minutes"), is_furniture_line("Seoul said so.")
    (True, False)
    """
    return line_verdict(line) is not None


def line_verdict(line: str) -> tuple[ExclusionReason, str] | None:
    """Why a line on its own would be furniture (its reason and what it is), or None.

    >>> line_verdict("Kim and Putin in Pyongyang | Photo: KCNA")
    (<ExclusionReason.CAPTION: 'caption'>, 'photo caption')
    """
    line = line.strip()
    return _line_verdict(line, _may_be_caption(line))


def normalise(line: str) -> str:
    """A line reduced for equality tests: case, quote style and spacing ignored.

    >>> normalise("Putin’s  pact.") == normalise("putin's pact")
    True
    """
    for fancy, plain in _QUOTES:
        if fancy in line:
            line = line.replace(fancy, plain)
    return " ".join(line.casefold().split()).strip(" .")


def _lines(text: str) -> list[_Line]:
    """Non-blank lines with their offsets (the whole line, line break excluded)."""
    lines, pos, blank_before = [], 0, True
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lines.append(_Line(pos, pos + len(raw), stripped, blank_before))
        blank_before = not stripped
        pos += len(raw) + 1
    return lines


def _line_verdict(line: str, may_be_caption: bool) -> tuple[ExclusionReason, str] | None:
    """Why ``line`` (stripped) is furniture on its own, or None; a caption is looked for only
    when ``may_be_caption`` (the line holds a word of :data:`_CAPTION_END`, see :func:`_may_be_caption`)."""
    if len(line) <= SHORT_LINE:
        match = _MAY_MATCH_ALL(line) and _ALL_PATTERNS.fullmatch(line)
    else:
        match = len(line) <= _PATTERN_MAX and _MAY_MATCH_LONG(line) and _LONG_PATTERNS.fullmatch(line)
    if match:
        pattern = LINE_PATTERNS[int(match.lastgroup[1:])]
        return pattern.reason, pattern.note
    if may_be_caption and len(line) <= _CAPTION_MAX and _CAPTION_END.search(line):
        return CAPTION, "photo caption"
    return None


_CAPTION_WORDS = ("photo", "image", "picture", "illustration", "graphic")
_CAPTION_AGENCIES = ("Getty Images", "AFP", "Reuters", "AP Photo", "EPA", "Yonhap", "Xinhua", "KCNA")
# Letters that match ASCII ones case-insensitively in ``re`` but not through str.lower.
_ODD_CASE_LETTERS = "\u0130\u0131\u017f\u212a"
_ODD_CASE = re.compile(f"[{_ODD_CASE_LETTERS}]")
# The agencies whose name holds none of the words ("AP Photo" holds "photo"): a search for the words finds the others.
_AGENCIES_WITHOUT_WORD = tuple(a for a in _CAPTION_AGENCIES if not any(w in a.lower() for w in _CAPTION_WORDS))


def _may_be_caption(line: str) -> bool:
    """False when :data:`_CAPTION_END` cannot match: none of its words is in the line.

    The search itself tries its alternatives at every character of every line; most
    lines hold none of the words, which substring tests tell far faster.

    >>> _may_be_caption("Kim and Putin. Photo: AFP"), _may_be_caption("Kim met Putin."), _may_be_caption("PıCTURE")
    (True, False, True)
    """
    low = line.lower()
    return (
        any(w in low for w in _CAPTION_WORDS) or any(w in line for w in _CAPTION_AGENCIES)
        or _ODD_CASE.search(line) is not None
    )


def _caption_lines(text: str, word_lines: set[int]) -> set[int]:
    """The start offsets of the lines of ``text`` for which :func:`_may_be_caption` holds, found by
    searching the whole text for its words (``word_lines``: those holding a word once in lower case).

    >>> text = "Kim met Putin.\\nKim and Putin. PHOTO: AFP\\n\\u0130MAGE\\nKim left."
    >>> sorted(_caption_lines(text, *lowered_lines_holding(text, _CAPTION_WORDS))), _caption_lines("Kim.", set())
    ([15, 41], set())
    """
    return lines_holding(text, _ODD_CASE_LETTERS) | word_lines | lines_holding(text, _AGENCIES_WITHOUT_WORD)


def is_hard_wrapped(lines: list[_Line]) -> bool:
    """True for text broken into short lines mid-sentence (e-mail style, 72 columns).

    There a line's end is not a paragraph's end, so rules that read the end
    of a line (captions, unfinished fragments) must stay quiet.

    >>> is_hard_wrapped(_lines("The treaty was signed\\nin Pyongyang by the two\\nleaders on Wednesday and\\n"
    ...                        "was described as the\\nstrongest ever by Kim.\\nIt binds both sides to\\nhelp each other."))
    True
    """
    long_lines = [line.text for line in lines if len(line.text) >= 20]
    if len(long_lines) < 5:
        return False
    open_ended = sum(1 for text in long_lines if text[-1] not in _TERMINAL)
    lengths = sorted(len(text) for text in long_lines)
    # Wrapped text has a right margin: hardly any line runs past it.  (A page copied
    # line by line also has many open-ended lines, headlines and labels, but its
    # paragraphs are long.)
    overlong = sum(1 for n in lengths if n > _WRAP_MAX)
    return (open_ended >= 0.5 * len(long_lines) and lengths[len(lengths) // 2] <= 100
            and overlong <= 0.05 * len(long_lines))


def _headline_index(lines: list[_Line], found: dict, title: str) -> int | None:
    """Index of the headline line: the one equal to ``title``, else the first headline-like one."""
    if title:
        wanted = normalise(title)
        for i, line in enumerate(lines[:_HEADLINE_SEARCH]):
            if normalise(line.text) == wanted:
                return i
        return None
    for i, line in enumerate(lines[:_HEADLINE_SEARCH]):
        if i in found:
            continue
        if looks_like_headline(line.text):
            return i
        if len(line.text.split()) > 3 or line.text[-1:] in _TERMINAL:
            return None  # body text reached before any headline
    return None


def _mark_labels_above(lines: list[_Line], found: dict, headline: int) -> None:
    """Short labels above the headline ("World", "News | Asia") are section labels."""
    for i in range(headline):
        text = lines[i].text
        if i in found or text[-1:] in _TERMINAL:
            continue
        if len(text.split()) == 1 or _BREADCRUMB.search(text):
            found[i] = (FURNITURE, "section label")


def _remembering(function: Callable[[str], str]) -> Callable[[str], str]:
    """``function`` computing each answer once (for one document: the memory goes with it).

    >>> norm = _remembering(normalise)
    >>> norm("Kim’s pact."), norm("Kim’s pact.")
    ("kim's pact", "kim's pact")
    """
    answers: dict[str, str] = {}

    def remembered(text: str) -> str:
        try:
            return answers[text]
        except KeyError:
            answers[text] = answer = function(text)
            return answer

    return remembered


def _mark_headline_repeats(lines: list[_Line], found: dict, headline: int, norm=normalise) -> None:
    wanted = norm(lines[headline].text)
    for i in range(headline + 1, len(lines)):
        if abs(len(lines[i].text) - len(wanted)) <= 8 and norm(lines[i].text) == wanted:
            found[i] = (REPEAT, "repeats the headline")


def _mark_teasers(lines: list[_Line], found: dict, norm=normalise) -> None:
    """A headline-like line printed twice in a row is a teaser for another story."""
    i, count = 0, len(lines)
    while i < count - 1:
        j = i + 1
        if i not in found:
            a = lines[i].text
            while j < count and j not in found and (
                    (b := lines[j].text) == a or abs(len(a) - len(b)) <= 4 and norm(a) == norm(b)):
                j += 1
        if j > i + 1 and looks_like_headline(lines[i].text) and lines[i].text[-1:] not in "!?":
            for k in range(i, j):
                found[k] = (FURNITURE, "teaser for another story")
        i = j


def _mark_lists_under_headers(lines: list[_Line], found: dict) -> None:
    """The items under a "Most read" or "Explore more on these topics" header are other stories.

    Only headline-like lines (no closing full stop) directly below the header
    are taken, so a real sentence after the list ends it.
    """
    reached = 0  # lines before this were already walked from an earlier header: each line once
    for i, line in enumerate(lines):
        if found.get(i, (None, ""))[1] != "related stories":
            continue
        j = max(i + 1, reached)
        while j < len(lines) and (j in found or _list_item(lines[j].text)):
            if j not in found:
                found[j] = (FURNITURE, "list of other stories")
            j += 1
        reached = j


def _list_item(text: str) -> bool:
    return text[-1:] not in _TERMINAL and len(text.split()) <= 30 and len(text) <= 220


_NEWSLETTER_WORDS = re.compile(r"\b(newsletters?|e-?mails?|inbox|subscribe|sign up)\b", re.IGNORECASE)


def _mark_newsletter_blurbs(lines: list[_Line], found: dict) -> None:
    """The pitch under "Sign up to First Edition" ("Our morning email breaks down...")."""
    prompts = {i for i, (_, note) in found.items() if note == "subscription prompt"}
    # Only a line right under a prompt, or between two (the second right below it), is looked at.
    for i in sorted({p + 1 for p in prompts} | {p - 1 for p in prompts if p - 3 in prompts}):
        if i < len(lines) and i not in found and len(lines[i].text) <= 250 and _NEWSLETTER_WORDS.search(lines[i].text):
            found[i] = (FURNITURE, "newsletter sign-up")


def _line_tails(text: str, notices: set[int], lines: list[_Line], found: dict, wrapped: bool) -> list[Excluded]:
    """Furniture glued to the end of a long line: a copyright notice, an unfinished prompt.

    ``notices`` are the lines holding one of :data:`_NOTICE_WORDS` once in lower case: only
    those are looked at closer for a notice.
    """
    tails = []
    for i, line in enumerate(lines):
        if i in found:
            continue
        if line.start in notices:
            whole = text[line.start : line.end]
            lowered = whole[-250:].lower()
            if any(word in lowered for word in _NOTICE_WORDS):
                skip = max(0, len(whole) - 400)  # a notice is short: only the line's end is searched
                tail = _COPYRIGHT_TAIL.search(whole, skip)
                if tail:
                    tails.append(Excluded(line.start + tail.start(1), line.end, FURNITURE, "copyright"))
                    continue
        if wrapped:
            continue
        # "... in the region. Get your" followed by furniture or the end: a cut-off prompt.
        if line.end - line.start >= _FRAGMENT_MIN_LINE and (i + 1 == len(lines) or i + 1 in found):
            whole = text[line.start : line.end]
            fragment = _FRAGMENT_TAIL.search(whole)
            if fragment and whole.rstrip()[-1:] not in _TERMINAL:
                tails.append(Excluded(line.start + fragment.start(1), line.end, FURNITURE, "unfinished fragment"))
    return tails
