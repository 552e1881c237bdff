# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'patient_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from hsg_desk.qt.wheel_guard import guard_fields

from hsg_desk.qt.widgets.date_entry import DateEntry

class Ui_PatientDialog(object):
    def setupUi(self, PatientDialog):
        if not PatientDialog.objectName():
            PatientDialog.setObjectName(u"PatientDialog")
        PatientDialog.resize(720, 520)
        self.dialogLayout = QVBoxLayout(PatientDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.familyNameLabel = QLabel(PatientDialog)
        self.familyNameLabel.setObjectName(u"familyNameLabel")

        self.fieldsLayout.addWidget(self.familyNameLabel, 0, 0, 1, 1)

        self.familyNameEdit = QLineEdit(PatientDialog)
        self.familyNameEdit.setObjectName(u"familyNameEdit")

        self.fieldsLayout.addWidget(self.familyNameEdit, 0, 1, 1, 1)

        self.familyNameError = QLabel(PatientDialog)
        self.familyNameError.setObjectName(u"familyNameError")
        self.familyNameError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.familyNameError, 0, 2, 1, 1)

        self.givenNameLabel = QLabel(PatientDialog)
        self.givenNameLabel.setObjectName(u"givenNameLabel")

        self.fieldsLayout.addWidget(self.givenNameLabel, 1, 0, 1, 1)

        self.givenNameEdit = QLineEdit(PatientDialog)
        self.givenNameEdit.setObjectName(u"givenNameEdit")

        self.fieldsLayout.addWidget(self.givenNameEdit, 1, 1, 1, 1)

        self.givenNameError = QLabel(PatientDialog)
        self.givenNameError.setObjectName(u"givenNameError")
        self.givenNameError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.givenNameError, 1, 2, 1, 1)

        self.birthDateLabel = QLabel(PatientDialog)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.fieldsLayout.addWidget(self.birthDateLabel, 2, 0, 1, 1)

        self.birthDateEdit = DateEntry(PatientDialog)
        self.birthDateEdit.setObjectName(u"birthDateEdit")

        self.fieldsLayout.addWidget(self.birthDateEdit, 2, 1, 1, 1)

        self.birthDateError = QLabel(PatientDialog)
        self.birthDateError.setObjectName(u"birthDateError")
        self.birthDateError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.birthDateError, 2, 2, 1, 1)

        self.mrnLabel = QLabel(PatientDialog)
        self.mrnLabel.setObjectName(u"mrnLabel")

        self.fieldsLayout.addWidget(self.mrnLabel, 3, 0, 1, 1)

        self.mrnEdit = QLineEdit(PatientDialog)
        self.mrnEdit.setObjectName(u"mrnEdit")

        self.fieldsLayout.addWidget(self.mrnEdit, 3, 1, 1, 1)

        self.mrnError = QLabel(PatientDialog)
        self.mrnError.setObjectName(u"mrnError")
        self.mrnError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.mrnError, 3, 2, 1, 1)

        self.phoneLabel = QLabel(PatientDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.fieldsLayout.addWidget(self.phoneLabel, 4, 0, 1, 1)

        self.phoneEdit = QLineEdit(PatientDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.fieldsLayout.addWidget(self.phoneEdit, 4, 1, 1, 1)

        self.phoneError = QLabel(PatientDialog)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.phoneError, 4, 2, 1, 1)

        self.languageLabel = QLabel(PatientDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.fieldsLayout.addWidget(self.languageLabel, 5, 0, 1, 1)

        self.languageCombo = QComboBox(PatientDialog)
        self.languageCombo.addItem("")
        self.languageCombo.addItem("")
        self.languageCombo.setObjectName(u"languageCombo")

        self.fieldsLayout.addWidget(self.languageCombo, 5, 1, 1, 1)

        self.languageError = QLabel(PatientDialog)
        self.languageError.setObjectName(u"languageError")
        self.languageError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.languageError, 5, 2, 1, 1)

        self.referringHeading = QLabel(PatientDialog)
        self.referringHeading.setObjectName(u"referringHeading")

        self.fieldsLayout.addWidget(self.referringHeading, 6, 0, 1, 3)

        self.referringNameLabel = QLabel(PatientDialog)
        self.referringNameLabel.setObjectName(u"referringNameLabel")

        self.fieldsLayout.addWidget(self.referringNameLabel, 7, 0, 1, 1)

        self.referringNameRow = QHBoxLayout()
        self.referringNameRow.setObjectName(u"referringNameRow")
        self.referringTitleCombo = QComboBox(PatientDialog)
        self.referringTitleCombo.addItem("")
        self.referringTitleCombo.addItem("")
        self.referringTitleCombo.addItem("")
        self.referringTitleCombo.setObjectName(u"referringTitleCombo")

        self.referringNameRow.addWidget(self.referringTitleCombo)

        self.referringNameEdit = QLineEdit(PatientDialog)
        self.referringNameEdit.setObjectName(u"referringNameEdit")

        self.referringNameRow.addWidget(self.referringNameEdit)


        self.fieldsLayout.addLayout(self.referringNameRow, 7, 1, 1, 1)

        self.referringNameError = QLabel(PatientDialog)
        self.referringNameError.setObjectName(u"referringNameError")
        self.referringNameError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.referringNameError, 7, 2, 1, 1)

        self.referringPhoneLabel = QLabel(PatientDialog)
        self.referringPhoneLabel.setObjectName(u"referringPhoneLabel")

        self.fieldsLayout.addWidget(self.referringPhoneLabel, 8, 0, 1, 1)

        self.referringPhoneEdit = QLineEdit(PatientDialog)
        self.referringPhoneEdit.setObjectName(u"referringPhoneEdit")

        self.fieldsLayout.addWidget(self.referringPhoneEdit, 8, 1, 1, 1)

        self.referringPhoneError = QLabel(PatientDialog)
        self.referringPhoneError.setObjectName(u"referringPhoneError")
        self.referringPhoneError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.referringPhoneError, 8, 2, 1, 1)

        self.referringFaxLabel = QLabel(PatientDialog)
        self.referringFaxLabel.setObjectName(u"referringFaxLabel")

        self.fieldsLayout.addWidget(self.referringFaxLabel, 9, 0, 1, 1)

        self.referringFaxEdit = QLineEdit(PatientDialog)
        self.referringFaxEdit.setObjectName(u"referringFaxEdit")

        self.fieldsLayout.addWidget(self.referringFaxEdit, 9, 1, 1, 1)

        self.referringFaxError = QLabel(PatientDialog)
        self.referringFaxError.setObjectName(u"referringFaxError")
        self.referringFaxError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.referringFaxError, 9, 2, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 3)
        self.fieldsLayout.setColumnStretch(2, 2)

        self.dialogLayout.addLayout(self.fieldsLayout)

        self.formMessage = QLabel(PatientDialog)
        self.formMessage.setObjectName(u"formMessage")
        self.formMessage.setWordWrap(True)

        self.dialogLayout.addWidget(self.formMessage)

        self.buttonBox = QDialogButtonBox(PatientDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.familyNameLabel.setBuddy(self.familyNameEdit)
        self.givenNameLabel.setBuddy(self.givenNameEdit)
        self.birthDateLabel.setBuddy(self.birthDateEdit)
        self.mrnLabel.setBuddy(self.mrnEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.languageLabel.setBuddy(self.languageCombo)
        self.referringNameLabel.setBuddy(self.referringNameEdit)
        self.referringPhoneLabel.setBuddy(self.referringPhoneEdit)
        self.referringFaxLabel.setBuddy(self.referringFaxEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.familyNameEdit, self.givenNameEdit)
        QWidget.setTabOrder(self.givenNameEdit, self.birthDateEdit)
        QWidget.setTabOrder(self.birthDateEdit, self.mrnEdit)
        QWidget.setTabOrder(self.mrnEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.referringTitleCombo)
        QWidget.setTabOrder(self.referringTitleCombo, self.referringNameEdit)
        QWidget.setTabOrder(self.referringNameEdit, self.referringPhoneEdit)
        QWidget.setTabOrder(self.referringPhoneEdit, self.referringFaxEdit)
        QWidget.setTabOrder(self.referringFaxEdit, self.buttonBox)

        self.retranslateUi(PatientDialog)

        QMetaObject.connectSlotsByName(PatientDialog)

        guard_fields(PatientDialog)
    # setupUi

    def retranslateUi(self, PatientDialog):
        PatientDialog.setWindowTitle(QCoreApplication.translate("PatientDialog", u"New patient", None))
        self.familyNameLabel.setText(QCoreApplication.translate("PatientDialog", u"&Family name", None))
        self.familyNameEdit.setPlaceholderText(QCoreApplication.translate("PatientDialog", u"e.g. Garc\u00eda", None))
        self.familyNameError.setText("")
        self.familyNameError.setProperty(u"role", QCoreApplication.translate("PatientDialog", u"error", None))
        self.givenNameLabel.setText(QCoreApplication.translate("PatientDialog", u"&Given name(s)", None))
        self.givenNameEdit.setPlaceholderText(QCoreApplication.translate("PatientDialog", u"e.g. Ana Mar\u00eda", None))
        self.givenNameError.setText("")
        self.givenNameError.setProperty(u"role", QCoreApplication.translate("PatientDialog", u"error", None))
        self.birthDateLabel.setText(QCoreApplication.translate("PatientDialog", u"Date of &birth", None))
        self.birthDateEdit.setPlaceholderText(QCoreApplication.translate("PatientDialog", u"MM/DD/YYYY", None))
        self.birthDateError.setText("")
        self.birthDateError.setProperty(u"role", QCoreApplication.translate("PatientDialog", u"error", None))
        self.mrnLabel.setText(QCoreApplication.translate("PatientDialog", u"&MRN", None))
        self.mrnEdit.setPlaceholderText(QCoreApplication.translate("PatientDialog", u"Leave blank to number automatically", None))
        self.mrnError.setText("")
        self.mrnError.setProperty(u"role", QCoreApplication.translate("PatientDialog", u"error", None))
        self.phoneLabel.setText(QCoreApplication.translate("PatientDialog", u"&Phone", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("PatientDialog", u"e.g. (555) 010-0100", None))
        self.phoneError.setText("")
        self.phoneError.setProperty(u"role", QCoreApplication.translate("PatientDialog", u"error", None))
        self.languageLabel.setText(QCoreApplication.translate("PatientDialog", u"Preferred &language", None))
        self.languageCombo.setItemText(0, QCoreApplication.translate("PatientDialog", u"English", None))
        self.languageCombo.setItemText(1, QCoreApplication.translate("PatientDialog", u"Spanish (Espa\u00f1ol)", None))

#if QT_CONFIG(tooltip)
        self.languageCombo.setToolTip(QCoreApplication.translate("PatientDialog", u"Language of her printed documents", None))
#endif // QT_CONFIG(tooltip)
        self.languageError.setText("")
        self.languageError.setProperty(u"role", QCoreApplication.translate("PatientDialog", u"error", None))
        self.referringHeading.setText(QCoreApplication.translate("PatientDialog", u"Referring physician (results go here)", None))
        self.referringNameLabel.setText(QCoreApplication.translate("PatientDialog", u"Physician &name", None))
        self.referringTitleCombo.setItemText(0, QCoreApplication.translate("PatientDialog", u"(none)", None))
        self.referringTitleCombo.setItemText(1, QCoreApplication.translate("PatientDialog", u"Dr.", None))
        self.referringTitleCombo.setItemText(2, QCoreApplication.translate("PatientDialog", u"Dra.", None))

#if QT_CONFIG(tooltip)
        self.referringTitleCombo.setToolTip(QCoreApplication.translate("PatientDialog", u"Her title as the sheets print it: a Spanish sheet prints \"Dra.\" for a woman, an English one \"Dr.\" for either", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.referringTitleCombo.setAccessibleName(QCoreApplication.translate("PatientDialog", u"Physician title", None))
#endif // QT_CONFIG(accessibility)
        self.referringNameError.setText("")
        self.referringNameError.setProperty(u"role", QCoreApplication.translate("PatientDialog", u"error", None))
        self.referringPhoneLabel.setText(QCoreApplication.translate("PatientDialog", u"Physician p&hone", None))
        self.referringPhoneError.setText("")
        self.referringPhoneError.setProperty(u"role", QCoreApplication.translate("PatientDialog", u"error", None))
        self.referringFaxLabel.setText(QCoreApplication.translate("PatientDialog", u"Physician fa&x", None))
        self.referringFaxError.setText("")
        self.referringFaxError.setProperty(u"role", QCoreApplication.translate("PatientDialog", u"error", None))
        self.formMessage.setText("")
        self.formMessage.setProperty(u"role", QCoreApplication.translate("PatientDialog", u"error", None))
    # retranslateUi

