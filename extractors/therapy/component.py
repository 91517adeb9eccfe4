"""The therapy component: mentions from ``mentions``, their intervals from ``dates``,
episodes from ``episodes``, a therapy note's own course from ``notes`` and why therapy
stopped from ``inability``."""

from spacy.tokens import Doc

from extractors.base import FamilyExtractor, document_of, spans_of
from extractors.rules import FamilyRules
from extractors.therapy.common import CATEGORIES, INABILITY_ONLY, SKIPPED_TYPES
from extractors.therapy.dates import TherapyDates
from extractors.therapy.episodes import TherapyEpisodes
from extractors.therapy.inability import TherapyInabilities
from extractors.therapy.mentions import TherapyMentions
from extractors.therapy.notes import TherapyNotes
from pipeline.models import DocumentType, TherapyEpisode, TherapyInability


class TherapyExtractor(FamilyExtractor):
    """The spaCy component: therapy episodes and inabilities of one document
    (``extractors.assemble`` merges a modality's episodes across documents)."""

    def __init__(self, rules: FamilyRules) -> None:
        super().__init__(rules)
        self.mentions = TherapyMentions(rules)
        self.dates = TherapyDates(rules)
        self.episodes = TherapyEpisodes(rules, self.mentions, self.dates)
        self.notes = TherapyNotes(rules, self.dates)
        self.inabilities = TherapyInabilities(rules, self.mentions)

    def extract(self, doc: Doc) -> list[TherapyEpisode | TherapyInability]:
        document = document_of(doc)
        if document.type in SKIPPED_TYPES:
            return []
        reference = document.date
        reasons = {s: self.mentions.not_therapy(doc, s) for s in spans_of(doc, CATEGORIES)}
        mentions = [s for s, reason in reasons.items() if reason is None]
        # a standing intolerance or a contraindication names no course, but it is the
        # therapy of an inability
        stopped = [s for s, reason in reasons.items() if reason in INABILITY_ONLY]
        facts: list[TherapyEpisode | TherapyInability] = []
        if document.type is DocumentType.pt_note:
            course = self.notes.note_episode(doc, reference)
            facts += course
            own = course[0].modality if course else None
            facts += [
                e
                for e in self.notes.labelled_courses(doc, reference, own)
                if all((e.start, e.end) != (c.start, c.end) for c in course)
            ]
            mentions = [m for m in mentions if not self.mentions.intervention_in_log(doc, m)]
            episodes = self.episodes.read(doc, mentions, reference)
            facts += [
                self.notes.home_program_of_note(doc, _within_course(episode, course))
                for episode in episodes
            ]
        else:
            facts += self.notes.evaluation_episode(doc, reference)
            facts += self.notes.labelled_courses(doc, reference, None)
            facts += self.episodes.read(doc, mentions, reference)
        facts += self.notes.ledger_episodes(doc, reference)
        facts += self.inabilities.read(doc, stopped, reference)
        return facts


def _within_course(episode: TherapyEpisode, course: list[TherapyEpisode]) -> TherapyEpisode:
    """A home program a therapy note names without dates of its own ('Tx: core
    strengthening, manual therapy, HEP') was taught and kept up within the course the
    note records: it takes that course's dates and cites them. It adds no days to the
    course; it still counts only with its prescription and follow-up."""
    dated = [c for c in course if c.start is not None and c.end is not None]
    if (
        episode.modality != "home_exercise"
        or episode.start is not None
        or episode.end is not None
        or not episode.context.is_current_affirmed
        or not dated
    ):
        return episode
    own = dated[0]
    return episode.model_copy(
        update={"start": own.start, "end": own.end, "evidence": episode.evidence + own.evidence}
    )
