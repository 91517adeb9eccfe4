"""The exam component: provocation tests, tenderness and nonorganic signs, each read
by its own reader over the shared result words and exam tables."""

from spacy.tokens import Doc

from extractors.base import FamilyExtractor
from extractors.exam.grid import GridReader
from extractors.exam.nonorganic import NonorganicReader
from extractors.exam.provocation import ProvocationReader
from extractors.exam.results import ResultReader
from extractors.exam.tenderness import TendernessReader
from extractors.rules import FamilyRules


class ExamExtractor(FamilyExtractor):
    """The spaCy component: tenderness, provocative tests and nonorganic signs."""

    def __init__(self, rules: FamilyRules) -> None:
        super().__init__(rules)
        results = ResultReader(rules)
        grid = GridReader(rules, results)
        self.provocation = ProvocationReader(rules, results, grid)
        self.tenderness = TendernessReader(rules, results, grid)
        self.nonorganic = NonorganicReader(rules)

    def extract(self, doc: Doc) -> list:
        return [
            *self.provocation.read(doc),
            *self.tenderness.read(doc),
            *self.nonorganic.read(doc),
        ]
