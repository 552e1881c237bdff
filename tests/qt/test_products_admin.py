"""Admin › Products (issue #20): typed and scanned into, checked against the database."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import Qt

from hsg_desk.qt.views.products_admin import ProductsAdmin
from hsg_desk.qt.widgets.prompts import ScriptedPrompts
from hsg_desk.services.auth import login
from hsg_desk.services.context import FixedClock, ServiceContext
from hsg_desk.services.users import create_demo_users
from hsg_desk.storage.db import open_database
from hsg_desk.storage.products import get_product, list_products

START = datetime(2026, 11, 26, 14, 0, tzinfo=timezone.utc)


@pytest.fixture
def db(tmp_path):
    db = open_database(tmp_path / "hsg.sqlite3")
    create_demo_users(db, START)
    return db


def screen_for(qtbot, db, username, *answers):
    clock = FixedClock(START)
    ctx = ServiceContext(db, clock, login(db, clock, username, f"{username}-demo"), workstation="ws")
    screen = ProductsAdmin(ctx, prompts=ScriptedPrompts(*answers))
    qtbot.addWidget(screen)
    screen.show()
    return screen


def test_add_a_contrast_agent_by_scanning_its_label_into_the_gtin(db, qtbot):
    screen = screen_for(qtbot, db, "tech")
    ui = screen.ui
    ui.gtinEdit.setFocus()
    qtbot.keyClicks(ui.gtinEdit, "]d2010435000012345917271100" "10LOT7A2B")
    qtbot.keyClick(ui.gtinEdit, Qt.Key.Key_Return)  # the scanner's Enter
    assert ui.gtinEdit.text() == "04350000123459"  # the scan keeps just the GTIN
    assert ui.agentCombo.isVisible() and not ui.nameEdit.isVisible()
    ui.agentCombo.setCurrentIndex(ui.agentCombo.findText("iohexol (Omnipaque)"))
    qtbot.keyClicks(ui.concentrationEdit, "300 mgI/mL")
    qtbot.keyClicks(ui.packageEdit, "50 mL")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert ui.messageLabel.text() == "iohexol (Omnipaque) 300 mgI/mL, 50 mL was added."
    assert get_product(db, "04350000123459").concentration == "300 mgI/mL"
    assert screen.model.rowCount() == 1 and ui.gtinEdit.isReadOnly()


def test_a_catheter_and_errors_at_the_field(db, qtbot):
    screen = screen_for(qtbot, db, "admin")
    ui = screen.ui
    qtbot.keyClicks(ui.gtinEdit, "07612345000023")  # wrong check digit
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("catheter"))
    assert ui.nameEdit.isVisible() and not ui.agentCombo.isVisible()
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert ui.gtinError.text().startswith("The check digit")
    assert ui.messageLabel.text() == "Not saved." and list_products(db) == []
    ui.gtinEdit.clear()
    qtbot.keyClicks(ui.gtinEdit, "07612345000022")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert ui.nameError.text() == "Required."
    qtbot.keyClicks(ui.nameEdit, "HSG balloon catheter 5 Fr")
    ui.catheterTypeCombo.setCurrentIndex(ui.catheterTypeCombo.findData("balloon"))
    qtbot.keyClicks(ui.balloonEdit, "1.5 mL, latex-free")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert ui.nameError.text() == "" and get_product(db, "07612345000022").balloon == "1.5 mL, latex-free"


def test_remove_asks_first(db, qtbot):
    screen = screen_for(qtbot, db, "admin", False, True)
    screen.service.add("07612345000022", "catheter", name="HSG catheter", catheter_type="cannula")
    screen.refresh(select_gtin="07612345000022")
    assert screen.product.name == "HSG catheter"
    qtbot.mouseClick(screen.ui.removeButton, Qt.MouseButton.LeftButton)
    assert len(list_products(db)) == 1  # "Cancel"
    qtbot.mouseClick(screen.ui.removeButton, Qt.MouseButton.LeftButton)
    assert list_products(db) == [] and screen.prompts.asked[0][1] == "Remove product"


def test_the_front_desk_sees_the_list_but_cannot_change_it(db, qtbot):
    screen = screen_for(qtbot, db, "desk")
    assert not screen.ui.saveButton.isEnabled() and not screen.ui.newButton.isEnabled()
