"""Saved e-mails: header lines, the quoted earlier message and the signature are not compared.

An article often reaches a desk as an e-mail saved to a text file.  Its
header block ("From:", "Subject:", "Date:"), a reply's quoted message (the
"> " lines under "On ..., X wrote:") and the signature (after a line "-- ")
are not the article; they are listed as furniture, and the subject (without
"Re:" or "Fwd:") is the title.  Quoted lines *without* such an attribution
line (an article forwarded by quoting it) are kept: they may be the very
text the user wants to compare.

>>> text = "From: Jane <j@x.org>\\nSubject: Re: Putin visit copy\\n\\nPutin arrived.\\n\\n-- \\nJane Roe\\n"
>>> mail = read_mail(text)
>>> mail.title, [(text[e.start:e.end], e.note) for e in mail.excluded]
('Putin visit copy', [('From: Jane <j@x.org>\\nSubject: Re: Putin visit copy', 'e-mail header'), ('-- \\nJane Roe', 'e-mail signature')])
>>> read_mail("> Quoted article text.\\nMore text.") is None
True
"""

from __future__ import annotations

import email
import email.policy
import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate

from kompare.core.ingest.extracted import Extracted
from kompare.core.model import Excluded, ExclusionReason

_HEADER = re.compile(r"^(from|to|cc|bcc|subject|date|sent|reply-to|message-id|organization|"
                     r"x-[\w-]+|mime-version|content-type|content-transfer-encoding|received|return-path)"
                     r":[ \t]*(.*)$", re.IGNORECASE)
_CONTINUATION = re.compile(r"^[ \t]+\S")
_SUBJECT_PREFIX = re.compile(r"^(?:(?:re|fwd?|aw|wg|tr|sv|vs)\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE)
# "On Wed, 19 Jun 2024 at 22:01, Desk <desk@x.org> wrote:" (possibly wrapped onto two lines).
_ATTRIBUTION = re.compile(r"^(?:on\b.{0,200}\bwrote|.{1,120}\b(?:wrote|writes|schrieb|a écrit))\s*:\s*$",
                          re.IGNORECASE | re.DOTALL)
_QUOTED = re.compile(r"^[ \t]*>")
_SIGNATURE = re.compile(r"^--[ \t]?$")
_FORWARDED = re.compile(r"^[-\s]*(?:-{3,}\s*(?:forwarded|original) message\s*-{3,}|begin forwarded message:)[-\s]*$",
                        re.IGNORECASE)
# What the line-by-line rules below look for first, at the start of a line (or anywhere: "@"):
# the lines without it are passed over until an e-mail's first mark is found.
_MARKS = rf"(?:{_HEADER.pattern[1:]}|{_FORWARDED.pattern[1:]}|.*@|[\s>]*on |-- $)"
_MARK = re.compile(_MARKS, re.IGNORECASE | re.MULTILINE)
_LINE_MARK = re.compile(rf"\n(?={_MARKS})", re.IGNORECASE | re.MULTILINE)
_SIGNATURE_MAX_LINES = 10
_MAIL = ExclusionReason.FURNITURE


@dataclass(frozen=True)
class Mail:
    """What the e-mail structure says: its subject and the ranges to leave out."""

    title: str
    excluded: tuple[Excluded, ...]
    date_line: str = ""  # the Date: (or Sent:) header's value


def read_mail(text: str) -> Mail | None:
    """The e-mail parts of ``text``, or None when it does not look like a saved e-mail."""
    lines = text.split("\n")
    starts = list(accumulate((len(line) + 1 for line in lines), initial=0))
    marked = _marked_lines(text, starts)
    found: list[Excluded] = []
    title = date_line = ""
    evidence = False
    i = no_header_before = next_mark = 0
    while i < len(lines):
        if not evidence:
            # Before the first mark of an e-mail only a marked line can change anything: go to the next.
            while next_mark < len(marked) and marked[next_mark] < i:
                next_mark += 1
            if next_mark == len(marked):
                break
            i = marked[next_mark]
        block = 0
        if i >= no_header_before:
            # A run of header lines that is no header block has no header block inside it
            # either (fewer names): skip the run rather than rescan it from every line.
            block, no_header_before = _header_block(lines, i)
        if block:
            fields = [_HEADER.match(lines[k]) for k in range(i, i + block)]
            subject = next((m.group(2) for m in fields if m and m.group(1).lower() == "subject"), "")
            title = title or _SUBJECT_PREFIX.sub("", subject).strip()
            date_line = date_line or next(
                (m.group(2) for m in fields if m and m.group(1).lower() in ("date", "sent")), "")
            found.append(_range(lines, starts, i, i + block, "e-mail header"))
            evidence = True
            i += block
            continue
        if _FORWARDED.match(lines[i]):
            found.append(_range(lines, starts, i, i + 1, "e-mail header"))
            evidence = True
        elif _attribution(lines, i, evidence):
            first = i
            i += 1 if _ATTRIBUTION.match(lines[i].strip().lstrip("> ")) else 2
            while i < len(lines) and not lines[i].strip():
                i += 1
            if i < len(lines) and _QUOTED.match(lines[i]):
                while i < len(lines) and (_QUOTED.match(lines[i])):
                    i += 1
                found.append(_range(lines, starts, first, i, "quoted earlier message"))
                evidence = True
            continue
        elif lines[i] == "-- " or evidence and _SIGNATURE.match(lines[i]):
            rest = [k for k in range(i + 1, len(lines)) if lines[k].strip()]
            if rest and len(rest) <= _SIGNATURE_MAX_LINES:
                found.append(_range(lines, starts, i, rest[-1] + 1, "e-mail signature"))
                evidence = True
                break
        i += 1
    if not evidence:
        return None
    return Mail(title, tuple(found), date_line)


def _marked_lines(text: str, starts: list[int]) -> list[int]:
    """The indices of the lines (some more) that may, before any other mark of an e-mail, start
    a header block, be a forwarded-message line, an attribution or a signature; one search of the text.

    >>> text = "Kim met Putin.\\n> On Mon, 1 Jul, Jane wrote:\\nx@y.org\\nSubject: Pact\\nIt is.\\n-- "
    >>> _marked_lines(text, list(accumulate((len(line) + 1 for line in text.split("\\n")), initial=0)))
    [1, 2, 3, 5]
    """
    marked = [bisect_left(starts, mark.start() + 1) for mark in _LINE_MARK.finditer(text)]
    return [0] + marked if _MARK.match(text) else marked


def _attribution(lines: list[str], i: int, evidence: bool) -> bool:
    """Is line ``i`` (maybe with the next) a reply's "On <date>, <sender> wrote:"?

    Only with an e-mail's marks (a date, an address, or headers above): an
    article's "In his letter, Kim wrote:" above a quotation is not one.
    """
    line = lines[i].strip().lstrip("> ")
    if not (evidence or "@" in line or line[:3].lower() == "on " and any(c.isdigit() for c in line)):
        return False
    if _ATTRIBUTION.match(line):
        return True
    return (i + 1 < len(lines) and line[:3].lower() == "on " and not _QUOTED.match(lines[i + 1])
            and _ATTRIBUTION.match(line + " " + lines[i + 1].strip()) is not None)


def _header_block(lines: list[str], i: int) -> tuple[int, int]:
    """Length of a header block starting at line ``i`` (0 if none): two or more header
    lines, one of them From or Subject, with their folded continuations; and the end of
    the run of header-like lines looked at."""
    k, names = i, []
    while k < len(lines):
        match = _HEADER.match(lines[k])
        if match:
            names.append(match.group(1).lower())
        elif not (names and _CONTINUATION.match(lines[k])):
            break
        k += 1
    if len(names) >= 2 and ("from" in names or "subject" in names) and (i == 0 or len(names) >= 3):
        return k - i, k
    return 0, k


def _range(lines: list[str], starts: list[int], first: int, end: int, note: str) -> Excluded:
    """The text of lines ``first`` to ``end - 1``, without the last line break."""
    return Excluded(starts[first], starts[first] + len("\n".join(lines[first:end])), _MAIL, note)


_MIME_HEAD_MAX = 65_536
_HEADER_LINE = re.compile(rb"[!-9;-~]+:|[ \t]")
_SHOWN_HEADERS = ("From", "To", "Cc", "Date", "Subject")


def read_mime(data: bytes) -> Extracted | None:
    """A MIME e-mail's readable text: its main headers, then the text/plain part (else, or when
    that is blank, the HTML one; a forwarded message/rfc822 is read from inside). The text is
    empty when no part has any: the caller refuses the file.

    None when ``data`` is not a MIME message (a saved e-mail without MIME headers is
    read as text, and :func:`read_mail` finds its parts).

    >>> raw = (b"From: =?utf-8?q?Jos=C3=A9?= <j@x.org>\\nSubject: Pact\\nMIME-Version: 1.0\\n"
    ...        b"Content-Type: text/plain; charset=utf-8\\nContent-Transfer-Encoding: base64\\n\\n"
    ...        b"UHV0aW4gYXJyaXZlZC4=\\n")
    >>> print(read_mime(raw).text)
    From: José <j@x.org>
    Subject: Pact
    <BLANKLINE>
    Putin arrived.
    """
    if not _is_mime(data):
        return None
    message = email.message_from_bytes(data, policy=email.policy.default)
    head = "\n".join(f"{name}: {_header(message, name)}" for name in _SHOWN_HEADERS if message.get(name))
    inner = _forwarded(message)  # a message sent on whole (message/rfc822): its own body is the text
    body = _plain_body(inner)
    if not body.strip():  # no text/plain part, or a blank one beside the HTML that holds the mail
        body = _html_body(inner)
    if not body.strip() and inner.get_content_maintype() == "multipart" and not inner.is_multipart():
        body = _content(inner)  # "multipart" without a boundary: its parts cannot be told apart
    notices: tuple[str, ...] = ()
    attachments = sum(1 for _ in inner.iter_attachments()) if inner.is_multipart() else 0
    if attachments:
        notices = (f"the e-mail's {attachments} attachment{'s are' if attachments > 1 else ' is'} not shown",)
    if not body.strip():
        return Extracted("", notices=notices)  # (refused by the caller: nothing to compare)
    return Extracted(f"{head}\n\n{body.strip()}".strip(), notices=notices)


def _forwarded(message):
    """The message inside a message/rfc822 one (as deep as they nest), else ``message``."""
    for _ in range(32):
        if message.get_content_type() != "message/rfc822":
            break
        payload = message.get_payload()
        inner = payload[0] if isinstance(payload, list) and payload else None
        if inner is None or not hasattr(inner, "get_body"):
            break
        message = inner
    return message


def _plain_body(message) -> str:
    part = message.get_body(preferencelist=("plain",))
    return _content(part) if part is not None else ""


def _html_body(message) -> str:
    part = message.get_body(preferencelist=("html",))
    body = _content(part) if part is not None else ""
    if not body.strip():
        return ""
    from kompare.core.ingest.html_page import extract_html  # the same reader as saved pages

    found = extract_html(body)
    return found.text if found is not None else ""


def _is_mime(data: bytes) -> bool:
    """A header block at the top with From or Subject and a MIME header."""
    head = data[:_MIME_HEAD_MAX].replace(b"\r\n", b"\n")
    end = head.find(b"\n\n")
    if end <= 0:
        return False
    lines = head[:end].split(b"\n")
    if not all(_HEADER_LINE.match(line) for line in lines):
        return False
    names = {line.split(b":", 1)[0].strip().lower() for line in lines if not line[:1].isspace()}
    return bool(names & {b"from", b"subject"}) and bool(names & {b"mime-version", b"content-type",
                                                               b"content-transfer-encoding"})


def _content(part) -> str:
    """A part's text, its transfer encoding and charset undone; a wrong charset gives U+FFFD, not an error."""
    try:
        text = part.get_content()
    except (LookupError, UnicodeError, ValueError, AssertionError):
        payload = part.get_payload(decode=True) or b""
        text = payload.decode("utf-8", "replace")
    return text.replace("\r\n", "\n").replace("\r", "\n") if isinstance(text, str) else ""


def _header(message, name: str) -> str:
    """A header's value with encoded words decoded, on one line."""
    try:
        value = str(message.get(name, ""))
    except (ValueError, LookupError, UnicodeError, IndexError):  # a header too broken to decode
        value = ""
    return " ".join(value.split())
