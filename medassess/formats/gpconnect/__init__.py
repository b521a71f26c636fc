"""GP Connect medicines, read into a record's medicines."""
