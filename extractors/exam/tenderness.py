"""Tenderness in prose: which sites a tenderness word links to ('TTP over the
left SIJ and PSIS', 'no tenderness at the GT or coccyx'), whether present, on which side,
and whether another site is similarly tender; table rows are the grid's."""

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from extractors.base import (
    RuleReader,
    evidence_for,
    fact_date,
    line_bounds,
    line_of,
    rule_id,
    search_any,
    targets,
    targets_in,
    targets_in_chars,
    text_of,
    value_context,
)
from extractors.exam.common import TENDER_SITES, test_side, visible_start
from extractors.exam.grid import GridReader
from extractors.exam.results import ResultReader
from extractors.lexicon import fragment
from extractors.rules import FamilyRules
from extractors.sites import is_exam_site, site_anatomy, written_side
from pipeline.models import Tenderness

_RIGHT_LEFT = fragment("sides.right_left")
_NEGATION_REACH = 4
_COMPARED_SIDES = re.compile(
    rf"(?<![\w/]){_RIGHT_LEFT}\s*(?:>|greater\s+than|more\s+than|worse\s+than)\s*"
    rf"{_RIGHT_LEFT}(?![\w/])|"
    r"\b(?:worse|more(?:\s+so)?|greater|more\s+prominent(?:ly)?)\s+on\s+the\s+"
    rf"{_RIGHT_LEFT}\s+(?:side\s+)?than\s+(?:on\s+)?(?:the\s+)?{_RIGHT_LEFT}\b",
    re.IGNORECASE,
)
_ASIDE_SIDE = re.compile(
    rf"\s*,\s*(?:on\s+)?(?:the\s+)?(?:{fragment('sides.any')})(?:\s+sides?)?\s*(?=,|;|\.|$)",
    re.IGNORECASE,
)
_BOTH_ASPECTS = re.compile(
    r"\bboth\b(?=\s+(?:the\s+)?(?:medial|lateral|anterior|posterior|superior|inferior|"
    r"proximal|distal|upper|lower|inner|outer)\b)",
    re.IGNORECASE,
)
"""'Both the medial and lateral aspects' names two aspects of one side, not two sides."""
_LABEL = re.compile(r"[ \t]*(?:[-*•][ \t]*)?([A-Za-z][A-Za-z /&-]{0,40}?)[ \t]*:")
_DENIED = re.compile(r"\b(?:no|not|without|denies|denied|absent)\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Finding:
    """A site read as tender or not, with the words that say so and the rule behind them."""

    site: Span
    link: Span  # the tenderness (or pain) word
    name: str  # Tenderness.site
    present: bool
    rule: str
    side: str | None = None  # a side the reading itself found, else read around the site


_NEW_CLAUSE = re.compile(
    rf"^\s*the\s+(?:{_RIGHT_LEFT}\s+)?SITE\s+(?:is|was)\b(?!.*\b(?:and|or)\b)",
    re.IGNORECASE,
)


class TendernessReader(RuleReader):
    """Tenderness facts from prose and from tenderness tables."""

    def __init__(self, rules: FamilyRules, results: ResultReader, grid: GridReader) -> None:
        super().__init__(rules)
        self.results = results
        self.grid = grid
        self.similar = rules.regex("similar")
        self.value_absent = rules.regex("value_absent")
        self.value_present = rules.regex("value_present")
        self.not_examined = rules.regex("not_examined")
        self.link_filler = rules.regex("link_filler")
        self.pain_word = rules.regex("pain_word")

    def read(self, doc: Doc) -> list[Tenderness]:
        tender = list(targets(doc, {"TENDER", "NONTENDER"}))
        sites = list(targets(doc, "SITE"))
        facts: list[Tenderness] = []
        table_facts, table_lines = self.grid.tenderness_rows(doc, sites, tender)
        facts.extend(table_facts)
        by_sentence: dict[int, list[Span]] = {}
        frames: dict[int, list[Span]] = {}
        for span in tender:
            if line_bounds(text_of(doc), span.start_char)[0] not in table_lines:
                by_sentence.setdefault(span.sent.start, []).append(span)
        for span in targets(doc, "PALPATION"):
            if line_bounds(text_of(doc), span.start_char)[0] not in table_lines:
                frames.setdefault(span.sent.start, []).append(span)
        for start in sorted(by_sentence.keys() | frames.keys()):
            words = by_sentence.get(start, [])
            sentence = doc[start].sent
            in_sentence = list(targets_in(doc, "SITE", sentence.start, sentence.end))
            similar = bool(self.similar.search(sentence.text))
            found = self._linked(doc, words, in_sentence)
            found += self._framed(doc, frames.get(start, []), in_sentence, found)
            found += self._labelled(doc, words, in_sentence, found)
            found = self._spine_stretch(doc, found)
            sides = self._shared_sides(found, tuple(in_sentence))
            for finding, side in zip(found, sides, strict=True):
                if not is_exam_site(finding.site):
                    continue  # "abdomen nontender", "no calf tenderness"
                site, link, present = finding.site, finding.link, finding.present
                _negated, context = value_context(link)
                start_char = min(site.start_char, link.start_char)
                end_char = max(site.end_char, link.end_char)
                facts.append(
                    Tenderness(
                        site=finding.name,
                        present=present,
                        similar_severity=similar and present and finding.name != "posterior_sij",
                        side=side,
                        date=fact_date(doc, site.start_char),
                        context=context,
                        evidence=(evidence_for(doc, start_char, end_char, finding.rule),),
                    )
                )
        return facts

    def _spine_stretch(self, doc: Doc, found: list[_Finding]) -> list[_Finding]:
        """'paraspinal tenderness from the cervical spine to the lumbar spine' is one
        stretch of tender spine: the lumbar finding, not a second finding at its other
        end (the lumbar spine is the site the policy compares with the SIJ)."""
        text = text_of(doc)
        lumbar = [f for f in found if f.name == "lumbar_spine"]
        dropped: set[int] = set()
        for index, finding in enumerate(found):
            if finding.name != "other":
                continue
            for other in lumbar:
                if other.present != finding.present:
                    continue
                a, b = sorted((finding.site, other.site), key=lambda s: s.start_char)
                if search_any(self.p["spine_stretch"], text[a.end_char : b.start_char]):
                    dropped.add(index)
        return [f for i, f in enumerate(found) if i not in dropped]

    def _linked(self, doc: Doc, words: list[Span], in_sentence: list[Span]) -> list[_Finding]:
        """Sites joined to a tenderness word by fillers alone ("TTP over the left SIJ",
        "no sacroiliac, sciatic notch or trochanteric tenderness")."""
        found: list[_Finding] = []
        for site in in_sentence:
            link = self._link(doc, site, words, in_sentence)
            if link is None or self._not_examined(doc, site):
                continue
            present = self._present(doc, site, link, in_sentence)
            found.append(_Finding(site, link, _site_name(site), present, rule_id(link)))
        return found

    def _framed(
        self, doc: Doc, frames: list[Span], in_sentence: list[Span], found: list[_Finding]
    ) -> list[_Finding]:
        """'Palpation of the right sacral sulcus is met with sharp pain', 'Examination of
        the paraspinals shows spasm and marked tenderness': the sites named after
        'palpation of' are those the first tenderness or pain word after them describes,
        within the clause and with no other site in between."""
        taken = {finding.site.start for finding in found}
        out: list[_Finding] = []
        for frame in frames:
            clause_end = _clause_end(frame)
            framed = [s for s in in_sentence if frame.end <= s.start and s.end_char <= clause_end]
            if not framed:
                continue
            last = framed[0]
            for site in framed[1:]:
                between = text_of(doc)[last.end_char : site.start_char]
                if self.pain_word.search(between):
                    break
                last = site
            framed = [s for s in framed if s.start <= last.start]
            tail = text_of(doc)[last.end_char : clause_end]
            word = self.pain_word.search(tail)
            if word is None:
                continue
            link = doc.char_span(
                last.end_char + word.start(), last.end_char + word.end(), alignment_mode="expand"
            )
            if link is None:
                continue
            tender = [t for t in targets_in(doc, {"TENDER", "NONTENDER"}, link.start, link.end)]
            present = (
                self._tender_polarity(tender[0], in_sentence)
                if tender
                else not _DENIED.search(tail[: word.start()])
            )
            # "Palpation of the right posterior borders of the lower ribs": the side
            # words between 'palpation of' and the site are the site's.
            lead_side = test_side(text_of(doc)[frame.end_char : framed[0].start_char])
            word_span = tender[0] if tender else link
            for site in framed:
                if site.start not in taken:
                    name = _site_name(site)
                    out.append(_Finding(site, word_span, name, present, rule_id(frame), lead_side))
        return out

    def _labelled(
        self, doc: Doc, words: list[Span], in_sentence: list[Span], found: list[_Finding]
    ) -> list[_Finding]:
        """'Back: well-healed scar, no tenderness', 'Spine: ... no major tenderness': a
        tenderness word that names no site of its own, on a line headed by a body-region
        label, is that region's, unless its sentence names another place ("Neck: ...
        thyroid gland nontender")."""
        linked = {finding.link.start for finding in found}
        out: list[_Finding] = []
        text = text_of(doc)
        for word in words:
            if word.start in linked:
                continue
            line_start, _end = line_bounds(text, word.start_char)
            label = _LABEL.match(text, line_start, word.start_char)
            if label is None:
                continue
            named = targets_in_chars(doc, "SITE", label.start(1), label.end(1))
            if not named:
                continue
            site = named[-1]
            name = _site_name(site)
            if any(
                not is_exam_site(other) or _site_name(other) != name
                for other in in_sentence
                if other.start_char >= label.end()
            ):
                continue
            present = self._tender_polarity(word, in_sentence)
            out.append(_Finding(site, word, name, present, rule_id(word)))
        return out

    def _tender_polarity(self, span: Span, sites: list[Span]) -> bool:
        """True for 'tender', False for 'nontender' / a negation right before it, or
        before the list of sites it ends ("no focal or sacroiliac, sciatic notch or
        trochanteric tenderness")."""
        if span.label_ == "NONTENDER":
            return False
        for modifier in getattr(span._, "modifiers", ()):
            if modifier.category != "NEGATED_EXISTENCE":
                continue
            m_start, m_end = modifier.modifier_span
            if m_end <= span.start and span.start - m_end <= _NEGATION_REACH:
                return False
            if m_end <= span.start and self._linkable(span.doc, m_end, span.start, sites):
                return False
            if m_start >= span.end and m_start - span.end <= 1:
                return False
        return True

    def _linkable(self, doc: Doc, start: int, end: int, sites: list[Span]) -> bool:
        """Only prepositions, sides, list words and other sites between a site and 'tender'."""
        if start >= end:
            return True
        text = text_of(doc)[doc[start].idx : doc[end - 1].idx + len(doc[end - 1].text)]
        base = doc[start].idx
        for site in sorted(sites, key=lambda s: -s.start_char):
            if site.start >= start and site.end <= end:
                text = text[: site.start_char - base] + " SITE " + text[site.end_char - base :]
        if self.link_filler.match(text) is None:
            return False
        # "... over the lumbar paraspinals, the greater trochanter is nontender": after a
        # comma, "the SITE is" opens a new clause; the word after it is not the first
        # site's ("the left GT, lumbar facets and coccyx are non-tender" is a list).
        last_comma = text.rfind(",")
        return last_comma == -1 or not _NEW_CLAUSE.match(text[last_comma + 1 :])

    def _not_examined(self, doc: Doc, site: Span) -> bool:
        """'- [ ] Tender greater trochanter - not examined': an unticked or skipped item."""
        return self.not_examined.search(line_of(doc, visible_start(site))) is not None

    def _present(self, doc: Doc, site: Span, link: Span, sites: list[Span]) -> bool:
        """The tenderness word's polarity, unless the line gives a value after a colon
        ('TTP R greater trochanter:  absent')."""
        line_end = line_bounds(text_of(doc), visible_start(site))[1]
        rest = text_of(doc)[max(site.end_char, link.end_char) : line_end]
        # "TTP lumbar midline:  absent", "TTP R greater trochanter (bursa): none": a few
        # qualifying words may stand between the site and the colon of its value.
        label = re.match(r"[^:=|;.]{0,30}?(?=\s*[:=]\s*\S)", rest)
        if label and len(label.group(0).split()) <= 3 and not self.results.cell(label.group(0)):
            rest = rest[label.end() :]
        if self.value_absent.match(rest):
            return False
        if self.value_present.match(rest):
            return True
        return self._tender_polarity(link, sites)

    @staticmethod
    def _shared_sides(found: list[_Finding], sites: tuple[Span, ...]) -> list[str | None]:
        """'Tender over the left SI joint at the PSIS': sites of one finding share its side.
        A site with no side word of its own takes the one its word names ("SI joints")."""
        sides = [
            f.side
            or _site_side(f.site, others=sites)
            or (_site_side(f.link, before=0, others=sites) if f.link.start >= f.site.end else None)
            or _compared_after(f.link if f.link.start >= f.site.end else f.site, sites)
            for f in found
        ]
        for i, finding in enumerate(found):
            if sides[i] is not None:
                continue
            same = {
                sides[j]
                for j, other in enumerate(found)
                if other.link.start == finding.link.start
                and other.name == finding.name
                and other.present == finding.present
            } - {None}
            if len(same) == 1:
                sides[i] = same.pop()
            else:
                sides[i] = written_side(finding.site)
        return sides

    def _link(self, doc: Doc, site: Span, words: list[Span], sites: list[Span]) -> Span | None:
        """The tenderness word a site belongs to: the nearest one with only fillers between."""
        best: tuple[int, Span] | None = None
        for word in words:
            if word.end <= site.start:
                gap = (word.end, site.start)
            elif word.start >= site.end:
                gap = (site.end, word.start)
            else:
                continue
            if not self._linkable(doc, gap[0], gap[1], sites):
                continue
            distance = gap[1] - gap[0]
            if best is None or distance < best[0]:
                best = (distance, word)
        return best[1] if best else None


_ITEM_BREAK = re.compile(r"\n(?=[ \t]*(?:[-*•]\s|\d{1,2}[.)]\s|\[))")

_LEADING_SIDE_OF_NEXT = re.compile(
    rf"(?:(?<![\w/])(?:the|{fragment('sides.any')})[\s-]*)+$",
    re.IGNORECASE,
)


def _site_side(
    site: Span, before: int = 4, after: int = 3, others: tuple[Span, ...] = ()
) -> str | None:
    """A side word within a few tokens of a tenderness site (or of the tenderness word
    after it: "SIJ tender on the left"), inside its clause and line: "Tender over the left
    SIJ; the greater trochanter ... not tender" gives the trochanter none. A side word
    next to another site (``others``) is that site's: "No TTP at coccyx or R greater
    trochanter" gives the coccyx none. "Tender L > R" is tender on both sides."""
    aside = _ASIDE_SIDE.match(site.doc.text, site.end_char)
    if aside:  # "L4-5, on both sides, ...": a side set off by commas after its site
        return test_side(aside.group(0))
    sentence = site.sent
    first = max(sentence.start, site.start - before)
    last = min(sentence.end, site.end + after + 3)
    for other in others:
        if other.end <= site.start and other.end > first:
            first = other.end
        if other.start >= site.end and other.start < last:
            last = other.start
    cut_at_other = last < min(sentence.end, site.end + after + 3)
    left = site.doc[first : site.start].text
    right_tokens = site.doc[site.end : last]
    left = _ITEM_BREAK.split(re.split(r"[;.,:]", left)[-1])[-1]
    wide = _ITEM_BREAK.split(re.split(r"[;.,:]", right_tokens.text)[0])[0]
    if (
        _COMPARED_SIDES.search(wide)
        or _COMPARED_SIDES.search(left)
        or _COMPARED_SIDES.match(right_tokens.text.lstrip(" ,:"))
    ):
        return "bilateral"
    right = _unmasked_aspects(right_tokens[: max(0, min(len(right_tokens), after))])
    if cut_at_other and len(right_tokens) <= after:
        right = _LEADING_SIDE_OF_NEXT.sub("", right)
    right = _ITEM_BREAK.split(re.split(r"[;.,:]", right)[0])[0]
    return test_side(_BOTH_ASPECTS.sub("", left)) or test_side(right)


def _unmasked_aspects(tokens: Span) -> str:
    """The tokens' text with 'both' blanked where it opens 'both the medial and lateral
    aspects' (read past the tokens' end, so a cut window still sees what follows)."""
    if not len(tokens):
        return ""
    text = tokens.doc.text
    start, end = tokens.start_char, tokens.end_char
    window = _BOTH_ASPECTS.sub(lambda m: " " * len(m.group(0)), text[start : end + 60])
    return window[: end - start]


def _site_name(site: Span) -> str:
    return TENDER_SITES.get(site_anatomy(site), "other")


def _clause_end(span: Span) -> int:
    """Where the clause holding ``span`` ends: its sentence's end or the next ';'."""
    sentence = span.sent
    cut = sentence.text.find(";", span.end_char - sentence.start_char)
    return sentence.end_char if cut < 0 else sentence.start_char + cut


def _compared_after(span: Span, others: tuple[Span, ...]) -> str | None:
    """'..., worse on the left than the right' later in the clause, before any other
    site: the finding is on both sides."""
    end = _clause_end(span)
    for other in others:
        if span.end <= other.start and other.start_char < end:
            end = other.start_char
    tail = span.doc.text[span.end_char : end]
    return "bilateral" if _COMPARED_SIDES.search(tail) else None
