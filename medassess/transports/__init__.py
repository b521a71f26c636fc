"""Transports: how payload bytes reach a receiver (MESH, MLLP, FHIR REST) and what the receiver answered.

Imports ``core`` and the bounds every transport shares; never a format's internals, the ledger or the sharer.
"""
