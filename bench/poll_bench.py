"""Poll benchmark: frontline against newsboat on 200 feeds × 50 items served on loopback.

What it does (DESIGN.md, "Measured facts to design by"):

1. generates a corpus of ``--feeds`` RSS feeds × ``--items`` items (~4 KB of varied English
   news text per item, naming Syrian cities), cached under ``--workdir``;
2. serves it from a separate process on several loopback addresses (127.0.0.1..N, so the
   per-host cap behaves as with real outlets) with 20–50 ms of latency per response and
   ETag / Last-Modified support;
3. times, as whole processes (median of ``--runs``), a cold ``frontline poll --once`` (fresh
   database) and a warm one (everything answers 304), and the same for
   ``newsboat -x reload`` with ``reload-threads 8`` when newsboat is installed;
4. times the fetch layer alone (``fetch.fetch_all`` in this process), cold and warm, with the
   default client split and with one single client, to show the pool-bookkeeping cost.

    .venv/bin/python bench/poll_bench.py                  # the full comparison
    .venv/bin/python bench/poll_bench.py --feeds 50 --runs 1 --skip-newsboat   # quick look
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from datetime import UTC, datetime
from email.utils import formatdate
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CITIES = {
    "Aleppo": ["Minian", "Khan al-Assal", "Sheikh Maqsoud"],
    "Hama": ["Muhrada", "Salamiya", "Qamhana"],
    "Homs": ["Rastan", "Talbiseh"],
    "Idlib": ["Saraqib", "Khan Shaykhun", "Maarat al-Numan"],
    "Damascus": ["Jobar", "Douma", "Mezzeh"],
    "Deir ez-Zor": ["Mayadin", "Albu Kamal"],
    "Raqqa": ["Tabqa"],
    "Latakia": ["Jableh"],
    "Daraa": ["Bosra"],
}
ACTORS = {
    "government": ["the Syrian army", "government forces", "pro-government forces"],
    "opposition": ["rebels", "opposition fighters", "insurgents", "HTS"],
}
VOICES = {
    "government": ["state media", "SANA", "a Syrian military source"],
    "opposition": ["an opposition commander", "a rebel official"],
    "independent": ["the Syrian Observatory for Human Rights", "the United Nations"],
}
VERBS = [
    "captured", "advanced on", "pushed into", "repelled an attack on", "withdrew from",
    "shelled", "launched air strikes on", "entered", "retook", "is still holding",
]  # fmt: skip
#: Sentence parts combined at random, so items are varied news prose, not repeats.
OPENERS = [
    "Residents of {city} described", "Aid workers near {city} reported", "Doctors in {city} said",
    "Traders in {city} complained of", "Families leaving {city} spoke of",
    "Officials in {city} warned of", "Teachers in {city} described",
]  # fmt: skip
SUBJECTS = [
    "long queues for bread and fuel", "roads cut by checkpoints", "shortages of anaesthetics",
    "power cuts lasting most of the day", "prices that doubled within a month",
    "crowded shelters in schools and mosques", "a lack of clean water", "closed bakeries",
]  # fmt: skip
CLOSERS = [
    "as the fighting drew closer", "while convoys waited at the crossings",
    "and said the winter would be hard", "although some shops reopened on {day}",
    "as diplomats in Geneva called for a pause", "and asked for safe passage for the wounded",
]  # fmt: skip
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CLAIM_SHARE = 0.1  # items carrying one claim sentence; more makes conflicts explode
PLACE_SHARE = 0.15  # prose sentences naming a tracked city (set by --place-share)
ELSEWHERE = ["the capital", "the border area", "the coastal towns", "the camps", "the north"]


# --------------------------------------------------------------------------- corpus


def _claim(rng: random.Random) -> str:
    city = rng.choice(list(CITIES))
    place = rng.choice([city, *CITIES[city]])
    side = rng.choice(list(ACTORS))
    voice_side = rng.choice(list(VOICES))
    return (
        f"{rng.choice(VOICES[voice_side]).capitalize()} said {rng.choice(ACTORS[side])} "
        f"{rng.choice(VERBS)} {place}, near {city}, on {rng.choice(DAYS)}."
    )


def _prose(rng: random.Random) -> str:
    # Real news copy names a tracked place in a minority of its sentences (the 40 real
    # outlets in ../shared/realfeeds: most items name none); ``PLACE_SHARE`` of these
    # sentences name one, the rest an untracked location.
    city = rng.choice(list(CITIES)) if rng.random() < PLACE_SHARE else rng.choice(ELSEWHERE)
    text = f"{rng.choice(OPENERS)} {rng.choice(SUBJECTS)} {rng.choice(CLOSERS)}."
    return text.format(city=city, day=rng.choice(DAYS))


def _item_text(rng: random.Random, size: int) -> str:
    parts: list[str] = []
    length = 0
    while length < size:
        parts.append(_prose(rng))
        length += len(parts[-1]) + 1
    if rng.random() < CLAIM_SHARE:
        parts.insert(rng.randrange(len(parts)), _claim(rng))
    paragraphs = [" ".join(parts[i : i + 6]) for i in range(0, len(parts), 6)]
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def make_feed(index: int, items: int, item_bytes: int) -> bytes:
    """One RSS 2.0 document; deterministic for a given index."""
    rng = random.Random(index)
    base = 1_767_225_600 + index * 97  # 2026-01-01, spread per feed
    out = [
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>',
        f"<title>Bench outlet {index}</title><link>http://outlet{index}.example/</link>",
        f"<description>Synthetic outlet {index}</description>",
    ]
    for n in range(items):
        title = f"{rng.choice(SUBJECTS).capitalize()} in {rng.choice(list(CITIES))}"
        when = formatdate(base + n * 3600, usegmt=True)
        out.append(
            f"<item><title>{escape(title)}</title>"
            f"<link>http://outlet{index}.example/story/{n}</link>"
            f'<guid isPermaLink="false">outlet{index}-{n}</guid><pubDate>{when}</pubDate>'
            f"<description>{escape(_item_text(rng, item_bytes))}</description></item>"
        )
    out.append("</channel></rss>\n")
    return "\n".join(out).encode()


def build_corpus(directory: Path, feeds: int, items: int, item_bytes: int) -> list[Path]:
    """Write (or reuse) the corpus files; returns their paths in feed order."""
    directory.mkdir(parents=True, exist_ok=True)
    stamp = directory / "corpus.json"
    wanted = {
        "feeds": feeds,
        "items": items,
        "item_bytes": item_bytes,
        "place_share": PLACE_SHARE,
        "v": 3,
    }
    paths = [directory / f"feed{i}.xml" for i in range(feeds)]
    if stamp.exists() and json.loads(stamp.read_text()) == wanted and all(map(Path.exists, paths)):
        return paths
    for i, path in enumerate(paths):
        path.write_bytes(make_feed(i, items, item_bytes))
    stamp.write_text(json.dumps(wanted))
    return paths


# --------------------------------------------------------------------------- server


class _Stats:
    def __init__(self) -> None:
        self.counts: dict[int, int] = {}

    def add(self, status: int) -> None:
        self.counts[status] = self.counts.get(status, 0) + 1


async def _serve(corpus: Path, hosts: list[str], port: int, lo: float, hi: float) -> None:
    docs: dict[str, tuple[bytes, str, str]] = {}
    for path in sorted(corpus.glob("feed*.xml")):
        body = path.read_bytes()
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        docs["/" + path.name] = (body, etag, formatdate(path.stat().st_mtime, usegmt=True))
    stats = _Stats()
    rng = random.Random(0)

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                line = await reader.readline()
                if not line:
                    break
                target = line.decode("latin-1").split(" ")[1]
                headers: dict[str, str] = {}
                while True:
                    raw = await reader.readline()
                    if raw in (b"\r\n", b"\n", b""):
                        break
                    key, _, value = raw.decode("latin-1").partition(":")
                    headers[key.strip().lower()] = value.strip()
                if target == "/__stats":
                    body = json.dumps(stats.counts).encode()
                    stats.counts = {}
                    head = f"HTTP/1.1 200 OK\r\nContent-Length: {len(body)}\r\n\r\n"
                    writer.write(head.encode() + body)
                    await writer.drain()
                    continue
                await asyncio.sleep(rng.uniform(lo, hi))
                doc = docs.get(target.split("?")[0])
                if doc is None:
                    status, body, extra = 404, b"not found", ""
                else:
                    body, etag, modified = doc
                    extra = f"ETag: {etag}\r\nLast-Modified: {modified}\r\n"
                    fresh = headers.get("if-none-match") == etag or (
                        "if-none-match" not in headers
                        and headers.get("if-modified-since") == modified
                    )
                    status, body = (304, b"") if fresh else (200, body)
                    extra += "Content-Type: application/rss+xml; charset=utf-8\r\n"
                stats.add(status)
                reason = {200: "OK", 304: "Not Modified", 404: "Not Found"}[status]
                head = f"HTTP/1.1 {status} {reason}\r\n{extra}Content-Length: {len(body)}\r\n\r\n"
                writer.write(head.encode() + body)
                await writer.drain()
                if headers.get("connection", "").lower() == "close":
                    break
        except (ConnectionError, IndexError, ValueError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, hosts, port, backlog=1024)
    print("ready", flush=True)
    async with server:
        await server.serve_forever()


class Server:
    """The corpus server in its own process, so it does not share a core's GIL with us."""

    def __init__(self, corpus: Path, hosts: int, latency: tuple[float, float]) -> None:
        import socket

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.hosts = [f"127.0.0.{i + 1}" for i in range(hosts)]
        self.args = [
            sys.executable, __file__, "--serve", str(corpus), "--port", str(self.port),
            "--hosts", str(hosts), "--latency", f"{latency[0]},{latency[1]}",
        ]  # fmt: skip

    def __enter__(self) -> Server:
        self.proc = subprocess.Popen(self.args, stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        if self.proc.stdout.readline().strip() != "ready":
            raise SystemExit("bench server failed to start")
        return self

    def __exit__(self, *exc: object) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)

    def url(self, index: int) -> str:
        return f"http://{self.hosts[index % len(self.hosts)]}:{self.port}/feed{index}.xml"

    def stats(self) -> dict[str, int]:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/__stats") as response:
            return json.loads(response.read())


# --------------------------------------------------------------------------- runners


CONFIG_HEAD = """
[settings]
poll_interval = 600

[sides.government]
actors = ["Syrian army", "government forces", "pro-government forces"]
voices = ["state media", "SANA", "Syrian military source"]

[sides.opposition]
actors = ["rebels", "opposition fighters", "insurgents", "HTS"]
voices = ["opposition commander", "rebel official"]

[independent]
voices = ["Syrian Observatory for Human Rights", "United Nations"]
"""


def write_config(path: Path, urls: list[str]) -> None:
    lines = [CONFIG_HEAD]
    for city, places in CITIES.items():
        lines.append(f"[[cities]]\nname = {json.dumps(city)}\nplaces = {json.dumps(places)}\n")
    for i, url in enumerate(urls):
        lines.append(f'[[feeds]]\nname = "outlet {i}"\nurl = "{url}"\n')
    path.write_text("\n".join(lines))


def _tree_rss(root: int) -> int:
    """Resident bytes of a process and all its descendants (from /proc; 0 elsewhere)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for d in Path("/proc").glob("[0-9]*"):
        try:
            stat = (d / "stat").read_text()
            fields = stat[stat.rindex(")") + 2 :].split()
            parents[int(d.name)] = int(fields[1])
            rss[int(d.name)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, ValueError, IndexError):
            continue
    tree, grew = {root}, True
    while grew:
        more = {pid for pid, ppid in parents.items() if ppid in tree} - tree
        grew = bool(more)
        tree |= more
    return sum(rss.get(pid, 0) for pid in tree)


#: Peak resident memory of the last ``timed`` run's process tree, sampled every 50 ms.
PEAK_RSS = [0]


def timed(args: list[str], env: dict[str, str] | None = None, limit: float = 600) -> float:
    start = time.perf_counter()
    peak = 0
    with subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    ) as proc:
        sampler_stop = threading.Event()

        def sample() -> None:
            nonlocal peak
            while not sampler_stop.wait(0.05):
                peak = max(peak, _tree_rss(proc.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        try:
            out, err = proc.communicate(timeout=limit)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise RuntimeError(f"{Path(args[0]).name} took over {limit:g} s") from None
        finally:
            sampler_stop.set()
            sampler.join()
    elapsed = time.perf_counter() - start
    PEAK_RSS[0] = peak
    done = subprocess.CompletedProcess(args, proc.returncode, out, err)
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        raise RuntimeError(f"{args[0]} exited {done.returncode}: {' | '.join(tail)}")
    return elapsed


def bench_frontline(server: Server, work: Path, urls: list[str], runs: int, limit: float) -> dict:
    exe = Path(sys.executable).with_name("frontline")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "frontline"]
    config = work / "frontline.toml"
    write_config(config, urls)
    cold, warm, statuses, peaks = [], [], [], []
    for run in range(runs):
        db = work / f"frontline-{run}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        base = [*cmd, "--config", str(config), "--db", str(db), "poll", "--once", "-q"]
        server.stats()
        cold.append(timed(base, limit=limit))
        peaks.append(PEAK_RSS[0])
        statuses.append(server.stats())
        warm.append(timed(base, limit=limit))
        statuses.append(server.stats())
    return {"cold": cold, "warm": warm, "statuses": statuses, "peak_rss": max(peaks)}


def bench_newsboat(server: Server, work: Path, urls: list[str], runs: int) -> dict | None:
    exe = shutil.which("newsboat")
    if exe is None:
        return None
    (work / "newsboat.urls").write_text("\n".join(urls) + "\n")
    (work / "newsboat.conf").write_text("reload-threads 8\n")
    env = {**os.environ, "HOME": str(work), "XDG_CONFIG_HOME": str(work / "xdg")}
    cold, second, warm, statuses = [], [], [], []
    for run in range(runs):
        cache = work / f"newsboat-{run}.db"
        cache.unlink(missing_ok=True)
        args = [
            exe, "-x", "reload", "-u", str(work / "newsboat.urls"), "-c", str(cache),
            "-C", str(work / "newsboat.conf"),
        ]  # fmt: skip
        server.stats()
        cold.append(timed(args, env))
        statuses.append(server.stats())
        # newsboat stores a new feed's validators only on its second fetch: prime once more
        second.append(timed(args, env))
        statuses.append(server.stats())
        warm.append(timed(args, env))
        statuses.append(server.stats())
    return {"cold": cold, "second": second, "warm": warm, "statuses": statuses}


def bench_fetch_layer(server: Server, urls: list[str], runs: int, clients: int | None) -> dict:
    from frontline import fetch
    from frontline.models import FeedConfig, Settings

    feeds = [FeedConfig(name=f"outlet {i}", url=url) for i, url in enumerate(urls)]
    settings = Settings()
    now = datetime.now(UTC)
    cold, warm = [], []
    asyncio.run(fetch.fetch_all(feeds[:2], {}, settings))  # imports, SSL context: not timed
    for _ in range(runs):
        start = time.perf_counter()
        results = asyncio.run(fetch.fetch_all(feeds, {}, settings, clients=clients))
        cold.append(time.perf_counter() - start)
        bad = [r for r in results if r.outcome != fetch.OK]
        if bad:
            raise RuntimeError(f"cold fetch: {len(bad)} not ok, e.g. {bad[0].error}")
        states = {r.feed: fetch.update_state(fetch.FeedState(), r, settings, now) for r in results}
        start = time.perf_counter()
        results = asyncio.run(fetch.fetch_all(feeds, states, settings, clients=clients))
        warm.append(time.perf_counter() - start)
        if any(r.outcome != fetch.NOT_MODIFIED for r in results):
            raise RuntimeError("warm fetch: not every feed answered 304")
    return {"cold": cold, "warm": warm}


def bench_stages(server: Server, work: Path, urls: list[str]) -> list[str]:
    """One cold and one warm poll in this process, with ``Report.timings`` per stage and
    the main process's own CPU time (the workers' CPU is in parse/match/extract)."""
    from frontline import config as cfg
    from frontline import pipeline
    from frontline.store import Store

    path = work / "frontline.toml"
    write_config(path, urls)
    config = cfg.load(path)
    db = work / "frontline-stages.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    lines = []
    with Store(db) as store:
        for label in ("cold", "warm"):
            cpu = time.process_time()
            report = pipeline.poll_once(config, store)
            cpu = time.process_time() - cpu
            parts = ", ".join(f"{k} {v:.2f}" for k, v in sorted(report.timings.items()))
            lines.append(
                f"{label}: {report.elapsed:.2f} s wall, main-process CPU {cpu:.2f} s; "
                f"{report.new_items} items, {report.new_claims} claims, "
                f"{len(report.new_conflicts)} conflicts; stages (s): {parts}"
            )
    return lines


# --------------------------------------------------------------------------- main


def _median(values: list[float]) -> str:
    return f"{statistics.median(values):6.2f} s" if values else "     -  "


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument("--item-bytes", type=int, default=4000)
    parser.add_argument("--hosts", type=int, default=50, help="loopback addresses to spread over")
    parser.add_argument("--latency", default="0.02,0.05", help="min,max seconds per response")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "poll_bench")
    parser.add_argument("--skip-newsboat", action="store_true")
    parser.add_argument(
        "--place-share",
        type=float,
        default=PLACE_SHARE,
        help="share of prose sentences naming a tracked city (1.0: every sentence, the old dense corpus)",
    )
    parser.add_argument("--limit", type=float, default=600, help="seconds before a run is failed")
    parser.add_argument("--skip-frontline", action="store_true", help="only the fetch layer")
    parser.add_argument(
        "--stages", action="store_true", help="also one in-process poll, timed per stage"
    )
    parser.add_argument("--serve", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    globals()["PLACE_SHARE"] = args.place_share  # read by the corpus generator
    lo, hi = (float(x) for x in args.latency.split(","))

    if args.serve:
        hosts = [f"127.0.0.{i + 1}" for i in range(args.hosts)]
        asyncio.run(_serve(args.serve, hosts, args.port, lo, hi))
        return 0

    work = args.workdir
    start = time.perf_counter()
    paths = build_corpus(work / "corpus", args.feeds, args.items, args.item_bytes)
    size = sum(p.stat().st_size for p in paths)
    print(
        f"corpus: {args.feeds} feeds × {args.items} items, {size / 2**20:.1f} MiB "
        f"({time.perf_counter() - start:.1f} s to build or check); {args.hosts} hosts, "
        f"{lo * 1000:.0f}-{hi * 1000:.0f} ms latency; median of {args.runs} runs",
        flush=True,
    )
    rows: list[tuple[str, str, str, str]] = []
    with Server(work / "corpus", args.hosts, (lo, hi)) as server:
        urls = [server.url(i) for i in range(args.feeds)]
        for label, clients in (
            ("fetch layer (default clients)", None),
            ("fetch layer (1 client)", 1),
        ):
            r = bench_fetch_layer(server, urls, args.runs, clients)
            rows.append((label, _median(r["cold"]), _median(r["warm"]), "in-process fetch_all"))
            print(f"  {label}: cold {_median(r['cold'])}, warm {_median(r['warm'])}", flush=True)
        if not args.skip_frontline:
            try:
                r = bench_frontline(server, work, urls, args.runs, args.limit)
            except RuntimeError as exc:
                rows.append(("frontline poll --once", "failed", "failed", str(exc)[:60]))
            else:
                note = (
                    f"warm statuses {r['statuses'][-1]}; "
                    f"cold peak RSS {r['peak_rss'] / 2**20:.0f} MiB (all processes)"
                )
                rows.append(("frontline poll --once", _median(r["cold"]), _median(r["warm"]), note))
            print(f"  {rows[-1]}", flush=True)
        if args.stages:
            for line in bench_stages(server, work, urls):
                print(f"  stages, {line}", flush=True)
        if not args.skip_newsboat:
            r = bench_newsboat(server, work, urls, args.runs)
            if r is None:
                rows.append(("newsboat (reload-threads 8)", "n/a", "n/a", "not installed"))
            else:
                note = f"warm statuses {r['statuses'][-1]}; 2nd poll {_median(r['second']).strip()}"
                rows.append(
                    ("newsboat (reload-threads 8)", _median(r["cold"]), _median(r["warm"]), note)
                )
            print(f"  {rows[-1]}", flush=True)

    print()
    print(f"{'what':32} {'cold':>9} {'warm':>9}  note")
    for label, cold, warm, note in rows:
        print(f"{label:32} {cold:>9} {warm:>9}  {note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
