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


# -- no copies: a list of choices is spelt out in one place only ---------------------------
def _spelt_out_lists(source: str):
    """The shapes a copied vocabulary takes in `source`: a tuple, list or set literal of two or
    more strings (its values), and a dict literal from strings to strings (its keys and values)."""
    import ast

    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            items, values = node.elts, None
        elif isinstance(node, ast.Dict):
            items, values = node.keys, node.values
        else:
            continue
        if len(items) < 2 or not all(isinstance(item, ast.Constant) and isinstance(item.value, str)
                                     for item in (*items, *(values or ()))):
            continue
        yield node.lineno, {item.value: (values[n].value if values else None) for n, item in enumerate(items)}


def test_no_layer_spells_out_a_vocabulary_list_again():
    """`("en", "es")` or `{"en": "English", "es": "Spanish"}` outside the domain is a copy that
    drifts: take `tuple(Language)` or `member.label`. A table that says something new about each
    member (a date pattern per language, a check box per complication) is not a copy. The
    generated Designer code is left out."""
    from pathlib import Path

    import hsg_desk
    from hsg_desk.domain.allergy import AllergyCategory, Severity

    vocabularies = [vocabulary for vocabulary in (*LISTS, AllergyCategory, Severity) if len(vocabulary) >= 2]
    package = Path(hsg_desk.__file__).parent
    copies = []
    for path in sorted(package.rglob("*.py")):
        if path.parent.name in ("domain", "ui"):
            continue
        for line, spelt in _spelt_out_lists(path.read_text(encoding="utf-8")):
            for vocabulary in vocabularies:
                values = {member.value: None for member in vocabulary}
                labels = {member.value: getattr(member, "label", None) for member in vocabulary}
                if spelt in (values, labels):
                    copies.append(f"{path.relative_to(package)}:{line} copies {vocabulary.__name__}")
    assert not copies, copies
