"""The frozen executables' entry point: the same `main` as the `vangnet` console script.

Both `vangnet` (the window; on Windows without a console) and `vangnet-cli` (always a console)
start here; with no command, `main` opens the window.
"""

from __future__ import annotations

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
