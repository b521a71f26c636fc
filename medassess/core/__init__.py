"""The bottom layer: what every layer uses and that knows nothing of records, formats or delivery.

The one exception tree, the shipped data paths, input size limits, hardened XML parsing, credentials that
never print, redaction of receiver text, the payloads' layout versions and the test-only kill points. Nothing
here imports another layer.
"""
