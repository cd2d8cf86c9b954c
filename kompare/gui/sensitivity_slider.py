"""The status bar's sensitivity slider: any value in 0..1 in steps of 0.05, chosen once the hand settles."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QSlider

from kompare.present import sensitivity_text

#: One notch of the slider (the menu's presets, 0.3, 0.5 and 0.7, are notches).
STEP = 0.05
#: Keys and the wheel move the slider a notch at a time: the value is chosen once they rest this long (ms).
SETTLE_MS = 400


class SensitivitySlider(QSlider):
    """Emits ``chosen(value)`` when a drag is released or keys and the wheel come to rest, not at every notch:
    each chosen value compares again. ``previewed(value)`` tells of the value under the hand meanwhile."""

    chosen = Signal(float)
    previewed = Signal(float)

    def __init__(self, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setRange(0, round(1 / STEP))
        self.setSingleStep(1)
        self.setPageStep(2)
        self.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.setTickInterval(round(0.25 / STEP))
        self.setFixedWidth(110)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName("Sensitivity")
        self.setAccessibleDescription("Higher links looser paraphrases: more links, fewer of them certain")
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._choose)
        self._quiet = False
        self._last = 0.5
        self.valueChanged.connect(self._on_moved)
        self.sliderReleased.connect(self._choose)
        self.set_value(0.5)

    def value_f(self) -> float:
        """The slider's value as a sensitivity (0..1)."""
        return round(self.value() * STEP, 2)

    def set_value(self, value: float) -> None:
        """Show ``value`` (the nearest notch) without choosing it."""
        self._quiet = True
        try:
            self.setValue(round(min(1.0, max(0.0, value)) / STEP))
        finally:
            self._quiet = False
        self._last = value
        self._settle.stop()
        self._describe()

    def _on_moved(self, _position: int) -> None:
        self._describe()
        if self._quiet:
            return
        self.previewed.emit(self.value_f())
        if not self.isSliderDown():  # keys and wheel: wait for them to rest
            self._settle.start()

    def _choose(self) -> None:
        self._settle.stop()
        value = self.value_f()
        if abs(value - self._last) > 1e-9:
            self._last = value
            self.chosen.emit(value)

    def _describe(self) -> None:
        text = sensitivity_text(self.value_f())
        self.setToolTip(f"{text[0].upper()}{text[1:]}: drag right to link looser paraphrases (more links, "
                        "less certain), left for stricter ones")


__all__ = ["SETTLE_MS", "STEP", "SensitivitySlider"]
