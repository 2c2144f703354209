"""Triage reads: the CSR overrules as labelled training examples."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from caredesk.triage.engine import TriageResult
from caredesk.triage.models import TriageFeedback
from caredesk.triage.training import LABELS, label_text


def feedback_examples(*, decide: Callable[..., TriageResult]) -> Iterator[dict]:
    """One labelled training line per overruled item: the CSR's values for the fields they
    overruled (the latest overrule of each field wins), triage's own for the others."""
    by_item: dict[int, list[TriageFeedback]] = {}
    for row in TriageFeedback.objects.order_by("item_number", "created_at", "pk"):
        by_item.setdefault(row.item_number, []).append(row)
    for item_number, rows in by_item.items():
        last = rows[-1]
        result = decide(channel=last.channel, subject=last.subject, body=last.body).as_dict()
        labels = {name: label_text(result[name]) for name in LABELS}
        overruled = {row.field: row.new_value for row in rows if row.field in LABELS}
        labels.update(overruled)
        yield {
            "id": f"feedback-{item_number}",
            "channel": last.channel,
            "from_name": "",
            "from_email": "",
            "subject": last.subject,
            "body": last.body,
            "urgency": labels["urgency"],
            "leak_related": labels["leak_related"] == "true",
            "category": labels["category"],
            "needs_callback": labels["needs_callback"] == "true",
            "overruled": sorted(overruled),
            "reasons": [row.reason for row in rows if row.reason],
        }
