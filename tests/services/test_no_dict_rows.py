"""No service hands a dict row up to the views (#17 §1): what a service returns is a typed
value, a frozen domain type or a service's own dataclass, all the way down its fields.

Read from the annotations: every public function and method of hsg_desk.services says what
it returns, and nowhere in that type (nor in the fields of the dataclasses in it) is a bare
`dict`, a `dict[str, Any]`, a Mapping or a sqlite3.Row, the shapes a row takes.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
import sqlite3
import typing
from collections.abc import Mapping

import hsg_desk.services

# Maps that are not rows: field name → new value that a service builds for its own saves
# (change sets), and a checklist step's free detail ({"locker": 12}, kept as JSON).
NOT_ROWS = {"procedure_checks.emptied_with", "product_scans.fields_from_scan", "ScanOutcome.filled",
            "ChecklistEvent.data"}
# Rows still on their way to typed values (#17 §1, the procedure record, check-in and time-out
# lane): each entry must still be a row, so the list can only shrink.
ROWS_BEING_TYPED: set[str] = set()


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
            name = f"{annotation.__name__}.{field.name}"
            if name not in NOT_ROWS | ROWS_BEING_TYPED:
                found += _row_in(hints[field.name], name, seen)
    return found


def _public_functions():
    """(module.qualname, function) for every public function and method the services define."""
    for info in pkgutil.iter_modules(hsg_desk.services.__path__):
        module = importlib.import_module(f"hsg_desk.services.{info.name}")
        for name, value in vars(module).items():
            if name.startswith("_") or getattr(value, "__module__", None) != module.__name__:
                continue
            if inspect.isfunction(value):
                yield f"{info.name}.{name}", name, value
            elif inspect.isclass(value):
                for method_name, method in vars(value).items():
                    if not method_name.startswith("_") and inspect.isfunction(method):
                        yield f"{info.name}.{name}.{method_name}", f"{name}.{method_name}", method


def _rows_returned() -> list[str]:
    problems = []
    for where, short, function in _public_functions():
        if where in NOT_ROWS or short in ROWS_BEING_TYPED:
            continue
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


def test_each_row_still_being_typed_is_still_a_row():
    """Once a row in ROWS_BEING_TYPED is typed, its entry goes (the list only shrinks)."""
    functions = {short: function for _, short, function in _public_functions()}
    still_rows = set()
    for name in ROWS_BEING_TYPED:
        owner, member = name.split(".")
        if name in functions:
            annotation = typing.get_type_hints(functions[name]).get("return", dict)
        else:
            cls = next(function.__globals__[owner] for function in functions.values() if owner in function.__globals__)
            annotation = typing.get_type_hints(cls).get(member)
        if _row_in(annotation, name, set()):
            still_rows.add(name)
    assert still_rows == ROWS_BEING_TYPED
