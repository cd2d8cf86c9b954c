"""Text from documents and file names shown literally in widgets that would read it as HTML."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def rich(text: str) -> str:
    """``text`` as rich text that shows every character literally (line breaks kept).

    Qt guesses whether a tooltip or label is HTML; a title like ``<img src=...>`` would be
    rendered (and the image loaded), so untrusted text is always escaped and marked as rich.
    """
    return "<qt>" + escape(text, quote=False).replace("\n", "<br>") + "</qt>"


def plain_label(text: str = "", parent=None) -> QLabel:
    """A QLabel that never interprets its text as markup."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label
