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
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

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
    """A translation keeps each {name} and %n of its source: a lost one would show a blank."""
    import re

    for context, message in messages(translations.catalogue("es")):
        source = message.findtext("source")
        wanted = sorted(re.findall(r"\{\w+\}|%n", source))
        forms = [form.text for form in message.iter("numerusform")] or [message.findtext("translation")]
        for text in forms:
            assert sorted(re.findall(r"\{\w+\}|%n", text)) == wanted, (context, source, text)


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
    from hsg_desk.domain.settings import SETTING_SPECS
    from hsg_desk.qt.domain_text import EXAM_STATES, SETTING_WORDS

    assert {question for _, question in CONDITION_QUESTIONS} <= set(LABELS)
    assert set(EXAM_STATES) == set(ExamStatus)
    assert {word for spec in SETTING_SPECS.values() for word in (spec.label, spec.unit) if word} <= set(SETTING_WORDS)


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


@pytest.fixture
def spanish(qapp):
    install_translator(qapp, "es")
    yield
    install_translator(qapp, "en")


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
