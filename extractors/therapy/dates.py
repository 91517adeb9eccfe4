"""When a therapy ran, from the dates written around its mention.

Each mention (or a list of them: "ice packs and a heating pad daily since 10/2024")
takes the nearest date expression after it in its clause, else the nearest before it,
else a sentence-wide "since <date>", else (a therapy given at an encounter) the date the
narrative gave that encounter. The interval follows docs/facts.md: ranges as stated (a
month start is its 1st, a month end its last day), "since X" and ongoing wording end on
the document date, a bare duration ends on the document date, a prescribed schedule
('2x/week x 6 weeks') and a year alone date nothing."""

import datetime as dt
import itertools
import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from extractors.base import (
    RuleReader,
    dates_in,
    durations_in,
    finditer_all,
    line_bounds,
    line_spans_above,
    lines,
    search_any,
    text_of,
)
from extractors.tables import Cell, Row, Table, row_at, word_under
from extractors.therapy.common import (
    CUE_WINDOW,
    DATE_WINDOW_AFTER,
    DATE_WINDOW_BEFORE,
    ENCOUNTER_SENTENCES_BACK,
    VERB_WINDOW,
    VISIT_WINDOW_BEFORE,
    Interval,
    cited,
    column_header,
    expression,
    shift,
)
from pipeline.dates import DateMention, Duration, add_months, find_dates, labels_birth

_BARE_YEAR = re.compile(r"\s*((?:19|20)\d\d)\s*")
_DAYS = re.compile(r"\s*(\d{1,3})\s*(?:d|days?)?\s*", re.IGNORECASE)
_FIELD_GAP = re.compile(r"\s{2,}(?=\S)|\t|\|")
"""What separates two labelled fields on one printed line."""
_COLUMN_KINDS = ("dates_column", "start_column", "end_column", "fill_column", "supply_column")
_MAX_SUPPLY_DAYS = 120
"""A fill supplies at most this many days (a 90-day supply is common; more is a typo)."""
_FILL_LINES_ABOVE = 30
"""How many lines above a fill its history's title and header may stand."""
_FILL_GAP = 24
"""How far a fill's date may stand before the drug it dispensed ('03/18/2025 4471902
meloxicam': a prescription number between)."""
_HEADER_WORDS = 3
"""How many words one column's header may take ('Days supply', 'Date of fill')."""
_LOG_MIN_ENTRIES = 2
"""Lines opening with a day's date that make a document a dated log."""
_HEADER_MAX_WORDS = 8
_COLUMN_LINES_ABOVE = 12
"""How many rows a space-shown table's header may stand above a row."""


class TherapyDates(RuleReader):
    """The interval a mention's dates give it, and which dates may date a therapy."""

    def interval(
        self,
        doc: Doc,
        sentence: tuple[int, int],
        group: tuple[int, int],
        prev_end: int,
        next_start: int,
        reference: dt.date | None,
        current_list: bool,
        claimed: set[int],
        claimed_ends: set[int] | None = None,
    ) -> Interval:
        """Start and end of one mention (group) from the dates written around it.

        ``claimed`` holds the starts of dates an earlier mention of the sentence took
        from after itself; they are not read again as dates before this one."""
        s_start, s_end = sentence
        g_start, g_end = group
        claimed_ends = claimed_ends if claimed_ends is not None else set()
        after_end = min(next_start, g_end + DATE_WINDOW_AFTER)
        clause_end = text_of(doc).find(";", g_end, after_end)
        after_end = clause_end if clause_end != -1 else after_end
        found = _anchored_starts(dates_in(doc, s_start, s_end, reference))
        dates = [m for m in found if self.usable(doc, m)]
        after = [m for m in dates if g_end <= m.start < after_end]
        before_start = max(prev_end, g_start - DATE_WINDOW_BEFORE)
        before = [
            m
            for m in dates
            if before_start <= m.start and m.end <= g_start and m.start not in claimed
        ]
        first_visit = False
        if not before:
            # 'on April 7, 2025, she went to the Summit Valley Chiropractic office'
            before = [
                m
                for m in dates
                if max(prev_end, g_start - VISIT_WINDOW_BEFORE) <= m.start
                and m.end <= g_start
                and m.start not in claimed
                and search_any(self.p["visit_start_gap"], text_of(doc)[m.end : g_start])
            ][-1:]
            first_visit = bool(before)
        chosen: list[DateMention] = []
        since = False
        if after:
            chosen = expression(after, 0)
            claimed.update(m.start for m in chosen)
            claimed_ends.update(m.end for m in chosen)
        elif before:
            chosen = expression(before, len(before) - 1)
        else:
            line_start = line_bounds(text_of(doc), g_start)[0]
            opens_line = not text_of(doc)[line_start:g_start].strip(" \t-*\u2022")
            for m in dates:
                # a 'since' date the item on a line above took ('cyclobenzaprine since
                # 01/2025' over 'heat pad nightly') is that item's, not the next list
                # item's (a line that opens with its therapy); a wrapped sentence
                # ('HEP since 09/29/2025 with / follow-up, OMT') still shares it
                taken = opens_line and m.start in claimed and m.end <= line_start
                if m.end <= g_start and not taken and self._cue(doc, "since", m):
                    chosen, since = [m], True
        if not chosen and not any(m.start < g_start for m in dates):
            anchor = self._encounter_date(doc, sentence, g_start, reference)
            chosen, first_visit = ([anchor], True) if anchor is not None else ([], False)
        floor = max([s_start, prev_end, *(e for e in claimed_ends if e <= g_start)])
        cue = self._nearest_cue(doc, chosen[0], floor, g_start) if chosen and not since else None
        cue = "start_cue" if first_visit else cue
        since = since or cue == "since"
        window = text_of(doc)[floor : max(after_end, g_end)]
        if search_any(self.p["course_done_before"], text_of(doc)[s_start:g_start]):
            # 'Completed PT and a home program, takes daily naproxen': the course is
            # over; the schedule after it is the next therapy's
            window = text_of(doc)[floor:g_end]
        current_cue = search_any(self.p["ongoing_cue"], window)
        frequency_cue = search_any(self.p["ongoing_frequency"], window)
        stated_current = current_cue is not None or current_list
        ongoing = stated_current or frequency_cue is not None
        said = current_cue or frequency_cue
        goes_on = (floor + said.start(), floor + said.end()) if said is not None else None
        duration = self._duration(doc, g_start, g_end, after_end, prev_end)
        if duration is not None and not chosen and self._schedule(doc, sentence, g_end, duration):
            # 'PT 2x/week x 6 weeks' prescribes a course: its length dates nothing
            evidence = [(duration.start, duration.end, "therapy.duration")]
            end = reference if stated_current else None
            return Interval(None, end, tuple(evidence), start_stated=False)
        evidence = [
            (m.start, m.end, f"therapy.date.{m.precision}") for m in chosen if m.end > m.start
        ]
        if duration is not None:
            evidence.append((duration.start, duration.end, "therapy.duration"))
        start = end = None
        counted_back = False
        length: Duration | None = None
        runs_on: tuple[int, int] | None = None
        if len(chosen) == 2:
            start, end = chosen[0].value, chosen[1].last_day
        elif chosen:
            mention = chosen[0]
            if since:
                start, end = mention.value, reference
                runs_on = (mention.start, mention.end)
            elif cue == "end_cue":
                end = mention.last_day
            elif cue == "start_cue" or current_list:
                start = mention.value
                later = self._later_end(doc, mention, s_end, reference)
                end = later or (reference if ongoing else None)
                runs_on = goes_on if later is None and ongoing else None
            elif mention.precision != "year" and (said_on := self._still_after(doc, mention)):
                # 'meloxicam 15 mg daily 08/2025, still taking': began then, goes on
                start, end = mention.value, reference
                runs_on = said_on
            elif mention.precision != "year":
                # a year alone ('PT in 2023') places the course in no particular months
                start, end = mention.value, mention.last_day
            elif _long_past(mention.last_day, reference):
                # ... unless every day of that year lies long before the note
                start, end = mention.value, mention.last_day
        elif ongoing:
            end = reference
        elif duration is None and (years := self._past_years(doc, g_end, after_end, reference)):
            start, end, cite = years
            evidence.append(cite)
        if duration is not None:
            runs_on = None
            if start is not None and end is None:
                end = shift(start, duration, +1)
            elif end is not None and start is None:
                start = shift(end, duration, -1)
                counted_back = True
            elif start is None and end is None and reference is not None:
                end = reference
                start = shift(reference, duration, -1)
                counted_back = True
                length = duration
        if start is not None and end is not None and end < start:
            start, end = end, start
        more: tuple[Interval, ...] = ()
        if len(chosen) == 2:
            more = _further_ranges(after, chosen, claimed, claimed_ends)
            more += self._repeated_course(doc, sentence, clause_end, next_start, reference)
        return Interval(
            start,
            end,
            tuple(evidence),
            more,
            start_stated=not counted_back,
            length=length,
            runs_on=runs_on if end == reference else None,
        )

    def table_interval(
        self, doc: Doc, span: Span, reference: dt.date | None, current: bool = False
    ) -> Interval | None:
        """A therapy named in a row of a table whose header names its dates: a column of
        date ranges ("Dates", "Date range", "Period") or a start and an end column
        ("Start | End", "From | To", "Began | Stopped"; an end cell 'ongoing' ends on the
        document date). A start whose end cell is blank or absent is still running (it
        ends on the document date) in a list of current medications or therapies
        (``current``, or a title such as "Current Outpatient Medications" over the
        table) or when its row gives a standing schedule ('daily', 'BID').
        The row's cells date it however far they stand from the therapy's name; None
        when they hold no such range (the row is read as prose)."""
        found = row_at(doc, span.start_char)
        if found is None or not found[0].separated:
            return None
        table, row = found
        header = table.block_header(row)
        if header is None or len(header.cells) != len(row.cells) or not self._names_dates(header):
            header = self._wider_header(table, row)
        if header is None:
            return None
        kinds = {
            name: [k for k, cell in enumerate(header.cells) if search_any(self.p[name], cell.text)]
            for name in _COLUMN_KINDS
        }
        supplied = self._supplied(doc, row, kinds["fill_column"], kinds["supply_column"])
        if supplied is not None:
            return supplied
        for k in kinds["dates_column"]:
            if k >= len(row.cells):
                continue
            dates = self._cell_dates(doc, row.cells[k], reference)
            chosen = expression(dates, 0) if dates else []
            if len(chosen) == 2:  # one date ('since 10/2024') reads as in prose
                return Interval(chosen[0].value, chosen[1].last_day, cited(chosen))
        starts = [
            d
            for k in kinds["start_column"]
            if k < len(row.cells)
            for d in self._cell_dates(doc, row.cells[k], reference)
        ]
        ends = [
            d
            for k in kinds["end_column"]
            if k < len(row.cells)
            for d in self._cell_dates(doc, row.cells[k], reference)
        ]
        if starts and ends:
            return Interval(starts[0].value, ends[0].last_day, cited([starts[0], ends[0]]))
        end_cells = [row.cells[k].text for k in kinds["end_column"] if k < len(row.cells)]
        open_end = any(search_any(self.p["ongoing_cue"], cell) for cell in end_cells)
        blank_end = not any(cell.strip() for cell in end_cells)
        row_text = text_of(doc)[row.start : row.end]
        standing = (
            search_any(self.p["ongoing_cue"], row_text) is not None
            or search_any(self.p["ongoing_frequency"], row_text) is not None
            or any(search_any(self.p["active_status"], cell.text) for cell in row.cells)
        )
        stopped = any(search_any(self.p["stopped_status"], cell.text) for cell in row.cells)
        running = open_end or (
            blank_end and not stopped and (current or standing or self._current_title(doc, table))
        )
        if not (starts and running and reference is not None):
            return None
        # a start column's year alone ('2023') is read as late as it can be: the year's
        # last day, so a course is never made longer than written
        start = starts[0].last_day if starts[0].precision == "year" else starts[0].value
        if start > reference:
            return None
        return Interval(start, reference, cited(starts[:1]))

    def column_interval(self, doc: Doc, span: Span, reference: dt.date | None) -> Interval | None:
        """A therapy on a line of a table whose cells the text shows as single spaces
        ('Clinic PT (Forsyth Rehab) 04/14/2025 07/25/2025 22 visits' under 'Episode
        Start End Visits/sessions'): the dates standing under the header's start and
        end words on the page (``tables.word_under``); an end cell 'ongoing' or
        'present' ends on the document date. The header is the nearest line above,
        with no blank line between, that names a start and an end column and holds no
        date. None without such a header or without a start date under it."""
        text = text_of(doc)
        l_start, l_end = line_bounds(text, span.start_char)
        header = self._start_end_header(doc, l_start)
        if header is None:
            return None
        start_word, end_word = header
        start_cell = word_under(doc, *start_word, (l_start, l_end))
        end_cell = word_under(doc, *end_word, (l_start, l_end))
        if start_cell is None or end_cell is None:
            return None
        starts, ends = (
            [m for m in self._cell_dates(doc, cell, reference) if m.precision != "year"]
            for cell in (start_cell, end_cell)
        )
        if not starts:
            return None
        if ends and ends[0].last_day >= starts[0].value:
            return Interval(starts[0].value, ends[0].last_day, cited([starts[0], ends[0]]))
        ongoing = search_any(self.p["ongoing_cue"], end_cell.text) is not None
        if ongoing and reference is not None and starts[0].value <= reference:
            return Interval(starts[0].value, reference, cited(starts[:1]))
        return None

    def _start_end_header(
        self, doc: Doc, line_start: int
    ) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """The offsets of the start and end words of the header above a row of a
        space-shown table (see ``column_interval``)."""
        text = text_of(doc)
        for a, b in line_spans_above(text, line_start, _COLUMN_LINES_ABOVE):
            line = text[a:b]
            if not line.strip():
                return None
            if dates_in(doc, a, b, None) or not _header_like(line):
                continue
            start = self._column_word(line, a, "start_column")
            end = self._column_word(line, a, "end_column")
            if start is not None and end is not None and start[1] <= end[0]:
                return start, end
        return None

    def _column_word(self, line: str, start: int, name: str) -> tuple[int, int] | None:
        """The offsets of a header line's word(s) that name a column (``name``)."""
        words = list(re.finditer(r"\S+", line))
        for size in range(_HEADER_WORDS, 0, -1):
            for k in range(len(words) - size + 1):
                a, b = words[k].start(), words[k + size - 1].end()
                if search_any(self.p[name], line[a:b]):
                    return start + a, start + b
        return None

    def season_interval(
        self, doc: Doc, span: Span, sentence: tuple[int, int], reference: dt.date | None
    ) -> Interval | None:
        """A therapy said to run 'since spring' ('since last winter', 'since the summer
        of 2025') with no date of its own in its clause: it began at the latest on the
        season's last day (spring March-May, summer June-August, fall September-
        November, winter December-February; the latest such season begun by the note
        date, or the year written), and runs to the note date. Read as late as it can
        be, so a course is never made longer than written."""
        if reference is None:
            return None
        text = text_of(doc)
        clause_end = min(sentence[1], span.end_char + DATE_WINDOW_AFTER)
        stop = text.find(";", span.end_char, clause_end)
        clause_end = stop if stop != -1 else clause_end
        found = search_any(self.p["since_season"], text[span.end_char : clause_end])
        if found is None:
            return None
        a, b = span.end_char + found.start(), span.end_char + found.end()
        if any(m.start < a for m in dates_in(doc, span.end_char, a, reference)):
            return None  # a date of its own stands first
        season = found.group("season").lower()
        year = int(found.group("year")) if found.group("year") else None
        last = _season_end(season, year, reference)
        if last is None:
            return None
        return Interval(min(last, reference), reference, ((a, b, "therapy.date.season"),))

    def fill_interval(self, doc: Doc, span: Span) -> Interval | None:
        """A drug on a line of a pharmacy fill history whose cells the text shows as
        single spaces ('03/18/2025 4471902 meloxicam 15 mg 30 tabs 30 30 Oyelaran' under
        'Fill date Rx# Drug Qty DS Prescriber'; two fills a line: '03/05/25 naproxen
        500mg #60 30ds   08/02/25 naproxen ...'): the drug was at hand from the fill
        date just before its name for the days supplied, written with it ('30ds', '30
        day supply') or standing under the header's supply word ('DS', 'Days'). A title
        above must name the page a fill history ('Prescription Fill History', 'Rx
        History'); None without one, or without a day's fill date or a supply."""
        text = text_of(doc)
        l_start, l_end = line_bounds(text, span.start_char)
        dates = [
            m
            for m in dates_in(doc, l_start, l_end, None)
            if m.precision == "day" and self.usable(doc, m)
        ]
        before = [m for m in dates if m.end <= span.start_char]
        if not before or span.start_char - before[-1].end > _FILL_GAP:
            return None
        fill = before[-1]
        later = [m for m in dates if m.start >= span.end_char]
        segment_end = later[0].start if later else l_end
        supply_word = self._fill_header(doc, l_start)
        if supply_word is None:
            return None
        days: tuple[int, int, int] | None = None
        inline = search_any(self.p["inline_supply"], text[span.end_char : segment_end])
        if inline is not None:
            group = next(g for g in range(1, inline.re.groups + 1) if inline.group(g))
            a, b = span.end_char + inline.start(group), span.end_char + inline.end(group)
            days = (int(text[a:b]), a, b)
        elif supply_word and not text[l_start : fill.start].strip():
            cell = word_under(doc, *supply_word, (l_start, l_end))
            if cell is not None and cell.start >= span.end_char and cell.text.isdigit():
                days = (int(cell.text), cell.start, cell.end)
        if days is None or not 0 < days[0] <= _MAX_SUPPLY_DAYS:
            return None
        end = fill.value + dt.timedelta(days=days[0] - 1)
        return Interval(fill.value, end, (*cited([fill]), (days[1], days[2], "therapy.supply")))

    def _fill_header(self, doc: Doc, line_start: int) -> tuple[int, int] | tuple[()] | None:
        """Above a fill's line: None unless a fill history's title stands there; else
        the offsets of the header's supply word ('DS', 'Days supply'), or () when the
        header names none (the supply is then written with each fill)."""
        text = text_of(doc)
        supply: tuple[int, int] | None = None
        titled = False
        for a, b in line_spans_above(text, line_start, _FILL_LINES_ABOVE):
            line = text[a:b]
            titled = titled or search_any(self.p["fill_history_title"], line) is not None
            if supply is None and not dates_in(doc, a, b, None):
                supply = self._column_word(line, a, "supply_column")
            if titled:
                break
        if not titled:
            return None
        return supply if supply is not None else ()

    def _supplied(
        self, doc: Doc, row: Row, fills: list[int], supplies: list[int]
    ) -> Interval | None:
        """A row of a fill history ('01/28/2025 | MELOXICAM 15 MG | 30 | 30 days'): the
        drug was at hand from its fill date for the days it was supplied."""
        if not fills or not supplies or max(fills[0], supplies[0]) >= len(row.cells):
            return None
        dates = [
            m for m in self._cell_dates(doc, row.cells[fills[0]], None) if m.precision == "day"
        ]
        cell = row.cells[supplies[0]]
        days = _DAYS.fullmatch(cell.text)
        if not dates or days is None or not 0 < int(days.group(1)) <= _MAX_SUPPLY_DAYS:
            return None
        start = dates[0].value
        end = start + dt.timedelta(days=int(days.group(1)) - 1)
        return Interval(start, end, (*cited(dates[:1]), (cell.start, cell.end, "therapy.supply")))

    def _wider_header(self, table: Table, row: Row) -> Row | None:
        """The header of a row the block rule cannot place, such as one printed without
        its trailing blank cells ('meloxicam | daily | 01/06/2025 |' under 'Medication |
        Sig | Start Date | End Date') and the rows after it: the nearest row above with
        at least as many cells that names a dates or start column."""
        for above in table.rows_above(row):
            if len(above.cells) < len(row.cells):
                continue
            if self._names_dates(above):
                return above
        return None

    def _names_dates(self, header: Row) -> bool:
        return any(
            search_any(self.p[name], cell.text)
            for cell in header.cells
            for name in ("dates_column", "start_column", "fill_column")
        )

    def _current_title(self, doc: Doc, table: Table) -> bool:
        """Whether the lines just above a table title it a list of what the patient is
        taking now ('Current Outpatient Medications', 'Active medications')."""
        text = text_of(doc)
        start = table.rows[0].start
        above = text[max(0, start - 160) : start].rstrip().split("\n")[-2:]
        return any(search_any(self.p["current_list_title"], line) for line in above)

    def encounter_reference(
        self, doc: Doc, offset: int, reference: dt.date | None
    ) -> dt.date | None:
        """The date a mention at ``offset`` is read against: the document's date, or,
        in a document that holds several encounters, the date of the later encounter
        whose heading stands above it ('PROGRESS NOTE  DOS 08/15/2025', 'Date of
        service  02/26/2026'; never a planned date: 'Anticipated DOS'). 'Continues
        naproxen' at that visit runs to its date, and 'completed a 6-week program'
        counts back from it, not from the first visit."""
        headings = self._encounter_headings(doc)
        above = [day for start, day in headings if start <= offset]
        if not above or reference is None or above[-1] <= reference:
            return reference
        return above[-1]

    def list_as_of(self, doc: Doc, offset: int) -> dt.date | None:
        """The date a list's heading says its items are current on ('Medications
        (current, 06/2026):', 'Current meds as of 03/14/2026:') when ``offset`` stands
        on the heading or on a line of the list under it (up to a blank line or the next
        'Label:' field). 'Ibuprofen daily since 01/2025, continuing' there runs to that
        date, not to a date the form's top took from elsewhere (an accident's, a
        handout's). A month dates the list on its 1st: the earliest day it can mean."""
        text = text_of(doc)
        l_start, _ = line_bounds(text, offset)
        for start, end, day in self._as_of_lists(doc):
            if start <= l_start < end:
                return day
        return None

    def _as_of_lists(self, doc: Doc) -> list[tuple[int, int, dt.date]]:
        """(first line start, end, date) of each list under a dated 'current' heading
        (cached on the Doc)."""
        key = "authreview_therapy_as_of_lists"
        if key not in doc.user_data:
            text = text_of(doc)
            spans = lines(text)
            found: list[tuple[int, int, dt.date]] = []
            for index, (a, b) in enumerate(spans):
                day = self._as_of_heading(doc, text[a:b], a, b)
                if day is None:
                    continue
                end = b
                for c, d in spans[index + 1 :]:
                    gap = text[end:c]
                    if gap.count("\n") > 1 or search_any(self.p["list_field_label"], text[c:d]):
                        break
                    end = d
                found.append((a, end, day))
            doc.user_data[key] = found
        return doc.user_data[key]

    def _as_of_heading(self, doc: Doc, line: str, a: int, b: int) -> dt.date | None:
        """The one day or month a 'current' list heading ending with ':' names."""
        if not line.rstrip().endswith(":") or not search_any(self.p["current_list_title"], line):
            return None
        dates = [m for m in dates_in(doc, a, b, None) if not m.relative]
        if len(dates) != 1 or dates[0].precision not in ("day", "month"):
            return None
        if dates[0].is_range_start or dates[0].is_range_end:
            return None
        return dates[0].value

    def log_entry_date(self, doc: Doc, offset: int, reference: dt.date | None) -> dt.date | None:
        """The day of the log entry holding ``offset``: in a dated log (a call log, a
        nursing or coordination log: two or more lines that open with a day's date), the
        date opening the mention's line ('07/01/25 LO RN PT discharged 06/30/25 - HEP
        handout given': the program was handed over on 07/01/25, not on the day the log
        was printed). None off such a line, or for a date after ``reference``."""
        starts = self._entry_lines(doc)
        text = text_of(doc)
        l_start, _ = line_bounds(text, offset)
        day = starts.get(l_start)
        if day is None or len(starts) < _LOG_MIN_ENTRIES:
            return None
        return day if reference is None or day <= reference else None

    def _entry_lines(self, doc: Doc) -> dict[int, dt.date]:
        """Line start -> the day's date that opens the line (cached on the Doc)."""
        key = "authreview_therapy_log_entries"
        if key not in doc.user_data:
            text = text_of(doc)
            found: dict[int, dt.date] = {}
            for l_start, l_end in lines(text):
                first = next(iter(dates_in(doc, l_start, l_end, None)), None)
                if (
                    first is not None
                    and first.precision == "day"
                    and not first.relative
                    and not first.is_range_start
                    and not text[l_start : first.start].strip(" \t-*\u2022o.")
                    and not self.not_a_care_date(doc, first)
                ):
                    found[l_start] = first.value
            doc.user_data[key] = found
        return doc.user_data[key]

    def _encounter_headings(self, doc: Doc) -> list[tuple[int, dt.date]]:
        """Where each encounter heading of the document starts and the day it names
        (cached on the Doc)."""
        key = "authreview_therapy_encounters"
        if key not in doc.user_data:
            text = text_of(doc)
            found: list[tuple[int, dt.date]] = []
            for l_start, line in [*_page_furniture(doc), *_lines_of(text)]:
                for m in find_dates(line):
                    # the label is the field the date closes: a header line may
                    # carry several ('MRN: 000317552  Enc Date: 09/09/2025')
                    label = _FIELD_GAP.split(line[: m.start])[-1]
                    if (
                        m.precision == "day"
                        and (
                            search_any(self.p["encounter_heading"], label)
                            or self._typed_encounter(line, label)
                        )
                        and not search_any(self.p["encounter_heading_not"], label)
                    ):
                        found.append((l_start, m.value))
                        break
            doc.user_data[key] = sorted(found, key=lambda f: f[0])
        return doc.user_data[key]

    def _typed_encounter(self, line: str, label: str) -> bool:
        """A line that opens with an encounter's type and then gives its date in a
        'Date' field ('Encounter: PROVIDER FOLLOW UP  Date: 04/08/2026')."""
        return bool(
            search_any(self.p["encounter_line"], line) and search_any(self.p["date_field"], label)
        )

    def _past_years(
        self, doc: Doc, g_end: int, after_end: int, reference: dt.date | None
    ) -> tuple[dt.date, dt.date, tuple[int, int, str]] | None:
        """A range of years after a mention ('chiropractor 2022-2023', 'PT 2019 to
        2020') whose last year ended long before the note (``_long_past``): the course
        dated as its years, first January to last December. A recent range stays
        undated: it places the course in no particular months."""
        found = search_any(self.p["year_range"], text_of(doc)[g_end:after_end])
        if found is None:
            return None
        first, last = int(found.group("first")), int(found.group("last"))
        end = dt.date(last, 12, 31)
        if last < first or not _long_past(end, reference):
            return None
        cite = (g_end + found.start(), g_end + found.end(), "therapy.date.year")
        return dt.date(first, 1, 1), end, cite

    def stay_interval(self, doc: Doc) -> Interval | None:
        """The stay a facility's record covers, from its labelled admission to its
        labelled discharge ('Admit date: 04/07/2025' ... 'Discharge date: 05/02/2025'):
        the days an inpatient rehabilitation or skilled-nursing stay gave its therapy.
        None unless both labels give a day date, the discharge not before admission."""
        text = text_of(doc)
        found: dict[str, DateMention] = {}
        for name in ("stay_admit_label", "stay_discharge_label"):
            for a, b in lines(text):
                label = search_any(self.p[name], text[a:b])
                if label is None:
                    continue
                after = a + label.end()
                dates = [
                    m
                    for m in dates_in(doc, after, min(b, after + 30), None)
                    if m.precision == "day" and not self.not_a_care_date(doc, m)
                ]
                if dates and dates[0].start - after <= 3:
                    found[name] = dates[0]
                    break
        admit = found.get("stay_admit_label")
        discharge = found.get("stay_discharge_label")
        if admit is None or discharge is None or discharge.value < admit.value:
            return None
        return Interval(admit.value, discharge.last_day, cited([admit, discharge]))

    def usable(self, doc: Doc, mention: DateMention) -> bool:
        """Dates a therapy can be dated by: not 'today' on its own (a visit, not a
        course), not a month named without a year unless it opens the course, not a
        birth date or a date of the document itself (printed, faxed, signed)."""
        if mention.relative and not mention.is_range_end and mention.precision == "day":
            return False
        if mention.relative and mention.precision != "day" and not self._opens_course(doc, mention):
            return False
        return not self.not_a_care_date(doc, mention)

    def _opens_course(self, doc: Doc, mention: DateMention) -> bool:
        """A month named without a year that opens a course ('since January', 'started
        in March'): the latest such month on or before the note date (pipeline.dates)."""
        if mention.precision != "month":
            return False
        before = text_of(doc)[max(0, mention.start - VERB_WINDOW) : mention.start]
        return search_any(self.p["yearless_month_start"], before) is not None

    def not_a_care_date(self, doc: Doc, mention: DateMention) -> bool:
        """A birth date ('DOB 12/01/1970', 'KIM, DANIEL J (03/22/1964)', a DOB column,
        or the same date anywhere else in the document) or document furniture ('printed
        09/30/2025', 'Report date', 'Electronically signed')."""
        text = text_of(doc)
        l_start, _ = line_bounds(text, mention.start)
        before = text[l_start : mention.start]
        if labels_birth(before) or search_any(self.p["furniture_label"], before):
            return True
        header = column_header(doc, mention.start)
        if header is not None and search_any(self.p["furniture_header"], header):
            return True
        return mention.precision == "day" and mention.value in self._birth_dates(doc)

    def _cell_dates(self, doc: Doc, cell: Cell, reference: dt.date | None) -> list[DateMention]:
        """The dates a therapy can be dated by in one cell of a row; a cell holding a
        year alone ('2023' under 'Start') is that year."""
        found = [m for m in dates_in(doc, cell.start, cell.end, reference) if self.usable(doc, m)]
        year = _BARE_YEAR.fullmatch(cell.text)
        if not found and year is not None:
            found = [DateMention(cell.start, cell.end, dt.date(int(year.group(1)), 1, 1), "year")]
        return found

    def _encounter_date(
        self, doc: Doc, sentence: tuple[int, int], g_start: int, reference: dt.date | None
    ) -> DateMention | None:
        """The date of the encounter at which an undated therapy was given: 'On 12/11
        he drove to his doctor ... He was given some NSAID.' The mention's sentence must
        report it given or begun ('was given', 'was treated with', 'was started on',
        'received'); the date is the one that opens the nearest earlier sentence of the
        paragraph that is dated ('On <date>, ...'), at most two sentences back."""
        text = text_of(doc)
        if not search_any(self.p["given_at_encounter"], text[sentence[0] : g_start]):
            return None
        token = doc.char_span(sentence[0], sentence[1], alignment_mode="expand")
        if token is None or token.start == 0:
            return None
        current = token
        for _ in range(ENCOUNTER_SENTENCES_BACK):
            if current.start == 0:
                return None
            previous = doc[current.start - 1].sent
            if re.search(r"\n[ \t]*\n", text[previous.end_char : current.start_char + 1]):
                return None  # another paragraph
            dates = [
                m
                for m in dates_in(doc, previous.start_char, previous.end_char, reference)
                if self.usable(doc, m)
            ]
            if dates:
                first = dates[0]
                lead = text[previous.start_char : first.start]
                if first.precision == "day" and search_any(self.p["encounter_date_lead"], lead):
                    return first
                return None
            current = previous
        return None

    def _schedule(
        self, doc: Doc, sentence: tuple[int, int], g_end: int, duration: Duration
    ) -> bool:
        """A frequency and a length after the therapy ('2x/week x 4 weeks', 'three times
        a week for six weeks') with no word saying the course was done: a prescription
        or plan, not a course to count back from the note date."""
        text = text_of(doc)
        between = text[g_end : duration.start]
        return bool(
            search_any(self.p["schedule_frequency"], between)
            and not search_any(self.p["completed_cue"], text[sentence[0] : sentence[1]])
        )

    def _repeated_course(
        self,
        doc: Doc,
        sentence: tuple[int, int],
        clause_end: int,
        next_start: int,
        reference: dt.date | None,
    ) -> tuple[Interval, ...]:
        """'PT 01/2024-03/2024; repeated 06/2024-08/2024': the clause after a semicolon
        that names no therapy of its own and repeats the course ('again', 'repeated',
        'resumed') dates a second course of the same therapy."""
        if clause_end == -1:
            return ()
        text = text_of(doc)
        limit = min(next_start, sentence[1])
        following = text.find(";", clause_end + 1, limit)
        end = following if following != -1 else limit
        dates = [m for m in dates_in(doc, clause_end + 1, end, reference) if self.usable(doc, m)]
        if len(dates) < 2 or not (dates[0].is_range_start and dates[1].is_range_end):
            return ()
        if not search_any(self.p["repeat_cue"], text[clause_end + 1 : dates[0].start]):
            return ()
        first, last = dates[0], dates[1]
        return (Interval(first.value, last.last_day, cited([first, last])),)

    def _later_end(
        self, doc: Doc, start: DateMention, s_end: int, reference: dt.date | None
    ) -> dt.date | None:
        """After a start date, the last date in the sentence that ends or follows up the
        course ('started 06/02 ... (last 06/20)', 'prescribed on 09/08 ... follow-up at
        my visits of 11/03 and 03/16')."""
        found = [
            m
            for m in dates_in(doc, start.end, s_end, reference)
            if m.precision != "year"
            and not (m.relative and m.precision != "day")
            and m.value > start.value
            and (reference is None or m.value <= reference or not m.relative)
            and not self.not_a_care_date(doc, m)
        ]
        ends = [m for m in found if self._cue_before(doc, "followup_cue", m, 40)]
        return ends[-1].last_day if ends else None

    def _cue_before(self, doc: Doc, name: str, mention: DateMention, width: int) -> bool:
        before = text_of(doc)[max(0, mention.start - width) : mention.start]
        before = re.split(r"[.]", before)[-1]
        return search_any(self.p[name], before) is not None

    def _birth_dates(self, doc: Doc) -> frozenset[dt.date]:
        """Every date the document labels as a birth date (cached on the Doc)."""
        key = "authreview_therapy_birth_dates"
        if key not in doc.user_data:
            text = text_of(doc)
            found = set()
            for m in dates_in(doc, 0, len(text), None):
                l_start, _ = line_bounds(text, m.start)
                header = column_header(doc, m.start)
                if labels_birth(text[l_start : m.start]) or (
                    header is not None and labels_birth(header + " ")
                ):
                    found.add(m.value)
            doc.user_data[key] = frozenset(found)
        return doc.user_data[key]

    def _cue(self, doc: Doc, name: str, mention: DateMention) -> bool:
        before = text_of(doc)[max(0, mention.start - CUE_WINDOW) : mention.start]
        before = re.split(r"[.;]", before)[-1]
        if name == "since":
            return search_any(self.p["since"], before) is not None
        return search_any(self.p[name], before) is not None

    def _nearest_cue(
        self, doc: Doc, mention: DateMention, floor: int, reach: int | None = None
    ) -> str | None:
        """Which of 'since', a start word or an end word stands closest before a date
        ('Since PT discharge on 04/24': the discharge ends PT), not reaching back past
        ``floor`` (the previous mention or the dates it took). A date written after the
        therapy's name keeps a verb written before the name (``reach``: 'started
        chiropractic care with rehab exercises at Oak City Chiropractic 08/04/2025')."""
        anchor = mention.start if reach is None else min(mention.start, reach)
        before = text_of(doc)[max(floor, anchor - VERB_WINDOW) : mention.start]
        before = re.split(r"[.;]", before)[-1]
        best: tuple[int, str] | None = None
        for name in ("since", "start_cue", "end_cue"):
            pattern_name = "since_word" if name == "since" else name
            for match in finditer_all(self.p[pattern_name], before):
                if best is None or match.start() >= best[0]:
                    best = (match.start(), name)
        return best[1] if best else None

    def _duration(
        self, doc: Doc, g_start: int, g_end: int, after_end: int, prev_end: int
    ) -> Duration | None:
        """'PT x 6 months', 'for 8 weeks', '6 weeks of PT'; not '3 days a week', nor a
        wait for it ('Waiting list physio 12-16 wks', 'physio - wait about 18 weeks')."""
        for duration in durations_in(doc, g_end, after_end):
            if (
                duration.direction in (None, "lookback")
                and duration.unit in ("day", "week", "month", "year")
                and not self._vague(doc, duration)
                and not self._waited(doc, g_start, duration)
            ):
                return duration
        for duration in durations_in(doc, max(prev_end, g_start - 30), g_start):
            gap = text_of(doc)[duration.end : g_start]
            if (
                duration.direction is None
                and search_any(self.p["duration_before"], gap)
                and not self._vague(doc, duration)
            ):
                return duration
        return None

    def _waited(self, doc: Doc, g_start: int, duration: Duration) -> bool:
        """A time on a waiting list, named in the clause before the duration: no course."""
        text = text_of(doc)
        line_start = line_bounds(text, g_start)[0]
        before = text[max(line_start, g_start - 30) : duration.start]
        return search_any(self.p["wait_words"], re.split(r"[.;]", before)[-1]) is not None

    def _still_after(self, doc: Doc, mention: DateMention) -> tuple[int, int] | None:
        """Where the words right after a date say the therapy goes on to the note
        ('08/2025, still taking', '03/2025 - ongoing'), if they do."""
        after = text_of(doc)[mention.end : mention.end + CUE_WINDOW]
        said = search_any(self.p["ongoing_after_date"], after)
        return (mention.end + said.start(), mention.end + said.end()) if said else None

    def _vague(self, doc: Doc, duration: Duration) -> bool:
        """'more than six months of PT', 'failed over 6 months of PT' summarise; they date
        no course ('over the past 6 months' looks back from the note and does)."""
        before = text_of(doc)[max(0, duration.start - 25) : duration.start]
        if search_any(self.p["vague_duration"], before) is not None:
            return True
        said = text_of(doc)[duration.start : duration.end]
        return (
            duration.direction is None
            and search_any(self.p["vague_duration_lead"], said) is not None
        )


_SEASON_FIRST_MONTH = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}


def _long_past(last_day: dt.date, reference: dt.date | None) -> bool:
    """Whether a year-only course's last day lies before the year before the note's:
    then the whole course is more than a year older than the note, outside any 12-month
    look-back from a later request, however its months fell."""
    return reference is not None and last_day.year < reference.year - 1


def _season_end(season: str, year: int | None, reference: dt.date) -> dt.date | None:
    """The last day of a season (3 months from its first month): of the year written
    (winter 2024 is December 2024-February 2025), else of the latest one begun on or
    before ``reference``."""
    month = _SEASON_FIRST_MONTH[season]
    if year is None:
        year = (
            reference.year if dt.date(reference.year, month, 1) <= reference else reference.year - 1
        )
    first = dt.date(year, month, 1)
    if first > reference:
        return None
    return add_months(first, 3) - dt.timedelta(days=1)


def _header_like(line: str) -> bool:
    """A line that may be a table's header: a few words, no sentence ('Referred from
    urgent care to our clinic.' names no columns)."""
    return len(line.split()) <= _HEADER_MAX_WORDS and not line.rstrip().endswith(".")


def _anchored_starts(mentions: list[DateMention]) -> list[DateMention]:
    """A month written without a year that opens a range whose end has one ('from April
    through July of 2025') is that month on or before the end, not a month placed by the
    note's date: it dates the course's start like the end's own year does."""
    out = list(mentions)
    for index, (first, last) in enumerate(itertools.pairwise(mentions)):
        if not (
            first.is_range_start
            and last.is_range_end
            and first.relative
            and first.precision == "month"
            and not last.relative
            and last.precision in ("month", "day")
        ):
            continue
        year = last.value.year - (1 if first.value.month > last.value.month else 0)
        out[index] = replace(first, value=first.value.replace(year=year), relative=False)
    return out


def _lines_of(text: str) -> list[tuple[int, str]]:
    return [(a, text[a:b]) for a, b in lines(text)]


def _page_furniture(doc: Doc) -> list[tuple[int, str]]:
    """Each line of a page's running header or footer, which the NLP text blanks (it
    repeats on every page), with its Doc offset: a printed encounter's header names
    the encounter the page belongs to ('MRN 000317552  Enc Date: 09/09/2025'). Read
    only to place a page's mentions in time, never cited."""
    source = getattr(doc._, "source", None)
    if source is None:
        return []
    text = text_of(doc)
    found = []
    for page, start in zip(source.pages, source.page_starts, strict=True):
        raw = page.text
        for a, b in lines(raw):
            if raw[a:b].strip() and not text[start + a : start + b].strip():
                found.append((start + a, raw[a:b]))
    return found


def _further_ranges(
    after: list[DateMention],
    chosen: list[DateMention],
    claimed: set[int],
    claimed_ends: set[int],
) -> tuple[Interval, ...]:
    """Ranges after the one a mention took, in its own clause: 'PT from A to B and again
    from C to D' is two courses of PT. Their dates are claimed like the first range's."""
    rest = [m for m in after if m.start >= chosen[-1].end]
    found: list[Interval] = []
    for first, last in itertools.pairwise(rest):
        if first.is_range_start and last.is_range_end and first.end <= last.start:
            found.append(Interval(first.value, last.last_day, cited([first, last])))
            claimed.update((first.start, last.start))
            claimed_ends.update((first.end, last.end))
    return tuple(found)
