"""Extractor family 'exam': tenderness, SIJ provocation tests and Waddell signs.

Policy I.B reads the physical exam three ways: tenderness over the posterior SIJ with no
other site (greater trochanter, lumbar spine, coccyx) similarly tender; thigh thrust or
compression positive plus two of Gaenslen's, distraction and FABER; and no nonorganic
(Waddell) signs driving the pain. Exams are written as prose ("Positive FABER and
Gaenslen's on the right"), bullets ("- Thigh thrust: negative") and table rows
("FABER | + | R"); each result is a value of the finding, not a negation (facts.md).
Tables with Left / Right columns ("Test | L | R", "Palpation   Right   Left" on an OCR'd
page without cell separators) give one finding per side column. A side is read from the
finding's own words or cell: not from a symptom in another clause ("positive, reproduces
L buttock pain"), a previous clause or line, or the words that open the next site.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractors.base import (
    CELL_GAP,
    SIDE_WORDS,
    FamilyExtractor,
    evidence_for,
    fact_date,
    is_table_row,
    line_bounds,
    line_of,
    previous_lines,
    rule_attribute,
    rule_id,
    side_in,
    table_cells,
    targets,
    targets_in,
    text_of,
    value_context,
)
from extractors.rules import FamilyRules, load_family_rules
from pipeline.models import Context, NonorganicSigns, ProvocativeTest, Tenderness

_TENDER_SITES = {
    "sij": "posterior_sij",
    "greater_trochanter": "greater_trochanter",
    "lumbar": "lumbar_spine",
    "coccyx": "coccyx",
}
_WORD_NUMBERS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_WADDELL_POSITIVE_AT = 3
_NEGATION_REACH = 4
_HEADER_LOOKBACK = 10
_WEAK_REACH = 160
_LEAD_FILLER = re.compile(
    r"^(?:\s|,|&|/|\band\b|\bor\b|\bwith\b|\bon\b|\bduring\b|\bupon\b|\bby\b|\bthe\b|"
    r"\btests?\b|\bright\b|\bleft\b|\bbilateral(?:ly)?\b|\bsi\b|\bsij\b|\bjoint\b)*$",
    re.IGNORECASE,
)
_LIST_FILLER = re.compile(
    r"^(?:\s|,|&|/|\band\b|\bor\b|\bas\s+well\s+as\b|'s|’s|\btests?\b|\([^()]{0,25}\))*$",
    re.IGNORECASE,
)
_AFTER_FILLER = re.compile(
    r"^(?:\s|:|=|-(?=\s)|'s|’s|\([^()]{0,25}\)|\btests?\b|\bmaneuvers?\b|\bsigns?\b|\bwas\b|\bwere\b|\bis\b|"
    r"\bare\b|\bperformed\b|\band\b|\bit\b|\bresult\b|\bon\s+the\s+(?:right|left)\b|"
    r"\b(?:right|left|bilateral(?:ly)?)\b|\bboth\s+sides\b|\bbilaterally\b|"
    r"\b(?:also|all|both|each|likewise|too|again|similarly|clearly|strongly|mildly|equally)\b)*",
    re.IGNORECASE,
)
# A parenthetical inside a run of filler: "(P4)", "(FABER)", "(bilateral)" are filler,
# "(+)", "(-)", "(neg)" are a result and end the filler.
_PARENTHETICAL = re.compile(r"\(([^()]{0,25})\)")
# Where a result's own words end and an aside begins: "deferred (unable to lie on the
# right side)", "not performed due to pain in the left hip" -- a side named there is not
# the test's side.
_ASIDE = re.compile(
    r"\(|\bdue\s+to\b|\bbecause\b|\bsecondary\s+to\b|\bas\s+(?:she|he|pt|patient)\b|"
    r"\bgiven\b|\bowing\s+to\b|\bper\b",
    re.IGNORECASE,
)
# "FABER and Gaenslen were both positive": 'both' of a list of tests, not both sides.
_BOTH_OF_A_LIST = re.compile(
    r"\bboth\b(?!\s+(?:sides?|legs?|lower|hips?|si\b|sij|sacroiliac))", re.IGNORECASE
)
# Side words as an OCR engine misreads them on faxed pages: one letter dropped or
# swapped ("on the eft", "on the rlght"). Only read after "on/to/at the".
_OCR_SIDE = re.compile(r"\b(?:on|to|at)\s+the\s+([a-z1]{3,6})\b", re.IGNORECASE)
# "bilat" is the usual chart shorthand for bilateral ("Gaenslen (-) bilat").
_BILAT = re.compile(r"\bbilat\b\.?", re.IGNORECASE)
# A side word that places a symptom ("reproduces L buttock pain", "right hip pain"), not
# the side the test was done on: a test takes its side from its own words only.
_SYMPTOM_SIDE = re.compile(
    r"(?<![\w/])(?:right|rt|left|lt|bilateral(?:ly)?|bilat|both|b/l|R|L)\s+"
    r"(?:(?:low(?:er)?|upper|posterior|lateral|anterior|medial|deep|sided|buttocks?|gluteal|"
    r"hips?|groin|legs?|thighs?|knees?|calf|foot|ankle|back|lumbar|lumbosacral|si|sij|"
    r"sacroiliac|joint|psis|sacral|sciatic)\s+){0,3}"
    r"(?:pain|ache|aching|symptoms?|discomfort|radiation|radiating)\b|"
    r"\b(?:in|into|to|at|of|down)\s+(?:the\s+)?(?:right|rt|left|lt|bilateral|both|R|L)\s+"
    r"(?:(?:low(?:er)?|upper|posterior|lateral|anterior|medial)\s+)?"
    r"(?:buttocks?|gluteal|hips?|groin|legs?|thighs?|knees?|calf|foot|ankle|back|lumbar)\b",
    re.IGNORECASE,
)
# "tender L > R", "R>L", "left greater than right": tender on both sides.
_COMPARED_SIDES = re.compile(
    r"(?<![\w/])(?:right|left|rt|lt|R|L)\s*(?:>|greater\s+than|more\s+than|worse\s+than)\s*"
    r"(?:right|left|rt|lt|R|L)(?![\w/])",
    re.IGNORECASE,
)
# After a comma between a site and a tenderness word: a new subject ("the SITE is").
_NEW_CLAUSE = re.compile(
    r"^\s*the\s+(?:(?:right|left|r|l|rt|lt)\s+)?SITE\s+(?:is|was)\b(?!.*\b(?:and|or)\b)",
    re.IGNORECASE,
)
# A table column headed by a side alone: "Left", "R", "Rt.", "Right side", "L SIJ".
_SIDE_COLUMN = re.compile(
    r"^\s*(?:the\s+)?(right|left|rt|lt|r|l)\.?(?:\s*-?\s*(?:side|sided|sij|si\s+joint|si|hip|leg))?"
    r"(?:\s*\([^()]{0,12}\))?\s*$",
    re.IGNORECASE,
)
# A tenderness value in a table cell.
_CELL_NOT_EXAMINED = re.compile(
    r"\bnot\s+(?:examined|assessed|tested|done|performed|palpated)\b|\bdeferred\b|^n/?a$|^\?$",
    re.IGNORECASE,
)
_CELL_NOT_TENDER = re.compile(
    r"\bnon-?\s?tender\b|\bnot\s+tender\b|^nt$|\bneg(?:ative)?\b|\babsent\b|^no(?:ne)?\b|"
    r"^[-−—–]$|^\(\s*[-−—–]\s*\)$|^0$",
    re.IGNORECASE,
)
_CELL_TENDER = re.compile(
    r"\btender|\bttp\b|\bpos(?:itive)?\b|\bpresent\b|\byes\b|^\+{1,3}$|^\(\s*\+\s*\)$|"
    r"\bmild(?:ly)?\b|\bmoderate(?:ly)?\b|\bsevere(?:ly)?\b|\bexquisite(?:ly)?\b|\bmarked\b",
    re.IGNORECASE,
)
# A provocation-test cell "NT" / "n/t" is "not tested".
_CELL_NOT_TESTED = re.compile(r"^(?:nt|n/t|n\.t\.)$", re.IGNORECASE)


def _side(text: str) -> str | None:
    """The side ``text`` gives a test. Past a comma, a side word that places a symptom
    is another clause's ("positive, reproduces L buttock pain"); inside the result's own
    words it is the test's ("reproduces his left buttock pain")."""
    return side_in(_BILAT.sub("bilateral", _mask_symptom_sides(text)))


def _mask_symptom_sides(text: str) -> str:
    """``text`` with the symptom side words past its first comma blanked (same length)."""
    cut = re.search(r"[,;]", text)
    if cut is None:
        return text
    tail = _SYMPTOM_SIDE.sub(lambda m: " " * len(m.group(0)), text[cut.start() :])
    return text[: cut.start()] + tail


def _column_side(cell: str) -> str | None:
    """The side a table column header names when it names nothing else."""
    match = _SIDE_COLUMN.match(cell)
    return SIDE_WORDS[match.group(1).lower()] if match else None


def _lines_above(text: str, offset: int, count: int) -> Iterator[str]:
    """Up to ``count`` lines above the line holding ``offset``, nearest first (read
    backwards from ``offset``: no copy of the text before it)."""
    end = text.rfind("\n", 0, offset)
    while end >= 0 and count > 0:
        start = text.rfind("\n", 0, end) + 1
        yield text[start:end]
        end = start - 1
        count -= 1


def _split_cells(line: str, start: int, spaced: bool) -> list[tuple[str, int]]:
    """A table row's cells with their document offsets: on ' | ' (edge cells kept, so a
    header and its rows line up) or, for a ``spaced`` row, on runs of spaces."""
    separator = CELL_GAP if spaced else re.compile(r"\|")
    cells: list[tuple[str, int]] = []
    position = 0
    body_end = len(line.rstrip()) if spaced else len(line)
    if spaced:
        position = len(line) - len(line.lstrip())
    for match in [*separator.finditer(line, position, body_end), None]:
        end = match.start() if match is not None else body_end
        raw = line[position:end]
        cells.append((raw.strip(), start + position + len(raw) - len(raw.lstrip())))
        if match is None:
            break
        position = match.end()
    return cells


_LINE_ITEM = re.compile(r"[-*•]\s")


@dataclass(frozen=True)
class _Result:
    value: str  # positive | negative | not_performed
    start: int  # document character offsets of the result words
    end: int


class ExamExtractor(FamilyExtractor):
    """The spaCy component: tenderness, provocative tests and nonorganic signs."""

    def __init__(self, rules: FamilyRules) -> None:
        super().__init__(rules)
        self.result = {
            "not_performed": rules.regex("not_performed"),
            "negative": rules.regex("negative"),
            "positive": rules.regex("positive"),
        }
        self.test_context = rules.regex("test_context")
        self.not_a_test = rules.regex("not_a_test")
        self.similar = rules.regex("similar")
        self.leading_side = rules.regex("leading_side")
        self.value_absent = rules.regex("value_absent")
        self.value_present = rules.regex("value_present")
        self.not_examined = rules.regex("not_examined")
        self.tender_header = rules.regex("tender_header")
        self.link_filler = rules.regex("link_filler")
        self.count = rules.regex("count")
        self.waddell_positive = rules.regex("waddell_positive")
        self.waddell_negative = rules.regex("waddell_negative")

    def extract(self, doc: Doc) -> list:
        return [*self._provocative_tests(doc), *self._tenderness(doc), *self._nonorganic(doc)]

    # ------------------------------------------------------------ results

    def _first_result(self, text: str, anchored: bool) -> tuple[str, re.Match] | None:
        """The earliest result phrase in ``text`` (at its start when ``anchored``)."""
        best: tuple[str, re.Match] | None = None
        for value, regex in self.result.items():
            for match in regex.finditer(text):
                if anchored and match.start() != 0:
                    break
                if best is None or match.start() < best[1].start():
                    best = (value, match)
                break
        return best

    # --------------------------------------------------------- provocative

    def _test_spans(self, doc: Doc) -> tuple[list[Span], dict[int, int]]:
        """Provocation-test mentions; bare 'compression'/'distraction' need an exam context.

        Also returns where each mention ends, by its start: "Patrick's (FABER)" is one
        mention ending after the parenthetical synonym.
        """
        spans = list(targets(doc, {"PROVOCATIVE_TEST", "PROVOCATIVE_TEST_WEAK"}))
        kept: list[Span] = []
        ends: dict[int, int] = {}
        for span in spans:
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

    def _provocative_tests(self, doc: Doc) -> list[ProvocativeTest]:
        spans, ends = self._test_spans(doc)
        facts: list[ProvocativeTest] = []
        table_rows: set[int] = set()
        for span in spans:
            start, end = line_bounds(text_of(doc), _visible_start(span))
            if start in table_rows:
                continue
            if is_table_row(text_of(doc)[start:end]):
                table_rows.add(start)
                facts.extend(self._test_table_row(doc, span, start, end, spans))
            elif self._spaced_row(doc, start, end) is not None:
                table_rows.add(start)
                facts.extend(self._test_table_row(doc, span, start, end, spans, spaced=True))
        prose = [
            s for s in spans if line_bounds(text_of(doc), _visible_start(s))[0] not in table_rows
        ]
        by_sentence: dict[int, list[Span]] = {}
        for span in prose:
            by_sentence.setdefault(span.sent.start, []).append(span)
        for group in by_sentence.values():
            facts.extend(self._tests_in_sentence(doc, group, ends))
        return facts

    def _tests_in_sentence(
        self, doc: Doc, tests: list[Span], ends: dict[int, int]
    ) -> list[ProvocativeTest]:
        """Results for the tests of one sentence: after each test, before it, or shared."""
        sentence = tests[0].sent
        clause_end = sentence.end_char
        end_of = [ends.get(span.start_char, span.end_char) for span in tests]
        found: list[list[tuple[_Result, str | None]]] = [[] for _ in tests]
        how: list[str] = ["" for _ in tests]
        for i, span in enumerate(tests):
            seg_end = tests[i + 1].start_char if i + 1 < len(tests) else clause_end
            after = text_of(doc)[end_of[i] : seg_end]
            cut = re.search(r"[;.](?:\s|$)", after)
            if cut:
                after = after[: cut.start()]
            lead = self._filler_end(after)
            first = self._first_result(after[lead:], anchored=True)
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
            lead = self._leading_result(before)
            if lead is not None and seg_start + lead[1].start() in claimed:
                lead = None
            if lead is not None:
                value, match = lead
                result = _Result(value, seg_start + match.start(), seg_start + match.end())
                side = _side(before[match.end() :]) or self._side_after(doc, span, tests, i, end_of)
                found[i] = [(result, side)]
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
            after = text_of(doc)[end_of[i] : seg_end]
            cut = re.search(r"[;]|[.](?:\s|$)", after)
            if cut:
                after = after[: cut.start()]
            first = self._first_result(after, anchored=False)
            if first and first[1].group(0).lower() != "no":
                value, match = first
                result = _Result(value, end_of[i] + match.start(), end_of[i] + match.end())
                side = _side_before(doc, span) or self._side_of(
                    doc, end_of[i], _BOTH_OF_A_LIST.sub("", after)
                )
                found[i] = [(result, side)]
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
                facts.append(self._test_fact(doc, span, value, side, context, start, end))
        return facts

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
        found: list[list[tuple[_Result, str | None]]],
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
    ) -> list[tuple[_Result, str | None]]:
        """'FABER positive on the right, negative on the left' -> two results with sides.

        ``after`` is the text from ``base`` (the mention's end) to the next test; an aside
        after a result ("deferred (unable to lie on the right side)") is neither a side
        nor a second result.
        """
        results: list[tuple[_Result, str | None]] = []
        position = lead
        side_before = _side(_BOTH_OF_A_LIST.sub("", after[:lead])) or _side_before(doc, span)
        while True:
            first = self._first_result(after[position:], anchored=bool(results) is False)
            if first is None:
                break
            value, match = first
            r_start, r_end = position + match.start(), position + match.end()
            nxt = self._first_result(after[r_end:], anchored=False)
            tail_end = r_end + (nxt[1].start() if nxt else min(len(after) - r_end, 30))
            aside = _ASIDE.search(after, r_end, tail_end)
            if aside:
                tail_end = aside.start()
            own_words = _mask_symptom_sides(after[r_end:])[: tail_end - r_end]
            side = self._side_of(doc, base + r_end, own_words) or side_before
            result = _Result(value, base + r_start, base + r_end)
            if results and results[0][1] is None and value == results[0][0].value:
                break  # "positive, reproduces L buttock pain": the same result restated
            results.append((result, side))
            if aside or not nxt or not _side(after[r_end + nxt[1].end() :][:30]):
                break
            position = r_end
            position += re.match(r"[\s,;]*(?:and\s+|but\s+)?", after[position:]).end()
        return results

    def _leading_result(self, before: str) -> tuple[str, re.Match] | None:
        """'Positive FABER': the result phrase that ends the text before a test."""
        best = None
        for value, regex in self.result.items():
            for match in regex.finditer(before):
                if re.fullmatch(r"\s*[-−+]\s*", match.group(0)):
                    continue  # a bullet or separator, not "+ FABER"
                if _LEAD_FILLER.match(before[match.end() :]) and (
                    best is None or match.start() > best[1].start()
                ):
                    best = (value, match)
        return best

    def _side_after(
        self, doc: Doc, span: Span, tests: list[Span], i: int, end_of: list[int]
    ) -> str | None:
        seg_end = tests[i + 1].start_char if i + 1 < len(tests) else span.sent.end_char
        text = text_of(doc)[end_of[i] : seg_end][:25]
        aside = _ASIDE.search(text)
        return self._side_of(doc, end_of[i], text[: aside.start()] if aside else text)

    @staticmethod
    def _side_of(doc: Doc, offset: int, text: str) -> str | None:
        """The side ``text`` names; on an OCR'd page also a misread side word after
        'on the' ("positive on the eft")."""
        side = _side(text)
        if side is not None or not _on_ocr_page(doc, offset):
            return side
        for match in _OCR_SIDE.finditer(text):
            word = match.group(1).lower().replace("1", "l")
            sides = {name for name in ("left", "right") if word == name or _one_edit(word, name)}
            if len(sides) == 1:
                return sides.pop()
        return None

    def _filler_end(self, after: str) -> int:
        """Where the filler words after a test end ("(P4) test was" ...), stopping at a
        parenthetical that is itself a result ("Gaenslen (-), gapping (+)")."""
        filler = _AFTER_FILLER.match(after)
        lead = filler.end() if filler else 0
        for paren in _PARENTHETICAL.finditer(after, 0, lead):
            if self._cell_result(paren.group(0)):
                if self._first_result(after[paren.start() :], anchored=True):
                    return paren.start()  # "(+)", "(-)"
                inner = paren.group(1)
                return paren.start(1) + len(inner) - len(inner.lstrip())  # "(positive)"
        return lead

    def _list_gap(self, between: str) -> bool:
        """Only list words between two tests ("X, Y (Z) and W"), no result in brackets."""
        if not _LIST_FILLER.match(between):
            return False
        return not any(self._cell_result(p.group(0)) for p in _PARENTHETICAL.finditer(between))

    def _test_fact(
        self,
        doc: Doc,
        span: Span,
        value: str,
        side: str | None,
        context: Context,
        start: int,
        end: int,
    ) -> ProvocativeTest:
        return ProvocativeTest(
            test=str(rule_attribute(span, "test")),
            result=value,
            side=side,
            date=fact_date(doc, span.start_char),
            context=context,
            evidence=(evidence_for(doc, start, end, rule_id(span)),),
        )

    def _header_cells(self, doc: Doc, row_start: int, spans: list[Span]) -> list[str] | None:
        """The first row of this table (the rows just above, unbroken) if it is a header:
        no test name, no result, short labels ("Test | Right | Left"). Cells keep their
        case ("L" is a side, "l" is not) and their edge cells, to line up with the row's."""
        block: list[str] = []
        for line in previous_lines(doc, row_start, _HEADER_LOOKBACK):
            if not is_table_row(line):
                break
            block.append(line)
        if not block:
            return None
        first = block[-1]
        lowered = first.lower()
        cells = [cell for cell, _offset in _split_cells(first, 0, spaced=False)]
        names_a_test = any(
            s.text.lower() in lowered for s in spans if s.label_ == "PROVOCATIVE_TEST"
        )
        if names_a_test and not re.search(r"\b(?:tests?|provocation|maneuvers?)\b", lowered):
            return None
        if any(self._cell_result(c) for c in cells[1:]) or any(len(c.split()) > 4 for c in cells):
            return None
        return cells

    def _side_columns(
        self, doc: Doc, row_start: int, spaced: bool
    ) -> tuple[dict[int, str], int] | None:
        """The columns headed by a side alone ("Test | Left | Right", "Palpation | R | L",
        "Special tests    L    R") in the table holding the row at ``row_start``: the
        nearest row above, inside the same unbroken table, that heads a left and a right
        column. Returns {cell index: side} and the header's number of cells."""
        for line in _lines_above(text_of(doc), row_start, _HEADER_LOOKBACK):
            if not line.strip():
                return None
            if spaced:
                if is_table_row(line) or not CELL_GAP.search(line.strip()):
                    return None
            elif not is_table_row(line):
                return None
            cells = [cell for cell, _offset in _split_cells(line, 0, spaced)]
            sides = {
                k: side for k, cell in enumerate(cells) if k > 0 and (side := _column_side(cell))
            }
            if {"right", "left"} <= set(sides.values()):
                label = next((k for k, cell in enumerate(cells) if cell), 0)
                if any(
                    self._cell_result(cell)
                    for k, cell in enumerate(cells)
                    if k not in sides and k != label
                ):
                    return None  # a row of values, not a header
                return sides, len(cells)
        return None

    def _spaced_row(self, doc: Doc, start: int, end: int) -> dict[int, str] | None:
        """The side columns of a row written without cell separators ("Thigh thrust    neg
        pos" under "Test    L    R"), when it has as many cells as its header."""
        line = text_of(doc)[start:end]
        if not CELL_GAP.search(line.strip()):
            return None
        found = self._side_columns(doc, start, spaced=True)
        if found is None or len(_split_cells(line, start, spaced=True)) != found[1]:
            return None
        return found[0]

    def _test_table_row(
        self,
        doc: Doc,
        span: Span,
        start: int,
        end: int,
        spans: list[Span],
        spaced: bool = False,
    ) -> list[ProvocativeTest]:
        """'FABER | + | R', or per-side columns under a 'Test | Right | Left' header: each
        column's value is the result on that column's side."""
        line = text_of(doc)[start:end]
        row = _split_cells(line, start, spaced)
        cells = [cell for cell, _offset in row]
        offsets = [offset for _cell, offset in row]
        test_cell = next(
            (
                k
                for k, _ in enumerate(cells)
                if offsets[k] <= _visible_start(span) < offsets[k] + len(cells[k]) + 1
            ),
            0,
        )
        _negated, context = value_context(span)
        found = self._side_columns(doc, start, spaced)
        columns = found[0] if found else None
        header = None if columns or spaced else self._header_cells(doc, start, spans)
        table_side = side_in(header[0]) if header else None
        per_side: dict[str, tuple[str, int, int]] = {}
        lone: tuple[str, int, int] | None = None
        side_cell: str | None = None
        for k, cell in enumerate(cells):
            if k == test_cell or not cell:
                continue
            value = self._cell_result(cell) or (
                "not_performed" if _CELL_NOT_TESTED.match(cell) else None
            )
            if columns is not None:
                column_side = columns.get(k)
            else:
                column = header[k] if header and k < len(header) else ""
                column_side = (_column_side(column) or side_in(column)) if column else None
            if value and column_side in {"right", "left"}:
                per_side[column_side] = (value, offsets[k], offsets[k] + len(cell))
            elif value and lone is None:
                lone = (value, offsets[k], offsets[k] + len(cell))
                side_cell = side_cell or _side(cell)
            elif _side(cell) and side_cell is None and columns is None:
                side_cell = _side(cell)
        facts = []
        if per_side:
            # One fact per examined side: "Gaenslen | neg | neg" is negative left and right.
            for side, (value, _s, _e) in per_side.items():
                facts.append(self._test_fact(doc, span, value, side, context, start, end))
        elif lone is not None:
            side = (
                side_cell
                or table_side
                or _side(cells[test_cell][len(span.text) :] if test_cell < len(cells) else "")
            )
            facts.append(self._test_fact(doc, span, lone[0], side, context, start, end))
        return facts

    def _cell_result(self, cell: str) -> str | None:
        for value in ("not_performed", "negative", "positive"):
            if self.result[value].search(cell):
                return value
        return None

    # ----------------------------------------------------------- tenderness

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

    def _tenderness(self, doc: Doc) -> list[Tenderness]:
        tender = list(targets(doc, {"TENDER", "NONTENDER"}))
        sites = list(targets(doc, "SITE"))
        facts: list[Tenderness] = []
        table_facts, table_lines = self._tenderness_table(doc, sites, tender)
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
                site_name = _TENDER_SITES.get(anatomy, "other")
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

    def _not_examined(self, doc: Doc, site: Span) -> bool:
        """'- [ ] Tender greater trochanter - not examined': an unticked or skipped item."""
        return self.not_examined.search(line_of(doc, _visible_start(site))) is not None

    def _present(self, doc: Doc, site: Span, link: Span) -> bool:
        """The tenderness word's polarity, unless the line gives a value after a colon
        ('TTP R greater trochanter:  absent')."""
        line_end = line_bounds(text_of(doc), _visible_start(site))[1]
        rest = text_of(doc)[max(site.end_char, link.end_char) : line_end]
        # "TTP lumbar midline:  absent", "TTP R greater trochanter (bursa): none": a few
        # qualifying words may stand between the site and the colon of its value.
        label = re.match(r"[^:=|;.]{0,30}?(?=\s*[:=]\s*\S)", rest)
        if label and len(label.group(0).split()) <= 3 and not self._cell_result(label.group(0)):
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

    def _tenderness_table(
        self, doc: Doc, sites: list[Span], tender: list[Span]
    ) -> tuple[list[Tenderness], set[int]]:
        """Rows like 'Tenderness | R SIJ | +' or 'SIJ | Tender' under a palpation header."""
        facts: list[Tenderness] = []
        lines: set[int] = set()
        tests = list(targets(doc, {"PROVOCATIVE_TEST", "PROVOCATIVE_TEST_WEAK"}))
        for site in sites:
            start, end = line_bounds(text_of(doc), _visible_start(site))
            line = text_of(doc)[start:end]
            spaced = not is_table_row(line)
            if spaced and self._spaced_row(doc, start, end) is None:
                continue
            found = self._side_columns(doc, start, spaced)
            side_facts = (
                self._side_column_tenderness(doc, site, start, end, spaced, found[0], tender, tests)
                if found is not None
                else None
            )
            if side_facts is not None:
                facts.extend(side_facts)
                lines.add(start)
                continue
            if spaced:
                continue
            header = " ".join(previous_lines(doc, start, 3))
            if any(start <= t.start_char < end for t in tender):
                continue  # "Palpation | TTP over the left SIJ; no tenderness at ...": prose
            if not self.tender_header.search(header):
                continue
            present = None
            for cell in table_cells(line):
                lowered = cell.lower()
                result = self._cell_result(cell)
                if result == "negative" or re.search(r"\bnon-?tender\b|\bnt\b|\babsent\b", lowered):
                    present = False
                elif result == "positive" or re.search(r"\btender\b|\bpresent\b|\bttp\b", lowered):
                    present = True if present is None else present
            if present is None:
                continue
            lines.add(start)
            anatomy = str(rule_attribute(site, "anatomy", "other"))
            site_name = _TENDER_SITES.get(anatomy, "other")
            facts.append(
                Tenderness(
                    site=site_name,
                    present=present,
                    similar_severity=bool(self.similar.search(line))
                    and present
                    and site_name != "posterior_sij",
                    side=side_in(line),
                    date=fact_date(doc, site.start_char),
                    evidence=(evidence_for(doc, start, end, rule_id(site)),),
                )
            )
        return facts, lines

    def _side_column_tenderness(
        self,
        doc: Doc,
        site: Span,
        start: int,
        end: int,
        spaced: bool,
        columns: dict[int, str],
        tender: list[Span],
        tests: list[Span],
    ) -> list[Tenderness] | None:
        """A row of a table with Left / Right columns: 'TTP PSIS | Positive | Negative',
        'Greater trochanter | NT | NT' under 'Palpation | L | R'. Each side column's value
        is the finding on that side; None when the row is not a tenderness row."""
        row = _split_cells(text_of(doc)[start:end], start, spaced)
        label = next(
            (
                k
                for k, (cell, offset) in enumerate(row)
                if offset <= _visible_start(site) < offset + len(cell) + 1
            ),
            None,
        )
        if label is None or label in columns:
            return None  # a site named in a value cell is a comment, not the row's site
        label_start = row[label][1]
        label_end = label_start + len(row[label][0])
        if any(label_start <= t.start_char < label_end for t in tests):
            return None  # "SIJ distraction | + | -": a test row
        values = {side: _tender_cell(row[k][0]) for k, side in columns.items() if k < len(row)}
        worded = any(label_start <= t.start_char < label_end for t in tender) or any(
            re.search(r"tender|\bttp\b|\bnt\b", row[k][0], re.IGNORECASE)
            for k in columns
            if k < len(row)
        )
        above = " ".join(_lines_above(text_of(doc), start, _HEADER_LOOKBACK))
        if not worded and not self.tender_header.search(above):
            return None
        anatomy = str(rule_attribute(site, "anatomy", "other"))
        site_name = _TENDER_SITES.get(anatomy, "other")
        similar = bool(self.similar.search(text_of(doc)[start:end]))
        return [
            Tenderness(
                site=site_name,
                present=present,
                similar_severity=similar and present and site_name != "posterior_sij",
                side=side,
                date=fact_date(doc, site.start_char),
                evidence=(evidence_for(doc, start, end, rule_id(site)),),
            )
            for side, present in values.items()
            if present is not None
        ]

    # ------------------------------------------------------------ nonorganic

    def _nonorganic(self, doc: Doc) -> list[NonorganicSigns]:
        facts = []
        for span in targets(doc, "NONORGANIC"):
            negated, context = value_context(span)
            sentence = span.sent
            base = max(sentence.start_char, span.start_char - 30)
            window = text_of(doc)[base : sentence.end_char]
            count = None
            match = self.count.search(window)
            if match:
                token = match.group(1) or match.group(2)
                count = int(token) if token.isdigit() else _WORD_NUMBERS[token.lower()]
            if count is not None:
                positive = count >= _WADDELL_POSITIVE_AT
            elif negated or self.waddell_negative.search(window):
                positive = False
            elif self.waddell_positive.search(window):
                positive = True
            else:
                continue
            start, end = span.start_char, span.end_char
            if match:
                start, end = min(start, base + match.start()), max(end, base + match.end())
            facts.append(
                NonorganicSigns(
                    positive=positive,
                    count=count,
                    date=fact_date(doc, span.start_char),
                    context=context,
                    evidence=(evidence_for(doc, start, end, rule_id(span)),),
                )
            )
        return facts


def _visible_start(span: Span) -> int:
    """Where a span's first visible character is (a match may open on a line break)."""
    return span.start_char + len(span.text) - len(span.text.lstrip())


def _tender_cell(cell: str) -> bool | None:
    """A tenderness table cell: True (tender, TTP, +, positive), False (non-tender, NT,
    -, negative, absent), None (empty, not examined)."""
    cell = cell.strip()
    if not cell or _CELL_NOT_EXAMINED.search(cell):
        return None
    if _CELL_NOT_TENDER.search(cell):
        return False
    if _CELL_TENDER.search(cell):
        return True
    return None


# A line break that starts a new list item ("- ", "* ", "2. "), not a wrapped line.
_ITEM_BREAK = re.compile(r"\n(?=[ \t]*(?:[-*•]\s|\d{1,2}[.)]\s|\[))")
# The side words that open the next site's phrase ("coccyx or R greater trochanter").
_LEADING_SIDE_OF_NEXT = re.compile(
    r"(?:(?<![\w/])(?:the|right|left|rt|lt|bilateral(?:ly)?|bilat|both|R|L)[\s-]*)+$",
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
    return _side(left) or _side(right)


def _on_ocr_page(doc: Doc, offset: int) -> bool:
    """Whether the character at ``offset`` was read by OCR from a scanned page."""
    document_text = doc._.source
    if document_text is None:
        return False
    page, _start = document_text.page_at(offset)
    return bool(page.ocr)


def _one_edit(word: str, target: str) -> bool:
    """``word`` is ``target`` with one letter dropped or changed (not ``target`` itself)."""
    if word == target or abs(len(word) - len(target)) > 1:
        return False
    if len(word) == len(target):
        return sum(a != b for a, b in zip(word, target, strict=True)) == 1
    return any(target[:k] + target[k + 1 :] == word for k in range(len(target)))


# What may stand between a side word and the test it qualifies: "left-sided FABER",
# "R SIJ compression", "bilateral Gaenslen's", "the right thigh thrust".
_SIDE_TO_TEST = re.compile(
    r"^(?:[\s-]|\bsided?\b|\bthe\b|\bsij?\b|\bsacroiliac\b|\bjoint\b|\bhip\b|\bleg\b)*$",
    re.IGNORECASE,
)
_SIDE_WORD = re.compile(
    r"(?<![\w/])(?:right|rt|left|lt|bilateral(?:ly)?|bilat|both|b/l|bil|R|L)(?![\w/])",
    re.IGNORECASE,
)


def _side_before(doc: Doc, span: Span, reach: int = 3) -> str | None:
    """A side word just before a span that qualifies it: "R thigh thrust", "left-sided
    FABER". Not across a clause break, nor from a clause that ends before the test
    ("positive on the right and the compression test ...")."""
    start = max(span.sent.start, span.start - reach)
    text = doc[start : span.start].text
    cut = max(text.rfind(";"), text.rfind(","), text.rfind("."), text.rfind("\n"))
    text = text[cut + 1 :]
    words = [m for m in _SIDE_WORD.finditer(text) if _side(m.group(0))]
    if not words or not _SIDE_TO_TEST.match(text[words[-1].end() :]):
        return None
    return _side(words[-1].group(0))


@Language.factory("authreview_exam")
def make_component(nlp: Language, name: str) -> ExamExtractor:
    """Tenderness, provocative tests and nonorganic signs, per docs/facts.md."""
    return ExamExtractor(load_family_rules("exam"))
