"""Find kompare's icon and desktop file in the source tree or an installed package."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPixmap

import kompare


def resource_dirs() -> list[Path]:
    """Candidate folders: installed (kompare/resources) first, then the repository's resources/."""
    package = Path(kompare.__file__).resolve().parent
    return [package / "resources", package.parent / "resources"]


def find_resource(name: str) -> Path | None:
    """The first existing file called ``name`` among the resource folders."""
    for folder in resource_dirs():
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None


def paint_icon(size: int) -> QPixmap:
    """The app icon painted in code: two pages joined by a band (fallback and PNG source)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 64.0, size / 64.0)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#1F2937"))
    p.drawRoundedRect(QRectF(2, 2, 60, 60), 12, 12)
    for x in (9, 37):
        p.setBrush(QColor("#F8FAFC"))
        p.drawRoundedRect(QRectF(x, 11, 18, 42), 2.5, 2.5)
    band = QPainterPath(QPointF(27, 17))
    band.cubicTo(QPointF(32, 17), QPointF(32, 34), QPointF(37, 34))
    band.lineTo(QPointF(37, 42))
    band.cubicTo(QPointF(32, 42), QPointF(32, 25), QPointF(27, 25))
    band.closeSubpath()
    p.setBrush(QColor("#E69F00"))
    p.drawPath(band)
    bars = [(15, "#0072B2", "#0072B2"), (21, "#E69F00", "#CC79A7"), (35, "#0072B2", "#E69F00"),
            (41, "#CC79A7", "#0072B2"), (47, "#0072B2", "#0072B2")]
    for y, left, right in bars:
        p.setBrush(QColor(left))
        p.drawRect(QRectF(12, y, 12, 3))
        p.setBrush(QColor(right))
        p.drawRect(QRectF(40, y, 12, 3))
    p.end()
    return pixmap


def app_icon() -> QIcon:
    """The SVG icon plus its PNG renders when found, else the painted one (never fails)."""
    icon = QIcon()
    files = [find_resource("kompare.svg")] + [find_resource(f"kompare-{n}.png") for n in (64, 256)]
    for path in files:
        if path is not None:
            icon.addFile(str(path))
    if icon.isNull() or icon.pixmap(64, 64).isNull():
        icon = QIcon()
        for size in (32, 64, 256):
            icon.addPixmap(paint_icon(size))
    return icon
