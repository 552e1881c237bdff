"""No control character in a record's free text (issue 14 §4, DESIGN.md §8): every text field of
the check-in and the procedure record refuses one at the field, naming it; a line break and a
tab are text only in a field of several lines (the notes), where a Windows line break is kept as
"\\n". The joiners Persian and Devanagari spell with are letters' business, not control."""

from __future__ import annotations

import pytest

from hsg_desk.domain.checkin import CHECKIN_FIELDS
from hsg_desk.domain.errors import ValidationError
from hsg_desk.domain.fields import Text, control_character, without_control_characters
from hsg_desk.domain.procedure_record import PROCEDURE_FIELDS, clean_value

TEXT_FIELDS = [(table, name) for table in (CHECKIN_FIELDS, PROCEDURE_FIELDS) for name in table.names(Text)]
MULTILINE = {name for table, name in TEXT_FIELDS if table[name].multiline}

CONTROLS = [
    ("bell", "Iohexol\x07", "U+0007 (a control character)"),
    ("escape sequence", "lot \x1b[31mL-778", "U+001B (a control character)"),
    ("NUL", "L-7\x0078", "U+0000 (a control character)"),
    ("C1 control", "L-7\x8578", "U+0085 (a control character)"),
    ("right-to-left override", "L-\u202e877", "U+202E (RIGHT-TO-LEFT OVERRIDE)"),
    ("byte order mark", "\ufeffL-778", "U+FEFF (ZERO WIDTH NO-BREAK SPACE)"),
    ("vertical tab", "one\x0btwo", "U+000B (a control character)"),
]


def test_every_free_text_field_is_tested_and_only_the_notes_have_several_lines():
    assert len(TEXT_FIELDS) >= 14 and MULTILINE == {"notes"}


@pytest.mark.parametrize("table, name", TEXT_FIELDS, ids=[name for _, name in TEXT_FIELDS])
@pytest.mark.parametrize("what, typed, named", CONTROLS, ids=[what for what, _, _ in CONTROLS])
def test_a_control_character_is_refused_at_its_field_naming_it(table, name, what, typed, named):
    with pytest.raises(ValidationError) as refused:
        table.clean(name, typed)
    assert refused.value.field == name
    assert refused.value.message == f"contains {named}, which cannot be printed: remove it"


@pytest.mark.parametrize("table, name", TEXT_FIELDS, ids=[name for _, name in TEXT_FIELDS])
@pytest.mark.parametrize("typed", ["first line\nsecond", "first\ttab", "first\r\nsecond"])
def test_line_breaks_and_tabs_only_where_the_field_has_several_lines(table, name, typed):
    if name in MULTILINE:
        assert table.clean(name, typed) == typed.replace("\r\n", "\n")
    else:
        with pytest.raises(ValidationError, match="cannot be printed"):
            table.clean(name, typed)


def test_the_notes_keep_their_lines_and_persian_joiners_and_are_kept_in_nfc():
    typed = "Tolerated well.\r\nCramping after step 7;\tno bleeding.\rSe\u0301ance: رضایی نرگس\u200cخانم  \n"
    assert clean_value("notes", typed) == "Tolerated well.\nCramping after step 7;\tno bleeding.\nSéance: " \
                                          "رضایی نرگس\u200cخانم"


def test_what_a_document_prints_of_old_text_drops_the_control_characters_only():
    stored = "Bell\x07 escape\x1b[31m NUL\x00 \u202eevil\nline\ttab نرگس\u200cخانم Zoë"
    printed = without_control_characters(stored)
    assert printed == "Bell escape[31m NUL evil\nline\ttab نرگس\u200cخانم Zoë"
    assert control_character(printed, "\n\t") is None and control_character(stored) == "U+0007 (a control character)"


# The check-in's names (the driver's, the carrier's, the sedative's, the member id) print on the
# summary: like a registered name, only what the documents' fonts print (issue 14 §4, never a box).
CHECKIN_NAMES = [name for name in CHECKIN_FIELDS.names(Text) if CHECKIN_FIELDS[name].printable]


@pytest.mark.parametrize("name", CHECKIN_NAMES)
def test_a_check_in_name_takes_every_printed_script_and_refuses_what_cannot_print(name):
    assert set(CHECKIN_NAMES) == {"insurance_carrier", "insurance_member_id", "sedative_name", "driver_name"}
    for typed in ("Nguyễn Zoë", "نرگس\u200cخانم", "שרה", "李明", "Ελένη", "Мария"):
        assert CHECKIN_FIELDS.clean(name, typed) == typed
    for typed, named in (("มาลี", "‘ม’ (U+0E21 THAI CHARACTER MO MA)"), ("Ana 🙂", "‘🙂’ (U+1F642 SLIGHTLY SMILING FACE)"),
                         ("\u200cAna", "U+200C (ZERO WIDTH NON-JOINER)")):
        with pytest.raises(ValidationError) as refused:
            CHECKIN_FIELDS.clean(name, typed)
        assert refused.value.message == f"contains {named}, which the printed documents cannot show: check the spelling"


@pytest.mark.parametrize("case, text, named", CONTROLS, ids=[case for case, _, _ in CONTROLS])
def test_the_booking_texts_refuse_a_control_character_by_name_like_every_other_field(case, text, named):
    from hsg_desk.domain.patient import clean_text
    with pytest.raises(ValidationError) as refused:
        clean_text("indication_note", text)
    assert named in str(refused.value) and refused.value.field == "indication_note"


@pytest.mark.parametrize("text", ["می\u200cخواهم", "क्\u200dष", "Núñez"])
def test_the_booking_texts_keep_the_joiners_persian_and_devanagari_spell_with(text):
    from hsg_desk.domain.patient import clean_text
    assert clean_text("antibiotics_translation", text) == text


@pytest.mark.parametrize("name, named", [("Ana\nMaría", "U+000A (a control character)"),
                                         ("Ana\x07", "U+0007 (a control character)"),
                                         ("Ana\u2028Ruiz", "U+2028 (LINE SEPARATOR)"),
                                         ("Ana ☃", "‘☃’ (U+2603 SNOWMAN)")])
def test_a_name_refusal_shows_a_character_only_when_it_is_visible(name, named):
    # A pasted line break inside the message would break the field's message line in two.
    from hsg_desk.domain.patient import clean_name
    with pytest.raises(ValidationError) as refused:
        clean_name("given_name", name)
    assert named in str(refused.value) and "\n" not in str(refused.value)
