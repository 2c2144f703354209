"""The demo company's knowledge bases and portal path (`caredesk demo`)."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from caredesk.demo import demo_load
from caredesk.kb.demo_content import kb_demo_load
from caredesk.kb.models import Article
from caredesk.kb.selectors import article_get, articles_search
from caredesk.portal.models import SignInLink


@pytest.fixture
def report(db, settings, tmp_path):
    settings.VAR_DIR = tmp_path / "var"
    return demo_load()


def test_the_demo_has_the_seed_policies_and_faqs_in_both_languages(report):
    staff = set(Article.objects.filter(audience="staff").values_list("slug", flat=True))
    assert {
        "authentication",
        "convenience-fee",
        "auction-relief",
        "lock-issues",
        "vacates",
        "note-taking",
        "quick-notes",
    } <= staff
    assert articles_search(query="漏水", audiences=["residents"])[0].slug == "water-leak"
    assert articles_search(query="AutoPay", audiences=["owners"])[0].slug == "autopay"
    seaview = report_association("seaview")
    assert "Seaview" in article_get(audience="owners", slug="autopay", association=seaview).title
    assert articles_search(query="DTM auction", audiences=["staff"])[0].slug == "auction-relief"


def report_association(code):
    from caredesk.directory.models import Association

    return Association.objects.get(code=code)


def test_loading_the_demo_articles_again_adds_nothing(report):
    before = Article.objects.count()

    assert kb_demo_load() == before


def test_the_demo_prints_working_portal_links_for_an_english_and_a_chinese_homeowner(
    report, client
):
    assert len(report.portal_logins) == 2
    assert "/portal/" in str(report)
    name, email, link = report.portal_logins[1]
    assert SignInLink.objects.filter(email=email).exists()

    signed_in = client.post(urlsplit(link).path)

    assert signed_in.status_code == 302
    assert client.get("/portal/").status_code == 200
