import configparser
import subprocess
import sys
from pathlib import Path

from kompare.gui import app as app_module
from kompare.gui import resources
from kompare.gui.main_window import MainWindow
from kompare.gui.settings import SettingsStore

ROOT = Path(__file__).resolve().parents[2]


def test_resources_are_found_in_the_source_tree(qapp):
    svg = resources.find_resource("kompare.svg")
    assert svg is not None and svg.parent.name == "resources"
    for size in (64, 256):
        png = resources.find_resource(f"kompare-{size}.png")
        from PySide6.QtGui import QImage

        assert QImage(str(png)).width() == size
    assert not resources.app_icon().isNull()


def test_installed_layout_is_tried_first(qapp):
    import kompare

    package = Path(kompare.__file__).resolve().parent
    assert resources.resource_dirs() == [package / "resources", package.parent / "resources"]


def test_missing_resources_fall_back_to_a_painted_icon(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(resources, "resource_dirs", lambda: [tmp_path / "nothing"])
    icon = resources.app_icon()
    assert not icon.isNull()
    image = icon.pixmap(64, 64).toImage()
    assert image.pixelColor(32, 32).alpha() > 0


def test_desktop_file_is_valid():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "resources" / "kompare.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Icon"] == "kompare"
    assert section["Exec"].startswith("kompare ")
    assert section["Categories"].endswith(";")


def test_svg_renders_to_png(qapp, tmp_path):
    from kompare.gui.render_icons import render

    written = render(ROOT / "resources" / "kompare.svg", tmp_path, sizes=(48,))
    from PySide6.QtGui import QImage

    image = QImage(str(written[0]))
    assert image.width() == 48 and image.pixelColor(24, 4).alpha() > 0


def test_run_refuses_three_paths(capsys):
    assert app_module.run(["a", "b", "c"]) == 2
    assert capsys.readouterr().err.startswith("kompare: error: give at most two documents")


def test_help_exits_cleanly():
    out = subprocess.run([sys.executable, "-m", "kompare.gui.app", "--help"], capture_output=True,
                         text=True, cwd=ROOT, timeout=60)
    assert out.returncode == 0 and "usage" in out.stdout


def test_settings_survive_a_restart(qtbot, config_dir, tmp_path):
    first = MainWindow()
    qtbot.addWidget(first)
    first.resize(760, 540)
    first.show()
    first.splitter.setSizes([200, 50, 300])
    first.zoom(+2)
    first.actions.show_furniture.setChecked(False)
    first.actions.sensitivity.actions()[2].trigger()
    first.settings.add_recent(str(tmp_path / "x.txt"))
    sizes = first.splitter.sizes()
    font = first.font_size()
    first.close()
    assert (config_dir / "settings.json").exists()

    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    assert second.font_size() == font
    assert second.settings.show_furniture is False and not second.actions.show_furniture.isChecked()
    assert second.settings.sensitivity == 0.7 and second.actions.sensitivity.checkedAction().data() == 0.7
    assert second.settings.splitter_sizes == sizes
    assert second.size().width() == 760
    assert second.recent_menus[second.panes.__iter__().__next__()].actions()[0].text() == "x.txt"
    second.close()


def test_corrupt_settings_start_with_defaults_and_say_so(qtbot, config_dir):
    config_dir.mkdir(parents=True)
    (config_dir / "settings.json").write_text("][ not json", encoding="utf-8")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.info.isVisibleTo(window) and "damaged" in window.info.label.text()
    assert window.settings.sensitivity == 0.5
    window.close()
    loaded, notice = SettingsStore(config_dir).load()
    assert notice is None  # closing wrote a clean file
