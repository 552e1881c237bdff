"""The preparation sheet carries every instruction the patient page gives, in English and Spanish (issue 14 §1)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from hsg_desk.reports import build_prep_sheet
from hsg_desk.services.documents import load_document_facts, prep_sheet_warning
from hsg_desk.storage.settings import save_settings

import document_exam_data as data
from test_documents import pages, text

# What each language must say, one phrase per instruction of the patient page.
INSTRUCTIONS = {
    "en": ["have an inflammatory condition", "take any medicines: tell us every one", "especially to barium",
           "the contrast (dye) used for CT scans", "to iodine", "the referral (order) for this exam from your doctor",
           "your insurance card", "may not cover this exam", "payment is due at your visit",
           "Your doctor's office arranges the test", "the result reaches us before your appointment",
           "fax the result to us at (555) 010-2099", "does not give results",
           "sends the report to your doctor, who will give you the results", "Please do not count on this",
           "sanitary napkin", "Aleve or Motrin", "drive you home", "about 30 minutes"],
    "es": ["tiene una enfermedad inflamatoria", "díganos todos los que toma", "sobre todo al bario",
           "al medio de contraste (tinte) que se usa en las tomografías", "al yodo", "la orden de su médico",
           "su tarjeta del seguro médico", "no cubra este estudio", "el pago se hace el día de la cita",
           "El consultorio de su médico se encarga de la prueba", "nos llegue antes de su cita",
           "por fax al (555) 010-2099", "no da resultados", "envía el informe a su médico, que le dará los resultados",
           "No cuente con ello", "toalla sanitaria", "Aleve o Motrin", "la lleve a casa", "unos 30 minutos"],
}


@pytest.fixture
def db(tmp_path):
    db = data.open_store(tmp_path / "hsg.sqlite3")
    save_settings(db, {"facility_fax": "(555) 010-2099"}, data.BOOKED, None)
    return db


def history(db, exam_id: int, **columns) -> None:
    for column, value in columns.items():
        db.execute(f"UPDATE histories SET {column} = ? WHERE exam_id = ?", [value, exam_id])


def facts_of(db, exam_id):
    return load_document_facts(data.context(db), exam_id)


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_instruction_of_the_patient_page_is_on_the_sheet(db, language):
    # A phrase wrapped across two lines is still on the sheet: compare with whitespace folded.
    body = " ".join(text(build_prep_sheet(facts_of(db, data.performed_exam(db)), language)).split())
    missing = [phrase for phrase in INSTRUCTIONS[language] if phrase not in body]
    assert not missing


def test_without_a_fax_number_in_the_settings_the_sheet_names_none(tmp_path):
    db = data.open_store(tmp_path / "nofax.sqlite3")
    body = text(build_prep_sheet(facts_of(db, data.performed_exam(db)), "en"))
    assert "Your doctor's office arranges the test" in body and "fax" not in body


@pytest.mark.parametrize("language, abstain, test_line", [
    ("en", "from the first day of your period", "Since you do not have periods, the pregnancy blood test"),
    ("es", "desde el primer día de su periodo", "Como usted no tiene periodos, la prueba de embarazo en sangre")])
def test_no_periods_gives_the_pregnancy_test_instruction_not_the_period_wording(db, language, abstain, test_line):
    exam_id = data.performed_exam(db)
    with_periods = text(build_prep_sheet(facts_of(db, exam_id), language))
    history(db, exam_id, no_periods=1, lmp=None, flow_ended_on=None)
    body = text(build_prep_sheet(facts_of(db, exam_id), language))
    assert abstain in with_periods and abstain not in body
    assert test_line in body


@pytest.mark.parametrize("language, says", [
    ("en", "This date is outside the days that fit your cycle (see below). We will call you to move your "
           "appointment"),
    ("es", "Esta fecha no cae en los días adecuados para su ciclo (vea abajo). La llamaremos para cambiar su cita")])
def test_a_date_outside_her_window_is_said_plainly_and_warned_to_the_front_desk(db, language, says):
    exam_id = data.performed_exam(db)
    assert says not in text(build_prep_sheet(facts_of(db, exam_id), language))
    assert prep_sheet_warning(facts_of(db, exam_id)) == ""
    history(db, exam_id, lmp="2026-11-12", flow_ended_on=None)   # days 7-10: Nov 18-21; the exam is on Nov 25
    facts = facts_of(db, exam_id)
    assert facts.appointment_outside_window
    assert says in text(build_prep_sheet(facts, language))
    assert prep_sheet_warning(facts) == ("The appointment (Wed Nov 25, 2026) is outside her cycle window "
                                         "(Wed Nov 18, 2026 to Sat Nov 21, 2026): the sheet tells her the clinic "
                                         "will call to move it. Move the appointment, or call her.")


def test_the_window_starts_after_her_recorded_flow_end_else_the_typical_flow_setting(db):
    exam_id = data.performed_exam(db)
    history(db, exam_id, lmp="2026-11-18", flow_ended_on="2026-11-21")
    facts = facts_of(db, exam_id)
    assert facts.booking_window == (date(2026, 11, 22), date(2026, 11, 27)) and facts.window_from_flow_end
    body = text(build_prep_sheet(facts, "en"))
    assert "started on Wednesday, November 18 and stopped on Saturday, November 21" in body
    assert "Sunday, November 22 to Friday, November 27" in body
    history(db, exam_id, flow_ended_on=None)
    facts = facts_of(db, exam_id)
    assert facts.booking_window == (date(2026, 11, 18) + timedelta(days=6), date(2026, 11, 27))
    assert not facts.window_from_flow_end


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("premedication", [False, True])
def test_the_sheet_is_one_page_or_two_well_filled_pages_split_at_a_heading(db, language, premedication):
    exam_id = data.performed_exam(db, premedication=premedication)
    history(db, exam_id, lmp="2026-11-12", flow_ended_on=None)
    pdf = build_prep_sheet(facts_of(db, exam_id), language)
    sheet = pages(pdf)
    assert ("Prednis" in text(pdf)) is premedication
    if len(sheet) == 2:
        # Both halves carry a good share of the text: never a second page three-quarters empty.
        lengths = [len(page) for page in sheet]
        assert min(lengths) > 0.6 * max(lengths), lengths
    else:
        assert len(sheet) == 1
