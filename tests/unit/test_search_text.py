"""Query parsing, the two engines' query syntax, snippets and markdown: pure functions."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from api.knowledge.markdown import plain_text, render_html
from api.search.language import fold, guess_language, words
from api.search.query import (
    Term,
    TextQuery,
    fts5_expression,
    light_stem,
    parse,
    tsquery_text,
)
from api.search.snippets import START, STOP, marked_to_html


def test_words_are_folded_like_the_indexes_fold_them() -> None:
    assert (
        fold("Contraseña CADUCADA, réseau, Übergröße") == "contrasena caducada, reseau, ubergrosse"
    )
    assert words("L'écran reste noir!") == ["l", "ecran", "reste", "noir"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La impresora no imprime desde que cambié el tóner", "es"),
        ("La stampante non stampa più dopo l'aggiornamento", "it"),
        ("L'écran reste noir depuis la mise à jour de mon poste", "fr"),
        ("The laptop does not boot after the update", "en"),
        ("VPN", None),
    ],
)
def test_the_language_is_guessed_from_function_words(text: str, language: str | None) -> None:
    assert guess_language(text) == language


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("impresoras", "impresora"),
        ("impresora", "impresor"),
        ("stampanti", "stampant"),
        ("stampante", "stampant"),
        ("contrasenas", "contrasena"),
        ("reseaux", "reseau"),
        ("printers", "printer"),
        ("red", None),
        ("e502", None),
        ("vpn", None),
    ],
)
def test_light_stems_cover_plural_and_gender_endings(word: str, stem: str | None) -> None:
    assert light_stem(word) == stem


def test_parse_drops_function_words_keeps_phrases_and_compounds() -> None:
    query = parse('La impresora no imprime "error E-502" en el wi-fi')
    assert [t.raw for t in query.terms] == ["impresora", "imprime", "error e 502", "wi-fi"]
    assert query.terms[0].stem == "impresor"
    assert query.terms[3].words == ("wi", "fi")


def test_only_function_words_are_kept_rather_than_nothing() -> None:
    assert [t.raw for t in parse("the and").terms] == ["the", "and"]
    assert not parse("  ¿?  ...  ")


def test_the_last_word_is_a_prefix_only_while_typing() -> None:
    assert parse("printer err", prefix_last=True).terms[-1].prefix
    assert not parse("printer err ", prefix_last=True).terms[-1].prefix
    assert not parse("printer err").terms[-1].prefix


def test_fts5_expression_quotes_everything_typed() -> None:
    query = parse('printers AND NEAR(x y) {internal}: "quoted phrase" col:val*')
    expression = fts5_expression(query, columns=("title", "body", "extra"))
    assert expression.startswith("{title body extra} : (")
    # Operators typed by a person are just words in quotes; no bare syntax gets through.
    assert '"printers"' in expression
    assert '"near"' in expression
    assert '"internal"' in expression
    assert '"quoted phrase"' in expression
    assert '"col:val"' in expression
    for bare in (" NEAR(", "{internal}", " col:"):
        assert bare not in expression


def test_tsquery_text_restricts_weights_and_escapes_quotes() -> None:
    text = tsquery_text(parse("o'brien stampanti"), weights="ABC")
    assert text == "'brien':ABC & ('stampanti':ABC | 'stampant':*ABC)"
    # Parsing never lets a quote or backslash into a term; the quoting holds if one did.
    odd = TextQuery(terms=(Term(words=("it", "s"), raw="it's \\x"),))
    assert tsquery_text(odd) == "'it''s \\\\x'"


@given(st.text(max_size=200))
def test_any_text_parses_into_quoted_terms(text: str) -> None:
    query = parse(text, any_term=True, prefix_last=True)
    expression = fts5_expression(query)
    if query:
        # Every term is a double-quoted string: balanced quotes, nothing outside them but
        # our own operators, parentheses and prefix stars.
        assert expression.count('"') % 2 == 0
        outside = expression.split('"')[::2]
        assert all(set(part) <= set(" ()OR*AND") for part in outside)
    tsquery_text(query)


def test_terms_are_single_words_or_compounds() -> None:
    assert Term(words=("wifi",), raw="wifi").is_single_word
    assert not Term(words=("wi", "fi"), raw="wi-fi").is_single_word


def test_snippets_escape_the_text_and_keep_only_our_marks() -> None:
    marked = f"<script>alert(1)</script> the {START}printer{STOP} & {START}unbalanced"
    html = marked_to_html(marked)
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert html.count("<mark>") == html.count("</mark>") == 2
    assert marked_to_html(f"{STOP}stray{STOP}") == "stray"
    assert marked_to_html("two\n\nlines  here") == "two lines here"


@pytest.mark.parametrize(
    "attack",
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[click](javascript:alert(1))",
        '<a href="javascript:alert(1)">x</a>',
        "<iframe src=https://evil.example></iframe>",
        "![x](javascript:alert(1))",
        '<div onclick="alert(1)">x</div>',
    ],
)
def test_markdown_renders_without_script_or_handlers(attack: str) -> None:
    html = render_html(f"Hello **world**\n\n{attack}")
    assert "<strong>world</strong>" in html
    # Typed HTML survives as visible text only; no element carries a handler or script URL.
    tags = re.findall(r"<[a-z][^>]*>", html.lower())
    assert all(not t.startswith(("<script", "<iframe", "<div")) for t in tags), tags
    assert all(not re.search(r"\son\w+=|javascript:", t) for t in tags), tags


def test_markdown_keeps_links_tables_and_code() -> None:
    html = render_html("[docs](https://example.com)\n\n| a |\n|---|\n| 1 |\n\n`code`")
    assert 'href="https://example.com"' in html
    assert 'rel="noopener noreferrer nofollow"' in html
    assert "<table>" in html
    assert "<code>code</code>" in html


def test_plain_text_is_what_a_reader_sees() -> None:
    assert plain_text("# Title\n\nSome *text* & [a link](https://x.example)") == (
        "Title\nSome text & a link"
    )
