# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checklist.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

from hsg_desk.qt.wheel_guard import guard_fields

class Ui_Checklist(object):
    def setupUi(self, Checklist):
        if not Checklist.objectName():
            Checklist.setObjectName(u"Checklist")
        Checklist.resize(640, 760)
        Checklist.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.outerLayout = QVBoxLayout(Checklist)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, 0, 0, 0)
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.elapsedLabel = QLabel(Checklist)
        self.elapsedLabel.setObjectName(u"elapsedLabel")
        self.elapsedLabel.setWordWrap(True)

        self.topLayout.addWidget(self.elapsedLabel)

        self.undoStep = QPushButton(Checklist)
        self.undoStep.setObjectName(u"undoStep")
        self.undoStep.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undoStep.setMinimumSize(QSize(0, 48))

        self.topLayout.addWidget(self.undoStep)

        self.abortExam = QPushButton(Checklist)
        self.abortExam.setObjectName(u"abortExam")
        self.abortExam.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.abortExam.setMinimumSize(QSize(0, 48))

        self.topLayout.addWidget(self.abortExam)

        self.topLayout.setStretch(0, 1)

        self.outerLayout.addLayout(self.topLayout)

        self.delayedAlert = QLabel(Checklist)
        self.delayedAlert.setObjectName(u"delayedAlert")
        self.delayedAlert.setVisible(False)
        self.delayedAlert.setWordWrap(True)

        self.outerLayout.addWidget(self.delayedAlert)

        self.checklistMessage = QLabel(Checklist)
        self.checklistMessage.setObjectName(u"checklistMessage")
        self.checklistMessage.setWordWrap(True)

        self.outerLayout.addWidget(self.checklistMessage)

        self.stepsScroll = QScrollArea(Checklist)
        self.stepsScroll.setObjectName(u"stepsScroll")
        self.stepsScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stepsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.stepsScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stepsScroll.setWidgetResizable(True)
        self.stepsBody = QWidget()
        self.stepsBody.setObjectName(u"stepsBody")
        self.rowsLayout = QVBoxLayout(self.stepsBody)
        self.rowsLayout.setSpacing(4)
        self.rowsLayout.setObjectName(u"rowsLayout")
        self.stepsScroll.setWidget(self.stepsBody)

        self.outerLayout.addWidget(self.stepsScroll)

        self.completeStep = QPushButton(Checklist)
        self.completeStep.setObjectName(u"completeStep")
        self.completeStep.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.completeStep.setMinimumSize(QSize(0, 64))

        self.outerLayout.addWidget(self.completeStep)

        self.stepDetails = QWidget(Checklist)
        self.stepDetails.setObjectName(u"stepDetails")
        self.stepDetails.setVisible(False)
        self.stepDetailsLayout = QVBoxLayout(self.stepDetails)
        self.stepDetailsLayout.setObjectName(u"stepDetailsLayout")
        self.stepDetailsLayout.setContentsMargins(0, 0, 0, 0)
        self.lockerPanel = QWidget(self.stepDetails)
        self.lockerPanel.setObjectName(u"lockerPanel")
        self.lockerLayout = QHBoxLayout(self.lockerPanel)
        self.lockerLayout.setObjectName(u"lockerLayout")
        self.lockerLayout.setContentsMargins(0, 0, 0, 0)
        self.lockerLabel = QLabel(self.lockerPanel)
        self.lockerLabel.setObjectName(u"lockerLabel")

        self.lockerLayout.addWidget(self.lockerLabel)

        self.lockerEdit = QLineEdit(self.lockerPanel)
        self.lockerEdit.setObjectName(u"lockerEdit")
        self.lockerEdit.setMinimumSize(QSize(0, 40))
        self.lockerEdit.setMaxLength(20)

        self.lockerLayout.addWidget(self.lockerEdit)

        self.lockerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lockerLayout.addItem(self.lockerSpacer)


        self.stepDetailsLayout.addWidget(self.lockerPanel)

        self.timeoutPanel = QWidget(self.stepDetails)
        self.timeoutPanel.setObjectName(u"timeoutPanel")
        self.timeoutGrid = QGridLayout(self.timeoutPanel)
        self.timeoutGrid.setObjectName(u"timeoutGrid")
        self.timeoutGrid.setContentsMargins(0, 0, 0, 0)
        self.timeoutHeading = QLabel(self.timeoutPanel)
        self.timeoutHeading.setObjectName(u"timeoutHeading")

        self.timeoutGrid.addWidget(self.timeoutHeading, 0, 0, 1, 2)

        self.timeoutConfirmedBy = QLineEdit(self.timeoutPanel)
        self.timeoutConfirmedBy.setObjectName(u"timeoutConfirmedBy")
        self.timeoutConfirmedBy.setMinimumSize(QSize(0, 40))

        self.timeoutGrid.addWidget(self.timeoutConfirmedBy, 1, 0, 1, 1)

        self.recordTimeout = QPushButton(self.timeoutPanel)
        self.recordTimeout.setObjectName(u"recordTimeout")
        self.recordTimeout.setMinimumSize(QSize(0, 44))

        self.timeoutGrid.addWidget(self.recordTimeout, 1, 1, 1, 1)

        self.timeoutGrid.setColumnStretch(1, 1)

        self.stepDetailsLayout.addWidget(self.timeoutPanel)

        self.timeoutDone = QLabel(self.stepDetails)
        self.timeoutDone.setObjectName(u"timeoutDone")
        self.timeoutDone.setWordWrap(True)

        self.stepDetailsLayout.addWidget(self.timeoutDone)

        self.delayedPanel = QWidget(self.stepDetails)
        self.delayedPanel.setObjectName(u"delayedPanel")
        self.delayedLayout = QHBoxLayout(self.delayedPanel)
        self.delayedLayout.setObjectName(u"delayedLayout")
        self.delayedLayout.setContentsMargins(0, 0, 0, 0)
        self.delayedNotNeeded = QPushButton(self.delayedPanel)
        self.delayedNotNeeded.setObjectName(u"delayedNotNeeded")
        self.delayedNotNeeded.setMinimumSize(QSize(0, 44))

        self.delayedLayout.addWidget(self.delayedNotNeeded)

        self.delayedStartWait = QPushButton(self.delayedPanel)
        self.delayedStartWait.setObjectName(u"delayedStartWait")
        self.delayedStartWait.setMinimumSize(QSize(0, 44))

        self.delayedLayout.addWidget(self.delayedStartWait)

        self.delayedWaitLabel = QLabel(self.delayedPanel)
        self.delayedWaitLabel.setObjectName(u"delayedWaitLabel")

        self.delayedLayout.addWidget(self.delayedWaitLabel)

        self.delayedLayout.setStretch(2, 1)

        self.stepDetailsLayout.addWidget(self.delayedPanel)


        self.outerLayout.addWidget(self.stepDetails)

        self.outerLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.lockerLabel.setBuddy(self.lockerEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.lockerEdit, self.timeoutConfirmedBy)
        QWidget.setTabOrder(self.timeoutConfirmedBy, self.recordTimeout)

        self.retranslateUi(Checklist)

        QMetaObject.connectSlotsByName(Checklist)

        guard_fields(Checklist)
    # setupUi

    def retranslateUi(self, Checklist):
        self.elapsedLabel.setText("")
#if QT_CONFIG(tooltip)
        self.undoStep.setToolTip(QCoreApplication.translate("Checklist", u"Undo the last step done, with a reason (Alt+U)", None))
#endif // QT_CONFIG(tooltip)
        self.undoStep.setText(QCoreApplication.translate("Checklist", u"&Undo last step\u2026", None))
#if QT_CONFIG(tooltip)
        self.abortExam.setToolTip(QCoreApplication.translate("Checklist", u"Stop the exam, with the reason (Alt+B)", None))
#endif // QT_CONFIG(tooltip)
        self.abortExam.setText(QCoreApplication.translate("Checklist", u"A&bort exam\u2026", None))
        self.delayedAlert.setText("")
        self.checklistMessage.setText("")
        self.checklistMessage.setProperty(u"role", QCoreApplication.translate("Checklist", u"error", None))
        self.completeStep.setText("")
        self.lockerLabel.setText(QCoreApplication.translate("Checklist", u"Locker number:", None))
        self.lockerEdit.setPlaceholderText(QCoreApplication.translate("Checklist", u"e.g. 14, then Enter", None))
        self.timeoutHeading.setText(QCoreApplication.translate("Checklist", u"<b>Time-out</b> \u2014 read each aloud, confirm, then tick:", None))
        self.timeoutConfirmedBy.setPlaceholderText(QCoreApplication.translate("Checklist", u"Who confirmed (names of the team), then Enter", None))
#if QT_CONFIG(accessibility)
        self.timeoutConfirmedBy.setAccessibleName(QCoreApplication.translate("Checklist", u"Who confirmed the time-out", None))
#endif // QT_CONFIG(accessibility)
        self.recordTimeout.setText(QCoreApplication.translate("Checklist", u"Record time-out", None))
        self.timeoutDone.setText("")
        self.delayedNotNeeded.setText(QCoreApplication.translate("Checklist", u"Not needed (N)", None))
        self.delayedStartWait.setText(QCoreApplication.translate("Checklist", u"Start the wait (W)", None))
        self.delayedWaitLabel.setText("")
        pass
    # retranslateUi

