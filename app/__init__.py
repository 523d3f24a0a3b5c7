"""Vangnet: cases, deadlines and letters for eviction-prevention covenants."""

__version__ = "0.1.0"
