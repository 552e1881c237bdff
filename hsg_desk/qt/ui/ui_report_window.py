# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

from hsg_desk.qt.wheel_guard import guard_fields

class Ui_ReportWindow(object):
    def setupUi(self, ReportWindow):
        if not ReportWindow.objectName():
            ReportWindow.setObjectName(u"ReportWindow")
        ReportWindow.resize(1000, 760)
        self.windowLayout = QVBoxLayout(ReportWindow)
        self.windowLayout.setObjectName(u"windowLayout")
        self.choiceLayout = QHBoxLayout()
        self.choiceLayout.setSpacing(8)
        self.choiceLayout.setObjectName(u"choiceLayout")
        self.fromLabel = QLabel(ReportWindow)
        self.fromLabel.setObjectName(u"fromLabel")

        self.choiceLayout.addWidget(self.fromLabel)

        self.fromDate = QDateEdit(ReportWindow)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setMinimumSize(QSize(130, 36))
        self.fromDate.setCalendarPopup(True)

        self.choiceLayout.addWidget(self.fromDate)

        self.toLabel = QLabel(ReportWindow)
        self.toLabel.setObjectName(u"toLabel")
        self.toLabel.setMinimumSize(QSize(24, 0))

        self.choiceLayout.addWidget(self.toLabel)

        self.toDate = QDateEdit(ReportWindow)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setMinimumSize(QSize(130, 36))
        self.toDate.setCalendarPopup(True)

        self.choiceLayout.addWidget(self.toDate)

        self.languageLabel = QLabel(ReportWindow)
        self.languageLabel.setObjectName(u"languageLabel")

        self.choiceLayout.addWidget(self.languageLabel)

        self.languageCombo = QComboBox(ReportWindow)
        self.languageCombo.addItem("")
        self.languageCombo.addItem("")
        self.languageCombo.setObjectName(u"languageCombo")
        self.languageCombo.setMinimumSize(QSize(0, 36))

        self.choiceLayout.addWidget(self.languageCombo)

        self.showButton = QPushButton(ReportWindow)
        self.showButton.setObjectName(u"showButton")
        self.showButton.setMinimumSize(QSize(0, 36))

        self.choiceLayout.addWidget(self.showButton)

        self.choiceSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choiceLayout.addItem(self.choiceSpacer)

        self.printButton = QPushButton(ReportWindow)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setMinimumSize(QSize(0, 36))

        self.choiceLayout.addWidget(self.printButton)

        self.saveButton = QPushButton(ReportWindow)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setMinimumSize(QSize(0, 36))

        self.choiceLayout.addWidget(self.saveButton)


        self.windowLayout.addLayout(self.choiceLayout)

        self.messageLabel = QLabel(ReportWindow)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.windowLayout.addWidget(self.messageLabel)

        self.previewHolder = QWidget(ReportWindow)
        self.previewHolder.setObjectName(u"previewHolder")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.previewHolder.sizePolicy().hasHeightForWidth())
        self.previewHolder.setSizePolicy(sizePolicy)
        self.previewLayout = QVBoxLayout(self.previewHolder)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)

        self.windowLayout.addWidget(self.previewHolder)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fromDate, self.toDate)
        QWidget.setTabOrder(self.toDate, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.showButton)
        QWidget.setTabOrder(self.showButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.saveButton)

        self.retranslateUi(ReportWindow)

        QMetaObject.connectSlotsByName(ReportWindow)

        guard_fields(ReportWindow)
    # setupUi

    def retranslateUi(self, ReportWindow):
        ReportWindow.setWindowTitle(QCoreApplication.translate("ReportWindow", u"Report", None))
        self.fromLabel.setText(QCoreApplication.translate("ReportWindow", u"&From", None))
        self.fromDate.setDisplayFormat(QCoreApplication.translate("ReportWindow", u"yyyy-MM-dd", None))
        self.toLabel.setText(QCoreApplication.translate("ReportWindow", u"&To", None))
        self.toDate.setDisplayFormat(QCoreApplication.translate("ReportWindow", u"yyyy-MM-dd", None))
        self.languageLabel.setText(QCoreApplication.translate("ReportWindow", u"&Language", None))
        self.languageCombo.setItemText(0, QCoreApplication.translate("ReportWindow", u"English", None))
        self.languageCombo.setItemText(1, QCoreApplication.translate("ReportWindow", u"Espa\u00f1ol", None))

        self.showButton.setText(QCoreApplication.translate("ReportWindow", u"S&how", None))
#if QT_CONFIG(tooltip)
        self.showButton.setToolTip(QCoreApplication.translate("ReportWindow", u"Build the preview for the dates chosen", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("ReportWindow", u"&Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("ReportWindow", u"Print what the preview shows (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("ReportWindow", u"&Save as PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("ReportWindow", u"Save what the preview shows as a PDF file", None))
#endif // QT_CONFIG(tooltip)
        self.messageLabel.setText("")
    # retranslateUi

