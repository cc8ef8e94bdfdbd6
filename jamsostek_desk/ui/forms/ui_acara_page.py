# Generated from forms/acara_page.ui by jamsostek_desk.ui.compile_forms: do not edit.
# source-sha256: 89fb67654881c430aca191b600f110dea0ac3e8bd846066628938ddd4cf87f0c
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'acara_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_AcaraPage(object):
    def setupUi(self, AcaraPage):
        if not AcaraPage.objectName():
            AcaraPage.setObjectName(u"AcaraPage")
        AcaraPage.resize(1000, 680)
        self.pageLayout = QVBoxLayout(AcaraPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.titleLabel = QLabel(AcaraPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleRow.addWidget(self.titleLabel)

        self.titleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleRow.addItem(self.titleSpacer)

        self.newButton = QPushButton(AcaraPage)
        self.newButton.setObjectName(u"newButton")

        self.titleRow.addWidget(self.newButton)


        self.pageLayout.addLayout(self.titleRow)

        self.bodyRow = QHBoxLayout()
        self.bodyRow.setObjectName(u"bodyRow")
        self.acaraList = QListWidget(AcaraPage)
        self.acaraList.setObjectName(u"acaraList")
        self.acaraList.setMinimumWidth(260)
        self.acaraList.setMaximumWidth(300)
        self.acaraList.setWordWrap(True)

        self.bodyRow.addWidget(self.acaraList)

        self.detailLayout = QVBoxLayout()
        self.detailLayout.setObjectName(u"detailLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.namaCaption = QLabel(AcaraPage)
        self.namaCaption.setObjectName(u"namaCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.namaCaption)

        self.namaEdit = QLineEdit(AcaraPage)
        self.namaEdit.setObjectName(u"namaEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.namaEdit)

        self.tanggalCaption = QLabel(AcaraPage)
        self.tanggalCaption.setObjectName(u"tanggalCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.tanggalCaption)

        self.tanggalEdit = QLineEdit(AcaraPage)
        self.tanggalEdit.setObjectName(u"tanggalEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.tanggalEdit)

        self.tempatCaption = QLabel(AcaraPage)
        self.tempatCaption.setObjectName(u"tempatCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.tempatCaption)

        self.tempatEdit = QLineEdit(AcaraPage)
        self.tempatEdit.setObjectName(u"tempatEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.tempatEdit)

        self.pejabatCaption = QLabel(AcaraPage)
        self.pejabatCaption.setObjectName(u"pejabatCaption")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pejabatCaption)

        self.pejabatEdit = QLineEdit(AcaraPage)
        self.pejabatEdit.setObjectName(u"pejabatEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.pejabatEdit)

        self.jabatanCaption = QLabel(AcaraPage)
        self.jabatanCaption.setObjectName(u"jabatanCaption")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.jabatanCaption)

        self.jabatanEdit = QLineEdit(AcaraPage)
        self.jabatanEdit.setObjectName(u"jabatanEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.jabatanEdit)

        self.mengetahuiCaption = QLabel(AcaraPage)
        self.mengetahuiCaption.setObjectName(u"mengetahuiCaption")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.mengetahuiCaption)

        self.mengetahuiRow = QHBoxLayout()
        self.mengetahuiRow.setObjectName(u"mengetahuiRow")
        self.mengetahuiEdit = QLineEdit(AcaraPage)
        self.mengetahuiEdit.setObjectName(u"mengetahuiEdit")

        self.mengetahuiRow.addWidget(self.mengetahuiEdit)

        self.mengetahuiJabatanEdit = QLineEdit(AcaraPage)
        self.mengetahuiJabatanEdit.setObjectName(u"mengetahuiJabatanEdit")

        self.mengetahuiRow.addWidget(self.mengetahuiJabatanEdit)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.mengetahuiRow)


        self.detailLayout.addLayout(self.formLayout)

        self.saveRow = QHBoxLayout()
        self.saveRow.setObjectName(u"saveRow")
        self.formMessage = QLabel(AcaraPage)
        self.formMessage.setObjectName(u"formMessage")
        self.formMessage.setWordWrap(True)

        self.saveRow.addWidget(self.formMessage)

        self.saveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveRow.addItem(self.saveSpacer)

        self.saveButton = QPushButton(AcaraPage)
        self.saveButton.setObjectName(u"saveButton")

        self.saveRow.addWidget(self.saveButton)

        self.saveRow.setStretch(0, 1)

        self.detailLayout.addLayout(self.saveRow)

        self.listsRow = QHBoxLayout()
        self.listsRow.setObjectName(u"listsRow")
        self.cardsLayout = QVBoxLayout()
        self.cardsLayout.setObjectName(u"cardsLayout")
        self.cardsLabel = QLabel(AcaraPage)
        self.cardsLabel.setObjectName(u"cardsLabel")
        self.cardsLabel.setWordWrap(True)

        self.cardsLayout.addWidget(self.cardsLabel)

        self.cardsList = QListWidget(AcaraPage)
        self.cardsList.setObjectName(u"cardsList")

        self.cardsLayout.addWidget(self.cardsList)

        self.cardsButtons = QHBoxLayout()
        self.cardsButtons.setObjectName(u"cardsButtons")
        self.cardNikEdit = QLineEdit(AcaraPage)
        self.cardNikEdit.setObjectName(u"cardNikEdit")
        self.cardNikEdit.setMaxLength(16)

        self.cardsButtons.addWidget(self.cardNikEdit)

        self.addSelectedButton = QPushButton(AcaraPage)
        self.addSelectedButton.setObjectName(u"addSelectedButton")

        self.cardsButtons.addWidget(self.addSelectedButton)

        self.removeCardButton = QPushButton(AcaraPage)
        self.removeCardButton.setObjectName(u"removeCardButton")

        self.cardsButtons.addWidget(self.removeCardButton)


        self.cardsLayout.addLayout(self.cardsButtons)


        self.listsRow.addLayout(self.cardsLayout)

        self.benefitLayout = QVBoxLayout()
        self.benefitLayout.setObjectName(u"benefitLayout")
        self.benefitLabel = QLabel(AcaraPage)
        self.benefitLabel.setObjectName(u"benefitLabel")
        self.benefitLabel.setWordWrap(True)

        self.benefitLayout.addWidget(self.benefitLabel)

        self.benefitList = QListWidget(AcaraPage)
        self.benefitList.setObjectName(u"benefitList")

        self.benefitLayout.addWidget(self.benefitList)


        self.listsRow.addLayout(self.benefitLayout)


        self.detailLayout.addLayout(self.listsRow)

        self.packMessage = QLabel(AcaraPage)
        self.packMessage.setObjectName(u"packMessage")
        self.packMessage.setWordWrap(True)

        self.detailLayout.addWidget(self.packMessage)

        self.packRow = QHBoxLayout()
        self.packRow.setObjectName(u"packRow")
        self.packSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.packRow.addItem(self.packSpacer)

        self.packFilesCombo = QComboBox(AcaraPage)
        self.packFilesCombo.setObjectName(u"packFilesCombo")
        self.packFilesCombo.setMinimumWidth(220)

        self.packRow.addWidget(self.packFilesCombo)

        self.previewPackButton = QPushButton(AcaraPage)
        self.previewPackButton.setObjectName(u"previewPackButton")

        self.packRow.addWidget(self.previewPackButton)

        self.savePackButton = QPushButton(AcaraPage)
        self.savePackButton.setObjectName(u"savePackButton")

        self.packRow.addWidget(self.savePackButton)

        self.packButton = QPushButton(AcaraPage)
        self.packButton.setObjectName(u"packButton")

        self.packRow.addWidget(self.packButton)


        self.detailLayout.addLayout(self.packRow)


        self.bodyRow.addLayout(self.detailLayout)


        self.pageLayout.addLayout(self.bodyRow)

#if QT_CONFIG(shortcut)
        self.namaCaption.setBuddy(self.namaEdit)
        self.tanggalCaption.setBuddy(self.tanggalEdit)
        self.tempatCaption.setBuddy(self.tempatEdit)
        self.pejabatCaption.setBuddy(self.pejabatEdit)
        self.jabatanCaption.setBuddy(self.jabatanEdit)
        self.mengetahuiCaption.setBuddy(self.mengetahuiEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AcaraPage)

        self.packButton.setDefault(True)


        QMetaObject.connectSlotsByName(AcaraPage)
    # setupUi

    def retranslateUi(self, AcaraPage):
        self.titleLabel.setText(QCoreApplication.translate("AcaraPage", u"<h2>Acara penyerahan</h2>", None))
        self.newButton.setText(QCoreApplication.translate("AcaraPage", u"Acara &baru", None))
        self.namaCaption.setText(QCoreApplication.translate("AcaraPage", u"&Nama acara", None))
        self.tanggalCaption.setText(QCoreApplication.translate("AcaraPage", u"&Tanggal", None))
        self.tanggalEdit.setPlaceholderText(QCoreApplication.translate("AcaraPage", u"hh-bb-tttt", None))
        self.tempatCaption.setText(QCoreApplication.translate("AcaraPage", u"Tem&pat", None))
        self.pejabatCaption.setText(QCoreApplication.translate("AcaraPage", u"Pe&jabat yang menyerahkan", None))
        self.jabatanCaption.setText(QCoreApplication.translate("AcaraPage", u"J&abatan", None))
        self.jabatanEdit.setPlaceholderText(QCoreApplication.translate("AcaraPage", u"mis. Bupati Banjar", None))
        self.mengetahuiCaption.setText(QCoreApplication.translate("AcaraPage", u"&Mengetahui", None))
        self.mengetahuiEdit.setPlaceholderText(QCoreApplication.translate("AcaraPage", u"nama (kosong: tanpa \"Mengetahui\")", None))
#if QT_CONFIG(tooltip)
        self.mengetahuiEdit.setToolTip(QCoreApplication.translate("AcaraPage", u"Yang menandatangani \"Mengetahui\" di berita acara acara ini, mis. Gubernur bila Bupati yang menyerahkan", None))
#endif // QT_CONFIG(tooltip)
        self.mengetahuiJabatanEdit.setPlaceholderText(QCoreApplication.translate("AcaraPage", u"jabatan", None))
        self.formMessage.setText("")
        self.saveButton.setText(QCoreApplication.translate("AcaraPage", u"&Simpan acara", None))
        self.cardsLabel.setText(QCoreApplication.translate("AcaraPage", u"<b>Penerima kartu simbolis</b> (urut dipanggil ke panggung)", None))
        self.cardNikEdit.setPlaceholderText(QCoreApplication.translate("AcaraPage", u"NIK peserta, Enter", None))
        self.addSelectedButton.setText(QCoreApplication.translate("AcaraPage", u"Dari pilihan di Peserta", None))
        self.removeCardButton.setText(QCoreApplication.translate("AcaraPage", u"Hapus", None))
        self.benefitLabel.setText(QCoreApplication.translate("AcaraPage", u"<b>Penerima manfaat</b> (centang kasus yang diserahkan di acara ini)", None))
        self.packMessage.setText("")
        self.previewPackButton.setText(QCoreApplication.translate("AcaraPage", u"P&ratinjau\u2026", None))
        self.savePackButton.setText(QCoreApplication.translate("AcaraPage", u"Simpan semua ke &folder\u2026", None))
        self.packButton.setText(QCoreApplication.translate("AcaraPage", u"Buat &paket acara\u2026", None))
        pass
    # retranslateUi

