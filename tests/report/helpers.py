"""Reading a written PDF back: text (pdftotext), metadata (pdfinfo), fonts, pixels."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

needs_poppler = pytest.mark.skipif(
    not all(shutil.which(t) for t in ("pdftotext", "pdfinfo", "pdffonts", "pdftoppm")),
    reason="poppler-utils is not installed",
)


def pdf_text(path, *, layout: bool = False, first: int | None = None, last: int | None = None) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if layout:
        args.append("-layout")
    if first:
        args += ["-f", str(first)]
    if last:
        args += ["-l", str(last)]
    return subprocess.run([*args, str(path), "-"], check=True, capture_output=True, text=True).stdout


def pdf_pages(path) -> list[str]:
    """Plain text of each page (pdftotext separates pages with form feeds)."""
    pages = pdf_text(path).split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def pdf_info(path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return {k.strip(): v.strip() for k, v in (line.split(":", 1) for line in out.splitlines() if ":" in line)}


def pdf_fonts(path) -> list[dict[str, str]]:
    """Rows of pdffonts: name, type, emb (yes/no), uni (yes/no)."""
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name type... encoding emb sub uni object ID: the last five columns are fixed.
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return rows


def page_pixels(path, page: int, dpi: int = 50) -> tuple[int, int, bytes]:
    """One page as raw RGB (width, height, bytes), via pdftoppm's PPM output."""
    data = subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), str(path)],
        check=True, capture_output=True,
    ).stdout
    m = re.match(rb"P6\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
    assert m, "pdftoppm did not write a PPM image"
    w, h = int(m.group(1)), int(m.group(2))
    return w, h, data[m.end():]


def count_colour(pixels: bytes, hex_colour: str, tolerance: int = 6) -> int:
    """How many pixels are within ``tolerance`` of a colour on every channel."""
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    n = 0
    for i in range(0, len(pixels) - 2, 3):
        if abs(pixels[i] - r) <= tolerance and abs(pixels[i + 1] - g) <= tolerance and abs(pixels[i + 2] - b) <= tolerance:
            n += 1
    return n


def squash(text: str) -> str:
    """Whitespace collapsed, so wrapped lines compare as one."""
    return re.sub(r"\s+", " ", text)
