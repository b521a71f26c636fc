"""Every concern answered: for each assessment, whether each concern its medicines raise (neonatal withdrawal,
sedation and safe sleep, breastfeeding, teratogenicity, relapse if stopped) is answered, dismissed, or does not
apply. What answers each concern is data, in ``mappings/concerns.toml``; rules MA122 and MA123 report the
findings, and the softer prompts MA110 to MA112 stay quiet where these already report.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..core.exceptions import TemplateError
from ..core.resources import mapping_table
from ..record.model import Assessment, Pregnancy, Record
from ..record.template import _check_path, get_template, value_at
from . import memo
from .classes import classify, medicine_classes
from .doses import dose_words, taken_every_day
from .english import zipf
from .facts import EXPOSURE_CONCERNS, blank
from .holders import given_to_the_gone, plans_held_by_gone, without_gone_holders
from .names import Mention, mentions
from .narrowed import without_narrowed
from .negations import adult_company_after, with_sleep_sharing_resolved, without_stacked
from .night_care import Phrase, medicated_subjects, nights_kept_on_untaken_nights, nights_to_the_medicated
from .partner import names_a_man
from .phrases import alternation
from .settings import GateSettings, shipped_settings
from .substance import (
    attends_only,
    fallback_after,
    hedges_only,
    restates,
    says_only_in_general,
    supposes_only,
    told_unreplaced,
    unreplaced_end,
    unreplaced_in,
    watches_only_unowned,
    withdrawn,
    without_bare_cells,
    without_unreplaced,
)
from .text import blanked, normalise
from .unheld import without_readers, without_unheld
from .wording import SENTENCE_END, Phrases, tokens, with_meanings, words_of_normalised

if TYPE_CHECKING:
    from .facts import RecordFacts, RequiredAssessment, WrittenConclusion


@dataclass(frozen=True, slots=True)
class Condition:
    """A record-level fact: the value at ``path`` in the record equals ``equals`` (for the medicines of ``whose``)."""

    path: str
    equals: Any
    whose: frozenset[str]

    def holds(self, record: Record) -> bool:
        return bool(value_at(record, self.path) == self.equals)


@dataclass(frozen=True, slots=True)
class ConcernSpec:
    """What answers one concern (see mappings/concerns.toml for each field's meaning)."""

    id: str
    items: tuple[str, ...]
    addressed_in: tuple[str, ...]
    report_at: str
    terms: Phrases
    answered_by: tuple[Condition, ...]
    moot_when: tuple[Condition, ...]
    stages: frozenset[str]
    moot_days_after_delivery: int | None
    current_only: bool
    strict_dismissal: bool
    shared_plan: bool
    items_only_for: frozenset[str]
    womb_only: bool
    not_known_in: tuple[str, ...] = ()
    shared_plan_named_in: tuple[str, ...] = ()
    """Where an assessment must itself speak of the concern (read generously, as a conclusion is for its own
    medicines' concerns) for another assessment's plan to serve it."""
    results_in: tuple[str, ...] = ()
    """Fields whose text answers the concern only where one sentence uses a term and reports a result."""
    result_terms: Phrases | None = None
    result_checks: Phrases | None = None
    """Checks that report on the baby beside a result only where their sentence dates them by gestation ("echo at
    20/40 normal") and holds none of ``result_checks_hers`` ("maternal echo normal")."""
    result_checks_hers: Phrases | None = None
    level_not_for: frozenset[str] = frozenset()
    """Classes of medicine whose plan for the pregnancy must be written: a stated level does not answer for them."""
    level_harms: Phrases | None = None
    """Harms whose stated level for this pregnancy (``level_terms``, or a rate) in ``results_in`` answers the
    concern, where no word of ``level_not`` stands outside the level's words (:func:`states_level`)."""
    level_terms: Phrases | None = None
    level_not: Phrases | None = None
    plan_denials: Phrases | None = None
    """Words that deny the harm or the need to act ("no particular risk", "no further action"): in a conclusion of
    a medicine of ``level_not_for``, a clause holding one speaks of no plan for the unborn baby (MA122)."""
    plan_denials_unless: Phrases | None = None
    """Words that keep a denial's clause: the act it leaves out is named ("no further action beyond the scan")."""
    pre_conception_terms: Phrases | None = None
    """Terms that answer the concern only in an assessment of advice given before this pregnancy began."""
    speaks_of: Phrases | None = None
    """Words that speak of the concern without answering it ("stopped"): enough for MA103, not for MA122."""
    item_terms: Phrases | None = None
    """What an item that alone answers the concern (``items_only_for``) must speak of, where narrower than
    ``terms``: where and with whom the baby sleeps and who cares for the baby at night, not how anyone sleeps."""
    item_sources: Phrases | None = None
    """Names of guidance or leaflets that hold an item term ("safe sleep guidance"): a source, not an answer, so
    their words do not count as ``item_terms``."""
    other_senses: Phrases | None = None
    """The concern's words in another sense ("milk of magnesia", "a bottle of water", "withdrawal of the offer"):
    an item's clause holding one speaks of something else (:func:`_in_another_sense`)."""
    stopped_now: tuple[Phrases, Phrases, Phrases] | None = None
    """Terms that, in a clause with a time of now and no negation, condition or later time (the three lists), say
    only that the medicine stops now, not what stopping risks ("she stops sertraline this week")."""
    whose: Whose | None = None
    """Terms that may speak of the mother's own withdrawal, and how a clause says whose it is."""
    conclusion_dismissal_apart: frozenset[str] | None = None
    """For the mother's medicines, a conclusion that dismisses a strict concern dismisses it as one for
    ``items_only_for`` does, unless the baby goes on discharge to one of these (a carer without her)."""
    elsewhere: Phrases | None = None
    """Words of other concerns and other subjects (where the baby sleeps in the feeding box, her levels or the
    medicine's dose in the baby's): an item using one and none of the concern's own words
    (``terms``, ``item_terms``, ``item_own``) answers something else (:func:`answers_another`)."""
    item_own: Phrases | None = None
    """Words that, in the concern's own item, speak of it besides its ``terms`` ("feeds", "compatible",
    "watch", "midwife")."""
    item_own_unless_hers: Phrases | None = None
    """Words that speak of the concern in its item ("watch", "checked", "fine") only in a clause that holds none of
    ``hers`` (the mother's own: "her serum levels checked" is her monitoring, not the baby's)."""
    hers: Phrases | None = None
    item_own_unless_dose: Phrases | None = None
    """Words that speak of the concern in its item ("stay": the baby's stay on the ward) only in a clause that holds
    none of ``doses_kept`` ("the dose stays the same" keeps the medicine as it is and watches no one)."""
    doses_kept: Phrases | None = None
    hazard: Phrases | None = None
    """Words of ``elsewhere`` that name the concern's own hazard ("drowsy"): said with a denial (``denials``) they
    give the reason the concern does not arise ("Not sedating at this dose.") and answer its item."""
    denials: Phrases | None = None
    in_conclusions: Phrases | None = None
    """Words that, in a conclusion, speak of the concern besides its ``terms`` (the baby's breathing and colour
    watched after birth): read only for a concern the conclusion's medicines raise (:func:`conclusions_off_concern`)."""
    plan: bool = False
    dismissal_headings: Phrases | None = None
    """Words of a heading that names the concern ("Neonatal withdrawal", "Risk of relapse"): before a colon and a
    dismissal in a conclusion, the concern is called not applicable (:func:`_heading_dismisses`)."""
    """Whether its items ask for a plan ([plan]): the risk alone, or watching with no one, no time, no place and
    no threshold, is no answer there."""


@dataclass(frozen=True, slots=True)
class Whose:
    """Whose a clause's terms speak of, where some may be the mother's own (mappings/concerns.toml, ``either_persons``):
    a clause whose only terms are those, with one of ``the_mothers`` and none of ``the_babys``, is hers."""

    babys_own_terms: Phrases
    either_persons: Phrases
    the_mothers: Phrases
    the_babys: Phrases

    def answers(self, clause: Sequence[str]) -> bool:
        return self.babys_own_terms.found_in(clause) or (
            self.either_persons.found_in(clause)
            and (not self.the_mothers.found_in(clause) or self.the_babys.found_in(clause))
        )

    def only_hers(self, clauses: Sequence[Sequence[str]]) -> bool:
        """Whether text cut into ``clauses`` speaks of the concern only as hers: some clause holds one of
        ``either_persons`` and one of ``the_mothers``, and no clause names the baby (``the_babys``) or holds a
        term only the baby's ("If she misses a dose she goes into withdrawal; her keyworker checks")."""
        hers = False
        for clause in clauses:
            if self.babys_own_terms.found_in(clause) or self.the_babys.found_in(clause):
                return False
            hers = hers or (self.either_persons.found_in(clause) and self.the_mothers.found_in(clause))
        return hers


@dataclass(frozen=True, slots=True)
class Dismissals:
    """What dismisses a concern instead of answering it."""

    phrases: Phrases
    filler: frozenset[str]
    min_reason_words: int
    in_conclusions: Phrases
    strict: Phrases
    """What dismisses a strict concern in its own item: ``phrases`` and ``in_conclusions`` together."""
    connectives: frozenset[str]
    heading_words: int
    bare_places: Phrases
    """Sleeping places a clause may only say are there (``place_held``): a dismissal's reason in a conclusion."""
    place_held: Phrases
    heading_dismissals: Phrases | None = None
    """What, right after a heading naming a concern and its colon, calls the concern not applicable."""
    dismissal_heading_words: int = 5


@dataclass(frozen=True, slots=True)
class Contradiction:
    """A coded answer that the assessment's own text must not contradict (rule MA127; the [[contradiction]]
    tables of mappings/concerns.toml say what each field means)."""

    item: str
    answer: str
    label: str
    fields: tuple[str, ...]
    says_otherwise: Phrases
    not_affirming: Phrases
    about_someone_else: Phrases
    connectives: frozenset[str]
    heading_words: int
    consequences: frozenset[str] = frozenset()
    anaphors: frozenset[str] = frozenset()
    resolution: Phrases | None = None
    passed_now: Phrases | None = None
    """What, beginning the clause after one that says it, says it is over ("not now", "no longer")."""
    answered_yes: frozenset[str] = frozenset()
    """Words that, first after a question, answer it yes ("Any drowsiness after doses? Yes, ...")."""
    other_adults: Phrases | None = None
    """Adults of the household who, as the subject before the words that say it, make a clause about someone else
    ("the mother is not sedated" in the partner's assessment); an owner ("the father's quetiapine") is no
    subject."""
    item_says: Phrases | None = None
    """For an item answered in free text: what in it gives ``answer`` ("breastfeeding is not advised"), in a
    clause without one of ``item_not_affirming``; without it the item's value must equal ``answer``."""
    item_not_affirming: Phrases | None = None
    """What, outside the words of :attr:`item_says`, keeps a clause of the item from giving the answer: a negation,
    a condition, a limit or the past ("no reason to avoid breastfeeding", "not advised if levels rise", "above 400
    mg", "was not advised with her first baby")."""
    the_medicine: frozenset[str] = frozenset()
    """Words for the medicine as the subject of the words that say it ("the dose ... does not make her drowsy"):
    someone named before the last of them is not the subject."""
    other_medicines: bool = False
    """Whether a clause that names, before the words that say it, another medicine and none of the assessment's
    own speaks of that medicine ("unlike her sertraline, which does not make her drowsy, methadone ...")."""
    attributed_by: Phrases | None = None
    """Words that, between the words that say it and another medicine named within ``attribution_reach`` words
    after them, give it to that medicine ("the drowsiness after her methadone"), in a clause naming none of the
    assessment's own."""
    attribution_reach: int = 0
    own_named_as: str = ""
    """What the assessment's own medicine, named (with "her", "his" or "the" before it), is read as ("the
    medicine"), so that the phrases say what is done to it ("stop the medicine"); where set, each medicine of the
    assessment is read in turn as "the medicine", the others by their names. A pronoun ("stop it") is not read: "it" may
    be anything."""
    item_unless: Phrases | None = None
    """What, anywhere in a free-text item outside the words of :attr:`item_says`, keeps it from giving the answer
    ("continue sertraline; stop after the birth"; not the "stop" of "do not stop valproate abruptly")."""
    at_a_time: Phrases | None = None
    """Words that put what is said at a later time or event ("after the birth", "once the baby is 6 weeks old",
    "at 36 weeks"): they keep a clause from saying it only before its words, or after them up to the first of
    :attr:`time_ends` ("stopped now, and the midwife watches the baby after birth" is a stop now), and never where
    one of :attr:`now` is in its words or follows them ("stops this week", "stopped today")."""
    time_ends: frozenset[str] = frozenset()
    now: Phrases | None = None
    on_record: tuple[str, ...] = ()
    """For an answer of the whole record (``item`` and these ``fields`` under the record, not an assessment): the
    fields of every assessment that must not say otherwise either."""
    said_now: Phrases | None = None
    """Words that say it only with one of :attr:`now` right after them: a stop told in the past tense is a stop now
    when it is dated today ("stopped the medicine today", "the medicine stopped this morning"), and an earlier try
    otherwise ("the medicine stopped in 2019 and restarted")."""
    said_now_allows: Phrases | None = None
    """Words of :attr:`not_affirming` that do not keep one of :attr:`said_now` dated now from saying it: the past
    tense that tells it and the talk that led to it ("after discussion the medicine was stopped today")."""
    record_fields: tuple[str, ...] = ()
    """Fields of the whole record read as both the item and the text that must not say otherwise, with each
    medicine of the record in turn as "the medicine" (the overall conclusion continuing and stopping one)."""
    alternatives: frozenset[str] = frozenset()
    """Words that, right after the words that say it (past a time of :attr:`now`), offer another course in its
    place ("stop the medicine now, or continue at 100 mg"): one of alternatives listed, not a plan."""
    said_none: Phrases | None = None
    """Words that say it with a negation of their own ("he takes no the medicine", "no longer takes the
    medicine"): they say it where no word of :attr:`not_affirming` is before them in the clause, and nothing
    follows them in it but one of :attr:`now`, then the clause's end or one of :attr:`said_none_ends` (not "takes
    no the medicine in the daytime"), and none of :attr:`said_none_others` is before them in the clause ("her
    partner takes no the medicine" is another's)."""
    said_none_ends: frozenset[str] = frozenset()
    said_none_others: frozenset[str] = frozenset()
    overall_fields: tuple[str, ...] = ()
    """Fields of the whole record that must not say otherwise of an assessment's answer either, read with that
    assessment's medicines in turn as "the medicine" (the overall conclusion stopping now what a medicine's own
    assessment continues)."""
    overall_unless: Phrases | None = None
    """What, anywhere in one of :attr:`overall_fields`, keeps it from saying otherwise: options laid out ("Options:
    stop the medicine, or ...; option 2 agreed"), whose choice is MA103's."""
    concern: str = ""
    """A concern (a [concerns] id of mappings/medicine-classes.toml) that scopes it: where some of the assessment's
    medicines raise it, only those are its own, so a denial whose subject names only its others speaks of them
    ("valproate does not sedate her; midazolam does" in an assessment of both)."""
    babys_signs: Phrases | None = None
    """Signs seen in a baby ("feeding", "poor feeding", "floppiness"): the words that say it listed beside one of
    them ("ask about drowsiness and feeding", "poor feeding or sleepiness") name a sign of the baby's, in a clause
    that gives them no adult owner before them (:attr:`adult_owners`)."""
    adult_owners: Phrases | None = None
    """Who, named before the words that say it, keeps them the adult's though listed beside a baby's sign ("she is
    drowsy and feeding well")."""
    sleep_sharing_resolved: bool = False
    """Whether sharing the baby's sleep allowed through negation ("there is no reason she should not co-sleep",
    "must not co-sleep, except at night") is read as its plain form
    (:func:`medassess.gate.negations.with_sleep_sharing_resolved`)."""
    parents_named_at: re.Pattern[str] | None = None
    """Where a parent's own name stands for the parents (``parents_named_after``: "goes home with Kayleigh and her
    partner"): the words before it, a group for the name's place (:func:`with_parents_named`)."""
    parents_named_as: str = ""
    """What a parent's name is read as there ("her parents")."""
    parents_naming: re.Pattern[str] | None = None
    """A parent's own name as the subject right before the same words ("Kayleigh went home with her mother"): the
    parent went, not the baby."""
    parents_naming_as: str = ""
    """What a parent's name is read as there (one of ``about_someone_else``: "she")."""
    babies: frozenset[str] = frozenset()
    """Words for the baby that, after the last of :attr:`about_someone_else` before the words that say it, make the
    baby their subject again ("they make the mother drowsy, so the baby sleeps at home with her parents")."""
    parents_named: bool = False
    """For an answer of the whole record: whether the parents' own given names are read as who they are ("mother",
    "partner") before the text is read, so that a parent named is as much someone else as "she" or "the mother"
    (:func:`_as_parents`: "Kayleigh went home with her aunt" is the mother's trip, not the baby's)."""
    stages: frozenset[str] = frozenset({"antenatal", "postnatal"})
    """The stages of the record it is read in ("antenatal": a denial of harm to the unborn baby, which after the
    birth may speak of the baby's care now)."""
    reasons: re.Pattern[str] | None = None
    """A reason given in the text, from its opening word (``reasons``: "because", "since"; ``reasons_after_comma``:
    ", as") to its clause's end, not opening on one of ``reasons_not_before`` ("as soon as", "as long as", "as she
    had hoped"): the negations inside it (``reasons_negations``) are the reason's own ("she will breastfeed, as
    lithium does not pass into breast milk"), so they do not set aside what the clause says before them."""
    reason_negation: re.Pattern[str] | None = None
    """The negations a reason holds as its own (``reasons_negations``), each matched whole, its "n't" kept apart."""
    companions: frozenset[str] = frozenset()
    """Words after which one of :attr:`about_someone_else` (a determiner between at most) is a companion, not the
    subject ("the baby lives with her mother at her gran's house": the baby lives there)."""
    on_discharge: re.Pattern[str] | None = None
    """The discharge as the time of what the clause says ("when the ward discharges them", "once discharged"): read
    as "on discharge", a time the record's own destination speaks of, not a condition (``discharge_times``)."""
    adult_company: bool = False
    """Whether words that say it followed by an adult's company ("may share a bed with her husband", or after a
    comma) and no baby before them in the clause speak of the adults' bed, not the baby's
    (:func:`medassess.gate.negations.adult_company_after`)."""
    own_pronouns: re.Pattern[str] | None = None
    """Pronouns (``own_pronouns``: "it") that, opening a sentence right after one that opens on the medicine read
    as :attr:`own_named_as`, stand for it and are read as it is (:func:`_pronouns_as_own`)."""
    said_of_the_medicine: Phrases | None = None
    """Words that say it only as the medicine's effect ("sleeps deeply", "slow to wake": anyone may, taking nothing):
    read as :attr:`says_otherwise` where their clause, before them, names one of the assessment's own medicines or
    one of :attr:`dose_words` ("his amitriptyline makes him sleep deeply", "after his dose he is slow to wake")."""
    dose_words: frozenset[str] = frozenset()
    said_of_the_medicine_reach: int = 0
    """At most how many words stand between the medicine or dose word and :attr:`said_of_the_medicine`."""
    not_the_taker: frozenset[str] = frozenset()
    """Words naming another person ("mum", "the baby"): between the medicine and the words, the words are theirs."""

    def given_by(self, value: object, own: frozenset[str] = frozenset()) -> bool:
        """Whether an item's ``value`` gives this answer: equals it, or for a free-text item says it plainly in
        some clause (:attr:`item_says`) and none of :attr:`item_unless` anywhere."""
        if self.item_says is None:
            return value == self.answer
        if not isinstance(value, str):
            return False
        if self.own_named_as:
            value = _own_named_as(normalise(value), own, self.own_named_as)
        if not self.item_says.found_in(tokens(value)):
            return False  # no clause says it where the whole text does not (see :meth:`said_otherwise_in`)
        if self.item_unless is not None and self.item_unless.found_in(self.item_says.outside(tokens(value))):
            return False
        return any(
            self.item_says.found_in(clause)
            and not (
                self.item_not_affirming is not None
                and self.item_not_affirming.found_in(self.item_says.outside(clause))
            )
            for clause in clauses(value, self.item_says, self.connectives, self.heading_words)
        )

    def said_otherwise_in(self, text: str, own: frozenset[str] = frozenset()) -> bool:
        """Whether some clause of ``text`` plainly says what the answer denies (no negation, condition, risk or
        past in the clause, not about the baby or, with :attr:`other_medicines`, a medicine whose ingredients are
        not ``own``, and not said to have passed by the clause after it), or a question asking it is answered yes.
        A question answered otherwise, or not at all, says nothing itself."""
        normalised = normalise(text)
        if self.own_named_as:
            normalised = _own_named_as(normalised, own, self.own_named_as)
            if self.own_pronouns is not None:
                normalised = _pronouns_as_own(normalised, self.own_pronouns, self.own_named_as)
        if self.on_discharge is not None and ("discharg" in normalised or "leav" in normalised):
            normalised = self._discharge_as_a_time(normalised)
        if self.sleep_sharing_resolved:
            normalised = with_sleep_sharing_resolved(normalised)
        if "?" in normalised:
            affirmed, normalised = self._questions_apart(normalised)
            if affirmed:
                return True
        if ":" in normalised:  # cheap: no heading, no heading's answer to set apart
            normalised = _HEADING_ANSWER.sub(r"\1; ", normalised)
        # Each clause's words run on in the text's words and a phrase is bounded by spaces, so a clause can say it
        # only where the text's words hold it: most texts hold none, told by one search before any clause is cut.
        words = tokens(normalised)
        if (
            not self.says_otherwise.found_in(words)
            and not (self.said_now is not None and self.said_now.found_in(words))
            and not (self.said_none is not None and self.said_none.found_in(words))
            and not (self.said_of_the_medicine is not None and self.said_of_the_medicine.found_in(words))
        ):
            return False
        if self.reasons is not None:
            normalised = self._reasons_unnegated(normalised)
        parts = [
            clause
            for whole in clauses(normalised, self.not_affirming, self.connectives, self.heading_words, at_commas=False)
            for clause in self._consequences_apart(whole)
        ]
        return any(
            self._affirms(clause, own) and not self._resolves(parts[i + 1] if i + 1 < len(parts) else ())
            for i, clause in enumerate(parts)
        )

    def _reasons_unnegated(self, normalised: str) -> str:
        """``normalised`` with the negations of each reason it gives taken out ("..., as lithium does pass into
        breast milk"): what the reason denies is not what the clause says before it."""
        if self.reasons is None or self.reason_negation is None:
            return normalised
        negation = self.reason_negation
        return self.reasons.sub(lambda m: negation.sub(lambda n: n.group("stem") or "", m.group()), normalised)

    def _questions_apart(self, normalised: str) -> tuple[bool, str]:
        """Whether a question of the text asking what the answer denies is answered yes, and the text with each
        question taken out: "Does he feel drowsy after doses? No." asks and answers no; "Any drowsiness? Yes,
        after the evening dose." says he is drowsy, whatever "any" does in a statement."""
        affirmed, pieces, at = False, [], 0
        for m in _QUESTION.finditer(normalised):
            asked = words_of_normalised(m.group(1))
            answer = words_of_normalised(normalised[m.end() : m.end() + _ANSWER_REACH])
            if (
                answer
                and answer[0] in self.answered_yes
                and self.says_otherwise.found_in(asked)
                and not self.about_someone_else.found_in(asked)
            ) or self._answer_says_it(asked, normalised[m.end() :]):
                affirmed = True
            pieces.append(normalised[at : m.start()])
            at = m.end()
        pieces.append(normalised[at:])
        return affirmed, ". ".join(pieces)

    def _answer_says_it(self, asked: Sequence[str], after: str) -> bool:
        """Whether a question and the sentence answering it, read as one heading and its answer ("Breastfeeding?
        Unsure." as "Breastfeeding: unsure."), plainly say what the answer denies with a phrase that needs them both:
        one running from the question into its answer and ending the answer's sentence (its answer is nothing else:
        "Breastfeeding? Unsure whether she will ...", "Not sure yet, so the midwife ..." stand), with none of
        ``not_affirming`` in the answer and the question speaking of no one else."""
        if not asked:
            return False
        end = _ANSWER_SENTENCE_END.search(after)
        answer = words_of_normalised(after[: end.start()] if end is not None else after)
        if not answer or self.says_otherwise.found_in(asked) or self.says_otherwise.found_in(answer):
            return False
        joined = [*asked[-_QUESTION_TAIL:], *answer]
        return (
            self.says_otherwise.found_in(joined)
            and not self.says_otherwise.found_in(joined[:-1])
            and not self.not_affirming.found_in(answer)
            and not self.about_someone_else.found_in(asked)
        )

    def _resolves(self, clause: tuple[str, ...]) -> bool:
        """Whether ``clause`` points back at the one before and says it has passed ("that has settled"), or is
        only a word that it is over ("... last year; not now"; not "no longer able to do night feeds")."""
        if not clause:
            return False
        if self.passed_now is not None and self.passed_now.pattern.fullmatch(" ".join(clause)):
            return True
        return clause[0] in self.anaphors and self.resolution is not None and self.resolution.found_in(clause)

    def _consequences_apart(self, clause: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
        """``clause`` cut before each consequence word that does not follow a negation ("not so drowsy")."""
        start = 0
        for i, word in enumerate(clause):
            if word in self.consequences and i > start and not self.not_affirming.found_in(clause[i - 1 : i]):
                yield clause[start:i]
                start = i + 1
        yield clause[start:]

    def _affirms(self, clause: tuple[str, ...], own: frozenset[str] = frozenset()) -> bool:
        if not clause:
            return False
        joined = " ".join(clause)
        saying: Iterator[re.Match[str]]
        if not self.not_affirming.found_in(clause):
            saying = itertools.chain(self._saying(joined), self._said_of_the_medicine(joined, own))
        elif self.said_now_allows is not None and not self.not_affirming.found_in(self.said_now_allows.outside(clause)):
            saying = self._said_now(joined)  # only a stop dated now may carry the past tense and the talk before it
        elif self.said_none is not None:
            saying = self._said_none(joined)  # the negation is the words' own: "he takes no the medicine now"
        else:
            return False
        for found in saying:
            before = joined[: found.start()].split()
            subject = max((i for i, w in enumerate(before) if w in self.the_medicine), default=-1)
            before = before[subject + 1 :]
            if not self._about_someone_else(before) and not (
                self.other_adults is not None and self.other_adults.found_in(_not_owners(before))
            ) and not (self.other_medicines and own and _another_medicine(before, own)) and not (
                own and self._attributed_elsewhere(joined[found.end() :], clause, own)
            ) and not self._at_a_later_time(joined[: found.start()], found.group(), joined[found.end() :]) and not (
                self._an_alternative(joined[found.end() :])
            ) and not self._a_babys_sign(clause, joined[: found.start()], joined[found.end() :]) and not (
                self.adult_company
                and adult_company_after(joined[: found.start()].split(), joined[found.end() :].split())
            ):
                return True
        return False

    def _discharge_as_a_time(self, normalised: str) -> str:
        """``normalised`` with each discharge told as the time of what it says read as "on discharge"."""
        return normalised if self.on_discharge is None else self.on_discharge.sub("on discharge", normalised)

    def _about_someone_else(self, before: list[str]) -> bool:
        """Whether ``before`` (the clause's words before the words that say it) names someone else as their
        subject: one of :attr:`about_someone_else`, not a companion after one of :attr:`companions`, with none of
        :attr:`babies` after the last of them."""
        if not self.about_someone_else.found_in(before):
            return False
        joined = " ".join(before)
        found = list(self.about_someone_else.pattern.finditer(joined))
        if self.companions:
            found = [m for m in found if not self._a_companion(joined[: m.start()].split())]
            if not found:
                return False
        if not self.babies:
            return True
        last = max((m.end() for m in found), default=0)
        return self.babies.isdisjoint(joined[last:].split())

    def _a_companion(self, before: list[str]) -> bool:
        """Whether the words ``before`` one of :attr:`about_someone_else` end on one of :attr:`companions`, a
        determiner between at most ("with her")."""
        if before and before[-1] in _DETERMINERS:
            before = before[:-1]
        return bool(before) and before[-1] in self.companions

    def _a_babys_sign(self, clause: Sequence[str], before: str, after: str) -> bool:
        """Whether the words that say it, between ``before`` and ``after``, are listed ("and", "or") beside one of
        :attr:`babys_signs` ("drowsiness and feeding", "poor feeding or sleepiness") with no adult owner before
        them in the clause: signs watched for in the baby, not the adult's state."""
        if self.babys_signs is None or not self.babys_signs.found_in(clause):  # cheap: no sign, nothing to read
            return False
        ahead, behind = before.split(), after.split()
        if self.adult_owners is not None and self.adult_owners.found_in(ahead):
            return False
        listed_after = bool(behind) and behind[0] in _LISTED and self.babys_signs.pattern.match(" ".join(behind[1:]))
        if listed_after:
            return True
        if not ahead or ahead[-1] not in _LISTED:
            return False
        earlier = " ".join(ahead[:-1])
        return any(m.end() == len(earlier) for m in self.babys_signs.pattern.finditer(earlier))

    def _saying(self, joined: str) -> Iterator[re.Match[str]]:
        """Where ``joined`` says it: each of :attr:`says_otherwise`, each of :attr:`said_now` with one of
        :attr:`now` right after it, and each of :attr:`said_none` as :meth:`_said_none` reads it."""
        yield from self.says_otherwise.pattern.finditer(joined)
        yield from self._said_now(joined)
        yield from self._said_none(joined)

    def _said_of_the_medicine(self, joined: str, own: frozenset[str]) -> Iterator[re.Match[str]]:
        """Where ``joined`` says it with one of :attr:`said_of_the_medicine`, its clause naming before it one of
        ``own`` (the assessment's own medicines, by ingredient) or one of :attr:`dose_words`."""
        if self.said_of_the_medicine is None:
            return
        for found in self.said_of_the_medicine.pattern.finditer(joined):
            before = joined[: found.start()].split()
            near = before[-(self.said_of_the_medicine_reach + 1) :]
            tied = [i for i, w in enumerate(near) if w in self.dose_words]
            if own:
                tied += [
                    len(" ".join(near)[: m.end].split()) - 1
                    for m in mentions(" ".join(near))
                    if set(m.entry.ingredients) & own
                ]
            if tied and self.not_the_taker.isdisjoint(near[max(tied) + 1 :]):
                yield found

    def _said_now(self, joined: str) -> Iterator[re.Match[str]]:
        """Where ``joined`` says it with one of :attr:`said_now` and one of :attr:`now` right after it."""
        if self.said_now is None or self.now is None:
            return
        for found in self.said_now.pattern.finditer(joined):
            if self.now.pattern.match(joined[found.end() :].lstrip()) is not None:
                yield found

    def _said_none(self, joined: str) -> Iterator[re.Match[str]]:
        """Where ``joined`` says it with one of :attr:`said_none`, followed by nothing or one of :attr:`now`."""
        if self.said_none is None:
            return
        for found in self.said_none.pattern.finditer(joined):
            before = joined[: found.start()].split()
            if self.said_none_others & set(before) or self.not_affirming.found_in(before):
                continue
            after = joined[found.end() :].strip()
            timed = self.now.pattern.match(after) if self.now is not None else None
            rest = after[timed.end() :].split() if timed is not None else after.split()
            if not rest or rest[0] in self.said_none_ends or rest[0] in self.time_ends:
                yield found

    def _an_alternative(self, after: str) -> bool:
        """Whether ``after`` (the words after those that say it), past a time of :attr:`now`, opens on one of
        :attr:`alternatives` and another course, not another time ("..., or continue at 100 mg"; not "or
        tomorrow")."""
        if not self.alternatives:
            return False
        words = after.split()
        timed = self.now.pattern.match(after.strip()) if self.now is not None else None
        i = len(timed.group().split()) if timed is not None else 0
        if i + 1 >= len(words) or words[i] not in self.alternatives:
            return False
        return self.now is None or self.now.pattern.match(" ".join(words[i + 1 :])) is None

    def _at_a_later_time(self, before: str, said: str, after: str) -> bool:
        """Whether the words before those that say it (``said``), or those after them up to the first of
        :attr:`time_ends`, put it at a later time or event, and none of :attr:`now` is in or follows them."""
        if self.at_a_time is None:
            return False
        words = after.split()
        if self.now is not None and (
            self.now.found_in(said.split()) or self.now.pattern.match(" ".join(words)) is not None
        ):
            return False
        end = next((i for i, w in enumerate(words) if w in self.time_ends), len(words))
        return self.at_a_time.found_in([*before.split(), *words[:end]])

    def _attributed_elsewhere(self, after: str, clause: Sequence[str], own: frozenset[str]) -> bool:
        """Whether ``after`` (the words after those that say it) gives it to another medicine ("... after her
        methadone", "... that diazepam causes") and ``clause`` names none of the assessment's own."""
        if self.attributed_by is None:
            return False
        named = mentions(after)
        if not named or not _another_medicine(clause, own):
            return False
        between = words_of_normalised(normalise(after)[: named[0].start])
        return len(between) <= self.attribution_reach and self.attributed_by.found_in(between)


@functools.lru_cache(maxsize=memo.TEXTS)
def _own_named_as(normalised: str, own: frozenset[str], words: str) -> str:
    """``normalised`` with each name of a medicine that holds every one of ``own``, and an owner or article
    right before it, read as ``words`` ("stop her sertraline" -> "stop the medicine"), with a dose written right
    after the name ("methadone 60 mg daily continues" -> "the medicine continues"). Remembered: each of the
    contradictions read of an assessment asks it of the same texts."""
    pieces, at = [], 0
    amount = dose_words().amount
    for m in mentions(normalised):
        if m.start >= at and own and own <= set(m.entry.ingredients):  # a part of a combination named alone is not it
            pieces += [_OWNER_BEFORE.sub("", normalised[at : m.start]), f" {words}"]
            at = m.end
            dose = amount.match(normalised, at + len(normalised[at:]) - len(normalised[at:].lstrip()))
            if dose is not None:
                at = dose.end()
                how_often = _HOW_OFTEN.match(normalised, at)
                at = how_often.end() if how_often is not None else at
    return "".join([*pieces, normalised[at:]])


_OWN_SENTENCE = re.compile(r"[^!?\n.]*(?:\.(?!\s|$)[^!?\n.]*)*(?:[!?\n]|\.(?=\s|$)|$)")
"""A sentence of normalised text with its end (a full stop inside a figure, "0.5 mg", does not end it)."""


def _pronouns_as_own(normalised: str, pronouns: re.Pattern[str], words: str) -> str:
    """``normalised`` (the medicine already read as ``words``) with each of ``pronouns`` that opens a sentence right
    after a sentence opening on ``words`` read as ``words`` ("the medicine goes on. it poses no risk" -> "... the
    medicine poses no risk"): the pronoun stands for the subject of the sentence before. One inside a sentence, or
    after a sentence opening on anything else, may stand for anything and is left."""
    if words not in normalised:
        return normalised  # cheap: the medicine is named nowhere
    pieces, before_on_own = [], False
    for m in _OWN_SENTENCE.finditer(normalised):
        sentence = m.group()
        if not sentence.strip():
            pieces.append(sentence)  # a line break between sentences keeps the sentence before
            continue
        body = sentence.lstrip()
        lead = sentence[: len(sentence) - len(body)]
        if before_on_own and (pronoun := pronouns.match(body)) is not None:
            body = words + body[pronoun.end() :]
        pieces.append(lead + body)
        before_on_own = re.match(rf"{re.escape(words)}(?![\w'])", body) is not None
    return "".join(pieces)


_HOW_OFTEN = re.compile(
    r"\s+(?:(?:once|twice|three times|four times)\s+(?:daily|a day)|daily|a day|at night|in the morning|nocte|mane"
    r"|od|bd|tds|(?:once|twice)\s+(?:a week|weekly|a month|monthly|a fortnight)|weekly|monthly|fortnightly"
    r"|every (?:week|month|fortnight))(?!\w)"
)
"""How often, right after a dose that follows a medicine's name ("60 mg once daily", "15 mg once a week"): read
with the dose."""


_OWNER_BEFORE = re.compile(r"(?:^|\s)(?:her|his|their|the)\s*$")
"""An owner or article right before a medicine's name, read with the name."""


def _another_medicine(words: Sequence[str], own: frozenset[str]) -> bool:
    """Whether ``words`` name a medicine and none whose ingredients are among ``own``."""
    named = [set(m.entry.ingredients) for m in mentions(" ".join(words))]
    return bool(named) and not any(ingredients & own for ingredients in named)


def _not_owners(words: Sequence[str]) -> list[str]:
    """``words`` without the owners: a word before a possessive "s" ("father", "s": "father's")."""
    return [w for i, w in enumerate(words) if i + 1 == len(words) or words[i + 1] != "s"]


_QUESTION = re.compile(r"([^.;!?\n]*)\?")
"""A question: the words since the last sentence end, up to its question mark."""
_ANSWER_REACH = 24
"""How far after a question its answer's first word is looked for (characters)."""
_ANSWER_SENTENCE_END = re.compile(r"[;!?\n]|\.(?=\s|$)")
"""Where a question's answer ends: its sentence."""
_QUESTION_TAIL = 4
"""How many of a question's last words a phrase running into its answer is looked for in ("Breastfeeding? Unsure.")."""

_LISTED = frozenset({"and", "or"})
"""Words that list one sign beside another ("drowsiness and poor feeding")."""

_CONTRASTS = frozenset({"but", "however", "although", "though", "whereas", "yet"})
"""Where a contradiction's clauses are also cut: contrast words only, since "not as drowsy as" or "not so
drowsy" must keep the negation with the word it negates."""


@dataclass(frozen=True, slots=True)
class ConcernMap:
    specs: dict[str, ConcernSpec]
    dismissals: Dismissals
    form_words: frozenset[str]
    baby_terms: Phrases
    """What a conclusion says about the baby with (rule MA124): the [baby] table of mappings/concerns.toml."""
    contradictions: tuple[Contradiction, ...] = ()
    not_the_baby: Phrases | None = None
    """Names of services and programmes holding a baby word ([baby] in_names): set aside for rule MA124."""
    older_children: Phrases | None = None
    """An older child named ([baby] older_children): a sentence naming one and not the baby (``this_baby``) speaks
    of that child, for rule MA124."""
    this_baby: Phrases | None = None
    later_pregnancies: Phrases | None = None
    """A later pregnancy ([baby] later_pregnancies): another child, save in advice given before this pregnancy."""
    not_this_baby: Phrases | None = None
    """Words for a baby that do not name this baby ([baby] not_this_baby: "her previous baby", "a baby monitor",
    "before the baby arrives"): set aside before the baby is looked for."""
    unclear_beside_another: Phrases | None = None
    """Words for a baby that, in a sentence naming another child, may be that child's ([baby]
    unclear_beside_another: "her baby")."""
    plan_risk: Phrases | None = None
    """Words of risk or likelihood ([plan] risk): a plan item's clause holding one and none of ``plan_acts``
    states the risk, not the plan."""
    plan_acts: Phrases | None = None
    every_medicine: frozenset[str] = frozenset()
    """Concerns whose words any conclusion may use as its own ([conclusion] every_medicine: the unborn baby's
    scans are its care in the womb whatever the medicine)."""
    dose_times: re.Pattern[str] | None = None
    """A dose's time right after its amount ([conclusion] dose_times: "300 mg at night"), matched from the end of
    the amount in normalised text: when the medicine is taken, not the baby's nights."""
    class_plans: tuple[ClassPlan, ...] = ()
    """Plans that belong to a class of medicine ([conclusion] class_plans: supervised consumption, serum levels)."""
    class_plan_any: Phrases | None = None
    """Every word of ``class_plans``: a cheap test that no class's plan is written at all."""
    class_plan_not: Phrases | None = None
    """Words of a clause about the baby's or the milk's levels, which is no class's plan ([conclusion])."""
    refers_back: frozenset[str] = frozenset()
    """Words by which a clause speaks on of the medicine its sentence named before ([conclusion] refers_back)."""
    baby_treatments: frozenset[str] = frozenset()
    """The baby's own treatments for withdrawal, by ingredient ([conclusion] baby_treatments): no one's medicine."""
    lone: LoneActors | None = None
    """Plans whose only actor is the baby or an unnamed household ([conclusion] lone_actors, lone_acts)."""
    names_the_baby: Phrases | None = None
    """Words of the baby but its feeding ([conclusion] not_naming_the_baby): a clause naming another medicine is
    the baby's only with one of these, not with a feeding word alone ("through pregnancy and breastfeeding")."""
    speaks_on: Phrases | None = None
    """Openings of a clause with no subject of its own ([conclusion] speaks_on: "who ...", "no effect on ...",
    "safe in ..."): after another medicine's clause in its sentence, it speaks on of that medicine."""
    lay: LayWatchers | None = None
    """Relatives, partners, friends and neighbours as watchers ([conclusion] lay_actors, lay_acts, watchers)."""
    drugs: DrugActors | None = None
    """Medicines set to do what only a person can ([conclusion] drug_actor_words, drug_acts)."""
    absent: AbsentRoles | None = None
    """Roles the text itself says are absent ([conclusion] absent_roles and the words around them)."""
    left_to_her: LeftToHer | None = None
    """What hands the decision to the parent's wish ([conclusion] left_to_her: "up to mum whether ...")."""


@dataclass(frozen=True, slots=True)
class ClassPlan:
    """A plan that belongs to classes of medicine: its name for messages, the classes, and its words."""

    label: str
    classes: frozenset[str]
    words: Phrases
    unless: Phrases | None = None
    """Words of a clause in which ``words`` are not this plan (its entry's ``unless``: "her levels of anxiety")."""

    def found_in(self, words: Sequence[str]) -> bool:
        """Whether the clause ``words`` holds this plan."""
        return self.words.found_in(words) and (self.unless is None or not self.unless.found_in(words))


def _conditions(raw: list[dict[str, Any]]) -> tuple[Condition, ...]:
    for entry in raw:
        if _check_path(Record, entry["path"]) is not None:
            raise ValueError(f"mappings/concerns.toml: {entry['path']!r} is not a record field")
    return tuple(
        Condition(e["path"], e["equals"], frozenset(e.get("whose", ("mother", "partner")))) for e in raw
    )


def _whose(entry: dict[str, Any]) -> Whose:
    either = entry["either_persons"]
    return Whose(
        Phrases.of(t for t in entry["terms"] if t not in either),
        Phrases.of(either),
        Phrases.of(entry["the_mothers"]),
        Phrases.of(entry["the_babys"]),
    )


@functools.cache
def concern_map() -> ConcernMap:
    """The shipped concern map (read once), checked against the record model and the medicine classes."""
    raw = mapping_table("concerns.toml")
    specs: dict[str, ConcernSpec] = {}
    for cid, entry in raw["concerns"].items():
        fields = [
            *entry["items"],
            *entry["addressed_in"],
            entry["report_at"],
            *entry.get("not_known_in", ()),
            *entry.get("results_in", ()),
        ]
        wrong = [f for f in fields if _check_path(Assessment, f) is not None]
        if wrong:
            raise ValueError(f"mappings/concerns.toml: concern {cid} names fields no assessment has: {wrong}")
        specs[cid] = ConcernSpec(
            id=cid,
            items=tuple(entry["items"]),
            addressed_in=tuple(entry["addressed_in"]),
            report_at=entry["report_at"],
            terms=Phrases.of(entry["terms"]),
            answered_by=_conditions(entry.get("answered_by", [])),
            moot_when=_conditions(entry.get("moot_when", [])),
            stages=frozenset(entry.get("stages", ("antenatal", "postnatal"))),
            moot_days_after_delivery=entry.get("moot_days_after_delivery"),
            current_only=bool(entry.get("current_only", False)),
            strict_dismissal=bool(entry.get("strict_dismissal", False)),
            shared_plan=bool(entry.get("shared_plan", False)),
            items_only_for=frozenset(entry.get("items_only_for", ())),
            conclusion_dismissal_apart=(
                frozenset(entry["conclusion_dismissal_apart"]) if "conclusion_dismissal_apart" in entry else None
            ),
            womb_only=bool(entry.get("womb_only", False)),
            not_known_in=tuple(entry.get("not_known_in", ())),
            results_in=tuple(entry.get("results_in", ())),
            shared_plan_named_in=tuple(entry.get("shared_plan_named_in", ())),
            result_terms=Phrases.of(entry["result_terms"]) if entry.get("result_terms") else None,
            result_checks=Phrases.of(entry["result_checks"]) if entry.get("result_checks") else None,
            result_checks_hers=(
                Phrases.of(entry["result_checks_hers"]) if entry.get("result_checks_hers") else None
            ),
            level_not_for=frozenset(entry.get("level_not_for", ())),
            level_harms=Phrases.of(entry["level_harms"]) if entry.get("level_harms") else None,
            level_terms=Phrases.of(entry["level_terms"]) if entry.get("level_terms") else None,
            level_not=Phrases.of(entry["level_not"]) if entry.get("level_not") else None,
            plan_denials=Phrases.of(entry["plan_denials"]) if entry.get("plan_denials") else None,
            plan_denials_unless=(
                Phrases.of(entry["plan_denials_unless"]) if entry.get("plan_denials_unless") else None
            ),
            pre_conception_terms=(
                Phrases.of(entry["pre_conception_terms"]) if entry.get("pre_conception_terms") else None
            ),
            speaks_of=Phrases.of(entry["speaks_of"]) if entry.get("speaks_of") else None,
            item_terms=Phrases.of(entry["item_terms"]) if entry.get("item_terms") else None,
            item_sources=Phrases.of(entry["item_sources"]) if entry.get("item_sources") else None,
            other_senses=Phrases.of(entry["other_senses"]) if entry.get("other_senses") else None,
            stopped_now=(
                (Phrases.of(entry["stopped_now"]), Phrases.of(entry["now"]), Phrases.of(entry["now_unless"]))
                if entry.get("stopped_now")
                else None
            ),
            whose=_whose(entry) if entry.get("either_persons") else None,
            elsewhere=Phrases.of(entry["elsewhere"]) if entry.get("elsewhere") else None,
            item_own=Phrases.of(entry["item_own"]) if entry.get("item_own") else None,
            item_own_unless_hers=(
                Phrases.of(entry["item_own_unless_hers"]) if entry.get("item_own_unless_hers") else None
            ),
            hers=Phrases.of(entry["hers"]) if entry.get("hers") else None,
            item_own_unless_dose=(
                Phrases.of(entry["item_own_unless_dose"]) if entry.get("item_own_unless_dose") else None
            ),
            doses_kept=Phrases.of(entry["doses_kept"]) if entry.get("doses_kept") else None,
            hazard=Phrases.of(entry["hazard"]) if entry.get("hazard") else None,
            denials=Phrases.of(entry["denials"]) if entry.get("denials") else None,
            plan=bool(entry.get("plan", False)),
            in_conclusions=Phrases.of(entry["in_conclusions"]) if entry.get("in_conclusions") else None,
            dismissal_headings=(
                Phrases.of(entry["dismissal_headings"]) if entry.get("dismissal_headings") else None
            ),
        )
        if specs[cid].level_harms is not None and (specs[cid].level_terms is None or specs[cid].level_not is None):
            raise ValueError(f"mappings/concerns.toml: concern {cid} has level_harms but no level_terms or level_not")
        wrong = sorted(specs[cid].level_not_for - medicine_classes().classes.keys())
        if wrong:
            raise ValueError(f"mappings/concerns.toml: concern {cid} level_not_for names unknown classes {wrong}")
        if specs[cid].results_in and specs[cid].result_terms is None:
            raise ValueError(f"mappings/concerns.toml: concern {cid} has results_in but no result_terms")
    unmapped = set(medicine_classes().concerns) - specs.keys()
    if unmapped:
        raise ValueError(f"mappings/concerns.toml says nothing of what answers {sorted(unmapped)}")
    dismissal = raw["dismissal"]
    baby = raw["baby"]
    not_about_the_baby = set(baby["not_about_the_baby"])
    baby_terms = [*baby["terms"]]
    for cid in baby["baby_concerns"]:
        baby_terms += [t for t in raw["concerns"][cid]["terms"] if t not in not_about_the_baby]
    return ConcernMap(
        specs,
        Dismissals(
            Phrases.of(dismissal["phrases"]),
            frozenset(w for f in dismissal["filler"] for w in tokens(f)),
            int(dismissal["min_reason_words"]),
            Phrases.of(dismissal["conclusion_dismissals"]),
            Phrases.of([*dismissal["phrases"], *dismissal["conclusion_dismissals"]]),
            frozenset(w for c in dismissal["clause_connectives"] for w in tokens(c)),
            int(dismissal["heading_words"]),
            Phrases.of(dismissal.get("bare_places", ())),
            Phrases.of(dismissal.get("place_held", ())),
            Phrases.of(dismissal["heading_dismissals"]) if dismissal.get("heading_dismissals") else None,
            int(dismissal.get("dismissal_heading_words", 5)),
        ),
        frozenset(w for f in raw["medicine_names"]["form_words"] for w in tokens(f)),
        Phrases.of(baby_terms),
        tuple(
            _contradiction({**e, "answer": answer}, int(dismissal["heading_words"]))
            for e in raw.get("contradiction", ())
            for answer in e.get("answers", [e.get("answer")])
        ),
        Phrases.of(baby["in_names"]) if baby.get("in_names") else None,
        _older_children(baby) if baby.get("older_children") else None,
        Phrases.of(baby["this_baby"]) if baby.get("this_baby") else None,
        Phrases.of(baby["later_pregnancies"]) if baby.get("later_pregnancies") else None,
        Phrases.of(baby["not_this_baby"]) if baby.get("not_this_baby") else None,
        Phrases.of(baby["unclear_beside_another"]) if baby.get("unclear_beside_another") else None,
        Phrases.of(raw["plan"]["risk"]) if raw.get("plan") else None,
        Phrases.of(raw["plan"]["acts"]) if raw.get("plan") else None,
        frozenset(raw.get("conclusion", {}).get("every_medicine", ())),
        _dose_times(raw.get("conclusion", {}).get("dose_times", ())),
        *_class_plans(raw.get("conclusion", {})),
        _lone_actors(raw.get("conclusion", {})),
        _names_the_baby(baby_terms, raw.get("conclusion", {}).get("not_naming_the_baby", ())),
        _speaks_on_phrases(raw.get("conclusion", {})),
        _lay_watchers(raw.get("conclusion", {})),
        _drug_actors(raw.get("conclusion", {})),
        _absent_roles(raw.get("conclusion", {})),
        _left_to_her(raw.get("conclusion", {})),
    )


def _phrases_or_none(phrases: Sequence[str]) -> Phrases | None:
    return Phrases.of(phrases) if phrases else None


def _speaks_on_phrases(conclusion: dict[str, Any]) -> Phrases | None:
    """[conclusion] speaks_on, alone or after one of ``speaks_on_verbs`` ("and is safe for", "and has no effect
    on"): a clause opening on either has no subject of its own."""
    openings = list(conclusion.get("speaks_on", ()))
    verbs = conclusion.get("speaks_on_verbs", ())
    return _phrases_or_none([*openings, *(f"{v} {o}" for v in verbs for o in openings)])


def _names_the_baby(baby_terms: Sequence[str], not_naming: Sequence[str]) -> Phrases | None:
    """The words of the baby ([baby] terms, with those of its concerns) but ``not_naming`` ([conclusion]
    not_naming_the_baby: feeding words, which say when she takes a medicine as well as how the baby feeds)."""
    if not not_naming:
        return None
    unless = {normalise(w) for w in not_naming}
    return Phrases.of([t for t in baby_terms if normalise(t) not in unless])


def _class_plans(
    table: dict[str, Any],
) -> tuple[tuple[ClassPlan, ...], Phrases | None, Phrases | None, frozenset[str], frozenset[str]]:
    """The [conclusion] class plans, checked against the medicine classes, with their words in one list."""
    known = medicine_classes().classes
    plans = tuple(
        ClassPlan(
            e["label"],
            frozenset(e["classes"]),
            Phrases.of(e["words"]),
            Phrases.of(e["unless"]) if e.get("unless") else None,
        )
        for e in table.get("class_plans", ())
    )
    wrong = sorted(c for p in plans for c in p.classes if c not in known)
    if wrong:
        raise ValueError(f"mappings/concerns.toml: [conclusion] class_plans names unknown classes {wrong}")
    words = [w for e in table.get("class_plans", ()) for w in e["words"]]
    unless = table.get("class_plan_not", ())
    back = frozenset(w for r in table.get("refers_back", ()) for w in tokens(r))
    unless_phrases = Phrases.of(unless) if unless else None
    treatments = frozenset(table.get("baby_treatments", ()))
    return plans, Phrases.of(words) if words else None, unless_phrases, back, treatments


_phrase_pattern = functools.partial(alternation, normalised=True, any_spaces=True, gaps=True)
"""An alternation of normalised phrases, longest first, any spaces between words; "..." stands for up to three
words."""


@dataclass(frozen=True, slots=True)
class LoneActors:
    """Clauses whose only actor is the baby or an unnamed household ([conclusion] lone_actors, lone_acts in
    mappings/concerns.toml): what the baby does of itself, or a household does with no one answerable, is no plan
    (:func:`without_lone_actors`)."""

    hint: frozenset[str]
    """The words of the actors: a text holding none has no such clause (a cheap test before any pattern)."""
    subject: re.Pattern[str]
    """A clause opening on one of the actors, with the modal and adverbs after it (``verb`` where its verb begins)."""
    going_on: re.Pattern[str]
    """A clause with no subject of its own, opening on a modal, or on a join and one of the acts ("and feeds"): it
    goes on with the one before ("..., bottle feed" alone is an instruction, not the baby's own doing)."""
    act: re.Pattern[str]
    """One of the acts, or a bare passive ending the clause ("be weighed"), where the verb begins."""
    aside: re.Pattern[str]
    """Where a clause is split: its punctuation, and a join before a modal or one of the acts."""
    thing_act: re.Pattern[str] | None = None
    """Of a clause opening on one of ``lone_things`` (the ``thing`` group of ``subject``: the baby's treatment or
    feeding), one of ``lone_thing_acts`` where the verb begins: it moves with or hangs on something, no one acting
    ("the baby's morphine will go up and down with the scores", "breastfeeding depends on them")."""
    objectless: re.Pattern[str] | None = None
    """A verb that has lost what it acts on, at a clause's end ([conclusion] objectless: "will be looked", "we are
    seeing", "is to be careful of"): see :func:`without_objectless`."""
    objectless_hint: frozenset[str] = frozenset()
    """One word of each ``objectless`` phrase: a text holding none has no such clause (a cheap test first)."""
    objectless_unless: re.Pattern[str] | None = None
    """A relative word before the phrase in its clause ([conclusion] objectless_unless): its object stands in
    front ("the tremor, which we are seeing"), so the clause stands."""
    objectless_topic: re.Pattern[str] | None = None
    """A clause opening on a fronted topic ([conclusion] objectless_topics: "as for the baby"), set aside with the
    objectless clause right after it, its only predicate."""
    objectless_after_topic: re.Pattern[str] | None = None
    """A verb of finding out at a clause's end ([conclusion] objectless_after_topics: "are checking", "we'll see"):
    objectless only in a clause a fronted topic opens or right after one (see :func:`without_objectless`)."""


_SUBORDINATE = re.compile(r"\s*(?:if|when|whenever|once|until|unless|not|as|because|before|after|while)(?![\w'])")
"""A clause opening on a condition, a time, a reason or a negation ("if it is withdrawing", "not dad"): it neither
breaks nor makes a sentence whose actors are lone (:func:`without_lone_actors`)."""


_ACTOR_DETERMINERS = frozenset({"the", "this", "her", "whole", "at", "home"})
"""Words of the actors that are no actor of themselves: left out of the cheap test (``LoneActors.hint``)."""


def _lone_actors(table: dict[str, Any]) -> LoneActors | None:
    actors, acts = table.get("lone_actors", ()), table.get("lone_acts", ())
    if not actors or not acts:
        return None
    things, thing_acts = table.get("lone_things", ()), table.get("lone_thing_acts", ())
    thing = rf"|(?P<thing>{_phrase_pattern(things)})" if things and thing_acts else ""
    modal = rf"(?:(?:{_phrase_pattern(table.get('lone_modals', ()))})\s+)?(?:not\s+)?"
    adverbs = table.get("lone_adverbs", ())
    adverb = rf"(?:(?:{_phrase_pattern(adverbs)})\s+)?" if adverbs else ""
    join = r"(?:(?:and|but|then|so|or)\s+)?"
    # A bare passive of how the baby is fed ("will not be breastfed") decides the feeding: no one else need act.
    fed = table.get("lone_passives_decided", ())
    decided = rf"(?!(?:{_phrase_pattern(fed)})\s*$)" if fed else ""
    act = rf"(?:{_phrase_pattern(acts)})(?![\w'-])|(?:be|get)\s+{decided}[^\W\d_]+ed\s*$"
    return LoneActors(
        frozenset(w for a in (*actors, *(things if thing else ())) for w in tokens(a)) - _ACTOR_DETERMINERS,
        re.compile(rf"\s*{join}(?:{_phrase_pattern(actors)}{thing})\s+{modal}{adverb}(?P<verb>)"),
        re.compile(
            rf"\s*(?:{join}(?:{_phrase_pattern(table.get('lone_modals', ('will',)))})\s+(?:not\s+)?{adverb}"
            rf"|(?:and|but|then|or)\s+{adverb}(?={act}))"
        ),
        re.compile(act),
        re.compile(rf"[,;:!?()\[\]\n]|\s(?=(?:and|but|then|or)\s+{modal}{adverb}(?:{act}))"),
        re.compile(rf"(?:{_phrase_pattern(thing_acts)})(?![\w'-])") if thing else None,
        *_objectless(table),
    )


_AUXILIARIES = frozenset({"is", "are", "am", "be", "been", "will", "shall", "we", "i", "they", "re", "m", "ll"})
"""Words of an ``objectless_after_topics`` phrase that are no verb of its own: never its word for the cheap test."""


def _objectless(
    table: dict[str, Any],
) -> tuple[
    re.Pattern[str] | None,
    frozenset[str],
    re.Pattern[str] | None,
    re.Pattern[str] | None,
    re.Pattern[str] | None,
]:
    """[conclusion] objectless (at a clause's end), one word of each for the cheap test (and of each of
    objectless_after_topics), objectless_unless, objectless_topics (opening a clause), and objectless_after_topics
    (at a clause's end)."""
    phrases, unless = table.get("objectless", ()), table.get("objectless_unless", ())
    topics, after_topics = table.get("objectless_topics", ()), table.get("objectless_after_topics", ())
    if not phrases:
        return None, frozenset(), None, None, None
    hint = frozenset(max(tokens(p), key=len) for p in phrases)
    if topics and after_topics:
        # the verb's own word, not its auxiliary ("see" of "we'll see"): "will" is in most texts
        hint |= frozenset(max((w for w in tokens(p) if w not in _AUXILIARIES), key=len) for p in after_topics)
    return (
        re.compile(rf"(?<![\w'])(?:{_phrase_pattern(phrases)})\s*$"),
        hint,
        re.compile(rf"(?<![\w'])(?:{_phrase_pattern(unless)})(?![\w'])") if unless else None,
        re.compile(rf"\s*(?:{_phrase_pattern(topics)})\s") if topics else None,
        re.compile(rf"(?<![\w'])(?:{_phrase_pattern(after_topics)})\s*$") if topics and after_topics else None,
    )


@dataclass(frozen=True, slots=True)
class LayWatchers:
    """Relatives, partners, friends and neighbours set to watch the baby or the sedated parent ([conclusion]
    lay_actors, lay_kin, lay_modals, lay_acts, watchers in mappings/concerns.toml): they may help, but a plan
    whose only watcher is one of them has no one answerable observing (:func:`lay_watched_conclusions`)."""

    hint: frozenset[str]
    """The words of the actors: a text holding none has no such watcher (a cheap test before the pattern)."""
    watching: re.Pattern[str]
    """One of the actors, with a modal and adverb after it, and one of the acts of watching."""
    watchers: Phrases
    """Those whose watching is a plan: midwife, health visitor, paediatrician, the ward, GP, the foster carer."""


def _lay_watchers(table: dict[str, Any]) -> LayWatchers | None:
    actors, kin, acts = table.get("lay_actors", ()), table.get("lay_kin", ()), table.get("lay_acts", ())
    watchers = table.get("watchers", ())
    if not (actors or kin) or not acts or not watchers:
        return None
    babies = "|".join(re.escape(normalise(b)) for b in table.get("lay_not_possessors", ()))
    possessor = rf"(?:her|his|their|(?!(?:{babies})'s)[^\W\d_]+'s)" if babies else r"(?:her|his|their|[^\W\d_]+'s)"
    qualifier = r"(?:(?:maternal|paternal|own|older|younger|close|elderly|family)\s+)*"
    who = []
    if actors:
        who.append(rf"(?:(?:the|a|an|one|{possessor})\s+)?{qualifier}(?:{_phrase_pattern(actors)})")
    if kin:
        who.append(rf"{possessor}\s+{qualifier}(?:{_phrase_pattern(kin)})")
    modal = rf"(?:(?:{_phrase_pattern(table.get('lay_modals', ('will',)))})\s+)?"
    adverbs = table.get("lone_adverbs", ())
    adverb = rf"(?:(?:{_phrase_pattern(adverbs)})\s+)?" if adverbs else ""
    return LayWatchers(
        frozenset(w for a in (*actors, *kin) for w in tokens(a)),
        re.compile(rf"(?<![\w'])(?:{'|'.join(who)})\s+{modal}{adverb}(?:{_phrase_pattern(acts)})(?![\w'-])"),
        Phrases.of(watchers),
    )


@dataclass(frozen=True, slots=True)
class LeftToHer:
    """Words that hand a decision to the parent's wish ([conclusion] left_to_her in mappings/concerns.toml:
    "whatever she prefers", "up to mum whether", "she can decide"): what they govern is no plan
    (:func:`without_her_wish`)."""

    hint: tuple[str, ...]
    """Of each phrase its longest word: a text holding none holds no phrase (a cheap test before the pattern)."""
    phrase: re.Pattern[str]
    """One of the phrases, as whole words, not right after a negation ("not up to her")."""
    matters: Phrases
    """The baby's watch, sleep and night care ([conclusion] left_to_her_matters): a hand-over is blanked only where
    what it governs holds one; her choice of feeding alone is hers to make."""
    asked_hint: tuple[str, ...] = ()
    """Of each condition on her asking ([conclusion] left_to_her_asked) its longest word."""
    asked: re.Pattern[str] | None = None
    """A professional's act conditioned on her asking ("if she wants them", "should she ask", "on request"), as
    whole words, not after a negation or "even"."""
    asked_matters: Phrases | None = None
    """What a condition on her asking must govern to be blanked ([conclusion] left_to_her_asked_matters)."""
    asked_extra: Phrases | None = None
    """Words that make the act on request more than the plan beside it ([conclusion] left_to_her_asked_extra:
    "as well as the planned one", "again later if she wants"): the condition's clause then stands."""
    words: WordSets = dataclasses.field(default_factory=dict, compare=False)
    """The words of each phrase (:func:`_word_sets`): a text holding every word of none holds no phrase."""
    asked_words: WordSets = dataclasses.field(default_factory=dict, compare=False)
    """The words of each condition on her asking, as :attr:`words`."""


WordSets = dict[str, tuple[frozenset[str], ...]]
"""The words of each phrase of a list (:func:`_word_sets`), by the phrase's rarest word."""


def _word_sets(phrases: Sequence[str]) -> WordSets:
    """Of each of ``phrases`` (as :func:`_phrase_pattern` joins them: normalised, a space any run of spaces, "..."
    a gap of words) its rarest word in English and the set of its words (:func:`words_of_normalised`), those of
    one set once. Each word of a phrase stands whole in a text wherever the phrase's pattern matches in it (the
    pattern is bounded by no word character on either side, and each word is written out between spaces or marks),
    so a text whose words hold no phrase's every word is not searched (:func:`_holds_words`)."""
    sets = {frozenset(words_of_normalised(normalise(p))) for p in phrases}
    if frozenset() in sets:
        return {}  # a phrase of no words may match anywhere
    by_rarest: dict[str, list[frozenset[str]]] = {}
    for needed in sorted(sets, key=sorted):
        by_rarest.setdefault(min(needed, key=lambda w: (zipf(w), w)), []).append(needed)
    return {rarest: tuple(found) for rarest, found in by_rarest.items()}


def _holds_words(words: tuple[str, ...], sets: WordSets) -> bool:
    """Whether ``words`` (a text's, :func:`words_of_normalised`) hold every word of one of ``sets``; true for no
    sets (nothing known, so a phrase may be anywhere)."""
    if not sets:
        return True
    held = sets.keys() & words  # at C speed: the rarest words it holds, most texts none
    return bool(held) and any(needed.issubset(words) for rarest in held for needed in sets[rarest])


def _left_to_her(table: dict[str, Any]) -> LeftToHer | None:
    phrases, matters = table.get("left_to_her", ()), table.get("left_to_her_matters", ())
    if not phrases or not matters:
        return None
    asked, asked_matters = table.get("left_to_her_asked", ()), table.get("left_to_her_asked_matters", ())
    return LeftToHer(
        tuple(sorted({max(tokens(p), key=len) for p in phrases})),
        re.compile(rf"(?<![\w'])(?<!not\s)(?<!n't\s)(?:{_phrase_pattern(phrases)})(?![\w'])"),
        Phrases.of(matters),
        tuple(sorted({max(tokens(p), key=len) for p in asked})),
        re.compile(rf"(?<![\w'])(?<!not\s)(?<!n't\s)(?<!even\s)(?:{_phrase_pattern(asked)})(?![\w'])")
        if asked and asked_matters
        else None,
        Phrases.of(asked_matters) if asked and asked_matters else None,
        Phrases.of(table["left_to_her_asked_extra"]) if asked and table.get("left_to_her_asked_extra") else None,
        _word_sets(phrases),
        _word_sets(asked) if asked and asked_matters else {},
    )


_HANDED_CLAUSE_START = re.compile(r"[,;:!?()\[\]\n]|\.(?=\s|$)|\s-\s")
"""Where the clause holding a hand-over to her wish begins, read backwards: its subject goes with it ("where the
baby sleeps is up to her")."""
_HANDED_SUBJECT_START = re.compile(r"[;:!?()\[\]\n]|\.(?=\s|$)|\s-\s")
"""Where the sentence's part holding a hand-over begins: a subject of questions named before it may run over
commas ("whether the baby is scored for withdrawal, and where the baby sleeps, is whatever she prefers")."""
_HANDED_SUBJECT = re.compile(r"\s*(?:whether|where|who|how|when|what)(?![\w'])")
"""A sentence's part opening on a question word: what it names up to the hand-over is the hand-over's subject."""
_HANDED_CLAUSE_END = re.compile(r"[;:!?()\[\]\n]|\.(?=\s|$)|\s-\s|\s(?:but|however|either\s+way)(?![\w'])")
"""Where what a hand-over governs ends: not at a comma, which parts the things handed over ("she can decide about
feeding, where the baby sleeps and whether ..."), but at a sentence's part or a turn ("but", "either way")."""


_ASKED_CLAUSE_END = re.compile(r"[,;:!?()\[\]\n]|\.(?=\s|$)|\s-\s|\s(?:but|however|as\s+well\s+as)(?![\w'])")
"""Where what a condition on her asking governs ends: its clause ("levels if she wants them, and the midwife
observes for 72 hours"; "a review on request as well as the planned one at birth")."""


def _asked_spans(normalised: str, left: LeftToHer) -> list[tuple[int, int]]:
    """Where a professional's act is conditioned on her asking ("levels if she wants them", "a paediatric review
    if she requests one", "should she ask, the midwife checks the baby"): from the start of the condition's
    clause to its end, or, for a condition that opens its clause ("if she wants, ..."), to the end of the clause
    after it; only where what it governs holds one of ``asked_matters``."""
    if (
        left.asked is None
        or left.asked_matters is None
        or not any(map(normalised.__contains__, left.asked_hint))
        or not _holds_words(words_of_normalised(normalised), left.asked_words)
    ):
        return []
    spans: list[tuple[int, int]] = []
    for m in left.asked.finditer(normalised):
        starts = [c.end() for c in _HANDED_CLAUSE_START.finditer(normalised, 0, m.start())]
        start = starts[-1] if starts else 0
        found = _ASKED_CLAUSE_END.search(normalised, m.end())
        end = found.start() if found is not None else len(normalised)
        if not normalised[start : m.start()].strip() and found is not None and found.group() == ",":
            after = _ASKED_CLAUSE_END.search(normalised, found.end())  # "if she wants, the midwife will ..."
            end = after.start() if after is not None else len(normalised)
        turn = _ASKED_CLAUSE_END.match(normalised, end)  # the clause with the word that ends it ("as well as")
        governed = words_of_normalised(normalised[start : turn.end() if turn is not None else end])
        if left.asked_extra is not None and left.asked_extra.found_in(governed):
            continue  # more than the plan beside it: "a review on request as well as the planned one"
        if left.asked_matters.found_in(with_meanings(words_of_normalised(normalised[start:end]))):
            spans.append((start, end))
    return spans


@functools.lru_cache(maxsize=memo.TEXTS)  # pure in the text; several readings ask of the same one
def without_her_wish(normalised: str) -> str:
    """``normalised`` with each hand-over to the parent's wish blanked in place ("whatever she prefers", "up to mum
    whether she does the night feeds", "she can decide about feeding, where the baby sleeps and whether the baby
    is observed"), from the start of its clause (its subject: "whether the baby is observed is up to her") to the
    end of its sentence's part or a turn ("but", "either way"), where it holds the baby's watch, sleep or night
    care: what is left to her wish is no plan. Her choice of feeding alone is hers, and a judgement beside it
    stands ("feeding is her choice: both are safe with sertraline", "whether she breastfeeds is her choice; either
    way the midwife observes for 72 hours"). A professional's act conditioned on her asking ("levels if she wants
    them", "a review on request") is blanked too (:func:`_asked_spans`)."""
    left = concern_map().left_to_her
    if left is None:
        return normalised
    spans = _asked_spans(normalised, left)
    if not any(map(normalised.__contains__, left.hint)) or not _holds_words(
        words_of_normalised(normalised), left.words
    ):
        return blanked(normalised, spans) if spans else normalised
    for m in left.phrase.finditer(normalised):
        starts = [c.end() for c in _HANDED_CLAUSE_START.finditer(normalised, 0, m.start())]
        parts = [c.end() for c in _HANDED_SUBJECT_START.finditer(normalised, 0, m.start())]
        part = parts[-1] if parts else 0
        if starts and starts[-1] > part and _HANDED_SUBJECT.match(normalised, part) is not None:
            starts.append(part)  # "whether the baby is scored, and where it sleeps, is up to her": the subject
        found = _HANDED_CLAUSE_END.search(normalised, m.end())
        span = (starts[-1] if starts else 0, found.start() if found is not None else len(normalised))
        if left.matters.found_in(with_meanings(words_of_normalised(normalised[span[0] : span[1]]))):
            spans.append(span)
    return blanked(normalised, spans) if spans else normalised


def lay_watched_conclusions(facts: RecordFacts) -> Iterator[WrittenConclusion]:
    """Each written conclusion, of medicines that raise concerns, that sets a relative, partner, friend or
    neighbour to watch the baby or the sedated parent ("her sister will keep an eye on ...", "a friend has
    offered to check on ...") and names no one whose watching is a plan (a midwife, the health visitor, a
    paediatrician, the ward, the GP, the foster carer): family may help beside them, not stand in for them."""
    lay = concern_map().lay
    if lay is None:
        return
    raised_at = facts.conclusion_concerns
    for written in facts.conclusions:
        if not raised_at.get(written.path):
            continue
        normalised = normalise(written.text)
        words = words_of_normalised(normalised)
        if lay.hint.isdisjoint(words) or lay.watching.search(normalised) is None:  # cheap: no lay actor at all
            continue
        if not lay.watchers.found_in(with_meanings(words)):
            yield written


@functools.lru_cache(maxsize=memo.TEXTS)  # pure in the text; several readings ask of the same one
def without_lone_actors(normalised: str) -> str:
    """``normalised`` with each clause blanked in place whose only actor is the baby or an unnamed household and
    whose verb is what the baby does of itself or a household does with no one answerable ("the baby will settle",
    "will let the carers know", "the household will keep an eye out", "will be weighed"), and each sentence whose
    every clause has such a subject and one of them such a verb ("the baby will settle and will sleep in its own
    cot"). A clause opening on a condition or a negation ("if it is withdrawing", "not dad") goes with either."""
    lone = concern_map().lone
    if lone is None or not lone.hint & set(words_of_normalised(normalised)):
        return normalised
    spans: list[tuple[int, int]] = []
    for sentence in _SENTENCE_SPLIT.finditer(normalised):
        start, end = sentence.span()
        bounds = [start, *(m.end() for m in lone.aside.finditer(normalised, start, end)), end + 1]
        aside: list[tuple[int, int]] = []
        alone, on_lone = True, False
        for a, b in itertools.pairwise(bounds):
            clause = normalised[a : b - 1] if b - 1 <= end else normalised[a:end]
            if not clause.strip():
                continue
            opened = lone.subject.match(clause)
            thing = opened is not None and "thing" in opened.re.groupindex and opened["thing"] is not None
            acted = opened is not None and lone.thing_act is not None and lone.thing_act.match(clause, opened.end())
            if thing and acted is None:
                # the baby's treatment or feeding with another verb ("breastfeeding is encouraged") is no lone
                # actor's clause: it stands, and the sentence is not left to the baby
                opened, thing = None, False
            if opened is None and on_lone:
                opened = lone.going_on.match(clause)
            if opened is not None:
                on_lone = True
                if thing or lone.act.match(clause, opened.end()) is not None:
                    aside.append((a, a + len(clause)))
            elif _SUBORDINATE.match(clause) is None:
                alone, on_lone = False, False
        if aside and alone:
            spans.append((start, end))
        else:
            spans += aside
    return blanked(normalised, spans) if spans else normalised


@functools.lru_cache(maxsize=memo.TEXTS)  # pure in the text; MA122 and MA124 ask of the same one
def without_objectless(normalised: str) -> str:
    """``normalised`` with each clause blanked in place that ends on a verb which has lost what it acts on ("the
    baby after the birth will be looked", "we are seeing", "the baby is to be careful of": [conclusion] objectless
    in mappings/concerns.toml): it names no act and no one to do it. Not where a relative word before the phrase
    in its clause holds its object ("the jitteriness, which we are seeing"), nor where the verb goes on ("will be
    looked after by the midwife", "we are seeing her weekly"), nor where a colon after it brings its object ("the
    signs the baby is watched for: ..."). A fronted topic in the clause right before ("as for the baby, we are
    seeing": [conclusion] objectless_topics) is blanked with it: the objectless clause is all it says of it. A verb
    of finding out at the clause's end ("are checking", "we'll see": [conclusion] objectless_after_topics) is read
    so only there, after such a topic or in the clause it opens ("as for the baby, the carers are checking"):
    elsewhere a heading may be its object ("cot safety: the HV is checking")."""
    lone = concern_map().lone
    if lone is None or lone.objectless is None or lone.objectless_hint.isdisjoint(words_of_normalised(normalised)):
        return normalised
    spans: list[tuple[int, int]] = []
    start, before = 0, (0, 0, "")  # the clause before: its span and the mark ending it
    for end, after in [*((m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(normalised)), (len(normalised), 0)]:
        clause = normalised[start:end]
        found = lone.objectless.search(clause)
        unless = lone.objectless_unless
        mark = normalised[end:after]
        topic = lone.objectless_topic
        after_topic = lone.objectless_after_topic
        fronted = before[2] in (",", ":") and topic is not None and topic.match(normalised, *before[:2]) is not None
        if (
            found is None
            and after_topic is not None
            and topic is not None
            and (fronted or topic.match(normalised, start, end) is not None)
        ):
            # a verb of finding out is objectless only after a fronted topic, or in the clause one opens
            found = after_topic.search(clause)
        if (
            found is not None
            and mark != ":"
            and (unless is None or unless.search(clause, 0, found.start()) is None)
        ):
            spans.append((start, end))
            if fronted:
                spans.append(before[:2])
        before = (start, end, mark)
        start = after
    return blanked(normalised, spans) if spans else normalised


@dataclass(frozen=True, slots=True)
class DrugActors:
    """Medicines set to do what only a person can ([conclusion] drug_actor_words, drug_acts in
    mappings/concerns.toml): "the medicine will monitor the baby" names no one who monitors
    (:func:`without_drug_actors`)."""

    hint: frozenset[str]
    """The first words of the acts: a text holding none has no such clause (a cheap test before any pattern)."""
    opening: re.Pattern[str]
    """A clause's opening before its subject: a join and a determiner or possessor; ``word`` a class word."""
    after_name: re.Pattern[str]
    """What may follow a medicine's name before the verb: a dose, a noun ("dose", "tablets"), the modal (``modal``)
    and adverbs; ``verb`` where the verb begins."""
    going_on: re.Pattern[str]
    """A clause with no subject of its own, opening on a modal ("..., will check the cot"): it goes on with the one
    before."""
    act: re.Pattern[str]
    """One of the acts only a person can do, where the verb begins."""
    aside: re.Pattern[str]
    """Where a clause is split: its punctuation, and a join before the next clause."""
    verbs: frozenset[str]
    """The modals' and the verb to be's words: a list's item holding one is a clause (:func:`_list_items`)."""
    pair: re.Pattern[str]
    """A clause's opening on a word for two medicines together ("both", "the two of them") and a modal or none:
    its subject where the clauses before it in the sentence have two medicines for theirs."""
    pronoun: re.Pattern[str] | None = None
    """A clause's opening on "it" and a modal or none, right after a clause whose subject is a medicine: the
    medicine is its subject too ("methadone continues; it will protect the baby from withdrawal")."""


def _drug_actors(table: dict[str, Any]) -> DrugActors | None:
    words, acts = table.get("drug_actor_words", ()), table.get("drug_acts", ())
    if not acts:
        return None
    modals = _phrase_pattern(table.get("lone_modals", ("will",)))
    adverbs = table.get("lone_adverbs", ())
    adverb = rf"(?:(?:{_phrase_pattern(adverbs)})\s+)*" if adverbs else ""
    join = r"(?:(?:and|but|then|so|or|while|whilst)\s+)?"
    owner = r"(?:(?:the|her|his|their|this|that|its|[^\W\d_]+'s)\s+)?"
    word = rf"(?P<word>{_phrase_pattern(words)})(?![\w'-])" if words else r"(?!)"
    when = r"(?:od|bd|tds|qds|nocte|mane|daily|at night|once daily|twice daily|in the morning)"
    dose = rf"(?:\s+\(?\d[\d.,]*\s*(?:mg|g|mcg|micrograms?|ml|units?)\)?(?:\s+{when})?)?"
    nouns = r"(?:\s+(?:dose|doses|tablet|tablets|treatment|prescription|injection|injections|itself|alone|on its own))?"
    return DrugActors(
        frozenset(tokens(a)[0] for a in acts if tokens(a)),
        re.compile(rf"\s*{join}{owner}(?:{word})?"),
        re.compile(rf"{dose}{nouns}\s+(?P<modal>(?:{modals})\s+)?(?:not\s+)?{adverb}(?P<verb>)"),
        re.compile(rf"\s*{join}(?:{modals})\s+(?:not\s+)?{adverb}"),
        re.compile(rf"(?:{_phrase_pattern(acts)})(?![\w'-])"),
        re.compile(r"[,;:!?()\[\]\n]|\s(?=(?:and|but|then|so|or|while|whilst)\s)"),
        frozenset(
            w
            for m in table.get("lone_modals", ("will",))
            for w in tokens(m)
            if w not in ("going", "expected", "likely", "to")
        )
        | {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "to", "must", "needs", "need"},
        re.compile(
            rf"\s*{join}(?:{_phrase_pattern(table.get('drug_pair_words', ('both',)))})\s+"
            rf"(?P<modal>(?:{modals})\s+)?(?:not\s+)?{adverb}"
        ),
        re.compile(rf"\s*{join}it\s+(?:(?:{modals})\s+)?(?:not\s+)?{adverb}"),
    )


@functools.lru_cache(maxsize=memo.TEXTS)  # pure in the text; several readings ask of the same one
def without_drug_actors(normalised: str) -> str:
    """``normalised`` with each clause blanked in place whose subject is a medicine (a name the gate knows, or a
    class word: "the medication", "the antidepressant") and whose verb is an act only a person can do ("will
    monitor the baby", "will make sure the baby sleeps safely", "will keep the night feeds safe"), and each sentence
    whose every clause has a medicine for its subject and one of them such a verb ("pregabalin will settle the
    withdrawal and diazepam will keep the night feeds safe"). What a medicine does to the one who takes it stands
    ("the methadone dose will keep her stable"), as does a medicine a person gives ("morphine will settle the
    withdrawal if needed, started by the neonatal team") and a medicine beside a person who acts ("methadone will
    be continued and the midwife will monitor the baby"). After two clauses of a sentence with medicines for their
    subjects, a word for both (``drug_pair_words``: "both", "the two of them") is a medicine subject too; so it is
    right after two clauses that each open on a medicine, two medicines joined as one subject ("X and Y continue;
    both will ...")."""
    drugs = concern_map().drugs
    if drugs is None or drugs.hint.isdisjoint(words_of_normalised(normalised)):  # cheap: no person's act at all
        return normalised
    if drugs.act.search(normalised) is None:  # no act anywhere, so none where a clause's verb begins
        return normalised
    named = {m.start: m.end for m in mentions(normalised, fuzzy=False)}
    spans: list[tuple[int, int]] = []
    for sentence in _SENTENCE_SPLIT.finditer(normalised):
        start, end = sentence.span()
        bounds = [start, *(m.end() for m in drugs.aside.finditer(normalised, start, end)), end + 1]
        parts = [(a, min(b - 1, end)) for a, b in itertools.pairwise(bounds) if normalised[a : min(b - 1, end)].strip()]
        aside: list[tuple[int, int]] = []
        alone, on_drug, subjects, paired, listed = True, False, 0, 0, 0
        for i, (a, stop) in enumerate(parts):
            if listed:  # the items of a list the clause before ends on ("... for jitteriness, poor feeding or ...")
                listed -= 1
                aside.append((a, stop))
                continue
            verb = _drug_verb(drugs, normalised, a, stop, named)
            subjects += verb is not None
            # "X will ... and Y will ...; both will ...", or "X and Y continue; both will ...": the two medicines
            if verb is None and (subjects >= 2 or paired >= 2):
                both = drugs.pair.match(normalised, a, stop)
                if both is not None and (both.group("modal") or drugs.act.match(normalised, both.end(), stop)):
                    verb = both.end()
            if verb is None and on_drug:
                going = drugs.going_on.match(normalised, a, stop)
                verb = going.end() if going is not None else None
                # "it" right after a medicine's clause, with an act only a person can do: the medicine again
                it = drugs.pronoun.match(normalised, a, stop) if verb is None and drugs.pronoun is not None else None
                if it is not None and drugs.act.match(normalised, it.end(), stop) is not None:
                    verb = it.end()
            if verb is not None:
                on_drug = True
                if drugs.act.match(normalised, verb, stop) is not None:
                    aside.append((a, stop))
                    listed = _list_items(drugs, normalised, parts[i + 1 :])
            elif _SUBORDINATE.match(normalised[a:stop]) is None:
                alone, on_drug = False, False
            paired = paired + 1 if _opens_on_drug(drugs, normalised, a, stop, named) else 0
        if aside and alone:
            spans.append((start, end))
        else:
            spans += aside
    return blanked(normalised, spans) if spans else normalised


def _opens_on_drug(drugs: DrugActors, normalised: str, a: int, stop: int, named: dict[int, int]) -> bool:
    """Whether the clause ``normalised[a:stop]`` opens on a medicine (a name the gate knows or a class word), after
    a join and a determiner or possessor, whatever follows: "diazepam 5 mg", "and pregabalin continue"."""
    opened = drugs.opening.match(normalised, a, stop)
    if opened is None:
        return False
    at = opened.end()
    return opened.group("word") is not None or (at in named and named[at] <= stop)


def _list_items(drugs: DrugActors, normalised: str, parts: Sequence[tuple[int, int]]) -> int:
    """How many of ``parts`` (the clauses after one, to its sentence's end) are the further items of a list the
    clause before ends on: each after a comma, the last opening on "or" or "and", none with a verb or a modal of its
    own nor ending on a participle ("..., poor feeding or laboured breathing", not "..., bottle feeding advised");
    0 where they are not such a list."""
    for n, (a, stop) in enumerate(parts, 1):
        words = tokens(normalised[a:stop])
        closes = normalised[a - 1] != "," and bool(words) and words[0] in ("or", "and")
        if not closes and normalised[a - 1] != ",":
            return 0
        if any(w in drugs.verbs or _PRESENT_VERB.fullmatch(w) for w in words) or (words and words[-1].endswith("ed")):
            return 0  # a verb, a modal, or a participle closing it ("bottle feeding advised"): a clause of its own
        if closes:
            return n
    return 0


def _drug_verb(drugs: DrugActors, normalised: str, a: int, stop: int, named: dict[int, int]) -> int | None:
    """Where the verb begins in the clause ``normalised[a:stop]`` whose subject is a medicine, with a modal before
    it or one of the acts at it; else None."""
    opened = drugs.opening.match(normalised, a, stop)
    if opened is None:
        return None
    at = opened.end()
    if opened.group("word") is None:
        if at not in named or named[at] > stop:
            return None
        at = named[at]
    after = drugs.after_name.match(normalised, at, stop)
    if after is None:
        return None
    verb = after.end()
    if after.group("modal") is None and drugs.act.match(normalised, verb, stop) is None:
        # No modal and no act: a verb of the present ("keeps her well") still makes the medicine the subject.
        return verb if _PRESENT_VERB.match(normalised, verb, stop) is not None else None
    return verb


_PRESENT_VERB = re.compile(r"(?:is|has|[^\W\d_]{2,}[^\W\d_s]s)(?![\w'])")
"""A verb of the present after a medicine's name ("is", "has", "keeps", "continues"; not "as", "its")."""


@dataclass(frozen=True, slots=True)
class AbsentRoles:
    """Roles the conclusion itself says are absent: not involved, declined, withdrawn, not yet allocated, or that
    she has none of ([conclusion] absent_roles, absent_after, absent_before, absent_unless, absent_gap in
    mappings/concerns.toml): the plan's acts given to one of them are in no one's hands
    (:func:`without_absent_actors`)."""

    hint: frozenset[str]
    """The words of the absence: a text holding none says no role is absent (a cheap test before any pattern)."""
    groups: tuple[tuple[str, ...], ...]
    """Each role's names (normalised), as one group: "health visitor", "hv"."""
    said_absent: re.Pattern[str]
    """A role said to be absent; ``role`` the name."""
    unless: Phrases
    """Words of a sentence that limit the absence to a time or take it back ("previously", "re-engaged",
    "antenatally")."""
    gap: Phrases
    """Words of a role's clause that put its acts after the absence ends ("once allocated", "take over")."""
    modals: str
    """The modals that make a role the subject of a plan ("will", "to", "should")."""
    others: re.Pattern[str]
    """Pronouns and the parents, who may take a clause over from the absent role ("..., and mum does the feeds")."""
    nobody: tuple[str, ...] = ()
    """Subjects that name no one ("no one", "nobody"): a plan they hold is in no one's hands, absence said or not."""
    rare_hint: frozenset[str] | None = None
    """Of each phrase of absence its rarest word of :attr:`hint`: a text holding none of them as a word says no
    role is absent (a far stricter cheap test than :attr:`hint`, which "her" or "to" passes); None: no such test."""
    refused_act: re.Pattern[str] | None = None
    """A role or a place of care refusing the care act named as its object ("the postnatal team turned down the
    request to score the baby": ``refused_act_holders``, ``absent_refused``, ``refused_act_objects``, ``drug_acts``);
    None: no such reading."""
    refused_hint: frozenset[str] = frozenset()
    """The rarest word of each of ``absent_refused``: a text holding none of them as a word refuses no act."""
    refused_conditions: Phrases | None = None
    """Words that put a refusal under a condition before it in its clause (``refused_act_conditions``: "if")."""


def _absent_roles(table: dict[str, Any]) -> AbsentRoles | None:
    groups = tuple(tuple(normalise(n) for n in g) for g in table.get("absent_roles", ()))
    after, before = table.get("absent_after", ()), table.get("absent_before", ())
    if not groups or not (after or before):
        return None
    roles = _phrase_pattern([n for g in groups for n in g])
    # "all" before the role takes in the whole service ("has declined all health visiting").
    det = (
        r"(?:all\s+)?(?:(?:the|her|his|their|a|an|any|our|their)\s+)?"
        r"(?:(?:allocated|named|community|local|own|usual)\s+)?"
    )
    # Another of the roles' names, or the first words of one, before the role names its service ("a drug service
    # keyworker", "a substance misuse recovery worker"): the role said absent is the last, the one a later clause
    # names ("the keyworker will visit"). Lazy: a whole role's name is read first ("the perinatal psychiatrist", not
    # "perinatal" before "psychiatrist"), so the role said absent is the one a later clause names in full.
    names = [n for g in groups for n in g]
    services = {" ".join(n.split()[:k]) for n in names for k in range(1, len(n.split()))}
    det = rf"{det}(?:(?:{_phrase_pattern([*names, *services])})\s+)??"
    said = []
    if after:
        # An auxiliary before the absence ("have closed her case"), or another act joined before it ("have closed
        # her case and are not involved").
        joined = r"(?:(?:[^\s.;:!?,]+\s+){1,8}?(?:and|but)\s+)?(?:(?:has|have|had|is|are|was|were)\s+)?"
        said.append(
            rf"(?<![\w'])(?:{det})(?P<role>{roles})\s+(?:team\s+)?{joined}(?:{_phrase_pattern(after)})(?![\w'])"
        )
    if before:
        said.append(rf"(?<![\w'])(?:{_phrase_pattern(before)})\s+{det}(?P<role2>{roles})(?![\w'])")
    if none_after := tuple(table.get("absent_none_after", ())):
        said.append(
            rf"(?<![\w'])no\s+{det}(?P<role3>{roles})\s+(?:(?:is|has\s+been|yet|will|can|is\s+to|be)\s+)*"
            rf"(?:{_phrase_pattern(none_after)})"
            r"(?![\w'])"
        )
    refused = table.get("absent_refused", ())
    if refused and (refusers := table.get("absent_refusers", ())):
        # She refuses the role itself, the clause ending there or going on with no noun of what she refused.
        then = _phrase_pattern(table.get("absent_refused_then", ("and",)))
        who = _phrase_pattern(refusers)
        if not_refusers := table.get("absent_not_refusers", ()):
            # Or any one word but a negation, a modal or a condition: her name ("Kayleigh refused any HV input").
            who = rf"{who}|(?!(?:{_phrase_pattern(not_refusers)})(?![\w']))[^\W\d_][\w'-]*"
        said.append(
            rf"(?<![\w'])(?:{who})\s+(?:{_phrase_pattern(refused)})\s+{det}(?P<role4>{roles})"
            rf"(?=\s*(?:[.;:,!?)\n]|$)|\s+(?:{then})(?![\w']))"
        )
    hint = frozenset(w for p in (*after, *before, *refused, *none_after) for w in tokens(p)) - {
        "the", "a", "an", "is", "are", "has", "have", "do", "does", "did", "will", "not", "t", "of", "with", "from",
        "out", "down", "don", "doesn", "didn", "won",  # each phrase keeps a rarer word ("pulled", "turned")
    }
    rarest: set[str] = set()
    for phrase in (*after, *before, *refused, *none_after):
        kept = [w for w in tokens(phrase) if w in hint]
        if not kept:
            rarest.clear()  # a phrase of none of the hint's words: no stricter test holds
            break
        rarest.add(min(kept, key=lambda w: (zipf(w), w)))
    refused_act, refused_hint = _refused_act(table, names, det)
    return AbsentRoles(
        hint,
        groups,
        re.compile("|".join(said)),
        Phrases.of(table.get("absent_unless", ())),
        Phrases.of(table.get("absent_gap", ())),
        _phrase_pattern(
            [*table.get("lone_modals", ("will",)), *table.get("absent_modals", ()), "to", "must", "needs to", "need to"]
        ),
        re.compile(r"\s*(?:(?:and|but|while|whereas|so)\s+)?(?:she|he|they|we|i|mum|dad|mother|father|parents)(?![\w'])"),
        tuple(normalise(n) for n in table.get("absent_nobody", ())),
        frozenset(rarest) or None,
        refused_act,
        refused_hint,
        _phrases_or_none(table.get("refused_act_conditions", ())),
    )


def _refused_act(
    table: dict[str, Any], roles: Sequence[str], det: str
) -> tuple[re.Pattern[str] | None, frozenset[str]]:
    """The pattern of a role (one of ``roles``) or a place of care (``refused_act_holders``) refusing the care act
    named as its object (:attr:`AbsentRoles.refused_act`), and the rarest word of each refusal (its cheap test)."""
    holders = [*roles, *(normalise(h) for h in table.get("refused_act_holders", ()))]
    refused, objects, acts = (
        table.get("absent_refused", ()), table.get("refused_act_objects", ()), table.get("drug_acts", ())
    )
    if not (holders and refused and objects and acts):
        return None, frozenset()
    # Two holders joined ("the HV and the foster carer have both turned down ..."), an adverb of who among them
    # before the refusal, and the act as a gerund right after it ("turned down watching the baby") read as its
    # infinitive after an object ("turned down the request to watch the baby").
    holder = rf"{det}(?:{_phrase_pattern(holders)})\s+(?:team\s+)?"
    gerunds = table.get("refused_act_gerunds", ())
    acted = rf"(?:{_phrase_pattern(objects)})\s+(?:{_phrase_pattern(acts)})"
    if gerunds:
        acted = rf"(?:{acted}|{_phrase_pattern(gerunds)})"
    pattern = re.compile(
        rf"(?<![\w']){holder}(?:and\s+{holder})?(?:(?:has|have|had)\s+)?(?:(?:both|all|each|also)\s+)?"
        rf"(?:{_phrase_pattern(refused)})\s+{acted}(?![\w'-])"
    )
    common = {"has", "have", "had", "is", "do", "does", "did", "not", "t", "down", "out", "of", "with", "from"}
    rarest = set()
    for phrase in refused:
        kept = [w for w in tokens(phrase) if w not in common]
        if kept:
            rarest.add(min(kept, key=lambda w: (zipf(w), w)))
    return pattern, frozenset(rarest)


@functools.lru_cache(maxsize=memo.TEXTS)  # pure in the text; several readings ask of the same one
def without_absent_actors(normalised: str) -> str:
    """``normalised`` with each clause blanked in place whose subject is a role the same text says is absent ("the
    perinatal team declined the referral", "she has no drug worker", "no health visitor allocated yet", "the foster
    carer has withdrawn", "she declines health visiting") and that gives that role the plan ("the health visitor
    will do the night checks", or in the present: "the health visitor checks the cot", or as the agent of a passive:
    "withdrawal is to be picked up by the health visitor"), up to
    the end of its sentence or a semicolon, or a clause opening on a pronoun or a parent. An absence limited to a
    time or taken back in its sentence ("previously declined ... has now re-engaged", "not involved antenatally")
    rules nothing out (an absence may take an auxiliary or follow another act: "have closed her case and are not
    involved"; or she may refuse the role: "she has declined health visiting."), and a clause that puts the role's
    acts after the absence ends stands ("the HV will take over once allocated"): a plan for the gap. An absence
    until a date ("no health visitor is allocated until January") rules the role out of every act given no time of
    its own (a month or a date: "the HV will see her in February" stands), the baby's first weeks falling in the
    gap. An absence said in one sentence rules the role out of the later ones too. A subject that names no one
    (``absent_nobody``:
    "no one will review the sleeping arrangements") doing a person's act (``drug_acts``) holds nothing either, and
    no one taking an act over is no plan for a gap ("..., and no one will take over the night feeds"); no one doing
    a risky act ("no one shares a bed with the baby") is a rule and stands."""
    spans, _ = _absent_actor_spans(normalised)
    return blanked(normalised, spans) if spans else normalised


def gives_plan_to_absent_role(text: str) -> bool:
    """Whether ``text`` gives any act of its plan to a role it itself says is absent (:func:`without_absent_actors`:
    "she has declined all health visiting, so the health visitor will check the crib"), whatever its other clauses
    say: a contradiction in what is shared, the reader counting on a check that cannot happen (MA122, a decision of
    the lead engineer). No one as the subject ("no one will review ...") is left to :func:`given_to_no_one`. An act
    still to come held by someone the text says has left their post is read apart (:func:`given_to_someone_gone`)."""
    return _absent_actor_spans(normalise(text))[1]


def given_to_someone_gone(text: str) -> bool:
    """Whether ``text`` gives an act now or to come to someone it says has left their post, no successor named
    (:func:`.holders.given_to_the_gone`: a professional named so, no one in the post after them in that sentence or
    the next; :func:`.holders.plans_held_by_gone`: the act's holder opening its clause or the passive's agent, no
    successor named anywhere, a relative gone from work aside), whatever its other clauses say (MA122)."""
    plain = normalise(text)
    return given_to_the_gone(plain) or plans_held_by_gone(plain)


@functools.lru_cache(maxsize=4)
def _role_first_words(groups: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """The first word of each role's name (:attr:`AbsentRoles.groups`): a text holding none of them as a word says
    no role is absent, so :attr:`AbsentRoles.said_absent` finds nothing in it."""
    return frozenset(n.split()[0] for g in groups for n in g if n.split())


def _absent_actor_spans(normalised: str) -> tuple[list[tuple[int, int]], bool]:
    """The spans :func:`without_absent_actors` blanks, and whether any is a clause given to a role said absent."""
    absent = concern_map().absent
    if absent is None:
        return [], False
    refused = _refused_act_spans(normalised, absent)
    nobody = [n for n in absent.nobody if n in normalised]  # cheap: a literal test
    if not nobody:
        said_words = words_of_normalised(normalised)
        if (
            absent.hint.isdisjoint(said_words)
            or (absent.rare_hint is not None and absent.rare_hint.isdisjoint(said_words))
            or _role_first_words(absent.groups).isdisjoint(said_words)
        ):
            return refused, False  # cheap: no absence at all, or no role to be absent (each is said in whole words)
    gone: set[tuple[str, ...]] = set()
    dated: set[tuple[str, ...]] = set()  # roles absent until a date: an act with a time of its own stands
    said: list[int] = []
    saying: list[tuple[int, int]] = []  # the absences said: no plan for the gap in their own words
    for m in absent.said_absent.finditer(normalised):
        sentence = next((s for s in _SENTENCE_SPLIT.finditer(normalised) if s.start() <= m.start() < s.end()), None)
        until = _dates()[0].match(normalised, m.end()) if "until" in normalised else None
        if sentence is not None:
            words = sentence.group(0)
            if until is not None:  # "no HV allocated until January": the date is read, not taken as a limit
                cut = (until.start() - sentence.start(), until.end() - sentence.start())
                words = words[: cut[0]] + " " + words[cut[1] :]
            if absent.unless.found_in(tokens(words)):
                continue
        role = " ".join(next(r for r in m.groups() if r is not None).split())
        groups = [g for g in absent.groups if role in g]
        gone.update(groups)
        if until is not None:
            dated.update(groups)
        said.append(m.start())
        saying.append((m.start(), until.end() if until is not None else m.end()))
    if not gone and not nobody:
        return refused, False
    names = _phrase_pattern([*(n for g in gone for n in g), *nobody])
    det = r"(?:(?:the|her|his|their|a|an|any|our)\s+)?(?:(?:allocated|named|community|local|own|usual|new)\s+)?"
    subject = re.compile(
        rf"(?:^|(?<=[.;:!?,(\n])|(?<=\s)(?=(?:and|but|so)\s))\s*(?:(?:and|but|then|so|or)\s+)?{det}(?P<name>{names})\s+"
        r"(?:team\s+)?"
        rf"(?:(?:{absent.modals})\s+(?:then\s+|also\s+|now\s+)?|{_ROLE_PRESENT_VERB})"
    )
    # Each with where its plan-for-the-gap words may stand: after the subject (the role's own adjective, "the
    # allocated social worker", is no allocation to come), or the whole clause for a passive's agent.
    found: list[tuple[int, int, str, int]] = [
        (m.start(), m.end(), m.group("name"), m.end()) for m in subject.finditer(normalised)
    ]
    if gone:
        # The role as a passive's agent ("withdrawal is to be picked up by the health visitor"): the whole clause.
        roles = _phrase_pattern([n for g in gone for n in g])
        agent = re.compile(
            rf"(?<![\w'])(?:be|is|are|being)\s+(?:[^\W\d_][\w'-]*\s+){{1,3}}?by\s+{det}(?P<name>{roles})(?![\w'])"
        )
        for m in agent.finditer(normalised):
            opened = [s.end() for s in _ROLE_CLAUSE_STOP.finditer(normalised, 0, m.start())]
            clause_start = opened[-1] if opened else 0
            found.append((clause_start, m.end(), m.group("name"), clause_start))
    spans: list[tuple[int, int]] = []
    to_role = False
    unsaid = blanked(normalised, saying) if saying else normalised
    drugs = concern_map().drugs
    for start, after, name, gap_from in found:
        if any(a < after <= b for a, b in saying):
            continue  # the absence said itself in the future ("the social worker will not be allocated until March")
        acts = drugs is not None and drugs.act.match(normalised, after) is not None
        no_one = " ".join(name.split()) in nobody
        if no_one and not acts:
            continue  # no one to do a risky act is a rule ("no one shares a bed with the baby"), not a plan unheld
        end = len(normalised)
        for stop in _ROLE_CLAUSE_STOP.finditer(normalised[after:]):
            at = after + stop.start()
            if stop.group(0) in ";\n.!?" or absent.others.match(normalised, at + len(stop.group(0))):
                end = at
                break
        clause = unsaid[start:end]
        if not no_one and absent.gap.found_in(tokens(unsaid[gap_from:end])):
            continue  # a plan for the gap ("the HV will take over once allocated"); no one takes over nothing
        role = " ".join(name.split())
        if any(role in g for g in dated) and _dates()[1].search(clause):
            continue  # an act with a time of its own, after an absence until a date ("the HV visits in February")
        spans.append((start, end))
        to_role = to_role or not no_one
    if not spans:
        return refused, False
    # Where the plan was given to the absent role, the saying that it is absent answers nothing either ("the
    # perinatal mental health team declined the referral" names a team, not a plan for relapse).
    for at in said:
        closing = _CLAUSE_BREAK.search(normalised, at)
        spans.append((at, closing.start() if closing is not None else len(normalised)))
    return [*spans, *refused], to_role


def _refused_act_spans(normalised: str, absent: AbsentRoles) -> list[tuple[int, int]]:
    """The clauses of ``normalised`` in which a role or a place of care refuses the care act named as its object
    (:attr:`AbsentRoles.refused_act`: "the postnatal team turned down the request to score the baby"), each from its
    subject to the clause's end: the act is in no one's hands. Not where its sentence takes the refusal back
    (``absent_unless``: "initially ... but has since agreed") or a condition opens its clause before it ("if the unit
    declines to ...")."""
    pattern = absent.refused_act
    if pattern is None or absent.refused_hint.isdisjoint(words_of_normalised(normalised)):
        return []  # cheap: no refusal said in whole words
    spans: list[tuple[int, int]] = []
    for m in pattern.finditer(normalised):
        sentence = next((s for s in _SENTENCE_SPLIT.finditer(normalised) if s.start() <= m.start() < s.end()), None)
        if sentence is not None and absent.unless.found_in(tokens(sentence.group(0))):
            continue
        opened = [s.end() for s in _ROLE_CLAUSE_STOP.finditer(normalised, 0, m.start())]
        clause_start = opened[-1] if opened else 0
        conditions = absent.refused_conditions
        if conditions is not None and conditions.found_in(tokens(normalised[clause_start : m.start()])):
            continue
        stop = _REFUSED_CLAUSE_STOP.search(normalised, m.end())
        spans.append((m.start(), stop.start() if stop is not None else len(normalised)))
    return spans


_REFUSED_CLAUSE_STOP = re.compile(
    r"[;\n]|[.!?](?=\s|$)|[,(]"
    r"|\s(?=(?:and|but|while|whilst|whereas|so|as|because|since|given|instead|though|although|until)\s)"
)
"""Where a refused act's clause ends: as a role's clause does (:data:`_ROLE_CLAUSE_STOP`), and before its reason or
what stands in its place ("... declined to review the baby as the ward midwives score him")."""


@functools.cache
def _dates() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An absence's limit that is a date ("... allocated to the placement until January", "until 12/01"): the role
    is out for the baby's first weeks, not a limit that takes the absence back (``absent_unless`` "until"); and a
    month or a date in a role's clause: a time of its own for the act ("may", a modal as often, is left out there).
    Month names from mappings/calendar.toml."""
    from .written_dates import month_words

    def date(months: list[str]) -> str:
        names = "|".join(sorted(months, key=len, reverse=True))
        day = r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
        return rf"(?:(?:{day})?(?:{names})(?![\w'])|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?(?!\d))"

    months = sorted(month_words())
    until = re.compile(
        rf"(?:\s+[^\W\d_][\w'-]*){{0,4}}?\s+until\s+(?:(?:the|early|mid|late|end\s+of)\s+)*{date(months)}"
    )
    own = re.compile(rf"(?<![\w']){date([m for m in months if m != 'may'])}")
    return until, own


_ROLE_PRESENT_VERB = r"(?=[^\W\d_]{2,}[^\W\d_s]s(?![\w']))"
"""A verb of the present after an absent role's name ("the health visitor checks the cot", "does the feeds"): the
role holds the act as it would after a modal ("is" and "has", which say the absence itself, are left out)."""

_ROLE_CLAUSE_STOP = re.compile(r"[;\n]|[.!?](?=\s|$)|[,(]|\s(?=(?:and|but|while|whereas|so)\s)")
"""Where an absent role's clause may end: a semicolon, a sentence's end, or a break before another subject."""


def without_idle_actors(normalised: str) -> str:
    """``normalised`` without the clauses whose actor is no one who can hold the plan: the baby or an unnamed
    household (:func:`without_lone_actors`), a medicine (:func:`without_drug_actors`), a role the text says is
    absent (:func:`without_absent_actors`), or no one: the record's reader, a goal or hope, no one in a double
    negative, a care act negated (:func:`medassess.gate.unheld.without_unheld`)."""
    return without_unheld(
        without_stacked(
            without_absent_actors(without_drug_actors(without_lone_actors(without_objectless(normalised))))
        )
    )


_SENTENCE_SPLIT = re.compile(r"[^.!?\n]+(?:\.(?!\s|$)[^.!?\n]*)*")
"""A sentence of normalised text, up to a full stop before a space or the end, "!", "?" or a line break."""




def _dose_times(times: Sequence[str]) -> re.Pattern[str] | None:
    """A pattern matching one of ``times`` (normalised, as whole words) after optional spaces."""
    if not times:
        return None
    return re.compile(rf"\s*(?:{alternation(times, normalised=True, any_spaces=True)})(?!\w)")


def _contradiction(entry: dict[str, Any], heading_words: int) -> Contradiction:
    on_record = tuple(entry.get("assessment_fields", ()))
    root = Record if entry.get("on_record") else Assessment
    wrong = [f for f in (entry["item"], *entry["fields"]) if _check_path(root, f) is not None]
    wrong += [f for f in on_record if _check_path(Assessment, f) is not None]
    wrong += [f for f in entry.get("record_fields", ()) if _check_path(Record, f) is not None]
    wrong += [f for f in entry.get("overall_fields", ()) if _check_path(Record, f) is not None]
    if entry.get("on_record") and not on_record:
        wrong.append("assessment_fields")
    if wrong:
        raise ValueError(f"mappings/concerns.toml: a contradiction names fields no assessment has: {wrong}")
    if entry.get("concern") and entry["concern"] not in medicine_classes().concerns:
        raise ValueError(f"mappings/concerns.toml: a contradiction names an unknown concern: {entry['concern']!r}")
    return Contradiction(
        entry["item"],
        entry["answer"],
        entry["label"],
        tuple(entry["fields"]),
        Phrases.of(entry["says_otherwise"]),
        Phrases.of(entry["not_affirming"]),
        Phrases.of(entry["about_someone_else"]),
        _CONTRASTS,
        heading_words,
        frozenset(entry.get("consequences", ())),
        frozenset(w for a in entry.get("anaphors", ()) for w in tokens(a)),
        Phrases.of(entry["resolution"]) if entry.get("resolution") else None,
        Phrases.of(entry["passed_now"]) if entry.get("passed_now") else None,
        frozenset(w for a in entry.get("answered_yes", ()) for w in tokens(a)),
        Phrases.of(entry["other_adults"]) if entry.get("other_adults") else None,
        Phrases.of(entry["item_says"]) if entry.get("item_says") else None,
        Phrases.of(entry["item_not_affirming"]) if entry.get("item_not_affirming") else None,
        frozenset(w for a in entry.get("the_medicine", ()) for w in tokens(a)),
        bool(entry.get("other_medicines", False)),
        Phrases.of(entry["attributed_by"]) if entry.get("attributed_by") else None,
        int(entry.get("attribution_reach", 0)),
        str(entry.get("own_named_as", "")),
        Phrases.of(entry["item_unless"]) if entry.get("item_unless") else None,
        Phrases.of(entry["at_a_time"]) if entry.get("at_a_time") else None,
        frozenset(w for a in entry.get("time_ends", ()) for w in tokens(a)),
        Phrases.of(entry["now"]) if entry.get("now") else None,
        on_record if entry.get("on_record") else (),
        Phrases.of(entry["said_now"]) if entry.get("said_now") else None,
        Phrases.of(entry["said_now_allows"]) if entry.get("said_now_allows") else None,
        tuple(entry.get("record_fields", ())),
        frozenset(entry.get("alternatives", ())),
        Phrases.of(entry["said_none"]) if entry.get("said_none") else None,
        frozenset(entry.get("said_none_ends", ())),
        frozenset(entry.get("said_none_others", ())),
        tuple(entry.get("overall_fields", ())),
        Phrases.of(entry["overall_unless"]) if entry.get("overall_unless") else None,
        str(entry.get("concern", "")),
        Phrases.of(entry["babys_signs"]) if entry.get("babys_signs") else None,
        Phrases.of(entry["adult_owners"]) if entry.get("adult_owners") else None,
        bool(entry.get("sleep_sharing_resolved", False)),
        _parents_named(entry.get("parents_named_after", ())),
        str(entry.get("parents_named_as", "")),
        _parents_naming(entry.get("parents_named_after", ())),
        str(entry.get("parents_naming_as", "")),
        frozenset(w for a in entry.get("babies", ()) for w in tokens(a)),
        bool(entry.get("parents_named", False)),
        frozenset(entry.get("stages", ("antenatal", "postnatal"))),
        *_reasons(entry),
        companions=frozenset(w for a in entry.get("companions", ()) for w in tokens(a)),
        on_discharge=_discharge_times(entry.get("discharge_times")),
        adult_company=bool(entry.get("adult_company", False)),
        own_pronouns=(
            re.compile(rf"(?:{alternation(entry['own_pronouns'])})(?![\w'])") if entry.get("own_pronouns") else None
        ),
        said_of_the_medicine=(
            Phrases.of(entry["said_of_the_medicine"]) if entry.get("said_of_the_medicine") else None
        ),
        dose_words=frozenset(w for a in entry.get("dose_words", ()) for w in tokens(a)),
        said_of_the_medicine_reach=int(entry.get("said_of_the_medicine_reach", 0)),
        not_the_taker=frozenset(w for a in entry.get("not_the_taker", ()) for w in tokens(a)),
    )


_DETERMINERS = frozenset({"her", "his", "the", "their", "its", "a"})


def _discharge_times(raw: dict[str, Any] | None) -> re.Pattern[str] | None:
    """A [[contradiction]]'s ``discharge_times``: one of ``leads``, one of ``events``, not followed by one of
    ``not_after`` (a discharge from the placement or the court's order is a later time, not the record's)."""
    if not raw:
        return None
    leads = alternation(raw["leads"], normalised=True, any_spaces=True)
    events = alternation(raw["events"], normalised=True, any_spaces=True)
    not_after = alternation(raw["not_after"], normalised=True, any_spaces=True)
    return re.compile(rf"(?<![^\W_])(?:{leads}) (?:{events})(?![^\W_])(?! (?:{not_after})(?![^\W_]))")


def _parents_named(after: Sequence[str]) -> re.Pattern[str] | None:
    """A pattern for the words of ``after`` (normalised, as whole words), then a word in the name's place."""
    if not after:
        return None
    words = alternation(after, normalised=True, any_spaces=True)
    return re.compile(rf"(?<![^\W_])((?:{words}) )([^\W\d_]+)(?![^\W_])")


def _parents_naming(before: Sequence[str]) -> re.Pattern[str] | None:
    """A pattern for a word in a name's place (a group), then the words of ``before`` (normalised, whole words)."""
    if not before:
        return None
    words = alternation(before, normalised=True, any_spaces=True)
    return re.compile(rf"(?<![^\W_])([^\W\d_]+)(?= (?:{words})(?![^\W_]))")


def with_parents_named(text: str, c: Contradiction, names: frozenset[str]) -> str:
    """``text`` normalised, with each parent's own name (one of ``names``, normalised words) that stands where
    ``c`` reads a parent (:attr:`Contradiction.parents_named_at`: "goes home with Kayleigh") read as
    :attr:`Contradiction.parents_named_as` ("goes home with her parents"), and each as the subject right before
    those words (:attr:`Contradiction.parents_naming`: "Kayleigh went home with her mother") read as
    :attr:`Contradiction.parents_naming_as`. Only there: a name elsewhere may be a word ("May", "Hope")."""
    normalised = normalise(text)
    if c.parents_named_at is None or c.parents_naming is None or not names:
        return normalised
    if not any(name in normalised for name in names):  # cheap: no parent named anywhere
        return normalised
    normalised = c.parents_naming.sub(lambda m: c.parents_naming_as if m.group(1) in names else m.group(0), normalised)
    return c.parents_named_at.sub(
        lambda m: m.group(1) + c.parents_named_as if m.group(2) in names else m.group(0), normalised
    )


def _parents_names(record: Record) -> frozenset[str]:
    """The words of the mother's and the partner's given names, normalised."""
    given = [*record.mother.name.given]
    if record.partner is not None and record.partner.name is not None:
        given += record.partner.name.given
    return frozenset(w for part in given for w in tokens(part))


def _reasons(entry: dict[str, Any]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """A [[contradiction]]'s reasons and the negations they hold as their own (:attr:`Contradiction.reasons`), or
    none where the entry lists no ``reasons_negations``."""
    negations = [normalise(w) for w in entry.get("reasons_negations", ())]
    if not negations:
        return None, None
    anywhere = [re.escape(normalise(w)) for w in entry.get("reasons", ())]
    after_comma = [re.escape(normalise(w)) for w in entry.get("reasons_after_comma", ())]
    not_before = [re.escape(normalise(w)) for w in entry.get("reasons_not_before", ())]
    opening = "|".join(
        [*(rf"(?<![\w'])(?:{w})" for w in anywhere), *(rf"(?<=,)\s*(?:{w})" for w in after_comma)]
    )
    if not opening:
        return None, None
    refused = rf"(?!\s+(?:{'|'.join(not_before)})(?![\w']))" if not_before else ""
    reasons = re.compile(rf"(?:{opening})(?![\w']){refused}[^,;:.!?()\n]*")
    plain = [re.escape(w) for w in negations if not w.endswith("n't")]
    stems = [re.escape(w[:-3]) for w in negations if w.endswith("n't")]
    words = [*(rf"(?P<stem>{'|'.join(stems)})n't" for _ in stems[:1]), *plain]
    negation = re.compile(rf"(?<![\w'])(?:{'|'.join(words)})(?![\w'])")
    return reasons, negation


@dataclass(frozen=True, slots=True)
class ContradictedAnswer:
    """An assessment's coded answer that its own text contradicts (rule MA127)."""

    index: int
    assessment_id: str
    contradiction: Contradiction
    where: str = ""
    """For an answer of the whole record (index -1), the field that gives it where it is not ``item``; for an
    assessment's answer, the field of the whole record that says otherwise of it (:attr:`Contradiction.overall_fields`),
    where its own text does not."""


def contradicted_answers(record: Record) -> Iterator[ContradictedAnswer]:
    """Every coded answer that the same assessment's text says otherwise of, in record order; first those of the
    whole record (index -1) that its own text or an assessment's says otherwise of."""
    found = concern_map().contradictions
    for c in found:
        if c.on_record and c.given_by(value_at(record, c.item)):
            texts = [value_at(record, f) for f in c.fields]
            texts += [value_at(a, f) for a in record.assessments for f in c.on_record]
            names = _parents_names(record) if c.parents_named_at is not None else frozenset()
            named = _parents_given_names(record) if c.parents_named else None
            texts = [_as_parents(with_parents_named(t, c, names), named) if isinstance(t, str) else t for t in texts]
            if any(isinstance(t, str) and c.said_otherwise_in(t) for t in texts):
                yield ContradictedAnswer(-1, "", c)
    for c in found:
        for field in c.record_fields:
            text = value_at(record, field)
            if not isinstance(text, str) or not text:
                continue
            for medicine in record.medicines:
                own = frozenset(classify(medicine).ingredients)
                if own and c.given_by(text, own) and c.said_otherwise_in(text, own):
                    yield ContradictedAnswer(-1, "", c, field)
                    break
    medicines = {m.id: m for m in record.medicines}
    for index, assessment in enumerate(record.assessments):
        classified = [classify(medicines[mid]) for mid in assessment.medicine_ids]
        each = [frozenset(k.ingredients) for k in classified]
        own = frozenset(i for ingredients in each for i in ingredients)
        for c in found:
            if c.on_record or record.pregnancy.stage not in c.stages:
                continue
            # What is done to "the medicine" is read of each medicine in turn, so that in an assessment of two
            # "the medicine" is still one ("diazepam and pregabalin both continue, and pregabalin stops").
            scoped = frozenset(i for k in classified if c.concern in k.concerns for i in k.ingredients)
            readings = each if c.own_named_as else [scoped if c.concern and scoped else own]
            if any(_contradicts(assessment, c, ingredients) for ingredients in readings):
                yield ContradictedAnswer(index, assessment.id, c)
                continue
            for field in c.overall_fields:
                text = value_at(record, field)
                if not isinstance(text, str) or not text:
                    continue
                if c.overall_unless is not None and c.overall_unless.found_in(tokens(text)):
                    continue
                if any(_says_otherwise_of(assessment, c, i, text) for i in readings):
                    yield ContradictedAnswer(index, assessment.id, c, field)
                    break


def _parents_given_names(record: Record) -> re.Pattern[str] | None:
    """The mother's and the partner's given names (normalised, of at least 2 letters; the partner's only where not
    also the mother's) as one pattern of whole words whose group names who they are; family names are left out, as
    the baby may carry them too. None where no name is given."""
    mothers = {n for part in record.mother.name.given if len(n := normalise(part).strip()) >= 2}
    partners: set[str] = set()
    if record.partner is not None and record.partner.name is not None:
        partners = {n for part in record.partner.name.given if len(n := normalise(part).strip()) >= 2} - mothers
    groups = [
        rf"(?P<{who}>{'|'.join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))})"
        for who, names in (("mother", mothers), ("partner", partners))
        if names
    ]
    return re.compile(rf"(?<![^\W_])(?:{'|'.join(groups)})(?![^\W_])") if groups else None


def _as_parents(text: str, named: re.Pattern[str] | None) -> str:
    """``text`` normalised, each of the parents' given names read as who they are ("mother", "partner")."""
    normalised = normalise(text)
    if named is None:
        return normalised
    return named.sub(lambda m: str(m.lastgroup), normalised)


def _contradicts(assessment: Assessment, c: Contradiction, own: frozenset[str]) -> bool:
    """Whether ``assessment`` gives ``c``'s answer and its own text (of medicines of ``own``) says otherwise."""
    if not c.given_by(value_at(assessment, c.item), own):
        return False
    texts = (value_at(assessment, f) for f in c.fields)
    return any(isinstance(t, str) and c.said_otherwise_in(t, own) for t in texts)


def _says_otherwise_of(assessment: Assessment, c: Contradiction, own: frozenset[str], text: str) -> bool:
    """Whether ``text`` (of the whole record) says otherwise of the answer ``assessment`` gives for its medicines
    of ``own``; the cheap search of the text comes first, since most overall conclusions stop nothing."""
    return c.said_otherwise_in(text, own) and c.given_by(value_at(assessment, c.item), own)


_SENTENCE = re.compile(r"[!?\n]|\.(?=\s|$)")
"""Where a sentence of normalised text ends: "!", "?", a line break, or a full stop before a space. A conclusion
goes on about the other child past a semicolon ("Her son sleeps in his own bed; the school nurse reviews his
feeding")."""
_STATEMENT = re.compile(r"[!?;:\n]|\.(?=\s|$)")
"""As ``_SENTENCE``, and at a semicolon or a colon, which in an item's short answer part the other child's history
from this baby's plan ("Her last baby needed morphine; observe for 72 hours", "Same as for her last baby: the
midwife observes for 48 hours")."""


def _names_this_baby(sentence: Sequence[str]) -> bool:
    """Whether a statement naming another child also names this baby: a word of [baby] this_baby outside the words
    that name another baby (``not_this_baby``) or may be another's there (``unclear_beside_another``)."""
    found = concern_map()
    if found.this_baby is None:
        return True
    words: Sequence[str] = sentence
    for other in (found.not_this_baby, found.unclear_beside_another):
        if other is not None:
            words = other.outside(words)
    return found.this_baby.found_in(words)


def _older_children(baby: dict[str, Any]) -> Phrases:
    """[baby] ``older_children``, and a son or daughter (``older_by_age``) given an age with no unit or in years
    ("her daughter aged 3", "her son who is 6 years"), not one of ``young_units`` ("her son aged 3 days")."""
    listed = Phrases.of(baby["older_children"])
    relations = [normalise(r) for r in baby.get("older_by_age", ())]
    if not relations:
        return listed
    young = "|".join(
        re.escape(normalise(u).rstrip("*")) + (r"[^\W_]*" if u.endswith("*") else "")
        for u in baby.get("young_units", ())
    )
    aged = (
        rf"(?<![^ ])(?:{'|'.join(map(re.escape, relations))}) (?:aged|age|who is|is) \d{{1,2}}"
        + (rf"(?! (?:{young})(?![^ ]))" if young else "")
        + r"(?: (?:years?|yrs?|y))?(?![^ ])"
    )
    return Phrases(re.compile(rf"{listed.pattern.pattern}|{aged}"))


def _others(pre_conception: bool) -> tuple[Phrases, ...]:
    """What names another child ([baby] older_children), and a later pregnancy unless the advice is given before
    this pregnancy (``pre_conception``)."""
    found = concern_map()
    later = None if pre_conception else found.later_pregnancies
    return tuple(p for p in (found.older_children, later) if p is not None)


def _of_another_child(words: Sequence[str], others: tuple[Phrases, ...]) -> bool:
    """Whether a statement speaks of another child and not of this baby."""
    return any(p.found_in(words) for p in others) and not _names_this_baby(words)


@dataclass(frozen=True, slots=True)
class _DatedFirst:
    first: re.Pattern[str]
    """A first baby or child, not after a copula ([baby] dated_first, dated_first_not_after), in normalised text."""
    pregnancy_days: int
    not_with: Phrases | None = None
    """Words telling the first baby as still to come ([baby] dated_first_not_with: "due", "expected")."""


_YEAR = re.compile(r"(?<![\d,.])((?:19|20)\d\d)(?![\d,.]\d)(?!\s*(?:mg|mcg|ml|g|micrograms?|milligrams?)\b)")
"""A four-digit year in normalised text, not a dose ("2000 mg") nor part of a longer number."""


@functools.cache
def _dated_first() -> _DatedFirst | None:
    baby = mapping_table("concerns.toml")["baby"]
    if not baby.get("dated_first"):
        return None
    firsts = alternation([normalise(f) for f in baby["dated_first"]])
    # A look-behind is of one width, so there is one per copula.
    not_after = "".join(rf"(?<!\b{re.escape(normalise(c))} )" for c in baby.get("dated_first_not_after", ()))
    not_with = Phrases.of(baby["dated_first_not_with"]) if baby.get("dated_first_not_with") else None
    return _DatedFirst(
        re.compile(rf"{not_after}\b(?:{firsts})\b"), int(baby["dated_first_pregnancy_days"]), not_with
    )


def with_dated_firsts_as_earlier(normalised: str, pregnancy_began: dt.date | None) -> str:
    """``normalised`` with each first baby or child told beside a year before ``pregnancy_began``'s year, in its
    sentence, read as an earlier baby ("her first baby ... in 2022" as "her previous baby ... in 2022": [baby]
    dated_first in mappings/concerns.toml)."""
    dated = _dated_first()
    if dated is None or pregnancy_began is None or "first" not in normalised:  # cheap: no first child named
        return normalised
    if not any(int(y) < pregnancy_began.year for y in _YEAR.findall(normalised)):
        return normalised
    parts: list[str] = []
    start = 0
    for end in [m.end() for m in _SENTENCE.finditer(normalised)] + [len(normalised)]:
        sentence = normalised[start:end]
        years = [int(y) for y in _YEAR.findall(sentence)]
        if (
            dated.first.search(sentence)
            and years
            and max(years) < pregnancy_began.year  # a year of this pregnancy beside it: this baby's
            and (dated.not_with is None or not dated.not_with.found_in(words_of_normalised(sentence)))
        ):
            sentence = dated.first.sub(lambda m: m.group(0).replace("first", "previous", 1), sentence)
        parts.append(sentence)
        start = end
    return "".join(parts)


def pregnancy_began(pregnancy: Pregnancy) -> dt.date | None:
    """The earliest day this pregnancy can have begun: its EDD or delivery date, the earlier, less [baby]
    dated_first_pregnancy_days; None where neither is known."""
    dated = _dated_first()
    known = [d for d in (pregnancy.edd, pregnancy.delivery_date) if d is not None]
    if dated is None or not known:
        return None
    earliest = min(known)
    if earliest - dt.date.min < dt.timedelta(days=dated.pregnancy_days):
        return dt.date.min  # a date at the calendar's edge: no year is before it
    return earliest - dt.timedelta(days=dated.pregnancy_days)


def about_this_baby(text: str, *, pre_conception: bool = False) -> tuple[str, ...]:
    """The words of ``text`` without its sentences that speak of another child ([baby]
    older_children: a toddler, her previous baby, the foster carer's own baby; a future pregnancy,
    ``later_pregnancies``) and do not name this baby; each kept ends with an empty word, so no phrase runs across
    two."""
    found, others = tokens(text), _others(pre_conception)
    if not any(p.found_in(found) for p in others):  # cheap: no other child named, every sentence is kept
        return found
    kept = (words_of_normalised(s) for s in _SENTENCE.split(normalise(text)))
    return tuple(w for s in kept if not _of_another_child(s, others) for w in (*s, ""))


def speaks_of_the_baby(
    text: str, *, pre_conception: bool = False, pregnancy_began: dt.date | None = None
) -> bool:
    """Whether a conclusion says something about the baby or the baby's care (mappings/concerns.toml [baby]); a
    first baby told beside a year before ``pregnancy_began`` is an earlier baby
    (:func:`with_dated_firsts_as_earlier`); a term that may be the mother's own, in a clause that makes it hers, is
    not the baby's (:func:`without_hers`)."""
    text = without_hers(normalise(text))
    if pregnancy_began is not None:
        text = with_dated_firsts_as_earlier(normalise(text), pregnancy_began)
    found = about_this_baby(text, pre_conception=pre_conception)
    for names in (concern_map().not_the_baby, concern_map().not_this_baby):
        if names is not None:
            found = tuple(names.outside(found))
    return concern_map().baby_terms.found_in(found)


@functools.cache
def _babys_whose() -> tuple[Whose, ...]:
    """The readings of whose a term is, of the baby's concerns ([baby] baby_concerns) that have one."""
    specs = concern_map().specs
    found = (specs[c].whose for c in mapping_table("concerns.toml")["baby"]["baby_concerns"] if c in specs)
    return tuple(w for w in found if w is not None)


_CLAUSE_PIECES = re.compile(r"(:|[,;!?()\[\]\n]|\.(?=\s|$)|\s-\s)")
"""Where a clause ends in normalised text (as ``_CLAUSE_BREAK``), the break kept: re.split gives clause, break,
clause, ..."""


def without_hers(normalised: str) -> str:
    """``normalised`` with the terms that may be the mother's own (a baby's concern's ``either_persons``:
    "toxicity", "withdrawal") left out of each clause that makes them hers: one of ``the_mothers`` and none of
    ``the_babys`` ("her levels are kept low to avoid toxicity", "fluid balance in labour watched to avoid
    toxicity"). Said so, they are the mother's and say nothing of the baby (MA124)."""
    for whose in _babys_whose():
        if not whose.either_persons.found_in(words_of_normalised(normalised)):
            continue  # cheap: no such term
        pieces = _CLAUSE_PIECES.split(normalised)
        for at in range(0, len(pieces), 2):
            words = words_of_normalised(pieces[at])
            found = with_meanings((*_her_setting(pieces, at, whose), *words))
            if (
                whose.either_persons.found_in(found)
                and whose.the_mothers.found_in(found)
                and not whose.the_babys.found_in(found)
            ):
                pieces[at] = " " + " ".join(whose.either_persons.outside(words)) + " "
        normalised = "".join(pieces)
    return normalised


def _her_setting(pieces: Sequence[str], at: int, whose: Whose) -> tuple[str, ...]:
    """The words of the clause before ``pieces[at]`` where it opens its sentence before a comma and is only one of
    ``the_mothers`` ("In labour, fluid balance is watched ... to avoid toxicity"): her setting, read with the clause
    it opens."""
    if at < 2 or pieces[at - 1] != ",":
        return ()
    before = words_of_normalised(pieces[at - 2])
    if not before or whose.the_mothers.outside(before) or whose.the_babys.found_in(before):
        return ()
    if at >= 4 and pieces[at - 3] not in (".", ";", "!", "?", "\n", ":"):
        return ()  # it does not open its sentence
    return before


def dismisses(text: str, spec: ConcernSpec, dismissals: Dismissals) -> bool:
    """Whether ``text`` (an answer to one of the concern's items) dismisses the concern instead of answering it.
    For a strict concern: it holds a dismissal (mappings/concerns.toml) and no clause without one speaks of the
    concern ("Not relevant to the baby's sleep" is dismissed; "N/A as he sleeps in the spare room" answers).
    Otherwise: it contains a dismissal phrase anywhere, does not speak of the concern (its terms), and gives no
    reason (fewer than the minimum words besides dismissal phrases, filler and numbers)."""
    if spec.strict_dismissal:
        return _dismissed_in_every_clause(text, spec, dismissals.strict, dismissals)
    words = tokens(text)
    if not dismissals.phrases.found_in(words) or spec.terms.found_in(words):
        return False
    reason = [w for w in dismissals.phrases.outside(words) if w not in dismissals.filler and not w.isdigit()]
    return len(reason) < dismissals.min_reason_words


def _conclusion_dismisses(
    text: str | None, spec: ConcernSpec, dismissals: Dismissals, *, named: bool = False
) -> bool:
    """Whether a conclusion calls a strict concern not applicable without speaking of it elsewhere; where
    ``named``, only where a dismissing clause names the concern ("Safe sleep: not applicable"), not where the
    dismissal is of another thing ("Breastfeeding: N/A") and the conclusion is silent on this one. A dose's time
    ("quetiapine 300 mg at night continues", :func:`_dose_times_cut`) says when the medicine is taken, not where or
    with whom the baby sleeps, and speaks of nothing beside the dismissal."""
    if not spec.strict_dismissal or text is None:
        return False
    cut = _dose_times_cut(normalise(text))
    return _dismissed_in_every_clause(cut, spec, dismissals.in_conclusions, dismissals, named=named, reasons=True)


def _bare_place(clause: Sequence[str], spec: ConcernSpec, dismissals: Dismissals) -> bool:
    """Whether ``clause`` only says a sleeping place is there (``bare_places`` with ``place_held``, and no other
    word of the concern: "the placement has a cot"): a dismissal's reason, not where or with whom the baby sleeps."""
    return (
        dismissals.bare_places.found_in(clause)
        and dismissals.place_held.found_in(clause)
        and not spec.terms.found_in(dismissals.bare_places.outside(clause))
    )


def _dismissed_in_every_clause(
    text: str,
    spec: ConcernSpec,
    phrases: Phrases,
    dismissals: Dismissals,
    *,
    named: bool = False,
    reasons: bool = False,
) -> bool:
    """Whether ``text`` holds one of ``phrases`` and speaks of the concern only in clauses that hold one (and,
    where ``named``, in at least one of them). Where ``reasons`` (a conclusion), a clause right after a dismissing
    one that only says a sleeping place is there (:func:`_bare_place`) is the dismissal's reason and goes with it."""
    if not phrases.found_in(tokens(text)):
        return False  # no clause holds one where the whole text does not (see :meth:`Contradiction.said_otherwise_in`)
    parts = clauses(text, phrases, dismissals.connectives, dismissals.heading_words)
    held = [phrases.found_in(c) for c in parts]
    if named and not any(spec.terms.found_in(c) for c, h in zip(parts, held, strict=True) if h):
        return False
    if reasons and any(held):
        for k in range(1, len(parts)):
            if held[k - 1] and not held[k] and _bare_place(parts[k], spec, dismissals):
                held[k] = True  # "..., the placement has a cot": the reason given, not a plan
    return any(held) and not any(spec.terms.found_in(c) for c, h in zip(parts, held, strict=True) if not h)


_HEADED = re.compile(r"([^.;!?\n:,()\[\]]*):([^;!?\n:]*?)(?=[;!?\n]|\.(?=\s|$)|$)")
"""A heading before a colon (since the last sentence end, colon, comma or bracket) and what follows it to its
sentence's end, in normalised text."""


def _heading_dismisses(text: str | None, spec: ConcernSpec, dismissals: Dismissals, *, elsewhere: Phrases) -> bool:
    """Whether a conclusion calls the concern not applicable under a heading that names it ("Risk of relapse:
    n/a."), with no reason after it in its sentence (fewer than ``min_reason_words`` words beside filler and
    numbers, and none of the concern's terms) and no other part of the conclusion speaking of it (``elsewhere``:
    its terms, or the words that answer it where only those do). Read as mappings/concerns.toml [dismissal]
    heading_dismissals says."""
    headings, marks = spec.dismissal_headings, dismissals.heading_dismissals
    if headings is None or marks is None or text is None or ":" not in text:
        return False
    words = tokens(text)
    if not headings.found_in(words) or not marks.found_in(words):  # cheap: no heading or no dismissal at all
        return False
    normal = normalise(text)
    for m in _HEADED.finditer(normal):
        heading = words_of_normalised(m.group(1))
        if not 0 < len(heading) <= dismissals.dismissal_heading_words or not headings.found_in(heading):
            continue
        if spec.other_senses is not None and spec.other_senses.found_in(heading):  # "withdrawal of consent"
            continue
        after = " ".join(words_of_normalised(m.group(2)))
        said = marks.pattern.match(after)
        if said is None:
            continue
        rest = tuple(after[said.end() :].split())
        reason = [w for w in rest if w not in dismissals.filler and not w.isdigit()]
        if len(reason) >= dismissals.min_reason_words or spec.terms.found_in(with_meanings(rest)):
            continue
        others = normal[: m.start()] + " . " + normal[m.end() :]
        if not elsewhere.found_in(with_meanings(words_of_normalised(others))):
            return True
    return False


_HEADING_ANSWER = re.compile(r"(:\s*(?:no|yes|n|y))\s*[(,]\s*")
"""A heading's bare answer with a bracket or a comma after it ("Co-sleeping: no (sedation)", "Bed sharing: no,
sedated"): the "no" answers the heading and what follows is its reason, not the word the "no" denies, so the
answer is set apart from it as a clause of its own."""
_CLAUSE_BREAK = re.compile(r"(:)|[,;!?()\[\]\n]|\.(?=\s|$)|\s-\s")
"""Where a clause ends in normalised text; a colon is captured, since a short heading before one belongs to
the clause after it."""
_SENTENCE_PART_BREAK = re.compile(r"([:?])|[;!\n]|\.(?=\s|$)|\s-\s")
"""As ``_CLAUSE_BREAK`` but not at commas or brackets, which also hold the items of a list: in "watch for
floppiness, poor feeding and drowsiness" and "toxicity signs (floppy, drowsy)" what governs the list governs
every item. A question mark ends a heading as a colon does: "Drowsy? No." is one answered question."""


@functools.lru_cache(maxsize=memo.TEXTS)
def clauses(
    text: str, phrases: Phrases, connectives: frozenset[str], heading_words: int, *, at_commas: bool = True
) -> tuple[tuple[str, ...], ...]:
    """The words of ``text`` clause by clause, cut at punctuation (commas only when ``at_commas``) and before
    each of ``connectives`` (which is dropped), a heading of at most ``heading_words`` words before a colon
    joined to the clause after it unless it holds one of ``phrases`` (mappings/concerns.toml, [dismissal])."""
    normalised = normalise(text)
    breaks = _CLAUSE_BREAK if at_commas else _SENTENCE_PART_BREAK
    found: list[tuple[str, ...]] = []
    heading: tuple[str, ...] = ()
    start = 0
    for end, colon, resume in [
        *((m.start(), m.group(1) is not None, m.end()) for m in breaks.finditer(normalised)),
        (len(normalised), False, len(normalised)),
    ]:
        words = heading + words_of_normalised(normalised[start:end])
        start, heading = resume, ()
        if colon and 0 < len(words) <= heading_words and not phrases.found_in(words):
            heading = words
            continue
        part: list[str] = []
        for word in words:
            if word not in connectives:
                part.append(word)
            elif part:
                found.append(tuple(part))
                part = []
        if part:
            found.append(tuple(part))
    if heading:
        found.append(heading)
    return tuple(found)


def addresses(text: str | None, spec: ConcernSpec) -> bool:
    """Whether free text speaks of the concern (uses one of its terms, compared normalised), in a clause about the
    baby where a term may be the mother's own (``whose``: "stopping suddenly risks withdrawal" is hers), beyond a
    stop now (:attr:`ConcernSpec.stopped_now`)."""
    if not _uses(text, spec.terms):
        return False
    if spec.whose is not None:
        parts = _CLAUSE_BREAK.sub("\n", normalise(str(text))).split("\n")
        if not any(spec.whose.answers(with_meanings(words_of_normalised(p))) for p in parts):
            return False
    if spec.stopped_now is None or not isinstance(text, str):
        return True
    stops, now, unless = spec.stopped_now
    words: list[str] = []
    for part in re.split(r"[,:]", normalise(text)):
        for sentence in SENTENCE_END.split(part):
            found = with_meanings(words_of_normalised(sentence))
            if stops.found_in(found) and now.found_in(found) and not unless.found_in(now.outside(found)):
                found = tuple(stops.outside(found))
            words += found
    return spec.terms.found_in(words)


def _uses(text: object, terms: Phrases) -> bool:
    """Whether free text uses one of ``terms`` (compared normalised, abbreviations read by their meaning)."""
    return isinstance(text, str) and terms.found_in(with_meanings(tokens(text)))


def reports_result(text: str | None, spec: ConcernSpec) -> bool:
    """Whether one sentence of free text speaks of the concern and reports a result (``result_terms``): "the
    fetal echocardiogram at 20 weeks was normal" answers harm in the womb; "an anomaly scan is needed" names a
    need, which is not an answer. One of ``result_checks`` ("echo") stands for a term only where its sentence
    dates it by gestation and none of ``result_checks_hers`` makes it the mother's: "echo at 20/40 normal"
    reports on the baby, "maternal echo normal" and "echo normal" do not."""
    if not isinstance(text, str) or spec.result_terms is None:
        return False
    for sentence in SENTENCE_END.split(normalise(text)):
        found = with_meanings(words_of_normalised(sentence))
        if not spec.result_terms.found_in(found):
            continue
        if spec.terms.found_in(found) or _a_dated_check(sentence, found, spec):
            return True
    return False


_RATE = re.compile(r"\d\s*(?:%|per\s*cent\b)|\b\d+\s+in\s+\d")
"""A rate: "2-3%", "3 per cent", "1 in 50"."""


def states_level(text: str | None, spec: ConcernSpec) -> bool:
    """Whether one sentence of free text names a harm (``level_harms``) with its level for this pregnancy
    (``level_terms``, or a rate) and no word of ``level_not`` outside the level's words: "no clear increase in
    malformations at this dose" and "birth defects: about 2-3%" state it; "an increased risk of malformations",
    "the risk of malformations is unclear" and "in every pregnancy the risk of birth defects is 2-3%" do not."""
    if not isinstance(text, str) or spec.level_harms is None or spec.level_terms is None or spec.level_not is None:
        return False
    for sentence in SENTENCE_END.split(normalise(text)):
        found = list(with_meanings(words_of_normalised(sentence)))
        if not spec.level_harms.found_in(found):
            continue
        rate = _RATE.search(sentence) is not None
        if not rate and not spec.level_terms.found_in(found):
            continue
        if not spec.level_not.found_in(spec.level_terms.outside(found)):
            return True
    return False


_GESTATION = re.compile(r"(?<![\d/.])\d{1,2}\s*(?:/\s*40(?!\d)|\+\s*[0-6](?!\d)|-?\s*(?:weeks?|wks?|w)\b)")
"""A gestation: "20/40", "20+4", "20 weeks", "21-week", "20w"."""


def _a_dated_check(sentence: str, found: Sequence[str], spec: ConcernSpec) -> bool:
    """Whether ``sentence`` names one of ``result_checks`` dated by a gestation and none of
    ``result_checks_hers`` ("echo at 20/40", not "maternal echo at 28/40")."""
    if spec.result_checks is None or not spec.result_checks.found_in(found):
        return False
    if spec.result_checks_hers is not None and spec.result_checks_hers.found_in(found):
        return False
    return _GESTATION.search(sentence) is not None


@dataclass(frozen=True, slots=True)
class ConcernFinding:
    """A concern an assessment must answer and does not: unanswered, or dismissed in one of its items."""

    index: int
    assessment_id: str
    concern: str
    dismissed: bool
    partner: bool
    path: str
    items_only: bool = False
    """Only the concern's own item answers it here (a partner's sedating medicine)."""
    hollow: bool = False
    """The concern's own item is written but says nothing ("Leaflet given.", "As per guideline."): reported
    there (MA125) whether or not the concern is answered elsewhere, since the item reads as answered."""


@dataclass(frozen=True, slots=True)
class _Raised:
    """A concern as one assessment raises it: which medicines raise it, and whose they are."""

    spec: ConcernSpec
    medicine_ids: tuple[str, ...]
    whose: frozenset[str]


def _raised(facts: RecordFacts, assessment: Assessment, concerns: Sequence[str]) -> Iterator[_Raised]:
    specs = concern_map().specs
    for concern in concerns:
        spec = specs.get(concern)
        if spec is None:
            continue
        raising = []
        for mid in assessment.medicine_ids:
            found = facts.needing.get(mid)
            partner = facts.medicine(mid).taken_by == "partner"
            if found is not None and concern in found.concerns and not (partner and concern in EXPOSURE_CONCERNS):
                raising.append(mid)
        whose = frozenset(facts.medicine(mid).taken_by for mid in raising) or frozenset({"mother"})
        yield _Raised(spec, tuple(raising), whose)


def _moot(raised: _Raised, facts: RecordFacts, assessment: Assessment) -> bool:
    spec, record = raised.spec, facts.record
    if record.pregnancy.stage not in spec.stages or any(c.holds(record) for c in spec.moot_when):
        return True
    return (
        _long_after_delivery(spec, record.pregnancy, assessment)
        or (spec.womb_only and _all_started_after_delivery(raised, facts))
        or (spec.current_only and _all_stopped_by(raised, facts, assessment))
    )


def _long_after_delivery(spec: ConcernSpec, pregnancy: Pregnancy, assessment: Assessment) -> bool:
    """Whether a postnatal assessment is dated more than the concern's days after delivery."""
    days = spec.moot_days_after_delivery
    return (
        days is not None
        and pregnancy.stage == "postnatal"
        and pregnancy.delivery_date is not None
        and assessment.date is not None
        and (assessment.date - pregnancy.delivery_date).days > days
    )


def _all_started_after_delivery(raised: _Raised, facts: RecordFacts) -> bool:
    """Whether every medicine raising the concern was started after delivery (so never taken in the womb)."""
    delivered = facts.record.pregnancy.delivery_date
    if delivered is None or not raised.medicine_ids:
        return False
    started = [facts.medicine(mid).started for mid in raised.medicine_ids]
    return all(s is not None and s > delivered for s in started)


def _all_stopped_by(raised: _Raised, facts: RecordFacts, assessment: Assessment) -> bool:
    """Whether every medicine raising the concern had stopped by the assessment's date."""
    if not raised.medicine_ids or assessment.date is None:
        return False
    stopped = [facts.medicine(mid).stopped for mid in raised.medicine_ids]
    return all(s is not None and s <= assessment.date for s in stopped)


def _restates_its_question(facts: RecordFacts, item: str, text: str, settings: GateSettings) -> bool:
    """Whether an item's answer only restates the item's prompt in the record's template ("Safe sleep advice
    given." to "Safe sleep and co-sleeping advice given"): it reads as answered and says nothing of this baby."""
    question = _prompts(facts.record.template.id, facts.record.template.version).get(item)
    return question is not None and restates(facts.analysis(text, settings), question, settings)


@functools.lru_cache(maxsize=16)
def _prompts(template_id: str, version: str) -> dict[str, str]:
    """Each assessment item's prompt by its path, for a template version (none for one medassess lacks)."""
    try:
        template = get_template(template_id, version)
    except TemplateError:
        return {}
    return {item.path: item.prompt for _, item in template.items("assessment")}


def _only_hers(text: str, spec: ConcernSpec) -> bool:
    """Whether an item's answer speaks of the concern only as the mother's own (:meth:`Whose.only_hers`): "stopping
    suddenly risks withdrawal seizures" plans nothing for the baby."""
    if spec.whose is None or not spec.whose.either_persons.found_in(tokens(text)):
        return False
    parts = _CLAUSE_BREAK.sub("\n", normalise(text)).split("\n")
    return spec.whose.only_hers([with_meanings(words_of_normalised(p)) for p in parts])


def answers_another(text: str, spec: ConcernSpec) -> bool:
    """Whether an item's answer speaks of something else and not of its own concern: it uses words of another
    concern or subject (``elsewhere``: "No co-sleeping." in the feeding box, "Maternal levels weekly." or
    "Continue the dose." in the baby's observation plan) and none of the concern's own (``terms``,
    ``item_terms``, ``item_own``, read outside the other subject's phrases; ``item_own_unless_hers`` only in a
    clause without one of ``hers``), outside clauses in another sense. A denied hazard of the concern itself
    (``hazard`` with one of ``denials``: "Not sedating at this dose." in the safe sleep box) is the reason it does
    not arise, an answer."""
    if spec.elsewhere is None:
        return False
    found = with_meanings(tokens(text))
    if not spec.elsewhere.found_in(found):
        return False
    if spec.other_senses is not None and spec.other_senses.found_in(found):  # "a bottle of water by the bed"
        marks = concern_map().dismissals
        kept = clauses(text, spec.other_senses, marks.connectives, marks.heading_words)
        found = with_meanings(tuple(w for c in kept if not spec.other_senses.found_in(c) for w in c))
        if not spec.elsewhere.found_in(found):
            return False
    # Own words are read outside another subject's phrases: the "safe" of "safe sleep" judges nothing.
    rest = spec.elsewhere.outside(found)
    if any(p is not None and p.found_in(rest) for p in (spec.terms, spec.item_terms, spec.item_own)):
        return False
    unless_hers, hers = spec.item_own_unless_hers, spec.hers
    if unless_hers is not None and unless_hers.found_in(rest):
        for part in _CLAUSE_BREAK.sub("\n", normalise(text)).split("\n"):
            clause = with_meanings(words_of_normalised(part))
            mine = unless_hers.found_in(spec.elsewhere.outside(clause))
            if mine and not (hers is not None and hers.found_in(clause)):
                return False
    if spec.item_own_unless_dose is not None and spec.item_own_unless_dose.found_in(rest):
        for part in _CLAUSE_BREAK.sub("\n", normalise(text)).split("\n"):
            if _own_unless_dose(spec, with_meanings(words_of_normalised(part))):
                return False
    return not (
        spec.hazard is not None
        and spec.denials is not None
        and spec.hazard.found_in(found)
        and spec.denials.found_in(found)
    )


def _in_another_sense(
    facts: RecordFacts, text: str, spec: ConcernSpec, settings: GateSettings, dismissals: Dismissals
) -> bool:
    """Whether an item's answer uses the concern's words only in another sense (``other_senses``): with each
    clause holding one set aside ("Milk of magnesia is fine for her constipation."), nothing is left that is
    written and speaks of the concern, gives a verdict or negates ("Compatible with breastfeeding; keep a bottle of
    water to hand." keeps its verdict)."""
    if spec.other_senses is None or not spec.other_senses.found_in(tokens(text)):
        return False
    kept = [
        " ".join(c)
        for c in clauses(text, spec.other_senses, dismissals.connectives, dismissals.heading_words)
        if not spec.other_senses.found_in(c)
    ]
    rest = ". ".join(kept)
    if not kept or facts.unwritten(rest, settings):
        return True
    found = facts.analysis(rest, settings)
    general = settings.lexicon.general_topic_words
    return not (_uses(rest, spec.terms) or found.verdict or found.negated or found.topic_words - general)


def _hollow_in_kind(facts: RecordFacts, text: str, spec: ConcernSpec, settings: GateSettings) -> bool:
    """Whether an item's answer, written and on its subject, is of a kind that answers nothing: only what the
    medicine, a class or newborns do in general ("passes into breast milk in small amounts", read as MA103 reads
    a conclusion's); only a condition and what would or might follow it ("should the baby show signs, scoring
    might start", read so too); only what a possibility or a hedged negative governs ("may not need watching", read so
    too); only an instruction to attend ("keep it in mind", read so too); or, in an item
    asking for a plan, only watching with no one, no time, no place and no threshold ("Baby to be observed.") or
    only the risk ("Withdrawal likely.")."""
    analysis = facts.analysis(text, settings)
    if says_only_in_general(analysis, settings, facts.medicine_words):
        return True
    if supposes_only(analysis, settings, facts.medicine_words):
        return True
    if attends_only(analysis, settings, facts.medicine_words):
        return True
    if hedges_only(analysis, settings, facts.medicine_words):
        return True
    if not spec.plan:
        return False
    if watches_only_unowned(analysis, settings):
        return True
    return _only_a_risk(text)


def _only_a_risk(text: str) -> bool:
    """Whether every clause of a plan item's answer states a risk ([plan] risk) and names no one who acts, no
    place and nothing done ([plan] acts): "Risk of late withdrawal until day 8." plans nothing."""
    found = concern_map()
    risk, acts = found.plan_risk, found.plan_acts
    if risk is None or acts is None or not risk.found_in(tokens(text)):  # cheap: no risk word, no risk alone
        return False
    parts = [with_meanings(words_of_normalised(p)) for p in _CLAUSE_BREAK.sub("\n", normalise(text)).split("\n")]
    parts = [p for p in parts if p]
    return bool(parts) and all(risk.found_in(p) and not acts.found_in(p) for p in parts)


_NOT_A_NUMBER_BEFORE = r"(?<![\w./])"
_NOT_A_NUMBER_AFTER = r"(?![\w/]|[.,]\d)"
_SHORTHAND_TIMES = (
    # "x72h", "x 3/7": for so long
    (re.compile(rf"{_NOT_A_NUMBER_BEFORE}x\s*(?=\d)"), "for "),
    # "4-hrly", "4hrly", "4 hourly": every so many hours
    (re.compile(rf"{_NOT_A_NUMBER_BEFORE}(\d+(?:\s*-\s*\d+)?)\s*-?\s*(?:hrly|hly|hourly){_NOT_A_NUMBER_AFTER}"),
     r"every \1 hours"),
    # "72h", "72hrs", "48-72h": hours
    (re.compile(rf"{_NOT_A_NUMBER_BEFORE}(\d+(?:\s*-\s*\d+)?)\s*(?:h|hr|hrs){_NOT_A_NUMBER_AFTER}"), r"\1 hours"),
    # "D8", "d5": the baby's day of life
    (re.compile(rf"{_NOT_A_NUMBER_BEFORE}d\s?(\d+){_NOT_A_NUMBER_AFTER}"), r"day \1"),
    # "3/7", "1/52", "2/12": days, weeks and months in clinical shorthand (a date's or a score's slash aside)
    (re.compile(rf"{_NOT_A_NUMBER_BEFORE}(\d+)\s*/\s*7{_NOT_A_NUMBER_AFTER}"), r"\1 days"),
    (re.compile(rf"{_NOT_A_NUMBER_BEFORE}(\d+)\s*/\s*52{_NOT_A_NUMBER_AFTER}"), r"\1 weeks"),
    (re.compile(rf"{_NOT_A_NUMBER_BEFORE}(\d+)\s*/\s*12{_NOT_A_NUMBER_AFTER}"), r"\1 months"),
)
_DIGIT = re.compile(r"\d")


def spelled_times(text: str) -> str:
    """``text`` normalised with clinical shorthand for a time written out as the words it stands for: "72h" and
    "72hrs" as "72 hours", "4-hrly" as "every 4 hours", "x72h" as "for 72 hours", "D8" as "day 8", "3/7", "1/52"
    and "2/12" as "3 days", "1 weeks" and "2 months". An item answer is read as a conclusion's measure is
    (:meth:`medassess.gate.substance._Judge._measures`): "NAS obs 72h" says how long the baby is watched, as
    "NAS obs for 72 hours" does. A date ("3/7/2026") and a score out of a scale ("EPDS 5/30") are left alone."""
    found = normalise(text)
    if _DIGIT.search(found) is None:  # every time written in shorthand holds a digit
        return text
    for pattern, spelled in _SHORTHAND_TIMES:
        found = pattern.sub(spelled, found)
    return found


def _item_answers(
    facts: RecordFacts, assessment: Assessment, spec: ConcernSpec, settings: GateSettings, dismissals: Dismissals
) -> tuple[bool, str | None, str | None]:
    """Whether the concern's own items answer it, the first item that dismisses it instead, and the first
    item written that says nothing."""
    answered, hollow = False, None
    for item in spec.items:
        value = value_at(assessment, item)
        if not isinstance(value, str) or blank(value):
            continue
        if dismisses(value, spec, dismissals):
            return answered, item, hollow
        value = _kept_for_this_baby(value, assessment.pre_conception)
        value = spelled_times(value)
        if (
            value
            and not facts.unwritten(value, settings)
            and not _restates_its_question(facts, item, value, settings)
            and not _in_another_sense(facts, value, spec, settings, dismissals)
            and not _only_hers(value, spec)
            and not answers_another(value, spec)
            and not _hollow_in_kind(facts, value, spec, settings)
        ):
            answered = True
        elif hollow is None:
            hollow = item
    return answered, None, hollow


def _kept_for_this_baby(text: str, pre_conception: bool) -> str:
    """An item's answer without its statements that speak of another child and not of this baby ([baby]
    older_children, later_pregnancies): "Her toddler sleeps in his own room." places the toddler, "Her previous baby
    was observed on SCBU." is that baby's history; with nothing else written the item says nothing of this baby."""
    others = _others(pre_conception)
    if not any(p.found_in(tokens(text)) for p in others):  # cheap: no other child named
        return text
    parts = _STATEMENT.split(normalise(text))
    kept = [p for p in parts if not _of_another_child(words_of_normalised(p), others)]
    if len(kept) == len(parts):
        return text
    return ". ".join(p.strip() for p in kept if p.strip())


def evaluate_concerns(facts: RecordFacts, settings: GateSettings) -> tuple[ConcernFinding, ...]:
    """Every concern left unanswered or dismissed, assessment by assessment, in record order."""
    dismissals = concern_map().dismissals
    answers: _Answers = {}  # each assessment's items read once per concern, for the shared plans and its finding
    shared = _shared_plans(facts, settings, dismissals, answers)
    found: list[ConcernFinding] = []
    for r in facts.required_assessments:
        for raised in _raised(facts, r.assessment, r.concerns):
            if _moot(raised, facts, r.assessment):
                continue
            finding = _finding(facts, r, raised, settings, dismissals, shared, answers)
            if finding is not None:
                found.append(finding)
    return tuple(found)


def concern_raised_now(facts: RecordFacts, concern: str) -> bool:
    """Whether some assessment's medicines raise ``concern`` and it applies (not moot: a stopped medicine no
    longer sedates, a bottle-fed baby takes no milk)."""
    return any(
        raised.spec.id == concern and not _moot(raised, facts, r.assessment)
        for r in facts.required_assessments
        for raised in _raised(facts, r.assessment, r.concerns)
    )


_Answers = dict[tuple[int, int], tuple[Assessment, ConcernSpec, tuple[bool, str | None, str | None]]]
""":func:`_item_answers` of one record's check by the identities of its assessment and concern (kept with them,
so an identity is never another's)."""


def _item_answers_once(
    answers: _Answers | None,
    facts: RecordFacts,
    assessment: Assessment,
    spec: ConcernSpec,
    settings: GateSettings,
    dismissals: Dismissals,
) -> tuple[bool, str | None, str | None]:
    """:func:`_item_answers`, read once per assessment and concern within one record's check (``answers``)."""
    if answers is None:
        return _item_answers(facts, assessment, spec, settings, dismissals)
    held = answers.get((id(assessment), id(spec)))
    if held is not None and held[0] is assessment and held[1] is spec:
        return held[2]
    found = _item_answers(facts, assessment, spec, settings, dismissals)
    answers[(id(assessment), id(spec))] = (assessment, spec, found)
    return found


def _shared_plans(
    facts: RecordFacts, settings: GateSettings, dismissals: Dismissals, answers: _Answers | None = None
) -> set[str]:
    """The concerns whose observation plan for the baby is written in some assessment of the mother's medicines:
    the baby has one observation plan, and written in any assessment it serves all."""
    shared: set[str] = set()
    for r in facts.required_assessments:
        for raised in _raised(facts, r.assessment, r.concerns):
            if raised.spec.shared_plan and raised.whose == {"mother"}:
                answered, dismissed, _ = _item_answers_once(
                    answers, facts, r.assessment, raised.spec, settings, dismissals
                )
                if answered and dismissed is None:
                    shared.add(raised.spec.id)
    return shared


def _finding(
    facts: RecordFacts,
    r: RequiredAssessment,
    raised: _Raised,
    settings: GateSettings,
    dismissals: Dismissals,
    shared: set[str],
    answers: _Answers | None = None,
) -> ConcernFinding | None:
    """What one concern an assessment raises comes to: dismissed, unanswered, or None where it is answered."""
    a, spec = r.assessment, raised.spec
    partner = "partner" in raised.whose
    answered, dismissed, hollow = _item_answers_once(answers, facts, a, spec, settings, dismissals)
    items_only = bool(raised.whose & spec.items_only_for)
    if dismissed is None and (
        (items_only and _conclusion_dismisses(a.conclusion, spec, dismissals))
        or (_with_the_mother(facts, raised, spec) and _conclusion_dismisses(a.conclusion, spec, dismissals, named=True))
        or _headed_dismissal(a.conclusion, raised, spec, dismissals, items_only)
    ):
        dismissed = "conclusion"
    if (
        answered
        and hollow is None
        and (items_only or _speaks_only_of_how_one_sleeps(a, spec))
        and not any(_uses_item_terms(value_at(a, i), spec) for i in spec.items)
    ):
        # Only its own item answers this concern here, so the answer must speak of it: "Father's medicine;
        # mother is the main carer." says nothing of his sleep beside the baby, nor "he sleeps soundly on his
        # tablets" or "the baby sleeps through" of where the baby sleeps or who is with the baby at night.
        answered, hollow = False, next(i for i in spec.items if not blank(value_at(a, i)))
    if dismissed is not None:
        return ConcernFinding(r.index, a.id, spec.id, True, partner, f"$.assessments[{r.index}].{dismissed}")
    overall = facts.record.overall_conclusion
    if overall is not None and (
        (
            (items_only or _with_the_mother(facts, raised, spec))
            and _conclusion_dismisses(overall.text, spec, dismissals, named=True)
        )
        or _headed_dismissal(overall.text, raised, spec, dismissals, items_only)
    ):
        # The overall conclusion, read by every professional, dismisses the concern by name ("Co-sleeping: N/A").
        return ConcernFinding(r.index, a.id, spec.id, True, partner, "$.overall_conclusion.text")
    if hollow is not None:
        path = f"$.assessments[{r.index}].{hollow}"
        return ConcernFinding(r.index, a.id, spec.id, False, partner, path, items_only, hollow=True)
    for item in spec.not_known_in:
        if value_at(a, item) == "unknown":  # the question the concern asks, answered "unknown": not assessed
            return ConcernFinding(r.index, a.id, spec.id, False, partner, f"$.assessments[{r.index}].{item}", True)
    if answered or (
        not items_only
        and (
            _answered_elsewhere(facts.record, a, raised, shared, _owes_a_plan(facts, a, spec))
            or _level_stated(facts, a, spec)
        )
    ):
        return None
    return ConcernFinding(
        r.index, a.id, spec.id, False, partner, f"$.assessments[{r.index}].{spec.report_at}", items_only
    )


def _headed_dismissal(
    text: str | None, raised: _Raised, spec: ConcernSpec, dismissals: Dismissals, items_only: bool
) -> bool:
    """Whether a conclusion dismisses the concern under a heading naming it (:func:`_heading_dismisses`): for the
    mother's medicines every concern but a strict one (read by :func:`_conclusion_dismisses`), spoken of elsewhere
    in its terms; for a partner's (``items_only``), the strict one, answered elsewhere only in its ``item_terms``."""
    if items_only:
        if not spec.strict_dismissal or spec.item_terms is None:
            return False
        return _heading_dismisses(text, spec, dismissals, elsewhere=spec.item_terms)
    if spec.strict_dismissal or "mother" not in raised.whose:
        return False
    return _heading_dismisses(text, spec, dismissals, elsewhere=spec.terms)


def _with_the_mother(facts: RecordFacts, raised: _Raised, spec: ConcernSpec) -> bool:
    """Whether a concern the mother's medicines raise is one whose dismissal in her conclusion counts
    (``conclusion_dismissal_apart`` set) and the baby is in her care: its discharge is to none of those carers."""
    if spec.conclusion_dismissal_apart is None or "mother" not in raised.whose:
        return False
    return facts.record.safeguarding.discharge_to not in spec.conclusion_dismissal_apart


def _speaks_only_of_how_one_sleeps(assessment: Assessment, spec: ConcernSpec) -> bool:
    """Whether the concern's items use its words ("sleeps", "at night") but none that say where and with whom the
    baby sleeps (``item_terms``): "She sleeps well and wakes for the baby" is her own sleep. A terse answer that
    uses neither ("Not advised.") is judged as written."""
    if spec.item_terms is None:
        return False
    values = [value_at(assessment, i) for i in spec.items]
    return any(_uses(v, spec.terms) for v in values) and not any(_uses_item_terms(v, spec) for v in values)


def _uses_item_terms(text: object, spec: ConcernSpec) -> bool:
    """Whether free text uses one of the concern's ``item_terms`` (or its ``terms``) outside the names of
    guidance and leaflets (``item_sources``) and clauses using them in another sense (``other_senses``): "Lullaby
    Trust safe sleep guidance applies." names a source."""
    if not isinstance(text, str):
        return False
    if spec.other_senses is not None and spec.other_senses.found_in(tokens(text)):  # "a bottle of water by the bed"
        marks = concern_map().dismissals
        kept = clauses(text, spec.other_senses, marks.connectives, marks.heading_words)
        text = ". ".join(" ".join(c) for c in kept if not spec.other_senses.found_in(c))
    found = list(with_meanings(tokens(text)))
    if spec.item_sources is not None:
        found = spec.item_sources.outside(found)
    return (spec.item_terms or spec.terms).found_in(found)


def _answered_elsewhere(
    record: Record, assessment: Assessment, raised: _Raised, shared: set[str], plan_owed: bool = False
) -> bool:
    """Whether a concern is answered outside its own items: in a field that addresses it, by a fact of the
    record, or (for the mother's medicines) by the baby's shared observation plan, where the assessment itself
    speaks of the concern (``shared_plan_named_in``). Where a plan is owed (``plan_owed``: a high-risk teratogen,
    :func:`_owes_a_plan`), a harm named only with its level ("the risk of a major malformation is about 1 in 10")
    answers nothing: the plan for the unborn baby must be written (:func:`_without_levels`)."""
    spec = raised.spec
    before = spec.pre_conception_terms if assessment.pre_conception else None
    return (
        any(
            addresses(_without_levels(value_at(assessment, f), spec) if plan_owed else value_at(assessment, f), spec)
            for f in spec.addressed_in
        )
        or (before is not None and any(_uses(value_at(assessment, f), before) for f in spec.addressed_in))
        or any(reports_result(value_at(assessment, f), spec) for f in spec.results_in)
        or any(c.holds(record) and raised.whose <= c.whose for c in spec.answered_by)
        or (
            spec.id in shared
            and raised.whose == {"mother"}
            and (
                not spec.shared_plan_named_in
                or any(_speaks_of_generously(value_at(assessment, f), spec) for f in spec.shared_plan_named_in)
            )
        )
    )


def _owes_a_plan(facts: RecordFacts, assessment: Assessment, spec: ConcernSpec) -> bool:
    """Whether the concern reads levels (``level_harms``) and a medicine of the assessment is of ``level_not_for``
    (a high-risk teratogen: valproate, the other teratogens, lithium), whose plan for the unborn baby is owed."""
    if spec.level_harms is None or not spec.level_not_for:
        return False
    known = facts.classifications
    return any(c.id in spec.level_not_for for m in assessment.medicine_ids if m in known for c in known[m].classes)


def _without_levels(text: object, spec: ConcernSpec) -> str | None:
    """``text`` with the harm's words (``level_harms``) taken out of each sentence that states its level (a rate or
    one of ``level_terms``, whatever its direction): "the risk of a major malformation is about 1 in 10" names the
    harm and its size, not a plan. The sentence's other words stay ("..., so fetal medicine reviews her")."""
    if not isinstance(text, str):
        return None
    if spec.level_harms is None or spec.level_terms is None:
        return text
    normalised = normalise(text)
    if not spec.level_harms.found_in(tokens(normalised)):  # cheap: no harm named, nothing to take out
        return text
    kept = []
    for sentence in SENTENCE_END.split(normalised):
        found = list(with_meanings(words_of_normalised(sentence)))
        rate = _RATE.search(sentence) is not None
        if spec.level_harms.found_in(found) and (rate or spec.level_terms.found_in(found)):
            found = spec.level_harms.outside(found)
        kept.append(" ".join(found))
    return ". ".join(kept)


def _level_stated(facts: RecordFacts, assessment: Assessment, spec: ConcernSpec) -> bool:
    """Whether the concern's ``results_in`` state the harm's level for this pregnancy (:func:`states_level`) in
    an assessment none of whose medicines is of ``level_not_for`` (a high-risk teratogen, whose plan is owed)."""
    if spec.level_harms is None or not spec.results_in:
        return False
    known = facts.classifications
    if any(c.id in spec.level_not_for for m in assessment.medicine_ids if m in known for c in known[m].classes):
        return False
    return any(states_level(value_at(assessment, f), spec) for f in spec.results_in)


def _speaks_of_generously(text: object, spec: ConcernSpec) -> bool:
    """Whether free text speaks of the concern, read as generously as a conclusion is for its own medicines'
    concerns (:func:`_speaks_of_own`: "the midwife checks the baby's breathing", "scored for 72 hours")."""
    return isinstance(text, str) and _speaks_of_own(spec, tuple(with_meanings(tokens(text))), False)


@dataclass(frozen=True, slots=True)
class OffConcern:
    """A conclusion that speaks of none of the concerns its medicines raise (rule MA122): ``spoken`` are the
    concerns it speaks of instead (all raised by other medicines), empty where it speaks of none at all;
    ``plans`` name the other classes whose plan it gives its own medicines (then it may speak of its own too);
    ``misplaced`` the concerns it speaks of only under a heading naming medicines that do not raise them."""

    path: str
    subject: str
    raised: tuple[str, ...]
    spoken: tuple[str, ...]
    plans: tuple[str, ...] = ()
    misplaced: tuple[str, ...] = ()
    unheld: tuple[str, ...] = ()
    """The concerns it speaks of only in clauses given to no one who can carry them out (a medicine, a role the
    text says is absent: :func:`given_to_no_one`)."""
    absent_role: bool = False
    """It gives part of its plan to a role it itself says is absent (:func:`gives_plan_to_absent_role`), whatever
    else answers the concern: a check promised that cannot happen."""
    medicated_nights: bool = False
    """It speaks of the baby's safe sleep only in giving the night care to the parent whose sedating medicine it
    continues (:func:`_nights_only_to_the_medicated`)."""
    in_place: bool = False
    """``plans`` are other classes' plans it holds in clauses naming none of its own medicines, and ``raised`` the
    concerns of its own it leaves unsaid beside them (:func:`_unsaid_beside_another_plan`): another medicine's
    plan in place of its own."""
    gone_holder: bool = False
    """It gives an act now or to come to someone it says has left their post, no one named after them
    (:func:`given_to_someone_gone`), whatever else answers the concern."""
    withdrawn_plan: tuple[str, ...] = ()
    """The concerns whose plan it says was ended or withdrawn with nothing in its place (:func:`withdrawn_unreplaced`),
    whatever else answers them: a plan gone by its own account."""


def conclusions_off_concern(facts: RecordFacts, joint_words: frozenset[str] = frozenset()) -> Iterator[OffConcern]:
    """Each written conclusion, of an assessment whose medicines raise concerns or the overall one, that uses no
    word of a concern they raise (``terms``, ``speaks_of``, ``item_terms``, ``in_conclusions``; in advice given
    before this pregnancy began, ``pre_conception_terms`` too), with the concerns whose ``terms`` it uses instead:
    those are all other medicines' (issue 9 point 4, "what its conclusion must address"). A dose's time ("300 mg
    at night") is set aside first ([conclusion] dose_times). Also each conclusion on medicines of different
    classes that speaks of a concern one of them raises only under a short heading naming others, none of which
    raises it ("Sertraline: no co-sleeping, ...", beside methadone): a clause there that names none of the
    conclusion's medicines nor all of them (``joint_words``: "both") speaks of the heading's until its sentence
    ends, or of those it and the clauses before it in the sentence name as well; a clause naming the heading's own
    medicine is still under it ("Sertraline: ...; sertraline makes her drowsy, so no co-sleeping")."""
    specs = concern_map().specs
    raised_at = facts.conclusion_concerns
    before = {
        f"$.assessments[{r.index}].conclusion" for r in facts.required_assessments if r.assessment.pre_conception
    }
    for written in facts.conclusions:
        raised = raised_at.get(written.path, frozenset())
        if not raised:
            continue
        kept, plans, headed, aside = _in_own_reach(facts, written, joint_words)
        if plans:
            yield OffConcern(written.path, written.subject, tuple(sorted(raised)), (), plans)
            continue
        found = _without_dose_times(_without_plan_denials(facts, written, kept))
        own = raised | concern_map().every_medicine
        if any(_speaks_of_own(specs[c], found, written.path in before) for c in own if c in specs):
            unsaid = _unsaid_beside_another_plan(raised, written.text, written.path in before) if aside else ()
            misplaced = _misplaced(raised - concern_map().every_medicine, headed, written.path in before)
            if misplaced:
                yield OffConcern(written.path, written.subject, tuple(sorted(raised)), (), misplaced=misplaced)
            elif unheld := given_to_no_one(written.text, raised, written.path in before):
                yield OffConcern(written.path, written.subject, tuple(sorted(raised)), (), unheld=unheld)
            elif given_to_someone_gone(written.text):
                yield OffConcern(written.path, written.subject, tuple(sorted(raised)), (), gone_holder=True)
            elif gives_plan_to_absent_role(written.text):
                yield OffConcern(written.path, written.subject, tuple(sorted(raised)), (), absent_role=True)
            elif gone := withdrawn_unreplaced(written.text, raised, written.path in before):
                yield OffConcern(written.path, written.subject, tuple(sorted(raised)), (), withdrawn_plan=gone)
            elif _SAFE_SLEEP in raised and _nights_only_to_the_medicated(facts, written, kept, written.path in before):
                yield OffConcern(written.path, written.subject, tuple(sorted(raised)), (), medicated_nights=True)
            elif unsaid:
                yield OffConcern(written.path, written.subject, unsaid, (), aside, in_place=True)
            continue
        found = _without_dose_times(written.text)
        spoken = tuple(c for c, spec in specs.items() if c not in raised and spec.terms.found_in(found))
        yield OffConcern(written.path, written.subject, tuple(sorted(raised)), spoken)


_SAFE_SLEEP = "sedation-safe-sleep"


@functools.cache
def _owed_beside_another_plan() -> frozenset[str]:
    """The concerns a conclusion holding another class's plan must speak of itself ([conclusion]
    owed_beside_another_plan): the baby's watch after birth and its safe sleep."""
    owed = frozenset(mapping_table("concerns.toml").get("conclusion", {}).get("owed_beside_another_plan", ()))
    unknown = sorted(owed - set(concern_map().specs))
    if unknown:
        raise ValueError(f"mappings/concerns.toml: [conclusion] owed_beside_another_plan names unknown {unknown}")
    return owed


def _unsaid_beside_another_plan(raised: frozenset[str], text: str, pre_conception: bool) -> tuple[str, ...]:
    """The concerns of ``raised`` owed by a conclusion that holds another class's plan for none of its own
    medicines ("her level is checked every 4 weeks" under an antidepressant: :func:`_owed_beside_another_plan`)
    of which ``text`` (the whole conclusion, read generously: a risk told, "the baby may show late withdrawal",
    speaks of its concern here) has no word at all. Such a plan was written for another medicine; in its place,
    the plan this medicine's baby needs cannot be left to the items: the conclusion is what is shared, and its
    reader takes the plan it holds for this medicine's."""
    owed = raised & _owed_beside_another_plan()
    if not owed:  # cheap: nothing owed
        return ()
    specs = concern_map().specs
    found = _without_dose_times(text)
    return tuple(c for c in sorted(owed) if c in specs and not _speaks_of_own(specs[c], found, pre_conception))


def _medicated_parent(facts: RecordFacts, written: WrittenConclusion) -> tuple[Phrase, ...]:
    """The words naming outright the one parent who takes the current medicines of ``written`` that raise the safe
    sleep concern (:func:`medicated_subjects`), or none where no such medicine or both parents take them."""
    takers = {
        "partner" if facts.medicine(m).taken_by == "partner" else "mother"
        for m in written.medicine_ids
        if m in facts.needing
        and facts.medicine(m).stopped is None
        and facts.medicine(m).status not in ("stopped", "completed")
        and (_SAFE_SLEEP in facts.needing[m].concerns or facts.medicine(m).taken_by == "partner")
    }
    if len(takers) != 1:
        return ()
    record = facts.record
    mothers = frozenset(w for part in (*record.mother.name.given, record.mother.name.family) for w in tokens(part))
    if takers == {"partner"}:
        partner = record.partner
        if partner is None:
            return ()
        names = frozenset(
            {w for part in (*partner.name.given, partner.name.family) for w in tokens(part)} - mothers
            if partner.name is not None
            else set()
        )
        return medicated_subjects("partner", names, names_a_man(partner.relationship))
    given = frozenset(w for part in record.mother.name.given for w in tokens(part))
    return medicated_subjects("mother", given, False)


def _taken_every_day(facts: RecordFacts, written: WrittenConclusion) -> bool:
    """Whether every current medicine of ``written`` that raises the safe sleep concern has a dose line giving it at
    fixed times every day (:func:`medassess.gate.doses.taken_every_day`: a count a day, no "as needed", no range),
    so that a night on which it was not taken never comes."""
    current = [
        facts.medicine(m)
        for m in written.medicine_ids
        if m in facts.needing
        and facts.medicine(m).stopped is None
        and facts.medicine(m).status not in ("stopped", "completed")
        and _SAFE_SLEEP in facts.needing[m].concerns
    ]
    return bool(current) and all(m.dose is not None and taken_every_day(m.dose) for m in current)


def _nights_only_to_the_medicated(
    facts: RecordFacts, written: WrittenConclusion, kept: str, pre_conception: bool
) -> bool:
    """Whether ``written`` (``kept``: its normalised words in its own reach) speaks of the baby's safe sleep only
    in clauses giving the night care to the parent whose sedating medicine it continues ("X continues; mum does
    the night feeds", :func:`nights_to_the_medicated`): the arrangement the concern is about, with no plan for it.
    So does someone else's night care kept only for nights the parent has not taken medicines the dose lines give
    every day (:func:`nights_kept_on_untaken_nights`, :func:`_taken_every_day`): kept from the parent on no night."""
    subjects = _medicated_parent(facts, written)
    left = nights_to_the_medicated(kept, subjects) if subjects else None
    if subjects and (never := nights_kept_on_untaken_nights(left or kept, subjects)) and _taken_every_day(
        facts, written
    ):
        left = blanked(left or kept, never)  # the nights kept from the parent on no night at all
    if left is None:
        return False
    found = _without_dose_times(_without_plan_denials(facts, written, left))
    return not _speaks_of_own(concern_map().specs[_SAFE_SLEEP], found, pre_conception)


_SENTENCE_BREAK = re.compile(r"[!?\n]|\.(?=\s|$)")


def given_to_no_one(text: str, raised: frozenset[str], pre_conception: bool = False) -> tuple[str, ...]:
    """The concerns of ``raised`` a conclusion speaks of only in clauses given to no one who can carry them out:
    a medicine as the actor (:func:`without_drug_actors`: "the medicine will monitor the baby") or a role the same
    text rules out (:func:`without_absent_actors`: "she has no health visitor ... the health visitor checks the
    cot"), or a plan the same text takes back (:func:`medassess.gate.narrowed.without_narrowed`: "only if the ward
    has room, which it will not"; "at home visits ... home visits are suspended"), or a plan it says was withdrawn or
    turned down with nothing in its place (:func:`withdrawn`: "... was planned, but the ward has cancelled this
    arrangement and nothing has replaced it"; the saying so answers nothing either). The written conclusion is what
    is shared, so a concern whose plan it gives only to no one is not answered there, whatever the items say; a
    concern it does not speak of at all is judged as before. A short heading before a colon goes with the clause
    after it ("Safe sleep: the health visitor checks the cot" beside her having none).
    A concern whose item asks for a plan is spoken of by its item's words too (:func:`_names_a_plan`: "will review
    the baby at birth"), though not in a joined clause that speaks of another raised concern in its own words: "the
    health visitor checks the cot" is the safe sleep plan, not the baby's observation."""
    normalised = normalise(text)
    held = without_lone_actors(normalised)
    kept = without_gone_holders(without_readers(without_narrowed(without_absent_actors(without_drug_actors(held)))))
    said, gone = withdrawn(held, shipped_settings())
    withdrew = gone != held and len(gone) == len(kept) == len(said)
    if withdrew:
        # a plan withdrawn with nothing in its place: the saying so answers nothing, what it takes back no one holds
        held = said
        kept = "".join(" " if g == " " else k for k, g in zip(kept, gone, strict=True))
    if kept == held:  # cheap: nothing given to no one
        return ()
    kept = _headings_with_their_clause(held, kept)
    specs = concern_map().specs
    given = tuple(c for c in sorted(raised) if c in specs)
    return tuple(
        c for c in given if _plan_taken_by_blanking(specs[c], held, kept, pre_conception, given, specs, withdrew)
    )


def _plan_taken_by_blanking(
    spec: ConcernSpec,
    held: str,
    kept: str,
    pre_conception: bool,
    given: tuple[str, ...],
    specs: dict[str, ConcernSpec],
    withdrew: bool = False,
) -> bool:
    """Whether ``held`` speaks of the concern's plan (read generously) and ``kept`` (what is left once the plans
    given to no one are blanked) does not (read with the other raised concerns' clauses set aside), where the
    blanking itself took it: one of the two readings changed between the texts. A plan in item words beside
    another concern's clause ("the small risks to the baby, which the midwife will watch for") reads the same in
    both texts, so blanking an unrelated sentence ("Dr <name>, now retired, first prescribed it") takes nothing.
    Where the text says a plan was withdrawn (``withdrew``), ``held`` is already without the saying and the plan it
    takes back, and what is left is read as before: generously in ``held``, strictly in ``kept``."""
    others = tuple(specs[o] for o in given if o != spec.id)
    if not _names_a_plan(spec, held, pre_conception) or _names_a_plan(spec, kept, pre_conception, others):
        return False
    if withdrew:
        return True
    return _names_a_plan(spec, held, pre_conception, others) or not _names_a_plan(spec, kept, pre_conception)


@functools.cache
def _withdrawing_verbs(verbs: tuple[str, ...]) -> re.Pattern[str]:
    """The verbs that end or withdraw a plan (``[claim] retraction_participles``, ``retraction_intransitives``,
    ``retraction_simple_pasts``), as whole words."""
    return re.compile(rf"(?<![^\W_])(?:{alternation(verbs, any_spaces=True)})(?![^\W_])" if verbs else r"(?!)")


_TAKEN_RUN = re.compile(r"x[x\s]*x|x")
"""A stretch of a text's marked letters with only whitespace between (:func:`withdrawn_unreplaced`)."""


@functools.cache
def _plan_things() -> Phrases:
    """Things a plan needs that can be given back (``[claim] retraction_plan_things``): a medicine named beside one
    in what ends says where it came from ("the crib lent by the diazepam service"), and the thing is what ends."""
    return Phrases.of(mapping_table("hollow-phrases.toml").get("claim", {}).get("retraction_plan_things", ()))


def withdrawn_unreplaced(text: str, raised: frozenset[str], pre_conception: bool = False) -> tuple[str, ...]:
    """The concerns of ``raised`` whose plan ``text`` itself says was ended or withdrawn with nothing in its place
    (:func:`withdrawn`: "the visits to check the cot were cancelled and no one has replaced them", "her offer to do
    the night feeds has been withdrawn and nobody else has been found"), whatever else it says of them: the plan the
    conclusion sets out for the concern is gone by its own account, and the reader cannot tell which of its other
    words still hold (MA122, a decision of the lead engineer, as for a role the text rules out). What is taken back
    is read in the words of each concern (:func:`_names_a_plan`); a withdrawal with its replacement or reason told
    ("cancelled and replaced by a clinic review") is no such saying, and one taking back no plan for a raised
    concern changes nothing."""
    normalised = normalise(text)
    settings = shipped_settings()
    ended = _ended_bare_concerns(normalised, raised, pre_conception)
    if not unreplaced_in(normalised, settings):
        return ended  # cheap: nothing is said to be in no plan's place
    held = without_lone_actors(normalised)
    taken = [" "] * len(held)
    gone = withdrawn(held, settings)[1]
    if gone != held and len(gone) == len(held):
        # Each stretch taken back (blanked, with only spaces between), kept where it says that nothing is in its
        # place: a withdrawal told bare may be followed by what stands instead ("the earlier plan to stop is
        # withdrawn; methadone continues").
        marked = "".join(
            "x" if g == " " and h != " " else h if h.isspace() else "." for h, g in zip(held, gone, strict=True)
        )
        for run in _TAKEN_RUN.finditer(marked):
            said_end = unreplaced_end(held, settings, run.start(), run.end())
            if said_end is not None and not fallback_after(held, settings, said_end):
                taken[run.start() : run.end()] = held[run.start() : run.end()]
    nouns = frozenset(settings.lexicon.retraction_plan_nouns)
    for a, verb, b in told_unreplaced(held, settings):
        subject = words_of_normalised(held[a:verb])
        if mentions(held[a:verb], fuzzy=False) and nouns.isdisjoint(subject) and not _plan_things().found_in(subject):
            continue  # a medicine stopped with nothing in its place is a stop, not a plan taken back
        if fallback_after(held, settings, b):
            continue  # what stands for the time being is told after it
        taken[a:b] = held[a:b]
    said = "".join(taken)
    if not said.strip():
        return ended
    # The saying's own words ("were stopped", "called off", "no one has replaced them") are not what the plan was
    # for.
    said = without_unreplaced(said, settings)
    lexicon = settings.lexicon
    verbs = (*lexicon.retraction_participles, *lexicon.retraction_intransitives, *lexicon.retraction_simple_pasts)
    said = _withdrawing_verbs(verbs).sub(lambda m: " " * len(m.group(0)), said)
    specs = concern_map().specs
    bare = _ended_bare()
    names = bare.names if bare is not None else {}
    said_words = words_of_normalised(said)
    return tuple(
        c
        for c in sorted(raised)
        if c in specs
        and (
            c in ended
            or _names_a_plan(specs[c], said, pre_conception)
            or (c in names and c not in (bare.not_for if bare is not None else ()) and names[c].found_in(said_words))
        )
    )


@dataclass(frozen=True)
class _EndedBare:
    """A plan or a thing it needs told as ended, done, with nothing after it (``[ended_bare]`` in
    mappings/hollow-phrases.toml; :func:`_ended_bare_concerns`)."""

    ends: re.Pattern[str]
    """The ends told in the past or the perfect ("went back", "has fallen through", "was called off")."""
    hint: frozenset[str]
    """The last word of each end: a text holding none of them as a word tells no end (the cheap test)."""
    tail_words: int
    """The most words of where or when after the end before its sentence ends."""
    tail_not: frozenset[str]
    """Words the tail never holds: a verb or a joining word opens another clause, which may tell what stands."""
    subject_not: Phrases
    """Words before the end, in its sentence, that put it under a condition or a time to come, deny it, or tell of
    another pregnancy or baby."""
    successors: Phrases
    """Words of a later sentence that tell what stands instead."""
    names: dict[str, Phrases]
    """Of a concern, more words by which what ended names it ("night cover" for safe sleep)."""
    kinds: tuple[Phrases, ...]
    """Kinds of thing a plan ends (a sleeping place, a watch, a review, night care)."""
    plain: frozenset[str]
    """Words of what ended that tell nothing of which thing it was."""
    not_for: frozenset[str]
    """Concerns an end told bare never takes back (a decision, not a plan: breastfeeding)."""
    replacements: Phrases
    """A replacement or a planned end in the end's own sentence ([claim] retraction_replacements)."""
    late_windows: Phrases | None = None
    """Words of a window past the ward: what ended with one is stood in for only by a thing of its kind with one."""
    gone_openers: Phrases | None = None
    """Words opening a clause of time or reason after an end ("when", "because")."""
    gone_reasons: Phrases | None = None
    """Words of such a clause telling that the plan's holder went ("moved area", "retired", "left")."""
    holder_ends: re.Pattern[str] | None = None
    """A person's withdrawal ("withdrew", "pulled out"), an end only after one of ``holder_intents``."""
    holder_intents: Phrases | None = None
    """Words of a relative clause telling what the person who withdrew was to do ("who was to")."""
    late_kinds: frozenset[int] = frozenset()
    """The places in :attr:`kinds` of the kinds ``late_windows`` is read for (``late_window_kinds``: the watch)."""
    kind_acts: Phrases | None = None
    """Verbs of doing a thing of a kind ("does", "covers", "will do"): a later clause with one before a word of what
    ended's kind tells what stands instead (:func:`_own_kind_done_later`)."""
    kind_act_reach: int = 0
    """The most words between such a verb and the kind's word ("does all the night feeds": 2)."""
    holder_not: Phrases | None = None
    """Words of the person before what they were to do, or of the tail after their end, that tell no helper leaving
    ("the baby ... went home"; "left the baby with her mother")."""
    holder_places_not: Phrases | None = None
    """Words of a ward or a discharge in the sentence of a person's end: a going home from the ward is a discharge."""
    reason_not: frozenset[str] = frozenset()
    """Words that keep a clause of time or reason read for any reason from being told bare: another clause joined,
    or someone doing something ("while her mother covers")."""


@functools.cache
def _ended_bare() -> _EndedBare | None:
    """The reading of an end told bare (:class:`_EndedBare`), compiled once; None where no end is listed."""
    table = mapping_table("hollow-phrases.toml").get("ended_bare", {})
    ends = tuple(normalise(e) for e in table.get("ends", ()))
    if not ends:
        return None
    holder_ends = tuple(normalise(e) for e in table.get("holder_ends", ()))
    claim = mapping_table("hollow-phrases.toml").get("claim", {})
    return _EndedBare(
        re.compile(rf"(?<![^\W_])(?:{alternation((*ends, *holder_ends), any_spaces=True)})(?![^\W_])"),
        frozenset(e.split()[-1] for e in (*ends, *holder_ends)),
        int(table.get("tail_words", 0)),
        frozenset(normalise(w) for w in table.get("tail_not", ())),
        Phrases.of(table.get("subject_not", ())),
        Phrases.of(table.get("successors", ())),
        {c: Phrases.of(words) for c, words in table.get("names", {}).items() if words},
        tuple(Phrases.of(words) for words in table.get("kinds", {}).values() if words),
        frozenset(normalise(w) for w in table.get("plain_words", ())),
        frozenset(table.get("not_for", ())),
        Phrases.of(claim.get("retraction_replacements", ())),
        Phrases.of(table["late_windows"]) if table.get("late_windows") else None,
        Phrases.of(table["gone_openers"]) if table.get("gone_openers") else None,
        Phrases.of(table["gone_reasons"]) if table.get("gone_reasons") else None,
        _holder_ends(holder_ends) if holder_ends and table.get("holder_intents") else None,
        Phrases.of(table["holder_intents"]) if holder_ends and table.get("holder_intents") else None,
        frozenset(
            at
            for at, name in enumerate(n for n, words in table.get("kinds", {}).items() if words)
            if name in table.get("late_window_kinds", ())
        ),
        Phrases.of(table["kind_acts"]) if table.get("kind_acts") else None,
        int(table.get("kind_act_reach", 0)),
        Phrases.of(table["holder_not"]) if table.get("holder_not") else None,
        Phrases.of(table["holder_places_not"]) if table.get("holder_places_not") else None,
        frozenset(normalise(w) for w in table.get("reason_not", ())),
    )


def _holder_ends(ends: Sequence[str]) -> re.Pattern[str]:
    """The pattern of a person's withdrawal (``[ended_bare] holder_ends``), as whole words."""
    return re.compile(rf"(?<![^\W_])(?:{alternation(ends, any_spaces=True)})(?![^\W_])")


_ENDED_SENTENCE_STOP = re.compile(r"[;!?\n]|\.(?=\s|$)")
"""Where the sentence or part of an end told bare stops (:func:`_ended_bare_concerns`)."""
_ENDED_CLAUSE_MARK = re.compile(r"[,:()\u2013\u2014]|\s-\s")
"""A mark inside an end's tail: another clause follows, which may tell what stands instead."""


def _ended_bare_concerns(normalised: str, raised: frozenset[str], pre_conception: bool) -> tuple[str, ...]:
    """The concerns of ``raised`` whose plan, or a thing it needs, ``normalised`` tells as ended in the past or the
    perfect with nothing in its place, though no words say so (``[ended_bare]``: "the crib went back to the loan
    scheme last week.", "the night cover has since fallen through."): the end closes its sentence or part after at
    most a short tail of where or when, nothing in that sentence tells a replacement, a planned end or a fallback
    (:func:`fallback_after`), and no later sentence tells what stands instead, in ``successors`` or in the concern's
    own words (a later clause naming its plan). What ended names the concern (:func:`_names_a_plan`); a medicine
    stopped is a stop, not a plan taken back. A return to come ("goes back once the cot arrives") is no end told."""
    ended = _ended_bare()
    if ended is None or ended.hint.isdisjoint(words_of_normalised(normalised)):
        return ()  # cheap: no end told in whole words
    settings = shipped_settings()
    specs = concern_map().specs
    nouns = frozenset(settings.lexicon.retraction_plan_nouns)
    found: set[str] = set()
    for m in ended.ends.finditer(normalised):
        opened = [s.end() for s in _ENDED_SENTENCE_STOP.finditer(normalised, 0, m.start())]
        start = opened[-1] if opened else 0
        stop_at = _ENDED_SENTENCE_STOP.search(normalised, m.end())
        stop = stop_at.start() if stop_at is not None else len(normalised)
        tail = normalised[m.end() : stop]
        tail_words = words_of_normalised(tail)
        # The next sentence saying outright that nothing replaced it ("Nothing has replaced it yet."): the end is told
        # unreplaced, however long its sentence's account of when or why.
        said_next = _nothing_said_next(normalised, settings, stop)
        if _ENDED_CLAUSE_MARK.search(tail) is not None or (len(tail_words) > ended.tail_words and not said_next):
            continue  # another clause after the end, which may tell what stands
        holder = _a_person_withdrew(ended, m)
        subject = normalised[start : m.start()]
        subject_words = words_of_normalised(subject)
        # A clause of why its holder went ("after the worker retired"; after a person's own end, or before a
        # sentence saying nothing replaced it, any reason: "has stepped back because of her own health"): its
        # opening word is no planned end, and it tells nothing that stands instead.
        gone_reason = _holder_gone_reason(ended, tail_words, holder or said_next)
        told = tail_words[1:] if gone_reason else tail_words
        if ended.replacements.found_in(told) or ended.successors.found_in(told):
            continue
        if not ended.tail_not.isdisjoint(tail_words) and not gone_reason:
            continue
        if gone_reason and _own_kind_done_later(ended, subject_words, " ".join(told)):
            continue  # "because her partner does the nights": what stands instead, told as the reason
        if not subject_words or ended.subject_not.found_in(subject_words):
            continue
        if holder and not _a_helper_went(ended, subject_words, tail_words):
            continue  # a person who withdrew, told without what they were to do, ends no plan of itself
        if ended.replacements.found_in(subject_words) or fallback_after(
            normalised, settings, stop if gone_reason else m.end()
        ):
            continue
        if mentions(subject, fuzzy=False) and nouns.isdisjoint(subject_words):
            continue  # a medicine stopped is a stop, not a plan taken back
        # A saying that nothing replaced it is no successor ("replaced").
        later = without_unreplaced(normalised[stop:], settings)
        if ended.successors.found_in(words_of_normalised(later)):
            continue  # what stands instead, told after it
        if _own_kind_done_later(ended, subject_words, later):
            continue  # someone does a thing of its kind after it: what stands instead
        if _another_of_its_kind(ended, normalised[:start], subject_words):
            continue  # another thing of its kind told before it stands
        given = tuple(specs[c] for c in sorted(raised) if c in specs)
        for spec in given:
            more = ended.names.get(spec.id)
            if spec.id in found or spec.id in ended.not_for or not (
                _names_a_plan(spec, subject, pre_conception) or (more is not None and more.found_in(subject_words))
            ):
                continue
            others = tuple(o for o in given if o.id != spec.id)
            if not _plan_told_later(spec, _without_other_kinds(ended, subject_words, later), pre_conception, others):
                found.add(spec.id)
    return tuple(sorted(found))


def _a_person_withdrew(ended: _EndedBare, m: re.Match[str]) -> bool:
    """Whether the end ``m`` is a person's withdrawal (``holder_ends``: "withdrew"), not a plan's end."""
    return ended.holder_ends is not None and ended.holder_ends.fullmatch(m.group(0)) is not None


def _a_helper_went(ended: _EndedBare, subject: Sequence[str], tail: Sequence[str]) -> bool:
    """Whether a person's end (``holder_ends``: "has stepped back", "has gone home"), its ``subject`` and ``tail``
    (their words), tells a helper gone from what they were to do: the subject tells it (``holder_intents``: "who was
    to do the night feeds"), the person before it is no baby and the tail names none (``holder_not``: "the baby, who
    was to be scored, went home"; "left the baby with her mother"), and no ward or discharge is told in the sentence
    (``holder_places_not``: a going home from the ward is a discharge)."""
    intents = ended.holder_intents
    if intents is None:
        return False
    found = intents.pattern.search(" ".join(subject))
    if found is None:
        return False
    head = " ".join(subject)[: found.start()].split()
    not_helper, places = ended.holder_not, ended.holder_places_not
    if not_helper is not None and (not_helper.found_in(head) or not_helper.found_in(tail)):
        return False
    return places is None or not places.found_in([*subject, *tail])


def _nothing_said_next(normalised: str, settings: GateSettings, stop: int) -> bool:
    """Whether the sentence after the one ending at ``stop`` says only that nothing is in a plan's place ([claim]
    retraction_unreplaced, with at most a word or three more: "Nothing has replaced it yet.")."""
    if not normalised.startswith(".", stop):
        return False
    after = _ENDED_SENTENCE_STOP.search(normalised, stop + 1)
    sentence = normalised[stop + 1 : after.start() if after is not None else len(normalised)]
    rest = without_unreplaced(sentence, settings)
    return rest != sentence and len(words_of_normalised(rest)) <= _NEXT_SAYING_MORE_WORDS


_NEXT_SAYING_MORE_WORDS = 3
"""The most words beside a saying that nothing is in a plan's place, in the sentence after an end ("yet", "so far",
"as yet"), for that sentence to say only that (:func:`_nothing_said_next`)."""


def _holder_gone_reason(ended: _EndedBare, tail: Sequence[str], any_reason: bool = False) -> bool:
    """Whether the tail after an end (its words) is a clause of time or reason telling only that its holder went
    (``gone_openers`` first, one of ``gone_reasons`` in it: "when she moved area", "after the visitor retired"): why
    the plan ended, not what stands instead, so the end is still told bare. With ``any_reason`` (a person's own end,
    or an end followed by a sentence saying nothing replaced it) any clause of time or reason is such a tail, unless
    it joins another clause or tells someone doing something (``reason_not``: "while her mother covers")."""
    openers, reasons = ended.gone_openers, ended.gone_reasons
    if not tail or openers is None or not openers.found_in(tail[:1]):
        return False
    if reasons is not None and reasons.found_in(tail):
        return True
    return any_reason and ended.reason_not.isdisjoint(tail[1:])


def _without_other_kinds(ended: _EndedBare, subject: Sequence[str], later: str) -> str:
    """``later`` with each clause blanked that tells only things of other kinds than what ended (``subject``: its
    words; ``[ended_bare.kinds]``): the crib checked stands in for no night cover that fell through, as another
    sleeping place or the nights covered by someone else would. A clause of no kind (advice, a holder named) is
    kept, as is all of ``later`` where what ended is of no kind."""
    own = [kind for kind in ended.kinds if kind.found_in(subject)]
    if not own:
        return later
    kept: list[str] = []
    at = 0
    for mark in [*_CLAUSE_BREAK.finditer(later), None]:
        end = mark.start() if mark is not None else len(later)
        words = words_of_normalised(later[at:end])
        other = any(kind.found_in(words) for kind in ended.kinds if kind not in own)
        kept.append(" " * (end - at) if other and not any(kind.found_in(words) for kind in own) else later[at:end])
        if mark is not None:
            kept.append(mark.group())
            at = mark.end()
    return "".join(kept)


def _another_of_its_kind(ended: _EndedBare, before: str, subject: Sequence[str]) -> bool:
    """Whether ``before`` (what a conclusion says before an end told bare) tells a thing of the same kind as what
    ended (``subject``: its words) in a clause lacking a word of what ended that is neither plain nor the kind's own
    ("the baby sleeps in his own cot" before "the borrowed moses basket went back"): another thing of its kind,
    which stands. The same thing in other words ("the foster carer does every night feed" before "the foster
    carer's night cover fell through") is none, nor is it where the clause's sentence holds the words of what ended
    ("his mother, <name>, was to do the nights" before "<name>'s night cover fell through"), nor a dose's time
    ("quetiapine 300 mg at night" is when the dose is taken, not a thing of the nights). What ended carrying a
    window past the ward (``late_windows``: "checks for late withdrawal to day 8") is stood in for only by a clause
    naming such a window too ("watched on the ward for 24 hours" is none)."""
    late = ended.late_windows
    for at, kind in enumerate(ended.kinds):
        beyond = at in ended.late_kinds and late is not None and late.found_in(subject)
        if not kind.found_in(subject):
            continue
        own = [w for w in kind.outside(subject) if w not in ended.plain]
        if not own:
            continue  # nothing of its own to tell it from another of its kind
        for sentence in _SENTENCE_PART_BREAK.sub("\n", before).split("\n"):
            if set(own) <= set(words_of_normalised(sentence)):
                continue  # the same thing, named by a word its sentence holds
            for part in _CLAUSE_BREAK.sub("\n", sentence).split("\n"):
                words = _without_dose_times(part) if kind.found_in(words_of_normalised(part)) else ()
                if words and kind.found_in(words) and not (beyond and late is not None and not late.found_in(words)):
                    return True
    return False


_CONDITIONS = frozenset({"if", "unless", "whether", "should", "case", "when", "once", "until"})
"""Words before a clause in its sentence that put it under a condition or a time to come
(:func:`_own_kind_done_later`)."""


def _own_kind_done_later(ended: _EndedBare, subject: Sequence[str], later: str) -> bool:
    """Whether a clause of ``later`` (what a conclusion says after an end told bare) tells someone doing a thing of the
    kind of what ended (``subject``: its words; ``[ended_bare] kind_acts`` within ``kind_act_reach`` words before a
    word of the kind): "the overnight cover from the agency fell through. Her aunt does the night feeds." tells what
    stands instead, as "now does" would. Not where the clause holds the words of what ended (the same thing told
    again), is denied, put under a condition or told of another pregnancy (``subject_not``), or where what ended
    carried a window past the ward and the clause names none."""
    acts = ended.kind_acts
    if acts is None:
        return False
    late = ended.late_windows
    for at, kind in enumerate(ended.kinds):
        if not kind.found_in(subject):
            continue
        own = [w for w in kind.outside(subject) if w not in ended.plain]
        beyond = at in ended.late_kinds and late is not None and late.found_in(subject)
        for sentence in _SENTENCE_BREAK.split(later):
            before: list[str] = []  # the sentence's words before the part: a condition there holds the part
            for part in _CLAUSE_BREAK.sub("\n", sentence).split("\n"):
                words = words_of_normalised(part)
                held = ended.subject_not.found_in(words) or not _CONDITIONS.isdisjoint(before)
                before.extend(words)
                if not words or held or (own and set(own) <= set(words)):
                    continue
                if beyond and late is not None and not late.found_in(words):
                    continue
                reach = ended.kind_act_reach
                for i in range(len(words)):
                    act = acts.found_in(words[i : i + 1]) or acts.found_in(words[i : i + 2])
                    if act and kind.found_in(words[i + 1 : i + 3 + reach]):
                        return True
    return False


def _plan_told_later(
    spec: ConcernSpec, later: str, pre_conception: bool, others: Sequence[ConcernSpec]
) -> bool:
    """Whether a clause of ``later`` (what a conclusion says after an end told bare) tells what stands instead for
    the concern: for a concern whose item asks for a plan, in the item's own words (a benefit told in its terms,
    "breastfeeding can ease withdrawal", names no plan), otherwise in its own terms read generously; a clause that
    speaks of another raised concern in its own terms holds that one's plan ("the health visitor sees the cot"); a
    clause of the mother's own monitoring (``hers``: "the midwife checks her levels weekly"), naming no baby
    (``the_babys``), holds none of the baby's plan, whoever does it."""
    for sentence in _SENTENCE_BREAK.split(later):
        for part in _CLAUSE_BREAK.sub("\n", sentence).split("\n"):
            found = _without_dose_times(part)
            if not found or any(_speaks_of_own(o, found, pre_conception) for o in others):
                continue
            if not spec.plan:
                if _speaks_of_own(spec, found, pre_conception):
                    return True
                continue
            if _mothers_own_watch(spec, found):
                continue  # her own levels or mood watched: no watch of the baby in place of what ended
            if _in_item_words(spec, found):
                return True
    return False


def _headings_with_their_clause(held: str, kept: str) -> str:
    """``kept`` (``held`` with clauses blanked in place) with each short heading before a colon blanked too where
    the clause right after the colon was blanked: "No co-sleeping: [the absent role checks the cot]"."""
    if ":" not in kept:
        return kept
    spans: list[tuple[int, int]] = []
    breaks = [(m.start(), m.end(), m.group(0)) for m in _CLAUSE_BREAK.finditer(kept)]
    start = 0
    for at, (a, b, mark) in enumerate(breaks):
        if mark == ":":
            after_end = breaks[at + 1][0] if at + 1 < len(breaks) else len(kept)
            heading = words_of_normalised(kept[start:a])
            if (
                0 < len(heading) <= _HEADING_WORDS
                and not kept[b:after_end].strip()
                and held[b:after_end].strip()
            ):
                spans.append((start, a))
        start = b
    return blanked(kept, spans) if spans else kept


def _names_a_plan(
    spec: ConcernSpec, normalised: str, pre_conception: bool, others: Sequence[ConcernSpec] = ()
) -> bool:
    """Whether some clause of ``normalised`` speaks of the concern, read as generously as a conclusion is for its
    own medicines' concerns (:func:`_speaks_of_own`), or, for a concern whose item asks for a plan, in its item's
    own words (``item_own``; ``item_own_unless_hers`` in a clause without one of ``hers``: "will review the baby",
    not "will check her levels"). A joined clause that speaks of one of ``others`` (the other concerns raised) in
    its own words holds that concern's plan, not this one's in its item's words ("the health visitor checks the
    cot"). So does a clause in the item's words that points back by a pronoun (``[conclusion] plan_back_references``:
    "and the midwives will help with it", "which the health visitor will see") right after, in its sentence, a
    clause that speaks of one of ``others``: what it helps with or sees is that concern's."""
    back = _plan_back_references() if others else None
    for sentence in _SENTENCE_BREAK.split(normalised):
        before_other = False  # the clause before, in this sentence, speaks of another raised concern
        for part in _CLAUSE_BREAK.sub("\n", sentence).split("\n"):
            if not part.strip():
                continue
            found = _without_dose_times(part)
            if _speaks_of_own(spec, found, pre_conception):
                return True
            if not spec.plan:
                continue
            item_words = (spec.item_own, spec.item_own_unless_hers, spec.item_own_unless_dose)
            if not any(p is not None and p.found_in(found) for p in item_words):
                before_other = any(_speaks_of_own(o, found, pre_conception) for o in others)
                continue  # cheap: none of the item's words
            for joined in _JOINED_CLAUSE.split(part):  # "... check her levels and review the baby"
                words = _without_dose_times(joined)
                if not words:
                    continue
                if any(_speaks_of_own(o, words, pre_conception) for o in others):
                    before_other = True
                    continue
                if before_other and back is not None and back.found_in(words):
                    continue  # "..., which the health visitor will see": the clause before's concern
                before_other = False
                if _in_item_words(spec, words):
                    return True
    return False


def _mothers_own_watch(spec: ConcernSpec, words: Sequence[str]) -> bool:
    """Whether a clause (its words) tells the mother's own monitoring (one of the concern's ``hers``: "her levels",
    "her mood") and names no baby (``the_babys``): "the midwife checks her levels weekly"."""
    hers, whose = spec.hers, spec.whose
    if hers is None or not hers.found_in(words):
        return False
    return whose is None or not whose.the_babys.found_in(words)


def _in_item_words(spec: ConcernSpec, words: Sequence[str]) -> bool:
    """Whether a clause (its words) speaks of the concern in its item's own words: ``item_own``;
    ``item_own_unless_hers`` without one of ``hers`` ("will review the baby", not "will check her levels");
    ``item_own_unless_dose`` without a dose kept (:func:`_own_unless_dose`)."""
    own, unless_hers, hers = spec.item_own, spec.item_own_unless_hers, spec.hers
    if own is not None and own.found_in(words):
        return True
    if unless_hers is not None and unless_hers.found_in(words) and not (hers is not None and hers.found_in(words)):
        return True
    return _own_unless_dose(spec, words)


@functools.cache
def _plan_back_references() -> Phrases | None:
    """Words by which a clause points back to the one before ([conclusion] plan_back_references: "it", "which")."""
    found = mapping_table("concerns.toml").get("conclusion", {}).get("plan_back_references", ())
    return Phrases.of(found) if found else None


def _own_unless_dose(spec: ConcernSpec, words: Sequence[str]) -> bool:
    """Whether a clause (its words) holds one of the concern's ``item_own_unless_dose`` ("the baby stays on the
    ward") and none of its ``doses_kept`` ("the dose stays the same")."""
    unless_dose, doses = spec.item_own_unless_dose, spec.doses_kept
    return unless_dose is not None and unless_dose.found_in(words) and not (doses is not None and doses.found_in(words))


_JOINED_CLAUSE = re.compile(r"\s(?:and|but|then|so|or|while|whilst)\s")
"""Where a clause joins another with no punctuation between ("will check her levels and review the baby")."""


def _without_plan_denials(facts: RecordFacts, written: WrittenConclusion, normalised: str) -> str:
    """A conclusion's normalised text without the clauses that deny the harm or the need to act (a concern's
    ``plan_denials``: "carries no particular risk in this pregnancy", "no further action needed for the unborn
    baby") where a medicine of the conclusion is of that concern's ``level_not_for`` (a high-risk teratogen,
    whose plan for the unborn baby is owed): the record's own class facts say otherwise, so such a clause speaks
    of no plan. Other medicines' denials ("no increased risk of malformation at this dose" of lamotrigine) stand."""
    found = tokens(normalised)
    held = [s for s in concern_map().specs.values() if s.plan_denials is not None and s.plan_denials.found_in(found)]
    if not held:  # cheap: no denial anywhere
        return normalised
    known = facts.classifications
    ids = written.medicine_ids if written.path != "$.overall_conclusion.text" else tuple(known)
    classes = {c.id for m in ids if m in known for c in known[m].classes}
    held = [s for s in held if s.level_not_for & classes]
    if not held:
        return normalised
    kept: list[str] = []
    start = 0
    for m in [*_CLAUSE_BREAK.finditer(normalised), None]:
        end = m.start() if m is not None else len(normalised)
        part = tokens(normalised[start:end])
        if not any(_denies(s, part) for s in held):
            kept.append(normalised[start:end])
        if m is not None:
            kept.append(m.group(0))
            start = m.end()
    return "".join(kept)


def _denies(spec: ConcernSpec, clause: Sequence[str]) -> bool:
    """Whether a clause (its tokens) holds one of the concern's ``plan_denials`` and none of the words that name
    the act it leaves out (``plan_denials_unless``)."""
    if spec.plan_denials is None or not spec.plan_denials.found_in(clause):
        return False
    return spec.plan_denials_unless is None or not spec.plan_denials_unless.found_in(clause)


Headed = tuple[tuple[frozenset[str] | None, str], ...]
"""A conclusion's clauses (normalised text), each with the concerns raised by the medicines of the short heading it
is under, where it names none of the conclusion's medicines itself (None: a clause under no such heading)."""


def _in_own_reach(
    facts: RecordFacts, written: WrittenConclusion, joint_words: frozenset[str] = frozenset()
) -> tuple[str, tuple[str, ...], Headed, tuple[str, ...]]:
    """What of a conclusion speaks of its own medicines (normalised text), the other classes whose plan it
    gives them ([conclusion] class_plans), in a conclusion on medicines of different classes divided by
    short headings before a colon, its clauses with the concerns of the heading each is under (:data:`Headed`),
    and the other classes whose plan it holds in the clauses set aside for naming none of its own medicines.
    Set aside: a clause holding another class's plan (of classes none of
    the conclusion's medicines is in, none of which it names) that names none of its own medicines; a clause
    naming another medicine (not of its own classes), none of its own and no baby, and the clauses after it in
    its sentence that speak on of it (``refers_back``). A conclusion whose medicines are in no known class is
    read whole."""
    cmap = concern_map()
    normalised = without_bare_cells(without_her_wish(without_idle_actors(normalise(written.text))))
    ids = written.medicine_ids if written.path != "$.overall_conclusion.text" else facts.classifications.keys()
    known = [facts.classifications[m] for m in ids if m in facts.classifications]
    own_classes = {c.id for k in known for c in k.classes}
    own_ingredients = {i for k in known for i in k.ingredients}
    if not own_classes:
        return normalised, (), (), ()

    def owned(m: Mention) -> bool:
        return bool(set(m.entry.ingredients) & own_ingredients or set(m.entry.classes) & own_classes)

    joint = len({frozenset(c.id for c in k.classes) for k in known if k.classes}) > 1
    named = mentions(written.text, fuzzy=False)
    plans_written = cmap.class_plan_any is not None and cmap.class_plan_any.found_in(tokens(written.text))
    whole = not plans_written and all(owned(m) for m in named)  # nothing of another medicine's
    if whole and not (joint and ":" in normalised):  # cheap: no heading to read either
        return normalised, (), (), ()
    # The other classes the conclusion names a medicine of, as context for their plans: not the baby's treatment.
    named_classes = {c for m in named if not set(m.entry.ingredients) & cmap.baby_treatments for c in m.entry.classes}
    foreign = [p for p in cmap.class_plans if not p.classes & own_classes and not p.classes & named_classes]
    # In a joint conclusion a clause naming some of its medicines of concern (or under a heading naming them:
    # "Diazepam: ...") gives its plan to those: another class's plan there is foreign though a medicine named
    # elsewhere is of it. A medicine of no class (folic acid) is no subject for a plan: what follows it in a line of
    # bullets run together ("• folic acid started • ARAF on file") is read as before.
    other_classes = {c for m in named if not owned(m) for c in m.entry.classes}
    kept: list[str] = []
    plans: dict[str, None] = {}
    aside: dict[str, None] = {}  # other classes' plans in clauses naming none of its own medicines
    headed: list[tuple[frozenset[str] | None, str]] = []
    sentence_start, subject_foreign = 0, False
    heading: list[Mention] = []
    section: frozenset[str] | None = None  # the concerns of the medicines the last short heading names
    listed: list[Mention] = []  # own medicines named, each with only its dose, in the items before a comma
    start = 0
    breaks = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(normalised)]
    for end, resume in [*breaks, (len(normalised), len(normalised))]:
        if any(sentence_start <= b < start for b in _sentence_ends(normalised, sentence_start, start)):
            sentence_start, subject_foreign, heading, section = start, False, [], None
        words = with_meanings(words_of_normalised(normalised[start:end]))
        here = [m for m in named if start <= m.start < end]
        own = [m for m in here if owned(m)]
        # A heading naming several medicines over commas, each with only its dose ("Diazepam 5 mg tds, pregabalin
        # 150 mg bd: ..."), names every one of them, as it does over "and".
        titled = [*listed, *own] if own else own
        if joint:
            # A clause naming medicines under a heading speaks of the heading's and of those it names: naming the
            # heading's own medicine keeps it there ("Sertraline: sertraline makes her drowsy, so no co-sleeping").
            under = section if joint_words.isdisjoint(words) else None
            if under is not None and own:
                under |= _raised_by(own) or frozenset()
            headed.append((under, normalised[start:end]))
            if normalised[end:resume] == ":" and len(words) <= _HEADING_WORDS:
                # A heading naming none of the medicines ("Plan:", "Baby:") or all of them ("Both:") ends one
                # naming some.
                section = _raised_by(titled) if own and joint_words.isdisjoint(words) else None
            elif own and section is not None:  # "Sertraline: ...; her methadone sedates her, so no co-sleeping"
                section |= _raised_by(own) or frozenset()
        other = [m for m in here if m not in own]
        # One search of every class's plan words first (``class_plan_any``): most clauses hold none, and then no
        # class's plan is found in them.
        planned = cmap.class_plan_any is None or cmap.class_plan_any.found_in(words)
        plan = [p for p in foreign if p.found_in(words)] if planned else []
        if joint and (subjects := [m for m in own if m.entry.classes] or heading):
            theirs = {c for m in subjects for c in m.entry.classes} | other_classes
            plan = (
                [p for p in cmap.class_plans if not p.classes & theirs and p.found_in(words)] if planned else []
            )
            own = own or heading
        if own and normalised[end:resume] == ":" and len(words) <= _HEADING_WORDS:
            heading = [m for m in titled if m.entry.classes]
        is_item = normalised[end:resume] == "," and bool(own) and _only_a_dose(normalised, start, end, own)
        listed = [*listed, *own] if is_item else []
        if plan and cmap.class_plan_not is not None and cmap.class_plan_not.found_in(words):
            plan = []
        if own:  # its own medicine: given another class's plan here, it answers that class's assessment
            plans.update(dict.fromkeys(p.label for p in plan))
            subject_foreign = False
        elif plan:  # another class's plan, for no medicine of its own
            aside.update(dict.fromkeys(p.label for p in plan))
            start = resume
            continue
        elif other and not _clause_names_the_baby(cmap, _before_speaking_on(cmap, words)):
            # another medicine's sentence, not the baby's, though it goes on of the baby with no subject of its
            # own ("iron continues and is safe for the baby")
            subject_foreign = True
        elif subject_foreign and not other and (cmap.refers_back & set(words) or _speaks_on(cmap, words)):
            pass  # "..., which is safe in ...", "...; no effect on the baby, who ..."
        else:
            subject_foreign = False
        if not subject_foreign:
            kept.append(normalised[start:end])
        start = resume
    if whole:  # read whole as before: only its headings were asked after
        return normalised, (), tuple(headed), ()
    return ". ".join(kept), tuple(plans), tuple(headed), tuple(aside)


_DOSE_ITEM_WORDS = frozenset(
    {"od", "bd", "tds", "qds", "nocte", "mane", "prn", "daily", "nightly", "once", "twice", "at", "night", "a", "day"}
)
"""How often a dose is taken, as a list of medicines writes it after the amount ("5 mg tds", "50 mg at night")."""


def _only_a_dose(normalised: str, start: int, end: int, named: Sequence[Mention]) -> bool:
    """Whether ``normalised[start:end]`` is only the medicines ``named`` in it with their doses and how often
    ("diazepam 5 mg tds"): an item of a list of medicines, not a clause of its own ("methadone continues")."""
    pieces, at = [], start
    for m in sorted(named, key=lambda m: m.start):
        if m.start < at or m.end > end:
            return False
        pieces.append(normalised[at : m.start])
        at = m.end
    pieces.append(normalised[at:end])
    rest = dose_words().amount.sub(" ", " ".join(pieces))
    return set(words_of_normalised(rest)) <= _DOSE_ITEM_WORDS


def _raised_by(named: Sequence[Mention]) -> frozenset[str] | None:
    """The concerns the classes of the medicines named raise, or None where none is of a known class (a heading
    naming folic acid gives no medicine of concern its plan)."""
    classes = medicine_classes().classes
    found = {c for m in named for cid in m.entry.classes if cid in classes for c in classes[cid].concerns}
    return frozenset(found) if found else None


def _misplaced(raised: frozenset[str], headed: Headed, pre_conception: bool) -> tuple[str, ...]:
    """The concerns of ``raised`` spoken of in a conclusion only in clauses under a heading whose medicines do
    not raise them (methadone's co-sleeping under "Sertraline:"): each is given to a medicine it is not of, and
    left unsaid of the medicine that raises it."""
    if not any(h is not None for h, _ in headed):
        return ()
    specs = concern_map().specs
    found: list[str] = []
    for concern in sorted(raised):
        spec = specs.get(concern)
        if spec is None:
            continue
        elsewhere = [t for h, t in headed if h is None or concern in h]
        astray = [t for h, t in headed if h is not None and concern not in h]
        if (
            astray
            and _speaks_of_own(spec, _without_dose_times(". ".join(astray)), pre_conception)
            and not _speaks_of_own(spec, _without_dose_times(". ".join(elsewhere)), pre_conception)
        ):
            found.append(concern)
    return tuple(found)


def _clause_names_the_baby(cmap: ConcernMap, words: Sequence[str]) -> bool:
    """Whether a clause's words name the baby, not only its feeding ([conclusion] not_naming_the_baby; without
    that list, any word of the baby's concerns)."""
    found = cmap.names_the_baby if cmap.names_the_baby is not None else cmap.baby_terms
    return found.found_in(words)


_JOINS = frozenset({"and", "but", "so", "also", "then"})


def _before_speaking_on(cmap: ConcernMap, words: Sequence[str]) -> Sequence[str]:
    """A clause's words before a join ("and") after which it speaks on with no subject of its own ("... continues
    and is safe for the newborn"): what follows is said of the clause's subject (:func:`_speaks_on`)."""
    for at, word in enumerate(words):
        if at and word in _JOINS and _speaks_on(cmap, words[at:]):
            return words[:at]
    return words


def _speaks_on(cmap: ConcernMap, words: Sequence[str]) -> bool:
    """Whether a clause opens, past a join ("and"), on one of [conclusion] speaks_on: no subject of its own."""
    if cmap.speaks_on is None:
        return False
    at = 1 if words and words[0] in _JOINS else 0
    return cmap.speaks_on.pattern.match(" ".join(words[at:])) is not None
_HEADING_WORDS = 6
"""At most this many words before a colon make a heading whose medicines are the subject of what follows it."""


def _sentence_ends(normalised: str, start: int, end: int) -> Iterator[int]:
    """Where sentences end in ``normalised[start:end]`` (full stops, "!", "?", line breaks; not semicolons)."""
    return (m.start() for m in _SENTENCE_BREAK.finditer(normalised, start, end))


def _speaks_of_own(spec: ConcernSpec, found: Sequence[str], pre_conception: bool) -> bool:
    """Whether ``found`` (a conclusion's words) speak of a concern its medicines raise, read generously."""
    own = (spec.terms, spec.speaks_of, spec.item_terms, spec.in_conclusions)
    before = spec.pre_conception_terms if pre_conception else None
    return any(p is not None and p.found_in(found) for p in (*own, before))


@functools.cache
def _dose_supervision() -> re.Pattern[str] | None:
    """"supervised" before a word of how a dose is given or cut ([conclusion] dose_supervision: "a supervised
    diazepam reduction"), with at most ``dose_supervision_gap`` words between; the group ``word`` is "supervised"."""
    raw = mapping_table("concerns.toml").get("conclusion", {})
    nouns = raw.get("dose_supervision", ())
    if not nouns:
        return None
    gap = int(raw.get("dose_supervision_gap", 0))
    return re.compile(
        rf"(?<![\w'-])(?P<word>supervised)(?:\s+[^\W\d_][\w'-]*){{0,{gap}}}?\s+"
        rf"(?:{alternation(nouns, normalised=True)})(?![\w'-])"
    )


def _without_dose_times(text: str) -> tuple[str, ...]:
    """The words of ``text`` (abbreviations read by their meaning) without a dose's time right after its amount
    ("quetiapine 300 mg at night": the 300 mg is taken at night) and without the "supervised" of a dose
    ([conclusion] dose_supervision: "a supervised diazepam reduction" supervises no one with the baby)."""
    normalised = normalise(text)
    if "supervised" in normalised:  # cheap: no dose supervised, nothing to set aside
        supervision = _dose_supervision()
        if supervision is not None:
            normalised = blanked(normalised, [m.span("word") for m in supervision.finditer(normalised)])
    return with_meanings(words_of_normalised(_dose_times_cut(normalised)))


def _dose_times_cut(normalised: str) -> str:
    """``normalised`` without a dose's time right after its amount ([conclusion] dose_times: "quetiapine 300 mg at
    night" -> "quetiapine 300 mg"): when the medicine is taken, not when or where the baby sleeps."""
    times = concern_map().dose_times
    if times is not None and times.search(normalised) is not None:  # cheap: no dose time anywhere, none to cut
        pieces, at = [], 0
        for amount in dose_words().amount.finditer(normalised):
            after = times.match(normalised, amount.end())
            if after is not None and amount.end() >= at:
                pieces.append(normalised[at : amount.end()])
                at = after.end()
        normalised = "".join([*pieces, normalised[at:]])
    return normalised
