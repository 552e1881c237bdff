# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_start_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout

from hsg_desk.qt.wheel_guard import guard_fields

class Ui_FirstStartDialog(object):
    def setupUi(self, FirstStartDialog):
        if not FirstStartDialog.objectName():
            FirstStartDialog.setObjectName(u"FirstStartDialog")
        FirstStartDialog.resize(560, 560)
        self.setupLayout = QVBoxLayout(FirstStartDialog)
        self.setupLayout.setObjectName(u"setupLayout")
        self.intro = QLabel(FirstStartDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.setupLayout.addWidget(self.intro)

        self.adminGroup = QGroupBox(FirstStartDialog)
        self.adminGroup.setObjectName(u"adminGroup")
        self.adminLayout = QFormLayout(self.adminGroup)
        self.adminLayout.setObjectName(u"adminLayout")
        self.usernameLabel = QLabel(self.adminGroup)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.adminLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(self.adminGroup)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(40)

        self.adminLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.displayNameLabel = QLabel(self.adminGroup)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.adminLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.displayNameEdit = QLineEdit(self.adminGroup)
        self.displayNameEdit.setObjectName(u"displayNameEdit")
        self.displayNameEdit.setMaxLength(100)

        self.adminLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.displayNameEdit)

        self.passwordLabel = QLabel(self.adminGroup)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.adminLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.adminGroup)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setMaxLength(200)
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.adminLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.confirmLabel = QLabel(self.adminGroup)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.adminLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(self.adminGroup)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setMaxLength(200)
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.adminLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.confirmEdit)


        self.setupLayout.addWidget(self.adminGroup)

        self.facilityGroup = QGroupBox(FirstStartDialog)
        self.facilityGroup.setObjectName(u"facilityGroup")
        self.facilityLayout = QFormLayout(self.facilityGroup)
        self.facilityLayout.setObjectName(u"facilityLayout")
        self.facilityNameLabel = QLabel(self.facilityGroup)
        self.facilityNameLabel.setObjectName(u"facilityNameLabel")

        self.facilityLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.facilityNameLabel)

        self.facilityNameEdit = QLineEdit(self.facilityGroup)
        self.facilityNameEdit.setObjectName(u"facilityNameEdit")
        self.facilityNameEdit.setMaxLength(200)

        self.facilityLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.facilityNameEdit)

        self.addressLabel = QLabel(self.facilityGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.facilityLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.facilityGroup)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(200)

        self.facilityLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.phoneLabel = QLabel(self.facilityGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.facilityLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.facilityGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(40)

        self.facilityLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.faxLabel = QLabel(self.facilityGroup)
        self.faxLabel.setObjectName(u"faxLabel")

        self.facilityLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.faxLabel)

        self.faxEdit = QLineEdit(self.facilityGroup)
        self.faxEdit.setObjectName(u"faxEdit")
        self.faxEdit.setMaxLength(40)

        self.facilityLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.faxEdit)

        self.timeZoneLabel = QLabel(self.facilityGroup)
        self.timeZoneLabel.setObjectName(u"timeZoneLabel")

        self.facilityLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.timeZoneLabel)

        self.timeZoneCombo = QComboBox(self.facilityGroup)
        self.timeZoneCombo.setObjectName(u"timeZoneCombo")
        self.timeZoneCombo.setEditable(True)

        self.facilityLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.timeZoneCombo)

        self.paperSizeLabel = QLabel(self.facilityGroup)
        self.paperSizeLabel.setObjectName(u"paperSizeLabel")

        self.facilityLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.paperSizeLabel)

        self.paperSizeCombo = QComboBox(self.facilityGroup)
        self.paperSizeCombo.setObjectName(u"paperSizeCombo")

        self.facilityLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.paperSizeCombo)


        self.setupLayout.addWidget(self.facilityGroup)

        self.errorLabel = QLabel(FirstStartDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.setupLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(FirstStartDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.setupLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.displayNameLabel.setBuddy(self.displayNameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
        self.facilityNameLabel.setBuddy(self.facilityNameEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.faxLabel.setBuddy(self.faxEdit)
        self.timeZoneLabel.setBuddy(self.timeZoneCombo)
        self.paperSizeLabel.setBuddy(self.paperSizeCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstStartDialog)

        QMetaObject.connectSlotsByName(FirstStartDialog)

        guard_fields(FirstStartDialog)
    # setupUi

    def retranslateUi(self, FirstStartDialog):
        FirstStartDialog.setWindowTitle(QCoreApplication.translate("FirstStartDialog", u"Set up HSG Desk", None))
        self.intro.setText(QCoreApplication.translate("FirstStartDialog", u"Welcome. Create the first admin account and enter your facility's details. They print on every document and can be changed later in Settings.", None))
        self.adminGroup.setTitle(QCoreApplication.translate("FirstStartDialog", u"First admin", None))
        self.usernameLabel.setText(QCoreApplication.translate("FirstStartDialog", u"&Username", None))
        self.displayNameLabel.setText(QCoreApplication.translate("FirstStartDialog", u"&Name", None))
        self.passwordLabel.setText(QCoreApplication.translate("FirstStartDialog", u"&Password", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("FirstStartDialog", u"at least 8 characters", None))
        self.confirmLabel.setText(QCoreApplication.translate("FirstStartDialog", u"&Repeat password", None))
        self.facilityGroup.setTitle(QCoreApplication.translate("FirstStartDialog", u"Facility", None))
        self.facilityNameLabel.setText(QCoreApplication.translate("FirstStartDialog", u"&Facility name", None))
        self.addressLabel.setText(QCoreApplication.translate("FirstStartDialog", u"&Address", None))
        self.phoneLabel.setText(QCoreApplication.translate("FirstStartDialog", u"P&hone", None))
        self.faxLabel.setText(QCoreApplication.translate("FirstStartDialog", u"Fa&x", None))
        self.timeZoneLabel.setText(QCoreApplication.translate("FirstStartDialog", u"&Time zone", None))
        self.paperSizeLabel.setText(QCoreApplication.translate("FirstStartDialog", u"Paper si&ze", None))
        self.errorLabel.setText("")
    # retranslateUi

