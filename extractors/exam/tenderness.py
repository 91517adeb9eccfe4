"""Tenderness in prose: which sites a tenderness word links to ('TTP over the
left SIJ and PSIS', 'no tenderness at the GT or coccyx'), whether present, on which side,
and whether another site is similarly tender; table rows are the grid's."""

import re

from spacy.tokens import Doc, Span

from extractors.base import (
    RuleReader,
    evidence_for,
    fact_date,
    line_bounds,
    line_of,
    rule_attribute,
    rule_id,
    targets,
    targets_in,
    text_of,
    value_context,
)
from extractors.exam.common import TENDER_SITES, test_side, visible_start
from extractors.exam.grid import GridReader
from extractors.exam.results import ResultReader
from extractors.lexicon import fragment
from extractors.rules import FamilyRules
from pipeline.models import Tenderness

_RIGHT_LEFT = fragment("sides.right_left")
_NEGATION_REACH = 4
_COMPARED_SIDES = re.compile(
    rf"(?<![\w/]){_RIGHT_LEFT}\s*(?:>|greater\s+than|more\s+than|worse\s+than)\s*"
    rf"{_RIGHT_LEFT}(?![\w/])",
    re.IGNORECASE,
)
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

    def read(self, doc: Doc) -> list[Tenderness]:
        tender = list(targets(doc, {"TENDER", "NONTENDER"}))
        sites = list(targets(doc, "SITE"))
        facts: list[Tenderness] = []
        table_facts, table_lines = self.grid.tenderness_rows(doc, sites, tender)
        facts.extend(table_facts)
        by_sentence: dict[int, list[Span]] = {}
        for span in tender:
            if line_bounds(text_of(doc), span.start_char)[0] in table_lines:
                continue
            by_sentence.setdefault(span.sent.start, []).append(span)
        for words in by_sentence.values():
            sentence = words[0].sent
            in_sentence = list(targets_in(doc, "SITE", sentence.start, sentence.end))
            similar = bool(self.similar.search(sentence.text))
            found: list[tuple[Span, Span, str, bool]] = []
            for site in in_sentence:
                link = self._link(doc, site, words, in_sentence)
                if link is None or self._not_examined(doc, site):
                    continue
                anatomy = str(rule_attribute(site, "anatomy", "other"))
                site_name = TENDER_SITES.get(anatomy, "other")
                found.append((site, link, site_name, self._present(doc, site, link)))
            sides = self._shared_sides(found, tuple(in_sentence))
            for (site, link, site_name, present), side in zip(found, sides, strict=True):
                _negated, context = value_context(link)
                start = min(site.start_char, link.start_char)
                end = max(site.end_char, link.end_char)
                facts.append(
                    Tenderness(
                        site=site_name,
                        present=present,
                        similar_severity=similar and present and site_name != "posterior_sij",
                        side=side,
                        date=fact_date(doc, site.start_char),
                        context=context,
                        evidence=(evidence_for(doc, start, end, rule_id(link)),),
                    )
                )
        return facts

    def _tender_polarity(self, span: Span) -> bool:
        """True for 'tender', False for 'nontender' / a negation right before it."""
        if span.label_ == "NONTENDER":
            return False
        for modifier in getattr(span._, "modifiers", ()):
            if modifier.category != "NEGATED_EXISTENCE":
                continue
            m_start, m_end = modifier.modifier_span
            if m_end <= span.start and span.start - m_end <= _NEGATION_REACH:
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

    def _present(self, doc: Doc, site: Span, link: Span) -> bool:
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
        return self._tender_polarity(link)

    @staticmethod
    def _shared_sides(
        found: list[tuple[Span, Span, str, bool]], sites: tuple[Span, ...]
    ) -> list[str | None]:
        """'Tender over the left SI joint at the PSIS': sites of one finding share its side."""
        sides = [
            _site_side(site, others=sites)
            or (_site_side(link, before=0, others=sites) if link.start >= site.end else None)
            for site, link, _name, _present in found
        ]
        for i, (_site, link, name, present) in enumerate(found):
            if sides[i] is not None:
                continue
            same = {
                sides[j]
                for j, (_s, other_link, other_name, other_present) in enumerate(found)
                if other_link is link and other_name == name and other_present == present
            } - {None}
            if len(same) == 1:
                sides[i] = same.pop()
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
    right = right_tokens[: max(0, min(len(right_tokens), after))].text
    if cut_at_other and len(right_tokens) <= after:
        right = _LEADING_SIDE_OF_NEXT.sub("", right)
    right = _ITEM_BREAK.split(re.split(r"[;.,:]", right)[0])[0]
    return test_side(left) or test_side(right)
