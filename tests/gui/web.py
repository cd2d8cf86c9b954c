"""A local HTTP server on 127.0.0.1 for the window's web-address tests (never the internet)."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = {"/a.txt": ROOT / "seeds" / "001_6182ff5760a10bcc.txt", "/b.txt": ROOT / "seeds" / "003_648a5f65085ad2eb.txt"}
#: How long /slow/... waits before answering (s): long enough to press Cancel, short for the test.
SLOW = 1.5


class Handler(BaseHTTPRequestHandler):
    """Serves the two seeds; /slow/NAME serves NAME after a pause; anything else is 404."""

    requests: list[str] = []

    def log_message(self, *args):
        pass

    def do_GET(self):
        Handler.requests.append(self.path)
        path = self.path
        if path.startswith("/slow/"):
            time.sleep(SLOW)
            path = path[len("/slow"):]
        if path in SEEDS:
            self.reply(200, "text/plain; charset=utf-8", SEEDS[path].read_bytes())
        else:
            self.reply(404, "text/plain", b"not here")

    def reply(self, code, kind, body):
        try:
            self.send_response(code)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:  # the client gave up (a cancelled fetch)
            pass


class Server:
    """``with Server() as base:`` serves on a free port; ``base`` is 'http://127.0.0.1:PORT'."""

    def __enter__(self) -> str:
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        Handler.requests.clear()
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)
