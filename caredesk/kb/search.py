"""Searching articles in English and Chinese, ranked, on SQLite and PostgreSQL.

- A query becomes groups of alternatives: an English word (lightly stemmed, "fees" -> "fee")
  is one group; a Chinese run of up to 3 characters is one group; a longer Chinese run (a
  sentence, since Chinese has no spaces) is one group whose alternatives are its
  two-character pieces, so "厨房漏水怎么办" finds an article about 漏水.
- SQLite: an FTS5 table with the trigram tokenizer (works for any script) ranks by bm25, titles
  weighing ten times the body. Trigrams need 3 characters: a query with a shorter term (the
  2-character Chinese words 漏水, 停车, or a sentence's pieces) takes the LIKE path instead.
- PostgreSQL, and the LIKE path anywhere: case-insensitive substring matches, ranked by how many
  alternatives match in the title (3 points) and the body (1 point). On PostgreSQL the columns
  carry pg_trgm GIN indexes, which serve ILIKE.
- Every group must match; when nothing matches every group, any group will do (ranked).
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import Case, IntegerField, Q, QuerySet, Value, When
from django.db.models.functions import Coalesce

logger = logging.getLogger("caredesk.kb")

MAX_QUERY_CHARS = 200
MAX_GROUPS = 8
FTS_TABLE = "kb_article_fts"
_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+|[^\W\u3400-\u9fff\uf900-\ufaff]+")
_ENGLISH_STOPWORDS = (
    "the and for with that this have from your you are was were will would could should "
    "what when where which who how can please thanks thank hello dear regards about into "
    "there their they them then than just also been being does did not but our out any "
    "some more most very much here"
)
_STOPWORDS = set(_ENGLISH_STOPWORDS.split(" ")) | {
    "您好",
    "谢谢",
    "请问",
    "你好",
    "我们",
    "你们",
    "什么",
    "怎么",
    "可以",
    "一下",
    "已经",
}
_COLUMNS = ("title", "body", "title_zh", "body_zh")


@dataclass(frozen=True)
class Group:
    """One thing the reader asked for: matched if any alternative is in the article."""

    alternatives: tuple[str, ...]


def _stem(word: str) -> str:
    if len(word) > 5 and word.endswith("ing"):
        return word[:-3]
    if len(word) > 4 and word.endswith("ed"):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _ngrams(run: str, size: int) -> tuple[str, ...]:
    return tuple(dict.fromkeys(run[i : i + size] for i in range(len(run) - size + 1)))


def query_groups(query: str) -> list[Group]:
    """The groups of a search query (see the module docstring)."""
    groups: list[Group] = []
    for word in _WORD.findall((query or "")[:MAX_QUERY_CHARS].lower()):
        for run in _CJK_RUN.findall(word):
            if _CJK.match(run):
                if len(run) <= 3:
                    groups.append(Group((run,)))
                else:
                    groups.append(Group(_ngrams(run, 2)))
            else:
                groups.append(Group((_stem(run),)))
    unique = list(dict.fromkeys(groups))
    return unique[:MAX_GROUPS]


def text_keywords(text: str, *, limit: int = 15) -> list[str]:
    """The words of a customer's message worth looking up (for suggested articles)."""
    counts: Counter[str] = Counter()
    for word in _WORD.findall((text or "")[:20_000].lower()):
        for run in _CJK_RUN.findall(word):
            if _CJK.match(run):
                for gram in _ngrams(run, 2) if len(run) > 1 else ():
                    if gram not in _STOPWORDS:
                        counts[gram] += 1
            elif len(run) >= 4 and run not in _STOPWORDS and not run.isdigit():
                counts[_stem(run)] += 1
    return [word for word, _ in counts.most_common(limit)]


# --- the LIKE path (both databases) -------------------------------------------------------------


def _contains(alternative: str, columns: tuple[str, ...] = _COLUMNS) -> Q:
    condition = Q()
    for column in columns:
        condition |= Q(**{f"{column}__icontains": alternative})
    return condition


def _group_q(group: Group) -> Q:
    condition = Q()
    for alternative in group.alternatives:
        condition |= _contains(alternative)
    return condition


def _score(groups: list[Group]):
    parts = []
    for group in groups:
        for alternative in group.alternatives:
            parts.append(
                Case(
                    When(_contains(alternative, ("title", "title_zh")), then=Value(3)),
                    default=Value(0),
                    output_field=IntegerField(),
                )
            )
            parts.append(
                Case(
                    When(_contains(alternative, ("body", "body_zh")), then=Value(1)),
                    default=Value(0),
                    output_field=IntegerField(),
                )
            )
    total = parts[0]
    for part in parts[1:]:
        total = total + part
    return Coalesce(total, Value(0), output_field=IntegerField())


def rank_like(articles: QuerySet, groups: list[Group], *, require_all: bool = True) -> QuerySet:
    """Articles matching the groups (all of them, or any), best first."""
    if not groups:
        return articles.none()
    condition = Q()
    for group in groups:
        condition = (condition & _group_q(group)) if require_all else (condition | _group_q(group))
    return (
        articles.filter(condition)
        .annotate(search_score=_score(groups))
        .order_by("-search_score", "order", "title", "pk")
    )


# --- the FTS5 path (SQLite) ---------------------------------------------------------------------

_FTS_DDL = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS kb_article_fts USING fts5("
    "title, body, title_zh, body_zh, content='kb_article', content_rowid='id', "
    "tokenize='trigram')",
    "CREATE TRIGGER IF NOT EXISTS kb_article_fts_ai AFTER INSERT ON kb_article BEGIN "
    "INSERT INTO kb_article_fts(rowid, title, body, title_zh, body_zh) "
    "VALUES (new.id, new.title, new.body, new.title_zh, new.body_zh); END",
    "CREATE TRIGGER IF NOT EXISTS kb_article_fts_ad AFTER DELETE ON kb_article BEGIN "
    "INSERT INTO kb_article_fts(kb_article_fts, rowid, title, body, title_zh, body_zh) "
    "VALUES ('delete', old.id, old.title, old.body, old.title_zh, old.body_zh); END",
    "CREATE TRIGGER IF NOT EXISTS kb_article_fts_au "
    "AFTER UPDATE OF title, body, title_zh, body_zh ON kb_article BEGIN "
    "INSERT INTO kb_article_fts(kb_article_fts, rowid, title, body, title_zh, body_zh) "
    "VALUES ('delete', old.id, old.title, old.body, old.title_zh, old.body_zh); "
    "INSERT INTO kb_article_fts(rowid, title, body, title_zh, body_zh) "
    "VALUES (new.id, new.title, new.body, new.title_zh, new.body_zh); END",
    "INSERT INTO kb_article_fts(kb_article_fts) VALUES ('rebuild')",
]
_TRIGGERS = {"kb_article_fts_ai", "kb_article_fts_ad", "kb_article_fts_au"}
_fts_checked: dict[str, bool] = {}


def sqlite_index_ensure(*, schema_connection=None) -> bool:
    """Create the FTS5 table and its triggers if missing, and fill it; False if unsupported.

    Django rebuilds a SQLite table to alter it, which drops its triggers: so this is checked
    once per process and database before searching, not only by the migration.
    """
    conn = schema_connection or connection
    with conn.cursor() as cursor:
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'kb_article'"
        )
        present = {row[0] for row in cursor.fetchall()}
        cursor.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = %s", [FTS_TABLE]
        )
        has_table = cursor.fetchone()[0] == 1
        if has_table and present >= _TRIGGERS:
            return True
        try:
            with transaction.atomic(using=conn.alias):
                for statement in _FTS_DDL:
                    cursor.execute(statement)
        except Exception as error:  # an SQLite without FTS5 or the trigram tokenizer
            logger.warning("knowledge base search without FTS5: %s", error)
            return False
    return True


def _fts_ready() -> bool:
    if connection.vendor != "sqlite":
        return False
    key = connection.settings_dict["NAME"]
    if not _fts_checked.get(key):
        _fts_checked[key] = sqlite_index_ensure()
    return _fts_checked[key]


def _fts_expression(groups: list[Group], *, require_all: bool) -> str:
    parts = []
    for group in groups:
        alternatives = [f'"{alternative}"' for alternative in group.alternatives]
        joined = " OR ".join(alternatives)
        parts.append(alternatives[0] if len(alternatives) == 1 else f"({joined})")
    return (" AND " if require_all else " OR ").join(parts)


def _fts_ranked_ids(groups: list[Group], *, require_all: bool) -> list[int]:
    expression = _fts_expression(groups, require_all=require_all)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s "  # noqa: S608
            f"ORDER BY bm25({FTS_TABLE}, 10.0, 1.0, 10.0, 1.0) LIMIT 500",
            [expression],
        )
        return [row[0] for row in cursor.fetchall()]


def search(articles: QuerySet, query: str) -> list:
    """The articles (of those given) that answer the query, best first."""
    groups = query_groups(query)
    if not groups:
        return []
    use_fts = _fts_ready() and all(
        len(alternative) >= 3 for group in groups for alternative in group.alternatives
    )
    for require_all in (True, False):
        if use_fts:
            ids = _fts_ranked_ids(groups, require_all=require_all)
            position = {pk: index for index, pk in enumerate(ids)}
            found = sorted(articles.filter(pk__in=ids), key=lambda article: position[article.pk])
        else:
            found = list(rank_like(articles, groups, require_all=require_all))
        if found or len(groups) == 1:
            return found
    return []
