"""Small word lists we ship: places that stand for their countries, and short forms of first names.

>>> PLACE_ALIASES["seoul"], NAME_ALIASES["mike"]
(('south', 'korea'), ('michael',))
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

#: Common English short forms of first names ("Mike Thibodeau" is "Michael Thibodeau").
#: A short form that stands for several names is left out ("Chris", "Alex", "Sam").
NAME_ALIASES: dict[str, tuple[str, ...]] = {
    short: (full,)
    for full, shorts in {
        "michael": "mike mikey", "william": "bill billy will", "robert": "bob bobby rob",
        "james": "jim jimmy", "joseph": "joe joey", "thomas": "tom tommy", "richard": "dick rick rich",
        "charles": "chuck charlie", "edward": "ted ed eddie", "anthony": "tony", "daniel": "dan danny",
        "david": "dave", "steven": "steve", "matthew": "matt", "nicholas": "nick", "benjamin": "ben",
        "patrick": "pat", "ronald": "ron", "donald": "don", "andrew": "andy", "timothy": "tim",
        "gregory": "greg", "jeffrey": "jeff", "kenneth": "ken", "lawrence": "larry", "elizabeth": "liz beth",
        "katherine": "kate kathy", "jennifer": "jen jenny", "susan": "sue", "margaret": "peggy meg",
        "mitchell": "mitch", "charlotte": "lottie", "frederick": "fred", "gerald": "gerry jerry",
        "leonard": "len lenny", "peter": "pete", "raymond": "ray", "samuel": "sammy", "theodore": "teddy",
        "walter": "walt", "zachary": "zach", "abraham": "abe", "albert": "al", "douglas": "doug",
        "philip": "phil", "stephen": "steph", "vincent": "vince",
    }.items()
    for short in shorts.split()
}
