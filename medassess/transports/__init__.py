"""Transports: how payload bytes reach a receiver (MESH, MLLP, FHIR REST, manual hand-over) and what the
receiver answered, each behind the :class:`~medassess.transports.base.Transport` protocol and found by route
kind in :mod:`medassess.transports.registry`.

Imports ``core``, the record's route models and the bounds every transport shares; never a format's
internals, the ledger or the sharer.
"""
