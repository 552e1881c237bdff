# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recovery_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

from hsg_desk.qt.wheel_guard import guard_fields

class Ui_RecoveryWindow(object):
    def setupUi(self, recoveryWindow):
        if not recoveryWindow.objectName():
            recoveryWindow.setObjectName(u"recoveryWindow")
        recoveryWindow.resize(620, 320)
        self.outerLayout = QVBoxLayout(recoveryWindow)
        self.outerLayout.setObjectName(u"outerLayout")
        self.recoveryHeading = QLabel(recoveryWindow)
        self.recoveryHeading.setObjectName(u"recoveryHeading")

        self.outerLayout.addWidget(self.recoveryHeading)

        self.recoveryExplanation = QLabel(recoveryWindow)
        self.recoveryExplanation.setObjectName(u"recoveryExplanation")
        self.recoveryExplanation.setWordWrap(True)

        self.outerLayout.addWidget(self.recoveryExplanation)

        self.recoveryOffer = QLabel(recoveryWindow)
        self.recoveryOffer.setObjectName(u"recoveryOffer")
        self.recoveryOffer.setWordWrap(True)

        self.outerLayout.addWidget(self.recoveryOffer)

        self.recoveryStatus = QLabel(recoveryWindow)
        self.recoveryStatus.setObjectName(u"recoveryStatus")
        self.recoveryStatus.setWordWrap(True)

        self.outerLayout.addWidget(self.recoveryStatus)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.restoreButton = QPushButton(recoveryWindow)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonsLayout.addWidget(self.restoreButton)

        self.quitButton = QPushButton(recoveryWindow)
        self.quitButton.setObjectName(u"quitButton")

        self.buttonsLayout.addWidget(self.quitButton)


        self.outerLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(recoveryWindow)

        QMetaObject.connectSlotsByName(recoveryWindow)

        guard_fields(recoveryWindow)
    # setupUi

    def retranslateUi(self, recoveryWindow):
        recoveryWindow.setWindowTitle(QCoreApplication.translate("RecoveryWindow", u"HSG Desk cannot open its records", None))
        self.recoveryHeading.setStyleSheet(QCoreApplication.translate("RecoveryWindow", u"font-size: 16pt; font-weight: bold;", None))
        self.recoveryHeading.setText(QCoreApplication.translate("RecoveryWindow", u"HSG Desk cannot open its records", None))
        self.recoveryExplanation.setText("")
        self.recoveryOffer.setText("")
        self.recoveryStatus.setText("")
        self.restoreButton.setText(QCoreApplication.translate("RecoveryWindow", u"Restore the backup and continue", None))
        self.quitButton.setText(QCoreApplication.translate("RecoveryWindow", u"Quit", None))
    # retranslateUi

