"""The database accepts exactly the values of the domain's lists (#17 §2): each CHECK (col IN
(...)) constraint of the migrated schema holds the values of its StrEnum, no more, no fewer.
A new member needs a migration; a migration that changes a list needs the enum to follow."""

from __future__ import annotations

import re

import pytest

from hsg_desk.domain.allergy import AllergyCategory, Severity
from hsg_desk.domain.case import PregnancyAnswer
from hsg_desk.domain.checklist import StepAction
from hsg_desk.domain.findings import Level
from hsg_desk.domain.indication import Indication
from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.domain.resolutions import ResolutionKind
from hsg_desk.domain.vocabulary import DocumentKind, Language, OrderState, PaymentKind, PhysicianTitle, TestMethod, TestResult
from hsg_desk.storage.checklist import _TO_ROW as CHECKLIST_ACTION_ROWS

COLUMN_VOCABULARY = [
    ("patients", "language", Language),
    ("checkins", "language", Language),
    ("checkins", "payment_kind", PaymentKind),
    ("pregnancy_tests", "method", TestMethod),
    ("pregnancy_tests", "result", TestResult),
    ("printed_documents", "document", DocumentKind),
    ("printed_documents", "language", Language),
    ("exams", "indication", Indication),
    ("exams", "status", ExamStatus),
    ("allergies", "category", AllergyCategory),
    ("allergies", "severity", Severity),
    ("histories", "pregnancy", PregnancyAnswer),
    ("findings", "level", Level),
    ("finding_resolutions", "kind", ResolutionKind),
    ("checklist_events", "action", StepAction),
    ("procedure_records", "contrast_reaction_severity", Severity),
    ("ris_orders", "state", OrderState),
    ("patients", "referring_title", PhysicianTitle),
    ("exams", "referring_title", PhysicianTitle),
]


def allowed_values(db, table: str, column: str) -> set[str]:
    (sql,) = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone()
    match = re.search(rf"CHECK \(\s*{column}\s+IN\s*\(([^)]*)\)", sql)
    assert match, f"{table}.{column} has no CHECK (... IN ...) constraint"
    return set(re.findall(r"'([^']*)'", match.group(1)))


@pytest.mark.parametrize(("table", "column", "vocabulary"), COLUMN_VOCABULARY,
                         ids=[f"{table}.{column}" for table, column, _ in COLUMN_VOCABULARY])
@pytest.mark.sqlite_only  # reads the CHECKs from sqlite_master (the server's are the same text)
def test_the_check_constraint_holds_the_domain_list(db, table, column, vocabulary):
    # The one value stored under another name: the schema's "timer_started" is WAIT_STARTED.
    stored = {member: CHECKLIST_ACTION_ROWS.get(member, member.value) for member in vocabulary}
    assert allowed_values(db, table, column) == set(stored.values())
