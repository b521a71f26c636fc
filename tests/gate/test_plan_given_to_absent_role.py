"""MA122: a conclusion that gives part of its plan to a role it itself rules out is refused by that alone (a
decision of the lead engineer).

"She has declined all health visiting ... the health visitor will inspect the crib" is a contradiction in what is
shared: the midwife reading it believes a check will happen that cannot, whatever the conclusion's other clauses or
the assessment's items answer. A service declined rules out its role ("she refuses health visiting"); an absence
until a month or a date ("no health visitor is assigned until March") rules the role out of every act given no
time of its own; the role as a passive's agent is given the act. A refusal taken back, an allocation pending with
the act after it, another role ruled out, the role ruled out of one act only and a person gone rather than the role
stand.

Texts worded apart from the red-team corpora; a disguise changes no verdict."""

from __future__ import annotations

import random

import pytest

from medassess.gate.concerns import gives_plan_to_absent_role
from tests.gate.conclusions import METHADONE, SEDATIVES
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

_ANSWERED = (
    "Methadone carries on at 60 mg; abstinence scoring on the postnatal ward for three days; breast milk "
    "encouraged. No bed or sofa sharing after her dose. "
)




GIVEN_TO_AN_ABSENT_ROLE = [
    # the whole service refused, and the act given to its role in the same sentence; safe sleep said besides
    (
        METHADONE,
        _ANSWERED + "Mum has turned down all health visiting, and the health visitor will inspect the "
        "crib at each contact.",
    ),
    # a service refused in the present tense rules out its role
    (METHADONE, _ANSWERED + "She refuses health visiting; the HV inspects the crib at each contact."),
    # opted out of the service, in the past perfect
    (
        METHADONE,
        _ANSWERED + "The couple had opted out of health visiting. The HV will inspect the crib at each contact.",
    ),
    # absent until a month, the act in the baby's first days given no month of its own; the role as an agent
    (
        SEDATIVES,
        "Diazepam and pregabalin go on; both make her drowsy, so the foster carer does all night care. "
        "Late withdrawal to day 8 will be watched for by the health visitor; no health visitor is assigned to the "
        "family until March.",
    ),
    # absent until a written date
    (
        METHADONE,
        _ANSWERED + "No health visitor is allocated until 15/01; the health visitor weighs the newborn on day 5.",
    ),
    # refused by her name, with "any" before the role
    (
        METHADONE,
        _ANSWERED + "Ruth refused any health visitor input; the health visitor inspects the crib on day 10.",
    ),
    # the role's involvement said not to be needed
    (
        METHADONE,
        _ANSWERED + "No health visitor input is required for this family; the HV inspects the crib on day 10.",
    ),
    # the role as a modifier of its involvement, said not to be needed or required
    (
        METHADONE,
        _ANSWERED + "Health visitor input isn't required for this couple. The HV weighs the newborn on day 5.",
    ),
    (METHADONE, _ANSWERED + "HV involvement is not needed here; the health visitor inspects the crib on day 10."),
    # an allocation put off in the future tense until a month
    (
        METHADONE,
        _ANSWERED + "A social worker won't be allocated until February. The social worker inspects the crib on day 4.",
    ),
    (
        SEDATIVES,
        "Diazepam and pregabalin go on; both make her drowsy, so the foster carer does all night care. The "
        "health visitor will not be assigned until April, and the health visitor watches for late withdrawal to "
        "day 8.",
    ),
    # "the allocated social worker" is the role's own adjective, no allocation to come
    (
        METHADONE,
        _ANSWERED + "The allocated social worker will inspect the crib on day 10. No social worker has been allocated.",
    ),
    # the role named with its service before it ("a substance misuse recovery worker"); the later clause names
    # the role alone
    (
        METHADONE,
        _ANSWERED + "She turned down a substance misuse recovery worker. The recovery worker inspects the crib on "
        "day 10.",
    ),
    # none of the role to come in the future tense, with a reason after its date
    (
        METHADONE,
        _ANSWERED + "No social worker will be assigned until February owing to sickness. The social worker "
        "inspects the crib at each contact.",
    ),
    # the person in the role withdrew and was not replaced: the absence stands
    (
        SEDATIVES,
        "Diazepam and pregabalin go on; both make her drowsy, so the foster carer does all night care. The "
        "foster carer withdrew on day 3 and has not been replaced by anyone.",
    ),
]
STANDS = [
    # a refusal since taken back
    (
        METHADONE,
        _ANSWERED + "She had turned down HV input, since agreed; the health visitor inspects the crib at each contact.",
    ),
    # declined before the birth, accepted now
    (
        METHADONE,
        _ANSWERED + "She turned down health visiting before the birth but has accepted it now; the HV "
        "inspects the crib on day 10.",
    ),
    # a refusal taken back in the simple past
    (
        METHADONE,
        _ANSWERED + "She had refused health visiting, then agreed at 30 weeks; the HV inspects the crib on day 10.",
    ),
    (
        METHADONE,
        _ANSWERED + "Health visiting was declined in the spring but later accepted; the HV inspects the "
        "crib on day 10.",
    ),
    # pending allocation, the act after it
    (
        METHADONE,
        _ANSWERED + "No health visitor yet: one is to be allocated by 36 weeks and will do the new-birth visit.",
    ),
    # another role ruled out
    (METHADONE, _ANSWERED + "The social worker is not involved; the health visitor inspects the crib at each contact."),
    # the role ruled out of one act only
    (METHADONE, _ANSWERED + "The HV will not cover nights; the HV inspects the crib on day 10."),
    # a person gone, not the role
    (
        METHADONE,
        _ANSWERED + "Her former health visitor has moved away; the new health visitor inspects the crib on day 10.",
    ),
    # a refusal denied, or only wondered about
    (
        METHADONE,
        _ANSWERED + "She would never have refused health visitor input; the HV inspects the crib on day 10.",
    ),
    # the role's input not needed beyond one part, which it does
    (
        METHADONE,
        _ANSWERED + "No health visitor input is needed beyond the new-birth visit, when the HV inspects the crib.",
    ),
    # the role's involvement not needed beyond one part, which it does
    (
        METHADONE,
        _ANSWERED + "Health visitor involvement is not required beyond the new-birth visit, when the HV inspects "
        "the crib.",
    ),
    # put off until a month, another role holding the act
    (
        METHADONE,
        _ANSWERED + "A social worker will not be allocated until February, so the HV inspects the crib on day 4.",
    ),
    # the role with its service accepted, and none of it to come only beyond a part it does
    (
        METHADONE,
        _ANSWERED + "She accepted a substance misuse recovery worker. The recovery worker inspects the crib on "
        "day 10.",
    ),
    (
        METHADONE,
        _ANSWERED + "No social worker will be assigned until February owing to sickness, so the HV inspects the "
        "crib on day 4.",
    ),
    # an allocated role with no absence said
    (METHADONE, _ANSWERED + "The allocated social worker will inspect the crib on day 10."),
    # a person in the role who withdrew, the role filled again in the same sentence: the absence is over
    (
        SEDATIVES,
        "Diazepam and pregabalin go on; both make her drowsy, so she never shares a bed, sofa or chair, and the "
        "foster carer does all night care. The original foster carer withdrew in the first week and has been "
        "replaced by a carer from the agency, who now covers every night.",
    ),
    (
        SEDATIVES,
        "Diazepam and pregabalin go on; both make her drowsy, so she never shares a bed, sofa or chair. The first "
        "foster carer withdrew and a new foster carer was found who does the night feeds.",
    ),
]


@pytest.mark.parametrize(("where", "text"), GIVEN_TO_AN_ABSENT_ROLE)
def test_a_plan_given_to_a_role_ruled_out_is_refused(where: tuple[str, str], text: str) -> None:
    assert gives_plan_to_absent_role(text)
    assert "MA122" in _codes(where, text)


@pytest.mark.parametrize(("where", "text"), STANDS)
def test_a_near_miss_passes(where: tuple[str, str], text: str) -> None:
    assert not gives_plan_to_absent_role(text)
    assert "MA122" not in _codes(where, text)


def test_an_act_with_a_time_of_its_own_after_the_date_stands() -> None:
    """Absent until a month: an act given a month of its own is put after it; one in the first days is not."""
    assert not gives_plan_to_absent_role(
        "No health visitor is assigned until March; the health visitor will inspect the crib in April."
    )
    assert gives_plan_to_absent_role(
        "No health visitor is assigned until March; the health visitor will inspect the crib on day 6."
    )
    # a limit that is no date is a time-limited absence, as before
    assert not gives_plan_to_absent_role(
        "No health visitor is assigned until after delivery; the health visitor will inspect the crib on day 6."
    )


def test_no_one_as_the_subject_is_left_to_the_concern() -> None:
    """No one doing a risky act is a rule, not a role ruled out."""
    assert not gives_plan_to_absent_role("No one shares a bed with the baby; she declines health visiting.")


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize(("where", "text"), GIVEN_TO_AN_ABSENT_ROLE + STANDS)
def test_a_disguised_conclusion_gets_the_plain_verdict(where: tuple[str, str], text: str, seed: int) -> None:
    plain = "MA122" in _codes(where, text)
    assert ("MA122" in _codes(where, disguise(text, random.Random(seed)))) == plain
