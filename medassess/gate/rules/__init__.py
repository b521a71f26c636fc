"""The share gate's rule catalogue, one module per area; importing this package registers every rule.

Codes by range: MA0xx the record itself (status, identity, pregnancy, template); MA1xx the assessments and
conclusions (MA117-MA120, in medicines: names recognised and concluded on); MA2xx who wrote them and when;
MA3xx who receives the record; MA4xx the lawful basis.
"""

from . import authors, conclusions, coverage, doses, lawful_basis, medicines, recipients, record

__all__ = ["authors", "conclusions", "coverage", "doses", "lawful_basis", "medicines", "recipients", "record"]
