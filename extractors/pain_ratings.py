"""Which score phrases rate the patient's pain, and how one rating statement is one score.

Notes rate more than pain ("stress level 8/10", "function 6/10", "sleep quality 3/10")
and set goals ("pain no greater than 3/10", "will report pain <= 4/10", a list under
"LONG-TERM GOALS"): none of these is a pain score. One rating statement often spreads a
single pain over several numbers ("4-5/10 on average, 7/10 at worst, 2/10 at best", "a
baseline of 5-6/10 that climbs to 9/10 at night"); facts.md reads a range by its upper
bound, so such a statement is one score, its highest. Scores that compare times
("improved from 8/10 to 3/10", "was 9/10 before the block") are not a spread and stay
apart, as do scores of different sites or timings.
"""

from collections.abc import Iterable

from spacy.tokens import Doc, Span

from extractors.base import RuleReader, line_bounds, text_of
from extractors.rules import FamilyRules
from pipeline.models import PainScore


class RatingReader(RuleReader):
    """Tells pain ratings from goals and other ratings; folds a statement's spread."""

    def __init__(self, rules: FamilyRules) -> None:
        super().__init__(rules)
        self.number_words = {
            word: value for value, word in enumerate(rules.patterns["number_words"])
        }
        self.not_pain = rules.regex("not_pain_rating")
        self.pain_word = rules.regex("pain_word")
        self.goal_cue = rules.regex("goal_cue")
        self.goal_after = rules.regex("goal_after")
        self.goal_heading = rules.regex("goal_heading")
        self.change = rules.regex("score_change")
        self.current = rules.regex("score_current")
        self.profile_current = rules.regex("score_profile_current")

    def number(self, word: str) -> float | None:
        """A score's number written in digits or words ('7', '6.5', 'seven')."""
        lowered = word.lower()
        if lowered in self.number_words:
            return float(self.number_words[lowered])
        try:
            return float(lowered)
        except ValueError:
            return None

    def is_pain_rating(self, doc: Doc, span: Span, scores: Iterable[Span]) -> bool:
        """False for a goal or a rating of something else than pain. The words that
        qualify a score are those between it and the previous score of its sentence."""
        text = text_of(doc)
        sentence = span.sent
        start = max(
            [sentence.start_char, *(s.end_char for s in scores if s.end_char <= span.start_char)]
        )
        clause_start = text.rfind(";", sentence.start_char, span.start_char) + 1
        before = text[max(start, clause_start) : span.start_char]
        measure = list(self.not_pain.finditer(before))
        if measure and not self.pain_word.search(before, measure[-1].end()):
            return False  # "stress level 8/10", "anxiety 7/10"
        clause = text[max(sentence.start_char, clause_start) : span.start_char]
        if self.goal_cue.search(clause) or self.goal_after.match(text, span.end_char):
            return False  # "will report pain <= 4/10", "2/10 or less"
        return not self.in_goals(text, span.start_char)

    def in_goals(self, text: str, offset: int) -> bool:
        """A score in a list whose heading (the lines above, up to a blank line) names
        goals: 'SHORT-TERM GOALS:' / '1. Pain 3/10 with sitting'."""
        start, _end = line_bounds(text, offset)
        while True:
            if self.goal_heading.match(text, start):
                return True
            if start == 0:
                return False
            prev_start, prev_end = line_bounds(text, start - 1)
            if not text[prev_start:prev_end].strip():
                return False
            start = prev_start

    def one_per_statement(self, scored: list[tuple[Span, PainScore]]) -> list[PainScore]:
        """The scores of one sentence that spread one pain (same timing, site, scale and
        date, no comparison of times) as one score: the highest, citing them all
        ("least 3/10, worst 6/10" is one rating whose range counts by its upper bound).
        A sentence that states today's score beside others ("6/10 today, 8/10 at worst")
        keeps them apart: the current score is the patient's rating now, and the policy's
        same-date rule (CONTRACT: the lower) decides, never the worst pain by default.
        A current level named as one of the spread's levels ("6/10 for her average and
        current pain, 10/10 worst, 3/10 least") is not such a separate score."""
        groups: dict[tuple, list[tuple[Span, PainScore]]] = {}
        order: list[tuple] = []
        for span, fact in scored:
            sentence = span.sent.text
            # 'for her average and current pain' names a level of the spread, not a
            # score of its own for today
            stated_now = self.current.search(self.profile_current.sub(" ", sentence))
            spread = not self.change.search(sentence) and not stated_now
            key: tuple = (
                (span.sent.start, fact.timing, fact.site, fact.scale, fact.date, fact.context)
                if spread
                else (span.start,)
            )
            if key not in groups:
                order.append(key)
            groups.setdefault(key, []).append((span, fact))
        facts = []
        for key in order:
            members = [fact for _span, fact in groups[key]]
            top = max(members, key=lambda fact: fact.value)
            evidence = [*top.evidence, *(e for f in members if f is not top for e in f.evidence)]
            facts.append(top.model_copy(update={"evidence": tuple(evidence)}))
        return facts
