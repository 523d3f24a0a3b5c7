"""`vangnet gui`: the desktop window (the default command)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import Handler, _iso_date, _window_size


def register(sub: Any) -> None:
    p = sub.add_parser("gui", help="start the desktop window (the default)")
    p.add_argument("--screenshot", type=Path, help="render a view to this PNG and exit")
    p.add_argument(
        "--view",
        default="inbox",
        help="inbox, troubleshooter, desk, ... case:ID, case:ID:sdv or settings:PAGE",
    )
    p.add_argument(
        "--size",
        type=_window_size,
        default=(1440, 860),
        metavar="WxH",
        help="the window's size for --screenshot, in logical pixels (default 1440x860); "
        "with QT_SCALE_FACTOR=1.5 the picture is 1.5 times larger, as on a 150%% screen",
    )
    p.add_argument("--today", type=_iso_date)


def cmd_gui(args: argparse.Namespace) -> int:
    from app.ui.launch import run_gui

    return run_gui(args)


COMMANDS: dict[str, Handler] = {
    "gui": cmd_gui,
}
