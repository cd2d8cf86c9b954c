"""File > Open Address: a web address for A, for B, or for both."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
)

from kompare.core.model import Side
from kompare.core.address import address_problem
from kompare.gui.sources import is_address


def normalised(text: str) -> str:
    """The address as typed, with https:// added when no scheme was given ('' stays '')."""
    text = text.strip()
    if text and "://" not in text:
        return "https://" + text
    return text


class AddressDialog(QDialog):
    """Two address fields; Fetch is enabled once one is filled and every filled one is http(s)."""

    def __init__(self, active: Side = Side.A, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Open web address")
        self.fields: dict[Side, QLineEdit] = {}
        form = QFormLayout()
        for side in Side:
            field = QLineEdit()
            field.setPlaceholderText("https://…")
            field.setClearButtonEnabled(True)
            field.setAccessibleName(f"Web address for document {side.value.upper()}")
            field.textChanged.connect(self._check)
            form.addRow(f"{side.value.upper()} ({'left' if side is Side.A else 'right'}):", field)
            self.fields[side] = field
        note = QLabel("Only the page itself is fetched (no scripts or images), within a time limit. "
                      "A side left empty keeps its document.")
        note.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Fetch")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        copied = QApplication.clipboard().text().strip()
        if is_address(copied) and not any(c.isspace() for c in copied):
            self.fields[active].setText(copied)  # an address just copied from a browser
        self.fields[active].setFocus()
        self._check()

    def addresses(self) -> dict[Side, str]:
        """The address for each side that has one."""
        return {side: normalised(f.text()) for side, f in self.fields.items() if f.text().strip()}

    def _check(self) -> None:
        given = self.addresses()
        said = []
        for side, url in given.items():
            problem = "a web address starts with http:// or https://" if not is_address(url) else address_problem(url)
            if problem:
                said.append(f"{side.value.upper()}: {problem}")
        self.problem.setText("\n".join(said))
        self.problem.setVisible(bool(said))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(given) and not said)
