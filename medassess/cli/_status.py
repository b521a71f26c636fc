"""Exit statuses every command returns: 0 success, 1 refused by the share gate or a failed delivery, 2 unusable
input or configuration."""

EXIT_OK, EXIT_REFUSED, EXIT_UNUSABLE = 0, 1, 2
