"""The product list (issue #20): who may change it, what is checked, and the audit trail."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from hsg_desk.domain.errors import ValidationError
from hsg_desk.domain.permissions import PermissionDenied
from hsg_desk.domain.products import ProductKind
from hsg_desk.services.auth import login
from hsg_desk.services.context import FixedClock, ServiceContext
from hsg_desk.services.products import ProductsService
from hsg_desk.services.users import create_demo_users
from hsg_desk.storage.audit import query_events
from hsg_desk.storage.db import open_database

START = datetime(2026, 11, 26, 14, 0, tzinfo=timezone.utc)
OMNIPAQUE = "04350000123459"
CATHETER = "07612345000022"


@pytest.fixture
def db(db_target):
    db = open_database(db_target)
    create_demo_users(db, START)
    return db


def product_events(db) -> list[dict]:
    return [event for event in query_events(db) if event["record_type"] == "product"]


def service(db, username):
    clock = FixedClock(START)
    return ProductsService(ServiceContext(db, clock, login(db, clock, username, f"{username}-demo"),
                                          workstation="ws"))


@pytest.mark.parametrize("username", ["admin", "tech"])
def test_the_admin_or_a_technologist_adds_a_product(db, username):
    product = service(db, username).add("4350000123459", "contrast", agent="iohexol (Omnipaque)",
                                        concentration="300 mgI/mL", package="50 mL")
    assert product.gtin == OMNIPAQUE  # a GTIN-13 is kept as the 14 digits a GS1 code carries
    assert product.name == "iohexol (Omnipaque) 300 mgI/mL, 50 mL"
    assert service(db, "desk").product(OMNIPAQUE) == product
    event = product_events(db)[-1]
    assert (event["action"], event["username"], event["record_id"]) == ("create", username, OMNIPAQUE)
    assert event["changes"]["agent"] == [None, "iohexol (Omnipaque)"]


@pytest.mark.parametrize("username", ["desk", "rad"])
def test_front_desk_and_radiologist_may_not(db, username):
    with pytest.raises(PermissionDenied, match="admin or technologist|technologist or admin"):
        service(db, username).add(CATHETER, "catheter", name="HSG catheter", catheter_type="balloon")
    assert service(db, "admin").products() == []
    assert [e for e in query_events(db) if e["action"] == "denied"]


@pytest.mark.parametrize(("gtin", "kind", "fields", "field"), [
    ("04350000123458", "contrast", {"agent": "iohexol (Omnipaque)", "concentration": "300"}, "gtin"),
    ("12345", "contrast", {"agent": "iohexol (Omnipaque)", "concentration": "300"}, "gtin"),
    (OMNIPAQUE, "contrast", {"agent": "house brand", "concentration": "300"}, "agent"),
    (OMNIPAQUE, "contrast", {"agent": "iohexol (Omnipaque)"}, "concentration"),
    (CATHETER, "catheter", {"name": "", "catheter_type": "balloon"}, "name"),
    (CATHETER, "catheter", {"name": "HSG catheter", "catheter_type": "tube"}, "catheter_type"),
    (CATHETER, "stent", {"name": "HSG catheter"}, "kind"),
])
def test_bad_entries_name_the_field_and_save_nothing(db, gtin, kind, fields, field):
    with pytest.raises(ValidationError) as raised:
        service(db, "admin").add(gtin, kind, **fields)
    assert raised.value.field == field
    assert service(db, "admin").products() == []


def test_a_gtin_is_listed_once(db):
    admin = service(db, "admin")
    admin.add(CATHETER, ProductKind.CATHETER, name="HSG balloon catheter 5 Fr", catheter_type="balloon",
              balloon="1.5 mL, latex-free")
    with pytest.raises(ValidationError, match="already on the list as HSG balloon catheter 5 Fr"):
        admin.add(CATHETER, "catheter", name="Another", catheter_type="cannula")


def test_correct_and_remove_are_audited_with_old_and_new(db):
    admin = service(db, "admin")
    admin.add(CATHETER, "catheter", name="HSG catheter", catheter_type="balloon")
    assert admin.update(CATHETER, balloon="1.5 mL").balloon == "1.5 mL"
    assert product_events(db)[-1]["changes"] == {"balloon": ["", "1.5 mL"]}
    admin.remove(CATHETER)
    assert admin.product(CATHETER) is None
    assert product_events(db)[-1]["action"] == "delete"
