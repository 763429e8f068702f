"""The ``frontline`` command: the dashboard by default, plus headless subcommands.

Every failure a user can cause (a bad config, an unreadable file, a database that is not
ours) is one line on stderr and exit status 2, never a traceback. Heavy modules (Textual,
the pipeline) are imported only by the subcommands that need them, so ``--help`` is quick.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from frontline import __version__

if TYPE_CHECKING:
    from frontline.models import Config
    from frontline.store import Store

ENV_DB = "FRONTLINE_DB"


class UsageError(Exception):
    """A user-facing failure: printed as one line, exit status 2."""


# --------------------------------------------------------------------------- parser


def _fmt(prog: str) -> argparse.HelpFormatter:
    return argparse.RawDescriptionHelpFormatter(prog, max_help_position=30)


def _doc(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


MAIN_DESCRIPTION = _doc(
    """
    Watch a war's front line from news feeds.

    frontline polls RSS/Atom feeds, finds the tracked cities each item names, pulls out
    claims (who says which side captured, is advancing on, holds, withdrew from, denied or
    struck which place), stores everything in SQLite and shows the latest claims, each
    city's status and the sources that contradict each other.

    With no command, frontline opens the dashboard and polls in the background.
    """
)

MAIN_EPILOG = _doc(
    """
    configuration:
      The config is the first of: --config FILE, $FRONTLINE_CONFIG, ./config.toml, the
      user config (e.g. ~/.config/frontline/config.toml), the bundled Syria desk config.
      The database is --db FILE, else $FRONTLINE_DB, else [settings] database, else the
      user data directory (e.g. ~/.local/share/frontline/frontline.db).

    examples:
      frontline                                  open the dashboard on ./config.toml
      frontline --watch Hama                     ... and alert on every claim about Hama
      frontline --config desk.toml poll --once   one poll cycle, no screen
      frontline export claims --format csv -o claims.csv
      frontline brief Aleppo --since 12h -o aleppo.md
      frontline demo                             an offline demo with a scripted scenario

    exit status: 0 on success, 1 when every feed failed, 2 on a usage, config or file error.
    """
)


def _common(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """--config and --db, accepted both before and after the subcommand."""
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--config",
        metavar="FILE",
        default=default,
        help="config file (default: see 'configuration' in frontline --help)",
    )
    parser.add_argument("--db", metavar="FILE", default=default, help="SQLite database file to use")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="frontline",
        description=MAIN_DESCRIPTION,
        epilog=MAIN_EPILOG,
        formatter_class=_fmt,
    )
    parser.add_argument("--version", action="version", version=f"frontline {__version__}")
    _common(parser, top=True)
    parser.add_argument(
        "--watch",
        metavar="CITY",
        action="append",
        default=[],
        help="a city (or any place name) to watch closely; repeat for more",
    )
    parser.add_argument(
        "--no-poll", action="store_true", help="open the dashboard without polling feeds"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")

    def add(name: str, summary: str, description: str, epilog: str) -> argparse.ArgumentParser:
        p = sub.add_parser(
            name,
            help=summary,
            description=_doc(description),
            epilog=_doc(epilog),
            formatter_class=_fmt,
        )
        _common(p, top=False)
        return p

    p = add(
        "ingest",
        "parse local feed files into the database",
        """
        Parse local RSS/Atom files through the same pipeline as a poll: items are stored,
        matched to cities and their claims extracted. A file that is one of the config's
        file: feeds is stored under that feed's name; any other file under its file name.
        """,
        """
        examples:
          frontline ingest saved/*.xml
          frontline --config fixtures/syria/config.toml ingest fixtures/syria/feeds/*.xml
        """,
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="feed files to ingest")

    p = add(
        "poll",
        "poll the feeds without the dashboard",
        """
        Poll the config's feeds headless. With --once, fetch every feed one time and exit;
        otherwise keep polling each feed when it is due (its interval, with backoff on
        errors) and print one line per cycle until interrupted with Ctrl-C.
        """,
        """
        examples:
          frontline poll --once
          frontline --db /srv/desk.db poll          run as a service beside the dashboards

        exit status (--once): 0 when at least one feed worked, 1 when all failed.
        """,
    )
    p.add_argument("--once", action="store_true", help="one cycle over every feed, then exit")
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")

    p = add(
        "feeds",
        "show each feed's health",
        """
        Show each configured feed's health: when it was last tried, last worked and last
        brought a new item, how many errors in a row, the last error and the next check.
        """,
        """
        example:
          frontline feeds
        """,
    )

    p = add(
        "export",
        "write items, claims or conflicts as JSON lines or CSV",
        """
        Write stored data in the machine-readable contract:
          items      {"feed", "guid", "cities": [...]}
          claims     {"guid", "place", "city", "side", "kind", "claimant", "claimant_side"}
          conflicts  {"place", "a", "b"} with a < b (guids)
        Extra fields (title, link, ts, sentence...) follow the contract's keys.
        """,
        """
        examples:
          frontline export items --format jsonl > items.jsonl
          frontline export claims --format csv -o claims.csv
        """,
    )
    p.add_argument("what", choices=("items", "claims", "conflicts"), help="what to export")
    p.add_argument("--format", choices=("jsonl", "csv"), default="jsonl", help="default: jsonl")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")

    add(
        "extract",
        "re-run place matching and claim extraction over stored items",
        """
        Re-run place matching and claim extraction over every stored item and recompute
        the conflicts. Run it after editing the cities, sides or [lexicon] in the config.
        Triage (read, flagged, verified, dismissed) and notes are kept.
        """,
        """
        example:
          frontline extract
        """,
    )

    p = add(
        "brief",
        "write a Markdown brief on one city",
        """
        Write a Markdown brief on one city for the copy desk: its status and why, recent
        claims by place and side with their sources and links, and open conflicts.
        """,
        """
        examples:
          frontline brief Hama
          frontline brief Aleppo --since 12h -o aleppo.md
        """,
    )
    p.add_argument("city", metavar="CITY", help="a tracked city")
    p.add_argument("--since", default="24h", help="how far back: 90m, 24h, 2d (default: 24h)")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")

    p = add(
        "opml",
        "import or export the feed list as OPML",
        """
        Exchange the feed list with other feed readers as OPML.
        'import FILE' adds the file's feeds to the config file (feeds already there are
        kept); 'export' writes the config's feeds as an OPML document.
        """,
        """
        examples:
          frontline opml import subscriptions.opml
          frontline opml export -o desk.opml
        """,
    )
    p.add_argument("action", choices=("import", "export"), help="import or export")
    p.add_argument("file", nargs="?", metavar="FILE", help="the OPML file to import")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")

    p = add(
        "serve",
        "serve the dashboard in a web browser",
        """
        Serve the dashboard over HTTP with textual-serve, for a desk without a terminal.
        Binds to 127.0.0.1 unless told otherwise; do not expose it to the internet.
        """,
        """
        example:
          frontline serve --port 8000     then open http://127.0.0.1:8000
        """,
    )
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default: 8000)")

    p = add(
        "demo",
        "run the dashboard on an offline scripted scenario",
        """
        Start a loopback feed server that plays a scripted scenario and open the dashboard
        on it, with a throwaway database. Needs no network.
        """,
        """
        examples:
          frontline demo
          frontline demo --speed 4
        """,
    )
    p.add_argument("--speed", type=float, default=1.0, help="scenario speed factor (default: 1)")
    p.add_argument(
        "--no-open", action="store_true", help="start the feed server only, no dashboard"
    )
    return parser


# --------------------------------------------------------------------------- helpers


def _load_config(args: argparse.Namespace) -> Config:
    from frontline import config as cfg

    return cfg.load(cfg.default_config_path(getattr(args, "config", None)))


def _db_path(args: argparse.Namespace, config: Config) -> Path:
    from frontline.config import default_db_path

    given = getattr(args, "db", None) or os.environ.get(ENV_DB)
    if given:
        return Path(given).expanduser()
    return config.settings.database or default_db_path()


def _open_store(path: Path, *, must_exist: bool = False) -> Store:
    from frontline.store import Store

    if must_exist and not path.exists():
        raise UsageError(f"{path}: no database yet (run 'frontline poll --once' first)")
    return Store(path)


def _open_output(path: str | None):
    if path in (None, "-"):
        return None
    try:
        return open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed by caller
    except OSError as e:
        raise UsageError(f"{path}: cannot write: {e.strerror or e}") from None


def _when(value: str | None) -> str:
    return value.replace("T", " ").rstrip("Z") if value else "-"


# --------------------------------------------------------------------------- commands


def cmd_dashboard(args: argparse.Namespace) -> int:
    config = _load_config(args)
    db = _db_path(args, config)
    from frontline.tui.app import run

    result = run(config, db, watch=args.watch or None, poll=not args.no_poll)
    return int(result or 0)


def cmd_ingest(args: argparse.Namespace) -> int:
    from frontline import pipeline

    config = _load_config(args)
    with _open_store(_db_path(args, config)) as store:
        report = pipeline.ingest(config, store, args.files)
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for error in report.feeds_failed.values():
        print(f"frontline: {error}", file=sys.stderr)
    print(
        f"ingested {len(report.feeds_ok)} files: {report.new_items} new items, "
        f"{report.changed_items} changed, {report.new_claims} claims, "
        f"{len(report.new_conflicts)} new conflicts"
    )
    return 2 if report.feeds_failed else 0


def cmd_poll(args: argparse.Namespace) -> int:
    import threading

    config = _load_config(args)  # before the heavy imports: a bad config fails fast
    if not config.feeds:
        raise UsageError(f"{config.path}: no [[feeds]] to poll")
    from frontline import pipeline

    with _open_store(_db_path(args, config)) as store:
        if args.once:
            report = pipeline.poll_once(config, store)
            for name, error in report.feeds_failed.items():
                print(f"{name}: {error}", file=sys.stderr)
            if not args.quiet:
                print(report.summary())
            return 1 if report.feeds_failed and not report.feeds_ok else 0

        stop = threading.Event()

        def show(report: pipeline.Report) -> None:
            for name, error in report.feeds_failed.items():
                print(f"  {name}: {error}", file=sys.stderr)
            if not args.quiet:
                print(report.summary(), flush=True)

        try:
            pipeline.poll_forever(config, store, stop, on_report=show)
        except KeyboardInterrupt:
            stop.set()
            print("stopped", file=sys.stderr)
        return 0


FEED_COLUMNS = (
    ("name", "feed"),
    ("last_attempt", "last attempt"),
    ("last_success", "last success"),
    ("last_new_item", "last new item"),
    ("error_streak", "streak"),
    ("next_check", "next check"),
    ("last_error", "last error"),
)


def cmd_feeds(args: argparse.Namespace) -> int:
    config = _load_config(args)
    with _open_store(_db_path(args, config)) as store:
        store.sync_feeds(config.feeds)
        configured = {f.name for f in config.feeds}
        rows = [r for r in store.feed_health() if r["name"] in configured]
    table = [[title for _, title in FEED_COLUMNS]]
    for r in rows:
        cells = []
        for key, _ in FEED_COLUMNS:
            value = r.get(key)
            if key in ("last_attempt", "last_success", "last_new_item", "next_check"):
                cells.append(_when(value))
            elif key == "last_error":
                cells.append((value or "-")[:80] if r.get("error_streak") else "-")
            else:
                cells.append("-" if value is None else str(value))
        table.append(cells)
    widths = [max(len(row[i]) for row in table) for i in range(len(FEED_COLUMNS) - 1)]
    for row in table:
        head = "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False))
        print(f"{head}  {row[-1]}".rstrip())
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from frontline import exports

    config = _load_config(args)
    with _open_store(_db_path(args, config), must_exist=True) as store:
        out = _open_output(args.output)
        try:
            exports.export(store, args.what, args.format, out or sys.stdout)
        finally:
            if out is not None:
                out.close()
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from frontline import pipeline

    config = _load_config(args)
    with _open_store(_db_path(args, config), must_exist=True) as store:
        report = pipeline.reextract(config, store)
        items = store.counts()["items"]
    print(
        f"re-extracted {items} items: {report.new_claims} claims, "
        f"{len(report.new_conflicts)} new conflicts ({report.elapsed:.1f}s)"
    )
    return 0


def cmd_brief(args: argparse.Namespace) -> int:
    from frontline import brief

    config = _load_config(args)
    with _open_store(_db_path(args, config), must_exist=True) as store:
        return int(brief.run(args, config, store) or 0)


def cmd_opml(args: argparse.Namespace) -> int:
    from frontline import opml

    if args.action == "import" and not args.file:
        raise UsageError("opml import: name the OPML FILE to import")
    config = _load_config(args)
    return int(opml.run(args, config) or 0)


def cmd_serve(args: argparse.Namespace) -> int:
    from frontline.tui import serve

    return int(serve.run(args) or 0)


def cmd_demo(args: argparse.Namespace) -> int:
    from frontline import demo

    return int(demo.run(args) or 0)


COMMANDS: dict[str | None, Any] = {
    None: cmd_dashboard,
    "ingest": cmd_ingest,
    "poll": cmd_poll,
    "feeds": cmd_feeds,
    "export": cmd_export,
    "extract": cmd_extract,
    "brief": cmd_brief,
    "opml": cmd_opml,
    "serve": cmd_serve,
    "demo": cmd_demo,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (errors are one line on stderr)."""
    from frontline.config import ConfigError
    from frontline.store import StoreError

    parser = build_parser()
    args = parser.parse_args(argv)
    handler = COMMANDS[args.command]
    try:
        return handler(args)
    except (ConfigError, StoreError, UsageError) as e:
        print(f"frontline: {e}", file=sys.stderr)
        return 2
    except sqlite3.Error as e:
        db = getattr(args, "db", None) or "the database"
        print(f"frontline: {db}: database error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `frontline export ... | head`: the reader left; that is not an error.
        sys.stderr.close()
        return 0
    except OSError as e:
        name = f"{e.filename}: " if getattr(e, "filename", None) else ""
        print(f"frontline: {name}{e.strerror or e}", file=sys.stderr)
        return 2
