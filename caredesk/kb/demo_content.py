"""The demo company's knowledge bases: the staff policies of seed 002, and owner and resident
FAQs in English and Chinese (some overridden for one association). Loaded by `caredesk demo`;
running it again adds only what is missing and never overwrites a lead's edits."""

from __future__ import annotations

from dataclasses import dataclass

from caredesk.directory.models import Association
from caredesk.kb.models import Article, Category

CATEGORIES = [
    # audience, slug, name, Chinese name, order
    ("staff", "policies", "Account policies", "账户制度", 1),
    ("staff", "tasks", "Tasks and escalations", "任务与升级", 2),
    ("staff", "notes", "Notes", "备注", 3),
    ("owners", "payments", "Payments and fees", "缴费", 1),
    ("owners", "architectural", "Architectural requests", "装修与改建", 2),
    ("owners", "portal", "Your requests online", "在线请求", 3),
    ("residents", "repairs", "Repairs and emergencies", "报修与紧急情况", 1),
    ("residents", "access", "Parking, gates and passes", "停车、门禁与出入证", 2),
    ("residents", "moving", "Moving in and out", "入住与搬出", 3),
]


@dataclass(frozen=True)
class Doc:
    audience: str
    category: str
    slug: str
    title: str
    body: str
    title_zh: str = ""
    body_zh: str = ""
    association: str = ""  # an association code: this article overrides the general one there


STAFF = [
    Doc(
        "staff",
        "policies",
        "authentication",
        "Authentication before account work",
        "Verify the customer **before** you discuss or change an account.\n\n"
        "1. Ask for the ID on the account. If the account shows only the last 3 digits, check "
        "the **Occupancy Sheet** for the full ID.\n"
        "2. No occupancy sheet, or it does not match: ask for **another piece of information** "
        "on file — the email address or the phone number.\n"
        "3. Never assist without it, even for a gate code.\n"
        "4. Record how the caller was verified in the account note.\n",
        "账户操作前的身份验证",
    ),
    Doc(
        "staff",
        "policies",
        "convenience-fee",
        "Convenience fee",
        "The convenience fee is **waived only** for:\n\n- accounts on **AutoPay**, and\n"
        "- accounts that are **Vacated**.\n\nNo other reason waives it — not the customer's "
        "state of residence, not the unit's location, not an auction date. If the customer "
        "declines the fee, tell them they can pay in full at any property.\n",
        "便利费",
    ),
    Doc(
        "staff",
        "tasks",
        "auction-relief",
        "Auction relief",
        "Only a **payment in full** stops an auction. When a customer cannot pay in time and "
        "asks for help:\n\n1. Tell them kindly that we cannot stop the auction without full "
        "payment.\n2. Create the task **DTM – Auction and Lien Status** so the district "
        "manager follows up with them.\n3. Do **not** give out the district manager's name or "
        "phone number.\n4. Note the account.\n",
        "拍卖延缓",
    ),
    Doc(
        "staff",
        "tasks",
        "lock-issues",
        "Lock issues and gate access",
        "**Paid before the auction, overlock still on** (CDD properties): create the task "
        "**Lock Related – DTM Lock Replacement**.\n\n**Customer lost the key to their own "
        "lock**: create **Lock Related – Lock Cut Request**.\n\n**Gate code refused** though "
        "correct, refreshed, keypad lit: authenticate, then give an **Alternative Gate Code** "
        "(a task records it).\n",
        "门锁与门禁问题",
    ),
    Doc(
        "staff",
        "tasks",
        "vacates",
        "Vacates",
        "A customer who wants to end the rental gets a **Vacate task**:\n\n- **Schedule a "
        "Vacate** for a future date;\n- **Same Day Vacate** when they are leaving today — "
        "including a customer who was due to move in but never used the space.\n\n"
        "Once vacated, the convenience fee no longer applies.\n",
        "退租",
    ),
    Doc(
        "staff",
        "notes",
        "note-taking",
        "Note-taking tips",
        "Notes are **concise, dated and factual**: what the customer asked, what we offered, "
        "what they chose.\n\nGood: *Within 24 hours, informed customer we are able to take the "
        "payment in full plus convenience fee. Customer declined and advised they will go to "
        "any property to pay in full.*\n\nToo thin: *Customer chose to pay at property.*\n\n"
        "**A note is required** whenever a customer threatens legal action, even if the call "
        "ended without any account change.\n",
        "备注要点",
    ),
    Doc(
        "staff",
        "notes",
        "quick-notes",
        "Quick Notes",
        "Copy, fill in, paste:\n\n- `Verified by [ID/email/phone]. Customer asked about "
        "[topic].`\n- `Informed customer [policy]. Customer [accepted/declined] and will "
        "[next step].`\n- `Created task [task name] for [role], due [date].`\n- `Returned call "
        "for [name]; no answer, left voicemail.`\n- `Returned call; no voicemail available.`\n"
        "- `Customer stated they would take legal action. [What was said].`\n",
        "快速备注",
    ),
]

OWNERS = [
    Doc(
        "owners",
        "payments",
        "autopay",
        "Paying your dues and AutoPay",
        "Pay your assessments online, by check, or at the office. With **AutoPay** your dues "
        "are paid on the 1st of each month and the **convenience fee is waived**.\n\n"
        "To sign up, send us a request in the [homeowner portal](/portal/) with the topic "
        "*Payments and account balance*.\n",
        "缴纳物业费与自动扣款",
        "物业费可在线缴纳、用支票缴纳或到管理处缴纳。开通**自动扣款**后，每月 1 日自动扣缴，"
        "并**免收便利费**。\n\n如需开通，请在[业主门户](/portal/)提交请求，类别选择“缴费与账户余额”。\n",
    ),
    Doc(
        "owners",
        "payments",
        "convenience-fee",
        "Why is there a convenience fee?",
        "Card payments by phone or online carry a convenience fee charged by the payment "
        "processor. It is waived for accounts on AutoPay.\n",
        "为什么收取便利费？",
        "通过电话或网上刷卡缴费时，支付机构会收取便利费。开通自动扣款的账户免收此费用。\n",
    ),
    Doc(
        "owners",
        "architectural",
        "architectural-request",
        "Submitting an architectural request",
        "Before changing the outside of your home (paint, fences, windows, solar panels), "
        "send an architectural request with a sketch and the materials. The committee answers "
        "within 30 days. Start it in the [portal](/portal/new/) with the topic *Architectural "
        "request* and attach your drawings (PDF or photos).\n",
        "提交装修申请",
        "改动房屋外观（油漆、围栏、窗户、太阳能板）前，请提交装修申请并附草图和材料说明，"
        "委员会将在 30 天内答复。请在[业主门户](/portal/new/)选择“装修申请”"
        "并附上图纸（PDF 或照片）。\n",
    ),
    Doc(
        "owners",
        "portal",
        "follow-requests",
        "Following your requests online",
        "Sign in to the [homeowner portal](/portal/) with the email address we have on file: "
        "we email you a link, no password needed. You see every request on all your homes, "
        "our answers, and the progress of repairs, and you can reply or open a new one.\n",
        "在线查看您的请求",
        "使用我们登记的电子邮箱登录[业主门户](/portal/)：我们会给您发送登录链接，无需密码。"
        "您可以查看名下所有房屋的请求、我们的答复和维修进度，也可以回复或提交新请求。\n",
    ),
    Doc(
        "owners",
        "payments",
        "autopay",
        "Paying your dues at Seaview Terrace",
        "Seaview Terrace dues are due on the 1st and late after the 15th. With **AutoPay** the "
        "convenience fee is waived. Checks: payable to *Seaview Terrace HOA*, mailed to the "
        "management office.\n",
        "海景台物业费缴纳",
        "海景台物业费每月 1 日到期，15 日后视为逾期。开通**自动扣款**免收便利费。"
        "支票抬头请写 *Seaview Terrace HOA*，寄至管理处。\n",
        association="seaview",
    ),
]

RESIDENTS = [
    Doc(
        "residents",
        "repairs",
        "water-leak",
        "Water leak: what to do",
        "1. Turn off the water at the valve under the sink or the main valve.\n2. **Call us at "
        "once** — a leak is an emergency, day or night.\n3. Move valuables away and take "
        "photos.\n4. Then send the photos in the [portal](/portal/new/) so the repair is "
        "tracked.\n",
        "漏水怎么办",
        "1. 关闭水槽下方或总水阀。\n2. **立即致电管理处**——漏水属于紧急情况，全天候受理。\n"
        "3. 移开贵重物品并拍照。\n4. 之后在[业主门户](/portal/new/)上传照片，方便跟进维修进度。\n",
    ),
    Doc(
        "residents",
        "repairs",
        "request-repair",
        "Asking for a repair",
        "Send a request in the [portal](/portal/new/) with the topic *Maintenance or repair*, "
        "where it is and a photo. You can follow the progress (dispatched, technician "
        "visit, your acceptance) on the request page.\n",
        "如何报修",
        "请在[业主门户](/portal/new/)提交请求，类别选择“维修保养”，写明位置并附照片。"
        "您可以在请求页面查看派工、上门维修和验收的进度。\n",
    ),
    Doc(
        "residents",
        "access",
        "gate-code",
        "My gate code does not work",
        "Check the code, then try once more slowly. If the keypad lights up but the gate "
        "stays shut, call us: after confirming who you are we give you an alternative code.\n",
        "门禁密码无效",
        "请核对密码后慢慢重试一次。如果键盘亮灯但大门不开，请致电我们：核实身份后会提供备用密码。\n",
    ),
    Doc(
        "residents",
        "access",
        "parking",
        "Parking permits",
        "Each home gets two parking permits. Guests park in the marked visitor spaces for up "
        "to 48 hours.\n",
        "停车证",
        "每户可申请两张停车证，停车费按月缴纳。访客请停在访客车位，最长 48 小时。\n",
    ),
    Doc(
        "residents",
        "access",
        "resident-passes",
        "Resident passes",
        "Household members get passes before move-in.\n",
        "住户出入证",
        "入住前请登记家庭成员（姓名、性别、与户主关系，儿童请注明年龄）。"
        "每位成员可免费领取 **3 张**出入证，额外每张收费 **50 元**。领证时需在签收单上签字。\n",
        association="yangguang",
    ),
    Doc(
        "residents",
        "access",
        "parcels",
        "Parcels and mail",
        "Couriers leave parcels at the front desk. Bring ID and sign for each parcel.\n",
        "快递与信件",
        "快递由门岗交至客服中心，双方清点签字；领取时请出示证件并逐件签收。\n",
    ),
    Doc(
        "residents",
        "moving",
        "moving-out",
        "Moving out",
        "Give notice in the [portal](/portal/new/) at least 30 days ahead. Book the elevator "
        "for moving day, return keys and passes at the office, and leave a forwarding "
        "address.\n",
        "搬出须知",
        "请至少提前 30 天在[业主门户](/portal/new/)提交通知。搬家当天请预约电梯，"
        "在管理处交还钥匙和出入证，并留下新的联系地址。\n",
    ),
]


def kb_demo_load() -> int:
    """Add the demo categories and articles that are missing; returns how many articles exist."""
    categories = {}
    for audience, slug, name, name_zh, order in CATEGORIES:
        categories[(audience, slug)], _ = Category.objects.get_or_create(
            audience=audience,
            slug=slug,
            defaults={"name": name, "name_zh": name_zh, "order": order},
        )
    associations = {association.code: association for association in Association.objects.all()}
    for order, doc in enumerate([*STAFF, *OWNERS, *RESIDENTS], start=1):
        association = associations.get(doc.association) if doc.association else None
        if doc.association and association is None:
            continue
        Article.objects.get_or_create(
            audience=doc.audience,
            slug=doc.slug,
            association=association,
            defaults={
                "category": categories[(doc.audience, doc.category)],
                "title": doc.title,
                "body": doc.body,
                "title_zh": doc.title_zh,
                "body_zh": doc.body_zh,
                "status": Article.Status.PUBLISHED,
                "order": order,
            },
        )
    return Article.objects.count()
