"""Giving freed memory back to the system after a stage that used much of it for a while.

Linking two long texts builds arrays of candidate pairs and term rows (75 MB for Vim's
version8.txt against version9.txt) and frees them when it is done. The C allocator keeps
what was freed for later use, so the process's size stays at its high mark through the
comparison's next stages, whose own memory then comes on top of it. On glibc (Linux),
``malloc_trim`` hands the free memory back; elsewhere this does nothing.

>>> release_free_memory() in (True, False)
True
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

_trim = None
if sys.platform.startswith("linux"):
    try:
        _trim = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
        _trim.argtypes, _trim.restype = (ctypes.c_size_t,), ctypes.c_int
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        _trim = None


def release_free_memory() -> bool:
    """Hand the allocator's free memory back to the system, where it can (glibc); True if it could."""
    if _trim is None:
        return False
    _trim(0)
    return True
