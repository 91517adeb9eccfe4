"""Extractor family 'request': the requested SIJ fusion, percutaneous or open, and its side.

CONTRACT section 1: CPT 27279 is percutaneous/minimally invasive SIJ arthrodesis and
27280 is open; without a code the request's wording decides ("minimally invasive",
"percutaneous", "iFuse" / "open SI joint arthrodesis"). Forms write the procedure both
ways round ("Sacroiliac joint fusion, minimally invasive, LEFT"; "Arthrodesis, sacroiliac
joint, percutaneous"), so the rules find the procedure phrase and this component reads
the approach, the code and the side from the clause around it. Past fusions ("s/p
iFuse 2021", "failed SI fusion") are history, not the request; so is an earlier request
the packet names for reference: its code in a payer's denial notice or a peer-to-peer
note, or on a line about a denial or an appeal ("appeal of adverse determination ...
(CPT 27279)", "12/09/25 denial (27279)").
"""

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractors.base import (
    FamilyExtractor,
    context_of,
    document_date,
    evidence_for,
    line_bounds,
    rule_attribute,
    side_in,
    source,
    targets,
    text_of,
)
from extractors.rules import FamilyRules, load_family_rules
from pipeline.checkboxes import options
from pipeline.models import Context, DocumentType, ProcedureRequest
from pipeline.section_rules import SectionRole, section_role

_REQUEST_DOCUMENTS = frozenset(
    {DocumentType.request_form, DocumentType.fax_cover, DocumentType.letter}
)
_PLANNING_RULES = frozenset({"ctx.ordered", "ctx.scheduled", "ctx.candidate_for"})
_BEFORE = 60
_AFTER = 70
_HISTORY_REACH = 40
_HISTORY_CLAUSE_REACH = 100
"""How far back a done-verb ('underwent', 's/p') still governs the procedure of its
clause ('who underwent a right minimally invasive (percutaneous) SI joint fusion')."""
_TICKED_TEXT = "authreview.request.ticked_text"
_PRIOR_BEFORE = 60
_PRIOR_AFTER = 40
_TITLE_LINES = 12
_PRIOR_REQUEST_KEY = "authreview.request.prior_request_document"
_TITLE_WIDTH = 70
"""A denial notice's or peer-to-peer note's title is a short line near its top."""


class RequestExtractor(FamilyExtractor):
    """The spaCy component: one ProcedureRequest per request mention."""

    def __init__(self, rules: FamilyRules) -> None:
        super().__init__(rules)
        self.request_context = rules.regex("request_context")
        self.history_context = rules.regex("history_context")
        self.history_clause = rules.regex("history_clause")
        self.prior_request_context = rules.regex("prior_request_context")
        self.prior_request_title = rules.regex("prior_request_title")
        self.new_request = rules.regex("new_request")
        self.future_context = rules.regex("future_context")
        self.side_label = rules.regex("side_label")
        self.percutaneous = rules.regex("percutaneous")
        self.open = rules.regex("open")

    # ------------------------------------------------------------ helpers

    def _window(self, doc: Doc, span: Span) -> tuple[int, int]:
        """The clause around a mention: its sentence, at most a few words either side."""
        sentence = span.sent
        line_start, line_end = line_bounds(text_of(doc), span.start_char)
        start = max(sentence.start_char, span.start_char - _BEFORE)
        end = min(sentence.end_char, span.end_char + _AFTER)
        # A key-value or table line is its own clause.
        if (
            "|" in text_of(doc)[line_start:line_end]
            or ":" in text_of(doc)[line_start : span.start_char]
        ):
            start, end = max(start, line_start), min(end, line_end)
        return start, end

    def _is_history(self, doc: Doc, span: Span) -> bool:
        sentence = span.sent
        before = text_of(doc)[
            max(sentence.start_char, span.start_char - _HISTORY_REACH) : span.start_char
        ]
        after = text_of(doc)[span.end_char : min(sentence.end_char, span.end_char + 25)]
        context = context_of(span)
        clause = text_of(doc)[
            max(sentence.start_char, span.start_char - _HISTORY_CLAUSE_REACH) : span.start_char
        ]
        done = self.history_clause.search(clause)
        return (
            context.historical
            or self._names_prior_request(doc, span)
            or self.history_context.search(before) is not None
            or (done is not None and self.request_context.search(done.group(0)) is None)
            or re.search(
                r"^\s*(?:in|on)\s+(?:19|20)\d\d\b|^\s*(?:nonunion|failure|loosening)", after
            )
            is not None
        )

    def _prior_request_document(self, doc: Doc) -> bool:
        """A payer's denial notice or a peer-to-peer note: what it names was requested
        before (its title says so near the top). Read once per Doc."""
        if _PRIOR_REQUEST_KEY not in doc.user_data:
            top = [line.strip() for line in text_of(doc).split("\n", _TITLE_LINES)[:_TITLE_LINES]]
            doc.user_data[_PRIOR_REQUEST_KEY] = any(
                len(line) <= _TITLE_WIDTH
                and not line[:1].islower()  # a sentence going on, not a title
                and not re.search(r"\d{5}", line)  # a line naming a code tells, not titles
                and self.prior_request_title.search(line)
                for line in top
            )
        return bool(doc.user_data[_PRIOR_REQUEST_KEY])

    def _names_prior_request(self, doc: Doc, span: Span) -> bool:
        """The mention is an earlier request's, told on a line about its denial or appeal
        or in a denial notice / peer-to-peer note, and not a new request's."""
        text = text_of(doc)
        line_start, line_end = line_bounds(text, span.start_char)
        sentence = span.sent
        start = max(line_start, sentence.start_char, span.start_char - _PRIOR_BEFORE)
        end = min(line_end, sentence.end_char, span.end_char + _PRIOR_AFTER)
        clause = text[start:end]
        if self.new_request.search(clause):
            return False
        return self.prior_request_context.search(
            clause
        ) is not None or self._prior_request_document(doc)

    def _context(self, span: Span) -> Context:
        """ConText, except that planning words ('requested', 'scheduled') are the request."""
        context = context_of(span)
        if not context.hypothetical:
            return context
        for modifier in getattr(span._, "modifiers", ()):
            rule = (modifier.rule.metadata or {}).get("rule_id", "")
            if (
                modifier.category in {"HYPOTHETICAL", "POSSIBLE_EXISTENCE"}
                and rule not in _PLANNING_RULES
            ):
                return context
        return context.model_copy(update={"hypothetical": False, "uncertain": False})

    def _side(self, doc: Doc, span: Span, start: int, end: int) -> str | None:
        line_start, line_end = line_bounds(text_of(doc), span.start_char)
        for text in (span.text, text_of(doc)[start:end], text_of(doc)[line_start:line_end]):
            side = side_in(text)
            if side:
                return side
        label = self.side_label.search(text_of(doc))
        return side_in(label.group(1)) if label else None

    def _approach(self, text: str, anchor: int) -> tuple[str, int, int] | None:
        """percutaneous/open from the wording nearest the procedure phrase, with its place."""
        found = [
            (abs(m.start() - anchor), "percutaneous", m.start(), m.end())
            for m in self.percutaneous.finditer(text)
        ]
        found += [
            (abs(m.start() - anchor), "open", m.start(), m.end()) for m in self.open.finditer(text)
        ]
        if not found:
            return None
        _distance, approach, start, end = min(found)
        return approach, start, end

    def _ticked_text(self, doc: Doc) -> str:
        """The Doc text with every unticked checkbox option blanked (offsets unchanged):
        "[ ] Open (27280)" on a form is an option not chosen, never a request."""
        cached = doc.user_data.get(_TICKED_TEXT)
        if cached is None:
            cached = "\n".join(options(line)[0] for line in text_of(doc).split("\n"))
            doc.user_data[_TICKED_TEXT] = cached
        return cached

    def _unticked(self, doc: Doc, span: Span) -> bool:
        ticked = self._ticked_text(doc)
        return not ticked[span.start_char : span.end_char].strip()

    # ------------------------------------------------------------ component

    def _reports_done(self, doc: Doc, span: Span) -> bool:
        """A procedure or operative note reports the procedure it records ("Procedure:
        Right minimally invasive SI joint fusion (CPT 27279)"): a mention there is a
        request only when its clause plans one ('will request', 'recommend')."""
        if source(doc).document.type is not DocumentType.procedure_note:
            return False
        start, end = self._window(doc, span)
        return self.future_context.search(text_of(doc)[start:end]) is None

    def extract(self, doc: Doc) -> list[ProcedureRequest]:
        request_document = source(doc).document.type in _REQUEST_DOCUMENTS
        cpts = [
            s
            for s in targets(doc, "REQUEST_CPT")
            if not self._is_history(doc, s)
            and not self._unticked(doc, s)
            and (request_document or not _reported_done(s))
            and not self._reports_done(doc, s)
        ]
        facts: list[ProcedureRequest] = []
        wording: list[tuple[Span, str, str | None]] = []
        for span in targets(doc, {"REQUEST_PROCEDURE", "REQUEST_DEVICE"}):
            if not request_document and _reported_done(span):
                continue
            if self._is_history(doc, span) or self._unticked(doc, span):
                continue
            if self._reports_done(doc, span):
                continue
            start, end = self._window(doc, span)
            text = self._ticked_text(doc)[start:end]
            if not (request_document or self.request_context.search(text)):
                continue
            cite = [span.start_char, span.end_char]
            approach = None
            if span.label_ == "REQUEST_DEVICE":
                approach = "percutaneous"
            else:
                found = self._approach(text, span.start_char - start)
                if found:
                    approach = found[0]
                    cite += [start + found[1], start + found[2]]
            near = [c for c in cpts if start <= c.start_char < end]
            if approach is None and near:
                approach = str(rule_attribute(near[0], "procedure"))
            if approach is None:
                continue
            same_near = [c for c in near if rule_attribute(c, "procedure") == approach]
            cite += [c.end_char for c in same_near[:1]]
            same = same_near or [c for c in cpts if rule_attribute(c, "procedure") == approach]
            cpt = str(rule_attribute(same[0], "cpt")) if same else None
            side = self._side(doc, span, start, end)
            if side is None and same:
                side = self._side(doc, same[0], *self._window(doc, same[0]))
            wording.append((span, approach, side))
            facts.append(
                ProcedureRequest(
                    procedure=approach,
                    cpt=cpt,
                    side=side,
                    date=document_date(doc),
                    context=self._context(span),
                    evidence=(evidence_for(doc, min(cite), max(cite), str(span.id_)),),
                )
            )
        for span in cpts:
            start, end = self._window(doc, span)
            procedure = str(rule_attribute(span, "procedure"))
            side = self._side(doc, span, start, end)
            if side is None:
                sides = {s for _w, approach, s in wording if approach == procedure and s}
                side = sides.pop() if len(sides) == 1 else None
            facts.append(
                ProcedureRequest(
                    procedure=procedure,
                    cpt=str(rule_attribute(span, "cpt")),
                    side=side,
                    date=document_date(doc),
                    context=self._context(span),
                    evidence=(evidence_for(doc, span.start_char, span.end_char, str(span.id_)),),
                )
            )
        return facts


@Language.factory("authreview_request")
def make_component(nlp: Language, name: str) -> RequestExtractor:
    """The requested procedure (CPT code or wording) and side, per docs/facts.md."""
    return RequestExtractor(load_family_rules("request"))


def _reported_done(span: Span) -> bool:
    """Under "PROCEDURE PERFORMED:" / "NAME OF OPERATION:" a note reports a procedure
    done (a prior fusion), not one requested."""
    return section_role(span) is SectionRole.procedure_done
