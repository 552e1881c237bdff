"""DICOM networking: the RIS's Modality Worklist (C-FIND) and MPPS (N-CREATE/N-SET) as an SCU.

The network edge, as storage is the disk edge: it speaks pynetdicom/pydicom and hands the
services plain domain values (domain.ris). Those libraries are an optional extra
(`pip install 'hsg-desk[dicom]'`) imported only inside the calls that need them, so the
application starts as fast without them and a clinic without a RIS never loads them.
"""
