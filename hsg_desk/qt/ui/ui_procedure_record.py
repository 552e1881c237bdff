# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'procedure_record.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

from hsg_desk.qt.wheel_guard import guard_fields

from hsg_desk.qt.widgets.date_entry import DateEntry

class Ui_ProcedureRecord(object):
    def setupUi(self, ProcedureRecord):
        if not ProcedureRecord.objectName():
            ProcedureRecord.setObjectName(u"ProcedureRecord")
        ProcedureRecord.resize(640, 900)
        self.recordOuterLayout = QVBoxLayout(ProcedureRecord)
        self.recordOuterLayout.setObjectName(u"recordOuterLayout")
        self.recordOuterLayout.setContentsMargins(0, 0, 0, 0)
        self.recordTitle = QLabel(ProcedureRecord)
        self.recordTitle.setObjectName(u"recordTitle")
        self.recordTitle.setWordWrap(True)

        self.recordOuterLayout.addWidget(self.recordTitle)

        self.recordState = QLabel(ProcedureRecord)
        self.recordState.setObjectName(u"recordState")
        self.recordState.setWordWrap(True)

        self.recordOuterLayout.addWidget(self.recordState)

        self.recordScroll = QScrollArea(ProcedureRecord)
        self.recordScroll.setObjectName(u"recordScroll")
        self.recordScroll.setWidgetResizable(True)
        self.recordScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recordBody = QWidget()
        self.recordBody.setObjectName(u"recordBody")
        self.recordLayout = QVBoxLayout(self.recordBody)
        self.recordLayout.setObjectName(u"recordLayout")
        self.contrastGroup = QGroupBox(self.recordBody)
        self.contrastGroup.setObjectName(u"contrastGroup")
        self.contrastGrid = QGridLayout(self.contrastGroup)
        self.contrastGrid.setObjectName(u"contrastGrid")
        self.contrastAgentLabel = QLabel(self.contrastGroup)
        self.contrastAgentLabel.setObjectName(u"contrastAgentLabel")
        self.contrastAgentLabel.setWordWrap(True)

        self.contrastGrid.addWidget(self.contrastAgentLabel, 0, 0, 1, 1)

        self.contrastAgent = QLineEdit(self.contrastGroup)
        self.contrastAgent.setObjectName(u"contrastAgent")
        self.contrastAgent.setMinimumSize(QSize(0, 40))

        self.contrastGrid.addWidget(self.contrastAgent, 0, 1, 1, 1)

        self.contrastAgentError = QLabel(self.contrastGroup)
        self.contrastAgentError.setObjectName(u"contrastAgentError")
        self.contrastAgentError.setWordWrap(True)

        self.contrastGrid.addWidget(self.contrastAgentError, 0, 2, 1, 1)

        self.contrastConcentrationLabel = QLabel(self.contrastGroup)
        self.contrastConcentrationLabel.setObjectName(u"contrastConcentrationLabel")
        self.contrastConcentrationLabel.setWordWrap(True)

        self.contrastGrid.addWidget(self.contrastConcentrationLabel, 1, 0, 1, 1)

        self.contrastConcentration = QLineEdit(self.contrastGroup)
        self.contrastConcentration.setObjectName(u"contrastConcentration")
        self.contrastConcentration.setMinimumSize(QSize(0, 40))

        self.contrastGrid.addWidget(self.contrastConcentration, 1, 1, 1, 1)

        self.contrastConcentrationError = QLabel(self.contrastGroup)
        self.contrastConcentrationError.setObjectName(u"contrastConcentrationError")
        self.contrastConcentrationError.setWordWrap(True)

        self.contrastGrid.addWidget(self.contrastConcentrationError, 1, 2, 1, 1)

        self.contrastVolumeLabel = QLabel(self.contrastGroup)
        self.contrastVolumeLabel.setObjectName(u"contrastVolumeLabel")
        self.contrastVolumeLabel.setWordWrap(True)

        self.contrastGrid.addWidget(self.contrastVolumeLabel, 2, 0, 1, 1)

        self.contrastVolume = QLineEdit(self.contrastGroup)
        self.contrastVolume.setObjectName(u"contrastVolume")
        self.contrastVolume.setMinimumSize(QSize(0, 40))

        self.contrastGrid.addWidget(self.contrastVolume, 2, 1, 1, 1)

        self.contrastVolumeError = QLabel(self.contrastGroup)
        self.contrastVolumeError.setObjectName(u"contrastVolumeError")
        self.contrastVolumeError.setWordWrap(True)

        self.contrastGrid.addWidget(self.contrastVolumeError, 2, 2, 1, 1)

        self.contrastLotLabel = QLabel(self.contrastGroup)
        self.contrastLotLabel.setObjectName(u"contrastLotLabel")
        self.contrastLotLabel.setWordWrap(True)

        self.contrastGrid.addWidget(self.contrastLotLabel, 3, 0, 1, 1)

        self.contrastLot = QLineEdit(self.contrastGroup)
        self.contrastLot.setObjectName(u"contrastLot")
        self.contrastLot.setMinimumSize(QSize(0, 40))

        self.contrastGrid.addWidget(self.contrastLot, 3, 1, 1, 1)

        self.contrastLotError = QLabel(self.contrastGroup)
        self.contrastLotError.setObjectName(u"contrastLotError")
        self.contrastLotError.setWordWrap(True)

        self.contrastGrid.addWidget(self.contrastLotError, 3, 2, 1, 1)

        self.contrastExpiryLabel = QLabel(self.contrastGroup)
        self.contrastExpiryLabel.setObjectName(u"contrastExpiryLabel")
        self.contrastExpiryLabel.setWordWrap(True)

        self.contrastGrid.addWidget(self.contrastExpiryLabel, 4, 0, 1, 1)

        self.contrastExpiry = DateEntry(self.contrastGroup)
        self.contrastExpiry.setObjectName(u"contrastExpiry")
        self.contrastExpiry.setMinimumSize(QSize(0, 40))

        self.contrastGrid.addWidget(self.contrastExpiry, 4, 1, 1, 1)

        self.contrastExpiryError = QLabel(self.contrastGroup)
        self.contrastExpiryError.setObjectName(u"contrastExpiryError")
        self.contrastExpiryError.setWordWrap(True)

        self.contrastGrid.addWidget(self.contrastExpiryError, 4, 2, 1, 1)

        self.expiryNoteLabel = QLabel(self.contrastGroup)
        self.expiryNoteLabel.setObjectName(u"expiryNoteLabel")
        self.expiryNoteLabel.setWordWrap(True)

        self.contrastGrid.addWidget(self.expiryNoteLabel, 5, 0, 1, 1)

        self.expiryNote = QLineEdit(self.contrastGroup)
        self.expiryNote.setObjectName(u"expiryNote")
        self.expiryNote.setMinimumSize(QSize(0, 40))

        self.contrastGrid.addWidget(self.expiryNote, 5, 1, 1, 1)

        self.expiryNoteError = QLabel(self.contrastGroup)
        self.expiryNoteError.setObjectName(u"expiryNoteError")
        self.expiryNoteError.setWordWrap(True)

        self.contrastGrid.addWidget(self.expiryNoteError, 5, 2, 1, 1)

        self.catheterTypeLabel = QLabel(self.contrastGroup)
        self.catheterTypeLabel.setObjectName(u"catheterTypeLabel")
        self.catheterTypeLabel.setWordWrap(True)

        self.contrastGrid.addWidget(self.catheterTypeLabel, 6, 0, 1, 1)

        self.catheterType = QComboBox(self.contrastGroup)
        self.catheterType.setObjectName(u"catheterType")
        self.catheterType.setMinimumSize(QSize(0, 40))

        self.contrastGrid.addWidget(self.catheterType, 6, 1, 1, 1)

        self.catheterTypeError = QLabel(self.contrastGroup)
        self.catheterTypeError.setObjectName(u"catheterTypeError")
        self.catheterTypeError.setWordWrap(True)

        self.contrastGrid.addWidget(self.catheterTypeError, 6, 2, 1, 1)

        self.catheterLotLabel = QLabel(self.contrastGroup)
        self.catheterLotLabel.setObjectName(u"catheterLotLabel")
        self.catheterLotLabel.setWordWrap(True)

        self.contrastGrid.addWidget(self.catheterLotLabel, 7, 0, 1, 1)

        self.catheterLot = QLineEdit(self.contrastGroup)
        self.catheterLot.setObjectName(u"catheterLot")
        self.catheterLot.setMinimumSize(QSize(0, 40))

        self.contrastGrid.addWidget(self.catheterLot, 7, 1, 1, 1)

        self.catheterLotError = QLabel(self.contrastGroup)
        self.catheterLotError.setObjectName(u"catheterLotError")
        self.catheterLotError.setWordWrap(True)

        self.contrastGrid.addWidget(self.catheterLotError, 7, 2, 1, 1)

        self.catheterProductLabel = QLabel(self.contrastGroup)
        self.catheterProductLabel.setObjectName(u"catheterProductLabel")
        self.catheterProductLabel.setWordWrap(True)

        self.contrastGrid.addWidget(self.catheterProductLabel, 8, 0, 1, 1)

        self.catheterProduct = QLineEdit(self.contrastGroup)
        self.catheterProduct.setObjectName(u"catheterProduct")
        self.catheterProduct.setMinimumSize(QSize(0, 40))

        self.contrastGrid.addWidget(self.catheterProduct, 8, 1, 1, 1)

        self.catheterProductError = QLabel(self.contrastGroup)
        self.catheterProductError.setObjectName(u"catheterProductError")
        self.catheterProductError.setWordWrap(True)

        self.contrastGrid.addWidget(self.catheterProductError, 8, 2, 1, 1)

        self.catheterExpiryLabel = QLabel(self.contrastGroup)
        self.catheterExpiryLabel.setObjectName(u"catheterExpiryLabel")
        self.catheterExpiryLabel.setWordWrap(True)

        self.contrastGrid.addWidget(self.catheterExpiryLabel, 9, 0, 1, 1)

        self.catheterExpiry = QLineEdit(self.contrastGroup)
        self.catheterExpiry.setObjectName(u"catheterExpiry")
        self.catheterExpiry.setMinimumSize(QSize(0, 40))

        self.contrastGrid.addWidget(self.catheterExpiry, 9, 1, 1, 1)

        self.catheterExpiryError = QLabel(self.contrastGroup)
        self.catheterExpiryError.setObjectName(u"catheterExpiryError")
        self.catheterExpiryError.setWordWrap(True)

        self.contrastGrid.addWidget(self.catheterExpiryError, 9, 2, 1, 1)

        self.scanStatus = QLabel(self.contrastGroup)
        self.scanStatus.setObjectName(u"scanStatus")
        self.scanStatus.setWordWrap(True)

        self.contrastGrid.addWidget(self.scanStatus, 10, 0, 1, 3)


        self.recordLayout.addWidget(self.contrastGroup)

        self.radiationGroup = QGroupBox(self.recordBody)
        self.radiationGroup.setObjectName(u"radiationGroup")
        self.radiationGrid = QGridLayout(self.radiationGroup)
        self.radiationGrid.setObjectName(u"radiationGrid")
        self.fluoroTimeLabel = QLabel(self.radiationGroup)
        self.fluoroTimeLabel.setObjectName(u"fluoroTimeLabel")
        self.fluoroTimeLabel.setWordWrap(True)

        self.radiationGrid.addWidget(self.fluoroTimeLabel, 0, 0, 1, 1)

        self.fluoroTime = QLineEdit(self.radiationGroup)
        self.fluoroTime.setObjectName(u"fluoroTime")
        self.fluoroTime.setMinimumSize(QSize(0, 40))

        self.radiationGrid.addWidget(self.fluoroTime, 0, 1, 1, 1)

        self.fluoroTimeError = QLabel(self.radiationGroup)
        self.fluoroTimeError.setObjectName(u"fluoroTimeError")
        self.fluoroTimeError.setWordWrap(True)

        self.radiationGrid.addWidget(self.fluoroTimeError, 0, 2, 1, 1)

        self.fluoroNoteLabel = QLabel(self.radiationGroup)
        self.fluoroNoteLabel.setObjectName(u"fluoroNoteLabel")
        self.fluoroNoteLabel.setWordWrap(True)

        self.radiationGrid.addWidget(self.fluoroNoteLabel, 1, 0, 1, 1)

        self.fluoroNote = QLineEdit(self.radiationGroup)
        self.fluoroNote.setObjectName(u"fluoroNote")
        self.fluoroNote.setMinimumSize(QSize(0, 40))

        self.radiationGrid.addWidget(self.fluoroNote, 1, 1, 1, 1)

        self.fluoroNoteError = QLabel(self.radiationGroup)
        self.fluoroNoteError.setObjectName(u"fluoroNoteError")
        self.fluoroNoteError.setWordWrap(True)

        self.radiationGrid.addWidget(self.fluoroNoteError, 1, 2, 1, 1)

        self.imageCountLabel = QLabel(self.radiationGroup)
        self.imageCountLabel.setObjectName(u"imageCountLabel")
        self.imageCountLabel.setWordWrap(True)

        self.radiationGrid.addWidget(self.imageCountLabel, 2, 0, 1, 1)

        self.imageCount = QLineEdit(self.radiationGroup)
        self.imageCount.setObjectName(u"imageCount")
        self.imageCount.setMinimumSize(QSize(0, 40))

        self.radiationGrid.addWidget(self.imageCount, 2, 1, 1, 1)

        self.imageCountError = QLabel(self.radiationGroup)
        self.imageCountError.setObjectName(u"imageCountError")
        self.imageCountError.setWordWrap(True)

        self.radiationGrid.addWidget(self.imageCountError, 2, 2, 1, 1)

        self.imagesNoteLabel = QLabel(self.radiationGroup)
        self.imagesNoteLabel.setObjectName(u"imagesNoteLabel")
        self.imagesNoteLabel.setWordWrap(True)

        self.radiationGrid.addWidget(self.imagesNoteLabel, 3, 0, 1, 1)

        self.imagesNote = QLineEdit(self.radiationGroup)
        self.imagesNote.setObjectName(u"imagesNote")
        self.imagesNote.setMinimumSize(QSize(0, 40))

        self.radiationGrid.addWidget(self.imagesNote, 3, 1, 1, 1)

        self.imagesNoteError = QLabel(self.radiationGroup)
        self.imagesNoteError.setObjectName(u"imagesNoteError")
        self.imagesNoteError.setWordWrap(True)

        self.radiationGrid.addWidget(self.imagesNoteError, 3, 2, 1, 1)

        self.airKermaLabel = QLabel(self.radiationGroup)
        self.airKermaLabel.setObjectName(u"airKermaLabel")
        self.airKermaLabel.setWordWrap(True)

        self.radiationGrid.addWidget(self.airKermaLabel, 4, 0, 1, 1)

        self.airKerma = QLineEdit(self.radiationGroup)
        self.airKerma.setObjectName(u"airKerma")
        self.airKerma.setMinimumSize(QSize(0, 40))

        self.radiationGrid.addWidget(self.airKerma, 4, 1, 1, 1)

        self.airKermaError = QLabel(self.radiationGroup)
        self.airKermaError.setObjectName(u"airKermaError")
        self.airKermaError.setWordWrap(True)

        self.radiationGrid.addWidget(self.airKermaError, 4, 2, 1, 1)

        self.kapLabel = QLabel(self.radiationGroup)
        self.kapLabel.setObjectName(u"kapLabel")
        self.kapLabel.setWordWrap(True)

        self.radiationGrid.addWidget(self.kapLabel, 5, 0, 1, 1)

        self.kap = QLineEdit(self.radiationGroup)
        self.kap.setObjectName(u"kap")
        self.kap.setMinimumSize(QSize(0, 40))

        self.radiationGrid.addWidget(self.kap, 5, 1, 1, 1)

        self.kapError = QLabel(self.radiationGroup)
        self.kapError.setObjectName(u"kapError")
        self.kapError.setWordWrap(True)

        self.radiationGrid.addWidget(self.kapError, 5, 2, 1, 1)


        self.recordLayout.addWidget(self.radiationGroup)

        self.complicationsGroup = QGroupBox(self.recordBody)
        self.complicationsGroup.setObjectName(u"complicationsGroup")
        self.complicationsGrid = QGridLayout(self.complicationsGroup)
        self.complicationsGrid.setObjectName(u"complicationsGrid")
        self.complicationNone = QCheckBox(self.complicationsGroup)
        self.complicationNone.setObjectName(u"complicationNone")
        self.complicationNone.setMinimumSize(QSize(0, 36))

        self.complicationsGrid.addWidget(self.complicationNone, 0, 0, 1, 1)

        self.complicationVasovagal = QCheckBox(self.complicationsGroup)
        self.complicationVasovagal.setObjectName(u"complicationVasovagal")
        self.complicationVasovagal.setMinimumSize(QSize(0, 36))

        self.complicationsGrid.addWidget(self.complicationVasovagal, 0, 1, 1, 1)

        self.complicationSeverePain = QCheckBox(self.complicationsGroup)
        self.complicationSeverePain.setObjectName(u"complicationSeverePain")
        self.complicationSeverePain.setMinimumSize(QSize(0, 36))

        self.complicationsGrid.addWidget(self.complicationSeverePain, 1, 0, 1, 1)

        self.complicationBleeding = QCheckBox(self.complicationsGroup)
        self.complicationBleeding.setObjectName(u"complicationBleeding")
        self.complicationBleeding.setMinimumSize(QSize(0, 36))

        self.complicationsGrid.addWidget(self.complicationBleeding, 1, 1, 1, 1)

        self.complicationUnableToCannulate = QCheckBox(self.complicationsGroup)
        self.complicationUnableToCannulate.setObjectName(u"complicationUnableToCannulate")
        self.complicationUnableToCannulate.setMinimumSize(QSize(0, 36))

        self.complicationsGrid.addWidget(self.complicationUnableToCannulate, 2, 0, 1, 1)

        self.complicationContrastReaction = QCheckBox(self.complicationsGroup)
        self.complicationContrastReaction.setObjectName(u"complicationContrastReaction")
        self.complicationContrastReaction.setMinimumSize(QSize(0, 36))

        self.complicationsGrid.addWidget(self.complicationContrastReaction, 2, 1, 1, 1)

        self.reactionSeverityLabel = QLabel(self.complicationsGroup)
        self.reactionSeverityLabel.setObjectName(u"reactionSeverityLabel")
        self.reactionSeverityLabel.setWordWrap(True)

        self.complicationsGrid.addWidget(self.reactionSeverityLabel, 3, 0, 1, 1)

        self.reactionSeverity = QComboBox(self.complicationsGroup)
        self.reactionSeverity.setObjectName(u"reactionSeverity")
        self.reactionSeverity.setMinimumSize(QSize(0, 40))

        self.complicationsGrid.addWidget(self.reactionSeverity, 3, 1, 1, 1)

        self.reactionSeverityError = QLabel(self.complicationsGroup)
        self.reactionSeverityError.setObjectName(u"reactionSeverityError")
        self.reactionSeverityError.setWordWrap(True)

        self.complicationsGrid.addWidget(self.reactionSeverityError, 4, 0, 1, 2)

        self.complicationOther = QCheckBox(self.complicationsGroup)
        self.complicationOther.setObjectName(u"complicationOther")
        self.complicationOther.setMinimumSize(QSize(0, 36))

        self.complicationsGrid.addWidget(self.complicationOther, 5, 0, 1, 1)

        self.complicationOtherText = QLineEdit(self.complicationsGroup)
        self.complicationOtherText.setObjectName(u"complicationOtherText")
        self.complicationOtherText.setMinimumSize(QSize(0, 40))

        self.complicationsGrid.addWidget(self.complicationOtherText, 5, 1, 1, 1)

        self.complicationOtherError = QLabel(self.complicationsGroup)
        self.complicationOtherError.setObjectName(u"complicationOtherError")
        self.complicationOtherError.setWordWrap(True)

        self.complicationsGrid.addWidget(self.complicationOtherError, 6, 0, 1, 2)

        self.complicationsError = QLabel(self.complicationsGroup)
        self.complicationsError.setObjectName(u"complicationsError")
        self.complicationsError.setWordWrap(True)

        self.complicationsGrid.addWidget(self.complicationsError, 7, 0, 1, 2)


        self.recordLayout.addWidget(self.complicationsGroup)

        self.peopleGroup = QGroupBox(self.recordBody)
        self.peopleGroup.setObjectName(u"peopleGroup")
        self.peopleGrid = QGridLayout(self.peopleGroup)
        self.peopleGrid.setObjectName(u"peopleGrid")
        self.radiologistLabel = QLabel(self.peopleGroup)
        self.radiologistLabel.setObjectName(u"radiologistLabel")
        self.radiologistLabel.setWordWrap(True)

        self.peopleGrid.addWidget(self.radiologistLabel, 0, 0, 1, 1)

        self.radiologist = QComboBox(self.peopleGroup)
        self.radiologist.setObjectName(u"radiologist")
        self.radiologist.setMinimumSize(QSize(0, 40))
        self.radiologist.setEditable(True)

        self.peopleGrid.addWidget(self.radiologist, 0, 1, 1, 1)

        self.radiologistError = QLabel(self.peopleGroup)
        self.radiologistError.setObjectName(u"radiologistError")
        self.radiologistError.setWordWrap(True)

        self.peopleGrid.addWidget(self.radiologistError, 0, 2, 1, 1)

        self.notesLabel = QLabel(self.peopleGroup)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setWordWrap(True)

        self.peopleGrid.addWidget(self.notesLabel, 1, 0, 1, 1)

        self.notes = QPlainTextEdit(self.peopleGroup)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 90))

        self.peopleGrid.addWidget(self.notes, 1, 1, 1, 1)

        self.notesError = QLabel(self.peopleGroup)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setWordWrap(True)

        self.peopleGrid.addWidget(self.notesError, 1, 2, 1, 1)


        self.recordLayout.addWidget(self.peopleGroup)

        self.signGroup = QGroupBox(self.recordBody)
        self.signGroup.setObjectName(u"signGroup")
        self.signGrid = QGridLayout(self.signGroup)
        self.signGrid.setObjectName(u"signGrid")
        self.problemsLabel = QLabel(self.signGroup)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setWordWrap(True)

        self.signGrid.addWidget(self.problemsLabel, 0, 0, 1, 2)

        self.signButton = QPushButton(self.signGroup)
        self.signButton.setObjectName(u"signButton")
        self.signButton.setMinimumSize(QSize(0, 48))

        self.signGrid.addWidget(self.signButton, 1, 0, 1, 2)

        self.signedLabel = QLabel(self.signGroup)
        self.signedLabel.setObjectName(u"signedLabel")
        self.signedLabel.setWordWrap(True)

        self.signGrid.addWidget(self.signedLabel, 2, 0, 1, 2)


        self.recordLayout.addWidget(self.signGroup)

        self.amendGroup = QGroupBox(self.recordBody)
        self.amendGroup.setObjectName(u"amendGroup")
        self.amendGrid = QGridLayout(self.amendGroup)
        self.amendGrid.setObjectName(u"amendGrid")
        self.amendField = QComboBox(self.amendGroup)
        self.amendField.setObjectName(u"amendField")
        self.amendField.setMinimumSize(QSize(0, 40))

        self.amendGrid.addWidget(self.amendField, 0, 0, 1, 1)

        self.amendValue = QLineEdit(self.amendGroup)
        self.amendValue.setObjectName(u"amendValue")
        self.amendValue.setMinimumSize(QSize(0, 40))

        self.amendGrid.addWidget(self.amendValue, 0, 1, 1, 1)

        self.amendReason = QLineEdit(self.amendGroup)
        self.amendReason.setObjectName(u"amendReason")
        self.amendReason.setMinimumSize(QSize(0, 40))

        self.amendGrid.addWidget(self.amendReason, 1, 0, 1, 1)

        self.amendButton = QPushButton(self.amendGroup)
        self.amendButton.setObjectName(u"amendButton")
        self.amendButton.setMinimumSize(QSize(0, 48))

        self.amendGrid.addWidget(self.amendButton, 1, 1, 1, 1)

        self.amendError = QLabel(self.amendGroup)
        self.amendError.setObjectName(u"amendError")
        self.amendError.setWordWrap(True)

        self.amendGrid.addWidget(self.amendError, 2, 0, 1, 2)

        self.amendmentsList = QListWidget(self.amendGroup)
        self.amendmentsList.setObjectName(u"amendmentsList")
        self.amendmentsList.setMaximumSize(QSize(16777215, 120))

        self.amendGrid.addWidget(self.amendmentsList, 3, 0, 1, 2)


        self.recordLayout.addWidget(self.amendGroup)

        self.recordSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.recordLayout.addItem(self.recordSpacer)

        self.recordScroll.setWidget(self.recordBody)

        self.recordOuterLayout.addWidget(self.recordScroll)

#if QT_CONFIG(shortcut)
        self.catheterProductLabel.setBuddy(self.catheterProduct)
        self.catheterExpiryLabel.setBuddy(self.catheterExpiry)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProcedureRecord)

        QMetaObject.connectSlotsByName(ProcedureRecord)

        guard_fields(ProcedureRecord)
    # setupUi

    def retranslateUi(self, ProcedureRecord):
        self.recordTitle.setText(QCoreApplication.translate("ProcedureRecord", u"Procedure record", None))
        self.recordState.setText("")
        self.contrastGroup.setTitle(QCoreApplication.translate("ProcedureRecord", u"Contrast and catheter (scan or type)", None))
        self.contrastAgentLabel.setText(QCoreApplication.translate("ProcedureRecord", u"Contrast agent", None))
        self.contrastAgent.setPlaceholderText(QCoreApplication.translate("ProcedureRecord", u"e.g. iohexol", None))
        self.contrastAgentError.setText("")
        self.contrastAgentError.setProperty(u"role", QCoreApplication.translate("ProcedureRecord", u"error", None))
        self.contrastConcentrationLabel.setText(QCoreApplication.translate("ProcedureRecord", u"Concentration", None))
        self.contrastConcentration.setPlaceholderText(QCoreApplication.translate("ProcedureRecord", u"e.g. 300 mgI/mL", None))
        self.contrastConcentrationError.setText("")
        self.contrastConcentrationError.setProperty(u"role", QCoreApplication.translate("ProcedureRecord", u"error", None))
        self.contrastVolumeLabel.setText(QCoreApplication.translate("ProcedureRecord", u"Volume (mL)", None))
        self.contrastVolume.setPlaceholderText(QCoreApplication.translate("ProcedureRecord", u"e.g. 10", None))
        self.contrastVolumeError.setText("")
        self.contrastVolumeError.setProperty(u"role", QCoreApplication.translate("ProcedureRecord", u"error", None))
        self.contrastLotLabel.setText(QCoreApplication.translate("ProcedureRecord", u"Lot number", None))
        self.contrastLot.setPlaceholderText("")
        self.contrastLotError.setText("")
        self.contrastLotError.setProperty(u"role", QCoreApplication.translate("ProcedureRecord", u"error", None))
        self.contrastExpiryLabel.setText(QCoreApplication.translate("ProcedureRecord", u"Expiry date", None))
        self.contrastExpiry.setPlaceholderText(QCoreApplication.translate("ProcedureRecord", u"MM/DD/YYYY", None))
        self.contrastExpiryError.setText("")
        self.contrastExpiryError.setProperty(u"role", QCoreApplication.translate("ProcedureRecord", u"error", None))
        self.expiryNoteLabel.setText(QCoreApplication.translate("ProcedureRecord", u"Note if expired", None))
        self.expiryNote.setPlaceholderText(QCoreApplication.translate("ProcedureRecord", u"Why expired contrast was used", None))
        self.expiryNoteError.setText("")
        self.expiryNoteError.setProperty(u"role", QCoreApplication.translate("ProcedureRecord", u"error", None))
        self.catheterTypeLabel.setText(QCoreApplication.translate("ProcedureRecord", u"Catheter", None))
        self.catheterTypeError.setText("")
        self.catheterTypeError.setProperty(u"role", QCoreApplication.translate("ProcedureRecord", u"error", None))
        self.catheterLotLabel.setText(QCoreApplication.translate("ProcedureRecord", u"Catheter lot", None))
        self.catheterLot.setPlaceholderText("")
        self.catheterLotError.setText("")
        self.catheterLotError.setProperty(u"role", QCoreApplication.translate("ProcedureRecord", u"error", None))
        self.catheterProductLabel.setText(QCoreApplication.translate("ProcedureRecord", u"Catheter product", None))
        self.catheterProduct.setPlaceholderText(QCoreApplication.translate("ProcedureRecord", u"e.g. HSG balloon catheter 5 Fr", None))
        self.catheterProductError.setText("")
        self.catheterProductError.setProperty(u"role", QCoreApplication.translate("ProcedureRecord", u"error", None))
        self.catheterExpiryLabel.setText(QCoreApplication.translate("ProcedureRecord", u"Catheter expiry", None))
        self.catheterExpiry.setPlaceholderText(QCoreApplication.translate("ProcedureRecord", u"MM/DD/YYYY", None))
        self.catheterExpiryError.setText("")
        self.catheterExpiryError.setProperty(u"role", QCoreApplication.translate("ProcedureRecord", u"error", None))
        self.scanStatus.setText(QCoreApplication.translate("ProcedureRecord", u"Scan the vial's or the catheter's barcode to fill its product, lot and expiry, or type them.", None))
        self.radiationGroup.setTitle(QCoreApplication.translate("ProcedureRecord", u"Radiation", None))
        self.fluoroTimeLabel.setText(QCoreApplication.translate("ProcedureRecord", u"Fluoroscopy time (min, tenths)", None))
        self.fluoroTime.setPlaceholderText(QCoreApplication.translate("ProcedureRecord", u"e.g. 0.8", None))
        self.fluoroTimeError.setText("")
        self.fluoroTimeError.setProperty(u"role", QCoreApplication.translate("ProcedureRecord", u"error", None))
        self.fluoroNoteLabel.setText(QCoreApplication.translate("ProcedureRecord", u"Note on a long fluoroscopy time", None))
        self.fluoroNote.setPlaceholderText("")
        self.fluoroNoteError.setText("")
        self.fluoroNoteError.setProperty(u"role", QCoreApplication.translate("ProcedureRecord", u"error", None))
        self.imageCountLabel.setText(QCoreApplication.translate("ProcedureRecord", u"Number of images", None))
        self.imageCount.setPlaceholderText(QCoreApplication.translate("ProcedureRecord", u"e.g. 6", None))
        self.imageCountError.setText("")
        self.imageCountError.setProperty(u"role", QCoreApplication.translate("ProcedureRecord", u"error", None))
        self.imagesNoteLabel.setText(QCoreApplication.translate("ProcedureRecord", u"Note on too few images", None))
        self.imagesNote.setPlaceholderText("")
        self.imagesNoteError.setText("")
        self.imagesNoteError.setProperty(u"role", QCoreApplication.translate("ProcedureRecord", u"error", None))
        self.airKermaLabel.setText(QCoreApplication.translate("ProcedureRecord", u"Air kerma (mGy), if shown", None))
        self.airKerma.setPlaceholderText("")
        self.airKermaError.setText("")
        self.airKermaError.setProperty(u"role", QCoreApplication.translate("ProcedureRecord", u"error", None))
        self.kapLabel.setText(QCoreApplication.translate("ProcedureRecord", u"Kerma-area product (Gy\u00b7cm\u00b2), if shown", None))
        self.kap.setPlaceholderText("")
        self.kapError.setText("")
        self.kapError.setProperty(u"role", QCoreApplication.translate("ProcedureRecord", u"error", None))
        self.complicationsGroup.setTitle(QCoreApplication.translate("ProcedureRecord", u"Complications", None))
        self.complicationNone.setText(QCoreApplication.translate("ProcedureRecord", u"None", None))
        self.complicationVasovagal.setText(QCoreApplication.translate("ProcedureRecord", u"Vasovagal reaction", None))
        self.complicationSeverePain.setText(QCoreApplication.translate("ProcedureRecord", u"Severe pain", None))
        self.complicationBleeding.setText(QCoreApplication.translate("ProcedureRecord", u"Bleeding", None))
        self.complicationUnableToCannulate.setText(QCoreApplication.translate("ProcedureRecord", u"Unable to cannulate", None))
        self.complicationContrastReaction.setText(QCoreApplication.translate("ProcedureRecord", u"Contrast reaction", None))
        self.reactionSeverityLabel.setText(QCoreApplication.translate("ProcedureRecord", u"Reaction severity", None))
        self.reactionSeverityError.setText("")
        self.reactionSeverityError.setProperty(u"role", QCoreApplication.translate("ProcedureRecord", u"error", None))
        self.complicationOther.setText(QCoreApplication.translate("ProcedureRecord", u"Other:", None))
        self.complicationOtherText.setPlaceholderText(QCoreApplication.translate("ProcedureRecord", u"Describe", None))
        self.complicationOtherError.setText("")
        self.complicationOtherError.setProperty(u"role", QCoreApplication.translate("ProcedureRecord", u"error", None))
        self.complicationsError.setText("")
        self.complicationsError.setProperty(u"role", QCoreApplication.translate("ProcedureRecord", u"error", None))
        self.peopleGroup.setTitle(QCoreApplication.translate("ProcedureRecord", u"Radiologist and notes", None))
        self.radiologistLabel.setText(QCoreApplication.translate("ProcedureRecord", u"Radiologist", None))
        self.radiologistError.setText("")
        self.radiologistError.setProperty(u"role", QCoreApplication.translate("ProcedureRecord", u"error", None))
        self.notesLabel.setText(QCoreApplication.translate("ProcedureRecord", u"Technologist notes", None))
        self.notesError.setText("")
        self.notesError.setProperty(u"role", QCoreApplication.translate("ProcedureRecord", u"error", None))
        self.signGroup.setTitle(QCoreApplication.translate("ProcedureRecord", u"Complete and sign", None))
        self.problemsLabel.setText("")
        self.signButton.setText(QCoreApplication.translate("ProcedureRecord", u"Complete and sign\u2026", None))
        self.signedLabel.setText("")
        self.amendGroup.setTitle(QCoreApplication.translate("ProcedureRecord", u"Amendments (after signing)", None))
        self.amendValue.setPlaceholderText(QCoreApplication.translate("ProcedureRecord", u"Corrected value", None))
        self.amendReason.setPlaceholderText(QCoreApplication.translate("ProcedureRecord", u"Why the correction", None))
        self.amendButton.setText(QCoreApplication.translate("ProcedureRecord", u"Record amendment", None))
        self.amendError.setText("")
        self.amendError.setProperty(u"role", QCoreApplication.translate("ProcedureRecord", u"error", None))
        pass
    # retranslateUi

