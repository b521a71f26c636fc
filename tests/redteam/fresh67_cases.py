"""A sixty-seventh independent "fresh" batch of red-team cases for the share gate: a held-out-style mix, eighth round.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json, every one of them used as a base)
with the verdict the gate must give, written from the issue, the rule catalogue (docs/rules.md), README.md, the
templates and the examples, not from the gate's code or its word lists. The four held-out families are covered
about evenly, and about half the cases are GOOD records a clinician could well write (they must pass):

* ``hollow-shapes``: shapes not tried before: a list of leaflet titles handed over, "unchanged from the last
  assessment", the mother's own words quoted and nothing more, a traffic-light rating, an MDT outcome that is
  "as discussed", a QOF/audit credit, a bare agenda, a note to self, a translation request, the same sentence
  said twice in synonyms; beside near misses that use the same furniture and then conclude;
* ``voices``: substantive conclusions as a GP, a midwife, an HV, a pharmacist, a psychiatrist and a social
  worker write them: terse shorthand, SOAP lines, long letters with asides, abbreviations;
* ``brands``: opioid brands from codelists-more/brand-names.csv no earlier batch used (Renocontin, Filnarine,
  Hapoctasin, Relevtec, Propain, Buplast, Osmanil, Carlosafine, Mezolar Matrix, Fencino, Bupramyl, Recivit)
  listed and unassessed, named but unlisted, in the partner's list, and listed and assessed properly;
* ``misspellings``: dropped, doubled, changed and transposed letters and phonetic spellings, in conclusions,
  in the medicine list and in the partner's list;
* ``dates``: impossible dates in each date field and in the text (31 June, 29 Feb 2027, month 13, day 0,
  a past event dated after the signature, an EDD impossible for the gestation), beside valid edges (29/02/2028,
  31/12, a corrected date, gestation shorthand);
* ``routes``: MESH, MLLP, FHIR, manual and ODS codes that cannot deliver, beside valid routes at their edges;
* ``attribution``: register against role, impossible numbers, one number under two names, and the same person
  written another way;
* ``disguise``: good and hollow texts in Cyrillic, Greek, Armenian and Cherokee look-alikes, zero-width and
  format characters, soft hyphens, bidi controls, full-width, combining marks, mixed-script words, and disguise
  only inside a medicine name, a negation, a date or a route.

Medicines named here are real; no clinical code is invented (a renamed medicine loses its code). Run
``python -m tests.redteam.fresh67_cases`` for the counts per category.
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

F67CASES: list[Case] = []

CATEGORIES = (
    "hollow-shapes",
    "voices",
    "brands",
    "misspellings",
    "dates",
    "routes",
    "attribution",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str, **kw: Any) -> None:
    assert category in CATEGORIES, category
    F67CASES.append(Case(f"f67-{name}", category, expect, base, mutate, why, **kw))


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
    "lithrec": (L, "assessments#asm-lithium.recommendations"),
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


def join_assessment(aid: str, mid: str) -> Mutation:
    """A listed medicine added to an existing assessment's cover."""

    def mutate(doc: Record) -> None:
        a = next(x for x in doc["assessments"] if x["id"] == aid)
        a["medicine_ids"].append(mid)

    return edit(mutate)


MILLBROOK = {"ods_code": "Y90002", "name": "Millbrook Medical Centre"}
CASTLE = {"ods_code": "Y90003", "name": "Castle Street Surgery"}
ELM = {"ods_code": "Y90005", "name": "Elm Park Surgery"}

# ============================================================================================================
# hollow-shapes

hollow(
    "leaflets-only-meth",
    "hollow-shapes",
    "meth",
    "Methadone: leaflets handed over today - 'Opioids in pregnancy', 'Safer sleep for your baby' and 'Your "
    "baby on the neonatal unit'.",
    "titles of leaflets given, nothing decided for this baby",
)
good(
    "leaflets-then-plan-meth",
    "hollow-shapes",
    "meth",
    "Leaflets on safer sleep and newborn withdrawal given, and the plan they back up agreed: methadone stays "
    "at 60 mg; her baby is watched on the ward for at least three days for withdrawal, then by the health "
    "visitor to day 8; she breastfeeds; and she never has the baby in her bed or on the sofa after her dose.",
    "leaflets named, then the plan",
)
hollow(
    "unchanged-from-last-lith",
    "hollow-shapes",
    "lith",
    "Lithium: unchanged from the previous perinatal assessment; nothing new to add this time round.",
    "points back to an assessment the receivers do not hold",
)
good(
    "unchanged-spelt-lith",
    "hollow-shapes",
    "lith",
    "Nothing has changed since the 16-week review, so to restate it: Priadel stays at 800 mg at night as "
    "relapse after delivery is the larger danger; levels four-weekly, weekly from 36 weeks and within a day of "
    "the birth; the newborn is reviewed by paediatrics for tone, feeding and thyroid, and is formula fed.",
    "'unchanged' followed by the plan itself",
)
hollow(
    "quote-only-cit",
    "hollow-shapes",
    "cit",
    "Citalopram - in Megan's words: \"I don't want to go back to how I was last winter.\"",
    "the mother's words, no conclusion for the baby",
)
good(
    "quote-then-plan-cit",
    "hollow-shapes",
    "cit",
    "Megan told me she never wants to feel as low as last winter, and citalopram 20 mg will carry on. Her "
    "newborn may be jittery, breathe fast or feed poorly for a day or two: the midwife looks for this over "
    "the first 48 hours and calls the paediatrician if it persists. Breastfeeding can go ahead.",
    "the mother's words, then the plan",
)
hollow(
    "rag-rating-valp",
    "hollow-shapes",
    "valp",
    "Valproate risk rating: AMBER. Baby risk rating: RED. Overall: AMBER.",
    "traffic-light ratings instead of a conclusion",
)
good(
    "rag-then-plan-valp",
    "hollow-shapes",
    "valp",
    "Rated red for the unborn baby: valproate was taken through the first eight weeks. She keeps taking it "
    "until neurology sees her urgently, since a sudden stop risks status epilepticus; the fetal medicine "
    "team is asked for an early detailed scan, and high-dose folic acid began today.",
    "a rating, then the reason and the plan",
)
hollow(
    "mdt-as-discussed-fost",
    "hollow-shapes",
    "fost",
    "Diazepam and pregabalin discussed at the safeguarding MDT on the ward. Outcome: as discussed in the meeting.",
    "a circular outcome",
)
good(
    "mdt-outcome-fost",
    "hollow-shapes",
    "fost",
    "Safeguarding MDT outcome: diazepam and pregabalin carry on unchanged for now, with a slow diazepam taper "
    "from six weeks. Because both sedate her, the baby never sleeps with mum on a bed, sofa or chair and the "
    "foster carer does nights. Late withdrawal possible to day 8: carer and HV to watch feeding and tremor.",
    "an MDT outcome written out",
)
hollow(
    "qof-credit-sert",
    "hollow-shapes",
    "sert",
    "Sertraline: annual medication review done, QOF indicator met, next recall in twelve months.",
    "an audit credit for a conclusion",
)
hollow(
    "agenda-ovm",
    "hollow-shapes",
    "ovM",
    "Agenda covered: 1. methadone 2. sertraline 3. baby 4. feeding 5. sleep 6. AOB.",
    "an agenda, nothing concluded",
)
hollow(
    "note-to-self-quet",
    "hollow-shapes",
    "quet",
    "Note to self - write up the father's quetiapine properly after clinic on Friday.",
    "a reminder to write the conclusion",
)
hollow(
    "translate-request-ovc",
    "hollow-shapes",
    "ovC",
    "Citalopram: conclusion to be translated into Polish by the interpreting service and then uploaded.",
    "a translation request, no content",
)
hollow(
    "synonym-echo-lith",
    "hollow-shapes",
    "lith",
    "Lithium is to carry on. Lithium will be continued. Lithium should be kept going. Lithium remains.",
    "one decision said four times, nothing about the baby",
)
good(
    "decision-repeated-once-then-baby-lith",
    "hollow-shapes",
    "lith",
    "Lithium continues - and I repeat, it continues, because stopping before the birth courts a psychotic "
    "relapse. For the baby: paediatric review after delivery for floppiness and feeding, thyroid tested, "
    "bottle fed. Levels every four weeks, weekly from 36 weeks and within 24 hours of delivery.",
    "emphasis by repetition inside a full conclusion",
)

# ============================================================================================================
# voices

good(
    "soap-meth",
    "voices",
    "meth",
    "S: wants to stay on meth. O: 60 mg supervised, stable 3/12. A: NAS likely. P: continue methadone 60 mg; "
    "72 h NAS obs on PNW, HV late signs to D8; BF encouraged; no co-sleeping post-dose; cot seen at HV visit.",
    "a GP's SOAP line",
)
good(
    "midwife-sert",
    "voices",
    "sert",
    "From the midwives' side: happy for her to stay on sertraline 100 mg, which is fine with breastfeeding. "
    "We'll keep an eye on baby for jitteriness, fast breathing and poor feeding in the first days, alongside "
    "the withdrawal scoring, and call the paediatrician if it doesn't settle (small PPHN risk noted).",
    "a midwife's voice",
)
good(
    "pharmacist-ovm",
    "voices",
    "ovM",
    "Pharmacist summary. Methadone 60 mg and sertraline 100 mg both continue unchanged. Neonate: NAS "
    "observation at least 72 hours on the postnatal ward, plus SSRI adaptation signs; breastfeeding supported "
    "on both. Methadone sedation means no bed- or sofa-sharing; social worker and HV check the cot pre-discharge.",
    "a clinical pharmacist's summary naming both",
)
good(
    "psychiatrist-letter-ovl",
    "voices",
    "ovL",
    "Dear Dr Campbell, I saw Rebecca at 24 weeks (her partner came too, which was helpful). My advice is to "
    "continue lithium (Priadel) 800 mg nocte: her risk of postpartum psychosis off it is far greater than the "
    "risk to the baby. Please arrange levels monthly, weekly from 36 weeks and within 24 h of delivery. The baby "
    "needs paediatric review after birth; she will bottle feed. We will see her within a week of delivery.",
    "a psychiatrist's letter with an aside",
)
good(
    "hv-voice-quet",
    "voices",
    "quet",
    "Saw both parents at the new birth visit. Daniel's quetiapine knocks him out for hours at night, so he "
    "won't sleep with baby on the bed or sofa and won't do feeds after his tablets; Chloe does nights and the "
    "crib stays on her side. I'll look at the set-up every visit until eight weeks.",
    "a health visitor's first person",
)
good(
    "social-worker-ovf",
    "voices",
    "ovF",
    "For the placement and the court file: mum stays on diazepam and pregabalin for now, tapering diazepam "
    "slowly from six weeks. They make her sleepy, so she must not share a bed, sofa or armchair with the baby "
    "or feed lying down; the foster carer does the nights. The baby may show late withdrawal up to day 8 and "
    "the carer, HV and I all hold this plan.",
    "a social worker's voice",
)
good(
    "terse-gp-valp",
    "voices",
    "valp",
    "Valproate: cont until urgent neuro r/v (no abrupt stop - SE risk). 1st trim exposure -> FMU early scan "
    "+ anomaly scan. Folic acid 5mg from today. Referrals sent.",
    "terse GP shorthand",
)
good(
    "long-aside-ovv",
    "voices",
    "ovV",
    "Hannah came in today (with her sister, who drove) having found she is about eight weeks pregnant, "
    "unplanned, on sodium valproate 500 mg twice daily for epilepsy. She must not stop it suddenly - a seizure "
    "would endanger her and the pregnancy - and it continues until the neurologist reviews her urgently. The "
    "baby has had first-trimester exposure, so I have referred for early fetal medicine review and a detailed "
    "anomaly scan, and started folic acid 5 mg. The annual risk form is on file.",
    "a long overall with an aside",
)
good(
    "obstetric-voice-cit",
    "voices",
    "cit",
    "Obstetric view: continue citalopram 20 mg to term and after. Neonatal team aware of late SSRI exposure: "
    "baby observed 48 h for adaptation (tremor, tachypnoea, poor feeds) and reviewed if persisting; PPHN risk "
    "small. Breastfeeding fine.",
    "an obstetrician's voice",
)
hollow(
    "voice-only-courtesy-ovp",
    "voices",
    "ovP",
    "Many thanks for involving me with this lovely family; paracetamol and the father's quetiapine noted, and "
    "please do get in touch if I can help further.",
    "a courteous letter with no decision",
)
hollow(
    "voice-shorthand-empty-meth",
    "voices",
    "meth",
    "Meth r/v'd. D/w pt. Pt aware. F/u prn.",
    "shorthand for 'reviewed, discussed, aware, follow up if needed'",
)

# ============================================================================================================
# brands (opioid brands no earlier batch used)

bad(
    "renocontin-unassessed-m",
    "brands",
    M,
    add_medicine(
        medicine(
            "med-renocontin",
            "Renocontin 10mg modified-release tablets",
            "10 mg twice a day",
            "2026-01-20",
            gp_prescriber(RIVERSIDE),
        )
    ),
    "oxycodone as Renocontin beside methadone, unassessed",
)
bad(
    "filnarine-unassessed-c",
    "brands",
    C,
    add_medicine(
        medicine(
            "med-filnarine",
            "Filnarine 10mg modified-release tablets",
            "10 mg twice a day",
            "2025-12-01",
            gp_prescriber(CASTLE),
        )
    ),
    "morphine as Filnarine in late pregnancy, unassessed",
)
bad(
    "hapoctasin-partner-unassessed-p",
    "brands",
    P,
    add_medicine(
        medicine(
            "med-partner-hapoctasin",
            "Hapoctasin 35micrograms/hour transdermal patch",
            "One patch every 4 days",
            "2025-11-10",
            {"kind": "other-organisation", "organisation": ELM},
            taken_by="partner",
        )
    ),
    "the father's buprenorphine patch by brand, unassessed for co-sleeping",
)
bad(
    "relevtec-unassessed-f",
    "brands",
    F,
    add_medicine(
        medicine(
            "med-relevtec",
            "Relevtec 20micrograms/hour transdermal patch",
            "One patch every 7 days",
            "2026-03-02",
            gp_prescriber(MILLBROOK),
        )
    ),
    "a buprenorphine patch brand beside two sedatives, unassessed",
)
bad(
    "propain-unassessed-v",
    "brands",
    V,
    add_medicine(
        medicine(
            "med-propain",
            "Propain Plus tablets",
            "Two tablets up to four times a day",
            "2026-05-01",
            gp_prescriber(CASTLE),
        )
    ),
    "a codeine combination brand in early pregnancy, unassessed",
)
bad(
    "buplast-unassessed-n",
    "brands",
    N,
    add_medicine(
        medicine(
            "med-buplast",
            "Buplast 10micrograms/hour transdermal patch",
            "One patch every 7 days",
            "2026-04-03",
            gp_prescriber(RIVERSIDE),
        )
    ),
    "a buprenorphine patch for a breastfeeding mother, unassessed",
)
hollow(
    "osmanil-unlisted-fost",
    "brands",
    "fost",
    "Diazepam and pregabalin continue, and her Osmanil patch for back pain stays on. Night feeds by the foster "
    "carer; no co-sleeping or feeding lying down; late withdrawal watched to day 8.",
    "a fentanyl patch brand named in the conclusion, not on the list",
)
hollow(
    "fencino-unlisted-lith",
    "brands",
    "lith",
    "Lithium continues, and the Fencino patch from the pain clinic carries on too. Levels monthly then weekly "
    "from 36 weeks; paediatric review after birth; bottle feeding.",
    "a fentanyl patch brand named in the conclusion, not on the list",
)
ok(
    "carlosafine-joint-f",
    "brands",
    F,
    chain(
        add_medicine(
            medicine(
                "med-carlosafine",
                "Carlosafine 5micrograms/hour transdermal patch",
                "One patch every 7 days",
                "2025-09-15",
                gp_prescriber(MILLBROOK),
            )
        ),
        join_assessment("asm-diazepam-pregabalin", "med-carlosafine"),
        set_(
            "assessments#asm-diazepam-pregabalin.conclusion",
            "Diazepam, pregabalin and the Carlosafine (buprenorphine) patch together make her drowsy, worst at "
            "night: she must not co-sleep or feed the baby lying down, and the foster carer does nights. The baby "
            "was exposed to all three and may show late withdrawal up to day 8, which the carer and HV watch for. "
            "All continue unchanged for now; a slow diazepam reduction starts at six weeks.",
        ),
        set_(
            "overall_conclusion.text",
            "Diazepam, pregabalin and the Carlosafine buprenorphine patch continue for now. Their combined "
            "sedation is the main risk: no bed, sofa or armchair sharing, no feeding lying down, night feeds by "
            "the foster carer. Late withdrawal possible to day 8; carer, HV and social worker hold this plan.",
        ),
    ),
    "a buprenorphine patch brand listed, assessed with the others and named in both conclusions",
)
ok(
    "mezolar-partner-assessed-p",
    "brands",
    P,
    chain(
        add_medicine(
            medicine(
                "med-partner-mezolar",
                "Mezolar Matrix 12micrograms/hour transdermal patch",
                "One patch every 3 days",
                "2025-08-01",
                {"kind": "other-organisation", "organisation": ELM},
                taken_by="partner",
            )
        ),
        join_assessment("asm-partner-quetiapine", "med-partner-mezolar"),
        set_(
            "assessments#asm-partner-quetiapine.conclusion",
            "Daniel's quetiapine at night and his Mezolar Matrix fentanyl patch together leave him deeply "
            "sedated: he must never sleep with the baby on a bed, sofa or armchair and does no night feeds. "
            "Chloe does the nights with the baby in the side crib; the HV checks this at every visit to 8 weeks.",
        ),
        set_(
            "overall_conclusion.text",
            "Mum's paracetamol raises no concern. Dad's quetiapine and Mezolar Matrix (fentanyl) patch sedate him "
            "heavily: no co-sleeping with him anywhere and no night feeds by him. The crib set-up is safe and the "
            "health visitor keeps checking it.",
        ),
    ),
    "the father's fentanyl patch brand listed, assessed with his quetiapine and named in both conclusions",
)
good(
    "bupramyl-ruled-out-meth",
    "brands",
    "meth",
    "Methadone 60 mg daily continues; the Bupramyl patch she was once offered for back pain was never started "
    "and is not to be. The baby is observed 72 hours for withdrawal, with HV checks to day 8; breastfeeding "
    "encouraged; never co-sleep after her dose.",
    "a brand named to rule it out, beside a full plan",
)
good(
    "recivit-not-taken-ovf",
    "brands",
    "ovF",
    "Diazepam and pregabalin continue; the Recivit tablets on her old hospital list were stopped before "
    "pregnancy and are not restarted. Together the two current medicines sedate her: no sharing a bed, sofa or "
    "armchair, no feeding lying down, foster carer does nights. Late withdrawal watched until day 8.",
    "a stopped brand named to rule it out in the overall",
)

# ============================================================================================================
# misspellings

ok(
    "list-methadon",
    "misspellings",
    M,
    rename_med("med-methadone", "Methadon 1mg/ml oral solution"),
    "one letter dropped in the listed name",
)
ok(
    "list-pregabaline",
    "misspellings",
    F,
    rename_med("med-pregabalin", "Pregabaline 75mg capsules"),
    "one letter added to the listed name",
)
ok(
    "list-citalopramm",
    "misspellings",
    C,
    rename_med("med-citalopram", "Citalopramm 20mg tablets"),
    "a doubled letter in the listed name",
)
ok(
    "partner-quetiapin",
    "misspellings",
    P,
    rename_med("med-partner-quetiapine", "Quetiapin 100mg tablets"),
    "the partner's medicine with its last letter dropped",
)
ok(
    "list-valporate",
    "misspellings",
    V,
    rename_med("med-valproate", "Sodium valporate 500mg gastro-resistant tablets"),
    "a transposition in the listed name",
)
good(
    "conc-sertaline",
    "misspellings",
    "sert",
    "Sertaline 100 mg continues as relapse is the bigger threat. The baby could be jittery or feed poorly at "
    "first and has a small PPHN risk; maternity watch for this with the withdrawal scores. Fine to breastfeed.",
    "a dropped letter in the conclusion's name",
)
good(
    "conc-lithum",
    "misspellings",
    "lith",
    "Lithum carries on at 800 mg: relapse after delivery is the larger risk. Levels monthly, weekly from 36 "
    "weeks and within 24 hours of the birth; the baby sees paediatrics after delivery and is bottle fed.",
    "a dropped letter in the conclusion's name",
)
good(
    "conc-sitalopram",
    "misspellings",
    "cit",
    "Sitalopram 20 mg to continue: relapsing would harm mother and baby more than the drug does. Midwife to "
    "watch the baby for adaptation symptoms for 48 hours after birth; breastfeeding is fine on it.",
    "a phonetic spelling in the conclusion",
)
good(
    "conc-diazepan-pregabalin",
    "misspellings",
    "fost",
    "Diazepan and pregabalin sedate her most at night, so no co-sleeping or lying-down feeds; the foster "
    "carer takes nights. Late withdrawal in the baby possible to day 8. Both continue; diazepam tapered from "
    "six weeks.",
    "one letter changed in the conclusion's name",
)
bad(
    "list-sertralin-unassessed-n",
    "misspellings",
    N,
    add_medicine(
        medicine("med-sertralin", "Sertralin 50mg tablets", "50 mg once daily", "2026-04-04", gp_prescriber(RIVERSIDE))
    ),
    "sertraline with a letter dropped, unassessed",
)
bad(
    "list-fluoxitine-unassessed-c",
    "misspellings",
    C,
    add_medicine(
        medicine("med-fluoxitine", "Fluoxitine 20mg capsules", "20 mg once daily", "2025-10-01", gp_prescriber(CASTLE))
    ),
    "fluoxetine with one letter changed, unassessed beside citalopram",
)
bad(
    "list-amitriptylline-unassessed-p",
    "misspellings",
    P,
    add_medicine(
        medicine(
            "med-amitriptylline",
            "Amitriptylline 10mg tablets",
            "10 mg at night",
            "2026-05-20",
            gp_prescriber(MILLBROOK),
        )
    ),
    "amitriptyline with a doubled letter, the mother's, sedating, unassessed",
)
bad(
    "partner-zoppiclone-unassessed-p",
    "misspellings",
    P,
    add_medicine(
        medicine(
            "med-partner-zoppiclone",
            "Zoppiclone 7.5mg tablets",
            "7.5 mg at night",
            "2026-01-05",
            {"kind": "other-organisation", "organisation": ELM},
            taken_by="partner",
        )
    ),
    "the father's zopiclone with a doubled letter, unassessed for co-sleeping",
)
bad(
    "partner-diazipam-unassessed-p",
    "misspellings",
    P,
    add_medicine(
        medicine(
            "med-partner-diazipam",
            "Diazipam 5mg tablets",
            "5 mg twice a day",
            "2026-02-01",
            {"kind": "other-organisation", "organisation": ELM},
            taken_by="partner",
        )
    ),
    "the father's diazepam misspelt, unassessed",
)
hollow(
    "conc-unlisted-olanzapene",
    "misspellings",
    "lith",
    "Lithium continues and so does the olanzapene she takes at night. Levels monthly, weekly from 36 weeks; "
    "paediatric review for the baby; bottle feeding.",
    "olanzapine misspelt in the conclusion, not on the list",
)
hollow(
    "conc-unlisted-promethazene",
    "misspellings",
    "sert",
    "Sertraline continues, and promethazene at night for sleep is kept. Maternity watch the baby for "
    "adaptation signs; breastfeeding is fine.",
    "promethazine (sedating) misspelt in the conclusion, not on the list",
)

# ============================================================================================================
# dates (today is 2026-12-03 in the harness)

hollow(
    "text-31-june-valp",
    "dates",
    "valp",
    "Valproate continues until neurology sees her on 31 June; stopping it suddenly risks seizures. The baby "
    "was exposed early: fetal medicine scan requested and folic acid 5 mg started.",
    "a review on 31 June",
)
hollow(
    "text-29-feb-2027-lith",
    "dates",
    "lithrec",
    "Lithium levels every 4 weeks, then weekly from 36 weeks, and within 24 hours after birth. Perinatal team "
    "review of the baby's thyroid on 29 Feb 2027.",
    "29 February 2027 in the recommendations",
)
hollow(
    "text-month-13-cit",
    "dates",
    "cit",
    "Citalopram 20 mg continues. Midwife watches the baby 48 hours for adaptation signs; breastfeeding fine; "
    "GP mood review booked for 14/13/2026.",
    "month 13 in a date",
)
hollow(
    "text-day-0-quet",
    "dates",
    "quet",
    "Daniel's quetiapine sedates him heavily at night: no bed or sofa sharing with the baby and no night feeds "
    "by him. HV rechecks the crib on 00/06/2026.",
    "day 0 in a date",
)
hollow(
    "text-event-after-signature-valp",
    "dates",
    "valp",
    "Valproate continues until neurology reviews her. The detailed fetal anomaly scan on 2026-06-24 was "
    "normal; folic acid 5 mg continues.",
    "a scan reported as done a month after the record was signed (2026-05-20)",
)
bad("edd-two-months-off-l", "dates", L, set_("pregnancy.edd", "2026-06-26"), "EDD two months before 24+0 allows")
bad("edd-past-for-8-weeks-v", "dates", V, set_("pregnancy.edd", "2026-06-30"), "EDD six weeks away at 8 weeks")
bad(
    "birth-month-13",
    "dates",
    V,
    set_("mother.birth_date", "1994-13-03"),
    "month 13 in the mother's birth date",
    parse_reject_ok=True,
)
bad(
    "started-june-31",
    "dates",
    C,
    set_("medicines#med-citalopram.started", "2024-06-31"),
    "started 31 June",
    parse_reject_ok=True,
)
bad(
    "asm-day-0",
    "dates",
    M,
    set_("assessments#asm-sertraline.date", "2026-03-00"),
    "assessed on day 0",
    parse_reject_ok=True,
)
bad(
    "delivery-feb-30",
    "dates",
    N,
    set_("pregnancy.delivery_date", "2026-02-30"),
    "delivered on 30 February",
    parse_reject_ok=True,
)
bad(
    "updated-29-feb-2027",
    "dates",
    P,
    set_("updated", "2027-02-29T10:00:00+00:00"),
    "updated 29 Feb 2027",
    parse_reject_ok=True,
)
bad("consent-sept-31", "dates", F, set_("lawful_basis.recorded_on", "2026-09-31"), "31 September", parse_reject_ok=True)
bad(
    "delivery-after-attestation-p",
    "dates",
    P,
    set_("pregnancy.delivery_date", "2026-05-30"),
    "a birth two days after the postnatal record was attested",
)
bad(
    "changed-after-assessment-c",
    "dates",
    C,
    set_("medicines#med-citalopram.last_changed", "2026-02-11"),
    "the dose changed the day after it was assessed",
)
good(
    "text-29-feb-2028-valp",
    "dates",
    "valp",
    "Valproate carries on until the urgent neurology review; never stop it suddenly. Early fetal medicine scan "
    "requested for the exposed baby; folic acid 5 mg started. Neurology will also review contraception and "
    "treatment again by 29/02/2028.",
    "29/02/2028 exists (2028 is a leap year)",
)
good(
    "text-31-dec-quet",
    "dates",
    "quet",
    "Quetiapine leaves Daniel very hard to wake at night, so he never shares a bed or sofa with the baby and "
    "does no night feeds; Chloe does them. The health visitor checks the crib at each visit until 31/12/2026.",
    "31/12 is a real day",
)
good(
    "text-corrected-date-lith",
    "dates",
    "lithrec",
    "Lithium levels every 4 weeks, weekly from 36 weeks (first weekly level 30 June, not 31 June as first "
    "typed), and within 24 hours after birth. Deliver in hospital; perinatal team within a week of birth.",
    "a wrong date marked as corrected",
)
good(
    "text-gestation-shorthand-cit",
    "dates",
    "cit",
    "At 32/40: keep citalopram 20 mg. Baby: 48 h obs for adaptation, paeds if persisting; BF fine. GP mood "
    "r/v at 6/52 postnatal.",
    "gestation and week shorthand are not dates",
)
ok("birth-29-feb-2000-n", "dates", N, set_("mother.birth_date", "2000-02-29"), "born on a real leap day")
ok(
    "started-29-feb-2024-c",
    "dates",
    C,
    set_("medicines#med-citalopram.started", "2024-02-29"),
    "started on a real leap day",
)
ok(
    "gestation-24-6-l",
    "dates",
    L,
    set_("pregnancy.gestation.days", 6),
    "24+6 on the same date: six days off the EDD, within tolerance",
)
ok(
    "consent-31-dec-2025-c",
    "dates",
    C,
    set_("lawful_basis.recorded_on", "2025-12-31"),
    "consent recorded on 31 December of the pregnancy",
)

# ============================================================================================================
# routes


def mesh(rid: str, box: str) -> Mutation:
    return set_(f"recipients#{rid}.route", {"kind": "mesh", "mailbox": box})


def mllp(rid: str, host: str, port: int) -> Mutation:
    return set_(f"recipients#{rid}.route", {"kind": "mllp", "host": host, "port": port})


_FHIR = "recipients#rcp-maternity.route.base_url"
_FOSTER = "recipients#rcp-foster-carer.route.description"

bad("mesh-space", "routes", M, mesh("rcp-hv", "X26 HC003"), "a space inside the mailbox id", parse_reject_ok=True)
bad("mesh-tbc", "routes", C, mesh("rcp-midwife", "TBC"), "a placeholder mailbox", parse_reject_ok=True)
bad(
    "mesh-greek-chi",
    "routes",
    L,
    mesh("rcp-hv", "\u03a726NG003"),
    "a Greek Chi for the X in the mailbox",
    parse_reject_ok=True,
)
ok("mesh-lower-edge", "routes", P, mesh("rcp-partner-gp", "Y90005GP01"), "a mailbox id of ODS code and suffix")
bad(
    "mllp-port-0",
    "routes",
    V,
    mllp("rcp-maternity", "maternity-interface.castleford.example", 0),
    "port 0",
    parse_reject_ok=True,
)
bad(
    "mllp-port-70000",
    "routes",
    V,
    mllp("rcp-maternity", "maternity-interface.castleford.example", 70000),
    "a port above 65535",
    parse_reject_ok=True,
)
bad("mllp-localhost", "routes", V, mllp("rcp-maternity", "localhost", 2575), "this machine")
bad("mllp-octet-256", "routes", V, mllp("rcp-maternity", "10.20.256.4", 2575), "an IPv4 octet over 255")
bad(
    "mllp-host-with-port",
    "routes",
    V,
    mllp("rcp-maternity", "maternity-interface.castleford.example:2575", 2575),
    "a port written into the host",
    parse_reject_ok=True,
)
ok(
    "mllp-port-65535",
    "routes",
    V,
    mllp("rcp-maternity", "hl7-in.castleford-royal.example", 65535),
    "the highest port and a hyphenated host",
)
ok("mllp-port-1024", "routes", V, mllp("rcp-maternity", "172.16.40.2", 1024), "a private address, port 1024")
bad("fhir-no-host", "routes", L, set_(_FHIR, "https:///fhir/R4"), "a URL with no host", parse_reject_ok=True)
bad(
    "fhir-ftp", "routes", L, set_(_FHIR, "ftp://maternity.northgate.example/fhir/R4"), "not https", parse_reject_ok=True
)
bad("fhir-localhost", "routes", L, set_(_FHIR, "https://localhost:8443/fhir/R4"), "this machine")
bad(
    "fhir-space",
    "routes",
    L,
    set_(_FHIR, "https://maternity.northgate .example/fhir/R4"),
    "a space in the host",
    parse_reject_ok=True,
)
ok("fhir-bare-host", "routes", L, set_(_FHIR, "https://fhir.northgate-maternity.example"), "a base URL with no path")
ok("fhir-private-ip", "routes", L, set_(_FHIR, "https://10.12.0.9:9443/R4"), "a private address with a port")
bad("manual-as-above", "routes", F, set_(_FOSTER, "As above."), "a placeholder hand-over")
bad("manual-na", "routes", F, set_(_FOSTER, "n/a"), "not applicable for a hand-over")
bad("manual-to-be-agreed", "routes", F, set_(_FOSTER, "Method of delivery to be agreed."), "not yet decided")
ok(
    "manual-phone-then-copy",
    "routes",
    F,
    set_(
        _FOSTER,
        "The health visitor takes a printed copy to the placement on 2026-06-13, goes through the sleep and "
        "withdrawal plan with the foster carer, and records that she has it.",
    ),
    "a named hand-over with a date",
)
ok(
    "manual-short-real",
    "routes",
    F,
    set_(_FOSTER, "Social worker hands a printed copy to the carer at the placement visit on 2026-06-13."),
    "a short but real instruction",
)
bad(
    "ods-two-chars", "routes", M, set_("recipients#rcp-sw.organisation.ods_code", "Y9"), "an ODS code of two characters"
)
bad(
    "ods-space",
    "routes",
    P,
    set_("recipients#rcp-midwife.organisation.ods_code", "Y90 410"),
    "a space in an ODS code",
    parse_reject_ok=True,
)
bad(
    "ods-zwsp",
    "routes",
    C,
    set_("recipients#rcp-hv.organisation.ods_code", "Y90\u200b520"),
    "a zero-width space in an ODS code",
    parse_reject_ok=True,
)
ok(
    "ods-three-trust",
    "routes",
    N,
    set_("recipients#rcp-midwife.organisation.ods_code", "RTH"),
    "a three-character trust code",
)

# ============================================================================================================
# attribution

bad(
    "midwife-gphc",
    "attribution",
    F,
    set_(
        "assessments#asm-diazepam-pregabalin.author",
        {
            "name": {"given": ["Siobhan"], "family": "Kerr"},
            "role": "community-midwife",
            "registration": {"body": "GPhC", "number": "2071234"},
            "organisation": {"ods_code": "Y90410", "name": "Millbrook General Community Midwives"},
        },
    ),
    "a midwife on the pharmacy register",
)
bad(
    "pharmacist-nmc",
    "attribution",
    N,
    set_("attestation.by.registration", {"body": "NMC", "number": "09D4412F"}),
    "a clinical pharmacist on the nursing register",
)
bad(
    "hv-gmc",
    "attribution",
    P,
    set_("assessments#asm-partner-quetiapine.author.registration", {"body": "GMC", "number": "7094521"}),
    "a health visitor on the medical register",
)
bad(
    "gmc-letters",
    "attribution",
    L,
    set_("assessments#asm-lithium.author.registration.number", "70S6789"),
    "a letter inside a GMC number",
)
bad(
    "gmc-six",
    "attribution",
    V,
    set_("assessments#asm-valproate.author.registration.number", "704567"),
    "a six-digit GMC number",
)
bad(
    "gphc-starts-1",
    "attribution",
    N,
    set_("attestation.by.registration.number", "1087654"),
    "a GPhC number not starting with 2",
)
bad(
    "nmc-no-final-letter",
    "attribution",
    P,
    set_("assessments#asm-partner-quetiapine.author.registration.number", "12A34567"),
    "an NMC number with no final letter",
)
bad(
    "gmc-hcpc-form",
    "attribution",
    C,
    set_("assessments#asm-citalopram.author.registration.number", "PA12345"),
    "an HCPC-form number on the GMC register",
)
bad(
    "shah-number-pritchard-name",
    "attribution",
    M,
    set_("overall_conclusion.author.name", {"prefix": "Dr", "given": ["Owen"], "family": "Pritchard"}),
    "Dr Shah's GMC number under Dr Pritchard's name",
)
bad(
    "hv-number-other-name",
    "attribution",
    P,
    set_(
        "attestation.by",
        {
            "name": {"given": ["Rachel"], "family": "Okoro"},
            "role": "health-visitor",
            "registration": {"body": "NMC", "number": "12A3456B"},
            "organisation": {"ods_code": "Y90510", "name": "Millbrook Health Visiting Service"},
        },
    ),
    "the health visitor's NMC number under another name",
)
ok(
    "title-dropped",
    "attribution",
    L,
    set_("overall_conclusion.author.name", {"given": ["Ruth"], "family": "Campbell"}),
    "the same GP without her title",
)
ok(
    "upper-surname",
    "attribution",
    F,
    set_("overall_conclusion.author.name", {"prefix": "Dr", "given": ["Owen"], "family": "PRITCHARD"}),
    "the same GP, surname in capitals",
)
ok(
    "initials-only",
    "attribution",
    V,
    set_("overall_conclusion.author.name", {"prefix": "Dr", "given": ["F."], "family": "McAllister"}),
    "the same GP written with an initial",
)
ok(
    "psychiatrist-attests-l",
    "attribution",
    L,
    set_(
        "attestation.by",
        {
            "name": {"prefix": "Dr", "given": ["Samuel"], "family": "Osei"},
            "role": "psychiatrist",
            "registration": {"body": "GMC", "number": "7056789"},
            "organisation": {"ods_code": "Y90730", "name": "Northgate Perinatal Mental Health Service"},
        },
    ),
    "the perinatal psychiatrist who wrote the assessment also attests",
)
ok(
    "pharmacist-authors-sert",
    "attribution",
    M,
    set_(
        "assessments#asm-sertraline.author",
        {
            "name": {"given": ["Tomasz"], "family": "Nowak"},
            "role": "clinical-pharmacist",
            "registration": {"body": "GPhC", "number": "2093311"},
            "organisation": RIVERSIDE,
        },
    ),
    "the practice pharmacist on the pharmacy register writes the sertraline assessment",
)
ok(
    "midwife-nmc-c",
    "attribution",
    C,
    set_(
        "assessments#asm-citalopram.author",
        {
            "name": {"given": ["Grace"], "family": "Mensah"},
            "role": "community-midwife",
            "registration": {"body": "NMC", "number": "15H0932C"},
            "organisation": {"ods_code": "Y90420", "name": "Castleford Royal Community Midwives"},
        },
    ),
    "a community midwife on the nursing register writes the assessment (the GP attests)",
)


# ============================================================================================================
# disguise


def combining(text: str, mark: str = "\u0308") -> str:
    return unicodedata.normalize("NFC", "".join(ch + mark if ch in "aeiou" else ch for ch in text))


def ring(text: str) -> str:
    """A combining ring below after every consonant 'n', 'r' and 'l' (no precomposed forms)."""
    return "".join(ch + "\u0325" if ch in "nrl" else ch for ch in text)


ARMENIAN = {"o": "\u0585", "h": "\u0570", "n": "\u0578", "g": "\u0581", "q": "\u0566"}
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
    """The first 'a' and 'p' of each long word swapped for Cyrillic (mixed-script words)."""
    out = []
    for word in text.split(" "):
        if sum(ch.isalpha() for ch in word) >= 6:
            word = word.replace("a", "\u0430", 1).replace("p", "\u0440", 1)
        out.append(word)
    return " ".join(out)


_DISGUISES = {
    "cyr": lambda t: homoglyphs(t, "aceopxy"),
    "greek": lambda t: homoglyphs(t, "aiopv", variant=1),
    "armenian": armenian,
    "cherokee": cherokee,
    "zwnj": lambda t: inside_words(t, "\u200c", every=2),
    "bom": lambda t: inside_words(t, "\ufeff", every=3),
    "shy": lambda t: inside_words(t, "\u00ad", every=3),
    "lrm": lambda t: inside_words(t, "\u200e", every=2),
    "rli": lambda t: inside_words(t, "\u2067", every=4),
    "fullwidth": full_width,
    "umlaut": combining,
    "ring": ring,
    "mixed": mixed,
}

_DIS_GOOD = [
    ("cyr", "soap-meth"),
    ("greek", "midwife-sert"),
    ("armenian", "hv-voice-quet"),
    ("cherokee", "terse-gp-valp"),
    ("zwnj", "psychiatrist-letter-ovl"),
    ("bom", "social-worker-ovf"),
    ("shy", "leaflets-then-plan-meth"),
    ("lrm", "quote-then-plan-cit"),
    ("rli", "mdt-outcome-fost"),
    ("fullwidth", "obstetric-voice-cit"),
    ("umlaut", "unchanged-spelt-lith"),
    ("ring", "pharmacist-ovm"),
    ("mixed", "rag-then-plan-valp"),
    ("cyr", "conc-sertaline"),
    ("greek", "bupramyl-ruled-out-meth"),
    ("armenian", "text-31-dec-quet"),
    ("zwnj", "text-29-feb-2028-valp"),
    ("cherokee", "conc-lithum"),
]
_DIS_BAD = [
    ("cyr", "leaflets-only-meth"),
    ("greek", "unchanged-from-last-lith"),
    ("armenian", "note-to-self-quet"),
    ("cherokee", "rag-rating-valp"),
    ("zwnj", "mdt-as-discussed-fost"),
    ("bom", "qof-credit-sert"),
    ("shy", "synonym-echo-lith"),
    ("lrm", "agenda-ovm"),
    ("rli", "translate-request-ovc"),
    ("fullwidth", "quote-only-cit"),
    ("umlaut", "voice-only-courtesy-ovp"),
    ("ring", "voice-shorthand-empty-meth"),
    ("mixed", "osmanil-unlisted-fost"),
    ("cyr", "text-31-june-valp"),
    ("greek", "conc-unlisted-promethazene"),
]


def _disguised(expect: Expect, d: str, name: str, src: dict[str, tuple[str, str, str]]) -> None:
    key, text, why = src[name]
    base, mut = put(key, _DISGUISES[d](text))
    add(f"dis-{d}-{name}", "disguise", expect, base, mut, f"{why}, in disguise ({d})")


for _d, _name in _DIS_GOOD:
    _disguised(PASS, _d, _name, GOOD)
for _d, _name in _DIS_BAD:
    _disguised(REFUSE, _d, _name, HOLLOW)

bad(
    "dis-name-greek-unassessed-n",
    "disguise",
    N,
    add_medicine(
        medicine(
            "med-qx", "Qu\u03b5tiapin\u03b5 25mg tablets", "25 mg at night", "2026-04-04", gp_prescriber(RIVERSIDE)
        )
    ),
    "quetiapine with Greek epsilons on the list, unassessed",
)
bad(
    "dis-name-zwj-partner-unassessed-p",
    "disguise",
    P,
    add_medicine(
        medicine(
            "med-partner-mx",
            "Mirta\u200dzapine 30mg tablets",
            "30 mg at night",
            "2026-02-01",
            {"kind": "other-organisation", "organisation": ELM},
            taken_by="partner",
        )
    ),
    "the father's mirtazapine with a zero-width joiner, unassessed",
)
ok(
    "dis-name-fw-list-sertraline",
    "disguise",
    M,
    rename_med("med-sertraline", full_width("Sertraline") + " 50mg tablets"),
    "the listed sertraline in full-width letters",
)
ok(
    "dis-name-shy-list-diazepam",
    "disguise",
    F,
    rename_med("med-diazepam", "Dia\u00adze\u00adpam 5mg tablets"),
    "soft hyphens inside the listed diazepam",
)
good(
    "neg-plain-quet",
    "disguise",
    "quet",
    "Because quetiapine makes Daniel very hard to rouse at night, he must not sleep next to the baby on any "
    "bed, sofa or chair and does not give night feeds after his dose. The crib stays by Chloe; HV reviews it.",
    "negations carrying the plan (plain)",
)
ok(
    "dis-neg-greek-quet",
    "disguise",
    P,
    set_(
        "assessments#asm-partner-quetiapine.conclusion",
        "Because quetiapine makes Daniel very hard to rouse at night, he must n\u03bft sleep next to the baby "
        "on any bed, sofa or chair and d\u03bfes n\u03bft give night feeds after his dose. The crib stays by "
        "Chloe; HV reviews it.",
    ),
    "the same plan with Greek omicrons inside each negation",
)
bad(
    "dis-neg-shy-dismiss-lith",
    "disguise",
    L,
    set_("assessments#asm-lithium.conclusion", "Lithium: n\u00ado risk to the baby, n\u00ado\u00adthing to do."),
    "a dismissal with soft hyphens inside its negations",
)
bad(
    "dis-date-fw-31-june",
    "disguise",
    C,
    set_(
        "assessments#asm-citalopram.conclusion",
        "Citalopram 20 mg continues. Baby watched 48 hours for adaptation; breastfeeding fine; GP mood review "
        "on " + full_width("31/06/2026") + ".",
    ),
    "an impossible date in full-width digits",
)
bad(
    "dis-date-zwsp-30-feb",
    "disguise",
    V,
    set_(
        "assessments#asm-valproate.conclusion",
        "Valproate continues until neurology on 30\u200b/02\u200b/2027; never stop it suddenly. Early fetal "
        "medicine scan requested; folic acid 5 mg started.",
    ),
    "30 February with zero-width spaces in the date",
)
bad(
    "dis-route-cyr-host",
    "disguise",
    V,
    mllp("rcp-maternity", "m\u0430ternity-interface.castleford.example", 2575),
    "a Cyrillic a in the MLLP host",
    parse_reject_ok=True,
)
bad(
    "dis-route-fw-ods",
    "disguise",
    M,
    set_("recipients#rcp-hv.organisation.ods_code", full_width("Y90500")),
    "a full-width ODS code",
    parse_reject_ok=True,
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F67CASES)
    for cat in CATEGORIES:
        print(f"{cat:20} refuse={counts[(cat, REFUSE)]:3} pass={counts[(cat, PASS)]:3}")
    print(
        f"{'total':20} refuse={sum(c.expect == REFUSE for c in F67CASES):3} "
        f"pass={sum(c.expect == PASS for c in F67CASES):3}"
    )
