"""Text folding, stop words and a small language guesser. Pure: no database, no HTTP.

Tickets carry no language, but PostgreSQL stems with the configuration of the document's
language; the guess picks it from the function words the text uses, the way a person would.
"""

import unicodedata
from collections import Counter
from typing import Final

LANGUAGES: Final = ("en", "es", "it", "fr")

STOPWORDS: Final[dict[str, frozenset[str]]] = {
    "en": frozenset(
        [
            "a",
            "an",
            "and",
            "are",
            "as",
            "at",
            "be",
            "been",
            "but",
            "by",
            "can",
            "cannot",
            "could",
            "did",
            "do",
            "does",
            "doesn",
            "for",
            "from",
            "had",
            "has",
            "have",
            "how",
            "i",
            "if",
            "in",
            "is",
            "it",
            "its",
            "me",
            "my",
            "not",
            "of",
            "on",
            "or",
            "our",
            "please",
            "since",
            "so",
            "that",
            "the",
            "their",
            "them",
            "there",
            "this",
            "to",
            "was",
            "we",
            "were",
            "what",
            "when",
            "where",
            "which",
            "while",
            "why",
            "will",
            "with",
            "you",
            "your",
        ]
    ),
    "es": frozenset(
        [
            "a",
            "al",
            "algo",
            "como",
            "con",
            "cuando",
            "de",
            "del",
            "desde",
            "donde",
            "el",
            "ella",
            "en",
            "es",
            "esta",
            "este",
            "esto",
            "estoy",
            "hay",
            "la",
            "las",
            "le",
            "les",
            "lo",
            "los",
            "me",
            "mi",
            "mis",
            "muy",
            "nada",
            "ni",
            "no",
            "nos",
            "o",
            "para",
            "pero",
            "por",
            "porque",
            "puedo",
            "que",
            "se",
            "sin",
            "son",
            "su",
            "sus",
            "tambien",
            "tengo",
            "un",
            "una",
            "unos",
            "y",
            "ya",
        ]
    ),
    "it": frozenset(
        [
            "a",
            "ad",
            "al",
            "alla",
            "anche",
            "che",
            "chi",
            "ci",
            "come",
            "con",
            "da",
            "dal",
            "dalla",
            "dei",
            "del",
            "della",
            "di",
            "dopo",
            "e",
            "gli",
            "ha",
            "hanno",
            "ho",
            "i",
            "il",
            "in",
            "la",
            "le",
            "lo",
            "ma",
            "mi",
            "mio",
            "mia",
            "ne",
            "nel",
            "nella",
            "non",
            "o",
            "per",
            "perche",
            "piu",
            "posso",
            "quando",
            "questo",
            "se",
            "si",
            "sono",
            "su",
            "sul",
            "sulla",
            "tra",
            "un",
            "una",
            "uno",
        ]
    ),
    "fr": frozenset(
        [
            "a",
            "au",
            "aux",
            "avec",
            "ce",
            "ces",
            "cette",
            "dans",
            "de",
            "des",
            "du",
            "elle",
            "en",
            "est",
            "et",
            "il",
            "ils",
            "je",
            "la",
            "le",
            "les",
            "leur",
            "ma",
            "mais",
            "me",
            "mes",
            "mon",
            "ne",
            "nous",
            "on",
            "ou",
            "par",
            "pas",
            "plus",
            "pour",
            "quand",
            "que",
            "qui",
            "sa",
            "se",
            "ses",
            "son",
            "sur",
            "ton",
            "tu",
            "un",
            "une",
            "vous",
        ]
    ),
}
ALL_STOPWORDS: Final = frozenset().union(*STOPWORDS.values())

# Words that belong to one language only decide the guess; "la" or "de" decide nothing.
_DISTINCTIVE: Final[dict[str, frozenset[str]]] = {
    lang: words - frozenset().union(*(w for other, w in STOPWORDS.items() if other != lang))
    for lang, words in STOPWORDS.items()
}


def fold(text: str) -> str:
    """Lower case without diacritics, as both full-text indexes compare words."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def words(text: str) -> list[str]:
    """Folded words: runs of letters and digits (what the tokenizers index)."""
    out: list[str] = []
    current: list[str] = []
    for char in fold(text):
        if char.isalnum():
            current.append(char)
        elif current:
            out.append("".join(current))
            current = []
    if current:
        out.append("".join(current))
    return out


def guess_language(text: str) -> str | None:
    """The language whose distinctive function words the text uses most, if one clearly does."""
    counts: Counter[str] = Counter()
    for word in words(text[:5000]):
        for lang, distinctive in _DISTINCTIVE.items():
            if word in distinctive:
                counts[lang] += 1
    ranked = counts.most_common(2)
    if not ranked:
        return None
    if len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]
