"""readlist: reading-list bibliography manager for course websites."""

__version__ = "0.1.0"
