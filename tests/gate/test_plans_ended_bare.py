"""MA122: a plan, or a thing the plan needs, told as ended in the past or the perfect ("went back", "fell through",
"was called off", "has been withdrawn"), its sentence closing after at most a short tail of where or when, with
nothing after it anywhere in the conclusion telling what stands instead, is the plan taken back though no words say
"nothing in its place" ([ended_bare] in mappings/hollow-phrases.toml). The conclusion is refused for the concern
the ended thing names (its watch, its sleeping place, its night care, its review), whatever else it says of it.

Both ways: against a return to come ("goes back once ..."), a successor, replacement or fallback in the sentence
("when the cot was delivered", "so her sister now stays over", "and rebooked for ...", "as planned"), a successor
told in a later sentence in the concern's own words or outright, a medicine stopped, and a person who withdrew and
was replaced. Texts worded apart from the red-team corpora; a disguise changes no verdict."""

from __future__ import annotations

import random

import pytest

from medassess.gate.concerns import withdrawn_unreplaced
from tests.gate.conclusions import METHADONE, PARTNER, SEDATIVES, SERTRALINE
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

_METHADONE_PLAN = (
    "Methadone carries on at 60 mg. Breast milk is encouraged, since it may soften withdrawal in the newborn. She is "
    "drowsy after dosing, so the infant never shares her bed or a settee. "
)
_PARTNER_PLAN = (
    "His night-time quetiapine leaves him too drowsy to tend the infant overnight or to share a bed or settee with "
    "it; the mother does the night feeds. "
)
_SEDATIVES_PLAN = (
    "Diazepam and pregabalin carry on; she is drowsy, so never a shared bed, settee or chair, and the carer does "
    "the nights. "
)
_SERTRALINE_PLAN = (
    "Sertraline 50 mg carries on, as stopping risks a relapse; the practice sees her about low mood after delivery. "
    "The midwives watch the baby for jitteriness and poor feeding for two days after birth. "
)

REFUSED = [
    # the watch called off, nothing after it; a benefit told later in the watch's terms is no plan
    (METHADONE, "Methadone carries on at 60 mg. The abstinence scoring arranged on the maternity unit has been "
     "called off. Breast milk is encouraged, since it may soften withdrawal. She is drowsy after dosing, so the "
     "infant never shares her bed or a settee."),
    # the sleeping place given back, nothing arranged in its place
    (PARTNER, _PARTNER_PLAN + "The bedside cot was handed back to the neighbours on Sunday."),
    (PARTNER, _PARTNER_PLAN + "The sidecar crib has gone back to the lending library."),
    # the night care fell through
    (SEDATIVES, "Diazepam and pregabalin carry on; she is drowsy, so never a shared bed, settee or chair. The "
     "overnight cover from the agency fell through last week."),
    (SEDATIVES, _SEDATIVES_PLAN + "The arrangement for the carer to do every night feed has since fallen through."),
    # the review withdrawn; the same plan told before in other words is taken back with it
    (SERTRALINE, _SERTRALINE_PLAN + "The low mood review has been withdrawn."),
    (SEDATIVES, "Diazepam and pregabalin carry on; she is drowsy, so never a shared bed, settee or chair, and the "
     "agency carer does every night feed. The agency carer's night-time cover has since fallen through."),
    # the night cover named with its holder in an aside, beside a dose taken at night, then fallen through; the cot
    # checked after it is another kind of thing, no cover for the nights (found passing by fresh144)
    (PARTNER, "His quetiapine 300 mg at night leaves him too drowsy to tend the infant, so his sister, Maeve, was to "
     "sleep over and cover the nights. Maeve's overnight cover fell through on Friday. The midwife saw the cot and "
     "found it safe; she looks at it again at the next visit."),
]
PASSED = [
    # a return to come, its successor told with it
    (PARTNER, _PARTNER_PLAN + "The loaned bedside cot goes back once the new cot is delivered."),
    (PARTNER, _PARTNER_PLAN + "The bedside cot will go back when the family's own cot comes."),
    # given back when its successor came
    (PARTNER, _PARTNER_PLAN + "The crib went back when the cot was delivered."),
    # a fallback told in the sentence
    (SEDATIVES, _SEDATIVES_PLAN + "The agency night cover fell through, so her aunt now stays over and does the "
     "nights."),
    # cancelled and rebooked
    (SERTRALINE, _SERTRALINE_PLAN + "The low mood review was cancelled and rebooked for 3 May."),
    # a watch ended at its planned end
    (METHADONE, _METHADONE_PLAN + "Abstinence scoring on the unit was stopped on day 5 as planned."),
    (METHADONE, _METHADONE_PLAN + "The abstinence scoring on the unit was called off on day 4 as planned."),
    # a person who withdrew and was replaced
    (SEDATIVES, _SEDATIVES_PLAN + "The first carer withdrew and a new carer was found who covers every night."),
    (SEDATIVES, "Diazepam and pregabalin carry on; she is drowsy, so never a shared bed, settee or chair. The first "
     "foster carer withdrew; Mrs Okafor has taken the placement and does the night feeds."),
    # a successor told in a later sentence, outright or in the concern's own words
    (SEDATIVES, _SEDATIVES_PLAN + "The agency night cover fell through last week. Her aunt now stays over and "
     "does the nights."),
    (METHADONE, _METHADONE_PLAN + "The abstinence scoring on the unit was cancelled. The midwives on the ward "
     "score the baby for 72 hours instead."),
    (METHADONE, _METHADONE_PLAN + "The home scoring has been called off. The baby is watched for withdrawal on "
     "the postnatal ward for five days."),
    # the ending denied, or under a condition
    (PARTNER, _PARTNER_PLAN + "The bedside cot has not gone back to the lending library."),
    (PARTNER, _PARTNER_PLAN + "If the bedside cot went back, the family would use their own cot."),
    # history of another pregnancy, not this plan taken back
    (METHADONE, _METHADONE_PLAN + "The baby is scored for abstinence on the unit for 72 hours. In her previous "
     "pregnancy the abstinence scoring was cancelled."),
    # another thing of its kind told before it, which stands
    (PARTNER, "His night-time quetiapine leaves him too drowsy to tend the infant overnight or to share a bed or "
     "settee with it. The infant sleeps in her own cot by their bed. The borrowed moses basket went back to the "
     "neighbours last week."),
    (METHADONE, "Methadone carries on at 60 mg. The infant is scored for abstinence on the unit for 72 hours. She is "
     "drowsy after dosing, so no shared bed or settee. The home scoring was cancelled."),
    # the same with the nights covered after it, or advice of no kind of thing
    (PARTNER, "His quetiapine 300 mg at night leaves him too drowsy to tend the infant, so his sister, Maeve, was to "
     "sleep over and cover the nights. Maeve's overnight cover fell through on Friday. The mother now does every "
     "night feed and the midwife looks at the cot at the next visit."),
    (PARTNER, "His quetiapine 300 mg at night leaves him too drowsy to tend the infant, so his sister, Maeve, was to "
     "sleep over and cover the nights. Maeve's overnight cover fell through on Friday. The mother does the feeds "
     "overnight, and he never shares a bed or settee with the infant."),
    # a thing beside the plan, which stands
    (SERTRALINE, _SERTRALINE_PLAN + "The additional team review has been withdrawn."),
    (PARTNER, _PARTNER_PLAN + "The spare travel cot went back to his brother."),
    # a medicine stopped is a stop, not a plan taken back
    (SERTRALINE, "Sertraline 50 mg carries on, as stopping risks a relapse. Her mirtazapine was withdrawn in "
     "March."),
]


@pytest.mark.parametrize(("where", "text"), REFUSED)
def test_a_plan_ended_bare_with_nothing_after_is_refused(where: tuple[str, str], text: str) -> None:
    assert "MA122" in _codes(where, text), text


@pytest.mark.parametrize(("where", "text"), PASSED)
def test_a_return_to_come_a_successor_or_a_planned_end_passes(where: tuple[str, str], text: str) -> None:
    assert "MA122" not in _codes(where, text), text


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize(("where", "text"), REFUSED + PASSED)
def test_a_disguised_conclusion_gets_the_plain_verdict(where: tuple[str, str], text: str, seed: int) -> None:
    plain = "MA122" in _codes(where, text)
    assert ("MA122" in _codes(where, disguise(text, random.Random(seed)))) == plain


def test_only_the_concern_the_ended_thing_names_is_given() -> None:
    raised = frozenset({"neonatal-withdrawal", "relapse-if-stopped", "sedation-safe-sleep"})
    assert withdrawn_unreplaced("The unit's abstinence scoring was called off.", raised) == ("neonatal-withdrawal",)
    assert withdrawn_unreplaced("The bedside cot went back to the lending library.", raised) == (
        "sedation-safe-sleep",
    )
    # the thing ended before a later plan for it
    assert withdrawn_unreplaced(
        "The bedside cot went back to the library. The baby sleeps in a moses basket by their bed.", raised
    ) == ()
