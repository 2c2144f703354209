#!/usr/bin/env python3
"""Benchmark `caredesk ingest` on the shared generated corpus: speed, memory and correctness.

For each --count: generate a corpus with ../shared/bench/gen_corpus.py. For each --db: a fresh
database (SQLite in a fresh CAREDESK_VAR_DIR; PostgreSQL: a fresh database, dropped afterwards),
`caredesk manage migrate`, `caredesk import-directory addressbook.csv`, then time
`caredesk ingest eml/ --inbox "CC General" --json` as one subprocess (its wall time and peak
RSS), --runs times (default 3), each from a copy of that same database: the median run is
the figure, and every run's rate is printed. Then the database of the last run is read back
and scored against the corpus manifest.csv.

Run it with the Python of the virtualenv caredesk is installed in:

    /tmp/v/bin/python bench/ingest.py --count 2000 20000 --db sqlite postgres [--json]

Exit status 1 when any correctness figure is below 100% or a check fails (everything is
still printed); 2 on a usage error.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parents[1]
INBOX = "CC General"
DEFAULT_PG_URL = "postgres://postgres@127.0.0.1:5432/postgres"
EXAMPLES = 5

# Run in a subprocess with the benchmark's environment: reads the database back and writes
# the facts the figures need as JSON to argv[1]. Product code is only read, never called.
READ_BACK = r"""
import json, sys
import django
django.setup()
from caredesk.actions.models import ActionItem, ItemMessage
from caredesk.mailroom.models import Message, RawMessage

def cjk(s):
    return any("\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf" or "\uf900" <= c <= "\ufaff"
               for c in s or "")

item_of = dict(ItemMessage.objects.values_list("message_id", "item_id"))
messages = {}
rows = Message.objects.filter(direction=Message.Direction.INBOUND).values_list(
    "pk", "message_id", "is_automatic", "subject", "text", "html")
for pk, mid, automatic, subject, text, html in rows.order_by("pk").iterator(chunk_size=2000):
    fffd = "\ufffd" in (subject or "") + (text or "") + (html or "")
    messages.setdefault(mid.strip().strip("<>"), []).append(
        [pk, automatic, item_of.get(pk), cjk(subject), cjk(text), cjk(html), fffd, subject])
items = {pk: [link, flagged] for pk, link, flagged
         in ActionItem.objects.values_list("pk", "link", "is_flagged").iterator(chunk_size=2000)}
statuses = {}
for status in RawMessage.objects.values_list("status", flat=True).iterator(chunk_size=2000):
    statuses[status] = statuses.get(status, 0) + 1
redelivered = sum(RawMessage.objects.values_list("duplicate_count", flat=True))
with open(sys.argv[1], "w", encoding="utf-8") as out:
    json.dump({"messages": messages, "items": items, "raw_status": statuses,
               "raw_redelivered": redelivered,
               "messages_total": Message.objects.count()}, out)
"""


# --------------------------------------------------------------------------- helpers


class BenchError(Exception):
    """A step of one run failed (the run is reported as failed, the others go on)."""


def say(args: argparse.Namespace, text: str) -> None:
    if not args.quiet:
        print(text, file=sys.stderr, flush=True)


def shared_dir() -> Path:
    return Path(os.environ.get("CAREDESK_SHARED_DIR", REPO_DIR.parent / "shared")).resolve()


def caredesk_command() -> list[str]:
    """The caredesk of the Python running this script (its virtualenv), else the module."""
    beside = Path(sys.executable).parent / "caredesk"
    if beside.exists():
        return [str(beside)]
    return [sys.executable, "-m", "caredesk.cli"]


def run(cmd: list[str], env: dict[str, str], what: str) -> str:
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        tail = "\n".join((done.stderr or done.stdout).strip().splitlines()[-15:])
        raise BenchError(f"{what} failed (exit {done.returncode}):\n{tail}")
    return done.stdout


def run_measured(cmd: list[str], env: dict[str, str], workdir: Path) -> tuple[str, float, float]:
    """Run cmd; return (stdout, wall seconds, peak RSS in MB) of that one child process.

    os.wait4 gives the resource usage of exactly this child (and what it waited for), unlike
    the RUSAGE_CHILDREN total, whose ru_maxrss is the maximum over every child so far.
    """
    out_path, err_path = workdir / "ingest.stdout", workdir / "ingest.stderr"
    with out_path.open("wb") as out, err_path.open("wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    # ru_maxrss is in kilobytes on Linux, bytes on macOS.
    rss_mb = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    stdout = out_path.read_text(encoding="utf-8", errors="replace")
    if proc.returncode != 0:
        stderr = err_path.read_text(encoding="utf-8", errors="replace")
        tail = "\n".join(stderr.strip().splitlines()[-15:])
        raise BenchError(f"ingest failed (exit {proc.returncode}):\n{tail}")
    return stdout, wall, rss_mb


def last_json_line(text: str, what: str) -> dict:
    for line in reversed(text.strip().splitlines()):
        line = line.strip()
        if line.startswith("{"):
            return json.loads(line)
    raise BenchError(f"{what}: no JSON in the output: {text[-500:]!r}")


def mid_key(message_id: str) -> str:
    return message_id.strip().strip("<>")


# --------------------------------------------------------------------------- databases


@dataclass
class Database:
    kind: str
    env: dict[str, str]
    pg_admin_url: str = ""
    pg_name: str = ""

    def drop(self) -> None:
        if self.kind != "postgres":
            return
        import psycopg

        with psycopg.connect(self.pg_admin_url, autocommit=True) as conn:
            for name in (self.pg_name, self.pg_pristine):
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    @property
    def pg_pristine(self) -> str:
        return f"{self.pg_name}_pristine"

    def keep_pristine(self, var_dir: Path, pristine: Path) -> None:
        """Keep the migrated database with its address book (and the var folder), so that
        every timed run starts from the same state."""
        shutil.copytree(var_dir, pristine)
        if self.kind == "postgres":
            self._pg_copy(self.pg_name, self.pg_pristine)

    def restore_pristine(self, var_dir: Path, pristine: Path) -> None:
        shutil.rmtree(var_dir)
        shutil.copytree(pristine, var_dir)
        if self.kind == "postgres":
            self._pg_copy(self.pg_pristine, self.pg_name)

    def _pg_copy(self, source: str, target: str) -> None:
        import psycopg

        with psycopg.connect(self.pg_admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{target}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{target}" TEMPLATE "{source}"')


def postgres_problem(admin_url: str) -> str:
    """Why PostgreSQL cannot be used, or '' when it can."""
    try:
        import psycopg
    except ImportError:
        return "psycopg is not installed in this Python"
    try:
        with psycopg.connect(admin_url, autocommit=True, connect_timeout=5):
            return ""
    except Exception as error:  # noqa: BLE001 - any failure means: skip PostgreSQL
        return f"cannot connect to {admin_url}: {str(error).strip().splitlines()[0]}"


def database_create(kind: str, count: int, var_dir: Path, admin_url: str) -> Database:
    env = dict(os.environ)
    env["CAREDESK_VAR_DIR"] = str(var_dir)
    env["DJANGO_SETTINGS_MODULE"] = "caredesk.config.settings"
    env.pop("CAREDESK_DATABASE_URL", None)
    if kind == "sqlite":
        return Database(kind=kind, env=env)
    import psycopg
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    name = f"caredesk_bench_{count}_{os.getpid()}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    info = conninfo_to_dict(make_conninfo(admin_url))
    user = info.get("user", "postgres")
    password = f":{info['password']}" if info.get("password") else ""
    host, port = info.get("host", "127.0.0.1"), info.get("port", "5432")
    env["CAREDESK_DATABASE_URL"] = f"postgres://{user}{password}@{host}:{port}/{name}"
    return Database(kind=kind, env=env, pg_admin_url=admin_url, pg_name=name)


# --------------------------------------------------------------------------- scoring


@dataclass
class Figure:
    name: str
    matched: int = 0
    total: int = 0
    examples: list[str] = field(default_factory=list)
    note: str = ""

    def score(self, ok: bool, example: str) -> None:
        self.total += 1
        if ok:
            self.matched += 1
        elif len(self.examples) < EXAMPLES:
            self.examples.append(example)

    @property
    def ok(self) -> bool:
        return self.matched == self.total

    def text(self) -> str:
        if not self.total:
            return "0 of 0 (n/a)"
        return f"{self.matched} of {self.total} ({100 * self.matched / self.total:.1f}%)"

    def as_dict(self) -> dict:
        pct = round(100 * self.matched / self.total, 2) if self.total else None
        return {
            "name": self.name,
            "matched": self.matched,
            "total": self.total,
            "pct": pct,
            "ok": self.ok,
            "text": self.text(),
            "failing_examples": self.examples,
            "note": self.note,
        }


def score(manifest: list[dict], book: list[dict], counts: dict, facts: dict) -> tuple[list, list]:
    """The correctness figures and the checks of one run."""
    messages: dict[str, list] = facts["messages"]
    items: dict[str, list] = facts["items"]

    def one(mid: str) -> list | None:
        found = messages.get(mid_key(mid)) or []
        return found[0] if len(found) == 1 else None

    def item_of(mid: str):
        found = one(mid)
        return found[2] if found else None

    by_seq = {row["seq"]: row for row in manifest}
    originals = [row for row in manifest if row["kind"] != "duplicate"]
    dups = [row for row in manifest if row["kind"] == "duplicate"]

    # duplicates rejected: one Message per re-delivered Message-ID
    duplicates = Figure("duplicates rejected")
    for row in dups:
        n = len(messages.get(mid_key(row["message_id"]), []))
        duplicates.score(n == 1, f"{row['message_id']} ({row['file']}): {n} Message rows")

    # replies threaded, by whether the parent is in the corpus or only in References
    threaded = {
        "1": Figure("replies threaded, parent in corpus"),
        "0": Figure("replies threaded, parent only in References"),
    }
    before = Figure("replies processed before their parent, still threaded")
    before_by_seq = 0
    for row in originals:
        if row["kind"] != "reply":
            continue
        mine, root = item_of(row["message_id"]), item_of(row["thread_id"])
        ok = mine is not None and mine == root
        example = (
            f"{row['message_id']} ({row['file']}) on item {mine}, root {row['thread_id']} on {root}"
        )
        threaded[row["in_reply_to_in_corpus"]].score(ok, example)
        parent = by_seq.get(row["parent_seq"])
        if parent is None:
            continue
        if int(row["seq"]) < int(parent["seq"]):
            before_by_seq += 1
        me, them = one(row["message_id"]), one(parent["message_id"])
        if me and them and me[0] < them[0]:  # Message pk order = processing order
            before.score(ok, example)
    before.note = (
        f"{before_by_seq} replies are delivered (manifest seq) before their parent; "
        "counted here by processing order (Message pk)"
    )

    # raw 8-bit GB2312/GBK Chinese: parsed, Chinese text, no replacement characters
    chinese = Figure("raw 8-bit Chinese ingested")
    for row in originals:
        if row["non_utf8_8bit"] != "1":
            continue
        found = one(row["message_id"])
        if found is None:
            chinese.score(False, f"{row['message_id']} ({row['file']}): no single Message")
            continue
        _, _, _, subj_cjk, text_cjk, html_cjk, fffd, subject = found
        want_subj = any("\u4e00" <= c <= "\u9fff" for c in row["subject"])
        ok = (text_cjk or html_cjk) and (subj_cjk or not want_subj) and not fffd
        chinese.score(
            ok,
            f"{row['message_id']} ({row['file']}, {row['charset']}): subject {subject!r}, "
            f"CJK subject/text/html {subj_cjk}/{text_cjk}/{html_cjk}, U+FFFD {fffd}",
        )

    # automatic mail kept out of the queue
    automatic = Figure("automatic mail kept out")
    for row in originals:
        if row["kind"] != "autoreply":
            continue
        found = one(row["message_id"])
        ok = found is not None and found[1] and found[2] is None
        detail = "no single Message" if found is None else f"automatic {found[1]}, item {found[2]}"
        automatic.score(ok, f"{row['message_id']} ({row['file']}): {detail}")

    # X-Priority / Importance: high flags the item
    flagged = Figure("X-Priority/Importance high flagged")
    for row in originals:
        if row["priority_header"] != "1":
            continue
        item = item_of(row["message_id"])
        ok = item is not None and items[str(item)][1]
        flagged.score(ok, f"{row['message_id']} ({row['file']}): item {item} not flagged")

    # new requests: each its own item, linked as the address book says
    per_email: dict[str, int] = {}
    for entry in book:
        email = entry["email"].strip().lower()
        if email:
            per_email[email] = per_email.get(email, 0) + 1
    own = Figure("new requests got their own item")
    linked = Figure("senders linked vs the address book")
    seen_items: dict[int, str] = {}
    for row in originals:
        if row["kind"] != "new":
            continue
        item = item_of(row["message_id"])
        other = seen_items.get(item) if item is not None else None
        own.score(
            item is not None and other is None,
            f"{row['message_id']} ({row['file']}): item {item}"
            + (f", shared with {other}" if other else ""),
        )
        if item is not None:
            seen_items.setdefault(item, row["message_id"])
        rows_for = per_email.get(row["sender_email"].strip().lower(), 0)
        expected = "linked" if rows_for == 1 else ("ambiguous" if rows_for > 1 else "orphan")
        actual = items[str(item)][0] if item is not None else None
        linked.score(
            actual == expected,
            f"{row['message_id']} ({row['file']}) from {row['sender_email']}: "
            f"{actual}, expected {expected} ({rows_for} address-book rows)",
        )

    figures = [duplicates, threaded["1"], threaded["0"], before, chinese, automatic, flagged]
    figures += [own, linked]

    # checks: identities of the counts and of the rows
    c = counts
    parts = c["created"] + c["threaded"] + c["duplicates"] + c["quarantined"] + c["automatic"]
    inbound = sum(len(found) for found in messages.values())
    checks = [
        (
            "received == created + threaded + duplicates + quarantined + automatic",
            c["received"] == parts,
            f"{c['received']} vs {parts}",
        ),
        (
            "linked + orphans + ambiguous == created",
            c["linked"] + c["orphans"] + c["ambiguous"] == c["created"],
            f"{c['linked']} + {c['orphans']} + {c['ambiguous']} vs {c['created']}",
        ),
        (
            "every file received, none unreadable",
            c["received"] == len(manifest) and c["unreadable"] == 0,
            f"received {c['received']}, unreadable {c['unreadable']}, files {len(manifest)}",
        ),
        (
            "JSON duplicates == corpus duplicates",
            c["duplicates"] == len(dups),
            f"{c['duplicates']} vs {len(dups)}",
        ),
        (
            "Message rows == non-duplicate messages",
            inbound == len(originals),
            f"{inbound} vs {len(originals)}",
        ),
        ("nothing quarantined", c["quarantined"] == 0, f"{c['quarantined']} quarantined"),
    ]
    return figures, [{"name": n, "ok": ok, "detail": d} for n, ok, d in checks]


# --------------------------------------------------------------------------- one run


def read_csv(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def corpus_generate(args: argparse.Namespace, count: int, out: Path) -> dict:
    script = shared_dir() / "bench" / "gen_corpus.py"
    if not script.is_file():
        raise SystemExit(f"bench: {script} not found (set CAREDESK_SHARED_DIR)")
    cmd = [sys.executable, str(script), "--count", str(count), "--seed", str(args.seed)]
    run([*cmd, "--out", str(out), "--quiet"], dict(os.environ), "gen_corpus.py")
    return json.loads((out / "corpus.json").read_text(encoding="utf-8"))


def bench_one(args: argparse.Namespace, count: int, kind: str, corpus: Path, work: Path) -> dict:
    result: dict = {"count": count, "db": kind, "seed": args.seed, "ok": False}
    result["python"] = python_described()
    var_dir = work / f"var-{kind}"
    var_dir.mkdir(parents=True, exist_ok=True)
    caredesk = caredesk_command()
    db = database_create(kind, count, var_dir, args.pg_url)
    try:
        say(args, f"[{count} {kind}] migrating…")
        run([*caredesk, "manage", "migrate", "--no-input", "-v", "0"], db.env, "migrate")
        say(args, f"[{count} {kind}] importing the address book…")
        out = run(
            [*caredesk, "import-directory", str(corpus / "addressbook.csv"), "--json"],
            db.env,
            "import-directory",
        )
        result["directory_import"] = last_json_line(out, "import-directory")
        # Each timed run starts from the same database and var folder (the machine's speed
        # drifts from one run to the next; the median of several runs is the figure)
        pristine = work / f"pristine-{kind}"
        if args.runs > 1:
            db.keep_pristine(var_dir, pristine)
        walls, rates, rsses, empty_walls = [], [], [], []
        counts: dict = {}
        for number in range(1, args.runs + 1):
            if number > 1:
                db.restore_pristine(var_dir, pristine)
            say(args, f"[{count} {kind}] ingesting (run {number} of {args.runs})…")
            cmd = [*caredesk, "ingest", str(corpus / "eml"), "--inbox", INBOX, "--json"]
            stdout, wall, rss = run_measured(cmd, db.env, var_dir)
            counted = last_json_line(stdout, "ingest")
            if counts and counted != counts:
                raise BenchError(f"run {number} counted otherwise: {counted} vs {counts}")
            counts = counted
            walls.append(wall)
            rates.append(round(counts["received"] / wall, 1))
            rsses.append(rss)
            # What every run pays whatever its size: Python, Django, the command's imports
            # and exit (an empty folder, so no mail, no triage rules or model)
            empty = var_dir / "empty"
            empty.mkdir(exist_ok=True)
            cmd = [*caredesk, "ingest", str(empty), "--inbox", INBOX, "--json"]
            empty_walls.append(run_measured(cmd, db.env, var_dir)[1])
        wall, empty_wall = statistics.median(walls), statistics.median(empty_walls)
        result.update(
            ingest=counts,
            wall_seconds=round(wall, 3),
            messages_per_second=round(counts["received"] / wall, 1) if wall else None,
            runs_messages_per_second=rates,
            peak_rss_mb=round(max(rsses), 1),
        )
        result.update(
            empty_ingest_seconds=round(empty_wall, 3),
            messages_per_second_less_empty=round(counts["received"] / (wall - empty_wall), 1)
            if wall > empty_wall
            else None,
        )
        say(args, f"[{count} {kind}] reading the database back…")
        facts_path = var_dir / "facts.json"
        run([sys.executable, "-c", READ_BACK, str(facts_path)], db.env, "reading back")
        facts = json.loads(facts_path.read_text(encoding="utf-8"))
    finally:
        if not args.keep:
            db.drop()
        elif db.pg_name:
            say(args, f"kept PostgreSQL database {db.pg_name}")
    manifest = read_csv(corpus / "manifest.csv")
    book = read_csv(corpus / "addressbook.csv")
    figures, checks = score(manifest, book, counts, facts)
    rejected = result["directory_import"].get("rejected") or []
    checks.insert(
        0,
        {
            "name": "address book imported",
            "ok": not rejected,
            "detail": f"{len(book)} rows, {len(rejected)} rejected {rejected[:EXAMPLES]}",
        },
    )
    result["figures"] = [figure.as_dict() for figure in figures]
    result["checks"] = checks
    result["raw_status"] = facts["raw_status"]
    result["raw_redelivered"] = facts["raw_redelivered"]
    if kind == "postgres":
        result["database"] = db.pg_name
    result["ok"] = all(f.ok for f in figures) and all(check["ok"] for check in checks)
    return result


def python_described() -> str:
    """The interpreter the figures were measured on: its version and the executable the
    virtual environment was made from (a distribution's optimised build or another)."""
    base = getattr(sys, "_base_executable", "") or sys.executable
    return f"{platform.python_version()} ({os.path.realpath(base)})"


def table(result: dict) -> str:
    head = f"== {result['count']:,} messages, {result['db']} (seed {result['seed']}) =="
    if "error" in result:
        return f"{head}\nFAILED: {result['error']}\n"
    head += f"\n  {'Python':<66} {result['python']}"
    c = result["ingest"]
    lines = [
        head,
        f"  {'ingest rate (the median run)':<66} {result['messages_per_second']:>9,.1f} messages/s",
        f"  {'each run':<66} "
        + ", ".join(f"{rate:,.1f}" for rate in result["runs_messages_per_second"]),
        f"  {'ingest wall time (one process, incl. start-up; the median run)':<66} "
        f"{result['wall_seconds']:>9,.2f} s",
        f"  {'ingest peak RSS (the largest of the runs)':<66} {result['peak_rss_mb']:>9,.1f} MB",
        f"  {'an empty ingest (start-up and exit, no mail; the median)':<66} "
        f"{result['empty_ingest_seconds']:>9,.2f} s",
        f"  {'ingest rate less the empty ingest time':<66} "
        f"{result['messages_per_second_less_empty'] or 0:>9,.1f} messages/s",
        "  counts: " + ", ".join(f"{key} {value}" for key, value in c.items()),
    ]
    for figure in result["figures"]:
        mark = "  " if figure["ok"] else "✗ "
        lines.append(f"{mark}{figure['name']:<66} {figure['text']}")
        if figure["note"]:
            lines.append(f"      ({figure['note']})")
        for example in figure["failing_examples"]:
            lines.append(f"      e.g. {example}")
    for check in result["checks"]:
        mark = "  " if check["ok"] else "✗ "
        verdict = "ok" if check["ok"] else "FAILED"
        lines.append(f"{mark}{check['name']:<66} {verdict} ({check['detail']})")
    lines.append("  result: " + ("all correct" if result["ok"] else "CORRECTNESS FAILURES"))
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- main


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, nargs="+", default=[2000, 20000])
    parser.add_argument(
        "--db", nargs="+", choices=["sqlite", "postgres"], default=["sqlite", "postgres"]
    )
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument(
        "--runs",
        type=int,
        default=3,
        help="timed ingests of each corpus, each from the same fresh database (default 3); "
        "the median is reported, and every run's rate",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folders")
    parser.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    parser.add_argument(
        "--pg-url",
        default=os.environ.get("CAREDESK_BENCH_POSTGRES_URL", DEFAULT_PG_URL),
        help="PostgreSQL maintenance database to create/drop the bench databases from "
        f"(default $CAREDESK_BENCH_POSTGRES_URL or {DEFAULT_PG_URL})",
    )
    args = parser.parse_args(argv)
    if any(count < 1 for count in args.count):
        parser.error("--count must be >= 1")
    if args.runs < 1:
        parser.error("--runs must be >= 1")
    return args


def byte_compile(args: argparse.Namespace) -> None:
    """Byte-compile the package first, as `pip install` does for an installed one. Run from a
    checkout (an editable install) with PYTHONDONTWRITEBYTECODE set, as on our CI machines,
    Python never keeps the bytecode, and every timed run would first compile the ~110 modules
    of caredesk from source (about 0.06 s of start-up, 3% of the 2,000-message run)."""
    package = REPO_DIR / "caredesk"
    if package.is_dir():
        say(args, "byte-compiling caredesk (as an installed package is)…")
        command = [sys.executable, "-m", "compileall", "-q", str(package)]
        run(command, dict(os.environ), "compileall")


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    dbs = list(dict.fromkeys(args.db))
    skipped = {}
    if "postgres" in dbs:
        problem = postgres_problem(args.pg_url)
        if problem:
            skipped["postgres"] = problem
            dbs.remove("postgres")
            say(args, f"skipping PostgreSQL: {problem}")
    byte_compile(args)
    root = Path(tempfile.mkdtemp(prefix="caredesk-bench-"))
    results = []
    try:
        for count in args.count:
            corpus = root / f"corpus-{count}"
            say(args, f"generating {count:,} messages (seed {args.seed})…")
            summary = corpus_generate(args, count, corpus)
            for kind in dbs:
                try:
                    result = bench_one(args, count, kind, corpus, root / f"run-{count}")
                except BenchError as error:
                    result = {"count": count, "db": kind, "seed": args.seed, "ok": False}
                    result["error"] = str(error)
                result["corpus"] = {"kinds": summary["kinds"], "sha256": summary["sha256"]}
                results.append(result)
                if not args.json:
                    print(table(result), flush=True)
    finally:
        if args.keep:
            say(args, f"kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    ok = all(result["ok"] for result in results)
    if args.json:
        document = {"ok": ok, "skipped": skipped, "runs": results}
        print(json.dumps(document, indent=2, ensure_ascii=False))
    elif skipped:
        for kind, reason in skipped.items():
            print(f"skipped {kind}: {reason}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
