"""Loading the facts the printed documents show, and the record of each print or save (DESIGN.md §6).

`load_document_facts` turns the raw rows of one exam into the frozen values of
domain/document_facts.py, with the computed times (aftercare "until", blood-test window,
booking window, premedication) already worked out by the domain's timing rules. The report
builders only format them.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime

from hsg_desk.domain.case import Indication
from hsg_desk.domain.checklist import ChecklistEvent
# The document values live in the domain (the reports read them without the services); the
# names are imported here too, so callers that load and print may import them from one place.
from hsg_desk.domain.document_facts import (  # noqa: F401
    DOCUMENT_KINDS, LANGUAGE_NAMES, LANGUAGES, SPECULUM_STEP,
    DocumentFacts, DocumentNotReady, ExamNotFound, FacilityFacts, PrintedExam,
    FindingEntry, ProcedureRecord, Signature,
    catheter_removal_time, document_language, prep_sheet_warning, printed_free_text, require_ready,
    untranslated_texts)
from hsg_desk.domain.errors import DomainError
from hsg_desk.domain.findings import Level
from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.domain.message import Message
from hsg_desk.domain.resolutions import Resolution
from hsg_desk.domain.timing import (aftercare_clock_start, aftercare_until, booking_window, cycle_day,
                                    earliest_test_collection, premedication_times, window_counts_from_flow_end)
from hsg_desk.domain.vocabulary import COMPLICATION_LABELS
from hsg_desk.storage.allergies import allergy_from_row
from hsg_desk.storage.checkins import checkin_from_row, pregnancy_test_from_row
from hsg_desk.storage.checklist import event_from_row, timeout_from_row
from hsg_desk.storage.documents import insert_printed_document
from hsg_desk.storage.exam_rows import load_exam_rows
from hsg_desk.storage.exams import get_exam
from hsg_desk.storage.histories import history_from_row
from hsg_desk.storage.patients import COLUMNS as PATIENT_COLUMNS, patient_from_row
from hsg_desk.storage.permissions import write_private_bytes
from hsg_desk.storage.procedures import procedure_from_row
from hsg_desk.storage.screening import resolution_from_row
from hsg_desk.storage.rows import NotFoundError

from .authorization import Action, require
from .amendment_text import amendment_from_row
from .context import ServiceContext


def _time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _bool(value) -> bool | None:
    return None if value is None else bool(value)


def _json_object(text: str | None) -> dict:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _user_name(users: dict, user_id) -> str:
    user = users.get(user_id) if user_id is not None else None
    return (user["display_name"] or user["username"]) if user else ""


def _checklist(rows: list[dict], users: dict) -> tuple[ChecklistEvent, ...]:
    return tuple(event_from_row(row["step"], row["action"], row["at"], _user_name(users, row["user_id"]),
                                row["reason"], row["data"])
                 for row in rows)


def _step_done_at(checklist: tuple[ChecklistEvent, ...], step: int) -> datetime | None:
    done_at = None
    for entry in checklist:
        if entry.step == step:
            done_at = entry.at if entry.action in ("done", "not_needed") else None
    return done_at


def _findings(rows: dict, users: dict) -> tuple[FindingEntry, ...]:
    by_code: dict[str, list[Resolution]] = {}
    for row in rows["resolutions"]:
        by_code.setdefault(row["code"], []).append(resolution_from_row(
            row, _user_name(users, row["recorded_by"]), _user_name(users, row["cosigned_by"])))
    findings = [FindingEntry(code=row["code"], level=Level(row["level"]), message=row["message"],
                             resolutions=tuple(by_code.get(row["code"], ())))
                for row in rows["findings"]]
    return tuple(sorted(findings, key=lambda finding: finding.level.rank))


def _complication_labels(record: ProcedureRecord) -> tuple[str, ...]:
    """"Contrast reaction (mild)", "Other: cramping": each complication as the summary names it."""
    labels = []
    for code in record.complications:
        label = COMPLICATION_LABELS.get(code, str(code))
        if code == "contrast_reaction" and record.contrast_reaction_severity:
            label += f" ({record.contrast_reaction_severity})"
        if code == "other" and record.complication_other:
            label += f": {record.complication_other}"
        labels.append(label)
    return tuple(labels)


def load_document_facts(ctx: ServiceContext, exam_id: int) -> DocumentFacts:
    """The documents' view of exam `exam_id`; ExamNotFound when there is no such exam.

    PermissionDenied unless the session may print documents (the clinical roles).
    """
    try:
        rows = load_exam_rows(ctx.db, exam_id)
    except NotFoundError:
        raise ExamNotFound(Message("There is no exam {exam_id}.", exam_id=exam_id)) from None
    require(ctx, Action.PRINT_DOCUMENT, patient_id=rows["exam"]["patient_id"])
    settings = ctx.settings
    users = rows["users"]
    exam_row, patient_row = rows["exam"], rows["patient"]
    checklist = _checklist(rows["checklist"], users)
    scheduled_at = _time(exam_row["scheduled_at"])
    history_row = rows["history"]
    allergies = tuple(allergy_from_row(row) for row in rows["allergies"])
    history = history_from_row(history_row, allergies) if history_row else None
    procedure = procedure_from_row(rows["procedure"]) if rows["procedure"] else None
    removed_at = catheter_removal_time(checklist)
    status = ExamStatus(exam_row["status"])
    status_at = _time(exam_row["status_at"])
    aftercare_from = aftercare_clock_start(removed_at, status is ExamStatus.ABORTED,
                                           _step_done_at(checklist, SPECULUM_STEP) is not None, status_at)
    stopped_by = next((row["user_id"] for row in reversed(rows["status_events"])
                       if row["to_status"] == status.value), None)
    test = rows["pregnancy_test"]
    lmp = history.lmp if history else None
    radiologist = (procedure.radiologist_name if procedure and procedure.radiologist_name
                   else _user_name(users, exam_row["radiologist_id"]))
    return DocumentFacts(
        facility=FacilityFacts(settings.facility_name, settings.facility_phone, settings.facility_address,
                               settings.facility_fax),
        patient=patient_from_row([patient_row[column] for column in PATIENT_COLUMNS]),
        exam=PrintedExam(
            id=exam_row["id"], scheduled_at=scheduled_at, indication=Indication(exam_row["indication"]),
            indication_note=exam_row["indication_note"], status=ExamStatus(exam_row["status"]),
            status_reason=exam_row["status_reason"], device_placed_on=_date(exam_row["device_placed_on"]),
            referring_name=exam_row["referring_name"] or patient_row["referring_name"],
            referring_phone=exam_row["referring_phone"] or patient_row["referring_phone"],
            referring_fax=exam_row["referring_fax"] or patient_row["referring_fax"],
            # The title goes with the name it belongs to: the exam's, else the patient's.
            referring_title=(exam_row["referring_title"] if exam_row["referring_name"]
                             else patient_row["referring_title"]),
            technologist=_user_name(users, exam_row["technologist_id"]), radiologist=radiologist,
            premedication_ordered=bool(exam_row["premedication_ordered"]), antibiotics=exam_row["antibiotics"],
            started_at=_step_done_at(checklist, 1), finished_at=_step_done_at(checklist, 10),
            status_at=status_at, status_by=_user_name(users, stopped_by),
            antibiotics_translations=_json_object(exam_row["antibiotics_translations"])),
        checkin=checkin_from_row(rows["checkin"]) if rows["checkin"] else None,
        pregnancy_test=pregnancy_test_from_row(test) if test else None,
        user_names={user_id: _user_name(users, user_id) for user_id in users},
        history=history,
        questions_answered=_bool(history_row["questions_answered"]) if history_row else None,
        allergies=allergies,
        cycle_day=cycle_day(lmp, scheduled_at.date()) if lmp and not (history and history.no_periods) else None,
        findings=_findings(rows, users),
        checklist=checklist,
        timeouts=tuple(timeout_from_row(row["items"], row["confirmed_by"], row["at"],
                                        _user_name(users, row["user_id"]), row["id"])
                       for row in rows["timeouts"]),
        procedure=procedure, complications=_complication_labels(procedure) if procedure else (),
        notes=procedure.notes if procedure else "",
        amendments=tuple(amendment_from_row(row, _user_name(users, row["user_id"])) for row in rows["amendments"]),
        signature=(Signature(_time(exam_row["signed_at"]), _user_name(users, exam_row["signed_by"]))
                   if exam_row["signed_at"] else None),
        catheter_removed_at=removed_at,
        aftercare_from=aftercare_from,
        aftercare_until=aftercare_until(aftercare_from, settings) if aftercare_from else None,
        aftercare_hours=settings.aftercare_avoid_hours,
        test_collection_from=earliest_test_collection(scheduled_at, settings),
        booking_window=(booking_window(lmp, settings, history.flow_ended_on)
                        if lmp and not (history and history.no_periods) else None),
        window_from_flow_end=bool(lmp and window_counts_from_flow_end(lmp, history.flow_ended_on)),
        last_cycle_day=settings.last_cycle_day,
        premedication=tuple(premedication_times(scheduled_at)) if exam_row["premedication_ordered"] else (),
        time_zone=settings.time_zone, paper_size=settings.paper_size, printed_at=ctx.now(),
    )


def record_document_output(ctx: ServiceContext, exam_id: int, document: str, language: str, action: str,
                           target: str = "") -> int:
    """Record one print ('print') or save ('save') of a document, with its audit row.

    The audit action is 'print' for paper and 'export' for a saved file (DESIGN.md §8).
    """
    if document not in DOCUMENT_KINDS or language not in LANGUAGES or action not in ("print", "save"):
        raise DomainError(Message("Cannot record {action!r} of {document!r} in {language!r}.",
                                  action=action, document=document, language=language))
    try:
        patient_id = get_exam(ctx.db, exam_id).patient_id
    except NotFoundError:
        raise ExamNotFound(Message("There is no exam {exam_id}.", exam_id=exam_id)) from None
    require(ctx, Action.PRINT_DOCUMENT, patient_id=patient_id)
    with ctx.db.atomic():
        document_id = insert_printed_document(ctx.db, exam_id=exam_id, document=document, language=language,
                                              action=action, target=target, at=ctx.now(),
                                              user_id=ctx.session.user_id)
        ctx.audit("print" if action == "print" else "export", patient_id=patient_id, record_type="exam",
                  record_id=exam_id, changes={"document": [None, document], "language": [None, language],
                                              "target": [None, target]})
    return document_id


def explained_aloud(ctx: ServiceContext, facts: DocumentFacts, document: str, language: str) -> DocumentFacts:
    """Staff confirm they will explain the untranslated free text aloud: audited; the facts to print."""
    names = untranslated_texts(facts, document, language)
    if not names:
        return facts
    require(ctx, Action.PRINT_DOCUMENT, patient_id=facts.patient.id)
    ctx.audit("confirm", patient_id=facts.patient.id, record_type="exam", record_id=facts.exam.id,
              changes={"explained_aloud": [None, ", ".join(names)], "document": [None, document],
                       "language": [None, language]})
    return replace(facts, explained_aloud=tuple(names))


def save_pdf_file(pdf: bytes, path) -> None:
    """Write a patient document readable by its owner only (0600): it holds her record."""
    write_private_bytes(path, pdf)
