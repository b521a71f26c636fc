"""How a medicine is given: the form its name gives ("tablets", "transdermal patch", "oral solution") and the
route its dose line gives ("IV", "by mouth", "two puffs"), read from the normalised text so look-alike letters,
full-width forms and invisible characters hide nothing. Forms, routes, the pairs no prescription can hold and
the words that set a clause aside are data in ``mappings/administration-routes.toml`` with their rationale.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..core.resources import data_path
from .phrases import alternation
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
    given_by: dict[str, str]
    between: frozenset[str]
    possible: re.Pattern[str]
    baby: re.Pattern[str]
    reasons: re.Pattern[str]
    not_called: dict[str, frozenset[str]]
    after_form: frozenset[str]
    giving: frozenset[str] = frozenset()
    giving_leads: frozenset[str] = frozenset()
    continuing: frozenset[str] = frozenset()
    continuing_particles: frozenset[str] = frozenset()
    form_leads: frozenset[str] = frozenset()
    form_followers: frozenset[str] = frozenset()


_whole = functools.partial(alternation, none_before=r"\w.", none_after=r"\w/")
"""One alternation of words, longest first, matched whole (no letter or digit either side)."""


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
        given_by=dict(raw["given-by"]),
        between=frozenset(normalise(w) for w in raw["conclusion"]["between"]),
        possible=re.compile(_whole([normalise(w) for w in raw["conclusion"]["possible"]])),
        # "the baby's father" names an adult, not the baby ([conclusion] baby_adults)
        baby=re.compile(
            _whole([normalise(w) for w in raw["conclusion"]["baby"]])
            + (
                rf"(?!(?:'s|s')?\s+(?:{alternation([normalise(w) for w in adults], any_spaces=True)})(?![\w-]))"
                if (adults := raw["conclusion"].get("baby_adults"))
                else ""
            )
        ),
        reasons=re.compile(
            _whole([normalise(w) for w in raw["conclusion"]["reasons"]])
            + (
                r"|,\s*(?:" + alternation([normalise(w) for w in after_comma]) + r")(?![\w/])"
                if (after_comma := raw["conclusion"].get("reasons_after_comma"))
                else ""
            )
        ),
        not_called={form: frozenset(forms) for form, forms in raw["not-called"].items()},
        after_form=frozenset(normalise(w) for w in raw["conclusion"]["after_form"]),
        giving=frozenset(normalise(w) for w in raw["conclusion"].get("giving", ())),
        giving_leads=frozenset(normalise(w) for w in raw["conclusion"].get("giving_leads", ())),
        continuing=frozenset(normalise(w) for w in raw["conclusion"].get("continuing", ())),
        continuing_particles=frozenset(normalise(w) for w in raw["conclusion"].get("continuing_particles", ())),
        form_leads=frozenset(normalise(w) for w in raw["conclusion"].get("form_leads", ())),
        form_followers=frozenset(normalise(w) for w in raw["conclusion"].get("form_followers", ())),
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
    return not cannot.isdisjoint(routes(dose)) or _given_as_a_form(dose, cannot)


_LETTERS = re.compile(r"[^\W\d_]+")


def _given_as_a_form(dose: str, cannot: frozenset[str]) -> bool:
    """Whether a clause of the dose line gives, after a verb of giving (``[conclusion] giving``), a form word whose
    route is one of ``cannot`` ("60 mg once daily, given as a daily injection" for an oral solution), read as a
    conclusion's words after a name are; a clause of another time, product or possibility (``[aside]``,
    ``[conclusion] possible``) gives none."""
    words = route_words()
    plain = normalise(dose)
    if not cannot or not any(verb in plain for verb in words.giving):
        return False
    for clause in _CLAUSE.split(plain):
        if words.aside.search(clause) is not None or words.possible.search(clause) is not None:
            continue
        for route, at, named in _reached_routes(" " + clause):
            if named is not None and route in cannot and words.giving.intersection(_LETTERS.findall(clause[:at])):
                return True
    return False


_BRACKETED = re.compile(r"\s*\([^()]{0,40}\)")
_TOKEN = re.compile(r"\s*([^\s()]+)")
_AMOUNT = re.compile(r"[\d.,/%-]+[a-z%]{0,10}")
_SENTENCE = re.compile(r"[.!?](?=\s|$)|[;\n]")
"""Where a conclusion's sentences part: the inner stops of "i.v." and "mg." before a digit do not."""


def _reached_routes(after: str) -> list[tuple[str, int, str | None]]:
    """The routes the words right after a medicine's name give (a form word's route, or a route word), each with
    where in ``after`` its word starts and the form it names (None for a route word), reading past its amount, units
    and a bracketed brand or strength; after a form word, a route word past only ``[conclusion] after_form`` words
    ("tablets given by intramuscular injection") too; with no form word, a route word after a verb of giving
    (``giving``, ``giving_leads`` before it and ``continuing`` before those) and ``after_form`` words ("100 mg daily
    continues, given by intramuscular injection"), or ``between`` words and amounts ("given as a daily injection").
    Empty where the next word gives neither."""
    words = route_words()
    reached: list[tuple[str, int, str | None]] = []
    at, formed = 0, False
    given = pending = False  # a verb of giving read (no form word); a lead or a verb of carrying on awaiting it
    carrying = False  # the word before was a verb of carrying on, which may take its particle ("goes on")
    while True:
        bracket = _BRACKETED.match(after, at)
        if bracket:
            at = bracket.end()
            continue
        token = _TOKEN.match(after, at)
        if token is None:
            return reached
        rest = after[token.start(1) :]
        found = None if formed else words.forms.match(rest)
        if found:
            named = words.form_of[found.group()]
            route = words.given_by.get(named)
            if route is None:  # a form judged by no route (a cream, eye drops): nothing after it is read
                return reached
            reached.append((route, token.start(1), named))
            at, formed = token.start(1) + found.end(), True
            continue
        found = words.routes.match(rest)
        if found:
            route = words.route_of.get(found.group().rstrip("."))
            # A route phrase opened by a verb of giving ("applied to the skin") gives after a lead ("is") too.
            if route is not None and (not pending or found.group().split()[0] in words.giving):
                reached.append((route, token.start(1), None))
            return reached
        word = token.group(1).rstrip(".,;:")
        # A comma after a form word, inside the reach: the reach runs past a comma only into a clause opening with a
        # verb of giving (_reach_end), so that clause says how the form is given ("patch, taken by mouth").
        if formed and not word and token.group(1) == ",":
            at = token.end()
            continue
        if (formed or given) and word in words.after_form:
            at = token.end()
            continue
        # After a verb of giving, an article, an amount and frequency words may stand before the form, as they do
        # before the name's own ("given as a daily injection", "taken as one weekly patch").
        if given and (word in words.between or _AMOUNT.fullmatch(word)):
            at = token.end()
            continue
        if not formed and not given and word in words.giving:
            given, pending = True, False
            at = token.end()
            continue
        if not formed and not given and carrying and word in words.continuing_particles:
            at, carrying = token.end(), False
            continue
        if not formed and not given and (word in words.giving_leads or word in words.continuing):
            pending, carrying = True, word in words.continuing
            at = token.end()
            continue
        if formed or given or pending or (word not in words.between and not _AMOUNT.fullmatch(word)):
            return reached
        at = token.end()


@functools.cache
def _mentions() -> Callable[..., Any]:
    """names.py's ``mentions``, imported once on first use (names reads the class tables; imported late so this
    module stays light): an import statement run on every call costs more than a cheap answer."""
    from .names import mentions

    return mentions


def _reach_end(after: str) -> int:
    """Where the words read for a route after a medicine's name end: its clause's end, or the next clause's where
    a comma parts a clause opening with a verb of giving ("..., given by intramuscular injection", "..., to be given
    IM"; ``[conclusion] giving``, ``giving_leads``)."""
    parts = _CLAUSE.finditer(after)
    first = next(parts, None)
    if first is None:
        return len(after)
    words = route_words()
    if first.group().strip() == "," and (words.giving or words.form_leads):
        opening = _OPENING.match(after, first.end())
        if opening is not None and (opening[1] in words.giving or opening[1] in words.giving_leads):
            second = next(parts, None)
            return len(after) if second is None else second.start()
        if opening is not None and opening[1] in words.form_leads:
            second = next(parts, None)
            end = len(after) if second is None else second.start()
            if _form_told(after[opening.end() : end], words):
                return end
    return first.start()


_OPENING = re.compile(r"\s*([^\W\d_]+)")
_ARTICLE = re.compile(r"\s*(?:a|an|the)\s+")


def _form_told(clause: str, words: RouteWords) -> bool:
    """Whether ``clause`` (what follows a form lead, "as", after a comma) is a form ("pessaries", "a skin patch put
    on at night"): an article at most, a form word, then the clause's end or a word that tells how it is worn or
    given (``form_followers``, ``after_form``, ``giving``, ``between``), not a reason's verb ("injections upset
    her")."""
    at = _ARTICLE.match(clause)
    rest = clause[at.end() if at else 0 :].lstrip()
    found = words.forms.match(rest)
    if found is None:
        return False
    follower = _OPENING.match(rest, found.end())
    if follower is None:
        return not rest[found.end() :].strip()
    return follower[1] in words.form_followers | words.after_form | words.giving | words.between


def conclusion_impossible(listed_form: str, ingredients: frozenset[str], text: str) -> bool:
    """Whether a conclusion names a medicine of ``ingredients`` with a form or route word in reach (right after
    the name, or after its dose) that the listed product's form cannot take ("the methadone patch" for an oral
    solution), or a form word the listed product cannot be called ([not-called]: "methadone suppositories" for an
    oral solution). A clause that sets itself aside (another time, product or possibility) or speaks of the baby
    before the name gives none; a possibility word in a reason after the name ("since relapse would harm her") sets
    nothing aside."""
    cannot = route_words().impossible.get(listed_form, frozenset())
    not_called = route_words().not_called.get(listed_form, frozenset())
    if not (cannot or not_called) or not ingredients:
        return False
    mentions = _mentions()
    normalised = normalise(text)
    words = route_words()
    for mention in mentions(text, fuzzy=False):
        if not ingredients.intersection(mention.entry.ingredients):
            continue
        before = _SENTENCE.split(normalised[: mention.start])[-1]
        after = _SENTENCE.split(normalised[mention.end :], maxsplit=1)[0]
        reason = words.reasons.search(after)
        if (
            words.baby.search(before)
            or words.possible.search(before)
            or words.possible.search(after, 0, len(after) if reason is None else reason.start())
        ):
            continue
        for route, at, named in _reached_routes(after[: _reach_end(after)]):
            if route not in cannot and named not in not_called:
                continue
            if words.aside.search(before) is None and words.aside.search(after[:at]) is None:
                return True
    return False
