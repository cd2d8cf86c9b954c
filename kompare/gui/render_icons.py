"""Render resources/kompare.svg to the PNG sizes the desktop needs: ``python -m kompare.gui.render_icons``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (64, 256)


def render(svg: Path, out_dir: Path, sizes=SIZES) -> list[Path]:
    """Write kompare-<size>.png beside the SVG (needs a QGuiApplication)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out_dir / f"kompare-{size}.png"
        if not image.save(str(target)):
            raise OSError(f"could not write {target}")
        written.append(target)
    return written


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    folder = Path(__file__).resolve().parents[2] / "resources"
    for path in render(folder / "kompare.svg", folder):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
