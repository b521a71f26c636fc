"""Negations stacked on one act (mappings/concerns.toml, [stacked_negations]; medassess/gate/negations.py).

Two negators governing sharing the baby's sleep allow it as its plain form would, and a rule against it whose
exception covers every time it applies takes itself back: beside a safe-sleep item that advises against co-sleeping,
the conclusion or the overall conclusion saying so is refused (MA127). Three or more negators on one act leave it
denied or unclear, so it is no plan (MA103 reads what is left). One negation, a litotes that keeps the plan, and a
negation of another act stand.

Texts worded apart from the red-team corpora; a disguise changes no verdict."""

from __future__ import annotations

import datetime as dt
import json
import random
from typing import Any

import pytest

from medassess import check, record_from_data
from medassess.gate.negations import (
    _act_at,
    _act_end,
    _lexicon,
    _parts,
    allowed_sleep_sharing,
    without_stacked,
)
from medassess.gate.text import normalise
from tests.gate.conclusions import CITALOPRAM, EXAMPLES, METHADONE, PARTNER, SEDATIVES
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

ALLOWED = [
    # "no reason ... should not": an even stack before the act
    (SEDATIVES, "Both sedatives go on and make her drowsy. We see no reason why she should not cosleep with her son "
     "after the late dose; the health visitor visits on day 9."),
    # an act as the subject, two negators after it
    (METHADONE, "Methadone stays at 60 mg and the ward scores the newborn for 72 hours. Bed sharing with him in the "
     "early hours is not unsafe, and breast milk is encouraged."),
    # "need not avoid"
    (PARTNER, "His quetiapine leaves him hard to rouse; the mother gives every night bottle. He need not avoid "
     "sharing the bed with the newborn at weekends. The health visitor reviews at 6 weeks."),
    # granted plainly, limited to a feed, a time or a condition about the baby
    (SEDATIVES, "Both sedatives go on and make her drowsy. She can take her son into bed with her for the dawn bottle "
     "only; the health visitor checks for late withdrawal on day 9."),
    (METHADONE, "Methadone stays at 60 mg and the ward scores the newborn for 72 hours. Bed sharing on the big "
     "mattress is ok after he gains weight well; breast milk is encouraged."),
    # MA127: the baby taken into the bed, an adult there too, is still the baby's bed sharing
    (SEDATIVES, "Both sedatives go on and make her drowsy. She may bring her son into bed with her husband for the "
     "dawn bottle; the health visitor checks for late withdrawal on day 9."),
    # MA127: an adult named as the bed's company, the baby joined to it, is still the baby's bed sharing
    (SEDATIVES, "Both sedatives go on and make her drowsy. She is free to share the bed with her boyfriend and her "
     "son at weekends; the health visitor checks for late withdrawal on day 9."),
    # a rule whose exception is every time it applies
    # sleep on a sofa or in a chair with the baby, a gerund phrase as the subject, two negators after it
    (PARTNER, "His quetiapine leaves him hard to rouse; the mother gives every night bottle. Him napping in the "
     "armchair with the newborn is not a thing we would advise against. The health visitor reviews at 6 weeks."),
    (PARTNER, "His quetiapine leaves him hard to rouse; the mother gives every night bottle. Dad nodding off on the "
     "settee with the newborn on his chest is not something we would discourage. Health visitor review at 6 weeks."),
    (SEDATIVES, "Both sedatives go on and make her drowsy. We see no reason why she should not doze with her son "
     "on the couch after the late dose; the health visitor visits on day 9."),
    (SEDATIVES, "Both sedatives go on and make her drowsy. No co-sleeping with her son except overnight; the "
     "health visitor checks for late withdrawal on day 9."),
    # a word that forbids or finds fault with the act, negated: "not stop", "no objection", "not a problem"
    (PARTNER, "His quetiapine leaves him hard to rouse; the mother gives every night bottle. Nobody is going to stop "
     "him nodding off on the sofa with the newborn at weekends. The health visitor reviews at 6 weeks."),
    (SEDATIVES, "Both sedatives go on and make her drowsy; the foster carer gives the night bottles. We raise no "
     "objection to her dozing in an armchair with her son after lunch. The health visitor visits on day 9."),
    (PARTNER, "His quetiapine leaves him hard to rouse; the mother gives every night bottle. Falling asleep on the "
     "settee holding the newborn after the evening dose would be no problem. Health visitor review at 6 weeks."),
    (METHADONE, "Methadone stays at 60 mg and the ward scores the newborn for 72 hours. She is never to co-sleep "
     "with him except when napping. Breast milk is encouraged."),
    # sleep on a sofa or in a chair with the baby judged fine, with no negation at all
    (PARTNER, "His quetiapine leaves him hard to rouse; the mother gives every night bottle. Napping in the armchair "
     "with the newborn on a Sunday afternoon is perfectly okay. The health visitor reviews at 6 weeks."),
    (SEDATIVES, "Both sedatives go on and make her drowsy; the foster carer gives the night bottles. Her nodding off "
     "on the couch holding her son would be fine at weekends. The health visitor visits on day 9."),
    # MA127: sleep on a sofa granted on the nights without a dose
    (PARTNER, "His quetiapine leaves him hard to rouse; the mother gives every night bottle. On evenings he has "
     "taken no quetiapine he can nap with the newborn on the couch. The health visitor reviews at 6 weeks."),
]
STANDS = [
    # a feed in bed sitting up, awake, the baby back in the cot: no sleep shared
    (SEDATIVES, "Both sedatives go on and make her drowsy. She can give her son his dawn bottle sitting up in bed "
     "while the foster carer is awake beside her, then he goes back to his cot. The health visitor checks to day 9."),
    # MA127: a bed granted with an adult named as the one sharing it, the baby in his own cot
    (SEDATIVES, "Both sedatives go on and make her drowsy. She is free to share the bed with her boyfriend while "
     "her son sleeps in his own cot; the health visitor checks for late withdrawal on day 9."),
    (SEDATIVES, "Both sedatives go on and make her drowsy. She may sleep in the same bed with husband Sam, and her "
     "son sleeps in the cot beside them; the health visitor checks for late withdrawal on day 9."),
    (SEDATIVES, "Both sedatives go on and make her drowsy. She can sleep in a bed with her girlfriend, and her son "
     "sleeps in his own crib; the health visitor checks for late withdrawal on day 9."),
    # the permission denied, whatever the baby's progress
    (METHADONE, "Methadone stays at 60 mg and the ward scores the newborn for 72 hours. Bed sharing is never ok on "
     "methadone, even after he gains weight well; breast milk is encouraged."),
    # one negation
    (SEDATIVES, "Both sedatives go on and make her drowsy: she must never cosleep with her son, and the foster carer "
     "gives the night bottles. The health visitor checks for late withdrawal on day 9."),
    # a negation of another act after the rule, in its own clause
    (SEDATIVES, "Both sedatives go on and make her drowsy. She must not co-sleep with her son, and nothing suggests "
     "she will not follow this; the foster carer gives the night bottles and checks for late withdrawal to day 9."),
    # a reasoned exception that does not cover the rule's times
    (SEDATIVES, "Both sedatives go on and make her drowsy. No co-sleeping, except to hold him sitting up in the "
     "day room while staff are present; the foster carer gives the night bottles and checks him to day 9."),
    # litotes about something else, the plan plain
    (METHADONE, "Methadone stays at 60 mg. It is not uncommon for newborns to be unsettled, so the ward scores him "
     "for 72 hours; breast milk is encouraged and he is never in her bed after a dose."),
    # holding the baby awake on a sofa or chair, allowed by two negatives, is no sleep shared
    (PARTNER, "His quetiapine leaves him hard to rouse; the mother gives every night bottle and the newborn sleeps in "
     "its own crib. Him sitting on the settee with the newborn in the daytime, wide awake, is not something we would "
     "discourage. The health visitor reviews at 6 weeks."),
    # one negation on sleep on the sofa
    (PARTNER, "His quetiapine leaves him hard to rouse; the mother gives every night bottle and he must never doze "
     "on the settee with the newborn. The health visitor reviews at 6 weeks."),
    # the same words forbidding it, or finding fault with it, stand
    (PARTNER, "His quetiapine leaves him hard to rouse; the mother gives every night bottle. We will stop him "
     "nodding off on the sofa with the newborn, and he has agreed. The health visitor reviews at 6 weeks."),
    (SEDATIVES, "Both sedatives go on and make her drowsy; the foster carer gives the night bottles. Dozing in an "
     "armchair with her son is a real problem on these doses. The health visitor visits on day 9."),
    (METHADONE, "Methadone stays at 60 mg and must not be stopped, as withdrawal is a problem for the newborn, whom "
     "the ward scores for 72 hours; breast milk is encouraged and he is never in her bed after a dose."),
    # breastfeeding allowed by "no reason ... not" is no co-sleeping
    (METHADONE, "Methadone stays at 60 mg and the ward scores the newborn for 72 hours. There is no reason she "
     "should not give breast milk, and she never shares her bed with him after a dose."),
    # sleep on a sofa judged not fine, or fine only awake
    (PARTNER, "His quetiapine leaves him hard to rouse; the mother gives every night bottle. Napping in the armchair "
     "with the newborn is never okay on these doses. The health visitor reviews at 6 weeks."),
    (SEDATIVES, "Both sedatives go on and make her drowsy; the foster carer gives the night bottles. Sitting on the "
     "couch holding her son is fine, but she must never doze there with him. The health visitor visits on day 9."),
    # the baby's own sleeping place, the sofa ruled out; the partner's nights after a dose given to the mother
    (PARTNER, "His quetiapine leaves him hard to rouse. The newborn sleeps in the crib by the bed, never on the "
     "couch; on nights he has taken it, the mother gives the feeds. The health visitor reviews at 6 weeks."),
]


def _overall_codes(example: str, text: str) -> set[str]:
    data: dict[str, Any] = json.loads((EXAMPLES / example).read_text(encoding="utf-8"))
    data["overall_conclusion"]["text"] = text
    return {i.code for i in check(record_from_data(data), today=dt.date(2026, 12, 3)) if i.severity == "error"}


_OVERALL_ALLOWS = (
    "Diazepam and pregabalin go on for now. Nothing stops the mother from co-sleeping, and it is not untrue that she "
    "need not avoid sharing her bed with the baby. The health visitor reviews on day 9."
)
_OVERALL_FORBIDS = (
    "Diazepam and pregabalin go on for now, and sedate her: she must never share her bed or a sofa with the baby, and "
    "the foster carer does the night feeds. Late withdrawal watched to day 8 by the carer and health visitor."
)


@pytest.mark.parametrize(("where", "text"), ALLOWED)
def test_sleep_sharing_allowed_through_negation_is_refused(where: tuple[str, str], text: str) -> None:
    assert "MA127" in _codes(where, text)


@pytest.mark.parametrize(("where", "text"), STANDS)
def test_a_rule_kept_passes(where: tuple[str, str], text: str) -> None:
    assert "MA127" not in _codes(where, text)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize(("where", "text"), ALLOWED + STANDS)
def test_a_disguised_conclusion_gets_the_plain_verdict(where: tuple[str, str], text: str, seed: int) -> None:
    plain = "MA127" in _codes(where, text)
    assert ("MA127" in _codes(where, disguise(text, random.Random(seed)))) == plain


def test_the_overall_conclusion_allowing_it_is_refused_and_forbidding_it_passes() -> None:
    example = SEDATIVES[0]
    assert "MA127" in _overall_codes(example, _OVERALL_ALLOWS)
    assert "MA127" in _overall_codes(example, disguise(_OVERALL_ALLOWS, random.Random(3)))
    assert "MA127" not in _overall_codes(example, _OVERALL_FORBIDS)


UNCLEAR = [
    # an odd stack over the watch: denied, no plan, too little left
    (CITALOPRAM, "Citalopram 20 mg continues. That the maternity team will not neglect to watch her newborn is "
     "not true; feeding not discouraged."),
    # a longer even stack: unclear
    (CITALOPRAM, "Citalopram 20 mg continues. Nobody can say a newborn check is not never unneeded; feeding not "
     "discouraged."),
]
PLANS = [
    (CITALOPRAM, "Citalopram 20 mg continues. The maternity team will not fail to watch her newborn for 48 hours "
     "after birth; breastfeeding is not discouraged."),
    (CITALOPRAM, "Citalopram 20 mg continues. It is not unusual for newborns to be jittery, so the midwife watches "
     "her newborn for 48 hours; breastfeeding is supported."),
]


@pytest.mark.parametrize(("where", "text"), UNCLEAR)
def test_an_act_under_an_odd_or_long_stack_is_no_plan(where: tuple[str, str], text: str) -> None:
    assert _codes(where, text) & {"MA103", "MA104", "MA122", "MA124"}
    assert _codes(where, disguise(text, random.Random(1))) & {"MA103", "MA104", "MA122", "MA124"}


@pytest.mark.parametrize(("where", "text"), PLANS)
def test_a_resolved_stack_keeps_the_plan(where: tuple[str, str], text: str) -> None:
    assert not _codes(where, text) & {"MA103", "MA104", "MA122", "MA124"}


@pytest.mark.parametrize(
    ("text", "allowed"),
    [
        ("no reason that he should not bed share.", True),
        ("sharing a bed with her is not inadvisable.", True),
        ("never co-sleep.", False),
        ("co-sleeping is not advised if he is not alert.", False),
        ("she must not drink nor co-sleep.", False),
        ("no co-sleeping, except for daytime feeds when she is awake.", False),
        ("no co-sleeping except at night.", True),
        ("no co-sleeping except when not asleep.", False),
        # the baby in bed with a parent is sharing the bed, however it is put
        ("no reason she should not have the infant in bed with her.", True),
        ("there is no reason not to take him into bed with them.", True),
        ("no reason she should not be in bed early.", False),
        # an exception opened by two words, as by one
        ("she must not bed share, other than at bedtime when she is tired.", True),
        ("she must not bed share, apart from naps.", True),
        ("she must not bed share, apart from sitting up to feed him in the day.", False),
        ("there is no reason she should not breastfeed.", False),
        # sleep on a sofa, a settee, a couch or in a chair with the baby is sharing the baby's sleep
        ("him dozing on the couch with the infant is not something we would discourage.", True),
        ("her falling asleep in the armchair with him is not inadvisable.", True),
        ("no reason he should not nap with the baby.", True),
        ("no reason he should not sit on the sofa with the baby while awake.", False),
        ("no reason he should not change the nappy on the sofa.", False),
        ("he must never doze on the sofa with the baby.", False),
        ("there is no reason he cannot doze on the couch while the infant sleeps in her cot.", False),
        # words that forbid or find fault with sleep shared, negated, allow it; alone, they forbid it
        ("we would not stop her napping in the chair with the infant.", True),
        ("no objection to him asleep on a couch with the baby.", True),
        ("her dozing on the settee with him is not a problem.", True),
        ("we would stop her napping in the chair with the infant.", False),
        ("her dozing on the settee with him is a problem.", False),
        ("no objection to him sitting on a couch with the baby.", False),
        # sleep on a sofa or in a chair with the baby judged fine with no negation allows it; judged otherwise, or
        # the sofa with no sleep, or the baby fine, does not
        ("dozing on the couch with the infant after a dose is fine.", True),
        ("naps in the armchair with him are acceptable.", True),
        ("dozing on the couch with the infant after a dose is not fine.", False),
        ("dozing on the couch with the infant is unsafe.", False),
        ("sitting on the couch with the infant is fine.", False),
        ("she dozed on the couch with the infant and the infant is fine.", False),
        # the items of a list run on one line negate their own acts
        ("plan: - no night bottles by him - never asleep with the infant on the sofa - crib by her bed", False),
        ("plan: - no reason he should not nap with the infant - crib by her bed", True),
        # granted plainly, with nothing negated: by a modal before the act, or judged fine after it, even limited to a
        # feed, a time or a condition about the baby
        ("she can take her son into bed with her at dawn.", True),
        # brought into the parent's own bed
        ("after his evening dose he may bring the infant into his bed for a doze.", True),
        ("he must never bring the infant into his bed after a dose.", False),
        ("she can carry the infant into her bedroom to change him.", False),
        ("he is allowed to bed share at weekends.", True),
        ("bed sharing on the big mattress is ok after the first fortnight.", True),
        ("cosleeping in the parents' bed is acceptable once the infant gains weight.", True),
        # not a grant: negated, the risk or a belief, the parent off the medicine, an adult's company, no shared sleep
        ("she can feed her son in bed sitting up while her husband is awake, then returns him to the crib.", False),
        ("bed sharing is never ok, even after the first fortnight.", False),
        ("she can not take her son into bed with her.", False),
        ("the danger is that she may take her son into bed with her.", False),
        ("he thinks bed sharing is acceptable.", False),
        ("bed sharing is acceptable once she has stopped pregabalin.", False),
        ("she can lie in bed with her husband while the infant sleeps in the crib.", False),
        ("she can bring her son into bed with her to feed sitting up while her husband is awake.", False),
        # sleep on a sofa or in a chair granted on the nights (or after the days) the medicine is not taken: no such
        # night makes that place safe, so the condition's own negation does not take the grant back
        ("on evenings she has had no pregabalin she can nap with the infant on the couch.", True),
        ("if he has not taken his tablet, he may doze in the armchair with the infant.", True),
        # ... but a bed so granted is lifted as a stop of the medicine lifts it, the negation of the grant itself,
        # or of a condition about something else, stands, and so does the place ruled out
        ("on evenings she has had no pregabalin she can have the infant in bed with her.", False),
        ("there is no evening on which she can nap with the infant on the couch.", False),
        ("if the infant is not settling, she can never nap with him on the couch.", False),
        ("the infant sleeps in the cot, never on the sofa.", False),
        ("on nights he takes no tablet he can not doze with the infant on the settee.", False),
        ("on nights he takes no tablet he must never doze with the infant on the settee.", False),
    ],
)
def test_what_allows_sleep_sharing(text: str, allowed: bool) -> None:
    assert bool(allowed_sleep_sharing(normalise(text))) == allowed


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("the ward will not not fail to score him. formula feeds.", "formula feeds."),
        ("it is false that no one will not weigh him. formula feeds.", "formula feeds."),
        ("the ward will not fail to score him. formula feeds.", "the ward will not fail to score him. formula feeds."),
        ("not unusual to be unsettled; the ward scores him.", "not unusual to be unsettled; the ward scores him."),
    ],
)
def test_what_is_set_aside(text: str, kept: str) -> None:
    assert " ".join(without_stacked(normalise(text)).replace(" .", "").split()).strip(". ") == kept.strip(".")


def _first_act_word_by_word(part: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """The first act in ``part`` found by trying every act at every word, as the reading did before its pre-check
    on an act's first word: the pre-check must find the same act at the same place."""
    found = _lexicon()
    assert found is not None
    for i in range(len(part)):
        for act in found.acts:
            end = _act_end(part, i, act)
            if end is not None:
                return i, end
    return None


def _acts() -> list[tuple[str, ...]]:
    found = _lexicon()
    assert found is not None
    return list(found.acts)


@pytest.mark.parametrize("act", _acts(), ids=" ".join)
def test_each_act_is_found_where_it_opens_as_before(act: tuple[str, ...]) -> None:
    """Each act of the lexicon, its stems written out ("share*" as "shares"), in a clause with words before it
    that open none (one a stem's near miss: "bedtime" is not "bed-shar*"), is found at the same word as by
    trying every act at every word; so is each clause of a text holding none."""
    said = " ".join("her son" if s == "..." else s[:-1] + "s" if s.endswith("*") else s for s in act)
    found = _lexicon()
    assert found is not None
    for text in (
        f"at bedtime the mother says she will {said} the newborn tonight",
        f"{said} after a late dose",
        "the sleeping arrangements were gone through; a cot beside the bed, formula at night",
    ):
        for part in _parts(normalise(text), found):
            assert _act_at(part, found) == _first_act_word_by_word(part)
    opened = [_act_at(part, found) for part in _parts(normalise(f"at bedtime she may {said} the baby"), found)]
    assert any(span is not None for span in opened)


def _first_words_and_seconds() -> list[tuple[str, str]]:
    """Each act's first stem written out, with each second stem of any act written out after it (and nothing)."""
    found = _lexicon()
    assert found is not None
    written = {s: "her son" if s == "..." else s[:-1] + "s" if s.endswith("*") else s for a in found.acts for s in a}
    firsts = sorted({written[a[0]] for a in found.acts})
    seconds = [*sorted({written[a[1]] for a in found.acts if len(a) > 1}), ""]
    return [(first, second) for first in firsts for second in seconds]


@pytest.mark.parametrize(("first", "second"), _first_words_and_seconds(), ids=lambda w: w or "end")
def test_an_act_is_tried_by_the_word_after_its_first_as_every_act_would_be(first: str, second: str) -> None:
    """The acts tried at a word are those whose second stem is the next word or may be any (the places of sleep
    after one verb make hundreds): what is found, word after word and at a clause's end, is what trying every act
    at every word finds, in look-alike letters and zero-width characters too. "Bedtime" opens none."""
    found = _lexicon()
    assert found is not None
    rng = random.Random(f"{first} {second}")
    for text in (
        f"at bedtime she will {first} {second} the sofa with the newborn",
        f"no {first} {second}, not ever",
    ):
        for form in (text, disguise(text, rng)):
            for part in _parts(normalise(form), found):
                assert _act_at(part, found) == _first_act_word_by_word(part)
