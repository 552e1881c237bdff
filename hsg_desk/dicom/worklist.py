"""Modality Worklist C-FIND (PS3.4 K): the RIS's scheduled procedure steps as `ScheduledStep`s.

The query asks for the attributes README "DICOM" maps and matches on the scheduled start
date (a range), the modality and the scheduled station AE title. The procedure filter (a
code or a description, '*' and '?' wildcards) is applied here to the replies, because
worklist servers differ in which description keys they match on.
"""

from __future__ import annotations

import fnmatch
import re
from datetime import date, time

from hsg_desk.domain.message import Message
from hsg_desk.domain.ris import DicomEndpoint, ScheduledStep, WorklistQuery, person_name

from .network import DicomError, association, lost, peer, refusal

# What we read from every reply (and ask for with a blank value, "return key").
PATIENT_KEYS = ("PatientName", "PatientID", "IssuerOfPatientID", "PatientBirthDate", "PatientSex")
REQUEST_KEYS = ("AccessionNumber", "RequestedProcedureID", "RequestedProcedureDescription",
                "StudyInstanceUID", "ReferringPhysicianName")
STEP_KEYS = ("ScheduledProcedureStepStartDate", "ScheduledProcedureStepStartTime", "Modality",
             "ScheduledStationAETitle", "ScheduledProcedureStepID", "ScheduledProcedureStepDescription",
             "ScheduledProcedureStepStatus", "ScheduledPerformingPhysicianName")
PENDING = (0xFF00, 0xFF01)


def query_dataset(query: WorklistQuery):
    from pydicom.dataset import Dataset

    ds = Dataset()
    # Asking for (0008,0005) makes the server say which character set its replies use.
    ds.SpecificCharacterSet = ""
    for keyword in PATIENT_KEYS + REQUEST_KEYS:
        setattr(ds, keyword, "")
    ds.RequestedProcedureCodeSequence = []
    step = Dataset()
    for keyword in STEP_KEYS:
        setattr(step, keyword, "")
    day = f"{query.first_day:%Y%m%d}"
    step.ScheduledProcedureStepStartDate = day if query.first_day == query.last_day \
        else f"{day}-{query.last_day:%Y%m%d}"
    step.Modality = query.modality
    step.ScheduledStationAETitle = query.station_ae
    step.ScheduledProtocolCodeSequence = []
    ds.ScheduledProcedureStepSequence = [step]
    return ds


def find_scheduled_steps(endpoint: DicomEndpoint, query: WorklistQuery) -> list[ScheduledStep]:
    """Every scheduled step the worklist server lists for `query`; DicomError when the
    exchange fails or the server reports a failure (then nothing is returned)."""
    from pynetdicom.sop_class import ModalityWorklistInformationFind

    steps = []
    with association(endpoint, [ModalityWorklistInformationFind]) as assoc:
        for status, identifier in assoc.send_c_find(query_dataset(query), ModalityWorklistInformationFind):
            code = getattr(status, "Status", None)
            if code is None:
                raise lost(assoc, endpoint, Message("worklist query"))
            if code in PENDING:
                if identifier is None:
                    raise DicomError(Message("{endpoint} sent a worklist entry that cannot be read.",
                                             endpoint=peer(endpoint)))
                steps.append(scheduled_step(identifier))
            elif code != 0x0000:
                comment = str(status.get("ErrorComment", "")).strip()
                raise DicomError(refusal(endpoint, Message("worklist query"), code, comment))
    return [step for step in steps if _matches_procedure(step, query.procedure)]


def _matches_procedure(step: ScheduledStep, wanted: str) -> bool:
    if not wanted:
        return True
    pattern = wanted if any(ch in wanted for ch in "*?") else f"*{wanted}*"
    return any(fnmatch.fnmatchcase(text.casefold(), pattern.casefold())
               for text in (step.procedure_code, step.procedure_description) if text)


def scheduled_step(ds) -> ScheduledStep:
    """A C-FIND reply → a ScheduledStep; text decoded with the reply's character set."""
    try:
        ds.decode()  # every string through (0008,0005): ISO_IR 100, ISO_IR 192, or none
        step = ds.ScheduledProcedureStepSequence[0] if ds.get("ScheduledProcedureStepSequence") else None
        family, given = person_name(_text(ds, "PatientName"))
        codes = ds.get("RequestedProcedureCodeSequence") or []
        return ScheduledStep(
            accession_number=_text(ds, "AccessionNumber"),
            step_id=_text(step, "ScheduledProcedureStepID"),
            requested_procedure_id=_text(ds, "RequestedProcedureID"),
            patient_id=_text(ds, "PatientID"),
            issuer_of_patient_id=_text(ds, "IssuerOfPatientID"),
            family_name=family, given_name=given,
            birth_date=_date(_text(ds, "PatientBirthDate")),
            sex=_text(ds, "PatientSex"),
            start_date=_date(_text(step, "ScheduledProcedureStepStartDate")),
            start_time=_time(_text(step, "ScheduledProcedureStepStartTime")),
            referring_name=" ".join(reversed(person_name(_text(ds, "ReferringPhysicianName")))).strip(),
            procedure_description=_text(ds, "RequestedProcedureDescription")
            or _text(step, "ScheduledProcedureStepDescription"),
            procedure_code=_text(codes[0], "CodeValue") if codes else "",
            step_status=_text(step, "ScheduledProcedureStepStatus"),
            modality=_text(step, "Modality"),
            station_ae=_text(step, "ScheduledStationAETitle"),
            study_instance_uid=_text(ds, "StudyInstanceUID"),
        )
    except (AttributeError, IndexError, KeyError, LookupError, TypeError, ValueError) as error:
        raise DicomError(Message("A worklist entry could not be read: {reason}", reason=str(error))) from None


def _text(ds, keyword: str) -> str:
    if ds is None:
        return ""
    value = ds.get(keyword, "")
    return str(value if value is not None else "").strip()


def _date(text: str) -> date | None:
    digits = re.sub(r"\D", "", text)
    if len(digits) != 8:
        return None
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return None


def _time(text: str) -> time | None:
    digits = re.sub(r"[^\d]", "", text.split(".")[0])
    if len(digits) < 2:
        return None
    try:
        return time(int(digits[:2]), int(digits[2:4] or 0), int(digits[4:6] or 0))
    except ValueError:
        return None
