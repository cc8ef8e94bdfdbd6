# Generated from forms/manfaat_page.ui by jamsostek_desk.ui.compile_forms: do not edit.
# source-sha256: ffb58b76d69b10a45f9c62cdf7cc2dfec2748a3e588d576b2adc2257ef70829d
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'manfaat_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ManfaatPage(object):
    def setupUi(self, ManfaatPage):
        if not ManfaatPage.objectName():
            ManfaatPage.setObjectName(u"ManfaatPage")
        ManfaatPage.resize(1000, 680)
        self.pageLayout = QVBoxLayout(ManfaatPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.titleLabel = QLabel(ManfaatPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleRow.addWidget(self.titleLabel)

        self.titleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleRow.addItem(self.titleSpacer)

        self.settingsButton = QPushButton(ManfaatPage)
        self.settingsButton.setObjectName(u"settingsButton")

        self.titleRow.addWidget(self.settingsButton)

        self.addButton = QPushButton(ManfaatPage)
        self.addButton.setObjectName(u"addButton")

        self.titleRow.addWidget(self.addButton)


        self.pageLayout.addLayout(self.titleRow)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.statusCaption = QLabel(ManfaatPage)
        self.statusCaption.setObjectName(u"statusCaption")

        self.filterRow.addWidget(self.statusCaption)

        self.statusCombo = QComboBox(ManfaatPage)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterRow.addWidget(self.statusCombo)

        self.searchCaption = QLabel(ManfaatPage)
        self.searchCaption.setObjectName(u"searchCaption")

        self.filterRow.addWidget(self.searchCaption)

        self.searchEdit = QLineEdit(ManfaatPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.searchEdit)

        self.countLabel = QLabel(ManfaatPage)
        self.countLabel.setObjectName(u"countLabel")

        self.filterRow.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.filterRow)

        self.table = QTableWidget(ManfaatPage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setAlternatingRowColors(True)

        self.pageLayout.addWidget(self.table)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.editButton = QPushButton(ManfaatPage)
        self.editButton.setObjectName(u"editButton")

        self.actionRow.addWidget(self.editButton)

        self.setStatusCaption = QLabel(ManfaatPage)
        self.setStatusCaption.setObjectName(u"setStatusCaption")

        self.actionRow.addWidget(self.setStatusCaption)

        self.setStatusCombo = QComboBox(ManfaatPage)
        self.setStatusCombo.setObjectName(u"setStatusCombo")

        self.actionRow.addWidget(self.setStatusCombo)

        self.setStatusButton = QPushButton(ManfaatPage)
        self.setStatusButton.setObjectName(u"setStatusButton")

        self.actionRow.addWidget(self.setStatusButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)

        self.receiptButton = QPushButton(ManfaatPage)
        self.receiptButton.setObjectName(u"receiptButton")

        self.actionRow.addWidget(self.receiptButton)

        self.letterButton = QPushButton(ManfaatPage)
        self.letterButton.setObjectName(u"letterButton")

        self.actionRow.addWidget(self.letterButton)


        self.pageLayout.addLayout(self.actionRow)

        self.tarifGroup = QGroupBox(ManfaatPage)
        self.tarifGroup.setObjectName(u"tarifGroup")
        self.tarifLayout = QVBoxLayout(self.tarifGroup)
        self.tarifLayout.setObjectName(u"tarifLayout")
        self.tarifTable = QTableWidget(self.tarifGroup)
        self.tarifTable.setObjectName(u"tarifTable")
        self.tarifTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.tarifTable.setMaximumHeight(170)

        self.tarifLayout.addWidget(self.tarifTable)

        self.tarifRow = QHBoxLayout()
        self.tarifRow.setObjectName(u"tarifRow")
        self.tarifHint = QLabel(self.tarifGroup)
        self.tarifHint.setObjectName(u"tarifHint")

        self.tarifRow.addWidget(self.tarifHint)

        self.tarifSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tarifRow.addItem(self.tarifSpacer)

        self.tarifAddButton = QPushButton(self.tarifGroup)
        self.tarifAddButton.setObjectName(u"tarifAddButton")

        self.tarifRow.addWidget(self.tarifAddButton)


        self.tarifLayout.addLayout(self.tarifRow)

        self.tarifMessage = QLabel(self.tarifGroup)
        self.tarifMessage.setObjectName(u"tarifMessage")
        self.tarifMessage.setWordWrap(True)

        self.tarifLayout.addWidget(self.tarifMessage)


        self.pageLayout.addWidget(self.tarifGroup)

#if QT_CONFIG(shortcut)
        self.statusCaption.setBuddy(self.statusCombo)
        self.searchCaption.setBuddy(self.searchEdit)
        self.setStatusCaption.setBuddy(self.setStatusCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ManfaatPage)

        self.letterButton.setDefault(True)


        QMetaObject.connectSlotsByName(ManfaatPage)
    # setupUi

    def retranslateUi(self, ManfaatPage):
        self.titleLabel.setText(QCoreApplication.translate("ManfaatPage", u"<h2>Manfaat (JKK dan JKM)</h2>", None))
        self.settingsButton.setText(QCoreApplication.translate("ManfaatPage", u"Pengaturan ceta&k\u2026", None))
        self.addButton.setText(QCoreApplication.translate("ManfaatPage", u"&Catat manfaat\u2026", None))
        self.statusCaption.setText(QCoreApplication.translate("ManfaatPage", u"&Status", None))
        self.searchCaption.setText(QCoreApplication.translate("ManfaatPage", u"C&ari", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ManfaatPage", u"nama peserta", None))
        self.countLabel.setText("")
        self.editButton.setText(QCoreApplication.translate("ManfaatPage", u"&Ubah\u2026", None))
        self.setStatusCaption.setText(QCoreApplication.translate("ManfaatPage", u"Ubah status &ke", None))
        self.setStatusButton.setText(QCoreApplication.translate("ManfaatPage", u"Simpan status", None))
        self.receiptButton.setText(QCoreApplication.translate("ManfaatPage", u"&Tanda terima\u2026", None))
        self.letterButton.setText(QCoreApplication.translate("ManfaatPage", u"&Berita acara\u2026", None))
        self.tarifGroup.setTitle(QCoreApplication.translate("ManfaatPage", u"Aturan manfaat (menurut tanggal berlaku dan dasar hukum)", None))
        self.tarifHint.setText(QCoreApplication.translate("ManfaatPage", u"Jumlah baru berlaku untuk kasus sejak tanggalnya; kasus lama tetap.", None))
        self.tarifAddButton.setText(QCoreApplication.translate("ManfaatPage", u"Tambah &aturan/komponen\u2026", None))
        self.tarifMessage.setText("")
        pass
    # retranslateUi

