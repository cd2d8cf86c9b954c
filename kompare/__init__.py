"""kompare: put two documents side by side and see where they agree, differ, or stand alone."""

__version__ = "0.2.6"
