"""Hostile input: every validator either accepts a value or refuses it with ValidationError.

Never another exception (a traceback on the clerk's screen), never a half-saved row.
Hypothesis drives the patient checks, the settings, the screening case parser and the
patient search with arbitrary text, including FTS5 syntax.
"""

from __future__ import annotations

import json
import math
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from hsg_desk.domain.errors import ValidationError
from hsg_desk.domain.patient import Patient, check_birth_date, check_mrn, clean_text, validated_patient
from hsg_desk.domain.referring import ReferringPhysician
from hsg_desk.domain.settings import SETTING_FIELDS, validate_setting
from hsg_desk.storage.db import open_database
from hsg_desk.storage.patients import get_patient, insert_patient, mrn_exists, search_patients
from hsg_desk.storage.rows import saving
from hsg_desk.storage.settings import load_settings, save_settings

NOW = datetime(2026, 11, 26, 14, 30, tzinfo=timezone.utc)
TODAY = NOW.date()
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Any character at all, lone surrogates and control characters included.
any_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=300)
fts_syntax = st.lists(st.sampled_from(['"', "*", "NEAR(", ")", "(", "-", "^", ":", "+", "AND", "OR", "NOT",
                                       "{", "}", "family_name:", "'", "\\", "\x00", " ", ",", "é", "_", "%"]),
                      max_size=12).map("".join)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | any_text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=20), inner, max_size=4),
    max_leaves=20,
)


def accepted_or_refused(call, *args, **kwargs):
    """The value the validator returned, or None when it refused with ValidationError."""
    try:
        return call(*args, **kwargs)
    except ValidationError as error:
        assert isinstance(error.field, str) and error.message and "\n" not in error.message
        return None


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    database = open_database(tmp_path_factory.mktemp("hostile") / "hsg.sqlite3")
    for number, (family, given_name) in enumerate([("O'Brien & <Sons>", "Siobhán"), ("Nguyễn", "Thị Lan"),
                                              ("Al-Sayed", "Mariam"), ("Ramírez-López", "José")]):
        insert_patient(database, Patient(None, f"H{number}", family, given_name, date(1990, 1, number + 1)), NOW, None)
    yield database
    database.close()


# -- patient fields ---------------------------------------------------------------

@FUZZ
@given(any_text, st.booleans(), st.integers(min_value=0, max_value=400))
def test_clean_text(value, required, limit):
    cleaned = accepted_or_refused(clean_text, "given_name", value, required=required, limit=limit)
    if cleaned is not None:
        assert len(cleaned) <= limit and cleaned == cleaned.strip()
        cleaned.encode("utf-8")  # storable and printable


@FUZZ
@given(st.none() | st.dates(), st.dates())
def test_check_birth_date(birth_date, today):
    accepted_or_refused(check_birth_date, birth_date, today)


@FUZZ
@given(any_text | fts_syntax)
def test_check_mrn(value):
    mrn = accepted_or_refused(check_mrn, value)
    if mrn is not None:
        assert mrn.isascii() and mrn == mrn.upper() and 1 <= len(mrn) <= 20


# Names in any script (letters, marks, spaces, apostrophes, hyphens), sometimes anything at all.
names = st.text(st.characters(categories=["L", "M", "Zs", "Pd", "Po"]), min_size=1, max_size=110) | any_text
phones = st.from_regex(r"[0-9 ()+.-]{0,44}", fullmatch=True) | any_text
patients = st.builds(
    Patient, id=st.none(), mrn=st.from_regex(r"[A-Za-z0-9][A-Za-z0-9-]{0,21}", fullmatch=True) | any_text,
    family_name=names, given_name=names,
    birth_date=st.dates(min_value=date(1915, 1, 1), max_value=date(2020, 1, 1)) | st.dates(),
    phone=phones, language=st.sampled_from(["en", "es", "en", "es", "fr", "", "EN"]),
    referring=st.builds(ReferringPhysician, names | st.just(""), phones, phones))


@FUZZ
@given(patient=patients)
def test_a_patient_is_saved_whole_or_not_at_all(db, patient):
    clean = accepted_or_refused(validated_patient, patient, TODAY)
    if clean is None:
        return
    assume(mrn_exists(db, clean.mrn) is None)
    with saving(db):
        patient_id = insert_patient(db, clean, NOW, None)
    stored = get_patient(db, patient_id)
    assert (stored.family_name, stored.given_name, stored.mrn, stored.phone, stored.referring) == \
        (clean.family_name, clean.given_name, clean.mrn, clean.phone, clean.referring)


# -- settings -------------------------------------------------------------------

setting_values = (st.none() | st.booleans() | st.integers() | st.floats() | any_text
                  | st.sampled_from(["America/Denver", "America", "Europe/", "../etc/passwd", "a" * 300, "UTC"])
                  | st.lists(st.sampled_from(["serum", "urine", "blood", 1, None]), max_size=3)
                  | st.dictionaries(st.text(max_size=3), st.integers(), max_size=2))


@FUZZ
@given(key=st.sampled_from(sorted(SETTING_FIELDS.names())) | st.text(max_size=30), value=setting_values)
@example(key="fever_celsius", value=math.nan)
@example(key="backups_kept", value=math.inf)
@example(key="time_zone", value="America")
def test_validate_setting(key, value):
    checked = accepted_or_refused(validate_setting, key, value)
    if checked is None:
        return
    spec = SETTING_FIELDS[key]
    if spec.minimum is not None:
        assert spec.minimum <= checked <= spec.maximum
    json.dumps(list(checked) if isinstance(checked, tuple) else checked, allow_nan=False)


@FUZZ
@given(key=st.sampled_from(sorted(SETTING_FIELDS.names())), value=setting_values)
def test_a_setting_is_saved_whole_or_not_at_all(db, key, value):
    before = load_settings(db)
    try:
        save_settings(db, {key: value}, NOW, None)
    except ValidationError:
        assert load_settings(db) == before
        return
    assert getattr(load_settings(db), key) == validate_setting(key, value)


# -- the screening case file --------------------------------------------------------

def case_keys():
    from hsg_desk.domain import caseio

    return {"exam": caseio._EXAM, "checkin": caseio._CHECKIN, "pregnancy_test": caseio._TEST,
            "history": caseio._HISTORY}


@st.composite
def screening_cases(draw):
    """Case-shaped dicts: the right keys, with sometimes-right and sometimes-hostile values."""
    scheduled = draw(st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1),
                                  timezones=st.sampled_from([timezone.utc, timezone(timedelta(hours=-7))])))
    plausible = {
        "scheduled_at": scheduled.isoformat(), "collected_at": (scheduled - timedelta(hours=30)).isoformat(),
        "received_at": (scheduled - timedelta(hours=2)).isoformat(), "lmp": (scheduled - timedelta(days=5)).date().isoformat(),
        "method": "serum", "result": "negative", "pregnancy": "no", "indication": "infertility",
        "medications": ["ibuprofen"], "temperature_c": 36.8, "driver_name": "Sam Doe",
        "device_placed_on": (scheduled - timedelta(days=100)).date().isoformat(),
        "flow_ended_on": (scheduled - timedelta(days=1)).date().isoformat(),
        "allergies": [{"substance": "iohexol", "category": "contrast", "reaction": "hives", "severity": "mild"}],
    }
    case = {}
    for section, keys in case_keys().items():
        if section != "exam" and not draw(st.integers(0, 3)):
            continue
        body = {}
        for key in keys:
            choice = draw(st.integers(0, 12))
            if choice == 0:
                continue
            body[key] = (plausible.get(key, draw(st.booleans())) if choice > 1
                         else draw(json_values | fts_syntax))
        case[section] = body if draw(st.integers(0, 19)) else draw(json_values)
    if draw(st.booleans()):
        key = draw(st.sampled_from(["pregnancy_test_refused", "birth_date", "extra"]))
        case[key] = draw(st.sampled_from([False, "1990-05-05"]) | json_values)
    return case


@FUZZ
@given(data=screening_cases() | json_values, with_now=st.booleans())
def test_parse_case(data, with_now):
    from hsg_desk.domain.caseio import parse_case

    accepted_or_refused(parse_case, data, now=NOW if with_now else None)


# -- patient search ---------------------------------------------------------------

@FUZZ
@given(text=any_text | fts_syntax | st.from_regex(r'[A-Za-z"*^()\- ]{0,20}(NEAR\(|\*)?', fullmatch=True))
@example(text='"')
@example(text="NEAR(a b")
@example(text="-O")
@example(text="^Ng*")
@example(text="_")
@example(text="\ud800")
@example(text="O'Brien & <Sons>")
@example(text="13/45/1990")
def test_search_patients(db, text):
    results = accepted_or_refused(search_patients, db, text)
    if results is not None:
        assert all(isinstance(patient, Patient) for patient in results)
    assert not db.conn.in_transaction
