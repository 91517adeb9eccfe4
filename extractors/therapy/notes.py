"""A therapy note as a course of therapy: its dates of care, its start and end of
care, or the note itself; and a therapist's own evaluation whose type was not
recognised."""

import datetime as dt
import itertools
import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from extractors.base import (
    RuleReader,
    dates_in,
    document_of,
    evidence_for,
    finditer_all,
    is_table_row,
    line_bounds,
    lines,
    search_any,
    spans_of,
    text_of,
    unique_evidence,
)
from extractors.rules import FamilyRules
from extractors.tables import Row, row_at, tables
from extractors.therapy.common import (
    CATEGORIES,
    DOCUMENT_RULE,
    row_below,
)
from extractors.therapy.dates import TherapyDates
from pipeline.dates import DateMention
from pipeline.models import TherapyEpisode

ACTIVE_COURSES = ("chiropractic", "physical_therapy", "occupational_therapy")
"""The therapies a ledger of visits is a course of (a home program has no visits)."""
LEDGER_MIN_VISITS = 3
"""A ledger dates a course from at least this many visits of the therapy."""
_OCR_SPECKS = re.compile(r"^[\s|/\\'\";:,.`~_\u2018\u2019\u201c\u201d-]*")
"""What a faxed log's scan may print before a row's date ('/ 11/03/2025', "' 10/20/2025")."""
_WORDS = re.compile(r"[A-Za-z0-9]")
HEADING_LINES_BACK = 4
"""How many lines above a labelled dates-of-care line the heading naming its therapy
may stand ('RIDGELINE PHYSICAL THERAPY - Discharge Summary' / 'Patient: ...' /
'Dates of care: ...')."""
_VISIT_RUNS = "authreview_therapy_visit_runs"
LEDGER_RULE = "therapy.ledger"
"""Evidence rule of a course read from a ledger's first and last visit rows."""


class TherapyNotes(RuleReader):
    """The course a therapy note (or a therapist's evaluation) is evidence of."""

    def __init__(self, rules: FamilyRules, dates: TherapyDates) -> None:
        super().__init__(rules)
        self.dates = dates

    def note_episode(self, doc: Doc, reference: dt.date | None) -> list[TherapyEpisode]:
        """A therapy note is itself a course of therapy: its dates of care (a labelled
        range, else a range of care in its prose: 'treated ... from 05/12 through
        08/29'), else from its start of care (initial evaluation, SOC, first visit) or
        first logged visit to its discharge or last logged visit, else to the note
        date. Birth dates and the note's own furniture dates never count."""
        document = document_of(doc)
        title_line = _title_line(text_of(doc), document.title)
        first_line = text_of(doc)[title_line[0] : title_line[1]] if title_line else ""
        title = f"{document.title} {first_line}".lower()
        modality = (
            "occupational_therapy"
            if "occupational" in title
            else "chiropractic"
            if "chiropract" in title
            else "physical_therapy"
        )
        found = self._care_range(doc, reference)
        if found is None:
            found = self._care_bounds(doc, reference)
        if found is None and reference is not None and title_line is not None:
            # The note itself is the evidence: cite its first written line (its title),
            # never a range of blanked running headers.
            found = (reference, reference, title_line)
        if found is None:
            return self._undated_note_episode(doc, modality)
        start, end, cite = found
        end = self._no_later_than_written(doc, reference, start, end)
        evidence = evidence_for(doc, cite[0], cite[1], DOCUMENT_RULE)
        return [
            TherapyEpisode(modality=modality, start=start, end=end, evidence=(evidence,))  # type: ignore[arg-type]
        ]

    def labelled_courses(
        self, doc: Doc, reference: dt.date | None, modality: str | None
    ) -> list[TherapyEpisode]:
        """Every labelled dates-of-care range of a therapy record ('Dates of care: A to
        B', 'Episode: A - B', 'Episode 2 - Treatment dates: A - B'), one course each: a
        record of two episodes gives both. In a therapy note they are the note's own
        therapy (``modality``); in a document of another type (a therapy record bound
        into a clinic's pages) they count only under a heading naming an active therapy
        a few lines above. A plan of care's dates carry no such label, and a range
        ending after the document's date is a plan, not care given."""
        text = text_of(doc)
        every = list(lines(text))
        mentions = [m for m in spans_of(doc, CATEGORIES) if self._modality_of(m) in ACTIVE_COURSES]
        found: list[TherapyEpisode] = []
        for index, (a, b) in enumerate(every):
            if not search_any(self.p["care_dates_label"], text[a:b]):
                continue
            pairs = self._ranges(doc, a, b, reference)
            if not pairs:
                continue
            first, last = pairs[0]
            if reference is not None and last.value > reference:
                continue
            named = modality or self._heading_modality(every, index, mentions)
            if named is None:
                continue
            evidence = evidence_for(doc, a, b, DOCUMENT_RULE)
            found.append(
                TherapyEpisode(
                    modality=named,  # type: ignore[arg-type]
                    start=first.value,
                    end=last.last_day,
                    evidence=(evidence,),
                )
            )
        return found

    def _heading_modality(
        self, every: list[tuple[int, int]], index: int, mentions: list[Span]
    ) -> str | None:
        """The active therapy named nearest above (or on) a labelled line, within
        ``HEADING_LINES_BACK`` lines: the heading the record's dates stand under."""
        for a, b in reversed(every[max(0, index - HEADING_LINES_BACK) : index + 1]):
            named = [m for m in mentions if a <= m.start_char < b]
            if named:
                return self._modality_of(named[0])
        return None

    def home_program_of_note(self, doc: Doc, episode: TherapyEpisode) -> TherapyEpisode:
        """A dated home program in a therapist's own record takes its prescription and
        follow-up from the record as a whole: the therapist wrote the program ('HEP
        prescription (03/03/2025): bird-dog, ...', 'Prescription: core stab., ...') and
        followed it up in the same record ('video f/u', 'Discharge check-in: completed
        program') though not in the sentence naming it. A flag the mention's own words
        set, or a 'not reviewed' anywhere, stays as it is."""
        if (
            episode.modality != "home_exercise"
            or episode.start is None
            or episode.end is None
            or not episode.context.is_current_affirmed
        ):
            return episode
        text = text_of(doc)
        update: dict[str, bool] = {}
        if episode.hep_prescribed is None and search_any(self.p["note_hep_prescription"], text):
            update["hep_prescribed"] = True
        if (
            episode.hep_followup is None
            and search_any(self.p["note_hep_followup"], text)
            and not search_any(self.p["hep_followup_no"], text)
        ):
            update["hep_followup"] = True
        return episode.model_copy(update=update) if update else episode

    def evaluation_episode(self, doc: Doc, reference: dt.date | None) -> list[TherapyEpisode]:
        """A therapist's own evaluation whose document type was not recognised (its title
        only in the running header): goals headings ('SHORT-TERM GOALS', 'LTG') with a
        plan of care, a frequency or a rehab potential mark the note as the therapist's,
        so the note is an encounter of the therapy it was referred to (physical therapy
        unless occupational therapy is named): on the note's date, else undated. A
        physician's plan ('Refer to PT ...; Goals: ...') has no goals heading of that
        kind."""
        text = text_of(doc)
        goals = [
            m for a, b in lines(text) for m in finditer_all(self.p["evaluation_goals"], text[a:b])
        ]
        plan = [
            m for a, b in lines(text) for m in finditer_all(self.p["evaluation_plan"], text[a:b])
        ]
        if not goals or not plan:
            return []
        referral = search_any(self.p["evaluation_referral"], text)
        named = referral.group("therapy").lower() if referral is not None else ""
        modality = (
            "occupational_therapy"
            if named in ("ot", "occupational therapy")
            else "physical_therapy"
        )
        cite = (referral.start(), referral.end()) if referral is not None else None
        if cite is None:
            first = next(iter(lines(text)), None)
            if first is None:
                return []
            cite = first
        evidence = evidence_for(doc, cite[0], cite[1], DOCUMENT_RULE)
        return [
            TherapyEpisode(
                modality=modality,  # type: ignore[arg-type]
                start=reference,
                end=reference,
                evidence=(evidence,),
            )
        ]

    def ledger_episodes(self, doc: Doc, reference: dt.date | None) -> list[TherapyEpisode]:
        """A ledger or visit log of any document (a billing ledger, a superbill, a
        flowsheet: one row per visit with its date and its service, 'PT | 03/04/2025 |
        97110 ther ex', '04/14/2025 | 98940 CMT', in any column order) is a course of
        the therapy its rows name, by word or by CPT code, from the first to the last
        visit. A row dates one visit: a row holding a range or two dates is a course
        table's (``TherapyDates.table_interval``), never a visit."""
        text = text_of(doc)
        mentions = [m for m in spans_of(doc, CATEGORIES) if self._modality_of(m) in ACTIVE_COURSES]
        found: list[TherapyEpisode] = []
        for table in tables(doc):
            if not table.separated:
                continue
            visits: dict[str, list[tuple[DateMention, Row]]] = {}
            for row in table.rows:
                days = [
                    m
                    for m in dates_in(doc, row.start, row.end, None)
                    if not self.dates.not_a_care_date(doc, m)
                ]
                if len(days) != 1 or days[0].precision != "day" or days[0].relative:
                    continue
                if days[0].is_range_start or days[0].is_range_end:
                    continue
                modality = self._ledger_modality(text[row.start : row.end], row, mentions)
                if modality is not None:
                    visits.setdefault(modality, []).append((days[0], row))
            for modality, rows in visits.items():
                if len(rows) < LEDGER_MIN_VISITS:
                    continue
                course = _visits_course(
                    doc, modality, [(day, row.start, row.end) for day, row in rows], reference
                )
                if course is not None:
                    found.append(course)
        return found + self._unruled_ledger_episodes(doc, reference)

    def _unruled_ledger_episodes(self, doc: Doc, reference: dt.date | None) -> list[TherapyEpisode]:
        """A visit log printed or faxed without cell rules ('Date  Visit  Pain
        Treatment' over '10/06/2025 1 6/10 TherEx ...', or 'Visit Date ...' over '1
        11/12/2025 ...'): its lines are one therapy's visits when their service words
        name that therapy only (at least ``LEDGER_MIN_VISITS`` lines; a therapy's bare
        name is no service, an office visit log names PT as a plan). The course runs
        from the first to the last visit line."""
        text = text_of(doc)
        found: list[TherapyEpisode] = []
        for run in self._visit_runs(doc):
            if any(is_table_row(text[a:b]) for a, b in run):
                continue  # a ruled log is read by its cells
            days: list[tuple[DateMention, int, int]] = []
            named: dict[str, int] = {}
            for a, b in run:
                opening = self._opening_day(doc, a, b)
                if opening is None:
                    continue
                days.append((opening, a, b))
                for modality in ACTIVE_COURSES:
                    if search_any(self.p[f"ledger_service_{modality}"], text[a:b]):
                        named[modality] = named.get(modality, 0) + 1
            if len(named) != 1 or len(days) < LEDGER_MIN_VISITS:
                continue
            modality, count = next(iter(named.items()))
            if count < LEDGER_MIN_VISITS:
                continue
            course = _visits_course(doc, modality, days, reference)
            if course is not None:
                found.append(course)
        return found

    def _opening_day(self, doc: Doc, a: int, b: int) -> DateMention | None:
        """The day date a visit line opens with (after a visit number, if any)."""
        first = next(iter(dates_in(doc, a, b, None)), None)
        if first is None or first.precision != "day" or first.relative:
            return None
        return None if self.dates.not_a_care_date(doc, first) else first

    def _ledger_modality(self, row_text: str, row: Row, mentions: list[Span]) -> str | None:
        """The therapy a ledger row names: a therapy's name in it, else its service
        words or CPT code (``ledger_service_<modality>``)."""
        named = [m for m in mentions if row.start <= m.start_char < row.end]
        if named:
            return self._modality_of(named[0])
        for modality in ACTIVE_COURSES:
            if search_any(self.p[f"ledger_service_{modality}"], row_text):
                return modality
        return None

    def _modality_of(self, span: Span) -> str:
        return str(self.index.attribute(span, "modality", "medication_other"))

    def _undated_note_episode(self, doc: Doc, modality: str) -> list[TherapyEpisode]:
        """A therapy note with no date of its own or of care is still a course of that
        therapy, undated (citing its first written line)."""
        first = next(iter(lines(text_of(doc))), None)
        if first is None:
            return []
        evidence = evidence_for(doc, first[0], first[1], DOCUMENT_RULE)
        return [TherapyEpisode(modality=modality, evidence=(evidence,))]  # type: ignore[arg-type]

    def _ranges(
        self, doc: Doc, start: int, end: int, reference: dt.date | None
    ) -> list[tuple[DateMention, DateMention]]:
        found = [
            m
            for m in dates_in(doc, start, end, reference)
            if not self.dates.not_a_care_date(doc, m)
        ]
        text = text_of(doc)
        return [
            (a, b)
            for a, b in itertools.pairwise(found)
            if (a.is_range_start and b.is_range_end)
            or (
                a.value <= b.value
                and search_any(self.p["range_gap_over_a_break"], text[a.end : b.start])
            )
        ]

    def _care_range(
        self, doc: Doc, reference: dt.date | None
    ) -> tuple[dt.date, dt.date, tuple[int, int]] | None:
        """The note's labelled dates of care ('Dates of care: A - B'), else a range in
        a sentence about the care itself ('treated ... from 05/12 through 08/29') that
        names no therapy (a named one is its own mention) and no earlier course."""
        text = text_of(doc)
        for l_start, l_end in lines(text):
            if not search_any(self.p["pt_period"], text[l_start:l_end]):
                continue
            pairs = self._ranges(doc, l_start, l_end, reference)
            if pairs:
                return pairs[0][0].value, pairs[0][1].last_day, (l_start, l_end)
        mentions = spans_of(doc, CATEGORIES)
        sents = [(sent.start_char, sent.end_char) for sent in doc.sents]
        for index, (a, b) in enumerate(sents):
            if is_table_row(text[a:b]) or any(a <= m.start_char < b for m in mentions):
                continue
            pairs = self._ranges(doc, a, b, reference) or self._range_over_a_break(
                doc, sents, index, mentions, reference
            )
            for first, last in pairs:
                before = text[a : first.start]
                if (
                    search_any(self.p["care_range_cue"], before)
                    and not search_any(self.p["plan"], before)
                    and not search_any(self.p["prior_care"], before)
                    and (reference is None or last.value <= reference)
                ):
                    return first.value, last.last_day, (first.start, last.end)
        return None

    def _range_over_a_break(
        self,
        doc: Doc,
        sents: list[tuple[int, int]],
        index: int,
        mentions: list[Span],
        reference: dt.date | None,
    ) -> list[tuple[DateMention, DateMention]]:
        """A range of care cut in two at a line break ('... from 07/07/2025 to' / a
        scan's stray mark / '10/24/2025, 22 visits.'): the sentence ends on a date and a
        range connector, and the next sentence with words opens on a date (after any
        specks), naming no therapy either. The two dates are the range."""
        a, b = sents[index]
        text = text_of(doc)
        found = dates_in(doc, a, b, reference)
        if not found or not search_any(self.p["range_connector_at_end"], text[found[-1].end : b]):
            return []
        for c, d in sents[index + 1 : index + 4]:
            lead = _OCR_SPECKS.match(text[c:d])
            speck_end = c + (lead.end() if lead is not None else 0)
            if speck_end >= d:
                continue  # a line of specks only: the scan's, not the writer's
            if any(c <= m.start_char < d for m in mentions):
                return []
            after = [m for m in dates_in(doc, c, d, reference) if m.precision == "day"]
            if not after or after[0].start != speck_end or after[0].value < found[-1].value:
                return []
            return [(replace(found[-1], is_range_start=True), replace(after[0], is_range_end=True))]
        return []

    def _care_bounds(
        self, doc: Doc, reference: dt.date | None
    ) -> tuple[dt.date, dt.date, tuple[int, int]] | None:
        """Start of care (initial evaluation, SOC, first logged visit) to discharge or
        the last logged visit (a log of periods ends with its last period's end);
        without an end, to the note date."""
        text = text_of(doc)
        starts: list[tuple[dt.date, int, int]] = []
        ends: list[tuple[dt.date, int, int]] = []
        visits = [(row.start, row.end) for row in self._visit_rows(doc)]
        for a, b in visits or self._visit_lines(doc):
            found = [
                m
                for m in dates_in(doc, a, b, None)
                if m.precision == "day" and not self.dates.not_a_care_date(doc, m)
            ]
            if found:
                starts.append((found[0].value, a, b))
                ends.append((_row_end(found).value, a, b))
        if len(starts) < 2:
            starts, ends = [], []
        # A labelled date up to the day the therapist signed is care given, not a plan:
        # a summary dated by its first appointment still ends at its last one.
        signature = self._signed(doc, None)
        limit = reference
        if limit is not None and signature is not None:
            limit = max(limit, signature[0])
        for name, into in (("initial_eval", starts), ("note_end_label", ends)):
            for match in finditer_all(self.p[name], text):
                labelled = self._labelled_date(doc, match.start(), match.end())
                if labelled is not None and (limit is None or labelled.value <= limit):
                    into.append((labelled.value, match.start(), labelled.end))
        if not starts:
            return None
        signed = self._signed(doc, reference) if not ends else None
        if signed is not None:
            ends.append(signed)
        first = min(starts)
        last = max(ends) if ends else None
        end = last[0] if last is not None and last[0] >= first[0] else reference
        if end is None or end < first[0]:
            return None
        cite_end = last[2] if last is not None and end == last[0] else first[2]
        cite = (min(first[1], cite_end), max(first[2], cite_end))
        return first[0], end, cite

    def _no_later_than_written(
        self, doc: Doc, reference: dt.date | None, start: dt.date, end: dt.date
    ) -> dt.date:
        """A note records care up to the day it was written, never after it: an end of
        care later than both the note's date and its therapist's signature is a plan
        ('Plan of care: 06/03 - 08/29' in an evaluation) or a misread digit ('07/24/2028'
        on a scan), so the course ends on the later of those two days. Without a
        signature the note's date alone may be the filing date, so nothing is cut."""
        signed = self._signed(doc, None)
        if signed is None:
            return end
        written = max(d for d in (reference, signed[0]) if d is not None)
        return written if end > written >= start else end

    def _signed(self, doc: Doc, reference: dt.date | None) -> tuple[dt.date, int, int] | None:
        """The day the therapist signed the note ('Megan Fortune, PT, DPT  12/16/2025'):
        the last line that closes with a therapist's credential and a day date (on or
        after ``reference`` when given). A note whose end of care is not labelled (or not
        legible) still records care up to the day it was written, which its signature
        dates."""
        found = [s for s in self._signatures(doc) if reference is None or s[0] >= reference]
        return found[-1] if found else None

    def _signatures(self, doc: Doc) -> list[tuple[dt.date, int, int]]:
        """Every signature line's day and line, in text order: read once per Doc (both
        the dated course and the cut at the writing day ask)."""
        key = "authreview_therapy_signatures"
        if key not in doc.user_data:
            text = text_of(doc)
            doc.user_data[key] = [
                (m.value, a, b)
                for a, b in lines(text)
                for m in dates_in(doc, a, b, None)
                if m.precision == "day"
                and not text[m.end : b].strip(" .:;,")
                and search_any(self.p["therapist_signature"], text[a : m.start])
            ]
        return doc.user_data[key]

    def _visit_rows(self, doc: Doc) -> list[Row]:
        """Rows of a visit log: a date in the first cell, or after a visit number ('14 |
        01/13/2025 | ...', 'Visit 3 | 02/03/2025')."""
        found = []
        for table in tables(doc):
            if not table.separated:
                continue
            for row in table.rows:
                cells = row.texts()
                dated = search_any(self.p["visit_date"], cells[0])
                numbered = len(cells) > 1 and search_any(self.p["visit_number"], cells[0])
                if dated or (numbered and search_any(self.p["visit_date"], cells[1])):
                    found.append(row)
        return found

    def _visit_lines(self, doc: Doc) -> list[tuple[int, int]]:
        """A visit log printed without cell rules: the lines of its runs."""
        return [line for run in self._visit_runs(doc) for line in run]

    def _visit_runs(self, doc: Doc) -> list[list[tuple[int, int]]]:
        """Visit logs printed without cell rules: under a header line naming the
        visit dates ('DOS  Codes  Notes', 'Date of service', 'Visit Date ...'), the run
        of lines that open with a date, or a visit number and a date (blank lines
        between allowed), at least three of them (read once per Doc: the unruled
        ledger and the visit lines both ask)."""
        cached = doc.user_data.get(_VISIT_RUNS)
        if cached is None:
            cached = doc.user_data[_VISIT_RUNS] = self._find_visit_runs(doc)
        return cached

    def _find_visit_runs(self, doc: Doc) -> list[list[tuple[int, int]]]:
        text = text_of(doc)
        found: list[list[tuple[int, int]]] = []
        run: list[tuple[int, int]] = []
        headed = False
        for a, b in lines(text):
            line = _OCR_SPECKS.sub("", text[a:b], count=1)
            if search_any(self.p["visit_date"], line) or search_any(
                self.p["visit_line_numbered"], line
            ):
                if headed:
                    run.append((a, b))
                continue
            if not _WORDS.search(text[a:b]):
                continue  # blank, or a scan's specks alone ('|', ';', "'")
            if len(run) >= 3:
                found.append(run)
            run = []
            headed = search_any(self.p["visit_log_header"], text[a:b]) is not None
        if len(run) >= 3:
            found.append(run)
        return found

    def _labelled_date(self, doc: Doc, l_start: int, l_end: int) -> DateMention | None:
        """The day date a label ('Initial eval', 'SOC', 'Discharge date') gives: right
        after it on its line, on the next line when the label ends its line, or in the
        label's column of the table row below when the label is a header cell."""
        text = text_of(doc)
        _line_start, line_end = line_bounds(text, l_start)
        window = [(l_end, min(line_end, l_end + 30))]
        if not text[l_end:line_end].strip(" :-#\t"):
            n_start, n_end = line_bounds(text, min(len(text), line_end + 1))
            window.append((n_start, min(n_end, n_start + 30)))
        found = row_at(doc, l_start)
        column = found[1].index_at(l_start) if found and found[0].separated else None
        if found is not None and column is not None:
            table, row = found
            if not text[l_end : row.cells[column].end].strip(" :"):
                # The label fills its cell: a key-value row gives the date in the next
                # cell ('First appointment | 05/05/2025'); a header row, in the row below.
                below = row_below(table, row)
                beside = row.cells[column + 1] if column + 1 < len(row.cells) else None
                if beside is not None and any(
                    m.precision == "day" for m in dates_in(doc, beside.start, beside.end, None)
                ):
                    window = [(beside.start, beside.end)]
                elif below is not None and len(below.cells) == len(row.cells):
                    cell = below.cells[column]
                    window = [(cell.start, cell.end)]
        for a, b in window:
            for m in dates_in(doc, a, b, None):
                if m.precision == "day" and not self.dates.not_a_care_date(doc, m):
                    return m
            if a == l_end and text[a:b].strip(" :-#\t"):
                # the label has a value that is not a date ('Discharged to home program')
                break
        return None


def _row_end(found: list[DateMention]) -> DateMention:
    """The last day a visit-log row covers: its own date, or the end of the period it
    opens with ('05/19/25 - 07/18/25 | 8 visits | 1x/wk')."""
    first = found[0]
    if first.is_range_start and len(found) > 1 and found[1].is_range_end:
        return found[1]
    return first


_WORD = re.compile(r"[A-Za-z]{2}")


def _title_line(text: str, title: str) -> tuple[int, int] | None:
    """The line a note is cited by when it is its own evidence: the line holding its
    title, else its first line with a word (a scan's speck read as 'F' is no line)."""
    written = [(a, b) for a, b in lines(text) if _WORD.search(text[a:b])]
    if title:
        for a, b in written:
            if title in text[a:b]:
                return a, b
    return written[0] if written else None


def _visits_course(
    doc: Doc,
    modality: str,
    visits: list[tuple[DateMention, int, int]],
    reference: dt.date | None,
) -> TherapyEpisode | None:
    """A ledger's course: from its first to its last visit ``(day, line start, line end)``,
    cited by those two lines; none when it starts after the note's date."""
    first = min(visits, key=lambda v: v[0].value)
    last = max(visits, key=lambda v: v[0].value)
    if reference is not None and first[0].value > reference:
        return None
    evidence = unique_evidence(
        [
            evidence_for(doc, first[1], first[2], LEDGER_RULE),
            evidence_for(doc, last[1], last[2], LEDGER_RULE),
        ]
    )
    return TherapyEpisode(
        modality=modality,  # type: ignore[arg-type]
        start=first[0].value,
        end=last[0].value,
        evidence=tuple(evidence),
    )
