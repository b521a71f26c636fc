"""MA4xx: the lawful basis for sharing."""

from __future__ import annotations

import functools
from collections.abc import Iterator

from ...core.resources import mapping_table
from ...record.model import Record
from ..facts import blank
from ..reasons import gives_a_reason
from ..registry import Area, GateContext, Problem, rule
from ..text import normalise
from ..wording import words_of_normalised

AREA = Area("lawful-basis", "The lawful basis for sharing", written_conclusions=False)


@rule("MA401", "lawful-basis-missing", "error", "No lawful basis for sharing is recorded.")
def lawful_basis_missing(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    The record states the lawful basis for sharing: consent, or sharing without consent to safeguard a child.

    Why it matters:
    Sharing to protect a baby is lawful without consent, but the basis must be recorded. Without it, the
    sharing can be challenged and professionals hesitate to share next time, which is how babies come to harm.

    Example:
    A record with no "lawful_basis".

    Instead:
    Record it: "lawful_basis": {"basis": "consent", "recorded_on": "2026-03-02"}.
    """
    if record.lawful_basis is None:
        yield Problem("no lawful basis for sharing is recorded", "$.lawful_basis")


_JUSTIFICATION_FAULTS = {
    "placeholder": "is a placeholder, not a reason",
    "hollow": "defers or dismisses and gives no reason besides",
    "filler": "is not recognisable language",
    "repetition": "is mostly repetition",
    "too-few-words": "is too short to give a reason",
}


@rule(
    "MA402",
    "justification-hollow",
    "error",
    "Sharing without consent is recorded without a justification that gives a reason.",
)
def justification_hollow(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    When the basis is safeguarding-without-consent, a justification is written and judged like a conclusion
    (see MA103, MA104, MA113, MA114): not a placeholder, deferral or dismissal with nothing left, not filler,
    not repetition, and at least min_justification_words content words (mappings/share-gate.toml) besides
    the words that only name the legal basis, the sharing or a policy (mappings/hollow-phrases.toml,
    [justification]). "Yes.", "Agreed", "As discussed", "Vital interests of the child." and "Standard practice
    for all records; we always share." give no reason. And it states one: a statement of what follows (as
    MA103 asks of a conclusion: "the foster carer must know", "asking would alert him") or a word that gives a
    reason, what she did or the risk prevented ("because", "declined", "lacks capacity", "at risk", "unsafe";
    mappings/reasons.toml [justification]). Who decided and when ("Decided on 2026-06-12 by the GP with the
    safeguarding lead") or a list of names ("Diazepam, baby, placement, foster carer") states none.

    Under consent no justification is needed (left blank it passes), but one that is written is judged too:
    a placeholder, filler or repetition, or only bare words (an affirmation, a tick, a pointer elsewhere: "Yes.",
    "OK", "n/a", "-", "As discussed", "See notes"; mappings/hollow-phrases.toml [consent_justification]), says
    nothing of the consent. A statement of the consent itself, however short ("Consent obtained.", "Verbally
    agreed"), records it, and "She agreed to share with maternity and the health visitor" says more.

    Why it matters:
    Sharing without consent is right when it protects the baby, and the reason must be on record so the
    decision can be explained to the family and stands up to review. A consent recorded as "Yes." cannot
    show what she agreed to or with whom, if the sharing is questioned.

    Example:
    "lawful_basis": {"basis": "safeguarding-without-consent", "justification": "Yes."}

    Instead:
    Write why consent was not sought or was overridden, e.g. "Seeking consent would place the unborn baby at
    increased risk; discussed with the practice safeguarding lead."
    """
    basis = record.lawful_basis
    path = "$.lawful_basis.justification"
    if basis is not None and basis.basis == "consent":
        yield from _consent_hollow(basis.justification, context, path)
        return
    if basis is None or basis.basis != "safeguarding-without-consent":
        return
    if basis.justification is None or blank(basis.justification):
        yield Problem("sharing without consent is recorded without a justification", path)
        return
    settings = context.settings
    minimum = settings.min_justification_words
    found = context.facts.verdict(basis.justification, minimum, settings)
    if found != "substantive":
        yield Problem(
            f"the justification for sharing without consent {_JUSTIFICATION_FAULTS[found]} (expected a reason of at "
            f"least {minimum} content words)",
            path,
        )
        return
    content = context.facts.analysis(basis.justification, settings).content
    if len(content - settings.lexicon.restating_justification) < minimum:
        yield Problem(
            "the justification for sharing without consent only names the legal basis, the sharing or a policy "
            f"(expected a reason about this mother and baby of at least {minimum} content words besides those)",
            path,
        )
        return
    analysis = context.facts.analysis(basis.justification, settings)
    if not gives_a_reason(analysis):
        yield Problem(
            "the justification for sharing without consent states no reason (expected why consent was not sought "
            "or was overridden, not only who decided and when, or a list of names)",
            path,
        )


@functools.cache
def _bare_consent_words() -> frozenset[str]:
    """mappings/hollow-phrases.toml [consent_justification] bare, normalised: words that say neither who agreed nor
    to what."""
    table = mapping_table("hollow-phrases.toml").get("consent_justification", {})
    return frozenset(w for p in table.get("bare", ()) for w in words_of_normalised(normalise(p)))


def _consent_hollow(justification: str | None, context: GateContext, path: str) -> Iterator[Problem]:
    """A justification written under consent that says neither who agreed nor to what (none written passes): a
    placeholder, filler or repetition, or only bare words (:func:`_bare_consent_words`) and figures."""
    if justification is None or blank(justification):
        return
    settings = context.settings
    found = context.facts.verdict(justification, settings.min_justification_words, settings)
    words = words_of_normalised(normalise(justification))
    bare = _bare_consent_words()
    if found in {"placeholder", "filler", "repetition"} or all(w in bare or w.isdigit() for w in words):
        yield Problem(
            "the justification for sharing with consent is written but says neither who agreed nor to what "
            "(expected who agreed to share and with whom, or no justification)",
            path,
        )


@rule(
    "MA403",
    "lawful-basis-date-in-future",
    "error",
    "The lawful basis for sharing is recorded on a date in the future.",
)
def lawful_basis_date_in_future(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    The date the lawful basis was recorded (consent given, or the decision to share without it) is not
    after today.

    Why it matters:
    Consent recorded in the future has not been given. Sharing on it could be challenged, and a challenge
    makes professionals hesitate to share the next time a baby needs them to.

    Example:
    "lawful_basis": {"basis": "consent", "recorded_on": "2099-03-02"}

    Instead:
    Record the date consent was given or the decision to share without consent was made.
    """
    basis = record.lawful_basis
    if basis is not None and basis.recorded_on is not None and basis.recorded_on > context.today:
        yield Problem("the lawful basis for sharing is recorded on a date in the future", "$.lawful_basis.recorded_on")
