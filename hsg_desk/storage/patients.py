"""Patients: create, read, amend, find duplicates, and search as you type (FTS5 in the
SQLite file; on a server the folded `search_vector` column and its GIN index)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

from hsg_desk.domain.dates import parse_date
from hsg_desk.domain.patient import Patient, fold
from hsg_desk.domain.referring import ReferringPhysician

from .rows import NotFoundError, insert_row, update_versioned

COLUMNS = ("id", "mrn", "family_name", "given_name", "birth_date", "phone", "language",
           "referring_name", "referring_phone", "referring_fax", "referring_title", "version")
EDITABLE_COLUMNS = COLUMNS[1:-1]  # an edit may change these (not the id or the version)
UNSEARCHABLE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})


def patient_from_row(row) -> Patient:
    values = dict(zip(COLUMNS, row))
    return Patient(
        id=values["id"], mrn=values["mrn"], family_name=values["family_name"],
        given_name=values["given_name"], birth_date=date.fromisoformat(values["birth_date"]),
        phone=values["phone"], language=values["language"],
        referring=ReferringPhysician(values["referring_name"], values["referring_phone"],
                                     values["referring_fax"], values["referring_title"]),
        version=values["version"],
    )


def patient_columns(patient: Patient) -> dict:
    return {
        "mrn": patient.mrn, "family_name": patient.family_name, "given_name": patient.given_name,
        "birth_date": patient.birth_date.isoformat(), "phone": patient.phone,
        "language": patient.language, "referring_name": patient.referring.name,
        "referring_phone": patient.referring.phone, "referring_fax": patient.referring.fax,
        "referring_title": patient.referring.title,
    }


def get_patient(db, patient_id: int) -> Patient:
    row = db.execute(f"SELECT {', '.join(COLUMNS)} FROM patients WHERE id = ?", [patient_id]).fetchone()
    if row is None:
        raise NotFoundError(f"patient {patient_id} not found")
    return patient_from_row(row)


def insert_patient(db, patient: Patient, at: datetime, user_id: int | None) -> int:
    row = patient_columns(patient) | {
        "created_at": at.isoformat(), "created_by": user_id, "updated_at": at.isoformat(),
    }
    return insert_row(db, "patients", row)


def update_patient(db, old: Patient, new: Patient, at: datetime, user_id: int | None,
                   reason: str = "") -> dict[str, tuple]:
    """Save the changed fields (version-checked) and an amendment row for each; return them."""
    before, after = patient_columns(old), patient_columns(new)
    changed = {name: (before[name], after[name]) for name in EDITABLE_COLUMNS if before[name] != after[name]}
    if not changed:
        return {}
    with db.atomic():
        update_versioned(db, "patients", "id", old.id,
                         {name: new_value for name, (_, new_value) in changed.items()}
                         | {"updated_at": at.isoformat()}, old.version)
        for name, (old_value, new_value) in changed.items():
            db.execute(
                "INSERT INTO amendments(patient_id, record_type, record_id, field, old_value, "
                "new_value, reason, at, user_id) VALUES (?, 'patient', ?, ?, ?, ?, ?, ?, ?)",
                [old.id, old.id, name, old_value, new_value, reason, at.isoformat(), user_id],
            )
    return changed


def mrn_exists(db, mrn: str, exclude_id: int | None = None) -> Patient | None:
    row = db.execute(f"SELECT {', '.join(COLUMNS)} FROM patients WHERE mrn = ? AND id IS NOT ?",
                     [mrn, exclude_id]).fetchone()
    return patient_from_row(row) if row else None


def same_person(db, family_name: str, given_name: str, birth_date: date,
                exclude_id: int | None = None) -> list[Patient]:
    """Patients with the same date of birth whose folded names match (accents, case)."""
    rows = db.execute(f"SELECT {', '.join(COLUMNS)} FROM patients WHERE birth_date = ? AND id IS NOT ?",
                      [birth_date.isoformat(), exclude_id]).fetchall()
    wanted = (fold(family_name), fold(given_name))
    return [p for p in map(patient_from_row, rows) if (fold(p.family_name), fold(p.given_name)) == wanted]


def next_mrn(db) -> str:
    row = db.execute("SELECT max(id) FROM patients").fetchone()
    number = (row[0] or 0) + 1
    while True:
        candidate = f"HSG{number:07d}"
        if not db.execute("SELECT 1 FROM patients WHERE mrn = ?", [candidate]).fetchone():
            return candidate
        number += 1


def parse_search_date(text: str) -> date | None:
    """What was typed in the search box, read as a date of birth (the domain's parser), or None."""
    try:
        return parse_date(text)
    except ValueError:
        return None


def searchable_terms(text: str) -> tuple[date | None, list[str]]:
    """What was typed: a date of birth, or the terms to match (each a prefix)."""
    # Control, format, surrogate and unassigned characters cannot be in a stored name
    # (clean_text refuses them) and break FTS5's parser: a NUL ends its string early.
    text = "".join(ch for ch in text or "" if unicodedata.category(ch) not in UNSEARCHABLE)
    as_date = parse_search_date(text)
    if as_date:
        return as_date, []
    return None, [term for term in re.split(r"[\s,]+", text) if term and re.search(r"\w", term)]


def fts_query(text: str) -> str | None:
    """The FTS5 MATCH expression for what was typed, or None when nothing searchable."""
    as_date, terms = searchable_terms(text)
    if as_date:
        return f'birth_date:"{as_date.isoformat()}"'
    # Each term is quoted (so punctuation cannot break the query) and prefix-matched.
    quoted = ['"' + term.replace('"', '""') + '"*' for term in terms]
    return " AND ".join(quoted) if quoted else None


# A term folded as the server folds the names (server_schema.py), as a text search query:
# its tokens a phrase, the last one a prefix, as FTS5 reads a quoted "term"*. A term with
# no letter or digit left (a lone "_") gives no query and matches nothing, as its empty
# FTS5 phrase does. Tokens hold only letters, digits and '-', so quoting them is safe.
SERVER_TERM = ("p.search_vector @@ (SELECT (string_agg(quote_literal(token), ' <-> ' ORDER BY number) || ':*')"
               "::tsquery FROM unnest(string_to_array(nullif(trim(regexp_replace(lower(unaccent(?)), "
               "'[^[:alnum:]-]+', ' ', 'g')), ''), ' ')) WITH ORDINALITY AS tokens(token, number))")


def search_patients(db, text: str, limit: int = 50) -> list[Patient]:
    if getattr(db, "dialect", "sqlite") == "postgresql":
        return _search_on_server(db, text, limit)
    query = fts_query(text)
    if query is None:
        return []
    rows = db.execute(
        f"SELECT {', '.join('p.' + c for c in COLUMNS)} FROM patients_fts "
        "JOIN patients p ON p.id = patients_fts.rowid "
        "WHERE patients_fts MATCH ? ORDER BY p.family_name, p.given_name, p.birth_date LIMIT ?",
        [query, limit],
    ).fetchall()
    return [patient_from_row(row) for row in rows]


def _search_on_server(db, text: str, limit: int) -> list[Patient]:
    as_date, terms = searchable_terms(text)
    if as_date:
        where, params = "p.birth_date = ?", [as_date.isoformat()]
    elif terms:
        where, params = " AND ".join([SERVER_TERM] * len(terms)), terms
    else:
        return []
    rows = db.execute(
        f"SELECT {', '.join('p.' + c for c in COLUMNS)} FROM patients p WHERE {where} "
        "ORDER BY p.family_name, p.given_name, p.birth_date LIMIT ?", [*params, limit]).fetchall()
    return [patient_from_row(row) for row in rows]


def amendments_for_patient(db, patient_id: int) -> list[dict]:
    cursor = db.execute(
        "SELECT a.at, a.field, a.old_value, a.new_value, a.reason, u.display_name "
        "FROM amendments a LEFT JOIN users u ON u.id = a.user_id "
        "WHERE a.patient_id = ? AND a.record_type = 'patient' ORDER BY a.id", [patient_id])
    names = ("at", "field", "old_value", "new_value", "reason", "by")
    return [dict(zip(names, row)) for row in cursor]
