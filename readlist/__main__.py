"""``python -m readlist``: the ``readlist`` command."""

from readlist.cli import main

main()
