# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users_admin.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout

from hsg_desk.qt.wheel_guard import guard_fields

class Ui_UsersAdmin(object):
    def setupUi(self, UsersAdmin):
        if not UsersAdmin.objectName():
            UsersAdmin.setObjectName(u"UsersAdmin")
        UsersAdmin.resize(900, 520)
        self.usersLayout = QHBoxLayout(UsersAdmin)
        self.usersLayout.setObjectName(u"usersLayout")
        self.usersView = QTableView(UsersAdmin)
        self.usersView.setObjectName(u"usersView")
        self.usersView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.usersView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.usersView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.usersView.setSortingEnabled(True)

        self.usersLayout.addWidget(self.usersView)

        self.detailsColumn = QVBoxLayout()
        self.detailsColumn.setObjectName(u"detailsColumn")
        self.detailsGroup = QGroupBox(UsersAdmin)
        self.detailsGroup.setObjectName(u"detailsGroup")
        self.detailsLayout = QFormLayout(self.detailsGroup)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.usernameLabel = QLabel(self.detailsGroup)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.detailsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(self.detailsGroup)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(40)

        self.detailsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.displayNameLabel = QLabel(self.detailsGroup)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.detailsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.displayNameEdit = QLineEdit(self.detailsGroup)
        self.displayNameEdit.setObjectName(u"displayNameEdit")
        self.displayNameEdit.setMaxLength(100)

        self.detailsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.displayNameEdit)

        self.rolesLabel = QLabel(self.detailsGroup)
        self.rolesLabel.setObjectName(u"rolesLabel")

        self.detailsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.rolesLabel)

        self.rolesLayout = QVBoxLayout()
        self.rolesLayout.setObjectName(u"rolesLayout")
        self.roleFrontDesk = QCheckBox(self.detailsGroup)
        self.roleFrontDesk.setObjectName(u"roleFrontDesk")

        self.rolesLayout.addWidget(self.roleFrontDesk)

        self.roleTechnologist = QCheckBox(self.detailsGroup)
        self.roleTechnologist.setObjectName(u"roleTechnologist")

        self.rolesLayout.addWidget(self.roleTechnologist)

        self.roleRadiologist = QCheckBox(self.detailsGroup)
        self.roleRadiologist.setObjectName(u"roleRadiologist")

        self.rolesLayout.addWidget(self.roleRadiologist)

        self.roleAdmin = QCheckBox(self.detailsGroup)
        self.roleAdmin.setObjectName(u"roleAdmin")

        self.rolesLayout.addWidget(self.roleAdmin)


        self.detailsLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.rolesLayout)

        self.passwordLabel = QLabel(self.detailsGroup)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.detailsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.detailsGroup)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setMaxLength(200)
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.detailsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.stateCaption = QLabel(self.detailsGroup)
        self.stateCaption.setObjectName(u"stateCaption")

        self.detailsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.stateCaption)

        self.stateLabel = QLabel(self.detailsGroup)
        self.stateLabel.setObjectName(u"stateLabel")

        self.detailsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.stateLabel)


        self.detailsColumn.addWidget(self.detailsGroup)

        self.buttonsLayout = QGridLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.newButton = QPushButton(UsersAdmin)
        self.newButton.setObjectName(u"newButton")

        self.buttonsLayout.addWidget(self.newButton, 0, 0, 1, 1)

        self.saveButton = QPushButton(UsersAdmin)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton, 0, 1, 1, 1)

        self.resetPasswordButton = QPushButton(UsersAdmin)
        self.resetPasswordButton.setObjectName(u"resetPasswordButton")

        self.buttonsLayout.addWidget(self.resetPasswordButton, 1, 0, 1, 1)

        self.disableButton = QPushButton(UsersAdmin)
        self.disableButton.setObjectName(u"disableButton")

        self.buttonsLayout.addWidget(self.disableButton, 1, 1, 1, 1)

        self.unlockButton = QPushButton(UsersAdmin)
        self.unlockButton.setObjectName(u"unlockButton")

        self.buttonsLayout.addWidget(self.unlockButton, 2, 0, 1, 1)


        self.detailsColumn.addLayout(self.buttonsLayout)

        self.messageLabel = QLabel(UsersAdmin)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.detailsColumn.addWidget(self.messageLabel)

        self.detailsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailsColumn.addItem(self.detailsSpacer)


        self.usersLayout.addLayout(self.detailsColumn)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.displayNameLabel.setBuddy(self.displayNameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UsersAdmin)

        QMetaObject.connectSlotsByName(UsersAdmin)

        guard_fields(UsersAdmin)
    # setupUi

    def retranslateUi(self, UsersAdmin):
        UsersAdmin.setWindowTitle(QCoreApplication.translate("UsersAdmin", u"Users", None))
#if QT_CONFIG(accessibility)
        self.usersView.setAccessibleName(QCoreApplication.translate("UsersAdmin", u"Users", None))
#endif // QT_CONFIG(accessibility)
        self.detailsGroup.setTitle(QCoreApplication.translate("UsersAdmin", u"User", None))
        self.usernameLabel.setText(QCoreApplication.translate("UsersAdmin", u"&Username", None))
        self.displayNameLabel.setText(QCoreApplication.translate("UsersAdmin", u"Na&me", None))
        self.rolesLabel.setText(QCoreApplication.translate("UsersAdmin", u"Roles", None))
        self.roleFrontDesk.setText(QCoreApplication.translate("UsersAdmin", u"&Front desk", None))
        self.roleTechnologist.setText(QCoreApplication.translate("UsersAdmin", u"&Technologist", None))
        self.roleRadiologist.setText(QCoreApplication.translate("UsersAdmin", u"&Radiologist", None))
        self.roleAdmin.setText(QCoreApplication.translate("UsersAdmin", u"A&dmin", None))
        self.passwordLabel.setText(QCoreApplication.translate("UsersAdmin", u"New &password", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("UsersAdmin", u"at least 8 characters", None))
        self.stateCaption.setText(QCoreApplication.translate("UsersAdmin", u"State", None))
        self.stateLabel.setText("")
        self.newButton.setText(QCoreApplication.translate("UsersAdmin", u"&New user", None))
        self.saveButton.setText(QCoreApplication.translate("UsersAdmin", u"&Save", None))
        self.resetPasswordButton.setText(QCoreApplication.translate("UsersAdmin", u"Reset pass&word", None))
        self.disableButton.setText(QCoreApplication.translate("UsersAdmin", u"D&isable", None))
        self.unlockButton.setText(QCoreApplication.translate("UsersAdmin", u"Un&lock", None))
        self.messageLabel.setText("")
    # retranslateUi

