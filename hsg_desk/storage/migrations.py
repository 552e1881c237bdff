"""The schema, as sqlite-utils Migrations: each one applied atomically, never edited once shipped.

Add a change as a new `@migration` function at the end of this file; the name is
recorded in `_sqlite_migrations`, so an applied migration never runs twice. sqlite-utils
is imported only when a migration is pending: a start on an up-to-date file reads the
record with one query (importing sqlite-utils costs ~55 ms, a third of the start).
Times are ISO 8601 text in UTC with their offset ("2026-11-26T14:30:00+00:00");
dates are ISO dates; money is integer cents; booleans are 0/1 with NULL = "not answered".
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

MIGRATION_SET = "hsg_desk"
MIGRATIONS_TABLE = "_sqlite_migrations"
# (name, function) in the order they apply; `migration_set()` hands them to sqlite-utils.
SCHEMA_STEPS: list[tuple[str, Callable]] = []
# Every table the newest schema has (FTS5's own included). The start-up check compares a
# file against it; building the schema in memory to learn this costs ~7 ms of every start.
# tests/storage/test_connection.py builds it and checks this list.
SCHEMA_TABLES = frozenset({
    "allergies", "amendments", "audit_log", "backups", "checkins", "checklist_events", "exam_events", "exams",
    "finding_resolutions", "findings", "histories", "mpps_messages", "patients", "patients_fts", "patients_fts_config",
    "patients_fts_data", "patients_fts_docsize", "patients_fts_idx", "pregnancy_tests", "printed_documents",
    "procedure_records", "products", "ris_orders", "settings", "timeouts", "users", "worklist_pulls",
})


def migration(name: str):
    def register(function: Callable) -> Callable:
        SCHEMA_STEPS.append((name, function))
        return function
    return register


@cache
def migration_set():
    """The sqlite-utils Migrations of this schema (imports sqlite-utils)."""
    from sqlite_utils import Migrations

    migrations = Migrations(MIGRATION_SET)
    for name, function in SCHEMA_STEPS:
        migrations(name=name)(function)
    return migrations


def known_migrations() -> list[str]:
    return [name for name, _ in SCHEMA_STEPS]


def applied_migrations(db) -> list[str]:
    """The names recorded as applied, oldest first ([] on a new file)."""
    if getattr(db, "dialect", "sqlite") == "postgresql":
        from .server_schema import applied_server_migrations

        return applied_server_migrations(db)
    if not db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                      [MIGRATIONS_TABLE]).fetchone():
        return []
    return [row[0] for row in db.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid", [MIGRATION_SET])]


def schema_version(db) -> str:
    """The name of the newest migration applied, e.g. '0001_initial_schema'."""
    applied = applied_migrations(db)
    return applied[-1] if applied else ""


def apply_migrations(db, applied: list[str] | None = None) -> None:
    """Apply what is pending, each migration in its own transaction (sqlite-utils)."""
    if set(known_migrations()) <= set(applied if applied is not None else applied_migrations(db)):
        return
    import sqlite_utils

    migration_set().apply(sqlite_utils.Database(db.conn, execute_plugins=False))


INITIAL_SCHEMA = [
    """CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,            -- JSON
        updated_at TEXT NOT NULL,
        updated_by INTEGER REFERENCES users(id)
    )""",
    """CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        username TEXT NOT NULL UNIQUE COLLATE NOCASE,
        display_name TEXT NOT NULL,
        password_hash TEXT NOT NULL,   -- argon2id, never plaintext
        roles TEXT NOT NULL,           -- comma-separated: front_desk,technologist,radiologist,admin
        active INTEGER NOT NULL DEFAULT 1,
        failed_logins INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT,
        must_change_password INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE patients (
        id INTEGER PRIMARY KEY,
        mrn TEXT NOT NULL UNIQUE,
        family_name TEXT NOT NULL,
        given_name TEXT NOT NULL,
        birth_date TEXT NOT NULL,
        phone TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'es')),
        referring_name TEXT NOT NULL DEFAULT '',
        referring_phone TEXT NOT NULL DEFAULT '',
        referring_fax TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        created_by INTEGER REFERENCES users(id),
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
    )""",
    "CREATE INDEX patients_name_birth ON patients(family_name, given_name, birth_date)",
    "CREATE INDEX patients_birth ON patients(birth_date)",
    # Full-text search over name, MRN and date of birth. remove_diacritics makes "jose"
    # find "José"; prefix indexes keep as-you-type prefix queries fast.
    """CREATE VIRTUAL TABLE patients_fts USING fts5(
        family_name, given_name, mrn, birth_date,
        content='patients', content_rowid='id',
        tokenize="unicode61 remove_diacritics 2 tokenchars '-'", prefix='1 2 3'
    )""",
    """CREATE TRIGGER patients_fts_insert AFTER INSERT ON patients BEGIN
        INSERT INTO patients_fts(rowid, family_name, given_name, mrn, birth_date)
        VALUES (new.id, new.family_name, new.given_name, new.mrn, new.birth_date);
    END""",
    """CREATE TRIGGER patients_fts_delete AFTER DELETE ON patients BEGIN
        INSERT INTO patients_fts(patients_fts, rowid, family_name, given_name, mrn, birth_date)
        VALUES ('delete', old.id, old.family_name, old.given_name, old.mrn, old.birth_date);
    END""",
    """CREATE TRIGGER patients_fts_update AFTER UPDATE OF family_name, given_name, mrn, birth_date ON patients BEGIN
        INSERT INTO patients_fts(patients_fts, rowid, family_name, given_name, mrn, birth_date)
        VALUES ('delete', old.id, old.family_name, old.given_name, old.mrn, old.birth_date);
        INSERT INTO patients_fts(rowid, family_name, given_name, mrn, birth_date)
        VALUES (new.id, new.family_name, new.given_name, new.mrn, new.birth_date);
    END""",
    """CREATE TABLE allergies (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients(id),
        substance TEXT NOT NULL,
        category TEXT NOT NULL CHECK (category IN
            ('contrast','latex','iodine','shellfish','barium','drug','food','other')),
        reaction TEXT NOT NULL DEFAULT '',
        severity TEXT NOT NULL CHECK (severity IN ('mild','moderate','severe')),
        recorded_at TEXT NOT NULL,
        recorded_by INTEGER REFERENCES users(id),
        removed_at TEXT,               -- entries are never deleted, only marked removed
        removed_by INTEGER REFERENCES users(id)
    )""",
    "CREATE INDEX allergies_patient ON allergies(patient_id)",
    """CREATE TABLE exams (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients(id),
        scheduled_at TEXT NOT NULL,    -- with the facility's UTC offset at booking
        scheduled_date TEXT NOT NULL,  -- the facility's local date, for the day's worklist
        indication TEXT NOT NULL CHECK (indication IN
            ('infertility','recurrent_loss','tubal_ligation_check','device_confirmation','other')),
        indication_note TEXT NOT NULL DEFAULT '',
        device_placed_on TEXT,
        referring_name TEXT NOT NULL DEFAULT '',
        referring_phone TEXT NOT NULL DEFAULT '',
        referring_fax TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN
            ('scheduled','arrived','screened','in_progress','performed','completed',
             'cancelled','deferred','aborted')),
        status_reason TEXT,
        status_at TEXT NOT NULL,
        status_by INTEGER REFERENCES users(id),
        technologist_id INTEGER REFERENCES users(id),
        radiologist_id INTEGER REFERENCES users(id),
        premedication_ordered INTEGER NOT NULL DEFAULT 0,
        antibiotics TEXT NOT NULL DEFAULT '',
        open_stops INTEGER NOT NULL DEFAULT 0,     -- unresolved stop/block findings, for the worklist
        open_cautions INTEGER NOT NULL DEFAULT 0,  -- unacknowledged cautions
        signed_at TEXT,
        signed_by INTEGER REFERENCES users(id),
        created_at TEXT NOT NULL,
        created_by INTEGER REFERENCES users(id),
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
    )""",
    "CREATE INDEX exams_day ON exams(scheduled_date, scheduled_at)",
    "CREATE INDEX exams_patient ON exams(patient_id)",
    "CREATE INDEX exams_status ON exams(status)",
    """CREATE TABLE exam_events (
        id INTEGER PRIMARY KEY,
        exam_id INTEGER NOT NULL REFERENCES exams(id),
        from_status TEXT,
        to_status TEXT NOT NULL,
        reason TEXT,
        at TEXT NOT NULL,
        user_id INTEGER REFERENCES users(id)
    )""",
    "CREATE INDEX exam_events_exam ON exam_events(exam_id)",
    """CREATE TABLE checkins (
        exam_id INTEGER PRIMARY KEY REFERENCES exams(id),
        identity_verified INTEGER,
        identity_verified_at TEXT,
        identity_verified_by INTEGER REFERENCES users(id),
        referral_on_file INTEGER,
        payment_kind TEXT CHECK (payment_kind IN ('insurance','self_pay')),
        insurance_carrier TEXT NOT NULL DEFAULT '',
        insurance_member_id TEXT NOT NULL DEFAULT '',
        insurance_card_copied INTEGER,
        coverage_acknowledged INTEGER,
        payment_amount_cents INTEGER CHECK (payment_amount_cents IS NULL OR payment_amount_cents >= 0),
        payment_method TEXT NOT NULL DEFAULT '',
        consent_signed INTEGER,
        consent_signed_at TEXT,
        consent_recorded_by INTEGER REFERENCES users(id),
        sedative INTEGER,
        sedative_name TEXT NOT NULL DEFAULT '',
        driver_name TEXT NOT NULL DEFAULT '',
        driver_phone TEXT NOT NULL DEFAULT '',
        language TEXT CHECK (language IN ('en','es')),
        completed_at TEXT,
        completed_by INTEGER REFERENCES users(id),
        updated_at TEXT NOT NULL,
        updated_by INTEGER REFERENCES users(id),
        version INTEGER NOT NULL DEFAULT 1
    )""",
    """CREATE TABLE pregnancy_tests (
        exam_id INTEGER PRIMARY KEY REFERENCES exams(id),
        refused INTEGER NOT NULL DEFAULT 0,
        method TEXT CHECK (method IN ('serum','urine')),
        collected_at TEXT,
        result TEXT CHECK (result IN ('negative','positive','indeterminate')),
        received_at TEXT,
        recorded_at TEXT NOT NULL,
        recorded_by INTEGER REFERENCES users(id),
        version INTEGER NOT NULL DEFAULT 1
    )""",
    """CREATE TABLE histories (
        exam_id INTEGER PRIMARY KEY REFERENCES exams(id),
        pregnancy TEXT CHECK (pregnancy IN ('no','possible','yes')),
        lmp TEXT,
        flow_ended_on TEXT,
        still_bleeding INTEGER,
        no_periods INTEGER,
        intercourse_since_lmp INTEGER,
        active_infection_or_fever INTEGER,
        temperature_c REAL CHECK (temperature_c IS NULL OR temperature_c BETWEEN 30 AND 45),
        pelvic_infection_or_std INTEGER,
        pid_history INTEGER,
        recent_uterine_surgery INTEGER,
        inflammatory_condition INTEGER,
        bleeding_disorder_or_anticoagulant INTEGER,
        diabetes_or_kidney INTEGER,
        asthma INTEGER,
        medications TEXT NOT NULL DEFAULT '[]',   -- JSON list of strings
        allergies_reviewed INTEGER,
        questions_answered INTEGER,
        updated_at TEXT NOT NULL,
        updated_by INTEGER REFERENCES users(id),
        version INTEGER NOT NULL DEFAULT 1
    )""",
    # The current findings of each exam, refreshed whenever screening runs, so the
    # worklist and the summary read them without re-screening.
    """CREATE TABLE findings (
        id INTEGER PRIMARY KEY,
        exam_id INTEGER NOT NULL REFERENCES exams(id),
        code TEXT NOT NULL,
        level TEXT NOT NULL CHECK (level IN ('block','stop','caution','info')),
        message TEXT NOT NULL,
        answers TEXT NOT NULL DEFAULT '',   -- fingerprint of the answers behind it
        first_seen_at TEXT NOT NULL,
        UNIQUE (exam_id, code)
    )""",
    """CREATE TABLE finding_resolutions (
        id INTEGER PRIMARY KEY,
        exam_id INTEGER NOT NULL REFERENCES exams(id),
        code TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('override_signed','override_verbal','acknowledged')),
        radiologist_id INTEGER REFERENCES users(id),
        radiologist_name TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        answers TEXT NOT NULL DEFAULT '',   -- fingerprint when resolved; a change voids it
        recorded_at TEXT NOT NULL,
        recorded_by INTEGER REFERENCES users(id),
        cosigned_at TEXT,
        cosigned_by INTEGER REFERENCES users(id),
        voided_at TEXT,
        void_reason TEXT
    )""",
    "CREATE INDEX finding_resolutions_exam ON finding_resolutions(exam_id, code)",
    "CREATE INDEX finding_resolutions_cosign ON finding_resolutions(kind, cosigned_at)",
    """CREATE TABLE checklist_events (
        id INTEGER PRIMARY KEY,
        exam_id INTEGER NOT NULL REFERENCES exams(id),
        step INTEGER NOT NULL CHECK (step BETWEEN 1 AND 10),
        action TEXT NOT NULL CHECK (action IN ('done','undone','not_needed','timer_started')),
        data TEXT NOT NULL DEFAULT '{}',   -- JSON: locker number, ...
        reason TEXT,
        at TEXT NOT NULL,
        user_id INTEGER REFERENCES users(id)
    )""",
    "CREATE INDEX checklist_events_exam ON checklist_events(exam_id)",
    """CREATE TABLE timeouts (
        id INTEGER PRIMARY KEY,
        exam_id INTEGER NOT NULL REFERENCES exams(id),
        items TEXT NOT NULL,               -- JSON list of what was confirmed aloud
        confirmed_by TEXT NOT NULL,        -- names of the team members
        at TEXT NOT NULL,
        user_id INTEGER REFERENCES users(id)
    )""",
    """CREATE TABLE procedure_records (
        exam_id INTEGER PRIMARY KEY REFERENCES exams(id),
        contrast_agent TEXT NOT NULL DEFAULT '',
        contrast_concentration TEXT NOT NULL DEFAULT '',
        contrast_volume_ml REAL CHECK (contrast_volume_ml IS NULL OR contrast_volume_ml >= 0),
        contrast_lot TEXT NOT NULL DEFAULT '',
        contrast_expiry TEXT,
        catheter_type TEXT CHECK (catheter_type IN ('balloon','cannula','other')),
        catheter_lot TEXT NOT NULL DEFAULT '',
        fluoro_time_min REAL CHECK (fluoro_time_min IS NULL OR fluoro_time_min >= 0),
        image_count INTEGER CHECK (image_count IS NULL OR image_count >= 0),
        air_kerma_mgy REAL CHECK (air_kerma_mgy IS NULL OR air_kerma_mgy >= 0),
        kap_gycm2 REAL CHECK (kap_gycm2 IS NULL OR kap_gycm2 >= 0),
        complications TEXT NOT NULL DEFAULT '[]',  -- JSON list of codes
        contrast_reaction_severity TEXT CHECK (contrast_reaction_severity IN ('mild','moderate','severe')),
        complication_other TEXT NOT NULL DEFAULT '',
        radiologist_id INTEGER REFERENCES users(id),
        radiologist_name TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        fluoro_note TEXT NOT NULL DEFAULT '',
        images_note TEXT NOT NULL DEFAULT '',
        expiry_note TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        updated_by INTEGER REFERENCES users(id),
        version INTEGER NOT NULL DEFAULT 1
    )""",
    """CREATE TABLE amendments (
        id INTEGER PRIMARY KEY,
        exam_id INTEGER REFERENCES exams(id),
        patient_id INTEGER REFERENCES patients(id),
        record_type TEXT NOT NULL,
        record_id INTEGER,
        field TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT,
        reason TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL,
        user_id INTEGER REFERENCES users(id)
    )""",
    "CREATE INDEX amendments_exam ON amendments(exam_id)",
    "CREATE INDEX amendments_patient ON amendments(patient_id)",
    """CREATE TABLE printed_documents (
        id INTEGER PRIMARY KEY,
        exam_id INTEGER REFERENCES exams(id),
        document TEXT NOT NULL CHECK (document IN ('summary','aftercare','prep','consent')),
        language TEXT NOT NULL CHECK (language IN ('en','es')),
        action TEXT NOT NULL CHECK (action IN ('print','save')),
        target TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL,
        user_id INTEGER REFERENCES users(id)
    )""",
    """CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,                  -- UTC with offset
        user_id INTEGER,
        username TEXT NOT NULL DEFAULT '',
        workstation TEXT NOT NULL DEFAULT '',
        action TEXT NOT NULL,
        patient_id INTEGER,
        record_type TEXT NOT NULL DEFAULT '',
        record_id TEXT NOT NULL DEFAULT '',
        changes TEXT NOT NULL DEFAULT '{}',  -- JSON {field: [old, new]}
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    )""",
    "CREATE INDEX audit_log_at ON audit_log(at)",
    "CREATE INDEX audit_log_patient ON audit_log(patient_id)",
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only');
    END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only');
    END""",
    """CREATE TABLE backups (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL,
        created_at TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        verified INTEGER NOT NULL,
        schema_version TEXT NOT NULL
    )""",
]


@migration("0001_initial_schema")
def initial_schema(db) -> None:
    for statement in INITIAL_SCHEMA:
        db.execute(statement)


@migration("0002_exam_child_indexes")
def exam_child_indexes(db) -> None:
    """Rows looked up by their exam on every open, step and document: without these, each
    lookup reads the whole table (at 100,000 patients a step commit took 13 ms, not 1)."""
    for table in ("findings", "timeouts", "printed_documents"):
        db.execute(f"CREATE INDEX IF NOT EXISTS {table}_exam ON {table}(exam_id)")


@migration("0003_one_live_checklist_step")
def one_live_checklist_step(db) -> None:
    """At most one live completion of a step: two workstations completing step 5 at once
    wrote two "done step 5" events, and the exam's checklist could no longer be replayed.

    `live` is 1 on a done/not-needed event until an "undone" event for its step follows.
    Triggers keep it on every insert (the app's, the demo data's, a script's), and a
    partial unique index makes a second live completion of the same step impossible.
    """
    db.execute("ALTER TABLE checklist_events ADD COLUMN live INTEGER CHECK (live IS NULL OR live = 1)")
    # Existing rows: a step's newest completion is live when completions outnumber undos
    # (an exam already wedged by a duplicate keeps it as history; `check` names it).
    db.execute("""UPDATE checklist_events SET live = 1
        WHERE action IN ('done', 'not_needed')
          AND id = (SELECT max(d.id) FROM checklist_events d WHERE d.exam_id = checklist_events.exam_id
                    AND d.step = checklist_events.step AND d.action IN ('done', 'not_needed'))
          AND (SELECT count(*) FROM checklist_events d WHERE d.exam_id = checklist_events.exam_id
               AND d.step = checklist_events.step AND d.action IN ('done', 'not_needed'))
            > (SELECT count(*) FROM checklist_events u WHERE u.exam_id = checklist_events.exam_id
               AND u.step = checklist_events.step AND u.action = 'undone')""")
    db.execute("CREATE UNIQUE INDEX checklist_events_live_step ON checklist_events(exam_id, step) WHERE live = 1")
    db.execute("""CREATE TRIGGER checklist_events_completed AFTER INSERT ON checklist_events
        WHEN NEW.action IN ('done', 'not_needed') BEGIN
            UPDATE checklist_events SET live = 1 WHERE id = NEW.id;
        END""")
    db.execute("""CREATE TRIGGER checklist_events_undone AFTER INSERT ON checklist_events
        WHEN NEW.action = 'undone' BEGIN
            UPDATE checklist_events SET live = NULL WHERE exam_id = NEW.exam_id AND step = NEW.step AND live = 1;
        END""")


@migration("0004_exam_open_blocks")
def exam_open_blocks(db) -> None:
    """Blocks counted apart from stops, so the worklist never calls a block a stop (issue #13 §6);
    until now `open_stops` held both."""
    if any(row[1] == "open_blocks" for row in db.execute("PRAGMA table_info(exams)").fetchall()):
        return  # already there (a file whose record of this step was lost): nothing to redo
    db.execute("ALTER TABLE exams ADD COLUMN open_blocks INTEGER NOT NULL DEFAULT 0")
    db.execute("UPDATE exams SET open_blocks = (SELECT COUNT(*) FROM findings f WHERE f.exam_id = exams.id "
               "AND f.level = 'block')")
    db.execute("UPDATE exams SET open_stops = MAX(open_stops - open_blocks, 0)")


@migration("0005_ris_orders_and_mpps")
def ris_orders_and_mpps(db) -> None:
    """Issue 22: the RIS's orders (Modality Worklist), each pull's result, and the MPPS outbox.

    An order is never deleted: one the RIS discontinued or no longer lists keeps its row
    (and its exam) with that state. The outbox holds each MPPS message until the RIS has
    taken it, so a RIS that is down never holds up the exam room.
    """
    db.execute("""CREATE TABLE ris_orders (
        id INTEGER PRIMARY KEY,
        accession_number TEXT NOT NULL,
        step_id TEXT NOT NULL,
        requested_procedure_id TEXT NOT NULL DEFAULT '',
        study_instance_uid TEXT NOT NULL DEFAULT '',
        ris_patient_id TEXT NOT NULL DEFAULT '',
        issuer_of_patient_id TEXT NOT NULL DEFAULT '',
        family_name TEXT NOT NULL DEFAULT '',
        given_name TEXT NOT NULL DEFAULT '',
        birth_date TEXT,
        sex TEXT NOT NULL DEFAULT '',
        scheduled_at TEXT,
        scheduled_date TEXT,
        referring_name TEXT NOT NULL DEFAULT '',
        procedure_description TEXT NOT NULL DEFAULT '',
        procedure_code TEXT NOT NULL DEFAULT '',
        step_status TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL CHECK (state IN ('booked','needs_review','discontinued','vanished')),
        review_reason TEXT NOT NULL DEFAULT '',
        mismatch TEXT NOT NULL DEFAULT '{}',   -- JSON {field: [ours, the RIS's]}
        patient_id INTEGER REFERENCES patients(id),
        exam_id INTEGER REFERENCES exams(id),
        first_pulled_at TEXT NOT NULL,
        last_pulled_at TEXT NOT NULL,
        UNIQUE (accession_number, step_id)
    )""")
    db.execute("CREATE INDEX ris_orders_exam ON ris_orders(exam_id)")
    db.execute("CREATE INDEX ris_orders_day ON ris_orders(scheduled_date)")
    db.execute("""CREATE TABLE worklist_pulls (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        server TEXT NOT NULL,
        first_day TEXT NOT NULL,
        last_day TEXT NOT NULL,
        ok INTEGER NOT NULL,
        message TEXT NOT NULL,
        orders INTEGER NOT NULL DEFAULT 0,
        user_id INTEGER REFERENCES users(id)
    )""")
    db.execute("""CREATE TABLE mpps_messages (
        id INTEGER PRIMARY KEY,
        exam_id INTEGER NOT NULL REFERENCES exams(id),
        sop_instance_uid TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('IN PROGRESS','COMPLETED','DISCONTINUED')),
        attributes TEXT NOT NULL,              -- JSON {DICOM keyword: value}
        state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting','sent','failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_try_at TEXT NOT NULL,
        last_error TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        sent_at TEXT,
        UNIQUE (exam_id, status)
    )""")
    db.execute("CREATE INDEX mpps_messages_due ON mpps_messages(state, next_try_at)")


@migration("0006_exam_antibiotics_translations")
def exam_antibiotics_translations(db) -> None:
    """The antibiotic order in the patient's language (issue #13 §9): a Spanish sheet never prints
    the English order in the middle of Spanish. JSON {language: text}."""
    if any(row[1] == "antibiotics_translations" for row in db.execute("PRAGMA table_info(exams)").fetchall()):
        return
    db.execute("ALTER TABLE exams ADD COLUMN antibiotics_translations TEXT NOT NULL DEFAULT '{}'")


@migration("0007_products_and_scans")
def products_and_scans(db) -> None:
    """The product list behind barcode scanning (issue #20), and what the procedure record
    keeps of a scan: the GTINs, the catheter's product and expiry, and each value's source."""
    db.execute("""CREATE TABLE products (
        gtin TEXT PRIMARY KEY CHECK (length(gtin) = 14),
        kind TEXT NOT NULL CHECK (kind IN ('contrast','catheter')),
        name TEXT NOT NULL,
        agent TEXT NOT NULL DEFAULT '',
        concentration TEXT NOT NULL DEFAULT '',
        package TEXT NOT NULL DEFAULT '',
        catheter_type TEXT NOT NULL DEFAULT '',
        balloon TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        created_by INTEGER REFERENCES users(id),
        updated_at TEXT NOT NULL,
        updated_by INTEGER REFERENCES users(id),
        version INTEGER NOT NULL DEFAULT 1
    )""")
    for column in ("contrast_gtin TEXT", "catheter_gtin TEXT", "catheter_product TEXT NOT NULL DEFAULT ''",
                   "catheter_expiry TEXT", "value_sources TEXT NOT NULL DEFAULT '{}'"):
        db.execute(f"ALTER TABLE procedure_records ADD COLUMN {column}")


@migration("0008_procedure_dose_note")
def procedure_dose_note(db) -> None:
    """The technologist's note when a dose is above the clinic's reference level (issue 19):
    asked for at signing, printed on the summary and in the dose and quality report."""
    if any(row[1] == "dose_note" for row in db.execute("PRAGMA table_info(procedure_records)").fetchall()):
        return  # already there (a file whose record of this step was lost): nothing to redo
    db.execute("ALTER TABLE procedure_records ADD COLUMN dose_note TEXT NOT NULL DEFAULT ''")


@migration("0009_signed_audit_anchor")
def signed_audit_anchor(db) -> None:
    """The audit anchor carries an HMAC made with a key outside the file (audit_key.py);
    an existing trail's anchor is signed now, so it verifies before its next row."""
    import json

    from .audit_key import sign

    row = db.execute("SELECT value FROM settings WHERE key = 'audit.anchor'").fetchone()
    if row is None:
        return
    try:
        anchor = json.loads(row[0])
        anchor["mac"] = sign(int(anchor["id"]), str(anchor["hash"]))
    except (ValueError, KeyError, TypeError):
        return  # an unreadable anchor stays as it is: verify names it
    db.execute("UPDATE settings SET value = ? WHERE key = 'audit.anchor'", [json.dumps(anchor)])


@migration("0010_referring_title")
def referring_title(db) -> None:
    """The referring physician's title as its own field (issue #14 §4), wherever her name is kept:
    a Spanish sheet prints "Dra." for a woman, an English one "Dr." for either. Names already on
    file keep any title typed into them: records are never rewritten behind the clinic's back."""
    for table in ("patients", "exams"):
        if any(row[1] == "referring_title" for row in db.execute(f"PRAGMA table_info({table})").fetchall()):
            continue
        db.execute(f"ALTER TABLE {table} ADD COLUMN referring_title TEXT NOT NULL DEFAULT '' "
                   "CHECK (referring_title IN ('', 'Dr.', 'Dra.'))")


@migration("0011_user_interface_language")
def user_interface_language(db) -> None:
    """Each user's interface language (issue 17 §6); empty until they choose one, and then the
    window follows the system locale."""
    if any(row[1] == "ui_language" for row in db.execute("PRAGMA table_info(users)").fetchall()):
        return
    db.execute("ALTER TABLE users ADD COLUMN ui_language TEXT NOT NULL DEFAULT '' "
               "CHECK (ui_language IN ('', 'en', 'es'))")
