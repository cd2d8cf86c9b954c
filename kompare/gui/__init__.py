"""kompare's desktop app (PySide6): two panes, a gutter of bands, and the panels around them."""
