"""A user account's fields are one domain FieldTable (#17 §1), as the booking's and the patient's
are: each bad value is refused at its field, all of them at once, and a good one is cleaned."""

from __future__ import annotations

import pytest

from hsg_desk.domain.accounts import ACCOUNT_FIELDS
from hsg_desk.domain.errors import ValidationError
from hsg_desk.domain.roles import Role


@pytest.mark.parametrize(("field", "value", "says"), [
    ("username", "x", "use 2 to 40 letters"),
    ("username", ".starts-with-a-dot", "use 2 to 40 letters"),
    ("display_name", "   ", "enter the person's name"),
    ("display_name", "N" * 101, "enter the person's name (at most 100 characters)"),
    ("password", "short", "use at least 8 characters"),
    ("password", "p" * 201, "use at most 200 characters"),
    ("roles", [], "choose at least one role"),
    ("roles", ["janitor"], "unknown role"),
])
def test_a_bad_value_is_refused_at_its_field(field, value, says):
    with pytest.raises(ValidationError) as refused:
        ACCOUNT_FIELDS.clean(field, value)
    assert refused.value.field == field and refused.value.message.startswith(says)


def test_every_refused_field_is_said_at_once_and_good_values_are_cleaned():
    assert list(ACCOUNT_FIELDS.refusals({"username": "x", "display_name": "Ana Ruiz", "password": "",
                                         "roles": ["technologist"]})) == ["username", "password"]
    assert ACCOUNT_FIELDS.clean("username", "  a.ruiz ") == "a.ruiz"
    assert ACCOUNT_FIELDS.clean("display_name", " Ana   Ruiz ") == "Ana Ruiz"
    assert ACCOUNT_FIELDS.clean("roles", ["technologist", Role.ADMIN]) == {Role.TECHNOLOGIST, Role.ADMIN}
