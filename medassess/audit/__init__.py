"""The audit: written conclusions and sharing per practice and month, as text, JSON or HTML."""
