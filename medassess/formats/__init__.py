"""Payload formats: the record after the share gate, as bytes a receiver reads (and read back).

One subpackage per format (``fhir``, ``hl7v2``, ``badgernet``, ``gpconnect``, ``letter``, ``coded_entries``);
the modules beside them are what several formats share: the format registry, message identities, the
narrative text and UK dates. Imports ``core``, ``record`` and ``gate``; never a transport.
"""
