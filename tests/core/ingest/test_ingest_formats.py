"""PDF, Word, OpenDocument, RTF and EPUB files (issue 13), each made by the test itself."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from kompare.core.errors import Cancelled, InputError
from kompare.core.formats import FORMATS, formats_in_words, open_filter
from kompare.core.ingest import load_document
from kompare.core.ingest.extracted import TextBudget
from kompare.core.ingest.pdf import ENCRYPTED, NO_TEXT
from tests.core.ingest.conftest import excluded_texts
from tests.core.ingest.pdfmaker import column_lines, make_pdf

LEFT = ["Russian President Vladimir Putin arrived in Pyongyang on Wednesday for a rare visit, his first in "
        "twenty-four years.",
        "The two leaders signed a treaty on comprehensive strategic partnership that includes a mutual defence clause."]
RIGHT = ["South Korea said it would reconsider supplying weapons to Ukraine, a significant shift in its "
         "long-standing policy.",
         "Washington called the pact a troubling development for everyone who values peace on the peninsula."]
HEADER = "THE DAILY PLANET   Thursday, June 20, 2024"


def two_column_pdf() -> bytes:
    """Two pages; the first in two columns written line by line across both (as some layout programs do)."""
    left, right = column_lines(LEFT, 72, 680, 38), column_lines(RIGHT, 320, 680, 38)
    across = [line for pair in zip(left, right) for line in pair] + left[len(right):] + right[len(left):]
    first = [(72, 760, HEADER), (72, 720, "Putin and Kim sign defence pact")] + across + [(300, 40, "1")]
    second = [(72, 760, HEADER), (72, 700, "The agreement was described as a break-"),
              (72, 688, "through by officials in both capitals."), (300, 40, "2")]
    return make_pdf([first, second])


@pytest.fixture(scope="module")
def pdf_doc(tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "story.pdf"
    path.write_bytes(two_column_pdf())
    return load_document(path)


def test_pdf_columns_are_read_one_after_the_other(pdf_doc):
    assert pdf_doc.format == "pdf"
    paragraphs = pdf_doc.text.split("\n\n")
    body = [p for p in paragraphs if p not in (HEADER.replace("   ", " "), "1", "2")]
    assert body[:5] == ["Putin and Kim sign defence pact", *LEFT, *RIGHT]


def test_pdf_hyphenation_at_a_line_end_is_joined(pdf_doc):
    assert "described as a breakthrough by officials in both capitals." in pdf_doc.text
    assert "twenty-four years" in pdf_doc.text  # a real hyphen inside a line stays


def test_pdf_running_header_and_page_numbers_are_furniture(pdf_doc):
    assert excluded_texts(pdf_doc) == ["THE DAILY PLANET Thursday, June 20, 2024", "1",
                                       "THE DAILY PLANET Thursday, June 20, 2024", "2"]
    assert pdf_doc.title == "Putin and Kim sign defence pact"


def test_pdf_offsets_index_the_display_text(pdf_doc):
    for e in pdf_doc.excluded:
        assert pdf_doc.text[e.start:e.end].strip() == pdf_doc.text[e.start:e.end]


def test_a_pdf_without_a_text_layer_is_refused_clearly(write):
    scan = make_pdf([], streams=[b"q 612 0 0 792 0 0 cm Q"])  # a page with nothing but graphics
    with pytest.raises(InputError) as caught:
        load_document(write("scan.pdf", scan))
    assert caught.value.reason == NO_TEXT


def test_an_encrypted_pdf_is_refused_clearly(write):
    lock = (b"/Encrypt << /Filter /Standard /V 1 /R 2 /P -4 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32
            + b"> >> /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] ")
    with pytest.raises(InputError) as caught:
        load_document(write("locked.pdf", make_pdf([[(72, 700, "Secret")]], trailer_extra=lock)))
    assert caught.value.reason == ENCRYPTED


@pytest.mark.parametrize("data", [b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", two_column_pdf()[:700]])
def test_a_damaged_pdf_is_one_clear_line(write, data):
    with pytest.raises(InputError) as caught:
        load_document(write("bad.pdf", data))
    assert caught.value.reason.startswith("this PDF ")
    assert "\n" not in caught.value.reason


# --- Word ------------------------------------------------------------------------------------

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx_bytes(body: str, core: str | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", f"<w:document {W}><w:body>{body}</w:body></w:document>")
        archive.writestr("word/comments.xml", f'<w:comments {W}><w:comment w:id="0"><w:p><w:r>'
                                              "<w:t>EDITOR: check this</w:t></w:r></w:p></w:comment></w:comments>")
        if core:
            archive.writestr("docProps/core.xml", core)
    return buffer.getvalue()


def test_docx_paragraphs_headings_and_tables_without_deletions_or_comments(write):
    body = ('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Putin and Kim sign pact</w:t></w:r></w:p>'
            "<w:p><w:r><w:t xml:space=\"preserve\">Putin arrived in </w:t></w:r>"
            "<w:del><w:r><w:delText>Seoul</w:delText></w:r></w:del><w:ins><w:r><w:t>Pyongyang</w:t></w:r></w:ins>"
            '<w:commentRangeStart w:id="0"/><w:r><w:t> on Wednesday.</w:t></w:r>'
            '<w:r><w:commentReference w:id="0"/></w:r></w:p>'
            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Russia</w:t></w:r></w:p></w:tc>"
            "<w:tc><w:p><w:r><w:t>12</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
            "<w:p><w:r><w:t>Kim</w:t><w:tab/><w:t>said so.</w:t></w:r></w:p>")
    doc = load_document(write("story.docx", docx_bytes(body)))
    assert doc.format == "docx"
    assert doc.text == "Putin and Kim sign pact\n\nPutin arrived in Pyongyang on Wednesday.\n\nRussia\n\n12\n\nKim said so."
    assert doc.title == "Putin and Kim sign pact"


def test_docx_core_properties_give_title_and_date(write):
    core = ('<cp:coreProperties xmlns:cp="x" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/"><dc:title>Kim meets Putin</dc:title>'
            "<dcterms:created>2024-06-19T08:00:00Z</dcterms:created></cp:coreProperties>")
    doc = load_document(write("meta.docx", docx_bytes("<w:p><w:r><w:t>Putin arrived.</w:t></w:r></w:p>", core)))
    assert (doc.title, doc.date) == ("Kim meets Putin", "2024-06-19")
    assert doc.text == "Kim meets Putin\n\nPutin arrived."


def test_a_docx_that_is_a_zip_of_something_else_is_one_clear_line(tmp_path):
    path = tmp_path / "fake.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/other.xml", "<x/>")
    with pytest.raises(InputError, match=r"this Word document is damaged or is not really one \(word/document.xml is missing\)"):
        load_document(path)


# --- OpenDocument ------------------------------------------------------------------------------

ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"')


def odt_bytes(text_xml: str, mimetype: str = "application/vnd.oasis.opendocument.text") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", mimetype)
        archive.writestr("content.xml", f"<office:document-content {ODT_NS}><office:body><office:text>"
                                        f"{text_xml}</office:text></office:body></office:document-content>")
    return buffer.getvalue()


def test_odt_headings_and_paragraphs_without_tracked_deletions_comments_or_notes(write):
    xml = ("<text:tracked-changes><text:changed-region><text:deletion><text:p>Old wording.</text:p>"
           "</text:deletion></text:changed-region></text:tracked-changes>"
           '<text:h text:outline-level="1">Putin and Kim sign pact</text:h>'
           "<text:p>Putin <text:span>arrived</text:span> in<text:s/>Pyongyang"
           "<office:annotation><text:p>EDITOR: check</text:p></office:annotation>"
           '<text:note><text:note-body><text:p>A footnote.</text:p></text:note-body></text:note> on Wednesday.</text:p>'
           "<text:list><text:list-item><text:p>First point.</text:p></text:list-item></text:list>")
    doc = load_document(write("story.odt", odt_bytes(xml)))
    assert doc.format == "odt"
    assert doc.text == "Putin and Kim sign pact\n\nPutin arrived in Pyongyang on Wednesday.\n\nFirst point."
    assert doc.title == "Putin and Kim sign pact"


def test_an_opendocument_spreadsheet_is_refused_with_a_reason(write):
    with pytest.raises(InputError, match="another kind"):
        load_document(write("sheet.ods", odt_bytes("<text:p>x</text:p>", "application/vnd.oasis.opendocument.spreadsheet")))


# --- RTF ---------------------------------------------------------------------------------------

def test_rtf_text_in_its_code_page_without_header_or_fonts(write):
    rtf = (rb"{\rtf1\ansi\ansicpg1251\deff0{\fonttbl{\f0 Times New Roman;}}{\colortbl;\red0\green0\blue0;}"
           rb"{\info{\title Putin in Pyongyang}{\author Desk}}{\header Page header text\par}"
           rb"\f0\fs24 \'cf\'f3\'f2\'e8\'ed arrived in Pyongyang.\par"
           rb" Kim said \u8220?welcome\u8221?, {\*\annotation hidden note}then left.\line Next line.\par}")
    doc = load_document(write("story.rtf", rtf))
    assert doc.format == "rtf"
    assert doc.text == "Putin in Pyongyang\n\nПутин arrived in Pyongyang.\n\nKim said “welcome”, then left. Next line."
    assert doc.title == "Putin in Pyongyang"


def test_rtf_characters_past_the_basic_plane_come_whole_from_their_surrogate_pairs(write):
    # As Word writes them: two \uN each (signed or not), a lone half dropped.
    rtf = rb"{\rtf1\ansi\uc1 Kim smiled \u55357?\u56832? and \u-10179?\u-8704? twice. A lone \u55357? half.}"
    assert load_document(write("emoji.rtf", rtf)).text == "Kim smiled \U0001F600 and \U0001F600 twice. A lone half."


# --- EPUB --------------------------------------------------------------------------------------

def epub_bytes(spine: str = '<itemref idref="nav"/><itemref idref="c1"/><itemref idref="c2"/>') -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip")
        archive.writestr("META-INF/container.xml",
                         '<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
                         '<rootfile full-path="OEBPS/book.opf" media-type="application/oebps-package+xml"/>'
                         "</rootfiles></container>")
        archive.writestr("OEBPS/book.opf",
                         '<package xmlns="http://www.idpf.org/2007/opf" xmlns:dc="http://purl.org/dc/elements/1.1/">'
                         "<metadata><dc:title>The Treaty</dc:title><dc:date>2024-06-21</dc:date></metadata><manifest>"
                         '<item id="c2" href="text/ch2.xhtml" media-type="application/xhtml+xml"/>'
                         '<item id="c1" href="text/ch1.xhtml" media-type="application/xhtml+xml"/>'
                         '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>'
                         f'</manifest><spine>{spine}</spine></package>')
        archive.writestr("OEBPS/nav.xhtml", "<html><body><nav><ol><li>Contents</li></ol></nav></body></html>")
        for number, text in ((1, "Putin arrived in Pyongyang."), (2, "The treaty was signed.")):
            archive.writestr(f"OEBPS/text/ch{number}.xhtml",
                             f"<html><head><title>Chapter {number}</title></head><body><h1>Chapter {number}</h1>"
                             f"<p>{text}</p></body></html>")
    return buffer.getvalue()


def test_epub_chapters_in_spine_order(write):
    doc = load_document(write("book.epub", epub_bytes()))
    assert doc.format == "epub"
    assert doc.text == "The Treaty\n\nChapter 1\n\nPutin arrived in Pyongyang.\n\nChapter 2\n\nThe treaty was signed."
    assert (doc.title, doc.date) == ("The Treaty", "2024-06-21")


def test_an_epub_chapter_named_twice_in_the_spine_is_read_once(write):
    spine = '<itemref idref="c1"/><itemref idref="c1"/><itemref idref="c2"/><itemref idref="c1"/>'
    doc = load_document(write("again.epub", epub_bytes(spine)))
    assert doc.text.count("Putin arrived in Pyongyang.") == 1


# --- archives and PDFs that hold more than the size cap ------------------------------------------

def test_a_small_archive_with_more_text_than_the_cap_is_refused_as_it_is_read(write):
    # ~200 kB of paragraphs in a docx that zips to a few kilobytes; the cap set at 50,000 characters.
    body = "".join(f"<w:p><w:r><w:t>{STORY} ({n})</w:t></w:r></w:p>" for n in range(2000))
    path = write("long.docx", _deflated(docx_bytes(body)))
    with pytest.raises(InputError, match="the text inside this file is more than 50,0.. characters; "
                                         "kompare reads documents up to 50,000"):
        load_document(path, max_bytes=50_000)
    assert "Pyongyang" in load_document(path).text  # (under the default cap it is read)


def test_a_pdf_with_more_text_than_the_cap_stops_being_read_past_it():
    from kompare.core.ingest.pdf import read_pdf

    data = make_pdf([[(72, 720 - 14 * k, STORY) for k in range(40)]] * 30)
    with pytest.raises(InputError, match="the text inside this file is more than [0-9,]+ characters; kompare reads "
                                         "documents up to 7,000"):
        read_pdf(data, "long.pdf", TextBudget("long.pdf", 7_000))  # (about two pages of thirty)


class CancelAfter:
    """A ``should_cancel`` that turns true on its ``n``-th question (and counts them)."""

    def __init__(self, n: int):
        self.n, self.asked = n, 0

    def __call__(self) -> bool:
        self.asked += 1
        return self.asked >= self.n


def test_a_long_pdf_stops_being_read_when_the_caller_cancels(write):
    # The window's Cancel (or its closing) must stop a read of thousands of pages at once.
    path = write("long.pdf", make_pdf([[(72, 720 - 14 * k, STORY) for k in range(40)]] * 30))
    should_cancel = CancelAfter(3)
    with pytest.raises(Cancelled):
        load_document(path, should_cancel=should_cancel)
    assert should_cancel.asked == 3  # asked once a page: pages 4 to 30 were never laid out
    assert "Pyongyang" in load_document(path, should_cancel=lambda: False).text


def test_an_archive_stops_being_read_when_the_caller_cancels(write):
    body = "".join(f"<w:p><w:r><w:t>{STORY}</w:t></w:r></w:p>" for _ in range(50))
    path = write("long.docx", docx_bytes(body))
    should_cancel = CancelAfter(2)
    with pytest.raises(Cancelled):
        load_document(path, should_cancel=should_cancel)
    assert should_cancel.asked == 2


def test_an_archive_that_unpacks_past_the_cap_is_refused_as_a_bomb(write, monkeypatch):
    import kompare.core.ingest.packages as packages

    monkeypatch.setattr(packages, "_UNPACK_MAX", 5_000)
    # Each member is under the cap; together they pass it.
    spine = '<itemref idref="c1"/><itemref idref="c2"/>'
    with pytest.raises(InputError, match="this EPUB e-book unpacks to more than 5,000 bytes: far more than an article"):
        load_document(write("bomb.epub", _padded_epub(spine)))


def _padded_epub(spine: str) -> bytes:
    return _deflated(epub_bytes(spine), pad=("ch1.xhtml", "ch2.xhtml"))


def _deflated(package: bytes, pad: tuple[str, ...] = ()) -> bytes:
    """A ZIP package compressed (its mimetype left stored, as the formats ask), the members
    ending in ``pad`` with 3,000 more bytes of spaces."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename.endswith(pad):
                content = content.replace(b"</body>", b"<!--" + b" " * 3000 + b"--></body>")
            kind = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            dst.writestr(info.filename, content, compress_type=kind)
    return out.getvalue()


# --- the formats the window and the open dialog name -------------------------------------------

STORY = "Russian President Vladimir Putin arrived in Pyongyang on Wednesday for talks with Kim."
SAMPLES = {  # a small file of each format the window names (kompare.core.formats), by name
    "plain text": STORY,
    "Markdown": f"# Putin in Pyongyang\n\n*{STORY}*\n",
    "HTML": f"<html><head><title>Putin in Pyongyang</title></head><body><p>{STORY}</p></body></html>",
    "PDF": lambda: make_pdf([[(72, 720, STORY)]]),
    "Word": lambda: docx_bytes(f"<w:p><w:r><w:t>{STORY}</w:t></w:r></w:p>"),
    "OpenDocument": lambda: odt_bytes(f"<text:p>{STORY}</text:p>"),
    "RTF": rb"{\rtf1\ansi Putin arrived in Pyongyang.\par}",
    "EPUB": lambda: epub_bytes(),
    "JSON": json.dumps({"title": "Putin in Pyongyang", "content": STORY}),
    "e-mail": f"From: desk@example.org\nSubject: Putin in Pyongyang\nContent-Type: text/plain\n\n{STORY}\n",
}


def test_every_format_the_window_names_is_read(write):
    """The open dialog's filter and the empty pane's hint name these formats: each is read."""
    assert [name for name, _ in FORMATS] == list(SAMPLES)
    for name, endings in FORMATS:
        sample = SAMPLES[name]
        doc = load_document(write("story" + endings[0], sample() if callable(sample) else sample))
        assert "Pyongyang" in doc.text, name
        assert all(f"*{end}" in open_filter() for end in endings)
    assert all(name.lower() in formats_in_words().lower() for name, _ in FORMATS)
