"""Extractor family 'pain': pain scores, where the pain is, and whether it radiates.

Policy I.B asks for SIJ pain of at least 5/10 that lies caudal to L5 over the posterior
SIJ/buttock and does not radiate. The rules (``resources/pain.json``) find score
phrases ("7/10", "4-6/10", "7 out of 10", "VAS 65 mm"), anatomical sites (the shared
``anatomy`` targets) and radiation words; this component reads their values from the
sentence around them, as ``docs/facts.md`` defines each field. Only affirmed, current
radiation is radiating: an intake question is read by its ticked answer, and a leg pain
said (in its clause or one referring back) to have gone away is history.
"""

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractors.base import (
    SIDE_WORDS,
    FamilyExtractor,
    context_of,
    document_date,
    evidence_for,
    fact_date,
    line_bounds,
    longest_first,
    negation_gaps,
    rule_attribute,
    rule_id,
    side_beside,
    side_in,
    source,
    span_evidence,
    targets,
    targets_in,
    targets_in_chars,
    text_of,
    value_context,
)
from extractors.diary import DiaryReader, on_ten_point_scale
from extractors.lexicon import fragment
from extractors.pain_ratings import RatingReader
from extractors.rules import FamilyRules, load_family_rules
from extractors.sites import is_risk_list, site_anatomy, written_side
from extractors.tables import row_at
from pipeline.context import dated_history_only
from pipeline.dates import find_dates
from pipeline.models import Context, DocumentType, PainLocation, PainRadiation, PainScore

_NUMBER = re.compile(
    r"\d+(?:\.\d+)?|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten)\b", re.IGNORECASE
)
_SCALE_LOWER_BOUNDS = frozenset({"0", "1", "zero", "one"})
_SCALE_WORDS = re.compile(r"\s+on\s+(?:a|the|her|his|their)\s", re.IGNORECASE)
_PAIN_LOCATION_SITES = {
    "sij": "posterior_sij",
    "buttock": "buttock",
    "lumbar": "lumbar",
    "groin": "groin",
    "hip": "hip",
    "other": "other",
}
_EXTENT_ORDER = ("buttock", "thigh", "below_knee")
_REACHED_PLACES = frozenset({"hip", "groin"})
_PAIN_WINDOW = 8
_DATE_AROUND = re.compile(r"^/\d")
_REASON_RULES = frozenset({"ctx.candidate_for"})
"""ConText rules that make a plan hypothetical ("referred for PT", "candidate for
fusion") but, before a complaint, name what the referral is for: "referred for L SIJ
pain" states pain the patient has."""
_PROCEDURAL_DOCUMENTS = frozenset({DocumentType.procedure_note, DocumentType.imaging_report})
_SIDE_TRAIL = frozenset({*SIDE_WORDS, "-", "sided"})
_SITE_LIST = re.compile(
    r"(?:\s|,|/|&|\d+\s*%|\band\b|\bor\b|\bover\b|\bin\b|\bat\b|\binto\b|\bthe\b|"
    r"\balong\b|\baround\b|\bacross\b|\bnear\b|"
    rf"\b{fragment('sides.any')}\b|\bposterior\b|\bupper\b|\blower\b)*",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Score:
    value: float
    scale: str


_EARLIER_SCORE = re.compile(r"\d{1,3}(?:\.\d)?\s*/\s*10\b")
_LIST_SEPARATOR = re.compile(r",|\band\b", re.IGNORECASE)


def _parse_score(
    span: Span, rule: str, number: Callable[[str], float | None], scale_range: re.Pattern[str]
) -> _Score | None:
    """The 0-10 value of a score phrase; None when the phrase is not a pain score.
    Numbers may be spelled ('seven out of ten'); in '5 on a scale of 0 to 10' the
    scale's own numbers are not the score, nor is a scale's range anywhere ('pain
    rating 0-10', 'rated on a 0-10 scale as 7')."""
    text = span.text.lower()
    if rule == "pain.score.on_scale":
        text = _SCALE_WORDS.split(text)[0]
    text = scale_range.sub(" ", text)
    numbers = [n for n in (number(word) for word in _NUMBER.findall(text)) if n is not None]
    if not numbers:
        return None
    scale = "vas" if ("vas" in text or "visual" in text) else "unspecified"
    if "nrs" in text:
        scale = "nrs"
    if rule in {
        "pain.score.over_10",
        "pain.score.range_over_10",
        "pain.score.out_of_10",
        "pain.score.of_10",
    }:
        denominator, values = numbers[-1], numbers[:-1]
        if not values:
            return None
        value = on_ten_point_scale(max(values), out_of=denominator)
    elif rule in {"pain.score.vas_mm", "pain.score.mm_on_vas"}:
        millimetres = "mm" in text or "millimeter" in text or numbers[0] > 10
        value = on_ten_point_scale(numbers[0], millimetres=millimetres)
    else:
        value = on_ten_point_scale(max(numbers))
    return None if value is None else _Score(value, scale)


class PainExtractor(FamilyExtractor):
    """The spaCy component: reads PAIN_SCORE, SITE and RADIATION targets into facts."""

    def __init__(self, rules: FamilyRules) -> None:
        super().__init__(rules)
        self.pain_word = rules.regex("pain_word")
        self.not_a_location = rules.regex("not_a_location")
        self.attribution = rules.regex("attribution")
        self.location_filler = rules.regex("location_filler")
        self.location_label = rules.regex("location_label")
        self.diary = DiaryReader()
        self.post_cue = rules.regex("post_cue")
        self.pre_cue = rules.regex("pre_cue")
        self.nrs_cue = rules.regex("nrs_cue")
        self.vas_cue = rules.regex("vas_cue")
        self.extent = {name: rules.regex(name) for name in _EXTENT_ORDER}
        self.radiation_stop = rules.regex("radiation_stop")
        self.leg_unleveled = rules.regex("leg_unleveled")
        self.radiation_limit = rules.regex("radiation_limit")
        self.limit_proximal = rules.regex("limit_proximal")
        self.limit_thigh = rules.regex("limit_thigh")
        self.ratings = RatingReader(rules)
        self.institution = rules.regex("institution")
        self.pointer_negative = rules.regex("pointer_negative")
        self.back_returned = rules.regex("back_returned")
        self.back_returned_after = rules.regex("back_returned_after")
        self.denied_before = rules.regex("denied_before")
        self.not_a_score_after = rules.regex("not_a_score_after")
        self.date_shaped_score = rules.regex("date_shaped_score")
        self.score_label_before = rules.regex("score_label_before")
        self.scale_range = rules.regex("scale_range")
        self.scale_bound_after = rules.regex("scale_bound_after")
        self.scale_anchor_after = rules.regex("scale_anchor_after")
        self.denied_other = rules.regex("denied_other")
        self.sensory_word = rules.regex("sensory_word")
        self.exam_maneuver = rules.regex("exam_maneuver")
        self.not_had = rules.regex("not_had_cue")
        self.resolved_after = rules.regex("resolved_after")
        self.past_before = rules.regex("past_before")
        self.back_reference = rules.regex("back_reference")
        self.question_end = rules.regex("question_end")
        self.answer_yes = rules.regex("answer_yes")
        self.answer_no = rules.regex("answer_no")
        self.trailing_side = rules.regex("trailing_side")
        self.treated_for = rules.regex("treated_for")
        self.complaint_label = rules.regex("complaint_label")
        self.ancillary = rules.regex("ancillary_pain")
        self.when = {
            name: rules.regex(f"score_{name}")
            for name in (
                "clause_break",
                "present_cue",
                "past_reference",
                "past_comparison",
                "comparison_to",
                "comparison_target",
                "past_after",
                "comparison_after",
                "date_after",
                "date_before",
                "onset_cue",
                "initial_cue",
                "care_start_label",
                "care_start_row",
                "sentence_label",
            )
        }

    def extract(self, doc: Doc) -> list:
        located = self._located(doc)
        return [*self._scores(doc, located), *self._locations(doc, located), *self._radiation(doc)]

    # ----------------------------------------------------------------- scores

    def _in_diary(self, doc: Doc, span: Span) -> bool:
        """Diary-table rows feed injection relief, never pain_score facts (facts.md)."""
        if getattr(span._, "section_category", None) == "pain_diary":
            return True
        return self.diary.on_diary_row(doc, span.start_char)

    def _looks_like_date(self, doc: Doc, span: Span) -> bool:
        """'7/10/2025' is a date; '10 to 2/10' inside '7/10 to 2/10' is not a range; a
        zero-padded '03/10' is a month and day (a fax's 'P. 03/10', a refill on '06/10')
        unless a pain label stands right before it ('NRS: 07/10')."""
        text = text_of(doc)
        after = text[span.end_char : span.end_char + 6]
        before = text[max(0, span.start_char - 2) : span.start_char].rstrip()
        scale = re.match(r"\s*[-–]\s*\d", after)  # "(NRS 0-10)" names the scale
        if self.date_shaped_score.search(span.text) and not self.score_label_before.search(
            text[max(0, span.start_char - 24) : span.start_char]
        ):
            return True
        return bool(_DATE_AROUND.match(after)) or before.endswith("/") or bool(scale)

    def _timing(self, span: Span) -> str:
        """post_procedure when the nearest cue of its clause says so (facts.md timing)."""
        sentence = span.sent
        text = sentence.text
        here = span.start_char - sentence.start_char
        clause_start = max(text.rfind(";", 0, here), text.rfind("\n", 0, here)) + 1
        clause_end_candidates = [i for i in (text.find(";", here), text.find("\n", here)) if i >= 0]
        clause_end = min(clause_end_candidates) if clause_end_candidates else len(text)
        # the words right after an earlier score of the clause are that score's cues
        # ("9/10 before, 2/10 at 1 h": 'before' times the 9, not the 2)
        before = text[clause_start:here]
        parts = _EARLIER_SCORE.split(before)
        if len(parts) > 1:
            before = _LIST_SEPARATOR.split(parts[-1], maxsplit=1)[-1]
        after = text[here + len(span.text) : clause_end]
        preceding = [(m.end(), "post") for m in self.post_cue.finditer(before)]
        preceding += [(m.end(), "pre") for m in self.pre_cue.finditer(before)]
        if re.search(r"\bfrom\s*$", before, re.IGNORECASE):
            return "baseline"
        if preceding:
            return "post_procedure" if max(preceding)[1] == "post" else "baseline"
        following = [(m.start(), "post") for m in self.post_cue.finditer(after)]
        following += [(m.start(), "pre") for m in self.pre_cue.finditer(after)]
        if following:
            return "post_procedure" if min(following)[1] == "post" else "baseline"
        if getattr(span._, "section_category", None) == "post_procedure":
            return "post_procedure"
        return "baseline"

    def _site(self, doc: Doc, span: Span, located: list[tuple[Span, Span]]) -> str:
        """'other' when the pain the score rates is not back/SIJ/buttock pain: the
        nearest site of its sentence (one after the score only when a pain word names
        it: "7/10, worse with single-leg stance" rates no leg), else the pain described
        last before it in its paragraph, else the note's complaint when all of it is
        elsewhere (a foot-pain note's "pain score 3"). A pain the note calls ancillary
        ('low back pain as an ancillary symptom') is not the one an unsited score rates;
        where the paragraph places no other pain and the chief complaint's other sites
        are all elsewhere, the score is 'other'.
        Leg pain belongs to a back complaint when the note has one (CONVENTIONS:
        radicular leg pain of a lumbar complaint is rated as that complaint)."""
        sentence = span.sent
        pain_sites = {site.start for site, _pain in located}
        best: tuple[int, str] | None = None
        text = text_of(doc)
        clause_start = text.rfind(";", sentence.start_char, span.start_char) + 1
        clause_end = text.find(";", span.end_char, sentence.end_char)
        clause_end = sentence.end_char if clause_end < 0 else clause_end
        for site in targets_in(doc, "SITE", sentence.start, sentence.end):
            if not clause_start <= site.start_char < clause_end:
                continue  # "knee 5/10; low back 7/10"
            if site.end <= span.start:
                if site.start not in pain_sites and self._after_radiation_verb(doc, site):
                    continue  # "... shoots down the leg into the foot, rated 8/10"
                distance = span.start - site.end
            elif site.start in pain_sites:
                distance = 2 * (site.start - span.end)
            else:
                continue
            if distance < 0:
                continue
            if best is None or distance < best[0]:
                best = (distance, site)
        current = [site for site, _p in located if not _negated(site)]
        back = any(site_anatomy(site) != "other" for site in current)
        if best is not None:
            return _score_site(best[1], back)
        paragraph = text.rfind("\n\n", 0, span.start_char) + 1
        earlier = [
            site
            for site in current
            if paragraph <= site.start_char < span.start_char
            and not self.ancillary.search(site.sent.text)
        ]
        if earlier:
            return _score_site(earlier[-1], back)
        ancillary = {_place(site) for site in current if self.ancillary.search(site.sent.text)}
        complaint = [s for s in self._chief_complaint(doc) if _place(s) not in ancillary]
        if current and complaint and all(_score_site(s, back) == "other" for s in complaint):
            return "other"  # 'CC: Left knee and low back pain' with the back ancillary
        return "other" if current and not back else "sij"

    def _chief_complaint(self, doc: Doc) -> tuple[Span, ...]:
        """The sites the note's chief complaint names ('CHIEF COMPLAINT: Left knee and
        low back pain'): the complaints an unsited score in a paragraph that places no
        pain is given for (CONVENTIONS: a knee narrative's score is the knee's)."""
        text = text_of(doc)
        label = self.complaint_label.search(text)
        if label is None:
            return ()
        line_end = text.find("\n", label.end())
        line_end = len(text) if line_end < 0 else line_end
        if not text[label.end() : line_end].strip():  # the value on the next line
            following = text.find("\n", line_end + 1)
            line_end = len(text) if following < 0 else following
        return targets_in_chars(doc, "SITE", label.end(), line_end)

    def _scale(self, span: Span, parsed: _Score) -> str:
        if parsed.scale != "unspecified":
            return parsed.scale
        text = span.sent.text
        if self.vas_cue.search(text):
            return "vas"
        if self.nrs_cue.search(text):
            return "nrs"
        return "unspecified"

    def _scores(self, doc: Doc, located: list[tuple[Span, Span]]) -> list[PainScore]:
        number = self.ratings.number
        valid = []
        for span in targets(doc, "PAIN_SCORE", prune=False):
            parsed = _parse_score(span, rule_id(span), number, self.scale_range)
            if parsed is None or self._looks_like_date(doc, span):
                continue
            if self.not_a_score_after.match(text_of(doc), span.end_char):
                continue  # "impairment rating of 8% WPI", "rated 3 times"
            if self._scale_descriptor(doc, span):
                continue  # "Pain rating (0 = no pain, 10 = worst)", "Pain (0-10)"
            valid.append(span)
        kept = longest_first(valid)
        scored: list[tuple[Span, PainScore]] = []
        for span in kept:
            parsed = _parse_score(span, rule_id(span), number, self.scale_range)
            if parsed is None or self._in_diary(doc, span):
                continue
            if not self.ratings.is_pain_rating(doc, span, kept):
                continue  # a goal, or a rating of stress, function, sleep ...
            date, past = self._score_date(doc, span, kept)
            context = _complaint_context(span, value_context(span)[1])
            if past:
                context = context.model_copy(update={"historical": True})
            fact = PainScore(
                value=parsed.value,
                scale=self._scale(span, parsed),
                timing=self._timing(span),
                site=self._site(doc, span, located),
                date=date,
                context=context,
                evidence=(span_evidence(span),),
            )
            scored.append((span, fact))
        return self.ratings.one_per_statement(scored)

    def _scale_descriptor(self, doc: Doc, span: Span) -> bool:
        """Whether the phrase's number belongs to the scale's description, not a rating:
        its lower bound ("Pain intensity (0-10)", "NRS 0 to 10") or an anchor ("(0 =
        no pain", "10 being the worst")."""
        text = text_of(doc)
        if self.scale_anchor_after.match(text, span.end_char):
            return True
        numbers = _NUMBER.findall(span.text.lower())
        return bool(
            numbers
            and numbers[-1] in _SCALE_LOWER_BOUNDS
            and self.scale_bound_after.match(text, span.end_char)
        )

    def _score_date(self, doc: Doc, span: Span, scores: list[Span]) -> tuple[dt.date | None, bool]:
        """The date a score refers to, and whether it is an undated past score.

        CONTRACT (perc.pain_severity): a score stated as past keeps its own date. A score
        whose clause dates it ("8/10 on 06/02/2025", "was 8/10 at the first visit in
        10/2024", "On 07/15/2025 she rated it 8/10", a dated log row) takes that date. A
        past score without one ("previously 7/10", "down from 8/10", "was 9/10 before
        the injection") refers to some earlier day: it is historical, never the most
        recent score. In a procedure note "before the injection" and "from 8/10 to 2/10"
        compare with that day's procedure, so they keep the note's date. Otherwise the
        score is of its dated entry or its document.
        """
        text = text_of(doc)
        lo, hi = self._score_clause(doc, span)
        # The words between this score and its neighbours in the clause are its own.
        before_start = max(
            [lo, *(s.end_char for s in scores if lo <= s.end_char <= span.start_char)]
        )
        after_end = min([hi, *(s.start_char for s in scores if span.end_char <= s.start_char < hi)])
        before = text[before_start : span.start_char]
        after = text[span.end_char : after_end]
        reference = document_date(doc)
        leading = text[lo : span.start_char] if before_start == lo else ""
        own = self._own_date(after, leading, reference) or self._sentence_date(
            doc, span, scores, reference
        )
        if own is not None:
            return own, False
        procedure = source(doc).document.type is DocumentType.procedure_note
        if self.when["comparison_target"].search(before):
            before = ""  # "from 8/10 at intake to 5/10": the cues before are the 8's
        elif before_start > lo and (owned := self.when["past_after"].match(before)):
            before = before[owned.end() :]  # "7/10 initially and is 5/10": the 7's cue
        cues = [m.end() for m in self.when["past_reference"].finditer(before)]
        if not procedure:
            comparing = self.when["comparison_to"].match(after) is not None
            cues += [
                m.end()
                for m in self.when["past_comparison"].finditer(before)
                if comparing or not m.group(0).lower().startswith("from")
            ]
        present = [m.end() for m in self.when["present_cue"].finditer(before)]
        past = bool(cues) and max(cues) > max(present, default=-1)
        past = past or self.when["past_after"].match(after) is not None
        if not procedure and self.when["comparison_after"].match(after):
            past = True
        if not past:
            return fact_date(doc, span.start_char), False
        # "Initial pain 7/10", "7/10 at intake": the start of care the note states.
        if self.when["initial_cue"].search(f"{before} {after[:60]}"):
            start = self._care_start(doc, reference)
            if start is not None:
                return start, False
        return None, True

    def _sentence_date(
        self, doc: Doc, span: Span, scores: list[Span], reference: dt.date | None
    ) -> dt.date | None:
        """A labelled date opening the score's sentence and ending in ':' dates what the
        sentence reports ("Initial evaluation 10/14/2024: chief complaint ..., 8/10"),
        unless another score comes first."""
        text = text_of(doc)
        start = span.sent.start_char
        if any(start <= s.start_char < span.start_char for s in scores):
            return None
        head = text[start : span.start_char]
        for mention in find_dates(head, reference=reference):
            if not self.when["sentence_label"].match(head[: mention.start]):
                return None
            if not head[mention.end :].lstrip().startswith(":"):
                return None
            value = mention.value
            return value if reference is None or value <= reference else None
        return None

    def _care_start(self, doc: Doc, reference: dt.date | None) -> dt.date | None:
        """The start of care a therapy note states: a labelled date (dates of care, plan
        of care, SOC, initial evaluation) or its visit log's evaluation row."""
        text = text_of(doc)
        for line_start, line_end in _lines(text):
            line = text[line_start:line_end]
            label = self.when["care_start_label"].search(line)
            in_table = row_at(doc, line_start) is not None
            row = self.when["care_start_row"].search(line) if in_table else None
            if label is None and row is None:
                continue
            places = [line[label.end() :]] if label is not None else []
            if row is not None or (label is not None and in_table):
                places.append(line)  # "1 | 01/13/2025 | Initial eval": the row's date
            for place in places:
                found = [m for m in find_dates(place, reference=reference) if m.precision == "day"]
                if found and (reference is None or found[0].value <= reference):
                    return found[0].value
        return None

    def _score_clause(self, doc: Doc, span: Span) -> tuple[int, int]:
        """The clause a score is stated in: its table row, else its sentence cut at
        ';', ',', brackets and line breaks (a comma before a year does not cut)."""
        text = text_of(doc)
        in_row = row_at(doc, span.start_char)
        if in_row is not None:
            return in_row[1].start, in_row[1].end
        start, end = span.sent.start_char, span.sent.end_char
        breaks = self.when["clause_break"]
        cuts = [start + m.end() for m in breaks.finditer(text[start : span.start_char])]
        stops = [span.end_char + m.start() for m in breaks.finditer(text[span.end_char : end])]
        return max([start, *cuts]), min([end, *stops])

    def _own_date(self, after: str, leading: str, reference: dt.date | None) -> dt.date | None:
        """A date the clause gives the score itself: right after it ("on 06/02/2025", "at
        the first visit in 10/2024", "(06/02/2025)"), else opening the clause before it
        when no other score comes between ("On 07/15/2025 she rated it", "Initial
        evaluation 02/11/2025: pain", "06/02/2025 | 8/10"). Onsets ("since 01/2025") and
        dates after the document are never the score's."""
        found: list[dt.date] = []
        for mention in find_dates(after, reference=reference):
            prefix = after[: mention.start]
            if prefix.strip(" ,") and self.when["date_after"].match(prefix):
                found.append(mention.value)
            break
        for mention in find_dates(leading, reference=reference):
            prefix = leading[: mention.start]
            if self.when["date_before"].match(prefix) and not self.when["onset_cue"].search(prefix):
                found.append(mention.value)
            break
        return next((d for d in found if reference is None or d <= reference), None)

    # -------------------------------------------------------------- locations

    def _after_radiation_verb(self, doc: Doc, site: Span) -> bool:
        """Whether a radiation word before the site makes it the pain's path. The hip
        and groin are no radiation extent: pain reaching them ("radiates around her
        right hip", "goes into the groin") is pain there (CONVENTIONS)."""
        if site_anatomy(site) in _REACHED_PLACES:
            return False
        sentence = site.sent
        for verb in targets_in(doc, {"RADIATION", "RADICULAR"}, sentence.start, sentence.end):
            if verb.end <= site.start:
                between = doc[verb.end : site.start].text
                if not re.search(r"[;.]", between):
                    return True
        return False

    def _pain_near(self, doc: Doc, site: Span) -> Span | None:
        """The pain word the site describes: near it in its sentence, with only place words,
        sides and other sites between ("right SI joint pain", "pain over the left PSIS",
        "buttock, which he localizes"), never across a table cell."""
        sentence = site.sent
        lo = max(sentence.start, site.start - _PAIN_WINDOW)
        hi = min(sentence.end, site.end + _PAIN_WINDOW)
        findings = targets_in(doc, {"TENDER", "NONTENDER"}, max(0, lo - 3), hi)
        best = None
        for token in doc[lo:hi]:
            if site.start <= token.i < site.end or not self.pain_word.fullmatch(token.text):
                continue
            if token.lower_ in {"symptom", "symptoms"}:
                continue
            if any(f.start <= token.i < f.end for f in findings):
                continue  # "SI joint point tenderness", "pain with palpation": an exam finding
            if self.institution.match(text_of(doc), token.idx + len(token.text)):
                continue  # "Spine Pain Center", "Back Pain Clinic": a practice's name
            if token.i < site.start:
                gap = (token.idx + len(token.text), site.start_char)
            else:
                gap = (site.end_char, token.idx)
            if not self._linkable(doc, gap[0], gap[1]):
                continue
            distance = abs(token.i - site.start)
            if best is None or distance < best[0]:
                best = (distance, token.i)
        return doc[best[1] : best[1] + 1] if best else None

    def _location_label(self, doc: Doc, site: Span) -> Span | None:
        """The field label a site is the value of ("Location: right SI joint / upper
        buttock", "Pain location | L PSIS"): the label stands for the pain word. A bare
        "Location:" in a procedure note or imaging report is where the needle went or
        the study was done, so there the label must name pain."""
        line_start, _end = line_bounds(text_of(doc), site.start_char)
        label = self.location_label.match(text_of(doc), line_start, site.start_char)
        if label is None:
            return None
        procedural = source(doc).document.type in _PROCEDURAL_DOCUMENTS
        if procedural and not self.pain_word.search(label.group("word")):
            return None
        if not self._linkable(doc, label.end(), site.start_char):
            return None
        return doc.char_span(label.start("word"), label.end("word"), alignment_mode="expand")

    def _linkable(self, doc: Doc, start: int, end: int) -> bool:
        text = text_of(doc)[start:end]
        for other in reversed(targets_in_chars(doc, "SITE", start, end)):
            if other.end_char <= end:
                a, b = other.start_char - start, other.end_char - start
                text = text[:a] + " SITE " + text[b:]
        if text.strip() == "&":
            return False  # "Spine & Pain", "Pain & Spine": a practice's name
        return "|" not in text and self.location_filler.match(text) is not None

    def _located(self, doc: Doc) -> list[tuple[Span, Span]]:
        """Each site a pain word places pain at, with that word."""
        sites = list(targets(doc, "SITE"))
        found: list[tuple[Span, Span]] = []  # (site, its pain word)
        for site in sites:
            following = text_of(doc)[site.end_char : site.end_char + 40]
            if rule_attribute(site, "points_to_pain", False):
                # "Fortin finger sign positive": the patient points to where it hurts
                if not (_negated(site) or self.pointer_negative.match(following)):
                    found.append((site, site))
                continue
            if rule_attribute(site, "is_pain", False):
                # "tension headaches", "thoracalgia": the word is the pain and its place
                if not is_risk_list(site):
                    found.append((site, site))
                continue
            if self.not_a_location.match(following) or self._back_as_returned(doc, site):
                continue
            pain = self._pain_near(doc, site)
            if pain is None and found:
                pain = self._listed_after(doc, found[-1], site)
            if pain is None:
                pain = self._location_label(doc, site)
            if pain is None and site_anatomy(site) in _REACHED_PLACES:
                pain = self._reaching(doc, site)  # "back pain that travels around her hip"
            if pain is None or self._after_radiation_verb(doc, site):
                continue
            if self.attribution.search(site.sent.text):
                continue  # "the pain generator is more likely the hip": a diagnosis
            if pain.start > site.start and self._narrowed(doc, pain):
                continue  # "back pain (right buttock)": the brackets say where
            found.append((site, pain))
        return found

    def _reaching(self, doc: Doc, site: Span) -> Span | None:
        """The radiation word whose path ends at the site, in its clause."""
        sentence = site.sent
        verbs = targets_in(doc, "RADIATION", sentence.start, site.start)
        for verb in reversed(verbs):
            if not re.search(r"[;.]", doc[verb.end : site.start].text):
                return verb
        return None

    def _back_as_returned(self, doc: Doc, site: Span) -> bool:
        """'Pain is back', 'pain came back', 'back to VAS 70': the adverb, not the back."""
        if site.text.lower() != "back":
            return False
        text = text_of(doc)
        before = text[site.sent.start_char : site.start_char]
        return bool(
            self.back_returned.search(before) or self.back_returned_after.match(text, site.end_char)
        )

    def _narrowed(self, doc: Doc, pain: Span) -> bool:
        """Whether a bracket right after the pain word names the site it is at."""
        match = re.match(r"\s*\(([^()]{1,40})\)", text_of(doc)[pain.end_char : pain.end_char + 45])
        if match is None:
            return False
        start = pain.end_char + match.start(1)
        return bool(targets_in_chars(doc, "SITE", start, pain.end_char + match.end(1)))

    def _locations(self, doc: Doc, found: list[tuple[Span, Span]]) -> list[PainLocation]:
        sides = self._sides(doc, found)
        contexts = [self._location_context(doc, site) for site, _pain in found]
        sided = {
            (_place(site), fact_date(doc, site.start_char), context)
            for (site, _pain), side, context in zip(found, sides, contexts, strict=True)
            if side is not None
        }
        both = {
            (_place(site), fact_date(doc, site.start_char), context)
            for (site, _pain), side, context in zip(found, sides, contexts, strict=True)
            if side == "bilateral"
        }
        facts = []
        for (site, pain), side, context in zip(found, sides, contexts, strict=True):
            key = (_place(site), fact_date(doc, site.start_char), context)
            if side is None and key in sided:
                continue  # "her SI joint pain" after "right SI joint pain": the same place
            if side in ("left", "right") and key in both:
                continue  # "right hip pain" of a note's "bilateral hip pain": one pain
            anatomy = site_anatomy(site)
            start = min(site.start_char, pain.start_char)
            end = max(site.end_char, pain.end_char)
            facts.append(
                PainLocation(
                    site=_PAIN_LOCATION_SITES.get(anatomy, "other"),
                    side=side,
                    date=fact_date(doc, site.start_char),
                    context=context,
                    evidence=(evidence_for(doc, start, end, rule_id(site)),),
                )
            )
        return facts

    def _location_context(self, doc: Doc, site: Span) -> Context:
        """A pain location's context; one stated in a goal list is hoped for, one in a
        warning ("seek medical attention for chest pain") or a set-aside impression ("was
        thought initially to have low back pain") is not had."""
        context = _complaint_context(site, context_of(site))
        before = text_of(doc)[site.sent.start_char : site.start_char].rsplit(";", 1)[-1]
        if self.ratings.in_goals(text_of(doc), site.start_char) or self.not_had.search(before):
            # a goal, a warning sign to call about, an impression later set aside
            return context.model_copy(update={"hypothetical": True})
        if self.treated_for.search(before):
            # "underwent a decompression in 2019 for back and leg pain": the reason then
            return context.model_copy(update={"historical": True})
        return context

    def _sides(self, doc: Doc, found: list[tuple[Span, Span]]) -> list[str | None]:
        """A site's side: beside it, else beside its pain word ("right-sided posterior
        pelvic pain over the SI joint"), else shared by the sites of the same pain word.
        A side written before a site reaches the sites listed after it, not those
        before ("low back and right buttock pain": the low back has no side)."""
        sides: list[str | None] = []
        leading: list[bool] = []
        sharing: dict[tuple[int, int], list[int]] = {}  # pain word -> its sites' indexes
        for index, (site, pain) in enumerate(found):
            side, before = _own_side(site)
            if side is None and pain is site and rule_attribute(site, "points_to_pain", False):
                # "Fortin finger sign positive on the right"
                side = side_in(
                    re.split(r"[,;.]", text_of(doc)[site.end_char : site.sent.end_char])[0]
                )
            if side is None and pain.start < site.start:
                side = side_beside(pain, before=5, after=0)
            elif side is None:
                side = _side_after(pain)  # "SI joint pain on the right"
            if side is None and pain is not site:
                side = self._trailing_side(doc, site if site.start > pain.start else pain)
            sides.append(side)
            leading.append(before)
            sharing.setdefault((pain.start, pain.end), []).append(index)
        for i, (site, pain) in enumerate(found):
            if sides[i] is None and site_anatomy(site) == "lumbar":
                sides[i] = written_side(site)  # "Left knee and low back pain": the back is midline
                continue
            if sides[i] is None:
                same = {
                    sides[j] for j in sharing[(pain.start, pain.end)] if j < i or not leading[j]
                } - {None}
                if len(same) == 1:
                    sides[i] = same.pop()
            if sides[i] is None and i > 0:
                earlier = found[i - 1][0]
                between = text_of(doc)[earlier.end_char : site.start_char]
                if earlier.sent.start == site.sent.start and _SITE_LIST.fullmatch(between):
                    sides[i] = sides[i - 1]  # "the sacral sulcus and upper buttock"
            if sides[i] is None:
                sides[i] = written_side(site)  # "pain in both knees", "RLE pain"
        return sides

    def _trailing_side(self, doc: Doc, span: Span) -> str | None:
        """'pain in his low back, worse on the left', 'back pain referring into the left
        side': a side phrase later in the clause, before any other site, is the pain's."""
        text = text_of(doc)
        end = re.search(r"[;.(]|\n\s*\n", text[span.end_char : span.sent.end_char])
        stop = span.end_char + end.start() if end else span.sent.end_char
        sites = targets_in_chars(doc, "SITE", span.end_char, stop)
        if sites:
            stop = sites[0].start_char  # not another site's side
        match = self.trailing_side.search(text, span.end_char, stop)
        if match is None:
            return None
        path = targets_in_chars(doc, "RADIATION", span.end_char, match.start())
        if sites and (path or not text[match.end() : stop].strip()):
            return None  # "radiating into the left leg", "in the left arm": not the pain's side
        return side_in(next(g for g in match.groups() if g))

    def _listed_after(self, doc: Doc, previous: tuple[Span, Span], site: Span) -> Span | None:
        """'pain in the left buttock and over the left PSIS': a site listed after a pain
        location shares its pain word."""
        earlier, pain = previous
        if earlier.sent.start != site.sent.start or earlier.end > site.start:
            return None
        between = text_of(doc)[earlier.end_char : site.start_char]
        return pain if _SITE_LIST.fullmatch(between) else None

    # -------------------------------------------------------------- radiation

    def _extent(self, doc: Doc, span: Span) -> tuple[str | None, int]:
        """The farthest extent named after a radiation word, before any negation cue;
        a leg or lower extremity named without a level ("down the leg", "into both
        lower extremities") is radicular (CONVENTIONS)."""
        sentence_end = span.sent.end_char
        tail = text_of(doc)[span.end_char : sentence_end]
        stop = self.radiation_stop.search(tail)
        if stop:
            tail = tail[: stop.start()]
        found: str | None = None
        end = span.end_char
        for name in _EXTENT_ORDER:
            for match in self.extent[name].finditer(tail):
                found = name
                end = max(end, span.end_char + match.end())
        if found is None:
            for match in self.leg_unleveled.finditer(tail):
                found = "radicular"
                end = max(end, span.end_char + match.end())
        return found, end

    def _resolved_since(self, doc: Doc, span: Span) -> bool:
        """'... radiation into both legs, but that this has now resolved', 'no longer
        radiates to the foot': said to be over."""
        text = text_of(doc)
        clauses = text[span.end_char : span.sent.end_char].split(";")
        # "...sciatica ...; per pt that leg pain went away": a clause that refers back
        # to the radiating pain may say it is over; another clause is another matter.
        said = [clauses[0]] + [c for c in clauses[1:2] if self.back_reference.search(c)]
        lead = text[span.sent.start_char : span.start_char]
        return bool(
            any(self.resolved_after.search(c) for c in said) or self.past_before.search(lead)
        )

    def _answer(self, doc: Doc, span: Span) -> tuple[str | None, int]:
        """A radiation word inside a question ("Does the pain go down your leg?") is
        no statement: 'yes' or 'no' when the answer beside it on its line is ticked or
        written, 'open' when unanswered; None when not a question. Also where the
        question and its answer end."""
        text = text_of(doc)
        line_end = text.find("\n", span.end_char)
        question = self.question_end.search(
            text[span.end_char : len(text) if line_end < 0 else line_end]
        )
        if question is None:
            return None, span.end_char
        answer = question["answer"]
        end = span.end_char + question.end()
        yes, no = self.answer_yes.search(answer), self.answer_no.search(answer)
        if no and not yes:
            return "no", end
        return ("yes" if yes else "open"), end  # both ticked: the radiation stays on record

    def _limit(self, doc: Doc, span: Span) -> tuple[str, int] | None:
        """A denied radiation past a boundary ("no radiation below the buttock", "does not
        go past the knee"): the extent the pain may still reach ('none' when the
        boundary is the buttock or above, or when the denial also lists the thigh or
        the leg; 'thigh' at the knee) and where the words end; None when no boundary
        is named. Only 'none' makes a fact: a farther bound asserts nothing."""
        text = text_of(doc)
        tail = re.split(r"[;.]", text[span.start_char : span.sent.end_char])[0]
        match = self.radiation_limit.search(tail)
        if match is None:
            return None
        part = match.group("part").lower()
        end = span.start_char + match.end()
        if self.limit_proximal.match(part):
            return "none", end
        listed = tail[: match.start()]
        if self.extent["thigh"].search(listed) or self.leg_unleveled.search(listed):
            # "denies radiation into the groin, posterior thigh or below the knee": a
            # list of denied places, the thigh among them, not a limit at the knee
            return "none", end
        if self.limit_thigh.match(part):
            return "thigh", end
        if self.extent["below_knee"].search(part):
            return "below_knee", end
        return None

    def _radiation(self, doc: Doc) -> list[PainRadiation]:
        facts: list[PainRadiation] = []
        if source(doc).document.type is DocumentType.medication_list:
            return facts  # 'gabapentin ... d/c 2019 (sciatica)': a drug's indication
        for span in targets(doc, {"RADIATION_NONE", "RADIATION", "RADICULAR", "NOT_RADICULAR"}):
            if span.label_ == "NOT_RADICULAR":
                continue  # "non-dermatomal numbness", "no dermatomal sensory loss"
            if span.label_ == "RADICULAR" and targets_in(doc, "SITE", span.start, span.end):
                continue  # "sciatic notch", "sciatic nerve": a place, not sciatica
            before = text_of(doc)[span.sent.start_char : span.start_char]
            if rule_attribute(span, "needs_pain", False) and (
                not self.pain_word.search(before) or self.sensory_word.search(before)
            ):
                continue  # "goes to the foot clinic", "sensory loss in the L5 distribution"
            answer, answer_end = self._answer(doc, span)
            if answer == "open":
                continue  # an unanswered intake question states nothing
            date = fact_date(doc, span.start_char)
            _negated, context = value_context(span)
            denied = self.denied_before.search(
                text_of(doc)[max(0, span.start_char - 16) : span.start_char]
            )
            # "without long-term relief of his radicular symptoms" denies the relief
            gaps = [gap for gap in negation_gaps(span) if not self.denied_other.search(gap)]
            negated = bool(gaps) or denied is not None or answer == "no"
            affirmed = span.label_ != "RADIATION_NONE" and not negated
            if affirmed and self._resolved_since(doc, span):
                # only radiation can be over: "non-radiating; the leg pain went away" and
                # "denies sciatica, which resolved" stay current statements
                context = context.model_copy(update={"historical": True})
            elif not affirmed and context.historical and dated_history_only(span):
                # "had R sciatica in 2021 that resolved": its year dates the episode, and
                # the statement that it is over is a current one of no radiation
                context = context.model_copy(update={"historical": False})
            rule = rule_id(span)
            maneuver = self.exam_maneuver.search(span.sent.text) is not None
            if span.label_ == "RADIATION_NONE":
                if maneuver:
                    continue  # "SLR produces axial back pain": an exam result, not the history
                facts.append(
                    PainRadiation(
                        radiating=False,
                        extent="none",
                        date=date,
                        context=context,
                        evidence=(span_evidence(span),),
                    )
                )
                continue
            if span.label_ == "RADICULAR":
                extent, end = "radicular", span.end_char
            else:
                extent, end = self._extent(doc, span)
            if negated:
                limit = self._limit(doc, span) if span.label_ == "RADIATION" else None
                if limit is not None and limit[0] != "none":
                    # "denies radiation below the knee": a denial with a distal bound
                    # says nothing of the thigh either way; only an affirmed statement
                    # ("radiates to the posterior thigh") makes the pain radiate there.
                    continue
                if maneuver:
                    continue  # "no radicular symptoms on straight leg raise": an exam result
                start = min([span.start_char, *(m.start_char for m in _negators(span))])
                stop = max(span.end_char, limit[1] if limit else span.end_char)
                if answer == "no":
                    stop = len(text_of(doc)[:answer_end].rstrip())
                facts.append(
                    PainRadiation(
                        radiating=False,
                        extent="none",
                        date=date,
                        context=context,
                        evidence=(evidence_for(doc, start, stop, rule),),
                    )
                )
                continue
            if extent is None:
                continue
            facts.append(
                PainRadiation(
                    radiating=True,
                    extent=extent,
                    date=date,
                    context=context,
                    evidence=(evidence_for(doc, span.start_char, end, rule),),
                )
            )
        return facts


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line."""
    found, offset = [], 0
    for line in text.split("\n"):
        found.append((offset, offset + len(line)))
        offset += len(line) + 1
    return found


def _own_side(site: Span, before: int = 4, after: int = 3) -> tuple[str | None, bool]:
    """A side word within a few tokens of a site, inside its sentence, and whether it
    is written before the site. A side word just before the next site is that site's
    ("low back and right buttock pain": the right is the buttock's)."""
    doc = site.doc
    first = max(site.sent.start, site.start - before)
    for other in targets_in(doc, "SITE", first, site.start):
        first = max(first, other.end)  # "Right knee and low back pain": the knee's side
    left = side_in(doc[first : site.start].text)
    if left is not None:
        return left, True
    return _side_after(site, after), False


def _side_after(span: Span, after: int = 3) -> str | None:
    """A side word within a few tokens after a span, in its sentence, before the next
    site (within or just past those tokens) and the side words written for it."""
    doc = span.doc
    stop = min(span.sent.end, span.end + after)
    following = [other.start for other in targets_in(doc, "SITE", span.end, stop + 2)]
    if following:
        stop = min(following)
        while stop > span.end and doc[stop - 1].lower_ in _SIDE_TRAIL:
            stop -= 1
    return side_in(doc[span.end : stop].text)


def _score_site(site: Span, back_complaint: bool) -> str:
    """A score's site from the site of the pain it rates."""
    if site_anatomy(site) != "other":
        return "sij"
    if rule_attribute(site, "region") == "leg" and back_complaint:
        return "sij"
    return "other"


def _place(site: Span) -> str:
    """Which place a site names, for telling a repeat from another place: its anatomy,
    and for 'other' sites the body part (neck pain and knee pain are two places; the
    tibial plateau is the knee's)."""
    anatomy = site_anatomy(site)
    if anatomy != "other":
        return anatomy
    return str(rule_attribute(site, "region", "") or site.text.lower().rstrip("s"))


def _negated(site: Span) -> bool:
    return bool(getattr(site._, "is_negated", False))


def _complaint_context(span: Span, context: Context) -> Context:
    """A pain mention's context, not made hypothetical by a referral it is the reason
    for ("Referred for right SIJ pain", "referral to PT for L buttock pain")."""
    if not context.hypothetical:
        return context
    for modifier in getattr(span._, "modifiers", ()):
        rule = (modifier.rule.metadata or {}).get("rule_id", "")
        planned = modifier.category in {"HYPOTHETICAL", "PLANNED", "POSSIBLE_EXISTENCE"}
        if planned and rule not in _REASON_RULES:
            return context
    return context.model_copy(update={"hypothetical": False})


def _negators(span: Span) -> list[Span]:
    """The ConText modifiers that negated a span, as spans (to cite 'does not radiate')."""
    out = []
    for modifier in getattr(span._, "modifiers", ()):
        if modifier.category == "NEGATED_EXISTENCE":
            start, end = modifier.modifier_span
            out.append(span.doc[start:end])
    return out


@Language.factory("authreview_pain")
def make_component(nlp: Language, name: str) -> PainExtractor:
    """Pain scores, locations and radiation, per docs/facts.md."""
    return PainExtractor(load_family_rules("pain"))
