"""What the inventory builders share (leak, calm, urgent and Chinese inventories): the short
codes their kinds tables use for a message's channel, urgency and category, running the
shipped system over a set, and the command line."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

CHANNELS = {"e": "email", "p": "pre", "w": "portal", "f": "frontdesk"}

URGENCIES = {"E": "emergency", "U": "urgent", "N": "normal", "L": "low"}

CATEGORIES = {
    "m": "maintenance",
    "b": "billing",
    "a": "access",
    "c": "complaint",
    "v": "violation",
    "ar": "architectural",
    "am": "amenity",
    "s": "security",
    "pa": "parcel",
    "mv": "move",
    "g": "general",
    "w": "work_order_update",
    "n": "non_human",
}


def gold_and_decided(path: Path, *, shipped_phrases: bool) -> tuple[list[dict], dict[str, dict]]:
    """The labelled messages of a corpus file, and what `caredesk triage --jsonl` (this
    virtualenv's) decides for each, by id: the shipped phrases, or the database's when it has
    them (shipped_phrases=False)."""
    gold = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.jsonl"
        caredesk = Path(sys.executable).with_name("caredesk")
        command = [str(caredesk), "triage", "--jsonl", str(path), "--out", str(out)]
        subprocess.run(
            command + (["--shipped-phrases"] if shipped_phrases else []),
            check=True,
            capture_output=True,
        )
        decided = {d["id"]: d for d in map(json.loads, out.read_text().splitlines())}
    return gold, decided


def inventory_main(
    *,
    doc: str,
    corpus: Path,
    name: str,
    rows: Callable[[], list[dict]],
    kinds: int,
    check: Callable[[Path], None],
    flag: str = "--check",
) -> None:
    """An inventory builder's command line: write corpus/NAME from rows(), or with FLAG [FILE]
    run check() on FILE (corpus/NAME by default)."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=corpus)
    parser.add_argument(flag, dest="check", nargs="?", const="", default=None, metavar="FILE")
    args = parser.parse_args()
    if args.check is not None:
        check(Path(args.check) if args.check else args.corpus / name)
        return
    data = rows()
    ids = [r["id"] for r in data]
    assert len(ids) == len(set(ids)), "duplicate ids"
    target = args.corpus / name
    target.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in data))
    print(f"{target}: {len(data)} messages, {kinds} kinds")
