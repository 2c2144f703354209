"""Knowledge bases: articles for owners, for residents and for staff, in English and Chinese."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from caredesk.core.models import TimeStampedModel


class Audience(models.TextChoices):
    OWNERS = "owners", _("Owners")
    RESIDENTS = "residents", _("Residents")
    STAFF = "staff", _("Staff")


PUBLIC_AUDIENCES = (Audience.OWNERS, Audience.RESIDENTS)


class Category(TimeStampedModel):
    """A shelf of one knowledge base (e.g. "Payments and fees")."""

    audience = models.CharField(_("audience"), max_length=16, choices=Audience)
    slug = models.SlugField(_("slug"), max_length=80)
    name = models.CharField(_("name"), max_length=200)
    name_zh = models.CharField(_("name (Chinese)"), max_length=200, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=10)

    class Meta:
        ordering = ["audience", "order", "name"]
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        constraints = [
            models.UniqueConstraint(fields=["audience", "slug"], name="kb_category_slug_unique")
        ]

    def __str__(self) -> str:
        return f"{self.get_audience_display()}: {self.name}"


class Article(TimeStampedModel):
    """An answer in Markdown, in English and (optionally) Chinese.

    An article for one association overrides the general article with the same slug for the
    people of that association; an association-only article is shown to them alone.
    """

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    audience = models.CharField(_("audience"), max_length=16, choices=Audience)
    category = models.ForeignKey(
        Category,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="articles",
        verbose_name=_("category"),
    )
    slug = models.SlugField(_("slug"), max_length=120)
    association = models.ForeignKey(
        "directory.Association",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="kb_articles",
        verbose_name=_("only for association"),
        help_text=_(
            "Leave empty for everyone. Set it to override the general article with the same "
            "slug for one association."
        ),
    )
    status = models.CharField(_("status"), max_length=12, choices=Status, default=Status.DRAFT)
    title = models.CharField(_("title"), max_length=300)
    body = models.TextField(_("body (Markdown)"), blank=True)
    title_zh = models.CharField(_("title (Chinese)"), max_length=300, blank=True)
    body_zh = models.TextField(_("body (Chinese, Markdown)"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=10)
    helpful_count = models.PositiveIntegerField(_("found it helpful"), default=0)
    not_helpful_count = models.PositiveIntegerField(_("did not find it helpful"), default=0)

    class Meta:
        ordering = ["audience", "order", "title"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        constraints = [
            models.UniqueConstraint(
                fields=["audience", "slug", "association"], name="kb_article_slug_unique"
            ),
            models.UniqueConstraint(
                fields=["audience", "slug"],
                condition=Q(association__isnull=True),
                name="kb_article_general_slug_unique",
            ),
        ]
        indexes = [models.Index(fields=["audience", "status"], name="kb_article_audience_idx")]

    def __str__(self) -> str:
        return self.title

    def title_in(self, language: str) -> str:
        return self.title_zh if language.startswith("zh") and self.title_zh else self.title

    def body_in(self, language: str) -> str:
        return self.body_zh if language.startswith("zh") and self.body_zh.strip() else self.body

    def is_translated_to(self, language: str) -> bool:
        return not language.startswith("zh") or bool(self.body_zh.strip())


class ArticleVote(models.Model):
    """One reader's answer to "was this helpful?" (one per reader and article)."""

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="votes", verbose_name=_("article")
    )
    is_helpful = models.BooleanField(_("helpful"))
    voter_key = models.CharField(_("reader"), max_length=64)
    language = models.CharField(_("language"), max_length=8, blank=True)
    voted_at = models.DateTimeField(_("when"))

    class Meta:
        ordering = ["-voted_at"]
        verbose_name = _("helpful vote")
        verbose_name_plural = _("helpful votes")
        constraints = [
            models.UniqueConstraint(fields=["article", "voter_key"], name="kb_vote_once")
        ]

    def __str__(self) -> str:
        return f"{self.article_id}: {'yes' if self.is_helpful else 'no'}"
