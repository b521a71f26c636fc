"""The share gate judges what written text says (medassess.gate.substance): every rule both ways, realistic
good conclusions that must pass and hollow ones that must fail, each also in disguise, and every threshold
one below and at its value."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import medassess.gate.facts
from medassess import GateSettings, Record, check, is_shareable, load_record, record_from_data
from medassess.gate.english import zipf
from medassess.gate.facts import RecordFacts, unwritten
from medassess.gate.settings import shipped_settings
from medassess.gate.substance import (
    ConclusionVerdict,
    Verdict,
    analyse,
    medicine_words,
    shipped_lexicon,
    verdict,
)
from medassess.gate.substance import conclusion_verdict as judge_conclusion
from tests.gate.disguise import disguise, disguised

ROOT = Path(__file__).resolve().parents[2]
METHADONE_EXAMPLE = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"
COMPLETE = ROOT / "examples" / "pass" / "antenatal-methadone-sertraline.json"
TODAY = dt.date(2026, 3, 10)
SHIPPED = shipped_settings()
SUBSTANCE_CODES = {"MA103", "MA104", "MA113", "MA114"}

GOOD = [
    # Varied UK GP style: full sentences, telegraphic notes, abbreviations, a pointer beside a real conclusion,
    # "no concerns" with a reason, instructions with "please see", and short but complete.
    "Methadone 60 mg daily should continue through pregnancy. The baby is likely to need observation for "
    "neonatal withdrawal; breastfeeding is supported.",
    "Continue sertraline 100 mg. Compatible with breastfeeding. Baby to be observed for adaptation symptoms.",
    "See also the drug service letter. In summary: methadone continues at 60 mg, baby needs 72 hours "
    "observation for NAS on the postnatal ward, no co-sleeping.",
    "Please see the baby at home within 48 hours to check for withdrawal: poor feeding, high-pitched cry, "
    "jitteriness.",
    "No concerns about breastfeeding: sertraline passes into milk in tiny amounts and the baby needs no extra "
    "monitoring.",
    "Lithium to continue under the perinatal mental health team. Level at 36 weeks and within 24 hours of "
    "birth; breastfeeding not advised; paeds review at delivery.",
    "Valproate is being switched to lamotrigine by neurology before 12 weeks. Detailed anomaly scan booked.",
    "Stable on buprenorphine 8 mg. Risk of NAS, so obs on SCBU for 72 h. HV and MW aware; CPP in place.",
    "Diazepam and pregabalin both sedate: no co-sleeping, baby to sleep in own cot, foster carer told.",
    "Father takes quetiapine at night, which makes him drowsy. He must not bed-share or fall asleep holding "
    "the baby on the sofa.",
    "Continue citalopram 20 mg OD. Small risk of PPHN; midwife to monitor feeding and breathing for 24 hours.",
    "As per the letter dated 3 March, methadone continues at 60 mg; the baby needs 72 hours of observation and "
    "the health visitor will check the cot.",
    "Discussed with mum: she will keep taking sertraline. Baby may be jittery for a few days; she knows to call "
    "the midwife if feeding is poor.",
    "Not applicable to breastfeeding as the baby is formula fed, but methadone sedation means the baby must "
    "never sleep in the parents' bed.",
    "No issues with her mood on fluoxetine; continuing is safer than stopping. Compatible with breastfeeding.",
    "Risk of floppiness, hypoglycaemia and poor suck after birth. Paediatrician to see; HV to weigh at day 10.",
    "Benefits outweigh risks. Observe baby 72 hours; safe sleep advice given to both parents.",
    "Continue sertraline; compatible with breastfeeding; observe baby 72 hours.",
    "HV and MW aware; CPP in place; SW informed; NAS obs on SCBU.",
    "Methadone continues.\nBaby: NAS obs 72 h on SCBU.\nSee drug service letter for dose history.",
    "Pending the anomaly scan, valproate is stopped and lamotrigine started; high risk of harm to the baby "
    "explained to mum.",
    # "of" throughout, and one slip of typing ("the of baby"): sentences, not word salad.
    "Methadone continues: the baby is observed for signs of withdrawal for 72 hours, the health visitor checks the "
    "cot, and the risk of co-sleeping after each of her doses is explained; breastfeeding is encouraged.",
    "Methadone continues; the of baby is observed for withdrawal on the ward for 72 hours and breastfeeding is "
    "encouraged.",
]

HOLLOW = [
    "See letter",
    "See letter from drug service.",
    "Please refer to the drug service letter.",
    "As per letter dated 12/02/2026.",
    "Refer to notes",
    "As discussed.",
    "Pending review",
    "Pending review. Pending review. Pending review. Pending review. Pending review.",
    "Pending review at this time, will be updated in due course when further information becomes available.",
    "Awaiting review by the perinatal mental health team consultant.",
    "Awaiting letter from the drug service.",
    "To follow.",
    "TBC",
    "No concerns.",
    "Nothing of note.",
    "Not applicable.",
    "N/A",
    "This is not applicable to this patient.",
    "No issues.",
    "All fine.",
    "No concerns regarding methadone at this time noted.",
    "Currently no concerns noted with methadone at present.",
    "Please see the clinic letter for details.",
    "Details in the perinatal team's report.",
    "No concerns raised by the midwife, health visitor or GP regarding methadone.",
    "There are no concerns with regards to the use of methadone in this pregnancy at the present time.",
    "Continue current medication as prescribed, no changes.",
    "Under review by the drug service.",
    "See attached.",
    "-",
    "xxx",
]

FILLER = [
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.",
    "Sed ut perspiciatis unde omnis iste natus error sit voluptatem accusantium doloremque laudantium.",
    "asdf jkl qwerty asdfgh sdfsdf hjkhjk zxcv lkjh fghj dfgdfg uiop",
    "the blorf snaggled the vorpal tribbet with frabjous gimble and mimsy borogoves",
    "fjdkslaie wpqoeirut zmxncbv alskdjfhg qpwoeiruty",
    # English words, each recognised, threaded with an article before "of" (hollow-phrases.toml [never_english]).
    "Methadone dose of the of ward an of withdrawal the of sleeping hours of a of cot feeding of midwife.",
    "Sertraline plan of the of birth a of review of jitteriness the of feeding within of the midwife.",
    # Exactly `at_least` (2) such pairs is word salad (mutation round 30: `>=`, not `>`).
    "Methadone cot of the of ward feeding withdrawal an of sleeping hours midwife review of scores.",
]

REPETITIVE = [
    "methadone methadone methadone methadone methadone methadone methadone methadone",
    "Baby to be observed. Baby to be observed. Baby to be observed. Baby to be observed.",
    "withdrawal withdrawal withdrawal withdrawal withdrawal withdrawal",
]

VAGUE = [
    # Enough words, too few of them particular to this mother and baby (MA104, min_specific_words).
    "Safe to continue; compatible with breastfeeding.",
    "Methadone: plan for mother and baby agreed by MDT. Baby's needs fully considered by the team.",
    "Methadone: continue current management of mother and baby; baby plan unchanged from last time.",
    "Lithium: happy with things for baby, nothing to flag up, carry on.",
    # The near miss of the idiom below: out with friends is no sedation, so two particular words only.
    "Methadone: she is out with friends once she has taken it, so her partner does all the night feeds and "
    "the baby never sleeps in her bed.",
]
NOT_VAGUE = [
    "Continue sertraline; compatible with breastfeeding; observe the baby for 72 hours.",
    "Methadone continues. No co-sleeping after a dose; the cot stays in the parents' room.",
    "Lithium continues; paediatric review at birth and a level within 24 hours.",
    # An idiom for heavy sedation is one particular word, though each of its words is everyday
    # (mappings/clinical-phrases.csv).
    "Methadone: she is out like a light once she has taken it, so her partner does all the night feeds and "
    "the baby never sleeps in her bed.",
    "Methadone: she is out cold once she has taken it, so her partner does all the night feeds and "
    "the baby never sleeps in her bed.",
]

PADDED = [
    # A deferral or dismissal whose only other sentences are about something else: no reason (MA103).
    # A passing mention of the birth or the baby in a long sentence of chat does not make it a reason.
    "Sertraline and the baby: nothing to add. She has picked a name, the spare room is painted green, and her "
    "brother is driving down from York for the birth.",
    "Methadone and the baby: to be discussed at the next visit. The surgery was very quiet this afternoon and "
    "she came in with her mother after shopping in town.",
    "No concerns. She was cheerful today, enjoyed her holiday in Cornwall and is looking forward to the summer.",
    "Pending the drug service letter. Our practice moves to the new building in April, with far more parking "
    "at the back.",
    "No concerns about breastfeeding on sertraline. It was a wet morning; she walked from the bus station with "
    "her sister.",
]
NOT_PADDED = [
    # The same padding beside a conclusion that says what it must, or a deferral with the reason beside it.
    "Nothing to add to the plan: she will bottle feed from birth and the baby sleeps in a cot in the parents' "
    "room, with the health visitor checking at the new birth visit.",
    "Methadone continues at 60 mg; the baby needs 72 hours of observation for withdrawal. Lovely sunny visit "
    "and the kettle was on.",
    "Awaiting the drug service letter, but methadone continues at 60 mg and the baby needs 72 hours of "
    "observation for withdrawal.",
    "Sertraline continues at 100 mg; the midwife looks for jitteriness and poor feeding after birth. Nothing else "
    "to add; she was in good spirits and her sister was with her.",
]

OFF_SUBJECT = [
    # Enough words, some of them rare, none about the medicines, the pregnancy or the baby (MA104).
    "Methadone and sertraline. Kind regards, Dr Jones, Castle Street Surgery, telephone 01632 960000.",
    "Sertraline: this message is confidential and intended solely for the addressee; if received in error, "
    "notify the sender.",
    "Methadone: leverage synergistic paradigms going forward, ensuring holistic stakeholder alignment and robust "
    "deliverables.",
]

PROMPTS = [
    # A form's own prompt left in the box (MA103): bracketed, or a prompt verb ending in "here".
    "Methadone: [Type the conclusion here: the risk to the baby, breastfeeding, withdrawal observation.]",
    "Sertraline: <describe the plan for the newborn's observation and feeding after birth>",
    "Methadone: enter the impact on the baby, the feeding plan and withdrawal observation here.",
    "Text box - describe the neonatal plan, breastfeeding and safe sleep for the baby in this box.",
]
NOT_PROMPTS = [
    # Round brackets are how clinicians write asides; "here" in a sentence of their own is no prompt.
    "Methadone 60 mg continues (dose stable since booking); the baby needs 72 hours of observation for withdrawal "
    "and must not co-sleep.",
    "Sertraline continues; she breastfeeds here on the ward and the midwife observes the baby for jitteriness for "
    "24 hours.",
]

PROCESS_ONLY = [
    # Telling and talking, with no particular word of the subject: only baby, plan, risk or safety (MA104).
    "Methadone: the risks to the baby were thoroughly explained to both parents in an unhurried conversation "
    "and the plan was agreed.",
    "Sertraline: the baby's safety was considered carefully by everyone; her partner attended and contributed.",
]

SHORT = [
    "Continue methadone.",
    "Methadone 60 mg (60 ml) oral solution once daily.",
    "Noted.",
    "Stable, continue.",
]

REASSURED = [
    "Methadone: minimal risk to the baby at this dose, mother reassured and happy to continue.",
    "Methadone: perinatally uneventful, baby not expected to be affected in any meaningful way.",
    "Sertraline: sedation not thought significant for the baby; the mother is very experienced.",
]
"""Reassurance without its reason: the risk called small, not said what it is or what to watch for."""
REASSURED_WITH_REASONS = [
    "Low risk to the baby from methadone at 60 mg: withdrawal signs may start 48 to 72 hours after birth, so "
    "observe on the postnatal ward for 72 hours; no co-sleeping after a dose.",
    "Sedation from sertraline is not significant at this dose: she takes it at 8 am, long before the night "
    "feeds, and the baby sleeps in a cot beside the bed.",
]

EXPECTED: list[tuple[str, set[str]]] = [
    *((t, set()) for t in GOOD),
    *((t, set()) for t in REASSURED_WITH_REASONS),
    *((t, {"MA103"}) for t in REASSURED),
    *((t, set()) for t in NOT_PADDED),
    *((t, set()) for t in NOT_PROMPTS),
    *((t, {"MA103"}) for t in PROMPTS),
    *((t, {"MA104"}) for t in PROCESS_ONLY),
    *((t, {"MA103"}) for t in HOLLOW),
    *((t, {"MA103"}) for t in PADDED),
    *((t, {"MA104"}) for t in OFF_SUBJECT),
    *((t, {"MA113"}) for t in FILLER),
    *((t, {"MA114"}) for t in REPETITIVE),
    *((t, {"MA104"}) for t in SHORT),
]

VERDICT_OF = {
    "MA103": {"placeholder", "hollow"},
    "MA104": {"too-few-words", "vague", "off-subject"},
    "MA113": {"filler"},
    "MA114": {"repetition"},
}


def complete() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(COMPLETE.read_text(encoding="utf-8"))
    return data


def with_conclusion(text: str, where: str = "assessment") -> Record:
    data = complete()
    if where == "assessment":
        data["assessments"][0]["conclusion"] = text
    else:
        data["overall_conclusion"]["text"] = text
    return record_from_data(data)


def errors(record: Record) -> set[str]:
    return {i.code for i in check(record, today=TODAY) if i.severity == "error"}


RECORD_MEDICINES = medicine_words(["Methadone 1mg/ml oral solution", "Sertraline 50mg tablets"])


def conclusion_verdict(text: str) -> Verdict:
    return verdict(analyse(text, SHIPPED, RECORD_MEDICINES), SHIPPED.min_conclusion_words, SHIPPED)


def judged(text: str) -> ConclusionVerdict:
    """A conclusion's whole verdict: held to its subject, and to words particular to the case."""
    analysis = analyse(text, SHIPPED, RECORD_MEDICINES)
    minimum = SHIPPED.min_conclusion_words
    return judge_conclusion(verdict(analysis, minimum, SHIPPED), analysis, minimum, SHIPPED)


# ------------------------------------------------------------------------------------------------------------
# The tables, in a record, where the conclusion is an assessment's and where it is the overall one.


@pytest.mark.parametrize(("text", "codes"), EXPECTED, ids=[t[:40] for t, _ in EXPECTED])
@pytest.mark.parametrize("where", ["assessment", "overall"])
def test_conclusions_are_judged_on_what_they_say(text: str, codes: set[str], where: str) -> None:
    record = with_conclusion(text, where)
    # Whether the text names the medicines it covers (MA119) has tests of its own (tests/gate/test_names.py).
    assert errors(record) & SUBSTANCE_CODES == codes
    path = "$.assessments[0].conclusion" if where == "assessment" else "$.overall_conclusion.text"
    found = [i for i in check(record, today=TODAY) if i.code in SUBSTANCE_CODES]
    assert [i.path for i in found] == [path] * len(codes)
    for issue in found:
        quoted = text.strip()[:12].casefold()
        assert len(quoted) < 5 or quoted not in issue.message.casefold(), "messages never quote the text"


@settings(max_examples=250, deadline=None)
@given(st.data(), st.sampled_from(EXPECTED))
def test_a_disguised_conclusion_is_judged_as_its_plain_form(data: st.DataObject, case: tuple[str, set[str]]) -> None:
    text, codes = case
    hidden = data.draw(disguised(text))
    expected = set().union(*(VERDICT_OF[c] for c in codes)) if codes else {"substantive"}
    assert judged(hidden) in expected
    assert judged(hidden) == judged(text)


def test_a_disguised_placeholder_is_refused_in_a_record_and_the_disguise_warned_of() -> None:
    record = with_conclusion("S\u0435\u0435 l\u0435tt\u0435r from the drug s\u0435rvice.")
    assert errors(record) == {"MA103"}
    warnings = [(i.code, i.path) for i in check(record, today=TODAY) if i.code == "MA115"]
    assert warnings == [("MA115", "$.assessments[0].conclusion")]


def test_a_disguised_good_conclusion_passes_with_a_warning_only() -> None:
    record = with_conclusion(
        "M\u0435thadone continues; the baby needs 72 hours of observation for withdrawal and no co-sleeping."
    )
    assert is_shareable(record, today=TODAY)
    assert [(i.code, i.severity) for i in check(record, today=TODAY)] == [("MA115", "warning")]


def test_no_mixed_script_warning_for_units_and_greek_symbols() -> None:
    record = with_conclusion("Methadone 60 mg; \u03b2-blocker stopped; vitamin D 10 \u00b5g; baby observed 72 hours.")
    assert check(record, today=TODAY) == []


# ------------------------------------------------------------------------------------------------------------
# Pointers and instructions, deferrals and dismissals anywhere.


@pytest.mark.parametrize(
    "text",
    [
        "Please see the baby at home within 48 hours to check for withdrawal.",
        "See her at the next antenatal clinic and weigh the baby after birth; no co-sleeping.",
        "Please see mother and the baby together at home with her own written plan; no co-sleeping after a dose.",
        "Observe the baby for 72 hours per the local neonatal abstinence guideline; HV to visit on day 5.",
    ],
)
def test_an_instruction_is_not_a_pointer(text: str) -> None:
    assert conclusion_verdict(text) == "substantive"


@pytest.mark.parametrize(
    "text",
    [
        "Continue methadone, baby needs observation for withdrawal. Please see the drug service letter.",
        "Baby needs observation for withdrawal and a cot of her own; details in the clinic letter.",
        "Methadone continues and the midwife will watch the baby for withdrawal. No concerns otherwise.",
        "Sertraline 100 mg continues through pregnancy; the baby is observed for 24 hours for adaptation and she "
        "breastfeeds. She has time to decide whether to reduce the dose after the birth with the perinatal team.",
    ],
)
def test_a_substantive_conclusion_may_also_point_elsewhere_or_dismiss(text: str) -> None:
    assert conclusion_verdict(text) == "substantive"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Awaiting the anomaly scan. Will update.", "hollow"),
        ("Anomaly scan awaited, plan then.", "hollow"),
        ("No concerns as she is stable, baby well, will continue to monitor.", "hollow"),
        ("Nil else, see GP notes.", "hollow"),
        ("Sertraline: leave it to maternity to decide about the baby after delivery.", "hollow"),
        ("Leave this to the paediatricians.", "hollow"),
    ],
)
def test_a_deferral_or_dismissal_anywhere_with_little_else_is_hollow(text: str, expected: Verdict) -> None:
    assert conclusion_verdict(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Left to later or to an event, or to a meeting's record: nothing is concluded now.
        ("Methadone: the next scan will determine the plan for the baby.", "hollow"),
        ("Lithium and the baby: to be revisited at the next appointment.", "hollow"),
        ("Sertraline: GP will look into it once the baby is born.", "hollow"),
        ("Methadone: baby's plan as per the strategy meeting.", "hollow"),
        ("Methadone and the baby: GP to review.", "hollow"),  # "to review" ending its clause defers
        ("Sertraline and the baby: will review, once the scan is back.", "hollow"),
        # Kept open for later with modal verbs only (found by a seventeenth fresh corpus).
        ("Sertraline, the newborn's adaptation and breastfeeding could alter and shall stay under consideration by "
         "the whole team.", "hollow"),
        ("Lithium levels and the neonatal plan, subject to change.", "hollow"),
        # A leaflet or website pointed to, and the answer left to a team (found by a twenty-fourth fresh corpus).
        ("Sertraline and breastfeeding: read the leaflet on the NHS website.", "hollow"),
        ("Lithium in pregnancy and the newborn: as per the psychiatrist.", "hollow"),
        ("Lithium continues at the same dose as per the psychiatrist; levels monthly and the newborn is reviewed "
         "at birth.", "substantive"),
        # The same words beside what is concluded now.
        ("Methadone 60 mg continues, subject to change only if she relapses; the baby is observed for 72 hours "
         "for withdrawal and never co-sleeps.", "substantive"),
        ("Observe the baby for 72 hours for withdrawal; the health visitor will review safe sleep at each visit "
         "and the GP will review the methadone dose at 6 weeks.", "substantive"),
        ("Agreed at the strategy meeting: methadone continues at 60 mg, the baby is observed for 72 hours for "
         "withdrawal and there is no co-sleeping.", "substantive"),
    ],
)
def test_leaving_it_to_later_to_an_event_or_to_a_meeting_defers(text: str, expected: Verdict) -> None:
    assert conclusion_verdict(text) == expected
    assert judged(text) == expected


# Handing the decision to someone else, to a document or to later, in other words than the lists had: the
# document named before what it is said to do ("the letter covers ..."), the decision said to sit with another
# team, the section left to be completed, or another team left to advise.
HANDED_ELSEWHERE = [
    "Valproate: neurology to advise; this section will be completed once their recommendations are received.",
    "Lithium: the perinatal team's letter covers the baby comprehensively and should be relied on.",
    "Methadone: how the baby is managed will be decided by paediatrics at birth.",
    "Valproate: any decision on the unborn baby's care sits with neurology.",
    "Sertraline and the baby: the responsibility rests with the perinatal mental health team.",
    # Six words between the verb and the document (found passing by a thirty-ninth fresh corpus).
    "Sertraline: about continuing it, kindly see the perinatal mental health team's clinic letter.",
]
DECIDED_BESIDE_A_POINTER = [
    "The drug service letter sets out her dosing history; in short, methadone 60 mg continues, the baby is observed "
    "for 72 hours for withdrawal and she must not co-sleep.",
    "Neurology will advise on the dose after birth; for now valproate continues, the anomaly scan is booked for 20 "
    "weeks and folic acid 5 mg is prescribed.",
    "Paediatrics decided at the planning meeting: the baby stays on the postnatal ward for 72 hours of withdrawal "
    "observations, then the health visitor checks on days 5 and 8.",
    "Sertraline continues at 100 mg, and the baby is watched for jitteriness for 48 hours; kindly see the community "
    "perinatal mental health team's clinic letter for her dosing history.",
]


# What is said of every baby says nothing of this one: a sentence holding "as for any baby" is set aside like a
# deferral, whatever concern words it uses; a sentence about this baby beside it stands.
SAID_OF_EVERY_BABY = [
    # What is said of the form, the template or the notes (mappings/hollow-phrases.toml [paperwork]).
    "Methadone: the newborn's withdrawal chart and feeding sheet stay in the notes; the template continues "
    "overleaf.",
    # A rule for all babies, then the medicine said to change nothing of it (found by a twentieth fresh corpus).
    "Every baby should be put down on its back in a cot and fed on demand; sertraline leaves these general "
    "principles as they are.",
    "Methadone: routine newborn observations on the postnatal ward, as for any baby.",
    "As for every family, with methadone: the baby sleeps on its back in a cot and has routine checks.",
    "Sertraline: breastfeeding is best for every baby where possible.",
    # The sentence goes on, but never to this baby: all of it is set aside.
    "Methadone: feeding on demand and a cot of its own, as for any baby, and the usual newborn checks on the ward.",
    # A turn to this baby inside the clause that holds the phrase is set aside with it.
    "Methadone: like every baby this newborn needs feeding and a warm cot, and the usual checks on the ward.",
]
SAID_OF_THIS_BABY_TOO = [
    # The paperwork mentioned beside what is concluded (found by a twenty-third fresh corpus: said of the form
    # alone, it is set aside like what is said of every baby).
    "Methadone 60 mg continues and the newborn is scored for withdrawal for 72 hours. The form goes to the ward "
    "clerk today.",
    "Every baby should sleep on its back; this one, because methadone makes his mother drowsy, must never share "
    "her bed, and he is scored for withdrawal for 72 hours.",
    "Methadone 60 mg continues. Safe sleep as for every baby; in addition, because she is drowsy after her dose, "
    "no co-sleeping and the baby is observed for 72 hours for withdrawal.",
    "Sertraline continues; breastfeeding is supported on this dose and the midwife watches for jitteriness in the "
    "first 48 hours. Like any baby, she needs a cot of her own.",
    # A sentence that turns from every baby to this one: the clauses from the turn on are this baby's plan
    # (found refused by a twenty-eighth fresh corpus).
    "Feeding on demand and a cot of its own, as for any baby, but in this family the newborn never sleeps beside "
    "his mother after her methadone dose and is scored for withdrawal for 72 hours.",
    "Whatever every baby needs, this newborn has 72 hours of withdrawal scoring on the ward because of methadone.",
]


def test_a_dismissed_medicine_beside_a_terse_plan_leaves_the_plan_to_be_judged() -> None:
    # The mother's illness is the subject: "if the mother is unwell" is about her, not padding.
    text = (
        "The mother's paracetamol: no concern. The father's diazepam at night: no co-sleeping with him and no "
        "night feeds by him; if the mother is unwell another adult does the nights."
    )
    assert conclusion_verdict(text) == "substantive"
    # Without the plan, the dismissal and an aside about her are all there is.
    assert conclusion_verdict("Methadone: no concern. If the mother is unwell, ring.") == "hollow"


@pytest.mark.parametrize("text", SAID_OF_EVERY_BABY + SAID_OF_THIS_BABY_TOO)
def test_what_is_said_of_every_baby_says_nothing_of_this_one(text: str) -> None:
    expected = "hollow" if text in SAID_OF_EVERY_BABY else "substantive"
    assert conclusion_verdict(text) == expected


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(SAID_OF_EVERY_BABY + SAID_OF_THIS_BABY_TOO).flatmap(
        lambda t: st.tuples(st.just(t), disguised(t))
    )
)
def test_a_disguised_universal_sentence_is_judged_like_the_plain_one(pair: tuple[str, str]) -> None:
    assert conclusion_verdict(pair[1]) == conclusion_verdict(pair[0])


# Care and review that any baby gets, weighed by anyone, say nothing of this one; the same words beside what this
# baby needs leave that to stand.
CARE_OF_ANY_BABY = [
    "Methadone continues. Standard postnatal care for the baby. Routine follow-up as normal.",
    "Methadone: the impact on the baby has been carefully weighed and will continue to be kept under close review "
    "by all agencies involved.",
]
CARE_OF_THIS_BABY = [
    "Methadone continues. Standard postnatal care plus at least 72 hours of withdrawal scoring on the ward; no "
    "co-sleeping after her dose.",
    "Methadone 60 mg continues; HV follow-up at day 5 and day 8 for late withdrawal signs; breastfeeding "
    "encouraged; cot in the parents' room.",
]


def _conclusion_codes(text: str, assessment: int = 0) -> set[str]:
    data = complete()
    data["assessments"][assessment]["conclusion"] = text
    return errors(record_from_data(data)) & {"MA103", "MA104"}


def _ma103_found(text: str, assessment: int = 0) -> list[tuple[str, str]]:
    """Where MA103 reports ``text`` as one assessment's conclusion, and what it says there."""
    data = complete()
    data["assessments"][assessment]["conclusion"] = text
    return [(i.path, i.message) for i in check(record_from_data(data), today=TODAY) if i.code == "MA103"]


# Governance and process only: the procedure followed, the meeting held, who is involved, the guidance named.
# The same words beside a decision about this baby leave the decision to stand.
PROCESS_ONLY = [
    "Methadone: assessment undertaken in accordance with local safeguarding partnership procedures; the welfare "
    "of the child is paramount and information will be shared with relevant agencies.",
    "Methadone: the case was presented at the perinatal multidisciplinary meeting and the views of all members "
    "were documented; actions allocated.",
    "Methadone: all professionals involved (midwife, health visitor, GP, drug service, social worker) have been "
    "informed and copied in.",
    "Methadone: risks versus benefits balanced in her best interests and those of the unborn child, in line with "
    "national guidance.",
    "Methadone: the standard advice given to all new parents about safer sleep, feeding and smoking was provided.",
]
PROCESS_BESIDE_A_DECISION = [
    "Methadone continues; discussed at the MDT: the baby is observed for 72 hours for withdrawal, no co-sleeping, "
    "breastfeeding encouraged.",
    "Methadone 60 mg continues in line with NICE guidance; the foster carer keeps the cot in her room and the "
    "baby has 72 hours of withdrawal scoring.",
    "Methadone: her wishes are to breastfeed, which is encouraged on a stable dose; baby observed 72 hours; no "
    "co-sleeping after her dose.",
]


# What happens to the form's parts (sections, fields, boxes, checklist, headings, sign-off, audit) says nothing of
# the baby; a decision after it in another clause stands (found passing by a twenty-eighth fresh corpus).
FORM_PARTS_ONLY = [
    "Each section on methadone must be finished before the birth; the withdrawal and safe sleep headings are "
    "accounted for.",
    "Methadone: the neonatal fields will stay read-only once saved, and the breastfeeding boxes are ticked.",
    "The methadone checklist has the baby's withdrawal scoring ticked, and the audit will sample it in June.",
    "Methadone: the newborn's scoring sheet and her dosing card will remain on file at the practice.",
    # Signing the form is its bookkeeping ("be signed", "be countersigned", "be signed off").
    "The methadone record is finished, with the baby's withdrawal scoring, sleep and feeds, and must be "
    "countersigned by the practice pharmacist.",
    "Methadone: all parts done, including neonatal withdrawal and safe sleep; they must be signed off before "
    "discharge.",
]
FORM_PARTS_THEN_DECISION = [
    "Each section on methadone is finished, and it decides: methadone 60 mg continues, the baby is scored for "
    "withdrawal for 72 hours, and no co-sleeping after her dose.",
    "Methadone checklist done: the baby stays on the postnatal ward for 72 hours of withdrawal scoring and "
    "breastfeeding is encouraged.",
    "Her dosing card is on file, and methadone 60 mg continues; the newborn is scored for withdrawal for 72 hours.",
    "Signed off by the practice pharmacist after the MDT: methadone 60 mg continues and the newborn is scored for "
    "withdrawal for 72 hours.",
]


@pytest.mark.parametrize("text", FORM_PARTS_ONLY + FORM_PARTS_THEN_DECISION)
def test_what_happens_to_the_forms_parts_says_nothing_of_the_baby(text: str) -> None:
    assert bool(_conclusion_codes(text)) is (text in FORM_PARTS_ONLY)


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(FORM_PARTS_ONLY + FORM_PARTS_THEN_DECISION).flatmap(lambda t: st.tuples(st.just(t), disguised(t)))
)
def test_the_forms_parts_are_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _conclusion_codes(pair[1]) == _conclusion_codes(pair[0])


# What happened before, or to someone else, decides nothing for this baby: a clause with a past-time marker or
# opening with another person, and the clauses after it in its sentence, are not read for a statement until one
# turns to this case (found passing by the twentieth and twenty-eighth fresh corpora; [history] in
# mappings/hollow-phrases.toml).
HISTORY_ONLY = [
    "Methadone: in her previous pregnancy, in 2020, her son needed morphine on the neonatal unit for a week and "
    "went home bottle fed.",
    "Her aunt has taken methadone for ten years, and her two children were both watched for withdrawal and did "
    "well.",
    "Methadone: her best friend's baby, born in 2022, had to stay on SCBU for withdrawal, which is why she is "
    "anxious about this birth.",
    # Earlier pregnancies counted rather than placed (found passing by a thirty-first fresh corpus).
    "Methadone: she has had three previous pregnancies on it, and all those babies were scored for withdrawal on "
    "the ward and went home breastfed after a week.",
    # A consequence that decides nothing does not turn ("which means she is nervous").
    "Methadone: her first baby, in 2019, was scored for withdrawal for a week, which means she is nervous now.",
]
HISTORY_THEN_DECISION = [
    "Methadone 60 mg continues. In her previous pregnancy her son needed morphine for withdrawal, so this baby "
    "will stay on the ward for at least five days, with no co-sleeping after her dose.",
    "Her aunt took methadone through her pregnancies; she herself continues methadone 60 mg, the baby is scored "
    "for withdrawal for 72 hours, and breastfeeding is encouraged.",
    "Her best friend's baby stayed on SCBU, which worries her; this baby is observed on the ward for 72 hours "
    "and she will breastfeed, never co-sleeping after a dose.",
    # A consequence drawn in a relative clause turns like "so" when it decides (found refused by a thirty-second
    # fresh corpus).
    "She came off methadone in 2019 and used heroin within weeks, which is why methadone 60 mg continues and the "
    "baby is scored for withdrawal for 72 hours on the ward, with no co-sleeping after a dose.",
    "She took methadone through two earlier pregnancies, so it continues at 60 mg; this baby is scored for "
    "withdrawal for 72 hours on the ward, with no co-sleeping after a dose.",
    # "this time" turns to now: the hedge "time" alone pads, this phrase does not (found refused by a
    # thirty-second fresh corpus).
    "She came off methadone in her first pregnancy in 2019, but this time methadone 60 mg continues, as relapse "
    "is the greater risk to a baby who will be scored for withdrawal for 72 hours.",
]


@pytest.mark.parametrize("text", HISTORY_ONLY + HISTORY_THEN_DECISION)
def test_history_or_another_persons_baby_alone_decides_nothing(text: str) -> None:
    assert _conclusion_codes(text) == ({"MA103"} if text in HISTORY_ONLY else set())


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(HISTORY_ONLY + HISTORY_THEN_DECISION).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_history_and_other_people_are_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _conclusion_codes(pair[1]) == _conclusion_codes(pair[0])


# What is to be answered, asked without a question mark: a clause opening on "what" or "how" that runs to where its
# sentence or heading ends names what the conclusion should say, not what it says (found passing by a thirty-third
# fresh corpus). One that is the subject of what follows ("what the baby will need is ..."), one a verb governs
# ("knows what to watch for") and the same asked then answered are statements.
ASKED_WITHOUT_A_MARK = [
    "Methadone - conclusion: what the baby will need after birth, and how the midwife and health visitor should "
    "handle withdrawal scoring, breastfeeding and safe sleep.",
    "Summary for methadone: what it means for the unborn baby and what each professional must do about withdrawal "
    "observation and co-sleeping.",
    # A yes-or-no question without its mark, its verb before its subject ("is she ..."), and an instruction to
    # the writer, an asking verb before a question word ("outline how ..."): found passing by a forty-sixth corpus.
    "Methadone: is she able to look after the baby when drowsy after a dose; will it make the baby withdraw.",
    "Methadone conclusion. Outline how the baby will be watched for withdrawal and state whether breastfeeding "
    "can go ahead.",
]
ASKED_THEN_ANSWERED = [
    "Methadone - conclusion: what the baby will need after birth is at least 72 hours of withdrawal scoring on the "
    "ward; breastfeeding is encouraged and there is no co-sleeping after a dose.",
    "Summary for methadone: what it means for the baby, and what the professionals must do. Methadone 60 mg "
    "continues; the baby is scored for withdrawal for 72 hours and nobody co-sleeps with the baby after a dose.",
    "Methadone 60 mg continues and the midwife knows what to watch for: the baby stays 72 hours for withdrawal "
    "scoring, with no co-sleeping after a dose and breastfeeding encouraged.",
    "Methadone: is she able to look after the baby when drowsy after a dose? No, so her partner does night care; "
    "the baby is scored for 72 hours.",
    "Methadone conclusion. Outline how the baby will be watched: 72 hours of withdrawal scoring on the ward, and "
    "breastfeeding can go ahead.",
    # A verb whose subject is left out is no question ("does the night feeds"), nor an instruction to a
    # professional ("record how the baby feeds").
    "Methadone 60 mg continues; her partner does the night feeds, and the midwife will record how the baby feeds "
    "and scores for withdrawal each day for 72 hours.",
]


@pytest.mark.parametrize("text", ASKED_WITHOUT_A_MARK + ASKED_THEN_ANSWERED)
def test_what_is_asked_without_a_question_mark_states_nothing(text: str) -> None:
    assert _conclusion_codes(text) == ({"MA103"} if text in ASKED_WITHOUT_A_MARK else set())


def test_what_is_asked_without_a_question_mark_is_told_what_it_lacks_without_quoting_it() -> None:
    found = _ma103_found(ASKED_WITHOUT_A_MARK[1])
    assert found == [
        (
            "$.assessments[0].conclusion",
            "the conclusion of assessment asm-methadone says only what was done, considered or sent, or what its "
            "medicines do in general, not what follows (expected a statement: what continues or changes, what is "
            "likely, what must or must not happen, a dose or a time)",
        )
    ]


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(ASKED_WITHOUT_A_MARK + ASKED_THEN_ANSWERED).flatmap(lambda t: st.tuples(st.just(t), disguised(t)))
)
def test_what_is_asked_without_a_question_mark_is_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _conclusion_codes(pair[1]) == _conclusion_codes(pair[0])


# What is said of the service (staffing, building, training, meetings, experience) decides nothing for this
# baby; a decision beside it stands ([service] in mappings/hollow-phrases.toml; found passing by a twenty-eighth
# fresh corpus).
SERVICE_ONLY = [
    "The neonatal unit is understaffed this winter but the nurses are experienced in scoring babies for "
    "methadone withdrawal.",
    "Methadone: the drug service, the neonatal unit and the community midwives work well together and meet "
    "weekly about withdrawal in newborns.",
    "The midwives have been trained in neonatal abstinence and the unit has capacity for babies on methadone.",
]
SERVICE_THEN_DECISION = [
    "The neonatal unit is understaffed this winter, so this baby is scored for methadone withdrawal on the "
    "postnatal ward for 72 hours; methadone continues at 60 mg.",
    "The drug service and maternity meet weekly; methadone 60 mg continues, the baby is observed for withdrawal "
    "for 72 hours, and there is no co-sleeping after a dose.",
    "The midwives have been trained in neonatal abstinence scoring, and the baby will be scored for 72 hours; "
    "methadone continues and breastfeeding is encouraged.",
]


@pytest.mark.parametrize("text", SERVICE_ONLY + SERVICE_THEN_DECISION)
def test_what_is_said_of_the_service_alone_decides_nothing(text: str) -> None:
    assert _conclusion_codes(text) == ({"MA103"} if text in SERVICE_ONLY else set())


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(SERVICE_ONLY + SERVICE_THEN_DECISION).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_what_is_said_of_the_service_is_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _conclusion_codes(pair[1]) == _conclusion_codes(pair[0])


@pytest.mark.parametrize("text", PROCESS_ONLY + PROCESS_BESIDE_A_DECISION)
def test_governance_and_process_alone_is_no_conclusion(text: str) -> None:
    assert bool(_conclusion_codes(text)) is (text in PROCESS_ONLY)


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(PROCESS_ONLY + PROCESS_BESIDE_A_DECISION).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_governance_and_process_are_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _conclusion_codes(pair[1]) == _conclusion_codes(pair[0])


# What someone would like, prefers, hopes or is keen on decides nothing ([claim] wishes in
# mappings/hollow-phrases.toml); a decision beside the wish, before it or after an "and", stands. Found passing
# by the sixty-second fresh corpus (the red-team texts are not repeated here).
WISHES_ONLY = [
    "Methadone: she would rather stay on her current dose and is hoping to breastfeed; her partner wants to do the "
    "night feeds.",
    "Methadone: the drug worker is keen for the dose to stay at 60 mg and the midwife hopes the baby will not need "
    "the neonatal unit.",
    "Methadone: mother wishes to carry on with her methadone script through pregnancy, would love to room in with "
    "the baby on the postnatal ward and wants to avoid the special care unit.",
]
WISH_BESIDE_A_DECISION = [
    "Methadone: she would rather stay on 60 mg, and that is the plan: it continues, the baby is scored for "
    "withdrawal for 72 hours and she never co-sleeps after a dose.",
    "Methadone continues at 60 mg because she wants to stay stable; the baby is scored for withdrawal for 72 hours "
    "and breastfeeding is encouraged.",
    "Methadone: she is keen to breastfeed and this is supported, as methadone passes into milk in small amounts; "
    "the baby is scored for withdrawal for 72 hours.",
    "The drug worker hopes the dose can come down later, but methadone stays at 60 mg for now; the baby is observed "
    "for withdrawal on the ward for 72 hours.",
]

# Clinical topics reflected on, taken into account, contextualised, or said to remain central or be the focus:
# "considered" in other words ([claim] accounts and empty_predicates). The same verbs beside a decision stand.
EMPTY_FRAMES = [
    "Methadone: withdrawal, feeding and co-sleeping have been reflected on and taken into account in the round for "
    "mother and baby.",
    "Methadone's neonatal, feeding and sleep domains have been contextualised against the family's circumstances "
    "and the baby's welfare.",
    "Methadone: dose, withdrawal scoring and safe sleep remain central to the perinatal picture for this baby.",
    "Methadone: the neonatal abstinence and breastfeeding themes are the focus of the work with her and the baby.",
]
FRAME_BESIDE_A_DECISION = [
    "Having taken everything into account, methadone continues at 60 mg; the baby is scored for withdrawal for 72 "
    "hours and sleeps in a cot.",
    "Methadone remains at 60 mg: the baby is scored for withdrawal for 72 hours and breastfeeding is supported; "
    "safe sleep is the focus at the home visit, with a cot and no co-sleeping.",
    "Withdrawal has been appraised: the baby needs 72 hours of scoring on the ward, methadone continues at 60 mg "
    "and breastfeeding is encouraged.",
]

# A plan, letter or report only promised ("is being drawn up", "will be written up") defers as "to follow" does
# ([deferral.later]); beside a plan stated now, the promise is set aside and the plan stands.
PLAN_PROMISED = [
    "Methadone: a detailed birth and postnatal plan for the baby is being drawn up by the drug service and "
    "maternity.",
    "Methadone: the neonatal care plan will be written up after the pre-birth meeting and sent to everyone "
    "involved.",
    "Methadone: a report on the baby's withdrawal and feeding needs is being prepared by the specialist midwife.",
]
PLAN_THEN_PROMISE = [
    "Methadone 60 mg continues; the baby is scored for withdrawal for 72 hours and she never co-sleeps after a "
    "dose. The written birth plan is being prepared for the ward.",
    "Methadone continues at 60 mg with 72 hours of withdrawal scoring and breastfeeding encouraged; a letter to the "
    "ward will be drafted this week.",
]
HOLLOW_READINGS = WISHES_ONLY + EMPTY_FRAMES + PLAN_PROMISED
STANDING_READINGS = WISH_BESIDE_A_DECISION + FRAME_BESIDE_A_DECISION + PLAN_THEN_PROMISE


@pytest.mark.parametrize("text", HOLLOW_READINGS + STANDING_READINGS)
def test_wishes_empty_frames_and_promised_plans_decide_nothing(text: str) -> None:
    assert _conclusion_codes(text) == ({"MA103"} if text in HOLLOW_READINGS else set())


def test_a_wish_is_told_what_it_lacks_without_quoting_it() -> None:
    assert _ma103_found(WISHES_ONLY[0]) == [
        (
            "$.assessments[0].conclusion",
            "the conclusion of assessment asm-methadone says only what was done, considered or sent, or what its "
            "medicines do in general, not what follows (expected a statement: what continues or changes, what is "
            "likely, what must or must not happen, a dose or a time)",
        )
    ]


def test_a_promised_plan_is_told_what_it_lacks_without_quoting_it() -> None:
    assert _ma103_found(PLAN_PROMISED[0]) == [
        (
            "$.assessments[0].conclusion",
            "the conclusion of assessment asm-methadone defers to another document or to later, or dismisses the "
            "question, and what remains does not say what the medicines mean for this mother and baby (expected at "
            "least 4 content words besides the pointer, deferral or dismissal)",
        )
    ]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(HOLLOW_READINGS + STANDING_READINGS).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_wishes_empty_frames_and_promised_plans_are_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _conclusion_codes(pair[1]) == _conclusion_codes(pair[0])


# A deferral or dismissal padded with history, pleasantries or an account of a meeting: what it says besides
# speaks of none of the concerns the medicine raises, so the decision is still elsewhere (MA103). Beside a real
# decision, a pointer stands.
PADDED_POINTER = [
    "She started methadone in 2019 after years of heroin use and has worked hard with her key worker; she collects "
    "her supervised dose reliably and is looking forward to meeting the baby. Plan for methadone as per the drug "
    "service letter.",
    "Since starting methadone she has been well, has returned to work and has attended every antenatal "
    "appointment with her partner; her blood pressure and the baby's growth are normal. Methadone: no concerns "
    "at this time.",
]
POINTER_BESIDE_A_DECISION = [
    "She has attended every appointment with her partner. Plan as per the drug service letter: methadone 60 mg "
    "continues, the baby is observed 72 hours for withdrawal and she must not co-sleep after her dose.",
    "Methadone: no concerns with her supervised dose; the baby needs 72 hours of withdrawal scoring and "
    "breastfeeding is encouraged.",
]
PLAN_POINTED_TO = [
    "Methadone: see PNMH plan. Bloods as per. Paeds informed.",
    "Methadone: as per the care plan.",
    "Methadone: see the PNMH plan.",  # two words between the verb and the plan
    # An alert on the electronic maternity record, or the record system, pointed to instead of the plan, in
    # brackets or not
    "Methadone goes on unchanged [as for the newborn's scoring and sleep, refer to the neonatal alert].",
    "Methadone goes on unchanged (about the newborn's withdrawal watch and cot, see Euroking).",
    "Methadone goes on unchanged; regarding the newborn's withdrawal watch and the cot, refer to the letter.",
    # a long fronted topic opening its sentence, a dose before it
    "Methadone 70 mg carries on as now. With regard to the infant's abstinence scores and where the infant sleeps "
    "at home, see the BadgerNet alert.",
]
PLAN_GIVEN = [
    "Methadone continues per the agreed plan: 72 hours of withdrawal scoring; no co-sleeping; breastfeeding "
    "encouraged.",
    "Please see her to check the feeding plan and the cot: methadone continues and the baby has 72 hours of "
    "withdrawal scoring.",
    # A "<" of less than and the ">" of an arrow are no form prompt between them.
    "Methadone 60 mg cont. Baby: NAS obs <72h on PNW -> HV to d8. No co-sleeping post dose; BF encouraged.",
    # Nor is a "<" before a number and a ">" after a word, or a "<" before a word and the ">" of an arrow.
    "Methadone 60 mg continues; scores <8 expected on withdrawal obs for 72h, no co-sleeping, breastfeeding "
    "encouraged; NNU if score>12.",
    "Methadone 60 mg continues; baby obs 4-hourly <day 3 for withdrawal, no co-sleeping, BF encouraged -> HV from "
    "day 5.",
    # Three words between the verb and the plan: the standard an instruction follows, not a pointer.
    "Methadone continues; observe for withdrawal according to the NNU's NAS plan; no co-sleeping.",
    # The plan given, and the alert it is also raised as named beside it; "alert" of the baby is no alert raised
    "Methadone 60 mg continues; the ward scores the newborn for withdrawal for 72 hours, no co-sleeping (also "
    "raised as a neonatal alert on BadgerNet).",
    "Methadone 60 mg continues; see the newborn on the ward when alert and score for withdrawal for 72 hours; no "
    "co-sleeping.",
    # What a pointer in brackets points to given after it, and a topic clause that decides before a pointer
    "Methadone 60 mg continues (see the plan below: the ward scores the newborn for withdrawal for 72 hours, no "
    "co-sleeping).",
    "Methadone 60 mg continues; for 72 hours the ward scores the newborn for withdrawal and no co-sleeping, see "
    "the letter.",
]


@pytest.mark.parametrize("text", PADDED_POINTER + POINTER_BESIDE_A_DECISION + PLAN_POINTED_TO + PLAN_GIVEN)
def test_a_pointer_padded_or_pointing_to_a_plan_is_hollow_and_beside_a_decision_stands(text: str) -> None:
    assert ("MA103" in _conclusion_codes(text)) is (text in PADDED_POINTER + PLAN_POINTED_TO)


def test_a_padded_pointer_is_told_what_it_lacks_without_quoting_it() -> None:
    found = _ma103_found(PADDED_POINTER[0])
    assert found == [
        (
            "$.assessments[0].conclusion",
            "the conclusion of assessment asm-methadone defers to another document or to later, or dismisses the "
            "question, and what it says besides speaks of none of the concerns its medicines raise (expected a word "
            "of at least one, such as withdrawal, safe sleep, breastfeeding, harm in the womb or relapse)",
        )
    ]


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(PADDED_POINTER + POINTER_BESIDE_A_DECISION + PLAN_POINTED_TO + PLAN_GIVEN).flatmap(
        lambda t: st.tuples(st.just(t), disguised(t))
    )
)
def test_a_padded_pointer_is_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _conclusion_codes(pair[1]) == _conclusion_codes(pair[0])


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        # A word that is no language is no content: with it the conclusion is as short as without it.
        ("Methadone: gnidnep neurology review of the anomaly scan.", True),
        ("Methadone: \u202epending\u202c neurology review of the anomaly scan.", True),  # shown as "gnidnep"
        ("Methadone: neurology review of the anomaly scan.", True),
        ("Methadone: urgent neurology review of the anomaly scan.", False),
        # Misspelt clinical words beside enough others still make a conclusion.
        ("Methadone continues; withdrawl obs 72h, no co-sleping, breastfeding ok.", False),
    ],
)
def test_words_that_are_no_language_are_no_content(text: str, refused: bool) -> None:
    assert bool(_conclusion_codes(text)) is refused


@pytest.mark.parametrize("text", CARE_OF_ANY_BABY + CARE_OF_THIS_BABY)
def test_care_any_baby_gets_says_nothing_of_this_one(text: str) -> None:
    assert bool(_conclusion_codes(text)) is (text in CARE_OF_ANY_BABY)


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(CARE_OF_ANY_BABY + CARE_OF_THIS_BABY).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_care_any_baby_gets_is_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _conclusion_codes(pair[1]) == _conclusion_codes(pair[0])


# Put off, or said of every family, in words the cases above do not use: each is set aside like a deferral, so
# the conclusion is hollow (MA103), not merely short (MA104). "Outstanding" defers only where it ends its clause.
PUT_OFF_OR_SAID_OF_EVERY_FAMILY = [
    "Methadone and the baby: decision on hold.",
    "Methadone and the baby: paediatric opinion outstanding.",
    "Methadone: breastfeeding decision parked until 36 weeks.",
    "Methadone: safe sleep and breastfeeding advice, the same as all new parents receive.",
    "Methadone: routine postnatal care on the ward.",
]
OUTSTANDING_INSIDE_ITS_CLAUSE = [
    "Methadone: outstanding engagement; 72 hours of withdrawal scoring for the baby, no co-sleeping after her dose.",
]


@pytest.mark.parametrize("text", PUT_OFF_OR_SAID_OF_EVERY_FAMILY + OUTSTANDING_INSIDE_ITS_CLAUSE)
def test_put_off_or_said_of_every_family_in_other_words_is_hollow(text: str) -> None:
    assert _conclusion_codes(text) == ({"MA103"} if text in PUT_OFF_OR_SAID_OF_EVERY_FAMILY else set())


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(PUT_OFF_OR_SAID_OF_EVERY_FAMILY + OUTSTANDING_INSIDE_ITS_CLAUSE).flatmap(
        lambda t: st.tuples(st.just(t), disguised(t))
    )
)
def test_put_off_in_other_words_is_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _conclusion_codes(pair[1]) == _conclusion_codes(pair[0])


@pytest.mark.parametrize("text", HANDED_ELSEWHERE)
def test_handing_the_decision_to_a_document_a_team_or_later_defers(text: str) -> None:
    assert conclusion_verdict(text) == "hollow"


@pytest.mark.parametrize("text", DECIDED_BESIDE_A_POINTER)
def test_a_decision_written_beside_a_pointer_or_another_team_is_substantive(text: str) -> None:
    assert conclusion_verdict(text) == "substantive"


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(HANDED_ELSEWHERE + DECIDED_BESIDE_A_POINTER).flatmap(
        lambda t: st.tuples(st.just(t), disguised(t))
    )
)
def test_a_disguised_hand_over_is_judged_like_the_plain_one(pair: tuple[str, str]) -> None:
    plain, text = pair
    assert conclusion_verdict(text) == conclusion_verdict(plain)


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_repetition_glued_with_hyphens_is_repetition_plain_or_disguised(data: st.DataObject) -> None:
    glued = "Methadone: " + "-".join(["withdrawal"] * 6) + " observation for the baby."
    assert conclusion_verdict(glued) == "repetition"
    assert conclusion_verdict(data.draw(disguised(glued))) == "repetition"
    # A hyphenated word whose parts differ is one word, as written.
    fine = "Sertraline continues; the baby sleeps in a next-to-me crib and is observed for 24 hours for jitteriness."
    assert judged(fine) == "substantive"


def test_a_deferral_broken_over_two_lines_is_still_found() -> None:
    assert conclusion_verdict("Please see\nthe drug service letter") == "hollow"
    # A line of its own is a clause of its own: the pointer's line is set aside, not the conclusion.
    assert conclusion_verdict("See drug service letter\nMethadone continues; baby NAS obs 72 h on SCBU") == (
        "substantive"
    )


# ------------------------------------------------------------------------------------------------------------
# Other free-text answers: the same judgement, with items needing less than conclusions.


@pytest.mark.parametrize(
    ("field", "code"),
    [
        ("impact_on_baby.summary", "MA105"),
        ("recommendations", "MA106"),
    ],
)
@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("Compatible with breastfeeding.", False),
        ("Not advised.", False),
        ("Paediatric review at birth.", False),
        ("No concerns.", True),
        ("N/A", True),
        ("This is not applicable to this patient.", True),
        ("Yes.", True),
        ("As discussed", True),
        ("See letter.", True),
        ("asdf qwer zxcv", True),
        ("Methadone.", True),
        ("  \u200b ", True),
        # Reporting that something was told, given or known, or who knows, is not the answer; a negation or any
        # word of the answer itself makes it one.
        ("Risks explained to mother.", True),
        ("As per psychiatry.", True),
        ("Leaflet given; mother aware.", True),
        ("Plan in place, agreed with the team.", True),
        ("Risks of valproate in pregnancy explained: 1 in 10 babies born with a malformation.", False),
        ("Mother not aware of the pregnancy prevention programme.", False),
        ("Paeds aren't aware yet.", False),  # negated with n't: a fact to act on, not a report
        ("Refer to neurology for an urgent review.", False),
        ("To be seen.", True),
        ("Seen at home: cot in the parents' room.", False),
    ],
)
def test_item_answers_are_judged_with_their_own_strictness(field: str, code: str, text: str, refused: bool) -> None:
    data = complete()
    node = data["assessments"][0]
    *parents, last = field.split(".")
    for part in parents:
        node = node[part]
    node[last] = text
    assert (code in errors(record_from_data(data))) is refused


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        # Only "go on" or "look again": nothing to act on.
        ("Continue.", True),
        ("Carry on as before.", True),
        ("Review.", True),
        ("Review as planned.", True),
        ("Monitor.", True),
        ("Unchanged; continue as per current plan.", True),
        ("C\u043ent\u0456nue\u200b.", True),  # disguised
        # A medicine, a time, a thing to watch or a negation makes it a recommendation.
        ("Continue sertraline.", False),
        ("Review at 36 weeks.", False),
        ("Monitor for withdrawal.", False),
        ("Do not stop; review.", False),
        ("Do not continue.", False),  # a negation of the bare word: stop (found by hand mutation)
        ("Never continue.", False),
        ("D\u043e n\u043et c\u043ent\u0456nue\u200b.", False),  # disguised
        ("Continue; HV to check the cot.", False),
        ("C\u043ent\u0456nue s\u0435rtraline.", False),  # disguised
    ],
)
def test_recommendations_that_only_say_go_on_or_look_again_are_refused(text: str, refused: bool) -> None:
    data = complete()
    data["assessments"][1]["recommendations"] = text
    found = [i.path for i in check(record_from_data(data), today=TODAY) if i.code == "MA106"]
    assert (found == ["$.assessments[1].recommendations"]) is refused
    assert refused or found == []


@pytest.mark.parametrize(
    ("text", "warned"),
    [("Compatible with breastfeeding.", False), ("Not applicable.", True), ("No concerns noted.", True)],
)
def test_breastfeeding_and_safe_sleep_advice_are_judged_too(text: str, warned: bool) -> None:
    data = complete()
    data["assessments"][1]["impact_on_baby"]["breastfeeding"] = text
    data["assessments"][0]["impact_on_mother"]["safe_sleep"] = text
    data["safeguarding"]["safe_sleep_advice_given"] = None
    codes = {i.code for i in check(record_from_data(data), today=TODAY)}
    # A dismissal of a concern that applies is refused as such (MA123); the softer prompts then stay silent.
    assert bool(codes & {"MA112", "MA123"}) is warned
    assert bool(codes & {"MA111", "MA123"}) is warned


def test_to_review_with_what_and_when_is_the_plan_itself() -> None:
    # "to review" defers only where it ends its clause: naming whom and when, it is the plan.
    data = complete()
    data["assessments"][0]["impact_on_baby"]["neonatal_withdrawal_plan"] = "Paeds to review at birth."
    assert not [i for i in check(record_from_data(data), today=TODAY) if i.code == "MA125"]
    data["assessments"][0]["impact_on_baby"]["neonatal_withdrawal_plan"] = "Paeds to review."
    assert [i.path for i in check(record_from_data(data), today=TODAY) if i.code == "MA125"] == [
        "$.assessments[0].impact_on_baby.neonatal_withdrawal_plan"
    ]


def test_unwritten_helper_judges_blank_and_hollow_alike() -> None:
    assert unwritten(None, SHIPPED) and unwritten(" ", SHIPPED) and unwritten("N\u200b/A", SHIPPED)
    assert not unwritten("See the GP in two weeks.", SHIPPED)


# ------------------------------------------------------------------------------------------------------------
# The justification for sharing without consent (MA402), judged like a conclusion.


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("Yes.", True),
        ("Agreed", True),
        ("As discussed.", True),
        ("N/A", True),
        ("Lorem ipsum dolor sit amet.", True),
        ("Risk to baby.", True),  # two content words, one below the threshold
        ("Significant risk to baby.", False),  # three: at the threshold
        ("Seeking consent would place the unborn baby at increased risk; discussed with the safeguarding lead.", False),
        # Who agreed is not why: the reporting words ("lead", "practice", "Caldicott guardian") give no reason.
        ("Agreed by the practice safeguarding lead.", True),
        ("Caldicott guardian informed and agreed.", True),
        ("The safeguarding lead agreed: asking her would alert a partner who has threatened the baby.", False),
    ],
)
def test_justification_is_judged_like_a_conclusion(text: str, refused: bool) -> None:
    data = complete()
    data["lawful_basis"] = {"basis": "safeguarding-without-consent", "justification": text, "recorded_on": "2026-03-02"}
    issues = [i for i in check(record_from_data(data), today=TODAY) if i.code == "MA402"]
    assert bool(issues) is refused
    assert all(i.path == "$.lawful_basis.justification" and text[:8] not in i.message for i in issues)


# A justification that only names the legal basis, the act of sharing or a policy gives no reason about this
# mother and baby, however many words it takes: the words that restate it are data (hollow-phrases.toml).
RESTATING_JUSTIFICATIONS = [
    "Vital interests of the child.",
    "Shared without consent because it is necessary to share it.",
    "Standard practice for all records at this surgery; we always share.",
    "Lawful basis: public interest, as permitted under data protection law.",
]
REASONED_JUSTIFICATIONS = [
    "Vital interests of the child: the baby goes home to a father who is heavily sedated at night.",
    "Necessary because the foster carer must know the withdrawal signs before the baby is placed with her.",
    "Mother declined; the baby is on a child protection plan and the social worker needs the plan today.",
]


@pytest.mark.parametrize("text", RESTATING_JUSTIFICATIONS + REASONED_JUSTIFICATIONS)
def test_a_justification_that_only_restates_the_basis_is_refused(text: str) -> None:
    data = complete()
    data["lawful_basis"] = {"basis": "safeguarding-without-consent", "justification": text, "recorded_on": "2026-03-02"}
    issues = [i for i in check(record_from_data(data), today=TODAY) if i.code == "MA402"]
    assert bool(issues) is (text in RESTATING_JUSTIFICATIONS)
    assert all(i.path == "$.lawful_basis.justification" and text[:8] not in i.message for i in issues)


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(RESTATING_JUSTIFICATIONS + REASONED_JUSTIFICATIONS).flatmap(
        lambda t: st.tuples(st.just(t), disguised(t))
    )
)
def test_a_disguised_justification_is_judged_like_the_plain_one(pair: tuple[str, str]) -> None:
    found = []
    for text in pair:
        data = complete()
        data["lawful_basis"] = {
            "basis": "safeguarding-without-consent", "justification": text, "recorded_on": "2026-03-02"
        }
        found.append(any(i.code == "MA402" for i in check(record_from_data(data), today=TODAY)))
    assert found[0] == found[1] == (pair[0] in RESTATING_JUSTIFICATIONS)


_NO_REASON = (
    "the justification for sharing without consent states no reason (expected why consent was not sought or was "
    "overridden, not only who decided and when, or a list of names)"
)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # Who decided, when and where, or a list of nouns: no reason however many words.
        ("Decision made at the strategy discussion on 3 June by the named GP, the health visitor and the team "
         "manager.", _NO_REASON),
        ("Methadone, sedation, newborn, cot, foster placement, night feeds, health visitor.", _NO_REASON),
        # Near misses: the same people and nouns with a reason, a claim, or a risk named.
        ("Decision made at the strategy discussion on 3 June: she refused, and her partner, who has hurt a child "
         "before, would stop her attending antenatal care if told.", None),
        ("Declined; newborn at risk of unsafe sleep with a sedated mother.", None),
        ("Methadone and sertraline: the newborn's midwife and children's services must plan the withdrawal "
         "watch.", None),
        # A reason word inside another word gives no reason ("harm" in "pharmacist"); beside a real one it stands
        # (twenty-fifth hand-mutation round).
        ("Decision made at the strategy discussion on 3 June by the named GP, the community pharmacist and the team "
         "manager.", _NO_REASON),
        ("Decision made at the strategy discussion on 3 June by the named GP, the community pharmacist and the team "
         "manager, because she refused.", None),
    ],
)  # fmt: skip
def test_a_justification_must_state_a_reason_not_only_who_and_when(text: str, message: str | None) -> None:
    data = complete()
    data["lawful_basis"] = {"basis": "safeguarding-without-consent", "justification": text, "recorded_on": "2026-03-02"}
    issues = [(i.path, i.message) for i in check(record_from_data(data), today=TODAY) if i.code == "MA402"]
    assert issues == ([("$.lawful_basis.justification", message)] if message else [])


@pytest.mark.parametrize("justification", [None, "", "   "])
def test_a_consented_share_needs_no_justification(justification: str | None) -> None:
    data = complete()
    data["lawful_basis"] = {"basis": "consent", "justification": justification, "recorded_on": "2026-03-02"}
    if justification is None:
        del data["lawful_basis"]["justification"]
    assert "MA402" not in errors(record_from_data(data))


_CONSENT_MESSAGE = (
    "the justification for sharing with consent is written but says neither who agreed nor to what (expected who "
    "agreed to share and with whom, or no justification)"
)


# A justification written under consent is judged too (issue 9: every lawful-basis justification like a
# conclusion): a bare affirmation, the basis named again, a pointer or filler says neither who agreed nor to what.
@pytest.mark.parametrize(
    "justification",
    ["Yup.", "Okay", "N/A", "--", "Yes - see notes", "As per notes", "Yes 14/02/2026", "Ticked, as discussed",
     "Ok, thank you", "Lorem ipsum dolor sit amet consectetur"],
)
def test_a_hollow_justification_under_consent_is_refused(justification: str) -> None:
    for text in (justification, disguise(justification, random.Random(7))):
        data = complete()
        data["lawful_basis"] = {"basis": "consent", "justification": text, "recorded_on": "2026-03-02"}
        found = [(i.path, i.message) for i in check(record_from_data(data), today=TODAY) if i.code == "MA402"]
        assert found == [("$.lawful_basis.justification", _CONSENT_MESSAGE)], text


@pytest.mark.parametrize(
    "justification",
    [
        "The mother agreed at the booking visit that the midwife and GP see it.",
        "Verbal consent given at the 20-week scan",
        "Both parents happy for the HV to have a copy.",
        "Agreed with her partner present.",
        # a statement of the consent itself, however short, records what the basis needs
        "Consent obtained.",
        "Verbally agreed",
        "Verbal consent obtained and documented.",
        "She agreed to share the assessment with the maternity unit and the neurology team.",
    ],
)
def test_a_justification_under_consent_saying_who_or_with_whom_passes(justification: str) -> None:
    for text in (justification, disguise(justification, random.Random(7))):
        data = complete()
        data["lawful_basis"] = {"basis": "consent", "justification": text, "recorded_on": "2026-03-02"}
        assert "MA402" not in errors(record_from_data(data)), text


# ------------------------------------------------------------------------------------------------------------
# Thresholds, each one below and at its value.


def _verdict(text: str, settings: GateSettings, minimum: int | None = None) -> Verdict:
    analysis = analyse(text, settings, RECORD_MEDICINES)
    return verdict(analysis, settings.min_conclusion_words if minimum is None else minimum, settings)


def test_minimum_content_words_one_below_and_at() -> None:
    at = dataclasses.replace(SHIPPED, min_conclusion_words=4)
    assert _verdict("Continue methadone; observe baby.", at) == "too-few-words"  # 3 content words
    assert _verdict("Continue methadone; observe baby closely.", at) == "substantive"  # 4


def test_hollow_remainder_one_below_and_at() -> None:
    at = dataclasses.replace(SHIPPED, min_conclusion_words=4)
    assert _verdict("No concerns: infant observed closely.", at) == "hollow"  # 3 left besides the dismissal
    assert _verdict("No concerns: infant observed closely overnight.", at) == "substantive"  # 4
    # Words that fit any record (baby, plan, risk, care) are no reason beside a dismissal.
    assert _verdict("No concerns: baby observed closely overnight.", at) == "hollow"


@pytest.mark.parametrize(
    ("text", "hollow"),
    [
        ("No concerns for the baby.", True),
        ("N\u043e c\u043encerns f\u043er the b\u0430by.", True),  # disguised
        ("No concerns about the baby's risk or care plan.", True),
        ("No concerns for the baby: exposure stopped before conception.", False),
        ("No concerns for the baby; folic acid taken.", False),
    ],
)
def test_a_dismissal_naming_only_whom_is_hollow_as_an_item(text: str, hollow: bool) -> None:
    assert (_verdict(text, SHIPPED, minimum=SHIPPED.min_item_words) == "hollow") is hollow


def _judged_with(text: str, settings: GateSettings) -> ConclusionVerdict:
    analysis = analyse(text, settings, RECORD_MEDICINES)
    minimum = settings.min_conclusion_words
    return judge_conclusion(verdict(analysis, minimum, settings), analysis, minimum, settings)


UNCLAIMED = dataclasses.replace(SHIPPED, lexicon=dataclasses.replace(SHIPPED.lexicon, claim_words=()))
"""The shipped settings without the statement check (no-claim), to judge the other thresholds alone."""


def test_topic_words_one_below_and_at() -> None:
    # Rare words (specific enough), of which only "feeding" and then also "sedation" are the subject's.
    text = "Methadone: carefully documented chronology, meticulous pharmacist reconciliation; {}."
    assert _judged_with(text.format("feeding"), UNCLAIMED) == "off-subject"  # 1 topic word
    assert _judged_with(text.format("feeding and sedation"), UNCLAIMED) == "substantive"  # 2
    assert _judged_with(text.format("feeding and sedation"), SHIPPED) == "no-claim"  # states nothing that follows
    assert SHIPPED.min_topic_words == 2
    three = dataclasses.replace(UNCLAIMED, min_topic_words=3)
    assert _judged_with(text.format("feeding and sedation"), three) == "off-subject"


def test_particular_topic_words_one_below_and_at() -> None:
    # Baby, plan, risk and safety fit any record: with only those the conclusion says nothing of what happens.
    text = "Methadone: meticulous deliberation about the baby's safety and the risks; the plan was {}."
    assert _judged_with(text.format("reconciled"), UNCLAIMED) == "off-subject"  # 0 particular
    assert _judged_with(text.format("reconciled with withdrawal observation"), UNCLAIMED) == "substantive"  # 2
    assert SHIPPED.min_particular_topic_words == 1
    none = dataclasses.replace(UNCLAIMED, min_particular_topic_words=0)
    assert _judged_with(text.format("reconciled"), none) == "substantive"


def test_a_statement_of_what_follows_is_data_and_quotations_are_not_read_for_it() -> None:
    text = "Methadone: withdrawal observation and feeding plan reconciled by the pharmacist{}."
    assert _judged_with(text.format(""), SHIPPED) == "no-claim"
    assert _judged_with(text.format(" and the baby is watched to day 8"), SHIPPED) == "substantive"
    assert _judged_with(text.format(", 'the baby must be watched until day eight'"), SHIPPED) == "no-claim"
    assert _judged_with(text.format(", \u201cthe baby must be watched until day eight\u201d"), SHIPPED) == "no-claim"
    assert "must" in SHIPPED.lexicon.claim_words and _judged_with(text.format(""), UNCLAIMED) == "substantive"


def test_prompts_are_data() -> None:
    lexicon = shipped_lexicon()
    assert "enter" in lexicon.prompt_verbs and "here" in lexicon.prompt_ends and "free-text box" in lexicon.prompts
    text = "Methadone: enter the impact on the baby, the feeding plan and withdrawal observation here."
    assert _judged_with(text, SHIPPED) == "hollow"
    without = dataclasses.replace(
        SHIPPED, lexicon=dataclasses.replace(lexicon, prompt_verbs=(), prompts=(), claim_words=())
    )
    assert _judged_with(text, without) == "substantive"


def test_padding_counts_only_beside_a_deferral_or_dismissal() -> None:
    # The same off-subject sentence: no reason after a dismissal, harmless after a conclusion.
    pad = " She walked from the bus station in the rain with her sister and the dog."
    assert _judged_with("No concerns about breastfeeding." + pad, SHIPPED) == "hollow"
    assert _judged_with("Sertraline 100 mg continues; observe the baby for jitteriness and poor feeding." + pad,
                        SHIPPED) == "substantive"  # fmt: skip
    # A sentence about the subject still gives the dismissal its reason, however it is inflected.
    reason = " Sertraline passes into milk in tiny amounts; she breastfeeds and the baby is weighed and observed."
    assert _judged_with("No concerns." + reason, SHIPPED) == "substantive"


# A dismissal beside a plan in plain words: "the jitters" is the noun of "jittery", a sign of withdrawal or poor
# adaptation (found refused by a twenty-seventh fresh corpus); beside a dismissal alone, with a sentence about
# nothing else, it is still no reason.
JITTERS_PLAN = (
    "Methadone goes on unchanged. Low risk for him; the community midwife looks in on the baby for jitters over the "
    "first two or three days. Happy for her to breastfeed."
)
JITTERS_NO_REASON = "Methadone: nothing to worry about. Jitters."


@pytest.mark.parametrize("text", [JITTERS_PLAN, JITTERS_NO_REASON])
def test_a_sign_named_in_plain_words_is_the_subject(text: str) -> None:
    assert bool(_conclusion_codes(text)) is (text == JITTERS_NO_REASON)


@settings(max_examples=20, deadline=None)
@given(st.sampled_from([JITTERS_PLAN, JITTERS_NO_REASON]).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_a_sign_named_in_plain_words_is_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _conclusion_codes(pair[1]) == _conclusion_codes(pair[0])


def test_topic_words_are_data() -> None:
    lexicon = shipped_lexicon()
    assert {"withdrawal", "breastfeeding", "co-sleeping", "sedation", "dose", "teratogenic"} <= lexicon.topic_words
    assert not {"midwife", "mother", "weather", "parking", "hours"} & lexicon.topic_words  # people, time, padding
    none = dataclasses.replace(SHIPPED, lexicon=dataclasses.replace(lexicon, topic_words=frozenset()))
    good = "Sertraline continues; compatible with breastfeeding; observe the baby for 72 hours for jitteriness."
    assert _judged_with(good, SHIPPED) == "substantive"
    # Without the list only the clinical words and abbreviations ("jitteriness") are the subject's.
    assert _judged_with(good, none) == "off-subject"


def test_repetition_thresholds_one_beyond_and_at() -> None:
    # Six words, one of them three times: exactly half, which is allowed; four times is more than half.
    assert _verdict("withdrawal withdrawal withdrawal observe feeding sleep", SHIPPED, 1) == "substantive"
    assert _verdict("withdrawal withdrawal withdrawal withdrawal observe feeding", SHIPPED, 1) == "repetition"
    # Fewer words than repetition_min_words are not judged for repetition.
    assert _verdict("withdrawal withdrawal withdrawal withdrawal observe", SHIPPED, 1) == "substantive"
    # Distinct share: 3 of 6 distinct is half (allowed), 2 of 6 is below.
    spread = dataclasses.replace(SHIPPED, max_one_word_share=1.0)
    assert _verdict("baby cot baby cot sleep sleep", spread, 1) == "substantive"
    assert _verdict("baby cot baby cot baby cot", spread, 1) == "repetition"


def test_language_share_one_below_and_at() -> None:
    # Ten words, seven of them English: 0.7 passes; one more keyboard mash word makes 7 of 11.
    assert _verdict("baby needs observation after birth for withdrawal zqxj vkpw qzvk", SHIPPED) == "substantive"
    assert _verdict("baby needs observation after birth for withdrawal zqxj vkpw qzvk wxqz", SHIPPED) == "filler"


def test_word_frequency_threshold_is_a_setting() -> None:
    text = "ipsum dolor"  # both between Zipf 2.0 and 2.5 in wordfreq's English list
    assert analyse(text, SHIPPED, frozenset()).recognised == 2
    assert analyse(text, dataclasses.replace(SHIPPED, min_word_zipf=2.5), frozenset()).recognised == 0


def test_clinical_abbreviations_are_language_and_dose_and_role_shorthand_is_not_content() -> None:
    analysis = analyse("NAS obs on SCBU, HV aware, OD BD PRN", SHIPPED, frozenset())
    assert analysis.recognised == analysis.language_words
    # HV says who, not what; "aware" says someone was told, not what.
    assert analysis.content == frozenset({"nas", "obs", "scbu"})


def test_medicine_names_are_language_but_not_content() -> None:
    record_only = medicine_words(["Zarbexolon 5mg tablets"])  # an invented name, known only from the record
    assert "zarbexolon" in record_only and "tablets" not in record_only
    analysis = analyse("Zarbexolon zarbexolon", SHIPPED, record_only)
    assert analysis.content == frozenset() and analysis.recognised == 2


def test_phrase_lists_are_data() -> None:
    lexicon = shipped_lexicon()
    extended = dataclasses.replace(
        SHIPPED, lexicon=dataclasses.replace(lexicon, deferrals=(*lexicon.deferrals, "ask the midwife"))
    )
    text = "Ask the midwife about methadone and the baby's withdrawal observations"
    assert _verdict(text, SHIPPED) == "substantive"
    assert _verdict(text, extended) == "hollow"


# ------------------------------------------------------------------------------------------------------------
# The gate only reads, and reads each text once per record.


def test_stored_text_never_changes() -> None:
    record = with_conclusion("S\u0435e l\u200better.")
    before = record.model_dump()
    check(record, today=TODAY)
    assert record.model_dump() == before


def test_each_text_is_analysed_once_per_record(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = analyse  # what medassess.gate.facts imports from medassess.gate.substance

    def counting(text: str, settings: GateSettings, medicines: frozenset[str], people: frozenset[str]) -> Any:
        calls.append(text)
        return real(text, settings, medicines, people)

    monkeypatch.setattr(medassess.gate.facts, "analyse", counting)
    record = load_record(COMPLETE)
    facts = RecordFacts(record)
    for _ in range(3):
        for written in facts.conclusions:
            facts.verdict(written.text, 4, SHIPPED)
    assert sorted(calls) == sorted(w.text for w in facts.conclusions)
    calls.clear()
    check(record, today=TODAY)
    assert len(calls) == len(set(calls)), "a text analysed twice in one check"


def test_every_passing_example_stays_shareable(passing_examples: list[Path]) -> None:
    assert all(is_shareable(load_record(p)) for p in passing_examples)


@pytest.mark.parametrize("text", VAGUE)
def test_a_conclusion_of_everyday_words_only_is_too_vague(text: str) -> None:
    found = [(i.code, i.path) for i in check(with_conclusion(text), today=TODAY) if i.code == "MA104"]
    assert found == [("MA104", "$.assessments[0].conclusion")]


@pytest.mark.parametrize("text", NOT_VAGUE)
def test_a_short_conclusion_with_particulars_is_not_vague(text: str) -> None:
    assert "MA104" not in {i.code for i in check(with_conclusion(text), today=TODAY)}


@settings(max_examples=30, deadline=None)
@given(st.data(), st.sampled_from(VAGUE + NOT_VAGUE))
def test_vagueness_is_judged_the_same_in_disguise(data: st.DataObject, text: str) -> None:
    hidden = data.draw(disguised(text))
    plain = "MA104" in {i.code for i in check(with_conclusion(text), today=TODAY)}
    assert ("MA104" in {i.code for i in check(with_conclusion(hidden), today=TODAY)}) == plain


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_a_disguised_decision_left_to_others_is_hollow(data: st.DataObject) -> None:
    text = "Sertraline: leave it to maternity to decide about the baby after delivery."
    assert conclusion_verdict(text) == "hollow"
    assert conclusion_verdict(data.draw(disguised(text))) == "hollow"


# A pointer or deferral that ends right where its clause ends sets aside that clause only: the substance in
# the next clause still counts. (Found by mutation testing: a set-aside reaching one character further took
# the next clause with it, refusing good conclusions that begin "See letter;".)
_SUBSTANCE_AFTER = "the baby needs observation for withdrawal for at least 72 hours"
_POINTER_THEN_SUBSTANCE = [
    f"{pointer}{mark} {_SUBSTANCE_AFTER}"
    for pointer in ("See letter", "As discussed", "Pending review")
    for mark in (";", ",", ":", ".", " -")
]


@pytest.mark.parametrize("text", _POINTER_THEN_SUBSTANCE)
def test_a_pointer_ending_at_its_clause_sets_aside_that_clause_only(text: str) -> None:
    settings = shipped_settings()
    found = analyse(text, settings, frozenset())
    assert found.defers_or_dismisses
    assert {"baby", "observation", "withdrawal"} <= found.content
    assert verdict(found, settings.min_conclusion_words, settings) == "substantive"


@settings(max_examples=40, deadline=None)
@given(data=st.data(), text=st.sampled_from(_POINTER_THEN_SUBSTANCE))
def test_a_disguised_pointer_ending_at_its_clause_is_judged_as_its_plain_form(data: st.DataObject, text: str) -> None:
    shipped = shipped_settings()
    found = analyse(data.draw(disguised(text)), shipped, frozenset())
    assert verdict(found, shipped.min_conclusion_words, shipped) == "substantive"


def test_a_pointer_alone_before_its_clause_end_is_still_hollow() -> None:
    shipped = shipped_settings()
    for text in ("See letter; thanks", "As discussed, noted", "Pending review: tbc"):
        assert verdict(analyse(text, shipped, frozenset()), shipped.min_conclusion_words, shipped) != "substantive"


def test_makers_and_product_names_from_the_code_lists_are_medicine_words_not_content_or_filler() -> None:
    """dm+d product names (brands and makers: Actavis, Accord-UK, Apotex, Aristo, Alpharma) are words that
    name medicines: a conclusion made of them and two other words has two content words (MA104), and is
    not taken for filler because those names are not English. Found by mutation testing: the code lists'
    names went unread and no test noticed."""
    data = json.loads(METHADONE_EXAMPLE.read_text(encoding="utf-8"))
    data["assessments"][0]["conclusion"] = (
        "Methadone Actavis continues; Accord-UK sertraline; Apotex, Aristo and Alpharma brands."
    )
    issues = check(record_from_data(data), today=dt.date(2026, 3, 10))
    found = [i for i in issues if i.path == "$.assessments[0].conclusion"]
    first_error = next(i for i in found if i.severity == "error")
    assert (first_error.code, "has 2 content words" in first_error.message) == ("MA104", True)


# An account of what was done, who was told or what was considered, with no statement of what follows: no
# decision, plan, risk, negation, dose or time. Clinical words as labels ("fetal and neonatal considerations",
# "withdrawal-related domains") do not make one; nor do the words of a quotation or of the template's prompts.
NO_CLAIM = [
    "Methadone: antenatal and neonatal considerations were reviewed against the perinatal pharmacology literature "
    "and the mother-infant relationship.",
    # When it was done is no statement of what follows: a date's numbers, or "today", count for nothing.
    "Methadone: sleep, feeding and the neonatal withdrawal signs were talked through with the parents on "
    "14 May 2026 at the antenatal clinic.",
    "Methadone: neonatal withdrawal and infant feeding literature sent today to the parents, with the "
    "co-sleeping leaflet and pharmacy contacts (letter dated 03/03/2026).",
    # A statement word that states nothing: a verb whose hedge is set aside, a thing said to be itself, numbers
    # that only count (found by a seventeenth fresh corpus).
    "Methadone is duly noted; the newborn's withdrawal, feeding and sleep are also noted.",
    "The care plan is the care plan: methadone, withdrawal scoring, feeding and sleep for the newborn.",
    "Harms are harms and gains are gains; methadone in pregnancy brings both, for the newborn's withdrawal too.",
    "Methadone: 4 agencies, 3 visits, 2 letters covering withdrawal, feeding and safe sleep for the newborn.",
    "Methadone's effects on the newborn, withdrawal, feeding and sleep, will be what they will be.",
    "Methadone: copied to the consultant neonatologist, the infant feeding specialist, the SCBU nurse in charge, "
    "the named health visitor and the drug service worker.",
    "Methadone: 'the assessment of a mother's medication and its conclusions should be recorded and shared with "
    "everyone involved' (national review).",
    "Methadone: sedation-linked and withdrawal-linked items were rated on the risk tool and entered on the "
    "safeguarding register for the infant.",
    "Methadone. Conclusion: effect on the newborn; withdrawal observation plan per local policy; breastfeeding "
    "advice; safe sleep and co-sleeping advice; recommendations for the team.",
    # A gestation in an account says when she was seen, like a date (found passing by a twenty-seventh corpus).
    "She was reviewed in clinic at 33+4 weeks with her partner. Methadone, withdrawal and safe sleep were talked "
    "through and a summary has been emailed to the health visitor.",
    # A referral alone is an account, and a programme's name states nothing ("start" in "Sure Start"; found
    # passing by a thirty-fourth fresh corpus).
    "Methadone 60 mg: referred to the community drug team and to the Sure Start health visitor under the Healthy "
    "Child Programme for extra home visits.",
]
# The same register of words with a statement of what follows.
WITH_A_CLAIM = [
    "Methadone: the neonatal considerations reviewed with pharmacology are that withdrawal is likely from day 2 "
    "to day 8, so the baby is scored on the ward and the health visitor checks at home.",
    "Methadone: copies to the neonatologist and health visitor because the baby needs withdrawal scoring for "
    "three days and must not sleep in the parents' bed.",
    "Methadone: as the national review asks, written here: the dose continues, the baby is scored for withdrawal "
    "and breastfeeding is encouraged.",
    "Methadone: the risk tool rates sedation highest, so the mother never sleeps beside the baby after a dose and "
    "withdrawal scoring runs to day 8.",
    "Methadone. Effect on the newborn: withdrawal likely after day 2. Observation: scoring on the ward. "
    "Breastfeeding: encouraged. Safe sleep: cot only, never the sofa.",
    # Telegraphic, and still a statement: a time, a negation, an abbreviated plan.
    "Methadone: NAS obs on PNW, BF ok, no co-sleeping.",
    "Methadone unchanged at 60 mg; withdrawal scoring on the postnatal ward from 14 May for three days.",
    "Methadone: withdrawal scoring 72h on the ward, health visitor at D8, cot only for the newborn.",
    "Methadone and its plan carry on as they are; the newborn is scored for withdrawal and fed on demand.",
    "Methadone: NAS risk; paeds r/v at birth; HV to check to D8.",
    # A gestation outside an account is the plan's time.
    "Seen at 33+4/40. Methadone dose goes up to 65 mg from 34+0, and withdrawal scoring for the baby runs for 72 "
    "hours.",
    "Methadone 60 mg: referred to the neonatal team, who will review the baby at birth, and to the Sure Start "
    "health visitor for extra home visits.",
]


@pytest.mark.parametrize("text", NO_CLAIM + WITH_A_CLAIM)
def test_an_account_of_what_was_done_with_no_statement_of_what_follows_is_hollow(text: str) -> None:
    # Refused as hollow (MA103), or first as too vague (MA104) where its words are everyday too.
    assert bool(_conclusion_codes(text)) is (text in NO_CLAIM)


def test_an_account_with_no_statement_is_told_what_it_lacks_without_quoting_it() -> None:
    found = _ma103_found(NO_CLAIM[0])
    assert found == [
        (
            "$.assessments[0].conclusion",
            "the conclusion of assessment asm-methadone says only what was done, considered or sent, or what its "
            "medicines do in general, not what follows (expected a statement: what continues or changes, what is "
            "likely, what must or must not happen, a dose or a time)",
        )
    ]


# What a medicine, a class or babies do in general is a leaflet, not what follows for this mother and baby; the same
# fact followed by what it means here ("so the baby ...") states it (found passing by a twenty-eighth fresh corpus).
LEAFLET = [
    "Methadone is a long-acting opioid; it may cause withdrawal in newborns and enters breast milk in small "
    "amounts.",
    "Opioid substitutes such as methadone are associated with low birth weight and can cause neonatal "
    "abstinence syndrome in up to 80% of exposed babies.",
    "Methadone has a variable half-life, reaches fetal blood across the placenta and is a common cause of "
    "newborn sedation.",
    # A rate is what babies do in general, whether a percentage, a range or "N in M", and so is what trails it
    # with no claim of its own ("typically by day 4"); found passing by a thirty-fourth fresh corpus.
    "Methadone is an opioid, and 45 to 85% of exposed newborns show signs of withdrawal, typically by day 4.",
    "Methadone passes to the unborn child, and between 7 and 9 in 10 newborns exposed to it show some withdrawal "
    "signs.",
    # A range of "N in M" is a rate too, whatever its verb ("develop"); found passing by a forty-fourth fresh corpus.
    "Methadone crosses the placenta, and 6 to 8 in 10 exposed newborns develop withdrawal signs.",
    "On methadone, 3 or 4 out of 10 exposed newborns develop tremor, and 1-2 in 10 feed poorly.",
    # A share of a population is babies in general whatever its verb ("need", "develop"); found passing by a
    # thirty-eighth fresh corpus.
    "On methadone, about a third of newborns exposed in the womb need morphine for their withdrawal.",
    "With methadone, most exposed infants need several days of observation for abstinence signs.",
    # What happens when anyone shares a bed ("an adult", "a carer") is general too; and a case word inside a
    # condition's name ("persistent pulmonary hypertension of the newborn") is no baby's (found passing by a
    # forty-sixth fresh corpus).
    "Methadone is sedating; the chance of sudden infant death rises when a drowsy adult shares a sofa with an "
    "infant.",
    "Methadone is an opioid, and SSRIs such as sertraline are linked with a small rise in persistent pulmonary "
    "hypertension of the newborn.",
]
LEAFLET_THEN_DECISION = [
    "Methadone may cause withdrawal in newborns, so the baby stays on the postnatal ward for 72 hours of scoring; "
    "her dose continues.",
    "Methadone enters breast milk in small amounts; breastfeeding is encouraged and the baby sleeps in a cot.",
    "Methadone is a long-acting opioid: withdrawal is likely from day 2, with scoring until day 5.",
    "Methadone is an opioid, and 45 to 85% of exposed newborns show signs of withdrawal, typically by day 4; her "
    "baby is therefore scored on the ward for 5 days.",
    "Methadone passes to the unborn child, and 7 in 10 exposed newborns show some withdrawal signs, mostly within "
    "72 hours, so this baby stays on the ward for 5 days of scoring.",
    "Roughly two thirds of newborns whose mothers take methadone develop withdrawal needing morphine, so hers is "
    "scored on the ward for 5 days.",
    "Most exposed infants need several days of observation on methadone, and the baby will stay on the ward for "
    "five days.",
    "Some of her methadone doses are taken at night; the midwife checks the cot and she continues 60 mg daily.",
    "Methadone crosses the placenta, and 6 to 8 in 10 exposed newborns develop withdrawal signs, so her baby is "
    "scored on the ward for 5 days.",
    "Methadone is sedating, so she never shares a sofa or bed with the baby after her dose.",
    "Methadone is an opioid; the newborn is scored for withdrawal on the ward for 72 hours, and breastfeeding is "
    "encouraged.",
]


@pytest.mark.parametrize("text", LEAFLET + LEAFLET_THEN_DECISION)
def test_what_a_medicine_does_in_general_states_nothing_that_follows(text: str) -> None:
    assert bool(_conclusion_codes(text)) is (text in LEAFLET)


def test_a_leaflet_is_told_what_it_lacks_without_quoting_it() -> None:
    found = _ma103_found(LEAFLET[0])
    assert found == [
        (
            "$.assessments[0].conclusion",
            "the conclusion of assessment asm-methadone says only what was done, considered or sent, or what its "
            "medicines do in general, not what follows (expected a statement: what continues or changes, what is "
            "likely, what must or must not happen, a dose or a time)",
        )
    ]


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(LEAFLET + LEAFLET_THEN_DECISION).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_a_leaflet_is_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _conclusion_codes(pair[1]) == _conclusion_codes(pair[0])


# "This" naming a medicine's class is the class, not this case: a class's facts decide nothing for this baby, the
# same facts turned into this baby's plan do (found passing by the fifty-third fresh corpus).
CLASS_FACTS = [
    "Methadone belongs to the opioids. Medicines of this class used near term are linked with withdrawal in exposed "
    "newborns, and this type of medicine can pass into breast milk.",
    "Opioid agonists such as methadone: this group of drugs is known to cause neonatal abstinence syndrome.",
]
CLASS_FACTS_APPLIED = [
    "Medicines of this class used near term are linked with withdrawal, so this baby is scored on the ward for "
    "72 hours; methadone continues.",
    "This type of medicine can pass into breast milk; her baby is breastfed and watched for sleepiness by the "
    "midwife.",
]


@pytest.mark.parametrize("text", CLASS_FACTS + CLASS_FACTS_APPLIED)
def test_what_this_class_does_is_no_word_of_this_case(text: str) -> None:
    assert _conclusion_codes(text) == ({"MA103"} if text in CLASS_FACTS else set())


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(CLASS_FACTS + CLASS_FACTS_APPLIED).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_what_this_class_does_is_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _conclusion_codes(pair[1]) == _conclusion_codes(pair[0])


# Guidance reported ("the RCOG states that ...", "the leaflet explains that ...") tells what a body says of women,
# parents and babies in general, not what follows for this mother and baby; guidance applied, or reported and then
# turned to this case, decides (found passing by the sixty-sixth fresh corpus; [general] reporters).
GUIDANCE_REPORTED = [
    "Methadone: the RCOG states that opioid-dependent women are best kept on a stable dose, and the trust "
    "guideline says that exposed newborns are observed on the ward.",
    "Methadone: the BUMPS leaflet explains that babies exposed late in pregnancy can be sleepy. NICE recommends "
    "that women on opioid substitution should stay on it and should breastfeed.",
    "Methadone: the Lullaby Trust warns that parents who use sedating drugs should never sleep with an infant on a "
    "sofa, and it suggests a cot in the parents' room for six months.",
]
GUIDANCE_APPLIED = [
    "As the RCOG advises, her methadone stays at 60 mg, and the newborn is observed on the ward for 72 hours.",
    "The trust guideline says exposed newborns are observed on the ward, so this baby stays there for three days; "
    "methadone continues.",
    "Methadone continues: NICE recommends that she keeps breastfeeding, and the midwife checks the baby's feeding "
    "at day 5.",
    "In line with the Lullaby Trust leaflet, the baby sleeps in a cot in the parents' room and never on the sofa; "
    "methadone continues.",
]


@pytest.mark.parametrize("text", GUIDANCE_REPORTED + GUIDANCE_APPLIED)
def test_guidance_reported_decides_nothing_for_this_baby(text: str) -> None:
    assert _conclusion_codes(text) == ({"MA103"} if text in GUIDANCE_REPORTED else set())


def test_guidance_reported_is_told_what_it_lacks_without_quoting_it() -> None:
    assert _ma103_found(GUIDANCE_REPORTED[0]) == [
        (
            "$.assessments[0].conclusion",
            "the conclusion of assessment asm-methadone says only what was done, considered or sent, or what its "
            "medicines do in general, not what follows (expected a statement: what continues or changes, what is "
            "likely, what must or must not happen, a dose or a time)",
        )
    ]


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(GUIDANCE_REPORTED + GUIDANCE_APPLIED).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_guidance_reported_is_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _conclusion_codes(pair[1]) == _conclusion_codes(pair[0])


# Guidance reported with no reporting verb: "according to" a body, or a heading of guidance over a colon, reports
# as "NICE says" does; "in line with" adopts it, and a clause of her stands (found passing by the hundredth fresh
# corpus; [general] report_frames, report_headings). The guidance's own words for any baby ("the newborn", "the
# infant") and "their baby" after "parents" are of babies in general ([general] report_people).
GUIDANCE_UNVERBED = [
    "Methadone: according to the RCOG guideline, opioid substitution should be continued through pregnancy in "
    "women who are stable, with closer checks near term.",
    "Methadone. Trust guidance: opioid substitution should continue through pregnancy and breastfeeding is "
    "encouraged unless the infant is sleepy.",
    "Methadone: BNF: opioids are linked with respiratory depression of the newborn, and the BNF advises watching "
    "the neonate closely.",
    "Methadone: the Lullaby Trust recommends that parents who use sedating drugs keep their baby out of the "
    "adult bed.",
]
GUIDANCE_UNVERBED_APPLIED = [
    "In line with the RCOG guideline, we advise she stays on methadone 60 mg; the ward observes her baby for 72 "
    "hours.",
    "According to the RCOG guideline, she stays on methadone 60 mg, and her baby is observed on the ward for 72 "
    "hours.",
    "Trust guidance: she stays on methadone 60 mg and the baby is observed on the ward for 72 hours.",
    "Methadone continues; the baby is observed for withdrawal according to the trust guideline for 72 hours.",
    "The Lullaby Trust recommends that parents who use sedating drugs keep their baby out of the adult bed, so "
    "this baby sleeps in a cot and methadone continues.",
]


@pytest.mark.parametrize("text", GUIDANCE_UNVERBED + GUIDANCE_UNVERBED_APPLIED)
def test_guidance_reported_without_a_verb_decides_nothing(text: str) -> None:
    assert _conclusion_codes(text) == ({"MA103"} if text in GUIDANCE_UNVERBED else set())


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(GUIDANCE_UNVERBED + GUIDANCE_UNVERBED_APPLIED).flatmap(
        lambda t: st.tuples(st.just(t), disguised(t))
    )
)
def test_guidance_reported_without_a_verb_is_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _conclusion_codes(pair[1]) == _conclusion_codes(pair[0])


# A heading of risks (or of medicines alone) over a list of noun phrases answers none of them; the same list with a
# turn, a word of this case or a plan in an item, or a plan under its own heading, decides (found passing by the
# fifty-third fresh corpus).
RISKS_ONLY = [
    "Methadone, complications for the newborn: opioid withdrawal; poor weight gain; a stay on the neonatal unit; "
    "jitteriness on day 3.",
    "Methadone harms: sedation, breathing problems after birth, cravings if reduced, a baby who feeds poorly.",
    "Methadone: neonatal abstinence, drowsiness after each dose, relapse on reducing.",
]
RISKS_ANSWERED = [
    "Risks: NAS, sedation. Plan: 72h obs on PNW, no co-sleeping, BF encouraged.",
    "Complications for the newborn: withdrawal, so the baby stays on the ward for 72 hours; sedation, no "
    "co-sleeping after her dose.",
    "Methadone: 60 mg continues, 72h obs on PNW for withdrawal, no bed-sharing after a dose.",
    "Risk to the baby: withdrawal likely. Methadone continues at 60 mg; a 72-hour stay on the postnatal ward.",
]


@pytest.mark.parametrize("text", RISKS_ONLY + RISKS_ANSWERED)
def test_a_list_of_risks_answers_none_of_them(text: str) -> None:
    assert _conclusion_codes(text) == ({"MA103"} if text in RISKS_ONLY else set())


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(RISKS_ONLY + RISKS_ANSWERED).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_a_list_of_risks_is_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _conclusion_codes(pair[1]) == _conclusion_codes(pair[0])


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(NO_CLAIM + WITH_A_CLAIM).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_an_account_with_no_statement_is_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _conclusion_codes(pair[1]) == _conclusion_codes(pair[0])


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        # What a clause states before its pointer stands; a clause that states nothing before it is set aside whole.
        ("Methadone: observe for withdrawal according to the NAS plan; no co-sleeping after her dose.", False),
        ("Methadone: the baby is scored for withdrawal as per the unit's NAS guideline, and never sleeps in her bed.",
         False),
        ("Methadone: plan for the baby as per the drug service letter; see notes.", True),
        ("Methadone: baby's care and feeding as per the local guideline.", True),
        # "is" or "will" before a deferral states nothing of its own.
        ("Methadone: the plan for the baby's withdrawal care is pending the paediatric review.", True),
        ("Methadone: the sleeping plan for the baby will be decided by the health visitor.", True),
    ],
)  # fmt: skip
def test_what_a_clause_states_before_its_pointer_stands(text: str, refused: bool) -> None:
    assert bool(_conclusion_codes(text)) is refused


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(
        [
            "Methadone: observe for withdrawal according to the NAS plan; no co-sleeping after her dose.",
            "Methadone: plan for the baby as per the drug service letter; see notes.",
        ]
    ).flatmap(lambda t: st.tuples(st.just(t), disguised(t)))
)
def test_what_a_clause_states_before_its_pointer_is_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _conclusion_codes(pair[1]) == _conclusion_codes(pair[0])


# The medicines list copied into the conclusion: what she takes (the product, its dose line, when it started), not
# what it means. A measure or "once daily" copied from the list states nothing that follows; the same dose line
# with a decision beside it stands. Found by a seventeenth fresh corpus.
COPIED_LIST = [
    "Methadone 1mg/ml oral solution, 60 mg (60 ml) once daily, supervised consumption; neonatal effects, feeding "
    "and sleep for the baby.",
    "Sertraline 50mg tablets: two tablets (100 mg) once daily. Methadone: 60 mg (60 ml) once daily, supervised "
    "consumption; the newborn's withdrawal, feeding and sleep.",
]
COPIED_WITH_A_CLAIM = [
    "Methadone 1mg/ml oral solution, 60 mg (60 ml) once daily, supervised consumption, continues; the baby is "
    "scored for withdrawal for 72 hours and never sleeps in the parents' bed.",
    "Methadone 60 mg (60 ml) once daily, supervised consumption: unchanged through the birth; the newborn's "
    "withdrawal scoring runs on the ward and feeding is encouraged.",
    # A dose other than the list's is a statement of what follows: the dose the plan sets.
    "Methadone to be reduced to 50 mg once daily; the newborn's withdrawal scoring, feeding and sleep on the ward.",
    # A dose that holds the list's dose inside its digits is not the list's ("160 mg" beside the list's "60 mg"):
    # a piece of the list is set aside only as whole words (twenty-fifth hand-mutation round).
    "Methadone 160 mg; the newborn's withdrawal, feeding and sleep on the ward.",
]


@pytest.mark.parametrize("text", COPIED_LIST + COPIED_WITH_A_CLAIM)
def test_the_medicines_list_copied_states_nothing_that_follows(text: str) -> None:
    assert bool(_conclusion_codes(text)) is (text in COPIED_LIST)


def test_the_medicines_list_copied_is_told_what_it_lacks_without_quoting_it() -> None:
    found = _ma103_found(COPIED_LIST[0])
    assert found == [
        (
            "$.assessments[0].conclusion",
            "the conclusion of assessment asm-methadone says only what was done, considered or sent, or what its "
            "medicines do in general, not what follows (expected a statement: what continues or changes, what is "
            "likely, what must or must not happen, a dose or a time)",
        )
    ]


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(COPIED_LIST + COPIED_WITH_A_CLAIM).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_the_medicines_list_copied_is_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _conclusion_codes(pair[1]) == _conclusion_codes(pair[0])


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("Methadone 1mg/ml oral solution, 60 mg nightly; the newborn's withdrawal, feeding and sleep on the "
         "ward.", True),
        ("Methadone 1mg/ml oral solution, 60 mg nightly, continues unchanged; the newborn's withdrawal is scored on "
         "the ward.", False),
    ],
)  # fmt: skip
def test_a_dose_line_is_set_aside_piece_by_piece_between_its_commas(text: str, refused: bool) -> None:
    # The list's dose line "60 mg nightly, supervised consumption": a conclusion that copies only the piece before
    # the comma ("60 mg nightly") copies the list, and states nothing that follows (twenty-fifth hand-mutation
    # round: the list cut only at semicolons and brackets let "nightly" stand as a claim).
    data = complete()
    data["medicines"][0]["dose"] = "60 mg nightly, supervised consumption"
    data["assessments"][0]["conclusion"] = text
    assert bool(errors(record_from_data(data)) & {"MA103", "MA104"}) is refused


# What only sounds like a statement: questions, a condition with nothing promised but "appropriate steps", an
# account in the passive or perfect ("has been addressed", "were gone through"), and words that only place an
# account in time or order ("again", "after", "each"). Found by the nineteenth and twentieth fresh corpora.
SOUNDS_LIKE_A_STATEMENT = [
    "Methadone: is the newborn likely to need withdrawal scoring, and may she breastfeed while sleeping beside him?",
    "Methadone: what do the neonatal nurses advise on the baby's withdrawal scoring and co-sleeping?",
    "Methadone: in the event that the newborn's withdrawal or feeding causes concern, the ward will take "
    "appropriate action.",
    "Should feeding or drowsiness trouble the newborn, necessary steps will be taken over methadone.",
    "Methadone and the newborn's withdrawal, feeding and sleep have all been carefully gone through with the couple.",
    "Methadone: the newborn's withdrawal, breastfeeding and cot were each talked over again after the scan, and "
    "she raised thoughtful points about every one.",
    # A perfect account whose participle is a hedge, and a thing labelled a topic, a factor or as having risks
    # (found by a twenty-first fresh corpus).
    "Methadone, the newborn's withdrawal scoring, feeding and sleep have all been noted with both parents.",
    "Methadone in pregnancy is an important factor for the newborn, for his feeding and for her recovery.",
    "Methadone has benefits for her and risks for the newborn, such as withdrawal and poor sleep.",
    # A measure alone in a list of abbreviations measures nothing.
    "Methadone and the newborn: NNU, SCBU, HV, MW, NAS, 38/40.",
    # Found by the twenty-fifth hand-mutation round: a condition opened by "unless"; a sentence opened by
    # "should ..." with nothing promised after its comma; a measure whose clause holds only stop words ("at");
    # an account whose participle follows an adverb in -ly ("jointly addressed", "briefly summarised").
    "Methadone: unless the newborn's withdrawal score is likely to rise on the postnatal ward, the neonatal team is "
    "aware and informed.",
    "Should the newborn's withdrawal score rise on the postnatal ward after methadone, the paediatric registrar and "
    "the health visitor know the family.",
    "Methadone and the newborn: NNU, SCBU, HV, MW, NAS, at 38/40.",
    "Methadone, the newborn's withdrawal scoring, feeding and safe sleep have all been jointly addressed with both "
    "parents.",
    "Methadone: the newborn's withdrawal, feeding and cot sleeping has been briefly summarised in the parents' notes.",
]
A_STATEMENT_BESIDE_THEM = [
    # The answer after a question stands.
    "Methadone: can she breastfeed? Yes, breastfeeding is encouraged; the newborn is scored for withdrawal for 72 "
    "hours and sleeps in his own cot.",
    # A condition with what follows it, and a default beside it.
    "Methadone continues at 60 mg; if the newborn's withdrawal score rises, the paediatrician reviews him the same "
    "day, and he never sleeps in the parents' bed.",
    "Should she relapse, the newborn is not to be left in her sole care at night; otherwise methadone continues "
    "unchanged and the baby is scored for withdrawal.",
    # A participle that is itself what follows.
    "Methadone has been reduced to 50 mg; the newborn is observed on the ward for withdrawal, and co-sleeping is "
    "contraindicated while she is drowsy.",
    # A risk with its size, and a label beside what follows from it.
    "Methadone has a high risk of withdrawal for the newborn, who is scored on the ward; co-sleeping is unsafe.",
    "Breastfeeding is an important protection for the newborn and is encouraged on methadone; he sleeps in a cot.",
    # A measure in a clause that says what it measures.
    "Methadone and the newborn: NAS scoring 72 h on NNU, HV visit D8, MW at 38/40 on cot and feeding.",
    # The words of an account beside a verdict.
    "We went through methadone again after the scan: benefits outweigh the risks, so it continues, and the "
    "newborn's withdrawal is scored on the ward.",
    # Their near misses (twenty-fifth hand-mutation round): what holds unless, or should, the condition come
    # true, and a participle after an adverb in -ly that is itself what follows.
    "Unless she relapses, methadone continues at 60 mg and the newborn is scored for withdrawal on the ward.",
    "Should the newborn's withdrawal score rise on the postnatal ward, methadone is reduced by the drug service and "
    "the paediatric registrar reviews him.",
    "Methadone has been slowly reduced to 50 mg; the newborn is scored for withdrawal on the ward.",
]


@pytest.mark.parametrize("text", SOUNDS_LIKE_A_STATEMENT + A_STATEMENT_BESIDE_THEM)
def test_questions_conditions_and_accounts_state_nothing(text: str) -> None:
    assert bool(_conclusion_codes(text)) is (text in SOUNDS_LIKE_A_STATEMENT)


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(SOUNDS_LIKE_A_STATEMENT + A_STATEMENT_BESIDE_THEM).flatmap(
        lambda t: st.tuples(st.just(t), disguised(t))
    )
)
def test_questions_conditions_and_accounts_are_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _conclusion_codes(pair[1]) == _conclusion_codes(pair[0])


# Committing to nothing, leaving the choice to others, and taking back what is said (found by the twentieth and
# twenty-third fresh corpora; mappings/hollow-phrases.toml [deferral] and [cancelling]). Beside them, the same
# words with a decision.
COMMITS_TO_NOTHING = [
    "Methadone: withdrawal, poor feeding or sleepiness in the newborn are too early to say and remain to be seen.",
    "Methadone and the newborn: the neonatal unit will manage withdrawal, feeding and cot sleeping as it sees fit.",
    "Methadone: the couple will handle the newborn's night feeds and cot however they wish.",
    "Methadone is reduced and is not, and the newborn's withdrawal scoring is arranged and not arranged.",
    "Methadone: co-sleeping with the newborn is unsafe, except when it isn't, and his feeds are watched or not.",
    # A clause taken back after its comma, or denied with a word between ("will stop, or will not stop", "safe,
    # though not safe", "neither does nor does not", "allowed nor disallowed"); found passing by the sixty-sixth
    # fresh corpus.
    "Methadone is reduced at 36 weeks, unless it is not. The newborn is watched on SCBU, or not.",
    "Methadone will stop before the birth, or will not stop. Her newborn's cot is safe, though not safe.",
    "Methadone neither does nor does not cause withdrawal in the newborn; his bottle feeds are neither approved "
    "nor disapproved.",
]
DECIDES_BESIDE_THE_SAME_WORDS = [
    "Methadone 60 mg continues; withdrawal cannot be ruled out, so the newborn is scored on the ward for 72 hours "
    "and never co-sleeps.",
    "Methadone continues and she does not use on top; the newborn is scored for withdrawal and sleeps in a cot.",
    "Whether or not she breastfeeds, methadone continues and the newborn is scored for withdrawal for 72 hours.",
    "Methadone continues at 60 mg; either way the midwife scores the newborn for withdrawal and checks his cot.",
    "Methadone is reduced at 36 weeks, unless she relapses. The newborn is watched on SCBU, and not at home.",
    "Methadone will not stop before the birth. Her newborn's cot is safe, though not in her room at first.",
    "Methadone neither stops nor changes; the newborn's bottle feeds are approved and his withdrawal is scored "
    "for 72 hours.",
]


@pytest.mark.parametrize("text", COMMITS_TO_NOTHING + DECIDES_BESIDE_THE_SAME_WORDS)
def test_committing_to_nothing_or_taking_it_back_states_nothing(text: str) -> None:
    assert bool(_conclusion_codes(text)) is (text in COMMITS_TO_NOTHING)


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(COMMITS_TO_NOTHING + DECIDES_BESIDE_THE_SAME_WORDS).flatmap(
        lambda t: st.tuples(st.just(t), disguised(t))
    )
)
def test_committing_to_nothing_is_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _conclusion_codes(pair[1]) == _conclusion_codes(pair[0])


# An answer to a template item that only asks is no answer; the answer after a question is (found by a
# twenty-fourth fresh corpus).
@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Can she breastfeed on 100 mg of sertraline, and should the baby be watched for jitteriness?", False),
        ("Breastfeeding on sertraline? Yes: encouraged, and the midwife watches the baby for jitteriness.", True),
    ],
)
def test_an_item_answer_that_only_asks_is_unwritten(text: str, written: bool) -> None:
    assert unwritten(text, SHIPPED) is not written
    assert RecordFacts(with_conclusion("x")).unwritten(text, SHIPPED) is not written


@settings(max_examples=15, deadline=None)
@given(disguised("Can she breastfeed on 100 mg of sertraline, and should the baby be watched for jitteriness?"))
def test_an_item_answer_that_only_asks_is_unwritten_in_disguise(text: str) -> None:
    assert unwritten(text, SHIPPED)


def test_each_clinical_phrase_is_made_of_everyday_words_only() -> None:
    """A phrase with a rarer word is counted by that word already (mappings/clinical-phrases.csv)."""
    rare = [
        (phrase, word)
        for phrase in SHIPPED.lexicon.clinical_phrases
        for word in phrase.split()
        if zipf(word) < SHIPPED.specific_max_zipf or word in SHIPPED.lexicon.clinical_words
    ]
    assert not rare


def test_this_time_is_kept_where_time_alone_and_at_this_time_pad() -> None:
    settings = shipped_settings()
    kept = analyse("but this time it continues", settings, frozenset()).remainder
    padded = analyse("but at this time it continues, for the time being", settings, frozenset()).remainder
    assert "this time" in kept and "time" not in padded


# A pattern that tries every place in a text runs only where a word or mark it cannot match without is there
# (0657d76): each such word alone in its text still lets its pattern set a part aside, and a measure whose only
# digit is 0 still measures (twenty-sixth hand-mutation round). Beside them, the same openings with what follows.
PREFILTERED_NO_CLAIM = [
    "Methadone: in case the newborn's withdrawal score is likely to rise on the postnatal ward, the neonatal team is "
    "aware and informed.",
    "Methadone: whenever the newborn's withdrawal score is likely to rise on the postnatal ward, the neonatal team is "
    "aware and informed.",
    "Methadone's effects on the newborn, withdrawal, feeding and sleep, will be\nwhat they will be.",
    # A condition opened by "where" and no other condition word ("where" left out of `_CONDITION_WORDS`).
    "Where methadone leaves her drowsy at night, the foster carer would take the feeds and the newborn would sleep "
    "in a cot.",
]
PREFILTERED_CLAIM = [
    "In case the newborn's withdrawal score climbs, methadone is reduced by the drug service and the registrar "
    "reviews him.",
    "Methadone and the newborn: NAS scoring from D0 on the postnatal ward, HV and MW.",
]


@pytest.mark.parametrize("text", PREFILTERED_NO_CLAIM + PREFILTERED_CLAIM)
def test_a_prefilter_never_skips_what_its_pattern_finds(text: str) -> None:
    assert bool(_conclusion_codes(text)) is (text in PREFILTERED_NO_CLAIM)


# What a conclusion decides (MA103; found passing by the thirty-sixth fresh corpus). Conditions whose outcomes
# only suppose ("would", "might", "could"), an account that nothing was done, and the decision put off to a later
# meeting in the future passive decide nothing; beside them, a condition with what will follow, a negated
# instruction and a decision made now with a meeting adding to it stand.
SUPPOSED_ONLY = [
    "In the event that the newborn develops a high-pitched cry or poor feeding, morphine could be started on the "
    "neonatal unit; should she be sleepy after her methadone, bed-sharing guidance might be relevant.",
    "Where methadone leaves her drowsy at night, the foster carer could take over the feeds; if the newborn "
    "withdraws, admission to SCBU would be arranged.",
    "If methadone is reduced, she might relapse to heroin, and if it is kept at 60 mg the newborn could need "
    "treatment for withdrawal.",
]
CONDITION_THEN_DECISION = [
    "Should the newborn develop a high-pitched cry or poor feeding, the neonatal team will start morphine; "
    "methadone 60 mg continues and she must not bed-share after her dose.",
    "Where she is drowsy after her methadone, the foster carer does the night feeds; if the newborn withdraws he "
    "is admitted to SCBU, and withdrawal scoring runs for 72 hours.",
    "If methadone were reduced she might relapse, so it continues at 60 mg; the newborn is scored for withdrawal "
    "for 72 hours and breastfeeding is encouraged.",
]
NOTHING_DONE = [
    "Methadone: no safe sleeping advice was given to her, and the newborn's withdrawal scoring has never been "
    "discussed with the ward.",
    "Nothing about breastfeeding on methadone or the newborn's withdrawal observations has been settled so far.",
    "Neither the neonatal unit nor the health visitor has been told about methadone, and the newborn's sleeping "
    "arrangements were not checked.",
]
NEGATED_INSTRUCTION = [
    "Methadone must not be stopped before the birth: 60 mg continues. The newborn will not leave the ward before "
    "72 hours of withdrawal scoring, and she should never bed-share after a dose.",
    "No change was made to methadone, which continues at 60 mg; the newborn is scored for withdrawal for 72 hours "
    "and is not to sleep in her bed.",
    "Breastfeeding on methadone is not discouraged: she breastfeeds, and the newborn is watched for withdrawal for "
    "72 hours with no co-sleeping.",
]
LEFT_TO_A_MEETING = [
    "Methadone: feeding, withdrawal observation and safe sleep for the newborn are to be worked out at the child "
    "protection conference in April.",
    "Methadone dosing in labour and the newborn's withdrawal care will be determined at the multi-agency meeting "
    "after the scan.",
    "Methadone passes into breast milk. Methadone and the newborn's withdrawal care will be talked through at the "
    "next perinatal clinic.",
]
DECIDED_MEETING_ADDS = [
    "Methadone 60 mg continues and the newborn is scored for withdrawal for 72 hours on the ward; the discharge "
    "address is to be confirmed at the child protection conference in April.",
    "Breastfeeding goes ahead on methadone and she must not co-sleep after a dose; the newborn's follow-up will be "
    "settled at the multi-agency meeting.",
    "Methadone 60 mg continues and the newborn is scored for withdrawal for 72 hours; feeding will be discussed "
    "again at the next perinatal clinic.",
]
DECIDES_NOTHING = SUPPOSED_ONLY + NOTHING_DONE + LEFT_TO_A_MEETING
DECIDES = CONDITION_THEN_DECISION + NEGATED_INSTRUCTION + DECIDED_MEETING_ADDS


@pytest.mark.parametrize("text", DECIDES_NOTHING + DECIDES)
def test_suppositions_accounts_of_nothing_done_and_a_later_meeting_decide_nothing(text: str) -> None:
    assert _conclusion_codes(text) == ({"MA103"} if text in DECIDES_NOTHING else set())


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(DECIDES_NOTHING + DECIDES).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_what_a_conclusion_decides_is_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _conclusion_codes(pair[1]) == _conclusion_codes(pair[0])


NO_STATEMENT = (
    "the conclusion of assessment asm-methadone says only what was done, considered or sent, or what its medicines do "
    "in general, not what follows (expected a statement: what continues or changes, what is likely, what must or "
    "must not happen, a dose or a time)"
)
PUT_OFF = (
    "the conclusion of assessment asm-methadone defers to another document or to later, or dismisses the question, "
    "and what remains does not say what the medicines mean for this mother and baby (expected at least 4 content "
    "words besides the pointer, deferral or dismissal)"
)
TOLD = [
    *((t, NO_STATEMENT) for t in SUPPOSED_ONLY[:1]),
    *((t, NO_STATEMENT) for t in NOTHING_DONE[:1]),
    *((t, PUT_OFF) for t in LEFT_TO_A_MEETING[:1]),
]


@pytest.mark.parametrize(("text", "message"), TOLD)
def test_a_conclusion_deciding_nothing_is_told_what_it_lacks_without_quoting_it(text: str, message: str) -> None:
    found = _ma103_found(text)
    assert found == [("$.assessments[0].conclusion", message)]


def _free_texts(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if " " in value else []
    if isinstance(value, dict):
        return [t for v in value.values() for t in _free_texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in _free_texts(v)]
    return []


def _corpus_texts() -> list[str]:
    from tests.redteam.cases import CASES
    from tests.redteam.good_cases import GOOD as GOOD_CASES
    from tests.redteam.test_fresh_records import CORPORA

    built = [c.build() for c in CASES] + [c.build() for c in GOOD_CASES]
    built += [c.build() for corpus in CORPORA for c in corpus.cases]
    found = [t for data in built for t in _free_texts(data)]
    found += [t for p in sorted((ROOT / "examples").glob("*/*.json")) for t in _free_texts(json.loads(p.read_text()))]
    return sorted(set(found))


# Each pattern's prefilter (substance._Prefilter) tells from the words of a text which patterns may match in it;
# one it leaves out must find nothing there. Beside every text of the examples and the red-team corpora, one of
# each kind of phrase the patterns look for.
PREFILTER_TEXTS = [
    "Plan as per the perinatal team letter, booked and not booked, planned or unplanned, neither planned nor "
    "unplanned, in 2019 and during 2020, her sister took sertraline; methadone crosses the placenta.",
    "Seen 12 may, 2026-03-02, 03/03/2026, march 2026, on the 3rd of june; as for every newborn, no concerns.",
    "Methadone is an opioid, babies born to mothers on it can withdraw; she has a non-booked scan.",
    "Methadone will continue, or will not continue; safe, though not safe; neither does nor does not; allowed nor "
    "disallowed.",
]


def _found(text: str) -> set[str]:
    """The patterns a prefilter serves that find something in ``text``, found the long way."""
    from medassess.gate.substance import _CLAUSE, _DATE, _judge

    patterns = _judge(SHIPPED).patterns
    clauses = [m[0] for m in _CLAUSE.finditer(text)]
    found = {
        "deferral": patterns.deferral.search(text),
        "cancelling": patterns.cancelling and patterns.cancelling.search(text),
        "universal": patterns.universal and patterns.universal.search(text),
        "dismissal": patterns.dismissal.search(text),
        "clinical_phrase": patterns.clinical_phrase and patterns.clinical_phrase.search(text),
        "history": patterns.history and any(patterns.history.search(c) for c in clauses),
        "general": patterns.general_claim
        and patterns.claim
        and any(patterns.general_claim.fullmatch(m[0]) for c in clauses for m in patterns.claim.finditer(c)),
        "date": _DATE.search(text),
    }
    return {name for name, hit in found.items() if hit}


def test_a_phrase_prefilter_leaves_out_only_patterns_that_find_nothing() -> None:
    from medassess.gate.substance import _ALL_PATTERNS, _judge, _keeps_runs, _set_aside, normalised_lines

    judge = _judge(SHIPPED)
    prefilter = judge.patterns.prefilter
    assert prefilter is not None
    texts = [normalised_lines(t) for t in (*_corpus_texts(), *PREFILTER_TEXTS)]
    assert len(texts) > 2000
    left_out, seen, kept = 0, set[str](), 0
    for text in texts:
        may = prefilter.may_match(text)
        hits = _found(text)
        assert hits <= may, text
        left_out, seen = left_out + len(_ALL_PATTERNS) - len(may), seen | hits
        # What is told of a text holds for what is left of it once its set-aside parts are blanked, unless a
        # blank starts or ends inside a word.
        remainder, _, spans = _set_aside(text, judge.patterns, may)
        if _keeps_runs(text, spans):
            kept += 1
            assert _found(remainder) <= may, remainder
        else:
            assert _found(remainder) <= prefilter.may_match(remainder), remainder
    assert seen == _ALL_PATTERNS  # every pattern found somewhere
    assert left_out > len(texts)  # and left out where it finds nothing
    assert kept > len(texts) // 2


def test_a_literal_prefilter_never_skips_a_text_its_pattern_reads() -> None:
    """The counterfactual and licence readings (MA103) and the month-name and numeric date readings (MA017) run
    only on a text holding a literal they cannot match without: on every text of the corpora, and on each kind of
    phrase they find, the literal is there wherever the full reading finds something."""
    from medassess.gate.substance import _judge, _may_hold, normalised_lines
    from medassess.gate.text import normalise
    from medassess.gate.written_dates import _DIGIT, _NUMERIC, date_readers

    patterns = _judge(SHIPPED).patterns
    readers = date_readers()
    extra = [
        "Methadone would normally have been continued; had the plan been finalised she'd've stayed; should've gone.",
        "Valproate is contraindicated in women of childbearing potential unless the programme is met; not "
        "recommended in breastfeeding mothers, unlicensed in pregnancy.",
        "Seen on the thirtieth of February, Sept 31st 2026, 31/09/2026, 2026-09-31 and 31.09.26.",
    ]
    texts = [normalised_lines(t) for t in (*_corpus_texts(), *PREFILTER_TEXTS, *extra)]
    assert patterns.counterfactual is not None and patterns.licence is not None
    readings = [
        (patterns.counterfactual, patterns.counterfactual_hint),
        (patterns.licence, patterns.licence_hint),
        (readers.day_first, readers.month_stems),
        (readers.month_first, readers.month_stems),
    ]
    skipped, found = [0] * len(readings), [0] * len(readings)
    for text in texts:
        for i, (pattern, hint) in enumerate(readings):
            if pattern.search(text) is not None:
                found[i] += 1
                assert _may_hold(text, hint), (pattern.pattern[:40], text)
            skipped[i] += not _may_hold(text, hint)
        if _NUMERIC.search(normalise(text)) is not None:
            assert _DIGIT.search(normalise(text)) is not None, text
    assert all(found) and all(n > len(texts) // 10 for n in skipped[:2])  # each reads something, most are skipped


# MA103's further literal prefilters (issue 14): each reading below runs only on a text holding one of each of its
# literals. Beside every text of the corpora, one each reading finds something in.
_HINTED_TEXTS = [
    "Mum would like to continue methadone and is keen to breastfeed; she hopes that the baby rooms in.",
    "Please describe what this means for the baby and set out who does what; summarise how feeds go.",
    "About half of babies exposed to methadone need treatment; most newborns settle, a minority of women relapse.",
    "The BNF states that sertraline is preferred; NICE advises that women continue; the leaflet warns of PPHN.",
    "Because she is stable, and because the baby fed well. Given that the levels are low, given that she agreed.",
    "Baby to be monitored; ongoing monitoring of mood; keep an eye on feeds; watched for sleepiness.",
]


@pytest.mark.parametrize("reading", ["wish", "asking", "population", "report", "reason", "watching"])
def test_a_literal_prefilter_of_ma103_never_skips_a_text_its_reading_finds(reading: str) -> None:
    """On every text of the corpora, and on each of its clauses (where :meth:`_Judge._without_general` reads
    ``population`` and ``report``), the reading finds nothing unless the text holds one of each of its literals;
    and the literals leave some texts out."""
    from medassess.gate.substance import _CLAUSE, _judge, _may_hold_each, normalised_lines

    judge = _judge(SHIPPED)
    patterns = judge.patterns
    pattern, hints = {
        "wish": (patterns.wish, (patterns.wish_hint,)),
        "asking": (patterns.asking, (patterns.asking_hint,)),
        "population": (patterns.population, patterns.population_hints),
        "report": (patterns.report, patterns.report_hints),
        "reason": (judge.reason, (judge.reason_hint,)),
        "watching": (judge.watching, (judge.watching_hint,)),
    }[reading]
    assert pattern is not None and all(hint is not None for hint in hints)
    texts = [normalised_lines(t) for t in (*_corpus_texts(), *_HINTED_TEXTS)]
    found = skipped = 0
    for text in texts:
        if any(pattern.search(part) is not None for part in (text, *(m[0] for m in _CLAUSE.finditer(text)))):
            found += 1
            assert _may_hold_each(text, hints), text
        skipped += not _may_hold_each(text, hints)
    assert found and skipped > len(texts) // 10, (found, skipped)


def test_a_blank_inside_a_word_keeps_no_runs() -> None:
    from medassess.gate.substance import _keeps_runs

    assert _keeps_runs("no concerns, plan agreed", [(0, 11)])
    assert not _keeps_runs("no concerns, plan agreed", [(0, 5)])
    assert not _keeps_runs("no concerns, plan agreed", [(4, 11)])


# Mutation round 27 (docs/safety/mutation-testing.md): each text below kills a mutant of what this stop added to
# MA103's reading that the suite let live. Worded apart from every red-team corpus.
MUT27_DECIDES = [
    # Only the clauses after a condition suppose: one before it in the same sentence stands.
    "The newborn could room in with her on the postnatal ward; if withdrawal signs appear, the paediatrician would "
    "be called.",
    # A wh-clause that is the subject of what follows is no question asked without its mark.
    "Methadone: what the newborn needs is three days of withdrawal scoring on the postnatal ward.",
    # A clause after a general fact that speaks of this case, with a measure and no claim word, stands.
    "Methadone crosses the placenta, her newborn on the postnatal ward for 72 hours of scoring.",
]
MUT27_DECIDES_NOTHING = [
    # An account that nothing was done, by a participle in -en that `[claim] accounts` does not list.
    "Methadone: no view on breastfeeding has been taken, and the newborn's withdrawal scoring was never spoken of "
    "with the ward.",
    # A question asked without its mark, joined by "and" or "or" after a comma.
    "For the postnatal visit: the newborn's withdrawal signs on methadone, and what the midwife must now do about his "
    "feeds.",
    "Methadone in pregnancy and the newborn's withdrawal signs, or how the ward must now handle feeding.",
    # A rate given as a range ("60-80%", "40 to 60%") measures babies in general, not this case.
    "On methadone, 60-80% of exposed babies develop some withdrawal.",
    "Methadone: in pregnancy 40 to 60% of newborns exposed show signs of withdrawal.",
    # A clause of a rate alone, with no claim word, measures nothing of this case.
    "Methadone in pregnancy: roughly 60% of exposed newborns, by the textbooks.",
    "On methadone, about 1 in 2 exposed newborns with withdrawal signs.",
]


@pytest.mark.parametrize("text", MUT27_DECIDES + MUT27_DECIDES_NOTHING)
def test_what_this_stop_reads_as_deciding_is_read_both_ways(text: str) -> None:
    assert _conclusion_codes(text) == ({"MA103"} if text in MUT27_DECIDES_NOTHING else set())


# Nothing settled (MA103; found passing by the forty-sixth fresh corpus): what only a modal of possibility governs
# with a condition or alternatives ("could ... if", "could ... or"), or "might" alone; a condition by "depending
# on" or "as and when"; a menu of every choice ("one, both or neither"); alternatives with the choice left to
# later; a decision "yet to be" or "not yet" made. Beside them, "may" or "could" foreseeing or permitting beside
# a plan, a claim before the modal, alternatives that make a rule, and one point left open beside decisions stand.
ONLY_POSSIBLE = [
    "Methadone could be cut to 50 mg if the drug service agree, and the newborn might be nursed on the transitional "
    "care unit.",
    "Methadone: withdrawal scoring of the newborn could run on the postnatal ward or on SCBU, with feeding by breast "
    "or bottle.",
    "Methadone: dependent on her scan at 32 weeks, the newborn's stay on the ward might be lengthened as and when "
    "needed.",
]
POSSIBLE_BESIDE_A_PLAN = [
    "Methadone 60 mg continues; the newborn may be drowsy at first, so he is scored on the ward for 72 hours.",
    "The newborn stays on the ward for 72 hours of scoring and could need morphine if scores stay high; methadone "
    "continues at 60 mg.",
    "Methadone continues at 60 mg. Depending on his scores, the newborn is moved to SCBU or kept on the ward, and "
    "he stays at least 72 hours.",
    # "May" the month is no modal: in a date, or with no verb after it.
    "Methadone: the newborn is scored for withdrawal on the ward until 12 May if his scores stay high.",
    "Methadone: the newborn stays on the ward through May if his withdrawal scores stay high.",
]
CHOICE_LEFT_OPEN = [
    "Methadone: either the newborn goes to SCBU for scoring, or he stays with her on the postnatal ward, or he "
    "goes home with daily visits; the parents will decide which.",
    "Methadone and sertraline: continue one, both or neither through the third trimester.",
    "Methadone dose in labour yet to be agreed; the newborn's feeding plan still to be settled; his discharge date "
    "not yet fixed.",
]
CHOICE_MADE = [
    "Methadone continues at 60 mg; either the midwife or the neonatal nurse scores the newborn every four hours, "
    "never the parents.",
    "Methadone continues at 60 mg and the newborn is scored for withdrawal for 72 hours; for feeding, breast or "
    "bottle, she will choose which after the birth.",
    "Methadone 60 mg continues and the newborn is scored for withdrawal for 72 hours; only the discharge date is "
    "yet to be agreed.",
    # Alternatives that "may" permits, or left to her preference, permit each.
    "Methadone: she may breastfeed the newborn or give formula, whichever she prefers, as withdrawal is watched for "
    "either way.",
]
SETTLES_NOTHING = ONLY_POSSIBLE + CHOICE_LEFT_OPEN
SETTLES = POSSIBLE_BESIDE_A_PLAN + CHOICE_MADE


@pytest.mark.parametrize("text", SETTLES_NOTHING + SETTLES)
def test_possibilities_open_choices_and_decisions_not_yet_made_settle_nothing(text: str) -> None:
    assert _conclusion_codes(text) == ({"MA103"} if text in SETTLES_NOTHING else set())


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(SETTLES_NOTHING + SETTLES).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_what_is_settled_is_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _conclusion_codes(pair[1]) == _conclusion_codes(pair[0])


@pytest.mark.parametrize(
    ("text", "message"),
    [(ONLY_POSSIBLE[0], NO_STATEMENT), (CHOICE_LEFT_OPEN[0], PUT_OFF), (CHOICE_LEFT_OPEN[2], PUT_OFF)],
)
def test_a_conclusion_settling_nothing_is_told_what_it_lacks_without_quoting_it(text: str, message: str) -> None:
    found = _ma103_found(text)
    assert found == [("$.assessments[0].conclusion", message)]


# Mutation round 28 (docs/safety/mutation-testing.md): each text below kills a mutant of this stop's MA103 reading
# that the suite let live. Worded apart from every red-team corpus.
MUT28_DECIDES = [
    # A share of a population in a clause that also speaks of this case ("her baby") is this case's plan.
    "Methadone: like most newborns exposed in the womb her baby stays on the postnatal ward for 72 hours of scoring.",
    # Seven words between a pointer verb and a document noun are more than `[pointer] max_gap` (6): the instruction
    # to see mother and newborn stands.
    "Methadone continues at 60 mg; midwife to see mother and newborn each day until the letter comes and score "
    "withdrawal for 72 hours.",
]
MUT28_DECIDES_NOTHING = [
    # A clause with no claim word trailing a share of a population ("mostly by day 4") is said of babies in general
    # too.
    "Methadone: a third of newborns exposed to it in pregnancy need morphine, mostly by day 4.",
    "Methadone in pregnancy: the majority of exposed infants show withdrawal signs, typically within 72 hours.",
]


@pytest.mark.parametrize("text", MUT28_DECIDES + MUT28_DECIDES_NOTHING)
def test_what_round_28_found_is_read_both_ways(text: str) -> None:
    assert _conclusion_codes(text) == ({"MA103"} if text in MUT28_DECIDES_NOTHING else set())


# Found passing by the forty-seventh fresh corpus (MA103): possibilities joined by "or" across clauses ("could go
# on, or could be lowered"), "could be" alone, a condition after a noun phrase ("... depending on ...", "... as and
# when"), and a menu whose every alternative states something ("either continue, reduce or stop"). Beside them, a
# condition after a plan, alternatives of which one is only who does it, "could" in a reason and another person
# of whom what will happen is said stand. Worded apart from the corpus.
OFFERED_ONLY = [
    "Methadone could go on at 60 mg, or it could be lowered to 50 mg; the newborn could be scored on SCBU.",
    "Methadone: the newborn's scoring dependent on the paediatric view; breastfeeding as and when; the cot "
    "position depending on how settled she is at home.",
    "Methadone: either keep 60 mg, lower it or taper it off; her newborn either on SCBU or on the postnatal ward, or "
    "both.",
]
DECIDED_BESIDE = [
    "Methadone stays at 60 mg, and the newborn is moved to SCBU depending on his withdrawal scores.",
    "Methadone stays at 60 mg; either the midwife or the neonatal nurse scores the newborn for 72 hours.",
    "Methadone stays at 60 mg, as lowering it could bring back heroin use; the newborn is scored for 72 hours.",
    "Methadone: her son will be scored for withdrawal on the postnatal ward for three days.",
    "Methadone: her daughter shall stay on the postnatal ward for three days of withdrawal scoring.",
]


@pytest.mark.parametrize("text", OFFERED_ONLY + DECIDED_BESIDE)
def test_offers_menus_and_trailing_conditions_settle_nothing(text: str) -> None:
    assert _conclusion_codes(text) == ({"MA103"} if text in OFFERED_ONLY else set())


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(OFFERED_ONLY + DECIDED_BESIDE).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_offers_and_menus_are_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _conclusion_codes(pair[1]) == _conclusion_codes(pair[0])


@pytest.mark.parametrize("text", OFFERED_ONLY)
def test_an_offer_or_a_menu_is_told_what_it_lacks_without_quoting_it(text: str) -> None:
    found = _ma103_found(text)
    assert found == [("$.assessments[0].conclusion", NO_STATEMENT)]


# Found passing by the forty-eighth and forty-ninth fresh corpora (MA103): yes-or-no questions in a row without
# their marks, the first or any other with a subject other than a pronoun ("does methadone ...; does it ..."), and
# questions joined by "and" wherever the first opens ("... the newborn how long he is watched and who scores him").
# Beside them, a clause opening on a verb with its subject left out in a sentence asking nothing, "as and when",
# and a statement after a comma that ends the questions stand. Worded apart from the corpora.
ASKED_IN_A_ROW = [
    "Is sertraline likely to make the newborn jittery, is she able to breastfeed on it, will he need a longer stay",
    "Does methadone stay at 60 mg; does she breastfeed; does the newborn stay on the ward",
    "Sertraline and the newborn how long he is watched for and who scores him",
]
ANSWERED = [
    "Has a stable methadone dose of 60 mg; she will breastfeed and the newborn is scored for 72 hours on the ward.",
    "Sertraline: how it passes into milk and when the newborn feeds were both explained, and she breastfeeds with "
    "the health visitor watching for poor feeding.",
    "Methadone continues at 60 mg and the newborn is fed as and when he wakes, on the postnatal ward for 72 hours.",
]


@pytest.mark.parametrize("text", ASKED_IN_A_ROW + ANSWERED)
def test_questions_in_a_row_without_their_marks_answer_nothing(text: str) -> None:
    assert _conclusion_codes(text) == ({"MA103"} if text in ASKED_IN_A_ROW else set())


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(ASKED_IN_A_ROW + ANSWERED).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_questions_in_a_row_are_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _conclusion_codes(pair[1]) == _conclusion_codes(pair[0])


@pytest.mark.parametrize("text", ASKED_IN_A_ROW)
def test_questions_in_a_row_are_told_what_they_lack_without_quoting_them(text: str) -> None:
    found = _ma103_found(text)
    assert found == [("$.assessments[0].conclusion", NO_STATEMENT)]


# Found passing by the fiftieth fresh corpus (MA103): unmarked questions whose subjects are a medicine or a person
# after a determiner, none a pronoun ("does methadone ...; does the baby ..."). A verb whose subject is left out
# ("does the bathing"), "does" inside a clause and a question with its mark then its answer stand. Worded apart
# from the corpus.
ASKED_ABOUT = [
    "Does methadone pass into breast milk; does the newborn need scoring on the ward",
    "Do the mother and father share a bed with the newborn, and does her methadone dose rise in pregnancy",
]
ANSWERED_ABOUT = [
    "Does the bathing and the night feeds herself, as methadone at 60 mg leaves her alert; she breastfeeds and the "
    "newborn is scored for 72 hours on the ward.",
    "Methadone does the newborn no harm through breast milk at 60 mg, so she breastfeeds, and he is scored for 72 "
    "hours on the ward.",
    "Does methadone pass into breast milk? A little, so she breastfeeds, and the newborn is scored for 72 hours on "
    "the ward.",
]


@pytest.mark.parametrize("text", ASKED_ABOUT + ANSWERED_ABOUT)
def test_questions_about_a_medicine_or_a_person_without_their_marks_answer_nothing(text: str) -> None:
    assert _conclusion_codes(text) == ({"MA103"} if text in ASKED_ABOUT else set())


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(ASKED_ABOUT + ANSWERED_ABOUT).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_questions_about_a_medicine_or_a_person_are_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _conclusion_codes(pair[1]) == _conclusion_codes(pair[0])


# Found passing by the forty-eighth fresh corpus (MA103): a condition named without its first word ("pulmonary
# hypertension of the newborn" for PPHN) is no particular baby, so a share of babies beside it stays general.
# "This newborn" or a plan for him after the class fact stands. Worded apart from the corpus; the record's
# sertraline conclusion, as these are SSRI facts.
CLASS_FACTS_ONLY = [
    "SSRIs including sertraline are linked to poor neonatal adaptation in about a third of exposed babies and a "
    "small rise in pulmonary hypertension of the newborn.",
]
CLASS_FACTS_AND_THIS_CASE = [
    "SSRIs including sertraline are linked to poor neonatal adaptation in about a third of exposed babies, so this "
    "newborn is watched for pulmonary hypertension of the newborn for 24 hours on the postnatal ward.",
]


def _sertraline_codes(text: str) -> set[str]:
    return _conclusion_codes(text, assessment=1)


@pytest.mark.parametrize("text", CLASS_FACTS_ONLY + CLASS_FACTS_AND_THIS_CASE)
def test_a_condition_named_without_its_first_word_is_no_particular_baby(text: str) -> None:
    assert _sertraline_codes(text) == ({"MA103"} if text in CLASS_FACTS_ONLY else set())


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(CLASS_FACTS_ONLY + CLASS_FACTS_AND_THIS_CASE).flatmap(lambda t: st.tuples(st.just(t), disguised(t)))
)
def test_class_facts_are_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _sertraline_codes(pair[1]) == _sertraline_codes(pair[0])


def test_class_facts_only_are_told_what_they_lack_without_quoting_them() -> None:
    found = _ma103_found(CLASS_FACTS_ONLY[0], assessment=1)
    assert found == [("$.assessments[1].conclusion", NO_STATEMENT.replace("asm-methadone", "asm-sertraline"))]


# Found passing by the forty-eighth fresh corpus (MA103): a condition opening its clause whose outcome holds only
# "as and when" or "depending on" something again decides nothing. A claim before an "and" in the outcome, or
# an outcome that states something of its own, stands. Worded apart from the corpus.
CONDITIONAL_OUTCOMES_ONLY = [
    "Sertraline: dependent on how she copes late in pregnancy, the newborn will be checked as and when needed, and "
    "breastfeeding supported as and when she wants.",
    "Sertraline: if her mood dips, the newborn will be looked at by the paediatrician as and when required.",
    "Sertraline: depending on how the birth goes, the baby will be watched as and when needed.",
]
CONDITIONAL_OUTCOMES_DECIDING = [
    "Sertraline: if he is jittery after birth, the newborn stays on the postnatal ward for 24 hours and is seen by "
    "the paediatrician as and when needed.",
    "Sertraline: depending on her mood, the dose stays at 100 mg through the birth, and the newborn is checked as "
    "and when the midwife visits.",
]


@pytest.mark.parametrize("text", CONDITIONAL_OUTCOMES_ONLY + CONDITIONAL_OUTCOMES_DECIDING)
def test_an_outcome_holding_only_when_needed_decides_nothing(text: str) -> None:
    assert _sertraline_codes(text) == ({"MA103"} if text in CONDITIONAL_OUTCOMES_ONLY else set())


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(CONDITIONAL_OUTCOMES_ONLY + CONDITIONAL_OUTCOMES_DECIDING).flatmap(
        lambda t: st.tuples(st.just(t), disguised(t))
    )
)
def test_conditional_outcomes_are_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _sertraline_codes(pair[1]) == _sertraline_codes(pair[0])


@pytest.mark.parametrize("text", CONDITIONAL_OUTCOMES_ONLY)
def test_a_conditional_outcome_is_told_what_it_lacks_without_quoting_it(text: str) -> None:
    found = _ma103_found(text, assessment=1)
    assert found == [("$.assessments[1].conclusion", NO_STATEMENT.replace("asm-methadone", "asm-sertraline"))]


# Found passing by the forty-ninth fresh corpus (MA103): scores out of 5 or 10 rate without deciding, so they are
# no measure of this case. A plan beside a score, a gestation ("36/40") and days ("2/7") stand. Worded apart
# from the corpus.
SCORES_ONLY = [
    "Sertraline: relapse risk 4/10, newborn adaptation risk 3/10, feeding concern 2/10.",
    "Sertraline. Mood 3/5. Baby risk 2/5. Breastfeeding 5/5.",
]
SCORES_BESIDE_A_PLAN = [
    "Sertraline: relapse risk 4/10; the newborn is watched for 24 hours on the postnatal ward.",
    "Sertraline: newborn obs on the postnatal ward for 2/7, review at 36/40.",
]


@pytest.mark.parametrize("text", SCORES_ONLY + SCORES_BESIDE_A_PLAN)
def test_scores_out_of_five_or_ten_decide_nothing(text: str) -> None:
    assert _sertraline_codes(text) == ({"MA103"} if text in SCORES_ONLY else set())


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(SCORES_ONLY + SCORES_BESIDE_A_PLAN).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_scores_are_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _sertraline_codes(pair[1]) == _sertraline_codes(pair[0])


@pytest.mark.parametrize("text", SCORES_ONLY)
def test_scores_only_are_told_what_they_lack_without_quoting_them(text: str) -> None:
    found = _ma103_found(text, assessment=1)
    assert found == [("$.assessments[1].conclusion", NO_STATEMENT.replace("asm-methadone", "asm-sertraline"))]


# Found passing by the forty-ninth fresh corpus (MA103): that she is expecting her baby is the record's premise,
# so a letter of greeting and thanks around it states nothing. A plan in the letter, and a prediction ("we are
# expecting some jitteriness"), stand. Worded apart from the corpus.
PLEASANTRIES_ONLY = [
    "Dear health visitor, thank you for meeting this charming mum on sertraline, who is expecting her second baby. "
    "Kind regards and every good wish for an easy birth.",
]
PLEASANTRIES_AND_A_PLAN = [
    "Dear midwife, thanks for seeing this lady on sertraline, who is expecting her first baby; sertraline continues "
    "at 100 mg and the newborn is watched for 24 hours. Best wishes.",
    "Dear midwife, we are expecting some jitteriness in the newborn for a day or two after birth from the "
    "sertraline. Best wishes.",
]


@pytest.mark.parametrize("text", PLEASANTRIES_ONLY + PLEASANTRIES_AND_A_PLAN)
def test_a_letter_of_pleasantries_around_her_pregnancy_states_nothing(text: str) -> None:
    assert _sertraline_codes(text) == ({"MA103"} if text in PLEASANTRIES_ONLY else set())


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(PLEASANTRIES_ONLY + PLEASANTRIES_AND_A_PLAN).flatmap(lambda t: st.tuples(st.just(t), disguised(t)))
)
def test_pleasantries_are_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _sertraline_codes(pair[1]) == _sertraline_codes(pair[0])


def test_pleasantries_only_are_told_what_they_lack_without_quoting_them() -> None:
    found = _ma103_found(PLEASANTRIES_ONLY[0], assessment=1)
    assert found == [("$.assessments[1].conclusion", NO_STATEMENT.replace("asm-methadone", "asm-sertraline"))]


# Found passing by the fifty-first fresh corpus (MA103): a "whether" clause as the subject names the question, it
# does not answer it. Its verb and what follows are judged alone, so the answer after it stands. Worded apart from
# the corpus.
WHETHER_ONLY = [
    "Whether sertraline is safe to keep taking through pregnancy and breastfeeding is the subject the GP and the "
    "perinatal pharmacist weighed for her.",
    "Sertraline: whether the newborn needs watching for poor adaptation after exposure in the womb was the point "
    "put to the perinatal team.",
]
WHETHER_ANSWERED = [
    "Whether sertraline should go on was the question; it does, at 100 mg, and the newborn is watched for 24 hours.",
    "Whether she breastfeeds or bottle feeds is her choice; both are compatible with sertraline 100 mg, and the "
    "baby is watched for 24 hours.",
]


@pytest.mark.parametrize("text", WHETHER_ONLY + WHETHER_ANSWERED)
def test_a_whether_clause_as_subject_asks_and_does_not_answer(text: str) -> None:
    assert _sertraline_codes(text) == ({"MA103"} if text in WHETHER_ONLY else set())


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(WHETHER_ONLY + WHETHER_ANSWERED).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_whether_clauses_are_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _sertraline_codes(pair[1]) == _sertraline_codes(pair[0])


@pytest.mark.parametrize("text", WHETHER_ONLY)
def test_a_whether_clause_only_is_told_what_it_lacks_without_quoting_it(text: str) -> None:
    found = _ma103_found(text, assessment=1)
    assert found == [("$.assessments[1].conclusion", NO_STATEMENT.replace("asm-methadone", "asm-sertraline"))]


# Found passing by the fifty-second and fifty-third fresh corpora (MA103): a modal repeated across alternatives
# ("may be kept ... or may be lowered") offers, whatever the modal, and "possibly", "perhaps" and "potentially"
# suppose as "might" does. A plan beside them, and "may be" of what the baby may show, stand. Worded apart from
# the corpora.
POSSIBILITIES_ONLY = [
    "Sertraline may be kept at 100 mg or may be lowered to 50 mg, and the newborn may be observed on the ward if the "
    "midwife is worried.",
    "Sertraline is possibly best carried on, perhaps at a lower dose near term, and the newborn potentially needs a "
    "short spell of observation.",
]
POSSIBILITIES_BESIDE_A_PLAN = [
    "Sertraline continues at 100 mg, possibly rising to 150 mg if her mood dips, and the newborn is watched for 24 "
    "hours.",
    "Sertraline continues at 100 mg; the newborn may be jittery or slow to feed for a day or two, so the midwife "
    "checks him at 24 hours.",
]


@pytest.mark.parametrize("text", POSSIBILITIES_ONLY + POSSIBILITIES_BESIDE_A_PLAN)
def test_possibilities_offered_or_hedged_decide_nothing(text: str) -> None:
    assert _sertraline_codes(text) == ({"MA103"} if text in POSSIBILITIES_ONLY else set())


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(POSSIBILITIES_ONLY + POSSIBILITIES_BESIDE_A_PLAN).flatmap(
        lambda t: st.tuples(st.just(t), disguised(t))
    )
)
def test_offered_possibilities_are_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _sertraline_codes(pair[1]) == _sertraline_codes(pair[0])


@pytest.mark.parametrize("text", POSSIBILITIES_ONLY)
def test_possibilities_only_are_told_what_they_lack_without_quoting_them(text: str) -> None:
    found = _ma103_found(text, assessment=1)
    assert found == [("$.assessments[1].conclusion", NO_STATEMENT.replace("asm-methadone", "asm-sertraline"))]


# Found passing by the fifty-second fresh corpus (MA103): how far on she is, before "pregnant", is the record's
# premise, not a measure of what follows, so a gestation beside scores only states nothing. A plan beside it, and a
# gestation as the time of a plan ("review at 36/40"), stand. Worded apart from the corpus.
GESTATION_AND_SCORES_ONLY = [
    "Sertraline: she is 34 weeks pregnant. Newborn adaptation risk 2/10; relapse risk off treatment 7/10.",
    "Sertraline, 26+3/40 pregnant. Mood 4/5. Baby risk 1/5.",
]
GESTATION_AND_A_PLAN = [
    "Sertraline: she is 34 weeks pregnant and sertraline continues at 100 mg; newborn adaptation risk 2/10, so the "
    "midwife watches him for 24 hours.",
    "Sertraline, 26+3/40 pregnant. Mood 4/5. Newborn obs on the postnatal ward for 2/7, review at 36/40.",
]


@pytest.mark.parametrize("text", GESTATION_AND_SCORES_ONLY + GESTATION_AND_A_PLAN)
def test_a_gestation_before_pregnant_is_the_premise_not_a_measure(text: str) -> None:
    assert _sertraline_codes(text) == ({"MA103"} if text in GESTATION_AND_SCORES_ONLY else set())


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(GESTATION_AND_SCORES_ONLY + GESTATION_AND_A_PLAN).flatmap(
        lambda t: st.tuples(st.just(t), disguised(t))
    )
)
def test_gestations_before_pregnant_are_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _sertraline_codes(pair[1]) == _sertraline_codes(pair[0])


@pytest.mark.parametrize("text", GESTATION_AND_SCORES_ONLY)
def test_a_gestation_and_scores_only_are_told_what_they_lack_without_quoting_them(text: str) -> None:
    found = _ma103_found(text, assessment=1)
    assert found == [("$.assessments[1].conclusion", NO_STATEMENT.replace("asm-methadone", "asm-sertraline"))]


# Found passing by the fifty-first fresh corpus (MA103): alternatives opening a sentence whose verb is an account
# ("the choices ... were explained to her") report a choice offered, not one made. The choice after them stands.
# Worded apart from the corpus.
OPTIONS_ONLY = [
    "Sertraline: the choices of carrying on, cutting down or coming off it, with what each means for her mood and "
    "for the newborn's breathing and feeding, were explained to her at length.",
    "Continuing sertraline, lowering the dose or stopping were each described to her and her partner.",
]
OPTIONS_AND_A_CHOICE = [
    "The options of continuing, lowering or stopping sertraline were explained; she chose to continue 100 mg, and "
    "the newborn is watched for 24 hours.",
    "Sertraline: continuing or stopping were both discussed, and she will continue at 100 mg; the midwife watches "
    "the newborn for 24 hours.",
]


@pytest.mark.parametrize("text", OPTIONS_ONLY + OPTIONS_AND_A_CHOICE)
def test_options_set_out_without_a_choice_decide_nothing(text: str) -> None:
    assert _sertraline_codes(text) == ({"MA103"} if text in OPTIONS_ONLY else set())


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(OPTIONS_ONLY + OPTIONS_AND_A_CHOICE).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_options_set_out_are_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _sertraline_codes(pair[1]) == _sertraline_codes(pair[0])


@pytest.mark.parametrize("text", OPTIONS_ONLY)
def test_options_only_are_told_what_they_lack_without_quoting_them(text: str) -> None:
    found = _ma103_found(text, assessment=1)
    assert found == [("$.assessments[1].conclusion", NO_STATEMENT.replace("asm-methadone", "asm-sertraline"))]


# Mutation round 29 (docs/safety/mutation-testing.md): each text below kills a mutant of the MA103 readings added
# since round 28 that the suite let live. Worded apart from every red-team corpus.
MUT29_DECIDES = [
    # "As and when" is no second question joined by "and" (`_JOINED_QUESTION`'s look back from "and"): what the
    # newborn needs is stated, the condition after it judged alone.
    "Methadone 60 mg: what the newborn needs is scoring on the ward as and when he wakes for 72 hours.",
]
MUT29_DECIDES_NOTHING = [
    # A word said then denied ("agreed and not agreed", "wanted and unwanted") with no [cancelling] phrase beside it:
    # the prefilter must still let the cancelling pattern run (`_DENIED`, round 28's open survivor).
    "Methadone: the newborn's 72 hours of scoring on the postnatal ward agreed and not agreed with the couple.",
    "Sertraline: observation of her newborn for 24 hours is wanted and unwanted; breastfeeding supported or "
    "unsupported.",
    # A yes-or-no question about "it" asked without its mark (`_INVERTED_QUESTION`'s subjects) names what to answer.
    "Sertraline in pregnancy: does it affect the newborn's breathing after birth; does it pass into breast milk.",
    "Methadone 60 mg: does it mean the newborn stays on the ward for 72 hours of scoring.",
    # Offers joined by "or" across a comma (`_OR_AFTER` for the first, `_OR_BEFORE` for the second): alternatives.
    "Methadone 60 mg: the newborn could stay on the ward for 72 hours of scoring, or could go home on day 2 with "
    "the midwife scoring him daily.",
    # An instruction to the writer: an asking verb of [prompt] ("set out") before a question word.
    "Methadone and sertraline in pregnancy: set out who scores the newborn for withdrawal and where he sleeps at "
    "night.",
]


@pytest.mark.parametrize("text", MUT29_DECIDES + MUT29_DECIDES_NOTHING)
def test_what_round_29_found_is_read_both_ways(text: str) -> None:
    assert _conclusion_codes(text) == ({"MA103"} if text in MUT29_DECIDES_NOTHING else set())


# Found passing by the fifty-fifth fresh corpus (MA103): a score out of any rating scale's total ([scores] in
# mappings/hollow-phrases.toml: PHQ-9 out of 27, GAD-7 out of 21, EPDS out of 30), like one out of 5 or 10, rates
# without deciding. A gestation ("36/40"), days ("2/7") and weeks ("6/52") still measure. Worded apart from the corpus.
SCALE_SCORES_ONLY = [
    "Sertraline: she is 31 weeks pregnant. PHQ-9 8/27 and EPDS 11/30 at booking; GAD-7 today 6/21.",
    "Sertraline, 22+4/40 pregnant: EPDS 9/30 and PHQ-9 4/27 at this visit; her first baby's Apgar was 9/10.",
]
SCALE_SCORES_AND_A_MEASURE = [
    "Sertraline: she is 31 weeks pregnant, EPDS 11/30; newborn obs on the postnatal ward for 2/7.",
    "Sertraline, 22+4/40 pregnant: PHQ-9 4/27, GAD-7 5/21; the GP reviews her sertraline dose again in 6/52.",
]


@pytest.mark.parametrize("text", SCALE_SCORES_ONLY + SCALE_SCORES_AND_A_MEASURE)
def test_a_score_out_of_a_scales_total_rates_and_does_not_measure(text: str) -> None:
    assert _sertraline_codes(text) == ({"MA103"} if text in SCALE_SCORES_ONLY else set())


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(SCALE_SCORES_ONLY + SCALE_SCORES_AND_A_MEASURE).flatmap(
        lambda t: st.tuples(st.just(t), disguised(t))
    )
)
def test_scale_scores_are_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _sertraline_codes(pair[1]) == _sertraline_codes(pair[0])


@pytest.mark.parametrize("text", SCALE_SCORES_ONLY)
def test_scale_scores_only_are_told_what_they_lack_without_quoting_them(text: str) -> None:
    found = _ma103_found(text, assessment=1)
    assert found == [("$.assessments[1].conclusion", NO_STATEMENT.replace("asm-methadone", "asm-sertraline"))]


# Found passing by the fifty-fifth fresh corpus (MA103): a hedge stacked on a modal ("could perhaps be lowered")
# supposes as the hedge does alone, and one after "will" ("will potentially need") too. A plan beside them, and a
# hedge after a stated plan ("24 hours, perhaps longer if ..."), stand. Worded apart from the corpus.
STACKED_HEDGES_ONLY = [
    "Sertraline could perhaps be lowered near term, and the newborn will potentially need a short spell of "
    "watching, possibly on the ward.",
    "Sertraline could potentially come down to 50 mg, and the newborn will possibly be watched.",
]
STACKED_HEDGES_BESIDE_A_PLAN = [
    "Sertraline continues at 100 mg and could possibly rise to 150 mg if her mood dips; the newborn is watched for "
    "24 hours.",
    "Sertraline continues at 100 mg; the newborn will be watched for 24 hours, perhaps longer if he feeds poorly.",
]


@pytest.mark.parametrize("text", STACKED_HEDGES_ONLY + STACKED_HEDGES_BESIDE_A_PLAN)
def test_a_hedge_stacked_on_a_modal_or_after_will_supposes(text: str) -> None:
    assert _sertraline_codes(text) == ({"MA103"} if text in STACKED_HEDGES_ONLY else set())


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(STACKED_HEDGES_ONLY + STACKED_HEDGES_BESIDE_A_PLAN).flatmap(
        lambda t: st.tuples(st.just(t), disguised(t))
    )
)
def test_stacked_hedges_are_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _sertraline_codes(pair[1]) == _sertraline_codes(pair[0])


@pytest.mark.parametrize("text", STACKED_HEDGES_ONLY)
def test_stacked_hedges_only_are_told_what_they_lack_without_quoting_them(text: str) -> None:
    found = _ma103_found(text, assessment=1)
    assert found == [("$.assessments[1].conclusion", NO_STATEMENT.replace("asm-methadone", "asm-sertraline"))]


# Found passing by the fifty-fifth fresh corpus (MA103): "whether" clauses joined by "and" or "or" as the subject
# of a plural verb name questions, they answer none. What the verb says, and an answer after it, are judged alone.
# Worded apart from the corpus.
WHETHERS_ONLY = [
    "Whether sertraline stays at 100 mg or whether it is lowered near term, and whether the newborn is watched on "
    "the ward, are points for the perinatal pharmacist.",
    "Whether to keep sertraline going and whether the newborn needs watching after birth are matters for her next "
    "review.",
]
WHETHERS_ANSWERED = [
    "Whether she breastfeeds and whether the newborn rooms in with her were her decisions; sertraline continues at "
    "100 mg and the midwife watches the newborn for 24 hours.",
    "Whether sertraline goes on, and whether the newborn is watched, were the questions: it goes on at 100 mg, and "
    "he is watched for 24 hours.",
]


@pytest.mark.parametrize("text", WHETHERS_ONLY + WHETHERS_ANSWERED)
def test_whether_clauses_joined_as_subject_ask_and_do_not_answer(text: str) -> None:
    assert _sertraline_codes(text) == ({"MA103"} if text in WHETHERS_ONLY else set())


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(WHETHERS_ONLY + WHETHERS_ANSWERED).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_joined_whether_clauses_are_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _sertraline_codes(pair[1]) == _sertraline_codes(pair[0])


@pytest.mark.parametrize("text", WHETHERS_ONLY)
def test_joined_whether_clauses_only_are_told_what_they_lack_without_quoting_them(text: str) -> None:
    found = _ma103_found(text, assessment=1)
    assert found == [("$.assessments[1].conclusion", NO_STATEMENT.replace("asm-methadone", "asm-sertraline"))]


# Found passing by the fifty-seventh fresh corpus (MA103): conditionals over alternatives that never say which
# holds suppose, and a time that names no time ("nearer the time", "closer to the time") puts off as "in due
# course" does. A plan beside them, with the concerns it speaks of, stands. Worded apart from the corpus.
IFS_THEN_LATER_ONLY = [
    "If sertraline carries on, the newborn might need watching for poor adaptation; if it is stopped, relapse might "
    "follow. Either way the plan for both of them will be seen to closer to the time.",
    "Should sertraline go on, the newborn might be jittery; should it stop, her mood might dip. Whichever happens, "
    "things get sorted nearer to the time.",
]
IFS_THEN_A_PLAN = [
    "Sertraline continues at 100 mg to prevent relapse, breastfeeding is supported and the newborn is watched for "
    "24 hours; her birth partner is briefed closer to the time.",
    "If sertraline carries on, the newborn might need watching; if it stops, he might need less. It carries on at "
    "100 mg to prevent relapse and the midwife watches him for 24 hours; breastfeeding is talked through nearer the "
    "time.",
]


@pytest.mark.parametrize("text", IFS_THEN_LATER_ONLY + IFS_THEN_A_PLAN)
def test_conditionals_then_a_time_that_names_no_time_decide_nothing(text: str) -> None:
    assert _sertraline_codes(text) == ({"MA103"} if text in IFS_THEN_LATER_ONLY else set())


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(IFS_THEN_LATER_ONLY + IFS_THEN_A_PLAN).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_conditionals_then_later_are_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _sertraline_codes(pair[1]) == _sertraline_codes(pair[0])


@pytest.mark.parametrize("text", IFS_THEN_LATER_ONLY)
def test_conditionals_then_later_only_are_told_what_they_lack_without_quoting_them(text: str) -> None:
    found = _ma103_found(text, assessment=1)
    assert found == [("$.assessments[1].conclusion", NO_STATEMENT.replace("asm-methadone", "asm-sertraline"))]


# Mutation round 30 (docs/safety/mutation-testing.md): each text below kills a mutant of the MA103 readings that the
# suite let live. Worded apart from every red-team corpus.
MUT30_DECIDES = [
    # "May" the month, in a date, before "be it" and a condition: no modal, so the plan before it stands (the date
    # skip of `_without_possibilities`).
    "Methadone 60 mg: her baby stays on the postnatal ward for 72 hours of scoring from 20 May be it by induction "
    "or caesarean if growth slows.",
    # A plan before an "and", then a possibility with a condition: only the possibility is set aside (its subject
    # goes back to the "and", not to the clause's start).
    "Methadone 60 mg: the newborn is scored on the ward for 72 hours and could be given oral morphine if his "
    "scores stay high.",
    # "Either ... or" whose second alternative states nothing (a place): what the first states is the plan
    # (`_without_menus` needs two stating alternatives).
    "Methadone: her baby either remains on the postnatal ward for 72 hours of withdrawal scoring or in the "
    "transitional care unit.",
    # "Does" after a comma with no subject of its own ("does the night feeds"): the word after "the" is no medicine
    # of the list, so no question (`_asked_about`).
    "Methadone 60 mg: her aunt lives with them, does the night feeds so the baby never sleeps beside her.",
    # "Whether" with no verb of its own after it in its clause ("whether or not ..."): no question as subject
    # (`_WHETHER_SUBJECT` needs its verb), so the plan after it stands.
    "Methadone: whether or not she breastfeeds the newborn stays on the ward for 72 hours.",
    # A list of risks ends where the next heading's words start ("72 hours of scoring:"): a plan under its own
    # heading is no risk of the list before it.
    "Methadone risks: withdrawal, sedation, 72 hours of scoring: agreed with the couple.",
]
MUT30_DECIDES_NOTHING = [
    # Alternatives, then a choice among them left to later ("think about which", `[deferral] choices`): none made.
    "Sertraline: the baby could room in with her or go to the transitional care unit for 24 hours; we will think "
    "about which at 36 weeks.",
    # A decision not yet made ("yet to be" of `[deferral.later] auxiliaries`) is put off.
    "Methadone 60 mg: where the newborn sleeps is yet to be settled.",
    # A rate over a range ("5 to 6 in 10", `_RATE`): babies in general, its "5 to 6" no measure of this case.
    "Methadone in pregnancy: 5 to 6 in 10 newborns exposed before birth show withdrawal signs.",
    # A yes-or-no question without its mark opening in brackets (`_INVERTED_QUESTION`, not the clause it sits in).
    "Methadone and the newborn (will he need 72 hours of scoring on the ward).",
    # A question about "the newborn" (`[prompt] question_subjects`) asked without its mark.
    "Methadone 60 mg: does the newborn need scoring on the ward for 72 hours.",
    # The same question opening in brackets (`_asked_about`'s matches blanked, not only the clauses they open).
    "Sertraline in pregnancy (does the baby need watching on the ward for 24 hours).",
]


@pytest.mark.parametrize("text", MUT30_DECIDES + MUT30_DECIDES_NOTHING)
def test_what_round_30_found_is_read_both_ways(text: str) -> None:
    assert _conclusion_codes(text) == ({"MA103"} if text in MUT30_DECIDES_NOTHING else set())


# Found passing by probing MA103: a "whether" clause as the subject said to be still open ("remains open", "is still
# undecided", "has yet to be agreed") names a question and answers none, as "is the question" does. An answer after
# it, a predicate that decides, an "and" opening a plan, and "whether or not ..., <plan>" stand. Worded apart from
# the probes.
WHETHER_LEFT_OPEN = [
    "Whether sertraline carries on at 100 mg after the birth remains unsettled for her and the perinatal pharmacist.",
    "Whether the newborn rooms in with her on the postnatal ward is still undecided between her and the midwife.",
    "Whether she gives her baby breast milk while on sertraline remains an open question for the perinatal team.",
]
WHETHER_SETTLED = [
    "Whether sertraline goes on was left to her: she chose to keep taking 100 mg, and the midwife watches the newborn "
    "for 24 hours.",
    "Whether the newborn needs watching has been settled: the midwife observes him on the ward for 24 hours.",
    "Whether or not she breastfeeds, the newborn is watched on the ward for 24 hours while she takes sertraline "
    "100 mg.",
    "Whether she breastfeeds is still open, but sertraline continues at 100 mg and the newborn is watched for 24 "
    "hours.",
    "Whether to lower the dose near term remains open and the newborn is watched on the ward for 24 hours.",
]


@pytest.mark.parametrize("text", WHETHER_LEFT_OPEN + WHETHER_SETTLED)
def test_a_whether_clause_said_to_be_open_decides_nothing(text: str) -> None:
    assert _sertraline_codes(text) == ({"MA103"} if text in WHETHER_LEFT_OPEN else set())


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(WHETHER_LEFT_OPEN + WHETHER_SETTLED).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_whether_clauses_left_open_are_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _sertraline_codes(pair[1]) == _sertraline_codes(pair[0])


@pytest.mark.parametrize("text", WHETHER_LEFT_OPEN)
def test_a_whether_clause_left_open_is_told_what_it_lacks_without_quoting_it(text: str) -> None:
    found = _ma103_found(text, assessment=1)
    assert found == [("$.assessments[1].conclusion", NO_STATEMENT.replace("asm-methadone", "asm-sertraline"))]


# Found passing by probing MA103: a possibility under a condition worded otherwise than "if" ("provided she ...",
# "providing", "so long as", "as long as", "on condition that", "assuming") is as open as one under "if" ("provided"
# is no filler there). A firm plan under the same conditions stands. Worded apart from the probes.
POSSIBLE_ON_CONDITION = [
    "Sertraline could carry on at 100 mg so long as her mood holds through the third trimester.",
    "The newborn could room in with her providing the midwife sees no signs of poor adaptation.",
    "She could keep taking sertraline while breastfeeding on condition that the baby feeds and gains weight well.",
    "Sertraline could go on unchanged assuming her mood stays steady through the third trimester.",
    "Sertraline could continue provided she keeps her appointments with the perinatal team.",
    "Sertraline could continue as long as she keeps her appointments with the perinatal team.",
]
FIRM_ON_CONDITION = [
    "Sertraline continues at 100 mg provided her mood stays steady; if it dips, the perinatal team raises the dose.",
    "The newborn rooms in with her so long as he feeds well, and the midwife watches him for 24 hours.",
    "Leaflet provided she reads it; sertraline continues at 100 mg and the midwife watches the newborn for 24 hours.",
]


@pytest.mark.parametrize("text", POSSIBLE_ON_CONDITION + FIRM_ON_CONDITION)
def test_a_possibility_under_any_condition_decides_nothing(text: str) -> None:
    assert _sertraline_codes(text) == ({"MA103"} if text in POSSIBLE_ON_CONDITION else set())


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(POSSIBLE_ON_CONDITION + FIRM_ON_CONDITION).flatmap(lambda t: st.tuples(st.just(t), disguised(t)))
)
def test_possibilities_under_conditions_are_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _sertraline_codes(pair[1]) == _sertraline_codes(pair[0])


@pytest.mark.parametrize("text", POSSIBLE_ON_CONDITION[:2])
def test_a_possibility_under_a_condition_is_told_what_it_lacks_without_quoting_it(text: str) -> None:
    found = _ma103_found(text, assessment=1)
    assert found == [("$.assessments[1].conclusion", NO_STATEMENT.replace("asm-methadone", "asm-sertraline"))]


# Found passing by the fifty-eighth fresh corpus (MA103): a conclusion that only copies back the product and the
# template's coded answers as "Label: value." pairs ("Sedation: no.") decides nothing; the pair's "no" is no
# decision. The same pair leading into what follows from it, a labelled plan, and a labelled care instruction
# ("Co-sleeping: no") stand. Worded apart from the corpus.
ANSWERS_RESTATED = [
    "Sertraline 50mg tablets, two each morning. Sedation: no. Infant feeding: breast.",
    "Sertraline 100 mg tablets (Lustral). Sedating: no. Feeding: breast. Stage: postnatal.",
    "Sertraline 50mg tablets (Lustral); sedation: not known; feeding: mixed.",
]
ANSWERS_CARRIED_THROUGH = [
    "Sertraline 100 mg tablets (Lustral). Sedation: no, so she does the night feeds herself; the midwife watches the "
    "newborn for 24 hours.",
    "Plan: continue sertraline 100 mg; baby: breastfed, midwife checks adaptation for 24 hours.",
    "Sertraline 100 mg. Sedation: no. Co-sleeping: no; the newborn sleeps in his own cot beside her bed.",
]


@pytest.mark.parametrize("text", ANSWERS_RESTATED + ANSWERS_CARRIED_THROUGH)
def test_the_templates_answers_restated_decide_nothing(text: str) -> None:
    assert _sertraline_codes(text) == ({"MA103"} if text in ANSWERS_RESTATED else set())


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(ANSWERS_RESTATED + ANSWERS_CARRIED_THROUGH).flatmap(lambda t: st.tuples(st.just(t), disguised(t)))
)
def test_restated_answers_are_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _sertraline_codes(pair[1]) == _sertraline_codes(pair[0])


@pytest.mark.parametrize("text", ANSWERS_RESTATED)
def test_restated_answers_are_told_what_they_lack_without_quoting_them(text: str) -> None:
    found = _ma103_found(text, assessment=1)
    assert found == [("$.assessments[1].conclusion", NO_STATEMENT.replace("asm-methadone", "asm-sertraline"))]


# Found passing by the sixty-fourth fresh corpus (MA103): any of the template's concern labels with any of its coded
# answers ("Withdrawal: likely.", "Safe sleep: advised.") copied back alone is the form, not a decision, read from
# the templates' own options and the labels and values in mappings/hollow-phrases.toml, not from a fixed list of
# pairs. The pair leading into what follows, a labelled plan, and "Co-sleeping: no" as a care instruction stand.
# Worded apart from the corpus.
LABELS_COPIED = [
    "Sertraline 100 mg tablets. Sedation: unknown. Breastfeeding: no. Withdrawal: unlikely.",
    "Sertraline 50mg tablets (Lustral)\nSafe sleep: discussed\nInfant feeding: mixed\nRelapse: likely",
    "Sertraline 100 mg tablets (Lustral); teratogenicity: unlikely; toxicity: no; neonatal withdrawal: n/a; "
    "relapse: possible.",
]
LABELS_LEADING_ON = [
    "Sertraline 100 mg continues. Co-sleeping: no - her evening dose leaves her drowsy, so the newborn sleeps in "
    "the crib.",
    "Breastfeeding: yes, with the midwife checking the newborn's feeding and tone for 48 hours; sertraline "
    "continues.",
    "Plan: continue sertraline 100 mg, mood review 4-weekly. Feeding: mixed, supported; Sleep: crib.",
    "Sertraline continues at 100 mg. Withdrawal: unlikely, so the newborn goes home at 24 hours with HV checks.",
]


@pytest.mark.parametrize("text", LABELS_COPIED + LABELS_LEADING_ON)
def test_any_concern_label_with_a_coded_answer_alone_decides_nothing(text: str) -> None:
    assert _sertraline_codes(text) == ({"MA103"} if text in LABELS_COPIED else set())


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(LABELS_COPIED + LABELS_LEADING_ON).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_copied_labels_are_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _sertraline_codes(pair[1]) == _sertraline_codes(pair[0])


@pytest.mark.parametrize("text", LABELS_COPIED)
def test_copied_labels_are_told_what_they_lack_without_quoting_them(text: str) -> None:
    found = _ma103_found(text, assessment=1)
    assert found == [("$.assessments[1].conclusion", NO_STATEMENT.replace("asm-methadone", "asm-sertraline"))]


# Found passing by the sixty-first fresh corpus (MA103): a sentence that only lists the record's own facts, the EDD,
# the gestation and the feeding answer ("EDD ..., 24+0 weeks today, formula planned."), decides nothing; "today"
# made the gestation read as a time of something done. The same facts leading into a plan, or a feeding plan with
# the newborn's care beside it, stand. Worded apart from the corpus.
FACTS_RESTATED = [
    "Sertraline 50mg tablets, two each morning. Due date 14/09/2026, 31+2 weeks today, breastfeeding planned.",
    "Sertraline 100 mg tablets (Lustral). 28+5 weeks now, EDD: 3 September 2026, bottle-fed.",
    "Sertraline 50mg tablets (Lustral). Due on 3 Sept 2026, 33+1/40 today, formula planned.",
]
FACTS_CARRIED_THROUGH = [
    "Sertraline 100 mg. EDD 14/09/2026, 31+2 weeks today: sertraline continues and the newborn is watched for 24 "
    "hours.",
    "Sertraline continues at 100 mg to the EDD of 14/09/2026; breastfeeding planned and the midwife watches the "
    "newborn for 24 hours.",
    "Sertraline 100 mg tablets. EDD 14/09/2026, 31+2 weeks today, breastfeeding planned with the midwife checking "
    "adaptation for 24 hours.",
]


@pytest.mark.parametrize("text", FACTS_RESTATED + FACTS_CARRIED_THROUGH)
def test_the_records_own_dates_and_feeding_restated_decide_nothing(text: str) -> None:
    assert _sertraline_codes(text) == ({"MA103"} if text in FACTS_RESTATED else set())


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(FACTS_RESTATED + FACTS_CARRIED_THROUGH).flatmap(lambda t: st.tuples(st.just(t), disguised(t)))
)
def test_restated_dates_are_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _sertraline_codes(pair[1]) == _sertraline_codes(pair[0])


@pytest.mark.parametrize("text", FACTS_RESTATED)
def test_restated_dates_are_told_what_they_lack_without_quoting_them(text: str) -> None:
    found = _ma103_found(text, assessment=1)
    assert found == [("$.assessments[1].conclusion", NO_STATEMENT.replace("asm-methadone", "asm-sertraline"))]


# A plan made for this baby whose reason is a leaflet's fact ("formula planned as lithium passes into milk;
# paediatric review day 1") was set aside with the fact, and its next part with it as a trailing qualifier. A
# "planned" plan is of this case; the same fact with no plan, only an option or a habit, is still general.
PLANNED_FOR_A_REASON = [
    "Formula feeds planned as sertraline reaches breast milk, paediatric check at 24 hours.",
    "Mixed feeding planned as little sertraline passes into milk; paediatric review day 1.",
]
FACT_WITHOUT_A_PLAN = [
    "Formula is an option as sertraline passes into milk; paediatric review is usual.",
    "Sertraline passes into milk; formula is often used.",
]


@pytest.mark.parametrize("text", PLANNED_FOR_A_REASON + FACT_WITHOUT_A_PLAN)
def test_a_plan_whose_reason_is_a_general_fact_stands(text: str) -> None:
    assert _sertraline_codes(text) == ({"MA103"} if text in FACT_WITHOUT_A_PLAN else set())


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(PLANNED_FOR_A_REASON + FACT_WITHOUT_A_PLAN).flatmap(lambda t: st.tuples(st.just(t), disguised(t)))
)
def test_plans_with_general_reasons_are_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _sertraline_codes(pair[1]) == _sertraline_codes(pair[0])


# Found by hand mutation (round 31, docs/safety/mutation-testing.md): each text tells the gate from one mutant of
# substance.py or mappings/hollow-phrases.toml, and each is read both ways.
MUT31_DECIDES_NOTHING = [
    # "open" of `[claim] open_predicates`: a "whether" question said to remain open answers nothing.
    "Whether the newborn goes home from the postnatal ward on day 3 remains open for her, the community midwife and "
    "the neonatal team.",
    # A possibility kept open by a condition however it is worded (`_OPEN`): "so long as", "assuming", "providing",
    # and "provided she" (`[hedges] kept`, so not blanked as the hedge "provided").
    "Sertraline in pregnancy: the newborn may be watched on the postnatal ward for 24 hours so long as a cot is free.",
    "Sertraline in pregnancy: the newborn may be watched on the postnatal ward for 24 hours assuming a cot is free.",
    "Sertraline in pregnancy: the newborn may be watched on the postnatal ward for 24 hours providing a cot is free.",
    "Sertraline in pregnancy: the newborn may be watched on the postnatal ward for 24 hours provided she agrees to "
    "stay.",
    # "pregnant" of `[claim] empty_predicates`: that she is pregnant is the premise, around a greeting.
    "Thank you for seeing this lady on methadone 60 mg, who is 30 weeks pregnant with her second baby, at the "
    "perinatal clinic.",
    # A plan only promised: "drawn up" of `[deferral.later] participles`, "is being" of its auxiliaries.
    "A perinatal plan for methadone and the newborn will be drawn up by the team.",
    "The postnatal plan for methadone is being drawn up by the team.",
    # "remain" as a link word before an empty predicate ("the focus").
    "Methadone and neonatal withdrawal remain the focus of the perinatal team.",
    # A perfect account in other words ("have been framed", `[claim] accounts`).
    "Methadone exposure, neonatal withdrawal and feeding for her newborn have been framed within the wider perinatal "
    "picture by the team.",
    # A wish without "is" before it ("keen to" of `[claim] wishes`).
    "Mum keen to continue methadone at 60 mg through the birth.",
]
MUT31_DECIDES = [
    # The same questions and possibilities answered.
    "The newborn goes home from the postnatal ward on day 3, with the community midwife visiting on day 5.",
    "Sertraline in pregnancy: the newborn is watched on the postnatal ward for 24 hours before going home.",
    # A claim stronger than "is" before the wish stands with its subject (`_without_wishes`' `stated`).
    "Methadone continues at 60 mg because she wants to stay well after the birth.",
    # A claim after the wish's "and" stands (the wish stops at "and").
    "She is keen to breastfeed and the baby stays with her on the ward for 72 hours of scoring.",
    # A statement with only "is" before the wish's "and" stands (the wish's subject starts after the "and").
    "Methadone 60 mg: the newborn is in a cot beside her bed for 72 hours of scoring and she would like to "
    "breastfeed.",
    # "remains" before what states ("remains 60 mg") still states.
    "Methadone remains 60 mg daily through labour, and the newborn is scored on the ward for 72 hours.",
]


@pytest.mark.parametrize("text", MUT31_DECIDES_NOTHING + MUT31_DECIDES)
def test_what_round_31_found_is_read_both_ways(text: str) -> None:
    assert _conclusion_codes(text) == ({"MA103"} if text in MUT31_DECIDES_NOTHING else set())


# What someone takes, said with a taking verb: the medicine, its dose and its times to the clause's end ("she takes
# it at 9 am") say what she takes, as the list does, not what follows. The same clause going on to what follows,
# or beside a decision, stands. Found passing by a ninety-second fresh corpus.
TAKES_ONLY = [
    "Joanne takes methadone 60 mg each morning at 9 am; the newborn's withdrawal, feeding and sleep.",
    "She is taking her methadone 60 mg at 9 am daily. The newborn's withdrawal, feeding and sleep.",
]
TAKES_AND_WHAT_FOLLOWS = [
    "Joanne takes methadone 60 mg each morning at 9 am and it continues unchanged; the newborn's withdrawal is "
    "scored on the ward.",
    "She takes methadone 60 mg at 9 am, so the baby is scored for withdrawal for 72 hours on the ward.",
    "She takes methadone 60 mg at 9 am. The baby is scored for withdrawal for 72 hours and feeds are watched.",
]


@pytest.mark.parametrize("text", TAKES_ONLY + TAKES_AND_WHAT_FOLLOWS)
def test_what_she_takes_with_a_taking_verb_states_nothing_that_follows(text: str) -> None:
    assert bool(_conclusion_codes(text)) is (text in TAKES_ONLY)


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(TAKES_ONLY + TAKES_AND_WHAT_FOLLOWS).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_what_she_takes_is_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _conclusion_codes(pair[1]) == _conclusion_codes(pair[0])


# A verdict word with no content said of each topic in turn ("Feeds ok. Withdrawal ok.") dismisses each, and the
# concerns named are not content; a verdict with its reason or measure after it, or the same topics with what
# follows, stand. Found passing by a ninety-second fresh corpus.
VERDICTS_IN_TURN = [
    "Methadone dose unchanged. Withdrawal ok. Feeds ok. Sleeping all good.",
    "Methadone continues.\n- Newborn: fine\n- Breastfeeding: fine\n- Sleep: normal",
]
VERDICTS_WITH_REASONS = [
    "Methadone dose unchanged. Feeds fine: she breastfeeds, as little methadone passes into milk. Withdrawal "
    "scoring for 72 hours on the ward.",
    "Methadone continues. Feeds well at day 5, weight regained; sleeps in her own cot beside the bed.",
]


@pytest.mark.parametrize("text", VERDICTS_IN_TURN + VERDICTS_WITH_REASONS)
def test_a_verdict_word_said_of_each_topic_in_turn_is_a_dismissal(text: str) -> None:
    assert bool(_conclusion_codes(text)) is (text in VERDICTS_IN_TURN)


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(VERDICTS_IN_TURN + VERDICTS_WITH_REASONS).flatmap(lambda t: st.tuples(st.just(t), disguised(t)))
)
def test_verdicts_in_turn_are_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _conclusion_codes(pair[1]) == _conclusion_codes(pair[0])


# A decision left to someone's deliberation ("think about / consider / decide / work out" before how, whether, what,
# when, where: `[deferral] choices`) is no decision: the clause is set aside as a deferral's. What was weighed and
# chosen stands. Worded apart from the red-team corpora (f100-lm-lith-you-should).
DELIBERATION_LEFT = [
    "Methadone 60 mg each morning; the parents ought to work out where the newborn will sleep once home.",
    "Methadone: her baby's father needs to consider whether the newborn is given breast milk or formula.",
    "Methadone: the couple should decide when the baby moves to its own cot.",
]
DELIBERATION_DONE = [
    "Methadone 60 mg continues. We have thought about where the baby will sleep: in a cot beside the bed, never "
    "on the sofa, and the ward scores him for withdrawal for 72 hours.",
    "Methadone 60 mg continues; she has considered how to feed and has chosen to breastfeed, and the ward scores "
    "the baby for withdrawal for 72 hours.",
]


@pytest.mark.parametrize("text", DELIBERATION_LEFT + DELIBERATION_DONE)
def test_a_decision_left_to_deliberation_decides_nothing(text: str) -> None:
    assert bool(_conclusion_codes(text)) is (text in DELIBERATION_LEFT)


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(DELIBERATION_LEFT + DELIBERATION_DONE).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_a_decision_left_to_deliberation_is_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _conclusion_codes(pair[1]) == _conclusion_codes(pair[0])


# An empty promise ("will deal with it", "to look into it" ending its clause: `[deferral] at_clause_end`) names no
# act and nothing taken on, and filler ("yada", "blah", "etc": `[hedges]`) is no content. The same verbs with what
# is done after them stand. Worded apart from the red-team corpora (f28-mark-valp-blah).
EMPTY_PROMISES = [
    "Methadone: neonatal withdrawal, co-sleeping, feeding etc etc - will get on to it.",
    "Methadone 60 mg :) :) withdrawal scoring, the cot, formula... blah blah... we will handle it!",
    "Methadone - NAS, safe sleep, breast milk, yada yada, to sort it out.",
]
PROMISES_KEPT = [
    "Methadone 60 mg continues; if the baby scores over 8 twice, the neonatal team will deal with it by starting "
    "oral morphine.",
    "Methadone 60 mg continues: the ward scores the baby for withdrawal for 72 hours, checks feeding, sleep etc.",
]


@pytest.mark.parametrize("text", EMPTY_PROMISES + PROMISES_KEPT)
def test_an_empty_promise_and_filler_decide_nothing(text: str) -> None:
    assert bool(_conclusion_codes(text)) is (text in EMPTY_PROMISES)


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(EMPTY_PROMISES + PROMISES_KEPT).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_an_empty_promise_is_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _conclusion_codes(pair[1]) == _conclusion_codes(pair[0])


# A SOAP note's findings alone (every sentence under "S:" or "O:", both there, no assessment or plan:
# `findings_only`) state no conclusion; an assessment or plan after them, or a decision written on, does.
# Worded apart from the red-team corpora (f27-soap-ctl-meth-s-o-fetal-growth).
FINDINGS_ONLY = [
    "S: says she is doing well on methadone, stable for months. O: 31/40, scan shows the baby growing on the "
    "50th centile, urine clear.",
    "Subjective: no on-top use, attends every week.\nObjective: 27+5/40, fundal height matches dates, BP 118/74.",
]
FINDINGS_THEN_CONCLUSION = [
    "S: says she is doing well on methadone. O: 31/40, growth on the 50th centile. A: the baby is likely to "
    "withdraw. P: 72 hours of scoring on the ward.",
    "S: stable for months. O: 31/40, urine clear. Methadone 60 mg continues and the ward scores the baby for "
    "withdrawal for 72 hours.",
]


@pytest.mark.parametrize("text", FINDINGS_ONLY + FINDINGS_THEN_CONCLUSION)
def test_a_soap_notes_findings_alone_state_no_conclusion(text: str) -> None:
    assert bool(_conclusion_codes(text)) is (text in FINDINGS_ONLY)


def test_a_soap_notes_headings_with_every_colon_disguised_are_read_alike() -> None:
    # Every heading's colon full width: the note holds no plain colon at all, which must not read as no heading.
    for text in FINDINGS_ONLY + FINDINGS_THEN_CONCLUSION:
        disguised_colons = text.replace(":", "\uff1a") + "\u200b"
        assert _conclusion_codes(disguised_colons) == _conclusion_codes(text)


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(FINDINGS_ONLY + FINDINGS_THEN_CONCLUSION).flatmap(lambda t: st.tuples(st.just(t), disguised(t))))
def test_a_soap_notes_findings_are_judged_alike_in_disguise(pair: tuple[str, str]) -> None:
    assert _conclusion_codes(pair[1]) == _conclusion_codes(pair[0])
