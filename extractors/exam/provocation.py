"""Provocation tests in prose: 'Positive FABER and Gaenslen's on the right',
'- Thigh thrust: negative', 'FABER (+) L, Gaenslen (-)'; each result a value of the test
(facts.md), its side from the test's own words."""

import re

from spacy.tokens import Doc, Span

from extractors.base import (
    RuleReader,
    is_table_row,
    line_bounds,
    rule_attribute,
    side_in,
    targets,
    targets_in_chars,
    text_of,
    value_context,
)
from extractors.exam.common import (
    Result,
    mask_symptom_sides,
    side_just_before,
    side_of,
    test_fact,
    test_side,
    visible_start,
)
from extractors.exam.grid import GridReader
from extractors.exam.results import ResultReader
from extractors.lexicon import fragment
from extractors.rules import FamilyRules
from extractors.tables import Row, side_parts
from pipeline.checkboxes import options
from pipeline.models import ProvocativeTest

_WEAK_REACH = 160
_LIST_FILLER = re.compile(
    r"^(?:\s|,|&|/|\band\b|\bor\b|\bas\s+well\s+as\b|'s|’s|\btests?\b|\([^()]{0,25}\))*$",
    re.IGNORECASE,
)
_AFTER_FILLER = re.compile(
    r"^(?:\s|:|=|-(?=\s)|\.{2,}|…+|'s|’s|\([^()]{0,25}\)|\btests?\b|\bmaneuvers?\b|\bsigns?\b|\bwas\b|\bwere\b|\bis\b|"
    r"\bare\b|\bperformed\b|\band\b|\bit\b|\bresult\b|"
    rf"\bon\s+the\s+{fragment('sides.right_left')}\b|\b{fragment('sides.any')}\b|\bboth\s+sides\b|"
    r"\b(?:also|all|both|each|likewise|too|again|similarly|clearly|strongly|mildly|equally)\b)*",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r";(?:\s|$)|(?<!\.)\.(?:\s|$)")
"""A ';' or '.' that ends the words after a test; the last dot of a leader ("Gaenslen
........ positive R") ends nothing."""
_PARENTHETICAL = re.compile(r"\(([^()]{0,25})\)")
_ASIDE = re.compile(
    r"\(|\bdue\s+to\b|\bbecause\b|\bsecondary\s+to\b|\bas\s+(?:she|he|pt|patient)\b|"
    r"\bgiven\b|\bowing\s+to\b|\bper\b",
    re.IGNORECASE,
)
_BOTH_OF_A_LIST = re.compile(
    r"\bboth\b(?!\s+(?:sides?|legs?|lower|hips?|si\b|sij|sacroiliac))", re.IGNORECASE
)
_LINE_ITEM = re.compile(r"[-*•]\s")
_LINE_REST = re.compile(r"[\s:|'’s()]*(?:tests?|maneuvers?|signs?)?[\s:|]*")
_NEXT_LINE = re.compile(r"\n[ \t]*(?:[-*•|][ \t]*)*(\S)")
_CONTRAST_SIDE = re.compile(
    rf"\s*(?:on\s+the\s+|on\s+)?({fragment('sides.right_left')})\b(?:\s+side)?\s*(?:[,;.]|$)",
    re.IGNORECASE,
)


_TICKED = re.compile(fragment("boxes.ticked"), re.IGNORECASE)
_UNTICKED = re.compile(fragment("boxes.unticked"), re.IGNORECASE)


def _chosen(text: str) -> str:
    """The words after a test as a tick-box form means them ("FABER  [ ] neg  [X] pos
    Side: [ ] R [X] L"): unticked options blanked, the ticks themselves too, so only the
    ticked result and side are read. Same length, so offsets hold; text without boxes
    is returned as it is."""
    if not _UNTICKED.search(text):
        return text
    blanked, _spans = options(text)
    return _TICKED.sub(lambda m: " " * len(m.group(0)), blanked)


class ProvocationReader(RuleReader):
    """ProvocativeTest facts from prose and from test tables."""

    def __init__(self, rules: FamilyRules, results: ResultReader, grid: GridReader) -> None:
        super().__init__(rules)
        self.results = results
        self.grid = grid
        self.test_context = rules.regex("test_context")
        self.not_a_test = rules.regex("not_a_test")
        self.leading_side = rules.regex("leading_side")
        self.not_an_exam = rules.regex("not_an_exam")

    def read(self, doc: Doc) -> list[ProvocativeTest]:
        spans, ends = self._test_spans(doc)
        facts: list[ProvocativeTest] = []
        table_rows: set[int] = set()
        for span in spans:
            found = self.grid.exam_row(doc, visible_start(span))
            if found is None or found[1].start in table_rows:
                continue
            table, row = found
            if self._pairs_in_cells(doc, row, spans):
                continue  # 'thigh thrust positive | FABER positive': each cell is prose
            table_rows.add(row.start)
            row_facts = self.grid.test_row(doc, span, table, row, spans)
            facts.extend(row_facts or self._on_next_line(doc, span))
        prose = [
            s for s in spans if line_bounds(text_of(doc), visible_start(s))[0] not in table_rows
        ]
        by_sentence: dict[int, list[Span]] = {}
        for span in prose:
            by_sentence.setdefault(span.sent.start, []).append(span)
        for group in by_sentence.values():
            facts.extend(self._tests_in_sentence(doc, group, ends))
        return facts

    def _pairs_in_cells(self, doc: Doc, row: Row, spans: list[Span]) -> bool:
        """A row whose cells each name a test with its result ('SIJ tests (L): thigh
        thrust positive | FABER positive | distraction positive') is a list written
        with cell rules, not a grid of one test: each pair is read as prose."""
        paired = 0
        for cell in row.cells:
            names = [s for s in spans if cell.start <= visible_start(s) < cell.end]
            if names and self.results.cell(text_of(doc)[names[-1].end_char : cell.end]):
                paired += 1
        return paired >= 2

    def _test_spans(self, doc: Doc) -> tuple[list[Span], dict[int, int]]:
        """Provocation-test mentions; bare 'compression'/'distraction' need an exam context.

        Not SIJ tests: a test of another region ("axial compression", "shoulder
        distraction", Spurling's), a Waddell component (bare "compression" or
        "distraction" in a sentence about nonorganic signs), or a manoeuvre done to the
        patient during a manipulation ("to the barrier", "under sedation").

        Also returns where each mention ends, by its start: "Patrick's (FABER)" is one
        mention ending after the parenthetical synonym.
        """
        spans = list(targets(doc, {"PROVOCATIVE_TEST", "PROVOCATIVE_TEST_WEAK"}))
        other_tests = list(targets(doc, "OTHER_TEST"))
        nonorganic = list(targets(doc, "NONORGANIC"))
        kept: list[Span] = []
        ends: dict[int, int] = {}
        for span in spans:
            if any(o.start < span.end and span.start < o.end for o in other_tests):
                continue
            if self.not_an_exam.search(span.sent.text):
                continue
            if span.label_ == "PROVOCATIVE_TEST_WEAK" and self._in_waddell_clause(
                doc, span, nonorganic
            ):
                continue
            if span.label_ == "PROVOCATIVE_TEST_WEAK":
                sentence = span.sent.text
                line = text_of(doc)[slice(*line_bounds(text_of(doc), span.start_char))]
                others = [
                    s
                    for s in spans
                    if s is not span and abs(s.start_char - span.start_char) < _WEAK_REACH
                ]
                if self.not_a_test.search(sentence):
                    continue
                in_exam = getattr(span._, "section_category", None) == "physical_exam"
                if not (
                    others or is_table_row(line) or in_exam or self.test_context.search(sentence)
                ):
                    continue
            previous = kept[-1] if kept else None
            if (
                previous is not None
                and rule_attribute(previous, "test") == rule_attribute(span, "test")
                and re.fullmatch(
                    r"[\s(/=,]*", text_of(doc)[ends[previous.start_char] : span.start_char]
                )
            ):
                # "Thigh thrust (P4)", "FABER (Patrick's)": one mention, closing bracket included
                close = re.match(r"\s*\)", text_of(doc)[span.end_char :])
                ends[previous.start_char] = span.end_char + (close.end() if close else 0)
                continue
            kept.append(span)
            ends[span.start_char] = span.end_char
        return kept, ends

    @staticmethod
    def _in_waddell_clause(doc: Doc, span: Span, nonorganic: list[Span]) -> bool:
        """A bare 'compression'/'distraction' in a sentence about nonorganic signs, the
        signs named before it or on its own line. A Waddell line below an exam line whose
        bullet the scan lost joins its sentence, but says nothing of the tests above it."""
        line = line_bounds(text_of(doc), span.start_char)
        return any(
            sign.sent.start == span.sent.start
            and (sign.start_char < span.start_char or sign.start_char < line[1])
            for sign in nonorganic
        )

    def _tests_in_sentence(
        self, doc: Doc, tests: list[Span], ends: dict[int, int]
    ) -> list[ProvocativeTest]:
        """Results for the tests of one sentence: after each test, before it, or shared."""
        sentence = tests[0].sent
        clause_end = sentence.end_char
        end_of = [ends.get(span.start_char, span.end_char) for span in tests]
        found: list[list[tuple[Result, str | None]]] = [[] for _ in tests]
        how: list[str] = ["" for _ in tests]
        for i, span in enumerate(tests):
            seg_end = tests[i + 1].start_char if i + 1 < len(tests) else clause_end
            per_side = self._per_side_after(doc, end_of[i], seg_end)
            if per_side:
                found[i], how[i] = per_side, "after"
                continue
            after = _chosen(text_of(doc)[end_of[i] : seg_end])
            cut = _CLAUSE_END.search(after)
            if cut:
                after = after[: cut.start()]
            lead = self._filler_end(after)
            first = self.results.first(after[lead:], anchored=True)
            if first:
                found[i] = self._results_after(doc, span, end_of[i], after, lead)
                how[i] = "after"
        # A result a test already took from the words after it is not also the leading
        # result of the next test: "FABER (+) L, Gaenslen ..." says nothing of Gaenslen.
        claimed = {result.start for results in found for result, _side in results}
        for i, span in enumerate(tests):
            if found[i]:
                continue
            seg_start = end_of[i - 1] if i > 0 else sentence.start_char
            before = text_of(doc)[seg_start : span.start_char]
            lead = self.results.leading(before)
            if lead is not None and seg_start + lead[1].start() in claimed:
                lead = None
            if lead is not None:
                value, match = lead
                result = Result(value, seg_start + match.start(), seg_start + match.end())
                side = test_side(before[match.end() :]) or self._side_after(
                    doc, span, tests, i, end_of
                )
                found[i] = [(result, side)]
                contrast = self._contrast(doc, tests, i, end_of, clause_end, value)
                if side is not None and contrast is not None:
                    found[i].append(contrast)
                how[i] = "before"
            elif i > 0 and how[i - 1] == "before" and self._list_gap(before):
                side = found[i - 1][0][1] or self._side_after(doc, span, tests, i, end_of)
                found[i] = [(found[i - 1][0][0], side)]
                how[i] = "before"
        for i in range(len(tests) - 2, -1, -1):
            if found[i] or not found[i + 1] or how[i + 1] != "after":
                continue
            between = text_of(doc)[end_of[i] : tests[i + 1].start_char]
            if self._list_gap(between):
                found[i] = found[i + 1]
                how[i] = "after"
        for i, span in enumerate(tests):
            if found[i]:
                continue
            seg_end = tests[i + 1].start_char if i + 1 < len(tests) else clause_end
            after = _chosen(text_of(doc)[end_of[i] : seg_end])
            cut = re.search(r";|(?<!\.)\.(?:\s|$)", after)
            if cut:
                after = after[: cut.start()]
            first = self.results.first(after, anchored=False)
            if first and first[1].group(0).lower() != "no":
                value, match = first
                result = Result(value, end_of[i] + match.start(), end_of[i] + match.end())
                side = side_just_before(doc, span) or side_of(
                    doc, end_of[i], _BOTH_OF_A_LIST.sub("", after)
                )
                found[i] = [(result, side)]
        for i in range(len(tests)):
            if not found[i]:
                found[i] = self._next_line_result(doc, end_of[i])
        facts = []
        self._share_chain_sides(doc, tests, found, how)
        default_side = self._paragraph_side(doc, sentence)
        if default_side:
            found = [[(r, side or default_side) for r, side in results] for results in found]
        for span, results in zip(tests, found, strict=True):
            _negated, context = value_context(span)
            for result, side in results:
                value = result.value
                start = min(span.start_char, result.start)
                end = max(span.end_char, result.end)
                facts.append(test_fact(doc, span, value, side, context, start, end))
        return facts

    def _per_side_after(self, doc: Doc, start: int, end: int) -> list[tuple[Result, str | None]]:
        """'FABER: R negative, L positive', 'Thigh thrust - Rt neg; Lt pos': the words
        after a test, up to its line's or sentence's end, written per side (the table
        reader's ``side_parts``), each side's words a result."""
        text = text_of(doc)[start:end]
        cut = re.search(r"\n|(?<!\.)\.(?:\s|$)", text)
        text = text[: cut.start()] if cut else text
        lead = re.match(r"[\s:=|\-\u2013]*", text)
        offset = lead.end() if lead else 0
        results: list[tuple[Result, str | None]] = []
        for part in side_parts(text[offset:], start + offset):
            first = self.results.first(part.text, anchored=True)
            if first is None or part.text[first[1].end() :].strip(" ,;/|()"):
                return []
            value, match = first
            result = Result(value, part.start + match.start(), part.start + match.end())
            results.append((result, part.side))
        return results

    def _paragraph_side(self, doc: Doc, sentence: Span) -> str | None:
        """'On the right, thigh thrust ...': a leading side phrase sets the side of the tests
        of its own sentence. A side label that ends its line ("Right side:", "LEFT SIJ
        provocation:") heads the lines below it, up to the end of its paragraph; a later
        sentence that names no side ("Gaenslen's test is negative.") gets none from prose."""
        current = sentence
        while current is not None:
            match = self.leading_side.match(current.text)
            if match:
                if current is sentence:
                    return side_in(match.group(0))
                rest = text_of(doc)[current.start_char + match.end() :]
                if re.match(r"[ \t]*\n", rest):
                    return side_in(match.group(0))
                return None
            start = current.start_char
            if start == 0 or "\n\n" in text_of(doc)[max(0, start - 3) : start]:
                return None
            if (
                _LINE_ITEM.match(text_of(doc)[start : start + 3])
                and text_of(doc)[start - 1] == "\n"
            ):
                return None
            current = doc[current.start - 1].sent if current.start > 0 else None
        return None

    def _share_chain_sides(
        self,
        doc: Doc,
        tests: list[Span],
        found: list[list[tuple[Result, str | None]]],
        how: list[str],
    ) -> None:
        """'Positive FABER and Gaenslen's on the right': a list shares one result and side."""
        i = 0
        while i < len(tests):
            j = i
            while (
                j + 1 < len(tests)
                and found[j + 1]
                and found[i]
                and how[j + 1] == how[i]
                and found[j + 1][0][0] == found[i][0][0]
                and len(found[j + 1]) == 1
            ):
                j += 1
            if j > i and len(found[i]) == 1:
                sides = {found[k][0][1] for k in range(i, j + 1)} - {None}
                if len(sides) == 1:
                    side = sides.pop()
                    for k in range(i, j + 1):
                        found[k] = [(found[k][0][0], side)]
            i = j + 1

    def _results_after(
        self, doc: Doc, span: Span, base: int, after: str, lead: int
    ) -> list[tuple[Result, str | None]]:
        """'FABER positive on the right, negative on the left' -> two results with sides.

        ``after`` is the text from ``base`` (the mention's end) to the next test; an aside
        after a result ("deferred (unable to lie on the right side)") is neither a side
        nor a second result.
        """
        results: list[tuple[Result, str | None]] = []
        position = lead
        side_before = test_side(_BOTH_OF_A_LIST.sub("", after[:lead]))
        side_before = side_before or side_just_before(doc, span)
        while True:
            first = self.results.first(after[position:], anchored=bool(results) is False)
            if first is None:
                break
            value, match = first
            r_start, r_end = position + match.start(), position + match.end()
            nxt = self.results.first(after[r_end:], anchored=False)
            tail_end = r_end + (nxt[1].start() if nxt else min(len(after) - r_end, 30))
            aside = _ASIDE.search(after, r_end, tail_end)
            if aside:
                tail_end = aside.start()
            own_words = mask_symptom_sides(after[r_end:])[: tail_end - r_end]
            side = side_of(doc, base + r_end, own_words) or side_before
            result = Result(value, base + r_start, base + r_end)
            if results and results[0][1] is None and value == results[0][0].value:
                break  # "positive, reproduces L buttock pain": the same result restated
            results.append((result, side))
            if aside or not nxt or not test_side(after[r_end + nxt[1].end() :][:30]):
                break
            position = r_end
            position += re.match(r"[\s,;]*(?:and\s+|but\s+)?", after[position:]).end()
        return results

    def _contrast(
        self,
        doc: Doc,
        tests: list[Span],
        i: int,
        end_of: list[int],
        clause_end: int,
        value: str,
    ) -> tuple[Result, str] | None:
        """'Positive FABER on the right ..., negative on the left': after a comma, the
        other result with its own side, for the same test."""
        seg_end = tests[i + 1].start_char if i + 1 < len(tests) else clause_end
        base = end_of[i]
        after = text_of(doc)[base:seg_end]
        cut = _CLAUSE_END.search(after)
        if cut:
            after = after[: cut.start()]
        comma = after.find(",")
        if comma < 0:
            return None
        first = self.results.first(after[comma:], anchored=False)
        if first is None or first[0] == value:
            return None
        other, match = first
        start, end = base + comma + match.start(), base + comma + match.end()
        sided = _CONTRAST_SIDE.match(text_of(doc), end)
        if sided is None:
            return None
        return Result(other, start, end), str(side_in(sided.group(1)))

    def _next_line_result(self, doc: Doc, end: int) -> list[tuple[Result, str | None]]:
        """'Thigh thrust:' / '  Positive on the left', 'FABER |' / '| + R': a test alone on
        its line takes the result that opens the next line, with that line's side."""
        text = text_of(doc)
        line_end = line_bounds(text, end)[1]
        if not _LINE_REST.fullmatch(text[end:line_end]):
            return []
        following = _NEXT_LINE.match(text, line_end)
        if following is None:
            return []
        start = following.start(1)
        next_end = line_bounds(text, start)[1]
        if targets_in_chars(doc, {"PROVOCATIVE_TEST", "PROVOCATIVE_TEST_WEAK"}, start, next_end):
            return []  # "Negative Gaenslen" on the next line is Gaenslen's
        first = self.results.first(text[start:next_end], anchored=True)
        if first is None:
            return []
        value, match = first
        result = Result(value, start + match.start(), start + match.end())
        return [(result, side_of(doc, start, text[start + match.end() : next_end]))]

    def _on_next_line(self, doc: Doc, span: Span) -> list[ProvocativeTest]:
        """A table row holding only a test's name, its result on the row below."""
        results = self._next_line_result(doc, visible_start(span) + len(span.text.strip()))
        _negated, context = value_context(span)
        return [
            test_fact(doc, span, r.value, side, context, span.start_char, r.end)
            for r, side in results
        ]

    def _side_after(
        self, doc: Doc, span: Span, tests: list[Span], i: int, end_of: list[int]
    ) -> str | None:
        seg_end = tests[i + 1].start_char if i + 1 < len(tests) else span.sent.end_char
        text = text_of(doc)[end_of[i] : seg_end][:25]
        aside = _ASIDE.search(text)
        return side_of(doc, end_of[i], text[: aside.start()] if aside else text)

    def _filler_end(self, after: str) -> int:
        """Where the filler words after a test end ("(P4) test was" ...), stopping at a
        parenthetical that is itself a result ("Gaenslen (-), gapping (+)")."""
        filler = _AFTER_FILLER.match(after)
        lead = filler.end() if filler else 0
        for paren in _PARENTHETICAL.finditer(after, 0, lead):
            if self.results.cell(paren.group(0)):
                if self.results.first(after[paren.start() :], anchored=True):
                    return paren.start()  # "(+)", "(-)"
                inner = paren.group(1)
                return paren.start(1) + len(inner) - len(inner.lstrip())  # "(positive)"
        return lead

    def _list_gap(self, between: str) -> bool:
        """Only list words between two tests ("X, Y (Z) and W"), no result in brackets."""
        if not _LIST_FILLER.match(between):
            return False
        return not any(self.results.cell(p.group(0)) for p in _PARENTHETICAL.finditer(between))
