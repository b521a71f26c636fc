"""A seventeenth independent "fresh" batch of red-team cases for the share gate: an adversary's batch.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from the gate's
code. Most cases are hollow or invalid records crafted to slip past the rules; beside each is a genuinely good
near miss the gate must share. It covers:

* MA103/MA104 hollow conclusions that carry a token "statement" word (a tautology, a number, a modal verb, the
  weather with "will", a copied dose line) beside real conclusions using the same words;
* MA119 joint and overall conclusions where one medicine is only listed, restated or reported;
* MA120 a medicine given to the wrong parent ("mum's", "she's on", "maternal", "his"), and the right one;
* MA122/MA123/MA125 concern words used in another sense ("no sleep issues", "bottle of water", "milk of
  magnesia", "BF" for boyfriend, a "scan of her knee", the withdrawal of an offer);
* MA101/MA117 brands of concern not yet used by earlier batches (a seeded draw, random.Random(17), from
  codelists-more/brand-names.csv), misspelt, without their release form, or hidden in a combination name, with
  a plausible reason they raise no concern; beside look-alike products of no concern, and assessed brands;
* MA010-MA014, MA307-MA309 dates and routes that cannot be true, each beside a valid edge case;
* disguise (mathematical letters, full-width, zero-width, bidi controls, combining marks) over hollow and good
  texts.

Medicines named here are real; no clinical code is invented. ``test_fresh_records.py`` runs them; the cases the
gate gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh17_cases`` for the
counts per category.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

from tests.redteam.cases import (
    PASS,
    REFUSE,
    RIVERSIDE,
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
    gp_prescriber,
    medicine,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F17CASES: list[Case] = []

CATEGORIES = (
    "token-claims",
    "joint-listed",
    "wrong-parent",
    "wrong-sense",
    "brands",
    "dates",
    "routes",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F17CASES.append(Case(f"f17-{name}", category, expect, base, mutate, why))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def meth(text: str) -> Mutation:
    return set_("assessments#asm-methadone.conclusion", text)


def overall(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


def math_bold(text: str) -> str:
    """ASCII letters and digits as MATHEMATICAL BOLD letters and digits (NFKC folds them back)."""
    out = []
    for ch in text:
        if "A" <= ch <= "Z":
            out.append(chr(0x1D400 + ord(ch) - ord("A")))
        elif "a" <= ch <= "z":
            out.append(chr(0x1D41A + ord(ch) - ord("a")))
        elif "0" <= ch <= "9":
            out.append(chr(0x1D7CE + ord(ch) - ord("0")))
        else:
            out.append(ch)
    return "".join(out)


def combining(text: str, mark: str = "\u0301") -> str:
    """A combining mark after every vowel."""
    return "".join(ch + mark if ch in "aeiou" else ch for ch in text)


assert unicodedata.normalize("NFKC", math_bold("See 12")) == "See 12"


# ============================================================================================================
# token-claims: a conclusion must state what follows, about the subject (MA103, MA104). Methadone's own items
# answer every concern, so only the conclusion is judged.

_HOLLOW = [
    ("noted-everything", "Methadone is noted, and the baby, withdrawal, breastfeeding and co-sleeping are all noted.",
     "only hedges: 'noted' over a list of topics (MA103/MA104)"),
    ("tautology-as-it-is", "Everything is as it is with methadone: the baby's withdrawal is the baby's withdrawal and "
     "co-sleeping is co-sleeping.", "a tautology states nothing (MA103)"),
    ("plan-is-the-plan", "The plan is the plan: methadone, neonatal withdrawal, breastfeeding and safe sleep for the "
     "baby.", "a tautology and a list of topics (MA103)"),
    ("risks-are-risks", "Risks are risks and benefits are benefits; methadone in pregnancy has both, for the mother "
     "and for the unborn baby.", "says there are risks and benefits, decides nothing (MA103)"),
    ("numbers-count-people", "Methadone: 3 professionals, 2 meetings, 1 plan covering neonatal withdrawal, "
     "breastfeeding and co-sleeping for the baby.", "numbers that count meetings, not a decision (MA103)"),
    ("modal-may-change", "Methadone, the baby's withdrawal and co-sleeping may change and will be kept under "
     "consideration by everyone involved.", "modal verbs with no content: a deferral to later (MA103)"),
    ("dose-line-copy", "Methadone 1mg/ml oral solution, 60 mg (60 ml) once daily, supervised consumption; started "
     "2024-11-04; baby due 2026-05-15.", "the dose line and dates copied: what she takes, not what it means (MA104)"),
    ("weather-will-rain", "Methadone and the baby: it will probably rain on the day of the neonatal withdrawal and "
     "safe sleep discussion at the clinic.", "a forecast about the weather beside topic words (MA103)"),
    ("will-be-what-it-will-be", "Methadone's effects on the baby, withdrawal, sedation, co-sleeping and "
     "breastfeeding, will be what they will be.", "a tautology with 'will' (MA103)"),
    ("continues-to-be", "Methadone continues to be a medicine, the baby continues to be a baby, and withdrawal and "
     "co-sleeping continue to be topics.", "'continues' about nothing that continues (MA103)"),
]
for _n, _t, _w in _HOLLOW:
    bad(f"hollow-{_n}", "token-claims", M, meth(_t), _w)

_GOOD = [
    ("noted-sedation", "Methadone is noted to sedate her for two to four hours after each dose, so she must never "
     "co-sleep with the baby; the baby will be observed for withdrawal for at least 72 hours.",
     "'noted' as a hedge inside a real conclusion"),
    ("stays-as-it-is", "Everything stays as it is: methadone 60 mg continues unchanged, the baby is observed on the "
     "ward for withdrawal for 72 hours, and no co-sleeping after a dose.", "'as it is' followed by the decision"),
    ("plan-unchanged", "The plan is unchanged methadone 60 mg; the baby stays on the postnatal ward for at least 3 "
     "days of withdrawal scoring, and breastfeeding is encouraged.", "'the plan is' followed by the plan"),
    ("benefits-outweigh", "Methadone's benefits outweigh its risks: stopping would risk relapse to street heroin, "
     "worse for the baby than the likely withdrawal, which is watched for 72 hours; no bed sharing.",
     "risks and benefits weighed, with a verdict"),
    ("numbers-telegraphic", "Methadone 60 mg continues. Baby: 72 h withdrawal scoring on the ward, then HV checks to "
     "day 8; cot only, never the parents' bed or sofa.", "numbers that are the plan"),
    ("modal-may-reduce", "Methadone may be reduced by the drug service later, but not before birth; the baby will "
     "need withdrawal observation for at least 72 hours, and she must not co-sleep.", "a modal with content"),
    ("weather-snow-visit", "Methadone continues unchanged; if snow delays the home visit, the midwife will phone to "
     "check the cot is used and that the baby shows no late withdrawal signs by day 8.",
     "the weather as a condition of a real plan"),
]
_GOOD.append(("dose-line-then-meaning", "Methadone 60 mg (60 ml) once daily continues under supervised consumption; "
              "the baby will need withdrawal observation for 72 hours, and no co-sleeping after the dose.",
              "the dose line, then what it means"))
for _n, _t, _w in _GOOD:
    ok(f"good-{_n}", "token-claims", M, meth(_t), _w)


# ============================================================================================================
# joint-listed: the overall conclusion covers methadone and sertraline and must say something of each (MA119).

bad("overall-sertraline-dose-only", "joint-listed", M, overall(
    "Methadone continues with at least 72 hours of withdrawal observation for the baby and no co-sleeping after a "
    "dose; breastfeeding supported. Sertraline 100 mg once daily."),
    "sertraline only restated as its dose: nothing concluded on it (MA119, MA104 doses are not content)")
bad("overall-listed-short", "joint-listed", M, overall("Methadone, sertraline: baby watched 72 h for withdrawal."),
    "the medicines listed and one clause: does not say what happens with either medicine (MA104)")
bad("overall-sertraline-discussed", "joint-listed", M, overall(
    "Methadone continues; the baby needs 72 hours of withdrawal observation and a cot, never the parents' bed. "
    "Sertraline was discussed with her at length."), "sertraline only in a report (MA119)")
bad("overall-methadone-awaited", "joint-listed", M, overall(
    "Sertraline continues: relapse would harm mother and baby more than the small adaptation risk, scored after "
    "birth. Methadone: the drug service's view is awaited."), "methadone only in a deferral (MA119)")
bad("overall-sertraline-bracketed", "joint-listed", M, overall(
    "Methadone (and sertraline) continue; the baby is observed for withdrawal for 72 hours. Sertraline: see the "
    "psychiatry letter."), "sertraline named beside methadone, then its own part only points elsewhere (MA119)")
ok("overall-listed-with-plan", "joint-listed", M, overall(
    "Methadone, sertraline: baby watched 72 h on the ward for withdrawal and SSRI adaptation signs; no co-sleeping "
    "after the methadone dose; breastfeeding supported; both continue."), "a list that heads a plan for both")
ok("overall-both-continue", "joint-listed", M, overall(
    "Both continue unchanged, methadone 60 mg and sertraline 100 mg; the baby will be scored for withdrawal and "
    "adaptation for at least 72 hours and must sleep in a cot, not the parents' bed."), "'both' speaks of each")
ok("overall-each-its-part", "joint-listed", M, overall(
    "Methadone continues at 60 mg, with no co-sleeping after a dose and 72 hours of withdrawal observation. "
    "Sertraline continues too, as stopping risks relapse; its adaptation signs in the baby are scored alongside."),
    "each medicine with its own decision")
ok("overall-sertraline-short-part", "joint-listed", M, overall(
    "Methadone 60 mg continues: the baby is observed for withdrawal for 72 hours, no co-sleeping after a dose, "
    "breastfeeding supported. Sertraline unchanged; do not stop it suddenly."),
    "a short part for sertraline that still decides")


# ============================================================================================================
# wrong-parent: a medicine named as one parent's must be that parent's in the list (MA120).

_P_TAIL = ("causes heavy sedation at night: no co-sleeping on a bed, sofa or armchair and no night feeds after the "
           "dose; the health visitor checks the crib at each visit.")
bad("mums-quetiapine", "wrong-parent", P, overall("Mum's quetiapine " + _P_TAIL),
    "the partner's quetiapine described as the mother's (MA120)")
bad("mums-quetiapine-lookalike", "wrong-parent", P,
    overall("Mum's " + homoglyphs("quetiapine", "ea") + " " + _P_TAIL),
    "as above, the medicine name with Cyrillic look-alike letters (MA120)")
bad("shes-on-quetiapine", "wrong-parent", P, overall(
    "She's on quetiapine 300 mg at night, so she must not co-sleep on a bed, sofa or armchair or do night feeds "
    "after the dose; the crib stays by the cot side."), "'she's on' gives quetiapine to the mother (MA120)")
bad("maternal-quetiapine", "wrong-parent", P, overall(
    "Maternal quetiapine at night means heavy sedation: no co-sleeping on a bed, sofa or armchair with the baby, "
    "and the father does the night feeds."), "'maternal' gives quetiapine to the mother (MA120)")
bad("his-methadone", "wrong-parent", M, overall(
    "Continue his methadone and her sertraline unchanged; the baby needs 72 hours of withdrawal observation; no "
    "co-sleeping after a methadone dose; breastfeeding supported."), "the mother's methadone given to a man (MA120)")
bad("fathers-methadone", "wrong-parent", M, overall(
    "The father's methadone and the mother's sertraline both continue; the baby is observed for withdrawal for 72 "
    "hours and sleeps in a cot, never the parents' bed."), "'the father's methadone', listed as hers (MA120)")
bad("her-partners-methadone", "wrong-parent", M, overall(
    "Her partner's methadone and her own sertraline continue; 72 hours of withdrawal observation for the baby; no "
    "co-sleeping after a methadone dose; breastfeeding supported."), "'her partner's methadone' (MA120)")
ok("mums-partners-quetiapine", "wrong-parent", P, overall(
    "Mum's partner's quetiapine causes heavy sedation at night: he must not co-sleep on a bed, sofa or armchair or "
    "do night feeds after his dose; crib on her side, checked at each visit."), "the partner's, said through 'mum'")
ok("she-locks-his-quetiapine", "wrong-parent", P, overall(
    "She keeps his quetiapine locked away from the baby; he is heavily sedated at night, so no co-sleeping with him "
    "on a bed, sofa or armchair, and she does the night feeds."), "'she' near 'his quetiapine'")
ok("paternal-quetiapine", "wrong-parent", P, overall(
    "Paternal quetiapine at night sedates him heavily: the baby never sleeps with him on a bed, sofa or armchair, "
    "and the mother does every night feed; the health visitor checks the crib."), "'paternal' is right")
ok("she-is-not-on-quetiapine", "wrong-parent", P, overall(
    "She is not on quetiapine; the father is, at night, and is heavily sedated: no co-sleeping with him on a bed, "
    "sofa or armchair and no night feeds by him after his dose."), "a negation, then the right parent")
ok("dads-quetiapine", "wrong-parent", P, overall("Dad's quetiapine " + _P_TAIL), "the right parent, informally")
ok("her-methadone-her-sertraline", "wrong-parent", M, overall(
    "Continue her methadone and her sertraline; the baby needs 72 hours of withdrawal observation, no co-sleeping "
    "after a methadone dose, and breastfeeding is supported."), "the right parent")


# ============================================================================================================
# wrong-sense: words of a concern in another sense answer nothing (MA122, MA123, MA125).

def _quet_sleep(text: str) -> Mutation:
    return set_("assessments#asm-partner-quetiapine.impact_on_mother.safe_sleep", text)


def _sert_bf(text: str) -> Mutation:
    return set_("assessments#asm-sertraline.impact_on_baby.breastfeeding", text)


bad("dad-no-sleep-issues", "wrong-sense", P, _quet_sleep("No sleep issues for dad; he sleeps soundly on his tablets."),
    "his own sleep, not the baby's: the partner's safe sleep item dismisses the concern (MA123/MA125)")
ok("crib-no-sleep-issues", "wrong-sense", P, _quet_sleep(
    "No sleep issues with the crib: dad never sleeps with the baby on a bed, sofa or armchair after his dose."),
    "the same words, then the baby's sleep")
bad("mum-no-sleep-issues", "wrong-sense", F, set_(
    "assessments#asm-diazepam-pregabalin.impact_on_mother.safe_sleep",
    "No sleep issues for mum: she sleeps eight hours a night on diazepam."),
    "her insomnia, not the baby's sleep: a sedating medicine's safe sleep dismissed (MA123/MA125)")
ok("placement-no-sleep-issues", "wrong-sense", F, set_(
    "assessments#asm-diazepam-pregabalin.impact_on_mother.safe_sleep",
    "No sleep issues in the placement: the baby sleeps in a cot in the foster carer's room and mum never sleeps "
    "with the baby on a bed or sofa."), "the baby's sleep answered")
bad("bottle-of-water", "wrong-sense", M, _sert_bf("Keeps a bottle of water by the bed at night."),
    "a bottle of water is not breastfeeding advice; she breastfeeds (MA125/MA122)")
ok("bottle-of-water-and-advice", "wrong-sense", M, _sert_bf(
    "Compatible with breastfeeding; keep a bottle of water to hand during feeds."), "advice, then the water")
bad("milk-of-magnesia", "wrong-sense", M, _sert_bf("Milk of magnesia is fine for her constipation."),
    "a laxative, not breast milk (MA125/MA122)")
ok("milk-of-magnesia-and-advice", "wrong-sense", M, _sert_bf(
    "Sertraline passes into breast milk only in tiny amounts: breastfeeding is encouraged. Milk of magnesia is fine "
    "for constipation."), "breast milk answered, the laxative beside it")
bad("bf-boyfriend", "wrong-sense", M, _sert_bf("BF is supportive and stays over most nights."),
    "'BF' is her boyfriend here, not breastfeeding (MA125/MA122)")
ok("bf-breastfeeding", "wrong-sense", M, _sert_bf(
    "BF encouraged: sertraline reaches the baby only in tiny amounts via milk."), "'BF' as breastfeeding")
bad("withdrawal-of-offer", "wrong-sense", M, set_(
    "assessments#asm-methadone.impact_on_baby.neonatal_withdrawal_plan",
    "Withdrawal of the drug service's key worker offer was discussed; she will reapply next month."),
    "the withdrawal plan box speaks of an offer withdrawn, not the baby (MA125)")
ok("withdrawal-of-offer-and-plan", "wrong-sense", M, set_(
    "assessments#asm-methadone.impact_on_baby.neonatal_withdrawal_plan",
    "Observe on the ward for 72 hours; the withdrawal of her key worker offer does not change this; HV to check for "
    "late signs to day 8."), "the plan, with the offer beside it")

_V_RECS = ("Do not stop valproate abruptly. Urgent referral to neurology (epilepsy specialist nurse) to review "
           "treatment in pregnancy. Folic acid 5 mg daily started today.")
_V_CONCL = ("Valproate must continue until the neurologist reviews it: stopping suddenly risks seizures, which would "
            "endanger her and the unborn baby. ")
bad("scan-of-her-knee", "wrong-sense", V, chain(
    set_("assessments#asm-valproate.recommendations", _V_RECS + " Scan of her knee booked at the fracture clinic."),
    set_("assessments#asm-valproate.conclusion", _V_CONCL + "The scan of her knee goes ahead next week.")),
    "a knee scan, not the anomaly scan: harm to the unborn baby unanswered (MA122)")
ok("scan-of-her-knee-and-anomaly-scan", "wrong-sense", V, chain(
    set_("assessments#asm-valproate.recommendations",
         _V_RECS + " Early fetal medicine review and a detailed anomaly scan at 20 weeks; the knee scan can wait."),
    set_("assessments#asm-valproate.conclusion",
         _V_CONCL + "The baby has been exposed in the first trimester: fetal medicine review and an anomaly scan.")),
    "teratogenicity answered, the knee beside it")


# ============================================================================================================
# brands: medicines of concern by brands not used before (seeded draw), misspelt, family names, combinations.
# On the postnatal record with no medicine of concern; a plausible reason does not excuse a medicine of concern.

def _n_med(name: str, dose: str, reason: str | None = None) -> Mutation:
    extra: Record = {"not_of_concern_reason": reason} if reason else {}
    return add_medicine(medicine("med-extra", name, dose, "2026-04-03", gp_prescriber(RIVERSIDE), **extra))


_BRANDS = [
    ("faverin", "Faverin 50mg tablets", "50 mg at night", "Taken for years for her nerves; settled and it suits her.",
     "fluvoxamine (SSRI)"),
    ("favverin-doubled", "Favverin 100mg tablets", "100 mg at night", None, "fluvoxamine, a letter doubled"),
    ("invodol", "Invodol 50mg capsules", "50 mg up to four times a day",
     "For her back after the birth; the pharmacist said it is fine.", "tramadol brand"),
    ("oxyaln-swapped", "Oxyaln 10mg prolonged-release tablets", "10 mg twice a day", None,
     "Oxylan (oxycodone), two letters swapped"),
    ("depicksol-phonetic", "Depicksol 20mg/ml depot injection", "40 mg every two weeks",
     "Given by the community mental health team; not our prescription.", "Depixol (flupentixol) by sound"),
    ("paxidorm", "Paxidorm 50mg tablets", "50 mg at night", "Bought over the counter to help her sleep.",
     "diphenhydramine, a sedating antihistamine"),
    ("eroset-combination", "Eroset 10mg/500mg tablets", "Two tablets four times a day",
     "Simple painkiller for after-pains, taken with food.", "co-dydramol (dihydrocodeine) in a brand"),
    ("zipamol-plus", "Zipamol Plus capsules", "Two capsules up to four times a day", None,
     "co-codamol brand, no strength"),
    ("medocodene", "Medocodene 30/500 capsules", "Two capsules four times a day",
     "For perineal pain; short course only.", "co-codamol brand"),
    ("teril-family", "Teril 200mg tablets", "200 mg twice a day", "Stable for years; neurology manage it.",
     "Teril Retard (carbamazepine) without its release form"),
    ("venlablu-dropped", "Venlablu 75mg prolonged-release capsules", "75 mg once daily", None,
     "Venlablue (venlafaxine), last letter dropped"),
    ("duciltia", "Duciltia 30mg gastro-resistant capsules", "60 mg once daily",
     "For low mood and pain; her usual medicine.", "duloxetine brand"),
    ("breakyl", "Breakyl 200microgram buccal film", "One film when needed for breakthrough pain", None,
     "fentanyl brand"),
    ("valclair", "Valclair 10mg suppositories", "10 mg at night when needed",
     "Used rarely for muscle spasm; she has not needed it this month.", "diazepam brand"),
]
for _n, _name, _dose, _reason, _w in _BRANDS:
    bad(f"brand-{_n}", "brands", N, _n_med(_name, _dose, _reason), f"unassessed medicine of concern: {_w} (MA101)")

_LOOKALIKES = [
    ("lamisil", "Lamisil 1% cream", "Apply twice a day to the feet",
     "Antifungal cream for athlete's foot; applied to the skin, negligible absorption; fine while breastfeeding."),
    ("zirtek", "Zirtek 10mg tablets", "10 mg once daily",
     "Non-sedating antihistamine for hay fever; compatible with breastfeeding at this dose."),
    ("lyclear", "Lyclear 5% dermal cream", "Apply once, repeat after 7 days",
     "Permethrin cream for scabies, applied to the skin; compatible with breastfeeding."),
    ("dioralyte", "Dioralyte oral rehydration sachets", "One sachet after each loose stool",
     "Oral rehydration salts for a stomach bug; no effect on the baby or breastfeeding."),
    ("canesten", "Canesten 2% thrush cream", "Apply twice a day for 7 days",
     "Clotrimazole cream for thrush, applied locally; no effect on the baby or breastfeeding."),
]
for _n, _name, _dose, _reason in _LOOKALIKES:
    ok(f"lookalike-{_n}", "brands", N, _n_med(_name, _dose, _reason),
       "a product of no concern (a name near a concern brand) with the clinician's reason")

ok("synastone-assessed", "brands", M, set_("medicines#med-methadone.name", "Synastone 1mg/ml oral solution"),
   "a methadone brand not used before, assessed; the conclusions say methadone")
ok("valclair-assessed", "brands", F, set_("medicines#med-diazepam.name", "Valclair 5mg tablets"),
   "a diazepam brand, assessed; the conclusions say diazepam")
ok("synastone-misspelt-assessed", "brands", M, set_("medicines#med-methadone.name", "Synnastone 1mg/ml oral solution"),
   "the methadone brand misspelt in the list, assessed and concluded on as methadone")


# ============================================================================================================
# dates that cannot be true, and edge cases that can.

def _f_edd(edd: str) -> Mutation:
    return set_("pregnancy.edd", edd)


bad("started-feb-29-2025", "dates", M, set_("medicines#med-methadone.started", "2025-02-29"),
    "no 29 February in 2025")
ok("started-feb-29-2024", "dates", M, set_("medicines#med-methadone.started", "2024-02-29"),
   "a leap day, before the last change")
bad("sertraline-before-her-birth", "dates", M, set_("medicines#med-sertraline.started", "1995-06-10"),
    "started before the mother was born (1996-08-14) (MA014)")
ok("sertraline-at-fifteen", "dates", M, set_("medicines#med-sertraline.started", "2012-06-10"),
   "started when she was 15: possible")
bad("born-feb-30", "dates", M, set_("mother.birth_date", "1996-02-30"), "no 30 February")
bad("delivery-21-weeks-6-days", "dates", F, _f_edd("2026-10-13"),
    "born 18 weeks and 1 day before the EDD: before 22 weeks (MA013)")
ok("delivery-22-weeks", "dates", F, _f_edd("2026-10-12"), "born at exactly 22 weeks")
ok("delivery-42-weeks", "dates", F, _f_edd("2026-05-11"), "born 28 days after the EDD")
ok("delivery-38-weeks", "dates", F, _f_edd("2026-06-22"), "born two weeks before the EDD")
bad("delivery-42-weeks-1-day", "dates", F, _f_edd("2026-05-10"), "born 29 days after the EDD (MA013)")
bad("attested-hour-24", "dates", M, set_("attestation.at", "2026-03-02T24:30:00+00:00"), "no hour 24")
ok("attested-last-second", "dates", M, set_("attestation.at", "2026-03-02T23:59:59+00:00"),
   "attested late the same day (the update time before it is a warning only)")


# ============================================================================================================
# routes that cannot deliver, beside ones that can.

def _mllp_host(host: str) -> Mutation:
    return set_("recipients#rcp-maternity.route.host", host)


def _fhir(url: str) -> Mutation:
    return set_("recipients#rcp-maternity.route.base_url", url)


def _mailbox(box: str) -> Mutation:
    return set_("recipients#rcp-hv.route.mailbox", box)


def _manual(text: str) -> Mutation:
    return set_("recipients#rcp-foster-carer.route.description", text)


bad("mesh-lower-case", "routes", M, _mailbox("x26hc003"), "MESH ids are upper case (MA307)")
bad("mesh-zero-width", "routes", M, _mailbox("X26HC\u200b003"), "an invisible character inside the id (MA307)")
bad("mesh-full-width", "routes", M, _mailbox(full_width("X26HC003")), "full-width characters (MA307)")
ok("mesh-other-valid", "routes", M, _mailbox("X26HC013"), "another well-formed mailbox id")
bad("mllp-single-label", "routes", V, _mllp_host("maternity-interface"), "not a fully qualified name (MA308)")
bad("mllp-ip-octet-300", "routes", V, _mllp_host("192.168.1.300"), "no such IP address (MA308)")
bad("mllp-invalid-domain", "routes", V, _mllp_host("maternity-interface.castleford.invalid"),
    "the reserved domain 'invalid' (MA308)")
ok("mllp-trailing-dot", "routes", V, _mllp_host("maternity-interface.castleford.example."),
   "an absolute FQDN with its root dot")
ok("mllp-public-ip", "routes", V, _mllp_host("194.189.25.10"), "a public IPv4 address")
bad("fhir-plain-http", "routes", L, _fhir("http://maternity.northgate.example/fhir/R4"), "not https (MA308)")
bad("fhir-fragment", "routes", L, _fhir("https://maternity.northgate.example/fhir/R4#top"), "a fragment (MA308)")
bad("fhir-link-local", "routes", L, _fhir("https://169.254.10.20/fhir/R4"), "a link-local address (MA308)")
ok("fhir-port-slash", "routes", L, _fhir("https://maternity.northgate.example:8443/fhir/R4/"),
   "an explicit port and a trailing slash")
ok("fhir-upper-scheme", "routes", L, _fhir("HTTPS://maternity.northgate.example/fhir/R4"),
   "the scheme in capitals is the same scheme")
bad("manual-gets-round-to-it", "routes", F, _manual(
    "Foster carer to be given a copy whenever someone on the ward gets round to it."),
    "not arranged: nobody, no time (MA309)")
bad("manual-mum-shows-copy", "routes", F, _manual("Mum will show Sandra her own copy of the plan at the placement."),
    "a parent passes it on (MA309)")
ok("manual-midwife-handed", "routes", F, _manual(
    "Ward midwife handed the printed copy to Sandra Hollis, the foster carer, at discharge on 2026-06-12 and went "
    "through it with her."), "who gave what to whom, and when")


# ============================================================================================================
# disguise over hollow texts (must refuse) and good texts (must pass).

_D_HOLLOW = "Methadone: see the drug service letter for the plan for the baby."
_D_GOOD = ("Methadone 60 mg continues; the baby is observed on the postnatal ward for withdrawal for at least 72 "
           "hours, and she must never share a bed or sofa with the baby after a dose.")
bad("math-bold-hollow", "disguise", M, meth(math_bold(_D_HOLLOW)), "a pointer in mathematical bold (MA103)")
ok("math-bold-good", "disguise", M, meth(math_bold(_D_GOOD)), "a good conclusion in mathematical bold")
bad("full-width-no-concerns", "disguise", M, meth(full_width("Methadone: no concerns for the baby at this time.")),
    "a dismissal, full-width (MA103)")
ok("full-width-good", "disguise", M, meth(full_width(_D_GOOD)), "a good conclusion, full-width")
bad("zero-width-plan-is-plan", "disguise", M, meth(inside_words(
    "The plan is the plan for methadone and the baby, whatever happens with withdrawal.", "\u200b")),
    "a tautology with zero-width spaces (MA103)")
ok("zero-width-good", "disguise", M, meth(inside_words(_D_GOOD, "\u200b", every=3)),
   "a good conclusion with zero-width spaces")
bad("rlo-see-letter", "disguise", M, meth("Methadone: \u202e.rettel ees\u202c"),
    "shown as 'see letter.' under a right-to-left override (MA103)")
ok("lrm-good", "disguise", M, meth(_D_GOOD.replace("; ", ";\u200e ")), "left-to-right marks between clauses")
bad("combining-pending-review", "disguise", M, meth(combining("Methadone: pending review by the drug service.")),
    "a deferral under combining accents (MA103)")
ok("combining-name-good", "disguise", M, meth(
    "Methadone 60 mg continues; Zoe\u0308, the community midwife, will check the cot at the home visit, and the "
    "baby is observed for withdrawal for 72 hours."), "a decomposed diaeresis in a midwife's name")
bad("homoglyph-risks-are-risks", "disguise", M, meth(homoglyphs(
    "Risks are risks for methadone and the baby; benefits are benefits for methadone and the mother.", "aeo")),
    "a tautology in Cyrillic look-alikes (MA103)")

ok("homoglyph-good", "disguise", M, meth(homoglyphs(_D_GOOD, "aeo")), "a good conclusion in Cyrillic look-alikes")


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F17CASES)


if __name__ == "__main__":  # pragma: no cover
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:20} {expect:7} {n}")
    print("pass", sum(c.expect == PASS for c in F17CASES), "refuse", sum(c.expect == REFUSE for c in F17CASES),
          "total", len(F17CASES))
