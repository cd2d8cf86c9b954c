"""The example documents ("Try an example"): the seed articles beside the package or the repository."""

from __future__ import annotations

from pathlib import Path

import kompare

PACKAGE = Path(kompare.__file__).resolve().parent
#: Where the seeds may be: shipped inside the package, or in a source checkout beside it.
SEED_FOLDERS = (PACKAGE / "seeds", PACKAGE.parent / "seeds")
#: The pair the README shows (two outlets on one treaty, with agreements and divergences).
PREFERRED = ("001_", "002_")


def example_pair(folders: tuple[Path, ...] = SEED_FOLDERS) -> tuple[str, str] | None:
    """Two seed articles to compare (the README's pair, else the first two by name), or None."""
    for folder in folders:
        try:
            found = sorted(p for p in folder.glob("*.txt") if p.is_file())
        except OSError:
            continue
        preferred = [next((p for p in found if p.name.startswith(prefix)), None) for prefix in PREFERRED]
        if all(preferred):
            return str(preferred[0]), str(preferred[1])
        if len(found) >= 2:
            return str(found[0]), str(found[1])
    return None
