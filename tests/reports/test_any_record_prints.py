"""Any record that validation accepts prints (issue 14 §4): the longest texts, names in every
script the documents support (Latin with diacritics, Vietnamese, Greek, Cyrillic, Arabic, Persian
with ZWNJ, Hebrew, Devanagari with ZWJ, Chinese), empty optional fields. Every document builds and pypdf finds
the patient's MRN on every page."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from hsg_desk.domain.errors import ValidationError
from hsg_desk.domain.patient import MAX_NAME, MAX_TEXT, clean_name
from hsg_desk.domain.referring import ReferringPhysician
from hsg_desk.domain.scripts import ZWJ, ZWNJ
from hsg_desk.domain.text_limits import REASON_LIMIT
from hsg_desk.reports import build_document
from hsg_desk.domain.amendment import Amendment
from hsg_desk.services.documents import load_document_facts
from hsg_desk.domain.procedure_record import TEXT_LIMITS

import document_exam_data as data

KINDS = ("summary", "aftercare", "prep", "consent")
# Letters of the scripts the documents print (Latin with diacritics, Vietnamese, Greek, Cyrillic).
LETTERS = "abcdefghijklmnopqrstuvwxyzÁÉÍÑÓÚÜáéíñóúüçøåßłğşĂăÂâĐđÊêÔôƠơƯưạảấầẩẫậắằẳẵặẹẻẽếềểễệ" \
          "ΑΒΓΔΕΖΗΘαβγδεζηθλμνξπστφχψωάέήίόύώДЖЗИЙКЛМНОПРСТУФХЦЧШЩЫЭЮЯабвгдежзийклмнопрстуфхцчшщыэюяё"
LATIN_WORDS = st.text(alphabet=LETTERS + " '-&<>\"", min_size=1, max_size=MAX_NAME)
# The scripts that are shaped or need other faces, each on its own, with its joiners (ZWNJ in
# Persian, ZWJ in Devanagari): letters and marks of the ranges the documents print.
SCRIPT_LETTERS = {
    "arabic": "".join(map(chr, range(0x0621, 0x064B))) + "پچژکگی",
    "persian": "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی" + ZWNJ,
    "hebrew": "".join(map(chr, range(0x05D0, 0x05EB))),
    "devanagari": "".join(map(chr, (*range(0x0905, 0x093A), *range(0x093E, 0x094E)))) + ZWJ,
    "chinese": "".join(map(chr, range(0x4E00, 0x9FA6, 37))),
}
SCRIPT_WORDS = st.sampled_from(sorted(SCRIPT_LETTERS)).flatmap(
    lambda script: st.text(alphabet=SCRIPT_LETTERS[script] + " ", min_size=1, max_size=MAX_NAME))


def accepted_name(text: str) -> bool:
    """What registration accepts (a joiner only between letters, say)."""
    try:
        return bool(clean_name("name", text, required=True))
    except ValidationError:
        return False


WORDS = st.one_of(LATIN_WORDS, SCRIPT_WORDS).map(str.strip).filter(accepted_name)


def longest(limit: int) -> st.SearchStrategy[str]:
    """Empty, short, or exactly at the limit (with and without spaces to break lines at)."""
    return st.one_of(st.just(""), st.text(alphabet=LETTERS + " ", max_size=40),
                     st.just(("Reason words " * limit)[:limit]), st.just("W" * limit))


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    db = data.open_store(tmp_path_factory.mktemp("any") / "hsg.sqlite3")
    exam_id = data.performed_exam(db, amendments=1)
    return load_document_facts(data.context(db), exam_id)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(family=WORDS, given_name=WORDS, mrn=st.from_regex(r"\A[A-Z0-9][A-Z0-9-]{0,19}\Z"),
       referring=st.one_of(longest(MAX_NAME), WORDS), antibiotics=longest(MAX_TEXT), reason=longest(REASON_LIMIT),
       notes=longest(TEXT_LIMITS["notes"]), language=st.sampled_from(["en", "es"]),
       premedication=st.booleans(), paper=st.sampled_from(["letter", "a4"]))
def test_every_document_builds_and_each_page_names_the_mrn(base, family, given_name, mrn, referring, antibiotics,
                                                             reason, notes, language, premedication, paper):
    facts = replace(
        base, patient=replace(base.patient, family_name=family, given_name=given_name, mrn=mrn,
                              referring=ReferringPhysician(referring)),
        exam=replace(base.exam, referring_name=referring, antibiotics=antibiotics, indication_note=antibiotics,
                     antibiotics_translations={"en": antibiotics, "es": antibiotics[::-1]}),
        notes=notes, paper_size=paper, premedication=base.premedication if premedication else (),
        amendments=(Amendment("procedure", "notes", notes, notes[::-1], reason, base.printed_at, "tech1"),))
    for kind in KINDS:
        pdf = build_document(kind, facts, language)
        pages = PdfReader(io.BytesIO(pdf)).pages
        missing = [number for number, page in enumerate(pages, 1) if mrn not in page.extract_text()]
        assert not missing, (kind, len(pages), missing)


def test_a_10000_character_amendment_reason_on_file_flows_across_pages(tmp_path):
    """Written before reasons had a limit: it must still print, never a LayoutError."""
    db = data.open_store(tmp_path / "old.sqlite3")
    exam_id = data.performed_exam(db, amendments=1)
    reason = " ".join(f"word{n}" for n in range(1700))[:10_000]
    db.execute("UPDATE amendments SET reason = ? WHERE exam_id = ?", [reason, exam_id])
    pdf = build_document("summary", load_document_facts(data.context(db), exam_id))
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]
    assert len(pages) >= 3 and all("HSG0000001" in page for page in pages)
    assert reason.split()[-1] in pages[-1] or reason.split()[-1] in pages[-2]
