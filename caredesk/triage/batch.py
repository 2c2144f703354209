"""Triage of JSON lines: one message in, one decision out, in input order."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import TextIO

from django.utils.translation import gettext as _

from caredesk.triage.engine import TriageResult
from caredesk.triage.training import CorpusError, Example, example_from, jsonl_records

TEXT_FIELDS = ("channel", "from_name", "from_email", "subject", "body")


def jsonl_triage(
    *,
    lines: Iterable[str],
    out: TextIO,
    err: TextIO,
    decide: Callable[[Example], TriageResult],
) -> tuple[int, int]:
    """Write one output line per input line; return (decided, refused).

    A line that is not a usable message is reported on err with its line number, and an
    object {"id", "error"} takes its place in the output so the order and count stay.
    """
    decided = refused = 0
    for number, record, problem in jsonl_records(lines):
        try:
            if record is None:
                raise CorpusError(number, problem)
            example = example_from(_checked(record, number), line=number, labelled=False)
        except CorpusError as error:
            refused += 1
            err.write(
                _("line %(number)d: %(problem)s") % {"number": number, "problem": error.problem}
                + "\n"
            )
            identifier = record.get("id") if isinstance(record, dict) else None
            out.write(
                json.dumps({"id": identifier, "error": error.problem}, ensure_ascii=False) + "\n"
            )
            continue
        result = decide(example)
        out.write(
            json.dumps({"id": record.get("id"), **result.as_dict()}, ensure_ascii=False) + "\n"
        )
        decided += 1
    return decided, refused


def _checked(record: object, number: int) -> dict:
    if not isinstance(record, dict):
        raise CorpusError(number, _("not a JSON object"))
    if not any(record.get(name) for name in ("subject", "body")):
        raise CorpusError(number, _("no subject and no body"))
    for name in TEXT_FIELDS:
        if record.get(name) is not None and not isinstance(record[name], str):
            raise CorpusError(number, _("%(field)s is not a string") % {"field": name})
    return record
