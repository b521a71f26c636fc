"""Whether a conclusion speaks of the partner: for rule MA129, the conclusion of an assessment covering only the
partner's medicines. The words are data, in ``mappings/partner.toml``; the partner's relationship decides which
pronouns count (a man's where it names a man, any where it names a woman or says nothing of sex).
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from typing import Any

from ..core.resources import data_path
from ..record.model import Record
from .names import mentions
from .phrases import alternation
from .text import normalise
from .wording import Phrases, tokens, words_of_normalised

_NEGATIONS = frozenset({"not", "no", "never", "nor"})
_NEGATION_REACH = 4
"""How many words before a man's word a negation takes it back ("not the baby's father": the possessive "s" is
a word of its own once normalised)."""


@dataclass(frozen=True, slots=True)
class PartnerWords:
    """``mappings/partner.toml``, read once."""

    man: Phrases
    woman: Phrases
    terms: Phrases
    his: Phrases
    any_pronoun: Phrases
    hers: Phrases
    """The sedation put on the mother ("her evening dose", "she is drowsy")."""
    handed_to_him: Phrases
    """A word of ``terms`` as the one handed the night care: after ``to_him`` or before ``he_takes_over``."""


@functools.cache
def partner_words() -> PartnerWords:
    raw = tomllib.loads((data_path("mappings") / "partner.toml").read_text(encoding="utf-8"))
    handed = [f"{before} {term}" for before in raw.get("to_him", ()) for term in raw["terms"]]
    handed += [f"{term} {after}" for after in raw.get("he_takes_over", ()) for term in raw["terms"]]
    return PartnerWords(
        Phrases.of(raw["man"]),
        Phrases.of(raw["woman"]),
        Phrases.of(raw["terms"]),
        Phrases.of(raw["his"]),
        Phrases.of(raw["any_pronoun"]),
        _hers(raw),
        Phrases.of(handed),
    )


def _alternatives(phrases: list[str]) -> str:
    """A pattern matching any of ``phrases`` over words joined by single spaces (text read as its words,
    :func:`~medassess.gate.wording.tokens`, joined so), longest first; a phrase of no words is left out."""
    return alternation(joined for p in phrases if (joined := " ".join(tokens(p))))


def _hers(raw: dict[str, Any]) -> Phrases:
    """``hers`` and the mother as the one sedated in any wording ("mum is too sleepy", "it leaves her groggy"): a
    subject, a state and a sedation word, or a maker, an object and a sedation word, each with an optional degree."""
    listed = Phrases.of(raw.get("hers", ())).pattern.pattern
    sedated = raw.get("sedated", ())
    if not sedated:
        return Phrases(re.compile(listed))
    degree = rf"(?:(?:{_alternatives(raw.get('her_degrees', ['very']))}) )?"
    tail = rf"{degree}(?:{_alternatives(sedated)})(?![^ ])"
    built = []
    if raw.get("her_subjects") and raw.get("her_states"):
        built.append(
            rf"(?<![^ ])(?:{_alternatives(raw['her_subjects'])}) (?:{_alternatives(raw['her_states'])}) {tail}"
        )
    if raw.get("her_makers") and raw.get("her_objects"):
        built.append(
            rf"(?<![^ ])(?:{_alternatives(raw['her_makers'])}) (?:{_alternatives(raw['her_objects'])}) {tail}"
        )
    return Phrases(re.compile("|".join([listed, *built])))


def words_for_a_woman(relationship: str | None) -> Phrases | None:
    """The words for a woman partner (mappings/partner.toml ``woman``) where the relationship uses one ("her
    wife and the baby's other mother"), else None."""
    women = partner_words().woman
    return women if relationship is not None and women.found_in(tokens(relationship)) else None


def names_a_man(relationship: str | None) -> bool:
    """Whether the partner's relationship says the partner is a man ("the baby's father"): a man's word not
    taken back by a negation just before it, and no word for a woman."""
    if relationship is None:
        return False
    found, lexicon = tokens(relationship), partner_words()
    if lexicon.woman.found_in(found):
        return False
    return any(
        lexicon.man.found_in((word,)) and not _NEGATIONS.intersection(found[max(0, i - _NEGATION_REACH) : i])
        for i, word in enumerate(found)
    )


def speaks_of_the_partner(text: str, record: Record) -> bool:
    """Whether ``text`` speaks of the record's partner: a partner word (partner, father, husband, both parents),
    a word of the partner's name not in the mother's, or a pronoun that can be the partner's (he, him, his where
    the relationship names a man; any personal pronoun otherwise)."""
    found, lexicon = tokens(text), partner_words()
    partner = record.partner
    if lexicon.terms.found_in(found) or lexicon.his.found_in(found):
        return True
    if partner is not None and partner.name is not None:
        mothers = {w for part in (*record.mother.name.given, record.mother.name.family) for w in tokens(part)}
        own = {w for part in (*partner.name.given, partner.name.family) for w in tokens(part)} - mothers
        if own.intersection(found):
            return True
    man = partner is not None and names_a_man(partner.relationship)
    return not man and lexicon.any_pronoun.found_in(found)


def gives_his_sedation_to_her(text: str, record: Record) -> bool:
    """Whether ``text``, on a man partner's medicine, puts the sedation on the mother ("after her evening dose",
    "while she is drowsy": ``hers``) and names him only as the one handed the night care ("hand the night feeds to
    dad", "dad does the nights"), with none of his pronouns: it speaks of her sedation, not of his."""
    partner = record.partner
    if partner is None or not names_a_man(partner.relationship):
        return False
    found, lexicon = tokens(text), partner_words()
    if not lexicon.hers.found_in(found) or lexicon.his.found_in(found):  # cheap: her sedation, not his
        return False
    if partner.name is not None:
        mothers = {w for part in (*record.mother.name.given, record.mother.name.family) for w in tokens(part)}
        if ({w for part in (*partner.name.given, partner.name.family) for w in tokens(part)} - mothers) & set(found):
            return False
    return not lexicon.terms.found_in(lexicon.handed_to_him.outside(found))


def gives_his_medicine_sedation_to_her(
    text: str, record: Record, his_ingredients: frozenset[str], her_ingredients: frozenset[str]
) -> bool:
    """Whether ``text`` (a conclusion on the medicines of both, the overall one) puts the sedation of a medicine
    only the man partner takes on the mother, in a sentence naming it ("his quetiapine" written as "quetiapine at
    night makes her drowsy"), and names him only as the one handed the night care (:func:`gives_his_sedation_to_her`
    on the whole text)."""
    found = tokens(text)
    if not his_ingredients or not partner_words().hers.found_in(found):  # cheap: no sedation of hers at all
        return False
    if not gives_his_sedation_to_her(text, record):
        return False
    normalised = normalise(text)
    for m in mentions(text, fuzzy=False):
        ingredients = set(m.entry.ingredients)
        if not ingredients & his_ingredients or ingredients & her_ingredients:
            continue
        start = max(normalised.rfind(stop, 0, m.start) for stop in _SENTENCE_ENDS) + 1
        ends = [at for stop in _SENTENCE_ENDS if (at := normalised.find(stop, m.end)) >= 0]
        if partner_words().hers.found_in(words_of_normalised(normalised[start : min(ends, default=len(normalised))])):
            return True
    return False


_SENTENCE_ENDS = (". ", "! ", "? ", "\n")
"""What ends a sentence of normalised text, for the sentence around a medicine's name."""


def named_last(before: str, record: Record) -> bool:
    """Whether a woman partner is the one named last in ``before`` (a sentence up to a "her" that owns a medicine):
    her own name (its words not in the mother's), a word for a woman partner or for a partner (``woman``,
    ``terms``), with no word of the mother's own name after it. "Sian takes her quetiapine", "Jo, the baby's other
    mum, is sedated by her quetiapine"; not "Sian does the days and Chloe takes her quetiapine", nor with a man
    as the partner."""
    partner = record.partner
    if partner is None or words_for_a_woman(partner.relationship) is None:
        return False
    found, lexicon = tokens(before), partner_words()
    mothers = {w for part in (*record.mother.name.given, record.mother.name.family) for w in tokens(part)}
    own: set[str] = set()
    if partner.name is not None:
        own = {w for part in (*partner.name.given, partner.name.family) for w in tokens(part)} - mothers
    joined = " ".join(found)
    # Where each phrase ends, as the index of its last word.
    ends = [joined.count(" ", 0, m.end()) for p in (lexicon.woman, lexicon.terms) for m in p.pattern.finditer(joined)]
    ends += [i for i, word in enumerate(found) if word in own]
    if not ends:
        return False
    return not mothers.intersection(found[max(ends) + 1 :])


@dataclass(frozen=True, slots=True)
class _RuledOut:
    """The words of the partner ruled out of the baby's life by the record (``mappings/partner.toml``)."""

    no_contact: Phrases
    contact_again: tuple[str, ...]
    conditions: Phrases
    subjects: str
    modals: str
    acts: str


@functools.cache
def _ruled_out() -> _RuledOut:
    raw = tomllib.loads((data_path("mappings") / "partner.toml").read_text(encoding="utf-8"))
    return _RuledOut(
        Phrases.of(raw["no_contact"]),
        tuple(" ".join(tokens(p)) for p in raw["contact_again"]),
        Phrases.of(raw["act_conditions"]),
        _alternatives(raw["his_subjects"]),
        _alternatives(raw["his_modals"]),
        _alternatives(raw["care_acts"]),
    )


_CONTACT_REACH = 10
"""How many words after the partner a word of his being back in the baby's life may come ("he does not live with
her but visits daily")."""


def rules_the_partner_out(relationship: str | None) -> bool:
    """Whether the partner's relationship field rules the partner out of the baby's life (``no_contact``: "has no
    contact with them")."""
    return relationship is not None and _ruled_out().no_contact.found_in(tokens(relationship))


def acts_given_to_the_absent_partner(text: str, record: Record) -> bool:
    """Whether ``text`` gives an act of the baby's care to the partner whose relationship field rules the partner
    out of the baby's life (:func:`rules_the_partner_out`): a clause opening on the partner (``his_subjects``, the
    partner's own name, a man's pronoun) with an optional modal and then one of ``care_acts``, with no condition
    before it in its sentence, where the text does not say the partner is back in the baby's life (``contact_again``
    within a few words after the partner)."""
    partner = record.partner
    if partner is None or not rules_the_partner_out(partner.relationship):
        return False
    words = _ruled_out()
    own: set[str] = set()
    if partner.name is not None:
        mothers = {w for part in (*record.mother.name.given, record.mother.name.family) for w in tokens(part)}
        own = {w for part in (*partner.name.given, partner.name.family) for w in tokens(part)} - mothers
    subjects = "|".join(
        a for a in (words.subjects, _alternatives(sorted(own)), "he" if names_a_man(partner.relationship) else "") if a
    )
    for sentence in re.split(r"[.;!?\n]", normalise(text)):
        found = words_of_normalised(sentence)
        if not found:
            continue
        joined = " ".join(found)
        for m in re.finditer(rf"(?<![^ ])(?:{subjects})(?![^ ])", joined):
            ahead = joined[m.end() :].split()[:_CONTACT_REACH]
            if any(f" {c} " in f" {' '.join(ahead)} " for c in words.contact_again):
                return False
        for clause in re.split(r"[,:()]| (?=(?:and|but|so|then|while|whilst) )", sentence):
            part = " ".join(words_of_normalised(clause))
            lead = r"(?:(?:and|but|so|then|while|whilst) )?"
            opening = re.match(
                rf"{lead}(?:{subjects}) (?:(?:{words.modals}) )?(?:{words.acts})(?![^ ])",
                part,
            )
            if opening is None:
                continue
            before = sentence[: sentence.find(clause)]
            if not words.conditions.found_in(words_of_normalised(before)):
                return True
    return False
