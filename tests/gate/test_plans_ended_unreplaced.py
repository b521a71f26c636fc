"""MA122: a plan, an act or a thing the plan needs that the conclusion itself says ended or was withdrawn with
nothing in its place ([claim] retraction_ends, retraction_replacements in mappings/hollow-phrases.toml), or an act
given now to a professional it says has left their post with no one named after them ([holders]
gone_professionals, gone_current, gone_successors in mappings/concerns.toml), refuses the conclusion whatever else
it says of the concern: the plan is gone by its own account. Both ways: whatever the subject of the ending ("the
checks the unit was to do were called off, and nobody has picked them up"), a thing lent given back with nothing
after it, and the holder gone as the passive's agent or the clause's subject; against a replacement told, a watch
come to its planned end, a thing given back when its successor arrives, an act done before the holder left, a
successor named in the next part, and a relative who has retired. Texts worded apart from the red-team corpora; a
disguise changes no verdict."""

from __future__ import annotations

import json
import random

import pytest

from medassess import check, record_from_data
from medassess.gate.concerns import withdrawn_unreplaced
from medassess.gate.holders import given_to_the_gone
from medassess.gate.text import normalise
from tests.gate.conclusions import EXAMPLES, LITHIUM, METHADONE, PARTNER, SEDATIVES, TODAY
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

_METHADONE_PLAN = (
    "Methadone carries on at 60 mg. The newborn is observed for abstinence over three days on the unit. Breast milk "
    "encouraged; no sofa sleeping as methadone makes her drowsy, and the health visitor inspects the crib. "
)
_PARTNER_PLAN = (
    "His night-time quetiapine leaves him too drowsy to tend the infant overnight or to share a bed or settee with "
    "it. The mother does all the night feeds and the infant sleeps in a moses basket by her bed. "
)
_SEDATIVES_PLAN = (
    "Diazepam and pregabalin continue; she is drowsy, so never a shared bed, sofa or chair, and the foster carer does "
    "the nights. "
)
_LITHIUM_PLAN = (
    "Lithium should continue: the risk of relapse after birth outweighs the risks to the baby. The baby needs a "
    "paediatric review; breastfeeding is not advised. "
)

REFUSED = [
    # whatever the subject of the ending, nothing in its place told after it
    (METHADONE, _METHADONE_PLAN + "The abstinence checks the community team were to make at home were called off "
     "last week, and nobody has picked them up."),
    (SEDATIVES, _SEDATIVES_PLAN + "The day-8 checks for late withdrawal by the health visitor have been cancelled, "
     "and no replacement has been arranged."),
    # a thing the plan needs given back, nothing arranged for after
    (PARTNER, _PARTNER_PLAN + "The moses basket is borrowed from a neighbour and has to go back at the weekend; "
     "nothing is in place after that."),
    # the holder gone, as a passive's agent and as the subject, an act now or to come
    (LITHIUM, _LITHIUM_PLAN + "Serum lithium levels are taken monthly by Dr Okafor, who has left the practice."),
    (METHADONE, _METHADONE_PLAN + "Ruth Vine, the midwife who is no longer in post, will score the newborn on day 2."),
]
PASSED = [
    # a replacement told
    (METHADONE, _METHADONE_PLAN + "The home abstinence checks were cancelled and replaced by a clinic review on "
     "day 5."),
    # a watch come to its planned end
    (SEDATIVES, _SEDATIVES_PLAN + "The health visitor's watch for late withdrawal ended on day 8 as planned, with no "
     "signs; no other check is booked."),
    (METHADONE, _METHADONE_PLAN + "The unit's scoring was stopped after 72 hours with no signs; no other check is "
     "booked."),
    # given back when what follows it arrives
    (PARTNER, _PARTNER_PLAN + "The moses basket goes back to the neighbour at the weekend when the cot arrives."),
    # an act done before the holder left, a successor named after
    (LITHIUM, _LITHIUM_PLAN + "Dr Okafor, who has since retired, started the monthly serum lithium levels; Dr Lund "
     "now takes them."),
    # what stands for the time being told after the saying
    (PARTNER, _PARTNER_PLAN + "The health visitor's basket checks were called off and nobody has picked them up, so "
     "the GP looks at the sleeping place at the 6-week review."),
    # a relative who has retired is no post left
    (PARTNER, _PARTNER_PLAN + "Her father, who has retired, will be there in the evenings too."),
]


@pytest.mark.parametrize(("where", "text"), REFUSED)
def test_a_plan_ended_with_nothing_in_its_place_is_refused(where: tuple[str, str], text: str) -> None:
    assert "MA122" in _codes(where, text), text


@pytest.mark.parametrize(("where", "text"), PASSED)
def test_a_plan_replaced_completed_or_still_held_passes(where: tuple[str, str], text: str) -> None:
    assert "MA122" not in _codes(where, text), text


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize(("where", "text"), REFUSED + PASSED)
def test_a_disguised_conclusion_gets_the_plain_verdict(where: tuple[str, str], text: str, seed: int) -> None:
    plain = "MA122" in _codes(where, text)
    assert ("MA122" in _codes(where, disguise(text, random.Random(seed)))) == plain


def test_the_message_gives_the_path_and_quotes_nothing() -> None:
    example, assessment = METHADONE
    data = json.loads((EXAMPLES / example).read_text(encoding="utf-8"))
    index = next(i for i, a in enumerate(data["assessments"]) if a["id"] == assessment)
    data["assessments"][index]["conclusion"] = REFUSED[0][1]
    found = [i for i in check(record_from_data(data), today=TODAY) if i.code == "MA122"]
    assert [i.path for i in found] == [f"$.assessments[{index}].conclusion"]
    assert "ended or withdrawn with nothing in its place" in found[0].message
    assert assessment in found[0].message
    assert not any(w in found[0].message.lower() for w in ("community team", "called off", "nobody", "picked"))


def test_a_gone_holder_message_quotes_nothing() -> None:
    example, assessment = LITHIUM
    data = json.loads((EXAMPLES / example).read_text(encoding="utf-8"))
    index = next(i for i, a in enumerate(data["assessments"]) if a["id"] == assessment)
    data["assessments"][index]["conclusion"] = REFUSED[3][1]
    found = [i for i in check(record_from_data(data), today=TODAY) if i.code == "MA122"]
    assert [i.path for i in found] == [f"$.assessments[{index}].conclusion"]
    assert "has left their post" in found[0].message
    assert not any(w in found[0].message.lower() for w in ("okafor", "practice", "monthly"))


def test_only_the_concern_of_the_plan_ended_is_named() -> None:
    raised = frozenset({"neonatal-withdrawal", "relapse-if-stopped", "sedation-safe-sleep"})
    text = "The unit's abstinence checks were stopped on day 2 and nobody has replaced them."
    assert withdrawn_unreplaced(text, raised) == ("neonatal-withdrawal",)


@pytest.mark.parametrize(
    "text",
    [
        # a medicine stopped is a stop, not a plan taken back
        "Her citalopram was stopped abruptly at 9 weeks and nothing has replaced it.",
        # a fallback told after the saying
        "The unit's abstinence checks were stopped on day 2 and nobody has replaced them, but the GP sees the baby "
        "on day 5.",
        # a replacement told before it
        "The unit's abstinence checks were cancelled in favour of home scoring; no other check is booked.",
    ],
)
def test_a_stop_a_fallback_or_a_replacement_is_no_plan_gone(text: str) -> None:
    raised = frozenset({"neonatal-withdrawal", "relapse-if-stopped", "sedation-safe-sleep"})
    assert withdrawn_unreplaced(text, raised) == ()


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("The cot checks are made by Dr Amis, who has moved away.", True),
        ("The cot checks were made by Dr Amis, who has moved away.", False),
        ("Dr Amis, who has moved away, will make the cot checks; her successor reads the notes.", False),
        ("Her aunt, who has retired, will make the cot checks with the health visitor.", False),
        ("Her keyworker, who has left the service, is being replaced; the duty worker supervises her doses.", False),
    ],
)
def test_the_gone_holder_is_read_with_its_time_and_successor(text: str, gone: bool) -> None:
    assert given_to_the_gone(normalise(text)) is gone
