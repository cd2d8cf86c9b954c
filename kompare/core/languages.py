"""Words of other languages that kompare's English lists cannot do without.

kompare's word lists (function words, hedges, dates) are English, and so is its paraphrase
encoder. A German, French, Russian or Chinese pair is still compared word by word, and one
thing must not be missed there: a claim turned around. "Seoul zeigte sich besorgt" against
"Seoul zeigte sich nicht besorgt" is the same sentence but for one short word, and shown
as an agreement it would tell the reader that both say the same.

These are the words that negate in the languages most read beside English, as written (the
tokenizer normalises them: no accents, lower case). Only words that are no English word of
their own are listed, so an English text reads as before: not Czech "ne", Romanian "nu",
Polish "nic" (a network card), Finnish "ei" (a Vim option), Italian "mai" or Arabic "ما"
(also "what"). Chinese characters are words of their own (see
:data:`kompare.core.tokens.WORD_RE`), so a negating character is a word here. Japanese and
Korean negate by a verb's ending, which no word list catches: such an edit is still a
changed word, never an agreement.

>>> "nicht" in NEGATING_WORDS, "не" in NEGATING_WORDS, "不" in NEGATING_WORDS, "die" in NEGATING_WORDS
(True, True, True, False)
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
    # Chinese (one character a word)
    "不 没 沒 未 无 無 非 别 別 勿 莫 否".split()
)

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

#: The commonest words of German, French, Spanish, Italian, Portuguese and Dutch that are
#: no English word: not to be left out of a comparison (see FUNCTION_WORDS), but to tell
#: a text in one of them from English (:func:`kompare.core.encoder.reads_english`).
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
