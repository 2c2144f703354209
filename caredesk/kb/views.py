"""Pages of the knowledge bases: public ones for owners and residents, the staff one, and the
suggested-articles fragment on a staff item page."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from caredesk.actions.selectors import items_visible_to
from caredesk.core.access import staff_required
from caredesk.directory.models import Association
from caredesk.kb.models import PUBLIC_AUDIENCES, Article, Audience
from caredesk.kb.rendering import markdown_to_html, markdown_to_text
from caredesk.kb.selectors import (
    article_get,
    articles_search,
    articles_suggested,
    articles_visible,
    categories_with_articles,
)
from caredesk.kb.services import article_vote

MAX_QUERY = 200


def _language() -> str:
    return "zh-hans" if (get_language() or "").lower().startswith("zh") else "en"


def _association(request: HttpRequest) -> Association | None:
    code = (request.GET.get("a") or request.POST.get("a") or "").strip()
    if not code:
        return None
    return Association.objects.filter(code=code, is_active=True).first()


def _customer_language(item) -> str:
    """The customer's language: theirs on file, else their message's, else the association's."""
    for candidate in (
        item.person.language if item.person_id else "",
        item.language,
        item.association.language if item.association_id else "",
    ):
        if candidate:
            return "zh-hans" if candidate.lower().startswith("zh") else "en"
    return "en"


def _kb_titles() -> dict[str, str]:
    return {
        Audience.OWNERS: _("Owners' knowledge base"),
        Audience.RESIDENTS: _("Residents' knowledge base"),
        Audience.STAFF: _("Staff knowledge base"),
    }


@require_GET
def kb_home(request: HttpRequest) -> HttpResponse:
    return render(request, "kb/home.html", {"titles": _kb_titles()})


@require_GET
def kb_browse(request: HttpRequest, audience: str) -> HttpResponse:
    """A public knowledge base: its shelves, or the answers to ?q= ranked."""
    return _browse(request, audience=audience, template="kb/browse.html")


@require_GET
@staff_required
def kb_staff(request: HttpRequest) -> HttpResponse:
    """The staff knowledge base (policies, quick notes); its search also covers the public
    articles, so a CSR finds what to send a customer."""
    return _browse(request, audience=Audience.STAFF, template="kb/staff_browse.html")


def _browse(request: HttpRequest, *, audience: str, template: str) -> HttpResponse:
    association = _association(request)
    query = (request.GET.get("q") or "").strip()[:MAX_QUERY]
    context = {
        "audience": audience,
        "kb_title": _kb_titles()[audience],
        "association": association,
        "associations": _associations_with_own_articles(audience),
        "query": query,
        "language": _language(),
    }
    if query:
        audiences = [audience] if audience != Audience.STAFF else [audience, *PUBLIC_AUDIENCES]
        context["results"] = articles_search(
            query=query, audiences=audiences, association=association
        )
    else:
        context["shelves"] = categories_with_articles(
            audience=audience,
            articles=articles_visible(audiences=[audience], association=association),
        )
    return render(request, template, context)


def _associations_with_own_articles(audience: str) -> list[Association]:
    return list(
        Association.objects.filter(
            kb_articles__audience=audience, kb_articles__status=Article.Status.PUBLISHED
        )
        .distinct()
        .order_by("name")
    )


@require_GET
def kb_article(request: HttpRequest, audience: str, slug: str) -> HttpResponse:
    return _article(request, audience=audience, slug=slug, template="kb/article.html")


@require_GET
@staff_required
def kb_staff_article(request: HttpRequest, audience: str, slug: str) -> HttpResponse:
    """Any article as staff see it: drafts too, with the link a customer can be sent."""
    return _article(
        request, audience=audience, slug=slug, template="kb/staff_article.html", drafts=True
    )


def _article(
    request: HttpRequest, *, audience: str, slug: str, template: str, drafts: bool = False
) -> HttpResponse:
    if audience not in Audience.values:
        raise Http404
    association = _association(request)
    article = article_get(
        audience=audience, slug=slug, association=association, include_drafts=drafts
    )
    if article is None:
        raise Http404(_("There is no such article."))
    language = _language()
    voted = str(article.pk) in request.session.get("kb_voted", {})
    return render(
        request,
        template,
        {
            "audience": audience,
            "kb_title": _kb_titles()[audience],
            "article": article,
            "association": association,
            "title": article.title_in(language),
            "body_html": mark_safe(markdown_to_html(article.body_in(language))),  # noqa: S308
            "untranslated": not article.is_translated_to(language),
            "voted": voted,
            "public_url": _public_url(article) if audience in PUBLIC_AUDIENCES else "",
        },
    )


def _public_url(article: Article) -> str:
    path = reverse(f"kb:{article.audience}-article", kwargs={"slug": article.slug})
    if article.association_id:
        path += f"?a={article.association.code}"
    return settings.CAREDESK_BASE_URL.rstrip("/") + path


@require_POST
def kb_vote(request: HttpRequest, audience: str, slug: str) -> HttpResponse:
    """ "Was this helpful?": counted once per reader (CSRF-protected like every form)."""
    association = _association(request)
    article = article_get(audience=audience, slug=slug, association=association)
    if article is None:
        raise Http404(_("There is no such article."))
    answer = request.POST.get("helpful")
    if answer not in {"yes", "no"}:
        messages.error(request, _("Choose yes or no."))
    else:
        if not request.session.session_key:
            request.session.save()
        voter = hashlib.sha256(request.session.session_key.encode()).hexdigest()
        article_vote(
            article=article, is_helpful=answer == "yes", voter_key=voter, language=_language()
        )
        voted = dict(request.session.get("kb_voted", {}))
        voted[str(article.pk)] = answer
        request.session["kb_voted"] = voted
    if request.htmx:
        return render(request, "kb/_vote.html", {"voted": True, "article": article})
    target = reverse(f"kb:{audience}-article", kwargs={"slug": slug})
    if association is not None:
        target += f"?a={association.code}"
    return redirect(target)


@require_GET
@staff_required
def kb_suggest(request: HttpRequest, item_id: int) -> HttpResponse:
    """A fragment for a staff item page: articles that may answer the customer, each with
    buttons that insert its link or its text into the reply (textarea #reply-body)."""
    item = (
        items_visible_to(user=request.user)
        .select_related("association", "person", "account")
        .filter(pk=item_id)
        .first()
    )
    if item is None:
        raise Http404(_("There is no item #%(number)s.") % {"number": item_id})
    message = (
        item.item_messages.filter(message__direction="in")
        .select_related("message")
        .order_by("added_at", "id")
        .first()
    )
    text = " ".join(
        [item.subject, (message.message.new_text or message.message.text) if message else ""]
    )
    language = _customer_language(item)
    relation = item.account.relation if item.account_id else ""
    audiences = (
        [Audience.RESIDENTS, Audience.OWNERS]
        if relation in {"tenant", "resident"}
        else [Audience.OWNERS, Audience.RESIDENTS]
    )
    suggestions = articles_suggested(
        text=text, language=language, association=item.association, audiences=audiences
    )
    policies = articles_suggested(
        text=text,
        language=language,
        association=item.association,
        audiences=[Audience.STAFF],
        limit=3,
    )
    return render(
        request,
        "kb/_suggest.html",
        {
            "item": item,
            "suggestions": [
                {
                    "article": article,
                    "title": article.title_in(language),
                    "url": _public_url(article),
                    "text": markdown_to_text(article.body_in(language)),
                }
                for article in suggestions
            ],
            "policies": policies,
        },
    )
