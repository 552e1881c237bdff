"""Patients are found by name (prefix, accents, case), MRN and date of birth through FTS5."""

from __future__ import annotations

from datetime import date

import pytest

from hsg_desk.domain.patient import Patient
from hsg_desk.storage.patients import (
    fts_query, get_patient, insert_patient, parse_search_date, search_patients, update_patient,
)


@pytest.fixture
def people(db, clock):
    rows = [("HSG0000001", "García", "José", date(1990, 11, 26)),
            ("HSG0000002", "O'Brien & <Sons>", "Mary", date(1988, 1, 5)),
            ("HSG0000003", "Петрова", "Анна", date(1992, 3, 4)),
            ("HSG0000004", "Garner", "Lucía", date(1985, 7, 9))]
    ids = {}
    for mrn, family, given, born in rows:
        ids[mrn] = insert_patient(db, Patient(None, mrn, family, given, born), clock.now(), None)
    return ids


@pytest.mark.parametrize("typed, expected_mrns", [
    ("gar", {"HSG0000001", "HSG0000004"}),          # prefix of two family names
    ("jose", {"HSG0000001"}),                        # accent-insensitive
    ("JOSÉ garc", {"HSG0000001"}),                   # case-insensitive, several terms
    ("lucia", {"HSG0000004"}),
    ("HSG0000003", {"HSG0000003"}),                  # MRN
    ("hsg0000002", {"HSG0000002"}),
    ("11/26/1990", {"HSG0000001"}),                  # date of birth, US style
    ("1990-11-26", {"HSG0000001"}),                  # date of birth, ISO
    ("o'brien", {"HSG0000002"}),
    ("анна", {"HSG0000003"}),                        # Cyrillic, case-folded
    ("nobody", set()),
])
def test_search_finds_patients_by_each_key(db, people, typed, expected_mrns):
    assert {p.mrn for p in search_patients(db, typed)} == expected_mrns


@pytest.mark.parametrize("typed", ['"', "*", "NEAR(", "-", "^", "AND", "OR NOT", "((", ""])
def test_search_syntax_characters_never_break_the_query(db, people, typed):
    search_patients(db, typed)  # no exception


def test_the_index_follows_a_renamed_patient(db, people, clock):
    patient = get_patient(db, people["HSG0000004"])
    renamed = Patient(**{**patient.__dict__, "family_name": "Zamora"})
    update_patient(db, patient, renamed, clock.now(), None, reason="married name")
    assert search_patients(db, "garner") == []
    assert [p.mrn for p in search_patients(db, "zamo")] == ["HSG0000004"]


def test_dates_are_read_in_both_forms_and_impossible_ones_are_not_dates():
    assert parse_search_date("11/26/1990") == date(1990, 11, 26)
    assert parse_search_date("1990-11-26") == date(1990, 11, 26)
    assert parse_search_date("02/30/1990") is None
    assert fts_query("   ") is None
