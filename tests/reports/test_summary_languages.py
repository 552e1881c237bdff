"""The staff summary in English and Spanish (issue 14 §3): labels, sections, status words and
dates translated; what staff typed stays as typed."""

from __future__ import annotations

import pytest

from hsg_desk.domain.checklist import STEPS
from hsg_desk.domain.indication import Indication
from hsg_desk.domain.lifecycle import AbortReason, ExamStatus
from hsg_desk.reports import build_document, build_summary
from hsg_desk.reports import summary as summary_module
from hsg_desk.reports.texts import load_texts
from hsg_desk.domain.vocabulary import COMPLICATION_LABELS
from hsg_desk.services.documents import load_document_facts

import document_exam_data as data
from test_documents import text


@pytest.fixture
def db(tmp_path):
    return data.open_store(tmp_path / "hsg.sqlite3")


def test_the_spanish_summary_translates_labels_sections_status_and_dates_but_not_free_text(db):
    exam_id = data.performed_exam(db, amendments=1)
    db.execute("UPDATE procedure_records SET notes = 'Tolerated well; mild cramping. Ça va.' WHERE exam_id = ?",
               [exam_id])
    facts = load_document_facts(data.context(db), exam_id)
    spanish = text(build_summary(facts, "es"))
    for words in ("Resumen del estudio HSG", "Paciente y estudio", "Registro de llegada", "Prueba de embarazo",
                  "Historia clínica", "Hallazgos del cribado", "Registro del procedimiento", "Enmiendas", "Firma",
                  "Estado Realizado", "Estudio de infertilidad", "Fecha de nacimiento 4 mar 1990 (36 años)",
                  "25 nov 2026, 2:30 p. m.", "Catéter retirado", "PRECAUCIÓN", "Página 1 de"):
        assert words in spanish, words
    assert "Tolerated well; mild cramping. Ça va." in spanish          # typed text as typed
    assert "p. m.." not in spanish
    assert "Typo corrected from the fluoroscope log (0)" in spanish
    for english in ("Patient and exam", "Screening findings", "Not recorded", "Performed", "Page 1 of"):
        assert english not in spanish, english
    english = text(build_summary(facts))
    assert "Patient and exam" in english and "Nov 25, 2026, 2:30 PM" in english and "Paciente y estudio" not in english


def test_build_document_gives_the_summary_the_language_asked_for(db):
    facts = load_document_facts(data.context(db), data.performed_exam(db, language="es"))
    assert "HSG exam summary" in text(build_document("summary", facts))        # staff default: English
    assert "Resumen del estudio HSG" in text(build_document("summary", facts, "es"))


@pytest.mark.parametrize("reason, spanish_reason", [("Pain", "Dolor"), ("Unable to cannulate", "No se pudo canalizar"),
                                                    ("Other: she had to leave for work", "Otro: she had to leave for work")])
def test_an_abort_reason_chosen_from_the_list_prints_in_spanish_and_a_typed_detail_as_typed(db, reason,
                                                                                           spanish_reason):
    # The window stores the chosen reason's English label (and 'Other: ' before what was typed).
    exam_id = data.performed_exam(db)
    db.execute("UPDATE exams SET status = 'aborted', status_reason = ? WHERE id = ?", [reason, exam_id])
    facts = load_document_facts(data.context(db), exam_id)
    spanish = text(build_summary(facts, "es"))
    assert f"Estado Interrumpido — {spanish_reason}" in spanish and f"Motivo {spanish_reason}" in spanish
    assert reason.split(":")[0] not in spanish.replace(spanish_reason, "")
    assert f"Reason {reason}" in text(build_summary(facts))


def test_every_fixed_word_of_the_summary_has_its_spanish(db, monkeypatch):
    missing: set[str] = set()
    spanish = load_texts("es", "summary")

    class Recording(dict):
        def get(self, key, default=None):
            if key not in spanish:
                missing.add(key)
            return spanish.get(key, default)
    # Only the summary's word list is recorded; the finding messages have their own catalogue
    # (resources/texts/es/findings.json, checked against the rule codes by test_finding_texts.py).
    monkeypatch.setattr(summary_module, "load_texts",
                        lambda language, name: Recording() if name == "summary" else load_texts(language, name))
    full = data.performed_exam(db, amendments=1)
    bare = data.add_exam(db, data.add_patient(db, "Lee", "Ana", mrn="HSG0000002"))
    data.set_status(db, bare, "performed")   # no check-in, test, history, checklist or record
    aborted = data.performed_exam(db, mrn="HSG0000003")
    db.execute("UPDATE exams SET status = 'aborted', status_reason = 'Vasovagal reaction' WHERE id = ?", [aborted])
    for exam_id in (full, bare, aborted):
        build_summary(load_document_facts(data.context(db), exam_id), "es")
    fixed = ([status.label for status in ExamStatus] + [indication.label for indication in Indication]
             + [step.title for step in STEPS] + list(COMPLICATION_LABELS.values())
             + list(summary_module.RESOLUTION_KINDS.values()) + list(summary_module.STEP_ACTIONS.values())
             + list(summary_module.LEVEL_NAMES.values()) + [label for _, label in summary_module.HISTORY_QUESTIONS]
             + [reason.label for reason in AbortReason] + list(summary_module.PAID_BY.values()))
    missing |= {word for word in fixed if word not in spanish}
    assert not missing


@pytest.mark.parametrize("method, english, spanish", [("cash", "Self-pay: $250.00 in cash", "$250.00 en efectivo"),
                                                      ("card", "Self-pay: $250.00 by card", "$250.00 con tarjeta"),
                                                      ("check", "Self-pay: $250.00 by check", "$250.00 con cheque")])
def test_a_self_pay_method_is_a_phrase_in_each_language_not_the_stored_word(db, method, english, spanish):
    exam_id = data.performed_exam(db)
    db.execute("UPDATE checkins SET payment_kind = 'self_pay', payment_amount_cents = 25000, payment_method = ?, "
               "insurance_carrier = '', insurance_member_id = '', insurance_card_copied = 0 "
               "WHERE exam_id = ?", [method, exam_id])
    facts = load_document_facts(data.context(db), exam_id)
    assert english in text(build_summary(facts))
    spanish_text = text(build_summary(facts, "es"))
    assert spanish in spanish_text and f"con {method}" not in spanish_text


@pytest.mark.parametrize("stored, english, spanish", [('["none"]', "No complications.", "Sin complicaciones."),
                                                      ('[]', "None recorded.", "Ninguna registrada."),
                                                      ('["vasovagal"]', "Vasovagal reaction", "Reacción vasovagal")])
def test_complications_read_as_a_sentence_in_each_language(db, stored, english, spanish):
    exam_id = data.performed_exam(db)
    db.execute("UPDATE procedure_records SET complications = ? WHERE exam_id = ?", [stored, exam_id])
    facts = load_document_facts(data.context(db), exam_id)
    assert f"Complications {english}" in text(build_summary(facts))
    assert f"Complicaciones {spanish}" in text(build_summary(facts, "es"))
