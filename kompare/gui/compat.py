"""Guard against PySide6 6.12.0 on Python 3.11, which drops references to None, True and False."""

from __future__ import annotations

import ctypes
import sys

# PySide6 6.12.0 returns None (void methods) and True/False (bool methods) without taking a
# reference. Python 3.12+ makes these objects immortal, but on 3.11 each call lowers their count
# by one until the interpreter aborts with "none_dealloc" / "bool_dealloc" (a text pane makes
# thousands of such calls a second). PySide6 6.11.x is fine.
_GUARDED = False


def loses_none_references() -> bool:
    """Whether this PySide6 build has the bug (measured, not guessed from the version)."""
    if sys.version_info >= (3, 12):
        return False
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None), sys.getrefcount(False)
    for _ in range(64):
        probe.setObjectName("probe")
        probe.signalsBlocked()
    after = sys.getrefcount(None), sys.getrefcount(False)
    return after[0] < before[0] - 32 or after[1] < before[1] - 32


def guard_none_refcount() -> bool:
    """Give None, True and False counts the lost references can never exhaust; True if applied."""
    global _GUARDED
    if _GUARDED or not loses_none_references():
        return _GUARDED
    # ob_refcnt is the first field of every PyObject in release builds of CPython 3.11.
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 48
    _GUARDED = True
    return True
