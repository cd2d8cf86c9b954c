import json
import os

from kompare.gui.settings import Settings, SettingsStore


def test_round_trip(tmp_path):
    store = SettingsStore(tmp_path)
    s = Settings(font_size=13.0, sensitivity=0.7, show_furniture=False, splitter_sizes=[500, 60, 500])
    s.add_recent(str(tmp_path / "a.txt"))
    s.add_recent(str(tmp_path / "b.txt"))
    s.add_recent(str(tmp_path / "a.txt"))
    assert store.save(s) is None
    loaded, notice = store.load()
    assert notice is None
    assert loaded == s
    assert loaded.recent_files[0].endswith("a.txt") and len(loaded.recent_files) == 2
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]  # no temp file left behind


def test_env_var_chooses_the_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("KOMPARE_CONFIG_DIR", str(tmp_path / "elsewhere"))
    assert SettingsStore().path == tmp_path / "elsewhere" / "settings.json"


def test_corrupt_file_gives_defaults_and_a_notice(tmp_path):
    (tmp_path / "settings.json").write_text("{not json", encoding="utf-8")
    loaded, notice = SettingsStore(tmp_path).load()
    assert loaded == Settings()
    assert "damaged" in notice
    assert (tmp_path / "settings.json.bad").read_text(encoding="utf-8") == "{not json"


def test_wrong_types_are_ignored_one_by_one(tmp_path):
    (tmp_path / "settings.json").write_text(json.dumps(
        {"font_size": "big", "sensitivity": 0.3, "recent_files": [1, 2], "show_furniture": False}))
    loaded, notice = SettingsStore(tmp_path).load()
    assert loaded.sensitivity == 0.3 and loaded.show_furniture is False
    assert loaded.font_size == 0.0 and loaded.recent_files == []
    assert "font_size" in notice and "recent_files" in notice


def test_damage_a_start_must_survive_gives_defaults(tmp_path):
    # Each of these stopped the window from starting (OverflowError in Qt, RecursionError).
    store = SettingsStore(tmp_path)
    store.path.write_text(json.dumps({"splitter_sizes": [2**31, 5, 2**31], "sensitivity": 0.3}))
    loaded, notice = store.load()
    assert loaded.splitter_sizes == [] and loaded.sensitivity == 0.3 and "splitter_sizes" in notice
    store.path.write_text("[" * 100_000 + "]" * 100_000)
    loaded, notice = store.load()
    assert loaded == Settings() and "damaged" in notice and (tmp_path / "settings.json.bad").exists()
    store.path.write_text('{"sensitivity": NaN, "font_size": Infinity}')
    loaded, notice = store.load()
    assert loaded.sensitivity == 0.5 and loaded.font_size == 0.0 and "font_size, sensitivity" in notice


def test_a_saved_text_size_stays_readable(tmp_path):
    store = SettingsStore(tmp_path)
    for given, used in ((0.01, 6.0), (500.0, 48.0), (0.0, 0.0), (13.0, 13.0)):
        store.path.write_text(json.dumps({"font_size": given}))
        assert store.load()[0].font_size == used


def test_a_settings_file_saved_with_a_bom_is_read(tmp_path):
    (tmp_path / "settings.json").write_bytes(b"\xef\xbb\xbf" + json.dumps({"sensitivity": 0.3}).encode())
    loaded, notice = SettingsStore(tmp_path).load()
    assert loaded.sensitivity == 0.3 and notice is None


def test_unreadable_file_and_unwritable_folder_do_not_raise(tmp_path):
    (tmp_path / "settings.json").write_bytes(b"\xff\xfe\x00garbage")
    loaded, notice = SettingsStore(tmp_path).load()
    assert loaded == Settings() and "damaged" in notice
    assert (tmp_path / "settings.json.bad").read_bytes() == b"\xff\xfe\x00garbage"  # (kept, not overwritten)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    error = SettingsStore(blocker / "sub").save(Settings())
    assert error and "Could not save" in error
    assert not os.path.exists(blocker / "sub")


def test_failed_save_keeps_the_old_settings(tmp_path, monkeypatch):
    from kompare import outputs

    store = SettingsStore(tmp_path)
    assert store.save(Settings(sensitivity=0.7)) is None
    old = store.path.read_bytes()

    def full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(outputs.os, "fsync", full)
    error = store.save(Settings(sensitivity=0.2))
    assert error and "No space left on device" in error and "the old file is unchanged" in error
    assert store.path.read_bytes() == old
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_settings_file_that_is_a_link_stays_a_link(tmp_path):
    (tmp_path / "dotfiles").mkdir()
    real = tmp_path / "dotfiles" / "kompare.json"
    real.write_text("{}")
    (tmp_path / "settings.json").symlink_to(real)
    store = SettingsStore(tmp_path)
    assert store.save(Settings(sensitivity=0.3)) is None
    assert (tmp_path / "settings.json").is_symlink()
    assert json.loads(real.read_text())["sensitivity"] == 0.3
