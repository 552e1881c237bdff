"""The RIS's words → ours: person names, indications, abort reasons (domain.ris, domain.mpps)."""

from __future__ import annotations

import pytest

from hsg_desk.domain.indication import Indication
from hsg_desk.domain.lifecycle import AbortReason
from hsg_desk.domain.mpps import DISCONTINUATION_CODES, abort_reason_of
from hsg_desk.domain.ris import indication_for, person_name


@pytest.mark.parametrize("dicom, expected", [
    ("Núñez^María José", ("Núñez", "María José")),
    ("Smith^Jane^Ann^Dr^", ("Smith", "Jane Ann")),
    ("Yamada^Tarou=山田^太郎=やまだ^たろう", ("Yamada", "Tarou")),
    ("Cher", ("Cher", "")),
    ("", ("", "")),
])
def test_person_name_components(dicom, expected):
    assert person_name(dicom) == expected


@pytest.mark.parametrize("description, indication", [
    ("HSG infertility work-up", Indication.INFERTILITY),
    ("Tubal patency study", Indication.INFERTILITY),
    ("HSG after tubal ligation", Indication.TUBAL_LIGATION_CHECK),
    ("Essure confirmation HSG", Indication.DEVICE_CONFIRMATION),
    ("Adiana 3-month check", Indication.DEVICE_CONFIRMATION),
    ("HSG, recurrent miscarriage", Indication.RECURRENT_LOSS),
    ("Hysterosalpingogram", Indication.OTHER),
    ("", Indication.OTHER),
])
def test_requested_procedure_description_to_indication(description, indication):
    assert indication_for(description) is indication


@pytest.mark.parametrize("reason, expected, code", [
    ("Contrast reaction", AbortReason.CONTRAST_REACTION, "110503"),
    ("Vasovagal reaction", AbortReason.VASOVAGAL, "110515"),
    ("Unable to cannulate", AbortReason.UNABLE_TO_CANNULATE, "110515"),
    ("Pain", AbortReason.PAIN, "110515"),
    ("Other: contrast ran out", AbortReason.OTHER, "110513"),
])
def test_abort_reasons_get_a_cid_9300_code(reason, expected, code):
    assert abort_reason_of(reason) is expected
    assert DISCONTINUATION_CODES[expected][0] == code
