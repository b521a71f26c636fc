"""MA122: a plan held by someone the text says has left their post, gated on a birth before the pregnancy began, or
gated only on a stop now of a medicine the text says goes on, is held by no one ([holders] gone_asides, [narrowed]
conception_events, stop_*), both ways: the agent of a passive or the subject opening a clause said to have retired
or left, against a successor named, someone else's leaving and a leaving told as a time; a birth before
conception, against a birth before a gestation or a visit; "only if she stops X today" beside "X continues",
against a plain "if", a stop at no set time and a stop of what is no medicine. And MA127: a conclusion putting off
the start of a medicine the list gives as started already, against a start as listed. Texts worded apart from the
red-team corpora; a disguise changes no verdict."""

from __future__ import annotations

import json
import random

import pytest

from medassess import check, record_from_data
from medassess.gate.holders import plans_held_by_gone, without_gone_holders
from medassess.gate.narrowed import without_narrowed
from medassess.gate.text import normalise
from tests.gate.conclusions import CITALOPRAM, EXAMPLES, METHADONE, PARTNER, SEDATIVES, TODAY, VALPROATE
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

GONE = [
    "the newborn will be observed for abstinence over three days by Priya Shah, the named midwife who has since "
    "retired.",
    "Tom Reeve, who has left the practice, will check the crib at the first home visit.",
    "and the crib is inspected by her health visitor, who left in the spring.",
    "the infant's cot is checked by Mr Hale, the health visitor who has retired from the trust.",
]
STAYING = [
    "the newborn will be observed for abstinence over three days by the midwife who replaced Priya Shah.",
    "Since Priya Shah retired, the locum midwife observes the newborn for abstinence over three days.",
    "The health visitor, who took over from a colleague who retired in June, will check the crib.",
    "Tom Reeve, who has left the decision to the GP, will check the crib at the first home visit.",
    "The crib is inspected by her health visitor, who has now handed over to a colleague.",
    "Her midwife, who has left the trust, is covered by Sam Ode, midwife, who observes the newborn for abstinence.",
    "Tom Reeve, who has retired, is being covered by the locum health visitor, who checks the crib.",
    "Ann Cole, who has left the team, has a deputy: the crib is checked by Ann's caseload holder, who took her place.",
]


@pytest.mark.parametrize("text", GONE)
def test_a_plan_held_by_someone_who_has_left_is_set_aside(text: str) -> None:
    assert not without_gone_holders(normalise(text)).strip(" ."), text


@pytest.mark.parametrize("text", STAYING)
def test_a_plan_held_by_someone_still_there_stands(text: str) -> None:
    assert without_gone_holders(normalise(text)) == normalise(text)


def test_only_the_clause_of_the_gone_holder_is_set_aside() -> None:
    text = normalise("The ward midwives observe the newborn for 72 hours, and the crib is checked by Ann Cole, who "
                     "has retired.")
    assert without_gone_holders(text).startswith("the ward midwives observe the newborn for 72 hours,")
    assert "crib" not in without_gone_holders(text)


# An act still to come held by someone who has left, no successor named anywhere, is a check the reader counts on
# that no one will make, whatever else answers the concern, as an act given to a role said absent is (found passing
# by the hundred-and-thirty-sixth fresh corpus).
PARTNER_RULE = (
    "His quetiapine 300 mg at night makes him very hard to rouse; he never has the infant in bed, on the sofa or in "
    "a chair with him, and Jo does every night feed."
)
EXTRA_HELD_BY_GONE = [
    f"{PARTNER_RULE} The Moses basket is looked at every fortnight by Ms Dale, the health visitor who has resigned.",
    f"{PARTNER_RULE} Ms Dale, who has moved on, will look at the Moses basket at each home visit.",
    # moved to another employer, told with where to (found passing by the hundred-and-fortieth fresh corpus)
    f"{PARTNER_RULE} Ms Dale, who moved to a different practice, will look at the Moses basket at each home visit.",
    f"{PARTNER_RULE} The Moses basket is looked at every fortnight by Ms Dale, who has transferred to another trust.",
]
EXTRA_HELD_OR_TOLD = [
    # a successor named in another part of the text
    f"{PARTNER_RULE} The Moses basket is looked at every fortnight by Ms Dale, who has resigned; her successor "
    "Ravi Low takes this on from next month.",
    f"{PARTNER_RULE} The Moses basket is looked at every fortnight by Ms Dale, who has resigned; Ravi Low, who "
    "replaced her, looks at it too.",
    # an act told as done before she left
    f"{PARTNER_RULE} The Moses basket was looked at on day 4 by Ms Dale, who has since resigned.",
    # a leaving told alone, beside a plan held by someone there
    f"{PARTNER_RULE} Ms Dale has since resigned; Ravi Low, who replaced her, looks at the Moses basket at each "
    "home visit.",
    # a move told as a plain sentence, someone now in the post
    f"{PARTNER_RULE} Ms Dale moved to another trust in March; Ravi Low now looks at the Moses basket at each home "
    "visit.",
]


@pytest.mark.parametrize("text", EXTRA_HELD_BY_GONE)
def test_an_extra_act_held_by_someone_who_has_left_is_refused(text: str) -> None:
    assert plans_held_by_gone(normalise(text))
    assert "MA122" in _codes(PARTNER, text)


@pytest.mark.parametrize("text", EXTRA_HELD_OR_TOLD)
def test_an_extra_act_with_a_successor_or_told_as_done_stands(text: str) -> None:
    assert not plans_held_by_gone(normalise(text))
    assert "MA122" not in _codes(PARTNER, text)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize("text", EXTRA_HELD_BY_GONE + EXTRA_HELD_OR_TOLD)
def test_a_disguised_extra_act_gets_the_plain_verdict(text: str, seed: int) -> None:
    plain = "MA122" in _codes(PARTNER, text)
    assert ("MA122" in _codes(PARTNER, disguise(text, random.Random(seed)))) == plain


NEVER = [
    "formula feeds; the ward observes the infant only if it is born before she became pregnant.",
    "formula feeds; should the baby be born earlier than conception, the midwife observes it.",
]
CAN_HOLD = [
    "formula feeds; the ward observes the infant if it is born before 34 weeks.",
    "formula feeds; the ward observes the infant if she delivers before her booking visit.",
    "formula feeds; folic acid was started before she conceived, and the ward observes the infant.",
]


@pytest.mark.parametrize("text", NEVER)
def test_a_birth_before_conception_is_set_aside(text: str) -> None:
    assert " ".join(without_narrowed(normalise(text)).split()).strip(". ") == "formula feeds;"


@pytest.mark.parametrize("text", CAN_HOLD)
def test_a_birth_before_a_real_point_stands(text: str) -> None:
    assert without_narrowed(normalise(text)) == normalise(text)


STOPS_RULED_OUT = [
    "Buprenorphine stays at 16 mg. The ward observes the infant only if she comes off buprenorphine now.",
    "Only once she stops taking sertraline this week will the midwife observe the infant; sertraline continues.",
]
STOPS_THAT_CAN_HAPPEN = [
    # a plain "if": a real contingency
    "Buprenorphine stays at 16 mg. If she comes off buprenorphine now, the ward observes the infant as well.",
    # a stop at no set time: the plan for the relapse a stop risks
    "Sertraline goes on at 100 mg. The GP sees her about her mood only if she stops sertraline.",
    # the medicine is not said to go on
    "The ward observes the infant only if she comes off buprenorphine now.",
    # not a medicine
    "Breast milk continues; formula only if she stops breastfeeding now.",
]


@pytest.mark.parametrize("text", STOPS_RULED_OUT)
def test_a_plan_gated_on_a_stop_the_text_rules_out_is_set_aside(text: str) -> None:
    assert "observe" not in without_narrowed(normalise(text))


@pytest.mark.parametrize("text", STOPS_THAT_CAN_HAPPEN)
def test_a_stop_that_can_happen_stands(text: str) -> None:
    assert without_narrowed(normalise(text)) == normalise(text)


REFUSED = [
    (METHADONE, "Methadone carries on at 60 mg. The newborn will be observed for abstinence over three days by "
     "Priya Shah, the named midwife who has since retired. Breast milk encouraged; no sofa sleeping as methadone "
     "makes her drowsy, and the health visitor inspects the crib."),
    (CITALOPRAM, "Citalopram 20 mg goes on, as she became unwell when she stopped it before. If the infant is "
     "born ahead of conception, the community midwife observes it for tremor and fast breathing over two days. "
     "Breast milk encouraged."),
    (METHADONE, "Methadone carries on at 60 mg. Only if she comes off methadone right away does the ward observe "
     "the newborn for abstinence over three days. Breast milk encouraged; no sofa sleeping as methadone makes her "
     "drowsy, and the health visitor inspects the crib."),
    (METHADONE, "Methadone carries on at 60 mg. The newborn will be observed for abstinence over three days by "
     "Dr Lowe, who has retired from the unit. Breast milk encouraged; no sofa sleeping as methadone makes her "
     "drowsy, and the health visitor inspects the crib."),
]
PASSED = [
    (METHADONE, "Methadone carries on at 60 mg. The newborn will be observed for abstinence over three days by the "
     "midwife who replaced Priya Shah. Breast milk encouraged; no sofa sleeping as methadone makes her drowsy, and "
     "the health visitor inspects the crib."),
    (CITALOPRAM, "Citalopram 20 mg goes on, as she became unwell when she stopped it before. Should the infant be "
     "born before 37 weeks, the neonatal unit observes it for tremor and fast breathing over two days. Breast "
     "milk encouraged."),
    (SEDATIVES, "Diazepam and pregabalin continue; she is drowsy, so never a shared bed, sofa or chair, and the "
     "foster carer does the nights. Since her social worker retired, the foster carer and health visitor watch the "
     "infant for late withdrawal to day 8."),
    (METHADONE, "Methadone carries on at 60 mg. If she comes off methadone right away, the drug service restarts "
     "it, and the ward observes the newborn for abstinence over three days. Breast milk encouraged; no sofa "
     "sleeping as methadone makes her drowsy, and the health visitor inspects the crib."),
    (SEDATIVES, "Diazepam and pregabalin continue; she is drowsy, so never a shared bed, sofa or chair, and the "
     "foster carer does the nights. Her health visitor, who has moved on, is covered by Lee Park, health visitor, "
     "who watches the infant for late withdrawal to day 8."),
]


@pytest.mark.parametrize(("where", "text"), REFUSED)
def test_the_gate_refuses_the_plan_held_by_no_one(where: tuple[str, str], text: str) -> None:
    assert "MA122" in _codes(where, text)


@pytest.mark.parametrize(("where", "text"), PASSED)
def test_the_gate_passes_the_plan_held(where: tuple[str, str], text: str) -> None:
    assert "MA122" not in _codes(where, text)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize(("where", "text"), REFUSED + PASSED)
def test_a_disguised_conclusion_gets_the_plain_verdict(where: tuple[str, str], text: str, seed: int) -> None:
    plain = "MA122" in _codes(where, text)
    assert ("MA122" in _codes(where, disguise(text, random.Random(seed)))) == plain


# MA127: a start put off to a later time of a medicine the list gives as started on or before the assessment's date
# ([told_unstarted]). The valproate example lists folic acid 5 mg as started on the day of its assessment.
VALPROATE_HEAD = (
    "Valproate goes on until neurology sees her, as a sudden stop risks fits; the fetal medicine unit scans the "
    "unborn baby in detail at 20 weeks. "
)
PUT_OFF = [
    "Folic acid 5 mg is to be started from 14 weeks, after the first scan.",
    "High-dose folic acid will only be started at 18/40 and no sooner.",
    "She will start folic acid after 13 weeks, not before.",
]
AS_LISTED = [
    "Folic acid 5 mg goes on (begun before she conceived).",
    "Folic acid 5 mg was started today and goes on to 12 weeks.",
    "Folic acid 5 mg continues to 12 weeks; vitamin D will be started at 14 weeks.",
    "If she stopped it, folic acid 5 mg would be started again at once.",
]


def _ma127(text: str) -> list[str]:
    example, _ = VALPROATE
    data = json.loads((EXAMPLES / example).read_text(encoding="utf-8"))
    data["assessments"][0]["conclusion"] = VALPROATE_HEAD + text
    return [i.message for i in check(record_from_data(data), today=TODAY) if i.code == "MA127"]


@pytest.mark.parametrize("text", PUT_OFF)
def test_a_listed_start_put_off_is_refused_and_quotes_nothing(text: str) -> None:
    messages = _ma127(text)
    assert len(messages) == 1, text
    assert "med-folic-acid" in messages[0]
    assert not any(w in messages[0].lower() for w in ("14", "18", "13", "folic acid 5", "scan", "neurology"))


@pytest.mark.parametrize("text", AS_LISTED)
def test_a_start_as_listed_passes(text: str) -> None:
    assert _ma127(text) == []


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize("text", PUT_OFF + AS_LISTED)
def test_a_disguised_start_gets_the_plain_verdict(text: str, seed: int) -> None:
    assert bool(_ma127(disguise(text, random.Random(seed)))) == bool(_ma127(text))
