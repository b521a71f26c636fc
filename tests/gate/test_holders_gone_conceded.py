"""MA122: an act now or to come given to a professional, then in the same sentence a concession that the same holder
has gone ("..., though <the same name> has since retired"), rests on no one ([holders] gone_concessions), both ways:
against an act told as done before, another person's leaving, a pronoun (who may be someone else), a successor
named and a relative gone from work. Texts worded apart from the red-team corpora; a disguise changes no verdict."""

from __future__ import annotations

import random

import pytest

from medassess.gate.concerns import given_to_someone_gone
from tests.gate.conclusions import CITALOPRAM, METHADONE
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

_CIT = (
    "Citalopram 20 mg daily goes on, as a relapse would harm her more than the medicine harms the baby. The "
    "midwives watch the infant for jitteriness and feeding trouble for 48 hours; breastfeeding is supported."
)
_METH = "Methadone 60 mg daily goes on unchanged. She is encouraged to breastfeed."

CONCEDED = [
    "Dr Amin arranges her mood review at 6 weeks, although Dr Amin has since retired.",
    "The community midwife Ann Cole weighs the infant on day 5, but the community midwife Ann Cole has left the "
    "practice.",
    "Dr Amin will see her about her mood at 6 weeks even though Dr Amin is no longer in post.",
    # a professional by the post left, after the verb (found passing by the hundred-and-forty-second fresh corpus)
    "Kim Ode lets the ward know of any change in her dose, though Kim Ode left the recovery service in May.",
]
STANDING = [
    "Dr Amin started her citalopram in 2021, though Dr Amin has since retired.",
    "Dr Amin reviews her mood at 6 weeks, though Dr Rees retired last month.",
    "Dr Amin reviews her mood at 6 weeks, though she retired last month.",
    "Dr Amin reviews her mood at 6 weeks, though Dr Amin retired last month; her successor Dr Rees takes over in "
    "January.",
    "Her mother does the night feeds, though her mother retired last year.",
    "Dr Amin reviews her mood at 6 weeks, though Dr Amin left a message for the midwife.",
    "Jean Ode does the night feeds, though Jean Ode left the house at six.",
    "Kim Ode lets the ward know of any change in her dose, though Pat Roe left the recovery service in May.",
]
REFUSED = [
    (CITALOPRAM, _CIT + " Dr Amin reviews her mood at 6 weeks, although Dr Amin has since retired."),
    (METHADONE, _METH + " The infant is scored for abstinence on the ward for 72 hours; the health visitor Jo Lin "
     "then checks the cot at home, but the health visitor Jo Lin has left the trust."),
]
PASSED = [
    (CITALOPRAM, _CIT + " Dr Amin reviews her mood at 6 weeks, though Dr Rees retired last month."),
    (CITALOPRAM, "Dr Amin started her citalopram in 2021, though Dr Amin has since retired. " + _CIT + " The GP "
     "reviews her mood at 6 weeks."),
]


@pytest.mark.parametrize("text", CONCEDED)
def test_an_act_given_to_a_holder_conceded_gone_rests_on_no_one(text: str) -> None:
    assert given_to_someone_gone(text)


@pytest.mark.parametrize("text", STANDING)
def test_a_past_act_another_leaving_a_pronoun_a_successor_or_a_relative_stands(text: str) -> None:
    assert not given_to_someone_gone(text)


@pytest.mark.parametrize(("where", "text"), REFUSED)
def test_the_gate_refuses_the_plan_conceded_to_someone_gone(where: tuple[str, str], text: str) -> None:
    assert "MA122" in _codes(where, text)


@pytest.mark.parametrize(("where", "text"), PASSED)
def test_the_gate_passes_the_plan_held(where: tuple[str, str], text: str) -> None:
    assert "MA122" not in _codes(where, text)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize("text", CONCEDED + STANDING)
def test_a_disguised_concession_gets_the_plain_verdict(text: str, seed: int) -> None:
    assert given_to_someone_gone(disguise(text, random.Random(seed))) == given_to_someone_gone(text)


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize(("where", "text"), REFUSED + PASSED)
def test_a_disguised_conclusion_gets_the_plain_verdict(where: tuple[str, str], text: str, seed: int) -> None:
    plain = "MA122" in _codes(where, text)
    assert ("MA122" in _codes(where, disguise(text, random.Random(seed)))) == plain
