"""Where the rules engine finds its data files (calendars, covenant profiles).

They are package data (``app/resources``), found through ``importlib.resources``: the same in
the source tree, an installed wheel and a frozen app.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_dir() -> Path:
    """The package's ``resources`` folder (a real folder: the package is never zipped)."""
    return Path(str(resources.files("app") / "resources"))
