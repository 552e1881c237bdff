"""One association with a remote AE, and the plain-language errors of everything that can go wrong.

Every failure becomes a `DicomError` whose message a front-desk clerk or a clinic's IT admin
can act on: nothing answers, the server refused us (usually an AE title), it answered too
slowly, or it answered with something that is not DICOM. The message is a Message (its str is
the English): kept so by the services, it is said in the window's language when shown.
"""

from __future__ import annotations

import logging
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager

from hsg_desk.domain.message import Message
from hsg_desk.domain.ris import DicomEndpoint

IMPLEMENTATION_VERSION = "HSGDESK_01"  # (0002,0013): at most 16 characters
MISSING_LIBRARIES = Message("DICOM is not installed on this computer: install HSG Desk with its DICOM "
                            "extra (pip install 'hsg-desk[dicom]').")


class DicomError(Exception):
    """A DICOM exchange failed; the message says why in plain words. Nothing was changed."""

    @property
    def message(self) -> str:
        """Why, as a Message the window says in its language (str(error) is the English)."""
        return self.args[0] if self.args else ""


def peer(endpoint: DicomEndpoint) -> Message:
    """"RIS-MWL at 10.0.0.5:104", as str(endpoint) writes it, said in the window's language."""
    return Message("{ae} at {host}:{port}", ae=endpoint.called_ae or Message("(any AE)"), host=endpoint.host,
                   port=endpoint.port)


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
        raise DicomError(Message("No answer from {endpoint} within {timeout:g} s: is the server on, "
                                 "and the host and port right?", endpoint=peer(endpoint),
                                 timeout=endpoint.timeout)) from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise DicomError(Message("Cannot reach {endpoint}: {reason}. Is the server running, and are "
                                 "the host and port right?", endpoint=peer(endpoint),
                                 reason=reason.lower())) from None  # the system's own words


def _rejection(assoc, endpoint: DicomEndpoint) -> Message:
    primitive = getattr(assoc.acceptor, "primitive", None)
    diagnostic = getattr(primitive, "diagnostic", None)
    # PS3.8 9.3.4: diagnostic 3 = calling AE title not recognized, 7 = called AE title not recognized.
    values = dict(endpoint=peer(endpoint), called=endpoint.called_ae or Message("(blank)"), calling=endpoint.calling_ae)
    if diagnostic == 3:
        return Message("{endpoint} refused the connection (it does not accept our calling AE title). Check the "
                       "AE titles in the settings: we call {called} as {calling}.", **values)
    if diagnostic == 7:
        return Message("{endpoint} refused the connection (it does not know the called AE title). Check the "
                       "AE titles in the settings: we call {called} as {calling}.", **values)
    return Message("{endpoint} refused the connection. Check the AE titles in the settings: we call {called} "
                   "as {calling}.", **values)


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
            raise DicomError(Message("{endpoint} did not answer within {timeout:g} s.", endpoint=peer(endpoint),
                                     timeout=endpoint.timeout))
        raise DicomError(Message("{endpoint} answered with something that is not DICOM, or closed the "
                                 "connection. Is this the right port?", endpoint=peer(endpoint)))
    if not any(context.result == 0 for context in assoc.accepted_contexts):
        assoc.release()
        raise DicomError(Message("{endpoint} does not offer this service (the SOP class was not accepted).",
                                 endpoint=peer(endpoint)))
    try:
        yield assoc
    except BaseException:
        if assoc.is_established:
            assoc.abort()
        raise
    else:
        if assoc.is_established:
            assoc.release()


def refusal(endpoint: DicomEndpoint, what: str, code: int, comment: str) -> Message:
    """"RIS-MPPS at 10.0.0.5:104 refused the MPPS N-CREATE (status 0x0110: its comment)."."""
    if comment:
        return Message("{endpoint} refused the {what} (status 0x{code:04X}: {comment}).", endpoint=peer(endpoint),
                       what=what, code=code, comment=comment)
    return Message("{endpoint} refused the {what} (status 0x{code:04X}).", endpoint=peer(endpoint), what=what,
                   code=code)


def lost(assoc, endpoint: DicomEndpoint, what: str) -> DicomError:
    """The error for an exchange that got no usable answer (timeout, abort, garbage)."""
    if assoc.is_established:
        assoc.abort()
    return DicomError(Message("{endpoint} did not complete the {what} within {timeout:g} s, or broke off the "
                              "connection. Nothing was changed here; try again.", endpoint=peer(endpoint),
                              what=what, timeout=endpoint.timeout))
