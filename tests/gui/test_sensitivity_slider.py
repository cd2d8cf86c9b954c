"""The status bar's sensitivity slider: any value in steps of 0.05, one comparison per settled choice."""

from pathlib import Path

from PySide6.QtCore import Qt

from kompare.gui.sensitivity_slider import SETTLE_MS, SensitivitySlider
from tests.gui.test_main_window import settled, show


def test_showing_a_value_chooses_nothing(qtbot):
    slider = SensitivitySlider()
    qtbot.addWidget(slider)
    chosen = []
    slider.chosen.connect(chosen.append)
    slider.set_value(0.7)
    slider.set_value(0.33)  # the nearest notch
    assert slider.value_f() == 0.35 and chosen == []
    assert "sensitivity 0.35" in slider.toolTip().lower()


def test_keys_choose_once_they_rest(qtbot):
    slider = SensitivitySlider()
    qtbot.addWidget(slider)
    slider.set_value(0.5)
    chosen, previewed = [], []
    slider.chosen.connect(chosen.append)
    slider.previewed.connect(previewed.append)
    slider.setFocus()
    for _ in range(3):
        qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert previewed == [0.55, 0.6, 0.65] and chosen == []  # not yet: the keys may go on
    qtbot.waitUntil(lambda: chosen == [0.65], timeout=SETTLE_MS * 5)
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    qtbot.keyClick(slider, Qt.Key.Key_Left)  # and back: the value in use, nothing to choose
    qtbot.wait(SETTLE_MS * 2)
    assert chosen == [0.65]


def test_a_drag_chooses_when_released(qtbot):
    slider = SensitivitySlider()
    qtbot.addWidget(slider)
    chosen = []
    slider.chosen.connect(chosen.append)
    slider.setSliderDown(True)
    slider.setValue(16)
    slider.setValue(18)
    qtbot.wait(SETTLE_MS * 2)
    assert chosen == []  # held: no comparison while dragging
    slider.setSliderDown(False)  # (what releasing the handle does)
    assert chosen == [0.9]


def test_the_slider_compares_again_and_agrees_with_the_menu(qtbot, window):
    seeds = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
    slider = window.sensitivity_slider
    assert slider.value_f() == window.sensitivity() == 0.5
    window.open_paths([str(seeds[1]), str(seeds[3])])
    qtbot.waitUntil(lambda: settled(window) and window.comparison is not None, timeout=30000)
    slider.chosen.emit(0.75)
    assert window.settings.sensitivity == 0.75 and window.actions.sensitivity.checkedAction() is None
    qtbot.waitUntil(lambda: settled(window) and window.comparison.sensitivity == 0.75, timeout=30000)
    lenient = next(a for a in window.actions.sensitivity.actions() if a.data() == 0.7)
    lenient.trigger()
    assert slider.value_f() == 0.7 and window.settings.sensitivity == 0.7
    window.use_sensitivity(0.3)  # the command line's, for this session
    assert slider.value_f() == 0.3


def test_the_slider_sits_in_the_status_bar_beside_the_sensitivity(qtbot, window):
    # nothing compared: a caption names the slider
    assert window.sensitivity_slider.isVisible() and window.sensitivity_caption.isVisible()
    assert window.sensitivity_caption.text() == "Sensitivity" and not window.sensitivity_label.isVisible()
    show(window, qtbot)
    # compared: the sensitivity on screen names it instead
    assert window.sensitivity_slider.isVisible() and window.sensitivity_label.isVisible()
    assert not window.sensitivity_caption.isVisible()
    assert window.statusBar().isAncestorOf(window.sensitivity_slider)
