"""Find tracked places in text: whole words, any case, any accents, any script.

One Aho-Corasick automaton holds every name, alias and sub-place, folded (casefolded,
accents and Arabic vowel marks dropped). Text is folded the same way, with a map from
folded offsets back to the original, so each hit can be checked for word boundaries and
reported at its place in the text the user sees. A regex alternation of 1,000 names is ~30x
slower (DESIGN.md, "Measured facts").
"""

from __future__ import annotations

import bisect
import difflib
import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence

import ahocorasick

from frontline.models import City, Mention

__all__ = ["PlaceMatcher", "fold", "suggest"]

# Characters folded to something other than their decomposed, casefolded self.
_SPECIAL = {
    "\u2019": "'",  # right single quotation mark, the usual typographic apostrophe
    "\u2018": "'",
    "\u02bc": "'",  # modifier letter apostrophe
    "\u2032": "'",
    "\u2010": "-",  # hyphen
    "\u2011": "-",  # non-breaking hyphen
    "\u00a0": " ",  # no-break space
    "\u202f": " ",
    "\u2007": " ",
    "\u0640": "",  # Arabic tatweel: stretches a word, is not a letter
    # Arabic-script spelling variants, folded as search engines do: alef maqsura and
    # Persian yeh to yeh, Persian kaf to kaf, ta marbuta to heh (حماه for حماة).
    "\u0649": "\u064a",
    "\u06cc": "\u064a",
    "\u06a9": "\u0643",
    "\u0629": "\u0647",
    # Transliteration marks for ayin/hamza (Maʿarat, Quneitra vs Qunayṭirah): like accents.
    "\u02bf": "",
    "\u02be": "",
    "\u02bb": "",
}
_WAW = "\u0648"  # Arabic "and", written joined to the next word


def _fold_char(ch: str) -> str:
    if ch > "\uffff":
        # Outside the BMP: lower() only, as the fast path does (the regex classes below
        # stay BMP-only because SRE scans astral ranges ~60x slower).
        return ch.lower()
    folded = _SPECIAL.get(ch)
    if folded is not None:
        return folded
    if ch.isspace() and ch not in "\n\t\r\x0b\x0c":
        return " "
    decomposed = unicodedata.normalize("NFD", ch)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


class _FoldTable(dict):
    """ord(char) -> folded string, filled on first sight."""

    def __missing__(self, key: int) -> str:
        folded = self[key] = _fold_char(chr(key))
        return folded


_TABLE = _FoldTable()


def _char_class(codepoints: list[int]) -> str:
    """A regex character class for sorted code points, as ranges."""
    out: list[str] = []
    i = 0
    while i < len(codepoints):
        j = i
        while j + 1 < len(codepoints) and codepoints[j + 1] == codepoints[j] + 1:
            j += 1
        lo, hi = re.escape(chr(codepoints[i])), re.escape(chr(codepoints[j]))
        out.append(lo if i == j else f"{lo}-{hi}")
        i = j + 1
    return "[" + "".join(out) + "]"


@functools.cache
def _classes() -> tuple[re.Pattern[str], re.Pattern[str], Callable[[re.Match[str]], str]]:
    """Non-ASCII chars that fold to another char, chars that fold to 0 or 2+ chars, and
    the replacement function for the first.

    Built once (~0.1 s) over the BMP, so folding Latin, Cyrillic or Arabic text touches
    only the few chars that change (curly quotes, accented letters) from Python.
    """
    changing: list[int] = []
    irregular: list[int] = []
    folds: dict[str, str] = {}
    for cp in range(0x80, 0x10000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        ch = chr(cp)
        if not (
            ch in _SPECIAL
            or ch.isspace()
            or unicodedata.combining(ch)
            or ch.casefold() != ch
            or unicodedata.normalize("NFD", ch) != ch
        ):
            continue
        folded = _fold_char(ch)
        if len(folded) != 1:
            irregular.append(cp)
        elif folded != ch:
            changing.append(cp)
            folds[ch] = folded
    # One char per match: SRE scans a single-char class ~2x faster than a "+" run.
    return re.compile(_char_class(changing)), re.compile(_char_class(irregular)), _replacer(folds)


def _replacer(folds: dict[str, str]) -> Callable[[re.Match[str]], str]:
    def replace(m: re.Match[str]) -> str:
        return folds[m.group()]

    return replace


def fold(text: str) -> str:
    """The matching form of ``text``: casefolded, accents dropped, apostrophes unified."""
    return _fold_with_offsets(text)[0]


def _fold_with_offsets(text: str) -> tuple[str, list[int] | None]:
    """Fold ``text``; the list maps each folded index to its original index (None: same).

    Fast path: ``str.lower`` (C) then the fold table only on runs of chars that change,
    which are short in news text (curly quotes, accented names). It applies when every
    char folds to exactly one char; otherwise (an Arabic vowel mark, "ß", "İ" whose
    lower() is two chars) fold char by char keeping an offset map.
    """
    lowered = text.lower()
    if lowered.isascii():
        if len(lowered) == len(text):
            return lowered, None
    elif len(lowered) == len(text):
        changing, irregular, replace = _classes()
        if not irregular.search(lowered):
            return changing.sub(replace, lowered), None
    parts: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        folded = _TABLE[ord(ch)]
        parts.append(folded)
        offsets.extend([i] * len(folded))
    return "".join(parts), offsets


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _is_arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufeff"


def _key(name: str) -> str:
    return " ".join(fold(name).split())


class PlaceMatcher:
    """Matches the names, aliases and sub-places of a set of cities.

    ``find`` reports each occurrence once: where names overlap the longest wins
    ("Nyala airport" over "Nyala"). ``cities`` is the sorted set of their cities.
    """

    def __init__(self, cities: Sequence[City]) -> None:
        self._targets: dict[str, list[tuple[str, str]]] = {}
        for city in cities:
            for name in (city.name, *city.aliases):
                self._add(name, city.name, city.name)
            for place in city.places:
                self._add(place, place, city.name)
        self._automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
        for key, targets in self._targets.items():
            self._automaton.add_word(key, (key, tuple(targets)))
        self._empty = not self._targets
        if not self._empty:
            self._automaton.make_automaton()

    def _add(self, surface: str, place: str, city: str) -> None:
        key = _key(surface)
        if not key:
            return
        targets = self._targets.setdefault(key, [])
        if (place, city) not in targets:
            targets.append((place, city))

    @classmethod
    def for_names(cls, names: Iterable[str]) -> PlaceMatcher:
        """A matcher for ad-hoc names not in the config (``--watch X``): each is its own city."""
        return cls([City(name=n.strip()) for n in names if n and n.strip()])

    def __len__(self) -> int:
        """How many distinct folded names the automaton holds."""
        return len(self._targets)

    def find(self, text: str) -> list[Mention]:
        """Every whole-word occurrence of a tracked name, in text order, offsets into ``text``."""
        if self._empty or not text:
            return []
        folded, offsets = _fold_with_offsets(text)
        n = len(folded)
        hits: list[tuple[int, int, tuple[tuple[str, str], ...]]] = []
        for last, (key, targets) in self._automaton.iter(folded):
            end = last + 1
            start = end - len(key)
            if end < n and _is_word(folded[end]):
                continue
            # Arabic joins "and" (waw) to the next word: accept a waw prefix alone.
            if (
                start > 0
                and _is_word(folded[start - 1])
                and not (
                    folded[start - 1] == _WAW
                    and _is_arabic(key[0])
                    and (start == 1 or not _is_word(folded[start - 2]))
                )
            ):
                continue
            hits.append((start, end, targets))
        if not hits:
            return []
        if len(hits) > 1:
            hits = _longest_first(hits)
        mentions: list[Mention] = []
        for start, end, targets in hits:
            o_start, o_end = start, end
            if offsets is not None:
                o_start = offsets[start]
                o_end = offsets[end - 1] + 1
                # Keep trailing marks (a decomposed accent) with the name they belong to.
                while o_end < len(text) and not _TABLE[ord(text[o_end])]:
                    o_end += 1
            for place, city in targets:
                mentions.append(Mention(place=place, city=city, start=o_start, end=o_end))
        return mentions

    def cities(self, text: str) -> list[str]:
        """Sorted unique canonical names of the cities ``text`` names."""
        return sorted({m.city for m in self.find(text)})


def _longest_first(
    hits: list[tuple[int, int, tuple[tuple[str, str], ...]]],
) -> list[tuple[int, int, tuple[tuple[str, str], ...]]]:
    """Keep non-overlapping hits, longer ones first (ties: the earlier); return in text order.

    Kept hits stay sorted by start and never overlap, so a candidate only has to be checked
    against its two neighbours (bisect): O(n log n), where comparing with every kept hit was
    quadratic (a 100 KB title naming a city 20,000 times took 24 s).
    """
    starts: list[int] = []
    kept: list[tuple[int, int, tuple[tuple[str, str], ...]]] = []
    for hit in sorted(hits, key=lambda h: (h[0] - h[1], h[0])):
        i = bisect.bisect_left(starts, hit[0])
        if i > 0 and kept[i - 1][1] > hit[0]:
            continue
        if i < len(kept) and kept[i][0] < hit[1]:
            continue
        starts.insert(i, hit[0])
        kept.insert(i, hit)
    return kept


def suggest(name: str, cities: Sequence[City], cutoff: float = 0.75) -> str | None:
    """The tracked city or place whose spelling is closest to ``name``, if any is close.

    A name, alias or place that folds to the same text returns its canonical form, so
    ``suggest("hamah", ...)`` is ``"Hama"``.
    """
    canon: dict[str, str] = {}
    for city in cities:
        for surface in (city.name, *city.aliases):
            canon.setdefault(_key(surface), city.name)
        for place in city.places:
            canon.setdefault(_key(place), place)
    key = _key(name)
    if not key or not canon:
        return None
    if key in canon:
        return canon[key]
    close = difflib.get_close_matches(key, list(canon), n=1, cutoff=cutoff)
    return canon[close[0]] if close else None
