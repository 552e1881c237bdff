"""Who may do what: each role's allowed actions (DESIGN.md §1; ONC 170.315(d)(1), HIPAA 164.312(a)).

A user may hold several roles; an action is allowed when any of them allows it.
Services call `require` (through `hsg_desk.services.authorization`) before they
change or show anything, so a hidden button is never the only guard.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from .errors import DomainError
from .message import Message
from .roles import Role


class Action(StrEnum):
    VIEW_PATIENT = "view_patient"
    REGISTER_PATIENT = "register_patient"
    EDIT_PATIENT = "edit_patient"
    BOOK_EXAM = "book_exam"
    CHECK_IN = "check_in"
    CANCEL_OR_DEFER = "cancel_or_defer"
    RECORD_HISTORY = "record_history"
    RESOLVE_CAUTION = "resolve_caution"
    OVERRIDE_STOP_SIGNED = "override_stop_signed"
    RECORD_VERBAL_OVERRIDE = "record_verbal_override"
    COSIGN_OVERRIDE = "cosign_override"
    COMPLETE_CHECKLIST_STEP = "complete_checklist_step"
    UNDO_CHECKLIST_STEP = "undo_checklist_step"
    RECORD_TIME_OUT = "record_time_out"
    ABORT_EXAM = "abort_exam"
    RECORD_PROCEDURE = "record_procedure"
    SIGN_EXAM = "sign_exam"
    AMEND_EXAM = "amend_exam"
    PRINT_DOCUMENT = "print_document"
    VIEW_AUDIT = "view_audit"
    EXPORT_AUDIT = "export_audit"
    MANAGE_USERS = "manage_users"
    CHANGE_SETTINGS = "change_settings"
    BACKUP = "backup"
    RESTORE = "restore"
    MANAGE_PRODUCTS = "manage_products"
    VIEW_QUALITY_REPORT = "view_quality_report"

    @property
    def label(self) -> str:
        return ACTION_LABELS.get(self, self.value.replace("_", " "))


ACTION_LABELS = {
    Action.VIEW_PATIENT: "open a patient's record",
    Action.REGISTER_PATIENT: "register a patient",
    Action.EDIT_PATIENT: "change a patient's details",
    Action.BOOK_EXAM: "book an exam",
    Action.CHECK_IN: "check a patient in",
    Action.CANCEL_OR_DEFER: "cancel or defer an exam",
    Action.RECORD_HISTORY: "record the medical history",
    Action.RESOLVE_CAUTION: "acknowledge a caution",
    Action.OVERRIDE_STOP_SIGNED: "override a stop finding",
    Action.RECORD_VERBAL_OVERRIDE: "record a radiologist's verbal approval",
    Action.COSIGN_OVERRIDE: "co-sign a verbal approval",
    Action.COMPLETE_CHECKLIST_STEP: "complete a checklist step",
    Action.UNDO_CHECKLIST_STEP: "undo a checklist step",
    Action.RECORD_TIME_OUT: "record the time-out",
    Action.ABORT_EXAM: "stop an exam in progress",
    Action.RECORD_PROCEDURE: "record the procedure",
    Action.SIGN_EXAM: "sign an exam",
    Action.AMEND_EXAM: "amend a completed exam",
    Action.PRINT_DOCUMENT: "print or save a document",
    Action.VIEW_AUDIT: "view the audit trail",
    Action.EXPORT_AUDIT: "export the audit trail",
    Action.MANAGE_USERS: "manage users",
    Action.CHANGE_SETTINGS: "change the settings",
    Action.BACKUP: "make a backup",
    Action.RESTORE: "restore a backup",
    Action.MANAGE_PRODUCTS: "change the product list",
    Action.VIEW_QUALITY_REPORT: "see the dose and quality report",
}

_CLINICAL_READ = {Action.VIEW_PATIENT, Action.PRINT_DOCUMENT}

ROLE_ACTIONS: dict[Role, frozenset[Action]] = {
    Role.FRONT_DESK: frozenset(_CLINICAL_READ | {
        Action.REGISTER_PATIENT, Action.EDIT_PATIENT, Action.BOOK_EXAM, Action.CHECK_IN,
        Action.CANCEL_OR_DEFER,
    }),
    Role.TECHNOLOGIST: frozenset(_CLINICAL_READ | {
        Action.CANCEL_OR_DEFER, Action.RECORD_HISTORY, Action.RESOLVE_CAUTION,
        Action.RECORD_VERBAL_OVERRIDE, Action.COMPLETE_CHECKLIST_STEP, Action.UNDO_CHECKLIST_STEP,
        Action.RECORD_TIME_OUT, Action.ABORT_EXAM, Action.RECORD_PROCEDURE, Action.SIGN_EXAM,
        Action.AMEND_EXAM, Action.MANAGE_PRODUCTS,
    }),
    Role.RADIOLOGIST: frozenset(_CLINICAL_READ | {
        Action.RESOLVE_CAUTION, Action.OVERRIDE_STOP_SIGNED, Action.COSIGN_OVERRIDE,
        Action.VIEW_QUALITY_REPORT,
    }),
    # The admin runs the system, not the exams: no patient records unless the
    # person also holds a clinical role (HIPAA "minimum necessary").
    Role.ADMIN: frozenset({
        Action.VIEW_AUDIT, Action.EXPORT_AUDIT, Action.MANAGE_USERS, Action.CHANGE_SETTINGS,
        Action.BACKUP, Action.RESTORE, Action.MANAGE_PRODUCTS,
        Action.VIEW_QUALITY_REPORT,  # counts and doses only: the report names no patient
    }),
}


def roles_that_may(action: Action | str) -> str:
    """Who may do `action`, as a sentence says it: "technologist", "front desk or technologist"."""
    who = [role.label.lower() for role in Role if Action(action) in ROLE_ACTIONS[role]]
    return " or ".join(who) if who else "no"


def needs_role(action: Action | str) -> str:
    """The tooltip of a control the signed-in role may not use."""
    return f"Needs the {roles_that_may(action)} role"


class PermissionDenied(DomainError):
    """The signed-in user's roles do not allow the action; the message says who may."""

    def __init__(self, action: Action):
        super().__init__(Message("You are not allowed to {action}. This needs the {roles} role.",
                                 action=Message.word("domain", action.label), roles=roles_that_may(action)))
        self.action = action


def allowed(roles: Iterable[Role | str], action: Action | str) -> bool:
    """True when any of `roles` allows `action`."""
    action = Action(action)
    return any(action in ROLE_ACTIONS.get(Role(role), frozenset()) for role in roles)


def require(session_roles: Iterable[Role | str], action: Action | str) -> None:
    """Raise PermissionDenied unless one of `session_roles` allows `action`."""
    if not allowed(session_roles, action):
        raise PermissionDenied(Action(action))


def allowed_actions(roles: Iterable[Role | str]) -> frozenset[Action]:
    result: set[Action] = set()
    for role in roles:
        result |= ROLE_ACTIONS.get(Role(role), frozenset())
    return frozenset(result)
