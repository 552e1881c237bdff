"""Any name registration accepts prints on all four documents (issue 14 §4), and a name that
cannot be printed is refused at registration with a message naming the character."""

from __future__ import annotations

import io
import re
import unicodedata
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import getFont

from hsg_desk.domain.errors import ValidationError
from hsg_desk.domain.patient import Patient, validated_patient
from hsg_desk.domain.scripts import SCRIPTS, ZWJ, ZWNJ, needs_shaping, script_of
from hsg_desk.reports import build_document
from hsg_desk.reports.fonts import face_name, font_markup, register_fonts, script_runs
from hsg_desk.reports.styles import document_styles, paragraph
from hsg_desk.services.documents import load_document_facts

import document_exam_data as data

# Realistic, invented names: (script, family name, given name).
NAMES = [
    ("Latin with diacritics", "Ó Súilleabháin-Łukasiewicz", "Zoë Françoise"),
    ("Greek", "Παπαδοπούλου", "Ελένη"),
    ("Cyrillic", "Кузнецова", "Мария"),
    ("Arabic", "الزهراء", "فاطمة"),
    ("Hebrew", "כהן", "רבקה"),
    ("Devanagari", "शर्मा", "प्रिया"),
    ("Chinese", "王", "秀英"),
    ("Vietnamese", "Nguyễn", "Thị Hương"),
    ("Persian with ZWNJ", "رضایی", "نرگس\u200cخانم"),
    ("Devanagari with ZWJ", "क्\u200dषत्रिय", "अर्जुन"),
]
TODAY = date(2026, 11, 25)


def postscript_name(registered: str) -> str:
    register_fonts()
    name = getFont(registered).face.name
    return name.decode() if isinstance(name, bytes) else name


def register(family: str, given: str) -> Patient:
    return validated_patient(Patient(None, "HSG0000009", family, given, date(1990, 3, 4)), TODAY)


@pytest.mark.parametrize("script, family, given", NAMES, ids=[name[0] for name in NAMES])
def test_registration_accepts_the_name_and_every_document_prints_it_in_its_faces(tmp_path, script, family, given):
    patient = register(family, given)
    assert (patient.family_name, patient.given_name) == (family, given)
    db = data.open_store(tmp_path / "hsg.sqlite3")
    facts = load_document_facts(data.context(db), data.performed_exam(db, family=family, given=given))
    needed = {postscript_name(face_name(run_script)) for run_script, _ in script_runs(family + given)}
    for kind, language in (("summary", "en"), ("aftercare", "es"), ("prep", "en"), ("consent", "es")):
        reader = PdfReader(io.BytesIO(build_document(kind, facts, language)))
        fonts = {str(font["/BaseFont"]).split("+")[-1] for page in reader.pages
                 for font in page["/Resources"]["/Font"].values()}
        assert needed <= fonts, (kind, language, needed - fonts)


@pytest.mark.parametrize("text, character", [
    ("Ana\u0e01", "U+0E01 THAI CHARACTER KO KAI"),           # a script the documents do not carry
    ("\u200cAna", "U+200C (ZERO WIDTH NON-JOINER)"),            # a joiner that joins nothing
    ("Ana\u200e", "U+200E (LEFT-TO-RIGHT MARK)"),
    ("Ana\U0001F600", "U+1F600 GRINNING FACE"),
])
def test_a_name_that_cannot_print_is_refused_naming_the_character(text, character):
    with pytest.raises(ValidationError, match=re.escape(character)) as refused:
        register("Lee", text)
    assert refused.value.field == "given_name"
    assert "cannot show" in refused.value.message


def test_every_character_of_the_printable_scripts_has_a_glyph_in_its_face():
    register_fonts()
    missing = []
    for script, ranges in SCRIPTS.items():
        face = getFont(face_name(None if script in ("latin", "greek", "cyrillic") else script)).face
        for low, high in ranges:
            for point in range(low, high + 1):
                character = chr(point)
                if unicodedata.category(character) in ("Cn", "Cc", "Cf", "Co", "Cs", "Zl", "Zp"):
                    continue
                if script_of(character) == script and point not in face.charToGlyph:
                    missing.append(f"{script} U+{point:04X}")
    assert not missing, (len(missing), missing)
    assert ZWNJ and ZWJ


@pytest.mark.parametrize("script, family, given", NAMES, ids=[name[0] for name in NAMES])
def test_only_text_that_changes_when_shaped_goes_through_harfbuzz(script, family, given):
    """Joining, conjuncts, right-to-left order and joiners need HarfBuzz; Latin (precomposed
    Vietnamese too), Greek, Cyrillic and Chinese print glyph by glyph, on reportlab's fast path."""
    shaped = script in ("Arabic", "Hebrew", "Devanagari", "Persian with ZWNJ", "Devanagari with ZWJ")
    assert needs_shaping(f"{family}, {given}") is shaped
    style = document_styles()["cell"]
    assert paragraph(font_markup(f"{family}, {given}"), style).style.shaping == int(shaped)


def test_a_combining_mark_is_shaped_so_it_sits_on_its_letter():
    assert needs_shaping("Nguye\u0302\u0303n")  # ễ typed as e + two combining marks
    assert not needs_shaping("Nguyễn — 7:36 AM · ✓")
