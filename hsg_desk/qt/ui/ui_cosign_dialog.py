# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cosign_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from hsg_desk.qt.wheel_guard import guard_fields

class Ui_CosignDialog(object):
    def setupUi(self, CosignDialog):
        if not CosignDialog.objectName():
            CosignDialog.setObjectName(u"CosignDialog")
        CosignDialog.resize(760, 520)
        self.outerLayout = QVBoxLayout(CosignDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.cosignHeading = QLabel(CosignDialog)
        self.cosignHeading.setObjectName(u"cosignHeading")
        self.cosignHeading.setWordWrap(True)

        self.outerLayout.addWidget(self.cosignHeading)

        self.cosignMessage = QLabel(CosignDialog)
        self.cosignMessage.setObjectName(u"cosignMessage")
        self.cosignMessage.setWordWrap(True)

        self.outerLayout.addWidget(self.cosignMessage)

        self.cosignScroll = QScrollArea(CosignDialog)
        self.cosignScroll.setObjectName(u"cosignScroll")
        self.cosignScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cosignScroll.setWidgetResizable(True)
        self.cosignBody = QWidget()
        self.cosignBody.setObjectName(u"cosignBody")
        self.cardsLayout = QVBoxLayout(self.cosignBody)
        self.cardsLayout.setObjectName(u"cardsLayout")
        self.cosignScroll.setWidget(self.cosignBody)

        self.outerLayout.addWidget(self.cosignScroll)

        self.closeButton = QPushButton(CosignDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setMinimumSize(QSize(0, 44))

        self.outerLayout.addWidget(self.closeButton)

        self.outerLayout.setStretch(2, 1)

        self.retranslateUi(CosignDialog)
        self.closeButton.clicked.connect(CosignDialog.close)

        QMetaObject.connectSlotsByName(CosignDialog)

        guard_fields(CosignDialog)
    # setupUi

    def retranslateUi(self, CosignDialog):
        CosignDialog.setWindowTitle(QCoreApplication.translate("CosignDialog", u"Verbal approvals awaiting your co-signature", None))
        self.cosignHeading.setStyleSheet(QCoreApplication.translate("CosignDialog", u"font-size: 13pt; font-weight: 700;", None))
        self.cosignHeading.setText("")
        self.cosignMessage.setText("")
        self.cosignMessage.setProperty(u"role", QCoreApplication.translate("CosignDialog", u"error", None))
        self.closeButton.setText(QCoreApplication.translate("CosignDialog", u"Close", None))
    # retranslateUi

