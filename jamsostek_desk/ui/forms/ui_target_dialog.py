# Generated from forms/target_dialog.ui by jamsostek_desk.ui.compile_forms: do not edit.
# source-sha256: bf67e0a9d4d77f08b4356d5d42fcc7975c7f9dd6f2af313b0cba98ad65518142
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'target_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QDialog,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_TargetDialog(object):
    def setupUi(self, TargetDialog):
        if not TargetDialog.objectName():
            TargetDialog.setObjectName(u"TargetDialog")
        TargetDialog.resize(900, 600)
        self.dialogLayout = QVBoxLayout(TargetDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(TargetDialog)
        self.tabs.setObjectName(u"tabs")
        self.targetTab = QWidget()
        self.targetTab.setObjectName(u"targetTab")
        self.targetLayout = QVBoxLayout(self.targetTab)
        self.targetLayout.setObjectName(u"targetLayout")
        self.targetTable = QTableWidget(self.targetTab)
        self.targetTable.setObjectName(u"targetTable")

        self.targetLayout.addWidget(self.targetTable)

        self.targetBox = QGroupBox(self.targetTab)
        self.targetBox.setObjectName(u"targetBox")
        self.targetGrid = QGridLayout(self.targetBox)
        self.targetGrid.setObjectName(u"targetGrid")
        self.tahunLabel = QLabel(self.targetBox)
        self.tahunLabel.setObjectName(u"tahunLabel")

        self.targetGrid.addWidget(self.tahunLabel, 0, 0, 1, 1)

        self.tahunSpin = QSpinBox(self.targetBox)
        self.tahunSpin.setObjectName(u"tahunSpin")
        self.tahunSpin.setMinimum(2020)
        self.tahunSpin.setMaximum(2100)

        self.targetGrid.addWidget(self.tahunSpin, 0, 1, 1, 1)

        self.kategoriLabel = QLabel(self.targetBox)
        self.kategoriLabel.setObjectName(u"kategoriLabel")

        self.targetGrid.addWidget(self.kategoriLabel, 0, 2, 1, 1)

        self.kategoriCombo = QComboBox(self.targetBox)
        self.kategoriCombo.setObjectName(u"kategoriCombo")

        self.targetGrid.addWidget(self.kategoriCombo, 0, 3, 1, 1)

        self.wilayahLabel = QLabel(self.targetBox)
        self.wilayahLabel.setObjectName(u"wilayahLabel")

        self.targetGrid.addWidget(self.wilayahLabel, 0, 4, 1, 1)

        self.wilayahCombo = QComboBox(self.targetBox)
        self.wilayahCombo.setObjectName(u"wilayahCombo")

        self.targetGrid.addWidget(self.wilayahCombo, 0, 5, 1, 1)

        self.jumlahLabel = QLabel(self.targetBox)
        self.jumlahLabel.setObjectName(u"jumlahLabel")

        self.targetGrid.addWidget(self.jumlahLabel, 1, 0, 1, 1)

        self.jumlahSpin = QSpinBox(self.targetBox)
        self.jumlahSpin.setObjectName(u"jumlahSpin")
        self.jumlahSpin.setMaximum(10000000)
        self.jumlahSpin.setGroupSeparatorShown(True)

        self.targetGrid.addWidget(self.jumlahSpin, 1, 1, 1, 1)

        self.dasarLabel = QLabel(self.targetBox)
        self.dasarLabel.setObjectName(u"dasarLabel")

        self.targetGrid.addWidget(self.dasarLabel, 1, 2, 1, 1)

        self.dasarEdit = QLineEdit(self.targetBox)
        self.dasarEdit.setObjectName(u"dasarEdit")

        self.targetGrid.addWidget(self.dasarEdit, 1, 3, 1, 1)

        self.berlakuLabel = QLabel(self.targetBox)
        self.berlakuLabel.setObjectName(u"berlakuLabel")

        self.targetGrid.addWidget(self.berlakuLabel, 1, 4, 1, 1)

        self.berlakuDate = QDateEdit(self.targetBox)
        self.berlakuDate.setObjectName(u"berlakuDate")
        self.berlakuDate.setCalendarPopup(True)

        self.targetGrid.addWidget(self.berlakuDate, 1, 5, 1, 1)

        self.addTargetButton = QPushButton(self.targetBox)
        self.addTargetButton.setObjectName(u"addTargetButton")

        self.targetGrid.addWidget(self.addTargetButton, 2, 5, 1, 1)


        self.targetLayout.addWidget(self.targetBox)

        self.tabs.addTab(self.targetTab, "")
        self.paguTab = QWidget()
        self.paguTab.setObjectName(u"paguTab")
        self.paguLayout = QVBoxLayout(self.paguTab)
        self.paguLayout.setObjectName(u"paguLayout")
        self.paguTable = QTableWidget(self.paguTab)
        self.paguTable.setObjectName(u"paguTable")

        self.paguLayout.addWidget(self.paguTable)

        self.paguBox = QGroupBox(self.paguTab)
        self.paguBox.setObjectName(u"paguBox")
        self.paguGrid = QGridLayout(self.paguBox)
        self.paguGrid.setObjectName(u"paguGrid")
        self.paguTahunLabel = QLabel(self.paguBox)
        self.paguTahunLabel.setObjectName(u"paguTahunLabel")

        self.paguGrid.addWidget(self.paguTahunLabel, 0, 0, 1, 1)

        self.paguTahunSpin = QSpinBox(self.paguBox)
        self.paguTahunSpin.setObjectName(u"paguTahunSpin")
        self.paguTahunSpin.setMinimum(2020)
        self.paguTahunSpin.setMaximum(2100)

        self.paguGrid.addWidget(self.paguTahunSpin, 0, 1, 1, 1)

        self.sumberLabel = QLabel(self.paguBox)
        self.sumberLabel.setObjectName(u"sumberLabel")

        self.paguGrid.addWidget(self.sumberLabel, 0, 2, 1, 1)

        self.sumberCombo = QComboBox(self.paguBox)
        self.sumberCombo.setObjectName(u"sumberCombo")

        self.paguGrid.addWidget(self.sumberCombo, 0, 3, 1, 1)

        self.paguLabel = QLabel(self.paguBox)
        self.paguLabel.setObjectName(u"paguLabel")

        self.paguGrid.addWidget(self.paguLabel, 0, 4, 1, 1)

        self.paguEdit = QLineEdit(self.paguBox)
        self.paguEdit.setObjectName(u"paguEdit")

        self.paguGrid.addWidget(self.paguEdit, 0, 5, 1, 1)

        self.paguDasarLabel = QLabel(self.paguBox)
        self.paguDasarLabel.setObjectName(u"paguDasarLabel")

        self.paguGrid.addWidget(self.paguDasarLabel, 1, 2, 1, 1)

        self.paguDasarEdit = QLineEdit(self.paguBox)
        self.paguDasarEdit.setObjectName(u"paguDasarEdit")

        self.paguGrid.addWidget(self.paguDasarEdit, 1, 3, 1, 1)

        self.paguBerlakuLabel = QLabel(self.paguBox)
        self.paguBerlakuLabel.setObjectName(u"paguBerlakuLabel")

        self.paguGrid.addWidget(self.paguBerlakuLabel, 1, 4, 1, 1)

        self.paguBerlakuDate = QDateEdit(self.paguBox)
        self.paguBerlakuDate.setObjectName(u"paguBerlakuDate")
        self.paguBerlakuDate.setCalendarPopup(True)

        self.paguGrid.addWidget(self.paguBerlakuDate, 1, 5, 1, 1)

        self.addPaguButton = QPushButton(self.paguBox)
        self.addPaguButton.setObjectName(u"addPaguButton")

        self.paguGrid.addWidget(self.addPaguButton, 2, 5, 1, 1)


        self.paguLayout.addWidget(self.paguBox)

        self.tabs.addTab(self.paguTab, "")
        self.formasiTab = QWidget()
        self.formasiTab.setObjectName(u"formasiTab")
        self.formasiLayout = QVBoxLayout(self.formasiTab)
        self.formasiLayout.setObjectName(u"formasiLayout")
        self.formasiInfo = QLabel(self.formasiTab)
        self.formasiInfo.setObjectName(u"formasiInfo")
        self.formasiInfo.setWordWrap(True)

        self.formasiLayout.addWidget(self.formasiInfo)

        self.formasiRow = QHBoxLayout()
        self.formasiRow.setObjectName(u"formasiRow")
        self.imporFormasiButton = QPushButton(self.formasiTab)
        self.imporFormasiButton.setObjectName(u"imporFormasiButton")

        self.formasiRow.addWidget(self.imporFormasiButton)

        self.bawaanButton = QPushButton(self.formasiTab)
        self.bawaanButton.setObjectName(u"bawaanButton")

        self.formasiRow.addWidget(self.bawaanButton)

        self.formasiSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.formasiRow.addItem(self.formasiSpacer)


        self.formasiLayout.addLayout(self.formasiRow)

        self.formasiVSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formasiLayout.addItem(self.formasiVSpacer)

        self.tabs.addTab(self.formasiTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.messageLabel = QLabel(TargetDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.buttonRow.addWidget(self.messageLabel)

        self.bSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.bSpacer)

        self.closeButton = QPushButton(TargetDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.tahunLabel.setBuddy(self.tahunSpin)
        self.kategoriLabel.setBuddy(self.kategoriCombo)
        self.wilayahLabel.setBuddy(self.wilayahCombo)
        self.jumlahLabel.setBuddy(self.jumlahSpin)
        self.dasarLabel.setBuddy(self.dasarEdit)
        self.berlakuLabel.setBuddy(self.berlakuDate)
        self.paguTahunLabel.setBuddy(self.paguTahunSpin)
        self.sumberLabel.setBuddy(self.sumberCombo)
        self.paguLabel.setBuddy(self.paguEdit)
        self.paguDasarLabel.setBuddy(self.paguDasarEdit)
        self.paguBerlakuLabel.setBuddy(self.paguBerlakuDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TargetDialog)

        QMetaObject.connectSlotsByName(TargetDialog)
    # setupUi

    def retranslateUi(self, TargetDialog):
        TargetDialog.setWindowTitle(QCoreApplication.translate("TargetDialog", u"Target dan anggaran", None))
        self.targetBox.setTitle(QCoreApplication.translate("TargetDialog", u"Target baru (target lama tetap tercatat)", None))
        self.tahunLabel.setText(QCoreApplication.translate("TargetDialog", u"Tahun", None))
        self.kategoriLabel.setText(QCoreApplication.translate("TargetDialog", u"Kategori", None))
        self.wilayahLabel.setText(QCoreApplication.translate("TargetDialog", u"Wilayah", None))
        self.jumlahLabel.setText(QCoreApplication.translate("TargetDialog", u"&Jumlah", None))
        self.dasarLabel.setText(QCoreApplication.translate("TargetDialog", u"&Dasar", None))
        self.dasarEdit.setPlaceholderText(QCoreApplication.translate("TargetDialog", u"mis. Perbup 21/2025", None))
        self.berlakuLabel.setText(QCoreApplication.translate("TargetDialog", u"&Berlaku sejak", None))
        self.berlakuDate.setDisplayFormat(QCoreApplication.translate("TargetDialog", u"dd-MM-yyyy", None))
        self.addTargetButton.setText(QCoreApplication.translate("TargetDialog", u"&Simpan target", None))
        self.tabs.setTabText(self.tabs.indexOf(self.targetTab), QCoreApplication.translate("TargetDialog", u"&Target", None))
        self.paguBox.setTitle(QCoreApplication.translate("TargetDialog", u"Pagu baru (pagu lama tetap tercatat)", None))
        self.paguTahunLabel.setText(QCoreApplication.translate("TargetDialog", u"Tahun", None))
        self.sumberLabel.setText(QCoreApplication.translate("TargetDialog", u"Sumber dana", None))
        self.paguLabel.setText(QCoreApplication.translate("TargetDialog", u"&Pagu (Rp)", None))
        self.paguEdit.setPlaceholderText(QCoreApplication.translate("TargetDialog", u"mis. 3.000.000.000", None))
        self.paguDasarLabel.setText(QCoreApplication.translate("TargetDialog", u"Dasar", None))
        self.paguDasarEdit.setPlaceholderText(QCoreApplication.translate("TargetDialog", u"mis. APBD-P 2026", None))
        self.paguBerlakuLabel.setText(QCoreApplication.translate("TargetDialog", u"Berlaku sejak", None))
        self.paguBerlakuDate.setDisplayFormat(QCoreApplication.translate("TargetDialog", u"dd-MM-yyyy", None))
        self.addPaguButton.setText(QCoreApplication.translate("TargetDialog", u"Simpan pa&gu", None))
        self.tabs.setTabText(self.tabs.indexOf(self.paguTab), QCoreApplication.translate("TargetDialog", u"&Anggaran (pagu)", None))
        self.formasiInfo.setText("")
        self.imporFormasiButton.setText(QCoreApplication.translate("TargetDialog", u"&Impor dari Excel (KODE DESA, JUMLAH)\u2026", None))
        self.bawaanButton.setText(QCoreApplication.translate("TargetDialog", u"Isi struktur &bawaan untuk desa yang belum punya data", None))
        self.tabs.setTabText(self.tabs.indexOf(self.formasiTab), QCoreApplication.translate("TargetDialog", u"&Jabatan aparat desa", None))
        self.messageLabel.setText("")
        self.closeButton.setText(QCoreApplication.translate("TargetDialog", u"Tutup", None))
    # retranslateUi

