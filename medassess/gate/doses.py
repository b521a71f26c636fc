"""The amounts a dose line states ("½ tablet", "1.2 g", "two puffs", "-100 mg"), read from the normalised text
so full-width digits, the minus sign U+2212 and invisible characters read as the plain line does. Units,
number words and sign words are data in ``mappings/doses.toml`` with their rationale.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass

from ..core.resources import data_path
from .text import normalise

_NUMBER = r"\d+(?:[.,]\d+)*(?:\s?[\u2044/]\s?\d+)?|[.,]\d+"
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")


@dataclass(frozen=True, slots=True)
class Amount:
    """One amount of a dose line: its value (negative when written below zero) in its unit."""

    value: float
    unit: str


@dataclass(frozen=True, slots=True)
class DoseWords:
    """``mappings/doses.toml``, read once."""

    amount: re.Pattern[str]
    numbers: dict[str, float]
    nothing: re.Pattern[str]
    stopped: re.Pattern[str]


def _alternation(forms: list[str]) -> str:
    return "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True))


@functools.cache
def dose_words() -> DoseWords:
    raw = tomllib.loads((data_path("mappings") / "doses.toml").read_text(encoding="utf-8"))
    units = [normalise(u) for group in raw["units"].values() for u in group]
    numbers = {normalise(w): float(v) for w, v in raw["numbers"].items()}
    signs = [normalise(w) for w in raw["signs"]["words"]]
    # A minus straight before the digits, not after a number or word: "10-20 ml" and "5 -10 mg" are ranges,
    # "4-hourly" a time, and "- 100 mg" a bullet.
    amount = re.compile(
        rf"(?<![\w.,\u2044/])(?<!\d\s)(?P<sign>(?:(?:{_alternation(signs)})\s|-)?)"
        rf"(?P<number>{_NUMBER}|(?:{_alternation(list(numbers))})(?!\w))\s?(?:x\s?)?"
        rf"(?P<unit>{_alternation(units)})(?![\w\u2044])"
    )
    zero_words = [w for w, v in numbers.items() if v == 0]
    # A line that is only nothing ("nil", "0"), or opens on the digit 0 alone ("0 at night"; "0800" is a time).
    nothing = re.compile(rf"^(?:(?:{_alternation(zero_words)})|0+(?:\.0+)?)\W*$|^0+(?![\d:.,])")
    stopped = re.compile(rf"(?<!\w)(?:{_alternation([normalise(w) for w in raw['stopped']['words']])})(?!\w)")
    return DoseWords(
        amount=amount,
        numbers=numbers,
        nothing=nothing,
        stopped=stopped,
    )


def _value(number: str, numbers: dict[str, float]) -> float | None:
    if number in numbers:
        return numbers[number]
    whole, _, below = number.replace("\u2044", "/").replace(" ", "").partition("/")
    text = whole.replace(",", "") if _THOUSANDS.fullmatch(whole) else whole.replace(",", ".")
    try:
        value = float(text)
        return value / float(below) if below else value
    except (ValueError, ZeroDivisionError):
        return None


def amounts(dose: str) -> list[Amount]:
    """The amounts ``dose`` states, in its own units, in order."""
    words = dose_words()
    found: list[Amount] = []
    for match in words.amount.finditer(normalise(dose)):
        value = _value(match["number"], words.numbers)
        if value is not None:
            found.append(Amount(-value if match["sign"] else value, match["unit"]))
    return found


def impossible(dose: str) -> bool:
    """Whether ``dose`` gives an amount below zero, or nothing at all as what she takes: zero is refused only
    when the line states no amount above zero ("reducing to 0 mg" after "10 mg") and does not say the medicine
    was stopped."""
    words = dose_words()
    stated = amounts(dose)
    if any(a.value < 0 for a in stated):
        return True
    if any(a.value > 0 for a in stated):
        return False
    text = normalise(dose)
    nothing = any(a.value == 0 for a in stated) or words.nothing.search(text) is not None
    return nothing and words.stopped.search(text) is None

