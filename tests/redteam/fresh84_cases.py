"""An eighty-fourth independent "fresh" batch of red-team cases for the share gate: a held-out-style mix,
ninth round, in the proportions a reviewer's held-out set would hold, over every shipped pass example.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the issue, the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from
the gate's code or its word lists. About half the records are good clinical work in the voices of GP letters,
midwife notes, psychiatrist summaries, pharmacist reviews, health visitor records, discharge summaries, SOAP
notes, bullets and heavy shorthand, including good conclusions that also point to a letter, give instructions,
mention history, other people, other medicines, guidance and contingencies. It covers:

* ``non-answers``: long texts that decide nothing (minutes of a process, a checklist ticked, a reassurance);
* ``pointers``: deferrals in every position (a footnote, a bracket, a postscript, an attachment line);
* ``brush-offs``: dismissals ("unremarkable", "no red flags") with and without a reason;
* ``noise``: filler, keyboard runs, one word repeated, a sentence pasted three times;
* ``pasted-joint``: one text pasted under two medicines, joint conclusions missing a medicine;
* ``brands-slips``: brands, misspellings and groups of concern added unassessed, and the record's own
  medicines written under a brand and assessed;
* ``uncoded``: medicines no list covers, with and without the clinician's reason;
* ``routes-people``: routes that cannot deliver, registers that do not fit, a number under two names;
* ``dates-ids``: impossible dates, the mother's NHS number on the partner, hollow justifications;
* ``unanswered-partner``: mandatory items never answered, a partner's sedating medicine unassessed or dismissed;
* ``voices``: good conclusions in every voice and a few truncated ones;
* ``disguise``: a fifth of the corpus, texts from above in look-alike letters, zero-width characters, soft
  hyphens, bidi marks and full width; the verdict equals the plain one.

Medicines named here are real; no clinical code is invented (medicines added here carry no code).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh84_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

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

F84CASES: list[Case] = []

CATEGORIES = (
    "non-answers",
    "pointers",
    "brush-offs",
    "noise",
    "pasted-joint",
    "brands-slips",
    "uncoded",
    "routes-people",
    "dates-ids",
    "unanswered-partner",
    "voices",
    "disguise",
)

DG = "disguise"


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str, **kw: bool) -> None:
    assert category in CATEGORIES, category
    F84CASES.append(Case(f"f84-{name}", category, expect, base, mutate, why, **kw))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str, **kw: bool) -> None:
    add(name, category, REFUSE, base, mutate, why, **kw)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str, **kw: bool) -> None:
    add(name, category, PASS, base, mutate, why, **kw)


Setter = Callable[[str], Mutation]


def _at(path: str) -> Setter:
    def setter(text: str) -> Mutation:
        return set_(path, text)

    return setter


meth = _at("assessments#asm-methadone.conclusion")
sert = _at("assessments#asm-sertraline.conclusion")
cit = _at("assessments#asm-citalopram.conclusion")
lith = _at("assessments#asm-lithium.conclusion")
valp = _at("assessments#asm-valproate.conclusion")
dzp = _at("assessments#asm-diazepam-pregabalin.conclusion")
quet = _at("assessments#asm-partner-quetiapine.conclusion")
overall = _at("overall_conclusion.text")


def cyr(text: str) -> str:
    return homoglyphs(text, "aeopc")


def greek(text: str) -> str:
    return homoglyphs(text, "oivx", variant=1)


def zwj(text: str) -> str:
    return inside_words(text, "\u200d", every=3)


def shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=4)


def rlm(text: str) -> str:
    return " ".join(f"{word}\u200e" for word in text.split(" "))


Disguise = Callable[[str], str]


def both(
    name: str,
    category: str,
    expect: Expect,
    base: str,
    setter: Setter,
    text: str,
    why: str,
    disguise: Disguise | None = None,
) -> None:
    """The case in plain text, and, when a disguise is given, the same text disguised (same verdict)."""
    add(name, category, expect, base, setter(text), why)
    if disguise is not None:
        add(f"dg-{name}", DG, expect, base, setter(disguise(text)), f"{why} [disguised: {disguise.__name__}]")


_GP = {"kind": "gp-practice", "organisation": {"ods_code": "Y90001", "name": "Riverside Surgery"}}
_EP = {"kind": "other-organisation", "organisation": {"ods_code": "Y90005", "name": "Elm Park Surgery"}}


def med_n(ident: str, name: str, dose: str, reason: str | None = None) -> Mutation:
    """A medicine the mother in the nothing-concerning postnatal record started after the birth."""
    med: Record = {"id": ident, "name": name, "dose": dose, "started": "2026-04-03", "prescriber": _GP}
    if reason is not None:
        med["not_of_concern_reason"] = reason
    return add_medicine(med)


def med_m(ident: str, name: str, dose: str, reason: str | None = None) -> Mutation:
    """A medicine the mother in the methadone record has taken since before the pregnancy."""
    med: Record = {"id": ident, "name": name, "dose": dose, "started": "2025-08-11", "prescriber": _GP}
    if reason is not None:
        med["not_of_concern_reason"] = reason
    return add_medicine(med)


def med_partner(ident: str, name: str, dose: str, reason: str | None = None) -> Mutation:
    med: Record = {
        "id": ident,
        "name": name,
        "dose": dose,
        "taken_by": "partner",
        "started": "2024-09-02",
        "prescriber": _EP,
    }
    if reason is not None:
        med["not_of_concern_reason"] = reason
    return add_medicine(med)


# ------------------------------------------------------------------------------------------------------------
# non-answers
NA = "non-answers"

both(
    "na-meth-checklist-ticked",
    NA,
    REFUSE,
    M,
    meth,
    "Methadone: perinatal checklist worked through line by line with Jodie at today's appointment; every box "
    "on the form ticked and the keyworker copied in.",
    "an account of a process, no decision about the baby",
    cyr,
)
both(
    "na-sert-minutes",
    NA,
    REFUSE,
    M,
    sert,
    "Minutes: sertraline raised by the GP, views sought from Jodie and the midwife, points noted by all "
    "present, item closed.",
    "meeting minutes that record talk, not a conclusion",
)
both(
    "na-lith-reassurance",
    NA,
    REFUSE,
    L,
    lith,
    "Lithium looked at carefully by the perinatal team and Rebecca reassured that everything has been "
    "thought through properly.",
    "reassurance about the process with nothing decided",
)
both(
    "na-valp-options-weighed",
    NA,
    REFUSE,
    V,
    valp,
    "Sodium valproate: a range of options weighed up in clinic and talked over at length with her and her mum.",
    "options weighed, none chosen",
)
both(
    "na-dzp-team-informed",
    NA,
    REFUSE,
    F,
    dzp,
    "Diazepam and pregabalin - information gathered from the ward, the foster carer and the social worker, "
    "and collated into this form for the team.",
    "collating information is not concluding",
)
both(
    "na-overall-cit-summary-of-process",
    NA,
    REFUSE,
    C,
    overall,
    "Citalopram: assessment undertaken in line with local perinatal pathway, all required sections of the "
    "template populated and signed off.",
    "the form is complete; the baby's plan is not stated",
)
both(
    "na-quet-acknowledged",
    NA,
    REFUSE,
    P,
    quet,
    "Father's quetiapine acknowledged by the health visitor during the visit and recorded on the family "
    "health needs assessment.",
    "acknowledged and recorded, nothing decided for the baby's sleep",
)

both(
    "na-ok-meth-checklist-then-plan",
    NA,
    PASS,
    M,
    meth,
    "Went through the perinatal checklist with Jodie. Outcome: methadone stays at 60 mg daily, no changes in "
    "pregnancy without the drug service. Baby to have at least 72 h on the postnatal ward with NAS scoring "
    "4-hourly; breastfeeding encouraged; no bed-sharing because she is drowsy for a couple of hours after "
    "each dose.",
    "a process, then the outcome",
    zwj,
)
both(
    "na-ok-sert-minutes-with-decision",
    NA,
    PASS,
    M,
    sert,
    "Agreed at the meeting: sertraline 100 mg carries on, as her mood dipped badly when she stopped in 2024. "
    "The baby may be jittery or feed poorly in the first 48 hours (poor neonatal adaptation) and the "
    "postnatal ward will watch for this alongside the withdrawal scoring. Fine to breastfeed.",
    "a decision recorded as minutes",
)
both(
    "na-ok-lith-reassured-with-plan",
    NA,
    PASS,
    L,
    lith,
    "Rebecca was reassured, and the plan is firm: lithium (Priadel) 800 mg nocte continues, levels 4-weekly "
    "then weekly from 36/40 and within 24 h of delivery; omit the dose when labour starts. Baby: paediatric "
    "review at birth, check for hypotonia, poor suck and thyroid function. Formula feeding, as lithium "
    "reaches the baby through breast milk.",
    "reassurance beside a full plan",
    greek,
)
both(
    "na-ok-valp-options-chosen",
    NA,
    PASS,
    V,
    valp,
    "Options weighed with her: switching now, stopping, or staying on valproate until neurology sees her. "
    "Chosen: valproate 500 mg bd continues unchanged for the next few days only, because a tonic-clonic "
    "seizure would endanger her and the pregnancy. The baby has been exposed since conception, so a "
    "detailed anomaly scan at 20 weeks and fetal medicine referral are booked. Folic acid 5 mg daily.",
    "options weighed and one chosen",
)

# ------------------------------------------------------------------------------------------------------------
# pointers
PT = "pointers"

both(
    "pt-meth-footnote",
    PT,
    REFUSE,
    M,
    meth,
    "Methadone - for the outcome of this assessment, please consult the addendum attached to the keyworker's "
    "report of last month.",
    "points to an addendum instead of concluding",
    shy,
)
both(
    "pt-sert-bracket",
    PT,
    REFUSE,
    M,
    sert,
    "Sertraline (conclusion as recorded in the psychiatry clinic correspondence held on the hospital system).",
    "the conclusion lives in someone else's correspondence",
)
both(
    "pt-lith-ps",
    PT,
    REFUSE,
    L,
    lith,
    "Lithium reviewed with Rebecca. PS the full perinatal plan is in the PNMH birth plan document on the shared drive.",
    "a postscript that points elsewhere, nothing else",
)
both(
    "pt-valp-attachment",
    PT,
    REFUSE,
    V,
    valp,
    "Sodium valproate - outcome: refer to attachment (neurology email, May 2026).",
    "an attachment line",
)
both(
    "pt-dzp-handover",
    PT,
    REFUSE,
    F,
    dzp,
    "Diazepam and pregabalin: the plan for the baby will be set out by the neonatal team in their discharge "
    "paperwork once she is ready to go.",
    "hands the conclusion to another team, later",
    cyr,
)
both(
    "pt-overall-meth-sert-ppm",
    PT,
    REFUSE,
    M,
    overall,
    "Methadone and sertraline: the overall plan for mum and baby will be finalised at the pre-birth planning "
    "meeting in April and circulated afterwards.",
    "the overall conclusion handed to a future meeting",
)
both(
    "pt-quet-hv-notes",
    PT,
    REFUSE,
    P,
    quet,
    "Quetiapine (Daniel) - see HV record of the new birth visit for the sleep discussion.",
    "points to another record for the one concern that matters",
)

both(
    "pt-ok-meth-letter-too",
    PT,
    PASS,
    M,
    meth,
    "My letter to the drug service of today has the dose history. In short: methadone 60 mg once daily "
    "continues, supervised; the paediatric team will observe the baby for NAS for a minimum of 72 hours and "
    "start scoring at birth; she can breastfeed; she is sleepy after her dose so the baby sleeps in the cot, "
    "never in her bed or on the sofa.",
    "a pointer to a letter, then the conclusion",
    rlm,
)
both(
    "pt-ok-sert-see-the-baby",
    PT,
    PASS,
    M,
    sert,
    "Sertraline 100 mg to continue - stopping now would risk a relapse of her depression late in pregnancy. "
    "Midwife: please see the baby on day 2 and day 5 and look for jitteriness, fast breathing or poor "
    "feeding; call the paediatric registrar if present. Breastfeeding is fine on sertraline.",
    "an instruction to see the baby is not a pointer",
)
both(
    "pt-ok-valp-neuro-decides-switch-but-plan-now",
    PT,
    PASS,
    V,
    valp,
    "Neurology will decide on any switch; until that appointment, valproate 500 mg twice daily continues "
    "unchanged and she must not miss doses. Today's plan for the baby stands regardless: fetal medicine scan "
    "for neural tube and cardiac anomalies, folic acid 5 mg daily, and a paediatric alert for the birth.",
    "a future decision named beside what is decided now",
)
both(
    "pt-ok-dzp-see-discharge-summary-too",
    PT,
    PASS,
    F,
    dzp,
    "As well as the discharge summary, the foster carer needs this plain: diazepam and pregabalin both make "
    "Kayleigh drowsy, so she must not sleep with the baby on any bed, sofa or chair, and must not feed lying "
    "down. Both medicines continue for now. The baby may still show withdrawal (tremor, high-pitched cry, "
    "poor feeds) until about day 8 - ring the neonatal unit if so.",
    "a pointer beside a full conclusion",
)

# ------------------------------------------------------------------------------------------------------------
# brush-offs
BO = "brush-offs"

both(
    "bo-cit-unremarkable",
    BO,
    REFUSE,
    C,
    cit,
    "Citalopram review unremarkable. Nothing further to add from primary care at present.",
    "unremarkable, nothing to add, no reason",
    greek,
)
both(
    "bo-lith-no-red-flags",
    BO,
    REFUSE,
    L,
    lith,
    "Lithium - no red flags identified on today's review, nothing untoward.",
    "no red flags, with no reason or plan",
)
both(
    "bo-quet-not-relevant-to-baby",
    BO,
    REFUSE,
    P,
    quet,
    "Quetiapine is the father's prescription, not the mother's, therefore not relevant to the baby.",
    "a partner's sedating medicine dismissed (co-sleeping ignored)",
)
both(
    "bo-overall-dzp-pgb-all-fine",
    BO,
    REFUSE,
    F,
    overall,
    "Diazepam and pregabalin: all fine from our side, no issues raised, nothing that needs action.",
    "a dismissal with no reason, in a looked-after baby's record",
)
both(
    "bo-meth-stable-no-worries", BO, REFUSE, M, meth, "Methadone: stable, no worries whatsoever, happy.", "a brush-off"
)

both(
    "bo-ok-cit-no-concern-because",
    BO,
    PASS,
    C,
    cit,
    "No concern for the baby beyond the usual SSRI adaptation risk: citalopram 20 mg is a modest dose, she "
    "has been well on it for 18 months and it is compatible with breastfeeding. Continue; midwife to watch "
    "the baby for 48 hours after birth for jitteriness or feeding difficulty.",
    "'no concern' with a reason and a plan",
    cyr,
)
both(
    "bo-ok-quet-not-exposed-but-sleep",
    BO,
    PASS,
    P,
    quet,
    "The baby is not exposed to Daniel's quetiapine, but the drug makes him very hard to rouse for several "
    "hours after his 300 mg night dose. So: he does no night feeds, he never dozes with the baby on the sofa, "
    "armchair or bed, and Chloe keeps the baby in the side crib. HV to check at each contact.",
    "'not exposed' followed by the sleep plan",
)
both(
    "bo-ok-lith-no-issues-levels",
    BO,
    PASS,
    L,
    lith,
    "No issues with lithium levels so far (0.6-0.7 mmol/L). Priadel 800 mg continues; levels monthly, weekly "
    "from 36 weeks, and 24 hours after birth; she drinks well in labour. The baby will be checked by the "
    "paediatrician for floppiness, feeding and thyroid problems, and is to be bottle fed.",
    "'no issues' about a result, then a plan",
)

# ------------------------------------------------------------------------------------------------------------
# noise
NZ = "noise"

both(
    "nz-meth-keyboard",
    NZ,
    REFUSE,
    M,
    meth,
    "Methadone asdfgh jkl qwerty uiop zxcvbn asdf qwer zxcv asdfgh jkl qwerty uiop.",
    "a keyboard run",
)
both(
    "nz-sert-repeated-sentence",
    NZ,
    REFUSE,
    M,
    sert,
    "Sertraline continues. Sertraline continues. Sertraline continues. Sertraline continues. Sertraline continues.",
    "one sentence pasted five times",
    full_width,
)
both(
    "nz-lith-latin",
    NZ,
    REFUSE,
    L,
    lith,
    "Lithium: sed ut perspiciatis unde omnis iste natus error sit voluptatem accusantium doloremque laudantium "
    "totam rem aperiam.",
    "Latin filler",
)
both(
    "nz-valp-xs",
    NZ,
    REFUSE,
    V,
    valp,
    "Valproate xxxxxxxx xxxxxx xxxxxxxxx xxxxx xxxxxxx xxxx xxxxxxxx xxxxxx.",
    "placeholder x's",
)
both(
    "nz-overall-quet-word-spam",
    NZ,
    REFUSE,
    P,
    overall,
    "Quetiapine safe safe safe safe safe safe safe safe safe safe safe safe paracetamol.",
    "one word repeated",
)

both(
    "nz-ok-cit-bullets-no-no-no",
    NZ,
    PASS,
    C,
    cit,
    "Citalopram 20 mg od - continue.\n- No dose change.\n- No switch.\n- No stopping without her GP.\n"
    "Baby: midwife obs for PNAS 48 h post delivery (jittery, tachypnoea, poor feeds). Breastfeeding OK.",
    "bullets that legitimately repeat 'no'",
    zwj,
)
both(
    "nz-ok-dzp-shorthand",
    NZ,
    PASS,
    F,
    dzp,
    "Diazepam (DZP) 5mg tds + pregabalin (PGB) 150mg bd: cont. for now, taper DZP from 6/52 r/v. Both sedating -> NO co-sleep, NO "
    "feeding lying down, FC does nights. Baby: late NAS signs poss. to D8, FC/HV to watch, SCBU if tremor or "
    "poor feeds.",
    "heavy shorthand is language",
)

# ------------------------------------------------------------------------------------------------------------
# pasted-joint
PJ = "pasted-joint"

_PASTE = (
    "Medication reviewed in pregnancy: continue current dose, monitor the baby after birth, and keep "
    "breastfeeding under review with the midwife and health visitor."
)
bad(
    "pj-same-generic-both",
    PJ,
    M,
    chain(meth(_PASTE), sert(_PASTE)),
    "one generic text under both medicines, naming neither",
)
_PASTE_NAMED = (
    "Methadone and sertraline: both continue at today's doses; the baby is observed for withdrawal "
    "and adaptation for 72 hours after birth; breastfeeding supported; no co-sleeping."
)
bad(
    "pj-same-joint-text-under-separate",
    PJ,
    M,
    chain(meth(_PASTE_NAMED), sert(_PASTE_NAMED)),
    "the same text pasted under two separate assessments",
)
both(
    "pj-dzp-only-pregabalin",
    PJ,
    REFUSE,
    F,
    dzp,
    "Pregabalin 150 mg bd continues with a slow taper planned at 6 weeks; it sedates, so she must not "
    "co-sleep or feed the baby lying down, and the foster carer does the night feeds. Baby watched for "
    "withdrawal until day 8.",
    "the joint assessment never names diazepam",
    cyr,
)
both(
    "pj-overall-m-missing-sert",
    PJ,
    REFUSE,
    M,
    overall,
    "Methadone 60 mg continues unchanged through pregnancy. Baby: 72 hours NAS observation on the postnatal "
    "ward, breastfeeding encouraged, no co-sleeping after doses; social worker and HV to see the cot.",
    "the overall conclusion omits sertraline",
)
both(
    "pj-overall-f-missing-diazepam",
    PJ,
    REFUSE,
    F,
    overall,
    "Pregabalin continues; it sedates the mother so the foster carer does nights, and there is no sharing "
    "of a bed or sofa with the baby. Late withdrawal possible until day 8.",
    "the overall conclusion omits diazepam",
)

ok(
    "pj-ok-different-texts-both",
    PJ,
    M,
    chain(
        meth(
            "Methadone: 60 mg daily continues, supervised. Baby needs >=72 h observation for NAS on the postnatal "
            "ward, breastfeeding encouraged, and no co-sleeping as she is drowsy after dosing."
        ),
        sert(
            "Sertraline: 100 mg daily continues to protect her mood. Baby to be watched for poor neonatal "
            "adaptation in the same 72 hours; sertraline is fine with breastfeeding."
        ),
    ),
    "two different conclusions, each on its own medicine",
)
both(
    "pj-ok-dzp-brand-for-pregabalin",
    PJ,
    PASS,
    F,
    dzp,
    "Diazepam 5 mg three times a day and pregabalin (Lyrica) 150 mg twice a day both continue until the "
    "6-week review, with no sudden stopping. Both add to her drowsiness: no bed, sofa or armchair sharing "
    "and no feeding lying down; the foster carer takes the nights. Baby: late withdrawal watch to day 8.",
    "joint conclusion naming both, one also by brand",
)
both(
    "pj-ok-overall-f-each-named",
    PJ,
    PASS,
    F,
    overall,
    "For baby in placement: Kayleigh's diazepam and pregabalin continue; each on its own sedates and together "
    "more so. Foster carer to do all night feeds, no shared sleep surfaces, no feeding lying down during "
    "contact. Watch for late withdrawal (tremor, poor feeding) to day 8 and call the neonatal unit if seen. "
    "Social worker and HV hold the same plan.",
    "overall conclusion names each medicine",
    shy,
)

# ------------------------------------------------------------------------------------------------------------
# brands-slips
BS = "brands-slips"


def rename(mid: str, name: str) -> Mutation:
    """The record's own medicine written under another name, its code dropped."""

    def mutate(doc: Record) -> None:
        for m in doc["medicines"]:
            if m["id"] == mid:
                m["name"] = name
                m.pop("code", None)
                return
        raise KeyError(mid)

    return mutate


bad(
    "bs-n-zomorph-unassessed",
    BS,
    N,
    med_n("med-zomorph", "Zomorph 10mg modified-release capsules", "10 mg bd"),
    "morphine under its brand, breastfeeding baby, no assessment (MA101)",
)
bad(
    "bs-n-keppra-unassessed",
    BS,
    N,
    med_n("med-keppra", "Keppra 500mg tablets", "500 mg twice daily"),
    "levetiracetam (an antiepileptic) by brand, unassessed",
)
bad(
    "bs-n-solpadol-unassessed",
    BS,
    N,
    med_n("med-solpadol", "Solpadol 30mg/500mg effervescent tablets", "two tablets four times a day"),
    "co-codamol 30/500 by brand: codeine in a breastfeeding mother, unassessed",
)
bad(
    "bs-n-nytol-unassessed",
    BS,
    N,
    med_n("med-nytol", "Nytol One-A-Night 50mg tablets", "one at night"),
    "diphenhydramine, a sedating antihistamine, by brand; co-sleeping risk unassessed",
)
bad(
    "bs-n-misspelt-gabapentine",
    BS,
    N,
    med_n("med-gaba", "Gabapentine 300mg capsules", "300 mg tds"),
    "gabapentin misspelt, unassessed",
)
bad(
    "bs-n-misspelt-codiene",
    BS,
    N,
    med_n("med-codeine", "Codiene phosphate 30mg tablets", "30 mg qds prn"),
    "codeine misspelt, unassessed in a breastfeeding mother",
)
bad(
    "bs-m-topamax-unassessed",
    BS,
    M,
    med_m("med-topamax", "Topamax 50mg tablets", "50 mg twice daily"),
    "topiramate (a teratogen under the MHRA pregnancy prevention list) by brand, unassessed",
)
bad(
    "bs-m-buvidal-unassessed",
    BS,
    M,
    med_m("med-buvidal", "Buvidal 96mg/0.27ml prolonged-release injection", "96 mg monthly"),
    "buprenorphine depot by brand, unassessed",
)
bad(
    "bs-m-zydol-named-not-listed",
    BS,
    M,
    meth(
        "Methadone 60 mg daily continues; she also takes Zydol for back pain, which adds to the baby's opioid "
        "exposure. Baby: 72 hours NAS observation, breastfeeding supported, no co-sleeping after doses."
    ),
    "tramadol named in a conclusion but not on the medicine list (MA120)",
)
both(
    "bs-n-dg-sub-name",
    BS,
    REFUSE,
    N,
    lambda name: med_n("med-mtx", name, "15 mg once weekly"),
    "Methotrexate 2.5mg tablets",
    "a teratogen, unassessed",
    cyr,
)

ok(
    "bs-ok-m-methadose-renamed",
    BS,
    M,
    rename("med-methadone", "Methadose 10mg/ml oral concentrate"),
    "the record's own methadone under its brand, assessed (the conclusion names methadone)",
)
ok(
    "bs-ok-v-epilim-chrono",
    BS,
    V,
    rename("med-valproate", "Epilim Chrono 500 prolonged-release tablets"),
    "valproate under its brand, assessed",
)
ok(
    "bs-ok-l-camcolit",
    BS,
    L,
    chain(
        rename("med-lithium", "Camcolit 400mg modified-release tablets"),
        lith(
            "Lithium (Camcolit) 800 mg nocte to continue: she has been well on it and stopping would invite a "
            "postpartum relapse. Levels every 4 weeks, weekly from 36/40, within 24 h of birth. Baby: paediatric "
            "check for floppiness, poor feeding and thyroid function; bottle feeding."
        ),
    ),
    "lithium under another brand, assessed and named",
)
ok(
    "bs-ok-m-sertraline-misspelt-listed",
    BS,
    M,
    chain(
        rename("med-sertraline", "Setraline 50mg tablets"),
        sert(
            "Setraline (sertraline) 100 mg continues; relapse would be worse for her and the baby. Baby watched "
            "for poor adaptation (jittery, poor feeds) in the first 72 hours with the NAS scoring. Breastfeeding "
            "is fine."
        ),
    ),
    "the list's own misspelling, assessed and named",
)

# ------------------------------------------------------------------------------------------------------------
# uncoded
UC = "uncoded"

bad(
    "uc-n-mebeverine-no-reason",
    UC,
    N,
    med_n("med-mebeverine", "Mebeverine 135mg tablets", "135 mg tds"),
    "uncoded, on no list, no clinician classification",
)
bad(
    "uc-n-hydroxocobalamin-no-reason",
    UC,
    N,
    med_n("med-b12", "Hydroxocobalamin 1mg/1ml injection", "1 mg every 3 months"),
    "uncoded, on no list, no classification",
)
bad(
    "uc-n-reason-na",
    UC,
    N,
    med_n("med-mebeverine", "Mebeverine 135mg tablets", "135 mg tds", "n/a"),
    "a classification reason of 'n/a' is no reason",
)
bad(
    "uc-n-reason-yes",
    UC,
    N,
    med_n("med-chlorhex", "Chlorhexidine 0.2% mouthwash", "10 ml bd", "Yes."),
    "'Yes.' is no reason",
)
ok(
    "uc-ok-n-mebeverine-reason",
    UC,
    N,
    med_n(
        "med-mebeverine",
        "Mebeverine 135mg tablets",
        "135 mg tds",
        "Antispasmodic for IBS. Not a medicine of concern: very little reaches breast milk and it does not sedate; "
        "UKDILAS lists it as acceptable in breastfeeding.",
    ),
    "uncoded with a real reason",
)
ok(
    "uc-ok-n-b12-reason",
    UC,
    N,
    med_n(
        "med-b12",
        "Hydroxocobalamin 1mg/1ml injection",
        "1 mg every 3 months",
        "Vitamin B12 replacement for pernicious anaemia; not a medicine of concern, it is a vitamin and is "
        "compatible with breastfeeding.",
    ),
    "uncoded vitamin with a reason",
)
ok(
    "uc-ok-n-chlorhex-reason",
    UC,
    N,
    med_n(
        "med-chlorhex",
        "Chlorhexidine 0.2% mouthwash",
        "10 ml bd",
        "Topical mouthwash for a dental infection, not swallowed; not a medicine of concern for the breastfed baby.",
    ),
    "topical with a reason",
)

# ------------------------------------------------------------------------------------------------------------
# routes-people
RP = "routes-people"

bad("rp-m-mesh-space", RP, M, set_("recipients#rcp-hv.route.mailbox", "X26 HC003"), "a mailbox with a space")
bad("rp-m-mesh-short", RP, M, set_("recipients#rcp-sw.route.mailbox", "X26HC"), "a truncated mailbox")
bad("rp-v-mllp-port-zero", RP, V, set_("recipients#rcp-maternity.route.port", 0), "port 0 cannot deliver")
bad(
    "rp-v-mllp-host-blank",
    RP,
    V,
    set_("recipients#rcp-maternity.route.host", "to be confirmed"),
    "a host that is a note, not a host",
)
bad(
    "rp-l-fhir-http",
    RP,
    L,
    set_("recipients#rcp-maternity.route.base_url", "http://maternity.northgate.example/fhir/R4"),
    "a FHIR base without https",
)
bad(
    "rp-f-manual-vague",
    RP,
    F,
    set_("recipients#rcp-foster-carer.route.description", "As usual."),
    "a manual route with no instruction",
)
bad(
    "rp-m-ods-short",
    RP,
    M,
    set_("assessments#asm-sertraline.author.organisation.ods_code", "Y900"),
    "a malformed ODS code",
)
bad(
    "rp-m-nmc-for-gp",
    RP,
    M,
    set_("assessments#asm-sertraline.author.registration", {"body": "NMC", "number": "12A3456B"}),
    "a GP on the nursing register",
)
bad(
    "rp-p-hv-gmc",
    RP,
    P,
    set_("assessments#asm-partner-quetiapine.author.registration", {"body": "GMC", "number": "7098765"}),
    "a health visitor on the medical register",
)
bad(
    "rp-m-one-number-two-names",
    RP,
    M,
    set_("assessments#asm-sertraline.author.name", {"prefix": "Dr", "given": ["Owen"], "family": "Pritchard"}),
    "GMC 7012345 under Dr Shah and Dr Pritchard",
)
bad(
    "rp-l-zero-number",
    RP,
    L,
    set_("assessments#asm-lithium.author.registration.number", "0000000"),
    "an impossible all-zero number",
)
ok(
    "rp-ok-l-fhir-port",
    RP,
    L,
    set_("recipients#rcp-maternity.route.base_url", "https://maternity.northgate.example:8443/fhir/R4"),
    "https with a port is a real FHIR base",
)
ok(
    "rp-ok-f-manual-detailed",
    RP,
    F,
    set_(
        "recipients#rcp-foster-carer.route.description",
        "Sealed copy given by the ward social worker to the foster carer, Mrs Okafor, at the placement on "
        "2026-06-13; she signed the receipt, which is filed with the social care record.",
    ),
    "a manual route with a real instruction",
)
ok(
    "rp-ok-c-midwife-author",
    RP,
    C,
    set_(
        "assessments#asm-citalopram.author",
        {
            "name": {"given": ["Aisha"], "family": "Rahman"},
            "role": "community-midwife",
            "registration": {"body": "NMC", "number": "09B1234C"},
            "organisation": {"ods_code": "Y90420", "name": "Castleford Royal Maternity Unit"},
        },
    ),
    "a community midwife on the NMC register writing the citalopram assessment",
)
ok(
    "rp-ok-m-mesh-other-valid",
    RP,
    M,
    set_("recipients#rcp-hv.route.mailbox", "X26HC099"),
    "another well-formed mailbox",
)

# ------------------------------------------------------------------------------------------------------------
# dates-ids
DI = "dates-ids"

bad(
    "di-m-assessed-before-conception",
    DI,
    M,
    set_("assessments#asm-methadone.date", "2025-07-20"),
    "EDD 2026-05-15 puts conception near 2025-08-08; not marked pre-conception (MA212)",
)
bad("di-m-attested-2099", DI, M, set_("attestation.at", "2099-03-02T16:40:00+00:00"), "attestation in 2099")
bad(
    "di-v-attested-before-assessment",
    DI,
    V,
    set_("attestation.at", "2026-05-19T10:00:00+00:00"),
    "attested the day before the assessment it attests",
)
bad("di-f-delivery-future", DI, F, set_("pregnancy.delivery_date", "2027-01-05"), "a birth after today")
bad(
    "di-l-gestation-disagrees",
    DI,
    L,
    set_("pregnancy.gestation", {"weeks": 14, "days": 0, "on": "2026-05-06"}),
    "14+0 on 2026-05-06 implies an EDD ten weeks from the recorded one",
)
bad("di-m-consent-future", DI, M, set_("lawful_basis.recorded_on", "2027-02-01"), "consent recorded in the future")
bad("di-p-partner-mothers-nhs", DI, P, set_("partner.nhs_number", "9990004145"), "the partner has the mother's number")
bad(
    "di-f-justification-policy",
    DI,
    F,
    set_("lawful_basis.justification", "As per safeguarding policy."),
    "sharing without consent justified only by a pointer to policy (MA402)",
)
bad(
    "di-f-justification-usual-process",
    DI,
    F,
    set_("lawful_basis.justification", "Shared in line with the usual process for looked-after babies in placement."),
    "names the sharing and a process, gives no reason (MA402)",
)
bad(
    "di-c-amendment-reason-hollow",
    DI,
    C,
    set_("amendment_reason", "Record amended."),
    "an amended record that does not say what changed",
)
ok(
    "di-ok-m-gestation-other-day",
    DI,
    M,
    set_("pregnancy.gestation", {"weeks": 20, "days": 0, "on": "2025-12-26"}),
    "20+0 on 2025-12-26 agrees exactly with the EDD",
)
ok(
    "di-ok-l-gestation-nine-days",
    DI,
    L,
    set_("pregnancy.gestation", {"weeks": 22, "days": 5, "on": "2026-05-06"}),
    "nine days from the EDD, within the 14-day margin",
)
ok(
    "di-ok-m-justification-words",
    DI,
    M,
    set_(
        "lawful_basis.justification",
        "Jodie gave verbal consent today, after we talked through who would see it, to share with the maternity "
        "unit, the community midwife, the health visitor and her social worker.",
    ),
    "a real justification",
)
ok(
    "di-ok-c-amendment-reason-other-words",
    DI,
    C,
    set_(
        "amendment_reason",
        "Version 2 adds the health visiting team as a recipient so the HV has it before the new birth visit; "
        "nothing in the assessment was changed.",
    ),
    "says what changed",
)
ok(
    "di-ok-f-attested-same-day-as-assessment",
    DI,
    F,
    set_("attestation.at", "2026-06-12T18:00:00+00:00"),
    "attested the evening of the assessment",
)

# ------------------------------------------------------------------------------------------------------------
# unanswered-partner
UP = "unanswered-partner"

bad("up-n-cpp-never-answered", UP, N, delete("safeguarding.child_protection_plan"), "never answered is not 'no'")
bad("up-v-care-order-never-answered", UP, V, delete("safeguarding.care_order"), "never answered is not 'none'")
bad(
    "up-p-safe-sleep-advice-never-answered",
    UP,
    P,
    delete("safeguarding.safe_sleep_advice_given"),
    "after birth, safe sleep advice must be answered",
)
bad(
    "up-f-discharge-never-answered",
    UP,
    F,
    delete("safeguarding.discharge_to"),
    "after birth, where the baby went must be answered",
)
bad(
    "up-p-safe-sleep-item-na",
    UP,
    P,
    set_("assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep", "N/A - partner's medication."),
    "the partner's safe sleep item dismissed",
)
bad(
    "up-p-partner-zopiclone-unassessed",
    UP,
    P,
    med_partner("med-partner-zopiclone", "Zopiclone 7.5mg tablets", "7.5 mg at night"),
    "a partner's hypnotic, unassessed: co-sleeping risk",
)
bad(
    "up-p-partner-amitriptyline-unassessed",
    UP,
    P,
    med_partner("med-partner-ami", "Amitriptyline 25mg tablets", "25 mg at night"),
    "a partner's sedating tricyclic, unassessed",
)
bad(
    "up-p-partner-phenergan-reason-na",
    UP,
    P,
    med_partner(
        "med-partner-phenergan",
        "Phenergan 25mg tablets",
        "25 mg at night",
        "Not applicable - father's medication, not taken by mum.",
    ),
    "a partner's sedating antihistamine dismissed",
)
both(
    "up-p-quet-not-applicable",
    UP,
    REFUSE,
    P,
    quet,
    "Not applicable to this baby: quetiapine is taken by Daniel, not by the mother, and the baby is not "
    "exposed to it in any way.",
    "the partner's sedating medicine dismissed as not applicable",
    greek,
)
ok(
    "up-ok-l-discharge-unasked-antenatal",
    UP,
    L,
    delete("safeguarding.discharge_to"),
    "before birth, discharge does not apply",
)
ok(
    "up-ok-p-partner-ramipril-reason",
    UP,
    P,
    med_partner(
        "med-partner-ramipril",
        "Ramipril 5mg capsules",
        "5 mg once daily",
        "The father's blood pressure tablet: it does not sedate and the baby is not exposed to it, so it does not "
        "affect his care of the baby or safe sleep.",
    ),
    "a partner's non-sedating medicine with a reason",
)
both(
    "up-ok-p-quet-letter-to-his-gp",
    UP,
    PASS,
    P,
    quet,
    "Daniel's quetiapine 300 mg nocte leaves him heavily sedated for several hours. I have written to his "
    "GP; meanwhile the family plan is: Chloe does every night feed, the baby sleeps in the side-car crib, and "
    "Daniel must never nap with the baby on the settee or in bed, day or night, after a dose. If Chloe is "
    "unwell and Daniel has to do nights, they will call me to review first.",
    "a partner conclusion with a letter, an instruction and a contingency",
    zwj,
)

# ------------------------------------------------------------------------------------------------------------
# voices
VO = "voices"

both(
    "vo-ok-meth-gp-letter",
    VO,
    PASS,
    M,
    meth,
    "Dear colleagues, I saw Jodie today at 29 weeks. Her methadone stays at 60 mg once daily under supervised "
    "consumption; please do not reduce it in pregnancy. Her baby is at risk of neonatal abstinence syndrome, so "
    "she will deliver in the consultant unit and the baby stays a minimum of 72 hours for scoring. Please "
    "support breastfeeding. She is sleepy after dosing: the baby must sleep in the cot, not with her. "
    "Yours, Dr Shah",
    "a GP letter",
    cyr,
)
both(
    "vo-ok-sert-soap",
    VO,
    PASS,
    M,
    sert,
    "S: mood good on sertraline, wants to continue. O: PHQ-9 5. A: stable depression; continuing is safer "
    "than stopping for mum and baby. P: sertraline 100 mg od continues through pregnancy and breastfeeding; "
    "paeds/midwife to watch baby for PNAS (jittery, poor feed, grunting) for 72 h with the NAS obs; r/v mood "
    "at 36/40.",
    "a SOAP note",
)
both(
    "vo-ok-lith-psychiatrist",
    VO,
    PASS,
    L,
    lith,
    "Psychiatric opinion: Rebecca's bipolar disorder has been in remission on lithium for four years, and her "
    "risk of postpartum psychosis off it is in the order of 1 in 2. I recommend she stays on lithium "
    "carbonate (Priadel) 800 mg, with serum levels every 4 weeks, weekly from 36 weeks, and 12 hours after her "
    "first post-delivery dose. The neonate should be examined by a paediatrician for hypotonia, lethargy and "
    "thyroid function. She has chosen formula feeding, which I support. I will see her within a week of the "
    "birth.",
    "a psychiatrist's summary, with history",
    shy,
)
both(
    "vo-ok-valp-pharmacist",
    VO,
    PASS,
    V,
    valp,
    "Pharmacist medication review: sodium valproate 500 mg bd (Epilim) - continue exactly as prescribed and "
    "do not stop; abrupt withdrawal risks status epilepticus. Exposure during organogenesis carries roughly a "
    "10% risk of major malformation and up to 40% risk of neurodevelopmental problems for this baby, so the "
    "GP has referred urgently to neurology and fetal medicine. Folic acid 5 mg daily supplied today. "
    "Interacting medicines checked: none.",
    "a pharmacist review mentioning other medicines",
)
both(
    "vo-ok-dzp-discharge-summary",
    VO,
    PASS,
    F,
    dzp,
    "DISCHARGE SUMMARY - medicines and baby. Mother's diazepam 5 mg tds and pregabalin 150 mg bd: unchanged "
    "on discharge, reduction to be planned by GP at 6 weeks. Effects on baby: NAS scores peaked at 6 on day 3, "
    "settled without morphine. Late signs may appear to day 8. Safe sleep: mother drowsy on both medicines - "
    "no bed-sharing, no sofa sleeping, no feeding lying down; foster carer does nights and supervises "
    "contact.",
    "a discharge summary",
)
both(
    "vo-ok-quet-hv-record",
    VO,
    PASS,
    P,
    quet,
    "HV record, new birth visit: Dad (Daniel) on quetiapine 300 mg at night for bipolar disorder - says he "
    "'sleeps like a log' after it. Discussed with both parents: Dad not to do night feeds or have baby in bed "
    "or on the sofa with him after his dose; Mum does nights; baby in next-to-me crib, seen today and safe. "
    "I will recheck at 6-8 week contact and sooner if Mum's health changes.",
    "a health visitor's record with a quotation",
)
both(
    "vo-ok-cit-midwife-note",
    VO,
    PASS,
    C,
    cit,
    "MW note 32/40: on citalopram 20 mg od for anxiety/depression, well. Plan agreed with Dr McAllister: "
    "continue citalopram, BF supported. Baby: observe on PNW 48 h for PNAS (irritability, tremor, poor "
    "feeding); paeds r/v if symptomatic. HV to be told at new birth visit.",
    "a midwife's shorthand note",
    full_width,
)
both(
    "vo-ok-overall-m-bullets",
    VO,
    PASS,
    M,
    overall,
    "- Methadone 60 mg od: continue; any change only via the drug service and shared with maternity.\n"
    "- Sertraline 100 mg od: continue.\n- Baby: 72 h NAS + PNAS obs on PNW, HV to look for late signs to D8.\n"
    "- Feeding: breastfeeding encouraged on both.\n- Sleep: no co-sleeping after methadone doses; SW and HV to "
    "see the cot before discharge.\n- If she misses doses or relapses, the drug worker calls the SW the same "
    "day.",
    "bullets with a contingency",
)
both(
    "vo-ok-overall-l-guidance-applied",
    VO,
    PASS,
    L,
    overall,
    "In line with NICE CG192, lithium (Priadel) 800 mg nocte continues because relapse risk is high. Obstetric "
    "team: plan delivery in hospital, stop lithium at the onset of labour and check a level 12 h after "
    "restarting. Baby: paediatric review after birth (tone, feeding, TFTs). Bottle feeding. PNMH review within "
    "7 days of birth.",
    "guidance applied, then the plan",
)
both(
    "vo-ok-overall-v-contingency",
    VO,
    PASS,
    V,
    overall,
    "Valproate continues at 500 mg bd until the urgent neurology appointment; if that is delayed past two "
    "weeks, I will phone the on-call neurologist. She must not stop it herself. The baby's exposure means a "
    "detailed fetal anomaly scan and fetal medicine review; folic acid 5 mg daily. Maternity will be told of "
    "any change in treatment.",
    "a contingency beside the plan",
)
both(
    "vo-ok-overall-c-other-people",
    VO,
    PASS,
    C,
    overall,
    "Citalopram 20 mg continues in pregnancy and when breastfeeding; her sister also took an SSRI in pregnancy "
    "and is a support. After birth the midwife watches the baby 48 hours for adaptation symptoms; the GP "
    "reviews her mood at 6 weeks. Amended 2026-02-12: HV added as recipient.",
    "other people mentioned, conclusion intact",
)
both(
    "vo-ok-overall-p-both-parents",
    VO,
    PASS,
    P,
    overall,
    "Mum's paracetamol: no concern - it is compatible with breastfeeding. Dad's quetiapine: heavy sedation at "
    "night, so no co-sleeping with him (bed, sofa or chair) and no night feeds by him after his dose. Crib "
    "seen; HV reviews sleep at each contact and Dad's GP tells the HV of any dose change.",
    "both parents' medicines in one overall conclusion",
)

both(
    "vo-soap-empty-plan",
    VO,
    REFUSE,
    M,
    sert,
    "S: on sertraline, mood OK. O: well kempt, euthymic. A: depression, stable. P: as discussed.",
    "a SOAP note whose plan defers",
    cyr,
)
both(
    "vo-discharge-as-per-notes",
    VO,
    REFUSE,
    F,
    dzp,
    "Discharge summary: diazepam and pregabalin - management of baby as per neonatal notes; mother informed.",
    "a discharge summary that points to the notes",
)
both(
    "vo-letter-no-conclusion",
    VO,
    REFUSE,
    L,
    lith,
    "Dear Dr Campbell, thank you for referring Rebecca, who is on lithium. I was pleased to meet her and her "
    "partner today and we had a long talk. I will write again after her next appointment. Kind regards.",
    "a letter with pleasantries and no conclusion",
)
both(
    "vo-truncated-valp",
    VO,
    REFUSE,
    V,
    valp,
    "Sodium valproate 500 mg bd continues.",
    "the first line of a plan only: nothing about the exposed baby",
)

# ------------------------------------------------------------------------------------------------------------
# more good work in every voice, most of it also disguised

both(
    "na-ok-cit-gp-narrative",
    NA,
    PASS,
    C,
    cit,
    "I reviewed the citalopram with her at 32 weeks. She has had two relapses when off treatment, so "
    "citalopram 20 mg daily continues through pregnancy and afterwards. Her baby may have a short spell of "
    "adaptation symptoms (unsettled, shaky, slow to feed) and the postnatal ward will observe for 48 hours. "
    "Breastfeeding is compatible and encouraged.",
    "a GP narrative with history",
    greek,
)
both(
    "pt-ok-lith-see-also-then-plan",
    PT,
    PASS,
    L,
    lith,
    "(See also the PNMH birth plan, copied to maternity.) Summary for this record: lithium (Priadel) 800 mg at "
    "night continues; level every 4 weeks, weekly from 36 weeks and 12 h after delivery; lithium withheld in "
    "labour and restarted after birth at the same dose. Baby: paediatric review for hypotonia, poor feeding and "
    "thyroid checks; formula fed.",
    "a bracketed pointer, then the conclusion",
    zwj,
)
both(
    "bo-ok-overall-p-nothing-for-paracetamol-but",
    BO,
    PASS,
    P,
    overall,
    "Nothing to flag about Chloe's paracetamol (fine when breastfeeding). The concern is Daniel's quetiapine: "
    "he is very sedated at night, so the baby never sleeps next to him on a bed, sofa or chair and he does no "
    "night feeds after his dose; HV will keep checking the crib.",
    "'nothing to flag' about the harmless medicine, the concern answered",
    cyr,
)
both(
    "nz-ok-meth-heavy-shorthand",
    NZ,
    PASS,
    M,
    meth,
    "Methadone 60mg od supervised - cont, no reduction in preg. Baby: min 72h PNW obs, NAS scoring 4-hrly, "
    "SCBU if score >=8 x2. BF encouraged. Drowsy post-dose -> no co-sleeping, cot in parents' room, SW/HV to "
    "see.",
    "heavy shorthand",
    rlm,
)
both(
    "pj-ok-overall-m-as-for",
    PJ,
    PASS,
    M,
    overall,
    "Methadone 60 mg daily and sertraline 100 mg daily: both continue through pregnancy and breastfeeding. "
    "Baby: 72 hours on the postnatal ward, scoring for withdrawal and watching for SSRI adaptation; HV to look "
    "for late signs to day 8. No co-sleeping, as methadone sedates her after each dose. Cot to be seen by the "
    "SW before discharge.",
    "an overall conclusion naming both",
    full_width,
)
both(
    "vo-ok-valp-epilepsy-nurse",
    VO,
    PASS,
    V,
    valp,
    "Epilepsy nurse note: seizure-free 3 years on sodium valproate 500 mg twice daily. Advised not to stop or "
    "cut down - a seizure now would be dangerous for her and the baby. The baby was exposed in the first "
    "trimester: detailed scan at 20 weeks, fetal cardiology if needed, and paediatric follow-up of development "
    "after birth. High-dose folic acid continues. Neurology urgent slot requested for this week.",
    "an epilepsy nurse's note",
    cyr,
)
both(
    "vo-ok-dzp-sw-and-fc-instructions",
    VO,
    PASS,
    F,
    dzp,
    "For the foster carer and social worker: Kayleigh's diazepam and pregabalin are not changing yet. Both "
    "make her sleepy, so during contact she must not hold the baby while lying down or fall asleep with the "
    "baby, and the baby must be put in the cot if she feels drowsy. The baby could still show withdrawal "
    "(shaking, high-pitched crying, sneezing, poor feeding) until about day 8 - phone the neonatal unit if "
    "you see it.",
    "instructions to the carers",
    greek,
)
both(
    "vo-ok-overall-f-looked-after",
    VO,
    PASS,
    F,
    overall,
    "Baby is looked after under an interim care order. Diazepam 5 mg tds and pregabalin 150 mg bd continue "
    "for the mother; both sedate her. In contact and in any future return home: no shared sleeping, no feeding "
    "lying down, baby in the cot when she is drowsy. Watch for late withdrawal to day 8 (call NNU). HV, SW and "
    "foster carer all have this plan.",
    "a looked-after baby's overall conclusion",
    zwj,
)
both(
    "vo-ok-meth-drug-worker-voice",
    VO,
    PASS,
    M,
    meth,
    "From the joint review with her drug worker: Jodie is stable on methadone 60 mg (no on-top use for 9 "
    "months), so the dose stays as it is; a split dose will be considered if she craves in the third trimester. "
    "The paediatric team will score the baby for withdrawal from birth for at least 3 days. She intends to "
    "breastfeed, which we support. She must not fall asleep with the baby after dosing.",
    "a drug service voice with a contingency",
    shy,
)
both(
    "vo-ok-sert-pharmacist-interactions",
    VO,
    PASS,
    M,
    sert,
    "Pharmacist check: sertraline with methadone - small added QT effect, ECG at booking normal, no change. "
    "Sertraline 100 mg daily continues; the baby is observed for poor neonatal adaptation during the 72-hour "
    "stay and breastfeeding on sertraline is compatible (low milk levels).",
    "a pharmacist note mentioning an interaction",
    rlm,
)
both(
    "vo-ok-quet-bullets",
    VO,
    PASS,
    P,
    quet,
    "Quetiapine (Dad, 300 mg nocte):\n- very sedated 21:00-07:00\n- no night feeds by Dad\n- never asleep "
    "with baby on bed/sofa/chair\n- baby sleeps in crib on Mum's side\n- HV checks every visit to 8 weeks",
    "a partner conclusion as bullets",
    full_width,
)
both(
    "vo-ok-overall-v-letter",
    VO,
    PASS,
    V,
    overall,
    "To the antenatal clinic and neurology: your patient is 8 weeks pregnant on sodium valproate 500 mg bd. "
    "She will continue it unchanged until you have seen her - please see her this week. The baby has had "
    "first-trimester valproate exposure and needs a fetal medicine review and detailed anomaly scan. Folic acid "
    "5 mg started. Her annual risk form is on file.",
    "an overall conclusion as a letter",
    greek,
)

# ------------------------------------------------------------------------------------------------------------
# late probes: the baby's own treatment, other people's medicines, options named, pasted texts with names swapped

both(
    "vo-ok-overall-f-no-morphine-needed",
    VO,
    PASS,
    F,
    overall,
    "Diazepam and pregabalin continue, with a taper to be planned at 6 weeks. The baby's withdrawal settled "
    "with comfort care alone; oral morphine was not required. Late signs possible to day 8 - foster carer to "
    "call the neonatal unit. Mother sedated on both: no shared sleep, no feeding lying down, carer does nights.",
    "the baby's treatment named as not needed",
    cyr,
)
both(
    "vo-ok-meth-scu-starts-morphine",
    VO,
    PASS,
    M,
    meth,
    "Methadone 60 mg od continues unchanged to delivery. Baby: NAS scoring from birth for at least 72 h; should "
    "scores reach 8 on two occasions, SCBU starts oral morphine for the baby and weans it. Breastfeeding "
    "supported as it eases withdrawal. No co-sleeping while she is drowsy after her dose.",
    "the baby's treatment in a contingency",
)
both(
    "vo-ok-overall-m-codeine-best-avoided",
    VO,
    PASS,
    M,
    overall,
    "Methadone and sertraline both continue at current doses; the baby has 72 h of observation for "
    "withdrawal and adaptation, breastfeeding is encouraged, and there is no co-sleeping after methadone "
    "doses. After the birth, codeine is best avoided for her pain as it adds to her opioid load.",
    "a medicine advised against in new words",
)
both(
    "vo-ok-valp-alternative-named",
    VO,
    PASS,
    V,
    valp,
    "Sodium valproate 500 mg bd continues for now - stopping abruptly risks seizures. Levetiracetam is the "
    "likely alternative neurology will look at when they see her this week. The baby has been exposed in "
    "the first trimester: detailed anomaly scan and fetal medicine review booked; folic acid 5 mg daily.",
    "an alternative named for the neurologist, not taken",
)
both(
    "vo-ok-lith-mothers-history",
    VO,
    PASS,
    L,
    lith,
    "Family history: her own mother had bipolar disorder and was on carbamazepine. Rebecca stays on lithium "
    "(Priadel) 800 mg: levels 4-weekly, weekly from 36/40, 12 h after delivery. Baby: paediatric review "
    "for tone, feeding and thyroid; bottle feeding.",
    "a relative's medicine in the history",
)
both(
    "vo-ok-quet-aunt-zopiclone",
    VO,
    PASS,
    P,
    quet,
    "Daniel's quetiapine makes him very hard to wake at night, so no night feeds by him and the baby never "
    "sleeps beside him on a bed or sofa. Chloe's sister, who stays at weekends, takes zopiclone: she has been "
    "told the same rule. Baby in crib on Chloe's side; HV checks every visit.",
    "a visitor's sedating medicine, handled with the same rule",
)

bad(
    "pt-meth-baby-see-alert-form",
    PT,
    M,
    meth("Methadone: continue at the current dose; for anything concerning the baby refer to the neonatal alert form."),
    "the mother's part decided, the baby's part deferred",
)
_SWAP = "{}: continue current dose, monitor baby after delivery, breastfeeding under review."
bad(
    "pj-swapped-names-same-text",
    PJ,
    M,
    chain(meth(_SWAP.format("Methadone")), sert(_SWAP.format("Sertraline"))),
    "one generic text pasted under both with only the name swapped",
)
bad(
    "dg-up-p-partner-pregabalin-zw",
    DG,
    P,
    med_partner("med-partner-pgb", "Pre\u200bgaba\u200blin 75mg capsules", "75 mg bd"),
    "a partner's pregabalin with zero-width spaces in its name, unassessed",
)
bad(
    "dg-bs-n-subutex-full-width",
    DG,
    N,
    med_n("med-subutex", full_width("Subutex") + " 8mg sublingual tablets", "8 mg daily"),
    "buprenorphine by brand in full width, unassessed",
)
bad(
    "di-v-assessed-in-future",
    DI,
    V,
    set_("assessments#asm-valproate.date", "2027-01-10"),
    "an assessment dated after today",
)
both(
    "bo-overall-f-no-change-baby-fine",
    BO,
    REFUSE,
    F,
    overall,
    "Diazepam and pregabalin - no change. Baby fine, feeding well, carer happy.",
    "a brush-off: nothing on sedation or safe sleep",
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F84CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F84CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F84CASES):3}"
    )
