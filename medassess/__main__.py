"""``python -m medassess``: the same as the ``medassess`` command."""

from .cli import console_main

console_main()
