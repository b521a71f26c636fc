"""BadgerNet-style pregnancy search and write payloads."""
