"""The red-team corpus for the share gate (issue 9), written from the specification only.

Each case is one small, named mutation of a shipped pass example (examples/pass/*.json), with a category and
the verdict the gate must give: ``refuse`` (at least one error) or ``pass`` (no error). Every category has
cases both ways: for each way of slipping a hollow record through there is a near miss that a clinician could
well write and that must not be refused. Everything in the example except the point of the case is left as it
is, so a verdict can only come from that point.

Conclusions that must pass are complete: they name each medicine they cover, say what it means for the baby
and what the professionals must do, and the overall conclusion names every medicine the record's assessments
cover. ``test_redteam.py`` checks that about the corpus itself before trusting any verdict.

Run ``python tests/redteam/cases.py`` for the category counts.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

try:  # imported as tests.redteam.cases by pytest, or run as a script
    from .disguise import full_width, homoglyphs, inside_words, swap_dashes, swap_spaces
except ImportError:  # pragma: no cover  (as a script, disguise.py is found on sys.path, where mypy does not look)
    from disguise import full_width, homoglyphs, inside_words, swap_dashes, swap_spaces  # type: ignore[no-redef, import-not-found]

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "pass"

Record = dict[str, Any]
Mutation = Callable[[Record], None]
Expect = Literal["refuse", "pass"]
REFUSE: Expect = "refuse"
PASS: Expect = "pass"

# The shipped pass examples the cases start from.
M = "antenatal-methadone-sertraline"
L = "lithium-perinatal-mental-health"
V = "valproate-unplanned-pregnancy"
N = "nothing-concerning-postnatal"
F = "postnatal-foster-placement-diazepam-pregabalin"
P = "postnatal-partner-quetiapine"
C = "antenatal-citalopram-template-1.0.0"
BASES = (M, L, V, N, F, P, C)

CATEGORIES = (
    "conclusion-hollow",
    "deferral",
    "dismissal",
    "filler",
    "repetition",
    "copy-paste",
    "joint-coverage",
    "disguise",
    "medicine-names",
    "medicine-groups",
    "unrecognised-medicine",
    "routes",
    "attribution",
    "dates",
    "identities",
    "unanswered",
    "concerns",
    "good-conclusions",
)


@functools.cache
def _example(stem: str) -> str:
    return (EXAMPLES / f"{stem}.json").read_text(encoding="utf-8")


def load_base(stem: str) -> Record:
    """A fresh copy of a shipped pass example."""
    data: Record = json.loads(_example(stem))
    return data


@dataclass(frozen=True)
class Case:
    name: str
    category: str
    expect: Expect
    base: str
    mutate: Mutation
    why: str
    parse_reject_ok: bool = False
    """True only for the rare case about input the record model itself must reject: a RecordError then
    counts as a refusal. Everywhere else a record that does not parse is a failed case."""
    base_may_match: bool = False
    """True when the shipped example may itself already lack what the case removes (the example is updated as
    the gate is rebuilt), so the mutation may change nothing today."""

    def build(self) -> Record:
        data = load_base(self.base)
        self.mutate(data)
        return data


CASES: list[Case] = []


def add(
    name: str,
    category: str,
    expect: Expect,
    base: str,
    mutate: Mutation,
    why: str,
    *,
    parse_reject_ok: bool = False,
    base_may_match: bool = False,
) -> None:
    CASES.append(Case(name, category, expect, base, mutate, why, parse_reject_ok, base_may_match))


# ------------------------------------------------------------------------------------------------------------
# Mutations. Paths are dotted, with [n] for a list position and #id for the list item with that id, e.g.
# "assessments#asm-methadone.conclusion" or "recipients#rcp-hv.route.mailbox".

_PART = re.compile(r"([A-Za-z_]+)(?:\[(\d+)\]|#([A-Za-z0-9.\-]+))?")


def _locate(doc: Record, path: str) -> tuple[Any, Any]:
    parts = path.split(".")
    node: Any = doc
    for n, part in enumerate(parts):
        match = _PART.fullmatch(part)
        if match is None:
            raise ValueError(f"bad path {path!r}")
        name, index, ident = match.groups()
        last = n == len(parts) - 1
        if index is None and ident is None:
            if last:
                return node, name
            node = node[name]
            continue
        seq = node[name]
        if index is not None:
            pos = int(index)
        else:
            found = [i for i, item in enumerate(seq) if item.get("id") == ident]
            if not found:
                raise KeyError(f"{path}: no item with id {ident!r}")
            pos = found[0]
        if last:
            return seq, pos
        node = seq[pos]
    raise ValueError(f"empty path {path!r}")


def set_(path: str, value: Any) -> Mutation:
    def mutate(doc: Record) -> None:
        parent, key = _locate(doc, path)
        parent[key] = copy.deepcopy(value)

    return mutate


def delete(path: str) -> Mutation:
    def mutate(doc: Record) -> None:
        parent, key = _locate(doc, path)
        del parent[key]  # KeyError when absent: a case must never be a silent no-op

    return mutate


def conclusion(assessment_id: str, text: str) -> Mutation:
    return set_(f"assessments#{assessment_id}.conclusion", text)


def overall(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


def add_medicine(medicine: Record) -> Mutation:
    def mutate(doc: Record) -> None:
        doc["medicines"].append(copy.deepcopy(medicine))

    return mutate


def add_assessment(assessment: Record) -> Mutation:
    def mutate(doc: Record) -> None:
        doc["assessments"].append(copy.deepcopy(assessment))

    return mutate


def replace_medicine(old_id: str, medicine: Record) -> Mutation:
    """Swap a medicine for another, keeping its place and the assessments that cover it."""

    def mutate(doc: Record) -> None:
        parent, pos = _locate(doc, f"medicines#{old_id}")
        parent[pos] = copy.deepcopy(medicine)
        for a in doc.get("assessments", []):
            a["medicine_ids"] = [medicine["id"] if m == old_id else m for m in a["medicine_ids"]]

    return mutate


def replace_assessment(old_id: str, assessment: Record) -> Mutation:
    def mutate(doc: Record) -> None:
        parent, pos = _locate(doc, f"assessments#{old_id}")
        parent[pos] = copy.deepcopy(assessment)

    return mutate


def edit(function: Callable[[Record], None]) -> Mutation:
    return function


def overall_dose(old: str, new: str) -> Mutation:
    """The overall conclusion's dose ``old`` given as ``new``: for a case that changes a dose line, so the base's
    overall conclusion does not restate the old dose against the new line (a contradiction MA130 refuses)."""

    def mutate(doc: Record) -> None:
        text: str = doc["overall_conclusion"]["text"]
        if old not in text:
            raise KeyError(f"overall conclusion has no {old!r}")
        doc["overall_conclusion"]["text"] = text.replace(old, new, 1)

    return mutate


def chain(*mutations: Mutation) -> Mutation:
    def mutate(doc: Record) -> None:
        for m in mutations:
            m(doc)

    return mutate


def conclusion_of(stem: str, assessment_id: str) -> str:
    text: str = next(a for a in load_base(stem)["assessments"] if a["id"] == assessment_id)["conclusion"]
    return text


def overall_of(stem: str) -> str:
    text: str = load_base(stem)["overall_conclusion"]["text"]
    return text


# People and organisations already in the examples (same name, same registration, same organisation).
RIVERSIDE = {"ods_code": "Y90001", "name": "Riverside Surgery"}
MILLBROOK = {"ods_code": "Y90002", "name": "Millbrook Medical Centre"}
CASTLE_STREET = {"ods_code": "Y90003", "name": "Castle Street Surgery"}
NORTHGATE = {"ods_code": "Y90004", "name": "Northgate Health Centre"}
ELM_PARK = {"ods_code": "Y90005", "name": "Elm Park Surgery"}
DRUG_SERVICE = {"ods_code": "Y90210", "name": "Hampton Drug and Alcohol Service"}
NEUROLOGY = {"ods_code": "Y90720", "name": "Castleford Royal Neurology Department"}
DERMATOLOGY = {"ods_code": "Y90740", "name": "Castleford Royal Dermatology Department"}
NORTHGATE_MATERNITY = {"ods_code": "Y90430", "name": "Northgate Hospital Maternity Unit"}
CASTLEFORD_MATERNITY = {"ods_code": "Y90420", "name": "Castleford Royal Maternity Unit"}


def gp_prescriber(org: Record) -> Record:
    return {"kind": "gp-practice", "organisation": org}


def other_prescriber(org: Record) -> Record:
    return {"kind": "other-organisation", "organisation": org}


SHAH = {
    "name": {"prefix": "Dr", "given": ["Priya"], "family": "Shah"},
    "role": "general-practitioner",
    "registration": {"body": "GMC", "number": "7012345"},
    "organisation": RIVERSIDE,
}
PRITCHARD = {
    "name": {"prefix": "Dr", "given": ["Owen"], "family": "Pritchard"},
    "role": "general-practitioner",
    "registration": {"body": "GMC", "number": "7023456"},
    "organisation": MILLBROOK,
}
MCALLISTER = {
    "name": {"prefix": "Dr", "given": ["Fiona"], "family": "McAllister"},
    "role": "general-practitioner",
    "registration": {"body": "GMC", "number": "7045678"},
    "organisation": CASTLE_STREET,
}
CAMPBELL = {
    "name": {"prefix": "Dr", "given": ["Ruth"], "family": "Campbell"},
    "role": "general-practitioner",
    "registration": {"body": "GMC", "number": "7067890"},
    "organisation": NORTHGATE,
}


def medicine(
    mid: str,
    name: str,
    dose: str,
    started: str,
    prescriber: Record,
    **extra: Any,
) -> Record:
    return {"id": mid, "name": name, "dose": dose, "started": started, "prescriber": prescriber, **extra}


# ============================================================================================================
# conclusion-hollow: long enough, names the medicine, says nothing about this mother and baby.

add("hollow-methadone-reviewed-all-factors", "conclusion-hollow", REFUSE, M,
    conclusion("asm-methadone", "Methadone reviewed today with the patient and all relevant factors were considered."),
    "a review happened; what was decided is not said")
add("hollow-sertraline-risks-benefits-discussed", "conclusion-hollow", REFUSE, M,
    conclusion("asm-sertraline",
               "Sertraline: medication reviewed, risks and benefits discussed, patient happy with the plan."),
    "stock consultation phrases; no risk to the baby, no plan")
add("hollow-lithium-assessment-completed", "conclusion-hollow", REFUSE, L,
    conclusion("asm-lithium", "Lithium - assessment completed and documented in line with the perinatal guidance."),
    "says an assessment exists, not what it concluded")
add("hollow-valproate-advice-given-plan-agreed", "conclusion-hollow", REFUSE, V,
    conclusion("asm-valproate", "Sodium valproate assessed. Appropriate advice given. Plan agreed with the patient."),
    "'appropriate advice' and 'plan agreed' without the advice or the plan")
add("hollow-diazepam-pregabalin-advice-given", "conclusion-hollow", REFUSE, F,
    conclusion("asm-diazepam-pregabalin",
               "Diazepam and pregabalin: assessment carried out, all appropriate advice given to mother."),
    "no sedation, safe sleep or withdrawal content")
add("hollow-partner-quetiapine-family-aware", "conclusion-hollow", REFUSE, P,
    conclusion("asm-partner-quetiapine",
               "Quetiapine (father's medication) has been assessed and the family is aware of the outcome."),
    "the outcome the family is aware of is never written")
add("hollow-overall-methadone-sertraline-reviewed", "conclusion-hollow", REFUSE, M,
    overall("Methadone and sertraline both reviewed as part of this perinatal medication assessment today."),
    "overall conclusion that names both medicines and concludes nothing")
add("hollow-overall-lithium-conclusion-recorded", "conclusion-hollow", REFUSE, L,
    overall("Lithium: perinatal medication assessment complete. Conclusion recorded and filed."),
    "claims a conclusion was recorded instead of recording it")
add("hollow-overall-diazepam-pregabalin-plan-in-place", "conclusion-hollow", REFUSE, F,
    overall("Diazepam and pregabalin - overall conclusion: assessment complete, plan in place, all agencies informed."),
    "'plan in place' with no plan")

add("hollow-near-miss-methadone-reviewed-with-plan", "conclusion-hollow", PASS, M,
    conclusion("asm-methadone",
               "Methadone reviewed with Jodie and her drug worker today: 60 mg daily continues, and she must not "
               "reduce it on her own. Her baby is likely to need observation for neonatal abstinence syndrome for "
               "at least 72 hours after birth, with the health visitor looking for late signs up to day 8. "
               "Breastfeeding is encouraged on a stable dose. Methadone makes her drowsy, so no co-sleeping; the "
               "cot must be seen at the first home visit."),
    "starts like the hollow one ('reviewed with') and then concludes")
add("hollow-near-miss-sertraline-risks-benefits-then-decision", "conclusion-hollow", PASS, M,
    conclusion("asm-sertraline",
               "Risks and benefits of sertraline discussed: she has decided to continue 100 mg because stopping "
               "in the past led to relapse. For the baby there is a small risk of PPHN and of adaptation symptoms "
               "(jitteriness, poor feeding) in the first days, so the maternity team will observe alongside the "
               "withdrawal observations. Sertraline is compatible with breastfeeding."),
    "'risks and benefits discussed' followed by the risks, the decision and the plan")
add("hollow-near-miss-lithium-assessment-completed-with-content", "conclusion-hollow", PASS, L,
    conclusion("asm-lithium",
               "Assessment completed with the perinatal psychiatrist. Lithium continues because relapse after "
               "birth, including postpartum psychosis, is the greater risk. Levels monthly, weekly from 36 weeks "
               "and within 24 hours of delivery; the baby needs a paediatric review and checks for floppiness, "
               "poor feeding and thyroid problems. Lithium passes into breast milk, so she will bottle feed."),
    "'assessment completed' as a lead-in to a real conclusion")
add("hollow-near-miss-valproate-advice-given-is-spelt-out", "conclusion-hollow", PASS, V,
    conclusion("asm-valproate",
               "Advice given: do not stop sodium valproate suddenly, as seizures in pregnancy are dangerous for "
               "her and the baby. The baby has had first-trimester valproate exposure, with about a 1 in 10 risk "
               "of a major malformation and a higher risk of developmental problems, so urgent neurology review "
               "and a fetal medicine scan have been requested today. Folic acid 5 mg started; breastfeeding advice "
               "to follow from neurology once the plan is agreed."),
    "'advice given' with the advice; 'to follow' inside a substantive conclusion")
add("hollow-near-miss-diazepam-pregabalin-carried-out-on-ward", "conclusion-hollow", PASS, F,
    conclusion("asm-diazepam-pregabalin",
               "Assessment carried out on the ward with the foster carer present. Diazepam and pregabalin together "
               "make mum drowsy, especially at night: she must not co-sleep or feed lying down, and the foster "
               "carer does the night feeds for now. The baby may still show late withdrawal signs up to day 8, so "
               "the foster carer and HV will watch for tremor, poor feeding and inconsolable crying. Both continue "
               "for now; a slow diazepam reduction is planned at the 6-week review."),
    "'assessment carried out' followed by the plan")
add("hollow-near-miss-partner-family-aware-of-what", "conclusion-hollow", PASS, P,
    conclusion("asm-partner-quetiapine",
               "The family is aware: the father's quetiapine 300 mg at night leaves him heavily sedated for "
               "several hours, so he must not sleep with the baby on a bed, sofa or chair or do night feeds after "
               "his dose. The mother does the night feeds and the baby sleeps in the next-to-me crib; the health "
               "visitor will check this at each visit for the first 8 weeks."),
    "'the family is aware' of a stated plan")

# ============================================================================================================
# deferral: the conclusion points elsewhere instead of concluding.

add("deferral-please-refer-to-drug-service-letter", "deferral", REFUSE, M,
    conclusion("asm-methadone", "Please refer to the drug service letter."),
    "issue 9's example: a deferral, exactly 40 characters")
add("deferral-as-per-letter-dated", "deferral", REFUSE, M,
    conclusion("asm-methadone", "As per letter dated 3/2 from the drug service regarding methadone."),
    "'as per letter dated ...' names the medicine and defers")
add("deferral-sertraline-see-clinic-letter", "deferral", REFUSE, M,
    conclusion("asm-sertraline", "Sertraline - see clinic letter from the perinatal mental health team."),
    "the pointer is after the medicine name, not at the start")
add("deferral-pending-review-padded", "deferral", REFUSE, M,
    conclusion("asm-methadone",
               "Methadone: pending review. Pending review by drug service, pending review by maternity team."),
    "'pending review' padded to length")
add("deferral-lithium-plan-as-per-team-letter", "deferral", REFUSE, L,
    conclusion("asm-lithium",
               "Lithium plan as per the perinatal mental health team letter dated 28/04/2026, copy scanned into "
               "notes."),
    "the plan is in a scanned letter the receivers never get")
add("deferral-valproate-awaiting-letter", "deferral", REFUSE, V,
    conclusion("asm-valproate",
               "Valproate - awaiting neurology opinion, will update this conclusion when the letter arrives."),
    "a promise of a conclusion")
add("deferral-diazepam-pregabalin-refer-to-discharge-summary", "deferral", REFUSE, F,
    conclusion("asm-diazepam-pregabalin",
               "Diazepam and pregabalin: refer to discharge summary and neonatal unit letter for full plan."),
    "both medicines named, the plan elsewhere")
add("deferral-overall-see-assessments-above", "deferral", REFUSE, M,
    overall("Methadone and sertraline - see individual assessments above and the drug service letter."),
    "the overall conclusion defers to the parts and to a letter")
add("deferral-partner-see-fathers-gp-records", "deferral", REFUSE, P,
    conclusion("asm-partner-quetiapine",
               "Quetiapine: see father's GP records at Elm Park Surgery for assessment of his medication."),
    "points at another practice's records")
add("deferral-overall-valproate-letter-to-follow", "deferral", REFUSE, V,
    overall("Sodium valproate and folic acid: refer to neurology letter (to follow) for the plan in this "
            "pregnancy."),
    "names every medicine and defers to a letter not yet written")
add("deferral-methadone-see-letter-for-full-details", "deferral", REFUSE, M,
    conclusion("asm-methadone",
               "Methadone - see letter from the Hampton Drug and Alcohol Service dated 02/03/2026 for full details "
               "of dose and plan."),
    "long and specific about the letter, empty about the baby")

add("deferral-near-miss-see-also-letter-in-summary", "deferral", PASS, M,
    conclusion("asm-methadone",
               "See also the drug service letter. In summary: methadone 60 mg daily continues through pregnancy "
               "and must not be cut down without the drug service. The baby is likely to need NAS observation "
               "for at least 72 hours on the postnatal ward; breastfeeding is encouraged on a stable dose. Because "
               "of sedation after each dose there must be no co-sleeping, and the health visitor will see the cot "
               "at the first visit."),
    "issue 9's false refusal: a pointer followed by a real conclusion")
add("deferral-near-miss-please-see-baby-within-48-hours", "deferral", PASS, P,
    conclusion("asm-partner-quetiapine",
               "Please see the baby at home within 48 hours of discharge to check the sleeping arrangements: the "
               "father's quetiapine 300 mg at night leaves him too drowsy to care for the baby safely after his "
               "dose, so he must not share a bed or sofa with the baby or do night feeds. The mother does the "
               "night feeds and the baby sleeps in its own crib."),
    "issue 9's false refusal: 'Please see the baby ...' is an instruction, not a deferral")
add("deferral-near-miss-as-per-plan-which-it-summarises", "deferral", PASS, L,
    conclusion("asm-lithium",
               "As per the perinatal mental health plan of 28/04/2026, which this conclusion summarises: lithium "
               "continues at 800 mg at night, with levels monthly, weekly from 36 weeks and within 24 hours of "
               "birth. The baby needs a paediatric review after birth and observation for floppiness, poor "
               "feeding and thyroid problems. Lithium passes into breast milk, so she will bottle feed."),
    "'as per ... plan' leading into the plan itself")
add("deferral-near-miss-referral-letters-sent", "deferral", PASS, V,
    conclusion("asm-valproate",
               "Referral letters to neurology and fetal medicine sent today (copies attached). Sodium valproate "
               "must continue unchanged until the neurologist reviews it, because stopping suddenly risks "
               "seizures. The baby was exposed in the first trimester: about a 1 in 10 risk of a major "
               "malformation and a higher risk of later developmental problems, so a detailed anomaly scan is "
               "needed. Folic acid 5 mg started."),
    "mentions letters as actions taken, then concludes")
add("deferral-near-miss-refer-to-neonatal-unit-instruction", "deferral", PASS, F,
    conclusion("asm-diazepam-pregabalin",
               "Refer to the neonatal unit if the baby has inconsolable crying, tremor or poor feeding before day "
               "8. Diazepam and pregabalin make the mother drowsy, so she must never co-sleep or feed the baby "
               "lying down, and the foster carer does night feeds. Both medicines continue for now with a slow "
               "diazepam reduction planned at the 6-week check."),
    "'Refer to ...' as a clinical instruction, not a pointer to a document")
add("deferral-near-miss-overall-details-in-letter-copied", "deferral", PASS, M,
    overall("Methadone and sertraline continue unchanged (full details in the drug service letter of "
            "02/03/2026, copied to maternity). The baby needs NAS observation for at least 72 hours and a check "
            "for SSRI adaptation symptoms; breastfeeding is supported. No co-sleeping because of methadone "
            "sedation; the social worker and health visitor will see the sleeping arrangements before discharge."),
    "a bracketed pointer inside a complete overall conclusion")

# ============================================================================================================
# dismissal: "no concerns" / "not applicable" with nothing behind it.

add("dismissal-no-concerns-regarding-methadone", "dismissal", REFUSE, M,
    conclusion("asm-methadone", "No concerns regarding methadone at this time noted."),
    "issue 9's example: a long non-answer with no reason")
add("dismissal-not-applicable-long-form", "dismissal", REFUSE, M,
    conclusion("asm-sertraline", "Not applicable to this pregnancy as far as the sertraline is concerned at present."),
    "a long-form 'not applicable'")
add("dismissal-lithium-no-issues-no-action", "dismissal", REFUSE, L,
    conclusion("asm-lithium", "Lithium - no issues identified and no further action required at this time."),
    "dismisses a medicine that needs levels, a paediatric review and feeding advice")
add("dismissal-valproate-nothing-of-concern", "dismissal", REFUSE, V,
    conclusion("asm-valproate", "Valproate: nothing of concern to note from a perinatal point of view today."),
    "dismisses first-trimester valproate exposure")
add("dismissal-diazepam-pregabalin-no-safeguarding-concerns", "dismissal", REFUSE, F,
    conclusion("asm-diazepam-pregabalin",
               "Diazepam and pregabalin - no safeguarding concerns identified regarding these medicines."),
    "no reason given; sedation and withdrawal ignored")
add("dismissal-overall-no-concerns-nothing-to-add", "dismissal", REFUSE, M,
    overall("Methadone and sertraline: no concerns noted at this time, nothing further to add."),
    "overall dismissal naming both medicines")
add("dismissal-overall-lithium-no-perinatal-concerns", "dismissal", REFUSE, L,
    overall("No perinatal concerns regarding lithium noted at this appointment."),
    "overall dismissal")

add("dismissal-near-miss-no-concerns-breastfeeding-with-reason", "dismissal", PASS, M,
    conclusion("asm-sertraline",
               "No concerns about sertraline in breastfeeding: very little passes into breast milk and it is the "
               "preferred SSRI, so she should breastfeed. In pregnancy there is a small risk of PPHN and of "
               "adaptation symptoms in the first days, which the maternity team will watch for alongside the "
               "withdrawal observations. Sertraline 100 mg continues because stopping risks relapse of her "
               "depression."),
    "'no concerns' with a reason, inside a complete conclusion")
add("dismissal-near-miss-partner-no-exposure-but-sedation", "dismissal", PASS, P,
    conclusion("asm-partner-quetiapine",
               "No concerns about the baby being exposed to quetiapine, because it is the father's medicine; the "
               "concern is his sedation. He is very hard to wake for hours after his 300 mg night dose, so he must "
               "never sleep with the baby on a bed, sofa or armchair or do night feeds. The mother does night "
               "feeds and the health visitor will check the crib at every visit."),
    "a dismissal of one risk with its reason, and the real risk addressed")
add("dismissal-near-miss-lithium-not-sedating-with-reason", "dismissal", PASS, L,
    conclusion("asm-lithium",
               "Lithium at 800 mg is not sedating, so no specific co-sleeping concern beyond standard safe sleep "
               "advice. It does matter for the baby: paediatric review after birth, watching for floppiness, poor "
               "feeding and thyroid problems, and no breastfeeding because it passes into milk. Lithium continues "
               "with levels monthly, weekly from 36 weeks and within 24 hours of birth, because relapse after "
               "birth is the greater risk."),
    "'no specific concern' about one aspect, with a reason, plus the rest")
add("dismissal-near-miss-overall-valproate-no-seizures", "dismissal", PASS, V,
    overall("No seizures so far in this pregnancy, and sodium valproate continues unchanged until the urgent "
            "neurology review: stopping suddenly risks seizures and harm to her and the baby. The baby has had "
            "first-trimester exposure (about 1 in 10 risk of major malformation), so neurology and fetal medicine "
            "referrals went today. Folic acid 5 mg started; she wants to continue the pregnancy."),
    "starts with 'No ...', then concludes")
add("dismissal-near-miss-overall-no-concerns-with-arrangements", "dismissal", PASS, F,
    overall("No concerns with the foster carer's arrangements, which the health visitor saw on 13/06: cot in the "
            "carer's room and the carer doing night feeds. Diazepam and pregabalin continue for now but sedate "
            "the mother, so no bed, sofa or armchair sharing and no feeding lying down. Late withdrawal signs are "
            "possible until day 8; the foster carer, health visitor and social worker all hold this plan."),
    "'no concerns' about something seen, with the plan")

# ============================================================================================================
# filler: not language.

add("filler-lorem-ipsum-with-medicine-name", "filler", REFUSE, M,
    conclusion("asm-methadone",
               "Lorem ipsum dolor sit amet, methadone consectetur adipiscing elit, sed do eiusmod tempor."),
    "lorem ipsum with the medicine name dropped in")
add("filler-keyboard-mash", "filler", REFUSE, M,
    conclusion("asm-sertraline", "asdfgh jkl sertraline qwerty uiop zxcvbnm asdf qwe rty sertraline."),
    "keyboard mash around the medicine name")
add("filler-blah-blah", "filler", REFUSE, L,
    conclusion("asm-lithium", "Lithium blah blah blah blah blah blah blah blah blah blah blah."),
    "'blah' padding")
add("filler-xxx-padding", "filler", REFUSE, V,
    conclusion("asm-valproate", "Valproate xxxxxxxx xxxxxxxxx xxxxxxx xxxxxxxxxxx xxxxxxx xxxxx."),
    "x padding to pass a length check")
add("filler-template-text-left-in", "filler", REFUSE, F,
    conclusion("asm-diazepam-pregabalin",
               "Diazepam pregabalin test test test conclusion text goes here placeholder."),
    "template text never replaced")
add("filler-random-consonants", "filler", REFUSE, P,
    conclusion("asm-partner-quetiapine",
               "Quetiapine hjkdfs ghjdfkg sdfjkhsdf jhgsdfjh kjhsdfkjh sdfkjhsdf."),
    "random letters, not words")
add("filler-overall-long-lorem", "filler", REFUSE, M,
    overall("Methadone sertraline lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor "
            "incididunt ut labore et dolore magna aliqua."),
    "a long lorem ipsum overall conclusion")

add("filler-near-miss-abbreviations-methadone", "filler", PASS, M,
    conclusion("asm-methadone",
               "Methadone 60mg OD to continue, supervised consumption via DAS. Baby at risk of NAS: obs on PNW min "
               "72h, SCBU/NNU if scores rise; HV to check for late signs to day 8. BF encouraged on stable dose. "
               "Sedated post-dose so no co-sleeping; cot to be seen at NBV."),
    "dense clinical abbreviations are language")
add("filler-near-miss-abbreviations-sertraline", "filler", PASS, M,
    conclusion("asm-sertraline",
               "Sertraline 100mg OD cont. Small risk PPHN (~3/1000) + poor neonatal adaptation; paeds aware, MW "
               "to obs with NAS scoring. BF compatible. Relapse risk high if stopped - GP r/v mood at 6/52 PN "
               "check."),
    "GP shorthand (r/v, 6/52, PN, MW, paeds)")
add("filler-near-miss-arrows-and-shorthand", "filler", PASS, F,
    conclusion("asm-diazepam-pregabalin",
               "Diazepam + pregabalin \u2192 sedation ++, esp. nights. No co-sleeping / sofa sleeping, no feeding "
               "lying down; FC does night feeds. Baby: late w/d signs poss. to D8 \u2013 FC + HV to watch, NNU if "
               "tremor/poor feeding. Both cont. for now; slow diazepam wean from 6/52 r/v."),
    "arrows, '++', slashes and en dashes")
add("filler-near-miss-lithium-abbreviated", "filler", PASS, L,
    conclusion("asm-lithium",
               "Li (Priadel) 800mg nocte continues \u2013 relapse risk PN (incl. puerperal psychosis) outweighs "
               "fetal risk. Li levels 4-wkly, wkly from 36/40, <24h post delivery. Paeds r/v at birth: floppy "
               "baby, poor feeding, TFTs. Not for BF (Li in breast milk) \u2013 bottle feeding agreed."),
    "'Li', '36/40', 'nocte', 'TFTs': abbreviations clinicians write")

# ============================================================================================================
# repetition: mostly the same words again.

add("repetition-one-word", "repetition", REFUSE, M,
    conclusion("asm-methadone",
               "Methadone methadone methadone methadone methadone methadone methadone methadone."),
    "issue 9: one word repeated")
add("repetition-one-sentence", "repetition", REFUSE, M,
    conclusion("asm-sertraline",
               "Continue sertraline. Continue sertraline. Continue sertraline. Continue sertraline. Continue "
               "sertraline."),
    "one short sentence pasted five times")
add("repetition-comma-list", "repetition", REFUSE, L,
    conclusion("asm-lithium",
               "Lithium to continue, lithium to continue, lithium to continue, lithium to continue, lithium to "
               "continue."),
    "a phrase repeated to length")
add("repetition-overall-medicine-names", "repetition", REFUSE, V,
    overall("Sodium valproate and folic acid. Sodium valproate and folic acid. Sodium valproate and folic acid. "
            "Sodium valproate and folic acid."),
    "medicine names repeated")
add("repetition-content-word", "repetition", REFUSE, F,
    conclusion("asm-diazepam-pregabalin",
               "Diazepam and pregabalin: baby baby baby baby baby baby baby baby baby baby baby baby baby baby."),
    "a content word repeated is still repetition")
add("repetition-two-word-phrase", "repetition", REFUSE, P,
    conclusion("asm-partner-quetiapine",
               "Quetiapine sedation. Quetiapine sedation. Quetiapine sedation. Quetiapine sedation. Quetiapine "
               "sedation."),
    "'sedation' is relevant; five times is not a conclusion")

add("repetition-near-miss-names-repeated-naturally", "repetition", PASS, M,
    conclusion("asm-methadone",
               "Methadone continues at 60 mg daily; methadone must not be reduced without the drug service. The "
               "baby will be watched for methadone withdrawal for at least 72 hours, and for late signs up to day "
               "8 by the health visitor. Breastfeeding helps the baby and is safe on a stable methadone dose. After "
               "each methadone dose she is drowsy, so the baby must never sleep in her bed or on the sofa."),
    "the medicine and 'baby' recur, as in real writing")
add("repetition-near-miss-labelled-lines", "repetition", PASS, L,
    conclusion("asm-lithium",
               "Lithium: continue 800 mg at night.\nLevels: monthly, weekly from 36 weeks, within 24 hours of "
               "birth.\nBaby: paediatric review after birth; watch for floppiness, poor feeding and drowsiness; "
               "thyroid check if unwell.\nFeeding: bottle, as lithium passes into breast milk.\nMother: high "
               "relapse risk after birth; perinatal team to see her within a week."),
    "a structured conclusion with repeated label pattern")
add("repetition-near-miss-repeated-no", "repetition", PASS, F,
    conclusion("asm-diazepam-pregabalin",
               "No co-sleeping. No sofa sleeping. No feeding lying down. Diazepam and pregabalin both sedate the "
               "mother, so the foster carer does the night feeds while she is drowsy. The baby may show late "
               "withdrawal signs up to day 8: the foster carer and health visitor will watch for tremor, poor "
               "feeding and crying. Both medicines continue for now, with a slow diazepam reduction from the "
               "6-week review."),
    "three parallel 'No ...' sentences for emphasis")

# ============================================================================================================
# copy-paste: one conclusion under assessments of different medicines.

_JOINT_M = ("Methadone and sertraline both continue through pregnancy. The baby will be observed for withdrawal "
            "and adaptation symptoms for at least 72 hours after birth, breastfeeding is supported, and there must "
            "be no co-sleeping because of methadone sedation.")

add("copy-paste-methadone-conclusion-under-sertraline", "copy-paste", REFUSE, M,
    conclusion("asm-sertraline", conclusion_of(M, "asm-methadone")),
    "the methadone conclusion pasted under the sertraline assessment")
add("copy-paste-generic-under-both", "copy-paste", REFUSE, M,
    chain(conclusion("asm-methadone", _JOINT_M), conclusion("asm-sertraline", _JOINT_M)),
    "a conclusion naming both, pasted under two single-medicine assessments")
add("copy-paste-generic-under-both-case-and-spacing", "copy-paste", REFUSE, M,
    chain(conclusion("asm-methadone", _JOINT_M),
          conclusion("asm-sertraline", "  " + _JOINT_M.upper().replace(". ", ".   ").rstrip(".") + "  ")),
    "the same conclusion with case, spacing and final stop changed")
add("copy-paste-generic-under-both-disguised", "copy-paste", REFUSE, M,
    chain(conclusion("asm-methadone", _JOINT_M),
          conclusion("asm-sertraline", inside_words(homoglyphs(_JOINT_M, "aeo"), "\u200b", every=3))),
    "the same conclusion disguised with look-alike letters and zero-width spaces")
add("copy-paste-generic-everywhere", "copy-paste", REFUSE, M,
    chain(conclusion("asm-methadone", _JOINT_M), conclusion("asm-sertraline", _JOINT_M), overall(_JOINT_M)),
    "one generic conclusion repeated in every place")

_DIAZEPAM_ASSESSMENT = {
    "id": "asm-diazepam",
    "medicine_ids": ["med-diazepam"],
    "impact_on_mother": {
        "sedation": "yes",
        "parenting_capacity": "Diazepam 5 mg three times a day makes her drowsy for an hour or two after each dose "
        "and at night; she has cared for the baby on the ward with prompting.",
        "safe_sleep": "Must never share a bed, sofa or armchair with the baby or feed lying down at night; cot in "
        "the foster carer's room and the foster carer does night feeds.",
    },
    "impact_on_baby": {
        "summary": "Exposed to diazepam throughout pregnancy: withdrawal signs (irritability, tremor, poor feeding "
        "and sleep) can appear up to day 8, and diazepam near birth can make a baby floppy and slow to feed.",
        "neonatal_withdrawal_plan": "Observed on the postnatal ward for 5 days under the local neonatal abstinence "
        "guideline; mild signs on day 3, no treatment needed. Foster carer and health visitor to watch for late "
        "signs until day 8 and to call the neonatal unit for feeding problems, inconsolable crying or tremor.",
        "breastfeeding": "Baby is bottle fed by choice; no advice needed on diazepam in breast milk.",
    },
    "recommendations": "Do not stop diazepam suddenly: withdrawal risks seizures. GP to agree a slow reduction at the "
    "6-week review. Dose changes shared with the social worker, foster carer and health visitor the same week.",
    "conclusion": "Diazepam continues at 5 mg three times a day for now, with a slow reduction planned from the "
    "6-week review. It makes the mother drowsy, so no co-sleeping, no feeding lying down, and the foster carer "
    "does night feeds. The baby may show late withdrawal signs up to day 8.",
    "author": PRITCHARD,
    "date": "2026-06-12",
}
_PREGABALIN_ASSESSMENT = {
    "id": "asm-pregabalin",
    "medicine_ids": ["med-pregabalin"],
    "impact_on_mother": {
        "sedation": "yes",
        "parenting_capacity": "Pregabalin 150 mg twice a day adds to the drowsiness, mostly in the evening.",
        "safe_sleep": "No bed, sofa or armchair sharing with the baby; the foster carer does the night feeds.",
    },
    "impact_on_baby": {
        "summary": "Exposed to pregabalin throughout pregnancy: withdrawal signs possible up to day 8. "
        "First-trimester pregabalin slightly raises the risk of malformations (about 5.6% against 4.1%); the "
        "newborn examination was normal.",
        "neonatal_withdrawal_plan": "Foster carer and health visitor watch for late signs until day 8, as in the "
        "diazepam plan.",
        "breastfeeding": "Baby is bottle fed by choice.",
    },
    "recommendations": "Do not stop pregabalin suddenly. Review the need for it at the 6-week check; prescriptions "
    "weekly while in the placement.",
    "conclusion": "Pregabalin continues at 150 mg twice a day. The newborn check was normal despite first-trimester "
    "exposure, but the baby may still show withdrawal signs until day 8, which the foster carer and health visitor "
    "will watch for. Pregabalin adds to the mother's drowsiness: no co-sleeping and another adult awake for night "
    "feeds.",
    "author": PRITCHARD,
    "date": "2026-06-12",
}


def _split_f(diazepam_conclusion: str | None = None, pregabalin_conclusion: str | None = None) -> Mutation:
    """The foster example's joint assessment split into one assessment per medicine."""
    diazepam = dict(_DIAZEPAM_ASSESSMENT)
    pregabalin = dict(_PREGABALIN_ASSESSMENT)
    if diazepam_conclusion is not None:
        diazepam["conclusion"] = diazepam_conclusion
    if pregabalin_conclusion is not None:
        pregabalin["conclusion"] = pregabalin_conclusion

    def mutate(doc: Record) -> None:
        doc["assessments"] = [copy.deepcopy(diazepam), copy.deepcopy(pregabalin)]

    return mutate


add("copy-paste-joint-conclusion-under-split-assessments", "copy-paste", REFUSE, F,
    _split_f(conclusion_of(F, "asm-diazepam-pregabalin"), conclusion_of(F, "asm-diazepam-pregabalin")),
    "the joint conclusion pasted under two separate assessments, neither of which covers both")

_MERGED_M = {
    "id": "asm-methadone-sertraline",
    "medicine_ids": ["med-methadone", "med-sertraline"],
    "impact_on_mother": {
        "sedation": "yes",
        "parenting_capacity": "Stable on methadone 60 mg for three months with supervised consumption; no on-top use "
        "reported by the drug service. Sedation peaks two to four hours after the dose. Mood stable on sertraline "
        "100 mg; stopping risks relapse of depression.",
        "safe_sleep": "Advised never to share a bed or sofa with the baby after her methadone dose; cot in the "
        "parents' room agreed. Sleeping arrangements to be seen at the first home visit.",
    },
    "impact_on_baby": {
        "summary": "Neonatal withdrawal from methadone is likely, usually from 48 to 72 hours after birth but up to "
        "day 8. Sertraline adds a small risk of persistent pulmonary hypertension of the newborn and of neonatal "
        "adaptation symptoms in the first days.",
        "neonatal_withdrawal_plan": "Observe on the postnatal ward for at least 72 hours per the local neonatal "
        "abstinence guideline, watching for adaptation symptoms too; health visitor to check for late signs up to "
        "day 8.",
        "breastfeeding": "Breastfeeding is compatible with a stable methadone dose and with sertraline, and is "
        "encouraged.",
    },
    "recommendations": "Do not reduce or stop methadone without the drug service. Continue sertraline 100 mg. "
    "Paediatric team to be aware at delivery. Any dose change to be shared with maternity and the health visitor "
    "the same week.",
    "conclusion": "Methadone 60 mg and sertraline 100 mg both continue unchanged: stopping either risks relapse. "
    "The baby is likely to need observation for neonatal withdrawal from methadone for at least 72 hours, and the "
    "midwife will also watch for sertraline adaptation symptoms. Breastfeeding is supported on both. Methadone "
    "sedation means no co-sleeping; the cot will be checked at the home visit.",
    "author": SHAH,
    "date": "2026-03-02",
}


def _merge_m(conclusion_text: str | None = None) -> Mutation:
    merged = dict(_MERGED_M)
    if conclusion_text is not None:
        merged["conclusion"] = conclusion_text

    def mutate(doc: Record) -> None:
        doc["assessments"] = [copy.deepcopy(merged)]

    return mutate


add("copy-paste-near-miss-split-with-own-conclusions", "copy-paste", PASS, F,
    _split_f(),
    "separate assessments, each with its own conclusion")
add("copy-paste-near-miss-shared-closing-sentence", "copy-paste", PASS, M,
    conclusion("asm-sertraline",
               "Sertraline should continue: the risk of relapse outweighs the small risks to the baby, which the "
               "maternity team will watch for after birth. Breastfeeding is supported."),
    "two different conclusions may share a short sentence")
add("copy-paste-near-miss-joint-assessment-names-both", "copy-paste", PASS, M,
    _merge_m(),
    "one assessment jointly covering and naming both medicines")
add("copy-paste-near-miss-same-opening-line", "copy-paste", PASS, M,
    chain(conclusion("asm-methadone", "Reviewed with Jodie at 29 weeks. " + conclusion_of(M, "asm-methadone")),
          conclusion("asm-sertraline", "Reviewed with Jodie at 29 weeks. " + conclusion_of(M, "asm-sertraline"))),
    "the same opening line, different conclusions")

# ============================================================================================================
# joint-coverage: a conclusion that covers several medicines must name each.

add("joint-conclusion-omits-pregabalin", "joint-coverage", REFUSE, F,
    conclusion("asm-diazepam-pregabalin",
               "Diazepam causes significant sedation: the mother must not co-sleep or feed the baby lying down, "
               "and night care in the placement needs another adult awake. The baby may show late withdrawal up "
               "to day 8. Diazepam continues for now, with a supervised reduction planned."),
    "issue 9: a joint assessment whose conclusion never mentions one of its medicines")
add("joint-conclusion-omits-diazepam", "joint-coverage", REFUSE, F,
    conclusion("asm-diazepam-pregabalin",
               "Pregabalin causes drowsiness: the mother must not co-sleep or feed the baby lying down, and night "
               "care in the placement needs another adult awake. The baby may show late withdrawal up to day 8. "
               "Pregabalin continues unchanged for now."),
    "the other medicine left out")
add("joint-overall-omits-sertraline", "joint-coverage", REFUSE, M,
    overall("Continue methadone unchanged. Plan for neonatal withdrawal observation on the postnatal ward; "
            "breastfeeding supported. No co-sleeping because of methadone sedation; the social worker and health "
            "visitor will see the sleeping arrangements before discharge."),
    "the overall conclusion covers every medicine needing assessment")
add("joint-merged-conclusion-names-only-methadone", "joint-coverage", REFUSE, M,
    _merge_m(conclusion_of(M, "asm-methadone")),
    "a merged assessment of methadone and sertraline concluding on methadone only")
add("joint-overall-omits-pregabalin", "joint-coverage", REFUSE, F,
    overall("Diazepam continues for now. Sedation is the main risk to the baby: no bed, sofa or armchair sharing, "
            "no feeding lying down, and night feeds by the foster carer while the mother is sedated. Late "
            "withdrawal signs possible until day 8; the foster carer, health visitor and social worker all hold "
            "this plan."),
    "overall conclusion silent on pregabalin")

_PARTNER_PROMETHAZINE = medicine(
    "med-partner-promethazine", "Promethazine hydrochloride 25mg tablets", "25 mg at night when needed for sleep",
    "2025-11-03", other_prescriber(ELM_PARK), taken_by="partner",
)


def _partner_joint(conclusion_text: str, overall_text: str | None = None) -> Mutation:
    steps = [
        add_medicine(_PARTNER_PROMETHAZINE),
        set_("assessments#asm-partner-quetiapine.medicine_ids", ["med-partner-quetiapine", "med-partner-promethazine"]),
        set_("assessments#asm-partner-quetiapine.impact_on_mother.parenting_capacity",
             "The father takes quetiapine 300 mg at night for bipolar disorder, and promethazine 25 mg on nights he "
             "cannot sleep; he is very hard to wake for several hours after his doses. He is well and shares the "
             "baby's care in the daytime."),
        conclusion("asm-partner-quetiapine", conclusion_text),
    ]
    if overall_text is not None:
        steps.append(overall(overall_text))
    return chain(*steps)


_PARTNER_JOINT_OVERALL = (
    "The mother's own medicines (paracetamol) raise no concern. The father's quetiapine and promethazine cause "
    "heavy sedation at night: no co-sleeping with him on a bed, sofa or armchair, and no night feeds by him after "
    "his doses. Sleeping arrangements seen and safe; the health visitor will keep checking them."
)
add("joint-partner-conclusion-omits-promethazine", "joint-coverage", REFUSE, P,
    _partner_joint(conclusion_of(P, "asm-partner-quetiapine"), _PARTNER_JOINT_OVERALL),
    "the father's promethazine added to the assessment, the conclusion still names quetiapine only")

add("joint-near-miss-brand-name-lyrica", "joint-coverage", PASS, F,
    conclusion("asm-diazepam-pregabalin",
               "Diazepam and Lyrica together cause significant sedation: the mother must not co-sleep or feed the "
               "baby lying down, and night care in the placement needs another adult awake. The baby may show "
               "late withdrawal up to day 8. Both continue unchanged for now, with a supervised diazepam "
               "reduction planned."),
    "pregabalin named by its brand, Lyrica")
add("joint-near-miss-partner-names-both", "joint-coverage", PASS, P,
    _partner_joint(
        "The father's night-time quetiapine, with promethazine on the nights he takes it, makes him too sedated "
        "to care for the baby safely at night or to share a bed or sofa with the baby. The mother does the night "
        "feeds and the baby sleeps in its own crib; the health visitor will keep checking this.",
        _PARTNER_JOINT_OVERALL),
    "a joint assessment of the father's two sedating medicines naming both")
add("joint-near-miss-names-with-doses-and-shorthand", "joint-coverage", PASS, F,
    overall("Diazepam 5 mg tds and pregabalin 150 mg bd continue for now. Sedation is the main risk to the baby: no "
            "bed, sofa or armchair sharing, no feeding lying down, and night feeds by the foster carer while the "
            "mother is drowsy. Late withdrawal signs possible until day 8; the foster carer, health visitor and "
            "social worker all hold this plan."),
    "names with doses and tds/bd shorthand")

# ============================================================================================================
# disguise: hollow text in disguise is refused like the plain text; good text in disguise passes.

add("disguise-see-letter-cyrillic", "disguise", REFUSE, M,
    conclusion("asm-methadone", homoglyphs("See letter from drug service about methadone.", "eo")),
    "a pointer spelt with Cyrillic е and о")
add("disguise-no-concerns-greek-and-zero-width", "disguise", REFUSE, M,
    conclusion("asm-methadone",
               inside_words(homoglyphs("No concerns regarding methadone at this time noted.", "o", variant=1),
                            "\u200b", every=2)),
    "the issue's dismissal with Greek omicron and zero-width spaces")
add("disguise-full-width-deferral", "disguise", REFUSE, M,
    conclusion("asm-sertraline", full_width("Sertraline: please refer to the clinic letter.")),
    "a deferral in full-width forms")
add("disguise-soft-hyphen-pending-review", "disguise", REFUSE, L,
    conclusion("asm-lithium",
               "Lithium \u2013 pend\u00ading re\u00adview, pend\u00ading re\u00adview, pend\u00ading "
               "re\u00adview by the perinatal team."),
    "'pending review' broken up by soft hyphens")
add("disguise-bidi-controls-as-per-letter", "disguise", REFUSE, V,
    conclusion("asm-valproate",
               "Valproate \u2066as per letter\u2069 dated 3/2 from neurology, \u200fsee letter\u200f for details."),
    "deferral phrases wrapped in bidi isolates and marks")
add("disguise-lorem-ipsum-cyrillic", "disguise", REFUSE, F,
    conclusion("asm-diazepam-pregabalin",
               homoglyphs("Lorem ipsum dolor sit amet, ", "aeo") + "diazepam and pregabalin, "
               + homoglyphs("consectetur adipiscing elit.", "aeo")),
    "lorem ipsum in look-alike letters")
add("disguise-pointer-with-homoglyph-s", "disguise", REFUSE, P,
    conclusion("asm-partner-quetiapine",
               homoglyphs("Quetiapine", "Q") + "\u2014" + homoglyphs("see father's GP letter", "s")
               + " (Elm Park Surgery) for details."),
    "a pointer with Cyrillic ѕ after an em dash")
add("disguise-dashes-overall", "disguise", REFUSE, M,
    overall("Methadone \u2012 sertraline \u2015 see letter \u2015 as per letter \u2015 pending review."),
    "deferral phrases strung together with odd dashes")
add("disguise-upper-case-em-dash-dismissal", "disguise", REFUSE, M,
    conclusion("asm-methadone", "METHADONE \u2014 NO CONCERNS NOTED AT THIS TIME."),
    "a dismissal in capitals with an em dash")
add("disguise-greek-letters-no-issues", "disguise", REFUSE, L,
    conclusion("asm-lithium", "Lithium: n\u03bf issues \u03b9dentified, n\u03bf further \u03b1ction required."),
    "a dismissal with Greek ο, ι and α")
add("disguise-nbsp-and-word-joiner-not-applicable", "disguise", REFUSE, V,
    conclusion("asm-valproate",
               swap_spaces(inside_words("Not applicable for valproate in this pregnancy at present.", "\u2060",
                                        every=4))),
    "a long-form 'not applicable' with no-break spaces and word joiners")

add("disguise-near-miss-zero-width-in-good-conclusion", "disguise", PASS, M,
    conclusion("asm-methadone", inside_words(conclusion_of(M, "asm-methadone"), "\u200b", every=4)),
    "the shipped methadone conclusion with zero-width spaces inside words")
add("disguise-near-miss-cyrillic-letter-in-medicine-name", "disguise", PASS, M,
    conclusion("asm-sertraline", conclusion_of(M, "asm-sertraline").replace("Sertraline", "Sertr\u0430line")),
    "one Cyrillic а inside the medicine name: a warning at most, never a refusal")
add("disguise-near-miss-full-width-digits", "disguise", PASS, L,
    conclusion("asm-lithium",
               conclusion_of(L, "asm-lithium").replace("36", full_width("36")).replace("24", full_width("24"))),
    "full-width digits in a real conclusion")
add("disguise-near-miss-soft-hyphens-and-en-dashes", "disguise", PASS, F,
    conclusion("asm-diazepam-pregabalin",
               swap_dashes(conclusion_of(F, "asm-diazepam-pregabalin"))
               .replace("significant", "signi\u00adfi\u00adcant").replace("supervised", "super\u00advised")),
    "soft hyphens and en dashes in a real conclusion")
add("disguise-near-miss-bidi-marks", "disguise", PASS, P,
    conclusion("asm-partner-quetiapine", "\u200e" + conclusion_of(P, "asm-partner-quetiapine") + "\u200e"),
    "left-to-right marks around a real conclusion (pasted from a web form)")
add("disguise-near-miss-greek-omicron-and-full-width", "disguise", PASS, V,
    conclusion("asm-valproate",
               conclusion_of(V, "asm-valproate").replace("Valproate", "Valpr\u03bfate")
               .replace("5 mg", full_width("5") + " mg")),
    "a Greek ο in the medicine name and a full-width digit")
add("disguise-near-miss-nbsp-everywhere", "disguise", PASS, M,
    overall(swap_spaces(overall_of(M))),
    "no-break spaces between every word of a real overall conclusion")

# ============================================================================================================
# medicine-names: medicines of concern written as clinicians write them.
# Unassessed, added to the postnatal record with no medicine of concern (breastfed baby): must be refused.


def _unassessed_n(mid: str, name: str, dose: str, *, started: str = "2025-11-10", prescriber: Record | None = None
                  ) -> Mutation:
    return add_medicine(medicine(mid, name, dose, started, prescriber or gp_prescriber(RIVERSIDE)))


_N_UNASSESSED_NAMES: list[tuple[str, str, str, str, Record | None]] = [
    # case name, medicine name, dose, why, prescriber
    ("names-brand-subutex", "Subutex 8mg sublingual tablets", "16 mg once daily, supervised",
     "buprenorphine brand", other_prescriber(DRUG_SERVICE)),
    ("names-brand-methadose", "Methadose 10mg/ml oral concentrate", "60 mg once daily, supervised",
     "methadone brand", other_prescriber(DRUG_SERVICE)),
    ("names-brand-epilim", "Epilim 200 gastro-resistant tablets", "400 mg twice a day", "sodium valproate brand", None),
    ("names-brand-lyrica", "Lyrica 75mg capsules", "75 mg twice a day", "pregabalin brand", None),
    ("names-brand-oramorph", "Oramorph 10mg/5ml oral solution", "5 mg up to four times a day when needed",
     "morphine brand", None),
    ("names-brand-tramacet", "Tramacet 37.5mg/325mg tablets", "Two tablets up to four times a day",
     "tramadol with paracetamol", None),
    ("names-brand-zapain", "Zapain 30mg/500mg capsules", "Two capsules up to four times a day",
     "co-codamol brand", None),
    ("names-brand-phenergan", "Phenergan 25mg tablets", "25 mg at night", "promethazine brand", None),
    ("names-brand-priadel", "Priadel 400mg modified-release tablets", "800 mg at night", "lithium brand", None),
    ("names-brand-zispin", "Zispin SolTab 30mg orodispersible tablets", "30 mg at night", "mirtazapine brand", None),
    ("names-brand-zomorph", "Zomorph 10mg modified-release capsules", "10 mg twice a day", "morphine brand", None),
    ("names-brand-kapake", "Kapake 30mg/500mg tablets", "Two tablets four times a day", "co-codamol brand", None),
    ("names-misspelt-setraline", "Setraline 50mg tablets", "50 mg once daily", "issue 9's misspelling", None),
    ("names-misspelt-diazapam", "Diazapam 2mg tablets", "2 mg three times a day", "a common misspelling", None),
    ("names-misspelt-pregablin", "Pregablin 75mg capsules", "75 mg twice a day", "a letter dropped", None),
    ("names-misspelt-quetiapin", "Quetiapin 25mg tablets", "25 mg at night", "final e dropped", None),
    ("names-misspelt-mirtazipine", "Mirtazipine 15mg tablets", "15 mg at night", "vowel swapped", None),
    ("names-combination-co-dydramol", "Co-dydramol 10mg/500mg tablets", "Two tablets four times a day",
     "dihydrocodeine with paracetamol", None),
    ("names-combination-co-codamol-shorthand", "co-codamol 30/500 tabs", "2 QDS PRN",
     "lower case with a strength shorthand", None),
    ("names-combination-codydramol-no-hyphen", "Codydramol 10/500 tablets", "Two tablets four times a day",
     "hyphen left out", None),
    ("names-combination-co-dydramol-spaced", "Co dydramol 20/500 tablets", "Two tablets four times a day",
     "space for hyphen", None),
    ("names-disguised-cyrillic-e-diazepam", "Diaz\u0435pam 5mg tablets", "5 mg three times a day",
     "Cyrillic е inside the name", None),
    ("names-disguised-zero-width-pregabalin", "Pre\u200bgabalin 75mg capsules", "75 mg twice a day",
     "zero-width space inside the name", None),
    ("names-disguised-full-width-methadone", full_width("Methadone") + " 1mg/ml oral solution",
     "60 mg once daily, supervised", "full-width letters", other_prescriber(DRUG_SERVICE)),
    ("names-disguised-soft-hyphen-methadone", "Metha\u00addone 1mg/ml oral solution",
     "60 mg once daily, supervised", "soft hyphen inside the name", other_prescriber(DRUG_SERVICE)),
    ("names-disguised-cyrillic-sertraline", "S\u0435rtralin\u0435 50mg tablets", "50 mg once daily",
     "two Cyrillic е", None),
    ("names-disguised-greek-zeta-zopiclone", "\u0396opiclone 7.5mg tablets", "7.5 mg at night",
     "Greek capital zeta", None),
]
for _name, _med, _dose, _why, _prescriber in _N_UNASSESSED_NAMES:
    add(_name, "medicine-names", REFUSE, N, _unassessed_n("med-extra", _med, _dose, prescriber=_prescriber),
        f"unassessed medicine of concern: {_why}")

# Near misses: the same kinds of name, assessed and named; and common medicines of no concern.

add("names-near-miss-lyrica-assessed", "medicine-names", PASS, F,
    replace_medicine("med-pregabalin", medicine(
        "med-pregabalin", "Lyrica 75mg capsules", "150 mg (two capsules) twice a day", "2025-07-01",
        gp_prescriber(MILLBROOK), last_changed="2026-01-12")),
    "brand name in the list, no dm+d code (a warning), assessed; conclusions say pregabalin")
add("names-near-miss-methadose-assessed", "medicine-names", PASS, M,
    replace_medicine("med-methadone", medicine(
        "med-methadone", "Methadose 10mg/ml oral concentrate", "60 mg (6 ml) once daily, supervised consumption",
        "2024-11-04", other_prescriber(DRUG_SERVICE), last_changed="2025-12-01")),
    "methadone brand, assessed; conclusions say methadone")
add("names-near-miss-physeptone-assessed", "medicine-names", PASS, M,
    replace_medicine("med-methadone", medicine(
        "med-methadone", "Physeptone 1mg/ml oral solution sugar free", "60 mg (60 ml) once daily, supervised "
        "consumption", "2024-11-04", other_prescriber(DRUG_SERVICE), last_changed="2025-12-01")),
    "methadone brand, assessed")
add("names-near-miss-setraline-assessed", "medicine-names", PASS, M,
    replace_medicine("med-sertraline", medicine(
        "med-sertraline", "Setraline 50mg tablets", "Two tablets (100 mg) once daily", "2025-06-10",
        gp_prescriber(RIVERSIDE), last_changed="2025-09-22")),
    "misspelt in the list, assessed; the conclusions spell it right")
add("names-near-miss-lustral-assessed", "medicine-names", PASS, M,
    replace_medicine("med-sertraline", medicine(
        "med-sertraline", "Lustral 50mg tablets", "Two tablets (100 mg) once daily", "2025-06-10",
        gp_prescriber(RIVERSIDE), last_changed="2025-09-22")),
    "sertraline brand, assessed")
add("names-near-miss-diazapam-assessed", "medicine-names", PASS, F,
    replace_medicine("med-diazepam", medicine(
        "med-diazepam", "Diazapam 5mg tablets", "5 mg three times a day", "2025-10-20", gp_prescriber(MILLBROOK),
        last_changed="2026-02-16")),
    "misspelt diazepam, assessed")
add("names-near-miss-priadel-assessed", "medicine-names", PASS, L,
    set_("medicines#med-lithium.name", "Priadel 400mg modified-release tablets"),
    "lithium written as its brand only, assessed")
add("names-near-miss-epilim-chrono-assessed", "medicine-names", PASS, V,
    replace_medicine("med-valproate", medicine(
        "med-valproate", "Epilim Chrono 500 prolonged-release tablets", "500 mg twice a day", "2019-09-02",
        gp_prescriber(CASTLE_STREET), last_changed="2024-03-11")),
    "valproate brand without a code, assessed")
add("names-near-miss-cyrillic-in-listed-name-assessed", "medicine-names", PASS, F,
    replace_medicine("med-diazepam", medicine(
        "med-diazepam", "Diaz\u0435pam 5mg tablets", "5 mg three times a day", "2025-10-20",
        gp_prescriber(MILLBROOK), last_changed="2026-02-16")),
    "a look-alike letter in an assessed medicine's name: warning at most")
add("names-near-miss-upper-case-abbreviated", "medicine-names", PASS, M,
    set_("medicines#med-methadone.name", "METHADONE 1MG/ML ORAL SOLN"),
    "upper case and 'SOLN' as GP systems print it")


def _n_medicines(*extra: Record) -> Mutation:
    def mutate(doc: Record) -> None:
        doc["medicines"].extend(copy.deepcopy(list(extra)))

    return mutate


add("names-near-miss-common-no-concern-medicines", "medicine-names", PASS, N,
    _n_medicines(
        medicine("med-ferrous", "Ferrous sulfate 200mg tablets", "One tablet twice a day", "2026-04-03",
                 gp_prescriber(RIVERSIDE)),
        medicine("med-gaviscon", "Gaviscon Advance oral suspension", "10 ml after meals and at bedtime",
                 "2026-04-03", gp_prescriber(RIVERSIDE)),
        medicine("med-folic", "Folic acid 400microgram tablets", "400 micrograms once daily", "2026-04-03",
                 gp_prescriber(RIVERSIDE))),
    "issue 9's common medicines of no concern need no assessment")
add("names-near-miss-ferrous-sulphate-uk-spelling", "medicine-names", PASS, N,
    _n_medicines(medicine("med-ferrous", "Ferrous sulphate 200mg tablets", "One tablet twice a day",
                          "2026-04-03", gp_prescriber(RIVERSIDE))),
    "the older UK spelling GP systems still print")

_SUBUTEX = medicine("med-buprenorphine", "Subutex 8mg sublingual tablets", "16 mg once daily, supervised consumption",
                    "2024-11-04", other_prescriber(DRUG_SERVICE), last_changed="2025-12-01")
_SUBUTEX_ASSESSMENT = {
    "id": "asm-methadone",
    "medicine_ids": ["med-buprenorphine"],
    "impact_on_mother": {
        "sedation": "yes",
        "parenting_capacity": "Stable on buprenorphine 16 mg for three months with supervised consumption; no on-top "
        "use reported by the drug service. Some drowsiness in the first hours after the dose.",
        "safe_sleep": "Advised never to share a bed or sofa with the baby; cot in the parents' room agreed, to be "
        "seen at the first home visit.",
    },
    "impact_on_baby": {
        "summary": "Neonatal withdrawal is possible; signs usually start 2 to 4 days after birth and can take up to 8 "
        "days.",
        "neonatal_withdrawal_plan": "Observe on the postnatal ward for at least 72 hours per the local neonatal "
        "abstinence guideline; health visitor to check for late signs up to day 8.",
        "breastfeeding": "Breastfeeding is compatible with buprenorphine and is encouraged.",
    },
    "recommendations": "Do not reduce or stop buprenorphine without the drug service. Any dose change to be shared "
    "with maternity and the health visitor the same week.",
    "conclusion": "Buprenorphine (Subutex) 16 mg daily continues through pregnancy under the drug service. The baby "
    "may develop neonatal withdrawal, so needs at least 72 hours' observation on the postnatal ward and health "
    "visitor checks for late signs to day 8. Breastfeeding is encouraged. No co-sleeping or sofa sleeping with the "
    "baby; the cot will be checked at the home visit.",
    "author": SHAH,
    "date": "2026-03-02",
}
add("names-near-miss-subutex-assessed", "medicine-names", PASS, M,
    chain(replace_medicine("med-methadone", _SUBUTEX), replace_assessment("asm-methadone", _SUBUTEX_ASSESSMENT),
          overall("Continue buprenorphine (Subutex) and sertraline unchanged. Plan for neonatal withdrawal "
                  "observation on the postnatal ward for at least 72 hours; breastfeeding supported. No "
                  "co-sleeping; the social worker and health visitor will see the sleeping arrangements before "
                  "discharge.")),
    "a brand-name opioid substitution medicine, assessed and named")

_CO_CODAMOL = medicine("med-co-codamol", "Co-codamol 30mg/500mg tablets", "Two tablets up to four times a day",
                       "2026-04-03", gp_prescriber(RIVERSIDE), stopped="2026-04-09")
_CO_CODAMOL_ASSESSMENT = {
    "id": "asm-co-codamol",
    "medicine_ids": ["med-co-codamol"],
    "impact_on_mother": {
        "sedation": "yes",
        "parenting_capacity": "Drowsy at times on co-codamol since the birth; otherwise caring for the baby well.",
        "safe_sleep": "Advised not to share a bed or sofa with the baby while taking codeine; Moses basket beside "
        "the bed.",
    },
    "impact_on_baby": {
        "summary": "Codeine passes into breast milk; in some mothers it is turned quickly into morphine and can make "
        "a breastfed baby very drowsy, with poor feeding and slow breathing.",
        "neonatal_withdrawal_plan": "Not taken in pregnancy, so no withdrawal observation is needed; midwife to "
        "check the baby's feeding and alertness at the next visit.",
        "breastfeeding": "Codeine is not advised while breastfeeding (MHRA): stopped today and replaced by regular "
        "paracetamol.",
    },
    "recommendations": "Co-codamol stopped; regular paracetamol for perineal pain. Midwife and health visitor to "
    "check the baby's feeding and alertness over the next few days; seek help urgently if the baby is floppy or hard "
    "to wake.",
    "conclusion": "Co-codamol was stopped today because the codeine in it can pass into breast milk and make a "
    "breastfed baby dangerously drowsy. Paracetamol continues for her perineal pain. The baby has had six days of "
    "exposure: the midwife and health visitor will check feeding and alertness, and she knows to seek urgent help "
    "if the baby is floppy or hard to wake. No bed or sofa sharing while she still feels drowsy.",
    "author": SHAH,
    "date": "2026-04-09",
}
add("names-near-miss-co-codamol-assessed", "medicine-names", PASS, N,
    chain(add_medicine(_CO_CODAMOL), set_("assessments", [_CO_CODAMOL_ASSESSMENT]),
          set_("overall_conclusion", {
              "text": "Co-codamol stopped because codeine is not advised while breastfeeding; paracetamol continues "
              "for pain and lactulose for constipation, neither of which affects the baby. The midwife and health "
              "visitor will check the baby's feeding and alertness this week. Safe sleep advice given; Moses basket "
              "beside the bed.",
              "author": SHAH,
              "date": "2026-04-09",
          })),
    "a combination product, stopped the day it was assessed, assessed and named")

# ============================================================================================================
# medicine-groups: groups no class of today's table covers. Unassessed: refused.

_V_GROUP_ADDITIONS: list[tuple[str, Record, str]] = [
    ("groups-antiepileptic-phenobarbital", medicine(
        "med-extra", "Phenobarbital 30mg tablets", "60 mg at night", "2023-01-09", other_prescriber(NEUROLOGY)),
     "another antiepileptic"),
    ("groups-antiepileptic-mysoline", medicine(
        "med-extra", "Mysoline 250mg tablets", "250 mg twice a day", "2022-04-19", other_prescriber(NEUROLOGY)),
     "primidone, by its brand"),
    ("groups-antiepileptic-primidone", medicine(
        "med-extra", "Primidone 50mg tablets", "50 mg twice a day for essential tremor", "2024-02-01",
        gp_prescriber(CASTLE_STREET)), "primidone by its ingredient, for tremor"),
    ("groups-antiepileptic-lamotrigine", medicine(
        "med-extra", "Lamotrigine 100mg tablets", "100 mg twice a day", "2023-06-12", other_prescriber(NEUROLOGY)),
     "an antiepileptic already in today's table (control)"),
    ("groups-antiepileptic-tegretol", medicine(
        "med-extra", "Tegretol Prolonged Release 200mg tablets", "200 mg twice a day", "2023-06-12",
        other_prescriber(NEUROLOGY)), "carbamazepine, by its brand"),
    ("groups-teratogen-methotrexate", medicine(
        "med-extra", "Methotrexate 2.5mg tablets", "15 mg once weekly on Mondays", "2024-05-01",
        other_prescriber(DERMATOLOGY)), "a known teratogen"),
    ("groups-teratogen-warfarin", medicine(
        "med-extra", "Warfarin 3mg tablets", "Dose as per INR clinic", "2025-01-20", gp_prescriber(CASTLE_STREET)),
     "a known teratogen"),
    ("groups-teratogen-cellcept", medicine(
        "med-extra", "CellCept 500mg tablets", "1 g twice a day", "2024-08-05", other_prescriber(DERMATOLOGY)),
     "mycophenolate mofetil, by its brand"),
    ("groups-teratogen-mycophenolate", medicine(
        "med-extra", "Mycophenolate mofetil 500mg tablets", "1 g twice a day", "2024-08-05",
        other_prescriber(DERMATOLOGY)), "mycophenolate by its ingredient"),
    ("groups-teratogen-roaccutane", medicine(
        "med-extra", "Roaccutane 20mg capsules", "20 mg once daily", "2026-01-10", other_prescriber(DERMATOLOGY)),
     "isotretinoin, by its brand (pregnancy prevention programme)"),
    ("groups-teratogen-topamax", medicine(
        "med-extra", "Topamax 50mg tablets", "50 mg twice a day for migraine prevention", "2025-03-03",
        gp_prescriber(CASTLE_STREET)), "topiramate, by its brand (pregnancy prevention programme)"),
    ("groups-teratogen-leflunomide", medicine(
        "med-extra", "Leflunomide 10mg tablets", "10 mg once daily", "2024-09-16", other_prescriber(DERMATOLOGY)),
     "a teratogen with a long washout"),
]
for _name, _medicine, _why in _V_GROUP_ADDITIONS:
    add(_name, "medicine-groups", REFUSE, V, add_medicine(_medicine), f"unassessed in the first trimester: {_why}")

_N_GROUP_ADDITIONS: list[tuple[str, str, str, str]] = [
    ("groups-sedating-antihistamine-promethazine", "Promethazine hydrochloride 25mg tablets", "25 mg at night",
     "a sedating antihistamine"),
    ("groups-sedating-antihistamine-sominex", "Sominex 20mg tablets", "20 mg at night when needed",
     "promethazine sold over the counter"),
    ("groups-sedating-antihistamine-piriton", "Piriton 4mg tablets", "4 mg up to four times a day",
     "chlorphenamine, by its brand"),
    ("groups-sedating-antihistamine-nytol", "Nytol One-A-Night 50mg tablets", "50 mg at night",
     "diphenhydramine, by its brand"),
    ("groups-sedating-antihistamine-atarax", "Atarax 25mg tablets", "25 mg at night", "hydroxyzine, by its brand"),
    ("groups-other-sedating-mirtazapine", "Mirtazapine 15mg tablets", "15 mg at night",
     "a sedating antidepressant"),
]
for _name, _med_name, _dose, _why in _N_GROUP_ADDITIONS:
    add(_name, "medicine-groups", REFUSE, N, _unassessed_n("med-extra", _med_name, _dose),
        f"unassessed while breastfeeding a newborn: {_why}")

add("groups-partner-promethazine-unassessed", "medicine-groups", REFUSE, P,
    add_medicine(_PARTNER_PROMETHAZINE),
    "the father's sedating antihistamine, never assessed for co-sleeping")
add("groups-partner-mirtazapine-unassessed", "medicine-groups", REFUSE, P,
    add_medicine(medicine("med-partner-mirtazapine", "Mirtazapine 45mg tablets", "45 mg at night", "2025-02-10",
                          other_prescriber(ELM_PARK), taken_by="partner")),
    "the father's sedating antidepressant, never assessed")

_LAMOTRIGINE = medicine("med-valproate", "Lamotrigine 100mg tablets", "100 mg twice a day", "2019-09-02",
                        gp_prescriber(CASTLE_STREET), last_changed="2024-03-11")
_LAMOTRIGINE_ASSESSMENT = {
    "id": "asm-valproate",
    "medicine_ids": ["med-valproate"],
    "impact_on_mother": {
        "sedation": "no",
        "parenting_capacity": "Seizure-free for two years on lamotrigine. Levels fall in pregnancy, so seizures may "
        "return unless the dose is adjusted.",
        "safe_sleep": "Not sedating. If seizures return after birth she should not bath the baby alone or sleep with "
        "the baby in her bed.",
    },
    "impact_on_baby": {
        "summary": "Lamotrigine is one of the lower-risk antiepileptics in pregnancy; the risk of major "
        "malformation is close to the background rate at this dose. A detailed anomaly scan is still advised.",
        "breastfeeding": "Breastfeeding is usually possible on lamotrigine; watch the baby for rash, drowsiness or "
        "poor feeding.",
    },
    "recommendations": "Do not stop lamotrigine. Refer to the epilepsy specialist nurse for levels and dose review "
    "each trimester, and to the antenatal clinic. Folic acid 5 mg daily started today.",
    "conclusion": "Lamotrigine continues at 100 mg twice a day: stopping risks seizures, which are dangerous for her "
    "and the baby. The risk to the baby is low, close to the background rate, but a detailed anomaly scan is "
    "advised; levels will be checked each trimester because they fall in pregnancy. Breastfeeding should be "
    "possible; watch the baby for drowsiness or rash. Folic acid 5 mg started.",
    "author": MCALLISTER,
    "date": "2026-05-20",
}
add("groups-near-miss-lamotrigine-assessed", "medicine-groups", PASS, V,
    chain(replace_medicine("med-valproate", _LAMOTRIGINE),
          replace_assessment("asm-valproate", _LAMOTRIGINE_ASSESSMENT),
          overall("Unplanned pregnancy at 8 weeks on lamotrigine. Continue lamotrigine; do not stop. Referrals to "
                  "the epilepsy nurse for levels each trimester and to the antenatal clinic for a detailed anomaly "
                  "scan; folic acid 5 mg started. Breastfeeding should be possible.")),
    "another antiepileptic, assessed and named")

_MIRTAZAPINE_M = medicine("med-sertraline", "Mirtazapine 30mg tablets", "30 mg at night", "2025-06-10",
                          gp_prescriber(RIVERSIDE), last_changed="2025-09-22")
_MIRTAZAPINE_M_ASSESSMENT = {
    "id": "asm-sertraline",
    "medicine_ids": ["med-sertraline"],
    "impact_on_mother": {
        "sedation": "yes",
        "parenting_capacity": "Mood stable on mirtazapine 30 mg at night; she sleeps heavily for several hours after "
        "the dose.",
        "safe_sleep": "Mirtazapine at night adds to the sedation from methadone: she must never have the baby in her "
        "bed or fall asleep on the sofa holding the baby. Cot in the parents' room, to be seen at the first home "
        "visit.",
    },
    "impact_on_baby": {
        "summary": "Possible neonatal adaptation symptoms (jitteriness, poor feeding, fast breathing) in the first "
        "days after late-pregnancy exposure.",
        "breastfeeding": "Compatible with breastfeeding; watch the baby for drowsiness and poor feeding.",
    },
    "recommendations": "Continue mirtazapine 30 mg at night. Paediatric team to be aware at delivery; midwife to "
    "watch for adaptation symptoms alongside withdrawal observations.",
    "conclusion": "Mirtazapine 30 mg at night should continue, as stopping risks relapse of her depression. The baby "
    "may have mild adaptation symptoms in the first days, which maternity will watch for with the withdrawal "
    "observations; breastfeeding is fine but watch for a sleepy baby. Taken with methadone it makes her very "
    "drowsy at night, so the baby must never sleep in her bed or on the sofa with her.",
    "author": SHAH,
    "date": "2026-03-02",
}
add("groups-near-miss-mirtazapine-assessed", "medicine-groups", PASS, M,
    chain(replace_medicine("med-sertraline", _MIRTAZAPINE_M),
          replace_assessment("asm-sertraline", _MIRTAZAPINE_M_ASSESSMENT),
          overall("Continue methadone and mirtazapine unchanged. Plan for neonatal withdrawal observation on the "
                  "postnatal ward; breastfeeding supported. Both medicines sedate her, mirtazapine especially at "
                  "night: no co-sleeping, and the social worker and health visitor will see the sleeping "
                  "arrangements before discharge.")),
    "a sedating antidepressant, assessed for safe sleep and named")

add("groups-near-miss-partner-mirtazapine-assessed", "medicine-groups", PASS, P,
    chain(replace_medicine("med-partner-quetiapine", medicine(
              "med-partner-mirtazapine", "Mirtazapine 45mg tablets", "45 mg at night", "2024-02-05",
              other_prescriber(ELM_PARK), taken_by="partner", last_changed="2025-10-13")),
          set_("assessments#asm-partner-quetiapine.impact_on_mother.parenting_capacity",
               "The father takes mirtazapine 45 mg at night for depression and sleeps very heavily for several "
               "hours after his dose. He is well and shares the baby's care in the daytime."),
          conclusion("asm-partner-quetiapine",
                     "The father's mirtazapine at night makes him too drowsy to care for the baby safely overnight "
                     "or to share a bed or sofa with the baby. The mother does the night feeds and the baby sleeps "
                     "in its own crib; the health visitor will keep checking this."),
          overall("The mother's own medicines (paracetamol) raise no concern. The father's mirtazapine causes "
                  "heavy sedation at night: no co-sleeping with him on a bed, sofa or armchair, and no night feeds "
                  "by him after his dose. Sleeping arrangements seen and safe; the health visitor will keep "
                  "checking them.")),
    "the father's other sedating medicine, assessed for co-sleeping")

_PROMETHAZINE_N = medicine("med-promethazine", "Phenergan 10mg tablets", "10 mg at night when needed for itching",
                           "2026-04-06", gp_prescriber(RIVERSIDE))
_PROMETHAZINE_N_ASSESSMENT = {
    "id": "asm-promethazine",
    "medicine_ids": ["med-promethazine"],
    "impact_on_mother": {
        "sedation": "yes",
        "parenting_capacity": "Takes it only on nights the itching stops her sleeping; drowsy the next morning.",
        "safe_sleep": "On nights she takes promethazine the baby sleeps in the Moses basket and her partner does the "
        "night feed if she cannot wake easily; she must never fall asleep with the baby on the sofa or in bed.",
    },
    "impact_on_baby": {
        "summary": "Small amounts pass into breast milk; a newborn could be drowsy or feed poorly.",
        "breastfeeding": "Occasional low doses are acceptable while breastfeeding; watch the baby for drowsiness and "
        "poor feeding, and use the lowest dose for the shortest time.",
    },
    "recommendations": "Use only when needed, at the lowest dose. Midwife to ask about the baby's feeding and "
    "alertness at each visit. Review at the 6-week check.",
    "conclusion": "Promethazine (Phenergan) 10 mg at night for itching is acceptable while breastfeeding if used "
    "occasionally, but it can make both her and the baby drowsy. On those nights the baby must sleep in the Moses "
    "basket, never in her bed or on the sofa, and her partner does the night feed. The midwife will check the "
    "baby's feeding and alertness; review at 6 weeks.",
    "author": SHAH,
    "date": "2026-04-09",
}
add("groups-near-miss-phenergan-assessed", "medicine-groups", PASS, N,
    chain(add_medicine(_PROMETHAZINE_N), set_("assessments", [_PROMETHAZINE_N_ASSESSMENT]),
          set_("overall_conclusion", {
              "text": "Paracetamol and lactulose raise no concern. Promethazine at night for itching is acceptable "
              "while breastfeeding if used occasionally, with no bed or sofa sharing on nights she takes it and the "
              "midwife checking the baby's feeding and alertness.",
              "author": SHAH,
              "date": "2026-04-09",
          })),
    "a sedating antihistamine by brand, assessed and named")

_PIRITON_N = medicine("med-chlorphenamine", "Piriton 4mg tablets", "4 mg at night when needed for hay fever",
                      "2026-04-06", gp_prescriber(RIVERSIDE))
_PIRITON_N_ASSESSMENT = {
    "id": "asm-chlorphenamine",
    "medicine_ids": ["med-chlorphenamine"],
    "impact_on_mother": {
        "sedation": "yes",
        "parenting_capacity": "Takes it at night in the hay fever season and feels groggy the next morning.",
        "safe_sleep": "On nights she takes chlorphenamine she must not fall asleep with the baby in bed or on the "
        "sofa; the baby sleeps in the Moses basket beside the bed.",
    },
    "impact_on_baby": {
        "summary": "Small amounts pass into breast milk; the baby could be drowsy or irritable, or feed less well.",
        "breastfeeding": "Occasional doses are acceptable while breastfeeding; a non-drowsy antihistamine by day is "
        "preferred. Watch the baby for drowsiness.",
    },
    "recommendations": "Non-drowsy antihistamine by day; chlorphenamine at night only if needed. Midwife to ask about "
    "the baby's feeding and sleepiness at each visit.",
    "conclusion": "Piriton (chlorphenamine) at night for hay fever is acceptable while breastfeeding if used "
    "occasionally, but it makes her drowsy and can make the baby sleepy. On nights she takes it the baby sleeps in "
    "the Moses basket, never in her bed or on the sofa. The midwife will ask about the baby's feeding and "
    "alertness; a non-drowsy antihistamine by day is better.",
    "author": SHAH,
    "date": "2026-04-09",
}
add("groups-near-miss-piriton-assessed", "medicine-groups", PASS, N,
    chain(add_medicine(_PIRITON_N), set_("assessments", [_PIRITON_N_ASSESSMENT]),
          set_("overall_conclusion", {
              "text": "Paracetamol and lactulose raise no concern. Chlorphenamine (Piriton) at night is acceptable "
              "while breastfeeding if used occasionally; no bed or sofa sharing on nights she takes it, and the "
              "midwife will check the baby's feeding and alertness.",
              "author": SHAH,
              "date": "2026-04-09",
          })),
    "a sedating antihistamine by brand, assessed for safe sleep and breastfeeding")

# ============================================================================================================
# unrecognised-medicine: not of concern, not common, no code: the clinician must classify it.


def _with_reason(name: str, dose: str, reason: str, *, mid: str = "med-extra", started: str = "2026-04-05",
                 prescriber: Record | None = None) -> Mutation:
    return add_medicine(medicine(mid, name, dose, started, prescriber or gp_prescriber(RIVERSIDE),
                                 not_of_concern_reason=reason))


add("unrecognised-cbd-oil", "unrecognised-medicine", REFUSE, N,
    _unassessed_n("med-extra", "CBD oil 10% oral drops", "3 drops twice a day (bought online)"),
    "an unrecognised product, unclassified")
add("unrecognised-chinese-herbal", "unrecognised-medicine", REFUSE, N,
    _unassessed_n("med-extra", "Chinese herbal medicine (ingredients not known)", "One sachet daily"),
    "contents unknown, unclassified")
add("unrecognised-melatonin", "unrecognised-medicine", REFUSE, N,
    _unassessed_n("med-extra", "Melatonin 2mg modified-release tablets", "2 mg at night"),
    "not on the common list, unclassified")
add("unrecognised-slimming-tablets", "unrecognised-medicine", REFUSE, N,
    _unassessed_n("med-extra", "Slimming tablets bought online (name not known)", "One a day"),
    "unknown tablets, unclassified")
add("unrecognised-domperidone-no-reason", "unrecognised-medicine", REFUSE, N,
    _unassessed_n("med-extra", "Domperidone 10mg tablets", "10 mg three times a day", started="2026-04-05"),
    "a medicine of no listed concern that is not on the common list, unclassified")
for _reason_name, _reason in [
    ("na", "n/a"), ("not-of-concern", "Not of concern."), ("yes", "Yes"), ("ok", "ok"),
]:
    add(f"unrecognised-domperidone-hollow-reason-{_reason_name}", "unrecognised-medicine", REFUSE, N,
        _with_reason("Domperidone 10mg tablets", "10 mg three times a day", _reason),
        "a classification with no real reason")
add("unrecognised-concern-in-conclusion-not-listed-diazepam", "unrecognised-medicine", REFUSE, M,
    conclusion("asm-methadone",
               conclusion_of(M, "asm-methadone") + " She also takes diazepam 5 mg at night, which adds to the "
               "sedation."),
    "a medicine of concern named in a conclusion and missing from the list")
add("unrecognised-concern-in-overall-not-listed-zopiclone", "unrecognised-medicine", REFUSE, P,
    overall(overall_of(P) + " The mother also takes zopiclone 3.75 mg on bad nights, so she must not co-sleep "
            "either."),
    "the mother's hypnotic mentioned only in the overall conclusion")
add("unrecognised-concern-in-conclusion-not-listed-quetiapine", "unrecognised-medicine", REFUSE, L,
    conclusion("asm-lithium",
               conclusion_of(L, "asm-lithium") + " Quetiapine 50 mg at night, started by the crisis team, "
               "continues."),
    "an antipsychotic started elsewhere, in the conclusion only")

add("unrecognised-near-miss-domperidone-with-reason", "unrecognised-medicine", PASS, N,
    _with_reason("Domperidone 10mg tablets", "10 mg three times a day for two weeks",
                 "Started by the hospital for two weeks to help milk supply. Very little reaches the baby in breast "
                 "milk, and it causes no sedation or withdrawal; checked against the Specialist Pharmacy Service "
                 "breastfeeding guidance."),
    "classified by the clinician with a reason")
add("unrecognised-near-miss-hydroxocobalamin-not-hydroxyzine", "unrecognised-medicine", PASS, N,
    _with_reason("Hydroxocobalamin 1mg/1ml solution for injection", "1 mg every 3 months",
                 "Vitamin B12 replacement for pernicious anaemia; it raises no concern in breastfeeding and does not "
                 "sedate."),
    "a near miss to hydroxyzine (sedating): must not be misread")
add("unrecognised-near-miss-chloramphenicol-not-chlorphenamine", "unrecognised-medicine", PASS, N,
    _with_reason("Chloramphenicol 0.5% eye drops", "One drop to both eyes every 2 hours for 48 hours",
                 "A five-day course of eye drops for conjunctivitis; the amount absorbed is negligible and does not "
                 "reach the baby in any meaningful amount."),
    "a near miss to chlorphenamine (sedating): must not be misread")
add("unrecognised-near-miss-levothyroxine-not-levetiracetam", "unrecognised-medicine", PASS, L,
    _with_reason("Levothyroxine 75microgram tablets", "75 micrograms once daily",
                 "Thyroid replacement for lithium-induced hypothyroidism at a physiological dose; it keeps her "
                 "thyroid levels normal and has no harmful effect on the baby. Thyroid function each trimester.",
                 started="2025-02-03", prescriber=gp_prescriber(NORTHGATE)),
    "a near miss to levetiracetam (antiepileptic): must not be misread")
add("unrecognised-near-miss-pregaday-not-pregabalin", "unrecognised-medicine", PASS, L,
    _with_reason("Pregaday tablets", "One tablet daily",
                 "Iron and folic acid (ferrous fumarate with folic acid) for anaemia in pregnancy; no risk to the "
                 "baby.", started="2026-04-20", prescriber=gp_prescriber(NORTHGATE)),
    "a near miss to pregabalin: must not be misread")
add("unrecognised-near-miss-clotrimazole-not-clonazepam", "unrecognised-medicine", PASS, L,
    _with_reason("Clotrimazole 500mg pessaries", "One pessary at night, single dose",
                 "Single-dose treatment for vaginal thrush, recommended in pregnancy; negligible absorption.",
                 started="2026-05-01", prescriber=gp_prescriber(NORTHGATE)),
    "a near miss to clonazepam: must not be misread")
add("unrecognised-near-miss-loratadine-not-lorazepam", "unrecognised-medicine", PASS, L,
    _with_reason("Loratadine 10mg tablets", "10 mg once daily in the hay fever season",
                 "A non-sedating antihistamine for hay fever; it does not affect alertness or safe sleep and the "
                 "pregnancy data are reassuring.", started="2026-04-28", prescriber=gp_prescriber(NORTHGATE)),
    "a near miss to lorazepam: must not be misread")
add("unrecognised-near-miss-concern-without-code-sertraline", "unrecognised-medicine", PASS, M,
    delete("medicines#med-sertraline.code"),
    "a medicine of concern without its dm+d code: a warning, not a refusal")
add("unrecognised-near-miss-concern-without-code-diazepam", "unrecognised-medicine", PASS, F,
    delete("medicines#med-diazepam.code"),
    "a medicine of concern without its dm+d code: a warning, not a refusal")

# ============================================================================================================
# routes: every recipient's route must be able to deliver.

add("routes-mesh-mailbox-tbc", "routes", REFUSE, M, set_("recipients#rcp-maternity.route.mailbox", "TBC"),
    "'TBC' is not a mailbox")
add("routes-mesh-mailbox-all-x", "routes", REFUSE, M, set_("recipients#rcp-hv.route.mailbox", "XXXXXXXX"),
    "placeholder mailbox")
add("routes-mesh-mailbox-all-zeros", "routes", REFUSE, M, set_("recipients#rcp-sw.route.mailbox", "00000000"),
    "placeholder mailbox")
add("routes-mesh-mailbox-lower-case-tbc", "routes", REFUSE, M, set_("recipients#rcp-midwife.route.mailbox", "tbc"),
    "the record model's mailbox pattern rejects it when read (parse-level)", parse_reject_ok=True)
add("routes-mllp-host-tbc", "routes", REFUSE, V, set_("recipients#rcp-maternity.route.host", "tbc"),
    "'tbc' is not a host")
add("routes-mllp-host-dash", "routes", REFUSE, V, set_("recipients#rcp-maternity.route.host", "-"),
    "'-' is not a host")
add("routes-mllp-host-is-a-url", "routes", REFUSE, V,
    set_("recipients#rcp-maternity.route.host", "http://maternity-interface.castleford.example"),
    "a URL where a host name belongs")
add("routes-mllp-host-with-spaces", "routes", REFUSE, V,
    set_("recipients#rcp-maternity.route.host", "maternity interface server"),
    "words, not a host name")
add("routes-fhir-scheme-only", "routes", REFUSE, L, set_("recipients#rcp-maternity.route.base_url", "https://"),
    "a FHIR base URL with no host")
add("routes-fhir-plain-http", "routes", REFUSE, L,
    set_("recipients#rcp-maternity.route.base_url", "http://maternity.northgate.example/fhir/R4"),
    "a FHIR base URL must be https")
add("routes-fhir-empty-url", "routes", REFUSE, L, set_("recipients#rcp-maternity.route.base_url", ""),
    "the record model's URL pattern rejects it when read (parse-level)", parse_reject_ok=True)
for _label, _text in [("tbc", "tbc"), ("dash", "-"), ("to-be-confirmed", "To be confirmed."), ("na", "N/A"),
                      ("one-word", "Manual")]:
    add(f"routes-manual-{_label}", "routes", REFUSE, F,
        set_("recipients#rcp-foster-carer.route.description", _text),
        "a manual route must say how the record reaches the recipient")
add("routes-ods-all-zeros", "routes", REFUSE, M, set_("recipients#rcp-maternity.organisation.ods_code", "000000"),
    "a placeholder ODS code")
add("routes-ods-all-x", "routes", REFUSE, P, set_("recipients#rcp-partner-gp.organisation.ods_code", "XXXXX"),
    "a placeholder ODS code")

add("routes-near-miss-mllp-ip-address", "routes", PASS, V,
    chain(set_("recipients#rcp-maternity.route.host", "10.41.2.17"), set_("recipients#rcp-maternity.route.port", 6661)),
    "an IP address and a non-default port are a real MLLP endpoint")
add("routes-near-miss-mllp-nhs-host", "routes", PASS, V,
    set_("recipients#rcp-maternity.route.host", "hl7-in.castleford-royal.nhs.uk"),
    "a real-looking host name")
add("routes-near-miss-fhir-nhs-host", "routes", PASS, L,
    set_("recipients#rcp-maternity.route.base_url", "https://fhir.northgate-maternity.nhs.uk/R4"),
    "https with a host and a path")
add("routes-near-miss-fhir-ip-and-port", "routes", PASS, L,
    set_("recipients#rcp-maternity.route.base_url", "https://10.20.4.21:8443/fhir"),
    "https with an IP address and a port")
add("routes-near-miss-manual-real-instruction", "routes", PASS, F,
    set_("recipients#rcp-foster-carer.route.description",
         "Read through with the foster carer by the ward midwife at discharge on 12/06/2026; printed copy given to "
         "her and a second copy posted to the fostering agency."),
    "a manual hand-over described")
add("routes-near-miss-ods-three-character-trust", "routes", PASS, M,
    set_("recipients#rcp-maternity.organisation.ods_code", "RJ1"),
    "a three-character NHS trust ODS code")
add("routes-near-miss-ods-gp-practice", "routes", PASS, P,
    set_("recipients#rcp-partner-gp.organisation.ods_code", "A81001"),
    "a GP practice ODS code (letter and five digits)")

# ============================================================================================================
# attribution: the register fits the role, numbers are real, one number is one person.

add("attribution-gp-with-nmc-number", "attribution", REFUSE, M,
    set_("assessments#asm-methadone.author.registration", {"body": "NMC", "number": "12A3456B"}),
    "a GP is on the GMC register")
add("attribution-psychiatrist-with-gphc-number", "attribution", REFUSE, L,
    set_("assessments#asm-lithium.author.registration", {"body": "GPhC", "number": "2056789"}),
    "a psychiatrist is on the GMC register")
add("attribution-health-visitor-with-gmc-number", "attribution", REFUSE, P,
    set_("assessments#asm-partner-quetiapine.author.registration", {"body": "GMC", "number": "7089012"}),
    "a health visitor is on the NMC register")
add("attribution-pharmacist-with-nmc-number", "attribution", REFUSE, N,
    set_("attestation.by.registration", {"body": "NMC", "number": "98B7654C"}),
    "a pharmacist is on the GPhC register")
add("attribution-midwife-with-gmc-number", "attribution", REFUSE, F,
    set_("overall_conclusion.author.role", "registered-midwife"),
    "a midwife with a GMC number")
add("attribution-obstetrician-with-nmc-number", "attribution", REFUSE, V,
    set_("assessments#asm-valproate.author", {
        "name": {"prefix": "Dr", "given": ["Helen"], "family": "Adeyinka"}, "role": "obstetrician",
        "registration": {"body": "NMC", "number": "76K5432L"}, "organisation": CASTLEFORD_MATERNITY}),
    "an obstetrician is on the GMC register")
add("attribution-gmc-all-zeros", "attribution", REFUSE, M,
    set_("assessments#asm-sertraline.author", {
        "name": {"prefix": "Dr", "given": ["Tom"], "family": "Whitaker"}, "role": "general-practitioner",
        "registration": {"body": "GMC", "number": "0000000"}, "organisation": RIVERSIDE}),
    "an impossible (all-zero) number")
add("attribution-nmc-all-zero-digits", "attribution", REFUSE, P,
    set_("assessments#asm-partner-quetiapine.author.registration", {"body": "NMC", "number": "00A0000A"}),
    "an impossible NMC number")
add("attribution-one-number-two-names-author", "attribution", REFUSE, L,
    set_("assessments#asm-lithium.author.registration.number", "7067890"),
    "the psychiatrist given the GP's GMC number: one number, two names")
add("attribution-one-number-two-names-attester", "attribution", REFUSE, M,
    set_("attestation.by.name", {"prefix": "Dr", "given": ["Tom"], "family": "Whitaker"}),
    "the attester uses the author's GMC number under another name")
add("attribution-attester-without-registration", "attribution", REFUSE, N,
    delete("attestation.by.registration"),
    "issue 9: an attester without a registration")

add("attribution-near-miss-obstetrician-gmc", "attribution", PASS, L,
    set_("assessments#asm-lithium.author", {
        "name": {"prefix": "Dr", "given": ["Helen"], "family": "Adeyinka"}, "role": "obstetrician",
        "registration": {"body": "GMC", "number": "7078901"}, "organisation": NORTHGATE_MATERNITY}),
    "an obstetrician on the GMC register")
add("attribution-near-miss-same-clinician-signs-everything", "attribution", PASS, L,
    set_("assessments#asm-lithium.author", CAMPBELL),
    "the same clinician (same name and number) writes, concludes and attests")
add("attribution-near-miss-gp-attests", "attribution", PASS, N,
    set_("attestation.by", SHAH),
    "a GP attests a record a pharmacist reviewed")
add("attribution-near-miss-pharmacist-gphc-attests", "attribution", PASS, P,
    set_("attestation.by", {
        "name": {"given": ["Imran"], "family": "Haq"}, "role": "pharmacist",
        "registration": {"body": "GPhC", "number": "2034567"}, "organisation": MILLBROOK}),
    "a pharmacist on the GPhC register")
add("attribution-near-miss-clinical-pharmacist-assesses", "attribution", PASS, M,
    set_("assessments#asm-sertraline.author", {
        "name": {"given": ["Bethany"], "family": "Cole"}, "role": "clinical-pharmacist",
        "registration": {"body": "GPhC", "number": "2087654"}, "organisation": RIVERSIDE}),
    "a practice pharmacist writes one assessment")
add("attribution-near-miss-obstetrician-assesses-valproate", "attribution", PASS, V,
    set_("assessments#asm-valproate.author", {
        "name": {"prefix": "Dr", "given": ["Helen"], "family": "Adeyinka"}, "role": "obstetrician",
        "registration": {"body": "GMC", "number": "7078901"}, "organisation": CASTLEFORD_MATERNITY}),
    "an obstetrician with a GMC number")

# ============================================================================================================
# dates: dates that can be true. Today is 2026-12-03 in the tests.


def _n_today(doc: Record) -> None:
    """The postnatal record as if the baby was born yesterday and everything else happened today."""
    doc["updated"] = "2026-12-03T10:45:00+00:00"
    doc["pregnancy"]["delivery_date"] = "2026-12-02"
    for m in doc["medicines"]:
        m["started"] = "2026-12-02"
    doc["attestation"]["at"] = "2026-12-03T10:40:00+00:00"
    doc["lawful_basis"]["recorded_on"] = "2026-12-03"


add("dates-assessment-before-conception", "dates", REFUSE, L,
    set_("assessments#asm-lithium.date", "2025-09-15"),
    "EDD 2026-08-26 puts conception around 2025-12-03 (LMP 2025-11-19); not marked pre-conception")
add("dates-assessment-month-before-lmp", "dates", REFUSE, L,
    set_("assessments#asm-lithium.date", "2025-10-20"),
    "30 days before EDD - 280, beyond the two-week margin")
add("dates-valproate-assessment-before-pregnancy", "dates", REFUSE, V,
    set_("assessments#asm-valproate.date", "2025-12-15"),
    "LMP 2026-03-25; an assessment of first-trimester exposure dated months earlier")
add("dates-attestation-2099", "dates", REFUSE, M, set_("attestation.at", "2099-03-02T16:40:00+00:00"),
    "issue 9: attestation in 2099")
add("dates-attestation-tomorrow", "dates", REFUSE, L, set_("attestation.at", "2026-12-04T09:00:00+00:00"),
    "attestation in the future by one day")
add("dates-attestation-before-assessment", "dates", REFUSE, L, set_("attestation.at", "2026-05-05T17:00:00+00:00"),
    "attested the day before the assessments it attests")
add("dates-attestation-before-joint-assessment", "dates", REFUSE, F,
    set_("attestation.at", "2026-06-11T15:10:00+00:00"),
    "attested before the assessment dated 2026-06-12")
add("dates-overall-conclusion-after-attestation", "dates", REFUSE, P,
    set_("overall_conclusion.date", "2026-05-29"),
    "the overall conclusion is dated after the attestation that covers it")
add("dates-delivery-next-year", "dates", REFUSE, N, set_("pregnancy.delivery_date", "2027-04-02"),
    "delivery date in the future")
add("dates-delivery-tomorrow", "dates", REFUSE, N,
    chain(edit(_n_today), set_("pregnancy.delivery_date", "2026-12-04")),
    "delivery date tomorrow, everything else today")
add("dates-consent-next-year", "dates", REFUSE, M, set_("lawful_basis.recorded_on", "2027-03-02"),
    "consent recorded in the future (year typo)")
add("dates-consent-tomorrow", "dates", REFUSE, N,
    chain(edit(_n_today), set_("lawful_basis.recorded_on", "2026-12-04")),
    "consent recorded tomorrow")
add("dates-edd-twenty-weeks-from-gestation", "dates", REFUSE, L, set_("pregnancy.edd", "2027-01-13"),
    "issue 9: EDD 20 weeks away from what 24+0 on 2026-05-06 implies (2026-08-26)")
add("dates-edd-fifteen-days-from-gestation", "dates", REFUSE, L, set_("pregnancy.edd", "2026-09-10"),
    "15 days' disagreement, one more than allowed")
add("dates-gestation-date-two-months-off", "dates", REFUSE, M, set_("pregnancy.gestation.on", "2026-01-02"),
    "29+2 on 2026-01-02 implies EDD 2026-03-17, against 2026-05-15")

_METHOTREXATE_STOPPED = medicine(
    "med-methotrexate", "Methotrexate 2.5mg tablets", "15 mg once weekly (for psoriasis)", "2024-05-01",
    other_prescriber(DERMATOLOGY), stopped="2026-02-20")
add("dates-methotrexate-stopped-before-pregnancy-unassessed", "dates", REFUSE, V,
    add_medicine(_METHOTREXATE_STOPPED),
    "stopped about five weeks before the LMP, within the three-month window: still counts")
add("dates-isotretinoin-stopped-two-weeks-before-unassessed", "dates", REFUSE, V,
    add_medicine(medicine("med-isotretinoin", "Isotretinoin 20mg capsules", "20 mg once daily", "2025-09-08",
                          other_prescriber(DERMATOLOGY), stopped="2026-03-10")),
    "stopped two weeks before the LMP: exposure matters")

add("dates-near-miss-pre-conception-marked", "dates", PASS, L,
    chain(set_("assessments#asm-lithium.date", "2025-09-15"), set_("assessments#asm-lithium.pre_conception", True)),
    "the same early date, marked as pre-conception advice")
add("dates-near-miss-assessment-within-margin", "dates", PASS, L,
    set_("assessments#asm-lithium.date", "2025-11-10"),
    "nine days before EDD - 280: inside the documented margin")
add("dates-near-miss-everything-today", "dates", PASS, N, edit(_n_today),
    "delivery yesterday; attestation, consent and update today")
add("dates-near-miss-attestation-same-day", "dates", PASS, F,
    set_("attestation.at", "2026-06-12T18:00:00+00:00"),
    "attested on the day of the assessment")
add("dates-near-miss-edd-fourteen-days-later", "dates", PASS, L, set_("pregnancy.edd", "2026-09-09"),
    "14 days' disagreement is within the limit")
add("dates-near-miss-edd-fourteen-days-earlier", "dates", PASS, L, set_("pregnancy.edd", "2026-08-12"),
    "14 days' disagreement the other way")
add("dates-near-miss-edd-six-days", "dates", PASS, M, set_("pregnancy.edd", "2026-05-22"),
    "a scan-revised EDD a week from the gestation")
_METHOTREXATE_ASSESSMENT = {
    "id": "asm-methotrexate",
    "medicine_ids": ["med-methotrexate"],
    "impact_on_mother": {
        "sedation": "no",
        "parenting_capacity": "Psoriasis has flared mildly since stopping; managed with creams.",
    },
    "impact_on_baby": {
        "summary": "Methotrexate was stopped about seven weeks before conception, sooner than the three months "
        "advised, so the baby may have had early exposure to a medicine that can cause miscarriage and "
        "malformations. Fetal medicine review and the detailed anomaly scan are important.",
        "breastfeeding": "Methotrexate stays stopped and is not to be restarted while breastfeeding without "
        "specialist advice.",
    },
    "recommendations": "Do not restart methotrexate in pregnancy. Fetal medicine review (referral sent with the "
    "valproate referral); dermatology told of the pregnancy. Folic acid 5 mg started.",
    "conclusion": "Methotrexate was stopped seven weeks before conception, sooner than the three months advised, so "
    "the baby may have had some exposure. It must not be restarted in pregnancy or while breastfeeding without the "
    "dermatologist. Fetal medicine will review the pregnancy with the valproate referral, and the detailed anomaly "
    "scan matters; folic acid 5 mg started.",
    "author": MCALLISTER,
    "date": "2026-05-20",
}
add("dates-near-miss-methotrexate-stopped-assessed", "dates", PASS, V,
    chain(add_medicine(_METHOTREXATE_STOPPED), add_assessment(_METHOTREXATE_ASSESSMENT),
          overall("Unplanned pregnancy at 8 weeks on sodium valproate, with methotrexate stopped seven weeks before "
                  "conception. Continue valproate unchanged pending urgent neurology review; do not stop abruptly. "
                  "Methotrexate stays stopped. Urgent referrals to neurology and the antenatal clinic for fetal "
                  "medicine review; folic acid 5 mg started. Annual risk acknowledgement form status recorded.")),
    "a teratogen stopped shortly before pregnancy, assessed and named")

# ============================================================================================================
# identities and reasons.

add("identities-partner-has-mothers-nhs-number", "identities", REFUSE, P,
    set_("partner.nhs_number", "9990004145"),
    "issue 9: the partner's NHS number is the mother's")
add("identities-added-partner-has-mothers-nhs-number", "identities", REFUSE, M,
    set_("partner", {"name": {"given": ["Liam"], "family": "Marsh-Example"},
                     "relationship": "The baby's father; does not live with the mother",
                     "nhs_number": "9990001111"}),
    "a partner recorded with the mother's number")
for _label, _text in [("yes", "Yes."), ("safeguarding", "Safeguarding."), ("as-discussed", "As discussed."),
                      ("restates-basis", "Shared without consent."),
                      ("see-notes", "See safeguarding notes for the reason."),
                      ("disguised-yes", "Y\u200bes\u00ad.")]:
    add(f"identities-justification-{_label}", "identities", REFUSE, F,
        set_("lawful_basis.justification", _text),
        "a justification for sharing without consent is judged like a conclusion")
add("identities-amended-without-reason", "identities", REFUSE, C,
    edit(lambda doc: doc.pop("amendment_reason", None)),
    "an amended record must say what changed (the shipped example may not carry the new field yet)",
    base_may_match=True)
for _label, _text in [("amended", "Amended."), ("updated-see-notes", "Record updated - see notes."),
                      ("na", "n/a")]:
    add(f"identities-amendment-reason-hollow-{_label}", "identities", REFUSE, C,
        set_("amendment_reason", _text), "an amendment reason that says nothing")
add("identities-amended-first-version", "identities", REFUSE, M,
    chain(set_("status", "amended"),
          set_("amendment_reason", "Corrected the social worker's telephone number after the strategy meeting.")),
    "an 'amended' version 1 is a contradiction")

add("identities-near-miss-partner-own-nhs-number", "identities", PASS, P,
    set_("partner.nhs_number", "9990004307"),
    "a different, valid NHS number")
add("identities-near-miss-partner-without-nhs-number", "identities", PASS, P,
    delete("partner.nhs_number"),
    "the partner's NHS number is optional")
add("identities-near-miss-justification-short-and-real", "identities", PASS, F,
    set_("lawful_basis.justification",
         "She refused consent. The foster carer must know about the sedation and the safe sleep plan to keep the "
         "baby safe at night."),
    "a short real reason")
add("identities-near-miss-justification-as-discussed-with-reason", "identities", PASS, F,
    set_("lawful_basis.justification",
         "As discussed at the strategy meeting on 10/06/2026: the mother declined, but the baby's safety at night "
         "depends on the foster carer and placement knowing how drowsy diazepam and pregabalin make her."),
    "'as discussed' followed by the reason")
add("identities-near-miss-amendment-reason", "identities", PASS, C,
    set_("amendment_reason",
         "Version 2 adds the Castleford health visiting service as a recipient; the assessment and conclusions "
         "are unchanged from version 1."),
    "an amended record that says what changed")
add("identities-near-miss-amended-second-version", "identities", PASS, M,
    chain(set_("status", "amended"), set_("version", 2),
          set_("amendment_reason",
               "Version 2 corrects the social worker's telephone number after the strategy meeting; the "
               "assessments and conclusions are unchanged.")),
    "amended version 2 with its reason")

# ============================================================================================================
# unanswered: no silent defaults.

add("unanswered-child-protection-plan-removed", "unanswered", REFUSE, N,
    delete("safeguarding.child_protection_plan"), "issue 9: never asked must not look like 'no'")
add("unanswered-care-order-removed", "unanswered", REFUSE, N,
    delete("safeguarding.care_order"), "issue 9: never asked must not look like 'none'")
add("unanswered-looked-after-removed", "unanswered", REFUSE, N,
    delete("safeguarding.looked_after"), "looked-after status never answered")
add("unanswered-child-protection-plan-true-removed", "unanswered", REFUSE, M,
    delete("safeguarding.child_protection_plan"), "a plan that exists, deleted, must not read as 'no plan'")
add("unanswered-interim-care-order-removed", "unanswered", REFUSE, F,
    delete("safeguarding.care_order"), "an interim care order, deleted, must not read as 'none'")
add("unanswered-discharge-to-after-birth", "unanswered", REFUSE, N,
    delete("safeguarding.discharge_to"), "after birth, where the baby went must be answered")
add("unanswered-safe-sleep-advice-after-birth", "unanswered", REFUSE, N,
    delete("safeguarding.safe_sleep_advice_given"), "after birth, safe sleep advice must be answered")
add("unanswered-partner-record-discharge-to", "unanswered", REFUSE, P,
    delete("safeguarding.discharge_to"), "after birth, with a sedated father at home")
add("unanswered-placement-safe-sleep-advice", "unanswered", REFUSE, F,
    delete("safeguarding.safe_sleep_advice_given"), "after birth, in a placement")

add("unanswered-near-miss-antenatal-no-discharge-items", "unanswered", PASS, L,
    chain(delete("safeguarding.discharge_to"), delete("safeguarding.safe_sleep_advice_given")),
    "before birth, discharge items stay unasked")
add("unanswered-near-miss-antenatal-methadone-no-discharge-items", "unanswered", PASS, M,
    chain(delete("safeguarding.discharge_to"), delete("safeguarding.safe_sleep_advice_given"),
          delete("safeguarding.sleeping_arrangements")),
    "before birth, with safe sleep covered in the assessment")
add("unanswered-near-miss-antenatal-discharge-answered-early", "unanswered", PASS, V,
    set_("safeguarding.discharge_to", "home-with-parents"),
    "answering a discharge item before birth is allowed")

# ============================================================================================================
# concerns: each concern of a medicine's class is answered.

add("concerns-partner-safe-sleep-not-applicable", "concerns", REFUSE, P,
    set_("assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep", "Not applicable"),
    "issue 9: a partner's sedating medicine with safe sleep 'not applicable'")
add("concerns-partner-safe-sleep-na-fathers-medicine", "concerns", REFUSE, P,
    set_("assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep", "N/A - father's medication, not the "
         "mother's."),
    "dismissed because it is the father's")
add("concerns-partner-safe-sleep-removed", "concerns", REFUSE, P,
    delete("assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep"),
    "the sedation concern left unanswered in the assessment")
add("concerns-partner-conclusion-not-applicable", "concerns", REFUSE, P,
    conclusion("asm-partner-quetiapine",
               "Not applicable - quetiapine is the father's medication, not the mother's, so there is no risk to "
               "the baby."),
    "issue 9: never dismissed as 'not applicable'")
add("concerns-methadone-safe-sleep-not-applicable", "concerns", REFUSE, M,
    set_("assessments#asm-methadone.impact_on_mother.safe_sleep", "Not applicable."),
    "sedation and safe sleep dismissed for methadone")
add("concerns-withdrawal-plan-not-applicable", "concerns", REFUSE, F,
    set_("assessments#asm-diazepam-pregabalin.impact_on_baby.neonatal_withdrawal_plan", "Not applicable."),
    "withdrawal plan dismissed for a baby at risk until day 8")
add("concerns-valproate-impact-on-baby-not-applicable", "concerns", REFUSE, V,
    set_("assessments#asm-valproate.impact_on_baby.summary", "Not applicable."),
    "teratogenicity dismissed")
add("concerns-methadone-conclusion-only-about-mother", "concerns", REFUSE, M,
    conclusion("asm-methadone",
               "Methadone 60 mg daily continues unchanged under the Hampton drug service, with supervised "
               "consumption and a monthly review of the dose by her keyworker."),
    "a conclusion that says nothing about withdrawal, safe sleep or feeding")
add("concerns-lithium-conclusion-only-about-mother", "concerns", REFUSE, L,
    conclusion("asm-lithium",
               "Lithium continues at 800 mg at night, with levels monthly and weekly from 36 weeks, under the "
               "perinatal mental health team."),
    "no paediatric review, no feeding advice, nothing about the baby")

add("concerns-near-miss-partner-safe-sleep-reworded", "concerns", PASS, P,
    set_("assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep",
         "Father not to sleep in the same bed or on the sofa with the baby after his night dose; baby in the "
         "next-to-me crib; mother does all night feeds."),
    "safe sleep answered in other words")
add("concerns-near-miss-methadone-safe-sleep-short", "concerns", PASS, M,
    set_("assessments#asm-methadone.impact_on_mother.safe_sleep",
         "No bed or sofa sharing after her dose; cot in the parents' room."),
    "short, real safe sleep advice")
add("concerns-near-miss-withdrawal-plan-reworded", "concerns", PASS, F,
    set_("assessments#asm-diazepam-pregabalin.impact_on_baby.neonatal_withdrawal_plan",
         "Five days on the postnatal ward with NAS scoring; mild signs on day 3 only. After discharge the foster "
         "carer and HV watch for late signs to day 8 and ring the neonatal unit if worried."),
    "the plan in other words")
add("concerns-near-miss-valproate-impact-reworded", "concerns", PASS, V,
    set_("assessments#asm-valproate.impact_on_baby.summary",
         "Exposed to valproate through the first eight weeks: roughly a 1 in 10 chance of a major malformation "
         "such as spina bifida, and a higher chance of later learning or developmental difficulties. Needs an "
         "early fetal medicine review and a detailed anomaly scan."),
    "teratogenic risk answered in other words")

# ============================================================================================================
# good-conclusions: varied, complete conclusions that must pass; and truncated ones that must not.

add("good-methadone-narrative", "good-conclusions", PASS, M,
    conclusion("asm-methadone",
               "Jodie is stable on methadone 60 mg daily with supervised consumption and should stay on it through "
               "the pregnancy; reducing now would risk relapse and harm the baby more than the medicine does. Her "
               "baby is likely to develop neonatal abstinence syndrome: the plan is at least 72 hours on the "
               "postnatal ward with NAS scoring, then health visitor checks for late signs up to day 8. She wants "
               "to breastfeed and this is encouraged on a stable dose. She is drowsy two to four hours after each "
               "dose, so the baby must never share her bed or sofa, and the cot will be seen at the first home "
               "visit."),
    "a long narrative conclusion")
add("good-sertraline-bullets", "good-conclusions", PASS, M,
    conclusion("asm-sertraline",
               "Sertraline 100 mg daily - continue.\n- Relapse risk if stopped is high (previous episode).\n- "
               "Baby: small risk of PPHN (about 3 in 1,000) and of poor neonatal adaptation (jittery, feeding "
               "poorly) in the first 48 hours; midwife to observe with the withdrawal scoring.\n- Breastfeeding: "
               "compatible, encourage."),
    "a bulleted conclusion with line breaks")
add("good-overall-methadone-sertraline", "good-conclusions", PASS, M,
    overall("Both methadone (60 mg daily) and sertraline (100 mg daily) continue unchanged. At birth the baby needs "
            "at least 72 hours' observation for withdrawal, with the midwife also watching for SSRI adaptation "
            "symptoms, and the health visitor checking for late signs up to day 8. Breastfeeding is encouraged. "
            "Methadone causes drowsiness after each dose, so no co-sleeping; the social worker and health visitor "
            "will see the cot before discharge. Any dose change to be shared with maternity the same week."),
    "an overall conclusion across both medicines")
add("good-lithium-on-balance", "good-conclusions", PASS, L,
    conclusion("asm-lithium",
               "On balance lithium should continue: Rebecca has been well for four years and the risk of a severe "
               "relapse or postpartum psychosis if it stops outweighs the risks to the baby. The fetal heart scan at "
               "20 weeks was normal. Lithium levels will be checked every 4 weeks, weekly from 36 weeks and within "
               "24 hours of delivery, with extra fluids in labour. The baby needs a paediatric review after birth "
               "for floppiness, poor feeding and thyroid problems. She will bottle feed, as lithium passes into "
               "breast milk."),
    "a reasoned conclusion")
add("good-lithium-overall", "good-conclusions", PASS, L,
    overall("Continue lithium (Priadel) 800 mg at night. Obstetric and perinatal teams to plan the dose around "
            "delivery and check levels within 24 hours of birth; deliver in hospital. The baby needs a paediatric "
            "review and observation for lithium effects after birth. Bottle feeding agreed because lithium passes "
            "into breast milk. Perinatal mental health review within a week of birth given the high relapse "
            "risk."),
    "an overall conclusion in imperatives")
add("good-valproate-story", "good-conclusions", PASS, V,
    conclusion("asm-valproate",
               "She found out she was pregnant last week and is now 8 weeks on sodium valproate 500 mg twice daily "
               "for epilepsy. Valproate must not be stopped suddenly, as a seizure would put her and the baby at "
               "risk; the neurologist will decide urgently whether to switch. The baby has been exposed through "
               "the first trimester, with about a 1 in 10 risk of a major malformation and a 3 to 4 in 10 risk of "
               "later developmental difficulties, so a detailed anomaly scan and fetal medicine review are needed. "
               "Folic acid 5 mg started today."),
    "a conclusion that tells the story")
add("good-valproate-overall-pending-used-properly", "good-conclusions", PASS, V,
    overall("Sodium valproate continues unchanged pending the urgent neurology review this week; she must not stop "
            "it. An early fetal medicine appointment is booked for the valproate exposure. Folic acid 5 mg started "
            "today. The annual risk acknowledgement form was last signed in November 2025."),
    "'pending' used for a dated, real plan")
add("good-diazepam-pregabalin-shorthand-doses", "good-conclusions", PASS, F,
    conclusion("asm-diazepam-pregabalin",
               "Both diazepam 5 mg tds and pregabalin 150 mg bd carry on for now, with a supervised diazepam taper "
               "from the 6-week review; neither should be stopped suddenly. Together they make Kayleigh drowsy, "
               "worst after each dose and at night, so she must never sleep with the baby on a bed, sofa or "
               "armchair and must not feed lying down; the foster carer is doing night feeds. The baby had mild "
               "withdrawal on day 3 and may still show late signs up to day 8, which the foster carer and health "
               "visitor are watching for."),
    "a joint conclusion naming both, with doses")
add("good-diazepam-pregabalin-overall-call-the-unit", "good-conclusions", PASS, F,
    overall("Diazepam and pregabalin continue, and both sedate the mother. For the baby this means: no bed, sofa or "
            "armchair sharing, no feeding lying down, and the foster carer does night feeds while she is drowsy. "
            "Late withdrawal signs are possible until day 8; call the neonatal unit for tremor, poor feeding or "
            "inconsolable crying. The interim care order does not reduce the risk: the foster carer, health "
            "visitor and social worker all work to this plan."),
    "an overall conclusion with an instruction")
add("good-partner-named-parents", "good-conclusions", PASS, P,
    conclusion("asm-partner-quetiapine",
               "Daniel's quetiapine 300 mg at night means he is very hard to wake for several hours, so he must "
               "not be left in sole charge of the baby overnight, must not do night feeds after his dose, and must "
               "never fall asleep with the baby on the sofa, in an armchair or in bed. Chloe does the night feeds "
               "and the baby sleeps in the next-to-me crib on her side. The health visitor will check this at "
               "every visit for the first 8 weeks."),
    "a partner conclusion using the parents' names")
add("good-partner-overall", "good-conclusions", PASS, P,
    overall("Chloe's paracetamol raises no concern for the baby. Daniel's quetiapine sedates him heavily at night: "
            "no co-sleeping with him on a bed, sofa or armchair, and no night feeds by him after his dose. The "
            "crib was seen and is safe; the health visitor will keep checking at each visit and his GP will tell "
            "her of any change in his dose."),
    "'raises no concern' for the harmless medicine, with the real concern addressed")

add("good-truncated-methadone-first-sentence", "good-conclusions", REFUSE, M,
    conclusion("asm-methadone", "Methadone 60 mg daily should continue through pregnancy."),
    "the shipped conclusion's first sentence only: nothing about the baby")
add("good-truncated-lithium-first-clause", "good-conclusions", REFUSE, L,
    conclusion("asm-lithium", "Lithium should continue: the risk of relapse after birth is high."),
    "the reason for continuing, but nothing for the baby")
add("good-truncated-valproate-first-clause", "good-conclusions", REFUSE, V,
    conclusion("asm-valproate", "Valproate must continue until the neurologist reviews it."),
    "first-trimester exposure not mentioned")
add("good-truncated-overall-diazepam-pregabalin", "good-conclusions", REFUSE, F,
    overall("Diazepam and pregabalin continue for now, as before."),
    "the overall conclusion's first clause only")


# ------------------------------------------------------------------------------------------------------------
# Names the corpus's own check accepts as naming a medicine in a conclusion (tests/redteam/test_redteam.py
# checks that every must-pass case names what it covers before trusting the gate's verdict).

MEDICINE_TERMS: dict[str, frozenset[str]] = {
    key: frozenset(terms)
    for key, terms in {
        "methadone": {"methadone"},
        "methadose": {"methadone", "methadose"},
        "physeptone": {"methadone", "physeptone"},
        "subutex": {"buprenorphine", "subutex"},
        "sertraline": {"sertraline"},
        "setraline": {"sertraline"},
        "lustral": {"sertraline", "lustral"},
        "mirtazapine": {"mirtazapine"},
        "lithium": {"lithium", "priadel", "li"},
        "priadel": {"lithium", "priadel", "li"},
        "valproate": {"valproate"},
        "epilim": {"valproate", "epilim"},
        "lamotrigine": {"lamotrigine"},
        "methotrexate": {"methotrexate"},
        "diazepam": {"diazepam"},
        "diazapam": {"diazepam"},
        "pregabalin": {"pregabalin", "lyrica"},
        "lyrica": {"pregabalin", "lyrica"},
        "quetiapine": {"quetiapine"},
        "promethazine": {"promethazine", "phenergan"},
        "phenergan": {"promethazine", "phenergan"},
        "piriton": {"chlorphenamine", "piriton"},
        "citalopram": {"citalopram"},
        "co-codamol": {"co-codamol", "codeine"},
    }.items()
}


def counts() -> dict[tuple[str, str], int]:
    found = Counter((c.category, c.expect) for c in CASES)
    return {(cat, exp): found[(cat, exp)] for cat in CATEGORIES for exp in (REFUSE, PASS)}


if __name__ == "__main__":  # pragma: no cover
    table = counts()
    print("| category | refuse | pass | total |")
    print("| --- | ---: | ---: | ---: |")
    for cat in CATEGORIES:
        r, p = table[(cat, REFUSE)], table[(cat, PASS)]
        print(f"| {cat} | {r} | {p} | {r + p} |")
    r = sum(v for (_, e), v in table.items() if e == REFUSE)
    p = sum(v for (_, e), v in table.items() if e == PASS)
    print(f"| **all** | {r} | {p} | {r + p} |")
