# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'documents_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

from hsg_desk.qt.wheel_guard import guard_fields

class Ui_DocumentsPage(object):
    def setupUi(self, DocumentsPage):
        if not DocumentsPage.objectName():
            DocumentsPage.setObjectName(u"DocumentsPage")
        DocumentsPage.resize(900, 700)
        self.pageLayout = QVBoxLayout(DocumentsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.choiceLayout = QHBoxLayout()
        self.choiceLayout.setObjectName(u"choiceLayout")
        self.documentLabel = QLabel(DocumentsPage)
        self.documentLabel.setObjectName(u"documentLabel")

        self.choiceLayout.addWidget(self.documentLabel)

        self.documentCombo = QComboBox(DocumentsPage)
        self.documentCombo.addItem("")
        self.documentCombo.addItem("")
        self.documentCombo.addItem("")
        self.documentCombo.addItem("")
        self.documentCombo.setObjectName(u"documentCombo")

        self.choiceLayout.addWidget(self.documentCombo)

        self.languageLabel = QLabel(DocumentsPage)
        self.languageLabel.setObjectName(u"languageLabel")

        self.choiceLayout.addWidget(self.languageLabel)

        self.languageCombo = QComboBox(DocumentsPage)
        self.languageCombo.addItem("")
        self.languageCombo.addItem("")
        self.languageCombo.setObjectName(u"languageCombo")

        self.choiceLayout.addWidget(self.languageCombo)

        self.choiceSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choiceLayout.addItem(self.choiceSpacer)

        self.printButton = QPushButton(DocumentsPage)
        self.printButton.setObjectName(u"printButton")

        self.choiceLayout.addWidget(self.printButton)

        self.saveButton = QPushButton(DocumentsPage)
        self.saveButton.setObjectName(u"saveButton")

        self.choiceLayout.addWidget(self.saveButton)


        self.pageLayout.addLayout(self.choiceLayout)

        self.messageLabel = QLabel(DocumentsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.messageLabel)

        self.previewHolder = QWidget(DocumentsPage)
        self.previewHolder.setObjectName(u"previewHolder")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.previewHolder.sizePolicy().hasHeightForWidth())
        self.previewHolder.setSizePolicy(sizePolicy)
        self.previewLayout = QVBoxLayout(self.previewHolder)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)

        self.pageLayout.addWidget(self.previewHolder)

#if QT_CONFIG(shortcut)
        self.documentLabel.setBuddy(self.documentCombo)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.documentCombo, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.printButton)
        QWidget.setTabOrder(self.printButton, self.saveButton)

        self.retranslateUi(DocumentsPage)

        QMetaObject.connectSlotsByName(DocumentsPage)

        guard_fields(DocumentsPage)
    # setupUi

    def retranslateUi(self, DocumentsPage):
        DocumentsPage.setWindowTitle(QCoreApplication.translate("DocumentsPage", u"Documents", None))
        self.documentLabel.setText(QCoreApplication.translate("DocumentsPage", u"&Document", None))
        self.documentCombo.setItemText(0, QCoreApplication.translate("DocumentsPage", u"Exam summary (staff)", None))
        self.documentCombo.setItemText(1, QCoreApplication.translate("DocumentsPage", u"Aftercare sheet", None))
        self.documentCombo.setItemText(2, QCoreApplication.translate("DocumentsPage", u"Preparation sheet", None))
        self.documentCombo.setItemText(3, QCoreApplication.translate("DocumentsPage", u"Consent form", None))

#if QT_CONFIG(tooltip)
        self.documentCombo.setToolTip(QCoreApplication.translate("DocumentsPage", u"Which document to preview, print or save", None))
#endif // QT_CONFIG(tooltip)
        self.languageLabel.setText(QCoreApplication.translate("DocumentsPage", u"&Language", None))
        self.languageCombo.setItemText(0, QCoreApplication.translate("DocumentsPage", u"English", None))
        self.languageCombo.setItemText(1, QCoreApplication.translate("DocumentsPage", u"Spanish (Espa\u00f1ol)", None))

#if QT_CONFIG(tooltip)
        self.languageCombo.setToolTip(QCoreApplication.translate("DocumentsPage", u"Patient documents print in the patient's preferred language; change it here", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("DocumentsPage", u"P&rint\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("DocumentsPage", u"Print this document (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("DocumentsPage", u"&Save as PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("DocumentsPage", u"Save this document as a PDF file", None))
#endif // QT_CONFIG(tooltip)
        self.messageLabel.setText("")
    # retranslateUi

