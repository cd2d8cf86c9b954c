"""The app's settings: a JSON file in the platform's config directory, written atomically."""

from __future__ import annotations

import json
import math
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from kompare.gui.sources import is_address
from kompare.outputs import OutputError, write_output

CONFIG_ENV = "KOMPARE_CONFIG_DIR"
FILE_NAME = "settings.json"
MAX_RECENT = 10
#: The text sizes the zoom commands keep to (points); 0 in the settings is the platform's default.
MIN_FONT_SIZE, MAX_FONT_SIZE = 6.0, 48.0
#: Larger than any screen, smaller than Qt's int: a splitter size past it is damage.
_MAX_PIXELS = 1_000_000


@dataclass
class Settings:
    """Everything kompare remembers between runs."""

    geometry: str = ""  # base64 of QWidget.saveGeometry()
    window_state: str = ""  # base64 of QMainWindow.saveState() (docks, toolbar)
    splitter_sizes: list[int] = field(default_factory=list)
    font_size: float = 0.0  # 0: the platform's default
    sensitivity: float = 0.5
    show_furniture: bool = True
    sync_scroll: bool = True
    recent_files: list[str] = field(default_factory=list)
    last_open_dir: str = ""
    last_export_dir: str = ""

    def add_recent(self, path: str) -> None:
        """Put ``path`` (a file, or a web address kept as it is) first in the recent files, without duplicates."""
        if not is_address(path):
            path = str(Path(path).resolve())
        self.recent_files = [path] + [p for p in self.recent_files if p != path]
        del self.recent_files[MAX_RECENT:]


def config_dir() -> Path:
    """Where settings live: $KOMPARE_CONFIG_DIR, else the platform's config directory."""
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_config_dir("kompare", appauthor=False))


def _valid(name: str, value: object, default: object) -> bool:
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, float):
        return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    if isinstance(default, str):
        return isinstance(value, str)
    if name == "splitter_sizes":
        return isinstance(value, list) and all(
            isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= _MAX_PIXELS for v in value)
    if name == "recent_files":
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    return False


class SettingsStore:
    """Loads and saves :class:`Settings`; never raises on a bad file."""

    def __init__(self, directory: Path | str | None = None):
        self.directory = Path(directory) if directory is not None else config_dir()
        self.path = self.directory / FILE_NAME

    def load(self) -> tuple[Settings, str | None]:
        """The stored settings and a notice for the user when the file had to be ignored."""
        defaults = Settings()
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return defaults, None
        except OSError as exc:
            return defaults, f"Could not read the settings file {self.path} ({exc}); using defaults."
        try:
            data = json.loads(raw.decode("utf-8-sig"))  # (Windows Notepad saves a BOM first)
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
        except (ValueError, RecursionError) as exc:  # (not UTF-8 too; RecursionError: arrays nested 100,000 deep)
            self._keep_broken_copy()
            return defaults, (
                f"The settings file {self.path} was damaged ({exc}); kompare started with default "
                "settings."
            )
        settings, bad = Settings(), []
        for f in fields(Settings):
            if f.name not in data:
                continue
            value = data[f.name]
            if _valid(f.name, value, getattr(defaults, f.name)):
                setattr(settings, f.name, float(value) if isinstance(getattr(defaults, f.name), float) else value)
            else:
                bad.append(f.name)
        settings.sensitivity = min(1.0, max(0.0, settings.sensitivity))
        if settings.font_size:
            settings.font_size = min(MAX_FONT_SIZE, max(MIN_FONT_SIZE, settings.font_size))
        del settings.recent_files[MAX_RECENT:]
        notice = f"Ignored invalid settings: {', '.join(bad)}." if bad else None
        return settings, notice

    def _keep_broken_copy(self) -> None:
        try:
            os.replace(self.path, self.path.with_name(FILE_NAME + ".bad"))
        except OSError:
            pass

    def save(self, settings: Settings) -> str | None:
        """Write through kompare.outputs (atomic); returns an error message instead of raising."""
        data = json.dumps(asdict(settings), indent=2).encode("utf-8")
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            write_output(self.path, data, what="the settings")
        except OSError as exc:
            return f"Could not save settings to {self.path}: {exc}"
        except OutputError as exc:
            return f"Could not save settings: {exc}"
        return None
