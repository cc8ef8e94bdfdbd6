# Generated from forms/manfaat_dialog.ui by jamsostek_desk.ui.compile_forms: do not edit.
# source-sha256: ad7aa4f6d65b9b04ecc8be3e6124f81ae960b4d2b6d78256be92412dde759ce0
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'manfaat_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ManfaatDialog(object):
    def setupUi(self, ManfaatDialog):
        if not ManfaatDialog.objectName():
            ManfaatDialog.setObjectName(u"ManfaatDialog")
        ManfaatDialog.resize(860, 690)
        self.dialogLayout = QVBoxLayout(ManfaatDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.cariCaption = QLabel(ManfaatDialog)
        self.cariCaption.setObjectName(u"cariCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.cariCaption)

        self.cariRow = QHBoxLayout()
        self.cariRow.setObjectName(u"cariRow")
        self.cariEdit = QLineEdit(ManfaatDialog)
        self.cariEdit.setObjectName(u"cariEdit")
        self.cariEdit.setClearButtonEnabled(True)
        self.cariEdit.setMinimumWidth(300)

        self.cariRow.addWidget(self.cariEdit)

        self.pesertaLabel = QLabel(ManfaatDialog)
        self.pesertaLabel.setObjectName(u"pesertaLabel")
        self.pesertaLabel.setWordWrap(True)

        self.cariRow.addWidget(self.pesertaLabel)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.cariRow)

        self.hasilList = QListWidget(ManfaatDialog)
        self.hasilList.setObjectName(u"hasilList")
        self.hasilList.setMaximumHeight(96)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.hasilList)

        self.jenisCaption = QLabel(ManfaatDialog)
        self.jenisCaption.setObjectName(u"jenisCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.jenisCaption)

        self.jenisRow = QHBoxLayout()
        self.jenisRow.setObjectName(u"jenisRow")
        self.jenisCombo = QComboBox(ManfaatDialog)
        self.jenisCombo.setObjectName(u"jenisCombo")

        self.jenisRow.addWidget(self.jenisCombo)

        self.tanggalCaption = QLabel(ManfaatDialog)
        self.tanggalCaption.setObjectName(u"tanggalCaption")

        self.jenisRow.addWidget(self.tanggalCaption)

        self.tanggalEdit = QLineEdit(ManfaatDialog)
        self.tanggalEdit.setObjectName(u"tanggalEdit")
        self.tanggalEdit.setMaximumWidth(110)

        self.jenisRow.addWidget(self.tanggalEdit)

        self.statusCaption = QLabel(ManfaatDialog)
        self.statusCaption.setObjectName(u"statusCaption")

        self.jenisRow.addWidget(self.statusCaption)

        self.statusCombo = QComboBox(ManfaatDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.jenisRow.addWidget(self.statusCombo)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.jenisRow)

        self.keteranganCaption = QLabel(ManfaatDialog)
        self.keteranganCaption.setObjectName(u"keteranganCaption")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.keteranganCaption)

        self.keteranganEdit = QLineEdit(ManfaatDialog)
        self.keteranganEdit.setObjectName(u"keteranganEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.keteranganEdit)

        self.upahCaption = QLabel(ManfaatDialog)
        self.upahCaption.setObjectName(u"upahCaption")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.upahCaption)

        self.upahRow = QHBoxLayout()
        self.upahRow.setObjectName(u"upahRow")
        self.upahEdit = QLineEdit(ManfaatDialog)
        self.upahEdit.setObjectName(u"upahEdit")
        self.upahEdit.setMaximumWidth(150)

        self.upahRow.addWidget(self.upahEdit)

        self.anakCaption = QLabel(ManfaatDialog)
        self.anakCaption.setObjectName(u"anakCaption")

        self.upahRow.addWidget(self.anakCaption)

        self.anakEdit = QLineEdit(ManfaatDialog)
        self.anakEdit.setObjectName(u"anakEdit")

        self.upahRow.addWidget(self.anakEdit)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.upahRow)


        self.dialogLayout.addLayout(self.formLayout)

        self.penerimaTitleRow = QHBoxLayout()
        self.penerimaTitleRow.setObjectName(u"penerimaTitleRow")
        self.penerimaLabel = QLabel(ManfaatDialog)
        self.penerimaLabel.setObjectName(u"penerimaLabel")

        self.penerimaTitleRow.addWidget(self.penerimaLabel)

        self.pSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.penerimaTitleRow.addItem(self.pSpacer)

        self.heirsButton = QPushButton(ManfaatDialog)
        self.heirsButton.setObjectName(u"heirsButton")

        self.penerimaTitleRow.addWidget(self.heirsButton)

        self.selfButton = QPushButton(ManfaatDialog)
        self.selfButton.setObjectName(u"selfButton")

        self.penerimaTitleRow.addWidget(self.selfButton)


        self.dialogLayout.addLayout(self.penerimaTitleRow)

        self.penerimaTable = QTableWidget(ManfaatDialog)
        self.penerimaTable.setObjectName(u"penerimaTable")

        self.dialogLayout.addWidget(self.penerimaTable)

        self.komponenTitleRow = QHBoxLayout()
        self.komponenTitleRow.setObjectName(u"komponenTitleRow")
        self.komponenLabel = QLabel(ManfaatDialog)
        self.komponenLabel.setObjectName(u"komponenLabel")

        self.komponenTitleRow.addWidget(self.komponenLabel)

        self.kSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.komponenTitleRow.addItem(self.kSpacer)

        self.tableButton = QPushButton(ManfaatDialog)
        self.tableButton.setObjectName(u"tableButton")

        self.komponenTitleRow.addWidget(self.tableButton)


        self.dialogLayout.addLayout(self.komponenTitleRow)

        self.komponenTable = QTableWidget(ManfaatDialog)
        self.komponenTable.setObjectName(u"komponenTable")

        self.dialogLayout.addWidget(self.komponenTable)

        self.ditolakLabel = QLabel(ManfaatDialog)
        self.ditolakLabel.setObjectName(u"ditolakLabel")
        self.ditolakLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.ditolakLabel)

        self.totalLabel = QLabel(ManfaatDialog)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.totalLabel)

        self.bankRow = QHBoxLayout()
        self.bankRow.setObjectName(u"bankRow")
        self.bankNamaEdit = QLineEdit(ManfaatDialog)
        self.bankNamaEdit.setObjectName(u"bankNamaEdit")

        self.bankRow.addWidget(self.bankNamaEdit)

        self.rekeningEdit = QLineEdit(ManfaatDialog)
        self.rekeningEdit.setObjectName(u"rekeningEdit")

        self.bankRow.addWidget(self.rekeningEdit)

        self.atasNamaEdit = QLineEdit(ManfaatDialog)
        self.atasNamaEdit.setObjectName(u"atasNamaEdit")

        self.bankRow.addWidget(self.atasNamaEdit)


        self.dialogLayout.addLayout(self.bankRow)

        self.alasanRow = QHBoxLayout()
        self.alasanRow.setObjectName(u"alasanRow")
        self.alasanCaption = QLabel(ManfaatDialog)
        self.alasanCaption.setObjectName(u"alasanCaption")

        self.alasanRow.addWidget(self.alasanCaption)

        self.alasanEdit = QLineEdit(ManfaatDialog)
        self.alasanEdit.setObjectName(u"alasanEdit")

        self.alasanRow.addWidget(self.alasanEdit)


        self.dialogLayout.addLayout(self.alasanRow)

        self.errorLabel = QLabel(ManfaatDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ManfaatDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.cariCaption.setBuddy(self.cariEdit)
        self.jenisCaption.setBuddy(self.jenisCombo)
        self.tanggalCaption.setBuddy(self.tanggalEdit)
        self.statusCaption.setBuddy(self.statusCombo)
        self.keteranganCaption.setBuddy(self.keteranganEdit)
        self.upahCaption.setBuddy(self.upahEdit)
        self.anakCaption.setBuddy(self.anakEdit)
        self.alasanCaption.setBuddy(self.alasanEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ManfaatDialog)

        QMetaObject.connectSlotsByName(ManfaatDialog)
    # setupUi

    def retranslateUi(self, ManfaatDialog):
        ManfaatDialog.setWindowTitle(QCoreApplication.translate("ManfaatDialog", u"Catat manfaat", None))
        self.cariCaption.setText(QCoreApplication.translate("ManfaatDialog", u"&Peserta", None))
        self.cariEdit.setPlaceholderText(QCoreApplication.translate("ManfaatDialog", u"ketik nama, NIK atau nomor KPJ, lalu pilih dari daftar", None))
        self.pesertaLabel.setText("")
        self.jenisCaption.setText(QCoreApplication.translate("ManfaatDialog", u"&Jenis kasus", None))
        self.tanggalCaption.setText(QCoreApplication.translate("ManfaatDialog", u"&Tanggal kejadian", None))
        self.tanggalEdit.setPlaceholderText(QCoreApplication.translate("ManfaatDialog", u"hh-bb-tttt", None))
        self.statusCaption.setText(QCoreApplication.translate("ManfaatDialog", u"&Status", None))
        self.keteranganCaption.setText(QCoreApplication.translate("ManfaatDialog", u"&Keterangan", None))
        self.keteranganEdit.setPlaceholderText(QCoreApplication.translate("ManfaatDialog", u"mis. sakit, kecelakaan di sawah", None))
        self.upahCaption.setText(QCoreApplication.translate("ManfaatDialog", u"&Upah/bulan (Rp)", None))
        self.upahEdit.setPlaceholderText(QCoreApplication.translate("ManfaatDialog", u"kosong: upah tercatat", None))
        self.anakCaption.setText(QCoreApplication.translate("ManfaatDialog", u"Jenjang sekolah &anak", None))
        self.anakEdit.setPlaceholderText(QCoreApplication.translate("ManfaatDialog", u"satu per anak: tk, sd, smp, sma, kuliah (mis. sd, sma)", None))
        self.penerimaLabel.setText(QCoreApplication.translate("ManfaatDialog", u"<b>Penerima manfaat</b>", None))
        self.heirsButton.setText(QCoreApplication.translate("ManfaatDialog", u"Ambil dari a&hli waris", None))
        self.selfButton.setText(QCoreApplication.translate("ManfaatDialog", u"Peserta &sendiri", None))
        self.komponenLabel.setText(QCoreApplication.translate("ManfaatDialog", u"<b>Rincian manfaat</b>", None))
        self.tableButton.setText(QCoreApplication.translate("ManfaatDialog", u"Hitung dari &aturan", None))
        self.ditolakLabel.setText("")
        self.totalLabel.setText("")
        self.bankNamaEdit.setPlaceholderText(QCoreApplication.translate("ManfaatDialog", u"nama bank (boleh kosong)", None))
        self.rekeningEdit.setPlaceholderText(QCoreApplication.translate("ManfaatDialog", u"nomor rekening", None))
        self.atasNamaEdit.setPlaceholderText(QCoreApplication.translate("ManfaatDialog", u"atas nama", None))
        self.alasanCaption.setText(QCoreApplication.translate("ManfaatDialog", u"Alasan &perubahan manual", None))
        self.alasanEdit.setPlaceholderText(QCoreApplication.translate("ManfaatDialog", u"hanya bila rincian berbeda dari aturan; dicatat di riwayat, tidak dicetak", None))
        self.errorLabel.setText("")
    # retranslateUi

