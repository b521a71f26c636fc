"""Each concern's own item speaks of its own concern (rule MA125): an answer in one box that speaks only of another
concern or subject (where the baby sleeps in the feeding box, how the baby is fed or the mother's levels in the
baby's observation plan, her sedation described in the safe sleep box) leaves the box's own question unanswered.
Short real answers in the box's own shorthand pass; the words are data (``elsewhere``, ``item_own``, ``hazard``,
``denials`` in mappings/concerns.toml)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check
from medassess.gate.concerns import answers_another, concern_map
from tests.gate.builders import CLASS_MEDICINES, ITEMS, assessment, disguised, record
from tests.test_rules import TODAY

NAME = CLASS_MEDICINES["opioid-substitution"]
WITHDRAWAL, FEEDING, SLEEP = "neonatal-withdrawal", "breastfeeding", "sedation-safe-sleep"

# Another concern's or another subject's answer in the box, and nothing of its own.
OFF_CONCERN: list[tuple[str, str]] = [
    (WITHDRAWAL, "The baby sleeps in a Moses basket beside the bed, never in the parents' bed."),
    (WITHDRAWAL, "Formula feeding from birth."),
    (WITHDRAWAL, "Her serum levels checked every fortnight."),
    (WITHDRAWAL, "Carry on with the same dose through labour."),
    (FEEDING, "Crib beside the bed; no bed sharing."),
    (FEEDING, "Her mood has been settled for months."),
    (FEEDING, "Dose unchanged at 40 mg."),
    (FEEDING, "Vitamin D 10 mcg started."),
    (FEEDING, "She is not drowsy on it."),
    (FEEDING, "Safer sleep advice: Moses basket in their room."),
    (SLEEP, "Very drowsy for a few hours after each dose."),
    (SLEEP, "Sedated in the evenings."),
]
# Short real answers in each box's own terms, some beside another subject's words.
OWN_CONCERN: list[tuple[str, str]] = [
    (WITHDRAWAL, "72h obs on PNW, NAS scoring 4-hourly"),
    (WITHDRAWAL, "Bottle fed; HV to check weight and tone until day 8."),
    (WITHDRAWAL, "Continue the dose; community midwife watches for jitteriness for a week."),
    (WITHDRAWAL, "Baby's lithium level and thyroid function at birth."),
    (FEEDING, "Bottle fed."),
    (FEEDING, "BF supported, watch for drowsiness"),
    (FEEDING, "Not breastfeeding - formula"),
    (FEEDING, "Low dose - fine."),
    (FEEDING, "Stable dose, compatible."),
    (FEEDING, "Safe on this dose."),
    (FEEDING, "Watch the baby for sleepiness at feeds."),
    (SLEEP, "Cot by bed, no co-sleeping"),
    (SLEEP, "Drowsy after her dose: never on the sofa with the baby."),
    (SLEEP, "Not drowsy on this dose."),
    (SLEEP, "No sedation at 20 mg."),
    (SLEEP, "Drowsy in the evenings, so her partner does the nights."),
]


def _item_hollow(concern: str, text: str) -> bool:
    """Whether MA125 reports the concern's own item when it holds ``text`` and the other items hold real answers."""
    path = ITEMS[concern][0]
    built = assessment("med-test", NAME, in_items=(WITHDRAWAL, FEEDING, SLEEP), item_text={path: text})
    found = {(i.code, i.path) for i in check(record(NAME, built), today=TODAY)}
    return ("MA125", f"$.assessments[0].{path}") in found


@pytest.mark.parametrize(("concern", "text"), OFF_CONCERN + OWN_CONCERN)
def test_an_item_answering_another_concern_is_hollow(concern: str, text: str) -> None:
    off = (concern, text) in OFF_CONCERN
    assert answers_another(text, concern_map().specs[concern]) is off
    assert _item_hollow(concern, text) is off


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(OFF_CONCERN + OWN_CONCERN).flatmap(lambda p: st.tuples(st.just(p), disguised(p[1]))))
def test_an_item_answering_another_concern_is_judged_alike_in_disguise(pair: tuple[tuple[str, str], str]) -> None:
    (concern, plain), hidden = pair
    spec = concern_map().specs[concern]
    assert answers_another(hidden, spec) is answers_another(plain, spec)


def test_a_terse_answer_with_no_other_subject_is_judged_as_written() -> None:
    # Neither its own words nor another subject's: not read as off-concern ("Compatible.", "Not advised.").
    for concern in (WITHDRAWAL, FEEDING, SLEEP):
        for text in ("Compatible.", "Not advised.", "Yes - encouraged."):
            assert not answers_another(text, concern_map().specs[concern])
