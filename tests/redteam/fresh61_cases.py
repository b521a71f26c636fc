"""A sixty-first independent "fresh" batch of red-team cases for the share gate: a held-out-style mix, seventh round.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json, every one of them used as a base)
with the verdict the gate must give, written from the issue, the rule catalogue (docs/rules.md), README.md, the
templates and the examples, not from the gate's code or its word lists. About half are GOOD records a clinician
could well write (they must pass); the rest are hollow, disguised, unattributable or impossible (they must be
refused). It covers:

* ``hollow-shapes``: shapes not tried before: a dose label for a conclusion, an out-of-office reply, an audit
  log of saves, a template prompt left in, an apology for running out of time, thanks and regards with nothing
  between, a question put back to the reader, a bare link, a medicine-by-medicine "NC", both options kept open;
  beside near misses that use the same furniture (a question answered, a link beside a plan, thanks before a
  plan, "no change" spelt out with what it means for the baby);
* ``voices``: substantive conclusions as a GP, a midwife, a health visitor, a clinical pharmacist, a perinatal
  psychiatrist and a social worker would write them: terse shorthand, first person, long letters with asides and
  pointers, abbreviations (NAS, PPHN, SCBU, HV, MW, PMHT, CPP);
* ``copy-coverage``: conclusions pasted between medicines and overall conclusions that drop a medicine, beside
  conclusions that legitimately share a sentence and overall conclusions that name every medicine by brand;
* ``dismissals``: concerns waved away ("not relevant", "routine", "the father's business"), beside real
  reasons a concern does not arise for this baby;
* ``brands``: brands from codelists-more/brand-names.csv not used by earlier batches (ViePax, Alventa,
  Apclaven, Maneo, Fedril, Lisicostad, Carexil, Tardcaps, Bunov, Rodomel), listed and assessed, listed and not
  assessed, and named in a conclusion without being listed;
* ``misspellings``: one letter dropped or changed, two letters, transpositions, in the medicine list and in a
  conclusion, for listed and unlisted medicines;
* ``unrecognised``: an unfamiliar product with and without the clinician's reason it raises no concern;
* ``dates``: each margin of each date rule (age, EDD against gestation, a medicine's change against its
  assessment, attestation against assessments, the start of pregnancy, today) and calendar dates that cannot be;
* ``routes``: MESH ids, MLLP hosts, FHIR base URLs, manual hand-overs and ODS codes, good and undeliverable;
* ``attribution``: register against role, numbers no register issues, one number under two names, and the same
  clinician written with an initial, a middle name or a look-alike letter;
* ``disguise``: good and hollow texts above in Cyrillic, Greek, Armenian and Cherokee look-alikes, zero-width
  characters, soft hyphens, bidi controls, full-width forms and combining marks, mixed-script words, and
  disguise only inside a medicine name or only inside a negation.

Medicines named here are real; no clinical code is invented (a renamed medicine loses its code). Run
``python -m tests.redteam.fresh61_cases`` for the counts per category.
"""

from __future__ import annotations

import unicodedata
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
    Record,
    V,
    add_medicine,
    chain,
    edit,
    gp_prescriber,
    medicine,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F61CASES: list[Case] = []

CATEGORIES = (
    "hollow-shapes",
    "voices",
    "copy-coverage",
    "dismissals",
    "brands",
    "misspellings",
    "unrecognised",
    "dates",
    "routes",
    "attribution",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str, **kw: Any) -> None:
    assert category in CATEGORIES, category
    F61CASES.append(Case(f"f61-{name}", category, expect, base, mutate, why, **kw))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str, **kw: Any) -> None:
    add(name, category, REFUSE, base, mutate, why, **kw)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


_WHERE = {
    "meth": (M, "assessments#asm-methadone.conclusion"),
    "sert": (M, "assessments#asm-sertraline.conclusion"),
    "ovM": (M, "overall_conclusion.text"),
    "lith": (L, "assessments#asm-lithium.conclusion"),
    "ovL": (L, "overall_conclusion.text"),
    "valp": (V, "assessments#asm-valproate.conclusion"),
    "ovV": (V, "overall_conclusion.text"),
    "fost": (F, "assessments#asm-diazepam-pregabalin.conclusion"),
    "ovF": (F, "overall_conclusion.text"),
    "quet": (P, "assessments#asm-partner-quetiapine.conclusion"),
    "ovP": (P, "overall_conclusion.text"),
    "cit": (C, "assessments#asm-citalopram.conclusion"),
    "ovC": (C, "overall_conclusion.text"),
}


def put(key: str, text: str) -> tuple[str, Mutation]:
    base, path = _WHERE[key]
    return base, set_(path, text)


GOOD: dict[str, tuple[str, str, str]] = {}
"""name -> (key, text, why) of good texts, reused in disguise."""
HOLLOW: dict[str, tuple[str, str, str]] = {}


def good(name: str, category: str, key: str, text: str, why: str) -> None:
    GOOD[name] = (key, text, why)
    base, mut = put(key, text)
    ok(name, category, base, mut, why)


def hollow(name: str, category: str, key: str, text: str, why: str) -> None:
    HOLLOW[name] = (key, text, why)
    base, mut = put(key, text)
    bad(name, category, base, mut, why)


def rename_med(mid: str, name: str) -> Mutation:
    """A listed medicine written another way: its name changed and its dm+d code dropped."""

    def mutate(doc: Record) -> None:
        med = next(m for m in doc["medicines"] if m["id"] == mid)
        med["name"] = name
        med.pop("code", None)

    return edit(mutate)


def replace_words(pairs: list[tuple[str, str]], *, names: bool = True) -> Mutation:
    """Words replaced throughout the assessments and the overall conclusion (and, with names, the medicine list)."""

    def fix(value: Any) -> Any:
        if isinstance(value, str):
            for old, new in pairs:
                value = value.replace(old, new)
            return value
        if isinstance(value, dict):
            return {k: (v if k in ("author", "by", "date", "id", "medicine_ids") else fix(v)) for k, v in value.items()}
        if isinstance(value, list):
            return [fix(v) for v in value]
        return value

    def mutate(doc: Record) -> None:
        doc["assessments"] = fix(doc["assessments"])
        doc["overall_conclusion"]["text"] = fix(doc["overall_conclusion"]["text"])
        if names:
            for med in doc["medicines"]:
                new = fix(med["name"])
                if new != med["name"]:
                    med["name"] = new
                    med.pop("code", None)

    return edit(mutate)


# ============================================================================================================
# hollow-shapes

hollow(
    "dose-label-meth",
    "hollow-shapes",
    "meth",
    "Methadone 1mg/ml oral solution: 60 mg (60 ml) once daily, supervised consumption, from the drug service.",
    "the dispensing label for a conclusion",
)
hollow(
    "out-of-office-sert",
    "hollow-shapes",
    "sert",
    "Sertraline: I am away from the practice until the 16th; my colleagues will pick up any questions about it.",
    "an out-of-office reply where the conclusion belongs",
)
hollow(
    "audit-log-lith",
    "hollow-shapes",
    "lith",
    "Lithium assessment opened 11:02, edited 11:40, saved 12:18, signed 12:25 by the perinatal psychiatrist.",
    "an audit trail of saves, nothing concluded",
)
hollow(
    "template-prompt-valp",
    "hollow-shapes",
    "valp",
    "Valproate: [Summarise here the risk to the baby and the plan agreed with the woman, in plain English.]",
    "the template's own prompt left in",
)
hollow(
    "ran-out-of-time-fost",
    "hollow-shapes",
    "fost",
    "Sorry, I ran out of time to finish writing up the diazepam and pregabalin today and will complete it later.",
    "an apology for an unwritten conclusion",
)
hollow(
    "thanks-regards-quet",
    "hollow-shapes",
    "quet",
    "Many thanks for asking me to look at the father's quetiapine. Kind regards, and do get in touch any time.",
    "courtesies around nothing",
)
hollow(
    "question-back-cit",
    "hollow-shapes",
    "cit",
    "Citalopram in late pregnancy: should it carry on, and what would the team like to do for the baby?",
    "a question put back to the reader, unanswered",
)
hollow(
    "bare-link-valp",
    "hollow-shapes",
    "valp",
    "Valproate: https://www.gov.uk/guidance/valproate-use-by-women-and-girls",
    "a bare link for a conclusion",
)
hollow(
    "nc-each-ovm",
    "hollow-shapes",
    "ovM",
    "Methadone NC. Sertraline NC.",
    "'no change' shorthand per medicine, nothing for the baby",
)
hollow(
    "either-way-lith",
    "hollow-shapes",
    "lith",
    "Lithium could equally be continued or stopped; either would be reasonable and both remain possible.",
    "both options kept open, nothing decided, no baby",
)
hollow(
    "headings-only-ovf",
    "hollow-shapes",
    "ovF",
    "Diazepam and pregabalin. Sedation: see assessment. Withdrawal: see assessment. Sleep: see assessment.",
    "headings each pointed elsewhere",
)
hollow(
    "signed-off-ovc",
    "hollow-shapes",
    "ovC",
    "Citalopram: signed off. Over to maternity.",
    "a sign-off and a hand-off, no content",
)
good(
    "question-answered-lith",
    "hollow-shapes",
    "lith",
    "Should lithium continue? Yes: relapse after birth is the bigger danger. What does the baby need? A "
    "paediatric review after delivery for floppiness or poor feeding, bottle feeds, and her levels within 24 "
    "hours of birth.",
    "questions, each answered with a plan for the baby",
)
good(
    "link-beside-plan-valp",
    "hollow-shapes",
    "valp",
    "Valproate continues unchanged until neurology sees her this month; stopping suddenly could bring on "
    "seizures. The baby was exposed in the first trimester, so fetal medicine will scan early and in detail. "
    "Leaflet: https://www.gov.uk/guidance/valproate-use-by-women-and-girls",
    "a link beside a substantive plan",
)
good(
    "thanks-then-plan-quet",
    "hollow-shapes",
    "quet",
    "Thank you for the referral. Daniel's quetiapine 300 mg at night leaves him very hard to wake, so he must "
    "not share a bed, sofa or armchair with the baby or do night feeds after his dose; the mother does nights "
    "and the baby sleeps in the next-to-me crib. I will check this at every visit.",
    "courtesy first, then a full plan for the father and baby",
)
good(
    "no-change-spelt-out-ovm",
    "hollow-shapes",
    "ovM",
    "No change to methadone 60 mg or sertraline 100 mg. For the baby: 72 hours on the postnatal ward for "
    "withdrawal and adaptation signs, HV checks to day 8, breastfeeding encouraged, and never in the bed or on "
    "the sofa with her after a dose.",
    "'no change' spelt out with what it means for the baby",
)
good(
    "signed-off-with-plan-ovc",
    "hollow-shapes",
    "ovC",
    "Citalopram 20 mg continues and breastfeeding is fine. The midwife watches the baby for jitteriness, poor "
    "feeding or fast breathing over the first 48 hours; paediatrics if it lasts. I have signed this off for "
    "maternity and the health visitor.",
    "a sign-off beside a real plan",
)

# ============================================================================================================
# voices

good(
    "gp-shorthand-meth",
    "voices",
    "meth",
    "Methadone 60mg od cont, no dose change w/o DAS. Baby: NAS obs 72h PN ward, HV late signs to d8. BF ok. "
    "Sedated post-dose so no co-sleeping; cot to be seen at HV visit.",
    "GP shorthand, complete",
)
good(
    "pharmacist-voice-sert",
    "voices",
    "sert",
    "From a medicines point of view sertraline 100 mg is the right choice to keep: it is among the SSRIs with "
    "least transfer into breast milk, and stopping would put her mood at risk. The baby has a small risk of "
    "PPHN and of jittery, poorly feeding first days, so the midwife should watch alongside the withdrawal "
    "observations.",
    "a clinical pharmacist's reasoning with the baby's watch",
)
good(
    "psychiatrist-letter-lith",
    "voices",
    "lith",
    "I saw Rebecca with her partner today. She has been well on lithium (Priadel) for four years and we agreed "
    "it continues: the postnatal months carry a high risk of psychosis if she stops (this was her strong "
    "preference too). For the baby, the fetal heart scan was normal; after birth the paediatricians should "
    "review for floppiness, poor feeding and thyroid problems. She will bottle feed, since lithium reaches breast "
    "milk. Levels as set out in the recommendations; our team sees her within a week of delivery.",
    "a perinatal psychiatrist's letter with asides and a pointer",
)
good(
    "midwife-voice-cit",
    "voices",
    "cit",
    "As her community midwife I have agreed with her that citalopram carries on; she relapsed last time she "
    "stopped. I will tell the labour ward so that after birth the baby is watched for 48 hours for jitteriness, "
    "fast breathing or poor feeding, with the paediatricians called if it persists. She can breastfeed.",
    "a midwife's first-person plan",
)
good(
    "hv-voice-quet",
    "voices",
    "quet",
    "Health visitor: Dad is on quetiapine 300 mg nocte and is very drowsy overnight. Agreed with both parents: "
    "baby never in bed or on the sofa with him, no night feeds by Dad after his tablet, Mum does nights with "
    "baby in the side crib. I will look at the sleeping set-up at each contact to 8 weeks.",
    "a health visitor's note with the parents' agreement",
)
good(
    "social-worker-voice-ovf",
    "voices",
    "ovF",
    "For the placement: diazepam and pregabalin continue and make the mother sleepy, most of all at night. The "
    "baby must not sleep with her in a bed, sofa or armchair, she must not feed lying down, and the foster carer "
    "does night feeds. The foster carer and health visitor look for late withdrawal to day 8. This plan is part "
    "of the care plan under the interim care order.",
    "written in a social worker's register for the placement",
)
good(
    "gp-plain-valp",
    "voices",
    "valp",
    "We talked about valproate and the baby today. She keeps taking it at the same dose until the neurologist "
    "sees her, because stopping could cause fits. The baby may have been harmed by it in early pregnancy, so I "
    "have asked for an early detailed scan at fetal medicine and started folic acid 5 mg.",
    "a GP's plain-English conclusion",
)
good(
    "obstetric-voice-ovv",
    "voices",
    "ovV",
    "Sodium valproate continues pending urgent neurology review this month. The fetus has first-trimester "
    "exposure: fetal medicine review and detailed anomaly scan at 18-20 weeks, folic acid 5 mg daily. "
    "Pregnancy prevention for after the birth to be planned with neurology.",
    "obstetric register with the baby's scan and prevention",
)
good(
    "terse-quet",
    "voices",
    "quet",
    "Partner's quetiapine: heavily sedating at night. Not to co-sleep with baby or do night feeds. Mum does "
    "nights; baby in own crib; HV reviewing.",
    "terse but complete",
)
good(
    "letter-aside-ovl",
    "voices",
    "ovL",
    "Lithium (Priadel) 800 mg nocte continues (she asked me to note she read the leaflets and agrees). Levels "
    "4-weekly, weekly from 36 weeks, and within 24 hours of delivery. The baby: paediatric review after birth, "
    "bottle feeding. PMHT review within a week of birth given the relapse risk.",
    "a letter-style overall with an aside",
)
hollow(
    "hv-voice-hollow-quet",
    "voices",
    "quet",
    "Health visitor here: I have met Dad and had a good chat about his quetiapine. Lovely family, all going "
    "well, will keep in touch.",
    "a friendly visit note with nothing about the baby's safety",
)
hollow(
    "midwife-voice-hollow-cit",
    "voices",
    "cit",
    "Midwife: citalopram noted on booking, discussed at antenatal clinic, documented in the handheld notes.",
    "where it was noted, not what it means",
)
hollow(
    "psychiatrist-voice-hollow-lith",
    "voices",
    "lith",
    "Seen in perinatal clinic. Lithium formulation reviewed. Will be discussed at our weekly team meeting.",
    "a clinic note that decides nothing",
)

# Authors changed: the same texts written by a clinical pharmacist at her own practice.
COLE = {
    "name": {"given": ["Bethany"], "family": "Cole"},
    "role": "clinical-pharmacist",
    "registration": {"body": "GPhC", "number": "2087654"},
    "organisation": RIVERSIDE,
}
ok(
    "pharmacist-authors-sert",
    "voices",
    M,
    chain(
        set_("assessments#asm-sertraline.author", COLE),
        set_(
            "assessments#asm-sertraline.conclusion",
            "Pharmacist review: continue sertraline 100 mg, which suits breastfeeding. The baby may be jittery or "
            "feed poorly for a few days and carries a small PPHN risk; the maternity team watches after birth.",
        ),
    ),
    "the practice's clinical pharmacist signs the sertraline assessment",
)

# ============================================================================================================
# copy-coverage


def copy_conclusion(src: str, dst: str) -> Mutation:
    def mutate(doc: Record) -> None:
        a = {x["id"]: x for x in doc["assessments"]}
        a[dst]["conclusion"] = a[src]["conclusion"]

    return edit(mutate)


bad(
    "paste-meth-into-sert",
    "copy-coverage",
    M,
    copy_conclusion("asm-methadone", "asm-sertraline"),
    "the methadone conclusion pasted under sertraline",
)
bad(
    "paste-renamed-sert",
    "copy-coverage",
    M,
    set_(
        "assessments#asm-sertraline.conclusion",
        "Sertraline 100 mg once daily should continue through pregnancy. The baby is likely to need observation for "
        "neonatal withdrawal; breastfeeding is supported. Sedation after each dose means no co-sleeping and the cot "
        "must be checked at the home visit.",
    ),
    "methadone's conclusion with the name swapped, claiming sedation for sertraline",
)
hollow(
    "overall-drops-sertraline",
    "copy-coverage",
    "ovM",
    "Continue methadone unchanged. The baby is observed for neonatal withdrawal on the postnatal ward; "
    "breastfeeding supported; no co-sleeping after her dose, and the home visit checks the cot.",
    "the overall conclusion omits sertraline",
)
hollow(
    "overall-drops-pregabalin",
    "copy-coverage",
    "ovF",
    "Diazepam continues for now and sedates her: no bed, sofa or armchair sharing, no feeding lying down, the "
    "foster carer does night feeds, and late withdrawal is watched for to day 8.",
    "the overall conclusion omits pregabalin",
)
hollow(
    "fost-names-diazepam-only",
    "copy-coverage",
    "fost",
    "Diazepam causes significant sedation: no co-sleeping or feeding lying down; another adult awake at night. "
    "Late withdrawal possible to day 8; it continues, with a supervised reduction.",
    "a joint assessment's conclusion naming one of its two medicines",
)
good(
    "shared-sentence-sert",
    "copy-coverage",
    "sert",
    "Sertraline continues at 100 mg: her depression would likely return without it. The baby is watched for "
    "adaptation signs alongside the withdrawal observations, and breastfeeding is fine.",
    "shares a clause with methadone's plan, but is its own",
)
good(
    "overall-brands-ovl",
    "copy-coverage",
    "ovL",
    "Priadel (lithium carbonate) continues at 800 mg at night; levels monthly, weekly from 36 weeks and within "
    "24 hours of delivery. Baby reviewed by paediatrics after birth and bottle fed. Perinatal team within a week "
    "of the birth.",
    "an overall conclusion naming the medicine by brand and ingredient",
)
good(
    "overall-order-swapped-ovm",
    "copy-coverage",
    "ovM",
    "Sertraline and methadone both continue. The baby will stay at least 72 hours for withdrawal and "
    "adaptation observation and may breastfeed. No bed-sharing after her methadone; the social worker and HV "
    "see the cot before discharge.",
    "both named, in the other order",
)
good(
    "fost-combined-name",
    "copy-coverage",
    "fost",
    "Diazepam with pregabalin makes her markedly drowsy after doses and at night, so the baby never sleeps "
    "with her and is never fed lying down; the foster carer does nights. Watch for late withdrawal to day 8. "
    "Both continue, with a slow diazepam taper agreed at six weeks.",
    "both medicines of a joint assessment named",
)

# ============================================================================================================
# dismissals

hollow(
    "not-relevant-quet",
    "dismissals",
    "quet",
    "Quetiapine belongs to the father, not the patient, so it is not relevant to this assessment.",
    "the partner's sedating medicine dismissed",
)
hollow(
    "routine-ovm",
    "dismissals",
    "ovM",
    "Methadone and sertraline are routine in pregnancy and need nothing special.",
    "dismisses both concerns as routine",
)
hollow(
    "his-business-quet",
    "dismissals",
    "quet",
    "The father's quetiapine is a matter for him and his own GP; nothing for the baby's team to do.",
    "the partner's medicine waved off to his GP",
)
hollow(
    "no-issues-cit",
    "dismissals",
    "cit",
    "Citalopram: no issues for mum or baby, nothing further needed.",
    "dismisses the baby's adaptation risk",
)
good(
    "reason-not-arising-quet",
    "dismissals",
    "quet",
    "The baby is not exposed to the father's quetiapine, so there is no direct effect; the risk is his sedation "
    "at night. He does no night feeds after his dose and never sleeps with the baby on a bed, sofa or chair; the "
    "health visitor keeps checking.",
    "says why one concern does not arise and answers the one that does",
)
good(
    "bf-not-arising-fost",
    "dismissals",
    "fost",
    "Breast milk exposure does not arise because the baby is bottle fed, but diazepam and pregabalin still "
    "leave her too drowsy to co-sleep or feed lying down; the foster carer does nights. Late withdrawal is "
    "possible up to day 8. Both continue with a planned diazepam reduction.",
    "one concern set aside with its reason, the rest answered",
)

# ============================================================================================================
# brands (from codelists-more/brand-names.csv)

VIEPAX = [
    ("Citalopram 20mg tablets", "ViePax XL 75mg capsules"),
    ("citalopram 20 mg", "venlafaxine (ViePax XL) 75 mg"),
    ("Citalopram", "Venlafaxine"),
    ("citalopram", "venlafaxine"),
]
ok(
    "viepax-for-citalopram",
    "brands",
    C,
    replace_words(VIEPAX),
    "venlafaxine as ViePax XL listed and assessed throughout",
)
ok(
    "alventa-listed-generic-written",
    "brands",
    C,
    chain(
        rename_med("med-citalopram", "Alventa XL 75mg capsules"),
        replace_words(
            [("citalopram 20 mg", "venlafaxine 75 mg"), ("Citalopram", "Venlafaxine"), ("citalopram", "venlafaxine")],
            names=False,
        ),
    ),
    "listed as the brand Alventa, written as venlafaxine in the conclusions",
)
bad(
    "apclaven-listed-citalopram-written",
    "brands",
    C,
    rename_med("med-citalopram", "Apclaven XL 75mg capsules"),
    "the list now says venlafaxine (Apclaven) while every conclusion still names citalopram",
)
bad(
    "maneo-unassessed-n",
    "brands",
    N,
    add_medicine(
        medicine(
            "med-maneo", "Maneo 50mg capsules", "50 mg up to four times a day", "2026-04-03", gp_prescriber(RIVERSIDE)
        )
    ),
    "tramadol as Maneo, breastfeeding mother, unassessed",
)
bad(
    "fedril-unassessed-p",
    "brands",
    P,
    add_medicine(
        medicine(
            "med-fedril",
            "Fedril",
            "10 ml at night for cough",
            "2026-05-20",
            gp_prescriber({"ods_code": "Y90002", "name": "Millbrook Medical Centre"}),
        )
    ),
    "a sedating diphenhydramine brand for the mother, unassessed",
)
bad(
    "lisicostad-unassessed-v",
    "brands",
    V,
    add_medicine(
        medicine(
            "med-lisicostad",
            "Lisicostad 10mg tablets",
            "10 mg once daily",
            "2025-02-10",
            gp_prescriber({"ods_code": "Y90003", "name": "Castle Street Surgery"}),
        )
    ),
    "lisinopril (a teratogen) as a brand at 8 weeks, unassessed",
)
bad(
    "bunov-unassessed-f",
    "brands",
    F,
    add_medicine(
        medicine(
            "med-bunov",
            "Bunov 10micrograms/hour transdermal patch",
            "One patch every 7 days",
            "2026-03-01",
            gp_prescriber({"ods_code": "Y90002", "name": "Millbrook Medical Centre"}),
        )
    ),
    "a buprenorphine patch brand, unassessed, beside two sedatives",
)
bad(
    "rodomel-unassessed-c",
    "brands",
    C,
    add_medicine(
        medicine(
            "med-rodomel",
            "Rodomel XL 75mg capsules",
            "75 mg once daily",
            "2025-11-01",
            gp_prescriber({"ods_code": "Y90003", "name": "Castle Street Surgery"}),
        )
    ),
    "venlafaxine as Rodomel XL beside citalopram, unassessed",
)
hollow(
    "carexil-unlisted-in-meth",
    "brands",
    "meth",
    "Methadone 60 mg continues, and she also takes Carexil at night for back pain. The baby will be observed "
    "72 hours for withdrawal; breastfeeding supported; no co-sleeping after doses.",
    "oxycodone by brand in the conclusion, not on the list",
)
hollow(
    "tardcaps-unlisted-in-lith",
    "brands",
    "lith",
    "Lithium continues, with Tardcaps added last month for low mood. Levels monthly then weekly from 36 weeks; "
    "paediatric review of the baby after birth; bottle feeding.",
    "venlafaxine by brand in the conclusion, not on the list",
)
good(
    "priadel-only-lith",
    "brands",
    "lith",
    "Priadel continues at 800 mg at night because relapse after birth is the greater risk. The baby gets a "
    "paediatric review after delivery and is bottle fed; levels monthly, weekly from 36 weeks, within a day of "
    "birth.",
    "the lithium brand alone names the medicine",
)
good(
    "epilim-brand-valp",
    "brands",
    "valp",
    "Epilim (sodium valproate) must not be stopped suddenly: seizures would endanger her and the pregnancy. The "
    "baby was exposed in the first trimester; early fetal medicine assessment and neurology review are booked, "
    "and folic acid 5 mg has started.",
    "the valproate brand beside the ingredient",
)

# ============================================================================================================
# misspellings

ok(
    "list-setraline",
    "misspellings",
    M,
    rename_med("med-sertraline", "Setraline 50mg tablets"),
    "one letter dropped in the listed name; conclusions spell it right",
)
ok(
    "list-pregabilin",
    "misspellings",
    F,
    rename_med("med-pregabalin", "Pregabilin 75mg capsules"),
    "one letter changed in the listed name",
)
ok(
    "list-quetiapnie",
    "misspellings",
    P,
    rename_med("med-partner-quetiapine", "Quetiapnie 100mg tablets"),
    "a transposition in the listed partner's medicine",
)
good(
    "conc-lithuim",
    "misspellings",
    "lith",
    "Lithuim continues: relapse after the birth is the bigger risk. The baby has a paediatric review after "
    "delivery and is bottle fed; levels monthly, weekly from 36 weeks and within 24 hours of birth.",
    "a transposition in the conclusion's name",
)
good(
    "conc-diazapam-pregabalin",
    "misspellings",
    "fost",
    "Diazapam and pregabalin sedate her, worst at night: never co-sleep or feed lying down, foster carer on "
    "nights. Baby may show late withdrawal to day 8. Both continue; diazepam reduced slowly from six weeks.",
    "one letter changed in the conclusion's name",
)
good(
    "conc-metadone",
    "misspellings",
    "meth",
    "Metadone 60 mg continues. Baby: at least 72 hours of withdrawal observation, HV checks to day 8, "
    "breastfeeding encouraged. No co-sleeping after her dose; cot checked at the home visit.",
    "one letter dropped in the conclusion's name",
)
bad(
    "list-diazpam-unassessed-n",
    "misspellings",
    N,
    add_medicine(
        medicine("med-diazpam", "Diazpam 2mg tablets", "2 mg three times a day", "2026-04-05", gp_prescriber(RIVERSIDE))
    ),
    "diazepam with a letter dropped, unassessed, breastfeeding mother",
)
bad(
    "list-citalporam-unassessed-n",
    "misspellings",
    N,
    add_medicine(
        medicine(
            "med-citalporam", "Citalporam 20mg tablets", "20 mg once daily", "2026-04-05", gp_prescriber(RIVERSIDE)
        )
    ),
    "citalopram with a transposition, unassessed",
)
bad(
    "list-quetiepine-unassessed-n",
    "misspellings",
    N,
    add_medicine(
        medicine("med-quetiepine", "Quetiepine 25mg tablets", "25 mg at night", "2026-04-05", gp_prescriber(RIVERSIDE))
    ),
    "quetiapine with one letter changed, unassessed and sedating",
)
bad(
    "list-mirtazipine-unassessed-n",
    "misspellings",
    N,
    add_medicine(
        medicine(
            "med-mirtazipine", "Mirtazipine 15mg tablets", "15 mg at night", "2026-04-05", gp_prescriber(RIVERSIDE)
        )
    ),
    "mirtazapine with one letter changed, unassessed and sedating",
)
hollow(
    "conc-unlisted-zopiclon",
    "misspellings",
    "sert",
    "Sertraline continues, and her zopiclon at night is kept too. The baby is watched for adaptation signs; "
    "breastfeeding is fine.",
    "zopiclone misspelt, named in a conclusion, not listed",
)

# ============================================================================================================
# unrecognised

ok(
    "unfamiliar-with-reason-n",
    "unrecognised",
    N,
    add_medicine(
        medicine(
            "med-bio-oil",
            "Bio-Oil skincare oil",
            "Apply to the scar twice a day",
            "2026-04-04",
            gp_prescriber(RIVERSIDE),
            not_of_concern_reason="A cosmetic oil rubbed on her caesarean scar; nothing reaches the "
            "baby or the breast milk, so it needs no assessment.",
        )
    ),
    "an unfamiliar product with the clinician's reason",
)
bad(
    "unfamiliar-no-reason-n",
    "unrecognised",
    N,
    add_medicine(medicine("med-kalms", "Kalms Night tablets", "Two at night", "2026-04-04", gp_prescriber(RIVERSIDE))),
    "an unfamiliar herbal sleep remedy with no classification",
)
bad(
    "unfamiliar-na-reason-n",
    "unrecognised",
    N,
    add_medicine(
        medicine(
            "med-kalms",
            "Kalms Night tablets",
            "Two at night",
            "2026-04-04",
            gp_prescriber(RIVERSIDE),
            not_of_concern_reason="N/A.",
        )
    ),
    "a placeholder for the reason",
)
bad(
    "unfamiliar-hollow-reason-n",
    "unrecognised",
    N,
    add_medicine(
        medicine(
            "med-kalms",
            "Kalms Night tablets",
            "Two at night",
            "2026-04-04",
            gp_prescriber(RIVERSIDE),
            not_of_concern_reason="Reviewed and considered fine as discussed with the patient.",
        )
    ),
    "a reason that gives no reason",
)

# ============================================================================================================
# dates (today is 2026-12-03 in the harness)

bad("age-8", "dates", V, set_("mother.birth_date", "2018-01-01"), "a mother aged 8")
bad("age-61", "dates", M, set_("mother.birth_date", "1965-01-02"), "a mother aged 61")
ok("age-16", "dates", V, set_("mother.birth_date", "2010-03-01"), "a 16-year-old mother is possible")
ok("age-47", "dates", L, set_("mother.birth_date", "1979-02-11"), "a 47-year-old mother is possible")
ok(
    "edd-13-days-off",
    "dates",
    V,
    set_("pregnancy.edd", "2027-01-12"),
    "EDD 13 days from the gestation: within tolerance",
)
bad("edd-15-days-off", "dates", V, set_("pregnancy.edd", "2027-01-14"), "EDD 15 days from the gestation")
ok(
    "asm-on-change-day",
    "dates",
    M,
    set_("assessments#asm-sertraline.date", "2025-09-22"),
    "assessed the day the dose changed (during the pregnancy)",
)
bad(
    "asm-day-before-change",
    "dates",
    M,
    set_("assessments#asm-sertraline.date", "2025-09-21"),
    "assessed the day before the dose it assesses",
)
bad(
    "asm-before-pregnancy",
    "dates",
    C,
    set_("assessments#asm-citalopram.date", "2025-06-01"),
    "assessed about a month before the pregnancy began",
)
ok(
    "asm-early-pregnancy",
    "dates",
    C,
    set_("assessments#asm-citalopram.date", "2025-08-20"),
    "assessed at about seven weeks",
)
bad(
    "attested-day-before",
    "dates",
    M,
    set_("attestation.at", "2026-03-01T16:40:00+00:00"),
    "attested the day before the assessments",
)
ok(
    "attested-same-morning",
    "dates",
    M,
    set_("attestation.at", "2026-03-02T08:05:00+00:00"),
    "attested the morning of the assessment day",
)
bad("asm-tomorrow", "dates", P, set_("assessments#asm-partner-quetiapine.date", "2026-12-04"), "assessed tomorrow")
bad("change-tomorrow", "dates", L, set_("medicines#med-lithium.last_changed", "2026-12-04"), "dose changed tomorrow")
bad("gestation-tomorrow", "dates", V, set_("pregnancy.gestation.on", "2026-12-04"), "gestation recorded tomorrow")
bad("consent-tomorrow", "dates", F, set_("lawful_basis.recorded_on", "2026-12-04"), "lawful basis recorded tomorrow")
bad(
    "feb-29-2026",
    "dates",
    M,
    set_("assessments#asm-methadone.date", "2026-02-29"),
    "29 February in a year that is not leap",
    parse_reject_ok=True,
)
bad(
    "april-31",
    "dates",
    N,
    set_("lawful_basis.recorded_on", "2026-04-31"),
    "31 April",
    parse_reject_ok=True,
)
bad(
    "hour-25",
    "dates",
    P,
    set_("attestation.at", "2026-05-28T25:10:00+00:00"),
    "hour 25",
    parse_reject_ok=True,
)
bad(
    "antenatal-with-delivery",
    "dates",
    L,
    set_("pregnancy.delivery_date", "2026-05-01"),
    "an antenatal record giving a birth date",
    parse_reject_ok=True,
)
ok(
    "consent-before-assessment",
    "dates",
    M,
    set_("lawful_basis.recorded_on", "2026-02-20"),
    "consent recorded at an earlier appointment",
)
ok(
    "delivery-day-started",
    "dates",
    N,
    set_("medicines#med-paracetamol.started", "2026-04-02"),
    "paracetamol started the day of delivery",
)

# ============================================================================================================
# routes


def mesh(rid: str, box: str) -> Mutation:
    return set_(f"recipients#{rid}.route", {"kind": "mesh", "mailbox": box})


bad("mesh-word", "routes", M, mesh("rcp-hv", "HVTEAMBOX"), "words standing in for a mailbox id")
bad("mesh-digits-only", "routes", N, mesh("rcp-hv", "90500003"), "a mailbox with no letter")
bad(
    "mesh-cyrillic-x",
    "routes",
    M,
    mesh("rcp-midwife", "\u042526HC002"),
    "a Cyrillic Ha in the mailbox id",
    parse_reject_ok=True,
)
bad(
    "mesh-zwsp",
    "routes",
    P,
    mesh("rcp-hv", "X26MB\u200b003"),
    "a zero-width space inside the mailbox id",
    parse_reject_ok=True,
)
bad(
    "mesh-email",
    "routes",
    C,
    mesh("rcp-hv", "hv.team@nhs.net"),
    "an email address, not a mailbox id",
    parse_reject_ok=True,
)
ok("mesh-other-form", "routes", C, mesh("rcp-hv", "Y90520HV"), "a mailbox id of letters and digits")
bad(
    "mllp-bare-host",
    "routes",
    V,
    set_("recipients#rcp-maternity.route", {"kind": "mllp", "host": "maternity-interface", "port": 2575}),
    "an MLLP host that is not fully qualified",
)
bad(
    "mllp-link-local",
    "routes",
    V,
    set_("recipients#rcp-maternity.route", {"kind": "mllp", "host": "169.254.20.7", "port": 2575}),
    "a link-local MLLP address",
)
bad(
    "mllp-invalid-tld",
    "routes",
    V,
    set_("recipients#rcp-maternity.route", {"kind": "mllp", "host": "interface.castleford.invalid", "port": 2575}),
    "a host under the reserved domain 'invalid'",
)
ok(
    "mllp-private-ip",
    "routes",
    V,
    set_("recipients#rcp-maternity.route", {"kind": "mllp", "host": "10.24.8.15", "port": 6661}),
    "an HSCN private address and another port",
)
bad(
    "fhir-http",
    "routes",
    L,
    set_("recipients#rcp-maternity.route.base_url", "http://maternity.northgate.example/fhir/R4"),
    "plain http",
)
bad(
    "fhir-credentials",
    "routes",
    L,
    set_("recipients#rcp-maternity.route.base_url", "https://svc:secret@maternity.northgate.example/fhir/R4"),
    "credentials in the base URL",
)
bad(
    "fhir-query",
    "routes",
    L,
    set_("recipients#rcp-maternity.route.base_url", "https://maternity.northgate.example/fhir/R4?_format=json"),
    "a query in the base URL",
)
bad(
    "fhir-loopback-v6",
    "routes",
    L,
    set_("recipients#rcp-maternity.route.base_url", "https://[::1]/fhir/R4"),
    "this machine",
)
ok(
    "fhir-port-slash",
    "routes",
    L,
    set_("recipients#rcp-maternity.route.base_url", "https://fhir.northgate.example:8443/R4/"),
    "a port and a trailing slash",
)
_FOSTER = "recipients#rcp-foster-carer.route.description"
bad(
    "manual-mum-passes",
    "routes",
    F,
    set_(_FOSTER, "Mum will give her copy to the carer when she gets there."),
    "left to the mother to pass on",
)
bad("manual-link", "routes", F, set_(_FOSTER, "https://placements.millbrook.example/carers"), "only a link")
bad(
    "manual-sorted-later",
    "routes",
    F,
    set_(_FOSTER, "Ward to sort out getting it to the carer in due course."),
    "still to be arranged",
)
ok(
    "manual-reads-through",
    "routes",
    F,
    set_(
        _FOSTER,
        "Leanne Moss, social worker, reads the plan through with the foster carer at the placement on "
        "2026-06-13 and leaves her a printed copy.",
    ),
    "a named professional reads it through and leaves a copy",
)
ok(
    "manual-recorded-post",
    "routes",
    F,
    set_(
        _FOSTER,
        "Sent by recorded delivery to the foster carer at the placement on 2026-06-12; the health visitor "
        "confirms it arrived at her visit on 2026-06-13.",
    ),
    "posted, with a check that it arrived",
)
bad("ods-seven", "routes", M, set_("recipients#rcp-hv.organisation.ods_code", "Y905001"), "a 7-character ODS code")
bad("ods-no-letter", "routes", N, set_("recipients#rcp-midwife.organisation.ods_code", "90400"), "no letter")
bad(
    "ods-dash",
    "routes",
    P,
    set_("recipients#rcp-hv.organisation.ods_code", "Y90-51"),
    "a dash in the ODS code",
    parse_reject_ok=True,
)
ok(
    "ods-trust-three",
    "routes",
    C,
    set_("recipients#rcp-maternity.organisation.ods_code", "RXR"),
    "a 3-character trust code",
)
ok(
    "ods-site-five",
    "routes",
    C,
    set_("recipients#rcp-midwife.organisation.ods_code", "RXR01"),
    "a 5-character site code",
)

# ============================================================================================================
# attribution

_MA = "assessments#asm-methadone.author"
bad(
    "hv-with-gmc",
    "attribution",
    P,
    set_("assessments#asm-partner-quetiapine.author.registration", {"body": "GMC", "number": "7034567"}),
    "a health visitor on the medical register",
)
bad(
    "psychiatrist-with-nmc",
    "attribution",
    L,
    set_("assessments#asm-lithium.author.registration", {"body": "NMC", "number": "14C2871E"}),
    "a psychiatrist on the nursing register",
)
bad(
    "pharmacist-with-gmc",
    "attribution",
    N,
    set_("attestation.by.registration", {"body": "GMC", "number": "7089012"}),
    "a clinical pharmacist on the medical register",
)
bad(
    "gp-with-gphc",
    "attribution",
    V,
    set_("assessments#asm-valproate.author.registration", {"body": "GPhC", "number": "2076543"}),
    "a GP on the pharmacy register",
)
bad("gmc-sevens", "attribution", M, set_(f"{_MA}.registration.number", "7777777"), "one digit repeated")
bad(
    "nmc-zeros",
    "attribution",
    P,
    set_("assessments#asm-partner-quetiapine.author.registration.number", "00A0000A"),
    "an NMC number of zeros",
)
bad(
    "two-names-one-gmc",
    "attribution",
    M,
    set_("overall_conclusion.author.name", {"prefix": "Dr", "given": ["Amir"], "family": "Rahman"}),
    "Dr Shah's number under another name",
)
bad(
    "two-given-one-gmc",
    "attribution",
    F,
    set_("overall_conclusion.author.name", {"prefix": "Dr", "given": ["Gareth"], "family": "Pritchard"}),
    "same family name, another given name, one number",
)
ok(
    "initial-same-gmc",
    "attribution",
    M,
    set_("overall_conclusion.author.name", {"prefix": "Dr", "given": ["P."], "family": "Shah"}),
    "the same GP written with an initial",
)
ok(
    "middle-name-same-gmc",
    "attribution",
    M,
    set_("overall_conclusion.author.name", {"prefix": "Dr", "given": ["Priya", "Anjali"], "family": "Shah"}),
    "the same GP with her middle name",
)
ok(
    "lookalike-same-gmc",
    "attribution",
    M,
    set_("overall_conclusion.author.name", {"prefix": "Dr", "given": ["Priya"], "family": "Sh\u0430h"}),
    "the same GP with a Cyrillic a in the surname (one person, a warning at most)",
)
ok(
    "psychiatrist-authors-cit",
    "attribution",
    C,
    set_(
        "assessments#asm-citalopram.author",
        {
            "name": {"prefix": "Dr", "given": ["Samuel"], "family": "Osei"},
            "role": "psychiatrist",
            "registration": {"body": "GMC", "number": "7056789"},
            "organisation": {"ods_code": "Y90730", "name": "Northgate Perinatal Mental Health Service"},
        },
    ),
    "a perinatal psychiatrist on the medical register signs the citalopram assessment (the GP attests)",
)


# ============================================================================================================
# disguise


def combining(text: str, mark: str = "\u0301") -> str:
    return unicodedata.normalize("NFC", "".join(ch + mark if ch in "aeiou" else ch for ch in text))


def below(text: str) -> str:
    """A combining dot below after every 's' and 't' (no precomposed form for most)."""
    return "".join(ch + "\u0323" if ch in "st" else ch for ch in text)


ARMENIAN = {"o": "\u0585", "u": "\u057d", "h": "\u0570", "n": "\u0578"}
CHEROKEE = {
    "A": "\u13aa",
    "B": "\u13f4",
    "C": "\u13df",
    "D": "\u13a0",
    "E": "\u13ac",
    "G": "\u13c0",
    "H": "\u13bb",
    "J": "\u13ab",
    "K": "\u13e6",
    "L": "\u13de",
    "M": "\u13b7",
    "P": "\u13e2",
    "R": "\u13a1",
    "S": "\u13da",
    "T": "\u13a2",
    "V": "\u13d9",
    "W": "\u13b3",
    "Z": "\u13c3",
}


def armenian(text: str) -> str:
    return "".join(ARMENIAN.get(ch, ch) for ch in text)


def cherokee(text: str) -> str:
    return "".join(CHEROKEE.get(ch, ch) for ch in text.upper())


def mixed(text: str) -> str:
    """Only the first 'o' and 'e' of each word of five letters or more swapped (mixed-script words)."""
    out = []
    for word in text.split(" "):
        if sum(ch.isalpha() for ch in word) >= 5:
            word = word.replace("o", "\u043e", 1).replace("e", "\u0435", 1)
        out.append(word)
    return " ".join(out)


_DISGUISES = {
    "cyr": lambda t: homoglyphs(t, "aceopxy"),
    "greek": lambda t: homoglyphs(t, "aiopv", variant=1),
    "armenian": armenian,
    "cherokee": cherokee,
    "zwsp": lambda t: inside_words(t, "\u200b", every=2),
    "wj": lambda t: inside_words(t, "\u2060", every=3),
    "shy": lambda t: inside_words(t, "\u00ad", every=2),
    "bidi": lambda t: inside_words(t, "\u2066", every=3),
    "fullwidth": full_width,
    "combining": combining,
    "below": below,
    "mixed": mixed,
}

_DIS_GOOD = [
    ("cyr", "psychiatrist-letter-lith"),
    ("greek", "gp-shorthand-meth"),
    ("armenian", "hv-voice-quet"),
    ("cherokee", "terse-quet"),
    ("zwsp", "midwife-voice-cit"),
    ("wj", "gp-plain-valp"),
    ("shy", "social-worker-voice-ovf"),
    ("bidi", "question-answered-lith"),
    ("fullwidth", "no-change-spelt-out-ovm"),
    ("combining", "reason-not-arising-quet"),
    ("below", "pharmacist-voice-sert"),
    ("mixed", "fost-combined-name"),
    ("cyr", "overall-brands-ovl"),
    ("armenian", "link-beside-plan-valp"),
    ("cherokee", "priadel-only-lith"),
    ("greek", "conc-metadone"),
    ("zwsp", "bf-not-arising-fost"),
    ("bidi", "thanks-then-plan-quet"),
]
_DIS_BAD = [
    ("cyr", "out-of-office-sert"),
    ("greek", "template-prompt-valp"),
    ("armenian", "thanks-regards-quet"),
    ("cherokee", "nc-each-ovm"),
    ("zwsp", "not-relevant-quet"),
    ("shy", "question-back-cit"),
    ("bidi", "routine-ovm"),
    ("fullwidth", "dose-label-meth"),
    ("combining", "audit-log-lith"),
    ("mixed", "either-way-lith"),
    ("wj", "overall-drops-sertraline"),
    ("below", "no-issues-cit"),
    ("cyr", "carexil-unlisted-in-meth"),
    ("cherokee", "psychiatrist-voice-hollow-lith"),
]


def _disguised(expect: Expect, d: str, name: str, src: dict[str, tuple[str, str, str]]) -> None:
    key, text, why = src[name]
    base, mut = put(key, _DISGUISES[d](text))
    add(f"dis-{d}-{name}", "disguise", expect, base, mut, f"{why}, in disguise ({d})")


for _d, _name in _DIS_GOOD:
    _disguised(PASS, _d, _name, GOOD)
for _d, _name in _DIS_BAD:
    _disguised(REFUSE, _d, _name, HOLLOW)


def in_name(word: str, disguised: str) -> Mutation:
    """Only the medicine's name disguised, everywhere in the conclusions."""
    return replace_words([(word, disguised), (word.capitalize(), disguised.capitalize())], names=False)


ok(
    "dis-name-only-cyr-methadone",
    "disguise",
    M,
    in_name("methadone", "m\u0435th\u0430d\u043ene"),
    "Cyrillic letters only inside 'methadone' in the conclusions",
)
ok(
    "dis-name-only-zwj-lithium",
    "disguise",
    L,
    in_name("lithium", "lith\u200dium"),
    "a zero-width joiner only inside 'lithium'",
)
ok(
    "dis-name-only-shy-quetiapine",
    "disguise",
    P,
    in_name("quetiapine", "queti\u00adapine"),
    "a soft hyphen only inside 'quetiapine'",
)
ok(
    "dis-name-only-fw-valproate",
    "disguise",
    V,
    in_name("valproate", full_width("valproate")),
    "full-width letters only in 'valproate'",
)
bad(
    "dis-name-only-greek-unlisted",
    "disguise",
    M,
    set_(
        "assessments#asm-sertraline.conclusion",
        "Sertraline continues and her \u03bflanzapine is kept t\u03bfo. The baby is watched for adaptation and "
        "breastfeeds.",
    ),
    "an unlisted olanzapine named with a Greek omicron",
)
bad(
    "dis-name-listed-unassessed-cyr",
    "disguise",
    N,
    add_medicine(
        medicine(
            "med-sertx",
            "S\u0435rtr\u0430lin\u0435 50mg tablets",
            "50 mg once daily",
            "2026-04-05",
            gp_prescriber(RIVERSIDE),
        )
    ),
    "sertraline in Cyrillic letters on the list, unassessed",
)
good(
    "neg-plain-meth",
    "disguise",
    "meth",
    "Methadone continues unchanged. She must not share a bed or sofa with the baby after her dose; the baby is "
    "not to go home before 72 hours of withdrawal observation, and breastfeeding is encouraged.",
    "negations carrying the plan (plain)",
)
ok(
    "dis-neg-cyr-meth",
    "disguise",
    M,
    set_(
        "assessments#asm-methadone.conclusion",
        "Methadone continues unchanged. She must n\u043et share a bed or sofa with the baby after her dose; the "
        "baby is n\u043et to go home before 72 hours of withdrawal observation, and breastfeeding is encouraged.",
    ),
    "the same plan with Cyrillic o inside each 'not'",
)
bad(
    "dis-neg-zwsp-dismiss-cit",
    "disguise",
    C,
    set_("assessments#asm-citalopram.conclusion", "Citalopram: n\u200bot a concern for the baby, n\u200bo action."),
    "a dismissal with zero-width spaces inside its negations",
)
bad(
    "dis-neg-rlo-dismiss-quet",
    "disguise",
    P,
    set_("assessments#asm-partner-quetiapine.conclusion", "Father's quetiapine: \u202eton\u202c relevant to the baby."),
    "a dismissal with 'not' typed backwards under a right-to-left override",
)


# ============================================================================================================
# second round: harder shapes and near misses in every category

hollow(
    "codes-only-lith",
    "hollow-shapes",
    "lith",
    "Lithium: F31.7; O99.3; Z33.1.",
    "diagnosis codes for a conclusion",
)
hollow(
    "dates-only-lith",
    "hollow-shapes",
    "lith",
    "Lithium carbonate. EDD 26/08/2026, 24+0 weeks today, formula planned.",
    "the pregnancy's dates restated, nothing decided",
)
hollow(
    "form-status-valp",
    "hollow-shapes",
    "valp",
    "Valproate: annual risk acknowledgement form signed and scanned; PPP status up to date.",
    "a form's status, nothing about the exposed baby",
)
hollow(
    "father-wellbeing-quet",
    "hollow-shapes",
    "quet",
    "Daniel's quetiapine keeps his bipolar disorder well controlled and he is back at work and coping well.",
    "the father's own health only, nothing about the baby's sleep or care",
)
hollow(
    "recipients-list-ovp",
    "hollow-shapes",
    "ovP",
    "Paracetamol and the father's quetiapine: copies to the health visitor, the midwife and the father's GP.",
    "who gets a copy, nothing concluded",
)
hollow(
    "phone-transcript-sert",
    "hollow-shapes",
    "sert",
    "Sertraline: rang the pharmacist, left a message; she rang back and we talked it over for ten minutes.",
    "a telephone log with no outcome",
)
good(
    "shorthand-quet",
    "voices",
    "quet",
    "Dad on quetiapine 300 nocte, v drowsy o/n: no co-sleeping or sofa with baby, no night feeds post-dose. Mum "
    "does nights, baby in side crib. HV to r/v set-up each contact.",
    "health visitor shorthand with arrows and abbreviations",
)
good(
    "shorthand-valp",
    "voices",
    "valp",
    "Valproate cont, NOT to stop abruptly (seizure risk). Fetus exposed 1st trim: urgent neuro + FMU early "
    "detailed scan, folic 5mg started today.",
    "GP shorthand with capitals for emphasis",
)
good(
    "mother-reported-cit",
    "voices",
    "cit",
    "She told me she wants to stay on citalopram, and I agree: she relapsed within six weeks last time she "
    "stopped. The baby may be jittery or feed poorly in the first days; the midwife watches for 48 hours and "
    "calls paediatrics if it lasts. Breastfeeding is fine.",
    "the mother's wish reported, then the clinician's plan",
)
good(
    "pointer-with-substance-ovl",
    "voices",
    "ovL",
    "Lithium continues (level schedule in the recommendations above). The baby needs a paediatric review after "
    "birth for floppiness, poor feeding and thyroid function, and will be bottle fed. Perinatal mental health "
    "team to see her within a week of the birth.",
    "a pointer to the level schedule beside a full plan",
)
good(
    "social-worker-quet-ovp",
    "voices",
    "ovP",
    "Her paracetamol raises nothing. Daniel's quetiapine leaves him heavily asleep at night, so the family's "
    "plan, which both parents signed up to, is that he never sleeps with the baby on a bed, sofa or armchair "
    "and does not do night feeds after his dose; the health visitor keeps checking the crib.",
    "a social-care register for the partner's medicine",
)
ok(
    "midwife-authors-fost",
    "attribution",
    F,
    set_(
        "assessments#asm-diazepam-pregabalin.author",
        {
            "name": {"given": ["Niamh"], "family": "Doherty"},
            "role": "community-midwife",
            "registration": {"body": "NMC", "number": "07C5521E"},
            "organisation": {"ods_code": "Y90410", "name": "Millbrook General Community Midwives"},
        },
    ),
    "a community midwife on the nursing register writes the joint assessment (the GP receives it)",
)
bad(
    "nmc-two-names",
    "attribution",
    P,
    set_(
        "attestation.by",
        {
            "name": {"given": ["Joanne"], "family": "Pryce"},
            "role": "health-visitor",
            "registration": {"body": "NMC", "number": "12A3456B"},
            "organisation": {"ods_code": "Y90510", "name": "Millbrook Health Visiting Service"},
        },
    ),
    "the health visitor's NMC number under a second name on the attestation",
)
ok(
    "nmc-accented-same",
    "attribution",
    P,
    set_(
        "attestation.by",
        {
            "name": {"given": ["J\u00f3anna"], "family": "Price"},
            "role": "health-visitor",
            "registration": {"body": "NMC", "number": "12A3456B"},
            "organisation": {"ods_code": "Y90510", "name": "Millbrook Health Visiting Service"},
        },
    ),
    "the same health visitor attests, her name typed with an accent",
)
ok("edd-14-days-off", "dates", V, set_("pregnancy.edd", "2027-01-13"), "EDD exactly 14 days off: within tolerance")
ok(
    "stopped-ahead",
    "dates",
    V,
    set_("medicines#med-folic-acid.stopped", "2026-12-20"),
    "a planned stop date ahead of today",
)
bad(
    "started-before-birth-of-mother",
    "dates",
    L,
    set_("medicines#med-lithium.started", "1988-05-01"),
    "lithium started before the mother was born",
)
ok(
    "fhir-nhs-path",
    "routes",
    L,
    set_("recipients#rcp-maternity.route.base_url", "https://fhir.nhs.northgate.example/api/FHIR/R4"),
    "a deeper FHIR base path",
)
bad(
    "fhir-fragment",
    "routes",
    L,
    set_("recipients#rcp-maternity.route.base_url", "https://maternity.northgate.example/fhir/R4#top"),
    "a fragment in the base URL",
)
bad(
    "mllp-multicast",
    "routes",
    V,
    set_("recipients#rcp-maternity.route", {"kind": "mllp", "host": "239.1.2.3", "port": 2575}),
    "a multicast address",
)
bad("mesh-no-digit", "routes", P, mesh("rcp-midwife", "MIDWIVES"), "an English word for a mailbox id")
ok(
    "manual-interpreter",
    "routes",
    F,
    set_(
        _FOSTER,
        "The ward midwife goes through a printed copy with the foster carer and a Polish interpreter "
        "at the discharge meeting on 2026-06-12 and hands it over.",
    ),
    "a hand-over with an interpreter",
)
ok(
    "dis-nbsp-dash-meth",
    "disguise",
    M,
    set_(
        "assessments#asm-methadone.conclusion",
        "Methadone 60\u00a0mg continues \u2013 no change without the drug service. Baby: withdrawal "
        "observation for 72\u00a0hours, HV checks to day\u00a08, breastfeeding encouraged \u2014 and no "
        "co\u2011sleeping after her dose.",
    ),
    "no-break spaces, en and em dashes, a non-breaking hyphen",
)
ok(
    "dis-cherokee-upper-valp",
    "disguise",
    V,
    set_(
        "assessments#asm-valproate.conclusion",
        cherokee(
            "Valproate continues until neurology review; never stop it suddenly. The baby was exposed "
            "early: urgent fetal medicine scan booked, folic acid 5 mg started."
        ),
    ),
    "a shouted conclusion in Cherokee look-alikes",
)
bad(
    "dis-greek-father-wellbeing",
    "disguise",
    P,
    set_(
        "assessments#asm-partner-quetiapine.conclusion",
        homoglyphs(
            "Daniel's quetiapine keeps his bipolar disorder well controlled and he is back at work.", "aiopv", variant=1
        ),
    ),
    "the father's health only, in Greek look-alikes",
)
bad(
    "dis-fw-codes-only",
    "disguise",
    L,
    set_("assessments#asm-lithium.conclusion", full_width("Lithium: F31.7; O99.3; Z33.1.")),
    "codes only, full-width",
)

# ============================================================================================================
# third round: probes

good(
    "names-absent-sedatives-meth",
    "voices",
    "meth",
    "Methadone continues at 60 mg. She takes no other sedatives (no zopiclone, promethazine or diazepam), but "
    "methadone alone sedates her after each dose, so no co-sleeping. The baby is watched 72 hours for "
    "withdrawal and breastfeeding is encouraged.",
    "medicines she does not take named to rule them out",
)
good(
    "history-mirtazapine-sert",
    "voices",
    "sert",
    "Sertraline 100 mg continues; mirtazapine was stopped in 2024 and is not restarted. The baby has a small "
    "risk of PPHN and of jittery first days, which the maternity team will watch for; breastfeeding is fine.",
    "a medicine from her history named as stopped",
)
good(
    "alternative-named-valp",
    "voices",
    "valp",
    "Valproate continues for now, as stopping it suddenly risks seizures; whether to switch to lamotrigine is "
    "for the neurologist at the urgent review. The baby was exposed in the first trimester: early fetal "
    "medicine review and anomaly scan requested, folic acid 5 mg started.",
    "an alternative named as the neurologist's decision, beside a full plan",
)
good(
    "arrows-lith",
    "voices",
    "lith",
    "Lithium 800 nocte cont. Levels 4-wkly -> wkly from 36/40 -> within 24h of delivery. Paeds r/v of baby "
    "after birth (tone, feeding, TFTs). Bottle feeding. PMHT r/v within 1/52 PN.",
    "psychiatric shorthand with arrows",
)
good(
    "long-letter-ovf",
    "voices",
    "ovF",
    "Dear colleagues, thank you all for the discharge planning meeting. To summarise for the placement: the "
    "mother's diazepam and pregabalin continue unchanged for now (her GP will begin a slow diazepam taper at "
    "six weeks, never a sudden stop). Together they make her drowsy after doses and at night, so the baby must "
    "never sleep with her on a bed, sofa or armchair, must not be fed by her lying down, and the foster carer "
    "does the night feeds. The baby had mild withdrawal on day 3; late signs can appear to day 8, and the foster "
    "carer and health visitor will call the neonatal unit if feeding, crying or tremor worry them. With thanks.",
    "a long letter with courtesies, asides and the whole plan",
)
hollow(
    "labs-only-lith",
    "hollow-shapes",
    "lith",
    "Lithium 0.62 mmol/L, TSH 2.1, eGFR 98, creatinine 64, sodium 139.",
    "blood results only",
)
hollow(
    "ticks-lith",
    "hollow-shapes",
    "lith",
    "Lithium: risks \u2713 benefits \u2713 baby \u2713 feeding \u2713 plan \u2713",
    "tick marks for a conclusion",
)
hollow(
    "emoji-sert",
    "hollow-shapes",
    "sert",
    "Sertraline \U0001f44d baby \U0001f44d plan \U0001f44d",
    "emoji for a conclusion",
)
hollow(
    "conclusion-to-follow-lith",
    "hollow-shapes",
    "lith",
    "A full conclusion on lithium and what it means for the baby will follow once this week's level is back.",
    "a promised conclusion",
)
hollow(
    "guideline-pointer-lith",
    "hollow-shapes",
    "lith",
    "Lithium: manage as per NICE CG192 and the trust's perinatal mental health pathway.",
    "only a guideline pointer",
)
hollow(
    "identifiers-only-cit",
    "hollow-shapes",
    "cit",
    "Citalopram. Mother NHS 999 000 1234, GP Castle Street, EDD 06/04/2026, booked Castleford Royal.",
    "identifiers and booking details only",
)
bad(
    "gestation-44-weeks",
    "dates",
    V,
    chain(
        set_("pregnancy.gestation", {"weeks": 44, "days": 0, "on": "2026-05-20"}), set_("pregnancy.edd", "2026-04-15")
    ),
    "44 weeks' gestation in an ongoing pregnancy, EDD five weeks gone",
)
bad(
    "gestation-days-9",
    "dates",
    V,
    set_("pregnancy.gestation.days", 9),
    "nine days in a gestation's days",
    parse_reject_ok=True,
)
bad("attested-tomorrow", "dates", C, set_("attestation.at", "2026-12-04T09:25:00+00:00"), "attested tomorrow")
bad("updated-tomorrow", "dates", N, set_("updated", "2026-12-04T10:45:00+00:00"), "updated tomorrow")
ok(
    "updated-today",
    "dates",
    N,
    set_("updated", "2026-12-03T08:00:00+00:00"),
    "updated this morning, after everything it holds",
)
bad(
    "attester-other-role",
    "attribution",
    V,
    set_("attestation.by.role", "other"),
    "the record attested by someone of no clinical role",
)
ok(
    "gmc-other-gp-attests",
    "attribution",
    V,
    set_(
        "attestation.by",
        {
            "name": {"prefix": "Dr", "given": ["Ruth"], "family": "Campbell"},
            "role": "general-practitioner",
            "registration": {"body": "GMC", "number": "7067890"},
            "organisation": {"ods_code": "Y90003", "name": "Castle Street Surgery"},
        },
    ),
    "a partner GP at the practice attests",
)
ok("mesh-long-form", "routes", V, mesh("rcp-gp", "Y90003OT001"), "an ODS code and OT suffix as a mailbox id")
ok(
    "dis-cyr-names-absent-sedatives",
    "disguise",
    M,
    set_(
        "assessments#asm-methadone.conclusion",
        homoglyphs(
            "Methadone continues at 60 mg. She takes no other sedatives (no zopiclone, promethazine or diazepam), "
            "but methadone alone sedates her after each dose, so no co-sleeping. The baby is watched 72 hours for "
            "withdrawal and breastfeeding is encouraged.",
            "aceopxy",
        ),
    ),
    "medicines ruled out, in Cyrillic look-alikes",
)

if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F61CASES)
    for cat in CATEGORIES:
        print(f"{cat:20} refuse={counts[(cat, REFUSE)]:3} pass={counts[(cat, PASS)]:3}")
    print(
        f"{'total':20} refuse={sum(c.expect == REFUSE for c in F61CASES):3} "
        f"pass={sum(c.expect == PASS for c in F61CASES):3}"
    )
