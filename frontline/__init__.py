"""frontline: watch a war's front line from feeds — places, claims, conflicts.

The package is a headless core (config, fetch, parse, store, match, claims, analysis,
pipeline, cli) with no Textual import, and a thin Textual UI in ``frontline.tui``.
"""

__version__ = "0.1.0"

import sys as _sys

# httpx imports its command-line tool, and with it rich and click (~90 ms), whenever they
# are installed, as Textual's rich is. frontline never runs that tool; without the module
# httpx defines a stub instead. A warm `poll --once` is mostly start-up, so this counts.
_sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
