#!/usr/bin/env python3
"""Benchmark the staff pages: server time per page with many items (issue 4: p95 <= 150 ms).

A fresh database (PostgreSQL by default, dropped afterwards; or SQLite in a temporary folder):
migrate, `caredesk demo` (associations, people, staff), then --items action items loaded in
bulk, each with a raw message, a parsed message, its search text and a history line (a mix of
inboxes, urgencies, open/closed, orphans, English and Chinese). Then each page is requested
--repeat times through Django's test client in this process (the whole request: middleware,
view, queries, template) and p50/p95/max milliseconds and the query count are printed.

    python bench/pages.py                       # 200,000 items on PostgreSQL
    python bench/pages.py --items 20000 --db sqlite --repeat 30
    python bench/pages.py --json

Options: --items N (default 200000), --db postgres|sqlite, --repeat N (default 40),
--pg-url (maintenance database; default $CAREDESK_BENCH_POSTGRES_URL or
postgres://postgres@127.0.0.1:5432/postgres), --keep (keep the database and print its name),
--reuse NAME (measure a PostgreSQL database kept by --keep again: migrate it, load nothing),
--json. Exit status 1 when a page's p95 is over --target-ms (default 150).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_DIR))

EN_WORDS = [
    "pool",
    "gate",
    "remote",
    "parking",
    "permit",
    "leak",
    "ceiling",
    "water",
    "heater",
    "garage",
    "door",
    "key",
    "fob",
    "noise",
    "neighbor",
    "dog",
    "trash",
    "pickup",
    "assessment",
    "payment",
    "late",
    "fee",
    "statement",
    "escrow",
    "refund",
    "balcony",
    "window",
    "roof",
    "gutter",
    "tree",
    "landscaping",
    "sprinkler",
    "lights",
    "elevator",
    "lobby",
    "package",
    "mailbox",
]
ZH_WORDS = [
    "漏水",
    "天花板",
    "停车",
    "门禁卡",
    "物业费",
    "缴费",
    "噪音",
    "电梯",
    "快递",
    "绿化",
    "维修",
    "空调",
    "热水器",
    "车位",
    "投诉",
]


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def database_url(args: argparse.Namespace) -> tuple[str, str]:
    if args.db == "sqlite":
        var = tempfile.mkdtemp(prefix="caredesk-pages-")
        os.environ["CAREDESK_VAR_DIR"] = var
        return "", var
    import psycopg
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    name = args.reuse or f"caredesk_pages_{os.getpid()}"
    if not args.reuse:
        with psycopg.connect(args.pg_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
    info = conninfo_to_dict(make_conninfo(args.pg_url))
    url = (
        f"postgres://{info.get('user', 'postgres')}@{info.get('host', '127.0.0.1')}:"
        f"{info.get('port', '5432')}/{name}"
    )
    os.environ["CAREDESK_VAR_DIR"] = tempfile.mkdtemp(prefix="caredesk-pages-")
    return url, name


def drop(args: argparse.Namespace, name: str) -> None:
    if args.db != "postgres" or args.keep or args.reuse:
        return
    import psycopg

    with psycopg.connect(args.pg_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def load(count: int, seed: int) -> None:
    """Bulk-load `count` items with their messages, search text and history."""
    import datetime

    from django.db import transaction

    from caredesk.actions.models import ActionItem, ActionType, ItemEvent, ItemMessage, ItemSearch
    from caredesk.directory.models import Account
    from caredesk.mailroom.models import Inbox, MailAccount, Message, RawMessage

    rng = random.Random(seed)
    general = ActionType.objects.get(code="general-inquiry-email")
    steps = list(general.steps.order_by("order"))
    open_steps = [step for step in steps if not step.is_closing]
    closed_steps = [step for step in steps if step.is_closing]
    inboxes = list(Inbox.objects.order_by("rank"))
    mail_account = MailAccount.objects.order_by("pk").first()
    accounts = list(Account.objects.select_related("person", "association"))
    now = datetime.datetime.now(datetime.UTC)
    batch = 5000
    start = time.perf_counter()
    for first in range(0, count, batch):
        size = min(batch, count - first)
        with transaction.atomic():
            raws, parsed, items = [], [], []
            for n in range(first, first + size):
                chinese = rng.random() < 0.2
                words = rng.sample(ZH_WORDS if chinese else EN_WORDS, 4)
                subject = ("" if chinese else " ").join(words[:2]).capitalize()
                body = (" " if not chinese else "，").join(words) + (
                    "。请尽快处理。" if chinese else ". Please help as soon as you can."
                )
                received = now - datetime.timedelta(minutes=rng.randint(1, 60 * 24 * 365 * 2))
                account = rng.choice(accounts) if rng.random() > 0.1 else None
                is_open = rng.random() < 0.2
                roll = rng.random()
                urgency = "emergency" if roll < 0.01 else "urgent" if roll < 0.06 else "normal"
                key = f"bench-{seed}-{n}"
                raws.append(
                    RawMessage(
                        account=mail_account,
                        dedupe_key=key,
                        message_id=f"<{key}@bench>",
                        sha256="0" * 64,
                        size=len(body),
                        raw=f"Subject: {subject}\n\n{body}".encode(),
                        received_at=received,
                        status=RawMessage.Status.PROCESSED,
                    )
                )
                parsed.append(dict(subject=subject, body=body, chinese=chinese, received=received))
                items.append(
                    ActionItem(
                        action_type=general,
                        step=rng.choice(open_steps if is_open else closed_steps),
                        inbox=rng.choice(inboxes),
                        subject=subject,
                        from_email=f"owner{n}@bench.example",
                        from_name=account.person.full_name if account else "",
                        link="linked" if account else "orphan",
                        person=account.person if account else None,
                        account=account,
                        association=account.association if account else None,
                        is_open=is_open,
                        urgency=urgency,
                        is_leak_related="leak" in words or "漏水" in words,
                        received_at=received,
                        last_message_at=received,
                        closed_at=None if is_open else received,
                        language="zh-hans" if chinese else "en",
                    )
                )
            RawMessage.objects.bulk_create(raws)
            messages = Message.objects.bulk_create(
                [
                    Message(
                        raw=raw,
                        direction="in",
                        message_id=raw.message_id,
                        subject=facts["subject"],
                        from_email=item.from_email,
                        from_name=item.from_name,
                        sent_at=facts["received"],
                        text=facts["body"],
                        new_text=facts["body"],
                        language=item.language,
                    )
                    for raw, facts, item in zip(raws, parsed, items, strict=True)
                ]
            )
            ActionItem.objects.bulk_create(items)
            ItemMessage.objects.bulk_create(
                [ItemMessage(item=item, message=m) for item, m in zip(items, messages, strict=True)]
            )
            ItemSearch.objects.bulk_create(
                [
                    ItemSearch(item=item, text=f"{item.subject}\n{facts['body']}")
                    for item, facts in zip(items, parsed, strict=True)
                ]
            )
            ItemEvent.objects.bulk_create(
                [
                    ItemEvent(
                        item=item,
                        kind="created",
                        actor_label="Mail intake",
                        at=item.received_at,
                        to_step=item.step,
                    )
                    for item in items
                ]
            )
        done = first + size
        rate = done / (time.perf_counter() - start)
        say(f"  loaded {done:,} of {count:,} items ({rate:,.0f}/s)")


def measure(repeat: int) -> list[dict]:
    from django.contrib.auth import get_user_model
    from django.db import connection, reset_queries
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from caredesk.actions.models import ActionItem

    users = get_user_model().objects
    csr = Client()
    csr.force_login(users.get(username="csr1"))
    manager = Client()
    manager_user = users.filter(role_assignments__role__code="manager").first()
    manager.force_login(manager_user)
    lead = Client()
    lead.force_login(users.get(username="lead"))
    item = ActionItem.objects.filter(is_open=True).order_by("-pk").first()
    orphan = ActionItem.objects.filter(is_open=True, link="orphan").order_by("-pk").first()
    pages = [
        ("home", csr, "get", "/"),
        ("next item (claim)", csr, "post", "/next/"),
        ("item page", csr, "get", f"/items/{item.pk}/"),
        ("orphan item page", csr, "get", f"/items/{orphan.pk}/"),
        ("all items", csr, "get", "/items/"),
        ("all items, filtered", csr, "get", "/items/?urgency=emergency&state=open"),
        ("search 'leak ceiling'", csr, "get", "/items/?q=leak+ceiling"),
        ("search '漏水' (2 chars)", csr, "get", "/items/?q=漏水"),
        ("search '热水器'", csr, "get", "/items/?q=热水器"),
        ("my action items (manager)", manager, "get", "/my/"),
        ("orphans", csr, "get", "/orphans/"),
        ("review mail (lead)", lead, "get", "/review/"),
        ("call-backs", csr, "get", "/callbacks/"),
        ("API /items", csr, "get", "/api/v1/items"),
    ]
    results = []
    for name, client, method, path in pages:
        timings = []
        queries = 0
        for n in range(repeat + 2):
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                response = getattr(client, method)(path)
                elapsed = (time.perf_counter() - started) * 1000
            if response.status_code not in (200, 302):
                raise SystemExit(f"{name}: HTTP {response.status_code}")
            if n >= 2:  # the first two warm caches and connections
                timings.append(elapsed)
            queries = len(captured.captured_queries)
            if method == "post":  # give the claimed item back, so each claim does real work
                ActionItem.objects.filter(claimed_by__isnull=False).update(
                    claimed_by=None, claimed_until=None
                )
        reset_queries()
        timings.sort()
        results.append(
            {
                "page": name,
                "path": path,
                "p50_ms": round(statistics.median(timings), 1),
                "p95_ms": round(timings[max(0, int(len(timings) * 0.95) - 1)], 1),
                "max_ms": round(timings[-1], 1),
                "queries": queries,
            }
        )
        say(f"  {name}: p95 {results[-1]['p95_ms']} ms")
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=200_000)
    parser.add_argument("--db", choices=["postgres", "sqlite"], default="postgres")
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--target-ms", type=float, default=150.0)
    parser.add_argument(
        "--pg-url",
        default=os.environ.get(
            "CAREDESK_BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres"
        ),
    )
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--reuse", metavar="NAME", default="")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    url, name = database_url(args)
    if url:
        os.environ["CAREDESK_DATABASE_URL"] = url
    else:
        os.environ.pop("CAREDESK_DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "caredesk.config.settings")
    os.environ["CAREDESK_TASKS_BACKEND"] = "db"
    import django

    django.setup()
    from django.core.management import call_command

    try:
        say(f"database: {args.db} ({url or name})")
        call_command("migrate", verbosity=0)
        if not args.reuse:
            say("demo company …")
            call_command("demo", verbosity=0, stdout=io.StringIO())
            load(args.items, args.seed)
        if args.db == "postgres":
            from django.db import connection

            # What autovacuum does soon after a bulk load: statistics, and the visibility map
            # that lets counts be answered from an index alone.
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE")
        results = measure(args.repeat)
    finally:
        drop(args, name)
    if args.json:
        print(json.dumps({"db": args.db, "items": args.items, "pages": results}, indent=2))
    else:
        print(f"Staff pages, {args.items:,} items on {args.db}, {args.repeat} requests each")
        print(f"{'page':32} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'queries':>8}")
        for row in results:
            print(
                f"{row['page']:32} {row['p50_ms']:8.1f} {row['p95_ms']:8.1f} "
                f"{row['max_ms']:8.1f} {row['queries']:8d}"
            )
        if args.keep and url:
            print(f"kept: {url} (measure it again with --reuse {name})")
    return 1 if any(row["p95_ms"] > args.target_ms for row in results) else 0


if __name__ == "__main__":
    sys.exit(main())
