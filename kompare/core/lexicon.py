"""Small word lists we ship: places that stand for their countries, short forms of first names,
the plain verbs that verbs of denial turn around, and the joining words a quotation may gain or lose.

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

#: What a name stands for, places and first names together: naming a capital for its country
#: ("Seoul" for South Korea) is not another name. ("North" and "South" alone stand for nothing.)
ALIASES: dict[str, tuple[str, ...]] = {**PLACE_ALIASES, **NAME_ALIASES, "north": (), "south": ()}


#: Verbs that carry their own "not", each with the plain verbs it turns around: "halted
#: imports" / "allowed imports" is a claim and its denial; "rejects" / "overrides" a veto
#: is not, so a verb of denial against another verb is a negation only against these.
DENIAL_OPPOSITES: dict[str, tuple[str, ...]] = {
    verb: tuple(opposites.split())
    for verb, opposites in {
        "withhold": "send give provide supply deliver grant", "refrain": "continue",
        "refuse": "agree accept consent allow", "deny": "confirm admit acknowledge grant approve",
        "reject": "accept approve adopt endorse back", "halt": "allow permit start resume continue begin",
        "cease": "continue resume start", "stop": "start continue resume allow",
        "suspend": "resume restore allow continue", "decline": "agree accept", "forgo": "take accept",
        "ban": "allow permit legalize authorize",
    }.items()
}


#: Words that join a quotation's parts: one quotation told with or without them ("lied to
#: the FBI, [and] nothing happened to her", "conservation & healthy herds") is told alike.
QUOTE_JOINERS = frozenset("and & or but the a an that then so".split())
