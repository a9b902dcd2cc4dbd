"""Guess whether a text is English, without a language model.

Two signals: the writing system (share of letters in Latin script versus Arabic, Cyrillic, Hebrew,
Greek, CJK ...) and, for Latin-script text, the share of common function words of each language among
the word tokens. Capitalised words that are no function word are left out of the count: news in
English about Syria or Nigeria is full of names ("Jabhat al-Nusra", "Maiduguri") that are neither
English nor anything else, and they must not dilute the English signal.
"""

from __future__ import annotations

import re
import unicodedata

ENGLISH = "en"
UNDETERMINED = "und"
MIN_WORDS = 8  # below this a text gives too little evidence to tell languages apart
UNSURE_MAX_WORDS = 20  # a text this short with no function words at all is given the benefit of the doubt
MIN_ENGLISH_SHARE = 0.08
MIN_OTHER_SHARE = 0.10

LANGUAGE_NAMES = {
    "en": "English",
    "fr": "French",
    "es": "Spanish",
    "de": "German",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "tr": "Turkish",
    "id": "Indonesian",
    "so": "Somali",
    "ar": "Arabic",
    "fa": "Persian",
    "ur": "Urdu",
    "ru": "Russian",
    "uk": "Ukrainian",
    "he": "Hebrew",
    "el": "Greek",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "hi": "Hindi",
    "am": "Amharic",
    "und": "an undetermined language",
}


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Frequent function words, chosen so that the lists barely overlap: words shared with English ("a",
# "in", "on", "me") are left out of the other lists, so English prose scores near zero there.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "the of and to in is was were are be been being has have had that this these those which who "
        "whom whose with for from by at on as it its their they them he his she her we our you not or "
        "but an after before said says also will would could should than into over about against "
        "between during while when where there what all more most other some such only up out"
    ),
    "fr": _words(
        "le la les des du de un une et est sont été dans pour par sur avec qui que ne pas ce cette ces "
        "il elle ils nous vous leur leurs au aux mais ou où était avait selon aussi entre "
        "depuis contre sans très tout tous"
    ),
    "es": _words(
        "el la los las del de un una y es son fue fueron en por para con que se su sus al lo como "
        "pero más este esta estos entre desde contra sin muy también donde cuando según hay ha han"
    ),
    "de": _words(
        "der das den dem des ein eine einen und ist sind waren wurde wurden nicht mit von zu "
        "auf für sich auch im bei aus nach oder aber wie noch nur über gegen zwischen dass wird werden "
        "haben"
    ),
    "it": _words(
        "il lo gli della delle degli del di da che per con sono è una un nel nella alla al dei "
        "anche ma più questo questa tra stato stati essere ha hanno"
    ),
    "pt": _words(
        "os das dos do da de um uma e é são foi foram em por para com que não se seu sua ao na nas "
        "nos como mas mais entre também pelo pela sobre"
    ),
    "nl": _words(
        "de het een en van zijn waren niet met op voor aan bij dat deze ook naar "
        "uit maar wordt worden heeft hebben er om tegen"
    ),
    "tr": _words("ve bir bu da de ile için olarak gibi daha çok ama olan ise kadar sonra göre"),
    "id": _words("yang dan di ke dari ini itu dengan untuk tidak pada adalah dalam akan oleh juga"),
    "so": _words("iyo oo ka ku ayaa waxa waxaa uu ay la aan si kale ee"),
}
# Arabic transliterations that English news uses inside names; never evidence of any language.
_NAME_PARTICLES = _words("al el ad ar bin ibn abu abd bint umm ould")

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

_SCRIPTS: tuple[tuple[str, tuple[tuple[int, int], ...]], ...] = (
    ("ar", ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))),
    ("ru", ((0x0400, 0x052F),)),
    ("he", ((0x0590, 0x05FF),)),
    ("el", ((0x0370, 0x03FF),)),
    ("zh", ((0x4E00, 0x9FFF), (0x3400, 0x4DBF))),
    ("ja", ((0x3040, 0x30FF),)),
    ("ko", ((0xAC00, 0xD7AF), (0x1100, 0x11FF))),
    ("hi", ((0x0900, 0x097F),)),
    ("am", ((0x1200, 0x137F),)),
)


def language_name(code: str) -> str:
    """English name of a language code ("fr" -> "French"); the code itself when unknown."""
    return LANGUAGE_NAMES.get(code, code)


def _script_of(char: str) -> str:
    code = ord(char)
    if code < 0x0250 or 0x1E00 <= code <= 0x1EFF:
        return "latin"
    for lang, ranges in _SCRIPTS:
        if any(lo <= code <= hi for lo, hi in ranges):
            return lang
    return "other"


def dominant_script(text: str) -> tuple[str, float]:
    """The script with most letters in `text` ("latin", "ar", "ru", ...) and its share of letters."""
    counts: dict[str, int] = {}
    for char in text:
        if char.isalpha():
            script = _script_of(char)
            counts[script] = counts.get(script, 0) + 1
    total = sum(counts.values())
    if not total:
        return "none", 0.0
    script = max(counts, key=lambda s: counts[s])
    return script, counts[script] / total


def _refine_script_language(script: str, text: str) -> str:
    # Letters that Persian, Urdu and Ukrainian have and Arabic or Russian lack.
    if script == "ar":
        if any(c in text for c in "ےٹڈڑں"):
            return "ur"
        return "fa" if any(c in text for c in "پچژگ") else "ar"
    if script == "ru" and any(c in text for c in "іїєґІЇЄҐ"):
        return "uk"
    return script


def function_word_scores(text: str) -> tuple[dict[str, float], int]:
    """Share of counted tokens that are function words of each language, and the number of words.

    Counted tokens are the lower-case words plus any capitalised function word; names are left out.
    """
    words = [w for w in _WORD.findall(text) if w.casefold() not in _NAME_PARTICLES]
    lowered = [unicodedata.normalize("NFC", w.casefold()) for w in words]
    every = frozenset().union(*FUNCTION_WORDS.values())
    counted = [lw for w, lw in zip(words, lowered, strict=True) if w[0].islower() or lw in every]
    if len(counted) < 3:  # a title-case headline: names and all must do
        counted = lowered
    if not counted:
        return {lang: 0.0 for lang in FUNCTION_WORDS}, len(words)
    scores = {lang: sum(w in vocab for w in counted) / len(counted) for lang, vocab in FUNCTION_WORDS.items()}
    return scores, len(words)


def detect_language(text: str) -> str:
    """Best guess of the language of `text`: "en", another ISO 639-1 code, or "und" when unsure.

    Non-Latin script (over half the letters) decides first. Latin-script text is English when English
    function words are at least 8% of the counted words and no other language scores higher (English
    prose scores 30-50%, other languages near 0), and another language when its words are at least
    10% and beat English. Short texts with some English evidence and nothing else are English.
    """
    script, share = dominant_script(text)
    if script == "none":
        return UNDETERMINED
    if script != "latin" and share >= 0.5:
        return _refine_script_language(script, text) if script != "other" else UNDETERMINED
    scores, n_words = function_word_scores(text)
    english = scores.pop(ENGLISH)
    other, other_score = max(scores.items(), key=lambda item: item[1])
    if english >= MIN_ENGLISH_SHARE and english >= other_score:
        return ENGLISH
    if other_score >= MIN_OTHER_SHARE and other_score > english:
        return other
    if n_words < MIN_WORDS and english > other_score:
        return ENGLISH
    return UNDETERMINED
