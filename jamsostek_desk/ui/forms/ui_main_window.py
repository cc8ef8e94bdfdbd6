# Generated from forms/main_window.ui by jamsostek_desk.ui.compile_forms: do not edit.
# source-sha256: 5ac8ddd3b203511edcf72e25c40fa3c3cb5dfce2f969454d25db07b246e6d002
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QMainWindow, QMenu,
    QMenuBar, QSizePolicy, QStackedWidget, QStatusBar,
    QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 780)
        self.actionKeluar = QAction(MainWindow)
        self.actionKeluar.setObjectName(u"actionKeluar")
        self.actionBackup = QAction(MainWindow)
        self.actionBackup.setObjectName(u"actionBackup")
        self.actionTentang = QAction(MainWindow)
        self.actionTentang.setObjectName(u"actionTentang")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QHBoxLayout(self.centralwidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.sidebar = QFrame(self.centralwidget)
        self.sidebar.setObjectName(u"sidebar")
        self.sidebar.setMinimumSize(QSize(210, 0))
        self.sidebar.setMaximumSize(QSize(210, 16777215))
        self.sidebarLayout = QVBoxLayout(self.sidebar)
        self.sidebarLayout.setSpacing(6)
        self.sidebarLayout.setObjectName(u"sidebarLayout")
        self.sidebarLayout.setContentsMargins(0, 0, 0, 8)
        self.brandLabel = QLabel(self.sidebar)
        self.brandLabel.setObjectName(u"brandLabel")

        self.sidebarLayout.addWidget(self.brandLabel)

        self.officeLabel = QLabel(self.sidebar)
        self.officeLabel.setObjectName(u"officeLabel")
        self.officeLabel.setWordWrap(True)

        self.sidebarLayout.addWidget(self.officeLabel)

        self.navList = QListWidget(self.sidebar)
        self.navList.setObjectName(u"navList")
        self.navList.setFrameShape(QFrame.NoFrame)
        self.navList.setIconSize(QSize(20, 20))

        self.sidebarLayout.addWidget(self.navList)

        self.operatorLabel = QLabel(self.sidebar)
        self.operatorLabel.setObjectName(u"operatorLabel")
        self.operatorLabel.setWordWrap(True)

        self.sidebarLayout.addWidget(self.operatorLabel)


        self.centralLayout.addWidget(self.sidebar)

        self.pages = QStackedWidget(self.centralwidget)
        self.pages.setObjectName(u"pages")

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuBerkas = QMenu(self.menubar)
        self.menuBerkas.setObjectName(u"menuBerkas")
        self.menuBantuan = QMenu(self.menubar)
        self.menuBantuan.setObjectName(u"menuBantuan")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuBerkas.menuAction())
        self.menubar.addAction(self.menuBantuan.menuAction())
        self.menuBerkas.addAction(self.actionBackup)
        self.menuBerkas.addSeparator()
        self.menuBerkas.addAction(self.actionKeluar)
        self.menuBantuan.addAction(self.actionTentang)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Jamsostek Desk", None))
        self.actionKeluar.setText(QCoreApplication.translate("MainWindow", u"&Keluar", None))
#if QT_CONFIG(shortcut)
        self.actionKeluar.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionBackup.setText(QCoreApplication.translate("MainWindow", u"Buat &cadangan database sekarang", None))
        self.actionTentang.setText(QCoreApplication.translate("MainWindow", u"&Tentang Jamsostek Desk", None))
        self.brandLabel.setText(QCoreApplication.translate("MainWindow", u"Jamsostek Desk", None))
        self.officeLabel.setText("")
        self.operatorLabel.setText("")
        self.menuBerkas.setTitle(QCoreApplication.translate("MainWindow", u"&Berkas", None))
        self.menuBantuan.setTitle(QCoreApplication.translate("MainWindow", u"Ba&ntuan", None))
    # retranslateUi

