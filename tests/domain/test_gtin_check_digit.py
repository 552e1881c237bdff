"""A GTIN's check digit is checked by the domain itself (GS1's mod-10), and it agrees with
biip, the GS1 library the scanner's parsing uses (#17 §4: the domain is stdlib and Babel)."""

from __future__ import annotations

import pytest
from biip import ParseError
from biip.gtin import Gtin
from hypothesis import given, strategies as st

from hsg_desk.domain.errors import ValidationError
from hsg_desk.domain.gs1 import gs1_check_digit
from hsg_desk.domain.products import normal_gtin


def biip_reads(digits: str) -> str | None:
    try:
        return Gtin.parse(digits).as_gtin_14()
    except ParseError:
        return None


@given(st.sampled_from([8, 12, 13, 14]).flatmap(
    lambda length: st.text(alphabet="0123456789", min_size=length, max_size=length)))
def test_any_gtin_is_read_as_biip_reads_it(digits):
    try:
        ours = normal_gtin(digits)
    except ValidationError:
        ours = None
    assert ours == biip_reads(digits)


def test_known_check_digits():
    assert gs1_check_digit("0435000012345") == 9   # the tests' invented contrast GTIN-14
    assert gs1_check_digit("629104150021") == 3    # GS1's GTIN-13 example, 6291041500213
    assert normal_gtin("96385074") == "00000096385074"  # a GTIN-8 with its check digit


@pytest.mark.parametrize("typed", ["04350000123458", "6291041500214", "12345", "4350000123459x"])
def test_a_wrong_check_digit_or_length_is_refused_at_the_field(typed):
    with pytest.raises(ValidationError) as refused:
        normal_gtin(typed)
    assert refused.value.field == "gtin"
