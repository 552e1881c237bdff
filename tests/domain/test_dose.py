"""Dose figures and reference levels: the percentile rule against Python's own, and the alert's edges."""

from __future__ import annotations

import statistics

import pytest
from hypothesis import given, strategies as st

from hsg_desk.domain.dose import dose_figures, histogram, median, percentile, reference_exceeded
from hsg_desk.domain.settings import ClinicSettings


@pytest.mark.parametrize("values, p, expected", [
    ([1.0], 75, 1.0),
    ([1.0, 2.0], 50, 1.5),
    ([1.0, 2.0, 3.0, 4.0], 75, 3.25),       # rank (4 - 1) * 0.75 = 2.25: 3 + 0.25 * (4 - 3)
    ([0.4, 0.9, 0.5, 1.8, 0.7], 50, 0.7),
    ([5.0, 1.0, 3.0], 100, 5.0),
    ([5.0, 1.0, 3.0], 0, 1.0),
])
def test_percentile_interpolates_between_the_closest_ranks(values, p, expected):
    assert percentile(values, p) == pytest.approx(expected)


@given(st.lists(st.floats(0, 500, allow_nan=False), min_size=2, max_size=60))
def test_the_rule_is_pythons_inclusive_quantiles(values):
    quartiles = statistics.quantiles(values, n=4, method="inclusive")
    assert percentile(values, 75) == pytest.approx(quartiles[2])
    assert median(values) == pytest.approx(statistics.median(values))


def test_no_values_give_no_figures():
    assert percentile([], 75) is None
    figures = dose_figures([None, None])
    assert (figures.count, figures.median, figures.p75, figures.maximum) == (0, None, None, None)


def test_a_dose_at_the_reference_level_is_within_it():
    settings = ClinicSettings(reference_fluoro_minutes=1.5, reference_kap_gycm2=3.0)
    assert not reference_exceeded(1.5, 3.0, settings)
    assert not reference_exceeded(None, None, settings)
    exceeded = reference_exceeded(1.6, 3.0, settings)
    assert exceeded and exceeded.fluoro_minutes == 1.6 and exceeded.kap_gycm2 is None
    assert exceeded.describe(settings) == "fluoroscopy 1.6 min (reference 1.5 min)"
    assert reference_exceeded(0.2, 3.01, settings).kap_gycm2 == 3.01


def test_histogram_bins_are_round_and_reach_past_the_reference():
    bins = histogram([0.4, 0.5, 0.9, 1.0, 7.0], reference=1.5)
    widths = {round(b.high - b.low, 6) for b in bins}
    assert widths == {0.5}
    assert bins[0].low == 0 and bins[-1].high >= 7.0
    assert sum(b.count for b in bins) == 5
    assert [b.count for b in bins][:3] == [1, 2, 1]       # 0.5 and 0.9 share [0.5, 1); 1.0 opens [1, 1.5)
    assert histogram([], reference=3.0)[-1].high >= 3.0
