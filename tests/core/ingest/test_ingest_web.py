"""Web addresses, fetched from a local HTTP server the test starts on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kompare.core.config import CompareConfig
from kompare.core.errors import Cancelled, InputError
from kompare.core.ingest import load_source, load_url

ARTICLE = ("<p>Russian President Vladimir Putin arrived in Pyongyang on Wednesday for talks with Kim Jong Un, "
           "his first visit to North Korea in twenty-four years.</p><p>The two leaders signed a treaty on "
           "comprehensive strategic partnership, state media said on Thursday.</p>")
PAGE = (f"<!DOCTYPE html><html><head><title>Putin and Kim sign pact</title>"
        f'<script src="/script.js"></script><link rel="stylesheet" href="/style.css"></head><body>'
        f'<nav>Home | World</nav><article><h1>Putin and Kim sign pact</h1><img src="/photo.jpg">{ARTICLE}'
        f"</article></body></html>")
SHORT = CompareConfig(fetch_timeout=0.5)


class Handler(BaseHTTPRequestHandler):
    requests: list[str] = []

    def log_message(self, *args):  # keep the test output clean
        pass

    def do_GET(self):
        Handler.requests.append(self.path)
        if self.path == "/page":
            self.reply(200, "text/html; charset=utf-8", PAGE.encode())
        elif self.path == "/cp1251":
            self.reply(200, "text/html; charset=windows-1251", PAGE.replace("Putin arrived", "Путин прибыл").encode("cp1251"))
        elif self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/page")
            self.end_headers()
        elif self.path.startswith("/loop"):
            self.send_response(302)
            self.send_header("Location", "/loop" + str(len(Handler.requests)))
            self.end_headers()
        elif self.path == "/silent":
            time.sleep(3)  # never answers within the test's timeout
        elif self.path == "/trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(30):
                self.wfile.write(b"<p>x</p>")
                self.wfile.flush()
                time.sleep(0.1)
        elif self.path == "/image":
            self.reply(200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
        elif self.path == "/cut":  # promises more than it sends, then hangs up
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            self.wfile.write(PAGE.encode()[:300])
            self.close_connection = True
        elif self.path == "/cut-chunked":  # a chunked body whose last chunk never comes
            self.protocol_version = "HTTP/1.1"
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            self.wfile.write(b"12c\r\n" + PAGE.encode()[:300] + b"\r\n")
            self.close_connection = True
        elif self.path == "/big":
            self.reply(200, "text/plain", b"word " * 400)
        else:
            self.reply(404, "text/plain", b"not here")

    def reply(self, code, kind, body):
        self.send_response(code)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def reason_for(url, config=SHORT) -> str:
    with pytest.raises(InputError) as caught:
        load_url(url, config=config)
    assert caught.value.path == url
    assert "\n" not in caught.value.reason
    return caught.value.reason


def test_a_page_is_fetched_alone_and_read_as_an_article(server):
    Handler.requests.clear()
    doc = load_source(f"{server}/page", config=SHORT)
    assert doc.format == "html"
    assert doc.path == f"{server}/page"
    assert doc.title == "Putin and Kim sign pact"
    assert "The two leaders signed a treaty on comprehensive strategic partnership" in doc.text
    assert "Home | World" not in doc.text
    assert Handler.requests == ["/page"]  # no script, style sheet or image was requested


def test_a_redirect_is_followed(server):
    doc = load_url(f"{server}/moved", config=SHORT)
    assert doc.path == f"{server}/moved"
    assert "Putin arrived in Pyongyang" in doc.text


def test_the_charset_the_server_names_is_used(server):
    assert "Vladimir Путин прибыл in Pyongyang" in load_url(f"{server}/cp1251", config=SHORT).text


def test_a_redirect_loop_ends_with_a_clear_message(server):
    assert reason_for(f"{server}/loop").startswith("the address redirects too many times (more than 5")


def test_a_server_that_never_answers_times_out(server):
    start = time.monotonic()
    assert reason_for(f"{server}/silent").startswith("the server did not answer within 0.5 s")
    assert time.monotonic() - start < 2.5


def test_a_server_that_trickles_is_cut_off_at_the_deadline(server):
    start = time.monotonic()
    assert reason_for(f"{server}/trickle").startswith("the server took longer than 0.5 s")
    assert time.monotonic() - start < 2.5


def test_a_download_stops_when_the_caller_cancels(server):
    asked = []

    def should_cancel():
        asked.append(1)
        return len(asked) >= 3

    start = time.monotonic()
    with pytest.raises(Cancelled):
        load_url(f"{server}/trickle", config=CompareConfig(fetch_timeout=20), should_cancel=should_cancel)
    assert time.monotonic() - start < 2  # (the trickle would go on for 3 s, the deadline for 20)


def test_a_body_that_is_not_a_page_is_refused(server):
    assert reason_for(f"{server}/image").startswith("this is a PNG image, not a text document")


def test_a_page_over_the_size_limit_is_refused_with_exact_sizes(server):
    reason = reason_for(f"{server}/big", CompareConfig(fetch_timeout=2, max_file_bytes=1_000))
    assert reason.startswith("the page is 2,000 bytes (2 kB); kompare reads documents up to 1,000 bytes (1 kB)")


@pytest.mark.parametrize("path, sizes", [("/cut", "300 of 100,000 bytes"), ("/cut-chunked", "300 bytes")])
def test_a_download_the_server_cuts_off_is_refused_not_compared_in_part(server, path, sizes):
    with pytest.raises(InputError, match=f"the download was cut off after {sizes}: try again"):
        load_url(server + path)


def test_an_http_error_is_named(server):
    assert reason_for(f"{server}/nothing").startswith("the server answered 404 Not Found")


def test_a_refused_connection_is_one_line():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert reason_for(f"http://127.0.0.1:{port}/").startswith("the server refused the connection")


def test_offline_says_so(monkeypatch):
    def no_network(*_args, **_kwargs):
        raise socket.gaierror(-3, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    assert reason_for("https://news.example.org/story").startswith("the host name could not be looked up: "
                                                                   "you may be offline")


@pytest.mark.parametrize("address", ["http://", "https:///path"])
def test_an_address_without_a_host_is_refused(address):
    assert "not a web address" in reason_for(address)


@pytest.mark.parametrize("address, reason", [
    ("https://user:secret@example.org/a", "kompare does not log in to sites"),
    ("http://[::1/a", "this address is malformed (Invalid IPv6 URL)"),
    ("http://example.org:99999/a", "this address is malformed (Port out of range"),
    ("http://example.org:abc/a", "this address is malformed (Port could not be cast"),
    ("http://news..example.org/a", "the host name news..example.org is not valid"),
    ("http://" + "a" * 70 + ".org/a", "the host name aaaa"),
    ("http://ex ample.org/a", "the host name ex ample.org is not valid"),
    ("http://example.org/a\tb", "this address contains a line break, tab or control character"),
])
def test_a_malformed_address_is_refused_with_what_to_fix(address, reason):
    # (Before, the fetch failed with urllib's own words: "nonnumeric port: 'secret@example.org'",
    # "encoding with 'idna' codec failed".)
    assert reason_for(address).startswith(reason)


def test_a_space_in_an_addresss_path_is_sent_as_a_browser_sends_it(server):
    reason_for(f"{server}/no such page")
    assert Handler.requests[-1] == "/no%20such%20page"


def test_the_command_line_compares_two_addresses(server, tmp_path, capsys):
    import json

    from kompare.cli import main

    out = tmp_path / "out.json"
    assert main([f"{server}/page", f"{server}/moved", "--json", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert f"{server}/page" in json.dumps(data)
    assert main([f"{server}/page", f"{server}/image", "--json", str(tmp_path / "x.json")]) == 2
    assert f"kompare: error: {server}/image: this is a PNG image" in capsys.readouterr().err
