"""Admin › Settings: the facility's details and every clinic setting (SETTING_FIELDS) with its range.

One editor per setting, built from its field, so a setting added to the domain appears here
without a form change. Saving sends only what changed; the service audits old → new.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QLineEdit,
                               QSpinBox, QWidget)

from hsg_desk.domain.contrast import agent_label
from hsg_desk.domain.errors import ValidationError
from hsg_desk.domain.settings import SETTING_FIELDS, Setting
from hsg_desk.qt.domain_text import said, setting_text
from hsg_desk.qt.ui.ui_settings_admin import Ui_SettingsAdmin
from hsg_desk.qt.widgets.combo_typing import select_by_typing
from hsg_desk.qt.wheel_guard import guard_fields
from hsg_desk.qt.widgets.tab_order import tab_in_reading_order
from hsg_desk.qt.widgets.setting_choices import COMMON_TIME_ZONES, PAPER_LABELS
from hsg_desk.services.context import ServiceContext
from hsg_desk.services.settings_service import change_settings, current_settings


class SettingEditor:
    """One setting's widget: `value()` in the setting's type, `set_value(v)`."""

    def __init__(self, spec: Setting):
        self.spec = spec
        self.boxes: dict[str, QCheckBox] = {}
        if spec.kind is bool:
            self.widget = QCheckBox(QCoreApplication.translate("SettingEditor", "Yes"))
        elif spec.kind is int:
            self.widget = QSpinBox()
            self.widget.setRange(int(spec.minimum), int(spec.maximum))
        elif spec.kind is float:
            self.widget = QDoubleSpinBox()
            self.widget.setDecimals(1)
            self.widget.setSingleStep(0.1)
            self.widget.setRange(spec.minimum, spec.maximum)
        elif spec.kind is tuple:
            self.widget = QWidget()
            layout = QHBoxLayout(self.widget)
            layout.setContentsMargins(0, 0, 0, 0)
            for choice in spec.choices:
                self.boxes[choice] = QCheckBox(QCoreApplication.translate("test", choice))  # serum, urine
                layout.addWidget(self.boxes[choice])
            layout.addStretch()
        elif spec.choices:
            self.widget = QComboBox()
            for choice in spec.choices:
                label = agent_label(choice) if spec.key == "room_contrast_agent" else PAPER_LABELS.get(choice, choice)
                self.widget.addItem(label, choice)
        elif spec.key == "time_zone":
            self.widget = QComboBox()
            self.widget.setEditable(True)
            self.widget.addItems(COMMON_TIME_ZONES)
        else:
            self.widget = QLineEdit()
            self.widget.setMaxLength(200)
        self.widget.setObjectName(f"setting_{spec.key}")
        guard_fields(self.widget)
        if spec.kind in (int, float):
            if spec.unit:
                self.widget.setSuffix(f" {setting_text(spec.unit)}")
            self.widget.setToolTip(QCoreApplication.translate("SettingEditor", "From {minimum} to {maximum} {unit}")
                                   .format(minimum=f"{spec.minimum:g}", maximum=f"{spec.maximum:g}",
                                           unit=setting_text(spec.unit)).rstrip())

    def value(self):
        widget, spec = self.widget, self.spec
        if spec.kind is bool:
            return widget.isChecked()
        if spec.kind in (int, float):
            return widget.value()
        if spec.kind is tuple:
            return tuple(choice for choice, box in self.boxes.items() if box.isChecked())
        if isinstance(widget, QComboBox):
            return widget.currentData() if spec.choices else widget.currentText().strip()
        return widget.text().strip()

    def set_value(self, value) -> None:
        widget, spec = self.widget, self.spec
        if spec.kind is bool:
            widget.setChecked(bool(value))
        elif spec.kind in (int, float):
            widget.setValue(value)
        elif spec.kind is tuple:
            for choice, box in self.boxes.items():
                box.setChecked(choice in value)
        elif isinstance(widget, QComboBox):
            if spec.choices:
                widget.setCurrentIndex(widget.findData(value))
            else:
                widget.setCurrentText(value)
        else:
            widget.setText(value)

    def focus(self) -> None:
        (next(iter(self.boxes.values())) if self.boxes else self.widget).setFocus()


class SettingsAdmin(QWidget):
    """`settingsChanged(ClinicSettings)` fires after a save that changed something."""

    settingsChanged = Signal(object)

    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_SettingsAdmin()
        self.ui.setupUi(self)
        self.editors: dict[str, SettingEditor] = {}
        for spec in SETTING_FIELDS:
            key = spec.name
            editor = SettingEditor(spec)
            label = QLabel(setting_text(spec.label))
            label.setBuddy(editor.widget if not editor.boxes else next(iter(editor.boxes.values())))
            self.ui.settingsForm.addRow(label, editor.widget)
            self.editors[key] = editor
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.revertButton.clicked.connect(self.load)
        self.ui.closeButton.clicked.connect(self.close_or_warn)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close_or_warn)
        self._warned_unsaved = False
        select_by_typing(self)
        tab_in_reading_order(self)  # the editors were made after the form's buttons
        self.load()

    def close_or_warn(self) -> None:
        """Close; with unsaved changes, say so first and close on the second press."""
        changes = self.changes()
        if changes and not self._warned_unsaved:
            self._warned_unsaved = True
            labels = ", ".join(setting_text(SETTING_FIELDS[key].label).lower() for key in changes)
            self.ui.messageLabel.setText(self.tr("Not saved yet: {settings}. Save settings, or press Close (Esc) "
                                                 "again to leave them unsaved.").format(settings=labels))
            return
        self.close()

    def load(self) -> None:
        self._warned_unsaved = False
        settings = current_settings(self.ctx)
        for key, editor in self.editors.items():
            editor.set_value(getattr(settings, key))
        self.ui.messageLabel.clear()

    def changes(self) -> dict:
        settings = current_settings(self.ctx)
        return {key: editor.value() for key, editor in self.editors.items()
                if editor.value() != getattr(settings, key)}

    def save(self) -> bool:
        try:
            changed = change_settings(self.ctx, self.changes())
        except ValidationError as error:
            spec = SETTING_FIELDS.get(error.field)
            self.ui.messageLabel.setText(f"{setting_text(spec.label) if spec else error.field}: {said(error.message)}.")
            if error.field in self.editors:
                self.editors[error.field].focus()
            return False
        if not changed:
            self.ui.messageLabel.setText(self.tr("Nothing was changed."))
            return True
        labels = ", ".join(setting_text(SETTING_FIELDS[key].label).lower() for key in changed)
        self.ui.messageLabel.setText(self.tr("Saved: {settings}.").format(settings=labels))
        self.settingsChanged.emit(self.ctx.settings)
        return True
