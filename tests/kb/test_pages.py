"""The knowledge-base pages: public for owners and residents, the staff one behind login,
"was this helpful?", sanitised Markdown, and suggested articles on an item."""

from __future__ import annotations

import pytest
from django.test import Client

from caredesk.directory.models import Person
from caredesk.kb.models import Article
from caredesk.kb.rendering import markdown_to_html
from tests.kb.articles import article, library

pytestmark = pytest.mark.django_db


def test_the_owners_kb_lists_published_articles_by_category_without_signing_in(client):
    articles = library()

    page = client.get("/kb/owners/").content.decode()

    assert "Payments and fees" in page and articles["autopay"].title in page
    assert articles["draft"].title not in page
    assert articles["leak"].title not in page  # the residents' KB is a separate one
    assert articles["policy"].title not in page


def test_the_residents_kb_searches_in_chinese_and_shows_chinese_titles(client):
    library()

    page = client.get("/kb/residents/", {"q": "漏水"}, HTTP_ACCEPT_LANGUAGE="zh-hans")

    assert page.status_code == 200
    assert "厨房或卫生间漏水怎么办" in page.content.decode()


def test_an_article_page_shows_the_readers_language_or_says_it_is_untranslated(client):
    articles = library()
    english_only = article(title="Pool rules", body="No glass.", slug="pool")

    chinese = client.get("/kb/owners/autopay/", HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    fallback = client.get("/kb/owners/pool/", HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()

    assert articles["autopay"].title_zh in chinese and "<strong>" not in chinese.split("<h1>")[0]
    assert "No glass." in fallback and english_only.title in fallback
    assert client.get("/kb/owners/no-such-article/").status_code == 404
    assert client.get(f"/kb/owners/{articles['draft'].slug}/").status_code == 404


def test_hostile_markdown_is_rendered_without_scripts_or_javascript_links(client):
    article(
        title="Hostile",
        slug="hostile",
        body=(
            "# Heading\n\n<script>alert(1)</script>\n\n[click](javascript:alert(2))\n\n"
            '<img src="x" onerror="alert(3)">\n\n<iframe src="https://evil.example"></iframe>\n\n'
            "**bold** and [a link](https://example.com)"
        ),
    )

    page = client.get("/kb/owners/hostile/").content.decode()

    assert "<script>alert" not in page and "javascript:" not in page
    assert "onerror" not in page and "<iframe" not in page
    assert "<strong>bold</strong>" in page
    assert 'href="https://example.com"' in page and 'rel="noopener noreferrer"' in page
    assert markdown_to_html("# Title").startswith("<h2>")


def test_was_this_helpful_needs_the_csrf_token_and_counts_a_reader_once():
    articles = library()
    reader = Client(enforce_csrf_checks=True)
    page = reader.get("/kb/owners/autopay/")
    token = page.cookies["csrftoken"].value if "csrftoken" in page.cookies else None
    assert token, "the article page sets the CSRF cookie for its form"

    refused = reader.post("/kb/owners/autopay/helpful/", {"helpful": "yes"})
    first = reader.post(
        "/kb/owners/autopay/helpful/", {"helpful": "yes", "csrfmiddlewaretoken": token}
    )
    again = reader.post(
        "/kb/owners/autopay/helpful/", {"helpful": "no", "csrfmiddlewaretoken": token}
    )

    assert refused.status_code == 403
    assert first.status_code == 302 and again.status_code == 302
    counted = Article.objects.get(pk=articles["autopay"].pk)
    assert (counted.helpful_count, counted.not_helpful_count) == (1, 0)
    assert "Thank you" in reader.get("/kb/owners/autopay/").content.decode()


def test_the_staff_kb_is_behind_the_staff_login(client, desk, django_user_model):
    articles = library()
    homeowner_login = django_user_model.objects.create_user("pat-portal")
    Person.objects.filter(pk=desk.owner.person_id).update(user=homeowner_login)

    assert client.get("/kb/staff/").status_code == 302
    assert client.get(f"/kb/staff/staff/{articles['policy'].slug}/").status_code == 302
    client.force_login(homeowner_login)
    assert client.get("/kb/staff/").status_code == 403
    client.force_login(desk.csr)
    page = client.get("/kb/staff/").content.decode()
    assert articles["policy"].title in page
    searched = client.get("/kb/staff/", {"q": "autopay"}).content.decode()
    assert articles["policy"].title in searched and articles["autopay"].title in searched
    draft = client.get(f"/kb/staff/owners/{articles['draft'].slug}/")
    assert draft.status_code == 200  # staff may read a draft before it is published


def test_suggested_articles_for_an_item_can_be_inserted_as_link_or_text(client, desk):
    articles = library()
    item = desk.email_from_owner(
        subject="Leak", body="Water is coming through the ceiling of my kitchen!"
    )
    client.force_login(desk.csr)

    fragment = client.get(f"/kb/suggest/{item.pk}/", HTTP_HX_REQUEST="true").content.decode()

    assert articles["leak"].title in fragment
    assert "insert link" in fragment and "insert text" in fragment
    assert "http://127.0.0.1:8000/kb/residents/leak/" in fragment
    assert "Turn off the water and call us at once." in fragment
    assert "<html" not in fragment  # a fragment, to be included in the item page


def test_suggestions_are_only_for_staff_who_may_see_the_item(client, desk):
    item = desk.email_from_owner(subject="Leak")

    assert client.get(f"/kb/suggest/{item.pk}/").status_code == 302
    client.force_login(desk.other_manager)  # a manager of another association
    assert client.get(f"/kb/suggest/{item.pk}/").status_code == 404
