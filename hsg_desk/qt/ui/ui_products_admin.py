# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'products_admin.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

from hsg_desk.qt.wheel_guard import guard_fields

class Ui_ProductsAdmin(object):
    def setupUi(self, ProductsAdmin):
        if not ProductsAdmin.objectName():
            ProductsAdmin.setObjectName(u"ProductsAdmin")
        ProductsAdmin.resize(1000, 520)
        self.productsLayout = QHBoxLayout(ProductsAdmin)
        self.productsLayout.setObjectName(u"productsLayout")
        self.listColumn = QVBoxLayout()
        self.listColumn.setObjectName(u"listColumn")
        self.listHint = QLabel(ProductsAdmin)
        self.listHint.setObjectName(u"listHint")
        self.listHint.setWordWrap(True)

        self.listColumn.addWidget(self.listHint)

        self.productsView = QTableView(ProductsAdmin)
        self.productsView.setObjectName(u"productsView")
        self.productsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.productsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.productsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.productsView.setSortingEnabled(True)

        self.listColumn.addWidget(self.productsView)


        self.productsLayout.addLayout(self.listColumn)

        self.detailsColumn = QVBoxLayout()
        self.detailsColumn.setObjectName(u"detailsColumn")
        self.detailsGroup = QGroupBox(ProductsAdmin)
        self.detailsGroup.setObjectName(u"detailsGroup")
        self.detailsLayout = QGridLayout(self.detailsGroup)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.gtinLabel = QLabel(self.detailsGroup)
        self.gtinLabel.setObjectName(u"gtinLabel")

        self.detailsLayout.addWidget(self.gtinLabel, 0, 0, 1, 1)

        self.gtinEdit = QLineEdit(self.detailsGroup)
        self.gtinEdit.setObjectName(u"gtinEdit")
        self.gtinEdit.setMaxLength(120)

        self.detailsLayout.addWidget(self.gtinEdit, 0, 1, 1, 1)

        self.gtinError = QLabel(self.detailsGroup)
        self.gtinError.setObjectName(u"gtinError")
        self.gtinError.setWordWrap(True)

        self.detailsLayout.addWidget(self.gtinError, 0, 2, 1, 1)

        self.kindLabel = QLabel(self.detailsGroup)
        self.kindLabel.setObjectName(u"kindLabel")

        self.detailsLayout.addWidget(self.kindLabel, 1, 0, 1, 1)

        self.kindCombo = QComboBox(self.detailsGroup)
        self.kindCombo.setObjectName(u"kindCombo")

        self.detailsLayout.addWidget(self.kindCombo, 1, 1, 1, 1)

        self.kindError = QLabel(self.detailsGroup)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setWordWrap(True)

        self.detailsLayout.addWidget(self.kindError, 1, 2, 1, 1)

        self.agentLabel = QLabel(self.detailsGroup)
        self.agentLabel.setObjectName(u"agentLabel")

        self.detailsLayout.addWidget(self.agentLabel, 2, 0, 1, 1)

        self.agentCombo = QComboBox(self.detailsGroup)
        self.agentCombo.setObjectName(u"agentCombo")

        self.detailsLayout.addWidget(self.agentCombo, 2, 1, 1, 1)

        self.agentError = QLabel(self.detailsGroup)
        self.agentError.setObjectName(u"agentError")
        self.agentError.setWordWrap(True)

        self.detailsLayout.addWidget(self.agentError, 2, 2, 1, 1)

        self.concentrationLabel = QLabel(self.detailsGroup)
        self.concentrationLabel.setObjectName(u"concentrationLabel")

        self.detailsLayout.addWidget(self.concentrationLabel, 3, 0, 1, 1)

        self.concentrationEdit = QLineEdit(self.detailsGroup)
        self.concentrationEdit.setObjectName(u"concentrationEdit")
        self.concentrationEdit.setMaxLength(60)

        self.detailsLayout.addWidget(self.concentrationEdit, 3, 1, 1, 1)

        self.concentrationError = QLabel(self.detailsGroup)
        self.concentrationError.setObjectName(u"concentrationError")
        self.concentrationError.setWordWrap(True)

        self.detailsLayout.addWidget(self.concentrationError, 3, 2, 1, 1)

        self.packageLabel = QLabel(self.detailsGroup)
        self.packageLabel.setObjectName(u"packageLabel")

        self.detailsLayout.addWidget(self.packageLabel, 4, 0, 1, 1)

        self.packageEdit = QLineEdit(self.detailsGroup)
        self.packageEdit.setObjectName(u"packageEdit")
        self.packageEdit.setMaxLength(60)

        self.detailsLayout.addWidget(self.packageEdit, 4, 1, 1, 1)

        self.packageError = QLabel(self.detailsGroup)
        self.packageError.setObjectName(u"packageError")
        self.packageError.setWordWrap(True)

        self.detailsLayout.addWidget(self.packageError, 4, 2, 1, 1)

        self.nameLabel = QLabel(self.detailsGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.detailsLayout.addWidget(self.nameLabel, 5, 0, 1, 1)

        self.nameEdit = QLineEdit(self.detailsGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.detailsLayout.addWidget(self.nameEdit, 5, 1, 1, 1)

        self.nameError = QLabel(self.detailsGroup)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)

        self.detailsLayout.addWidget(self.nameError, 5, 2, 1, 1)

        self.catheterTypeLabel = QLabel(self.detailsGroup)
        self.catheterTypeLabel.setObjectName(u"catheterTypeLabel")

        self.detailsLayout.addWidget(self.catheterTypeLabel, 6, 0, 1, 1)

        self.catheterTypeCombo = QComboBox(self.detailsGroup)
        self.catheterTypeCombo.setObjectName(u"catheterTypeCombo")

        self.detailsLayout.addWidget(self.catheterTypeCombo, 6, 1, 1, 1)

        self.catheterTypeError = QLabel(self.detailsGroup)
        self.catheterTypeError.setObjectName(u"catheterTypeError")
        self.catheterTypeError.setWordWrap(True)

        self.detailsLayout.addWidget(self.catheterTypeError, 6, 2, 1, 1)

        self.balloonLabel = QLabel(self.detailsGroup)
        self.balloonLabel.setObjectName(u"balloonLabel")

        self.detailsLayout.addWidget(self.balloonLabel, 7, 0, 1, 1)

        self.balloonEdit = QLineEdit(self.detailsGroup)
        self.balloonEdit.setObjectName(u"balloonEdit")
        self.balloonEdit.setMaxLength(60)

        self.detailsLayout.addWidget(self.balloonEdit, 7, 1, 1, 1)

        self.balloonError = QLabel(self.detailsGroup)
        self.balloonError.setObjectName(u"balloonError")
        self.balloonError.setWordWrap(True)

        self.detailsLayout.addWidget(self.balloonError, 7, 2, 1, 1)

        self.detailsLayout.setColumnStretch(1, 3)
        self.detailsLayout.setColumnStretch(2, 2)

        self.detailsColumn.addWidget(self.detailsGroup)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.newButton = QPushButton(ProductsAdmin)
        self.newButton.setObjectName(u"newButton")

        self.buttonsLayout.addWidget(self.newButton)

        self.saveButton = QPushButton(ProductsAdmin)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)

        self.removeButton = QPushButton(ProductsAdmin)
        self.removeButton.setObjectName(u"removeButton")

        self.buttonsLayout.addWidget(self.removeButton)


        self.detailsColumn.addLayout(self.buttonsLayout)

        self.messageLabel = QLabel(ProductsAdmin)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.detailsColumn.addWidget(self.messageLabel)

        self.detailsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailsColumn.addItem(self.detailsSpacer)


        self.productsLayout.addLayout(self.detailsColumn)

        self.productsLayout.setStretch(0, 3)
        self.productsLayout.setStretch(1, 2)
#if QT_CONFIG(shortcut)
        self.gtinLabel.setBuddy(self.gtinEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.agentLabel.setBuddy(self.agentCombo)
        self.concentrationLabel.setBuddy(self.concentrationEdit)
        self.packageLabel.setBuddy(self.packageEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.catheterTypeLabel.setBuddy(self.catheterTypeCombo)
        self.balloonLabel.setBuddy(self.balloonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.gtinEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.agentCombo)
        QWidget.setTabOrder(self.agentCombo, self.concentrationEdit)
        QWidget.setTabOrder(self.concentrationEdit, self.packageEdit)
        QWidget.setTabOrder(self.packageEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.catheterTypeCombo)
        QWidget.setTabOrder(self.catheterTypeCombo, self.balloonEdit)
        QWidget.setTabOrder(self.balloonEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.newButton)
        QWidget.setTabOrder(self.newButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.productsView)

        self.retranslateUi(ProductsAdmin)

        QMetaObject.connectSlotsByName(ProductsAdmin)

        guard_fields(ProductsAdmin)
    # setupUi

    def retranslateUi(self, ProductsAdmin):
        ProductsAdmin.setWindowTitle(QCoreApplication.translate("ProductsAdmin", u"Products", None))
        self.listHint.setText(QCoreApplication.translate("ProductsAdmin", u"Contrast agents and catheters by their GTIN: a scanned label fills the procedure record from here.", None))
        self.detailsGroup.setTitle(QCoreApplication.translate("ProductsAdmin", u"New product", None))
        self.gtinLabel.setText(QCoreApplication.translate("ProductsAdmin", u"&GTIN", None))
        self.gtinEdit.setPlaceholderText(QCoreApplication.translate("ProductsAdmin", u"14 digits, or scan the label", None))
        self.gtinError.setProperty(u"role", QCoreApplication.translate("ProductsAdmin", u"error", None))
        self.kindLabel.setText(QCoreApplication.translate("ProductsAdmin", u"&Kind", None))
        self.kindError.setProperty(u"role", QCoreApplication.translate("ProductsAdmin", u"error", None))
        self.agentLabel.setText(QCoreApplication.translate("ProductsAdmin", u"Contrast &agent", None))
        self.agentError.setProperty(u"role", QCoreApplication.translate("ProductsAdmin", u"error", None))
        self.concentrationLabel.setText(QCoreApplication.translate("ProductsAdmin", u"&Strength", None))
        self.concentrationEdit.setPlaceholderText(QCoreApplication.translate("ProductsAdmin", u"300 mgI/mL", None))
        self.concentrationError.setProperty(u"role", QCoreApplication.translate("ProductsAdmin", u"error", None))
        self.packageLabel.setText(QCoreApplication.translate("ProductsAdmin", u"&Pack", None))
        self.packageEdit.setPlaceholderText(QCoreApplication.translate("ProductsAdmin", u"50 mL", None))
        self.packageError.setProperty(u"role", QCoreApplication.translate("ProductsAdmin", u"error", None))
        self.nameLabel.setText(QCoreApplication.translate("ProductsAdmin", u"Catheter &name", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ProductsAdmin", u"HSG balloon catheter 5 Fr", None))
        self.nameError.setProperty(u"role", QCoreApplication.translate("ProductsAdmin", u"error", None))
        self.catheterTypeLabel.setText(QCoreApplication.translate("ProductsAdmin", u"Catheter &type", None))
        self.catheterTypeError.setProperty(u"role", QCoreApplication.translate("ProductsAdmin", u"error", None))
        self.balloonLabel.setText(QCoreApplication.translate("ProductsAdmin", u"&Balloon", None))
        self.balloonEdit.setPlaceholderText(QCoreApplication.translate("ProductsAdmin", u"1.5 mL, latex-free", None))
        self.balloonError.setProperty(u"role", QCoreApplication.translate("ProductsAdmin", u"error", None))
        self.newButton.setText(QCoreApplication.translate("ProductsAdmin", u"&New", None))
        self.saveButton.setText(QCoreApplication.translate("ProductsAdmin", u"A&dd product", None))
        self.removeButton.setText(QCoreApplication.translate("ProductsAdmin", u"&Remove\u2026", None))
    # retranslateUi

