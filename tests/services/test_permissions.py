"""Every role × action pair, as a table that reads like DESIGN.md §1."""

from __future__ import annotations

import pytest

from hsg_desk.domain.errors import DomainError
from hsg_desk.domain.permissions import Action, PermissionDenied, allowed, allowed_actions, require
from hsg_desk.domain.roles import Role

D, T, R, A = Role.FRONT_DESK, Role.TECHNOLOGIST, Role.RADIOLOGIST, Role.ADMIN

WHO_MAY = {
    Action.VIEW_PATIENT: {D, T, R},
    Action.REGISTER_PATIENT: {D},
    Action.EDIT_PATIENT: {D},
    Action.BOOK_EXAM: {D},
    Action.CHECK_IN: {D},
    Action.CANCEL_OR_DEFER: {D, T},
    Action.RECORD_HISTORY: {T},
    Action.RESOLVE_CAUTION: {T, R},
    Action.OVERRIDE_STOP_SIGNED: {R},
    Action.RECORD_VERBAL_OVERRIDE: {T},
    Action.COSIGN_OVERRIDE: {R},
    Action.COMPLETE_CHECKLIST_STEP: {T},
    Action.UNDO_CHECKLIST_STEP: {T},
    Action.RECORD_TIME_OUT: {T},
    Action.ABORT_EXAM: {T},
    Action.RECORD_PROCEDURE: {T},
    Action.SIGN_EXAM: {T},
    Action.AMEND_EXAM: {T},
    Action.PRINT_DOCUMENT: {D, T, R},
    Action.VIEW_AUDIT: {A},
    Action.EXPORT_AUDIT: {A},
    Action.MANAGE_USERS: {A},
    Action.CHANGE_SETTINGS: {A},
    Action.BACKUP: {A},
    Action.RESTORE: {A},
    Action.MANAGE_PRODUCTS: {T, A},
    Action.VIEW_QUALITY_REPORT: {R, A},
}


def test_the_table_covers_every_action():
    assert set(WHO_MAY) == set(Action)


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", list(Action))
def test_role_action_pair(role, action):
    expected = role in WHO_MAY[action]
    assert allowed({role}, action) is expected
    if expected:
        require({role}, action)
    else:
        with pytest.raises(PermissionDenied) as raised:
            require({role}, action)
        assert isinstance(raised.value, DomainError)
        assert "not allowed" in str(raised.value)


def test_several_roles_add_up():
    assert allowed({D, A}, Action.CHECK_IN) and allowed({D, A}, Action.MANAGE_USERS)
    assert allowed_actions({D, A}) == allowed_actions({D}) | allowed_actions({A})


def test_no_roles_allow_nothing():
    assert not any(allowed(set(), action) for action in Action)


def test_message_names_who_may():
    with pytest.raises(PermissionDenied, match="You are not allowed to sign an exam. This needs the technologist role."):
        require({D}, Action.SIGN_EXAM)


def test_roles_and_actions_may_be_given_as_text():
    assert allowed(["radiologist"], "cosign_override")
