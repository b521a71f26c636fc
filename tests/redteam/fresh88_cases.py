"""An eighty-eighth independent "fresh" batch of red-team cases for the share gate: a false-refusal hunt,
thirtieth round, broad.

GOOD, complete assessments as UK clinicians write them that a strict gate might wrongly refuse, each paired
with one or two near misses that differ by the one thing that makes them hollow (must refuse). Written from
issue 9, docs/rules.md, README.md and the shipped examples, not from the gate's code or its word lists.

* ``guidance-decides``: a conclusion that cites guidance or a letter AND decides ("In line with the perinatal
  psychiatry letter, continue ..."); near misses that only cite;
* ``conditional-default``: a plan with a condition that also states the default ("if NAS scores rise, SCBU;
  otherwise home on day 5"); near misses with only the condition, or only what might follow;
* ``negative-decision``: negatives that are decisions ("no dose change", "no extra observation beyond the
  standard 72 hours is needed because ..."); near misses that are accounts of nothing done;
* ``other-person``: medicines mentioned as past, stopped, the partner's or another person's; near misses
  where she takes it now;
* ``several-medicines``: several medicines in one sentence, joint plans; near misses omitting one;
* ``notation``: numbers, doses, times and gestations in every notation (36/40, 36+2, 5 mg bd, 0.5mg/kg, q4h,
  72 hrs, D5);
* ``template-shorthand``: very short but complete answers to template items (impact on baby,
  recommendations) in shorthand; near misses that are hollow;
* ``voice-form``: first person plural, passive voice, bullet fragments, SOAP, letters;
* ``partner-sedation``: a partner's sedating medicine assessed well (where the baby sleeps, who does night
  feeds, alcohol); near misses that dismiss it;
* ``disguise``: about a fifth, texts from above in look-alike letters, zero-width characters, soft hyphens,
  bidi marks and full width; the verdict equals the plain one.

Medicines named here are real; no clinical code is invented (medicines added here carry no code).
``test_fresh_records.py`` runs them; the cases the gate gets wrong today are listed there (strict xfail).
Run ``python -m tests.redteam.fresh88_cases`` for the counts per category.
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
    P,
    V,
    conclusion_of,
    overall_of,
    set_,
)
from tests.redteam.disguise import full_width, homoglyphs, inside_words

F88CASES: list[Case] = []

CATEGORIES = (
    "guidance-decides",
    "conditional-default",
    "negative-decision",
    "other-person",
    "several-medicines",
    "notation",
    "template-shorthand",
    "voice-form",
    "partner-sedation",
    "disguise",
)

GD, CD, ND, OP, SM, NO, TS, VF, PS, DG = CATEGORIES


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str, **kw: bool) -> None:
    assert category in CATEGORIES, category
    F88CASES.append(Case(f"f88-{name}", category, expect, base, mutate, why, **kw))


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

# The shipped conclusions, so a case adds one sentence about another medicine to complete clinical work.
MC = conclusion_of(M, "asm-methadone")
SC = conclusion_of(M, "asm-sertraline")
CC = conclusion_of(C, "asm-citalopram")
LC = conclusion_of(L, "asm-lithium")
VC = conclusion_of(V, "asm-valproate")
DC = conclusion_of(F, "asm-diazepam-pregabalin")
QC = conclusion_of(P, "asm-partner-quetiapine")
MO, CO, LO, VO, FO, PO = (overall_of(b) for b in (M, C, L, V, F, P))

SETTERS: dict[str, tuple[str, Setter, str]] = {
    "meth": (M, meth, MC),
    "sert": (M, sert, SC),
    "mo": (M, overall, MO),
    "cit": (C, cit, CC),
    "co": (C, overall, CO),
    "lith": (L, lith, LC),
    "lo": (L, overall, LO),
    "valp": (V, valp, VC),
    "vo": (V, overall, VO),
    "dzp": (F, dzp, DC),
    "fo": (F, overall, FO),
    "quet": (P, quet, QC),
    "po": (P, overall, PO),
}


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


def fw(text: str) -> str:
    return full_width(text)


Disguise = Callable[[str], str]


def case(
    name: str,
    category: str,
    expect: Expect,
    where: str,
    extra: str,
    why: str,
    *,
    front: bool = False,
    whole: bool = False,
    disguise: Disguise | None = None,
) -> None:
    """The shipped conclusion at `where` with one sentence added (after it, or before it with front=True), or
    replaced by `extra` (whole=True); and, when a disguise is given, the same text disguised (same verdict)."""
    base, setter, shipped = SETTERS[where]
    if whole:
        text = extra
    elif front:
        text = f"{extra} {shipped}"
    else:
        text = f"{shipped} {extra}"
    add(name, category, expect, base, setter(text), why)
    if disguise is not None:
        add(f"dg-{name}", DG, expect, base, setter(disguise(text)), f"{why} [disguised: {disguise.__name__}]")


def ok(
    name: str,
    category: str,
    where: str,
    extra: str,
    why: str,
    *,
    front: bool = False,
    whole: bool = False,
    disguise: Disguise | None = None,
) -> None:
    case(name, category, PASS, where, extra, why, front=front, whole=whole, disguise=disguise)


def bad(
    name: str,
    category: str,
    where: str,
    extra: str,
    why: str,
    *,
    front: bool = False,
    whole: bool = False,
    disguise: Disguise | None = None,
) -> None:
    case(name, category, REFUSE, where, extra, why, front=front, whole=whole, disguise=disguise)


# Template items other than the conclusion: the impact on the baby and the recommendations.
for _key, (_base, _aid) in {
    "meth": (M, "asm-methadone"),
    "sert": (M, "asm-sertraline"),
    "cit": (C, "asm-citalopram"),
    "lith": (L, "asm-lithium"),
    "valp": (V, "asm-valproate"),
    "dzp": (F, "asm-diazepam-pregabalin"),
    "quet": (P, "asm-partner-quetiapine"),
}.items():
    SETTERS[f"{_key}-ib"] = (_base, _at(f"assessments#{_aid}.impact_on_baby.summary"), "")
    SETTERS[f"{_key}-rec"] = (_base, _at(f"assessments#{_aid}.recommendations"), "")


# ============================================================================================================
# guidance-decides: a conclusion that cites guidance or a letter AND decides; near misses that only cite.

ok(
    "gd-meth-drug-service-letter-continue",
    GD,
    "meth",
    "In line with the drug service letter of 2 March, continue methadone 60 mg once daily, supervised. The baby "
    "will stay on the postnatal ward for at least 72 hours for NAS scoring, and breastfeeding is encouraged on "
    "this stable dose. Methadone makes her drowsy, so no co-sleeping; the HV will see the Moses basket before "
    "discharge.",
    "cites the letter and decides the dose, the observation, feeding and sleep",
    whole=True,
    disguise=cyr,
)
bad(
    "gd-meth-drug-service-letter-only",
    GD,
    "meth",
    "Methadone and the baby: in line with the drug service letter of 2 March, which she has a copy of.",
    "cites the letter and decides nothing",
    whole=True,
)
ok(
    "gd-sert-nice-cg192-continue",
    GD,
    "sert",
    "As NICE CG192 advises, sertraline 100 mg continues: her depression relapsed when she stopped it in 2023. The "
    "baby may be jittery or feed poorly in the first 48 hours, so the midwife will observe alongside the "
    "withdrawal scoring; sertraline is fine with breastfeeding.",
    "guidance cited as the reason for a decision",
    whole=True,
)
bad(
    "gd-sert-managed-per-nice",
    GD,
    "sert",
    "Sertraline managed as per NICE CG192 guidance on antenatal and postnatal mental health.",
    "'as per' guidance and no decision",
    whole=True,
)
ok(
    "gd-lith-perinatal-psychiatry-letter",
    GD,
    "lith",
    "In line with the perinatal psychiatry letter (Dr Okafor, 14/1), continue Priadel 800 mg nocte. Lithium levels "
    "4-weekly, weekly from 36/40 and within 24 h of delivery; deliver in hospital with fluids in labour. Baby: "
    "paediatric review at birth for hypotonia, poor feeding and thyroid function. Bottle feeding, as lithium "
    "passes into breast milk.",
    "the brief's own example shape: cites the letter and continues",
    whole=True,
    disguise=zwj,
)
bad(
    "gd-lith-plan-per-psychiatry-letter",
    GD,
    "lith",
    "Lithium plan for mother and baby per the perinatal psychiatry letter from Dr Okafor dated 14 January.",
    "a pointer to the letter only",
    whole=True,
)
ok(
    "gd-valp-following-mhra",
    GD,
    "valp",
    "Following the MHRA guidance, sodium valproate is not stopped abruptly: a seizure would endanger her and the "
    "baby. The baby has had first-trimester exposure, so a detailed anomaly scan at 20/40 and fetal medicine "
    "review are booked; neurology sees her this week to plan a switch. Folic acid 5 mg daily started.",
    "guidance followed, with the decision and the plan for the baby",
    whole=True,
)
bad(
    "gd-valp-refer-to-mhra-and-neurology",
    GD,
    "valp",
    "Sodium valproate: please refer to the MHRA guidance and the neurology letter for the plan for mother and baby.",
    "a deferral to guidance and a letter",
    whole=True,
    disguise=greek,
)
ok(
    "gd-dzp-per-bnf-and-pharmacist",
    GD,
    "dzp",
    "Per the BNF and the ward pharmacist's advice, diazepam 5 mg tds and pregabalin 150 mg bd continue for now, "
    "with a slow diazepam taper from 6 weeks. Both sedate: no bed-sharing, no feeding lying down, foster carer "
    "does night feeds. Baby had mild withdrawal on D3; watch for late signs to D8 (HV and foster carer).",
    "'per the BNF' opening a full decision",
    whole=True,
)
ok(
    "gd-cit-see-also-pnmh-letter",
    GD,
    "cit",
    "See also the perinatal mental health letter. Citalopram 20 mg od continues because her relapse risk is high; "
    "the baby may show adaptation symptoms (jittery, poor feeding) in the first 48 hours, which the midwife will "
    "watch for. Breastfeeding encouraged.",
    "a pointer followed by a substantive conclusion",
    whole=True,
    disguise=shy,
)
bad(
    "gd-cit-see-letter-padded",
    GD,
    "cit",
    "Citalopram: see the perinatal mental health letter, which was gone through with her in clinic today at length.",
    "a pointer padded with an account",
    whole=True,
)
ok(
    "gd-mo-agreed-at-conference",
    GD,
    "mo",
    "Agreed at the pre-birth conference on 3 March: methadone 60 mg and sertraline 100 mg continue unchanged. Baby "
    "to be observed on the postnatal ward for a minimum of 72 hours for withdrawal, with SSRI adaptation signs "
    "watched for too. Breastfeeding supported. No co-sleeping; the HV and social worker will see the cot before "
    "discharge.",
    "decided at the conference (past), not handed to it",
    whole=True,
    disguise=rlm,
)
bad(
    "gd-mo-to-be-agreed-at-conference",
    GD,
    "mo",
    "The methadone and sertraline plan for the baby will be agreed at the pre-birth conference on 3 March.",
    "handed to a later meeting",
    whole=True,
)
ok(
    "gd-fo-in-keeping-with-care-plan",
    GD,
    "fo",
    "In keeping with the interim care plan, diazepam and pregabalin continue unchanged and the mother has "
    "supervised contact only. Both sedate her: she does not sleep with the baby on any surface and the foster "
    "carer does all night feeds. Late withdrawal signs possible until day 8; the foster carer will ring the "
    "neonatal unit for tremor, poor feeding or a high-pitched cry.",
    "the care plan cited beside the decisions",
    whole=True,
)
ok(
    "gd-quet-following-lullaby-trust",
    GD,
    "quet",
    "Following Lullaby Trust advice, the father must not share a bed, sofa or armchair with the baby after his "
    "300 mg quetiapine at night, as he is very hard to wake. The mother does the night feeds and the baby sleeps "
    "in the crib by her side; the HV will check this at each visit.",
    "safe sleep guidance cited and applied to this father",
    whole=True,
)
bad(
    "gd-quet-leaflet-given-per-policy",
    GD,
    "quet",
    "Quetiapine (father): Lullaby Trust safe sleep leaflet given to the parents, as per policy.",
    "an account of a leaflet handed over, nothing decided",
    whole=True,
)

# ============================================================================================================
# conditional-default: a condition plus the default; near misses with only the condition.

ok(
    "cd-meth-nas-scbu-otherwise-home-d5",
    CD,
    "meth",
    "Methadone 60 mg od continues. Baby to stay on the postnatal ward for 72 hrs with NAS scoring 4-hourly; if "
    "scores rise to treatment level, transfer to SCBU, otherwise home on D5 with the HV visiting on D6 and D8. "
    "Breastfeeding encouraged. No co-sleeping as methadone makes her drowsy.",
    "a condition with its branch and the default",
    whole=True,
    disguise=fw,
)
bad(
    "cd-meth-if-problems-act-accordingly",
    CD,
    "meth",
    "Methadone continues. If problems arise with the baby, the team will act accordingly.",
    "a condition without what follows",
    whole=True,
)
ok(
    "cd-sert-if-jittery-else-discharge",
    CD,
    "sert",
    "Sertraline 100 mg continues. If the baby is jittery or feeding poorly in the first 48 hours, the paediatrician "
    "reviews on the ward; otherwise she goes home when the withdrawal observation ends, with the midwife checking "
    "feeding on day 3. Sertraline is compatible with breastfeeding.",
    "condition, branch and default",
    whole=True,
)
bad(
    "cd-sert-should-signs-review-considered",
    CD,
    "sert",
    "Sertraline: should the baby show signs, a paediatric review would be considered.",
    "only what might follow",
    whole=True,
)
ok(
    "cd-lith-unless-level-high",
    CD,
    "lith",
    "Lithium continues at 800 mg unless the 36-week level is above 0.8 mmol/L, in which case the psychiatrist will "
    "reduce it by 200 mg. The baby needs a paediatric review within 24 hours of birth (tone, feeding, TFTs); she "
    "will formula feed because lithium enters breast milk.",
    "'unless' with the default stated first",
    whole=True,
)
ok(
    "cd-valp-if-switch-until-then-continue",
    CD,
    "valp",
    "If neurology switches her to lamotrigine this week, the change will be made over 6-8 weeks under their "
    "supervision; until then sodium valproate 500 mg bd continues unchanged and must not be stopped. The baby has "
    "had first-trimester exposure: anomaly scan and fetal medicine review are booked. Folic acid 5 mg od started.",
    "a specialist's option named under a condition, with the default",
    whole=True,
)
bad(
    "cd-valp-depending-either-or",
    CD,
    "valp",
    "Depending on the neurology review, sodium valproate will be either continued or switched, and the baby's "
    "scans arranged accordingly.",
    "alternatives after 'depending on', no choice",
    whole=True,
)
ok(
    "cd-dzp-if-drowsy-at-contact",
    CD,
    "dzp",
    "Diazepam 5 mg tds and pregabalin 150 mg bd continue. If she is drowsy at contact, the foster carer holds the "
    "baby and contact pauses; otherwise she may feed the baby sitting upright in a chair, never lying down. No "
    "sharing a bed or sofa. The baby is watched for late withdrawal to day 8.",
    "condition with branch and default",
    whole=True,
    disguise=cyr,
)
ok(
    "cd-quet-if-dose-moved-until-then",
    CD,
    "quet",
    "The father's quetiapine 300 mg at 10pm leaves him very hard to wake until morning, so he does no night feeds "
    "and never sleeps with the baby on a bed or sofa; the baby sleeps in the crib beside the mother. If his dose "
    "is moved earlier, the HV will review who can do the 2am feed; until then the plan stands.",
    "a review condition after a full plan",
    whole=True,
)
bad(
    "cd-quet-if-changes-review",
    CD,
    "quet",
    "If the father's quetiapine changes, the plan for the baby will be reviewed.",
    "only a condition; no plan for tonight",
    whole=True,
)
ok(
    "cd-cit-epds-otherwise-no-change",
    CD,
    "cit",
    "Citalopram 20 mg continues; if her EPDS rises above 13 at the 28-week check, the GP will increase it to 30 mg, "
    "otherwise no change. The baby may have mild adaptation symptoms for 48 hours, which the midwife will watch "
    "for; breastfeeding supported.",
    "condition with 'otherwise no change'",
    whole=True,
)
ok(
    "cd-mo-scbu-otherwise-transitional",
    CD,
    "mo",
    "Methadone and sertraline continue unchanged. Baby on the postnatal ward for 72 hours minimum; if NAS scores "
    "are 8 or more twice running, SCBU, otherwise transitional care until D5. Breastfeeding supported; no "
    "co-sleeping because methadone sedates her; the HV checks the cot on the first visit.",
    "an overall conclusion with a threshold and a default",
    whole=True,
)
bad(
    "cd-mo-were-scores-high-scbu-might",
    CD,
    "mo",
    "Methadone and sertraline: were the baby's scores to rise, SCBU might be needed.",
    "a counterfactual condition only",
    whole=True,
)

# ============================================================================================================
# negative-decision: negatives that decide; near misses that decide nothing.

ok(
    "nd-meth-no-dose-change-because",
    ND,
    "meth",
    "No dose change: methadone stays at 60 mg od because she is stable with no on-top use, and a reduction in "
    "pregnancy would risk relapse. The baby needs NAS observation for 72 hours; breastfeeding encouraged. No "
    "co-sleeping after her dose; HV to see the cot.",
    "'no dose change' is a decision",
    whole=True,
    disguise=zwj,
)
bad(
    "nd-meth-no-change-no-concerns",
    ND,
    "meth",
    "Methadone: no change. No concerns at this time.",
    "a bare negative and a dismissal",
    whole=True,
)
ok(
    "nd-sert-no-extra-obs-because",
    ND,
    "sert",
    "No extra observation beyond the standard 72 hours on the ward is needed for sertraline, because the baby is "
    "already observed for methadone withdrawal and the same chart picks up SSRI adaptation signs (jitteriness, "
    "poor feeding, fast breathing). Sertraline 100 mg continues and breastfeeding is fine.",
    "the brief's example: a negative with its reason",
    whole=True,
)
bad(
    "nd-sert-no-extra-obs-bare",
    ND,
    "sert",
    "Sertraline: no extra observation needed.",
    "the same negative without reason or plan",
    whole=True,
    disguise=cyr,
)
ok(
    "nd-lith-will-not-breastfeed",
    ND,
    "lith",
    "Lithium 800 mg continues. She will not breastfeed, because lithium passes into breast milk and the baby could "
    "become toxic. The baby will not go home before a paediatric review at 24-48 hours (tone, feeding, thyroid). "
    "Levels weekly from 36/40.",
    "negated plans that decide",
    whole=True,
)
ok(
    "nd-valp-do-not-stop",
    ND,
    "valp",
    "Do not stop sodium valproate: stopping suddenly could bring on seizures that harm her and the baby. No change "
    "of dose until neurology review this week. The baby has been exposed since conception; fetal medicine scans "
    "booked for 12 and 20 weeks. Folic acid 5 mg started.",
    "negative instructions",
    whole=True,
    disguise=fw,
)
bad(
    "nd-valp-nothing-decided",
    ND,
    "valp",
    "Sodium valproate: nothing has yet been decided about the baby or the pregnancy.",
    "an account that nothing was decided",
    whole=True,
)
ok(
    "nd-dzp-no-night-feeds-by-mum",
    ND,
    "dzp",
    "No night feeds by mum while she takes diazepam and pregabalin: both sedate her and she is hard to rouse after "
    "her 10pm doses. No bed or sofa sharing. No change in either dose until the 6-week review. The baby stays on "
    "withdrawal watch (late signs possible to D8) with the foster carer and HV.",
    "a run of negatives, each a decision",
    whole=True,
)
ok(
    "nd-quet-no-cosleeping-ever",
    ND,
    "quet",
    "No co-sleeping with the father at any time after his quetiapine dose, no night feeds by him and no naps with "
    "the baby on the sofa: the drug makes him very hard to wake. The baby sleeps in its own crib beside the mother; "
    "HV to check at each visit.",
    "negatives that are the safe sleep plan",
    whole=True,
)
bad(
    "nd-quet-no-issues-noted",
    ND,
    "quet",
    "Father's quetiapine - no issues for the baby noted.",
    "a dismissal of a partner's sedating medicine",
    whole=True,
    disguise=greek,
)
ok(
    "nd-fo-no-unsupervised-care",
    ND,
    "fo",
    "No unsupervised care of the baby by the mother while she takes diazepam and pregabalin: both sedate her. No "
    "bed, sofa or armchair sharing, no feeding lying down; the foster carer does night feeds. Late withdrawal "
    "possible to day 8; foster carer and HV watching.",
    "negatives deciding the overall plan",
    whole=True,
)
bad(
    "nd-fo-no-plan-made",
    ND,
    "fo",
    "Diazepam and pregabalin: no plan was made for the baby's sleep at this stage.",
    "an account of a plan not made",
    whole=True,
)

# ============================================================================================================
# other-person: past, stopped, the partner's or another person's medicines; near misses she takes now.

bad(
    "op-meth-partner-also-on-methadone",
    OP,
    "meth",
    "Her partner is on his own methadone script from the same service; he does not sleep in the same bed as the "
    "baby either.",
    "the partner's sedating methadone is a parent's medicine: it must be listed as his and assessed (MA120)",
)
ok(
    "op-sert-fluoxetine-2022-stopped",
    OP,
    "sert",
    "She took fluoxetine in 2022, stopped it after a rash, and has been on sertraline since.",
    "a past antidepressant",
    disguise=rlm,
)
bad(
    "op-sert-fluoxetine-still-taken",
    OP,
    "sert",
    "She also still takes fluoxetine 20 mg from an old repeat prescription most days.",
    "an SSRI she takes now, not listed",
)
ok(
    "op-lith-her-mother-on-lithium",
    OP,
    "lith",
    "Her mother was on lithium for twenty years and supports her in continuing it.",
    "the mother's own mother's lithium",
)
ok(
    "op-cit-sertraline-tried-2021",
    OP,
    "cit",
    "Sertraline was tried in 2021 and stopped because of nausea; citalopram has suited her better.",
    "a past SSRI",
)
bad(
    "op-dzp-birth-father-zopiclone",
    OP,
    "dzp",
    "The birth father's zopiclone is his own; he has no overnight contact with the baby.",
    "a parent's sedating medicine, named as his, must be in the list as the partner's (MA120)",
    disguise=shy,
)
ok(
    "op-dzp-uncle-zopiclone",
    OP,
    "dzp",
    "Her brother, who visits at weekends, takes zopiclone; he never babysits overnight or sleeps with the baby.",
    "an uncle's hypnotic, another person's",
    disguise=cyr,
)
bad(
    "op-dzp-mum-zopiclone-from-friend",
    OP,
    "dzp",
    "She also takes zopiclone 7.5 mg at night, bought from a friend.",
    "a sedative she takes now, not listed",
)
ok(
    "op-vo-sister-epilim",
    OP,
    "vo",
    "Her sister took Epilim in pregnancy and her child has learning difficulties, so she understands the risk.",
    "a sister's valproate",
)
bad(
    "op-meth-street-diazepam-now",
    OP,
    "meth",
    "She still takes diazepam 10 mg a day bought on the street alongside her methadone.",
    "a benzodiazepine taken now, not listed or assessed",
)
ok(
    "op-po-grandmother-co-codamol",
    OP,
    "po",
    "The grandmother, who stays some nights, takes co-codamol for arthritis and does not sleep with the baby either.",
    "a grandmother's medicine with a sleep plan",
)
ok(
    "op-quet-mother-no-sedatives",
    OP,
    "quet",
    "The mother takes no sedating medicine and does not drink, so she does all night care.",
    "the mother's own negatives support the plan",
)

# ============================================================================================================
# several-medicines: several medicines in one sentence; near misses that omit one.

ok(
    "sm-mo-one-long-sentence",
    SM,
    "mo",
    "Methadone 60 mg and sertraline 100 mg both continue unchanged, the baby will be observed for 72 hours for "
    "withdrawal and SSRI adaptation, breastfeeding is encouraged, and because methadone sedates her there is no "
    "co-sleeping, which the HV will check at the first visit.",
    "one sentence naming both",
    whole=True,
)
bad(
    "sm-mo-omits-sertraline",
    SM,
    "mo",
    "Methadone 60 mg continues unchanged, the baby will be observed for 72 hours for withdrawal, breastfeeding is "
    "encouraged, and there is no co-sleeping, which the HV will check at the first visit.",
    "the overall conclusion omits sertraline",
    whole=True,
)
ok(
    "sm-fo-slash-shorthand",
    SM,
    "fo",
    "Diazepam/pregabalin: both continue at current doses (5 mg tds / 150 mg bd); together they sedate, so no "
    "co-sleeping on any surface and the foster carer does night feeds; watch the baby for late withdrawal to D8; "
    "diazepam taper planned from 6/52.",
    "two medicines joined by a slash",
    whole=True,
    disguise=cyr,
)
bad(
    "sm-fo-omits-pregabalin",
    SM,
    "fo",
    "Diazepam continues at 5 mg tds; sedation means no co-sleeping on any surface and the foster carer does night "
    "feeds; watch the baby for late withdrawal to D8; taper planned from 6/52.",
    "pregabalin omitted",
    whole=True,
)
ok(
    "sm-vo-valproate-and-folic",
    SM,
    "vo",
    "Sodium valproate 500 mg bd and folic acid 5 mg od both continue: valproate must not stop suddenly, and folic "
    "acid until at least 12/40. The baby has had first-trimester valproate exposure, so urgent neurology review "
    "this week and fetal medicine scans at 12 and 20 weeks are booked.",
    "both listed medicines in one sentence",
    whole=True,
)
ok(
    "sm-po-hers-and-his",
    SM,
    "po",
    "Paracetamol (hers) and quetiapine (his): paracetamol is fine with breastfeeding; quetiapine makes him too "
    "drowsy for night care, so Mum does the night feeds, the baby sleeps in the next-to-me crib on her side and he "
    "never naps with the baby on the sofa. HV checks at each visit.",
    "whose medicine is whose, in brackets",
    whole=True,
)
ok(
    "sm-mo-neither-stopped",
    SM,
    "mo",
    "Neither methadone nor sertraline is to be stopped or reduced; the baby needs 72 h of withdrawal observation "
    "on the ward, breastfeeding is encouraged, and there is to be no co-sleeping because methadone makes her "
    "drowsy.",
    "'neither ... nor' naming both",
    whole=True,
    disguise=zwj,
)
bad(
    "sm-mo-both-gone-through",
    SM,
    "mo",
    "Methadone and sertraline were both gone through with her and the midwife today.",
    "an account, both named, nothing decided",
    whole=True,
)

# ============================================================================================================
# notation: doses, times and gestations in every notation.

ok(
    "no-meth-36-plus-2-finnegan",
    NO,
    "meth",
    "Methadone 60mg od, supervised, continues. Seen at 36+2: stable, no on-top use. Baby: NAS obs min 72 hrs on "
    "PNW, Finnegan q4h; SCBU if two scores of 8+. BF encouraged. No co-sleeping.",
    "36+2, 60mg od, 72 hrs, q4h, 8+",
    whole=True,
)
ok(
    "no-meth-oral-morphine-per-kg",
    NO,
    "meth",
    "Methadone 60 mg daily continues. If the baby needs treatment for NAS, SCBU starts oral morphine 0.04mg/kg q4h "
    "and weans it; otherwise obs for 72 h then home. Breastfeeding encouraged; no co-sleeping after her dose.",
    "a per-kg dose for the baby's treatment",
    whole=True,
    disguise=greek,
)
ok(
    "no-lith-li-mmol",
    NO,
    "lith",
    "Li 800mg nocte continues; target level 0.6-0.8 mmol/L, 4/52 until 36/40 then weekly, 12 h post dose, and "
    "within 24 hrs of delivery. Baby: paeds r/v at birth (hypotonia, feeding, TFTs). FF - no BF on lithium.",
    "lithium as Li, levels in mmol/L",
    whole=True,
    disguise=fw,
)
ok(
    "no-dzp-clock-times",
    NO,
    "dzp",
    "Diazepam 5mg 08:00/14:00/22:00 and pregabalin 150mg 08:00/22:00 continue. Drowsiest 1-2 h after each dose: no "
    "feeds lying down, no bed/sofa sharing; FC does feeds 22:00-07:00. Baby: late w/drawal to D8 - FC and HV "
    "watching.",
    "24-hour clock times",
    whole=True,
)
ok(
    "no-quet-at-22",
    NO,
    "quet",
    "Dad takes quetiapine 300mg @ 22:00 and is v. hard to rouse until ~07:00. So: no night feeds by Dad, no "
    "bed/sofa sharing with baby, baby in own crib on Mum's side. HV to check each visit to 8/52.",
    "@ 22:00, ~07:00, 8/52",
    whole=True,
)
ok(
    "no-valp-8-plus-3",
    NO,
    "valp",
    "Now 8+3 on Na valproate 500mg bd. Do not stop abruptly (seizure risk to mum and fetus). Baby exposed in T1: "
    "~10% major malformation, 30-40% neurodevelopmental risk; urgent neuro r/v and FMU scans at 12/40 and 20/40 "
    "booked. Folic acid 5mg od.",
    "8+3, T1, ~10%, 12/40",
    whole=True,
    disguise=rlm,
)
ok(
    "no-sert-mg-per-day",
    NO,
    "sert",
    "Sertraline 100mg/day continues (relapsed off it in 2023). Neonate: adaptation sx possible D1-3 - obs alongside "
    "NAS chart. PPHN risk small; SpO2 check before discharge. BF compatible.",
    "100mg/day, D1-3, SpO2",
    whole=True,
)
bad(
    "no-meth-dose-line-only",
    NO,
    "meth",
    "Methadone 1mg/ml oral solution, 60 mg (60 ml) once daily, supervised consumption, 36/40.",
    "the medicines list copied",
    whole=True,
)
bad(
    "no-lith-level-only",
    NO,
    "lith",
    "Li 800mg nocte. Level 0.7 mmol/L at 34/40.",
    "numbers with no decision or baby",
    whole=True,
)

# ============================================================================================================
# template-shorthand: short complete answers to template items; near misses that are hollow.

ok(
    "ts-meth-ib-nas-scbu",
    TS,
    "meth-ib",
    "NAS likely; 72 h obs on PNW, SCBU if scores rise.",
    "a short complete impact on the baby",
    whole=True,
)
bad(
    "ts-meth-ib-na-see-letter",
    TS,
    "meth-ib",
    "N/A - see letter.",
    "a placeholder in the impact on the baby",
    whole=True,
)
ok(
    "ts-meth-rec-shorthand",
    TS,
    "meth-rec",
    "Cont. 60mg - don't stop or miss doses (relapse/w/d). NAS obs 72h. HV cot check D10. No co-sleeping.",
    "shorthand recommendations",
    whole=True,
)
bad(
    "ts-meth-rec-tbc",
    TS,
    "meth-rec",
    "TBC.",
    "a placeholder recommendation",
    whole=True,
)
ok(
    "ts-lith-ib-ebstein-echo",
    TS,
    "lith-ib",
    "Ebstein's risk small (echo at 20/40 normal). Neonatal lithium toxicity possible: paeds r/v, TFTs.",
    "short impact with a result",
    whole=True,
    disguise=cyr,
)
ok(
    "ts-lith-rec-levels",
    TS,
    "lith-rec",
    "Li levels 4/52, weekly from 36/40, 24h post delivery. Hospital delivery. FF. PNMH r/v wk 1.",
    "shorthand recommendations",
    whole=True,
    disguise=zwj,
)
ok(
    "ts-dzp-ib-late-wd-sudi",
    TS,
    "dzp-ib",
    "Late w/drawal to D8; sedated-parent SUDI risk - no co-sleeping.",
    "short impact",
    whole=True,
)
ok(
    "ts-quet-ib-not-exposed-sudi",
    TS,
    "quet-ib",
    "Not exposed. Risk = SUDI if Dad co-sleeps when sedated.",
    "a partner's medicine: the baby's risk is sleep",
    whole=True,
)
bad(
    "ts-quet-ib-na-fathers",
    TS,
    "quet-ib",
    "Not applicable - father's medication.",
    "a partner's sedating medicine dismissed",
    whole=True,
)
ok(
    "ts-quet-rec-hv",
    TS,
    "quet-rec",
    "HV: check crib + who does nights each visit to 8/52. Dad's GP to tell HV of any dose change.",
    "shorthand recommendations",
    whole=True,
)
ok(
    "ts-cit-rec-cont",
    TS,
    "cit-rec",
    "Cont 20mg. MW obs 48h. BF ok. GP mood r/v 6/52.",
    "shorthand recommendations",
    whole=True,
)
ok(
    "ts-valp-ib-t1",
    TS,
    "valp-ib",
    "T1 exposure: ~1 in 10 major malformation; neurodev risk 3-4 in 10. FMU scan 12/40 + 20/40.",
    "short impact",
    whole=True,
)
bad(
    "ts-valp-rec-awaiting",
    TS,
    "valp-rec",
    "Awaiting neurology.",
    "a deferral as the recommendation",
    whole=True,
)

# ============================================================================================================
# voice-form: first person plural, passive, bullets, SOAP, a letter.

ok(
    "vf-meth-we-agreed",
    VF,
    "meth",
    "We have agreed with her and her keyworker that methadone stays at 60 mg. We expect the baby to need "
    "withdrawal observation for at least 72 hours and we will support breastfeeding. We have advised against "
    "co-sleeping because methadone makes her drowsy, and we will check the cot at the 32-week home visit.",
    "first person plural",
    whole=True,
    disguise=greek,
)
bad(
    "vf-meth-we-discussed",
    VF,
    "meth",
    "We have talked through methadone with her and her keyworker, and we have gone through everything with the "
    "midwife.",
    "first person plural, an account only",
    whole=True,
)
ok(
    "vf-sert-passive-is-to-be",
    VF,
    "sert",
    "Sertraline 100 mg is to be continued. The baby is to be observed for 72 hours for adaptation symptoms "
    "alongside the withdrawal chart, and breastfeeding is to be supported. Any change of dose is to be shared with "
    "maternity the same week.",
    "passive 'is to be' plans",
    whole=True,
)
bad(
    "vf-sert-passive-addressed",
    VF,
    "sert",
    "Sertraline has been addressed and the relevant considerations for the baby have been taken into account.",
    "passive account only",
    whole=True,
)
ok(
    "vf-lith-bullets",
    VF,
    "lith",
    "Plan:\n- lithium (Priadel) 800 mg nocte, continue\n- levels 4-weekly, weekly from 36/40, within 24 h of birth\n"
    "- deliver on labour ward, IV fluids\n- baby: paeds r/v, feeding + tone + TFTs\n- bottle feeding (lithium in "
    "breast milk)",
    "bullet fragments",
    whole=True,
)
ok(
    "vf-cit-soap",
    VF,
    "cit",
    "S: feels well on citalopram, EPDS 6. O: 24/40, BP normal. A: citalopram 20 mg od working; relapse risk if "
    "stopped outweighs the small neonatal risk. P: continue; midwife to watch the baby 48 h for adaptation "
    "symptoms; breastfeeding supported; GP r/v 6/52 postnatal.",
    "SOAP",
    whole=True,
    disguise=cyr,
)
ok(
    "vf-valp-letter",
    VF,
    "valp",
    "Dear colleague, I saw her today at 8 weeks on sodium valproate 500 mg bd. I have advised her not to stop it, "
    "because a seizure would put her and the baby at risk. The baby has had first-trimester valproate exposure, so "
    "I have booked an urgent neurology review this week and fetal medicine scans. Folic acid 5 mg started today. "
    "Yours sincerely, Dr Shah.",
    "a letter",
    whole=True,
)
ok(
    "vf-dzp-fragments",
    VF,
    "dzp",
    "Diazepam + pregabalin: continue. Sedating - no co-sleeping, no feeds lying down. FC does nights. Baby: late "
    "w/d signs to D8, HV + FC watching.",
    "fragments",
    whole=True,
)
bad(
    "vf-dzp-headings-ticked",
    VF,
    "dzp",
    "Diazepam and pregabalin:\n- Sedation: considered\n- Safe sleep: discussed\n- Withdrawal: reviewed",
    "headings with accounts",
    whole=True,
)
ok(
    "vf-quet-i-told-both",
    VF,
    "quet",
    "I have told both parents that the father must not do night feeds or sleep with the baby on a bed or sofa "
    "after his quetiapine, as he is very hard to wake. I saw the baby's crib beside the mother's bed, and the HV "
    "will check it at each visit.",
    "first person singular",
    whole=True,
)

# ============================================================================================================
# partner-sedation: a partner's sedating medicine assessed well; near misses that dismiss it.

ok(
    "ps-quet-alcohol",
    PS,
    "quet",
    "Quetiapine 300 mg at night makes the father very hard to wake, and more so if he drinks; he has agreed no "
    "alcohol on nights he is with the baby. He never sleeps with the baby on a bed, sofa or armchair and does no "
    "night feeds; Mum does them and the baby sleeps in the next-to-me crib. HV to check each visit.",
    "alcohol addressed with sedation",
    whole=True,
    disguise=shy,
)
ok(
    "ps-quet-day-care-ok",
    PS,
    "quet",
    "The father's quetiapine is taken at 10pm; he is alert by mid-morning and does daytime care safely. Overnight "
    "he does no feeds and is not in sole charge, and the baby sleeps in its own cot in the parents' room, never in "
    "the bed with him. HV to review at each contact.",
    "what he can do as well as what he cannot",
    whole=True,
)
ok(
    "ps-quet-spare-room",
    PS,
    "quet",
    "The father sleeps in the spare room on the nights he takes quetiapine, as it leaves him very drowsy; the baby "
    "sleeps in a Moses basket beside the mother, who does all night feeds. No sofa naps with the baby for him "
    "after his dose. HV checks the arrangement at each visit.",
    "where each sleeps",
    whole=True,
    disguise=fw,
)
bad(
    "ps-quet-not-mothers-so-no-effect",
    PS,
    "quet",
    "Quetiapine is the father's medication and not prescribed to the mother, so it does not affect the baby.",
    "dismisses the partner's sedation",
    whole=True,
)
bad(
    "ps-quet-not-relevant-not-main-carer",
    PS,
    "quet",
    "Father's quetiapine: not relevant to the baby's care as he is not the main carer.",
    "dismissed as not relevant",
    whole=True,
    disguise=fw,
)
ok(
    "ps-po-alcohol-overall",
    PS,
    "po",
    "The mother's paracetamol raises no concern. The father's quetiapine sedates him heavily at night, worse with "
    "alcohol: no co-sleeping with him, no night feeds by him after his dose, no drinking when caring for the baby. "
    "Crib by the mother's bed seen and safe; HV to keep checking.",
    "overall with alcohol",
    whole=True,
)
bad(
    "ps-po-no-concern-either",
    PS,
    "po",
    "Neither the mother's paracetamol nor the father's quetiapine raises any concern for the baby.",
    "the partner's sedation dismissed",
    whole=True,
)
ok(
    "ps-quet-mum-breastfeeds-nights",
    PS,
    "quet",
    "Mum is breastfeeding and does all the night feeds; Dad's quetiapine 300 mg at 10pm leaves him too sedated to "
    "wake for the baby, so he must not bed-share or fall asleep holding the baby on the sofa. Baby sleeps on her "
    "back in the crib beside Mum's bed. HV to check at each visit.",
    "Mum and Dad as the parents' names",
    whole=True,
)
ok(
    "ps-quet-grandmother-if-mum-unwell",
    PS,
    "quet",
    "Quetiapine makes the father too drowsy at night to care for the baby, so the mother does nights and the baby "
    "sleeps in the crib on her side; if the mother is ever unwell, the maternal grandmother stays over to do "
    "nights instead, never the father after his dose. No bed or sofa sharing with him.",
    "a fallback carer named",
    whole=True,
)
bad(
    "ps-quet-advice-given-only",
    PS,
    "quet",
    "Father's quetiapine: safe sleep advice given to both parents and they were happy with it.",
    "advice given, not what it is",
    whole=True,
)


ok(
    "ps-quet-passive-arrangements",
    PS,
    "quet",
    "It has been agreed with both parents that the father, who is heavily sedated by his 300 mg of quetiapine "
    "until the morning, will not be left alone with the baby overnight. The baby is to sleep in the crib next to "
    "the mother, who will do the feeds; the HV will confirm this at the 6-week visit.",
    "passive voice, partner sedation",
    whole=True,
)
ok(
    "no-fo-d8-6-52",
    NO,
    "fo",
    "Diazepam 5mg tds + pregabalin 150mg bd: continue, diazepam taper from 6/52 (by 2mg/wk). Sedation: no bed/sofa "
    "sharing, no feeds lying down, FC does nights. Late NAS signs to D8 - FC/HV to ring NNU for tremor, poor feeds "
    "or high-pitched cry.",
    "taper rate and day notation in the overall conclusion",
    whole=True,
)
ok(
    "gd-vo-as-per-ppp-and-decides",
    GD,
    "vo",
    "As per the valproate pregnancy prevention programme, she has had the risks explained again today; sodium "
    "valproate continues unchanged until neurology see her this week, and she must not stop it suddenly. The baby "
    "has had first-trimester exposure, so fetal medicine scans are booked; folic acid 5 mg continues to 12/40.",
    "'as per' the programme, then decisions",
    whole=True,
)
ok(
    "op-fo-stopped-codeine-on-ward",
    OP,
    "fo",
    "Diazepam and pregabalin continue unchanged; the codeine she had on the ward was stopped at discharge. Both "
    "sedate her, so no bed, sofa or armchair sharing and the foster carer does night feeds. Late withdrawal signs "
    "possible to day 8; the foster carer and HV are watching.",
    "a stopped medicine beside the assessed ones",
    whole=True,
)
ok(
    "cd-lo-if-unwell-admit-otherwise",
    CD,
    "lo",
    "Continue lithium (Priadel) 800 mg at night. If she shows early signs of relapse after birth, the perinatal "
    "team will admit her to the mother and baby unit; otherwise home review at day 3 and weekly for 6 weeks. Baby: "
    "paediatric review and observation for lithium effects; bottle feeding, as lithium passes into breast milk.",
    "overall with a condition and a default",
    whole=True,
)


ok(
    "op-cit-partner-takes-nothing",
    OP,
    "co",
    "Citalopram 20 mg continues through pregnancy and breastfeeding; her partner takes no regular medicines and "
    "drinks little. Midwife to watch the baby for adaptation symptoms (jittery, poor feeding) for 48 hours; GP "
    "mood review at 6 weeks.",
    "the partner's negative beside the plan",
    whole=True,
    disguise=greek,
)
ok(
    "op-lith-friend-quetiapine-advice",
    OP,
    "lith",
    "A friend on quetiapine suggested she switch, but lithium stays at 800 mg nocte as it has kept her well for "
    "four years. Levels monthly, weekly from 36/40, within 24 h of birth; the baby needs a paediatric review "
    "(tone, feeding, thyroid) and she will bottle feed.",
    "a friend's medicine, not hers",
    whole=True,
)
ok(
    "nd-lo-no-switch",
    ND,
    "lo",
    "No switch from lithium (Priadel) 800 mg at night: she has relapsed on every other mood stabiliser. Levels "
    "monthly, weekly from 36 weeks, within 24 hours of birth. No breastfeeding, as lithium passes into milk. Baby: "
    "paediatric review after birth; perinatal team review in the first week.",
    "'no switch' as a decision",
    whole=True,
)
ok(
    "vf-po-passive-overall",
    VF,
    "po",
    "Paracetamol, taken by the mother, is compatible with breastfeeding. The father's quetiapine was assessed for "
    "the baby's safe sleep: he is to do no night feeds and is never to sleep with the baby on a bed or sofa after "
    "his dose; the crib by the mother's bed has been seen and is to be checked by the HV at each visit.",
    "passive overall, partner sedation",
    whole=True,
)


# ------------------------------------------------------------------------------------------------------------
# A second pass at the lens: pointer, deferral and "every baby" words inside clauses that decide.

ok(
    "gd-meth-as-per-letter-same-clause",
    GD,
    "meth",
    "Methadone continues at 60 mg daily as per the drug service letter, and the baby stays on the postnatal ward "
    "for 72 hours of NAS scoring before going home. Breastfeeding is encouraged. Methadone sedates her after the "
    "dose, so no co-sleeping; HV to see the cot on the first visit.",
    "'as per the letter' inside the clause that decides",
    whole=True,
)
bad(
    "gd-meth-as-per-letter-nothing-else",
    GD,
    "meth",
    "Methadone and the baby's care as per the drug service letter of 2 March.",
    "'as per' alone",
    whole=True,
)
ok(
    "gd-lith-discussed-with-psychiatrist-agrees",
    GD,
    "lith",
    "Discussed with Dr Okafor (perinatal psychiatrist), who agrees: continue lithium 800 mg nocte, as relapse "
    "after birth is the bigger danger. Levels weekly from 36/40 and within 24 h of delivery. Baby: paeds review "
    "for tone, feeding and thyroid after birth; bottle feeding because lithium gets into breast milk.",
    "'discussed with' followed by the agreed decision",
    whole=True,
    disguise=zwj,
)
bad(
    "gd-lith-discussed-with-psychiatrist-only",
    GD,
    "lith",
    "Lithium discussed with Dr Okafor (perinatal psychiatrist) today, as discussed with the patient.",
    "'discussed' twice and nothing decided",
    whole=True,
)
ok(
    "cd-meth-home-d5-unless",
    CD,
    "meth",
    "Methadone 60 mg continues. The baby goes home on D5 unless NAS scores reach 8 twice, in which case SCBU for "
    "treatment. Breastfeeding encouraged; no co-sleeping after her dose; HV visit on D6 with a cot check.",
    "the default first, then the exception",
    whole=True,
    disguise=rlm,
)
ok(
    "cd-meth-as-for-any-exposed-baby",
    CD,
    "meth",
    "Methadone 60 mg continues. As for any methadone-exposed baby, hers will have NAS scoring for 72 hours on the "
    "postnatal ward, and goes home on D5 if scores stay low. Breastfeeding encouraged. No co-sleeping after her "
    "dose; HV to check the cot.",
    "'as for any ... baby' then 'hers will'",
    whole=True,
)
ok(
    "nd-sert-nil-change",
    ND,
    "sert",
    "Nil change to sertraline 100 mg od; she relapsed when she stopped it before. Baby: watch for adaptation sx "
    "(jittery, poor feeding) in the first 72 h alongside the NAS chart. BF fine on sertraline.",
    "'nil change' shorthand",
    whole=True,
    disguise=shy,
)
ok(
    "nd-cit-routine-plus-reason",
    ND,
    "cit",
    "Citalopram 20 mg continues. Beyond routine postnatal checks the baby needs only a midwife look at 24 and 48 "
    "hours for jitteriness and feeding, because the dose is low and she has been stable since 2024. Breastfeeding "
    "is encouraged.",
    "'routine' beside what this baby needs",
    whole=True,
)
ok(
    "ts-meth-question-answered",
    TS,
    "meth",
    "Will the baby withdraw? Likely - 72 h NAS obs on PNW, SCBU if scores 8+. Methadone 60 mg continues; BF "
    "encouraged; no co-sleeping.",
    "a question then its answer",
    whole=True,
    disguise=rlm,
)
ok(
    "no-dzp-words-for-numbers",
    NO,
    "dzp",
    "Diazepam five milligrams three times a day and pregabalin one hundred and fifty twice a day continue for "
    "now. Both sedate her: no sharing a bed or sofa, no feeding lying down, foster carer does nights. Baby: late "
    "withdrawal possible for eight days; foster carer and HV watching.",
    "doses in words",
    whole=True,
)
ok(
    "no-valp-5-7-shorthand",
    NO,
    "valp",
    "Sodium valproate 500mg bd - continue, never miss doses (seizure risk to her and the fetus). Baby: T1 "
    "exposure, FMU scan within 1/52 and anomaly scan 20/40. Neurology r/v within 5/7. Folic acid 5mg od to 12/40.",
    "5/7 and 1/52 for days and weeks",
    whole=True,
)
ok(
    "ps-quet-dad-other-side",
    PS,
    "quet",
    "Baby sleeps in the cot in the parents' room on Mum's side; Dad (quetiapine 300 mg nocte) sleeps on the far "
    "side, does no night feeds and never dozes with the baby on the sofa, as the quetiapine leaves him hard to "
    "wake. HV to check at each visit until 8 weeks.",
    "bracketed medicine after 'Dad'",
    whole=True,
    disguise=zwj,
)
bad(
    "ps-quet-dad-brackets-only",
    PS,
    "quet",
    "Dad (quetiapine 300 mg nocte) - sleeping arrangements as per the HV.",
    "a pointer and the medicines list",
    whole=True,
)
ok(
    "vf-sert-ticked-headings-with-content",
    VF,
    "sert",
    "Sertraline 100 mg:\n- Continue: yes (relapse off it in 2023)\n- Baby: adaptation signs possible D1-3, midwife "
    "to observe with NAS chart\n- Feeding: BF fine\n- Review: GP at 6/52 postnatal",
    "headings with decisions after each",
    whole=True,
)
ok(
    "vf-fo-plan-unchanged-from",
    VF,
    "fo",
    "Plan unchanged from the discharge meeting: diazepam and pregabalin continue at the same doses, with the "
    "diazepam taper from 6 weeks. Both sedate her, so no bed, sofa or armchair sharing and no feeds lying down; "
    "the foster carer does nights. Watch the baby for late withdrawal to day 8.",
    "'plan unchanged from' then the plan",
    whole=True,
)
bad(
    "vf-fo-plan-unchanged-only",
    VF,
    "fo",
    "Diazepam and pregabalin: plan unchanged from the discharge meeting.",
    "'plan unchanged' with no plan written",
    whole=True,
)


if __name__ == "__main__":
    counts = Counter((c.category, c.expect) for c in F88CASES)
    for category in CATEGORIES:
        print(f"{category:20} refuse {counts[(category, REFUSE)]:3}  pass {counts[(category, PASS)]:3}")
    print(
        f"{'total':20} refuse {sum(c.expect == REFUSE for c in F88CASES):3}  "
        f"pass {sum(c.expect == PASS for c in F88CASES):3}"
    )
