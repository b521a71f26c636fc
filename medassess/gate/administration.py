"""How a medicine is given: the form its name gives ("tablets", "transdermal patch", "oral solution") and the
route its dose line gives ("IV", "by mouth", "two puffs"), read from the normalised text so look-alike letters,
full-width forms and invisible characters hide nothing. Forms, routes, the pairs no prescription can hold and
the words that set a clause aside are data in ``mappings/administration-routes.toml`` with their rationale.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass

from ..core.resources import data_path
from .text import normalise

_CLAUSE = re.compile(r"[.;,:\n]+(?=\s|$)|[;\n]")
"""Where a dose line's clauses part: a full stop, semicolon, comma or colon before a space or the end (so the
inner stops of "i.v." and "p.o." do not part them), and any semicolon or line break."""


@dataclass(frozen=True, slots=True)
class RouteWords:
    """``mappings/administration-routes.toml``, read once."""

    forms: re.Pattern[str]
    form_of: dict[str, str]
    routes: re.Pattern[str]
    route_of: dict[str, str]
    impossible: dict[str, frozenset[str]]
    aside: re.Pattern[str]


def _whole(words: list[str]) -> str:
    """One alternation of ``words``, longest first, matched whole (no letter or digit either side)."""
    alternation = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return rf"(?<![\w.])(?:{alternation})(?![\w/])"


@functools.cache
def route_words() -> RouteWords:
    raw = tomllib.loads((data_path("mappings") / "administration-routes.toml").read_text(encoding="utf-8"))
    form_of = {normalise(w): form for form, words in raw["forms"].items() for w in words}
    # An abbreviation's last full stop is left to the text: "i.v." at a clause's end is split off with it.
    route_of = {normalise(w).rstrip("."): route for route, words in raw["routes"].items() for w in words}
    return RouteWords(
        forms=re.compile(_whole(list(form_of))),
        form_of=form_of,
        routes=re.compile(_whole(list(route_of))),
        route_of=route_of,
        impossible={form: frozenset(routes) for form, routes in raw["impossible"].items()},
        aside=re.compile(_whole([normalise(w) for w in raw["aside"]["words"]])),
    )


def form(name: str) -> str | None:
    """The one form the medicine's name gives, or None where it gives none or more than one."""
    words = route_words()
    found = {words.form_of[m.group()] for m in words.forms.finditer(normalise(name))}
    return found.pop() if len(found) == 1 else None


def routes(dose: str) -> frozenset[str]:
    """The routes the dose line gives for what she takes now: clauses of another time, product or possibility
    (``[aside]``) give none."""
    words = route_words()
    found: set[str] = set()
    for clause in _CLAUSE.split(normalise(dose)):
        if words.aside.search(clause) is None:
            found.update(words.route_of[m.group()] for m in words.routes.finditer(clause))
    return frozenset(found)


def impossible_route(name: str, dose: str) -> bool:
    """Whether the dose line gives a route the form in the medicine's name cannot take (a tablet injected, a
    patch swallowed)."""
    given = form(name)
    if given is None:
        return False
    cannot = route_words().impossible.get(given, frozenset())
    return not cannot.isdisjoint(routes(dose))
