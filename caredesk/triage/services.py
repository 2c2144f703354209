"""Triage services: decide a message (`message_triage`) and record a CSR's overrule
(`feedback_record`). The rules come from the TriagePhrase table, cached per process."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import marshal
import pickle
import sys
import threading
import time
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import DatabaseError, transaction

from caredesk.core.files import file_write_whole
from caredesk.triage import rules as rules_module
from caredesk.triage.engine import (
    CHANNELS,
    Reason,
    TriageResult,
    message_prepare,
    messages_decide,
)
from caredesk.triage.model import Model, shipped_model_dir
from caredesk.triage.models import TriageFeedback, TriagePhrase
from caredesk.triage.needles import (
    Needles,
    needles_code,
    needles_document,
    needles_read,
    shipped_needles_path,
)
from caredesk.triage.regexes import RegexStore
from caredesk.triage.rules import FIELDS, Phrase, RuleSet, default_phrases

__all__ = [
    "CHANNELS",
    "Reason",
    "TriageResult",
    "feedback_record",
    "message_triage",
    "model_current",
    "rules_current",
    "rules_forget",
    "rules_prepare",
    "triage_many",
]

logger = logging.getLogger(__name__)

RECHECK_SECONDS = 60.0  # how often another process's phrase edits are looked for

_lock = threading.Lock()
_cache: dict[str, Any] = {"rules": None, "stamp": None, "checked": 0.0}


def message_triage(
    *,
    channel: str,
    subject: str,
    body: str,
    from_name: str = "",
    from_email: str = "",
    rules: RuleSet | None = None,
    model: Model | None = None,
) -> TriageResult:
    """Urgency, leak-related, category and call-back need of one message, with the reasons.

    body is the new text; quoted history left in it (">" lines, "On ... wrote:", 原始邮件,
    写道) is ignored. Deterministic for given rules and model.
    """
    prepared = message_prepare(
        rules=rules or rules_current(),
        channel=channel if channel in CHANNELS else "email",
        subject=subject or "",
        body=body or "",
        from_name=from_name or "",
        from_email=from_email or "",
    )  # as triage_many() prepares each message, without building a batch of one
    return messages_decide(prepared=[prepared], model=model or model_current())[0]


def triage_many(
    messages: Iterable[Mapping[str, Any]],
    *,
    rules: RuleSet | None = None,
    model: Model | None = None,
) -> list[TriageResult]:
    """message_triage() for a batch: the same results, in order, with the model run once for
    the whole batch. Each message is a mapping with "channel", "subject", "body" and
    optionally "from_name" and "from_email" (missing or None count as empty)."""
    rules = rules or rules_current()
    prepared = [
        message_prepare(
            rules=rules,
            channel=message.get("channel") if message.get("channel") in CHANNELS else "email",
            subject=message.get("subject") or "",
            body=message.get("body") or "",
            from_name=message.get("from_name") or "",
            from_email=message.get("from_email") or "",
        )
        for message in messages
    ]
    if not prepared:
        return []
    return messages_decide(prepared=prepared, model=model or model_current())


def rules_current() -> RuleSet:
    """The compiled active phrases of the database (the shipped defaults when it has none)."""
    now = time.monotonic()
    rules = _cache["rules"]
    if rules is not None and now - _cache["checked"] < RECHECK_SECONDS:
        return rules
    with _lock:
        stamp = _phrases_stamp()
        if _cache["rules"] is None or stamp != _cache["stamp"]:
            rows = _phrases_rows(stamp)
            regexes = _regexes()
            prepared = _rules_prepared_path(rows)
            rules = _rules_prepared_load(prepared, regexes)
            if rules is None:
                phrases = default_phrases() if rows is None else _phrases_of(rows)
                shipped = needles_read(shipped_needles_path())
                known = {**shipped, **needles_read(_needles_path())}
                before = len(known)
                rules = RuleSet.from_phrases(phrases, known, regexes)
                if len(known) != before:
                    _needles_save(known, phrases, shipped=shipped)
                _rules_prepared_save(rules, prepared)
            _cache["rules"] = rules
            regexes.keep = {compiled.expanded for compiled in rules.every}
            _cache["stamp"] = stamp
        _cache["checked"] = now
        return _cache["rules"]


# The compiled phrases of a process, kept for the next one (the needles found, the expanded
# expressions, the needle automaton): 75-80 ms to build from the phrases in every process
# that triages (each `caredesk ingest`, worker and web server), 15-20 ms to load. Under
# var/cache, beside the database and the kept regular expressions, which the desk alone writes.
_RULES_FORMAT = "1"
SHIPPED_PHRASES = "data/phrases.tsv"  # what rules.default_phrases() reads


def _rules_prepared_path(rows: tuple[tuple, ...] | None) -> Path:
    """The file of these phrases (their database rows; None: the shipped ones) compiled by
    this code: its name is a key of both."""
    digest = hashlib.sha256(f"{_RULES_FORMAT} {needles_code()} {sys.version}".encode())
    if rows is None:
        digest.update(resources.files("caredesk.triage").joinpath(SHIPPED_PHRASES).read_bytes())
    else:
        digest.update(marshal.dumps(rows, 2))  # each column of each row (2: no back-references)
    return Path(settings.VAR_DIR) / "cache" / f"triage-rules-{digest.hexdigest()[:32]}.pickle"


def _rules_prepared_load(path: Path, regexes: RegexStore) -> RuleSet | None:
    """The rules kept in path (None when there are none or they cannot be read)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        rules = pickle.loads(data)  # noqa: S301 - written by _rules_prepared_save, under var
        if not isinstance(rules, RuleSet):
            raise TypeError(type(rules).__name__)
    except Exception as error:  # noqa: BLE001 - a damaged file: compile the phrases anew
        logger.info("triage: kept rules in %s did not load (%s)", path, error)
        return None
    for compiled in rules.every:
        compiled.store = regexes  # each expression compiled when first needed, as built
    return rules


def _rules_prepared_save(rules: RuleSet, path: Path) -> None:
    """Keep the rules for the next process (written whole, then moved into place); older
    kept rules go."""
    detached = [(compiled, compiled._regex, compiled.store) for compiled in rules.every]
    try:
        for compiled, _, _ in detached:  # compiled code and the store stay with this process
            compiled._regex = compiled.store = None
        file_write_whole(path, pickle.dumps(rules, protocol=pickle.HIGHEST_PROTOCOL))
        for old in path.parent.glob("triage-rules-*.pickle"):
            if old != path:
                with contextlib.suppress(OSError):
                    old.unlink()
    except (OSError, pickle.PicklingError) as error:
        logger.info("triage: could not keep the compiled rules in %s (%s)", path, error)
    finally:
        for compiled, regex, store in detached:
            compiled._regex, compiled.store = regex, store


def model_current() -> Model:
    """The shipped model, loaded once per process: from its prepared arrays under var/cache
    (Model.load_prepared; made after each migrate, or by the first process to need them)."""
    model = _cache.get("model")
    if model is None:
        with _lock:
            model = _cache.get("model")
            if model is None:
                cache = Path(settings.VAR_DIR) / "cache"
                model = _cache["model"] = Model.load_prepared(shipped_model_dir(), cache)
    return model


def rules_forget() -> None:
    """Drop the cached rules (a phrase was saved or deleted); the next call compiles anew."""
    with _lock:
        _cache.update(rules=None, stamp=None, checked=0.0)


def rules_prepare() -> None:
    """Compile every active phrase now and keep the compiled code under var/cache (after each
    migrate, as pip byte-compiles a package it installs): a new process then builds each
    expression from its code instead of compiling it, 0.27 s for the ~950 shipped phrases."""
    rules = rules_current()
    for compiled in rules.every:
        compiled.regex  # noqa: B018 - compiled for its side effect
    _regexes().save()
    model_current()  # ...and the model's arrays, prepared


def _regexes() -> RegexStore:
    """The one store of compiled expressions of this process (kept under var/cache)."""
    store = _cache.get("regexes")
    if store is None:
        store = _cache["regexes"] = RegexStore(
            Path(settings.VAR_DIR) / "cache" / RegexStore.file_name()
        )
    return store


def _needles_path() -> Path:
    return Path(settings.VAR_DIR) / "cache" / "triage-needles.json"


def _needles_save(known: Needles, phrases: Iterable[Phrase], *, shipped: Needles) -> None:
    """Keep the needles of the current phrases the package does not ship (a lead's own), so
    the next process need not find them again (the package's are in data/needles.json):
    written whole, then moved into place."""
    path = _needles_path()
    own = [p for p in phrases if rules_module.pattern_expand(p.pattern) not in shipped]
    document = needles_document(known, own)
    try:
        file_write_whole(path, json.dumps(document, ensure_ascii=False).encode())
    except OSError as error:
        logger.info("triage: could not keep the phrase needles in %s (%s)", path, error)


def _phrases_stamp() -> tuple | None:
    """What changes whenever a phrase does: (count, last update), or None without a table."""
    from django.db.models import Count, Max

    try:
        found = TriagePhrase.objects.aggregate(count=Count("pk"), last=Max("updated_at"))
    except (DatabaseError, RuntimeError) as error:  # no table yet, or no database at all
        logger.info("triage: using the shipped phrases (%s)", type(error).__name__)
        return None
    return (found["count"], found["last"])


_PHRASE_COLUMNS = ("pk", "language", "field", "value", "pattern", "kind", "weight", "note")


def _phrases_rows(stamp: tuple | None) -> tuple[tuple, ...] | None:
    """The active phrases' columns, as tuples (None: the table is empty or missing, so the
    shipped phrases are used)."""
    if stamp is None or stamp[0] == 0:
        return None
    # the columns a Phrase holds, as tuples: a thousand model objects (and their dates
    # converted) took three times as long, in every process's first batch
    return tuple(
        TriagePhrase.objects.filter(is_active=True).order_by("pk").values_list(*_PHRASE_COLUMNS)
    )


def _phrases_of(rows: tuple[tuple, ...]) -> tuple[Phrase, ...]:
    return tuple(
        Phrase(
            language=language,
            field=field,
            value=value,
            pattern=pattern,
            kind=kind,
            weight=weight,
            note=note,
            rule=f"phrase:{pk}",
        )
        for pk, language, field, value, pattern, kind, weight, note in rows
    )


@transaction.atomic
def feedback_record(
    *,
    item_number: int,
    field: str,
    old_value: str,
    new_value: str,
    reason: str,
    channel: str,
    subject: str,
    body: str,
    user: Any = None,
) -> TriageFeedback:
    """Keep a CSR's overrule of a triage field as a labelled example for the next training."""
    feedback = TriageFeedback(
        item_number=item_number,
        field=field,
        old_value=_as_text(old_value),
        new_value=_as_text(new_value),
        reason=reason or "",
        channel=channel,
        subject=subject or "",
        body=body or "",
        user=user,
    )
    feedback.full_clean(exclude=["user"])
    if field not in FIELDS:
        from django.core.exceptions import ValidationError

        raise ValidationError({"field": f"not a triage field: {field!r}"})
    feedback.save()
    return feedback


def _as_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
