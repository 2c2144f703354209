"""Knowledge-base search in English and Chinese, ranked, on SQLite (FTS5) and PostgreSQL."""

from __future__ import annotations

import pytest

from caredesk.directory.models import Association
from caredesk.kb.selectors import article_get, articles_search, articles_suggested
from tests.kb.articles import article, library

pytestmark = pytest.mark.django_db

EVERYONE = ["owners", "residents"]


def _titles(results) -> list[str]:
    return [result.title for result in results]


def test_an_english_query_finds_the_english_article_first():
    """Words are matched whatever their case, and a plural finds the singular ("fees")."""
    articles = library()

    found = articles_search(query="AutoPay fees", audiences=EVERYONE)

    assert found[0] == articles["autopay"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("漏水", "leak"),  # two characters: shorter than a trigram
        ("停车费", "parking"),  # three characters: the FTS5 trigram index on SQLite
        ("厨房漏水了怎么办", "leak"),  # a sentence, as Chinese readers type it
        ("自动扣款", "autopay"),
    ],
)
def test_a_chinese_query_finds_the_chinese_article(query, expected):
    articles = library()

    found = articles_search(query=query, audiences=EVERYONE)

    assert found and found[0] == articles[expected]


def test_drafts_and_other_audiences_are_never_found():
    articles = library()

    owners = articles_search(query="AutoPay", audiences=["owners"])

    assert articles["autopay"] in owners
    assert articles["draft"] not in owners
    assert articles["policy"] not in owners
    assert articles_search(query="convenience fee policy", audiences=["staff"]) == [
        articles["policy"]
    ]


def test_a_title_match_ranks_above_a_body_match():
    body_only = article(title="Pool hours", body="The pool gate closes at ten; gate code below.")
    in_title = article(title="Gate code for the pool", body="Ask the office.")

    found = articles_search(query="gate", audiences=EVERYONE)

    assert found[:2] == [in_title, body_only]


def test_when_no_article_has_every_word_the_best_partial_matches_are_shown():
    articles = library()

    found = articles_search(query="autopay spaceship", audiences=EVERYONE)

    assert found[0] == articles["autopay"]


def test_an_edited_article_is_found_by_its_new_words_only():
    """The search index follows edits (SQLite keeps it by triggers)."""
    row = article(title="Trash pickup days", body="Mondays.")
    row.title = "Recycling collection"
    row.save()

    assert articles_search(query="recycling", audiences=EVERYONE) == [row]
    assert articles_search(query="trash", audiences=EVERYONE) == []
    row.delete()
    assert articles_search(query="recycling", audiences=EVERYONE) == []


def test_an_association_article_overrides_the_general_one_for_its_people_only():
    library()
    seaview = Association.objects.create(name="Seaview Terrace HOA", code="seaview")
    own = article(
        title="Paying your dues at Seaview",
        body="Seaview takes AutoPay on the 1st.",
        slug="autopay",
        association=seaview,
    )

    assert article_get(audience="owners", slug="autopay", association=seaview) == own
    assert article_get(audience="owners", slug="autopay").association is None
    found = articles_search(query="autopay", audiences=EVERYONE, association=seaview)
    assert own in found and all(row.slug != "autopay" or row == own for row in found)
    assert own not in articles_search(query="autopay", audiences=EVERYONE)


def test_hostile_queries_are_just_words():
    library()

    for query in ['" OR 1=1 --', "NEAR(", "*", "'; DROP TABLE kb_article; --", "漏" * 500]:
        articles_search(query=query, audiences=EVERYONE)  # no error

    assert articles_search(query="autopay", audiences=EVERYONE)


def test_suggestions_for_a_message_about_a_leak_put_the_leak_article_first():
    articles = library()

    english = articles_suggested(
        text="Hello, water is coming through my bathroom ceiling since this morning!",
        language="en",
    )
    chinese = articles_suggested(
        text="您好，我家卫生间天花板漏水，请尽快派人来。", language="zh-hans"
    )

    assert english[0] == articles["leak"]
    assert chinese[0] == articles["leak"]
    assert articles["policy"] not in english  # staff policies are not sent to customers


def test_the_database_has_its_search_index():
    """FTS5 with the trigram tokenizer on SQLite; pg_trgm GIN indexes on PostgreSQL."""
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT sql FROM sqlite_master WHERE name = 'kb_article_fts'")
            assert "trigram" in cursor.fetchone()[0]
        else:
            cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'kb_article'")
            assert "kb_article_title_zh_trgm" in {row[0] for row in cursor.fetchall()}
