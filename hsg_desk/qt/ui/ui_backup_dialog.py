# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backup_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

from hsg_desk.qt.wheel_guard import guard_fields

class Ui_BackupDialog(object):
    def setupUi(self, backupDialog):
        if not backupDialog.objectName():
            backupDialog.setObjectName(u"backupDialog")
        backupDialog.resize(520, 200)
        self.outerLayout = QVBoxLayout(backupDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.backupIntro = QLabel(backupDialog)
        self.backupIntro.setObjectName(u"backupIntro")
        self.backupIntro.setWordWrap(True)

        self.outerLayout.addWidget(self.backupIntro)

        self.backupProgress = QProgressBar(backupDialog)
        self.backupProgress.setObjectName(u"backupProgress")
        self.backupProgress.setMaximum(100)
        self.backupProgress.setValue(0)

        self.outerLayout.addWidget(self.backupProgress)

        self.backupStatus = QLabel(backupDialog)
        self.backupStatus.setObjectName(u"backupStatus")
        self.backupStatus.setWordWrap(True)

        self.outerLayout.addWidget(self.backupStatus)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.startButton = QPushButton(backupDialog)
        self.startButton.setObjectName(u"startButton")

        self.buttonsLayout.addWidget(self.startButton)

        self.closeButton = QPushButton(backupDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonsLayout.addWidget(self.closeButton)


        self.outerLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(backupDialog)

        self.startButton.setDefault(True)


        QMetaObject.connectSlotsByName(backupDialog)


        guard_fields(backupDialog)
    # setupUi

    def retranslateUi(self, backupDialog):
        backupDialog.setWindowTitle(QCoreApplication.translate("BackupDialog", u"Back up now", None))
        self.backupIntro.setText("")
        self.backupStatus.setText("")
        self.startButton.setText(QCoreApplication.translate("BackupDialog", u"Back up now", None))
        self.closeButton.setText(QCoreApplication.translate("BackupDialog", u"Close", None))
    # retranslateUi

