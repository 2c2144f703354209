"""A demo company: four associations, ~200 people, staff with roles, and sample mail.

`demo_load` is built on the same services as production (the roster goes through the
directory import, the mail through intake) and is idempotent: running it again finds what
it made before and adds nothing. Every demo login's password is DEMO_PASSWORD.
"""

from __future__ import annotations

import datetime
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from caredesk.actions.defaults import ROLES, defaults_load
from caredesk.actions.models import ActionItem, ActionType, ItemEvent
from caredesk.actions.services import item_create_manual, item_sign, item_step
from caredesk.calls.services import call_attempt_log
from caredesk.core.clock import frozen_at, now
from caredesk.directory.importing import directory_import
from caredesk.directory.models import Account, Association, Language, Person, Unit
from caredesk.directory.services import association_get_or_create, household_member_add
from caredesk.intake.pre import PreFields, pre_item_create
from caredesk.intake.services import message_receive
from caredesk.kb.demo_content import kb_demo_load
from caredesk.mailroom.models import Inbox, MailAccount
from caredesk.portal.services import sign_in_link_create
from caredesk.staff.services import duty_day_set, staff_user_create

DEMO_PASSWORD = "caredesk-demo"
SEED = 20250601
MAIL_DOMAIN = "caredesk-demo.example"
ROLE_NAMES = {code: name for code, name, _, _ in ROLES}

ASSOCIATIONS = [
    # code, name, kind, language, phone
    ("seaview", "Seaview Terrace HOA", Association.Kind.HOA, Language.ENGLISH, "949 450-0202"),
    (
        "oak-grove",
        "Oak Grove Apartments",
        Association.Kind.RENTAL,
        Language.ENGLISH,
        "714 555-0140",
    ),
    ("harbor-storage", "Harbor Self Storage", Association.Kind.STORAGE, Language.ENGLISH, ""),
    ("yangguang", "阳光嘉园", Association.Kind.COMPOUND, Language.CHINESE, "+86 21 5555 0123"),
]


def _words(text: str) -> list[str]:
    return text.split()


FIRST_NAMES = _words(
    "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara "
    "Richard Susan Joseph Jessica Thomas Sarah Carlos Karen Daniel Lisa Matthew Nancy Anthony "
    "Sandra Mark Ashley Priya Emily Andrew Maria Kevin Olivia Brian Sofia Omar Grace Ethan Chloe"
)
LAST_NAMES = _words(
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez "
    "Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Thompson White Harris Clark Lewis "
    "Robinson Walker Young Allen King Wright Scott Nguyen Hill Flores Green Adams Patel Kim Cohen"
)
# Chinese surnames and given names, each with its pinyin (for email addresses).
ZH_SURNAMES = [
    tuple(pair.split(":"))
    for pair in _words(
        "王:wang 李:li 张:zhang 刘:liu 陈:chen 杨:yang 黄:huang 赵:zhao 吴:wu 周:zhou 徐:xu "
        "孙:sun 马:ma 朱:zhu 胡:hu 郭:guo 何:he 林:lin"
    )
]
ZH_GIVEN = [
    tuple(pair.split(":"))
    for pair in _words(
        "伟:wei 芳:fang 娜:na 秀英:xiuying 敏:min 静:jing 丽:li 强:qiang 磊:lei 军:jun 洋:yang "
        "勇:yong 艳:yan 杰:jie 娟:juan 涛:tao 明:ming 超:chao 秀兰:xiulan 霞:xia 平:ping "
        "刚:gang 志强:zhiqiang 建华:jianhua 晓东:xiaodong 丹:dan"
    )
]
MAIL_HOSTS = ["example.com", "example.net", "example.org", "mail.example.com"]


@dataclass
class DemoReport:
    """What `demo_load` made or found: counts, the staff logins, and the sample mail outcomes."""

    associations: int = 0
    units: int = 0
    people: int = 0
    accounts: int = 0
    roster_created: int = 0
    roster_rejected: list[tuple[int, str]] = field(default_factory=list)
    users: int = 0
    mail_accounts: int = 0
    mail_sent: int = 0
    mail_outcomes: dict[str, int] = field(default_factory=dict)
    items_moved: int = 0
    phone_messages: int = 0
    articles: int = 0
    logins: list[tuple[str, str, str]] = field(default_factory=list)
    portal_logins: list[tuple[str, str, str]] = field(default_factory=list)  # name, email, link
    warnings: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        mail = ", ".join(f"{count} {outcome}" for outcome, count in self.mail_outcomes.items())
        lines = [
            f"{self.associations} associations, {self.units} units, {self.people} people, "
            f"{self.accounts} accounts ({self.roster_created} new), {self.users} users, "
            f"{self.mail_accounts} demo mail accounts",
            f"sample mail: {self.mail_sent} messages ({mail or 'none'})",
            f"phone messages: {self.phone_messages} (/callbacks/)",
        ]
        lines += [
            f"knowledge bases: {self.articles} articles (/kb/owners/, /kb/residents/, /kb/staff/)"
        ]
        if self.portal_logins:
            lines.append(
                "homeowner portal (/portal/): enter the address at /portal/sign-in/ and open the "
                "link written to ./var/outbox/, or use these one-time links (valid 24 hours):"
            )
            lines += [f"  {name} <{email}>: {link}" for name, email, link in self.portal_logins]
        lines += [f"rejected roster line {line}: {reason}" for line, reason in self.roster_rejected]
        lines += [f"warning: {warning}" for warning in self.warnings]
        return "\n".join(lines)


@dataclass
class _Resident:
    account_id: str
    name: str
    email: str
    unit: str
    association: str
    phone: str
    relation: str = "owner"
    language: str = "en"


def _people(rng: random.Random) -> list[_Resident]:
    """The demo roster, one row per account (deterministic for the seed)."""
    rows: list[_Resident] = []
    counters: Counter[str] = Counter()
    used_names: set[str] = set()

    def english_name() -> tuple[str, str, str]:
        while True:
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            if f"{first} {last}" not in used_names:
                used_names.add(f"{first} {last}")
                return first, last, f"{first} {last}"

    def english_email(first: str, last: str) -> str:
        style = rng.randrange(3)
        local = [f"{first}.{last}", f"{first[0]}{last}", f"{first}{last[0]}"][style].lower()
        counters[local] += 1
        suffix = str(counters[local]) if counters[local] > 1 else str(rng.randrange(10, 99))
        return f"{local}{suffix}@{rng.choice(MAIL_HOSTS)}"

    def us_phone(index: int) -> str:
        area = ["949", "714", "657", "562"][index // 100 % 4]
        return f"({area}) 555-01{index % 100:02d}"

    def add(prefix: str, association: str, unit: str, **values: str) -> _Resident:
        counters[prefix] += 1
        row = _Resident(
            f"{prefix}-{counters[prefix]:04d}", association=association, unit=unit, **values
        )
        rows.append(row)
        return row

    seaview, oak, harbor, yangguang = (name for _, name, *_ in ASSOCIATIONS)
    lots = rng.sample(range(1, 121), 62)
    seaview_owners = []
    for index, lot in enumerate(lots[:56]):
        first, last, name = english_name()
        row = add(
            "SV",
            seaview,
            f"Lot {lot}",
            name=name,
            email=english_email(first, last),
            phone=us_phone(index),
        )
        seaview_owners.append(row)
    # Two investors own a second lot in Seaview (two accounts, one association).
    for owner, lot in zip(seaview_owners[:2], lots[56:58], strict=True):
        add("SV", seaview, f"Lot {lot}", name=owner.name, email=owner.email, phone=owner.phone)
    # Two couples share one address; each spouse holds an account on the same lot.
    for (first_a, first_b, last), lot in zip(
        [("Daniel", "Maria", "Alvarez"), ("Raj", "Anita", "Patel")], lots[58:60], strict=True
    ):
        shared = f"the{last.lower()}s@example.net"
        for index, first in enumerate((first_a, first_b)):
            used_names.add(f"{first} {last}")
            add(
                "SV",
                seaview,
                f"Lot {lot}",
                name=f"{first} {last}",
                email=shared,
                phone=us_phone(300 + lots.index(lot) * 2 + index),
            )

    apartments = rng.sample(
        [f"Apt {b}{f}{u:02d}" for b in "AB" for f in (1, 2, 3) for u in range(1, 13)], 50
    )
    for index, apartment in enumerate(apartments):
        first, last, name = english_name()
        add(
            "OG",
            oak,
            apartment,
            name=name,
            email=english_email(first, last),
            phone=us_phone(100 + index),
            relation="tenant",
        )

    spaces = [f"Space {row}-{number:02d}" for row in "ABCDE" for number in range(1, 21)]
    rng.shuffle(spaces)
    for index in range(36):
        first, last, name = english_name()
        add(
            "HS",
            harbor,
            spaces[index],
            name=name,
            email=english_email(first, last),
            phone=us_phone(200 + index),
            relation="tenant",
        )
    # Ten Seaview owners also rent a storage space: their mail matches two associations.
    for owner, space in zip(seaview_owners[10:20], spaces[36:46], strict=True):
        add(
            "HS",
            harbor,
            space,
            name=owner.name,
            email=owner.email,
            phone=owner.phone,
            relation="tenant",
        )

    flats = [
        f"{b}栋{u}单元{f}0{r}"
        for b in range(1, 7)
        for u in (1, 2)
        for f in range(1, 19)
        for r in (1, 2)
    ]
    rng.shuffle(flats)
    zh_names: set[str] = set()
    index = 0
    while len(zh_names) < 53:
        (surname, surname_py), (given, given_py) = rng.choice(ZH_SURNAMES), rng.choice(ZH_GIVEN)
        if surname + given in zh_names:
            continue
        zh_names.add(surname + given)
        counters[given_py + surname_py] += 1
        local = f"{given_py}{surname_py}{rng.randrange(10, 99)}{counters[given_py + surname_py]}"
        add(
            "YG",
            yangguang,
            flats[index],
            name=surname + given,
            email=f"{local}@{rng.choice(MAIL_HOSTS)}",
            phone=f"1380013{index:04d}",
            language="zh-hans",
        )
        index += 1
    # A couple in the compound shares one address.
    for given, phone in (("张伟", "13900139001"), ("李娜", "13900139002")):
        add(
            "YG",
            yangguang,
            flats[index],
            name=given,
            email="zhangjia@example.net",
            phone=phone,
            language="zh-hans",
        )
    return rows


HOUSEHOLD = [
    # sex, relation, age in HOUSEHOLD_YEAR
    ("female", "配偶 spouse", 45),
    ("male", "儿子 son", 12),
    ("female", "女儿 daughter", 8),
    ("female", "母亲 mother", 70),
]
HOUSEHOLD_YEAR = 2025


def _households(rng: random.Random) -> None:
    """Household members (for resident passes) of twenty compound accounts."""
    given_names = [given for given, _ in ZH_GIVEN]
    accounts = Account.objects.filter(association__code="yangguang").select_related("person")
    for account in accounts.order_by("number")[:20]:
        surname = account.person.full_name[0]
        members = HOUSEHOLD[: 1 + rng.randrange(len(HOUSEHOLD))]
        for (sex, relation, age), given in zip(
            members, rng.sample(given_names, len(members)), strict=True
        ):
            # A spouse has their own surname; children take the account holder's.
            family = rng.choice(ZH_SURNAMES)[0] if relation.startswith("配偶") else surname
            household_member_add(
                account=account,
                name=family + given,
                sex=sex,
                relation=relation,
                birth_year=HOUSEHOLD_YEAR - age,
            )


STAFF = [
    # username, full name, roles ("*" = all associations, else an association code)
    ("csr1", "Carla Reyes", [("customer-support", "*")]),
    ("csr2", "Wei Zhang", [("customer-support", "*")]),
    ("lead", "Lena Brooks", [("cc-lead", "*")]),
    ("ccmanager", "Marcus Hale", [("cc-manager", "*")]),
    ("manager-seaview", "Helen Park", [("manager", "seaview")]),
    ("manager-oakgrove", "Tom Ortiz", [("manager", "oak-grove")]),
    ("manager-harbor", "Sam Delgado", [("manager", "harbor-storage"), ("district-manager", "*")]),
    ("manager-yangguang", "陈建国", [("manager", "yangguang")]),
    ("ar", "Alice Rowe", [("ar", "*")]),
    ("receptionist", "Rosa Diaz", [("receptionist", "*")]),
    ("engineering", "李工", [("engineering", "*")]),
    ("security", "王保安", [("security", "*")]),
    ("finance", "Frank Liu", [("finance", "*")]),
    ("administration", "Amy Wong", [("administration", "*")]),
]


def _staff(report: DemoReport) -> None:
    associations = {association.code: association for association in Association.objects.all()}
    for username, full_name, roles in STAFF:
        staff_user_create(
            username=username,
            password=DEMO_PASSWORD,
            full_name=full_name,
            email=f"{username}@{MAIL_DOMAIN}",
            roles=[(code, None if where == "*" else associations[where]) for code, where in roles],
        )
        held = ", ".join(
            f"{ROLE_NAMES[code]} ({associations[where].name if where != '*' else 'all'})"
            for code, where in roles
        )
        report.logins.append((username, DEMO_PASSWORD, held))
    staff_user_create(
        username="admin",
        password=DEMO_PASSWORD,
        full_name="Demo Admin",
        email=f"admin@{MAIL_DOMAIN}",
        is_superuser=True,
    )
    report.logins.insert(0, ("admin", DEMO_PASSWORD, "superuser (admin site)"))
    lead = get_user_model().objects.get(username="lead")
    duty_day_set(day=timezone.localdate(), user=lead)


INBOX_ADDRESSES = {
    "CC Priority": f"priority@{MAIL_DOMAIN}",
    "CC General": f"care@{MAIL_DOMAIN}",
    "Work Order Updates": f"workorders@{MAIL_DOMAIN}",
}


def _mail_accounts(report: DemoReport) -> dict[str, MailAccount]:
    accounts = {}
    for inbox_name, address in INBOX_ADDRESSES.items():
        inbox = Inbox.objects.get(name=inbox_name)
        if not inbox.address:
            inbox.address = address
            inbox.save(update_fields=["address", "updated_at"])
        # Drop .eml files here and the directory poller files them into the inbox.
        path = settings.VAR_DIR / "demo-mail" / inbox_name.lower().replace(" ", "-")
        path.mkdir(parents=True, exist_ok=True)
        action_type = ActionType.objects.filter(
            code="work-order-update"
            if inbox_name == "Work Order Updates"
            else "general-inquiry-email"
        ).first()
        account, _ = MailAccount.objects.get_or_create(
            name=f"Demo: {inbox_name}",
            defaults={
                "kind": MailAccount.Kind.DIRECTORY,
                "inbox": inbox,
                "action_type": action_type,
                "path": str(path),
            },
        )
        accounts[inbox_name] = account
    report.mail_accounts = len(accounts)
    return accounts


@dataclass(frozen=True)
class _Mail:
    key: str
    inbox: str
    sender: tuple[str, str]  # name, address
    subject: str
    body: str
    hours_ago: float
    reply_to_key: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    html: str = ""
    attachment: tuple[str, str, bytes] | None = None  # filename, content type, bytes


def _message_id(key: str) -> str:
    return f"<demo-{key}@{MAIL_DOMAIN}>"


def _build(mail: _Mail, sent_at: datetime.datetime) -> bytes:
    message = EmailMessage()
    name, address = mail.sender
    message["From"] = Address(display_name=name, addr_spec=address)
    message["To"] = f"{mail.inbox} <{INBOX_ADDRESSES[mail.inbox]}>"
    message["Subject"] = mail.subject
    message["Date"] = format_datetime(sent_at)
    message["Message-ID"] = _message_id(mail.key)
    if mail.reply_to_key:
        message["In-Reply-To"] = _message_id(mail.reply_to_key)
        message["References"] = _message_id(mail.reply_to_key)
    for header, value in mail.headers:
        message[header] = value
    if mail.html and not mail.body:
        message.set_content(mail.html, subtype="html")
    else:
        message.set_content(mail.body)
        if mail.html:
            message.add_alternative(mail.html, subtype="html")
    if mail.attachment:
        filename, content_type, data = mail.attachment
        maintype, subtype = content_type.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return message.as_bytes()


def _raw_8bit_chinese(
    *,
    key: str,
    inbox: str,
    name: str,
    address: str,
    subject: str,
    body: str,
    charset: str,
    sent_at: datetime.datetime,
    raw_subject: bool,
) -> bytes:
    """A message as old Chinese mail clients send it: GB2312/GBK body as raw 8-bit bytes."""
    encoded_name = Header(name, charset).encode()
    subject_bytes = (
        subject.encode(charset) if raw_subject else Header(subject, charset).encode().encode()
    )
    head = (
        f"From: {encoded_name} <{address}>\r\n"
        f"To: {inbox} <{INBOX_ADDRESSES[inbox]}>\r\n"
        f"Date: {format_datetime(sent_at)}\r\n"
        f"Message-ID: {_message_id(key)}\r\n"
        "MIME-Version: 1.0\r\n"
        f'Content-Type: text/plain; charset="{charset}"\r\n'
        "Content-Transfer-Encoding: 8bit\r\n"
        "X-Mailer: Foxmail 7.2\r\n"
    ).encode("ascii")
    return head + b"Subject: " + subject_bytes + b"\r\n\r\n" + body.encode(charset) + b"\r\n"


def _sample_mail(rows: list[_Resident]) -> list[_Mail]:
    """About 25 messages of a normal morning at the desk, from the demo people to the inboxes."""
    by_prefix: dict[str, list[_Resident]] = {}
    for row in rows:
        by_prefix.setdefault(row.account_id[:2], []).append(row)
    seaview = [r for r in by_prefix["SV"] if sum(x.email == r.email for x in rows) == 1]
    oak, yangguang = by_prefix["OG"], by_prefix["YG"]
    harbor_only = [r for r in by_prefix["HS"] if sum(x.email == r.email for x in rows) == 1]
    both = next(r for r in by_prefix["HS"] if sum(x.email == r.email for x in rows) == 2)
    couple = next(r for r in by_prefix["SV"] if r.email == "thealvarezs@example.net")
    zh_couple = next(r for r in yangguang if r.email == "zhangjia@example.net")

    def who(row: _Resident) -> tuple[str, str]:
        return row.name, row.email

    def sign(row: _Resident) -> str:
        return f"\n\nThank you,\n{row.name}\n{row.unit}, {row.association}\n{row.phone}"

    general, priority, orders = "CC General", "CC Priority", "Work Order Updates"
    a, b, c, d, e, f, g = seaview[3], seaview[8], seaview[21], seaview[30], oak[2], oak[9], oak[17]
    return [
        _Mail(
            "garage-door",
            general,
            who(a),
            f"Garage door at {a.unit} won't close",
            "Hello,\n\nThe common-area garage door next to my lot stops halfway and reverses. "
            "It has been like this since Sunday. Could someone from maintenance look at it?"
            + sign(a),
            30,
        ),
        _Mail(
            "garage-door-reply",
            general,
            who(a),
            f"Re: Garage door at {a.unit} won't close",
            "One more thing: the door also makes a grinding noise when it opens. Please let "
            "the technician know.\n\n" + sign(a) + "\n\n> Hello,\n> The common-area garage "
            "door next to my lot stops halfway and reverses.",
            26,
            reply_to_key="garage-door",
        ),
        _Mail(
            "solar-panels",
            general,
            who(b),
            "Architectural request: solar panels on my roof",
            "Hi,\n\nI'd like to install solar panels on the south side of my roof. What does "
            "the architectural committee need from me, and can the manager tell me how long "
            "approval usually takes?" + sign(b),
            22,
        ),
        _Mail(
            "late-fee",
            general,
            who(c),
            "Late fee on my statement",
            "Hello,\n\nMy statement shows a $25 late fee for March, but my payment cleared on "
            "the 2nd. Could you please check and remove it?" + sign(c),
            20,
        ),
        _Mail(
            "pool-hours",
            general,
            who(d),
            "Pool hours this summer?",
            "Hi, when does the pool open for the season, and are guests allowed on weekends?"
            + sign(d),
            19,
        ),
        _Mail(
            "dead-tree",
            general,
            who(seaview[33]),
            "Dead tree on the common area",
            "",
            18,
            html="<html><body><p>Dear Community Care,</p><p>The <b>pine tree</b> "
            "behind my lot is dead and leaning toward the walkway. I'm worried it will fall "
            "in the next storm.</p><p>Regards,<br>" + seaview[33].name + "</p></body></html>",
        ),
        _Mail(
            "fence-photo",
            general,
            who(seaview[35]),
            "Fence damage (photo attached)",
            "The wind knocked down two fence panels between my lot and the greenbelt. Photo "
            "attached." + sign(seaview[35]),
            17,
            attachment=("fence.jpg", "image/jpeg", b"\xff\xd8\xff\xe0demo-photo\xff\xd9"),
        ),
        _Mail(
            "dishwasher",
            general,
            who(e),
            f"Dishwasher not draining — {e.unit}",
            "Hi, my dishwasher has standing water after every cycle. When can maintenance "
            "come by? I work from home so any weekday is fine." + sign(e),
            16,
        ),
        _Mail(
            "noise",
            general,
            who(f),
            "Noise complaint — late-night music",
            "The apartment above mine has had loud music past midnight three nights this "
            "week. I don't want to make trouble, but could the office remind them of the "
            "quiet hours?" + sign(f),
            15,
        ),
        _Mail(
            "parking",
            general,
            who(g),
            "Second parking sticker",
            "Hello, my partner moved in last month. How do we get a second parking sticker, "
            "and is there a fee?" + sign(g),
            14,
        ),
        _Mail(
            "renewal",
            general,
            who(oak[25]),
            "Lease renewal question",
            "My lease ends on the 30th of next month. Can you tell me the renewal rate for a "
            "12-month lease, and whether a 6-month option exists?" + sign(oak[25]),
            13,
        ),
        _Mail(
            "gate-code",
            general,
            who(harbor_only[4]),
            "Gate code not working",
            "My gate code stopped working this morning. I paid my rent on time. Can you "
            "reset it?" + sign(harbor_only[4]),
            12,
        ),
        _Mail(
            "vacate",
            general,
            who(harbor_only[9]),
            "Vacating my storage unit",
            "I'll be moving my things out by the end of the month. What do I need to do to "
            "vacate, and will I get a refund for the unused days?" + sign(harbor_only[9]),
            11,
        ),
        _Mail(
            "autopay-fee",
            general,
            who(harbor_only[12]),
            "Convenience fee on AutoPay?",
            "I set up AutoPay but still see a convenience fee. I thought AutoPay was exempt?"
            + sign(harbor_only[12]),
            10,
        ),
        _Mail(
            "two-properties",
            general,
            who(both),
            "Question about my account",
            "Hi, I'd like to update my mailing address on file. Thanks!" + sign(both),
            9,
        ),
        _Mail(
            "shared-address",
            general,
            who(couple),
            "Pool key for our lot",
            "Hi, we lost one of our pool keys. How do we get a replacement?\n\nDaniel and "
            "Maria Alvarez",
            8,
        ),
        _Mail(
            "realtor",
            general,
            ("Jordan Blake", "jordan.blake@brokerage.example"),
            "Resale documents for a listing at Seaview Terrace",
            "Hello, I'm the listing agent for a home at Seaview Terrace (Lot 77). Could you "
            "send the resale disclosure package and the current HOA dues?\n\nJordan Blake\n"
            "Blake Realty",
            7,
        ),
        _Mail(
            "out-of-office",
            general,
            who(seaview[37]),
            "Out of Office: Annual meeting notice",
            "I am out of the office until Monday with limited access to email.",
            6.5,
            headers=(("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")),
        ),
        _Mail(
            "newspaper",
            general,
            who(yangguang[5]),
            "订阅报纸",
            f"您好：\n\n我想订阅《新民晚报》，从下个月开始，订半年。请问价格多少？怎么付款？"
            f"\n\n谢谢！\n{yangguang[5].name}\n{yangguang[5].unit}",
            5,
        ),
        _Mail(
            "visitor-pass",
            general,
            who(zh_couple),
            "家属出入证",
            "您好，我父母下周搬来同住，需要办理两张出入证，请问需要带什么材料？\n\n张伟 李娜",
            4.5,
        ),
        _Mail(
            "leak",
            priority,
            who(oak[30]),
            f"URGENT: water pouring through ceiling {oak[30].unit}",
            "Water is pouring through my bathroom ceiling right now from the unit above. "
            "I've put buckets down but it's getting worse. Please send someone ASAP!"
            + sign(oak[30]),
            1,
            headers=(("X-Priority", "1 (Highest)"), ("Importance", "High")),
        ),
        _Mail(
            "gate-stuck",
            priority,
            who(harbor_only[15]),
            "Front gate stuck open",
            "The front gate at Harbor Self Storage has been stuck open since 7pm. Anyone can "
            "drive in." + sign(harbor_only[15]),
            2,
        ),
        _Mail(
            "wo-4471",
            orders,
            ("Acme Garage Doors", "dispatch@acme-garage.example"),
            f"WO #4471 completed — {a.unit}, Seaview Terrace",
            "Work order #4471: replaced the safety sensor and re-balanced the garage door. "
            "Door tested OK. Technician: R. Gomez.\n\nAcme Garage Doors dispatch",
            3,
        ),
        _Mail(
            "wo-4471-invoice",
            orders,
            ("Acme Garage Doors", "dispatch@acme-garage.example"),
            "Re: WO #4471 completed — invoice",
            "Invoice #A-9912 for work order #4471 attached ($340.00).",
            2.5,
            reply_to_key="wo-4471",
            attachment=("invoice-A-9912.pdf", "application/pdf", b"%PDF-1.4\n% demo\n%%EOF\n"),
        ),
        _Mail(
            "wo-4480",
            orders,
            ("Bayside Plumbing", "office@bayside-plumbing.example"),
            f"WO #4480 scheduled — {oak[30].unit} ceiling leak, Oak Grove",
            "Work order #4480 is scheduled for today 3–5pm. Please make sure the tenant above "
            f"({oak[31].unit}) gives access.\n\nBayside Plumbing",
            0.5,
        ),
    ]


CHINESE_AGES = {"light": datetime.timedelta(hours=4), "leak": datetime.timedelta(hours=1.5)}


def _chinese_raw(rows: list[_Resident], base: datetime.datetime) -> list[tuple[str, bytes]]:
    yangguang = [row for row in rows if row.account_id.startswith("YG")]
    light, leak = yangguang[11], yangguang[17]
    return [
        (
            "corridor-light",
            _raw_8bit_chinese(
                key="corridor-light",
                inbox="CC General",
                name=light.name,
                address=light.email,
                subject="楼道灯坏了",
                charset="gb2312",
                raw_subject=False,
                sent_at=base - CHINESE_AGES["light"],
                body=f"物业管理处：\n\n{light.unit}门口的楼道灯已经坏了三天，晚上很黑，老人上下楼"
                f"不安全，请尽快派人维修。\n\n{light.name}\n电话：{light.phone}",
            ),
        ),
        (
            "upstairs-leak",
            _raw_8bit_chinese(
                key="upstairs-leak",
                inbox="CC Priority",
                name=leak.name,
                address=leak.email,
                subject="紧急：楼上漏水",
                charset="gbk",
                raw_subject=True,
                sent_at=base - CHINESE_AGES["leak"],
                body=f"你好！\n\n我家（{leak.unit}）卫生间天花板正在漏水，水滴到地上了，"
                f"应该是楼上的水管坏了。请马上派工程部的人来看看！\n\n{leak.name}",
            ),
        ),
    ]


def _mail(
    rows: list[_Resident],
    accounts: dict[str, MailAccount],
    report: DemoReport,
    tick: Callable[[int], None],
) -> None:
    base = now().replace(second=0, microsecond=0)
    messages = []
    for mail in _sample_mail(rows):
        sent_at = base - datetime.timedelta(hours=mail.hours_ago)
        messages.append((mail.key, mail.inbox, _build(mail, sent_at), sent_at))
    raw_chinese = dict(_chinese_raw(rows, base))
    # Delivered in the order they were written; the raw Chinese ones fit in by their time.
    light, leak = raw_chinese["corridor-light"], raw_chinese["upstairs-leak"]
    messages.insert(18, ("corridor-light", "CC General", light, base - CHINESE_AGES["light"]))
    messages.insert(-3, ("upstairs-leak", "CC Priority", leak, base - CHINESE_AGES["leak"]))
    outcomes: Counter[str] = Counter()
    for key, inbox, raw, sent_at in messages:
        # Each arrives a minute after it was sent, so the queue shows real waiting times.
        with frozen_at(min(sent_at + datetime.timedelta(minutes=1), now())):
            result = message_receive(raw=raw, account=accounts[inbox], source=f"demo:{key}")
        outcomes[result.outcome] += 1
        if result.link:
            outcomes[f"link:{result.link}"] += 1
        tick(1)
    report.mail_sent = len(messages)
    report.mail_outcomes = dict(outcomes)


def demo_load(*, progress: Callable[[int], None] | None = None) -> DemoReport:
    """Build (or top up) the demo company; running it again duplicates nothing."""
    report = DemoReport()
    tick = progress or (lambda _: None)
    rng = random.Random(SEED)
    with transaction.atomic():
        defaults_load()
        for code, name, kind, language, phone in ASSOCIATIONS:
            association, created = association_get_or_create(
                name=name, kind=kind, language=language, code=code
            )
            if created and phone:
                association.phone = phone
                association.save(update_fields=["phone", "updated_at"])
    rows = _people(rng)
    imported = directory_import(
        rows=(
            {
                "account_id": row.account_id,
                "name": row.name,
                "email": row.email,
                "unit": row.unit,
                "association": row.association,
                "phone": row.phone,
                "relation": row.relation,
                "language": row.language,
            }
            for row in rows
        ),
        progress=tick,
    )
    report.roster_created = imported.created
    report.roster_rejected = imported.rejected
    with transaction.atomic():
        _households(random.Random(SEED + 1))
        _staff(report)
        accounts = _mail_accounts(report)
    tick(1)
    _mail(rows, accounts, report, tick)
    _workflow(report)
    _phone_messages(report)
    report.articles = kb_demo_load()
    _portal(report)

    report.associations = Association.objects.count()
    report.units = Unit.objects.count()
    report.people = Person.objects.count()
    report.accounts = Account.objects.count()
    report.users = get_user_model().objects.count()
    return report


def _workflow(report: DemoReport) -> None:
    """Move some sample items along, so each role's My Action Items has something (once)."""
    moved = ItemEvent.objects.filter(kind=ItemEvent.Kind.STEPPED)
    if moved.exists():
        report.items_moved = moved.count()
        return
    users = {user.username: user for user in get_user_model().objects.all()}
    open_linked = ActionItem.objects.filter(
        is_open=True, link=ActionItem.Link.LINKED, action_type__code="general-inquiry-email"
    ).select_related("association", "step", "action_type")
    by_association: dict[str, list[ActionItem]] = {}
    for item in open_linked.order_by("received_at"):
        by_association.setdefault(item.association.code, []).append(item)
    with transaction.atomic():
        for items in by_association.values():
            if items:
                item_step(
                    item=items[0],
                    to_step="question-manager",
                    actor=users["csr1"],
                    note="Owner asks something only the manager can answer.",
                )
        seaview = by_association.get("seaview", [])
        if len(seaview) > 1:
            item_step(
                item=seaview[-1],
                to_step="question-ar",
                actor=users["csr1"],
                note="Balance question for AR.",
            )
        inbox = Inbox.objects.get(name="CC General")
        yangguang = Account.objects.filter(association__code="yangguang").order_by("pk").first()
        if yangguang is not None:
            repair = item_create_manual(
                actor=users["csr2"],
                action_type=ActionType.objects.get(code="complaint-repair"),
                inbox=inbox,
                subject="卫生间天花板渗水",
                description="住户来电：卫生间天花板有水渍并滴水，请工程部上门查看。",
                channel=ActionItem.Channel.PHONE,
                account=yangguang,
            )
            repair = item_step(item=repair, to_step="supervisor-review", actor=users["csr2"])
            item_sign(item=repair, code="supervisor-approval", actor=users["lead"])
            item_step(
                item=ActionItem.objects.get(pk=repair.pk),
                to_step="engineering-dispatch",
                actor=users["lead"],
            )
            permit = item_create_manual(
                actor=users["csr2"],
                action_type=ActionType.objects.get(code="contractor-permit"),
                inbox=inbox,
                subject="装修施工人员出入证：3人",
                description="装修公司提交三名工人资料及证件费。",
                channel=ActionItem.Channel.FRONT_DESK,
                account=yangguang,
            )
            item_step(item=permit, to_step="finance-receipt", actor=users["csr2"])
    report.items_moved = ItemEvent.objects.filter(kind=ItemEvent.Kind.STEPPED).count()


def _phone_messages(report: DemoReport) -> None:
    """A few phone messages from the receptionist, one leak already called once (once)."""
    messages = ActionItem.objects.filter(channel=ActionItem.Channel.PRE)
    if messages.exists():
        report.phone_messages = messages.count()
        return
    users = {user.username: user for user in get_user_model().objects.all()}
    callers = list(
        Account.objects.filter(association__code="seaview", person__phones__isnull=False)
        .select_related("person", "unit")
        .order_by("pk")
        .distinct()[:3]
    )
    said = [
        "Water is leaking through the kitchen ceiling from the unit above. Please call back.",
        "Wants to know when the pool reopens after the resurfacing.",
        "Asks whether her AutoPay went through this month.",
    ]
    with transaction.atomic():
        for account, text in zip(callers, said, strict=False):
            phone = account.person.phones.order_by("e164").first()
            item = pre_item_create(
                fields=PreFields(
                    caller_name=account.person.full_name,
                    phone=phone.e164 if phone else "",
                    unit=account.unit.label if account.unit else "",
                    association=account.association.name,
                    message=text,
                    wants_callback=True,
                ),
                actor=users["receptionist"],
            )
            if item.is_leak_related:
                call_attempt_log(
                    item=item, actor=users["lead"], outcome="no_answer", note="Rang, no answer."
                )
    report.phone_messages = messages.count()


def _portal(report: DemoReport) -> None:
    """A one-time portal link for an English and a Chinese homeowner who have items."""
    for code in ("seaview", "yangguang"):
        person = (
            Person.objects.filter(
                accounts__association__code=code, items__isnull=False, emails__isnull=False
            )
            .order_by("pk")
            .first()
        )
        if person is None:
            continue
        link = sign_in_link_create(person=person, minutes=24 * 60)
        email = person.emails.order_by("id").first().email
        report.portal_logins.append((person.full_name, email, link))


def demo_steps() -> int:
    """How many progress ticks `demo_load` reports (for a progress bar's total)."""
    rows = _people(random.Random(SEED))
    return len(rows) + 1 + len(_sample_mail(rows)) + 2
