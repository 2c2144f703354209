"""Reads of the knowledge bases: what a reader may see, search, and suggestions for an item."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Q, QuerySet

from caredesk.directory.models import Association
from caredesk.kb.models import PUBLIC_AUDIENCES, Article, Category
from caredesk.kb.search import Group, rank_like, search, text_keywords


def articles_visible(
    *,
    audiences: Iterable[str],
    association: Association | None = None,
    include_drafts: bool = False,
) -> QuerySet[Article]:
    """Published articles of these audiences for everyone, with one association's overrides.

    For a reader of an association, its own article replaces the general one of the same slug;
    without an association, association-only articles are left out.
    """
    audiences = list(audiences)
    articles = Article.objects.filter(audience__in=audiences).select_related(
        "category", "association"
    )
    if not include_drafts:
        articles = articles.filter(status=Article.Status.PUBLISHED)
    if association is None:
        return articles.filter(association__isnull=True)
    own = articles.filter(association=association)
    overridden = Q()
    for audience in audiences:
        overridden |= Q(audience=audience, slug__in=own.filter(audience=audience).values("slug"))
    return articles.filter(Q(association__isnull=True) | Q(association=association)).exclude(
        Q(association__isnull=True) & overridden
    )


def article_get(
    *, audience: str, slug: str, association: Association | None = None, include_drafts=False
) -> Article | None:
    """The article a reader of that audience (and association) sees under the slug."""
    return (
        articles_visible(
            audiences=[audience], association=association, include_drafts=include_drafts
        )
        .filter(slug=slug)
        .first()
    )


def categories_with_articles(
    *, audience: str, articles: QuerySet[Article]
) -> list[tuple[Category | None, list[Article]]]:
    """The shelves of a knowledge base in order, each with its articles (uncategorised last)."""
    shelves: dict[int | None, list[Article]] = {}
    for article in articles.order_by("order", "title"):
        shelves.setdefault(article.category_id, []).append(article)
    categories = Category.objects.filter(audience=audience, pk__in=[k for k in shelves if k])
    ordered: list[tuple[Category | None, list[Article]]] = [
        (category, shelves[category.pk]) for category in categories.order_by("order", "name")
    ]
    if None in shelves:
        ordered.append((None, shelves[None]))
    return ordered


def articles_search(
    *,
    query: str,
    audiences: Iterable[str],
    association: Association | None = None,
    limit: int = 50,
) -> list[Article]:
    """Articles answering the query, best first (English and Chinese)."""
    return search(articles_visible(audiences=audiences, association=association), query)[:limit]


@dataclass(frozen=True)
class Suggestion:
    article: Article
    score: int


def articles_suggested(
    *,
    text: str,
    language: str = "en",
    association: Association | None = None,
    limit: int = 5,
    audiences: Iterable[str] = PUBLIC_AUDIENCES,
) -> list[Article]:
    """Articles that may answer a customer's message, best first (for a CSR's reply).

    The message's words (Chinese as two-character pieces) are matched against every
    published article the customer's association sees; titles count more than bodies, and
    articles written in the customer's language come first among equals.
    """
    keywords = text_keywords(text)
    if not keywords:
        return []
    articles = articles_visible(audiences=audiences, association=association)
    ranked = rank_like(articles, [Group((keyword,)) for keyword in keywords], require_all=False)
    candidates = list(ranked[: limit * 4])
    zh = language.lower().startswith("zh")
    candidates.sort(
        key=lambda article: (
            -article.search_score,
            0 if (not zh or article.body_zh.strip()) else 1,
        )
    )
    return candidates[:limit]
