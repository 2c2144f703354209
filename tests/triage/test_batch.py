"""triage_many: the batch API gives exactly what one call per message gives, in plain types."""

from __future__ import annotations

import json

from caredesk.triage.model import corpus_files, shipped_model
from caredesk.triage.services import message_triage, triage_many


def _corpus() -> list[dict]:
    rows = []
    for path in corpus_files():
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return rows


def test_a_batch_gives_what_single_calls_give(shipped_rules):
    """Every corpus message, in batches of 100, of 7 and of 1: the same results as one call
    per message (fields, reasons and the model's figures), in input order."""
    rows = _corpus()[:400]
    model = shipped_model()
    single = [
        message_triage(
            channel=row["channel"],
            subject=row["subject"],
            body=row["body"],
            from_name=row.get("from_name", ""),
            from_email=row.get("from_email", ""),
            rules=shipped_rules,
            model=model,
        )
        for row in rows
    ]
    for size in (100, 7, 1):
        batched = []
        for start in range(0, len(rows), size):
            batched += triage_many(rows[start : start + size], rules=shipped_rules, model=model)
        assert batched == single


def test_an_empty_batch_and_odd_messages(shipped_rules):
    """No messages, no results; a message with missing fields or an unknown channel is
    triaged like message_triage does it."""
    assert triage_many([], rules=shipped_rules) == []
    odd = [{"subject": "Leak!"}, {"body": "", "subject": "", "channel": "fax"}, {"body": "x"}]
    results = triage_many(odd, rules=shipped_rules)
    assert results[0] == message_triage(
        channel="email", subject="Leak!", body="", rules=shipped_rules
    )
    assert len(results) == 3


def test_results_are_plain_python(shipped_rules):
    """No NumPy types anywhere in a result: json.dumps takes it, and every value is a plain
    bool, int, float or str."""
    rows = _corpus()[:50]
    for result in triage_many(rows, rules=shipped_rules):
        json.dumps(result.as_dict())
        assert type(result.leak_related) is bool
        assert type(result.needs_callback) is bool
        assert type(result.urgency) is str and type(result.category) is str
        assert type(result.language) is str
        for reason in result.reasons:
            for name, value in reason.as_dict().items():
                assert value is None or type(value) in (str, int), (name, type(value))
