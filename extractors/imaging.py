"""Imaging studies: which study (modality, region, side, date) and what it showed.

The policy wants SIJ/pelvis radiographs plus CT or MRI without destructive lesions or
inflammatory arthropathy, ipsilateral hip films without more than mild osteoarthritis,
lumbar CT/MRI without neural compression, and (open fusion) recent imaging with
localized SIJ pathology. Two ways studies appear:

- a radiology report: each study opens with a heading line ("XR RIGHT HIP, 2 VIEWS -
  01/06/2025", "Exam: CT PELVIS WITHOUT CONTRAST" with a "Date:" line under it) and its
  FINDINGS/IMPRESSION follow; that segment's findings belong to the study;
- an office-note summary ("MRI L-spine 3/2025: no stenosis", "SI joint and right hip
  radiographs (03/04/2025)"): findings come from the same sentence, after the study.

A finding is true when reported present, false when reported absent ("no erosions"),
None when not addressed; present beats absent when a report says both. Studies only
ordered or scheduled are hypothetical.

A study's side comes from its own title or list item ("XR LEFT SI JOINT", "XR R hip"),
never from a neighbouring study; a hip film titled without a side takes the single side
its indication and findings give the hip. Findings count per side: in a one-sided
study a statement about the other joint is not its finding ("Right SI joint
unremarkable" does not clear a left SI joint study). A failed prior fusion (nonunion,
no bridging, lucency around or loosening of the implants, beside implants or a prior
fusion) is SIJ pathology; "no fracture" alone rules out one cause, so it leaves
``sij_pathology`` open. A region after a findings verb ("films ... showed no hip
arthritis") is the finding's site, not a second study; "the same day" dates a study
by the study cited before it. ``extractors.assemble`` links summaries to the
reported study (evidence rule ``imaging.study_heading`` marks a report's study).
"""

import datetime as dt
import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractors.base import (
    FamilyExtractor,
    dates_in,
    document_of,
    evidence_for,
    in_plan_section,
    line_bounds,
    lines,
    merged_context,
    negation_cues,
    search_any,
    side_in,
    side_near,
    spans_of,
    text_of,
)
from extractors.rules import load_family_rules
from pipeline.context import planned_only
from pipeline.dates import DateMention
from pipeline.models import Context, DocumentType, Evidence, ImagingStudy

FAMILY = "imaging"
HEADING_RULE = "imaging.study_heading"
DATE_RULE_PREFIX = "imaging.date."
MAX_HEADING_WORDS = 14
MAX_CONTINUATION = 5
"""Sentences after a summary's own that may go on reporting its findings."""
SIDED_REGIONS = frozenset({"sij", "hip"})
GRADES = ("none", "mild", "moderate", "severe")
SKIPPED_TYPES = frozenset({DocumentType.fax_cover})
FINDING_CATEGORIES = (
    "IMG_DESTRUCTIVE",
    "IMG_FRACTURE",
    "IMG_INFLAMMATORY",
    "IMG_MARROW_EDEMA",
    "IMG_DEGENERATION",
    "IMG_STENOSIS",
    "IMG_ROOT_COMPRESSION",
    "IMG_HIP_OA",
    "IMG_FAILED_FUSION",
    "IMG_NOT_FUSED",
)
"""One category per finding kind: spans of one family with equal offsets and label
would share their rule (spaCy keys span extensions by offsets)."""

# Which findings a study of each region can carry (docs/facts.md): hip OA on hip films,
# neural compression on lumbar studies; SIJ findings where the SIJ is imaged or named.
APPLIES: dict[str, frozenset[str]] = {
    "destructive_lesion": frozenset({"sij", "pelvis", "hip", "lumbar"}),
    "inflammatory_arthropathy": frozenset({"sij", "pelvis"}),
    "sij_pathology": frozenset({"sij", "pelvis"}),
    "hip_oa_grade": frozenset({"hip"}),
    "neural_compression": frozenset({"lumbar"}),
}


@dataclass
class _Study:
    modality: str
    regions: list[tuple[str, Span]]
    anchor: Span
    dates: list[DateMention]
    findings: list[tuple[int, int]]
    context: Context
    heading: tuple[int, int] | None = None
    sides: dict[int, str | None] = field(default_factory=dict)
    scope: tuple[int, int] | None = None
    """The study's whole text (report segment, or summary sentence and findings)."""


@Language.factory("authreview_imaging")
def make_imaging(nlp: Language, name: str):
    """The imaging extractor component (rules: ``resources/imaging.json``)."""
    return ImagingExtractor(load_family_rules(FAMILY))


class ImagingExtractor(FamilyExtractor):
    def extract(self, doc: Doc) -> list[ImagingStudy]:
        document = document_of(doc)
        if document.type in SKIPPED_TYPES:
            return []
        reference = document.date
        headings = self._headings(doc)
        if document.type is DocumentType.imaging_report or headings:
            studies = self._report_studies(doc, headings, reference)
        else:
            studies = self._summary_studies(doc, reference)
        return [fact for study in studies for fact in self._facts(doc, study)]

    # ------------------------------------------------------------------ studies

    def _groups(self, doc: Doc, start: int, end: int) -> list[tuple[Span, list[Span]]]:
        """(modality, regions) inside ``[start, end)``: each region joins the nearest
        modality (ties to the one before it); 'AP pelvis' is a study on its own. A
        region inside the study's findings ("showed no hip arthritis") joins only a
        modality that names no region of its own ("CT read as erosive changes of the
        SI joints")."""
        modalities = [
            s for s in spans_of(doc, ("IMG_MODALITY", "IMG_STUDY")) if start <= s.start_char < end
        ]
        regions = [s for s in spans_of(doc, "IMG_REGION") if start <= s.start_char < end]
        groups: dict[int, list[Span]] = {i: [] for i in range(len(modalities))}
        in_findings: dict[int, list[Span]] = {i: [] for i in range(len(modalities))}
        for region in regions:
            if any(m.label_ == "IMG_STUDY" and _overlaps(m, region) for m in modalities):
                continue
            best = None
            for i, modality in enumerate(modalities):
                if modality.label_ == "IMG_STUDY" or _separated(doc, modality, region):
                    continue
                gap = _gap(modality, region)
                before = region.end_char <= modality.start_char
                if before and "," in _between(doc, region, modality):
                    # "XR SIJ, XR R hip": a region before a comma closes the item before.
                    gap += 60
                if (
                    best is None
                    or gap < best[0]
                    or (gap == best[0] and modality.start_char < region.start_char)
                ):
                    best = (gap, i)
            if best is None:
                continue
            if self._in_findings(doc, modalities[best[1]], region):
                in_findings[best[1]].append(region)
            else:
                groups[best[1]].append(region)
        out = []
        for i, modality in enumerate(modalities):
            if modality.label_ == "IMG_STUDY":
                out.append((modality, [modality]))
            elif groups[i] or in_findings[i]:
                out.append((modality, groups[i] or in_findings[i][:1]))
        return out

    def _in_findings(self, doc: Doc, modality: Span, region: Span) -> bool:
        """A region named after the study's findings verb or a finding ("radiographs
        07/2025 showed no hip arthritis", "XR PELVIS - MILD DJD L SI JT") is where a
        finding sits, not a region of the study."""
        if region.start_char < modality.end_char:
            return False
        if any(
            modality.end_char <= f.start_char and f.end_char <= region.start_char
            for f in spans_of(doc, FINDING_CATEGORIES)
        ):
            return True
        return search_any(self.p["study_break"], _between(doc, modality, region)) is not None

    def _headings(self, doc: Doc) -> list[tuple[int, int]]:
        """Lines that open a study in a report: 'Exam: ...' or a short title line."""
        found = []
        report = document_of(doc).type is DocumentType.imaging_report
        for start, end in lines(text_of(doc)):
            line = text_of(doc)[start:end]
            if search_any(self.p["skip_line"], line):
                continue
            if not self._groups(doc, start, end):
                continue
            labelled = search_any(self.p["heading_label"], line) is not None
            if not labelled and not report and self._note_label(doc, start, line):
                continue
            title_like = len(line.split()) <= MAX_HEADING_WORDS and not line.rstrip().endswith(".")
            letters = [c for c in line if c.isalpha()]
            upper = bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.7
            if labelled or (title_like and upper):
                found.append((start, end))
        return found

    def _note_label(self, doc: Doc, start: int, line: str) -> bool:
        """A line opening with a note's own label ("IMAGING:", "Dx:") names studies in
        a summary; a report's exam line has its study in the label ("XR PELVIS AP:")
        or an exam label ("Exam:", "Procedure:")."""
        label = search_any(self.p["note_label"], line)
        if label is None:
            return False
        return not self._groups(doc, start, start + label.end("label"))

    def _report_studies(
        self, doc: Doc, headings: list[tuple[int, int]], reference: dt.date | None
    ) -> list[_Study]:
        text = text_of(doc)
        if not headings:
            first = next(((s, e) for s, e in lines(text) if self._groups(doc, s, e)), None)
            if first is None:
                return []
            headings = [first]
        studies = []
        ends = [h[0] for h in headings[1:]] + [len(text)]
        for (h_start, h_end), seg_end in zip(headings, ends, strict=True):
            date = self._heading_date(doc, h_start, h_end, seg_end, reference)
            findings = _blocks(
                [
                    (s, e)
                    for s, e in lines(text[:seg_end])
                    if s >= h_end and not search_any(self.p["skip_line"], text[s:e])
                ],
                text,
            )
            planned = bool(search_any(self.p["plan"], text[h_start:seg_end])) and not any(
                a <= f.start_char < b
                for f in spans_of(doc, FINDING_CATEGORIES)
                for a, b in findings
            )
            for modality, regions in self._groups(doc, h_start, h_end):
                studies.append(
                    _Study(
                        modality=str(self.index.attribute(modality, "modality")),
                        regions=[(str(self.index.attribute(r, "region")), r) for r in regions],
                        anchor=modality,
                        dates=[date] if date else [],
                        findings=findings,
                        context=Context(hypothetical=planned),
                        heading=(h_start, h_end),
                        sides={id(r): self._report_side(doc, r, h_end, seg_end) for r in regions},
                        scope=(h_start, seg_end),
                    )
                )
        return studies

    def _report_side(self, doc: Doc, region: Span, h_end: int, seg_end: int) -> str | None:
        """The side the exam title gives the region ("XR LEFT SI JOINT"); a hip film
        titled without one takes the single side its own indication and findings give
        its hip ("Indication: right hip pain"). Never a side from another study."""
        side = side_near(doc, region.start_char, region.end_char, 30, 30)
        if side or self.index.attribute(region, "region") != "hip":
            return side
        found = {
            side_near(doc, r.start_char, r.end_char, 12, 12)
            for r in spans_of(doc, "IMG_REGION")
            if h_end <= r.start_char < seg_end and self.index.attribute(r, "region") == "hip"
        }
        found.discard(None)
        return found.pop() if len(found) == 1 else None

    def _heading_date(
        self, doc: Doc, h_start: int, h_end: int, seg_end: int, reference: dt.date | None
    ) -> DateMention | None:
        """The date on the heading line, else on a 'Date:' line just under it, else the
        document's date."""
        on_line = [m for m in dates_in(doc, h_start, h_end, None) if not m.relative]
        if on_line:
            return on_line[0]
        for start, end in lines(text_of(doc)[:seg_end])[:]:
            if start < h_end:
                continue
            if search_any(self.p["date_label"], text_of(doc)[start:end]):
                found = [m for m in dates_in(doc, start, end, None) if not m.relative]
                if found:
                    return found[0]
            if start - h_end > 400:
                break
        if reference is None:
            return None
        return DateMention(0, 0, reference)

    def _summary_studies(self, doc: Doc, reference: dt.date | None) -> list[_Study]:
        """Studies named in prose or bullets, one sentence at a time."""
        studies = []
        seen: set[tuple[int, int]] = set()
        for modality in spans_of(doc, ("IMG_MODALITY", "IMG_STUDY")):
            sent = modality.sent
            key = (sent.start_char, sent.end_char)
            if key in seen:
                continue
            seen.add(key)
            groups = self._groups(doc, sent.start_char, sent.end_char)
            # A region named inside the findings ends nothing: they start after the study.
            bounds = [
                (
                    min(s.start_char for s in [m, *rs]),
                    max(s.end_char for s in [m, *rs] if s is m or not self._in_findings(doc, m, s)),
                )
                for m, rs in groups
            ]
            sentence_dates = [
                m
                for m in dates_in(doc, sent.start_char, sent.end_char, reference)
                if not (m.relative and m.precision != "day")
            ]
            names = [
                s
                for s in spans_of(doc, ("IMG_MODALITY", "IMG_STUDY", "IMG_REGION"))
                if sent.start_char <= s.start_char < sent.end_char
            ]
            for index, (group, (g_start, g_end)) in enumerate(zip(groups, bounds, strict=True)):
                modality_span, regions = group
                next_start = bounds[index + 1][0] if index + 1 < len(bounds) else sent.end_char
                prev_end = bounds[index - 1][1] if index > 0 else sent.start_char
                # "Right hip radiographs 07/21/2025 of ...": a date inside the study's
                # name is its date too.
                after = [m for m in sentence_dates if g_start <= m.start < next_start]
                before = [m for m in sentence_dates if prev_end <= m.start and m.end <= g_start]
                dates = after[:1] or before[-1:]
                if not dates and search_any(self.p["same_day"], text_of(doc)[g_start:next_start]):
                    # "An AP pelvis radiograph the same day": the last dated study's date.
                    dates = next((st.dates for st in reversed(studies) if st.dates), [])
                findings = [(g_end, next_start)]
                follow = self._continuation(doc, sent)
                if follow and index + 1 == len(groups):
                    findings.append(follow)
                context = self._context(doc, modality_span, sent.start_char, next_start)
                future = any(reference is not None and m.value > reference for m in dates)
                has_findings = any(
                    a <= f.start_char < b
                    for f in spans_of(doc, FINDING_CATEGORIES)
                    for a, b in findings
                )
                if future or (in_plan_section(modality_span) and not has_findings):
                    context = context.model_copy(update={"hypothetical": True})
                studies.append(
                    _Study(
                        modality=str(self.index.attribute(modality_span, "modality")),
                        regions=[(str(self.index.attribute(r, "region")), r) for r in regions],
                        anchor=modality_span,
                        dates=dates,
                        findings=findings,
                        context=context,
                        sides={
                            id(r): self._summary_side(doc, modality_span, r, names) for r in regions
                        },
                        scope=(sent.start_char, max(b for _a, b in findings)),
                    )
                )
        return studies

    def _summary_side(
        self, doc: Doc, modality: Span, region: Span, names: list[Span]
    ) -> str | None:
        """The side of the region's own list item. SI joints named only in the findings
        ("MRI showed sclerosis of the left SI joint") are imaged on both sides: the
        side is the finding's, not the study's (a hip's is the hip film's)."""
        if self.index.attribute(region, "region") == "sij" and self._in_findings(
            doc, modality, region
        ):
            return None
        return _item_side(doc, region, names)

    def _continuation(self, doc: Doc, sent: Span) -> tuple[int, int] | None:
        """The sentences after a study's summary that go on reporting it: up to
        ``MAX_CONTINUATION`` of them in the same paragraph, stopping at one that names a
        study of its own, when the last of them states a finding. A summary's findings
        run on ("MRI of the lumbar spine showed ... There was a protrusion at L4-5. The
        traversing root was impinged."): a finding read past the first sentence must not
        be missed, or its absence read instead (CONTRACT section 4)."""
        studies = spans_of(doc, ("IMG_MODALITY", "IMG_STUDY"))
        findings = spans_of(doc, FINDING_CATEGORIES)
        text = text_of(doc)
        found: tuple[int, int] | None = None
        current = sent
        for _ in range(MAX_CONTINUATION):
            if current.end >= len(doc):
                break
            following = doc[current.end].sent
            start, end = following.start_char, following.end_char
            if "\n\n" in text[current.end_char : start + 1] or "\n\n" in text[start:end].rstrip():
                break  # a new paragraph
            if any(start <= s.start_char < end for s in studies):
                break
            if any(start <= s.start_char < end for s in findings):
                found = (found[0] if found else start, end)
            current = following
        return found

    def _context(self, doc: Doc, modality: Span, start: int, end: int) -> Context:
        """ConText of the modality, plus: 'ordered', 'scheduled', 'not yet done' make the
        study hypothetical (an order is not a result), unless the sentence goes on to
        report its result ('ordered a CT which reportedly showed stenosis')."""
        planned = search_any(self.p["plan"], text_of(doc)[start:end]) is not None
        if planned and search_any(self.p["result_stated"], text_of(doc)[modality.end_char : end]):
            context = merged_context(modality)
            if planned_only(modality):
                context = context.model_copy(update={"hypothetical": False})
            return context
        return merged_context(modality, hypothetical=planned)

    # ------------------------------------------------------------------ findings

    def _facts(self, doc: Doc, study: _Study) -> list[ImagingStudy]:
        facts = []
        base: list[Evidence] = []
        if study.heading:
            base.append(evidence_for(doc, *study.heading, HEADING_RULE))
        base.append(
            evidence_for(
                doc,
                study.anchor.start_char,
                study.anchor.end_char,
                self.index.rule_id(study.anchor),
            )
        )
        date = study.dates[0] if study.dates else None
        if date is not None and date.end > date.start:
            base.append(evidence_for(doc, date.start, date.end, DATE_RULE_PREFIX + date.precision))
        emitted: set[tuple[str, str | None]] = set()
        for region, span in study.regions:
            side = study.sides.get(id(span)) if region in SIDED_REGIONS else None
            if (region, side) in emitted:
                continue
            emitted.add((region, side))
            values, evidence = self._findings(doc, study, region, side)
            region_evidence = []
            if span is not study.anchor:
                region_evidence.append(
                    evidence_for(doc, span.start_char, span.end_char, self.index.rule_id(span))
                )
            facts.append(
                ImagingStudy(
                    date=date.value if date is not None else None,
                    modality=study.modality,  # type: ignore[arg-type]
                    region=region,  # type: ignore[arg-type]
                    side=side,  # type: ignore[arg-type]
                    context=study.context,
                    evidence=tuple(base + region_evidence + evidence),
                    findings_read=bool(values),
                    **values,
                )
            )
        return facts

    def _findings(
        self, doc: Doc, study: _Study, region: str, side: str | None
    ) -> tuple[dict, list[Evidence]]:
        votes: dict[str, list[tuple[object, int, int, str]]] = {}

        def vote(finding: str, value: object, start: int, end: int, rule: str) -> None:
            votes.setdefault(finding, []).append((value, start, end, rule))

        terms = [
            s
            for s in spans_of(doc, FINDING_CATEGORIES)
            if any(a <= s.start_char and s.end_char <= b for a, b in study.findings)
        ]
        fusion_context = study.scope is not None and bool(
            search_any(self.p["fusion_context"], text_of(doc)[study.scope[0] : study.scope[1]])
        )
        for term in terms:
            context = merged_context(term)
            if context.hypothetical or context.family:
                continue
            sentence = text_of(doc)[term.sent.start_char : term.sent.end_char]
            if self._other_side(doc, term, side):
                continue
            inverted = bool(self.index.attribute(term, "inverted", False))
            absent = not inverted and self._negated(doc, term)
            kind = str(self.index.attribute(term, "finding"))
            rule = self.index.rule_id(term)
            start, end = term.start_char, term.end_char
            if self.index.attribute(term, "absent_only", False) and not absent:
                continue
            if kind == "destructive_lesion":
                vote("destructive_lesion", not absent, start, end, rule)
                if not absent and search_any(self.p["sij_named"], sentence):
                    vote("sij_pathology", True, start, end, rule)
            elif kind == "inflammatory_arthropathy":
                before = text_of(doc)[max(0, start - 20) : start]
                if search_any(self.p["not_inflammatory"], before):
                    continue
                vote("inflammatory_arthropathy", not absent, start, end, rule)
                if not absent and self._about_sij(sentence, region):
                    vote("sij_pathology", True, start, end, rule)
            elif kind == "degeneration":
                if self._about_sij(sentence, region):
                    vote("sij_pathology", not absent, start, end, rule)
            elif kind == "sij_pathology_only":
                # A fracture line is SIJ pathology; "no fracture" rules out one cause,
                # not every SIJ pathology, and a broken implant is the fusion's.
                before = text_of(doc)[max(0, start - 20) : start]
                if search_any(self.p["not_bone_fracture"], before):
                    continue
                if not absent and self._about_sij(sentence, region):
                    vote("sij_pathology", True, start, end, rule)
            elif kind == "failed_fusion":
                # docs/facts.md: a failed prior fusion (nonunion, lucency around or
                # loosening of the implants) is SIJ pathology; its absence says nothing
                # of the joint otherwise.
                if not absent and fusion_context and self._about_sij(sentence, region):
                    vote("sij_pathology", True, start, end, rule)
            elif kind == "stenosis":
                if absent:
                    vote("neural_compression", False, start, end, rule)
                elif search_any(self.p["grade_severe"], text_of(doc)[max(0, start - 30) : start]):
                    vote("neural_compression", True, start, end, rule)
            elif kind == "neural_compression":
                vote("neural_compression", not absent, start, end, rule)
            elif kind == "hip_oa":
                grade = "none" if absent else self._grade(doc, term)
                if grade:
                    vote("hip_oa_grade", grade, start, end, rule)
        for start, end in study.findings:
            text = text_of(doc)[start:end]
            for name, finding, value in (
                ("sij_normal", "sij_pathology", False),
                ("hip_normal", "hip_oa_grade", "none"),
                ("lumbar_normal", "neural_compression", False),
            ):
                for pattern in self.p[name]:
                    for match in pattern.finditer(text):
                        if self._other_side_text(doc, start + match.start(), side):
                            continue
                        rule = f"imaging.pattern.{name}"
                        vote(finding, value, start + match.start(), start + match.end(), rule)
        values: dict = {}
        evidence: list[Evidence] = []
        for finding, cast in votes.items():
            if region not in APPLIES[finding]:
                continue
            if finding == "hip_oa_grade":
                chosen = max(cast, key=lambda v: GRADES.index(str(v[0])))
            else:
                chosen = next((v for v in cast if v[0] is True), cast[0])
            values[finding] = chosen[0]
            start, end = self._statement(doc, study, chosen[1], chosen[2])
            evidence.append(evidence_for(doc, start, end, chosen[3]))
        return values, evidence

    def _statement(self, doc: Doc, study: _Study, start: int, end: int) -> tuple[int, int]:
        """The sentence stating a finding ('No erosions or ankylosis.'), kept inside the
        study's findings so a neighbouring study's text is never cited."""
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return start, end
        s_start, s_end = span.sent.start_char, span.sent.end_char
        for a, b in study.findings:
            if a <= start < b:
                return max(s_start, a), min(s_end, b)
        return start, end

    def _other_side(self, doc: Doc, term: Span, side: str | None) -> bool:
        """Whether a finding is stated of the other side than the study's ("Right SI
        joint unremarkable" in a left SI joint study): findings count per side."""
        return self._other_side_text(doc, term.start_char, side)

    def _other_side_text(self, doc: Doc, offset: int, side: str | None) -> bool:
        if side not in ("left", "right"):
            return False
        text = text_of(doc)
        span = doc.char_span(offset, offset + 1, alignment_mode="expand")
        if span is None:
            return False
        s_start, s_end = span.sent.start_char, span.sent.end_char
        clause_start = max(
            [s_start] + [m.end() + s_start for m in _CLAUSE.finditer(text[s_start:offset])]
        )
        clause_end = next((m.start() + offset for m in _CLAUSE.finditer(text[offset:s_end])), s_end)
        stated = side_in(text[clause_start:clause_end])
        return stated in ("left", "right") and stated != side

    def _about_sij(self, sentence: str, region: str) -> bool:
        """A degenerative finding is SIJ pathology when the sentence names the SIJ, or the
        study is of the SIJs and the sentence names no other site."""
        if search_any(self.p["sij_named"], sentence):
            return True
        return region == "sij" and search_any(self.p["other_site"], sentence) is None

    def _grade(self, doc: Doc, term: Span) -> str | None:
        """Severity written just before an OA term ('minimal ... osteoarthritis')."""
        window = text_of(doc)[max(term.sent.start_char, term.start_char - 40) : term.start_char]
        window = re.split(r"[.;]", window)[-1]
        for grade in ("severe", "moderate", "mild"):
            if search_any(self.p[f"grade_{grade}"], window):
                return grade
        return None

    def _negated(self, doc: Doc, term: Span) -> bool:
        """ConText negation, unless a ';', ':' or 'but' separates the cue from the term.

        A cue right before the term in its clause counts too: medspaCy's default
        backward rule ': no' swallows the 'no' of 'Impression: no nerve root compression'.
        """
        before = text_of(doc)[max(term.sent.start_char, term.start_char - 60) : term.start_char]
        if search_any(self.p["negation_before"], before):
            return True
        return any(
            not search_any(self.p["scope_break"], between) for _cue, between in negation_cues(term)
        )


_CLAUSE = re.compile(r"[;,]|\bbut\b|\bwhile\b|\bwhereas\b", re.IGNORECASE)


def _blocks(found: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Join consecutive lines into blocks, so a finding wrapped over a line break
    ('No destructive / lesion.') stays inside one range."""
    blocks: list[tuple[int, int]] = []
    for start, end in found:
        if blocks and not text[blocks[-1][1] : start].strip():
            blocks[-1] = (blocks[-1][0], end)
        else:
            blocks.append((start, end))
    return blocks


def _item_side(doc: Doc, region: Span, names: list[Span]) -> str | None:
    """The side written with the region inside its own list item: the windows stop at
    the neighbouring study or region names, so "XR SIJ, XR R hip" leaves the SIJ
    without a side."""
    lo = max(
        (s.end_char for s in names if s.end_char <= region.start_char),
        default=region.start_char - 12,
    )
    hi = min(
        (s.start_char for s in names if s.start_char >= region.end_char),
        default=region.end_char + 12,
    )
    before = max(0, min(12, region.start_char - lo))
    after = max(0, min(12, hi - region.end_char))
    return side_near(doc, region.start_char, region.end_char, before, after)


def _between(doc: Doc, a: Span, b: Span) -> str:
    lo, hi = (a, b) if a.start_char < b.start_char else (b, a)
    return text_of(doc)[lo.end_char : hi.start_char]


def _overlaps(a: Span, b: Span) -> bool:
    return a.start_char < b.end_char and b.start_char < a.end_char


def _gap(a: Span, b: Span) -> int:
    if a.end_char <= b.start_char:
        return b.start_char - a.end_char
    if b.end_char <= a.start_char:
        return a.start_char - b.end_char
    return 0


def _separated(doc: Doc, a: Span, b: Span) -> bool:
    """A modality and a region in different clauses (';' or '.' between) never pair."""
    lo, hi = (a, b) if a.start_char < b.start_char else (b, a)
    between = text_of(doc)[lo.end_char : hi.start_char]
    return bool(re.search(r"[;.]\s|\n\s*\n", between)) or len(between) > 60


__all__ = ["ImagingExtractor", "line_bounds"]
