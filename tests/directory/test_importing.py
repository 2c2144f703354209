"""Importing a homeowner roster (CSV, one row per account) into the directory."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from caredesk.core.errors import ApplicationError
from caredesk.directory.importing import directory_import
from caredesk.directory.models import Account, Association, ContactEmail, Person, Unit
from tests.conftest import require, shared_dir

HEADER = "account_id,name,email,unit,association"


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "roster.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.fixture(scope="module")
def corpus_addressbook(tmp_path_factory) -> Path:
    generator = shared_dir() / "bench" / "gen_corpus.py"
    require(generator.is_file(), f"{generator} not found")
    out = tmp_path_factory.mktemp("corpus")
    subprocess.run(
        [sys.executable, str(generator), "--count", "300", "--seed", "7", "--out", str(out)],
        check=True,
        capture_output=True,
    )
    return out / "addressbook.csv"


def test_generated_addressbook_imports_every_row(db, corpus_addressbook):
    """Every row of the benchmark's address book becomes an account linked by its email."""
    with corpus_addressbook.open(encoding="utf-8") as handle:
        book = list(csv.DictReader(handle))

    report = directory_import(rows=corpus_addressbook)

    assert report.rejected == []
    assert report.created == len(book) == Account.objects.count()
    for row in book:
        account = Account.objects.select_related("person", "unit", "association").get(
            number=row["account_id"]
        )
        assert account.person.full_name == row["name"]
        assert account.unit.label == row["unit"]
        assert account.association.name == row["association"]
        assert account.person.emails.filter(email=row["email"].lower()).exists()


def test_second_run_of_the_same_roster_changes_nothing(db, corpus_addressbook):
    """Importing the same roster again creates and updates nothing; every row is unchanged."""
    first = directory_import(rows=corpus_addressbook)
    counts = (Person.objects.count(), Account.objects.count(), ContactEmail.objects.count())

    second = directory_import(rows=corpus_addressbook)

    assert (second.created, second.updated, second.rejected) == (0, 0, [])
    assert second.unchanged == first.created
    assert (Person.objects.count(), Account.objects.count(), ContactEmail.objects.count()) == (
        counts
    )


def test_one_person_holds_several_accounts_and_a_shared_email_keeps_two_people(db, tmp_path):
    """Same name + same email is one person; another name at that email is another person."""
    path = write(
        tmp_path,
        f"{HEADER}\n"
        "A1,Ann Lee,ann@example.com,Unit 1,Seaview HOA\n"
        "A2,ann  LEE,Ann@Example.com,Unit 7,Oak Grove Apartments\n"
        "A3,Bob Lee,ann@example.com,Unit 1,Seaview HOA\n",
    )

    report = directory_import(rows=path)

    assert report.created == 3
    ann = Person.objects.get(full_name="Ann Lee")
    assert sorted(ann.accounts.values_list("number", flat=True)) == ["A1", "A2"]
    assert Person.objects.count() == 2
    assert ContactEmail.objects.filter(email="ann@example.com").count() == 2


def test_a_changed_row_is_reported_updated(db, tmp_path):
    """A row whose unit, relation, phone or address changed updates the account and says so."""
    directory_import(rows=write(tmp_path, f"{HEADER}\nA1,Ann Lee,ann@example.com,Unit 1,Seaview\n"))
    changed = write(
        tmp_path,
        f"{HEADER},phone,relation\nA1,Ann Lee,ann@new.example.com,Unit 2,Seaview,"
        "(949) 450-0202,tenant\n",
        name="changed.csv",
    )

    report = directory_import(rows=changed)

    assert (report.created, report.updated, report.unchanged) == (0, 1, 0)
    account = Account.objects.get(number="A1")
    assert account.unit.label == "Unit 2"
    assert account.relation == Account.Relation.TENANT
    assert set(account.person.emails.values_list("email", flat=True)) == {
        "ann@example.com",
        "ann@new.example.com",
    }
    assert list(account.person.phones.values_list("e164", flat=True)) == ["+19494500202"]
    assert Person.objects.count() == 1


def test_bad_rows_are_rejected_with_their_line_and_the_rest_is_imported(db, tmp_path):
    """Each bad row is reported with its line number and reason; the good rows are imported."""
    path = write(
        tmp_path,
        f"{HEADER},phone,relation,language,association_kind\n"  # line 1
        "A1,Ann Lee,ann@example.com,Unit 1,Seaview,,,,\n"  # 2 ok
        ",No Number,nn@example.com,Unit 2,Seaview,,,,\n"  # 3 missing account_id
        "A3,Bad Mail,not-an-address,Unit 3,Seaview,,,,\n"  # 4 bad email
        "A4,Bad Phone,bp@example.com,Unit 4,Seaview,12,,,\n"  # 5 bad phone
        "A5,Odd Relation,or@example.com,Unit 5,Seaview,,landlord,,\n"  # 6 unknown relation
        "A6,Odd Language,ol@example.com,Unit 6,Seaview,,,fr,\n"  # 7 unknown language
        "A7,No Name,,Unit 7,,,,,\n"  # 8 missing name... and association
        "A1,Ann Lee,ann@example.com,Unit 1,Seaview,,,,\n"  # 9 duplicate in the file
        "A8,Odd Kind,ok@example.com,Unit 8,Elsewhere,,,,castle\n"  # 10 unknown kind
        "A9,Too,Many,Fields,Seaview,,,,,x,y\n"  # 11 too many fields
        "A10,Carl Poe,carl@example.com,Unit 10,Seaview,+1 949 450 0203,resident,en,\n",  # 12 ok
    )

    report = directory_import(rows=path)

    reasons = dict(report.rejected)
    assert sorted(reasons) == [3, 4, 5, 6, 7, 8, 9, 10, 11]
    assert "missing account_id" in reasons[3]
    assert "bad email" in reasons[4]
    assert "bad phone" in reasons[5]
    assert "unknown relation" in reasons[6]
    assert "unknown language" in reasons[7]
    assert "missing association" in reasons[8]
    assert "line 2" in reasons[9]
    assert "unknown association_kind" in reasons[10]
    assert "too many fields" in reasons[11]
    assert report.created == 2
    assert sorted(Account.objects.values_list("number", flat=True)) == ["A1", "A10"]


def test_an_account_of_someone_else_in_another_association_is_rejected(db, tmp_path):
    """An account number cannot be handed to a different person in a different association."""
    directory_import(rows=write(tmp_path, f"{HEADER}\nA1,Ann Lee,ann@example.com,U1,Seaview\n"))

    report = directory_import(
        rows=write(tmp_path, f"{HEADER}\nA1,Bob Ray,bob@example.com,U9,Oak Grove\n", name="b.csv")
    )

    assert [line for line, _ in report.rejected] == [2]
    assert "belongs to someone else" in report.rejected[0][1]
    assert Account.objects.get(number="A1").person.full_name == "Ann Lee"
    assert not Association.objects.filter(name="Oak Grove").exists()


def test_gbk_file_with_chinese_names_is_read(db, tmp_path):
    """A roster saved as GBK (Excel on a Chinese Windows) reads correctly, with a warning."""
    path = write(
        tmp_path,
        f"{HEADER},language,association_kind\r\n"
        "Y1,王小明,wxm@example.cn,3栋2单元501,阳光嘉园,中文,compound\r\n",
        encoding="gbk",
    )

    report = directory_import(rows=path)

    assert report.created == 1
    account = Account.objects.get(number="Y1")
    assert account.person.full_name == "王小明"
    assert account.person.language == "zh-hans"
    assert account.unit.label == "3栋2单元501"
    assert account.association.kind == Association.Kind.COMPOUND
    assert any("GB18030" in warning for warning in report.warnings)


def test_utf8_bom_blank_lines_and_extra_columns(db, tmp_path):
    """A BOM and blank lines are ignored; extra columns are ignored and reported once."""
    path = write(
        tmp_path,
        f"\ufeff{HEADER},notes,balance\n\n"
        "A1,Ann Lee,ann@example.com,Unit 1,Seaview,call after 5,10.00\n\n\n"
        "A2,李华,lihua@example.com,Unit 2,Seaview,,\n",
    )

    report = directory_import(rows=path)

    assert (report.created, report.rejected) == (2, [])
    assert report.warnings == ["Ignored column(s): notes, balance."]
    assert Person.objects.filter(full_name="李华").exists()


def test_missing_required_column_imports_nothing(db, tmp_path):
    """A roster without a required column is refused with a clear error; nothing is written."""
    path = write(tmp_path, "account_id,name,unit,association\nA1,Ann Lee,Unit 1,Seaview\n")

    with pytest.raises(ApplicationError, match="email"):
        directory_import(rows=path)

    assert Account.objects.count() == Person.objects.count() == Unit.objects.count() == 0


def test_rows_as_dicts_and_progress(db):
    """Rows may be given as dicts; progress is reported as increments adding up to the rows."""
    seen: list[int] = []
    rows = [
        {
            "account_id": f"A{i}",
            "name": f"Person {i}",
            "email": f"p{i}@example.com",
            "unit": f"Unit {i}",
            "association": "Seaview",
        }
        for i in range(250)
    ]

    report = directory_import(rows=rows, progress=seen.append)

    assert report.created == 250
    assert sum(seen) == 250
