"""The window's names for where a document comes from (kompare/gui/sources.py)."""

import subprocess
import sys

import pytest

from kompare.gui.sources import is_address, source_name


@pytest.mark.parametrize("source, name", [
    ("/home/ana/news/seoul-summit.txt", "seoul-summit.txt"),
    ("https://example.org/", "example.org"),
    ("https://example.org/world", "example.org/world"),
    ("https://example.org/world/asia/kim%20putin.html", "example.org/…/kim putin.html"),
    ("", ""),
    ("http://[::1", "http://[::1"),  # (malformed: named as it is; it raised, and the window stuck on "Reading")
    ("https://[example.com]/story", "https://[example.com]/story"),
])
def test_a_source_is_named_by_its_file_or_its_host_and_last_part(source, name):
    assert source_name(source) == name


def test_only_http_and_https_addresses_are_fetched():
    assert is_address("HTTPS://example.org/a") and is_address("http://example.org")
    assert not is_address("ftp://example.org/a") and not is_address("news/http.txt") and not is_address(None)


def test_naming_a_source_does_not_import_the_readers():
    # The window names a file as soon as it is chosen, on its own thread: importing the
    # readers (their patterns compiled) held that thread for a tenth of a second.
    code = (
        "import sys\n"
        "from kompare.gui.sources import is_address, source_name\n"
        "source_name('https://example.org/a'); source_name('a.txt'); is_address('a.txt')\n"
        "assert 'kompare.core.ingest' not in sys.modules, 'readers imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
