# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checkin_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

from hsg_desk.qt.wheel_guard import guard_fields

class Ui_CheckinPage(object):
    def setupUi(self, CheckinPage):
        if not CheckinPage.objectName():
            CheckinPage.setObjectName(u"CheckinPage")
        CheckinPage.resize(1200, 640)
        self.pageLayout = QVBoxLayout(CheckinPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(4, 4, 4, 4)
        self.scroll = QScrollArea(CheckinPage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.columns = QHBoxLayout(self.content)
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.identityGroup = QGroupBox(self.content)
        self.identityGroup.setObjectName(u"identityGroup")
        self.identityLayout = QGridLayout(self.identityGroup)
        self.identityLayout.setObjectName(u"identityLayout")
        self.identityCheck = QCheckBox(self.identityGroup)
        self.identityCheck.setObjectName(u"identityCheck")

        self.identityLayout.addWidget(self.identityCheck, 0, 0, 1, 4)

        self.identityStamp = QLabel(self.identityGroup)
        self.identityStamp.setObjectName(u"identityStamp")

        self.identityLayout.addWidget(self.identityStamp, 1, 0, 1, 4)

        self.identityFinding = QLabel(self.identityGroup)
        self.identityFinding.setObjectName(u"identityFinding")
        self.identityFinding.setWordWrap(True)

        self.identityLayout.addWidget(self.identityFinding, 2, 0, 1, 4)

        self.referralCheck = QCheckBox(self.identityGroup)
        self.referralCheck.setObjectName(u"referralCheck")

        self.identityLayout.addWidget(self.referralCheck, 3, 0, 1, 4)

        self.referringNameLabel = QLabel(self.identityGroup)
        self.referringNameLabel.setObjectName(u"referringNameLabel")

        self.identityLayout.addWidget(self.referringNameLabel, 4, 0, 1, 1)

        self.referringNameRow = QHBoxLayout()
        self.referringNameRow.setObjectName(u"referringNameRow")
        self.referringTitleCombo = QComboBox(self.identityGroup)
        self.referringTitleCombo.addItem("")
        self.referringTitleCombo.addItem("")
        self.referringTitleCombo.addItem("")
        self.referringTitleCombo.setObjectName(u"referringTitleCombo")

        self.referringNameRow.addWidget(self.referringTitleCombo)

        self.referringNameEdit = QLineEdit(self.identityGroup)
        self.referringNameEdit.setObjectName(u"referringNameEdit")

        self.referringNameRow.addWidget(self.referringNameEdit)


        self.identityLayout.addLayout(self.referringNameRow, 4, 1, 1, 3)

        self.referringPhoneLabel = QLabel(self.identityGroup)
        self.referringPhoneLabel.setObjectName(u"referringPhoneLabel")

        self.identityLayout.addWidget(self.referringPhoneLabel, 5, 0, 1, 1)

        self.referringPhoneEdit = QLineEdit(self.identityGroup)
        self.referringPhoneEdit.setObjectName(u"referringPhoneEdit")

        self.identityLayout.addWidget(self.referringPhoneEdit, 5, 1, 1, 1)

        self.referringFaxLabel = QLabel(self.identityGroup)
        self.referringFaxLabel.setObjectName(u"referringFaxLabel")

        self.identityLayout.addWidget(self.referringFaxLabel, 5, 2, 1, 1)

        self.referringFaxEdit = QLineEdit(self.identityGroup)
        self.referringFaxEdit.setObjectName(u"referringFaxEdit")

        self.identityLayout.addWidget(self.referringFaxEdit, 5, 3, 1, 1)

        self.referralError = QLabel(self.identityGroup)
        self.referralError.setObjectName(u"referralError")
        self.referralError.setWordWrap(True)

        self.identityLayout.addWidget(self.referralError, 6, 0, 1, 4)

        self.identityLayout.setColumnStretch(1, 1)
        self.identityLayout.setColumnStretch(3, 1)

        self.leftColumn.addWidget(self.identityGroup)

        self.consentGroup = QGroupBox(self.content)
        self.consentGroup.setObjectName(u"consentGroup")
        self.consentLayout = QGridLayout(self.consentGroup)
        self.consentLayout.setObjectName(u"consentLayout")
        self.consentCheck = QCheckBox(self.consentGroup)
        self.consentCheck.setObjectName(u"consentCheck")

        self.consentLayout.addWidget(self.consentCheck, 0, 0, 1, 4)

        self.consentStamp = QLabel(self.consentGroup)
        self.consentStamp.setObjectName(u"consentStamp")

        self.consentLayout.addWidget(self.consentStamp, 1, 0, 1, 4)

        self.consentFinding = QLabel(self.consentGroup)
        self.consentFinding.setObjectName(u"consentFinding")
        self.consentFinding.setWordWrap(True)

        self.consentLayout.addWidget(self.consentFinding, 2, 0, 1, 4)

        self.sedativeCheck = QCheckBox(self.consentGroup)
        self.sedativeCheck.setObjectName(u"sedativeCheck")

        self.consentLayout.addWidget(self.sedativeCheck, 3, 0, 1, 4)

        self.sedativeNameLabel = QLabel(self.consentGroup)
        self.sedativeNameLabel.setObjectName(u"sedativeNameLabel")

        self.consentLayout.addWidget(self.sedativeNameLabel, 4, 0, 1, 1)

        self.sedativeNameEdit = QLineEdit(self.consentGroup)
        self.sedativeNameEdit.setObjectName(u"sedativeNameEdit")

        self.consentLayout.addWidget(self.sedativeNameEdit, 4, 1, 1, 3)

        self.driverNameLabel = QLabel(self.consentGroup)
        self.driverNameLabel.setObjectName(u"driverNameLabel")

        self.consentLayout.addWidget(self.driverNameLabel, 5, 0, 1, 1)

        self.driverNameEdit = QLineEdit(self.consentGroup)
        self.driverNameEdit.setObjectName(u"driverNameEdit")

        self.consentLayout.addWidget(self.driverNameEdit, 5, 1, 1, 1)

        self.driverPhoneLabel = QLabel(self.consentGroup)
        self.driverPhoneLabel.setObjectName(u"driverPhoneLabel")

        self.consentLayout.addWidget(self.driverPhoneLabel, 5, 2, 1, 1)

        self.driverPhoneEdit = QLineEdit(self.consentGroup)
        self.driverPhoneEdit.setObjectName(u"driverPhoneEdit")

        self.consentLayout.addWidget(self.driverPhoneEdit, 5, 3, 1, 1)

        self.sedationFinding = QLabel(self.consentGroup)
        self.sedationFinding.setObjectName(u"sedationFinding")
        self.sedationFinding.setWordWrap(True)

        self.consentLayout.addWidget(self.sedationFinding, 6, 0, 1, 4)

        self.sedationError = QLabel(self.consentGroup)
        self.sedationError.setObjectName(u"sedationError")
        self.sedationError.setWordWrap(True)

        self.consentLayout.addWidget(self.sedationError, 7, 0, 1, 4)

        self.consentLayout.setColumnStretch(1, 1)
        self.consentLayout.setColumnStretch(3, 1)

        self.leftColumn.addWidget(self.consentGroup)

        self.documentsGroup = QGroupBox(self.content)
        self.documentsGroup.setObjectName(u"documentsGroup")
        self.documentsLayout = QGridLayout(self.documentsGroup)
        self.documentsLayout.setObjectName(u"documentsLayout")
        self.languageLabel = QLabel(self.documentsGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.documentsLayout.addWidget(self.languageLabel, 0, 0, 1, 1)

        self.languageCombo = QComboBox(self.documentsGroup)
        self.languageCombo.addItem("")
        self.languageCombo.addItem("")
        self.languageCombo.setObjectName(u"languageCombo")

        self.documentsLayout.addWidget(self.languageCombo, 0, 1, 1, 1)

        self.printLayout = QHBoxLayout()
        self.printLayout.setObjectName(u"printLayout")
        self.printPrepButton = QPushButton(self.documentsGroup)
        self.printPrepButton.setObjectName(u"printPrepButton")

        self.printLayout.addWidget(self.printPrepButton)

        self.printConsentButton = QPushButton(self.documentsGroup)
        self.printConsentButton.setObjectName(u"printConsentButton")

        self.printLayout.addWidget(self.printConsentButton)

        self.printAftercareButton = QPushButton(self.documentsGroup)
        self.printAftercareButton.setObjectName(u"printAftercareButton")

        self.printLayout.addWidget(self.printAftercareButton)


        self.documentsLayout.addLayout(self.printLayout, 1, 0, 1, 3)

        self.documentsLayout.setColumnStretch(1, 1)
        self.documentsLayout.setColumnStretch(2, 1)

        self.leftColumn.addWidget(self.documentsGroup)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.testGroup = QGroupBox(self.content)
        self.testGroup.setObjectName(u"testGroup")
        self.testLayout = QGridLayout(self.testGroup)
        self.testLayout.setObjectName(u"testLayout")
        self.refusedCheck = QCheckBox(self.testGroup)
        self.refusedCheck.setObjectName(u"refusedCheck")

        self.testLayout.addWidget(self.refusedCheck, 0, 0, 1, 3)

        self.testMethodLabel = QLabel(self.testGroup)
        self.testMethodLabel.setObjectName(u"testMethodLabel")

        self.testLayout.addWidget(self.testMethodLabel, 1, 0, 1, 1)

        self.testMethodCombo = QComboBox(self.testGroup)
        self.testMethodCombo.addItem("")
        self.testMethodCombo.addItem("")
        self.testMethodCombo.addItem("")
        self.testMethodCombo.setObjectName(u"testMethodCombo")

        self.testLayout.addWidget(self.testMethodCombo, 1, 1, 1, 1)

        self.collectedLabel = QLabel(self.testGroup)
        self.collectedLabel.setObjectName(u"collectedLabel")

        self.testLayout.addWidget(self.collectedLabel, 2, 0, 1, 1)

        self.collectedEdit = QLineEdit(self.testGroup)
        self.collectedEdit.setObjectName(u"collectedEdit")

        self.testLayout.addWidget(self.collectedEdit, 2, 1, 1, 1)

        self.collectedHint = QLabel(self.testGroup)
        self.collectedHint.setObjectName(u"collectedHint")

        self.testLayout.addWidget(self.collectedHint, 3, 1, 1, 2)

        self.resultLabel = QLabel(self.testGroup)
        self.resultLabel.setObjectName(u"resultLabel")

        self.testLayout.addWidget(self.resultLabel, 4, 0, 1, 1)

        self.resultCombo = QComboBox(self.testGroup)
        self.resultCombo.addItem("")
        self.resultCombo.addItem("")
        self.resultCombo.addItem("")
        self.resultCombo.addItem("")
        self.resultCombo.setObjectName(u"resultCombo")

        self.testLayout.addWidget(self.resultCombo, 4, 1, 1, 1)

        self.receivedLabel = QLabel(self.testGroup)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.testLayout.addWidget(self.receivedLabel, 5, 0, 1, 1)

        self.receivedEdit = QLineEdit(self.testGroup)
        self.receivedEdit.setObjectName(u"receivedEdit")

        self.testLayout.addWidget(self.receivedEdit, 5, 1, 1, 1)

        self.receivedNowButton = QPushButton(self.testGroup)
        self.receivedNowButton.setObjectName(u"receivedNowButton")

        self.testLayout.addWidget(self.receivedNowButton, 5, 2, 1, 1)

        self.testError = QLabel(self.testGroup)
        self.testError.setObjectName(u"testError")
        self.testError.setWordWrap(True)

        self.testLayout.addWidget(self.testError, 6, 0, 1, 3)

        self.testFinding = QLabel(self.testGroup)
        self.testFinding.setObjectName(u"testFinding")
        self.testFinding.setWordWrap(True)

        self.testLayout.addWidget(self.testFinding, 7, 0, 1, 3)

        self.testLayout.setColumnStretch(1, 1)

        self.rightColumn.addWidget(self.testGroup)

        self.paymentGroup = QGroupBox(self.content)
        self.paymentGroup.setObjectName(u"paymentGroup")
        self.paymentLayout = QGridLayout(self.paymentGroup)
        self.paymentLayout.setObjectName(u"paymentLayout")
        self.insuranceRadio = QRadioButton(self.paymentGroup)
        self.insuranceRadio.setObjectName(u"insuranceRadio")

        self.paymentLayout.addWidget(self.insuranceRadio, 0, 0, 1, 1)

        self.selfPayRadio = QRadioButton(self.paymentGroup)
        self.selfPayRadio.setObjectName(u"selfPayRadio")

        self.paymentLayout.addWidget(self.selfPayRadio, 0, 1, 1, 1)

        self.carrierLabel = QLabel(self.paymentGroup)
        self.carrierLabel.setObjectName(u"carrierLabel")

        self.paymentLayout.addWidget(self.carrierLabel, 1, 0, 1, 1)

        self.carrierEdit = QLineEdit(self.paymentGroup)
        self.carrierEdit.setObjectName(u"carrierEdit")

        self.paymentLayout.addWidget(self.carrierEdit, 1, 1, 1, 1)

        self.memberIdLabel = QLabel(self.paymentGroup)
        self.memberIdLabel.setObjectName(u"memberIdLabel")

        self.paymentLayout.addWidget(self.memberIdLabel, 1, 2, 1, 1)

        self.memberIdEdit = QLineEdit(self.paymentGroup)
        self.memberIdEdit.setObjectName(u"memberIdEdit")

        self.paymentLayout.addWidget(self.memberIdEdit, 1, 3, 1, 1)

        self.cardCopiedCheck = QCheckBox(self.paymentGroup)
        self.cardCopiedCheck.setObjectName(u"cardCopiedCheck")

        self.paymentLayout.addWidget(self.cardCopiedCheck, 2, 1, 1, 3)

        self.coverageCheck = QCheckBox(self.paymentGroup)
        self.coverageCheck.setObjectName(u"coverageCheck")

        self.paymentLayout.addWidget(self.coverageCheck, 3, 0, 1, 4)

        self.amountLabel = QLabel(self.paymentGroup)
        self.amountLabel.setObjectName(u"amountLabel")

        self.paymentLayout.addWidget(self.amountLabel, 4, 0, 1, 1)

        self.amountEdit = QLineEdit(self.paymentGroup)
        self.amountEdit.setObjectName(u"amountEdit")

        self.paymentLayout.addWidget(self.amountEdit, 4, 1, 1, 1)

        self.methodLabel = QLabel(self.paymentGroup)
        self.methodLabel.setObjectName(u"methodLabel")

        self.paymentLayout.addWidget(self.methodLabel, 4, 2, 1, 1)

        self.paymentMethodCombo = QComboBox(self.paymentGroup)
        self.paymentMethodCombo.addItem("")
        self.paymentMethodCombo.addItem("")
        self.paymentMethodCombo.addItem("")
        self.paymentMethodCombo.addItem("")
        self.paymentMethodCombo.setObjectName(u"paymentMethodCombo")

        self.paymentLayout.addWidget(self.paymentMethodCombo, 4, 3, 1, 1)

        self.paymentError = QLabel(self.paymentGroup)
        self.paymentError.setObjectName(u"paymentError")
        self.paymentError.setWordWrap(True)

        self.paymentLayout.addWidget(self.paymentError, 5, 0, 1, 4)

        self.paymentLayout.setColumnStretch(1, 1)
        self.paymentLayout.setColumnStretch(3, 1)

        self.rightColumn.addWidget(self.paymentGroup)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightSpacer)


        self.columns.addLayout(self.rightColumn)

        self.scroll.setWidget(self.content)

        self.pageLayout.addWidget(self.scroll)

        self.pageMessage = QLabel(CheckinPage)
        self.pageMessage.setObjectName(u"pageMessage")
        self.pageMessage.setWordWrap(True)

        self.pageLayout.addWidget(self.pageMessage)

        self.footer = QHBoxLayout()
        self.footer.setObjectName(u"footer")
        self.summaryLabel = QLabel(CheckinPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.footer.addWidget(self.summaryLabel)

        self.completeButton = QPushButton(CheckinPage)
        self.completeButton.setObjectName(u"completeButton")

        self.footer.addWidget(self.completeButton)


        self.pageLayout.addLayout(self.footer)

#if QT_CONFIG(shortcut)
        self.referringNameLabel.setBuddy(self.referringNameEdit)
        self.referringPhoneLabel.setBuddy(self.referringPhoneEdit)
        self.referringFaxLabel.setBuddy(self.referringFaxEdit)
        self.sedativeNameLabel.setBuddy(self.sedativeNameEdit)
        self.driverNameLabel.setBuddy(self.driverNameEdit)
        self.driverPhoneLabel.setBuddy(self.driverPhoneEdit)
        self.languageLabel.setBuddy(self.languageCombo)
        self.testMethodLabel.setBuddy(self.testMethodCombo)
        self.collectedLabel.setBuddy(self.collectedEdit)
        self.resultLabel.setBuddy(self.resultCombo)
        self.receivedLabel.setBuddy(self.receivedEdit)
        self.carrierLabel.setBuddy(self.carrierEdit)
        self.memberIdLabel.setBuddy(self.memberIdEdit)
        self.amountLabel.setBuddy(self.amountEdit)
        self.methodLabel.setBuddy(self.paymentMethodCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.identityCheck, self.referralCheck)
        QWidget.setTabOrder(self.referralCheck, self.referringTitleCombo)
        QWidget.setTabOrder(self.referringTitleCombo, self.referringNameEdit)
        QWidget.setTabOrder(self.referringNameEdit, self.referringPhoneEdit)
        QWidget.setTabOrder(self.referringPhoneEdit, self.referringFaxEdit)
        QWidget.setTabOrder(self.referringFaxEdit, self.consentCheck)
        QWidget.setTabOrder(self.consentCheck, self.sedativeCheck)
        QWidget.setTabOrder(self.sedativeCheck, self.sedativeNameEdit)
        QWidget.setTabOrder(self.sedativeNameEdit, self.driverNameEdit)
        QWidget.setTabOrder(self.driverNameEdit, self.driverPhoneEdit)
        QWidget.setTabOrder(self.driverPhoneEdit, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.printPrepButton)
        QWidget.setTabOrder(self.printPrepButton, self.printConsentButton)
        QWidget.setTabOrder(self.printConsentButton, self.printAftercareButton)
        QWidget.setTabOrder(self.printAftercareButton, self.refusedCheck)
        QWidget.setTabOrder(self.refusedCheck, self.testMethodCombo)
        QWidget.setTabOrder(self.testMethodCombo, self.collectedEdit)
        QWidget.setTabOrder(self.collectedEdit, self.resultCombo)
        QWidget.setTabOrder(self.resultCombo, self.receivedEdit)
        QWidget.setTabOrder(self.receivedEdit, self.receivedNowButton)
        QWidget.setTabOrder(self.receivedNowButton, self.insuranceRadio)
        QWidget.setTabOrder(self.insuranceRadio, self.selfPayRadio)
        QWidget.setTabOrder(self.selfPayRadio, self.carrierEdit)
        QWidget.setTabOrder(self.carrierEdit, self.memberIdEdit)
        QWidget.setTabOrder(self.memberIdEdit, self.cardCopiedCheck)
        QWidget.setTabOrder(self.cardCopiedCheck, self.coverageCheck)
        QWidget.setTabOrder(self.coverageCheck, self.amountEdit)
        QWidget.setTabOrder(self.amountEdit, self.paymentMethodCombo)
        QWidget.setTabOrder(self.paymentMethodCombo, self.completeButton)

        self.retranslateUi(CheckinPage)

        QMetaObject.connectSlotsByName(CheckinPage)

        guard_fields(CheckinPage)
    # setupUi

    def retranslateUi(self, CheckinPage):
        self.identityGroup.setTitle(QCoreApplication.translate("CheckinPage", u"1. Identity and referral", None))
        self.identityCheck.setText(QCoreApplication.translate("CheckinPage", u"&Identity verified: full name and date of birth", None))
#if QT_CONFIG(tooltip)
        self.identityCheck.setToolTip(QCoreApplication.translate("CheckinPage", u"Two identifiers (Alt+I)", None))
#endif // QT_CONFIG(tooltip)
        self.identityStamp.setText("")
        self.identityStamp.setProperty(u"role", QCoreApplication.translate("CheckinPage", u"stamp", None))
        self.identityFinding.setText("")
        self.identityFinding.setProperty(u"role", QCoreApplication.translate("CheckinPage", u"finding", None))
        self.referralCheck.setText(QCoreApplication.translate("CheckinPage", u"&Referral / order on file", None))
        self.referringNameLabel.setText(QCoreApplication.translate("CheckinPage", u"Physician", None))
        self.referringTitleCombo.setItemText(0, QCoreApplication.translate("CheckinPage", u"(none)", None))
        self.referringTitleCombo.setItemText(1, QCoreApplication.translate("CheckinPage", u"Dr.", None))
        self.referringTitleCombo.setItemText(2, QCoreApplication.translate("CheckinPage", u"Dra.", None))

#if QT_CONFIG(tooltip)
        self.referringTitleCombo.setToolTip(QCoreApplication.translate("CheckinPage", u"Her title as the sheets print it: a Spanish sheet prints \"Dra.\" for a woman, an English one \"Dr.\" for either", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.referringTitleCombo.setAccessibleName(QCoreApplication.translate("CheckinPage", u"Physician title", None))
#endif // QT_CONFIG(accessibility)
        self.referringPhoneLabel.setText(QCoreApplication.translate("CheckinPage", u"Phone", None))
        self.referringFaxLabel.setText(QCoreApplication.translate("CheckinPage", u"Fax", None))
        self.referralError.setText("")
        self.referralError.setProperty(u"role", QCoreApplication.translate("CheckinPage", u"error", None))
        self.consentGroup.setTitle(QCoreApplication.translate("CheckinPage", u"2. Consent and sedation", None))
        self.consentCheck.setText(QCoreApplication.translate("CheckinPage", u"Informed &consent signed", None))
#if QT_CONFIG(tooltip)
        self.consentCheck.setToolTip(QCoreApplication.translate("CheckinPage", u"Alt+C", None))
#endif // QT_CONFIG(tooltip)
        self.consentStamp.setText("")
        self.consentStamp.setProperty(u"role", QCoreApplication.translate("CheckinPage", u"stamp", None))
        self.consentFinding.setText("")
        self.consentFinding.setProperty(u"role", QCoreApplication.translate("CheckinPage", u"finding", None))
        self.sedativeCheck.setText(QCoreApplication.translate("CheckinPage", u"Se&dative prescribed by her doctor (e.g. Valium, Xanax)", None))
        self.sedativeNameLabel.setText(QCoreApplication.translate("CheckinPage", u"Sedative", None))
        self.driverNameLabel.setText(QCoreApplication.translate("CheckinPage", u"Driver", None))
        self.driverNameEdit.setPlaceholderText(QCoreApplication.translate("CheckinPage", u"Name", None))
        self.driverPhoneLabel.setText(QCoreApplication.translate("CheckinPage", u"Phone", None))
        self.sedationFinding.setText("")
        self.sedationFinding.setProperty(u"role", QCoreApplication.translate("CheckinPage", u"finding", None))
        self.sedationError.setText("")
        self.sedationError.setProperty(u"role", QCoreApplication.translate("CheckinPage", u"error", None))
        self.documentsGroup.setTitle(QCoreApplication.translate("CheckinPage", u"3. Language and documents", None))
        self.languageLabel.setText(QCoreApplication.translate("CheckinPage", u"Documents in", None))
        self.languageCombo.setItemText(0, QCoreApplication.translate("CheckinPage", u"English", None))
        self.languageCombo.setItemText(1, QCoreApplication.translate("CheckinPage", u"Spanish (Espa\u00f1ol)", None))

        self.printPrepButton.setText(QCoreApplication.translate("CheckinPage", u"Preparation sheet\u2026", None))
        self.printConsentButton.setText(QCoreApplication.translate("CheckinPage", u"Consent form\u2026", None))
        self.printAftercareButton.setText(QCoreApplication.translate("CheckinPage", u"Aftercare sheet\u2026", None))
        self.testGroup.setTitle(QCoreApplication.translate("CheckinPage", u"4. Pregnancy test", None))
        self.refusedCheck.setText(QCoreApplication.translate("CheckinPage", u"She declined the test", None))
        self.testMethodLabel.setText(QCoreApplication.translate("CheckinPage", u"&Method", None))
        self.testMethodCombo.setItemText(0, QCoreApplication.translate("CheckinPage", u"\u2014", None))
        self.testMethodCombo.setItemText(1, QCoreApplication.translate("CheckinPage", u"Blood (serum)", None))
        self.testMethodCombo.setItemText(2, QCoreApplication.translate("CheckinPage", u"Urine", None))

        self.collectedLabel.setText(QCoreApplication.translate("CheckinPage", u"C&ollected at", None))
        self.collectedEdit.setPlaceholderText(QCoreApplication.translate("CheckinPage", u"MM/DD/YYYY h:mm AM", None))
        self.collectedHint.setText("")
        self.resultLabel.setText(QCoreApplication.translate("CheckinPage", u"Res&ult", None))
        self.resultCombo.setItemText(0, QCoreApplication.translate("CheckinPage", u"\u2014", None))
        self.resultCombo.setItemText(1, QCoreApplication.translate("CheckinPage", u"Negative", None))
        self.resultCombo.setItemText(2, QCoreApplication.translate("CheckinPage", u"Positive", None))
        self.resultCombo.setItemText(3, QCoreApplication.translate("CheckinPage", u"Indeterminate", None))

        self.receivedLabel.setText(QCoreApplication.translate("CheckinPage", u"Result r&eceived", None))
        self.receivedEdit.setPlaceholderText(QCoreApplication.translate("CheckinPage", u"MM/DD/YYYY h:mm AM", None))
        self.receivedNowButton.setText(QCoreApplication.translate("CheckinPage", u"Now", None))
#if QT_CONFIG(tooltip)
        self.receivedNowButton.setToolTip(QCoreApplication.translate("CheckinPage", u"The result was received just now", None))
#endif // QT_CONFIG(tooltip)
        self.testError.setText("")
        self.testError.setProperty(u"role", QCoreApplication.translate("CheckinPage", u"error", None))
        self.testFinding.setText("")
        self.testFinding.setProperty(u"role", QCoreApplication.translate("CheckinPage", u"finding", None))
        self.paymentGroup.setTitle(QCoreApplication.translate("CheckinPage", u"5. Insurance or self-pay", None))
        self.insuranceRadio.setText(QCoreApplication.translate("CheckinPage", u"I&nsurance", None))
        self.selfPayRadio.setText(QCoreApplication.translate("CheckinPage", u"Se&lf-pay", None))
        self.carrierLabel.setText(QCoreApplication.translate("CheckinPage", u"Carrier", None))
        self.memberIdLabel.setText(QCoreApplication.translate("CheckinPage", u"Member id", None))
        self.cardCopiedCheck.setText(QCoreApplication.translate("CheckinPage", u"Card copied (front and back)", None))
        self.coverageCheck.setText(QCoreApplication.translate("CheckinPage", u"She was told infertility work-ups are often not covered", None))
        self.amountLabel.setText(QCoreApplication.translate("CheckinPage", u"Paid today $", None))
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("CheckinPage", u"e.g. 150.00", None))
        self.methodLabel.setText(QCoreApplication.translate("CheckinPage", u"Method", None))
        self.paymentMethodCombo.setItemText(0, QCoreApplication.translate("CheckinPage", u"\u2014", None))
        self.paymentMethodCombo.setItemText(1, QCoreApplication.translate("CheckinPage", u"Cash", None))
        self.paymentMethodCombo.setItemText(2, QCoreApplication.translate("CheckinPage", u"Card", None))
        self.paymentMethodCombo.setItemText(3, QCoreApplication.translate("CheckinPage", u"Check", None))

        self.paymentError.setText("")
        self.paymentError.setProperty(u"role", QCoreApplication.translate("CheckinPage", u"error", None))
        self.pageMessage.setText("")
        self.pageMessage.setProperty(u"role", QCoreApplication.translate("CheckinPage", u"error", None))
        self.summaryLabel.setText("")
        self.completeButton.setText(QCoreApplication.translate("CheckinPage", u"Complete check-in  (Ctrl+Enter)", None))
#if QT_CONFIG(tooltip)
        self.completeButton.setToolTip(QCoreApplication.translate("CheckinPage", u"Complete check-in: she has arrived (Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

