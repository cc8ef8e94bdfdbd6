# Generated from forms/verifikasi_dialog.ui by jamsostek_desk.ui.compile_forms: do not edit.
# source-sha256: e168f04ffdc9e8e2df1afd25264e5a5dc94b623c1cfec411453e085eca47f8d1
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'verifikasi_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_VerifikasiDialog(object):
    def setupUi(self, VerifikasiDialog):
        if not VerifikasiDialog.objectName():
            VerifikasiDialog.setObjectName(u"VerifikasiDialog")
        VerifikasiDialog.resize(560, 380)
        self.dialogLayout = QVBoxLayout(VerifikasiDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(VerifikasiDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.inputRow = QHBoxLayout()
        self.inputRow.setObjectName(u"inputRow")
        self.codeEdit = QLineEdit(VerifikasiDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setClearButtonEnabled(True)

        self.inputRow.addWidget(self.codeEdit)

        self.checkButton = QPushButton(VerifikasiDialog)
        self.checkButton.setObjectName(u"checkButton")

        self.inputRow.addWidget(self.checkButton)


        self.dialogLayout.addLayout(self.inputRow)

        self.resultLabel = QLabel(VerifikasiDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.resultLabel)

        self.vSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.vSpacer)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.bSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.bSpacer)

        self.closeButton = QPushButton(VerifikasiDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonRow)


        self.retranslateUi(VerifikasiDialog)

        self.checkButton.setDefault(True)


        QMetaObject.connectSlotsByName(VerifikasiDialog)
    # setupUi

    def retranslateUi(self, VerifikasiDialog):
        VerifikasiDialog.setWindowTitle(QCoreApplication.translate("VerifikasiDialog", u"Verifikasi kartu atau surat", None))
        self.introLabel.setText(QCoreApplication.translate("VerifikasiDialog", u"Pindai kode QR pada kartu atau surat dengan pemindai (atau ketik isinya), lalu tekan Enter.", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("VerifikasiDialog", u"JD1:K:\u2026", None))
        self.checkButton.setText(QCoreApplication.translate("VerifikasiDialog", u"&Periksa", None))
        self.resultLabel.setText("")
        self.closeButton.setText(QCoreApplication.translate("VerifikasiDialog", u"Tutup", None))
    # retranslateUi

