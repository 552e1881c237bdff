# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'history_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QVBoxLayout, QWidget

from hsg_desk.qt.wheel_guard import guard_fields

from hsg_desk.qt.widgets.answer_widgets import (ChoiceAnswer, YesNoAnswer)
from hsg_desk.qt.widgets.date_entry import DateEntry

class Ui_HistoryPage(object):
    def setupUi(self, HistoryPage):
        if not HistoryPage.objectName():
            HistoryPage.setObjectName(u"HistoryPage")
        HistoryPage.resize(1200, 700)
        self.pageLayout = QHBoxLayout(HistoryPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.splitter = QSplitter(HistoryPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.historySide = QWidget(self.splitter)
        self.historySide.setObjectName(u"historySide")
        self.historySideLayout = QVBoxLayout(self.historySide)
        self.historySideLayout.setObjectName(u"historySideLayout")
        self.historySideLayout.setContentsMargins(0, 0, 0, 0)
        self.missingLabel = QLabel(self.historySide)
        self.missingLabel.setObjectName(u"missingLabel")
        self.missingLabel.setWordWrap(True)

        self.historySideLayout.addWidget(self.missingLabel)

        self.questionsScroll = QScrollArea(self.historySide)
        self.questionsScroll.setObjectName(u"questionsScroll")
        self.questionsScroll.setWidgetResizable(True)
        self.questions = QWidget()
        self.questions.setObjectName(u"questions")
        self.questionsLayout = QVBoxLayout(self.questions)
        self.questionsLayout.setObjectName(u"questionsLayout")
        self.cycleGroup = QGroupBox(self.questions)
        self.cycleGroup.setObjectName(u"cycleGroup")
        self.cycleGrid = QGridLayout(self.cycleGroup)
        self.cycleGrid.setObjectName(u"cycleGrid")
        self.pregnancyLabel = QLabel(self.cycleGroup)
        self.pregnancyLabel.setObjectName(u"pregnancyLabel")
        self.pregnancyLabel.setWordWrap(True)

        self.cycleGrid.addWidget(self.pregnancyLabel, 0, 0, 1, 1)

        self.pregnancyAnswer = ChoiceAnswer(self.cycleGroup)
        self.pregnancyAnswer.setObjectName(u"pregnancyAnswer")

        self.cycleGrid.addWidget(self.pregnancyAnswer, 0, 1, 1, 1)

        self.pregnancyError = QLabel(self.cycleGroup)
        self.pregnancyError.setObjectName(u"pregnancyError")
        self.pregnancyError.setWordWrap(True)

        self.cycleGrid.addWidget(self.pregnancyError, 0, 2, 1, 1)

        self.noPeriodsLabel = QLabel(self.cycleGroup)
        self.noPeriodsLabel.setObjectName(u"noPeriodsLabel")
        self.noPeriodsLabel.setWordWrap(True)

        self.cycleGrid.addWidget(self.noPeriodsLabel, 1, 0, 1, 1)

        self.noPeriodsAnswer = ChoiceAnswer(self.cycleGroup)
        self.noPeriodsAnswer.setObjectName(u"noPeriodsAnswer")

        self.cycleGrid.addWidget(self.noPeriodsAnswer, 1, 1, 1, 1)

        self.noPeriodsError = QLabel(self.cycleGroup)
        self.noPeriodsError.setObjectName(u"noPeriodsError")
        self.noPeriodsError.setWordWrap(True)

        self.cycleGrid.addWidget(self.noPeriodsError, 1, 2, 1, 1)

        self.lmpLabel = QLabel(self.cycleGroup)
        self.lmpLabel.setObjectName(u"lmpLabel")
        self.lmpLabel.setWordWrap(True)

        self.cycleGrid.addWidget(self.lmpLabel, 2, 0, 1, 1)

        self.lmpEdit = DateEntry(self.cycleGroup)
        self.lmpEdit.setObjectName(u"lmpEdit")
        self.lmpEdit.setMinimumSize(QSize(0, 40))
        self.lmpEdit.setMaximumSize(QSize(220, 16777215))

        self.cycleGrid.addWidget(self.lmpEdit, 2, 1, 1, 1)

        self.lmpError = QLabel(self.cycleGroup)
        self.lmpError.setObjectName(u"lmpError")
        self.lmpError.setWordWrap(True)

        self.cycleGrid.addWidget(self.lmpError, 2, 2, 1, 1)

        self.stillBleedingLabel = QLabel(self.cycleGroup)
        self.stillBleedingLabel.setObjectName(u"stillBleedingLabel")
        self.stillBleedingLabel.setWordWrap(True)

        self.cycleGrid.addWidget(self.stillBleedingLabel, 3, 0, 1, 1)

        self.stillBleedingAnswer = YesNoAnswer(self.cycleGroup)
        self.stillBleedingAnswer.setObjectName(u"stillBleedingAnswer")

        self.cycleGrid.addWidget(self.stillBleedingAnswer, 3, 1, 1, 1)

        self.stillBleedingError = QLabel(self.cycleGroup)
        self.stillBleedingError.setObjectName(u"stillBleedingError")
        self.stillBleedingError.setWordWrap(True)

        self.cycleGrid.addWidget(self.stillBleedingError, 3, 2, 1, 1)

        self.flowLabel = QLabel(self.cycleGroup)
        self.flowLabel.setObjectName(u"flowLabel")
        self.flowLabel.setWordWrap(True)

        self.cycleGrid.addWidget(self.flowLabel, 4, 0, 1, 1)

        self.flowEdit = DateEntry(self.cycleGroup)
        self.flowEdit.setObjectName(u"flowEdit")
        self.flowEdit.setMinimumSize(QSize(0, 40))
        self.flowEdit.setMaximumSize(QSize(220, 16777215))

        self.cycleGrid.addWidget(self.flowEdit, 4, 1, 1, 1)

        self.flowError = QLabel(self.cycleGroup)
        self.flowError.setObjectName(u"flowError")
        self.flowError.setWordWrap(True)

        self.cycleGrid.addWidget(self.flowError, 4, 2, 1, 1)

        self.temperatureLabel = QLabel(self.cycleGroup)
        self.temperatureLabel.setObjectName(u"temperatureLabel")
        self.temperatureLabel.setWordWrap(True)

        self.cycleGrid.addWidget(self.temperatureLabel, 5, 0, 1, 1)

        self.temperatureEdit = QLineEdit(self.cycleGroup)
        self.temperatureEdit.setObjectName(u"temperatureEdit")
        self.temperatureEdit.setMinimumSize(QSize(0, 40))
        self.temperatureEdit.setMaximumSize(QSize(220, 16777215))

        self.cycleGrid.addWidget(self.temperatureEdit, 5, 1, 1, 1)

        self.temperatureError = QLabel(self.cycleGroup)
        self.temperatureError.setObjectName(u"temperatureError")
        self.temperatureError.setWordWrap(True)

        self.cycleGrid.addWidget(self.temperatureError, 5, 2, 1, 1)


        self.questionsLayout.addWidget(self.cycleGroup)

        self.conditionsGroup = QGroupBox(self.questions)
        self.conditionsGroup.setObjectName(u"conditionsGroup")
        self.conditionsGrid = QGridLayout(self.conditionsGroup)
        self.conditionsGrid.setObjectName(u"conditionsGrid")

        self.questionsLayout.addWidget(self.conditionsGroup)

        self.medicationsGroup = QGroupBox(self.questions)
        self.medicationsGroup.setObjectName(u"medicationsGroup")
        self.medicationsGrid = QGridLayout(self.medicationsGroup)
        self.medicationsGrid.setObjectName(u"medicationsGrid")
        self.medicationEdit = QLineEdit(self.medicationsGroup)
        self.medicationEdit.setObjectName(u"medicationEdit")
        self.medicationEdit.setMinimumSize(QSize(0, 40))

        self.medicationsGrid.addWidget(self.medicationEdit, 0, 0, 1, 1)

        self.addMedicationButton = QPushButton(self.medicationsGroup)
        self.addMedicationButton.setObjectName(u"addMedicationButton")
        self.addMedicationButton.setMinimumSize(QSize(0, 44))

        self.medicationsGrid.addWidget(self.addMedicationButton, 0, 1, 1, 1)

        self.medicationsList = QListWidget(self.medicationsGroup)
        self.medicationsList.setObjectName(u"medicationsList")
        self.medicationsList.setMaximumSize(QSize(16777215, 120))

        self.medicationsGrid.addWidget(self.medicationsList, 1, 0, 1, 1)

        self.removeMedicationButton = QPushButton(self.medicationsGroup)
        self.removeMedicationButton.setObjectName(u"removeMedicationButton")
        self.removeMedicationButton.setMinimumSize(QSize(0, 44))

        self.medicationsGrid.addWidget(self.removeMedicationButton, 1, 1, 1, 1)

        self.medicationsError = QLabel(self.medicationsGroup)
        self.medicationsError.setObjectName(u"medicationsError")
        self.medicationsError.setWordWrap(True)

        self.medicationsGrid.addWidget(self.medicationsError, 2, 0, 1, 2)


        self.questionsLayout.addWidget(self.medicationsGroup)

        self.allergiesGroup = QGroupBox(self.questions)
        self.allergiesGroup.setObjectName(u"allergiesGroup")
        self.allergiesGrid = QGridLayout(self.allergiesGroup)
        self.allergiesGrid.setObjectName(u"allergiesGrid")
        self.allergySubstance = QLineEdit(self.allergiesGroup)
        self.allergySubstance.setObjectName(u"allergySubstance")
        self.allergySubstance.setMinimumSize(QSize(0, 40))

        self.allergiesGrid.addWidget(self.allergySubstance, 0, 0, 1, 1)

        self.allergyCategory = QComboBox(self.allergiesGroup)
        self.allergyCategory.setObjectName(u"allergyCategory")
        self.allergyCategory.setMinimumSize(QSize(0, 40))

        self.allergiesGrid.addWidget(self.allergyCategory, 0, 1, 1, 1)

        self.allergyReaction = QLineEdit(self.allergiesGroup)
        self.allergyReaction.setObjectName(u"allergyReaction")
        self.allergyReaction.setMinimumSize(QSize(0, 40))

        self.allergiesGrid.addWidget(self.allergyReaction, 0, 2, 1, 1)

        self.allergySeverity = QComboBox(self.allergiesGroup)
        self.allergySeverity.setObjectName(u"allergySeverity")
        self.allergySeverity.setMinimumSize(QSize(0, 40))

        self.allergiesGrid.addWidget(self.allergySeverity, 0, 3, 1, 1)

        self.addAllergyButton = QPushButton(self.allergiesGroup)
        self.addAllergyButton.setObjectName(u"addAllergyButton")
        self.addAllergyButton.setMinimumSize(QSize(0, 44))

        self.allergiesGrid.addWidget(self.addAllergyButton, 0, 4, 1, 1)

        self.allergiesList = QListWidget(self.allergiesGroup)
        self.allergiesList.setObjectName(u"allergiesList")
        self.allergiesList.setMaximumSize(QSize(16777215, 140))

        self.allergiesGrid.addWidget(self.allergiesList, 1, 0, 1, 4)

        self.removeAllergyButton = QPushButton(self.allergiesGroup)
        self.removeAllergyButton.setObjectName(u"removeAllergyButton")
        self.removeAllergyButton.setMinimumSize(QSize(0, 44))

        self.allergiesGrid.addWidget(self.removeAllergyButton, 1, 4, 1, 1)

        self.allergyError = QLabel(self.allergiesGroup)
        self.allergyError.setObjectName(u"allergyError")
        self.allergyError.setWordWrap(True)

        self.allergiesGrid.addWidget(self.allergyError, 2, 0, 1, 5)

        self.allergiesReviewedLabel = QLabel(self.allergiesGroup)
        self.allergiesReviewedLabel.setObjectName(u"allergiesReviewedLabel")
        self.allergiesReviewedLabel.setWordWrap(True)

        self.allergiesGrid.addWidget(self.allergiesReviewedLabel, 3, 0, 1, 2)

        self.allergiesReviewedAnswer = ChoiceAnswer(self.allergiesGroup)
        self.allergiesReviewedAnswer.setObjectName(u"allergiesReviewedAnswer")

        self.allergiesGrid.addWidget(self.allergiesReviewedAnswer, 3, 2, 1, 3)


        self.questionsLayout.addWidget(self.allergiesGroup)

        self.questionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.questionsLayout.addItem(self.questionsSpacer)

        self.questionsScroll.setWidget(self.questions)

        self.historySideLayout.addWidget(self.questionsScroll)

        self.splitter.addWidget(self.historySide)
        self.findingsSide = QWidget(self.splitter)
        self.findingsSide.setObjectName(u"findingsSide")
        self.findingsLayout = QVBoxLayout(self.findingsSide)
        self.findingsLayout.setObjectName(u"findingsLayout")
        self.findingsLayout.setContentsMargins(0, 0, 0, 0)
        self.findingsTitle = QLabel(self.findingsSide)
        self.findingsTitle.setObjectName(u"findingsTitle")
        self.findingsTitle.setWordWrap(True)

        self.findingsLayout.addWidget(self.findingsTitle)

        self.splitter.addWidget(self.findingsSide)

        self.pageLayout.addWidget(self.splitter)


        self.retranslateUi(HistoryPage)

        QMetaObject.connectSlotsByName(HistoryPage)

        guard_fields(HistoryPage)
    # setupUi

    def retranslateUi(self, HistoryPage):
        self.missingLabel.setText("")
        self.cycleGroup.setTitle(QCoreApplication.translate("HistoryPage", u"Pregnancy and cycle", None))
        self.pregnancyLabel.setText(QCoreApplication.translate("HistoryPage", u"Could she be pregnant?", None))
        self.pregnancyError.setText("")
        self.pregnancyError.setProperty(u"role", QCoreApplication.translate("HistoryPage", u"error", None))
        self.noPeriodsLabel.setText(QCoreApplication.translate("HistoryPage", u"Does she have periods?", None))
        self.noPeriodsError.setText("")
        self.noPeriodsError.setProperty(u"role", QCoreApplication.translate("HistoryPage", u"error", None))
        self.lmpLabel.setText(QCoreApplication.translate("HistoryPage", u"First day of her last period (LMP)", None))
        self.lmpEdit.setPlaceholderText(QCoreApplication.translate("HistoryPage", u"MM/DD/YYYY", None))
        self.lmpError.setText("")
        self.lmpError.setProperty(u"role", QCoreApplication.translate("HistoryPage", u"error", None))
        self.stillBleedingLabel.setText(QCoreApplication.translate("HistoryPage", u"Is she bleeding today? (ask every patient, periods or not)", None))
        self.stillBleedingError.setText("")
        self.stillBleedingError.setProperty(u"role", QCoreApplication.translate("HistoryPage", u"error", None))
        self.flowLabel.setText(QCoreApplication.translate("HistoryPage", u"Last day of flow", None))
        self.flowEdit.setPlaceholderText(QCoreApplication.translate("HistoryPage", u"MM/DD/YYYY", None))
        self.flowError.setText("")
        self.flowError.setProperty(u"role", QCoreApplication.translate("HistoryPage", u"error", None))
        self.temperatureLabel.setText(QCoreApplication.translate("HistoryPage", u"Temperature (\u00b0C or \u00b0F), if measured", None))
        self.temperatureEdit.setPlaceholderText(QCoreApplication.translate("HistoryPage", u"e.g. 36.8 or 98.6 \u00b0F", None))
        self.temperatureError.setText("")
        self.temperatureError.setProperty(u"role", QCoreApplication.translate("HistoryPage", u"error", None))
        self.conditionsGroup.setTitle(QCoreApplication.translate("HistoryPage", u"Conditions \u2014 ask each one", None))
        self.medicationsGroup.setTitle(QCoreApplication.translate("HistoryPage", u"Medications", None))
        self.medicationEdit.setPlaceholderText(QCoreApplication.translate("HistoryPage", u"Medication name, then Enter", None))
        self.addMedicationButton.setText(QCoreApplication.translate("HistoryPage", u"Add medication", None))
        self.removeMedicationButton.setText(QCoreApplication.translate("HistoryPage", u"Remove selected", None))
        self.medicationsError.setText("")
        self.medicationsError.setProperty(u"role", QCoreApplication.translate("HistoryPage", u"error", None))
        self.allergiesGroup.setTitle(QCoreApplication.translate("HistoryPage", u"Allergies", None))
        self.allergySubstance.setPlaceholderText(QCoreApplication.translate("HistoryPage", u"Substance (e.g. iohexol)", None))
        self.allergyReaction.setPlaceholderText(QCoreApplication.translate("HistoryPage", u"Reaction (e.g. hives)", None))
        self.addAllergyButton.setText(QCoreApplication.translate("HistoryPage", u"Add allergy", None))
        self.removeAllergyButton.setText(QCoreApplication.translate("HistoryPage", u"Remove selected", None))
        self.allergyError.setText("")
        self.allergyError.setProperty(u"role", QCoreApplication.translate("HistoryPage", u"error", None))
        self.allergiesReviewedLabel.setText(QCoreApplication.translate("HistoryPage", u"Allergies reviewed with her (none, or all listed above)", None))
        self.findingsTitle.setText(QCoreApplication.translate("HistoryPage", u"Screening findings", None))
        pass
    # retranslateUi

