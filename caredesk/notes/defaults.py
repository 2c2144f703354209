"""The quick notes every company starts with (seed 002's "Quick Notes"); loaded by a migration."""

from __future__ import annotations

from typing import Any

QUICK_NOTES: list[tuple[str, str, str, str]] = [
    # title, Chinese title, text, Chinese text
    (
        "Verified caller",
        "已核实来电人",
        "Verified the caller's identity by ___ (ID on the occupancy sheet / email / phone).",
        "已通过 ___ 核实来电人身份（入住登记表上的证件 / 邮箱 / 电话）。",
    ),
    (
        "Legal action threatened",
        "客户表示将采取法律行动",
        "Customer said they will take legal action about ___. Manager informed.",
        "客户表示将就 ___ 采取法律行动。已通知物业经理。",
    ),
    (
        "Convenience fee question",
        "便利费咨询",
        "Explained the convenience fee: waived only for AutoPay and vacated accounts.",
        "已解释便利费：仅对自动扣款和已退租账户免收。",
    ),
    (
        "Returned call",
        "已回电",
        "Returned the customer's call about ___; ___.",
        "已就 ___ 给客户回电；___。",
    ),
    (
        "Work order status given",
        "已告知工单进度",
        "Gave the customer the status of work order ___: ___.",
        "已告知客户工单 ___ 的进度：___。",
    ),
]


def quick_notes_load(apps: Any = None) -> int:
    """Add the default quick notes that are missing (by title); returns how many were added."""
    from django.apps import apps as global_apps

    model = (apps or global_apps).get_model("notes", "QuickNote")
    added = 0
    for order, (title, title_zh, text, text_zh) in enumerate(QUICK_NOTES, start=1):
        _, created = model.objects.get_or_create(
            title=title,
            defaults={"title_zh": title_zh, "text": text, "text_zh": text_zh, "order": order * 10},
        )
        added += int(created)
    return added
