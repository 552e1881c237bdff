"""A message kept in a text column comes back as the Message it was (template, values, the
catalogue that says it), so the window can say it in the reader's language; text stored as
plain English before (or any other text) comes back as it was written."""

from __future__ import annotations

from datetime import date, datetime, timezone

from hsg_desk.domain.message import Alternatives, Listing, Message, ShortDay, TimeOfDay, restored, stored


def test_a_message_comes_back_with_its_template_and_values():
    message = Message("{endpoint} refused the {what} (status 0x{code:04X}) at {when} on {day}; {items}; {choices}",
                      endpoint=Message("{ae} at {host}:{port}", ae="RIS", host="127.0.0.1", port=104),
                      what=Message.word("amendable", "Procedure"), code=0x0110,
                      when=datetime(2026, 12, 5, 9, 14, tzinfo=timezone.utc), day=date(2026, 12, 5),
                      items=Listing([ShortDay(2026, 12, 7), TimeOfDay(9, 30)], ", "),
                      choices=Alternatives([Message.word("domain", "mild"), Message.word("domain", "severe")]))
    back = restored(stored(message))
    assert isinstance(back, Message) and back == message  # the same English
    assert back.template == message.template and back.values == message.values
    assert back.values["what"].catalogue == "amendable" and back.values["endpoint"].template == "{ae} at {host}:{port}"
    assert type(back.values["items"]) is Listing and back.values["items"].separator == ", "
    assert [type(item) for item in back.values["items"]] == [ShortDay, TimeOfDay]
    assert type(back.values["choices"]) is Alternatives
    assert str(back).endswith("Sat Dec 5, 2026; Mon Dec 7, 9:30 AM; mild or severe")


def test_plain_text_is_kept_and_read_as_written():
    assert stored("1 order, nothing new") == "1 order, nothing new"
    assert restored("Possibly already registered under another MRN (MRN LOCAL7).") == \
        "Possibly already registered under another MRN (MRN LOCAL7)."  # a row from before
    assert restored('{"message": not json') == '{"message": not json'
    assert restored("") == "" and restored(None) == ""
    assert type(restored(stored(Message("nothing new")))) is Message
