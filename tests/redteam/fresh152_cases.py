"""A hundred-and-fifty-second independent "fresh" batch of red-team cases for the share gate: a held-out-style mix,
twenty-ninth round.

Written from the issue, docs/rules.md, README.md, CHANGELOG.md and the examples, not from the gate's code or its
word lists, as an independent tester holding back records would write them, in the proportions issue 9 gives for
the hidden sets. Each category goes both ways: for each hollow or impossible record a near miss a clinician could
well write that must pass. About half must pass.

* ``restated``: the form's prompts echoed, "covered", "explained", "counselled", "informed", "aware" with nothing
  decided, against the same words followed by the decision with its holders and times;
* ``deferral``: care plans, letters, other teams and future meetings pointed to, against substantive conclusions that
  also point to a letter, send a copy or give an instruction;
* ``vaguetime``: acts "in time", "at some juncture", "now and then", "as appropriate", against acts on dates, at
  hours and at named visits;
* ``holder``: blanks, "<insert HV name>", "the nominated clinician", "an adult", "staff" holding the plan, against
  named people and roles;
* ``guidance``: the BNF, NICE, MHRA, UKTIS or the Lullaby Trust quoted and never applied to this baby, against the
  same guidance turned into this baby's plan;
* ``ended``: a plan that ends (night feeds, a crib, a health visitor, the psychiatrist's levels) with nothing in its
  place, against the same ending with the replacement told;
* ``brands``: medicines of concern under UK brands, unassessed, against brands of assessed medicines and harmless
  brands with the clinician's reason;
* ``misspelt``: slips a GP makes at speed, unassessed, against the same kind of slip on assessed medicines;
* ``dates``: days the calendar lacks, an assessment before conception, an attestation in the future or before the
  assessment, against real days and an attestation the day after;
* ``impossible``: gestations past 44 weeks, routes the form cannot take, doses far over the daily maximum, strengths
  no product has, lithium levels no living person has, against the real ones at their limits;
* ``household``: the father's sedating medicines unassessed, dismissed or given the nights, against his medicines
  assessed with a night plan;
* ``styles``: HV and midwife notes, letters, SOAP, bullets, headings and shorthand, each good one beside a hollow
  twin in the same style;
* ``disguise``: about a fifth, texts and names from above in look-alike letters, zero-width characters, soft
  hyphens, bidi marks and full width; the verdict equals the plain one.

Must-pass conclusions are complete: each names its medicines, says what they mean for this baby and what named
professionals do and when, and answers the class's concerns (withdrawal watch with who, where and how long;
safe sleep and the nights for sedating medicines; the exposure plan for teratogens; levels and the baby for
lithium). Medicines named here are real (UK brands and the BNF); no clinical code is invented (renamed medicines
lose their code, added ones have none). ``test_fresh_records.py`` runs them; the cases the gate gets wrong today
are listed there (strict xfail). Run ``python -m tests.redteam.fresh152_cases`` for the counts per category.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from tests.redteam.cases import (
    ELM_PARK,
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
    other_prescriber,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F152CASES: list[Case] = []

CATEGORIES = (
    "restated",
    "deferral",
    "vaguetime",
    "holder",
    "guidance",
    "ended",
    "brands",
    "misspelt",
    "dates",
    "impossible",
    "household",
    "styles",
    "disguise",
)

RS, DF, VT, HO, GU, EN, BR, MS, DT, IM, HH, ST, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F152CASES.append(Case(f"f152-{name}", category, expect, base, mutate, why))


Make = Callable[[str], Mutation]
Disguise = Callable[[str], str]


def cyr(text: str) -> str:
    return homoglyphs(text, "aeopcx")


def greek(text: str) -> str:
    return homoglyphs(text, "oiva", variant=1)


def zwsp(text: str) -> str:
    return inside_words(text, "\u200b", every=3)


def zwnj(text: str) -> str:
    return inside_words(text, "\u200c", every=2)


def wj(text: str) -> str:
    return inside_words(text, "\u2060", every=4)


def shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=3)


def bidi(text: str) -> str:
    return " ".join(f"\u2068{word}\u2069" for word in text.split(" "))


def fw(text: str) -> str:
    return full_width(text)


def case(
    name: str,
    category: str,
    expect: Expect,
    base: str,
    make: Make,
    text: str,
    why: str,
    disguise: Disguise | None = None,
) -> None:
    add(name, category, expect, base, make(text), why)
    if disguise is not None:
        add(f"dg-{name}", DG, expect, base, make(disguise(text)), f"{why} [disguised: {disguise.__name__}]")


def ok(name: str, category: str, base: str, make: Make, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, PASS, base, make, text, why, disguise)


def bad(name: str, category: str, base: str, make: Make, text: str, why: str, disguise: Disguise | None = None) -> None:
    case(name, category, REFUSE, base, make, text, why, disguise)


# ------------------------------------------------------------------------------------------------ makers


def unassessed(dose: str) -> Make:
    """A medicine of the mother's added to the postnatal record (nothing of concern, breastfed), unassessed."""

    def make(name: str) -> Mutation:
        return add_medicine(medicine("med-extra", name, dose, "2026-04-03", gp_prescriber(RIVERSIDE)))

    return make


def classified(dose: str, reason: str) -> Make:
    """A harmless medicine added to the postnatal record with the clinician's reason it raises no concern."""

    def make(name: str) -> Mutation:
        return add_medicine(medicine("med-extra", name, dose, "2026-04-03", gp_prescriber(RIVERSIDE),
                                     not_of_concern_reason=reason))

    return make


def partner_unassessed(dose: str) -> Make:
    """A medicine the father takes added to the partner record, unassessed."""

    def make(name: str) -> Mutation:
        return add_medicine(medicine("med-partner-extra", name, dose, "2026-02-02", other_prescriber(ELM_PARK),
                                     taken_by="partner"))

    return make


def renamed(mid: str, dose: str | None = None) -> Make:
    """An assessed medicine written under another name; its code is dropped (a brand or a slip has no VMP code)."""

    def make(name: str) -> Mutation:
        def mutate(doc: Record) -> None:
            for med in doc["medicines"]:
                if med["id"] == mid:
                    med["name"] = name
                    med.pop("code", None)
                    if dose is not None:
                        med["dose"] = dose
                    return
            raise KeyError(mid)

        return edit(mutate)

    return make


def at(path: str, pre: Mutation | None = None) -> Make:
    def make(text: str) -> Mutation:
        return set_(path, text) if pre is None else chain(pre, set_(path, text))

    return make


def both_dates(asm: str) -> Make:
    def make(day: str) -> Mutation:
        return chain(set_(f"assessments#{asm}.date", day), set_("overall_conclusion.date", day))

    return make


ASM_Q = "assessments#asm-partner-quetiapine"
METH_C = at("assessments#asm-methadone.conclusion")
SERT_C = at("assessments#asm-sertraline.conclusion")
LITH_C = at("assessments#asm-lithium.conclusion")
VALP_C = at("assessments#asm-valproate.conclusion")
DZP_C = at("assessments#asm-diazepam-pregabalin.conclusion")
QUET_C = at(f"{ASM_Q}.conclusion")
CIT_C = at("assessments#asm-citalopram.conclusion")
OVERALL = at("overall_conclusion.text")


def partner_joint(mid: str, name: str, dose: str, capacity: str, overall_text: str) -> Make:
    """A second sedating medicine of the father's added and assessed with his quetiapine; text as the joint
    conclusion, beside an overall conclusion naming every medicine."""

    def make(text: str) -> Mutation:
        return chain(
            add_medicine(medicine(mid, name, dose, "2026-02-02", other_prescriber(ELM_PARK), taken_by="partner")),
            set_(f"{ASM_Q}.medicine_ids", ["med-partner-quetiapine", mid]),
            set_(f"{ASM_Q}.impact_on_mother.parenting_capacity", capacity),
            set_("overall_conclusion.text", overall_text),
            set_(f"{ASM_Q}.conclusion", text),
        )

    return make


# Good conclusions, written fresh for this corpus: each names its medicine, the baby's risk, who does what, when.
METH = (
    "Methadone 60 mg once daily (supervised) stays as it is for the rest of the pregnancy; cutting down now would "
    "risk Jodie using on top. The baby may develop neonatal abstinence syndrome: the postnatal ward midwives use the "
    "NAS chart every 4 hours for at least 3 days before discharge, and the health visitor looks for late signs at "
    "home until day 10. Breastfeeding is encouraged. Jodie is drowsy after her dose, so the baby sleeps in its own "
    "cot, never in her bed or on the sofa; the health visitor sees the cot at the new birth visit."
)
SERT = (
    "Sertraline 100 mg daily carries on, as Jodie's depression returned when she stopped it before. The ward "
    "midwives observe the baby for the first 48 hours for jitteriness, poor feeding and fast breathing. "
    "Breastfeeding on sertraline is fine and the midwife supports it. Dr Shah reviews her mood at 2 and 6 weeks "
    "after delivery."
)
LITH = (
    "Lithium (Priadel) 800 mg at night carries on, because Rebecca's risk of a postpartum relapse is high. The "
    "perinatal psychiatrist checks her lithium level every 4 weeks, weekly from 36 weeks and within 24 hours of "
    "delivery. A paediatrician examines the baby on the labour ward for floppiness, poor feeding and thyroid "
    "problems. Rebecca will bottle feed, as lithium passes into breast milk. The perinatal mental health team sees "
    "her within a week of the birth."
)
VALP = (
    "Sodium valproate 500 mg twice a day continues unchanged for now, as stopping it suddenly could bring on "
    "seizures. The baby has been exposed through the first trimester: Dr McAllister sent urgent referrals today to "
    "neurology, who see her within 2 weeks to review the valproate, and to fetal medicine for an early scan and the "
    "detailed 20-week anomaly scan. Folic acid 5 mg daily began today. The community midwife books her at 10 weeks."
)
DZP = (
    "Diazepam 5 mg three times a day and pregabalin 150 mg twice a day both continue, and neither is stopped "
    "suddenly; Dr Pritchard begins a slow diazepam reduction at the 6-week review. Together they make Kayleigh "
    "sleepy, so she never sleeps with the baby on a bed, sofa or armchair and does not feed lying down; the foster "
    "carer does every night feed. The foster carer and the health visitor watch the baby for late withdrawal "
    "(irritability, poor feeding, a high-pitched cry) until day 8."
)
QUET = (
    "Daniel's quetiapine 300 mg at night leaves him too sedated to wake for the baby. He does no night feeds and "
    "never falls asleep with the baby on a bed, sofa or armchair after his dose; Chloe does the night feeds and the "
    "baby sleeps in the next-to-me crib on her side. Joanna Price, the health visitor, checks the crib at each visit "
    "until 8 weeks."
)
CIT = (
    "Citalopram 20 mg daily carries on, as Megan relapsed twice when she stopped it. The community midwife watches "
    "the baby for 48 hours after the birth for jitteriness, poor feeding and fast breathing. Breastfeeding is "
    "supported: only small amounts of citalopram pass into milk. Dr McAllister reviews Megan's mood at the 6-week "
    "check."
)

# ============================================================================================================ restated
bad("rs-meth-all-covered", RS, M, METH_C,
    "Methadone in pregnancy: NAS, breastfeeding and safe sleep all covered with Jodie today and documented.",
    "the concerns listed as covered; not one answered for the baby", zwsp)
bad("rs-lith-risks-explained", RS, L, LITH_C,
    "Lithium - risks to the baby explained; Rebecca understands and is in agreement with ongoing management.",
    "explained, understood, agreed: no levels, no baby review, no feeding decision")
bad("rs-dzp-prompts-echoed", RS, F, DZP_C,
    "Impact on the baby: considered. Safe sleep: considered. Withdrawal: considered. Diazepam and pregabalin "
    "reviewed.",
    "the form's headings echoed with 'considered' under each")
bad("rs-cit-aware-happy", RS, C, CIT_C,
    "Citalopram 20mg. Megan aware of the possible effects on the baby and happy to continue. Midwife aware.",
    "aware and happy; no watch, no feeding")
bad("rs-valp-counselled", RS, V, VALP_C,
    "Sodium valproate: counselled re risks in pregnancy as per MHRA; patient acknowledges the information given.",
    "counselled and acknowledged; no plan for the exposed baby", cyr)
bad("rs-quet-dad-informed", RS, P, QUET_C,
    "Quetiapine (dad) - informed of the risks around co-sleeping; verbalised understanding.",
    "informed and understood; no one holds the nights, no sleeping place")
ok("rs-meth-covered-then-plan", RS, M, METH_C,
   "All three covered with Jodie today and agreed as follows. " + METH,
   "'covered' followed by the decided plan", zwsp)
ok("rs-lith-explained-then-plan", RS, L, LITH_C,
   "Risks explained and Rebecca agrees the plan. " + LITH,
   "'explained' beside the plan for levels, the baby and feeding")
ok("rs-cit-aware-then-plan", RS, C, CIT_C,
   "Megan is aware of what citalopram may mean for the baby and wants to continue. " + CIT,
   "'aware' then the watch, the feeding and the review")
ok("rs-valp-counselled-then-plan", RS, V, VALP_C,
   "Counselled today under the MHRA valproate rules and she signed the risk acknowledgement form. " + VALP,
   "counselled, then the exposure plan", cyr)
ok("rs-quet-informed-then-plan", RS, P, QUET_C,
   "Daniel was told the co-sleeping risk and agreed the following. " + QUET,
   "informed, then his night plan")
ok("rs-dzp-prompts-answered", RS, F, DZP_C,
   "Impact on the baby: may withdraw late, up to day 8; the foster carer and the health visitor watch for "
   "irritability and poor feeding until then. Safe sleep: diazepam and pregabalin make Kayleigh drowsy, so no bed, "
   "sofa or armchair sharing and no feeding lying down; the foster carer does every night feed. Plan: both continue; "
   "Dr Pritchard starts a slow diazepam taper at 6 weeks.",
   "the form's headings each answered")

# ============================================================================================================ deferral
bad("df-meth-drug-service-plan", DF, M, METH_C,
    "Methadone: see the drug service care plan for the baby's management; the practice will follow it.",
    "the baby's plan pointed to elsewhere", shy)
bad("df-lith-psych-to-advise", DF, L, LITH_C,
    "Lithium - perinatal psychiatry to advise on all aspects of management. Awaiting their clinic letter.",
    "everything handed to psychiatry and a letter not yet written")
bad("df-valp-neuro-decide", DF, V, VALP_C,
    "Valproate: for neurology to decide. Nothing further from the practice until they respond.",
    "the decision handed on and nothing done meanwhile")
bad("df-dzp-placement-plan", DF, F, DZP_C,
    "Diazepam and pregabalin - please refer to the social worker's placement plan, which covers the baby's care.",
    "a pointer to another plan")
bad("df-cit-obstetric-team", DF, C, CIT_C,
    "Citalopram: management per the obstetric team. Refer back to them with any queries.",
    "'per the obstetric team' and nothing else")
bad("df-sert-pending-psych", DF, M, SERT_C,
    "Sertraline continues pending psychiatric review, after which the plan for the baby will be decided and "
    "communicated.",
    "the baby's plan postponed to a later review", greek)
bad("df-overall-m-minutes", DF, M, OVERALL,
    "Methadone and sertraline - the pre-birth planning meeting on 18/03 will set out the baby's plan; see its "
    "minutes.",
    "the whole plan left to a future meeting's minutes")
ok("df-meth-plan-plus-pharmacy", DF, M, METH_C,
   METH + " The drug service care plan dated 24/02/26 lists her dispensing pharmacy.",
   "substantive, then a pointer for the dispensing details", shy)
ok("df-lith-plan-plus-letter", DF, L, LITH_C,
   LITH + " Further detail is in the perinatal psychiatry clinic letter.",
   "substantive, with a letter for detail")
ok("df-valp-plan-plus-neuro-letter", DF, V, VALP_C,
   VALP + " The neurology letter will follow with any change to her dose.",
   "decided today, a later letter only for a dose change")
ok("df-dzp-plan-copy-sw", DF, F, DZP_C,
   DZP + " A copy goes to the social worker for the placement plan.",
   "substantive, copied to the social worker")
ok("df-cit-please-weigh", DF, C, CIT_C,
   CIT + " Please weigh the baby on day 5 as usual.",
   "an instruction beginning 'please' is not a deferral")
ok("df-overall-m-meeting-confirms", DF, M, OVERALL,
   "Methadone 60 mg od and sertraline 100 mg od both continue. After birth the ward midwives score the baby for NAS "
   "4-hourly for 72 hours and watch for SSRI adaptation signs over the first 48 hours; the health visitor looks for "
   "late withdrawal at home to day 10. Breastfeeding encouraged. Jodie is drowsy after her methadone, so no bed or "
   "sofa sharing; the social worker and health visitor see the cot before discharge. The pre-birth meeting on 18/03 "
   "confirms the discharge date.",
   "the overall plan decided, a meeting only to set a date", greek)

# ============================================================================================================ vaguetime
bad("vt-meth-in-time", VT, M, METH_C,
    "Methadone continues. NAS observations in time; cot to be checked at a suitable point; breastfeeding to be "
    "supported when the opportunity arises.",
    "every act held at no time", cyr)
bad("vt-lith-juncture", VT, L, LITH_C,
    "Lithium continues with levels from time to time; baby to have a paeds review at some juncture after delivery.",
    "no schedule for levels, no time for the baby's review")
bad("vt-dzp-as-appropriate", VT, F, DZP_C,
    "Diazepam and pregabalin continue. Taper as appropriate; withdrawal watch as deemed appropriate; the foster "
    "carer to avoid co-sleeping where possible.",
    "'as appropriate' everywhere, co-sleeping avoided only 'where possible'")
bad("vt-quet-now-and-then", VT, P, QUET_C,
    "Daniel's quetiapine: HV to pop in now and then to see the sleeping set-up.",
    "an untimed visit; the nights not answered")
bad("vt-cit-earliest-opportunity", VT, C, CIT_C,
    "Citalopram continues; baby obs at the earliest opportunity and GP mood review at some stage postnatally.",
    "no span for the watch, no time for the review")
ok("vt-meth-stated-times", VT, M, METH_C, METH,
   "each act for the baby at a stated time or span", cyr)
ok("vt-lith-dates", VT, L, LITH_C,
   "Lithium (Priadel) 800 mg nocte continues. Levels on 3 June and 1 July, then weekly from 36 weeks (29 July) and "
   "within 24 hours of delivery, by the perinatal psychiatrist. Paediatrician reviews the baby on the labour ward "
   "for tone, feeding and thyroid. Bottle feeding, as lithium passes into breast milk. PNMH team visit in the first "
   "week after birth.",
   "levels on dates that fit her gestation")
ok("vt-dzp-dates", VT, F, DZP_C,
   "Diazepam 5 mg tds and pregabalin 150 mg bd continue; Dr Pritchard starts the diazepam taper at the 6-week "
   "review on 20 July. Both sedate Kayleigh, so no bed, sofa or armchair sharing and no feeding lying down; the "
   "foster carer does every night feed. The foster carer watches for late withdrawal daily until day 8 (16 June) "
   "and the health visitor sees the baby on day 10.",
   "the taper and the watch on dates")
ok("vt-quet-named-visits", VT, P, QUET_C,
   "Daniel takes quetiapine 300 mg at 10 pm and is too sedated to wake until morning, so Chloe does all the night "
   "feeds and he never sleeps with the baby on the bed, sofa or armchair. The baby sleeps in its crib beside Chloe. "
   "HV sees the crib at the 10-14 day visit and again at 6-8 weeks.",
   "checks at named visits")
ok("vt-cit-hours", VT, C, CIT_C,
   "Citalopram 20 mg once daily continues (two relapses off it). Midwife checks the baby at 2, 24 and 48 hours "
   "for jitteriness, poor feeding and fast breathing; breastfeeding supported. GP mood review at 6 weeks postnatal.",
   "the watch at stated hours")

# ============================================================================================================ holder
bad("ho-meth-blank-holders", HO, M, METH_C,
    "Methadone continues. NAS scoring by ___ for 72 hours; cot check by ___ at the new birth visit; feeding support "
    "by ___.",
    "every holder a blank line", zwnj)
bad("ho-lith-nominated", HO, L, LITH_C,
    "Lithium continues. Levels by the nominated clinician; baby reviewed by the appropriate team member after birth.",
    "holders that name no one")
bad("ho-dzp-an-adult", HO, F, DZP_C,
    "Diazepam and pregabalin continue. An adult will do the night feeds and someone will watch for withdrawal until "
    "day 8.",
    "'an adult' and 'someone'")
bad("ho-quet-insert-name", HO, P, QUET_C,
    "Quetiapine (Daniel) - crib checks by <insert HV name> fortnightly until 8 weeks; night feeds by <name>.",
    "template placeholders left in")
bad("ho-cit-staff", HO, C, CIT_C,
    "Citalopram continues. Baby to be observed by whoever is on shift for as long as they see fit; mood to be "
    "reviewed by any available clinician.",
    "'whoever is on shift' and 'any available clinician', the watch of no span; feeding not answered")
ok("ho-meth-named", HO, M, METH_C,
   "Methadone 60 mg od continues. The postnatal ward midwives score the baby for NAS every 4 hours for 72 hours; "
   "Sarah Bell, community midwife, supports breastfeeding; the health visitor checks the cot at the new birth visit, "
   "because Jodie is drowsy after her dose and must not share a bed or sofa with the baby.",
   "every act held by a named person or role", zwnj)
ok("ho-lith-dr-okafor", HO, L, LITH_C,
   "Lithium (Priadel) 800 mg at night continues, given her high relapse risk. Dr Okafor, perinatal psychiatrist, "
   "takes levels every 4 weeks, weekly from 36 weeks and within 24 hours of birth. The on-call paediatrician "
   "reviews the baby on the labour ward for tone, feeding and thyroid. Bottle feeding, as lithium is in breast "
   "milk. PNMH team sees Rebecca within a week of the birth.",
   "holders named")
ok("ho-dzp-foster-carer-hv", HO, F, DZP_C,
   "Diazepam and pregabalin both continue; Dr Pritchard starts a slow diazepam taper at 6 weeks. They sedate "
   "Kayleigh: no sleeping with the baby on a bed, sofa or armchair, no feeding lying down. The foster carer does "
   "every night feed and, with the health visitor, watches for late withdrawal until day 8.",
   "the nights and the watch held by the foster carer and health visitor")
ok("ho-quet-joanna", HO, P, QUET_C,
   "Quetiapine (Daniel) 300 mg nocte: he does no night feeds and never shares a bed, sofa or armchair with the baby "
   "after his dose; Chloe does the nights, crib on her side. Crib checks by Joanna Price, HV, fortnightly until 8 "
   "weeks.",
   "the placeholders filled")
ok("ho-cit-midwife-gp", HO, C, CIT_C,
   "Citalopram 20 mg od continues; she relapsed twice off it. Community midwife observes the baby for 48 h after "
   "birth for jitteriness and poor feeding; breastfeeding is supported. Dr McAllister reviews Megan's mood at 6/52.",
   "holders named: the community midwife and the GP")

# ============================================================================================================ guidance
bad("gu-meth-bnf-says", GU, M, METH_C,
    "Methadone: the BNF advises that neonatal withdrawal may occur and that exposed babies should be monitored. NICE "
    "recommends safe sleep advice for parents taking opioids.",
    "guidance quoted, never applied to this baby", greek)
bad("gu-lith-cg192-applies", GU, L, LITH_C,
    "Lithium - NICE CG192 applies; UKTIS monograph consulted; guidance on levels and infant feeding to be followed.",
    "guidance named and 'to be followed'; nothing decided")
bad("gu-valp-mhra-states", GU, V, VALP_C,
    "Valproate: MHRA guidance states valproate must not be used in pregnancy unless there is no suitable alternative. "
    "The pregnancy prevention programme applies.",
    "the MHRA rule quoted; no exposure plan for this baby")
bad("gu-dzp-lullaby-says", GU, F, DZP_C,
    "Diazepam and pregabalin: Lullaby Trust guidance is that babies should never sleep on a sofa with a drowsy adult. "
    "UKTIS notes possible neonatal withdrawal with benzodiazepines.",
    "guidance reported; no one holds the nights or the watch")
bad("gu-cit-uktis-reports", GU, C, CIT_C,
    "Citalopram: SSRIs in late pregnancy are associated with neonatal adaptation syndrome and a small increase in "
    "PPHN, according to UKTIS.",
    "a drug-leaflet fact, nothing for this baby")
ok("gu-meth-bnf-applied", GU, M, METH_C,
   "The BNF warns of neonatal withdrawal with methadone, so for this baby the postnatal ward midwives score for NAS "
   "every 4 hours for 72 hours and the health visitor looks for late signs to day 10. Methadone 60 mg od continues. "
   "Breastfeeding encouraged. Jodie is drowsy after her dose: baby in its own cot, never her bed or the sofa; the "
   "health visitor checks the cot at the new birth visit.",
   "the guidance turned into this baby's plan", greek)
ok("gu-lith-cg192-applied", GU, L, LITH_C,
   "In line with NICE CG192, Rebecca's lithium (Priadel) 800 mg nocte continues with levels every 4 weeks, weekly "
   "from 36 weeks and within 24 hours of delivery, taken by the perinatal psychiatrist. The paediatrician reviews "
   "the baby on the labour ward for floppiness, feeding and thyroid function. She bottle feeds, as lithium passes "
   "into milk. PNMH team see her in the first postnatal week.",
   "guidance named, then applied")
ok("gu-valp-mhra-applied", GU, V, VALP_C,
   "MHRA rules allow valproate in pregnancy only where nothing else works; for her, sodium valproate 500 mg bd "
   "continues until neurology sees her within 2 weeks, as stopping suddenly risks seizures. The baby was exposed in "
   "the first trimester: Dr McAllister referred her to fetal medicine today for an early scan and the 20-week "
   "anomaly scan, and folic acid 5 mg daily started today.",
   "the MHRA rule, then her exposure plan")
ok("gu-dzp-lullaby-applied", GU, F, DZP_C,
   "Following the Lullaby Trust advice, Kayleigh never sleeps with the baby on a sofa, bed or armchair while drowsy "
   "on diazepam and pregabalin, and does not feed lying down; the foster carer does every night feed. UKTIS notes "
   "late withdrawal with benzodiazepines, so the foster carer and health visitor watch the baby until day 8. Both "
   "medicines continue; Dr Pritchard begins a slow diazepam taper at 6 weeks.",
   "the guidance applied to this placement")
ok("gu-cit-uktis-applied", GU, C, CIT_C,
   "UKTIS links SSRIs late in pregnancy with neonatal adaptation syndrome, so the community midwife watches this "
   "baby for 48 hours after birth for jitteriness, poor feeding and fast breathing. Citalopram 20 mg od continues, "
   "as Megan relapsed twice off it; breastfeeding is supported. Dr McAllister reviews her mood at 6 weeks.",
   "the fact, then the watch")

# ============================================================================================================ ended
bad("en-dzp-night-feeds-stop", EN, F, DZP_C,
    "Diazepam and pregabalin continue and sedate Kayleigh; no co-sleeping. The foster carer stops doing the night "
    "feeds from next week. Withdrawal watch by the foster carer and HV to day 8.",
    "the night cover ends with nothing in its place while the mother is sedated", shy)
bad("en-quet-crib-returned", EN, P, QUET_C,
    "Daniel's quetiapine sedates him at night; he does no night feeds. The loan crib goes back on Monday and there "
    "is no replacement yet. HV checks at each visit.",
    "the sleeping place ends with nothing in its place")
bad("en-meth-hv-visit-cancelled", EN, M, METH_C,
    "Methadone 60 mg od continues. NAS scoring 4-hourly for 72 hours by the ward midwives; breastfeeding encouraged; "
    "no bed sharing as Jodie is drowsy after her dose. The health visitor who was to check the cot has left and the "
    "visit is cancelled.",
    "the cot check cancelled with no one in its place")
bad("en-lith-levels-stop", EN, L, LITH_C,
    "Lithium continues. The perinatal psychiatrist has discharged Rebecca, so her levels stop after this month. "
    "Baby to have a paeds review; bottle feeding.",
    "levels stopped in pregnancy with no one taking them on")
ok("en-dzp-relief-carer", EN, F, DZP_C,
   "Diazepam and pregabalin continue and sedate Kayleigh: no bed, sofa or armchair sharing, no feeding lying down. "
   "The foster carer stops the night feeds from next week and the relief foster carer, who stays overnight, takes "
   "them over from Monday. The foster carer and health visitor watch for withdrawal until day 8; Dr Pritchard "
   "starts the diazepam taper at 6 weeks.",
   "the night cover handed to a named relief carer", shy)
ok("en-quet-own-cot", EN, P, QUET_C,
   "Daniel's quetiapine 300 mg nocte sedates him; he does no night feeds and never shares a bed or sofa with the "
   "baby. The loan crib goes back on Monday and Chloe's mother brings their own cot that day; it goes on Chloe's "
   "side. Joanna Price, HV, sees it at her visit on 3 June and each visit to 8 weeks.",
   "the crib replaced on the same day")
ok("en-meth-new-hv", EN, M, METH_C,
   "Methadone 60 mg od continues. Ward midwives score the baby for NAS every 4 hours for 72 hours; breastfeeding "
   "encouraged. Jodie is drowsy after her dose, so no bed or sofa sharing. The health visitor named at booking has "
   "left; her replacement, Anna Reid, sees the cot at the new birth visit and looks for late withdrawal to day 10.",
   "the health visitor replaced by name")
ok("en-lith-levels-to-gp", EN, L, LITH_C,
   "Lithium (Priadel) 800 mg nocte continues. The perinatal psychiatrist hands the levels to Dr Campbell from 1 "
   "June: every 4 weeks, weekly from 36 weeks and within 24 hours of delivery. A paediatrician reviews the baby "
   "after birth for tone, feeding and thyroid; Rebecca bottle feeds, since lithium enters breast milk. PNMH team "
   "sees her within a week of delivery.",
   "the levels handed to the GP")

# ============================================================================================================ brands
bad("br-physeptone", BR, N, unassessed("30 mg once daily, supervised"), "Physeptone 1mg/ml oral solution",
    "methadone under its brand, unassessed", zwsp)
bad("br-espranor", BR, N, unassessed("8 mg once daily"), "Espranor 8mg oral lyophilisates",
    "buprenorphine under its brand, unassessed")
bad("br-stilnoct", BR, N, unassessed("10 mg at night"), "Stilnoct 10mg tablets",
    "zolpidem, a z-drug, unassessed", cyr)
bad("br-nytol-one-a-night", BR, N, unassessed("50 mg at night when needed"), "Nytol One-A-Night 50mg tablets",
    "diphenhydramine, a sedating antihistamine, unassessed")
bad("br-epanutin", BR, N, unassessed("300 mg at night"), "Epanutin 100mg capsules",
    "phenytoin, an antiepileptic and teratogen, unassessed")
bad("br-tegretol-retard", BR, N, unassessed("400 mg twice a day"), "Tegretol Prolonged Release 200mg tablets",
    "carbamazepine, an antiepileptic and teratogen, unassessed")
bad("br-seroquel-xl", BR, N, unassessed("300 mg at night"), "Seroquel XL 300mg tablets",
    "quetiapine, a sedating antipsychotic, unassessed", fw)
bad("br-zomorph", BR, N, unassessed("10 mg twice a day"), "Zomorph 10mg capsules",
    "morphine m/r under its brand, unassessed")
bad("br-neotigason", BR, N, unassessed("25 mg once daily"), "Neotigason 25mg capsules",
    "acitretin, a teratogen, unassessed")
bad("br-cellcept", BR, N, unassessed("1 g twice a day"), "CellCept 500mg tablets",
    "mycophenolate, a teratogen, unassessed")
ok("br-physeptone-assessed", BR, M, renamed("med-methadone"), "Physeptone 1mg/ml oral solution sugar free",
   "methadone brand, assessed; conclusions say methadone", zwsp)
ok("br-camcolit-assessed", BR, L, renamed("med-lithium"), "Camcolit 400mg modified-release tablets",
   "lithium brand, assessed; conclusions say lithium")
ok("br-episenta-assessed", BR, V, renamed("med-valproate"), "Episenta 500mg prolonged-release granules sachets",
   "valproate brand, assessed", cyr)
ok("br-alzain-assessed", BR, F, renamed("med-pregabalin"), "Alzain 75mg capsules",
   "pregabalin brand, assessed jointly with diazepam")
ok("br-cipramil-assessed", BR, C, renamed("med-citalopram"), "Cipramil 20mg tablets",
   "citalopram brand, assessed")
ok("br-seroquel-partner-assessed", BR, P, renamed("med-partner-quetiapine"), "Seroquel 100mg tablets",
   "the father's quetiapine under its brand, assessed", fw)
ok("br-fybogel-classified", BR, N,
   classified("One sachet twice a day in water",
              "Ispaghula husk for constipation after the birth; a bulk-forming fibre that stays in the gut, is not "
              "absorbed and does not reach the baby through milk."),
   "Fybogel Orange 3.5g effervescent granules sachets", "a harmless brand with its reason")
ok("br-pregaday-classified", BR, N,
   classified("One tablet daily",
              "Iron and folic acid for anaemia found at the postnatal check; compatible with breastfeeding, no "
              "sedation, no effect on the baby."),
   "Pregaday 322mg/350microgram tablets", "a harmless brand with its reason")

# ============================================================================================================ misspelt
bad("ms-buprenorpine", MS, N, unassessed("8 mg once daily"), "Buprenorpine 8mg sublingual tablets",
    "buprenorphine with a letter dropped, unassessed", greek)
bad("ms-gabapentine", MS, N, unassessed("300 mg three times a day"), "Gabapentine 300mg capsules",
    "gabapentin with a letter added, unassessed")
bad("ms-promethazene", MS, N, unassessed("25 mg at night"), "Promethazene 25mg tablets",
    "promethazine misspelt, unassessed")
bad("ms-olanzepine", MS, N, unassessed("5 mg at night"), "Olanzepine 5mg tablets",
    "olanzapine misspelt, unassessed", zwnj)
bad("ms-clonazepan", MS, N, unassessed("500 micrograms twice a day"), "Clonazepan 500microgram tablets",
    "clonazepam with its last letter swapped, unassessed")
bad("ms-carbamazapine", MS, N, unassessed("200 mg twice a day"), "Carbamazapine 200mg tablets",
    "carbamazepine misspelt, unassessed")
ok("ms-methodone-assessed", MS, M, renamed("med-methadone"), "Methodone 1mg/ml oral solution",
   "methadone misspelt, assessed; conclusions spell it right", greek)
ok("ms-sertaline-assessed", MS, M, renamed("med-sertraline"), "Sertaline 50mg tablets",
   "sertraline with a letter dropped, assessed")
ok("ms-pregabaline-assessed", MS, F, renamed("med-pregabalin"), "Pregabaline 75mg capsules",
   "pregabalin with a letter added, assessed")
ok("ms-quetiepine-assessed", MS, P, renamed("med-partner-quetiapine"), "Quetiepine 100mg tablets",
   "the father's quetiapine misspelt, assessed", zwnj)
ok("ms-pridel-assessed", MS, L, renamed("med-lithium"), "Lithium carbonate 400mg MR tablets (Pridel)",
   "the brand misspelt beside lithium, assessed")
ok("ms-citalapram-assessed", MS, C, renamed("med-citalopram"), "Citalapram 20mg tablets",
   "citalopram misspelt, assessed")
ok("ms-paracetomol-classified", MS, N,
   classified("1 g four times a day when needed",
              "Paracetamol for after-pains; compatible with breastfeeding at this dose, not sedating."),
   "Paracetomol 500mg tablets", "a harmless medicine misspelt, classified with its reason")

# ============================================================================================================ dates
bad("dt-meth-31-april", DT, M, METH_C,
    METH + " Pre-birth planning meeting booked for 31 April 2026.",
    "April has 30 days", bidi)
bad("dt-lith-31-06", DT, L, LITH_C,
    LITH + " Next level booked for 31/06/2026.",
    "31 June in numbers")
bad("dt-valp-29-02-2027", DT, V, VALP_C,
    VALP + " Neurology annual review on 29/02/2027.",
    "2027 is not a leap year")
bad("dt-meth-before-conception", DT, M, both_dates("asm-methadone"), "2025-06-20",
    "assessed as a pregnancy two months before it began (EDD 2026-05-15)")
bad("dt-cit-attested-in-future", DT, C, at("attestation.at"), "2027-02-12T09:25:00+00:00",
    "an attestation a year in the future")
bad("dt-dzp-attested-before-assessment", DT, F, at("attestation.at"), "2026-06-10T10:00:00+00:00",
    "attested two days before the assessment it attests")
ok("dt-meth-30-april", DT, M, METH_C,
   METH + " Pre-birth planning meeting booked for 30 April 2026.",
   "30 April exists", bidi)
ok("dt-lith-30-06", DT, L, LITH_C,
   LITH + " Next level booked for 30/06/2026.",
   "30 June in numbers")
ok("dt-valp-28-02-2027", DT, V, VALP_C,
   VALP + " Neurology annual review on 28/02/2027.",
   "28 February 2027 exists")
ok("dt-dzp-attested-next-day", DT, F, at("attestation.at"), "2026-06-13T09:00:00+00:00",
   "attested the day after the assessment, before the record was updated")

# ============================================================================================================ impossible
bad("im-meth-induction-46", IM, M, METH_C,
    METH + " Induction of labour is offered at 46+0 weeks if she has not delivered.",
    "an induction past 44 weeks", shy)
bad("im-lith-weekly-from-46", IM, L, LITH_C,
    LITH.replace("weekly from 36 weeks", "weekly from 46 weeks"),
    "weekly levels from 46 weeks: no pregnancy reaches it")
bad("im-sert-intramuscular", IM, M, at("medicines#med-sertraline.dose"), "100 mg intramuscularly once daily",
    "tablets injected into muscle")
bad("im-quet-on-skin", IM, P, at("medicines#med-partner-quetiapine.dose"), "300 mg applied to the skin at night",
    "tablets applied to the skin")
bad("im-meth-intravenous", IM, M, at("medicines#med-methadone.dose"),
    "60 mg (60 ml) intravenously once daily, supervised consumption",
    "an oral solution given into a vein", zwsp)
bad("im-preg-3g", IM, F, at("medicines#med-pregabalin.dose"), "1500 mg (twenty capsules) twice a day",
    "3 g a day, five times pregabalin's maximum of 600 mg")
bad("im-valp-8g", IM, V, at("medicines#med-valproate.dose"), "4000 mg twice a day",
    "8 g a day, over three times valproate's maximum of 2.5 g")
bad("im-paracetamol-8g", IM, N, at("medicines#med-paracetamol.dose"), "2 g four times a day",
    "8 g a day, twice paracetamol's maximum")
bad("im-cit-200mg-tablets", IM, C, renamed("med-citalopram"), "Citalopram 200mg tablets",
    "a strength citalopram is never made in")
bad("im-lith-level-15", IM, L, LITH_C,
    LITH + " Her last level was 15.2 mmol/L and the dose is unchanged.",
    "a lithium level no living person has, met with no change", cyr)
bad("im-lith-target-6-8", IM, L, LITH_C,
    LITH + " Target range 6-8 mmol/L.",
    "a target range ten times the real one")
ok("im-meth-induction-41", IM, M, METH_C,
   METH + " Induction of labour is offered at 41+0 weeks if she has not delivered.",
   "an induction at 41 weeks", shy)
ok("im-lith-level-0-78", IM, L, LITH_C,
   LITH + " Her last level was 0.78 mmol/L and the dose is unchanged.",
   "a real level in range", cyr)
ok("im-lith-target-0-4-1-0", IM, L, LITH_C,
   LITH + " Target range 0.4-1.0 mmol/L.",
   "the real target range")
ok("im-sert-orally", IM, M, at("medicines#med-sertraline.dose"), "100 mg orally once daily in the morning",
   "tablets by mouth")
ok("im-meth-orally", IM, M, at("medicines#med-methadone.dose"), "60 mg (60 ml) orally once daily, supervised",
   "the oral solution by mouth", zwsp)
ok("im-preg-600mg", IM, F, at("medicines#med-pregabalin.dose"), "300 mg (four capsules) twice a day",
   "pregabalin at its maximum of 600 mg a day")
ok("im-valp-2-5g", IM, V, at("medicines#med-valproate.dose"), "1000 mg in the morning and 1500 mg at night",
   "valproate at its maximum of 2.5 g a day")
ok("im-paracetamol-4g", IM, N, at("medicines#med-paracetamol.dose"),
   "500 mg to 1 g every 4-6 hours, no more than 4 g in 24 hours",
   "paracetamol at its maximum")
ok("im-cit-10mg-tablets", IM, C, renamed("med-citalopram", "Two tablets (20 mg) once daily"), "Citalopram 10mg tablets",
   "a real strength, the same dose")

# ============================================================================================================ household
PREG_CAP = ("Daniel takes quetiapine 300 mg at night for bipolar disorder and pregabalin 150 mg twice a day for nerve "
            "pain; together they leave him drowsy in the evening and very hard to wake overnight. He is well and "
            "shares the baby's care in the daytime.")
PREG_OVERALL = ("Chloe's paracetamol raises no concern. Daniel's quetiapine and pregabalin together make him drowsy "
                "in the evening and hard to wake overnight: no bed, sofa or armchair sharing with the baby and no "
                "night feeds by him; Chloe does the nights with the crib on her side. The health visitor checks at "
                "each visit until 8 weeks.")
DZP_CAP = ("Daniel takes quetiapine 300 mg at night for bipolar disorder and diazepam 5 mg at night for anxiety; "
           "between them he is heavily asleep from about 10 pm. He is well and shares the baby's care in the day.")
DZP_OVERALL = ("Chloe's paracetamol raises no concern. Daniel's quetiapine and diazepam leave him heavily asleep "
               "from about 10 pm: he does no night feeds and never sleeps with the baby on a bed, sofa or armchair; "
               "Chloe does the nights, the crib beside her. The health visitor checks at each visit until 8 weeks.")
P_PREG = partner_joint("med-partner-pregabalin", "Pregabalin 150mg capsules", "150 mg twice a day", PREG_CAP,
                       PREG_OVERALL)
P_DZP = partner_joint("med-partner-diazepam", "Diazepam 5mg tablets", "5 mg at night", DZP_CAP, DZP_OVERALL)

bad("hh-partner-pregabalin-unassessed", HH, P, partner_unassessed("150 mg twice a day"), "Pregabalin 150mg capsules",
    "the father's gabapentinoid, unassessed")
bad("hh-partner-diazepam-unassessed", HH, P, partner_unassessed("5 mg at night"), "Diazepam 5mg tablets",
    "the father's benzodiazepine, unassessed", greek)
bad("hh-overall-drops-dad", HH, P, OVERALL,
    "Chloe's paracetamol is fine with breastfeeding and nothing here worries us for the baby. HV to continue routine "
    "visits.",
    "the overall conclusion never names the father's quetiapine")
bad("hh-quet-own-team", HH, P, QUET_C,
    "Quetiapine is the father's own treatment and is reviewed by his own team; not relevant to this maternal "
    "assessment.",
    "the father's sedating medicine dismissed as someone else's business")
bad("hh-quet-dad-3am", HH, P, QUET_C,
    "Daniel takes quetiapine 300 mg at night, so he gives the baby its 3 am bottle before going back to sleep; HV "
    "aware.",
    "the sedated father given the small-hours feed")
bad("hh-joint-preg-omitted", HH, P, P_PREG,
    "Daniel's quetiapine 300 mg nocte leaves him very hard to wake: no night feeds by him, no bed, sofa or armchair "
    "sharing with the baby; Chloe does the nights. HV checks at each visit until 8 weeks.",
    "a joint assessment whose conclusion never names his pregabalin")
ok("hh-joint-preg-named", HH, P, P_PREG,
   "Daniel's quetiapine at night and pregabalin twice a day together leave him drowsy in the evening and very hard "
   "to wake overnight: no night feeds by him and no dozing with the baby on a bed, sofa or armchair; Chloe does the "
   "nights and the crib is on her side. HV checks at each visit until 8 weeks.",
   "both of the father's medicines named and his nights answered")
ok("hh-joint-dzp-named", HH, P, P_DZP,
   "Quetiapine 300 mg and diazepam 5 mg, both at night, leave Daniel heavily asleep from about 10 pm. He does no "
   "night feeds and never sleeps with the baby on a bed, sofa or armchair; Chloe does the nights and the baby "
   "sleeps in the crib beside her. Joanna Price, HV, checks at each visit until 8 weeks.",
   "the father's benzodiazepine assessed with his quetiapine", greek)
ok("hh-overall-names-dad", HH, P, OVERALL,
   "Chloe's paracetamol is fine with breastfeeding. Daniel's quetiapine 300 mg at night leaves him too sedated to "
   "wake for the baby: no night feeds by him, no bed, sofa or armchair sharing; Chloe does the nights and the crib "
   "is on her side. HV checks the crib at each visit until 8 weeks.",
   "the overall conclusion names both and answers his sedation")
ok("hh-quet-own-team-but", HH, P, QUET_C,
   "Daniel's quetiapine is reviewed by his own mental health team, but it matters here: after his 300 mg dose he is "
   "too sedated to wake, so he does no night feeds and never shares a bed, sofa or armchair with the baby. Chloe "
   "does the nights with the crib on her side; the health visitor checks it at each visit until 8 weeks.",
   "his own team's medicine, answered for the baby")
ok("hh-quet-chloe-3am", HH, P, QUET_C,
   "Daniel takes quetiapine 300 mg at 10 pm and cannot be woken after it, so Chloe gives the 3 am bottle and every "
   "other night feed; he never sleeps with the baby on a bed or sofa. The baby sleeps in the crib by Chloe. HV "
   "checks at each visit until 8 weeks.",
   "the small-hours feed held by the mother")

# ============================================================================================================ styles
ok("st-meth-hv-note", ST, M, METH_C,
   "HV antenatal contact. Jodie on methadone 60mg od (supervised), stable, no on-top use. Baby to be scored for NAS "
   "4-hrly for 72 hrs on PNW before d/c; I will look for late signs at the NBV and to day 10. BF encouraged. Drowsy "
   "post dose - baby in own cot, no bed/sofa sharing; I will see the cot at the NBV.",
   "a health visitor's note, complete", wj)
bad("st-meth-hv-note-hollow", ST, M, METH_C,
    "HV antenatal contact. Methadone noted. Usual advice given. NBV as per protocol.",
    "a health visitor's note of nothing", wj)
ok("st-lith-letter", ST, L, LITH_C,
   "Dear Dr Campbell, I saw Rebecca in the perinatal clinic today. Her lithium (Priadel) 800 mg at night should "
   "continue, as her relapse risk after birth is high. I will check levels every 4 weeks, weekly from 36 weeks and "
   "within 24 hours of delivery. Please ask the paediatrician to review the baby on the labour ward for tone, "
   "feeding and thyroid. She plans to bottle feed, as lithium passes into breast milk. Our team will see her within "
   "a week of the birth. Yours sincerely, Dr Okafor",
   "a letter, complete")
bad("st-lith-letter-hollow", ST, L, LITH_C,
    "Dear Dr Campbell, thank you for referring Rebecca regarding her lithium. I have reviewed her today and will "
    "write separately with my recommendations. Kind regards, Dr Okafor",
    "a letter promising another letter")
ok("st-dzp-mw-note", ST, F, DZP_C,
   "MW PN day 4. Mum on diazepam 5mg tds + pregabalin 150mg bd - both cont, not to stop suddenly; GP to taper "
   "diazepam from 6/52. Sedated: no co-sleeping, no feeding lying down; FC does all night feeds. Baby: late w/drawal "
   "watch to day 8 by FC, HV told. Cot seen in FC's room.",
   "a midwife's note, complete")
bad("st-dzp-mw-note-hollow", ST, F, DZP_C,
    "MW PN day 4. Diazepam + pregabalin - reviewed. Baby settled. Cont as per plan.",
    "a midwife's note pointing to a plan it does not give")
ok("st-cit-soap", ST, C, CIT_C,
   "S: Megan well on citalopram 20mg od, two relapses when stopped. O: 32+1/40, mood stable. A: benefit outweighs "
   "the small neonatal risk. P: continue citalopram; MW obs baby 48h for jitteriness/poor feeding/fast breathing; BF "
   "supported; GP mood r/v 6/52.",
   "SOAP with a plan", fw)
bad("st-cit-soap-hollow", ST, C, CIT_C,
    "S: on citalopram. O: well. A: stable. P: continue, r/v prn.",
    "SOAP with nothing for the baby", fw)
ok("st-quet-bullets", ST, P, QUET_C,
   "Quetiapine (dad), 300 mg nocte:\n- sedation: heavy after his dose\n- nights: Chloe does every feed, he does "
   "none\n- sleeping place: crib on Chloe's side; never a bed, sofa or armchair with dad\n- review: HV each visit "
   "to 8 weeks",
   "bullets, each answered")
bad("st-quet-bullets-hollow", ST, P, QUET_C,
    "Quetiapine (dad)\n- sedation: yes\n- safe sleep: discussed\n- plan: as above",
    "bullets with nothing after them")
ok("st-valp-headings", ST, V, VALP_C,
   "Medicine: sodium valproate 500 mg bd. Decision: continue unchanged until neurology, as stopping risks seizures. "
   "Baby: exposed in the first trimester; early scan and 20-week anomaly scan by fetal medicine, referral sent "
   "today. Neurology: urgent referral, seen within 2 weeks. Folic acid 5 mg: started today.",
   "headings, each answered")
bad("st-valp-headings-hollow", ST, V, VALP_C,
    "Medicine: valproate. Risk: known. Plan: per neurology. Review: TBA.",
    "headings answered by pointers and TBA")
ok("st-overall-l-shorthand", ST, L, OVERALL,
   "Li (Priadel) 800mg nocte - cont, high PN relapse risk. Levels 4-wkly, wkly from 36/40, <24h post delivery "
   "(perinatal psych). Paeds r/v baby on LW - tone, feeds, TFTs. Bottle feeding (Li in breast milk). PNMH r/v within "
   "1/52 of birth.",
   "the overall conclusion in shorthand, complete")
bad("st-overall-l-shorthand-hollow", ST, L, OVERALL,
    "Li - cont. Levels per psych. Paeds - tbc. Feeding - d/w.",
    "shorthand with every concern pointed elsewhere or tbc")


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F152CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F152CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F152CASES):3}"
    )
