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
None when not addressed; present beats absent when a report says both (a patent canal
at one level does not undo a compressed root at another). A hedged finding ("possible
impingement", "suggestive of tumor", "cannot be excluded", "do not appear impinged")
is not affirmed either way and keeps the finding open. A globally normal study ("MRI
L-SPINE: Normal.", "IMPRESSION: Negative.", "which showed no abnormality") has no
destructive lesion, no neural compression (CT/MRI) and no hip arthritis (hip films);
an "acute" qualifier, a target ("negative for fracture") or an exception is not global.
Studies only ordered or scheduled are hypothetical, unless their result is reported;
a question about a study ("Did you review any CT of the pelvis?") reports none. Hip OA
may be written as coxarthrosis and graded by Kellgren-Lawrence (0 none, 1-2 mild, 3
moderate, 4 severe); a projection after the region ("pelvis a.p.") is a radiograph.
What a study was asked to find ("Hx  ?sacroiliitis", "Clinical  Exclude ... neural
compression", "r/o fracture", "eval for stenosis") is no finding either way, whatever
the label's layout (colon, tab or spaced column); an exam line listing several studies
names them and is no finding. A heading naming several regions ("MRI - COMBINED LUMBAR
SPINE AND SACROILIAC JOINTS") gives each region section ("Lumbar spine", "FINDINGS - SI
JOINTS", "SI joints: ...") to its own region's fact.

Reports come as exam lines ("EXAM: Lumbar spine CT", "Two views of the pelvis"), as
short upper-case titles, or one line per study in sentence case ("MRI pelvis
(06/11/2024): mild sclerosis ..."); studies named before the first heading are read as
a summary. A summary's findings run on through its paragraph until another study, a
person or a new section. A study named without a region takes the one its spinal
levels state ("MRI'd ..., which showed an L5-S1 extrusion") or, referred to as "the
MRI", the one region the note gives that modality; cervical, chest or knee studies
are no facts. A comparison study's date and another document's date are not the
study's, nor are a comparison block's findings ("COMPARISON FINDINGS (2021): ...");
"at that time" takes the date its paragraph last named.

A study's side comes from its own title or list item ("XR LEFT SI JOINT", "XR R hip"),
never from a neighbouring study; a hip film titled without a side takes the single side
its indication and findings give the hip; a film of both hips whose findings grade a hip
by side ("LEFT HIP: moderate OA", "mild R hip OA") is one fact per hip, each read from
its own clause, row or line (an unsided grade only where no sided one is). Findings
count per side: in a one-sided study a statement about the other joint is not its
finding ("Right SI joint unremarkable" does not clear a left SI joint study). A failed
prior fusion (nonunion, no bridging, lucency around or loosening of the implants, beside
implants or a prior fusion) is SIJ pathology; "no fracture" alone rules out one cause,
so it leaves ``sij_pathology`` open. A region after a findings verb ("films ... showed
no hip arthritis") is the finding's site, not a second study; "the same day" dates a
study by the study cited before it. ``extractors.assemble`` links summaries to the
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
    is_table_row,
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
MAX_LABEL_WORDS = 10
MAX_SECTION_WORDS = 6
"""A region section's label ("FINDINGS - LUMBAR SPINE", "Pelvis / SI joints:") is short."""
"""A study label that opens a line of findings ("XR pelvis (03/02/2024): ...") is short."""
SIDED_REGIONS = frozenset({"sij", "hip"})
GRADES = ("none", "mild", "moderate", "severe")
KL_GRADES = ("none", "mild", "mild", "moderate", "severe")
"""Kellgren-Lawrence 0-4 as the policy's grades (1 doubtful and 2 minimal are mild)."""
KL_WINDOW = 60
"""Characters after an OA term read for its Kellgren-Lawrence grade."""
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
# neural compression on lumbar studies; SIJ findings where the SIJ is imaged or named
# (a lumbar CT reading "no degenerative change at the SI joints" covers them).
APPLIES: dict[str, frozenset[str]] = {
    "destructive_lesion": frozenset({"sij", "pelvis", "hip", "lumbar"}),
    "inflammatory_arthropathy": frozenset({"sij", "pelvis"}),
    "sij_pathology": frozenset({"sij", "pelvis", "hip", "lumbar"}),
    "hip_oa_grade": frozenset({"hip"}),
    "neural_compression": frozenset({"lumbar"}),
}


CROSS_SECTIONAL = frozenset({"ct", "mri"})
PELVIC_REGIONS = frozenset({"sij", "pelvis"})
GLOBAL_LEAD = 120
"""Characters before a findings range read to find where a 'normal' clause begins."""
GLOBAL_NORMAL_VALUES: tuple[tuple[str, object], ...] = (
    ("destructive_lesion", False),
    ("neural_compression", False),
    ("hip_oa_grade", "none"),
)
"""What a globally normal study says (issue 13): no destructive lesion, no neural
compression on a lumbar study, no hip arthritis on a hip film; the SI joints only
where named (APPLIES limits each finding to the regions that carry it)."""


@dataclass(frozen=True)
class _Vote:
    value: object
    start: int
    end: int
    rule: str
    hedged: bool = False
    sided: bool = False


def _decide(finding: str, votes: list[_Vote]) -> _Vote | None:
    """A finding's value from every statement about it: present beats absent (a
    compressed root at one level is not undone by a patent canal at another); a hedged
    statement leaves it open unless another states it present ("possible seeding of
    tumor" beside "no focal mass" is not a documented absence). On one side of a
    two-hip film a grade stated of that side beats an unsided one."""
    if finding == "hip_oa_grade" and any(v.sided for v in votes):
        votes = [v for v in votes if v.sided]
    definite = [v for v in votes if not v.hedged]
    if finding == "hip_oa_grade":
        return max(definite, key=lambda v: GRADES.index(str(v.value))) if definite else None
    present = next((v for v in definite if v.value is True), None)
    if present is not None:
        return present
    if len(definite) < len(votes):
        return None
    return definite[0] if definite else None


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
    combined: frozenset[str] = frozenset()
    """Every region its report's heading names, when it names several ("MRI LUMBAR
    SPINE AND SI JOINTS"): a region section's findings go to its own region only."""


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
            if headings:
                # Studies named before the first heading are not the headings' findings.
                studies = self._summary_studies(doc, reference, headings[0][0]) + studies
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
        modalities = [s for s in self._modalities(doc) if start <= s.start_char < end]
        regions = [s for s in self._regions(doc) if start <= s.start_char < end]
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
                if before and re.search(r",|\band\b", _between(doc, region, modality)):
                    # "XR SIJ, XR R hip", "a view of the pelvis and a frog-leg lateral":
                    # a region before a comma or 'and' closes the item before.
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

    def _modalities(self, doc: Doc) -> list[Span]:
        """Study mentions: a modality or a named study. Views named in a procedure's
        fluoroscopy ("AP and lateral fluoroscopic views to confirm the needle") are no
        study, and "films" right after another modality ("MRI films") is that study."""
        found: list[Span] = []
        for span in spans_of(doc, ("IMG_MODALITY", "IMG_STUDY")):
            if self.index.attribute(span, "views", False):
                sentence = text_of(doc)[span.sent.start_char : span.sent.end_char]
                if search_any(self.p["not_a_study"], sentence):
                    continue
            if found and span.start_char < found[-1].end_char:
                if span.end_char - span.start_char > found[-1].end_char - found[-1].start_char:
                    found[-1] = span  # the longer of two overlapping mentions
                continue
            if found and not text_of(doc)[found[-1].end_char : span.start_char].strip():
                continue  # "MRI films", "CT images": one study
            found.append(span)
        return found

    def _regions(self, doc: Doc) -> list[Span]:
        """Region mentions; an 'other' region (cervical spine, chest, knee) is kept so a
        study of it is not given a region it does not have, but never inside a region
        the policy reads ("lumbar spine", "L-spine")."""
        regions = spans_of(doc, "IMG_REGION")
        named = [r for r in regions if self.index.attribute(r, "region") != "other"]
        return [
            r
            for r in regions
            if self.index.attribute(r, "region") != "other"
            or not any(_overlaps(r, n) for n in named)
        ]

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
            # An exam's own label ("Exam 2:"), or its accession number or exam code on
            # the line, opens a study of a multi-exam report, whatever its case.
            labelled = search_any(self.p["heading_label"], line) is not None or (
                search_any(self.p["heading_accession"], line) is not None
                and (report or not self._note_label(doc, start, line))
            )
            if not labelled and not report and self._note_label(doc, start, line):
                continue
            # A sentence ends in a full stop; a title line may too, right after its date
            # ("XR PELVIS, 2 VIEWS 06/20/2025." - or a scan's speck read as one).
            stops = line.rstrip().endswith(".") and not search_any(
                self.p["heading_date_stop"], line
            )
            title_like = len(line.split()) <= MAX_HEADING_WORDS and not stops
            if labelled or (
                title_like
                and (
                    self._upper_title(doc, start, line)
                    or (report and self._titles_findings(doc, end, line))
                )
            ):
                found.append((start, end))
        if report or found:
            # One line per study ("MRI lumbar spine (03/02/2024): Mild disc bulge ..."):
            # the study's label opens it, its findings follow on the same line.
            known = {start for start, _end in found}
            for start, end in lines(text_of(doc)):
                label_end = self._study_label_end(doc, start, end)
                if label_end is not None and start not in known:
                    found.append((start, label_end))
        return sorted(found)

    def _titles_findings(self, doc: Doc, end: int, line: str) -> bool:
        """A sentence-case title ("MRI of the sacroiliac joints, 05.05.2025") in a
        report: the next line opens the study's 'Findings:' or 'Impression:', and the
        line itself states no finding ("MRI pelvis normal")."""
        if search_any(self.p["study_break"], line):
            return False
        rest = text_of(doc)[end:].lstrip("\n")
        return search_any(self.p["title_findings"], rest.split("\n", 1)[0]) is not None

    def _upper_title(self, doc: Doc, start: int, line: str) -> bool:
        """A title is set in capitals: the whole line, or its study label before the
        first comma when the views follow in lower case ("3) XR BILATERAL HIPS, AP
        pelvis + frog lateral each"), not a finding ("MRI L-SPINE, which showed ...").
        A protocol note in brackets ("CT PELVIS (SI joint protocol)") is no prose."""
        if _mostly_upper(re.sub(r"\([^)]*\)", "", line)):
            return True
        label, _comma, views = line.partition(",")
        return (
            bool(views)
            and _mostly_upper(label)
            and search_any(self.p["study_break"], views) is None
            and bool(self._groups(doc, start, start + len(label)))
        )

    def _study_label_end(self, doc: Doc, start: int, end: int) -> int | None:
        """Where a line's study label ends, when the line opens with one: a modality and
        region (and perhaps a date) before a ':' or ' - ' that its findings follow."""
        line = text_of(doc)[start:end]
        match = search_any(self.p["study_label_end"], line)
        if match is None or search_any(self.p["skip_line"], line):
            return None
        label = line[: match.start()]
        # A note in brackets ("(key images only + full series on CD)") is no prose.
        words = re.sub(r"\([^)]*\)", " ", label).split()
        if len(words) > MAX_LABEL_WORDS or search_any(self.p["study_break"], label):
            return None
        if not self._groups(doc, start, start + match.start()):
            return None
        return start + match.end()

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
        stacks = _stacks(headings, text)
        for index, ((h_start, h_end), seg_end) in enumerate(zip(headings, ends, strict=True)):
            # Titles stacked with nothing between them ("XR PELVIS" over "XR SI
            # JOINTS" over "XR HIP RIGHT") share the findings under the last one.
            last = stacks[index]
            read_from, seg_end = headings[last][1], ends[last]
            date = self._heading_date(doc, h_start, h_end, seg_end, reference)
            _line_start, line_end = line_bounds(text, h_start)
            same_line = [(h_end, line_end)] if line_end > h_end and last == index else []
            skipped = self._skipped_lines(text[:seg_end])
            findings = _blocks(
                same_line
                + [(s, e) for s, e in lines(text[:seg_end]) if s >= read_from and s not in skipped],
                text,
            )
            planned = bool(search_any(self.p["plan"], text[h_start:seg_end])) and not any(
                a <= f.start_char < b
                for f in spans_of(doc, FINDING_CATEGORIES)
                for a, b in findings
            )
            stack = [g for h in headings[index : last + 1] for g in self._groups(doc, *h)]
            named = frozenset(
                str(self.index.attribute(r, "region")) for _m, rs in stack for r in rs
            )
            undone = self._not_performed(doc, h_start, seg_end)
            for modality, regions in self._groups(doc, h_start, h_end):
                kind = str(self.index.attribute(modality, "modality"))
                regions = [
                    r
                    for r in regions
                    if not {
                        (str(self.index.attribute(r, "region")), kind),
                        (str(self.index.attribute(r, "region")), None),
                    }
                    & undone
                ]
                if not regions:
                    continue  # "hip views were ordered but not performed"
                regions = regions + self._viewed_regions(doc, modality, regions, findings)
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
                        combined=named if len(named) > 1 else frozenset(),
                    )
                )
        return studies

    def _not_performed(self, doc: Doc, start: int, end: int) -> set[tuple[str, str | None]]:
        """Regions a report says were never imaged ("the hip views were ordered but not
        performed", "Hip radiographs remain outstanding"): the exam line names them, but
        no study of them was read. A view left out ("the Ferguson view was not
        obtained") leaves the study, and another modality's ("MRI was not performed")
        leaves this one. Each is (region, modality or None when the clause names none)."""
        text = text_of(doc)
        undone: set[str] = set()
        breaks = self.p["not_performed_break"][0]
        for pattern in self.p["not_performed"]:
            for match in pattern.finditer(text, start, end):
                lo = max(
                    (m.end() for m in breaks.finditer(text, start, match.start())), default=start
                )
                nxt = breaks.search(text, match.end(), end)
                hi = nxt.start() if nxt else end
                clause = text[lo:hi]
                if not search_any(self.p["not_performed_study"], clause) or search_any(
                    self.p["not_performed_partial"], clause
                ):
                    continue
                named = {
                    str(self.index.attribute(m, "modality"))
                    for m in self._modalities(doc)
                    if lo <= m.start_char < hi
                } or {None}
                undone.update(
                    (str(self.index.attribute(r, "region")), modality)
                    for r in self._regions(doc)
                    if lo <= r.start_char < hi
                    for modality in named
                )
        return undone

    def _skipped_lines(self, text: str) -> set[int]:
        """Starts of the lines that are no finding of the study: a comparison, history
        or technique line, and the lines a comparison's findings wrap onto up to the
        one that ends its sentence ("COMPARISON FINDINGS (2021): large extrusion
        compressing the / traversing S1 root." is the old study's); a line that goes on
        to another label ("Indication: ... Findings: ...") wraps nothing."""
        skipped: set[int] = set()
        wrapping = False
        for start, end in lines(text):
            line = text[start:end]
            if search_any(self.p["skip_line"], line):
                skipped.add(start)
                wrapping = bool(search_any(self.p["comparison_block"], line))
            elif wrapping and line.strip() and not search_any(self.p["note_label"], line):
                skipped.add(start)
            else:
                wrapping = False
                continue
            wrapping = wrapping and not _SENTENCE_END.search(line)
        return skipped

    def _viewed_regions(
        self, doc: Doc, modality: Span, regions: list[Span], findings: list[tuple[int, int]]
    ) -> list[Span]:
        """Regions a radiograph's findings say were viewed besides its title's ("Frontal
        view of the pelvis and a lateral view of the right hip were evaluated")."""
        if self.index.attribute(modality, "modality") != "xray":
            return []
        named = {self.index.attribute(r, "region") for r in regions}
        extra: list[Span] = []
        for a, b in findings:
            for view, viewed in self._groups(doc, a, b):
                if not self.index.attribute(view, "views", False):
                    continue
                for region in viewed:
                    kind = self.index.attribute(region, "region")
                    if kind not in named and kind in APPLIES["destructive_lesion"]:
                        named.add(kind)
                        extra.append(region)
        return extra

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

    def _title_continuation(self, doc: Doc, h_start: int, seg_end: int) -> tuple[int, int] | None:
        """The line a title wraps onto ("MRI of the SI joints (1.5 T; STIR, T1 post" /
        "contrast), 23.06.2025"): its bracket left open or its line ending in a comma,
        the next line (not a 'Findings:' label) finishes it, date included."""
        text = text_of(doc)
        line_start, line_end = line_bounds(text, h_start)
        line = text[line_start:line_end].rstrip()
        if line.count("(") <= line.count(")") and not line.endswith(","):
            return None
        following = [(a, b) for a, b in lines(text[:seg_end]) if a > line_end]
        if not following or search_any(self.p["title_findings"], text[slice(*following[0])]):
            return None
        return following[0]

    def _heading_date(
        self, doc: Doc, h_start: int, h_end: int, seg_end: int, reference: dt.date | None
    ) -> DateMention | None:
        """The date on the heading line, else on a 'Date:' line just under it, else the
        document's date."""
        on_line = [m for m in dates_in(doc, h_start, h_end, None) if not m.relative]
        if on_line:
            return on_line[0]
        wrapped = self._title_continuation(doc, h_start, seg_end)
        if wrapped is not None:
            found = [m for m in dates_in(doc, *wrapped, None) if not m.relative]
            if found:
                return found[0]
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

    def _summary_studies(
        self, doc: Doc, reference: dt.date | None, until: int | None = None
    ) -> list[_Study]:
        """Studies named in prose or bullets, one sentence at a time (before ``until``)."""
        studies = []
        seen: set[tuple[int, int]] = set()
        for modality in self._modalities(doc):
            if until is not None and modality.start_char >= until:
                break
            sent = modality.sent
            key = (sent.start_char, sent.end_char)
            if key in seen:
                continue
            seen.add(key)
            # "AP and lateral views ... are reviewed. The films are negative for ...":
            # a study word inside an earlier study's findings is that study, not another.
            told = any(a <= sent.start_char < b for study in studies for a, b in study.findings[1:])
            groups = self._summary_groups(doc, sent, infer=not told)
            # A region named inside the findings ends nothing: they start after the study.
            bounds = [
                (
                    min(s.start_char for s in [m, *rs]),
                    max(s.end_char for s in [m, *rs] if s is m or not self._in_findings(doc, m, s)),
                )
                for m, rs in groups
            ]
            sentence_dates = self._study_dates(doc, sent.start_char, sent.end_char, reference)
            names = [
                s
                for s in [*self._modalities(doc), *self._regions(doc)]
                if sent.start_char <= s.start_char < sent.end_char
            ]
            # "an L-S spine CT scan and L-S spine X-rays were negative": studies joined
            # by 'and' share what follows the last of them.
            shared = len(groups) - 1
            while shared > 0 and search_any(
                self.p["coordinator"], text_of(doc)[bounds[shared - 1][1] : bounds[shared][0]]
            ):
                shared -= 1
            tail: list[tuple[int, int]] = []
            if groups:
                tail = [(bounds[-1][1], sent.end_char), *self._continuation(doc, sent)]
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
                if not dates and search_any(
                    self.p["that_time"], text_of(doc)[sent.start_char : next_start]
                ):
                    # "He was MRI'ed at that time": the date the paragraph last named.
                    dates = self._date_before(doc, sent.start_char, reference)
                findings = [(g_end, next_start)]
                if index + 1 == len(groups):
                    findings.extend(self._continuation(doc, sent))
                elif index >= shared:
                    findings.extend(tail)
                findings = _within_row(text_of(doc), modality_span.start_char, findings)
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
                        regions=[
                            (self._region_of(r, modality_span, doc, findings), r) for r in regions
                        ],
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

    def _summary_groups(
        self, doc: Doc, sent: Span, infer: bool = True
    ) -> list[tuple[Span, list[Span]]]:
        """The sentence's (modality, regions) groups, and its modalities that name no
        region but whose region is still stated: by the spinal levels of their findings
        ("He was MRI'ed ..., which showed a re-herniation of an L5-S1 disc") or, for a
        definite reference ("the MRI", "her MRI films"), by the only region the document
        names for that modality. Such a modality is its own region span."""
        groups = self._groups(doc, sent.start_char, sent.end_char)
        grouped = {id(m) for m, _rs in groups}
        for modality in self._modalities(doc) if infer else []:
            if not (sent.start_char <= modality.start_char < sent.end_char):
                continue
            if id(modality) in grouped or modality.label_ == "IMG_STUDY":
                continue
            if any(
                _overlaps(modality, r) or not _separated(doc, modality, r)
                for r in self._regions(doc)
                if sent.start_char <= r.start_char < sent.end_char
            ):
                continue  # it names a region (perhaps one the policy does not read)
            if self._inferred_region(doc, modality, sent) is not None:
                groups.append((modality, [modality]))
        return sorted(groups, key=lambda g: g[0].start_char)

    def _inferred_region(self, doc: Doc, modality: Span, sent: Span) -> str | None:
        text = text_of(doc)
        findings = [(modality.end_char, sent.end_char), *self._continuation(doc, sent)]
        said = " ".join(text[a:b] for a, b in findings)
        if search_any(self.p["lumbar_levels"], said) and not search_any(
            self.p["other_levels"], said
        ):
            return "lumbar"
        if not search_any(
            self.p["definite_reference"], text[sent.start_char : modality.start_char]
        ):
            return None
        kind = self.index.attribute(modality, "modality")
        named = {
            str(self.index.attribute(r, "region"))
            for m, rs in self._groups(doc, 0, len(text))
            if self.index.attribute(m, "modality") == kind
            for r in rs
        }
        return named.pop() if len(named) == 1 and "other" not in named else None

    def _region_of(
        self, region: Span, modality: Span, doc: Doc, findings: list[tuple[int, int]]
    ) -> str:
        named = self.index.attribute(region, "region")
        if named is not None:
            return str(named)
        return self._inferred_region(doc, modality, modality.sent) or "other"

    def _study_dates(
        self, doc: Doc, start: int, end: int, reference: dt.date | None
    ) -> list[DateMention]:
        """Dates in ``[start, end)`` that can be a study's: not relative to a month or
        year, not a comparison study's ("compared to 08/04/2004 study") and not another
        document's ("per physician note dated 12/10/08")."""
        text = text_of(doc)
        found = []
        for mention in dates_in(doc, start, end, reference):
            if mention.relative and mention.precision != "day":
                continue
            before = text[max(start, mention.start - 60) : mention.start]
            if search_any(self.p["comparison_before"], before) or search_any(
                self.p["other_document_before"], before
            ):
                continue
            found.append(mention)
        return found

    def _date_before(self, doc: Doc, offset: int, reference: dt.date | None) -> list[DateMention]:
        """The last absolute date written before ``offset`` in its paragraph."""
        text = text_of(doc)
        paragraph = max(text.rfind("\n\n", 0, offset), text.rfind("\n \n", 0, offset), 0)
        found = [m for m in self._study_dates(doc, paragraph, offset, None) if not m.relative]
        return found[-1:]

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
        side = _item_side(doc, region, names)
        if side is not None or self.index.attribute(region, "region") != "hip":
            return side
        # "... coming from her right hip. An x-ray of the hip showed ...": a hip film
        # named without a side takes the one side its paragraph gives the hip.
        text = text_of(doc)
        start = max(text.rfind("\n\n", 0, region.start_char), 0)
        end = text.find("\n\n", region.end_char)
        end = len(text) if end == -1 else end
        found = {
            side_near(doc, r.start_char, r.end_char, 12, 12)
            for r in self._regions(doc)
            if start <= r.start_char < end and self.index.attribute(r, "region") == "hip"
        }
        found.discard(None)
        return found.pop() if len(found) == 1 else None

    def _continuation(self, doc: Doc, sent: Span) -> list[tuple[int, int]]:
        """The sentences after a study's that go on reporting it: the rest of its
        paragraph, up to a sentence that names another study (a definite "the films"
        names the same one), speaks of a person (the patient, the physician: the
        narrative has moved on) or opens a labelled section of the note. A finding read
        past the first sentence must not be missed, or its absence read instead
        (CONTRACT section 4); the chain is not cut at a number of sentences, because a
        report's labelled lines ("Alignment: normal. Sacro-iliac joints: normal.") are
        split into a sentence per label."""
        text = text_of(doc)
        found: list[tuple[int, int]] = []
        cursor = sent
        while cursor.end < len(doc):
            following = doc[cursor.end].sent
            start, end = following.start_char, following.end_char
            if "\n\n" in text[cursor.end_char : start] or not text[start:end].strip():
                break
            if search_any(self.p["findings_stop"], text[start:end]):
                break
            studies = [m for m in self._modalities(doc) if start <= m.start_char < end]
            if any(
                not search_any(self.p["definite_reference"], text[start : m.start_char])
                for m in studies
            ):
                break
            found.append((start, end))
            cursor = following
        return found

    def _context(self, doc: Doc, modality: Span, start: int, end: int) -> Context:
        """ConText of the modality, plus: 'ordered', 'scheduled', 'not yet done' or a
        'Recommendations:' label make the study hypothetical (an order is not a result),
        unless the sentence goes on to report its result ('ordered a CT which reportedly
        showed stenosis'); so does a question asked about a study."""
        text = text_of(doc)
        if search_any(self.p["question"], text[modality.sent.start_char : modality.sent.end_char]):
            # "Did you review any CT of the pelvis?": a question reports no study.
            return merged_context(modality, hypothetical=True)
        line_start, _ = line_bounds(text, start)
        planned = search_any(self.p["plan"], text[min(line_start, start) : end]) is not None
        if planned and search_any(self.p["result_stated"], text[modality.end_char : end]):
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
            if region not in APPLIES["destructive_lesion"]:
                continue  # a cervical, chest or knee study is no fact (docs/facts.md)
            side = study.sides.get(id(span)) if region in SIDED_REGIONS else None
            per_side = region == "hip" and side in (None, "bilateral")
            per_side = per_side and self._hip_sides_stated(doc, study)
            for fact_side in ("left", "right") if per_side else (side,):
                if (region, fact_side) in emitted:
                    continue
                emitted.add((region, fact_side))
                facts.append(self._fact(doc, study, base, date, region, span, fact_side, per_side))
        return facts

    def _hip_sides_stated(self, doc: Doc, study: _Study) -> bool:
        """Whether a film of both hips (or of hips without a side) states a hip finding
        of one side ("LEFT HIP: moderate narrowing", "Mild R hip OA"): then each hip is
        its own fact, read from its own clause, row or line."""
        for term in spans_of(doc, FINDING_CATEGORIES):
            if str(self.index.attribute(term, "finding")) != "hip_oa":
                continue
            if not any(a <= term.start_char and term.end_char <= b for a, b in study.findings):
                continue
            if self._stated_side(doc, term.start_char, labels=True) in ("left", "right"):
                return True
        return False

    def _fact(
        self,
        doc: Doc,
        study: _Study,
        base: list[Evidence],
        date: DateMention | None,
        region: str,
        span: Span,
        side: str | None,
        per_side: bool,
    ) -> ImagingStudy:
        """One study fact of one region and side."""
        values, evidence = self._findings(doc, study, region, side, per_side)
        region_evidence = []
        if span is not study.anchor:
            region_evidence.append(
                evidence_for(doc, span.start_char, span.end_char, self.index.rule_id(span))
            )
        return ImagingStudy(
            date=date.value if date is not None else None,
            modality=study.modality,  # type: ignore[arg-type]
            region=region,  # type: ignore[arg-type]
            side=side,  # type: ignore[arg-type]
            context=study.context,
            evidence=tuple(base + region_evidence + evidence),
            findings_read=bool(values),
            **values,
        )

    def _findings(
        self, doc: Doc, study: _Study, region: str, side: str | None, per_side: bool = False
    ) -> tuple[dict, list[Evidence]]:
        votes: dict[str, list[_Vote]] = {}
        # A hip film of one side reads a line's hip label too: one report may hold both
        # hips' exams with findings per side ("Left hip: moderate narrowing, moderate OA").
        labels = per_side or (region == "hip" and side in ("left", "right"))

        def vote(
            finding: str, value: object, start: int, end: int, rule: str, hedged: bool = False
        ) -> None:
            sided = labels and self._stated_side(doc, start, labels=True) == side
            votes.setdefault(finding, []).append(_Vote(value, start, end, rule, hedged, sided))

        terms = [
            s
            for s in spans_of(doc, FINDING_CATEGORIES)
            if any(a <= s.start_char and s.end_char <= b for a, b in study.findings)
        ]
        fusion_context = study.scope is not None and bool(
            search_any(self.p["fusion_context"], text_of(doc)[study.scope[0] : study.scope[1]])
        )
        earlier = self._comparison_cells(doc, study)
        for term in terms:
            context = merged_context(term)
            hedged = self._hedged(doc, term, context)
            if (context.hypothetical and not hedged) or context.family:
                continue
            if any(a <= term.start_char < b for a, b in earlier):
                continue  # a prior study's column of a comparison table
            if self._indication(doc, term) or self._other_section(doc, study, term, region):
                continue
            sentence = text_of(doc)[term.sent.start_char : term.sent.end_char]
            if self._other_side_text(doc, term.start_char, side, labels=labels):
                continue
            inverted = bool(self.index.attribute(term, "inverted", False))
            absent = not inverted and (self._negated(doc, term) or _denies(term.text))
            kind = str(self.index.attribute(term, "finding"))
            rule = self.index.rule_id(term)
            start, end = term.start_char, term.end_char
            if self.index.attribute(term, "absent_only", False) and not absent:
                continue
            if not absent and self._resolved(doc, term):
                continue  # "the extrusion contacting the S1 root has resolved"
            if kind == "destructive_lesion":
                vote("destructive_lesion", not absent, start, end, rule, hedged)
                if not absent and not hedged and search_any(self.p["sij_named"], sentence):
                    vote("sij_pathology", True, start, end, rule)
            elif kind == "inflammatory_arthropathy":
                before = text_of(doc)[max(0, start - 20) : start]
                if search_any(self.p["not_inflammatory"], before):
                    continue
                vote("inflammatory_arthropathy", not absent, start, end, rule, hedged)
                if not absent and self._about_sij(sentence, region):
                    vote("sij_pathology", True, start, end, rule, hedged)
            elif kind == "degeneration":
                if self._about_sij(sentence, region):
                    vote("sij_pathology", not absent, start, end, rule, hedged)
            elif kind == "sij_pathology_only":
                # A fracture line is SIJ pathology; "no fracture" rules out one cause,
                # not every SIJ pathology, and a broken implant is the fusion's.
                before = text_of(doc)[max(0, start - 20) : start]
                if search_any(self.p["not_bone_fracture"], before):
                    continue
                if not absent and self._about_sij(sentence, region):
                    vote("sij_pathology", True, start, end, rule, hedged)
            elif kind == "failed_fusion":
                # docs/facts.md: a failed prior fusion (nonunion, lucency around or
                # loosening of the implants) is SIJ pathology; its absence says nothing
                # of the joint otherwise.
                if not absent and fusion_context and self._about_sij(sentence, region):
                    vote("sij_pathology", True, start, end, rule, hedged)
            elif kind == "stenosis":
                before = text_of(doc)[max(term.sent.start_char, start - 60) : start]
                if absent:
                    # "No canal or foraminal stenosis" clears the roots; "without
                    # significant canal stenosis" or "no high-grade stenosis" rules out one
                    # cause only, as "no fracture" does for the SI joint.
                    if not self._partial_stenosis(before):
                        vote("neural_compression", False, start, end, rule, hedged)
                elif search_any(self.p["grade_severe"], text_of(doc)[max(0, start - 30) : start]):
                    vote("neural_compression", True, start, end, rule, hedged)
            elif kind == "neural_compression":
                vote("neural_compression", not absent, start, end, rule, hedged)
            elif kind == "hip_oa":
                if self._about_other_region(doc, term, "hip"):
                    continue  # "(2) SI JOINTS: mild narrowing", "Mild R SI joint DJD"
                grade = "none" if absent else self._grade(doc, term)
                if grade:
                    vote("hip_oa_grade", grade, start, end, rule, hedged)
        for start, end in study.findings:
            text = text_of(doc)[start:end]
            lead = text_of(doc)[max(0, start - GLOBAL_LEAD) : start]
            for name, finding, value in (
                ("sij_normal", "sij_pathology", False),
                ("hip_normal", "hip_oa_grade", "none"),
                ("patent_canal", "neural_compression", False),
                ("lumbar_normal", "neural_compression", False),
            ):
                for pattern in self.p[name]:
                    for match in pattern.finditer(text):
                        if self._other_side_text(doc, start + match.start(), side, labels):
                            continue
                        if any(a <= start + match.start() < b for a, b in earlier):
                            continue
                        rule = f"imaging.pattern.{name}"
                        vote(finding, value, start + match.start(), start + match.end(), rule)
            for g_start, g_end in self._global_normal(lead, text):
                # "MRI L-SPINE: Normal.", "IMPRESSION: Negative.", "which showed no
                # abnormality": every finding the study covers is absent - unless it is
                # said of the other side ("Left hip unremarkable" on a right hip film).
                if self._other_side_text(doc, start + g_start, side, labels):
                    continue
                rule = "imaging.pattern.global_normal"
                for finding, value in GLOBAL_NORMAL_VALUES:
                    vote(finding, value, start + g_start, start + g_end, rule)
        values: dict = {}
        evidence: list[Evidence] = []
        pelvic_view = any(r in PELVIC_REGIONS for r, _span in study.regions)
        addendum = self._addendum_start(doc, study)
        for finding, cast in votes.items():
            amended = [v for v in cast if addendum is not None and v.start >= addendum]
            if any(not v.hedged for v in amended):
                cast = amended  # an addendum restating a finding replaces the original
            if region not in APPLIES[finding]:
                continue
            if finding == "sij_pathology" and region not in PELVIC_REGIONS and pelvic_view:
                continue  # "lumbar/pelvic views": the SI joints are the pelvic view's
            if finding == "neural_compression" and study.modality not in CROSS_SECTIONAL:
                continue  # a radiograph does not show the nerve roots (docs/facts.md)
            chosen = _decide(finding, cast)
            if chosen is None:
                continue
            values[finding] = chosen.value
            start, end = self._statement(doc, study, chosen.start, chosen.end)
            evidence.append(evidence_for(doc, start, end, chosen.rule))
        return values, evidence

    def _comparison_cells(self, doc: Doc, study: _Study) -> list[tuple[int, int]]:
        """Cells of a comparison table's earlier-study column ("Level | Current study |
        Prior 03/2022"): what the old study showed is not this study's finding."""
        if study.scope is None:
            return []
        text = text_of(doc)
        cells: list[tuple[int, int]] = []
        columns: set[int] = set()
        for start, end in lines(text[: study.scope[1]]):
            if end <= study.scope[0]:
                continue
            line = text[start:end]
            if "|" not in line and "\t" not in line:
                columns = set()
                continue
            bounds = _cell_bounds(line)
            header = {
                i
                for i, (a, b) in enumerate(bounds)
                if i > 0
                and search_any(self.p["comparison_column"], line[a:b])
                and not search_any(self.p["current_column"], line[a:b])
            }
            if header:
                columns = header
                continue
            cells.extend((start + a, start + b) for i, (a, b) in enumerate(bounds) if i in columns)
        return cells

    def _resolved(self, doc: Doc, term: Span) -> bool:
        """Whether the term's clause says the finding is gone or withdrawn ("the
        protrusion contacting the S1 root has regressed", "no longer seen", "is
        withdrawn"), with nothing saying part of it stays ("partially", "still",
        "residual"): an earlier finding, not this study's."""
        text = text_of(doc)
        lo, hi = term.sent.start_char, term.sent.end_char
        for match in self.p["clause_break"][0].finditer(text, lo, hi):
            if match.end() <= term.start_char:
                lo = match.end()
            elif match.start() >= term.end_char:
                hi = match.start()
                break
        clause = text[lo:hi]
        return bool(search_any(self.p["resolved"], clause)) and not search_any(
            self.p["resolved_keep"], clause
        )

    def _addendum_start(self, doc: Doc, study: _Study) -> int | None:
        """Where the study's addendum begins ("ADDENDUM (01/23/2026): ..."), if any."""
        if study.scope is None:
            return None
        text = text_of(doc)
        for start, end in lines(text[: study.scope[1]]):
            if start >= study.scope[0] and search_any(self.p["addendum_line"], text[start:end]):
                return start
        return None

    def _names_the_study(self, text: str) -> bool:
        """Whether a clause ends on the study ("a lumbar CT from last year"), so the
        'which' after it is the study, not a structure ("a thin lucent line")."""
        match = search_any(self.p["study_word_before"], text)
        return match is not None and not search_any(self.p["structure_word"], match["rest"])

    def _indication(self, doc: Doc, term: Span) -> bool:
        """Whether the term is what the study was asked to look for ("Exclude axSpA,
        lumbar neural compression", "r/o sacroiliitis", "eval for stenosis"): a clinical
        question is no finding either way."""
        before = text_of(doc)[term.sent.start_char : term.start_char]
        return search_any(self.p["indication_before"], before) is not None

    def _other_section(self, doc: Doc, study: _Study, term: Span, region: str) -> bool:
        """Whether, in a combined study ("MRI LUMBAR SPINE AND SI JOINTS"), the term sits
        under a section of another region the heading names ("Sacroiliac joints" over
        its own paragraph, "LUMBAR SPINE: ..." opening a line): that region's finding."""
        if not study.combined or study.heading is None:
            return False
        text = text_of(doc)
        current: set[str] = set()
        for start, end in lines(text[: term.start_char]):
            if start < study.heading[1]:
                continue
            line = text[start:end]
            if search_any(self.p["section_line"], line) and not self._regions_in(doc, start, end):
                current = set()
                continue
            label = search_any(self.p["section_region_line"], line)
            if label is None:
                label = search_any(self.p["region_label"], line)
            if label is not None:
                named = self._regions_in(
                    doc, start + label.start("label"), start + label.end("label")
                )
                if named and len(label["label"].split()) <= MAX_SECTION_WORDS:
                    current = named
            for _offset, inline in self._inline_labels(doc, start, end):
                current = inline
        if not current or not current & study.combined:
            return False
        return not _covers(current, region)

    def _hedged(self, doc: Doc, term: Span, context: Context) -> bool:
        """A finding stated with doubt ("possible impingement", "suggestive of tumor",
        "nerves do not appear to be impinged", "cannot be excluded") is not affirmed
        either way: it leaves the finding open."""
        text = text_of(doc)
        clause_start = max(
            [term.sent.start_char]
            + [
                m.end() + term.sent.start_char
                for m in _CLAUSE.finditer(text[term.sent.start_char : term.start_char])
            ]
        )
        before = text[clause_start : term.start_char]
        after = text[term.end_char : term.sent.end_char]
        return bool(
            context.uncertain
            or search_any(self.p["hedge_before"], before)
            or search_any(self.p["hedge_after"], after)
            or search_any(self.p["hedge_before"], term.text + " ")
        )

    def _partial_stenosis(self, before: str) -> bool:
        """Whether a denied stenosis is only the central canal's or only a high grade."""
        clause = re.split(r"[;,]|\bbut\b", before)[-1]
        graded = re.search(r"\b(?:moderate|high[- ]grade|severe|critical)\b", clause, re.I)
        canal_only = re.search(r"\b(?:central|canal)\b", clause, re.I) and not search_any(
            self.p["stenosis_foramina"], clause
        )
        return bool(graded or canal_only)

    def _global_normal(self, lead: str, text: str) -> list[tuple[int, int]]:
        """Statements that a whole study is normal: the normal word is said of the
        study, its region or its impression ("The MRI ... has been normal", "IMPRESSION:
        Negative.", "a CT scan ..., which is normal"), not of a structure ("The cord is
        normal", "normal vertebral body height", "a gap ..., which is within normal
        limits"), and no exception or target follows ("negative for fracture",
        "unremarkable except for ...")."""
        found = []
        for pattern in self.p["global_normal"]:
            for match in pattern.finditer(text):
                # The clause may begin before the findings range ("Alignment: normal.",
                # split by the sentencizer after the label): read it from ``lead`` on.
                parts = re.split(r"[.;,]\s|\bbut\b|\bhowever\b", lead + text[: match.start()])
                clause = re.sub(r"^\s*(?:which|that|it)\b", "", parts[-1])
                if parts[-1] != clause and not (
                    len(parts) > 1 and self._names_the_study(parts[-2])
                ):
                    continue  # "which is normal" said of a structure, not the study
                named = search_any(self.p["global_normal_study_word"], clause) or search_any(
                    self.p["global_normal_region_word"], clause
                )
                if named is not None:
                    clause = clause[named.start() :]  # "He was seen and X-rays were normal"
                if not search_any(self.p["global_normal_subject"], clause.strip()):
                    continue
                if search_any(self.p["global_normal_region_word"], clause) and not search_any(
                    self.p["global_normal_study_word"], clause
                ):
                    continue  # "Hip joints: unremarkable" on a lumbar film: one structure
                rest = text[match.end() :]
                if search_any(self.p["global_normal_not_after"], rest):
                    continue
                if not search_any(self.p["global_normal_after"], rest):
                    continue  # "normal vertebral body height": a structure is normal
                found.append((match.start(), match.end()))
        for pattern in self.p["global_negative"]:
            found.extend((m.start(), m.end()) for m in pattern.finditer(text))
        return found

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

    def _other_side_text(
        self, doc: Doc, offset: int, side: str | None, labels: bool = False
    ) -> bool:
        """Whether a finding is stated of the other side than the study's ("Right SI
        joint unremarkable" in a left SI joint study): findings count per side."""
        if side not in ("left", "right"):
            return False
        stated = self._stated_side(doc, offset, labels)
        return stated in ("left", "right") and stated != side

    def _stated_side(self, doc: Doc, offset: int, labels: bool = False) -> str | None:
        """The side a statement names in its own clause; with ``labels``, else the side
        label its sentence or line opens with ("LEFT HIP: moderate narrowing ...,
        moderate OA": the row's label covers its later clauses)."""
        text = text_of(doc)
        span = doc.char_span(offset, offset + 1, alignment_mode="expand")
        if span is None:
            return None
        s_start, s_end = (
            self._side_abbreviation_start(doc, span.sent.start_char),
            span.sent.end_char,
        )
        clause_start = max(
            [s_start] + [m.end() + s_start for m in _CLAUSE.finditer(text[s_start:offset])]
        )
        clause_end = next((m.start() + offset for m in _CLAUSE.finditer(text[offset:s_end])), s_end)
        stated = side_in(text[clause_start:clause_end])
        if stated or not labels:
            return stated
        line_start = line_bounds(text, offset)[0]
        for opening in (text[s_start:offset], text[line_start:offset]):
            match = search_any(self.p["side_label"], opening)
            if match is not None:
                return side_in(match["label"])
        return None

    def _side_abbreviation_start(self, doc: Doc, start: int) -> int:
        """Where a sentence begins when the sentencizer split it after a side written
        as an abbreviation with a stop ("Hip joint L. unremarkable."): the sentence
        before, on the same line, holds its subject."""
        text = text_of(doc)
        line_start = line_bounds(text, start)[0]
        if not search_any(self.p["side_abbreviation_end"], text[line_start:start]):
            return start
        before = doc.char_span(start - 2, start - 1, alignment_mode="expand")
        if before is None:
            return start
        return max(line_start, before.sent.start_char)

    def _about_sij(self, sentence: str, region: str) -> bool:
        """A degenerative finding is SIJ pathology when the sentence names the SIJ, or the
        study is of the SIJs and the sentence names no other site."""
        if search_any(self.p["sij_named"], sentence):
            return True
        return region == "sij" and search_any(self.p["other_site"], sentence) is None

    def _about_other_region(self, doc: Doc, term: Span, region: str) -> bool:
        """Whether the term is said of other regions only: its line opens with a label
        naming them ("SI JOINTS/PELVIS: ...", "(1) Pelvis: ..."; a report of several
        studies gives each its paragraph), or its clause names them and not
        ``region`` ("Mild right SI joint degenerative change")."""
        text = text_of(doc)
        line_start, _ = line_bounds(text, term.start_char)
        named: set[str] = set()
        label = search_any(self.p["region_label"], text[line_start : term.start_char])
        if label is not None:
            named = self._regions_in(
                doc, line_start + label.start("label"), line_start + label.end("label")
            )
        for _offset, inline in self._inline_labels(doc, line_start, term.start_char):
            named = inline
        if named:
            return region not in named
        sentence = text[term.sent.start_char : term.sent.end_char]
        offset = term.start_char - term.sent.start_char
        lo = max(sentence.rfind(";", 0, offset), sentence.rfind(":", 0, offset)) + 1
        hi = sentence.find(";", offset)
        hi = len(sentence) if hi < 0 else hi
        named = self._regions_in(doc, term.sent.start_char + lo, term.sent.start_char + hi)
        return bool(named) and region not in named

    def _inline_labels(self, doc: Doc, start: int, end: int) -> list[tuple[int, set[str]]]:
        """Section labels inside ``[start, end)`` that open a sentence ("... no erosions.
        RIGHT HIP: mild OA. LEFT HIP - ...", or a line's "Hips - ..."), each with the
        regions it opens; a summary label ("IMPRESSION:") opens all (an empty set). A
        label opens a region only when it is nothing but region and side words, so
        "Alignment:", "Note:" or "Right hip joint space -" open nothing."""
        text = text_of(doc)[start:end]
        found = []
        for pattern in self.p["region_label_inline"]:
            for match in pattern.finditer(text):
                label = match["label"].strip()
                if search_any(self.p["summary_label"], label):
                    found.append((start + match.start("label"), set()))
                    continue
                if len(label.split()) > MAX_SECTION_WORDS:
                    continue
                a, b = start + match.start("label"), start + match.end("label")
                regions = [
                    r for r in spans_of(doc, "IMG_REGION") if a <= r.start_char and r.end_char <= b
                ]
                if not regions:
                    continue
                rest = text_of(doc)[a:b]
                for r in sorted(regions, key=lambda r: r.start_char, reverse=True):
                    rest = rest[: r.start_char - a] + " " + rest[r.end_char - a :]
                for filler in self.p["region_label_filler"]:
                    rest = filler.sub(" ", rest)
                if rest.strip():
                    continue
                found.append((a, {str(self.index.attribute(r, "region")) for r in regions}))
        return sorted(found, key=lambda item: item[0])

    def _regions_in(self, doc: Doc, start: int, end: int) -> set[str]:
        return {
            str(self.index.attribute(r, "region"))
            for r in spans_of(doc, "IMG_REGION")
            if start <= r.start_char and r.end_char <= end
        }

    def _grade(self, doc: Doc, term: Span) -> str | None:
        """Severity written just before an OA term ('minimal ... osteoarthritis'), or a
        Kellgren-Lawrence grade in or after it ('coxarthrosis (KL grade 3)'); the higher
        of the two, since a grade understated is the unsafe error."""
        window = text_of(doc)[max(term.sent.start_char, term.start_char - 40) : term.start_char]
        window = re.split(r"[.;]", window)[-1]
        worded = next(
            (g for g in ("severe", "moderate", "mild") if search_any(self.p[f"grade_{g}"], window)),
            None,
        )
        scored = self._kl_grade(doc, term)
        found = [g for g in (worded, scored) if g is not None]
        return max(found, key=GRADES.index) if found else None

    def _kl_grade(self, doc: Doc, term: Span) -> str | None:
        """A Kellgren-Lawrence grade in the term or right after it, in its clause: 0
        none, 1-2 mild, 3 moderate, 4 severe; a range ('2-3') takes its higher end."""
        text = text_of(doc)
        after = text[term.start_char : term.end_char + KL_WINDOW]
        stop = search_any(self.p["kl_window_stop"], after[len(term.text) :])
        if stop is not None:
            after = after[: len(term.text) + stop.start()]
        match = search_any(self.p["kl_grade"], after)
        if match is None:
            return None
        number = _kl_number(match["high"] or match["low"])
        return KL_GRADES[number]

    def _wrapped_start(self, doc: Doc, start: int) -> int:
        """Where a sentence really begins when a print wrapped it over a line break the
        sentencizer took for its end ("NO RADIOGRAPHIC" / "SACROILIITIS."): the line
        above ends in a word, with no stop, so its last clause opens the sentence."""
        text = text_of(doc)
        head = text[:start].rstrip(" \t")
        if not head.endswith("\n") or "\n\n" in head[-3:]:
            return start
        line_start = line_bounds(text, len(head) - 1)[0]
        above = head[line_start:].rstrip()
        if not above or not above[-1].isalnum():
            return start
        stops = list(re.finditer(r"[.;:!?]\s", above))
        return line_start + (stops[-1].end() if stops else 0)

    def _negated(self, doc: Doc, term: Span) -> bool:
        """ConText negation, unless a ';', ':' or 'but' separates the cue from the term,
        or another spinal level's clause does ("no stenosis at L3-4, and the L4-5 disc
        compresses the L5 root": the L3-4 negative does not deny the L4-5 finding).

        A cue right before the term in its clause counts too: medspaCy's default
        backward rule ': no' swallows the 'no' of 'Impression: no nerve root compression'.
        """
        opening = self._wrapped_start(doc, term.sent.start_char)
        before = text_of(doc)[max(opening, term.start_char - 60) : term.start_char]
        cue = search_any(self.p["negation_before"], before)
        if cue and not search_any(self.p["level_break"], before[cue.start() :]):
            return True
        return any(
            not search_any(self.p["scope_break"], between)
            and not search_any(self.p["level_break"], between)
            for _cue, between in negation_cues(term)
        )


_SENTENCE_END = re.compile(r"[.:;!?)]\s*$")
_CLAUSE = re.compile(r"[;,]|\bbut\b|\bwhile\b|\bwhereas\b", re.IGNORECASE)


def _mostly_upper(text: str) -> bool:
    """Over 70% of the letters are capitals (a title, not a sentence)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.7


def _kl_number(value: str) -> int:
    """A Kellgren-Lawrence grade written in digits or Roman numerals."""
    roman = {"I": 1, "II": 2, "III": 3, "IV": 4}
    return roman[value] if value in roman else int(value)


def _covers(named: set[str], region: str) -> bool:
    """Whether a section naming ``named`` regions speaks of ``region`` (the SI joints
    are seen on pelvic views, and a pelvis film's hips are its own)."""
    if region in named:
        return True
    if region in PELVIC_REGIONS and named & PELVIC_REGIONS:
        return True
    return region == "pelvis" and "hip" in named


def _within_row(text: str, offset: int, findings: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A study named in a table row ("9c | Lumbar CT/MRI: no neural compression | ☒")
    has its findings in that row only: the next row is another item of a checklist."""
    line_start, line_end = line_bounds(text, offset)
    if not is_table_row(text[line_start:line_end]):
        return findings
    return [(a, min(b, line_end)) for a, b in findings if a < line_end]


def _cell_bounds(line: str) -> list[tuple[int, int]]:
    """Offsets of a table row's cells, split on '|' or tabs."""
    bounds = []
    start = 0
    for match in re.finditer(r"[|\t]", line + "|"):
        bounds.append((start, match.start()))
        start = match.end()
    return bounds


def _stacks(headings: list[tuple[int, int]], text: str) -> list[int]:
    """For each heading, the index of the last heading of its stack: headings whose
    lines follow one another with nothing but white space (or a lone '.') between."""
    last = list(range(len(headings)))
    for index in range(len(headings) - 2, -1, -1):
        between = text[headings[index][1] : headings[index + 1][0]]
        if not between.strip(" \t\n.,;"):
            last[index] = last[index + 1]
    return last


def _denies(text: str) -> bool:
    """A finding phrase that carries its own negation ("nerves do not appear to be
    impinged", "roots are not compressed")."""
    return re.search(r"\b(?:not|never)\b", text, re.IGNORECASE) is not None


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
