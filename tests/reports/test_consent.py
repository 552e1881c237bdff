"""The consent form says what happens (issue 14 §2), in English and Spanish."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from hsg_desk.domain.case import Indication
from hsg_desk.reports import build_consent
from hsg_desk.services.documents import load_document_facts

import document_exam_data as data
from test_documents import text


@pytest.fixture
def db(tmp_path):
    return data.open_store(tmp_path / "hsg.sqlite3")


@pytest.mark.parametrize("language, who", [("en", "The technologist inserts a speculum"),
                                           ("es", "El técnico introduce un espéculo")])
def test_the_technologist_inserts_the_speculum(db, language, who):
    body = text(build_consent(load_document_facts(data.context(db), data.performed_exam(db)), language))
    assert who in body
    assert "doctor places a speculum" not in body and "médico coloca un espéculo" not in body


@pytest.mark.parametrize("language, open_, closed", [
    ("en", "whether the tubes are open", "has closed them completely"),
    ("es", "si las trompas están abiertas", "las ha cerrado por completo")])
def test_a_device_check_asks_whether_the_device_closed_the_tubes(db, language, open_, closed):
    infertility = load_document_facts(data.context(db), data.performed_exam(db))
    device = load_document_facts(data.context(db), data.performed_exam(db, indication=Indication.DEVICE_CONFIRMATION,
                                                                       mrn="HSG0000002"))
    assert open_ in text(build_consent(infertility, language)) and closed not in text(build_consent(infertility,
                                                                                                    language))
    assert closed in text(build_consent(device, language)) and open_ not in text(build_consent(device, language))


@pytest.mark.parametrize("caption", ["Nombre del testigo (en letra de molde)", "Witness name (printed)"])
def test_the_witness_name_caption_fits_on_one_line(db, caption):
    language = "es" if caption.startswith("Nombre") else "en"
    pdf = build_consent(load_document_facts(data.context(db), data.performed_exam(db)), language)
    lines = [" ".join(line.split()) for page in PdfReader(io.BytesIO(pdf)).pages
             for line in page.extract_text().splitlines()]
    assert any(caption in line for line in lines), [line for line in lines if "testigo" in line or "Witness" in line]
