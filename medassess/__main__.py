"""``python -m medassess``: the same as the ``medassess`` command."""

from ._cli import console_main

console_main()
