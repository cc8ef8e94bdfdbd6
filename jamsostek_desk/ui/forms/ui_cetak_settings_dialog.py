# Generated from forms/cetak_settings_dialog.ui by jamsostek_desk.ui.compile_forms: do not edit.
# source-sha256: f82670dd3edb00b3b1c750cbf4510a4a51b418c4322e0257555c91c273bf7820
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cetak_settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_CetakSettingsDialog(object):
    def setupUi(self, CetakSettingsDialog):
        if not CetakSettingsDialog.objectName():
            CetakSettingsDialog.setObjectName(u"CetakSettingsDialog")
        CetakSettingsDialog.resize(720, 620)
        self.dialogLayout = QVBoxLayout(CetakSettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.polaCaption = QLabel(CetakSettingsDialog)
        self.polaCaption.setObjectName(u"polaCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.polaCaption)

        self.polaEdit = QLineEdit(CetakSettingsDialog)
        self.polaEdit.setObjectName(u"polaEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.polaEdit)

        self.kodeCaption = QLabel(CetakSettingsDialog)
        self.kodeCaption.setObjectName(u"kodeCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kodeCaption)

        self.kodeEdit = QLineEdit(CetakSettingsDialog)
        self.kodeEdit.setObjectName(u"kodeEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kodeEdit)

        self.contohCaption = QLabel(CetakSettingsDialog)
        self.contohCaption.setObjectName(u"contohCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contohCaption)

        self.contohLabel = QLabel(CetakSettingsDialog)
        self.contohLabel.setObjectName(u"contohLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contohLabel)

        self.kotaCaption = QLabel(CetakSettingsDialog)
        self.kotaCaption.setObjectName(u"kotaCaption")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kotaCaption)

        self.kotaEdit = QLineEdit(CetakSettingsDialog)
        self.kotaEdit.setObjectName(u"kotaEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kotaEdit)

        self.judulCaption = QLabel(CetakSettingsDialog)
        self.judulCaption.setObjectName(u"judulCaption")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.judulCaption)

        self.judulRow = QHBoxLayout()
        self.judulRow.setObjectName(u"judulRow")
        self.judulKartuEdit = QLineEdit(CetakSettingsDialog)
        self.judulKartuEdit.setObjectName(u"judulKartuEdit")

        self.judulRow.addWidget(self.judulKartuEdit)

        self.judulEdit = QLineEdit(CetakSettingsDialog)
        self.judulEdit.setObjectName(u"judulEdit")

        self.judulRow.addWidget(self.judulEdit)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.judulRow)

        self.meteraiCheck = QCheckBox(CetakSettingsDialog)
        self.meteraiCheck.setObjectName(u"meteraiCheck")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.meteraiCheck)

        self.logoCaption = QLabel(CetakSettingsDialog)
        self.logoCaption.setObjectName(u"logoCaption")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.logoCaption)

        self.logoRow = QHBoxLayout()
        self.logoRow.setObjectName(u"logoRow")
        self.logoEdit = QLineEdit(CetakSettingsDialog)
        self.logoEdit.setObjectName(u"logoEdit")

        self.logoRow.addWidget(self.logoEdit)

        self.logoButton = QPushButton(CetakSettingsDialog)
        self.logoButton.setObjectName(u"logoButton")

        self.logoRow.addWidget(self.logoButton)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.logoRow)


        self.dialogLayout.addLayout(self.formLayout)

        self.ttdLabel = QLabel(CetakSettingsDialog)
        self.ttdLabel.setObjectName(u"ttdLabel")
        self.ttdLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.ttdLabel)

        self.ttdTable = QTableWidget(CetakSettingsDialog)
        self.ttdTable.setObjectName(u"ttdTable")

        self.dialogLayout.addWidget(self.ttdTable)

        self.saksiLabel = QLabel(CetakSettingsDialog)
        self.saksiLabel.setObjectName(u"saksiLabel")

        self.dialogLayout.addWidget(self.saksiLabel)

        self.saksiTable = QTableWidget(CetakSettingsDialog)
        self.saksiTable.setObjectName(u"saksiTable")

        self.dialogLayout.addWidget(self.saksiTable)

        self.errorLabel = QLabel(CetakSettingsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CetakSettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.polaCaption.setBuddy(self.polaEdit)
        self.kodeCaption.setBuddy(self.kodeEdit)
        self.kotaCaption.setBuddy(self.kotaEdit)
        self.judulCaption.setBuddy(self.judulEdit)
        self.logoCaption.setBuddy(self.logoEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CetakSettingsDialog)

        QMetaObject.connectSlotsByName(CetakSettingsDialog)
    # setupUi

    def retranslateUi(self, CetakSettingsDialog):
        CetakSettingsDialog.setWindowTitle(QCoreApplication.translate("CetakSettingsDialog", u"Pengaturan cetak surat dan kartu", None))
        self.polaCaption.setText(QCoreApplication.translate("CetakSettingsDialog", u"&Pola nomor surat", None))
#if QT_CONFIG(tooltip)
        self.polaEdit.setToolTip(QCoreApplication.translate("CetakSettingsDialog", u"{nomor} nomor urut, {kode}, {bulan_romawi} (I\u2013XII), {bulan} (01\u201312), {tahun}", None))
#endif // QT_CONFIG(tooltip)
        self.kodeCaption.setText(QCoreApplication.translate("CetakSettingsDialog", u"&Kode surat", None))
        self.contohCaption.setText(QCoreApplication.translate("CetakSettingsDialog", u"Contoh nomor", None))
        self.contohLabel.setText("")
        self.kotaCaption.setText(QCoreApplication.translate("CetakSettingsDialog", u"Ko&ta penandatanganan", None))
        self.kotaEdit.setPlaceholderText(QCoreApplication.translate("CetakSettingsDialog", u"mis. Martapura", None))
        self.judulCaption.setText(QCoreApplication.translate("CetakSettingsDialog", u"&Judul program di kartu", None))
        self.judulKartuEdit.setPlaceholderText(QCoreApplication.translate("CetakSettingsDialog", u"judul kartu", None))
#if QT_CONFIG(tooltip)
        self.judulKartuEdit.setToolTip(QCoreApplication.translate("CetakSettingsDialog", u"Baris pertama kartu, mis. KARTU KEPESERTAAN JAMSOSTEK", None))
#endif // QT_CONFIG(tooltip)
        self.judulEdit.setPlaceholderText(QCoreApplication.translate("CetakSettingsDialog", u"nama program, mis. Perjaka HSS Semangat", None))
        self.meteraiCheck.setText(QCoreApplication.translate("CetakSettingsDialog", u"Kotak &meterai di samping tanda tangan penerima bila jumlahnya di atas batas bea meterai", None))
        self.logoCaption.setText(QCoreApplication.translate("CetakSettingsDialog", u"&Logo kop surat", None))
        self.logoEdit.setPlaceholderText(QCoreApplication.translate("CetakSettingsDialog", u"tanpa logo", None))
        self.logoButton.setText(QCoreApplication.translate("CetakSettingsDialog", u"Pilih\u2026", None))
        self.ttdLabel.setText(QCoreApplication.translate("CetakSettingsDialog", u"<b>Penanda tangan</b> (baris pertama = PIHAK PERTAMA yang menyerahkan, mis. Kepala Kantor Cabang BPJS Ketenagakerjaan; berikutnya \"Mengetahui\", mis. Bupati, Kepala Dinas; kosong: kepala kantor dari Pengaturan yang menandatangani. Dalam acara, pejabat acara yang menyerahkan dan \"Mengetahui\" diatur di halaman Acara)", None))
        self.saksiLabel.setText(QCoreApplication.translate("CetakSettingsDialog", u"<b>Saksi</b>", None))
        self.errorLabel.setText("")
    # retranslateUi

