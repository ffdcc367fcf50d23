"""Reading English numbers: digits, number words, ordinals and years written out."""

from __future__ import annotations

import re

from timeline.lang.en.vocabulary import (
    ADDED_FRACTIONS,
    FRACTION_CHARACTERS,
    LARGE_MAGNITUDES,
    MAGNITUDES,
    ONES,
    ORDINALS,
    TENS,
    VAGUE_COUNTS,
)

__all__ = ["parse_count", "parse_number", "parse_ordinal", "parse_year_words"]

_SPLIT = re.compile(r"[\s-]+")
_FRACTION = re.compile(r"^(?:(?P<whole>\d+)\s+)?(?P<num>\d+)/(?P<den>\d+)$")


def parse_number(text: str) -> float | None:
    """``"18"`` -> 18, ``"twenty-four"`` -> 24, ``"one hundred and five"`` -> 105, ``"1 1/2"`` -> 1.5, ``"1½"`` -> 1.5,
    ``"two and a quarter"`` -> 2.25."""
    cleaned = " ".join(text.lower().replace(",", "").split()).removesuffix("-odd")  # "twenty-odd": about twenty
    if not cleaned:
        return None
    if cleaned == "half":  # "a half-hour"
        return 0.5
    if cleaned[-1] in FRACTION_CHARACTERS:  # "1½", "27½"
        whole = parse_number(cleaned[:-1]) if len(cleaned) > 1 else 0
        return None if whole is None else whole + FRACTION_CHARACTERS[cleaned[-1]]
    for added, part in ADDED_FRACTIONS.items():
        if cleaned.endswith(" " + added):  # "22 and a half", "two and a quarter", "eight and three-quarter"
            whole = parse_number(cleaned[: -len(added) - 1])
            return None if whole is None else whole + part
    fraction = _FRACTION.match(cleaned)
    if fraction:
        whole = int(fraction.group("whole") or 0)
        den = int(fraction.group("den"))
        return whole + int(fraction.group("num")) / den if den else None
    try:
        return float(cleaned)
    except ValueError:
        pass
    figure, _, magnitude = cleaned.partition(" ")
    if magnitude in LARGE_MAGNITUDES:  # "185 million", "4.6 billion"
        try:
            return float(figure) * LARGE_MAGNITUDES[magnitude]
        except ValueError:
            return None
    total = 0
    current = 0
    seen = False
    for word in _SPLIT.split(cleaned):
        if word == "and":
            continue
        if word in ("a", "an") and not seen:
            current = 1
            seen = True
        elif word in ONES:
            current += ONES[word]
            seen = True
        elif word in TENS:
            current += TENS[word]
            seen = True
        elif word in MAGNITUDES:
            current = max(current, 1) * MAGNITUDES[word]
            if MAGNITUDES[word] >= 1000:
                total += current
                current = 0
            seen = True
        else:
            return None
    if not seen:
        return None
    return total + current


#: the figures a legal notice writes after a number in words: "sixty (60)"
_IN_FIGURES_TOO = re.compile(r"\s*\((?P<figures>\d{1,4})\)$")


def parse_count(text: str) -> tuple[float | None, bool]:
    """A count before a unit: ``(number, False)``, or ``(None, True)`` for "several", "a few"; a number written
    in words and figures, as legal notices do ("sixty (60)"), is read from its figures."""
    key = " ".join(text.lower().split())
    figures = _IN_FIGURES_TOO.search(key)
    if figures is not None:
        return float(figures.group("figures")), False
    if key in VAGUE_COUNTS:
        value = VAGUE_COUNTS[key]
        return value, value is None
    return parse_number(key), False


def parse_ordinal(text: str) -> int | None:
    """``"third"`` -> 3, ``"21st"`` -> 21, ``"twenty-first"`` -> 21, ``"3"`` -> 3."""
    key = text.strip().lower().rstrip(".")
    digits = re.match(r"^(\d+)(?:st|nd|rd|th)?$", key)
    if digits:
        return int(digits.group(1))
    if key in ORDINALS:
        return ORDINALS[key]
    words = _SPLIT.split(key)
    if len(words) == 2 and words[0] in TENS and words[1] in ORDINALS:
        return TENS[words[0]] + ORDINALS[words[1]]
    return None


def parse_year_words(text: str) -> int | None:
    """``"nineteen ninety-six"`` -> 1996, ``"two thousand and one"`` -> 2001, ``"oh-eight"`` -> 2008."""
    words = [w for w in _SPLIT.split(text.strip().lower()) if w != "and"]
    if not words:
        return None
    if len(words) == 2 and words[0] == "oh" and 1 <= ONES.get(words[1], 0) <= 9:
        return 2000 + ONES[words[1]]
    if words[0] in ONES and 10 <= ONES[words[0]] <= 20 and len(words) > 1 and words[1] != "thousand":
        century = ONES[words[0]]
        rest = words[1:]
        if rest and rest[0] == "hundred":
            rest = rest[1:]
        remainder = parse_number(" ".join(rest)) if rest else 0
        if remainder is None or not 0 <= remainder < 100:
            return None
        return century * 100 + int(remainder)
    if words[0] in TENS and words[0] == "twenty" and len(words) > 1:
        remainder = parse_number(" ".join(words[1:]))
        if remainder is None or not 0 <= remainder < 100:
            return None
        return 2000 + int(remainder)
    value = parse_number(" ".join(words))
    return int(value) if value is not None and value == int(value) else None
