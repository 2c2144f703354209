"""Import a homeowner roster (CSV, one row per account) into the directory.

Columns (header names are case-insensitive; order does not matter):

    account_id, name, email, unit, association    required columns
    phone                                         optional; any common spelling, stored E.164
    relation                                      optional; owner (default), tenant, resident
    language                                      optional; en, or zh-hans (zh, zh-cn, 中文 …)
    association_kind                              optional; hoa (default), rental, storage,
                                                  compound (a compound's language is zh-hans)

`account_id`, `name` and `association` must have a value in every row; `email`, `unit` and
`phone` may be empty. Other columns are ignored (reported once as a warning).

Who a row's person is: the person with the same name (ignoring case and spacing) and the same
email address; else the current holder of the row's account number when the name matches (a
changed address is added to them); else a new person. So one person may hold several
accounts, and several people may share one address.

An account number belongs to one account. A row may move an account to another unit or
association of the same person, or give it to another person in the same association, but
a row that would give another person's account in a different association is rejected.

Running the same file twice changes nothing (every row is reported unchanged). Every row is
written in its own savepoint: a rejected row has its line number and reason, and the rest
goes on. A file is read as UTF-8 (with or without BOM), else as GB18030 (GBK, GB2312).
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, transaction

from caredesk.core.errors import ApplicationError
from caredesk.core.text import collapse_spaces, normalise_email, normalise_phone
from caredesk.directory.models import (
    Account,
    Association,
    ContactEmail,
    ContactPhone,
    Language,
    Person,
    Unit,
)
from caredesk.directory.services import association_code_for

REQUIRED_COLUMNS = ("account_id", "name", "email", "unit", "association")
OPTIONAL_COLUMNS = ("phone", "relation", "language", "association_kind")

LANGUAGES = {
    "en": Language.ENGLISH,
    "eng": Language.ENGLISH,
    "english": Language.ENGLISH,
    "en-us": Language.ENGLISH,
    "en-gb": Language.ENGLISH,
    "英文": Language.ENGLISH,
    "英语": Language.ENGLISH,
    "zh": Language.CHINESE,
    "zh-hans": Language.CHINESE,
    "zh-cn": Language.CHINESE,
    "zh_cn": Language.CHINESE,
    "zh-sg": Language.CHINESE,
    "chinese": Language.CHINESE,
    "中文": Language.CHINESE,
    "简体中文": Language.CHINESE,
    "汉语": Language.CHINESE,
    "普通话": Language.CHINESE,
}
RELATIONS = {
    "owner": Account.Relation.OWNER,
    "homeowner": Account.Relation.OWNER,
    "业主": Account.Relation.OWNER,
    "tenant": Account.Relation.TENANT,
    "renter": Account.Relation.TENANT,
    "租户": Account.Relation.TENANT,
    "resident": Account.Relation.RESIDENT,
    "住户": Account.Relation.RESIDENT,
}
KINDS = {kind.value: kind.value for kind in Association.Kind} | {
    "condo": Association.Kind.HOA,
    "apartment": Association.Kind.RENTAL,
    "self-storage": Association.Kind.STORAGE,
    "小区": Association.Kind.COMPOUND,
}

# A chunk of rows is committed together, so a long import does not hold SQLite's write lock.
CHUNK_ROWS = 500
PROGRESS_EVERY = 100
# Marks a row with more fields than the header (no column can have this name).
_EXTRA = "\0extra"


@dataclass
class ImportReport:
    """What a roster import did: rows created, updated, unchanged and rejected (line, reason)."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return self.created + self.updated + self.unchanged + len(self.rejected)

    def summary(self) -> str:
        return (
            f"{self.rows} rows: {self.created} created, {self.updated} updated, "
            f"{self.unchanged} unchanged, {len(self.rejected)} rejected"
        )


class RowRejected(Exception):
    """A roster row that cannot be imported; the message says why."""


@dataclass
class _Row:
    line: int
    number: str
    name: str
    name_key: str
    email: str
    unit: str
    association: str
    phone: str
    relation: str
    language: str
    association_kind: str


@dataclass
class _PersonState:
    name_key: str
    language: str
    emails: set[str]
    phones: set[str]


@dataclass
class _AccountState:
    pk: int
    person_id: int
    association_id: int
    unit_id: int | None
    relation: str
    is_active: bool


def _key(value: str) -> str:
    return collapse_spaces(unicodedata.normalize("NFKC", value)).casefold()


def roster_decode(data: bytes) -> tuple[str, str]:
    """The text of a roster file and the encoding it was read with (UTF-8, else GB18030)."""
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("gb18030"), "gb18030"


def _header_name(value: str | None) -> str:
    return collapse_spaces((value or "").lstrip("\ufeff")).lower().replace(" ", "_")


def _rows_from_file(path: Path, report: ImportReport) -> Iterator[tuple[int, dict[str, str]]]:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ApplicationError(f"Cannot read {path}: {error.strerror or error}") from error
    text, encoding = roster_decode(data)
    if encoding != "utf-8":
        report.warnings.append(f"{path.name} is not UTF-8; read it as GB18030 (GBK/GB2312).")
    reader = csv.reader(io.StringIO(text, newline=""))
    header: list[str] | None = None
    for fields in reader:
        if not any(cell.strip() for cell in fields):
            continue
        if header is None:
            header = [_header_name(cell) for cell in fields]
            _check_header(header, report)
            continue
        row = {name: value for name, value in zip(header, fields, strict=False) if name}
        if len(fields) > len(header):
            row[_EXTRA] = f"{len(fields)} fields but the header has {len(header)}"
        yield reader.line_num, row
    if header is None:
        raise ApplicationError(
            f"{path.name} is empty: expected a header with {', '.join(REQUIRED_COLUMNS)}."
        )


def _rows_from_dicts(
    rows: Iterable[Mapping[str, str]], report: ImportReport
) -> Iterator[tuple[int, dict[str, str]]]:
    checked = False
    for index, raw in enumerate(rows):
        row = {_header_name(key): value or "" for key, value in raw.items()}
        if not checked:
            _check_header(list(row), report)
            checked = True
        if not any(str(value).strip() for value in row.values()):
            continue
        yield index + 2, row  # as in a file: the header is line 1


def _check_header(header: list[str], report: ImportReport) -> None:
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        raise ApplicationError(
            f"The roster lacks the column(s) {', '.join(missing)}; "
            f"required: {', '.join(REQUIRED_COLUMNS)}. Nothing was imported."
        )
    known = set(REQUIRED_COLUMNS) | set(OPTIONAL_COLUMNS)
    extra = [name or "(empty)" for name in header if name not in known]
    if extra:
        report.warnings.append(f"Ignored column(s): {', '.join(extra)}.")


def _parse(line: int, raw: dict[str, str]) -> _Row:
    if _EXTRA in raw:
        raise RowRejected(f"too many fields: {raw[_EXTRA]} (an unquoted comma?)")

    def value(name: str) -> str:
        return collapse_spaces(unicodedata.normalize("NFKC", raw.get(name) or ""))

    number, name, association = value("account_id"), value("name"), value("association")
    for label, text, limit in (
        ("account_id", number, 64),
        ("name", name, 200),
        ("association", association, 200),
    ):
        if not text:
            raise RowRejected(f"missing {label}")
        if len(text) > limit:
            raise RowRejected(f"{label} is longer than {limit} characters")
    unit = value("unit")
    if len(unit) > 100:
        raise RowRejected("unit is longer than 100 characters")
    email = ""
    if value("email"):
        email = normalise_email(value("email"))
        if not email or "." not in email.rsplit("@", 1)[1]:
            raise RowRejected(f"bad email {value('email')!r}")
    relation = ""
    if value("relation"):
        relation = RELATIONS.get(value("relation").lower(), "")
        if not relation:
            raise RowRejected(
                f"unknown relation {value('relation')!r} (expected owner, tenant or resident)"
            )
    language = ""
    if value("language"):
        language = LANGUAGES.get(value("language").lower(), "")
        if not language:
            raise RowRejected(f"unknown language {value('language')!r} (expected en or zh-hans)")
    kind = ""
    if value("association_kind"):
        kind = KINDS.get(value("association_kind").lower(), "")
        if not kind:
            raise RowRejected(
                f"unknown association_kind {value('association_kind')!r} "
                "(expected hoa, rental, storage or compound)"
            )
    phone = ""
    if value("phone"):
        phone = normalise_phone(value("phone"), region=settings.CAREDESK_DEFAULT_REGION)
        if not phone and language != Language.ENGLISH:
            phone = normalise_phone(value("phone"), region="CN")
        if not phone:
            raise RowRejected(f"bad phone {value('phone')!r}")
    return _Row(
        line=line,
        number=number,
        name=name,
        name_key=_key(name),
        email=email,
        unit=unit,
        association=association,
        phone=phone,
        relation=relation,
        language=language,
        association_kind=kind,
    )


class _Importer:
    """Applies parsed rows against an in-memory picture of the directory (one load up front)."""

    def __init__(self, report: ImportReport) -> None:
        self.report = report
        self.associations: dict[str, Association] = {}
        for association in Association.objects.order_by("-pk"):
            self.associations[_key(association.name)] = association
        self.units: dict[tuple[int, str], int] = {}
        for pk, association_id, label in Unit.objects.order_by("-pk").values_list(
            "pk", "association_id", "label"
        ):
            self.units[(association_id, _key(label))] = pk
        self.people: dict[int, _PersonState] = {
            pk: _PersonState(_key(name), language, set(), set())
            for pk, name, language in Person.objects.values_list("pk", "full_name", "language")
        }
        self.person_by_key: dict[tuple[str, str], int] = {}
        for person_id, email in ContactEmail.objects.order_by("-person_id").values_list(
            "person_id", "email"
        ):
            self.people[person_id].emails.add(email)
            self.person_by_key[(self.people[person_id].name_key, email)] = person_id
        for person_id, e164 in ContactPhone.objects.values_list("person_id", "e164"):
            self.people[person_id].phones.add(e164)
        self.accounts: dict[str, _AccountState] = {
            number: _AccountState(*state)
            for number, *state in Account.objects.values_list(
                "number", "pk", "person_id", "association_id", "unit_id", "relation", "is_active"
            )
        }
        self.seen: dict[str, int] = {}
        self.kind_warned: set[int] = set()
        # Undo steps for the in-memory picture, run when the row's savepoint is rolled back.
        self.journal: list[Callable[[], None]] = []

    def rollback(self) -> None:
        """Forget what the failed row put in memory."""
        while self.journal:
            self.journal.pop()()

    def apply(self, row: _Row) -> str:
        """Write one row (inside the caller's savepoint); returns created/updated/unchanged."""
        if row.number in self.seen:
            raise RowRejected(
                f"account_id {row.number} already appears on line {self.seen[row.number]}"
            )
        self.seen[row.number] = row.line
        self.journal.append(lambda: self.seen.pop(row.number, None))
        changed = False
        account = self.accounts.get(row.number)

        association = self.associations.get(_key(row.association))
        if association is None:
            kind = row.association_kind or Association.Kind.HOA
            association = Association.objects.create(
                name=row.association,
                code=association_code_for(name=row.association),
                kind=kind,
                language=Language.CHINESE
                if kind == Association.Kind.COMPOUND
                else Language.ENGLISH,
            )
            self.associations[_key(row.association)] = association
            self.journal.append(lambda: self.associations.pop(_key(row.association), None))
        elif (
            row.association_kind
            and association.kind != row.association_kind
            and association.pk not in self.kind_warned
        ):
            self.kind_warned.add(association.pk)
            self.report.warnings.append(
                f"line {row.line}: {association.name} is a {association.kind} in the directory, "
                f"not a {row.association_kind}; kept {association.kind}."
            )

        # Who: same name and email; else the account's holder when the name matches; else new.
        person_id = self.person_by_key.get((row.name_key, row.email)) if row.email else None
        if person_id is None and account is not None:
            holder = self.people[account.person_id]
            if holder.name_key == row.name_key:
                person_id = account.person_id
        if (
            account is not None
            and person_id != account.person_id
            and association.pk != account.association_id
        ):
            raise RowRejected(
                f"account_id {row.number} belongs to someone else in another association "
                f"({self._describe(account)})"
            )
        language = row.language or association.language
        if person_id is None:
            person_id = Person.objects.create(full_name=row.name, language=language).pk
            self.people[person_id] = _PersonState(row.name_key, language, set(), set())
            self.journal.append(lambda: self.people.pop(person_id, None))
            changed = True
        person = self.people[person_id]
        if row.language and person.language != row.language:
            Person.objects.filter(pk=person_id).update(language=row.language)
            self.journal.append(lambda old=person.language: setattr(person, "language", old))
            person.language = row.language
            changed = True
        if row.email and row.email not in person.emails:
            ContactEmail.objects.create(
                person_id=person_id, email=row.email, source=ContactEmail.Source.IMPORT
            )
            person.emails.add(row.email)
            self.person_by_key[(row.name_key, row.email)] = person_id
            self.journal.append(lambda: person.emails.discard(row.email))
            self.journal.append(lambda: self.person_by_key.pop((row.name_key, row.email), None))
            changed = True
        if row.phone and row.phone not in person.phones:
            ContactPhone.objects.create(person_id=person_id, e164=row.phone)
            person.phones.add(row.phone)
            self.journal.append(lambda: person.phones.discard(row.phone))
            changed = True

        unit_id = None
        if row.unit:
            unit_id = self.units.get((association.pk, _key(row.unit)))
            if unit_id is None:
                unit_id = Unit.objects.create(association=association, label=row.unit).pk
                self.units[(association.pk, _key(row.unit))] = unit_id
                self.journal.append(lambda: self.units.pop((association.pk, _key(row.unit)), None))

        relation = row.relation or (account.relation if account else Account.Relation.OWNER)
        wanted = {
            "person_id": person_id,
            "association_id": association.pk,
            "unit_id": unit_id,
            "relation": relation,
            "is_active": True,
        }
        if account is None:
            pk = Account.objects.create(number=row.number, **wanted).pk
            self.accounts[row.number] = _AccountState(pk=pk, **wanted)
            self.journal.append(lambda: self.accounts.pop(row.number, None))
            return "created"
        fields = [name for name, value in wanted.items() if getattr(account, name) != value]
        if fields:
            Account.objects.filter(pk=account.pk).update(**{name: wanted[name] for name in fields})
            old = {name: getattr(account, name) for name in fields}
            self.journal.append(lambda: [setattr(account, k, v) for k, v in old.items()])
            for name in fields:
                setattr(account, name, wanted[name])
            changed = True
        return "updated" if changed else "unchanged"

    def _describe(self, account: _AccountState) -> str:
        association = next(
            (a.name for a in self.associations.values() if a.pk == account.association_id), "?"
        )
        person = Person.objects.filter(pk=account.person_id).values_list("full_name", flat=True)
        return f"{person.first() or '?'} in {association}"


def directory_import(
    *,
    rows: Iterable[Mapping[str, str]] | str | Path,
    progress: Callable[[int], None] | None = None,
) -> ImportReport:
    """Import a roster file (path) or rows (dicts keyed by column); see the module docstring.

    `progress` is called now and then with the number of rows just handled (as tqdm.update).
    """
    report = ImportReport()
    source = (
        _rows_from_file(Path(rows), report)
        if isinstance(rows, str | Path)
        else _rows_from_dicts(rows, report)
    )
    importer: _Importer | None = None
    pending = 0
    chunk: list[tuple[int, dict[str, str]]] = []

    def flush() -> None:
        nonlocal pending
        assert importer is not None
        with transaction.atomic():
            for line, raw in chunk:
                _import_row(importer, line, raw, report)
                pending += 1
                if progress is not None and pending >= PROGRESS_EVERY:
                    progress(pending)
                    pending = 0
        chunk.clear()

    for line, raw in source:
        # The header is checked when the first row is read; load the directory only after.
        if importer is None:
            importer = _Importer(report)
        chunk.append((line, raw))
        if len(chunk) >= CHUNK_ROWS:
            flush()
    if chunk:
        flush()
    if progress is not None and pending:
        progress(pending)
    return report


def _import_row(importer: _Importer, line: int, raw: dict[str, str], report: ImportReport) -> None:
    try:
        row = _parse(line, raw)
        importer.journal.clear()
        try:
            with transaction.atomic():
                outcome = importer.apply(row)
        except BaseException:
            # The savepoint is rolled back: so is what the row put in memory.
            importer.rollback()
            raise
    except RowRejected as error:
        report.rejected.append((line, str(error)))
        return
    except DatabaseError as error:
        report.rejected.append((line, f"database refused the row: {error}"))
        return
    if outcome == "created":
        report.created += 1
    elif outcome == "updated":
        report.updated += 1
    else:
        report.unchanged += 1
