"""OPML export and import against real config files, including hostile OPML."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from frontline import config as config_mod
from frontline import opml

CONFIG = """\
# Desk config: this comment must survive an import.
[[cities]]
name = "Hama"   # the watched city
aliases = ["Hamah"]

[sides.government]
actors = ["army"]
voices = ["state media"]

[sides.opposition]
actors = ["rebels"]
voices = ["rebel spokesman"]

[[feeds]]
name = "State Wire"
url = "https://state.example/feed.xml"
side = "government"

[[feeds]]
name = "Rebel Voice"
url = "https://rebel.example/rss"
side = "opposition"

[[feeds]]
name = "Monitor"
url = "http://monitor.example/atom.xml"
side = "independent"

[[feeds]]
name = "Regional"
url = "https://regional.example/news?format=rss"
"""

EMPTY = """\
# A fresh desk with no feeds yet.
[[cities]]
name = "Hama"

[sides.government]
actors = ["army"]

[sides.opposition]
actors = ["rebels"]
"""

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE opml [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<opml version="2.0"><head><title>&lol9;</title></head>
<body><outline text="&lol9;" xmlUrl="https://bomb.example/feed"/></body></opml>
"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE opml [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<opml version="2.0"><body><outline text="&secret;" xmlUrl="https://x.example/f"/></body></opml>
"""


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def feeds_of(cfg: config_mod.Config) -> set[tuple[str, str, str | None]]:
    return {(f.name, f.url, f.side) for f in cfg.feeds}


def test_round_trip_keeps_names_urls_and_sides(tmp_path: Path) -> None:
    source = config_mod.load(write(tmp_path / "desk.toml", CONFIG))
    exported = tmp_path / "feeds.opml"
    exported.write_text(opml.export_opml(source), encoding="utf-8")

    target_path = write(tmp_path / "fresh.toml", EMPTY)
    report = opml.import_opml(config_mod.load(target_path), exported)

    assert len(report.added) == len(source.feeds)
    assert feeds_of(config_mod.load(target_path)) == feeds_of(source)
    text = target_path.read_text(encoding="utf-8")
    assert text.startswith(EMPTY)  # the original text, comments included, is untouched


def test_import_skips_duplicates_and_reports_them(tmp_path: Path) -> None:
    desk_path = write(tmp_path / "desk.toml", CONFIG)
    desk = config_mod.load(desk_path)
    doc = write(
        tmp_path / "mixed.opml",
        """<?xml version="1.0"?><opml version="1.0"><body>
        <outline text="Folder">
          <outline text="Same wire, other case" xmlUrl="HTTPS://STATE.example/feed.xml"/>
          <outline text="New outlet" title="New Outlet" type="rss"
                   xmlUrl="https://new.example/rss"/>
          <outline text="New outlet again" xmlUrl="https://new.example/rss#dup"/>
        </outline>
        <outline text="Local file" xmlUrl="file:///etc/passwd"/>
        <outline text="Just a link" htmlUrl="https://site.example/"/>
        </body></opml>""",
    )
    before = desk_path.read_text(encoding="utf-8")

    report = opml.import_opml(desk, doc)

    assert [f.name for f in report.added] == ["New Outlet"]
    assert {f.url for f in report.duplicates} == {
        "HTTPS://STATE.example/feed.xml",
        "https://new.example/rss#dup",
    }
    assert [why for _, why in report.rejected] == ["only http(s) feed URLs are imported"]
    after = desk_path.read_text(encoding="utf-8")
    assert after.startswith(before)
    assert "# Desk config: this comment must survive an import." in after
    reloaded = config_mod.load(desk_path)
    assert ("New Outlet", "https://new.example/rss", None) in feeds_of(reloaded)
    assert len(reloaded.feeds) == len(desk.feeds) + 1

    # A second import adds nothing and leaves the file byte for byte as it was.
    again = opml.import_opml(reloaded, doc)
    assert again.added == []
    assert desk_path.read_text(encoding="utf-8") == after


def test_import_cleans_titles_and_makes_names_unique(tmp_path: Path) -> None:
    desk_path = write(tmp_path / "desk.toml", CONFIG)
    doc = write(
        tmp_path / "odd.opml",
        '<opml version="2.0"><body>'
        '<outline text="Monitor" xmlUrl="https://other-monitor.example/feed"/>'
        '<outline text="Evil&#155;31m &quot;quoted&quot;\\ na&#x200B;me&#8238;" '
        'xmlUrl="https://evil.example/f"/>'
        "</body></opml>",
    )
    report = opml.import_opml(config_mod.load(desk_path), doc)
    names = {f.name for f in config_mod.load(desk_path).feeds}
    assert "Monitor (2)" in names
    evil = next(f.name for f in report.added if "evil" in f.name.casefold())
    assert evil == 'Evil "quoted"\\ name'  # C1 CSI, zero-width and bidi controls gone
    assert evil in names  # quotes and backslash survived TOML quoting


@pytest.mark.parametrize("payload", [BILLION_LAUGHS, XXE], ids=["billion-laughs", "xxe"])
def test_hostile_opml_is_refused_and_config_untouched(
    tmp_path: Path, payload: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    desk_path = write(tmp_path / "desk.toml", CONFIG)
    bomb = tmp_path / "bomb.opml"
    bomb.write_bytes(payload)
    before = desk_path.read_text(encoding="utf-8")

    with pytest.raises(opml.OpmlError, match="billion laughs"):
        opml.import_opml(config_mod.load(desk_path), bomb)

    args = argparse.Namespace(opml_command="import", file=str(bomb))
    assert opml.run(args, config_mod.load(desk_path)) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "refused" in err and "Traceback" not in err
    assert desk_path.read_text(encoding="utf-8") == before


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (b"<rss version='2.0'><channel/></rss>", "not an OPML file"),
        (b"<opml><body><outline text='x'", "not well-formed XML"),
    ],
)
def test_not_opml_gets_one_clear_message(tmp_path: Path, payload: bytes, message: str) -> None:
    desk_path = write(tmp_path / "desk.toml", CONFIG)
    bad = tmp_path / "bad.opml"
    bad.write_bytes(payload)
    with pytest.raises(opml.OpmlError, match=message):
        opml.import_opml(config_mod.load(desk_path), bad)


def test_export_cli_writes_file(tmp_path: Path) -> None:
    cfg = config_mod.load(write(tmp_path / "desk.toml", CONFIG))
    out = tmp_path / "out.opml"
    assert opml.run(argparse.Namespace(opml_command="export", output=str(out)), cfg) == 0
    feeds, rejected = opml.parse_opml(out.read_bytes(), sides=tuple(cfg.sides))
    assert rejected == []
    assert {(f.name, f.url, f.side) for f in feeds} == feeds_of(cfg)
