"""A seventy-seventh independent "fresh" batch of red-team cases for the share gate: a held-out-style mix,
eighth round, in the proportions a reviewer's held-out set would hold.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the issue, the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from
the gate's code or its word lists. About half the records are good clinical work written in the voices of GPs,
midwives, psychiatrists, pharmacists and health visitors (narrative, bullets, SOAP notes, letters, shorthand),
including good conclusions that also point to a letter, give instructions or mention other people's medicines;
the other half are near misses that must be refused. It covers:

* ``hollow``: long non-answers, stock consultation phrases, "plan as discussed";
* ``deferral``: pointers to letters, minutes and reports in every position, beside substantive conclusions that
  also point elsewhere or give instructions;
* ``dismissal``: "nil concerns", "nothing to add", beside "no concerns ... because ..." with the reason;
* ``repetition-filler``: repeated words and sentences, lorem ipsum, keyboard runs, "test", beside shorthand
  and bullets that legitimately repeat "no";
* ``copy-joint``: one text pasted under two medicines, joint conclusions missing a medicine, beside joint
  assessments that name both and brand names for one of them;
* ``names-groups``: brands, misspellings, combinations and whole groups of concern added unassessed, beside
  the record's own medicines listed under a brand or a misspelling and assessed;
* ``unrecognised``: uncoded medicines no list covers, with and without the clinician's reason;
* ``routes-attribution``: routes that cannot deliver, registers that do not fit, one number under two names;
* ``dates-identities``: impossible dates, the mother's NHS number on the partner, hollow justifications;
* ``unanswered-partner``: mandatory items never answered, partner's sedating medicines unassessed or dismissed;
* ``disguise``: a fifth of the corpus, good and bad texts and names from above in look-alike letters,
  zero-width characters, soft hyphens, bidi isolates and full width; the verdict equals the plain one.

Medicines named here are real; no clinical code is invented (medicines added here carry no code).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh77_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from tests.redteam.cases import (
    PASS,
    REFUSE,
    C,
    Case,
    Expect,
    F,
    L,
    M,
    Mutation,
    N,
    P,
    Record,
    V,
    add_medicine,
    chain,
    delete,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F77CASES: list[Case] = []

CATEGORIES = (
    "hollow",
    "deferral",
    "dismissal",
    "repetition-filler",
    "copy-joint",
    "names-groups",
    "unrecognised",
    "routes-attribution",
    "dates-identities",
    "unanswered-partner",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str, **kw: bool) -> None:
    assert category in CATEGORIES, category
    F77CASES.append(Case(f"f77-{name}", category, expect, base, mutate, why, **kw))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str, **kw: bool) -> None:
    add(name, category, REFUSE, base, mutate, why, **kw)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str, **kw: bool) -> None:
    add(name, category, PASS, base, mutate, why, **kw)


def meth(text: str) -> Mutation:
    return set_("assessments#asm-methadone.conclusion", text)


def sert(text: str) -> Mutation:
    return set_("assessments#asm-sertraline.conclusion", text)


def cit(text: str) -> Mutation:
    return set_("assessments#asm-citalopram.conclusion", text)


def lith(text: str) -> Mutation:
    return set_("assessments#asm-lithium.conclusion", text)


def valp(text: str) -> Mutation:
    return set_("assessments#asm-valproate.conclusion", text)


def dzp(text: str) -> Mutation:
    return set_("assessments#asm-diazepam-pregabalin.conclusion", text)


def quet(text: str) -> Mutation:
    return set_("assessments#asm-partner-quetiapine.conclusion", text)


def overall(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


def zw(text: str) -> str:
    return inside_words(text, "\u200b", every=3)


def shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=4)


def iso(text: str) -> str:
    return " ".join(f"\u2068{word}\u2069" for word in text.split(" "))


def cyr(text: str) -> str:
    return homoglyphs(text, "aeocp")


_GP = {"kind": "gp-practice", "organisation": {"ods_code": "Y90001", "name": "Riverside Surgery"}}
_CS = {"kind": "gp-practice", "organisation": {"ods_code": "Y90003", "name": "Castle Street Surgery"}}
_EP = {"kind": "other-organisation", "organisation": {"ods_code": "Y90005", "name": "Elm Park Surgery"}}


def postnatal_med(ident: str, name: str, dose: str, reason: str | None = None) -> Mutation:
    """A medicine the mother in the nothing-concerning postnatal record started after the birth."""
    med: Record = {"id": ident, "name": name, "dose": dose, "started": "2026-04-03", "prescriber": _GP}
    if reason is not None:
        med["not_of_concern_reason"] = reason
    return add_medicine(med)


def antenatal_med(ident: str, name: str, dose: str, reason: str | None = None) -> Mutation:
    """A medicine the mother in the citalopram record has taken since before the pregnancy."""
    med: Record = {"id": ident, "name": name, "dose": dose, "started": "2025-09-01", "prescriber": _CS}
    if reason is not None:
        med["not_of_concern_reason"] = reason
    return add_medicine(med)


def partner_med(ident: str, name: str, dose: str, reason: str | None = None) -> Mutation:
    med: Record = {
        "id": ident,
        "name": name,
        "dose": dose,
        "taken_by": "partner",
        "started": "2024-01-10",
        "prescriber": _EP,
    }
    if reason is not None:
        med["not_of_concern_reason"] = reason
    return add_medicine(med)


def rename(mid: str, name: str) -> Mutation:
    """The record's own medicine written under another name, its code dropped (receivers then query by name)."""

    def mutate(doc: Record) -> None:
        for med in doc["medicines"]:
            if med["id"] == mid:
                med["name"] = name
                med.pop("code", None)
                return
        raise KeyError(mid)

    return mutate


def author(path: str, person: dict[str, Any]) -> Mutation:
    return set_(path, person)


M_NW = "assessments#asm-methadone.impact_on_baby.neonatal_withdrawal_plan"
M_SS = "assessments#asm-methadone.impact_on_mother.safe_sleep"
P_SS = "assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep"
F_SS = "assessments#asm-diazepam-pregabalin.impact_on_mother.safe_sleep"

# ============================================================================================================
# hollow
HW = "hollow"

H_METH = "Methadone: the situation was gone over in full at today's appointment and has been documented accordingly."
bad("hw-meth-gone-over-documented", HW, M, meth(H_METH), "a review is reported, no decision (MA103)")
H_LITH = (
    "Lithium was looked at carefully by the perinatal team today, who went through everything at length with "
    "Rebecca and her husband, and everyone is content with how things currently stand at the present time."
)
bad("hw-lith-long-content", HW, L, lith(H_LITH), "a long non-answer: everyone content, nothing decided (MA103)")
bad(
    "hw-cit-seen-plan-as-discussed",
    HW,
    C,
    cit("Citalopram 20mg od. Seen in clinic. Plan as discussed with pt. Review prn."),
    "shorthand with no content: 'plan as discussed' (MA103/MA124)",
)
bad(
    "hw-dzp-noted-actioned",
    HW,
    F,
    dzp("Diazepam and pregabalin: reviewed, noted and actioned as appropriate by the team involved."),
    "a process, no sedation or withdrawal content (MA103)",
)
bad(
    "hw-quet-hv-visit-done",
    HW,
    P,
    quet("Dad's quetiapine - HV visit done, discussed with both parents, nil further at this point."),
    "what was discussed is never written (MA103)",
)
bad(
    "hw-overall-valp-boxes-ticked",
    HW,
    V,
    overall("Sodium valproate: MHRA guidance followed, all boxes ticked, the patient is fully aware and consents."),
    "procedure, no plan for her or the baby (MA103)",
)
bad(
    "hw-sert-all-options",
    HW,
    M,
    sert("Sertraline - all the options were explored with her in detail and she made an informed choice today."),
    "the choice she made is not written (MA103)",
)

S_SOAP = (
    "S: feels stable, no on-top use, attends the drug service. O: 29+2/40, supervised methadone 60 mg od. "
    "A: baby likely to develop NAS. P: continue methadone unchanged; 72 h obs on PNW with NAS scoring, HV to look "
    "for late signs to day 8; BF encouraged; no co-sleeping after her dose, cot to be seen at the home visit."
)
ok("hw-meth-soap", HW, M, meth(S_SOAP), "a SOAP note with the plan for mother and baby")
L_LETTER = (
    "Dear colleague, I saw Rebecca in the perinatal clinic today. Lithium (Priadel) 800 mg nocte should continue, "
    "as her risk of relapse after the birth is high. Levels 4-weekly, weekly from 36/40 and within 24 h of "
    "delivery. Baby: paediatric review after birth for floppiness, poor feeding and thyroid problems. Bottle "
    "feeding agreed, as lithium passes into breast milk. Yours sincerely, Dr S Osei, consultant perinatal "
    "psychiatrist."
)
ok("hw-lith-letter", HW, L, lith(L_LETTER), "a psychiatrist's letter with the whole plan")
C_MW = (
    "Midwife note: citalopram 20 mg to continue - she relapsed within six weeks when she last stopped. For baby: "
    "I will watch for jitteriness, fast breathing and poor feeding for the first 48 hours and ask the paeds to "
    "review if it persists. Happy to breastfeed, supported."
)
ok("hw-cit-midwife-voice", HW, C, cit(C_MW), "a midwife's first-person plan")
Q_HV = (
    "HV new birth visit: Daniel takes quetiapine 300 mg at night and is very hard to wake afterwards, so he is "
    "not to do night feeds or doze with the baby on the sofa or in bed. Chloe does nights; baby in the "
    "next-to-me crib (seen, safe). I will recheck at every contact to 8 weeks."
)
ok("hw-quet-hv-voice", HW, P, quet(Q_HV), "a health visitor's record of the partner plan")
D_PHARM = (
    "Pharmacist review: diazepam 5 mg tds and pregabalin 150 mg bd together are markedly sedating. Kayleigh must "
    "not bed-share, sofa-sleep or feed lying down; the foster carer does night feeds. Baby watched for late "
    "withdrawal (tremor, poor feeding, high-pitched cry) to day 8. Neither to be stopped abruptly; GP to plan a "
    "slow diazepam taper."
)
ok("hw-dzp-pharmacist", HW, F, dzp(D_PHARM), "a pharmacist's joint review naming both")
ok(
    "hw-sert-options-then-choice",
    HW,
    M,
    sert(
        "All the options were explored with her: she chose to stay on sertraline 100 mg, as her depression "
        "returned quickly when she stopped last year. The midwife will watch the baby for adaptation symptoms "
        "in the first 48 hours; sertraline is fine for breastfeeding."
    ),
    "the hollow opening followed by the choice and the plan",
)

# ============================================================================================================
# deferral
DF = "deferral"

bad(
    "df-meth-full-position-letter",
    DF,
    M,
    meth("Methadone: for the full position, please see the Hampton drug service letter of 20/02/2026."),
    "the conclusion is elsewhere (MA103)",
)
bad(
    "df-sert-psych-letter-gp-action",
    DF,
    M,
    sert("Sertraline - as per the psychiatry letter dated 14/02/2026; GP to action the recommendations therein."),
    "'as per letter' with nothing of its own (MA103)",
)
bad(
    "df-lith-clinic-letter-scanned",
    DF,
    L,
    lith("Lithium: see the perinatal clinic letter from Dr Osei, which has been scanned into the notes."),
    "a pointer only (MA103)",
)
bad(
    "df-valp-will-update",
    DF,
    V,
    valp("Sodium valproate: awaiting the neurology opinion; this section will be updated once it is received."),
    "a placeholder for a later conclusion (MA103)",
)
bad(
    "df-overall-dzp-discharge-summary",
    DF,
    F,
    overall("Diazepam and pregabalin: refer to the discharge summary and the social worker's report for the plan."),
    "the plan is in other documents (MA103)",
)
bad(
    "df-quet-his-gp",
    DF,
    P,
    quet("The father's quetiapine is a matter for his own GP at Elm Park Surgery; their outcome is to follow."),
    "deferred to another practice, nothing about the baby (MA103)",
)
bad(
    "df-cit-mdt-minutes",
    DF,
    C,
    cit("Citalopram was discussed at the perinatal MDT on 09/02; the outcome is recorded in the MDT minutes."),
    "the outcome is in the minutes (MA103)",
)
bad(
    "df-meth-semicolon-per-letter",
    DF,
    M,
    meth("Methadone 60 mg once daily; plan per drug service letter."),
    "a deferral after a semicolon (MA103)",
)

ok(
    "df-meth-content-then-letter",
    DF,
    M,
    meth(
        "Methadone 60 mg daily stays the same through pregnancy: a cut now would risk relapse. The baby will need "
        "at least 72 hours on the postnatal ward with withdrawal scoring and HV checks to day 8. Breastfeeding is "
        "encouraged. No co-sleeping after her dose. The drug service letter of 20/02 is attached for the dose "
        "history."
    ),
    "a substantive conclusion that also points to a letter",
)
ok(
    "df-valp-pending-letter-to-follow",
    DF,
    V,
    valp(
        "Valproate 500 mg bd continues unchanged pending the urgent neurology review on 27/05; she must not stop it "
        "as seizures would endanger her and the baby. First-trimester exposure: about a 1 in 10 risk of a major "
        "malformation, so an early fetal medicine scan is booked. Folic acid 5 mg started. The neurology letter with "
        "the longer-term plan will follow."
    ),
    "'pending' and 'to follow' beside a real plan",
)
ok(
    "df-sert-please-tell-paeds",
    DF,
    M,
    sert(
        "Sertraline 100 mg continues, as relapse would harm mother and baby alike. Please make sure the paediatric "
        "team know at delivery: the baby has a small risk of PPHN and adaptation symptoms, and the midwife should "
        "watch for these with the withdrawal scoring. Breastfeeding is compatible."
    ),
    "an instruction, not a deferral",
)
ok(
    "df-overall-dzp-content-then-report",
    DF,
    F,
    overall(
        "Diazepam and pregabalin both continue for now and sedate Kayleigh: no bed, sofa or armchair sharing and "
        "no feeding lying down; the foster carer does night feeds. The baby may show late withdrawal until day 8 - "
        "ring the neonatal unit for tremor or poor feeding. The placement arrangements are set out in the social "
        "worker's report."
    ),
    "a full overall conclusion that also names a report",
)
ok(
    "df-quet-please-check-crib",
    DF,
    P,
    quet(
        "Daniel's quetiapine 300 mg at night leaves him heavily sedated: he must not do night feeds or fall asleep "
        "with the baby. Chloe does the nights and the baby sleeps in the next-to-me crib. HV: please check the crib "
        "and who does the night feeds at each contact; his GP will let you know of any dose change."
    ),
    "instructions to the health visitor",
)
ok(
    "df-cit-mdt-then-outcome",
    DF,
    C,
    cit(
        "Discussed at the perinatal MDT on 09/02 (minutes on file). Outcome: citalopram 20 mg continues; midwife "
        "to observe the baby for adaptation symptoms for 48 hours after birth, paeds if persistent; breastfeeding "
        "supported; GP mood review at 6 weeks."
    ),
    "the MDT named and its outcome written",
)

# ============================================================================================================
# dismissal
DS = "dismissal"

bad(
    "ds-meth-nil-concerns-stage",
    DS,
    M,
    meth("Methadone - nil concerns identified at this stage of the pregnancy."),
    "dismissal with no reason (MA103)",
)
bad(
    "ds-sert-no-issues",
    DS,
    M,
    sert("Sertraline: no issues, continue as before, nothing further needed from our side."),
    "'no issues' with no reason (MA103)",
)
bad(
    "ds-lith-nothing-to-add",
    DS,
    L,
    lith("Lithium \u2013 she is stable, nothing further to add, and no action is required at present."),
    "dismissal of a teratogen with neonatal effects (MA103)",
)
bad(
    "ds-overall-cit-nothing-of-note",
    DS,
    C,
    overall("Citalopram: nothing of note for the baby. No further action required by any party."),
    "overall dismissal (MA103)",
)
bad(
    "ds-quet-not-relevant-dad",
    DS,
    P,
    quet("Not relevant to the baby: the quetiapine is taken by dad, not by mum."),
    "a partner's sedating medicine dismissed (MA123/MA103)",
)
bad(
    "ds-dzp-safe-sleep-na-foster",
    DS,
    F,
    set_(F_SS, "N/A - baby is in foster care."),
    "safe sleep dismissed though the mother is in the placement with the baby (MA123)",
)

ok(
    "ds-sert-no-concerns-beyond",
    DS,
    M,
    sert(
        "No concerns about sertraline for the baby beyond the small risk of PPHN and adaptation symptoms, which "
        "the midwife will watch for in the first 48 hours. Continue 100 mg daily; fine with breastfeeding."
    ),
    "'no concerns beyond' followed by the concerns and the plan",
)
ok(
    "ds-cit-nothing-to-suggest",
    DS,
    C,
    cit(
        "Nothing to suggest citalopram should change: she relapsed within six weeks when she last stopped. Baby: "
        "midwife to watch for jitteriness and poor feeding for 48 h after birth, paeds if persisting. BF supported."
    ),
    "a dismissal phrase with reasons and a plan",
)
ok(
    "ds-overall-quet-no-concern-paracetamol",
    DS,
    P,
    overall(
        "Chloe's paracetamol is no concern for the baby. Daniel's quetiapine is: he is hard to wake for hours after "
        "his night dose, so no co-sleeping with him anywhere and no night feeds by him. The crib has been seen; "
        "the HV checks at each visit."
    ),
    "'no concern' for the harmless medicine, the partner's addressed",
)
ok(
    "ds-meth-no-change-needed",
    DS,
    M,
    meth(
        "No change needed to methadone 60 mg: she is stable with no on-top use. Baby: expect NAS; 72 h obs on the "
        "postnatal ward, HV for late signs to day 8. Breastfeed. No co-sleeping after doses; cot checked at home."
    ),
    "'no change needed' with the reason and the plan",
)
ok(
    "ds-lith-no-action-on-dose",
    DS,
    L,
    lith(
        "No action on the lithium dose: Priadel 800 mg nocte continues because a postpartum relapse is the bigger "
        "danger. Levels monthly, weekly from 36/40, within 24 h of delivery. The baby has a paediatric review for "
        "floppiness and thyroid function; bottle feeding."
    ),
    "'no action' about the dose only, the rest planned",
)

# ============================================================================================================
# repetition-filler
RF = "repetition-filler"

bad(
    "rf-meth-continue-x5",
    RF,
    M,
    meth("Methadone continue. Methadone continue. Methadone continue. Methadone continue. Methadone continue."),
    "one phrase repeated (MA114)",
)
bad(
    "rf-lith-lorem",
    RF,
    L,
    lith(
        "Lithium lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore."
    ),
    "filler text (MA113)",
)
bad(
    "rf-sert-keyboard",
    RF,
    M,
    sert("Sertraline asdf qwer zxcv hjkl uiop asdf qwer zxcv ghjk baby."),
    "keyboard runs (MA113)",
)
bad(
    "rf-valp-xxx-tbc",
    RF,
    V,
    valp("Valproate xxx xxx xxx tbc tbc tbc xxx tbc xxx tbc."),
    "placeholders (MA113/MA103)",
)
bad(
    "rf-overall-dzp-sentence-x3",
    RF,
    F,
    overall(
        "Diazepam and pregabalin continue unchanged for now. Diazepam and pregabalin continue unchanged for now. "
        "Diazepam and pregabalin continue unchanged for now."
    ),
    "one sentence three times (MA114)",
)
bad(
    "rf-quet-test",
    RF,
    P,
    quet("Quetiapine test test test test test test test test test."),
    "a test string (MA113/MA114)",
)
bad(
    "rf-cit-baby-baby",
    RF,
    C,
    cit("Citalopram baby baby baby baby baby baby breastfeeding breastfeeding breastfeeding."),
    "content words repeated with no sentence (MA114)",
)

ok(
    "rf-meth-many-nos",
    RF,
    M,
    meth(
        "Methadone 60 mg od - continue. No reduction. No co-sleeping. No sofa sleeping. No feeding lying down after "
        "the dose. Baby: NAS obs 72 h on PNW, HV to day 8. BF: yes, encouraged."
    ),
    "legitimate repeated 'No' in a list",
)
ok(
    "rf-lith-shorthand",
    RF,
    L,
    lith(
        "Li (Priadel) 800 mg nocte - cont. Levels 4/52, weekly from 36/40, <24 h post-delivery; fluids in labour. "
        "Baby: paeds r/v after birth (tone, feeding, TFTs). FF agreed - lithium in breast milk. PMH r/v within 1/52 "
        "of birth."
    ),
    "dense clinical shorthand is language",
)
ok(
    "rf-dzp-day-8-twice",
    RF,
    F,
    dzp(
        "Diazepam and pregabalin continue; both sedate. No bed-sharing, no sofa, no armchair, no feeding lying down. "
        "Baby may show late withdrawal up to day 8; foster carer watches to day 8 and rings the neonatal unit. "
        "Foster carer does the night feeds."
    ),
    "a phrase repeated for emphasis inside a real plan",
)
ok(
    "rf-cit-bullets",
    RF,
    C,
    cit(
        "Citalopram 20 mg:\n- continue (relapse last time stopped)\n- baby: watch 48 h for adaptation symptoms\n"
        "- baby: paeds if persists\n- breastfeeding: yes\n- mood: GP r/v at 6 weeks"
    ),
    "bullets that start the same way",
)

# ============================================================================================================
# copy-joint
CJ = "copy-joint"

BOTH = (
    "Methadone and sertraline both continue unchanged. The baby is observed for withdrawal and SSRI adaptation "
    "for at least 72 hours on the ward; breastfeeding is supported; no co-sleeping after her methadone."
)
bad("cj-meth-sert-same-text", CJ, M, chain(meth(BOTH), sert(BOTH)), "one text under two assessments (MA121)")
GENERIC = (
    "Continue the current medicine unchanged. The baby will be observed after birth by the midwife and "
    "breastfeeding is supported; the health visitor follows up at home."
)
bad(
    "cj-meth-sert-generic",
    CJ,
    M,
    chain(meth(GENERIC), sert(GENERIC)),
    "a generic text everywhere, no medicine named (MA121/MA119)",
)
bad(
    "cj-dzp-only-diazepam",
    CJ,
    F,
    dzp(
        "Diazepam 5 mg tds is sedating: no co-sleeping, no feeding lying down, and the foster carer does night "
        "feeds. Late withdrawal possible to day 8. Continue for now, with a slow taper from the 6-week review."
    ),
    "joint assessment naming one of its two medicines (MA119)",
)
bad(
    "cj-overall-dzp-only-pregabalin",
    CJ,
    F,
    overall(
        "Pregabalin continues and makes her drowsy: no bed, sofa or armchair sharing; foster carer does nights; "
        "late withdrawal possible to day 8, ring the neonatal unit if worried."
    ),
    "overall naming one of two assessed medicines (MA119)",
)
bad(
    "cj-overall-meth-only",
    CJ,
    M,
    overall(
        "Methadone continues. The baby stays 72 hours on the postnatal ward for withdrawal scoring; HV checks to "
        "day 8; breastfeeding encouraged; no co-sleeping after doses, cot to be seen before discharge."
    ),
    "overall conclusion never names sertraline (MA119)",
)


def make_joint(doc: Record) -> None:
    assessments = doc["assessments"]
    meth_asm = next(a for a in assessments if a["id"] == "asm-methadone")
    meth_asm["medicine_ids"] = ["med-methadone", "med-sertraline"]
    meth_asm["conclusion"] = (
        "Methadone 60 mg and sertraline 100 mg both continue: she is stable on both and relapse would harm her "
        "and the baby. The baby needs 72 hours on the postnatal ward for neonatal withdrawal and SSRI adaptation "
        "signs, then HV checks to day 8. Breastfeeding is encouraged. No co-sleeping after her methadone dose."
    )
    doc["assessments"] = [a for a in assessments if a["id"] != "asm-sertraline"]


ok("cj-meth-sert-joint", CJ, M, make_joint, "one joint assessment that names both")
ok(
    "cj-shared-sentence",
    CJ,
    M,
    chain(
        meth(
            "Methadone 60 mg continues; the baby is observed 72 hours for NAS and by the HV to day 8; breastfeed. "
            "No co-sleeping after her dose. Any dose change to be shared with maternity the same week."
        ),
        sert(
            "Sertraline 100 mg continues; the midwife watches for adaptation and a small PPHN risk at birth; "
            "compatible with breastfeeding. Any dose change to be shared with maternity the same week."
        ),
    ),
    "two different conclusions sharing one instruction sentence",
)
ok(
    "cj-overall-dzp-brands",
    CJ,
    F,
    overall(
        "Diazepam (Valium) and Lyrica continue for now and both sedate her: no bed, sofa or armchair sharing, no "
        "feeding lying down, foster carer does nights. Baby watched for late withdrawal until day 8."
    ),
    "pregabalin named by its brand (issue 9: a brand names the medicine)",
)
ok(
    "cj-cit-overall-same-as-assessment",
    CJ,
    C,
    overall(
        "Citalopram should continue: the risk of relapse outweighs the small risks to the baby, which the midwife "
        "will watch for after birth. Breastfeeding is supported."
    ),
    "one medicine: overall equal to its only assessment's conclusion is not copying between medicines",
)
ok(
    "cj-overall-meth-sert-bullets",
    CJ,
    M,
    overall(
        "- Methadone 60 mg: continue; baby NAS obs 72 h PNW, HV to day 8; no co-sleeping after dose.\n"
        "- Sertraline 100 mg: continue; watch for adaptation/PPHN at birth.\n- Both fine for breastfeeding.\n"
        "- SW and HV to see the sleeping arrangements before discharge."
    ),
    "overall conclusion as bullets naming both",
)

# ============================================================================================================
# names-groups
NG = "names-groups"

bad(
    "ng-c-subutex",
    NG,
    C,
    antenatal_med("med-subutex", "Subutex 8mg sublingual tablets", "8 mg daily"),
    "buprenorphine by brand, unassessed (MA101)",
)
bad(
    "ng-c-epilim-chrono",
    NG,
    C,
    antenatal_med("med-epilim", "Epilim Chrono 500 prolonged-release tablets", "500 mg twice a day"),
    "valproate by brand (MA101)",
)
bad(
    "ng-n-oramorph",
    NG,
    N,
    postnatal_med("med-oramorph", "Oramorph 10mg/5ml oral solution", "5 ml when needed"),
    "an opioid by brand, postnatal, breastfeeding (MA101)",
)
bad(
    "ng-n-tramacet",
    NG,
    N,
    postnatal_med("med-tramacet", "Tramacet 37.5mg/325mg tablets", "2 tablets qds prn"),
    "tramadol combination by brand (MA101)",
)
bad(
    "ng-c-co-dydramol",
    NG,
    C,
    antenatal_med("med-codydramol", "Co-dydramol 10mg/500mg tablets", "2 tablets qds"),
    "a dihydrocodeine combination (MA101)",
)
bad(
    "ng-n-phenobarbital",
    NG,
    N,
    postnatal_med("med-phenobarb", "Phenobarbital 30mg tablets", "60 mg at night"),
    "an older antiepileptic, sedating (MA101)",
)
bad(
    "ng-c-mycophenolate",
    NG,
    C,
    antenatal_med("med-mmf", "Mycophenolate mofetil 500mg tablets", "1 g bd"),
    "a known teratogen (MA101)",
)
bad(
    "ng-n-setraline",
    NG,
    N,
    postnatal_med("med-setraline", "Setraline 50mg tabs", "50 mg od"),
    "sertraline misspelt, breastfeeding, unassessed (MA101)",
)
bad(
    "ng-c-topiramate",
    NG,
    C,
    antenatal_med("med-topiramate", "Topiramate 50mg tablets", "50 mg bd"),
    "an antiepileptic and teratogen (MA101)",
)
bad(
    "ng-n-promethazine",
    NG,
    N,
    postnatal_med("med-phenergan", "Phenergan 25mg tablets", "25 mg at night"),
    "a sedating antihistamine by brand (MA101)",
)
bad(
    "ng-c-isotretinoin",
    NG,
    C,
    antenatal_med("med-isotretinoin", "Isotretinoin 20mg capsules", "20 mg daily"),
    "a pregnancy-prevention teratogen (MA101)",
)
bad(
    "ng-n-zapain",
    NG,
    N,
    postnatal_med("med-zapain", "Zapain 30mg/500mg capsules", "2 capsules qds"),
    "co-codamol by brand (MA101)",
)
bad(
    "ng-n-gabapentin",
    NG,
    N,
    postnatal_med("med-gabapentin", "Gabapentin 300mg capsules", "300 mg tds"),
    "a gabapentinoid, sedating (MA101)",
)
bad(
    "ng-c-primidone",
    NG,
    C,
    antenatal_med("med-primidone", "Primidone 50mg tablets", "250 mg at night"),
    "an older antiepileptic (MA101)",
)
bad(
    "ng-n-morphine-mr",
    NG,
    N,
    postnatal_med("med-zomorph", "Zomorph 10mg modified-release capsules", "10 mg bd"),
    "morphine by brand (MA101)",
)

ok(
    "ng-m-methadose",
    NG,
    M,
    rename("med-methadone", "Methadose 10mg/ml oral concentrate"),
    "the record's own methadone listed by brand and assessed",
)
ok(
    "ng-v-epilim",
    NG,
    V,
    rename("med-valproate", "Epilim Chrono 500 prolonged-release tablets"),
    "valproate by brand, assessed as valproate",
)
ok(
    "ng-f-lyrica",
    NG,
    F,
    rename("med-pregabalin", "Lyrica 75mg capsules"),
    "pregabalin by brand in a joint assessment naming pregabalin",
)
ok(
    "ng-m-setraline-listed",
    NG,
    M,
    rename("med-sertraline", "Setraline 50mg tablets"),
    "the record's own sertraline misspelt and assessed",
)
ok(
    "ng-l-camcolit",
    NG,
    L,
    rename("med-lithium", "Camcolit 400mg modified-release tablets"),
    "lithium under another brand; conclusion names lithium",
)
ok("ng-f-diazepam-hyphen", NG, F, rename("med-diazepam", "Diazepam 5 mg tablets"), "a spaced strength in the name")

# ============================================================================================================
# unrecognised
UR = "unrecognised"

bad(
    "ur-n-hydroxychloroquine",
    UR,
    N,
    postnatal_med("med-hcq", "Hydroxychloroquine 200mg tablets", "200 mg daily"),
    "uncoded, on no list, no reason given (MA117)",
)
bad(
    "ur-c-ursodeoxycholic",
    UR,
    C,
    antenatal_med("med-udca", "Ursodeoxycholic acid 300mg tablets", "300 mg bd"),
    "uncoded, unclassified (MA117)",
)
bad(
    "ur-n-mebeverine-hollow-reason",
    UR,
    N,
    postnatal_med("med-mebeverine", "Mebeverine 135mg tablets", "135 mg tds", reason="N/A"),
    "a reason that is not a reason (MA117)",
)
bad(
    "ur-c-labetalol-reason-fine",
    UR,
    C,
    antenatal_med("med-azathioprine", "Azathioprine 50mg tablets", "100 mg daily", reason="Fine."),
    "one word is not a reason (MA117)",
)
bad(
    "ur-n-unknown-brandish",
    UR,
    N,
    postnatal_med("med-xyz", "Dermol 500 lotion", "apply as needed"),
    "an uncoded product with no classification (MA117)",
)
ok(
    "ur-n-hydroxychloroquine-reason",
    UR,
    N,
    postnatal_med(
        "med-hcq",
        "Hydroxychloroquine 200mg tablets",
        "200 mg daily",
        reason="Taken for lupus since 2022; compatible with breastfeeding (UKDILAS), no sedation; "
        "rheumatology aware of the birth.",
    ),
    "an explicit classification with a reason",
)
ok(
    "ur-c-ursodeoxycholic-reason",
    UR,
    C,
    antenatal_med(
        "med-udca",
        "Ursodeoxycholic acid 300mg tablets",
        "300 mg bd",
        reason="Started by the obstetric team for itching in pregnancy; no known harm to the baby and "
        "no neonatal withdrawal.",
    ),
    "classified by the clinician with a reason",
)
ok(
    "ur-n-folic-acid",
    UR,
    N,
    postnatal_med("med-folic", "Folic acid 400microgram tablets", "400 micrograms daily"),
    "a common harmless medicine needs no reason",
)
ok(
    "ur-n-mebeverine-reason",
    UR,
    N,
    postnatal_med(
        "med-mebeverine",
        "Mebeverine 135mg tablets",
        "135 mg tds",
        reason="For IBS; acts in the gut, negligible transfer into breast milk, not sedating.",
    ),
    "a reason given",
)

# ============================================================================================================
# routes-attribution
RA = "routes-attribution"

OSEI_NMC = {
    "name": {"prefix": "Dr", "given": ["Samuel"], "family": "Osei"},
    "role": "psychiatrist",
    "registration": {"body": "NMC", "number": "12B3456C"},
    "organisation": {"ods_code": "Y90730", "name": "Northgate Perinatal Mental Health Service"},
}
PRICE_GMC = {
    "name": {"given": ["Joanna"], "family": "Price"},
    "role": "health-visitor",
    "registration": {"body": "GMC", "number": "7098765"},
    "organisation": {"ods_code": "Y90510", "name": "Millbrook Health Visiting Service"},
}
SHAW_SAME_GMC = {
    "name": {"prefix": "Dr", "given": ["Peter"], "family": "Shaw"},
    "role": "general-practitioner",
    "registration": {"body": "GMC", "number": "7012345"},
    "organisation": {"ods_code": "Y90001", "name": "Riverside Surgery"},
}
COLE_NMC = {
    "name": {"given": ["Bethany"], "family": "Cole"},
    "role": "clinical-pharmacist",
    "registration": {"body": "NMC", "number": "14C5678D"},
    "organisation": {"ods_code": "Y90001", "name": "Riverside Surgery"},
}
SHAH_ATTESTS = {
    "name": {"prefix": "Dr", "given": ["Priya"], "family": "Shah"},
    "role": "general-practitioner",
    "registration": {"body": "GMC", "number": "7012345"},
    "organisation": {"ods_code": "Y90001", "name": "Riverside Surgery"},
}

bad(
    "ra-c-hv-mailbox-na",
    RA,
    C,
    set_("recipients#rcp-hv.route.mailbox", "n/a"),
    "not a mailbox (MA307)",
    parse_reject_ok=True,
)
bad(
    "ra-v-host-with-space",
    RA,
    V,
    set_("recipients#rcp-maternity.route.host", "maternity interface"),
    "a host with a space (MA308)",
)
bad(
    "ra-l-fhir-http",
    RA,
    L,
    set_("recipients#rcp-maternity.route.base_url", "http://maternity.northgate.example/fhir/R4"),
    "clinical data over plain http (MA308)",
    parse_reject_ok=True,
)
bad(
    "ra-f-foster-see-above",
    RA,
    F,
    set_("recipients#rcp-foster-carer.route.description", "See above."),
    "a placeholder manual route (MA309)",
)
bad(
    "ra-f-sw-ods-seven",
    RA,
    F,
    set_("recipients#rcp-sw.organisation.ods_code", "Y903100"),
    "malformed ODS (MA310)",
    parse_reject_ok=True,
)
bad(
    "ra-l-psychiatrist-nmc",
    RA,
    L,
    author("assessments#asm-lithium.author", OSEI_NMC),
    "a psychiatrist on the NMC register (MA207)",
)
bad(
    "ra-p-hv-gmc",
    RA,
    P,
    author("assessments#asm-partner-quetiapine.author", PRICE_GMC),
    "a health visitor on the GMC register (MA207)",
)
bad(
    "ra-m-gmc-two-names",
    RA,
    M,
    author("assessments#asm-sertraline.author", SHAW_SAME_GMC),
    "one GMC number under Shah and Shaw (MA209)",
)
bad("ra-n-pharmacist-nmc", RA, N, author("attestation.by", COLE_NMC), "a pharmacist on the NMC register (MA207)")
bad("ra-c-gmc-zeros", RA, C, set_("attestation.by.registration.number", "0000000"), "an impossible number (MA208)")
bad(
    "ra-m-sw-phone-tbc",
    RA,
    M,
    set_("safeguarding.social_worker.telephone", "TBC"),
    "no number (MA311)",
    parse_reject_ok=True,
)

ok(
    "ra-p-partner-gp-mailbox",
    RA,
    P,
    set_("recipients#rcp-partner-gp.route.mailbox", "X26EP099"),
    "another well-formed mailbox",
)
ok(
    "ra-f-foster-hand-at-visit",
    RA,
    F,
    set_(
        "recipients#rcp-foster-carer.route.description",
        "HV to hand a printed copy to Sandra Hollis at the home visit on 16/06 and talk her through the night "
        "feeds and late withdrawal signs.",
    ),
    "a real manual instruction in shorthand",
)
ok("ra-n-gp-attests", RA, N, author("attestation.by", SHAH_ATTESTS), "the GP attests the pharmacist's review")
ok(
    "ra-v-gp-manual-post",
    RA,
    V,
    set_(
        "recipients#rcp-gp.route",
        {
            "kind": "manual",
            "description": "Copy filed in the practice record by the "
            "author on signing and flagged to the usual GP for the 12-week review.",
        },
    ),
    "a manual route to her own practice with an instruction",
)
ok(
    "ra-l-fhir-path-version",
    RA,
    L,
    set_("recipients#rcp-maternity.route.base_url", "https://fhir.northgate.example/api/fhir/r4/"),
    "an https FHIR base URL with a trailing slash",
)

# ============================================================================================================
# dates-identities
DI = "dates-identities"

bad(
    "di-v-assessment-before-conception",
    DI,
    V,
    set_("assessments#asm-valproate.date", "2026-01-10"),
    "an assessment ten weeks before conception, not marked pre-conception (MA212)",
)
bad("di-m-attest-2099", DI, M, set_("attestation.at", "2099-03-02T16:40:00+00:00"), "attested in 2099 (MA211)")
bad(
    "di-l-attest-before-assessment",
    DI,
    L,
    set_("attestation.at", "2026-05-01T09:00:00+00:00"),
    "attested before the assessment it attests (MA211)",
)
bad("di-f-delivery-future", DI, F, set_("pregnancy.delivery_date", "2026-12-20"), "a birth in the future (MA012)")
bad("di-c-consent-future", DI, C, set_("lawful_basis.recorded_on", "2027-01-05"), "consent in the future (MA403)")
bad(
    "di-c-gestation-12-weeks",
    DI,
    C,
    set_("pregnancy.gestation.weeks", 12),
    "12 weeks on 10/02 cannot fit an EDD of 06/04 (MA011)",
)
bad("di-p-partner-mothers-nhs", DI, P, set_("partner.nhs_number", "9990004145"), "the mother's NHS number (MA007)")
bad("di-f-justification-yes", DI, F, set_("lawful_basis.justification", "Yes."), "not a reason (MA402)")
bad(
    "di-f-justification-as-discussed",
    DI,
    F,
    set_("lawful_basis.justification", "As discussed with the team."),
    "a deferral as a justification (MA402)",
)
bad("di-n-mother-born-2020", DI, N, set_("mother.birth_date", "2020-01-01"), "a six-year-old mother (MA014)")

ok("di-m-attest-next-morning", DI, M, set_("attestation.at", "2026-03-03T09:05:00+00:00"), "attested the next morning")
ok("di-c-gestation-31-weeks", DI, C, set_("pregnancy.gestation.weeks", 31), "eight days from the EDD, within 14")
ok(
    "di-f-justification-reworded",
    DI,
    F,
    set_(
        "lawful_basis.justification",
        "Shared without her agreement because the foster carer cannot keep the baby safe at night without knowing "
        "that both medicines sedate the mother; agreed with the safeguarding lead and Leanne Moss (SW).",
    ),
    "a justification with a reason",
)
ok(
    "di-m-consent-week-earlier",
    DI,
    M,
    set_("lawful_basis.recorded_on", "2026-02-23"),
    "consent recorded at the previous appointment",
)
ok(
    "di-v-gestation-7-plus-6",
    DI,
    V,
    chain(set_("pregnancy.gestation.weeks", 7), set_("pregnancy.gestation.days", 6)),
    "one day off the EDD's gestation",
)

# ============================================================================================================
# unanswered-partner
UP = "unanswered-partner"

bad("up-m-cpp-never-asked", UP, M, delete("safeguarding.child_protection_plan"), "never answered is not 'no' (MA109)")
bad("up-f-care-order-never-asked", UP, F, delete("safeguarding.care_order"), "never answered is not 'none' (MA109)")
bad("up-l-looked-after-never-asked", UP, L, delete("safeguarding.looked_after"), "never answered (MA109)")
bad(
    "up-p-safe-sleep-dads-meds",
    UP,
    P,
    set_(P_SS, "Dad's meds, so n/a for baby's sleep."),
    "the partner's sedation dismissed (MA123)",
)
bad(
    "up-p-conclusion-no-partner",
    UP,
    P,
    quet(
        "Quetiapine 300 mg at night is sedating; the baby sleeps in a next-to-me crib and the health visitor "
        "checks the sleeping arrangements at each visit."
    ),
    "never says who takes it or that he must not co-sleep (MA129)",
)
bad(
    "up-p-partner-mirtazapine",
    UP,
    P,
    partner_med("med-partner-mirtazapine", "Mirtazapine 30mg tablets", "30 mg nocte"),
    "his sedating antidepressant unassessed (MA101)",
)
bad(
    "up-p-partner-promethazine",
    UP,
    P,
    partner_med("med-partner-promethazine", "Promethazine hydrochloride 25mg tablets", "25 mg at night"),
    "his sedating antihistamine unassessed (MA101)",
)
bad("up-m-safe-sleep-tbc", UP, M, set_(M_SS, "TBC"), "a placeholder answer (MA125)")

ok(
    "up-p-partner-amlodipine-reason",
    UP,
    P,
    partner_med(
        "med-partner-amlodipine",
        "Amlodipine 5mg tablets",
        "5 mg daily",
        reason="The father's blood pressure tablet: not sedating, and the baby is not exposed to it.",
    ),
    "his harmless medicine classified with a reason",
)
ok(
    "up-p-safe-sleep-shorthand",
    UP,
    P,
    set_(
        P_SS,
        "Dad: no bed/sofa/armchair sleeping with baby after his nocte dose; no night feeds by him. Mum does "
        "nights; baby in next-to-me crib.",
    ),
    "safe sleep in shorthand",
)
ok(
    "up-m-safe-sleep-midwife",
    UP,
    M,
    set_(
        M_SS,
        "I advised Jodie never to have the baby in her bed or on the sofa after her methadone; Moses basket "
        "in her room, to be seen at my first visit.",
    ),
    "a midwife's first-person safe-sleep answer",
)
ok(
    "up-f-withdrawal-reworded",
    UP,
    F,
    set_(
        "assessments#asm-diazepam-pregabalin.impact_on_baby.neonatal_withdrawal_plan",
        "5 days on PNW with NAS scores; mild only on day 3. Foster carer and HV watch to day 8 and ring SCBU for "
        "tremor, poor feeding or inconsolable crying.",
    ),
    "withdrawal plan in shorthand",
)


# More good work: harmless medicines a clinician has classified, beside the names of medicines of concern.
ok(
    "ur-c-labetalol-reason",
    UR,
    C,
    antenatal_med(
        "med-labetalol",
        "Labetalol 100mg tablets",
        "100 mg bd",
        reason="First-line treatment for her gestational hypertension; the maternity team monitors her "
        "blood pressure, and the baby's blood sugar is checked after birth per the unit's guideline.",
    ),
    "pregnancy antihypertensive, classified",
)
ok(
    "ur-c-amlodipine-reason",
    UR,
    C,
    antenatal_med(
        "med-amlodipine",
        "Amlodipine 5mg tablets",
        "5 mg daily",
        reason="A calcium-channel blocker for chronic hypertension, continued in pregnancy on obstetric "
        "advice; not an ACE inhibitor or ARB, no neonatal withdrawal, compatible with breastfeeding.",
    ),
    "a calcium-channel blocker is not an ACE inhibitor or ARB",
)
ok(
    "ur-n-hydrochlorothiazide-reason",
    UR,
    N,
    postnatal_med(
        "med-hctz",
        "Hydrochlorothiazide 25mg tablets",
        "25 mg daily",
        reason="Restarted after the birth for her chronic hypertension; a thiazide, not an ACE inhibitor "
        "or ARB; not sedating; small amounts in breast milk at this dose, baby's feeding watched by the HV.",
    ),
    "a thiazide diuretic after the birth is no teratogen",
)
ok(
    "ur-c-nifedipine-reason",
    UR,
    C,
    antenatal_med(
        "med-nifedipine",
        "Nifedipine 20mg modified-release tablets",
        "20 mg bd",
        reason="For pregnancy hypertension, started by the antenatal clinic; not sedating, compatible "
        "with breastfeeding.",
    ),
    "another pregnancy antihypertensive, classified",
)
ok(
    "ur-n-ibuprofen-reason",
    UR,
    N,
    postnatal_med(
        "med-ibuprofen",
        "Ibuprofen 400mg tablets",
        "400 mg tds with food",
        reason="Short course for perineal pain; very little passes into breast milk; not sedating.",
    ),
    "a postnatal NSAID, classified",
)
ok(
    "ur-n-cetirizine-reason",
    UR,
    N,
    postnatal_med(
        "med-cetirizine",
        "Cetirizine 10mg tablets",
        "10 mg daily",
        reason="Non-sedating antihistamine for hay fever; safe sleep unaffected; compatible with "
        "breastfeeding at this dose.",
    ),
    "a non-sedating antihistamine, beside the sedating ones",
)
ok(
    "ur-n-lansoprazole-reason",
    UR,
    N,
    postnatal_med(
        "med-lansoprazole",
        "Lansoprazole 15mg capsules",
        "15 mg daily",
        reason="For reflux; negligible in breast milk, no sedation or withdrawal.",
    ),
    "an acid suppressant, classified",
)
ok(
    "up-p-partner-atorvastatin-reason",
    UP,
    P,
    partner_med(
        "med-partner-atorvastatin",
        "Atorvastatin 20mg tablets",
        "20 mg at night",
        reason="The father's cholesterol tablet: not sedating and the baby is not exposed to it.",
    ),
    "a father's statin, classified",
)
ok(
    "up-p-partner-metformin-reason",
    UP,
    P,
    partner_med(
        "med-partner-metformin",
        "Metformin 500mg tablets",
        "500 mg bd",
        reason="The father's diabetes medicine; not sedating, no route to the baby.",
    ),
    "a father's metformin, classified",
)
ok(
    "hw-overall-lith-letter",
    HW,
    L,
    overall(
        "To the maternity unit and HV: lithium (Priadel) 800 mg at night continues. Please check levels within 24 h "
        "of delivery and give extra fluids in labour; deliver in hospital. The baby needs a paediatric review after "
        "birth for floppiness, poor feeding and thyroid problems. She is bottle feeding. PMH team to see her within a "
        "week of birth - high relapse risk."
    ),
    "a letter-style overall conclusion",
)
ok(
    "hw-overall-valp-midwife",
    HW,
    V,
    overall(
        "Booking at 8/40: sodium valproate 500 mg bd for epilepsy. She must not stop it - seizures would put her and "
        "the baby at risk. First-trimester valproate exposure: high risk of malformation and later developmental "
        "problems, so urgent neurology review and an early fetal medicine scan have been requested. Folic acid 5 mg "
        "started today."
    ),
    "a midwife's booking-style overall conclusion",
)
ok(
    "hw-overall-dzp-soap",
    HW,
    F,
    overall(
        "A: diazepam and pregabalin continue; both sedate her. P: no bed/sofa/armchair sharing, no feeding lying down, "
        "foster carer does nights. Baby: late withdrawal possible until day 8 - FC/HV to ring the neonatal unit for "
        "tremor or poor feeding. Slow diazepam taper from the 6-week review."
    ),
    "SOAP-style overall conclusion",
)
ok(
    "hw-overall-quet-hv-bullets",
    HW,
    P,
    overall(
        "- Mum: paracetamol only, no concern.\n- Dad: quetiapine 300 mg nocte, heavily sedated at night.\n- No "
        "co-sleeping with dad on bed, sofa or armchair; no night feeds by dad after his dose.\n- Crib seen, safe.\n"
        "- HV rechecks at each contact."
    ),
    "HV bullets for the overall conclusion",
)
ok(
    "hw-overall-cit-shorthand",
    HW,
    C,
    overall(
        "Citalopram 20 mg od - cont through pregnancy and BF. MW to obs baby 48 h for adaptation sx; paeds if "
        "persistent. GP mood r/v at 6/52 PN check."
    ),
    "shorthand overall conclusion",
)
ok(
    "df-overall-meth-letter-attached",
    DF,
    M,
    overall(
        "Methadone 60 mg and sertraline 100 mg continue unchanged. Baby: 72 h on the postnatal ward for NAS scoring "
        "and SSRI adaptation, HV checks to day 8. Breastfeeding supported. No co-sleeping after her methadone; SW "
        "and HV to see the sleeping arrangements before discharge. Drug service letter attached for reference."
    ),
    "overall conclusion with a letter attached",
)


# Second pass: near-miss names, written dates, unlisted medicines in conclusions, abbreviations.
ok(
    "ng-c-methyldopa-reason",
    NG,
    C,
    antenatal_med(
        "med-methyldopa",
        "Methyldopa 250mg tablets",
        "250 mg tds",
        reason="For pregnancy hypertension; long experience in pregnancy, no neonatal withdrawal; may make "
        "her tired, so stop within two days of the birth as planned by the obstetric team.",
    ),
    "methyldopa is close in spelling to methadone and is a different medicine",
)
ok(
    "ng-c-diltiazem-reason",
    NG,
    C,
    antenatal_med(
        "med-diltiazem",
        "Diltiazem 60mg modified-release tablets",
        "60 mg bd",
        reason="For angina, continued on cardiology advice; not sedating, no neonatal withdrawal.",
    ),
    "diltiazem is close to diazepam and is a calcium-channel blocker",
)
ok(
    "ng-n-loratadine-reason",
    NG,
    N,
    postnatal_med(
        "med-loratadine",
        "Loratadine 10mg tablets",
        "10 mg daily",
        reason="Non-sedating antihistamine; compatible with breastfeeding; safe sleep unaffected.",
    ),
    "loratadine is close to lorazepam and is not sedating",
)
ok(
    "ng-n-co-amoxiclav",
    NG,
    N,
    postnatal_med(
        "med-coamox",
        "Co-amoxiclav 500mg/125mg tablets",
        "one tds for 7 days",
        reason="Seven-day course for a wound infection; compatible with breastfeeding, watch the baby for "
        "loose stools or thrush.",
    ),
    "a 'co-' combination that is an antibiotic, not an opioid",
)
bad(
    "ng-n-diazapam-misspelt",
    NG,
    N,
    postnatal_med("med-diazapam", "Diazapam 2mg tablets", "2 mg tds"),
    "diazepam misspelt, unassessed (MA101)",
)
bad(
    "ng-n-pregablin-misspelt",
    NG,
    N,
    postnatal_med("med-pregablin", "Pregablin 75mg caps", "75 mg bd"),
    "pregabalin misspelt, unassessed (MA101)",
)
bad(
    "ng-c-trandolapril",
    NG,
    C,
    antenatal_med("med-trandolapril", "Trandolapril 1mg capsules", "1 mg daily"),
    "an ACE inhibitor in pregnancy, unassessed (MA101)",
)
bad(
    "ng-cit-names-unlisted-tramadol",
    NG,
    C,
    cit(
        "Citalopram 20 mg and her tramadol for back pain both continue; the midwife watches the baby for 48 hours "
        "after birth for adaptation and withdrawal signs, and breastfeeding is supported."
    ),
    "tramadol taken but not on the medicine list (MA120)",
)
ok(
    "hw-overall-lith-li-abbrev",
    HW,
    L,
    overall(
        "Li 800 mg nocte continues: relapse risk postnatally is high. Levels 4-weekly, weekly from 36/40 and within 24 h "
        "of delivery; fluids in labour. Baby: paeds r/v after birth (tone, feeding, thyroid). Bottle feeding. PMH r/v "
        "within a week of birth."
    ),
    "lithium by its recognised abbreviation",
)
bad(
    "di-meth-impossible-date",
    DI,
    M,
    meth(
        "Methadone 60 mg continues; the baby is observed 72 h for NAS from birth, HV to day 8; breastfeed; no "
        "co-sleeping after her dose. Joint review with the drug service on 31/02/2026."
    ),
    "a date that does not exist (MA017)",
)
bad(
    "di-meth-cot-seen-after-attest",
    DI,
    M,
    meth(
        "Cot seen at the home visit on 20/3/26 and safe. Methadone 60 mg continues; baby observed 72 h for NAS and by the "
        "HV to day 8; breastfeeding encouraged; no co-sleeping after doses."
    ),
    "a visit after attestation reported as done, d/m/yy (MA017)",
)
bad(
    "di-lith-level-taken-iso-note",
    DI,
    L,
    lith(
        "Lithium level taken 2026-05-13, 0.7 mmol/L. Priadel 800 mg nocte continues; levels weekly from 36/40 and "
        "within 24 h of delivery. Baby: paediatric review after birth. Bottle feeding."
    ),
    "a level reported as taken a week after attestation, note style with an ISO date (MA017)",
)
ok(
    "di-meth-visit-booked-dmy",
    DI,
    M,
    meth(
        "Methadone 60 mg continues unchanged. Baby: at least 72 h on PNW for NAS scoring, HV for late signs to day 8. "
        "Breastfeeding encouraged. No co-sleeping after her dose; HV home visit booked for 20/3/26 to see the cot."
    ),
    "a visit booked for a later date, d/m/yy",
)
bad(
    "df-meth-continues-see-letter-for-baby",
    DF,
    M,
    meth("Methadone 60 mg continues; for the baby's plan see the maternity letter."),
    "the baby's part is deferred, nothing else said (MA124/MA103)",
)
bad(
    "ur-n-not-a-medicine-of-concern",
    UR,
    N,
    postnatal_med("med-hcq2", "Hydroxychloroquine 200mg tablets", "200 mg daily", reason="Not a medicine of concern."),
    "the classification restated without a reason (MA117)",
)

# ============================================================================================================
# disguise: a fifth of the corpus; verdicts equal the plain ones.
DG = "disguise"

ok("dg-meth-soap-cyr", DG, M, meth(cyr(S_SOAP)), "SOAP plan, look-alike letters")
ok("dg-lith-letter-zw", DG, L, lith(zw(L_LETTER)), "letter, zero-width spaces")
ok("dg-cit-midwife-fw", DG, C, cit(full_width(C_MW)), "midwife note, full width")
ok("dg-quet-hv-shy", DG, P, quet(shy(Q_HV)), "HV note, soft hyphens")
ok("dg-dzp-pharm-iso", DG, F, dzp(iso(D_PHARM)), "pharmacist review, bidi isolates")
ok(
    "dg-meth-sert-joint-cyr",
    DG,
    M,
    chain(
        make_joint,
        meth(
            cyr(
                "Methadone 60 mg and sertraline 100 mg both continue: relapse would harm her and the baby. The baby stays "
                "72 hours on the ward for withdrawal and adaptation signs, then HV checks to day 8. Breastfeeding encouraged. "
                "No co-sleeping after her methadone dose."
            )
        ),
    ),
    "joint conclusion, look-alikes",
)
ok(
    "dg-n-folic-zw",
    DG,
    N,
    postnatal_med("med-folic", zw("Folic acid 400microgram tablets"), "400 micrograms daily"),
    "a harmless medicine's name with zero-width spaces",
)
ok(
    "dg-m-methadose-cyr",
    DG,
    M,
    rename("med-methadone", cyr("Methadose 10mg/ml oral concentrate")),
    "the record's own brand in look-alikes",
)
bad("dg-meth-gone-over-zw", DG, M, meth(zw(H_METH)), "hollow, zero-width spaces (MA103)")
bad("dg-lith-content-fw", DG, L, lith(full_width(H_LITH)), "long non-answer, full width (MA103)")
bad(
    "dg-meth-letter-cyr",
    DG,
    M,
    meth(cyr("Methadone: for the full position, please refer to the Hampton drug service letter dated 21/02/2026.")),
    "deferral, look-alikes (MA103)",
)
bad(
    "dg-quet-not-relevant-shy",
    DG,
    P,
    quet(shy("Not relevant for the baby, since it is dad who takes the quetiapine.")),
    "dismissal, soft hyphens (MA123)",
)
bad("dg-cit-nil-iso", DG, C, cit(iso("Citalopram - nil of note, no further action needed.")), "dismissal, isolates")
bad("dg-meth-sert-same-cyr", DG, M, chain(meth(BOTH), sert(cyr(BOTH))), "copy-paste, one copy in look-alikes (MA121)")
bad(
    "dg-n-subutex-cyr",
    DG,
    N,
    postnatal_med("med-subutex", cyr("Subutex 8mg sublingual tablets"), "8 mg daily"),
    "buprenorphine brand in look-alikes, unassessed (MA101)",
)
bad(
    "dg-n-diazepam-zw",
    DG,
    N,
    postnatal_med("med-diazepam", zw("Diazepam 2mg tablets"), "2 mg tds"),
    "diazepam with zero-width spaces, unassessed (MA101)",
)
bad(
    "dg-c-valproate-shy",
    DG,
    C,
    antenatal_med("med-valp", shy("Sodium valproate 200mg tablets"), "200 mg bd"),
    "valproate with soft hyphens, unassessed (MA101)",
)
bad(
    "dg-p-partner-zopiclone-fw",
    DG,
    P,
    partner_med("med-partner-zop", full_width("Zopiclone 7.5mg tablets"), "7.5 mg nocte"),
    "partner hypnotic in full width, unassessed (MA101)",
)
bad(
    "dg-rf-lorem-cyr",
    DG,
    V,
    valp(cyr("Valproate lorem ipsum dolor sit amet consectetur adipiscing elit sed do.")),
    "filler in look-alikes (MA113)",
)
bad(
    "dg-overall-meth-only-zw",
    DG,
    M,
    overall(
        zw(
            "Methadone continues unchanged; baby 72 h on PNW for NAS scoring, HV to day 8; breastfeed; no co-sleeping after "
            "doses; SW and HV to see the cot."
        )
    ),
    "sertraline missing, zero-width spaces (MA119)",
)
bad(
    "dg-f-justification-yes-fw",
    DG,
    F,
    set_("lawful_basis.justification", full_width("Yes.")),
    "'Yes.' in full width (MA402)",
)
bad(
    "dg-p-safe-sleep-na-cyr",
    DG,
    P,
    set_(P_SS, cyr("Not applicable - these are dad's meds.")),
    "partner dismissal in look-alikes (MA123)",
)
ok(
    "dg-ds-sert-beyond-shy",
    DG,
    M,
    sert(
        shy(
            "No concerns about sertraline for the baby beyond a small PPHN risk and adaptation symptoms, which the midwife "
            "watches for over 48 hours; continue 100 mg, breastfeeding is fine."
        )
    ),
    "dismissal with reason, soft hyphens",
)
ok(
    "dg-df-quet-please-fw",
    DG,
    P,
    quet(
        full_width(
            "Daniel's quetiapine 300 mg at night sedates him heavily: no night feeds by him, never asleep with the baby. "
            "Chloe does nights, crib beside her. HV please check at each contact."
        )
    ),
    "instruction, full width",
)


bad(
    "dg-cit-seen-as-discussed-fw",
    DG,
    C,
    cit(full_width("Citalopram 20mg od. Seen today. Plan as discussed with her. Review prn.")),
    "hollow shorthand, full width (MA103)",
)
bad(
    "dg-sert-psych-letter-zw",
    DG,
    M,
    sert(zw("Sertraline: as per the psychiatry clinic letter of 16/02/2026.")),
    "deferral, zero-width spaces (MA103)",
)
bad("dg-meth-generic-both-shy", DG, M, chain(meth(GENERIC), sert(shy(GENERIC))), "generic copy, soft hyphens (MA121)")
bad(
    "dg-quet-test-iso", DG, P, quet(iso("Quetiapine test test test test test test test test.")), "test string, isolates"
)
bad(
    "dg-n-oramorph-shy",
    DG,
    N,
    postnatal_med("med-oramorph", shy("Oramorph 10mg/5ml oral solution"), "5 ml prn"),
    "opioid brand with soft hyphens, unassessed (MA101)",
)
bad(
    "dg-n-phenobarb-cyr",
    DG,
    N,
    postnatal_med("med-phenobarb", cyr("Phenobarbital 30mg tablets"), "30 mg nocte"),
    "antiepileptic in look-alikes, unassessed (MA101)",
)
ok(
    "dg-lith-shorthand-iso",
    DG,
    L,
    lith(
        iso(
            "Li (Priadel) 800 mg nocte continues. Levels 4/52, weekly from 36/40, <24 h post-delivery. Baby: paeds r/v after "
            "birth for tone, feeding and TFTs. Bottle feeding as lithium enters breast milk."
        )
    ),
    "shorthand, isolates",
)
ok(
    "dg-cit-bullets-zw",
    DG,
    C,
    cit(
        zw(
            "Citalopram 20 mg:\n- continue, relapsed when stopped before\n- baby: 48 h watch for adaptation signs\n"
            "- breastfeeding supported\n- GP mood check at 6 weeks"
        )
    ),
    "bullets, zero-width spaces",
)
ok(
    "dg-n-methyldopa-cyr",
    DG,
    C,
    antenatal_med(
        "med-methyldopa",
        cyr("Methyldopa 250mg tablets"),
        "250 mg tds",
        reason="Pregnancy hypertension; no neonatal withdrawal; stop after the birth as planned.",
    ),
    "methyldopa in look-alikes is still not methadone",
)
ok(
    "dg-valp-pending-fw",
    DG,
    V,
    valp(
        full_width(
            "Valproate 500 mg bd stays until neurology sees her this week: stopping risks seizures harming her and the baby. "
            "First-trimester exposure, so a fetal medicine scan is booked; folic acid 5 mg started."
        )
    ),
    "plan, full width",
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F77CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F77CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F77CASES):3}"
    )
