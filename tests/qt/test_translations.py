"""The interface's catalogues (resources/i18n/) hold every string the window shows, translated,
and compiled; the window comes up in Spanish with the Spanish translator installed."""

from __future__ import annotations

import enum
import importlib
import importlib.util
import json
import pkgutil
import shutil
import xml.etree.ElementTree as ET
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel

import hsg_desk.domain
from hsg_desk.qt.domain_text import LABELS
from hsg_desk.qt.i18n import chosen_language, install_translator, short_date
from hsg_desk.qt.views.main_window import MainWindow
from hsg_desk.services.context import ServiceContext
from hsg_desk.services.demo_data import write_demo_database
from hsg_desk.storage.db import open_database

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("translations", ROOT / "forms" / "translations.py")
translations = importlib.util.module_from_spec(spec)
spec.loader.exec_module(translations)
RUN_BUILD = "run python forms/build.py and translate what it marks unfinished"


def messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_the_catalogue_holds_exactly_the_strings_of_the_forms_and_views(tmp_path, language):
    """lupdate over a copy changes nothing: no string was added, changed or removed since."""
    shutil.copy(translations.catalogue(language), translations.catalogue(language, tmp_path))
    translations.update(language, tmp_path)
    assert translations.catalogue(language, tmp_path).read_text(encoding="utf-8") \
        == translations.catalogue(language).read_text(encoding="utf-8"), \
        f"hsg_desk_{language}.ts is stale: {RUN_BUILD}"


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_every_string_is_translated_and_none_is_left_over(language):
    left = [(context, message.findtext("source"), message.find("translation").get("type"))
            for context, message in messages(translations.catalogue(language))
            if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")]
    assert not left, f"{RUN_BUILD}: {left[:10]}"


def test_the_english_catalogue_holds_only_the_plurals_each_with_both_forms():
    english = list(messages(translations.catalogue("en")))
    assert english and all(message.get("numerus") == "yes" for _, message in english)
    for _, message in english:
        singular, plural = (form.text for form in message.iter("numerusform"))
        assert "%n" in singular and "%n" in plural


def test_placeholders_survive_translation():
    """A translation keeps each {name} and %n of its source: a lost one would show a blank. A
    message of the rules or the services may name any value its Message is given instead."""
    import re

    given = translations.message_values()
    placeholder = r"\{(\w+)[^{}]*\}|%n"
    for context, message in messages(translations.catalogue("es")):
        source = message.findtext("source")
        wanted = sorted(re.findall(placeholder, source))
        forms = [form.text for form in message.iter("numerusform")] or [message.findtext("translation")]
        for text in forms:
            found = sorted(re.findall(placeholder, text))
            if context == "messages" and source in given:
                assert set(found) <= given[source] or "**" in given[source], (context, source, text)
            else:
                assert found == wanted, (context, source, text)


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_the_compiled_catalogue_is_the_catalogue(tmp_path, language):
    translations.release(language, target_folder=tmp_path)
    assert translations.compiled(language).read_bytes() == translations.compiled(language, tmp_path).read_bytes(), \
        f"hsg_desk_{language}.qm is out of date: {RUN_BUILD}"


def test_the_wheel_ships_the_compiled_catalogues():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"**/*.qm"' in pyproject


def domain_lists():
    for module_info in pkgutil.iter_modules(hsg_desk.domain.__path__):
        module = importlib.import_module(f"hsg_desk.domain.{module_info.name}")
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, enum.Enum) and value.__module__ == module.__name__ \
                    and isinstance(getattr(value, "label", None), property):
                yield value


def test_every_domain_label_is_in_the_window_catalogue():
    missing = [(kind.__name__, member.label) for kind in domain_lists() for member in kind
               if member.label not in LABELS]
    assert not missing, f"add these to hsg_desk/qt/domain_text.py LABELS: {missing}"


def test_the_history_questions_the_exam_states_and_the_settings_are_in_the_window_catalogue():
    from hsg_desk.domain.case import CONDITION_QUESTIONS
    from hsg_desk.domain.lifecycle import ExamStatus
    from hsg_desk.domain.settings import SETTING_FIELDS
    from hsg_desk.qt.domain_text import EXAM_STATES, SETTING_WORDS

    assert {question for _, question in CONDITION_QUESTIONS} <= set(LABELS)
    assert set(EXAM_STATES) == set(ExamStatus)
    assert {word for spec in SETTING_FIELDS for word in (spec.label, spec.unit) if word} <= set(SETTING_WORDS)


def test_the_checklist_steps_and_the_time_out_items_are_in_the_window_catalogue():
    from hsg_desk.domain.checklist import STEPS
    from hsg_desk.qt.domain_text import STEP_TEXTS
    from hsg_desk.services.timeout_items import TIMEOUT_ITEMS

    assert [text for step in STEPS for text in (step.title, step.detail)] == list(STEP_TEXTS)
    assert {label for _, label in TIMEOUT_ITEMS} <= set(LABELS)


def test_the_findings_cards_words_are_in_the_window_catalogue():
    from hsg_desk.domain.findings import Level
    from hsg_desk.qt.domain_text import LEVEL_WORDS, VOIDED_REASON
    from hsg_desk.services.screening import VOID_REASON

    assert set(LEVEL_WORDS) == set(Level) and VOIDED_REASON == VOID_REASON


def test_a_domain_word_reads_on_screen_as_on_the_printed_summary():
    printed = json.loads((ROOT / "resources" / "texts" / "es" / "summary.json").read_text(encoding="utf-8"))
    on_screen = {message.findtext("source"): message.findtext("translation")
                 for context, message in messages(translations.catalogue("es")) if context == "domain"}
    differ = {source: (on_screen[source], printed[source]) for source in on_screen if source in printed
              and on_screen[source] != printed[source]}
    assert not differ


def test_the_start_option_wins_over_the_users_setting_and_the_system():
    assert chosen_language("es", "en") == "es"
    assert chosen_language(None, "es") == "es"
    assert chosen_language(None, "") in ("en", "es")


def test_the_window_comes_up_in_spanish(qtbot, tmp_path, clock, session, spanish):
    path = write_demo_database(tmp_path / "demo.sqlite3", patients=20, seed=3, today=date(2026, 11, 26))
    ctx = ServiceContext(db=open_database(path), clock=clock, session=session, workstation="test-ws")
    window = MainWindow(ctx, demo=True)
    qtbot.addWidget(window)
    model = window.worklist_model
    assert "DEMOSTRACIÓN" in window.windowTitle()
    assert window.ui.menuView.title() == "&Ver"
    assert [model.headerData(column, _horizontal()) for column in (0, 1, 5)] == ["Hora", "Paciente", "Estado"]
    count = model.rowCount()
    assert window.ui.worklistCount.text() == (f"{count} estudios" if count != 1 else "1 estudio")
    assert {model.index(row, 5).data() for row in range(count)} & {"Programado", "Llegó", "Completado"}
    view = window.ui.worklistView
    clipped = [model.index(row, column).data() for row in range(count) for column in range(model.columnCount())
               if not view.horizontalHeader().stretchLastSection() and column != 1
               and view.sizeHintForIndex(model.index(row, column)).width() > view.columnWidth(column)]
    assert not clipped, "Spanish cells painted elided (…)"
    assert short_date(date(1990, 3, 4)) == "4 mar 1990"
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"  # Qt's own buttons too


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


# -- the rules' and the services' messages (hsg_desk.domain.message) ---------------------------
def _built_in_place(argument):
    """The f-strings and concatenations in a message argument: a sentence the catalogue cannot
    hold. The values given to a Message are its values, not its sentence."""
    import ast

    if isinstance(argument, ast.JoinedStr) or (isinstance(argument, ast.BinOp) and isinstance(argument.op, ast.Add)):
        return [argument]
    if isinstance(argument, ast.IfExp):
        return _built_in_place(argument.body) + _built_in_place(argument.orelse)
    if isinstance(argument, ast.Call) and isinstance(argument.func, ast.Attribute):
        return _built_in_place(argument.func.value)  # f"…".rstrip()
    return []


def test_every_message_of_the_rules_and_the_services_is_a_template_the_catalogue_holds():
    import ast

    trees = translations.parsed_message_files()
    built = [ast.unparse(node)[:90] for _, argument in translations.message_arguments(trees)
             for node in _built_in_place(argument)]
    built += [ast.unparse(call)[:90] for call, argument in translations.message_arguments(trees)
              if getattr(call.func, "id", getattr(call.func, "attr", "")) == "Message"
              and not isinstance(argument, ast.Constant)]
    assert not built, f"write these as Message(template, **values) (hsg_desk/domain/message.py): {built}"
    spanish = {message.findtext("source") for context, message in messages(translations.catalogue("es"))
               if context == "messages"}
    assert set(translations.messages()) <= spanish


def test_the_state_phrases_and_the_record_names_are_in_the_window_catalogue():
    from hsg_desk.domain.errors import RECORD_NAMES
    from hsg_desk.domain.lifecycle import STATE_PHRASES
    from hsg_desk.qt.domain_text import RECORD_WORDS
    from hsg_desk.qt.domain_text import STATE_PHRASES as ON_SCREEN

    assert set(STATE_PHRASES.values()) == set(ON_SCREEN)
    from hsg_desk.domain.case import Indication
    from hsg_desk.domain.vocabulary import TestMethod, TestResult
    from hsg_desk.qt.domain_text import INDICATION_WORDS, TEST_WORDS

    assert {indication.label.lower() for indication in Indication} == set(INDICATION_WORDS)
    assert {word.value for word in (*TestMethod, *TestResult)} == set(TEST_WORDS)
    assert set(RECORD_NAMES.values()) <= set(RECORD_WORDS)
    from hsg_desk.domain.errors import DatabaseUnreachable
    from hsg_desk.qt.domain_text import UNREACHABLE

    assert UNREACHABLE == DatabaseUnreachable.MESSAGE
    from hsg_desk.qt.domain_text import PROCEDURE_FIELD_WORDS
    from hsg_desk.domain.procedure_record import LABELS as PROCEDURE_FIELDS

    assert set(PROCEDURE_FIELDS.values()) == set(PROCEDURE_FIELD_WORDS)
    from hsg_desk.qt.domain_text import AMENDABLE_WORDS
    from hsg_desk.services.amendment_text import AMENDABLE, AMENDED_RECORDS

    assert {label for fields in AMENDABLE.values() for label in fields.values()} | set(AMENDED_RECORDS.values()) \
        == set(AMENDABLE_WORDS)


def test_a_message_keeps_its_english_and_is_said_in_spanish(spanish):
    from hsg_desk.domain.checklist import StepAlreadyDone
    from hsg_desk.domain.errors import ConflictError, DomainError, ValidationError
    from hsg_desk.domain.lifecycle import ExamStatus
    from hsg_desk.domain.message import Message
    from hsg_desk.domain.permissions import Action, PermissionDenied
    from hsg_desk.qt.domain_text import error_text, field_error_text
    from hsg_desk.qt.i18n import day_and_time

    at = datetime(2026, 12, 5, 8, 40)
    already = StepAlreadyDone(6, "tech", at)
    assert str(already) == "Step 6 was already done by tech at Sat Dec 5 8:40 AM."
    assert error_text(already) == f"El paso 6 ya lo hizo tech ({day_and_time(at)})."
    assert day_and_time(at).startswith("sáb 5 dic, 8:40")
    closed = DomainError(Message("The exam {state}: the checklist is closed.",
                                 state=Message.word("domain", ExamStatus.ABORTED.state)))
    assert error_text(closed) == "El estudio se interrumpió: la lista de verificación está cerrada."
    assert error_text(ConflictError("histories", 3)).startswith("La historia clínica se cambió en otra estación")
    assert error_text(PermissionDenied(Action.MANAGE_USERS)) == \
        "No tiene permiso para administrar usuarios. Esto requiere el rol de administración."
    too_early = ValidationError("history.lmp", Message("cannot be before her birth date {day}", day=date(1990, 3, 4)))
    assert field_error_text(too_early) == "No puede ser anterior a su fecha de nacimiento, dom 4 mar 1990."
    assert error_text(DomainError("Step 6 is already done.")) == "El paso 6 ya está hecho."
    from hsg_desk.domain.message import Listing

    unanswered = DomainError(Message("Step 1 needs the history complete. Still unanswered: {questions}.",
                                     questions=Listing([Message.word("domain", "Asthma"),
                                                        Message.word("domain", "Last day of flow")], ", ")))
    assert str(unanswered) == "Step 1 needs the history complete. Still unanswered: Asthma, Last day of flow."
    assert error_text(unanswered) == ("El paso 1 necesita la historia clínica completa. Sin responder: Asma, "
                                      "Último día de sangrado.")
    assert error_text(DomainError("A message nobody wrote yet.")) == "A message nobody wrote yet."


@pytest.mark.parametrize("table, field, value, english, spanish_text", [
    ("procedure", "contrast_reaction_severity", "fatal", "choose mild, moderate or severe",
     "elija leve, moderada o grave"),
    ("checkin", "payment_kind", "barter", "choose insurance or self-pay", "elija seguro médico o pago propio"),
    ("test", "method", "saliva", "choose serum (blood) or urine", "elija suero (sangre) u orina"),
    ("procedure", "complications", ["none", "bleeding"], "“None” cannot go with a complication",
     "“Ninguno” no puede ir con otra opción"),
    ("procedure", "version", 3, "not a procedure record field", "no es un campo del registro del procedimiento"),
    ("checkin", "version", 3, "not a check-in item", "no es un dato del registro de llegada"),
])
def test_a_field_refusal_names_its_choices_in_the_language(spanish, table, field, value, english, spanish_text):
    """No English word inside a Spanish refusal: the choices (and what the fields are) are said
    by their Spanish words."""
    from hsg_desk.domain.checkin import CHECKIN_FIELDS, PREGNANCY_TEST_FIELDS
    from hsg_desk.domain.errors import ValidationError
    from hsg_desk.domain.procedure_record import PROCEDURE_FIELDS
    from hsg_desk.qt.domain_text import said

    tables = {"procedure": PROCEDURE_FIELDS, "checkin": CHECKIN_FIELDS, "test": PREGNANCY_TEST_FIELDS}
    with pytest.raises(ValidationError) as refused:
        tables[table].clean(field, value)
    assert (str(refused.value.message), said(refused.value.message)) == (english, spanish_text)


def test_a_finding_card_reads_as_the_spanish_summary_prints_it(qtbot, tmp_path, spanish):
    import json
    import sys

    sys.path.insert(0, str(ROOT / "tests"))
    from exam_room_builders import answer_history, arrived_exam, context, open_db

    from hsg_desk.qt.widgets.findings_panel import FindingsPanel
    from hsg_desk.services.screening import ScreeningService

    db, clock, users = open_db(tmp_path / "hsg.sqlite3")
    tech = context(db, clock, users["tech"])
    _, exam_id = arrived_exam(db)
    answer_history(db, exam_id, lmp="2026-11-10", intercourse_since_lmp=1)
    states = ScreeningService(tech).refresh(exam_id)
    panel = FindingsPanel(tech)
    qtbot.addWidget(panel)
    panel.show_states(exam_id, states, editable=True)
    printed = json.loads((ROOT / "resources" / "texts" / "es" / "findings.json").read_text(encoding="utf-8"))
    texts = [label.text() for card in panel.cards.values() for label in card.findChildren(QLabel)]
    assert any(printed["cycle.intercourse"] in text for text in texts)
    late = printed["cycle.day_late"].format(cycle_day=17, last_cycle_day=10)  # Nov 10 → Nov 26
    assert any(late in text for text in texts), texts
    assert not any("cycle day" in text for text in texts)


# An English sentence written straight into the window's code never reaches the catalogue.
NOT_FOR_THE_CATALOGUE = {
    "This plugin does not support propagateSizeHints()",  # Qt's own warnings, filtered from the log
    "This plugin does not support raise()",
    "d MMM yyyy", "ddd d MMM yyyy",  # QLocale date patterns
    "unsupported interface language ", ": choose from ",  # a programming error (ValueError)
    "p. ej., doxiciclina 100 mg dos veces al día por 5 días",  # already Spanish: the Spanish antibiotics' example
}
NOT_SHOWN = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "setObjectName", "setStyleSheet", "setProperty",
             "info", "debug", "warning", "error", "exception", "critical", "getLogger", "property", "startswith",
             "endswith", "replace", "split", "join", "format", "toString", "QKeySequence", "findChild", "findChildren",
             "get", "log"}


def test_no_english_sentence_is_written_into_the_window_code():
    import ast
    import re

    written = []
    for path in sorted((ROOT / "hsg_desk" / "qt").rglob("*.py")):
        if path.parent.name == "ui":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and re.search(r"[A-Za-z]{3,} [a-z]{2,}", node.value)) or node.value in NOT_FOR_THE_CATALOGUE:
                continue
            parent = parents.get(node)
            if isinstance(parent, ast.Expr):
                continue  # a docstring
            calls, above = [], parent
            for _ in range(4):
                if isinstance(above, ast.Call):
                    calls.append(getattr(above.func, "id", getattr(above.func, "attr", "")))
                above = parents.get(above)
            if not set(calls) & NOT_SHOWN:
                written.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value[:60]!r}")
    assert not written, f"put these through self.tr() or QCoreApplication.translate(): {written}"
