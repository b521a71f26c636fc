"""A twenty-ninth independent "fresh" batch of red-team cases for the share gate: disguise equivalence, swept.

The rule under test: the same text in disguise is judged exactly like the plain text, wherever the gate judges text
or names. Every disguised case here has its plain twin (``...-plain``) with the same expected verdict, so a gate
that reads the two differently shows up as one twin right and the other wrong. The plain texts are new: hollow
ones (deferrals, dismissals, placeholders, a parent passing the record on, a policy named as a reason) that must be
refused, and complete ones (each medicine named, what it means for the baby, what the professionals must do) that
must pass. The disguises are ones the earlier batches and tests/redteam/disguise.py did not use:

* mathematical alphanumeric styles not used before: italic (with the Planck-constant h), bold italic, bold script,
  Fraktur and bold Fraktur, double-struck (with their letterlike holes), sans-serif, sans italic, sans bold italic;
* Latin small capitals (no compatibility decomposition), modifier (superscript) letters, Lisu capitals for an
  all-capitals text, Roman numeral letters, the long s, the fi/fl/ff/st ligatures, letters of two mathematical
  styles mixed inside one word;
* combining low line and overline (underlined and overlined text);
* variation selectors, the Mongolian vowel separator, invisible function application and invisible plus, Khmer
  inherent vowels and the half-width Hangul filler inside words;
* hair, punctuation, medium mathematical, four- and six-per-em spaces, line and paragraph separators;
* full-width and small-form punctuation; minus, small em dash, figure dash and hyphen-bullet inside words and names;
* superscript and subscript digits in doses and durations.

Places: assessment conclusions, the overall conclusion, the concern items, the medicine list's names, manual route
instructions and route ids, the reasons a record gives (justification for sharing without consent, amendment
reason, not-of-concern reason) and authors' names under one registration number. Machine identifiers (mailbox
ids, ODS codes) are only disguised when the plain id is already a placeholder: a disguised real id is no longer
the id MESH delivers to, so its twin could not have the same verdict.

Medicines named here are real; no clinical code is invented. ``test_fresh_records.py`` runs them; the cases the
gate gets wrong today are listed there (strict xfail). Run ``python -m tests.redteam.fresh29_cases`` for the
counts per category.
"""

from __future__ import annotations

import copy
import unicodedata
from collections import Counter
from collections.abc import Callable

from tests.redteam.cases import (
    PASS,
    REFUSE,
    RIVERSIDE,
    SHAH,
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
    gp_prescriber,
    medicine,
    set_,
)
from tests.redteam.disguise import inside_words

F29CASES: list[Case] = []

CATEGORIES = (
    "conclusions",
    "overall",
    "items",
    "medicine-names",
    "routes",
    "reasons",
    "ids",
)

Disguise = Callable[[str], str]
Target = Callable[[str], Mutation]


def add(name: str, category: str, expect: Expect, base: str, mutate: Mutation, why: str) -> None:
    assert category in CATEGORIES, category
    F29CASES.append(Case(f"f29-{name}", category, expect, base, mutate, why))


# ============================================================================================================
# The disguises. Each reads as the plain text to a person; those with a compatibility decomposition fold back
# under NFKC (checked below), the others (small capitals, combining lines, Lisu) need a confusables reading.


def _math(style: str) -> Disguise:
    """ASCII letters as a mathematical alphanumeric style; the letters Unicode keeps in Letterlike Symbols."""
    holes = {"FRAKTUR": "BLACK-LETTER", "DOUBLE-STRUCK": "DOUBLE-STRUCK", "SCRIPT": "SCRIPT"}
    table: dict[str, str] = {}
    for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        for case, ch in (("CAPITAL", letter), ("SMALL", letter.lower())):
            try:
                table[ch] = unicodedata.lookup(f"MATHEMATICAL {style} {case} {letter}")
            except KeyError:
                if style == "ITALIC" and ch == "h":
                    table[ch] = "\u210e"  # PLANCK CONSTANT
                else:
                    table[ch] = unicodedata.lookup(f"{holes[style]} {case} {letter}")
    if style in ("SANS-SERIF", "DOUBLE-STRUCK"):
        for digit in "0123456789":
            name = unicodedata.name(digit).split()[-1]
            table[digit] = unicodedata.lookup(f"MATHEMATICAL {style} DIGIT {name}")

    def disguise(text: str) -> str:
        return "".join(table.get(ch, ch) for ch in text)

    return disguise


italic = _math("ITALIC")
bold_italic = _math("BOLD ITALIC")
bold_script = _math("BOLD SCRIPT")
fraktur = _math("FRAKTUR")
bold_fraktur = _math("BOLD FRAKTUR")
double_struck = _math("DOUBLE-STRUCK")
sans = _math("SANS-SERIF")
sans_italic = _math("SANS-SERIF ITALIC")
sans_bold_italic = _math("SANS-SERIF BOLD ITALIC")

_SMALL_CAPS = dict(
    zip(
        "abcdefghijklmnoprstuvwyz",
        "\u1d00\u0299\u1d04\u1d05\u1d07\ua730\u0262\u029c\u026a\u1d0a\u1d0b\u029f\u1d0d\u0274\u1d0f\u1d18\u0280"
        "\ua731\u1d1b\u1d1c\u1d20\u1d21\u028f\u1d22",
        strict=True,
    )
)


def small_caps(text: str) -> str:
    """Lower-case letters as Latin letter small capitals (no q or x small capital exists: left as they are)."""
    return "".join(_SMALL_CAPS.get(ch, ch) for ch in text)


def _modifier_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for cp in [*range(0x02B0, 0x02E5), *range(0x1D2C, 0x1DC0), *range(0x2070, 0x209D)]:
        ch = chr(cp)
        folded = unicodedata.normalize("NFKC", ch)
        name = unicodedata.name(ch, "")
        if len(folded) == 1 and folded.isascii() and folded.isalnum() and "SUBSCRIPT" not in name:
            table.setdefault(folded, ch)
    return table


_MODIFIER = _modifier_table()


def superscript(text: str) -> str:
    """Letters and digits as modifier (superscript) letters and superscript digits, where Unicode has one."""
    return "".join(_MODIFIER.get(ch, ch) for ch in text)


_SUB = {str(d): chr(0x2080 + d) for d in range(10)}
_SUP = {str(d): ("\u2070", "\u00b9", "\u00b2", "\u00b3")[d] if d < 4 else chr(0x2070 + d) for d in range(10)}


def sup_digits(text: str) -> str:
    return "".join(_SUP.get(ch, ch) for ch in text)


def sub_digits(text: str) -> str:
    return "".join(_SUB.get(ch, ch) for ch in text)


_LISU = dict(
    zip(
        "ABCDEFGHIJKLMNOPRSTUVWXYZ",
        "\ua4ee\ua4d0\ua4da\ua4d3\ua4f0\ua4dd\ua4d6\ua4e7\ua4f2\ua4d9\ua4d7\ua4e1\ua4df\ua4e0\ua4f3\ua4d1\ua4e3"
        "\ua4e2\ua4d4\ua4f4\ua4e6\ua4ea\ua4eb\ua4ec\ua4dc",
        strict=True,
    )
)


def lisu(text: str) -> str:
    """Capital letters as their Lisu look-alikes (for an all-capitals text)."""
    return "".join(_LISU.get(ch, ch) for ch in text)


_ROMAN = {
    "c": "\u217d",
    "d": "\u217e",
    "i": "\u2170",
    "l": "\u217c",
    "m": "\u217f",
    "v": "\u2174",
    "x": "\u2179",
    "C": "\u216d",
    "D": "\u216e",
    "I": "\u2160",
    "L": "\u216c",
    "M": "\u216f",
    "V": "\u2164",
    "X": "\u2169",
}


def roman(text: str) -> str:
    """The letters c, d, i, l, m, v and x as Roman numeral letters."""
    return "".join(_ROMAN.get(ch, ch) for ch in text)


def long_s(text: str) -> str:
    return text.replace("s", "\u017f")


def ligatures(text: str) -> str:
    for plain_letters, ligature in (
        ("ffi", "\ufb03"),
        ("ffl", "\ufb04"),
        ("ff", "\ufb00"),
        ("fi", "\ufb01"),
        ("fl", "\ufb02"),
        ("st", "\ufb06"),
    ):
        text = text.replace(plain_letters, ligature)
    return text


def underline(text: str) -> str:
    """A combining low line under every letter and digit (underlined text pasted from a word processor)."""
    return "".join(ch + "\u0332" if ch.isalnum() else ch for ch in text)


def overline(text: str) -> str:
    return "".join(ch + "\u0305" if ch.isalnum() else ch for ch in text)


def mixed_styles(text: str) -> str:
    """Inside each word, letters alternate between Latin, bold script and sans italic: three styles in one word."""
    out = []
    run = 0
    for ch in text:
        if ch.isascii() and ch.isalpha():
            out.append((ch, bold_script(ch), sans_italic(ch))[run % 3])
            run += 1
        else:
            out.append(ch)
            run = 0
    return "".join(out)


def _between(mark: str, every: int = 2) -> Disguise:
    return lambda text: inside_words(text, mark, every=every)


vs1 = _between("\ufe00")  # VARIATION SELECTOR-1
vs15 = _between("\ufe0e", 3)  # VARIATION SELECTOR-15 (text presentation)
mvs = _between("\u180e")  # MONGOLIAN VOWEL SEPARATOR
fn_apply = _between("\u2061", 3)  # FUNCTION APPLICATION
inv_plus = _between("\u2064")  # INVISIBLE PLUS
khmer = _between("\u17b5", 3)  # KHMER VOWEL INHERENT AA
hangul = _between("\uffa0", 4)  # HALFWIDTH HANGUL FILLER


def _spaces(space: str) -> Disguise:
    return lambda text: text.replace(" ", space)


hair = _spaces("\u200a")
punct_space = _spaces("\u2008")
math_space = _spaces("\u205f")
four_em = _spaces("\u2005")
six_em = _spaces("\u2006")


def line_sep(text: str) -> str:
    """Sentences and clauses broken by LINE SEPARATOR instead of a space."""
    return text.replace(". ", ".\u2028").replace("; ", ";\u2028").replace(": ", ":\u2028")


def para_sep(text: str) -> str:
    return text.replace(". ", ".\u2029").replace("; ", ";\u2029")


def fw_punct(text: str) -> str:
    """Full-width full stop, comma, colon and semicolon; letters left as they are."""
    table: dict[str, str | int | None] = {".": "\uff0e", ",": "\uff0c", ":": "\uff1a", ";": "\uff1b"}
    return text.translate(str.maketrans(table))


def small_punct(text: str) -> str:
    """Small form variants of the punctuation."""
    table: dict[str, str | int | None] = {".": "\ufe52", ",": "\ufe50", ":": "\ufe55", ";": "\ufe54", "-": "\ufe63"}
    return text.translate(str.maketrans(table))


def _dash(dash: str) -> Disguise:
    return lambda text: text.replace("-", dash)


minus = _dash("\u2212")
small_em = _dash("\ufe58")
figure_dash = _dash("\u2012")
hyphen_bullet = _dash("\u2043")

_FOLDING = (
    italic,
    bold_italic,
    bold_script,
    fraktur,
    bold_fraktur,
    double_struck,
    sans,
    sans_italic,
    sans_bold_italic,
    superscript,
    roman,
    long_s,
    ligatures,
    sup_digits,
    sub_digits,
    fw_punct,
    small_punct,
)
for _d in _FOLDING:
    _sample = "Methadone 60 mg; first-trimester: she is sedated, stays off the sofa. 72 hours."
    assert _d(_sample) != _sample, _d
    assert unicodedata.normalize("NFKC", _d(_sample)) == _sample, _d
assert unicodedata.normalize("NFKC", superscript("methadone")) == "methadone"
assert small_caps("sedation") != "sedation" and lisu("SEE LETTER") != "SEE LETTER"


def twin(
    name: str,
    category: str,
    expect: Expect,
    base: str,
    target: Target,
    text: str,
    disguises: list[tuple[str, Disguise]],
    why: str,
) -> None:
    """The plain text and each disguise of it, all with the same expected verdict."""
    add(f"{name}-plain", category, expect, base, target(text), why)
    for label, disguise in disguises:
        shown = disguise(text)
        assert shown != text, (name, label)
        add(f"{name}-{label}", category, expect, base, target(shown), f"{why}; in {label.replace('-', ' ')}")


def concl(aid: str) -> Target:
    return lambda text: set_(f"assessments#{aid}.conclusion", text)


def ov(text: str) -> Mutation:
    return set_("overall_conclusion.text", text)


def item(aid: str, path: str) -> Target:
    return lambda text: set_(f"assessments#{aid}.{path}", text)


# ============================================================================================================
# conclusions: an assessment's conclusion, hollow (must refuse in any disguise) and complete (must pass in any).

_METH = concl("asm-methadone")
_SERT = concl("asm-sertraline")
_VALP = concl("asm-valproate")
_LITH = concl("asm-lithium")
_QUET = concl("asm-partner-quetiapine")
_DZPG = concl("asm-diazepam-pregabalin")

twin(
    "c-meth-refer-correspondence",
    "conclusions",
    REFUSE,
    M,
    _METH,
    "Methadone: please refer to the addiction service's correspondence regarding the baby.",
    [("italic", italic), ("small-caps", small_caps), ("hair-space", hair)],
    "a pointer to another service's letter and nothing else (MA103)",
)
twin(
    "c-meth-nothing-flagged",
    "conclusions",
    REFUSE,
    M,
    _METH,
    "Nothing flagged with methadone so far; no issues identified.",
    [("fraktur", fraktur), ("ligature", ligatures), ("underline", underline)],
    "a dismissal with nothing besides (MA103)",
)
twin(
    "c-meth-awaiting-drug-team",
    "conclusions",
    REFUSE,
    M,
    _METH,
    "Methadone - awaiting the drug team's review before the baby's plan is written.",
    [("bold-script", bold_script), ("mvs", mvs), ("minus", minus)],
    "a deferral to another team's review (MA103)",
)
twin(
    "c-sert-tbc",
    "conclusions",
    REFUSE,
    M,
    _SERT,
    "Sertraline: TBC.",
    [("double-struck", double_struck), ("full-width-punct", fw_punct), ("lisu", lisu)],
    "a placeholder after the medicine name (MA103)",
)
twin(
    "c-valp-neurology-decides",
    "conclusions",
    REFUSE,
    V,
    _VALP,
    "Valproate: the decision rests with neurology, and their letter will follow in due course.",
    [("sans-italic", sans_italic), ("roman", roman), ("vs1", vs1)],
    "the decision handed to another team and to later (MA103)",
)
twin(
    "c-valp-caps-as-discussed",
    "conclusions",
    REFUSE,
    V,
    _VALP,
    "VALPROATE - AS DISCUSSED IN CLINIC. SEE LETTER.",
    [("lisu", lisu), ("bold-fraktur", bold_fraktur)],
    "'as discussed' and 'see letter' in capitals (MA103)",
)
twin(
    "c-lith-plan-tba",
    "conclusions",
    REFUSE,
    L,
    _LITH,
    "Lithium - plan tba after the next review.",
    [("superscript", superscript), ("four-per-em", four_em), ("fn-apply", fn_apply)],
    "a deferral: to be arranged after a review (MA103)",
)
twin(
    "c-dzpg-lorem",
    "conclusions",
    REFUSE,
    F,
    _DZPG,
    "Diazepam pregabalin lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor.",
    [("sans", sans), ("khmer", khmer)],
    "filler after the medicine names (MA113)",
)

twin(
    "c-meth-good",
    "conclusions",
    PASS,
    M,
    _METH,
    "Methadone stays at 60 mg once daily; the newborn will be scored for abstinence signs on the ward for three "
    "days, she is to put the baby down in the cot after every dose, and breastfeeding goes ahead.",
    [("italic", italic), ("small-caps", small_caps), ("hair-space", hair), ("sup-digits", sup_digits)],
    "a complete methadone conclusion: dose, withdrawal observation, safe sleep, feeding",
)
twin(
    "c-sert-good",
    "conclusions",
    PASS,
    M,
    _SERT,
    "Sertraline 100 mg continues because relapse of her depression is the greater danger; the midwife will look "
    "for jitteriness, poor feeding or fast breathing in the baby over the first two days, and breastfeeding is "
    "fine.",
    [("bold-italic", bold_italic), ("underline", underline), ("line-sep", line_sep), ("ligature", ligatures)],
    "relapse weighed against adaptation signs the midwife watches for",
)
twin(
    "c-valp-good",
    "conclusions",
    PASS,
    V,
    _VALP,
    "Valproate 500 mg twice daily must not be stopped suddenly because of the seizure risk; the baby has had "
    "first-trimester exposure, so neurology will see her within a week and fetal medicine will offer a detailed "
    "anomaly scan; folic acid 5 mg continues.",
    [("fraktur", fraktur), ("figure-dash", figure_dash), ("roman", roman), ("vs15", vs15)],
    "teratogenic exposure with the scan and the seizure risk of stopping",
)
twin(
    "c-lith-good",
    "conclusions",
    PASS,
    L,
    _LITH,
    "Lithium continues at 800 mg with levels monthly, then weekly from 36 weeks; the newborn is examined by a "
    "paediatrician for floppiness or poor feeding, bottle feeding is advised, and the perinatal team sees her "
    "within a week of birth because relapse is likely.",
    [("double-struck", double_struck), ("long-s", long_s), ("inv-plus", inv_plus), ("sub-digits", sub_digits)],
    "levels, neonatal review, feeding and relapse",
)
twin(
    "c-quet-good",
    "conclusions",
    PASS,
    P,
    _QUET,
    "The father's quetiapine leaves him deeply asleep after his night dose, so the baby must never share a bed or "
    "sofa with him and he does no night feeds; the health visitor checks the crib at each visit.",
    [("sans-bold-italic", sans_bold_italic), ("mixed-styles", mixed_styles), ("overline", overline)],
    "a partner's sedating medicine with the safe sleep plan",
)
twin(
    "c-dzpg-good",
    "conclusions",
    PASS,
    F,
    _DZPG,
    "Diazepam and pregabalin continue for now, with a slow diazepam taper planned; both sedate her, so she must not "
    "co-sleep or feed lying down, another adult does the night feeds, and the baby is watched for late withdrawal "
    "until day 8.",
    [("superscript", superscript), ("small-punct", small_punct), ("hangul-filler", hangul)],
    "both medicines, sedation and safe sleep, late withdrawal",
)


# ============================================================================================================
# overall: the overall conclusion (it covers every assessed medicine; it must name each, and only listed ones).

_M_OV_GOOD = (
    "Methadone 60 mg and sertraline 100 mg both continue unchanged; the baby is observed on the postnatal "
    "ward for at least 72 hours for withdrawal and SSRI adaptation signs, breastfeeding is encouraged, and "
    "nobody shares a bed or sofa with the baby after her methadone dose."
)
twin(
    "o-m-good",
    "overall",
    PASS,
    M,
    ov,
    _M_OV_GOOD,
    [("bold-script", bold_script), ("six-per-em", six_em), ("small-caps", small_caps), ("para-sep", para_sep)],
    "both medicines, withdrawal, adaptation, feeding and safe sleep",
)
add(
    "o-m-sertraline-named-in-fraktur",
    "overall",
    PASS,
    M,
    ov(_M_OV_GOOD.replace("sertraline", fraktur("sertraline"))),
    "only the name sertraline in Fraktur: still named (MA119 must not fire)",
)
add(
    "o-m-sertraline-named-with-vs1",
    "overall",
    PASS,
    M,
    ov(_M_OV_GOOD.replace("sertraline", vs1("sertraline"))),
    "only the name sertraline with variation selectors inside it: still named (MA119 must not fire)",
)
add(
    "o-m-methadone-named-in-roman",
    "overall",
    PASS,
    M,
    ov(_M_OV_GOOD.replace("methadone", roman("methadone"))),
    "both mentions of methadone in Roman numeral letters: still named",
)
twin(
    "o-p-good",
    "overall",
    PASS,
    P,
    ov,
    "Her paracetamol raises no concern for the baby. His quetiapine at night makes him very hard to wake: the baby "
    "never sleeps beside him on a bed, sofa or armchair, the mother does the night feeds, and the health visitor "
    "rechecks the crib at every visit.",
    [("sans", sans), ("fw-punct", fw_punct), ("four-per-em", four_em)],
    "the partner's sedation and who does what at night",
)
twin(
    "o-f-good",
    "overall",
    PASS,
    F,
    ov,
    "Diazepam and pregabalin continue for now, the diazepam to be tapered slowly; the foster carer does all night "
    "feeds, the mother never sleeps with the baby on a bed, sofa or armchair, and the baby is watched for late "
    "withdrawal signs until day 8.",
    [("italic", italic), ("math-space", math_space)],
    "both medicines, the placement's night care, late withdrawal",
)

twin(
    "o-m-joint-letter",
    "overall",
    REFUSE,
    M,
    ov,
    "Methadone and sertraline: as per the joint MDT letter.",
    [("bold-italic", bold_italic), ("superscript", superscript), ("small-punct", small_punct)],
    "a pointer to a letter (MA103)",
)
twin(
    "o-m-nothing-further",
    "overall",
    REFUSE,
    M,
    ov,
    "Methadone and sertraline - nothing further to add; no issues.",
    [("double-struck", double_struck), ("hyphen-bullet", hyphen_bullet), ("line-sep", line_sep)],
    "a dismissal (MA103)",
)
_M_OV_METH_ONLY = (
    "Methadone 60 mg continues unchanged; the baby is observed on the postnatal ward for at least 72 "
    "hours for withdrawal, breastfeeding is encouraged, and nobody shares a bed or sofa with the baby "
    "after her dose."
)
twin(
    "o-m-omits-sertraline",
    "overall",
    REFUSE,
    M,
    ov,
    _M_OV_METH_ONLY,
    [("sans-italic", sans_italic), ("ligature", ligatures)],
    "sertraline, assessed, is not named (MA119)",
)
_M_OV_DIAZ = _M_OV_GOOD.replace(" and nobody", " diazepam 5 mg at night continues, and nobody")
twin(
    "o-m-unlisted-diazepam",
    "overall",
    REFUSE,
    M,
    ov,
    _M_OV_DIAZ,
    [],
    "names diazepam, which the medicine list does not hold (MA120)",
)
for _label, _d in (("fraktur", fraktur), ("small-caps", small_caps), ("mvs", mvs)):
    add(
        f"o-m-unlisted-diazepam-{_label}",
        "overall",
        REFUSE,
        M,
        ov(_M_OV_GOOD.replace(" and nobody", f" {_d('diazepam')} 5 mg at night continues, and nobody")),
        f"the unlisted diazepam, only its name in {_label} (MA120)",
    )


# ============================================================================================================
# items: the answers to the concerns (sertraline's and valproate's breastfeeding, methadone's safe sleep and
# withdrawal plan). Their conclusions do not mention breastfeeding, so the item is the only answer.

_SERT_BF = item("asm-sertraline", "impact_on_baby.breastfeeding")
_VALP_BF = item("asm-valproate", "impact_on_baby.breastfeeding")
_METH_SS = item("asm-methadone", "impact_on_mother.safe_sleep")
_METH_NW = item("asm-methadone", "impact_on_baby.neonatal_withdrawal_plan")

twin(
    "i-sert-bf-talked-through",
    "items",
    REFUSE,
    M,
    _SERT_BF,
    "Talked through with her.",
    [("italic", italic), ("vs15", vs15)],
    "an account that something was said, not what (MA125)",
)
twin(
    "i-sert-bf-na",
    "items",
    REFUSE,
    M,
    _SERT_BF,
    "N/A.",
    [("double-struck", double_struck), ("fw-punct", fw_punct), ("small-caps", lambda t: small_caps(t.lower()))],
    "breastfeeding dismissed for a breastfed baby (MA123/MA125)",
)
twin(
    "i-valp-bf-neuro-letter",
    "items",
    REFUSE,
    V,
    _VALP_BF,
    "Refer to the neurology letter.",
    [("bold-fraktur", bold_fraktur), ("roman", roman), ("inv-plus", inv_plus)],
    "a pointer (MA125)",
)
twin(
    "i-valp-bf-tbc-booking",
    "items",
    REFUSE,
    V,
    _VALP_BF,
    "To be confirmed at booking.",
    [("sans", sans), ("underline", underline)],
    "a deferral (MA125)",
)

twin(
    "i-sert-bf-good",
    "items",
    PASS,
    M,
    _SERT_BF,
    "Only tiny amounts of sertraline pass into breast milk; breastfeeding is recommended, watching the baby for "
    "sleepiness or poor feeding.",
    [("italic", italic), ("vs15", vs15), ("small-caps", small_caps)],
    "a real breastfeeding answer",
)
twin(
    "i-valp-bf-good",
    "items",
    PASS,
    V,
    _VALP_BF,
    "Little valproate reaches breast milk and breastfeeding can go ahead; watch the baby for jaundice, bruising or "
    "drowsiness.",
    [("bold-fraktur", bold_fraktur), ("roman", roman), ("inv-plus", inv_plus)],
    "a real breastfeeding answer",
)
twin(
    "i-meth-ss-good",
    "items",
    PASS,
    M,
    _METH_SS,
    "Sedation peaks two to four hours after her dose: she must never sleep with the baby on a bed, sofa or "
    "armchair, and the baby sleeps in a cot beside the bed.",
    [("sans-italic", sans_italic), ("long-s", long_s), ("khmer", khmer)],
    "a real safe sleep answer",
)
twin(
    "i-meth-nw-good",
    "items",
    PASS,
    M,
    _METH_NW,
    "Baby stays on the postnatal ward for at least 72 hours with withdrawal scoring every 4 hours; the health "
    "visitor checks for late signs up to day 8.",
    [("sup-digits", sup_digits), ("bold-script", bold_script), ("para-sep", para_sep)],
    "a real withdrawal observation plan",
)


# ============================================================================================================
# medicine-names: the medicine list. An uncoded medicine of concern, unassessed, must be refused however its name
# is written; a medicine of no concern, or a listed one, must be read as the same medicine in any disguise.


def extra(name: str, dose: str, reason: str | None = None, started: str = "2026-04-04") -> Mutation:
    more: dict[str, object] = {"not_of_concern_reason": reason} if reason else {}
    return add_medicine(medicine("med-f29", name, dose, started, gp_prescriber(RIVERSIDE), **more))


def _extra_to(dose: str) -> Target:
    return lambda name: extra(name, dose)


twin(
    "n-diazepam",
    "medicine-names",
    REFUSE,
    N,
    _extra_to("2 mg three times a day"),
    "Diazepam 2mg tablets",
    [("italic", italic), ("roman", roman), ("small-caps", small_caps)],
    "a benzodiazepine for a breastfeeding mother, unassessed (MA101)",
)
twin(
    "n-fluoxetine",
    "medicine-names",
    REFUSE,
    N,
    _extra_to("20 mg once daily"),
    "fluoxetine 20mg capsules",
    [("ligature", ligatures), ("bold-script", bold_script), ("underline", underline)],
    "an SSRI for a breastfeeding mother, unassessed (MA101)",
)
twin(
    "n-co-codamol",
    "medicine-names",
    REFUSE,
    N,
    _extra_to("Two tablets four times a day"),
    "Co-codamol 30mg/500mg tablets",
    [("minus", minus), ("small-em-dash", small_em), ("sup-digits", sup_digits)],
    "codeine with paracetamol for a breastfeeding mother, unassessed (MA101)",
)
twin(
    "n-mirtazapine",
    "medicine-names",
    REFUSE,
    N,
    _extra_to("15 mg at night"),
    "Mirtazapine 15mg tablets",
    [("sans-italic", sans_italic), ("mvs", mvs), ("superscript", superscript)],
    "a sedating antidepressant, unassessed (MA101)",
)
twin(
    "n-unrecognised",
    "medicine-names",
    REFUSE,
    N,
    _extra_to("5 ml at night"),
    "Calmaplex night drops",
    [("fraktur", fraktur), ("fn-apply", fn_apply)],
    "a name medassess cannot know, with no not-of-concern reason (MA117)",
)

twin(
    "n-folic-acid",
    "medicine-names",
    PASS,
    N,
    _extra_to("400 micrograms once daily"),
    "Folic acid 400microgram tablets",
    [("double-struck", double_struck), ("small-caps", small_caps), ("vs1", vs1)],
    "a common medicine of no concern",
)
twin(
    "n-paracetamol-renamed",
    "medicine-names",
    PASS,
    N,
    lambda t: set_("medicines#med-paracetamol.name", t),
    "Paracetamol 500mg soluble tablets",
    [("bold-italic", bold_italic), ("long-s", long_s), ("khmer", khmer)],
    "the listed paracetamol, its name in disguise",
)
twin(
    "n-lactulose-renamed",
    "medicine-names",
    PASS,
    N,
    lambda t: set_("medicines#med-lactulose.name", t),
    "Lactulose 3.1-3.7g/5ml oral solution sugar free",
    [("figure-dash", figure_dash), ("sub-digits", sub_digits), ("sans", sans)],
    "the listed lactulose, its name in disguise",
)
twin(
    "n-meth-listed-renamed",
    "medicine-names",
    PASS,
    M,
    lambda t: set_("medicines#med-methadone.name", t),
    "Methadone hydrochloride 1mg/ml oral solution",
    [("fraktur", fraktur), ("superscript", superscript), ("mixed-styles", mixed_styles)],
    "the coded, assessed methadone, its list name in disguise (the conclusions name it plainly)",
)


# ============================================================================================================
# routes: manual hand-overs (judged as instructions) and route ids that are placeholders.


def _foster(text: str) -> Mutation:
    return set_("recipients#rcp-foster-carer.route", {"kind": "manual", "description": text})


def _hv_manual(text: str) -> Mutation:
    return set_("recipients#rcp-hv.route", {"kind": "manual", "description": text})


twin(
    "r-foster-good",
    "routes",
    PASS,
    F,
    _foster,
    "The ward midwife gave a printed copy to the foster carer, Mrs Okafor, at the discharge meeting on 2026-06-12 "
    "and talked her through the sedation and safe sleep advice.",
    [("italic", italic), ("small-caps", small_caps), ("hair-space", hair), ("fw-punct", fw_punct)],
    "who handed what to whom, and when",
)
twin(
    "r-hv-post-good",
    "routes",
    PASS,
    M,
    _hv_manual,
    "Community midwife posts a paper copy to the health visiting team's office by recorded delivery on the day "
    "of discharge.",
    [("double-struck", double_struck), ("ligature", ligatures), ("mvs", mvs)],
    "sent by post, by whom and when",
)

twin(
    "r-foster-tbc",
    "routes",
    REFUSE,
    F,
    _foster,
    "TBC",
    [("fraktur", fraktur), ("small-caps", lambda t: small_caps(t.lower())), ("roman", roman)],
    "a placeholder (MA309)",
)
twin(
    "r-foster-mum-passes-on",
    "routes",
    REFUSE,
    F,
    _foster,
    "Mum will pass her own copy on to the foster carer when she visits.",
    [("sans-italic", sans_italic), ("underline", underline), ("vs1", vs1)],
    "left to a parent to pass on (MA309)",
)
twin(
    "r-hv-ward-sorts",
    "routes",
    REFUSE,
    M,
    _hv_manual,
    "Ward to sort this out nearer the time.",
    [("bold-script", bold_script), ("superscript", superscript)],
    "still to be arranged (MA309)",
)
twin(
    "r-hv-mailbox-x",
    "routes",
    REFUSE,
    M,
    lambda t: set_("recipients#rcp-hv.route.mailbox", t),
    "XXXXXXXX",
    [("roman", roman), ("double-struck", double_struck)],
    "a placeholder mailbox id (MA307)",
)
twin(
    "r-l-fhir-tbc",
    "routes",
    REFUSE,
    L,
    lambda t: set_("recipients#rcp-maternity.route.base_url", t),
    "https://tbc",
    [("sans", sans), ("small-punct", small_punct)],
    "a FHIR base URL that names no server (MA308)",
)


# ============================================================================================================
# reasons: the justification for sharing without consent (F), the amendment reason (C), the reason an
# unrecognised medicine raises no concern (N).


def _just(text: str) -> Mutation:
    return set_("lawful_basis.justification", text)


def _amend(text: str) -> Mutation:
    return set_("amendment_reason", text)


def _balm(reason: str) -> Mutation:
    return extra("Dermacalm hand balm", "Apply to the hands twice a day", reason)


twin(
    "s-just-good",
    "reasons",
    PASS,
    F,
    _just,
    "The mother refused consent, but the foster carer must know about the sedation and the safe sleep rules to "
    "keep the baby safe at night; agreed with the named safeguarding nurse.",
    [("bold-italic", bold_italic), ("long-s", long_s), ("line-sep", line_sep)],
    "a reason: the baby's safety in the placement depends on it",
)
twin(
    "s-just-policy",
    "reasons",
    REFUSE,
    F,
    _just,
    "Shared under the safeguarding policy.",
    [("fraktur", fraktur), ("small-caps", small_caps), ("khmer", khmer)],
    "names a policy, gives no reason (MA402)",
)
twin(
    "s-just-as-agreed",
    "reasons",
    REFUSE,
    F,
    _just,
    "As agreed.",
    [("superscript", superscript), ("fw-punct", fw_punct)],
    "no reason (MA402)",
)
twin(
    "s-amend-good",
    "reasons",
    PASS,
    C,
    _amend,
    "The midwife's MESH mailbox id was mistyped and has been corrected; the assessment and its conclusions are "
    "unchanged.",
    [("sans-italic", sans_italic), ("ligature", ligatures), ("inv-plus", inv_plus)],
    "what changed in the record",
)
twin(
    "s-amend-see-notes",
    "reasons",
    REFUSE,
    C,
    _amend,
    "Amended as requested; please see the notes.",
    [("italic", italic), ("roman", roman), ("hair-space", hair)],
    "a pointer, no change stated (MA008)",
)
twin(
    "s-noc-good",
    "reasons",
    PASS,
    N,
    _balm,
    "An emollient balm for dry, cracked skin on her hands; nothing is absorbed in an amount that could reach "
    "breast milk or affect the baby, and it is kept off the nipples.",
    [("double-struck", double_struck), ("underline", underline), ("vs15", vs15)],
    "the clinician's reason it raises no concern",
)
twin(
    "s-noc-not-relevant",
    "reasons",
    REFUSE,
    N,
    _balm,
    "Not relevant.",
    [("bold-script", bold_script), ("small-punct", small_punct)],
    "a dismissal, no reason (MA117)",
)


# ============================================================================================================
# ids: one registration number under one name (the authors' names in disguise are the same name) or two; ODS
# codes that are placeholders.

_AUTHOR_PATHS = (
    "assessments#asm-methadone.author",
    "assessments#asm-sertraline.author",
    "overall_conclusion.author",
    "attestation.by",
)


def _renamed(family_everywhere: str, overall_family: str) -> Mutation:
    def person(family: str) -> Record:
        p: Record = copy.deepcopy(SHAH)
        p["name"]["family"] = family
        return p

    return chain(
        *(
            set_(path, person(overall_family if path == "overall_conclusion.author" else family_everywhere))
            for path in _AUTHOR_PATHS
        )
    )


def _same_name(family: str) -> Target:
    return lambda shown: _renamed(family, shown)


twin(
    "d-shah-patel-same",
    "ids",
    PASS,
    M,
    _same_name("Shah-Patel"),
    "Shah-Patel",
    [("minus", minus), ("italic", italic), ("small-caps", small_caps), ("vs1", vs1), ("superscript", superscript)],
    "one GMC number, one name: the overall author's surname in disguise is the same surname",
)
twin(
    "d-shah-vs-shaw",
    "ids",
    REFUSE,
    M,
    _same_name("Shah"),
    "Shaw",
    [("fraktur", fraktur), ("small-caps", small_caps), ("mvs", mvs)],
    "one GMC number under Shah and Shaw (MA209)",
)
twin(
    "d-ods-placeholder",
    "ids",
    REFUSE,
    M,
    lambda t: set_("recipients#rcp-hv.organisation.ods_code", t),
    "XXXXX",
    [("roman", roman), ("sans", sans)],
    "a placeholder ODS code (MA310)",
)
twin(
    "d-ods-tbc",
    "ids",
    REFUSE,
    P,
    lambda t: set_("recipients#rcp-hv.organisation.ods_code", t),
    "TBC",
    [("bold-fraktur", bold_fraktur), ("lisu", lisu)],
    "a placeholder ODS code (MA310)",
)


def counts() -> Counter[tuple[str, str]]:
    return Counter((c.category, c.expect) for c in F29CASES)


if __name__ == "__main__":  # pragma: no cover
    for (category, expect), n in sorted(counts().items()):
        print(f"{category:20} {expect:7} {n}")
    print(
        "pass",
        sum(c.expect == PASS for c in F29CASES),
        "refuse",
        sum(c.expect == REFUSE for c in F29CASES),
        "total",
        len(F29CASES),
    )
