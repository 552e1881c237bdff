"""Opening a record is audited; admins search and export the trail; settings changes audited."""

from __future__ import annotations

import pytest
from users_builders import demo_db, signed_in

from hsg_desk.domain.errors import ValidationError
from hsg_desk.domain.permissions import PermissionDenied
from hsg_desk.services import audit_trail
from hsg_desk.services.audit_trail import AuditFilter
from hsg_desk.services.settings_service import change_settings
from hsg_desk.storage.audit import query_events


def test_opening_a_record_writes_a_view_row(db_target):
    db, clock, ids = demo_db(db_target)
    tech = signed_in(db, clock, "tech")
    audit_trail.record_patient_view(tech, 42)
    row = query_events(db)[-1]
    assert (row["action"], row["patient_id"], row["user_id"], row["workstation"]) == ("view", 42, ids["tech"], "test-ws")


def test_admin_alone_may_not_open_records(db_target):
    db, clock, _ = demo_db(db_target)
    with pytest.raises(PermissionDenied):
        audit_trail.record_patient_view(signed_in(db, clock, "admin"), 42)
    assert query_events(db)[-1]["action"] == "denied"


def test_search_and_export(tmp_path, db_target):
    db, clock, _ = demo_db(db_target)
    audit_trail.record_patient_view(signed_in(db, clock, "desk"), 5)
    admin = signed_in(db, clock, "admin")
    rows = audit_trail.search(admin, AuditFilter(patient_id=5))
    assert [(row.action, row.patient_id, row.record_type) for row in rows] == [("view", 5, "patient")]
    result = audit_trail.export_csv(admin, tmp_path / "out.csv", AuditFilter(action="login"))
    assert result.rows == 2  # the desk and the admin signed in
    last = query_events(db)[-1]
    assert last["action"] == "audit.export" and last["changes"]["action"] == [None, "login"]
    assert audit_trail.verify(admin) is None
    with pytest.raises(PermissionDenied):
        audit_trail.search(signed_in(db, clock, "tech"))


def test_settings_changes_are_audited_old_and_new(db_target):
    db, clock, _ = demo_db(db_target)
    admin = signed_in(db, clock, "admin")
    changed = change_settings(admin, {"idle_lock_minutes": 10, "accepted_test_methods": ["serum", "urine"],
                                      "facility_name": "HSG Desk Imaging"})
    assert set(changed) == {"idle_lock_minutes", "accepted_test_methods"}
    assert admin.settings.idle_lock_minutes == 10
    assert query_events(db)[-1]["changes"] == {"idle_lock_minutes": [5, 10],
                                               "accepted_test_methods": [["serum"], ["serum", "urine"]]}
    with pytest.raises(ValidationError, match="between 1 and 30"):
        change_settings(admin, {"idle_lock_minutes": 31})
    with pytest.raises(PermissionDenied):
        change_settings(signed_in(db, clock, "tech"), {"idle_lock_minutes": 3})
