"""Admin for the knowledge bases: leads write, translate, publish and override articles."""

from __future__ import annotations

from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from caredesk.kb.models import Article, ArticleVote, Category
from caredesk.kb.rendering import markdown_to_html


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "name_zh", "audience", "order"]
    list_filter = ["audience"]
    list_editable = ["order"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name", "name_zh"]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = [
        "title",
        "audience",
        "category",
        "association",
        "status",
        "has_translation",
        "helpful_count",
        "not_helpful_count",
        "updated_at",
    ]
    list_filter = ["audience", "status", "category", "association"]
    search_fields = ["title", "title_zh", "slug", "body", "body_zh"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["association"]
    readonly_fields = ["helpful_count", "not_helpful_count", "preview", "preview_zh"]
    actions = ["publish", "unpublish"]
    fieldsets = [
        (None, {"fields": ["audience", "category", "slug", "association", "status", "order"]}),
        (_("English"), {"fields": ["title", "body", "preview"]}),
        (_("Chinese"), {"fields": ["title_zh", "body_zh", "preview_zh"]}),
        (_("Readers"), {"fields": ["helpful_count", "not_helpful_count"]}),
    ]

    @admin.display(boolean=True, description=_("translated"))
    def has_translation(self, article: Article) -> bool:
        return bool(article.body_zh.strip())

    @admin.display(description=_("preview"))
    def preview(self, article: Article) -> str:
        return format_html('<div class="kb-preview">{}</div>', _safe(article.body))

    @admin.display(description=_("preview (Chinese)"))
    def preview_zh(self, article: Article) -> str:
        return format_html('<div class="kb-preview">{}</div>', _safe(article.body_zh))

    @admin.action(description=_("Publish the selected articles"))
    def publish(self, request, queryset) -> None:
        for article in queryset:
            article.status = Article.Status.PUBLISHED
            article.save(update_fields=["status", "updated_at"])

    @admin.action(description=_("Return the selected articles to draft"))
    def unpublish(self, request, queryset) -> None:
        for article in queryset:
            article.status = Article.Status.DRAFT
            article.save(update_fields=["status", "updated_at"])


def _safe(markdown_text: str):
    from django.utils.safestring import mark_safe

    return mark_safe(markdown_to_html(markdown_text))  # noqa: S308 - sanitised by nh3


@admin.register(ArticleVote)
class ArticleVoteAdmin(admin.ModelAdmin):
    list_display = ["article", "is_helpful", "language", "voted_at"]
    list_filter = ["is_helpful", "language"]
    readonly_fields = ["article", "is_helpful", "voter_key", "language", "voted_at"]

    def has_add_permission(self, request) -> bool:
        return False
