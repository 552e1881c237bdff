"""What the exam room tells the RIS by MPPS (PS3.4 F, Modality Performed Procedure Step), as
plain {DICOM keyword: value} dicts: the dicom package puts them on the wire, the outbox
stores them as JSON until the RIS has taken them.

- IN PROGRESS (N-CREATE) when step 6 is done: the catheter is placed, the procedure is on;
- COMPLETED (N-SET) when the technologist signs, with the dose and the contrast;
- DISCONTINUED (N-SET) when the exam is aborted after step 6, with a reason code.
docs/dicom-conformance.md lists every attribute; keep the two in step.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from .lifecycle import AbortReason
from .procedure_record import ProcedureRecord

IN_PROGRESS, COMPLETED, DISCONTINUED = "IN PROGRESS", "COMPLETED", "DISCONTINUED"
PROCEDURE_DESCRIPTION = "Hysterosalpingogram"
LOCAL_SCHEME = "99HSGDESK"  # a private coding scheme (PS3.16 8.2: '99' prefix) for our own codes

# CID 9300 "Procedure Discontinuation Reasons" (DCM codes), for each abort reason.
DISCONTINUATION_CODES: dict[AbortReason, tuple[str, str]] = {
    AbortReason.PAIN: ("110515", "Patient condition prevented continuing"),
    AbortReason.VASOVAGAL: ("110515", "Patient condition prevented continuing"),
    AbortReason.UNABLE_TO_CANNULATE: ("110515", "Patient condition prevented continuing"),
    AbortReason.CONTRAST_REACTION: ("110503", "Patient allergic to media/contrast"),
    AbortReason.OTHER: ("110513", "Discontinued for unspecified reason"),
}
ABORT_WORDS = (("contrast", AbortReason.CONTRAST_REACTION), ("vasovagal", AbortReason.VASOVAGAL),
               ("cannulat", AbortReason.UNABLE_TO_CANNULATE), ("pain", AbortReason.PAIN))


@dataclass(frozen=True)
class OutboxMessage:
    """One MPPS message in the outbox, with how its delivery goes (never deleted)."""

    id: int
    exam_id: int
    status: str                 # IN_PROGRESS, COMPLETED or DISCONTINUED: what it tells the RIS
    state: str                  # waiting | sent | failed
    attempts: int
    next_try_at: datetime
    last_error: str
    created_at: datetime
    sent_at: datetime | None
    sop_instance_uid: str = ""
    attributes: dict[str, object] = field(default_factory=dict)  # {DICOM keyword: value}, as sent
    # Whose exam it is, for the list the clinical roles see.
    mrn: str = ""
    family_name: str = ""
    given_name: str = ""

    @property
    def creates(self) -> bool:
        """IN PROGRESS goes as an N-CREATE; the other two as N-SETs of it."""
        return self.status == IN_PROGRESS


@dataclass(frozen=True)
class PerformedStep:
    """Who and what the performed step is about (from the exam, its patient and its RIS order)."""

    exam_id: int
    mrn: str
    family_name: str
    given_name: str
    birth_date: date
    station_ae: str
    started_at: datetime  # facility-local
    issuer_of_patient_id: str = ""
    sex: str = "F"
    accession_number: str = ""
    requested_procedure_id: str = ""
    requested_procedure_description: str = ""
    step_id: str = ""
    step_description: str = ""
    study_instance_uid: str = ""


def _da(day: date) -> str:
    return f"{day:%Y%m%d}"


def _tm(moment: datetime) -> str:
    return f"{moment:%H%M%S}"


def _pn(family: str, given: str) -> str:
    return f"{family}^{given}"


def in_progress(step: PerformedStep) -> dict:
    """The N-CREATE's attributes (PS3.4 F.7.2.1 table F.7.2-1, types 1 and 2)."""
    scheduled = {
        "StudyInstanceUID": step.study_instance_uid, "ReferencedStudySequence": [],
        "AccessionNumber": step.accession_number, "RequestedProcedureID": step.requested_procedure_id,
        "RequestedProcedureDescription": step.requested_procedure_description,
        "ScheduledProcedureStepID": step.step_id, "ScheduledProcedureStepDescription": step.step_description,
        "ScheduledProtocolCodeSequence": [],
    }
    return {
        "SpecificCharacterSet": "ISO_IR 192",
        "ScheduledStepAttributesSequence": [scheduled],
        "PatientName": _pn(step.family_name, step.given_name), "PatientID": step.mrn,
        "IssuerOfPatientID": step.issuer_of_patient_id, "PatientBirthDate": _da(step.birth_date),
        "PatientSex": step.sex, "ReferencedPatientSequence": [],
        "PerformedProcedureStepID": f"HSG{step.exam_id}",
        "PerformedStationAETitle": step.station_ae, "PerformedStationName": "",
        "PerformedLocation": "", "PerformedProcedureStepStartDate": _da(step.started_at),
        "PerformedProcedureStepStartTime": _tm(step.started_at),
        "PerformedProcedureStepStatus": IN_PROGRESS,
        "PerformedProcedureStepDescription": PROCEDURE_DESCRIPTION,
        "PerformedProcedureTypeDescription": PROCEDURE_DESCRIPTION,
        "ProcedureCodeSequence": [], "PerformedProcedureStepEndDate": "", "PerformedProcedureStepEndTime": "",
        "Modality": "RF", "StudyID": f"HSG{step.exam_id}", "PerformedProtocolCodeSequence": [],
        "PerformedSeriesSequence": [],
    }


def completed(record: ProcedureRecord, ended_at: datetime) -> dict:
    """The N-SET at signing: end time, the Radiation Dose module, the contrast (free text
    and a supplies item, where no standard attribute fits)."""
    values: dict = {
        "PerformedProcedureStepStatus": COMPLETED,
        "PerformedProcedureStepEndDate": _da(ended_at), "PerformedProcedureStepEndTime": _tm(ended_at),
        "PerformedProcedureStepDescription": PROCEDURE_DESCRIPTION,
        "PerformedSeriesSequence": [],
    }
    if record.fluoro_time_min is not None:  # US, seconds
        values["TotalTimeOfFluoroscopy"] = round(record.fluoro_time_min * 60)
    if record.image_count is not None:  # US
        values["TotalNumberOfExposures"] = int(record.image_count)
    if record.kap_gycm2 is not None:  # DS, in dGy·cm² (PS3.3 C.4.16): 1 Gy·cm² = 10 dGy·cm²
        values["ImageAndFluoroscopyAreaDoseProduct"] = _ds(record.kap_gycm2 * 10)
    if record.air_kerma_mgy is not None:
        values["EntranceDoseInmGy"] = _ds(record.air_kerma_mgy)
    dose_notes = []
    if record.air_kerma_mgy is not None:
        dose_notes.append(f"Entrance Dose in mGy is the cumulative air kerma at the reference point "
                          f"({_ds(record.air_kerma_mgy)} mGy)")
    if record.kap_gycm2 is not None:
        dose_notes.append(f"kerma-area product {_ds(record.kap_gycm2)} Gy.cm2")
    if dose_notes:
        values["CommentsOnRadiationDose"] = "; ".join(dose_notes) + "."
    contrast = contrast_text(record)
    if contrast:
        values["CommentsOnThePerformedProcedureStep"] = contrast
        item = {"BillingItemSequence": [{"CodeValue": "CONTRAST", "CodingSchemeDesignator": LOCAL_SCHEME,
                                         "CodeMeaning": _fit(" ".join(filter(None, (
                                             record.contrast_agent, record.contrast_concentration))), 64)}]}
        if record.contrast_volume_ml is not None:
            item["QuantitySequence"] = [{"Quantity": _ds(record.contrast_volume_ml), "MeasuringUnitsSequence": [
                {"CodeValue": "mL", "CodingSchemeDesignator": "UCUM", "CodeMeaning": "mL"}]}]
        values["BillingSuppliesAndDevicesSequence"] = [item]
    return values


def discontinued(reason: str, ended_at: datetime) -> dict:
    code, meaning = DISCONTINUATION_CODES[abort_reason_of(reason)]
    return {
        "PerformedProcedureStepStatus": DISCONTINUED,
        "PerformedProcedureStepEndDate": _da(ended_at), "PerformedProcedureStepEndTime": _tm(ended_at),
        "PerformedProcedureStepDiscontinuationReasonCodeSequence": [
            {"CodeValue": code, "CodingSchemeDesignator": "DCM", "CodeMeaning": meaning}],
        "CommentsOnThePerformedProcedureStep": _fit(f"Aborted: {reason}", 1024),
        "PerformedSeriesSequence": [],
    }


def abort_reason_of(reason: str) -> AbortReason:
    """The abort dialog's words ('Vasovagal reaction', 'Other: …') → the reason they name."""
    text = (reason or "").casefold()
    if text.startswith("other"):
        return AbortReason.OTHER
    return next((value for word, value in ABORT_WORDS if word in text), AbortReason.OTHER)


def contrast_text(record: ProcedureRecord) -> str:
    if not record.contrast_agent:
        return ""
    volume = f", {_ds(record.contrast_volume_ml)} mL" if record.contrast_volume_ml is not None else ""
    return _fit(f"Contrast: {' '.join(filter(None, (record.contrast_agent, record.contrast_concentration)))}"
                f"{volume}", 1024)


def _ds(number: float) -> str:
    """A decimal string (VR DS: at most 16 characters)."""
    return f"{number:.6g}"


def _fit(text: str, limit: int) -> str:
    return text.replace("\\", "/")[:limit]


def new_uid() -> str:
    """A DICOM UID without a registered root: '2.25.' and a random UUID as an integer (PS3.5 B.2);
    a performed step's SOP instance, and the study's when the RIS gave none."""
    return f"2.25.{uuid.uuid4().int}"
