"""Full-text search over items: subjects, new text of messages, notes; English and Chinese."""

from __future__ import annotations

from caredesk.actions.models import ActionItem
from caredesk.actions.selectors import items_matching
from caredesk.actions.services import item_note_add
from tests.mail import eml


def _found(query: str) -> set[int]:
    return set(
        items_matching(items=ActionItem.objects.all(), query=query).values_list("pk", flat=True)
    )


def test_search_finds_english_and_chinese_words_in_subjects_and_bodies(desk):
    pool = desk.email_from_owner("Pool gate", body="The pool gate remote stopped working.")
    leak = desk.receive(
        eml(
            sender="王芳 <wang@example.com>",
            subject="楼上漏水",
            body="卫生间天花板一直在滴水，请尽快处理。",
        )
    )
    parking = desk.email_from_owner("Parking permit", body="I need a guest permit.")

    assert _found("remote") == {pool.pk}
    assert _found("REMOTE working") == {pool.pk}  # every word, any case
    assert _found("天花板") == {leak.pk}  # three characters: the trigram index
    assert _found("漏水") == {leak.pk}  # two characters: still found
    assert _found("permit guest") == {parking.pk}
    assert _found("remote permit") == set()
    assert _found(f"#{parking.pk}") == {parking.pk}
    assert _found("100%_") == set()  # LIKE wildcards are taken literally


def test_search_sees_follow_ups_and_notes_but_not_the_quoted_history(desk):
    item = desk.email_from_owner("Gate code", body="What is the new gate code?")
    first = item.item_messages.get().message
    desk.receive(
        eml(
            sender="Pat Lee <pat@example.com>",
            subject="Re: Gate code",
            body=(
                "Also my garage fob is broken.\n\n"
                "On Mon, Pat wrote:\n> What is the new sprinkler code?"
            ),
            in_reply_to=first.message_id,
        )
    )
    item_note_add(item=item, actor=desk.csr, text="Called the vendor about fobs")

    assert _found("garage") == {item.pk}
    assert _found("vendor") == {item.pk}
    assert _found("sprinkler") == set()


def test_search_mixes_short_and_long_words_and_gives_the_same_answer_past_the_id_list(
    desk, monkeypatch
):
    """Short words (no trigram) beside long ones, and the subquery used when many items match."""
    from caredesk.actions import selectors

    leaks = [
        desk.receive(
            eml(
                sender=f"业主{n} <owner{n}@example.com>",
                subject=f"漏水 第{n}次",
                body="天花板在滴水，请派人来看看。",
            )
        )
        for n in range(3)
    ]
    other = desk.receive(
        eml(sender="李雷 <li@example.com>", subject="漏水", body="阳台的水管坏了。")
    )

    assert _found("漏水 天花板") == {item.pk for item in leaks}  # 2-char LIKE + FTS trigram
    assert _found("漏水") == {*(item.pk for item in leaks), other.pk}
    monkeypatch.setattr(selectors, "SEARCH_IDS_MAX", 1)  # too many ids to list: the subquery
    assert _found("漏水 天花板") == {item.pk for item in leaks}
    assert _found("漏水") == {*(item.pk for item in leaks), other.pk}
    assert _found("水管") == {other.pk}  # one match still fits the list


def test_the_sqlite_index_is_lean_and_stays_whole_through_replies_and_deletes(desk):
    """Migration 0015: no column-size table, automerge 16; the index agrees with its content
    table after new items, a reply that rewrites an item's entry, and a deleted item."""
    import pytest
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("the FTS5 index is SQLite's (PostgreSQL has a trigram index)")
    with connection.cursor() as cursor:
        cursor.execute("SELECT sql FROM sqlite_master WHERE name = 'actions_itemsearch_fts'")
        assert "columnsize=0" in cursor.fetchone()[0]
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE name = 'actions_itemsearch_fts_docsize'"
        )
        assert cursor.fetchone() is None
        cursor.execute("SELECT v FROM actions_itemsearch_fts_config WHERE k = 'automerge'")
        assert cursor.fetchone()[0] == 16

    first = desk.email_from_owner("Gate code", body="What is the new gate code?")
    gone = desk.email_from_owner("Dryer vent", body="The dryer vent is blocked with lint.")
    desk.receive(
        eml(
            sender="Pat Lee <pat@example.com>",
            subject="Re: Gate code",
            body="Also the garage remote is broken.",
            in_reply_to=first.item_messages.get().message.message_id,
        )
    )
    gone.delete()

    assert _found("garage gate") == {first.pk}  # the reply's words beside the first message's
    assert _found("dryer") == set()
    with connection.cursor() as cursor:  # raises if the index and the content table disagree
        cursor.execute(
            "INSERT INTO actions_itemsearch_fts(actions_itemsearch_fts, rank) "
            "VALUES ('integrity-check', 1)"
        )


def test_search_reads_traditional_chinese_as_simplified(desk):
    hong_kong = desk.receive(
        eml(
            sender="陳大文 <chan@example.com>",
            subject="樓上滲水",
            body="浴室天花板一直在滴水，請盡快派人處理。",
        )
    )
    shanghai = desk.receive(
        eml(sender="李娜 <li@example.com>", subject="电梯故障", body="三号楼电梯停在八楼不动了。")
    )

    assert _found("渗水") == {hong_kong.pk}  # a simplified word finds traditional text
    assert _found("滲水") == {hong_kong.pk}  # ...and the traditional word too
    assert _found("請盡快派人") == {hong_kong.pk}  # three characters and more: the index
    assert _found("電梯故障") == {shanghai.pk}  # a traditional word finds simplified text
    assert _found("電梯 八樓") == {shanghai.pk}


def test_the_migration_rewrites_traditional_search_text_and_leaves_the_rest(desk, monkeypatch):
    from importlib import import_module

    from django.apps import apps

    from caredesk.actions.models import ItemSearch

    old = desk.email_from_owner("Leak", body="Water from the ceiling.")
    other = desk.email_from_owner("Gate", body="The gate is stuck.")
    ItemSearch.objects.filter(pk=old.pk).update(text="樓上滲水 Water from the ceiling")
    kept = ItemSearch.objects.get(pk=other.pk).text
    migration = import_module("caredesk.actions.migrations.0016_item_search_simplified")
    monkeypatch.setattr(migration, "CHUNK", 1)  # every page of the walk
    migration._simplify(apps, None)

    assert ItemSearch.objects.get(pk=old.pk).text == "楼上渗水 Water from the ceiling"
    assert ItemSearch.objects.get(pk=other.pk).text == kept
    assert _found("渗水") == {old.pk}
