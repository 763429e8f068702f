"""cli.main: help, poll/ingest/export/feeds/extract, and one-line errors with exit 2."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from frontline.cli import build_parser, main

ROOT = Path(__file__).resolve().parent.parent


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def polled(syria_config: Path, db_path: Path, capsys) -> list[str]:
    """Global options for a database holding one poll of the syria fixtures."""
    opts = ["--config", str(syria_config), "--db", str(db_path)]
    code, out, err = run(capsys, *opts, "poll", "--once")
    assert code == 0, err
    assert "44 new items" in out
    return opts


def test_help_reads_like_a_man_page(capsys) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    for word in ["ingest", "poll", "feeds", "export", "extract", "brief", "opml", "serve", "demo"]:
        assert f"\n    {word}" in out
    assert "examples:" in out and "FRONTLINE_CONFIG" in out
    for sub in ["poll", "export", "brief", "opml", "serve", "demo", "ingest", "extract", "feeds"]:
        text = build_parser()._subparsers._group_actions[0].choices[sub].format_help()
        assert "example" in text, sub


def test_export_items_claims_conflicts_jsonl(polled: list[str], capsys, syria_config) -> None:
    code, out, _ = run(capsys, *polled, "export", "items", "--format", "jsonl")
    assert code == 0
    items = [json.loads(line) for line in out.splitlines()]
    assert len(items) == 44
    assert all(list(i)[:3] == ["feed", "guid", "cities"] for i in items)
    gold = {
        r["guid"]: sorted(r["cities"])
        for r in map(json.loads, (syria_config.parent / "labels.jsonl").read_text().splitlines())
    }
    assert {i["guid"]: i["cities"] for i in items} == gold

    code, out, _ = run(capsys, *polled, "export", "claims")
    assert code == 0
    keys = ["guid", "place", "city", "side", "kind", "claimant", "claimant_side"]
    assert all(list(json.loads(line))[:7] == keys for line in out.splitlines())

    code, out, _ = run(capsys, *polled, "export", "conflicts")
    assert code == 0
    for line in out.splitlines():
        rec = json.loads(line)
        assert list(rec)[:3] == ["place", "a", "b"] and rec["a"] < rec["b"]


def test_export_csv_to_file(polled: list[str], capsys, tmp_path: Path) -> None:
    target = tmp_path / "items.csv"
    code, out, _ = run(capsys, *polled, "export", "items", "--format", "csv", "-o", str(target))
    assert code == 0 and out == ""
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert len(rows) == 44
    assert list(rows[0])[:3] == ["feed", "guid", "cities"]
    hama = [r for r in rows if "Hama" in r["cities"].split(";")]
    assert hama


def test_options_may_follow_the_subcommand(syria_config: Path, db_path: Path, capsys) -> None:
    code, out, err = run(
        capsys, "poll", "--once", "--config", str(syria_config), "--db", str(db_path)
    )
    assert code == 0, err
    code, out, _ = run(
        capsys, "export", "items", "--db", str(db_path), "--config", str(syria_config)
    )
    assert len(out.splitlines()) == 44


def test_feeds_health_table(polled: list[str], capsys) -> None:
    code, out, _ = run(capsys, *polled, "feeds")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["feed", "last", "attempt"]
    assert len(lines) == 7 and any(line.startswith("Desk Wire") for line in lines)


def test_ingest_and_extract(syria_config: Path, db_path: Path, capsys) -> None:
    opts = ["--config", str(syria_config), "--db", str(db_path)]
    files = sorted(str(p) for p in (syria_config.parent / "feeds").glob("*.xml"))
    code, out, err = run(capsys, *opts, "ingest", *files)
    assert code == 0, err
    assert "44 new items" in out
    code, out, _ = run(capsys, *opts, "extract")
    assert code == 0 and "re-extracted 44 items" in out


def test_ingest_of_a_missing_file_is_one_line_and_keeps_the_rest(
    syria_config: Path, db_path: Path, capsys, tmp_path: Path
) -> None:
    opts = ["--config", str(syria_config), "--db", str(db_path)]
    good = str(syria_config.parent / "feeds" / "nns.xml")
    code, out, err = run(capsys, *opts, "ingest", str(tmp_path / "gone.xml"), good)
    assert code == 2
    assert err.count("\n") == 1 and "gone.xml" in err and "Traceback" not in err
    code, out, _ = run(capsys, *opts, "export", "items")
    assert len(out.splitlines()) > 0


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (None, "config file not found"),
        ("[[feeds]\n", "TOML syntax error"),
        ('[[cities]]\nname = "Hama"\nalias = ["x"]\n', "cities[0].alias"),
    ],
)
def test_bad_config_exits_2_with_one_line(
    tmp_path: Path, capsys, content: str | None, needle: str
) -> None:
    path = tmp_path / "config.toml"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "--config", str(path), "--db", str(tmp_path / "x.db"), "feeds")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and needle in err and str(path) in err


def test_export_without_a_database_is_one_line(tmp_path: Path, syria_config: Path, capsys) -> None:
    db = tmp_path / "none.db"
    code, _, err = run(capsys, "--config", str(syria_config), "--db", str(db), "export", "items")
    assert code == 2 and "no database yet" in err and err.count("\n") == 1
    assert not db.exists()


def test_a_file_that_is_not_a_database(tmp_path: Path, syria_config: Path, capsys) -> None:
    db = tmp_path / "notes.txt"
    db.write_text("shopping list\n" * 200)
    code, _, err = run(capsys, "--config", str(syria_config), "--db", str(db), "poll", "--once")
    assert code == 2 and str(db) in err and err.count("\n") == 1
    assert db.read_text() == "shopping list\n" * 200


def test_subprocess_bad_config_has_no_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[[feeds]]\nname = "A"\nurl = "gopher://x"\n', encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "frontline", "--config", str(bad), "poll", "--once"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        f"frontline: {bad}:3: feeds[0].url: unsupported URL scheme in 'gopher://x' "
        "(use http, https or file)"
    ]
