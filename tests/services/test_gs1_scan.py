"""Reading a product label's GS1 code as scanners really send it (issue #20)."""

from datetime import date

import pytest

from hsg_desk.domain.gs1 import ProductScan, ScanError, is_gs1_start
from hsg_desk.services.barcodes import parse_scan

GS = "\x1d"
CONTRAST = "04350000123459"  # invented GTIN-14 with a correct check digit
CATHETER = "07612345000022"


@pytest.mark.parametrize(("data", "expected"), [
    # GS1 DataMatrix: symbology identifier, fixed-length AIs first, the lot ended by GS, the serial last.
    (f"]d201{CONTRAST}17271130" f"10LOT7A2B{GS}21SN0042",
     ProductScan(CONTRAST, "LOT7A2B", date(2027, 11, 30), "SN0042")),
    # GS1-128 from a linear scanner, FNC1 in first position sent as GS too, then Enter.
    (f"]C1{GS}01{CATHETER}1728063010K-2291A\r", ProductScan(CATHETER, "K-2291A", date(2028, 6, 30))),
    # No symbology identifier (the scanner's default on many models).
    (f"01{CONTRAST}1727113010AB12CD", ProductScan(CONTRAST, "AB12CD", date(2027, 11, 30))),
    # Lot before expiry: the variable-length lot needs its GS.
    (f"]d201{CONTRAST}10X9{GS}17271130", ProductScan(CONTRAST, "X9", date(2027, 11, 30))),
    # No lot, no expiry: a GTIN alone.
    (f"]d201{CATHETER}", ProductScan(CATHETER)),
])
def test_real_format_scans(data, expected):
    assert parse_scan(data) == expected


@pytest.mark.parametrize(("yymmdd", "last_day"), [("270200", date(2027, 2, 28)), ("280200", date(2028, 2, 29)),
                                                   ("271100", date(2027, 11, 30)), ("271200", date(2027, 12, 31))])
def test_expiry_day_00_is_the_last_day_of_the_month(yymmdd, last_day):
    assert parse_scan(f"]d201{CONTRAST}17{yymmdd}10L1").expiry == last_day


def test_the_clinics_prefix_and_substitute_separator():
    scan = parse_scan(f"@@01{CONTRAST}17271130" "10LOT7A2B|21SN9", prefix="@@", separator="|")
    assert scan == ProductScan(CONTRAST, "LOT7A2B", date(2027, 11, 30), "SN9")
    # Without the substitute configured the '|' stays in the lot: the setting matters.
    with pytest.raises(ScanError):
        parse_scan(f"01{CONTRAST}10LOT7A2B|21SN9" "17271130")


@pytest.mark.parametrize(("data", "words"), [
    (f"]d201{CONTRAST[:-1]}8" "17271130", "check digit"),
    ("]d20104350000123459" "99" "X", None),  # AI 99 is a real (company internal) AI: accepted, ignored
    (f"]d201{CONTRAST}2312345", "Unknown GS1 Application Identifier"),
    ("]d201043500001", "Malformed"),
    (f"]d201{CONTRAST}17271331", "Malformed"),  # month 13
    ("]C0ABC123", "Not a GS1 barcode"),
    ("hello", "Unknown GS1 Application Identifier"),
    ("]d2", "empty"),
    ("]d210LOT1", "No GTIN"),
])
def test_refused_scans_say_why_in_one_line(data, words):
    if words is None:
        assert parse_scan(data).gtin == CONTRAST
        return
    with pytest.raises(ScanError) as raised:
        parse_scan(data)
    assert words in str(raised.value)
    assert "\n" not in str(raised.value)


def test_what_starts_a_scan():
    assert is_gs1_start("]d201")
    assert is_gs1_start("]C1")
    assert is_gs1_start("@@01", prefix="@@")
    assert not is_gs1_start("0104350000123459")  # digits alone could be typing
    assert not is_gs1_start("]C0")
