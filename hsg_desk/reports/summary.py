"""The exam summary for the chart and the radiologist (DESIGN.md §6). Staff-facing, English or Spanish.

Everything recorded, in the order the exam happened: patient and exam, check-in, pregnancy
test, history with the cycle day, each finding with its resolution, the time-out and
checklist timeline, the procedure record, complications, notes, amendments, the signature.
Tables split between rows only, and their header rows repeat on the next page.

Every fixed word goes through `_Writer.tr`, which looks the English text up in
resources/texts/es/summary.json for a Spanish summary; what staff typed stays as typed.
"""

from __future__ import annotations

import re

from reportlab.platypus import Paragraph, Spacer

from hsg_desk.domain.case import History
from hsg_desk.domain.checkin import Checkin, CheckinPregnancyTest
from hsg_desk.domain.document_facts import DocumentFacts, FindingEntry, require_ready
from hsg_desk.domain.findings import Level
from hsg_desk.domain.lifecycle import AbortReason, ExamStatus
from hsg_desk.domain.patient import age_on
from hsg_desk.domain.resolutions import Resolution
from hsg_desk.domain.vocabulary import COMPLICATION_LABELS, Complication, Language, PaymentMethod, TestMethod

from .blocks import grid, labelled
from .page import build_pdf, heading_for, text_width
from .styles import document_styles, paragraph
from .texts import esc, load_texts, local, short_day, staff_time

TITLE = "HSG exam summary"
_MERIDIEM_THEN_STOP = re.compile(r"([ap]\. m\.)\.")
BODY_SIZE = 9
ABORT_LABELS = frozenset(reason.label for reason in AbortReason)
# How a self-pay was paid, as a phrase (Spanish says "en efectivo" but "con tarjeta").
PAID_BY = {PaymentMethod.CASH: " in cash", PaymentMethod.CARD: " by card", PaymentMethod.CHECK: " by check"}
LEVEL_NAMES = {Level.BLOCK: "BLOCK", Level.STOP: "STOP", Level.CAUTION: "CAUTION", Level.INFO: "INFO"}
RESOLUTION_KINDS = {"override_signed": "Radiologist override, signed", "override_verbal": "Verbal radiologist approval",
                    "acknowledged": "Radiologist informed"}
STEP_ACTIONS = {"done": "done", "undone": "UNDONE", "not_needed": "not needed",
                "timer_started": "delayed-images wait started", "wait_started": "delayed-images wait started"}
HISTORY_QUESTIONS = (
    ("still_bleeding", "Still bleeding"),
    ("intercourse_since_lmp", "Intercourse since day 1 of the period"),
    ("active_infection_or_fever", "Active infection or fever"),
    ("pelvic_infection_or_std", "Chronic pelvic infection or current STD"),
    ("pid_history", "Past pelvic inflammatory disease"),
    ("recent_uterine_surgery", "Recent uterine or tubal surgery"),
    ("inflammatory_condition", "Inflammatory condition"),
    ("bleeding_disorder_or_anticoagulant", "Bleeding problem or blood thinners"),
    ("diabetes_or_kidney", "Diabetes or kidney problems"),
    ("asthma", "Asthma"),
)


class _Writer:
    """Collects the story; every value passes through `esc` before it becomes a paragraph."""

    def __init__(self, facts: DocumentFacts, language: str = "en"):
        self.facts = facts
        self.language = language
        self.words = load_texts(language, "summary") if language != "en" else {}
        self.styles = document_styles(BODY_SIZE)
        self.width = text_width(facts.paper_size)
        self.story: list = []

    def tr(self, english: str, **values) -> str:
        """`english` (a fixed word or a template) in the summary's language, with `values` put in."""
        text = self.words.get(english, english)
        text = text.format(**values) if values else text
        return _MERIDIEM_THEN_STOP.sub(r"\1", text)  # "2:10 p. m.." ends with one stop

    def time(self, moment) -> str:
        return staff_time(moment, self.facts.time_zone, self.language)

    def day(self, day) -> str:
        return short_day(day, self.language)

    def yes_no(self, value: bool | None) -> str:
        return self.tr(yes_no(value))

    def cell(self, text, bold: bool = False) -> Paragraph:
        return paragraph(esc(text), self.styles["cell_bold" if bold else "cell"])

    def heading(self, text: str) -> None:
        self.story.append(paragraph(esc(self.tr(text)), self.styles["heading"]))

    def line(self, text: str) -> None:
        self.story.append(paragraph(esc(text), self.styles["body"]))

    def lines(self, text: str) -> None:
        """Text of several lines (the notes) with its line breaks, as it was typed."""
        self.story.append(paragraph("<br/>".join(esc(line) for line in text.split("\n")), self.styles["body"]))

    def fields(self, rows: list[tuple[str, str]], pairs: int = 1) -> None:
        """Label/value rows (labels in English, translated here); `pairs=2` puts two side by side."""
        cells = [(self.cell(self.tr(label), bold=True), self.cell(value, bold=value == self.tr("Yes")))
                 for label, value in rows]
        if pairs == 1:
            self.story.append(labelled(cells, [self.width * 0.3, self.width * 0.7]))
            return
        blank = (self.cell(""), self.cell(""))
        half = (len(cells) + 1) // 2
        left, right = cells[:half], cells[half:] + [blank] * (half - len(cells[half:]))
        rows2 = [(*a, *b) for a, b in zip(left, right)]
        self.story.append(labelled(rows2, [self.width * share for share in (0.22, 0.28, 0.22, 0.28)],
                                   label_columns=(0, 2)))

    def table(self, header: list[str], rows: list[list], widths: list[float]) -> None:
        """A ruled table; a cell given as a Paragraph is used as is (already escaped markup)."""
        body = [[self.cell(self.tr(text), bold=True) for text in header]]
        body += [[text if isinstance(text, Paragraph) else self.cell(text) for text in row] for row in rows]
        self.story.append(grid(body, [self.width * share for share in widths]))


def yes_no(value: bool | None) -> str:
    return "Not answered" if value is None else ("Yes" if value else "No")


def who_when(who: str, when: str) -> str:
    return " — ".join(part for part in (who, when) if part)


def _patient_and_exam(w: _Writer) -> None:
    facts, patient, exam = w.facts, w.facts.patient, w.facts.exam
    exam_day = local(exam.scheduled_at, facts.time_zone).date()
    indication = w.tr(exam.indication.label) + (f" — {exam.indication_note}" if exam.indication_note else "")
    if exam.device_placed_on:
        indication += w.tr(" (device placed {day})", day=w.day(exam.device_placed_on))
    referring = ", ".join(part for part in (
        exam.referring_physician(w.language), exam.referring_phone and w.tr("phone {number}", number=exam.referring_phone),
        exam.referring_fax and w.tr("fax {number}", number=exam.referring_fax)) if part)
    status = w.tr(exam.status.label) + (f" — {_status_reason(w)}" if exam.status_reason else "")
    w.heading("Patient and exam")
    w.fields([
        ("Patient", f"{patient.family_name}, {patient.given_name}"),
        ("Date of birth", w.tr("{day} (age {age})", day=w.day(patient.birth_date),
                               age=age_on(patient.birth_date, exam_day))),
        ("MRN", patient.mrn),
        ("Patient phone", patient.phone),
        ("Document language", w.tr(Language(facts.preferred_language).label)),
        ("Scheduled", w.time(exam.scheduled_at)),
        ("Started (step 1)", w.time(exam.started_at) or w.tr("Not started")),
        ("Finished (step 10)", w.time(exam.finished_at) or w.tr("Not finished")),
        ("Indication", indication),
        ("Referring physician", referring or w.tr("Not recorded")),
        ("Technologist", exam.technologist or w.tr("Not recorded")),
        ("Radiologist", exam.radiologist or w.tr("Not recorded")),
        ("Status", status),
        ("Premedication ordered", w.yes_no(exam.premedication_ordered)),
        ("Antibiotics ordered", exam.antibiotics or w.tr("None")),
    ])


def _checkin(w: _Writer, checkin: Checkin | None) -> None:
    w.heading("Check-in")
    if checkin is None:
        w.line(w.tr("No check-in recorded."))
        return
    if checkin.payment_kind == "insurance":
        payment = w.tr("Insurance: {carrier}, member {member}; card copied: {copied}",
                       carrier=checkin.insurance_carrier, member=checkin.insurance_member_id,
                       copied=w.yes_no(checkin.insurance_card_copied))
    elif checkin.payment_kind == "self_pay":
        amount = (f"${checkin.payment_amount_cents / 100:,.2f}" if checkin.payment_amount_cents is not None
                  else w.tr("no amount"))
        payment = w.tr("Self-pay: {amount}", amount=amount) + (
            w.tr(PAID_BY[PaymentMethod(checkin.payment_method)]) if checkin.payment_method else "")
    else:
        payment = w.tr("Not recorded")
    sedative = w.yes_no(checkin.sedative) + (f" ({checkin.sedative_name})" if checkin.sedative_name else "")
    driver = ", ".join(part for part in (checkin.driver_name, checkin.driver_phone) if part)
    w.fields([
        ("Identity verified (2 identifiers)", who_when(w.yes_no(checkin.identity_verified),
                                                        who_when(w.facts.user_name(checkin.identity_verified_by),
                                                                 w.time(checkin.identity_verified_at)))),
        ("Referral on file", w.yes_no(checkin.referral_on_file)),
        ("Payment", payment),
        ("Coverage acknowledged", w.yes_no(checkin.coverage_acknowledged)),
        ("Consent signed", who_when(w.yes_no(checkin.consent_signed), w.time(checkin.consent_signed_at))),
        ("Sedative prescribed", sedative),
        ("Driver", driver or w.tr("None recorded")),
        ("Check-in completed", who_when(w.facts.user_name(checkin.completed_by), w.time(checkin.completed_at))
         or w.tr("Not completed")),
    ])


def _pregnancy_test(w: _Writer, test: CheckinPregnancyTest | None) -> None:
    w.heading("Pregnancy test")
    window = w.tr("Valid when collected at or after {time}.", time=w.time(w.facts.test_collection_from))
    if test is None:
        w.line(w.tr("No pregnancy test on file.") + " " + window)
        return
    if test.refused:
        w.fields([("Test", w.tr("Declined by the patient")), ("Recorded by", w.facts.user_name(test.recorded_by))])
        return
    w.fields([
        ("Method", w.tr(TestMethod(test.method).label if test.method in tuple(TestMethod) else "Not recorded")),
        ("Collected", w.time(test.collected_at) or w.tr("Not recorded")),
        ("Result", w.tr((test.result or "Not recorded").capitalize())),
        ("Result received", w.time(test.received_at) or w.tr("Not received")),
        ("Window", window),
    ])


def _history(w: _Writer, history: History | None) -> None:
    facts = w.facts
    w.heading("History")
    if history is None:
        w.line(w.tr("No history recorded."))
        return
    pregnancy = w.tr({"no": "No", "possible": "Possibly", "yes": "Yes"}.get(history.pregnancy or "", "Not answered"))
    if history.no_periods:
        lmp, cycle = w.tr("No periods"), w.tr("Not applicable")
    else:
        lmp = w.day(history.lmp) if history.lmp else w.tr("Unknown")
        cycle = str(facts.cycle_day) if facts.cycle_day is not None else w.tr("Unknown")
        if facts.cycle_day is not None:
            cycle += w.tr(" (exam must be on day {day} or earlier)", day=facts.last_cycle_day)
    temperature = (f"{history.temperature_c:.1f} °C" if history.temperature_c is not None
                   else w.tr("Not measured"))
    rows = [("Could be pregnant", pregnancy), ("Last menstrual period (day 1)", lmp), ("Cycle day on exam date", cycle),
            ("Flow ended on", w.day(history.flow_ended_on) if history.flow_ended_on else w.tr("Not recorded"))]
    rows += [(label, w.yes_no(getattr(history, name))) for name, label in HISTORY_QUESTIONS]
    rows += [("Patient's questions answered", w.yes_no(facts.questions_answered))]
    rows += [("Temperature", temperature),
             ("Medications", "; ".join(history.medications) if history.medications else w.tr("None listed"))]
    w.fields(rows, pairs=2)
    if facts.allergies:
        w.story.append(Spacer(1, 4))
        w.table(["Allergy", "Category", "Reaction", "Severity"],
                [[a.substance, w.tr(a.category), a.reaction, w.tr(a.severity)] for a in facts.allergies], [0.3, 0.2, 0.3, 0.2])
    else:
        w.line(w.tr("Allergies: none recorded."))


def describe_resolution(w: _Writer, resolution: Resolution) -> str:
    """One resolution as paragraph markup: kind, radiologist, reason, who/when, co-signature state."""
    state = resolution.state
    kind = w.tr(RESOLUTION_KINDS.get(resolution.kind, resolution.kind))
    text = f"<b>{esc(kind)}</b>: {esc(resolution.radiologist_name)}"
    if resolution.reason:
        text += f" — “{esc(resolution.reason.rstrip('.'))}”"
    text += ". " + esc(w.tr("Recorded by {who}.", who=who_when(resolution.recorded_by,
                                                               w.time(resolution.recorded_at))))
    if state == "voided":
        why = f": {resolution.void_reason}" if resolution.void_reason else ""
        return f"<strike>{text}</strike> <b>{esc(w.tr('VOIDED'))}</b> {esc(w.time(resolution.voided_at) + why)}"
    if state == "awaiting co-signature":
        return text + f" <b>{esc(w.tr('Awaiting co-signature.'))}</b>"
    if state == "co-signed":
        return text + " " + esc(w.tr("Co-signed by {who}.", who=who_when(resolution.cosigned_by,
                                                                         w.time(resolution.cosigned_at))))
    return text


def resolution_cell(w: _Writer, finding: FindingEntry) -> Paragraph:
    if not finding.resolutions:
        text = esc(w.tr({Level.BLOCK: "Cannot be overridden: exam deferred or cancelled",
                         Level.INFO: "No action needed"}.get(finding.level, "UNRESOLVED")))
        if finding.level not in (Level.BLOCK, Level.INFO):
            text = f"<b>{text}</b>"
    else:
        text = "<br/>".join(describe_resolution(w, r) for r in finding.resolutions)
    return paragraph(text, w.styles["cell"])


def finding_message(w: _Writer, finding: FindingEntry, catalogue: dict[str, str]) -> str:
    """The finding in the summary's language. In English, the words the technologist read when it
    was found (stored with it). In another language, its rule's message from the catalogue
    (resources/texts/<language>/findings.json, keyed by rule code) with this record's values put
    in; a code the catalogue does not know (a rule retired since) keeps its stored words."""
    if w.language == "en":
        return finding.message
    template = catalogue.get(finding.code)
    return finding.message if template is None else template.format(**finding_values(w))


def finding_values(w: _Writer) -> dict[str, str]:
    """What the catalogue's messages may name: the pregnancy test's times and the cycle day."""
    facts, test = w.facts, w.facts.pregnancy_test
    return {"collected": w.time(test.collected_at) if test else "",
            "earliest": w.time(facts.test_collection_from),
            "cycle_day": str(facts.cycle_day or ""), "last_cycle_day": str(facts.last_cycle_day)}


def _findings(w: _Writer) -> None:
    w.heading("Screening findings")
    if not w.facts.findings:
        w.line(w.tr("No findings."))
        return
    catalogue = load_texts(w.language, "findings") if w.language != "en" else {}
    rows = [[w.tr(LEVEL_NAMES[f.level]), f"{finding_message(w, f, catalogue)} [{f.code}]", resolution_cell(w, f)]
            for f in w.facts.findings]
    w.table(["Level", "Finding", "Resolution"], rows, [0.13, 0.4, 0.47])


def _procedure_timeline(w: _Writer) -> None:
    facts = w.facts
    w.heading("Time-out")
    if facts.timeouts:
        w.table(["Time", "Confirmed by", "Confirmed aloud"],
                [[w.time(t.at), t.confirmed_by, "; ".join(t.items)] for t in facts.timeouts], [0.24, 0.28, 0.48])
    else:
        w.line(w.tr("No time-out recorded."))
    w.heading("Checklist timeline")
    if facts.checklist:
        rows = [[w.time(e.at), f"{e.step}. {w.tr(e.title)}", w.tr(STEP_ACTIONS.get(e.action, e.action)), e.by,
                 "; ".join(part for part in (e.detail, e.reason) if part)] for e in facts.checklist]
        w.table(["Time", "Step", "Event", "By", "Note"], rows, [0.24, 0.33, 0.12, 0.15, 0.16])
    else:
        w.line(w.tr("No checklist steps recorded."))


def _number(w: _Writer, value, unit: str, digits: int = 1) -> str:
    return w.tr("Not recorded") if value is None else f"{value:.{digits}f} {unit}".strip()


def _procedure_record(w: _Writer) -> None:
    record = w.facts.procedure
    w.heading("Procedure record")
    if record is None:
        w.line(w.tr("No procedure record."))
    else:
        def source(*fields: str) -> str:
            """' (scanned)' or ' (typed)' after a value, as the record kept it (issue #20)."""
            kinds = {record.sources.get(name) for name in fields} - {None}
            if not kinds:
                return ""
            word = "scanned" if kinds == {"scanned"} else "typed" if kinds == {"typed"} else "scanned and typed"
            return f" ({w.tr(word)})"

        contrast = ", ".join(part for part in (record.contrast_agent, record.contrast_concentration) if part)
        expiry = w.day(record.contrast_expiry) if record.contrast_expiry else w.tr("Not recorded")
        catheter = " — ".join(part for part in (w.tr((record.catheter_type or "not recorded").capitalize()),
                                                record.catheter_product) if part)
        w.fields([
            ("Contrast", (contrast or w.tr("Not recorded")) + source("contrast_agent", "contrast_concentration")),
            ("Volume", _number(w, record.contrast_volume_ml, "mL")),
            ("Contrast lot / expiry", f"{record.contrast_lot or w.tr('no lot')}{source('contrast_lot')} / "
                                      f"{expiry}{source('contrast_expiry')}"
                                      + (f" — {record.expiry_note}" if record.expiry_note else "")),
            ("Catheter / lot", f"{catheter}{source('catheter_type', 'catheter_product')} / "
                               f"{record.catheter_lot or w.tr('no lot')}{source('catheter_lot')}"),
            ("Catheter expiry", (w.day(record.catheter_expiry) if record.catheter_expiry else w.tr("Not recorded"))
                                + source("catheter_expiry")),
            ("Fluoroscopy time", _number(w, record.fluoro_time_min, "min")
                                 + (f" — {record.fluoro_note}" if record.fluoro_note else "")),
            ("Images", (w.tr("Not recorded") if record.image_count is None else str(record.image_count))
                       + (f" — {record.images_note}" if record.images_note else "")),
            ("Cumulative air kerma", _number(w, record.air_kerma_mgy, "mGy")),
            ("Kerma-area product", _number(w, record.kap_gycm2, "Gy·cm²", 2)),
            ("Radiologist", record.radiologist_name or w.tr("Not recorded")),
        ], pairs=2)
        if record.dose_note:
            w.fields([("Dose above the local reference level: note", record.dose_note)])
    w.heading("Complications")
    complications = [label for label in w.facts.complications if label != COMPLICATION_LABELS[Complication.NONE]]
    if complications:
        w.line("; ".join(w.tr(label) for label in complications))
    else:  # "None" ticked reads as a sentence (Spanish: "Ninguna", not the list word "Ninguno")
        w.line(w.tr("No complications.") if w.facts.complications else w.tr("None recorded."))
    w.heading("Technologist notes")
    w.lines(w.facts.notes or w.tr("None."))


def _amendments_and_signature(w: _Writer) -> None:
    facts = w.facts
    w.heading("Amendments")
    if facts.amendments:
        rows = [[w.time(a.at), a.what, f"{a.old_value or '—'} → {a.new_value or '—'}",
                 a.reason, a.by] for a in facts.amendments]
        w.table(["When", "Field", "Old → new", "Reason", "By"], rows, [0.24, 0.18, 0.2, 0.24, 0.14])
    else:
        w.line(w.tr("No amendments."))
    w.heading("Signature")
    if facts.signature:
        w.line(w.tr("Signed by {who} on {time}.", who=facts.signature.signed_by or w.tr("unknown user"),
                    time=w.time(facts.signature.signed_at)))
    else:
        w.line(w.tr("Not signed yet."))


def build_summary(facts: DocumentFacts, language: str = "en") -> bytes:
    """The exam summary as PDF bytes in `language` ('en' or 'es');
    DocumentNotReady unless the exam is performed or completed."""
    require_ready(facts, "summary")
    w = _Writer(facts, language)
    # The page heading carries the title: an aborted exam reads ABORTED on every page.
    title = w.tr(TITLE) + (f" — {w.tr('ABORTED')}" if facts.exam.status is ExamStatus.ABORTED else "")
    w.story += [Paragraph(esc(title), w.styles["title"]),
                Paragraph(esc(w.tr("Exam {exam} · printed {time} · {facility}", exam=facts.exam.id,
                                   time=w.time(facts.printed_at), facility=facts.facility.name)),
                          w.styles["subtitle"])]
    _patient_and_exam(w)
    _stopped(w)
    _checkin(w, facts.checkin)
    _pregnancy_test(w, facts.pregnancy_test)
    _history(w, facts.history)
    _findings(w)
    _procedure_timeline(w)
    _procedure_record(w)
    _amendments_and_signature(w)
    return build_pdf(w.story, heading_for(facts, language, title), facts.paper_size)


def _status_reason(w: _Writer) -> str:
    """Why the exam stopped, in the summary's language when it was chosen from the list (the
    window stores the English label, and 'Other: ' before a typed detail); typed text as typed."""
    reason = w.facts.exam.status_reason or ""
    if w.facts.exam.status is not ExamStatus.ABORTED:
        return reason
    chosen, _, detail = reason.partition(": ")
    if reason in ABORT_LABELS:
        return w.tr(reason)
    if chosen == AbortReason.OTHER.label and detail:
        return f"{w.tr(chosen)}: {detail}"
    return reason


def _stopped(w: _Writer) -> None:
    """An aborted exam: why, who stopped it and when, and the last step done (contrast and dose follow)."""
    exam = w.facts.exam
    if exam.status is not ExamStatus.ABORTED:
        return
    done: set[int] = set()
    for entry in w.facts.checklist:
        if entry.action == "done":
            done.add(entry.step)
        elif entry.action == "undone":
            done.discard(entry.step)
    w.heading("Exam ABORTED")
    w.fields([("Reason", _status_reason(w) or w.tr("Not recorded")),
              ("Stopped by", who_when(exam.status_by, w.time(exam.status_at)) or w.tr("Not recorded")),
              ("Steps done", ", ".join(str(step) for step in sorted(done)) or w.tr("None")),
              ("Aftercare from", w.time(w.facts.aftercare_from)
               or w.tr("No aftercare sheet (no instrument used)"))])
