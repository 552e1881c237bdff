"""The dose and quality report's figures against the same figures recomputed from the demo's rows."""

from __future__ import annotations

from datetime import date

import pytest

from hsg_desk.domain.errors import ValidationError
from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.domain.permissions import PermissionDenied
from hsg_desk.domain.roles import Role
from hsg_desk.services.context import ServiceContext, Session
from hsg_desk.services.demo_data import write_demo_database
from hsg_desk.services.quality_report import load_quality_report, months_between
from hsg_desk.storage.db import open_database

from quality_support import PATIENTS, SEED, TODAY, expected_figures

START, END = date(2026, 5, 1), date(2026, 10, 31)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    return write_demo_database(tmp_path_factory.mktemp("quality") / "demo.sqlite3", patients=PATIENTS, seed=SEED,
                               today=TODAY)


@pytest.fixture
def report_ctx(demo_path, clock):
    db = open_database(demo_path)
    yield ServiceContext(db, clock, Session(None, "rad", "Radiologist", frozenset({Role.RADIOLOGIST})), "test-ws")
    db.conn.close()


def test_counts_match_the_rows(report_ctx, demo_path):
    expected = expected_figures(demo_path, START, END)
    report = load_quality_report(report_ctx, START, END)
    assert report.booked == expected["booked"] > 100
    assert {status.value: n for status, n in report.status_counts.items()} == dict(expected["status"])
    assert report.performed == expected["status"]["completed"] + expected["status"]["performed"]
    found_reasons = {(status.value, reason): n for status, reasons in report.reasons.items() for reason, n in reasons}
    assert found_reasons == dict(expected["reasons"])
    assert {row.indication.value: row.booked for row in report.by_indication} == dict(expected["indication"])
    assert [m.month for m in report.by_month] == months_between(START, END) and report.shows_month_table
    assert sum(m.booked for m in report.by_month) == report.booked


def test_doses_match_the_rows_to_two_decimals(report_ctx, demo_path):
    expected = expected_figures(demo_path, START, END)["doses"]
    report = load_quality_report(report_ctx, START, END)
    for name in ("fluoro", "kap", "air_kerma"):
        figures = getattr(report, name)
        assert (figures.count, figures.median, figures.p75, figures.maximum) == expected[name], name
    assert sum(b.count for b in report.fluoro_histogram) == report.fluoro.count
    assert sum(b.count for b in report.kap_histogram) == report.kap.count
    levels = (report.reference_fluoro_minutes, report.reference_kap_gycm2)
    assert report.above_reference and all(
        (row.fluoro_minutes or 0) > levels[0] or (row.kap_gycm2 or 0) > levels[1] for row in report.above_reference)
    long_ones = [row for row in report.above_reference if row.fluoro_minutes > report.fluoro_note_minutes]
    assert long_ones and all("cervical stenosis" in row.note for row in long_ones)


def test_safety_figures_match_the_rows(report_ctx, demo_path):
    expected = expected_figures(demo_path, START, END)
    report = load_quality_report(report_ctx, START, END)
    found = {(f.code, outcome): n for f in report.findings for outcome, n in f.outcomes.items() if n}
    assert found == dict(expected["outcomes"])
    assert all(f.opened == sum(f.outcomes.values()) for f in report.findings)
    assert dict(report.complications) == dict(expected["complications"])
    assert (report.procedure_time.count, report.procedure_time.median_minutes) == expected["procedure_time"]
    assert (report.arrival_to_catheter.count, report.arrival_to_catheter.median_minutes) == expected["to_catheter"]


def test_an_empty_period_is_empty_not_an_error(report_ctx):
    report = load_quality_report(report_ctx, date(2001, 1, 1), date(2001, 1, 31))
    assert report.empty and report.fluoro.count == 0 and report.fluoro.median is None


def test_only_the_admin_or_a_radiologist_may_see_it(demo_path, clock):
    db = open_database(demo_path)
    try:
        for roles, allowed in (({Role.FRONT_DESK}, False), ({Role.TECHNOLOGIST}, False), ({Role.ADMIN}, True)):
            ctx = ServiceContext(db, clock, Session(None, "u", "U", frozenset(roles)), "test-ws")
            if allowed:
                assert load_quality_report(ctx, START, START).start == START
            else:
                with pytest.raises(PermissionDenied):
                    load_quality_report(ctx, START, END)
    finally:
        db.conn.close()


def test_a_period_that_ends_before_it_starts_is_refused(report_ctx):
    with pytest.raises(ValidationError) as refused:
        load_quality_report(report_ctx, END, START)
    assert refused.value.field == "to"


def test_a_month_of_statuses_adds_up(report_ctx):
    report = load_quality_report(report_ctx, date(2026, 11, 1), date(2026, 11, 30))
    assert not report.shows_month_table
    assert report.by_month[0].booked == report.booked
    assert report.by_month[0].counts["not_yet_done"] == sum(
        report.status_counts.get(s, 0) for s in (ExamStatus.SCHEDULED, ExamStatus.ARRIVED, ExamStatus.SCREENED,
                                                  ExamStatus.IN_PROGRESS))
