"""kompare's desktop app (PySide6): two panes, a gutter of bands, and the panels around them."""

from kompare.gui.compat import guard_none_refcount

guard_none_refcount()
