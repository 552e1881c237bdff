"""The day sheet (issue 19): the day's exams on one landscape page or more, for the wall or
the radiologist's desk. It names patients, so it is confidential and each print or save
is audited."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime

from hsg_desk.domain.day_sheet import DaySheet, DaySheetLine
from hsg_desk.domain.errors import DomainError
from hsg_desk.domain.indication import Indication
from hsg_desk.domain.lifecycle import ExamStatus
from hsg_desk.domain.message import Message
from hsg_desk.domain.vocabulary import Language
from hsg_desk.storage import day_sheet as rows

from .authorization import Action, require
from .context import ServiceContext


def _test_state(row: dict) -> str:
    if row["test_refused"]:
        return "declined"
    if row["test_result"] is None:
        return "none"
    return "received" if row["test_received_at"] else "not_received"


def load_day_sheet(ctx: ServiceContext, day: date) -> DaySheet:
    """The sheet of `day` (facility-local); PermissionDenied unless the session may print documents."""
    require(ctx, Action.PRINT_DOCUMENT)
    db, settings = ctx.db, ctx.settings
    stops: dict[int, list] = defaultdict(list)
    for exam_id, code, level in rows.open_stop_rows(db, day):
        stops[exam_id].append((code, level))
    allergies: dict[int, list] = defaultdict(list)
    for patient_id, category, severity in rows.allergy_rows(db, day):
        allergies[patient_id].append((category, severity))
    lines = []
    for row in rows.day_exam_rows(db, day):
        notes = "; ".join(part.strip() for part in (row["indication_note"], row["room_notes"]) if part and part.strip())
        lines.append(DaySheetLine(
            exam_id=row["exam_id"], scheduled_at=datetime.fromisoformat(row["scheduled_at"]),
            family_name=row["family_name"], given_name=row["given_name"], mrn=row["mrn"],
            indication=Indication(row["indication"]), status=ExamStatus(row["status"]),
            status_reason=row["status_reason"] or "",
            open_stops=tuple(sorted(stops[row["exam_id"]], key=lambda item: (item[1] != "block", item[0]))),
            test=_test_state(row), test_result=row["test_result"],
            sedative=None if row["sedative"] is None else bool(row["sedative"]),
            driver=", ".join(part for part in (row["driver_name"], row["driver_phone"]) if part),
            allergies=tuple(allergies[row["patient_id"]]), language=row["language"] or "en",
            premedication_ordered=bool(row["premedication_ordered"]), antibiotics=row["antibiotics"] or "",
            notes=notes))
    return DaySheet(day, settings.facility_name, settings.facility_phone, settings.time_zone, settings.paper_size,
                    ctx.now(), tuple(lines))


def record_day_sheet_output(ctx: ServiceContext, day: date, language: str, action: str, target: str = "") -> None:
    """Audit one print ('print') or save ('save') of the day sheet: it names the day's patients."""
    if language not in tuple(Language) or action not in ("print", "save"):
        raise DomainError(Message("Cannot record {action!r} of the day sheet in {language!r}.",
                                  action=action, language=language))
    require(ctx, Action.PRINT_DOCUMENT)
    ctx.audit("print" if action == "print" else "export", record_type="day_sheet", record_id=day.isoformat(),
              changes={"document": [None, "day_sheet"], "language": [None, language], "target": [None, target]})
