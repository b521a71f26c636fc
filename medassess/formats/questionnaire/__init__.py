"""The assessment template as a FHIR R4 (SDC) Questionnaire, and a record as a QuestionnaireResponse and back.

``shape`` lays the template out as a tree of questionnaire items, once, and the rest walk that one tree:
``writer`` writes it as a Questionnaire, ``response`` writes a record's answers into it and reads a filled-in
response back into a record. docs/questionnaire.md has the mapping.
"""
