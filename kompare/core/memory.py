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

import sys

_trim: object = ...  # malloc_trim once looked up (None: there is none); ... not yet


def release_free_memory() -> bool:
    """Hand the allocator's free memory back to the system, where it can (glibc); True if it could."""
    global _trim
    if _trim is ...:
        _trim = _malloc_trim()
    if _trim is None:
        return False
    _trim(0)
    return True


def _malloc_trim():
    """glibc's ``malloc_trim``, from the symbols this process has loaded (no library search:
    ``ctypes.util.find_library`` runs programs, and a forked copy of a large process counts
    as large in its parent's figures); None where there is none."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return None
    trim.argtypes, trim.restype = (ctypes.c_size_t,), ctypes.c_int
    return trim
