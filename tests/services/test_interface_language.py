"""Each user's interface language: kept with their account, audited, carried by their next session."""

from __future__ import annotations

import pytest
from users_builders import demo_db, signed_in

from hsg_desk.cli import main
from hsg_desk.domain.errors import ValidationError
from hsg_desk.services.auth import login
from hsg_desk.services.users import set_own_interface_language
from hsg_desk.storage.audit import query_events


def test_a_user_chooses_spanish_and_signs_in_with_it_next_time(db_target):
    db, clock, ids = demo_db(db_target)
    ctx = signed_in(db, clock, "tech")
    assert ctx.session.ui_language == ""  # never chosen: the system locale decides
    set_own_interface_language(ctx, "es")
    assert ctx.session.ui_language == "es"
    assert login(db, clock, "tech", "tech-demo").ui_language == "es"
    assert login(db, clock, "desk", "desk-demo").ui_language == ""  # the others keep theirs
    change = [event for event in query_events(db) if event["action"] == "user.update"][-1]
    assert str(change["record_id"]) == str(ids["tech"]) and "ui_language" in change["changes"]


def test_back_to_the_system_language(db_target):
    db, clock, _ = demo_db(db_target)
    ctx = signed_in(db, clock, "tech")
    set_own_interface_language(ctx, "es")
    set_own_interface_language(ctx, "")
    assert login(db, clock, "tech", "tech-demo").ui_language == ""


def test_a_language_the_interface_does_not_have_is_refused_and_nothing_changes(db_target):
    db, clock, _ = demo_db(db_target)
    ctx = signed_in(db, clock, "tech")
    with pytest.raises(ValidationError, match="en, es"):
        set_own_interface_language(ctx, "fr")
    assert login(db, clock, "tech", "tech-demo").ui_language == ""


def test_the_start_option_names_the_supported_languages(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--ui-lang", "fr"])
    assert exit_.value.code == 2
    assert "--ui-lang: invalid choice: 'fr' (choose from 'en', 'es')" in capsys.readouterr().err
