# Generated from forms/aturan_dialog.ui by jamsostek_desk.ui.compile_forms: do not edit.
# source-sha256: 2c7e41d939b0802245a31156f3e3378739b824332d17ee1069adcc2040abf21e
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'aturan_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_AturanDialog(object):
    def setupUi(self, AturanDialog):
        if not AturanDialog.objectName():
            AturanDialog.setObjectName(u"AturanDialog")
        AturanDialog.resize(560, 520)
        self.dialogLayout = QVBoxLayout(AturanDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(AturanDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.jenisCaption = QLabel(AturanDialog)
        self.jenisCaption.setObjectName(u"jenisCaption")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.jenisCaption)

        self.jenisCombo = QComboBox(AturanDialog)
        self.jenisCombo.setObjectName(u"jenisCombo")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.jenisCombo)

        self.komponenCaption = QLabel(AturanDialog)
        self.komponenCaption.setObjectName(u"komponenCaption")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.komponenCaption)

        self.komponenCombo = QComboBox(AturanDialog)
        self.komponenCombo.setObjectName(u"komponenCombo")
        self.komponenCombo.setEditable(True)

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.komponenCombo)

        self.rumusCaption = QLabel(AturanDialog)
        self.rumusCaption.setObjectName(u"rumusCaption")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.rumusCaption)

        self.rumusCombo = QComboBox(AturanDialog)
        self.rumusCombo.setObjectName(u"rumusCombo")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.rumusCombo)

        self.jumlahCaption = QLabel(AturanDialog)
        self.jumlahCaption.setObjectName(u"jumlahCaption")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.jumlahCaption)

        self.jumlahEdit = QLineEdit(AturanDialog)
        self.jumlahEdit.setObjectName(u"jumlahEdit")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.jumlahEdit)

        self.faktorCaption = QLabel(AturanDialog)
        self.faktorCaption.setObjectName(u"faktorCaption")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.faktorCaption)

        self.faktorEdit = QLineEdit(AturanDialog)
        self.faktorEdit.setObjectName(u"faktorEdit")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.faktorEdit)

        self.minimumCaption = QLabel(AturanDialog)
        self.minimumCaption.setObjectName(u"minimumCaption")

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.minimumCaption)

        self.minimumEdit = QLineEdit(AturanDialog)
        self.minimumEdit.setObjectName(u"minimumEdit")

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.minimumEdit)

        self.jenjangCaption = QLabel(AturanDialog)
        self.jenjangCaption.setObjectName(u"jenjangCaption")

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.jenjangCaption)

        self.jenjangCombo = QComboBox(AturanDialog)
        self.jenjangCombo.setObjectName(u"jenjangCombo")

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.jenjangCombo)

        self.batasCaption = QLabel(AturanDialog)
        self.batasCaption.setObjectName(u"batasCaption")

        self.fieldsLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.batasCaption)

        self.batasRow = QHBoxLayout()
        self.batasRow.setObjectName(u"batasRow")
        self.maksTahunSpin = QSpinBox(AturanDialog)
        self.maksTahunSpin.setObjectName(u"maksTahunSpin")
        self.maksTahunSpin.setMaximum(20)

        self.batasRow.addWidget(self.maksTahunSpin)

        self.maksAnakSpin = QSpinBox(AturanDialog)
        self.maksAnakSpin.setObjectName(u"maksAnakSpin")
        self.maksAnakSpin.setMaximum(10)

        self.batasRow.addWidget(self.maksAnakSpin)

        self.minIuranSpin = QSpinBox(AturanDialog)
        self.minIuranSpin.setObjectName(u"minIuranSpin")
        self.minIuranSpin.setMaximum(30)

        self.batasRow.addWidget(self.minIuranSpin)


        self.fieldsLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.batasRow)

        self.mulaiCaption = QLabel(AturanDialog)
        self.mulaiCaption.setObjectName(u"mulaiCaption")

        self.fieldsLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.mulaiCaption)

        self.mulaiEdit = QLineEdit(AturanDialog)
        self.mulaiEdit.setObjectName(u"mulaiEdit")

        self.fieldsLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.mulaiEdit)

        self.dasarCaption = QLabel(AturanDialog)
        self.dasarCaption.setObjectName(u"dasarCaption")

        self.fieldsLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.dasarCaption)

        self.dasarEdit = QLineEdit(AturanDialog)
        self.dasarEdit.setObjectName(u"dasarEdit")

        self.fieldsLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.dasarEdit)


        self.dialogLayout.addLayout(self.fieldsLayout)

        self.uraianLabel = QLabel(AturanDialog)
        self.uraianLabel.setObjectName(u"uraianLabel")
        self.uraianLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.uraianLabel)

        self.errorLabel = QLabel(AturanDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(AturanDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.jenisCaption.setBuddy(self.jenisCombo)
        self.komponenCaption.setBuddy(self.komponenCombo)
        self.rumusCaption.setBuddy(self.rumusCombo)
        self.jumlahCaption.setBuddy(self.jumlahEdit)
        self.faktorCaption.setBuddy(self.faktorEdit)
        self.minimumCaption.setBuddy(self.minimumEdit)
        self.jenjangCaption.setBuddy(self.jenjangCombo)
        self.batasCaption.setBuddy(self.maksTahunSpin)
        self.mulaiCaption.setBuddy(self.mulaiEdit)
        self.dasarCaption.setBuddy(self.dasarEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.jenisCombo, self.komponenCombo)
        QWidget.setTabOrder(self.komponenCombo, self.rumusCombo)
        QWidget.setTabOrder(self.rumusCombo, self.jumlahEdit)
        QWidget.setTabOrder(self.jumlahEdit, self.faktorEdit)
        QWidget.setTabOrder(self.faktorEdit, self.minimumEdit)
        QWidget.setTabOrder(self.minimumEdit, self.jenjangCombo)
        QWidget.setTabOrder(self.jenjangCombo, self.maksTahunSpin)
        QWidget.setTabOrder(self.maksTahunSpin, self.maksAnakSpin)
        QWidget.setTabOrder(self.maksAnakSpin, self.minIuranSpin)
        QWidget.setTabOrder(self.minIuranSpin, self.mulaiEdit)
        QWidget.setTabOrder(self.mulaiEdit, self.dasarEdit)

        self.retranslateUi(AturanDialog)

        QMetaObject.connectSlotsByName(AturanDialog)
    # setupUi

    def retranslateUi(self, AturanDialog):
        AturanDialog.setWindowTitle(QCoreApplication.translate("AturanDialog", u"Tambah aturan manfaat", None))
        self.introLabel.setText(QCoreApplication.translate("AturanDialog", u"Aturan baru berlaku mulai tanggal yang diisi; kasus dengan tanggal kejadian sebelumnya tetap memakai aturan lama. Pilih komponen yang ada untuk mengubah jumlahnya, atau ketik nama komponen baru.", None))
        self.jenisCaption.setText(QCoreApplication.translate("AturanDialog", u"&Jenis kasus", None))
        self.komponenCaption.setText(QCoreApplication.translate("AturanDialog", u"&Komponen", None))
        self.rumusCaption.setText(QCoreApplication.translate("AturanDialog", u"&Rumus", None))
        self.jumlahCaption.setText(QCoreApplication.translate("AturanDialog", u"J&umlah (Rp)", None))
        self.jumlahEdit.setPlaceholderText(QCoreApplication.translate("AturanDialog", u"jumlah tetap, atau beasiswa per tahun", None))
        self.faktorCaption.setText(QCoreApplication.translate("AturanDialog", u"&Faktor upah", None))
        self.faktorEdit.setPlaceholderText(QCoreApplication.translate("AturanDialog", u"kali upah (mis. 48) atau persen upah (mis. 100)", None))
        self.minimumCaption.setText(QCoreApplication.translate("AturanDialog", u"Paling &sedikit (Rp)", None))
        self.minimumEdit.setPlaceholderText(QCoreApplication.translate("AturanDialog", u"boleh kosong", None))
        self.jenjangCaption.setText(QCoreApplication.translate("AturanDialog", u"Je&njang sekolah", None))
        self.batasCaption.setText(QCoreApplication.translate("AturanDialog", u"&Batas", None))
        self.maksTahunSpin.setSuffix(QCoreApplication.translate("AturanDialog", u" tahun", None))
        self.maksAnakSpin.setSuffix(QCoreApplication.translate("AturanDialog", u" anak", None))
        self.minIuranSpin.setPrefix(QCoreApplication.translate("AturanDialog", u"masa iuran \u2265 ", None))
        self.minIuranSpin.setSuffix(QCoreApplication.translate("AturanDialog", u" tahun", None))
        self.mulaiCaption.setText(QCoreApplication.translate("AturanDialog", u"Berlaku &mulai", None))
        self.mulaiEdit.setPlaceholderText(QCoreApplication.translate("AturanDialog", u"hh-bb-tttt", None))
        self.dasarCaption.setText(QCoreApplication.translate("AturanDialog", u"&Dasar hukum", None))
        self.dasarEdit.setPlaceholderText(QCoreApplication.translate("AturanDialog", u"mis. PP 82/2019 Lampiran", None))
        self.uraianLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi

