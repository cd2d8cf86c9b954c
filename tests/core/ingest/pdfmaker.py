"""Tiny PDFs written byte by byte for the tests: text placed where a page layout puts it.

Only what a text PDF needs: one standard font (Helvetica, no embedding), pages of
positioned lines, optionally in an order other than reading order (as some
layout programs write them), an optional pass-through of raw objects.
"""

from __future__ import annotations

Line = tuple[float, float, str]  # x, y (points from the bottom left), text


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def page_stream(lines: list[Line], size: float = 10) -> bytes:
    parts = [b"BT /F1 %g Tf" % size]
    for x, y, text in lines:
        parts.append(b"1 0 0 1 %g %g Tm (%s) Tj" % (x, y, _escape(text)))
    parts.append(b"ET")
    return b"\n".join(parts)


def make_pdf(pages: list[list[Line]], *, streams: list[bytes] | None = None, trailer_extra: bytes = b"") -> bytes:
    """A PDF with one page per list of lines (or per raw content stream in ``streams``)."""
    contents = streams if streams is not None else [page_stream(lines) for lines in pages]
    count = len(contents)
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(count)), count),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for i, stream in enumerate(contents):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                       b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * i))
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer_extra, xref)
    return bytes(out)


def column_lines(paragraphs: list[str], x: float, top: float, width_chars: int = 40, leading: float = 12) -> list[Line]:
    """Paragraphs wrapped to ``width_chars`` and set from ``top`` down, a blank line between them."""
    import textwrap

    lines: list[Line] = []
    y = top
    for paragraph in paragraphs:
        for text in textwrap.wrap(paragraph, width_chars):
            lines.append((x, y, text))
            y -= leading
        y -= leading
    return lines
