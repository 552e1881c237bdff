# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'booking_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QTimeEdit, QVBoxLayout, QWidget

from hsg_desk.qt.wheel_guard import guard_fields

from hsg_desk.qt.widgets.date_entry import DateEntry

class Ui_BookingDialog(object):
    def setupUi(self, BookingDialog):
        if not BookingDialog.objectName():
            BookingDialog.setObjectName(u"BookingDialog")
        BookingDialog.resize(760, 620)
        self.dialogLayout = QVBoxLayout(BookingDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.patientLabel = QLabel(BookingDialog)
        self.patientLabel.setObjectName(u"patientLabel")

        self.fieldsLayout.addWidget(self.patientLabel, 0, 0, 1, 3)

        self.lmpLabel = QLabel(BookingDialog)
        self.lmpLabel.setObjectName(u"lmpLabel")

        self.fieldsLayout.addWidget(self.lmpLabel, 1, 0, 1, 1)

        self.lmpEdit = DateEntry(BookingDialog)
        self.lmpEdit.setObjectName(u"lmpEdit")

        self.fieldsLayout.addWidget(self.lmpEdit, 1, 1, 1, 1)

        self.lmpError = QLabel(BookingDialog)
        self.lmpError.setObjectName(u"lmpError")
        self.lmpError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.lmpError, 1, 2, 1, 1)

        self.flowLabel = QLabel(BookingDialog)
        self.flowLabel.setObjectName(u"flowLabel")

        self.fieldsLayout.addWidget(self.flowLabel, 2, 0, 1, 1)

        self.flowEdit = DateEntry(BookingDialog)
        self.flowEdit.setObjectName(u"flowEdit")

        self.fieldsLayout.addWidget(self.flowEdit, 2, 1, 1, 1)

        self.flowError = QLabel(BookingDialog)
        self.flowError.setObjectName(u"flowError")
        self.flowError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.flowError, 2, 2, 1, 1)

        self.windowLabel = QLabel(BookingDialog)
        self.windowLabel.setObjectName(u"windowLabel")
        self.windowLabel.setWordWrap(True)

        self.fieldsLayout.addWidget(self.windowLabel, 3, 1, 1, 2)

        self.dateLabel = QLabel(BookingDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.fieldsLayout.addWidget(self.dateLabel, 4, 0, 1, 1)

        self.dateEdit = QDateEdit(BookingDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.fieldsLayout.addWidget(self.dateEdit, 4, 1, 1, 1)

        self.dateError = QLabel(BookingDialog)
        self.dateError.setObjectName(u"dateError")
        self.dateError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.dateError, 4, 2, 1, 1)

        self.timeLabel = QLabel(BookingDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.fieldsLayout.addWidget(self.timeLabel, 5, 0, 1, 1)

        self.timeEdit = QTimeEdit(BookingDialog)
        self.timeEdit.setObjectName(u"timeEdit")

        self.fieldsLayout.addWidget(self.timeEdit, 5, 1, 1, 1)

        self.timeError = QLabel(BookingDialog)
        self.timeError.setObjectName(u"timeError")
        self.timeError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.timeError, 5, 2, 1, 1)

        self.windowWarning = QLabel(BookingDialog)
        self.windowWarning.setObjectName(u"windowWarning")
        self.windowWarning.setWordWrap(True)

        self.fieldsLayout.addWidget(self.windowWarning, 6, 1, 1, 2)

        self.indicationLabel = QLabel(BookingDialog)
        self.indicationLabel.setObjectName(u"indicationLabel")

        self.fieldsLayout.addWidget(self.indicationLabel, 7, 0, 1, 1)

        self.indicationCombo = QComboBox(BookingDialog)
        self.indicationCombo.addItem("")
        self.indicationCombo.addItem("")
        self.indicationCombo.addItem("")
        self.indicationCombo.addItem("")
        self.indicationCombo.addItem("")
        self.indicationCombo.setObjectName(u"indicationCombo")

        self.fieldsLayout.addWidget(self.indicationCombo, 7, 1, 1, 1)

        self.indicationNoteLabel = QLabel(BookingDialog)
        self.indicationNoteLabel.setObjectName(u"indicationNoteLabel")

        self.fieldsLayout.addWidget(self.indicationNoteLabel, 8, 0, 1, 1)

        self.indicationNoteEdit = QLineEdit(BookingDialog)
        self.indicationNoteEdit.setObjectName(u"indicationNoteEdit")

        self.fieldsLayout.addWidget(self.indicationNoteEdit, 8, 1, 1, 1)

        self.indicationNoteError = QLabel(BookingDialog)
        self.indicationNoteError.setObjectName(u"indicationNoteError")
        self.indicationNoteError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.indicationNoteError, 8, 2, 1, 1)

        self.deviceLabel = QLabel(BookingDialog)
        self.deviceLabel.setObjectName(u"deviceLabel")

        self.fieldsLayout.addWidget(self.deviceLabel, 9, 0, 1, 1)

        self.deviceEdit = DateEntry(BookingDialog)
        self.deviceEdit.setObjectName(u"deviceEdit")

        self.fieldsLayout.addWidget(self.deviceEdit, 9, 1, 1, 1)

        self.deviceError = QLabel(BookingDialog)
        self.deviceError.setObjectName(u"deviceError")
        self.deviceError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.deviceError, 9, 2, 1, 1)

        self.referringNameLabel = QLabel(BookingDialog)
        self.referringNameLabel.setObjectName(u"referringNameLabel")

        self.fieldsLayout.addWidget(self.referringNameLabel, 10, 0, 1, 1)

        self.referringNameRow = QHBoxLayout()
        self.referringNameRow.setObjectName(u"referringNameRow")
        self.referringTitleCombo = QComboBox(BookingDialog)
        self.referringTitleCombo.addItem("")
        self.referringTitleCombo.addItem("")
        self.referringTitleCombo.addItem("")
        self.referringTitleCombo.setObjectName(u"referringTitleCombo")

        self.referringNameRow.addWidget(self.referringTitleCombo)

        self.referringNameEdit = QLineEdit(BookingDialog)
        self.referringNameEdit.setObjectName(u"referringNameEdit")

        self.referringNameRow.addWidget(self.referringNameEdit)


        self.fieldsLayout.addLayout(self.referringNameRow, 10, 1, 1, 1)

        self.referringNameError = QLabel(BookingDialog)
        self.referringNameError.setObjectName(u"referringNameError")
        self.referringNameError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.referringNameError, 10, 2, 1, 1)

        self.referringPhoneLabel = QLabel(BookingDialog)
        self.referringPhoneLabel.setObjectName(u"referringPhoneLabel")

        self.fieldsLayout.addWidget(self.referringPhoneLabel, 11, 0, 1, 1)

        self.referringPhoneEdit = QLineEdit(BookingDialog)
        self.referringPhoneEdit.setObjectName(u"referringPhoneEdit")

        self.fieldsLayout.addWidget(self.referringPhoneEdit, 11, 1, 1, 1)

        self.referringPhoneError = QLabel(BookingDialog)
        self.referringPhoneError.setObjectName(u"referringPhoneError")
        self.referringPhoneError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.referringPhoneError, 11, 2, 1, 1)

        self.referringFaxLabel = QLabel(BookingDialog)
        self.referringFaxLabel.setObjectName(u"referringFaxLabel")

        self.fieldsLayout.addWidget(self.referringFaxLabel, 12, 0, 1, 1)

        self.referringFaxEdit = QLineEdit(BookingDialog)
        self.referringFaxEdit.setObjectName(u"referringFaxEdit")

        self.fieldsLayout.addWidget(self.referringFaxEdit, 12, 1, 1, 1)

        self.referringFaxError = QLabel(BookingDialog)
        self.referringFaxError.setObjectName(u"referringFaxError")
        self.referringFaxError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.referringFaxError, 12, 2, 1, 1)

        self.premedicationCheck = QCheckBox(BookingDialog)
        self.premedicationCheck.setObjectName(u"premedicationCheck")

        self.fieldsLayout.addWidget(self.premedicationCheck, 13, 1, 1, 1)

        self.antibioticsLabel = QLabel(BookingDialog)
        self.antibioticsLabel.setObjectName(u"antibioticsLabel")

        self.fieldsLayout.addWidget(self.antibioticsLabel, 14, 0, 1, 1)

        self.antibioticsEdit = QLineEdit(BookingDialog)
        self.antibioticsEdit.setObjectName(u"antibioticsEdit")

        self.fieldsLayout.addWidget(self.antibioticsEdit, 14, 1, 1, 1)

        self.antibioticsError = QLabel(BookingDialog)
        self.antibioticsError.setObjectName(u"antibioticsError")
        self.antibioticsError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.antibioticsError, 14, 2, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 3)
        self.fieldsLayout.setColumnStretch(2, 2)

        self.dialogLayout.addLayout(self.fieldsLayout)

        self.formMessage = QLabel(BookingDialog)
        self.formMessage.setObjectName(u"formMessage")
        self.formMessage.setWordWrap(True)

        self.dialogLayout.addWidget(self.formMessage)

        self.buttonBox = QDialogButtonBox(BookingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.lmpLabel.setBuddy(self.lmpEdit)
        self.flowLabel.setBuddy(self.flowEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.timeLabel.setBuddy(self.timeEdit)
        self.indicationLabel.setBuddy(self.indicationCombo)
        self.indicationNoteLabel.setBuddy(self.indicationNoteEdit)
        self.deviceLabel.setBuddy(self.deviceEdit)
        self.referringNameLabel.setBuddy(self.referringNameEdit)
        self.referringPhoneLabel.setBuddy(self.referringPhoneEdit)
        self.referringFaxLabel.setBuddy(self.referringFaxEdit)
        self.antibioticsLabel.setBuddy(self.antibioticsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.lmpEdit, self.flowEdit)
        QWidget.setTabOrder(self.flowEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.timeEdit)
        QWidget.setTabOrder(self.timeEdit, self.indicationCombo)
        QWidget.setTabOrder(self.indicationCombo, self.indicationNoteEdit)
        QWidget.setTabOrder(self.indicationNoteEdit, self.deviceEdit)
        QWidget.setTabOrder(self.deviceEdit, self.referringTitleCombo)
        QWidget.setTabOrder(self.referringTitleCombo, self.referringNameEdit)
        QWidget.setTabOrder(self.referringNameEdit, self.referringPhoneEdit)
        QWidget.setTabOrder(self.referringPhoneEdit, self.referringFaxEdit)
        QWidget.setTabOrder(self.referringFaxEdit, self.premedicationCheck)
        QWidget.setTabOrder(self.premedicationCheck, self.antibioticsEdit)
        QWidget.setTabOrder(self.antibioticsEdit, self.buttonBox)

        self.retranslateUi(BookingDialog)

        QMetaObject.connectSlotsByName(BookingDialog)

        guard_fields(BookingDialog)
    # setupUi

    def retranslateUi(self, BookingDialog):
        BookingDialog.setWindowTitle(QCoreApplication.translate("BookingDialog", u"Book exam", None))
        self.patientLabel.setText("")
        self.lmpLabel.setText(QCoreApplication.translate("BookingDialog", u"&Last period began", None))
        self.lmpEdit.setPlaceholderText(QCoreApplication.translate("BookingDialog", u"MM/DD/YYYY \u2014 blank if unknown", None))
#if QT_CONFIG(tooltip)
        self.lmpEdit.setToolTip(QCoreApplication.translate("BookingDialog", u"First day of her last menstrual period (cycle day 1)", None))
#endif // QT_CONFIG(tooltip)
        self.lmpError.setText("")
        self.lmpError.setProperty(u"role", QCoreApplication.translate("BookingDialog", u"error", None))
        self.flowLabel.setText(QCoreApplication.translate("BookingDialog", u"Flow &ended on", None))
        self.flowEdit.setPlaceholderText(QCoreApplication.translate("BookingDialog", u"MM/DD/YYYY \u2014 blank if she does not know", None))
#if QT_CONFIG(tooltip)
        self.flowEdit.setToolTip(QCoreApplication.translate("BookingDialog", u"The last day of bleeding of that period: the days that fit start the day after it (else the setting Typical days of flow is assumed)", None))
#endif // QT_CONFIG(tooltip)
        self.flowError.setText("")
        self.flowError.setProperty(u"role", QCoreApplication.translate("BookingDialog", u"error", None))
        self.windowLabel.setText("")
        self.dateLabel.setText(QCoreApplication.translate("BookingDialog", u"Exam &date", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("BookingDialog", u"ddd MMM d, yyyy", None))
#if QT_CONFIG(tooltip)
        self.dateEdit.setToolTip(QCoreApplication.translate("BookingDialog", u"Exam date (Alt+D)", None))
#endif // QT_CONFIG(tooltip)
        self.dateError.setText("")
        self.dateError.setProperty(u"role", QCoreApplication.translate("BookingDialog", u"error", None))
        self.timeLabel.setText(QCoreApplication.translate("BookingDialog", u"Exam &time", None))
        self.timeEdit.setDisplayFormat(QCoreApplication.translate("BookingDialog", u"h:mm AP", None))
#if QT_CONFIG(tooltip)
        self.timeEdit.setToolTip(QCoreApplication.translate("BookingDialog", u"Exam time, facility time zone (Alt+T)", None))
#endif // QT_CONFIG(tooltip)
        self.timeError.setText("")
        self.timeError.setProperty(u"role", QCoreApplication.translate("BookingDialog", u"error", None))
        self.windowWarning.setText("")
        self.windowWarning.setProperty(u"role", QCoreApplication.translate("BookingDialog", u"warning", None))
        self.indicationLabel.setText(QCoreApplication.translate("BookingDialog", u"&Indication", None))
        self.indicationCombo.setItemText(0, QCoreApplication.translate("BookingDialog", u"Infertility work-up", None))
        self.indicationCombo.setItemText(1, QCoreApplication.translate("BookingDialog", u"Recurrent pregnancy loss", None))
        self.indicationCombo.setItemText(2, QCoreApplication.translate("BookingDialog", u"Tubal ligation check", None))
        self.indicationCombo.setItemText(3, QCoreApplication.translate("BookingDialog", u"Essure/Adiana confirmation", None))
        self.indicationCombo.setItemText(4, QCoreApplication.translate("BookingDialog", u"Other", None))

        self.indicationNoteLabel.setText(QCoreApplication.translate("BookingDialog", u"Indication &note", None))
        self.indicationNoteError.setText("")
        self.indicationNoteError.setProperty(u"role", QCoreApplication.translate("BookingDialog", u"error", None))
        self.deviceLabel.setText(QCoreApplication.translate("BookingDialog", u"Device &placed on", None))
        self.deviceEdit.setPlaceholderText(QCoreApplication.translate("BookingDialog", u"MM/DD/YYYY", None))
        self.deviceError.setText("")
        self.deviceError.setProperty(u"role", QCoreApplication.translate("BookingDialog", u"error", None))
        self.referringNameLabel.setText(QCoreApplication.translate("BookingDialog", u"Referring &physician", None))
        self.referringTitleCombo.setItemText(0, QCoreApplication.translate("BookingDialog", u"(none)", None))
        self.referringTitleCombo.setItemText(1, QCoreApplication.translate("BookingDialog", u"Dr.", None))
        self.referringTitleCombo.setItemText(2, QCoreApplication.translate("BookingDialog", u"Dra.", None))

#if QT_CONFIG(tooltip)
        self.referringTitleCombo.setToolTip(QCoreApplication.translate("BookingDialog", u"Her title as the sheets print it: a Spanish sheet prints \"Dra.\" for a woman, an English one \"Dr.\" for either", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.referringTitleCombo.setAccessibleName(QCoreApplication.translate("BookingDialog", u"Physician title", None))
#endif // QT_CONFIG(accessibility)
        self.referringNameError.setText("")
        self.referringNameError.setProperty(u"role", QCoreApplication.translate("BookingDialog", u"error", None))
        self.referringPhoneLabel.setText(QCoreApplication.translate("BookingDialog", u"Physician p&hone", None))
        self.referringPhoneError.setText("")
        self.referringPhoneError.setProperty(u"role", QCoreApplication.translate("BookingDialog", u"error", None))
        self.referringFaxLabel.setText(QCoreApplication.translate("BookingDialog", u"Physician fa&x", None))
        self.referringFaxError.setText("")
        self.referringFaxError.setProperty(u"role", QCoreApplication.translate("BookingDialog", u"error", None))
        self.premedicationCheck.setText(QCoreApplication.translate("BookingDialog", u"Contrast p&remedication ordered", None))
#if QT_CONFIG(tooltip)
        self.premedicationCheck.setToolTip(QCoreApplication.translate("BookingDialog", u"The preparation sheet prints the prednisone and diphenhydramine times", None))
#endif // QT_CONFIG(tooltip)
        self.antibioticsLabel.setText(QCoreApplication.translate("BookingDialog", u"&Antibiotics ordered", None))
        self.antibioticsEdit.setPlaceholderText(QCoreApplication.translate("BookingDialog", u"e.g. doxycycline 100 mg twice a day", None))
        self.antibioticsError.setText("")
        self.antibioticsError.setProperty(u"role", QCoreApplication.translate("BookingDialog", u"error", None))
        self.formMessage.setText("")
        self.formMessage.setProperty(u"role", QCoreApplication.translate("BookingDialog", u"error", None))
    # retranslateUi

