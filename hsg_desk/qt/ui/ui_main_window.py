# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QMenu, QMenuBar, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QStatusBar, QTableView, QToolButton, QVBoxLayout, QWidget

from hsg_desk.qt.wheel_guard import guard_fields

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionFind = QAction(MainWindow)
        self.actionFind.setObjectName(u"actionFind")
        self.actionWorklist = QAction(MainWindow)
        self.actionWorklist.setObjectName(u"actionWorklist")
        self.actionToday = QAction(MainWindow)
        self.actionToday.setObjectName(u"actionToday")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.centralLayout = QVBoxLayout(self.central)
        self.centralLayout.setSpacing(8)
        self.centralLayout.setObjectName(u"centralLayout")
        self.pages = QStackedWidget(self.central)
        self.pages.setObjectName(u"pages")
        self.worklistPage = QWidget()
        self.worklistPage.setObjectName(u"worklistPage")
        self.worklistLayout = QVBoxLayout(self.worklistPage)
        self.worklistLayout.setObjectName(u"worklistLayout")
        self.worklistBar = QHBoxLayout()
        self.worklistBar.setObjectName(u"worklistBar")
        self.worklistTitle = QLabel(self.worklistPage)
        self.worklistTitle.setObjectName(u"worklistTitle")

        self.worklistBar.addWidget(self.worklistTitle)

        self.previousDayButton = QToolButton(self.worklistPage)
        self.previousDayButton.setObjectName(u"previousDayButton")

        self.worklistBar.addWidget(self.previousDayButton)

        self.worklistDate = QDateEdit(self.worklistPage)
        self.worklistDate.setObjectName(u"worklistDate")
        self.worklistDate.setCalendarPopup(True)

        self.worklistBar.addWidget(self.worklistDate)

        self.nextDayButton = QToolButton(self.worklistPage)
        self.nextDayButton.setObjectName(u"nextDayButton")

        self.worklistBar.addWidget(self.nextDayButton)

        self.todayButton = QPushButton(self.worklistPage)
        self.todayButton.setObjectName(u"todayButton")

        self.worklistBar.addWidget(self.todayButton)

        self.barSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.worklistBar.addItem(self.barSpacer)

        self.searchEdit = QLineEdit(self.worklistPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(360, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.worklistBar.addWidget(self.searchEdit)


        self.worklistLayout.addLayout(self.worklistBar)

        self.searchSummary = QLabel(self.worklistPage)
        self.searchSummary.setObjectName(u"searchSummary")

        self.worklistLayout.addWidget(self.searchSummary)

        self.searchResults = QTableView(self.worklistPage)
        self.searchResults.setObjectName(u"searchResults")
        self.searchResults.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.searchResults.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.searchResults.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.searchResults.setAlternatingRowColors(True)

        self.worklistLayout.addWidget(self.searchResults)

        self.worklistView = QTableView(self.worklistPage)
        self.worklistView.setObjectName(u"worklistView")
        self.worklistView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.worklistView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.worklistView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.worklistView.setAlternatingRowColors(True)
        self.worklistView.setSortingEnabled(False)

        self.worklistLayout.addWidget(self.worklistView)

        self.worklistActions = QHBoxLayout()
        self.worklistActions.setObjectName(u"worklistActions")
        self.worklistCount = QLabel(self.worklistPage)
        self.worklistCount.setObjectName(u"worklistCount")

        self.worklistActions.addWidget(self.worklistCount)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.worklistActions.addItem(self.actionsSpacer)

        self.openExamButton = QPushButton(self.worklistPage)
        self.openExamButton.setObjectName(u"openExamButton")

        self.worklistActions.addWidget(self.openExamButton)


        self.worklistLayout.addLayout(self.worklistActions)

        self.pages.addWidget(self.worklistPage)

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.central)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuPatient = QMenu(self.menubar)
        self.menuPatient.setObjectName(u"menuPatient")
        self.menuView = QMenu(self.menubar)
        self.menuView.setObjectName(u"menuView")
        self.menuAdmin = QMenu(self.menubar)
        self.menuAdmin.setObjectName(u"menuAdmin")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuPatient.menuAction())
        self.menubar.addAction(self.menuView.menuAction())
        self.menubar.addAction(self.menuAdmin.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionQuit)
        self.menuPatient.addAction(self.actionFind)
        self.menuView.addAction(self.actionWorklist)
        self.menuView.addAction(self.actionToday)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)

        guard_fields(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"HSG Desk", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionFind.setText(QCoreApplication.translate("MainWindow", u"&Find patient\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionFind.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+F", None))
#endif // QT_CONFIG(shortcut)
        self.actionWorklist.setText(QCoreApplication.translate("MainWindow", u"&Worklist", None))
#if QT_CONFIG(shortcut)
        self.actionWorklist.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+W", None))
#endif // QT_CONFIG(shortcut)
        self.actionToday.setText(QCoreApplication.translate("MainWindow", u"&Today", None))
#if QT_CONFIG(shortcut)
        self.actionToday.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+T", None))
#endif // QT_CONFIG(shortcut)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About HSG Desk", None))
        self.worklistTitle.setText(QCoreApplication.translate("MainWindow", u"Worklist", None))
        self.worklistTitle.setObjectName(QCoreApplication.translate("MainWindow", u"worklistTitle", None))
        self.previousDayButton.setText(QCoreApplication.translate("MainWindow", u"\u25c0", None))
#if QT_CONFIG(tooltip)
        self.previousDayButton.setToolTip(QCoreApplication.translate("MainWindow", u"Previous day (Alt+Left)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.worklistDate.setAccessibleName(QCoreApplication.translate("MainWindow", u"Worklist day", None))
#endif // QT_CONFIG(accessibility)
        self.worklistDate.setDisplayFormat(QCoreApplication.translate("MainWindow", u"ddd MMM d, yyyy", None))
#if QT_CONFIG(tooltip)
        self.worklistDate.setToolTip(QCoreApplication.translate("MainWindow", u"Day shown in the worklist", None))
#endif // QT_CONFIG(tooltip)
        self.nextDayButton.setText(QCoreApplication.translate("MainWindow", u"\u25b6", None))
#if QT_CONFIG(tooltip)
        self.nextDayButton.setToolTip(QCoreApplication.translate("MainWindow", u"Next day (Alt+Right)", None))
#endif // QT_CONFIG(tooltip)
        self.todayButton.setText(QCoreApplication.translate("MainWindow", u"&Today", None))
#if QT_CONFIG(tooltip)
        self.todayButton.setToolTip(QCoreApplication.translate("MainWindow", u"Show today's worklist (Alt+T, or Ctrl+T anywhere)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("MainWindow", u"Find patient", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Find patient: name, MRN or date of birth (Ctrl+F)", None))
        self.searchSummary.setText("")
#if QT_CONFIG(accessibility)
        self.worklistView.setAccessibleName(QCoreApplication.translate("MainWindow", u"Worklist: the day's exams", None))
#endif // QT_CONFIG(accessibility)
        self.worklistCount.setText("")
        self.openExamButton.setText(QCoreApplication.translate("MainWindow", u"&Open exam", None))
#if QT_CONFIG(tooltip)
        self.openExamButton.setToolTip(QCoreApplication.translate("MainWindow", u"Open the selected exam (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuPatient.setTitle(QCoreApplication.translate("MainWindow", u"&Patient", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menuAdmin.setTitle(QCoreApplication.translate("MainWindow", u"&Admin", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

