"""A hundred-and-tenth independent "fresh" batch of red-team cases for the share gate: a held-out-style mix,
sixteenth round, in the proportions a reviewer's held-out set would use.

Written from the issue, docs/rules.md, README.md and the examples, not from the gate's code or its word lists.
About a third is good, complete work in every register that must pass; a third is hollow or disguised
conclusions; a third is names and facts (brands, misspellings, near misses, combination products, disguised
names, unrecognised products, impossible dates and routes, doses against the list), each with its twin:

* ``registers``: complete work as GP letters, SOAP, midwife shorthand, discharge summaries, partner and foster
  placement notes, pharmacist, HV, social worker, perinatal mental health and drug service letters, joint
  assessments with headings and conclusions of several paragraphs (must pass); copy-paste with edits (refuse);
* ``hollow``: non-answers, deferrals anywhere, dismissals, filler (refuse), with substantive twins;
* ``joint``: joint assessments and overall conclusions that drop a medicine (refuse), or name each (pass);
* ``plans``: no one and no time, withdrawn, left to her wish, a previous pregnancy's plan, medicines as actors,
  roles ruled out, timings that clash (refuse), with twins;
* ``names``: brand names, misspellings, combination products, invisible characters inside a name, unrecognised
  products, near misses that are a different real medicine, each with its twin;
* ``dates``: dates at every field's edge that cannot be true (refuse) and boundary dates that can (pass);
* ``routes``: routes the product cannot take (refuse), and unusual routes clinicians use (pass);
* ``doses``: doses in a conclusion against the list (tenfold, the split wrong, mg against micrograms, a second
  medicine's dose in a pair), and twins;
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens,
  bidi marks and full width; the verdict equals the plain one.

Medicines named here are real; no clinical code is invented (medicines added carry no code).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh110_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

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
    delete,
    gp_prescriber,
    medicine,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F110CASES: list[Case] = []

CATEGORIES = (
    "registers",
    "hollow",
    "joint",
    "plans",
    "names",
    "dates",
    "routes",
    "doses",
    "disguise",
)

RG, HO, JT, PL, NM, DT, RT, DS, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F110CASES.append(Case(f"f110-{name}", category, expect, base, mutate, why))


Setter = Callable[[str], Mutation]


def _at(path: str) -> Setter:
    def setter(text: str) -> Mutation:
        return set_(path, text)

    return setter


SETTERS: dict[str, tuple[str, Setter]] = {
    "meth": (M, _at("assessments#asm-methadone.conclusion")),
    "sert": (M, _at("assessments#asm-sertraline.conclusion")),
    "mo": (M, _at("overall_conclusion.text")),
    "cit": (C, _at("assessments#asm-citalopram.conclusion")),
    "co": (C, _at("overall_conclusion.text")),
    "lith": (L, _at("assessments#asm-lithium.conclusion")),
    "lo": (L, _at("overall_conclusion.text")),
    "valp": (V, _at("assessments#asm-valproate.conclusion")),
    "vo": (V, _at("overall_conclusion.text")),
    "dzp": (F, _at("assessments#asm-diazepam-pregabalin.conclusion")),
    "fo": (F, _at("overall_conclusion.text")),
    "quet": (P, _at("assessments#asm-partner-quetiapine.conclusion")),
    "po": (P, _at("overall_conclusion.text")),
}


def cyr(text: str) -> str:
    return homoglyphs(text, "aeopc")


def greek(text: str) -> str:
    return homoglyphs(text, "oivx", variant=1)


def zwj(text: str) -> str:
    return inside_words(text, "\u200d", every=2)


def shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=3)


def bidi(text: str) -> str:
    return " ".join(f"\u200e{word}" for word in text.split(" "))


def fw(text: str) -> str:
    return full_width(text)


Disguise = Callable[[str], str]


def case(name: str, category: str, expect: Expect, where: str, text: str, why: str, disguise: Disguise | None) -> None:
    base, setter = SETTERS[where]
    add(name, category, expect, base, setter(text), why)
    if disguise is not None:
        add(f"dg-{name}", DG, expect, base, setter(disguise(text)), f"{why} [disguised: {disguise.__name__}]")


def ok(name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, PASS, where, text, why, disguise)


def bad(name: str, category: str, where: str, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, REFUSE, where, text, why, disguise)


def extra(name: str, dose: str, reason: str | None, *, mid: str = "med-f110") -> Mutation:
    """A medicine added to the postnatal record with nothing of concern, with or without a classification."""
    fields: Record = {} if reason is None else {"not_of_concern_reason": reason}
    return add_medicine(medicine(mid, name, dose, "2026-04-05", gp_prescriber(RIVERSIDE), **fields))


def on_n(name: str, category: str, expect: Expect, mutate: Mutation, why: str) -> None:
    add(name, category, expect, N, mutate, why)


# ============================================================================================================
# registers: complete work in every register (pass); copy-paste with edits (refuse).

ok(
    "rg-meth-drug-service-letter",
    RG,
    "meth",
    "Hampton Drug and Alcohol Service to Dr Shah: Jodie collects methadone 60 mg (60 ml) daily, supervised at "
    "the chemist, with clean screens since November. We will not reduce in pregnancy. For the baby: NAS is "
    "expected, so the maternity unit keeps her in for a minimum of 72 hours of Finnegan scoring and the HV "
    "continues checks to day 8. Breastfeeding is supported on this dose. Keyworker reminded her: no sleeping "
    "with the baby on a bed or settee after her dose.",
    "a drug service letter: dose, decision, the baby's plan and who does it",
    cyr,
)
ok(
    "rg-meth-midwife-booking-note",
    RG,
    "meth",
    "MW note 29+2/40. Methadone 60ml od supervised - stable, to cont. Alert paeds: NAS obs min 72h pn ward, "
    "Finnegan 4-hrly. BF encouraged. Safe sleep: never bed/sofa share post-dose, Moses basket in parents' room "
    "- CMW to view at 36/40 home visit.",
    "midwife shorthand with times and people",
    zwj,
)
ok(
    "rg-sert-pharmacist-note",
    RG,
    "sert",
    "Pharmacist medicines review: sertraline 100 mg once daily is the SSRI of choice in breastfeeding (low "
    "levels in milk) and should continue. Neonatal adaptation (jitteriness, poor feeding, fast breathing) "
    "occurs in up to a third of exposed babies, usually mild and self-limiting: the postnatal midwife should "
    "observe the baby for 48 hours after birth. GP to review her mood at 6 weeks postnatally.",
    "a pharmacist's note, complete",
)
ok(
    "rg-sert-perinatal-mh-letter",
    RG,
    "sert",
    "Perinatal mental health clinic letter. Impression: recurrent depression, well on sertraline 100 mg. "
    "Recommendation: continue sertraline through pregnancy and after birth; the risk of postnatal relapse off "
    "treatment is greater than the risk to the baby. Please ask the maternity team to observe for poor neonatal "
    "adaptation for 24-48 hours. Breastfeeding is fine. We will see her at 34/40 and 2 weeks postnatally.",
    "a perinatal mental health letter with a plan for the baby and dates",
    greek,
)
ok(
    "rg-mo-two-headings",
    RG,
    "mo",
    "Methadone (60 mg daily, supervised): continue. Baby will need NAS scoring on the postnatal ward for at "
    "least 72 h, then HV checks to day 8. No bed or sofa sharing after her dose; cot seen by SW and HV before "
    "discharge.\nSertraline (100 mg daily): continue. Midwife to watch for SSRI adaptation signs in the first "
    "48 h alongside the NAS scoring.\nBreastfeeding: encouraged with both.",
    "a joint overall conclusion with a heading per medicine",
)
ok(
    "rg-mo-several-paragraphs",
    RG,
    "mo",
    "We discussed both of Jodie's medicines at the antenatal safeguarding meeting on 2 March.\n\nMethadone "
    "60 mg daily stays the same until after the birth. Her baby is likely to withdraw; the postnatal ward "
    "will score the baby for at least 72 hours and the health visitor will look for late signs up to day 8. "
    "Because methadone makes her drowsy, the baby must sleep in its own cot and never on a sofa with her; the "
    "social worker and HV will see the cot before discharge.\n\nSertraline 100 mg daily also continues; the "
    "midwife will look out for poor adaptation in the first two days.\n\nShe plans to breastfeed and we "
    "support this on both medicines.",
    "a long overall conclusion over several paragraphs",
    shy,
)
ok(
    "rg-co-gp-letter",
    RG,
    "co",
    "Dear midwifery team, Mrs Example remains on citalopram 20 mg once daily at 32 weeks and is well. We advise she "
    "continues it through the birth and while breastfeeding. Please observe her baby on the postnatal ward "
    "for 24 to 48 hours for poor neonatal adaptation (jittery, poor feeding, breathing fast). I will review "
    "her mood at the 6-week check and the HV has been copied in.",
    "a GP letter for the citalopram overall conclusion",
)
ok(
    "rg-cit-soap",
    RG,
    "cit",
    "S: low mood well controlled, wants to BF. O: 32+1/40, EPDS 6. A: citalopram 20 mg od, benefit > risk. "
    "P: continue citalopram; MW to obs baby 48 h for PNAS; BF ok (low milk levels); GP mood r/v at 6/52 pn.",
    "SOAP in the citalopram assessment",
    bidi,
)
ok(
    "rg-lith-perinatal-psychiatrist",
    RG,
    "lith",
    "Perinatal psychiatry view: lithium (Priadel 800 mg nocte) continues - she has bipolar I with two "
    "admissions off lithium and the postpartum relapse risk is very high. Levels 4-weekly, weekly from 36/40, "
    "and within 24 h of delivery; omit the dose when labour starts and restart after birth at the agreed "
    "dose. Deliver in the obstetric unit with fluids. Baby: paediatric check after birth for hypotonia, "
    "feeding and thyroid; she will bottle feed as lithium enters breast milk.",
    "a psychiatrist's lithium conclusion with the labour plan",
)
ok(
    "rg-lo-discharge-summary",
    RG,
    "lo",
    "Antenatal summary for the birth: lithium (Priadel) 800 mg at night continues. Obstetric team to check "
    "lithium level within 24 hours of birth and watch fluid balance in labour. Neonatal team to review the "
    "baby in the first day (tone, feeding, thyroid function). Formula feeding planned. Perinatal MH team to "
    "see her within 7 days of delivery.",
    "an antenatal summary for the birth, complete",
    cyr,
)
ok(
    "rg-valp-neurologist-letter",
    RG,
    "valp",
    "Neurology letter: she is 8 weeks pregnant on sodium valproate 500 mg twice daily for juvenile myoclonic "
    "epilepsy. She must not stop it suddenly. I will see her within 7 days to consider a cross-taper to "
    "levetiracetam. The baby has had valproate exposure through early organogenesis: about 10% risk of major "
    "malformations and up to 40% risk of neurodevelopmental effects; fetal medicine to arrange a detailed "
    "anomaly scan. High-dose folic acid continues.",
    "a neurologist's letter, complete",
    fw,
)
ok(
    "rg-vo-gp-summary",
    RG,
    "vo",
    "8/40 unplanned pregnancy, on sodium valproate 500 mg bd for epilepsy. Keep taking valproate until the "
    "neurologist reviews her this week - no abrupt stop. Fetal medicine referral made for the first-trimester "
    "valproate exposure (malformation and developmental risk explained). Folic acid 5 mg daily from today. "
    "Pregnancy prevention programme to be restarted after the birth by neurology.",
    "a GP summary for the valproate overall conclusion",
)
ok(
    "rg-dzp-social-worker-notes",
    RG,
    "dzp",
    "Social worker case note with the GP's assessment: Kayleigh takes diazepam 5 mg three times a day and "
    "pregabalin 150 mg twice a day. Both make her sleepy, so contact with the baby is supervised and she is "
    "not to hold the baby when drowsy or sleep with the baby anywhere. The foster carer gives all night care "
    "and the bottle feeds. The HV and foster carer watch for late withdrawal signs until day 8. The GP will "
    "start a diazepam taper at 6 weeks.",
    "a social worker's case note, complete",
    greek,
)
ok(
    "rg-fo-foster-carer-handover",
    RG,
    "fo",
    "Foster carer handover: baby's mother takes diazepam and pregabalin, which sedate her. Contact is "
    "supervised, never when she is drowsy, and she does not feed lying down or sleep with the baby. You do "
    "the night feeds. Watch for late withdrawal (tremor, high-pitched cry, poor feeding) until day 8 and "
    "ring the neonatal unit if seen. HV visits on days 5 and 8; SW reviews contact at 4 weeks.",
    "a handover to the foster carer, complete",
)
ok(
    "rg-quet-partner-hv-note",
    RG,
    "quet",
    "HV new birth visit: the baby's father, Daniel, takes quetiapine 300 mg at night and is very difficult to "
    "wake for hours after. Agreed with both parents: he does not do night feeds after his dose, never naps "
    "with the baby on the settee, and the baby sleeps in the bedside crib on Chloe's side. I saw the crib "
    "today; I will check again at 6-8 weeks.",
    "an HV note for the partner's quetiapine",
    zwj,
)
ok(
    "rg-po-partner-gp",
    RG,
    "po",
    "Partner assessment (father's GP): quetiapine 300 mg nocte makes Daniel heavily sedated overnight, so he "
    "must not co-sleep with the baby in bed, on a sofa or in a chair, and Chloe does the night feeds. The "
    "crib is safe. HV to keep checking; I will tell the HV if his dose changes. Chloe's paracetamol is no "
    "concern.",
    "a partner assessment from the father's GP",
)
ok(
    "rg-meth-joint-drug-service-gp",
    RG,
    "meth",
    "Joint GP and drug service conclusion. Methadone: 60 mg daily, unchanged to delivery; splitting the dose "
    "is not needed. Baby: likely neonatal abstinence syndrome; postnatal ward observation and scoring for 72 "
    "hours minimum, SCBU if scores rise. Feeding: breastfeeding encouraged, it eases withdrawal. Sleep: cot "
    "only; never on the sofa or in her bed after a dose - HV to check at the new birth visit.",
    "a joint conclusion with inline headings",
)
ok(
    "rg-sert-bullets-gp",
    RG,
    "sert",
    "Sertraline 100 mg od:\n* continue - relapse risk off treatment is high\n* baby: watch for poor neonatal "
    "adaptation 48 h (MW), PPHN risk small\n* BF: yes\n* GP r/v mood 6/52 postnatal",
    "bullets with asterisks",
)

bad(
    "rg-sert-copy-of-methadone-edited",
    RG,
    "sert",
    "Sertraline 100 mg daily should continue through pregnancy. The baby is likely to need observation for "
    "neonatal withdrawal for at least 72 hours after birth. Supervised consumption to continue at the "
    "chemist; she is drowsy after each dose so no co-sleeping.",
    "the methadone conclusion pasted with the name and dose changed: supervised consumption and drowsiness do "
    "not belong to sertraline",
)
bad(
    "rg-co-copy-of-last-patient",
    RG,
    "co",
    "Continue citalopram 20 mg through pregnancy and breastfeeding. Midwife to watch for neonatal adaptation "
    "symptoms in the first 48 hours; GP mood review at the 6-week check. Lithium levels within 24 hours of "
    "birth and paediatric review for lithium effects.",
    "another patient's lithium plan pasted into the citalopram conclusion",
)

# ============================================================================================================
# hollow: non-answers, deferrals anywhere, dismissals, filler (refuse), and substantive twins.

bad(
    "ho-meth-see-mdt-minutes",
    HO,
    "meth",
    "Methadone 60 mg - discussed at the safeguarding MDT; for the outcome and plan see the MDT minutes "
    "held by children's services.",
    "a deferral to minutes held elsewhere",
    cyr,
)
bad(
    "ho-sert-as-per-ppmh",
    HO,
    "sert",
    "Sertraline: management as per perinatal mental health recommendations (letter on file, 12/02/26).",
    "as per a letter",
    zwj,
)
bad(
    "ho-lith-awaiting-plan",
    HO,
    "lith",
    "Lithium - awaiting the consultant's birth plan; conclusion to be completed when this is received.",
    "a conclusion not yet written",
)
bad(
    "ho-valp-no-issues",
    HO,
    "valp",
    "Sodium valproate reviewed. No issues identified at present. Nothing further to add.",
    "a dismissal of a teratogen",
    fw,
)
bad(
    "ho-dzp-nil-of-note",
    HO,
    "dzp",
    "Diazepam and pregabalin: nil of note for the baby. Routine care.",
    "a dismissal of two sedating medicines",
    shy,
)
bad(
    "ho-quet-not-relevant",
    HO,
    "quet",
    "Quetiapine belongs to the father and is not relevant to this baby's care; no action needed.",
    "the partner's sedating medicine dismissed",
    bidi,
)
bad(
    "ho-cit-placeholder",
    HO,
    "cit",
    "Citalopram - [conclusion: risk to baby / feeding / plan] TO BE FILLED IN BY GP",
    "the template prompt left in",
    greek,
)
bad(
    "ho-mo-lorem-variant",
    HO,
    "mo",
    "Methadone and sertraline. Sed ut perspiciatis unde omnis iste natus error sit voluptatem accusantium "
    "doloremque laudantium, totam rem aperiam.",
    "filler in Latin after the names",
    cyr,
)
bad(
    "ho-lo-test-text",
    HO,
    "lo",
    "Lithium test test test. testing the free text box. asdf asdf.",
    "test typing",
)
bad(
    "ho-fo-ditto",
    HO,
    "fo",
    "Diazepam and pregabalin: as above. As above. As above.",
    "ditto marks",
)
bad(
    "ho-vo-padded-pending",
    HO,
    "vo",
    "Sodium valproate: outcome pending. Plan pending. Review pending. Advice pending. Referral pending. All "
    "pending the outcome of the pending review.",
    "pending padded to length",
    zwj,
)
bad(
    "ho-po-same-as-before",
    HO,
    "po",
    "Quetiapine (father's): same as documented at the previous review; nothing has changed since then.",
    "a pointer to a previous review",
)
bad(
    "ho-meth-stock-phrases",
    HO,
    "meth",
    "Methadone 60 mg: risks and benefits explained, patient understands, appropriate safety-netting advice "
    "given, will follow up as needed.",
    "stock consultation phrases, nothing about the baby",
)
ok(
    "ho-meth-see-letter-and-substance",
    HO,
    "meth",
    "Full reasoning is in the drug service letter of 20 February. In short: methadone 60 mg daily continues; "
    "the baby will be scored for NAS on the postnatal ward for at least 72 hours; breastfeeding is "
    "encouraged; no bed or sofa sharing after her dose, and the HV will check the cot.",
    "a pointer beside a real conclusion",
    cyr,
)
ok(
    "ho-valp-no-issues-with-reason",
    HO,
    "valp",
    "No issues with her seizure control on sodium valproate 500 mg bd, so she should not stop it before the "
    "urgent neurology review this week. The baby is exposed in the first trimester (about 1 in 10 risk of "
    "major malformation): fetal medicine referral made for a detailed scan. Folic acid 5 mg started.",
    "'no issues' about seizures, with the baby's risk and plan",
)
ok(
    "ho-quet-father-but-relevant",
    HO,
    "quet",
    "Although quetiapine 300 mg is the father's medicine, it matters for the baby: he is deeply asleep for "
    "hours after his dose, so he must not bed-share, sofa-sleep or do night feeds after taking it. Chloe does "
    "night care; the HV will review sleeping arrangements at each contact.",
    "twin: the partner's medicine answered, not dismissed",
    bidi,
)
ok(
    "ho-lith-pending-with-plan",
    HO,
    "lith",
    "Lithium 800 mg nocte continues; the consultant's birth plan is pending but the core plan is agreed: "
    "levels weekly from 36 weeks and within 24 hours of birth, deliver on the labour ward, paediatric check "
    "of the baby for floppiness, feeding and thyroid, and formula feeding.",
    "twin: 'pending' beside an agreed plan",
)

# ============================================================================================================
# joint: joint assessments and overall conclusions that drop a medicine (refuse), or name each (pass).

bad(
    "jt-dzp-only-diazepam",
    JT,
    "dzp",
    "Diazepam 5 mg tds is sedating: no sleeping with the baby on a bed or sofa, foster carer does night feeds, "
    "and late withdrawal signs are watched for until day 8 by the foster carer and HV.",
    "the joint assessment never mentions pregabalin",
    cyr,
)
bad(
    "jt-fo-only-pregabalin",
    JT,
    "fo",
    "Pregabalin continues and sedates the mother. No bed, sofa or armchair sharing; foster carer does night "
    "feeds. Watch for late withdrawal to day 8 (HV and foster carer).",
    "the overall conclusion drops diazepam",
)
bad(
    "jt-mo-only-sertraline",
    JT,
    "mo",
    "Sertraline 100 mg daily continues. The midwife observes the baby for poor adaptation for 48 hours; "
    "breastfeeding encouraged; HV informed.",
    "the overall conclusion drops methadone, the medicine of most concern",
    zwj,
)
bad(
    "jt-mo-methadone-and-her-other-medicine",
    JT,
    "mo",
    "Methadone 60 mg daily and her other medication continue unchanged. Baby: NAS scoring for 72 hours on "
    "the ward; breastfeeding encouraged; no sofa or bed sharing after her dose; HV checks to day 8.",
    "sertraline only as 'her other medication'",
)
ok(
    "jt-dzp-both-with-abbreviation",
    JT,
    "dzp",
    "DZP 5 mg tds + pregabalin 150 mg bd - both continue; diazepam taper planned from 6 weeks by the GP. "
    "Combined sedation: mum never sleeps with the baby on a bed, sofa or chair and does not feed lying down; "
    "foster carer does nights. Late withdrawal signs possible to day 8 - foster carer and HV to watch.",
    "twin: both named, one as an abbreviation then in full",
)
ok(
    "jt-mo-both-in-one-line",
    JT,
    "mo",
    "Methadone 60 mg od and sertraline 100 mg od both continue. Baby: 72 h NAS and SSRI adaptation "
    "observation on the postnatal ward, HV to day 8; BF encouraged; no co-sleeping after methadone doses "
    "(cot seen by SW and HV before discharge).",
    "twin: both named in one sentence",
    fw,
)

# ============================================================================================================
# plans: no one and no time, withdrawn, left to her wish, a previous pregnancy's plan, medicines as actors,
# roles ruled out, timings that clash (refuse), with twins.

bad(
    "pl-meth-no-one-no-time",
    PL,
    "meth",
    "Methadone 60 mg daily continues. The baby should be observed for withdrawal at some point and safe "
    "sleep will need to be discussed eventually; feeding to be decided.",
    "a plan with no one and no time",
    greek,
)
bad(
    "pl-meth-withdrawn-plan",
    PL,
    "meth",
    "Methadone 60 mg daily to continue; NAS scoring for 72 hours on the postnatal ward was planned, but the "
    "ward has since cancelled this arrangement and nothing has replaced it. No bed sharing after her dose; "
    "breastfeeding encouraged.",
    "the withdrawal plan cancelled, none in its place",
)
bad(
    "pl-lith-left-to-her",
    PL,
    "lith",
    "Lithium 800 mg at night: whether to continue, how to feed the baby and whether the baby is seen by a "
    "paediatrician are all left to Rebecca to decide as she wishes.",
    "everything left to her wish",
    cyr,
)
bad(
    "pl-valp-last-pregnancy",
    PL,
    "valp",
    "In her first pregnancy in 2021 she continued sodium valproate 500 mg bd, had a detailed anomaly scan at "
    "20 weeks which was normal, and the baby was reviewed by the paediatricians after birth.",
    "the previous pregnancy's plan, nothing for this one",
)
bad(
    "pl-sert-medicine-watches",
    PL,
    "sert",
    "Sertraline 100 mg continues and will observe the baby for poor adaptation for 48 hours after birth and "
    "support breastfeeding.",
    "the medicine as the one who observes",
)
bad(
    "pl-po-no-hv-yet-hv",
    PL,
    "po",
    "Father's quetiapine causes heavy night sedation: no co-sleeping with him and no night feeds by him. The "
    "family has declined all health visiting, so the health visitor will check the crib at every visit.",
    "a check given to a service the family has declined",
)
bad(
    "pl-cit-timing-clash",
    PL,
    "cit",
    "Continue citalopram 20 mg. The baby is to be discharged at 4 hours and is to be observed by the "
    "postnatal ward midwives for 48 hours for poor adaptation; breastfeeding encouraged; GP mood review at 6 "
    "weeks.",
    "discharge at 4 hours against 48 hours on the ward",
    zwj,
)
bad(
    "pl-fo-day-8-visit-day-3",
    PL,
    "fo",
    "Diazepam and pregabalin continue and sedate the mother: no sleeping with the baby on any surface, foster "
    "carer does nights. Late withdrawal is possible until day 8; the only HV visit is on day 3 and the "
    "foster carer is not asked to watch.",
    "the watch ends before the window and no one covers it",
)
bad(
    "pl-quet-dad-in-charge-nights",
    PL,
    "quet",
    "Quetiapine 300 mg at night makes Daniel very drowsy. As Chloe is exhausted, Daniel will take sole charge "
    "of the baby overnight after his dose, with the baby in the bed between them.",
    "the plan gives night care and bed-sharing to the sedated father",
)
bad(
    "pl-lith-if-she-wants",
    PL,
    "lith",
    "Lithium continues at 800 mg. Levels in late pregnancy if she wants them; paediatric review if she "
    "requests one; feeding as she prefers.",
    "every step conditional on her asking",
)
ok(
    "pl-meth-dated-people",
    PL,
    "meth",
    "Methadone 60 mg daily continues. Community midwife to book postnatal ward stay of 72 hours for NAS "
    "scoring at the 34-week appointment; HV to visit on days 5 and 8. Safe sleep: midwife repeats the advice "
    "at 36 weeks and sees the cot. Breastfeeding encouraged.",
    "twin: each step with a person and a time",
    cyr,
)
ok(
    "pl-lith-her-choice-informed",
    PL,
    "lith",
    "Lithium (Priadel 800 mg) continues - Rebecca chose this after we discussed the risks both ways, and the "
    "team supports it. Levels every 4 weeks, weekly from 36 weeks and within 24 h of birth; paediatric review "
    "of the baby at birth; she has chosen formula feeding, which we advise on lithium.",
    "twin: her informed choice within a plan the team owns",
)
ok(
    "pl-valp-last-pregnancy-and-now",
    PL,
    "valp",
    "In her last pregnancy (2021) the anomaly scan was normal, but that does not lower the risk now. This "
    "baby has been exposed to sodium valproate 500 mg bd through 8 weeks: fetal medicine referral today for a "
    "detailed scan; neurology review this week; she must not stop valproate suddenly; folic acid 5 mg "
    "started.",
    "twin: the last pregnancy mentioned, this pregnancy planned",
)
ok(
    "pl-cit-discharge-after-obs",
    PL,
    "cit",
    "Continue citalopram 20 mg. The postnatal ward midwives observe the baby for 48 hours for poor "
    "adaptation before discharge home; breastfeeding encouraged; GP mood review at 6 weeks.",
    "twin: discharge after the observation",
)
ok(
    "pl-quet-mum-does-nights",
    PL,
    "quet",
    "Quetiapine 300 mg at night makes Daniel very drowsy, so Chloe takes sole charge overnight and the baby "
    "sleeps in the bedside crib; Daniel does daytime care only and never sleeps with the baby. HV to check "
    "at each contact until 8 weeks.",
    "twin: night care with the parent who is not sedated",
)

# ============================================================================================================
# names: brands, misspellings, combination products, invisible characters, unrecognised products, near misses.

_HARMLESS = "Simple medicine for a minor ailment, no effect on the baby or on breastfeeding; mother told."

for _slug, _name, _dose in [
    ("epanutin-phenytoin", "Epanutin Ready-Mixed Parenteral 250mg/5ml solution for injection", "250 mg daily"),
    ("night-nurse-promethazine", "Night Nurse oral liquid", "20 ml at night"),
    ("paramol-dihydrocodeine", "Paramol tablets", "Two tablets four times a day"),
    ("misspelt-citolapram", "Citolapram 20mg tablets", "20 mg once daily"),
    ("misspelt-mirtazepine", "Mirtazepine 15mg tablets", "15 mg at night"),
    ("misspelt-clonazepan", "Clonazepan 500microgram tablets", "500 micrograms twice a day"),
    ("zw-oxycodone", "Oxy\u200ccodone 5mg capsules", "5 mg four times a day"),
    ("cyrillic-zopiclone", "Z\u043epiclone 7.5mg tablets", "7.5 mg at night"),
    ("shy-amitriptyline", "Amitrip\u00adtyline 10mg tablets", "10 mg at night"),
    ("fullwidth-codeine", "\uff23odeine 30mg tablets", "30 mg four times a day"),
    ("combo-co-dydramol-written-out", "Dihydrocodeine 10mg / paracetamol 500mg tablets", "Two tablets qds"),
    ("kratom-capsules", "Kratom capsules (bought online)", "Two capsules twice a day"),
]:
    on_n(
        f"nm-{_slug}-called-harmless",
        NM,
        REFUSE,
        extra(_name, _dose, _HARMLESS),
        f"a medicine of concern ({_name!r}) classified as harmless instead of being assessed",
    )

for _slug, _name, _dose, _reason in [
    (
        "methyldopa-not-methadone",
        "Methyldopa 250mg tablets",
        "250 mg three times a day",
        "For postnatal blood pressure; compatible with breastfeeding. GP to switch to enalapril at 2 weeks as "
        "methyldopa can lower mood.",
    ),
    (
        "diltiazem-cream-not-diazepam",
        "Diltiazem 2% cream",
        "Apply twice a day to the anal fissure",
        "Topical cream for a postnatal fissure; negligible absorption, no effect on the baby or on feeding.",
    ),
    (
        "prednisolone-not-pregabalin",
        "Prednisolone 5mg tablets",
        "30 mg once daily for 5 days",
        "Short course for asthma; little passes into milk at this dose, no sedation, breastfeeding continues.",
    ),
    (
        "lactulose-brand-duphalac",
        "Duphalac 3.35g/5ml oral solution",
        "15 ml twice a day",
        "Lactulose for postnatal constipation; not absorbed, no effect on the baby.",
    ),
]:
    on_n(f"nm-{_slug}", NM, PASS, extra(_name, _dose, _reason), "a harmless medicine near a worrying name, classified")

on_n(
    "nm-panadol-brand-unclassified",
    NM,
    PASS,
    extra("Panadol 500mg tablets", "1 g four times a day when needed", None),
    "a paracetamol brand needs no classification",
)
on_n(
    "nm-evening-primrose-unclassified",
    NM,
    REFUSE,
    extra("Evening primrose oil 1000mg capsules", "One capsule daily", None),
    "an unrecognised product with no classification",
)
on_n(
    "nm-evening-primrose-classified",
    NM,
    PASS,
    extra(
        "Evening primrose oil 1000mg capsules",
        "One capsule daily",
        "A food supplement with no sedative or opioid action and no known effect on the breastfed baby; she "
        "will stop it if the baby is unsettled. HV aware.",
    ),
    "twin: the same product classified",
)
on_n(
    "nm-medised-unclassified",
    NM,
    REFUSE,
    extra("Medised oral suspension", "10 ml at night", None),
    "an unfamiliar product (an antihistamine combination) with no classification",
)
add(
    "nm-citolapram-misspelt-assessed",
    NM,
    PASS,
    C,
    set_("medicines#med-citalopram.name", "Citolapram 20mg tablets"),
    "a misspelt citalopram on the list, coded, assessed and named",
)
add(
    "nm-escitalopram-under-citalopram-conclusion",
    NM,
    REFUSE,
    C,
    chain(set_("medicines#med-citalopram.name", "Escitalopram 10mg tablets"), delete("medicines#med-citalopram.code")),
    "the list holds escitalopram 10 mg; every conclusion is about citalopram 20 mg, a different real medicine",
)
add(
    "nm-quetiapine-brand-seroquel-pass",
    NM,
    PASS,
    P,
    set_("medicines#med-partner-quetiapine.name", "Seroquel 100mg tablets"),
    "quetiapine by its brand; the conclusion names quetiapine",
)
add(
    "nm-quetiapine-swapped-for-quinine",
    NM,
    REFUSE,
    P,
    chain(
        set_("medicines#med-partner-quetiapine.name", "Quinine sulfate 300mg tablets"),
        delete("medicines#med-partner-quetiapine.code"),
    ),
    "the listed product is quinine; the assessment is of quetiapine",
)
add(
    "nm-diazepam-brand-written-with-zwsp",
    NM,
    PASS,
    F,
    set_("medicines#med-diazepam.name", "Dia\u200bzepam 5mg tablets"),
    "a zero-width space inside a coded, assessed, named medicine: still diazepam",
)
add(
    "nm-pregabalin-unassessed-extra-brand",
    NM,
    REFUSE,
    F,
    add_medicine(
        medicine("med-f110-lyr", "Alzain 50mg capsules", "50 mg at night", "2026-06-10", gp_prescriber(RIVERSIDE))
    ),
    "a second pregabalin product by a brand, not covered by any assessment",
)
add(
    "nm-lithium-camcolit-brand-pass",
    NM,
    PASS,
    L,
    set_("medicines#med-lithium.name", "Lithium carbonate 400mg modified-release tablets (Camcolit)"),
    "lithium by another brand in brackets; the conclusion names lithium",
)
ok(
    "nm-meth-brand-in-conclusion",
    NM,
    "meth",
    "Physeptone (methadone) 60 mg daily continues unchanged. NAS expected: 72 h scoring on the postnatal "
    "ward, HV to day 8. Breastfeeding encouraged. No bed or sofa sharing after her dose; midwife to see cot.",
    "the conclusion names the brand and the ingredient",
)
bad(
    "nm-meth-conclusion-names-unlisted-buprenorphine",
    NM,
    "meth",
    "Methadone 60 mg continues; she also takes buprenorphine 8 mg from a friend on bad days. NAS scoring 72 h "
    "on the ward; breastfeeding encouraged; no bed sharing after her dose; HV checks to day 8.",
    "a medicine of concern named in the conclusion and missing from the list",
)

# ============================================================================================================
# dates: at every field's edge.


def _d(path: str, value: str | int) -> Mutation:
    return set_(path, value)


add("dt-assessment-month-13", DT, REFUSE, M, _d("assessments#asm-sertraline.date", "2026-13-02"), "no month 13")
add("dt-started-april-31", DT, REFUSE, F, _d("medicines#med-diazepam.started", "2025-04-31"), "no 31 April")
add("dt-started-leap-day", DT, PASS, F, _d("medicines#med-diazepam.started", "2024-02-29"), "2024 is a leap year")
add("dt-started-non-leap-day", DT, REFUSE, F, _d("medicines#med-diazepam.started", "2025-02-29"), "2025 is not")
add(
    "dt-attested-hour-25",
    DT,
    REFUSE,
    L,
    _d("attestation.at", "2026-05-06T25:10:00+00:00"),
    "no 25th hour",
)
add(
    "dt-gestation-days-seven",
    DT,
    REFUSE,
    V,
    _d("pregnancy.gestation.days", 7),
    "gestation days run 0 to 6",
)
add("dt-gestation-days-six", DT, PASS, V, _d("pregnancy.gestation.days", 6), "twin: 8+6 weeks, EDD within days")
add("dt-gestation-weeks-47", DT, REFUSE, L, _d("pregnancy.gestation.weeks", 47), "no pregnancy of 47 weeks")
add(
    "dt-lawful-basis-next-year",
    DT,
    REFUSE,
    P,
    _d("lawful_basis.recorded_on", "2027-01-06"),
    "consent recorded in the future",
)
add(
    "dt-lawful-basis-today",
    DT,
    PASS,
    P,
    _d("lawful_basis.recorded_on", "2026-12-03"),
    "twin: consent recorded today (a re-consent after the assessment)",
)
add(
    "dt-mother-born-after-delivery",
    DT,
    REFUSE,
    N,
    _d("mother.birth_date", "2026-05-01"),
    "a mother born after her baby",
)
add(
    "dt-medicine-started-future",
    DT,
    REFUSE,
    C,
    _d("medicines#med-citalopram.started", "2027-06-01"),
    "a medicine started in the future",
)
add(
    "dt-delivery-a-day-earlier",
    DT,
    PASS,
    P,
    _d("pregnancy.delivery_date", "2026-05-17"),
    "twin: delivery a day earlier, still before the assessment",
)
add(
    "dt-assessment-year-2206",
    DT,
    REFUSE,
    V,
    chain(_d("assessments#asm-valproate.date", "2206-05-20")),
    "a four-digit slip: the assessment in 2206",
)

# ============================================================================================================
# routes: routes the product cannot take (refuse) and unusual routes clinicians use (pass).

add(
    "rt-methadone-solution-intramuscular",
    RT,
    REFUSE,
    M,
    _d("medicines#med-methadone.dose", "60 mg (60 ml) IM once daily, supervised"),
    "an oral solution injected",
)
add(
    "rt-methadone-solution-via-peg",
    RT,
    PASS,
    M,
    _d("medicines#med-methadone.dose", "60 mg (60 ml) via PEG once daily, supervised"),
    "twin: an oral solution by gastrostomy",
)
add(
    "rt-lithium-tablets-subcut",
    RT,
    REFUSE,
    L,
    _d("medicines#med-lithium.dose", "800 mg subcutaneously at night; brand prescribing (Priadel)"),
    "modified-release tablets under the skin",
)
add(
    "rt-citalopram-nebulised",
    RT,
    REFUSE,
    C,
    _d("medicines#med-citalopram.dose", "20 mg nebulised once daily"),
    "tablets nebulised",
)
add(
    "rt-diazepam-tablets-rectally",
    RT,
    PASS,
    F,
    _d("medicines#med-diazepam.dose", "5 mg three times a day (rectally if vomiting)"),
    "tablets rectally is a route clinicians use",
)
add(
    "rt-pregabalin-capsules-transdermal",
    RT,
    REFUSE,
    F,
    _d("medicines#med-pregabalin.dose", "150 mg (two capsules) twice a day, transdermal"),
    "capsules worn on the skin",
)
add(
    "rt-quetiapine-tablets-by-mouth",
    RT,
    PASS,
    P,
    _d("medicines#med-partner-quetiapine.dose", "300 mg (three tablets) by mouth at night"),
    "twin: tablets by mouth",
)
ok(
    "rt-meth-conclusion-oral-solution",
    RT,
    "meth",
    "Methadone oral solution 60 ml daily continues. NAS scoring for 72 h on the postnatal ward; breastfeeding "
    "encouraged; no bed or sofa sharing after her dose; HV to check cot and to watch for late signs.",
    "the form on the list named in the conclusion",
)
bad(
    "rt-sert-conclusion-patch",
    RT,
    "sert",
    "Sertraline patch 100 mg continues. Midwife to observe the baby 48 h for poor neonatal adaptation; "
    "breastfeeding fine.",
    "a patch of a medicine listed as tablets",
)

# ============================================================================================================
# doses: doses in a conclusion against the list, and twins.

bad(
    "ds-meth-tenfold",
    DS,
    "meth",
    "Methadone 600 mg daily continues unchanged. NAS scoring 72 h on the postnatal ward; HV checks to day 8; "
    "breastfeeding encouraged; never bed-share after her dose.",
    "tenfold the listed dose",
    zwj,
)
ok(
    "ds-meth-ml",
    DS,
    "meth",
    "Methadone 60 ml (1 mg/ml) daily continues unchanged. NAS scoring 72 h on the postnatal ward; HV checks "
    "to day 8; breastfeeding encouraged; never bed-share after her dose.",
    "twin: the dose in ml as the line gives it",
)
bad(
    "ds-sert-split-wrong",
    DS,
    "sert",
    "Sertraline 50 mg twice daily continues. Midwife to observe baby 48 h for poor adaptation; breastfeeding "
    "compatible; GP mood review at 6 weeks postnatal.",
    "the split wrong: the line gives 100 mg once daily",
)
ok(
    "ds-sert-two-tablets",
    DS,
    "sert",
    "Sertraline two 50 mg tablets once daily continues. Midwife to observe baby 48 h for poor adaptation; "
    "breastfeeding compatible; GP mood review at 6 weeks postnatal.",
    "twin: the line's tablets",
)
bad(
    "ds-lith-micrograms",
    DS,
    "lith",
    "Lithium 800 micrograms at night continues; levels monthly, weekly from 36/40, within 24 h of birth; "
    "paediatric review of the baby; bottle feeding.",
    "micrograms for milligrams",
    cyr,
)
bad(
    "ds-lith-split-bd",
    DS,
    "lith",
    "Lithium (Priadel) 400 mg twice a day continues; levels monthly, weekly from 36/40, within 24 h of birth; "
    "paediatric review of the baby; bottle feeding.",
    "the split wrong: the line gives 800 mg at night",
)
ok(
    "ds-lith-two-tablets-nocte",
    DS,
    "lith",
    "Lithium (Priadel) 2 x 400 mg nocte continues; levels monthly, weekly from 36/40, within 24 h of birth; "
    "paediatric review of the baby; bottle feeding.",
    "twin: two tablets at night",
)
bad(
    "ds-valp-once-daily",
    DS,
    "valp",
    "Sodium valproate 500 mg once daily continues until neurology review this week; do not stop. First "
    "trimester exposure: fetal medicine scan; folic acid 5 mg.",
    "once daily against twice a day",
)
ok(
    "ds-valp-gram-a-day",
    DS,
    "valp",
    "Sodium valproate 1 g a day (500 mg bd) continues until neurology review this week; do not stop. First "
    "trimester exposure: fetal medicine scan; folic acid 5 mg.",
    "twin: the day's total in grams",
)
bad(
    "ds-valp-gram-bd",
    DS,
    "valp",
    "Sodium valproate 1 g twice daily continues until neurology review this week; do not stop. First "
    "trimester exposure: fetal medicine scan; folic acid 5 mg.",
    "double the listed dose",
)
bad(
    "ds-dzp-pair-second-wrong",
    DS,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 15 mg bd continue. Both sedate: no sleeping with the baby, no feeding "
    "lying down, foster carer does nights; late withdrawal watch to day 8 by foster carer and HV.",
    "the second medicine's dose a tenth in a pair",
)
bad(
    "ds-fo-pair-swapped",
    DS,
    "fo",
    "Diazepam 150 mg bd and pregabalin 5 mg tds continue, both sedating: no bed, sofa or armchair sharing; "
    "foster carer does night feeds; late withdrawal watch to day 8 (foster carer, HV).",
    "the pair's doses swapped",
    greek,
)
ok(
    "ds-fo-pair-right",
    DS,
    "fo",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue, both sedating: no bed, sofa or armchair sharing; "
    "foster carer does night feeds; late withdrawal watch to day 8 (foster carer, HV).",
    "twin: the pair's doses right",
    greek,
)
bad(
    "ds-cit-bd",
    DS,
    "cit",
    "Citalopram 20 mg bd continues. Midwife to observe the baby 48 h for poor adaptation; breastfeeding "
    "fine; GP mood review 6 weeks.",
    "twice daily against once daily",
)
ok(
    "ds-cit-mane",
    DS,
    "cit",
    "Citalopram 20 mg mane continues. Midwife to observe the baby 48 h for poor adaptation; breastfeeding "
    "fine; GP mood review 6 weeks.",
    "twin: in the morning, once a day",
)
bad(
    "ds-quet-grams",
    DS,
    "quet",
    "Quetiapine 3 g nocte sedates Daniel heavily: no co-sleeping, no night feeds by him; crib seen; HV to "
    "recheck at 6-8 weeks.",
    "grams for milligrams, tenfold",
)
ok(
    "ds-quet-three-tablets",
    DS,
    "quet",
    "Quetiapine 300 mg nocte (3 x 100 mg) sedates Daniel heavily: no co-sleeping, no night feeds by him; crib "
    "seen; HV to recheck at 6-8 weeks.",
    "twin: the dose and its tablets",
)
bad(
    "ds-mo-sertraline-dose-under-methadone",
    DS,
    "mo",
    "Methadone 100 mg daily and sertraline continue. Baby: NAS and adaptation observation on the ward for 72 "
    "h, HV to day 8; breastfeeding encouraged; no co-sleeping after her methadone dose.",
    "sertraline's dose given to methadone",
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F110CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F110CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F110CASES):3}"
    )
