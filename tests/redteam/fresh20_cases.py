"""A twentieth independent "fresh" batch of red-team cases for the share gate: the determined adversary, third round.

Each case is ONE mutation of a shipped pass example (examples/pass/*.json) with the verdict the gate must give,
written from the rule catalogue (docs/rules.md), README.md, the templates and the examples, not from the gate's
code or its word lists. Most cases are hollow or invalid records shaped to slip past the rules; beside each is a
genuinely good near miss the gate must share. It covers:

* hollow-shapes: conclusions that ask questions instead of answering, conditionals with no default ("if problems
  arise, act accordingly"), self-cancelling claims, topic lists dressed as sentences, template-prompt echoes,
  hollow phrases in other languages or transliteration, sentences true of every baby, and administrative
  statements with claim-like verbs (MA103, MA104, MA113, MA124), each beside a real conclusion of the same shape;
* copy-edit: one conclusion copied across methadone and sertraline with synonyms swapped, order changed or the
  medicine name swapped (MA121), beside two conclusions that share words but decide different things;
* wrong-subject: conclusions about a sibling, a previous pregnancy, the GP, the grandmother, or the harmless
  medicine beside the one of concern (MA119, MA124), beside real conclusions that mention those people;
* names: medicines as clinicians and adversaries write them (transposed, doubled, dropped or phonetic letters,
  names split by a space, hyphen, dot or slash, strength glued on, plurals, brands from
  codelists-more/brand-names.csv not used by earlier batches, brands inside combinations), unassessed (MA101,
  MA117) or assessed and concluded on by their ingredient, beside harmless products with look-alike names;
* disguise families not used before: Cherokee, Armenian and Coptic look-alikes, mathematical monospace and
  sans-serif letters, tag characters (including a whole conclusion hidden in tags), variation selectors,
  combining marks, line and paragraph separators, Hangul filler, no-break, narrow and figure spaces, and
  interlinear annotation characters, over hollow texts (refuse) and good texts (pass).

Medicines named here are real; no clinical code is invented. ``test_fresh_records.py`` runs them; the cases the
gate gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh20_cases`` for the
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
from tests.redteam.disguise import inside_words, swap_spaces

F20CASES: list[Case] = []

CATEGORIES = (
    "hollow-shapes",
    "copy-edit",
    "wrong-subject",
    "names",
    "disguise",
)


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F20CASES.append(Case(f"f20-{name}", category, expect, base, mutate, why))


def bad(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, REFUSE, base, mutate, why)


def ok(name: str, category: str, base: str, mutate: Mutation, why: str) -> None:
    add(name, category, PASS, base, mutate, why)


def meth(text: str) -> Mutation:
    return set_("assessments#asm-methadone.conclusion", text)


def sert(text: str) -> Mutation:
    return set_("assessments#asm-sertraline.conclusion", text)


def quet(text: str) -> Mutation:
    return set_("assessments#asm-partner-quetiapine.conclusion", text)


def valp(text: str) -> Mutation:
    return set_("assessments#asm-valproate.conclusion", text)


def lith(text: str) -> Mutation:
    return set_("assessments#asm-lithium.conclusion", text)


def overall(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


# ------------------------------------------------------------------------------------------------------------
# Disguises not used by earlier batches.

_CHEROKEE = {
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
    "Y": "\u13a9",
    "Z": "\u13c3",
}
_ARMENIAN = {"o": "\u0585", "u": "\u057d", "h": "\u0570", "n": "\u0578", "g": "\u0581", "q": "\u0566"}
_COPTIC = {"o": "\u2c9f", "p": "\u2ca3"}


def cherokee(text: str) -> str:
    """The text in capitals, with every capital that has a Cherokee look-alike replaced by it."""
    return "".join(_CHEROKEE.get(ch, ch) for ch in text.upper())


def armenian(text: str) -> str:
    return "".join(_ARMENIAN.get(ch, ch) for ch in text)


def coptic(text: str) -> str:
    return "".join(_COPTIC.get(ch, ch) for ch in text)


def math_alnum(text: str, upper: int, lower: int, digit: int | None = None) -> str:
    """ASCII letters (and digits) as a mathematical alphanumeric style whose letters have no holes."""
    out = []
    for ch in text:
        if "A" <= ch <= "Z":
            out.append(chr(upper + ord(ch) - ord("A")))
        elif "a" <= ch <= "z":
            out.append(chr(lower + ord(ch) - ord("a")))
        elif digit is not None and "0" <= ch <= "9":
            out.append(chr(digit + ord(ch) - ord("0")))
        else:
            out.append(ch)
    return "".join(out)


def monospace(text: str) -> str:
    return math_alnum(text, 0x1D670, 0x1D68A, 0x1D7F6)


def sans_bold(text: str) -> str:
    return math_alnum(text, 0x1D5D4, 0x1D5EE, 0x1D7EC)


def tags(text: str) -> str:
    """The text as Unicode tag characters (invisible)."""
    return "".join(chr(0xE0000 + ord(ch)) for ch in text if " " <= ch <= "~")


def annotated(text: str) -> str:
    """Each word wrapped in interlinear annotation anchor and terminator characters."""
    return " ".join(f"\ufff9{w}\ufffb" for w in text.split(" "))


def after_consonants(text: str, mark: str) -> str:
    return "".join(ch + mark if ch.isalpha() and ch.lower() not in "aeiou" else ch for ch in text)


assert unicodedata.normalize("NFKC", monospace("See 12")) == "See 12"
assert unicodedata.normalize("NFKC", sans_bold("Baby 72")) == "Baby 72"


# ============================================================================================================
# hollow-shapes: methadone's items answer withdrawal, safe sleep and breastfeeding, so only its conclusion is
# judged (MA103/MA104/MA113/MA124); a few on other records' conclusions.

_HOLLOW = [
    (
        "questions-only",
        "Should methadone continue in pregnancy? Will the baby withdraw after birth? Is "
        "breastfeeding safe, and where will the baby sleep?",
        "questions, no answers (MA103)",
    ),
    (
        "question-to-team",
        "Methadone: what does the maternity team think about withdrawal observation and co-sleeping for this baby?",
        "a question put to others instead of a decision (MA103)",
    ),
    (
        "if-problems-act",
        "Methadone: if problems arise with the baby after birth, the team will act accordingly.",
        "a conditional with no default and no action (MA103)",
    ),
    (
        "should-issues-arise",
        "Should withdrawal or sedation become an issue for the baby, appropriate steps will be "
        "taken regarding methadone.",
        "'appropriate steps' on a condition: nothing decided (MA103)",
    ),
    (
        "unless-otherwise",
        "Methadone continues unless it does not, and the plan for the baby stands unless it changes.",
        "self-cancelling: each claim taken back (MA103)",
    ),
    (
        "safe-and-not-safe",
        "Methadone is safe for the baby and it is not safe for the baby; co-sleeping is both "
        "advised and advised against.",
        "contradictory claims cancel to nothing (MA103)",
    ),
    (
        "neither-nor",
        "Neither continuing nor stopping methadone is recommended, and the baby's withdrawal "
        "observation is neither planned nor unplanned.",
        "negations that leave no decision (MA103)",
    ),
    (
        "covers-topics",
        "This methadone conclusion covers neonatal withdrawal, sedation, safe sleep, co-sleeping, "
        "breastfeeding and the baby's observation.",
        "a topic list dressed as a sentence with 'covers' (MA103)",
    ),
    (
        "addresses-topics",
        "Methadone has been addressed in terms of the baby's withdrawal, the mother's sedation, "
        "the sleeping arrangements and the feeding choice.",
        "'addressed in terms of' a list (MA103)",
    ),
    ("prompt-echo", "Written conclusion: methadone.", "the template's prompt echoed with the medicine (MA104)"),
    (
        "prompt-echo-long",
        "Written conclusion for methadone (impact on the baby, neonatal withdrawal plan, "
        "breastfeeding, safe sleep): as above.",
        "the template's items echoed and pointed back to (MA103)",
    ),
    (
        "german-see-letter",
        "Methadon: siehe Brief vom Drogendienst, keine weiteren Bedenken für das Baby.",
        "German: 'see the drug service's letter, no further concerns for the baby' (MA103/MA113)",
    ),
    (
        "french-nothing-to-report",
        "Méthadone : rien à signaler pour le bébé, voir le courrier du service.",
        "French: 'nothing to report for the baby, see the service's letter' (MA103/MA113)",
    ),
    (
        "spanish-pending",
        "Metadona: pendiente de revisión, sin novedades para el bebé por ahora.",
        "Spanish: 'pending review, nothing new for the baby for now' (MA103/MA113)",
    ),
    (
        "transliterated-russian",
        "Metadon: vsyo normalno, nichego strashnogo, obsudim pozzhe s rebyonkom.",
        "transliterated Russian: 'all fine, nothing to worry about, we'll discuss later' (MA103/MA113)",
    ),
    (
        "transliterated-hindi",
        "Methadone: koi dikkat nahin hai, baad mein dekh lenge, baby theek hai.",
        "transliterated Hindi: 'no problem, we'll see later, the baby is fine' (MA103/MA113)",
    ),
    (
        "every-baby",
        "Methadone aside, every baby needs love, warmth, feeding and a safe place to sleep, and this "
        "baby is no different.",
        "true of every baby: nothing about this mother and methadone (MA103/MA124)",
    ),
    (
        "all-newborns",
        "All newborns should sleep on their backs and be fed when hungry; methadone does not change "
        "these general principles.",
        "generic advice, and a dismissal of what methadone does (MA103/MA123)",
    ),
    (
        "admin-uploaded",
        "Methadone form uploaded to the shared record, withdrawal template saved and the safe "
        "sleep leaflet printed for the baby's file.",
        "administration with claim-like verbs (MA103)",
    ),
    (
        "admin-satisfies",
        "This methadone conclusion satisfies the template's requirements on withdrawal, safe "
        "sleep and breastfeeding for the baby.",
        "claims to be a conclusion without being one (MA103)",
    ),
]
for _n, _t, _w in _HOLLOW:
    bad(_n, "hollow-shapes", M, meth(_t), _w)

bad(
    "quet-question",
    "hollow-shapes",
    P,
    quet(
        "The father takes quetiapine at night: is he safe to share a bed or sofa with the baby, and who should do the "
        "night feeds?"
    ),
    "the partner's sedating medicine met with questions (MA103)",
)
bad(
    "quet-if-needed",
    "hollow-shapes",
    P,
    quet("Quetiapine (father): if needed, the family will make any sleeping changes they think best for the baby."),
    "a conditional that leaves it to the family with no default (MA103)",
)
bad(
    "valp-every-pregnancy",
    "hollow-shapes",
    V,
    valp("Valproate aside, every pregnancy carries some risk and all babies benefit from good antenatal care."),
    "true of every pregnancy: nothing on this exposure (MA103/MA124)",
)
bad(
    "lith-topics",
    "hollow-shapes",
    L,
    lith("Lithium: levels, hydration, delivery, paediatric review, breastfeeding, relapse."),
    "a bare topic list (MA103/MA104)",
)
bad(
    "overall-prompt-echo",
    "hollow-shapes",
    M,
    overall(
        "Overall written conclusion across all medicines: methadone and sertraline, per the individual assessments."
    ),
    "the overall prompt echoed and pointed back to (MA103)",
)

_GOOD = [
    (
        "question-then-answer",
        "Should methadone continue? Yes, at 60 mg: relapse would harm mother and baby more "
        "than withdrawal, which the ward observes for at least 72 hours; she must not co-sleep after a dose.",
        "a question, answered",
    ),
    (
        "conditional-with-default",
        "Methadone continues at 60 mg; the baby is observed for withdrawal for 72 hours, "
        "and if scores rise the paediatrician starts treatment; cot only, never her bed or sofa after a dose.",
        "a conditional beside a default plan",
    ),
    (
        "negations-with-content",
        "Methadone must not be reduced before birth; the baby does not go home before 72 "
        "hours of withdrawal observation, and she must not share a bed or sofa with the baby after a dose.",
        "negated claims that decide",
    ),
    (
        "topic-list-as-plan",
        "Methadone plan: continue 60 mg; withdrawal scoring on the ward for 72 hours; "
        "breastfeeding encouraged; cot in the parents' room, never her bed or the sofa.",
        "a list whose items are decisions",
    ),
    (
        "prompt-then-answer",
        "Written conclusion: methadone 60 mg continues; the baby is watched on the ward for "
        "withdrawal for three days and by the health visitor to day 8; no co-sleeping after a dose.",
        "the prompt echoed, then the conclusion",
    ),
    (
        "every-baby-then-this-one",
        "Like every baby, this one sleeps on its back in its own cot; because methadone "
        "sedates her, never in her bed or on a sofa. Methadone continues and the baby is observed for withdrawal "
        "for 72 hours.",
        "a general rule, then what it means here",
    ),
    (
        "admin-then-content",
        "Methadone continues at 60 mg (confirmed with the drug service and filed); the baby is "
        "scored for withdrawal for 72 hours on the ward, and must not share her bed or sofa after a dose.",
        "administration beside the decision",
    ),
    (
        "interpreter-word",
        "Methadone continues at 60 mg; the baby is observed for withdrawal for 72 hours. Advice "
        "on no co-sleeping after a dose was given in Polish through an interpreter, and she repeated it back.",
        "another language mentioned, the conclusion in English",
    ),
    (
        "unless-with-default",
        "Methadone continues at 60 mg unless the drug service advises otherwise in writing; "
        "the baby stays for 72 hours of withdrawal observation and never shares her bed after a dose.",
        "'unless' beside a default that decides",
    ),
]
for _n, _t, _w in _GOOD:
    ok(_n, "hollow-shapes", M, meth(_t), _w)

ok(
    "quet-question-answered",
    "hollow-shapes",
    P,
    quet(
        "Can the father share night care while on quetiapine? No: he is too sedated after his dose, so the mother "
        "does the night feeds and he never sleeps with the baby on a bed, sofa or armchair; the health visitor checks."
    ),
    "a question answered at once",
)
ok(
    "valp-generic-then-specific",
    "hollow-shapes",
    V,
    valp(
        "Every pregnancy needs good care, and this one more: valproate continues until the urgent neurology review "
        "because stopping risks seizures, and after first-trimester exposure fetal medicine review and a detailed "
        "anomaly scan are booked."
    ),
    "a generic opening, then this pregnancy",
)
ok(
    "lith-telegraphic",
    "hollow-shapes",
    L,
    lith(
        "Lithium continues: levels 4-weekly, weekly from 36 weeks, within 24 h of birth; paediatric review of the "
        "baby for toxicity; bottle feeding, not breast; relapse risk high so perinatal team within a week."
    ),
    "terse but every item decided",
)


# ============================================================================================================
# copy-edit: one conclusion copied across methadone and sertraline with small edits (MA121).

_METH_OWN = (
    "Methadone 60 mg continues through pregnancy: stopping would risk relapse to heroin. The baby will be "
    "observed on the ward for withdrawal for at least 72 hours, breastfeeding is encouraged, and there "
    "must be no co-sleeping after a dose."
)

bad(
    "name-swapped",
    "copy-edit",
    M,
    chain(meth(_METH_OWN), sert(_METH_OWN.replace("Methadone 60 mg", "Sertraline 100 mg"))),
    "sertraline's conclusion is methadone's with the name and dose swapped (MA121)",
)
bad(
    "synonyms-swapped",
    "copy-edit",
    M,
    chain(
        meth(_METH_OWN),
        sert(
            "Sertraline 100 mg carries on through the pregnancy: halting it would risk relapse. The infant will be watched "
            "on the ward for withdrawal for 72 hours or more, breast feeding is supported, and there must be no bed "
            "sharing after a dose."
        ),
    ),
    "methadone's conclusion with synonyms swapped, under sertraline's name (MA121)",
)
bad(
    "order-changed",
    "copy-edit",
    M,
    chain(
        meth(_METH_OWN),
        sert(
            "There must be no co-sleeping after a dose, breastfeeding is encouraged, and the baby will be observed on the "
            "ward for withdrawal for at least 72 hours. Sertraline 100 mg continues through pregnancy: stopping would risk "
            "relapse."
        ),
    ),
    "methadone's conclusion with its clauses reordered (MA121)",
)
bad(
    "one-word-changed",
    "copy-edit",
    M,
    chain(
        meth(_METH_OWN), sert(_METH_OWN.replace("Methadone 60 mg", "Sertraline 100 mg").replace("heroin", "depression"))
    ),
    "name, dose and one word changed (MA121)",
)
bad(
    "overall-is-copy",
    "copy-edit",
    M,
    chain(
        meth(_METH_OWN), overall(_METH_OWN.replace("Methadone 60 mg continues", "Methadone and sertraline continue"))
    ),
    "the overall conclusion is methadone's with sertraline's name added (MA119/MA121)",
)

ok(
    "shared-opening-own-content",
    "copy-edit",
    M,
    chain(
        meth(_METH_OWN),
        sert(
            "Sertraline 100 mg continues through pregnancy: stopping would risk relapse of her depression. The baby's "
            "small risks (adaptation signs, about 3 in 1,000 for PPHN) are watched for alongside the withdrawal scoring; "
            "breastfeeding is compatible."
        ),
    ),
    "the same opening, then sertraline's own risks and plan",
)
ok(
    "sertraline-cross-refers",
    "copy-edit",
    M,
    chain(
        meth(_METH_OWN),
        sert(
            "Sertraline continues at 100 mg; relapse would harm her and the baby. Adaptation signs after birth are "
            "scored alongside the methadone withdrawal observations, and it is compatible with breastfeeding."
        ),
    ),
    "mentions methadone's plan but decides sertraline's own",
)
ok(
    "same-ending-sentence",
    "copy-edit",
    M,
    chain(
        meth(
            "Methadone 60 mg continues; the baby is observed on the ward for withdrawal for at least 72 hours and "
            "never shares her bed after a dose. The health visitor sees the baby at home on day 10."
        ),
        sert(
            "Sertraline 100 mg continues, as stopping risks relapse; adaptation signs are small and watched for "
            "after birth; breastfeeding is fine. The health visitor sees the baby at home on day 10."
        ),
    ),
    "one shared practical sentence; the decisions differ",
)


# ============================================================================================================
# wrong-subject: conclusions about someone else, or about the harmless medicine beside the one of concern.

bad(
    "sibling",
    "wrong-subject",
    M,
    meth(
        "Methadone: her son, now four, had no withdrawal after his birth, sleeps in his own bed and is doing well at "
        "nursery."
    ),
    "about her older child, not this baby (MA124/MA103)",
)
bad(
    "previous-pregnancy",
    "wrong-subject",
    M,
    meth(
        "Methadone: in her last pregnancy in 2019 the baby was observed for withdrawal for 72 hours and went home on "
        "day four without treatment."
    ),
    "about a previous baby, nothing for this one (MA124/MA103)",
)
bad(
    "the-gp",
    "wrong-subject",
    M,
    meth("Methadone: the GP will keep reviewing her monthly at the surgery and will update her repeat template."),
    "about the GP's routine, nothing about the baby (MA124)",
)
bad(
    "grandmother",
    "wrong-subject",
    L,
    lith("Lithium: her own mother took lithium through three pregnancies and all three babies were healthy."),
    "about the grandmother's pregnancies (MA124/MA103)",
)
bad(
    "mother-not-father",
    "wrong-subject",
    P,
    quet("The father's quetiapine: the mother's own mood and sleep are good and she is coping well with the baby."),
    "about the mother's mood, nothing on his sedation and the baby's sleep (MA103/MA124)",
)
bad(
    "folic-acid-not-valproate",
    "wrong-subject",
    V,
    valp("Valproate: folic acid 5 mg daily started today and continues to 12 weeks, which is safe for the baby."),
    "about the harmless folic acid, nothing on valproate's harm (MA103/MA122)",
)
bad(
    "overall-paracetamol-not-quetiapine",
    "wrong-subject",
    P,
    overall(
        "The father's quetiapine is noted. Paracetamol 1 g up to four times a day is safe in breastfeeding and the "
        "baby needs no monitoring for it; she may continue it as needed."
    ),
    "the overall conclusion decides the harmless medicine only (MA119)",
)
bad(
    "overall-sertraline-not-methadone",
    "wrong-subject",
    M,
    overall(
        "Sertraline continues at 100 mg: the baby is scored for adaptation signs for 72 hours and breastfeeding is "
        "encouraged. Methadone: as discussed with her."
    ),
    "methadone only in 'as discussed' (MA119)",
)

ok(
    "sibling-then-this-baby",
    "wrong-subject",
    M,
    meth(
        "Methadone 60 mg continues; as with her son, this baby will be observed on the ward for withdrawal for at "
        "least 72 hours, and she must not co-sleep after a dose."
    ),
    "the sibling as a comparison, then this baby",
)
ok(
    "previous-pregnancy-as-reason",
    "wrong-subject",
    M,
    meth(
        "Methadone continues: her last baby needed morphine for withdrawal, so this baby will be observed on the "
        "ward for at least five days; no co-sleeping after a dose, and breastfeeding encouraged."
    ),
    "a previous pregnancy as the reason for this plan",
)
ok(
    "gp-role-then-baby",
    "wrong-subject",
    M,
    meth(
        "Methadone stays with the drug service and the GP will not prescribe it; the baby is observed for "
        "withdrawal for 72 hours, and she must not share a bed or sofa with the baby after her dose."
    ),
    "the GP's role, then the baby",
)
ok(
    "grandmother-as-helper",
    "wrong-subject",
    L,
    lith(
        "Lithium continues, with levels monthly then weekly from 36 weeks and within 24 hours of birth; the baby has "
        "a paediatric review for toxicity and is bottle fed; her mother will stay for the first fortnight because "
        "relapse risk is high."
    ),
    "the grandmother's help beside the decision",
)
ok(
    "father-and-mother",
    "wrong-subject",
    P,
    quet(
        "The father is heavily sedated after his night-time quetiapine, so he must never sleep with the baby on a "
        "bed, sofa or armchair; the mother, who is well, does the night feeds and the crib stays on her side."
    ),
    "both parents, each about the baby's safety",
)
ok(
    "folic-acid-beside-valproate",
    "wrong-subject",
    V,
    valp(
        "Valproate continues until the urgent neurology review, as stopping risks seizures; the baby was exposed "
        "in the first trimester, so fetal medicine review and a detailed anomaly scan are booked; folic acid 5 mg "
        "started."
    ),
    "the harmless medicine beside the decision on valproate",
)
ok(
    "overall-paracetamol-and-quetiapine",
    "wrong-subject",
    P,
    overall(
        "Her paracetamol is fine in breastfeeding. The father's quetiapine sedates him heavily at night: no "
        "co-sleeping with him on a bed, sofa or armchair, and no night feeds by him after his dose; the health "
        "visitor checks the crib."
    ),
    "both medicines decided",
)


# ============================================================================================================
# names: unassessed medicines of concern as written by clinicians and adversaries, on the postnatal record with
# no medicine of concern (MA101/MA117), beside harmless look-alike products and assessed variants.


def _n_med(name: str, dose: str, reason: str | None = None) -> Mutation:
    extra: Record = {"not_of_concern_reason": reason} if reason else {}
    return add_medicine(medicine("med-extra", name, dose, "2026-04-03", gp_prescriber(RIVERSIDE), **extra))


_NAMES = [
    (
        "tarmadol-transposed",
        "Tarmadol 50mg capsules",
        "50 mg up to four times a day",
        None,
        "tramadol with two letters transposed",
    ),
    (
        "trammadol-doubled",
        "Trammadol 50mg capsules",
        "50 mg four times a day",
        "Short course for after-pains.",
        "tramadol with a letter doubled",
    ),
    (
        "oxycodon-dropped",
        "Oxycodon 5mg capsules",
        "5 mg every 6 hours when needed",
        None,
        "oxycodone, last letter dropped",
    ),
    (
        "kodeen-phonetic",
        "Kodeen 30mg tablets",
        "30 mg four times a day",
        "For her stitches; brief use.",
        "codeine spelt by sound",
    ),
    ("sertraleen-phonetic", "Sertraleen 50mg tablets", "50 mg once daily", None, "sertraline spelt by sound"),
    (
        "pro-methazine-space",
        "Pro methazine 25mg tablets",
        "25 mg at night",
        "Bought to help her sleep.",
        "promethazine split by a space",
    ),
    ("zopi-clone-hyphen", "Zopi-clone 7.5mg tablets", "7.5 mg at night", None, "zopiclone split by a hyphen"),
    ("dia-zepam-dot", "Dia.zepam 2mg tablets", "2 mg three times a day", None, "diazepam split by a dot"),
    ("mirta-zapine-slash", "Mirta/zapine 15mg tablets", "15 mg at night", None, "mirtazapine split by a slash"),
    (
        "zopiclone-glued-strength",
        "Zopiclone7.5mg tablets",
        "7.5 mg at night",
        "Helps her sleep.",
        "zopiclone with the strength glued on",
    ),
    ("codeines-plural", "Codeines 30mg", "Two at night", None, "codeine in the plural"),
    (
        "dromadol",
        "Dromadol SR 100mg tablets",
        "100 mg twice a day",
        "For back pain since the birth.",
        "tramadol brand (brand-names.csv)",
    ),
    (
        "temgesic",
        "Temgesic 200microgram sublingual tablets",
        "One to two tablets every 8 hours",
        None,
        "buprenorphine brand",
    ),
    ("longtec", "Longtec 10mg prolonged-release tablets", "10 mg twice a day", None, "oxycodone brand"),
    (
        "mogadon",
        "Mogadon 5mg tablets",
        "5 mg at night",
        "Long-standing; she says she needs it to sleep.",
        "nitrazepam brand",
    ),
    ("frisium", "Frisium 10mg tablets", "10 mg twice a day", None, "clobazam brand"),
    ("sonata", "Sonata 10mg capsules", "10 mg at night", None, "zaleplon brand, a sedating hypnotic"),
    (
        "nightcalm",
        "Nightcalm 25mg tablets",
        "50 mg at night",
        "Over the counter sleep aid.",
        "diphenhydramine brand, a sedating antihistamine",
    ),
    ("molipaxin", "Molipaxin 50mg capsules", "100 mg at night", None, "trazodone brand"),
    ("brintellix", "Brintellix 10mg tablets", "10 mg once daily", None, "vortioxetine brand"),
    ("zaponex", "Zaponex 100mg tablets", "300 mg at night", "Supplied by the mental health trust.", "clozapine brand"),
    (
        "paracodol-combination",
        "Paracodol 8mg/500mg effervescent tablets",
        "Two tablets four times a day",
        "Just a paracetamol-based painkiller.",
        "co-codamol inside a brand",
    ),
    (
        "skudexa-combination",
        "Skudexa 75mg/25mg tablets",
        "One tablet every 8 hours",
        None,
        "tramadol with dexketoprofen inside a brand",
    ),
    (
        "targinact-combination",
        "Targinact 10mg/5mg prolonged-release tablets",
        "One tablet twice a day",
        None,
        "oxycodone with naloxone inside a brand",
    ),
    (
        "kaodene-combination",
        "Kaodene oral suspension",
        "10 ml every 4 hours when needed",
        "For loose stools; kaolin mixture.",
        "kaolin with codeine inside a brand",
    ),
]
for _n, _name, _dose, _reason, _w in _NAMES:
    bad(
        f"unassessed-{_n}",
        "names",
        N,
        _n_med(_name, _dose, _reason),
        f"unassessed medicine of concern: {_w} (MA101/MA117)",
    )

bad(
    "unassessed-partner-sonata",
    "names",
    P,
    add_medicine(
        {
            **medicine(
                "med-partner-zaleplon",
                "Sonata 10mg capsules",
                "10 mg at night",
                "2025-09-01",
                gp_prescriber({"ods_code": "Y90005", "name": "Elm Park Surgery"}),
            ),
            "taken_by": "partner",
        }
    ),
    "the partner's sedating hypnotic (a brand) not assessed for co-sleeping (MA101)",
)
bad(
    "unassessed-metoject-antenatal",
    "names",
    V,
    add_medicine(
        medicine(
            "med-methotrexate",
            "Metoject 15mg/0.3ml solution for injection pre-filled pens",
            "15 mg once weekly",
            "2025-02-03",
            gp_prescriber({"ods_code": "Y90003", "name": "Castle Street Surgery"}),
        )
    ),
    "methotrexate brand, a teratogen, in pregnancy and not assessed (MA101)",
)
bad(
    "meth-concl-names-other",
    "names",
    M,
    meth(
        "Methyldopa 250 mg continues through pregnancy; the baby will be observed on the ward for 72 hours and must "
        "never share her bed after a dose."
    ),
    "the conclusion names a different medicine, not methadone (MA119/MA120)",
)

_LOOKALIKES = [
    (
        "pregaday",
        "Pregaday tablets",
        "One tablet daily",
        "Iron and folic acid supplement for anaemia; no effect on the baby, fine while breastfeeding.",
    ),
    (
        "trimovate",
        "Trimovate cream",
        "Apply twice a day for 7 days",
        "Mild steroid and antibiotic cream for a patch of eczema; minimal absorption; not on the breast.",
    ),
    (
        "oxymetazoline",
        "Oxymetazoline 0.05% nasal spray",
        "Two sprays each nostril twice a day for up to 5 days",
        "Short course of nasal decongestant for a cold; negligible amounts in milk at this dose.",
    ),
    ("diprobase", "Diprobase cream", "Apply as often as needed", "Emollient for dry skin; no effect on the baby."),
    ("dermol", "Dermol 500 lotion", "Use as a soap substitute", "Antimicrobial emollient for eczema; topical only."),
    (
        "movicol",
        "Movicol oral powder sachets",
        "One sachet daily",
        "Macrogol laxative, not absorbed; compatible with breastfeeding.",
    ),
]
for _n, _name, _dose, _reason in _LOOKALIKES:
    ok(
        f"lookalike-{_n}",
        "names",
        N,
        _n_med(_name, _dose, _reason),
        "a harmless product (a name close to a medicine of concern) with the clinician's reason",
    )

ok(
    "paracetomol-misspelt",
    "names",
    N,
    set_("medicines#med-paracetamol.name", "Paracetomol 500mg tablets"),
    "paracetamol misspelt by one vowel: still paracetamol, of no concern",
)
ok(
    "lactulose-glued",
    "names",
    N,
    set_("medicines#med-lactulose.name", "Lactulose3.35g/5ml oral solution"),
    "lactulose with its strength glued on",
)
ok(
    "assessed-methadone-transposed",
    "names",
    M,
    set_("medicines#med-methadone.name", "Methdaone 1mg/ml oral solution"),
    "methadone with two letters transposed in the list, assessed and concluded on as methadone",
)
ok(
    "assessed-methadone-spaced",
    "names",
    M,
    set_("medicines#med-methadone.name", "Metha done 1 mg/ml oral solution"),
    "methadone split by a space in the list, assessed",
)
ok(
    "assessed-sertraline-hyphen",
    "names",
    M,
    set_("medicines#med-sertraline.name", "Sert-raline 50 mg tablets"),
    "sertraline split by a hyphen in the list, assessed",
)
ok(
    "assessed-sertraline-doubled",
    "names",
    M,
    set_("medicines#med-sertraline.name", "Sertralline 50mg tablets"),
    "sertraline with a letter doubled, assessed",
)
ok(
    "assessed-quetiapine-phonetic",
    "names",
    P,
    set_("medicines#med-partner-quetiapine.name", "Quetiapeen 100mg tablets"),
    "the partner's quetiapine spelt by sound, assessed and concluded on",
)
ok(
    "meth-concl-possessive",
    "names",
    M,
    meth(
        "Methadone's benefits outweigh its risks at 60 mg: the baby is observed for withdrawal for 72 hours on the "
        "ward, breastfeeding is encouraged and she must never share a bed or sofa with the baby after a dose."
    ),
    "the medicine named in the possessive",
)
ok(
    "meth-concl-hyphenated",
    "names",
    M,
    meth(
        "Methadone-maintained at 60 mg, she continues unchanged; the baby needs at least 72 hours of withdrawal "
        "observation, breastfeeding is supported, and no co-sleeping after a dose."
    ),
    "the medicine named inside a hyphenated word",
)
ok(
    "meth-concl-capitals",
    "names",
    M,
    meth(
        "METHADONE 60 MG CONTINUES. The baby is observed for withdrawal for 72 hours on the ward, breastfeeding is "
        "encouraged, and no co-sleeping after a dose."
    ),
    "the medicine named in capitals",
)
ok(
    "folic-acid-low-dose-with-reason",
    "names",
    V,
    chain(
        add_medicine(
            medicine(
                "med-folic-acid-2",
                "Folic acid 400microgram tablets",
                "400 micrograms daily",
                "2026-05-20",
                gp_prescriber({"ods_code": "Y90003", "name": "Castle Street Surgery"}),
                not_of_concern_reason="Low-dose folic acid; no effect on the baby other than benefit.",
            )
        )
    ),
    "a second harmless supplement with the clinician's reason",
)


# ============================================================================================================
# disguise: new families over hollow texts (refuse) and good texts (pass); the gate must read the plain text.

_H1 = "Methadone: as per the drug team's letter, nothing further to add."
_H2 = "Methadone reviewed; no concerns for mum or baby at present."
_H3 = "Methadone - plan to follow after the next appointment."
_G1 = (
    "Methadone continues at 60 mg; the baby stays on the postnatal ward for 72 hours of withdrawal scoring, and "
    "she must not share a bed or sofa with the baby after her dose."
)
_G2 = (
    "Keep methadone at 60 mg daily: the baby is watched for withdrawal for three days on the ward and by the "
    "health visitor to day 8; breastfeeding is encouraged; cot, never her bed."
)

_DISGUISES = [
    ("cherokee", cherokee, "Cherokee look-alike capitals"),
    ("armenian", armenian, "Armenian look-alike letters"),
    ("coptic", coptic, "Coptic look-alike letters"),
    ("monospace", monospace, "mathematical monospace letters"),
    ("sans-bold", sans_bold, "mathematical sans-serif bold letters"),
    ("tag-space", lambda t: inside_words(t, "\U000e0020", every=2), "tag spaces inside words"),
    ("vs16", lambda t: inside_words(t, "\ufe0f", every=2), "variation selector 16 inside words"),
    ("vs-supplement", lambda t: inside_words(t, "\U000e0100", every=3), "supplementary variation selectors"),
    ("dot-below", lambda t: after_consonants(t, "\u0323"), "combining dot below after consonants"),
    ("cgj", lambda t: inside_words(t, "\u034f"), "combining grapheme joiners inside words"),
    ("line-separator", lambda t: t.replace(" ", "\u2028"), "line separators for spaces"),
    (
        "paragraph-separator",
        lambda t: t.replace("; ", ";\u2029").replace(": ", ":\u2029"),
        "paragraph separators between clauses",
    ),
    ("hangul-filler", lambda t: t.replace(" ", "\u3164"), "Hangul filler for spaces"),
    ("narrow-nbsp", lambda t: swap_spaces(t, "\u202f"), "narrow no-break spaces"),
    ("figure-space", lambda t: swap_spaces(t, "\u2007"), "figure spaces"),
    ("interlinear", annotated, "interlinear annotation anchors and terminators around words"),
]
for _i, (_n, _f, _w) in enumerate(_DISGUISES):
    _h = (_H1, _H2, _H3)[_i % 3]
    _g = (_G1, _G2)[_i % 2]
    bad(f"{_n}-hollow", "disguise", M, meth(_f(_h)), f"a hollow conclusion in {_w} (MA103)")
    ok(f"{_n}-good", "disguise", M, meth(_f(_g)), f"a good conclusion in {_w}")

bad(
    "tag-hidden-conclusion",
    "disguise",
    M,
    meth(_H1 + tags(_G1)),
    "a hollow visible text with a good conclusion hidden in invisible tag characters (MA103)",
)
ok(
    "tag-hidden-hollow-after-good",
    "disguise",
    M,
    meth(_G2 + tags(_H2)),
    "a good visible conclusion; the invisible tags add nothing a reader sees",
)
bad(
    "hangul-padded",
    "disguise",
    M,
    meth("Methadone: see letter." + "\u3164" * 120),
    "a pointer padded with Hangul fillers that look like blank space (MA103/MA104)",
)
ok("hangul-trailing-good", "disguise", M, meth(_G1 + "\u3164\u3164"), "a good conclusion with stray fillers")
ok(
    "quet-armenian-good",
    "disguise",
    P,
    quet(
        armenian(
            "The father's quetiapine sedates him heavily at night: he never sleeps with the baby on a bed, sofa or "
            "armchair, the mother does the night feeds, and the health visitor checks the crib."
        )
    ),
    "the partner's conclusion in Armenian look-alikes",
)
bad(
    "quet-armenian-hollow",
    "disguise",
    P,
    quet(armenian("Quetiapine (father): nothing to add for the baby.")),
    "a dismissal in Armenian look-alikes (MA103)",
)


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F20CASES)


if __name__ == "__main__":  # pragma: no cover
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:20} {expect:7} {n}")
    print(
        "pass",
        sum(c.expect == PASS for c in F20CASES),
        "refuse",
        sum(c.expect == REFUSE for c in F20CASES),
        "total",
        len(F20CASES),
    )
