# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reason_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialogButtonBox, QGridLayout, QLabel, QTimeEdit, QVBoxLayout, QWidget

from hsg_desk.qt.wheel_guard import guard_fields

class Ui_ReasonDialog(object):
    def setupUi(self, ReasonDialog):
        if not ReasonDialog.objectName():
            ReasonDialog.setObjectName(u"ReasonDialog")
        ReasonDialog.resize(560, 260)
        self.dialogLayout = QVBoxLayout(ReasonDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.promptLabel = QLabel(ReasonDialog)
        self.promptLabel.setObjectName(u"promptLabel")
        self.promptLabel.setWordWrap(True)

        self.fieldsLayout.addWidget(self.promptLabel, 0, 0, 1, 3)

        self.reasonLabel = QLabel(ReasonDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.fieldsLayout.addWidget(self.reasonLabel, 1, 0, 1, 1)

        self.reasonCombo = QComboBox(ReasonDialog)
        self.reasonCombo.setObjectName(u"reasonCombo")
        self.reasonCombo.setEditable(True)

        self.fieldsLayout.addWidget(self.reasonCombo, 1, 1, 1, 1)

        self.reasonError = QLabel(ReasonDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.reasonError, 1, 2, 1, 1)

        self.dateLabel = QLabel(ReasonDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.fieldsLayout.addWidget(self.dateLabel, 2, 0, 1, 1)

        self.dateEdit = QDateEdit(ReasonDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.fieldsLayout.addWidget(self.dateEdit, 2, 1, 1, 1)

        self.dateError = QLabel(ReasonDialog)
        self.dateError.setObjectName(u"dateError")
        self.dateError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.dateError, 2, 2, 1, 1)

        self.timeLabel = QLabel(ReasonDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.fieldsLayout.addWidget(self.timeLabel, 3, 0, 1, 1)

        self.timeEdit = QTimeEdit(ReasonDialog)
        self.timeEdit.setObjectName(u"timeEdit")

        self.fieldsLayout.addWidget(self.timeEdit, 3, 1, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 3)
        self.fieldsLayout.setColumnStretch(2, 2)

        self.dialogLayout.addLayout(self.fieldsLayout)

        self.formMessage = QLabel(ReasonDialog)
        self.formMessage.setObjectName(u"formMessage")
        self.formMessage.setWordWrap(True)

        self.dialogLayout.addWidget(self.formMessage)

        self.buttonBox = QDialogButtonBox(ReasonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.timeLabel.setBuddy(self.timeEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reasonCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.timeEdit)
        QWidget.setTabOrder(self.timeEdit, self.buttonBox)

        self.retranslateUi(ReasonDialog)

        QMetaObject.connectSlotsByName(ReasonDialog)

        guard_fields(ReasonDialog)
    # setupUi

    def retranslateUi(self, ReasonDialog):
        ReasonDialog.setWindowTitle(QCoreApplication.translate("ReasonDialog", u"Reason", None))
        self.promptLabel.setText("")
        self.reasonLabel.setText(QCoreApplication.translate("ReasonDialog", u"&Reason", None))
        self.reasonError.setText("")
        self.reasonError.setProperty(u"role", QCoreApplication.translate("ReasonDialog", u"error", None))
        self.dateLabel.setText(QCoreApplication.translate("ReasonDialog", u"New &date", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("ReasonDialog", u"ddd MMM d, yyyy", None))
        self.dateError.setText("")
        self.dateError.setProperty(u"role", QCoreApplication.translate("ReasonDialog", u"error", None))
        self.timeLabel.setText(QCoreApplication.translate("ReasonDialog", u"New &time", None))
        self.timeEdit.setDisplayFormat(QCoreApplication.translate("ReasonDialog", u"h:mm AP", None))
        self.formMessage.setText("")
        self.formMessage.setProperty(u"role", QCoreApplication.translate("ReasonDialog", u"error", None))
    # retranslateUi

