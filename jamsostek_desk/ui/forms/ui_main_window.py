# Generated from forms/main_window.ui by jamsostek_desk.ui.compile_forms: do not edit.
# source-sha256: b2af5ca15aac0143ea7247ac4402843d28f2fdd2c1fc9c24fa2354d0e642cbea
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
        MainWindow.resize(1240, 680)
        self.actionKeluar = QAction(MainWindow)
        self.actionKeluar.setObjectName(u"actionKeluar")
        self.actionBackup = QAction(MainWindow)
        self.actionBackup.setObjectName(u"actionBackup")
        self.actionImpor = QAction(MainWindow)
        self.actionImpor.setObjectName(u"actionImpor")
        self.actionBpjsExport = QAction(MainWindow)
        self.actionBpjsExport.setObjectName(u"actionBpjsExport")
        self.actionBpjsImport = QAction(MainWindow)
        self.actionBpjsImport.setObjectName(u"actionBpjsImport")
        self.actionRestore = QAction(MainWindow)
        self.actionRestore.setObjectName(u"actionRestore")
        self.actionPanduan = QAction(MainWindow)
        self.actionPanduan.setObjectName(u"actionPanduan")
        self.actionPintasan = QAction(MainWindow)
        self.actionPintasan.setObjectName(u"actionPintasan")
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
        self.menuBerkas.addAction(self.actionImpor)
        self.menuBerkas.addSeparator()
        self.menuBerkas.addAction(self.actionBpjsExport)
        self.menuBerkas.addAction(self.actionBpjsImport)
        self.menuBerkas.addSeparator()
        self.menuBerkas.addAction(self.actionBackup)
        self.menuBerkas.addAction(self.actionRestore)
        self.menuBerkas.addSeparator()
        self.menuBerkas.addAction(self.actionKeluar)
        self.menuBantuan.addAction(self.actionPanduan)
        self.menuBantuan.addAction(self.actionPintasan)
        self.menuBantuan.addSeparator()
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
        self.actionImpor.setText(QCoreApplication.translate("MainWindow", u"&Impor daftar peserta dari Excel\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionImpor.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+I", None))
#endif // QT_CONFIG(shortcut)
        self.actionBpjsExport.setText(QCoreApplication.translate("MainWindow", u"Ekspor daftar pendaftaran &BPJS\u2026", None))
        self.actionBpjsImport.setText(QCoreApplication.translate("MainWindow", u"Impor daftar &hasil BPJS\u2026", None))
        self.actionRestore.setText(QCoreApplication.translate("MainWindow", u"&Pulihkan dari cadangan\u2026", None))
        self.actionPanduan.setText(QCoreApplication.translate("MainWindow", u"&Panduan singkat", None))
#if QT_CONFIG(shortcut)
        self.actionPanduan.setShortcut(QCoreApplication.translate("MainWindow", u"F1", None))
#endif // QT_CONFIG(shortcut)
        self.actionPintasan.setText(QCoreApplication.translate("MainWindow", u"Daftar &pintasan keyboard", None))
        self.actionTentang.setText(QCoreApplication.translate("MainWindow", u"&Tentang Jamsostek Desk", None))
        self.brandLabel.setText(QCoreApplication.translate("MainWindow", u"Jamsostek Desk", None))
        self.officeLabel.setText("")
        self.operatorLabel.setText("")
        self.menuBerkas.setTitle(QCoreApplication.translate("MainWindow", u"&Berkas", None))
        self.menuBantuan.setTitle(QCoreApplication.translate("MainWindow", u"Ba&ntuan", None))
    # retranslateUi

