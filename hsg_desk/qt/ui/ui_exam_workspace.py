# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exam_workspace.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from hsg_desk.qt.wheel_guard import guard_fields

class Ui_ExamWorkspace(object):
    def setupUi(self, ExamWorkspace):
        if not ExamWorkspace.objectName():
            ExamWorkspace.setObjectName(u"ExamWorkspace")
        ExamWorkspace.resize(1200, 700)
        self.workspaceLayout = QVBoxLayout(ExamWorkspace)
        self.workspaceLayout.setSpacing(6)
        self.workspaceLayout.setObjectName(u"workspaceLayout")
        self.workspaceLayout.setContentsMargins(0, 0, 0, 0)
        self.banner = QFrame(ExamWorkspace)
        self.banner.setObjectName(u"banner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.bannerLayout = QGridLayout(self.banner)
        self.bannerLayout.setObjectName(u"bannerLayout")
        self.patientName = QLabel(self.banner)
        self.patientName.setObjectName(u"patientName")
        self.patientName.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.bannerLayout.addWidget(self.patientName, 0, 0, 1, 1)

        self.patientIdentifiers = QLabel(self.banner)
        self.patientIdentifiers.setObjectName(u"patientIdentifiers")
        self.patientIdentifiers.setWordWrap(True)
        self.patientIdentifiers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.bannerLayout.addWidget(self.patientIdentifiers, 0, 1, 1, 1)

        self.screeningState = QLabel(self.banner)
        self.screeningState.setObjectName(u"screeningState")
        self.screeningState.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.bannerLayout.addWidget(self.screeningState, 0, 2, 2, 1)

        self.backButton = QPushButton(self.banner)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setMaximumSize(QSize(180, 16777215))

        self.bannerLayout.addWidget(self.backButton, 0, 3, 2, 1)

        self.examLine = QLabel(self.banner)
        self.examLine.setObjectName(u"examLine")
        self.examLine.setWordWrap(True)

        self.bannerLayout.addWidget(self.examLine, 1, 0, 1, 1)

        self.allergyLine = QLabel(self.banner)
        self.allergyLine.setObjectName(u"allergyLine")
        self.allergyLine.setWordWrap(True)

        self.bannerLayout.addWidget(self.allergyLine, 1, 1, 1, 1)

        self.bannerLayout.setColumnStretch(0, 3)
        self.bannerLayout.setColumnStretch(1, 4)

        self.workspaceLayout.addWidget(self.banner)

        self.tabs = QTabWidget(ExamWorkspace)
        self.tabs.setObjectName(u"tabs")
        self.checkinTab = QWidget()
        self.checkinTab.setObjectName(u"checkinTab")
        self.checkinLayout = QVBoxLayout(self.checkinTab)
        self.checkinLayout.setObjectName(u"checkinLayout")
        self.tabs.addTab(self.checkinTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.tabs.addTab(self.historyTab, "")
        self.procedureTab = QWidget()
        self.procedureTab.setObjectName(u"procedureTab")
        self.procedureLayout = QVBoxLayout(self.procedureTab)
        self.procedureLayout.setObjectName(u"procedureLayout")
        self.tabs.addTab(self.procedureTab, "")
        self.documentsTab = QWidget()
        self.documentsTab.setObjectName(u"documentsTab")
        self.documentsLayout = QVBoxLayout(self.documentsTab)
        self.documentsLayout.setObjectName(u"documentsLayout")
        self.tabs.addTab(self.documentsTab, "")

        self.workspaceLayout.addWidget(self.tabs)


        self.retranslateUi(ExamWorkspace)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ExamWorkspace)


        guard_fields(ExamWorkspace)
    # setupUi

    def retranslateUi(self, ExamWorkspace):
        self.patientName.setText("")
        self.patientIdentifiers.setText("")
        self.screeningState.setText("")
        self.backButton.setText(QCoreApplication.translate("ExamWorkspace", u"&Worklist", None))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("ExamWorkspace", u"Back to the worklist (Ctrl+W)", None))
#endif // QT_CONFIG(tooltip)
        self.examLine.setText("")
        self.allergyLine.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.checkinTab), QCoreApplication.translate("ExamWorkspace", u"&1 Check-in", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("ExamWorkspace", u"&2 History && screening", None))
        self.tabs.setTabText(self.tabs.indexOf(self.procedureTab), QCoreApplication.translate("ExamWorkspace", u"&3 Procedure", None))
        self.tabs.setTabText(self.tabs.indexOf(self.documentsTab), QCoreApplication.translate("ExamWorkspace", u"&4 Documents", None))
        pass
    # retranslateUi

