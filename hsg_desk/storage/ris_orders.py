"""The RIS's orders (one row per accession + step ID, never deleted) and each worklist pull."""

from __future__ import annotations

import json
from datetime import date, datetime

from hsg_desk.domain.message import restored, stored
from hsg_desk.domain.ris import RisOrder, ScheduledStep
from hsg_desk.domain.vocabulary import OrderState

from .rows import dict_row, dict_rows, insert_row, json_text

# The columns a pull refreshes from the RIS's reply.
STEP_COLUMNS = ("requested_procedure_id", "study_instance_uid", "ris_patient_id", "issuer_of_patient_id",
                "family_name", "given_name", "birth_date", "sex", "scheduled_at", "scheduled_date",
                "referring_name", "procedure_description", "procedure_code", "step_status")


def step_columns(step: ScheduledStep, zone: str) -> dict:
    moment = step.scheduled_at(zone)
    return {
        "requested_procedure_id": step.requested_procedure_id, "study_instance_uid": step.study_instance_uid,
        "ris_patient_id": step.patient_id, "issuer_of_patient_id": step.issuer_of_patient_id,
        "family_name": step.family_name, "given_name": step.given_name,
        "birth_date": step.birth_date.isoformat() if step.birth_date else None, "sex": step.sex,
        "scheduled_at": moment.isoformat() if moment else None,
        "scheduled_date": moment.date().isoformat() if moment else None,
        "referring_name": step.referring_name, "procedure_description": step.procedure_description,
        "procedure_code": step.procedure_code, "step_status": step.step_status,
    }


def find_order(db, accession_number: str, step_id: str) -> dict | None:
    return dict_row(db, "SELECT * FROM ris_orders WHERE accession_number = ? AND step_id = ?",
                    [accession_number, step_id])


def get_order(db, order_id: int) -> dict | None:
    return dict_row(db, "SELECT * FROM ris_orders WHERE id = ?", [order_id])


def order_for_exam(db, exam_id: int) -> dict | None:
    return dict_row(db, "SELECT * FROM ris_orders WHERE exam_id = ?", [exam_id])


def insert_order(db, step: ScheduledStep, zone: str, state: OrderState, at: datetime, *,
                 patient_id: int | None = None, exam_id: int | None = None, review_reason: str = "",
                 mismatch: dict | None = None) -> int:
    return insert_row(db, "ris_orders", step_columns(step, zone) | {
        "accession_number": step.accession_number, "step_id": step.step_id, "state": state.value,
        "review_reason": stored(review_reason), "mismatch": json_text(mismatch or {}),
        "patient_id": patient_id, "exam_id": exam_id,
        "first_pulled_at": at.isoformat(), "last_pulled_at": at.isoformat(),
    })


def update_order(db, order_id: int, changes: dict) -> None:
    if "mismatch" in changes and not isinstance(changes["mismatch"], str):
        changes = changes | {"mismatch": json_text(changes["mismatch"])}
    assignments = ", ".join(f"{column} = ?" for column in changes)
    db.execute(f"UPDATE ris_orders SET {assignments} WHERE id = ?", [*changes.values(), order_id])


def orders_between(db, first_day: date, last_day: date) -> list[dict]:
    return dict_rows(db, "SELECT * FROM ris_orders WHERE scheduled_date BETWEEN ? AND ?",
                     [first_day.isoformat(), last_day.isoformat()])


def order_from_row(row) -> RisOrder:
    mismatch = json.loads(row["mismatch"] or "{}")
    return RisOrder(row["id"], row["accession_number"], row["ris_patient_id"], row["family_name"], row["given_name"],
                    datetime.fromisoformat(row["scheduled_at"]) if row["scheduled_at"] else None,
                    OrderState(row["state"]), restored(row["review_reason"]),
                    {field: (ours, theirs) for field, (ours, theirs) in mismatch.items()}, row["patient_id"],
                    row["exam_id"])


def orders_in_state(db, *states: OrderState) -> list[RisOrder]:
    marks = ", ".join("?" for _ in states)
    return [order_from_row(row) for row in dict_rows(
        db, f"SELECT * FROM ris_orders WHERE state IN ({marks}) ORDER BY scheduled_at, id",
        [state.value for state in states])]


def record_pull(db, at: datetime, server: str, first_day: date, last_day: date, ok: bool, message: str,
                orders: int, user_id: int | None) -> int:
    return insert_row(db, "worklist_pulls", {
        "at": at.isoformat(), "server": server, "first_day": first_day.isoformat(),
        "last_day": last_day.isoformat(), "ok": int(ok), "message": stored(message), "orders": orders,
        "user_id": user_id})


def last_pull(db) -> dict | None:
    return dict_row(db, "SELECT * FROM worklist_pulls ORDER BY id DESC LIMIT 1")
