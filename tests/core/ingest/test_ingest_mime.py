"""MIME e-mails (.eml) unpacked with the standard library's email package (issue 13)."""

from __future__ import annotations

import base64
import email
import email.policy
from email.message import EmailMessage

import pytest

from kompare.core.errors import InputError
from kompare.core.ingest import load_document
from tests.core.ingest.conftest import excluded_texts

BODY = ("Russian President Vladimir Putin arrived in Pyongyang on Wednesday.\n\n"
        "The two leaders signed a treaty on comprehensive strategic partnership, Kim said.\n")


def multipart(plain: str | None, html: str | None, *, attach: bool = False) -> bytes:
    message = EmailMessage()
    message["From"] = "Jos\u00e9 Roe <jose@example.org>"
    message["To"] = "desk@example.org"
    message["Subject"] = "Fwd: Putin\u2013Kim pact \u2014 final copy"
    message["Date"] = "Thu, 20 Jun 2024 09:12:44 +0900"
    if plain is not None:
        message.set_content(plain, cte="base64")
    if html is not None:
        if plain is None:
            message.set_content(html, subtype="html", cte="quoted-printable")
        else:
            message.add_alternative(html, subtype="html", cte="quoted-printable")
    if attach:
        message.add_attachment(b"%PDF-1.4 not really", maintype="application", subtype="pdf", filename="a.pdf")
    return message.as_bytes()


def test_a_base64_plain_part_is_decoded_and_headers_are_not_compared(write):
    raw = multipart(BODY + "Caf\u00e9 talks.\n", "<p>ignored html version</p>")
    assert base64.b64encode(b"Russian President").decode()[:12] in raw.decode()  # really base64 on disk
    doc = load_document(write("pact.eml", raw))
    assert "Russian President Vladimir Putin arrived in Pyongyang on Wednesday." in doc.text
    assert "Café talks." in doc.text
    assert "ignored html version" not in doc.text  # text/plain is preferred
    assert doc.title == "Putin–Kim pact — final copy"  # encoded header decoded, "Fwd:" dropped
    assert doc.date == "2024-06-20"
    (header,) = [t for t in excluded_texts(doc) if t.startswith("From:")]
    assert "José Roe" in header and "Subject:" in header
    assert doc.text[doc.text.index("Russian"):].startswith(BODY.strip()[:40])


def test_an_html_only_mail_is_read_through_the_html_reader(write):
    html = ("<html><body><p>" + BODY.replace("\n\n", "</p><p>") + "</p>"
            "<p>Caf\u00e9 \u201ctalks\u201d went on for hours in the North Korean capital, officials said.</p></body></html>")
    doc = load_document(write("html.eml", multipart(None, html)))
    assert "<p>" not in doc.text
    assert "The two leaders signed a treaty on comprehensive strategic partnership, Kim said." in doc.text
    assert "Café “talks” went on" in doc.text


def test_attachments_are_named_in_a_notice_not_shown(write):
    doc = load_document(write("att.eml", multipart(BODY, None, attach=True)))
    assert "PDF" not in doc.text
    assert doc.notices == ("the e-mail's 1 attachment is not shown",)


def test_a_plain_saved_mail_without_mime_headers_is_shown_unchanged(write):
    text = "From: a@b.org\nSubject: Pact\n\n" + BODY
    assert load_document(write("plain.txt", text)).text == text


def html_of(body: str) -> str:
    return "<html><body><p>" + body.strip().replace("\n\n", "</p><p>") + "</p></body></html>"


def test_a_blank_plain_part_gives_way_to_the_html_that_holds_the_mail(write):
    doc = load_document(write("alt.eml", multipart("  \n", html_of(BODY))))
    assert "The two leaders signed a treaty on comprehensive strategic partnership, Kim said." in doc.text


def test_a_forwarded_message_is_read_from_inside(write):
    outer = EmailMessage()
    outer["From"] = "desk@example.org"
    outer["Subject"] = "Fwd: pact"
    inner = email.message_from_bytes(multipart(BODY, None), policy=email.policy.default)
    outer.set_content(inner)  # Content-Type: message/rfc822, the whole mail inside
    assert outer.get_content_type() == "message/rfc822"
    doc = load_document(write("fwd.eml", outer.as_bytes()))
    assert "Russian President Vladimir Putin arrived in Pyongyang on Wednesday." in doc.text


def test_multipart_without_a_boundary_is_read_as_its_text(write):
    raw = ("From: a@b.org\nSubject: Pact\nMIME-Version: 1.0\nContent-Type: multipart/mixed\n\n" + BODY).encode()
    assert "Kim said." in load_document(write("nob.eml", raw)).text


def test_a_mail_with_no_text_is_refused_by_name(write):
    raw = multipart(None, None, attach=True)
    with pytest.raises(InputError, match="this e-mail has no text to compare .*save the attachment and open it"):
        load_document(write("att-only.eml", raw))
