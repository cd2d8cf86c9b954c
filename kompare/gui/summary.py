"""The legend (which also filters the highlights) and the summary: each document's shares and counts."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QLabel, QSizePolicy, QWidget

from kompare.core.model import Shares, Side
from kompare.gui.marks import Marks
from kompare.gui.palette import Scheme, scheme_for
from kompare.present import LOOKS, STATUS_KINDS, count_of, look_of, sensitivity_text, share_text

KINDS = tuple(k.value for k in STATUS_KINDS)


class Swatch(QAbstractButton):
    """A legend chip that is also a switch: checked, its kind's highlights show."""

    def __init__(self, kind: str, parent=None):
        super().__init__(parent)
        self.kind = kind
        self.setCheckable(True)
        self.setChecked(True)
        self.setFixedSize(16, 16)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(f"Show {look_of(kind).plural}")

    def sizeHint(self) -> QSize:
        return QSize(16, 16)

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        scheme = scheme_for(self.palette())
        rect = QRectF(1.5, 1.5, 13, 13)
        p.setPen(QPen(scheme.solid[self.kind], 1.5))
        if self.isChecked():
            p.setBrush(scheme.background[self.kind])
            p.drawRoundedRect(rect, 3, 3)
            p.setPen(QPen(scheme.text, 1.6))
            p.drawPolyline([rect.topLeft() + QPointF(3, 6.5), rect.topLeft() + QPointF(5.5, 9.5),
                            rect.topLeft() + QPointF(10, 3.5)])
        else:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect, 3, 3)
        if self.hasFocus():
            p.setPen(QPen(scheme.text, 1, Qt.PenStyle.DotLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(0.5, 0.5, 15, 15))
        p.end()


class LegendLabel(QLabel):
    """A legend's name; clicking it flips its swatch."""

    clicked = Signal()

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


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
                if width <= 0:
                    continue
                p.setBrush(scheme.solid[kind])
                p.drawRect(QRectF(x, rect.top() + 1, width, rect.height() - 2))
                x += width
        p.end()


class SummaryBar(QWidget):
    """Legend switches on the left, then each document's shares and the counts."""

    kinds_toggled = Signal(object)  # the set of kind values whose highlights are hidden

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName("Summary and legend")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.setSpacing(5)
        layout.setSizeConstraint(QHBoxLayout.SizeConstraint.SetNoConstraint)  # see minimumSizeHint
        self.legend_labels: list[QLabel] = []
        self.swatches: dict[str, Swatch] = {}
        for kind in KINDS:
            look = look_of(kind)
            tip = f"{look.label}: {look.legend}" + (f"; marked words: {look.words}" if look.words else "") + \
                ". Click to show or hide these highlights."
            swatch = Swatch(kind)
            swatch.setToolTip(tip)
            swatch.toggled.connect(self._on_toggled)
            layout.addWidget(swatch)
            label = LegendLabel(look.label)
            label.setToolTip(tip)
            label.setCursor(Qt.CursorShape.PointingHandCursor)
            label.clicked.connect(swatch.toggle)
            layout.addWidget(label)
            layout.addSpacing(6)
            self.legend_labels.append(label)
            self.swatches[kind] = swatch
        self.hint = hint = QLabel('<span style="text-decoration: underline dotted">quotation</span>')
        hint.setToolTip(f"Quotations have a dotted underline; {LOOKS[STATUS_KINDS[1]].words} "
                        "in a divergence, the shared words in a partial link")
        layout.addWidget(hint)
        layout.addStretch(1)
        self.bars, self.texts = {}, {}
        for side in Side:
            letter = QLabel(f"<b>{side.value.upper()}</b>")
            layout.addWidget(letter)
            bar = ShareBar(side)
            bar.setAccessibleName(f"Shares of document {side.value.upper()}")
            bar.setMaximumWidth(120)
            layout.addWidget(bar, 1)
            text = QLabel()
            layout.addWidget(text)
            self.bars[side], self.texts[side] = bar, text
        layout.addSpacing(6)
        self.counts = QLabel()
        self.counts.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.counts)
        self.set_marks(None)

    def hidden_kinds(self) -> set[str]:
        return {kind for kind, swatch in self.swatches.items() if not swatch.isChecked()}

    def _on_toggled(self, _checked: bool) -> None:
        for swatch in self.swatches.values():
            swatch.update()
        self.kinds_toggled.emit(self.hidden_kinds())

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
            shares = marks.shares(side) if marks is not None else None
            self.bars[side].set_shares(shares)
            self.texts[side].setText(share_text(shares) if shares else "—")
            tip = (f"Document {side.value.upper()}: " + share_text(shares, keep_zero=True)
                   if shares else "Not compared yet")
            self.bars[side].setToolTip(tip)
            self.texts[side].setToolTip(tip)
        if marks is None:
            self.counts.setText("")
            self.counts.setToolTip("")
            self._fit()
            return
        c = marks.counts()
        partial = f"{c['partial']} partial · " if c["partial"] else ""
        self.counts.setText(
            f"{c['agreement']} agree · {c['divergence']} diverge · {partial}"
            f"unique {c['unique_a']} A / {c['unique_b']} B · {sensitivity_text(marks.comparison.sensitivity)}"
        )
        self.counts.setToolTip(
            f"{count_of('agreement', c['agreement'])}, {count_of('divergence', c['divergence'])} and "
            f"{count_of('partial', c['partial'])}; "
            f"{c['unique_a']} sentence{'s' if c['unique_a'] != 1 else ''} only in A, {c['unique_b']} only in B; "
            f"{c['quotes_a']} quotation{'s' if c['quotes_a'] != 1 else ''} in A, {c['quotes_b']} in B; "
            f"compared with {sensitivity_text(marks.comparison.sensitivity)}"
        )
        self._fit()

    def summary_text(self) -> str:
        """The summary as plain text (for tests and the accessible description)."""
        return " | ".join(
            [f"A: {self.bars[Side.A].toolTip()}", f"B: {self.bars[Side.B].toolTip()}", self.counts.toolTip()]
        )
