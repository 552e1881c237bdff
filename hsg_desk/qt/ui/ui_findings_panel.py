# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'findings_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

from hsg_desk.qt.wheel_guard import guard_fields

class Ui_FindingsPanel(object):
    def setupUi(self, FindingsPanel):
        if not FindingsPanel.objectName():
            FindingsPanel.setObjectName(u"FindingsPanel")
        FindingsPanel.resize(420, 600)
        self.outerLayout = QVBoxLayout(FindingsPanel)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, 0, 0, 0)
        self.findingsSummary = QLabel(FindingsPanel)
        self.findingsSummary.setObjectName(u"findingsSummary")
        self.findingsSummary.setWordWrap(True)

        self.outerLayout.addWidget(self.findingsSummary)

        self.findingsScroll = QScrollArea(FindingsPanel)
        self.findingsScroll.setObjectName(u"findingsScroll")
        self.findingsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.findingsScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.findingsScroll.setWidgetResizable(True)
        self.findingsBody = QWidget()
        self.findingsBody.setObjectName(u"findingsBody")
        self.cardsLayout = QVBoxLayout(self.findingsBody)
        self.cardsLayout.setObjectName(u"cardsLayout")
        self.cardsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.cardsLayout.addItem(self.cardsSpacer)

        self.findingsScroll.setWidget(self.findingsBody)

        self.outerLayout.addWidget(self.findingsScroll)

        self.outerLayout.setStretch(1, 1)

        self.retranslateUi(FindingsPanel)

        QMetaObject.connectSlotsByName(FindingsPanel)

        guard_fields(FindingsPanel)
    # setupUi

    def retranslateUi(self, FindingsPanel):
        self.findingsSummary.setStyleSheet(QCoreApplication.translate("FindingsPanel", u"font-size: 13pt; font-weight: 700;", None))
        self.findingsSummary.setText("")
        pass
    # retranslateUi

