"""FHIR R4 (UK Core) documents: the writer, the reader and the XML form."""
