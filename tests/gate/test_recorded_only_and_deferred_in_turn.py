"""A threshold or event whose only consequence is writing it down ("if ..., this will be logged in her notes",
"the carer will make a note of it") decides nothing for the baby, and nor do professionals each deferring to the
other's plan or view ("the ward will act on the community team's plan, and the community team on the ward's")
(MA103, MA125). Recording beside a real act, the plan given after the hand-off, and a note at a time or a rate
stand; disguise does not change the verdict."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check
from medassess.gate.substance import shipped_lexicon
from tests.gate.builders import CLASS_MEDICINES, ITEMS, assessment, disguised, record
from tests.gate.test_substance import _conclusion_codes
from tests.test_rules import TODAY

EMPTY = [
    # A threshold that only gets written down.
    "Methadone goes on. Should the newborn's withdrawal scores pass 10 on two readings, that is to be charted on the "
    "ward system; if she seems sleepy after a dose, it will be documented.",
    "Methadone goes on. Where the newborn feeds poorly or is irritable in the first week, the health visitor will "
    "make a note of this, and if she nods off while holding him this is to be noticed.",
    "Methadone goes on. If the newborn is still jittery at a week, the results will be entered onto the GP record; "
    "if she misses doses, they will be logged with the key worker.",
    # Professionals each waiting on the other.
    "Methadone goes on. The neonatal team will act on the community midwives' plan for the newborn's withdrawal "
    "scoring and feeding, and the community midwives will act on the neonatal team's plan.",
    "Methadone: the drug service will wait for the obstetric team's view on withdrawal scoring and breastfeeding, "
    "the obstetric team will wait for the drug service's, and the health visitor will support whichever.",
]
STANDS = [
    "Methadone goes on. Should the newborn's withdrawal scores pass 10 on two readings, the neonatal registrar "
    "reviews him and considers oral morphine; scores are charted every 4 hours on the ward system.",
    "Methadone goes on. If the newborn is still jittery at a week, the dose is reviewed with the paediatrician and "
    "the results are documented; he stays on the ward until feeding is settled.",
    "Methadone goes on. Documented: she will not share a bed with the newborn; crib beside her bed on the ward.",
    "Methadone goes on. The neonatal team will act on the community midwives' plan: 72 hours of withdrawal "
    "scoring on the postnatal ward, feeding supported.",
    "Methadone: the drug service and the obstetric team will meet on 4 May to agree the dose; until then she stays "
    "on 60 mg daily and the newborn is scored for withdrawal for 72 hours.",
]


@pytest.mark.parametrize("text", EMPTY + STANDS)
def test_recording_only_and_deferral_in_turn_decide_nothing(text: str) -> None:
    assert bool(_conclusion_codes(text)) is (text in EMPTY)


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(EMPTY + STANDS).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_recording_only_and_deferral_in_turn_are_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _conclusion_codes(pair[1]) == _conclusion_codes(pair[0])


NAME = CLASS_MEDICINES["opioid-substitution"]
WITHDRAWAL, FEEDING, SLEEP = "neonatal-withdrawal", "breastfeeding", "sedation-safe-sleep"

ITEM_EMPTY: list[tuple[str, str]] = [
    (
        WITHDRAWAL,
        "Were tremor, sneezing or a high-pitched cry noticed on the ward, this would be charted in the "
        "newborn's record.",
    ),
    (SLEEP, "If he is found asleep on the sofa with the newborn after a dose, that will be noted for the next visit."),
]
ITEM_STANDS: list[tuple[str, str]] = [
    (
        WITHDRAWAL,
        "Were tremor, sneezing or a high-pitched cry noticed on the ward, the midwife asks the neonatal "
        "registrar to see the newborn that day.",
    ),
    (
        SLEEP,
        "Never on the sofa or in the bed with the newborn after a dose; crib beside the bed. If he is found "
        "asleep with the newborn, the health visitor tells the social worker that day.",
    ),
]


def _item_hollow(concern: str, text: str) -> bool:
    path = ITEMS[concern][0]
    built = assessment("med-test", NAME, in_items=(WITHDRAWAL, FEEDING, SLEEP), item_text={path: text})
    found = {(i.code, i.path) for i in check(record(NAME, built), today=TODAY)}
    return ("MA125", f"$.assessments[0].{path}") in found


@pytest.mark.parametrize(("concern", "text"), ITEM_EMPTY + ITEM_STANDS)
def test_an_item_that_only_records_the_danger_is_hollow(concern: str, text: str) -> None:
    assert _item_hollow(concern, text) is ((concern, text) in ITEM_EMPTY)


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(ITEM_EMPTY + ITEM_STANDS).flatmap(lambda p: st.tuples(st.just(p), disguised(p[1]))))
def test_an_item_that_only_records_is_judged_alike_in_disguise(pair: tuple[tuple[str, str], str]) -> None:
    (concern, plain), hidden = pair
    assert _item_hollow(concern, hidden) is _item_hollow(concern, plain)


def test_every_recording_phrase_holds_one_of_its_hints() -> None:
    """The hints let a text holding none skip the search: each phrase must hold one, or it would never be found."""
    lexicon = shipped_lexicon()
    assert lexicon.recorded and lexicon.recorded_hints
    assert all(any(h in phrase for h in lexicon.recorded_hints) for phrase in lexicon.recorded)
