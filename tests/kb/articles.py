"""Knowledge-base articles for tests, in a few words."""

from __future__ import annotations

from caredesk.directory.models import Association
from caredesk.kb.models import Article, Category


def article(
    *,
    title: str,
    body: str = "",
    audience: str = "owners",
    slug: str = "",
    title_zh: str = "",
    body_zh: str = "",
    category: Category | None = None,
    association: Association | None = None,
    published: bool = True,
) -> Article:
    return Article.objects.create(
        audience=audience,
        slug=slug or f"a{Article.objects.count() + 1}",
        title=title,
        body=body,
        title_zh=title_zh,
        body_zh=body_zh,
        category=category,
        association=association,
        status=Article.Status.PUBLISHED if published else Article.Status.DRAFT,
    )


def library() -> dict[str, Article]:
    """A small knowledge base in English and Chinese."""
    payments = Category.objects.create(
        audience="owners", slug="payments", name="Payments and fees", name_zh="缴费"
    )
    repairs = Category.objects.create(
        audience="residents", slug="repairs", name="Repairs", name_zh="维修"
    )
    return {
        "autopay": article(
            title="Paying your dues with AutoPay",
            body="Set up **AutoPay** and the convenience fee is waived.",
            title_zh="自动扣款缴纳物业费",
            body_zh="开通自动扣款后，便利费全免。",
            category=payments,
            slug="autopay",
        ),
        "leak": article(
            title="Water coming through the ceiling",
            body="Turn off the water and call us at once.",
            title_zh="厨房或卫生间漏水怎么办",
            body_zh="请立即关闭水阀，并马上致电管理处报修。",
            audience="residents",
            category=repairs,
            slug="leak",
        ),
        "parking": article(
            title="Parking permits",
            body="Each home gets two parking permits.",
            title_zh="停车证",
            body_zh="每户可申请两张停车证，停车费按月缴纳。",
            audience="residents",
            slug="parking",
        ),
        "draft": article(
            title="AutoPay changes next year (draft)", body="Not yet.", published=False
        ),
        "policy": article(
            title="Convenience fee policy",
            body="Waived only for AutoPay and vacated accounts.",
            audience="staff",
            slug="convenience-fee",
        ),
    }
