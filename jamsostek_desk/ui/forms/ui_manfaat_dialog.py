# Generated from forms/manfaat_dialog.ui by jamsostek_desk.ui.compile_forms: do not edit.
# source-sha256: 519060c9c26afe62dcce4169fdc2aeb96bfa935c971e5cfe9e3cccb19540a176
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
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ManfaatDialog(object):
    def setupUi(self, ManfaatDialog):
        if not ManfaatDialog.objectName():
            ManfaatDialog.setObjectName(u"ManfaatDialog")
        ManfaatDialog.resize(760, 640)
        self.dialogLayout = QVBoxLayout(ManfaatDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nikCaption = QLabel(ManfaatDialog)
        self.nikCaption.setObjectName(u"nikCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nikCaption)

        self.nikRow = QHBoxLayout()
        self.nikRow.setObjectName(u"nikRow")
        self.nikEdit = QLineEdit(ManfaatDialog)
        self.nikEdit.setObjectName(u"nikEdit")
        self.nikEdit.setMaxLength(16)
        self.nikEdit.setMinimumWidth(170)
        self.nikEdit.setMaximumWidth(200)

        self.nikRow.addWidget(self.nikEdit)

        self.pesertaLabel = QLabel(ManfaatDialog)
        self.pesertaLabel.setObjectName(u"pesertaLabel")
        self.pesertaLabel.setWordWrap(True)

        self.nikRow.addWidget(self.pesertaLabel)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nikRow)

        self.programCaption = QLabel(ManfaatDialog)
        self.programCaption.setObjectName(u"programCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.programCaption)

        self.programCombo = QComboBox(ManfaatDialog)
        self.programCombo.setObjectName(u"programCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.programCombo)

        self.tanggalCaption = QLabel(ManfaatDialog)
        self.tanggalCaption.setObjectName(u"tanggalCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.tanggalCaption)

        self.tanggalEdit = QLineEdit(ManfaatDialog)
        self.tanggalEdit.setObjectName(u"tanggalEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.tanggalEdit)

        self.keteranganCaption = QLabel(ManfaatDialog)
        self.keteranganCaption.setObjectName(u"keteranganCaption")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.keteranganCaption)

        self.keteranganEdit = QLineEdit(ManfaatDialog)
        self.keteranganEdit.setObjectName(u"keteranganEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.keteranganEdit)

        self.statusCaption = QLabel(ManfaatDialog)
        self.statusCaption.setObjectName(u"statusCaption")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.statusCaption)

        self.statusCombo = QComboBox(ManfaatDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.statusCombo)


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

        self.anakCaption = QLabel(ManfaatDialog)
        self.anakCaption.setObjectName(u"anakCaption")

        self.komponenTitleRow.addWidget(self.anakCaption)

        self.anakSpin = QSpinBox(ManfaatDialog)
        self.anakSpin.setObjectName(u"anakSpin")
        self.anakSpin.setMaximum(2)

        self.komponenTitleRow.addWidget(self.anakSpin)

        self.tableButton = QPushButton(ManfaatDialog)
        self.tableButton.setObjectName(u"tableButton")

        self.komponenTitleRow.addWidget(self.tableButton)


        self.dialogLayout.addLayout(self.komponenTitleRow)

        self.komponenTable = QTableWidget(ManfaatDialog)
        self.komponenTable.setObjectName(u"komponenTable")

        self.dialogLayout.addWidget(self.komponenTable)

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

        self.errorLabel = QLabel(ManfaatDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ManfaatDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nikCaption.setBuddy(self.nikEdit)
        self.programCaption.setBuddy(self.programCombo)
        self.tanggalCaption.setBuddy(self.tanggalEdit)
        self.keteranganCaption.setBuddy(self.keteranganEdit)
        self.statusCaption.setBuddy(self.statusCombo)
        self.anakCaption.setBuddy(self.anakSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ManfaatDialog)

        QMetaObject.connectSlotsByName(ManfaatDialog)
    # setupUi

    def retranslateUi(self, ManfaatDialog):
        ManfaatDialog.setWindowTitle(QCoreApplication.translate("ManfaatDialog", u"Catat manfaat", None))
        self.nikCaption.setText(QCoreApplication.translate("ManfaatDialog", u"&NIK peserta", None))
        self.pesertaLabel.setText("")
        self.programCaption.setText(QCoreApplication.translate("ManfaatDialog", u"&Program", None))
        self.tanggalCaption.setText(QCoreApplication.translate("ManfaatDialog", u"&Tanggal kejadian", None))
        self.tanggalEdit.setPlaceholderText(QCoreApplication.translate("ManfaatDialog", u"hh-bb-tttt", None))
        self.keteranganCaption.setText(QCoreApplication.translate("ManfaatDialog", u"&Keterangan", None))
        self.keteranganEdit.setPlaceholderText(QCoreApplication.translate("ManfaatDialog", u"mis. sakit, kecelakaan di sawah", None))
        self.statusCaption.setText(QCoreApplication.translate("ManfaatDialog", u"&Status", None))
        self.penerimaLabel.setText(QCoreApplication.translate("ManfaatDialog", u"<b>Penerima manfaat</b>", None))
        self.heirsButton.setText(QCoreApplication.translate("ManfaatDialog", u"Ambil dari a&hli waris", None))
        self.selfButton.setText(QCoreApplication.translate("ManfaatDialog", u"Peserta &sendiri", None))
        self.komponenLabel.setText(QCoreApplication.translate("ManfaatDialog", u"<b>Rincian manfaat</b>", None))
        self.anakCaption.setText(QCoreApplication.translate("ManfaatDialog", u"Anak penerima &beasiswa", None))
        self.tableButton.setText(QCoreApplication.translate("ManfaatDialog", u"Isi dari tabel &manfaat", None))
        self.totalLabel.setText("")
        self.bankNamaEdit.setPlaceholderText(QCoreApplication.translate("ManfaatDialog", u"nama bank (boleh kosong)", None))
        self.rekeningEdit.setPlaceholderText(QCoreApplication.translate("ManfaatDialog", u"nomor rekening", None))
        self.atasNamaEdit.setPlaceholderText(QCoreApplication.translate("ManfaatDialog", u"atas nama", None))
        self.errorLabel.setText("")
    # retranslateUi

