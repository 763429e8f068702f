"""The headless core must never load Textual (the harlequin split).

Each core module is imported in a fresh interpreter, so one module cannot hide another's
Textual import; the CLI's parser is also built, since ``frontline --help`` and the headless
subcommands must stay light.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

CORE = [
    "frontline.models",
    "frontline.times",
    "frontline.config",
    "frontline.textclean",
    "frontline.fetch",
    "frontline.parse",
    "frontline.match",
    "frontline.claims",
    "frontline.analysis",
    "frontline.store",
    "frontline.pipeline",
    "frontline.exports",
    "frontline.queries",
    "frontline.brief",
    "frontline.opml",
    "frontline.demo",
    "frontline.cli",
]


def _check(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )


@pytest.mark.parametrize("module", CORE)
def test_core_module_does_not_import_textual(module: str) -> None:
    sys.path.insert(0, str(ROOT))
    try:
        assert importlib.util.find_spec(module) is not None, f"{module} is missing"
    finally:
        sys.path.remove(str(ROOT))
    proc = _check(
        f"import sys, {module}\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(bad))"
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "", f"{module} loaded {proc.stdout.strip()}"


def test_headless_cli_paths_do_not_import_textual() -> None:
    proc = _check(
        "import sys\n"
        "from frontline import cli\n"
        "cli.build_parser().format_help()\n"
        "from frontline import pipeline, exports\n"
        "print('textual' in sys.modules)"
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "False"


def test_the_check_can_fail() -> None:
    """Guard against a vacuous check: importing Textual itself must be detected."""
    proc = _check("import sys, textual\nprint('textual' in sys.modules)")
    assert proc.stdout.strip() == "True"
