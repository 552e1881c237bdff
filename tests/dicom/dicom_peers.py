"""Real DICOM peers on 127.0.0.1: DCMTK's worklist server (wlmscpfs) and a pynetdicom MPPS SCP
(the fixtures are made available by this folder's conftest.py).

Never anything but 127.0.0.1. The worklist server reads its folder at every query, so a
test sets the entries it needs with `worklist_server.serve(...)` before pulling.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest

HOST = "127.0.0.1"
WORKLIST_AE = "RIS"


# Generous: the machine is shared, and a loaded one must not turn a refusal into a timeout.
TIMEOUT_SECONDS = 30


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


class ClosedPort:
    """A port where nothing listens, held (bound, never listening) so that no other test run
    on this machine can start a server there meanwhile: connecting is refused at once."""

    def __init__(self):
        self.holder = socket.socket()
        self.holder.bind((HOST, 0))
        self.port = self.holder.getsockname()[1]

    def release(self) -> int:
        """Let a server of ours take the port now (a receiver that "comes back")."""
        self.holder.close()
        return self.port


def wait_for_port(port: int, process: subprocess.Popen, seconds: float = 10.0) -> None:
    """Until the server accepts connections (or has died, or `seconds` passed)."""
    pause = threading.Event()
    for _ in range(int(seconds / 0.02)):
        if process.poll() is not None:
            raise RuntimeError(f"the server exited: {process.stderr.read() if process.stderr else ''}")
        try:
            with socket.create_connection((HOST, port), timeout=0.5):
                return
        except OSError:
            pause.wait(0.02)
    raise RuntimeError(f"nothing listens on {HOST}:{port}")


@dataclass
class WorklistEntry:
    """One scheduled step, written as a DCMTK dump and turned into a .wl file by dump2dcm."""

    accession: str
    step_id: str
    mrn: str
    name: str
    birth: str = "19900115"
    day: str = "20261126"
    clock: str = "093000"
    description: str = "HSG infertility work-up"
    charset: str = "ISO_IR 192"  # '' = none sent
    status: str = "SCHEDULED"
    modality: str = "RF"
    station: str = "HSGROOM"
    issuer: str = "CLINIC"
    referring: str = "Lopez^Ana"
    requested_id: str = ""
    study_uid: str = field(default="")

    def dump(self) -> str:
        lines = [f"(0008,0005) CS [{self.charset}]"] if self.charset else []
        lines += [
            f"(0008,0050) SH [{self.accession}]", f"(0008,0090) PN [{self.referring}]",
            f"(0010,0010) PN [{self.name}]", f"(0010,0020) LO [{self.mrn}]", f"(0010,0021) LO [{self.issuer}]",
            f"(0010,0030) DA [{self.birth}]", "(0010,0040) CS [F]",
            f"(0020,000d) UI [{self.study_uid or '1.2.826.0.1.3680043.10.543.' + self.step_id[-4:]}]",
            f"(0032,1060) LO [{self.description}]", f"(0040,1001) SH [{self.requested_id or 'RP' + self.step_id}]",
            "(0040,0100) SQ", "(fffe,e000) -", f"(0008,0060) CS [{self.modality}]",
            f"(0040,0001) AE [{self.station}]", f"(0040,0002) DA [{self.day}]", f"(0040,0003) TM [{self.clock}]",
            f"(0040,0007) LO [{self.description}]", f"(0040,0009) SH [{self.step_id}]",
            f"(0040,0020) CS [{self.status}]", "(fffe,e00d) -", "(fffe,e0dd) -",
        ]
        return "\n".join(lines) + "\n"

    @property
    def encoding(self) -> str:
        return {"ISO_IR 100": "latin-1", "ISO_IR 192": "utf-8"}.get(self.charset, "ascii")


class WorklistServer:
    def __init__(self, root: Path, port: int):
        self.root, self.port = root, port
        self.folder = root / WORKLIST_AE

    def serve(self, *entries: WorklistEntry) -> None:
        """The worklist holds exactly `entries` from now on."""
        for old in self.folder.glob("*.wl"):
            old.unlink()
        for number, entry in enumerate(entries):
            dump = self.root / f"entry{number}.dump"
            dump.write_bytes(entry.dump().encode(entry.encoding))
            subprocess.run(["dump2dcm", "+te", str(dump), str(self.folder / f"entry{number}.wl")],
                           check=True, capture_output=True)


@pytest.fixture(scope="session")
def worklist_server(tmp_path_factory):
    if shutil.which("wlmscpfs") is None:
        pytest.skip("DCMTK's wlmscpfs is not installed (.ci/run installs it)")
    root = tmp_path_factory.mktemp("worklist")
    (root / WORKLIST_AE).mkdir()
    (root / WORKLIST_AE / "lockfile").touch()  # wlmscpfs refuses an AE folder without it
    port = free_port()
    # -csk: keep each file's character set in the reply (else accents arrive garbled).
    process = subprocess.Popen(["wlmscpfs", "-csk", "-dfp", str(root), str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        wait_for_port(port, process)
        yield WorklistServer(root, port)
    finally:
        process.terminate()
        process.wait(timeout=10)


# -- the MPPS receiver ------------------------------------------------------------

RECEIVER_AE = "RIS-MPPS"


class MppsReceiver:
    """A pynetdicom MPPS SCP that keeps every N-CREATE and N-SET it receives.

    `received` is a list of (verb, SOP instance UID, dataset); `hold` makes every reply wait
    until it is set (a slow server); `status` is what it answers (0x0000 = success).
    """

    def __init__(self, port: int):
        from pynetdicom import AE, evt
        from pynetdicom.sop_class import ModalityPerformedProcedureStep

        self.port = port
        self.received: list[tuple[str, str, object]] = []
        self.hold: threading.Event | None = None
        self.status = 0x0000
        ae = AE(ae_title=RECEIVER_AE)
        ae.require_called_aet = True  # a wrong called AE title is rejected, as a real RIS does
        ae.add_supported_context(ModalityPerformedProcedureStep)
        handlers = [(evt.EVT_N_CREATE, self._create), (evt.EVT_N_SET, self._set)]
        self.server = ae.start_server((HOST, port), block=False, evt_handlers=handlers)

    def _reply(self):
        if self.hold is not None:
            self.hold.wait(30)

    def _create(self, event):
        self._reply()
        self.received.append(("N-CREATE", event.request.AffectedSOPInstanceUID, event.attribute_list))
        return self.status, event.attribute_list

    def _set(self, event):
        self._reply()
        self.received.append(("N-SET", event.request.RequestedSOPInstanceUID, event.modification_list))
        return self.status, event.modification_list

    def stop(self) -> None:
        if self.hold is not None:
            self.hold.set()
        self.server.shutdown()

    @property
    def statuses(self) -> list[tuple[str, str]]:
        return [(verb, str(ds.PerformedProcedureStepStatus)) for verb, _, ds in self.received]


@pytest.fixture
def closed_port():
    held = ClosedPort()
    yield held
    held.holder.close()


@pytest.fixture
def mpps_receivers():
    """Start receivers with `start(port=None)`; all are stopped after the test."""
    started: list[MppsReceiver] = []

    def start(port: int | None = None) -> MppsReceiver:
        receiver = MppsReceiver(port or free_port())
        started.append(receiver)
        return receiver

    yield start
    for receiver in started:
        receiver.stop()


@pytest.fixture
def not_dicom_server():
    """Something on a port that answers, but not in DICOM (e.g. a web server on the RIS's port)."""
    listener = socket.socket()
    listener.bind((HOST, 0))
    listener.listen(4)
    listener.settimeout(0.2)  # so the thread notices `stop`
    stop = threading.Event()

    def serve():
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except socket.timeout:
                continue
            except OSError:
                return
            with connection:
                try:
                    connection.recv(4096)
                    connection.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
                except OSError:
                    pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield listener.getsockname()[1]
    stop.set()
    listener.close()
    thread.join(5)
