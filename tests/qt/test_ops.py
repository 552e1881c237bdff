"""qt/ops.py: work on a worker thread, the answer back on the UI thread, errors and progress shown."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QMainWindow, QWidget

from hsg_desk.domain.errors import DomainError
from hsg_desk.qt import ops
from hsg_desk.qt.ops import Op, ProgressIndicator
from hsg_desk.qt.widgets.prompts import ScriptedPrompts


@pytest.fixture
def window(qtbot):
    widget = QWidget()
    widget.prompts = ScriptedPrompts()
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.show()
    return widget


def op_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith(ops.THREAD_PREFIX)]


def test_the_work_runs_on_a_worker_and_the_answer_arrives_on_the_ui_thread(window, qtbot):
    answers = []
    op = Op(parent=window, work=lambda progress: threading.current_thread().name,
            success=lambda name: answers.append((name, threading.current_thread())))
    op.run()
    qtbot.waitUntil(lambda: bool(answers))
    worker_name, called_on = answers[0]
    assert worker_name.startswith(ops.THREAD_PREFIX)
    assert called_on is threading.main_thread()
    assert ops.running() == 0 and not op_threads()      # no thread is left running
    assert window.prompts.asked == []


def test_a_rule_error_is_shown_through_the_windows_prompts(window, qtbot):
    def refuse(progress):
        raise DomainError("The summary can be printed once the exam is performed.")

    succeeded = []
    Op(parent=window, work=refuse, success=succeeded.append).run()
    qtbot.waitUntil(lambda: bool(window.prompts.asked))
    assert window.prompts.asked == [("error", "HSG Desk", "The summary can be printed once the exam is performed.")]
    assert succeeded == [] and ops.running() == 0 and not op_threads()


def test_an_unexpected_error_says_what_stopped_and_is_logged(window, qtbot, caplog):
    def broken(progress):
        raise ZeroDivisionError("division by zero")

    Op(parent=window, work=broken, success=print).with_progress("Printing").run()
    qtbot.waitUntil(lambda: bool(window.prompts.asked))
    assert window.prompts.asked[0][2] == "Printing stopped because of an unexpected problem: division by zero"
    assert "Printing failed" in caplog.text and "ZeroDivisionError" in caplog.text


def test_a_failure_handler_replaces_the_message(window, qtbot):
    errors = []
    Op(parent=window, work=lambda progress: open("/nonexistent/folder/x.pdf", "wb"),
       success=print).failure(errors.append).run()
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], FileNotFoundError)
    assert window.prompts.asked == []


def test_progress_shows_in_the_window_while_the_work_runs(window, qtbot):
    go_on, reached = threading.Event(), threading.Event()

    def three_pages(progress):
        progress(1, 3)
        reached.set()
        go_on.wait(10)
        progress(3, 3)
        return "printed"

    answers = []
    Op(parent=window, work=three_pages, success=answers.append).with_progress("Printing the summary…").run()
    indicator = window.findChild(ProgressIndicator)
    qtbot.waitUntil(lambda: indicator.isVisible())       # shown once the work outlasts a blink
    qtbot.waitUntil(lambda: indicator.bar.maximum() == 3)
    assert indicator.label.text() == "Printing the summary…"
    assert indicator.bar.value() == 1
    assert reached.is_set() and answers == []
    go_on.set()
    qtbot.waitUntil(lambda: answers == ["printed"])
    assert not indicator.isVisible()
    assert not op_threads()


def test_a_short_op_never_flashes_the_indicator(window, qtbot):
    answers = []
    Op(parent=window, work=lambda progress: 1, success=answers.append).with_progress("Saving…").run()
    qtbot.waitUntil(lambda: bool(answers))
    assert not window.findChild(ProgressIndicator).isVisible()


def test_the_main_window_shows_progress_in_its_status_bar(qtbot):
    main = QMainWindow()
    qtbot.addWidget(main)
    main.show()
    go_on = threading.Event()
    answers = []
    Op(parent=main, work=lambda progress: go_on.wait(10), success=answers.append).with_progress("Checking…").run()
    indicator = main.statusBar().findChild(ProgressIndicator)
    assert indicator is not None and not indicator.floating
    qtbot.waitUntil(lambda: indicator.isVisible())
    go_on.set()
    qtbot.waitUntil(lambda: answers == [True])
    assert not indicator.isVisible()


def test_a_window_closed_before_the_answer_hears_nothing(qtbot):
    widget = QWidget()
    go_on = threading.Event()
    answers = []
    op = Op(parent=widget, work=lambda progress: go_on.wait(10), success=answers.append)
    op.run()
    widget.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(widget))
    go_on.set()
    qtbot.waitUntil(lambda: ops.running() == 0)
    assert answers == [] and not op_threads()


def test_wait_all_lets_running_work_finish(window, qtbot):
    go_on = threading.Event()
    answers = []
    Op(parent=window, work=lambda progress: go_on.wait(10), success=answers.append).run()
    assert ops.running() == 1
    threading.Timer(0.05, go_on.set).start()
    assert ops.wait_all(timeout_s=10)
    assert not op_threads()
    qtbot.waitUntil(lambda: answers == [True])
