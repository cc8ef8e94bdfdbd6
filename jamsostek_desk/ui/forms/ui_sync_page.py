# Generated from forms/sync_page.ui by jamsostek_desk.ui.compile_forms: do not edit.
# source-sha256: 79e66b27b1e55670f08ae1597cacb1c5c41df0508e25b929cebcf60402dfd553
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_SyncPage(object):
    def setupUi(self, SyncPage):
        if not SyncPage.objectName():
            SyncPage.setObjectName(u"SyncPage")
        SyncPage.resize(1000, 720)
        self.pageLayout = QVBoxLayout(SyncPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 14, 16, -1)
        self.titleLabel = QLabel(SyncPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(SyncPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.fileGroup = QGroupBox(SyncPage)
        self.fileGroup.setObjectName(u"fileGroup")
        self.fileLayout = QGridLayout(self.fileGroup)
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileLabel = QLabel(self.fileGroup)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileLayout.addWidget(self.fileLabel, 0, 0, 1, 1)

        self.fileEdit = QLineEdit(self.fileGroup)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileLayout.addWidget(self.fileEdit, 0, 1, 1, 1)

        self.browseButton = QPushButton(self.fileGroup)
        self.browseButton.setObjectName(u"browseButton")

        self.fileLayout.addWidget(self.browseButton, 0, 2, 1, 1)

        self.passLabel = QLabel(self.fileGroup)
        self.passLabel.setObjectName(u"passLabel")

        self.fileLayout.addWidget(self.passLabel, 1, 0, 1, 1)

        self.passEdit = QLineEdit(self.fileGroup)
        self.passEdit.setObjectName(u"passEdit")
        self.passEdit.setEchoMode(QLineEdit.Password)

        self.fileLayout.addWidget(self.passEdit, 1, 1, 1, 1)

        self.syncButton = QPushButton(self.fileGroup)
        self.syncButton.setObjectName(u"syncButton")

        self.fileLayout.addWidget(self.syncButton, 1, 2, 1, 1)

        self.pendingLabel = QLabel(self.fileGroup)
        self.pendingLabel.setObjectName(u"pendingLabel")
        self.pendingLabel.setWordWrap(True)

        self.fileLayout.addWidget(self.pendingLabel, 2, 0, 1, 3)


        self.pageLayout.addWidget(self.fileGroup)

        self.statusRow = QHBoxLayout()
        self.statusRow.setObjectName(u"statusRow")
        self.historyGroup = QGroupBox(SyncPage)
        self.historyGroup.setObjectName(u"historyGroup")
        self.historyLayout = QVBoxLayout(self.historyGroup)
        self.historyLayout.setObjectName(u"historyLayout")
        self.filesTable = QTableWidget(self.historyGroup)
        self.filesTable.setObjectName(u"filesTable")
        self.filesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.filesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.filesTable.setSelectionMode(QAbstractItemView.SingleSelection)

        self.historyLayout.addWidget(self.filesTable)


        self.statusRow.addWidget(self.historyGroup)

        self.incomingGroup = QGroupBox(SyncPage)
        self.incomingGroup.setObjectName(u"incomingGroup")
        self.incomingLayout = QVBoxLayout(self.incomingGroup)
        self.incomingLayout.setObjectName(u"incomingLayout")
        self.incomingLabel = QLabel(self.incomingGroup)
        self.incomingLabel.setObjectName(u"incomingLabel")
        self.incomingLabel.setWordWrap(True)
        self.incomingLabel.setAlignment(Qt.AlignLeading|Qt.AlignTop)

        self.incomingLayout.addWidget(self.incomingLabel)


        self.statusRow.addWidget(self.incomingGroup)


        self.pageLayout.addLayout(self.statusRow)

        self.bottomTabs = QTabWidget(SyncPage)
        self.bottomTabs.setObjectName(u"bottomTabs")
        self.decideTab = QWidget()
        self.decideTab.setObjectName(u"decideTab")
        self.decideTabLayout = QVBoxLayout(self.decideTab)
        self.decideTabLayout.setObjectName(u"decideTabLayout")
        self.decideTabLayout.setContentsMargins(0, 0, 0, 0)
        self.decideGroup = QGroupBox(self.decideTab)
        self.decideGroup.setObjectName(u"decideGroup")
        self.decideLayout = QHBoxLayout(self.decideGroup)
        self.decideLayout.setObjectName(u"decideLayout")
        self.itemsList = QListWidget(self.decideGroup)
        self.itemsList.setObjectName(u"itemsList")
        self.itemsList.setMaximumWidth(330)

        self.decideLayout.addWidget(self.itemsList)

        self.fieldsLayout = QVBoxLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.itemLabel = QLabel(self.decideGroup)
        self.itemLabel.setObjectName(u"itemLabel")
        self.itemLabel.setWordWrap(True)

        self.fieldsLayout.addWidget(self.itemLabel)

        self.fieldsTable = QTableWidget(self.decideGroup)
        self.fieldsTable.setObjectName(u"fieldsTable")
        self.fieldsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.fieldsLayout.addWidget(self.fieldsTable)

        self.resolveRow = QHBoxLayout()
        self.resolveRow.setObjectName(u"resolveRow")
        self.resolveAllButton = QPushButton(self.decideGroup)
        self.resolveAllButton.setObjectName(u"resolveAllButton")
        self.resolveAllButton.setEnabled(False)

        self.resolveRow.addWidget(self.resolveAllButton)

        self.resolveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.resolveRow.addItem(self.resolveSpacer)

        self.resolveButton = QPushButton(self.decideGroup)
        self.resolveButton.setObjectName(u"resolveButton")
        self.resolveButton.setEnabled(False)

        self.resolveRow.addWidget(self.resolveButton)


        self.fieldsLayout.addLayout(self.resolveRow)


        self.decideLayout.addLayout(self.fieldsLayout)


        self.decideTabLayout.addWidget(self.decideGroup)

        self.bottomTabs.addTab(self.decideTab, "")
        self.rejectedTab = QWidget()
        self.rejectedTab.setObjectName(u"rejectedTab")
        self.rejectedLayout = QVBoxLayout(self.rejectedTab)
        self.rejectedLayout.setObjectName(u"rejectedLayout")
        self.rejectedLabel = QLabel(self.rejectedTab)
        self.rejectedLabel.setObjectName(u"rejectedLabel")
        self.rejectedLabel.setWordWrap(True)

        self.rejectedLayout.addWidget(self.rejectedLabel)

        self.rejectedTable = QTableWidget(self.rejectedTab)
        self.rejectedTable.setObjectName(u"rejectedTable")
        self.rejectedTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.rejectedTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.rejectedTable.setWordWrap(True)

        self.rejectedLayout.addWidget(self.rejectedTable)

        self.bottomTabs.addTab(self.rejectedTab, "")
        self.officesTab = QWidget()
        self.officesTab.setObjectName(u"officesTab")
        self.officesLayout = QVBoxLayout(self.officesTab)
        self.officesLayout.setObjectName(u"officesLayout")
        self.officesLabel = QLabel(self.officesTab)
        self.officesLabel.setObjectName(u"officesLabel")
        self.officesLabel.setWordWrap(True)

        self.officesLayout.addWidget(self.officesLabel)

        self.officesTable = QTableWidget(self.officesTab)
        self.officesTable.setObjectName(u"officesTable")
        self.officesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.officesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.officesTable.setSelectionMode(QAbstractItemView.SingleSelection)

        self.officesLayout.addWidget(self.officesTable)

        self.officesRow = QHBoxLayout()
        self.officesRow.setObjectName(u"officesRow")
        self.officesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.officesRow.addItem(self.officesSpacer)

        self.approveButton = QPushButton(self.officesTab)
        self.approveButton.setObjectName(u"approveButton")
        self.approveButton.setEnabled(False)

        self.officesRow.addWidget(self.approveButton)

        self.cosignButton = QPushButton(self.officesTab)
        self.cosignButton.setObjectName(u"cosignButton")
        self.cosignButton.setEnabled(False)

        self.officesRow.addWidget(self.cosignButton)


        self.officesLayout.addLayout(self.officesRow)

        self.bottomTabs.addTab(self.officesTab, "")

        self.pageLayout.addWidget(self.bottomTabs)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
        self.passLabel.setBuddy(self.passEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.passEdit)
        QWidget.setTabOrder(self.passEdit, self.syncButton)
        QWidget.setTabOrder(self.syncButton, self.itemsList)
        QWidget.setTabOrder(self.itemsList, self.fieldsTable)
        QWidget.setTabOrder(self.fieldsTable, self.resolveButton)
        QWidget.setTabOrder(self.resolveButton, self.resolveAllButton)

        self.retranslateUi(SyncPage)

        self.syncButton.setDefault(True)


        QMetaObject.connectSlotsByName(SyncPage)
    # setupUi

    def retranslateUi(self, SyncPage):
        self.titleLabel.setText(QCoreApplication.translate("SyncPage", u"Sinkronisasi", None))
        self.introLabel.setText(QCoreApplication.translate("SyncPage", u"Tukar data dengan kantor lain lewat satu berkas pusat (.jdsync) di flash disk atau folder bersama. Perubahan kantor ini dikirim, perubahan kantor lain di wilayah Anda diterima. Berkas terenkripsi dengan kata sandi dari Dinas.", None))
        self.fileGroup.setTitle(QCoreApplication.translate("SyncPage", u"Berkas pusat", None))
        self.fileLabel.setText(QCoreApplication.translate("SyncPage", u"&Berkas:", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("SyncPage", u"mis. E:\\jamsostek-pusat.jdsync", None))
        self.browseButton.setText(QCoreApplication.translate("SyncPage", u"Pilih berkas\u2026", None))
        self.passLabel.setText(QCoreApplication.translate("SyncPage", u"&Kata sandi:", None))
        self.passEdit.setPlaceholderText(QCoreApplication.translate("SyncPage", u"kata sandi dari Dinas (tidak disimpan)", None))
        self.syncButton.setText(QCoreApplication.translate("SyncPage", u"&Sinkronkan sekarang", None))
        self.pendingLabel.setText("")
        self.historyGroup.setTitle(QCoreApplication.translate("SyncPage", u"Sinkronisasi terakhir per berkas", None))
        self.incomingGroup.setTitle(QCoreApplication.translate("SyncPage", u"Yang masuk pada sinkronisasi terakhir", None))
        self.incomingLabel.setText("")
        self.decideGroup.setTitle(QCoreApplication.translate("SyncPage", u"Perlu keputusan: konflik dan data ganda", None))
        self.itemLabel.setText("")
        self.resolveAllButton.setText(QCoreApplication.translate("SyncPage", u"Selesaikan &semua dengan pilihan bawaan\u2026", None))
#if QT_CONFIG(tooltip)
        self.resolveAllButton.setToolTip(QCoreApplication.translate("SyncPage", u"Konflik: tetap memakai data terbaru. Data ganda: digabung dengan data di kantor ini.", None))
#endif // QT_CONFIG(tooltip)
        self.resolveButton.setText(QCoreApplication.translate("SyncPage", u"Simpan &keputusan", None))
        self.bottomTabs.setTabText(self.bottomTabs.indexOf(self.decideTab), QCoreApplication.translate("SyncPage", u"Perlu keputusan", None))
        self.rejectedLabel.setText("")
        self.bottomTabs.setTabText(self.bottomTabs.indexOf(self.rejectedTab), QCoreApplication.translate("SyncPage", u"Ditolak dari sinkronisasi", None))
        self.officesLabel.setText("")
        self.approveButton.setText(QCoreApplication.translate("SyncPage", u"&Setujui kantor ini\u2026", None))
        self.cosignButton.setText(QCoreApplication.translate("SyncPage", u"&Jadikan penanda tangan\u2026", None))
#if QT_CONFIG(tooltip)
        self.cosignButton.setToolTip(QCoreApplication.translate("SyncPage", u"Kantor kabupaten (mis. Disnakertrans) yang sudah disetujui ikut menandatangani daftar kantor: dapat membuat undangan dan menyetujui kantor. Hanya Dinas PMD pemegang daftar yang dapat menunjuknya.", None))
#endif // QT_CONFIG(tooltip)
        self.bottomTabs.setTabText(self.bottomTabs.indexOf(self.officesTab), QCoreApplication.translate("SyncPage", u"Kantor", None))
        pass
    # retranslateUi

