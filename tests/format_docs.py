"""Reading the checked parts of docs/formats/*.md, so tests can hold the pages to the code.

A page marks a fenced block with ``<!-- doc-check: NAME -->`` on the line before it; the column
table is the first table under ``## Columns``. Tests compare both with what the real services
and the real CLI do, so a change in either shows up as a failing test instead of a stale page.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

FORMATS = Path(__file__).resolve().parents[1] / "docs" / "formats"
EXAMPLES = FORMATS / "examples"

_BLOCK = r"<!-- doc-check: {name} -->\n```[a-z]*\n(.*?)```"


def doc_text(page: str) -> str:
    return (FORMATS / page).read_text(encoding="utf-8")


def doc_block(page: str, name: str) -> str:
    """The text of the fenced block marked ``name`` (ending with a newline)."""
    match = re.search(_BLOCK.format(name=re.escape(name)), doc_text(page), re.DOTALL)
    assert match is not None, f"{page} has no block marked 'doc-check: {name}'"
    return match[1]


def doc_lines(page: str, name: str) -> list[str]:
    return doc_block(page, name).splitlines()


def doc_session(page: str, name: str) -> list[tuple[list[str], list[str]]]:
    """A block of ``$ vangnet …`` commands, each followed by its output: (arguments, lines)."""
    steps: list[tuple[list[str], list[str]]] = []
    for line in doc_lines(page, name):
        if line.startswith("$ "):
            words = shlex.split(line[2:])
            assert words[0] == "vangnet", line
            steps.append((words[1:], []))
        else:
            assert steps, f"output before the first command in {page} '{name}'"
            steps[-1][1].append(line)
    return steps


def column_table(page: str) -> list[tuple[str, str]]:
    """(column name, required cell) of each row of the table under ``## Columns``."""
    text = doc_text(page)
    section = text.split("\n## Columns\n", 1)[1].split("\n## ", 1)[0]
    rows: list[tuple[str, str]] = []
    for line in section.splitlines():
        match = re.match(r"\| `([a-z_0-9]+)` \| ([^|]*) \|", line)
        if match:
            rows.append((match[1], match[2].strip()))
        elif rows and not line.startswith("|"):
            break  # the end of the first table
    return rows
