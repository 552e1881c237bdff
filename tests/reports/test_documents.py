"""The four documents read back with pypdf: computed times, header on every page, escaping, languages."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import timedelta

import pytest
from pypdf import PdfReader

from hsg_desk.domain.case import Indication
from hsg_desk.domain.checklist import ChecklistEvent, StepAction
from hsg_desk.domain.roles import Role
from hsg_desk.reports import build_aftercare, build_consent, build_document, build_prep_sheet, build_summary
from hsg_desk.services.documents import (DocumentNotReady, catheter_removal_time,
                                         load_document_facts, record_document_output)

import document_exam_data as data


def pages(pdf: bytes) -> list[str]:
    """Each page's text, whitespace folded so a wrapped line still matches."""
    return [re.sub(r"\s+", " ", page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


def text(pdf: bytes) -> str:
    return " ".join(pages(pdf))


@pytest.fixture
def db(tmp_path):
    return data.open_store(tmp_path / "hsg.sqlite3")


@pytest.fixture
def facts(db):
    exam_id = data.performed_exam(db)
    return load_document_facts(data.context(db), exam_id)


def test_aftercare_until_is_catheter_removal_plus_24_hours_in_english(facts):
    pdf = build_aftercare(facts, "en")
    assert "until Thursday, November 26, 3:15 PM" in text(pdf)
    assert len(pages(pdf)) == 1


def test_aftercare_until_in_spanish(facts):
    pdf = build_aftercare(facts, "es")
    assert "hasta el jueves 26 de noviembre a las 3:15 p. m." in text(pdf)
    assert len(pages(pdf)) == 1


def test_aftercare_follows_the_check_in_language_over_the_patient_preference(db):
    exam_id = data.performed_exam(db, language="en", checkin_language="es")
    facts = load_document_facts(data.context(db), exam_id)
    assert "Después de su estudio HSG" in text(build_aftercare(facts))
    assert "After your HSG exam" in text(build_aftercare(facts, "en"))


def test_aftercare_never_shows_findings_and_names_the_radiologist_and_referrer(facts):
    body = text(build_aftercare(facts, "en"))
    assert "board-certified radiologist" in body
    assert "Dr. Lena Ortiz" in body
    for finding in data.FINDINGS:
        assert finding[0] not in body and finding[2][:30] not in body


def test_aftercare_lists_ordered_antibiotics_and_the_device_birth_control_note(db):
    exam_id = data.performed_exam(db, indication=Indication.DEVICE_CONFIRMATION,
                                  antibiotics="Doxycycline 100 mg twice a day for 5 days")
    db.execute("UPDATE exams SET antibiotics_translations = ? WHERE id = ?",
               ['{"es": "Doxiciclina 100 mg dos veces al día por 5 días"}', exam_id])  # issue #13 §9
    facts = load_document_facts(data.context(db), exam_id)
    english, spanish = text(build_aftercare(facts, "en")), text(build_aftercare(facts, "es"))
    assert "Doxycycline 100 mg twice a day for 5 days" in english
    assert "Doxiciclina 100 mg dos veces" in spanish and "Doxycycline" not in spanish
    assert "another method of birth control until your doctor" in english
    assert "otro método anticonceptivo hasta que su médico" in spanish
    assert len(pages(build_aftercare(facts, "es"))) == 1


@pytest.mark.parametrize("language, confirmed, waits", [
    ("en", "this exam confirmed your tubes are blocked", "until your doctor tells you that your tubes are blocked"),
    ("es", "este estudio mostró que sus trompas", "hasta que su médico le confirme que sus trompas están bloqueadas")])
def test_a_stopped_device_check_never_promises_that_this_exam_will_confirm_the_tubes(db, language, confirmed, waits):
    exam_id = data.performed_exam(db, indication=Indication.DEVICE_CONFIRMATION)
    assert confirmed in text(build_aftercare(load_document_facts(data.context(db), exam_id), language))
    db.execute("UPDATE exams SET status = 'aborted', status_reason = 'Pain' WHERE id = ?", [exam_id])
    body = text(build_aftercare(load_document_facts(data.context(db), exam_id), language))
    assert waits in body and confirmed not in body


def test_aftercare_clock_starts_at_the_last_step_9_not_undone(db):
    exam_id = data.add_exam(db, data.add_patient(db))
    data.add_checklist(db, exam_id, through=9, undo_step_9=True)
    facts = load_document_facts(data.context(db), exam_id)
    assert facts.catheter_removed_at == data.CATHETER_OUT


def test_catheter_removal_time_is_none_after_an_undo():
    at = data.CATHETER_OUT
    entries = (ChecklistEvent(9, StepAction.DONE, at, "tech"),
               ChecklistEvent(9, StepAction.UNDONE, at + timedelta(minutes=1), "tech"))
    assert catheter_removal_time(entries) is None
    assert catheter_removal_time(entries[:1]) == at


def test_aftercare_before_step_9_is_refused(db):
    exam_id = data.add_exam(db, data.add_patient(db))
    data.add_checklist(db, exam_id, through=8)
    facts = load_document_facts(data.context(db), exam_id)
    with pytest.raises(DocumentNotReady, match="step 9"):
        build_aftercare(facts)


def test_prep_sheet_prints_the_blood_test_time_and_the_cycle_window(facts):
    body = text(build_prep_sheet(facts, "en"))
    assert "at or after Tuesday, November 24, 2:30 PM" in body
    assert "Monday, November 23 to Friday, November 27" in body
    assert "Wednesday, November 25, 2026, 2:30 PM" in body


def test_prep_sheet_in_spanish(facts):
    body = text(build_prep_sheet(facts, "es"))
    assert "el martes 24 de noviembre a las 2:30 p. m. o más tarde" in body
    assert "Miércoles 25 de noviembre de 2026 a las 2:30 p. m." in body


def test_prep_sheet_prints_premedication_clock_times_when_ordered(db):
    exam_id = data.performed_exam(db, premedication=True)
    facts = load_document_facts(data.context(db), exam_id)
    body = text(build_prep_sheet(facts, "en"))
    assert "Wednesday, November 25, 1:30 AM Prednisone 50 mg by mouth" in body
    assert "Wednesday, November 25, 7:30 AM" in body
    assert "Diphenhydramine (Benadryl) 50 mg by mouth" in body
    assert "Prednisona 50 mg por vía oral" in text(build_prep_sheet(facts, "es"))


def test_prep_sheet_without_premedication_has_no_medicine_times(facts):
    assert "Prednisone" not in text(build_prep_sheet(facts, "en"))


def test_consent_is_prefilled_and_has_signature_lines(facts):
    english = text(build_consent(facts, "en"))
    assert "Мария O'Brien & <Sons>" in english
    assert "March 4, 1990" in english and "Wednesday, November 25, 2026" in english
    assert "Patient signature" in english and "Witness signature" in english
    spanish = text(build_consent(facts, "es"))
    assert "4 de marzo de 1990" in spanish and "Firma del testigo" in spanish


@pytest.mark.parametrize("build", [build_summary, build_aftercare, build_prep_sheet, build_consent])
def test_header_on_every_page_and_names_survive_escaping(facts, build):
    pdf = build(facts)
    all_pages = pages(pdf)
    for number, page in enumerate(all_pages, start=1):
        assert data.FACILITY in page
        assert data.PHONE in page
        assert "O'Brien & <Sons>, Мария" in page
        assert "Mar 4, 1990" in page
        assert "HSG0000001" in page
        assert f"Page {number} of {len(all_pages)}" in page


def test_a_long_summary_flows_over_pages_with_page_n_of_m(db):
    exam_id = data.performed_exam(db, extra_findings=40, amendments=40, family="Παπαδοπούλου", given="Ελένη")
    facts = load_document_facts(data.context(db), exam_id)
    all_pages = pages(build_summary(facts))
    assert len(all_pages) >= 2
    for number, page in enumerate(all_pages, start=1):
        assert f"Page {number} of {len(all_pages)}" in page
        assert "Παπαδοπούλου, Ελένη" in page
    body = " ".join(all_pages)
    assert "[extra.39]" in body and "Typo corrected from the fluoroscope log (39)" in body


def test_summary_shows_every_finding_and_its_resolution_state(facts):
    body = text(build_summary(facts))
    for code, level, message in data.FINDINGS:
        assert f"[{code}]" in body
    assert "VOIDED" in body and "answers changed" in body
    assert "Co-signed by Dr. Sam Okafor" in body
    assert "UNRESOLVED" in body           # asthma caution not acknowledged
    assert body.count("Radiologist informed: Dr. Sam Okafor") == 2
    assert "Cycle day on exam date 8" in body
    assert "9. Catheter removed done" in body
    assert "Vasovagal reaction" in body and "Tolerated well; mild cramping." in body


def test_the_documents_print_the_check_in_the_desk_recorded(db, facts):
    """One check-in record: the documents read the domain's Checkin and pregnancy test (what the
    check-in page reads), and name the people in it by their user ids."""
    from hsg_desk.services.checkin import CheckinService

    at_the_desk = CheckinService(data.context(db, roles=frozenset({Role.FRONT_DESK}))).load(facts.exam.id)
    assert (facts.checkin, facts.pregnancy_test) == (at_the_desk.checkin, at_the_desk.test)
    assert facts.user_name(facts.checkin.completed_by) == "Jo Park" and facts.user_name(None) == ""
    body = text(build_summary(facts))
    assert "Identity verified (2 identifiers) Yes — Jo Park" in body
    assert "Check-in completed Jo Park — Nov 25, 2026, 2:00 PM" in body
    assert "Insurance: Acme Health, member M-123; card copied: Yes" in body
    db.execute("UPDATE pregnancy_tests SET refused = 1 WHERE exam_id = ?", [facts.exam.id])
    declined = load_document_facts(data.context(db), facts.exam.id)
    assert "Test Declined by the patient Recorded by Jo Park" in text(build_summary(declined))


def test_the_documents_read_the_resolutions_the_screening_keeps(db, facts):
    """One resolution record: the summary prints the domain's Resolution, mapped from its row as
    the screening service maps it (storage.screening.resolution_from_row): the voided one with
    when and why, the co-signed one with by whom."""
    from hsg_desk.domain.resolutions import Resolution

    [stop] = [finding for finding in facts.findings if finding.code == "cycle.intercourse"]
    assert all(type(resolution) is Resolution for finding in facts.findings for resolution in finding.resolutions)
    voided, live = stop.resolutions
    assert (voided.state, voided.void_reason, voided.voided_at is not None) == ("voided", "answers changed", True)
    assert (live.state, live.cosigned_by, stop.current_resolution) == ("co-signed", "Dr. Sam Okafor", live)
    assert "VOIDED" in text(build_summary(facts)) and "Co-signed by Dr. Sam Okafor" in text(build_summary(facts))


def test_summary_shows_amendments_and_signature(db):
    exam_id = data.performed_exam(db, amendments=2)
    db.execute("UPDATE exams SET status = 'completed', signed_at = ?, signed_by = 1 WHERE id = ?",
               [data.iso(data.NOW), exam_id])
    body = text(build_summary(load_document_facts(data.context(db), exam_id)))
    assert "10 → 11" in body and "Typo corrected from the fluoroscope log (1)" in body
    assert "Signed by Alex Rivera, RT on Nov 25, 2026, 4:00 PM" in body


def test_summary_of_an_exam_not_performed_is_refused(db):
    exam_id = data.add_exam(db, data.add_patient(db))
    with pytest.raises(DocumentNotReady, match="performed"):
        build_summary(load_document_facts(data.context(db), exam_id))


def test_paper_size_comes_from_the_settings(facts):
    letter = PdfReader(io.BytesIO(build_consent(facts))).pages[0].mediabox
    a4 = PdfReader(io.BytesIO(build_consent(replace(facts, paper_size="a4")))).pages[0].mediabox
    assert (round(float(letter.width)), round(float(letter.height))) == (612, 792)
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)


def test_build_document_dispatches_by_kind(facts):
    assert "Consentimiento" in text(build_document("consent", facts, "es"))
    with pytest.raises(ValueError):
        build_document("invoice", facts)


def test_recording_an_output_writes_the_document_row_and_the_audit_row(db):
    exam_id = data.performed_exam(db)
    record_document_output(data.context(db), exam_id, "aftercare", "es", "print", "Front desk printer")
    row = db.execute("SELECT document, language, action, target, user_id FROM printed_documents").fetchone()
    assert row == ("aftercare", "es", "print", "Front desk printer", 1)
    audit = db.execute("SELECT action, record_type, record_id FROM audit_log ORDER BY id DESC").fetchone()
    assert audit == ("print", "exam", str(exam_id))
    record_document_output(data.context(db), exam_id, "summary", "en", "save", "/tmp/x.pdf")
    assert db.execute("SELECT action FROM audit_log ORDER BY id DESC").fetchone() == ("export",)


def test_only_clinical_roles_may_print_and_a_refusal_is_audited(db):
    from hsg_desk.domain.permissions import PermissionDenied
    from hsg_desk.domain.roles import Role

    exam_id = data.performed_exam(db)
    admin = data.context(db, roles={Role.ADMIN})
    with pytest.raises(PermissionDenied):
        load_document_facts(admin, exam_id)
    with pytest.raises(PermissionDenied):
        record_document_output(admin, exam_id, "consent", "en", "print")
    assert db.execute("SELECT action FROM audit_log ORDER BY id DESC").fetchone() == ("denied",)
    assert db.execute("SELECT count(*) FROM printed_documents").fetchone() == (0,)
