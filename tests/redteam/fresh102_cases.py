"""A hundred-and-second independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt,
thirty-fifth round, against the readings landed in the last hour (CHANGELOG, Unreleased, "### Fixed").

Written from the issue, docs/rules.md, README.md and the examples, not from the gate's code or its word lists.
Most cases are complete clinical work that legitimately uses a shape the newest readings refuse (must pass);
each shape has a near-miss twin that is in fact hollow, contradictory or impossible (must refuse):

* ``recording``: recording verbs beside a real act ("documented in the notes and the paediatrician called");
* ``options``: "could" beside a choice made ("she could breastfeed, and we advise it");
* ``leaflet``: a letter to the mother with an exclamation beside a real plan;
* ``stops``: a stop told with its date on the medicines list; a change of dose told as a change;
* ``stage``: antenatal care reported after the birth, an earlier baby's care, the baby's first weeks told weeks
  later; against plans for a pregnancy that has ended and care after birth told as done before it;
* ``future-perfect``: a future perfect beside the plan that brings it about;
* ``guidance``: guidance quoted and applied to her, a clinician's report adopted;
* ``deferral``: one decision parked to a named time and person with the current plan stated;
* ``softened``: "should be considered" beside a decision;
* ``actors``: the on-call registrar; family helping beside the midwife or HV; the partner not sedated;
* ``doses``: split doses, doses changed, "she takes no other medicines";
* ``joint``: each medicine its own plan under its own heading; "Sertraline noted; continue 100 mg";
* ``safe-sleep``: advice held firm ("even if he feels alert");
* ``other-medicine``: a supplement's clause beside the assessed medicine's own plan;
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens,
  bidi isolates and full width; the verdict equals the plain one.

Medicines named here are real; no clinical code is invented (no medicine is added).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh102_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from tests.redteam.cases import PASS, REFUSE, C, Case, Expect, F, L, M, Mutation, P, V, chain, set_
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F102CASES: list[Case] = []

CATEGORIES = (
    "recording",
    "options",
    "leaflet",
    "stops",
    "stage",
    "future-perfect",
    "guidance",
    "deferral",
    "softened",
    "actors",
    "doses",
    "joint",
    "safe-sleep",
    "other-medicine",
    "disguise",
)

RC, OP, LF, SP, SG, FP, GD, DF, SO, AC, DS, JT, SS, OM, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F102CASES.append(Case(f"f102-{name}", category, expect, base, mutate, why))


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


def zwsp(text: str) -> str:
    return inside_words(text, "\u200b", every=3)


def shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=4)


def bidi(text: str) -> str:
    return " ".join(f"\u2066{word}\u2069" for word in text.split(" "))


def fw(text: str) -> str:
    return full_width(text)


Disguise = Callable[[str], str]


def case(
    name: str,
    category: str,
    expect: Expect,
    where: str,
    text: str,
    why: str,
    disguise: Disguise | None,
    extra: Mutation | None = None,
) -> None:
    base, setter = SETTERS[where]
    plain = setter(text) if extra is None else chain(extra, setter(text))
    add(name, category, expect, base, plain, why)
    if disguise is not None:
        hidden = setter(disguise(text)) if extra is None else chain(extra, setter(disguise(text)))
        add(f"dg-{name}", DG, expect, base, hidden, f"{why} [disguised: {disguise.__name__}]")


def ok(
    name: str,
    category: str,
    where: str,
    text: str,
    why: str,
    disguise: Disguise | None = None,
    extra: Mutation | None = None,
) -> None:
    case(name, category, PASS, where, text, why, disguise, extra)


def bad(
    name: str,
    category: str,
    where: str,
    text: str,
    why: str,
    disguise: Disguise | None = None,
    extra: Mutation | None = None,
) -> None:
    case(name, category, REFUSE, where, text, why, disguise, extra)


# ============================================================================================================
# recording: recording beside a real act passes; recording as the only act refuses.

ok(
    "rc-meth-documented-and-called",
    RC,
    "meth",
    "Methadone 60 mg once daily continues through pregnancy. Her opioid exposure is documented in the notes and "
    "the paediatrician has been called: the baby will have NAS scoring on the postnatal ward for at least 72 "
    "hours. Breastfeeding is supported on this stable dose. Drowsy after each dose, so no co-sleeping; the HV "
    "checks the cot at the first home visit.",
    "recording beside an act done (the paediatrician called) and a full plan",
    cyr,
)
ok(
    "rc-lith-coded-and-booked",
    RC,
    "lith",
    "Lithium (Priadel) 800 mg at night continues; relapse risk after birth is high. Levels monthly, weekly from "
    "36/40 and within 24 h of delivery - recorded on the shared care plan and booked with phlebotomy. The baby "
    "is reviewed by the paediatric team after birth for floppiness, poor feeding and thyroid function; bottle "
    "feeding, as lithium passes into breast milk.",
    "recorded and booked: the act stands beside the record",
)
ok(
    "rc-quet-written-in-red-book",
    RC,
    "quet",
    "Daniel's quetiapine 300 mg at night leaves him very hard to wake until morning. He does no night feeds and "
    "never sleeps with the baby in bed or on the sofa; Chloe does the nights and the baby sleeps in the side "
    "crib. I have written this in the red book, and the HV will check the sleeping arrangements at every visit "
    "to 8 weeks.",
    "writing in the red book beside the HV's checks",
    zwsp,
)
ok(
    "rc-dzp-charted-and-scored",
    RC,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue, neither stopped suddenly; diazepam taper to be agreed "
    "at the 6-week review. Together they sedate Kayleigh: no bed, sofa or armchair sharing, no feeding lying "
    "down, the foster carer does night feeds. Late withdrawal possible to day 8 - the foster carer charts feeds "
    "and scores daily and the HV reviews the chart at each visit, ringing the neonatal unit if worried.",
    "charting done by the foster carer and reviewed by the HV",
)
bad(
    "rc-meth-noted-filed-only",
    RC,
    "meth",
    "Methadone 60 mg daily: the dose noted and filed. The baby's withdrawal risk recorded on the system; the "
    "safe sleep discussion logged in her notes; breastfeeding wishes documented.",
    "every clause only records: no one scores the baby, no plan for sleep or feeding is made",
    cyr,
)
bad(
    "rc-lith-entered-on-ehr",
    RC,
    "lith",
    "Lithium: levels entered on the EHR; the baby's paediatric needs coded; feeding choice saved to the "
    "maternity record.",
    "entries made, nothing decided: whether lithium continues, levels plan, baby review",
)

# ============================================================================================================
# options: "could" beside a choice made passes; options with none chosen refuses.

ok(
    "op-sert-could-bf-and-we-advise",
    OP,
    "sert",
    "Sertraline 100 mg daily continues: her relapse risk if it stops is high. She could breastfeed, and we "
    "advise it - very little sertraline reaches the milk. The maternity team will watch the baby for poor "
    "neonatal adaptation (jittery, poor feeding) for the first 48 hours.",
    "'could' followed by the advice chosen",
    greek,
)
ok(
    "op-lith-could-switch-but-continues",
    OP,
    "lith",
    "We could have switched lithium to an antipsychotic, but with four years well on it the decision is to "
    "continue Priadel 800 mg at night. Levels 4-weekly, weekly from 36 weeks and within 24 hours of birth; "
    "paediatric review of the baby for floppiness and thyroid problems; she bottle feeds because lithium "
    "enters breast milk.",
    "an option rejected and the choice stated",
)
ok(
    "op-dzp-could-taper-chosen",
    OP,
    "dzp",
    "Diazepam could be tapered now or after the 6-week review; we chose the 6-week review, as the placement is "
    "new. Pregabalin 150 mg bd and diazepam 5 mg tds continue meanwhile, never stopped suddenly. Both sedate "
    "her, so no co-sleeping or feeding lying down and the foster carer does night feeds; the HV and foster "
    "carer watch for late withdrawal until day 8.",
    "two options named, one chosen",
)
bad(
    "op-lith-could-could-could",
    OP,
    "lith",
    "Lithium could be continued at 800 mg, could be switched to quetiapine, or could be tapered off before "
    "delivery. The baby could be bottle fed or could be breastfed with level monitoring; a paediatric review "
    "could be arranged.",
    "options listed with 'could', none chosen",
)
bad(
    "op-meth-could-either",
    OP,
    "meth",
    "Methadone 60 mg could stay as it is or could be split into two doses; the baby could be observed on the "
    "ward or could go home early with HV checks; co-sleeping could be discussed again later.",
    "every plan left as a possibility",
)

# ============================================================================================================
# leaflet: a letter with an exclamation beside a real plan passes; a leaflet's register alone refuses.

ok(
    "lf-cit-letter-keep-appointments",
    LF,
    "cit",
    "Dear Megan, as we agreed today you will carry on with citalopram 20 mg once a day through the pregnancy "
    "and while breastfeeding, which we support. After the birth the midwife will watch your baby for 48 hours "
    "for jitteriness or poor feeding. Please keep your appointments! Dr McAllister will review your mood at "
    "the 6-week check.",
    "a letter's exclamation beside a plan with doses and times",
    fw,
)
ok(
    "lf-lith-letter-welcome",
    LF,
    "lith",
    "Dear Rebecca - congratulations again! As discussed, lithium (Priadel) 800 mg at night continues. Your "
    "levels will be checked every 4 weeks, weekly from 36 weeks and within 24 hours of delivery. The "
    "paediatricians will review your baby after birth, and we agreed you will bottle feed because lithium "
    "passes into breast milk.",
    "a warm letter that decides everything",
)
bad(
    "lf-meth-did-you-know",
    LF,
    "meth",
    "Did you know? Lots of mums on methadone have healthy babies! Always put your baby to sleep on their back "
    "in their own cot, and remember - breast is best!",
    "leaflet register to the reader; no dose plan, no one scoring the baby",
    bidi,
)
bad(
    "lf-sert-top-tips",
    LF,
    "sert",
    "Top tips for sertraline in pregnancy! Don't stop suddenly. Talk to your midwife about feeding. Enjoy "
    "every moment with your new baby!",
    "tips to a reader; no decision and no one watching the baby",
)

# ============================================================================================================
# stops: a stop with its date on the list passes; a dated stop of a medicine listed as current refuses.

_SERT_STOP = (
    "Sertraline was stopped on 20 February 2026 at her request after six months well, tapered over four weeks. "
    "The baby is unlikely to show adaptation problems, but the maternity team will watch for jitteriness for "
    "48 hours after birth; the perinatal team reviews her mood monthly and will restart it if she relapses."
)
_MO_SERT_STOP = (
    "Methadone 60 mg daily continues; sertraline was stopped on 20/02/2026 and her mood is reviewed monthly. "
    "NAS scoring on the postnatal ward for 72 hours; breastfeeding supported; no co-sleeping because methadone "
    "sedates her; SW and HV see the cot before discharge."
)


def _stopped_on_list(doc: dict[str, object]) -> None:
    meds = doc["medicines"]
    assert isinstance(meds, list)
    for med in meds:
        if med["id"] == "med-sertraline":
            med["stopped"] = "2026-02-20"
            med["status"] = "stopped"


ok(
    "sp-sert-stop-on-list",
    SP,
    "sert",
    _SERT_STOP,
    "the stop and its date are on the medicines list",
    None,
    chain(_stopped_on_list, set_("overall_conclusion.text", _MO_SERT_STOP)),
)
bad(
    "sp-sert-stop-list-current",
    SP,
    "sert",
    _SERT_STOP,
    "a dated stop told of a medicine the list still gives as current",
    None,
    set_("overall_conclusion.text", _MO_SERT_STOP),
)
ok(
    "sp-sert-was-50-now-100",
    SP,
    "sert",
    "Sertraline was 50 mg, now 100 mg daily since the increase in January, and continues at 100 mg: she is "
    "much better and relapse risk is high if it stops. Maternity team to watch the baby for 48 hours for "
    "poor neonatal adaptation; breastfeeding is fine on sertraline.",
    "a dose change told as a change",
    cyr,
)
ok(
    "sp-valp-stopped-before-other-course",
    SP,
    "valp",
    "Sodium valproate 500 mg bd continues until the neurologist sees her this week; it must not be stopped "
    "suddenly because of seizure risk. She took lamotrigine briefly in 2017 and stopped it for a rash. The "
    "baby has been exposed to valproate since conception: fetal medicine review and a detailed anomaly scan "
    "are booked, and folic acid 5 mg was started today.",
    "another medicine's old stop, dated years before",
)

# ============================================================================================================
# stage: reports of the pregnancy after birth, an earlier baby, weeks told weeks later pass; plans for a
# finished pregnancy, care after birth told before it, and spans longer than the baby's life refuse.

ok(
    "sg-fo-scans-were-normal",
    SG,
    "fo",
    "Growth scans at 32 and 36 weeks were normal. Diazepam 5 mg tds and pregabalin 150 mg bd continue for now; "
    "both sedate her, so no bed, sofa or armchair sharing and no feeding lying down, and the foster carer does "
    "night feeds. Late withdrawal signs possible until day 8: foster carer and HV watch, neonatal unit if "
    "worried. The foster carer, HV and social worker all hold this plan.",
    "antenatal scans reported after the birth",
    greek,
)
bad(
    "sg-fo-scans-still-planned",
    SG,
    "fo",
    "Growth scans at 32 and 36 weeks and delivery on the consultant unit. Diazepam 5 mg tds and pregabalin "
    "150 mg bd continue; no co-sleeping, foster carer does nights, HV and foster carer watch for late "
    "withdrawal to day 8.",
    "a postnatal record that still plans the pregnancy in a verbless note",
)
ok(
    "sg-po-birth-plan-reported",
    SG,
    "po",
    "At 36 weeks a birth plan was made for the ward to watch for any concern; nothing was found. Chloe's "
    "paracetamol raises no concern. Daniel's quetiapine 300 mg sedates him at night: no co-sleeping with him "
    "on a bed, sofa or armchair and no night feeds by him after his dose. The crib was seen and is safe; the "
    "HV keeps checking.",
    "the birth plan reported as past",
)
bad(
    "sg-po-once-baby-born",
    SG,
    "po",
    "Once the baby is born Daniel's quetiapine 300 mg at night means he will not do night feeds or share a bed "
    "or sofa with the baby; Chloe's paracetamol raises no concern; the HV will check the crib at the new "
    "birth visit.",
    "a postnatal record planning for after a birth that has happened",
)
ok(
    "sg-meth-first-baby-past",
    SG,
    "meth",
    "Her first baby was watched for 72 hours after birth in 2019 and needed no treatment. Methadone 60 mg "
    "daily continues; this baby will be scored for NAS on the postnatal ward for at least 72 hours. "
    "Breastfeeding is supported. Drowsy after each dose, so no co-sleeping; cot checked at the home visit.",
    "a previous baby's care told in the past",
    zwsp,
)
bad(
    "sg-meth-baby-watched-after-birth",
    SG,
    "meth",
    "Methadone 60 mg daily continues. The midwife watched the baby for 72 hours after birth and it fed well; "
    "breastfeeding is supported; no co-sleeping because of sedation after each dose.",
    "an antenatal record telling the baby's care after birth as done",
)
bad(
    "sg-cit-reviewed-day-one",
    SG,
    "cit",
    "Citalopram 20 mg continues: relapse risk outweighs the small risks. The paediatrician reviewed the baby "
    "on day 1 and found no adaptation problems; breastfeeding is supported.",
    "an antenatal record with the day-1 review told as done",
    fw,
)
ok(
    "sg-cit-will-review-day-one",
    SG,
    "cit",
    "Citalopram 20 mg continues: relapse risk outweighs the small risks. The paediatrician will review the "
    "baby on day 1 and the midwife watches for poor neonatal adaptation for 48 hours; breastfeeding is "
    "supported.",
    "twin: the day-1 review planned",
)


def _quet_weeks_later(doc: dict[str, object]) -> None:
    asms = doc["assessments"]
    assert isinstance(asms, list)
    for asm in asms:
        asm["date"] = "2026-07-06"
    over = doc["overall_conclusion"]
    assert isinstance(over, dict)
    over["date"] = "2026-07-06"
    att = doc["attestation"]
    assert isinstance(att, dict)
    att["at"] = "2026-07-06T16:10:00+00:00"
    doc["updated"] = "2026-07-06T16:15:00+00:00"


ok(
    "sg-quet-first-weeks-told-later",
    SG,
    "quet",
    "For its first six weeks the baby has slept in its own crib beside Chloe, and Daniel has done no night "
    "feeds after his quetiapine 300 mg. That continues: he must never share a bed or sofa with the baby after "
    "his dose, because he is very hard to wake; the HV checks at each visit.",
    "the baby's first six weeks told seven weeks after the birth",
    None,
    _quet_weeks_later,
)
bad(
    "sg-quet-first-months-told-early",
    SG,
    "quet",
    "For its first three months the baby has slept in its own crib beside Chloe, and Daniel has done no night "
    "feeds after his quetiapine 300 mg. That continues: he must never share a bed or sofa with the baby after "
    "his dose; the HV checks at each visit.",
    "three months of the baby's life told ten days after the birth",
)

# ============================================================================================================
# future-perfect: a future perfect beside the plan passes; one standing in for the plan refuses.

ok(
    "fp-lith-will-have-had",
    FP,
    "lith",
    "By 36 weeks she will have had four monthly lithium levels; Priadel 800 mg at night continues, with levels "
    "weekly from then and within 24 hours of birth. The paediatric team reviews the baby after birth for "
    "floppiness and thyroid problems; bottle feeding, as lithium passes into breast milk.",
    "a future perfect counting levels, beside the plan",
    cyr,
)
ok(
    "fp-meth-by-discharge-completed",
    FP,
    "meth",
    "Methadone 60 mg daily continues. By discharge the baby will have completed 72 hours of NAS scoring, which "
    "the ward midwife carries out, and the HV then watches for late signs to day 8. Breastfeeding is "
    "supported; she is drowsy after each dose, so no co-sleeping and the cot is checked at home.",
    "'will have completed' beside who observes and for how long",
)
bad(
    "fp-dzp-will-have-stopped",
    FP,
    "dzp",
    "By the time the placement ends Kayleigh will have stopped diazepam and pregabalin, so their sedation will "
    "no longer matter for the baby's nights, and any late withdrawal will have passed.",
    "an outcome assumed: no plan for sedation, night feeds or late withdrawal now",
    shy,
)
bad(
    "fp-quet-will-have-switched",
    FP,
    "quet",
    "By the baby's 6-week check Daniel will have switched from quetiapine to something less sedating, so "
    "co-sleeping will have stopped being an issue.",
    "an assumed switch stands in for the safe-sleep plan",
)

# ============================================================================================================
# guidance: guidance applied, a clinician's report adopted pass; guidance only reported refuses.

ok(
    "gd-lith-in-line-with-cg192",
    GD,
    "lith",
    "In line with NICE CG192 we advise Rebecca to continue lithium (Priadel) 800 mg at night, with levels "
    "monthly, weekly from 36 weeks and within 24 hours of birth, and not to breastfeed. The paediatric team "
    "will review the baby after birth for lithium effects.",
    "guidance applied to her",
    fw,
)
ok(
    "gd-lith-according-to-psychiatrist",
    GD,
    "lith",
    "According to her psychiatrist she has been stable for four years, so lithium continues at 800 mg at night "
    "(Priadel). Levels monthly, weekly from 36/40 and within 24 h of delivery; the baby has a paediatric review "
    "after birth; bottle feeding agreed, as lithium passes into breast milk.",
    "a clinician's report adopted with 'so'",
)
ok(
    "gd-quet-as-nice-advises",
    GD,
    "quet",
    "As NICE advises for parents on sedating medicines, Daniel will not share a bed or sofa with the baby after "
    "his quetiapine 300 mg at night; Chloe does the night feeds and the baby sleeps in the side crib. The HV "
    "checks this at each visit.",
    "guidance about parents, then applied to this father",
    greek,
)
ok(
    "gd-cit-bnf-then-plan",
    GD,
    "cit",
    "The BNF and UKTIS advise that SSRIs near term can cause poor neonatal adaptation; we apply that here: "
    "citalopram 20 mg continues, the midwife watches the baby for 48 hours after birth, and breastfeeding is "
    "supported.",
    "guidance quoted and applied",
)
bad(
    "gd-cit-according-to-nice",
    GD,
    "cit",
    "According to NICE, SSRIs such as citalopram in late pregnancy carry a small risk of PPHN and of poor "
    "neonatal adaptation, and most babies need no treatment.",
    "guidance reported; nothing decided for Megan or her baby",
)
bad(
    "gd-quet-parents-in-general",
    GD,
    "quet",
    "National guidance: parents who take sedating medicines such as quetiapine should not share a bed with "
    "their baby and should not do night feeds when drowsy.",
    "guidance about parents in general; Daniel's own plan never stated",
    zwsp,
)

# ============================================================================================================
# deferral: one decision parked with a time, an owner and the plan meanwhile passes; parked alone refuses.

ok(
    "df-meth-taper-parked-meanwhile",
    DF,
    "meth",
    "The decision on a methadone taper is parked until 36 weeks, when the consultant decides; meanwhile 60 mg "
    "daily continues. The baby will have NAS scoring on the ward for at least 72 hours; breastfeeding is "
    "supported; no co-sleeping after her dose, and the HV sees the cot at home.",
    "one decision parked with its time and owner; the rest decided",
    cyr,
)
ok(
    "df-dzp-taper-held-over",
    DF,
    "dzp",
    "The diazepam taper is held over until the 6-week review, which Dr Pritchard will lead; diazepam 5 mg tds "
    "and pregabalin 150 mg bd continue meanwhile, never stopped suddenly. They sedate her: no co-sleeping, no "
    "feeding lying down, foster carer does nights. Late withdrawal possible to day 8; foster carer and HV "
    "watch.",
    "'held over' one decision with the plan meanwhile",
)
bad(
    "df-meth-on-back-burner",
    DF,
    "meth",
    "Methadone dose decisions are on the back burner for now; the NAS plan and the safe sleep discussion are "
    "shelved pending the new consultant.",
    "every decision shelved",
)
bad(
    "df-lith-in-abeyance",
    DF,
    "lith",
    "Lithium plan in abeyance. Levels, the paediatric review and feeding are held over until the perinatal "
    "team has met.",
    "all of it held over",
)

# ============================================================================================================
# softened: "should be considered" beside a decision passes; a softened obligation alone refuses.

ok(
    "so-lith-considered-beside-decision",
    SO,
    "lith",
    "Lithium 800 mg at night continues. A switch should be considered only if levels become unstable, which "
    "they have not. Levels monthly, weekly from 36 weeks and within 24 hours of delivery; paediatric review of "
    "the baby after birth; she bottle feeds because lithium enters breast milk.",
    "'should be considered' of a later event, beside the decision",
)
ok(
    "so-sert-advisable",
    SO,
    "sert",
    "It is advisable that she stays on sertraline 100 mg daily, and she agrees: the relapse risk is high. The "
    "maternity team will observe the baby for 48 hours for poor adaptation; breastfeeding is supported.",
    "'it is advisable that she ...' with agreement and the plan",
    shy,
)
bad(
    "so-lith-ideally-considered",
    SO,
    "lith",
    "Continuing lithium should ideally be considered. A paediatric review of the baby may be worth thinking "
    "about, and the feeding choice is something to bear in mind.",
    "every obligation softened to a thought",
)
bad(
    "so-valp-gently-explored",
    SO,
    "valp",
    "Valproate options are to be gently explored; fetal medicine may be something to bear in mind, and thought "
    "might be given to neurology and to folic acid.",
    "softened throughout",
)

# ============================================================================================================
# actors: the on-call registrar, family beside the HV, the partner not sedated pass; a rota or family alone
# refuses.

ok(
    "ac-meth-on-call-registrar",
    AC,
    "meth",
    "Methadone 60 mg daily continues. The ward midwives score the baby for NAS 4-hourly for at least 72 hours "
    "and call the on-call paediatric registrar if two scores are 8 or more. Breastfeeding supported; no "
    "co-sleeping because of drowsiness after her dose.",
    "a role on call is named, not a rota",
    zwsp,
)
bad(
    "ac-meth-whoever-is-on",
    AC,
    "meth",
    "Methadone 60 mg daily continues. Whoever is on will score the baby for NAS and decide about feeding and "
    "where the baby sleeps.",
    "a rota names no one; feeding and sleep left open",
)
ok(
    "ac-dzp-sister-beside-hv",
    AC,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue, neither stopped suddenly. Both sedate Kayleigh: no "
    "co-sleeping, no feeding lying down. Her sister helps at contact visits, but the foster carer does night "
    "feeds and she and the HV watch for late withdrawal to day 8, ringing the neonatal unit if worried.",
    "family helping beside the foster carer and the HV",
    cyr,
)
bad(
    "ac-dzp-sister-only",
    AC,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue. Kayleigh must not co-sleep. Her sister will keep an "
    "eye on the baby for late withdrawal signs up to day 8 and a neighbour has offered to check on them at "
    "night.",
    "lay watchers only: no professional watches for late withdrawal",
)
ok(
    "ac-meth-partner-not-sedated",
    AC,
    "meth",
    "Methadone 60 mg daily continues. She is drowsy for two to four hours after her morning dose, so her "
    "partner, who takes no sedating medicine, gives the feeds in that window and the baby never shares her bed "
    "or sofa. NAS scoring on the ward for 72 hours; breastfeeding supported; HV checks the cot.",
    "the partner caring while the mother is sedated, he not sedated",
)
ok(
    "ac-lith-grandmother-and-midwife",
    AC,
    "lith",
    "Lithium (Priadel) 800 mg at night continues. Levels monthly, weekly from 36 weeks, within 24 h of birth. "
    "The paediatricians review the baby after birth; the community midwife visits daily for the first week "
    "and her mother stays to help with feeds. Bottle feeding, as lithium passes into milk.",
    "a relative helping beside the midwife",
)
bad(
    "ac-quet-gran-watches-dad",
    AC,
    "quet",
    "Daniel's quetiapine 300 mg at night makes him drowsy; his mother will keep an eye on him and the baby overnight.",
    "a relative set to watch the sedated parent; no safe-sleep rule, no professional",
    fw,
)

# ============================================================================================================
# doses: a change told as a change, a split dose and "no other medicines" pass; two current doses refuse.

ok(
    "ds-dzp-split-dose",
    DS,
    "dzp",
    "Pregabalin 300 mg a day, as 150 mg twice daily, and diazepam 15 mg a day, as 5 mg tds, both continue; "
    "neither is stopped suddenly, and a slow diazepam taper starts at the 6-week review. Both sedate Kayleigh: "
    "no co-sleeping or feeding lying down; foster carer does nights; foster carer and HV watch for late "
    "withdrawal to day 8.",
    "the day's dose split",
)
ok(
    "ds-meth-was-50-now-60",
    DS,
    "meth",
    "Methadone was 50 mg, now 60 mg daily since November, and continues at 60 mg through the pregnancy. The "
    "baby is likely to need NAS observation for 72 hours on the ward; breastfeeding supported; no "
    "co-sleeping, as she is drowsy after each dose.",
    "a dose change told as one",
    greek,
)
ok(
    "ds-cit-no-other-medicines",
    DS,
    "cit",
    "Citalopram 20 mg once daily continues; she takes no other medicines. The midwife watches the baby for "
    "poor neonatal adaptation for 48 hours after birth; breastfeeding is supported.",
    "'takes no other medicines' beside the medicine continued",
)
bad(
    "ds-meth-two-doses",
    DS,
    "meth",
    "Methadone 60 mg daily continues unchanged; she takes 90 mg daily. NAS scoring on the ward for 72 hours; "
    "breastfeeding supported; no co-sleeping because of sedation.",
    "two different current doses in one conclusion",
)
bad(
    "ds-lith-two-frequencies",
    DS,
    "lith",
    "Lithium 800 mg once at night continues unchanged; she takes 400 mg three times daily. Levels monthly and "
    "weekly from 36 weeks; paediatric review after birth; bottle feeding.",
    "a second current dose and frequency that contradicts the first",
)
bad(
    "ds-quet-takes-none-continues",
    DS,
    "quet",
    "Daniel takes no quetiapine now; quetiapine 300 mg at night continues. He must not share a bed or sofa "
    "with the baby after his dose; Chloe does the night feeds; HV checks each visit.",
    "takes none and continues, in one conclusion",
)
ok(
    "ds-quet-none-in-daytime",
    DS,
    "quet",
    "Daniel takes no quetiapine in the daytime; his 300 mg at night continues and leaves him hard to wake, so "
    "he must never share a bed or sofa with the baby at night and does no night feeds; Chloe does them. HV "
    "checks each visit.",
    "none at a time of day, the night dose continuing",
)

# ============================================================================================================
# joint: each medicine its own plan under its own heading passes; a heading over another medicine's plan or
# a bare acknowledgement refuses.

ok(
    "jt-mo-own-headings",
    JT,
    "mo",
    "Methadone: 60 mg daily continues; NAS scoring on the postnatal ward for 72 hours; no co-sleeping, as she "
    "is drowsy after each dose; SW and HV see the cot before discharge.\nSertraline: 100 mg daily continues; "
    "maternity team watch for poor adaptation for 48 hours.\nBoth: breastfeeding supported.",
    "each medicine its plan under its heading",
    cyr,
)
bad(
    "jt-mo-swapped-headings",
    JT,
    "mo",
    "Sertraline: no co-sleeping, as she is drowsy after each dose; NAS scoring on the postnatal ward for 72 "
    "hours; cot checked by SW and HV.\nMethadone: continue - relapse risk if stopped is high; mood review at "
    "6 weeks.",
    "methadone's sedation and withdrawal plan put under sertraline's heading",
)
ok(
    "jt-mo-sertraline-noted-continue",
    JT,
    "mo",
    "Sertraline noted; continue 100 mg daily, maternity team watching for poor adaptation for 48 hours. "
    "Methadone 60 mg daily continues with NAS scoring for 72 hours on the ward; breastfeeding supported; no "
    "co-sleeping because of methadone sedation; SW and HV check the cot before discharge.",
    "an acknowledgement followed by its own plan",
)
bad(
    "jt-mo-sertraline-only-noted",
    JT,
    "mo",
    "Methadone 60 mg daily continues with NAS scoring for 72 hours on the ward; breastfeeding supported; no "
    "co-sleeping because of methadone sedation; SW and HV check the cot before discharge. Sertraline is noted.",
    "sertraline only acknowledged in the overall conclusion",
)
ok(
    "jt-fo-own-headings",
    JT,
    "fo",
    "Diazepam - 5 mg tds continues, slow taper from the 6-week review, never stopped suddenly (seizure risk).\n"
    "Pregabalin - 150 mg bd continues unchanged.\nFor the baby: both sedate her, so no bed, sofa or armchair "
    "sharing and no feeding lying down; the foster carer does nights; late withdrawal possible to day 8, "
    "watched by the foster carer and HV. The social worker holds this plan too.",
    "each medicine under its own heading, the shared baby plan under its own",
)

# ============================================================================================================
# safe-sleep: advice held firm passes; advice taken back refuses.

ok(
    "ss-quet-even-if-alert",
    SS,
    "quet",
    "Daniel's quetiapine 300 mg at night makes him very hard to wake. Co-sleeping is not advised, even if he "
    "feels alert; he does no night feeds after his dose, Chloe does them, and the baby sleeps in the side "
    "crib. The HV checks at every visit.",
    "the advice held against his own sense of alertness",
    fw,
)
bad(
    "ss-quet-may-be-fine",
    SS,
    "quet",
    "Daniel's quetiapine 300 mg at night sedates him; co-sleeping may be fine if he feels alert, and night "
    "feeds are up to them. The HV will visit.",
    "safe-sleep advice taken back",
)
bad(
    "ss-quet-up-to-them",
    SS,
    "quet",
    "Daniel's quetiapine 300 mg at night makes him sleepy. Where the baby sleeps is up to them; the HV will "
    "support whatever they choose.",
    "safe sleep left to the parents",
    zwsp,
)
ok(
    "ss-quet-belief-corrected",
    SS,
    "quet",
    "Daniel thinks co-sleeping is fine on quetiapine because he feels alert; we explained it is not - he is "
    "very hard to wake after his 300 mg at night, so he must never share a bed or sofa with the baby. Chloe "
    "does the nights; HV rechecks each visit.",
    "a belief corrected",
)

# ============================================================================================================
# other-medicine: a supplement's clause beside the assessed medicine's own plan passes; the supplement's
# plan as the only plan refuses.

ok(
    "om-valp-folic-beside-plan",
    OM,
    "valp",
    "Sodium valproate 500 mg bd continues until neurology sees her this week; it must not be stopped suddenly. "
    "The baby has been exposed to valproate since conception, with about a 1 in 10 risk of a major "
    "malformation: fetal medicine review and a detailed anomaly scan are booked. Folic acid 5 mg daily was "
    "started today and continues to 12 weeks.",
    "folic acid's clause beside valproate's own plan",
    greek,
)
bad(
    "om-valp-folic-only-plan",
    OM,
    "valp",
    "Sodium valproate 500 mg bd continues until neurology sees her this week; it must not be stopped "
    "suddenly. Folic acid 5 mg daily started today and continues to 12 weeks; the midwife will check she is "
    "taking it.",
    "only folic acid has a plan; the baby's exposure to valproate is never answered",
)
ok(
    "om-po-laxative-and-quet",
    OM,
    "po",
    "Chloe's paracetamol raises no concern, and she may add a laxative if constipated. Daniel's quetiapine "
    "300 mg at night sedates him heavily: no co-sleeping with him on a bed, sofa or armchair and no night "
    "feeds by him after his dose. Crib seen and safe; HV keeps checking.",
    "a laxative's clause beside the partner's plan",
)
bad(
    "om-quet-laxative-only",
    OM,
    "quet",
    "Daniel takes quetiapine 300 mg at night. Lactulose 15 ml twice a day for his constipation, with no effect "
    "on the baby, who is thriving; the GP reviews the laxative in a month.",
    "the laxative's plan answers nothing about his sedation and the baby's sleep",
)

# ============================================================================================================
# More good work in the same shapes, in other voices (must pass).

ok(
    "gw-sert-soap",
    RC,
    "sert",
    "S: well on sertraline, no low mood. O: 29+2/40, settled. A: relapse risk high if stopped. P: continue "
    "sertraline 100 mg od; documented in notes and maternity informed - they will watch the baby for poor "
    "adaptation for 48 h after birth; BF supported.",
    "SOAP with a recording act beside the plan",
    bidi,
)
ok(
    "gw-lo-bullets",
    JT,
    "lo",
    "- Lithium (Priadel) 800 mg nocte: continue\n- Levels 4-weekly, weekly from 36/40, within 24 h of "
    "delivery\n- Deliver in hospital; extra fluids in labour\n- Baby: paeds review after birth\n- Feeding: "
    "bottle (lithium in breast milk)\n- PNMH r/v within 1 week of birth",
    "bulleted overall",
)
ok(
    "gw-vo-narrative",
    OM,
    "vo",
    "Unplanned pregnancy at 8 weeks on sodium valproate 500 mg bd. Valproate continues until the urgent "
    "neurology review this week and must not be stopped abruptly; fetal medicine review and a detailed anomaly "
    "scan for the exposed baby are booked. Folic acid 5 mg started. ARAF status recorded.",
    "an overall with folic acid beside valproate's plan",
)
ok(
    "gw-co-letter",
    LF,
    "co",
    "Dear colleague, Megan continues citalopram 20 mg daily through pregnancy and breastfeeding. Please watch "
    "the baby for 48 hours for jitteriness or poor feeding; I will review her mood at the 6-week check. Thank "
    "you!",
    "a letter to a colleague ending with an exclamation",
    cyr,
)
ok(
    "gw-fo-could-stop-but-not",
    OP,
    "fo",
    "Kayleigh asked whether she could stop diazepam and pregabalin now; we advised not, because stopping "
    "suddenly risks seizures. Both continue, with a supervised diazepam taper from 6 weeks. They sedate her: "
    "no bed, sofa or armchair sharing, no feeding lying down; foster carer does nights. Late withdrawal to day "
    "8 watched by the foster carer and HV; the social worker holds the plan.",
    "'could' in her question, answered",
)
ok(
    "gw-meth-future-perfect-hv",
    FP,
    "meth",
    "Methadone 60 mg daily continues. She will have moved to her new flat by 36 weeks, so the HV will check the "
    "cot there before discharge; no co-sleeping, as she is drowsy after each dose. NAS scoring on the ward for "
    "72 hours; breastfeeding supported.",
    "a future perfect about her move, beside who checks what",
)
ok(
    "gw-dzp-guidance-applied",
    GD,
    "dzp",
    "Following the local neonatal abstinence guideline, the baby stayed on the ward for 5 days with scoring "
    "(mild signs on day 3). Diazepam 5 mg tds and pregabalin 150 mg bd continue, never stopped suddenly. Both "
    "sedate Kayleigh: no co-sleeping, no feeding lying down; the foster carer does nights and she and the HV "
    "watch for late withdrawal until day 8.",
    "guidance followed in the postnatal ward stay, told as done",
)
ok(
    "gw-quet-partner-on-call",
    AC,
    "quet",
    "Daniel's quetiapine 300 mg at night leaves him hard to wake, so he must not have sole care of the baby "
    "overnight or share a bed or sofa with it. Chloe does night feeds; her mother helps some nights. The HV "
    "checks at each visit and the duty HV can be called in between.",
    "a relative helping beside the HV, and the duty HV named as a role",
    zwsp,
)
ok(
    "gw-cit-considered-and-decided",
    SO,
    "cit",
    "A switch to sertraline was considered and decided against: citalopram 20 mg works for Megan and "
    "continues. The midwife watches the baby for poor neonatal adaptation for 48 hours after birth; "
    "breastfeeding supported.",
    "'considered' and decided",
)
ok(
    "gw-valp-parked-with-owner",
    DF,
    "valp",
    "The question of switching from valproate is parked until neurology sees her on Thursday, and the "
    "neurologist decides; meanwhile sodium valproate 500 mg bd continues and must not be stopped suddenly. "
    "The baby has been exposed since conception: fetal medicine review and a detailed anomaly scan are booked; "
    "folic acid 5 mg started.",
    "one decision parked with owner and time; the rest decided",
)
ok(
    "gw-sert-dose-split-tablets",
    DS,
    "sert",
    "Sertraline 100 mg daily, as two 50 mg tablets, continues: relapse risk outweighs the small risks. After "
    "birth the maternity team watch the baby for 48 hours for poor adaptation; BF supported.",
    "tablets of a strength",
    fw,
)
ok(
    "gw-po-safe-sleep-firm",
    SS,
    "po",
    "Chloe's paracetamol raises no concern for the baby. Daniel's quetiapine 300 mg makes him hard to wake at "
    "night: no co-sleeping, even on nights he feels fine, and no night feeds by him after his dose. Crib seen "
    "and safe; the HV keeps checking.",
    "the safe-sleep rule held firm in the overall",
)
ok(
    "gw-meth-recorded-twice-acted",
    RC,
    "meth",
    "Methadone 60 mg daily continues, as recorded by the drug service; I have logged the NAS alert on the "
    "maternity system so that the ward scores the baby for at least 72 hours after birth. Breastfeeding "
    "supported. Drowsy after dosing: no co-sleeping; HV checks the cot at home.",
    "logging that sets the ward's scoring in motion, with the plan stated",
)
ok(
    "gw-lith-options-chosen-heading",
    OP,
    "lith",
    "Options discussed: continue lithium, switch, or stop. Chosen: continue Priadel 800 mg at night, as she has "
    "been well for four years. Levels monthly, weekly from 36 weeks, within 24 h of birth; paediatric review "
    "of the baby; bottle feeding.",
    "options listed, one chosen",
)
ok(
    "gw-sg-fo-first-days-told",
    SG,
    "fo",
    "In her first four days the baby stayed on the ward with scoring and had mild withdrawal on day 3. "
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue; both sedate Kayleigh, so no co-sleeping and no "
    "feeding lying down; the foster carer does nights; foster carer and HV watch for late signs to day 8.",
    "the baby's first four days told four days after the birth",
)
bad(
    "bd-fo-first-year-told",
    SG,
    "fo",
    "Throughout her first year the baby has slept in her own cot in the foster carer's room. Diazepam 5 mg tds "
    "and pregabalin 150 mg bd continue; no co-sleeping; foster carer and HV watch for late withdrawal.",
    "a year of the baby's life told six days after the birth",
)
bad(
    "bd-valp-could-only",
    OP,
    "valp",
    "Valproate could be continued, could be switched to lamotrigine, or could be stopped; the baby could have "
    "an early scan.",
    "options with 'could', none chosen",
)
bad(
    "bd-cit-leaflet-exclaim",
    LF,
    "cit",
    "Citalopram and your baby - what you need to know! Most babies are fine! Ask your midwife if you have any worries!",
    "leaflet exclamations to the reader",
)
bad(
    "bd-sert-whoever-available",
    AC,
    "sert",
    "Sertraline 100 mg continues; whoever is available on the ward will keep an eye on the baby.",
    "a rota actor; no time, no watch, no feeding",
)
bad(
    "bd-dzp-according-to-bnf",
    GD,
    "dzp",
    "According to the BNF, benzodiazepines and pregabalin in late pregnancy may cause neonatal withdrawal and "
    "floppy infant syndrome, and sedated mothers should not co-sleep.",
    "guidance reported; nothing decided for Kayleigh or this baby",
)


# ============================================================================================================
# More good work probing the same readings (must pass).

_CIT_STOP = (
    "Citalopram was stopped on 01/02/2026 after a four-week taper, at her wish and with her GP's agreement; she "
    "is well. The baby will have had no citalopram for 9 weeks by birth, so adaptation problems are not "
    "expected, but the midwife will still watch feeding and tone for 48 hours; breastfeeding supported. GP mood "
    "review every 2 weeks to 6 weeks postnatal, restarting citalopram if she relapses."
)
_CO_CIT_STOP = (
    "Citalopram stopped on 01/02/2026 after a taper; mood reviewed every 2 weeks by her GP, restarting if she "
    "relapses. Midwife to watch the baby's feeding and tone for 48 hours after birth; breastfeeding supported. "
    "Amended on 2026-02-12 to add the health visitor as a recipient."
)


def _cit_stopped_on_list(doc: dict[str, object]) -> None:
    meds = doc["medicines"]
    assert isinstance(meds, list)
    meds[0]["stopped"] = "2026-02-01"
    meds[0]["status"] = "stopped"


ok(
    "more-cit-stop-on-list",
    SP,
    "cit",
    _CIT_STOP,
    "a stop told with its date, the list giving the same stop",
    None,
    chain(_cit_stopped_on_list, set_("overall_conclusion.text", _CO_CIT_STOP)),
)
ok(
    "more-meth-reduced-80-to-60",
    DS,
    "meth",
    "Methadone was reduced from 80 mg to 60 mg daily last autumn and continues at 60 mg: she is stable and "
    "further cuts now risk relapse. The ward scores the baby for NAS for at least 72 hours; breastfeeding "
    "supported; drowsy after each dose, so no co-sleeping and the HV checks the cot.",
    "a past reduction told as a change",
)
ok(
    "more-lith-up-from-600",
    DS,
    "lith",
    "Lithium (Priadel) went up from 600 mg to 800 mg at night in 2024 after a relapse and stays at 800 mg. "
    "Levels monthly, weekly from 36 weeks and within 24 hours of birth; paediatric review of the baby after "
    "birth; bottle feeding, as lithium passes into breast milk.",
    "a dose increase two years ago told as one",
    zwsp,
)
ok(
    "more-quet-was-200-now-300",
    DS,
    "quet",
    "Daniel's quetiapine was 200 mg, now 300 mg at night since March, and the higher dose makes him harder "
    "to wake: he must never share a bed or sofa with the baby after it and does no night feeds; Chloe does "
    "them. The HV checks at each visit.",
    "a partner's dose change told as one",
)
ok(
    "more-meth-no-other-opioids",
    DS,
    "meth",
    "Methadone 60 mg daily continues; she takes no other opioids and no benzodiazepines, confirmed by urine "
    "screens. NAS scoring on the postnatal ward for 72 hours; breastfeeding supported on a stable dose; no "
    "co-sleeping after her dose; HV sees the cot.",
    "'takes no other ...' beside the medicine continued",
)
ok(
    "more-rc-plan-filed-and-ward",
    RC,
    "meth",
    "Methadone 60 mg daily continues. The birth plan is filed in the hand-held notes, and the ward will score "
    "the baby for NAS for 72 hours after birth. Breastfeeding supported; no co-sleeping because of sedation "
    "after each dose; the HV checks the cot at the first visit.",
    "filing beside a plan with its actor and time",
)
ok(
    "more-rc-shared-with-hv",
    RC,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue, never stopped suddenly; taper from 6 weeks. This is "
    "documented and shared with the HV, who with the foster carer watches for late withdrawal to day 8. Both "
    "medicines sedate Kayleigh: no co-sleeping, no feeding lying down; the foster carer does nights.",
    "documented and shared, with the HV's act",
)
ok(
    "more-op-sert-bottle-or-breast",
    OP,
    "sert",
    "Sertraline 100 mg daily continues. She could bottle feed or breastfeed; we recommend breastfeeding, as "
    "the dose reaching the baby is tiny. The maternity team watches the baby for poor adaptation for 48 "
    "hours after birth.",
    "options named and one recommended",
    cyr,
)
ok(
    "more-lf-meth-did-you-know-plan",
    LF,
    "meth",
    "Dear Jodie, did you know you can breastfeed on your methadone? We encourage it. Your methadone stays at "
    "60 mg daily. After birth your baby will stay on the ward for at least 72 hours so the midwives can check "
    "for withdrawal, and because methadone makes you drowsy the baby must never sleep in your bed or on the "
    "sofa. The HV will see the cot at home.",
    "a rhetorical question in a letter with a full plan, doses and times",
)
ok(
    "more-sg-lo-scan-reported",
    SG,
    "lith",
    "The fetal echocardiogram at 20 weeks was normal. Lithium 800 mg at night (Priadel) continues; levels "
    "monthly, weekly from 36 weeks and within 24 hours of birth; the paediatricians review the baby after "
    "birth; she bottle feeds, as lithium passes into milk.",
    "an antenatal result told as past in an antenatal record",
)
ok(
    "more-sg-po-delivery-reported",
    SG,
    "po",
    "Delivery was on the consultant unit at 39 weeks and the baby went home on day 2. Chloe's paracetamol "
    "raises no concern. Daniel's quetiapine 300 mg sedates him at night: no co-sleeping with him and no night "
    "feeds by him after his dose. Crib seen and safe; HV keeps checking.",
    "the birth reported in a postnatal record",
    greek,
)
ok(
    "more-sg-lith-level-planned",
    SG,
    "lith",
    "Lithium (Priadel) 800 mg at night continues. Her level will be taken 12 hours after delivery and the "
    "paediatric team will examine the baby on day 1 for floppiness and feeding, checking thyroid function. "
    "Levels monthly until then, weekly from 36 weeks; bottle feeding because lithium enters breast milk.",
    "care after birth planned in an antenatal record",
)
ok(
    "more-fp-valp-will-have-seen",
    FP,
    "valp",
    "By Friday she will have seen the neurologist, who decides on any switch; until then sodium valproate "
    "500 mg bd continues and must not be stopped suddenly. The baby has been exposed since conception: fetal "
    "medicine review and a detailed anomaly scan are booked; folic acid 5 mg started today.",
    "a future perfect for the review, with the plan until then",
)
ok(
    "more-gd-valp-mhra-applied",
    GD,
    "valp",
    "The MHRA says valproate must not be used in pregnancy unless nothing else works, so neurology sees her "
    "this week to decide on a switch; meanwhile 500 mg bd continues and must not be stopped suddenly. The "
    "baby has been exposed since conception: fetal medicine review and anomaly scan booked; folic acid 5 mg "
    "started.",
    "regulator's guidance reported and applied with 'so'",
)
ok(
    "more-gd-meth-local-guideline-applied",
    GD,
    "meth",
    "Methadone 60 mg daily continues. Following the Trust's NAS guideline, the ward midwives will score the "
    "baby 4-hourly for at least 72 hours; breastfeeding is encouraged; no co-sleeping after her dose; HV "
    "checks the cot.",
    "a local guideline applied",
    fw,
)
ok(
    "more-df-lith-back-burner-agreed",
    DF,
    "lith",
    "A switch away from lithium is on the back burner until after the birth, by agreement with her "
    "psychiatrist; Priadel 800 mg at night continues. Levels monthly, weekly from 36 weeks and within 24 h of "
    "birth; the paediatric team reviews the baby after birth; bottle feeding.",
    "one question put off with the plan decided",
)
ok(
    "more-so-lith-bear-in-mind-so",
    SO,
    "lith",
    "Lithium 800 mg at night continues. Bear in mind that lithium toxicity can follow dehydration in labour, "
    "so levels are checked within 24 hours of delivery and she has extra fluids; levels monthly and weekly "
    "from 36 weeks. The paediatricians review the baby after birth; bottle feeding.",
    "'bear in mind' with what follows",
)
ok(
    "more-ac-meth-rota-called-midwife-scores",
    AC,
    "meth",
    "Methadone 60 mg daily continues. The ward midwives score the baby for NAS for 72 hours and phone whoever "
    "is on call for the neonatal unit if two scores reach 8. Breastfeeding supported; no co-sleeping after her "
    "dose; HV checks the cot.",
    "the observers named; the rota only who is phoned",
)
ok(
    "more-ac-po-gran-and-hv",
    AC,
    "po",
    "Chloe's paracetamol raises no concern. Daniel's quetiapine 300 mg leaves him hard to wake at night: no "
    "co-sleeping with him and no night feeds by him after his dose. Chloe's mum stays over on weeknights to "
    "help; the HV visits weekly and checks the crib.",
    "a relative helping beside the HV",
    shy,
)
ok(
    "more-jt-fo-pregabalin-first",
    JT,
    "fo",
    "Pregabalin: 150 mg bd continues. Diazepam: 5 mg tds continues, with a slow taper from the 6-week review; "
    "never stopped suddenly. Baby: both sedate her, so no co-sleeping or feeding lying down, the foster carer "
    "does nights, and the foster carer and HV watch for late withdrawal until day 8. Social worker informed "
    "and holds the plan.",
    "headings per medicine and one for the baby",
)
ok(
    "more-ss-quet-never-even-fine",
    SS,
    "quet",
    "Co-sleeping with the baby is never safe for Daniel after his quetiapine 300 mg, even when he feels wide "
    "awake: he sleeps apart, does no night feeds, and Chloe has the baby in the side crib. HV rechecks every "
    "visit.",
    "advice held firm",
)
ok(
    "more-om-meth-lactulose-aside",
    OM,
    "meth",
    "Methadone 60 mg daily continues; lactulose for constipation is fine alongside it. The ward scores the "
    "baby for NAS for 72 hours after birth; breastfeeding supported; no co-sleeping as she is drowsy after "
    "each dose; HV checks the cot.",
    "a laxative mentioned beside methadone's own plan",
)
ok(
    "more-om-valp-folic-first",
    OM,
    "valp",
    "Folic acid 5 mg daily started today, to 12 weeks. Sodium valproate 500 mg bd continues until neurology "
    "this week and must not be stopped suddenly; the baby has been exposed since conception, so fetal "
    "medicine review and a detailed anomaly scan are booked.",
    "folic acid's clause first, valproate's own plan after",
    zwsp,
)
ok(
    "more-fp-dzp-will-have-finished",
    FP,
    "dzp",
    "By the 6-week review the baby will have finished the late-withdrawal window, which the foster carer and "
    "HV watch until day 8. Diazepam 5 mg tds and pregabalin 150 mg bd continue, never stopped suddenly, with "
    "a diazepam taper from then. Both sedate Kayleigh: no co-sleeping, no feeding lying down; foster carer "
    "does nights.",
    "a future perfect beside who watches until when",
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F102CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F102CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F102CASES):3}"
    )
