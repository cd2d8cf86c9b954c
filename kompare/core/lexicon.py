"""Small word lists we ship: places that stand for their countries.

>>> PLACE_ALIASES["seoul"]
('south', 'korea')
"""

from __future__ import annotations

#: A capital, a people or an institution named for its country ("Seoul said" = South Korea said).
PLACE_ALIASES: dict[str, tuple[str, ...]] = {
    "seoul": ("south", "korea"), "rok": ("south", "korea"), "pyongyang": ("north", "korea"),
    "dprk": ("north", "korea"), "moscow": ("russia",), "kremlin": ("russia",),
    "russian": ("russia",), "washington": ("usa",), "american": ("usa",), "america": ("usa",),
    "kyiv": ("ukraine",), "kiev": ("ukraine",), "ukrainian": ("ukraine",), "beijing": ("china",),
    "chinese": ("china",), "tokyo": ("japan",), "japanese": ("japan",), "korean": ("korea",),
    "london": ("uk",), "british": ("uk",), "britain": ("uk",), "paris": ("france",),
    "french": ("france",), "berlin": ("germany",), "german": ("germany",), "brussels": ("eu",),
    "european": ("europe",), "whitehall": ("uk",), "tehran": ("iran",), "iranian": ("iran",),
    "israeli": ("israel",), "jerusalem": ("israel",), "indian": ("india",), "delhi": ("india",),
}
