"""What a person types, parsed once and written for either full-text engine. Pure.

`parse` turns free text into terms: words, "quoted phrases" and compounds such as `wi-fi` or
`E-502`. Every term must match (or, with `any_term`, any may: suggestions rank by how many
do). Function words of the four languages are dropped unless nothing else is left.

A single word also matches the words that begin with its light stem (`stampanti` also finds
`stampante`, `contraseña` finds `contraseñas`): SQLite has no Spanish, Italian or French
stemmer, and on PostgreSQL the same expansion rescues tickets whose language was not guessed.
"""

import re
from dataclasses import dataclass

from api.search.language import ALL_STOPWORDS, fold, words

MAX_TERMS = 12
MAX_ANY_TERMS = 24
MAX_WORD_LENGTH = 60
MIN_STEM_LENGTH = 4
# Plural and gender endings of en/es/it/fr nouns and adjectives, longest first.
_ENDINGS = ("es", "s", "x", "i", "e", "a", "o")

_PHRASE = re.compile(r'"([^"]*)"')
# Letters and digits, joined by - . / @ : _ into one compound (e-502, wi-fi, 10.0.0.1).
_TERM = re.compile(r"[^\W_]+(?:[-./@:_][^\W_]+)*")


@dataclass(frozen=True)
class Term:
    """One thing to find: a word, or several words that must stand next to each other."""

    words: tuple[str, ...]
    raw: str  # what the engine's own parser gets (a compound keeps its punctuation)
    stem: str | None = None  # a light stem: words beginning with it also match
    prefix: bool = False  # the word is still being typed: anything beginning with it matches

    @property
    def is_single_word(self) -> bool:
        return len(self.words) == 1 and self.raw == self.words[0]


@dataclass(frozen=True)
class TextQuery:
    terms: tuple[Term, ...]
    any_term: bool = False

    def __bool__(self) -> bool:
        return bool(self.terms)


def light_stem(word: str) -> str | None:
    """The word without one plural or gender ending, if at least four letters are left."""
    if not word.isalpha():
        return None
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM_LENGTH:
            return word[: -len(ending)]
    return None


def _is_noise(term: Term) -> bool:
    if not term.is_single_word:
        return False
    word = term.words[0]
    return word in ALL_STOPWORDS or (len(word) == 1 and not word.isdigit())


def parse(
    text: str, *, any_term: bool = False, prefix_last: bool = False, limit: int | None = None
) -> TextQuery:
    """Terms in the order typed, duplicates and (where something else is left) stop words out."""
    folded = fold(text.replace("\x00", " "))
    terms: list[Term] = []
    position = 0
    for match in _PHRASE.finditer(folded):
        terms.extend(_terms(folded[position : match.start()]))
        phrase_words = tuple(words(match.group(1)))
        if phrase_words:
            terms.append(Term(words=phrase_words, raw=" ".join(phrase_words)))
        position = match.end()
    terms.extend(_terms(folded[position:].replace('"', " ")))

    unique: list[Term] = []
    seen: set[str] = set()
    for term in terms:
        if term.raw not in seen and all(len(w) <= MAX_WORD_LENGTH for w in term.words):
            seen.add(term.raw)
            unique.append(term)
    meaningful = [t for t in unique if not _is_noise(t)]
    kept = meaningful or unique
    if any_term:
        kept = [t for t in kept if not t.is_single_word or len(t.words[0]) > 2] or kept
    kept = kept[: limit or (MAX_ANY_TERMS if any_term else MAX_TERMS)]
    typing = prefix_last and bool(kept) and not text.endswith((" ", '"')) and bool(unique)
    if typing and kept[-1] == unique[-1] and kept[-1].is_single_word:
        kept[-1] = Term(kept[-1].words, kept[-1].raw, kept[-1].stem, prefix=True)
    return TextQuery(terms=tuple(kept), any_term=any_term)


def _terms(fragment: str) -> list[Term]:
    out: list[Term] = []
    for match in _TERM.finditer(fragment):
        raw = match.group(0)
        parts = tuple(words(raw))
        if not parts:
            continue
        if len(parts) == 1 and parts[0] == raw:
            out.append(Term(words=parts, raw=raw, stem=light_stem(raw)))
        else:
            out.append(Term(words=parts, raw=raw))
    return out


# --- SQLite FTS5 -------------------------------------------------------------------------


def _fts5_string(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def fts5_expression(query: TextQuery, *, columns: tuple[str, ...] | None = None) -> str:
    """An FTS5 MATCH expression; every term quoted, so nothing typed is taken as syntax."""
    parts: list[str] = []
    for term in query.terms:
        alternatives = [_fts5_string(term.raw) + ("*" if term.prefix else "")]
        if term.stem is not None:
            alternatives.append(_fts5_string(term.stem) + "*")
        parts.append(
            alternatives[0] if len(alternatives) == 1 else f"({' OR '.join(alternatives)})"
        )
    expression = (" OR " if query.any_term else " AND ").join(parts)
    if columns is not None:
        expression = "{" + " ".join(columns) + "} : (" + expression + ")"
    return expression


# --- PostgreSQL tsquery ------------------------------------------------------------------


def _lexeme(value: str, *, prefix: bool, weights: str) -> str:
    quoted = "'" + value.replace("\\", "\\\\").replace("'", "''") + "'"
    flags = ("*" if prefix else "") + weights
    return f"{quoted}:{flags}" if flags else quoted


def tsquery_text(query: TextQuery, *, weights: str = "") -> str:
    """Input for to_tsquery(config, ...): each configuration stems the lexemes its own way.

    `weights` restricts every lexeme to those labels (customers: ABC, never D = internal).
    """
    parts: list[str] = []
    for term in query.terms:
        if term.is_single_word:
            alternatives = [_lexeme(term.raw, prefix=term.prefix, weights=weights)]
            if term.stem is not None:
                alternatives.append(_lexeme(term.stem, prefix=True, weights=weights))
            parts.append(
                alternatives[0] if len(alternatives) == 1 else f"({' | '.join(alternatives)})"
            )
        else:
            # The database's own parser splits a phrase or compound exactly as it split the
            # documents (E-502 is 'e' <-> '-502' there), and matches the parts in order.
            parts.append(_lexeme(term.raw, prefix=False, weights=weights))
    return (" | " if query.any_term else " & ").join(parts)


# --- a ticket spread over several rows ----------------------------------------------------


def any_of(query: TextQuery) -> TextQuery:
    """The same terms, any of them: what one row of a ticket (a comment) has to match."""
    return TextQuery(terms=query.terms, any_term=True)


def each_term(query: TextQuery) -> list[TextQuery]:
    """What must each be found somewhere in a ticket's rows for the ticket to match.

    Every term of an all-terms query may be in another row (the subject, a comment); a
    phrase stays within one row. An any-term query is one requirement.
    """
    if query.any_term or len(query.terms) <= 1:
        return [query]
    return [TextQuery(terms=(term,)) for term in query.terms]
