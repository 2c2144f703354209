"""The roles, inboxes and action types every company starts with.

`defaults_load` runs from a data migration (with historical models) and from `caredesk demo`;
it only adds what is missing, so companies may rename or extend what it created.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.apps import apps as global_apps

ROLES: list[tuple[str, str, str, bool]] = [
    # code, name, Chinese name, leads the desk
    ("customer-support", "Customer Support", "客服", False),
    ("cc-lead", "CC Lead", "客服组长", True),
    ("cc-manager", "CC Manager", "客服经理", True),
    ("manager", "Manager", "物业经理", False),
    ("assistant-manager", "Assistant Manager", "物业副经理", False),
    ("ar", "AR", "应收账款", False),
    ("escrow", "Escrow", "托管", False),
    ("district-manager", "District Manager", "区域经理", False),
    ("receptionist", "Receptionist", "前台接待", False),
    ("engineering", "Engineering", "工程部", False),
    ("security", "Security", "保安部", False),
    ("finance", "Finance", "财务部", False),
    ("administration", "Administration", "行政部", False),
]

INBOXES: list[tuple[str, int]] = [
    ("CC Priority", 1),
    ("CC General", 2),
    ("Work Order Updates", 3),
]


@dataclass(frozen=True)
class StepSpec:
    order: int
    code: str
    name: str
    name_zh: str
    send_to: str = ""
    reply_to: str = ""
    is_closing: bool = False
    emails_owner: bool = False
    template_code: str = ""
    hides_from_portal: bool = False
    reopen: str = ""
    sla_minutes: int | None = None
    next_steps: tuple[str, ...] = ()  # empty: any step of the type
    signoffs: tuple[SignoffSpec, ...] = ()


@dataclass(frozen=True)
class SignoffSpec:
    code: str
    name: str
    name_zh: str
    role: str


@dataclass(frozen=True)
class TypeSpec:
    code: str
    name: str
    name_zh: str
    steps: list[StepSpec] = field(default_factory=list)
    sla_minutes: int | None = None
    promise_role: str = ""


@dataclass(frozen=True)
class TemplateSpec:
    code: str
    language: str
    subject: str
    body: str
    title: str = ""  # a canned answer has a title and is inserted into the CSR's reply


CANNED_REPLIES: list[TemplateSpec] = [
    TemplateSpec(
        "received-forwarded",
        "en",
        "",
        "Thank you for your message. I have passed your question to the {{ association }} "
        "management team; they will answer you directly, usually within two business days.",
        title="Received: forwarded to the manager",
    ),
    TemplateSpec(
        "received-forwarded",
        "zh-hans",
        "",
        "感谢您的来信。您的问题已转交{{ association }}物业管理团队，他们会直接回复您，"
        "通常在两个工作日内。",
        title="已收到：已转交物业经理",
    ),
    TemplateSpec(
        "gate-remote",
        "en",
        "",
        "Gate remotes and access fobs are issued by the management office. Please bring a photo "
        "ID and proof of ownership; replacement remotes are $35, payable by check or card.",
        title="Gate remote or fob",
    ),
    TemplateSpec(
        "gate-remote",
        "zh-hans",
        "",
        "大门遥控器和门禁卡由管理处办理。请携带带照片的身份证件和产权证明；补办遥控器收费 35 元，"
        "可用支票或银行卡支付。",
        title="大门遥控器或门禁卡",
    ),
    TemplateSpec(
        "payment-options",
        "en",
        "",
        "You can pay your assessment online in the owner portal, by automatic debit, or by check "
        "mailed to the address on your statement. Online card payments carry a convenience fee.",
        title="How to pay",
    ),
    TemplateSpec(
        "payment-options",
        "zh-hans",
        "",
        "您可以通过业主门户在线缴费、自动扣款，或将支票寄至账单上的地址。在线刷卡支付需收取便利费。",
        title="缴费方式",
    ),
    TemplateSpec(
        "leak-first-steps",
        "en",
        "",
        "If water is still coming in, please shut off the water valve for your unit if you can "
        "do so safely, move belongings away from the water, and call our emergency line now. "
        "We have asked maintenance to inspect today.",
        title="Leak: what to do now",
    ),
    TemplateSpec(
        "leak-first-steps",
        "zh-hans",
        "",
        "如果仍在漏水，请在确保安全的前提下关闭您单元的进水阀，把物品移离水源，并立即拨打我们的紧急电话。"
        "我们已安排维修人员今天上门检查。",
        title="漏水：现在该怎么做",
    ),
]


def _question_pair(order: int, role: str, label: str, label_zh: str) -> list[StepSpec]:
    question = f"question-{role}"
    return [
        StepSpec(order, question, f"Question for {label}", f"转{label_zh}处理", send_to=role),
        StepSpec(
            order + 5,
            f"reply-{role}",
            f"Reply to Owner from {label}",
            f"{label_zh}回复业主",
            reply_to=role,
            is_closing=True,
            emails_owner=True,
            template_code="reply-to-owner",
            reopen=question,
        ),
    ]


GENERAL_INQUIRY = TypeSpec(
    "general-inquiry-email",
    "General Inquiry from Email",
    "邮件一般咨询",
    [
        StepSpec(1, "review-message", "Review Message", "审阅消息", send_to="customer-support"),
        StepSpec(
            5,
            "reply-customer-support",
            "Reply to Owner from Customer Support",
            "客服回复业主",
            reply_to="customer-support",
            is_closing=True,
            emails_owner=True,
            template_code="reply-to-owner",
            reopen="review-message",
        ),
        *_question_pair(10, "manager", "Manager", "物业经理"),
        *_question_pair(20, "ar", "AR", "应收账款"),
        *_question_pair(30, "assistant-manager", "Assistant Manager", "物业副经理"),
        *_question_pair(40, "escrow", "Escrow", "托管"),
        StepSpec(80, "closed", "Closed", "已关闭", is_closing=True, reopen="review-message"),
        StepSpec(
            99,
            "void",
            "Void",
            "作废",
            is_closing=True,
            hides_from_portal=True,
            reopen="review-message",
        ),
    ],
)

PHONE_MESSAGE = TypeSpec(
    "phone-message",
    "Phone Message (PRE)",
    "电话留言",
    [
        StepSpec(1, "return-call", "Return Call", "回电", send_to="customer-support"),
        *_question_pair(10, "manager", "Manager", "物业经理"),
        StepSpec(80, "closed", "Closed", "已关闭", is_closing=True, reopen="return-call"),
        StepSpec(
            99,
            "void",
            "Void",
            "作废",
            is_closing=True,
            hides_from_portal=True,
            reopen="return-call",
        ),
    ],
)

WORK_ORDER_UPDATE = TypeSpec(
    "work-order-update",
    "Work Order Update",
    "工单进度",
    [
        StepSpec(1, "review-update", "Review Update", "审阅进度", send_to="customer-support"),
        StepSpec(
            10, "question-manager", "Question for Manager", "转物业经理处理", send_to="manager"
        ),
        StepSpec(80, "closed", "Closed", "已关闭", is_closing=True, reopen="review-update"),
        StepSpec(
            99,
            "void",
            "Void",
            "作废",
            is_closing=True,
            hides_from_portal=True,
            reopen="review-update",
        ),
    ],
)

COMPLAINT_AND_REPAIR = TypeSpec(
    "complaint-repair",
    "Complaint and Repair",
    "投诉与维修",
    [
        StepSpec(
            1,
            "record",
            "Record Complaint",
            "记录投诉",
            send_to="customer-support",
            next_steps=("supervisor-review", "void"),
        ),
        StepSpec(
            10,
            "supervisor-review",
            "Supervisor Review",
            "主管审核",
            send_to="cc-lead",
            next_steps=("engineering-dispatch", "record", "void"),
            signoffs=(
                SignoffSpec("supervisor-approval", "Supervisor's approval", "主管签批", "cc-lead"),
            ),
        ),
        StepSpec(
            20,
            "engineering-dispatch",
            "Engineering Dispatch",
            "工程部派工",
            send_to="engineering",
            next_steps=("follow-up", "supervisor-review"),
        ),
        StepSpec(
            30,
            "follow-up",
            "Customer Service Follow-up",
            "客服跟进",
            send_to="customer-support",
            next_steps=("resident-acceptance", "engineering-dispatch"),
            signoffs=(
                SignoffSpec(
                    "technician-signoff", "Technician's sign-off", "维修人员签字", "engineering"
                ),
                SignoffSpec(
                    "csr-signoff", "Customer service sign-off", "客服签字", "customer-support"
                ),
            ),
        ),
        StepSpec(
            40,
            "resident-acceptance",
            "Resident Acceptance",
            "住户验收",
            send_to="customer-support",
            # Accepted: closed. Not satisfied: back to engineering.
            next_steps=("closed", "engineering-dispatch"),
        ),
        StepSpec(80, "closed", "Closed", "已关闭", is_closing=True, reopen="record"),
        StepSpec(
            99, "void", "Void", "作废", is_closing=True, hides_from_portal=True, reopen="record"
        ),
    ],
    promise_role="cc-lead",
)

CONTRACTOR_PERMIT = TypeSpec(
    "contractor-permit",
    "Contractor Work Permit",
    "施工人员出入证",
    [
        StepSpec(1, "intake", "Customer Service Intake", "客服受理", send_to="customer-support"),
        StepSpec(10, "finance-receipt", "Finance Receipt", "财务开收据", send_to="finance"),
        StepSpec(20, "security-review", "Security Review", "保安部审核", send_to="security"),
        StepSpec(30, "stamp", "Customer Service Stamp", "客服盖章", send_to="customer-support"),
        StepSpec(
            40, "laminate", "Administration Lamination", "行政部过塑", send_to="administration"
        ),
        StepSpec(
            50, "handover", "Customer Service Handover", "客服发证", send_to="customer-support"
        ),
        StepSpec(80, "closed", "Closed", "已关闭", is_closing=True, reopen="intake"),
        StepSpec(
            99, "void", "Void", "作废", is_closing=True, hides_from_portal=True, reopen="intake"
        ),
    ],
    sla_minutes=30,
)

# A request a homeowner opens in the portal: answered like an email inquiry.
PORTAL_REQUEST = TypeSpec(
    "portal-request",
    "Portal Request",
    "业主门户请求",
    [
        StepSpec(1, "review-request", "Review Request", "审阅请求", send_to="customer-support"),
        StepSpec(
            5,
            "reply-customer-support",
            "Reply to Owner from Customer Support",
            "客服回复业主",
            reply_to="customer-support",
            is_closing=True,
            emails_owner=True,
            template_code="reply-to-owner",
            reopen="review-request",
        ),
        *_question_pair(10, "manager", "Manager", "物业经理"),
        *_question_pair(20, "ar", "AR", "应收账款"),
        *_question_pair(30, "assistant-manager", "Assistant Manager", "物业副经理"),
        StepSpec(80, "closed", "Closed", "已关闭", is_closing=True, reopen="review-request"),
        StepSpec(
            99,
            "void",
            "Void",
            "作废",
            is_closing=True,
            hides_from_portal=True,
            reopen="review-request",
        ),
    ],
)

ACTION_TYPES: list[TypeSpec] = [
    GENERAL_INQUIRY,
    PHONE_MESSAGE,
    WORK_ORDER_UPDATE,
    COMPLAINT_AND_REPAIR,
    CONTRACTOR_PERMIT,
    PORTAL_REQUEST,
]

REPLY_TEMPLATES: list[TemplateSpec] = [
    TemplateSpec(
        "reply-to-owner",
        "en",
        "Re: {{ item.subject }} {{ item.token }}",
        "Dear {{ owner_name }},\n\n{{ note }}\n\nKind regards,\n{{ staff_name }}\n"
        "{{ company }} Community Care\n\n"
        "Please keep {{ item.token }} in the subject if you reply.\n",
    ),
    TemplateSpec(
        "reply-to-owner",
        "zh-hans",
        "回复：{{ item.subject }} {{ item.token }}",
        "{{ owner_name }}，您好：\n\n{{ note }}\n\n"
        "此致\n{{ company }} 客服中心 {{ staff_name }}\n\n"
        "如需回复，请保留邮件主题中的 {{ item.token }}。\n",
    ),
]

# The action type an inbox's mail creates when its mail account names none.
DEFAULT_TYPE_FOR_INBOX = {"Work Order Updates": "work-order-update"}
DEFAULT_ACTION_TYPE = "general-inquiry-email"


def defaults_load(apps: Any = None) -> None:
    """Create the default roles, inboxes, action types and templates that do not exist yet.

    Safe to run again: a type that exists keeps its edits; only what is missing is added
    (a step, a sign-off, the allowed moves of a step that has none, a time limit never set).
    """
    apps = apps or global_apps
    role_model = apps.get_model("staff", "Role")
    inbox_model = apps.get_model("mailroom", "Inbox")
    template_model = apps.get_model("actions", "ReplyTemplate")

    roles = {}
    for code, name, name_zh, is_lead in ROLES:
        roles[code], _ = role_model.objects.get_or_create(
            code=code, defaults={"name": name, "name_zh": name_zh, "is_lead": is_lead}
        )
    for name, rank in INBOXES:
        inbox_model.objects.get_or_create(name=name, defaults={"rank": rank})
    for spec in ACTION_TYPES:
        _type_load(apps, spec, roles)
    # An early migration runs this with the templates as they were then: no canned answers.
    can_be_canned = any(field.name == "is_canned" for field in template_model._meta.fields)
    for template in REPLY_TEMPLATES + (CANNED_REPLIES if can_be_canned else []):
        defaults = {"subject": template.subject, "body": template.body}
        if can_be_canned:
            defaults.update(title=template.title, is_canned=bool(template.title))
        template_model.objects.get_or_create(
            code=template.code, language=template.language, defaults=defaults
        )


def portal_type_load(apps: Any = None) -> None:
    """Add the Portal Request type (and the roles it names) to a database made without it."""
    apps = apps or global_apps
    role_model = apps.get_model("staff", "Role")
    roles = {}
    for code, name, name_zh, is_lead in ROLES:
        roles[code], _ = role_model.objects.get_or_create(
            code=code, defaults={"name": name, "name_zh": name_zh, "is_lead": is_lead}
        )
    _type_load(apps, PORTAL_REQUEST, roles)


def _type_load(apps: Any, spec: TypeSpec, roles: dict[str, Any]) -> None:
    type_model = apps.get_model("actions", "ActionType")
    step_model = apps.get_model("actions", "ActionStep")
    signoff_model = apps.get_model("actions", "StepSignoff")
    action_type, _ = type_model.objects.get_or_create(
        code=spec.code, defaults={"name": spec.name, "name_zh": spec.name_zh}
    )
    if spec.sla_minutes and action_type.sla_minutes is None:
        action_type.sla_minutes = spec.sla_minutes
        action_type.save(update_fields=["sla_minutes"])
    if spec.promise_role and action_type.promise_role_id is None:
        action_type.promise_role = roles[spec.promise_role]
        action_type.save(update_fields=["promise_role"])
    steps = {}
    for step in spec.steps:
        steps[step.code], _ = step_model.objects.get_or_create(
            action_type=action_type,
            code=step.code,
            defaults={
                "order": step.order,
                "name": step.name,
                "name_zh": step.name_zh,
                "send_to_role": roles.get(step.send_to),
                "reply_to_role": roles.get(step.reply_to),
                "is_closing": step.is_closing,
                "emails_owner": step.emails_owner,
                "template_code": step.template_code,
                "hides_from_portal": step.hides_from_portal,
                "sla_minutes": step.sla_minutes,
            },
        )
    for step in spec.steps:
        row = steps[step.code]
        if step.reopen and row.reopen_step_id is None:
            row.reopen_step = steps[step.reopen]
            row.save(update_fields=["reopen_step"])
        if step.next_steps and not row.next_steps.exists():
            row.next_steps.set([steps[code] for code in step.next_steps])
        for signoff in step.signoffs:
            signoff_model.objects.get_or_create(
                step=row,
                code=signoff.code,
                defaults={
                    "name": signoff.name,
                    "name_zh": signoff.name_zh,
                    "role": roles[signoff.role],
                },
            )
