# Generated from forms/peserta_list_page.ui by jamsostek_desk.ui.compile_forms: do not edit.
# source-sha256: c21cba2090d9833cafdc7b1870e53b34e1016d45bfe7db724b3e420d6e1ec4c3
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'peserta_list_page.ui'
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
    QFrame, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QToolButton, QVBoxLayout, QWidget)

class Ui_PesertaListPage(object):
    def setupUi(self, PesertaListPage):
        if not PesertaListPage.objectName():
            PesertaListPage.setObjectName(u"PesertaListPage")
        PesertaListPage.resize(1000, 700)
        self.pageLayout = QVBoxLayout(PesertaListPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 14, 16, 10)
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.titleLabel = QLabel(PesertaListPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleRow.addWidget(self.titleLabel)

        self.titleSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleRow.addItem(self.titleSpacer)

        self.cardButton = QPushButton(PesertaListPage)
        self.cardButton.setObjectName(u"cardButton")

        self.titleRow.addWidget(self.cardButton)

        self.exportButton = QPushButton(PesertaListPage)
        self.exportButton.setObjectName(u"exportButton")

        self.titleRow.addWidget(self.exportButton)

        self.importButton = QPushButton(PesertaListPage)
        self.importButton.setObjectName(u"importButton")

        self.titleRow.addWidget(self.importButton)

        self.addButton = QPushButton(PesertaListPage)
        self.addButton.setObjectName(u"addButton")

        self.titleRow.addWidget(self.addButton)


        self.pageLayout.addLayout(self.titleRow)

        self.searchEdit = QLineEdit(PesertaListPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.pageLayout.addWidget(self.searchEdit)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.kecamatanCombo = QComboBox(PesertaListPage)
        self.kecamatanCombo.setObjectName(u"kecamatanCombo")
        self.kecamatanCombo.setMinimumContentsLength(14)

        self.filterRow.addWidget(self.kecamatanCombo)

        self.desaCombo = QComboBox(PesertaListPage)
        self.desaCombo.setObjectName(u"desaCombo")
        self.desaCombo.setMinimumContentsLength(14)

        self.filterRow.addWidget(self.desaCombo)

        self.kategoriCombo = QComboBox(PesertaListPage)
        self.kategoriCombo.setObjectName(u"kategoriCombo")

        self.filterRow.addWidget(self.kategoriCombo)

        self.statusCombo = QComboBox(PesertaListPage)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterRow.addWidget(self.statusCombo)

        self.programCombo = QComboBox(PesertaListPage)
        self.programCombo.setObjectName(u"programCombo")

        self.filterRow.addWidget(self.programCombo)

        self.resetFilterButton = QPushButton(PesertaListPage)
        self.resetFilterButton.setObjectName(u"resetFilterButton")

        self.filterRow.addWidget(self.resetFilterButton)

        self.filterSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)

        self.fullNikCheck = QCheckBox(PesertaListPage)
        self.fullNikCheck.setObjectName(u"fullNikCheck")

        self.filterRow.addWidget(self.fullNikCheck)


        self.pageLayout.addLayout(self.filterRow)

        self.undoBar = QFrame(PesertaListPage)
        self.undoBar.setObjectName(u"undoBar")
        self.undoLayout = QHBoxLayout(self.undoBar)
        self.undoLayout.setObjectName(u"undoLayout")
        self.undoLayout.setContentsMargins(-1, 4, -1, 4)
        self.undoLabel = QLabel(self.undoBar)
        self.undoLabel.setObjectName(u"undoLabel")

        self.undoLayout.addWidget(self.undoLabel)

        self.undoButton = QPushButton(self.undoBar)
        self.undoButton.setObjectName(u"undoButton")

        self.undoLayout.addWidget(self.undoButton)

        self.undoCloseButton = QToolButton(self.undoBar)
        self.undoCloseButton.setObjectName(u"undoCloseButton")

        self.undoLayout.addWidget(self.undoCloseButton)


        self.pageLayout.addWidget(self.undoBar)

        self.tableView = QTableView(PesertaListPage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.tableView.setSortingEnabled(True)
        self.tableView.setWordWrap(False)

        self.pageLayout.addWidget(self.tableView)

        self.countLabel = QLabel(PesertaListPage)
        self.countLabel.setObjectName(u"countLabel")

        self.pageLayout.addWidget(self.countLabel)

        QWidget.setTabOrder(self.searchEdit, self.kecamatanCombo)
        QWidget.setTabOrder(self.kecamatanCombo, self.desaCombo)
        QWidget.setTabOrder(self.desaCombo, self.kategoriCombo)
        QWidget.setTabOrder(self.kategoriCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.programCombo)
        QWidget.setTabOrder(self.programCombo, self.resetFilterButton)
        QWidget.setTabOrder(self.resetFilterButton, self.tableView)
        QWidget.setTabOrder(self.tableView, self.addButton)

        self.retranslateUi(PesertaListPage)

        QMetaObject.connectSlotsByName(PesertaListPage)
    # setupUi

    def retranslateUi(self, PesertaListPage):
        self.titleLabel.setText(QCoreApplication.translate("PesertaListPage", u"Peserta", None))
        self.cardButton.setText(QCoreApplication.translate("PesertaListPage", u"Minta kartu", None))
#if QT_CONFIG(tooltip)
        self.cardButton.setToolTip(QCoreApplication.translate("PesertaListPage", u"Masukkan peserta yang dipilih (atau semua hasil saringan) ke antrean cetak kartu", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("PesertaListPage", u"Ekspor Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("PesertaListPage", u"Simpan daftar peserta yang sedang tampil (sesuai saringan) ke Excel", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("PesertaListPage", u"Impor Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("PesertaListPage", u"Impor daftar peserta dari Excel, ODS atau CSV (Ctrl+I)", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("PesertaListPage", u"+ Tambah Peserta", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("PesertaListPage", u"Daftarkan peserta baru (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("PesertaListPage", u"Cari nama, NIK atau nomor KPJ\u2026  (Ctrl+F)", None))
        self.resetFilterButton.setText(QCoreApplication.translate("PesertaListPage", u"Hapus filter", None))
        self.fullNikCheck.setText(QCoreApplication.translate("PesertaListPage", u"Tampilkan NIK lengkap", None))
        self.undoLabel.setText("")
        self.undoButton.setText(QCoreApplication.translate("PesertaListPage", u"Urungkan (Ctrl+Z)", None))
        self.undoCloseButton.setText(QCoreApplication.translate("PesertaListPage", u"\u2715", None))
        self.countLabel.setText("")
        pass
    # retranslateUi

