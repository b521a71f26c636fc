"""A forty-ninth independent "fresh" batch of red-team cases for the share gate: a held-out-style mix, fourth round.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the issue, the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from
the gate's code or its word lists. Every shipped pass example is used as a base. About half the cases must pass,
and about a quarter of each part is disguised (look-alike letters from other scripts, zero-width and format
characters, soft hyphens, bidi controls, full-width forms, mathematical letters and combining marks). It covers:

* hollow-named: hollow conclusions in the shapes docs/rules.md names (pointers, hand-offs, dismissals, prompts
  left in the box, passive accounts, conditions with nothing decided, general class facts, questions,
  tautologies, the dose line copied), each beside a good twin;
* hollow-invented: hollow shapes the catalogue does not name (an empty checklist, a glossary entry, a chat
  transcript, an apology for running out of time, a changelog, an agenda, a citation of the guideline, a
  rating scale, "I agree with the above", an emoji/arrow chain, a reference number, the patient's own quote),
  each beside a good text that borrows the same shape and fills it;
* good-voices: good conclusions written by GPs, midwives, health visitors, pharmacists, psychiatrists and
  social workers, as letters, SOAP notes, bullets and shorthand, with a few hollow twins in the same styles;
* brands: brand names and misspellings in the medicine list and in conclusions (a seeded draw,
  random.Random(49), of brands from mappings/brand-names.csv not used by earlier batches), both ways;
* dates: impossible dates at their margins (the future by one day, the EDD/gestation tolerance, 42 weeks, the
  mother's age), each beside the valid edge;
* routes: MESH mailbox ids, MLLP hosts and ports, FHIR base URLs, manual hand-overs and ODS codes at their
  margins, both ways.

Medicines named here are real; no clinical code is invented. ``test_fresh_records.py`` runs them; the cases the
gate gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh49_cases`` for the
counts per category.
"""

from __future__ import annotations

from collections import Counter

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
    V,
    add_medicine,
    chain,
    conclusion,
    delete,
    gp_prescriber,
    medicine,
    overall,
    set_,
)
from tests.redteam.disguise import BIDI_CONTROLS, SOFT_HYPHEN, full_width, homoglyphs, inside_words

F49CASES: list[Case] = []

CATEGORIES = (
    "hollow-named",
    "hollow-invented",
    "good-voices",
    "brands",
    "dates",
    "routes",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F49CASES.append(Case(f"f49-{name}", category, expect, base, mutate, why))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def meth(text: str) -> Mutation:
    return conclusion("asm-methadone", text)


def sert(text: str) -> Mutation:
    return conclusion("asm-sertraline", text)


def lith(text: str) -> Mutation:
    return conclusion("asm-lithium", text)


def valp(text: str) -> Mutation:
    return conclusion("asm-valproate", text)


def quet(text: str) -> Mutation:
    return conclusion("asm-partner-quetiapine", text)


def dzpg(text: str) -> Mutation:
    return conclusion("asm-diazepam-pregabalin", text)


def cital(text: str) -> Mutation:
    return conclusion("asm-citalopram", text)


def math_bold(text: str) -> str:
    """ASCII letters as MATHEMATICAL BOLD letters (NFKC folds them back)."""
    out = []
    for ch in text:
        if "A" <= ch <= "Z":
            out.append(chr(0x1D400 + ord(ch) - ord("A")))
        elif "a" <= ch <= "z":
            out.append(chr(0x1D41A + ord(ch) - ord("a")))
        else:
            out.append(ch)
    return "".join(out)


def combining(text: str, mark: str = "\u0308") -> str:
    """A combining mark after every vowel."""
    return "".join(ch + mark if ch in "aeiou" else ch for ch in text)


def zw(text: str) -> str:
    return inside_words(text, "\u200b", every=2)


def shy(text: str) -> str:
    return inside_words(text, SOFT_HYPHEN, every=3)


def bidi(text: str) -> str:
    return inside_words(text, BIDI_CONTROLS[6], every=4)


def cyr(text: str) -> str:
    return homoglyphs(text, "aeocpxyi")


def greek(text: str) -> str:
    return homoglyphs(text, "aoiv", variant=1)


# ============================================================================================================
# hollow-named: the shapes docs/rules.md names, each with a good twin.

_NAMED_BAD = [
    (
        "meth-pointer-dsl",
        M,
        meth(
            "Methadone: for the baby and for co-sleeping please refer to the Hampton drug "
            "service letter of 14 February."
        ),
        "a pointer to a letter the recipients do not get (MA103)",
    ),
    (
        "sert-handoff-obstetric",
        M,
        sert(
            "Whether sertraline carries on, and what the baby needs after delivery, sits with the obstetric consultant."
        ),
        "the decision handed to another team (MA103)",
    ),
    (
        "lith-dismissal-nothing-further",
        L,
        lith("Lithium: nothing further to add for mother or baby at present; no issues identified."),
        "a dismissal with nothing beside it (MA103)",
    ),
    (
        "valp-prompt-left",
        V,
        valp(
            "[Enter the conclusion here: state the valproate risk to the unborn baby and "
            "what each professional will do]"
        ),
        "the form's prompt left in the box (MA103)",
    ),
    (
        "dzpg-passive-gone-through",
        F,
        dzpg(
            "Diazepam and pregabalin: sedation, bed sharing and late withdrawal "
            "were gone through with the foster carer at length."
        ),
        "a passive account of a talk (MA103)",
    ),
    (
        "quet-condition-would",
        P,
        quet(
            "Should the father's quetiapine dose go up, night care and the baby's "
            "sleeping place would be looked at again."
        ),
        "a condition with only what would follow (MA103)",
    ),
    (
        "cital-class-facts",
        C,
        cital(
            "Citalopram is an SSRI; SSRIs cross the placenta and up to a third of exposed "
            "newborns show transient adaptation signs."
        ),
        "what the class does in general, nothing of this baby (MA103)",
    ),
    (
        "meth-question-no-mark",
        M,
        meth("Methadone and the baby what level of withdrawal scoring is needed and who checks the cot"),
        "questions asked without their mark (MA103)",
    ),
    (
        "valp-tautology",
        V,
        valp(
            "Sodium valproate in this pregnancy is sodium valproate in this pregnancy, and the "
            "fetal risk is the fetal risk."
        ),
        "a thing said to be itself (MA103)",
    ),
    (
        "lith-dose-line",
        L,
        lith(
            "Lithium carbonate 400mg modified-release tablets (Priadel), 800 mg at night; "
            "brand prescribing (Priadel); levels recorded."
        ),
        "the medicines list copied (MA103/MA104)",
    ),
    (
        "overall-m-tbc",
        M,
        overall(
            "Methadone and sertraline: neonatal plan tbc; feeding tbc; sleeping "
            "arrangements tbc after the pre-birth meeting."
        ),
        "every part to be confirmed (MA103)",
    ),
    (
        "overall-f-nothing-decided",
        F,
        overall(
            "Diazepam and pregabalin: no plan has yet been made for the baby's "
            "nights in placement and nothing was decided on withdrawal."
        ),
        "an account that nothing was done (MA103)",
    ),
]
for _n, _b, _m, _w in _NAMED_BAD:
    bad(_n, "hollow-named", _b, _m, _w)

# disguised hollow-named
bad(
    "dis-meth-pointer-cyrillic",
    "hollow-named",
    M,
    meth(cyr("Methadone: as per the drug service plan of 14 February, which covers the baby and feeding.")),
    "a pointer in Cyrillic look-alikes, refused like the plain one (MA103)",
)
bad(
    "dis-lith-dismissal-zw",
    "hollow-named",
    L,
    lith(zw("Lithium reviewed: no concerns for the baby, not applicable to feeding, nothing of note.")),
    "dismissals with zero-width spaces inside the words (MA103)",
)
bad(
    "dis-quet-handoff-fullwidth",
    "hollow-named",
    P,
    quet(full_width("The father's quetiapine: safe sleep for the baby will be decided by the health visitor.")),
    "a hand-off in full-width letters (MA103)",
)
bad(
    "dis-valp-passive-shy",
    "hollow-named",
    V,
    valp(shy("Sodium valproate: the fetal risks and the neurology referral have been addressed with her.")),
    "a passive account with soft hyphens (MA103)",
)

_NAMED_GOOD = [
    (
        "meth-pointer-after-plan",
        M,
        meth(
            "Methadone 60 mg continues unchanged; the baby stays on the postnatal ward "
            "for at least 72 hours of withdrawal scoring and must never share her bed after a dose. See also the drug "
            "service letter of 14 February."
        ),
        "a decision first, then a pointer (MA103 allows it)",
    ),
    (
        "sert-obstetric-named-after",
        M,
        sert(
            "Sertraline 100 mg continues; stopping risks her depression returning. "
            "The baby may be jittery or feed poorly for a few days, so the midwife checks feeding and tone before "
            "discharge; the obstetric consultant is told."
        ),
        "another team named after the decision",
    ),
    (
        "lith-no-issues-with-reason",
        L,
        lith(
            "No issues with the lithium level so far (0.6 at 22 weeks). Lithium "
            "continues at 800 mg; levels weekly from 36 weeks; the baby needs a paediatric review and is bottle fed."
        ),
        "a dismissal beside a real plan",
    ),
    (
        "valp-if-then-decides",
        V,
        valp(
            "Sodium valproate continues at 500 mg twice daily: stopping risks status "
            "epilepticus. If the anomaly scan shows a neural tube defect, fetal medicine will see her within a week. "
            "Neurology referral sent today."
        ),
        "a condition with what the team will do",
    ),
    (
        "quet-would-after-must",
        P,
        quet(
            "The father must not do night feeds or sleep beside the baby after his "
            "quetiapine: he is hard to wake for hours. Should his dose rise, his GP will tell the health visitor the "
            "same week."
        ),
        "a must-not, then a condition that decides",
    ),
    (
        "cital-class-then-baby",
        C,
        cital(
            "Citalopram is an SSRI and this baby may show adaptation signs, so the "
            "midwife checks breathing, feeding and tone for 48 hours. Citalopram 20 mg continues; breastfeeding is "
            "supported."
        ),
        "a class fact that turns to this baby",
    ),
    (
        "overall-m-two-decisions",
        M,
        overall(
            "Methadone 60 mg and sertraline 100 mg both continue. The baby is "
            "scored for withdrawal on the ward for at least three days; breastfeeding is encouraged; no bed or sofa "
            "sharing after her methadone dose; the social worker sees the cot before discharge."
        ),
        "the overall plan, both medicines",
    ),
    (
        "overall-f-nights",
        F,
        overall(
            "Diazepam and pregabalin continue for now with a supervised diazepam taper. "
            "The foster carer does every night feed while the mother is sedated; nobody shares a bed or sofa with the "
            "baby; watch for late withdrawal until day 8."
        ),
        "the overall plan for the placement",
    ),
]
for _n, _b, _m, _w in _NAMED_GOOD:
    ok(_n, "hollow-named", _b, _m, _w)

ok(
    "dis-meth-good-cyrillic",
    "hollow-named",
    M,
    meth(
        cyr(
            "Methadone continues at 60 mg; the baby is scored for withdrawal for 72 hours on the ward, and "
            "she must never fall asleep with the baby on a sofa."
        )
    ),
    "a good conclusion in Cyrillic look-alikes passes like the plain one",
)
ok(
    "dis-valp-good-bidi",
    "hollow-named",
    V,
    valp(
        bidi(
            "Valproate continues unchanged until neurology reviews her this week; the baby was exposed in the "
            "first trimester, so fetal medicine reviews the anomaly scan at 20 weeks."
        )
    ),
    "a good conclusion with right-to-left overrides inside words passes",
)
ok(
    "dis-lith-good-combining",
    "hollow-named",
    L,
    lith(
        combining(
            "Lithium continues at 800 mg; levels weekly from 36 weeks and within a day of birth; the baby "
            "is bottle fed and has a paediatric review for floppiness and thyroid function."
        )
    ),
    "a good conclusion with combining marks passes",
)

# ============================================================================================================
# hollow-invented: shapes the catalogue does not name, each beside a good text of the same shape, filled.

_INV_BAD = [
    (
        "meth-empty-checklist",
        M,
        meth(
            "Methadone checklist: [ ] neonatal withdrawal  [ ] breastfeeding  [ ] "
            "co-sleeping  [ ] cot seen  [ ] health visitor informed"
        ),
        "a checklist with no box ticked or answered",
    ),
    (
        "sert-glossary",
        M,
        sert(
            "Sertraline (noun): a selective serotonin reuptake inhibitor used for depression "
            "and anxiety, taken by mouth once a day."
        ),
        "a dictionary entry for the medicine, nothing about this baby",
    ),
    (
        "lith-chat-transcript",
        L,
        lith("Q: lithium? A: yes. Q: baby? A: yes. Q: feeding? A: bottle? Q: levels? A: ok."),
        "a chat transcript of one-word answers",
    ),
    (
        "valp-apology",
        V,
        valp(
            "Apologies, I ran out of time in clinic to finish the valproate part of this for the "
            "baby; I'm sorry for the inconvenience."
        ),
        "an apology for not writing the conclusion",
    ),
    (
        "dzpg-changelog",
        F,
        dzpg(
            "v1 created diazepam and pregabalin section; v2 fixed typos; v3 moved withdrawal "
            "paragraph; v4 reformatted safe sleep headings."
        ),
        "a changelog of the form's edits",
    ),
    (
        "quet-agenda",
        P,
        quet(
            "Agenda for the father's quetiapine meeting: 1. welcome 2. safe sleep 3. night feeds "
            "4. any other business 5. date of next meeting."
        ),
        "a meeting agenda, nothing decided",
    ),
    (
        "cital-citation",
        C,
        cital(
            "Citalopram in pregnancy: NICE CG192 section 1.4, BNF chapter 4.3, UKTIS "
            "monograph 2023 and the trust's perinatal SOP v7."
        ),
        "a citation list stands in for a decision",
    ),
    (
        "meth-rating-scale",
        M,
        meth("Methadone risk to baby 3/5; withdrawal 4/5; co-sleeping 2/5; breastfeeding 5/5; overall confidence 4/5."),
        "scores out of five with no meaning or action",
    ),
    (
        "sert-agree-above",
        M,
        sert(
            "I agree with the above entries about sertraline and the baby and have nothing "
            "to add to the colleague's assessment."
        ),
        "agreement with text that is not a conclusion",
    ),
    (
        "overall-p-arrows",
        P,
        overall("Quetiapine -> dad -> nights -> baby -> crib -> health visitor -> ??"),
        "an arrow chain of topics, nothing stated",
    ),
    (
        "overall-v-reference",
        V,
        overall(
            "Valproate: see ref VAL/2026/0417-CS in the shared drive, folder "
            "Antenatal/Epilepsy, for the fetal risk plan."
        ),
        "a file reference stands in for the plan",
    ),
    (
        "overall-l-quote",
        L,
        overall('Lithium: in her own words, "I just want to do what is best for the baby and stay well".'),
        "only the patient's words, quoted",
    ),
]
for _n, _b, _m, _w in _INV_BAD:
    bad(f"inv-{_n}", "hollow-invented", _b, _m, _w)

bad(
    "dis-inv-dzpg-changelog-math",
    "hollow-invented",
    F,
    dzpg(
        math_bold(
            "Diazepam and pregabalin section: draft 1 typed, draft 2 checked, draft 3 proof-read, final "
            "saved to the shared folder."
        )
    ),
    "a changelog in mathematical bold letters",
)
bad(
    "dis-inv-lith-rating-greek",
    "hollow-invented",
    L,
    lith(greek("Lithium: toxicity risk 2 of 5, relapse risk 4 of 5, feeding 1 of 5, overall rating 3 of 5.")),
    "a rating scale in Greek look-alikes",
)
bad(
    "dis-inv-cital-agree-zw",
    "hollow-invented",
    C,
    cital(zw("Citalopram: I concur with the midwife's entry above and endorse it without further comment.")),
    "'I concur' with zero-width spaces",
)

_INV_GOOD = [
    (
        "meth-ticked-checklist",
        M,
        meth(
            "Methadone checklist: [x] 60 mg continues; [x] baby scored for withdrawal "
            "for 72 hours on the ward; [x] breastfeeding encouraged; [x] no co-sleeping after a dose, cot seen by the "
            "health visitor."
        ),
        "a checklist whose ticks carry the decisions",
    ),
    (
        "lith-qa-filled",
        L,
        lith(
            "Q: continue lithium? A: yes, 800 mg at night. Q: the baby? A: paediatric review "
            "after birth for floppiness and poor feeding. Q: feeding? A: bottle, breastfeeding not advised."
        ),
        "a Q and A whose answers decide",
    ),
    (
        "quet-agenda-minutes",
        P,
        quet(
            "Minutes: the father's quetiapine makes him very hard to wake, so he does "
            "no night feeds and never sleeps with the baby on the sofa; the baby sleeps in the crib by the mother; the "
            "health visitor rechecks at each visit."
        ),
        "minutes with the decisions in them",
    ),
    (
        "cital-citation-then-plan",
        C,
        cital(
            "Per NICE CG192, citalopram 20 mg continues because relapse would harm "
            "mother and baby more; the midwife watches the newborn for jitteriness and feeding problems for 48 hours; "
            "breastfeeding is supported."
        ),
        "a citation beside the plan",
    ),
    (
        "overall-v-ref-after-plan",
        V,
        overall(
            "Continue sodium valproate 500 mg twice daily, not to be stopped "
            "abruptly; the baby was exposed in the first trimester, so fetal medicine sees her within two weeks and "
            "neurology reviews urgently. Folic acid 5 mg daily. Ref VAL/2026/0417."
        ),
        "a reference number after the plan",
    ),
    (
        "overall-l-quote-then-plan",
        L,
        overall(
            "Lithium continues at 800 mg with levels monthly, weekly from 36 "
            "weeks and within 24 hours of birth; the baby has a paediatric review after birth and is bottle fed. She "
            'said, "I want to stay well for the baby"; the perinatal team sees her within a week of birth.'
        ),
        "a quote beside the plan",
    ),
]
for _n, _b, _m, _w in _INV_GOOD:
    ok(f"inv-{_n}", "hollow-invented", _b, _m, _w)

ok(
    "dis-inv-meth-ticked-fullwidth",
    "hollow-invented",
    M,
    meth(
        full_width(
            "Methadone: [x] continues 60 mg; [x] baby observed for withdrawal 72 hours; [x] never "
            "sleep with the baby on a sofa or bed after the dose."
        )
    ),
    "a ticked checklist in full-width letters passes",
)
ok(
    "dis-inv-quet-minutes-shy",
    "hollow-invented",
    P,
    quet(
        shy(
            "Agreed today: the father takes quetiapine at night and must not feed or settle the baby after his "
            "dose; the baby sleeps in its own crib and the health visitor checks it weekly."
        )
    ),
    "agreed decisions with soft hyphens pass",
)

# ============================================================================================================
# good-voices: good conclusions in many voices and styles (and a few hollow twins of the same style).

_VOICES = [
    (
        "gp-letter-meth",
        M,
        meth(
            "Dear colleagues, methadone 60 mg daily continues through pregnancy. Please "
            "expect neonatal withdrawal: score the baby on the postnatal ward for at least 72 hours. She should "
            "breastfeed, and must not co-sleep after her dose. Kind regards, Dr Shah."
        ),
        "a GP's letter",
    ),
    (
        "midwife-shorthand-meth",
        M,
        meth(
            "Methadone 60mg od contin. Baby: NAS scoring min 72h on PN ward, HV to "
            "watch late signs to D8. BF encouraged. No co-sleeping - sedated 2-4h post dose; cot seen at HV visit."
        ),
        "a midwife's shorthand",
    ),
    (
        "pharmacist-bullets-sert",
        M,
        sert(
            "- Sertraline 100 mg: continue; stopping risks relapse of depression\n- "
            "Baby: possible poor neonatal adaptation (jittery, poor feeding) in the first days; maternity team to "
            "observe\n- Breastfeeding: compatible, low levels in milk"
        ),
        "a pharmacist's bullets",
    ),
    (
        "psychiatrist-lith",
        L,
        lith(
            "Psychiatric opinion: lithium should continue at 800 mg because postpartum "
            "relapse is likely without it. Levels weekly from 36 weeks; the paediatrician reviews the baby for "
            "lithium effects after birth; she will bottle feed."
        ),
        "a psychiatrist's opinion",
    ),
    (
        "soap-valp",
        V,
        valp(
            "S: unplanned pregnancy, 8 weeks. O: on sodium valproate 500 mg bd, seizure-free. A: "
            "first-trimester exposure, high risk of malformation for the baby. P: continue valproate, do not stop "
            "suddenly; urgent neurology and fetal medicine referral; folic acid 5 mg."
        ),
        "a SOAP note",
    ),
    (
        "hv-quet",
        P,
        quet(
            "Health visitor: his quetiapine leaves Dad too drowsy to wake for the baby at night, so "
            "Mum does all night feeds and the baby sleeps only in the crib, never on the sofa with Dad. I will check "
            "this at every visit to 8 weeks."
        ),
        "a health visitor's note",
    ),
    (
        "social-worker-dzpg",
        F,
        dzpg(
            "Social work view: because diazepam and pregabalin make the mother sleepy, "
            "contact overnight is not safe; the foster carer does night care and the baby never sleeps with the "
            "mother. Late withdrawal signs are watched until day 8; the GP leads the diazepam reduction."
        ),
        "a social worker's view",
    ),
    (
        "gp-cital-short-sentences",
        C,
        cital(
            "Citalopram continues. Relapse is the bigger risk. The baby may be "
            "unsettled for two days. The midwife watches for this. Breastfeeding is fine."
        ),
        "short plain sentences",
    ),
    (
        "pharmacist-overall-p",
        P,
        overall(
            "Pharmacist summary: paracetamol for the mother is fine with "
            "breastfeeding. The father's quetiapine sedates him heavily at night: he must not bed share or feed the "
            "baby after his dose; the crib is beside the mother and the health visitor keeps checking."
        ),
        "a pharmacist's overall summary",
    ),
    (
        "midwife-overall-c",
        C,
        overall(
            "Midwife handover: citalopram 20 mg carries on in pregnancy and while "
            "breastfeeding; baby to have neonatal adaptation checks for 48 hours on the ward; GP reviews her mood at "
            "6 weeks."
        ),
        "a midwife's handover",
    ),
    (
        "psych-overall-l-letter",
        L,
        overall(
            "To the maternity team: lithium (Priadel) 800 mg continues; please "
            "check levels within 24 hours of birth and arrange the paediatric review of the baby. Bottle feeding is "
            "planned. We will see her within a week of delivery given her high relapse risk."
        ),
        "a psychiatrist's letter as the overall",
    ),
    (
        "gp-overall-v-bullets",
        V,
        overall(
            "* Sodium valproate 500 mg bd continues; never stop abruptly\n* Baby "
            "exposed in the first trimester: fetal medicine review and anomaly scan\n* Urgent neurology review\n* "
            "Folic acid 5 mg daily started"
        ),
        "GP bullets as the overall",
    ),
    (
        "sw-overall-f",
        F,
        overall(
            "From the allocated social worker: diazepam and pregabalin both sedate the "
            "mother, so during contact the baby is never left with her asleep and she does no night feeds; the foster "
            "carer watches for withdrawal until day 8. This plan continues under the interim care order."
        ),
        "a social worker's overall",
    ),
    (
        "shorthand-meth-overall-m",
        M,
        overall(
            "Methadone 60mg + sertraline 100mg both contin. Baby: NAS obs on PN "
            "ward min 3/7; BF supported; no co-sleeping (methadone sedation); SW and HV to see cot pre-discharge."
        ),
        "shorthand overall",
    ),
]
for _n, _b, _m, _w in _VOICES:
    ok(f"voice-{_n}", "good-voices", _b, _m, _w)

ok(
    "dis-voice-soap-meth-zw",
    "good-voices",
    M,
    meth(
        zw(
            "S: stable. O: methadone 60 mg supervised. A: withdrawal likely. P: baby on the ward 72 hours with "
            "scoring; breastfeed; no co-sleeping after a dose."
        )
    ),
    "a SOAP note with zero-width spaces passes",
)
ok(
    "dis-voice-hv-quet-cyrillic",
    "good-voices",
    P,
    quet(
        cyr(
            "Dad's quetiapine makes him sleep heavily, so he must not have the baby in bed or on the sofa at "
            "night; Mum feeds at night; crib checked at each visit."
        )
    ),
    "a health visitor's note in Cyrillic look-alikes passes",
)
ok(
    "dis-voice-pharm-cital-math",
    "good-voices",
    C,
    cital(
        math_bold(
            "Citalopram 20 mg continues: relapse risk outweighs the small risk to the baby, who is "
            "checked for jitteriness and feeding for 48 hours; breastfeeding supported."
        )
    ),
    "a pharmacist's conclusion in mathematical bold passes",
)
ok(
    "dis-voice-psych-lith-greek",
    "good-voices",
    L,
    lith(
        greek(
            "Lithium continues; levels weekly from 36 weeks; the baby sees a paediatrician after birth for "
            "floppiness and poor feeding; bottle feeding agreed."
        )
    ),
    "a psychiatrist's conclusion in Greek look-alikes passes",
)

_VOICE_BAD = [
    (
        "soap-empty-plan",
        V,
        valp("S: seen about sodium valproate. O: well. A: pregnant. P: see above."),
        "a SOAP note whose plan only points back",
    ),
    (
        "bullets-headings-only",
        M,
        meth("- Methadone\n- Baby\n- Withdrawal\n- Breastfeeding\n- Co-sleeping\n- Plan"),
        "bullets that are only headings",
    ),
    (
        "letter-pleasantries",
        C,
        cital(
            "Dear midwife, many thanks for seeing this lovely lady on citalopram, who "
            "is expecting her first baby. Best wishes for a smooth delivery. Yours, Dr McAllister."
        ),
        "a letter of pleasantries only",
    ),
    ("shorthand-tbc", P, quet("Dad quetiapine: nights tbc, crib tbc, HV f/u tbc."), "shorthand of tbcs"),
]
for _n, _b, _m, _w in _VOICE_BAD:
    bad(f"voice-{_n}", "good-voices", _b, _m, _w)
bad(
    "dis-voice-letter-pleasantries-fw",
    "good-voices",
    L,
    lith(
        full_width(
            "Dear Dr Osei, thank you for seeing this pleasant lady on lithium. Kind regards and best "
            "wishes, Dr Campbell."
        )
    ),
    "a letter of pleasantries in full-width letters",
)

# ============================================================================================================
# brands: brand names and misspellings in the medicine list and in conclusions.


def _rename(mid: str, name: str) -> Mutation:
    return chain(set_(f"medicines#{mid}.name", name), delete(f"medicines#{mid}.code"))


def _n_extra(name: str, dose: str, **extra: object) -> Mutation:
    return add_medicine(medicine("med-extra", name, dose, "2026-04-05", gp_prescriber(RIVERSIDE), **extra))


# An unassessed brand of concern added to the record with no assessments: must refuse (MA101/MA117).
_BRANDS_BAD = [
    (
        "calpol-night",
        "Calpol Night liquid",
        "10 ml at night when needed for sleep",
        "a diphenhydramine brand, sedating, not assessed",
    ),
    ("dhc-continus", "DHC Continus 60mg tablets", "60 mg twice a day", "a dihydrocodeine brand, not assessed"),
    (
        "nurofen-plus",
        "Nurofen Plus tablets",
        "Two tablets up to three times a day",
        "an ibuprofen and codeine brand, not assessed",
    ),
    ("fycompa", "Fycompa 4mg tablets", "4 mg at night", "a perampanel brand, an antiepileptic, not assessed"),
    ("actimorph", "Actimorph 10mg orodispersible tablets", "10 mg when needed", "a morphine brand, not assessed"),
    (
        "lopace-misspelt",
        "Lopase 5mg capsules",
        "5 mg once daily",
        "a one-letter slip of Lopace (ramipril), a teratogen, not assessed",
    ),
    (
        "venlaneo-run-in",
        "Venlaneo75mg XL capsules",
        "75 mg once daily",
        "a venlafaxine brand run into its strength, not assessed",
    ),
    (
        "zarontin-sound",
        "Zarontinn 250mg capsules",
        "250 mg twice a day",
        "a doubled-letter slip of Zarontin (ethosuximide), not assessed",
    ),
]
for _n, _name, _dose, _w in _BRANDS_BAD:
    bad(f"brand-n-{_n}", "brands", N, _n_extra(_name, _dose), _w)
bad(
    "dis-brand-n-instanyl-cyrillic",
    "brands",
    N,
    _n_extra(cyr("Instanyl 50 micrograms nasal spray"), "One spray when needed"),
    "a fentanyl brand in Cyrillic look-alikes, not assessed",
)
bad(
    "dis-brand-n-medised-zw",
    "brands",
    N,
    _n_extra(zw("Medised Infant oral suspension"), "5 ml at night"),
    "a diphenhydramine brand with zero-width spaces, not assessed",
)
bad(
    "brand-m-sert-conclusion-other-brand",
    "brands",
    M,
    sert(
        "Lustral has been replaced by Efexor 75 mg: the baby will be watched for adaptation signs for 48 hours; "
        "breastfeeding continues."
    ),
    "the conclusion names venlafaxine (Efexor), which she is not listed as taking (MA120)",
)
bad(
    "brand-f-joint-names-one-brand",
    "brands",
    F,
    dzpg(
        "Lyrica continues at 150 mg twice a day; no co-sleeping because of sedation; watch the baby for late "
        "withdrawal until day 8."
    ),
    "a joint conclusion names pregabalin by brand but never diazepam (MA119)",
)

_BRANDS_GOOD = [
    (
        "m-sert-as-lustral",
        M,
        _rename("med-sertraline", "Lustral 50mg tablets"),
        "sertraline listed by its brand; the conclusion names sertraline",
    ),
    (
        "v-valp-as-epilim-chrono",
        V,
        _rename("med-valproate", "Epilim Chronosphere MR 500mg granules"),
        "valproate listed by brand; the conclusion names valproate",
    ),
    (
        "f-dzp-misspelt",
        F,
        _rename("med-diazepam", "Diazapam 5mg tablets"),
        "a one-letter slip of diazepam in the list; the joint conclusion names diazepam",
    ),
    (
        "c-cital-as-cipramil",
        C,
        _rename("med-citalopram", "Cipramil 20mg tablets"),
        "citalopram listed by brand; the conclusion names citalopram",
    ),
    (
        "p-quet-as-seroquel",
        P,
        _rename("med-partner-quetiapine", "Seroquel 100mg tablets"),
        "the father's quetiapine listed by brand; the conclusion names quetiapine",
    ),
]
for _n, _b, _m, _w in _BRANDS_GOOD:
    ok(f"brand-{_n}", "brands", _b, _m, _w)
ok(
    "brand-v-conclusion-epilim",
    "brands",
    V,
    valp(
        "Epilim continues at 500 mg twice a day: stopping suddenly risks seizures. The baby was exposed in the "
        "first trimester, so fetal medicine reviews her early and neurology sees her urgently."
    ),
    "the conclusion names valproate by its brand",
)
ok(
    "brand-l-conclusion-priadel",
    "brands",
    L,
    lith(
        "Priadel 800 mg continues; levels weekly from 36 weeks and within 24 hours of birth; the baby has a "
        "paediatric review after birth and is bottle fed."
    ),
    "the conclusion names lithium by the listed brand",
)
ok(
    "brand-m-meth-misspelt-conclusion",
    "brands",
    M,
    meth(
        "Methadon 60 mg continues; the baby is scored for withdrawal for 72 hours on the ward; breastfeeding "
        "encouraged; no co-sleeping after her dose."
    ),
    "a one-letter slip of methadone in the conclusion",
)
ok(
    "brand-n-lookalike-calpol",
    "brands",
    N,
    _n_extra("Paracetamol 250mg/5ml oral suspension (Calpol Six Plus)", "10 ml up to four times a day when needed"),
    "paracetamol with its brand in brackets, raising no concern",
)
ok(
    "brand-n-classified-gaviscon",
    "brands",
    N,
    _n_extra(
        "Gaviscon Advance oral suspension",
        "10 ml after meals and at bedtime",
        not_of_concern_reason="An alginate antacid for heartburn that acts in the stomach; it is not "
        "absorbed, so it does not reach breast milk or affect the baby.",
    ),
    "a product classified by the clinician as of no concern",
)
ok(
    "dis-brand-c-cipramil-fw",
    "brands",
    C,
    _rename("med-citalopram", full_width("Cipramil") + " 20mg tablets"),
    "a brand in full-width letters; the conclusion names citalopram",
)
ok(
    "dis-brand-l-priadel-conclusion-shy",
    "brands",
    L,
    lith(
        shy(
            "Priadel continues at 800 mg with levels weekly from 36 weeks; the baby needs a paediatric review "
            "after birth; breastfeeding is not advised."
        )
    ),
    "the listed brand in a conclusion with soft hyphens",
)

bad(
    "dis-brand-n-busiete-shy",
    "brands",
    N,
    _n_extra(shy("Busiete 10 micrograms/hour transdermal patches"), "One patch every 7 days"),
    "a buprenorphine patch brand with soft hyphens, not assessed",
)
ok(
    "dis-brand-m-lustral-greek",
    "brands",
    M,
    _rename("med-sertraline", greek("Lustral 50mg tablets")),
    "sertraline listed by brand in Greek look-alikes; the conclusion names sertraline",
)

# ============================================================================================================
# dates: impossible dates at their margins, each beside the valid edge (TODAY is 2026-12-03).

bad(
    "date-n-started-tomorrow",
    "dates",
    N,
    set_("medicines#med-lactulose.started", "2026-12-04"),
    "a medicine started tomorrow (MA010)",
)
ok(
    "date-n-changed-today",
    "dates",
    N,
    chain(set_("medicines#med-lactulose.last_changed", "2026-12-03"), set_("updated", "2026-12-03T09:05:00+00:00")),
    "a dose change today, in a record saved today, is not in the future",
)
bad(
    "date-n-delivery-tomorrow",
    "dates",
    N,
    set_("pregnancy.delivery_date", "2026-12-04"),
    "a delivery dated tomorrow (MA012)",
)
ok(
    "date-n-delivery-a-day-earlier",
    "dates",
    N,
    set_("pregnancy.delivery_date", "2026-04-01"),
    "a delivery one day earlier, still before the medicines and the attestation",
)
bad(
    "date-m-edd-gestation-15-days",
    "dates",
    M,
    set_("pregnancy.edd", "2026-05-31"),
    "the EDD 15 days from the one the gestation implies (MA011)",
)
ok(
    "date-m-edd-gestation-13-days",
    "dates",
    M,
    set_("pregnancy.edd", "2026-05-29"),
    "the EDD 13 days from the one the gestation implies, within tolerance",
)
bad(
    "date-f-delivery-past-42-weeks",
    "dates",
    F,
    set_("pregnancy.edd", "2026-05-09"),
    "a delivery 30 days after the EDD, past 42 weeks (MA013)",
)
ok("date-f-delivery-at-41-weeks", "dates", F, set_("pregnancy.edd", "2026-05-30"), "a delivery at 41+2 weeks")
bad("date-p-mother-age-nine", "dates", P, set_("mother.birth_date", "2017-03-14"), "a mother aged nine (MA014)")
ok("date-p-mother-age-sixteen", "dates", P, set_("mother.birth_date", "2010-01-20"), "a young mother, aged sixteen")
bad(
    "date-c-assessment-tomorrow",
    "dates",
    C,
    set_("assessments#asm-citalopram.date", "2026-12-04"),
    "an assessment dated tomorrow (MA206)",
)
bad(
    "date-l-med-before-mother-born",
    "dates",
    L,
    set_("mother.birth_date", "2021-06-01"),
    "lithium started before the mother was born, and a mother aged four (MA014)",
)
bad(
    "date-v-last-changed-future",
    "dates",
    V,
    set_("medicines#med-valproate.last_changed", "2027-01-11"),
    "a dose change next year (MA010)",
)
ok(
    "date-v-stop-planned-ahead",
    "dates",
    V,
    set_("medicines#med-folic-acid.stopped", "2026-12-31"),
    "a planned stop date ahead is allowed",
)
bad(
    "date-f-attested-before-birth",
    "dates",
    F,
    set_("attestation.at", "2026-06-07T18:00:00+00:00"),
    "a postnatal record attested the day before the birth (MA013/MA211)",
)
ok(
    "date-f-attested-day-of-assessment",
    "dates",
    F,
    set_("attestation.at", "2026-06-12T17:30:00+00:00"),
    "attested the day the conclusions were written",
)
bad(
    "dis-date-m-only-dates-cyrillic",
    "dates",
    M,
    meth(cyr("Methadone: due 2026-05-15; seen 2026-03-02; scan 2026-01-20; next review 2026-04-01.")),
    "only dates, in Cyrillic look-alikes: no conclusion (MA103)",
)

bad(
    "dis-date-n-started-fullwidth-digits",
    "dates",
    N,
    set_("medicines#med-lactulose.started", full_width("2026-12-04")),
    "a start date tomorrow typed in full-width digits: unreadable or refused, never shared",
)
ok(
    "dis-date-p-sleeping-seen-fullwidth",
    "dates",
    P,
    set_(
        "safeguarding.sleeping_arrangements",
        "Next-to-me crib on the mother's side of the bed; seen by the health visitor on "
        + full_width("2026-05-28")
        + ".",
    ),
    "a past date in full-width digits inside free text is no impossible date",
)

# ============================================================================================================
# routes: MESH mailbox ids, MLLP hosts and ports, FHIR base URLs, manual hand-overs and ODS codes.

_ROUTES_BAD = [
    ("mesh-space-inside", M, set_("recipients#rcp-hv.route.mailbox", "X26HC 003"), "a space inside a MESH id"),
    ("mesh-hyphen", M, set_("recipients#rcp-sw.route.mailbox", "X26-HC004"), "a hyphen inside a MESH id"),
    ("mesh-all-digits", C, set_("recipients#rcp-midwife.route.mailbox", "26000002"), "a MESH id with no letter"),
    ("mesh-word", P, set_("recipients#rcp-hv.route.mailbox", "VISITOR1"), "an English word and a digit for a MESH id"),
    (
        "mllp-single-label",
        V,
        set_("recipients#rcp-maternity.route.host", "castleford"),
        "an MLLP host that is not fully qualified",
    ),
    (
        "mllp-loopback-other",
        V,
        set_("recipients#rcp-maternity.route.host", "127.0.0.2"),
        "a loopback address other than 127.0.0.1 is still this machine",
    ),
    ("mllp-port-impossible", V, set_("recipients#rcp-maternity.route.port", 70000), "no TCP port above 65535"),
    (
        "fhir-plain-http",
        L,
        set_("recipients#rcp-maternity.route.base_url", "http://maternity.northgate.example/fhir/R4"),
        "a FHIR base URL over plain http",
    ),
    (
        "fhir-credentials",
        L,
        set_("recipients#rcp-maternity.route.base_url", "https://svc:secret@maternity.northgate.example/fhir/R4"),
        "credentials in a FHIR base URL",
    ),
    (
        "fhir-link-local",
        L,
        set_("recipients#rcp-maternity.route.base_url", "https://169.254.12.9/fhir/R4"),
        "a link-local FHIR host",
    ),
    (
        "manual-mum-passes",
        F,
        set_(
            "recipients#rcp-foster-carer.route.description",
            "Mum says she will give Sandra her copy when they next meet.",
        ),
        "left to the mother to pass on",
    ),
    (
        "manual-phone-only",
        F,
        set_("recipients#rcp-foster-carer.route.description", "Tel 07700 900461"),
        "only a telephone number",
    ),
    ("ods-seven-chars", N, set_("recipients#rcp-hv.organisation.ods_code", "Y905000"), "a seven-character ODS code"),
    (
        "ods-no-letter",
        M,
        set_("medicines#med-sertraline.prescriber.organisation.ods_code", "900010"),
        "an ODS code with no letter",
    ),
]
for _n, _b, _m, _w in _ROUTES_BAD:
    bad(f"route-{_n}", "routes", _b, _m, _w)
bad(
    "dis-route-manual-tbc-fw",
    "routes",
    F,
    set_("recipients#rcp-foster-carer.route.description", full_width("TBC")),
    "a placeholder hand-over in full-width letters",
)
bad(
    "dis-route-mesh-cyrillic",
    "routes",
    C,
    set_("recipients#rcp-hv.route.mailbox", "X26CR0\u041e3"),
    "a MESH id with a Cyrillic O: no MESH id holds it",
)
bad(
    "dis-route-mesh-zero-width",
    "routes",
    P,
    set_("recipients#rcp-midwife.route.mailbox", "X26MB\u200b002"),
    "a zero-width space inside a MESH id: no mailbox has that id",
)
bad(
    "dis-route-fhir-zero-width-host",
    "routes",
    L,
    set_("recipients#rcp-maternity.route.base_url", "https://maternity.north\u200bgate.example/fhir/R4"),
    "a zero-width space inside the FHIR host name",
)
bad(
    "dis-route-manual-zw-only-email",
    "routes",
    F,
    set_("recipients#rcp-foster-carer.route.description", zw("sandra.hollis@brightwater.example")),
    "only an email address, with zero-width spaces",
)

_ROUTES_GOOD = [
    ("mesh-ods-prefixed", M, set_("recipients#rcp-hv.route.mailbox", "Y90500HV"), "a MESH id opening on its ODS code"),
    ("mllp-private-ip", V, set_("recipients#rcp-maternity.route.host", "10.44.2.17"), "a private IP address"),
    ("mllp-port-high", V, set_("recipients#rcp-maternity.route.port", 65535), "the highest TCP port"),
    (
        "mllp-nhs-host",
        V,
        set_("recipients#rcp-maternity.route.host", "tie-mllp.castleford-royal.nhs.uk"),
        "an NHS interface host",
    ),
    (
        "fhir-port",
        L,
        set_("recipients#rcp-maternity.route.base_url", "https://maternity.northgate.example:8443/fhir/R4"),
        "a FHIR base URL with a port",
    ),
    (
        "fhir-trailing-slash",
        L,
        set_("recipients#rcp-maternity.route.base_url", "https://maternity.northgate.example/fhir/R4/"),
        "a FHIR base URL with a trailing slash",
    ),
    (
        "manual-hv-reads",
        F,
        set_(
            "recipients#rcp-foster-carer.route.description",
            "The health visitor goes through the plan with the foster carer at the first home visit and leaves a printed "
            "copy with her.",
        ),
        "a real hand-over instruction",
    ),
    (
        "manual-posted",
        F,
        set_(
            "recipients#rcp-foster-carer.route.description",
            "Letter posted first class to the foster carer by the GP practice secretary on the day of signing; Tel 07700 "
            "900461 to confirm it arrived.",
        ),
        "a posted letter with a phone number beside it",
    ),
    (
        "ods-three-char",
        M,
        set_("recipients#rcp-maternity.organisation.ods_code", "RX1"),
        "a three-character trust code",
    ),
    (
        "ods-five-char-site",
        N,
        set_("recipients#rcp-midwife.organisation.ods_code", "RX1AB"),
        "a five-character site code",
    ),
    (
        "ods-gp-practice",
        P,
        set_("medicines#med-paracetamol.prescriber.organisation.ods_code", "A81001"),
        "a GP practice code",
    ),
]
for _n, _b, _m, _w in _ROUTES_GOOD:
    ok(f"route-{_n}", "routes", _b, _m, _w)
ok(
    "dis-route-manual-shy",
    "routes",
    F,
    set_(
        "recipients#rcp-foster-carer.route.description",
        shy("Printed copy handed to the foster carer by the ward midwife at discharge, with the plan read through."),
    ),
    "a hand-over with soft hyphens",
)
ok(
    "dis-route-manual-cyrillic",
    "routes",
    F,
    set_(
        "recipients#rcp-foster-carer.route.description",
        cyr("Copy of the plan given to the foster carer by the social worker at the placement visit on 2026-06-13."),
    ),
    "a hand-over in Cyrillic look-alikes",
)
ok(
    "dis-route-manual-bidi",
    "routes",
    F,
    set_(
        "recipients#rcp-foster-carer.route.description",
        bidi("Letter sent by recorded post to the foster carer from the practice on the day of signing."),
    ),
    "a hand-over with right-to-left overrides inside words",
)


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F49CASES)


if __name__ == "__main__":
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:18} {expect:7} {n}")
    print("refuse", sum(c.expect == REFUSE for c in F49CASES), "pass", sum(c.expect == PASS for c in F49CASES))
