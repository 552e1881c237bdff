"""One association with a remote AE, and the plain-language errors of everything that can go wrong.

Every failure becomes a `DicomError` whose message a front-desk clerk or a clinic's IT admin
can act on: nothing answers, the server refused us (usually an AE title), it answered too
slowly, or it answered with something that is not DICOM.
"""

from __future__ import annotations

import logging
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager

from hsg_desk.domain.ris import DicomEndpoint

IMPLEMENTATION_VERSION = "HSGDESK_01"  # (0002,0013): at most 16 characters
MISSING_LIBRARIES = ("DICOM is not installed on this computer: install HSG Desk with its DICOM "
                     "extra (pip install 'hsg-desk[dicom]').")


class DicomError(Exception):
    """A DICOM exchange failed; the message says why in plain words. Nothing was changed."""


def require_libraries() -> None:
    try:
        import pydicom  # noqa: F401
        import pynetdicom  # noqa: F401
    except ImportError:
        raise DicomError(MISSING_LIBRARIES) from None
    # pynetdicom logs every PDU at INFO; the app's log wants only its problems.
    logging.getLogger("pynetdicom").setLevel(logging.WARNING)


def _reachable(endpoint: DicomEndpoint) -> None:
    """A plain TCP connect first, so "nothing answers" is told apart from a refusal."""
    try:
        with socket.create_connection((endpoint.host, endpoint.port), timeout=endpoint.timeout):
            pass
    except socket.timeout:
        raise DicomError(f"No answer from {endpoint} within {endpoint.timeout:g} s: is the server on, "
                         "and the host and port right?") from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise DicomError(f"Cannot reach {endpoint}: {reason.lower()}. Is the server running, and are "
                         "the host and port right?") from None


def _rejection(assoc, endpoint: DicomEndpoint) -> str:
    primitive = getattr(assoc.acceptor, "primitive", None)
    diagnostic = getattr(primitive, "diagnostic", None)
    # PS3.8 9.3.4: diagnostic 3 = calling AE title not recognized, 7 = called AE title not recognized.
    reason = {3: "it does not accept our calling AE title",
              7: "it does not know the called AE title"}.get(diagnostic, "")
    detail = f" ({reason})" if reason else ""
    return (f"{endpoint} refused the connection{detail}. Check the AE titles in the settings: "
            f"we call {endpoint.called_ae or '(blank)'} as {endpoint.calling_ae}.")


@contextmanager
def association(endpoint: DicomEndpoint, contexts) -> Iterator[object]:
    """An established association with `endpoint` for the presentation `contexts`
    (SOP class UIDs); released afterwards, aborted on an error."""
    require_libraries()
    from pynetdicom import AE

    _reachable(endpoint)
    from pydicom.uid import ExplicitVRLittleEndian, ImplicitVRLittleEndian

    ae = AE(ae_title=endpoint.calling_ae)
    ae.implementation_version_name = IMPLEMENTATION_VERSION
    for context in contexts:  # the two every DICOM peer reads (docs/dicom-conformance.md)
        ae.add_requested_context(context, [ExplicitVRLittleEndian, ImplicitVRLittleEndian])
    ae.acse_timeout = ae.dimse_timeout = ae.network_timeout = ae.connection_timeout = endpoint.timeout
    # A peer that refuses and closes at once may have its refusal lost with the connection (a
    # TCP reset discards it; on a busy machine this happened twice in a row): ask up to four
    # times, within one timeout, before calling the answer "not DICOM".
    first_try = time.monotonic()
    for _ in range(4):
        started = time.monotonic()
        assoc = ae.associate(endpoint.host, endpoint.port, ae_title=endpoint.called_ae or "ANY-SCP")
        if assoc.is_established or assoc.is_rejected \
                or time.monotonic() - first_try >= endpoint.timeout:
            break
    if assoc.is_rejected:
        raise DicomError(_rejection(assoc, endpoint))
    if not assoc.is_established:
        if time.monotonic() - started >= endpoint.timeout:
            raise DicomError(f"{endpoint} did not answer within {endpoint.timeout:g} s.")
        raise DicomError(f"{endpoint} answered with something that is not DICOM, or closed the "
                         "connection. Is this the right port?")
    if not any(context.result == 0 for context in assoc.accepted_contexts):
        assoc.release()
        raise DicomError(f"{endpoint} does not offer this service (the SOP class was not accepted).")
    try:
        yield assoc
    except BaseException:
        if assoc.is_established:
            assoc.abort()
        raise
    else:
        if assoc.is_established:
            assoc.release()


def lost(assoc, endpoint: DicomEndpoint, what: str) -> DicomError:
    """The error for an exchange that got no usable answer (timeout, abort, garbage)."""
    if assoc.is_established:
        assoc.abort()
    return DicomError(f"{endpoint} did not complete the {what} within {endpoint.timeout:g} s, or "
                      "broke off the connection. Nothing was changed here; try again.")
