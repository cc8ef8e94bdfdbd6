# Generated from forms/laporan_dialog.ui by jamsostek_desk.ui.compile_forms: do not edit.
# source-sha256: 560b9544e3b3498e69786ce013486d011101bb0b8a54d3d49da6a0c3d48d6e68
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'laporan_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_LaporanDialog(object):
    def setupUi(self, LaporanDialog):
        if not LaporanDialog.objectName():
            LaporanDialog.setObjectName(u"LaporanDialog")
        LaporanDialog.resize(720, 460)
        self.dialogLayout = QVBoxLayout(LaporanDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(LaporanDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.table = QTableWidget(LaporanDialog)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)

        self.dialogLayout.addWidget(self.table)

        self.savedLabel = QLabel(LaporanDialog)
        self.savedLabel.setObjectName(u"savedLabel")
        self.savedLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.savedLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.saveButton = QPushButton(LaporanDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(LaporanDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonRow)


        self.retranslateUi(LaporanDialog)

        self.closeButton.setDefault(True)


        QMetaObject.connectSlotsByName(LaporanDialog)
    # setupUi

    def retranslateUi(self, LaporanDialog):
        LaporanDialog.setWindowTitle(QCoreApplication.translate("LaporanDialog", u"Laporan", None))
        self.introLabel.setText("")
        self.savedLabel.setText("")
        self.saveButton.setText(QCoreApplication.translate("LaporanDialog", u"&Simpan daftar\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("LaporanDialog", u"&Tutup", None))
    # retranslateUi

