"""A hundred-and-sixth independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt,
thirty-seventh round, against the readings landed in the last hour (CHANGELOG Unreleased, "### Fixed").

Written from the issue, docs/rules.md, README.md and the examples, not from the gate's code or its word lists.
Most cases are good, complete clinical work that legitimately uses a shape one of the new readings refuses;
each has a near-miss twin that differs by the one thing that makes it hollow, misplaced or impossible:

* ``headings``: joint conclusions parted by medicine headings, each concern under its own medicine, a joint
  heading ("Both:", "Safe sleep (both):"), a class heading ("Opioid:"), a brand heading or a "Baby:" heading;
  twins put a concern only under a medicine that does not raise it;
* ``bracket``: a bracket that decides ("continue methadone (and sertraline) at current doses"); twins give the
  bracketed medicine a part of its own that only points elsewhere;
* ``shared``: two medicines' conclusions sharing standard safe-sleep and home-visit sentences word for word, each
  with its own plan; twins paste one under the other with a sentence dropped or words swapped for synonyms;
* ``drug-subject``: a medicine as the subject of what a medicine does ("morphine will settle the baby's
  withdrawal", "sertraline may make him drowsy"); twins make a medicine do a person's act;
* ``absent-role``: a role said to be absent, declined or not allocated, with a plan for the gap or a role that
  has re-engaged; twins give the plan to the absent role;
* ``partner``: the partner's sedating medicine with HIS sedation named and the mother doing the nights; twins put
  his sedation on her;
* ``dose-span``: a dose beside a span of time or a ceiling ("over the next 3 months", "kept under 1000 mg");
  twins restate a dose the medicine line contradicts;
* ``baby-review``: the baby reviewed by the paediatrician, fed by bottle, not breastfed; twins leave the feeding
  "to be reviewed" with nothing that decides it;
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens, bidi
  isolates and full width; the verdict equals the plain one.

Medicines named here are real; no clinical code is invented (no medicine is added).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh106_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from tests.redteam.cases import PASS, REFUSE, C, Case, Expect, F, L, M, Mutation, P, Record, V, chain, set_
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F106CASES: list[Case] = []

CATEGORIES = (
    "headings",
    "bracket",
    "shared",
    "drug-subject",
    "absent-role",
    "partner",
    "dose-span",
    "baby-review",
    "disguise",
)

HD, BR, SH, DS, AR, PT, DO, BY, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F106CASES.append(Case(f"f106-{name}", category, expect, base, mutate, why))


Setter = Callable[[str], Mutation]


def _at(path: str) -> Setter:
    def setter(text: str) -> Mutation:
        return set_(path, text)

    return setter


def _joint(text: str) -> Mutation:
    def mutate(doc: Record) -> None:
        sert = next(a for a in doc["assessments"] if a["id"] == "asm-sertraline")
        doc["assessments"] = [a for a in doc["assessments"] if a["id"] != "asm-sertraline"]
        for a in doc["assessments"]:
            if a["id"] == "asm-methadone":
                a["medicine_ids"] = ["med-methadone", "med-sertraline"]
                a["conclusion"] = text
                a["impact_on_baby"]["summary"] += " " + sert["impact_on_baby"]["summary"]
                a["recommendations"] += " " + sert["recommendations"]

    return mutate


SETTERS: dict[str, tuple[str, Setter]] = {
    "meth": (M, _at("assessments#asm-methadone.conclusion")),
    "sert": (M, _at("assessments#asm-sertraline.conclusion")),
    "mo": (M, _at("overall_conclusion.text")),
    "ms": (M, _joint),
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


def zwsp(text: str) -> str:
    return inside_words(text, "\u200b", every=3)


def shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=4)


def bidi(text: str) -> str:
    return " ".join(f"\u2066{word}\u2069" for word in text.split(" "))


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


def pair(
    name: str, category: str, expect: Expect, meth: str, sert: str, why: str, disguise: Disguise | None = None
) -> None:
    """Both of the methadone and sertraline record's assessment conclusions replaced."""
    mutate = chain(
        set_("assessments#asm-methadone.conclusion", meth), set_("assessments#asm-sertraline.conclusion", sert)
    )
    add(name, category, expect, M, mutate, why)
    if disguise is not None:
        dmut = chain(
            set_("assessments#asm-methadone.conclusion", disguise(meth)),
            set_("assessments#asm-sertraline.conclusion", disguise(sert)),
        )
        add(f"dg-{name}", DG, expect, M, dmut, f"{why} [disguised: {disguise.__name__}]")


# ============================================================================================================
# headings: joint conclusions parted by medicine headings. Each concern under its own medicine passes; a concern
# only under the heading of a medicine that does not raise it is refused.

ok(
    "hd-ms-each-under-own",
    HD,
    "ms",
    "Methadone: 60 mg daily continues under the drug service and she must not cut it down herself. The baby "
    "needs NAS observation on the postnatal ward for at least 72 h and the HV looks for late signs to day 8. "
    "Methadone makes her drowsy for a few hours after each dose, so no co-sleeping; the HV and social worker "
    "see the cot before discharge. Breastfeeding is encouraged on a stable dose.\n"
    "Sertraline: 100 mg continues, as relapse of her depression is the bigger risk. The maternity team watch "
    "for adaptation signs (jittery, fast breathing, poor feeding) in the first 48 h; GP mood review at 6 "
    "weeks. Compatible with breastfeeding.",
    "each medicine's concerns sit under its own heading",
    cyr,
)
bad(
    "hd-ms-sedation-under-sertraline",
    HD,
    "ms",
    "Methadone: 60 mg daily continues under the drug service. The baby needs NAS observation on the postnatal "
    "ward for at least 72 h and the HV looks for late signs to day 8. Breastfeeding is encouraged.\n"
    "Sertraline: 100 mg continues; sertraline makes her drowsy at night, so no co-sleeping and the HV checks "
    "the cot. The maternity team watch for adaptation signs in the first 48 h.",
    "methadone's sedation is never named; the safe-sleep answer is pinned on sertraline",
)
ok(
    "hd-ms-both-heading",
    HD,
    "ms",
    "Methadone: stays at 60 mg daily, supervised by the drug service; NAS obs on the postnatal ward for 72 h "
    "minimum, HV watching for late signs to day 8.\n"
    "Sertraline: stays at 100 mg daily; maternity team aware of the small PPHN risk and will watch for "
    "adaptation symptoms.\n"
    "Both: compatible with breastfeeding, which she plans. Methadone sedation means the baby sleeps in his own "
    "cot, never in her bed or on the sofa; the social worker and HV see the cot before discharge.",
    "a 'Both:' heading answers safe sleep and feeding for the pair, naming methadone's sedation",
    zwsp,
)
ok(
    "hd-ms-safe-sleep-both",
    HD,
    "ms",
    "Methadone 60 mg od - continue; drug service supervise; ward NAS scoring >=72 h, HV late signs to day 8.\n"
    "Sertraline 100 mg od - continue; midwife watches for adaptation signs alongside the NAS scoring.\n"
    "Safe sleep (both): she is drowsy after her methadone, so the baby sleeps in the cot in their room and "
    "never on the settee with her; the HV checks the cot at the first visit.\n"
    "Feeding (both): breastfeeding encouraged; both medicines are compatible.",
    "joint topic headings for safe sleep and feeding",
)
ok(
    "hd-ms-opioid-class-heading",
    HD,
    "ms",
    "Methadone and sertraline, assessed together.\n"
    "Opioid: methadone continues at 60 mg daily with supervised consumption. Expect neonatal withdrawal: the "
    "ward midwives score the baby for at least 72 h and the HV looks for late signs to day 8. The opioid makes "
    "her sleepy after each dose, so no bed or sofa sharing; the cot is seen before discharge.\n"
    "SSRI: sertraline continues at 100 mg; the paediatric team are aware at delivery and watch for adaptation "
    "signs.\n"
    "Breastfeeding is encouraged on both.",
    "class headings ('Opioid:', 'SSRI:') over bodies that name their medicine",
)
ok(
    "hd-ms-brand-heading",
    HD,
    "ms",
    "Methadone: 60 mg daily, unchanged; the baby will need NAS observation on the ward for 72 h and HV checks "
    "for late signs to day 8; methadone sedation means no co-sleeping and the cot is seen at the home visit; "
    "breastfeeding is encouraged.\n"
    "Lustral (sertraline): 100 mg daily, unchanged; small risk of PPHN and of jitteriness in the first days, "
    "so the maternity team observe; compatible with breastfeeding.",
    "a brand heading for sertraline",
)
ok(
    "hd-ms-baby-heading",
    HD,
    "ms",
    "Methadone: continue 60 mg daily; sedating for 2-4 h after the dose.\n"
    "Sertraline: continue 100 mg daily; relapse risk if stopped.\n"
    "Baby: NAS obs on the postnatal ward for at least 72 h, HV looking for late signs to day 8; maternity team "
    "watch for SSRI adaptation signs too. No co-sleeping because of the methadone sedation; social worker and "
    "HV to see the cot before discharge. Breastfeeding encouraged.",
    "a 'Baby:' heading answers what both medicines raise",
    shy,
)
ok(
    "hd-mo-overall-headings",
    HD,
    "mo",
    "Methadone: continues at 60 mg. Neonatal withdrawal observation on the postnatal ward; breastfeeding "
    "supported; no co-sleeping because of methadone sedation.\n"
    "Sertraline: continues at 100 mg; maternity team watch for adaptation signs after birth.\n"
    "Who: the social worker and health visitor see the sleeping arrangements before discharge.",
    "an overall conclusion parted by medicine headings",
)
ok(
    "hd-dzp-headings-and-both",
    HD,
    "dzp",
    "Diazepam: 5 mg tds continues; supervised taper from the 6-week review; not to be stopped suddenly.\n"
    "Pregabalin: 150 mg bd continues for now; also not to be stopped suddenly.\n"
    "Both: together they sedate her, so she must not co-sleep or feed lying down and another adult stays awake "
    "for the night feeds in the placement. The baby may show late withdrawal up to day 8; the foster carer and "
    "HV watch for tremor, poor feeding and high-pitched crying.",
    "two sedating medicines under their headings with a joint heading for the baby",
    greek,
)
ok(
    "hd-dzp-each-sedation-own",
    HD,
    "dzp",
    "Diazepam 5 mg three times daily: sedating, most in the hour after each dose; supervised reduction planned "
    "once settled.\n"
    "Pregabalin 150 mg twice daily: sedating too, and withdrawal in the baby is possible.\n"
    "For the baby: no sharing a bed, sofa or armchair with mum and no feeding lying down; the foster carer does "
    "night feeds. The HV and foster carer watch for late withdrawal to day 8.",
    "each medicine's sedation under its own line, the plan under the baby's",
)

# ============================================================================================================
# bracket: a bracket that decides for both passes; a bracketed medicine whose own part only points elsewhere is
# refused.

ok(
    "br-mo-continue-bracket",
    BR,
    "mo",
    "Continue methadone (and sertraline) at current doses, 60 mg and 100 mg daily. Neonatal withdrawal "
    "observation on the postnatal ward for at least 72 hours; breastfeeding supported. Methadone sedation means "
    "no co-sleeping; the social worker and HV will see the cot before discharge.",
    "the bracket decides for sertraline: continue at current dose",
    cyr,
)
bad(
    "br-mo-bracket-then-pointer",
    BR,
    "mo",
    "Continue methadone (and sertraline) at current doses. Neonatal withdrawal observation on the postnatal "
    "ward; breastfeeding supported; no co-sleeping because of methadone sedation, cot seen by the social worker "
    "before discharge. Sertraline: see the perinatal mental health letter.",
    "sertraline's own part only points elsewhere",
)
ok(
    "br-ms-bracket-plus-own-part",
    BR,
    "ms",
    "Methadone (and sertraline) continue unchanged at 60 mg and 100 mg. The baby needs NAS observation on the "
    "postnatal ward for 72 h and HV checks for late signs to day 8. Methadone makes her drowsy after each dose, "
    "so no co-sleeping and the cot is seen at the first home visit. Breastfeeding is encouraged. Sertraline "
    "also carries a small risk of PPHN, so the paediatric team are told at delivery.",
    "the bracket, then sertraline's own part, which is substantive",
)
bad(
    "br-ms-bracket-own-part-defers",
    BR,
    "ms",
    "Methadone (and sertraline) continue unchanged. The baby needs NAS observation on the postnatal ward for "
    "72 h and HV checks for late signs to day 8. Methadone makes her drowsy, so no co-sleeping; cot seen at the "
    "first home visit. Breastfeeding is encouraged. Sertraline: as per psychiatry.",
    "sertraline's own part is a pointer to psychiatry",
)
ok(
    "br-dzp-bracket",
    BR,
    "dzp",
    "Diazepam (and pregabalin) continue at current doses for now, with a supervised diazepam taper from 6 "
    "weeks. Together they make Kayleigh drowsy: no co-sleeping, no feeding lying down, and the foster carer "
    "does the night feeds. Late withdrawal possible until day 8 - the HV and foster carer watch for it.",
    "a bracket in a joint conclusion",
    zwsp,
)
bad(
    "br-dzp-bracket-pregabalin-pointer",
    BR,
    "dzp",
    "Diazepam (and pregabalin) continue at current doses, with a supervised diazepam taper from 6 weeks. No "
    "co-sleeping and no feeding lying down; the foster carer does the night feeds; late withdrawal possible "
    "until day 8. Pregabalin - see the pain clinic letter.",
    "pregabalin's own part defers to another letter",
)
ok(
    "br-fo-bracket-overall",
    BR,
    "fo",
    "Diazepam (and pregabalin) continue for now. Sedation is the main risk to the baby: no bed, sofa or armchair "
    "sharing, no feeding lying down, and the foster carer does night feeds. Late withdrawal signs possible until "
    "day 8; the health visitor and social worker hold this plan with the foster carer.",
    "an overall conclusion whose bracket decides",
)
ok(
    "br-mo-bracket-and-own-dose",
    BR,
    "mo",
    "Methadone (and sertraline) unchanged: methadone 60 mg, sertraline 100 mg, both compatible with "
    "breastfeeding. NAS observation on the postnatal ward; sertraline adaptation signs watched at the same "
    "time. No co-sleeping because methadone sedates her; social worker and HV see the cot before discharge.",
    "the bracket, then a part naming both with their doses",
    fw,
)

# ============================================================================================================
# shared: two conclusions sharing standard sentences, each with its own plan, pass; a paste with a sentence
# trimmed or words swapped for synonyms is refused.

SAFE = (
    "Safe sleep advice given: the baby sleeps on his back in his own cot in the parents' room, never on a sofa "
    "or in the parents' bed. The health visitor visits at home within 14 days of discharge."
)
pair(
    "sh-standard-sentences-own-plans",
    SH,
    PASS,
    "Methadone 60 mg daily continues under the drug service; the baby needs NAS observation on the postnatal "
    "ward for at least 72 h and the HV checks for late signs to day 8. Methadone makes her drowsy after each "
    "dose. " + SAFE + " Breastfeeding is encouraged.",
    "Sertraline 100 mg continues, as relapse is the bigger risk; the maternity team watch for jitteriness, "
    "fast breathing and poor feeding in the first 48 h, and the GP reviews her mood at 6 weeks. " + SAFE,
    "the same safe-sleep and visit sentences word for word, each beside its own medicine's plan",
    cyr,
)
pair(
    "sh-standard-visit-sentence-only",
    SH,
    PASS,
    "Methadone stays at 60 mg; ward NAS obs for 72 h, HV late signs to day 8; no co-sleeping as it sedates her; "
    "breastfeeding encouraged. The health visitor visits at home within 14 days of discharge.",
    "Sertraline stays at 100 mg; maternity team alert to PPHN and adaptation signs; compatible with "
    "breastfeeding. The health visitor visits at home within 14 days of discharge.",
    "one shared home-visit sentence",
)
METH_PLAN = (
    "Methadone 60 mg daily continues until delivery and is not to be reduced without the drug service. "
    "The baby is likely to withdraw, so NAS observation on the ward for at least 72 hours. "
    "She is drowsy after her dose, so no co-sleeping and the cot is checked at the home visit. "
    "Breastfeeding is encouraged on a stable dose."
)
pair(
    "sh-pasted-and-trimmed",
    SH,
    REFUSE,
    METH_PLAN,
    "Sertraline 100 mg daily continues until delivery and is not to be reduced without the drug service. "
    "The baby is likely to withdraw, so NAS observation on the ward for at least 72 hours. "
    "Breastfeeding is encouraged on a stable dose.",
    "methadone's conclusion pasted under sertraline with one sentence taken out",
)
pair(
    "sh-pasted-with-synonyms",
    SH,
    REFUSE,
    METH_PLAN,
    "Sertraline 100 mg daily continues till delivery and is not to be reduced without the drug service. "
    "The baby is likely to withdraw, so NAS observation in hospital for at least 72 hours. "
    "She is drowsy after her dose, so no co-sleeping and the cot is checked at the home visit. "
    "Breastfeeding is encouraged on a stable dose.",
    "the same text with till/until and hospital/ward swapped",
    zwsp,
)
pair(
    "sh-pasted-settee-unaltered",
    SH,
    REFUSE,
    "Methadone continues unchanged at 60 mg. She must never fall asleep with the baby on the sofa or in bed "
    "after her dose. Ward NAS scoring for 72 hours, then the HV watches for late signs to day 8. Breastfeeding "
    "is encouraged.",
    "Sertraline continues unaltered at 100 mg. She must never fall asleep with the baby on the settee or in bed "
    "after her dose. Ward NAS scoring for 72 hours, then the HV watches for late signs to day 8.",
    "settee/sofa, unaltered/unchanged, one sentence dropped",
)
pair(
    "sh-same-frame-different-content",
    SH,
    PASS,
    "Decision: methadone continues at 60 mg daily. Baby: NAS scoring on the ward for 72 h, HV late signs to "
    "day 8. Sleep: no co-sleeping, she is drowsy after the dose; cot seen before discharge. Feeding: "
    "breastfeeding encouraged.",
    "Decision: sertraline continues at 100 mg daily. Baby: small PPHN risk, paediatric team told at delivery; "
    "midwife watches for jitteriness and poor feeding. Mum: GP mood review at 6 weeks. Feeding: compatible with "
    "breastfeeding.",
    "the same headings and frame, different content under each",
)
pair(
    "sh-shared-sleep-paragraph-plus-own",
    SH,
    PASS,
    "Methadone 60 mg continues. Expect withdrawal: ward NAS scoring for 72 h, HV late signs to day 8; "
    "breastfeeding helps and is encouraged. Sleep: back to sleep, own cot, smoke-free room, never on a sofa.",
    "Sertraline 100 mg continues for her depression, which relapsed when she stopped in 2023; midwife to watch "
    "for adaptation signs in the first 2 days. Sleep: back to sleep, own cot, smoke-free room, never on a sofa.",
    "a shared safe-sleep line beside two different plans",
    shy,
)

# ============================================================================================================
# drug-subject: a medicine as the subject of what a medicine does passes; a medicine doing a person's act is
# refused.

ok(
    "ds-morphine-settles-withdrawal",
    DS,
    "meth",
    "Methadone 60 mg daily continues. The ward midwives score the baby for NAS 4-hourly for at least 72 h; oral "
    "morphine will settle the baby's withdrawal, started by the neonatal team if scores stay high. Methadone "
    "makes her drowsy, so no co-sleeping, and the HV checks the cot at the first visit. Breastfeeding is "
    "encouraged.",
    "a treatment for the baby as a subject of what it does, started by the neonatal team",
    greek,
)
bad(
    "ds-methadone-will-monitor",
    DS,
    "meth",
    "Methadone 60 mg daily continues. Methadone will monitor the baby for withdrawal after birth and will make "
    "sure he sleeps safely in his cot.",
    "a medicine watches the baby and checks his sleep; no person holds either",
    zwsp,
)
ok(
    "ds-sertraline-drowsy-hv-checks",
    DS,
    "sert",
    "Sertraline 100 mg continues: relapse is the bigger risk. Sertraline may make him drowsy and slow to feed "
    "in the first days, so the midwife and then the HV check his feeding and alertness at each visit to day "
    "10. Compatible with breastfeeding.",
    "a medicine's effect as subject; the midwife and HV act",
)
bad(
    "ds-sertraline-checks-feeding",
    DS,
    "sert",
    "Sertraline 100 mg continues. Sertraline will check his feeding and alertness in the first days and will "
    "tell the midwife if anything is wrong.",
    "the medicine checks and reports",
)
ok(
    "ds-methadone-crosses-placenta",
    DS,
    "meth",
    "Methadone crosses the placenta, so the baby will be born dependent on it: the ward midwives will score him "
    "for withdrawal for at least 72 h and the HV for late signs to day 8. Methadone 60 mg continues. It will "
    "make her sleepy after each dose, so the baby sleeps in his own cot, seen at the home visit. Breastfeeding "
    "is encouraged.",
    "'methadone crosses', 'it will make her sleepy': medicine subjects of medicine verbs",
    cyr,
)
bad(
    "ds-pregabalin-watches-nights",
    DS,
    "dzp",
    "Diazepam and pregabalin continue, with a diazepam taper from 6 weeks. Pregabalin will do the night feeds "
    "and diazepam will keep the baby off the sofa; both will look for late withdrawal until day 8.",
    "medicines feed the baby and keep watch",
)
ok(
    "ds-dzp-medicines-sedate-carer-acts",
    DS,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd will both make her drowsy, worst at night, and both may cause "
    "late withdrawal in the baby until day 8. So: the foster carer does every night feed, the baby never sleeps "
    "with mum on a bed or sofa, and the HV watches for tremor and poor feeding. Diazepam taper from 6 weeks.",
    "medicines as subjects of 'make drowsy' and 'cause withdrawal'",
)
ok(
    "ds-quetiapine-knocks-him-out",
    DS,
    "quet",
    "Quetiapine 300 mg at 10 pm knocks Daniel out for most of the night, so he must not do night feeds or fall "
    "asleep with the baby on the sofa or in bed; Chloe does the nights and the baby sleeps in the crib on her "
    "side. The HV rechecks at each visit.",
    "the partner's medicine as the subject of its effect",
    bidi,
)
bad(
    "ds-quetiapine-will-supervise",
    DS,
    "quet",
    "Father's quetiapine 300 mg at night. Quetiapine will make sure the baby sleeps in its crib and will keep "
    "the night feeds safe.",
    "the medicine ensures safe sleep; no person named",
)
ok(
    "ds-lithium-passes-into-milk",
    DS,
    "lith",
    "Lithium 800 mg at night continues, levels monthly, weekly from 36/40 and within 24 h of delivery. Lithium "
    "passes into breast milk and can build up in the baby, so she will bottle feed. The paediatrician will "
    "review the baby after birth for tone, feeding and thyroid problems.",
    "medicine verbs ('passes', 'build up') with people acting",
)

# ============================================================================================================
# absent-role: a role said to be absent with a plan for the gap, or re-engaged, passes; the plan given to the
# absent role is refused.

ok(
    "ar-no-hv-midwife-until",
    AR,
    "quet",
    "Dad's quetiapine 300 mg at night leaves him too sedated to wake for the baby, so mum does every night feed "
    "and he never sleeps with the baby on a bed or sofa. No HV allocated yet, so the community midwife "
    "continues home visits and checks the crib until one is.",
    "the gap is named and covered by the midwife",
    zwsp,
)
bad(
    "ar-no-hv-hv-checks",
    AR,
    "quet",
    "Dad's quetiapine 300 mg at night sedates him heavily. No health visitor has been "
    "allocated to the family; the health visitor will check the sleeping arrangements at each visit.",
    "the check is given to a health visitor the text says does not exist",
)
ok(
    "ar-declined-then-reengaged",
    AR,
    "meth",
    "She previously declined the drug service but has re-engaged since January; her key worker supervises "
    "methadone 60 mg daily and must agree any change. Baby: NAS obs on the postnatal ward for at least 72 h, HV "
    "late signs to day 8. Methadone sedation means no co-sleeping; cot seen at the home visit. Breastfeeding "
    "encouraged.",
    "declined in the past, re-engaged now; the key worker acts",
    cyr,
)
bad(
    "ar-declined-hv-holds-all",
    AR,
    "meth",
    "Methadone 60 mg daily continues. She has declined health visiting. The health visitor will look for "
    "withdrawal signs until day 8 and will check that the baby has his own cot.",
    "the only withdrawal and safe-sleep watcher is the service she declined",
)
ok(
    "ar-perinatal-not-antenatally-day3",
    AR,
    "lith",
    "Lithium 800 mg continues with levels monthly, weekly from 36/40 and within 24 h of birth. The perinatal "
    "team are not involved antenatally but will see her on day 3 after birth, when relapse risk peaks. The "
    "paediatrician reviews the baby before discharge for tone, feeding and thyroid; she will bottle feed as "
    "lithium enters breast milk.",
    "a time-limited absence with the team's act after it",
)
bad(
    "ar-perinatal-closed-holds-levels",
    AR,
    "lith",
    "Lithium 800 mg continues. The perinatal team have closed her case and are not involved. The perinatal team "
    "will arrange the lithium levels and the baby's paediatric review after birth.",
    "levels and the baby's review given to a team the text says is not involved",
)
ok(
    "ar-sw-not-allocated-gp-refers",
    AR,
    "dzp",
    "Diazepam and pregabalin both sedate her: no co-sleeping, no feeding lying down, the foster carer does all "
    "night feeds. Late withdrawal possible to day 8, HV and foster carer watching. The new social worker is not "
    "yet allocated; until then the team manager holds the case and the GP will start the diazepam taper at 6 "
    "weeks.",
    "a role not yet allocated, with who covers in the meantime",
)
ok(
    "ar-partner-gp-declined-mum-acts",
    AR,
    "quet",
    "Daniel declined a review of his quetiapine, which still sedates him heavily after his 10 pm dose. So Chloe "
    "does all night feeds, he does not share a bed or sofa with the baby, and the HV will recheck the crib at "
    "every visit to 8 weeks.",
    "he declined a review; others hold the plan",
)
bad(
    "ar-withdrawn-midwife-sole-watcher",
    AR,
    "sert",
    "Sertraline 100 mg continues. The community midwife has withdrawn from her care; the community midwife will "
    "watch for adaptation signs in the first 48 hours.",
    "the only watcher has withdrawn",
)

# ============================================================================================================
# partner: his sedation named and mum doing the nights passes; his sedation put on her is refused.

ok(
    "pt-his-sedation-mum-nights",
    PT,
    "quet",
    "Daniel takes quetiapine 300 mg at 10 pm and is heavily sedated until morning, so he must not share a bed, "
    "sofa or armchair with the baby and does no night feeds; Chloe does the nights and the baby sleeps in the "
    "next-to-me crib by her. HV to recheck at the 6-8 week visit.",
    "the partner's own sedation named, the mother doing nights",
    greek,
)
bad(
    "pt-her-evening-dose",
    PT,
    "quet",
    "Her evening quetiapine dose makes her very drowsy, so night feeds are handed to dad and the baby sleeps in "
    "the crib; the HV will recheck at 6 weeks.",
    "the partner's sedation is put on the mother; his risk at night is never addressed",
)
ok(
    "pt-his-dose-spare-room",
    PT,
    "quet",
    "After his evening dose of quetiapine (300 mg) he is hard to rouse, so he sleeps in the spare room for now "
    "and never dozes with the baby on the settee; mum does all overnight care. The HV checked the crib at the "
    "new birth visit and will look again at 6 weeks.",
    "his dose, his sedation, his sleeping place",
)
ok(
    "pt-partner-letter-style",
    PT,
    "quet",
    "Dear colleague, I have reviewed Mr Evans's quetiapine 300 mg at night for the baby's safety. It sedates "
    "him for several hours, so he will not be left in sole charge overnight or share a bed or sofa with the "
    "baby, and Ms Hughes does the night feeds. The HV will keep checking this at each visit.",
    "a letter naming the partner and his sedation",
)
bad(
    "pt-mum-sedated-dad-does-nights",
    PT,
    "quet",
    "Quetiapine 300 mg at night: mum is too sleepy after it to wake, so dad takes the night feeds and the baby "
    "is in its own crib. HV to keep checking.",
    "the father's medicine read as the mother's; he is handed the nights while sedated",
)
ok(
    "pt-po-overall-his-sedation",
    PT,
    "po",
    "Chloe's paracetamol raises no concern. Daniel's quetiapine makes him heavily sedated after his 10 pm dose, "
    "so Chloe does all night feeds and he never shares a bed, sofa or armchair with the baby; the crib is seen "
    "and safe, and the HV will keep checking.",
    "an overall conclusion with his sedation and her nights",
    cyr,
)
bad(
    "pt-po-overall-her-sedation",
    PT,
    "po",
    "Paracetamol raises no concern. Quetiapine at night makes her drowsy, so dad will do the night feeds and "
    "the HV will keep checking the crib.",
    "the sedating medicine is put on the mother and the sedated father does nights",
)

# ============================================================================================================
# dose-span: a dose beside a span or a ceiling passes; a restated dose the medicine line contradicts is refused.

ok(
    "do-sert-100-next-3-months",
    DO,
    "sert",
    "Sertraline 100 mg continues over the next 3 months at least, because stopping before caused a relapse. The "
    "maternity team will watch for adaptation signs (jittery, poor feeding, fast breathing) in the first 48 h. "
    "Compatible with breastfeeding.",
    "the listed dose beside a span of time",
    shy,
)
bad(
    "do-sert-200-next-3-months",
    DO,
    "sert",
    "Sertraline 200 mg continues over the next 3 months, because stopping before caused a relapse. The "
    "maternity team will watch for adaptation signs in the first 48 h. Compatible with breastfeeding.",
    "the conclusion restates 200 mg where the medicine line says 100 mg",
)
ok(
    "do-lith-800-under-1000",
    DO,
    "lith",
    "Lithium 800 mg at night continues, kept under 1000 mg a day by the perinatal psychiatrist; levels monthly, "
    "weekly from 36/40 and within 24 h of delivery. The paediatrician reviews the baby after birth (tone, "
    "feeding, thyroid); bottle feeding, as lithium passes into breast milk.",
    "the listed dose with a ceiling above it",
)
bad(
    "do-lith-1200-under-1000",
    DO,
    "lith",
    "Lithium 1200 mg at night continues, kept under 1000 mg a day; levels monthly, weekly from 36/40 and within "
    "24 h of delivery. Paediatric review of the baby after birth; bottle feeding.",
    "1200 mg contradicts both the line (800 mg) and its own ceiling",
)
ok(
    "do-meth-60-next-3-months",
    DO,
    "meth",
    "Methadone stays at 60 mg daily over the next 3 months unless the drug service and obstetrician agree a "
    "split dose for third-trimester cravings. NAS obs on the ward for 72 h, HV late signs to day 8; no "
    "co-sleeping as it sedates her; breastfeeding encouraged.",
    "the listed dose over a span",
)
bad(
    "do-meth-90-next-3-months",
    DO,
    "meth",
    "Methadone stays at 90 mg daily over the next 3 months. NAS obs on the ward for 72 h, HV late signs to day "
    "8; no co-sleeping as it sedates her; breastfeeding encouraged.",
    "90 mg restated; the line says 60 mg",
)
ok(
    "do-dzp-two-weeks-then-taper",
    DO,
    "dzp",
    "Diazepam 5 mg tds continues for no more than two weeks, then a supervised taper by 2 mg a week; pregabalin "
    "150 mg bd unchanged. Both sedate her: no co-sleeping, no feeding lying down, foster carer does the nights. "
    "Late withdrawal possible to day 8; HV watching.",
    "listed doses beside a time limit and a taper step",
)
ok(
    "do-cit-20-up-to-2-weeks-after",
    DO,
    "cit",
    "Citalopram 20 mg daily continues through pregnancy and for at least 6 months after the birth, as relapse is "
    "the bigger risk. The midwife watches for jitteriness and poor feeding up to 2 weeks after the birth; "
    "breastfeeding is supported.",
    "spans after the birth beside the listed dose",
    fw,
)
bad(
    "do-cit-40-over-next-months",
    DO,
    "cit",
    "Citalopram 40 mg daily continues over the next 6 months, as relapse is the bigger risk. The midwife watches "
    "for jitteriness and poor feeding after the birth; breastfeeding is supported.",
    "40 mg restated; the line says 20 mg",
)
ok(
    "do-lo-overall-ceiling",
    DO,
    "lo",
    "Continue lithium (Priadel) 800 mg at night, not above 1000 mg a day without the psychiatrist, with levels "
    "monthly, weekly from 36 weeks and within 24 hours of birth. Paediatric review of the baby after birth. "
    "Bottle feeding. Perinatal mental health team review within a week of birth.",
    "an overall conclusion with a ceiling",
)

# ============================================================================================================
# baby-review: the baby reviewed by the paediatrician, bottle fed, not breastfed passes; feeding left "to be
# reviewed" with nothing deciding it is refused.

ok(
    "by-lith-reviewed-by-paed-bottle",
    BY,
    "lith",
    "Lithium 800 mg continues: relapse after birth is the greater risk. Levels monthly, weekly from 36/40 and "
    "within 24 h of birth. The baby is to be reviewed by the paediatrician after birth for tone, feeding and "
    "thyroid function. The baby will be bottle fed.",
    "an examination of the baby and a feeding decision",
    cyr,
)
ok(
    "by-lith-will-not-be-breastfed",
    BY,
    "lith",
    "Lithium 800 mg continues with levels monthly, weekly from 36/40 and within 24 h of delivery. The baby will "
    "not be breastfed, as lithium passes into milk; paediatric review of the baby on the postnatal ward before "
    "discharge.",
    "'will not be breastfed' decides the feeding",
)
ok(
    "by-lith-feeding-reviewed-but-decided",
    BY,
    "lith",
    "Lithium 800 mg continues with levels monthly, weekly from 36/40 and within 24 h of delivery. She will "
    "bottle feed because lithium passes into breast milk; the baby's feeding is to be reviewed by the midwife on "
    "day 5 and the paediatrician reviews him before discharge.",
    "a feeding review beside a feeding decision",
    zwsp,
)
ok(
    "by-meth-reviewed-by-registrar",
    BY,
    "meth",
    "Methadone 60 mg daily continues. The baby is to be reviewed by the neonatal registrar on day 1 and scored "
    "for NAS on the postnatal ward for at least 72 h; HV late signs to day 8. She will breastfeed, which is "
    "encouraged on a stable dose. No co-sleeping as methadone sedates her; cot seen at the home visit.",
    "'is to be reviewed by' the registrar is an examination",
    greek,
)
ok(
    "by-lo-overall-bottle-fed",
    BY,
    "lo",
    "Continue lithium (Priadel) 800 mg at night, levels monthly, weekly from 36 weeks and within 24 hours of "
    "birth. The baby is to be reviewed by the paediatrician after birth and will be bottle fed. Perinatal "
    "mental health team to see her within a week of birth.",
    "overall: the paediatrician's review and bottle feeding",
)
ok(
    "by-valp-paed-review-bf-decided",
    BY,
    "valp",
    "Sodium valproate must not be stopped suddenly: a seizure would endanger her and the baby. The baby has "
    "had first-trimester exposure, so an urgent neurology review and a fetal medicine scan were requested "
    "today; the baby is to be reviewed by the paediatrician after birth. Folic acid 5 mg started.",
    "a valproate plan with the baby's review after birth",
)
ok(
    "by-dzp-reviewed-bottle",
    BY,
    "dzp",
    "Diazepam and pregabalin continue; taper of diazepam from 6 weeks. The baby is to be reviewed by the "
    "paediatrician before discharge and will be bottle fed by the foster carer, who also does every night feed "
    "because both medicines sedate mum; no co-sleeping. Late withdrawal possible until day 8, HV watching.",
    "a review of the baby and a bottle-feeding decision in the placement",
)
ok(
    "by-meth-soap",
    BY,
    "meth",
    "S: wants to breastfeed; stable on methadone.\nO: 29/40, 60 mg daily supervised, no on-top use.\n"
    "A: baby likely to need NAS observation; methadone sedates her for 2-4 h after the dose.\n"
    "P: continue methadone 60 mg; baby to be reviewed by the paediatrician at birth and NAS scored on the ward "
    "for 72 h, HV late signs to day 8; breastfeeding encouraged; no co-sleeping, cot seen at home visit.",
    "a SOAP note whose plan includes the baby's review",
    bidi,
)


# ------------------------------------------------------------------------------------------------------------
# More of each shape, both ways.

bad(
    "by-valp-only-postnatal-review",
    BY,
    "valp",
    "Sodium valproate 500 mg bd continues for now. The baby is to be reviewed by the paediatrician after birth.",
    "first-trimester valproate exposure with no plan for the unborn baby; a review after birth is months away",
    fw,
)
bad(
    "by-quet-reviewed-and-bottle-only",
    BY,
    "quet",
    "Dad's quetiapine 300 mg at night. The baby is to be reviewed by the paediatrician at 6 weeks and will be "
    "bottle fed.",
    "the father's sedation and the baby's sleep never addressed; a review and a feeding method instead",
)
ok(
    "by-cit-paed-if-jittery",
    BY,
    "cit",
    "Citalopram 20 mg continues: relapse is the bigger risk. The midwife watches for jitteriness, fast "
    "breathing and poor feeding for 48 h and the baby is to be reviewed by the paediatrician if any appear. "
    "Breastfeeding is supported.",
    "a conditional paediatric review beside the midwife's watch",
)
ok(
    "hd-fo-overall-headings",
    HD,
    "fo",
    "Diazepam: continues at 5 mg tds, supervised taper planned.\n"
    "Pregabalin: continues at 150 mg bd.\n"
    "Night care (both): both sedate her, so no bed, sofa or armchair sharing and no feeding lying down; the "
    "foster carer does night feeds. Late withdrawal signs possible until day 8. The foster carer, HV and social "
    "worker all hold this plan.",
    "an overall conclusion with a joint night-care heading",
    cyr,
)
ok(
    "hd-mo-dash-headings",
    HD,
    "mo",
    "- Methadone - unchanged at 60 mg; ward NAS observation; breastfeeding supported; no co-sleeping as it "
    "sedates her.\n"
    "- Sertraline - unchanged at 100 mg; adaptation signs watched with the NAS observation.\n"
    "- Social worker and HV see the sleeping arrangements before discharge.",
    "an overall conclusion in dashed bullets",
)
bad(
    "hd-mo-sleep-under-sertraline",
    HD,
    "mo",
    "Methadone: unchanged at 60 mg; ward NAS observation; breastfeeding supported.\n"
    "Sertraline: unchanged at 100 mg; sertraline makes her drowsy, so no co-sleeping; the social worker and HV "
    "see the sleeping arrangements before discharge.",
    "the overall conclusion pins the sedation and safe sleep on sertraline",
)
ok(
    "sh-letter-style-shared-closing",
    SH,
    "meth",
    "Dear colleagues, methadone 60 mg daily continues with supervised consumption. Please expect neonatal "
    "withdrawal: NAS scoring on the ward for at least 72 h, then the HV watches for late signs to day 8. She is "
    "sleepy after her dose, so the baby must have his own cot. Breastfeeding is encouraged. Any change will be "
    "shared with maternity and the HV the same week.",
    "a letter with a standard closing sentence",
)
ok(
    "ds-dose-keeps-her-stable-midwife-monitors",
    DS,
    "meth",
    "The methadone dose (60 mg daily) keeps her stable and is continued, and the ward midwife will monitor the "
    "baby for NAS for at least 72 h; the HV for late signs to day 8. Methadone sedates her for a few hours, so "
    "no co-sleeping. Breastfeeding is encouraged.",
    "a medicine keeps her stable; the midwife monitors",
    shy,
)
ok(
    "ar-hv-takes-over-once-allocated",
    AR,
    "quet",
    "His quetiapine (300 mg nocte) sedates him heavily overnight, so he does no night feeds and never sleeps "
    "with the baby on a sofa or bed; she does the nights. No HV yet: the community midwife visits to day 28 and "
    "checks the crib, and the HV takes over once allocated.",
    "a plan for the gap until a role is allocated",
    greek,
)
ok(
    "ar-sw-not-involved-antenatally",
    AR,
    "meth",
    "Methadone 60 mg continues. Children's services are not involved antenatally but the social worker will "
    "see the cot at the pre-discharge meeting. Ward NAS scoring for 72 h; HV late signs to day 8; no "
    "co-sleeping as methadone sedates her; breastfeeding encouraged.",
    "a role absent for a time, acting after it",
)
bad(
    "ar-no-midwife-midwife-watches",
    AR,
    "cit",
    "Citalopram 20 mg continues. She has no community midwife at present; the community midwife will watch the "
    "baby for adaptation signs after the birth.",
    "the only watcher is a midwife she does not have",
    cyr,
)
ok(
    "pt-bullets-his-sedation",
    PT,
    "quet",
    "Partner's quetiapine 300 mg at night:\n"
    "* he is deeply sedated for hours after it - no sole overnight care, no sofa or bed with the baby\n"
    "* mum does all night feeds; crib beside her bed\n"
    "* HV to recheck sleeping arrangements at each contact until 8 weeks",
    "bullets with his sedation and her nights",
    zwsp,
)
ok(
    "do-meth-split-30-30",
    DO,
    "meth",
    "Methadone 60 mg daily continues; if third-trimester cravings come back the drug service may split it as "
    "30 mg morning and 30 mg evening. NAS scoring on the ward for at least 72 h, HV for late signs to day 8; no "
    "co-sleeping after her dose; breastfeeding encouraged.",
    "a split of the same daily dose",
)
ok(
    "do-prega-150-for-more-than-two-weeks",
    DO,
    "fo",
    "Diazepam 5 mg tds and pregabalin 150 mg bd have been taken for more than two weeks and continue for now. "
    "Both sedate her: no bed, sofa or armchair sharing, no feeding lying down, the foster carer does night "
    "feeds. Late withdrawal possible until day 8; the foster carer, HV and social worker hold this plan.",
    "listed doses beside a span",
    cyr,
)
bad(
    "do-prega-300-bd",
    DO,
    "fo",
    "Diazepam 5 mg tds and pregabalin 300 mg bd continue for now. Both sedate her: no bed, sofa or armchair "
    "sharing, no feeding lying down, the foster carer does night feeds. Late withdrawal possible until day 8.",
    "pregabalin 300 mg bd restated; the line says 150 mg bd",
    zwsp,
)
ok(
    "br-ms-bracket-respectively",
    BR,
    "ms",
    "Continue methadone 60 mg (and sertraline 100 mg) unchanged. The baby needs ward NAS scoring for 72 h and "
    "HV checks for late signs to day 8; the maternity team watch for SSRI adaptation at the same time. "
    "Methadone sedates her after each dose, so no co-sleeping; cot seen before discharge. Breastfeeding "
    "encouraged.",
    "a bracket carrying its own dose",
)


def counts() -> dict[tuple[str, str], int]:
    found = Counter((c.category, c.expect) for c in F106CASES)
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
