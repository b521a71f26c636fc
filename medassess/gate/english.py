"""How common a word is in English, for the rules that tell language from filler and never match a real
English word to a medicine name: wordfreq's "best" English list on the Zipf scale (log10 of uses per billion
words), loaded on first use."""

from __future__ import annotations

import functools
import math


@functools.cache
def _english() -> dict[str, float]:
    import wordfreq  # Loaded on first use: the list takes a fifth of a second, and most commands never judge text.

    return wordfreq.get_frequency_dict("en", "best")


@functools.lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """How common ``word`` is in English, on the Zipf scale (0 when wordfreq does not know it)."""
    frequency = _english().get(word, 0.0)
    return math.log10(frequency) + 9 if frequency > 0 else 0.0


def common_words(min_zipf: float) -> list[str]:
    """Every word of the English list at least ``min_zipf`` on the Zipf scale."""
    least = 10 ** (min_zipf - 9)
    return [word for word, frequency in _english().items() if frequency >= least]
