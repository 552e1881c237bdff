"""The editable patient-document texts: found in a checkout or a wheel, and the same in both languages."""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from hsg_desk.reports.texts import day_and_time, fill, load_texts
from hsg_desk.resources_path import resource_path

NAMES = ("common", "aftercare", "prep", "consent", "quality", "day_sheet", "findings")


def shape(value):
    """Keys and list lengths, not the words."""
    if isinstance(value, dict):
        return {key: shape(item) for key, item in value.items()}
    if isinstance(value, list):
        return len(value)
    return "text"


def test_fonts_and_texts_are_found():
    assert resource_path("fonts", "DejaVuSans.ttf").is_file()
    assert resource_path("texts", "es", "aftercare.json").is_file()


@pytest.mark.parametrize("name", NAMES)
def test_english_and_spanish_texts_have_the_same_parts(name):
    english = json.loads(resource_path("texts", "en", f"{name}.json").read_text(encoding="utf-8"))
    spanish = json.loads(resource_path("texts", "es", f"{name}.json").read_text(encoding="utf-8"))
    assert shape(english) == shape(spanish)
    assert load_texts("es", name) == spanish


def test_values_put_into_a_text_are_escaped():
    assert fill("<b>{name}</b>", name="O'Brien & <Sons>") == "<b>O'Brien &amp; &lt;Sons&gt;</b>"


@pytest.mark.parametrize("language, expected", [("en", "Thursday, November 26, 3:15 PM"),
                                                ("es", "jueves 26 de noviembre a las 3:15 p. m.")])
def test_times_are_written_for_the_language_in_the_facility_time_zone(language, expected):
    moment = datetime(2026, 11, 26, 22, 15, tzinfo=ZoneInfo("UTC"))
    assert day_and_time(moment, language, "America/Denver") == expected


@pytest.mark.parametrize("time_text", ["11:27 a. m.", "3:15 PM"])
def test_a_clock_time_never_breaks_across_lines(time_text):
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph

    from hsg_desk.reports.texts import esc

    paragraph = Paragraph(esc(f"Durante 24 horas, hasta el 18 de noviembre, {time_text}, evite:"),
                          getSampleStyleSheet()["Normal"])
    for width in range(60, 400, 7):  # wherever the line happens to end
        paragraph.wrap(width, 1000)
        lines = [" ".join(words) for _, words in paragraph.blPara.lines]
        assert any(time_text.replace(" ", "\u00a0") in line for line in lines), (width, lines)
