"""MPPS as an SCU (PS3.4 F): N-CREATE the performed step, N-SET its end.

The attributes come as {DICOM keyword: value} (domain.mpps); a list of dicts is a sequence.
A failure status from the RIS raises `MppsRefused` (the RIS read the message and said no:
sending it again will not help); anything else that goes wrong is a `DicomError` (worth
another try later).
"""

from __future__ import annotations

from hsg_desk.domain.ris import DicomEndpoint

from .network import DicomError, association, lost, refusal

WARNINGS = (0x0001, 0x0107, 0x0116)  # PS3.7 C: success with a warning (e.g. an attribute left out)


class MppsRefused(DicomError):
    """The RIS answered with a failure status: the message itself is not acceptable to it."""


def dataset(values: dict):
    """{keyword: value} → a pydicom Dataset (nested lists of dicts become sequences)."""
    from pydicom.dataset import Dataset

    ds = Dataset()
    for keyword, value in values.items():
        if isinstance(value, list):
            value = [dataset(item) for item in value]
        setattr(ds, keyword, "" if value is None else value)
    return ds


def send(endpoint: DicomEndpoint, sop_instance_uid: str, attributes: dict, *, create: bool) -> None:
    """N-CREATE (`create`) or N-SET one MPPS instance; returns when the RIS accepted it."""
    from pynetdicom.sop_class import ModalityPerformedProcedureStep

    what = "MPPS N-CREATE" if create else "MPPS N-SET"
    with association(endpoint, [ModalityPerformedProcedureStep]) as assoc:
        if create:
            status, _ = assoc.send_n_create(dataset(attributes), ModalityPerformedProcedureStep,
                                            sop_instance_uid)
        else:
            status, _ = assoc.send_n_set(dataset(attributes), ModalityPerformedProcedureStep, sop_instance_uid)
        code = getattr(status, "Status", None)
        if code is None:
            raise lost(assoc, endpoint, what)
        if code != 0x0000 and code not in WARNINGS:
            comment = str(status.get("ErrorComment", "")).strip()
            raise MppsRefused(refusal(endpoint, what, code, comment))
