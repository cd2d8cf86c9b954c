"""Words of other languages that kompare's English lists cannot do without.

kompare's word lists (function words, hedges, dates) are English, and so is its paraphrase
encoder. A German, French, Russian or Chinese pair is still compared word by word, and what
a reader must not miss there is what those lists name: a claim turned around ("Seoul zeigte
sich besorgt" / "Seoul zeigte sich nicht besorgt": the same sentence but for one short
word), told as reported only ("aurait livré", "якобы", "据报道"), or on another day. Shown
as an agreement, it would tell the reader that both say the same.

These are those words in the languages most read beside English, as written (the tokenizer
normalises them: no accents, lower case). Only words that are no English word of their own
are listed, so an English text reads as before: not Czech "ne", Romanian "nu", Polish "nic"
(a network card), Finnish "ei" (a Vim option), Italian "mai" or Arabic "ما" (also "what").
Chinese characters are words of their own (see :data:`kompare.core.tokens.WORD_RE`), so a
negating character is a word here, and the few words of several characters listed are read
whole (:data:`CHINESE_WORDS`). Korean's negating words take the verb's ending ("않았다"): the
forms news writes most are listed. Japanese negates by a verb's ending, which no word list
catches: such an edit is still a changed word, never an agreement.

>>> "nicht" in NEGATING_WORDS, "не" in NEGATING_WORDS, "不" in NEGATING_WORDS, "die" in NEGATING_WORDS
(True, True, True, False)
>>> CHINESE_WORDS[:3], "可能" in CHINESE_WORDS
(('可能性', '土曜日', '据报道'), True)
"""

from __future__ import annotations

NEGATING_WORDS = frozenset(
    # German, Dutch, Swedish, Danish and Norwegian
    "nicht kein keine keinen keinem keiner keines nie niemals nichts niemand nirgends "
    "niet geen nooit niets niemand nergens inte ingen inget inga aldrig ikke ingen intet aldri "
    # French, Spanish, Portuguese, Italian, Romanian
    "pas jamais rien aucun aucune nullement nunca jamás ningún ninguno ninguna nadie nada tampoco "
    "não nenhum nenhuma ninguém nem non nessuno nessuna niente nulla nemmeno neanche "
    "niciodată nimic nimeni "
    # Polish, Russian, Ukrainian, Bulgarian, Serbian (Cyrillic)
    "nie nigdy nikt не нет ни никогда ничего никто нигде ні ніколи нічого ніхто немає "
    # Greek, Hebrew, Arabic, Turkish
    "δεν μην όχι ποτέ τίποτα κανείς לא אין לעולם لا لم لن ليس ليست değil hiç asla hiçbir "
    # Chinese (a character a word, but the words of CHINESE_WORDS)
    "不 没 沒 未 无 無 非 别 別 勿 莫 否 没有 沒有 并非 並非 不是".split()
) | frozenset(
    # Korean negates with "안" or "못" before the verb, or with "않다" or "못하다" after it, a
    # word of its own that takes the verb's ending: the forms news writes most.
    "안 못 않다 않는다 않았다 않았고 않았으며 않았던 않았지만 않았습니다 않습니다 않는 않은 않을 않고 "
    "않아 않아서 않으며 않으면 않겠다 않기로 않지만 않는다고 않았다고 않다고 않도록 않았는데 "
    "못하다 못한다 못했다 못했고 못했으며 못했던 못했지만 못했습니다 못합니다 못하는 못한 못할 못하고 "
    "못해 못해서 못하며 못하면 못하겠다 못하기로 못하지만 못한다고 못했다고 못하도록 못했는데".split()
)

#: Words that tell a claim as reported, not known ("angeblich", "aurait", "якобы", "据报道"):
#: a hedge however long the passages around it (classify.STRONG_HEDGES)...
REPORTING_HEDGES = frozenset(
    "angeblich mutmaßlich mutmaßliche mutmaßlichen vermeintlich prétendument présumé présumée présumés "
    "supuestamente presuntamente presunto presunta presumibilmente alegadamente "
    "supostamente vermoedelijk verluidt якобы предположительно 据报道 據報導 据称 據稱 传闻 傳聞".split()
)
#: ...and words that make it uncertain, possible or expected ("vielleicht", "pourrait",
#: "возможно", "可能"). The French, Spanish, Italian and Portuguese conditional of "to have"
#: and "to be" is the press's way to say "reportedly" ("aurait livré").
HEDGING_WORDS = REPORTING_HEDGES | frozenset(
    "vielleicht vermutlich wahrscheinlich möglicherweise offenbar anscheinend scheinbar soll sollen "
    "dürfte dürften könnte könnten "
    "aurait auraient serait seraient pourrait pourraient peut-être probablement apparemment "
    "habría habrían sería serían podría podrían probablemente quizá quizás posiblemente aparentemente "
    "avrebbe avrebbero sarebbe sarebbero potrebbe potrebbero probabilmente forse apparentemente "
    "teria teriam seria seriam poderia poderiam provavelmente talvez "
    "mogelijk waarschijnlijk misschien "
    "возможно вероятно видимо по-видимому наверное может могут мог могла могли "
    "可能 或许 或許 也许 也許 疑似 似乎 涉嫌 大概 恐怕 可能性 模様".split()
)

#: The days of the week, so that "Mittwoch" / "Donnerstag" is a date changed, not a name
#: (not Spanish and Portuguese "domingo": Santo Domingo is a city; not Russian "среда",
#: "среды": "окружающая среда", the environment, in the cases it is written in most).
WEEKDAY_NAMES = frozenset(
    "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag "
    "lundi mardi mercredi jeudi vendredi samedi dimanche "
    "lunes martes miércoles jueves viernes sábado "
    "lunedì martedì mercoledì giovedì venerdì sabato domenica "
    "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag "
    "понедельник вторник среду четверг пятница пятницу пятницы суббота субботу субботы "
    "воскресенье poniedziałek wtorek środa środę czwartek piątek sobota sobotę niedziela niedzielę "
    "pazartesi salı çarşamba perşembe cuma cumartesi pazar "
    "δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή "
    "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد "
    "周一 周二 周三 周四 周五 周六 周日 周天 星期一 星期二 星期三 星期四 星期五 星期六 星期日 星期天 "
    "週一 週二 週三 週四 週五 週六 週日 月曜日 火曜日 水曜日 木曜日 金曜日 土曜日 日曜日 "
    "월요일 화요일 수요일 목요일 금요일 토요일 일요일 월요일에 화요일에 수요일에 목요일에 금요일에 토요일에 일요일에".split()
)

#: Days of :data:`WEEKDAY_NAMES` that are days only written with a capital: in lower case
#: Greek's are the ordinals "second" to "fifth" ("η τρίτη φορά", the third time), and
#: Turkish "pazar" is a market.
WEEKDAYS_WITH_A_CAPITAL = frozenset("δευτέρα τρίτη τετάρτη πέμπτη pazar".split())

#: Words that scale a figure before them ("3,5 Milliarden", "2 млрд"): German, French,
#: Spanish, Italian, Portuguese, Dutch, Russian; with their values. Not Spanish "mil" (in
#: English "$5 mil" is a million) nor German "Mio" (Italian "my").
SCALE_WORDS = {
    **dict.fromkeys("tausend mille duizend тысяч тысячи тыс".split(), 1e3),
    **dict.fromkeys("million millionen millions millones millón milioni milione milhões milhão miljoen "
                    "miljoenen миллион миллиона миллионов млн".split(), 1e6),
    **dict.fromkeys("milliarde milliarden mrd milliard milliards miliardi miliardo bilhões bilhão miljard "
                    "miljarden миллиард миллиарда миллиардов млрд".split(), 1e9),
}

#: Chinese (and Japanese) words of several characters read as one word, not a character at a
#: time: the negations, hedges and days above (kompare has no dictionary of Chinese words).
CHINESE_WORDS = tuple(sorted(
    (w for w in NEGATING_WORDS | HEDGING_WORDS | WEEKDAY_NAMES if len(w) > 1 and "\u3400" <= w[0] <= "\u9fff"),
    key=lambda w: (-len(w), w),  # (the longest first: 可能性 before 可能)
))

#: Words that carry no claim, in scripts that English never uses, so that "заявил, что"
#: (said that) or "的" (of) alone never make a link; words in the Latin alphabet are left
#: out, since too many are English words too ("die", "war", "den", "mit", "dem").
FUNCTION_WORDS = frozenset(
    # Russian, Ukrainian, Bulgarian (words of one letter are no claim anyway)
    "что это как так его её ее их он она оно они мы вы ты был была было были будет будут быть "
    "есть также который которая которое которые которых для при над под про после перед между "
    "уже ещё еще лишь только даже же ли бы но или и а на по из за от до со во об то те эти этот "
    "эта этого этой том тем чем где когда если чтобы ведь вот там тут нам вам им ему ей "
    "що це як його її їх він вона вони ми ви був була було були буде також який яка які для "
    # Greek
    "και το τα τη την της του των τον οι ο η σε στο στη στην στα στους με για από ως που "
    "είναι ήταν θα να ότι αυτό αυτή αυτός ένα μια ενός μιας "
    # Chinese (a character a word), Japanese particles (a run of hiragana a word)
    "的 了 着 是 在 和 与 及 或 也 都 就 而 之 其 这 那 此 该 被 把 对 于 为 以 从 向 到 由 等 个 "
    "吗 呢 吧 啊 與 這 對 於 為 從 個 嗎 "
    "の は が を に で と も へ や から まで より".split()
)

#: The commonest words of German, French, Spanish, Italian, Portuguese and Dutch: not left
#: out of a comparison (some are English words: "son", "met", "door"; see FUNCTION_WORDS),
#: but counted to tell a text in one of them from English, where they are at most 2 % of
#: the words (:func:`kompare.core.english.reads_english`).
LATIN_SCRIPT_FUNCTION_WORDS = frozenset(
    "der das und ist sind nicht ein eine einen einem einer mit zu auf für im sich auch wird werden "
    "wurde dass oder aber nach bei aus wie als noch über "
    "le la les des et est une du dans pour que qui sur pas au aux avec ce cette il elle ont sont "
    "été par plus se son sa ses leur "
    "el los las del y es una por para con se su sus al lo como más pero fue han ha este esta "
    "di che è non della gli nel alla anche più "
    "os da dos das em um uma não ao foi são "
    "het een en van op te dat niet met zijn voor aan ook door".split()
)

#: German's commonest words ("die", "den" and "dem" are English words too, but not that
#: often): German writes every noun with a capital, so a capital marks no name in it
#: (:func:`kompare.core.english.capitals_mark_names`).
GERMAN_FUNCTION_WORDS = frozenset(
    "der die das den dem des und ist sind nicht ein eine einen einem einer mit zu auf für im sich "
    "auch wird werden wurde dass oder aber nach bei aus wie als noch über vom zum zur".split()
)
