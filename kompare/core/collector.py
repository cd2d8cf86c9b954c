"""Python's cycle collector, paused while a comparison (or the view of one) is built.

A comparison allocates millions of small acyclic objects (tokens, tuples, spans), which
reference counting frees anyway. The collector would scan them again and again: about
15 % of the time for 1 MB documents, and each full collection of a heap that size holds
the interpreter for 0.1 to 0.2 s, which a window's thread has to wait through.

>>> import gc
>>> with paused():
...     gc.isenabled()
False
>>> gc.isenabled()
True
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """Pause the collector; its previous state is restored (a caller that paused it keeps it paused).

    Pauses on several threads at once (the window reads two files together) share the
    one switch: the pause that found the collector on turns it back on when it ends, so
    an overlapping pause may end unpaused. That costs only time, never an object.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            # Everything made meanwhile is young to the collector, and its next young
            # collection would scan it all (0.16 s after the Vim pair, on whichever thread
            # allocates next: the window's). freeze then unfreeze moves every object to the
            # oldest generation at once, which the collector scans only now and then.
            gc.freeze()
            gc.unfreeze()
            gc.enable()
