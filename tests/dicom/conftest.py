"""The DICOM peers' fixtures (dicom_peers.py) for every test in this folder."""

import importlib.util

if importlib.util.find_spec("pynetdicom") is None:  # without the [dicom] extra: nothing to test
    collect_ignore_glob = ["test_*.py"]
else:
    from dicom_peers import closed_port, mpps_receivers, not_dicom_server, worklist_server  # noqa: F401
