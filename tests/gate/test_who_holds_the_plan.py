"""Who holds the plan (found passing by the hundred-and-fourth and hundred-and-third fresh corpora).

* MA122, a medicine as the actor ([conclusion] drug_actor_words, drug_acts in mappings/concerns.toml): a medicine
  set to do what only a person can ("will observe the newborn", "will see to it that ...", "will keep the night
  feeds safe") names no one who does it. What a medicine does to the one who takes it ("keeps her well"), a
  medicine a person gives, and a medicine beside a person who acts stand.
* MA122, an actor the text rules out ([conclusion] absent_roles and the words around them): the plan given to a
  role the same conclusion says declined, withdrew, is not involved, is not yet allocated or that she has none of
  is in no one's hands. An absence limited to a time or taken back, and a plan for the gap, stand.
* MA129, the partner's sedation put on the mother: "after her dose ... leave the nights to the father" speaks of
  her sedation, not his, though it names him as the one handed the nights; so does "the mother gets far too drowsy
  after it", and an overall conclusion that says so in a sentence naming his medicine.
* Found passing by the hundred-and-sixth fresh corpus: "both" as the subject after two medicines that do a
  person's acts (MA124: the baby's care given only to medicines says nothing of the baby); an absence said with an
  auxiliary or after another act ("saw her once and is no longer involved"), or her refusing the role ("she has
  refused health visiting."); a heading's own medicine named again under it (tests/gate/
  test_concern_under_another_heading.py).

Texts worded apart from the red-team corpora; a disguise changes no verdict."""

from __future__ import annotations

import json
import random
from typing import Any

import pytest

from medassess import check, record_from_data
from medassess.gate.concerns import without_absent_actors, without_drug_actors
from medassess.gate.text import normalise
from tests.gate.conclusions import CITALOPRAM, EXAMPLES, LITHIUM, METHADONE, PARTNER, SEDATIVES, TODAY
from tests.gate.conclusions import conclusion_codes as _codes
from tests.gate.disguise import disguise

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
    # the baby's care after an effect on her, in a comma-joined series of the medicine's verbs
    (CITALOPRAM, "Citalopram 20 mg each morning goes on. Citalopram will keep her mood level, will look after the "
     "newborn for jitteriness over 48 hours on the ward; breastfeeding encouraged."),
    # the night round "seen to" by the medicines
    (SEDATIVES, "Diazepam 5 mg three times a day and pregabalin 150 mg twice daily are taken as prescribed. Her "
     "pregabalin sees to the night-time settling and the diazepam will see to the feeds overnight."),
]
DRUG_NEAR_MISSES = [
    (METHADONE, "Methadone will be continued and the ward midwife will observe the newborn for abstinence signs "
     "for 72 hours; breastfeeding encouraged; no bed-sharing as she is drowsy after her dose."),
    (METHADONE, "The methadone dose will keep her stable. The ward midwives score the newborn for abstinence "
     "signs for 72 hours; breastfeeding encouraged; no bed-sharing, checked by the health visitor."),
    (PARTNER, "His quetiapine may make him drowsy, so the health visitor will check that the infant sleeps in "
     "the crib and that he never dozes with the infant; the mother does the night feeds."),
    # the foster carer, not a medicine, sees to the nights
    (SEDATIVES, "Diazepam 5 mg three times a day and pregabalin 150 mg twice daily continue; both make her drowsy, "
     "so the foster carer sees to the night feeds and the baby sleeps in a cot in the carer's room; the health "
     "visitor watches for late withdrawal to day 8."),
    # the medicine's effect on her, then a person who looks after the baby
    (CITALOPRAM, "Citalopram 20 mg each morning goes on. Citalopram will keep her mood level, and the ward midwife "
     "will look after the newborn for jitteriness over 48 hours on the ward; breastfeeding encouraged."),
]


@pytest.mark.parametrize(("where", "text"), DRUG_ACTORS)
def test_a_medicine_as_the_only_actor_of_the_plan_is_refused(where: tuple[str, str], text: str) -> None:
    assert "MA122" in _codes(where, text)


@pytest.mark.parametrize(("where", "text"), DRUG_NEAR_MISSES)
def test_a_medicine_beside_a_person_who_acts_passes(where: tuple[str, str], text: str) -> None:
    assert _codes(where, text) == set()


def test_a_medicine_caring_for_the_baby_is_set_aside() -> None:
    for text in (
        "The mood stabiliser will keep her well, will take care of the newborn and will carry her to term.",
        "Her SSRI lifts her mood and will look after baby on the ward.",
        "Sertraline will care for the infant's sleep.",
    ):
        kept = without_drug_actors(normalise(text))
        assert "after" not in kept and "care of" not in kept and "care for" not in kept, text
    # Her own care by the medicine, or a person caring for the baby, stands.
    seen_to = normalise("The sertraline will see to the night feeds.")
    assert "see to" not in without_drug_actors(seen_to)
    for text in (
        "The foster carer will see to the night feeds.",
        "Sertraline will look after her mood, and the midwife will look after the baby's feeding.",
        "Lithium will keep her well, and the neonatal team will take care of the newborn's first days.",
    ):
        assert without_drug_actors(normalise(text)) == normalise(text), text


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


# Two medicines doing a person's acts, then "both" doing another: the baby's care is in no one's hands.
PAIRED_DRUG_ACTORS = [
    (SEDATIVES, "Diazepam and pregabalin go on; the diazepam comes down slowly after 6 weeks. Diazepam will do the "
     "feeds overnight and pregabalin will keep the infant off the settee; both of them will look for late "
     "abstinence signs until day 8."),
    # Two medicines joined as one subject, then "both" doing the baby's care.
    (SEDATIVES, "Pregabalin 150 mg bd and diazepam 5 mg tds go on unchanged, the diazepam tapered after 6 weeks; "
     "both will do the feeds overnight, keep the infant in its own cot and look out for late abstinence signs "
     "until day 8."),
]
PAIRED_NEAR_MISSES = [
    # The medicines as subjects of what they do; people act.
    (SEDATIVES, "Diazepam and pregabalin go on, the diazepam coming down slowly after 6 weeks. Diazepam will calm "
     "her days and pregabalin will ease her nerves; both will leave her drowsy, so the foster carer does the feeds "
     "overnight, keeps the infant off the settee and looks for late abstinence signs until day 8."),
    # Two medicines joined as one subject, then the people "both" names.
    (SEDATIVES, "Pregabalin 150 mg bd and diazepam 5 mg tds go on unchanged, the diazepam tapered after 6 weeks; "
     "the two foster carers both will do the feeds overnight, keep the infant in its own cot and look out for "
     "late abstinence signs until day 8."),
]


@pytest.mark.parametrize(("where", "text"), PAIRED_DRUG_ACTORS)
def test_both_medicines_as_the_only_actors_of_the_babys_care_are_refused(where: tuple[str, str], text: str) -> None:
    assert _codes(where, text) & {"MA122", "MA124"}


@pytest.mark.parametrize(("where", "text"), PAIRED_NEAR_MISSES)
def test_both_medicines_as_subjects_of_their_effects_pass(where: tuple[str, str], text: str) -> None:
    assert _codes(where, text) == set()


def test_both_is_a_medicine_subject_only_after_two_medicine_subjects() -> None:
    paired = normalise("Diazepam will ease her nerves and pregabalin will calm her; both will look for abstinence.")
    assert "look for" not in without_drug_actors(paired)
    people = normalise("The foster carer will do the feeds and the midwife will weigh him; both will look for "
                       "abstinence.")
    assert without_drug_actors(people) == people
    one = normalise("Pregabalin will ease her nerves, and she and the carer both will look for abstinence.")
    assert without_drug_actors(one) == one



def test_both_is_a_medicine_subject_right_after_two_medicines_joined_as_one() -> None:
    joined = normalise("Sertraline and quetiapine carry on; both will check the cot at night.")
    assert "check" not in without_drug_actors(joined)
    for text in (
        "Sertraline and quetiapine carry on; mum and dad both will check the cot at night.",
        "Sertraline and quetiapine carry on and both parents will check the cot at night.",
        "Sertraline and quetiapine carry on; the midwife and the HV both will check the cot.",
        "Sertraline and quetiapine make mum and dad drowsy; both will check the cot at night.",
        "Mum takes sertraline and quetiapine; both will be reviewed at 6 weeks.",
    ):
        assert without_drug_actors(normalise(text)) == normalise(text), text


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
ABSENT += [
    (METHADONE, "Methadone continues at 60 mg. She has refused health visiting. The health visitor will score the "
     "newborn for late abstinence and make sure the infant has a cot."),
    (LITHIUM, "Lithium 800 mg goes on. The perinatal psychiatrist saw her once and is no longer involved. The "
     "perinatal psychiatrist will organise the serum levels and the newborn's review after delivery."),
]
# The role holding the plan in the present tense, with no modal (found passing by the hundred-and-seventh fresh
# corpus).
ABSENT += [
    (SEDATIVES, "The foster carer pulled out of the placement last week. Diazepam and pregabalin go on and make "
     "her drowsy: the foster carer feeds the infant overnight and looks for late abstinence signs until day 8."),
    (PARTNER, "There is no health visitor for the family. His quetiapine makes him drowsy: the health visitor "
     "checks where the infant sleeps and sees that he never dozes with the infant."),
]
# The plan given to no one ("no one", "nobody" doing a person's act; found passing by the hundred-and-eighth fresh
# corpus). Where nothing else is left, MA103 reports it first (a plan held by no one, medassess/gate/unheld.py:
# the hundred-and-sixteenth fresh corpus), so one gap is reported once.
NOBODY = [
    (PARTNER, "His quetiapine 200 mg at bedtime: a family nurse is not wanted and nobody will check where the "
     "infant sleeps."),
    # a second clause joined by "and" taking over an act from him: no one takes it over, which is no plan for a gap
    (PARTNER, "His quetiapine 200 mg at bedtime leaves him groggy. Nobody will check the cot at night, "
     "and nobody is going to take over the overnight feeds from him."),
]
ABSENT_NEAR_MISSES = [
    # A role present, in the present tense, beside one ruled out.
    (PARTNER, "His quetiapine makes him drowsy, so no one shares a bed or sofa with the infant after his dose; "
     "the mother does the night feeds and the health visitor checks the crib at each visit."),
    (PARTNER, "The family nurse is no longer involved. His quetiapine makes him drowsy: the health visitor "
     "checks where the infant sleeps at each visit, he never shares a bed or sofa with the infant and the mother "
     "does the night feeds."),
    # She refused a part of the role's work, not the role.
    (METHADONE, "She turned down the health visitor home visits and is seen at the clinic instead; the health "
     "visitor will score the newborn there for late abstinence to day 8. Methadone continues; abstinence scoring "
     "for 72 hours by the ward midwives; breastfeeding encouraged; no bed-sharing, as she is drowsy after her "
     "dose."),
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


@pytest.mark.parametrize(("where", "text"), NOBODY)
def test_a_plan_given_to_no_one_is_refused(where: tuple[str, str], text: str) -> None:
    assert _codes(where, text) & {"MA103", "MA122"}


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
    # No one doing a person's act holds nothing; no one doing a risky act is a rule.
    unheld = normalise("The GP sees her at 6 weeks, and nobody will check the crib.")
    assert "crib" not in without_absent_actors(unheld)
    assert "the gp sees her at 6 weeks" in without_absent_actors(unheld)
    rule = normalise("No one shares a bed or sofa with the infant, and nobody smokes in the house.")
    assert without_absent_actors(rule) == rule
    # "Take over" after no one is no plan for a gap, and it does not keep a clause joined before it.
    joined_nobody = normalise("Nobody will weigh the infant, and nobody will take over the bathing from her.")
    assert "weigh" not in without_absent_actors(joined_nobody)
    assert "bathing" not in without_absent_actors(joined_nobody)
    gap = normalise("No health visitor is allocated yet; the health visitor will take over the checks once allocated.")
    assert "take over the checks" in without_absent_actors(gap)
    # An auxiliary, or another act joined before the absence, and her refusing the role, rule it out too.
    present = normalise("She does not have a key worker. The key worker checks the crib; the midwife weighs him.")
    assert "checks the crib" not in without_absent_actors(present)
    assert "the midwife weighs him" in without_absent_actors(present)
    joined = normalise("The social worker visited once and has stepped back. The social worker will see the cot.")
    assert "see the cot" not in without_absent_actors(joined)
    refused = normalise("The parents declined the family nurse. The family nurse will weigh the infant.")
    assert "weigh" not in without_absent_actors(refused)
    # Her refusing a thing of the role's, or having refused it before, rules nothing out.
    part = normalise("She declined the family nurse programme. The family nurse will weigh the infant.")
    assert without_absent_actors(part) == part
    before = normalise("She previously declined the family nurse. The family nurse will weigh the infant.")
    assert without_absent_actors(before) == before


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


HER_SLEEPINESS = (
    "Quetiapine 300 mg at bedtime: the mother gets far too drowsy after it to feed, so the night feeds go to the "
    "father."
)
HIS_SLEEPINESS = (
    "Quetiapine 300 mg at bedtime leaves the father far too drowsy to feed, so the mother does the night feeds and "
    "he never shares a bed with the infant."
)
OVERALL_HERS = (
    "Her paracetamol needs nothing. Quetiapine at bedtime leaves her groggy, so the night feeds are handed to the "
    "father, and the health visitor looks at the crib."
)
OVERALL_HIS = (
    "Her paracetamol needs nothing. The father's quetiapine at bedtime leaves him groggy, so the mother does the "
    "night feeds and he never shares a bed or sofa with the infant; the health visitor looks at the crib."
)


def _overall_codes(text: str) -> set[str]:
    """The error codes at the overall conclusion of the partner's quetiapine example once it holds ``text``."""
    data: dict[str, Any] = json.loads((EXAMPLES / PARTNER[0]).read_text(encoding="utf-8"))
    data["overall_conclusion"]["text"] = text
    path = "$.overall_conclusion.text"
    return {i.code for i in check(record_from_data(data), today=TODAY) if i.severity == "error" and i.path == path}


@pytest.mark.parametrize("text", [HER_SEDATION, HER_SLEEPINESS])
def test_the_partners_sedation_put_on_the_mother_is_refused(text: str) -> None:
    assert "MA129" in _codes(PARTNER, text)


@pytest.mark.parametrize("text", [HIS_SEDATION, HIS_SLEEPINESS])
def test_the_partners_sedation_put_on_him_passes(text: str) -> None:
    assert "MA129" not in _codes(PARTNER, text)


def test_an_overall_conclusion_putting_his_medicines_sedation_on_her_is_refused() -> None:
    assert "MA129" in _overall_codes(OVERALL_HERS)
    assert _overall_codes(OVERALL_HIS) == set()


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize("text", [OVERALL_HERS, OVERALL_HIS])
def test_a_disguised_overall_conclusion_gets_the_plain_verdict(text: str, seed: int) -> None:
    assert _overall_codes(disguise(text, random.Random(seed))) == _overall_codes(text)


ALL = [
    *DRUG_ACTORS, *DRUG_NEAR_MISSES, *PAIRED_DRUG_ACTORS, *PAIRED_NEAR_MISSES, *ABSENT, *NOBODY, *ABSENT_NEAR_MISSES,
    *((PARTNER, t) for t in (HER_SEDATION, HIS_SEDATION, HER_SLEEPINESS, HIS_SLEEPINESS)),
]


@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize(("where", "text"), ALL)
def test_a_disguised_plan_gets_the_plain_verdict(where: tuple[str, str], text: str, seed: int) -> None:
    assert _codes(where, disguise(text, random.Random(seed))) == _codes(where, text)
