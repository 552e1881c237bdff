"""No service hands a dict row up to the views (#17 §1): what a service returns is a typed
value, a frozen domain type or a service's own dataclass, all the way down its fields, whose
attributes the views read instead of parsing a dict keyed by column name.

Two checks. Read from the annotations: every public function and method of hsg_desk.services
says what it returns, and nowhere in that type (nor in the fields of the dataclasses in it) is
a bare `dict`, a `dict[str, Any]`, a Mapping or a sqlite3.Row, the shapes a row takes. Then what the
views read about a real signed exam (the exam room, check-in, banner, worklist, screening and the
documents' facts; on each database) is walked: a dict where no annotation promises one is a row.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
import sqlite3
import typing
from collections.abc import Mapping

import pytest

import hsg_desk.services
from hsg_desk.services.checkin import CheckinService
from hsg_desk.services.documents import load_document_facts
from hsg_desk.services.exam_room import ExamRoomService
from hsg_desk.services.screening import ScreeningService
from hsg_desk.services.worklist import WorklistService

from test_exam_room import signed_exam


def _row_in(annotation, where: str, seen: set) -> list[str]:
    """Where in `annotation` a row shape hides ("Sheet.answers: dict"), or []."""
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if annotation is dict or annotation is sqlite3.Row or origin in (Mapping, typing.Mapping):
        return [f"{where}: {annotation!r}"]
    if origin is dict and (not args or args[1] is typing.Any):
        return [f"{where}: {annotation!r}"]
    found = [problem for arg in args for problem in _row_in(arg, where, seen)]
    if (dataclasses.is_dataclass(annotation) and isinstance(annotation, type)
            and annotation.__module__.startswith("hsg_desk.") and annotation not in seen):
        seen.add(annotation)
        hints = typing.get_type_hints(annotation)
        for field in dataclasses.fields(annotation):
            found += _row_in(hints[field.name], f"{annotation.__name__}.{field.name}", seen)
    return found


def _public_functions():
    """(module.qualname, function) for every public function and method the services define."""
    for info in pkgutil.iter_modules(hsg_desk.services.__path__):
        module = importlib.import_module(f"hsg_desk.services.{info.name}")
        for name, value in vars(module).items():
            if name.startswith("_") or getattr(value, "__module__", None) != module.__name__:
                continue
            if inspect.isfunction(value):
                yield f"{info.name}.{name}", value
            elif inspect.isclass(value):
                for method_name, method in vars(value).items():
                    if not method_name.startswith("_") and inspect.isfunction(method):
                        yield f"{info.name}.{name}.{method_name}", method


def _rows_returned() -> list[str]:
    problems = []
    for where, function in _public_functions():
        hints = typing.get_type_hints(function)
        if "return" not in hints:
            problems.append(f"{where}: says not what it returns")
            continue
        problems += _row_in(hints["return"], where, set())
    return problems


def test_no_service_returns_a_dict_row():
    assert _rows_returned() == []


@dataclasses.dataclass(frozen=True)
class Sheet:  # what HistorySheet was before #17: the answers as a dict of columns
    answers: dict


def test_the_guard_sees_a_row_where_one_is_returned():
    Sheet.__module__ = "hsg_desk.services.example"  # the guard looks inside the project's own types
    assert _row_in(Sheet, "history", set()) == ["Sheet.answers: <class 'dict'>"]
    assert _row_in(list[dict[str, typing.Any]], "rows", set()) == ["rows: dict[str, typing.Any]"]
    assert _row_in(sqlite3.Row | None, "row", set()) == ["row: <class 'sqlite3.Row'>"]
    assert _row_in(dict[str, str], "field errors", set()) == []


def holds_row(value, hint=None) -> list[str]:
    """Where a returned value holds a dict that no annotation promised (a row)."""
    if isinstance(value, dict):
        promised = typing.get_origin(hint) in (dict, Mapping)  # e.g. a form's errors by field
        return [] if promised else [f"a dict {sorted(value)[:4]}…"]
    if isinstance(value, sqlite3.Row):
        return ["a sqlite3.Row"]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        hints = typing.get_type_hints(type(value))
        return [f"{type(value).__name__}.{field.name}: {where}" for field in dataclasses.fields(value)
                for where in holds_row(getattr(value, field.name), hints.get(field.name))]
    if isinstance(value, (list, tuple)):
        inner = next(iter(typing.get_args(hint)), None)
        return [where for item in value for where in holds_row(item, inner)]
    return []


def test_the_walk_sees_a_row_where_one_is_held():
    assert holds_row([Sheet({"asthma": 1})], list[Sheet]) == ["Sheet.answers: a dict ['asthma']…"]
    assert holds_row({"wait": 30}, dict[str, int]) == []  # a dict the annotation promises is no row


@pytest.fixture
def signed(db_target):
    _db, tech, exam_id = signed_exam(db_target)
    return tech, exam_id


# What the views read about one exam: (the call, the function whose annotation promises its type).
READERS = {
    "procedure": (lambda ctx, exam_id: ExamRoomService(ctx).procedure(exam_id), ExamRoomService.procedure),
    "history": (lambda ctx, exam_id: ExamRoomService(ctx).history(exam_id), ExamRoomService.history),
    "timeout": (lambda ctx, exam_id: ExamRoomService(ctx).timeout(exam_id), ExamRoomService.timeout),
    "amendments": (lambda ctx, exam_id: ExamRoomService(ctx).amendments(exam_id), ExamRoomService.amendments),
    "checklist": (lambda ctx, exam_id: ExamRoomService(ctx).checklist(exam_id), ExamRoomService.checklist),
    "timeout_items": (lambda ctx, exam_id: ExamRoomService(ctx).timeout_items(exam_id),
                      ExamRoomService.timeout_items),
    "procedure_problems": (lambda ctx, exam_id: ExamRoomService(ctx).procedure_problems(exam_id),
                           ExamRoomService.procedure_problems),
    "check-in": (lambda ctx, exam_id: CheckinService(ctx).load(exam_id), CheckinService.load),
    "banner": (lambda ctx, exam_id: WorklistService(ctx).overview(exam_id), WorklistService.overview),
    "worklist": (lambda ctx, exam_id: WorklistService(ctx).day(WorklistService(ctx).overview(exam_id)
                                                                .exam.scheduled_at.date()), WorklistService.day),
    "screening case": (lambda ctx, exam_id: ScreeningService(ctx).case_for(exam_id), ScreeningService.case_for),
    "document facts": (load_document_facts, load_document_facts),
}


@pytest.mark.parametrize("reader", READERS)
def test_what_the_views_read_about_a_signed_exam_holds_no_row(signed, reader):
    ctx, exam_id = signed
    if reader == "amendments":
        ExamRoomService(ctx).amend_procedure(exam_id, "contrast_lot", "L124", "Lot misread", "tech-demo")
    read, promise = READERS[reader]
    value = read(ctx, exam_id)
    assert value is not None and value != []  # a signed exam has each of these
    assert holds_row(value, typing.get_type_hints(promise).get("return")) == []
