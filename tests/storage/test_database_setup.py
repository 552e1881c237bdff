"""The database file: pragmas on every connection, migrations, network shares refused."""

from __future__ import annotations

import pytest

from hsg_desk.storage.db import (
    NetworkPathError, connect, open_database, pragma, refuse_network_path, resolve_db_path,
)
from hsg_desk.storage.migrations import known_migrations, schema_version

DESIGN_TABLES = {"patients", "exams", "checkins", "pregnancy_tests", "histories", "allergies",
                 "findings", "finding_resolutions", "checklist_events", "timeouts",
                 "procedure_records", "amendments", "printed_documents", "users", "settings",
                 "audit_log", "exam_events", "backups", "patients_fts"}


def test_every_connection_sets_the_durability_pragmas(db_path):
    open_database(db_path).conn.close()
    for db in (open_database(db_path), connect(db_path)):
        assert pragma(db, "journal_mode") == "wal"
        assert pragma(db, "synchronous") == 2  # FULL
        assert pragma(db, "foreign_keys") == 1
        assert pragma(db, "busy_timeout") >= 1000
        db.conn.close()


def test_migrations_build_the_whole_schema_from_empty_and_rerun_is_a_no_op(db_path):
    db = open_database(db_path)
    assert DESIGN_TABLES <= set(db.table_names())
    assert schema_version(db) == known_migrations()[-1]
    applied_before = db.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
    db.conn.close()
    again = open_database(db_path)
    assert again.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == applied_before


def test_foreign_keys_are_enforced(db):
    import sqlite3

    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO exams(patient_id, scheduled_at, scheduled_date, indication, status_at, "
                   "created_at, updated_at) VALUES (999, 'x', 'x', 'other', 'x', 'x', 'x')")


MOUNTS = """/dev/vda1 / ext4 rw 0 0
server:/export /mnt/clinic nfs4 rw 0 0
//nas/share /mnt/smb cifs rw 0 0
"""


@pytest.mark.parametrize("path, refused", [
    ("/home/desk/hsg.sqlite3", False),
    ("/mnt/clinic/hsg.sqlite3", True),
    ("/mnt/smb/data/hsg.sqlite3", True),
    ("/mnt/clinicx/hsg.sqlite3", False),
])
def test_a_database_on_a_network_share_is_refused_with_an_explanation(path, refused):
    from pathlib import Path

    if refused:
        with pytest.raises(NetworkPathError, match="network"):
            refuse_network_path(Path(path), MOUNTS)
    else:
        refuse_network_path(Path(path), MOUNTS)


def test_unc_paths_are_refused():
    from pathlib import Path

    with pytest.raises(NetworkPathError, match="network share"):
        refuse_network_path(Path("//server/share/hsg.sqlite3"), "")


def test_db_path_comes_from_the_flag_then_the_environment_then_the_user_folder(tmp_path):
    assert resolve_db_path(tmp_path / "a.sqlite3", {}) == tmp_path / "a.sqlite3"
    assert resolve_db_path(None, {"HSG_DESK_DB": str(tmp_path / "b.sqlite3")}) == tmp_path / "b.sqlite3"
    default = resolve_db_path(None, {})
    assert default.name == "hsg-desk.sqlite3" and "hsg-desk" in str(default.parent)
