"""Guard against PySide6 6.12.0 on Python 3.11, whose void methods drop a reference to None."""

from __future__ import annotations

import ctypes
import sys

# PySide6 6.12.0 returns None from every void method without taking a reference. Python 3.12+
# makes None immortal, but on 3.11 each call lowers None's count by one until the interpreter
# aborts with "none_dealloc" (a text pane makes thousands of such calls a second). 6.11.x is fine.
_GUARDED = False


def loses_none_references() -> bool:
    """Whether this PySide6 build has the bug (measured, not guessed from the version)."""
    if sys.version_info >= (3, 12):
        return False
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(64):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - 32


def guard_none_refcount() -> bool:
    """Give None a reference count the lost references can never exhaust; True if applied."""
    global _GUARDED
    if _GUARDED or not loses_none_references():
        return _GUARDED
    # ob_refcnt is the first field of every PyObject in release builds of CPython 3.11.
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 48
    _GUARDED = True
    return True
