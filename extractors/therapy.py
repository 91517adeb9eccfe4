"""Extractor family 'therapy' (placeholder until its issue-3 implementation lands)."""


from spacy.language import Language
from spacy.tokens import Doc

from extractors.base import add_facts


@Language.factory("authreview_therapy")
def make_component(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        add_facts(doc, [])
        return doc

    return component
