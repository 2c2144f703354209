"""Writes of the knowledge bases: readers' "was this helpful?" answers."""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.db.models import F

from caredesk.core.clock import now
from caredesk.kb.models import Article, ArticleVote


@transaction.atomic
def article_vote(*, article: Article, is_helpful: bool, voter_key: str, language: str = "") -> bool:
    """Count one reader's answer once; False when this reader had already answered."""
    try:
        with transaction.atomic():
            ArticleVote.objects.create(
                article=article,
                is_helpful=is_helpful,
                voter_key=voter_key[:64],
                language=language[:8],
                voted_at=now(),
            )
    except IntegrityError:
        return False
    counter = "helpful_count" if is_helpful else "not_helpful_count"
    Article.objects.filter(pk=article.pk).update(**{counter: F(counter) + 1})
    return True
