"""The procedure record's fields, one spec each (#17 §1): what a typed value is kept as, and
the message at the field when it cannot be kept; and what the whole record still lacks."""

from dataclasses import replace
from datetime import date

import pytest

from hsg_desk.domain.errors import ValidationError
from hsg_desk.domain.procedure_record import (PROCEDURE_FIELDS, ProcedureRecord, clean_value, emptied_with,
                                              record_problems)
from hsg_desk.domain.settings import ClinicSettings


@pytest.mark.parametrize("field, typed, kept", [
    ("contrast_agent", "  iohexol (Omnipaque) ", "iohexol (Omnipaque)"),
    ("contrast_agent", None, ""),
    ("contrast_volume_ml", "12,25", 12.2),
    ("contrast_volume_ml", "", None),
    ("image_count", "6", 6),
    ("air_kerma_mgy", 3.14159, 3.14),
    ("contrast_expiry", "2027-11-30", date(2027, 11, 30)),
    ("contrast_expiry", date(2027, 1, 2), date(2027, 1, 2)),
    ("catheter_expiry", "", None),
    ("catheter_type", "balloon", "balloon"),
    ("catheter_type", "", None),
    ("contrast_reaction_severity", "moderate", "moderate"),
    ("complications", ["vasovagal", "bleeding", "vasovagal"], ("vasovagal", "bleeding")),
    ("complications", None, ()),
    ("contrast_gtin", " 04350000123459 ", "04350000123459"),
    ("contrast_gtin", "", None),
    ("radiologist_id", "7", 7),
    ("radiologist_id", "", None),
])
def test_a_typed_value_is_kept_as_its_spec_says(field, typed, kept):
    assert clean_value(field, typed) == kept


@pytest.mark.parametrize("field, typed, message", [
    ("contrast_lot", "x" * 61, "at most 60 characters"),
    ("contrast_volume_ml", "twelve", "type a number"),
    ("contrast_volume_ml", "-1", "cannot be negative"),
    ("contrast_volume_ml", "201", "at most 200 mL"),
    ("image_count", "2.5", "a whole number"),
    ("contrast_expiry", "2027-02-30", "not a date"),
    ("catheter_type", "sponge", "choose balloon catheter, cannula or other"),
    ("contrast_reaction_severity", "fatal", "choose mild, moderate or severe"),
    ("complications", ["hiccups"], "unknown complication 'hiccups'"),
    ("complications", ["none", "bleeding"], "“None” cannot go with a complication"),
    ("catheter_gtin", "12345", "a GTIN-14 (14 digits)"),
    ("version", 3, "not a procedure record field"),
])
def test_a_value_that_cannot_be_kept_is_refused_at_its_field(field, typed, message):
    with pytest.raises(ValidationError) as refused:
        clean_value(field, typed)
    assert (refused.value.field, refused.value.message) == (field, message)


def test_every_field_of_the_record_has_a_spec_with_a_label():
    names = set(PROCEDURE_FIELDS.names())
    assert names == set(ProcedureRecord.__dataclass_fields__) - {"sources", "version"}
    assert all(field.label for field in PROCEDURE_FIELDS)


def test_unticking_a_complication_empties_its_details():
    assert emptied_with("complications", ("bleeding",)) == {"contrast_reaction_severity": None,
                                                             "complication_other": ""}
    assert emptied_with("complications", ("contrast_reaction", "other")) == {}
    assert emptied_with("notes", "x") == {}


COMPLETE = ProcedureRecord(contrast_agent="iohexol", contrast_concentration="300 mgI/mL", contrast_volume_ml=10.0,
                           contrast_lot="L1", contrast_expiry=date(2027, 1, 1), catheter_type="balloon",
                           fluoro_time_min=0.8, image_count=6, complications=("none",), radiologist_name="Dr. Reader")


def problems(record, device_confirmation=False):
    return record_problems(record, exam_day=date(2026, 11, 25), device_confirmation=device_confirmation,
                           settings=ClinicSettings())


@pytest.mark.parametrize("change, field, message", [
    (dict(contrast_lot="  "), "contrast_lot", "required"),
    (dict(image_count=None), "image_count", "required"),
    (dict(complications=()), "complications", "choose “None” if there were none"),
    (dict(complications=("contrast_reaction",)), "contrast_reaction_severity", "how severe was the contrast reaction?"),
    (dict(complications=("other",)), "complication_other", "describe the other complication"),
])
def test_what_the_record_still_lacks_names_the_field(change, field, message):
    assert problems(COMPLETE) == {}
    assert problems(replace(COMPLETE, **change)) == {field: message}


def test_a_long_fluoroscopy_and_few_images_for_a_device_ask_for_notes():
    settings = ClinicSettings()
    long = replace(COMPLETE, fluoro_time_min=settings.fluoro_time_note_minutes + 1)
    assert "fluoro_note" in problems(long)
    assert "fluoro_note" not in problems(replace(long, fluoro_note="tortuous tubes"))
    few = replace(COMPLETE, image_count=settings.device_min_images - 1)
    assert "images_note" in problems(few, device_confirmation=True)
    assert "images_note" not in problems(few)
