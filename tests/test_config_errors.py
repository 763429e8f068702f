"""Every kind of bad config gives one clear line (file, line, key) and never a traceback.

Each case is checked twice: ``config.load`` raises one ``ConfigError`` naming the key and
line, and the real CLI run in a subprocess exits non-zero with exactly that one line on
stderr. The subprocesses all start at once (a session fixture) so the catalogue stays fast.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from frontline import config

GOOD = """\
[[cities]]
name = "Hama"
aliases = ["Hamah"]
places = ["Muhrada"]

[[cities]]
name = "Aleppo"
aliases = ["Halab"]

[sides.government]
actors = ["army"]
voices = ["state media"]

[sides.opposition]
actors = ["rebels"]

[independent]
voices = ["Observatory"]

[[feeds]]
name = "A"
url = "http://127.0.0.1:9/a.xml"
side = "government"
"""


def _edit(old: str, new: str) -> str:
    assert old in GOOD, old
    return GOOD.replace(old, new, 1)


def _line_of(text: str, needle: str) -> int:
    """1-based line of the first line containing ``needle`` (what the message must name)."""
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


@dataclass(frozen=True)
class Bad:
    """One bad config: its text (or a setup making the path), words and line to expect."""

    name: str
    text: str | None
    words: tuple[str, ...]
    line_of: str | None = None  # the message must carry ``:N`` for this line's number
    setup: Callable[[Path], Path] | None = None
    cli_only: bool = False  # valid to load, but no command can run with it


def _directory(tmp: Path) -> Path:
    d = tmp / "config_dir.toml"
    d.mkdir()
    return d


def _not_utf8(tmp: Path) -> Path:
    p = tmp / "latin1.toml"
    p.write_bytes(GOOD.replace("Hamah", "Ham\xe2h").encode("latin-1"))
    return p


def _under_a_file(tmp: Path) -> Path:
    f = tmp / "plainfile"
    f.write_text("x")
    return f / "config.toml"


def _unreadable(tmp: Path) -> Path:
    p = tmp / "locked.toml"
    p.write_text(GOOD)
    p.chmod(0)
    return p


CASES: tuple[Bad, ...] = (
    Bad("syntax", _edit('name = "Aleppo"', 'name = "Aleppo'), ("TOML",), 'name = "Aleppo'),
    Bad("syntax_table", _edit("[independent]", "[independent"), ("TOML",), "[independent"),
    Bad("unknown_top", GOOD + "\n[setting]\npoll_interval = 5\n", ("setting", "unknown")),
    Bad(
        "unknown_city_key",
        _edit('aliases = ["Halab"]', 'alias = ["Halab"]'),
        ("cities[1].alias", "unknown"),
        'alias = ["Halab"]',
    ),
    Bad(
        "unknown_setting",
        GOOD + "\n[settings]\npoll_intervall = 60\n",
        ("settings.poll_intervall", "unknown"),
        "poll_intervall",
    ),
    Bad(
        "wrong_type_setting",
        GOOD + '\n[settings]\npoll_interval = "ten"\n',
        ("settings.poll_interval", "integer"),
        "poll_interval",
    ),
    Bad(
        "bool_for_int",
        GOOD + "\n[settings]\nmax_bytes = true\n",
        ("settings.max_bytes",),
        "max_bytes",
    ),
    Bad(
        "negative_interval",
        GOOD + "\n[settings]\npoll_interval = -5\n",
        ("settings.poll_interval",),
        "poll_interval",
    ),
    Bad(
        "wrong_type_aliases",
        _edit('aliases = ["Hamah"]', 'aliases = "Hamah"'),
        ("cities[0].aliases",),
        'aliases = "Hamah"',
    ),
    Bad("cities_not_array", 'cities = "Hama"\n' + GOOD.split("[[cities]]")[0], ("cities",)),
    Bad(
        "lat_out_of_range",
        _edit('places = ["Muhrada"]', 'places = ["Muhrada"]\nlat = 135.0'),
        ("cities[0].lat",),
        "lat = 135.0",
    ),
    Bad(
        "duplicate_city",
        _edit('name = "Aleppo"\naliases = ["Halab"]', 'name = "Hama"'),
        ("cities[1]", "Hama"),
    ),
    Bad(
        "alias_of_two_cities",
        _edit('aliases = ["Halab"]', 'aliases = ["Halab", "hamah"]'),
        ("cities[1].aliases", "hamah", "Hama"),
        'aliases = ["Halab", "hamah"]',
    ),
    Bad(
        "unknown_feed_side",
        _edit('side = "government"', 'side = "rebels"'),
        ("feeds[0].side", "rebels"),
        'side = "rebels"',
    ),
    Bad(
        "missing_feed_url",
        _edit('url = "http://127.0.0.1:9/a.xml"\n', ""),
        ("feeds[0]", "url"),
        "[[feeds]]",
    ),
    Bad("missing_city_name", _edit('name = "Aleppo"\n', ""), ("cities[1]", "name")),
    Bad("empty_feed_table", GOOD + "\n[[feeds]]\n", ("feeds[1]", "name")),
    Bad(
        "empty_feed_url",
        _edit('url = "http://127.0.0.1:9/a.xml"', 'url = ""'),
        ("feeds[0].url",),
        'url = ""',
    ),
    Bad(
        "duplicate_feed",
        GOOD + '\n[[feeds]]\nname = "A"\nurl = "http://127.0.0.1:9/b.xml"\n',
        ("feeds[1].name", "duplicate"),
    ),
    Bad(
        "bad_url_scheme",
        _edit('url = "http://127.0.0.1:9/a.xml"', 'url = "ftp://example.org/feed.xml"'),
        ("feeds[0].url", "scheme"),
        "ftp://",
    ),
    Bad(
        "javascript_url",
        _edit('url = "http://127.0.0.1:9/a.xml"', 'url = "javascript:alert(1)"'),
        ("feeds[0].url",),
        "javascript:",
    ),
    Bad(
        "url_without_host",
        _edit('url = "http://127.0.0.1:9/a.xml"', 'url = "http:///a.xml"'),
        ("feeds[0].url", "host"),
        "http:///",
    ),
    Bad(
        "reserved_side",
        _edit("[sides.opposition]", "[sides.independent]"),
        ("sides.independent", "reserved"),
    ),
    Bad(
        "alerts_wrong_type",
        GOOD + '\n[settings.alerts]\nbell = "yes"\n',
        ("settings.alerts.bell",),
    ),
    Bad("no_feeds", GOOD.split("[[feeds]]")[0], ("feeds",), cli_only=True),
    Bad("missing_file", None, ("not found",), setup=lambda tmp: tmp / "nope.toml"),
    Bad("directory", None, ("directory",), setup=_directory),
    Bad("not_utf8", None, ("UTF-8",), setup=_not_utf8),
    Bad("parent_is_file", None, ("cannot read",), setup=_under_a_file),
    Bad("unreadable", None, ("cannot read",), setup=_unreadable),
)
IDS = [c.name for c in CASES]


def _materialise(case: Bad, tmp: Path) -> Path:
    if case.setup is not None:
        return case.setup(tmp)
    path = tmp / f"{case.name}.toml"
    path.write_text(case.text or "", encoding="utf-8")
    return path


def _skip_if_root(case: Bad) -> None:
    if case.name == "unreadable" and hasattr(os, "geteuid") and os.geteuid() == 0:
        pytest.skip("root reads a mode-000 file; covered by parent_is_file")


def _check_message(msg: str, case: Bad, path: Path) -> None:
    assert "\n" not in msg.strip(), msg
    assert "Traceback" not in msg
    for word in case.words:
        assert word.casefold() in msg.casefold(), f"{word!r} not in {msg!r}"
    assert path.name in msg, f"file not named: {msg!r}"
    if case.line_of is not None:
        assert case.text is not None
        line = _line_of(case.text, case.line_of)
        assert f":{line}" in msg, f"line {line} not named: {msg!r}"


def test_good_config_loads(tmp_path: Path) -> None:
    """The base text of the catalogue is valid, so each case fails for its own edit only."""
    path = tmp_path / "good.toml"
    path.write_text(GOOD)
    cfg = config.load(path)
    assert [c.name for c in cfg.cities] == ["Hama", "Aleppo"]
    assert [f.name for f in cfg.feeds] == ["A"]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_load_raises_one_line(case: Bad, tmp_path: Path) -> None:
    _skip_if_root(case)
    path = _materialise(case, tmp_path)
    if case.cli_only:
        assert config.load(path).feeds == ()
        return
    with pytest.raises(config.ConfigError) as info:
        config.load(path)
    _check_message(str(info.value), case, path)


@pytest.fixture(scope="module")
def cli_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, int, str, str]]:
    """Run ``frontline --config BAD --db D poll --once`` for every case, all at once."""
    root = tmp_path_factory.mktemp("cfgcli")
    procs = {}
    for case in CASES:
        if case.name == "unreadable" and os.geteuid() == 0:
            continue
        tmp = root / case.name
        tmp.mkdir()
        path = _materialise(case, tmp)
        argv = [sys.executable, "-m", "frontline", "--config", str(path)]
        argv += ["--db", str(tmp / "f.db"), "poll", "--once"]
        procs[case.name] = (
            path,
            subprocess.Popen(
                argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp
            ),
        )
    out = {}
    for name, (path, proc) in procs.items():
        stdout, stderr = proc.communicate(timeout=60)
        out[name] = (path, proc.returncode, stdout, stderr)
    return out


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_cli_one_line_no_traceback(case: Bad, cli_runs: dict) -> None:
    _skip_if_root(case)
    path, rc, _stdout, stderr = cli_runs[case.name]
    assert rc != 0
    assert "Traceback" not in stderr, stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    _check_message(lines[0], case, path)
    assert not (path.parent / "f.db").exists() or case.name == "directory"
