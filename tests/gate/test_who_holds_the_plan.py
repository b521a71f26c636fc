"""Who holds the plan (found passing by the hundred-and-fourth and hundred-and-third fresh corpora).

* MA122, a medicine as the actor ([conclusion] drug_actor_words, drug_acts in mappings/concerns.toml): a medicine
  set to do what only a person can ("will observe the newborn", "will see to it that ...", "will keep the night
  feeds safe") names no one who does it. What a medicine does to the one who takes it ("keeps her well"), a
  medicine a person gives, and a medicine beside a person who acts stand.
* MA122, an actor the text rules out ([conclusion] absent_roles and the words around them): the plan given to a
  role the same conclusion says declined, withdrew, is not involved, is not yet allocated or that she has none of
  is in no one's hands. An absence limited to a time or taken back, and a plan for the gap, stand.
* MA129, the partner's sedation put on the mother: "after her dose ... leave the nights to the father" speaks of
  her sedation, not his, though it names him as the one handed the nights.

Texts worded apart from the red-team corpora; a disguise changes no verdict."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

import pytest

from medassess import check, record_from_data
from medassess.gate.concerns import without_absent_actors, without_drug_actors
from medassess.gate.text import normalise
from tests.gate.disguise import disguise

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "pass"
TODAY = dt.date(2026, 12, 3)

METHADONE = ("antenatal-methadone-sertraline.json", "asm-methadone")
CITALOPRAM = ("antenatal-citalopram-template-1.0.0.json", "asm-citalopram")
LITHIUM = ("lithium-perinatal-mental-health.json", "asm-lithium")
SEDATIVES = ("postnatal-foster-placement-diazepam-pregabalin.json", "asm-diazepam-pregabalin")
PARTNER = ("postnatal-partner-quetiapine.json", "asm-partner-quetiapine")


def _codes(where: tuple[str, str], text: str) -> set[str]:
    """The error codes anywhere in the record once the conclusion of ``where`` holds ``text``."""
    example, assessment = where
    data: dict[str, Any] = json.loads((EXAMPLES / example).read_text(encoding="utf-8"))
    index = next(i for i, a in enumerate(data["assessments"]) if a["id"] == assessment)
    data["assessments"][index]["conclusion"] = text
    return {i.code for i in check(record_from_data(data), today=TODAY) if i.severity == "error"}


# ---------------------------------------------------------------------------------------------------------------
# A medicine as the actor.

DRUG_ACTORS = [
    (METHADONE, "Her methadone keeps her off heroin, will observe the newborn for abstinence signs after delivery "
     "and will see to it that the crib is used."),
    (CITALOPRAM, "Citalopram 20 mg is taken each morning; the SSRI will check the newborn for jitteriness after "
     "delivery and will look out for trouble at the breast."),
    (SEDATIVES, "Diazepam 5 mg three times a day and pregabalin 150 mg twice daily are taken as prescribed by her "
     "GP for generalised anxiety. Diazepam will calm the evenings and "
     "pregabalin will keep the baby safe overnight in the foster home."),
    (PARTNER, "His quetiapine will make sure the infant sleeps on its back in the crib every night."),
]
DRUG_NEAR_MISSES = [
    (METHADONE, "Methadone will be continued and the ward midwife will observe the newborn for abstinence signs "
     "for 72 hours; breastfeeding encouraged; no bed-sharing as she is drowsy after her dose."),
    (METHADONE, "The methadone dose will keep her stable. The ward midwives score the newborn for abstinence "
     "signs for 72 hours; breastfeeding encouraged; no bed-sharing, checked by the health visitor."),
    (PARTNER, "His quetiapine may make him drowsy, so the health visitor will check that the infant sleeps in "
     "the crib and that he never dozes with the infant; the mother does the night feeds."),
]


@pytest.mark.parametrize(("where", "text"), DRUG_ACTORS)
def test_a_medicine_as_the_only_actor_of_the_plan_is_refused(where: tuple[str, str], text: str) -> None:
    assert "MA122" in _codes(where, text)


@pytest.mark.parametrize(("where", "text"), DRUG_NEAR_MISSES)
def test_a_medicine_beside_a_person_who_acts_passes(where: tuple[str, str], text: str) -> None:
    assert _codes(where, text) == set()


def test_only_a_medicines_acts_are_set_aside() -> None:
    # A medicine a person gives treats the baby: the clause stands.
    given = normalise("Oral morphine will settle the abstinence signs if scores stay high, started by the neonatal "
                      "team.")
    assert without_drug_actors(given) == given
    # A medicine's effect on the one who takes it stands.
    effect = normalise("Lithium will keep her well through the pregnancy.")
    assert without_drug_actors(effect) == effect
    # A medicine beside a person: only the medicine's act goes.
    mixed = normalise("Sertraline will watch the newborn, and the midwife will weigh him on day 5.")
    kept = without_drug_actors(mixed)
    assert "watch" not in kept
    assert "the midwife will weigh him on day 5" in kept
    # Every clause the medicines': the whole sentence goes.
    both = normalise("Pregabalin will ease the abstinence and diazepam will keep the night feeds safe.")
    assert not without_drug_actors(both).strip(" .")


# ---------------------------------------------------------------------------------------------------------------
# An actor the same text rules out.

ABSENT = [
    (LITHIUM, "The perinatal psychiatrist has stepped back from her care. Lithium goes on; the perinatal "
     "psychiatrist will take the serum levels, see the newborn and guide the feeding choice."),
    (METHADONE, "She does not have a key worker since the service closed her case. Methadone: her key worker to "
     "organise the abstinence scoring and look at the crib."),
    (PARTNER, "There is no health visitor for the family at present. His quetiapine: the health visitor will "
     "cover the nights and settle where the infant sleeps."),
    (SEDATIVES, "The foster carers have pulled out of the placement. Diazepam and pregabalin go on: the foster "
     "carers will feed the baby overnight and look for late abstinence signs until day 8."),
]
ABSENT_NEAR_MISSES = [
    (LITHIUM, "The perinatal psychiatrist has stepped back, so the GP holds this: lithium 800 mg continues with "
     "serum levels monthly, weekly from 36 weeks and within 24 hours of delivery; the paediatrician sees the newborn "
     "after delivery; formula feeding as lithium passes into breast milk."),
    (METHADONE, "She previously declined the drug service but has now re-engaged; her key worker will join the "
     "discharge meeting. Methadone continues; abstinence scoring for 72 hours by the ward midwives; breastfeeding "
     "encouraged; no bed-sharing, as she is drowsy after her dose."),
    (PARTNER, "No health visitor is allocated yet, so the community midwife visits until one is; the health "
     "visitor takes over once allocated. His quetiapine makes him drowsy: he never shares a bed or sofa with the "
     "infant and the mother does the night feeds."),
]


@pytest.mark.parametrize(("where", "text"), ABSENT)
def test_a_plan_held_by_a_role_the_text_rules_out_is_refused(where: tuple[str, str], text: str) -> None:
    assert "MA122" in _codes(where, text)


@pytest.mark.parametrize(("where", "text"), ABSENT_NEAR_MISSES)
def test_a_plan_held_by_someone_present_passes(where: tuple[str, str], text: str) -> None:
    assert _codes(where, text) == set()


def test_an_absence_limited_to_a_time_rules_nothing_out() -> None:
    # The act goes on in the clause of an absence limited to pregnancy: it stands.
    later = normalise("The perinatal team are not involved antenatally but will see her on day 3.")
    assert without_absent_actors(later) == later
    # A later clause of the same team after such an absence stands too.
    after = normalise("The perinatal team are not involved in pregnancy. The perinatal team will see her on day 3.")
    assert without_absent_actors(after) == after
    # Without a limit, the team's acts and the saying that it is out go.
    out = normalise("The perinatal team are not involved. The perinatal team will see her on day 3.")
    assert "day 3" not in without_absent_actors(out)
    assert "not involved" not in without_absent_actors(out)


# ---------------------------------------------------------------------------------------------------------------
# MA129: the partner's sedation put on the mother.

HER_SEDATION = (
    "Quetiapine 300 mg: after her night-time tablet she must not take the infant into bed, and she leaves the feeds "
    "at night to the father."
)
HIS_SEDATION = (
    "Quetiapine 300 mg: after his night-time tablet he must not take the infant into bed, and the mother does the "
    "feeds at night."
)


def test_the_partners_sedation_put_on_the_mother_is_refused() -> None:
    assert "MA129" in _codes(PARTNER, HER_SEDATION)


def test_the_partners_sedation_put_on_him_passes() -> None:
    assert "MA129" not in _codes(PARTNER, HIS_SEDATION)


ALL = [*DRUG_ACTORS, *DRUG_NEAR_MISSES, *ABSENT, *ABSENT_NEAR_MISSES, (PARTNER, HER_SEDATION), (PARTNER, HIS_SEDATION)]


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize(("where", "text"), ALL)
def test_a_disguised_plan_gets_the_plain_verdict(where: tuple[str, str], text: str, seed: int) -> None:
    assert _codes(where, disguise(text, random.Random(seed))) == _codes(where, text)
