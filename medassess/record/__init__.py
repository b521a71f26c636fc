"""The record: its model, identifiers and code systems, the assessment template, and reading and writing
record files. Imports only ``medassess.core``.
"""
