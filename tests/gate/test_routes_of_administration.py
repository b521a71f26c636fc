"""MA131 route-impossible, both ways: a dose line giving a route the form in the medicine's name cannot take
(tablets injected, a patch swallowed, a depot injection under the tongue) is refused; routes clinicians do use,
however unusual, names with no form word, lines with no route word and clauses of another time or product pass;
a disguised name or line is judged as the plain one."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medassess import check, record_from_data
from medassess.gate.administration import form, routes
from tests.gate.disguise import disguised
from tests.test_rules import TODAY, complete

MESSAGE = (
    "the dose line gives a route of administration the form in the medicine's name cannot take (expected the route "
    "its form is given by, e.g. tablets by mouth, a patch on the skin, or the name of the product she takes)"
)

CANNOT = [
    ("Sertraline 100mg tablets", "100 mg intravenously each morning"),
    ("Sertraline 100mg tablets", "one tablet i.m. daily"),
    ("Citalopram 20mg tablets", "20 mg s/c at night"),
    ("Pregabalin 75mg capsules", "75 mg by infusion twice a day"),
    ("Quetiapine 25mg tablets", "two puffs twice a day"),
    ("Diazepam 2mg tablets", "2 mg nebulised when needed"),
    ("Methadone 1mg/ml oral solution", "60 ml IV once daily"),
    ("Methadone 1mg/ml oral solution", "60 mg (60 ml) by injection, supervised"),
    ("Oxycodone 5mg/5ml oral solution", "one patch every 72 hours"),
    ("Fentanyl 12micrograms/hour transdermal patches", "one patch orally every 72 hours"),
    ("Butec 10micrograms/hour transdermal patches", "swallow one weekly"),
    ("Fentanyl 25micrograms/hour transdermal patches", "one patch sublingually every 3 days"),
    ("Buvidal 64mg/0.18ml prolonged-release solution for injection", "64 mg by mouth weekly at the drug service"),
    ("Buvidal 96mg/0.27ml prolonged-release solution for injection", "96 mg SL monthly"),
    ("Paracetamol 500mg suppositories", "one suppository PO four times a day"),
    ("Clotrimazole 500mg pessaries", "one pessary orally at night"),
    ("Salbutamol 100micrograms/dose inhaler", "two puffs IV when needed"),
    # a course's length or start is when she takes it, not another time
    ("Clotrimazole 500mg pessaries", "one pessary by mouth at night until 12 weeks"),
    ("Sertraline 100mg tablets", "100 mg i.v. daily from 20 weeks"),
    # a form word after a verb of giving, past an article and frequency words (found passing by fresh139)
    ("Sertraline 100mg tablets", "100 mg, given as one injection each morning"),
    ("Pregabalin 75mg capsules", "75 mg twice a day administered as an injection"),
    ("Oxycodone 5mg/5ml oral solution", "5 mg at night, given as one patch"),
    # eye, ear and nose preparations swallowed or injected, an injection worn as a patch
    ("Fusidic acid 1% eye drops", "apply one drop by mouth twice daily"),
    ("Timolol 0.25% eye drops", "one drop IM at night"),
    ("Sofradex ear drops", "three drops swallowed three times daily"),
    ("Locorten-Vioform ear drops", "two drops PR twice a day"),
    ("Mometasone 50micrograms/dose nasal spray", "two sprays orally once a day"),
    ("Sodium cromoglicate 2% nasal spray", "one spray SC four times daily"),
    ("Morphine 10mg/ml solution for injection", "one patch to the upper arm every 72 hours"),
    ("Haloperidol 5mg/1ml solution for injection", "5 mg transdermally at night"),
    # a suspension for injection is a depot: injected only
    ("Sayana Press 104mg/0.65ml suspension for injection", "104 mg orally every 13 weeks"),
    ("Aripiprazole 400mg powder and solvent for suspension for injection", "400 mg PO monthly"),
    ("Triamcinolone 40mg/1ml suspension for injection", "40 mg swallowed once"),
    ("Medroxyprogesterone 150mg/1ml suspension for injection", "one sublingually every 12 weeks"),
    # a skin preparation swallowed, injected or inhaled
    ("Clobetasone 0.05% ointment", "apply thinly, 2 g PO once a day"),
    ("Emollient cream", "a fingertip unit swallowed twice daily"),
    ("Diclofenac 1.16% gel", "4 g orally three times a day"),
    ("Calamine lotion", "10 ml by mouth when itchy"),
    ("Zinc oxide paste", "apply 1 g IM daily"),
    # a tablet, capsule or oral liquid put in the eye or the ear, up the nose or on the skin (found passing by a
    # hundred-and-twenty-third fresh corpus)
    ("Sertraline 50mg tablets", "two tablets (100 mg) into each eye once daily"),
    ("Citalopram 20mg tablets", "one tablet in each ear at night"),
    ("Quetiapine 100mg tablets", "300 mg (three tablets) sniffed up the nose at night"),
    ("Methadone 1mg/ml oral solution", "60 ml intranasally once daily"),
    ("Diazepam 5mg tablets", "5 mg applied to the skin three times a day"),
    ("Pregabalin 75mg capsules", "75 mg topically twice a day"),
    ("Fentanyl 12micrograms/hour transdermal patches", "one patch into the eye every 72 hours"),
    # a nose, eye or ear preparation's own name as the dose line's route, as "patch" or "suppository" is
    ("Pregabalin 75mg capsules", "75 mg nose drops twice a day"),
    ("Sertraline 50mg tablets", "50 mg as a nasal spray each morning"),
    ("Citalopram 20mg tablets", "20 mg in eye drops at night"),
    ("Methadone 1mg/ml oral solution", "60 ml as ear drops daily"),
    # a gastro-resistant, modified- or prolonged-release tablet or capsule given rectally or vaginally: it releases
    # through the gut only (found passing by the hundred-and-forty-sixth fresh corpus)
    ("Aspirin 75mg gastro-resistant tablets", "one tablet per rectum each morning"),
    ("Omeprazole 20mg gastro-resistant capsules", "20 mg PR before breakfast"),
    ("Carbamazepine 200mg prolonged-release tablets", "200 mg vaginally twice a day"),
    ("Nifedipine 20mg modified-release capsules", "one capsule PV at night"),
]
CAN = [
    # the route the form is given by, in every spelling
    ("Sertraline 100mg tablets", "100 mg by mouth each morning"),
    ("Sertraline 100mg tablets", "one tablet PO OD"),
    ("Methadone 1mg/ml oral solution", "60 ml p.o. daily, supervised"),
    ("Fentanyl 12micrograms/hour transdermal patches", "one patch every 72 hours"),
    ("Buvidal 96mg/0.27ml prolonged-release solution for injection", "96 mg subcutaneous injection monthly"),
    ("Salbutamol 100micrograms/dose inhaler", "two puffs by mouth via spacer when needed"),
    ("Subutex 8mg sublingual tablets", "8 mg SL daily"),
    # unusual routes clinicians use: tablets and capsules rectally or vaginally, a pessary rectally, an oral gel on
    # the nipples, an injection by mouth or buccally
    ("Misoprostol 200microgram tablets", "400 micrograms PV once"),
    ("Progesterone 200mg capsules", "one capsule vaginally at night"),
    ("Cyclogest 400mg pessaries", "one PR twice a day"),
    ("Metoclopramide 10mg tablets", "10 mg PR when vomiting"),
    ("Aspirin 75mg gastro-resistant tablets", "one tablet swallowed whole each morning"),
    ("Paracetamol 1g suppositories", "1 g per rectum every 6 hours when needed"),
    ("Diazepam 10mg/2.5ml rectal solution", "10 mg per rectum for a prolonged seizure"),
    ("Mico oral gel", "apply to the nipples after feeds"),
    ("Midazolam 10mg/2ml solution for injection", "10 mg buccally for a seizure over 5 minutes"),
    ("Morphine 10mg/ml solution for injection", "2.5 mg nebulised when breathless"),
    ("Methadone 1mg/ml oral solution", "60 ml PR when vomiting"),
    ("Atropine 1% eye drops", "two drops sublingually four times a day for drooling"),
    ("Midazolam 10mg/2ml solution for injection", "10 mg given orally in juice when needed"),
    ("Levomepromazine 25mg/1ml solution for injection", "6.25 mg subcutaneously at night"),
    ("Medroxyprogesterone 150mg/1ml suspension for injection", "150 mg deep IM every 12 weeks"),
    ("Sayana Press 104mg/0.65ml suspension for injection", "104 mg subcutaneously every 13 weeks"),
    # eye, ear and nose preparations where they are put
    ("Chloramphenicol 1% eye ointment", "apply to both eyes at night; eye patch over the left eye"),
    ("Hypromellose 0.3% eye drops", "one drop in each eye four times a day"),
    ("Otomize ear spray", "one spray into the affected ear three times a day"),
    ("Beclometasone 50micrograms/dose nasal spray", "two puffs into each nostril twice daily"),
    # skin preparations where they are spread, inserted, or a mouth gel or paste by mouth
    ("Clobetasone 0.05% ointment", "apply thinly to the patches on both elbows twice a day"),
    ("Anusol cream", "apply PR after each bowel movement"),
    ("Clotrimazole 2% cream", "apply PV at night for 7 days"),
    ("Miconazole 20mg/g oral gel", "2.5 ml by mouth four times a day after food"),
    ("Choline salicylate 8.7% oromucosal gel", "apply to the ulcer orally every 3 hours"),
    ("Triamcinolone 0.1% oral paste", "apply by mouth to the ulcer up to four times a day"),
    ("Lidocaine 2% gel", "apply buccally before meals"),
    ("GlucoGel 40% oral gel", "one tube swallowed for a hypo"),
    ("Fluticasone 50micrograms/dose nasal spray", "two sprays in each nostril once a day"),
    ("Ciprofloxacin 0.3% eye drops", "four drops into the affected ear twice a day"),  # eye drops used in the ear
    ("Chloramphenicol 0.5% eye drops", "one drop into each eye every two hours"),
    ("Naloxone 1.8mg nasal spray", "one spray up the nose if she cannot be woken"),
    ("Diazepam 5mg tablets", "5 mg three times a day; via NG tube while on the unit"),
    ("Mometasone 50micrograms/dose nasal spray", "two nasal sprays in each nostril daily"),
    ("Hypromellose 0.3% eye drops", "eye drops four times a day"),
    ("Sertraline 100mg tablets", "one tablet daily; if congested, switch to a nasal spray"),
    # no form in the name, no route in the line, or a clause of another time or product
    ("Methadone", "60 mg IV"),
    ("Sertraline 100mg tablets", "100 mg each morning"),
    ("Sertraline 100mg tablets", "one tablet daily; previously injected heroin"),
    ("Hyoscine 300microgram tablets", "one tablet three times a day, if vomiting switch to the patch"),
    ("Diazepam 2mg tablets", "2 mg at night, not IV"),
    # "given as" a dose, its own form, another time, a reason or a possibility
    ("Methadone 1mg/ml oral solution", "60 ml each morning, given as one daily dose"),
    ("Sertraline 100mg tablets", "100 mg daily, given as two 50 mg tablets"),
    ("Methadone 1mg/ml oral solution", "60 ml daily, previously given as an injection"),
    ("Sertraline 100mg tablets", "100 mg daily, as injections frighten her"),
    ("Methadone 1mg/ml oral solution", "60 ml daily, could be given as an injection if she cannot swallow"),
]


def route_issues(name: str, dose: str) -> list[tuple[str, str]]:
    data: dict[str, Any] = complete()
    data["medicines"][1]["name"] = name
    data["medicines"][1]["dose"] = dose
    return [(i.path, i.message) for i in check(record_from_data(data), today=TODAY) if i.code == "MA131"]


@pytest.mark.parametrize(("name", "dose"), CANNOT)
def test_a_route_the_form_cannot_take_is_refused(name: str, dose: str) -> None:
    assert route_issues(name, dose) == [("$.medicines[1].dose", MESSAGE)]


@pytest.mark.parametrize(("name", "dose"), CAN)
def test_a_route_the_form_can_take_or_no_route_passes(name: str, dose: str) -> None:
    assert route_issues(name, dose) == []


def test_a_name_with_two_forms_is_not_judged() -> None:
    assert form("Sertraline tablets or oral solution") is None
    assert route_issues("Sertraline 50mg tablets or 50mg/5ml oral solution", "10 ml IV") == []


def test_the_longest_form_phrase_is_read() -> None:
    assert form("Daktarin 20mg/g oral gel") == "other"
    assert form("Clotrimazole 500mg vaginal tablet") == "pessary"
    assert form("Buvidal 8mg/0.16ml prolonged-release solution for injection") == "depot-injection"
    assert form("Oxis 6 Turbohaler") == "inhaler"
    assert form("Depo-Provera 150mg/1ml suspension for injection") == "depot-injection"
    assert form("Midazolam 10mg/2ml solution for injection") == "injection"
    assert form("Hydrocortisone 2.5% cream") == "cutaneous"
    assert form("Bonjela 8.7% oral gel") == "other"
    assert form("Fluoride 1.1% dental paste") == "other"


def test_an_abbreviation_at_a_clause_end_keeps_its_route() -> None:
    assert routes("60 ml i.v.") == frozenset({"injected"})
    assert routes("60 ml i.v. daily") == frozenset({"injected"})
    assert routes("by oral inhalation") == frozenset({"inhaled"})


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_a_disguised_name_or_line_is_judged_as_the_plain_one(data: st.DataObject) -> None:
    name, dose = plain = data.draw(st.sampled_from(CANNOT + CAN))
    if data.draw(st.booleans()):
        name = data.draw(disguised(name))
    else:
        dose = data.draw(disguised(dose))
    assert bool(route_issues(name, dose)) is (plain in CANNOT)


# A conclusion naming a listed medicine in a form or by a route its listed product cannot take (the list has
# methadone oral solution and sertraline tablets): the form or route word right after the name, or its dose.
CONCLUSION_CANNOT = [
    "Her methadone patches carry on unchanged through the third trimester; the ward observes the baby for 3 days.",
    "Sertraline depot injection is kept going every four weeks; the health visitor checks the baby's feeding.",
    "Sertraline inhalers, one puff at night, stay as they are; the midwife reviews the baby at day 5.",
    "Sertraline 100 mg IV each morning is kept; the health visitor sees the baby at ten days.",
    "The methadone 60 ml injection carries on as now; the ward observes the baby for 3 days.",
    # a form an oral liquid is never called, though its route is open to it; the plural read as the singular
    "Her methadone suppository, 60 mg each night, is kept; the ward observes the baby for 3 days.",
    "Methadone pessaries at the same dose carry on; the ward observes the baby for 3 days.",
    # no form word: a route after a verb of giving, past the dose and a verb of carrying on, a comma before it
    "Sertraline 50 mg once daily stays, administered via subcutaneous injection; the midwife reviews the baby at "
    "day 5.",
    "Sertraline 100 mg at night is to be given IM; the health visitor sees the baby at ten days.",
    "Sertraline 100 mg nightly, taken by intravenous infusion, is kept; the midwife reviews the baby at day 5.",
    # a verb of carrying on with its particle ("goes on", "carries on") before the giving clause, and a route that
    # is its own verb of giving after a lead ("is applied to the skin"): found passing by the
    # hundred-and-twenty-ninth fresh corpus
    "Sertraline 100 mg daily goes on, to be given IM by the practice nurse; the midwife reviews the baby at day 5.",
    "Sertraline 100 mg daily carries on, given by intramuscular injection; the midwife reviews the baby at day 5.",
    "Sertraline 100 mg daily is applied to the skin each morning; the midwife reviews the baby at day 5.",
    "Sertraline 100 mg at night, to be rubbed into the skin; the midwife reviews the baby at day 5.",
]
CONCLUSION_CAN = [
    # the listed form, a bracketed form, or no form word in reach
    "Methadone (oral solution) carries on at 60 ml; the ward observes the baby for 3 days.",
    "Sertraline 100 mg tablets by mouth are kept; the health visitor sees the baby at ten days.",
    # an oral liquid given by the rectum: a route it may take (palliative care), no form named
    "Methadone 60 ml PR carries on while she is nil by mouth; the ward observes the baby for 3 days.",
    # a possibility, an option or another time
    "Methadone carries on; if she cannot keep it down, a patch could be looked at with the drug service.",
    "Methadone carries on; a methadone injection could be considered if she vomits on the ward.",
    "Sertraline was given IV in hospital years ago; tablets carry on now and the midwife sees the baby at day 5.",
    # another medicine's form beside hers, and the baby's own medicine
    "Methadone carries on and her salbutamol inhaler continues; the ward observes the baby for 3 days.",
    "If the scores stay high, the baby's morphine by mouth is started on the neonatal unit; methadone carries on.",
    # a verb of giving before a route the listed form takes, or before no route; a verb of carrying on with no verb
    # of giving; the baby's injection in the next clause
    "Sertraline 100 mg daily carries on, given by mouth at night; the midwife reviews the baby at day 5.",
    "Sertraline 100 mg daily stays, given by the community pharmacy weekly; the midwife reviews the baby at day 5.",
    "Sertraline 100 mg daily continues IV fluids aside; the midwife reviews the baby at day 5.",
    "Sertraline 100 mg daily continues, and the baby is given IM vitamin K at birth; the midwife reviews the baby "
    "at day 5.",
    "Sertraline 100 mg daily continues, given her mood; IM vitamin K for the baby at birth and the midwife reviews "
    "the baby at day 5.",
    "Sertraline 100 mg daily goes on, given by mouth with breakfast; the midwife reviews the baby at day 5.",
    "Sertraline 100 mg daily goes on, and emollient is applied to the baby's skin; the midwife reviews the baby at "
    "day 5.",
    "Sertraline 100 mg daily goes on; the baby's vitamin K is to be given IM at birth and the midwife reviews the "
    "baby at day 5.",
]


def conclusion_issues(text: str) -> list[tuple[str, str]]:
    data: dict[str, Any] = complete()
    data["assessments"][1]["conclusion"] = text
    return [(i.path, i.message) for i in check(record_from_data(data), today=TODAY) if i.code == "MA131"]


@pytest.mark.parametrize("text", CONCLUSION_CANNOT)
def test_a_conclusion_naming_a_form_the_listed_product_cannot_take_is_refused(text: str) -> None:
    found = conclusion_issues(text)
    assert [path for path, _ in found] == ["$.assessments[1].conclusion"]
    assert "a form or route its listed product cannot take" in found[0][1]


@pytest.mark.parametrize("text", CONCLUSION_CAN)
def test_a_conclusion_naming_the_listed_form_an_option_or_another_medicine_passes(text: str) -> None:
    assert conclusion_issues(text) == []


def test_a_conclusion_naming_a_medicine_listed_in_two_forms_is_not_judged() -> None:
    data: dict[str, Any] = complete()
    solution = dict(data["medicines"][1], id="med-sertraline-2", name="Sertraline 50mg/5ml oral solution")
    data["medicines"].append(solution)
    data["assessments"][1]["conclusion"] = CONCLUSION_CANNOT[3]
    assert [i for i in check(record_from_data(data), today=TODAY) if i.code == "MA131"] == []


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_a_disguised_conclusion_is_judged_as_the_plain_one(data: st.DataObject) -> None:
    plain = data.draw(st.sampled_from(CONCLUSION_CANNOT + CONCLUSION_CAN))
    assert bool(conclusion_issues(data.draw(disguised(plain)))) is (plain in CONCLUSION_CANNOT)
