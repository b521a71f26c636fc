"""A hundred-and-forty-ninth independent "fresh" batch of red-team cases for the share gate: a held-out-style mix,
twenty-eighth round.

Written from the issue, docs/rules.md, README.md, CHANGELOG.md and the examples, not from the gate's code or its
word lists, as an independent tester holding back records would write them. Each category goes both ways: for each
hollow or impossible record a near miss a clinician could well write that must pass. About 45% must pass.

* ``restated``: the form's prompts restated, or "discussed", "noted", "aware", "considered" with nothing decided,
  against the same words beside a decision with its holders and times;
* ``deferral``: deferrals to letters, plans and other services, against substantive conclusions that also point to
  a letter or give an instruction;
* ``vaguetime``: acts held at "some point", "in due course", "when convenient", against acts at a stated time;
* ``holder``: plans held by no one, by "someone" or by a placeholder ("[name]", "TBC", "XX"), against named holders;
* ``brands``: medicines of concern under UK brands or as a repeat slip writes them (brand, strength, form, pack),
  unassessed, against brands on assessed medicines and harmless brands with the clinician's reason;
* ``misspelt``: names with a letter dropped, doubled or swapped, or spelt by sound, unassessed, against the same
  slips on assessed medicines;
* ``dates``: days a month lacks, assessments before conception, events told done after the attestation, against
  real days on the boundary;
* ``gestation``: gestations past 44 weeks in the plan or the record, against term and post-dates gestations real
  clinicians write (41+3, 36/40);
* ``routedose``: routes impossible for the form, a depot given daily, doses far above the licensed maximum, a
  lithium level no living person has, against real routes, doses at the maximum and real levels;
* ``household``: the father's (or another household member's) sedating medicines dismissed, put on the mother,
  or unassessed, against conclusions on his sedation, the night feeds and where the baby sleeps;
* ``styles``: good conclusions as letters, SOAP, SBAR, bullets, tables flattened to text and shorthand (NAS, SCBU,
  HV, 36/40, tds, r/v), each beside a hollow twin in the same style;
* ``disguise``: about a fifth, texts and names from above in look-alike letters, zero-width characters, soft
  hyphens, bidi marks and full width; the verdict equals the plain one.

Must-pass conclusions are complete: each names its medicine, says what it means for this baby and what named
professionals do and when, and answers the class's concerns. Medicines named here are real (UK brands and the
BNF); no clinical code is invented (renamed medicines lose their code, added ones have none).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail). Run
``python -m tests.redteam.fresh149_cases`` for the counts per category.
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

F149CASES: list[Case] = []

CATEGORIES = (
    "restated",
    "deferral",
    "vaguetime",
    "holder",
    "brands",
    "misspelt",
    "dates",
    "gestation",
    "routedose",
    "household",
    "styles",
    "disguise",
)

RS, DF, VT, HO, BR, MS, DT, GS, RD, HH, ST, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F149CASES.append(Case(f"f149-{name}", category, expect, base, mutate, why))


Make = Callable[[str], Mutation]
Disguise = Callable[[str], str]


def cyr(text: str) -> str:
    return homoglyphs(text, "aeopc")


def greek(text: str) -> str:
    return homoglyphs(text, "oivx", variant=1)


def zwsp(text: str) -> str:
    return inside_words(text, "\u200b", every=3)


def zwj(text: str) -> str:
    return inside_words(text, "\u200d", every=2)


def shy(text: str) -> str:
    return inside_words(text, "\u00ad", every=4)


def bidi(text: str) -> str:
    return " ".join(f"\u2067{word}\u2069" for word in text.split(" "))


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
        return add_medicine(medicine("med-extra", name, dose, "2026-04-04", gp_prescriber(RIVERSIDE)))

    return make


def classified(dose: str, reason: str) -> Make:
    """A harmless medicine added to the postnatal record with the clinician's reason it raises no concern."""

    def make(name: str) -> Mutation:
        return add_medicine(medicine("med-extra", name, dose, "2026-04-04", gp_prescriber(RIVERSIDE),
                                     not_of_concern_reason=reason))

    return make


def partner_unassessed(dose: str) -> Make:
    """A medicine the father takes added to the partner record, unassessed."""

    def make(name: str) -> Mutation:
        return add_medicine(medicine("med-partner-extra", name, dose, "2026-01-12", other_prescriber(ELM_PARK),
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


METH_C = at("assessments#asm-methadone.conclusion")
SERT_C = at("assessments#asm-sertraline.conclusion")
LITH_C = at("assessments#asm-lithium.conclusion")
VALP_C = at("assessments#asm-valproate.conclusion")
DZP_C = at("assessments#asm-diazepam-pregabalin.conclusion")
QUET_C = at("assessments#asm-partner-quetiapine.conclusion")
CIT_C = at("assessments#asm-citalopram.conclusion")
OVERALL = at("overall_conclusion.text")

# Good conclusions, written fresh for this corpus: each names its medicine, the baby's risk, who does what, when.
METH = (
    "Methadone 60 mg (60 ml) od, supervised, continues unchanged through pregnancy: a reduction now risks relapse "
    "to heroin. After birth the postnatal ward midwives score the baby for neonatal abstinence syndrome 4-hourly "
    "for at least 72 hours, and the health visitor looks for late signs at home until day 10. Breastfeeding is "
    "encouraged. Jodie is drowsy for a few hours after each dose, so the baby sleeps in its own cot, never in her "
    "bed or on the sofa; the health visitor checks the cot at the new birth visit."
)
SERT = (
    "Sertraline 100 mg once daily continues, as her depression came back when she stopped it in 2024. The postnatal "
    "ward midwives watch the baby for 48 hours after birth for jitteriness, poor feeding and fast breathing. "
    "Sertraline is compatible with breastfeeding, which the midwife supports. The GP reviews her mood at 2 and 6 "
    "weeks after the birth."
)
LITH = (
    "Lithium (Priadel) 800 mg nocte continues: her relapse risk after delivery is high. The perinatal psychiatrist "
    "checks levels monthly, weekly from 36/40 and within 24 hours of birth. The paediatrician examines the baby on "
    "the labour ward for floppiness, poor feeding and thyroid problems. Rebecca bottle feeds, because lithium passes "
    "into breast milk. The perinatal mental health team sees her in the first week after the birth."
)
VALP = (
    "Sodium valproate 500 mg bd continues unchanged until neurology review, as stopping it abruptly risks seizures. "
    "The baby was exposed in the first trimester: the GP sent urgent referrals today to neurology, to see her "
    "within 2 weeks, and to fetal medicine for an early scan and the 20-week anomaly scan. Folic acid 5 mg daily "
    "started today. The community midwife books her at 10 weeks."
)
DZP = (
    "Diazepam 5 mg tds and pregabalin 150 mg bd both continue; neither is to be stopped suddenly, and the GP starts "
    "a slow diazepam taper at the 6-week review. Together they sedate Kayleigh, so she does not sleep with the baby "
    "on a bed, sofa or armchair or feed lying down; the foster carer does all night feeds. The foster carer and "
    "health visitor watch the baby for late withdrawal signs until day 8."
)
QUET = (
    "Daniel's quetiapine 300 mg at night leaves him very hard to wake. He does no night feeds and never lies down "
    "with the baby on a bed, sofa or armchair after his dose; Chloe does the night feeds, and the baby sleeps in the "
    "next-to-me crib on her side. The health visitor checks this at every visit until 8 weeks."
)
CIT = (
    "Citalopram 20 mg daily continues, because stopping brought her depression back twice. The midwife watches the "
    "baby for 48 hours after birth for jitteriness, poor feeding and fast breathing. Breastfeeding is supported, as "
    "citalopram passes into milk in small amounts; the GP reviews Megan's mood at the 6-week check."
)

# ============================================================================================================ restated
bad("rs-meth-topics-discussed", RS, M, METH_C,
    "Methadone: impact on baby discussed. Breastfeeding discussed. Safe sleep discussed. Jodie aware of all.",
    "each topic only 'discussed'; nothing decided for the baby", zwsp)
bad("rs-sert-considered-noted", RS, M, SERT_C,
    "Sertraline 100mg - risks to the baby considered and noted. Pt aware of the relevant issues.",
    "considered, noted, aware: no watch, no feeding advice, no decision")
bad("rs-lith-prompt-restated", RS, L, LITH_C,
    "What lithium means for this baby and what the team should do about it: considered in full with Rebecca today.",
    "the form's prompt restated as if it were the answer", cyr)
bad("rs-dzp-all-considered", RS, F, DZP_C,
    "Diazepam and pregabalin - sedation, safe sleep and withdrawal risk were all considered; foster carer aware.",
    "the concerns listed as 'considered', none answered")
bad("rs-valp-ppp-on-file", RS, V, VALP_C,
    "Valproate in pregnancy: the MHRA pregnancy prevention issues have been considered and are noted on file.",
    "a passive account of consideration; no plan for the exposed baby")
bad("rs-cit-noted-list", RS, C, CIT_C,
    "Citalopram. Neonatal adaptation risk noted. BF noted. Relapse risk noted.",
    "a list of 'noted' with nothing done")
bad("rs-quet-parents-aware", RS, P, QUET_C,
    "Partner's quetiapine and the co-sleeping risk noted; both parents aware. Health visiting team aware.",
    "aware and noted; no one does the night feeds, no sleeping place")
bad("rs-meth-overall-reviewed", RS, M, OVERALL,
    "Methadone and sertraline reviewed at today's appointment; all relevant factors taken into account and "
    "discussed at length with Jodie.",
    "an account of a review, nothing concluded for either medicine")
ok("rs-meth-discussed-agreed", RS, M, METH_C,
   "Discussed with Jodie today and agreed: " + METH,
   "'discussed' beside the full decision", zwsp)
ok("rs-sert-considered-stopping", RS, M, SERT_C,
   "Considered stopping sertraline, but " + SERT[0].lower() + SERT[1:],
   "'considered' then the decision, with the baby's watch and feeding")
ok("rs-quet-daniel-aware", RS, P, QUET_C,
   "Daniel is aware of what his medicine means for the baby. " + QUET,
   "'aware' beside his plan with holders and times")
ok("rs-cit-noted-then-plan", RS, C, CIT_C,
   "Neonatal adaptation risk noted and explained to Megan. " + CIT,
   "'noted' then the plan")
ok("rs-dzp-considered-then-plan", RS, F, DZP_C,
   "Sedation, safe sleep and withdrawal all considered with Kayleigh and the foster carer on 12/06. " + DZP,
   "the topics considered, then answered one by one", cyr)
ok("rs-lith-discussed-plan", RS, L, LITH_C,
   "Discussed in the joint clinic with the perinatal psychiatrist. " + LITH,
   "'discussed' beside the plan for levels, the baby and feeding")

# ============================================================================================================ deferral
bad("df-meth-as-per-drug-service", DF, M, METH_C,
    "Methadone - plan as per the Hampton drug service letter of 20/02/26; see their care plan for the baby.",
    "only pointers to another service's letter and plan", shy)
bad("df-lith-pnmh-plan", DF, L, LITH_C,
    "Lithium: management as per the perinatal mental health plan (see PNMH letter to follow).",
    "a plan pointed to, and a letter that does not exist yet")
bad("df-valp-await-neuro", DF, V, VALP_C,
    "Valproate: neurology to advise. Await the fetal medicine opinion before anything is decided for the baby.",
    "decision handed to neurology and fetal medicine; nothing decided", greek)
bad("df-dzp-core-group", DF, F, DZP_C,
    "Diazepam and pregabalin: for the social worker and foster carer to agree between them at the next core group.",
    "the decision handed to a later meeting")
bad("df-cit-per-obs-letter", DF, C, CIT_C,
    "Citalopram: per obstetric letter. Will follow up if needed.",
    "a pointer and a conditional nothing")
bad("df-quet-his-gp", DF, P, QUET_C,
    "Father's quetiapine: his GP and community mental health team to decide what is needed at night-time.",
    "the partner's night-time risk handed to his GP; nothing about the baby decided")
bad("df-sert-separate-letter", DF, M, SERT_C,
    "Sertraline - deferred to the perinatal team; their outcome will come in a separate letter to the practice.",
    "deferred to another team and a future letter")
bad("df-meth-overall-mdt", DF, M, OVERALL,
    "Methadone and sertraline: to be taken to the pre-birth planning MDT, where the plan for the baby will be made.",
    "the whole plan for the baby left to a future meeting")
ok("df-meth-letter-has-details", DF, M, METH_C,
   METH + " The drug service letter of 20 February 2026 gives the pharmacy and pick-up days.",
   "substantive, then a pointer for the dispensing details", shy)
ok("df-lith-see-also-pnmh", DF, L, LITH_C,
   LITH + " See also the PNMH letter for her relapse signature.",
   "substantive, 'see also' for detail")
ok("df-valp-neuro-within-2-weeks", DF, V, VALP_C, VALP,
   "referrals named with times, and the decision on valproate taken today", greek)
ok("df-cit-please-see-baby", DF, C, CIT_C,
   CIT + " Please see the baby at home on day 3 if she is discharged before 48 hours.",
   "an instruction beginning 'please see' is not a pointer")
ok("df-quet-his-gp-told", DF, P, QUET_C,
   QUET + " His GP at Elm Park is told of this plan and will tell the health visitor if his dose changes.",
   "his GP named with a task, beside the decided plan")
ok("df-dzp-core-group-reviews", DF, F, DZP_C,
   DZP + " The core group reviews the plan on 26 June 2026; until then it stands as written.",
   "a later review beside a plan that already stands")

# ============================================================================================================ vaguetime
bad("vt-meth-some-point", VT, M, METH_C,
    "Methadone 60 mg od continues. The midwife will score the baby at some point. The health visitor will check "
    "the cot when convenient.",
    "every act for the baby held at no time", cyr)
bad("vt-sert-in-due-course", VT, M, SERT_C,
    "Sertraline continues. Baby to be checked by the midwife in due course; feeding to be reviewed as and when.",
    "vague times; the watch has no span")
bad("vt-lith-periodically", VT, L, LITH_C,
    "Lithium continues; levels to be done periodically and the baby to be looked at by paeds at some stage.",
    "no level schedule, no time for the baby's review")
bad("vt-quet-sometime", VT, P, QUET_C,
    "Daniel's quetiapine: the HV will look at the sleeping arrangements sometime, and advice will be given as "
    "required.",
    "the father's night-time risk left to an untimed visit")
bad("vt-dzp-later-date", VT, F, DZP_C,
    "The GP will reduce the diazepam at a later date; pregabalin stays. The foster carer will watch the baby for "
    "withdrawal from time to time.",
    "taper at no date, watch at no time, sedation and night feeds not answered")
bad("vt-cit-when-able", VT, C, CIT_C,
    "Citalopram continues; the midwife will watch the baby when able and the GP will review her mood eventually.",
    "'when able', 'eventually'")
ok("vt-meth-4-hourly", VT, M, METH_C, METH,
   "each act for the baby at a stated time", cyr)
ok("vt-sert-48h", VT, M, SERT_C,
   "Sertraline 100 mg od continues. The ward midwife checks the baby at 6, 24 and 48 hours of life for jitteriness "
   "and poor feeding; breastfeeding is supported and is compatible with sertraline. The GP reviews her mood at 2 "
   "and 6 weeks postnatally.",
   "checks at stated hours")
ok("vt-lith-levels-schedule", VT, L, LITH_C, LITH,
   "levels on a schedule, the baby reviewed on the labour ward")
ok("vt-quet-every-visit", VT, P, QUET_C,
   "Daniel takes quetiapine 300 mg at 10 pm and is too sedated to wake for the baby until the morning. He does no "
   "night feeds and does not sleep with the baby on a bed or sofa; Chloe does them and the baby sleeps in the crib "
   "beside her. HV checks the sleeping place at the new birth visit and at 6-8 weeks.",
   "checks at named visits")
ok("vt-dzp-taper-at-6-weeks", VT, F, DZP_C, DZP,
   "taper at the 6-week review, watch until day 8", zwj)
ok("vt-cit-day-by-day", VT, C, CIT_C,
   "Citalopram 20 mg od continues: two past attempts to stop ended in relapse. Midwife observes the baby for "
   "48 hours after birth (jitteriness, feeding, breathing), then at the day-5 visit. BF supported. GP r/v of mood "
   "at 6 weeks.",
   "the watch with a span and a day")

# ============================================================================================================ holder
bad("ho-quet-tbc-checks", HO, P, QUET_C,
    "Quetiapine (Daniel): night feeds to be done by TBC while he is sedated. Sleeping arrangements to be checked by "
    "TBC. Who looks after the baby at night: TBC.",
    "the night feeds and the checks held by 'TBC'")
bad("ho-meth-bracket-name", HO, M, METH_C,
    "Methadone 60 mg od continues. NAS scoring 4-hourly for 72 hours by [named midwife]; cot check by [HV name] at "
    "the new birth visit; breastfeeding encouraged by [midwife].",
    "every holder a bracketed placeholder", zwsp)
bad("ho-dzp-question-marks", HO, F, DZP_C,
    "Diazepam and pregabalin continue. Night feeds done by ??? while Kayleigh is sedated; withdrawal watch until "
    "day 8 by ???.",
    "night care and the watch held by question marks")
bad("ho-sert-someone", HO, M, SERT_C,
    "Sertraline 100 mg continues. Someone will need to watch the baby for 48 hours after birth and someone should "
    "support feeding.",
    "'someone' holds the watch")
bad("ho-cit-xx", HO, C, CIT_C,
    "Citalopram 20 mg od continues. XX to observe the baby for 48 h after birth. XX to review mood at 6/52.",
    "holders written as XX")
bad("ho-lith-relevant-professionals", HO, L, LITH_C,
    "Lithium continues. Levels and the baby's checks will be arranged by the relevant professionals at the "
    "appropriate times.",
    "'relevant professionals', 'appropriate times'")
bad("ho-quet-the-family", HO, P, QUET_C,
    "Daniel's quetiapine sedates him. The family will sort out the night feeds between them and will keep an eye "
    "on where the baby sleeps.",
    "the household holds the plan with no one answerable")
ok("ho-quet-named-hv", HO, P, QUET_C,
   "Quetiapine (Daniel): no night feeds by him after his 300 mg dose and no sharing a bed or sofa with the baby; "
   "Chloe does the night feeds. Sleeping arrangements checked by Joanna Price, health visitor, at each visit until "
   "8 weeks.",
   "the checks held by a named health visitor")
ok("ho-meth-named-roles", HO, M, METH_C,
   "Methadone 60 mg od continues. NAS scoring 4-hourly for 72 hours by the postnatal ward midwives; cot check by "
   "the health visitor at the new birth visit, as Jodie is drowsy after her dose and must not share a bed or sofa "
   "with the baby; breastfeeding encouraged by the community midwife.",
   "every act held by a role", zwsp)
ok("ho-dzp-foster-carer-nights", HO, F, DZP_C,
   "Diazepam 5 mg tds and pregabalin 150 mg bd continue, neither stopped suddenly; GP tapers the diazepam from the "
   "6-week review. Night feeds done by the foster carer, Mrs Lewis, while Kayleigh is sedated; Kayleigh does not "
   "sleep with the baby or feed lying down. Withdrawal watch until day 8 by Mrs Lewis and the health visitor.",
   "night care and the watch held by the named foster carer")
ok("ho-sert-ward-midwives", HO, M, SERT_C, SERT,
   "the watch held by the ward midwives")
ok("ho-cit-midwife-gp", HO, C, CIT_C,
   "Citalopram 20 mg od continues, as stopping led to relapse twice. Community midwife observes the baby for 48 h "
   "after birth for jitteriness and poor feeding; BF supported. Dr Shah reviews Megan's mood at 6/52.",
   "holders named")

# ============================================================================================================ brands
bad("br-zispin-slip", BR, N, unassessed("ONE to be taken at NIGHT"),
    "Zispin SolTab 15mg orodispersible tablets (28 tablet)",
    "mirtazapine, sedating, as a repeat slip writes it; unassessed", cyr)
bad("br-zimovane", BR, N, unassessed("7.5 mg at night when needed"), "Zimovane 7.5mg tablets",
    "zopiclone under its brand, unassessed")
bad("br-lamictal", BR, N, unassessed("100 mg twice a day"), "Lamictal 100mg tablets",
    "lamotrigine, an antiepileptic, unassessed", zwj)
bad("br-topamax", BR, N, unassessed("50 mg twice a day"), "Topamax 50mg tablets",
    "topiramate, an antiepileptic and teratogen, unassessed")
bad("br-butrans", BR, N, unassessed("One patch every 7 days"), "Butrans 10micrograms/hour transdermal patches",
    "buprenorphine patch under its brand, unassessed")
bad("br-zydol-slip", BR, N, unassessed("1-2 caps QDS PRN max 8/day"), "Zydol 50mg capsules x100",
    "tramadol under its brand, as written on a repeat slip", fw)
bad("br-dhc-continus", BR, N, unassessed("60 mg twice a day"), "DHC Continus 60mg modified-release tablets",
    "dihydrocodeine m/r under its brand, unassessed")
bad("br-neurontin", BR, N, unassessed("300 mg three times a day"), "Neurontin 300mg capsules",
    "gabapentin under its brand, unassessed")
bad("br-ucerax", BR, N, unassessed("25 mg at night"), "Ucerax 25mg tablets",
    "hydroxyzine, a sedating antihistamine, unassessed")
ok("br-methadose-assessed", BR, M, renamed("med-methadone"), "Methadose 10mg/ml oral concentrate",
   "methadone brand, assessed; conclusions say methadone", cyr)
ok("br-lustral-slip-assessed", BR, M, renamed("med-sertraline"), "Lustral 50mg tablets (28 tablet) - TWO daily",
   "sertraline brand as a slip writes it, assessed")
ok("br-priadel-assessed", BR, L, renamed("med-lithium"), "Priadel 400mg prolonged-release tablets",
   "lithium brand, assessed")
ok("br-epilim-chrono-assessed", BR, V, renamed("med-valproate"), "Epilim Chrono 500 prolonged-release tablets",
   "valproate brand, assessed", zwj)
ok("br-lyrica-assessed", BR, F, renamed("med-pregabalin"), "Lyrica 75mg capsules",
   "pregabalin brand, assessed jointly with diazepam")
ok("br-gaviscon-classified", BR, N,
   classified("10 ml after meals and at bedtime",
              "Heartburn after the birth; acts in the stomach, is not absorbed to any extent and is compatible with "
              "breastfeeding; nothing in it sedates."),
   "Gaviscon Advance oral suspension", "a harmless brand with its reason")
ok("br-movicol-classified", BR, N,
   classified("One sachet twice a day",
              "Macrogol for constipation after the birth; not absorbed, compatible with breastfeeding, no effect on "
              "the baby."),
   "Movicol oral powder sachets", "a harmless brand with its reason")

# ============================================================================================================ misspelt
bad("ms-pregablin", MS, N, unassessed("75 mg twice a day"), "Pregablin 75mg caps",
    "pregabalin with a letter dropped, unassessed", zwsp)
bad("ms-diazapam", MS, N, unassessed("2 mg three times a day"), "Diazapam 2mg tablets",
    "diazepam with a vowel swapped, unassessed")
bad("ms-zopiclon", MS, N, unassessed("3.75 mg at night"), "Zopiclon 3.75mg tablets",
    "zopiclone with its last letter dropped, unassessed")
bad("ms-mirtazipine", MS, N, unassessed("15 mg at night"), "Mirtazipine 15mg tablets",
    "mirtazapine misspelt, unassessed", cyr)
bad("ms-lamotrigene", MS, N, unassessed("100 mg twice a day"), "Lamotrigene 100mg tablets",
    "lamotrigine misspelt by sound, unassessed")
bad("ms-tramadole", MS, N, unassessed("50 mg four times a day when needed"), "Tramadole 50mg capsules",
    "tramadol with a letter added, unassessed")
bad("ms-co-codomol", MS, N, unassessed("Two tablets four times a day"), "Co-codomol 30/500 tablets",
    "co-codamol misspelt, unassessed")
ok("ms-methadne-assessed", MS, M, renamed("med-methadone"), "Methadne 1mg/ml oral solution",
   "methadone with a letter dropped, assessed; conclusions spell it right")
ok("ms-quetiapene-assessed", MS, P, renamed("med-partner-quetiapine"), "Quetiapene 100mg tablets",
   "the father's quetiapine misspelt, assessed", zwsp)
ok("ms-citalopam-assessed", MS, C, renamed("med-citalopram"), "Citalopam 20mg tablets",
   "citalopram with a letter dropped, assessed")
ok("ms-diazepan-assessed", MS, F, renamed("med-diazepam"), "Diazepan 5mg tablets",
   "diazepam with its last letter swapped, assessed")
ok("ms-lithium-carbonat-assessed", MS, L, renamed("med-lithium"), "Lithium carbonat 400mg MR tabs (Priadel)",
   "lithium with a letter dropped, assessed")
ok("ms-sodium-valproat-assessed", MS, V, renamed("med-valproate"), "Sodium valproat 500mg gastro-resistant tabs",
   "valproate with its last letter dropped, assessed")

# ============================================================================================================ dates
bad("dt-meth-30-feb", DT, M, METH_C,
    METH + " Pre-birth planning meeting with the social worker booked for 30 February 2026.",
    "a meeting on a day February never has", bidi)
bad("dt-dzp-31-09", DT, F, DZP_C,
    DZP + " Core group on 31/09/2026.",
    "31 September in numbers")
bad("dt-quet-31-november", DT, P, QUET_C,
    QUET + " Next HV visit booked for 31 November 2026.",
    "a visit on 31 November")
bad("dt-valp-before-conception", DT, V, both_dates("asm-valproate"), "2026-03-01",
    "assessed as an exposed pregnancy five weeks before the pregnancy began (EDD 2026-12-30)")
bad("dt-cit-done-after-attestation", DT, C, CIT_C,
    CIT + " The midwife saw Megan again on 2026-02-16 and the plan stood.",
    "a visit told as done four days after the record was attested (12 February)")
bad("dt-lith-level-told-future", DT, L, LITH_C,
    LITH + " Her level on 2026-06-20 was 0.7 mmol/L.",
    "a level told as taken weeks after the assessment and the attestation (6 May)")
ok("dt-meth-30-march-real", DT, M, METH_C,
   METH + " Pre-birth planning meeting with the social worker booked for 30 March 2026.",
   "30 March exists", bidi)
ok("dt-dzp-30-06", DT, F, DZP_C,
   DZP + " Core group on 30/06/2026.",
   "30 June in numbers, after the assessment")
ok("dt-quet-15-july", DT, P, QUET_C,
   QUET + " Next HV visit booked for 15 July 2026.",
   "a real day eight weeks after the birth")
ok("dt-valp-at-8-weeks", DT, V, both_dates("asm-valproate"), "2026-05-19",
   "assessed the day before the gestation was recorded, in the pregnancy")
ok("dt-cit-done-before-assessment", DT, C, CIT_C,
   CIT + " The midwife saw Megan on 2026-02-03 and the booking bloods were normal.",
   "a visit told as done a week before the assessment")
ok("dt-lith-level-told-past", DT, L, LITH_C,
   LITH + " Her level on 2026-04-29 was 0.7 mmol/L.",
   "a level told as taken a week before the assessment")

bad("dt-sert-29-02-2026", DT, M, SERT_C,
    SERT + " First GP mood review booked for 29/02/2026.",
    "2026 is not a leap year")
ok("dt-sert-01-04-2026", DT, M, SERT_C,
   SERT + " Antenatal GP mood review booked for 01/04/2026.",
   "1 April 2026, a real day after the assessment")

# ============================================================================================================ gestation
bad("gs-meth-induction-45", GS, M, METH_C,
    METH + " Induction of labour is booked at 45+2/40 if she has not delivered.",
    "an induction booked past 44 weeks", shy)
bad("gs-lith-weekly-from-48", GS, L, LITH_C,
    LITH.replace("weekly from 36/40", "weekly from 48/40"),
    "weekly levels from 48 weeks: no pregnancy reaches it")
bad("gs-cit-record-46-weeks", GS, C,
    lambda w: chain(set_("pregnancy.gestation.weeks", int(w)), set_("pregnancy.edd", "2026-01-05")), "46",
    "a recorded gestation of 46 weeks in an ongoing pregnancy")
bad("gs-sert-delivery-at-50-weeks", GS, M, SERT_C,
    SERT + " Planned caesarean section at 50 weeks.",
    "a caesarean planned at 50 weeks")
bad("gs-valp-anomaly-scan-at-term", GS, V, VALP_C,
    VALP.replace("the 20-week anomaly scan", "the detailed anomaly scan at 40 weeks"),
    "the anomaly scan booked at term")
ok("gs-meth-induction-41", GS, M, METH_C,
   METH + " Induction of labour is offered at 41+3/40 if she has not delivered.",
   "an induction offered at 41+3, as NICE advises", shy)
ok("gs-lith-weekly-from-36", GS, L, LITH_C, LITH,
   "weekly from 36/40")
ok("gs-cit-record-33-weeks", GS, C,
   lambda w: set_("pregnancy.gestation.weeks", int(w)), "33",
   "a recorded gestation one week off the shipped one: within the tolerance")
ok("gs-sert-delivery-at-39", GS, M, SERT_C,
   SERT + " Planned caesarean section at 39 weeks.",
   "a caesarean at 39 weeks")
ok("gs-valp-anomaly-scan-20", GS, V, VALP_C,
   VALP.replace("the 20-week anomaly scan", "the detailed anomaly scan at 18-20+6 weeks"),
   "the anomaly scan in the screening window")

bad("gs-lith-delivery-47", GS, L, LITH_C,
    LITH + " Planned delivery at 47+0 weeks on the labour ward with the paediatrician present.",
    "a planned delivery at 47 weeks")

# ============================================================================================================ routedose
bad("rd-sert-into-eyes", RD, M, at("medicines#med-sertraline.dose"), "100 mg instilled into each eye once daily",
    "tablets put into the eyes")
bad("rd-paracetamol-inhaled", RD, N, at("medicines#med-paracetamol.dose"), "1 g inhaled four times a day",
    "paracetamol tablets inhaled")
bad("rd-lactulose-iv", RD, N, at("medicines#med-lactulose.dose"), "15 ml intravenously twice a day",
    "an oral solution injected", zwj)
bad("rd-sayana-by-mouth", RD, N,
    classified("104 mg by mouth every 13 weeks",
               "Contraception after the birth; progestogen only, compatible with breastfeeding, started at six "
               "weeks."),
    "Sayana Press 104mg/0.65ml suspension for injection", "a suspension for injection given by mouth")
bad("rd-cit-200mg", RD, C, at("medicines#med-citalopram.dose"), "200 mg once daily",
    "five times citalopram's maximum of 40 mg")
bad("rd-quet-3000mg", RD, P, at("medicines#med-partner-quetiapine.dose"), "3000 mg (thirty tablets) at night",
    "nearly four times quetiapine's maximum of 800 mg")
bad("rd-lith-level-48", RD, L, LITH_C,
    LITH + " Latest lithium level 48 mmol/L, within range.",
    "a lithium level no living person has", cyr)
bad("rd-lith-target-5-to-9", RD, L, LITH_C,
    LITH + " Target lithium level 5 to 9 mmol/L.",
    "a target range tenfold the real one")
bad("rd-meth-600mg", RD, M, at("medicines#med-methadone.dose"), "600 mg (600 ml) once daily, supervised",
    "ten times the shipped dose, far above any methadone maintenance dose")
ok("rd-sert-by-mouth", RD, M, at("medicines#med-sertraline.dose"), "100 mg by mouth once daily",
   "tablets by mouth")
ok("rd-paracetamol-po", RD, N, at("medicines#med-paracetamol.dose"), "1 g PO qds prn, max 4 g/24h",
   "paracetamol by mouth at the maximum")
ok("rd-sayana-13-weeks", RD, N,
   classified("104 mg subcutaneously every 13 weeks",
              "Contraception after the birth; progestogen only, compatible with breastfeeding, started at six "
              "weeks."),
   "Sayana Press 104mg/0.65ml suspension for injection", "a depot every 13 weeks", zwj)
ok("rd-cit-40mg", RD, C,
   lambda t: chain(set_("medicines#med-citalopram.dose", t), set_("overall_conclusion.text",
       "Citalopram 40 mg daily continues through pregnancy and breastfeeding; the midwife watches the baby for "
       "adaptation signs in the first 48 hours and the GP reviews Megan's mood at the 6-week check. Amended "
       "12/02/2026 to add the health visitor as a recipient.")),
   "40 mg once daily", "citalopram at its maximum")
ok("rd-quet-800mg", RD, P, at("medicines#med-partner-quetiapine.dose"), "800 mg (eight tablets) at night",
   "quetiapine at its maximum")
ok("rd-lith-level-0-7", RD, L, LITH_C,
   LITH + " Latest lithium level 0.7 mmol/L, within range.",
   "a real lithium level", cyr)
ok("rd-lith-target-0-6-to-0-8", RD, L, LITH_C,
   LITH + " Target lithium level 0.6 to 0.8 mmol/L.",
   "a real target range")

# ============================================================================================================ household
bad("hh-quet-not-applicable", HH, P, QUET_C,
    "Dad's quetiapine: not applicable to the baby, as he is not breastfeeding.",
    "the father's sedating medicine dismissed as not applicable")
bad("hh-quet-on-mum", HH, P, QUET_C,
    "Quetiapine: mum to avoid co-sleeping after her dose; HV to check the crib at each visit until 8 weeks.",
    "the father's sedation put on the mother", greek)
bad("hh-quet-not-in-milk", HH, P, QUET_C,
    "Daniel's quetiapine does not reach the baby through breast milk, so there is no risk to the baby.",
    "a dismissal by the wrong route; his sedation at night never answered")
bad("hh-partner-sominex-unassessed", HH, P, partner_unassessed("20 mg at night when needed for sleep"),
    "Sominex 20mg tablets", "the father's promethazine, a sedating antihistamine, unassessed")
bad("hh-partner-zopiclone-unassessed", HH, P, partner_unassessed("7.5 mg at night"), "Zopiclone 7.5mg tablets",
    "the father's hypnotic, unassessed", cyr)
bad("hh-quet-spare-room-sometimes", HH, P, QUET_C,
    "He's fine on his quetiapine. Sleeps in the spare room sometimes.",
    "no night feeds, no holder, 'sometimes'")
bad("hh-quet-overall-omits", HH, P, OVERALL,
    "The mother's paracetamol raises no concern. Safe sleep advice given and sleeping arrangements seen.",
    "the overall conclusion never names the father's quetiapine")
ok("hh-quet-spare-room", HH, P, QUET_C,
   "Daniel sleeps in the spare room on the nights he takes his quetiapine 300 mg, which is every night, and does "
   "no night feeds after it; he never naps with the baby on the sofa. Chloe does the night feeds and the baby "
   "sleeps in the crib beside her. HV checks at each visit until 8 weeks.",
   "his sedation, the nights and the sleeping place, with the holder", greek)
ok("hh-quet-letter-to-dad-gp", HH, P, QUET_C,
   "Dear Dr Pritchard, the father's quetiapine 300 mg nocte leaves him hard to rouse for hours after his dose, so "
   "he will not do night feeds or share a bed, sofa or armchair with the baby; Chloe does the night feeds and the "
   "baby sleeps in the crib on her side. I will check this at each visit until 8 weeks. Joanna Price, HV",
   "a letter on his sedation and the nights")
ok("hh-quet-sbar", HH, P, QUET_C,
   "S: father on quetiapine 300 mg at night. B: bipolar disorder, stable; heavily sedated for hours after his "
   "dose. A: risk of sudden infant death if he sleeps with the baby. R: he does no night feeds and never shares a "
   "bed or sofa with the baby; mum does the nights; baby in the crib by her bed; HV checks at each visit to 8 "
   "weeks.",
   "SBAR on his sedation and the nights")
ok("hh-quet-not-in-milk-but-sedated", HH, P, QUET_C,
   "Daniel's quetiapine does not reach the baby through breast milk; the risk is his sedation. He does no night "
   "feeds after his 300 mg dose and never lies down with the baby on a bed or sofa; Chloe does the night feeds. "
   "The health visitor checks the crib at every visit until 8 weeks.",
   "the milk route ruled out, then his sedation answered")

ok("hh-quet-overall-names", HH, P, OVERALL,
   "Chloe's paracetamol raises no concern for the baby or feeding. Daniel's quetiapine 300 mg nocte sedates him "
   "heavily: he does no night feeds and never sleeps with the baby on a bed, sofa or armchair; Chloe does the "
   "nights and the baby sleeps in the crib by her bed. HV checks at each visit to 8 weeks.",
   "the overall conclusion names both medicines and answers his sedation")
ok("hh-quet-grandmother-nights", HH, P, QUET_C,
   "Daniel's quetiapine 300 mg at night means he cannot be woken for the baby. He does no night feeds and never "
   "shares a bed or sofa with the baby. Chloe's mother stays on weeknights and shares the night feeds with Chloe; "
   "the baby sleeps in the crib beside Chloe. The health visitor checks the arrangement at each visit until 8 "
   "weeks.",
   "another household member shares the nights; his sedation answered")

# ============================================================================================================ styles
ok("st-meth-soap", ST, M, METH_C,
   "S: Jodie stable on methadone 60 mg od, no on-top use. O: 29+2/40, supervised daily. A: baby at risk of NAS; "
   "Jodie drowsy 2-3 h post dose. P: continue methadone 60 mg; postnatal ward midwives score for NAS 4-hourly for "
   "72 h; HV looks for late signs at home until day 10; BF encouraged; baby in own cot, no bed or sofa sharing - "
   "HV checks cot at the NBV.",
   "SOAP with every concern in the plan", cyr)
bad("st-meth-soap-plan-letter", ST, M, METH_C,
    "S: Jodie stable on methadone 60 mg od. O: 29+2/40. A: methadone in pregnancy. P: as per drug service letter.",
    "SOAP whose plan only points to a letter", cyr)
ok("st-lith-bullets", ST, L, LITH_C,
   "- Lithium (Priadel) 800 mg nocte: continue, high risk of postpartum relapse\n- Levels: monthly, weekly from "
   "36/40, within 24 h of delivery (perinatal psychiatrist)\n- Baby: paediatric review on labour ward - tone, "
   "feeding, thyroid\n- Feeding: bottle, lithium passes into breast milk\n- PNMH r/v within 1 week postnatally",
   "bullets, each decided")
bad("st-lith-bullets-dashes", ST, L, LITH_C,
    "- Lithium (Priadel) 800 mg nocte: -\n- Levels: -\n- Baby: -\n- Feeding: -\n- PNMH: -",
    "the bullets' answers left as dashes")
ok("st-dzp-sbar", ST, F, DZP_C,
   "Situation: Kayleigh on diazepam 5 mg tds and pregabalin 150 mg bd, baby in foster placement with her. "
   "Background: both long term; not to stop abruptly. Assessment: both sedate; baby may withdraw late. "
   "Recommendation: foster carer does all night feeds; Kayleigh never sleeps with the baby or feeds lying down; "
   "foster carer and HV watch for withdrawal until day 8; GP starts diazepam taper at 6 weeks.",
   "SBAR, recommendation decided")
bad("st-dzp-sbar-for-discussion", ST, F, DZP_C,
    "Situation: Kayleigh on diazepam and pregabalin. Background: long term. Assessment: sedation and withdrawal "
    "relevant. Recommendation: for discussion at the next core group.",
    "SBAR whose recommendation defers")
ok("st-valp-table", ST, V, VALP_C,
   "Medicine | Decision | Who | When. Sodium valproate 500 mg bd | continue, do not stop abruptly | GP | now. "
   "Exposure | urgent neurology and fetal medicine referral, early scan and 20-week anomaly scan | GP | sent "
   "today. Folic acid 5 mg | started | GP | today.",
   "a table flattened to text, each row decided", zwsp)
bad("st-valp-table-empty", ST, V, VALP_C,
    "Medicine | Decision | Who | When. Sodium valproate 500 mg bd | TBC | TBC | TBC. Exposure | TBC | TBC | TBC.",
    "a table flattened to text, every cell TBC", zwsp)
ok("st-cit-shorthand", ST, C, CIT_C,
   "Citalopram 20mg od - cont (relapsed x2 off it). MW obs baby 48h post delivery for jitters/poor feeding/"
   "tachypnoea. BF ok, supported. GP r/v mood 6/52.",
   "shorthand, complete")
bad("st-cit-shorthand-hollow", ST, C, CIT_C,
    "Citalopram 20mg od - d/w pt. Risks/benefits discussed. F/u prn.",
    "shorthand for a discussion and follow-up as needed")
ok("st-sert-letter", ST, M, SERT_C,
   "Dear colleague, I have seen Jodie about her sertraline 100 mg daily. It continues, as she relapsed off it in "
   "2024. Please watch the baby on the postnatal ward for 48 hours for jitteriness, poor feeding and fast "
   "breathing; breastfeeding is fine on sertraline. I will review her mood at 2 and 6 weeks. Yours, Dr Shah",
   "a letter, complete")
bad("st-sert-letter-hollow", ST, M, SERT_C,
    "Dear colleague, I have seen Jodie regarding her sertraline. Thank you for your involvement; I will await your "
    "thoughts. Yours, Dr Shah",
    "a letter that waits for someone else's view")
ok("st-quet-headings", ST, P, QUET_C,
   "Medicine: Daniel's quetiapine 300 mg nocte. Risk: he is heavily sedated at night. Baby: sleeps in the crib next "
   "to Chloe, never on a bed or sofa with him. Nights: Chloe does every night feed, he does none after his dose. "
   "Review: HV at each contact until 8 weeks.",
   "headings, each answered", fw)
bad("st-quet-headings-empty", ST, P, QUET_C,
    "Medicine: Daniel's quetiapine. Risk: see above. Baby: see above. Nights: to be agreed. Review: as needed.",
    "headings answered by pointers and deferrals", fw)
ok("st-meth-overall-shorthand", ST, M, OVERALL,
   "Methadone 60mg od + sertraline 100mg od both cont. Baby: NAS scoring on PNW 4-hrly x 72h, HV late signs to "
   "day 10, SSRI adaptation watch first 48h. BF encouraged. No co-sleeping (methadone sedation) - SW and HV see "
   "cot pre-discharge.",
   "the overall conclusion in shorthand, both medicines named")
bad("st-meth-overall-shorthand-hollow", ST, M, OVERALL,
    "Methadone + sertraline: cont. NAS - tbc. BF - tbc. Sleep - tbc.",
    "shorthand with every concern tbc")

if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F149CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F149CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F149CASES):3}"
    )
