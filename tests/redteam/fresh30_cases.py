"""A thirtieth independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt, seventh round.

Written against the readings added most recently (CHANGELOG ``[Unreleased]``; docs/rules.md for MA103, MA125,
MA309, MA307, MA204, MA101, MA117 and MA120), from the rules and the examples, not from the gate's code or its
lexicons. Each pass case is good clinical work that sits near one of those readings:

* general-then-here: a conclusion that states a medicine's general property and then what it means for this
  mother and baby ("Lithium passes into milk, so she bottle feeds");
* form-beside-plan: a conclusion that mentions the form, its sections, the checklist or the sign-off beside a
  real plan;
* talk-beside-answer: an item answer that says where or when it was discussed and then gives the answer
  ("Discussed at booking: she will bottle feed");
* manual-routes: manual hand-overs in many honest phrasings (handing, posting, reading through, collecting, by the
  ward clerk, a copy of the form);
* mesh-ids: MESH mailbox ids of real shapes (an ODS code, English, Welsh or a practice's, then letters and
  digits);
* hcpc: HCPC numbers of every profession code, five or six digits;
* no-concern-shorthand: shorthand clinicians write for medicines of no perinatal concern ("Amox", "Para", "Ibu",
  "Fluclox", "Vit D", emollients), each classified with the clinician's reason;
* names-not-medicines: surnames, first names, places and English words that resemble a medicine's shorthand
  ("Dr Diaz", "Val", "Morpeth", "preg" for pregnancy);
* future-avoid: medicines named as planned for later, to be avoided, declined, stopped or for the baby.

Beside them, refuse controls: near misses in the same voice with the substance removed (only the general fact,
only the form's state, only the talk, a route with no hand-over or relayed by a parent, a placeholder mailbox,
an HCPC number with no profession, a medicine of concern in shorthand dismissed by a reason, a medicine of
concern she really takes but the list omits).

Each case is ONE mutation of a shipped pass example. Medicines named here are real; no clinical code is
invented. ``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict
xfail). Run ``python -m tests.redteam.fresh30_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from tests.redteam.cases import (
    PASS,
    REFUSE,
    RIVERSIDE,
    C,
    Case,
    Expect,
    F,
    L,
    M,
    Mutation,
    N,
    P,
    V,
    add_medicine,
    gp_prescriber,
    medicine,
    set_,
)

F30CASES: list[Case] = []

CATEGORIES = (
    "general-then-here",
    "form-beside-plan",
    "talk-beside-answer",
    "manual-routes",
    "mesh-ids",
    "hcpc",
    "no-concern-shorthand",
    "names-not-medicines",
    "future-avoid",
)

METH = "asm-methadone"
SERT = "asm-sertraline"
LITH = "asm-lithium"
VALP = "asm-valproate"
DZPG = "asm-diazepam-pregabalin"
QUET = "asm-partner-quetiapine"
CITA = "asm-citalopram"

_BASE_OF = {METH: M, SERT: M, LITH: L, VALP: V, DZPG: F, QUET: P, CITA: C}
_OVERALL_OF = {"m": M, "l": L, "v": V, "f": F, "p": P, "c": C}


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F30CASES.append(Case(f"f30-{name}", category, expect, base, mutate, why))


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def target(where: str) -> tuple[str, str]:
    """(base, path) for an assessment id or "overall:<m|l|v|f|p|c>"."""
    if where.startswith("overall:"):
        return _OVERALL_OF[where.split(":", 1)[1]], "overall_conclusion.text"
    return _BASE_OF[where], f"assessments#{where}.conclusion"


Row = tuple[str, str, str, str]
"""(name, assessment id or "overall:<base>", text, why)."""


def run(category: str, expect: Expect, rows: list[Row]) -> None:
    for name, where, text, why in rows:
        base, path = target(where)
        add(name, category, expect, base, set_(path, text), why)


# ============================================================================================================
# general-then-here: what the medicine does in general, then what it means for this mother and baby (MA103's
# [general] reading must keep the second half).

run(
    "general-then-here",
    PASS,
    [
        (
            "lith-milk-so-bottle",
            LITH,
            "Lithium passes into breast milk and can build up in a newborn, so this baby will be bottle fed from birth. "
            "Lithium continues at 800 mg at night with levels monthly, weekly from 36 weeks and within 24 hours of "
            "delivery; the paediatrician checks the baby for floppiness, poor feeding and thyroid problems.",
            "general fact (passes into milk), then the decision for this baby",
        ),
        (
            "meth-long-acting-late-signs",
            METH,
            "Methadone is a long-acting opioid, so withdrawal in a newborn often shows late: Jodie's baby stays on the "
            "postnatal ward for at least 72 hours and the health visitor looks for late signs until day 8. Methadone "
            "60 mg continues, breastfeeding is encouraged and there is no co-sleeping after her dose.",
            "general pharmacology, then what it means here",
        ),
        (
            "sert-crosses-placenta-jittery",
            SERT,
            "SSRIs such as sertraline cross the placenta, so this baby may be jittery or slow to feed in the first two "
            "or three days and the midwife will watch for it on the ward. Sertraline 100 mg continues, because "
            "stopping would risk her depression returning; she can breastfeed.",
            "a class statement, then the plan for this baby",
        ),
        (
            "valp-most-harmful-scan",
            VALP,
            "Valproate is the most harmful antiepileptic to an unborn baby, so this pregnancy needs the detailed "
            "anomaly scan and an early fetal medicine review. Valproate continues unchanged until the urgent neurology "
            "appointment, because stopping suddenly could bring on seizures that would endanger her and the baby.",
            "general harm, then the scan and the plan here",
        ),
        (
            "dzpg-both-sedate-together",
            DZPG,
            "Benzodiazepines and gabapentinoids each sedate and together sedate more, so while Kayleigh takes diazepam "
            "and pregabalin she must not share a bed, sofa or armchair with the baby and the foster carer does the "
            "night feeds. Both continue for now; the baby is watched for withdrawal until day 8.",
            "a general interaction, then the rule for this household",
        ),
        (
            "quet-sedating-antipsychotic",
            QUET,
            "Quetiapine is a sedating antipsychotic, and Daniel is very hard to wake after his night dose: he must "
            "never sleep with the baby on a bed, sofa or armchair and does no night feeds. Chloe does them and the "
            "baby sleeps in its own crib, which the health visitor will check again.",
            "general property, then the father's night-time plan",
        ),
        (
            "cita-well-studied-bf",
            CITA,
            "Citalopram is among the better studied antidepressants in breastfeeding, so she can breastfeed this baby. "
            "Citalopram 20 mg continues because stopping led to relapse before, and the midwife watches the baby for "
            "jitteriness, poor feeding or fast breathing for the first 48 hours.",
            "general evidence, then what it means for her",
        ),
        (
            "lith-narrow-range-levels",
            LITH,
            "Lithium has a narrow therapeutic range and its level rises sharply after delivery, so the level is "
            "checked within 24 hours of birth and weekly from 36 weeks. Lithium continues; the baby is bottle fed and "
            "reviewed by the paediatrician for floppiness and thyroid function.",
            "general pharmacokinetics, then the monitoring for her",
        ),
        (
            "meth-bf-low-milk-levels",
            METH,
            "Only small amounts of methadone reach breast milk, so Jodie is encouraged to breastfeed, which also eases "
            "the baby's withdrawal. Methadone 60 mg continues; the baby is observed on the ward for at least 72 hours "
            "and sleeps in a cot, never in her bed after her dose.",
            "a general fact about milk levels, then the advice here",
        ),
        (
            "overall-m-general-here",
            "overall:m",
            "Both methadone and sertraline reach the baby across the placenta, so the baby may show withdrawal or "
            "adaptation signs: 72 hours of observation on the postnatal ward, then the health visitor to day 8. Both "
            "continue unchanged; breastfeeding is encouraged; no co-sleeping because methadone sedates her.",
            "overall: a general fact for both, then the plan",
        ),
        (
            "overall-l-relapse-risk",
            "overall:l",
            "Bipolar disorder relapses often in the weeks after birth, so lithium continues at 800 mg at night and the "
            "perinatal team sees her within a week of delivery. Levels monthly, weekly from 36 weeks and within 24 "
            "hours of birth; the baby is bottle fed and has a paediatric review.",
            "overall: a general fact about the illness, then what it means for her",
        ),
        (
            "overall-p-sedation-sids",
            "overall:p",
            "Sleeping beside a heavily sedated adult raises the risk of sudden infant death, so Daniel, who takes "
            "quetiapine 300 mg at night, never shares a bed, sofa or armchair with the baby and does no night feeds. "
            "Chloe's paracetamol needs nothing; the health visitor rechecks the crib.",
            "overall: the general risk, then the household's rule",
        ),
        (
            "valp-ntd-rate-then-here",
            VALP,
            "About 1 in 10 babies exposed to valproate have a major malformation; this baby was exposed in the first "
            "trimester, so the fetal medicine unit will scan the spine, heart and face in detail. Valproate continues "
            "until neurology review, and she must not stop it suddenly.",
            "a rate, then this baby's scan",
        ),
    ],
)
run(
    "general-then-here",
    REFUSE,
    [
        (
            "ctl-lith-general-only",
            LITH,
            "Lithium passes into breast milk and can build up in a newborn; it has a narrow therapeutic range and is "
            "associated with a small rise in cardiac malformations.",
            "near miss of lith-milk-so-bottle: only what lithium does in general (MA103)",
        ),
        (
            "ctl-meth-general-only",
            METH,
            "Methadone is a long-acting opioid that crosses the placenta, and withdrawal in exposed newborns often "
            "shows late, sometimes up to a week after birth.",
            "near miss of meth-long-acting-late-signs: only general pharmacology (MA103)",
        ),
        (
            "ctl-quet-general-only",
            QUET,
            "Quetiapine is a sedating antipsychotic, and sleeping beside a sedated adult raises the risk of sudden "
            "infant death in general.",
            "near miss of quet-sedating-antipsychotic: nothing about this father or baby (MA103)",
        ),
    ],
)

# ============================================================================================================
# form-beside-plan: the form, its sections, the checklist or the sign-off named beside a real plan (only the
# clause about the form is set aside).

run(
    "form-beside-plan",
    PASS,
    [
        (
            "meth-form-complete-then-plan",
            METH,
            "Every section of this form is complete. Methadone 60 mg continues through pregnancy; the baby stays on the "
            "postnatal ward for at least 72 hours for withdrawal scoring, breastfeeding is encouraged, and she must "
            "not share a bed or sofa with the baby after her dose.",
            "the form's state, then the plan",
        ),
        (
            "sert-checklist-ticked-plan",
            SERT,
            "Checklist ticked and the plan is: sertraline 100 mg continues because stopping risks relapse; the "
            "midwife watches the baby for jitteriness and poor feeding for 48 hours; breastfeeding is fine.",
            "a checklist mention beside the decision",
        ),
        (
            "lith-signed-off-plan",
            LITH,
            "Signed off by Dr Campbell after the perinatal MDT. Lithium continues at 800 mg with levels weekly from 36 "
            "weeks and within 24 hours of delivery; the baby will be bottle fed and seen by the paediatrician for "
            "floppiness and thyroid problems.",
            "a sign-off beside the plan",
        ),
        (
            "valp-ppp-form-plus-scan",
            VALP,
            "The annual risk acknowledgement form is to be completed with neurology. Meanwhile valproate continues "
            "unchanged and must not be stopped suddenly; the baby has first-trimester exposure, so the detailed "
            "anomaly scan and fetal medicine review are booked this week.",
            "the PPP form mentioned beside the plan",
        ),
        (
            "dzpg-sections-then-plan",
            DZPG,
            "Sections on sedation and safe sleep are filled in above; in short, diazepam and pregabalin continue, "
            "Kayleigh never sleeps with the baby on a bed or sofa, the foster carer does the night feeds, and the baby "
            "is watched for late withdrawal to day 8.",
            "the sections pointed to, then the summary",
        ),
        (
            "quet-form-copy-then-plan",
            QUET,
            "A copy of this form stays in the red book. Daniel's quetiapine makes him very drowsy at night, so he does "
            "no night feeds and never shares a bed or sofa with the baby; the baby sleeps in the crib on Chloe's side.",
            "the form's whereabouts beside the plan",
        ),
        (
            "cita-template-v1-plan",
            CITA,
            "Recorded on the 1.0.0 template, which has no safe sleep question. Citalopram 20 mg continues; the risk "
            "of relapse outweighs the small risks to the baby, who is watched for adaptation symptoms for 48 hours; "
            "breastfeeding is supported.",
            "the template's version beside the plan",
        ),
        (
            "overall-m-audit-plus-plan",
            "overall:m",
            "This assessment is part of the practice's perinatal audit. Methadone and sertraline continue unchanged; "
            "the baby is observed on the postnatal ward for 72 hours for withdrawal; breastfeeding is supported; no "
            "co-sleeping because methadone sedates her, and the cot is checked at the home visit.",
            "an audit mention beside the plan",
        ),
        (
            "overall-f-boxes-then-plan",
            "overall:f",
            "All boxes above are answered. Diazepam and pregabalin continue for now with a supervised diazepam "
            "reduction; the foster carer does night feeds and the baby sleeps in its own cot; late withdrawal signs "
            "are watched for until day 8.",
            "boxes mentioned beside the plan",
        ),
        (
            "overall-v-heading-then-plan",
            "overall:v",
            "Summary (see headings above for detail): valproate continues unchanged until urgent neurology review and "
            "must not be stopped abruptly; the baby needs the detailed anomaly scan and fetal medicine review after "
            "first-trimester exposure; folic acid 5 mg started.",
            "a heading pointer beside the summary",
        ),
        (
            "lith-form-overleaf-plan",
            LITH,
            "Lithium levels table continues overleaf. Lithium continues at 800 mg; she will bottle feed because lithium "
            "reaches the baby through milk; the baby has a paediatric review and thyroid check after birth.",
            "the form continues overleaf, then the plan",
        ),
        (
            "meth-dated-signature-plan",
            METH,
            "Dr P Shah, GP, 02/03/2026. Methadone stays at 60 mg; baby to be observed on the postnatal ward for 72 "
            "hours for withdrawal; breastfeeding is encouraged; cot in the parents' room, never bed-sharing after her "
            "dose.",
            "a signature line, then the plan",
        ),
    ],
)
run(
    "form-beside-plan",
    REFUSE,
    [
        (
            "ctl-meth-form-only",
            METH,
            "Every section of this methadone form is complete, the checklist has been ticked and the form is signed "
            "off by the GP.",
            "near miss of meth-form-complete-then-plan: only the form's state (MA103)",
        ),
        (
            "ctl-dzpg-sections-only",
            DZPG,
            "Sections on diazepam, pregabalin, sedation and safe sleep are filled in above and the form continues "
            "overleaf.",
            "near miss of dzpg-sections-then-plan: only where the sections are (MA103)",
        ),
        (
            "ctl-overall-m-audit-only",
            "overall:m",
            "This methadone and sertraline assessment is part of the practice's perinatal audit and has been signed "
            "off.",
            "near miss of overall-m-audit-plus-plan: only the audit (MA103)",
        ),
    ],
)

# ============================================================================================================
# talk-beside-answer: item answers that mention a conversation beside the answer itself (MA125 must keep the
# answer).


def item(where: str, field: str, text: str) -> tuple[str, Mutation]:
    section = (
        "impact_on_baby" if field in ("summary", "neonatal_withdrawal_plan", "breastfeeding") else ("impact_on_mother")
    )
    return _BASE_OF[where], set_(f"assessments#{where}.{section}.{field}", text)


_TALK_OK = [
    (
        "lith-bf-discussed-booking",
        LITH,
        "breastfeeding",
        "Discussed at booking: she will bottle feed, as lithium passes into breast milk and can build up in the baby.",
        "the talk, then the answer",
    ),
    (
        "meth-nwp-talked-through",
        METH,
        "neonatal_withdrawal_plan",
        "Talked through with Jodie on 2 March: the baby stays on the postnatal ward for at least 72 hours with "
        "withdrawal scoring, and the health visitor checks for late signs to day 8.",
        "when it was talked through, then the plan",
    ),
    (
        "meth-ss-went-over-home",
        METH,
        "safe_sleep",
        "Went over this with both parents at home: cot in their room, and the baby never in their bed or on the sofa "
        "after her dose.",
        "a talk, then where the baby sleeps",
    ),
    (
        "quet-ss-explained-together",
        QUET,
        "safe_sleep",
        "Explained to Daniel and Chloe together at the day 10 visit: he does no night feeds and never sleeps with the "
        "baby on a bed, sofa or armchair; the crib stays on Chloe's side.",
        "explained together, then the plan",
    ),
    (
        "cita-bf-spoke-28wk",
        CITA,
        "breastfeeding",
        "Spoke with her at the 28-week visit: breastfeeding is fine on citalopram 20 mg; watch the baby for sleepiness "
        "or poor feeding.",
        "a conversation, then the advice",
    ),
    (
        "valp-bf-with-nurse",
        VALP,
        "breastfeeding",
        "Discussed with her and the epilepsy nurse: she can breastfeed on valproate, watching the baby for drowsiness "
        "or bruising.",
        "a talk with the nurse, then the advice",
    ),
    (
        "sert-bf-agreed-clinic",
        SERT,
        "breastfeeding",
        "Agreed in clinic today that she can breastfeed on sertraline 100 mg; the amount in milk is small.",
        "agreed in clinic, then the answer",
    ),
    (
        "dzpg-ss-carer-meeting",
        DZPG,
        "safe_sleep",
        "Covered at the placement meeting with the foster carer present: Kayleigh never shares a bed, sofa or armchair "
        "with the baby; the baby sleeps in a cot in the foster carer's room, and the foster carer does night feeds.",
        "the meeting, then the arrangement",
    ),
    (
        "lith-nwp-mdt-then-plan",
        LITH,
        "neonatal_withdrawal_plan",
        "Raised at the perinatal MDT on 10 February: paediatric review after birth, the baby observed on the postnatal "
        "ward for floppiness and poor feeding, with a lithium level and thyroid test if signs appear.",
        "where it was raised, then the plan",
    ),
    (
        "meth-bf-leaflet-and-advice",
        METH,
        "breastfeeding",
        "Leaflet given and discussed: breastfeeding is encouraged on her stable methadone dose and may soften the "
        "baby's withdrawal.",
        "a leaflet beside the advice",
    ),
    (
        "cita-nwp-phoned-then-plan",
        CITA,
        "neonatal_withdrawal_plan",
        "Phoned the labour ward coordinator on 4 February: the midwife watches for jitteriness, poor feeding and fast "
        "breathing for 48 hours, with paediatric review if it persists.",
        "a phone call, then the plan",
    ),
    (
        "lith-ss-talked-not-sedating",
        LITH,
        "safe_sleep",
        "We talked about this at the 32-week review: lithium does not make her drowsy at this level, the baby sleeps in "
        "a Moses basket beside her bed, and any new night-time medicine after birth means the plan is looked at again.",
        "a talk, then where the baby sleeps",
    ),
]
for _name, _where, _field, _text, _why in _TALK_OK:
    _base, _mut = item(_where, _field, _text)
    ok(_name, "talk-beside-answer", _base, _mut, _why)

_TALK_BAD = [
    (
        "ctl-cita-bf-spoke-only",
        CITA,
        "breastfeeding",
        "Spoke with her at the 28-week visit.",
        "near miss of cita-bf-spoke-28wk: only that a talk happened, and when (MA125)",
    ),
    (
        "ctl-meth-nwp-talked-only",
        METH,
        "neonatal_withdrawal_plan",
        "Talked through with Jodie on 2 March at the antenatal clinic.",
        "near miss of meth-nwp-talked-through: only when and where (MA125)",
    ),
    (
        "ctl-quet-ss-explained-only",
        QUET,
        "safe_sleep",
        "Explained to Daniel and Chloe together at the day 10 visit.",
        "near miss of quet-ss-explained-together: the talk, not the arrangement (MA125)",
    ),
]
for _name, _where, _field, _text, _why in _TALK_BAD:
    _base, _mut = item(_where, _field, _text)
    bad(_name, "talk-beside-answer", _base, _mut, _why)

# ============================================================================================================
# manual-routes: the foster carer's manual hand-over in the placement record, and manual routes given to
# recipients of the other records.


def foster_route(text: str) -> Mutation:
    return set_("recipients#rcp-foster-carer.route", {"kind": "manual", "description": text})


def manual(recipient: str, text: str) -> Mutation:
    return set_(f"recipients#{recipient}.route", {"kind": "manual", "description": text})


_ROUTES_OK = [
    (
        "route-ward-midwife-hands",
        F,
        foster_route(
            "The ward midwife hands a printed copy to the foster carer at discharge and goes through it with her."
        ),
        "handing, in the present tense",
    ),
    (
        "route-posted-first-class",
        F,
        foster_route(
            "Posted first class to the foster carer's home by the practice administrator on the day of discharge."
        ),
        "posting",
    ),
    (
        "route-read-through-sw",
        F,
        foster_route(
            "Read through line by line with the foster carer by the social worker at the placement visit on 12 June; "
            "she keeps the printed copy."
        ),
        "reading through, with a copy kept",
    ),
    (
        "route-collects-ward-clerk",
        F,
        foster_route(
            "The foster carer collects a sealed printed copy from the ward clerk when she takes the baby home."
        ),
        "collecting from the ward clerk",
    ),
    (
        "route-printed-by-clerk",
        F,
        foster_route(
            "Printed by the ward clerk and given to the foster carer by the discharging midwife before the baby leaves."
        ),
        "printed by the ward clerk, given by the midwife",
    ),
    (
        "route-copy-of-form-hv",
        F,
        foster_route("A copy of the form is given to the foster carer by the health visitor at the discharge meeting."),
        "a copy of the form, given",
    ),
    (
        "route-hand-delivered-sw",
        F,
        foster_route(
            "Hand-delivered to the foster carer's home by the allocated social worker on the afternoon of discharge."
        ),
        "hand-delivered",
    ),
    (
        "route-recorded-delivery-agency",
        F,
        foster_route(
            "Sent by recorded delivery to the fostering agency, marked for the foster carer and her supervising social "
            "worker, the day before discharge."
        ),
        "recorded delivery",
    ),
    (
        "route-secure-email-agency",
        F,
        foster_route(
            "Emailed from the practice's NHS.net account to the fostering agency's secure address, which forwards it to "
            "the foster carer before discharge."
        ),
        "secure email via the agency",
    ),
    (
        "route-letter-with-baby",
        F,
        foster_route(
            "A printed letter travels with the baby in the discharge pack and the midwife explains it to the foster "
            "carer at the cot side."
        ),
        "a letter in the discharge pack, explained",
    ),
    (
        "route-pm-manual-letter",
        L,
        manual(
            "rcp-pmh", "Printed letter handed to the perinatal mental health nurse at the joint clinic on 10 February."
        ),
        "another record: a manual route to the perinatal team",
    ),
    (
        "route-hv-posted-copy",
        P,
        manual(
            "rcp-hv", "Copy posted to the health visiting team base at Millbrook by the practice secretary on 28 May."
        ),
        "another record: posting to the health visitor",
    ),
    (
        "route-midwife-reads-through",
        P,
        manual(
            "rcp-midwife",
            "The community midwife is read the plan by telephone by the health visitor and receives the printed copy at "
            "the day 10 visit.",
        ),
        "read by telephone and handed",
    ),
    (
        "route-specialist-clinic-copy",
        V,
        manual(
            "rcp-epilepsy-nurse",
            "A copy goes to the epilepsy nurse by internal post marked urgent, with the referral letter.",
        ),
        "internal post",
    ),
]
for _name, _base, _mut, _why in _ROUTES_OK:
    ok(_name, "manual-routes", _base, _mut, _why)

_ROUTES_BAD = [
    (
        "ctl-route-mum-passes-on",
        F,
        foster_route(
            "Printed copy given to Kayleigh so that she can pass it on to the foster carer when she next sees her."
        ),
        "near miss of route-ward-midwife-hands: the mother carries it on (MA309)",
    ),
    (
        "ctl-route-still-to-arrange",
        F,
        foster_route("How the foster carer gets the plan is still to be arranged by the ward at some point."),
        "near miss: nothing arranged (MA309)",
    ),
    ("ctl-route-tbc-foster", F, foster_route("TBC with ward"), "a placeholder (MA309)"),
    ("ctl-route-only-phone", P, manual("rcp-hv", "01632 960555"), "only a telephone number, no hand-over (MA309)"),
]
for _name, _base, _mut, _why in _ROUTES_BAD:
    bad(_name, "manual-routes", _base, _mut, _why)

# ============================================================================================================
# mesh-ids: real shapes of MESH mailbox ids: an ODS code then letters and digits (OT, HC and the like).


def mailbox(base: str, recipient: str, mbox: str) -> Mutation:
    return set_(f"recipients#{recipient}.route.mailbox", mbox)


_MESH_OK = [
    ("mesh-trust-ot", M, "rcp-maternity", "RXROT001", "a trust's ODS code, OT and digits"),
    ("mesh-trust-hc", M, "rcp-midwife", "RRKHC002", "a trust's ODS code, HC and digits"),
    ("mesh-welsh-board", L, "rcp-pmh", "7A1OT014", "a Welsh health board's code, starting with a digit"),
    ("mesh-practice-code", P, "rcp-partner-gp", "Y90002OT1", "a practice's six-character code, OT, a digit"),
    ("mesh-practice-long", F, "rcp-gp", "Y90002HC001", "a practice's code, HC and three digits"),
    ("mesh-site-code", V, "rcp-epilepsy-nurse", "RWAOT042", "another trust, OT and digits"),
    ("mesh-csu", C, "rcp-hv", "0DFOT003", "a commissioning support code with a leading zero"),
    ("mesh-x26-other", N, "rcp-hv", "X26OT181", "a national test-style code with OT"),
    ("mesh-scot-like", M, "rcp-sw", "RTDHC123", "a trust code, HC and three digits"),
    ("mesh-hv-sw-digits", F, "rcp-sw", "RR8OT999", "a code with a digit inside, OT, 999"),
]
for _name, _base, _rcp, _mbox, _why in _MESH_OK:
    ok(_name, "mesh-ids", _base, mailbox(_base, _rcp, _mbox), _why)

_MESH_BAD = [
    (
        "ctl-mesh-lowercase-spaces",
        M,
        "rcp-midwife",
        "rrk hc 002",
        "near miss of mesh-trust-hc: lower case and spaces (MA307)",
    ),
    ("ctl-mesh-all-digits", L, "rcp-pmh", "70140140", "only digits, no ODS code (MA307)"),
    ("ctl-mesh-word-box", P, "rcp-hv", "HVMAILBOX", "English words standing in for an id (MA307)"),
    ("ctl-mesh-repeated", F, "rcp-gp", "YYYYYYYY", "one character repeated (MA307)"),
]
for _name, _base, _rcp, _mbox, _why in _MESH_BAD:
    bad(_name, "mesh-ids", _base, mailbox(_base, _rcp, _mbox), _why)

# ============================================================================================================
# hcpc: the partner's assessment written by an allied health professional of the perinatal team, with the HCPC
# number of each profession.


def hcpc(number: str, given: str = "Rhian", family: str = "Powell") -> Mutation:
    return set_(
        f"assessments#{QUET}.author",
        {
            "name": {"given": [given], "family": family},
            "role": "other",
            "registration": {"body": "HCPC", "number": number},
            "organisation": {"ods_code": "Y90500", "name": "Hampton Health Visiting Service"},
        },
    )


_HCPC_OK = [
    ("hcpc-arts-therapist", "AS12345", "arts therapist (AS)"),
    ("hcpc-biomedical", "BS123456", "biomedical scientist (BS), six digits"),
    ("hcpc-podiatrist", "CH23456", "chiropodist or podiatrist (CH)"),
    ("hcpc-clinical-scientist", "CS54321", "clinical scientist (CS)"),
    ("hcpc-dietitian", "DT034567", "dietitian (DT), six digits with a leading zero"),
    ("hcpc-hearing-aid", "HAD04567", "hearing aid dispenser (HAD)"),
    ("hcpc-odp", "ODP034567", "operating department practitioner (ODP), six digits"),
    ("hcpc-orthoptist", "OR03456", "orthoptist (OR)"),
    ("hcpc-paramedic-six", "PA123456", "paramedic (PA), six digits"),
    ("hcpc-physio", "PH98765", "physiotherapist (PH)"),
    ("hcpc-prosthetist", "PO04567", "prosthetist or orthotist (PO)"),
    ("hcpc-radiographer", "RA67890", "radiographer (RA)"),
    ("hcpc-slt", "SL045678", "speech and language therapist (SL), six digits"),
    ("hcpc-psychologist-six", "PYL054321", "practitioner psychologist (PYL), six digits"),
]
for _name, _number, _why in _HCPC_OK:
    ok(_name, "hcpc", P, hcpc(_number), f"an HCPC number of a {_why}")

_HCPC_BAD = [
    ("ctl-hcpc-no-prefix", "054321", "near miss of hcpc-psychologist-six: digits with no profession code (MA204)"),
    ("ctl-hcpc-unknown-code", "ZQ12345", "a profession code the HCPC does not use (MA204)"),
    ("ctl-hcpc-prefix-only", "PH", "near miss of hcpc-physio: the code with no number (MA204)"),
]
for _name, _number, _why in _HCPC_BAD:
    bad(_name, "hcpc", P, hcpc(_number), _why)

# ============================================================================================================
# no-concern-shorthand: uncoded medicines of no perinatal concern written in shorthand, each with the
# clinician's reason (MA117 satisfied; nothing for MA101 to ask).


def extra(name: str, dose: str, reason: str | None) -> Mutation:
    fields = {} if reason is None else {"not_of_concern_reason": reason}
    return add_medicine(medicine("med-extra", name, dose, "2026-04-05", gp_prescriber(RIVERSIDE), **fields))


_SHORT_OK = [
    (
        "amox-uti",
        "Amox 500mg caps",
        "500 mg three times a day for 5 days",
        "Amoxicillin for a urinary infection: a short course, widely used while breastfeeding; the baby may at most "
        "have looser stools.",
    ),
    (
        "para-prn",
        "Para 1g QDS PRN",
        "1 g up to four times a day when needed",
        "Paracetamol for perineal pain, compatible with breastfeeding at this dose.",
    ),
    (
        "ibu-tds",
        "Ibu 400mg TDS with food",
        "400 mg three times a day for 3 days",
        "Ibuprofen after delivery is compatible with breastfeeding; very little reaches the milk.",
    ),
    (
        "fluclox-wound",
        "Fluclox 500mg QDS",
        "500 mg four times a day for 7 days",
        "Flucloxacillin for a wound infection; compatible with breastfeeding, no sedation or withdrawal.",
    ),
    (
        "fe-sulph",
        "Fe sulph 200mg OD",
        "200 mg once daily",
        "Ferrous sulphate for postpartum anaemia; no effect on the breastfed baby beyond the mother's dark stools.",
    ),
    (
        "vit-d",
        "Vit D 10mcg OD",
        "10 micrograms once daily",
        "Vitamin D supplement recommended for all breastfeeding mothers; no risk to the baby.",
    ),
    (
        "diprobase",
        "Diprobase emollient",
        "Apply to dry skin as needed",
        "Emollient cream on her skin; not absorbed, no effect on the baby.",
    ),
    (
        "trimeth-postnatal",
        "Trimeth 200mg BD",
        "200 mg twice a day for 3 days",
        "Trimethoprim for a urinary infection after delivery: a short course compatible with breastfeeding.",
    ),
    (
        "metro-bv",
        "Metro 400mg BD",
        "400 mg twice a day for 7 days",
        "Metronidazole for bacterial vaginosis; compatible with breastfeeding, may make the milk taste bitter.",
    ),
    (
        "clotrim-cream",
        "Clotrim 1% cream",
        "Apply two to three times a day",
        "Clotrimazole cream for thrush on her skin; barely absorbed and no risk to the breastfed baby.",
    ),
    (
        "pregaday",
        "Pregaday tablets",
        "One tablet daily",
        "Iron and folic acid supplement (ferrous fumarate with folic acid) for anaemia; no risk to the baby.",
    ),
    (
        "lanso",
        "Lanso 15mg OD",
        "15 mg once daily",
        "Lansoprazole for reflux; compatible with breastfeeding, no effect on the baby expected.",
    ),
    (
        "cetraben",
        "Cetraben cream",
        "Apply twice a day",
        "Emollient for eczema on her hands; not absorbed, nothing reaches the baby.",
    ),
    (
        "mico-gel-nipples",
        "Mico oral gel",
        "Apply to the nipples after feeds for 7 days",
        "Miconazole gel for nipple thrush while breastfeeding; the baby's mouth is treated at the same time.",
    ),
]
for _name, _med, _dose, _reason in _SHORT_OK:
    ok(
        f"nc-{_name}",
        "no-concern-shorthand",
        N,
        extra(_med, _dose, _reason),
        f"'{_med}': shorthand for a medicine of no perinatal concern, classified with a reason",
    )

_SHORT_BAD = [
    (
        "ctl-nc-diaz-dismissed",
        "Diaz 2mg tabs",
        "2 mg at night",
        "Short course at night for sleep; low dose so no concern.",
        "diazepam in shorthand: a benzodiazepine needs an assessment, a reason does not dismiss it (MA101)",
    ),
    (
        "ctl-nc-tram-dismissed",
        "Tram 50mg caps",
        "50 mg four times a day when needed",
        "Pain after the caesarean; short course only.",
        "tramadol in shorthand: an opioid needs an assessment (MA101)",
    ),
    (
        "ctl-nc-amox-hollow-reason",
        "Amox 500mg caps",
        "500 mg three times a day for 5 days",
        "n/a",
        "near miss of nc-amox-uti: the reason is a placeholder (MA117)",
    ),
    (
        "ctl-nc-mystery-unclassified",
        "Hemp gummies",
        "One at night",
        None,
        "an unrecognised product with no reason (MA117)",
    ),
]
for _bad_name, _bad_med, _bad_dose, _bad_reason, _bad_why in _SHORT_BAD:
    bad(_bad_name, "no-concern-shorthand", N, extra(_bad_med, _bad_dose, _bad_reason), _bad_why)

# ============================================================================================================
# names-not-medicines: people's names, places and English words that resemble a medicine's shorthand.

run(
    "names-not-medicines",
    PASS,
    [
        (
            "dr-diaz-drug-service",
            METH,
            "Methadone 60 mg continues; Dr Diaz at the drug service keeps the dose unchanged to delivery. The baby "
            "stays on the postnatal ward for 72 hours for withdrawal scoring, breastfeeding is encouraged, and there "
            "is no co-sleeping after her dose.",
            "'Diaz' is the keyworker doctor's surname, not diazepam",
        ),
        (
            "hv-val-morris",
            QUET,
            "Daniel's quetiapine leaves him hard to wake at night, so he does no night feeds and never sleeps with the "
            "baby on a bed or sofa; the baby sleeps in the crib by Chloe. Val Morris, the health visitor, rechecks "
            "this at every visit.",
            "'Val' is the health visitor's first name, not valproate",
        ),
        (
            "morpeth-team",
            SERT,
            "Sertraline 100 mg continues; stopping would risk relapse. She moves to Morpeth before the birth, so the "
            "Morpeth community midwives will watch the baby for jitteriness and poor feeding for 48 hours; "
            "breastfeeding is fine.",
            "'Morpeth' is a town, not morphine",
        ),
        (
            "preg-shorthand",
            VALP,
            "Valproate continues for the rest of this preg until neurology review, and must not be stopped suddenly. "
            "First-trimester exposure means the baby needs the detailed anomaly scan and an early fetal medicine "
            "review; folic acid 5 mg started.",
            "'preg' for pregnancy, not pregabalin",
        ),
        (
            "dr-lithgow-valproate",
            VALP,
            "Dr Lithgow, the on-call neurologist, advises that valproate continues unchanged for now; she must not "
            "stop it suddenly. The baby was exposed in the first trimester and needs the detailed anomaly scan and "
            "fetal medicine review.",
            "'Lithgow' is a surname, not lithium",
        ),
        (
            "gabby-grandmother",
            QUET,
            "The father's quetiapine makes him too drowsy at night to care for the baby, so he does no night feeds and "
            "never shares a bed or sofa with her. Chloe's mother Gabby stays over for the first fortnight to help "
            "with nights; the crib stays in the parents' room.",
            "'Gabby' is the grandmother's name, not gabapentin",
        ),
        (
            "city-hospital",
            CITA,
            "Citalopram 20 mg continues because stopping caused relapse before. She delivers at the City Hospital, "
            "where the midwife watches the baby for adaptation symptoms for 48 hours; breastfeeding is supported.",
            "'City' beside citalopram is a hospital's name",
        ),
        (
            "morph-plan-word",
            DZPG,
            "Diazepam and pregabalin continue for now, with a supervised diazepam reduction that may morph into a "
            "slower taper if she struggles. Both sedate her, so the foster carer does all night feeds and the baby "
            "sleeps in its own cot; the baby is watched for late withdrawal to day 8.",
            "'morph' as an English verb, not morphine",
        ),
        (
            "sub-regional-unit",
            METH,
            "Methadone 60 mg continues. She will deliver at the sub-regional unit, where the baby stays at least 72 "
            "hours for withdrawal scoring; breastfeeding is encouraged and the cot must be checked at the home visit "
            "because she must not co-sleep after her dose.",
            "'sub-regional' is not Subutex shorthand",
        ),
        (
            "overall-m-diaz-liz",
            "overall:m",
            "Methadone and sertraline both continue. Dr Diaz (drug service) and Liz, the specialist midwife, share "
            "the birth plan: 72 hours of withdrawal observation, breastfeeding encouraged, and no co-sleeping because "
            "methadone sedates her.",
            "two names resembling shorthand in an overall conclusion",
        ),
    ],
)


def _methadone_author_diaz(doc: dict[str, Any]) -> None:
    for a in doc["assessments"]:
        if a["id"] == METH:
            a["author"] = {
                "name": {"prefix": "Dr", "given": ["Ana"], "family": "Diaz"},
                "role": "general-practitioner",
                "registration": {"body": "GMC", "number": "7034567"},
                "organisation": RIVERSIDE,
            }


ok(
    "author-diaz",
    "names-not-medicines",
    M,
    _methadone_author_diaz,
    "the methadone assessment signed by Dr Ana Diaz, a GP at the practice",
)


def _social_worker_morphew(doc: dict[str, Any]) -> None:
    name = {"given": ["Marcus"], "family": "Morphew"}
    doc["safeguarding"]["social_worker"]["name"] = name
    for r in doc["recipients"]:
        if r["id"] == "rcp-sw":
            r["name"] = dict(name)


ok(
    "sw-named-morphew",
    "names-not-medicines",
    M,
    _social_worker_morphew,
    "the social worker (and recipient) named Morphew, not morphine",
)

run(
    "names-not-medicines",
    REFUSE,
    [
        (
            "ctl-diazepam-really-taken",
            METH,
            "Methadone 60 mg and diazepam 5 mg at night both continue; the baby stays on the postnatal ward for 72 "
            "hours for withdrawal scoring, breastfeeding is encouraged and there is no co-sleeping after her doses.",
            "near miss of dr-diaz-drug-service: diazepam she takes is not in the list (MA120)",
        ),
        (
            "ctl-pregabalin-really-taken",
            VALP,
            "Valproate and pregabalin 150 mg twice daily both continue for the rest of this pregnancy; the baby needs "
            "the detailed anomaly scan and fetal medicine review after first-trimester exposure.",
            "near miss of preg-shorthand: pregabalin she takes is not in the list (MA120)",
        ),
    ],
)

# ============================================================================================================
# future-avoid: a medicine named as planned for later, to avoid, declined, stopped, or for the baby (MA120).

run(
    "future-avoid",
    PASS,
    [
        (
            "lith-sert-if-low-mood",
            LITH,
            "Lithium continues at 800 mg with levels weekly from 36 weeks and within 24 hours of birth. If low mood "
            "returns after birth the perinatal team will start sertraline rather than stop lithium. The baby is "
            "bottle fed and seen by the paediatrician for floppiness and thyroid problems.",
            "sertraline to start later, conditionally",
        ),
        (
            "lith-never-valproate",
            LITH,
            "Lithium continues; she must not restart valproate, which she stopped before this pregnancy. The baby "
            "will be bottle fed and needs a paediatric review for floppiness and thyroid function after birth; levels "
            "within 24 hours of delivery.",
            "valproate not to be restarted",
        ),
        (
            "meth-no-codeine-after-birth",
            METH,
            "Methadone 60 mg continues. After delivery avoid codeine and tramadol for pain; paracetamol and ibuprofen "
            "only. The baby stays 72 hours for withdrawal scoring, breastfeeding is encouraged, and no co-sleeping "
            "after her dose.",
            "codeine and tramadol to be avoided",
        ),
        (
            "meth-declined-bupe",
            METH,
            "She declined a switch to buprenorphine, so methadone continues at 60 mg. The baby is observed on the "
            "postnatal ward for at least 72 hours for withdrawal; breastfeeding is encouraged; never bed-sharing "
            "after her dose.",
            "buprenorphine declined",
        ),
        (
            "meth-baby-morphine",
            METH,
            "Methadone 60 mg continues. The baby stays on the postnatal ward at least 72 hours with Finnegan scoring "
            "and may need oral morphine on the neonatal unit if scores stay high; breastfeeding is encouraged and no "
            "co-sleeping after her dose.",
            "morphine for the baby",
        ),
        (
            "valp-levetiracetam-switch",
            VALP,
            "Valproate continues for now and must not be stopped suddenly; neurology plan to switch her to "
            "levetiracetam over the coming weeks. The baby was exposed in the first trimester and needs the detailed "
            "anomaly scan and fetal medicine review.",
            "levetiracetam planned for later",
        ),
        (
            "dzpg-no-zopiclone",
            DZPG,
            "Diazepam and pregabalin continue for now; zopiclone is not to be added for her sleep. Both sedate her, "
            "so the foster carer does all night feeds and the baby sleeps in its own cot; the baby is watched for late "
            "withdrawal to day 8.",
            "zopiclone not to be added",
        ),
        (
            "quet-no-promethazine",
            QUET,
            "Daniel's quetiapine leaves him very hard to wake, so he does no night feeds and never shares a bed or "
            "sofa with the baby; he must not take promethazine on top for sleep. The baby sleeps in her crib beside "
            "Chloe.",
            "promethazine advised against",
        ),
        (
            "cita-mirtaz-stopped",
            CITA,
            "Citalopram 20 mg continues; mirtazapine was stopped last year. Stopping citalopram would risk relapse. "
            "The midwife watches the baby for adaptation symptoms for 48 hours and breastfeeding is supported.",
            "mirtazapine stopped",
        ),
        (
            "sert-denies-street-diazepam",
            SERT,
            "Sertraline 100 mg continues; she denies any street diazepam. The baby may have adaptation symptoms in the "
            "first days, which the midwife watches for; breastfeeding is compatible.",
            "diazepam denied",
        ),
        (
            "lith-quet-only-if-manic",
            LITH,
            "Lithium continues at 800 mg; quetiapine will be added only if she becomes manic after birth, and the "
            "safe sleep plan would then be redone. The baby is bottle fed and has a paediatric review for floppiness "
            "and thyroid function.",
            "quetiapine only on a condition, later",
        ),
        (
            "overall-f-instead-of-zop",
            "overall:f",
            "Diazepam and pregabalin continue for now, with a supervised diazepam reduction instead of adding "
            "zopiclone for sleep. Both sedate her: the foster carer does night feeds and the baby never sleeps with "
            "her; late withdrawal is watched for until day 8.",
            "zopiclone as the contrast",
        ),
    ],
)
run(
    "future-avoid",
    REFUSE,
    [
        (
            "ctl-lith-sert-taken-now",
            LITH,
            "Lithium and sertraline 50 mg both continue, with levels weekly from 36 weeks and within 24 hours of "
            "birth. The baby is bottle fed and seen by the paediatrician for floppiness and thyroid problems.",
            "near miss of lith-sert-if-low-mood: sertraline taken now, not in the list (MA120)",
        ),
        (
            "ctl-dzpg-zop-taken-now",
            DZPG,
            "Diazepam, pregabalin and zopiclone 7.5 mg at night all continue; they sedate her, so the foster carer "
            "does night feeds and the baby sleeps in its own cot; late withdrawal is watched for to day 8.",
            "near miss of dzpg-no-zopiclone: zopiclone taken now, not in the list (MA120)",
        ),
        (
            "ctl-quet-promethazine-taken",
            QUET,
            "Daniel takes quetiapine and promethazine at night, so he does no night feeds and never shares a bed or "
            "sofa with the baby; the baby sleeps in her crib beside Chloe.",
            "near miss of quet-no-promethazine: promethazine he takes is not in the list (MA120)",
        ),
    ],
)


def counts() -> dict[tuple[str, str], int]:
    return dict(Counter((c.category, c.expect) for c in F30CASES))


if __name__ == "__main__":
    total = Counter(c.expect for c in F30CASES)
    for category in CATEGORIES:
        got = Counter(c.expect for c in F30CASES if c.category == category)
        print(f"{category:24} refuse {got[REFUSE]:3}  pass {got[PASS]:3}")
    print(f"{'total':24} refuse {total[REFUSE]:3}  pass {total[PASS]:3}")
