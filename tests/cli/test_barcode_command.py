"""`hsg-desk barcode DATA`: one scan as JSON, for setting up a scanner (issue #20)."""

import io
import json
import subprocess
import sys

import pytest

from hsg_desk.cli import main

SCAN = r"]d20104350000123459172711" r"0010LOT7A2B\x1d21SN0042"


def test_prints_the_scan_as_json(capsys):
    assert main(["barcode", SCAN, "--on", "2026-11-30"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "gtin": "04350000123459", "lot": "LOT7A2B", "expiry": "2027-11-30", "serial": "SN0042",
        "product": None, "kind": None, "expired": False}


def test_expired_is_judged_on_the_day_given(capsys):
    assert main(["barcode", SCAN, "--on", "2027-12-01"]) == 0
    assert json.loads(capsys.readouterr().out)["expired"] is True
    assert main(["barcode", SCAN, "--on", "2027-11-30"]) == 0  # usable through its last day
    assert json.loads(capsys.readouterr().out)["expired"] is False


def test_reads_one_line_from_the_input_when_no_data(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO("]C101043500001234591727113010AB1\n"))
    assert main(["barcode", "--on", "2026-11-30"]) == 0
    assert json.loads(capsys.readouterr().out)["lot"] == "AB1"


def test_prefix_and_separator_options(capsys):
    assert main(["barcode", "#01043500001234591727113010AB1~21S1", "--prefix", "#", "--separator", "~"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["lot"], out["serial"]) == ("AB1", "S1")


@pytest.mark.parametrize(("data", "words"), [
    (r"]d20104350000123458", "check digit"),
    (r"]d2010435000012345923999", "Unknown GS1 Application Identifier"),
    (r"]d201043500", "Malformed"),
])
def test_a_bad_scan_is_one_line_and_exit_2(data, words):
    result = subprocess.run([sys.executable, "-m", "hsg_desk", "barcode", data], capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stdout == ""
    assert words in result.stderr
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_db_looks_the_product_up_and_uses_the_scanner_settings(tmp_path, capsys):
    from datetime import datetime, timezone

    from hsg_desk.domain.products import checked_product
    from hsg_desk.storage.db import open_database
    from hsg_desk.storage.products import insert_product
    from hsg_desk.storage.settings import save_settings

    path = tmp_path / "clinic.sqlite3"
    db = open_database(path)
    at = datetime(2026, 11, 26, tzinfo=timezone.utc)
    insert_product(db, checked_product("04350000123459", "contrast", agent="iohexol (Omnipaque)",
                                       concentration="300 mgI/mL", package="50 mL"), at, None)
    save_settings(db, {"scanner_prefix": "@", "scanner_separator": "|"}, at, None)
    db.close()
    assert main(["barcode", "@01043500001234591727113010L1|21S2", "--db", str(path), "--on", "2026-11-30"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["product"], out["kind"], out["lot"], out["serial"]) == (
        "iohexol (Omnipaque) 300 mgI/mL, 50 mL", "contrast", "L1", "S2")
    assert main(["barcode", "]d20107612345000022", "--db", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["product"] is None  # not on the list
    assert main(["barcode", "]d20107612345000022", "--db", str(tmp_path / "none.sqlite3")]) == 2
