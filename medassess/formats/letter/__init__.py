"""The letter: printable, self-contained HTML (and PDF)."""
