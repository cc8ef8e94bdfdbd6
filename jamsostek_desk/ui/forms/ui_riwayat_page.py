# Generated from forms/riwayat_page.ui by jamsostek_desk.ui.compile_forms: do not edit.
# source-sha256: 8a8b128677a6002065637fb14c9cf9a7da95140a0b127c414798da571b2249f5
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'riwayat_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_RiwayatPage(object):
    def setupUi(self, RiwayatPage):
        if not RiwayatPage.objectName():
            RiwayatPage.setObjectName(u"RiwayatPage")
        RiwayatPage.resize(1000, 600)
        self.pageLayout = QVBoxLayout(RiwayatPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 14, 16, 10)
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.titleLabel = QLabel(RiwayatPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleRow.addWidget(self.titleLabel)

        self.tSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleRow.addItem(self.tSpacer)

        self.exportButton = QPushButton(RiwayatPage)
        self.exportButton.setObjectName(u"exportButton")

        self.titleRow.addWidget(self.exportButton)


        self.pageLayout.addLayout(self.titleRow)

        self.introLabel = QLabel(RiwayatPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.operatorCaption = QLabel(RiwayatPage)
        self.operatorCaption.setObjectName(u"operatorCaption")

        self.filterRow.addWidget(self.operatorCaption)

        self.operatorCombo = QComboBox(RiwayatPage)
        self.operatorCombo.setObjectName(u"operatorCombo")
        self.operatorCombo.setMinimumContentsLength(14)

        self.filterRow.addWidget(self.operatorCombo)

        self.aksiCaption = QLabel(RiwayatPage)
        self.aksiCaption.setObjectName(u"aksiCaption")

        self.filterRow.addWidget(self.aksiCaption)

        self.aksiCombo = QComboBox(RiwayatPage)
        self.aksiCombo.setObjectName(u"aksiCombo")
        self.aksiCombo.setMinimumContentsLength(18)

        self.filterRow.addWidget(self.aksiCombo)

        self.sinceCaption = QLabel(RiwayatPage)
        self.sinceCaption.setObjectName(u"sinceCaption")

        self.filterRow.addWidget(self.sinceCaption)

        self.sinceEdit = QDateEdit(RiwayatPage)
        self.sinceEdit.setObjectName(u"sinceEdit")
        self.sinceEdit.setCalendarPopup(True)

        self.filterRow.addWidget(self.sinceEdit)

        self.untilCaption = QLabel(RiwayatPage)
        self.untilCaption.setObjectName(u"untilCaption")

        self.filterRow.addWidget(self.untilCaption)

        self.untilEdit = QDateEdit(RiwayatPage)
        self.untilEdit.setObjectName(u"untilEdit")
        self.untilEdit.setCalendarPopup(True)

        self.filterRow.addWidget(self.untilEdit)

        self.personEdit = QLineEdit(RiwayatPage)
        self.personEdit.setObjectName(u"personEdit")
        self.personEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.personEdit)


        self.pageLayout.addLayout(self.filterRow)

        self.table = QTableWidget(RiwayatPage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)

        self.pageLayout.addWidget(self.table)

        self.countLabel = QLabel(RiwayatPage)
        self.countLabel.setObjectName(u"countLabel")

        self.pageLayout.addWidget(self.countLabel)


        self.retranslateUi(RiwayatPage)

        QMetaObject.connectSlotsByName(RiwayatPage)
    # setupUi

    def retranslateUi(self, RiwayatPage):
        self.titleLabel.setText(QCoreApplication.translate("RiwayatPage", u"Riwayat", None))
        self.exportButton.setText(QCoreApplication.translate("RiwayatPage", u"Ekspor Excel\u2026", None))
        self.introLabel.setText(QCoreApplication.translate("RiwayatPage", u"Siapa melakukan apa dan kapan: ekspor, cetak, sinkronisasi, pemeriksaan kode QR, masuk dan keluar, perubahan data. Riwayat tidak bisa diubah atau dihapus.", None))
        self.operatorCaption.setText(QCoreApplication.translate("RiwayatPage", u"Operator", None))
        self.aksiCaption.setText(QCoreApplication.translate("RiwayatPage", u"Tindakan", None))
        self.sinceCaption.setText(QCoreApplication.translate("RiwayatPage", u"Dari", None))
        self.sinceEdit.setDisplayFormat(QCoreApplication.translate("RiwayatPage", u"dd-MM-yyyy", None))
        self.untilCaption.setText(QCoreApplication.translate("RiwayatPage", u"sampai", None))
        self.untilEdit.setDisplayFormat(QCoreApplication.translate("RiwayatPage", u"dd-MM-yyyy", None))
        self.personEdit.setPlaceholderText(QCoreApplication.translate("RiwayatPage", u"peserta: NIK atau nama", None))
        self.countLabel.setText("")
        pass
    # retranslateUi

