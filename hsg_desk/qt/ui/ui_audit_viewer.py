# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_viewer.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout

from hsg_desk.qt.wheel_guard import guard_fields

class Ui_AuditViewer(object):
    def setupUi(self, AuditViewer):
        if not AuditViewer.objectName():
            AuditViewer.setObjectName(u"AuditViewer")
        AuditViewer.resize(1100, 600)
        self.auditLayout = QVBoxLayout(AuditViewer)
        self.auditLayout.setObjectName(u"auditLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.datesCheck = QCheckBox(AuditViewer)
        self.datesCheck.setObjectName(u"datesCheck")

        self.filterLayout.addWidget(self.datesCheck)

        self.fromDate = QDateEdit(AuditViewer)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.filterLayout.addWidget(self.fromDate)

        self.toLabel = QLabel(AuditViewer)
        self.toLabel.setObjectName(u"toLabel")

        self.filterLayout.addWidget(self.toLabel)

        self.toDate = QDateEdit(AuditViewer)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)

        self.filterLayout.addWidget(self.toDate)

        self.userLabel = QLabel(AuditViewer)
        self.userLabel.setObjectName(u"userLabel")

        self.filterLayout.addWidget(self.userLabel)

        self.userCombo = QComboBox(AuditViewer)
        self.userCombo.setObjectName(u"userCombo")
        self.userCombo.setMinimumSize(QSize(140, 0))
        self.userCombo.setEditable(True)

        self.filterLayout.addWidget(self.userCombo)

        self.patientLabel = QLabel(AuditViewer)
        self.patientLabel.setObjectName(u"patientLabel")

        self.filterLayout.addWidget(self.patientLabel)

        self.patientEdit = QLineEdit(AuditViewer)
        self.patientEdit.setObjectName(u"patientEdit")
        self.patientEdit.setMaxLength(12)

        self.filterLayout.addWidget(self.patientEdit)

        self.actionLabel = QLabel(AuditViewer)
        self.actionLabel.setObjectName(u"actionLabel")

        self.filterLayout.addWidget(self.actionLabel)

        self.actionCombo = QComboBox(AuditViewer)
        self.actionCombo.setObjectName(u"actionCombo")
        self.actionCombo.setMinimumSize(QSize(140, 0))
        self.actionCombo.setEditable(True)

        self.filterLayout.addWidget(self.actionCombo)

        self.applyButton = QPushButton(AuditViewer)
        self.applyButton.setObjectName(u"applyButton")

        self.filterLayout.addWidget(self.applyButton)

        self.clearButton = QPushButton(AuditViewer)
        self.clearButton.setObjectName(u"clearButton")

        self.filterLayout.addWidget(self.clearButton)


        self.auditLayout.addLayout(self.filterLayout)

        self.auditView = QTableView(AuditViewer)
        self.auditView.setObjectName(u"auditView")
        self.auditView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.auditView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.auditView.setSortingEnabled(True)

        self.auditLayout.addWidget(self.auditView)

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setObjectName(u"footerLayout")
        self.countLabel = QLabel(AuditViewer)
        self.countLabel.setObjectName(u"countLabel")

        self.footerLayout.addWidget(self.countLabel)

        self.chainLabel = QLabel(AuditViewer)
        self.chainLabel.setObjectName(u"chainLabel")
        self.chainLabel.setWordWrap(True)

        self.footerLayout.addWidget(self.chainLabel)

        self.verifyButton = QPushButton(AuditViewer)
        self.verifyButton.setObjectName(u"verifyButton")

        self.footerLayout.addWidget(self.verifyButton)

        self.exportButton = QPushButton(AuditViewer)
        self.exportButton.setObjectName(u"exportButton")

        self.footerLayout.addWidget(self.exportButton)


        self.auditLayout.addLayout(self.footerLayout)

#if QT_CONFIG(shortcut)
        self.userLabel.setBuddy(self.userCombo)
        self.patientLabel.setBuddy(self.patientEdit)
        self.actionLabel.setBuddy(self.actionCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AuditViewer)

        QMetaObject.connectSlotsByName(AuditViewer)

        guard_fields(AuditViewer)
    # setupUi

    def retranslateUi(self, AuditViewer):
        AuditViewer.setWindowTitle(QCoreApplication.translate("AuditViewer", u"Audit trail", None))
        self.datesCheck.setText(QCoreApplication.translate("AuditViewer", u"&Dates", None))
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("AuditViewer", u"Audit trail from", None))
#endif // QT_CONFIG(accessibility)
        self.fromDate.setDisplayFormat(QCoreApplication.translate("AuditViewer", u"yyyy-MM-dd", None))
        self.toLabel.setText(QCoreApplication.translate("AuditViewer", u"to", None))
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("AuditViewer", u"Audit trail to", None))
#endif // QT_CONFIG(accessibility)
        self.toDate.setDisplayFormat(QCoreApplication.translate("AuditViewer", u"yyyy-MM-dd", None))
        self.userLabel.setText(QCoreApplication.translate("AuditViewer", u"&User", None))
        self.patientLabel.setText(QCoreApplication.translate("AuditViewer", u"&Patient id", None))
        self.actionLabel.setText(QCoreApplication.translate("AuditViewer", u"&Action", None))
        self.applyButton.setText(QCoreApplication.translate("AuditViewer", u"&Filter", None))
        self.clearButton.setText(QCoreApplication.translate("AuditViewer", u"&Clear", None))
#if QT_CONFIG(accessibility)
        self.auditView.setAccessibleName(QCoreApplication.translate("AuditViewer", u"Audit trail events", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText("")
        self.chainLabel.setText("")
        self.verifyButton.setText(QCoreApplication.translate("AuditViewer", u"C&heck the chain", None))
        self.exportButton.setText(QCoreApplication.translate("AuditViewer", u"&Export CSV\u2026", None))
    # retranslateUi

