"""frontline: watch a war's front line from feeds — places, claims, conflicts.

The package is a headless core (config, fetch, parse, store, match, claims, analysis,
pipeline, cli) with no Textual import, and a thin Textual UI in ``frontline.tui``.
"""

__version__ = "0.1.0"
