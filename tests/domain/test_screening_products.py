"""Expired and nearly expired products (issue #20), judged against the exam date (Wed Nov 25 2026)."""

from __future__ import annotations

from datetime import date

import pytest

from hsg_desk.domain.findings import Level
from hsg_desk.domain.screening import RULES_BY_CODE

from screening_builders import case, codes, finding


@pytest.mark.parametrize(("contrast", "catheter", "expected"), [
    (None, None, set()),
    (date(2027, 6, 30), date(2028, 1, 31), set()),
    (date(2026, 11, 24), None, {"product.expired"}),            # the day before the exam
    (date(2026, 11, 25), None, {"product.expiring_soon"}),      # usable through its expiry day
    (date(2026, 12, 25), None, {"product.expiring_soon"}),      # exactly 30 days on
    (date(2026, 12, 26), None, set()),                          # 31 days on
    (None, date(2026, 10, 31), {"product.expired"}),            # the catheter counts as well
    (date(2026, 11, 1), date(2026, 12, 1), {"product.expired", "product.expiring_soon"}),
])
def test_expiry_against_the_exam_date(contrast, catheter, expected):
    screened = case(exam={"contrast_expiry": contrast, "catheter_expiry": catheter})
    assert codes(screened) & {"product.expired", "product.expiring_soon"} == expected


def test_the_messages_name_the_product_and_the_day():
    screened = case(exam={"contrast_expiry": date(2026, 10, 31), "catheter_expiry": date(2026, 12, 3)})
    assert finding(screened, "product.expired").message.startswith(
        "Expired product: the contrast expired Sat Oct 31, 2026, before the exam date.")
    assert finding(screened, "product.expiring_soon").message == (
        "Near its expiry: the catheter expires Thu Dec 3, 2026, within 30 days of the exam.")


def test_levels_in_the_rule_table():
    assert RULES_BY_CODE["product.expired"].level is Level.STOP
    assert RULES_BY_CODE["product.expiring_soon"].level is Level.CAUTION
    assert "signed" in RULES_BY_CODE["product.expired"].resolution_text


def test_hsg_desk_rules_lists_them(capsys):
    import json

    from hsg_desk.cli import main

    assert main(["rules", "--json"]) == 0
    rows = {row["code"]: row for row in json.loads(capsys.readouterr().out)}
    assert (rows["product.expired"]["level"], rows["product.expiring_soon"]["level"]) == ("stop", "caution")
