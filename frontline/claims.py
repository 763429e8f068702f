"""Claim extraction: who says which side captured / is advancing on / holds / withdrew
from / denied / struck which tracked place (DESIGN.md, "Claims").

Every word list and pattern lives in ``frontline/lexicons/<lang>.toml`` merged with the
config's ``[lexicon]`` table, so a desk or a new language extends the rules without code.
The code only knows the grammar of a claim:

1. The text is split into sentences (the title is one) and each sentence into clauses.
2. A *cue* (a verb or phrase of one kind) binds a place and an actor in its clause: an
   active cue takes the actor before it and the place after it ("rebels took Hama"), a
   passive cue the reverse ("Hama fell to the rebels"). "The city", "the town", "there"
   refer to the last tracked place named before them.
3. Filters drop conditionals, plans and history; a negated or denied gain becomes
   ``denied`` of the gaining side.
4. The claimant is the attributed voice ("X said", "according to X", "X: ..." in a
   headline), else the publisher; its side follows CONVENTIONS.md.

No I/O beyond reading the packaged lexicons, and no Textual.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from importlib import resources
from typing import Any

import ahocorasick

from frontline.config import ConfigError
from frontline.models import INDEPENDENT, UNKNOWN, Claim, Config, Entry, Mention

try:  # the stdlib regex parser: checks patterns, finds their literal first words and factors
    from re import _constants as _C
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - another Python: every pattern is tried everywhere
    _C = _sre_parse = None  # type: ignore[assignment]

__all__ = ["Extractor", "LexiconError", "load_lexicon", "GAIN_KINDS"]

#: Kinds that a denial or a negation turns into ``denied``.
GAIN_KINDS = frozenset({"captured", "advancing"})

#: Longest sentence (characters) that extraction reads; see ``Extractor.extract``.
MAX_SENTENCE = 2000

# Typographic characters folded to ASCII one-for-one, so offsets stay valid.
_ASCII = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2010": "-",
        "\u2011": "-",
        "\u00a0": " ",
        "\u202f": " ",
    }
)
_APPOSITION_AFTER = re.compile(r",\s+([^,;:\"()]{2,90}?)(?=\s*[,.;:\"]|\s*$)")
_APPOSITION = re.compile(r"([^,;:\"()]+),\s+([^,;:\"()]{2,90}),\s*$")
# A sentence ends at "[.!?]+" then closing quotes or brackets, space and a capital or digit,
# or at a run of newlines. Written to start with one character class so that ``re`` skips
# to the candidates in C instead of trying both branches at every character (~5x faster);
# the same matches as r"[.!?]+[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])|\n+".
_SENTENCE_END = re.compile(
    r"[.!?\n](?:(?<=[.!?])[.!?]*[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])|(?<=\n)\n*)"
)
_INITIAL = re.compile(r"[a-z]\.")
_POSSESSIVE_GAP = re.compile(r"(?:'s?|\))?\s+")  # "RSF units", "(HTS) fighters"
_WHO_CLAUSE = re.compile(r",\s*who\s+(?!(?:said|says|told|added|spoke)\b)", re.I)
_APPOSED = re.compile(r"\s*,\s*(?:(?:the|a|an|its|their)\s+)?", re.I)
_CLAUSE_GAP = re.compile(r"[,;:]|\b(?:while|but|whereas)\b", re.I)
_OBJECT_GAP = re.compile(r"\s+(?:(?:the|a|an)\s+)?", re.I)
_SEPARATOR = re.compile(r"\s[|/-]+\s")
_FOUR_DIGITS = re.compile(r"\d{4}")
_WORD = re.compile(r"[\w'-]+")
_CAPWORD = re.compile(r"([A-Z][\w'.-]*)\s+$")
_COORD_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+)?(?:the\s+)?|\s(?:and|&)\s+(?:the\s+)?)", re.I)
_PASSIVE_AUX = re.compile(r"(?<![\w-])(?:was|were|is|are|been|being|be)\s+$", re.I)
_HYPHEN_AGAINST = re.compile(r"(?i)\b(?:anti|counter|non|ex)-[\w-]+")
_FIRED_BY = re.compile(
    r"(?<![\w-])(?:fired|launched|dropped|carried\s+out|conducted|shot)\s+by\s+(?:the\s+)?$", re.I
)
_POSSESSED = re.compile(r"'s?\s+[\w-]+")
_TO_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$", re.I)
_GERUND_CLAUSE = re.compile(
    r"[,\s]*(?:after|before|while|since|upon|when)\s+(?!being\b)[a-z]+ing\b", re.I
)


class LexiconError(ConfigError):
    """A lexicon file or ``[lexicon]`` entry that cannot be used (one line, names it).

    A ConfigError, so the CLI and the dashboard report it like any other config problem."""


# --------------------------------------------------------------------------- lexicons


def _deep_merge(base: dict, extra: dict) -> dict:
    """Lists concatenate, tables merge, scalars from ``extra`` win."""
    out = dict(base)
    for key, value in extra.items():
        old = out.get(key)
        if isinstance(old, dict) and isinstance(value, dict):
            out[key] = _deep_merge(old, value)
        elif isinstance(old, list) and isinstance(value, list):
            out[key] = old + [v for v in value if v not in old]
        else:
            out[key] = value
    return out


@lru_cache(maxsize=16)
def _packaged(language: str) -> dict:
    """A language's lexicon: ``lexicons/<code>.toml``, or a path to a desk's own TOML file."""
    try:
        if language.endswith(".toml"):
            with open(language, encoding="utf-8") as fh:
                text = fh.read()
        else:
            text = (
                resources.files("frontline.lexicons")
                .joinpath(f"{language}.toml")
                .read_text("utf-8")
            )
    except (FileNotFoundError, IsADirectoryError):
        raise LexiconError(
            f"no lexicon for language {language!r} (lexicons/{language}.toml)"
        ) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise LexiconError(f"lexicons/{language}.toml: {e}") from None


def load_lexicon(languages: Iterable[str] = ("en",), extra: dict | None = None) -> dict:
    """The merged lexicon of ``languages`` plus a config's ``[lexicon]`` table."""
    merged: dict = {}
    for lang in languages:
        merged = _deep_merge(merged, _packaged(lang))
    if extra:
        merged = _deep_merge(merged, extra)
    return merged


def _strings(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LexiconError(f"[lexicon] {where}: expected a list of strings")
    return value


def _alt(patterns: Sequence[str], where: str, bounded: bool = True) -> re.Pattern[str] | None:
    """One case-insensitive alternation, longest patterns first, on whole words."""
    if not patterns:
        return None
    ordered = sorted(dict.fromkeys(patterns), key=len, reverse=True)
    body = "|".join(f"(?:{p})" for p in ordered)
    src = rf"(?<![\w-])(?:{body})(?![\w])" if bounded else f"(?:{body})"
    try:
        return re.compile(src, re.IGNORECASE)
    except re.error as e:
        bad = next((p for p in ordered if not _compiles(p)), "?")
        raise LexiconError(f"lexicon {where}: bad pattern {bad!r}: {e}") from None


def _compiles(p: str) -> bool:
    try:
        re.compile(p)
    except re.error:
        return False
    return True


def _actor_patterns(actors: dict[str, str]) -> list[tuple[str, str]]:
    """(pattern, side) for each configured actor; a word may come before a multi-word
    actor's last word ("Russian Shahed drones", "Ukrainian assault units")."""
    out = []
    for name, side in actors.items():
        words = [re.escape(w) for w in name.split()]
        if not words:
            continue
        if len(words) == 1:
            out.append((words[0], side))
        else:
            out.append((r"\s+".join(words[:-1]) + r"(?:\s+[\w-]+)?\s+" + words[-1], side))
    return out


def _phrases(words: Iterable[str]) -> list[str]:
    """Literal phrases as patterns: escaped, any run of spaces between words."""
    return [r"\s+".join(re.escape(w) for w in phrase.split()) for phrase in words if phrase.strip()]


def _prefixes(items: list, limit: int = 64) -> tuple[set[str], bool] | None:
    """Literal prefixes a parsed regex can start with, and whether they cover it whole."""
    out = {""}
    for op, av in items:
        if op is _C.LITERAL:
            out = {p + chr(av).lower() for p in out}
            continue
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue  # zero-width
        if (
            op is _C.MAX_REPEAT
            and av[0] >= 1
            and list(av[2]) == [(_C.IN, [(_C.CATEGORY, _C.CATEGORY_SPACE)])]
        ):
            out = {p + " " for p in out}  # "\s+" between two literal words
            continue
        if op is _C.SUBPATTERN:
            sub = _prefixes(list(av[-1]), limit)
        elif op is _C.BRANCH:
            alts = [_prefixes(list(alt), limit) for alt in av[1]]
            if any(a is None for a in alts):
                return out, False
            sub = (set().union(*(a[0] for a in alts)), all(a[1] for a in alts))  # type: ignore[index]
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] == 0:
            return None if out == {""} else (out, False)
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
            inner = _prefixes(list(av[2]), limit)
            sub = (inner[0], False) if inner else None
        else:
            return out, False
        if sub is None:
            return out, False
        out = {a + b for a in out for b in sub[0]}
        if len(out) > limit or not sub[1]:
            return out, False
    return out, True


# Building an Extractor is mostly ``re`` parsing and compiling its ~600 lexicon patterns,
# and one pattern serves several pattern sets (a cue is scanned for and gated on), and
# validation, trigger heads and the factor gate each read it: so each pattern source is
# parsed once (``_parsed``), compiled once and only when first tried (``_compiled``), and
# the caches outlive an Extractor (a second one for the same lexicon costs little).


@lru_cache(maxsize=4096)
def _parsed(src: str) -> Any:
    """``re``'s parse tree of ``src`` as compiled with IGNORECASE (raises ``re.error``).
    Read only: shared by every caller."""
    return _sre_parse.parse(src, re.I)


@lru_cache(maxsize=4096)
def _compiled(src: str) -> re.Pattern[str]:
    """``re.compile(src, re.I)``, kept: ``re``'s own cache (512) is smaller than a lexicon."""
    return re.compile(src, re.IGNORECASE)


# Most lexicon patterns are literal phrases ("took\s+control\s+of"): plain characters,
# escaped punctuation and "\s+" word gaps. Their trigger heads and gate factors follow from
# the text they match, so they are not parsed at all (``_literal``).
_LITERAL = re.compile(r"(?:[^\\.^$*+?{}\[\]|()]|\\[!-/:-@\[-`{-~ ]|\\s\+(?![?*+{]))+")
_LITERAL_ESCAPE = re.compile(r"\\s\+|\\(.)", re.S)
_BOUND_OPEN, _BOUND_CLOSE = r"(?<![\w-])(?:", r")(?![\w])"  # _PatternSet's word bounds


@lru_cache(maxsize=4096)
def _literal(src: str) -> tuple[str, bool] | None:
    """(the text it matches, whether in word bounds) for a literal phrase ``src``, bare or
    in ``_PatternSet``'s word bounds; None for any other pattern. The text is what
    ``_prefixes`` and ``_language`` read from its parse: each character lower-cased on its
    own, each "\\s+" one space."""
    bounded = src.startswith(_BOUND_OPEN) and src.endswith(_BOUND_CLOSE)
    body = src[len(_BOUND_OPEN) : -len(_BOUND_CLOSE)] if bounded else src
    if not _LITERAL.fullmatch(body):
        return None
    text = _LITERAL_ESCAPE.sub(lambda m: m.group(1) or " ", body)
    return (text.lower() if text.isascii() else "".join([c.lower() for c in text])), bounded


def _check(src: str) -> None:
    """Raise ``re.error`` when ``src`` would not compile, mostly without compiling it: a
    literal phrase always compiles, and a parse finds every error but a look-behind's
    width, which only compiling checks."""
    if _literal(src) is not None:
        return
    if _sre_parse is None or "(?<" in src.replace(_BOUND_OPEN, "", 1):
        _compiled(src)
    else:
        _parsed(src)


def _trigger_keys(pattern: str) -> set[str] | None:
    heads = _trigger_heads(pattern)
    return None if heads is None else {h[:3] for h, _, _ in heads}


@lru_cache(maxsize=4096)
def _trigger_heads(pattern: str) -> frozenset[tuple[str, bool, str]] | None:
    """The literal first words ``pattern`` can start with: (word, whether the literal goes
    on past it so the text's word must be exactly it, the start of the second word or "").
    None when the pattern can start anywhere (it is then tried everywhere). The word
    bounds ``_PatternSet`` wraps a pattern in are zero-width: the same heads either way."""
    if _sre_parse is None:
        return None
    literal = _literal(pattern)
    try:
        found = ({literal[0]}, True) if literal else _prefixes(list(_parsed(pattern)))
    except (re.error, TypeError, ValueError, AttributeError):
        return None
    if found is None:
        return None
    heads = set()
    for prefix in found[0]:
        word = _KEY_WORD.match(prefix)
        if not word:
            return None
        rest = prefix[word.end() :]
        second = _KEY_WORD.match(rest[1:]) if rest[:1] == " " else None
        heads.add((word.group(), bool(rest), second.group() if second else ""))
    return frozenset(heads) or None


def _head_regex(patterns: _PatternSet) -> re.Pattern[str] | None:
    """A regex finding, in lower-cased text, each word start where ``patterns`` has a
    pattern to try (``_PatternSet._for_word``): the word begins with a literal head, or is
    it when the head must be the whole word. A zero-width lookahead finds every such start;
    the heads form a trie so each start costs a few comparisons."""
    heads: dict[str, bool] = {}  # head -> the word must be exactly it
    for entries in patterns._index.values():
        for _, _, found in entries:
            for head, exact, _ in found:
                heads[head] = heads.get(head, True) and exact
    if not heads:
        return None
    trie: dict = {}
    for head, exact in heads.items():
        node = trie
        for ch in head:
            node = node.setdefault(ch, {})
        node["" if not exact else "$"] = {}

    def alt(node: dict) -> str:
        if "" in node:
            return ""  # any word going on from here
        branches = [re.escape(ch) + alt(sub) for ch, sub in sorted(node.items()) if ch != "$"]
        if "$" in node:
            branches.append(r"(?![^\W_]|')")  # the word ends here
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return re.compile(r"(?<![^\W_])(?=" + alt(trie) + ")")


_KEY_WORD = re.compile(r"[^\W_]+(?:'[^\W_]*)?")


@lru_cache(maxsize=1024)
def _word_starts(text: str, start: int, end: int) -> tuple[tuple[int, str], ...]:
    """(offset, lower-case word) for each word of ``text[start:end]``."""
    low = text[start:end].lower()
    if len(low) != end - start:  # a character whose lower case is longer: go word by word
        return tuple([(m.start(), m.group().lower()) for m in _KEY_WORD.finditer(text, start, end)])
    return tuple([(start + m.start(), m.group()) for m in _KEY_WORD.finditer(low)])


class _PatternSet:
    """Many lexicon patterns, each tried only where a word starts with its first letters.

    One alternation of hundreds of patterns makes ``re`` try every branch at every
    character; indexing patterns by their literal start (``_trigger_keys``) and calling
    ``match`` only at words with that start skips almost all of the work. A pattern is
    checked when the set is built but compiled the first time a word may start it (most
    never are in a run; compiling is most of the cost of building an Extractor).
    """

    def __init__(self, patterns: Iterable[tuple[Any, ...]], where: str, bounded: bool = True):
        self._src: list[tuple[str, Any]] = []  # (pattern source, tag) in order
        self._rx: list[re.Pattern[str] | None] = []  # compiled on first use (_for_word)
        self._index: dict[str, list[tuple[int, Any, frozenset]]] = {}  # into _src
        self._always: list[tuple[re.Pattern[str], Any]] = []
        self._memo: dict[tuple[str, str], tuple[tuple[re.Pattern[str], Any], ...]] = {}
        for item in dict.fromkeys(patterns):
            pattern, tag = item[0], item[1]
            wrap = item[2] if len(item) > 2 else bounded  # type: ignore[misc]
            src = rf"(?<![\w-])(?:{pattern})(?![\w])" if wrap else pattern
            try:
                _check(src)
            except re.error as e:
                raise LexiconError(f"[lexicon] {where}: bad pattern {pattern!r}: {e}") from None
            k = len(self._src)
            self._src.append((src, tag))
            self._rx.append(None)
            heads = _trigger_heads(src)
            if heads is None:
                self._always.append((self._compile(k), tag))
            else:
                for key in {h[:3] for h, _, _ in heads}:
                    self._index.setdefault(key, []).append((k, tag, heads))

    def __bool__(self) -> bool:
        return bool(self._src)

    def _compile(self, k: int) -> re.Pattern[str]:
        rx = self._rx[k] = _compiled(self._src[k][0])
        return rx

    def _for_word(self, word: str, nxt: str = "") -> tuple[tuple[re.Pattern[str], Any], ...]:
        """The patterns that can start at ``word`` followed by ``nxt`` (memoised)."""
        hit = self._memo.get((word, nxt))
        if hit is None:
            index = self._index
            compiled = self._rx
            hit = tuple(
                (compiled[k] or self._compile(k), tag)
                for key in dict.fromkeys((word[:3], word[:2], word[:1]))
                for k, tag, heads in index.get(key, ())
                if any(
                    (word == h or (not exact and word.startswith(h)))
                    and (not second or nxt.startswith(second))
                    for h, exact, second in heads
                )
            )
            if len(self._memo) > 100_000:
                self._memo.clear()
            self._memo[(word, nxt)] = hit
        return hit

    def tagged(
        self, text: str, start: int = 0, end: int | None = None
    ) -> Iterator[tuple[re.Match[str], Any]]:
        """Every match of every pattern in ``text[start:end]``, in text order per pattern."""
        end = len(text) if end is None else end
        memo = self._memo
        words = _word_starts(text, start, end)
        for i, (pos, word) in enumerate(words):
            nxt = words[i + 1][1] if i + 1 < len(words) else ""
            candidates = memo.get((word, nxt))
            if candidates is None:
                candidates = self._for_word(word, nxt)
            for rx, tag in candidates:
                m = rx.match(text, pos, end)
                if m:
                    yield m, tag
        for rx, tag in self._always:
            for m in rx.finditer(text, start, end):
                yield m, tag

    def finditer(
        self, text: str, start: int = 0, end: int | None = None
    ) -> Iterator[re.Match[str]]:
        for m, _ in self.tagged(text, start, end):
            yield m

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """The earliest match of any pattern, or None."""
        end = len(text) if end is None else end
        best: re.Match[str] | None = None
        for rx, _ in self._always:
            m = rx.search(text, start, end)
            if m and (best is None or m.start() < best.start()):
                best = m
        words = _word_starts(text, start, end)
        for i, (pos, word) in enumerate(words):
            if best is not None and pos >= best.start():
                break
            nxt = words[i + 1][1] if i + 1 < len(words) else ""
            for rx, _ in self._for_word(word, nxt):
                m = rx.match(text, pos, end)
                if m:
                    return m
        return best


# Non-ASCII characters that an IGNORECASE ASCII literal matches though their lower case is
# not that literal (dotted/dotless i, long s, Kelvin sign): text holding one skips the gate.
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")
_NONWORD = re.compile(r"\W+")
# ``_NONWORD`` and lower-casing for ASCII text at C speed: non-word bytes become spaces.
_ASCII_FOLD = bytes(
    c + 32 if 65 <= c <= 90 else c if chr(c).isalnum() or c == 95 else 32 for c in range(256)
)
# The same, keeping NUL: it marks where one sentence ends and the next starts.
_ASCII_FOLD_MARKED = b"\x00" + _ASCII_FOLD[1:]
_SPACES = re.compile(b"  +")


def _fold_ascii(text: str, table: bytes) -> str:
    """ASCII ``text`` folded for ``_FactorGate``: lower-cased, each run of non-word
    characters one space, a space at each end (a regex on bytes: ~3x cheaper than
    splitting and joining the words)."""
    return _SPACES.sub(b" ", b" " + text.encode().translate(table) + b" ").decode()


def _is_boundary(op: Any, av: Any) -> bool:
    """Whether a parsed node is a negative look-around for one word character."""
    return (
        op is _C.ASSERT_NOT
        and len(av[1]) == 1
        and av[1][0][0] is _C.IN
        and (_C.CATEGORY, _C.CATEGORY_WORD) in av[1][0][1]
    )


def _language(items: list, limit: int = 64) -> set[str] | None:
    """Every string the parsed regex ``items`` matches (lower-cased, "\\s+" as one space)
    when they are few and literal ("(?:took|taken)", "ed|s|ing" and "" for "(?:ed|s)?");
    else None."""
    out = {""}
    for op, av in items:
        if op is _C.LITERAL:
            sub = {chr(av).lower()}
        elif (
            op is _C.MAX_REPEAT
            and av[0] >= 1
            and list(av[2]) == [(_C.IN, [(_C.CATEGORY, _C.CATEGORY_SPACE)])]
        ):
            sub = {" "}
        elif op is _C.SUBPATTERN:
            sub = _language(list(av[-1]), limit)
        elif op is _C.BRANCH:
            alts = [_language(list(alt), limit) for alt in av[1]]
            sub = None if any(x is None for x in alts) else set().union(*alts)  # type: ignore[arg-type]
        elif op is _C.IN and all(o is _C.LITERAL for o, _ in av):
            sub = {chr(c).lower() for _, c in av}
        elif op is _C.MAX_REPEAT and av[0] == 0 and av[1] == 1:
            inner = _language(list(av[2]), limit)
            sub = None if inner is None else inner | {""}
        else:
            return None
        if sub is None:
            return None
        out = {x + y for x in out for y in sub}
        if len(out) > limit:
            return None
    return out


# Words too common in news copy to gate on: a pattern's other factors are preferred.
_COMMON = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "back",
        "by",
        "for",
        "from",
        "in",
        "into",
        "is",
        "it",
        "of",
        "off",
        "on",
        "or",
        "out",
        "over",
        "the",
        "to",
        "up",
        "was",
        "were",
        "with",
    ]
)


def _clauses(items: list) -> list[set[str]]:
    """Sets of literal strings such that every match of the parsed regex ``items`` holds
    one string of each set (lower-cased, each whitespace run as one space): its literal
    stretches ("dislodged ", "as lies"), those of its groups, and for an alternation one
    set per branch joined. Sets of common words only are left out: they gate nothing."""
    out: list[set[str]] = []
    stretch = {""}

    def keep(found: set[str] | None) -> None:
        if not found:
            return
        found = _nonword_runs(found)
        if all(f.strip() and not _weak(f) for f in found):
            out.append(found)

    for i, (op, av) in enumerate(items):
        if _is_boundary(op, av):  # "(?<![\w-])", "(?![\w])": a non-word run or the edge
            stretch = {x + " " for x in stretch}
            continue
        lang = _language([(op, av)])
        if lang is not None:
            grown = {x + y for x in stretch for y in lang}
            if len(grown) <= 256:
                stretch = grown
                continue
        # the stretch goes on with a literal start of what follows ("dislodged ... from")
        lookahead = op is _C.ASSERT and av[0] == 1
        rest = _prefixes(list(av[1]) if lookahead else list(items[i:]))
        if rest is not None and len(stretch) * len(rest[0]) <= 1024:
            keep({x + y for x in stretch for y in rest[0]})
        keep(stretch)
        prior, stretch = stretch, {""}
        repeated = _language(list(av[2])) if op in (_C.MAX_REPEAT, _C.MIN_REPEAT) else None
        if repeated is not None and "" not in repeated:
            # what follows comes right after the last round ("(?:is\s+)+with"), or after
            # the text before when there may be none ("(?:still\s+)*with")
            stretch = repeated if av[0] >= 1 else (prior | repeated)
        if lang is not None:
            keep(lang)
        elif op is _C.SUBPATTERN:
            out += _clauses(list(av[-1]))
        elif op is _C.BRANCH:
            alts = [_best(_clauses(list(alt))) for alt in av[1]]
            if all(alts):
                keep(set().union(*alts))  # type: ignore[arg-type]
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] >= 1:
            out += _clauses(list(av[2]))
    keep(stretch)
    return out


@lru_cache(maxsize=4096)
def _pattern_clauses(src: str) -> tuple[frozenset[str], ...] | None:
    """``_clauses`` of a pattern source, kept (the factor gate's reading of a pattern is
    the same in every Extractor); None when it cannot be read."""
    literal = _literal(src)
    try:
        clauses = _literal_clauses(*literal) if literal else _clauses(list(_parsed(src)))
    except (re.error, TypeError, ValueError, AttributeError, RecursionError):
        return None
    return tuple(frozenset(c) for c in clauses)


_JOIN = "\u4e00"  # a word character: no run of non-word characters spans it


def _nonword_runs(found: set[str]) -> set[str]:
    """``{_NONWORD.sub(" ", f) for f in found}`` in one ``sub`` over them all, joined by a
    word character none holds (a clause may have a thousand strings)."""
    joined = _JOIN.join(found)
    if len(found) < 4 or joined.count(_JOIN) != len(found) - 1:
        return {_NONWORD.sub(" ", f) for f in found}
    return set(_NONWORD.sub(" ", joined).split(_JOIN))


def _literal_clauses(text: str, bounded: bool) -> list[set[str]]:
    """``_clauses`` of a literal phrase (``_literal``): its text, with a space for each
    word bound, as one clause, unless that is common words only."""
    found = _NONWORD.sub(" ", f" {text} " if bounded else text)
    return [{found}] if found.strip() and not _weak(found) else []


def _weak(s: str) -> bool:
    """Whether ``s`` is one or two common words ("with the"): nearly all prose has it."""
    words = s.split()
    return len(words) < 3 and _COMMON.issuperset(words)


def _best(clauses: list[set[str]]) -> set[str] | None:
    """The clause least likely to turn up in prose: longest shortest string, then fewest."""
    return max(clauses, key=lambda c: (min(map(len, c)), -len(c)), default=None)


class _FactorGate:
    """Whether text may hold a match of any of many patterns, from the literal strings
    each match must hold (``_clauses``), found in one Aho-Corasick pass: text lacking one
    of every pattern's clauses holds no match of any of them."""

    def __init__(self, automaton: ahocorasick.Automaton, needs: list[list[frozenset[str]]]):
        self._automaton = automaton
        self._needs = needs
        users: dict[str, set[int]] = {}  # string -> the patterns one of whose clauses holds it
        for k, need in enumerate(needs):
            for clause in need:
                for f in clause:
                    users.setdefault(f, set()).add(k)
        self._users = {f: tuple(sorted(ks)) for f, ks in users.items()}

    @classmethod
    def build(cls, patterns: _PatternSet) -> _FactorGate | None:
        """None when some pattern has no known clause (it could match anywhere)."""
        if _sre_parse is None or not patterns:
            return None
        automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
        needs = []
        for src, _ in patterns._src:
            clauses = _pattern_clauses(src)
            if not clauses or not all(f.isascii() for c in clauses for f in c):
                return None
            needs.append(list(clauses))
            for c in clauses:
                for f in c:
                    automaton.add_word(f, f)
        automaton.make_automaton()
        return cls(automaton, needs)

    def may_match(self, folded: str) -> bool:
        """``folded``: the text lower-cased, each run of non-word characters one space,
        with a space at each end."""
        return self._holds_all(set([f for _, f in self._automaton.iter(folded)]))

    def parts(self, folded: str) -> list[int]:
        """Indices of the parts of ``folded`` (folded as for ``may_match``, parts joined by
        " \\x00 ") that may hold a match: one pass for all of them."""
        marks = []
        at = folded.find("\x00")
        while at >= 0:
            marks.append(at)
            at = folded.find("\x00", at + 1)
        found: dict[int, set[str]] = {}
        for end, f in self._automaton.iter(folded):  # end: the factor's last character
            k = bisect_left(marks, end)
            hit = found.get(k)
            if hit is None:
                found[k] = {f}
            else:
                hit.add(f)
        return sorted(k for k, hit in found.items() if self._holds_all(hit))

    def _holds_all(self, found: set[str]) -> bool:
        """Whether some pattern has one of the ``found`` strings in each of its clauses."""
        if not found:
            return False
        needs, users = self._needs, self._users
        tried: set[int] = set()
        for f in found:
            for k in users[f]:
                if k not in tried:
                    tried.add(k)
                    if all(not c.isdisjoint(found) for c in needs[k]):
                        return True
        return False


def _validate(value: Any, where: str, bounded: bool = True) -> list[str]:
    """The lexicon list at ``where``, each pattern checked to compile (LexiconError)."""
    patterns = _strings(value, where)
    for p in patterns:
        try:  # the source _PatternSet compiles: it finds it parsed (_check)
            _check(rf"(?<![\w-])(?:{p})(?![\w])" if bounded else p)
        except re.error as e:
            raise LexiconError(f"[lexicon] {where}: bad pattern {p!r}: {e}") from None
    return patterns


def _set(patterns: Sequence[str], where: str) -> _PatternSet | None:
    return _PatternSet(((p, None) for p in patterns), where) if patterns else None


# --------------------------------------------------------------------------- internals


@dataclass(slots=True)
class _Cue:
    start: int
    end: int
    kind: str
    mode: str  # active | passive | repel | repelled (see lexicons/en.toml)
    text: str = ""


@dataclass(slots=True)
class _Actor:
    start: int
    end: int
    side: str | None  # a side key; None for a non-side actor
    role: str = "side"  # side | speaker | anaphor | own | opponent


@dataclass(slots=True)
class _Place:
    start: int
    end: int
    place: str
    city: str


@dataclass(slots=True)
class _Attribution:
    start: int  # claimant span, absolute offsets
    end: int
    verb: int  # offset of the attribution verb (or the colon)
    text: str


def _norm(s: str) -> str:
    return " ".join(s.casefold().split())


class Extractor:
    """Turns one entry and its place mentions into claims. Build once per config."""

    def __init__(self, config: Config, languages: Sequence[str] | None = None) -> None:
        self.config = config
        langs = tuple(languages or config.settings.languages or ("en",))
        lex = load_lexicon(langs, config.lexicon or None)
        self.lexicon = lex
        sent = lex.get("sentences", {})
        self._abbrev = {a.casefold() for a in _strings(sent.get("abbreviations"), "abbrev")}
        self._dateline = re.compile(sent["dateline"], re.M) if sent.get("dateline") else None
        self._kickers = {_norm(k) for k in _strings(sent.get("kickers"), "sentences.kickers")}
        self._grammar(lex.get("grammar", {}), lex.get("attribution", {}))
        bounds = _strings(lex.get("clauses", {}).get("boundaries"), "clauses.boundaries")
        # word-led boundaries ("but", "after") are tried at words; the rest in one regex
        worded = [b for b in bounds if _trigger_keys(b)]
        others = [b for b in bounds if not _trigger_keys(b)]
        _validate(worded, "clauses.boundaries", bounded=False)
        self._bound_rx = re.compile("|".join(f"(?:{b})" for b in others), re.I) if others else None
        relative = _strings(lex.get("clauses", {}).get("relative"), "clauses.relative")
        self._relative = (
            re.compile("|".join(f"(?:{b})" for b in relative), re.I) if relative else None
        )
        place_rel = _strings(lex.get("clauses", {}).get("place_relative"), "place_relative")
        self._place_relative = (
            re.compile("|".join(f"(?:{b})" for b in place_rel), re.I) if place_rel else None
        )

        # actors: configured sides first, then generic, then non-side cues
        self._actor_side: dict[str, str] = {}
        for key, side in config.sides.items():
            for name in side.actors:
                self._actor_side.setdefault(_norm(name), key)
        self._lower_actors = {
            _norm(a) for s in config.sides.values() for a in s.actors if a == a.lower()
        }
        act = lex.get("actors", {})
        self._anaphoric = {_norm(a) for a in _strings(act.get("anaphoric"), "actors.anaphoric")}
        self._own = {_norm(a) for a in _strings(act.get("own_possessives"), "actors.own")}
        opp = _strings(act.get("opponent"), "actors.opponent")
        actor_items = (
            [(p, ("side", key)) for p, key in _actor_patterns(self._actor_side)]
            + [(p, "non_side") for p in _validate(act.get("non_side"), "actors.non_side")]
            + [(p, "generic") for p in _validate(act.get("generic"), "actors.generic")]
            + [(p, "opponent") for p in _phrases(opp)]
            + [(p, ("derived", key)) for p, key in self._derived_actors(config, act)]
        )
        self._all_actors = _PatternSet(actor_items, "actors")
        self._proper_min = int(act.get("proper_name_min_words", 2))
        own = _validate(act.get("speaker_cues"), "actors.speaker_cues")
        self._speaker_cue = re.compile("|".join(own), re.I) if own else None

        # voices
        self._voice_side: dict[str, str] = {}
        for key, side in config.sides.items():
            for name in (*side.voices, *side.actors):
                self._voice_side.setdefault(_norm(name), key)
        for name in config.independent:
            self._voice_side.setdefault(_norm(name), INDEPENDENT)
        self._voices = _alt(_phrases(self._voice_side), "voices")
        self._voice_rxs: list[tuple[re.Pattern[str], str]] | None = None  # _voice_of
        # "the source said" -> "military source": a voice's or actor's last word, when it is
        # a speaker noun of the lexicon and names one side only ("Syria" in "National News
        # Syria" is no head).
        speaker_nouns = {
            _singular(w.casefold())
            for w in _strings(lex.get("attribution", {}).get("speaker_nouns"), "speaker_nouns")
        }
        heads: dict[str, set[str]] = {}
        for key, side in config.sides.items():
            for name in (*side.voices, *side.actors):
                head = _singular(_norm(name).split()[-1])
                if head in speaker_nouns:
                    heads.setdefault(head, set()).add(key)
        for name in config.independent:
            head = _singular(_norm(name).split()[-1])
            if head in speaker_nouns:
                heads.setdefault(head, set()).add(INDEPENDENT)
        self._heads = {h: next(iter(s)) for h, s in heads.items() if len(s) == 1}
        self._feed_side = {f.name: f.side for f in config.feeds}

        # places
        pl = lex.get("places", {})
        self._coref = _set(_strings(pl.get("coreference"), "places.coreference"), "coreference")
        parts = _strings(pl.get("part_nouns"), "places.part_nouns")
        self._part_noun = (
            re.compile(rf"(?<![\w-])(?:{'|'.join(_phrases(parts))})(?![\w-])", re.I)
            if parts
            else None
        )
        self._title_coref = _set(
            _strings(pl.get("title_coreference"), "places.title_coreference"), "coreference"
        )
        loc = _strings(pl.get("locating"), "places.locating")
        self._locating = (
            re.compile(
                r"(?<![\w-])(?:"
                + "|".join(f"(?:{p})" for p in loc)
                + r")\s+"
                + self._apposition_tail
                + "$",
                re.I,
            )
            if loc
            else None
        )
        qual = _strings(pl.get("qualifier_after"), "places.qualifier_after")
        self._qualifier = (
            re.compile(
                rf"^(?:'s?)?\s*(?:(?:{self._directions})\s+)?(?:"
                + "|".join(re.escape(q) for q in qual)
                + r")\b",
                re.I,
            )
            if qual
            else None
        )
        mod = _strings(pl.get("modifier_after"), "places.modifier_after")
        self._modifier = (
            re.compile(r"\s+(?:" + "|".join(_phrases(mod)) + r")(?![\w-])", re.I) if mod else None
        )
        self._non_place = _alt(
            _strings(pl.get("non_place_objects"), "places.non_place_objects"), "non_place"
        )

        # kinds
        cues: list[tuple[str, tuple[str, str]]] = []
        for kind, table in lex.get("kinds", {}).items():
            for mode in ("active", "passive", "repel", "repelled", "inner", "state"):
                where = f"kinds.{kind}.{mode}"
                cues += [(p, (kind, mode)) for p in _validate(table.get(mode), where)]
        losses = _validate(lex.get("kinds", {}).get("withdrew", {}).get("losses"), "losses")
        self._loss_cue = re.compile("|".join(losses), re.I) if losses else None
        bare = _validate(lex.get("kinds", {}).get("withdrew", {}).get("bare"), "bare", False)
        self._bare_withdrawal = re.compile("|".join(bare), re.I) if bare else None
        links = _strings(lex.get("kinds", {}).get("withdrew", {}).get("bare_links"), "bare_links")
        self._bare_link = (
            re.compile(r"(?<![\w-])(?:" + "|".join(_phrases(links)) + r")\s+[^,;:]*$", re.I)
            if links
            else None
        )
        self._precedence = [
            (p["keep"], p["drop"]) for p in lex.get("precedence", []) if "keep" in p and "drop" in p
        ]

        # filters
        flt = lex.get("filters", {})
        filter_items = [
            (p, name)
            for name in ("negation", "denial", "plan", "conditional", "history", "past")
            for p in _validate(flt.get(name), f"filters.{name}")
        ]
        self._neg_window = int(flt.get("negation_window", 4))
        plup = flt.get("pluperfect")
        self._pluperfect = re.compile(plup, re.I) if plup else None
        objects = _validate(flt.get("denial_objects"), "filters.denial_objects")
        self._denial_object = (
            re.compile(r"(?<![\w-])(?:" + "|".join(objects) + r")(?![\w])", re.I)
            if objects
            else None
        )
        self._years = re.compile(flt["years"], re.I) if flt.get("years") else None
        comp = _validate(flt.get("year_comparisons"), "filters.year_comparisons")
        self._year_comparison = (
            re.compile(r"(?<![\w-])(?:" + "|".join(comp) + r")\s+$", re.I) if comp else None
        )
        months = [m.casefold() for m in _strings(flt.get("months"), "filters.months")]
        gram = lex.get("grammar", {})
        ordinals = "|".join(_phrases(_strings(gram.get("ordinals"), "grammar.ordinals"))) or "(?!)"
        links = "|".join(_phrases(_strings(gram.get("apposition_links"), "links"))) or "(?!)"
        words = _strings(flt.get("month_words"), "filters.month_words")
        self._month_index = {m: i + 1 for i, m in enumerate(months)}
        self._months = (
            re.compile(
                r"(?<![\w-])(?:" + "|".join(words) + rf")\s+(?:(?:{self._det})\s+)?(?:\d{{1,2}}"
                rf"(?:{ordinals})?\s+(?:(?:{links})\s+)?)?(" + "|".join(months) + r")(?![\w-])",
                re.I,
            )
            if months and words
            else None
        )
        self._months_back = int(flt.get("months_back", 2))
        rel = _strings(gram.get("relative_pronouns"), "grammar.relative_pronouns")
        self._relative_word = (
            re.compile(r"(?<![\w-])(?:" + "|".join(_phrases(rel)) + r")(?![\w-])", re.I)
            if rel
            else None
        )
        ok = _strings(flt.get("infinitive_ok"), "filters.infinitive_ok")
        self._infinitive = re.compile(
            r"(?<![\w-])(?:(" + "|".join(_phrases(ok) or ["(?!)"]) + r")\s+)?to\s+$", re.I
        )

        # attribution
        att = lex.get("attribution", {})
        self._att_verbs = _set(_strings(att.get("verbs"), "attribution.verbs"), "verbs")
        before = _validate(att.get("before_claimant"), "attribution.before_claimant")
        trim = _strings(att.get("trim"), "attribution.trim")
        self._trim_head = (
            re.compile(r"^(?:(?:" + "|".join(trim) + r")\b\s*)+", re.I) if trim else None
        )
        self._trim_tail = (
            re.compile(r"(?:\s+(?:" + "|".join(trim) + r"))+\s*$", re.I) if trim else None
        )
        pron = _strings(att.get("pronouns"), "attribution.pronouns")
        det = self._det
        self._pronoun = (
            re.compile(rf"^(?:(?:{det})\s+)?(?:" + "|".join(pron) + r")$", re.I) if pron else None
        )
        first = _strings(att.get("first_person"), "attribution.first_person")
        self._first_person = (
            re.compile(r"^(?:" + "|".join(first) + r")\s+\w", re.I) if first else None
        )
        self._head_modifiers = {
            _norm(w) for w in _strings(att.get("head_modifiers"), "attribution.head_modifiers")
        }
        self._personal = {
            _norm(w) for w in _strings(att.get("personal_pronouns"), "personal_pronouns")
        }
        grp = _strings(att.get("group_pronouns"), "attribution.group_pronouns")
        self._group_pronoun = (
            re.compile(rf"^(?:(?:{det})\s+)?(?:" + "|".join(grp) + r")$", re.I) if grp else None
        )
        self._noun_like = {w.casefold() for w in _strings(att.get("noun_like"), "noun_like")}
        self._adjectival = {w.casefold() for w in _strings(att.get("adjectival"), "adjectival")}
        self._content_verbs = {
            w.casefold() for w in _strings(att.get("content_verbs"), "attribution.content_verbs")
        }
        nxt = _strings(att.get("adjectival_next"), "attribution.adjectival_next")
        self._adjectival_next = re.compile(
            r"\s*(?:[,.;:\"]|$|[A-Z0-9]|(?:" + ("|".join(nxt) or "(?!)") + r")(?![\w-]))"
        )
        self._speaker_nouns = {
            _singular(w.casefold()) for w in _strings(att.get("speaker_nouns"), "speaker_nouns")
        }
        stops = _strings(att.get("claimant_stop"), "attribution.claimant_stop")
        self._claimant_stop = (
            re.compile("|".join(f"(?:{p})" for p in stops), re.I) if stops else None
        )
        self._side_cache: dict[tuple[str, str, str | None], str] = {}

        # One scan per sentence finds every cue, actor, filter, clause word and attribution
        # verb: each word is looked up once instead of once per list.
        verbs = [(p, ("verb", None)) for p in _strings(att.get("verbs"), "attribution.verbs")]
        verbs += [(p, ("before", None)) for p in before]
        self._scan_verbs = _PatternSet(verbs, "attribution")
        self._scan_all = _PatternSet(
            verbs
            + [(p, ("cue", tag)) for p, tag in cues]
            + [(p, ("actor", role)) for p, role in actor_items]
            + [(p, ("filter", name)) for p, name in filter_items]
            + [(b, ("bound", None), False) for b in worded],
            "lexicon",
        )
        # A claim needs a cue or a denial in its sentence (_sentence_claims), and most items
        # of a poll (~90%) have neither: these patterns alone, tried word by word before any
        # per-sentence or per-mention work, let ``extract`` return [] for them at once.
        self._claim_words = _PatternSet(
            [(p, None) for p, _ in cues]
            + [(p, None) for p, name in filter_items if name == "denial"],
            "lexicon",
        )
        self._claim_heads: re.Pattern[str] | None = None  # built on first use
        self._claim_gate = _FactorGate.build(self._claim_words)

    @staticmethod
    def _derived_actors(config: Config, act: dict) -> list[tuple[str, str]]:
        """ "Russian groups" for a side whose actors include "Russian forces" and "Russian
        troops": a first word that begins at least two actors of one side only, before a
        force noun of the lexicon, names that side (a configured actor still wins); and
        "insurgent" before an adjective head ("under insurgent control") for "insurgents"."""
        nouns = _strings(act.get("force_nouns"), "actors.force_nouns")
        if not nouns:
            return []
        firsts: dict[str, dict[str, int]] = {}
        for key, side in config.sides.items():
            for name in side.actors:
                words = name.split()
                if len(words) > 1:
                    counts = firsts.setdefault(words[0].casefold(), {})
                    counts[key] = counts.get(key, 0) + 1
        noun_rx = "|".join(_phrases(nouns))
        out = []
        # "under insurgent control": the singular of a one-word plural actor before a head
        heads = "|".join(_phrases(_strings(act.get("adjective_heads"), "actors.adjective_heads")))
        if heads:
            for key, side in config.sides.items():
                for name in side.actors:
                    one = _singular(name.casefold())
                    if " " not in name and one != name.casefold():
                        out.append((rf"{re.escape(one)}(?=\s+(?:{heads})(?![\w-]))", key))
        for word, counts in firsts.items():
            if len(counts) == 1:
                (key, n), *_ = counts.items()
                if n >= 2:
                    out.append((rf"{re.escape(word)}(?:\s+[\w-]+)?\s+(?:{noun_rx})", key))
        return out

    def _grammar(self, gram: dict, att: dict) -> None:
        """Regexes from the lexicon's function words ([grammar], [attribution])."""

        def alt(key: str, table: dict = gram) -> str:
            return "|".join(_phrases(_strings(table.get(key), key))) or "(?!)"

        det = alt("determiners")
        self._det_prefix = re.compile(rf"^(?:{det})\s+", re.I)
        self._det = det
        adverb = gram.get("passive_adverb") or "(?!)"
        self._aux_before = re.compile(
            rf"(?<![\w-])(?:{alt('passive_auxiliaries')})\s+(?:(?:{adverb})\s+)?$", re.I
        )
        self._participle_endings = tuple(_strings(gram.get("participle_endings"), "endings"))
        self._possessives = {
            w.casefold()
            for w in (
                *_strings(gram.get("possessives"), "p"),
                *_strings(gram.get("determiners"), "d"),
            )
        }
        self._holding_objects = {
            w.casefold() for w in _strings(gram.get("holding_objects"), "grammar.holding_objects")
        }
        self._participles = {w.casefold() for w in _strings(gram.get("participles"), "p")}
        self._agent_after = re.compile(rf"\s+(?:{alt('agent_markers')})(?![\w-])", re.I)
        self._agent_words = {w.casefold() for w in _strings(gram.get("agent_markers"), "a")}
        self._not_subject = re.compile(
            rf"(?:(?<![\w-])(?P<noun>[\w'-]+)\s+)?(?<![\w-])(?P<prep>{alt('not_subject_after')})"
            rf"\s+(?:(?:{det})\s+)?$",
            re.I,
        )
        self._collective = {w.casefold() for w in _strings(gram.get("collective_nouns"), "c")}
        self._collective_links = {
            w.casefold() for w in _strings(gram.get("collective_links"), "collective_links")
        }
        directions = alt("directions")
        self._directions = directions
        self._locator_gap = re.compile(
            rf"\s*,?\s*(?:{alt('locator_prepositions')})\s+(?:(?:{directions})\s+)?"
            rf"(?:(?:{det})\s+)?",
            re.I,
        )
        self._fronted = re.compile(
            rf"\W*(?:{alt('fronted_prepositions')})\s+(?:(?:{det})\s+)?(?:(?:{directions})\s+)?$",
            re.I,
        )
        place_nouns = alt("place_nouns")
        self._fronted_after = re.compile(rf"(?:\s+(?:{place_nouns}))?\s*,", re.I)
        self._apposition_tail = (
            rf"(?:(?:{det})\s+)?(?:(?:[\w-]+\s+)?(?:{place_nouns})\s+"
            rf"(?:{alt('apposition_links')})\s+)?"
        )
        self._destination = (
            re.compile(
                rf"(?<![\w-])(?:{alt('destinations')})\s+{self._apposition_tail}$",
                re.I,
            )
            if gram.get("destinations")
            else None
        )
        coord = alt("elided_subject_coordinators")
        self._elided = (
            re.compile(
                rf"\W*(?:{coord})\s+(?:(?:{alt('elided_subject_words')})\s+)*",
                re.I,
            )
            if gram.get("elided_subject_coordinators")
            else None
        )
        self._state_subject = re.compile(
            rf"[\W]*(?:(?:{alt('state_subject')})\s+)?(?:(?:{det})\s+)?", re.I
        )
        self._coordinator = re.compile(rf"(?<![\w-])(?:{alt('coordinators')})(?![\w-])", re.I)
        self._coordination_prep = re.compile(
            rf"(?<![\w-])(?:{alt('coordination_prepositions')})(?![\w-])", re.I
        )
        self._coordination_stop = re.compile(
            rf"(?<![\w-])(?:{alt('coordination_stops')})(?![\w-])", re.I
        )
        self._object_end = re.compile(rf"(?<![\w-])(?:{alt('object_ends')})(?![\w-])", re.I)
        self._name_start = re.compile(
            rf"[,;:\"()]|\s-+\s|(?<![\w-])(?:{alt('name_start', att)})(?![\w-])", re.I
        )
        self._name_end = re.compile(rf"[,.;:\"]|\s(?:{alt('name_end', att)})\s", re.I)
        self._not_a_name = re.compile(rf"(?<![\w-])(?:{alt('not_a_name', att)})(?![\w-])", re.I)

    # ------------------------------------------------------------------ public

    def extract(self, entry: Entry, mentions: list[Mention], feed_side: str | None) -> list[Claim]:
        """All claims in ``entry``; unique per (place, side, kind), the first kept.

        Only sentences holding a cue or a denial (``_claim_sentences``) and a tracked place
        can give a claim; every other sentence is read only when one of those needs it
        (its attribution, or the claimant a pronoun stands for), through ``_ItemRun``."""
        if not mentions:
            return []
        text = entry.text
        if not text.isascii():  # _ASCII maps only non-ASCII characters
            text = text.translate(_ASCII)
        if not self._may_match_text(text):
            return []
        when = entry.published or datetime.now(UTC)
        mentions = sorted(mentions, key=lambda m: m.start)
        title_end = len(entry.title)
        # A "sentence" longer than MAX_SENTENCE is no prose (a run-on or hostile body), and
        # binding cost grows faster than its length: skip it rather than stall the poll.
        sentences = [s for s in self._sentences(text, title_end) if s[1] - s[0] <= MAX_SENTENCE]
        # cues, actors and places are read with quote marks blanked ('the "liberation" of X',
        # 'had "liberated" X'); attributions need them ('"...," said the official')
        plain = text.replace('"', " ")
        hot = self._claim_sentences(plain, sentences)
        if not hot:
            return []
        claims: dict[tuple[str, str, str], tuple[Claim, bool]] = {}
        ctx = _ItemContext(entry.feed, feed_side, original=entry.text, title_end=title_end)
        ctx.landmarks = _Landmarks(self, plain, mentions)
        run = _ItemRun(self, text, plain, sentences, mentions, ctx)
        for i in hot:
            places = run.places(i)
            if not places:
                continue
            s_start, s_end = sentences[i]
            scan = run.scan(i)
            if "cue" not in scan and not any(t == "denial" for _, t in scan.get("filter", ())):
                continue  # _sentence_claims would find nothing
            attributions = run.found(i)
            if not attributions and text[s_start:s_end].lstrip()[:1] == '"':
                # a quote running over several sentences: its attribution closes it
                for j in range(i + 1, min(i + 4, len(sentences))):
                    if run.found(j):
                        attributions = run.found(j)
                        break
                    if '"' in text[sentences[j][0] : sentences[j][1]]:
                        break
            for claim, explicit in self._sentence_claims(
                plain, s_start, s_end, places, attributions, ctx, when, scan
            ):
                key = (claim.place, claim.side, claim.kind)
                old = claims.get(key)
                if old is None:
                    claims[key] = (claim, explicit)
                elif old[0].sentence_start < title_end <= claim.sentence_start and (
                    explicit or not old[1]
                ):
                    # the headline repeats the body: the body gives the claimant
                    claims[key] = (claim, explicit)
        # A headline naming the city for what the body tells of one of its places
        # ("Army retakes Omdurman district" / "... regained the Salha district") is the body's
        # claim, not a second one about the city.
        body_sub = {
            (c.city, c.side, c.kind)
            for c, _ in claims.values()
            if c.sentence_start >= title_end and c.place != c.city
        }
        return [
            c
            for c, _ in claims.values()
            if not (
                c.sentence_start < title_end
                and c.place == c.city
                and (c.city, c.side, c.kind) in body_sub
            )
        ]

    def claimant_side(self, claimant: str, feed: str, feed_side: str | None = None) -> str:
        """The side of a named claimant in CONVENTIONS.md order: a side whose voices or
        actors name it, ``independent``, the feed's side when it names the publisher itself
        ("the monitor" in Levant Conflict Monitor), a side whose voices end in the same noun
        ("the source" for "military source"), else ``unknown``."""
        key = (_norm(claimant), feed, feed_side)
        hit = self._side_cache.get(key)
        if hit is None:
            hit = self._resolve_side(claimant, feed, feed_side)
            self._side_cache[key] = hit
        return hit

    def _may_match_text(self, text: str) -> bool:
        """False only when no cue or denial pattern can match anywhere in ``text``, so
        ``_claim_sentences`` would find none: one C pass over the whole text for the
        patterns' literal factors (``_FactorGate``), run before sentence splitting (~90% of
        a poll's items stop here). It may say True for text without a claim; the scans of
        the sentences decide."""
        gate = self._claim_gate
        if gate is None or (not text.isascii() and not _FOLDS_TO_ASCII.isdisjoint(text)):
            return True
        if text.isascii():
            return gate.may_match(_fold_ascii(text, _ASCII_FOLD))
        return gate.may_match(f" {_NONWORD.sub(' ', text).lower()} ")

    def _claim_sentences(self, plain: str, sentences: list[tuple[int, int]]) -> list[int]:
        """Indices of the sentences where a cue or denial pattern matches the way ``_scan``
        tries it (the same words, bounds and text), and maybe a few more: only they can
        give a claim (``_sentence_claims`` needs one). ASCII text goes through the factor
        gate, all sentences in one pass; other text word by word, only at words starting
        with a pattern's literal head."""
        words_of = self._claim_words
        low = plain.lower()
        if not words_of._index or len(low) != len(plain) or "\u03a3" in plain:
            # no pattern has a literal head, or lower-casing the whole text may differ from
            # lower-casing a sentence (a longer lower case, a final sigma): go word by word
            # as _scan does
            return [i for i, s in enumerate(sentences) if self._may_claim_words(plain, [s])]
        gate = self._claim_gate
        if gate is not None and plain.isascii() and "\x00" not in plain:
            # one pass over the item: the sentences holding every literal factor of some
            # cue or denial pattern (the scan of each then tells)
            joined = " \x00 ".join([plain[a:b] for a, b in sentences])
            return gate.parts(_fold_ascii(joined, _ASCII_FOLD_MARKED))
        heads = self._claim_heads
        if heads is None:  # built on first need: only text the gate cannot read uses it
            # (words_of has an indexed pattern, so there are heads; else: every word start)
            heads = _head_regex(words_of) or re.compile(r"(?<![^\W_])(?=[^\W_])")
            self._claim_heads = heads
        memo = words_of._memo
        word_rx = _KEY_WORD
        always = words_of._always
        out = []
        for i, (start, end) in enumerate(sentences):
            if any(rx.search(plain, start, end) for rx, _ in always):
                out.append(i)
                continue
            at = [m.start() for m in heads.finditer(low, start, end)]
            if heads.match(low, start, end) and (not at or at[0] != start):
                at.insert(0, start)  # a sentence starting inside a word
            for pos in at:
                word = word_rx.match(low, pos, end)
                if word is None:
                    continue
                after = word_rx.search(low, word.end(), end)
                key = (word.group(), after.group() if after else "")
                candidates = memo.get(key)
                if candidates is None:
                    candidates = words_of._for_word(*key)
                if any(rx.match(plain, pos, end) for rx, _ in candidates):
                    out.append(i)
                    break
        return out

    def _may_claim_words(self, plain: str, sentences: list[tuple[int, int]]) -> bool:
        """Whether a cue or denial pattern matches in ``sentences``, word by word as
        ``_scan`` splits them (``_claim_sentences`` when lower-casing moves offsets)."""
        words_of = self._claim_words
        memo = words_of._memo
        for start, end in sentences:
            words = _word_starts(plain, start, end)
            for i, (pos, word) in enumerate(words):
                nxt = words[i + 1][1] if i + 1 < len(words) else ""
                candidates = memo.get((word, nxt))
                if candidates is None:
                    candidates = words_of._for_word(word, nxt)
                for rx, _ in candidates:
                    if rx.match(plain, pos, end):
                        return True
            for rx, _ in words_of._always:
                if rx.search(plain, start, end):
                    return True
        return False

    # ------------------------------------------------------------------ sentences

    def _scan(self, text: str, start: int, end: int, full: bool) -> dict[str, list]:
        """Every lexicon match in ``text[start:end]`` by category (cue, actor, filter,
        bound, verb, before); only the attribution verbs when ``full`` is false."""
        out: dict[str, list] = {}
        patterns = self._scan_all if full else self._scan_verbs
        memo = patterns._memo
        words = _word_starts(text, start, end)
        for i, (pos, word) in enumerate(words):
            nxt = words[i + 1][1] if i + 1 < len(words) else ""
            candidates = memo.get((word, nxt))
            if candidates is None:
                candidates = patterns._for_word(word, nxt)
            for rx, (category, tag) in candidates:
                m = rx.match(text, pos, end)
                if m:
                    hit = out.get(category)
                    if hit is None:
                        out[category] = [(m, tag)]
                    else:
                        hit.append((m, tag))
        for rx, (category, tag) in patterns._always:
            for m in rx.finditer(text, start, end):
                out.setdefault(category, []).append((m, tag))
        return out

    def _sentences(self, text: str, title_end: int) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        if title_end:
            out.append((0, title_end))
        pos = title_end + 1
        if pos >= len(text):
            return out
        if self._dateline:
            m = self._dateline.match(text, pos)
            if m:
                pos = m.end()
        start = pos
        abbrev = self._abbrev
        for m in _SENTENCE_END.finditer(text, pos):
            cut = m.start()
            if text[cut] == ".":
                # the word before the dot: from a short window when it holds a space, as
                # the whole sentence so far would give
                lo = max(start, cut - 40)
                token = text[lo : cut + 1].rsplit(None, 1)[-1]
                if lo > start and len(token) == cut + 1 - lo:
                    token = text[start : cut + 1].rsplit(None, 1)[-1]
                token = token.casefold().lstrip("\"'(")
                if token in abbrev or _INITIAL.fullmatch(token):
                    continue
            end = m.end()
            if text[start:end].strip():
                out.append((start, end))
            start = end
        if text[start:].strip():
            out.append((start, len(text)))
        return out

    def _segments(
        self, text: str, s_start: int, s_end: int, scan: dict[str, list]
    ) -> tuple[list[tuple[int, int]], dict[int, int]]:
        """The sentence's clauses, and for a clause that resumes after a relative clause
        the index of the clause it resumes (its actor and place may stand there)."""
        found = {m.start() for m, _ in scan.get("bound", ())}
        if self._bound_rx:
            found.update(m.start() for m in self._bound_rx.finditer(text, s_start, s_end))
        resumes: dict[int, int] = {}  # offset where a clause resumes -> relative clause start
        if self._relative:
            for m in self._relative.finditer(text, s_start, s_end):
                close = text.find(",", m.end(), s_end)
                later = [c for c in found if m.start() < c < (close if close >= 0 else s_end)]
                if close >= 0 and not later:
                    found.add(close)
                    resumes[close] = m.start()
        cuts = [s_start, *sorted(c for c in found if c > s_start), s_end]
        segments = [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]
        index = {a: i for i, (a, _) in enumerate(segments)}
        links = {
            index[at]: index[before] - 1
            for at, before in resumes.items()
            if at in index and before in index and index[before] > 0
        }
        # "... advanced after capturing the bridge at Tallan": a gerund clause has the
        # subject of the clause before it
        for i in range(1, len(segments)):
            if i not in links and _GERUND_CLAUSE.match(text, segments[i][0], segments[i][1]):
                links[i] = i - 1
        # "advanced on Tallan but have not entered it", "secured Kessa, and then pushed on":
        # a clause opening with a coordinator and a verb shares the subject before it
        # "our fighters, who entered Tallan and ...": a "who" clause's subject stands before it
        for i in range(1, len(segments)):
            if i not in links and _WHO_CLAUSE.match(text, segments[i][0], segments[i][1]):
                links[i] = i - 1
        if self._elided:
            cue_starts = sorted(m.start() for m, _ in scan.get("cue", ()))
            for i in range(1, len(segments)):
                a, b = segments[i]
                first = next((c for c in cue_starts if a <= c < b), None)
                if i not in links and first is not None and self._elided.fullmatch(text, a, first):
                    links[i] = i - 1
        return segments, links

    # ------------------------------------------------------------------ places

    def _landmark(self, text: str, mentions: list[Mention], i: int) -> bool:
        """Whether mention ``i`` (of the sorted mentions) only locates something: "20 km
        from Y", "X, in Y", "Y countryside". It carries no claim and "the city" skips it."""
        m = mentions[i]
        prev = mentions[i - 1] if i else None
        before = text[max(0, m.start - 60) : m.start]
        return bool(
            (self._locating and _ends_with(self._locating, before, 10))
            or (self._qualifier and self._qualifier.match(text[m.end : m.end + 20]))
            or (prev is not None and self._locator_gap.fullmatch(text[prev.end : m.start]))
        )

    def _places(
        self,
        text: str,
        s_start: int,
        s_end: int,
        mentions: list[Mention],
        in_title: bool,
        landmarks: _Landmarks,
        starts: list[int],
    ) -> list[_Place]:
        """Tracked places in the sentence: its mentions, and "the town" / "there" resolved
        to the last place named before them that is not a landmark (``starts``: the
        sorted mentions' start offsets, for bisection)."""
        first = bisect_left(starts, s_start)
        out = []
        for m in mentions[first:]:
            if m.start >= s_end:
                break
            if m.end <= s_end:
                out.append(_Place(m.start, m.end, m.place, m.city))
        corefs: list[tuple[int, int]] = []
        for rx in (self._coref, self._title_coref if in_title else None):
            if rx is None:
                continue
            for m in rx.finditer(text, s_start, s_end):
                if any(p.start <= m.start() < p.end for p in out):
                    continue
                if any(a <= m.start() < b or a < m.end() <= b for a, b in corefs):
                    continue
                after = text[m.end() : m.end() + 3]
                if any(p.start == m.end() + 1 for p in out) and after[:1] == " ":
                    continue  # "the northern city Aleppo": apposition names the place
                corefs.append((m.start(), m.end()))
        for a, b in corefs:
            i = bisect_left(starts, a) - 1
            while i >= 0 and (mentions[i].end > a or landmarks.get(mentions[i].start)):
                i -= 1
            if i >= 0:
                last = mentions[i]
                if (
                    last.place == last.city
                    and self._part_noun
                    and self._part_noun.search(text, a, b)
                ):
                    continue  # "the district" is a part of a city, not the city
                out.append(_Place(a, b, last.place, last.city))
        out.sort(key=lambda p: p.start)
        return out

    def _is_landmark(self, text: str, place: _Place, seg_start: int, landmarks: _Landmarks) -> bool:
        """A place named only to locate something else, or used as a qualifier."""
        known = landmarks.get(place.start)
        if known is not None:
            return known
        before = text[max(seg_start, place.start - 60) : place.start]
        if self._locating and _ends_with(self._locating, before, 10):
            return True
        if self._qualifier and self._qualifier.match(text, place.end):
            return True
        return bool(self._qualifier and self._qualifier.match(text[place.end : place.end + 20]))

    # ------------------------------------------------------------------ actors

    def _actors(
        self, text: str, start: int, end: int, scan: dict[str, list] | None = None
    ) -> list[_Actor]:
        found: list[tuple[int, int, int, _Actor]] = []  # (length, rank, start, actor)
        by_role: dict[str, list[re.Match[str]]] = {}
        matches = (
            self._all_actors.tagged(text, start, end)
            if scan is None
            else ((m, r) for m, r in scan.get("actor", ()) if start <= m.start() and m.end() <= end)
        )
        sides: dict[int, str] = {}
        for m, role in matches:
            if isinstance(role, tuple):  # ("side", key) configured, ("derived", key)
                sides[m.start() * 100_000 + m.end()] = role[1]
                role = role[0]
            by_role.setdefault(role, []).append(m)
        for m in by_role.get("side", ()):
            name = _norm(m.group())
            side: str | None = sides.get(m.start() * 100_000 + m.end(), self._actor_side.get(name))
            if name in self._lower_actors and m.group()[:1].isupper():
                # "Sudan Liberation Army": a lower-case actor word inside a longer name
                words = 0
                head = text[start : m.start()]
                while words < self._proper_min:
                    cap = _CAPWORD.search(head)
                    if not cap:
                        break
                    words += 1
                    head = head[: cap.start()]
                if words >= self._proper_min:
                    side = None
            found.append((m.end() - m.start(), 0, m.start(), _Actor(m.start(), m.end(), side)))
        named = [(f[3].start, f[3].end) for f in found]
        for m in by_role.get("derived", ()):
            if any(a < m.end() and m.start() < b for a, b in named):
                continue  # "Syrian rebels" is the configured "rebels", not "Syrian ..."
            side = sides.get(m.start() * 100_000 + m.end())
            found.append((m.end() - m.start(), 0, m.start(), _Actor(m.start(), m.end(), side)))
        named = [(f[3].start, f[3].end) for f in found]
        for m in by_role.get("non_side", ()):
            # a configured actor holding its first word wins ("Russian warplanes"); one
            # that begins inside it ("army units" in "Egyptian army units") is foreign
            if any(a <= m.start() < b for a, b in named):
                continue
            found.append((m.end() - m.start(), 1, m.start(), _Actor(m.start(), m.end(), None)))
        for m in by_role.get("generic", ()):
            norm = _norm(m.group())
            role = "anaphor" if norm in self._anaphoric else "speaker"
            if role == "anaphor" and norm.split(" ", 1)[0] in self._own:
                role = "own"  # "its fighters": the speaker's own side when it has one
            found.append(
                (m.end() - m.start(), 3, m.start(), _Actor(m.start(), m.end(), None, role))
            )
        for m in by_role.get("opponent", ()):
            found.append(
                (m.end() - m.start(), 2, m.start(), _Actor(m.start(), m.end(), None, "opponent"))
            )
        kept: list[_Actor] = []
        for _, _, _, actor in sorted(found, key=lambda f: (-f[0], f[1], f[2])):
            if all(actor.end <= k.start or actor.start >= k.end for k in kept):
                kept.append(actor)
        kept.sort(key=lambda a: a.start)
        # "RSF units", "militia fighters": a generic noun right after a named actor is it
        merged: list[_Actor] = []
        for actor in kept:
            prev = merged[-1] if merged else None
            if (
                prev is not None
                and actor.role == "speaker"
                and prev.role == "side"
                and _POSSESSIVE_GAP.fullmatch(text[prev.end : actor.start])
            ):
                merged[-1] = _Actor(prev.start, actor.end, prev.side, "side")
                continue
            merged.append(actor)
        return merged

    # ------------------------------------------------------------------ claimants

    def _resolve_side(self, claimant: str, feed: str, feed_side: str | None) -> str:
        text = claimant.translate(_ASCII)
        if self._first_person and self._first_person.match(text):
            return feed_side or self._feed_side.get(feed) or UNKNOWN  # "our tracking"
        owner = re.match(r"^(.*?)'s?\s+\w+", text)
        candidates = [owner.group(1), text] if owner else [text]
        for cand in candidates:  # "Free North Media's correspondent": the owner speaks
            if self._voices:
                best = None
                for m in self._voices.finditer(cand):
                    if best is None or len(m.group()) > len(best):
                        best = m.group()
                if best is None and "-" in cand:
                    # "the pro-militia outlet": a hyphen compound holding a voice or actor
                    # ("anti-militia" says the opposite and names no side)
                    loose = _HYPHEN_AGAINST.sub(" ", cand).replace("-", " ")
                    for m in self._voices.finditer(loose):
                        if best is None or len(m.group()) > len(best):
                            best = m.group()
                side = self._voice_of(best) if best is not None else None
                if side is not None:
                    return side
            norm = _norm(self._det_prefix.sub("", cand))
            if norm and re.search(rf"(?<!\w){re.escape(norm)}(?!\w)", feed.casefold()):
                return feed_side or self._feed_side.get(feed) or UNKNOWN
            tail = _SEPARATOR.split(cand)[-1]  # "Zamzam | Field commander"
            words = _norm(self._det_prefix.sub("", tail.strip())).split()
            # "the source" -> "military source"; "a Vela-based commander" or "a spokesperson
            # for the council" says more than the noun and names someone else
            if words and all(w in self._head_modifiers for w in words[:-1]):
                side = self._heads.get(_singular(words[-1]))
                if side:
                    return side
        return UNKNOWN

    def _voice_of(self, matched: str) -> str | None:
        """The side of the voice ``_voices`` matched as ``matched``.

        ``_voices`` folds case as ``re`` does ("İ" and "ı" match "i"), which casefold, the
        fold of the keys, does not always agree with ("İ" casefolds to "i" and a combining
        dot, "ı" stays "ı"): when the casefolded text is no key, the voice whose own phrase
        matches the whole text is the one the alternation took (the first in its order).
        None only if none does: a claimant spelled oddly never fails an item."""
        side = self._voice_side.get(_norm(matched))
        if side is not None:
            return side
        if self._voice_rxs is None:  # in _voices' order: longest phrase first
            phrases = [(_phrases([key]), v) for key, v in self._voice_side.items()]
            ordered = sorted([(p[0], v) for p, v in phrases if p], key=lambda x: -len(x[0]))
            self._voice_rxs = [(re.compile(p, re.I), v) for p, v in ordered]
        return next((s for rx, s in self._voice_rxs if rx.fullmatch(matched)), None)

    def _is_speaker(self, head: str, ctx: _ItemContext) -> bool:
        """Whether a headline's "X:" names a source: a known voice or actor, or a phrase
        ending in a speaker noun ("Rebel official"); not a topic ("Syria", "Analysis")."""
        if self.claimant_side(head, ctx.feed, ctx.feed_side) != UNKNOWN:
            return True
        words = _norm(head).split()
        return bool(words) and _singular(words[-1]) in self._speaker_nouns

    def _voice_ends(self, name: str) -> bool:
        """Whether ``name`` ends with a known voice or actor ("the militia")."""
        found = self._voices.findall(name) if self._voices else []
        return bool(found) and _norm(name).endswith(_norm(found[-1]))

    def _is_abbrev(self, s: str, dot: int) -> bool:
        """Whether the "." at ``dot`` ends a title or abbreviation ("Gen.", "Col.")."""
        token = s[: dot + 1].rsplit(None, 1)[-1].casefold().lstrip("\"'(")
        return token in self._abbrev or bool(_INITIAL.fullmatch(token))

    def _clean_claimant(self, s: str) -> str:
        s = s.strip(" ,;:\"'()")
        if self._trim_head:
            s = self._trim_head.sub("", s)
        if self._trim_tail:
            s = self._trim_tail.sub("", s)
        return s.strip(" ,;:\"'()")

    def _attributions(
        self,
        text: str,
        s_start: int,
        s_end: int,
        in_title: bool,
        ctx: _ItemContext,
        scan: dict[str, list],
        actor_scan: Callable[[], dict[str, list] | None],
        state: Callable[[], tuple[str | None, str | None]],
    ) -> list[_Attribution]:
        """The sentence's attributions in the order found (``_ItemRun.found`` sorts them
        and ``_claimants_after`` carries the last claimant on). ``scan`` needs only the
        "before" and "verb" matches; ``actor_scan`` gives what the whole-sentence scan
        had for actors, and ``state`` the (last claimant, last person) before the
        sentence: both are asked for only when a pronoun needs them."""
        out: list[_Attribution] = []
        if in_title:
            colon = text.find(": ", s_start, s_end)
            if 0 < colon - s_start <= 60:
                head = text[s_start:colon].strip()
                if _norm(head) not in self._kickers and self._is_speaker(head, ctx):
                    out.append(_Attribution(s_start, colon, colon, head))
            # "URGENT - militia fighters storm Tallan - witnesses": a trailing source
            dash = text.rfind(" - ", s_start, s_end)
            if dash > s_start:
                tail = text[dash + 3 : s_end].strip().rstrip(".!?").strip()
                if (
                    0 < len(tail) <= 60
                    and _norm(tail) not in self._kickers
                    and self._is_speaker(tail, ctx)
                ):
                    a2 = text.find(tail, dash + 3, s_end)
                    out.append(_Attribution(a2, a2 + len(tail), dash, tail))
        for m, _ in scan.get("before", ()):
            a = m.end()
            stop = self._name_end.search(text[a:s_end])
            b = a + (stop.start() if stop else s_end - a)
            name = self._clean_claimant(text[a:b])
            if name:
                a2 = text.find(name, a, b)
                out.append(_Attribution(a2, a2 + len(name), m.start(), name))
        for m, _ in scan.get("verb", ()):
            att = self._attribution_at(
                text, s_start, s_end, m.start(), m.end(), scan, actor_scan, state
            )
            if att:
                out.append(att)
        return out

    def _claimants_named(self, found: list[_Attribution]) -> tuple[str | None, str | None]:
        """The (last claimant, last person) that a sentence with attributions ``found`` (in
        the order found) names itself, None for either it does not: a pronoun names no one
        new, and "the army said" names no "he"."""
        last_claimant = last_person = None
        for att in found:
            if not any(rx and rx.match(att.text) for rx in (self._pronoun, self._group_pronoun)):
                last_claimant = att.text
                if _norm(self._det_prefix.sub("", att.text)) not in self._actor_side:
                    last_person = att.text
        return last_claimant, last_person

    def _claimants_after(
        self, found: list[_Attribution], state: tuple[str | None, str | None]
    ) -> tuple[str | None, str | None]:
        """(last claimant, last person) after a sentence with attributions ``found``,
        from ``state`` before it."""
        last_claimant, last_person = self._claimants_named(found)
        return (
            state[0] if last_claimant is None else last_claimant,
            state[1] if last_person is None else last_person,
        )

    def _attribution_at(
        self,
        text: str,
        s_start: int,
        s_end: int,
        v_start: int,
        v_end: int,
        scan: dict[str, list],
        actor_scan: Callable[[], dict[str, list] | None],
        state: Callable[[], tuple[str | None, str | None]],
    ) -> _Attribution | None:
        head = text[s_start:v_start]
        stops = [m.end() for m in self._name_start.finditer(head)]
        a = s_start + (stops[-1] if stops else 0)
        phrase = text[a:v_start]
        whole = len(phrase.split())
        if self._claimant_stop:
            cut = self._claimant_stop.search(phrase, 1)
            if cut:
                phrase = phrase[: cut.start()]
        if _PASSIVE_AUX.search(text, max(s_start, v_start - 12), v_start):
            return None  # "fighting was reported", "it is reported that": the publisher's
        name = self._clean_claimant(phrase)
        words = name.split()
        verb = text[v_start:v_end].casefold()
        noun_like = verb in self._noun_like
        after_comma = text[s_start:v_start].rstrip().endswith(",")
        if noun_like and any(
            m.end() <= a and not _CLAUSE_GAP.search(text, m.end(), a)
            for m, _ in scan.get("verb", ())
            if s_start <= m.start()
        ):
            return None  # "dismissed as propaganda militia claims that": what is dismissed
        if (
            (verb in self._adjectival or noun_like)
            and not after_comma
            and not self._adjectival_next.match(text, v_end, s_end)
        ):
            return None  # "made confirmed advances": an adjective, not "X confirmed"
        if (
            1 <= len(words) <= 12
            and not (self._att_verbs and self._att_verbs.search(name))
            and not self._not_a_name.search(name)
        ):
            if noun_like and (whole > 5 or not self._voice_ends(name)):
                return None  # "false reports", "Ukrainian reports", "posts on social media"
            a2 = text.rfind(name, a, v_start)
            if self._group_pronoun and self._group_pronoun.match(name):
                named = [
                    x
                    for x in self._actors(text, s_start, a, actor_scan())
                    if x.role == "side" and x.side
                ]
                who = text[named[-1].start : named[-1].end] if named else state()[0]
                return _Attribution(a2, a2 + len(name), v_start, who or name)
            if self._pronoun and self._pronoun.match(name):
                # "he said": the last named claimant (a person for "he"/"she", not "the
                # army"); an unnamed "she" stays herself
                who, person = state()
                if _norm(name) in self._personal and person:
                    who = person
                return _Attribution(a2, a2 + len(name), v_start, who or name)
            return _Attribution(a2, a2 + len(name), v_start, name)
        if name or (noun_like and not after_comma):
            return None  # (", says X" and ", reports X" close a headline or a sentence)
        # "The Observatory, a UK-based group that reports on the war, said"
        appos = _APPOSITION.search(head)
        if appos:
            np = self._clean_claimant(appos.group(1))
            if np and len(np.split()) <= 9:
                a2 = s_start + appos.start(1) + appos.group(1).find(np)
                full = f"{np}, {appos.group(2).strip()}"
                return _Attribution(a2, a2 + len(np), v_start, full)
        if verb in self._content_verbs:
            return None
        # "..., said the commander, Abu Yaman" / "“...,” said the official"
        tail = text[v_end:s_end]
        stop2 = self._name_end.search(tail)
        while stop2 and tail[stop2.start()] == "." and self._is_abbrev(tail, stop2.start()):
            stop2 = self._name_end.search(tail, stop2.end())  # "said Col. Omar Haddad"
        b = v_end + (stop2.start() if stop2 else len(tail))
        name = self._clean_claimant(text[v_end:b])
        if not name or len(name.split()) > 8 or self._not_a_name.search(name):
            return None
        a2 = text.find(name, v_end, b)
        # "said Oleksandr Kovalenko, spokesman for the Khartiia brigade, ...": the
        # apposition says whom the named person speaks for
        more = _APPOSITION_AFTER.match(text, b, s_end)
        if more and len(more.group(1).split()) <= 10:
            return _Attribution(a2, a2 + len(name), v_start, f"{name}, {more.group(1).strip()}")
        return _Attribution(a2, a2 + len(name), v_start, name)

    # ------------------------------------------------------------------ claims

    def _find_cues(self, scan: dict[str, list]) -> list[_Cue]:
        found = [
            _Cue(m.start(), m.end(), kind, mode, m.group())
            for m, (kind, mode) in scan.get("cue", ())
        ]
        kept: list[_Cue] = []
        for cue in sorted(found, key=lambda c: (c.start - c.end, c.start)):
            if all(cue.end <= k.start or cue.start >= k.end for k in kept):
                kept.append(cue)
        kept.sort(key=lambda c: c.start)
        return kept

    def _sentence_claims(
        self,
        text: str,
        s_start: int,
        s_end: int,
        places: list[_Place],
        attributions: list[_Attribution],
        ctx: _ItemContext,
        when: datetime,
        scan: dict[str, list],
    ) -> Iterable[tuple[Claim, bool]]:
        cues = self._find_cues(scan)
        hits = [(m.start(), m.end(), t) for m, t in scan.get("filter", ())]
        if not cues and not any(t == "denial" for _, _, t in hits):
            return []
        segments, links = self._segments(text, s_start, s_end, scan)
        actors = self._actors(text, s_start, s_end, scan)
        sentence = ctx.original[s_start:s_end]  # evidence as published (quotes unfolded)
        raw: list[tuple[_Cue, str, _Place, _Actor | None, _Attribution | None, str, str]] = []
        # "took Tallan, which overlooks the port, in 2016": the clause goes on after the
        # relative clause, so a date on either side of it dates the whole clause
        halves: dict[int, list[int]] = {}
        if self._relative:
            for j, i in links.items():
                if i == j - 2 and self._relative.match(text, segments[j - 1][0]):
                    halves.setdefault(i, []).append(j)
                    halves.setdefault(j, []).append(i)
        # "Tallan, which army units recaptured on Tuesday": the place a relative clause
        # hangs on, for a verb in it with no object of its own; not when the clause after
        # it goes on about that place ("Kessa, which the militia seized in May, was
        # retaken by ...": background to the news)
        antecedents: dict[int, _Place] = {}
        if self._place_relative:
            for k in range(1, len(segments)):
                if not self._place_relative.match(text, segments[k][0]):
                    continue
                before = [p for p in places if p.end <= segments[k][0]]
                if not before or text[before[-1].end : segments[k][0]].strip():
                    continue
                if k + 1 in halves.get(k - 1, ()):
                    a, b = segments[k + 1]
                    if any(a <= c.start < b for c in cues) and not any(
                        a <= p.start < b for p in places
                    ):
                        continue
                antecedents[k] = before[-1]
        for seg_i, (g_start, g_end) in enumerate(segments):
            seg_cues = [c for c in cues if g_start <= c.start < g_end]
            before_seg = len(raw)
            if not seg_cues:
                raw += self._report_denial(
                    text, seg_i, segments, places, attributions, hits, ctx, before_seg, raw
                )
                continue
            if any(c.mode in ("repel", "repelled") for c in seg_cues):
                seg_cues = [c for c in seg_cues if c.kind != "advancing"]
            seg_text = text[g_start:g_end]
            conditionals = [a for a, _, t in hits if t == "conditional" and g_start <= a < g_end]
            title_history = s_start < ctx.title_end and any(t == "history" for _, _, t in hits)
            # "Tallan, which army units took in 2016": the year dates the relative clause's
            # own verb (read from after "which", else it would only date a noun)
            rel = (
                self._place_relative.match(text, g_start)
                if self._place_relative and seg_i in antecedents
                else None
            )
            rel_end = rel.end() if rel else g_start
            if title_history or any(
                any(t == "history" and a0 <= a < b0 for a, _, t in hits)
                or self._is_history(text[a0:b0], when, places, a0)
                for a0, b0 in [(rel_end, g_end), *(segments[k] for k in halves.get(seg_i, ()))]
            ):
                continue
            # "had seized Tallan months ago": a past time with the pluperfect is history
            if (
                self._pluperfect
                and any(t == "past" and g_start <= a < g_end for a, _, t in hits)
                and self._pluperfect.search(seg_text)
            ):
                continue
            denial = any(t == "denial" and g_start <= a < g_end for a, _, t in hits)
            for cue in seg_cues:
                # "withdrew from Tallan under fire": fire as the circumstance of the verb
                # before it (with at most its one place between) is no strike claim
                prior = [c for c in seg_cues if c.kind != "strike" and c.end <= cue.start]
                if (
                    cue.kind == "strike"
                    and cue.mode == "passive"
                    and prior
                    and sum(prior[-1].end <= p.start < cue.start for p in places) <= 1
                ):
                    continue
                # a repelled attempt is no plan ("beat back fighters who attempted to ...")
                upto = cue.start if cue.mode in ("repel", "repelled") else cue.end
                if any(t == "plan" and g_start <= a and b <= upto for a, b, t in hits):
                    continue
                # "if ... falls", "its capture would open": before the cue, or after it in
                # the same comma chunk ("..., in what would be a blow" is only a comment)
                if any(a < cue.start or "," not in text[cue.end : a] for a in conditionals):
                    continue
                inf = _ends_with(
                    self._infinitive, text[max(g_start, cue.start - 40) : cue.start], 3
                )
                if inf and not inf.group(1):
                    continue  # "vowed to retake", "ordered to withdraw": an aim
                kind = cue.kind
                negated = self._negated(text, g_start, cue, hits)
                lost = False  # "denied losing Tallan (to the militia)": the winner is denied
                if kind in GAIN_KINDS and (negated or denial):
                    kind = "denied"  # "had not entered", "denied that ... took"
                elif (
                    kind == "withdrew"
                    and (negated or denial)
                    and self._loss_cue
                    and self._loss_cue.fullmatch(cue.text)
                ):
                    kind, lost = "denied", True
                elif negated or (denial and kind in ("strike", "withdrew")):
                    continue  # a denied strike or withdrawal is no claim
                att = self._choose_attribution(text, attributions, segments, seg_i, cue)
                claimant, claimant_side = self._claimant(att, ctx)
                for place, actor, side in self._bind(
                    text,
                    cue,
                    (g_start, g_end),
                    places,
                    actors,
                    claimant_side,
                    cues,
                    kind,
                    ctx.landmarks,
                    [(x.start, x.end) for x in attributions if x.verb <= cue.start],
                    [(x.start, x.end) for x in attributions],
                    segments[links[seg_i]] if seg_i in links else None,
                    [(p, s) for _, k, p, _, _, _, s in raw if k in GAIN_KINDS and s],
                    antecedents.get(seg_i),
                ):
                    if cue.mode == "inner" and any(
                        g[0] == place.place and g[2] == side for g in ctx.gains
                    ):
                        continue  # "footage shows ..." only supports a gain already told
                    if lost:  # no actor: the speaker lost it, and _bind gave its opponent
                        side = self._winner(text, place, actors, g_end, side, actor is None)
                        if not side:
                            continue
                    raw.append((cue, kind, place, actor, att, claimant, side or ""))
            if not any(k in GAIN_KINDS or k == "denied" for _, k, *_ in raw[before_seg:]):
                raw += self._report_denial(
                    text, seg_i, segments, places, attributions, hits, ctx, before_seg, raw
                )
        # precedence inside the sentence
        keys = {(p.place, side, kind) for _, kind, p, _, _, _, side in raw}
        for _cue, kind, place, actor, att, claimant, side in raw:
            if any(
                drop == kind and (place.place, side, keep) in keys
                for keep, drop in self._precedence
            ):
                continue
            claimant_side = (
                self.claimant_side(claimant, ctx.feed, ctx.feed_side)
                if att
                else (ctx.feed_side or UNKNOWN)
            )
            if kind in GAIN_KINDS:
                ctx.gains.append((place.place, place.city, side, claimant_side))
            yield (
                Claim(
                    place=place.place,
                    city=place.city,
                    side=side,
                    kind=kind,
                    claimant=claimant,
                    claimant_side=claimant_side,
                    sentence=sentence,
                    sentence_start=s_start,
                    place_span=(
                        (place.start - s_start, place.end - s_start) if place.start >= 0 else None
                    ),
                    side_span=(actor.start - s_start, actor.end - s_start) if actor else None,
                    kind_span=(_cue.start - s_start, _cue.end - s_start),
                    claimant_span=(
                        (att.start - s_start, att.end - s_start)
                        if att and s_start <= att.start < s_end
                        else None
                    ),
                ),
                att is not None,
            )

    def _report_denial(
        self,
        text: str,
        seg_i: int,
        segments: list[tuple[int, int]],
        places: list[_Place],
        attributions: list[_Attribution],
        hits: list[tuple[int, int, str]],
        ctx: _ItemContext,
        before_seg: int,
        raw: list,
    ) -> list:
        """A denial that names no gain ("rejected the claim", "denied that there were any
        clashes inside the village") denies the latest gain the item reported, by another
        side, about the place it names (or about any place when it names a report)."""
        g_start, g_end = segments[seg_i]
        denials = [(a, b) for a, b, t in hits if t == "denial" and g_start <= a < g_end]
        if not denials or not ctx.gains:
            return []
        a0, b0 = denials[0]
        if not self._denial_object or not self._denial_object.search(text, a0, g_end):
            return []  # "denied access to ...", "denied targeting civilians"
        cue = _Cue(a0, b0, "denied", "report")
        att = self._choose_attribution(text, attributions, segments, seg_i, cue)
        claimant, claimant_side = self._claimant(att, ctx)
        if claimant_side == UNKNOWN:
            return []
        named = [
            p
            for p in places
            if g_start <= p.start < g_end
            and not self._is_landmark(text, p, g_start, ctx.landmarks)
            and not any(x.start <= p.start < x.end for x in attributions)
        ]
        names = {p.place for p in named}
        for place, city, side, by in reversed(ctx.gains):
            if by == claimant_side or side == claimant_side or (names and place not in names):
                continue
            at = next((p for p in named if p.place == place), None)
            spot = at or _Place(-1, -1, place, city)
            return [(cue, "denied", spot, None, att, claimant, side)]
        return []

    def _is_history(
        self, seg_text: str, when: datetime, places: list[_Place], g_start: int
    ) -> bool:
        year = when.year
        if self._months and not self._month_index.keys().isdisjoint(
            _KEY_WORD.findall(seg_text.lower())
        ):
            for m in self._months.finditer(seg_text):
                month = self._month_of(m.group(1)) or when.month
                if (when.month - month) % 12 >= self._months_back:
                    return True
        if self._years and _FOUR_DIGITS.search(seg_text):
            for m in self._years.finditer(seg_text):
                if self._relative_word and self._relative_word.search(seg_text, 0, m.start()):
                    continue  # "the war which erupted in 2011" dates the war
                if self._year_comparison and self._year_comparison.search(
                    seg_text[max(0, m.start(1) - 90) : m.start(1)]
                ):
                    continue  # "the first such gain since 2019" compares, it dates nothing
                y = int(m.group(1))
                at = g_start + m.start(1)
                if y < year and not any(p.start <= at < p.end for p in places):
                    return True
        return False

    def _month_of(self, matched: str) -> int | None:
        """The month (1-12) ``_months`` matched as ``matched``: by its casefold, else by the
        first month pattern that matches it whole (``re`` folds case its own way: "ı" in
        a month matches "i"); None if none does."""
        month = self._month_index.get(matched.casefold())
        if month is None:
            month = next(
                (i for m, i in self._month_index.items() if re.fullmatch(m, matched, re.I)),
                None,
            )
        return month

    def _negated(
        self, text: str, g_start: int, cue: _Cue, hits: list[tuple[int, int, str]]
    ) -> bool:
        """A negation among the ``negation_window`` words before the cue in its clause."""
        negations = [a for a, b, t in hits if t == "negation" and g_start <= a and b <= cue.start]
        if not negations:
            return False
        starts = [m.start() for m in _WORD.finditer(text, g_start, cue.start)]
        window = starts[-self._neg_window] if len(starts) >= self._neg_window else g_start
        return any(a >= window for a in negations)

    def _choose_attribution(
        self,
        text: str,
        attributions: list[_Attribution],
        segments: list[tuple[int, int]],
        seg_i: int,
        cue: _Cue,
    ) -> _Attribution | None:
        if not attributions:
            return None
        g_start, g_end = segments[seg_i]
        own = [a for a in attributions if g_start <= a.verb < g_end]
        if own:
            before = [a for a in own if a.verb <= cue.start]
            return before[-1] if before else own[0]
        before = [a for a in attributions if a.verb < g_start]
        if before:
            return before[-1]
        for a in attributions:  # ", the Observatory said." closing the sentence
            if a.verb >= g_end:
                seg = next((s for s in segments if s[0] <= a.verb < s[1]), None)
                if seg and self._relative and self._relative.match(text, seg[0]):
                    continue
                return a
        return None

    def _claimant(self, att: _Attribution | None, ctx: _ItemContext) -> tuple[str, str]:
        if att is None:
            return ctx.feed, ctx.feed_side or UNKNOWN
        return att.text, self.claimant_side(att.text, ctx.feed, ctx.feed_side)

    def _bind(
        self,
        text: str,
        cue: _Cue,
        seg: tuple[int, int],
        places: list[_Place],
        actors: list[_Actor],
        claimant_side: str,
        cues: list[_Cue],
        kind: str,
        landmarks: _Landmarks,
        speakers: list[tuple[int, int]],
        all_speakers: list[tuple[int, int]],
        resumed: tuple[int, int] | None = None,
        gained: Sequence[tuple[_Place, str]] = (),
        antecedent: _Place | None = None,
    ) -> list[tuple[_Place, _Actor | None, str | None]]:
        """The places a cue is about, its actor and that actor's side.

        ``speakers`` are claimant spans before the cue: "Malahifji, of the Fastaqim rebel
        group, denied ..." names the speaker, not the subject of what he denies.
        ``resumed`` is the clause this one resumes after a relative clause: its places and
        actors count as standing just before this clause. ``gained`` are the (place, side)
        of the gains the sentence told before this cue: "took Tallan after the militia
        pulled out" is a withdrawal from Tallan. ``antecedent`` is the place a relative
        clause (this one) hangs on: "Tallan, which they took on Monday"."""
        g_start, g_end = seg
        scopes = [seg] if resumed is None else [resumed, seg]
        seg_places = [
            p
            for p in places
            if any(a <= p.start and p.end <= b for a, b in scopes)
            and not any(s <= p.start and p.end <= e for s, e in all_speakers)
        ]
        elided: _Place | None = None
        if not seg_places and cue.mode == "repel":
            # "..., while the army said they had repelled the assault": the place of the
            # clause before
            earlier = [
                p
                for p in places
                if p.end <= g_start
                and not self._is_landmark(text, p, p.start, landmarks)
                and not any(s <= p.start and p.end <= e for s, e in all_speakers)
            ]
            if earlier:
                elided = earlier[-1]
        # a withdrawal naming no place it left ("... after the militia pulled out"): about the
        # place named before it in its clause, else the one the sentence told another side
        # gained (``_bare_withdrawn``)
        bare = (
            kind == "withdrew"
            and cue.mode == "active"
            and self._bare_withdrawal is not None
            and self._bare_withdrawal.match(text, cue.end, g_end) is not None
        )
        if not seg_places and elided is None and not (bare and gained) and antecedent is None:
            return []
        seg_actors = [a for a in actors if any(x <= a.start and a.end <= y for x, y in scopes)]
        passive = cue.mode in ("passive", "state")
        inferred = False  # an active cue read as passive ("Tallan was cleared of ...")
        if cue.mode == "active" and cue.kind != "denied":
            before = text[max(g_start, cue.start - 25) : cue.start]
            first = text[cue.start : cue.end].split()[0].casefold()
            participle = first.endswith(self._participle_endings) or first in self._participles
            if (
                participle
                and _ends_with(self._aux_before, before, 3)
                or self._agent_after.match(text, cue.end, min(g_end, cue.end + 12))
                and not any(p.start >= cue.end for p in seg_places)
            ):
                passive = inferred = True
        targets: list[_Place] = []
        if passive:
            prev = [p for p in seg_places if p.end <= cue.start + 1]
            if prev:
                p = prev[-1]
                gap = text[p.end : cue.start]
                if resumed is not None and p.end <= resumed[1]:
                    gap = text[p.end : resumed[1]] + " " + text[g_start : cue.start]
                # "near the city of X, the last stronghold of Y": an apposition names the
                # status of the place, even one that only locates
                appos = cue.kind == "holding" and _APPOSED.fullmatch(gap)
                # "Tallan is calm" / "the situation in Tallan is calm": a state is about the
                # place only when the place opens its clause ("markets in Tallan are quiet")
                opens = cue.mode != "state" or bool(
                    self._state_subject.fullmatch(text, g_start, p.start)
                )
                if (
                    opens
                    and len(_WORD.findall(gap)) <= 8
                    and not _POSSESSED.match(gap)  # "Tallan's airport falls": the airport
                    and (appos or not self._is_landmark(text, p, g_start, landmarks))
                ):
                    targets.append(p)
                    # "Kessa and Tallan remain in the hands of ...": coordinated subjects
                    for q in reversed(prev[:-1]):
                        gap = text[q.end : targets[-1].start]
                        if not _COORD_GAP.fullmatch(gap) or self._is_landmark(
                            text, q, g_start, landmarks
                        ):
                            break
                        targets.append(q)
            if not targets:
                inside = [p for p in seg_places if cue.start <= p.start < cue.end]
                targets.extend(inside[:1])
            if (
                not targets
                and antecedent is not None
                and cue.mode == "passive"
                and len(_WORD.findall(text, g_start, cue.start)) <= 4
            ):
                targets.append(antecedent)  # "Tallan, which fell to the militia on Monday"
        else:
            max_gap = 12 if cue.kind == "strike" else 8
            located = -1  # end of a place skipped as a landmark
            for p in seg_places:
                if p.start < cue.start:
                    continue
                if located >= 0 and _COORD_GAP.fullmatch(text[located : p.start]):
                    located = p.end  # "the road between Kessa and Tallan"
                    continue
                gap = text[cue.end : p.start] if p.start >= cue.end else ""
                if len(_WORD.findall(gap)) > max_gap:
                    break
                obj = self._object_end.split(gap, 1)[0]
                if (
                    cue.kind != "strike"
                    and cue.mode != "inner"
                    and self._non_place
                    and self._non_place.search(obj)
                ):
                    break
                if self._modifier and self._modifier.match(text, p.end):
                    break  # "took Tallan suburb": the object is the suburb, not Tallan
                if (
                    cue.kind == "withdrew"
                    and self._destination
                    and _WORD.search(gap)
                    and _ends_with(self._destination, gap, 8)
                ):
                    located = p.end  # "fled to Mirva": where they went, not what they left
                    continue
                # right after its cue ("advancing towards Huliaipole") a place is its object
                if _WORD.search(gap) and self._is_landmark(text, p, g_start, landmarks):
                    located = p.end
                    continue
                targets.append(p)
                break
            if targets:  # coordinated places: "in Rastan and Talbiseh"
                last = targets[0]
                for p in seg_places:
                    if p.start < last.end:
                        continue
                    gap = text[last.end : p.start]
                    joined = self._coordinator.search(gap)
                    if len(_WORD.findall(gap)) > 6 or not (joined or "," in gap):
                        break
                    if not joined and self._coordination_prep.search(gap):
                        break
                    if self._coordination_stop.search(gap) or any(
                        last.end <= c.start < p.start for c in cues
                    ):
                        break
                    if self._is_landmark(text, p, g_start, landmarks):
                        break
                    targets.append(p)
                    last = p
        if not targets and not passive:
            # "Pokrovsk is holding", "X fully liberated, ..." (a headline): nothing follows the
            # cue in its clause, so the place before it is what it is about
            rest = [w.casefold() for w in _WORD.findall(text[cue.end : g_end].split(",")[0])]
            while rest and rest[0] in self._possessives:
                rest = rest[1:]
            first = text[cue.start : cue.end].split()[0].casefold()
            ends = not rest or (cue.kind == "holding" and rest[0] in self._holding_objects)
            if ends and (cue.kind == "holding" or first.endswith(self._participle_endings)):
                prev = [p for p in seg_places if p.end <= cue.start]
                if prev:
                    p = prev[-1]
                    if len(_WORD.findall(text[p.end : cue.start])) <= 6 and not self._is_landmark(
                        text, p, g_start, landmarks
                    ):
                        targets.append(p)
                        passive = cue.kind != "holding"
        bare_from: str | None = None  # the side that gained the place a withdrawal left
        if not targets and not passive and bare:
            found = self._bare_withdrawn(
                text, cue, g_start, seg_places, seg_actors, cues, gained, landmarks
            )
            if found is not None:
                targets.append(found[0])
                bare_from = found[1]
        if (
            not targets
            and not passive
            and antecedent is not None
            and cue.mode == "active"
            and any(g_start <= a.start and a.end <= cue.start for a in seg_actors)
            and self._no_object(text, cue.end, g_end)
        ):
            targets.append(antecedent)  # "Tallan, which army units recaptured on Tuesday"
        if not targets and not passive and cue.kind == "strike":
            # "In El Fasher, a drone launched by the RSF struck the hospital"
            for p in seg_places:
                if p.start >= cue.start:
                    break
                if self._fronted.match(text[g_start : p.start]) and self._fronted_after.match(
                    text, p.end, p.end + 16
                ):
                    targets.append(p)
                    break
        if not targets and elided is not None:
            targets.append(elided)
        if not targets:
            return []
        # the actor
        actor: _Actor | None = None
        if passive:
            # "in rebel hands" (inside), "the army's last stronghold" (owner before the cue),
            # "fell to the rebels" (after), then any actor between place and cue
            free = [a for a in seg_actors if not any(s <= a.start < e for s, e in all_speakers)]
            inside = [a for a in free if cue.start <= a.start < cue.end]
            between = [a for a in free if targets[0].end <= a.start and a.end <= cue.start]
            owner = [a for a in between if text.startswith("'", a.end)]
            # "Tallan was cleared of militia remnants": after an active cue read as passive,
            # an actor after "of" or "from" is what the place was taken from, not the agent
            after = [
                a
                for a in free
                if a.start >= cue.end
                and not (inferred and self._is_object(text, g_start, a.start, agent_ok=True))
            ]
            for group, pick in ((inside, 0), (owner, -1), (after, 0), (between, -1)):
                if group:
                    actor = group[pick]
                    break
        elif cue.mode == "inner":
            # "images purporting to show militia fighters in Tallan", "the withdrawal of
            # militia fighters from Kessa": the actor stands inside the cue
            shown = [a for a in seg_actors if cue.start <= a.start and a.end <= targets[0].start]
            actor = shown[0] if shown else None
        elif cue.mode == "repelled":
            # the defender: "by the army" after the cue, else the speaker's own side
            by = [
                a
                for a in seg_actors
                if a.start >= cue.end and self._agent_after.match(text[cue.end : a.start] + " ")
            ]
            actor = by[0] if by else None
        else:
            # "Israeli strikes hit ...": a strike's actor may hold the cue word itself
            prior = [
                a
                for a in seg_actors
                if a.end <= cue.start + 1 or (cue.kind == "strike" and a.start < cue.start < a.end)
            ]
            # "an attempt by militia fighters to ..." names an agent, not the subject
            # "foiled the militia attack on X and remain in control": the attackers named
            # inside a repel cue are its object, never the subject of a later verb
            subjects = [
                a
                for a in prior
                if not self._is_object(text, g_start, a.start)
                and not any(s <= a.start and a.end <= e for s, e in speakers)
                and not any(
                    c.mode in ("active", "repel")
                    and c.start < a.start
                    and a.end <= c.end
                    and c is not cue
                    for c in cues
                )
                # "pushed the enemy out of X and restored control over it": the object of
                # an earlier verb is not the subject of the next one
                and not any(
                    c.mode in ("active", "repel")
                    and c.end <= a.start
                    and c.start < cue.start
                    and _OBJECT_GAP.fullmatch(text, c.end, a.start)
                    for c in cues
                )
            ]
            # a denial's speaker ("the militia commander said reports of the fall of Mirva
            # were fabricated") is not what it denies; "the army announced a withdrawal"
            # is about the army
            if kind == "denied":
                prior = [
                    a for a in prior if not any(s <= a.start and a.end <= e for s, e in speakers)
                ]
            actor = subjects[-1] if subjects else (prior[-1] if prior else None)
            if actor is None and cue.kind == "strike":
                # "the shells that hit Tallan ... were fired by the militia"
                actor = next(
                    (
                        a
                        for a in seg_actors
                        if a.start >= cue.end
                        and _FIRED_BY.search(text, max(cue.end, a.start - 40), a.start)
                    ),
                    None,
                )
        side = self._actor_side_of(actor, actors, kind, cue, claimant_side, seg)
        if bare_from is not None and side == bare_from:
            return []  # the gainer's own side pulling out: it did not leave what it gained
        return [(p, actor, side) for p in targets] if side else []

    def _bare_withdrawn(
        self,
        text: str,
        cue: _Cue,
        g_start: int,
        seg_places: list[_Place],
        seg_actors: list[_Actor],
        cues: list[_Cue],
        gained: Sequence[tuple[_Place, str]],
        landmarks: _Landmarks,
    ) -> tuple[_Place, str | None] | None:
        """The place a withdrawal that names none left, and the side that gained it (None
        when no gain told): the last place between an actor and the cue in its clause that
        no other kind's cue acts on ("militia fighters in Tallan abandoned their positions";
        not "Tallan liberated, enemy flees"), else the last place the sentence told a side
        gained before it, the withdrawal's clause hanging on that gain by a link word
        ("army units took Tallan after the militia pulled out"; not ", and the enemy fled",
        a clause of its own)."""
        for p in reversed(seg_places):
            if p.end > cue.start or p.start < g_start:
                continue
            if self._is_landmark(text, p, g_start, landmarks):
                continue
            if not any(g_start <= a.start and a.end <= p.start for a in seg_actors):
                break
            if any(
                g_start <= c.start < p.start
                and c.kind not in ("withdrew", "holding")
                and (c.kind == "strike" or not self._same_subject(text, p.end, cue.start))
                for c in cues
            ):
                break  # "the militia shelled Kessa and withdrew": Kessa is the shelling's
            return p, None
        if self._bare_link is None:
            return None
        earlier = [
            (p, side)
            for p, side in gained
            if p.end <= cue.start and self._bare_link.search(text, p.end, cue.start)
        ]
        return earlier[-1] if earlier else None

    def _no_object(self, text: str, start: int, end: int) -> bool:
        """Whether a verb ending at ``start`` has no object before ``end``: nothing, a
        preposition ("took from the militia"), or only the times and manners a bare
        withdrawal allows ("recaptured on Tuesday")."""
        rest = text[start:end]
        if not _WORD.search(rest) or self._object_end.match(rest.lstrip()):
            return True
        return bool(self._bare_withdrawal and self._bare_withdrawal.match(text, start, end))

    def _same_subject(self, text: str, start: int, cue_start: int) -> bool:
        """Whether the withdrawal at ``cue_start`` is a second verb of the subject before
        ``start``: "entered Tallan on Monday and withdrew the next morning" left the place it
        entered; not "stormed Tallan, residents flee" (a comma, another subject)."""
        if self._elided is None or "," in text[start:cue_start]:
            return False
        return any(
            self._elided.fullmatch(text, m.start(), cue_start)
            for m in _WORD.finditer(text, start, cue_start)
        )

    def _is_object(self, text: str, g_start: int, at: int, agent_ok: bool = False) -> bool:
        """Whether an actor at ``at`` follows "by", "of", ... (not "units of the army"; not
        "by" either when ``agent_ok``: the agent of a passive)."""
        m = _ends_with(self._not_subject, text[max(g_start, at - 60) : at], 4)
        if not m:
            return False
        prep = m.group("prep").casefold()
        if agent_ok and prep in self._agent_words:
            return False
        noun = (m.group("noun") or "").casefold()
        return not (prep in self._collective_links and noun in self._collective)

    def _winner(
        self,
        text: str,
        place: _Place,
        actors: list[_Actor],
        g_end: int,
        side: str | None,
        is_winner: bool = False,
    ) -> str | None:
        """Who would have gained a place a side denies losing: "to ACTOR" after the place,
        else the loser's (``side``) opponent, or ``side`` itself when ``is_winner``."""
        for a in actors:
            if place.end <= a.start < g_end and a.role == "side":
                if _TO_BEFORE.search(text, place.end, a.start):
                    return a.side
                break
        if is_winner or not side:
            return side
        return self._opponent_of(side)

    def _opponent_of(self, side: str) -> str | None:
        others = [k for k in self.config.sides if k != side]
        return others[0] if side in self.config.sides and len(others) == 1 else None

    def _actor_side_of(
        self,
        actor: _Actor | None,
        actors: list[_Actor],
        kind: str,
        cue: _Cue,
        claimant_side: str,
        seg: tuple[int, int],
    ) -> str | None:
        """The side an actor stands for; None when the statement has no configured side."""
        speaker = claimant_side if claimant_side in self.config.sides else None
        if actor is None:
            if cue.kind == "holding":
                return speaker  # "the town remains secure", said by its defenders
            if kind == "denied" and speaker:
                return self._opponent_of(speaker)  # "Wad Madani has not fallen"
            if self._speaker_cue and self._speaker_cue.match(cue.text):
                return speaker  # "liberated" is what a side says of its own gains
            return None
        if actor.role == "side":
            return actor.side
        if actor.role == "opponent":
            return self._opponent_of(speaker) if speaker else None
        if actor.role == "own" and speaker:
            return speaker  # "the militia said army units shelled X and its fighters hold it"
        if actor.role in ("anaphor", "own"):
            named = [
                a for a in actors if a.role == "side" and seg[0] <= a.start and a.end <= actor.start
            ]
            if named:
                return named[-1].side
        return speaker


@dataclass(slots=True)
class _ItemContext:
    feed: str
    feed_side: str | None
    title_end: int = 0  # the headline is text[:title_end]
    landmarks: _Landmarks = field(default_factory=lambda: _Landmarks())
    original: str = ""  # Entry.text before folding quotes (same offsets)
    gains: list[tuple[str, str, str, str]] = field(default_factory=list)  # place, city, side, by


class _Landmarks:
    """Mention start -> whether that mention only locates (``Extractor._landmark``),
    worked out the first time a claim asks: most mentions of an item never are."""

    __slots__ = ("_extractor", "_text", "_mentions", "_index", "_memo")

    def __init__(
        self, extractor: Extractor | None = None, text: str = "", mentions: Sequence = ()
    ) -> None:
        self._extractor = extractor
        self._text = text
        self._mentions = mentions
        self._index = {m.start: i for i, m in enumerate(mentions)}  # the last one per start
        self._memo: dict[int, bool] = {}

    def get(self, start: int, default: bool | None = None) -> bool | None:
        i = self._index.get(start)
        if i is None or self._extractor is None:
            return default
        hit = self._memo.get(i)
        if hit is None:
            hit = self._memo[i] = self._extractor._landmark(self._text, self._mentions, i)
        return hit


class _NeedState(Exception):
    """A sentence's attributions read the claimant named before it (a pronoun)."""


def _no_state() -> tuple[str | None, str | None]:
    raise _NeedState


_Claimants = tuple[str | None, str | None]  # (last claimant, last person)


class _ItemRun:
    """One item's sentences, read lazily for ``Extractor.extract``: a sentence's places,
    scan and attributions are computed the first time a claim needs them, and the
    claimant a pronoun stands for by walking back only to the sentence that names it.
    Every answer is the one reading all sentences in order would give."""

    __slots__ = (
        "_ex", "_text", "_plain", "_sentences", "_mentions", "_starts", "_ctx",
        "_places", "_scans", "_verbs", "_found", "_state",
    )  # fmt: skip

    def __init__(
        self,
        extractor: Extractor,
        text: str,
        plain: str,
        sentences: list[tuple[int, int]],
        mentions: list[Mention],
        ctx: _ItemContext,
    ) -> None:
        self._ex = extractor
        self._text = text  # quote marks kept (attributions)
        self._plain = plain  # quote marks blanked (places, scans)
        self._sentences = sentences
        self._mentions = mentions
        self._starts = [m.start for m in mentions]
        self._ctx = ctx
        self._places: dict[int, list[_Place]] = {}
        self._scans: dict[int, dict[str, list]] = {}
        self._verbs: dict[int, dict[str, list]] = {}
        self._found: dict[int, tuple[list[_Attribution], list[_Attribution]]] = {}
        self._state: dict[int, _Claimants] = {0: (None, None)}  # before sentence i

    def places(self, i: int) -> list[_Place]:
        hit = self._places.get(i)
        if hit is None:
            a, b = self._sentences[i]
            hit = self._places[i] = self._ex._places(
                self._plain,
                a,
                b,
                self._mentions,
                a < self._ctx.title_end,
                self._ctx.landmarks,
                self._starts,
            )
        return hit

    def scan(self, i: int) -> dict[str, list]:
        """The sentence's scan: every category when it names a place, else the verbs."""
        hit = self._scans.get(i)
        if hit is None:
            full = bool(self.places(i))
            hit = self._verbs.get(i) if not full else None
            if hit is None:
                a, b = self._sentences[i]
                hit = self._ex._scan(self._plain, a, b, full=full)
            self._scans[i] = hit
        return hit

    def _verb_scan(self, i: int) -> dict[str, list]:
        """A scan with the sentence's "before" and "verb" matches: those are the same in
        the full scan and the verbs-only one (the same patterns, in the same order)."""
        hit = self._scans.get(i)
        if hit is None:
            hit = self._verbs.get(i)
        if hit is None:
            a, b = self._sentences[i]
            hit = self._verbs[i] = self._ex._scan(self._plain, a, b, full=False)
        return hit

    def _actor_scan(self, i: int) -> dict[str, list] | None:
        scan = self.scan(i)
        return scan if "actor" in scan else None

    def _attributions(self, i: int, state: Callable[[], _Claimants]) -> list[_Attribution]:
        """Sentence ``i``'s attributions in the order found, memoised."""
        hit = self._found.get(i)
        if hit is None:
            a, b = self._sentences[i]
            raw = self._ex._attributions(
                self._text,
                a,
                b,
                a < self._ctx.title_end,
                self._ctx,
                self._verb_scan(i),
                lambda: self._actor_scan(i),
                state,
            )
            hit = self._found[i] = (sorted(raw, key=lambda x: x.verb), raw)
        return hit[1]

    def _probe(self, i: int) -> list[_Attribution] | None:
        """Sentence ``i``'s attributions, or None when they depend on the claimant named
        before the sentence (a pronoun)."""
        try:
            return self._attributions(i, _no_state)
        except _NeedState:
            return None

    def found(self, i: int) -> list[_Attribution]:
        """Sentence ``i``'s attributions, sorted by verb."""
        self._attributions(i, lambda: self.state_before(i))
        return self._found[i][0]

    def state_before(self, k: int) -> _Claimants:
        """(last claimant, last person) as reading sentences 0..k-1 leaves them: walk back
        to the nearest sentence that names both without a pronoun, then forward."""
        memo, ex = self._state, self._ex
        j = k
        while j not in memo:
            raw = self._probe(j - 1)
            if raw:
                last, person = ex._claimants_named(raw)
                if last is not None and person is not None:
                    memo[j] = (last, person)
                    break
            j -= 1
        state = memo[j]
        for t in range(j, k):
            memo[t] = state
            raw = self._attributions(t, lambda t=t: memo[t])
            state = ex._claimants_after(raw, state)
        memo[k] = state
        return state


def _ends_with(rx: re.Pattern[str], s: str, words: int) -> re.Match[str] | None:
    """``rx`` (anchored with ``$``) matching from one of the last ``words`` word starts of
    ``s``: the same answer as ``rx.search(s)`` for a tail of at most that many words, and
    far cheaper than trying every position of a long window."""
    pos = len(s)
    best = None
    for _ in range(words):
        cut = s.rfind(" ", 0, pos)
        while cut > 0 and s[cut - 1] == " ":
            cut -= 1
        start = cut + 1 if cut >= 0 else 0
        m = rx.match(s, start)
        if m:
            best = m
        if cut < 0:
            break
        pos = cut
    return best


def _singular(word: str) -> str:
    """ "sources" -> "source"; leaves "news", "ss", "us", "is" endings alone."""
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ews")):
        return word[:-1]
    return word
