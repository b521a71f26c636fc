"""The share gate: rules proving a record's written conclusions are present, substantive, attributable and
complete before anything is shared. ``registry`` defines rules, ``rules/`` holds the catalogue, ``facts`` what
the rules read, ``classes`` the medicine classes, ``engine`` runs them."""
