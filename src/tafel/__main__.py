"""Allow ``python -m tafel``."""

from tafel.app import main

raise SystemExit(main())
