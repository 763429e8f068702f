"""Score frontline on the held-out corpora and the public fixture sets, end to end.

For every set (each folder under tests/corpora/ with a labels.jsonl, then the public
``syria`` and ``sudan`` sets) this runs the real CLI the way a user would:

    frontline --config SET/config.toml --db TMP/frontline.db poll --once -q
    frontline ... export items|claims|conflicts --format jsonl -o TMP/X.jsonl
    python3 shared/fixtures/score.py --labels SET ... --show-errors N --json TMP/score.json

and prints one summary line per set. The held-out sets were written blind (without reading
the claims engine), so the gap between the public and held-out lines is the honest measure
of how well the rules generalise.

    .venv/bin/python bench/heldout.py                 # summary lines only
    .venv/bin/python bench/heldout.py --show-errors 50 --errors-dir /tmp/heldout
    .venv/bin/python bench/heldout.py --only ukraine wire
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "tests" / "corpora"
DEFAULT_FIXTURES = ROOT.parent / "shared" / "fixtures"


@dataclass
class SetResult:
    """One set's scores, or the reason it could not be scored."""

    name: str
    metrics: dict | None
    report: str
    error: str | None = None

    def line(self) -> str:
        if self.error:
            return f"{self.name:<8} ERROR {self.error}"
        m = self.metrics
        it, cl, cs, cf = m["items"], m["claims"], m["claimant_side"], m["conflicts"]
        return (
            f"{self.name:<8} items={it['matched']}/{it['gold']} "
            f"cities_f1={m['cities']['f1']:.3f} "
            f"claims P={cl['p']:.3f} R={cl['r']:.3f} F1={cl['f1']:.3f} "
            f"(tp={cl['tp']} fp={cl['fp']} fn={cl['fn']}) "
            f"claimant_side={cs['accuracy']:.3f} "
            f"conflicts F1={cf['f1']:.3f} (tp={cf['tp']} fp={cf['fp']} fn={cf['fn']})"
        )


def frontline_cmd() -> list[str]:
    """The installed console script next to this interpreter, else ``python -m``."""
    exe = Path(sys.executable).with_name("frontline")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("frontline")
    return [found] if found else [sys.executable, "-m", "frontline.cli"]


def find_sets(fixtures: Path, only: list[str] | None) -> list[tuple[str, Path]]:
    """Held-out sets first (sorted), then the public ones."""
    sets = [
        (d.name, d)
        for d in sorted(CORPORA.iterdir())
        if d.is_dir() and (d / "labels.jsonl").exists() and (d / "config.toml").exists()
    ]
    sets += [(n, fixtures / n) for n in ("syria", "sudan") if (fixtures / n).is_dir()]
    if only:
        sets = [s for s in sets if s[0] in only]
    return sets


def run(cmd: list[str], timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)


def score_set(name: str, set_dir: Path, scorer: Path, show_errors: int) -> SetResult:
    """Poll, export and score one set in a throwaway database."""
    with tempfile.TemporaryDirectory(prefix=f"heldout-{name}-") as tmp:
        t = Path(tmp)
        base = [*frontline_cmd(), "--config", str(set_dir / "config.toml"), "--db", str(t / "f.db")]
        p = run([*base, "poll", "--once", "-q"])
        if p.returncode != 0:
            return SetResult(name, None, p.stdout + p.stderr, f"poll exit {p.returncode}")
        for what in ("items", "claims", "conflicts"):
            out = t / f"{what}.jsonl"
            p = run([*base, "export", what, "--format", "jsonl", "-o", str(out)])
            if p.returncode != 0:
                return SetResult(name, None, p.stdout + p.stderr, f"export {what} failed")
        cmd = [sys.executable, str(scorer), "--labels", str(set_dir)]
        cmd += ["--items", str(t / "items.jsonl"), "--claims", str(t / "claims.jsonl")]
        cmd += ["--conflicts", str(t / "conflicts.jsonl"), "--json", str(t / "score.json")]
        if show_errors:
            cmd += ["--show-errors", str(show_errors)]
        p = run(cmd)
        if p.returncode != 0:
            return SetResult(name, None, p.stdout + p.stderr, f"score.py exit {p.returncode}")
        metrics = json.loads((t / "score.json").read_text(encoding="utf-8"))
        return SetResult(name, metrics, p.stdout)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--fixtures", type=Path, default=DEFAULT_FIXTURES, help="shared/fixtures")
    ap.add_argument("--show-errors", type=int, default=50, metavar="N")
    ap.add_argument("--errors-dir", type=Path, help="write each set's scorer report here")
    ap.add_argument("--verbose", action="store_true", help="print each scorer report too")
    ap.add_argument("--only", nargs="*", help="set names to run")
    a = ap.parse_args(argv)

    scorer = a.fixtures / "score.py"
    if not scorer.exists():
        print(f"heldout: scorer not found at {scorer} (use --fixtures DIR)", file=sys.stderr)
        return 2
    results = [
        score_set(name, d, scorer, a.show_errors) for name, d in find_sets(a.fixtures, a.only)
    ]
    if a.errors_dir:
        a.errors_dir.mkdir(parents=True, exist_ok=True)
        for r in results:
            (a.errors_dir / f"{r.name}.txt").write_text(r.report, encoding="utf-8")
    for r in results:
        if a.verbose:
            print(f"==== {r.name}\n{r.report}")
        print(r.line())
    return 1 if any(r.error for r in results) else 0


if __name__ == "__main__":
    raise SystemExit(main())
