"""OPML import (into config.toml) and export (from it).

Import appends ``[[feeds]]`` tables as text to the end of config.toml, so the file's
comments, order and formatting survive untouched; feeds whose URL is already configured
are skipped, the new text is validated with ``config.loads`` before anything is written,
and the file is replaced atomically. An OPML file comes from anywhere, so it is parsed
with ``defusedxml`` (no entity expansion, no external entities: a "billion laughs" file
is refused with one message), only http(s) feed URLs are taken, and titles are cleaned.

Why not ``listparser``: it adds lenient parsing of RDF/FOAF and iGoogle lists and URL
fetching we do not need, and leaves entity handling to the stdlib SAX parser; OPML is
one element with two attributes, and defusedxml is the established guard for hostile XML.
"""

from __future__ import annotations

import argparse
import os
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from frontline.models import INDEPENDENT, Config
from frontline.textclean import clean

MAX_OPML_BYTES = 5 * 1024 * 1024
SIDE_CATEGORY = "/frontline/side/"  # export writes a feed's side as an OPML category


class OpmlError(ValueError):
    """The OPML file or the config cannot be used; the message is one line."""


@dataclass(frozen=True)
class OpmlFeed:
    """One subscription read from an OPML outline."""

    name: str
    url: str
    html_url: str | None = None
    side: str | None = None


@dataclass
class ImportReport:
    """What an import did: feeds added, and those skipped with the reason."""

    added: list[OpmlFeed] = field(default_factory=list)
    duplicates: list[OpmlFeed] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (what, why)

    def summary(self) -> str:
        lines = [f"added {len(self.added)} feed{'s' * (len(self.added) != 1)}"]
        lines += [
            f"  + {f.name} <{f.url}>" + (f" [{f.side}]" if f.side else "") for f in self.added
        ]
        if self.duplicates:
            lines.append(f"skipped {len(self.duplicates)} already configured")
            lines += [f"  = {f.name} <{f.url}>" for f in self.duplicates]
        if self.rejected:
            lines.append(f"rejected {len(self.rejected)}")
            lines += [f"  - {what}: {why}" for what, why in self.rejected]
        return "\n".join(lines)


# --------------------------------------------------------------------------- reading


def normalize_url(url: str) -> str:
    """The form URLs are compared in: scheme and host lowercased, no fragment."""
    parts = urlsplit(url.strip())
    return urlunsplit(
        (parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, "")
    )


def parse_opml(
    data: bytes, source: str = "OPML", sides: tuple[str, ...] = ()
) -> tuple[list[OpmlFeed], list[tuple[str, str]]]:
    """The feeds in an OPML document, and the outlines rejected (with why).

    Raises OpmlError when the document is not safe, well-formed OPML.
    """
    if len(data) > MAX_OPML_BYTES:
        raise OpmlError(f"{source}: {len(data)} bytes is too large for an OPML file")
    try:
        root = SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise OpmlError(
            f"{source}: refused: the file declares XML entities or external references "
            f"({type(exc).__name__}), as an entity-expansion ('billion laughs') attack does; "
            "OPML never needs them"
        ) from None
    except ET.ParseError as exc:
        raise OpmlError(f"{source}: not well-formed XML ({exc})") from None
    tag = root.tag.rsplit("}", 1)[-1]
    if tag.lower() != "opml":
        raise OpmlError(f"{source}: not an OPML file (the root element is <{clean(tag)[:40]}>)")
    feeds: list[OpmlFeed] = []
    rejected: list[tuple[str, str]] = []
    for node in root.iter():
        if node.tag.rsplit("}", 1)[-1] != "outline":
            continue
        attrs = {k.rsplit("}", 1)[-1].lower(): v for k, v in node.attrib.items()}
        url = (attrs.get("xmlurl") or "").strip()
        if not url:
            continue  # a folder, or a link outline
        title = _one_line(attrs.get("title") or attrs.get("text") or "")
        parts = urlsplit(url)
        if any(ord(c) <= 0x20 or 0x7F <= ord(c) <= 0x9F for c in url):
            rejected.append((title or "an outline", "the feed URL contains spaces or controls"))
            continue
        if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
            rejected.append((title or _one_line(url)[:80], "only http(s) feed URLs are imported"))
            continue
        name = title or parts.netloc
        side = None
        for cat in (attrs.get("category") or "").split(","):
            cat = cat.strip()
            if cat.startswith(SIDE_CATEGORY):
                key = cat.removeprefix(SIDE_CATEGORY)
                if key in sides or key == INDEPENDENT:
                    side = key
        html_url = (attrs.get("htmlurl") or "").strip() or None
        feeds.append(OpmlFeed(name=name[:80], url=url, html_url=html_url, side=side))
    return feeds, rejected


def _one_line(text: str) -> str:
    return " ".join(clean(text).split())


# --------------------------------------------------------------------------- import


def _toml_str(value: str) -> str:
    """A TOML basic string; the input has no control characters (``clean``)."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def import_opml(config: Config, opml_path: Path, config_path: Path | None = None) -> ImportReport:
    """Append the OPML file's new feeds to config.toml; return what was done.

    Nothing is written unless the resulting file still loads as a valid config.
    """
    from frontline import config as config_mod

    config_path = Path(config_path or config.path or "")
    if not config_path.is_file():
        raise OpmlError(f"no config file to import into (looked for {config_path})")
    try:
        data = Path(opml_path).read_bytes()
    except OSError as exc:
        raise OpmlError(f"cannot read {opml_path}: {exc.strerror or exc}") from None
    feeds, rejected = parse_opml(data, str(opml_path), tuple(config.sides))
    report = ImportReport(rejected=rejected)
    known = {normalize_url(f.url) for f in config.feeds}
    names = {f.name for f in config.feeds}
    for feed in feeds:
        key = normalize_url(feed.url)
        if key in known:
            report.duplicates.append(feed)
            continue
        known.add(key)
        name, n = feed.name, 2
        while name in names:
            name, n = f"{feed.name} ({n})", n + 1
        names.add(name)
        report.added.append(OpmlFeed(name, feed.url, feed.html_url, feed.side))
    if not report.added:
        return report
    old = config_path.read_text(encoding="utf-8")
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    chunk = [f"# Added by `frontline opml import {_one_line(Path(opml_path).name)}` on {stamp}."]
    for feed in report.added:
        chunk += ["[[feeds]]", f"name = {_toml_str(feed.name)}", f"url = {_toml_str(feed.url)}"]
        if feed.side:
            chunk.append(f"side = {_toml_str(feed.side)}")
        chunk.append("")
    sep = "" if old.endswith("\n\n") or not old else ("\n" if old.endswith("\n") else "\n\n")
    new = old + sep + "\n".join(chunk)
    try:
        config_mod.loads(new, config_path)
    except config_mod.ConfigError as exc:
        raise OpmlError(f"not imported, the config would be invalid: {exc}") from None
    tmp = config_path.with_name(f".{config_path.name}.opml-import.tmp")
    try:
        tmp.write_text(new, encoding="utf-8")
        os.replace(tmp, config_path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OpmlError(f"cannot write {config_path}: {exc.strerror or exc}") from None
    return report


# --------------------------------------------------------------------------- export


def export_opml(config: Config, now: datetime | None = None) -> str:
    """The configured feeds as an OPML 2.0 document (sides as categories)."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = "frontline feeds"
    ET.SubElement(head, "dateCreated").text = format_datetime(now or datetime.now(UTC), usegmt=True)
    ET.SubElement(head, "docs").text = "http://opml.org/spec2.opml"
    body = ET.SubElement(root, "body")
    for feed in config.feeds:
        attrs = {"type": "rss", "text": feed.name, "title": feed.name, "xmlUrl": feed.url}
        if feed.side:
            attrs["category"] = SIDE_CATEGORY + feed.side
        ET.SubElement(body, "outline", attrs)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


# --------------------------------------------------------------------------- CLI


def run(args: argparse.Namespace, config: Config) -> int:
    """`frontline opml import FILE` / `frontline opml export [-o FILE]`; returns exit code."""
    action = next(
        (
            getattr(args, n)
            for n in ("opml_command", "opml_cmd", "action", "command")
            if getattr(args, n, None) in ("import", "export")
        ),
        None,
    )
    out = next((getattr(args, n) for n in ("output", "out", "o") if getattr(args, n, None)), None)
    try:
        if action == "import":
            path = getattr(args, "file", None) or getattr(args, "path", None)
            if not path:
                raise OpmlError("opml import needs a FILE")
            report = import_opml(config, Path(path))
            print(report.summary())
            if report.added and config.path:
                print(f"written to {config.path}")
            return 0
        if action == "export":
            text = export_opml(config)
            if out in (None, "-"):
                sys.stdout.write(text)
            else:
                Path(out).expanduser().write_text(text, encoding="utf-8")
                print(f"frontline opml: wrote {len(config.feeds)} feeds to {out}", file=sys.stderr)
            return 0
        raise OpmlError("use `frontline opml import FILE` or `frontline opml export [-o FILE]`")
    except OpmlError as exc:
        print(f"frontline opml: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"frontline opml: cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
