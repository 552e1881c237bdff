# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from hsg_desk.qt.wheel_guard import guard_fields

class Ui_LoginDialog(object):
    def setupUi(self, LoginDialog):
        if not LoginDialog.objectName():
            LoginDialog.setObjectName(u"LoginDialog")
        LoginDialog.resize(420, 240)
        self.loginLayout = QVBoxLayout(LoginDialog)
        self.loginLayout.setObjectName(u"loginLayout")
        self.heading = QLabel(LoginDialog)
        self.heading.setObjectName(u"heading")

        self.loginLayout.addWidget(self.heading)

        self.facilityLabel = QLabel(LoginDialog)
        self.facilityLabel.setObjectName(u"facilityLabel")

        self.loginLayout.addWidget(self.facilityLabel)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.usernameLabel = QLabel(LoginDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(LoginDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(40)

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.passwordLabel = QLabel(LoginDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(LoginDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setMaxLength(200)
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.newPasswordLabel = QLabel(LoginDialog)
        self.newPasswordLabel.setObjectName(u"newPasswordLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.newPasswordLabel)

        self.newPasswordEdit = QLineEdit(LoginDialog)
        self.newPasswordEdit.setObjectName(u"newPasswordEdit")
        self.newPasswordEdit.setMaxLength(200)
        self.newPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.newPasswordEdit)

        self.confirmLabel = QLabel(LoginDialog)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(LoginDialog)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setMaxLength(200)
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.confirmEdit)


        self.loginLayout.addLayout(self.fieldsLayout)

        self.errorLabel = QLabel(LoginDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.loginLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(LoginDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.loginLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.newPasswordLabel.setBuddy(self.newPasswordEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usernameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.newPasswordEdit)
        QWidget.setTabOrder(self.newPasswordEdit, self.confirmEdit)

        self.retranslateUi(LoginDialog)

        QMetaObject.connectSlotsByName(LoginDialog)

        guard_fields(LoginDialog)
    # setupUi

    def retranslateUi(self, LoginDialog):
        LoginDialog.setWindowTitle(QCoreApplication.translate("LoginDialog", u"Sign in \u2014 HSG Desk", None))
        self.heading.setText(QCoreApplication.translate("LoginDialog", u"Sign in to HSG Desk", None))
        self.facilityLabel.setText("")
        self.usernameLabel.setText(QCoreApplication.translate("LoginDialog", u"&Username", None))
        self.passwordLabel.setText(QCoreApplication.translate("LoginDialog", u"&Password", None))
        self.newPasswordLabel.setText(QCoreApplication.translate("LoginDialog", u"&New password", None))
        self.newPasswordEdit.setPlaceholderText(QCoreApplication.translate("LoginDialog", u"at least 8 characters", None))
        self.confirmLabel.setText(QCoreApplication.translate("LoginDialog", u"&Repeat it", None))
        self.errorLabel.setText("")
    # retranslateUi

