"""A demo database with a fixed seed, and the report's figures recomputed from its rows with
plain Python (statistics.quantiles, Counter), independently of the code under test."""

from __future__ import annotations

import json
import sqlite3
import statistics
from collections import Counter
from datetime import date, datetime

SEED, PATIENTS, TODAY = 11, 400, date(2026, 11, 26)


def quartile3(values: list[float]) -> float:
    return values[0] if len(values) == 1 else statistics.quantiles(values, n=4, method="inclusive")[2]


def expected_figures(path, start: date, end: date) -> dict:
    con = sqlite3.connect(path)
    period = [start.isoformat(), end.isoformat()]
    exams = con.execute("SELECT id, status, status_reason, indication FROM exams "
                        "WHERE scheduled_date BETWEEN ? AND ?", period).fetchall()
    ids = {row[0] for row in exams}
    status = Counter(row[1] for row in exams)
    reasons = Counter((row[1], row[2]) for row in exams if row[1] in ("cancelled", "deferred", "aborted"))
    indication = Counter(row[3] for row in exams)
    records = [row for row in con.execute("SELECT exam_id, fluoro_time_min, kap_gycm2, air_kerma_mgy, complications "
                                          "FROM procedure_records") if row[0] in ids]
    doses = {}
    for name, column in (("fluoro", 1), ("kap", 2), ("air_kerma", 3)):
        values = [row[column] for row in records if row[column] is not None]
        doses[name] = (len(values), round(statistics.median(values), 2), round(quartile3(values), 2),
                       round(max(values), 2)) if values else (0, None, None, None)
    complications = Counter(code for row in records for code in set(json.loads(row[4])) if code != "none")
    resolutions = {}
    for exam_id, code, kind, voided in con.execute("SELECT exam_id, code, kind, voided_at FROM finding_resolutions "
                                                   "ORDER BY id"):
        if voided is None:
            resolutions[(exam_id, code)] = kind
    exam_status = {row[0]: row[1] for row in exams}
    outcomes = Counter()
    for exam_id, code in con.execute("SELECT exam_id, code FROM findings"):
        if exam_id not in ids:
            continue
        kind = resolutions.get((exam_id, code))
        outcome = ("override" if kind and kind.startswith("override") else "acknowledged" if kind
                   else {"deferred": "deferral", "cancelled": "cancel"}.get(exam_status[exam_id], "none"))
        outcomes[(code, outcome)] += 1
    steps = {}
    for exam_id, step, action, at in con.execute("SELECT exam_id, step, action, at FROM checklist_events ORDER BY id"):
        if exam_id in ids and action == "done":
            steps.setdefault(exam_id, {})[step] = datetime.fromisoformat(at)
    arrived = {exam_id: datetime.fromisoformat(at) for exam_id, at in
               con.execute("SELECT exam_id, completed_at FROM checkins WHERE completed_at IS NOT NULL")}
    procedure = [(s[10] - s[1]).total_seconds() / 60 for s in steps.values() if 1 in s and 10 in s]
    to_catheter = [(s[6] - arrived[e]).total_seconds() / 60 for e, s in steps.items() if 6 in s and e in arrived]
    con.close()
    return {"booked": len(exams), "status": status, "reasons": reasons, "indication": indication, "doses": doses,
            "complications": complications, "outcomes": outcomes,
            "procedure_time": (len(procedure), round(statistics.median(procedure), 1)),
            "to_catheter": (len(to_catheter), round(statistics.median(to_catheter), 1))}
