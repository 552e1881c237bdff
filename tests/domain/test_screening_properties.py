"""Properties of screening that hold for any valid case (hypothesis)."""

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from hypothesis import given, settings as hypothesis_settings, strategies as st

from hsg_desk.domain.allergy import Allergy, AllergyCategory, Severity
from hsg_desk.domain.case import (CONDITION_QUESTIONS, CaseExam, CheckinFacts, History, Indication, PregnancyAnswer,
                                  PregnancyTest, ScreeningCase, TestMethod, TestResult)
from hsg_desk.domain.caseio import case_to_dict, parse_case
from hsg_desk.domain.screening import RULES_BY_CODE, answers_behind, screen
from hsg_desk.domain.settings import DEFAULT_SETTINGS
from hsg_desk.domain.timing import cycle_day
from hsg_desk.domain.validation import validate_case

few = hypothesis_settings(max_examples=60, deadline=None)

offsets = st.integers(-48, 56).map(lambda quarters: timezone(timedelta(minutes=15 * quarters)))
moments = st.builds(lambda base, tz: base.replace(tzinfo=timezone.utc).astimezone(tz),
                    st.datetimes(datetime(2024, 1, 1), datetime(2030, 12, 31)), offsets)
maybe_bool = st.sampled_from([True, False, None])
# Text the history accepts: no control, format, surrogate or private-use character (issue 14 §4).
names = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Cf", "Co")), min_size=1, max_size=30) \
    .filter(str.strip)


@st.composite
def cases(draw) -> ScreeningCase:
    scheduled_at = draw(moments)
    exam_day = scheduled_at.date()
    indication = draw(st.none() | st.sampled_from(Indication))
    placed_on = draw(st.none() | st.integers(0, 400).map(lambda d: exam_day - timedelta(days=d)))
    test = None
    if draw(st.booleans()):
        collected_at = (scheduled_at - timedelta(minutes=draw(st.integers(0, 4000)))).astimezone(draw(offsets))
        received_at = draw(st.none() | st.integers(0, 600).map(lambda m: collected_at + timedelta(minutes=m)))
        test = PregnancyTest(draw(st.sampled_from(TestMethod)), collected_at, draw(st.sampled_from(TestResult)),
                             received_at)
    lmp = draw(st.none() | st.integers(0, 60).map(lambda d: exam_day - timedelta(days=d)))
    flow_ended_on = None if lmp is None else draw(st.none() | st.integers(0, 15).map(
        lambda d: lmp + timedelta(days=d)))
    allergies = draw(st.lists(st.builds(Allergy, names, st.sampled_from(AllergyCategory), st.just(""),
                                        st.sampled_from(Severity)), max_size=3))
    history = History(
        pregnancy=draw(st.none() | st.sampled_from(PregnancyAnswer)), lmp=lmp, flow_ended_on=flow_ended_on,
        temperature_c=draw(st.none() | st.floats(30, 45).map(lambda t: round(t, 1))),
        medications=tuple(draw(st.lists(names, max_size=3))), allergies=tuple(allergies),
        still_bleeding=draw(maybe_bool), no_periods=draw(maybe_bool),
        **{question: draw(maybe_bool) for question, _ in CONDITION_QUESTIONS})
    checkin = CheckinFacts(draw(maybe_bool), draw(maybe_bool), draw(maybe_bool), draw(st.none() | names))
    return ScreeningCase(CaseExam(scheduled_at, indication, placed_on), checkin, test, draw(st.booleans()),
                         history)


@few
@given(cases())
def test_any_valid_case_screens_most_severe_first(case):
    validate_case(case)
    findings = screen(case)
    ranks = [finding.level.rank for finding in findings]
    assert ranks == sorted(ranks)
    assert len({f.code for f in findings}) == len(findings)
    for finding in findings:
        assert RULES_BY_CODE[finding.code].level is finding.level and finding.message.strip()
        assert len(answers_behind(finding.code, case)) == 16


@few
@given(cases(), st.sampled_from([question for question, _ in CONDITION_QUESTIONS]))
def test_answering_yes_never_removes_a_finding(case, question):
    before = {f.code for f in screen(case)}
    after = {f.code for f in screen(replace(case, history=replace(case.history, **{question: True})))}
    assert before <= after


@few
@given(cases(), st.integers(5, 20))
def test_the_last_cycle_day_setting_is_the_boundary(case, last_day):
    settings = DEFAULT_SETTINGS.with_values({"last_cycle_day": last_day})
    late = "cycle.day_late" in {f.code for f in screen(case, settings)}
    lmp, no_periods = case.history.lmp, case.history.no_periods is True
    expected = lmp is not None and not no_periods and cycle_day(lmp, case.exam.scheduled_at.date()) > last_day
    assert late is expected


@few
@given(cases(), st.floats(37.0, 40.0).map(lambda t: round(t, 1)))
def test_the_fever_setting_is_the_boundary(case, threshold):
    settings = DEFAULT_SETTINGS.with_values({"fever_celsius": threshold})
    temperature = case.history.temperature_c
    found = "infection.active" in {f.code for f in screen(case, settings)}
    assert found is (case.history.active_infection_or_fever is True
                     or (temperature is not None and temperature >= threshold))


@few
@given(cases(), st.integers(1, 168))
def test_the_test_window_setting_is_the_boundary(case, hours):
    settings = DEFAULT_SETTINGS.with_values({"pregnancy_test_window_hours": hours})
    found = "pregnancy.test_too_early" in {f.code for f in screen(case, settings)}
    test = case.pregnancy_test
    assert found is (test is not None and case.exam.scheduled_at - test.collected_at > timedelta(hours=hours))


@few
@given(cases())
def test_the_case_file_round_trips(case):
    assert parse_case(case_to_dict(case)) == case
