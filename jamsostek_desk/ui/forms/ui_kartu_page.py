# Generated from forms/kartu_page.ui by jamsostek_desk.ui.compile_forms: do not edit.
# source-sha256: 3657e84d2f094c767585cd59765e1b3feb0456330329cdfdcaeef5b2d56f6786
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'kartu_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_KartuPage(object):
    def setupUi(self, KartuPage):
        if not KartuPage.objectName():
            KartuPage.setObjectName(u"KartuPage")
        KartuPage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(KartuPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.titleLabel = QLabel(KartuPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleRow.addWidget(self.titleLabel)

        self.titleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleRow.addItem(self.titleSpacer)

        self.verifyButton = QPushButton(KartuPage)
        self.verifyButton.setObjectName(u"verifyButton")

        self.titleRow.addWidget(self.verifyButton)


        self.pageLayout.addLayout(self.titleRow)

        self.helpLabel = QLabel(KartuPage)
        self.helpLabel.setObjectName(u"helpLabel")
        self.helpLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.helpLabel)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.statusCaption = QLabel(KartuPage)
        self.statusCaption.setObjectName(u"statusCaption")

        self.filterRow.addWidget(self.statusCaption)

        self.statusCombo = QComboBox(KartuPage)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterRow.addWidget(self.statusCombo)

        self.kecamatanCaption = QLabel(KartuPage)
        self.kecamatanCaption.setObjectName(u"kecamatanCaption")

        self.filterRow.addWidget(self.kecamatanCaption)

        self.kecamatanCombo = QComboBox(KartuPage)
        self.kecamatanCombo.setObjectName(u"kecamatanCombo")
        self.kecamatanCombo.setMinimumWidth(180)

        self.filterRow.addWidget(self.kecamatanCombo)

        self.searchCaption = QLabel(KartuPage)
        self.searchCaption.setObjectName(u"searchCaption")

        self.filterRow.addWidget(self.searchCaption)

        self.searchEdit = QLineEdit(KartuPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.searchEdit)

        self.countLabel = QLabel(KartuPage)
        self.countLabel.setObjectName(u"countLabel")

        self.filterRow.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.filterRow)

        self.table = QTableWidget(KartuPage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setAlternatingRowColors(True)

        self.pageLayout.addWidget(self.table)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.layoutCaption = QLabel(KartuPage)
        self.layoutCaption.setObjectName(u"layoutCaption")

        self.actionRow.addWidget(self.layoutCaption)

        self.layoutCombo = QComboBox(KartuPage)
        self.layoutCombo.setObjectName(u"layoutCombo")

        self.actionRow.addWidget(self.layoutCombo)

        self.backCheck = QCheckBox(KartuPage)
        self.backCheck.setObjectName(u"backCheck")

        self.actionRow.addWidget(self.backCheck)

        self.fullNikCheck = QCheckBox(KartuPage)
        self.fullNikCheck.setObjectName(u"fullNikCheck")

        self.actionRow.addWidget(self.fullNikCheck)

        self.optionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.optionSpacer)


        self.pageLayout.addLayout(self.actionRow)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.selectAllButton = QPushButton(KartuPage)
        self.selectAllButton.setObjectName(u"selectAllButton")

        self.buttonRow.addWidget(self.selectAllButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.actionSpacer)

        self.cancelButton = QPushButton(KartuPage)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)

        self.handOverButton = QPushButton(KartuPage)
        self.handOverButton.setObjectName(u"handOverButton")

        self.buttonRow.addWidget(self.handOverButton)

        self.printButton = QPushButton(KartuPage)
        self.printButton.setObjectName(u"printButton")

        self.buttonRow.addWidget(self.printButton)


        self.pageLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.statusCaption.setBuddy(self.statusCombo)
        self.kecamatanCaption.setBuddy(self.kecamatanCombo)
        self.searchCaption.setBuddy(self.searchEdit)
        self.layoutCaption.setBuddy(self.layoutCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(KartuPage)

        self.printButton.setDefault(True)


        QMetaObject.connectSlotsByName(KartuPage)
    # setupUi

    def retranslateUi(self, KartuPage):
        self.titleLabel.setText(QCoreApplication.translate("KartuPage", u"<h2>Kartu Peserta</h2>", None))
        self.verifyButton.setText(QCoreApplication.translate("KartuPage", u"&Verifikasi kode QR\u2026", None))
        self.helpLabel.setText(QCoreApplication.translate("KartuPage", u"Antrean kartu: diminta \u2192 dicetak \u2192 diserahkan. Minta kartu dari halaman Peserta (pilih baris, lalu \"Minta kartu\") atau dari Acara.", None))
        self.statusCaption.setText(QCoreApplication.translate("KartuPage", u"&Status", None))
        self.kecamatanCaption.setText(QCoreApplication.translate("KartuPage", u"&Kecamatan", None))
        self.searchCaption.setText(QCoreApplication.translate("KartuPage", u"&Cari", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("KartuPage", u"nama atau NIK", None))
        self.countLabel.setText("")
        self.layoutCaption.setText(QCoreApplication.translate("KartuPage", u"&Tata letak", None))
        self.backCheck.setText(QCoreApplication.translate("KartuPage", u"Sisi &belakang (bolak-balik)", None))
        self.fullNikCheck.setText(QCoreApplication.translate("KartuPage", u"NIK &lengkap", None))
        self.selectAllButton.setText(QCoreApplication.translate("KartuPage", u"Pilih &semua", None))
        self.cancelButton.setText(QCoreApplication.translate("KartuPage", u"Hapus dari a&ntrean", None))
        self.handOverButton.setText(QCoreApplication.translate("KartuPage", u"Tandai &diserahkan\u2026", None))
        self.printButton.setText(QCoreApplication.translate("KartuPage", u"&Pratinjau dan cetak\u2026", None))
        pass
    # retranslateUi

