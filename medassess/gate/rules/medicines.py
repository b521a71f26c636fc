"""MA117-MA120: medicines recognised as clinicians write them, and named where they are concluded on."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ...record.codesystems import DMD_SYSTEM
from ...record.identifiers import local_id_label
from ...record.model import Medicine, Record
from .. import memo
from ..advice import (
    a_name_not_a_medicine,
    advised_against,
    before_her,
    for_the_baby,
    in_bracket_aside,
    in_passing,
    the_babys_own,
    whose,
    whose_after,
)
from ..classes import Classification, medicine_classes
from ..english import zipf
from ..facts import RecordFacts, WrittenConclusion
from ..names import Mention, NameEntry, compact, mentions, name_index, no_concern_stages
from ..partner import named_last, words_for_a_woman
from ..registry import Area, GateContext, Problem, rule
from ..remedies import advised_interactions
from ..settings import GateSettings
from ..substance import Lexicon
from ..text import normalise, words
from ..untaken import named_untaken
from ..wording import SENTENCE_END, Phrases

AREA = Area("medicines", "Medicines recognised and classified", written_conclusions=True)


def _dmd_coded(medicine: Medicine) -> bool:
    return medicine.code is not None and medicine.code.system == DMD_SYSTEM


@functools.lru_cache(maxsize=4096)
def _of_concern(ingredients: tuple[str, ...]) -> frozenset[str]:
    """The ingredients that are themselves of concern ("codeine" of co-codamol, not "paracetamol"); all of them
    when none is (a flagged medicine is concluded on by whatever it is). Remembered: the shipped name index is
    read once per process, and the same few ingredient lists are asked of every record."""
    index = name_index()
    concern = frozenset(i for i in ingredients if (e := index.lookup(i)) is not None and e.of_concern)
    return concern or frozenset(ingredients)


def _of_no_concern_now(found: Classification, record: Record) -> bool:
    """Whether a medicine recognised as of no concern is so at the record's stage: one of no concern only after the
    birth (ibuprofen, mappings/no-concern-medicines.toml ``stages``) still needs its reason in pregnancy."""
    stages, now = no_concern_stages(), record.pregnancy.stage
    return found.no_concern and all(now in stages.get(i, (now,)) for i in found.ingredients)


@rule(
    "MA117",
    "medicine-unrecognised",
    "error",
    "An uncoded medicine medassess does not recognise has no recorded reason it raises no concern.",
)
def medicine_unrecognised(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    Every medicine without a dm+d code is either recognised by its name (a medicine of concern, written as an
    ingredient, product, brand, abbreviation, clinicians' shorthand ("Sod val", "Levomeprom"), a near
    misspelling (one as near several medicines, all of concern, is all of them: "Oxcarbamazepine"), a
    spelling by sound such as "Subutecks", with a digit or two letters for the letter they look
    like ("Pregaba1in", "Trarnadol"), or run into its strength ("Tramadol50mg"), or a shortened name the
    conclusion of the assessment covering it names in full ("Bup 8mg SL tabs" and buprenorphine); or
    one of the common medicines that raise no perinatal concern in mappings/no-concern-medicines.toml, such as
    paracetamol or folic acid, or one of no concern only at some stages at the record's stage: ibuprofen after
    the birth, not in pregnancy), flagged for assessment, or carries the clinician's reason it raises no concern
    (not_of_concern_reason, judged like a conclusion, with at least min_reason_words content words in
    mappings/share-gate.toml).

    Why it matters:
    A medicine medassess cannot recognise is not thereby harmless: an unfamiliar brand or a misspelling of a
    sedating or teratogenic medicine would otherwise pass with no assessment, and the baby's risk would go
    unwritten. The clinician's explicit classification makes the decision someone's, on the record.

    Example:
    {"id": "med-x", "name": "Dozol liquid 10ml at night"} with no code, no flag and no not_of_concern_reason.

    Instead:
    Add the dm+d code, flag the medicine for assessment, or record why it raises no concern:
    "not_of_concern_reason": "Emollient cream applied to the skin; no effect on pregnancy or the baby."
    """
    facts = context.facts
    for index, medicine in enumerate(record.medicines):
        found = facts.classifications[medicine.id]
        if _dmd_coded(medicine) or found.needs_assessment or _of_no_concern_now(found, record):
            continue
        if not facts.reason_missing(medicine.not_of_concern_reason, context.settings):
            continue
        named = local_id_label("medicine", medicine.id, index)
        yield Problem(
            f"{named} has no dm+d code and its name is not one medassess recognises: record its "
            "dm+d code, flag it for assessment, or give the clinician's reason it raises no perinatal concern",
            f"$.medicines[{index}].not_of_concern_reason",
        )


@rule(
    "MA118",
    "concerning-medicine-uncoded",
    "warning",
    "A medicine of concern is recorded without its dm+d code.",
)
def concerning_medicine_uncoded(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    A medicine that needs a written assessment because of its class, recognised by its name, has a dm+d code.
    A warning: the record is still shared, since the assessment matters more than the code.

    Why it matters:
    Maternity and GP systems find medicines by their dm+d code: medicine reconciliation, interaction checks and
    searches for babies exposed to valproate or opioids all query by code. A medicine known only by its written
    name can be missed by the systems of the professionals caring for the baby.

    Example:
    {"id": "med-methadone", "name": "Methadone 1mg/ml oral solution"} with no "code".

    Instead:
    Pick the medicine from the dm+d in the clinical system so its code is recorded:
    "code": {"system": "https://dmd.nhs.uk", "code": "<the VMP or AMP id>", "display": "<its dm+d name>"}.
    """
    for index, medicine in enumerate(record.medicines):
        found = context.facts.needing.get(medicine.id)
        if found is not None and found.classes and not _dmd_coded(medicine):
            labels = ", ".join(c.label for c in found.classes)
            named = local_id_label("medicine", medicine.id, index)
            yield Problem(
                f"{named} is of concern ({labels}) but has no dm+d code; receiving systems look medicines up by code",
                f"$.medicines[{index}].code",
            )


def _names_medicine(
    facts: RecordFacts, medicine_id: str, found: Classification, said: frozenset[str], text_words: str, text: str
) -> bool:
    if found.ingredients and _of_concern(found.ingredients) & said:
        return True
    # Shorthand and abbreviations the index knows but does not look for in free text at large ("Sod val", whose
    # words are English; "diaz", "MST", short) name it here, where the conclusion is known to cover it.
    if found.ingredients and not _of_concern(found.ingredients).isdisjoint(_shorthand_said(text)):
        return True
    # A shorter slip of one of its names ("Lyrca" for Lyrica, "Kepra" for Keppra) names it here, where the
    # conclusion is known to cover it; in free text at large such a word is not read as a medicine.
    if found.ingredients and not _of_concern(found.ingredients).isdisjoint(_slipped(text)):
        return True
    # The conclusion also names it when it repeats the stem of the name the record lists it by: a name the index
    # does not know (a flagged medicine, a code-listed product with an unfamiliar name), or a brand that is an
    # everyday English word too ("Valium"), which is not looked for in free text at large.
    stem = _name_stem(facts.medicine(medicine_id).name)
    if found.ingredients:
        return (bool(stem) and stem in text_words) or _brand_word_named(facts, medicine_id, found, text)
    return not stem or stem in text_words


def _brand_word_named(facts: RecordFacts, medicine_id: str, found: Classification, text: str) -> bool:
    """Whether ``text`` names the medicine by the distinctive first word of the brand it is listed by ("Nirolex"
    for "Nirolex Night Time Coughs oral solution"): recognised by brand, a word of ``name_min_length`` letters or
    more that is no everyday English word (``english_zipf``: not "night", "cough"), no medicine's name of its own,
    and the first word of no other medicine on the record's list (found refused by a seventieth fresh corpus)."""
    if found.matched_by not in ("brand", "code"):
        return False
    brand = _distinctive_brand_word(facts.medicine(medicine_id).name)
    if brand is None or brand not in words(normalise(text)):
        return False
    others = (m.name for m in facts.record.medicines if m.id != medicine_id)
    return not any(_first_stem_word(name) == brand for name in others)


@functools.lru_cache(maxsize=1024)
def _distinctive_brand_word(name: str) -> str | None:
    """The first word of the stem of the name a record lists a medicine by, when the stem has more words and that
    one may name it alone (:func:`_brand_word_named`), else None: asked of each part of each conclusion that
    covers the medicine, so found once per name."""
    stem = [w for _, _, w in name_index().stem_words(normalise(name))]
    if len(stem) < 2:
        return None
    brand, fuzzy = stem[0], name_index().fuzzy
    if (
        len(brand) < (fuzzy.name_min_length or 0)
        or zipf(brand) >= fuzzy.english_zipf
        or next(name_index().find(brand), None)
    ):
        return None
    return brand


@functools.lru_cache(maxsize=1024)
def _first_stem_word(name: str) -> str | None:
    """The first word of the stem of a listed medicine's name (:meth:`NameIndex.stem_words`), or None."""
    return next((w for _, _, w in name_index().stem_words(normalise(name))), None)


_READ_WHERE_COVERED = frozenset({"abbreviation", "shorthand"})
"""Kinds of name the index reads in a medicine's own name but not in free text at large when everyday or short,
read in a conclusion that covers the medicine they stand for (MA119), as MA117 reads them in a list."""


@functools.lru_cache(maxsize=memo.TEXTS)
def _shorthand_said(text: str) -> frozenset[str]:
    """The ingredients ``text`` names by clinicians' shorthand, an abbreviation or a short brand family the index
    knows (mappings/names.toml [shorthand], [abbreviations]; "MST") that free text at large is not searched for,
    being English words ("sod val") or short ("diaz"): the same for each medicine a rule asks of the text."""
    index = name_index()
    return frozenset(
        i
        for m in index.find(normalise(text), fuzzy=False, everyday=True)
        if m.entry.everyday
        and (m.entry.kind in _READ_WHERE_COVERED or (m.entry.kind == "brand" and len(compact(m.entry.name)) < 5))
        for i in m.entry.ingredients
    )


@functools.lru_cache(maxsize=memo.TEXTS)
def _slipped(text: str) -> frozenset[str]:
    """The ingredients of the medicines of concern that words of ``text`` are a shorter slip of
    (:meth:`NameIndex.short_slips`): the same for each medicine a rule asks of the text, so found once."""
    return frozenset(i for entry in name_index().short_slips(normalise(text)) for i in entry.ingredients)


@functools.lru_cache(maxsize=1024)
def _name_stem(name: str) -> str:
    """The stem of the name a record lists a medicine by (:meth:`NameIndex.stem_words`), its words run together:
    asked of each part of each conclusion that covers the medicine, so found once per name."""
    return "".join(w for _, _, w in name_index().stem_words(normalise(name)))


def _said(found: tuple[Mention, ...]) -> frozenset[str]:
    return frozenset(i for m in found for i in m.entry.ingredients)


@rule(
    "MA119",
    "conclusion-omits-medicine",
    "error",
    "A conclusion does not name a medicine it covers.",
)
def conclusion_omits_medicine(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    Each written conclusion names every medicine it covers that needs an assessment: an assessment's conclusion
    its own medicines, the overall conclusion every medicine that needs one. A medicine is named by its
    ingredient, product or brand name, a recognised abbreviation, a near misspelling or a spelling by sound
    ("Metadoan"), or, since the conclusion is known to cover it, clinicians' shorthand MA117 recognises even where
    free text at large is not searched for it ("Sod val", "Diaz": mappings/names.toml [shorthand]), a
    five-letter slip of one of its names ("Lyrca" for Lyrica) or the distinctive first word of the brand it is
    listed by when no other listed medicine starts with it ("Nirolex" for "Nirolex Night Time Coughs"; not a
    generic word such as "night" or "cough"), in any disguise of letters or spacing; for a combination product
    (co-codamol), by its ingredient of concern
    (codeine). A conclusion also says something of each medicine it covers: one it names only in parts that defer,
    dismiss or report ("Methadone: <a plan>. Sertraline: see the psychiatry letter.", "The father's quetiapine is noted.
    <a plan for her paracetamol>") is refused; a part naming no medicine continues the one before it, except that an
    item of a list parted by semicolons after one that only defers, itself after another item ("<a methadone plan>; for
    sertraline, see the psychiatrist's letter; no co-sleeping ...") goes on with what came before the deferral unless it
    opens on "it" or "this" (mappings/hollow-phrases.toml `back_references`), and so does one after a part that only
    acknowledges its medicine, with no word of content besides its name and a word that writes it down ("Midazolam is
    noted. <a plan>"; a bare name heads what follows, and so does an acknowledgement a semicolon joins to the next
    item, "Sertraline noted; continue 100 mg"); a part naming only another of the record's medicines speaks of
    that one, a part saying "both" or "each" speaks of all (one that itself lists two or more of them speaks of those it
    lists: "methadone and pregabalin continue, and together they sedate her"), and "as above" or "as for methadone"
    leans on the rest of the conclusion. A heading is not a decision: where a conclusion names its medicine only in a
    part's heading and the body after it decides on another of the record's medicines ("Methadone review: her sertraline
    carries on ..."), every claim of the body is that medicine's, and the conclusion is refused; a body that also names
    its own medicine, or opens on something else and names the other later, is its own. So where a short heading names
    several of its medicines, deciding nothing itself, and the body opens on some of them and names not all, with no
    word for them all ("Methadone and sertraline: methadone continues ..."; not "...: both continue ..." nor "...:
    continue, diazepam taper ..."), the body decides only those it names. So is a medicine named only in passing: in an
    aside beside what the part decides of another of the record's medicines ("Alongside methadone, sertraline continues
    ...", "... as well as her methadone"), or in a remark that it is on her list ("Valproate is also on her list.") or
    that she takes it, the whole of its bracket, sentence or line besides its strength ("(also on pregabalin)", "* Also
    takes pregabalin."); the aside and remark words are data in mappings/names.toml ([mentions]).
    A bracket that only adds a medicine to what its sentence says of another ("Methadone (and sertraline)
    continue", [mentions] bracket_joins) decides for both only where no part of the conclusion is that medicine's
    own: where one is, that part is its conclusion, and one that only points elsewhere ("Sertraline: see the
    psychiatry letter.") is refused; a word for both ("both continue") still speaks of each.
    A marked question decides nothing, but the answer right after it decides what the question named ("Do we
    stop valproate now? No: it continues ..."; a bare "yes" affirms the question in its own words: "Continue
    sertraline? Yes, 100 mg."), unless it is left unanswered, the answer decides nothing ("Is sertraline a
    worry? No."), or the answer's first clause past a bare "yes" or "no" names another of the record's medicines
    ("No, folic acid continues"). Placeholder conclusions are left to MA103.

    Why it matters:
    A joint conclusion that never mentions one of its medicines has not concluded on it. Diazepam and pregabalin
    both sedate and both can cause withdrawal; a conclusion about pregabalin alone leaves the foster carer with
    no decision about the diazepam.

    Example:
    An assessment covering diazepam and pregabalin whose conclusion only says "Pregabalin continues; no
    co-sleeping; watch for withdrawal until day 8."

    Instead:
    Name each medicine and say what is decided about it: "Diazepam and pregabalin continue; both sedate, so no
    co-sleeping; watch for withdrawal until day 8."
    """
    facts = context.facts
    for written in facts.conclusions:
        if context.facts.is_placeholder(written.text, context.settings):
            continue
        found = mentions(written.text)
        said = _said(found)
        text_words = "".join(words(normalise(written.text)))
        named = []
        for mid in written.medicine_ids:
            classification = facts.needing.get(mid)
            if classification is None:
                continue
            if _names_medicine(facts, mid, classification, said, text_words, written.text):
                named.append(mid)
            else:
                yield Problem(
                    f"{written.subject} does not name {facts.medicine_label(mid)}, which it covers",
                    written.path,
                )
        if named:
            for mid, headed in _named_only_to_set_aside(facts, written.text, named, context.settings):
                how = (
                    "only as the heading of what it says of another medicine"
                    if headed
                    else "only to defer or dismiss it"
                )
                yield Problem(
                    f"{written.subject} names {facts.medicine_label(mid)} {how}: say what is decided about it",
                    written.path,
                )


_HEADING_END = re.compile(r":(?=\s)")
"""Where a part's heading ends ("Methadone review: ...")."""


def _heading_over_another(facts: RecordFacts, part: str, own: list[str], others: list[str]) -> str | None:
    """The heading of a part ("Methadone review: her sertraline should carry on ...") whose body after it names
    none of the conclusion's own medicines and names another of the record's in its first clause, as the thing
    it decides on: the body speaks of that one, so only the heading is this conclusion's. None otherwise ("Unlike
    her paracetamol, quetiapine ...", "Valproate: no sudden stop, ..., folic acid 5 mg")."""
    found = _HEADING_END.search(part)
    if found is None:
        return None
    body = part[found.end() :]
    first = body.split(",", 1)[0]

    def names(ids: list[str], text: str) -> bool:
        said, text_words = _said(mentions(text)), "".join(words(text))
        return any(_names_medicine(facts, i, facts.classifications[i], said, text_words, text) for i in ids)

    return part[: found.start()] if names(others, first) and not names(own, body) else None


_HEADING_WORDS = 6
"""The most words a heading naming several medicines has ("Methadone and sertraline: ..."); a longer one is a
sentence of its own that may decide them ("Methadone and sertraline both sedate her at night: ...")."""


def _heading_over_some(
    facts: RecordFacts, part: str, own: list[str], settings: GateSettings
) -> tuple[str, frozenset[str]] | None:
    """A part whose short heading names several of the conclusion's own medicines, deciding nothing itself, and
    whose body after it names some of them but not all, with no word for them all ("Methadone and sertraline:
    methadone 60 mg continues ..."): the body decides only the medicines it names, so the others are named only in
    the heading. The body and those others, or None ("Methadone and sertraline: both continue ...", a body that
    names none of them in its first clause and so speaks of all first, "...: continue, diazepam taper from ...",
    "Methadone and sertraline continue unchanged: ...", a heading that decides)."""
    found = _HEADING_END.search(part)
    if found is None or len(words(part[: found.start()])) > _HEADING_WORDS:
        return None
    heading, body = part[: found.start()], part[found.end() :]
    if not settings.lexicon.joint_words.isdisjoint(words(body)) or facts.analysis(heading, settings).claims:
        return None

    def named(text: str) -> frozenset[str]:
        said, text_words = _said(mentions(text)), "".join(words(text))
        return frozenset(i for i in own if _names_medicine(facts, i, facts.needing[i], said, text_words, text))

    in_heading = named(heading)
    if len(in_heading) < 2:
        return None
    in_body = named(body)
    # The body's first clause opens on one of them ("...: continue, diazepam taper from ..." speaks of all first).
    opens_on = named(re.split(r"[,;]", body, maxsplit=1)[0])
    return (body, in_heading - in_body) if opens_on and in_heading - in_body else None


@functools.lru_cache(maxsize=8)
def _within_text(pointers: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for the settings' pointers within a conclusion ("as above", "as for"), compiled once."""
    if not pointers:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in pointers) + r")(?!\w)")


def _named_only_to_set_aside(
    facts: RecordFacts, text: str, medicine_ids: list[str], settings: GateSettings
) -> list[tuple[str, bool]]:
    """Of the medicines a conclusion covering several names, those it names only in parts that defer, dismiss
    or report and state nothing of what follows (:attr:`Analysis.claims`): "Methadone: <a plan>. Sertraline:
    see the psychiatry letter." A part that names no medicine continues the one before it, and before any is
    named speaks of them all, as does one that says "both" or "each"; a part that names only another of the
    record's medicines speaks of that one, and so does the body of a part whose heading alone names one of these
    (see :func:`_heading_over_another`: each such medicine comes with True); a part that points within the
    conclusion ("as above", "as for methadone") leans on what it says elsewhere."""
    normal = normalise(text)
    lexicon = settings.lexicon
    within = _within_text(lexicon.within_text_pointers)
    subject = frozenset(medicine_ids)
    others = [m.id for m in facts.record.medicines if m.id not in subject]
    decided: set[str] = set()
    set_aside: set[str] = set()
    headed: set[str] = set()
    asked: frozenset[str] = frozenset()
    question = ""
    start = 0
    prior: frozenset[str] | None = None  # what was spoken of before an item that only defers, while it is the last
    options: dict[str, tuple[frozenset[str], str]] = {}  # each labelled option: what it names, what it says
    for end in [m.end() for m in SENTENCE_END.finditer(normal)] + [len(normal)]:
        mid_list = normal[:start].rstrip().endswith(";")  # an item after another, not one opening a sentence
        part, start = normal[start:end], end
        if not any(c.isalnum() for c in part):
            continue
        after_aside, prior = prior, None
        answered, asked, asking = asked, frozenset(), question
        question = ""
        heading = (
            None
            if within is not None and within.search(part)
            else _heading_over_another(facts, part, medicine_ids, others)
        )
        part = part if heading is None else heading
        split = _heading_over_some(facts, part, medicine_ids, settings) if heading is None else None
        if split is not None:
            # "Methadone and sertraline: methadone continues ...": the body decides only what it names.
            part = split[0]
            headed.update(split[1])
        part_said, said_words = _said(mentions(part)), words(part)
        part_words = "".join(said_words)
        naming = frozenset(
            mid for mid in medicine_ids if _names_medicine(facts, mid, facts.needing[mid], part_said, part_words, part)
        )
        judged = part
        if part.rstrip().endswith("?"):
            asked, question = naming, part
        elif answered and not _opens_on_another(facts, part, others, settings):
            # The answer right after a marked question decides what the question named ("Do we stop valproate
            # now? No: it continues ...", "Do diazepam and pregabalin continue? For now, yes, ..."); a bare yes
            # says it in the question's own words ("Continue sertraline? Yes, 100 mg.").
            naming |= answered
            if said_words and said_words[0] in _BARE_ANSWERS:
                judged = asking.rstrip().rstrip("?") + ". " + part
        opening = _OPTION_OPENS.match(part)
        if opening is not None:
            if ":" in opening[0]:
                options = {}  # a list under its own heading
            options[opening[1]] = (naming, part[opening.end() :])
        elif options and heading is None:
            picked = _options_chosen(part, options, lexicon.option_choices)
            if picked:
                # "Selected: (i).", "Plan: (b).": choosing one of the options decides what they were options
                # for, every medicine they name ("(a) taper diazepam now; (b) taper after 6 weeks").
                naming |= frozenset(m for named, _ in options.values() for m in named)
                judged = ". ".join([*(options[label][1] for label in picked), judged])
        bracketed = _named_in_brackets(facts, part, naming) if heading is None else frozenset()
        if bracketed:
            # "Methadone (and sertraline) continue": the part decides the one it names outside the bracket. The
            # bracketed one is decided there only if no part of its own says otherwise (it is never set aside
            # here), so its own part, if it only points elsewhere, stands as its conclusion.
            naming -= bracketed
        passing = _named_in_passing(facts, part, naming, others) if heading is None else {}
        if passing and set(passing) < naming:
            # Named in passing beside another medicine this conclusion covers ("Methadone continues, alongside
            # sertraline"): the part speaks of the other one.
            (headed if "aside" in passing.values() else set_aside).update(passing)
            naming -= set(passing)
        if (
            not lexicon.joint_words.isdisjoint(said_words)
            and not (naming and set(passing) == naming)
            and len(naming) < 2
        ):
            # "Both continue", "all of them sedate": every medicine the conclusion covers. Where the part itself
            # lists two or more ("Methadone, sertraline and pregabalin continue, and together they sedate her"),
            # the joint word speaks of those it lists, not of one it leaves out. "Both" in a remark on a list ("are
            # both on her list") decides none.
            naming = frozenset(medicine_ids)
        elif naming and set(passing) == naming:
            # Named only in passing ("Alongside methadone, sertraline continues", "Valproate is also on her
            # list."): the part states nothing of it; what follows a remark may still go on to.
            aside = "aside" in passing.values()
            (headed if aside else set_aside).update(naming)
            subject = frozenset() if aside else naming
            continue
        elif not naming and any(
            _names_medicine(facts, oid, facts.classifications[oid], part_said, part_words, part) for oid in others
        ):
            # A part about another of her medicines ("Paracetamol is safe in breastfeeding") decides nothing of
            # the ones this conclusion covers.
            subject = frozenset()
            continue
        if not naming and after_aside is not None and not (said_words and said_words[0] in lexicon.back_references):
            # An item of a list ("...; for sertraline, see the psychiatrist's letter; no co-sleeping ...") after
            # one that only defers continues what came before that one, not the medicine deferred.
            subject = after_aside - subject or subject
        was = subject
        subject = naming or subject
        if subject <= decided:
            continue  # every medicine this part speaks of is already decided: nothing it says changes that
        analysis = facts.analysis(judged, settings)
        says = (
            (
                not analysis.placeholder
                and not analysis.reports_only
                and analysis.claims
                and bool(analysis.content - lexicon.general_topic_words - analysis.unknown)
            )
            or (within is not None and within.search(part) is not None)
            or _moves_dose(judged, lexicon)
        )
        (decided if says else set_aside if heading is None else headed).update(subject)
        if not says and analysis.defers_or_dismisses and heading is None and naming and mid_list and part.endswith(";"):
            prior = was
        elif (
            not says
            and not analysis.content
            and heading is None
            and naming
            and not part.rstrip().endswith(";")
            and _acknowledges(part, lexicon)
        ):
            # A sentence that only acknowledges its medicine ("Midazolam is noted.", "Diazepam: noted."), with no
            # word of content beside the name, leaves it: what follows goes on with what came before it. A bare
            # name ("Sertraline." or "Sertraline;") heads what follows, and so does an acknowledgement a semicolon
            # joins to the next item ("Sertraline noted; continue 100 mg"): the list goes on with it.
            prior = was
        if heading is not None:
            subject = frozenset()  # what follows continues the other medicine the body spoke of
    return [(mid, mid not in set_aside) for mid in medicine_ids if mid in set_aside | headed and mid not in decided]


def _acknowledges(part: str, lexicon: Lexicon) -> bool:
    """Whether ``part`` holds a participle that only writes it down ("noted", "logged": ``[deferral.recorded]``
    participles in mappings/hollow-phrases.toml)."""
    said = f" {' '.join(words(part))} "
    return any(f" {p} " in said for p in lexicon.recorded_participles)


def _moves_dose(part: str, lexicon: Lexicon) -> bool:
    """Whether ``part`` moves its medicine to a dose: one of ``Lexicon.dose_moves`` right before an amount ("down to
    50 mg", "now on 25 mg"), not after one of ``Lexicon.dose_moves_past`` ("was down to 50 mg" reports)."""
    if not lexicon.dose_moves or not any(c.isdigit() for c in part):
        return False
    moves = _dose_moves(lexicon.dose_moves)
    return any((part[: m.start()].split() or [""])[-1] not in lexicon.dose_moves_past for m in moves.finditer(part))


@functools.lru_cache(maxsize=4)
def _dose_moves(moves: tuple[str, ...]) -> re.Pattern[str]:
    """``moves`` right before an amount, as one pattern compiled once."""
    alternation = "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in sorted(moves, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})\s+{_MOVED_AMOUNT}")


_MOVED_AMOUNT = r"\d+(?:\.\d+)?\s*(?:mg|mcg|micrograms?|milligrams?|ml|g|tablets?|capsules?)(?![\w-])"
"""A number and its unit: an amount of a medicine."""


_OPTION_OPENS = re.compile(r"\s*(?:[^\W\d_][^:;\n]{0,60}:\s*)?\(?\s*([a-h]|[ivx]{1,4}|\d{1,2})\s*\)\s")
"""A part opening an option labelled in brackets, after the list's heading or not ("options: (a) continue ...;",
"(ii) reduce ...", "b) stop ..."): what a later part that chooses its label decides (:func:`_options_chosen`)."""
_OPTION_REFUSED = re.compile(r"\b(?:not|no|neither|nor|rejected|declined|against|instead\s+of|rather\s+than)\b")
"""A word that refuses, rather than chooses, an option a part names by its label ("not (a)", "(b) was declined")."""


@functools.lru_cache(maxsize=8)
def _choosing(choices: tuple[str, ...]) -> re.Pattern[str]:
    """The words that choose an option (mappings/hollow-phrases.toml ``[claim] options_chosen``), or a heading
    whose answer is the option's label alone ("plan: (b).", "decision = (i)"), as one pattern compiled once."""
    words_ = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in sorted(choices, key=len, reverse=True))
    heading = r"^\s*[^\W\d_][^\W\d_ ]*(?:\s+[^\W\d_]+){0,2}\s*[:=]\s*\(\s*\w+\s*\)\W*$"
    return re.compile(heading + (rf"|\b(?:{words_})\b" if words_ else ""))


def _options_chosen(part: str, options: dict[str, tuple[frozenset[str], str]], choices: tuple[str, ...]) -> list[str]:
    """The labels of ``options`` listed before that ``part`` chooses: it names them in brackets ("(b)") and
    chooses ("selected", "chose", or a heading answered by the label alone: "Plan: (b).") without refusing."""
    if "(" not in part or _OPTION_REFUSED.search(part) is not None or _choosing(choices).search(part) is None:
        return []
    return [label for label in dict.fromkeys(_LABEL_NAMED.findall(part)) if label in options]


_LABEL_NAMED = re.compile(r"\(\s*([a-h]|[ivx]{1,4}|\d{1,2})\s*\)")
_ANSWER_CLAUSE_END = re.compile(r"(?<!\d)[,;:!?](?!\d)|\.(?=\s|$)")
"""Where a clause of a part ends, for its first clause past a bare answer (:func:`_opens_on_another`): a comma,
semicolon, colon or mark not inside a number ("2.5 mg", "1,000"), or a full stop before a space or the end. (A
narrower "[,;:]" was once bound here under a shared name, but the later binding of that name was the one read.)"""
_BARE_ANSWERS = frozenset({"yes"})
"""The first word of an answer that affirms what the question before it asked, in the question's words
("Continue sertraline? Yes, 100 mg."). Not "no": a denial of a question ("Is sertraline a worry? No.") dismisses
as "no concerns" does, and decides nothing unless the answer says what instead."""


def _opens_on_another(facts: RecordFacts, part: str, others: list[str], settings: GateSettings) -> bool:
    """Whether the first clause of ``part`` that is more than a bare answer ("No", "Yes") names another of the
    record's medicines ("No, folic acid continues"): the part speaks of that one."""
    for clause in _ANSWER_CLAUSE_END.split(part):
        if any(c.isalnum() for c in clause) and not facts.is_placeholder(clause, settings):
            said, text_words = _said(mentions(clause)), "".join(words(clause))
            return any(_names_medicine(facts, o, facts.classifications[o], said, text_words, clause) for o in others)
    return False


def _named_in_brackets(facts: RecordFacts, part: str, naming: frozenset[str]) -> frozenset[str]:
    """Of the medicines ``naming`` that a part names, those it names only in a bracket that adds them to what it
    says of another it names outside one (:func:`in_bracket_aside`: "Methadone (and sertraline) continue")."""
    if "(" not in part and "[" not in part:  # cheap: no bracket, no such aside
        return frozenset()
    found, text = mentions(part), normalise(part)
    bracketed: set[str] = set()
    for mid in naming:
        own = _of_concern(facts.needing[mid].ingredients)
        theirs = [m for m in found if _of_concern(m.entry.ingredients) & own]
        if theirs and all(in_bracket_aside(text, m) for m in theirs):
            bracketed.add(mid)
    return frozenset(bracketed) if bracketed < naming else frozenset()


def _named_in_passing(facts: RecordFacts, part: str, naming: frozenset[str], others: list[str]) -> dict[str, str]:
    """Of the medicines ``naming`` that a part names, those it names only in passing (:func:`in_passing`), each
    with how: every mention of it a remark, or an aside or remark while the part names another of the record's
    medicines outside them, of which it speaks (one this conclusion covers too: "Methadone continues, alongside
    sertraline"). A medicine named by the stem of its listed name alone, with no mention found, is not among
    them."""
    found, text = mentions(part), normalise(part)
    passing: dict[str, str] = {}
    for mid in naming:
        own = _of_concern(facts.needing[mid].ingredients)
        hows = {in_passing(text, m) for m in found if _of_concern(m.entry.ingredients) & own}
        if hows and None not in hows:
            passing[mid] = "aside" if "aside" in hows else "remark"
    if "aside" in passing.values():
        rest = [m for m in found if in_passing(text, m) is None]
        said = _said(tuple(rest))
        spoken = [*others, *(mid for mid in naming if mid not in passing)]
        if not any(
            facts.classifications[o].ingredients and _of_concern(facts.classifications[o].ingredients) & said
            for o in spoken
        ):
            passing = {mid: how for mid, how in passing.items() if how == "remark"}
    return passing


def _listed(facts: RecordFacts) -> tuple[frozenset[str], frozenset[str]]:
    """What the record's medicine list holds: ingredients of concern recognised by name, and the classes of
    medicines listed only by code (their names not recognised)."""
    ingredients: set[str] = set()
    classes: set[str] = set()
    for found in facts.classifications.values():
        if found.ingredients:
            ingredients |= _of_concern(found.ingredients) | set(found.ingredients)
        else:
            classes |= {c.id for c in found.classes}
    return frozenset(ingredients), frozenset(classes)


def _listed_by_owner(facts: RecordFacts) -> dict[str, frozenset[str]]:
    """The ingredients of concern listed as the mother's, and as the partner's."""
    owned: dict[str, set[str]] = {"mother": set(), "partner": set()}
    for medicine in facts.record.medicines:
        found = facts.classifications.get(medicine.id)
        if found is not None and found.ingredients:
            owned["partner" if medicine.taken_by == "partner" else "mother"] |= _of_concern(found.ingredients)
    return {owner: frozenset(ingredients) for owner, ingredients in owned.items()}


_EXPOSURE = re.compile(
    r"(?:\s+(?:and|or|,)?\s*[^\W\d_]+){0,4}?\s+(?:exposure|exposed|in the womb|in utero)\b|\s+(?:exposure|exposed)\b"
)
"""A medicine named as someone's exposure ("his diazepam and pregabalin exposure in the womb"): the baby's, not a
parent's medicine."""


def _owned_by_the_other(
    written: WrittenConclusion,
    owned: dict[str, frozenset[str]],
    women: Phrases | None = None,
    record: Record | None = None,
) -> Iterator[tuple[Mention, str]]:
    """Medicines of concern the conclusion names as one parent's ("she takes quetiapine", "his methadone") that
    the list gives only to the other, exactly or by a near misspelling read as in :func:`_unlisted`; where the
    partner is a woman, ``women`` holds the words for her ("the baby's other mother takes"), and "her" after her
    in the ``record``'s words, named last in its sentence, is hers ("Sian takes her quetiapine")."""
    normalised = normalise(written.text)
    # Near misspellings as for an unlisted medicine ("she also takes Quetiapene"): words wordfreq does not know.
    found = mentions(written.text)
    for mention in found:
        if mention.fuzzy and not _unknown_word(normalised[mention.start : mention.end]):
            continue
        concern = _of_concern(mention.entry.ingredients) if mention.entry.of_concern else frozenset()
        owner = (whose(normalised, mention, women) or whose_after(normalised, mention)) if concern else None
        if owner in (None, "baby") or concern & owned[owner] or _EXPOSURE.match(normalised, mention.end):
            continue
        other = "partner" if owner == "mother" else "mother"
        hers = before_her(normalised, mention) if owner == "mother" and record is not None else None
        if hers is not None and record is not None and named_last(hers, record):
            continue  # "Sian takes her quetiapine": the woman partner's own
        if not concern & owned[other] or advised_against(normalised, mention, found):
            continue
        if not named_untaken(normalised, mention, found):
            yield mention, owner


_AMOUNT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(mg|g|mcg|micrograms?|milligrams?|ml)(?!\w)")
"""An amount of a dose ("60 mg", "60mg", "2.5 ml")."""
_BABY_CLAUSE_END = re.compile(r"(?<!\d)[,;:!?](?!\d)|\.(?=\s|$)")
"""Where the clause naming the baby's medicine ends: the dose is looked for up to there, or the next name."""


def _given_to_the_baby(written: WrittenConclusion, facts: RecordFacts) -> Iterator[tuple[Mention, str]]:
    """Medicines of concern the conclusion names as the baby's ("the baby's methadone") at a dose the medicine
    list gives a parent, in the rest of the name's clause before any other name: the parent's medicine and dose
    given to the baby ("the baby's methadone withdrawal is scored while her methadone 60 mg continues" is not).
    Each comes with whose the listed medicine is."""
    normalised = normalise(written.text)
    found = mentions(written.text, fuzzy=False)
    for mention in found:
        concern = _of_concern(mention.entry.ingredients) if mention.entry.of_concern else frozenset()
        if not concern or not for_the_baby(normalised, mention) or _EXPOSURE.match(normalised, mention.end):
            continue
        end = _BABY_CLAUSE_END.search(normalised, mention.end)
        end_at = min([end.start() if end else len(normalised)] + [m.start for m in found if m.start >= mention.end])
        said = set(_AMOUNT.findall(normalised, mention.end, end_at))
        for medicine in facts.record.medicines:
            listed = facts.classifications.get(medicine.id)
            if listed is None or not concern & _of_concern(listed.ingredients) or not medicine.dose:
                continue
            if said & set(_AMOUNT.findall(normalise(medicine.dose))):
                yield mention, "partner" if medicine.taken_by == "partner" else "mother"
                break


def _unlisted(written: WrittenConclusion, listed: tuple[frozenset[str], frozenset[str]]) -> Iterator[Mention]:
    ingredients, classes = listed
    normalised = normalise(written.text)
    # Exact names, and near misspellings only of words wordfreq does not know at all, of at least
    # `unlisted_slip_min_length` letters (mappings/names.toml [fuzzy]): a word that merely resembles an unlisted
    # medicine must not refuse a record.
    found = mentions(written.text) + _owned_everyday_brands(normalised)
    found += name_index().sounded(normalised, found)  # "her Phortral for back pain": Fortral spelt by sound
    for mention in found:
        entry = mention.entry
        if mention.fuzzy and not _unknown_word(normalised[mention.start : mention.end]):
            continue
        if not entry.of_concern or _of_concern(entry.ingredients) & ingredients or set(entry.classes) & classes:
            continue
        if a_name_not_a_medicine(normalised, mention) and not _DOSED.match(normalised, mention.end):
            continue  # "her interpreter, Olena", "Dr Turgeon", "the Tarka Trail": a person or a place
        if advised_against(normalised, mention, found) or the_babys_own(normalised, mention):
            continue
        if not named_untaken(normalised, mention, found):  # the baby's treatment not given, advice, alternatives
            yield mention


_DOSED = re.compile(r" ?[0-9]+(?:\.[0-9]+)? ?(?:mg|mcg|micrograms?|milligrams?|g|ml)\b")
"""A strength right after a name ("Sonata 10 mg", "Xanax 0.5mg")."""


def _everyday_brand(entry: NameEntry) -> bool:
    """A one-word brand of concern that is also an English word, of ``name_min_length`` letters or more."""
    least = name_index().fuzzy.name_min_length or 0
    return (
        entry.everyday
        and entry.of_concern
        and entry.kind == "brand"
        and " " not in entry.name
        and len(entry.name) >= least
    )


@functools.cache
def _everyday_brand_keys() -> frozenset[str]:
    """The lookup forms of :func:`_everyday_brand` names (a few): what a text must hold to name one."""
    return name_index().keys_of(_everyday_brand)


def _owned_everyday_brands(normalised: str) -> tuple[Mention, ...]:
    """One-word brands of concern that are also English words ("Sonata", zaleplon), which free text does not
    look for, where the text makes them a medicine: hers or his by the words before ("her Sonata", "she takes
    Sonata") or dosed ("Sonata 10 mg"). Only brands of ``name_min_length`` letters or more: a short family name
    is an abbreviation too ("her MST worker", multisystemic therapy). Case is not read: it is one of the
    disguises."""
    keys, compacted = _everyday_brand_keys(), compact(normalised)
    if not any(key in compacted for key in keys):
        return ()  # none of them named, as most texts name none: the whole search told at once
    return tuple(
        m
        for m in name_index().find(normalised, fuzzy=False, everyday=True)
        if _everyday_brand(m.entry)
        and (whose(normalised, m) is not None or _DOSED.match(normalised, m.end) is not None)
    )


def _unknown_word(word: str) -> bool:
    """A word of free text long enough, and unknown enough to wordfreq, for its near misspelling of a medicine to
    be read there as naming that medicine (``FuzzySettings.unlisted_slip_min_length``)."""
    least = name_index().fuzzy.unlisted_slip_min_length
    return least is not None and len(compact(word)) >= least and zipf(word) == 0


@rule(
    "MA120",
    "conclusion-names-unlisted-medicine",
    "error",
    "A conclusion names a medicine of concern that the medicine list does not include.",
)
def conclusion_names_unlisted_medicine(record: Record, context: GateContext) -> Iterator[Problem]:
    """
    What it checks:
    Every medicine of concern a conclusion names as one she (or the partner) takes is in the record's medicine
    list, by ingredient, product or brand. A medicine the text advises against or contrasts is not: "avoid
    codeine-based painkillers", "do not start mirtazapine", "instead of valproate", "switched from sertraline to
    fluoxetine" (sertraline only), "sertraline was stopped", "she must not restart Epanutin", also past the words
    of its own phrase ("the Recivit tablets on her old hospital list were stopped", "the patch she was offered was
    never started", but not "the capsules help now the pain has stopped"), nor an option
    weighed ("switching to lamotrigine was considered and is for the neurologist to weigh", "was discussed but
    ruled out", "was discussed but is for the neurologist to weigh", "is to be considered by neurology"; not "was
    discussed and started", nor "was considered safe"), nor an option one person raised that a later sentence
    sets aside ("the obstetrician suggested quetiapine. We have adopted the psychiatrist's view", "... the switch
    will not happen"; not where that sentence adopts the raiser's own view or names the medicine again), also
    past an aside between commas
    ("topiramate, often suggested for her seizures, is ruled out", but not "..., as her GP advised, the rest was
    ruled out"), nor one listed under a heading of medicines not taken, up to the next heading or the sentence
    end, with its dose and aside ("Stopped: co-codamol 30/500, which she bought", "Withheld:", "Not started:",
    "Previous medicines:", "Alternatives considered:", "Options weighed:", "Ward-only medicines, now stopped:"; not
    "Current medicines:", "Started:", "Stopped: nothing; she still takes co-codamol", nor one a later sentence says
    she restarted), nor one given and then stopped ("was given on the ward and was stopped on day 2"), nor one whose
    start
    is planned for later on a condition or as the bound of another's use ("until a lamotrigine cross-taper is
    started next month", "will be added if the pain returns"; not "valproate is to be added as a second mood
    stabiliser", a medicine to be given with no condition), nor one she is said not to
    use ("no on-top use of street diazepam", "denies pregabalin", "but no codeine", "denies taking any zopiclone
    now", "was previously prescribed venlafaxine", "has not had any zopiclone since 2023", "is not on oxycodone
    now", "off hydroxyzine since March", "zopiclone is no longer prescribed", "hydroxyzine - nil since Jan", a
    question or an ask answered no: "Zopiclone? Not for a year.", "asked about pregabalin and codeine: none
    taken"; not "not on pregabalin until the spring", "not since this morning's dose", "does not take it with
    alcohol"), nor another person's ("her sister, who lives with her, is on a methadone programme", "her friend's
    pregabalin", "Chloe's eldest son, 19, takes diazepam", also "from his own GP", "the foster carer's husband
    takes zopiclone", or "her husband" where a carer is the one named last before it: "Sandra, the foster carer,
    does the nights; her husband takes zopiclone"; not "her sister's diazepam, which she now shares", "her husband
    takes zopiclone", "her son's diazepam withdrawal", "her son's diazepam from his mum"), nor one for the baby
    ("phenobarbital for the baby", "the baby may need oral morphine"), nor one a child born before this baby
    needed, was given or received ("her first baby, born in 2022, needed morphine"; not "her eldest was
    unsettled, and she was given diazepam"). A medicine named as one parent's ("she
    takes quetiapine", "her quetiapine", "his methadone", "the father's diazepam", or by a relative clause right
    after its name: "the methadone, which is her boyfriend's prescription"), exactly or by a near misspelling
    read as below ("she also takes Quetiapene"), is in the list as that parent's: the list giving it
    only to the other is refused. Where the partner's relationship says she is a woman, a mother's word that ends
    a word for her in mappings/partner.toml ("the baby's other mother takes", "the non-birth mother's") is the
    partner's, and so is "her" before it where the partner is the one named last before that in its sentence (by
    her own name, a word for her or "the partner": "Sian takes her quetiapine"). A medicine named as the baby's
    ("the baby's methadone") at a dose the list gives a parent, in the rest of its clause ("continues at 60 mg once
    daily"), is that parent's medicine and dose given to the baby, and is refused; the baby's own treatment
    ("the baby's oral morphine, 40 micrograms/kg") and the baby's exposure are not. The baby is the receiver in
    any tense, active or passive ("the baby will be given methadone 60 mg"), and a medicine the neonatal team
    gives is the baby's, told before it or after it ("given oral morphine by the neonatal team"). The baby's own
    treatment ("the baby's own oral morphine", "the neonatal team treats with morphine") need not be on the list; a
    medicine named as the baby's withdrawal, level or exposure ("the baby's diazepam withdrawal") is a parent's
    reaching the baby, and must be. Nor need a treatment the baby never had ("settled without morphine", "oral
    morphine was not required"; not "she cannot sleep without diazepam"), a medicine advised against after its
    name or in other words ("codeine is best avoided", "steer clear of tramadol"), nor an alternative named for
    someone to weigh ("levetiracetam is the likely alternative neurology will look at"; not "the alternative she
    started", "her pregabalin is the alternative"). The cue phrases are data in
    mappings/names.toml ([mentions]); exact names count here, and a near misspelling ("her zopiclon at night")
    only of a word wordfreq does not know at all, of at least `unlisted_slip_min_length` letters (names.toml
    [fuzzy]), never a rare English word ("carafe" is not Carace), and a word spelt exactly as a name of concern
    sounds, read as in the medicine list ("the Morfine he takes"). A one-word brand that is also an English word
    ("Sonata", zaleplon; "Xanax") counts only where it is hers or his, or dosed ("her Sonata at night", "she takes
    Sonata", "Sonata 10 mg"): "a piano sonata" names no medicine. A one-word brand right after a title or a
    person's role ("Dr Turgeon", "her interpreter, Olena"), or after a given name there ("her midwife, Anna
    Zacco"; names.toml `given_names`), or before a surname and a role ("Lyrica Mensah, her community midwife,",
    "Amias Hart (pharmacist)"), or right before a place noun ("the Tarka Trail") is a person's or a place's name,
    unless a strength follows it (names.toml [proper_names]).

    Nor does a conclusion name as hers to take or buy a remedy bought without a prescription that interacts with a
    medicine on the list, where the list does not hold the remedy ("she may buy St John's wort to take with
    citalopram": the BNF and MHRA warn of serotonin syndrome with SSRIs and lower levels of methadone and
    anticonvulsants); advice against it ("she should not buy St John's wort, which interacts with citalopram",
    "St John's wort was stopped"), a sentence warning of it ("it interacts with sertraline, so she will not take
    it", "not safe with"; not one that still lets her take it, "she may take it, though it interacts"), another
    person's and the baby's are read as above. The remedies, what each interacts with and the warning words are data
    (mappings/interacting-remedies.toml, with their sources).

    Why it matters:
    The record cannot demand an assessment of a medicine it does not list: the gate asks for assessments, codes,
    safe sleep and withdrawal plans from the medicine list. A conclusion that relies on methadone the list
    omits shares a record in which that medicine was never assessed, and the receiving systems never learn she
    takes it.

    Example:
    The medicine list holds sertraline only; the overall conclusion says "Continue methadone 60 mg and
    sertraline; no co-sleeping."

    Instead:
    Add the medicine to the list (with its dm+d code) and assess it, or, if she does not take it, say so in the
    conclusion ("methadone was stopped in 2023").
    """
    facts = context.facts
    listed = _listed(facts)
    owned = _listed_by_owner(facts)
    women = words_for_a_woman(record.partner.relationship if record.partner is not None else None)
    catalogue = medicine_classes()
    ingredients = {i for m in record.medicines for i in facts.classifications[m.id].ingredients}
    names = [m.name for m in record.medicines]
    for written in facts.conclusions:
        if context.facts.is_placeholder(written.text, context.settings):
            continue
        reported: set[str] = set()
        for mention in _unlisted(written, listed):
            labels = ", ".join(catalogue.classes[c].label for c in mention.entry.classes)
            if labels in reported:
                continue
            reported.add(labels)
            yield Problem(
                f"{written.subject} names a medicine of concern ({labels}) that the record's "
                "medicine list does not include",
                written.path,
            )
        for mention, owner in _owned_by_the_other(written, owned, women, record):
            labels = ", ".join(catalogue.classes[c].label for c in mention.entry.classes)
            if owner + labels in reported:
                continue
            reported.add(owner + labels)
            other = "partner" if owner == "mother" else "mother"
            yield Problem(
                f"{written.subject} names a medicine of concern ({labels}) as the {owner}'s that the record's medicine "
                f"list gives only to the {other}",
                written.path,
            )
        for mention, owner in _given_to_the_baby(written, facts):
            labels = ", ".join(catalogue.classes[c].label for c in mention.entry.classes)
            if "baby" + labels in reported:
                continue
            reported.add("baby" + labels)
            yield Problem(
                f"{written.subject} names a medicine of concern ({labels}) as the baby's, at the dose the record's "
                f"medicine list gives the {owner} (expected the {owner}'s medicine named as the {owner}'s)",
                written.path,
            )
        for remedy, ingredient in advised_interactions(written.text, ingredients, names):
            at = next(
                i for i, m in enumerate(record.medicines) if ingredient in facts.classifications[m.id].ingredients
            )
            yield Problem(
                f"{written.subject} names {remedy} as hers to take, which interacts with the medicine at "
                f"$.medicines[{at}] and is not on the record's medicine list (expected it advised against, or listed "
                "and assessed)",
                written.path,
            )
