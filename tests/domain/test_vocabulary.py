"""One vocabulary per list (#17 §2): every list a person chooses from is a StrEnum with a label."""

from __future__ import annotations

import pytest

from hsg_desk.domain.indication import Indication
from hsg_desk.domain.lifecycle import AbortReason, ExamStatus
from hsg_desk.domain.vocabulary import (Complication, DocumentKind, Language, PaymentKind, PaymentMethod, TestMethod,
                                        TestResult)

LISTS = (Language, DocumentKind, PaymentKind, PaymentMethod, Complication, TestMethod, TestResult, AbortReason,
         Indication, ExamStatus)


@pytest.mark.parametrize("vocabulary", LISTS, ids=[vocabulary.__name__ for vocabulary in LISTS])
def test_every_member_has_its_own_label(vocabulary):
    labels = [member.label for member in vocabulary]
    assert all(label.strip() and label[0].isupper() for label in labels), labels
    assert len(set(labels)) == len(labels), labels


@pytest.mark.parametrize(("member", "label"), [
    (Language.ES, "Spanish"),
    (DocumentKind.PREP, "Preparation sheet"),
    (PaymentKind.SELF_PAY, "Self-pay"),
    (TestMethod.SERUM, "Serum (blood)"),
    (Complication.UNABLE_TO_CANNULATE, "Unable to cannulate"),
    (AbortReason.VASOVAGAL, "Vasovagal reaction"),
])
def test_labels_read_as_the_clinic_says_them(member, label):
    assert member.label == label


def test_members_stand_for_their_stored_text():
    assert Language("es") is Language.ES
    assert tuple(Language) == ("en", "es")
    assert tuple(DocumentKind) == ("summary", "aftercare", "prep", "consent")
