"""`python -m app` is the same as the `vangnet` console script."""

from app.cli import main

raise SystemExit(main())
