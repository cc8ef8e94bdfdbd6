# Generated from forms/daftar_tindakan_dialog.ui by jamsostek_desk.ui.compile_forms: do not edit.
# source-sha256: 8c296ed0a20adc82b4650f0502bd04c406cb02ffd921e75bfec91a6b10ee34ff
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'daftar_tindakan_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_DaftarTindakanDialog(object):
    def setupUi(self, DaftarTindakanDialog):
        if not DaftarTindakanDialog.objectName():
            DaftarTindakanDialog.setObjectName(u"DaftarTindakanDialog")
        DaftarTindakanDialog.resize(1000, 600)
        self.dialogLayout = QVBoxLayout(DaftarTindakanDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.jenisLabel = QLabel(DaftarTindakanDialog)
        self.jenisLabel.setObjectName(u"jenisLabel")

        self.topRow.addWidget(self.jenisLabel)

        self.jenisCombo = QComboBox(DaftarTindakanDialog)
        self.jenisCombo.setObjectName(u"jenisCombo")

        self.topRow.addWidget(self.jenisCombo)

        self.countLabel = QLabel(DaftarTindakanDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.topRow.addWidget(self.countLabel)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.topSpacer)

        self.nikCheck = QCheckBox(DaftarTindakanDialog)
        self.nikCheck.setObjectName(u"nikCheck")

        self.topRow.addWidget(self.nikCheck)


        self.dialogLayout.addLayout(self.topRow)

        self.table = QTableWidget(DaftarTindakanDialog)
        self.table.setObjectName(u"table")

        self.dialogLayout.addWidget(self.table)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.exportButton = QPushButton(DaftarTindakanDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonRow.addWidget(self.exportButton)

        self.bSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.bSpacer)

        self.perpanjangButton = QPushButton(DaftarTindakanDialog)
        self.perpanjangButton.setObjectName(u"perpanjangButton")

        self.buttonRow.addWidget(self.perpanjangButton)

        self.closeButton = QPushButton(DaftarTindakanDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.jenisLabel.setBuddy(self.jenisCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DaftarTindakanDialog)

        QMetaObject.connectSlotsByName(DaftarTindakanDialog)
    # setupUi

    def retranslateUi(self, DaftarTindakanDialog):
        DaftarTindakanDialog.setWindowTitle(QCoreApplication.translate("DaftarTindakanDialog", u"Perlu tindakan", None))
        self.jenisLabel.setText(QCoreApplication.translate("DaftarTindakanDialog", u"&Daftar", None))
        self.countLabel.setText("")
        self.nikCheck.setText(QCoreApplication.translate("DaftarTindakanDialog", u"Tampilkan NIK &lengkap", None))
        self.exportButton.setText(QCoreApplication.translate("DaftarTindakanDialog", u"&Ekspor Excel\u2026", None))
        self.perpanjangButton.setText(QCoreApplication.translate("DaftarTindakanDialog", u"&Perpanjang\u2026", None))
#if QT_CONFIG(tooltip)
        self.perpanjangButton.setToolTip(QCoreApplication.translate("DaftarTindakanDialog", u"Tetapkan akhir masa kepesertaan berikutnya untuk peserta yang dipilih", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("DaftarTindakanDialog", u"Tutup", None))
    # retranslateUi

