"""The legend and the summary: how much of each document agrees, diverges or is unique."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from kompare.core.model import Shares, Side
from kompare.gui.marks import Marks
from kompare.gui.palette import Scheme, scheme_for

KINDS = ("agreement", "divergence", "unique")
LABELS = {"agreement": "agrees", "divergence": "diverges", "unique": "unique"}


class Swatch(QWidget):
    """A small colour chip for the legend."""

    def __init__(self, kind: str, parent=None):
        super().__init__(parent)
        self.kind = kind
        self.setFixedSize(14, 14)

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        scheme = scheme_for(self.palette())
        p.setPen(scheme.solid[self.kind])
        p.setBrush(scheme.background[self.kind])
        p.drawRoundedRect(QRectF(0.5, 0.5, 13, 13), 3, 3)
        p.end()


class ShareBar(QWidget):
    """A stacked bar: agreement, divergence and unique shares of one document."""

    def __init__(self, side: Side, parent=None):
        super().__init__(parent)
        self.side = side
        self.shares: Shares | None = None
        self.setMinimumWidth(36)
        self.setFixedHeight(12)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(140, 12)

    def set_shares(self, shares: Shares | None) -> None:
        self.shares = shares
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        scheme: Scheme = scheme_for(self.palette())
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        p.setPen(scheme.dimmed)
        p.setBrush(scheme.base)
        p.drawRoundedRect(rect, 3, 3)
        if self.shares is not None:
            x = rect.left()
            p.setPen(Qt.PenStyle.NoPen)
            for kind in KINDS:
                width = getattr(self.shares, kind) * rect.width()
                p.setBrush(scheme.solid[kind])
                p.drawRect(QRectF(x, rect.top() + 1, width, rect.height() - 2))
                x += width
        p.end()


def share_text(shares: Shares) -> str:
    """'62 % agrees · 21 % diverges · 17 % unique'."""
    return " · ".join(f"{round(getattr(shares, k) * 100)} % {LABELS[k]}" for k in KINDS)


def short_share_text(shares: Shares) -> str:
    """'62 / 21 / 17 %' (agrees / diverges / unique)."""
    return " / ".join(str(round(getattr(shares, k) * 100)) for k in KINDS) + " %"


class SummaryBar(QWidget):
    """Legend chips on the left, then each document's shares and the counts."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName("Summary and legend")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.setSpacing(5)
        layout.setSizeConstraint(QHBoxLayout.SizeConstraint.SetNoConstraint)  # see minimumSizeHint
        self.legend_labels: list[QLabel] = []
        for kind, text, tip in (
            ("agreement", "Agreement", "Same claim in both documents"),
            ("divergence", "Divergence", "Same passage, but a fact differs; differing words underlined"),
            ("unique", "Unique", "Said by one document only"),
        ):
            swatch = Swatch(kind)
            swatch.setToolTip(tip)
            layout.addWidget(swatch)
            label = QLabel(text)
            label.setToolTip(tip)
            layout.addWidget(label)
            layout.addSpacing(6)
            self.legend_labels.append(label)
        self.hint = hint = QLabel('<span style="text-decoration: underline dotted">quotation</span>')
        hint.setToolTip("Quotations have a dotted underline; inside a divergence the words that "
                        "differ are tinted and underlined")
        layout.addWidget(hint)
        layout.addStretch(1)
        self.bars, self.texts = {}, {}
        for side in Side:
            letter = QLabel(f"<b>{side.value.upper()}</b>")
            layout.addWidget(letter)
            bar = ShareBar(side)
            bar.setAccessibleName(f"Shares of document {side.value.upper()}")
            bar.setMaximumWidth(160)
            layout.addWidget(bar, 1)
            text = QLabel()
            layout.addWidget(text)
            self.bars[side], self.texts[side] = bar, text
        layout.addSpacing(6)
        self.counts = QLabel()
        self.counts.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.counts)
        self.set_marks(None)

    def minimumSizeHint(self) -> QSize:
        # The strip never forces a wide window on a small screen: ``_fit`` drops the least
        # needed labels (the labels never shrink below their text, so they cannot overlap).
        return QSize(160, super().minimumSizeHint().height())

    def optional_groups(self) -> list[list[QLabel]]:
        """Labels in the order they give way when the strip is narrow; a group goes as one."""
        return [[self.hint], [self.counts], list(self.texts.values()), self.legend_labels]

    def optional_labels(self) -> list[QLabel]:
        return [label for group in self.optional_groups() for label in group]

    def _fit(self) -> None:
        layout = self.layout()
        for label in self.optional_labels():
            label.setVisible(bool(label.text()))
        layout.invalidate()
        for group in self.optional_groups():
            if layout.minimumSize().width() <= self.width():
                break
            for label in group:
                label.hide()
            layout.invalidate()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def set_marks(self, marks: Marks | None) -> None:
        for side in Side:
            shares = marks.comparison.shares(side) if marks is not None else None
            self.bars[side].set_shares(shares)
            self.texts[side].setText(short_share_text(shares) if shares else "—")
            tip = (f"Document {side.value.upper()}: {share_text(shares)}" if shares else "Not compared yet")
            self.bars[side].setToolTip(tip)
            self.texts[side].setToolTip(tip + " (agrees / diverges / unique)" if shares else tip)
        if marks is None:
            self.counts.setText("")
            self.counts.setToolTip("")
            self._fit()
            return
        c = marks.counts()
        self.counts.setText(
            f"{c['agreement']} agree · {c['divergence']} diverge · "
            f"unique {c['unique_a']} A / {c['unique_b']} B"
        )
        self.counts.setToolTip(
            f"{c['agreement']} agreements and {c['divergence']} divergences linked; "
            f"{c['unique_a']} sentences only in A, {c['unique_b']} only in B; "
            f"{c['quotes_a']} quotations in A, {c['quotes_b']} in B"
        )
        self._fit()

    def summary_text(self) -> str:
        """The summary as plain text (for tests and the accessible description)."""
        return " | ".join(
            [f"A: {self.bars[Side.A].toolTip()}", f"B: {self.bars[Side.B].toolTip()}", self.counts.toolTip()]
        )
