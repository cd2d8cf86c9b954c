"""Plain text in the encodings people's files come in."""

from __future__ import annotations

import pytest

from kompare.core.english import NOT_ENGLISH
from kompare.core.ingest import load_document
from kompare.core.ingest.decode import decode_bytes

SAMPLE = "Putin’s “strongest ever” pact: café talks in Pyongyang.\nSecond line — with a dash."


@pytest.mark.parametrize(
    "name, data",
    [
        ("utf8", SAMPLE.encode("utf-8")),
        ("utf8-bom", SAMPLE.encode("utf-8-sig")),
        ("utf16-le-bom", b"\xff\xfe" + SAMPLE.encode("utf-16-le")),
        ("utf16-be-bom", b"\xfe\xff" + SAMPLE.encode("utf-16-be")),
        ("utf32-bom", SAMPLE.encode("utf-32")),
    ],
)
def test_unicode_encodings_decode_exactly_without_notice(write, name, data):
    doc = load_document(write(f"{name}.txt", data))
    assert doc.text == SAMPLE  # BOM dropped, nothing else changed
    assert doc.notices == ()


def test_windows_1252_smart_quotes_decode_with_a_notice(write):
    data = SAMPLE.replace("—", "-").encode("cp1252")
    assert data.count(b"\x92") == 1 and b"\x93" in data  # really cp1252 bytes
    doc = load_document(write("cp1252.txt", data))
    assert doc.text == SAMPLE.replace("—", "-")
    assert doc.notices == ("decoded as Windows-1252 (not valid UTF-8)",)


def test_latin_1_accent_decodes_with_a_notice(write):
    doc = load_document(write("latin1.txt", "Le café de la Paix à Séoul.".encode("latin-1")))
    assert doc.text == "Le café de la Paix à Séoul."
    assert any("Windows-1252" in n for n in doc.notices)


def test_cp1252_undefined_bytes_never_crash():
    decoded = decode_bytes(b"odd \x81\x8d\x8f\x90\x9d bytes")
    assert decoded.text == "odd \x81\x8d\x8f\x90\x9d bytes"
    assert decoded.encoding == "cp1252"


def test_mostly_utf8_with_a_stray_byte_keeps_utf8_and_says_so(write):
    data = "Séoul, Pyongyang, Moscou — été.".encode("utf-8") + b" bad:\xff end"
    doc = load_document(write("mixed.txt", data))
    assert doc.text.startswith("Séoul, Pyongyang, Moscou — été.")
    assert "\ufffd" in doc.text
    assert doc.notices == ("1 byte was not valid UTF-8 and is shown as \ufffd",)


def test_utf16_without_bom_is_recognised(write):
    doc = load_document(write("nobom.txt", SAMPLE.encode("utf-16-le")))
    assert doc.text == SAMPLE
    assert any("UTF-16" in n for n in doc.notices)


def test_line_breaks_are_normalised_silently(write):
    doc = load_document(write("crlf.txt", b"First line\r\nSecond line\rThird line\n"))
    assert doc.text == "First line\nSecond line\nThird line\n"
    assert doc.notices == ()


def test_plain_text_is_unchanged_including_blank_lines_and_spacing(write):
    text = "Headline here\n\n\n  Indented paragraph.  \n\tTabbed.\n"
    doc = load_document(write("plain.txt", text))
    assert doc.text == text


def test_markup_in_a_text_file_stays_literal(write):
    text = "Use <b>bold</b> and &amp; entities sparingly.\n<p>This is not a web page.</p>\n"
    doc = load_document(write("markup.txt", text))
    assert doc.format == "text"
    assert doc.text == text


def test_html_page_in_its_declared_charset(write):
    page = ('<html><head><meta charset="windows-1251"><title>Путин в Пхеньяне</title></head><body>'
            "<article><h1>Путин в Пхеньяне</h1><p>Президент России Владимир Путин прибыл в Пхеньян "
            "для переговоров с Ким Чен Ыном. Стороны подписали договор о всеобъемлющем "
            "стратегическом партнёрстве.</p></article></body></html>")
    doc = load_document(write("ru.html", page.encode("cp1251")))
    assert "Владимир Путин прибыл в Пхеньян" in doc.text
    assert doc.notices == ()


def test_a_declared_charset_that_does_not_fit_falls_back(write):
    data = b'<meta charset="shift_jis"><p>caf\xe9 \x80\xff</p>'
    decoded = decode_bytes(data)
    assert decoded.encoding == "cp1252"


# --- legacy encodings guessed (issue 13): the text comes out right and the notice says so ---

GUESSED = [
    ("shift_jis", "プーチン大統領は平壌を訪問し、金正恩総書記と会談した。両首脳は包括的戦略パートナーシップ条約に署名した。",
     "Shift-JIS"),
    ("gb18030", "俄罗斯总统普京抵达平壤，与朝鲜领导人金正恩举行会谈，双方签署了全面战略伙伴关系条约。", "GB18030"),
    ("koi8_r", "Президент России Владимир Путин прибыл в Пхеньян для переговоров с Ким Чен Ыном.", "KOI8-R"),
    ("cp1251", "Президент России Владимир Путин прибыл в Пхеньян для переговоров с Ким Чен Ыном.", "Windows-1251"),
    ("iso8859_7", "Ο Ρώσος πρόεδρος έφτασε στην Πιονγκγιάνγκ για συνομιλίες με τον Κιμ.", "Greek"),
]


@pytest.mark.parametrize("codec, text, label", GUESSED)
def test_non_latin_legacy_encodings_are_guessed_with_confidence(write, codec, text, label):
    doc = load_document(write("legacy.txt", ((text + "\n") * 3).encode(codec)))
    assert doc.text == (text + "\n") * 3
    notice, language = doc.notices  # (and: not in English)
    assert notice.startswith("decoded as ") and label in notice and language == NOT_ENGLISH
    assert "% confident" in notice


@pytest.mark.parametrize("codec, label", [("iso8859_2", "ISO-8859-2"), ("cp1250", "Windows-1250")])
@pytest.mark.parametrize("text", [
    "Vladimir Putin přiletěl do Pchjongjangu. Šéf Kremlu podepsal smlouvu, řekl mluvčí. Žádné překvapení.",
    "Święta gęś zjadła źdźbło. Prezydent Rosji przyjechał do Pjongjangu, gdzie podpisał układ o współpracy.",
])
def test_central_european_text_is_not_read_as_windows_1252(write, codec, text, label):
    doc = load_document(write("ce.txt", text.encode(codec)))
    assert doc.text == text
    assert doc.notices == (f"decoded as {label} (Central European; not valid UTF-8)",)


@pytest.mark.parametrize("text, codec", [
    # French: "è" inside words, "à" alone and « » are Western, not Czech "č", "ŕ" and "Ť".
    ("Le ministre a précisé mercredi que la réforme serait adoptée après l'été. « C'est très important », "
     "a-t-il déclaré à la presse.", "latin-1"),
    ("Le problème du système est très grave après la crise, selon le député.", "cp1252"),
    ("Lunedì il ministro è arrivato a Roma, però la città non lo sapeva. Così andò.", "latin-1"),
])
def test_western_text_with_grave_accents_is_not_read_as_central_european(write, text, codec):
    doc = load_document(write("w.txt", text.encode(codec)))
    assert doc.text == text
    assert doc.notices == ("decoded as Windows-1252 (not valid UTF-8)",)


@pytest.mark.parametrize("codec, label", [("iso8859_2", "ISO-8859-2"), ("cp1250", "Windows-1250")])
@pytest.mark.parametrize("text", [
    "Česká vláda řekla, že smlouva je nebezpečná. Ministr zahraničí to odsoudil.",
    "Az orosz elnök szerdán Phenjanba érkezett, közölte a szóvivő. A szerződés katonai segítséget ír elő.",
    "Ruski predsjednik stigao je u Pjongjang, rekao je glasnogovornik. Ugovor predviđa vojnu pomoć.",
    "Prezydent Rosji przyleciał do Pjongjangu, powiedział rzecznik. Umowa przewiduje pomoc wojskową.",
])
def test_short_central_european_text_in_either_codepage(write, text, codec, label):
    doc = load_document(write("ce.txt", text.encode(codec)))
    assert doc.text == text
    # (Hungarian and Croatian letters have the same bytes in both: either name is right.)
    same = text.encode("iso8859_2") == text.encode("cp1250")
    assert doc.notices[0].endswith("(Central European; not valid UTF-8)")
    assert same or label in doc.notices[0]


@pytest.mark.parametrize("codec, text, label", GUESSED[:2])
def test_one_line_of_legacy_cjk_with_no_line_break_is_not_read_as_utf16(write, codec, text, label):
    """Its bytes, an even number of them read two at a time, are ideographs too: with no NUL
    among them (UTF-16 has one for every space or line break), the legacy codec is the reading."""
    data = text.encode(codec)
    assert len(data) % 2 == 0 and b"\x00" not in data
    doc = load_document(write("one-line.txt", data))
    assert doc.text == text
    assert label in doc.notices[0] and "UTF-16" not in doc.notices[0]
