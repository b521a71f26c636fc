"""Acts whose only holder is a placeholder or an indefinite pronoun (found passing by the hundred-and-forty-sixth
fresh corpus; medassess/gate/unheld.py, [unheld] holder_labels, holder_placeholders and indefinite_holders in
mappings/concerns.toml).

* MA103: a part whose holder is given as "TBC", "TBA", "to be confirmed", "???", "-", "[name]" or "XXX" ("lead:
  ???", "who - tbd"), or whose agent after "by" is a placeholder or the template's prompt in brackets ("by [named
  midwife]", "by <name of HV>"), holds nothing, and nor does a clause opening on "somebody", "someone", "anyone",
  "whoever", a placeholder ("XX") or a bracketed prompt ("[named psychiatrist]") with a modal; what is left must
  still decide.
* Near misses stand: holders named, a placeholder of something other than the holder (a date), a role named in the
  part before the label, "someone" told by who it is, "anyone" holding no act beside a real plan, and brackets
  holding a real name after the role ("the ward midwife [Priya Shah]"), a unit ("[SCBU]") or a short form ("(HV)").

Texts worded apart from the red-team corpora; a disguise changes no verdict."""

from __future__ import annotations

import random

import pytest

from medassess.gate.text import normalise
from medassess.gate.unheld import without_placeholder_holders
from tests.gate.conclusions import CITALOPRAM, LITHIUM, METHADONE, VALPROATE
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

PLACEHOLDERS = [
    (METHADONE, "Methadone 60 mg daily goes on. Abstinence scoring of the newborn on the postnatal ward (lead: ???). "
     "Home checks for late withdrawal - who: TBA. Safe sleep advice and cot check - responsible: [name]."),
    (LITHIUM, "Lithium 800 mg at night carries on. Serum levels through the third trimester; owner to be confirmed. "
     "Newborn review for floppiness and thyroid function; lead XXX. Infant feeding plan - owner: -."),
    (CITALOPRAM, "Citalopram 20 mg carries on. Watch the infant for jitteriness after delivery - who tbd; support "
     "with breastfeeding - owner tbc; mood review at six weeks - lead: tba."),
]
# the holder left as the template's prompt after "by" or opening the act, or written "XX" (fresh149)
PROMPTS = [
    (METHADONE, "Methadone 60 mg daily goes on. Abstinence scores every 4 hours for three days done by [midwife's "
     "name]; the crib is seen by <name of HV> on the first home visit; feeding help given by [insert professional]."),
    (CITALOPRAM, "Citalopram 20 mg carries on. XXX to watch the infant for jitteriness for 48 hours after delivery. "
     "Xx will see her about her mood at the six-week check."),
    (LITHIUM, "Lithium 800 mg at night carries on. [Named psychiatrist] to take levels monthly and weekly from 36 "
     "weeks; [paediatrician] will review the newborn for tone and thyroid function after birth."),
]
INDEFINITE = [
    (VALPROATE, "Valproate 500 mg twice daily in the first trimester. Someone has to book the detailed anomaly scan "
     "and somebody should arrange the neurology opinion; anyone can start high-dose folic acid."),
    (METHADONE, "Methadone 60 mg daily goes on. Whoever is on duty should score the newborn for abstinence, and "
     "someone needs to check the crib before discharge."),
]
NAMED = [
    (METHADONE, "Methadone 60 mg daily goes on, as stopping risks relapse. Abstinence scoring of the newborn - lead: "
     "postnatal ward midwives, every 4 hours for 72 hours. Late withdrawal checks at home - who: health visitor, to "
     "day 8. Cot check - responsible: health visitor at the first visit; no sofa or bed sharing after her dose."),
    # a placeholder of a date, not of the holder; a role named before the label
    (LITHIUM, "Lithium 800 mg at night carries on. The perinatal psychiatrist takes levels monthly and weekly from 36 "
     "weeks, clinic date TBC. The paediatrician reviews the newborn after birth for tone, feeding and thyroid "
     "function - owner tbc. She bottle feeds, as lithium passes into breast milk."),
    # "someone" told by who it is; "anyone" holding no act beside a real plan
    # a real name in brackets after the role, a role's short form in round brackets, a unit in square brackets
    (METHADONE, "Methadone 60 mg daily goes on, as stopping risks relapse. Abstinence scoring every 4 hours for 72 "
     "hours on the neonatal unit [SCBU] by the ward midwife [Priya Shah]; the crib is seen by the health visitor "
     "(HV) at the first home visit; no sofa or bed sharing after her dose."),
    (VALPROATE, "Valproate 500 mg twice daily continues until the neurologist reviews it; it is not stopped "
     "suddenly. Someone from the epilepsy service (Dr Haddad) will see her within two weeks, and I prescribed folic "
     "acid 5 mg daily today. The detailed scan at 20 weeks is booked. If anyone is unsure, ring the epilepsy nurse "
     "on 0161 555 0199."),
]


@pytest.mark.parametrize(("where", "text"), [*PLACEHOLDERS, *PROMPTS, *INDEFINITE])
def test_acts_held_by_a_placeholder_or_an_indefinite_pronoun_decide_nothing(where: tuple[str, str], text: str) -> None:
    assert "MA103" in _codes(where, text)


@pytest.mark.parametrize(("where", "text"), NAMED)
def test_acts_of_named_holders_stand(where: tuple[str, str], text: str) -> None:
    assert _codes(where, text) == set()


@pytest.mark.parametrize(("where", "text"), [PLACEHOLDERS[1], PLACEHOLDERS[2], *PROMPTS, INDEFINITE[1], *NAMED])
@pytest.mark.parametrize("seed", [3, 29])
def test_a_disguise_changes_no_verdict(where: tuple[str, str], text: str, seed: int) -> None:
    assert _codes(where, disguise(text, random.Random(seed))) == _codes(where, text)


def test_only_the_part_held_by_a_placeholder_is_set_aside() -> None:
    kept = without_placeholder_holders(normalise("Levels monthly - owner: TBC; the midwife scores the baby for 72 h."))
    assert "levels monthly" not in kept
    assert "the midwife scores the baby for 72 h" in kept


def test_an_x_ray_is_no_placeholder() -> None:
    text = normalise("Lead: x-ray of the hips at 6 weeks.")
    assert without_placeholder_holders(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Cot check by [HV name] at the first visit.",
        "Scoring four-hourly by [ named midwife ]; feeds by ???.",
        "XX to see the baby on day 5.",
        "[Named midwife] will score the baby for 72 h.",
    ],
)
def test_a_prompt_or_placeholder_holding_an_act_is_set_aside(text: str) -> None:
    kept = without_placeholder_holders(normalise(text))
    assert not kept.strip(" .;")


@pytest.mark.parametrize(
    "text",
    [
        "Cot check by the health visitor [Ann Lee] at the first visit.",
        "Scoring on the unit [SCBU] for 72 h by the ward midwives.",
        "Reviewed by [Dr Patel] on day 3.",
        "Karyotype 46,XX to be confirmed by the lab.",
    ],
)
def test_a_named_holder_in_brackets_or_a_unit_stands(text: str) -> None:
    assert without_placeholder_holders(normalise(text)) == normalise(text)
