"""Part of the privacy commands of issue 15 (see app/cli_rights.py); being built."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

SUBJECT_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}
TOP_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}


def add_subject_parsers(subject_sub: Any) -> None:
    """Add this part's actions under `vangnet subject`."""
    del subject_sub


def add_top_parsers(sub: Any) -> None:
    """Add this part's own top-level commands."""
    del sub
