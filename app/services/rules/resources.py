"""Where the rules engine finds its data files (calendars, covenant profiles)."""

from __future__ import annotations

from pathlib import Path


def resource_dir() -> Path:
    """The repository's ``resources`` folder (stable: the package is installed editable)."""
    return Path(__file__).resolve().parents[3] / "resources"
