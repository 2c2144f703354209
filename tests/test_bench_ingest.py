"""bench/ingest.py on a small corpus: every correctness figure is 100% and the counts add up.

The benchmark runs in subprocesses with its own temporary CAREDESK_VAR_DIR (SQLite), so this
test needs no test database.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import REPO_DIR, require, shared_dir


def test_bench_ingest_small_corpus_is_all_correct():
    gen = shared_dir() / "bench" / "gen_corpus.py"
    require(gen.is_file(), f"{gen} not found (../shared missing?)")
    env = dict(os.environ, CAREDESK_SHARED_DIR=str(shared_dir()))
    env.pop("CAREDESK_DATABASE_URL", None)
    done = subprocess.run(
        [sys.executable, str(REPO_DIR / "bench" / "ingest.py"), "--count", "300"]
        + ["--db", "sqlite", "--runs", "2", "--json", "--quiet"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.stdout.strip(), done.stderr
    document = json.loads(done.stdout)
    [run] = document["runs"]
    assert "error" not in run, run.get("error")

    failing = [f"{f['name']}: {f['text']} e.g. {f['failing_examples']}" for f in run["figures"]]
    failing = [line for line, f in zip(failing, run["figures"], strict=True) if not f["ok"]]
    assert not failing, "\n".join(failing)
    scored = {f["name"]: f for f in run["figures"] if f["total"]}
    assert all(f["pct"] == 100 for f in scored.values())
    assert scored["duplicates rejected"]["total"] > 0
    assert scored["replies threaded, parent only in References"]["total"] > 0
    assert scored["raw 8-bit Chinese ingested"]["total"] > 0
    assert scored["automatic mail kept out"]["total"] > 0

    counts = run["ingest"]
    assert counts["received"] == 300
    assert counts["received"] == (
        counts["created"]
        + counts["threaded"]
        + counts["duplicates"]
        + counts["quarantined"]
        + counts["automatic"]
    )
    assert counts["linked"] + counts["orphans"] + counts["ambiguous"] == counts["created"]
    assert all(check["ok"] for check in run["checks"]), run["checks"]
    assert run["messages_per_second"] > 0 and run["peak_rss_mb"] > 0
    # two timed runs, the second from a copy of the same fresh database (same counts, or the
    # bench reports an error)
    assert len(run["runs_messages_per_second"]) == 2
    assert min(run["runs_messages_per_second"]) <= run["messages_per_second"]
    assert run["messages_per_second"] <= max(run["runs_messages_per_second"])
    assert 0 < run["empty_ingest_seconds"] < run["wall_seconds"]
    assert run["messages_per_second_less_empty"] > run["messages_per_second"]
    assert document["ok"] and done.returncode == 0, done.stderr
