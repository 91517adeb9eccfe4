"""FHIR in and out for the prior-authorization API (CMS-0057-F; HL7 Da Vinci PAS and DTR).

In: a PAS-style request Bundle (a Claim with its CPT code and date, and the packet's
documents as supporting information) is read as a packet (``pipeline.fhir.request``).
The policy: each policy version as a FHIR Questionnaire, one item per criterion
(``pipeline.fhir.questionnaire``). Out: ``determination.fhir.json`` beside
determination.json, a Bundle holding a ClaimResponse that is never a denial and a
QuestionnaireResponse answering the policy's Questionnaire (``pipeline.fhir.response``).
URLs and codes are data: ``resources/fhir.json``. See docs/fhir.md.
"""
