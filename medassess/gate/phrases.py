"""One way to turn a list of phrases (from mappings/*.toml) into a regex alternation, for every text reader.

The readers of conclusion text each match one of many listed phrases inside a larger pattern of their own. They
used to carry a private copy of this join, each a little different; :func:`alternation` is that join once, with a
keyword for each real difference between them:

* ``normalised``: fold each phrase with :func:`~medassess.gate.text.normalise` first, for readers that match
  normalised text (a phrase written with an accent or a curly apostrophe then still matches what a disguise folds
  to);
* ``any_spaces``: a space inside a phrase matches any run of white space (a phrase broken over two lines);
* ``word_endings``: a phrase's ``*`` stands for any ending of its word (``"sedat*"``: sedated, sedation);
* ``gaps``: ``...`` stands for one to three words (``"keep ... in the cot"``);
* ``none_before`` / ``none_after``: the bodies of character classes that may not stand right before or after
  the match (``r"\\w-"``: a whole word or hyphenated word), the alternation then grouped between the two
  look-arounds.

Phrases are always escaped, joined longest first (so where several match at one place the longest is taken, as
an ordinary alternation takes the first), and each is listed once (in the order first given, among equal
lengths). Matching a phrase twice or in another order among the same length never changes what a literal
alternation matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .text import normalise

_SPACE = re.escape(" ")
_WORD_ENDING = r"[\w'-]*"
"""What a trailing ``*`` stands for: the rest of the word, hyphens and apostrophes included."""
_SPACED_GAP = rf"{_SPACE}{re.escape('...')}{_SPACE}"
_GAP = re.escape("...")
_SPACED_GAP_PATTERN = r"\s+(?:[^\W\d_][\w']*\s+){1,3}?"
"""`` ... `` between two words: one to three words (letters first) between them, as few as will do."""
_GAP_PATTERN = r"(?:[^\W\d_][\w']*\s+){1,3}?"
"""``...`` not between spaces (at a phrase's start, "... asks"): one to three words, each followed by space."""


def alternation(
    phrases: Iterable[object],
    *,
    normalised: bool = False,
    any_spaces: bool = False,
    word_endings: bool = False,
    gaps: bool = False,
    none_before: str | None = None,
    none_after: str | None = None,
) -> str:
    r"""A regex matching any one of ``phrases``, longest first (see the module's notes for each option).

    Without ``none_before`` or ``none_after`` the bare alternation (``a|b``) is returned for the caller to place
    in a group of its own; with either, ``(?<![<none_before>])(?:a|b)(?![<none_after>])`` (a missing side has no
    look-around). No phrases give the empty alternation, which matches everywhere: a caller with an empty list
    decides for itself what that means.

    >>> alternation(["no", "not at all"], any_spaces=True)
    'not\\s+at\\s+all|no'
    """
    texts = (normalise(str(p)) if normalised else str(p) for p in phrases)
    forms = sorted(dict.fromkeys(texts), key=len, reverse=True)
    body = "|".join(_pattern(f, any_spaces=any_spaces, word_endings=word_endings, gaps=gaps) for f in forms)
    if none_before is None and none_after is None:
        return body
    before = f"(?<![{none_before}])" if none_before is not None else ""
    after = f"(?![{none_after}])" if none_after is not None else ""
    return f"{before}(?:{body}){after}"


def _pattern(phrase: str, *, any_spaces: bool, word_endings: bool, gaps: bool) -> str:
    """One phrase, escaped, with the requested stand-ins written as patterns."""
    escaped = re.escape(phrase)
    if gaps:
        escaped = escaped.replace(_SPACED_GAP, _SPACED_GAP_PATTERN).replace(_GAP, _GAP_PATTERN)
    if any_spaces:
        escaped = escaped.replace(_SPACE, r"\s+")
    if word_endings:
        escaped = escaped.replace(re.escape("*"), _WORD_ENDING)
    return escaped
