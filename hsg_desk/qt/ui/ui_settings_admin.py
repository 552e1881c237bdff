# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_admin.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QRect
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

from hsg_desk.qt.wheel_guard import guard_fields

class Ui_SettingsAdmin(object):
    def setupUi(self, SettingsAdmin):
        if not SettingsAdmin.objectName():
            SettingsAdmin.setObjectName(u"SettingsAdmin")
        SettingsAdmin.resize(640, 640)
        self.settingsLayout = QVBoxLayout(SettingsAdmin)
        self.settingsLayout.setObjectName(u"settingsLayout")
        self.intro = QLabel(SettingsAdmin)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.settingsLayout.addWidget(self.intro)

        self.scrollArea = QScrollArea(SettingsAdmin)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.scrollContents.setGeometry(QRect(0, 0, 620, 540))
        self.settingsForm = QFormLayout(self.scrollContents)
        self.settingsForm.setObjectName(u"settingsForm")
        self.scrollArea.setWidget(self.scrollContents)

        self.settingsLayout.addWidget(self.scrollArea)

        self.messageLabel = QLabel(SettingsAdmin)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.settingsLayout.addWidget(self.messageLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.revertButton = QPushButton(SettingsAdmin)
        self.revertButton.setObjectName(u"revertButton")

        self.buttonsLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(SettingsAdmin)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)

        self.closeButton = QPushButton(SettingsAdmin)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonsLayout.addWidget(self.closeButton)


        self.settingsLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(SettingsAdmin)

        QMetaObject.connectSlotsByName(SettingsAdmin)

        guard_fields(SettingsAdmin)
    # setupUi

    def retranslateUi(self, SettingsAdmin):
        SettingsAdmin.setWindowTitle(QCoreApplication.translate("SettingsAdmin", u"Settings", None))
        self.intro.setText(QCoreApplication.translate("SettingsAdmin", u"Facility details and the clinic's thresholds. Each change is recorded in the audit trail.", None))
        self.messageLabel.setText("")
        self.revertButton.setText(QCoreApplication.translate("SettingsAdmin", u"&Undo changes", None))
        self.saveButton.setText(QCoreApplication.translate("SettingsAdmin", u"&Save settings", None))
        self.closeButton.setText(QCoreApplication.translate("SettingsAdmin", u"&Close", None))
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(QCoreApplication.translate("SettingsAdmin", u"Close the settings (Esc)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

