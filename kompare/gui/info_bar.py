"""A non-modal message strip above the panes, with optional action buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton

from kompare.gui.palette import mix


class InfoBar(QFrame):
    """Shows one message at a time; ``action`` is emitted with the clicked button's id."""

    action = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName("Information bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # messages name files: never markup
        self.label.setWordWrap(True)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(10, 4, 6, 4)
        self._layout.addWidget(self.label, 1)
        self._buttons: list[QPushButton] = []
        self.close_button = QToolButton(text="✕")
        self.close_button.setAccessibleName("Dismiss message")
        self.close_button.setToolTip("Dismiss")
        self.close_button.clicked.connect(self.dismiss)
        self._layout.addWidget(self.close_button)
        self.hide()

    def show_message(self, text: str, actions: list[tuple[str, str]] = ()) -> None:  # type: ignore[assignment]
        """Show ``text`` with buttons given as (id, label)."""
        for button in self._buttons:
            button.deleteLater()
        self._buttons = []
        for action_id, label in actions:
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, a=action_id: self._clicked(a))
            self._layout.insertWidget(self._layout.count() - 1, button)
            self._buttons.append(button)
        self.label.setText(text)
        palette = self.palette()
        base = self.parentWidget().palette() if self.parentWidget() else palette
        tint = mix(base.color(QPalette.ColorRole.Window), base.color(QPalette.ColorRole.Highlight), 0.18)
        palette.setColor(QPalette.ColorRole.Window, tint)
        self.setPalette(palette)
        self.show()

    def buttons(self) -> list[QPushButton]:
        return list(self._buttons)

    def _clicked(self, action_id: str) -> None:
        self.hide()
        self.action.emit(action_id)

    def dismiss(self) -> None:
        self.hide()
        self.action.emit("dismiss")
