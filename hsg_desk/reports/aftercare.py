"""The aftercare sheet (DESIGN.md §6): one page, large type, in her language.

It never shows a finding or a diagnosis: the radiologist's results go to her doctor.
"""

from __future__ import annotations

from reportlab.platypus import Paragraph, Spacer

from hsg_desk.domain.document_facts import DocumentFacts, document_language, printed_free_text, require_ready
from hsg_desk.domain.lifecycle import ExamStatus

from .blocks import boxed, bullets
from .page import build_fitted_sheet, text_width
from .texts import day_and_time, fill, load_texts, local, long_day

# Large type; a long antibiotic order or a device note shrinks it a little to stay on one page.
BODY_SIZES = (12.5, 12, 11.5, 11, 10.5, 10)


def build_aftercare(facts: DocumentFacts, language: str | None = None) -> bytes:
    """The aftercare sheet as PDF bytes; DocumentNotReady before the catheter is removed (step 9)."""
    require_ready(facts, "aftercare")
    language = document_language(facts, language)
    texts = load_texts(language, "aftercare")
    if facts.exam.antibiotics.strip():
        printed_free_text(facts, "antibiotics", language)  # refuses before any page is built
    zone = facts.time_zone
    exam_day = long_day(local(facts.aftercare_from, zone).date(), language)
    until = day_and_time(facts.aftercare_until, language, zone)
    return build_fitted_sheet(facts, language, texts["title"], BODY_SIZES,
                              lambda styles: _story(facts, texts, styles, exam_day, until, language))


def _story(facts: DocumentFacts, texts: dict, styles: dict, exam_day: str, until: str,
           texts_language: str = "en") -> list:
    story = [
        Paragraph(texts["title"], styles["title"]),
        Paragraph(fill(texts["subtitle"], exam_day=exam_day), styles["subtitle"]),
        Paragraph(texts["intro"], styles["body"]),
        Paragraph(texts["normal_heading"], styles["heading"]),
        *bullets(texts["normal"], styles["bullet"]),
        Spacer(1, 6),
        boxed([Paragraph(fill(texts["avoid_heading"], hours=facts.aftercare_hours, until=until),
                         styles["emphasis"]),
               *bullets(texts["avoid"], styles["bullet"])], text_width(facts.paper_size)),
        Paragraph(texts["call_heading"], styles["heading"]),
        *bullets(texts["call"], styles["bullet"]),
        Paragraph(texts["emergency"], styles["body"]),
    ]
    if facts.exam.antibiotics.strip():
        # In her language, or (confirmed by staff) a line saying they explain it: never English amid Spanish.
        antibiotics = printed_free_text(facts, "antibiotics", texts_language)
        story += [Paragraph(texts["antibiotics_heading"], styles["heading"]),
                  Paragraph(fill(texts["antibiotics"], antibiotics=antibiotics) if antibiotics is not None
                            else texts["antibiotics_explained"], styles["body"])]
    if facts.is_device_confirmation:
        # An exam stopped before the end cannot confirm the tubes: the sheet never promises it will.
        stopped = facts.exam.status is ExamStatus.ABORTED
        story += [Paragraph(texts["device_heading"], styles["heading"]),
                  Paragraph(texts["device_stopped" if stopped else "device"], styles["emphasis"])]
    heading, results = _results(facts, texts, texts_language)
    story += [Paragraph(heading, styles["heading"]), Paragraph(results, styles["body"]), Spacer(1, 6)]
    phone = facts.facility.phone.strip()
    story.append(Paragraph(fill(texts["questions_phone"], phone=phone) if phone else texts["questions"],
                           styles["body"]))
    return story


def _results(facts: DocumentFacts, texts: dict, language: str) -> tuple[str, str]:
    """The heading and paragraph on what happens to her images: never a finding. An exam stopped
    before the end says so, and promises a review only of images that exist."""
    key, heading = "results", texts["results_heading"]
    if facts.exam.status is ExamStatus.ABORTED:
        key = "results_stopped" if facts.images_taken else "results_stopped_no_images"
        heading = texts["results_heading_stopped"]
    referring = facts.exam.referring_physician(language)
    if not referring:
        return heading, texts[key]
    # Spanish names a woman "la doctora": the sentence follows her title, not only the title itself.
    named = key + ("_named_woman" if facts.exam.referring_title == "Dra." else "_named")
    return heading, fill(texts[named], referring=referring)
