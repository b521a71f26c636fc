"""Sharing: site settings, the share orchestration (gate, format, transport per recipient) and the ledger."""
